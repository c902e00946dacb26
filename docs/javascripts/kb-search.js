/*
 * kb_build search: Vietnamese, offline, passage level.
 *
 * The tokenizer below mirrors kb_build/search.py line for line (tests/search_vectors.json
 * is run against both). The index is built at build time and loaded by <script> tags on
 * first use, so search works from file:// with no network and no worker.
 * Results are built with DOM APIs (textContent), never from HTML strings: source text is
 * shown, never executed.
 */
(function () {
  "use strict";

  // ---- tokenizer (mirror of kb_build/search.py) ------------------------------------------
  // With diacritics, before folding (see kb_build/search.py for why).
  var STOPWORDS = new Set(
    ("và của các những là có trong với về cho được để theo đã này một tại từ đến khi thì mà như sẽ " +
      "cũng trên dưới ra vào nhất").split(" ")
  );
  var TYPE_CODES = {
    "nghi quyet": "nq", "chi thi": "ct", "ket luan": "kl", "quyet dinh": "qd", "quy dinh": "qdi",
    "huong dan": "hd", "ke hoach": "kh", "thong bao": "tb", "nghi dinh": "nd", "thong tu": "tt",
    "chuong trinh": "ctr", "quy che": "qc"
  };
  var ABBRS = Object.keys(TYPE_CODES).map(function (k) { return TYPE_CODES[k]; })
    .sort(function (a, b) { return b.length - a.length; });
  var TYPE_WORDS = Object.keys(TYPE_CODES).sort(function (a, b) { return b.length - a.length; });
  var NUMBER_CODE = /(\d+)\s*[-/ ]?\s*([a-z]+)((?:\s*[-/]\s*[a-z0-9]+)*)/g;
  var ABBR_CODE = new RegExp("\\b(" + ABBRS.join("|") + ")\\s*(\\d+)\\b", "g");
  var TYPE_CODE = new RegExp("\\b(" + TYPE_WORDS.join("|") + ")\\s+(?:so\\s+)?(\\d+)\\b", "g");

  function fold(text) {
    text = text.normalize("NFC").toLowerCase().replace(/đ/g, "d");
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function wordTokens(text, dropStopwords) {
    var found = [];
    text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      if (!word || (dropStopwords && STOPWORDS.has(word))) return;
      fold(word).split(/[^a-z0-9]+/).forEach(function (t) { if (t) found.push(t); });
    });
    return found;
  }
  function tokens(text) { return wordTokens(text, false); }
  function indexTokens(text) { return wordTokens(text, true); }
  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }
  function queryCodes(query) {
    var folded = fold(query), found = [], m;
    NUMBER_CODE.lastIndex = 0;
    while ((m = NUMBER_CODE.exec(folded))) {
      found.push(m[1] + m[2] + tokens(m[3]).join(""));
      if (ABBRS.indexOf(m[2]) >= 0) found.push(m[2] + m[1]);
    }
    ABBR_CODE.lastIndex = 0;
    while ((m = ABBR_CODE.exec(folded))) found.push(m[1] + m[2]);
    TYPE_CODE.lastIndex = 0;
    while ((m = TYPE_CODE.exec(folded))) found.push(TYPE_CODES[m[1]] + m[2]);
    return unique(found);
  }
  window.KBSearchTokens = { fold: fold, tokens: tokens, indexTokens: indexTokens, queryCodes: queryCodes };

  // ---- loading (script tags: work over file:// and http alike) ---------------------------
  var config = document.getElementById("__config");
  var base = new URL((config && JSON.parse(config.textContent).base) || ".", location.href);
  var state = { index: null, docs: null, kinds: {}, loading: null, docTokens: {} };

  function loadScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(path, base + "/").href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("không tải được " + path)); };
      document.head.appendChild(script);
    });
  }
  function load() {
    if (!state.loading) {
      state.loading = loadScript("javascripts/vendor/lunr-2.3.9.min.js")
        .then(function () { return loadScript("assets/search/kb-search-index.js"); })
        .then(function () {
          state.index = lunr.Index.load(window.KB_SEARCH.index);
          state.docs = window.KB_SEARCH.docs;
          state.kinds = window.KB_SEARCH.kinds;
        });
    }
    return state.loading;
  }

  // ---- searching -------------------------------------------------------------------------
  function parse(query) {
    var phrases = [], rest = query.replace(/["“”]([^"“”]+)["“”]/g, function (_, phrase) {
      phrases.push(tokens(phrase));
      return " " + phrase + " ";
    });
    return { phrases: phrases, words: tokens(rest), terms: indexTokens(rest), codes: queryCodes(query) };
  }
  function docTokens(ref) {
    if (!state.docTokens[ref]) {
      var doc = state.docs[+ref];
      state.docTokens[ref] = tokens(doc[2] + " " + doc[4]);
    }
    return state.docTokens[ref];
  }
  function contains(haystack, needle) {
    outer: for (var i = 0; i + needle.length <= haystack.length; i++) {
      for (var j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  }
  function run(build) {
    try { return state.index.query(build); } catch (e) { return []; }
  }
  function search(query) {
    var q = parse(query), scores = {}, byCode = {};
    if (q.codes.length) {
      run(function (lq) {
        q.codes.forEach(function (code) { lq.term(code, { fields: ["code"] }); });
      }).forEach(function (r) { byCode[r.ref] = true; scores[r.ref] = 1000 + r.score; });
    }
    var terms = q.terms;
    if (terms.length) {
      var textQuery = function (presence) {
        return function (lq) {
          terms.forEach(function (term, i) {
            var typing = i === terms.length - 1 && term.length > 1;  // prefix: “khon” finds “khong”
            lq.term(term, {
              fields: ["title", "text"], presence: presence,
              wildcard: typing ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
            });
          });
        };
      };
      var found = run(textQuery(lunr.Query.presence.REQUIRED));
      if (!found.length && terms.length > 1) found = run(textQuery(lunr.Query.presence.OPTIONAL));
      found.forEach(function (r) { scores[r.ref] = Math.max(scores[r.ref] || 0, r.score); });
    }
    var refs = Object.keys(scores);
    // Phrases: adjacent words rank first; a quoted phrase is required.
    refs = refs.filter(function (ref) {
      return q.phrases.every(function (p) { return contains(docTokens(ref), p); });
    });
    if (q.words.length > 1) {
      refs.forEach(function (ref) { if (contains(docTokens(ref), q.words)) scores[ref] *= 4; });
    }
    refs.sort(function (a, b) {
      var kindA = byCode[a] && state.docs[+a][0] === "directive" ? 1 : 0;
      var kindB = byCode[b] && state.docs[+b][0] === "directive" ? 1 : 0;
      return kindB - kindA || scores[b] - scores[a];
    });
    return { refs: refs, query: q };
  }

  // ---- showing results (DOM only: text is never parsed as HTML) ------------------------------
  function highlighted(text, words, limit) {
    var fragment = document.createDocumentFragment();
    var parts = text.split(/(\s+)/), first = -1, wanted = new Set(words);
    for (var i = 0; i < parts.length && first < 0; i++) {
      if (tokens(parts[i]).some(function (t) { return wanted.has(t); })) first = i;
    }
    var start = Math.max(0, first - 24), end = Math.min(parts.length, start + (limit || 70));
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    for (var k = start; k < end; k++) {
      var hit = tokens(parts[k]).some(function (t) { return wanted.has(t); });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = parts[k];
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(parts[k]));
      }
    }
    if (end < parts.length) fragment.appendChild(document.createTextNode(" …"));
    return fragment;
  }

  var ui = {};
  function render(result, text) {
    var list = ui.results;
    list.textContent = "";
    list.setAttribute("data-query", text);  // which query these results answer
    ui.active = -1;
    if (!text.trim()) { close(); return; }
    ui.panel.hidden = false;
    ui.input.setAttribute("aria-expanded", "true");
    var refs = result.refs.slice(0, ui.limit);
    ui.status.textContent = result.refs.length
      ? result.refs.length + " kết quả"
      : "Không tìm thấy kết quả cho “" + text.trim() + "”. Thử bỏ dấu ngoặc kép, dùng ít từ hơn hoặc kiểm tra chính tả.";
    var words = result.query.words.concat(...result.query.phrases);
    refs.forEach(function (ref, i) {
      var doc = state.docs[+ref];
      var item = document.createElement("li");
      item.id = "kb-search-result-" + i;
      item.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = new URL(doc[1], base + "/").href;
      var kind = document.createElement("span");
      kind.className = "kb-search-kind";
      kind.textContent = state.kinds[doc[0]] || doc[0];
      var title = document.createElement("span");
      title.className = "kb-search-title";
      title.appendChild(highlighted(doc[2], words, 40));
      var subtitle = document.createElement("span");
      subtitle.className = "kb-search-subtitle";
      subtitle.textContent = doc[3];
      var snippet = document.createElement("span");
      snippet.className = "kb-search-snippet";
      snippet.appendChild(highlighted(doc[4], words));
      link.append(kind, title, subtitle, snippet);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (result.refs.length > refs.length) {
      var more = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kb-search-more";
      button.textContent = "Xem thêm kết quả";
      button.addEventListener("click", function () { ui.limit += 20; render(result, text); });
      more.appendChild(button);
      list.appendChild(more);
    }
  }
  function close() {
    ui.panel.hidden = true;
    ui.input.setAttribute("aria-expanded", "false");
  }
  function move(step) {
    var items = ui.results.querySelectorAll("[role=option]");
    if (!items.length) return;
    if (ui.active >= 0) items[ui.active].setAttribute("aria-selected", "false");
    ui.active = (ui.active + step + items.length) % items.length;
    items[ui.active].setAttribute("aria-selected", "true");
    items[ui.active].scrollIntoView({ block: "nearest" });
    ui.input.setAttribute("aria-activedescendant", items[ui.active].id);
  }
  function update() {
    var text = ui.input.value;
    ui.limit = 20;
    load().then(function () { render(search(text), text); }, function (error) {
      ui.panel.hidden = false;
      ui.status.textContent = "Không tải được dữ liệu tìm kiếm (" + error.message + ").";
    });
  }

  function build() {
    var header = document.querySelector(".md-header__inner");
    if (!header) return;
    var box = document.createElement("div");
    box.className = "kb-search";
    box.setAttribute("role", "search");
    var label = document.createElement("label");
    label.className = "kb-search-label";
    label.htmlFor = "kb-search-input";
    label.textContent = "Tìm kiếm";
    var input = document.createElement("input");
    input.id = "kb-search-input";
    input.type = "search";
    input.placeholder = "Tìm kiếm (có dấu hoặc không dấu)";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "kb-search-results");
    var panel = document.createElement("div");
    panel.className = "kb-search-panel";
    panel.hidden = true;
    var status = document.createElement("p");
    status.className = "kb-search-status";
    status.setAttribute("aria-live", "polite");
    var results = document.createElement("ul");
    results.id = "kb-search-results";
    results.setAttribute("role", "listbox");
    results.setAttribute("aria-label", "Kết quả tìm kiếm");
    panel.append(status, results);
    box.append(label, input, panel);
    var anchor = header.querySelector("form[data-md-component=palette]") || header.lastElementChild;
    header.insertBefore(box, anchor);
    ui = { input: input, panel: panel, results: results, status: status, active: -1, limit: 20 };

    var timer = null;
    input.addEventListener("focus", function () { load(); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 80); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Enter") {
        var items = ui.results.querySelectorAll("[role=option] a");
        var target = items[Math.max(ui.active, 0)];
        if (target) { event.preventDefault(); location.href = target.href; }
      } else if (event.key === "Escape") { close(); input.blur(); }
    });
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
      if (event.key === "/" && !typing) { event.preventDefault(); input.focus(); }
    });
    document.addEventListener("click", function (event) { if (!box.contains(event.target)) close(); });
  }

  // For scripts and benchmarks: search without the UI (loads the index first).
  window.KBSearch = { load: load, search: function (q) { return search(q).refs.map(function (r) { return state.docs[+r]; }); } };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", build);
  else build();
})();
