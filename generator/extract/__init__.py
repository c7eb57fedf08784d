"""Article -> Record: run every finder over the article's sentences.

Each finder is a module of its own (entities, money, figures, quotes) with
one entry point; this module only orders them, gives facts stable ids and
packs the result.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from .. import text
from ..models import Article, Fact, Record
from . import entities, figures, funding_meaning, money, quotes

EXTRACTOR_VERSION = "0.1.0"
"""The extractor's release; :func:`extractor_version` adds a digest of its code and data."""


@cache
def extractor_version() -> str:
    """Return the release plus a digest of every file that shapes extraction output.

    A seed is re-extracted when this differs from the one in its record, so a
    change to a rule, a gazetteer or the code is picked up without anyone
    remembering to bump a number.
    """
    pkg = resources.files("generator")
    parts = [pkg / "ingest.py", pkg / "text.py", pkg / "models.py"]
    parts += sorted((p for p in (pkg / "extract").iterdir() if p.name.endswith(".py")), key=lambda p: p.name)
    parts += sorted((p for p in (pkg / "data").iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    h = hashlib.sha256()
    for p in parts:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return f"{EXTRACTOR_VERSION}+{h.hexdigest()[:10]}"


def fact_key(fact: Fact) -> str:
    """Return what identifies a fact within its evidence sentence."""
    if fact.type == "funding":
        return f"{fact.amount}|{fact.currency}"
    if fact.type == "figure":
        return f"{fact.value}|{fact.metric}"
    if fact.type == "quote":
        return (fact.text or "")[:60]
    return fact.what or ""


def assign_ids(facts: list[Fact]) -> None:
    """Give each fact an id derived from its type, evidence and key (stable across runs)."""
    seen: dict[str, int] = {}
    for fact in facts:
        digest = hashlib.sha1(f"{fact.type}\x1f{fact.evidence}\x1f{fact_key(fact)}".encode()).hexdigest()[:6]
        base = f"f-{digest}"
        n = seen.get(base, 0)
        seen[base] = n + 1
        fact.id = base if n == 0 else f"{base}-{n + 1}"


def extract(article: Article) -> Record:
    """Return the record of everything extraction finds in one article."""
    sents = text.sentences(article)
    index = entities.find_entities(article, sents)
    facts: list[Fact] = []
    facts += money.find_funding(article, sents, index)
    facts += figures.find_figures(article, sents, index)
    facts += quotes.find_quotes(article, sents, index)
    assign_ids(facts)
    funding_meaning.link(facts, sents)  # part_of / same_as name other facts by id
    return Record(article=article, entities=index.entities_used(facts), facts=facts, extractor=extractor_version())
