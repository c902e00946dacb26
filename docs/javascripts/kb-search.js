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
  function unique(list) { return Array.from(new Set(list)); }
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
  // Every index file calls kbSearchLoad(name, data); see kb_build/emit/search_index.py.
  var config = document.getElementById("__config");
  var base = new URL((config && JSON.parse(config.textContent).base) || ".", location.href);
  var state = { arrived: {}, files: {}, ready: null, postings: new Map() };
  window.kbSearchLoad = function (name, data) { state.arrived[name] = data; };

  function loadScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(path, base).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("không tải được " + path)); };
      document.head.appendChild(script);
    });
  }
  // Each file holds its data deflated and in base64 (search_index.pack): inflated by the browser.
  function inflate(packed) {
    var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text().then(JSON.parse);
  }
  function loadFile(name) {
    if (!state.files[name]) {
      state.files[name] = loadScript("assets/search/" + name + ".js").then(function () {
        var packed = state.arrived[name];
        delete state.arrived[name];
        if (typeof packed !== "string") throw new Error("tệp chỉ mục " + name + " bị hỏng");
        return inflate(packed);
      });
    }
    return state.files[name];
  }
  // Index data are plain objects read from files: look words up as own keys only, so that a
  // word such as “constructor” or “__proto__” is a word like any other.
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined; }
  function numbers(text) { return text ? text.split(",").map(function (n) { return parseInt(n, 36); }) : []; }
  function gaps(text) {
    var at = 0;
    return numbers(text).map(function (gap) { return (at += gap); });
  }
  function load() {
    if (!state.ready) {
      state.ready = loadFile("meta").then(function (meta) {
        state.kinds = meta.kinds;
        state.kindNames = Object.keys(meta.kinds);
        var end = 0;
        state.kindEnds = meta.counts.map(function (count) { return (end += count); });
        state.count = end;
        state.perFile = meta.perFile;
        state.shards = new Set(meta.shards);
        state.titleLengths = numbers(meta.titleLengths);
        state.lengths = numbers(meta.lengths);
        state.average = state.lengths.reduce(function (a, b) { return a + b; }, 0) / Math.max(end, 1) || 1;
        state.titleWeight = meta.titleWeight;
        state.catalog = unpack(meta.catalog);
      });
    }
    return state.ready;
  }
  // [url, title, subtitle] of every document, from the catalogue (see search_index.catalog).
  function unpack(catalog) {
    var rows = catalog.entries.slice(), passages = [];
    catalog.plans.forEach(function (plan) {
      rows.push([plan[0], plan[1], plan[2]]);
      for (var i = 0; i < plan[4]; i++) passages.push(plan);
    });
    catalog.passages.forEach(function (passage, i) {  // and, for copying, the citation and place
      var plan = passages[i];
      rows.push([plan[0] + "#" + passage[0], plan[3], plan[2] + " · " + passage[1], plan[5], passage[1]]);
    });
    return rows;
  }
  function shard(term) {
    var key = term.slice(0, 2);  // search_index.shard_key
    return state.shards.has(key) ? loadFile("t/" + key) : Promise.resolve({ t: {}, c: {} });
  }
  function kindOf(doc) {
    for (var i = 0; i < state.kindEnds.length; i++) if (doc < state.kindEnds[i]) return state.kindNames[i];
  }
  // [kind, url, title, subtitle] of a document: known as soon as the index is loaded.
  function entry(doc) { return [kindOf(doc)].concat(state.catalog[doc].slice(0, 3)); }
  // The texts of documents (for snippets), loading the files that hold them.
  function texts(refs) {
    var files = unique(refs.map(function (doc) { return Math.floor(doc / state.perFile); }));
    return Promise.all(files.map(function (n) { return loadFile("d/" + n); })).then(function (chunks) {
      var byFile = {};
      files.forEach(function (n, i) { byFile[n] = chunks[i]; });
      return refs.map(function (doc) { return byFile[Math.floor(doc / state.perFile)][doc % state.perFile]; });
    });
  }

  // ---- searching -------------------------------------------------------------------------
  // Typed without diacritics, these may be a stopword (“va” for “và”) or a real word (“nhat”
  // for “Nhật”): they are required only if that still finds something, and match any word in
  // a phrase.
  var FOLDED_STOPWORDS = new Set(Array.from(STOPWORDS, fold));
  var K1 = 1.2, B = 0.75, MAX_EXPANSIONS = 12, PHRASE_BOOST = 4, PHRASE_CHECKS = 400;

  function parse(query) {
    var phrases = [], rest = query.replace(/["“”]([^"“”]+)["“”]/g, function (_, phrase) {
      phrases.push(queryWords(phrase));
      return " " + phrase + " ";
    });
    var words = queryWords(rest);
    var terms = unique(words.filter(function (w) { return !w.stop; }).map(function (w) { return w.token; }));
    var spelled = {};  // term → the spelling typed, for a word typed with diacritics
    words.forEach(function (w) { if (w.spelling && !own(spelled, w.token)) spelled[w.token] = w.spelling; });
    return {
      spelled: spelled,
      words: words, phrases: phrases, terms: terms.slice(0, 30), codes: queryCodes(query),
      ambiguous: new Set(words.filter(function (w) { return w.wildcard && !w.stop; }).map(function (w) { return w.token; })),
      typing: !/["“”]\s*$/.test(query),  // the last word may be unfinished: match it as a prefix
      highlight: words.concat.apply(words, phrases).map(function (w) { return w.token; })
    };
  }
  // Every token of a query, as tokens() sees it, with what the index knows of it.
  function queryWords(text) {
    var found = [];
    text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      if (!word) return;
      var stop = STOPWORDS.has(word), folded = fold(word), parts = folded.split(/[^a-z0-9]+/).filter(Boolean);
      // Typed with diacritics (or đ), a word asks for its own spelling first (search_index.Spellings).
      var spelling = folded !== word && parts.length === 1 ? word : null;
      parts.forEach(function (token) {
        var ambiguous = !stop && folded === word && FOLDED_STOPWORDS.has(token);
        found.push({ token: token, stop: stop, wildcard: stop || ambiguous, spelling: spelling });
      });
    });
    return found;
  }
  // A term's postings, decoded once: documents (ascending), their BM25 scores, and positions
  // per document (a string, parsed only when a phrase is checked).
  function postings(term, data) {
    if (!state.postings.has(term)) {
      var encoded = own(data.t, term);
      state.postings.set(term, encoded ? decode(encoded, term) : null);
    }
    return state.postings.get(term);
  }
  function decode(encoded, term) {
    var docs = Int32Array.from(gaps(encoded[0])), positions = encoded[1].split(";");
    // How the word is written: only folded (no entry), one spelling, or spellings with marks.
    var spellings = encoded.length === 2 ? [term] : typeof encoded[2] === "string" ? [encoded[2]] : encoded[2];
    var marks = encoded.length === 4 ? encoded[3].split(";") : null;
    var df = docs.length, idf = Math.log(1 + (state.count - df + 0.5) / (df + 0.5));
    var scores = new Float64Array(df);
    for (var i = 0; i < df; i++) {
      var doc = docs[i], titleLength = state.titleLengths[doc], weight = 0;
      if (titleLength) {
        gaps(positions[i]).forEach(function (p) { weight += p < titleLength ? state.titleWeight : 1; });
      } else {
        weight = 1;
        for (var c = positions[i].indexOf(","); c >= 0; c = positions[i].indexOf(",", c + 1)) weight++;
      }
      var norm = K1 * (1 - B + B * state.lengths[doc] / state.average);
      scores[i] = idf * weight * (K1 + 1) / (weight + norm);
    }
    return { docs: docs, scores: scores, positions: positions, spellings: spellings, marks: marks };
  }
  // Which spellings of a list are the one typed (a prefix of it, for the word being typed).
  function spellingNumbers(list, typed, prefix) {
    var found = [];
    list.spellings.forEach(function (word, n) {
      if (word === typed || (prefix && word.lastIndexOf(typed, 0) === 0)) found.push(n);
    });
    return found;
  }
  // Does the i-th document of a list spell the word as one of ``numbers`` somewhere?
  function holdsSpelling(list, i, numbers) {
    var mark = list.marks ? list.marks[i] : "";
    if (!mark) return numbers.indexOf(0) >= 0;  // every position has the first spelling
    for (var k = 0; k < mark.length; k++) if (numbers.indexOf(parseInt(mark[k], 36)) >= 0) return true;
    return false;
  }
  // The positions of the i-th document of a list, keeping only those spelled as ``numbers`` say.
  function spelledPositions(list, i, numbers) {
    var all = gaps(list.positions[i]), mark = list.marks ? list.marks[i] : "";
    if (!mark) return numbers.indexOf(0) >= 0 ? all : [];
    return all.filter(function (_, k) { return numbers.indexOf(parseInt(mark[k], 36)) >= 0; });
  }
  // The postings a query term matches: the term itself and, if it is typed last and is not a
  // word of the index or has only two letters (“kh”), the 12 commonest words it begins.
  function lists(term, data, prefix) {
    var names = [term];
    if (prefix && term.length > 1 && (term.length < 3 || !own(data.t, term))) {
      names = names.concat(Object.keys(data.t).filter(function (name) {
        return name !== term && name.lastIndexOf(term, 0) === 0;
      }).sort(function (a, b) { return data.t[b][0].length - data.t[a][0].length; }).slice(0, MAX_EXPANSIONS));
    }
    return names.map(function (name) { return { list: postings(name, data), factor: name === term ? 1 : 0.8 }; })
      .filter(function (l) { return l.list; });
  }
  function find(list, doc) {  // binary search in a list's ascending documents
    var lo = 0, hi = list.docs.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, at = list.docs[mid];
      if (at === doc) return mid;
      if (at < doc) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }
  // Where the document holds a term's words; with ``spelling``, only where they are spelled so.
  function positionsIn(termLists, doc, spelling) {
    var found = [];
    termLists.forEach(function (l) {
      var i = find(l.list, doc);
      if (i < 0) return;
      if (!spelling) found.push.apply(found, gaps(l.list.positions[i]));
      else found.push.apply(found, spelledPositions(l.list, i, spellingNumbers(l.list, spelling, l.factor < 1)));
    });
    return found;
  }
  // Does the document hold these words in a row (``exact``: spelled as typed)? Stopwords (not
  // indexed) match any word.
  function hasPhrase(doc, words, matched, exact) {
    var fixed = [];
    words.forEach(function (w, offset) {
      if (!w.wildcard) fixed.push([matched[w.token] || [], offset, exact ? w.spelling : null]);
    });
    if (!fixed.length) return true;
    var starts = positionsIn(fixed[0][0], doc, fixed[0][2]).map(function (p) { return p - fixed[0][1]; });
    for (var k = 1; k < fixed.length && starts.length; k++) {
      var here = positionsIn(fixed[k][0], doc, fixed[k][2]), offset = fixed[k][1];
      starts = starts.filter(function (s) { return here.indexOf(s + offset) >= 0; });
    }
    return starts.length > 0;
  }
  function rank(q, loaded) {
    var total = new Float64Array(state.count), mask = new Int32Array(state.count);
    var byCode = new Set(), matched = Object.create(null), candidates = [];
    q.codes.forEach(function (code, i) {
      gaps(own(loaded.codes[i].c, code) || "").forEach(function (doc) { byCode.add(doc); total[doc] += 1000; });
    });
    var sizes = q.terms.map(function (term, t) {
      var termLists = matched[term] = lists(term, loaded.terms[t], q.typing && t === q.terms.length - 1);
      var best = termLists.length > 1 ? new Float64Array(state.count) : null, size = 0;
      termLists.forEach(function (l) {
        var docs = l.list.docs, scores = l.list.scores;
        size += docs.length;
        for (var i = 0; i < docs.length; i++) {
          var doc = docs[i], score = l.factor * scores[i];
          mask[doc] |= 1 << t;
          if (!best) total[doc] += score;
          else if (score > best[doc]) { total[doc] += score - best[doc]; best[doc] = score; }
        }
      });
      return size;
    });
    function holding(required) {  // documents that hold every term in ``required`` (a bit mask)
      var bits = 0, smallest = -1;
      q.terms.forEach(function (term, t) {
        if (!(required & (1 << t))) return;
        bits |= 1 << t;
        if (smallest < 0 || sizes[t] < sizes[smallest]) smallest = t;
      });
      if (smallest < 0) return [];
      var found = [];
      matched[q.terms[smallest]].forEach(function (l) {
        l.list.docs.forEach(function (doc) { if ((mask[doc] & bits) === bits) found.push(doc); });
      });
      return unique(found);
    }
    var all = (1 << q.terms.length) - 1, plain = all;
    q.terms.forEach(function (term, t) { if (q.ambiguous.has(term)) plain &= ~(1 << t); });
    candidates = holding(all);
    if (!candidates.length && plain !== all) candidates = holding(plain);
    if (!candidates.length && q.terms.length > 1) {
      for (var doc = 0; doc < state.count; doc++) if (mask[doc]) candidates.push(doc);
    }
    byCode.forEach(function (doc) { candidates.push(doc); });
    candidates = unique(candidates);
    // Phrases: a quoted phrase is required; adjacent words rank first. Adjacency is checked for
    // the PHRASE_CHECKS best documents by their words alone (checking thousands costs more
    // than a keystroke allows); a document ranked lower stays below them.
    if (q.phrases.length) {
      candidates = candidates.filter(function (doc) {
        return q.phrases.every(function (p) { return hasPhrase(doc, p, matched); });
      });
    }
    var score = Array.from(total);
    function order(a, b) { return score[b] - score[a] || a - b; }
    candidates.sort(order);
    var spelledTerms = q.terms.filter(function (term) { return own(q.spelled, term); });
    var spelledWords = q.words.some(function (w) { return w.spelling && !w.wildcard; });
    if (q.words.length > 1) {
      candidates.slice(0, PHRASE_CHECKS).forEach(function (doc) {
        if (!hasPhrase(doc, q.words, matched, false)) return;
        score[doc] *= PHRASE_BOOST;
        if (spelledWords && hasPhrase(doc, q.words, matched, true)) score[doc] *= PHRASE_BOOST;
      });
    }
    // Typed with diacritics, a word ranks the documents that spell it so above the look-alikes
    // that only match when folded (“Biển” above “biên”, “Lào” above “lao”, “đa” above “địa”).
    var exact = new Int32Array(state.count);
    spelledTerms.forEach(function (term) {
      matched[term].forEach(function (l) {  // read off the marks: no positions decoded
        var numbers = spellingNumbers(l.list, q.spelled[term], l.factor < 1);
        if (!numbers.length) return;
        candidates.forEach(function (doc) {
          var i = find(l.list, doc);
          if (i >= 0 && !(exact[doc] & bit(term)) && holdsSpelling(l.list, i, numbers)) exact[doc] |= bit(term);
        });
      });
    });
    function bit(term) { return 1 << q.terms.indexOf(term); }
    function spelled(doc) { var n = 0; for (var m = exact[doc]; m; m &= m - 1) n++; return n; }
    function first(doc) { return byCode.has(doc) && kindOf(doc) === "directive" ? 1 : 0; }
    return candidates.sort(function (a, b) { return first(b) - first(a) || spelled(b) - spelled(a) || order(a, b); });
  }
  // The documents a query finds, best first (a promise: the index files it needs load first).
  function search(query) {
    var q = parse(query);
    return load().then(function () {
      return Promise.all([Promise.all(q.terms.map(shard)), Promise.all(q.codes.map(shard))]);
    }).then(function (loaded) {
      return { refs: rank(q, { terms: loaded[0], codes: loaded[1] }), query: q };
    });
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
  // The results are listed at once (from the catalogue); their snippets follow as the
  // files holding their texts arrive.
  function render(result, text) {
    var list = ui.results;
    list.textContent = "";
    list.setAttribute("data-query", text);  // which query these results answer
    ui.active = -1;
    if (!text.trim()) { close(); return; }
    ui.panel.hidden = false;
    ui.input.setAttribute("aria-expanded", "true");
    ui.status.textContent = result.refs.length
      ? result.refs.length + " kết quả"
      : "Không tìm thấy kết quả cho “" + text.trim() + "”. Thử bỏ dấu ngoặc kép, dùng ít từ hơn hoặc kiểm tra chính tả.";
    var words = result.query.highlight, refs = result.refs.slice(0, ui.limit), snippets = [];
    refs.forEach(function (ref, i) {
      var doc = entry(ref);
      var item = document.createElement("li");
      item.id = "kb-search-result-" + i;
      item.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = new URL(doc[1], base).href;
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
      snippets.push(snippet);
      link.append(kind, title, subtitle, snippet);
      item.appendChild(link);
      if (doc[0] === "passage" && window.KBQuote) {  // the passage's words, its citation and its link
        var row = state.catalog[ref];  // … url, title, subtitle, citation, place
        var copy = window.KBQuote.button("", function () {
          return texts([ref]).then(function (found) { return window.KBQuote.text(found[0], row[3], row[4], link.href); });
        });
        copy.classList.add("kb-search-copy");
        item.appendChild(copy);
      }
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
    texts(refs).then(function (found) {
      if (list.getAttribute("data-query") !== text) return;  // a later query has been shown
      found.forEach(function (body, i) { snippets[i].appendChild(highlighted(body, words)); });
      list.setAttribute("data-snippets", text);
    });
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
    search(text).then(function (result) {
      if (ui.input.value === text) render(result, text);  // a later query may have overtaken this one
    }).catch(function (error) {
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

  // For scripts and benchmarks: search without the UI.
  window.KBSearch = {
    load: load,
    // [kind, url, title, subtitle] of the first ``limit`` results (default 20): what is listed first.
    list: function (query, limit) {
      return search(query).then(function (result) { return result.refs.slice(0, limit || 20).map(entry); });
    },
    // The same with each result's text: what the list shows once its snippets have arrived.
    search: function (query, limit) {
      return search(query).then(function (result) {
        var refs = result.refs.slice(0, limit || 20);
        return texts(refs).then(function (found) {
          return refs.map(function (ref, i) { return entry(ref).concat([found[i]]); });
        });
      });
    }
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", build);
  else build();
})();
