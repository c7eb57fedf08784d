"""Typed records passed between the stages: Article -> Record -> pages.

These are the in-memory shapes of the contract in FACTS.md. The YAML form is
produced by :func:`Record.to_dict` (key order is part of the contract: it is
what editors see) and read back by ``records.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

ENTITY_TYPES = ("person", "organisation", "place")
PLACE_KINDS = ("country", "region", "sea", "city", "site")
FACT_TYPES = ("funding", "figure", "quote", "event")
METRICS = (
    "small_boat_arrivals",
    "irregular_crossings",
    "returns",
    "asylum_claims",
    "deaths",
    "arrests",
    "boats",
    "other",
)
UNITS = ("people", "boats", "crossings", "other")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
REVIEW_STATES = ("auto", "reviewed", "rejected")
FUNDING_KINDS = ("commitment", "spending", "estimate")
"""Funding ``kind``: money announced or agreed, money paid or spent, a projection (FACTS.md)."""
RATES = ("day", "week", "month", "year", "person")
"""Funding ``per``: the amount is a rate per one of these, not a sum."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article's body, boilerplate already removed."""

    index: int
    """Position among the article's kept paragraphs, from 0."""
    text: str
    """The paragraph's text with its whitespace folded."""
    start: int
    """Offset of the paragraph in :attr:`Article.text`."""


@dataclass(frozen=True)
class Article:
    """A seed file read and cleaned: the input of extraction."""

    id: str
    """Stable slug, also the name of the facts file (``facts/<id>.yaml``)."""
    seed: str
    """File name under ``seeds/``."""
    sha256: str
    """Hex digest of the seed file's bytes."""
    date: dt.date
    title: str
    paragraphs: tuple[Paragraph, ...]
    publisher: str | None = None
    """The outlet, only when the page shows it (front matter, page metadata, a copyright line)."""
    url: str | None = None
    author: str | None = None
    """Who wrote it, only when the page says (a byline, a reporting credit, a department's "From:")."""
    headline: str | None = None
    """The page's own headline, when it has one; :attr:`title` is this or the lede cut short."""
    duplicate_of: str | None = None
    """Id of the earlier article this one nearly repeats (one wire story, several outlets); its figures stay out of totals."""

    @property
    def text(self) -> str:
        """The body as one string, paragraphs joined by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """A sentence located in an article."""

    text: str
    paragraph: int
    start: int
    """Offset in :attr:`Article.text`."""
    end: int


@dataclass
class Entity:
    """A person, organisation or place that the article names."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str | None = None
    """Places only: one of :data:`PLACE_KINDS`."""
    members: list[str] = field(default_factory=list)
    """Regions only: ISO codes of the member countries."""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        if self.kind:
            d["kind"] = self.kind
        if self.aliases:
            d["aliases"] = list(self.aliases)
        if self.roles:
            d["roles"] = list(self.roles)
        if self.members:
            d["members"] = list(self.members)
        return d


@dataclass(frozen=True)
class Period:
    start: dt.date | None = None
    end: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.start:
            d["start"] = self.start
        if self.end:
            d["end"] = self.end
        return d


# Order in which a fact's keys are written: the order FACTS.md shows.
FACT_KEY_ORDER = (
    "id", "type",
    "amount", "currency", "purpose",
    "metric", "value", "unit",
    "speaker", "text",
    "what", "date",
    "places", "announced_by", "qualifier", "kind", "period", "covers", "per", "part_of", "same_as",
    "subset", "source",
    "evidence", "at", "review",
)


@dataclass
class Fact:
    """One extracted fact; which fields apply depends on :attr:`type`."""

    id: str
    type: str
    evidence: str
    review: str = "auto"
    at: list[int] | None = None
    """Where the evidence stands in :attr:`Article.text`: start and end offsets of each piece (:mod:`generator.evidence`)."""
    # funding
    amount: float | int | None = None
    currency: str | None = None
    purpose: str | None = None
    announced_by: str | None = None
    kind: str | None = None
    """Funding: one of :data:`FUNDING_KINDS`."""
    covers: Period | None = None
    """Funding: the years a commitment runs over ("over three years"), when the text gives them."""
    per: str | None = None
    """Funding: one of :data:`RATES` when the amount is a rate."""
    part_of: str | None = None
    """Funding: id of the larger funding fact in the same record this amount is a share of."""
    same_as: str | None = None
    """Funding: id of the funding fact this amount restates (another currency, rounded)."""
    # figure
    metric: str | None = None
    value: int | float | None = None
    unit: str | None = None
    source: str | None = None
    subset: str | None = None
    """Figure: what part of the metric's whole count this counts (one nationality, one boat, children)."""
    # funding and figure
    qualifier: str | None = None
    places: list[str] = field(default_factory=list)
    period: Period | None = None
    """Funding: when it was committed or the span spent over; figure: the exact span counted."""
    # quote
    speaker: str | None = None
    text: str | None = None
    # event
    what: str | None = None
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for key in FACT_KEY_ORDER:
            v = getattr(self, key)
            if key in ("period", "covers"):
                v = v.to_dict() if v else None
            if v is None or v == [] or v == {}:
                continue
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            d[key] = list(v) if isinstance(v, list) else v
        return d


@dataclass
class Record:
    """Everything known about one article: the content of ``facts/<id>.yaml``."""

    article: Article
    entities: list[Entity]
    facts: list[Fact]
    extractor: str = ""
    """Version of the extractor that wrote it (skip logic compares it)."""

    def article_dict(self) -> dict[str, Any]:
        a = self.article
        d: dict[str, Any] = {
            "id": a.id,
            "seed": a.seed,
            "sha256": a.sha256,
            "date": a.date,
            "title": a.title,
        }
        for key in ("publisher", "url", "author", "headline"):
            if getattr(a, key):
                d[key] = getattr(a, key)
        if a.duplicate_of:
            d["duplicate_of"] = a.duplicate_of
        if self.extractor:
            d["extractor"] = self.extractor
        return d

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "article": self.article_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "facts": [f.to_dict() for f in self.facts],
        }
