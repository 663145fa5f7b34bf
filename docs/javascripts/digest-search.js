// Digest search: Pagefind's UI in a header panel. Pagefind stems Russian; Kazakh words in the query
// lose their case and plural endings first (театрларда → театр), with the digest's own stemmer.
(function () {
  "use strict";
  var mount = document.getElementById("digest-search");
  var toggle = document.querySelector(".digest-search-toggle");
  var panel = document.getElementById("digest-search-panel");
  if (!mount || !toggle || !panel || typeof PagefindUI === "undefined") return;

  // Pagefind stems both the index and the query (Snowball) and matches the query's stem as a prefix.
  // Snowball cuts a nominative like "Росатом" to "росат" but "Росатомом" only to "росатом", which
  // is no prefix of it: removing one inflectional ending from a Russian query word first makes the
  // query's stem the shorter one, so every form matches.
  var RU_ENDINGS = /(ями|ами|ого|его|ому|ему|ыми|ими|иях|ием|ией|ой|ей|ом|ем|ам|ям|ах|ях|ов|ев|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|ия|ию|а|я|о|е|ы|и|у|ю)$/i;
  function russianQueryStem(word) {
    var cut = word.replace(RU_ENDINGS, "");
    return cut.length >= 4 && cut !== word ? cut : word;
  }

  function processTerm(term) {
    return term.split(/\s+/).map(function (word) {
      if (window.digestKazakh && window.digestKazakh.looksKazakh(word)) return window.digestKazakh.stem(word);
      return /^[а-яё-]+$/i.test(word) ? russianQueryStem(word) : word;
    }).join(" ");
  }

  // A large site's index comes in several bundles (digest/search.py): the first lists the others in
  // parts.json, and the search merges them, each with the site's root as the base of its result links.
  var bundle = new URL(mount.getAttribute("data-bundle"), window.location.href).href;
  var root = new URL("../", bundle).pathname;
  function start(parts) {
    new PagefindUI({
      element: "#digest-search",
      bundlePath: bundle,
      mergeIndex: parts.map(function (part) { return { bundlePath: new URL(part, bundle).href, baseUrl: root }; }),
      showSubResults: true,
      showImages: false,
      pageSize: 8,
      resetStyles: false,
      processTerm: processTerm,
      translations: (window.digestSearchTexts || {})[document.documentElement.lang] || {}
    });
  }
  fetch(bundle + "parts.json")
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (parts) { start(Array.isArray(parts) ? parts : []); });

  function open(state) {
    panel.hidden = !state;
    toggle.setAttribute("aria-expanded", String(state));
    if (state) {
      var input = panel.querySelector("input");
      if (input) input.focus();
    }
  }
  toggle.addEventListener("click", function () { open(panel.hidden); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { open(false); toggle.focus(); }
    if (event.key === "/" && panel.hidden && !/input|textarea/i.test(document.activeElement.tagName)) {
      event.preventDefault(); open(true);
    }
  });
})();
