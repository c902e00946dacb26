/*
 * kb_build layout on a phone: the metadata card of a plan starts folded, so that the plan's text
 * starts on the first screen (its summary line opens it); printed, every card is open.
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
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fold);
  else fold();
})();
