/*
 * kb-build serve only (never in a published site): while the corpus has errors, the preview keeps
 * the last good pages and shows the errors over them, file:line and message, as text.
 * assets/kb-preview-state.js (rewritten by kb_build/serve.py) calls kbPreviewState({errors: [...]}).
 */
(function () {
  "use strict";
  window.kbPreviewState = function (state) {
    var old = document.getElementById("kb-preview-errors");
    if (old) old.remove();
    if (!state.errors.length) return;
    var box = document.createElement("div");
    box.id = "kb-preview-errors";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:100;max-height:45vh;overflow:auto;" +
      "padding:0.8rem 1rem;background:#b71c1c;color:#fff;font:0.8rem/1.5 monospace";
    var title = document.createElement("strong");
    title.textContent = "Kho văn bản có lỗi: đây là bản dựng tốt gần nhất. Sửa các lỗi sau, trang tự cập nhật:";
    var list = document.createElement("ul");
    state.errors.forEach(function (message) {
      var item = document.createElement("li");
      item.textContent = message;
      list.appendChild(item);
    });
    box.append(title, list);
    document.body.appendChild(box);
  };
  var config = document.getElementById("__config");
  var base = new URL((config && JSON.parse(config.textContent).base) || ".", location.href);
  var script = document.createElement("script");
  script.src = new URL("assets/kb-preview-state.js?" + Date.now(), base).href;
  document.head.appendChild(script);
})();
