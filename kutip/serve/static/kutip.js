// An enhancement only: in the article view, pointing at (or focusing) a quote in the list lights its words
// in the text, and the other way round. Every page works the same without it.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var list = document.getElementById("quote-list");
  if (!text || !list) return;
  function light(n, on) {
    var all = document.querySelectorAll('[data-n="' + n + '"]');
    for (var i = 0; i < all.length; i++) all[i].classList.toggle("lit", on);
  }
  function wire(root, selector) {
    ["mouseover", "focusin"].forEach(function (type) {
      root.addEventListener(type, function (e) {
        var el = e.target.closest(selector);
        if (el) light(el.getAttribute("data-n"), true);
      });
    });
    ["mouseout", "focusout"].forEach(function (type) {
      root.addEventListener(type, function (e) {
        var el = e.target.closest(selector);
        if (el) light(el.getAttribute("data-n"), false);
      });
    });
  }
  wire(text, "mark.quote");
  wire(list, ".quote-item");
})();
