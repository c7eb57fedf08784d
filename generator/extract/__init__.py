"""Article -> Record: run every finder over the article's sentences.

Each finder is a module of its own (entities, money, figures, quotes) with
one entry point; this module only orders them, gives facts stable ids and
packs the result.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from functools import cache

from .. import cachefile, check, evidence, text
from ..limits import limits
from ..models import Article, Fact, Period, Record, Sentence
from . import entities, figures, funding_meaning, money, quotes

EXTRACTOR_VERSION = "0.1.0"
"""The extractor's release; :func:`extractor_version` adds a digest of its code and data."""


def extractor_version() -> str:
    """Return the release plus a digest of the whole package and its rule files (:func:`cachefile.code_digest`).

    A seed is re-extracted when this differs from the one in its record, so a
    change to a rule, a gazetteer or the code is picked up without anyone
    remembering to bump a number.
    """
    return f"{EXTRACTOR_VERSION}+{cachefile.code_digest()[:10]}"


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


@cache
def _required() -> dict[str, tuple[str, ...]]:
    """Return the fields each fact type must have, as the record schema's ``if type … then required`` rules say."""
    out: dict[str, tuple[str, ...]] = {}
    for rule in check.schema()["$defs"]["fact"].get("allOf", []):
        kind = rule.get("if", {}).get("properties", {}).get("type", {}).get("const")
        required = rule.get("then", {}).get("required")
        if isinstance(kind, str) and isinstance(required, list):
            out[kind] = tuple(required)
    return out


def checkable(facts: list[Fact]) -> list[Fact]:
    """Return ``facts`` as ``factsheet check`` will pass them: whatever the extractor writes passes (FACTS.md).

    A date or period outside the years of ``data/limits.yaml`` is dropped ("next year" in an
    article of 2100); a fact whose number is past the bound is dropped (the number grammar does
    not read such numbers, so this only guards what a finder computes), and so is one without a
    field its type requires (a sum of money whose purpose the sentence does not say: "£1 MILLION").
    """
    lim = limits()
    required = _required()
    kept = []
    for fact in facts:
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) and not lim.number_ok(v)
               for v in (getattr(fact, f.name) for f in dataclasses.fields(fact))):
            continue
        if any(getattr(fact, name, None) in (None, "", []) for name in required.get(fact.type, ())):
            continue
        for f in dataclasses.fields(fact):
            v = getattr(fact, f.name)
            if isinstance(v, Period) and any(d is not None and not lim.year_ok(d.year) for d in (v.start, v.end)):
                setattr(fact, f.name, None)
            elif isinstance(v, dt.date) and not lim.year_ok(v.year):
                setattr(fact, f.name, None)
        kept.append(fact)
    return kept


SHORT_EVIDENCE = 20
"""Fewer characters than this make an evidence sentence too short to trace or cite on its own ("Four people.")."""


def _widen_short_evidence(article: Article, sents: list[Sentence], facts: list[Fact]) -> list[Fact]:
    """Give a fact whose sentence is a fragment ("Four people.") the sentence before it in its paragraph as well
    (or the one after, for a paragraph's first), as one run of the article's text. A count or a sum in a fragment that
    is a paragraph of its own, a heading ("Two plans"), is no fact the article states: it is left out (the
    body tells what the heading sums up)."""
    kept: list[Fact] = []
    by_text = {}
    for i, s in enumerate(sents):
        by_text.setdefault(s.text, i)
    for f in facts:
        i = by_text.get(f.evidence)
        if i is None or len(f.evidence.strip()) >= SHORT_EVIDENCE:
            continue
        s = sents[i]
        mate = sents[i - 1] if i > 0 and sents[i - 1].paragraph == s.paragraph else \
            sents[i + 1] if i + 1 < len(sents) and sents[i + 1].paragraph == s.paragraph else None
        if mate is not None:
            a, b = min(s.start, mate.start), max(s.end, mate.end)
            f.evidence = article.text[a:b]
    for f in facts:
        if f.type in ("figure", "funding") and len(f.evidence.strip()) < SHORT_EVIDENCE:
            continue
        kept.append(f)
    return kept


def extract(article: Article) -> Record:
    """Return the record of everything extraction finds in one article."""
    sents = text.sentences(article)
    index = entities.find_entities(article, sents)
    facts: list[Fact] = []
    facts += money.find_funding(article, sents, index)
    facts += figures.find_figures(article, sents, index)
    facts += quotes.find_quotes(article, sents, index)
    facts = checkable(facts)
    facts = _widen_short_evidence(article, sents, facts)
    assign_ids(facts)
    funding_meaning.link(facts, sents)  # part_of / same_as name other facts by id
    money.settle_purposes(facts)  # a share told only by its time takes its total's purpose
    money.settle_vague_purposes(facts, sents)  # "£28.1m under the deal. The money will pay for …"
    money.settle_places(facts)  # a whole goes where its shares go
    paragraphs = [p.text for p in article.paragraphs]
    texts = evidence.folded(paragraphs)
    for f in facts:
        f.at = evidence.offsets(paragraphs, evidence.locate(paragraphs, f.evidence, texts=texts)) or None
    return Record(article=article, entities=index.entities_used(facts), facts=facts, extractor=extractor_version())
