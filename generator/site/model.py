"""Records + articles -> the model the pages are rendered from.

All gathering happens here, before anything is written: rejected facts are
dropped, entities are merged across articles, places roll up into regions,
figures that disagree are found. Templates only read this model.

Records are typed (``records.load_record``: what ``factsheet check`` passed), so
their values are read as they are; a view adds what the pages need (entities
resolved, exact numbers, links between facts) to the record's fact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..models import Article, Fact, Record, specs
from . import meaning
from .fmt import safe_id
from .labels import Labels

CHECKED = frozenset({"reviewed", "confirmed", "corrected"})
"""Review states that mean a person checked the fact; the site marks these as checked."""
STATES = ("auto", "checked", "corrected", "added", "rejected")
"""What a person did to a fact (:attr:`FactView.state`): nothing; checked it (``review: reviewed``); changed what the
extractor wrote (its fingerprint no longer matches); added it by hand (no fingerprint); rejected it."""
ENTITY_DIRS = {"place": "regions", "person": "people", "organisation": "people"}


@dataclass(eq=False)
class EntityView:
    """A person, organisation or place merged across every article that names it."""

    id: str
    """The id used in records (ISO code for countries, a slug otherwise)."""
    type: str
    name: str
    path: str
    """Docs-relative path of the entity's page."""
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    member_of: list[EntityView] = field(default_factory=list)
    articles: list[ArticleView] = field(default_factory=list)
    facts: list[FactView] = field(default_factory=list)
    """Visible facts that name this entity (place, announcer, speaker, source)."""

    @property
    def member_entities(self) -> list[EntityView]:
        return [e for e in (self._site.places_by_id.get(m) for m in self.members) if e is not None]

    _site: Site = field(default=None, repr=False)  # type: ignore[assignment]

    def facts_of(self, type_: str) -> list[FactView]:
        return [f for f in self.facts if f.type == type_]

    def rolled_up(self, type_: str) -> list[FactView]:
        """Facts of ``type_`` for this place and, for a region, its member countries."""
        seen: dict[int, FactView] = {id(f): f for f in self.facts_of(type_)}
        for m in self.member_entities:
            for f in m.facts_of(type_):
                seen.setdefault(id(f), f)
        return sorted(seen.values(), key=FactView.sort_key, reverse=True)

    def in_articles(self, type_: str) -> list[FactView]:
        """Facts of ``type_`` from the articles that name this entity, newest first."""
        out = [f for a in self.articles for f in a.facts if f.type == type_]
        return sorted(out, key=FactView.sort_key, reverse=True)

    def co_named(self, *types: str, limit: int = 30) -> list[EntityView]:
        """Entities of ``types`` named in the same articles, most often first."""
        count: dict[int, int] = {}
        ents: dict[int, EntityView] = {}
        for a in self.articles:
            for e in a.entities:
                if e is not self and e.type in types:
                    count[id(e)] = count.get(id(e), 0) + 1
                    ents[id(e)] = e
        return [ents[k] for k in sorted(count, key=lambda k: (-count[k], ents[k].name))][:limit]

    @property
    def announced(self) -> list[FactView]:
        return [f for f in self.facts if self in (f.announced_by, f.speaker) or self in f.source_entities]


_FACT_SPECS = specs(Fact)


@dataclass(eq=False)
class FactView:
    """One visible fact with its references resolved.

    The record's own fields (:class:`models.Fact`) are read through from :attr:`fact`, text
    that is absent as ''; a span also as ``<name>_start`` and ``<name>_end``.
    """

    fact: Fact
    """The fact as its record holds it."""
    anchor: str
    """The id of the evidence element on the article page."""
    article: ArticleView
    amount: meaning.Exact | None = None
    """Funding: the amount, exact (a float becomes the decimal it is written as, so sums never round)."""
    value: meaning.Exact | None = None
    """Figure: the count, exact."""
    announced_by: EntityView | None = None
    source_entities: list[EntityView] = field(default_factory=list)
    places: list[EntityView] = field(default_factory=list)
    speaker: EntityView | None = None
    parent: FactView | None = None
    """Funding: the visible fact of the same article that ``part_of`` names."""
    restates: FactView | None = None
    """Funding: the visible fact of the same article that ``same_as`` names."""
    repeat_of: FactView | None = None
    """Funding: the report counted for the same pledge, when this one repeats it (see :func:`meaning.link_pledges`)."""
    also_reported: list[FactView] = field(default_factory=list)
    """Funding: later reports of the pledge this one is counted for."""
    superseded_by: FactView | None = None
    """Figure: a later version of the same story that gives another value."""
    revises: FactView | None = None
    """Figure: the earlier value this one revises."""
    conflict: bool = False
    order: int = 0
    """Position in its record (keeps the record's order among facts of one article and date)."""
    located: bool = False
    """Whether the evidence sentence was found in the article's text."""
    state: str = "auto"
    """One of :data:`STATES`."""

    def __getattr__(self, name: str) -> Any:
        # Only for names that are not the view's own: the record's fields.
        if name.startswith("_") or name == "fact":
            raise AttributeError(name)
        base, _, edge = name.rpartition("_")
        if edge in ("start", "end") and base in _FACT_SPECS and _FACT_SPECS[base].kind == "period":
            span = getattr(self.fact, base)
            return getattr(span, edge) if span is not None else None
        spec = _FACT_SPECS.get(name)
        if spec is None:
            raise AttributeError(name)
        v = getattr(self.fact, name)
        return "" if v is None and spec.kind == "text" else v

    @property
    def corrected(self) -> bool:
        return self.state == "corrected"

    @property
    def reviewed(self) -> bool:
        """Whether a person checked the fact ('reviewed'; 'confirmed' and 'corrected' read the same)."""
        return self.review in CHECKED

    @property
    def when(self) -> dt.date:
        """The date the fact is placed at: its period's end, event date, or the article date."""
        return self.period_end or self.date or self.period_start or self.article.date

    @property
    def year(self) -> int:
        return self.when.year

    def sort_key(self) -> tuple:
        return (self.when, self.article.date, self.article.id, -self.order)


@dataclass(eq=False)
class ArticleView:
    """One article: its record's header, its visible facts and (if read) its text."""

    id: str
    path: str
    title: str
    date: dt.date
    seed: str
    publisher: str = ""
    url: str = ""
    author: str = ""
    headline: str = ""
    """The page's own headline, when the record has one (:attr:`title` is this or the lede cut short)."""
    facts: list[FactView] = field(default_factory=list)
    rejected: list[FactView] = field(default_factory=list)
    """Facts a person rejected: on no page but the Corrections page, in no total and no download."""
    entities: list[EntityView] = field(default_factory=list)
    source: Article | None = None
    duplicate_of: str = ""
    """Id of the article this one nearly repeats (``article.duplicate_of``): its facts stay out of totals."""

    def facts_of(self, type_: str) -> list[FactView]:
        return [f for f in self.facts if f.type == type_]

    @property
    def safe_url(self) -> str:
        """The original's address, only if it is a plain web link."""
        return self.url if self.url.startswith(("https://", "http://")) else ""


Conflict = meaning.Discrepancy
"""Figures for the same metric, places and span that disagree (see :class:`meaning.Discrepancy`)."""


@dataclass(eq=False)
class Site:
    """Everything the pages show."""

    labels: Labels
    articles: list[ArticleView]
    """Newest first."""
    entities: list[EntityView]
    places_by_id: dict[str, EntityView]
    facts: list[FactView]
    """Every visible fact, newest first."""
    conflicts: list[Conflict]
    """Discrepancies between articles (newest report first in each)."""
    new_articles: list[ArticleView]
    revisions: list[meaning.Revision] = field(default_factory=list)
    rejected: list[FactView] = field(default_factory=list)
    """Facts a person rejected (not in :attr:`facts`)."""

    def facts_of(self, type_: str) -> list[FactView]:
        return [f for f in self.facts if f.type == type_]

    def hand_changes(self) -> list[FactView]:
        """Every fact a person corrected, checked, added or rejected."""
        return [f for f in [*self.facts, *self.rejected] if f.state != "auto"]

    def entities_of(self, *types: str) -> list[EntityView]:
        return [e for e in self.entities if e.type in types]

    def metrics(self) -> dict[str, list[FactView]]:
        out: dict[str, list[FactView]] = {}
        for f in self.facts_of("figure"):
            out.setdefault(f.metric, []).append(f)
        return dict(sorted(out.items(), key=lambda kv: (kv[0] == "other", kv[0])))


def state_of(fact: Fact) -> str:
    """Return what a person did to a fact (:data:`STATES`), from its ``review`` and its fingerprint.

    The fingerprint is a hash of what the extractor wrote (``records.fingerprint``): a fact whose
    content no longer hashes to it was changed by hand (:attr:`Fact.changed`), whatever its ``review``
    says. Neither ``review`` nor ``extracted`` is part of the hash, and a note or a field factsheet does
    not use is left out of the comparison: none of them makes a fact "corrected".
    """
    if fact.review == "rejected":
        return "rejected"
    if fact.fingerprint is None:
        return "added"
    if fact.changed:
        return "corrected"
    return "checked" if fact.review in CHECKED else "auto"


class _Paths:
    """Hands out unique, sanitised page paths."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, folder: str, raw: str, prefix: str) -> str:
        base = safe_id(raw, prefix).lower()
        if base == "index":
            base = f"{prefix}-index"
        name, n = base, 1
        while f"{folder}/{name}.md" in self.used:
            n += 1
            name = f"{base}-{n}"
        path = f"{folder}/{name}.md"
        self.used.add(path)
        return path


def collect(
    records: Sequence[Record],
    articles: Mapping[str, Article],
    labels: Labels,
    new_article_ids: Iterable[str] | None = None,
    latest: int = 5,
) -> Site:
    """Return the site model of ``records`` (rejected facts left out).

    Arguments:
        records: the fact records (``records.load_records``).
        articles: seed articles by id; a record without one shows its facts
            without the text.
        labels: the site's labels.
        new_article_ids: the articles this build added; by default the
            ``latest`` records by seed file name.
    """
    paths = _Paths()
    by_seed = {a.seed: a for a in articles.values()}
    entities: dict[tuple[str, str], EntityView] = {}
    article_views: list[ArticleView] = []
    facts: list[FactView] = []
    rejected_all: list[FactView] = []

    def entity(type_: str, id_: str, name: str | None = None) -> EntityView:
        key = ("place" if type_ == "place" else "agent", id_)
        ent = entities.get(key)
        if ent is None:
            folder = ENTITY_DIRS.get(type_, "people")
            ent = EntityView(id=id_, type=type_ if type_ in ENTITY_DIRS else "organisation", name=name or id_,
                             path=paths.claim(folder, id_, "e"))
            entities[key] = ent
        return ent

    for rec in records:
        head = rec.article
        src = articles.get(head.id) or by_seed.get(head.seed)
        av = ArticleView(
            id=head.id,
            path=paths.claim("articles", head.id, "a"),
            title=head.title,
            date=head.date,
            seed=head.seed,
            publisher=head.publisher or (src.publisher or "" if src else ""),
            url=head.url or (src.url or "" if src else ""),
            author=head.author or (src.author or "" if src else ""),
            headline=head.headline or (src.headline or "" if src else ""),
            duplicate_of=head.duplicate_of or "",
            source=src,
        )
        article_views.append(av)

        local: dict[str, EntityView] = {}
        names: dict[str, EntityView] = {}
        for raw in rec.entities:
            ent = entity(raw.type, raw.id, raw.name)
            if ent.name == ent.id:
                ent.name = raw.name
            ent.kind = ent.kind or raw.kind
            for attr in ("aliases", "roles", "members"):
                have = getattr(ent, attr)
                for v in getattr(raw, attr):
                    if v not in have:
                        have.append(v)
            local[ent.id] = ent
            for n in [ent.name, *raw.aliases]:
                names.setdefault(n.casefold(), ent)
            if av not in ent.articles:
                ent.articles.append(av)
            av.entities.append(ent)

        def ref(id_: str | None, type_: str) -> EntityView | None:
            if not id_:
                return None
            ent = local.get(id_) or entity(type_, id_)
            if av not in ent.articles:
                ent.articles.append(av)
                av.entities.append(ent)
            return ent

        seen_anchor: set[str] = set()
        for fact in rec.facts:
            rejected = fact.review == "rejected"
            anchor = safe_id(fact.id, "f")
            if rejected:
                anchor = f"rejected-{anchor}"  # never shown on the article page; kept apart from the shown ones
            while anchor in seen_anchor:
                anchor += "-x"
            seen_anchor.add(anchor)
            f = FactView(fact, anchor, av, amount=meaning.exact(fact.amount), value=meaning.exact(fact.value),
                         order=len(av.facts), state=state_of(fact))
            if rejected:
                av.rejected.append(f)
                rejected_all.append(f)
                continue
            f.places = [p for p in (ref(x, "place") for x in fact.places) if p]
            f.announced_by = ref(fact.announced_by, "organisation")
            f.speaker = ref(fact.speaker, "person")
            if f.source and f.source.casefold() in names:
                f.source_entities = [names[f.source.casefold()]]
            for ent in {id(e): e for e in [*f.places, f.announced_by, f.speaker, *f.source_entities] if e}.values():
                ent.facts.append(f)
            av.facts.append(f)
            facts.append(f)
        # part_of / same_as name a funding fact of the same record (the first of that id that is shown).
        funding_ids: dict[str, FactView] = {}
        for f in av.facts:
            if f.type == "funding":
                funding_ids.setdefault(f.id, f)
        for f in av.facts:
            if f.type == "funding":
                f.parent = funding_ids.get(f.part_of) if f.part_of else None
                f.restates = funding_ids.get(f.same_as) if f.same_as and not f.part_of else None
                if f.parent is f:
                    f.parent = None
                if f.restates is f:
                    f.restates = None

    site = Site(
        labels=labels,
        articles=sorted(article_views, key=lambda a: (a.date, a.id), reverse=True),
        entities=sorted(entities.values(), key=lambda e: (e.name.casefold(), e.id)),
        places_by_id={e.id: e for (k, _), e in entities.items() if k == "place"},
        facts=sorted(facts, key=FactView.sort_key, reverse=True),
        conflicts=[],
        new_articles=[],
        rejected=rejected_all,
    )
    for e in site.entities:
        e._site = site
        e.facts.sort(key=FactView.sort_key, reverse=True)
        e.articles.sort(key=lambda a: (a.date, a.id), reverse=True)
    for e in site.entities:
        for m in e.member_entities:
            if e not in m.member_of:
                m.member_of.append(e)
    meaning.link_pledges(site.facts_of("funding"))
    site.conflicts, site.revisions = meaning.compare_figures(site.facts_of("figure"))
    if new_article_ids is not None:
        wanted = set(new_article_ids)
        site.new_articles = [a for a in site.articles if a.id in wanted]
    else:
        by_seed_name = sorted(article_views, key=lambda a: (a.seed, a.id))
        site.new_articles = sorted(by_seed_name[-latest:], key=lambda a: (a.date, a.id), reverse=True)
    return site


def find_conflicts(figures: Iterable[FactView]) -> list[Conflict]:
    """Return the discrepancies among ``figures`` (see :func:`meaning.compare_figures`)."""
    return meaning.compare_figures(figures)[0]
