"""Typed records passed between the stages: Article -> Record -> pages, and the one list of their fields.

These are the in-memory shapes of the contract in FACTS.md. Extraction makes
them and ``records.load_record`` reads them back from a facts file. Each
field of :class:`Article`, :class:`Entity` and :class:`Fact` carries its
:class:`Spec` (schema, description): the JSON Schema (:func:`record_schema`),
the key order of the YAML (the order of the fields), check's known fields,
the CSV columns and the page views are all derived from them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass, field
from functools import cache
from typing import Any

SCHEMA_VERSION = 1

ENTITY_TYPES = ("person", "organisation", "place")
PLACE_KINDS = ("country", "region", "sea", "city", "site")
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

FACT_FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "funding": ("amount", "currency", "qualifier", "purpose", "places", "announced_by", "kind", "period", "covers", "per",
                "part_of", "same_as"),
    "figure": ("metric", "value", "unit", "qualifier", "period", "subset", "places", "source"),
    "quote": ("speaker", "text"),
    "event": ("what", "date", "places"),
}
"""The fields each type of fact carries besides those every fact has, in the order the downloads list them."""
FACT_TYPES = tuple(FACT_FIELDS_BY_TYPE)
ENTITY_FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {"person": (), "organisation": (), "place": ("kind", "members")}
"""The same for entities."""


# --- the one list of fields --------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """What a field of a facts file is: its JSON Schema and description, and whether it must be there."""

    schema: Mapping[str, Any]
    """JSON Schema of the value, without the description (``$ref`` to :data:`DEFS`)."""
    description: str = ""
    required: bool = False
    """Required in every item whose type carries it (``*_FIELDS_BY_TYPE``; a field no type lists, in every item)."""

    @property
    def kind(self) -> str:
        """What the value is, as the pages show it: ``period``, ``entity`` (an id), ``entities``, ``date``, ``number``, ``text`` or ``other``."""
        ref: str = self.schema.get("$ref") or self.schema.get("items", {}).get("$ref") or ""
        if self.schema.get("type") == "number":
            return "number"
        if ref in ("#/$defs/period", "#/$defs/date"):
            return ref.rpartition("/")[2]
        if ref == "#/$defs/entityRef":
            return "entities" if "items" in self.schema else "entity"
        text = self.schema.get("type") == "string" or "enum" in self.schema or ref in ("#/$defs/id", "#/$defs/review", "#/$defs/fingerprint")
        return "text" if text else "other"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def _text() -> dict[str, Any]:
    return {"type": "string", "minLength": 1}


def _f(schema: Mapping[str, Any], description: str = "", *, required: bool = False, default: Any = dataclasses.MISSING,
       factory: Any = dataclasses.MISSING) -> Any:
    """Return a dataclass field that carries its :class:`Spec`."""
    meta = {"spec": Spec(schema, description, required)}
    if factory is not dataclasses.MISSING:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def _list_of(items: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": dict(items)}


DEFS: dict[str, dict[str, Any]] = {
    "id": {"type": "string", "minLength": 1, "description": "Any string unique within its list in this file."},
    "date": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
             "patternErrorMessage": "must be a date written YYYY-MM-DD"},
    "entityRef": {"type": "string", "minLength": 1, "description": "The id of an entity in this file's entities list."},
    "fingerprint": {
        "type": "string", "pattern": "^[0-9a-f]{8}$",
        "patternErrorMessage": "must be 8 hex digits (written by the extractor; delete the line rather than edit it)",
        "description": "Written by the extractor: a short hash of the values it wrote. When the values differ from it, a person "
                       "changed them, and re-extraction keeps them. Do not edit; a fact without one counts as added by hand.",
    },
    "stale": {"type": "boolean",
              "description": "Set by the extractor: it no longer finds this fact, which is kept because a person changed or reviewed it."},
    "review": {"enum": list(REVIEW_STATES),
               "description": "auto: extractor output nobody has checked; reviewed: a person checked it; rejected: hidden from the site "
                              "and never brought back by re-extraction."},
    "period": {"type": "object", "description": "The time the number refers to.",
               "properties": {"start": _ref("date"), "end": _ref("date")}, "additionalProperties": False},
}
"""Shared parts of the record's JSON Schema (its ``$defs``, with the item definitions :func:`record_schema` adds)."""

_REVIEW = _ref("review")
_FINGERPRINT = _ref("fingerprint")
_STALE = _ref("stale")


# --- articles ------------------------------------------------------------------------------


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
    """A seed file read and cleaned: the input of extraction, and the ``article`` header of its record.

    A record read from its facts file has no :attr:`paragraphs` (the text is in the seed).
    """

    id: str = _f(_ref("id"), "Stable slug; also the file name facts/<id>.yaml.", required=True)
    """Stable slug, also the name of the facts file (``facts/<id>.yaml``)."""
    seed: str = _f({"type": "string", "pattern": "^[^/\\\\]+$", "patternErrorMessage": "must be a file name under seeds/, without folders"},
                   "File name under seeds/.", required=True)
    """File name under ``seeds/``."""
    sha256: str = _f({"type": "string", "pattern": "^[0-9a-f]{64}$", "patternErrorMessage": "must be 64 lowercase hex digits"},
                     "SHA-256 of the seed file's bytes.", required=True)
    """Hex digest of the seed file's bytes."""
    date: dt.date = _f(_ref("date"), "Publication date.", required=True)
    title: str = _f(_text(), required=True)
    paragraphs: tuple[Paragraph, ...] = ()
    publisher: str | None = _f(_text(), "Optional: only when the page names it.", default=None)
    """The outlet, only when the page shows it (front matter, page metadata, a copyright line)."""
    url: str | None = _f(_text(), "Optional: the address of the original page, only when the seed gives it.", default=None)
    author: str | None = _f(_text(), "Optional: who wrote it, only when the page says (a byline, a reporting credit).", default=None)
    """Who wrote it, only when the page says (a byline, a reporting credit, a department's "From:")."""
    headline: str | None = _f(_text(), "Optional: the page's own headline; the title shown is this when present.", default=None)
    """The page's own headline, when it has one; :attr:`title` is this or the lede cut short."""
    duplicate_of: str | None = _f(_text(), "Set by the build: id of the earlier article this one nearly repeats; its figures stay out "
                                           "of totals.", default=None)
    """Id of the earlier article this one nearly repeats (one wire story, several outlets); its figures stay out of totals."""

    @property
    def text(self) -> str:
        """The body as one string, paragraphs joined by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)


HEADER_TOOL_FIELDS = {
    "extractor": Spec({"type": "string"}, "Version of the extractor that wrote the file."),
    "fingerprint": Spec(_FINGERPRINT),
}
"""The ``article`` header's fields besides :class:`Article`'s: :attr:`Record.extractor` and the header's fingerprint."""


@dataclass(frozen=True)
class Sentence:
    """A sentence located in an article."""

    text: str
    paragraph: int
    start: int
    """Offset in :attr:`Article.text`."""
    end: int


# --- entities and facts -------------------------------------------------------------------------


def _item_dict(item: Any) -> dict[str, Any]:
    """Return an entity or fact as YAML-ready data, in field order: empty values left out, then fields factsheet does not use."""
    d: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        if "spec" not in f.metadata:
            continue
        v = getattr(item, f.name)
        if isinstance(v, Period):
            v = v.to_dict()
        if v is None or v == [] or v == {}:
            continue
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        d[f.name] = list(v) if isinstance(v, list) else v
    d.update(item.extra)
    return d


@dataclass
class Entity:
    """A person, organisation or place that the article names."""

    id: str = _f(_ref("id"), "Places: ISO 3166-1 alpha-2 for countries (GB, XK), a slug otherwise.", required=True)
    type: str = _f({"enum": list(ENTITY_TYPES)}, required=True)
    name: str = _f(_text(), "Full canonical name.", required=True)
    _: KW_ONLY
    kind: str | None = _f({"enum": list(PLACE_KINDS)}, "Places only.", required=True, default=None)
    """Places only: one of :data:`PLACE_KINDS`."""
    aliases: list[str] = _f(_list_of(_text()), "Optional: every other form seen.", factory=list)
    roles: list[str] = _f(_list_of(_text()), factory=list)
    members: list[str] = _f(_list_of({"type": "string", "pattern": "^[A-Z]{2}$",
                                      "patternErrorMessage": "must be an ISO 3166-1 alpha-2 country code"}),
                            "Regions only: codes of the countries it covers.", factory=list)
    """Regions only: ISO codes of the member countries."""
    review: str | None = _f(_REVIEW, default=None)
    fingerprint: str | None = _f(_FINGERPRINT, default=None)
    stale: bool | None = _f(_STALE, default=None)
    extra: dict[Any, Any] = field(default_factory=dict, compare=False)
    """Fields factsheet does not use, as a person wrote them (a record read from its file)."""

    def to_dict(self) -> dict[str, Any]:
        return _item_dict(self)


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


@dataclass
class Fact:
    """One fact; which fields apply depends on :attr:`type` (:data:`FACT_FIELDS_BY_TYPE`).

    The order of the fields is the order a facts file lists them in (FACTS.md).
    """

    id: str = _f(_ref("id"), required=True)
    type: str = _f({"enum": list(FACT_TYPES)}, required=True)
    _: KW_ONLY
    # funding
    amount: float | int | None = _f({"type": "number", "exclusiveMinimum": 0}, "Funding: whole currency units (4000000 for £4m).",
                                    required=True, default=None)
    currency: str | None = _f({"type": "string", "pattern": "^[A-Z]{3}$",
                               "patternErrorMessage": "must be a three-letter ISO 4217 code such as GBP, EUR or USD"},
                              "Funding: ISO 4217 code.", required=True, default=None)
    purpose: str | None = _f(_text(), "Funding: what the money is for.", required=True, default=None)
    # figure
    metric: str | None = _f({"enum": list(METRICS)}, "Figure: what is counted.", required=True, default=None)
    value: int | float | None = _f({"type": "number", "minimum": 0}, "Figure: the count.", required=True, default=None)
    unit: str | None = _f({"enum": list(UNITS)}, required=True, default=None)
    # quote
    speaker: str | None = _f(_ref("entityRef"), "Quote: who said it.", required=True, default=None)
    text: str | None = _f(_text(), "Quote: the quoted words.", required=True, default=None)
    # event
    what: str | None = _f(_text(), "Event: what happens.", required=True, default=None)
    date: dt.date | None = _f(_ref("date"), "Event: when.", default=None)
    # funding and figure (places: events too)
    places: list[str] = _f(_list_of(_ref("entityRef")), factory=list)
    announced_by: str | None = _f(_ref("entityRef"), default=None)
    qualifier: str | None = _f({"enum": list(QUALIFIERS)}, required=True, default=None)
    kind: str | None = _f({"enum": list(FUNDING_KINDS)},
                          "Funding: commitment is money announced, pledged, agreed or promised; spending is money paid or spent, "
                          "running costs included; estimate is a projection or forecast. Only commitments are added into totals.",
                          default=None)
    """Funding: one of :data:`FUNDING_KINDS`."""
    period: Period | None = _f(_ref("period"),
                               "Funding: when the money was committed (commitment) or the span it was spent over (spending); with "
                               "no time in the sentence, the article's date. Figure: the exact span the count covers (\"this year\" "
                               "is 1 January to the article date).", default=None)
    """Funding: when it was committed or the span spent over; figure: the exact span counted."""
    covers: Period | None = _f(_ref("period"), "Funding, optional: the years a commitment runs over (\"over three years\"); not "
                                               "when it was committed.", default=None)
    """Funding: the years a commitment runs over ("over three years"), when the text gives them."""
    per: str | None = _f({"enum": list(RATES)}, "Funding, optional: the amount is a rate (\"£8m a day\", \"£20,000 for every "
                                                "person\"), never added into totals.", default=None)
    """Funding: one of :data:`RATES` when the amount is a rate."""
    part_of: str | None = _f(_ref("id"), "Funding, optional: the id of the larger funding fact in this file that this amount is a "
                                         "share of (a tranche, a component of a package).", default=None)
    same_as: str | None = _f(_ref("id"), "Funding, optional: the id of the funding fact in this file that this amount restates (in "
                                         "another currency, or rounded).", default=None)
    subset: str | None = _f(_text(), "Figure, optional: what part of the metric's whole count this counts (one nationality, one "
                                     "boat, children, by sea). Absent, the figure is the whole count for its places and period.",
                            default=None)
    source: str | None = _f(_text(), "Figure: who it is attributed to.", default=None)
    # every fact
    evidence: str = _f(_text(), "The whole sentence the fact came from, copied from the article.", required=True)
    at: list[int] | None = _f({"type": "array", "items": {"type": "integer", "minimum": 0}},
                              "Written by the extractor: where the evidence stands in the article's text (the start and end of "
                              "each piece). Leave it alone; one that no longer fits the evidence is ignored.", default=None)
    """Where the evidence stands in :attr:`Article.text`: start and end offsets of each piece (:mod:`generator.evidence`)."""
    review: str = _f(_REVIEW, required=True, default="auto")
    fingerprint: str | None = _f(_FINGERPRINT, default=None)
    stale: bool | None = _f(_STALE, default=None)
    extracted: dict[Any, Any] | None = _f(
        {"type": "object"}, "Written by the extractor on a fact a person changed: what it reads for each field the person changed "
                            "({value: 34401}), shown on the site beside the corrected value. Not an edit: changing it changes "
                            "nothing, and the next extraction writes it again.", default=None)
    """The extractor's value of each field a person changed (FACTS.md, "Extension: extracted")."""
    note: str | None = _f({"type": "string"}, "Optional: a note by an editor; never shown on the site as a fact.", default=None)
    extra: dict[Any, Any] = field(default_factory=dict, compare=False)
    """Fields factsheet does not use, as a person wrote them (a record read from its file)."""
    changed: bool = field(default=False, compare=False)
    """Read from a file: a person changed what the fact says (its content no longer matches its fingerprint)."""

    def to_dict(self) -> dict[str, Any]:
        return _item_dict(self)


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
        d: dict[str, Any] = {k: getattr(a, k) for k, s in specs(Article).items() if getattr(a, k) or s.required}
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


# --- what is derived from the list ------------------------------------------------------------


def specs(cls: type) -> dict[str, Spec]:
    """Return the fields of ``cls`` (Article, Entity or Fact) that a facts file holds, in the order it lists them."""
    return {f.name: f.metadata["spec"] for f in dataclasses.fields(cls) if "spec" in f.metadata}


FACT_KEY_ORDER = tuple(specs(Fact))
"""The order a fact's keys are written in: the order FACTS.md shows."""


def _item_schema(fields: Mapping[str, Spec], by_type: Mapping[str, tuple[str, ...]]) -> dict[str, Any]:
    """Return the JSON Schema of an item: its properties, and what each type requires."""
    typed = {name for names in by_type.values() for name in names}
    props = {name: {**s.schema, "description": s.description} if s.description else dict(s.schema) for name, s in fields.items()}
    out: dict[str, Any] = {"type": "object", "required": [n for n, s in fields.items() if s.required and n not in typed],
                           "properties": props}
    rules = [{"if": {"properties": {"type": {"const": t}}, "required": ["type"]},
              "then": {"required": [n for n, s in fields.items() if s.required and n in names]}}
             for t, names in by_type.items() if any(fields[n].required for n in names)]
    if rules:
        out["allOf"] = rules
    return out


@cache
def record_schema() -> dict[str, Any]:
    """Return the JSON Schema of a facts file, made from the fields' specs (``generator/data/record.schema.json`` is a copy)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factsheet.local/record.schema.json",
        "title": "factsheet fact record",
        "description": "One facts/<article-id>.yaml file: the facts found in one seed article, as the extractor wrote them and "
                       "editors corrected them. See the 'Editing facts' page.",
        "type": "object",
        "required": ["schema", "article", "entities", "facts"],
        "properties": {
            "schema": {"description": "Version of the record format.", "const": SCHEMA_VERSION},
            "article": _ref("article"),
            "entities": {"description": "People, organisations and places the article names.", "type": "array",
                         "items": _ref("entity")},
            "facts": {"description": "Funding, figures, quotes and events, each with the sentence it came from.", "type": "array",
                      "items": _ref("fact")},
        },
        "$defs": {**DEFS, "article": _item_schema({**specs(Article), **HEADER_TOOL_FIELDS}, {}), "entity": _item_schema(specs(Entity), ENTITY_FIELDS_BY_TYPE),
                  "fact": _item_schema(specs(Fact), FACT_FIELDS_BY_TYPE)},
    }
