// Generated from digest/kazakh.py by the digest build: the same endings and rules as the Python
// stemmer (without its dictionary of known roots: Pagefind matches word prefixes, so the shortest
// valid stem is what a query needs).
(function () {
  "use strict";
  var LAYERS = [["\u044b\u043d\u0434\u0430\u0493\u044b", "\u0456\u043d\u0434\u0435\u0433\u0456", "\u0431\u0435\u043d\u0435\u043d", "\u043c\u0435\u043d\u0435\u043d", "\u043d\u0434\u0430\u0493\u044b", "\u043d\u0434\u0435\u0433\u0456", "\u043f\u0435\u043d\u0435\u043d", "\u0434\u0430\u0493\u044b", "\u0434\u0435\u0433\u0456", "\u0442\u0430\u0493\u044b", "\u0442\u0435\u0433\u0456", "\u044b\u043d\u0430\u043d", "\u044b\u043d\u0434\u0430", "\u044b\u043d\u044b\u04a3", "\u0456\u043d\u0434\u0435", "\u0456\u043d\u0435\u043d", "\u0456\u043d\u0456\u04a3", "\u0431\u0435\u043d", "\u0434\u0430\u043d", "\u0434\u0435\u043d", "\u0434\u044b\u04a3", "\u0434\u0456\u04a3", "\u043c\u0435\u043d", "\u043d\u0430\u043d", "\u043d\u0434\u0430", "\u043d\u0434\u0435", "\u043d\u0435\u043d", "\u043d\u044b\u04a3", "\u043d\u0456\u04a3", "\u043f\u0435\u043d", "\u0442\u0430\u043d", "\u0442\u0435\u043d", "\u0442\u044b\u04a3", "\u0442\u0456\u04a3", "\u044b\u043d\u0430", "\u0456\u043d\u0435", "\u0433\u0435", "\u0433\u0456", "\u0434\u0430", "\u0434\u0435", "\u0434\u044b", "\u0434\u0456", "\u043a\u0435", "\u043a\u0456", "\u043d\u0430", "\u043d\u0435", "\u043d\u044b", "\u043d\u0456", "\u0442\u0430", "\u0442\u0435", "\u0442\u044b", "\u0442\u0456", "\u0448\u0430", "\u0448\u0435", "\u044b\u043d", "\u0456\u043d", "\u0493\u0430", "\u0493\u044b", "\u049b\u0430", "\u049b\u044b"], ["\u044b\u043c\u044b\u0437", "\u044b\u04a3\u044b\u0437", "\u0456\u043c\u0456\u0437", "\u0456\u04a3\u0456\u0437", "\u043c\u044b\u0437", "\u043c\u0456\u0437", "\u04a3\u044b\u0437", "\u04a3\u0456\u0437", "\u0441\u044b", "\u0441\u0456", "\u044b\u043c", "\u044b\u04a3", "\u0456\u043c", "\u0456\u04a3", "\u043c", "\u044b", "\u0456", "\u04a3"], ["\u0434\u0430\u0440", "\u0434\u0435\u0440", "\u043b\u0430\u0440", "\u043b\u0435\u0440", "\u0442\u0430\u0440", "\u0442\u0435\u0440"]];
  var VOWELS = "\u0430\u0435\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0451\u0456\u04af\u04b1\u04d9\u04e9";
  var THIRD_PERSON = ["\u044b", "\u0456", "\u0441\u044b", "\u0441\u0456"];
  var N_CASE_START = ["\u043d", "\u044b", "\u0456"];
  var VOICED = {"\u0431": "\u043f", "\u0433": "\u043a", "\u0493": "\u049b"};
  var KAZAKH_LETTERS = /[әғқңөұүһі]/i;
  var KAZAKH_ENDING = /(лар|лер|дар|дер|тар|тер)[а-яәғқңөұүһі]{0,5}$/i;

  function hasVowel(s) { for (var i = 0; i < s.length; i++) if (VOWELS.indexOf(s[i]) >= 0) return true; return false; }
  function valid(stem, suffix) {
    if (stem.length < 2 || !hasVowel(stem)) return false;
    if ("ыі".indexOf(suffix[0]) >= 0 && VOWELS.indexOf(stem[stem.length - 1]) >= 0) return false;
    return stem.length >= 3 || suffix.length >= 3;
  }
  function ends(s, suffix) { return s.length > suffix.length && s.slice(-suffix.length) === suffix; }
  function devoice(s) { var last = s[s.length - 1]; return VOICED[last] ? s.slice(0, -1) + VOICED[last] : s; }

  function stem(word) {
    var w = word.toLowerCase().replace(/ё/g, "е");
    var afterCase = [[w, ""]];
    LAYERS[0].forEach(function (c) { if (ends(w, c) && valid(w.slice(0, -c.length), c)) afterCase.push([w.slice(0, -c.length), c]); });
    var stems = afterCase.map(function (x) { return x[0]; });
    afterCase.forEach(function (x) {
      LAYERS[1].forEach(function (p) {
        if (!ends(x[0], p) || !valid(x[0].slice(0, -p.length), p)) return;
        if (THIRD_PERSON.indexOf(p) >= 0 && x[1] && N_CASE_START.indexOf(x[1][0]) < 0) return;
        stems.push(x[0].slice(0, -p.length));
      });
    });
    var withPlural = stems.slice();
    stems.forEach(function (s) {
      LAYERS[2].forEach(function (pl) { if (ends(s, pl) && valid(s.slice(0, -pl.length), pl)) withPlural.push(s.slice(0, -pl.length)); });
    });
    var best = withPlural.reduce(function (a, b) { return b.length < a.length ? b : a; });
    return devoice(best);
  }

  window.digestKazakh = {
    stem: stem,
    looksKazakh: function (word) { return KAZAKH_LETTERS.test(word) || KAZAKH_ENDING.test(word); }
  };
})();
