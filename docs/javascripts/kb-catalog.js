/*
 * kb_build catalogue: every document in one table, filtered offline.
 *
 * The rows come from assets/catalog.js (kb_build/emit/catalog.py), loaded by a <script> so that it
 * works over file://. Filters are facets (type, system, level, today's province, issuer, years) and
 * words typed with or without diacritics; they live in the query string (?he-thong=Đảng&tu-nam=2022)
 * so that other pages can link to a filtered catalogue. Cells are set with textContent only.
 */
(function () {
  "use strict";

  var URL_ = 0, LABEL = 1, TITLE = 2, TYPE = 3, NUMBER = 4, ISSUED = 5, ISSUER = 6, SYSTEM = 7, LEVEL = 8,
    LOCALITY = 9, TODAY = 10, YEAR = 11, MERGED = 12;
  var SHOWN = 200;  // rows drawn at once; the rest on request (a table of thousands is slow to draw)
  var FACETS = [
    ["type", "Loại văn bản", TYPE], ["system", "Hệ thống", SYSTEM], ["level", "Cấp", LEVEL],
    ["province", "Tỉnh, thành phố (ngày nay)", TODAY], ["issuer", "Cơ quan ban hành", ISSUER]
  ];
  var COLUMNS = ["Năm", "Văn bản", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Hệ thống", "Cấp", "Địa bàn"];

  // The search's folding (kb-search.js, loaded first): NFC, lower case, đ → d, no diacritics.
  function fold(text) { return window.KBSearchTokens.fold(text); }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function start(root, data) {
    var names = data.filters, rows = data.rows;
    var folded = rows.map(function (r) {
      return fold([r[LABEL], r[TITLE], r[NUMBER], r[ISSUER], r[LOCALITY], r[TODAY], r[YEAR]].join(" "));
    });
    var base = new URL(root.getAttribute("data-src"), location.href);
    var params = new URLSearchParams(location.search);
    var form = element("form", "kb-catalog-filters");
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Lọc danh mục văn bản");
    var controls = {};
    function field(label, control) {
      var wrap = element("label", "kb-catalog-field");
      wrap.appendChild(element("span", null, label));
      wrap.appendChild(control);
      form.appendChild(wrap);
      return control;
    }
    function choice(name, label, values, all) {
      var select = element("select");
      select.name = names[name];
      select.appendChild(new Option(all, ""));
      values.forEach(function (value) { select.appendChild(new Option(String(value), String(value))); });
      select.value = params.get(names[name]) || "";
      controls[name] = field(label, select);
    }
    var text = element("input");
    text.type = "search";
    text.name = names.text;
    text.placeholder = "Số hiệu, tên, cơ quan, địa bàn …";
    text.value = params.get(names.text) || "";
    controls.text = field("Chứa chữ", text);
    FACETS.forEach(function (facet) { choice(facet[0], facet[1], data.facets[facet[0]], "Tất cả"); });
    choice("first_year", "Từ năm", data.facets.year.slice().reverse(), "Mọi năm");
    choice("last_year", "Đến năm", data.facets.year, "Mọi năm");
    var reset = element("button", "kb-catalog-reset", "Bỏ lọc");
    reset.type = "button";
    form.appendChild(reset);
    var status = element("p", "kb-catalog-status");
    status.setAttribute("aria-live", "polite");
    var table = element("table", "kb-catalog-table");
    var head = table.createTHead().insertRow();
    COLUMNS.forEach(function (name) { head.appendChild(element("th", null, name)); });
    var body = table.createTBody();
    var scroll = element("div", "kb-catalog-scroll");
    scroll.appendChild(table);
    var more = element("button", "kb-catalog-more", "Xem thêm");
    more.type = "button";
    root.append(form, status, scroll, more);

    var matched = [], limit = SHOWN;
    function wanted() {
      var words = fold(controls.text.value).split(/\s+/).filter(Boolean);
      var facets = FACETS.map(function (f) { return [f[2], controls[f[0]].value]; }).filter(function (f) { return f[1]; });
      var from = +controls.first_year.value || 0, to = +controls.last_year.value || 9999;
      var found = [];
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        if (row[YEAR] < from || row[YEAR] > to) continue;
        if (!facets.every(function (f) { return row[f[0]] === f[1]; })) continue;
        if (!words.every(function (w) { return folded[i].indexOf(w) >= 0; })) continue;
        found.push(row);
      }
      return found;
    }
    function cell(tr, text) { tr.appendChild(element("td", null, text)); }
    function draw() {
      body.textContent = "";
      matched.slice(0, limit).forEach(function (row) {
        var tr = body.insertRow();
        cell(tr, String(row[YEAR]));
        var link = element("a", null, row[LABEL] + ": " + row[TITLE]);
        link.href = new URL(row[URL_], new URL("..", base)).href;
        var td = element("td");
        td.appendChild(link);
        tr.appendChild(td);
        cell(tr, row[NUMBER] || "không số");
        cell(tr, row[ISSUED] || "không ghi");
        cell(tr, row[ISSUER]);
        cell(tr, row[SYSTEM]);
        cell(tr, row[LEVEL]);
        cell(tr, row[LOCALITY] ? row[LOCALITY] + row[MERGED] : "—");
      });
      status.textContent = matched.length + " văn bản" + (matched.length > limit ? ", hiện " + limit + " văn bản đầu" : "");
      more.hidden = matched.length <= limit;
    }
    function update() {
      matched = wanted();
      limit = SHOWN;
      draw();
      var query = new URLSearchParams();
      Object.keys(controls).forEach(function (name) { if (controls[name].value) query.set(names[name], controls[name].value); });
      var search = query.toString();
      try {
        history.replaceState(null, "", search ? "?" + search : location.pathname);
      } catch (error) { /* some browsers refuse it over file://: the filter still works */ }
    }
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    reset.addEventListener("click", function () {
      Object.keys(controls).forEach(function (name) { controls[name].value = ""; });
      update();
    });
    more.addEventListener("click", function () { limit += SHOWN; draw(); });
    update();
  }

  function load() {
    var root = document.getElementById("kb-catalog");
    if (!root) return;
    window.kbCatalogLoad = function (data) { start(root, data); };
    var script = document.createElement("script");
    script.src = new URL(root.getAttribute("data-src"), location.href).href;
    script.onerror = function () { root.textContent = "Không tải được dữ liệu danh mục."; };
    document.head.appendChild(script);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
})();
