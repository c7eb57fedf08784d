/* "Cite" buttons: one click copies a citation of a fact or an article.
   A button's data-cite holds the citation's words (escaped by the templates) and data-cite-href the
   fact's permalink on this site, relative; the copied text ends with that link made absolute from
   the page's own address. The copied text is also shown under the button, as text only. */
(function () {
  "use strict";
  function citation(button) {
    var text = button.getAttribute("data-cite") || "";
    var href = button.getAttribute("data-cite-href");
    return href ? text + " " + new URL(href, location.href).href : text;
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallback(text); });
    }
    return Promise.resolve(fallback(text));
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  var pop = null;
  function hide() { if (pop) { pop.remove(); pop = null; } }
  function show(button, text, ok) {
    hide();
    pop = document.createElement("div");
    pop.className = "fs-cite-pop";
    pop.setAttribute("role", "status");
    var head = document.createElement("strong");
    head.textContent = ok ? "Copied: " : "Select and copy: ";
    var body = document.createElement("span");
    body.className = "fs-cite-pop__text";
    body.textContent = text;
    pop.appendChild(head);
    pop.appendChild(body);
    document.body.appendChild(pop);
    var r = button.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    pop.style.left = left + "px";
    pop.style.top = (r.bottom + window.scrollY + 4) + "px";
    if (pop.getBoundingClientRect().bottom > window.innerHeight) pop.scrollIntoView({ block: "nearest" });
    if (!ok) {
      var range = document.createRange();
      range.selectNodeContents(body);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button[data-cite]") : null;
    if (!button) {
      if (pop && !pop.contains(e.target)) hide();
      return;
    }
    e.preventDefault();
    var text = citation(button);
    copy(text).then(function (ok) {
      show(button, text, ok);
      if (ok) {
        var label = button.textContent;
        button.textContent = "Copied ✓";
        button.setAttribute("data-copied", "");
        setTimeout(function () { button.textContent = label; button.removeAttribute("data-copied"); }, 2000);
      }
    });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  // A visible citation line shows its permalink in full, as the copied text has it.
  function fill() {
    document.querySelectorAll("a.fs-cite__link").forEach(function (a) { a.textContent = new URL(a.getAttribute("href"), location.href).href; });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
})();
