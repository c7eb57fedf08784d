/* "Cite" buttons: one click copies a citation of a fact or an article.
   The words are written once, on the article's page (escaped by the templates): the article's citation
   in data-cite-article, each fact's words in data-fact on its button with its permalink in
   data-cite-href. A button on another page is bare: it cites the evidence link just before it, and
   the words are read from the article's page (fetched once), so that long tables stay small. The
   copied text ends with the permalink made absolute from the page's address.
   The copied text is also shown under the button, as text only. */
(function () {
  "use strict";
  /* A bare button cites the evidence link just before it (in its cell, caption or list item). */
  function evidenceHref(button) {
    if (button.hasAttribute("data-cite-href")) return button.getAttribute("data-cite-href");
    for (var el = button.previousElementSibling; el; el = el.previousElementSibling) {
      var a = el.matches("a.fs-num, a.fs-ev-link") ? el : el.querySelector("a.fs-num, a.fs-ev-link");
      if (a) return a.getAttribute("href");
    }
    return null;
  }
  /* The words of a citation, from the article's page (this one, or fetched once): the article's
     data-cite-article (publisher, headline, date, address) and the fact's data-fact. */
  var pages = {};
  function articlePage(target) {
    var page = target.href.split("#")[0];
    if (page === location.href.split("#")[0] && document.querySelector("[data-cite-article]")) return Promise.resolve(document);
    if (!pages[page]) {
      pages[page] = fetch(page).then(function (r) { return r.text(); }).then(function (html) {
        return new DOMParser().parseFromString(html, "text/html");
      });
    }
    return pages[page];
  }
  function words(doc, target) {
    var page = target.href.split("#")[0];
    var art = doc.querySelector("[data-cite-article]");
    var article = art ? art.getAttribute("data-cite-article") : "";
    if (!target.hash) return article + ". Fact sheet:";
    var fact = "";
    doc.querySelectorAll("button[data-fact][data-cite-href]").forEach(function (b) {
      if (!fact && new URL(b.getAttribute("data-cite-href"), page).href === target.href) fact = b.getAttribute("data-fact");
    });
    return (fact ? fact + ". " : "") + "Source: " + article + ". Fact sheet:";
  }
  function citation(button) {
    var href = evidenceHref(button);
    if (!href) return Promise.resolve("");
    var target = new URL(href, location.href);
    return articlePage(target).then(function (doc) { return words(doc, target) + " " + target.href; });
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
    var button = e.target.closest ? e.target.closest("button.fs-cite-btn") : null;
    if (!button) {
      if (pop && !pop.contains(e.target)) hide();
      return;
    }
    e.preventDefault();
    var text = "";
    citation(button).then(function (t) { text = t; return copy(t); }).then(function (ok) {
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
