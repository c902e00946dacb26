/*
 * kb_build layout. On a phone the metadata card of a plan starts folded, so that the plan's text
 * starts on the first screen (its summary line opens it). Printed, every card is open and each page
 * of the handout carries a source line: the document's citation (or the page's title) and address.
 */
(function () {
  "use strict";
  var phone = window.matchMedia("(max-width: 44.9375em)");
  function fold() {
    if (!phone.matches) return;
    document.querySelectorAll("details.kb-meta[open]").forEach(function (card) { card.removeAttribute("open"); });
  }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.kb-meta").forEach(function (card) { card.setAttribute("open", ""); });
  });
  // CSS cannot take a page's own text into the margin of a printed page: a rule is written for it.
  function sourceLine() {
    var cite = document.querySelector(".kb-cite-document p"), what = document.title;
    if (cite) {  // the citation's words, without the copy control kb-quote.js may have put there
      var copy = cite.cloneNode(true);
      copy.querySelectorAll(".kb-q-tools").forEach(function (tools) { tools.remove(); });
      what = copy.textContent.replace(/^\s*Trích dẫn văn bản:\s*/, "");
    }
    var canonical = document.querySelector("link[rel=canonical]");
    var line = "Nguồn: " + what.replace(/\s+/g, " ").trim() + " — " + (canonical ? canonical.href : location.href);
    var style = document.createElement("style");
    style.textContent = "@page { @bottom-left { content: " + JSON.stringify(line) +
      "; font-size: 7pt; color: #555; width: 75%; } }";
    document.head.appendChild(style);
  }
  function start() { fold(); sourceLine(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
