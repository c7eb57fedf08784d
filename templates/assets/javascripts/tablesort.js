/* Sortable tables for factsheet: click a column header to sort by it.
   Written for this site (no library): cells sort by their data-sort value if
   they have one, else by text; numbers compare as numbers. Rows marked
   data-fs-child (a share under its total) keep to the row above them. Re-run on every
   page Material loads (instant navigation) through document$ when present. */
(function () {
  "use strict";
  function key(cell) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    var num = Number(raw.replace(/[,£€$\s]/g, ""));
    return raw !== "" && !isNaN(num) ? { n: num } : { s: raw.toLowerCase() };
  }
  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
    if (a.n !== undefined) return -1;
    if (b.n !== undefined) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    if (!body) return;
    var desc = th.getAttribute("aria-sort") === "ascending";
    // A row marked data-fs-child (a share under its total) moves with the row above it that is not one.
    var groups = [];
    Array.prototype.forEach.call(body.rows, function (row) {
      if (row.hasAttribute("data-fs-child") && groups.length) groups[groups.length - 1].rows.push(row);
      else groups.push({ rows: [row] });
    });
    var keyed = groups.map(function (g, i) { var head = g.rows[0]; return { rows: g.rows, k: key(head.cells[index] || head.cells[0]), i: i }; });
    keyed.sort(function (x, y) { return (desc ? -1 : 1) * compare(x.k, y.k) || x.i - y.i; });
    keyed.forEach(function (item) { item.rows.forEach(function (row) { body.appendChild(row); }); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
  }
  function setup(root) {
    root.querySelectorAll("[data-fs-sortable] table").forEach(function (table) {
      if (table.dataset.fsSortReady || !table.tHead) return;
      table.dataset.fsSortReady = "1";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
        th.setAttribute("role", "button");
        th.setAttribute("tabindex", "0");
        th.title = "Sort by this column";
        th.addEventListener("click", function () { sortBy(table, index, th); });
        th.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, index, th); }
        });
      });
    });
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { setup(document); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { setup(document); });
  }
})();
