"""Atom feeds of new articles and of new facts, one per topic (funding, each metric), written with feedgen.

Every feed lists its newest :data:`ENTRIES` entries, newest first. An entry's ``updated`` is its
article's date (a fact is new when the article that reports it is), so a build writes the same
bytes for the same records. Entry ids are ``urn:uuid:`` names derived from the article and fact
ids, stable across builds. Links are absolute when mkdocs.yml sets ``site_url``, else relative to
the feed's own address (Atom allows IRI references). Titles and summaries are plain text
(``type="text"``): feedgen escapes them, and nothing from an article becomes markup.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import uuid
from pathlib import Path
from typing import Any, Callable

FOLDER = "feeds"
ENTRIES = 50
NAMESPACE = uuid.UUID("6f1c7c32-5f0e-4c38-9b0b-7d2f2a9c1e41")
"""Namespace of the entries' uuid5 ids (fixed: an entry keeps its id from one build to the next)."""
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def feed_path(topic: str) -> str:
    """Docs-relative path of a topic's feed: ``articles``, ``funding`` or a metric."""
    from .fmt import safe_id

    return f"{FOLDER}/{safe_id(topic, 't')}.xml"


def _when(d: dt.date | None) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc) if d else EPOCH


def _clean(text: str) -> str:
    # XML 1.0 cannot hold most control characters; lxml refuses them. Fold whitespace as the pages do.
    return " ".join("".join(c for c in str(text) if c in "\t\n\r" or ord(c) >= 32 and not 0xD800 <= ord(c) <= 0xDFFF
                            and ord(c) not in (0xFFFE, 0xFFFF)).split())


def _feed(title: str, subtitle: str, path: str, link: Callable[[str, str, str | None], str], entries: list[dict[str, Any]]):
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(f"urn:uuid:{uuid.uuid5(NAMESPACE, 'feed:' + path)}")
    fg.title(_clean(title))
    fg.subtitle(_clean(subtitle))
    fg.link(href=link(path, path, None), rel="self", type="application/atom+xml")
    fg.link(href=link(path, "index.md", None), rel="alternate", type="text/html")
    fg.language("en")
    fg.generator("factsheet")
    newest = max((e["updated"] for e in entries), default=EPOCH)
    fg.updated(newest)
    for e in reversed(entries):  # feedgen puts the last added first
        fe = fg.add_entry()
        fe.id(e["id"])
        fe.title(_clean(e["title"]) or "(untitled)")  # a title of only spaces or controls: Atom needs one
        fe.updated(e["updated"])
        fe.published(e["updated"])
        fe.link(href=e["href"], rel="alternate", type="text/html")
        fe.summary(_clean(e["summary"]), type="text")
        if e.get("author"):
            fe.author(name=_clean(e["author"]))
    return fg


def write_feeds(site: Any, docs_dir: Path, fact_words: Callable[[Any], str], cite_article: Callable[[Any], str],
                site_url: str = "") -> list[Path]:
    """Write the feeds under ``docs_dir/feeds``; return their paths."""
    lab = site.labels

    def link(feed: str, page: str, anchor: str | None) -> str:
        target = page[:-3] + ".html" if page.endswith(".md") else page
        if site_url:
            href = site_url.rstrip("/") + "/" + target
        else:
            href = posixpath.relpath(target, posixpath.dirname(feed))
        return f"{href}#{anchor}" if anchor else href

    out_dir = docs_dir / FOLDER
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(topic: str, title: str, subtitle: str, entries: list[dict[str, Any]]) -> None:
        path = feed_path(topic)
        fg = _feed(title, subtitle, path, link, entries)
        target = docs_dir / path
        fg.atom_file(str(target), pretty=True)
        written.append(target)

    articles = site.articles[:ENTRIES]
    write("articles", "Migration policy fact sheet: new articles", "The newest articles, with the facts each one brought.", [
        {"id": f"urn:uuid:{uuid.uuid5(NAMESPACE, 'article:' + a.id)}", "title": a.title, "updated": _when(a.date),
         "href": link(feed_path("articles"), a.path, None), "author": a.publisher,
         "summary": f"{cite_article(a)}. " + "; ".join(fact_words(f) for f in a.facts[:10])}
        for a in articles])

    def fact_entries(topic: str, facts: list[Any]) -> list[dict[str, Any]]:
        facts = sorted(facts, key=lambda f: (f.article.date, f.article.id, -f.order), reverse=True)[:ENTRIES]
        return [{"id": f"urn:uuid:{uuid.uuid5(NAMESPACE, 'fact:' + f.article.id + '#' + f.id)}", "title": fact_words(f),
                 "updated": _when(f.article.date), "href": link(feed_path(topic), f.article.path, f.anchor),
                 "author": f.article.publisher, "summary": f"“{f.evidence}” Source: {cite_article(f.article)}."}
                for f in facts]

    write("funding", "Migration policy fact sheet: new funding", "Money committed, spent or estimated, newest first.",
          fact_entries("funding", site.facts_of("funding")))
    for metric, facts in site.metrics().items():
        label = lab.metric_label.get(metric, metric)
        write(metric, f"Migration policy fact sheet: {label.lower()}", f"New figures: {label.lower()}, newest first.",
              fact_entries(metric, facts))
    return written
