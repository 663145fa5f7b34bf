// Digest search: Pagefind's UI in a header panel. Pagefind stems Russian; Kazakh words in the query
// lose their case and plural endings first (театрларда → театр), with the digest's own stemmer.
(function () {
  "use strict";
  var mount = document.getElementById("digest-search");
  var toggle = document.querySelector(".digest-search-toggle");
  var panel = document.getElementById("digest-search-panel");
  if (!mount || !toggle || !panel || typeof PagefindUI === "undefined") return;

  function processTerm(term) {
    return term.split(/\s+/).map(function (word) {
      return window.digestKazakh && window.digestKazakh.looksKazakh(word) ? window.digestKazakh.stem(word) : word;
    }).join(" ");
  }

  new PagefindUI({
    element: "#digest-search",
    bundlePath: new URL(mount.getAttribute("data-bundle"), window.location.href).href,
    showSubResults: true,
    showImages: false,
    pageSize: 8,
    resetStyles: false,
    processTerm: processTerm,
    translations: (window.digestSearchTexts || {})[document.documentElement.lang] || {}
  });

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
