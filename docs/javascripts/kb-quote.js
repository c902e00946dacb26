/*
 * kb_build quotes: “¶” links and “Sao chép trích dẫn” on every passage, and tooltips that open
 * on hover, focus and tap.
 *
 * Each quote element (.kb-q) names its place as data-q="<plan id>#<anchor>"; the page's
 * script.kb-citations blocks give each plan's citation and page and each place's locator
 * (kb_build/emit/quotes.py). The copied text is the passage as shown (the source's words and
 * marks), the citation in the form of Nghị định 30/2020/NĐ-CP, the locator and the link.
 * Tooltip texts are set with textContent only: source text is shown, never parsed as HTML.
 */
(function () {
  "use strict";

  var data = { plans: Object.create(null) };  // plan id → [citation, page, {anchor: locator}]
  function readCitations() {
    document.querySelectorAll("script.kb-citations").forEach(function (block) {
      var found = JSON.parse(block.textContent);
      Object.keys(found.plans).forEach(function (id) { data.plans[id] = found.plans[id]; });
    });
  }

  // ---- copying ------------------------------------------------------------------------------
  // The link a reader can paste: the public address when the site has one, else this page's.
  function absolute(href) {
    var canonical = document.querySelector("link[rel=canonical]");
    return new URL(href, canonical ? canonical.href : location.href).href;
  }
  var status = null;  // one live region tells screen readers what a copy did
  function announce(message) {
    if (!status) {
      status = document.createElement("div");
      status.className = "kb-visually-hidden";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = "";
    setTimeout(function () { status.textContent = message; }, 30);
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    area.remove();
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function copy(text) {
    var viaApi = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard API"));
    return viaApi.catch(function () { return fallbackCopy(text); });
  }
  // What one action puts on the clipboard.
  function citationText(quote, cite, locator, href) {
    var place = locator ? cite + ", " + locator : cite;
    return (quote ? "“" + quote + "”\n" : "") + "(" + place + ")\n" + absolute(href);
  }
  // Two overlapping sheets, drawn here: no icon font or glyph the reader's fonts may lack.
  function copyIcon() {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "kb-q-icon");
    [[5, 1, 10, 11], [1, 4, 10, 11]].forEach(function (r, i) {
      var rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      rect.setAttribute("x", r[0]); rect.setAttribute("y", r[1]);
      rect.setAttribute("width", r[2] - 1); rect.setAttribute("height", r[3] - 1);
      rect.setAttribute("rx", "1.5");
      rect.setAttribute("fill", i ? "var(--md-default-bg-color, #fff)" : "none");
      rect.setAttribute("stroke", "currentColor");
      rect.setAttribute("stroke-width", "1.4");
      svg.appendChild(rect);
    });
    return svg;
  }
  // A button named “Sao chép trích dẫn” (its visible ``label`` may be empty: the icon alone).
  // ``getText`` returns the text, or a promise of it (a search result's text may still be loading).
  function copyButton(label, getText) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "kb-q-copy";
    button.setAttribute("aria-label", "Sao chép trích dẫn");
    button.title = "Sao chép trích dẫn";
    button.appendChild(copyIcon());
    if (label) button.appendChild(document.createTextNode(" " + label));
    button.addEventListener("click", function (event) {
      event.preventDefault();
      event.stopPropagation();
      Promise.resolve(getText()).then(copy).then(function () {
        button.classList.add("kb-q-copied");
        setTimeout(function () { button.classList.remove("kb-q-copied"); }, 1500);
        announce("Đã sao chép trích dẫn");
      }, function () { announce("Không sao chép được: hãy chọn đoạn văn và sao chép bằng tay"); });
    });
    return button;
  }

  // The words of a quote as shown, without the controls and the footnote markers.
  function quoteText(element) {
    var clone = element.cloneNode(true);
    clone.querySelectorAll(".kb-q-tools, sup.kb-fnref, .kb-fn-back").forEach(function (e) { e.remove(); });
    return clone.textContent.trim();
  }
  function place(key) {
    var cut = key.indexOf("#"), plan = data.plans[key.slice(0, cut)];
    if (!plan) return null;
    var anchor = key.slice(cut + 1);
    var locator = Object.prototype.hasOwnProperty.call(plan[2], anchor) ? plan[2][anchor] : "";
    return { cite: plan[0], href: plan[1] + (anchor ? "#" + anchor : ""), locator: locator };
  }
  function addTools(element) {
    var where = place(element.getAttribute("data-q"));
    if (!where) return;
    var tools = document.createElement("span");
    tools.className = "kb-q-tools";
    var whole = element.classList.contains("kb-cite-document");
    if (!whole) {
      var link = document.createElement("a");
      link.className = "kb-q-link";
      link.href = where.href;
      link.textContent = "¶";
      link.setAttribute("aria-label", "Liên kết tới đoạn này");
      link.title = "Liên kết tới đoạn này";
      tools.appendChild(link);
    }
    tools.appendChild(copyButton(whole ? "Sao chép trích dẫn" : "", function () {
      return citationText(whole ? "" : quoteText(element), where.cite, where.locator, where.href);
    }));
    (whole ? element.querySelector("p") || element : element).appendChild(tools);
  }

  // ---- tooltips: hover and focus with a mouse, tap on a phone -------------------------------
  var tip = null, tipOwner = null, lastPointer = "mouse", hideTimer = null;
  function tipBox() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "kb-tip";
      tip.className = "kb-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
      tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      tip.addEventListener("mouseleave", function () { hideSoon(); });
    }
    return tip;
  }
  function tipTextOf(target) {
    if (target.hasAttribute("data-kb-tip")) return target.getAttribute("data-kb-tip");
    var note = document.getElementById(decodeURIComponent(target.hash.slice(1)));
    return note ? quoteText(note) : "";
  }
  function show(target, touch) {
    clearTimeout(hideTimer);
    var box = tipBox(), text = tipTextOf(target);
    if (!text) return;
    box.textContent = "";
    var body = document.createElement("span");
    body.textContent = text;
    box.appendChild(body);
    if (touch) {  // on a phone the tap opened the tip: a second control follows the link
      var open = document.createElement("a");
      open.className = "kb-tip-open";
      open.href = target.href;
      open.textContent = target.closest("sup.kb-fnref") ? "Đến chú thích" : "Mở trang";
      box.appendChild(open);
    }
    box.hidden = false;
    tipOwner = target;
    var rect = target.getBoundingClientRect(), width = Math.min(384, window.innerWidth - 16);
    box.style.maxWidth = width + "px";
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
    box.style.left = left + "px";
    box.style.top = rect.bottom + window.scrollY + 6 + "px";
  }
  function hide() {
    if (tip) tip.hidden = true;
    tipOwner = null;
  }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 200); }
  var describedBy = null;
  function describe(target, text) {
    if (!describedBy) {
      describedBy = document.createElement("div");
      describedBy.hidden = true;
      document.body.appendChild(describedBy);
    }
    var description = document.createElement("span");
    description.id = "kb-tip-text-" + describedBy.childElementCount;
    description.textContent = text;
    describedBy.appendChild(description);
    target.setAttribute("aria-describedby", description.id);
  }
  function tipTargets(root) {
    root.querySelectorAll("a[title]").forEach(function (link) {
      if (link.closest(".kb-q-tools, .md-header, .md-footer, .md-nav") || link.classList.contains("headerlink")) return;
      var text = link.getAttribute("title");
      link.removeAttribute("title");  // the browser's own tooltip would double ours and not work on touch
      link.setAttribute("data-kb-tip", text);
      link.classList.add("kb-has-tip");
      describe(link, text);
    });
    root.querySelectorAll("sup.kb-fnref a").forEach(function (link) {
      link.classList.add("kb-has-tip");
      link.setAttribute("aria-describedby", decodeURIComponent(link.hash.slice(1)));
    });
  }
  function tipTarget(event) { return event.target.closest ? event.target.closest(".kb-has-tip") : null; }
  function watchTips() {
    // How the reader last acted: a tap must not be taken for a hover, nor a tap's focus for Tab.
    document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType || "mouse"; }, true);
    document.addEventListener("keydown", function (event) {
      lastPointer = "keyboard";
      if (event.key === "Escape") hide();
    }, true);
    document.addEventListener("pointerover", function (event) {
      var target = tipTarget(event);
      if (target && event.pointerType === "mouse") show(target, false);
    });
    document.addEventListener("pointerout", function (event) {
      if (tipTarget(event) && event.pointerType === "mouse") hideSoon();
    });
    document.addEventListener("focusin", function (event) {
      var target = tipTarget(event);
      if (target && lastPointer === "keyboard") show(target, false);
    });
    document.addEventListener("focusout", function (event) {
      if (tipTarget(event) && lastPointer === "keyboard") hideSoon();
    });
    document.addEventListener("click", function (event) {
      var target = tipTarget(event);
      if (target && (lastPointer === "touch" || lastPointer === "pen") && tipOwner !== target) {
        event.preventDefault();  // first tap: show what a mouse would show on hover
        show(target, true);
      } else if (!target && tip && !tip.hidden && !tip.contains(event.target)) {
        hide();
      }
    });
  }

  function start() {
    readCitations();
    document.querySelectorAll(".kb-q[data-q], .kb-cite-document[data-q]").forEach(addTools);
    var article = document.querySelector(".md-content") || document.body;
    tipTargets(article);
    watchTips();
  }

  // For the search results (kb-search.js): the same button and clipboard text.
  window.KBQuote = { button: copyButton, text: citationText };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
