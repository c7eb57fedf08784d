"""Figures: counted quantities of people, crossings, boats, returns, deaths, arrests or claims.

A number is a count unless its context says otherwise (FACTS.md "Not
figures": years, dates, ages, percentages, money, durations, distances,
labels, phone numbers, definite references, a plain "one", a repeat). A
count of things rather than people ("two detention centres", "500 beds") is
metric `other`, as FACTS.md's "any other count" and the evaluation's gold
have it. What it counts comes from its head noun when that names things,
personnel, groups or operations, else from the cue words of its clause
(``data/metrics.yaml``); when is resolved by :mod:`periods`; who says so
from attribution patterns.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import datafiles
from ..datafiles import trie_pattern
from ..models import Article, Fact, Period, Sentence
from . import gazetteer, numbers, periods, subsets
from .entities import EntityIndex

CROSSING = "crossing"
AT_SEA = "at_sea"


@dataclass(frozen=True)
class MetricRules:
    order: tuple[str, ...]
    cues: dict[str, list[re.Pattern[str]]]
    small_boat: list[re.Pattern[str]]
    other_route: list[re.Pattern[str]]
    units: dict[str, str]
    """Head noun (lower case) -> unit."""
    not_nouns: frozenset[str]
    personnel: frozenset[str]
    groups: frozenset[str]
    """Groups of people and actions against them: a count of these is `other` ("40 smuggling groups")."""
    things: frozenset[str]
    """Counted things, not people: a count of these is `other` ("two detention centres", "500 beds")."""
    noun_stops: frozenset[str]
    unit_re: re.Pattern[str]
    unit_start_re: re.Pattern[str]
    """A head noun of several words starting right here ("asylum seekers")."""
    noun_metrics: dict[str, str]
    """Head noun (lower case) -> the metric it names when no cue word does ("112,000 claims")."""
    sources: list[re.Pattern[str]]
    small_boat_any: re.Pattern[str]
    other_route_any: re.Pattern[str]
    other_applications: re.Pattern[str]
    """Right after a count: applications or claims of another kind than asylum ("1,052 homeless applications")."""
    own_passive: re.Pattern[str]
    """Right after a count: its own passive verb, in group ``verb`` ("seven men were sentenced")."""
    passive_metrics: dict[str, str]
    """That verb (lower case) -> the metric it says."""
    own_object: re.Pattern[str]
    """Right before a count (up to its qualifier): the verb it is the object of, in group ``verb`` ("jailed")."""
    object_metrics: dict[str, str]
    """That verb (lower case) -> the metric it says."""
    rescued_back: re.Pattern[str]
    """Who rescues at sea on the side people set out from ("the French maritime prefecture")."""
    landed_by: re.Pattern[str]
    """Who lands people rescued in the Channel in Britain ("Border Force")."""
    on_board: re.Pattern[str]
    """Right after a count: the people on one boat ("750 people on board")."""
    arrived: re.Pattern[str]
    """In the count's sentence: the boat arrived ("reached La Restinga")."""


def _compile(doc: dict, name: str) -> MetricRules:
    order = tuple(doc["order"])
    if set(doc["cues"]) != set(order):
        raise datafiles.fail(name, "must list exactly the metrics of 'order'", "cues")
    cues = {m: datafiles.regexes(name, doc["cues"][m], ("cues", m), lists=doc) for m in order}
    units: dict[str, str] = {}
    for unit in ("people", "boats", "crossings", "other"):
        for w in doc["units"][unit]:
            units[w.lower()] = unit
    personnel = frozenset(w.lower() for w in doc["personnel"])
    for w in personnel:
        units.setdefault(w, "people")
    alt = trie_pattern(sorted(units), space=r"\s+")
    # the head noun: within a few modifier words after the number ("500 extra French officers")
    unit_re = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?P<noun>%s)\b" % alt, re.IGNORECASE)
    srcs = datafiles.regexes(name, doc["sources"], ("sources",), 0, lists=doc)
    not_nouns = frozenset(w.lower() for w in doc["not_nouns"])
    small_boat = datafiles.regexes(name, doc["route"]["small_boat"], ("route", "small_boat"), lists=doc)
    other_route = datafiles.regexes(name, doc["route"]["other_route"], ("route", "other_route"), lists=doc)
    multi = [w for w in units if " " in w]
    unit_start_re = re.compile(r"(?P<noun>%s)\b" % trie_pattern(sorted(multi), space=r"\s+"), re.IGNORECASE)
    noun_metrics: dict[str, str] = {}
    for metric, nouns in doc["noun_metrics"].items():
        for i, w in enumerate(nouns):
            if w.lower() in noun_metrics:
                raise datafiles.fail(name, f"{w!r} is given twice", "noun_metrics", metric, i)
            noun_metrics[w.lower()] = metric
    passive_metrics = _verb_table(doc["own_passive"])
    # the count's noun and a few words about it (no number, no punctuation), then its passive verb
    own_passive = re.compile(r"\s*(?:[^\d\s,;:.()]+\s+){0,14}?(?:(?:were|was|have\s+been|had\s+been|has\s+been|are\s+being|"
                             r"were\s+being)\s+)?(?:(?:later|also|then|subsequently|all|each|since|now|both)\s+)?(?P<verb>%s)\b"
                             % trie_pattern(sorted(passive_metrics), space=r"\s+"), re.IGNORECASE)
    object_metrics = _verb_table(doc["own_object"])
    own_object = re.compile(r"\b(?P<verb>%s)\s+$" % trie_pattern(sorted(object_metrics), space=r"\s+"), re.IGNORECASE)
    rescued_back = _any(datafiles.regexes(name, doc["route"]["rescued_back"], ("route", "rescued_back"), lists=doc))
    landed_by = _any(datafiles.regexes(name, doc["route"]["landed_by"], ("route", "landed_by"), lists=doc))
    on_board = _any(datafiles.regexes(name, doc["route"]["on_board"], ("route", "on_board"), lists=doc))
    arrived = _any(datafiles.regexes(name, doc["route"]["arrived"], ("route", "arrived"), lists=doc))
    groups = frozenset(w.lower() for w in doc["groups"])
    things = frozenset(w.lower() for w in doc["things"])
    for key, words, others, what in (("groups", doc["groups"], set(units), "'units'"),
                                     ("things", doc["things"], groups | set(units), "'groups' or 'units'")):
        for i, w in enumerate(words):
            if w.lower() in others:
                raise datafiles.fail(name, f"{w!r} is one of {what} too", key, i)
    return MetricRules(order, cues, small_boat, other_route, units, not_nouns, personnel, groups, things,
                       frozenset(w.lower() for w in doc["noun_stops"]), unit_re,
                       unit_start_re, noun_metrics, srcs, _any(small_boat), _any(other_route),
                       # ("1,052 homeless applications", "3,850 refugees made homelessness applications")
                       re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+(?:applications?|claims?|applicants?|claimants?)\b"
                                  % trie_pattern(sorted({w.lower() for w in doc["other_applications"]}), space=r"\s+"),
                                  re.IGNORECASE), own_passive, passive_metrics, own_object, object_metrics, rescued_back, landed_by,
                       on_board, arrived)


def _verb_table(section: dict[str, list[str]]) -> dict[str, str]:
    """A data file's metric -> verbs, as verb (lower case) -> metric."""
    return {w.lower(): metric for metric, verbs in section.items() for w in verbs}


def _verb_metric(table: dict[str, str], m: re.Match[str]) -> str:
    """The metric of the verb a match found in its group ``verb``, however it is spaced or cased."""
    return table[re.sub(r"\s+", " ", m.group("verb").lower())]


def _any(pats: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern matching where any of ``pats`` does (for counting over a whole article)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in pats), re.IGNORECASE)


def rules() -> MetricRules:
    return datafiles.load("metrics.yaml", _compile)


# ---------------------------------------------------------------- what is a count

_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?\b0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b"
                    # "+32 2 299 40 73", "00 800 67 89 10 11", "(202) 555-0100"
                    r"|(?:\+|\b00\s?)\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){3,}\b|\(\d{3}\)\s?\d{3}-\d{4}\b")
# Clause breaks: punctuation, an "and" that opens a new count ("78 bodies were recovered and 104 people rescued"),
# and a subordinating word before a new subject.
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|twenty|thirty|forty|fifty)\b"
_CLAUSE_BREAK = re.compile((r"[;:]|,(?!\d{3})|\s[–—]\s|(?<=[a-z\d])\s-\s(?=[a-z])|\(|\)|\sand\s(?=(?:[a-z]+\s+){0,3}(?:\d|%s)|[a-z]+ed\s+(?:more than|fewer than|less than|at least|almost|nearly|about|around|some|over|up to)\s+\d)"
                            # a subordinate clause with a subject of its own: "The deaths come as the number of …"
                            # (not the second "as" of a qualifier: "to receive as many as a million asylum seekers")
                            r"|(?<!many)(?<!much)\s(?:as|after|when|while|because|although|though|despite)\s(?!a whole\b)"
                            r"(?=(?:the|a|an|their|its)\s)"
                            # "… died off the beach as 112 people crowded aboard a single dinghy" (not "as many as 750")
                            r"|(?<!many)(?<!much)(?<!high)(?<!large)(?<!few)(?<!such)(?<!well)(?<!same),?\sas\s(?=\d)"
                            # a relative clause after a preposition: "jailed for their part in a crossing in which four
                            # people drowned"
                            r"|\s(?=(?:in|on|at|during|from|by|after) which\s)")
                           % _NUMBER_WORD)


_NAME_LIST_COMMA = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*$")
_NAME_LIST_NEXT = re.compile(r"\s+[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)?,?\s+(?:and|or)\s+[A-Z]")


def clause_span(text: str, pos: int) -> tuple[int, int]:
    """Return the (start, end) of the comma-delimited clause around ``pos``.

    It starts where the last break ending at or before ``pos`` ends and ends where the first break
    starting at or after it starts (a break around ``pos`` counts for neither); the breaks are in
    order and do not overlap, so both are found by bisection.
    """
    starts, ends = _clause_bounds(text)
    i = bisect_right(ends, pos)
    j = bisect_left(starts, pos)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(text))


@lru_cache(maxsize=4096)
def _clause_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Return the starts and the ends of :func:`_clause_breaks`, each in order."""
    breaks = _clause_breaks(text)
    return tuple(b[0] for b in breaks), tuple(b[1] for b in breaks)


@lru_cache(maxsize=4096)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of every clause break of a sentence, in order.

    Which breaks count depends on the sentence only, not on the position asked
    about, and a sentence is asked about for each of its numbers, by several
    checks (more than half of the calls repeat one already made): the breaks
    are found once per sentence here, and the rules that skip a break (a list
    of names, an "and" inside a number) run once per break, not once per call.
    """
    out: list[tuple[int, int]] = []
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group(0) == "," and _NAME_LIST_COMMA.search(text, 0, m.start()) and _NAME_LIST_NEXT.match(text, m.end()):
            continue  # the comma of a list of names: "flights to Vietnam, Timor-Leste and Albania carried 800 people"
        if "and" in m.group(0) and any(x.start < m.start() and m.end() < x.end for x in numbers.numbers(text)):
            continue  # the "and" inside a number: "Three hundred and twenty migrants crossed"
        out.append((m.start(), m.end()))
    return tuple(out)


def _prev_word(text: str, pos: int) -> str:
    """The word right before ``pos``, only when nothing but a space separates them."""
    m = re.search(r"([A-Za-z’']+)\s+$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


_PLUS = re.compile(r"(?:\+|-plus\b)")
_DASH_RANGE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})*)\s?[-–]\s?(\d{1,3}(?:,\d{3})*)(?![\w.,/-])")


def _dash_range(text: str, n: numbers.Number) -> bool:
    """Whether a number is an end of a range of counts written with a dash: "50-60 migrants"."""
    for m in _DASH_RANGE.finditer(text, max(0, n.start - 12), min(len(text), n.end + 12)):
        if m.start() <= n.start and n.end <= m.end():
            a, b = (int(g.replace(",", "")) for g in m.groups())
            return a < b and rules().unit_re.match(text[m.end():m.end() + 60]) is not None
    return False


def is_count(text: str, n: numbers.Number, blocked: list[tuple[int, int]]) -> bool:
    """Return whether a number in a sentence counts something (see FACTS.md "Not figures")."""
    g = numbers.grammar()
    if n.value < 2 or n.decimal:
        return False
    if any(n.start < e and s < n.end for s, e in blocked):
        return False
    before = text[max(0, n.start - 2):n.start]
    after = text[n.end:n.end + 3]
    # glued to a word or another figure: "Covid-19", "2023-24", "24/7", "10:30", "one-day", "34-year-old"
    if (re.search(r"[\w][-/:.]$|[/:]$", before) or re.match(r"[-/:]\w|\.\d", after)) and not _dash_range(text, n) \
            and not _PLUS.match(text, n.end):
        return False
    if re.fullmatch(r"0\d+", n.text.replace(",", "")):
        return False
    if re.fullmatch(r"\d{4}", n.text) and 1800 <= n.value <= 2100 and not rules().unit_re.match(text[n.end:n.end + 40]):
        return False  # a year
    if n.abbreviated and not rules().unit_re.match(text[n.end:n.end + 40]):
        return False  # "100m" is more often metres than a count
    if numbers.unit_after(text, n.end) and not (n.value >= 1000 and _EVENTS.match(text, n.start)):
        return False  # (but "stopped migrants 2.3 million times at the border" counts the stops)
    if _statistic(text, n):
        return False  # "the average number of people per boat has risen to 49"
    # "one in five", "two out of three" (not "50 in 2020": the second number of a ratio is the larger, and no year)
    if re.match(r"\s+(?:in|out of)\s+(?:every\s+)?(?:\d+|\w+)\b(?!\s*(?:,|the|a|an|their|its|this|that|Italy|[A-Z]))", text[n.end:]):
        second = re.match(r"\s+(?:in|out of)\s+(?:every\s+)?(\S+)", text[n.end:]).group(1).strip(",.")
        whole = numbers.parse_number(second)
        if whole is not None and whole > n.value and not _is_year(second, whole):
            return False
    # the first end of a range whose second end is a measure: "in 10 to 12 weeks", "between 20 and 30 miles"
    joined = re.match(r"\s*(?:-|–|to|or|and)\s*", text[n.end:])
    if joined:
        nxt = next((m for m in numbers.numbers(text) if m.start == n.end + joined.end()), None)
        if nxt is not None and numbers.unit_after(text, nxt.end):
            return False
    # ages: "Mr Jones, 45, was…", "aged between 16 and 25"
    if n.value < 120 and (re.search(r"[A-Z][a-z]+,\s*$", text[:n.start]) and re.match(r"\s*,", text[n.end:])
                          or re.search(r"\b(?:aged|ages?)\s+(?:between\s+|from\s+|of\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?$",
                                       text[max(0, n.start - 30):n.start], re.IGNORECASE)):
        return False
    ratio = re.search(r"([\w,]+)\s+(?:in|out of)\s+(?:every\s+)?$", text[max(0, n.start - 30):n.start])
    if ratio and (numbers.parse_number(ratio.group(1)) or n.value) < n.value and not _is_year(n.text, n.value):
        return False  # the second number of "one in five"
    q, qstart = numbers.qualifier_before(text, n.start)
    if any(p.match(text[n.end:n.end + 120]) for p in g.difference_after) \
            or any(p.search(text, max(0, qstart - 30), qstart) for p in g.difference_before):
        return False  # "1,000 more people crossed in August than …", "up 3,000 on last year"
    word = _prev_word(text, qstart)
    if word in g.labels_before:
        return False
    listed = _LABEL_LIST.search(text, max(0, n.start - 60), n.start)
    if listed and listed.group(1).lower() in g.labels_before:
        return False  # the last label of a list: "under Sections 6 and 8 of the Act"
    if _REFERENCE_BACK.search(text, max(0, n.start - 20), n.start) and re.match(r"\s*,", text[n.end:]):
        return False  # "Of the 303, 237 were Afghans": the count told before, named again
    # definite references to a group already named: "the two countries", "our 57 members", "Italy's 20 regions";
    # a large figure after "the" is a new figure ("double the 74,000 recorded in 2022")
    if qstart == n.start and _time_possessive().search(text, max(0, n.start - 20), n.start):
        return True  # the count of a time: "up by a quarter on the previous year's 29,437", "2021's 28,526"
    if qstart == n.start and (word in g.determiners or re.search(r"\w['’]s\s+$", text[max(0, n.start - 4):n.start])):
        if word == "the" and not n.spelled and _THAN_THE.search(text, max(0, n.start - 30), n.start):
            return True  # the other side of a comparison is a count of its own: "more died than the 78 bodies recovered"
        if word in ("all", "first") and not n.spelled and _people_after(text, n.end):
            return True  # "All 39 asylum seekers on the barge were moved", "The first 15 men boarded on Monday"
        # (and a large one after "all": "to deal with all 92,601 claims lodged before June")
        return not (n.spelled and n.scale == 1 or n.value < 100 or word not in ("the", "these", "those", "all"))
    return True


@lru_cache(maxsize=None)
def _time_possessive() -> re.Pattern[str]:
    """A time's possessive right before a count ("the previous year's 29,437", "June's 3,000")."""
    months, days = periods.calendar_names()
    names = "|".join(["year", "month", "week", "day", "quarter", "summer", "winter", "spring", "autumn", r"\d{4}",
                      *months, *days])
    return re.compile(r"\b(?:%s)['’]s\s+$" % names, re.IGNORECASE)


# a label and its number, then more numbers of the list: "Sections 6, 7 and "
_LABEL_LIST = re.compile(r"\b([A-Za-z]+)\s+\d+[a-z]?(?:\s*,\s*\d+[a-z]?)*\s*(?:,|and|or|to|-|–)\s*$")
_REFERENCE_BACK = re.compile(r"(?:^|[.;:]\s*)\W*(?:of|among|amongst)\s+the\s+$", re.IGNORECASE)


_EVENTS = re.compile(r"\d[\d,.]*\s*(?:(?:million|m|bn|billion)\s+)?times\b(?!\s+(?:the|as|more|higher|greater|larger|bigger|"
                     r"over|that|what|smaller|fewer|lower|less)\b)", re.IGNORECASE)
"""A count of events told as how many times something was done: "2.3 million times", "249,785 times"."""


def _people_after(text: str, end: int) -> bool:
    """Whether the head noun right after a number names people ("39 asylum seekers", "15 men")."""
    m = rules().unit_re.match(text[end:end + 60])
    return m is not None and rules().units.get(re.sub(r"\s+", " ", m.group("noun").lower())) == "people" \
        and re.sub(r"\s+", " ", m.group("noun").lower()) not in rules().personnel


_COMPARISON_OPENS = re.compile(r"\W*(?:(?:up|down)\s+)?(?:from|than|compared\s+(?:with|to)|against|versus|vs)\b", re.IGNORECASE)


def _statistic(text: str, n: numbers.Number) -> bool:
    """Whether a statistic word before a number makes it an average, not a count.

    The word governs its own clause and, when that clause has no number of its own, the next ("On average,
    49 people …"), and the other side of a comparison ("…, from 41 in 2022"); a clause after a number it
    already governs is a new count ("an average of 58 people per boat, taking the total to 11,074").
    """
    clause = clause_span(text, n.start)
    if re.fullmatch(r"\W*(?:(?:and|or)\s+)?", text[clause[0]:n.start]) \
            and re.search(r"[^\s,;]\s+(?:and|or)\s*$", text[max(0, clause[0] - 8):n.start]):
        # "…, from 41 in 2022 and 28 in 2021": a number joined to the one before is what that one is
        before = [x for x in numbers.numbers(text) if x.end <= clause[0] and not _is_year(x.text, x.value)]
        if before:
            return _statistic(text, before[-1])
    for p in numbers.grammar().statistic_before:
        hits = list(p.finditer(text, 0, n.start))
        if not hits:
            continue
        m = hits[-1]
        if m.start() >= clause[0]:
            return True
        own = clause_span(text, m.start())[0]
        between = [x for x in numbers.numbers(text) if own <= x.start and x.end <= clause[0]
                   and not _is_year(x.text, x.value) and x.start != m.start()]
        if not between or _COMPARISON_OPENS.match(text, clause[0], clause[1]):
            return True
    return False


_THAN_THE = re.compile(r"\b(?:than|compared (?:with|to)|up from|down from|against)\s+the\s+$", re.IGNORECASE)


def _is_year(written: str, value: float) -> bool:
    return re.fullmatch(r"\d{4}", written) is not None and 1800 <= value <= 2100


# ---------------------------------------------------------------- what it counts


def metric_in(text: str, start: int, end: int, pos: int, after_number: int) -> str | None:
    """Return the metric (or "crossing") whose cue appears in text[start:end], by the order of precedence.

    A cue that takes in the number itself (covers ``pos``) does not count. The
    first metric of the order with a cue wins, so the cues of the metrics after
    it are not looked for (they are long patterns, and scanning all of them for
    every count was ~10% of extraction).
    """
    r = rules()
    for m in r.order:
        if m == "boats":
            if r.cues[m][0].match(text[after_number:after_number + 40]):
                return m
            continue
        for p in r.cues[m]:
            if any(not (hit.start() <= pos < hit.end()) and not (m == CROSSING and _crossing_place(text, hit.start()))
                   and not _in_name(text, hit.start(), hit.end()) for hit in p.finditer(text, start, end)):
                return m
    return None


_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a cue is a word of a capitalised name ("the Enforcement and Removal Operations officers", "the
    Voluntary Returns Service"), not a deed: it is capitalised and so is the word after it, or the word before it
    (past "and", "of") where that is no sentence's first."""
    if not text[start:start + 1].isupper():
        return False
    after = re.match(r"\s+([\w’'-]+)", text[end:end + 30])
    if after and _NAME_WORD.fullmatch(after.group(1)):
        return True
    before = re.search(r"([\w’'-]+)\s+(?:(?:and|of|for|&)\s+)?$", text[max(0, start - 40):start])
    return bool(before and _NAME_WORD.fullmatch(before.group(1)) and not re.search(r"(?:^|[.!?]\s+)$", text[:start - len(before.group(0))]))


_CROSSING_PLACE = re.compile(r"(?:\b(?:the|a|an|its|this|that|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:(?!(?:English|Channel|Mediterranean|Atlantic|Aegean)\b)(?-i:[A-Z])[\w’'-]+|border|land|rail|"
                             r"railway|road|bridge|frontier|river|main|official|busy)|\bborder)\s+$", re.IGNORECASE)
_NOT_PLACE_AFTER = re.compile(r"crossing\s+(?:of|by|into|from|to|attempts?|the)\b", re.IGNORECASE)


def _crossing_place(text: str, start: int) -> bool:
    """Whether the word "crossing" at ``start`` names a place, a border crossing point ("near the Kuźnica
    crossing", "at the Bab al-Hawa border crossing"), not the act of crossing ("made the Channel crossing")."""
    if not re.match(r"crossing\b(?!s)", text[start:start + 10], re.IGNORECASE) or _NOT_PLACE_AFTER.match(text, start):
        return False
    if re.match(r"crossing\s+points?\b", text[start:start + 20], re.IGNORECASE):
        return True
    m = _CROSSING_PLACE.search(text, max(0, start - 60), start)
    return m is not None and not _CROSSING_MADE.search(text, max(0, m.start() - 30), m.start() + 1)


_FLOWN_BEFORE = re.compile(r"\b(?:flights?|planes?|aircraft|jets?|airliners?)\s+(?:that\s+|which\s+)?(?:carrying|carried|with|"
                           r"transporting|transported|bringing|brought|taking|took|flew|flying)\s+(?:[\w,-]+\s+){0,3}?$",
                           re.IGNORECASE)
_FLOWN_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:on board|aboard|onboard)\s+(?:(?:the|a|an|two|three|[\w-]+)\s+){0,2}?"
                          r"(?:flights?|planes?|aircraft|jets?)\b", re.IGNORECASE)


def _flown(text: str, n: numbers.Number, clause: tuple[int, int]) -> bool:
    """Whether a count is of people a flight carried: "Three flights carrying about 320 migrants", "Two planes with
    270 Venezuelans on board", "put 80 men aboard a plane"."""
    qstart = numbers.qualifier_before(text, n.start)[1]
    return _FLOWN_BEFORE.search(text, clause[0], qstart) is not None \
        or _FLOWN_AFTER.match(text, n.end, clause[1]) is not None \
        or (_CARRYING_OPENS.match(text, clause[0], qstart) is not None
            and _FLIGHTS_END.search(text, max(0, clause[0] - 80), clause[0]) is not None)


_CARRYING_OPENS = re.compile(r"[\s,;]*(?:carrying|carried|transporting|bringing|taking)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_AIRCRAFT = r"(?:flights?|planes?|aircraft|jets?)"
"""What carries people by air, as a pattern."""
_FLIGHTS_END = re.compile(r"\b(?:%s|airliners?)(?:\s+(?:in|of|from|to|for|over|during|this|last)\b"
                          r"[^.;,]{1,60})?,?\s*$" % _AIRCRAFT, re.IGNORECASE)
"""A clause that goes on about flights told at the end of the clause before: "the four largest returns flights in the
UK's history, carrying more than 850 people between them"."""


_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b(?!['’]s)", re.IGNORECASE)
_AT_THAT_POINT = re.compile(r"\W*(?:at|by|until)\s+(?:that|this|the)\s+(?:point|time|stage|date)\b|\W*by\s+then\b", re.IGNORECASE)
_THAT_YEAR_OPENS = re.compile(r"\W*(?:in\s+)?(?:that|the\s+same)\s+year\b(?!['’]s)", re.IGNORECASE)


def _year_named_before(sentences: list[Sentence], si: int, ref: dt.date) -> Period | None:
    """The year a sentence before ``si`` names last, for "that year": "… of 2006", "its highest since 2016", "in
    March 2021" (the calendar year, to the reference date when it is this one)."""
    for sent in reversed(sentences[max(0, si - 3):si]):
        for t in reversed(periods.find_times(sent.text, ref)):
            years = re.findall(r"\b(?:19|20)\d{2}\b", t.text)
            if len(years) == 1 and int(years[0]) <= ref.year:
                y = int(years[0])
                return Period(dt.date(y, 1, 1), dt.date(y, 12, 31) if y < ref.year else ref)
    return None


def _possessive_time(text: str, qstart: int, times: list[periods.TimePhrase]) -> periods.TimePhrase | None:
    """The time a count is told as the count of: "This year's 11,000 crossings", "last year's 12,000"."""
    # (a relative one, "the previous year's 29,437", is left to the sentence's other times: a year before the one told)
    return next((t for t in times if t.period is not None and t.end <= qstart and not periods.relative_year(t)
                 and re.fullmatch(r"(?:['’]s)?\s*", text[t.end:qstart]) and re.search(r"['’]s\s*$", text[t.start:qstart])),
                None)


_SET_IN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?(?:\s*,\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?"
                     r"(?:set|reached|recorded|registered|seen|hit|logged)|\s+(?:set|reached|hit))\s+(?=\S)", re.IGNORECASE)
"""(without a comma only the verbs of a record: "the all-time high of 64,298 set in 2018"; "the 56,852 recorded in 2023"
is a count of that year like any other)"""


def _participle_time(text: str, n: numbers.Number, times: list[periods.TimePhrase]) -> periods.TimePhrase | None:
    """The time a participle right after a count gives it: "the previous annual record of 8,084 deaths, set in 2016",
    "a peak of 56,042, reached at the end of September 2023"."""
    m = _SET_IN.match(text, n.end)
    return next((t for t in times if m and t.start == m.end() and t.period is not None), None)


_CROSSING_MADE = re.compile(r"\b(?:made|make|makes|making|attempt\w*|complet\w*|surviv\w*|risk\w*|during|on|in|after|before|"
                            r"for)\s+\w?$", re.IGNORECASE)
"""Before a crossing that is the act ("made the Darien crossing", "died during the Evros crossing")."""


_COMPARED = re.compile(r"\b(?:(?:up|down) (?:from|on)|compared (?:with|to)|against|than|versus|from a (?:peak|high|low) of)"
                       r"\s+(?:about|around|some|nearly|almost|more than|over|just)?\s*$", re.IGNORECASE)
"""The words before the other side of a comparison ("…, down from 400")."""

_OWN_PREDICATE = re.compile(r"\b(?:have|has|had|were|was|are|is)\b", re.IGNORECASE)
_BULLET_ITEM = re.compile(r"\s*(?:[-–•*▪]|\d{1,2}[.)])\s+")
"""A paragraph that is an item of a bulleted or numbered list."""
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|was|remain|remained)\s+(?:(?:now|still|currently|already|today)\s+)?$",
                        re.IGNORECASE)
"""A count that exists, told by "there are" right before it: a stock, no parallel of the count before."""


def _after_subordinator(head: str) -> str:
    """What follows the last subordinating word of a clause's head: "Spain sent troops to Ceuta after about" -> "about"."""
    m = None
    # (the "as" of a qualifier is no subordinator: "The camp swelled to as many as 15,000 people")
    for m in re.finditer(r"\b(?:after|(?<!many )(?<!much )(?<!few )(?<!high )(?<!large )(?<!little )(?<!long )"
                         r"as(?!\s+(?:many|much|few|high|large|little|long)\s+as\b)"
                         r"|when|because|since|while|although|though|until|before|once)\s+", head, re.IGNORECASE):
        pass
    return head[m.end():] if m else head


_BE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|been|be)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s+(?:[\w’'-]+(?:\s+|(?=[,\s]))){0,2}?\s*(?:[–—-]\s+[^–—;.]{1,40}\s+[–—-]\s+)?(?:,\s+and\s+|,\s+|and\s+)",
                        re.IGNORECASE)
"""Between a count's noun and the next count of a list, up to that count's qualifier (numbers.qualifier_before)."""
_LIST_OPENS = re.compile(r"(?:^|[,;:(]|\b(?:said|says|say|told\s+[\w’'-]+|added|showed|shows|show|reported|were|are|was|is|that|"
                         r"included|includes|include))\s*$", re.IGNORECASE)
"""Right before a list of counts that is a subject or a complement: its clause's start, a verb of saying, "were"."""
_AND_JOIN = re.compile(r"\band\b", re.IGNORECASE)
_VICTIMS_WERE = re.compile(r"\b(?:the\s+)?(?P<noun>victims|dead)\s+(?:were|included|are)\s+(?:[^.;]*?\s)?$", re.IGNORECASE)
_LIST_VERB_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}?(?:,[^,.;]{1,60},)?\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)


def _listed_subject(text: str, n: numbers.Number, counts: list[numbers.Number]) -> bool:
    """Whether a count is one of a list joined by commas and "and", each with its noun, the list the subject of the verb
    after it: "17 men and seven women, one of them pregnant, were among the dead", "the victims were 17 men, seven
    women - one of them pregnant - and three children", "17 men, seven women and three children were among the 27"."""
    i = counts.index(n)
    first = last = i
    while first > 0 and _LIST_JOIN.fullmatch(text, counts[first - 1].end, numbers.qualifier_before(text, counts[first].start)[1]):
        first -= 1
    while last + 1 < len(counts) and _LIST_JOIN.fullmatch(text, counts[last].end, numbers.qualifier_before(text, counts[last + 1].start)[1]):
        last += 1
    if last == first or not _AND_JOIN.search(text, counts[first].end, counts[last].start):
        return False
    if not _LIST_OPENS.search(text, max(0, counts[first].start - 60), numbers.qualifier_before(text, counts[first].start)[1]):
        return False  # (the object of a verb is no subject: "it hosts about 9 million migrants, and 450,000 people have fled")
    return _LIST_VERB_AFTER.match(text, counts[last].end) is not None \
        or _VICTIMS_WERE.search(text, max(0, counts[first].start - 40), numbers.qualifier_before(text, counts[first].start)[1]) is not None


_TIME_OPENER = re.compile(r"\W*(?:at|by|in|on|until|as\s+of)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
                          r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,\s*", re.IGNORECASE)
"""A sentence's opening time before its subject: "At the end of June, 71,000 cases, covering …, were waiting"."""


def _apposed_subject(text: str, n: numbers.Number, clause: tuple[int, int]) -> bool:
    """Whether a count is a bare subject cut off from its verb by an apposition: "Two men, aged 19 and 22, were …"."""
    # (the subject's noun phrase may run on: "four members of one Kurdish-Iranian family, among them …, drowned", "four
    # members of a Kurdish family from Sardasht, in western Iran, drowned")
    head = text[clause[0]:n.start]
    return text[clause[1]:clause[1] + 1] == "," and re.fullmatch(r"\s*(?:[\w’'-]+\s*){0,6}|\s*[\w’'-]+\s+of\s+(?:[\w’'-]+\s*){0,6}", text[n.end:clause[1]]) is not None \
        and not _BE_VERB.search(text, n.end, clause[1]) \
        and (re.fullmatch(r"\W*(?:\w+\W+){0,3}", text[:clause[0]]) is not None
             or _TIME_OPENER.fullmatch(text, 0, clause[0]) is not None
             # (or a clause of its own after a subordinator: "…, when four members of a family from Sardasht, in
             # western Iran, drowned")
             or _SUBORDINATE_OPENS.match(head) is not None) \
        and re.fullmatch(r"\W*(?:[\w’'-]+\s+){0,3}", _after_subordinator(head)) is not None  # no verb


_SUBORDINATE_OPENS = re.compile(r"\W*(?:when|after|because|while|although|though|until|before|once)\s", re.IGNORECASE)


def _best_cue(text: str, distance, start: int = 0) -> str | None:
    """Return the metric of the cue at or after ``start`` with the least ``distance(match)``, ties by precedence.

    Boats are left out: their cue is read right after the number (:func:`metric_in`).
    """
    r = rules()
    best: tuple[int, int, str] | None = None
    for rank, m in enumerate(r.order):
        if m == "boats":
            continue
        for p in r.cues[m]:
            for hit in p.finditer(text, start):
                if m == CROSSING and _crossing_place(text, hit.start()) or _in_name(text, hit.start(), hit.end()):
                    continue
                key = (distance(hit), rank, m)
                if best is None or key < best:
                    best = key
    return best[2] if best else None


def first_metric_after(text: str, start: int) -> str | None:
    """Return the metric of the first cue at or after ``start`` (ties by the order of precedence)."""
    return _best_cue(text, lambda hit: hit.start(), start)


def nearest_metric(text: str, pos: int, after_number: int) -> str | None:
    """Return the metric whose cue is nearest to ``pos`` anywhere in the sentence."""
    return _best_cue(text, lambda hit: abs(hit.start() - pos))


def route(text: str, clause: tuple[int, int], article_bias: Callable[[], str], paragraph: str = "") -> str:
    """Return small_boat_arrivals or irregular_crossings for a crossing count.

    The route words of the clause decide, else those of the sentence, else
    of the paragraph, else the article's.
    """
    r = rules()
    if _LEGAL_SCHEME.search(text):
        return "other"  # "Under the Ukraine schemes, 250,000 people have arrived": a legal route, no crossing
    if _BY_VEHICLE.search(text) and not _BY_BOAT.search(text):
        return "irregular_crossings"  # "detected hiding in lorries at Dover and the Channel Tunnel": no small boat
    if _IRREGULAR_ARRIVALS.search(text) and not r.small_boat_any.search(text):
        # arrivals by every irregular means, with no small boat named: "3,798 Vietnamese were detected entering the UK
        # irregularly last year, out of 43,630 irregular arrivals"
        return "irregular_crossings"
    for t, s, e in ((text, clause[0], clause[1]), (text, 0, len(text)), (paragraph, 0, len(paragraph))):
        sb = r.small_boat_any.search(t, s, e) is not None
        other = r.other_route_any.search(t, s, e) is not None
        if sb and not other:
            return "small_boat_arrivals"
        if other and not sb:
            return "irregular_crossings"
    bias = article_bias()
    if bias == "other" and _IRREGULAR.search(text):
        return "irregular_crossings"  # no route named, but an irregular crossing ("smuggled 2,000 people into Britain")
    return bias


def article_route(article: Article) -> str:
    """Return which crossing metric the article is about, by which route words it uses more."""
    r = rules()
    body = article.title + "\n" + article.text
    sb = sum(1 for _ in r.small_boat_any.finditer(body))
    other = sum(1 for _ in r.other_route_any.finditer(body))
    if not sb and not other and _LEGAL_MIGRATION.search(body):
        return "other"  # no route in a story of net migration: "1.2 million people arrived" came legally
    return "small_boat_arrivals" if sb > other else "irregular_crossings"


def _parenthesised(text: str, n_start: int, times: list[periods.TimePhrase]) -> periods.TimePhrase | None:
    """The time phrase a bracketed count belongs to: "compared with 2022 (45,774)"."""
    m = re.search(r"\(\s*$", text[:n_start])
    if not m:
        return None
    return next((t for t in times if 0 <= m.start() - t.end <= 1 and t.period is not None), None)


_UNIT_OF_METRIC = {"boats": "boats", "other": "other"} | {
    m: "people" for m in ("small_boat_arrivals", "irregular_crossings", "returns", "deaths", "arrests", "asylum_claims")}


def unit_of(text: str, end: int, metric: str) -> tuple[str, str | None]:
    """Return the unit of a count and its head noun, if one follows the number."""
    m = rules().unit_re.match(text[end:end + 60])
    if m:
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        return rules().units[noun], noun
    return _UNIT_OF_METRIC.get(metric, "other"), None


_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|whose)\s+)?(?:[\w’'-]+['’]s\s+)?(?=\w)",
                        re.IGNORECASE)
_WORD = re.compile(r"[ \t]*([\w’'-]+)")


def _noun_end(text: str, end: int, noun: str | None) -> int:
    """Where a count's head noun ends (right after the count when it has none found a few words on)."""
    if noun is None:
        return end
    at = text.find(noun, end, end + 80)
    return at + len(noun) if at >= 0 else end


def head_noun(text: str, end: int) -> str | None:
    """Return the plural noun a count is of, if one of the next few words is one ("500 extra French officers")."""
    r = rules()
    plus = _PLUS.match(text, end)
    end = plus.end() if plus else end  # "4,000-plus migrants"
    part = _PARTITIVE.match(text, end, end + 60)
    if part:
        end = part.end() - 1  # "a dozen of its officers", "three of the agency's staff"
    # a group or a thing a few modifier words on ends the noun phrase: "40 people smuggling groups",
    # "12 organised crime gangs", "two new detention centres"
    # (past people only to a group: "200 people awaiting flights" are people)
    pos, people = end, False
    for _ in range(4):
        w = _WORD.match(text, pos, end + 60)
        if not w:
            break
        lw = w.group(1).lower()
        if lw in r.groups or (lw in r.things and not people):
            return w.group(1)
        if lw in ("more", "fewer") and not re.match(r"\s+than\b", text[w.end():]):
            pos = w.end()  # "three more hotels"
            continue
        if lw in r.noun_stops or lw in r.not_nouns or lw in r.personnel or re.fullmatch(r"[\d,.]+", lw) \
                or lw.endswith(("'", "’", "'s", "’s")):
            break
        if lw in r.units and (lw.endswith("s") or lw == "people"):
            people = True
            nxt = _WORD.match(text, w.end(), end + 60)
            if not (nxt and nxt.group(1).lower().endswith("ing")):
                break  # "300 people smuggling gangs" goes on, "300 people in hotels" does not
        pos = w.end()
    gap_start = end
    for m in re.finditer(r"\s*([\w’'-]+)", text[end:end + 60]):
        if text[gap_start:end + m.start(1)].strip():
            return None  # punctuation first: "above 4,600, Home Office figures show" has no noun
        gap_start = end + m.end()
        w = m.group(1)
        lw = w.lower()
        if lw in r.units:
            return w
        if lw in ("more", "fewer", "extra", "additional", "new") and not re.match(r"\s+than\b", text[end + m.end():]):
            continue  # "recruit 100 more enforcement officers"
        multi = r.unit_start_re.match(text, end + m.start(1))
        if multi:
            return re.sub(r"\s+", " ", multi.group("noun"))  # "300 asylum seekers"
        if lw.endswith("ing") and lw not in r.noun_stops:
            # "62 smuggling networks": a noun made of a verb and a plural noun
            nxt = re.match(r"\s+([\w’'-]+)", text[end + m.end():end + 60])
            if nxt and nxt.group(1).lower().endswith("s") and not nxt.group(1).lower().endswith("ss") \
                    and len(nxt.group(1)) > 3 and nxt.group(1).lower() not in r.not_nouns | r.noun_stops:
                return nxt.group(1)
        if lw.endswith(("ed", "ing")) and lw not in r.noun_stops:
            # an adjective before the noun: "10,000 standing corps officers", "300 detained migrants"
            later = r.unit_re.match(text, end + m.end(), end + 60)
            if later and len(later.group(0).split()) <= 3 and \
                    not any(w.lower() in r.noun_stops for w in later.group(0).split()[:-1]):
                return re.sub(r"\s+", " ", later.group("noun"))
        if lw == "and" and m.start() > 0:
            # two modifiers joined: "100 specialist intelligence and investigation officers"
            later = re.match(r"\s+[\w’'-]+\s+([\w’'-]+)\b", text[end + m.end():end + 60])
            if later and (later.group(1).lower() in r.personnel or later.group(1).lower() in r.groups):
                return later.group(1)
        if lw in r.not_nouns or lw in r.noun_stops or lw.endswith(("ed", "ing")) \
                or (m.start() > 0 and not text[end + m.start()].isspace()):
            return None
        if lw in r.units or (lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3):
            return w
        if m.end() > 40:
            return None
    return None


_NUMBER_OF = re.compile(r"\b(?:number|numbers|total|count|tally|workforce|headcount)\s+of\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+?s)\b", re.IGNORECASE)
_GROUP_OF = re.compile(r"\b([\w’'-]+)\s+of\s+(?:(?:more than|about|around|some|nearly|almost|over|up to)\s+)?$", re.IGNORECASE)


def noun_before(text: str, start: int) -> str | None:
    """The noun a count without one of its own is of, named before it: "the number of hotels … would fall to
    250", "a staff of more than 2,500"."""
    r = rules()
    g = _GROUP_OF.search(text, max(0, start - 40), start)
    if g and g.group(1).lower() in r.personnel:
        return g.group(1)
    hits = list(_NUMBER_OF.finditer(text, 0, start))
    if hits:
        words = hits[-1].group(1).split()
        for i in range(len(words)):
            phrase = " ".join(words[i:]).lower()
            if phrase in r.units or phrase in r.personnel:
                return " ".join(words[i:])
        return words[-1]
    return None


def is_known_noun(noun: str) -> bool:
    """Whether a head noun is something the metrics count: in the vocabulary, a cue, or a demonym ("Albanians")."""
    r = rules()
    if noun.lower() in r.units or noun[:1].isupper():
        return True
    return any(p.search(noun) for m in r.order if m != "other" for p in r.cues[m])


def source_of(text: str) -> str | None:
    """Return who a sentence attributes its figures to, if it says."""
    for pat in rules().sources:
        m = pat.search(text)
        if m:
            src = re.sub(r"^(?:the|The)\s+", "", m.group("src").strip())
            src = re.sub(r"\s+(?:figures|data|statistics|analysis|estimates|records)$", "", src)
            src = re.sub(r"\s+(?:analysis|figures|data) of .*$", "", src)
            if len(src) >= 2 and not re.fullmatch(r"(?:It|This|That|He|She|They|We|I|There)", src) \
                    and src not in gazetteer.gazetteer().places:  # "the Canary Islands recorded 46,843 arrivals"
                return src
    return None


# ---------------------------------------------------------------- the finder


@dataclass
class _Draft:
    fact: Fact
    metric: str | None
    """None while the metric waits for the article's main metric."""
    sentence: int
    noun_unit: str | None
    weak: bool = False
    """Metric other for want of anything it counts: a later mention of a value already recorded is a repeat."""
    undated_past: bool = False
    """No time of its own and told in the past: a later mention of the same claim may date it."""


def find_figures(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[Fact]:
    """Return the figure facts of one article (a number already recorded for the same metric counts once)."""
    bias_cache: list[str] = []
    # (US border statistics count the people agents stop after crossing: their "arrests" are crossings)
    border_story = _BORDER_AGENTS.search(article.text) is not None

    def bias() -> str:
        if not bias_cache:
            bias_cache.append(article_route(article))
        return bias_cache[0]
    drafts: list[_Draft] = []
    last_period: Period | None = None
    last_period_at = -1
    """The sentence that told of ``last_period``."""
    """The period of the first dated figure of the latest sentence that had one: what "the same period" repeats."""
    story: Period | None = None
    opening: Period | None = None
    """The complete past period of the article's first count: what its year-on-year changes go on from."""
    current = False
    """The period the latest dated sentence told of, while no later sentence names another time."""
    story_incident: str | None = None
    """The one boat, operation or event the story told of ("one boat"), if it told of one: the subset of the counts
    that go on with it ("… an overcrowded fishing boat sank. At least 82 bodies were recovered")."""
    story_day = False
    """The story is a past time of this year told by its count alone: only a sentence that refers back to what was
    counted ("The migrants travelled in 27 boats") goes on with it."""
    prior_last: Period | None = None
    """The last time the latest sentence with counts told of: what "the year before that" goes back from."""
    last_lead: _Draft | None = None
    """The draft of the first dated count of the sentence that told of ``last_period``."""
    last_metric: tuple[int, str, int] | None = None
    """(paragraph, metric, sentence index) of the latest count with a metric."""
    lead_metric: tuple[int, str] | None = None
    """(sentence index, metric) of the first count of the latest sentence whose first count had a metric."""
    list_period: Period | None = None
    """``last_period`` where a run of bulleted paragraphs began: each item goes on from the time of the list's
    opening, not from a time an earlier item told of ("- Central Mediterranean: … more than 157,000 crossings in
    2023. || - Western Balkans: about 21,500 crossings")."""
    in_list = False
    for si, sent in enumerate(sentences):
        text = sent.text
        next_item = False
        """The sentence opens the second or a later item of a bulleted list."""
        if si == 0 or sentences[si - 1].paragraph != sent.paragraph:
            bullet = _BULLET_ITEM.match(article.paragraphs[sent.paragraph].text) is not None
            if bullet and in_list:
                last_period, next_item = list_period, True
            elif bullet:
                list_period, in_list = last_period, True
            else:
                in_list = False
        nums = numbers.numbers(text)
        if not nums:
            # (the other side of a comparison is no time the story moves to: "The total was 17% higher than in 2022")
            told = [t.period for t in periods.find_times(text, article.date) if t.period is not None
                    and not periods.is_comparison(text, t)]
            event = _past_event(text, told, article.date)
            if event is not None:
                # a sentence that tells of one boat, operation or event at a past time ("The deadliest disaster came
                # in June, when an overcrowded fishing boat sank"): the past-tense sentences after it go on with it
                story, story_incident, current = event[0], event[1], False
            elif story is not None and told:
                story = None  # the story has moved to another time ("… was held in Folkestone on Monday")
            last_period = _told_year(told, article.date) or last_period
            continue  # most sentences: nothing to count
        times = periods.find_times(text, article.date)
        blocked = [(t.start, t.end) for t in times]
        blocked += [(m.start, m.end) for m in numbers.money(text)]
        blocked += [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        blocked += [(m.start(), m.end()) for p in numbers.grammar().not_counts for m in p.finditer(text)]
        # (a number in a name: "the charity Utopia 56", "FRANCE 24")
        blocked += [(m.start - sent.start, m.end - sent.start) for m in index.mentions_in(sent.start, sent.end)
                    if any(c.isdigit() for c in m.surface)]
        counts = [n for n in nums if is_count(text, n, blocked)]
        if not counts:
            told = [t.period for t in times if t.period is not None and not periods.is_comparison(text, t)]
            event = _past_event(text, told, article.date)
            if len(told) == 1 and told[0].start is not None and told[0].end is not None \
                    and told[0].end.year < article.date.year and periods.is_past_narrative(text):
                # a sentence that goes back to a past event ("The trawler sank off Pylos in June 2023"): the
                # sentences after it without a time of their own tell of that event ("Only 104 survived")
                story, current = told[0], False
                story_incident = subsets.incident(text, 0, len(text))
            elif event is not None:
                # (this year too, when it tells of one vehicle or operation: "The driver of the lorry was held in
                # Folkestone on Monday. Officers also arrested two other men")
                story, story_incident, current = event[0], event[1], False
            elif told:
                story = None
            last_period = _told_year(told, article.date) or last_period
            continue
        places = [e.id for e in index.in_span(sent.start, sent.end, type="place")]
        source = source_of(text)
        prior_metric: str | None = None
        # the metric a sentence of the same paragraph went on with ("… waiting for a decision. At the end of
        # March, 86,460 people were waiting"): what people without a cue of their own are counted as
        para_cache: list[str | None] = []

        def para_metric() -> str | None:
            if not para_cache:
                found = None
                if si > 0 and sentences[si - 1].paragraph == sent.paragraph:
                    if last_metric and last_metric[2] == si - 1:
                        found = last_metric[1]
                    else:
                        prev = sentences[si - 1].text
                        found = metric_in(prev, 0, len(prev), -1, -1)
                        if found in (CROSSING, AT_SEA):
                            found = None  # the route of a crossing needs its own sentence
                para_cache.append(found)
            return para_cache[0]
        first_period: Period | None = None
        # A sentence with no time of its own that looks forward continues the one before ("… by next spring.
        # At first they will have room for …").
        inherited: Period | None = None
        part_of = False
        if not times and si > 0 and periods.vocabulary().future_re.search(text) and not _NOW_WORD.search(text):
            # (not one that tells of now: "The site currently houses around 580 men, and the Home Office plans to
            # increase that to as many as 1,200")
            prev_times = [t for t in periods.find_times(sentences[si - 1].text, article.date) if t.period is not None]
            if len(prev_times) == 1:
                p = prev_times[0].period
                assert p is not None
                if (p.end or p.start or article.date) > article.date:
                    inherited = p
        if inherited is None and last_period is not None and last_period_at == si - 1 \
                and (_OF_THOSE.match(text) or _OF_THEM_AFTER.search(text)):
            # a part of a count told before ("The number fell to 9,000 in 2023. Syrians lodged 4,100 of them"):
            # the time of that count (not what is so now: "17,000 of those were still outstanding"); a count of
            # the sentence with a time of its own keeps it ("Of those, 42,773 set out from Tunisia, against 7,263
            # over the same weeks last year")
            inherited = last_period
            part_of = True
        that_year: Period | None = None
        if inherited is None and not times and last_period is not None and _AT_THAT_POINT.match(text):
            # "At that point about 38,000 were living in hotels": the time the sentence before told of
            inherited = last_period
        if inherited is None and not times and _THAT_YEAR.search(text):
            # "That year 31,678 people reached the archipelago": the year named last before, wherever it was told
            # ("… far above the previous high set during the cayuco crisis of 2006")
            inherited = _year_named_before(sentences, si, article.date)
        elif times and _THAT_YEAR_OPENS.match(text):
            # ("That year there were 299 arrivals, rising to 1,843 in 2019": the counts before the sentence's own
            # times are of that year)
            that_year = _year_named_before(sentences, si, article.date)
        label = _LIST_ITEM.match(text)
        list_label: str | None = None
        if label and si > 0 and sentences[si - 1].paragraph < sent.paragraph \
                and (_LIST_ITEM.match(sentences[si - 1].text) or sentences[si - 1].text.rstrip().endswith(":") or next_item):
            # an item of a list under a heading ("Encounters rose in every group: || Single adults: 164,907
            # encounters"): a part of the count the list breaks down, at its time
            # (a route is no group of the people counted: "Eastern land border: nearly 17,000 crossings")
            if label.group("label") not in gazetteer.gazetteer().places and not _ROUTE_LABEL.search(label.group("label")):
                list_label = label.group("label")
            if inherited is None and last_period is not None:
                inherited = last_period
                part_of = True
        if last_lead is not None and last_period_at == si - 1:
            # "… the toll up to September 24 compared with 1,680 …": the count told just before ends there
            end = _the_count_ends(text, times)
            p = last_lead.fact.period
            if end is not None and p is not None and p.start is not None and p.end is not None and p.start <= end < p.end:
                last_lead.fact.period = Period(p.start, end)
                if last_period == p:
                    last_period = last_lead.fact.period
        they = _THEY_WERE.match(text)
        they_metric = last_metric[1] if they is not None and last_metric is not None and last_metric[2] == si - 1 \
            and last_metric[1] not in ("other", "boats") else None
        ranges = _count_ranges(text, counts)
        subset_at: dict[numbers.Number, str | None] = {}
        first_draft: _Draft | None = None
        narrative: Period | None | bool = None
        lead: Period | None = None
        record_lead = False
        thing_end: int | None = None
        boats_end: int | None = None
        """Where the latest count of boats of the sentence ends (its noun included)."""
        for n in counts:
            clause = clause_span(text, n.start)
            noun = head_noun(text, n.end)
            named_before = noun_before(text, n.start) if noun is None else None
            # ("The number of boats detected also fell, from 1,110 in 2022 to 602 in 2023": a count of boats)
            boats_named = named_before is not None and rules().units.get(named_before.lower()) == "boats" \
                and re.search(r"\b(?:number|total|count)\s+of\s+" + re.escape(named_before) + r"\b", text[:n.start],
                              re.IGNORECASE) is not None
            if named_before is not None and (not is_known_noun(named_before) or named_before.lower() in rules().personnel
                                             or boats_named):
                # "the number of hotels housing migrants would fall to 250", "The number of boats detected also fell,
                # from 1,110 in 2022 to 602 in 2023"
                noun = named_before
            if noun is not None and noun.lower() == "lives" and _any(rules().cues["deaths"]).search(text, *clause):
                noun = None  # "when 730 lives were lost": the dead, told by the clause ("lives at risk" are none)
            weak = False
            """Other only for want of anything it counts ("put more than a thousand lives at risk")."""
            thing = noun is not None and noun.lower() in rules().things
            if thing:
                thing_end = n.end  # "reopened two detention centres", "500 beds": counts of things are `other`
            # (the thing is the count right before: not "visited 828 premises …, and made 609 arrests, up from 352")
            compared_thing = noun is None and thing_end is not None and _COMPARED.search(text, thing_end, n.start) \
                and thing_end >= max((c.end for c in counts if c.end <= n.start), default=0)
            # ("56 hotels in use, down from 400": the other side of a count of things is one too)
            if thing or compared_thing or (noun is not None and (not is_known_noun(noun) or noun.lower() in rules().personnel
                                                                 or noun.lower() in rules().groups)):
                # people who work on migration, groups and operations ("disrupt 40 smuggling groups, leading to
                # 276 arrests") and counts of things the metrics do not count
                metric: str | None = "other"
                weak = not (thing or compared_thing) and noun is not None and not is_known_noun(noun)
                if noun is not None and noun.lower() in rules().personnel and _accused(text, clause, n):
                    metric = "arrests"  # "indicted 17 coastguard officers", "12 police officers were charged"
            else:
                metric = _metric_of_deed(text, clause, n) or _metric_before_relative(text, clause, n) \
                    or _metric_after_relative(text, clause, n) \
                    or _whole_of_a_part(text, n, clause) \
                    or metric_in(text, clause[0], _before_as_clause(text, n.end, clause[1]), n.start, n.end)
            if boats_named:
                metric = "boats"
            passive = rules().own_passive.match(text, n.end, clause[1])
            own = _verb_metric(rules().passive_metrics, passive) if passive is not None else None
            found_unit = rules().unit_re.match(text, n.end) if noun is None and passive is not None else None
            subject = noun or (found_unit.group("noun") if found_unit else None)  # ("9.8 million displaced people")
            if passive is not None and subject is None and not _BARE_PASSIVE.fullmatch(text, n.end, passive.start("verb")):
                passive = None  # (with no noun, only the count's own verb right after it: "at least 15 were injured")
            if passive is not None and own not in ("other", "returns") \
                    and not re.search(r"\b(?:were|was|been|being)\b", passive.group(0), re.IGNORECASE):
                passive = None  # (with no auxiliary the verb is active: "About 300 officers arrested smugglers")
            # (past the count's noun: "9.8 million displaced people went back to their homes")
            noun_end = _noun_end(text, n.end, subject if passive is not None else noun)
            if passive is not None and metric_in(text, noun_end, passive.start("verb"), -1, -1) not in (None, own):
                passive = None  # (the words between have a verb of their own: "four of his fellow passengers drowned")
            if passive is not None and own is not None:
                # the count's own verb, before any other cue of its clause: "seven men were sentenced on Friday for
                # their part in the deaths" are arrests
                metric = own
            deed = rules().own_object.search(text, clause[0], numbers.qualifier_before(text, n.start)[1])
            if deed is not None:
                # the verb the count is the object of: "a court … jailed four people … linked to the deaths"
                metric = _verb_metric(rules().object_metrics, deed)
            if metric == "arrests" and any(not _in_name(text, *h.span()) and h.end() <= n.start for h in
                                           _any(rules().cues["returns"]).finditer(text, max(clause[0], n.start - 40), clause[1])) \
                    and not _any(rules().cues["arrests"]).search(text, clause[0], n.start):
                # the verb the count is the object of says what it counts, not a participle about the people after
                # it: "deported 28 Afghan men convicted of crimes" are returns
                metric = "returns"
            if metric == "arrests" and _SMUGGLED_COUNT.search(text, clause[0], n.start):
                # the people a smuggler moved, not the arrest of the smuggler: "a gang that smuggled at least 300
                # migrants across the Channel has been jailed"
                metric = CROSSING
            if noun is not None and noun.lower() == "victims" and _VICTIMS_OF_A_CRIME.match(text, n.end):
                noun = None  # "120 victims of trafficking" are no dead
            whole_named = noun is not None and _PARTITIVE.match(text, n.end) is not None \
                and noun.lower() in rules().noun_metrics and rules().noun_metrics[noun.lower()] != CROSSING
            if noun is not None and noun.lower() in rules().noun_metrics and (
                    metric is None or whole_named or (rules().noun_metrics[noun.lower()] == CROSSING and metric == "arrests")
                    or (rules().noun_metrics[noun.lower()] == "returns" and metric in (CROSSING, AT_SEA))):
                # (the whole a part is of says what it counts, not a verb about something else: "Boats that set
                # out from Mauritania account for 6,829 of the victims")
                # "112,000 claims were processed"; "organised at least 20 crossings … has been jailed" (but
                # "prevented 28,000 crossings" stays other); "a third aircraft, carrying 112 deportees, is expected to land"
                metric = rules().noun_metrics[noun.lower()]
            if prior_metric not in (None, "other") and _OF_WHOM_AFTER.match(text, n.end):
                # "3,278 people were turned back …, 160 of whom had asked for asylum": a part of the count before,
                # counted as it is, whatever the relative clause says of them
                metric = prior_metric
            opener = _OF_THOSE_DONE.match(text, 0, n.start)
            if opener and _IS_AFTER.match(text, n.end):
                # "Of those arrested last year, 779 were overstayers and 246 were illegal immigrants who had entered
                # …": what the opener says was done to them all, not a verb about some of them
                done = metric_in(text, opener.start("what"), opener.end("what"), -1, -1)
                if done not in (None, "other"):
                    metric = done
            if they_metric is not None and not re.search(r"[,;:](?=\s)", text[:n.start]):
                # the people the sentence before counted, broken down: "… 9,757 died on the Atlantic route to the
                # Canaries. They included 1,538 children and 421 women" (not a cue of a later clause: "…, and 131
                # boats are thought to have been lost with everyone on board")
                metric = they_metric
            if metric is None:
                whole = _WHOLE_NAMED.match(text, 0, n.start) or _WHOLE_INCLUDES.match(text, 0, n.start)
                if whole and whole.group("noun").lower() in rules().noun_metrics:
                    # "Among the victims were 1,538 children": the whole a part is of, named before it
                    metric = rules().noun_metrics[whole.group("noun").lower()]
            if metric is None and clause[0] > 1 and re.match(r"\W*(?:which|that)\b", text[clause[0]:n.start], re.IGNORECASE):
                # "the asylum backlog, which stood at around 165,000 cases": what the antecedent is
                before = clause_span(text, clause[0] - 2)
                found = metric_in(text, before[0], before[1], -1, -1)
                if found not in (None, CROSSING, AT_SEA):
                    metric = found
            if metric is None and not prior_metric and lead_metric and lead_metric[0] == si - 1 \
                    and _OF_THOSE.match(text, 0, n.start):
                # "Italy registered 21,574 sea arrivals … Of those, 2,900 were unaccompanied minors": a part of the
                # claim (the first count) of the sentence before
                metric = lead_metric[1]
            if metric is None and not prior_metric and lead_metric and lead_metric[0] == si - 1 and _OF_THEM.match(text, n.end):
                metric = lead_metric[1]  # "… all 92,601 claims lodged before June. … 4,537 of those cases remain unresolved"
            if metric is None and noun is not None and not prior_metric and _apposed_subject(text, n, clause):
                # "At least 12 people, including six children, have died": the verb after the apposition
                metric = first_metric_after(text, clause[1])
            if metric is None and noun is not None and _listed_subject(text, n, counts):
                # one of a list of counts that is the subject: "17 men and seven women, one of them pregnant, were
                # among the dead": the verb after the list; or the complement of the dead: "the victims were 17 men, …"
                whole = _VICTIMS_WERE.search(text, 0, numbers.qualifier_before(text, n.start)[1])
                metric = (rules().noun_metrics.get(whole.group("noun").lower()) or metric_in(text, whole.start(), whole.end(), -1, -1)
                          if whole is not None else None) or first_metric_after(text, n.end)
            if metric is None and noun is None and boats_end is not None \
                    and _COMPARED_BOATS.fullmatch(text, boats_end, numbers.qualifier_before(text, n.start)[1]):
                metric = "boats"  # "came in 695 boats, compared with 602 in 2023 and 1,110 in 2022": boats too
            if noun is None and boats_end is not None and _CARRYING_COUNT.match(text, n.end):
                metric = "boats"  # "110 boats landing on Tuesday, and a further 23, carrying around 1,000 people": boats that carry
            share = _SHARE_OF.search(text, 0, numbers.qualifier_before(text, n.start)[1]) if metric is None else None
            if share is not None:
                # a share of a whole the sentence named before: "Iraqis were the second largest nationality among
                # small boat arrivals in the year to June 2024, accounting for 3,844 people"
                found = metric_in(text, 0, share.start(), -1, -1)
                if found is not None:
                    metric = found
            largest = _LARGEST_GROUP.search(text, 0, n.start) if metric is None else None
            if largest is not None:
                # the largest group of a whole, named after "among" or in the sentence before: "Iraqis were the second
                # largest nationality among small boat arrivals …, with 3,844 people, behind Afghans at 5,370";
                # "… 84 per cent of this year's arrivals had set off from Libya. Bangladeshis made up the largest
                # group, with 149 people, followed by 21 Syrians"
                # ("Nigerians were the largest single group landing in Italy, at 37,551": the words after the rank)
                for of_what in (largest.group("whole") or text[largest.end():n.start], sentences[si - 1].text if si > 0 else ""):
                    found = metric_in(of_what, 0, len(of_what), -1, -1)
                    if found not in (None, "other"):
                        metric = found
                        break
            if metric is None:
                if noun is not None:
                    # people or things with no verb of their own: a parallel of the count before, else other
                    relative = re.match(r"\W*(?:where|which|who|whom)\b", text[clause[0]:n.start], re.IGNORECASE) \
                        or _OWN_PREDICATE.search(text, n.end, clause[1])
                    # (not in a relative clause or with a verb of its own: "…, where up to 5,000 people are held",
                    # "and some 1.5 million people have been left homeless", "there are now around 900,000 refugees in
                    # the district" are no parallel)
                    metric = None if _THERE_ARE.search(text, clause[0], numbers.qualifier_before(text, n.start)[1]) \
                        else (None if relative else prior_metric) or (para_metric() if n is counts[0] else None)
                    metric = metric or "other"
                else:
                    told = _AT_AFTER_CLAUSE.search(text, 0, numbers.qualifier_before(text, n.start)[1]) and clause[0] > 1
                    before_clause = clause_span(text, clause[0] - 2) if told else None
                    # ("Pakistani nationals lodged the most claims, at almost 11,000": what the clause before counts)
                    said = noun_before(text, n.start) if before_clause else None
                    own = prior_metric or (metric_in(text, before_clause[0], before_clause[1], -1, -1) if before_clause else None) \
                        or (rules().noun_metrics.get(said.lower()) if said else None) \
                        or nearest_metric(text[:_before_as_clause(text, n.end, len(text))], n.start, n.end)
                    metric = own or (para_metric() if n is counts[0] else None)
                    # nothing in its sentence says what a bare number counts: a later mention of a value already
                    # recorded is a repeat ("… as many as 750 people … ‘They all said around seven hundred and fifty.’")
                    weak = own is None
                    if metric is None and _TALLY.search(text, 0, n.start):
                        # "The tally for 2025 now stands at 28,900": the running total of what the story counts, not
                        # of whatever was counted last ("… helped a further 80 people back to shore")
                        told = Counter(d.metric for d in drafts if d.metric not in (None, "other", "boats"))
                        metric = told.most_common(1)[0][0] if told else None
                    if metric is None and last_metric and _THE_FIGURE.search(text, 0, n.start):
                        metric = last_metric[1]  # "The ONS had previously estimated the figure at 740,000."
            if metric == "other" and noun is not None and noun.lower() in _APPLICANTS and not _VISA_ROUTE.search(text) \
                    and _APPLICANTS_ALONE.match(text, n.end, clause[1]) and (
                    _ASYLUM_WORD.search(text) or si > 0 and _ASYLUM_WORD.search(sentences[si - 1].text)):
                # the people who apply, in a story of asylum or protection applications, with no verb of their own
                # ("2,910 applicants from Nigeria alone" after "The office received 18,561 applications for
                # international protection"; not "2,000 applicants queued for beds")
                metric = "asylum_claims"
            if metric == "asylum_claims" and _NOT_ASYLUM_CASES.search(text, clause[0], n.start) \
                    and not re.search(r"\basylum\b", text[clause[0]:n.start], re.IGNORECASE):
                # appeals and cases of other kinds: "Outstanding human rights appeals climbed to 21,962", "the tribunal's
                # caseload, which also includes human rights and EU settlement scheme cases, rose to 90,389"
                metric = "other"
            if metric == "asylum_claims" and rules().other_applications.match(text, n.end):
                metric = "other"  # "1,052 homeless applications from refugees": applications of another kind
            if metric == "asylum_claims" and _VISA_ROUTE.search(text) and not _ASYLUM_WORD.search(text):
                # applications for visas or under a scheme, with no word of asylum: a legal route, not asylum claims
                # ("74,700 applications were made under Homes for Ukraine and 32,200 visas were issued")
                metric = "other"
            if metric not in ("other", "boats") and _TARGET.search(text, 0, n.start):
                # a target is no count of what happened: "aims to bring the number of new applicants down to 20,000",
                # "cap asylum applications at 10,000"
                metric = "other"
            care = _MISSING_FROM_CARE.search(text, *clause) if metric == CROSSING else \
                metric == "deaths" and (_MISSING_FROM_CARE.search(text) or (
                    si > 0 and _OF_THOSE.match(text) and _MISSING_FROM_CARE.search(sentences[si - 1].text)))
            if care and not _DIED.search(text):
                # children who "went missing from care" or from hotels, "of whom 136 are still missing" (or "Of
                # those, …" after such a sentence): not lost at sea, no deaths; and "went missing from care after
                # arriving alone" counts the missing, not arrivals
                metric = "other"
            if metric == CROSSING and rules().on_board.match(text, n.end) and not rules().arrived.search(text):
                # the people on one boat that the sentence does not say arrived: "The trawler had left Tobruk … with as
                # many as 750 people on board"
                metric = "other"
            if metric not in ("other", "boats", "deaths", "arrests", "returns") and (
                    _IN_STOCK_AFTER.match(text, n.end, clause[1])
                    or _IN_STOCK_BEFORE.search(text, 0, numbers.qualifier_before(text, n.start)[1])) \
                    or metric not in ("other", "boats") and _LIVE_NOW.match(text, n.end, clause[1]):
                # people in hotels, shelters, camps or custody at a time (or who live somewhere: "Nearly 1 million
                # Rohingya live in crowded camps …, most of whom fled a military crackdown"): a stock of its own, not a
                # count of those who came, applied or died ("the number of asylum seekers in hotels stood at 35,651", "CBP had more than 27,000
                # people in its custody", "About a million of them live in crowded camps"; 126 tuned gold facts
                # against 13)
                metric = "other"
            if metric in ("asylum_claims", "returns") and noun is not None and noun.lower() == "cases" \
                    and (_IMMIGRATION_COURT.search(text) or _BEFORE_A_COURT.search(text, n.end, clause[1])):
                # the cases before a country's immigration courts, of every kind: "The country's immigration courts
                # already carry a backlog of roughly 2 million cases"
                metric = "other"
            flown = metric in (CROSSING, AT_SEA, "returns") and _flown(text, n, clause)
            if flown and metric != "returns":
                # people a flight carried did not cross a border irregularly: sent back when the story tells of
                # returns ("Three flights carrying about 320 migrants landed in Port-au-Prince, … ramp up the
                # removals"), else moved or resettled ("An evacuation flight carrying 300 Britons landed")
                near = text + "\n" + (sentences[si - 1].text if si > 0 and sentences[si - 1].paragraph == sent.paragraph else "")
                metric = "returns" if _any(rules().cues["returns"]).search(near) else "other"
            if not flown and they is not None and they.group("aboard") and si > 0 \
                    and _FLIGHT_WORD.search(sentences[si - 1].text):
                # "The flight left Dublin Airport … which helps member states organise removals. || Those on board
                # were 24 men, …": the people a flight told just before carried
                near = sentences[si - 1].text + "\n" + text
                metric = "returns" if _any(rules().cues["returns"]).search(near) else "other"
            qualifier, qstart = numbers.qualifier_before(text, n.start)
            if _FLIGHT_CARRIED.search(text, max(0, qstart - 140), qstart) or (
                    metric == "other" and _RETURNED_UNDER.search(text, clause[0], clause[1])):
                # the people a removal or charter flight carried ("A charter flight that left Stansted on Tuesday carried
                # 103 people to Vietnam", "A CHARTER FLIGHT carrying 35 people who had been issued with deportation
                # orders"); people returned under a scheme ("eight people have been returned to France under the scheme")
                metric = "returns"
            if metric in ("arrests", "other") and border_story and _AGENTS_HERE.search(text) and (
                    _INTO_CUSTODY.search(text) or _CAUGHT_BEFORE.search(text, clause[0], n.start)) \
                    and not _NOT_BORDER_ARREST.search(text):
                metric = "arrests"  # "Border Patrol agents took more than 10,000 migrants into custody": as arrests, below
            if metric == CROSSING and (_SINCE_WAR.search(text) or _FLED_ABROAD.search(text, *clause)
                                       or _CROSSED_INTO.search(text, *clause) and si > 0 and _SINCE_WAR.search(sentences[si - 1].text)):
                # people who crossed into a neighbouring country since a war began are displaced, a stock of refugees
                # ("more than 450,000 people have crossed into Egypt from Sudan since fighting broke out"; eleven
                # batches' gold against five)
                metric = "other"
            if metric == "arrests" and border_story and _AGENTS_HERE.search(text) and not _NOT_BORDER_ARREST.search(text):
                # "Border Patrol agents made 6,072 arrests of people crossing illegally from Mexico in June"
                metric = "irregular_crossings"
            if metric == CROSSING:
                metric = route(text, clause, bias, article.paragraphs[sent.paragraph].text)
                if metric == "small_boat_arrivals" and _ATTEMPTED.search(text, *clause):
                    # people who tried to cross the Channel did not all arrive, and irregular crossings are those of
                    # the other routes (FACTS.md): attempts, as the French count them, are another count ("31,500
                    # people have tried to leave the French coast for England"; three batches against one)
                    metric = "other"
            elif metric == AT_SEA and (_ON_LAND.search(text, *clause) or not _SEA.search(text, *clause) and _CROSSING_AFTER.match(
                    text, n.end, clause[1]) or not _SEA.search(text) and (
                    _CROSSED_ON_LAND.search(text) or not _SEA.search(article.title + "\n" + article.text))):
                # intercepted in cars, lorries or trains, on motorways or at a land border: a crossing, not at sea
                # (and with no sea in the sentence, one told as a crossing or in a story with no sea at all: "RCMP
                # interceptions in Quebec", "intercepted crossing irregularly into Quebec")
                metric = route(text, clause, bias, article.paragraphs[sent.paragraph].text)
            elif metric == AT_SEA:
                # picked up in the Channel and landed: an arrival; off Libya and taken back: not
                metric = "small_boat_arrivals" if route(text, clause, lambda: "other") == "small_boat_arrivals" \
                    and not _BACK_TO_SHORE.search(text) \
                    and not (rules().rescued_back.search(text) and not rules().landed_by.search(text)) else "other"
                if metric == "other" and _DISEMBARKED.search(text, *clause) and not _TAKEN_BACK.search(text):
                    # "the charity ship … disembarked 74 people it had rescued … at the port of Ancona": landed, an
                    # arrival by sea on its route
                    metric = route(text, clause, lambda: "irregular_crossings")
            if re.match(r"\s+or (?:more|over|above)\b", text[n.end:]) or _PLUS.match(text, n.end):
                qualifier = "at_least"  # "500 or more", "4,000-plus", "10,000+"
            if n in ranges:
                qualifier = ranges[n]
            set_at = _participle_time(text, n, times)
            bracket = _parenthesised(text, n.start, times) or _possessive_time(text, qstart, times) or set_at
            # ("The year before that, …": before the last time the sentence before told of, not its first)
            before_that = prior_last if prior_last is not None and _BEFORE_THAT.search(text) else last_period
            period = bracket.period if bracket else \
                periods.choose(text, n.start, clause,
                               _not_the_totals(_not_the_starts(_not_anothers_event(_not_anothers_future(
                                   _selectable(times, text, clause), text, n, counts), text, n), text, n, counts), text, n),
                               article.date, before_that)
            if period is not None and _CHANGED_TO_NOW.search(text, clause[0], qstart) \
                    and not any(t.start >= n.end and t.end <= clause[1] for t in times):
                period = Period(None, article.date)  # "has dropped from more than 400 in the autumn of 2023 to 218": now
            if period is not None and _PRESENT_RELATIVE.match(text, clause[0], n.start) \
                    and not any(t.start >= clause[0] and t.end <= clause[1] for t in times):
                period = Period(None, article.date)  # "…, which has space for 400": what is so now, whatever the time before
            if (_PRESENT_PLACE.match(text, clause[0], clause[1]) or _PRESENT_AFTER.match(text, n.end, clause[1])
                    or _LIVE_NOW.match(text, n.end, clause[1])) \
                    and not any(t.start >= n.end and t.end <= clause[1] for t in times) and not part_of:
                # "…, where close to a million refugees live in camps", "the 2.7 million refugees it is hosting": so
                # now, whatever the sentence's past or the time of another clause
                period = Period(None, article.date)
            if period is None:
                told_at = [t for t in times if t.period is not None and t.period.end is not None
                           and periods.is_told_time(text, t) and t.start < n.start]
                if told_at:
                    # "Yesterday the IOM reported 78 deaths": counted up to the day it was told, not on that day
                    period = Period(None, told_at[-1].period.end)
            if that_year is not None and not any(t.start < n.start or clause[0] <= t.start < clause[1] for t in times):
                period = that_year
            dated = [(t.end, t.period.start) for t in times if t.end <= n.start and t.period is not None and t.period.start is not None]
            if dated and _HAS_SINCE.search(text, dated[-1][0], n.start) and not any(t.start > n.start for t in times):
                # "In November 2023 the High Court ruled …, a decision that has since led to the release of more than
                # 200 people": from that time to now
                period = Period(dated[-1][1], article.date)
            if _YEAR_BEFORE_THAT.match(text, n.end):
                # "compared with 875 in 2023 and 515 the year before that": a year before the last whole year the
                # sentence told of, the other side of a comparison too
                # (the count told just before it first: "up from 29,290 in the previous 12 months and 8,019 in the year
                # before that")
                years = [t.period for t in times if t.end <= n.start and t.period is not None and t.period.start is not None
                         and t.period.end is not None and (t.period.end - t.period.start).days > 300]
                years += [d.fact.period for d in drafts[-1:] if d.sentence == si and d.fact.period is not None
                          and d.fact.period.start is not None and d.fact.period.end is not None
                          and (d.fact.period.end - d.fact.period.start).days > 300]
                if years:
                    period = periods.shift_years(years[-1], -1)
            joined: re.Match[str] | None = None
            for joined in _WHILE_JOINS.finditer(text, 0, n.start):
                pass
            told_before = [t for t in times if t.end <= joined.start()] if joined is not None else []
            if joined is not None and len(told_before) >= 2 and told_before[0].kind in ("whole_year", "fy") \
                    and told_before[0].period is not None \
                    and _COMPARISON_ON.search(text, told_before[0].end, told_before[-1].start) \
                    and not periods.is_comparison(text, told_before[0]) \
                    and not any(joined.start() <= t.start < clause[1] for t in times):
                # "… issued 14,156 decisions in 2024, a 60% increase on the 8,873 made in 2023, while the tribunal
                # closed 3,103 appeals": a clause joined by "while" goes on with the sentence's own time, not the time
                # of the comparison before it
                period = told_before[0].period
            since = _when_clause_since(text, clause, n.start, times, article.date, last_period)
            bracketed = _SINCE_YEAR_BRACKET.search(text, 0, qstart)
            if bracketed is not None:
                # "the highest annual figure since 2018 (9,236)": the count in brackets is that year's
                year = int(bracketed.group(1))
                period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
            elif since is not None:
                period = since
            elif _since_event(text, clause, times):
                period = Period(None, article.date)  # "returned since the general election": from an undated event
            elif period is None and _RECENTLY.search(text, *clause):
                period = Period(None, article.date)  # "had resettled more than 130,000 refugees in recent years": up to now
            if period is None and inherited is None and narrative is None:
                # a sentence told in the past with no time of its own goes on with the complete past period of
                # the figures before it ("Last year 239,000 … The central Mediterranean saw 66,700 detections")
                total = _BRINGING_TOTAL.search(text, n.end)
                told_of = text[:total.start()] if total is not None else text  # (not the running total's clause)
                narrative = story if story is not None and story.start is not None \
                    and story.end is not None and story.end < article.date \
                    and periods.is_past_narrative(told_of) and (not story_day or _refers_back(told_of)) else False
                if opening is not None and not times and _CHANGED_BY_TO.search(text, 0, qstart):
                    # "Detections fell by 59% to 66,766": a change on the year before told of the article's own time,
                    # not of the earlier year a sentence in between went back to ("… a very different picture in 2023")
                    narrative = opening
                later = _YEARS_LATER.match(text)
                if narrative and later:
                    # "A year after the sinking, a court dropped charges against nine men": the story's time, moved on
                    moved = periods.shift_years(narrative, _SMALL.index(later.group(1).lower()) + 1)
                    narrative = moved if moved.end is not None and moved.end.year <= article.date.year else False
            if n is counts[0]:
                # the sentence's first count is its claim ("… 56 hotels in use, down from 400 last summer" tells of
                # now, whatever the comparison's time); one that goes on with the story keeps it going
                # (not a record's own time: "Monday's arrivals broke the previous daily record of 416, which was set
                # on 2 September last year" goes on with Monday)
                record_lead = set_at is not None and bracket is set_at
                lead = None if record_lead else period or (narrative or None)
            if period is not None and (period.end or period.start or article.date).year >= article.date.year:
                current = True  # the story has told of this year: no later sentence goes back to a past one
            from_story = undated = first = False
            if period is None:
                # (what is still so is so now, in its own clause: "Among them were 4 million refugees and 2 million
                # whose claims were still pending")
                # (past an aside up to the next count: "4,537 of those cases, classed as "complex", remain unresolved")
                upto = next((c.start for c in counts if c.start > n.end), len(text))
                kept = None if part_of and (_STILL.search(text, *clause) or _STILL.search(text, clause[0], upto)) else inherited
                if kept is not None:
                    period = kept
                    first = part_of and first_period is None  # ("Of those, …" goes on with the count it is part of)
                elif narrative:
                    period, from_story = narrative, True
                    if _CHANGE_FROM.search(text, 0, n.start) and period.start is not None and period.end is not None \
                            and (period.end - period.start).days >= 28:
                        # the base of a change told in a story of a span ("… rose by 21%, from 5,244 to 6,339",
                        # "climbed to 6,781 from 5,508"): the same span a year earlier
                        period = periods.shift_years(period, -1)
                else:
                    period, undated = Period(None, article.date), True
            elif first_period is None and set_at is None and not _COMPARED_BEFORE.search(text, 0, qstart):
                # (not the other side of a comparison: "That was 18% more than in 2023, when 91,811 people claimed
                # asylum" leaves "the same period" and "the twelve months" of later sentences with the story's time;
                # the "than" of a qualifier, "more than 102,000", is none; nor a record dated by its participle: "fell
                # just short of the all-time high of 64,298 set in 2018. … fell 6.5 percent to 14,431, from 15,435 the
                # year before" goes on with the story's year)
                first = True
            if first:
                first_period = period
            elif n is not counts[0] and first_period is not None and drafts and drafts[-1].sentence == si \
                    and _change_start(text, counts[0]) \
                    and re.fullmatch(r"(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?",
                                     text[counts[0].end:numbers.qualifier_before(text, n.start)[1]] + " ") \
                    and period is not None:
                # a change "from 47,000 in December 2019 to about 110,000 in December 2024": what it came to is what
                # the sentences after go on with ("Of those, around 38,000 …")
                first_period = period
            if opening is None and period is not None and period.start is not None and period.end is not None \
                    and period.end < article.date and (period.end - period.start).days >= 28 and not undated:
                opening = period
            subset = _subset(text, n, clause, qstart, metric, counts, subset_at,
                             story_incident if from_story else None)
            if subset is None and list_label is not None and metric not in ("other", None) and n is counts[0]:
                subset = list_label  # the label of a list item: "Single adults: 164,907 encounters"
            if subset is None and metric not in ("other", None) and drafts and drafts[-1].sentence < si \
                    and drafts[-1].fact.metric == metric and drafts[-1].fact.subset and not drafts[-1].fact.subset.startswith("one ") \
                    and _THE_FIGURE.search(text, 0, qstart) and n is counts[0]:
                subset = drafts[-1].fact.subset  # "… 569 Rohingya were reported dead … In 2022, the figure was 348."
            if subset is None and metric not in ("other", None) and re.match(r"\W*when\b", text[clause[0]:clause[1]], re.IGNORECASE):
                # "the highest toll since 2014, when 730 lives were lost": the other side of a comparison counts what the
                # count it is compared with does
                compared = [c for c in counts if c.end <= clause[0] and subset_at.get(c)]
                prev_clause = clause_span(text, max(0, clause[0] - 2))
                if compared and periods.opens_comparison(text[prev_clause[0]:prev_clause[1]].lstrip(" ,")):
                    subset = subset_at[compared[-1]]
            part = _OF_WHOM_AFTER.match(text, n.end) or (_OF_WHOM_BEFORE.search(text, 0, qstart)
                                                          and _COPULA_AFTER.match(text, n.end))
            if subset is None and part and counts.index(n) > 0:
                # "…, of whom 32,059 were living in hotels", "…, 160 of whom had asked for asylum": a part of the count
                # before, named by what the clause says of them
                said = text[part.end():clause[1]].strip(" ,.;:")
                subset = _clean_subset(said) or "of whom"
            if subset is None and flown and metric == "returns":
                subset = "those on the flights told of"  # the people some flights carried are part of the returns
            subset_at[n] = subset
            if undated and subset is not None and subset.startswith("one "):
                # one boat, operation or event, told without a time, dated by the sentence after it ("Three men have
                # been arrested in a police operation. They were detained in raids on Monday")
                period = _told_next(sentences, si, article.date) or period
            group = noun is not None and noun.lower() in rules().groups
            unit, noun = unit_of(text, n.end, metric or "other")
            if group:
                unit = "other"  # "40 people smuggling groups" counts groups, not people
            fact = Fact(id="", type="figure", evidence=text, metric=metric, value=int(n.value), unit=unit,
                        qualifier=qualifier, period=period, places=_places_of_count(index, sent, n, clause, places),
                        source=source, subset=subset)
            # undated and told in the past ("… in which four people drowned"): a later mention may date it
            # (its own words: "on a night when four passengers drowned has been jailed" tells of the drowning in the past)
            own = re.split(r"\b(?:has|have|is|are|will|would)\b", text[n.start:clause[1]], maxsplit=1)[0]
            past = period.start is None and period.end == article.date and (
                periods.is_past_narrative(text[clause[0]:clause[1]]) or periods.is_past_narrative(own))
            drafts.append(_Draft(fact, metric, si, unit if noun else "other" if thing else None, weak, past))
            if first:
                first_draft = drafts[-1]
            if metric == "boats":
                boats_end = n.end
            if metric is not None and metric != "boats":  # a count of boats names only its own noun
                prior_metric = metric
                last_metric = (sent.paragraph, metric, si)
                if n is counts[0]:
                    lead_metric = (si, metric)
        if first_period is not None and not _THAT_COMPARED.match(text):
            # (not a sentence whose counts are only what the claim before is compared with: "That was well above the
            # 29,437 who made the journey in 2023")
            last_period = first_period
            last_period_at = si
            last_lead = first_draft
        told_here = [t.period for t in times if t.period is not None and t.period.start is not None and t.period.end is not None]
        prior_last = told_here[-1] if told_here else None
        lead_subset = subset_at.get(counts[0])
        prior_story = (story, story_day, story_incident)
        compared_lead = _COMPARED_BEFORE.search(text, 0, numbers.qualifier_before(text, counts[0].start)[1]) is not None
        story_incident = lead_subset if lead_subset is not None and lead_subset.startswith("one ") else None
        if lead is None and part_of and inherited is not None and not current:
            lead = inherited  # "Of the 303, 237 were Afghans": a part of the count told before goes on with its time
        # (a record's own time leaves the story where it was: "… in 2024. … the all-time high of 64,298 set in 2018.")
        story = lead if lead is not None and not current else prior_story[0] if record_lead else None
        if story is not None and prior_story[0] is not None and _PAST_PERFECT.search(text) \
                and story.end is not None and prior_story[0].start is not None and story.end < prior_story[0].start:
            # a sentence in the past perfect about an earlier time ("Frontex had recorded about 385,000 crossings in
            # 2023") is an aside: the story goes on with its own time
            story = prior_story[0]
        story_day = False
        if story is None and times and times[-1].kind == "date" and _tells_past_event(text, times[-1], article.date):
            # the sentence ends on a past event ("… jailed on Tuesday over the sinking of a dinghy in November 2021
            # that killed 27 people"): the past-tense sentences after it tell of that event ("Only two survived")
            story, current = times[-1].period, False
            story_incident = subsets.incident(text, times[-1].start, len(text)) or subsets.incident(text, 0, len(text))
        elif story is None and drafts and drafts[-1].sentence == si and drafts[-1].metric == "deaths" \
                and _COMPARED_BEFORE.search(text) is None:
            # the sentence ends on the deaths of a past year's disaster ("convicted nine on Monday over the 2023
            # Pylos shipwreck, in which 600 people drowned"): the past-tense sentences after it tell of that disaster
            p = drafts[-1].fact.period
            if p is not None and p.start is not None and p.end is not None and p.start.year == p.end.year \
                    and p.end.year < article.date.year and str(p.end.year) in text:
                story, current = p, False
                told = drafts[-1].fact.subset
                story_incident = told if told is not None and told.startswith("one ") else subsets.incident(text, 0, len(text))
        if story is None and lead is not None and lead.start is not None and lead.end is not None \
                and lead.end < article.date:
            # a past day, week or month of this year ("More people crossed the Channel on Monday than on any other
            # day") or one event of it ("At least 20 people died when a boat capsized in March"): the past-tense
            # sentences after it tell of that time when they refer back to what it counted ("The migrants travelled
            # in 27 boats"), or of that event ("Only 12 bodies were recovered"); a span longer than a month ("Between
            # 5 July and 22 March, …") goes on without referring back
            story, story_day = lead, story_incident is None and (lead.end - lead.start).days <= 31
        if compared_lead:
            # a sentence that opens on the other side of a comparison ("That is 11% more than the 21,807 returned over
            # the same period a year earlier", "… is 58% higher than in 2023, when the group recorded 6,618 deaths")
            # leaves the story where it was
            story, story_day, story_incident = prior_story
    main = Counter(d.metric for d in drafts if d.metric not in (None, "other"))
    default = main.most_common(1)[0][0] if main else "other"
    out: list[Fact] = []
    kept: dict[tuple[int, str], list[_Draft]] = {}
    earlier: dict[int, int] = {}
    """Value -> the first sentence that recorded it with a metric of its own."""
    for d in drafts:
        if d.metric is None:
            d.fact.metric = default
            d.fact.unit = d.noun_unit or _UNIT_OF_METRIC.get(default, "other")
            if default == "other":
                d.fact.subset = None  # "any other count" has no whole to be a part of
        value = int(d.fact.value or 0)
        key = (value, d.fact.metric or "")
        # one value twice in a sentence is two counts ("two were minors and two had health problems")
        # (nor are two counts of other things with the same value: "30,000 asylum seekers are to be relocated" and
        # "30,000 places for the procedure")
        same = [k for k in kept.get(key, []) if _same_claim(k.fact.period, d.fact.period) and k.sentence != d.sentence
                and (d.fact.metric != "other" or None in (k.noun_unit, d.noun_unit) or k.noun_unit == d.noun_unit)]
        if same:
            if same[0].undated_past and d.fact.period is not None and d.fact.period.start is not None:
                # a later mention dates what the first left undated ("… in which four people drowned. … in December
                # 2022 … four men were never found")
                same[0].fact.period = d.fact.period
            continue
        if d.weak and earlier.get(value, d.sentence) < d.sentence:
            continue  # "… carrying an estimated 1,000 people. … 'He put more than a thousand lives at risk'"
        kept.setdefault(key, []).append(d)
        if not d.weak and (d.fact.metric != "other" or d.noun_unit == "people"):
            # (a count of people of no metric too: "as many as 400 people had been crammed aboard the trawler … 'They
            # all said around four hundred'")
            earlier.setdefault(value, d.sentence)
        out.append(d.fact)
    told = {id(d.fact): d for d in drafts}
    return [f for f in out if not _rounded_ahead(told[id(f)], [told[id(x)] for x in out])]


_VISA_ROUTE = re.compile(r"\b(?:visas?|schemes?|(?:work|residence) permits?|sponsorship|family permits?)\b", re.IGNORECASE)
_ASYLUM_WORD = re.compile(r"\b(?:asylum|protection|refugee status|claims?)\b", re.IGNORECASE)
_APPLICANTS = frozenset({"applicants", "applicant", "asylum applicants", "claimants", "asylum claimants"})
_APPLICANTS_ALONE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:applicants?|claimants?)(?:\s+(?:from|of|in)\s+(?:the\s+)?[\w’'-]+"
                               r"(?:\s+[\w’'-]+)?)?(?:\s+alone)?\s*(?:[,;.)]|$)", re.IGNORECASE)
"""Applicants with no verb of their own: "with 2,910 applicants from Nigeria alone"."""

ROUNDED_AHEAD_SENTENCES = 3
"""How many sentences on a rounded count may be told exactly ("Almost 20,000 … Figures show 19,982 …")."""


def _rounded_ahead(d: _Draft, kept: list[_Draft]) -> bool:
    """Whether a rounded count opens what a sentence soon after tells exactly, of the same metric and year: "Almost
    20,000 migrants crossed … in the first half of this year. Home Office figures show 19,982 people reached
    Britain between January 1 and June 30": one claim, recorded by its exact value."""
    f = d.fact
    value = int(f.value or 0)
    if f.qualifier == "exact" or value < 1000 or value % 1000 or f.metric in (None, "other") or f.subset:
        return False
    for x in kept:
        v = int(x.fact.value or 0)
        if x is d or not d.sentence < x.sentence <= d.sentence + ROUNDED_AHEAD_SENTENCES or x.fact.metric != f.metric \
                or x.fact.subset or v % 100 == 0 or not _same_claim(f.period, x.fact.period):
            continue
        if (f.qualifier == "at_least" and value <= v < value * 1.05) or (f.qualifier == "at_most" and value * 0.95 < v <= value) \
                or (f.qualifier == "approx" and abs(v - value) < value * 0.03):
            return True
    return False


@lru_cache(maxsize=1)
def _refers_back_re() -> re.Pattern[str]:
    nouns = sorted(w for w, unit in rules().units.items() if unit in ("people", "boats", "crossings"))
    return re.compile(r"\b(?:(?:the|these|those)\s+(?:[\w’'-]+\s+)?(?:%s)|they|them)\b"
                      % gazetteer.trie_pattern(nouns, space=r"\s+"), re.IGNORECASE)


def _refers_back(text: str) -> bool:
    """Whether a sentence refers back to people, boats or crossings told of before: "the migrants", "they"."""
    return _refers_back_re().search(text) is not None


def _past_event(text: str, told: list[Period], ref: dt.date) -> tuple[Period, str] | None:
    """The time and the one boat, vehicle, operation or event a sentence tells of in the past, when it names one
    single complete past time ("The deadliest disaster of the year came in June, when an overcrowded fishing boat
    sank": June, "one boat")."""
    if len(told) != 1 or told[0].start is None or told[0].end is None or told[0].end >= ref \
            or not periods.is_past_narrative(text):
        return None
    incident = subsets.incident(text, 0, len(text))
    return (told[0], incident) if incident is not None else None


def _told_next(sentences: list[Sentence], si: int, ref: dt.date) -> Period | None:
    """The single past day the sentence after ``si`` (in its paragraph or the next) tells of in the past, if it names
    one time and that is it: when a one-off event told without a time happened."""
    if si + 1 >= len(sentences) or sentences[si + 1].paragraph - sentences[si].paragraph > 1:
        return None
    nxt = sentences[si + 1].text
    told = [t for t in periods.find_times(nxt, ref) if t.period is not None]
    if len(told) != 1 or periods.is_publication_time(nxt, told[0]) or periods.is_statement_time(nxt, told[0]):
        return None
    p = told[0].period
    assert p is not None
    if p.start is None or p.start != p.end or p.end is None or p.end >= ref or not periods.is_past_narrative(nxt):
        return None
    return p


_THE_COUNT = re.compile(r"\b(?:the|that|this|its|their)\s+(?:death\s+)?(?:toll|total|tally|figure|count|number)\s+$",
                        re.IGNORECASE)


def _the_count_ends(text: str, times: list[periods.TimePhrase]) -> dt.date | None:
    """The end a sentence gives the count told before it: "… said the toll up to September 24 compared with …"."""
    for t in times:
        p = t.period
        if p is not None and p.start is None and p.end is not None and _THE_COUNT.search(text, max(0, t.start - 40), t.start):
            return p.end
    return None


def _subset(text: str, n: numbers.Number, clause: tuple[int, int], qstart: int, metric: str | None,
            counts: list[numbers.Number], subset_at: dict[numbers.Number, str | None],
            story_incident: str | None) -> str | None:
    """The part of its metric a count counts (FACTS.md "Figure subset"), or None for a whole count.

    Its own words first (:func:`subsets.subset_of`); a count with no noun, of a sentence about one nationality
    ("Albanians accounted for …, when 12,301 made the journey"); the other side of a comparison, what the count it
    is compared with is ("…, compared with 815 over the whole of 2021"); a count said to be a part of another ("Of
    those, …"); a count that goes on with a story of one boat or event, that one ("… a fishing boat sank. At least
    82 bodies were recovered").
    """
    other = metric == "other"
    # "any other count" has no whole of its metric to be a part of, but a group of its people is a part of them
    # (FACTS.md: "those in hotels"): "32,059 asylum seekers in hotels", "among them 40 children", and so is the
    # other side of a comparison with such a group, and a part of a count said so ("2,000 of them unaccompanied
    # children")
    found = subsets.group(text, n) if other else subsets.subset_of(text, n, clause, metric or "")
    if found is None and not other:
        found = subsets.subject_nationality(text, n)
    if found is None:
        before = [c for c in counts if c.end <= n.start]
        if before and subset_at.get(before[-1]) and (
                periods.opens_comparison(text[clause[0]:clause[1]]) or _COMPARED.search(text, max(clause[0], qstart - 60), qstart)):
            found = subset_at[before[-1]]
    if found is None and _another_whole(text, n, clause, metric):
        return None  # "sent back about 5,600 of the roughly 8,000 people who swam into Ceuta": all returns, of crossers
    if other:
        part = None if found else subsets.partitive(text, n, clause)
        # (only a part that names a group, where they are kept or where they came from: not "300 more officers",
        # "1.2 million of the most vulnerable refugees now receive …"; "Of the 109,000 …, 32,345 were living in hotels")
        # (but "about 1,300 of them have since been resettled": a part of the count just told, said so)
        if part and not (subsets.rules().group_noun_re.search(part) or re.match(r"from\b", part)
                         or subsets.rules().setting_re.match(" " + part)
                         or (_OF_THEM.match(text, n.end) and part != subsets.TOLD_BEFORE)):
            part = None
        return found or part
    return found or subsets.partitive(text, n, clause) or story_incident


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
_WHOLE_BEFORE_COUNT = re.compile(r"\b(?:of|out\s+of)\s+(?:the|all\s+the|all)\s+(?:(?:roughly|about|around|some|nearly|almost|"
                                 r"more\s+than|over|estimated|total\s+of)\s+)*$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:who|that|which|whom)\s+", re.IGNORECASE)


def _relative_metric(text: str, n: numbers.Number, clause: tuple[int, int]) -> str | None:
    """What the relative clause right after a count says it counts: "8,000 people who swam into Ceuta"."""
    rel = _RELATIVE_AFTER.match(text, n.end, clause[1])
    return metric_in(text, rel.end(), clause[1], -1, -1) if rel else None


def _whole_of_a_part(text: str, n: numbers.Number, clause: tuple[int, int]) -> str | None:
    """The metric of a count that is the whole a part is of, by its own relative clause, not by the verb of the
    part: "Spain has sent back about 5,600 of the roughly 8,000 people who swam or walked into Ceuta"."""
    qstart = numbers.qualifier_before(text, n.start)[1]
    if not _WHOLE_BEFORE_COUNT.search(text, max(clause[0], qstart - 40), qstart):
        return None
    return _relative_metric(text, n, clause)


def _another_whole(text: str, n: numbers.Number, clause: tuple[int, int], metric: str | None) -> bool:
    """Whether the whole a count is said to be part of ("5,600 of the roughly 8,000 people who …") counts
    something else than the part does (returns of crossers): then the part is all of its own metric."""
    after = re.match(r"\s+(?:of|out\s+of)\s+(?:the|all\s+the|all)\s+", text[n.end:n.end + 30], re.IGNORECASE)
    if after is None or metric is None:
        return False
    whole = next((x for x in numbers.numbers(text) if n.end + after.end() <= x.start <= n.end + after.end() + 25), None)
    if whole is None:
        return False
    other = _relative_metric(text, whole, clause_span(text, whole.start))
    return other is not None and other != metric and not (other in (CROSSING, AT_SEA) and metric in CROSSINGS)


CROSSINGS = ("small_boat_arrivals", "irregular_crossings")


def _same_claim(a: Period | None, b: Period | None) -> bool:
    """Whether two mentions of one value and metric can be one claim: not when both name a time and the
    years differ ("Five people died on Sunday … compared with 5 in 2022")."""
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return (a.end or a.start).year == (b.end or b.start).year


def _count_ranges(text: str, counts: list[numbers.Number]) -> dict[numbers.Number, str]:
    """The ends of ranges of counts ("between 3,000 and 4,000 people", "50-60 migrants"): at_least and at_most.

    "rose from 3,000 to 4,000" is a change, not a range.
    """
    out: dict[numbers.Number, str] = {}
    for a, b in zip(counts, counts[1:]):
        join = re.fullmatch(r"\s*(-|–|to|and)\s*", text[a.end:b.start])
        if not join:
            continue
        head = text[max(0, a.start - 12):a.start]
        if re.search(r"\bbetween\s+$", head, re.IGNORECASE) \
                or join.group(1) != "and" and not re.search(r"\bfrom\s+$", head, re.IGNORECASE) \
                and not re.search(r"\b(?:rose|fell|rising|falling|risen|fallen|up|down|increased|decreased|dropped|climbed)\b",
                                  text[max(0, a.start - 40):a.start], re.IGNORECASE):
            out[a], out[b] = "at_least", "at_most"
    return out


_COMPARISON_ON = re.compile(r"\b(?:than|compared\s+(?:with|to)|up\s+from|down\s+from|(?:increase|rise|fall|drop|decrease|jump)"
                            r"\s+(?:on|from)|(?:%|per\s*cent)\s+(?:on|from|over))\b", re.IGNORECASE)
_STOCK_PLACE = (r"(?:in|at)\s+(?:(?:its|their|the|federal|us|cbp|asylum|emergency|temporary|crowded|overcrowded|state|"
                r"the\s+city['’]s|[\w-]+['’]s)\s+)*(?:hotels?|hotel\s+accommodation|shelters?|shelter\s+system|custody|camps?|"
                r"barracks|reception\s+(?:centres?|centers?|facilities)|detention\s+(?:centres?|centers?|facilities)|care)\b")
_IN_STOCK_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:were|are|was|is|remain|remained|remains|still|now|currently|"
                             r"living|staying|housed|held|live|lived|being)\s+)*" + _STOCK_PLACE, re.IGNORECASE)
"""Right after a count and its noun: where the people are held or housed ("27,000 people in its custody")."""
_IN_STOCK_BEFORE = re.compile(r"\b(?:number|total)\s+of\s+(?:[\w’'-]+\s+){1,3}?(?:(?:living|staying|housed|held)\s+)?"
                              + _STOCK_PLACE + r"[^.;]{0,40}?\b(?:stood|stands|was|is|rose|fell|reached|dropped|climbed|"
                              r"increased|decreased)\b[^.;\d]{0,20}$", re.IGNORECASE)
"""Before a count: "the number of asylum seekers in hotels stood at 35,651"."""
_IMMIGRATION_COURT = re.compile(r"\bimmigration courts?\b", re.IGNORECASE)
_BEFORE_A_COURT = re.compile(r"\b(?:before|at|in|to)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:court|tribunal)\b", re.IGNORECASE)
"""Cases pending before a court are its caseload, of any kind: "A further 47 similar cases against Greece are pending
before the court"."""
_HAS_SINCE = re.compile(r"\b(?:has|have)\s+since\b", re.IGNORECASE)
_WHILE_JOINS = re.compile(r",\s*(?:while|whereas)\b", re.IGNORECASE)
_SINCE_YEAR_BRACKET = re.compile(r"\bsince\s+((?:19|20)\d{2})\s*\(\s*$", re.IGNORECASE)
_WHEN_BROKE = re.compile(r"\swhen\s+$", re.IGNORECASE)
_AND_BROKE = re.compile(r"\sand\s+$")


def _when_clause_since(text: str, clause: tuple[int, int], pos: int, times: list[periods.TimePhrase], ref: dt.date,
                       previous: Period | None) -> Period | None:
    """A clause opening with "when" and no time of its own is dated by the time phrase right before it.

    "… since November 2021, when at least 27 people drowned": at the "since" date; "down 4% on the same
    point in 2023, when 20,102 people had made the crossing": that point of 2023.
    """
    opens: int | None = None
    at = clause
    while opens is None:
        if re.match(r"\s*when\b", text[at[0]:at[1]], re.IGNORECASE):
            opens = at[0]
            break
        # (the clause may start past its "when", where "when the …" broke it: "higher than in 2023, when the group
        # recorded 6,618 deaths"; or go on from such a clause after "and": "on 2022, when 3,705 Rohingya set out by
        # sea and 348 were reported dead or missing")
        broke = _WHEN_BROKE.search(text, max(0, at[0] - 12), at[0])
        if broke is not None:
            opens = broke.start()
            break
        joined = _AND_BROKE.search(text, max(0, at[0] - 8), at[0])
        if joined is None or joined.start() == 0 or any(t.start >= pos for t in times):
            return None  # (not past a time of the count's own: "… since 2014, when 730 died, and far above the 348 … in 2022")
        at = clause_span(text, joined.start() - 1)
    own = [t for t in times if clause[0] <= t.start < clause[1]]
    before = [t for t in times if t.end <= opens]
    if not before or not re.fullmatch(r"[\s,;–—-]*", text[before[-1].end:opens]):
        return None
    last = before[-1]
    if own:
        # "… than in the same period last year, when 3,683 arrivals had been recorded by mid-March": the clause's
        # own time, in the year of the phrase before it (unless it names a year of its own)
        if any(re.search(r"\b(?:19|20)\d{2}\b", t.text) for t in own) or last.kind == "since":
            return None
        then = periods.choose(text, last.start, (last.start, last.end), times, ref, previous)
        mine = periods.choose(text, pos, clause, own, ref, previous)
        if then is None or mine is None or (then.end or then.start) is None or (mine.end or mine.start) is None:
            return None
        shift = (then.end or then.start).year - (mine.end or mine.start).year
        if shift == 0:
            return None
        moved = periods.shift_years(mine, shift)
        if moved.start is None and then.start is not None and moved.end is not None and then.start <= moved.end:
            moved = Period(then.start, moved.end)  # "by mid-March" of the same period: from its start
        return moved
    if last.kind == "since":
        if last.period is None or last.period.start is None:
            return None
        start = last.period.start
        if re.search(r"\bsince\s+(?:(?:19|20)\d{2})\s*$", last.text, re.IGNORECASE):
            # "the highest toll since 2014, when 730 lives were lost": that year
            return Period(dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))
        if not re.search(r"\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"(?:19|20)\d{2}", "", last.text)) \
                and re.search(r"\bsince\s+(?:[A-Za-z]+)\s+(?:19|20)\d{2}\s*$", last.text):
            # "since March 2021, when …": that month
            nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return Period(start, nxt - dt.timedelta(days=1))
        return Period(start, start)
    return periods.choose(text, last.start, (last.start, last.end), times, ref, previous)


_SINCE = re.compile(r"\bsince\b(?!\s+(?:then|records|it was|its|being)\b)", re.IGNORECASE)


def _since_event(text: str, clause: tuple[int, int], times: list[periods.TimePhrase]) -> bool:
    """Whether a count's clause runs from an event that is no date and has no time phrase of its own: "More than
    9,400 people have been returned since the general election" (a later "…, the highest since 2018" compares)."""
    if any(clause[0] <= t.start < clause[1] or t.start <= 1 for t in times):
        return False  # a time of its own, or one opening the sentence ("In 2023, …"), dates it
    return _SINCE.search(text, clause[0], clause[1]) is not None


_LEGAL_SCHEME = re.compile(r"\b(?:under|through|via) (?:the |a |its )?(?!(?:[\w’'-]+ ){0,3}?[\w-]*(?:return|remov|deport|"
                           r"relocat|rwanda|expuls|repatriat|smuggl|traffick))(?:[\w’'-]+ ){0,3}?(?:schemes?|visa routes?|"
                           r"safe (?:and legal )?routes?|family reunion|resettlement (?:schemes?|programmes?))\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|up from|down from|up on|down on|versus|exceeds|exceeded|"
                              r"surpasses|surpassed|outstrips|outstripped|overtakes|overtook|tops|topped|beats|beat)\b"
                              # ("rose 17.4 per cent on 2023, when 39,910 people landed"; "far above the 31,678 arrivals of 2006")
                              r"|(?:per\s*cent|%)\s+(?:on|from|over)\b|\b(?:above|below)\s+(?:the|those|that|its|their)\b",
                              re.IGNORECASE)
_BY_VEHICLE = re.compile(r"\b(?:lorr(?:y|ies)|trucks?|heavy goods vehicles?|HGVs?|(?:the )?channel tunnel|eurotunnel|"
                         r"shipping containers?|by air|airports?)\b", re.IGNORECASE)
_BY_BOAT = re.compile(r"\b(?:small[ -]boats?|dinghy|dinghies|boats?|vessels?|by sea)\b", re.IGNORECASE)
_TALLY = re.compile(r"\b(?:the|its|this year's|this year’s|the year's|the year’s)\s+(?:running\s+|overall\s+|annual\s+)?(?:tally|total)\b(?!\s+of\b)",
                    re.IGNORECASE)
"""A running total with nothing said of what it counts."""
_TARGET = re.compile(
    r"\b(?:(?:cap|caps|capped|capping|limit|limits|limiting|restrict|restricting)\b|(?:wants?|wanted|aims?|aimed|plans?|planned|"
    r"pledged?|promised?|vowed|hopes?|hoped|seeks?|sought|intends?|targets?|goal|bid|ambition|commitment) to (?:cut|reduce|bring|"
    r"lower|halve|cap|limit|get))(?:\s+[\w’'-]+){0,12}?\s+(?:to|at|down to|below|under)\s+(?:about |around |roughly |fewer than |"
    r"less than |no more than |under |below |just )?$", re.IGNORECASE)
"""A number as a target, told just before it ("… to cut the number admitted each year to")."""
def _accused(text: str, clause: tuple[int, int], n: numbers.Number) -> bool:
    """Whether an arrest verb has a count of officials as its object or passive subject ("indicted 17 coastguard
    officers", "12 officers were arrested"), not as its agent ("300 officers arrested 40 smugglers")."""
    arrests = _any(rules().cues["arrests"])
    before = text[clause[0]:n.start]
    verb = None
    for verb in arrests.finditer(before):
        pass
    if verb is not None and re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,2}", before[verb.end():]):
        return True
    after = re.match(r"\s*(?:[\w’'-]+\s+){0,4}?(?:were|was|have been|had been|has been|are being|being)\s+", text[n.end:clause[1]])
    return after is not None and arrests.match(text, n.end + after.end()) is not None


_SMUGGLED_COUNT = re.compile(r"\b(?:smuggled|smuggling|ferried|ferrying)\s+(?:(?:more than|at least|about|around|some|nearly|"
                             r"almost|over|up to|an estimated|as many as)\s+)?$", re.IGNORECASE)
"""A smuggling verb right before a count: its object, the people smuggled."""
def _tells_past_event(text: str, t: periods.TimePhrase, ref: dt.date) -> bool:
    """Whether a time phrase names a month of a past year ("in November 2021") and the rest of the sentence tells
    of it in the past ("that killed 27 people"), not as the other side of a comparison."""
    p = t.period
    return p is not None and p.start is not None and p.end is not None and p.end.year < ref.year \
        and re.search(r"\b(?:19|20)\d{2}\b", t.text) is not None and not periods.is_comparison(text, t) \
        and periods.is_past_narrative(text[t.start:])


_PRESENT_RELATIVE = re.compile(r"\W*(?:which|who|where)\s+(?:now\s+|currently\s+|still\s+)?(?:has|have|is|are|holds|houses|"
                               r"can hold|can house)\b", re.IGNORECASE)
"""A relative clause in the present at the start of a count's clause ("…, which has space for 400")."""
_CHANGE_FROM = re.compile(r"\b%s\b[^;:.]*?\bfrom\s+(?:(?:about|around|some|nearly|"
                          r"almost|more than|just over|just under)\s+)?$" % numbers.CHANGE_VERB, re.IGNORECASE)
"""The base of a change right before a count: "rose by 21%, from", "climbed to 6,781 from"."""
_CHANGED_TO_NOW = re.compile(r"\b(?:has|have)\s+(?:since\s+|now\s+)?(?:risen|fallen|climbed|increased|decreased|dropped|jumped|"
                             r"grown|soared|slumped|declined|gone\s+(?:up|down)|come\s+down|shrunk|halved|doubled)\s+"
                             r"from\b[^;:.]*?\bto\s*$", re.IGNORECASE)
"""The new side of a change told in the present perfect: "has dropped from more than 400 in 2023 to": so now."""
_RUNS_UNTIL = re.compile(r"\W*(?:which|that)\s+(?:runs|lasts|expires|ends|continues|is\s+due\s+to\s+(?:run|end|expire)|"
                         r"will\s+(?:run|last|end|expire|continue))\b", re.IGNORECASE)
"""An aside on how long a scheme lasts ("Under the pilot, which runs until June 2026, …"): not the count's time."""
_OF_A_BODY = re.compile(r"(?:\s+|-)(?:office|offices|bureau|headquarters|HQ|embassy|consulate|mission|branch|delegation|"
                        r"based|correspondent)\b", re.IGNORECASE)
"""After a place: it says where a body sits, not where the counted things are ("the UNHCR's New York office")."""
_ASIDE_OPENING = re.compile(r"\W*(?:(?:released|published|issued|announced|compiled|presented|unveiled|made public|given)\b|"
                            r"(?:after|before|during|while|following|ahead of)\s+(?:a|an|the|his|her|their|its)\s+"
                            r"(?:visit|trip|meeting|summit|talks|speech|tour|briefing))", re.IGNORECASE)
"""Opening a clause set off from the count: an aside about the statement ("…, released after a visit to Rwanda, …")."""
_SAID = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|confirmed|added|stated|estimates?|estimated)\b")


def _places_of_count(index: EntityIndex, sent: Sentence, n: numbers.Number, clause: tuple[int, int],
                     places: list[str]) -> list[str]:
    """The places of a sentence that a count is about: not where a body sits ("the UNHCR's New York office said"),
    not in the clause of who says it ("…, the interior ministry in Madrid said"), not in an aside about the statement
    ("The figures, released after a visit to Rwanda, show …")."""
    text = sent.text
    drop: set[str] = set()
    keep: set[str] = set()
    for m in index.mentions_in(sent.start, sent.end, type="place"):
        s, e = m.start - sent.start, m.end - sent.start
        # (the stretch between commas around the place: "…, released after a visit to Rwanda, …")
        lo = max(text.rfind(",", 0, s), text.rfind(";", 0, s)) + 1
        hi = min([x for x in (text.find(",", e), text.find(";", e)) if x >= 0] or [len(text)])
        own = (lo, hi)
        other_clause = not (own[0] <= n.start < own[1])
        if _OF_A_BODY.match(text, e) or other_clause and (_SAID.search(text, own[0], own[1]) and not re.search(r"\d", text[own[0]:own[1]])
                                                          or _ASIDE_OPENING.match(text, own[0], own[1])):
            drop.add(m.entity)
        else:
            keep.add(m.entity)
    return [p for p in places if p in keep or p not in drop]


def _told_year(told: list[Period], ref: dt.date) -> Period | None:
    """The one whole past year a sentence without counts tells of ("The record was set in 2022."): what "the
    previous year" of the sentences after it goes back from."""
    if len(told) != 1:
        return None
    p = told[0]
    if p.start is None or p.end is None or p.end >= ref or (p.start.month, p.start.day, p.end.month, p.end.day) != (1, 1, 12, 31):
        return None
    return p


_YEAR_BEFORE_THAT = re.compile(r"\s+(?:in\s+)?(?:the|a)\s+year\s+(?:before|earlier)\s+(?:that|then)\b", re.IGNORECASE)
_BEFORE_THAT = re.compile(r"\b(?:before|prior to|earlier than) that\b", re.IGNORECASE)
_ROUTE_LABEL = re.compile(r"\b(?:route|routes|border|borders|frontier|corridor|crossing|sea|coast)$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\W*(?P<label>[A-Z][\w’'-]*(?:[ -][\w’'-]+){0,5}):\s+(?:(?:about|around|some|nearly|almost|more than|"
                        r"over|at least)\s+)?\d")
"""An item of a list of counts: "Single adults: 164,907 encounters, up 31.6%"."""
_PRESENT_PLACE = re.compile(r"\W*(?:where|in which|among whom)\b(?:[^,;]|,\d){0,80}?\b(?<!their )(?<!his )(?<!her )(?<!our )(?<!of )"
                            r"(?:live|lives|remain|remains|reside|resides|stay|stays|shelter|shelters|"
                            r"are (?:living|staying|sheltering|housed|held)|are still)\b", re.IGNORECASE)
"""A clause of a place where people live now ("…, where close to a million refugees live in camps")."""
_PRESENT_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:who|that|which|it|they|we|whom\s+it)\s+(?:(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?"
                            r"[a-z]+ing|(?:now\s+|currently\s+|still\s+)?(?:live|lives|host|hosts|shelter|shelters|houses|remain|"
                            r"remains))\b", re.IGNORECASE)
"""Right after a count, a relative clause in the present: "the 2.7 million Syrian refugees it is hosting"."""
_LIVE_NOW = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:now\s+|still\s+|currently\s+)?(?:live|are\s+living|are\s+housed|"
                       r"are\s+sheltering)\s+in\b", re.IGNORECASE)
"""Right after a count, its own verb of where people live now: "About a million of them live in crowded camps in Cox's
Bazar, most having fled a military crackdown in 2017" (the crackdown's year is no time of the count)."""
_SMALL = ("a", "two", "three", "four", "five")
_YEARS_LATER = re.compile(r"\W*(a|two|three|four|five) years? (?:later|after)\b", re.IGNORECASE)
"""A sentence that opens a number of years after the story's time ("A year later, …", "Two years after the fire, …")."""
_RELATIVE_OF_ANOTHER = re.compile(r"(?:\s+[\w’'-]+){0,14}?\s+(?:over|from|in|on|after|for|of|at|off|near)\s+(?:[\w’'-]+\s+){0,6}?"
                                  r"(?=(?:that|which)\b)", re.IGNORECASE)


def _metric_before_relative(text: str, clause: tuple[int, int], n: numbers.Number) -> str | None:
    """What the clause says of the count before a relative clause of another noun after it: "convicts nine over
    a shipwreck that killed hundreds" counts the convicted, not the dead (None when nothing before it says)."""
    rel = _RELATIVE_OF_ANOTHER.match(text, n.end, clause[1])
    if rel is None:
        return None
    return metric_in(text, clause[0], rel.end(), n.start, n.end)


def _metric_after_relative(text: str, clause: tuple[int, int], n: numbers.Number) -> str | None:
    """What the main verb after a relative clause on the count's people says: "about 100 people who arrived after the
    scheme took effect are being held in removal centres" are held, "9,100 people whose claims were refused … were
    removed" were removed (None when no main verb follows the relative clause, or it names no metric)."""
    rel = _OWN_RELATIVE.match(text, n.end, clause[1])
    if rel is None:
        return None
    # (the main verb may stand past the relative clause's own clauses: "who arrived after the scheme took effect")
    stop = _MAIN_CLAUSE_END.search(text, rel.end())
    end = stop.start() if stop else len(text)
    # the first auxiliary after the relative clause has had a verb of its own: "who arrived … are being held", "whose
    # claims were refused or who had no right to remain were removed"
    main = next((m for m in _MAIN_AUX.finditer(text, rel.end(), end) if _RELATIVE_VERB.search(text, rel.end(), m.start())),
                None)
    if main is None:
        return None
    found = metric_in(text, main.start(), clause_span(text, main.end())[1], -1, -1)
    return found if found not in (None, CROSSING, AT_SEA) else None


_CHANGED_BY_TO = re.compile(r"\b(?:%s|down|up)\b(?:\s+by)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?"
                            r"\d+(?:\.\d+)?\s*(?:%%|per\s*cent)\s+to\s*$" % numbers.CHANGE_VERB, re.IGNORECASE)
"""A count told as a change by a share, searched up to its qualifier: "fell by 59% to (around) 66,766"."""
_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been|seen|risen|fallen|grown|[a-z]+ed)\b", re.IGNORECASE)
_AT_AFTER_CLAUSE = re.compile(r",\s*(?:at|with)\s+$", re.IGNORECASE)
_MAIN_CLAUSE_END = re.compile(r"[;:]|,\s+(?:while|whereas|but|and)\b|\s[–—]\s", re.IGNORECASE)
_OWN_RELATIVE = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:who|whose|that)\b", re.IGNORECASE)
_MAIN_AUX = re.compile(r"(?<!\bwho )(?<!\bthat )\b(?:are|were|is|was|(?:have|has|had)\s+(?:not\s+|never\s+|yet\s+to\s+)?been)\s+"
                       r"(?:still\s+|now\s+|being\s+|currently\s+|not\s+)*"
                       r"(?=(?-i:[a-z]{3,})\b)", re.IGNORECASE)
_RELATIVE_VERB = re.compile(r"\b(?:[a-z]+ed|arrived|came|fled|left|crossed|sought|lodged|made|had|have|were|was|are|is)\b",
                            re.IGNORECASE)


_ON_LAND = re.compile(r"\b(?:cars?|vans?|lorr(?:y|ies)|trucks?|trains?|buses|coaches|motorways?|highways?|on foot|"
                      r"land borders?|border crossings?|checkpoints?|forests?|ports? of entry)\b", re.IGNORECASE)
"""Where an interception on land happens."""
_SEA = re.compile(r"\b(?:seas?|coasts?|coastal|coastguards?|coast guards?|off|offshore|waters?|boats?|dinghy|dinghies|vessels?|"
                  r"ships?|shores?|ashore|maritime|rescued?|harbours?|ports?(?! of entry)|beach(?:es)?|islands?|Mediterranean|Channel|"
                  r"Aegean|Atlantic|ocean|navy|naval)\b", re.IGNORECASE)
"""Words that put an interception at sea."""
_THEY_WERE = re.compile(r"\W*(?:they|these|those(?P<aboard>\s+on\s+board|\s+aboard)?)\s+(?:included|include|were|comprised|numbered)\s+",
                        re.IGNORECASE)
"""A sentence that opens on the people told before: "They included …", "Those on board were …"."""
_FLIGHT_WORD = re.compile(r"\b%s\b" % _AIRCRAFT, re.IGNORECASE)
_WHOLE_NAMED = re.compile(r"\W*(?:of|among|amongst)\s+(?:the|these|those|all\s+the|all)\s+(?:[\w’'-]+\s+){0,2}?"
                          r"(?P<noun>[\w’'-]+)(?:\s+(?:and|or)\s+[\w’'-]+)?(?:\s+(?:on|in|at|from|to|of)\s+(?:the\s+)?[\w’'-]+)?\s*"
                          r"(?:,|were|was|are|is)\s",
                          re.IGNORECASE)
"""The whole a part is of, named before it: "Among the victims were …", "Of the deportees, …", "Among the dead and
missing were …"."""
_WHOLE_INCLUDES = re.compile(r"\W*(?:the|these|those)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[\w’'-]+)(?:\s*,[^,;]{1,160},)?\s+"
                             r"(?:included|include|includes|comprised|comprise|were made up of)\s+"
                             r"(?:(?:about|around|some|nearly|almost|more than|at least)\s+)?$", re.IGNORECASE)
"""The whole a list of parts is of, as the subject: "The returnees, who were helped by the agency, included …"."""
_DISEMBARKED = re.compile(r"\b(?:disembark(?:ed|s|ing)?|brought ashore|landed)\b[^.;]{0,120}?\b(?:at|in|on)\s+(?:the\s+)?"
                          r"(?:port|harbour|harbor|quay|pier|island|(?-i:[A-Z]))", re.IGNORECASE)
_BACK_TO_SHORE = re.compile(r"\b(?:taken|took|take|takes|brought|bring|returned|ferried)\s+(?:them\s+|the\s+\w+\s+)?back\b", re.IGNORECASE)
"""Rescued in the Channel and taken back to the French coast: no arrival ("… rescued 65 people … and had taken them
back to Boulogne-sur-Mer")."""
_TAKEN_BACK = re.compile(r"\b(?:back|returned|return|intercept(?:ed|ions?)?)\b", re.IGNORECASE)
"""In a sentence of people taken back: "… intercepted at sea and brought back to Tunisia, and 10,600 were disembarked
in Libya" (landed where they set out from, no arrival)."""
_OF_WHOM_BEFORE = re.compile(r",\s*(?:of\s+whom|of\s+them|among\s+them)\s+$", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:were|was|are|is|had)\s+", re.IGNORECASE)
"""After a part named before it ("…, of whom 32,059 were living in hotels"): what is said of the part follows."""


def _clean_subset(said: str) -> str | None:
    """What a clause says of a part, cut short: "living in hotels" (from "living in hotels, the figures show")."""
    words = said.split()[:SUBSET_WORDS]
    return " ".join(words) or None


SUBSET_WORDS = 8
"""The most words of a subset taken from what a clause says of a part."""
_OF_WHOM_AFTER = re.compile(r"\s+of\s+(?:whom|which|them)\s+(?:had\s+(?!since\b)|(?:were|are|was|is)\s+(?!(?:later|then|since|"
                            r"subsequently|also|all)\b)(?!\w+ed\b|been\b)"
                            # (or where they were: "6,007 died …, at least 395 of them aboard boats that had left Mauritania")
                            r"|(?:aboard|on\s+board)\s)", re.IGNORECASE)
"""Right after a count that is a part of the one before, saying what they had done or are: "…, 160 of whom had asked
for asylum", "…, 40 of whom were children" (not a later deed of their own: "300 of whom were later deported")."""
_OF_THOSE_DONE = re.compile(r"\W*(?:(?:most|all|many|some|half|nearly\s+all|almost\s+all)\s+of\s+those\s+(?:who|that)\s+"
                            r"|(?:of|among|amongst)\s+(?:those|the\s+(?:[\w’'-]+\s+)?(?:people|migrants|persons))\s+)"
                            r"(?P<what>(?:[\w’'-]+\s+){0,5}?[\w’'-]+),", re.IGNORECASE)
"""A sentence that opens with what was done to a whole: "Of those arrested last year, …", "Most of those who arrived
this year, 195 people, were adult men"."""
_IS_AFTER = re.compile(r"(?:\s+(?:people|persons|migrants))?,?\s+(?:were|was|are|is)\s+(?!(?:also\s+|then\s+|later\s+)?\w+ed\b)",
                       re.IGNORECASE)
"""A copula right after a count (and its noun), not a passive: "779 were overstayers", "195 people, were adult men", not
"779 were deported"."""
_VICTIMS_OF_A_CRIME = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+victims\s+of\s+"
                                r"(?!(?:the\s+|this\s+|that\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?"
                                r"(?:shipwrecks?|sinkings?|disasters?|traged(?:y|ies)|routes?|crossings?|journeys?|seas?|"
                                r"fires?|capsizings?|drownings?|Mediterranean|Atlantic|Channel)\b)", re.IGNORECASE)
"""Victims of something other than a death at sea or on the way: "victims of trafficking", "of modern slavery"."""
_CROSSING_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+(?:crossing|walking|wading|climbing|running|trekking|hiking|"
                             r"sneaking|trying to cross|attempting to cross)\s+(?:into|across|over|through|the|from|a)\b",
                             re.IGNORECASE)
"""People caught in the act of crossing: "intercepted 39,540 people crossing into Canada"."""
_CROSSED_ON_LAND = re.compile(r"\b(?:crossing|crossings|crossed|border|borders|frontier|road|irregularly|on foot)\b", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\d\s+of (?:them|those|these|whom)\b", re.IGNORECASE)
"""A count that is a part of one told before: "Syrians lodged 76,765 of them"."""
_THAT_COMPARED = re.compile(r"\W*(?:that|this|it)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:above|below|higher\s+than|lower\s+than|more\s+than|fewer\s+than|less\s+than|up\s+on|down\s+on|"
                            r"up\s+from|down\s+from|compared\s+with|against|double|twice|treble|triple|half)\b", re.IGNORECASE)
_NOT_ASYLUM_CASES = re.compile(r"\b(?:human\s+rights|EU\s+settlement|EU\s+citizens|settlement\s+scheme|citizenship|deportation\s+orders?)\b",
                               re.IGNORECASE)
_COMPARED_BOATS = re.compile(r"(?:\s+[\w-]+){0,2}?(?:\s+in\s+(?:19|20)\d{2})?(?:,?\s+(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|"
                             r"than|versus)|,?\s+and|,)\s+", re.IGNORECASE)
"""Between a count of boats and a bare count after it (up to its qualifier) that is the other side of the comparison or
the next of a list."""
_CARRYING_COUNT = re.compile(r",?\s+(?:carrying|with|holding)\s+(?:(?:around|about|some|roughly|nearly|almost|more\s+than|over|"
                             r"at\s+least|up\s+to|a\s+total\s+of)\s+)?\d", re.IGNORECASE)
"""After a bare count, the count of people it carries: the bare count is of boats when the sentence counted boats before."""
_FLIGHT_CARRIED = re.compile(r"\b(?:removal|deportation|charter(?:ed)?|returns?|repatriation)\s+(?:%s|operations?)\b"
                             r"[^.;]{0,80}?\b(?:carrying|carried|took|taking|transporting|transported|flew|flying|sending|returning|deporting)\s+$" % _AIRCRAFT,
                             re.IGNORECASE)
"""Up to a count's qualifier: the removal or charter flight that carried the people counted (or operation: "The first of
the charter operations, in February, took 32 Georgians to Tbilisi"; "its first deportation flight to Afghanistan …, sending 28 Afghan men")."""
_RETURNED_UNDER = re.compile(r"(?<!\bto be )(?<!\bbe )\b(?:returned|removed|deported|sent\s+back)\b[^.;]{0,60}\bunder\s+(?:the|a|an|its|this)\s+"
                             r"(?:[\w’'-]+\s+){0,3}?(?:scheme|deal|agreement|pilot|pact|arrangement)\b", re.IGNORECASE)
_IRREGULAR_ARRIVALS = re.compile(r"\b(?:(?:arriv\w*|enter\w*|entr\w*|detected|reach\w*)\s+(?:[\w-]+\s+){0,3}?irregularly|"
                                 r"irregular\s+(?:arrivals|entries|entrants|migrants))\b", re.IGNORECASE)
_BARE_PASSIVE = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:later|also|then|all|each|both)\s+)?")
_CAUGHT_BEFORE = re.compile(r"\b(?:caught|apprehended|encountered)\s+(?:about|around|some|nearly|almost|more\s+than|over)?\s*$",
                            re.IGNORECASE)
_INTO_CUSTODY = re.compile(r"\b(?:took|taken|take|takes|taking)\b[^.;]{0,60}?\binto\s+custody\b", re.IGNORECASE)
_SINCE_WAR = re.compile(r"\bsince\b[^.;]{0,50}?\b(?:war|fighting|conflict|civil\s+war|crackdown|clashes|invasion)\b"
                        r"|\b(?:war|fighting|conflict|civil\s+war|crackdown|clashes|invasion)\b[^.;]{0,40}?\bsince\b"
                        r"|\b(?:after|since)\s+(?:the\s+)?(?:war|fighting|conflict|civil\s+war|clashes)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:broke\s+out|began|erupted|started)\b"
                        # ("crossed into Egypt from Sudan between the start of the war in April 2023 and this month", "the war
                        # … has driven more than 8 million people from their homes, including nearly 2 million who have
                        # crossed into neighboring countries")
                        r"|\b(?:since|between|from)\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|fighting|conflict)\b"
                        r"|\b(?:war|fighting|conflict)\b[^.;]{0,80}?\b(?:driven|forced|displaced)\b", re.IGNORECASE)
_FLED_ABROAD = re.compile(r"\b(?:fled|crossed|escaped|gone)\s+(?:across\s+(?:the\s+)?(?:country['’]s\s+|its\s+|their\s+)?borders?"
                          r"|(?:in)?to\s+neighbou?ring\s+(?:countries|states)|abroad)\b", re.IGNORECASE)
"""People who left a country at war for the countries around it: a stock of refugees, whatever the time ("3.8 million who
have fled across the country's borders", "About 3.5 million of them have crossed into neighbouring countries")."""
_CROSSED_INTO = re.compile(r"\b(?:crossed|fled|fleeing|streamed)\s+(?:across\s+[\w’'-]+\s+)?(?:into|to)\b", re.IGNORECASE)
_BORDER_AGENTS = re.compile(r"\b(?:Border Patrol|Customs and Border Protection|CBP)\b")
_AGENTS_HERE = re.compile(r"\b(?:Border Patrol|border agents|(?i:agents)|Customs and Border Protection|CBP)\b")
_NOT_BORDER_ARREST = re.compile(r"\b(?:smugglers?|traffickers?|suspects?|charged|charges|convicted|convictions|criminal|"
                                r"administrative|ICE|Immigration and Customs Enforcement|Enforcement and Removal|interior|gang|"
                                r"cartel|troopers|police|soldiers)\b", re.IGNORECASE)
_RECENTLY = re.compile(r"\b(?:in|over|during|throughout)\s+(?:the\s+)?recent\s+(?:years|months|weeks|decades)\b", re.IGNORECASE)
_LARGEST_GROUP = re.compile(r"\b(?:(?:second|third|fourth|fifth)[\s-]+)?(?:largest|biggest|most\s+common)\s+(?:single\s+)?"
                            r"(?:nationality|nationalities|group|groups)\b(?:\s+(?:among|of)\s+(?P<whole>[^,.;]{3,80}))?",
                            re.IGNORECASE)
"""A count told as a share of a whole by its rank: "the second largest nationality among small boat arrivals"."""
_SHARE_OF = re.compile(r"\b(?:accounting|accounted|account|accounts)\s+for\s+$|"
                       r"\b(?:making|made|make|makes)\s+up\s+$|\b(?:representing|represented|comprising)\s+$", re.IGNORECASE)
"""Right before a count: it is a share of a whole named before it ("…, accounting for 3,844 people")."""
_ATTEMPTED = re.compile(r"\b(?:(?:tried|attempted|attempts?)\s+to\s+(?:cross|reach|make\s+the\s+crossing|leave|set\s+off|depart)|"
                        r"attempted\s+(?:departures|crossings)|attempts)\b", re.IGNORECASE)
"""A crossing told as tried (not "were stopped trying to reach the UK", the way small-boat arrivals are counted)."""
_SAID_THAT = re.compile(r"\W*(?:[\w’'-]+\s+){1,5}?(?:said|says|told\s+[\w’'-]+|announced|reported|added)\s+(?:that\s+)?", re.IGNORECASE)
"""What may stand before a time phrase that opens the words reported ("He said that since the start of the year …")."""
_OPENING_PREPOSITION = re.compile(r"\W*(?:at|on|in|by|over|during|for|from|as\s+of|until|up\s+to)\s+", re.IGNORECASE)
"""What may stand before a time phrase that opens its sentence ("At the same date, …")."""
_NOW_WORD = re.compile(r"\b(?:currently|at present|presently|right now)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:is|are|remain|remains) still\b|\bstill (?:is|are|remain|remains|outstanding|waiting|awaiting|pending|open)\b"
                    r"|\b(?:remain|remains)\s+(?:unresolved|outstanding|undecided|pending|unprocessed|open|in\s+limbo)\b"
                    r"|\b(?:now|currently|today|yet to)\b", re.IGNORECASE)
"""A state as it is now ("17,000 of those were still outstanding"), not at the time of the count before."""

_MISSING_FROM_CARE = re.compile(
    r"\b(?:go|goes|went|gone|going|run|ran|runs|running|absconded|disappeared|missing) (?:away |missing )?from (?:(?:local authority |council |foster |their |the |its |asylum |home office )*"
    r"(?:care|hotels?|accommodation|homes?|placements?|schools?|councils?|local authorities))\b", re.IGNORECASE)
"""Children gone missing from care or from hotels: missing, but not at sea."""
_DIED = re.compile(r"\b(?:died|dead|deaths?|drown(?:ed|ing|ings)?|bodies|killed|lost their lives|perished|at sea)\b", re.IGNORECASE)

_OF_THOSE = re.compile(r"\W*(?:of|among|amongst) (?:those|them|these|whom|the total|this number|that number|that total|"
                       r"the [\d,]*\d(?=\s*,(?!\d)))\b",
                       re.IGNORECASE)
_CHARGED_DEED = re.compile(r"\b(?:accused|suspected|charged|convicted|guilty|jailed|arrested|sentenced|prosecuted|detained|held)"
                           r"\s+(?:of|with|for|over)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+ing\b"
                           # "jailed for a total of 58 years for smuggling at least 1,200 migrants"
                           r"|\b(?:for|of)\s+(?:(?:people|illegally|illegal)[- ])?(?:smuggling|trafficking|ferrying|transporting)\b",
                           re.IGNORECASE)


def _metric_of_deed(text: str, clause: tuple[int, int], n: numbers.Number) -> str | None:
    """A count that is the object of what someone is accused or convicted of counts what that deed did, not the
    arrest: "arrested 18 members of a gang accused of smuggling 10,000 people across the Channel" (None when the
    deed says nothing the metrics know: "jailed for exploiting 40 workers")."""
    deed = None
    for deed in _CHARGED_DEED.finditer(text, clause[0], n.start):
        pass
    if deed is None or not re.fullmatch(r"[^,;:.]{0,30}", text[deed.end():n.start]):
        return None
    return metric_in(text, deed.start() + len(deed.group(0).split()[0]), clause[1], n.start, n.end)


_LEGAL_MIGRATION = re.compile(r"\b(?:net migration|visas?(?!\s+(?:rules?|regimes?|requirements?|polic(?:y|ies)|restrictions?|checks?|controls?)\b)|"
                              r"long-term migration|work permits?|immigration statistics)\b",
                              re.IGNORECASE)
_IRREGULAR = re.compile(r"\b(?:smuggl\w*|illegal(?:ly)?|irregular(?:ly)?|unlawful(?:ly)?|undocumented|clandestine(?:ly)?|"
                        r"crossed the border|across the border|over the border)\b", re.IGNORECASE)
_THE_FIGURE = re.compile(r"\b(?:the|that|this)\s+(?:(?:same|latest|new|revised|final|provisional|updated|official)\s+)?(?:figure|number|total|tally|estimate|count)\b(?!\s+of\b)",
                         re.IGNORECASE)
_NAMES_AN_AGREEMENT = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:agreement|deal|treaty|accord|pact|convention|law|act|"
                                 r"regulation|directive|statement|declaration|ruling|memorandum|"
                                 # (or an event: "granted after the 2010 earthquake")
                                 r"earthquake|coup|war|election|referendum|invasion|uprising|revolution|takeover|"
                                 r"tsunami|hurricane|cyclone|floods?)\b", re.IGNORECASE)


def _not_anothers_future(times: list[periods.TimePhrase], text: str, n: numbers.Number,
                         counts: list[numbers.Number]) -> list[periods.TimePhrase]:
    """Drop a time after a count that belongs to a later count of its own future: "currently deploys 2,700
    officers and plans to grow to 10,000 by 2027" (2027 is when there will be 10,000)."""
    keep = []
    clause = clause_span(text, n.start)
    for t in times:
        if t.kind == "whole_year" and _NAMES_AN_AGREEMENT.match(text, t.end) and (
                t.start > n.end or not (clause[0] <= t.start and t.end <= clause[1])
                and re.search(r"\b(?:have|has)\b", text[clause[0]:clause[1]], re.IGNORECASE)):
            continue  # "sent back under a 1992 readmission agreement": the year names the agreement (also before
            # the count in a clause of its own told up to now: "the 2022 returns deal, under which 13,000 have been
            # sent home"; but "the 2016 statement, under which Brussels committed €6bn to host 3 million" is then)
        if t.start > n.end:
            # the last count ending before the time, if it is after this one (counts are in order)
            i = bisect_right([c.end for c in counts], t.start) - 1
            if i >= 0 and counts[i].start >= n.end and _future_between(text, n.end, counts[i].start):
                continue
        keep.append(t)
    return keep


def _future_between(text: str, start: int, end: int) -> bool:
    """Return ``bool(future_re.search(text, start, end))``, in time independent of ``end - start``.

    A match that starts at least ``future_width`` before ``end`` ends before it, so it is one of the
    matches of the whole sentence (:func:`_future_starts`, found once); only the last stretch, where
    the cut at ``end`` could matter, is searched.
    """
    voc = periods.vocabulary()
    near = max(start, end - voc.future_width)
    if near > start:
        starts = _future_starts(text)
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < near:
            return True
    return voc.future_re.search(text, near, end) is not None


@lru_cache(maxsize=1024)
def _future_starts(text: str) -> tuple[int, ...]:
    """Return every position of ``text`` where a future cue matches, in order."""
    return tuple(m.start() for m in periods.vocabulary().future_starts_re.finditer(text))


_ANOTHERS_EVENT = re.compile(r"\b(?:after|before|when|because|until|once|where)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                             r"(?:[\w’'-]+\s+){0,3}?(?:[a-z]{3,}ed|ruled|found|said|won|lost|took office|came to power|broke out|"
                             r"took power|seized|fell)\s+(?:[\w’'-]+\s+){0,4}?$", re.IGNORECASE)


_BRINGING_TOTAL = re.compile(r",?\s+" + numbers.RUNNING_TOTAL_VERB + r"\s+(?:the|this\s+year['’]s|the\s+year['’]s|its|their)\s+"
                             r"(?:[\w’'-]+\s+){0,3}?(?:total|number|tally|count|figure)\b", re.IGNORECASE)


def _not_the_totals(times: list[periods.TimePhrase], text: str, n: numbers.Number) -> list[periods.TimePhrase]:
    """Drop the times of a running total told after a count: in "1,195 people made the journey in 19 boats, bringing the
    number of arrivals for 2025 to 14,812 by the end of May", 2025 and the end of May are the total's."""
    m = _BRINGING_TOTAL.search(text, n.end)
    return times if m is None else [t for t in times if t.start < m.start()]


_AS_CLAUSE = re.compile(r",\s+as\s+(?!(?:many|much|well|long|soon|far|of|a\s+result|part|such|usual|expected|planned)\b)"
                        r"(?:[\w’'-]+\s+){1,6}?(?:[a-z]+ed|fell|rose|grew|began|came|went|dropped)\b", re.IGNORECASE)


def _before_as_clause(text: str, start: int, end: int) -> int:
    """Where a count's clause ends before a clause of reason after it: "has fallen to around 14,000, from more than
    40,000 a year ago, as arrivals from Turkey dropped sharply" (the arrivals are not what is counted)."""
    m = _AS_CLAUSE.search(text, start, end)
    return m.start() if m else end


_TO_COUNT_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|more than|fewer than|over|just over|just under)\s+)?"
                              r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?from\s+(?:[a-z]+\s+){0,2}?$", re.IGNORECASE)
_TO_COUNT_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:(?:about|around|some|nearly|almost|more than|fewer than|over)\s+)?\d",
                             re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _change_start(text: str, c: numbers.Number) -> bool:
    """Whether a count is told as where a change started from ("from more than 4,000"), past its qualifier."""
    q_at = numbers.qualifier_before(text, c.start)[1]
    return _FROM_BEFORE.search(text, max(0, q_at - 40), q_at) is not None


def _not_the_starts(times: list[periods.TimePhrase], text: str, n: numbers.Number,
                    counts: list[numbers.Number]) -> list[periods.TimePhrase]:
    """Drop the time of the start of a change told after its end: in "fell to 14,431 from 15,435 the year before, while
    2,531 people crossed …", "the year before" is the time of 15,435 only."""
    # (a change's start: "to 14,431 from 15,435", "from 4,000 in March to 69"; not "picked up 520 people from six boats")
    starts = [c for c in counts if c is not n and _change_start(text, c)
              and (_TO_COUNT_BEFORE.search(text, max(0, c.start - 60), c.start) or _TO_COUNT_AFTER.match(text, c.end))]
    if not starts or any(t.kind == "rel_years" for t in times):
        return times  # (a time told from the start's: "from 12,301 in 2022 to fewer than 1,000 the following year")
    return [t for t in times if not any(c.end <= t.start < c.end + 40 and not re.search(r"[,;]", text[c.end:t.start])
                                        and not any(c.end <= o.start < t.start for o in counts) for c in starts)]


def _not_anothers_event(times: list[periods.TimePhrase], text: str, n: numbers.Number) -> list[periods.TimePhrase]:
    """Drop a time after a count that dates an event of another subject told after it: "covers up to 354 members
    …, released from detention after the High Court ruled in 2023 that …" (2023 is when the court ruled)."""
    # (for a count told in the past, only an event in a clause of its own that is no incident the count comes from:
    # "40 people drowned after the boat capsized in June" is one past event, but in "237 were Afghans, …, who were
    # evacuated after the Taliban returned to power in August 2021" the year is the Taliban's)
    clause = clause_span(text, n.start)
    if _PRESENT_MAIN.search(text, clause[0], n.start):
        return [t for t in times if not (t.start > n.end and _ANOTHERS_EVENT.search(text, n.end, t.start))]
    out = []
    for t in times:
        ev = _ANOTHERS_EVENT.search(text, clause[1], t.start) if t.start > clause[1] else None
        if ev is not None and not subsets.incident(text, ev.start(), t.start):
            continue
        out.append(t)
    return out


_PRESENT_MAIN = re.compile(r"\b(?:is|are|has|have|covers|cover|includes|include|concerns|affects|applies to|holds|houses|"
                           r"remains|remain|stands|involves)\b", re.IGNORECASE)


def _selectable(times: list[periods.TimePhrase], text: str, clause: tuple[int, int]) -> list[periods.TimePhrase]:
    """Drop comparison phrases of other clauses ("a rise of 260 per cent on last year")."""
    keep = []
    still: bool | None = None
    for t in times:
        # a phrase that opens the sentence ("Over the same period, …") governs all of it
        own = clause[0] <= t.start and t.end <= clause[1] or _opens_sentence(text, t)
        compared, relative, skipped, other_time = _time_traits(text, t)
        comparative = compared or t.start >= clause[1] and relative
        if skipped:
            continue  # "Home Office data published on Thursday shows …"; "the busiest day of the year so far"
        if not own:
            if still is None:
                still = _STILL.search(text, *clause) is not None
            if still:
                continue  # "Of the 84,000 who arrived between 2018 and 2023, some 38,000 are still waiting": so now
            if t.end <= clause[0] and any(a <= t.start and t.end <= b <= clause[0] for a, b in _relative_asides(text)):
                continue  # a time in an aside about the subject: "CECOT, which opened in 2023 in Tecoluca, …, was built
                # to hold up to 40,000 inmates"
        if own or not (comparative or other_time):
            keep.append(t)
    return keep


@lru_cache(maxsize=4096)
def _relative_asides(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of relative clauses set off by commas after a subject: ", which opened in 2023 in Tecoluca, …,"
    (a sentence's, read once for all its counts and times)."""
    return tuple(m.span() for m in _RELATIVE_ASIDE.finditer(text))


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^;:]*?,(?=\s+(?:(?:has|have|had|is|are|was|were|will|would|can|could)\s+)?"
                             r"(?:been\s+)?(?:[a-z]+ed|[a-z]+s|built|held|houses?|holds?)\b)")
"""A relative clause between a subject and its verb."""


@lru_cache(maxsize=16384)
def _opens_sentence(text: str, t: periods.TimePhrase) -> bool:
    """Whether a time phrase governs all of its sentence: it opens it ("Over the same period, …"), maybe after a
    preposition ("At the same date, …"; not "At the same time", which is "meanwhile"), or opens the words reported
    ("He said that since the start of the year …")."""
    if t.start <= 1 or _SAID_THAT.fullmatch(text, 0, t.start) is not None:
        return True
    return _OPENING_PREPOSITION.fullmatch(text, 0, t.start) is not None and not re.search(r"\bsame time\b", t.text, re.IGNORECASE)


@lru_cache(maxsize=16384)
def _time_traits(text: str, t: periods.TimePhrase) -> tuple[bool, bool, bool, bool]:
    """Return what :func:`_selectable` asks of a time phrase whatever the count: (compared, in a relative clause,
    skipped, another time), read once per phrase rather than once per count and phrase.

    - compared: the other side of a comparison, or in a clause that opens one or with "when" ("…, when 4,100 had
      arrived by mid-March"), unless that clause opens the sentence;
    - in a relative clause ("which", "who", "whose"): comparative when after the count's clause ("1,070 detections
      on the route, which had been the busiest in 2022" describes the route, not the count; but "The gang, which
      was dismantled last year, bought 40 boats" dates what the subject did before);
    - skipped: the time figures were published or an event a count is only tied to, how long a scheme lasts, or a time a superlative ranks the count against ("the busiest day of the year so far");
    - another time: a "same period" phrase of its own comparison ("over the year", "during the quarter" go on
      with the story's time for the whole sentence), or the time of a statement ("…, the Home Office said on
      Thursday").
    """
    cs, ce = clause_span(text, t.start)
    its_clause = text[cs:ce]
    # (a "when" clause that opens the sentence dates its main clause: "When officers raided a lock-up in March last
    # year, they found 40 engines")
    compared = periods.is_comparison(text, t) or periods.opens_comparison(its_clause) \
        or (re.match(r"\s*when\b", its_clause, re.IGNORECASE) is not None and text[:cs].strip(" ,") != "")
    relative = re.match(r"\s*(?:which|who|whose)\b", its_clause, re.IGNORECASE) is not None
    skipped = periods.is_publication_time(text, t) or periods.is_event_time(text, t) or periods.is_told_time(text, t) \
        or _RUNS_UNTIL.match(its_clause) is not None or periods.is_ranking(text, t)
    anaphoric = t.same and not re.search(r"\b(?:same|stage|point|time)\b", t.text, re.IGNORECASE)
    other_time = (t.same and not anaphoric) or periods.is_statement_time(text, t)
    return compared, relative, skipped, other_time
