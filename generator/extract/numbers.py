"""The number and money grammar: find numbers and amounts of money in text.

Numbers are written with digits ("34,401", "1.2 million"), with words
("three", "two dozen", "half a million") or both. Amounts of money add a
currency, as a symbol ("£4m", "$1.9bn"), a code ("EUR 5m") or a word
("4.5 million pounds"). The vocabulary lives in ``data/numbers.yaml`` and
``data/money.yaml``; this module only compiles it and reads text with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .. import datafiles
from ..datafiles import trie_pattern
from ..limits import limits


@dataclass(frozen=True)
class Number:
    """A number written in a text."""

    value: float
    start: int
    end: int
    text: str
    spelled: bool
    """Written (at least partly) in words: "three", "two dozen"."""
    decimal: bool
    """Has a decimal part and no scale word ("3.5"): a measure, not a count."""
    abbreviated: bool
    """Scaled by an abbreviation attached to the figure ("4m", "1.9bn")."""
    scale: int = 1
    """The scale written with the figure (1, 1000, 1000000, ...)."""
    negative: bool = False
    """Written after a minus sign ("−5", "-£5m"): its value is below zero, so never a count or an amount."""


@dataclass(frozen=True)
class Money:
    """An amount of money written in a text."""

    amount: int | float
    """Whole currency units; an amount written with pence or cents keeps them (47.39)."""
    currency: str
    """ISO 4217 code."""
    start: int
    end: int
    text: str
    range_end: bool = False
    """The upper end of a range ("between £2,500 and £7,500")."""
    range_start: bool = False
    """The lower end of a range."""
    converted: bool = False
    """A conversion in brackets right after another amount: "€7.4bn (£6.3bn)"."""


def _int_map(doc: dict, key: str) -> dict[str, int]:
    return {k.lower(): n for k, n in doc[key].items()}


def _alt(words: list[str] | set[str], space: str | None = None) -> str:
    """Return ``words`` as one alternation, a trie that tries the longest word first (``space``: what a space of a
    word matches); refuse an empty group."""
    if not words:
        raise ValueError("empty alternation")
    return trie_pattern(sorted(set(words)), space)


@dataclass(frozen=True)
class Grammar:
    units: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    qualifiers: dict[str, str]
    labels_before: frozenset[str]
    units_after: tuple[str, ...]
    determiners: frozenset[str]
    number_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    units_after_re: re.Pattern[str]
    not_counts: list[re.Pattern[str]]
    particles: dict[str, frozenset[str]]
    statistic_before: list[re.Pattern[str]]
    difference_after: list[re.Pattern[str]]
    difference_before: list[re.Pattern[str]]
    """Qualifier word -> verbs after which it is a particle ("handed over £2m"), not a qualifier."""


def _compile_numbers(doc: dict, name: str) -> Grammar:
    units = _int_map(doc, "units") | _int_map(doc, "tens")
    multipliers = _int_map(doc, "multipliers")
    scales = _int_map(doc, "scales")
    abbreviations = _int_map(doc, "scale_abbreviations")
    qualifiers = {re.sub(r"\s+", " ", k.lower()): v for k, v in doc["qualifiers"].items()}
    labels = frozenset(w.lower() for w in doc["labels_before"])
    units_after = tuple(w.lower() for w in doc["units_after"])
    determiners = frozenset(w.lower() for w in doc["determiners"])

    word = _alt(set(units) | set(multipliers) | set(scales))
    big = _alt(set(multipliers) | set(scales))
    joiner = r"(?:\s+and\s+(?=(?:%s)\b)|[\s-]+)" % _alt(set(units))
    # "and" may only follow hundred/thousand/...: "one hundred and twenty".
    and_ok = "|".join(f"(?<={re.escape(w)})" for w in sorted(set(multipliers) | set(scales)))
    joiner = r"(?:(?:%s)\s+and\s+|[ \t-]+)" % and_ok
    worded = (
        r"(?:(?P<half>half\s+(?:a|an)\s+)|(?P<a>\b(?:a|an)\s+(?=(?:%s)\b)))?" % big
        + r"\b(?P<words>(?:%s)(?:%s(?:%s))*)\b(?![-\w])" % (word, joiner, word)
    )
    digits = (
        # (or right after a rand's "R" before a scale: "R250-million", "R2.5bn")
        r"(?:(?<![\w.,])|(?<=(?<![\w])R)(?=[\d.,]+(?:\s|-)?(?:million|billion|bn|m)\b))"
        # (thousands set apart by commas, or by spaces as statistics offices write them: "1 255 600")
        r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d|\.\d)|\d+)(?:\.(?P<frac>\d+))?(?!\.\d)"
        # (a scale word may be written against the figure: "£4.5billion", "£6million")
        r"(?:(?P<abbr>%s)\b|(?:\s+|-)?(?P<scale>%s)\b|(?![\w]))" % (_alt(set(abbreviations)), _alt(set(scales)))
    )
    number_re = re.compile(f"{digits}|{worded}", re.IGNORECASE)
    qualifier_re = re.compile(r"(?:^|(?<=[\s(“\"‘'–—-]))(?P<q>%s)\s+$" % _alt(set(qualifiers), r"\s+"),
                              re.IGNORECASE)
    modifiers = doc["unit_modifiers"]
    units_after_re = re.compile(r"^[\s-]*(?:(?:%s)[\s-]+)?(?:%s)(?![\w])" % (
        _alt(set(w.lower() for w in modifiers), r"\s+"),
        _alt(set(units_after), r"\s+")), re.IGNORECASE)
    particles: dict[str, frozenset[str]] = {}
    for q, verbs in doc["particle_verbs"].items():
        key = re.sub(r"\s+", " ", str(q).lower())
        if key not in qualifiers:
            raise datafiles.fail(name, f"{q!r} is not one of the qualifiers", "particle_verbs", q)
        particles[key] = frozenset(w.lower() for w in verbs)
    return Grammar(units, multipliers, scales, abbreviations, qualifiers, labels, units_after, determiners,
                   number_re, qualifier_re, units_after_re, datafiles.regexes(name, doc["not_counts"], ("not_counts",), lists=doc),
                   particles, datafiles.regexes(name, doc["statistic_before"], ("statistic_before",), lists=doc),
                   datafiles.regexes(name, doc["difference_after"], ("difference_after",), lists=doc),
                   datafiles.regexes(name, doc["difference_before"], ("difference_before",), lists=doc))


def grammar() -> Grammar:
    return datafiles.load("numbers.yaml", _compile_numbers)


def _words_value(words: str, g: Grammar) -> int | None:
    """Return the value of spelled-out number words, or None (not a number, or past the limit: "hundred hundred …")."""
    total = 0
    current = 0
    below = limits().number_below
    for tok in re.split(r"[\s-]+", words.lower()):
        if tok == "and" or not tok:
            continue
        if tok in g.units:
            current += g.units[tok]
        elif tok in g.multipliers:
            current = (current or 1) * g.multipliers[tok]
        elif tok in g.scales:
            total += (current or 1) * g.scales[tok]
            current = 0
        else:
            return None
        if current >= below or total >= below:
            return None
    return total + current


def numbers(text: str) -> list[Number]:
    """Return every number written in ``text``, in order."""
    return list(_numbers(text))


@lru_cache(maxsize=8192)
def _numbers(text: str) -> tuple[Number, ...]:
    g = grammar()
    out: list[Number] = []
    below = limits().number_below
    for m in g.number_re.finditer(text):
        negative = _minus_before(text, m.start())
        if m.group("int") is not None:
            whole = re.sub(r"[,\s\u202f]", "", m.group("int"))
            frac = m.group("frac")
            abbr, scale = m.group("abbr"), m.group("scale")
            factor = g.abbreviations[abbr.lower()] if abbr else g.scales[scale.lower()] if scale else 1
            if len(whole.lstrip("0")) > len(str(below)):
                continue  # far past the limit: no count or amount, and not worth converting ("9" * 400)
            # Exact decimal arithmetic: "£999,999,999,999,999m" is not 999999999999998951424.
            value = _exact(Decimal(f"{whole}.{frac}" if frac else whole) * factor)
            if value >= below:
                continue  # no count or amount is this large (data/limits.yaml)
            out.append(Number(value=-value if negative else value, start=m.start(), end=m.end(), text=m.group(0),
                              spelled=bool(scale), decimal=bool(frac) and factor == 1,
                              abbreviated=bool(abbr), scale=factor, negative=negative))
        else:
            value_w = _words_value(m.group("words"), g)
            if value_w is None:
                continue
            if not (m.group("half") or m.group("a")) and m.group("words").lower() in g.multipliers.keys() | g.scales.keys():
                continue  # "several hundred migrants", "a few thousand": no number is written
            exact = _exact(Decimal(value_w) / 2) if m.group("half") else value_w
            out.append(Number(value=-exact if negative else exact, start=m.start(), end=m.end(), text=m.group(0),
                              spelled=True, decimal=False, abbreviated=False, negative=negative))
    return tuple(out)


RUNNING_TOTAL_VERB = r"(?:bringing|taking|pushing|raising|lifting|putting|doubling|tripling|trebling)"
"""A participle telling the running total a count or an amount brings its whole to ("…, bringing the number for 2025 to
14,812", "…, taking its budget to £150m"): figures and money read it alike."""

PER_CENT_CHANGE = r"(?:up|down)\s+(?:by\s+)?(?:(?:about|around|roughly|some|nearly|almost|more than|over)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
"""A change told in per cent before the base it is measured from: "down 78 percent (from …)", "up by about 12% (on …)"."""
CHANGE_VERB = (r"(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|"
               r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|gr(?:ow|ows|ew|own|owing)|"
               r"soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|declin(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|"
               r"surg(?:e|es|ed|ing)|(?:go|goes|went|gone|going)\s+(?:up|down)|(?:come|comes|came|coming)\s+down)")
"""A verb of a count or a sum changing, in any form ("rose", "will drop", "went up"): figures, money and the meaning of
money read it alike, each with the words of its own pattern around it."""

MINUS_SIGNS = "\u2212\u2796\ufe63\uff0d"
"""Minus signs other than the hyphen: the minus sign, heavy minus, small and fullwidth hyphen-minus."""


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign stands right before ``start`` (or before a currency symbol there: "-£5m").

    A hyphen counts only after a space, a bracket or nothing: "2023-24", "Covid-19" and "50-60" hold none.
    """
    i = start
    while i > 0 and not text[i - 1].isspace() and not text[i - 1].isalnum() and text[i - 1] not in "-(" + MINUS_SIGNS and start - i < 3:
        i -= 1  # over a currency symbol: "−£7m", "-$5bn"
    if i == 0:
        return False
    c = text[i - 1]
    if c in MINUS_SIGNS:
        return True
    return c == "-" and (i == 1 or text[i - 2].isspace() or text[i - 2] == "(")


def _exact(v: Decimal) -> int | float:
    """Return a whole value as an exact int; a fraction ("2.5") as the nearest float (it is never a count or an amount)."""
    return int(v) if v == v.to_integral_value() else float(v)


def parse_number(phrase: str) -> float | None:
    """Return the value of a phrase that is exactly one number, else None."""
    found = numbers(phrase.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase.strip()):
        return found[0].value
    return None


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """Return the qualifier of a number starting at ``start`` and where the qualifier starts."""
    g = grammar()
    head = text[max(0, start - 40):start]
    m = g.qualifier_re.search(head)
    if not m:
        return "exact", start
    q = re.sub(r"\s+", " ", m.group("q").lower())
    if q in g.particles:
        # "Britain will hand over €141m": the word belongs to the verb before it
        verb = re.search(r"([A-Za-z]+)\s+$", head[:m.start("q")])
        if verb and verb.group(1).lower() in g.particles[q]:
            return "exact", start
    return g.qualifiers[q], start - (len(head) - m.start("q"))


def unit_after(text: str, end: int) -> bool:
    """Return whether a measure word follows the number ending at ``end`` ("per cent", "years")."""
    return bool(grammar().units_after_re.match(text[end:end + 40]))


# ---------------------------------------------------------------- money


@dataclass(frozen=True)
class Currencies:
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]
    before_re: re.Pattern[str]
    """A symbol or code just before a figure."""
    after_re: re.Pattern[str]
    """A currency word or code just after a figure."""


def _compile_currencies(doc: dict, name: str) -> Currencies:
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    words: dict[str, str] = {}
    for code, spec in doc["currencies"].items():
        for i, s in enumerate(spec["symbols"]):
            if s in symbols:
                raise datafiles.fail(name, f"symbol {s!r} is given to {symbols[s]} too", "currencies", code, "symbols", i)
            symbols[s] = code
        for c in spec["codes"]:
            codes[c.upper()] = code
        for i, w in enumerate(spec["words"]):
            if w.lower() in words:
                raise datafiles.fail(name, f"currency word {w!r} is given to {words[w.lower()]} too", "currencies", code, "words", i)
            words[w.lower()] = code
    # (a symbol is no letter at the end of a word: "APR 17" is no rand)
    before = r"(?<![A-Za-z])(?:%s)" % _alt(set(symbols)) + r"|\b(?:%s)\s?" % _alt(set(codes))
    after = r"(?:\s+|-)(?P<cur>(?:%s)\b|(?:%s)\b)" % (_alt(set(words), r"\s+"), _alt(set(codes)))
    return Currencies(symbols, codes, words,
                      re.compile(r"(?P<sym>%s)\s?$" % before),
                      re.compile(r"^(?:\s+of)?%s" % after, re.IGNORECASE))


def currencies() -> Currencies:
    return datafiles.load("money.yaml", _compile_currencies)


_CONVERSION_OPEN = re.compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|"
                              r"just over|just under|c\.|circa|~)\s*)?", re.IGNORECASE)
"""Between an amount and its restatement in brackets: "€2bn (£1.7bn)", "C$1.3bn (about US$900m)"."""

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|and)\s*$", re.IGNORECASE)


def _units(value: float, scaled: bool) -> int | float:
    """An amount in whole currency units, with its pence or cents when it is written with them ("£47.39 per week"
    stays 47.39); one written with a scale is whole units ("£1.5m" is 1500000, "£4.1234567m" 4123457)."""
    whole = round(value)
    return int(whole) if scaled or abs(value - whole) < 1e-6 else round(value, 2)


def money(text: str) -> list[Money]:
    """Return every amount of money written in ``text``, in order.

    A range shares its currency and scale: "£2-3bn" and "between 2,500 and
    7,500 euros" give two amounts each, marked as the ends of a range.
    """
    return list(_money(text))


@lru_cache(maxsize=8192)
def _money(text: str) -> tuple[Money, ...]:
    cur = currencies()
    nums = numbers(text)
    found: list[tuple[Number, str | None, int, int]] = []  # number, currency, start, end
    for n in nums:
        code = None
        start, end = n.start, n.end
        m = cur.before_re.search(text[max(0, n.start - 5):n.start])
        if m:
            sym = m.group("sym").strip()
            code = cur.symbols.get(sym) or cur.codes.get(sym.upper())
            start = n.start - (len(text[max(0, n.start - 5):n.start]) - m.start())
        a = cur.after_re.match(text[n.end:n.end + 30])
        if a and code is None:
            w = re.sub(r"\s+", " ", a.group("cur"))
            code = cur.words.get(w.lower()) or cur.codes.get(w.upper())
            end = n.end + a.end()
        found.append((n, code, start, end))

    out: list[Money] = []
    i = 0
    while i < len(found):
        n, code, start, end = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        # A range: two figures joined by "-", "to" or "and", one currency; a bare first
        # figure needs "between"/"from" before it ("between 2,500 and 7,500 euros").
        if nxt is not None and _RANGE_JOIN.match(text[n.end:nxt[2]]) and (code or nxt[1]) \
                and (code is None or nxt[1] is None or code == nxt[1]) \
                and (code is not None or re.search(r"\b(?:between|from)\s+$", text[max(0, start - 9):start], re.I)) \
                and not (nxt[1] is None and re.fullmatch(r"(?:19|20)\d{2}", text[nxt[2]:nxt[3]]) and n.value * n.scale > nxt[0].value):
            # (a bare year below the amount is where the money runs to: "expected them to cost £4.5 billion to 2029")
            n2, code2, s2, e2 = nxt
            c = code or code2
            # "£2-3bn": a scale written once applies to both ends.
            low = n.value * n2.scale if n.scale == 1 and not n.spelled else n.value
            assert c is not None
            if n.negative or n2.negative or low >= limits().number_below:
                i += 2  # "−£2-3m" is no amount of money spent or given; nor is one past the limit
                continue
            out.append(Money(_units(low, n.scale > 1 or n2.scale > 1), c, start, n.end, text[start:n.end], range_start=True))
            out.append(Money(_units(n2.value, n2.scale > 1), c, s2, e2, text[s2:e2], range_end=True))
            i += 2
            continue
        if code is not None and not n.negative:
            conv = bool(out) and _CONVERSION_OPEN.fullmatch(text[out[-1].end:start]) is not None
            out.append(Money(_units(n.value, n.scale > 1), code, start, end, text[start:end], converted=conv))
        i += 1
    return tuple(out)
