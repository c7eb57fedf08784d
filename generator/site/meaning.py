"""What a number means on the sheets: the rules of FACTS.md ("What a number means") in one place.

The pages, the charts and the downloads ask this module what may be added,
charted, headlined or compared; templates only print what it decides. Every
rule reads the record's fields (``kind``, ``period``, ``per``, ``part_of``,
``same_as``, ``subset``) as resolved on the site model (:class:`FactView`).

Funding (:func:`reason`, :func:`totals`, :func:`funding_rows`)
    A total per currency and year adds only commitments that are sums (no
    ``per``), not ``part_of`` or ``same_as`` another fact, not rejected (those
    never reach the model), in the year of their ``period``, and a pledge
    reported by several articles once (:func:`link_pledges`). Spending, rates,
    estimates and facts with no ``kind`` yet are shown, never added.

Figures (:func:`span_of`, :func:`whole_count`, :func:`series_of`, :func:`compare_figures`, :func:`latest`)
    A whole count has a number, no ``subset`` and a metric other than
    ``other``. Its span is a whole year, a year to date, a month, a week, a
    day, another span or unknown. Charts and "latest" values use whole counts
    of a whole year or of a year to date (two series); the rest are listed.
    Two articles giving different whole counts for the same metric, places
    and span are a discrepancy; a later version of the same story (a
    near-copy, the same address, or the same publisher and title) giving
    another value is a revision.

Sums are exact: amounts are ``int`` or :class:`~decimal.Decimal`, never float.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Iterable, Sequence

from . import fmt

if TYPE_CHECKING:  # the model imports this module
    from .model import ArticleView, FactView

Exact = int | Decimal
"""An amount as the sheets add it: a whole number, or a decimal for a fraction of a unit."""


# -- exact numbers --------------------------------------------------------------------

def exact(value: object) -> Exact | None:
    """Return ``value`` as an exact number (:func:`fmt.exact`), or None if it is no finite number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return fmt.exact(value)
    except ValueError:
        return None


exact_sum = fmt.exact_sum
"""The exact sum every total on the site is (:func:`fmt.exact_sum`)."""


# -- funding ----------------------------------------------------------------------------

KINDS = ("commitment", "spending", "estimate")
"""Funding ``kind`` values; any other (or none) is shown as 'no kind yet' and not added. Any ``per`` makes a rate."""


class Why(str, Enum):
    """Whether a funding fact is added into its total, and if not, why (one reason each, first that applies)."""

    ADDED = "added"
    NO_AMOUNT = "no_amount"
    SHARE = "share"
    RESTATEMENT = "restatement"
    RATE = "rate"
    UNCLASSIFIED = "unclassified"
    SPENDING = "spending"
    ESTIMATE = "estimate"
    COPY = "copy"
    REPEAT = "repeat"


LEFT_OUT_WORDS: dict[Why, tuple[str, str]] = {
    Why.SHARE: ("share of a larger amount", "shares of larger amounts"),
    Why.RESTATEMENT: ("restatement (other currency or rounding)", "restatements (other currency or rounding)"),
    Why.RATE: ("rate (per day, per person …)", "rates (per day, per person …)"),
    Why.SPENDING: ("amount spent", "amounts spent"),
    Why.ESTIMATE: ("estimate", "estimates"),
    Why.UNCLASSIFIED: ("amount with no kind yet", "amounts with no kind yet"),
    Why.COPY: ("amount from a near-copy of another article", "amounts from near-copies of other articles"),
    Why.REPEAT: ("repeat report of a pledge counted once", "repeat reports of pledges counted once"),
    Why.NO_AMOUNT: ("amount that is not a number", "amounts that are not numbers"),
}
"""How the line under a total names what it leaves out (one, several)."""
SHORT_WORDS: dict[Why, tuple[str, str]] = {
    Why.SHARE: ("share", "shares"), Why.RESTATEMENT: ("restatement", "restatements"), Why.RATE: ("rate", "rates"),
    Why.SPENDING: ("spent", "spent"), Why.ESTIMATE: ("estimate", "estimates"), Why.UNCLASSIFIED: ("no kind", "no kind"),
    Why.COPY: ("near-copy", "near-copies"), Why.REPEAT: ("repeat report", "repeat reports"),
    Why.NO_AMOUNT: ("not a number", "not numbers"),
}
"""The same, in the brief line of a table cell."""


def amount_of(f: FactView) -> Exact | None:
    return exact(f.amount)


def own_reason(f: FactView) -> Why:
    """Why ``f`` is or is not added, from its own fields (kind, per, part_of, same_as, its article), before repeats."""
    if amount_of(f) is None or not f.currency:
        return Why.NO_AMOUNT
    if f.part_of:
        return Why.SHARE
    if f.same_as:
        return Why.RESTATEMENT
    if f.per:
        return Why.RATE
    if f.kind not in KINDS:
        return Why.UNCLASSIFIED
    if f.kind == "spending":
        return Why.SPENDING
    if f.kind == "estimate":
        return Why.ESTIMATE
    if f.article.duplicate_of and f.repeat_of is None:
        return Why.COPY
    return Why.ADDED


def reason(f: FactView) -> Why:
    """Why ``f`` is or is not added into the site's totals (a repeat of a pledge counted elsewhere is not)."""
    own = own_reason(f)
    if own is Why.ADDED and f.repeat_of is not None:
        return Why.REPEAT
    return own


def year_of(f: FactView) -> int:
    """The year a funding fact counts in: its period's (end, else start), else the article's date."""
    return f.year


def _order(f: FactView) -> tuple:
    return (f.article.date, f.article.id, f.order)


def _same_pledge(a: FactView, b: FactView) -> bool:
    """Whether two addable commitments of one amount, currency and year, in different articles, are one pledge.

    Conservative: they must also share a place or name the same announcer.
    """
    if a.article is b.article:
        return False
    places = {p.id for p in a.places} & {p.id for p in b.places}
    announcer = a.announced_by is not None and a.announced_by is b.announced_by
    return bool(places) or announcer


def link_pledges(funding: Iterable[FactView]) -> None:
    """Set ``repeat_of`` / ``also_reported`` on the funding facts that report a pledge already reported.

    The rule for "a pledge reported by several articles counts once":

    * a fact of a near-copy (``article.duplicate_of``) repeats the fact of its
      original with the same amount and currency;
    * otherwise two commitments that could be added (sums, not shares or
      restatements) repeat each other when they have the same amount,
      currency and year, come from different articles, and share a place or
      their announcer. The earliest report is the one counted; the later ones
      point to it, and it lists them as "also reported by". A report joins a
      pledge at most once per article.
    """
    facts = sorted(funding, key=_order)
    for f in facts:
        f.repeat_of = None
        f.also_reported = []
    by_article: dict[str, list[FactView]] = defaultdict(list)
    for f in facts:
        by_article[f.article.id].append(f)
    candidates: dict[tuple, list[tuple[list[FactView], set[str]]]] = defaultdict(list)
    for f in facts:
        amount = amount_of(f)
        if amount is None or not f.currency:
            continue
        if f.article.duplicate_of:
            original = next((g for g in by_article.get(f.article.duplicate_of, [])
                             if g.currency == f.currency and amount_of(g) == amount and g is not f), None)
            if original is not None:
                primary = original.repeat_of or original
                f.repeat_of = primary
                primary.also_reported.append(f)
            continue
        if own_reason(f) is not Why.ADDED:
            continue
        clusters = candidates[(f.currency, amount, year_of(f))]
        for cluster, articles in clusters:
            if f.article.id in articles:
                continue
            if _same_pledge(cluster[0], f):
                cluster.append(f)
                articles.add(f.article.id)
                f.repeat_of = cluster[0]
                cluster[0].also_reported.append(f)
                break
        else:
            clusters.append(([f], {f.article.id}))


@dataclass
class Total:
    """What one currency adds up to in one year (``year`` None: all years), and what it leaves out."""

    currency: str
    year: int | None
    amount: Exact = 0
    added: list[FactView] = field(default_factory=list)
    left_out: dict[Why, list[FactView]] = field(default_factory=dict)

    def line(self) -> str:
        """One line: what the total adds and what it leaves out."""
        n = len(self.added)
        when = f" dated {self.year}" if self.year is not None else ""
        if n:
            adds = f"Adds {n} commitment{'s' if n != 1 else ''}{when}."
        else:
            adds = f"Adds nothing: no commitment{when} to add."
        out = [f"{len(fs)} {LEFT_OUT_WORDS[w][0 if len(fs) == 1 else 1]}"
               for w, fs in sorted(self.left_out.items(), key=lambda kv: list(Why).index(kv[0])) if fs]
        return adds + (" Leaves out " + ", ".join(out) + "." if out else " Leaves out nothing.")

    def brief(self) -> str:
        """The line, short enough for a table cell: 'adds 2; leaves out 1 share, 3 rates'."""
        out = [f"{len(fs)} {SHORT_WORDS[w][0 if len(fs) == 1 else 1]}"
               for w, fs in sorted(self.left_out.items(), key=lambda kv: list(Why).index(kv[0])) if fs]
        return f"adds {len(self.added)}; leaves out " + (", ".join(out) if out else "nothing")


def totals(facts: Iterable[FactView], by_year: bool = True) -> list[Total]:
    """Return the totals of ``facts`` per currency and year (or per currency, ``by_year=False``), FACTS.md's rule.

    A repeat report is left out only if the report counted for its pledge is
    among ``facts`` (so a place's total counts a pledge once, by whichever of its
    reports names the place). Newest year first; within a year, the currency
    that adds the most facts first.
    """
    seen_pledges: set[int] = set()
    out: dict[tuple[str, int | None], Total] = {}
    for f in sorted(facts, key=_order):
        if f.type != "funding" or not f.currency:
            continue
        key = (f.currency, year_of(f) if by_year else None)
        t = out.get(key) or out.setdefault(key, Total(*key))
        why = own_reason(f)
        if why is Why.ADDED:  # (also a near-copy's repeat of its original: counted if the original is not here)
            pledge = id(f.repeat_of or f)
            if pledge in seen_pledges:
                why = Why.REPEAT
            else:
                seen_pledges.add(pledge)
                why = Why.ADDED
        if why is Why.ADDED:
            t.added.append(f)
        else:
            t.left_out.setdefault(why, []).append(f)
    for t in out.values():
        t.amount = exact_sum(amount_of(f) for f in t.added)  # type: ignore[misc]
    return sorted(out.values(), key=lambda t: (-(t.year or 0), -len(t.added), t.currency))


@dataclass
class Row:
    """One row of a funding table: a fact, how deep it sits under its total, what stands beside it."""

    fact: FactView
    depth: int = 0
    """0: a row of its own; 1: a share (or a repeat report) under the row above it; 2: a share of a share."""
    relation: str = ""
    """'share' or 'repeat' for rows under another; '' for a row of its own."""
    restated_by: list[FactView] = field(default_factory=list)
    """Restatements (``same_as``) of this amount, shown beside it."""
    also: list[FactView] = field(default_factory=list)
    """Later reports of this pledge that are not rows under it (they are in other tables or pages): named beside it."""

    @property
    def root(self) -> bool:
        return self.depth == 0


CATEGORIES = ("commitments", "spending", "rates", "estimates", "unclassified")
"""The funding tables, in page order."""


def category(f: FactView) -> str:
    """The funding table a fact's row goes in: by its rate, else its kind."""
    if f.per:
        return "rates"
    return {"commitment": "commitments", "spending": "spending", "estimate": "estimates"}.get(f.kind, "unclassified")


def funding_rows(facts: Sequence[FactView], repeats_under: bool = True) -> list[Row]:
    """Return ``facts`` as table rows: each share under its total, each restatement beside the amount it restates.

    ``facts`` keep their order at the top level. With ``repeats_under``, a later
    report of a pledge sits under the report counted (when both are in
    ``facts``). Every fact is in exactly one row or beside exactly one amount,
    also with links that go round in a circle.
    """
    present = {id(f) for f in facts}
    shares: dict[int, list[FactView]] = defaultdict(list)
    restated: dict[int, list[FactView]] = defaultdict(list)
    repeats: dict[int, list[FactView]] = defaultdict(list)
    under: set[int] = set()
    for f in facts:
        if f.restates is not None and id(f.restates) in present:
            restated[id(f.restates)].append(f)
            under.add(id(f))
        elif f.parent is not None and id(f.parent) in present:
            shares[id(f.parent)].append(f)
            under.add(id(f))
        elif repeats_under and f.repeat_of is not None and id(f.repeat_of) in present:
            repeats[id(f.repeat_of)].append(f)
            under.add(id(f))
    for later in repeats.values():
        later.sort(key=_order)
    rows: list[Row] = []
    placed: set[int] = set()

    def place(f: FactView, depth: int, relation: str) -> None:
        if id(f) in placed:
            return
        placed.add(id(f))
        row = Row(f, depth, relation)
        rows.append(row)
        for r in restated.get(id(f), []):
            if id(r) not in placed:
                placed.add(id(r))
                row.restated_by.append(r)
                # A restatement's own shares or repeats stand under the amount it restates.
                for s in shares.get(id(r), []) + repeats.get(id(r), []):
                    place(s, depth + 1, "share" if s in shares.get(id(r), []) else "repeat")
        for s in shares.get(id(f), []):
            place(s, depth + 1, "share")
        for s in repeats.get(id(f), []):
            place(s, depth + 1, "repeat")

    for f in facts:
        if id(f) not in under:
            place(f, 0, "")
    for f in facts:  # links that go round in a circle have no row to start from
        if id(f) not in placed:
            place(f, 0, "")
    below = {id(r.fact) for r in rows if r.relation == "repeat"}
    for r in rows:
        r.also = [o for o in r.fact.also_reported if id(o) not in below]
    return rows


def group_rows(rows: list[Row]) -> list[list[Row]]:
    """Return ``rows`` as groups: a row of its own with the rows under it (they sort together)."""
    groups: list[list[Row]] = []
    for r in rows:
        if r.root or not groups:
            groups.append([r])
        else:
            groups[-1].append(r)
    return groups


def kind_words(f: FactView) -> str:
    """The kind of money in words: 'commitment', 'spending, per day', 'no kind yet'."""
    kind = f.kind if f.kind in KINDS else ""
    bits = [kind or "no kind yet"]
    if f.per:
        bits.append(f"per {f.per}")
    return ", ".join(bits)


def in_totals_words(f: FactView) -> str:
    """Whether the amount is added into the totals, in a few words."""
    why = reason(f)
    return {
        Why.ADDED: "added",
        Why.SHARE: "not added: a share of a larger amount",
        Why.RESTATEMENT: "not added: restates another amount",
        Why.RATE: "not added: a rate",
        Why.SPENDING: "not added: money spent",
        Why.ESTIMATE: "not added: an estimate",
        Why.UNCLASSIFIED: "not added until it has a kind",
        Why.COPY: "not added: a near-copy of another article",
        Why.REPEAT: "counted once, with an earlier report",
        Why.NO_AMOUNT: "not added: not a number",
    }[why]


# -- figures ----------------------------------------------------------------------------

class Span(str, Enum):
    """What span a figure's period is, for comparing counts."""

    YEAR = "year"
    YEAR_TO_DATE = "year_to_date"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    OTHER = "other"
    UNKNOWN = "unknown"


CHARTED = (Span.YEAR, Span.YEAR_TO_DATE)
"""The spans a metric's chart plots, each as its own series."""


def span_of(start: dt.date | None, end: dt.date | None) -> Span:
    """Return the span class of a period: whole year, year to date, month, week, day, other, or unknown."""
    if start is None or end is None or start > end:
        return Span.UNKNOWN
    if start == end:
        return Span.DAY
    if start.day == 1 and start.year == end.year and start.month == end.month \
            and end.day == calendar.monthrange(end.year, end.month)[1]:
        return Span.MONTH
    if (end - start).days == 6:
        return Span.WEEK
    if start == dt.date(start.year, 1, 1) and end.year == start.year:
        return Span.YEAR if end == dt.date(end.year, 12, 31) else Span.YEAR_TO_DATE
    return Span.OTHER


def _d(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {calendar.month_name[d.month]}" + (f" {d.year}" if year else "")


def span_words(start: dt.date | None, end: dt.date | None) -> str:
    """The span in words: '2022', '2025 to 8 October', 'August 2022', '22 August 2022', '1 April 2022 to 31 March 2023'."""
    kind = span_of(start, end)
    if kind is Span.YEAR:
        return str(start.year)  # type: ignore[union-attr]
    if kind is Span.YEAR_TO_DATE:
        return f"{end.year} to {_d(end, year=False)}"  # type: ignore[union-attr]
    if kind is Span.MONTH:
        return f"{calendar.month_name[start.month]} {start.year}"  # type: ignore[union-attr]
    if kind is Span.DAY:
        return _d(start)  # type: ignore[arg-type]
    if kind in (Span.WEEK, Span.OTHER):
        assert start is not None and end is not None
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return f"{start.year} to {end.year}"  # whole calendar years
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day} to {_d(end)}"
        return f"{_d(start, start.year != end.year)} to {_d(end)}"
    if end and not start:
        return f"up to {_d(end)}"
    if start and not end:
        return f"from {_d(start)}"
    return ""


def fact_span(f: FactView) -> Span:
    return span_of(f.period_start, f.period_end)


def fact_span_words(f: FactView) -> str:
    return span_words(f.period_start, f.period_end)


def whole_count(f: FactView) -> bool:
    """Whether a figure counts the whole of its metric: a number, no ``subset``, not an ``other`` count."""
    return f.type == "figure" and f.value is not None and not f.subset and bool(f.metric) and f.metric != "other"


def series_of(f: FactView) -> Span | None:
    """The chart series a figure belongs to (whole year or year to date), or None if it is listed, not charted."""
    if not whole_count(f) or f.superseded_by is not None:
        return None
    if f.article.duplicate_of and f.revises is None:
        return None  # a near-copy repeats its original: no new point, unless it updates a value
    span = fact_span(f)
    return span if span in CHARTED else None


def why_listed(f: FactView) -> str:
    """Why a figure is listed and not charted, in a few words ('' if it is charted)."""
    if series_of(f) is not None:
        return ""
    if f.type != "figure" or f.value is None:
        return "not a number"
    if f.metric == "other":
        return "other counts are never charted"
    if f.subset:
        return "counts only part of the metric"
    if f.superseded_by is not None:
        return "revised by a later report"
    if f.article.duplicate_of:
        return "repeated by a near-copy"
    return {Span.MONTH: "one month", Span.WEEK: "one week", Span.DAY: "one day", Span.OTHER: "not a calendar year or year to date",
            Span.UNKNOWN: "span not known"}.get(fact_span(f), "")


def latest(figures: Iterable[FactView]) -> FactView | None:
    """The newest whole count for a year or a year to date: latest end of period, then the newest report."""
    charted = [f for f in figures if series_of(f) is not None]
    if not charted:
        return None
    return max(charted, key=lambda f: (f.period_end, f.article.date, f.article.id, -f.order))


@dataclass(frozen=True)
class Discrepancy:
    """Different whole counts from different articles for one metric, places and span: newest report first."""

    metric: str
    places: tuple[str, ...]
    period: tuple[dt.date, dt.date]
    facts: tuple[FactView, ...]


@dataclass(frozen=True)
class Revision:
    """A later version of the same story giving another value for the same thing."""

    metric: str
    places: tuple[str, ...]
    period: tuple[dt.date, dt.date]
    earlier: FactView
    later: FactView


def consistent(a: FactView, b: FactView) -> bool:
    """Return whether two values for the same thing can both be right (equal, or within what their qualifiers allow)."""
    x, y = a.value, b.value
    if x is None or y is None or x == y:
        return True
    lo, hi = min(x, y), max(x, y)
    if "approx" in (a.qualifier, b.qualifier) and hi <= lo * 1.1:
        return True
    for p, q in ((a, b), (b, a)):
        if p.qualifier == "at_least" and q.value >= p.value:  # type: ignore[operator]
            return True
        if p.qualifier == "at_most" and q.value <= p.value:  # type: ignore[operator]
            return True
    return False


def same_story(a: ArticleView, b: ArticleView) -> bool:
    """Whether two articles are versions of one story: a near-copy, the same address, or one publisher and title."""
    if a is b:
        return True
    if a.duplicate_of == b.id or b.duplicate_of == a.id:
        return True
    if a.safe_url and a.safe_url == b.safe_url:
        return True
    return bool(a.publisher) and a.publisher == b.publisher and a.title == b.title


def _newer(f: FactView) -> tuple:
    # The later report: later date; on one date, the near-copy (it updates its original).
    return (f.article.date, bool(f.article.duplicate_of), f.article.id)


def compare_figures(figures: Iterable[FactView]) -> tuple[list[Discrepancy], list[Revision]]:
    """Return the discrepancies and revisions among whole counts with a known span.

    Figures are compared only across articles: two values in one article for
    what looks like one thing count different things (a part and a whole, two
    routes), so an article never disputes itself. Across versions of one story
    the later value revises the earlier one (``superseded_by``/``revises`` are
    set). A near-copy takes part only as a revision of its original. Disputed
    figures get ``conflict = True``.
    """
    groups: dict[tuple, list[FactView]] = defaultdict(list)
    for f in figures:
        f.conflict = False
        f.superseded_by = None
        f.revises = None
        if not whole_count(f) or fact_span(f) is Span.UNKNOWN:
            continue
        key = (f.metric, f.unit, tuple(sorted(p.id for p in f.places)), f.period_start, f.period_end)
        groups[key].append(f)
    discrepancies: list[Discrepancy] = []
    revisions: list[Revision] = []
    for (metric, _unit, places, start, end), group in groups.items():
        group.sort(key=_newer)
        for i, a in enumerate(group):
            for b in group[i + 1:]:  # b is the newer report
                if a.article is b.article or consistent(a, b):
                    continue
                if same_story(a.article, b.article) and a.superseded_by is None:
                    a.superseded_by, b.revises = b, a
                    revisions.append(Revision(metric, places, (start, end), a, b))
        live = [f for f in group if f.superseded_by is None and not f.article.duplicate_of]
        bad = [f for f in live if any(g.article is not f.article and not consistent(f, g) for g in live)]
        if len(bad) > 1:
            for f in bad:
                f.conflict = True
            discrepancies.append(Discrepancy(metric, places, (start, end),
                                             tuple(sorted(bad, key=lambda f: (_newer(f), f.value or 0), reverse=True))))
    discrepancies.sort(key=lambda c: (c.metric, c.period[1], c.places), reverse=False)
    revisions.sort(key=lambda r: (r.metric, r.period[1], r.places))
    return discrepancies, revisions
