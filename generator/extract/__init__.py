"""Article -> Record: run every finder over the article's sentences.

Each finder is a module of its own (entities, money, figures, quotes) with
one entry point; this module only orders them, gives facts stable ids and
packs the result.
"""

from __future__ import annotations

import hashlib

from .. import text
from ..models import Article, Fact, Record
from . import entities, figures, money, quotes

EXTRACTOR_VERSION = "0.1.0"
"""Bump whenever extraction output may change: seeds are re-extracted when it differs."""


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
    return Record(article=article, entities=index.entities_used(facts), facts=facts, extractor=EXTRACTOR_VERSION)
