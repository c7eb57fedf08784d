"""Records -> Markdown pages through the Jinja templates in ``templates/``.

One pass: the site model is gathered first (:func:`generator.site.model.collect`),
then every page is planned, then rendered with one Jinja environment whose
templates compile once. A big site's pages render on several processes forked
after planning (they inherit the model, the environment and the plan; see
:func:`render_site`'s ``jobs``), to the same bytes. Text from seeds and YAML is data in the context,
never template source, and is escaped on output (see :mod:`generator.site.fmt`).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from functools import lru_cache
from typing import Any, Collection, Mapping, Sequence

import jinja2
from markupsafe import Markup, escape

from .errors import FactsheetError
from .forking import fork_context, forked_map, ranges
from .models import Article, Record
from .site import accuracy, charts, fmt, meaning
from .site.downloads import CSV_FILES, FOLDER as DOWNLOADS, write_downloads
from .site.feeds import feed_path
from .site.labels import Labels, labels as load_labels
from .site.model import EntityView, FactView, Site, collect
from .site.textmark import article_html

MAX_ROWS = 500
"""No table page holds more rows than this; longer tables split by year, then in parts."""
ITEM_ROWS = 200
"""Rows per section on a per-item page (place, person); the rest are in the downloads and topic pages."""
SUMMARY_CHARS = 160
"""Longest article summary (the part of an article page that search indexes besides the title): 160 keeps search_index.json under 5 MB at 10,000 articles."""
NOUNS = {"funding": ("funding amount", "funding amounts"), "figure": ("figure", "figures"),
         "quote": ("quote", "quotes"), "event": ("event", "events")}
"""How the home page counts facts of each type."""
SHORT_TITLE = 70
"""Longest article title shown in a table cell (the whole title is in the link's tooltip)."""
MARKER = ".factsheet-docs"
"""File that marks a docs folder as written by render_site (and so safe to clear)."""
PARALLEL_MIN_PAGES = 200
"""Fewer planned pages than this render in this process: forking workers would cost more than it saves."""
CHUNKS_PER_JOB = 32
"""Contiguous page ranges per worker, handed out as workers free up. Page costs vary a lot and the
costly ones come first in the plan (topic tables, regions: at 1,000 articles the first sixteenth
of the pages took 36% of the time), so ranges must be small for the cheap ones to even it out."""
ARTICLE_TEMPLATE = "articles/article.md.j2"


@dataclass
class Part:
    """One page of a long table."""

    label: str
    path: str
    rows: list[FactView | Any]


@dataclass
class RenderResult:
    """What :func:`render_site` wrote."""

    pages: list[Path] = field(default_factory=list)
    downloads: list[Path] = field(default_factory=list)
    site: Site | None = None
    changes: Any = None
    """What this render's records changed since the last build (:class:`generator.changes.ChangeSet`)."""
    snapshot: dict[str, Any] | None = None
    """What the next build compares with, once this one is published (:func:`generator.changes.save`)."""


# -- the Jinja environment ----------------------------------------------------------

def html_path(md_path: str) -> str:
    """Return the built page of a docs-relative Markdown path (use_directory_urls is off)."""
    return md_path[:-3] + ".html" if md_path.endswith(".md") else md_path


@lru_cache(maxsize=65536)
def _rel_dir(from_dir: str, to_dir: str) -> str:
    return posixpath.relpath(to_dir or ".", from_dir or ".")


def relative_url(from_md: str, to: str, anchor: str | None = None) -> str:
    """Return the link from page ``from_md`` to page or file ``to`` (docs-relative paths)."""
    target = html_path(to)
    to_dir, _, name = target.rpartition("/")
    from_dir = from_md.rpartition("/")[0]
    rel = name if to_dir == from_dir else f"{_rel_dir(from_dir, to_dir)}/{name}"
    return f"{rel}#{anchor}" if anchor else rel


def _url(to: str, anchor: str | None = None) -> Markup:
    # The page being rendered is an environment global (set per page) so that the
    # shared macros can be imported once, without the page's context.
    return Markup(escape(relative_url(_current["page"], to, anchor)))


_current: dict[str, str] = {"page": "index.md"}


def environment(templates_dir: Path, lab: Labels) -> jinja2.Environment:
    """Return the one environment all pages render with."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        finalize=fmt.finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=-1,
    )

    def money(f_or_amount: Any, currency: str | None = None) -> str:
        if isinstance(f_or_amount, FactView):
            f = f_or_amount
            return fmt.money(f.amount, f.currency, lab.currency_symbol) if f.amount is not None else ""
        return fmt.money(f_or_amount, currency, lab.currency_symbol)

    def value(f: FactView) -> str:
        return fmt.number(f.value) if f.value is not None else ""

    def qual(q: str) -> str:
        return lab.qualifier.get(q, q.replace("_", " "))

    period = period_text

    def span(f: FactView) -> str:
        # A figure's span in words; for funding, when it was committed or spent (and the years it covers).
        # With no period, the article's date, said to be so.
        words = meaning.fact_span_words(f) or f"{meaning.span_words(f.article.date, f.article.date)} (article date)"
        if f.type == "funding" and (f.covers_start or f.covers_end):
            words = f"{words}; covers {meaning.span_words(f.covers_start, f.covers_end)}"
        return words

    def summary(a: Any) -> str:
        # What search finds an article by, besides its title: kept short, as the index must stay small.
        bits: list[str] = []
        purposes = list(dict.fromkeys(f.purpose for f in a.facts_of("funding") if f.purpose))
        if purposes:
            bits.append("Funding: " + "; ".join(purposes))
        metrics = list(dict.fromkeys(lab.metric_label.get(f.metric, f.metric) for f in a.facts_of("figure")))
        if metrics:
            bits.append("Figures: " + ", ".join(metrics).lower())
        speakers = list(dict.fromkeys(f.speaker.name for f in a.facts_of("quote") if f.speaker))
        if speakers:
            bits.append("Quotes: " + ", ".join(speakers))
        text = ". ".join(bits)
        return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"

    def alt(f: FactView) -> Markup:
        # The other ways people write the number, for search only (hidden): '£10m' is found by '£10 million'.
        if f.type == "funding" and f.amount is not None:
            forms = fmt.written_forms(f.amount, lab.currency_symbol.get(f.currency, ""))
        elif f.type == "figure" and f.value is not None:
            forms = fmt.written_forms(f.value)
        else:
            return Markup("")
        if not forms:
            return Markup("")
        return Markup('<span class="fs-alt" hidden> ') + fmt.escape_text(" ".join(forms)) + Markup(" </span>")

    def extracted_words(f: FactView) -> str:
        # What the extractor read, for a corrected fact: "extracted 34,401".
        if f.extracted is None:
            return "the extracted value is recorded at the next build"
        bits = []
        for k, v in f.extracted.items():
            if k == "amount" and v is not None:
                shown = fmt.money(v, str(f.extracted.get("currency") or f.currency), lab.currency_symbol)
            elif k == "value" and v is not None:
                shown = fmt.number(v)
            else:
                shown = field_words(v)
            bits.append(f"extracted {shown}" if k in ("amount", "value") else f"extracted {k.replace('_', ' ')}: {shown}")
        return "; ".join(bits) if bits else "the extractor now reads the same"

    def fact_words(f: FactView) -> str:
        # A fact in a few words, to open its citation.
        if f.type == "funding":
            text = money(f) + (f" — {f.purpose}" if f.purpose else "")
        elif f.type == "figure":
            text = f"{value(f)} {lab.metric_label.get(f.metric, f.metric).lower()}, {span(f)}"
        elif f.type == "quote":
            words = " ".join((f.text or f.evidence).split())
            text = f"{f.speaker.name + ': ' if f.speaker else ''}“{words[:160].rsplit(' ', 1)[0] + ' …' if len(words) > 160 else words}”"
        else:
            text = f"{f.what or f.evidence}, {fmt.date(f.date or f.article.date)}"
        return " ".join(text.split())

    def cite_article(a: Any) -> str:
        # Publisher, “Headline”, date, address: the article as a reader cites it.
        bits = [a.publisher] if a.publisher else []
        if a.author:
            bits.insert(0, a.author)
        bits.append(f"“{a.headline or a.title}”")
        bits.append(fmt.long_date(a.date))
        if a.safe_url:
            bits.append(a.safe_url)
        return ", ".join(" ".join(b.split()) for b in bits)

    def short(text: str, limit: int = SHORT_TITLE) -> str:
        # Article titles are often a whole first sentence; table cells show their start.
        text = " ".join(str(text).split())
        if len(text) <= limit:
            return text
        cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-— ")
        return cut + " …"

    def fact_counts(a: Any) -> str:
        # "1 quote", "10 funding amounts": what an article added, in words.
        out = []
        for t, label in lab.fact_type.items():
            n = len(a.facts_of(t))
            if n:
                one, many = NOUNS.get(t, (label.lower(), label.lower()))
                out.append(f"{fmt.number(n)} {one if n == 1 else many}")
        return ", ".join(out)

    env.filters.update(alt=alt, extracted_words=extracted_words, fact_words=fact_words, cite_article=cite_article,
                       long_date=fmt.long_date, html_block=fmt.html_block, fact_counts=fact_counts, short=short, summary=summary, number=fmt.number, money=money, value=value, date=fmt.date, qual=qual,
                       period=period, span=span, kind_words=meaning.kind_words, in_totals=meaning.in_totals_words,
                       why_listed=meaning.why_listed, funding_totals=meaning.totals, funding_rows=meaning.funding_rows,
                       yaml=fmt.yaml_string, jsonld=fmt.json_script)
    env.globals.update(here=lambda: _current["page"], feed_path=feed_path, country_name=country_name, metric_path=lambda m: f"figures/{fmt.safe_id(m, 'm')}.md", url=_url, L=lab, downloads=DOWNLOADS, csv_files=CSV_FILES, max_rows=MAX_ROWS, item_rows=ITEM_ROWS)
    return env


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from . import datafiles

    try:
        doc = datafiles.load("countries.yaml")
        return {str(c["code"]): str(c["name"]) for c in doc.get("countries", []) if isinstance(c, dict) and "code" in c and "name" in c}
    except Exception:  # noqa: BLE001 - a missing gazetteer only costs the names of unnamed members
        return {}


def field_words(v: Any) -> str:
    """Return a record value in words: a period as its dates, a list joined, nothing as 'none'."""
    if v is None or v == "" or v == []:
        return "none"
    if isinstance(v, Mapping):
        return " – ".join(fmt.date(x) for x in (v.get("start"), v.get("end")) if x) or "none"
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v)
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
        return fmt.number(v)
    return fmt.date(v) if isinstance(v, (dt.date, dt.datetime)) else str(v)


def country_name(code: str) -> str:
    """Return a country's name by its ISO code (for a region member no article names), else the code."""
    return _country_names().get(code, code)


# -- planning -------------------------------------------------------------------------

def split_parts(rows: Sequence[FactView | Any], folder: str, year_of=lambda r: r.year) -> list[Part]:
    """Return ``rows`` (newest first) as pages of at most MAX_ROWS: by year, then numbered."""
    by_year: dict[int, list] = defaultdict(list)
    for r in rows:
        by_year[year_of(r)].append(r)
    parts: list[Part] = []
    for year in sorted(by_year, reverse=True):
        chunk = by_year[year]
        for i in range(0, len(chunk), MAX_ROWS):
            n = i // MAX_ROWS + 1
            label = str(year) if len(chunk) <= MAX_ROWS else f"{year} (part {n})"
            name = str(year) if n == 1 else f"{year}-{n}"
            parts.append(Part(label, f"{folder}/{name}.md", chunk[i:i + MAX_ROWS]))
    return parts


def chunks(rows: Sequence[Any], folder: str) -> list[Part]:
    """Return ``rows`` in numbered pages of at most MAX_ROWS."""
    return [Part(f"{i // MAX_ROWS + 1}", f"{folder}/{i // MAX_ROWS + 1}.md", list(rows[i:i + MAX_ROWS]))
            for i in range(0, len(rows), MAX_ROWS)]


def split_groups(groups: Sequence[list[meaning.Row]], folder: str) -> list[Part]:
    """Return funding row groups (a row with the shares under it) as pages by the year of their first row.

    A group is not cut unless it alone is longer than a page; no page holds more than MAX_ROWS rows.
    """
    by_year: dict[int, list[list[meaning.Row]]] = defaultdict(list)
    for g in groups:
        for i in range(0, len(g), MAX_ROWS):
            by_year[g[0].fact.year].append(g[i:i + MAX_ROWS])
    parts: list[Part] = []
    for year in sorted(by_year, reverse=True):
        pages: list[list[meaning.Row]] = [[]]
        for g in by_year[year]:
            if pages[-1] and len(pages[-1]) + len(g) > MAX_ROWS:
                pages.append([])
            pages[-1].extend(g)
        for n, rows in enumerate(pages, 1):
            label = str(year) if len(pages) == 1 else f"{year} (part {n})"
            name = str(year) if n == 1 else f"{year}-{n}"
            parts.append(Part(label, f"{folder}/{name}.md", rows))
    return parts


def headline_figures(site: Site) -> list[FactView]:
    """The latest whole count for a year or a year to date of each metric (none for 'other', never headlined)."""
    out = []
    for metric, facts in site.metrics().items():
        if metric == "other":
            continue
        f = meaning.latest(facts)
        if f is not None:
            out.append(f)
    return out


def _funding_context(site: Site, lab: Labels, page: str) -> dict[str, Any]:
    funding = site.facts_of("funding")
    groups = meaning.group_rows(meaning.funding_rows(funding))
    tables: dict[str, list[meaning.Row]] = {c: [] for c in meaning.CATEGORIES}
    for g in groups:
        tables[meaning.category(g[0].fact)].extend(g)
    totals = meaning.totals(funding)
    per_place = []
    for e in site.entities_of("place"):
        rolled = e.rolled_up("funding")
        if rolled:
            per_place.append((e, meaning.totals(rolled), len(rolled)))
    per_place.sort(key=lambda t: (-t[2], t[0].name))
    added_per_currency: dict[str, int] = defaultdict(int)
    for t in totals:
        added_per_currency[t.currency] += len(t.added)
    chart_list = []
    for cur in sorted((c for c, n in added_per_currency.items() if n), key=lambda c: (-added_per_currency[c], c))[:3]:
        bars = [charts.Bar(str(t.year), float(t.amount), fmt.money(t.amount, cur, lab.currency_symbol))
                for t in sorted(totals, key=lambda t: t.year or 0) if t.currency == cur and t.added]
        chart_list.append(charts.bar_chart(bars, f"Commitments added up per year, {cur}"))
    return {"funding": funding, "groups": groups, "tables": tables, "per_place": per_place[:MAX_ROWS],
            "charts": chart_list, "totals": totals}


def period_text(f: FactView) -> str:
    s, e = fmt.date(f.period_start), fmt.date(f.period_end)
    return f"{s} – {e}" if s and e else (f"to {e}" if e else (f"from {s}" if s else ""))


def _metric_chart(facts: list[FactView], lab: Labels, page: str, metric: str) -> Markup:
    """The chart of a metric: its whole counts of a whole year and of a year to date (two series), nothing else."""
    pts = []
    for f in facts:
        series = meaning.series_of(f)
        if series is None or f.period_end is None:
            continue
        words = meaning.fact_span_words(f)
        pts.append(charts.Point(
            year=f.period_end.year, value=float(f.value), series="year" if series is meaning.Span.YEAR else "ytd",
            end=f.period_end, fact=f.anchor, href=relative_url(page, f.article.path, f.anchor), disputed=f.conflict,
            title=f"{fmt.number(f.value)} in {words} — {f.article.date.isoformat()}: {f.article.title}"))
    return charts.year_chart(pts, f"{lab.metric_label.get(metric, metric)}: whole counts per year and year to date", fmt.number)


def plan(site: Site, lab: Labels, templates_dir: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """Return (docs path, template, context) for every page."""
    pages: list[tuple[str, str, dict[str, Any]]] = []
    add = lambda path, tpl, **ctx: pages.append((path, tpl, ctx))  # noqa: E731

    # Pages under templates/pages/ render with the shared context only.
    for tpl in sorted((templates_dir / "pages").glob("*.md.j2")):
        add(tpl.name[:-3], f"pages/{tpl.name}", headline=headline_figures(site), totals=meaning.totals(site.facts_of("funding")),
            accuracy=accuracy.load(), dataset=dataset_jsonld(site, lab))

    # Funding
    fctx = _funding_context(site, lab, "funding/index.md")
    parts = split_groups(fctx["groups"], "funding") if len(fctx["funding"]) > MAX_ROWS else []
    add("funding/index.md", "funding/index.md.j2", parts=parts, **fctx)
    for p in parts:
        add(p.path, "funding/part.md.j2", part=p, parts=parts)

    # Figures
    metrics = site.metrics()
    add("figures/index.md", "figures/index.md.j2", metrics=metrics, latest=headline_figures(site))
    for metric, facts in metrics.items():
        path = f"figures/{fmt.safe_id(metric, 'm')}.md"
        mparts = split_parts(facts, path[:-3]) if len(facts) > MAX_ROWS else []
        conflicts = [c for c in site.conflicts if c.metric == metric]
        revisions = [r for r in site.revisions if r.metric == metric]
        charted = [f for f in facts if meaning.series_of(f) is not None]
        listed = [f for f in facts if meaning.series_of(f) is None]
        add(path, "figures/metric.md.j2", metric=metric, facts=facts, parts=mparts, conflicts=conflicts, revisions=revisions,
            charted=charted, listed=listed, chart=_metric_chart(facts, lab, path, metric))
        for p in mparts:
            add(p.path, "figures/part.md.j2", metric=metric, part=p, parts=mparts, metric_page=path)

    # Places
    places = site.entities_of("place")
    groups: dict[str, list[EntityView]] = defaultdict(list)
    for e in places:
        groups[e.kind if e.kind in lab.place_kind else "other"].append(e)
    kinds = [k for k in [*lab.place_kind, "other"] if groups.get(k)]
    place_parts = {k: chunks(groups[k], f"regions/all/{k}") if len(groups[k]) > MAX_ROWS else [] for k in kinds}
    add("regions/index.md", "regions/index.md.j2", groups=groups, kinds=kinds, parts=place_parts)
    for k, ps in place_parts.items():
        for p in ps:
            add(p.path, "regions/part.md.j2", kind=k, part=p, parts=ps)
    for e in places:
        add(e.path, "regions/place.md.j2", e=e, chart=None)

    # People and organisations
    agents = site.entities_of("person", "organisation")
    agent_parts = chunks(agents, "people/all") if len(agents) > MAX_ROWS else []
    add("people/index.md", "people/index.md.j2", agents=agents, parts=agent_parts)
    for p in agent_parts:
        add(p.path, "people/part.md.j2", part=p, parts=agent_parts)
    for e in agents:
        add(e.path, "people/entity.md.j2", e=e)

    # Quotes
    quotes = site.facts_of("quote")
    qparts = split_parts(quotes, "quotes") if len(quotes) > MAX_ROWS else []
    add("quotes/index.md", "quotes/index.md.j2", quotes=quotes, parts=qparts)
    for p in qparts:
        add(p.path, "quotes/part.md.j2", part=p, parts=qparts)

    # Articles
    aparts = split_parts(site.articles, "articles/by-year", year_of=lambda a: a.date.year) if len(site.articles) > MAX_ROWS else []
    add("articles/index.md", "articles/index.md.j2", parts=aparts)
    for p in aparts:
        add(p.path, "articles/part.md.j2", part=p, parts=aparts)
    for a in site.articles:
        add(a.path, "articles/article.md.j2", a=a)
    return pages


@dataclass
class CorrectionRow:
    """One hand change on the Corrections page."""

    fact: FactView
    when: Any = None
    """:class:`generator.corrections.When`, or None when git cannot tell."""

    @property
    def order(self) -> tuple:
        w = self.when
        uncommitted = w is not None and not w.committed
        day = w.date if w is not None and w.date is not None else dt.date.min
        return (uncommitted, day, self.fact.article.date, self.fact.article.id, -self.fact.order)


def corrections_rows(site: Site, hand_dates: Mapping[str, Any]) -> list[CorrectionRow]:
    """Every hand change, newest first: not committed yet, then by commit date, then by article date."""
    rows = [CorrectionRow(f, hand_dates.get(f"{f.article.id}#{f.id}")) for f in site.hand_changes()]
    return sorted(rows, key=lambda r: r.order, reverse=True)


def dataset_jsonld(site: Site, lab: Labels) -> dict[str, Any]:
    """Return the schema.org Dataset description of the downloads (for the home page)."""
    dates = [a.date for a in site.articles]
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": "Migration policy fact sheet",
        "description": ("Funding, figures, quotes and events extracted from news articles about migration policy, "
                        "each with the sentence it came from."),
        "keywords": ["migration", "asylum", "small boats", "funding", "border policy"],
        "variableMeasured": list(lab.metric_label.values()),
        "distribution": [{"@type": "DataDownload", "encodingFormat": "application/json",
                          "contentUrl": f"{DOWNLOADS}/facts.json"}]
        + [{"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": f"{DOWNLOADS}/{name}"}
           for name in CSV_FILES.values()],
    }
    if dates:
        doc["temporalCoverage"] = f"{min(dates).isoformat()}/{max(dates).isoformat()}"
        doc["dateModified"] = max(dates).isoformat()
    return doc


# -- writing --------------------------------------------------------------------------

def _prepare(docs_dir: Path) -> None:
    """Empty ``docs_dir`` if render_site wrote it before; refuse to clear anything else."""
    if docs_dir.exists():
        if not docs_dir.is_dir():
            raise FactsheetError("docs folder is a file", docs_dir)
        if any(docs_dir.iterdir()):
            if not (docs_dir / MARKER).exists():
                raise FactsheetError(f"refusing to clear a docs folder that render_site did not write (no {MARKER})", docs_dir)
            for child in docs_dir.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
    docs_dir.mkdir(parents=True, exist_ok=True)
    (docs_dir / MARKER).write_text("Written by factsheet's render_site; the folder is emptied on every build.\n", encoding="utf-8")


def _article_parts(a) -> tuple[Markup | None, list[FactView]]:
    if a.source is None:
        return None, list(a.facts)
    return article_html(a.source, a.facts)


@dataclass
class _Job:
    """Everything a page render reads; set before the pool forks, so workers inherit it instead of unpickling it."""

    env: jinja2.Environment
    docs_dir: Path
    root: Path
    """``docs_dir`` resolved, computed once: every written page must stay inside it."""
    pages: list[tuple[str, str, dict[str, Any]]]
    templates: dict[str, jinja2.Template] = field(default_factory=dict)


_job: _Job | None = None
"""The render in progress (module-level so that forked workers find it; each process has its own copy)."""


def _render_page(job: _Job, i: int) -> Path:
    """Render planned page ``i`` of ``job`` and write it; return the file written."""
    path, tpl_name, ctx = job.pages[i]
    tpl = job.templates.get(tpl_name) or job.templates.setdefault(tpl_name, job.env.get_template(tpl_name))
    if tpl_name == ARTICLE_TEMPLATE:
        # Evidence is located here, with the page that shows it (so in the worker that renders it):
        # no other page reads the result.
        ctx["text"], ctx["unlocated"] = _article_parts(ctx["a"])
    out = job.docs_dir / path
    # Paths come from safe_id() slugs; this keeps a future mistake from writing outside docs_dir.
    if not out.resolve().is_relative_to(job.root):
        raise FactsheetError(f"page path escapes the docs folder: {path}", job.docs_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    _current["page"] = path
    out.write_text(tpl.render(page=path, **ctx), encoding="utf-8")
    return out


def _render_range(bounds: tuple[int, int]) -> int | None:
    """Worker: render pages ``start <= i < stop`` of the inherited job; return the first that failed, if any.

    Only the index travels back: the parent renders that page again itself, so the error it
    reports is the very exception (type, message, path and line) a serial render raises,
    without depending on how an exception survives pickling.
    """
    assert _job is not None, "the render job is set before the pool forks"
    for i in range(*bounds):
        try:
            _render_page(_job, i)
        except Exception:  # noqa: BLE001 - reported by index, raised again in the parent
            return i
    return None


def _render_pages(job: _Job, jobs: int, meanwhile) -> None:
    """Render every planned page, on ``jobs`` processes when there are enough pages; call ``meanwhile()`` while they run.

    Pages are written by the workers; a failing page raises here exactly as in a serial render.
    """
    global _job
    fork = fork_context()
    if jobs <= 1 or fork is None or len(job.pages) < PARALLEL_MIN_PAGES:
        for i in range(len(job.pages)):
            _render_page(job, i)
        meanwhile()
        return
    # Compile every template once here, so that workers inherit them compiled. A template that
    # does not compile is left to fail where the serial loop would meet it.
    for name in job.env.list_templates(filter_func=lambda n: n.endswith(".j2")):
        try:
            tpl = job.env.get_template(name)
        except Exception:  # noqa: BLE001 - raised again by the page that uses it
            continue
        job.templates[name] = tpl
    _job = job
    try:
        found = forked_map(_render_range, ranges(len(job.pages), jobs * CHUNKS_PER_JOB), jobs, meanwhile)
    finally:
        _job = None
    failed = [i for i in found if i is not None]
    if failed:
        first = min(failed)
        _render_page(job, first)  # raises what the serial loop would have raised at this page
        raise FactsheetError(f"page {job.pages[first][0]} failed to render in a worker process, but not when rendered again",
                             job.docs_dir)


def render_site(
    records: Sequence[Record],
    articles: Mapping[str, Article],
    templates_dir: Path,
    docs_dir: Path,
    *,
    new_article_ids: Collection[str] | None = None,
    jobs: int = 1,
    previous: Mapping[str, Any] | None = None,
    hand_dates: Mapping[str, Any] | None = None,
    site_url: str = "",
) -> RenderResult:
    """Write the site's Markdown pages, assets and downloads into ``docs_dir``.

    Arguments:
        records: the fact records (``records.load_records``).
        articles: seed articles by article id; a missing one is fine (its
            page then shows the facts without the text).
        templates_dir: the project's ``templates/`` folder.
        docs_dir: mkdocs.yml's ``docs_dir``; emptied first if an earlier
            render wrote it, refused if it holds anything else.
        new_article_ids: the articles this build added (home page "latest
            additions"); by default the last five records by seed name.
        jobs: processes that render pages (forked after planning; the pages
            are the same bytes with any number). The downloads and feeds are
            written meanwhile.
        previous: the last build's snapshot (:func:`generator.changes.load`), for
            the What changed page; None: this is the first build.
        hand_dates: when each hand change was made, by ``article#fact``
            (:func:`generator.corrections.dates`), for the Corrections page.
        site_url: mkdocs.yml's ``site_url``: the feeds' links are absolute with it.

    Returns:
        The pages and downloads written, and the site model.
    """
    templates_dir, docs_dir = Path(templates_dir), Path(docs_dir)
    lab = load_labels()
    site = collect(records, articles, lab, new_article_ids)
    env = environment(templates_dir, lab)
    env.globals["site"] = site
    env.globals["today"] = dt.date.today()
    _prepare(docs_dir)
    assets = templates_dir / "assets"
    if assets.is_dir():
        shutil.copytree(assets, docs_dir / "assets")
    result = RenderResult(site=site)
    from . import changes as changelog
    from .site.feeds import write_feeds

    result.changes = changelog.compare(dict(previous) if previous is not None else None, site, env.filters["fact_words"],
                                       env.globals["today"])
    shown = changelog.history(dict(previous) if previous is not None else None, result.changes)
    result.snapshot = changelog.snapshot(site, shown)
    pages = plan(site, lab, templates_dir)
    pages.append(("changes.md", "changes/whatchanged.md.j2", {"history": shown, "current": result.changes}))
    pages.append(("corrections.md", "changes/corrections.md.j2", {"rows": corrections_rows(site, hand_dates or {})}))
    job = _Job(env, docs_dir, docs_dir.resolve(), pages)

    def downloads() -> None:
        result.downloads = write_downloads(site, docs_dir)
        result.downloads += write_feeds(site, docs_dir, env.filters["fact_words"], env.filters["cite_article"], site_url)

    _render_pages(job, jobs, downloads)
    result.pages = [docs_dir / path for path, _, _ in job.pages]
    if not (docs_dir / "editing.md").exists():
        (docs_dir / "editing.md").write_text(
            "# Editing facts\n\nThe editing guide (`templates/pages/editing.md.j2`) has not been written yet.\n", encoding="utf-8")
        result.pages.append(docs_dir / "editing.md")
    return result
