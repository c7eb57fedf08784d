"""Periods: find the time phrases of a sentence and resolve them against the article date.

"this year", "last year", "in 2022", "2023-24", "since January", "by July 14",
"between January and August", "the same period last year", "on Monday",
"next spring" ... each becomes a :class:`Period` with a start and an end. The
vocabulary (months, weekdays, seasons, future cues, phrases to skip) lives in
``data/periods.yaml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import datafiles
from ..models import Period
from . import numbers
from .gazetteer import trie_pattern


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase found in a sentence."""

    start: int
    end: int
    text: str
    period: Period | None
    """None for "the same period …" whose reference is not known yet."""
    same: bool = False
    """A "same period" phrase: it repeats another period, perhaps in another year."""
    shift_years: int = 0
    """For a "same period" phrase: years to move the reference by (-1 for "last year")."""
    target_year: int | None = None
    """For a "same period" phrase: the year it names ("the same period of 2022")."""
    kind: str = ""
    """Which pattern found it."""


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    small_numbers: dict[str, int]
    future_re: re.Pattern[str]
    ignore: list[re.Pattern[str]]
    past_perfect_re: re.Pattern[str]
    reporting_re: re.Pattern[str]
    """A reporting verb: a past perfect after it is reported speech ("said … had been arrested since")."""
    statement_time_re: re.Pattern[str]
    """A reporting verb right before a time phrase: the time of the statement ("said on Thursday")."""
    publication_time_re: re.Pattern[str]
    """A publishing verb right before a time phrase: when figures came out ("data published on Thursday")."""
    comparison_re: re.Pattern[str]
    """A comparison marker ending right before a time phrase."""
    opener_re: re.Pattern[str]
    """A comparison marker opening a clause ("up from 3,000 the year before")."""
    patterns: list[tuple[str, re.Pattern[str]]]
    trigger: re.Pattern[str]
    """One scan for the words any pattern needs; the patterns whose word is absent are skipped."""
    triggers: list[tuple[str, re.Pattern[str]]]
    present_re: re.Pattern[str] = re.compile(r"(?!)")
    """A word that makes a sentence speak of now ("is", "has", "currently")."""
    event_before: tuple[re.Pattern[str], ...] = ()
    """Right before a time phrase: the time dates an agreement or law, not a count ("a deal agreed last December")."""
    past_re: re.Pattern[str] = re.compile(r"(?!)")
    """A verb in the simple past ("recorded", "fell", "saw")."""
    record_by_re: re.Pattern[str] = re.compile(r"(?!)")
    """A verb right before "by" that makes what follows its holder, not a deadline ("the record is held by November 2021")."""
    hedged_past_re: re.Pattern[str] = re.compile(r"(?!)")
    told_after_re: re.Pattern[str] = re.compile(r"(?!)")
    """Right after a time phrase: a speaker and a reporting verb ("Yesterday the IOM reported …")."""
    """A past told through a verb of belief ("500 people are thought to have died", "the man thought to have driven
    the lorry"): the past, not now."""
    future_starts_re: re.Pattern[str] = re.compile(r"(?!)")
    """Where ``future_re`` matches, overlapping matches included (a lookahead, so every start is found)."""
    future_width: int = 0
    """The longest text ``future_re`` can match (its longest cue)."""
    holidays: tuple[tuple[str, int, int], ...] = ()
    """Days named by a holiday ("New Year's Eve"): (name, month, day)."""
    ranked_re: re.Pattern[str] = re.compile(r"(?!)")
    """Right before a time phrase: a superlative that ranks a day's count against it ("the busiest day of")."""
    ranked_since_re: re.Pattern[str] = re.compile(r"(?!)")
    """Right before a "since" phrase: a superlative that ranks a count against the time since ("their highest")."""


def _int_map(doc: dict, key: str) -> dict[str, int]:
    return {k.lower(): n for k, n in doc[key].items()}


def _alt(words, space: str | None = None) -> str:
    """Return ``words`` as one alternation, a trie that tries the longest word first (``space``: what a space of a
    word matches); refuse an empty group."""
    words = sorted(set(words))
    if not words:
        raise ValueError("empty alternation")
    return trie_pattern(words, space)


def _plain_alt(words) -> str:
    """Return ``words`` as a plain alternation, longest first (a trigger list, split again at its bars)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trigger_alternation(alts: list[str]) -> str:
    """Return the trigger words ``alts`` (longest first) as one alternation that matches what ``"|".join(alts)`` does.

    The trigger is scanned over every sentence with a time phrase to find, at each
    word, the longest trigger that ends before a non-letter. Tried one by one at
    every word, ~100 words made it the dearest pattern of the module; as a
    character trie (:func:`gazetteer.trie_pattern`) the same word wins: the
    words are plain ASCII, so at most one word of each length fits at a place,
    and the trie, like the list, tries the fitting words longest first. The few
    patterns among them (``\\d{4}``) start with a digit, which no word does, so
    they go after the trie unchanged. Anything else keeps the plain alternation.
    """
    words = [_unescape(a) for a in alts]
    literal = [w for w in words if w is not None]
    patterns = [a for a, w in zip(alts, words) if w is None]
    if not literal or not all(w.isascii() and not w[:1].isdigit() for w in literal) \
            or not all(p.startswith(r"\d") for p in patterns):
        return "|".join(alts)
    return "|".join([trie_pattern(sorted(set(w.lower() for w in literal))), *patterns])


def _unescape(alt: str) -> str | None:
    """Return the literal text an alternative matches, or None when it is a pattern (``\\d{4}``)."""
    text = re.sub(r"\\(.)", r"\1", alt)
    return text if re.escape(text) == alt or text == alt and re.fullmatch(r"[\w ]+", alt) else None


def _compile(doc: dict, name: str) -> Vocabulary:
    months = _int_map(doc, "months")
    weekdays = _int_map(doc, "weekdays")
    small = _int_map(doc, "small_numbers")
    seasons = {k.lower(): (v[0], v[1]) for k, v in doc["seasons"].items()}
    future = doc["future_cues"]
    ignore = datafiles.regexes(name, doc["ignore"], ("ignore",), lists=doc)
    pp = doc["past_perfect"]
    reporting = doc["reporting_verbs"]

    M = r"(?:%s)(?![\w])\.?" % _alt(months)
    W = _alt(weekdays)
    S = _alt(seasons)
    E = _alt(doc["span_end_events"])
    holidays = tuple((k.lower().replace("’", "'"), v[0], v[1]) for k, v in doc["holidays"].items())
    H = _alt([h for h, _, _ in holidays], r"\s+").replace("'", "['’]")
    N = r"(?:\d{1,2}|%s)" % _alt(small)
    D = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?![\d,]\d)(?!\d)"
    Y = r"(?:19|20)\d{2}"
    FY = Y + r"\s?[-/–]\s?(?:\d{2}|" + Y + r")"
    part = r"(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+)?"
    dayish = rf"(?:{M}\s+{D}|{D}\s+(?:of\s+)?{M})"
    date = rf"(?:{dayish}(?:,?\s+{Y})?|{part}{M}(?:\s+{Y})?)"
    pats = [
        ("same", rf"\b(?:(?:over |during |throughout )the (?:course of the )?year\b(?! (?:to|ending|up to|of|before|after|since|so far)\b)"
                 # "… charged 73 people over the year" goes on with the year told of before
                 rf"|(?:over |in |during |for |across |throughout )the (?:twelve|12) months\b(?! (?:to|ending|up to|of|before|after|since)\b)"
                 # "… in the year ending December 2024. The department made 110,000 decisions over the twelve months"
                 rf"|(?:over |in |during |throughout )the quarter\b(?! (?:to|ending|of)\b)"
                 # ("in the same nine months of 2024": the span told before, in that year)
                 rf"|(?:over |in |during |for |from )?the same (?:(?:{N}) (?=(?:months|weeks|days)\b))?(?:period|weeks?|months?|point|time|days?|quarter|stage|date)"
                 rf"(?: (?:(?:in|of) last|in|of|last|a year earlier|a year before|(?:12|twelve) months (?:earlier|before)|the previous year|the year before))?"
                 # "by this stage in 2022", "at this point last year": the same time of another year
                 rf"|(?:by |at |until |to )?this (?:stage|point|time)(?= (?:in|of|last) (?:{Y}|year)\b) (?:in|of|last))"
                 rf"(?: ({Y}|year))?"),
        # (the period told before, some years on or back: "476,649 in 2015, and 745,545 in the following year",
        # "Two years earlier it had stood at 134,000")
        ("rel_years", r"\b(?:in |during |over )?the (?:following|next|subsequent) year\b(?!\s+(?:to|ending|after)\b)"
                      r"|\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d) years (?:earlier|before)\b(?!\s+(?:that|the|it|this)\b)"),
        # (a span of days in one month: "in the week from 21 to 27 September", "between 4 and 10 May")
        # (or with the month first: "Between April 1 and 13")
        ("day_range", rf"\b(?:from|between) (?:(?P<d1>{D}) (?:to|and|until|till) (?P<b>{D}\s+(?:of\s+)?{M}(?:,?\s+{Y})?)"
                      rf"|(?P<m2>{M})\.?\s+(?P<d2>{D}) (?:to|and|until|till|through) (?P<d3>{D})(?!\s*(?:{M}|[-/.:]))"
                      rf"(?:,?\s+(?P<y2>{Y}))?)"),
        # (to a weekday, or with a clause about the start between: "between 18 March, when applications opened, and
        # Tuesday", "between January 2019, when it began, and January 2021"; or to an event and its date: "between 1
        # January and the general election on 5 July")
        ("between_to", rf"\bbetween (?:the (?:[\w’'-]+ ){{0,3}}?{E} on )?{part}(?P<a>{date})(?:, [^,;.]{{1,80}},)? and (?:(?:on |last )?(?P<wd>{W})\b|"
                       rf"(?:the (?:[\w’'-]+ ){{0,3}}?{E} on )?{part}(?P<b>{date})(?![.\s]*\d)(?!\s+(?:last|this) year)(?![\w-]))"),
        # (and two months joined: "in January and February")
        ("between", rf"\b(?:between|in|during|over|throughout) {part}(?P<a>{date}) and {part}(?P<b>{date})(?P<ly> last year| this year)?"),
        # (and two days joined: "on Saturday and Sunday")
        ("between_days", rf"\b(?:between (?:last )?(?P<a>{W}) and (?P<b>{W})|from (?:last )?(?P<c>{W}) (?:to|until|till) (?P<d>{W})"
                         rf"|(?:on |last )?(?P<e>{W}) and (?:on )?(?P<f>{W}))\b"),
        ("week_to", rf"\b(?:in |during |over )?the (?P<u>week|seven days|fortnight|month) (?:to|ending|up to) (?:(?P<wd>{W})|(?P<a>{dayish}(?:,?\s+{Y})?))"),
        ("fromto", rf"\bfrom {part}(?P<a>{date}) (?:to|until|till) {part}(?P<b>{date})(?P<ly> last year| this year)?"),
        # ("the total for the year up to the end of May": the year so far, not the twelve months to May)
        ("year_to", rf"\b(?:(?P<sofar>(?:total|tally|number|count) for )|in )?the (?:year|12 months|twelve months) (?:to|ending|up to) (?:the end of )?(?P<a>{date})"),
        ("n_to", rf"\b(?:in |during |over )?the (?P<n>{N}) (?P<u>weeks?|months?|days?) (?:to|up to|ending) (?:the end of )?(?:(?P<wd>{W})\b|(?P<a>{date}))"),
        ("past_n", rf"\b(?:over |in |during )?the (?!previous year\b)(?:past|last|previous) (?:(?P<n>{N}) )?(?P<u>years?|months?|weeks?|days?|decades?)\b"),
        # ("over the next three years": from the article date on)
        ("next_n", rf"\b(?:over |in |during |within |for )?the (?:next|coming) (?P<n>{N}) (?P<u>years?|months?|weeks?|days?|decades?)\b"),
        # ("In the 2022 fiscal year, which ended in September": the twelve months to the end of that month)
        ("fy", rf"\b(?:(?:in|during|for|over) )?(?:the )?(?:(?:(?P<fy>{Y}) (?:financial|fiscal|budget) year|(?:financial|fiscal|budget) "
               rf"year (?P<fy2>{Y})),? (?:which|that) (?:ended|ends|ran|runs|closed) (?:in |on |at the end of )?(?:{D} )?"
               rf"(?P<fm>{M})(?: {D})?|(?:(?:financial|fiscal) year )?(?P<y>{FY})(?: (?:financial|fiscal) year)?"
               # an American fiscal year, named by the year it ends in: "in fiscal year 2024", "fiscal 2023", "FY 2024",
               # "the 2024 fiscal year" (1 October of the year before to 30 September)
               rf"|(?:fiscal(?: year)? |FY ?)(?P<usfy>{Y})\b|(?P<usfy2>{Y}) fiscal year\b)"),
        ("half", rf"\b(?:in |during |over )?the (?P<h>first|second) (?:half|six months) of (?P<y>{Y}|the year|this year|last year)"),
        ("first_n", rf"\b(?:in |during |over )?the (?:first|opening) (?P<n>{N}) months(?: of (?P<y>{Y}|the year|this year|last year))?"),
        ("quarter", rf"\b(?:in |during |over )?(?:the (?P<q>first|second|third|fourth|final|last) (?:quarter|three months)(?: of (?:the year|(?P<y>{Y})))?"
                    rf"|(?P<qn>Q[1-4])(?:\s+(?P<y2>{Y}))?)\b"),
        ("weekend", r"\b(?:(?:over|at|during) )?(?:the|last|this) weekend\b"),
        # ("since the two governments agreed a joint plan at the end of 2022": from the time of the agreement, before
        # the end of a year takes the date; not an agreement the sentence goes on to tell of: "since the EU signed a
        # deal in 2023 that promised it €105m" dates the money)
        ("since", rf"\bsince (?:[\w’'-]+ ){{1,5}}?(?:agreed|signed|struck|sealed) (?:[\w’'-]+ ){{1,4}}?"
                  rf"(?:at the (?:end|start|beginning) of |in |on )(?P<a>{date}|{Y}|(?P<wd>{W})|(?P<ty>(?:the|this|last) year))"
                  rf"(?P<ly> last year| this year)?(?!,? (?:that|which|under which)\b)"),
        # a stock at a year's last day: "110,000 at the end of last year"
        ("end_of", rf"\b(?:at|by) the (?:end|close) of (?P<y>last year|the previous year|{Y})\b"),
        # ("since the crisis began in 2021": from the year the event names)
        ("since", rf"\bsince (?:the (?:start|beginning) of |(?:[\w’'-]+ ){{1,5}}?(?:began|begun|started|broke out|erupted|"
                  rf"took office|came (?:into force|to power)|"
                  rf"(?:was|were) (?:introduced|launched|signed|elected|restarted|resumed|reintroduced|revived|set up|"
                  rf"established|opened|reopened|created|founded)|"
                  # ("since the figures were first collected in 2018", "since records were first kept in 2002")
                  rf"(?:were|was) (?:first )?(?:collected|recorded|compiled|kept|published|counted))(?: in)? "
                  # ("since the 2021 coup", "since the military crackdown of 2017": from the year of the event it names)
                  rf"|the (?=(?:19|20)\d{{2}} [a-z])|the (?:[\w’'-]+ ){{1,3}}?(?:of|in) (?=(?:19|20)\d{{2}}\b))?(?P<a>{date}|{Y}|(?P<wd>{W})|(?P<ty>(?:the|this|last) year))(?P<ly> last year| this year)?"),
        # ("between 2018 and the end of 2023")
        ("between_years", rf"\b(?:between (?P<a>{Y}) and (?:the (?:end|close) of )?(?:(?:early|mid|late)[\s-]+)?(?P<b>{Y})|from (?P<c>{Y}) (?:to|until|till) (?:the (?:end|close) of )?(?:(?:early|mid|late)[\s-]+)?(?P<d>{Y})"
                          rf"|(?:in|during|over|throughout) (?P<e>{Y}) and (?P<f>{Y}))\b(?!\s?[-/–]\s?\d)"),
        ("by_day", rf"\b(?:by|until|till|up to(?: and including)?|as of|through) (?:last )?(?P<wd>{W})\b"),
        ("by", rf"\b(?:by|up to|until|till|to|as of|at) (?:the (?:end|close) of |(?P<pt>early|mid|late)[\s-]+)?(?P<a>{dayish}(?:,?\s+{Y})?|{M}(?:\s+{Y})?)(?P<ly> last year| this year)?"),
        # ("in June of last year")
        ("date", rf"\b(?:(?:on|in|during|last|this|next|from|of) )?(?P<a>{date})(?P<ly> (?:of )?last year| (?:of )?this year)?"),
        # (or a season and its year alone: "since spring 2022", "the summer of 2015")
        ("season", rf"\b(?:(?P<rel>next|last|this|in|in the|by|by the|during|during the|over the) (?P<s>{S})(?:(?: of)? (?P<y>{Y})\b)?"
                   rf"|(?:the )?(?P<s2>{S})(?: of)? (?P<y2>{Y})\b)"),
        # (not a count of people that looks like a year: "compensation to 1905 men who had been detained")
        ("whole_year", rf"\b(?:over |in |during |for |throughout )?(?:the whole of |all of |the whole of the year |the course of )?(?P<y>{Y})\b(?!\s?[-/–]\s?\d)"
                       rf"(?!\s+(?:men|women|people|children|migrants|refugees|asylum seekers|persons|families|detainees)\b)(?: as a whole)?"),
        ("this_year", r"\b(?:(?:by|at|until|before) )?the end of (?:the|this) year\b|\bfor the year\b|\b(?:so far |earlier |later )?this year(?:'s|’s)?(?: so far)?|\bso far in (?P<y>(?:19|20)\d{2})\b|\bthe year so far\b|\bto date\b"),
        ("last_year", r"\b(?:over |in |during |for )?(?:the whole of |all of )?(?:last year|the previous year|the year before|a year earlier|a year ago|the preceding year)"),
        ("next_year", r"\bnext year\b"),
        # ("on Friday last week": that day of the week before the article's)
        ("weekday", rf"\b(?:on |last |this |next )?(?P<wd>{W})\b(?P<lw>,? (?:of )?last week\b)?(?:'s|’s)?"),
        ("relday", r"\b(?:yesterday|today|tonight|this morning|this afternoon|this evening|last night)\b"),
        # ("On New Year's Eve": the last such day on or before the article's)
        ("holiday", rf"\b(?:on |over |at |during )?(?P<h>{H})(?![\w-])"),
        ("relmonth", r"\b(?:earlier |later )?(?P<rel>this|last|next) (?P<u>month|week)\b"),
        # ("by the end of the decade": from now to the last day of the decade the article is in)
        ("decade", r"\bthe (?P<y>(?:19|20)\d0)s\b|\b(?:by |before |until )?the end of (?:the|this) decade\b"),

    ]
    months_alt, days_alt, seasons_alt = _plain_alt(months), _plain_alt(weekdays), _plain_alt(seasons)
    triggers = {
        "same": "same|stage|point|time|months|quarter|year", "between": "between|in|during|over|throughout", "day_range": "from|between", "rel_years": "following|next|subsequent|two|three|four|five|six|seven|eight|nine|ten|\\d", "between_to": "between", "between_days": days_alt, "week_to": "week|seven days|fortnight|month", "fromto": "from", "year_to": "year|months", "past_n": "past|last|previous", "next_n": "next|coming", "n_to": "weeks|months|days|week|month|day",
        "fy": r"\d{4}", "half": "half|six months", "first_n": "first|opening", "quarter": "quarter|three months|q1|q2|q3|q4", "weekend": "weekend", "end_of": "end|close", "since": "since", "between_years": r"\d{4}", "by_day": days_alt,
        "by": months_alt, "date": months_alt, "season": seasons_alt, "whole_year": r"\d{4}",
        "this_year": "year|to date", "last_year": "year", "next_year": "next year", "weekday": days_alt,
        "relday": "yesterday|today|tonight|this|last night", "holiday": _plain_alt(sorted({h.split()[0] for h, _, _ in holidays})), "relmonth": "month|week", "decade": r"\d0s|decade",
    }
    datafiles.require(set(triggers) == {k for k, _ in pats}, name, "internal: a time pattern has no trigger")
    patterns = [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]
    alts = sorted({a for t in triggers.values() for a in t.split("|")}, key=len, reverse=True)
    trigger = re.compile(r"\b(?=(%s)(?![a-z]))" % _trigger_alternation(alts), re.IGNORECASE)
    per_kind = [(k, re.compile(triggers[k], re.IGNORECASE)) for k, _ in pats]
    return Vocabulary(
        months, weekdays, seasons, small,
        re.compile(r"\b(?:%s)\b" % _alt(future), re.IGNORECASE),
        ignore,
        # a state that has held since then ("had stood since", "had been open since"), not a count of deeds done
        # since then ("had been brought home since April 2017": up to now)
        re.compile(r"\b(?:%s)\s+(?:%s)\b(?!\s+(?:\w+(?:ed|wn|ght)|%s)\b)"
                   % (_alt(pp), _alt(doc["past_states"]), _alt(doc["irregular_participles"])), re.IGNORECASE),
        re.compile(r"\b(?:%s)\b" % _alt(reporting), re.IGNORECASE),
        re.compile(r"\b(?:%s)(?:\s+(?:the\s+)?[A-Z]?[\w’'-]+)?\s*$" % _alt(reporting), re.IGNORECASE),
        # (not the particle of another verb: "since the war broke out on 15 April", "ran out in May")
        re.compile(r"(?<!\bbroke )(?<!\bbroken )(?<!\bbreaks )(?<!\bran )(?<!\brun )(?<!\bruns )(?<!\bset )(?<!\bcarried )"
                   r"(?<!\bsingled )(?<!\bmoved )(?<!\bmoving )(?<!\bspread )(?<!\bstepped )(?<!\bpulled )(?<!\bkicked )"
                   r"(?<!\bthrown )(?<!\bthrew )(?<!\bfound )(?<!\bsorted )(?<!\blashed )(?<!\bheld )(?<!\bwiped )"
                   r"\b(?:%s)\s*$" % _alt(doc["publication_verbs"]), re.IGNORECASE),
        # ("compared with the start of 2023": a part of a year after the marker)
        re.compile(r"\b(?:%s)\.?\s*(?:the\s+(?:start|beginning|end|middle|close)\s+of\s+)?$"
                   % _alt(doc["comparison_markers"], r"\s+"),
                   re.IGNORECASE),
        # (and any multiple: "…, more than three and a half times the 3,772 applications filed in 2022")
        # (or the start of a change told after its end: "has fallen to around 14,000, from more than 40,000 a year ago")
        # (and after a hedge: "…, almost triple the previous year's level")
        re.compile(r"^\W*(?:(?:(?:nearly|almost|about|around|roughly|some|just over|just under)\s+)?(?:%s)|"
                   r"(?:(?:more than|nearly|almost|about|around|roughly|some|over|just over|just under)\s+)?"
                   r"[a-z]+(?:[\s-]+and[\s-]+a[\s-]+half)?\s+times\s+(?:the|as|what|that|its|their|last|this)\b"
                   r"|from\s+(?:(?:more than|nearly|almost|about|around|roughly|some|over|just over|just under)\s+)?(?=\d)"
                   # (a change in per cent first: "…, down 78 percent from roughly 99,000 the year before")
                   r"|%s\s+(?:from|on)\b)\b"
                   % (_alt(doc["comparison_openers"], r"\s+"), numbers.PER_CENT_CHANGE),
                   re.IGNORECASE),
        patterns,
        trigger,
        per_kind,
        # (not an infinitive: "people with no right to remain rose by 21%" tells of the past)
        present_re=re.compile(r"\b(?<!\bto )(?:%s)\b" % _alt(doc["present_cues"], r"\s+"),
                              re.IGNORECASE),
        event_before=tuple(datafiles.regexes(name, doc["event_before"], ("event_before",), lists=doc)),
        past_re=re.compile(r"\b(?:%s)\b" % "|".join(p.pattern for p in datafiles.regexes(name, doc["past_verbs"], ("past_verbs",), lists=doc)),
                           re.IGNORECASE),
        record_by_re=re.compile(r"\b(?:%s)\s+$" % trie_pattern(
            sorted({w.lower() for w in doc["record_by_verbs"]}), space=r"\s+"), re.IGNORECASE),
        told_after_re=re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,4}?(?:%s)\b" % _alt(reporting),
                                 re.IGNORECASE),
        hedged_past_re=re.compile(
            r"\b(?:(?:is|are|was|were)\s+)?(?:(?:still|now|widely|also)\s+)?(?:%s)\s+to\s+have\s+(?:been\s+)?[\w’'-]+"
            % trie_pattern(sorted({w.lower() for w in doc["belief_verbs"]}), space=r"\s+"),
            re.IGNORECASE),
        future_starts_re=re.compile(r"(?=\b(?:%s)\b)" % _alt(future), re.IGNORECASE),
        future_width=max(len(w) for w in future),
        holidays=holidays,
        # (a day against the time it is the busiest of: "the busiest day of the year so far", "the highest daily total of
        # the year"; or against a time since: "their highest since 2016"; not a group within its time: "the largest
        # nationality group in the 12 months to September")
        ranked_re=re.compile(r"\b(?:the|its|their)\s+(?:%s)(?:\s+(?:(?:single|one)[\s-]day|daily|weekly|monthly)\s+[\w’'-]+"
                             r"|\s+(?:day|days|week|weekend|month|night))\s+(?:of|in|for|so\s+far\s+in)\s+$"
                             % _alt(doc["superlatives"]), re.IGNORECASE),
        ranked_since_re=re.compile(r"\b(?:the|its|their)\s+(?:%s)(?:\s+[\w’'-]+){0,3}?\s+$" % _alt(doc["superlatives"]),
                                   re.IGNORECASE),
    )



def vocabulary() -> Vocabulary:
    return datafiles.load("periods.yaml", _compile)


def calendar_names() -> tuple[list[str], list[str]]:
    """The months' full names (the longest of each month's names in periods.yaml) and the weekdays, capitalised,
    in calendar order: for rules elsewhere that read a month or a day as a word."""
    voc = vocabulary()
    months = [max((k for k, v in voc.months.items() if v == m), key=len).capitalize() for m in range(1, 13)]
    return months, [k.capitalize() for k, _ in sorted(voc.weekdays.items(), key=lambda kv: kv[1])]


# ---------------------------------------------------------------- calendar helpers


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_year(d: dt.date | None, years: int) -> dt.date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _year_of_month(month: int, ref: dt.date, future: bool) -> int:
    """The year of a month named without one: the latest past one, or the next one when looking forward."""
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


@dataclass(frozen=True)
class _DateParts:
    month: int
    day: int | None
    year: int | None
    part: str | None


def _parse_date(text: str, voc: Vocabulary) -> _DateParts | None:
    t = text.lower()
    part = None
    pm = re.match(r"(early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+", t)
    if pm:
        part = pm.group(1)
        t = t[pm.end():]
    month = day = year = None
    for tok in re.findall(r"[a-z]+|\d+", t):
        if tok in voc.months and month is None:
            month = voc.months[tok]
        elif tok.isdigit():
            n = int(tok)
            if len(tok) == 4:
                year = n
            elif 1 <= n <= 31 and day is None:
                day = n
    if month is None:
        return None
    return _DateParts(month, day, year, part)


def _date_period(p: _DateParts, ref: dt.date, future: bool, year_shift: int = 0) -> Period:
    year = p.year if p.year is not None else _year_of_month(p.month, ref, future)
    year += year_shift
    if p.day is not None:
        try:
            d = dt.date(year, p.month, p.day)
        except ValueError:
            d = _month_end(year, p.month)
        return Period(d, d)
    start, end = dt.date(year, p.month, 1), _month_end(year, p.month)
    if p.part in ("the end of", "late"):
        start = dt.date(year, p.month, 21 if p.part == "late" else 1)
    elif p.part in ("early", "the start of", "the beginning of"):
        end = dt.date(year, p.month, 10)
    elif p.part in ("mid", "the middle of"):
        start, end = dt.date(year, p.month, 11), dt.date(year, p.month, 20)
    return Period(start, end)


def _so_far(period: Period, ref: dt.date, future: bool) -> Period:
    """A month still going on at the article date, told of as past, ends there: "August has already produced 6,271
    arrivals" (told on 23 August) counts 1 to 23 August."""
    if not future and period.start is not None and period.end is not None and period.start <= ref < period.end:
        return Period(period.start, ref)
    return period


def _weekday(wd: int, ref: dt.date, direction: int) -> dt.date:
    """The weekday on or before ``ref`` (direction -1) or on or after it (+1)."""
    if direction < 0:
        return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)


def _end_day(m: re.Match[str], group: str, voc: Vocabulary, ref: dt.date, future: bool) -> dt.date | None:
    """The last day of a span that ends on a weekday (group ``wd``) or on the date in ``group``; None if that date
    does not parse."""
    if m.group("wd"):
        return _weekday(voc.weekdays[m.group("wd").lower()], ref, +1 if future else -1)
    d = _parse_date(m.group(group), voc)
    return None if d is None else _date_period(d, ref, future).end


# ---------------------------------------------------------------- finding phrases


def is_comparison(text: str, phrase: TimePhrase) -> bool:
    """Return whether a time phrase is the other side of a comparison ("… on last year")."""
    return vocabulary().comparison_re.search(text, max(0, phrase.start - 40), phrase.start) is not None


def is_ranking(text: str, phrase: TimePhrase) -> bool:
    """Return whether a superlative ranks a count against a time phrase ("the busiest day of the year so far",
    "climbed to their highest since 2016"): the time is no period of any count of the sentence."""
    voc = vocabulary()
    ranked = voc.ranked_since_re if phrase.text.lower().startswith("since") else voc.ranked_re
    return ranked.search(text, max(0, phrase.start - 50), phrase.start) is not None


def is_event_time(text: str, phrase: TimePhrase) -> bool:
    """Return whether a time phrase dates an event a count is only tied to ("… sent home under a deal agreed with
    Tirana last December")."""
    return any(p.search(text, max(0, phrase.start - 120), phrase.start) for p in vocabulary().event_before)


def is_statement_time(text: str, phrase: TimePhrase) -> bool:
    """Return whether a time phrase dates a statement, not a count ("…, the Home Office said on Thursday")."""
    return vocabulary().statement_time_re.search(text, max(0, phrase.start - 40), phrase.start) is not None


def is_told_time(text: str, phrase: TimePhrase) -> bool:
    """Return whether a time phrase dates a statement made right after it ("Yesterday the IOM reported 78 deaths",
    "On Monday the Home Office said …"): when it was told, not when the counted things happened."""
    # (opening its sentence: not "… died this year, the agency said")
    return re.fullmatch(r"\W*", text[:phrase.start]) is not None and vocabulary().told_after_re.match(text, phrase.end) is not None


def is_publication_time(text: str, phrase: TimePhrase) -> bool:
    """Return whether a time phrase says when figures were published ("Home Office data published on Thursday")."""
    return vocabulary().publication_time_re.search(text, max(0, phrase.start - 30), phrase.start) is not None


def opens_comparison(clause: str) -> bool:
    """Return whether a clause is the other side of a comparison ("up from 3,000 the year before")."""
    return vocabulary().opener_re.match(clause) is not None


def is_past_narrative(text: str) -> bool:
    """Whether a sentence tells of the past in the simple past and nothing of now: "Crossings on the route fell
    by 78 per cent to 21,520" (but not "The agency currently deploys 2,700 officers", "has made 500 arrests")."""
    voc = vocabulary()
    rest = voc.hedged_past_re.sub(" ", text)
    # ("… but as many as 500 people are thought to have died": what is believed of the past is past)
    return (voc.past_re.search(rest) is not None or len(rest) < len(text)) and voc.present_re.search(rest) is None


def is_future(text: str, pos: int) -> bool:
    """Return whether the clause before ``pos`` looks forward ("will meet on …")."""
    head = re.split(r"[;:,]", text[max(0, pos - 80):pos])[-1]
    return bool(vocabulary().future_re.search(head))


def find_times(text: str, ref: dt.date) -> list[TimePhrase]:
    """Return the time phrases of a sentence, resolved against the date ``ref``, in order."""
    return list(_find_times(text, ref))


@lru_cache(maxsize=4096)
def _find_times(text: str, ref: dt.date) -> tuple[TimePhrase, ...]:
    voc = vocabulary()
    # (no trigger word, no time phrase: the phrases to skip are looked for only when one may be found)
    words = {m.group(1).lower() for m in voc.trigger.finditer(text)}
    if not words:
        return ()
    taken: list[tuple[int, int]] = []
    for pat in voc.ignore:
        for m in pat.finditer(text):
            taken.append((m.start(), m.end()))
    out: list[TimePhrase] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    kinds = set().union(*(_kinds_of(w) for w in words))
    for kind, pat in voc.patterns:
        if kind not in kinds:
            continue
        for m in pat.finditer(text):
            if not free(m.start(), m.end()):
                continue
            try:
                tp = _resolve(kind, m, text, ref, voc)
                if tp is None:
                    continue
                tp = replace(tp, kind=kind)
                if kind in ("date", "weekday", "season", "relmonth"):
                    # ("since last spring", "since the crisis began last summer", "since last month")
                    tp = _since_clause(tp, text, ref, voc)
            except (ValueError, OverflowError):
                continue  # it would fall outside the calendar ("last year" in year 1): no time
            taken.append((m.start(), m.end()))
            out.append(tp)
    out.sort(key=lambda t: t.start)
    for i in range(1, len(out)):
        # a month without a year after a past year of the same sentence is in that year ("In the summer of 2023,
        # 7,000 people landed in a single week in September"), not the last one before the article date
        # (and a span of such dates: "killed 430 migrants between January 1 and April 30 of that year", after "In
        # October 2022")
        t, before = out[i], out[i - 1]
        if t.kind not in ("date", "between_to") or t.period is None or t.period.start is None or t.period.end is None \
                or t.period.start.year != t.period.end.year or _YEAR_DIGITS.search(t.text) \
                or re.match(r"(?:last|this|next)\b", t.text, re.IGNORECASE):
            continue
        p = before.period
        if p is None or p.start is None or p.end is None or p.start.year != p.end.year or p.end.year >= ref.year \
                or not _YEAR_DIGITS.search(before.text) or p.start.year == t.period.start.year:
            continue
        out[i] = replace(t, period=shift_years(t.period, p.start.year - t.period.start.year))
    return tuple(out)


_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d{2}\b")


@lru_cache(maxsize=4096)
def _kinds_of(word: str) -> frozenset[str]:
    """The patterns a trigger word can start."""
    return frozenset(k for k, t in vocabulary().triggers if t.fullmatch(word))


def _since_clause(tp: TimePhrase, text: str, ref: dt.date, voc: Vocabulary) -> TimePhrase:
    """ "… since the two leaders agreed a deal on 13 December": the date opens a period up to ``ref``."""
    head = text[max(0, tp.start - 120):tp.start]
    m = None
    for m in re.finditer(r"\bsince\b", head, re.IGNORECASE):
        pass
    # (a full stop inside one sentence is an abbreviation's: "since U.S. President Jane Doe took office on Jan. 20")
    if m is None or re.search(r"[,;:]", head[m.end():]) or tp.period is None or tp.period.start is None:
        return tp
    before = re.split(r"[;:,]", head[:m.start()])[-1]
    if voc.past_perfect_re.search(before) or tp.period.start > ref:
        return tp
    return replace(tp, period=Period(tp.period.start, ref))


def _resolve(kind: str, m: re.Match[str], text: str, ref: dt.date, voc: Vocabulary) -> TimePhrase | None:
    s, e, phrase = m.start(), m.end(), m.group(0)
    low = phrase.lower()
    future = is_future(text, s)

    def tp(period: Period | None, **kw) -> TimePhrase:
        return TimePhrase(s, e, phrase, period, **kw)

    if kind == "same":
        year = m.group(1)
        if year and year.isdigit():
            return tp(None, same=True, target_year=int(year))
        if re.search(r"last|previous|year before|year earlier|(?:12|twelve) months (?:earlier|before)", low):
            return tp(None, same=True, shift_years=-1)
        return tp(None, same=True)
    if kind in ("between", "fromto"):
        a, b = _parse_date(m.group("a"), voc), _parse_date(m.group("b"), voc)
        if a is None or b is None:
            return None
        if b.year is None and m.group("ly"):
            # "between July and September last year"
            b = replace(b, year=ref.year - (1 if "last" in m.group("ly") else 0))
        pb = _date_period(b, ref, future)
        if a.year is None:
            a = replace(a, year=pb.end.year if a.month <= b.month else pb.end.year - 1)
        pa = _date_period(a, ref, future)
        return tp(_so_far(Period(pa.start, pb.end), ref, future))
    if kind == "rel_years":
        n = m.group("n")
        if n is None:
            return tp(None, same=True, shift_years=1)
        k = int(n) if n.isdigit() else voc.small_numbers.get(n.lower(), 0)
        return tp(None, same=True, shift_years=-k) if k > 0 else None
    if kind == "day_range":
        b = _parse_date(m.group("b") or f"{m.group('m2')} {m.group('d3')}" + (f" {m.group('y2')}" if m.group("y2") else ""), voc)
        if b is None:
            return None
        pb = _date_period(b, ref, future)
        d1 = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))
        if not 1 <= d1 <= pb.end.day:
            return None
        return tp(Period(pb.end.replace(day=d1), pb.end))
    if kind == "between_to":
        a = _parse_date(m.group("a"), voc)
        if a is None:
            return None
        end_d = _end_day(m, "b", voc, ref, future)
        if end_d is None:
            return None
        if a.year is None:
            a = replace(a, year=end_d.year if a.month <= end_d.month else end_d.year - 1)
        pa = _date_period(a, ref, future)
        if pa.start is None or pa.start > end_d:
            return None
        return tp(_so_far(Period(pa.start, end_d), ref, future))
    if kind == "between_days":
        a = (m.group("a") or m.group("c") or m.group("e")).lower()
        b = (m.group("b") or m.group("d") or m.group("f")).lower()
        end_d = _weekday(voc.weekdays[b], ref, +1 if future else -1)
        start_d = end_d - dt.timedelta(days=(voc.weekdays[b] - voc.weekdays[a]) % 7)
        return tp(Period(start_d, end_d))
    if kind == "week_to":
        end_d = _end_day(m, "a", voc, ref, future)
        if end_d is None:
            return None
        days = {"week": 7, "seven days": 7, "fortnight": 14}.get(m.group("u").lower())
        if days is None:  # the month to 14 June
            y, mo = divmod(end_d.year * 12 + end_d.month - 2, 12)
            start_d = dt.date(y, mo + 1, min(end_d.day, calendar.monthrange(y, mo + 1)[1])) + dt.timedelta(days=1)
        else:
            start_d = end_d - dt.timedelta(days=days - 1)
        return tp(Period(start_d, end_d))
    if kind == "year_to":
        a = _parse_date(m.group("a"), voc)
        if a is None:
            return None
        pa = _date_period(a, ref, future)
        if m.group("sofar") and pa.end is not None and re.match(r"the year\b", text[m.end("sofar"):]):
            return tp(Period(dt.date(pa.end.year, 1, 1), pa.end))
        return tp(Period(_shift_year(pa.end, -1) + dt.timedelta(days=1), pa.end))
    if kind == "n_to":
        if m.group("wd"):  # "in the four days to Tuesday"
            end_d = _weekday(voc.weekdays[m.group("wd").lower()], ref, +1 if future else -1)
        else:
            a = _parse_date(m.group("a"), voc)
            if a is None:
                return None
            end_d = _date_period(a, ref, future).end
        n = m.group("n")
        k = int(n) if n.isdigit() else voc.small_numbers.get(n.lower(), 1)
        u = m.group("u").lower().rstrip("s")
        if u == "month":
            y, mo = divmod(end_d.year * 12 + end_d.month - 1 - k, 12)
            start = dt.date(y, mo + 1, min(end_d.day, calendar.monthrange(y, mo + 1)[1])) + dt.timedelta(days=1)
        else:
            start = end_d - dt.timedelta(days=k * (7 if u == "week" else 1) - 1)
        return tp(Period(start, end_d))
    if kind == "past_n":
        n = m.group("n")
        k = 1 if not n else int(n) if n.isdigit() else voc.small_numbers.get(n.lower(), 1)
        u = m.group("u").lower().rstrip("s")
        if u in ("year", "decade"):
            start = _shift_year(ref, -k * (10 if u == "decade" else 1))
        elif u == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - k, 12)
            start = dt.date(y, mo + 1, min(ref.day, calendar.monthrange(y, mo + 1)[1]))
        else:
            start = ref - dt.timedelta(days=k * (7 if u == "week" else 1))
        assert start is not None
        return tp(Period(start, ref))
    if kind == "next_n":
        n = m.group("n")
        k = 1 if not n else int(n) if n.isdigit() else voc.small_numbers.get(n.lower(), 1)
        u = m.group("u").lower().rstrip("s")
        if u in ("year", "decade"):
            end = _shift_year(ref, k * (10 if u == "decade" else 1))
        elif u == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
            end = dt.date(y, mo + 1, min(ref.day, calendar.monthrange(y, mo + 1)[1]))
        else:
            end = ref + dt.timedelta(days=k * (7 if u == "week" else 1))
        assert end is not None
        return tp(Period(ref, end))
    if kind == "fy":
        if m.group("usfy") or m.group("usfy2"):
            y2 = int(m.group("usfy") or m.group("usfy2"))
            return tp(_so_far(Period(dt.date(y2 - 1, 10, 1), dt.date(y2, 9, 30)), ref, future))
        if m.group("fm"):
            y2 = int(m.group("fy") or m.group("fy2"))
            end_month = voc.months[m.group("fm").lower().rstrip(".")]
            start = dt.date(y2, end_month + 1, 1) if end_month < 12 else dt.date(y2, 1, 1)
            return tp(Period(start.replace(year=y2 - 1) if end_month < 12 else start, _month_end(y2, end_month)))
        y = re.match(r"(\d{4})\s?[-/–]\s?(\d{2,4})", m.group("y"))
        assert y
        y1 = int(y.group(1))
        y2 = int(y.group(2)) if len(y.group(2)) == 4 else (y1 // 100) * 100 + int(y.group(2))
        if y2 != y1 + 1:
            return tp(Period(dt.date(y1, 1, 1), dt.date(y2, 12, 31))) if y2 > y1 else None
        return tp(Period(dt.date(y1, 4, 1), dt.date(y2, 3, 31)))
    if kind == "first_n":
        n = m.group("n")
        k = int(n) if n.isdigit() else voc.small_numbers.get(n.lower(), 0)
        if not 1 <= k <= 12:
            return None
        y = _year_word(m.group("y"), ref)
        return tp(Period(dt.date(y, 1, 1), _month_end(y, k)))
    if kind == "half":
        y = _year_word(m.group("y"), ref)
        first = m.group("h").lower() == "first"
        return tp(Period(dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else Period(dt.date(y, 7, 1), dt.date(y, 12, 31)))
    if kind == "weekend":
        if "this" in low and future:
            sat = _weekday(5, ref, +1)
        else:
            sat = _weekday(5, ref - dt.timedelta(days=1), -1)  # the latest Saturday before the article
        return tp(Period(sat, sat + dt.timedelta(days=1)))
    if kind == "end_of":
        yw = m.group("y").lower()
        y = int(yw) if yw.isdigit() else ref.year - 1
        if y >= ref.year:
            return None
        return tp(Period(None, dt.date(y, 12, 31)))
    if kind == "quarter":
        if m.group("qn"):
            q = int(m.group("qn")[1])
            yw = m.group("y2")
        else:
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}[m.group("q").lower()]
            yw = m.group("y")
        y = int(yw) if yw else ref.year
        if not yw and dt.date(y, 3 * q - 2, 1) > ref:
            y -= 1  # the latest such quarter that has begun
        return tp(Period(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)))
    if kind == "whole_year":
        y = int(m.group("y"))
        if re.search(r"[\d,.£€$]$", text[:m.start("y")]) or re.match(r"\s*(?:per cent|%)", text[e:]):
            return None
        if y == ref.year and not future:
            # "in 2024" in an article of 2024 that looks back: the year so far
            return tp(Period(dt.date(y, 1, 1), ref))
        return tp(Period(dt.date(y, 1, 1), dt.date(y, 12, 31)))
    if kind == "this_year":
        y = int(m.group("y")) if m.group("y") else ref.year
        if re.search(r"\bend of the year\b", low) and not future and is_past_narrative(text):
            # "At the end of the year, 90,686 claims were awaiting a decision" told in the past: the year that ended
            y -= 1
        if "later" in low or "end of" in low or (future and "so far" not in low and "earlier" not in low):
            return tp(Period(dt.date(y, 1, 1), dt.date(y, 12, 31)))
        return tp(Period(dt.date(y, 1, 1), ref if y == ref.year else dt.date(y, 12, 31)))
    if kind == "last_year":
        y = ref.year - 1
        return tp(Period(dt.date(y, 1, 1), dt.date(y, 12, 31)), shift_years=-1)
    if kind == "next_year":
        y = ref.year + 1
        return tp(Period(dt.date(y, 1, 1), dt.date(y, 12, 31)))
    if kind == "between_years":
        a = int(m.group("a") or m.group("c") or m.group("e"))
        b = int(m.group("b") or m.group("d") or m.group("f"))
        if b <= a:
            return None
        return tp(Period(dt.date(a, 1, 1), dt.date(b, 12, 31)))
    if kind == "by_day":
        d = _weekday(voc.weekdays[m.group("wd").lower()], ref, +1 if future else -1)
        return tp(Period(None, d))
    if kind == "since":
        a = m.group("a")
        if m.group("ty"):
            start = dt.date(ref.year - (1 if m.group("ty").lower().startswith("last") else 0), 1, 1)
        elif m.group("wd"):
            d = _weekday(voc.weekdays[m.group("wd").lower()], ref - dt.timedelta(days=1), -1)
            start = d
        elif re.fullmatch(r"\d{4}", a):
            start = dt.date(int(a), 1, 1)
        else:
            p = _parse_date(a, voc)
            if p is None:
                return None
            start = _date_period(_with_rel_year(p, m.group("ly"), ref), ref, False).start
        # "had stood since November 11": the past perfect dates the figure at the "since" date.
        head = re.split(r"[;:,]", text[max(0, s - 60):s])[-1]
        if voc.past_perfect_re.search(head) and not voc.reporting_re.search(text, 0, s):
            # ("… said 16 smugglers had been arrested since January" is reported speech: up to now)
            return tp(Period(start, start))
        return tp(Period(start, ref))
    if kind == "by":
        if low.startswith("by") and voc.record_by_re.search(text, max(0, s - 40), s):
            return None  # "the record is still held by November 2021": the month holds it (a date, found as one)
        p = _parse_date(m.group("a"), voc)
        if p is None:
            return None
        pe = _date_period(_with_rel_year(p, m.group("ly"), ref), ref, future)
        end = pe.end
        if m.group("pt") and p.day is None:
            # "by mid-March", "by early June": a point in the month
            end = end.replace(day={"early": 10, "mid": 15}.get(m.group("pt").lower(), end.day))
        return tp(Period(None, end))
    if kind == "season":
        first, last = voc.seasons[(m.group("s") or m.group("s2")).lower()]
        rel = (m.group("rel") or "in").lower()
        if m.group("y") or m.group("y2"):
            y = int(m.group("y") or m.group("y2"))
        elif rel == "next":
            y = ref.year + 1 if first <= ref.month or ref.month <= (last if last < first else 0) else ref.year
        elif rel == "last":
            y = ref.year - 1 if ref.month <= last or first > last else ref.year
            if first <= ref.month <= last and first <= last:
                y = ref.year - 1
        else:
            y = ref.year if not future or ref.month <= last else ref.year + 1
        end_year = y + 1 if last < first else y
        return tp(Period(dt.date(y, first, 1), _month_end(end_year, last)))
    if kind == "weekday":
        wd = voc.weekdays[m.group("wd").lower()]
        if m.group("lw"):
            d = ref - dt.timedelta(days=ref.weekday() + 7 - wd)
        elif low.startswith("last"):
            d = _weekday(wd, ref - dt.timedelta(days=1), -1)
        elif low.startswith("next") or (future and not low.startswith("last")):
            d = _weekday(wd, ref, +1)
        else:
            d = _weekday(wd, ref, -1)
        return tp(Period(d, d))
    if kind == "holiday":
        name = re.sub(r"\s+", " ", m.group("h").lower().replace("’", "'"))
        month, day = next((mo, d) for h, mo, d in voc.holidays if h == name)
        d = dt.date(ref.year, month, day)
        if future and d < ref:
            d = dt.date(ref.year + 1, month, day)
        elif not future and d > ref:
            d = dt.date(ref.year - 1, month, day)
        return tp(Period(d, d))
    if kind == "relday":
        d = ref - dt.timedelta(days=1) if low in ("yesterday", "last night") else ref
        return tp(Period(d, d))
    if kind == "relmonth":
        rel, u = m.group("rel").lower(), m.group("u").lower()
        if u == "month":
            y, mo = ref.year, ref.month + {"this": 0, "last": -1, "next": 1}[rel]
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            return tp(Period(dt.date(y, mo, 1), _month_end(y, mo) if rel != "this" else ref))
        monday = ref - dt.timedelta(days=ref.weekday())
        monday += dt.timedelta(days=7 * {"this": 0, "last": -1, "next": 1}[rel])
        return tp(Period(monday, monday + dt.timedelta(days=6) if rel != "this" else ref))
    if kind == "date":
        a = m.group("a")
        # "May" alone is too often the verb: require a day, a year or a preposition.
        if re.fullmatch(r"may", a.strip(), re.IGNORECASE) and not re.match(r"(?:on|in|during|last|this|next|of|from) ", low):
            return None
        p = _parse_date(a, voc)
        if p is None:
            return None
        fut = future or low.startswith("next")
        if low.startswith("last ") and p.year is None:
            y = ref.year if p.month < ref.month else ref.year - 1
            p = replace(p, year=y)
        return tp(_so_far(_date_period(_with_rel_year(p, m.group("ly"), ref), ref, fut), ref, fut))
    if kind == "decade":
        if m.group("y") is None:
            return tp(Period(ref, dt.date(ref.year - ref.year % 10 + 9, 12, 31)))
        y = int(m.group("y"))
        return tp(Period(dt.date(y, 1, 1), dt.date(y + 9, 12, 31)))
    return None


def _year_word(y: str | None, ref: dt.date) -> int:
    """The year of "2023", "the year", "this year" or "last year" (none: the article's)."""
    if y and y.isdigit():
        return int(y)
    return ref.year - 1 if y and y.lower() == "last year" else ref.year


def _with_rel_year(p: _DateParts, rel: str | None, ref: dt.date) -> _DateParts:
    """Apply a trailing "last year" / "this year" to a date named without a year."""
    rel = (rel or "").strip().lower()
    if p.year is None and rel:
        return replace(p, year=ref.year - 1 if rel.endswith("last year") else ref.year)  # (also "of last year")
    return p


# ---------------------------------------------------------------- choosing a period


def shift_years(period: Period, years: int) -> Period:
    """The same period ``years`` years later (earlier when negative)."""
    return Period(_shift_year(period.start, years), _shift_year(period.end, years))


def resolve_same(phrase: TimePhrase, reference: Period | None, ref: dt.date) -> Period:
    """Return the period of a "same period …" phrase given the period it repeats."""
    if reference is None:
        y = phrase.target_year or (ref.year + phrase.shift_years)
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31))
    base_year = (reference.end or reference.start or ref).year
    shift = (phrase.target_year - base_year) if phrase.target_year else phrase.shift_years
    return Period(_shift_year(reference.start, shift), _shift_year(reference.end, shift))


def choose(text: str, pos: int, clause: tuple[int, int], times: list[TimePhrase],
           ref: dt.date, previous: Period | None) -> Period | None:
    """Return the period of a number at ``pos`` in a sentence, or None when the sentence names no time.

    The phrase in the number's own clause wins (the nearest, after the number
    first); then the nearest in the sentence. A "same period" phrase repeats
    another period of the sentence, or else ``previous`` (the last period of
    the text before), moved to the year it names.
    """
    if not times:
        return None
    cs, ce = clause
    in_clause = [t for t in times if t.start >= cs and t.end <= ce]
    pool = in_clause or times
    after = [t for t in pool if t.start >= pos]
    before = [t for t in pool if t.end <= pos]
    if in_clause:
        pick = min(after, key=lambda t: t.start - pos) if after else max(before, key=lambda t: t.end)
    else:
        # (the phrase after the number in the same stretch of words, before any comma, ends a list of counts that
        # shares it: "…, against 381 dead and 597 missing in 2020")
        ahead = [t for t in times if t.start >= pos and not re.search(r"[,;:()–—]", text[pos:t.start])]
        # (a phrase that opens the sentence, before a later one past a comma: "In June of last year, agents made more
        # than 83,000 arrests, and in December 2023, …")
        opener = [t for t in before if t.start <= 1] if all(t.start <= 1 for t in before) else []
        pick = min(ahead, key=lambda t: t.start) if ahead else opener[0] if opener else \
            min(pool, key=lambda t: min(abs(t.start - pos), abs(t.end - pos)))
    # Several phrases in the clause ("this year by July 14"): merge a start-only and an end-only one.
    if pick.same and re.fullmatch(r"(?:over |during |throughout |in )?the (?:course of the )?year", pick.text, re.IGNORECASE) \
            and vocabulary().future_re.search(text):
        # "Over the course of the year, Canada will welcome 15,000 …": the year to come is this one
        return Period(dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31))
    if pick.same:
        others = [t for t in times if not t.same and t.period is not None]
        # the reference is the period the sentence compares with: before the phrase, else the sentence's first
        earlier = [t for t in others if t.end <= pick.start]
        # ("By the same point in 2021 the total was 12,500, and 28,526 crossed over the whole of last year": a phrase
        # that opens the sentence repeats the period told before it, not a later one of its own sentence)
        if earlier or (others and previous is None):
            group = earlier or others[:1]
            # ("the toll up to September 24 compared with 1,680 over the same period last year": an end alone takes
            # the start of the period told before, in its year)
            reference = _merge(group[-1].period, [t.period for t in group[:-1]] + [previous])
        else:
            reference = previous
            if reference is not None and re.search(r"\b(?:day|date)\b", pick.text, re.IGNORECASE) \
                    and reference.start is not None and reference.end is not None \
                    and (reference.end - reference.start).days > 7:
                # "… on the same day" after a sentence of a whole year ("The record was set in 2022"): it goes back
                # to a day told of earlier, not to that year; the article's day is the nearest guess
                return Period(None, ref)
        found = resolve_same(pick, reference, ref)
        if re.search(r"\byear\b", pick.text, re.IGNORECASE) and not re.search(r"\bsame\b", pick.text, re.IGNORECASE) \
                and found.start is not None and found.end is not None and (found.end - found.start).days < 300:
            # "Over the year as a whole, 695 boats made it across" after a day of it: the whole year told of
            y = found.end.year
            found = Period(dt.date(y, 1, 1), dt.date(y, 12, 31) if y < ref.year else ref)
        return found
    assert pick.period is not None
    if pick.kind == "last_year" and _RELATIVE_YEAR.search(pick.text):
        # "At the end of March, 86,460 …, compared with 175,457 a year earlier": the earlier phrase, a year back
        earlier = [t for t in times if t.end <= pick.start and not t.same and t.period is not None
                   and (t.kind != "last_year" or not _RELATIVE_YEAR.search(t.text))]
        # ("4,900 arrests last year, up from 3,400 the year before": a year before last year)
        if earlier:
            return resolve_same(replace(pick, same=True, shift_years=-1), earlier[-1].period, ref)
        if previous is not None and not re.search(r"\bago\b", pick.text, re.IGNORECASE):
            # "In 2023 Italy recorded 157,000 arrivals. The year before, 105,000 came": a year before the time the
            # sentence goes on from ("a year ago" is a year before now)
            return resolve_same(replace(pick, same=True, shift_years=-1), previous, ref)
    if pick.kind == "past_n" and _RELATIVE_YEAR.search(pick.text):
        # "1,184 in the year to March 2023, up from 896 in the previous 12 months": the span before the earlier one
        earlier = [t for t in times if t.end <= pick.start and t.period is not None and t.period.start is not None]
        if earlier:
            return _span_before(pick.period, earlier[-1].period)
    # (a phrase that opens the sentence governs it all: "As of Sunday, 248,901 people had crossed since January")
    return _merge(pick.period, [t.period for t in in_clause if t is not pick]
                  + [t.period for t in times if t.start <= 1 and t is not pick and t not in in_clause])


_RELATIVE_YEAR = re.compile(r"\b(?:earlier|ago|before|previous|preceding)\b", re.IGNORECASE)


def _span_before(span: Period, later: Period) -> Period:
    """A span as long as ``span`` (whole months when it is a month or more) ending the day before ``later`` starts."""
    assert span.start is not None and span.end is not None and later.start is not None
    end = later.start - dt.timedelta(days=1)
    days = (span.end - span.start).days
    months = round(days / 30.44)
    if months >= 1:
        y, mo = divmod(later.start.year * 12 + later.start.month - 1 - months, 12)
        return Period(dt.date(y, mo + 1, min(later.start.day, calendar.monthrange(y, mo + 1)[1])), end)
    return Period(end - dt.timedelta(days=days), end)


def relative_year(t: TimePhrase) -> bool:
    """Whether a phrase names the year before another ("the previous year", "a year earlier")."""
    return t.kind == "last_year" and _RELATIVE_YEAR.search(t.text) is not None


def _merge(period: Period | None, others: list[Period | None]) -> Period | None:
    """Give an end-only period ("by July 14") the start of another phrase of its clause ("this year"), and end a
    whole period at such an end inside it ("this year by July 14")."""
    if period is not None and period.start is not None and period.end is not None:
        for o in others:
            if o is not None and o.start is None and o.end is not None and period.start <= o.end < period.end:
                return Period(period.start, o.end)
            if o is not None and o.start is None and o.end is not None and period.start == period.end < o.end:
                # "had crossed since the start of the year" (a point) "as of Sunday": from the one to the other
                return Period(period.start, o.end)
        return period
    if period is None or period.start is not None or period.end is None:
        return period
    for o in others:
        if o is not None and o.start is not None and o.start <= period.end and o.start.year == period.end.year:
            return Period(o.start, period.end)
    return period
