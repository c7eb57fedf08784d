"""What changed since the last build: new articles, new facts, corrections, rejections, new discrepancies.

``factsheet build`` keeps a snapshot of what it published in ``.factsheet/last-build.json``: the
articles, each visible fact's state and content digest, the rejected facts and the discrepancies,
and the last :data:`HISTORY` change sets. The next build compares its records with it
(:func:`compare`), renders the "What changed" page from the change sets (newest first), prints the
same summary and writes the new snapshot once the site is built (:func:`save`). The snapshot holds
no time of day, so a build that changes nothing writes the same bytes (and a render with unchanged
inputs can be skipped). In CI the file is carried from one run to the next by the workflow's cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

SNAPSHOT_NAME = "last-build.json"
"""In the project's ``.factsheet/`` folder (not a cache: deleting it makes the next build a first build)."""
FORMAT = "factsheet-last-build-1"
HISTORY = 20
"""Change sets kept (the page shows them newest first)."""
LISTED = 500
"""Most items of one kind listed for one build (the rest are counted)."""


def snapshot_path(project: Path) -> Path:
    from .fsutil import LOCK_DIR

    return Path(project) / LOCK_DIR / SNAPSHOT_NAME


def load(project: Path) -> dict[str, Any] | None:
    """Return the last build's snapshot, or None (no build yet, or an unreadable file: then this is a first build)."""
    try:
        doc = json.loads(snapshot_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not all(
            isinstance(doc.get(k), dict) for k in ("articles", "facts")):
        return None
    return doc


def save(project: Path, snap: dict[str, Any]) -> None:
    """Write the snapshot of the build just published (whole: written beside it and renamed)."""
    path = snapshot_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def fact_key(f: Any) -> str:
    return f"{f.article.id}#{f.id}"


def _digest(fact: Any) -> str:
    """Return a digest of what a fact says as its record holds it (a person's edit changes it; a review does not)."""
    from .records import ITEM_OWN_KEYS, _canon

    content = {k: v for k, v in fact.to_dict().items() if k not in ITEM_OWN_KEYS}
    return hashlib.sha1(_canon(content).encode("utf-8")).hexdigest()[:10]


def conflict_key(c: Any) -> str:
    return "|".join([c.metric, ",".join(c.places), c.period[0].isoformat(), c.period[1].isoformat(),
                     ",".join(sorted(fact_key(f) for f in c.facts))])


@dataclass
class Item:
    """One line of a change set: words, and the page (docs-relative, with an anchor) it links to."""

    text: str
    path: str = ""
    anchor: str = ""
    note: str = ""

    def to_json(self) -> list[str]:
        return [self.text, self.path, self.anchor, self.note]

    @classmethod
    def from_json(cls, v: Any) -> Item:
        v = list(v) + ["", "", "", ""] if isinstance(v, list) else [str(v), "", "", ""]
        return cls(*(str(x) for x in v[:4]))


KINDS = ("new_articles", "new_facts", "corrected", "rejected", "discrepancies")
LABELS = {"new_articles": ("new article", "new articles"), "new_facts": ("new fact", "new facts"),
          "corrected": ("corrected", "corrected"), "rejected": ("rejected", "rejected"),
          "discrepancies": ("discrepancy appeared", "discrepancies appeared")}


@dataclass
class ChangeSet:
    """What one build changed."""

    date: str
    first: bool = False
    """No earlier build to compare with: nothing is listed, only counted."""
    counts: dict[str, int] = field(default_factory=dict)
    items: dict[str, list[Item]] = field(default_factory=dict)
    totals: tuple[int, int] = (0, 0)
    """Articles and facts on the site after this build."""

    @property
    def empty(self) -> bool:
        return not self.first and not any(self.counts.get(k) for k in KINDS)

    def count_words(self) -> str:
        bits = []
        for k in KINDS:
            n = self.counts.get(k, 0)
            one, many = LABELS[k]
            bits.append(f"{n:,} {one if n == 1 else many}")
        return ", ".join(bits)

    def summary(self) -> str:
        if self.first:
            return (f"what changed: first build recorded ({self.totals[0]:,} articles, {self.totals[1]:,} facts); "
                    "the next build lists what it adds")
        return "what changed since the last build: " + (self.count_words() if not self.empty else "nothing")

    def lines(self, limit: int = 10) -> list[str]:
        """The summary's items, a few of each kind, for the terminal."""
        out = []
        for k in KINDS:
            items = self.items.get(k, [])
            for it in items[:limit]:
                out.append(f"  {LABELS[k][0]}: {it.text}{f' ({it.note})' if it.note else ''}")
            if self.counts.get(k, 0) > min(limit, len(items)):
                out.append(f"  … and {self.counts[k] - min(limit, len(items)):,} more {LABELS[k][1]}")
        return out

    def markdown(self) -> str:
        """The summary in Markdown (for a CI job summary): text from the records is made inert."""
        from .site.fmt import escape_raw

        out = ["## What changed", "", escape_raw(self.summary()[0].upper() + self.summary()[1:]) + ".", ""]
        for line in self.lines(limit=20):
            out.append("- " + escape_raw(line.strip()))
        return "\n".join(out) + "\n"

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "first": self.first, "counts": self.counts, "totals": list(self.totals),
                "items": {k: [i.to_json() for i in v] for k, v in self.items.items()}}

    @classmethod
    def from_json(cls, d: Any) -> ChangeSet | None:
        if not isinstance(d, dict) or not isinstance(d.get("date"), str):
            return None
        counts = {str(k): int(v) for k, v in (d.get("counts") or {}).items() if isinstance(v, int)}
        items = {str(k): [Item.from_json(i) for i in v] for k, v in (d.get("items") or {}).items() if isinstance(v, list)}
        totals = d.get("totals") if isinstance(d.get("totals"), list) and len(d["totals"]) == 2 else [0, 0]
        return cls(d["date"], bool(d.get("first")), counts, items, (int(totals[0]), int(totals[1])))


def snapshot(site: Any, history: list[ChangeSet]) -> dict[str, Any]:
    """Return what a build published, for the next build to compare with."""
    return {
        "format": FORMAT,
        "articles": {a.id: a.title for a in site.articles},
        "facts": {fact_key(f): [f.state, _digest(f.fact)] for f in site.facts},
        "rejected": sorted(fact_key(f) for f in site.rejected),
        "conflicts": sorted(conflict_key(c) for c in site.conflicts),
        "history": [c.to_json() for c in history[:HISTORY]],
    }


def compare(previous: dict[str, Any] | None, site: Any, words: Callable[[Any], str], today: dt.date) -> ChangeSet:
    """Return what ``site`` (the records of this build) changed since the build of ``previous``.

    ``words``: a fact in a few words (the render's ``fact_words``).
    """
    cs = ChangeSet(today.isoformat(), totals=(len(site.articles), len(site.facts)))
    if previous is None:
        cs.first = True
        return cs
    old_articles = previous.get("articles") or {}
    old_facts = previous.get("facts") or {}
    old_rejected = set(previous.get("rejected") or [])
    old_conflicts = set(previous.get("conflicts") or [])

    def add(kind: str, item: Item) -> None:
        cs.counts[kind] = cs.counts.get(kind, 0) + 1
        bucket = cs.items.setdefault(kind, [])
        if len(bucket) < LISTED:
            bucket.append(item)

    new_ids = set()
    for a in site.articles:  # newest first
        if a.id not in old_articles:
            new_ids.add(a.id)
            add("new_articles", Item(a.title, a.path, "", a.date.isoformat()))
    for f in site.facts:
        key = fact_key(f)
        old = old_facts.get(key)
        if old is None:
            if key not in old_rejected:
                add("new_facts", Item(words(f), f.article.path, f.anchor, "" if f.article.id in new_ids else f.article.title))
            continue
        if f.state == "corrected" and (old[0] != "corrected" or old[1] != _digest(f.fact)):
            add("corrected", Item(words(f), f.article.path, f.anchor, _was(f)))
    for f in site.rejected:
        if fact_key(f) not in old_rejected and (fact_key(f) in old_facts or f.article.id in old_articles):
            add("rejected", Item(_rejected_words(f, site.labels), f.article.path, "", f.article.title))
    for c in site.conflicts:
        if conflict_key(c) not in old_conflicts:
            first = c.facts[0]
            values = " vs ".join(_value(f) for f in c.facts)
            add("discrepancies", Item(f"{first.metric.replace('_', ' ')}: {values}", first.article.path, first.anchor,
                                      f"{c.period[0].isoformat()} – {c.period[1].isoformat()}"))
    return cs


def _rejected_words(f: Any, labels: Any) -> str:
    """A rejected fact by its kind and number only: its words are on no page (as on the Corrections page)."""
    from .site.fmt import money

    if f.type == "funding" and f.amount is not None:
        return f"funding {money(f.amount, f.currency, labels.currency_symbol)}"
    if f.type == "figure" and f.value is not None:
        return f"figure {_value(f)}"
    return f.type


def _value(f: Any) -> str:
    from .site.fmt import number

    return number(f.value) if f.value is not None else ""


def _was(f: Any) -> str:
    if f.extracted:
        from .render import field_words

        return "; ".join(f"extracted {k.replace('_', ' ')}: {field_words(v)}" for k, v in f.extracted.items())
    return ""


def history(previous: dict[str, Any] | None, current: ChangeSet) -> list[ChangeSet]:
    """Return the change sets to keep and show, newest first: this build's (when it changed anything) and the earlier ones."""
    earlier = [c for c in (ChangeSet.from_json(d) for d in (previous or {}).get("history") or []) if c is not None]
    return ([current] if not current.empty else []) + earlier[: HISTORY - 1]
