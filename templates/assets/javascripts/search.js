/* Site search for factsheet: Material's search box in the header, answered by Pagefind.
   The index (site/pagefind/, written after the site is built: generator/search.py) is split
   into chunks by word; a query downloads only the chunks of its words and the result pages'
   fragments, never the whole index. Nothing is loaded before the box is used.

   Works from the built HTML alone: it needs Material's header (.md-header__inner) and its CSS,
   not its search plugin. Results are written with textContent only: page text, titles and
   excerpts from the articles never become markup (an excerpt's <mark> is rebuilt, nothing else).
   Pages marked data-pagefind-meta="kind:help" (About, Editing facts, ...) are listed after
   every fact page and article. Search needs the site served over http(s): a browser will not
   load the index from file:// pages. */
(function () {
  "use strict";
  var SHOWN = 10;
  var script = document.currentScript;
  var root = new URL("../../", script ? script.src : location.href);
  var ICONS = {
    search: "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5",
    back: "M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z",
    close: "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"
  };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function icon(name) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  /* Material's search markup (partials/search.html), without data-md-component: Material's own
     search code leaves it alone, its CSS lays it out (a box on wide screens, a full-screen
     panel behind the magnifier on small ones). */
  function mount() {
    var header = document.querySelector(".md-header__inner");
    var toggle = document.getElementById("__search");
    if (!header || !toggle || document.querySelector(".md-search")) return null;
    var input = el("input", { type: "text", "class": "md-search__input", name: "query", "aria-label": "Search",
      placeholder: "Search", autocapitalize: "off", autocorrect: "off", autocomplete: "off", spellcheck: "false",
      required: "", "data-fs-search": "" });
    var searchIcon = el("label", { "class": "md-search__icon md-icon", "for": "__search" }, [icon("search"), icon("back")]);
    var reset = el("button", { type: "reset", "class": "md-search__icon md-icon", title: "Clear", "aria-label": "Clear", tabindex: "-1" }, [icon("close")]);
    var form = el("form", { "class": "md-search__form", name: "search", role: "search" },
      [input, searchIcon, el("nav", { "class": "md-search__options", "aria-label": "Search" }, [reset])]);
    var meta = el("div", { "class": "md-search-result__meta", "aria-live": "polite" }, ["Type to start searching"]);
    var list = el("ol", { "class": "md-search-result__list", role: "presentation" });
    var output = el("div", { "class": "md-search__output" }, [
      el("div", { "class": "md-search__scrollwrap", tabindex: "0" }, [el("div", { "class": "md-search-result" }, [meta, list])])]);
    var box = el("div", { "class": "md-search", role: "dialog", "data-fs-search-box": "" }, [
      el("label", { "class": "md-search__overlay", "for": "__search" }),
      el("div", { "class": "md-search__inner", role: "search" }, [form, output])]);
    var button = el("label", { "class": "md-header__button md-icon", "for": "__search", title: "Search", "aria-label": "Search" }, [icon("search")]);
    var before = header.querySelector(".md-header__source");
    header.insertBefore(button, before);
    header.insertBefore(box, before);
    return { toggle: toggle, input: input, form: form, meta: meta, list: list };
  }

  var pagefind = null;
  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return Promise.resolve(pf.options({ baseUrl: root.pathname })).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  /* An excerpt as text, with only Pagefind's <mark> kept (parsed inert: nothing in it runs or loads). */
  function excerpt(html) {
    var p = el("p");
    var doc = new DOMParser().parseFromString("<body>" + (html || "") + "</body>", "text/html");
    doc.body.childNodes.forEach(function (n) {
      if (n.nodeName === "MARK") p.appendChild(el("mark", {}, [n.textContent]));
      else p.appendChild(document.createTextNode(n.textContent));
    });
    return p;
  }

  function item(d) {
    var url = new URL(d.url, location.href);
    var title = (d.meta && d.meta.title) || url.pathname;
    var article = el("article", { "class": "md-search-result__article md-typeset" },
      [el("div", { "class": "md-search-result__icon md-icon" }), el("h1", {}, [title]), excerpt(d.excerpt)]);
    var a = el("a", { href: url.href, "class": "md-search-result__link", tabindex: "-1" }, [article]);
    if (d.meta && d.meta.kind === "help") a.setAttribute("data-fs-help", "");
    return el("li", { "class": "md-search-result__item" }, [a]);
  }

  function start() {
    var ui = mount();
    if (!ui) return;
    var seq = 0, timer = null;
    function open() { ui.toggle.checked = true; }
    function show(query, total, rows) {
      ui.list.textContent = "";
      rows.forEach(function (d) { ui.list.appendChild(item(d)); });
      ui.meta.textContent = !query ? "Type to start searching" : total === 0 ? "No matching pages" :
        total === 1 ? "1 matching page" : total + " matching pages" + (total > rows.length ? ", the first " + rows.length + " shown" : "");
    }
    function run() {
      var query = ui.input.value.trim();
      var mine = ++seq;
      if (!query) { show("", 0, []); return; }
      load().then(function (pf) { return pf.search(query); }).then(function (search) {
        if (mine !== seq) return null;
        var results = search ? search.results : [];
        // Fact pages and articles first, help pages after them: read results in score order until
        // SHOWN of the first kind are found (help pages are few, so this reads at most a few more).
        var data = [], help = [], i = 0;
        function next() {
          if (mine !== seq) return null;
          if (i >= results.length || data.length >= SHOWN) {
            show(query, results.length, data.concat(help).slice(0, SHOWN));
            return null;
          }
          var batch = results.slice(i, i + SHOWN - data.length);
          i += batch.length;
          return Promise.all(batch.map(function (r) { return r.data(); })).then(function (ds) {
            ds.forEach(function (d) { (d.meta && d.meta.kind === "help" ? help : data).push(d); });
            return next();
          });
        }
        return next();
      }).catch(function (e) {
        if (mine !== seq) return;
        ui.list.textContent = "";
        ui.meta.textContent = location.protocol === "file:" ?
          "Search needs the site served over http (see the README), not opened as files." : "Search is not available: " + e;
      });
    }
    ui.input.addEventListener("focus", function () { open(); load().catch(function () {}); });
    ui.input.addEventListener("input", function () { open(); clearTimeout(timer); timer = setTimeout(run, 120); });
    ui.form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    ui.form.addEventListener("reset", function () { setTimeout(function () { ui.input.value = ""; run(); ui.input.focus(); }, 0); });
    ui.toggle.addEventListener("change", function () { if (ui.toggle.checked) setTimeout(function () { ui.input.focus(); }, 250); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && ui.toggle.checked) { ui.toggle.checked = false; ui.input.blur(); }
      else if ((e.key === "/" || e.key === "s") && !ui.toggle.checked && !/^(INPUT|TEXTAREA|SELECT)$/.test((document.activeElement || {}).tagName || "")) {
        e.preventDefault(); open(); ui.input.focus();
      } else if (e.key === "Enter" && document.activeElement === ui.input) {
        var first = ui.list.querySelector("a");
        if (first) { e.preventDefault(); location.href = first.href; }
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
