"""What a funding amount means (FACTS.md, "What a number means").

For each amount :mod:`money` keeps, :func:`describe` reads from its sentence

- ``kind``: the verb that governs the amount and its tense ("will pay" a
  commitment, "has paid" spending, "could cost" an estimate), else a noun
  ("a £63m deal", "the daily bill"), else a commitment;
- ``period``: when a commitment was made (a past time of its clause, the time
  of the event that made it, else the article's date) or the span spent over;
  the times a commitment's money is paid in go to ``covers``;
- ``per``: the unit of a rate ("£8m a day", "€50m every April", "£20,000 for
  every individual sent").

Once the record's facts have ids, :func:`link` sets ``part_of`` (a share of a
larger amount: "including", "of the", "The package includes", tranches of a
total, money already paid out of a pledge) and ``same_as`` (the same money
said again, as another rate or rounded). The words are in
``data/funding_meaning.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .. import datafiles
from ..models import Fact, Period, Sentence
from . import numbers, periods
from .gazetteer import trie_pattern

DATA = "funding_meaning.yaml"

COMMITMENT, SPENDING, ESTIMATE = "commitment", "spending", "estimate"


@dataclass(frozen=True)
class Rules:
    verbs: dict[str, re.Pattern[str]]
    """Category (pay, cost, commit, estimate) -> its verbs."""
    appeal_verbs: str
    """The verbs of asking for money, as one alternation (the estimate verbs include them)."""
    future_commit: re.Pattern[str]
    progressive_spending: re.Pattern[str]
    size_verb: re.Pattern[str]
    committed_subject: re.Pattern[str]
    either_or: re.Pattern[str]
    fiscal_year: re.Pattern[str]
    future_aux_end: re.Pattern[str]
    estimate_aux_end: re.Pattern[str]
    future_aux_any: re.Pattern[str]
    estimate_aux_any: re.Pattern[str]
    subject_verb: re.Pattern[str]
    nouns: dict[str, re.Pattern[str]]
    """Kind -> the nouns that tell it."""
    noun_after: re.Pattern[str]
    clause_break: re.Pattern[str]
    list_join: re.Pattern[str]
    event_verb_before: re.Pattern[str]
    plan_pays: re.Pattern[str]
    """A plan or budget as the subject of a verb of giving ("The Spending Review also provides …")."""
    now: re.Pattern[str]
    rate_after: re.Pattern[str]
    rate_units: dict[str, str]
    rate_before: re.Pattern[str]
    rate_adjectives: dict[str, str]
    person_after: re.Pattern[str]
    person_if: re.Pattern[str]
    person_before: list[re.Pattern[str]]
    comparison_join: re.Pattern[str]
    part_after_whole: re.Pattern[str]
    part_before_whole: re.Pattern[str]
    part_anaphora: list[re.Pattern[str]]
    part_continuation: re.Pattern[str]
    part_after_share: re.Pattern[str]
    whole_anaphora: list[re.Pattern[str]]
    restate_before: re.Pattern[str]
    coordinate: re.Pattern[str]
    paid_so_far: re.Pattern[str]
    additional: re.Pattern[str]
    restatement_gap: list[re.Pattern[str]]
    rounding_hedge: re.Pattern[str]
    object_relative: re.Pattern[str]
    """Right after an amount, a relative clause whose verb has it as object: "the £1.7bn the contracts cost",
    "the $3bn it approved in 2022"."""
    total_before: re.Pattern[str]
    """Right before an amount: it is the total the amounts before it make ("…, bringing the total to €6bn")."""
    named_whole: re.Pattern[str]
    """A sentence opening on a share of a whole named by its kind of money: "Of the grants, …"."""
    named_whole_after: re.Pattern[str]
    """The same right after the amount, before its verb: "€1bn of the loans would be paid out …"."""
    generic_money: frozenset[str]
    list_intro: re.Pattern[str]
    """A sentence that opens a list of the shares of an amount told before it ("It will be split as follows:")."""


def _words(doc: dict, name: str, *at: str) -> list[str]:
    """The word list at ``at``, lower case with single spaces; a word listed twice (in any case) is refused."""
    v = doc
    for step in at:
        v = v[step]
    seen: set[str] = set()
    for i, item in enumerate(v):
        low = " ".join(item.lower().split())
        if low in seen:
            raise datafiles.fail(name, f"{item!r} is listed twice", *at, i)
        seen.add(low)
    return [" ".join(w.lower().split()) for w in v]


def _alt(words: list[str]) -> str:
    """One alternation (a trie) of literal words; a space matches any whitespace."""
    return trie_pattern(sorted(set(words)), space=r"\s+")


def _word_re(words: list[str]) -> str:
    return r"(?<![\w’'-])(?:%s)(?![\w-])" % _alt(words)


def _unit_map(doc: dict, key: str, name: str) -> dict[str, str]:
    """``{unit: [words]}`` -> word -> unit (the schema holds the units to models.RATES)."""
    out: dict[str, str] = {}
    for unit in doc[key]:
        for i, w in enumerate(_words(doc, name, key, unit)):
            if w in out:
                raise datafiles.fail(name, f"{w!r} is listed under both {out[w]} and {unit}", key, unit, i)
            out[w] = unit
    return out


def _patterns(doc: dict, key: str, name: str) -> list[re.Pattern[str]]:
    return datafiles.regexes(name, doc[key], (key,), lists=doc)


_STOP = ("to|for|from|of|on|with|has|have|had|is|are|was|were|will|would|could|be|and|or|that|which|per|a|an|the|each|"
         "every|this|last|next|over|under|into|towards|in|by|at|as|since|it|its|their|than|up|down|more|less|about")


def _compile(doc: dict, name: str) -> Rules:
    w = {k: _words(doc, name, k) for k in (
        "pay_verbs", "cost_verbs", "commit_verbs", "estimate_verbs", "appeal_verbs", "future_commit_verbs", "progressive_spending", "future_aux", "estimate_aux",
        "aux_fillers", "subject_aux", "commitment_nouns", "spending_nouns", "estimate_nouns", "clause_openers",
        "list_joins", "comparison_joins", "event_verbs", "now_words", "person_nouns", "one_person", "conditions", "part_after_whole",
        "part_before_whole", "part_of_phrases", "part_continuation", "paid_so_far", "additional", "rounding_hedges", "restatement_verbs",
        "total_verbs", "generic_money_nouns", "list_intro_words", "size_verbs", "plan_subjects")}
    for key, of in (("size_verbs", "cost_verbs"), ("future_commit_verbs", "commit_verbs")):
        for i, verb in enumerate(w[key]):
            if verb not in w[of]:
                raise datafiles.fail(name, f"{verb!r} is not one of '{of}'", key, i)
    # a word that is two kinds of verb at once would make the kind depend on the order of the lists
    listed = {"pay": w["pay_verbs"], "cost": w["cost_verbs"], "commit": w["commit_verbs"], "estimate": w["estimate_verbs"],
              "appeal": w["appeal_verbs"]}
    owner: dict[str, str] = {}
    for cat, words in listed.items():
        for i, word in enumerate(words):
            if word in owner:
                raise datafiles.fail(name, f"{word!r} is both a {owner[word]} verb and a {cat} verb", f"{cat}_verbs", i)
            owner[word] = cat
    # (what an appeal asks for is an estimate: the appeal verbs are verbs of that kind)
    cats = {"pay": w["pay_verbs"], "cost": w["cost_verbs"], "commit": w["commit_verbs"],
            "estimate": w["estimate_verbs"] + w["appeal_verbs"]}
    nouns = {COMMITMENT: w["commitment_nouns"], SPENDING: w["spending_nouns"], ESTIMATE: w["estimate_nouns"]}
    fill = _alt(w["aux_fillers"])
    all_verbs = [v for words in cats.values() for v in words]
    months = sorted(periods.vocabulary().months)
    units = _unit_map(doc, "rate_units", name)
    rate_words = _unit_map(doc, "rate_words", name)
    adjectives = _unit_map(doc, "rate_adjectives", name)
    return Rules(
        verbs={cat: re.compile(_word_re(words), re.IGNORECASE) for cat, words in cats.items()},
        appeal_verbs=_alt(w["appeal_verbs"]),
        future_commit=re.compile(r"^(?:%s)$" % _alt(w["future_commit_verbs"]), re.IGNORECASE),
        progressive_spending=re.compile(r"^(?:%s)$" % _alt(w["progressive_spending"]), re.IGNORECASE),
        size_verb=re.compile(r"^(?:%s)$" % _alt(w["size_verbs"]), re.IGNORECASE),
        # the subject right before a verb and its auxiliaries: "the grant ", "Those contributions should "
        committed_subject=re.compile(r"(?<![\w-])(?:%s)\s+(?:(?:%s|%s)\s+)*$"
                                     % (_alt(w["commitment_nouns"]), _alt(w["subject_aux"]), fill), re.IGNORECASE),
        # "will have to either take in … or pay": the verb after "or" looks as far ahead as the first
        either_or=re.compile(r"(?<![\w’'-])(?:%s)\s+(?:(?:%s)\s+)*(?:either|both)\s+[^;:]*?\s(?:or|and)\s+$"
                             % (_alt(w["future_aux"] + w["estimate_aux"]), fill), re.IGNORECASE),
        # "in the last financial year", "this fiscal year" (UK: April to March)
        fiscal_year=re.compile(r"\b(?:in |during |for |over )?(?:the )?(?P<rel>last|previous|past|this|current|next|coming)\s+"
                               r"(?:financial|fiscal)\s+year\b", re.IGNORECASE),
        future_aux_end=re.compile(r"(?<![\w’'-])(?:%s)\s+(?:(?:%s)\s+)*$" % (_alt(w["future_aux"]), fill), re.IGNORECASE),
        estimate_aux_end=re.compile(r"(?<![\w’'-])(?:%s)\s+(?:(?:%s)\s+)*$" % (_alt(w["estimate_aux"]), fill), re.IGNORECASE),
        future_aux_any=re.compile(_word_re(w["future_aux"]), re.IGNORECASE),
        estimate_aux_any=re.compile(_word_re(w["estimate_aux"]), re.IGNORECASE),
        # "£220m has already been paid", "A further £50m is due", "(€541m) will be spent"
        subject_verb=re.compile(
            r"\s*(?:\([^)]*\)\s*)?(?:[-\s]*(?:a|an|per|each|every)[-\s]+\w+)?\s*(?:,[^,;:]{1,80},\s*)?"
            r"(?P<aux>(?:(?:%s)\s+)*)(?P<verb>%s)(?![\w-])" % (_alt(w["subject_aux"]), _alt(all_verbs)), re.IGNORECASE),
        nouns={k: re.compile(_word_re(v), re.IGNORECASE) for k, v in nouns.items()},
        # ("£4m in funding", "£4.3bn of aid spending")
        noun_after=re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:in|of)\s+)?(?:(?!(?:%s)\b)[\w’'-]+\s+){0,2}?(?P<noun>%s)(?![\w-])"
                              % (_STOP, _alt([n for v in nouns.values() for n in v])), re.IGNORECASE),
        clause_break=re.compile(r"[;:]|\s[–—-]\s|,\s+(?=(?:%s)(?![\w-]))" % _alt(w["clause_openers"]), re.IGNORECASE),
        list_join=re.compile(r"[\s,]*(?:(?:%s)[\s,]+)?" % _alt(w["list_joins"]), re.IGNORECASE),
        # (not across an infinitive: "agreed to pay £50m a year … from 2024" dates the payments, not the deal)
        # (not "made available from 2024": when the money is paid)
        plan_pays=re.compile(r"\b(?:%s)\b[^.;:£€$]{0,40}?\b(?:provides|allocates|earmarks|sets aside|includes|commits|gives|"
                             r"makes available|puts)\b[^.;:£€$]{0,40}$" % _alt(w["plan_subjects"]), re.IGNORECASE),
        event_verb_before=re.compile(r"(?<![\w-])(?:%s)(?!\s+available\b)\s+(?:(?:(?!to\s)[^,;:.£€$\d\s]+\s+){0,8})?$" % _alt(w["event_verbs"]),
                                     re.IGNORECASE),
        now=re.compile(_word_re(w["now_words"]), re.IGNORECASE),
        # (a few words may stand between: "€16.5m paid to Tirana each year"; not a duration: "for a year")
        rate_after=re.compile(
            r"\s*(?:\([^)]*\)\s*)?(?:[^\s\d£€$,;:.()]+\s+){0,4}?(?<!\bfor )(?<!\bover )(?<!\bin )(?<!\bwithin )"
            r"(?<!\bthan )(?<!\bof )(?<!\bby )(?<!\bafter )(?<!\bonce )"
            r"(?:[-\s]*(?:a|an|per|each|every)[-\s]+(?P<u>%s)(?![\w-])"
            # ("a year earlier", "a year after the deal" date another amount; "a year after that" is a rate from then on)
            r"(?!\s+(?:earlier|ago|before|later|previously|after(?!\s+(?:that|this|then)\b)|since|of)\b|[’']s\b)"
            r"|\s*(?P<w>%s)(?![\w-])|\s*(?:each|every)\s+(?P<m>%s)(?![\w-])"
            # "£50m in each of the next three years"
            r"|\s*(?:in\s+)?(?:each|every)\s+(?:one\s+)?of\s+the\s+(?:[\w-]+\s+){1,2}?(?P<n>year|month|week|day)s\b)"
            % (_alt(list(units)), _alt(list(rate_words)), "|".join(re.escape(m) for m in months)), re.IGNORECASE),
        rate_units={**units, **rate_words},
        # (not a document that comes out yearly: "According to the department's annual accounts, it spent £970m")
        rate_before=re.compile(r"(?<![\w-])(?P<w>%s)(?!\s+(?:accounts|reports?|review|statistics|figures|survey|data|results|"
                               r"meeting|conference|summit|report)\b)\s+(?:[^\s\d£€$]+\s+){0,5}$" % _alt(list(adjectives)), re.IGNORECASE),
        rate_adjectives=adjectives,
        # "£20,000 for every individual sent", "£150,874 per person", "£3,000 to each migrant", "£2,000 each"
        person_after=re.compile(
            # ("for every first-time asylum applicant": two words may stand before the person)
            r"\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:(?:for|to)\s+)?(?:each|every|per|a)\s+(?:[\w-]+\s+){0,2}?(?:%s)(?![\w-])"
            r"|each\b(?!\s+(?:year|month|week|day|time|of|instalment|tranche|payment|quarter)))" % _alt(w["person_nouns"]),
            re.IGNORECASE),
        person_if=re.compile(r"(?<![\w-])(?:%s)\s+(?:%s)(?![\w-])" % (_alt(w["conditions"]), _alt(w["one_person"])),
                             re.IGNORECASE),
        person_before=_patterns(doc, "per_person_before_patterns", name),
        # (after a change in per cent, and before "a record": "£4.76bn on asylum in 2024-25, down 12 per cent from a record
        # £5.38bn")
        comparison_join=re.compile(r"[^;:\d£€$]{0,60}?,?\s*(?:(?:up|down|rising|falling|a\s+rise\s+of|a\s+fall\s+of)\s+(?:by\s+)?"
                                   r"(?:(?:about|around|some|nearly|almost)\s+)?\d[\d.,]*\s*(?:%%|per\s*cent|percent)\s+)?"
                                   r"(?<![\w-])(?:%s)\s+(?:(?:a|the)\s+(?:record|peak|high|low)(?:\s+of)?\s+)?(?:(?:about|around|some|nearly|almost|"
                                   r"more than|less than|over|under|just)\s+)?" % _alt(w["comparison_joins"]), re.IGNORECASE),
        part_after_whole=re.compile(r"(?:^|[\s,(])(?:%s)(?![\w-])" % _alt(w["part_after_whole"]), re.IGNORECASE),
        # ("…, as part of a wider package worth more than €1bn")
        part_before_whole=re.compile(r"^\s*(?:(?:%s)|(?:[^\d£€$;:.]+\s+)?(?<![\w-])(?:%s)(?:\s+(?:a|an|the|its|their|this|that)"
                                     r"(?:(?:\s+[\w’'-]+){1,3}?\s+(?:worth|totalling|totaling|valued at|amounting to|of))?)?)"
                                     r"\s+(?:(?:about|around|some|nearly|almost|over|more than|up to)\s+)?$"
                                     % (_alt(w["part_before_whole"]), _alt(w["part_of_phrases"])), re.IGNORECASE),
        part_anaphora=_patterns(doc, "part_anaphora_patterns", name),
        # ("€200 million of which": the relative words of part_after_whole, right after the share)
        part_after_share=re.compile(r"\s+(?:%s)(?![\w-])" % _alt([p for p in w["part_after_whole"] if p.lower().startswith("of ")]),
                                    re.IGNORECASE),
        part_continuation=re.compile(r"(?<![\w-])(?:%s)\s+(?:[\w-]+\s+)?$" % _alt(w["part_continuation"]), re.IGNORECASE),
        whole_anaphora=_patterns(doc, "whole_anaphora_patterns", name),
        # ("That works out at an average of €2.75m a day")
        restate_before=re.compile(r"(?<![\w-])(?:%s)\s+(?:(?:an?|the)\s+(?:average|total)\s+of\s+)?$" % _alt(w["restatement_verbs"]),
                                  re.IGNORECASE),
        # "provided £5m to North Macedonia and £2m to Serbia": objects of one verb, joined by "and"
        coordinate=re.compile(r"[^.;:£€$\d]{0,80}?(?:,\s*)?(?<![\w-])(?:and|or|as well as|plus|along with|together with)\s+"
                              r"(?:(?:a further|another|an extra|an additional|a second|just|only)\s+)?", re.IGNORECASE),
        paid_so_far=re.compile(_word_re(w["paid_so_far"]), re.IGNORECASE),
        additional=re.compile(_word_re(w["additional"]), re.IGNORECASE),
        restatement_gap=_patterns(doc, "restatement_gap_patterns", name),
        rounding_hedge=re.compile(r"(?<![\w-])(?:%s)\s*$" % _alt(w["rounding_hedges"]), re.IGNORECASE),
        object_relative=re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+[\w’'-]+(?:\s+[\w’'-]+)?|it|they|he|she|we|(?-i:[A-Z])[\w’'-]+)\s+"
                                   r"(?P<aux>(?:(?:%s)\s+)*)(?P<verb>%s)(?![\w-])" % (_alt(w["subject_aux"]), _alt(all_verbs)),
                                   re.IGNORECASE),
        # "…, bringing the total to €6bn", "doubling the budget of the command to £150m"
        total_before=re.compile(r"(?<![\w-])(?:%s)\s+(?:[^\d£€$,;:.]+?\s+)?to\s+(?:(?:about|around|some|nearly|almost|"
                                r"more than|over|roughly)\s+)?$" % _alt(w["total_verbs"]), re.IGNORECASE),
        # "Of the grants, €200m …", "€1bn of the loans …", "$20m of the upfront sum"
        named_whole=re.compile(r"\W*(?:of|out of|from)\s+the\s+(?P<words>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s*,", re.IGNORECASE),
        # ("€200m of the grants will …", "1 billion euros of the loans before the end of June")
        named_whole_after=re.compile(r"\s+(?:of|out of|from)\s+the\s+(?P<words>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
                                     r"(?=\s+(?:%s)\b|\s*[,.;]|\s+(?:before|by|in|during|over|this|next|from|to)\b)"
                                     % _alt(w["subject_aux"]), re.IGNORECASE),
        generic_money=frozenset(w["generic_money_nouns"]),
        list_intro=re.compile(r"(?<![\w-])(?:%s)(?![\w-])[^.;]*:\s*$" % _alt(w["list_intro_words"]), re.IGNORECASE),
    )


def rules() -> Rules:
    return datafiles.load(DATA, _compile)


# ---------------------------------------------------------------- kind, period, per


@dataclass(frozen=True)
class Meaning:
    kind: str
    future: bool
    """Told of the future or of an intention: a commitment's times say when it is paid, not when it was made."""
    period: Period
    covers: Period | None
    per: str | None


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after ";", a dash, ", which", ", while" …)."""
    return max((m.end() for m in rules().clause_break.finditer(text, 0, pos)), default=0)


def clause_end(text: str, pos: int) -> int:
    m = rules().clause_break.search(text, pos)
    return m.start() if m else len(text)


def without_times(text: str, ref: dt.date) -> str:
    """The text with each of its time phrases blanked out to a space."""
    for t in reversed(periods.find_times(text, ref)):
        text = text[:t.start] + " " + text[t.end:]
    return text


def list_joined(text: str, prev: numbers.Money, amt: numbers.Money, ref: dt.date) -> bool:
    """Whether only list words and times stand between two amounts ("€141m in 2023-24, rising to €191m")."""
    gap = without_times(text[prev.end:amt.start], ref)
    gap = re.sub(r"\([^)]*\)", " ", gap)  # a bracketed conversion
    return rules().list_join.fullmatch(gap) is not None


def is_change_gap(gap: str) -> bool:
    """Whether the words between two amounts make the second the new value of the first ("… £350 will rise to")."""
    return _CHANGE_GAP.fullmatch(gap) is not None


def relation(text: str, prev: numbers.Money, amt: numbers.Money, ref: dt.date) -> str | None:
    """How an amount goes on from the one before it in its sentence: "list" ("€141m in 2023-24, rising to €191m",
    "€10m in 2019 and a further €15m"), "restatement" (the same money again: "£1.5bn a year, or about £4.1m a
    day"), "comparison" (its other side: "£3.6bn, up from £1.9bn", "£8m a day, down from a peak of £8.2m") or
    None. Such an amount is the same kind of money unless a verb of its own says otherwise; one of a list or a
    restatement is of the same time unless it names its own; the other side of a comparison is a rate of the same
    unit unless it names its own. "part" is a share named right after its whole ("£4.7bn …, including £3.1bn on
    hotels"), of the same kind."""
    r = rules()
    gap = text[prev.end:amt.start]
    if any(p.match(gap) or p.match(without_times(gap, ref)) for p in r.restatement_gap):
        # ("spent £2.1bn on hotels in 2024-25, or about £5.77m a day": a time may stand between)
        return "restatement"
    if list_joined(text, prev, amt, ref):
        return "list"
    if r.comparison_join.fullmatch(gap) or r.comparison_join.fullmatch(without_times(gap, ref)) or _CHANGE_GAP.fullmatch(gap):
        return "comparison"  # ("£4.7bn on asylum in 2023-24, up from £3.6bn": a time may stand between; "£350 will rise to £500")
    if r.coordinate.fullmatch(without_times(gap, ref)) and _verb_before(text, prev.end, amt.start) is None \
            and not _FINITE.search(gap) and not r.clause_break.search(gap):
        return "list"  # "provided £5m to North Macedonia and £2m to Serbia"
    if _INCLUDING_GAP.search(gap) and not _FINITE.search(gap):
        return "part"  # "would spend £4.7bn on asylum support in 2023-24, including £3.1bn on hotels": its kind too
    return None


def _tense(window: str, verb: str = "") -> str:
    """'estimate', 'future', 'progressive' or '' for the words right before a verb."""
    r = rules()
    if r.estimate_aux_end.search(window):
        return "estimate"
    if r.future_aux_end.search(window):
        return "future"
    both = r.either_or.search(window)
    if both is not None:
        return _tense(window[:both.end()].split(" either ")[0].split(" both ")[0] + " ", verb)
    if verb.lower().endswith("ing") and _PROGRESSIVE.search(window):
        return "progressive"
    return ""


_OVER_YEARS = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:to\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?(?:over\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months)\b"
                         r"|(?:under|as\s+part\s+of)\s+(?:a|an|the|its)\s+(?:[\w’'-]+\s+){0,2}?(?:deal|agreement|arrangement|pact|treaty|accord)\b)",
                         re.IGNORECASE)
"""Right after an amount: the years it is paid over ("£476m over three years"), or the deal it is paid under ("£476m
under a three-year deal struck in 2023")."""
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:(?:now|still|already|also|currently)\s+)*$", re.IGNORECASE)


_COST_OBJECT = re.compile(r"(?:\s+(?!(?:of|with|for|over|on|in|to|from|by|as|than)\b)[\w’'-]+){0,4}\s*", re.IGNORECASE)
"""Between a cost verb and its amount: at most a few words, no preposition ("costing the taxpayer around")."""
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|might|may|shall|should|must)\b", re.IGNORECASE)
_GUESSED = r"(?:estimated|projected|forecast|expected|predicted|anticipated)"
"""The words that make an amount a guess ("an estimated £105,000", "at an estimated cost of")."""
_ESTIMATED_BEFORE = re.compile(r"\b(?:an?\s+)?%s\s+(?:total\s+of\s+)?$" % _GUESSED, re.IGNORECASE)
_ESTIMATED_COST_OF = re.compile(r"\b(?:an?|the)\s+%s\s+(?:total\s+)?(?:cost|bill|price|price\s+tag)\s+of\s+$" % _GUESSED,
                                re.IGNORECASE)
_INCLUDING_GAP = re.compile(r",\s*(?:including|of\s+which)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
                            re.IGNORECASE)
_ESTIMATED_THAT = re.compile(r"\b(?:estimated|estimates|estimate|forecast|forecasts|projected|projects|predicted|predicts)\b"
                             r"(?:\s+[\w’'-]+){0,3}?\s+that\b", re.IGNORECASE)
"""A forecast reported before the verb of the amount: "The NAO estimated last spring that the Home Office would spend …"."""
_NOUN_SUBJECT = re.compile(r"\s+(?:includes|included|include|covers|covered|contains|contained|comprises|comprised|"
                           r"represents|represented|reflects|reflected|means|meant|excludes|excluded)\b", re.IGNORECASE)
"""Right after a word of a verb list, a verb of its own: the word was a noun ("That total includes …")."""
_NOUN_AFTER_IN = re.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?<![\w-])(?:the|a|an|its|their|his|her|our|whose)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Governed:
    """What governs an amount: the kind, whether told of the future, where its verb is, whether the verb is a
    paying verb in the progressive that promises money unless the amount is a rate ("is giving")."""

    kind: str
    future: bool
    verb_at: int | None = None
    ongoing: bool = False


def _kind_of_verb(cat: str, verb: str, tense: str) -> tuple[str, bool]:
    if cat == "estimate":
        return ESTIMATE, False
    if cat == "commit":
        if tense == "estimate":
            return ESTIMATE, True
        return COMMITMENT, tense == "future" or rules().future_commit.match(" ".join(verb.lower().split())) is not None
    if cat == "cost":
        return (ESTIMATE, True) if tense else (SPENDING, False)
    # paying
    if tense == "estimate":
        return ESTIMATE, True
    return (COMMITMENT, True) if tense == "future" else (SPENDING, False)


def _verb_before(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The last verb of a kind in ``text[start:end]`` that governs what follows it (not a noun: "costs of")."""
    r = rules()
    best: tuple[str, re.Match[str]] | None = None
    for cat, pat in r.verbs.items():
        for m in pat.finditer(text, start, end):
            if re.match(r"\s+of\b", text[m.end():]) or _DETERMINER.search(text, max(0, m.start() - 12), m.start()) \
                    or _NOUN_AFTER_IN.search(text, max(0, m.start() - 4), m.start()):
                continue  # "operational costs of up to", "the promised", "$800m in grants and"
            if m.group(0)[0].isupper() and text[:m.start()].strip():
                continue  # part of a name: "the International Monetary Fund"
            if _FINITE.search(text, m.end(), end) or _NOUN_SUBJECT.match(text, m.end()):
                continue  # another verb stands between: "If 300 people were sent, the cost would be £1.8bn", "That
                # total includes $5.1bn"
            if cat == "cost" and not _COST_OBJECT.fullmatch(text, m.end(), end):
                continue  # what costs something names the amount at once ("is costing the taxpayer £8m"), not
                # "reaching agreement with the IMF over a $1.9bn loan"
            if best is None or m.start() > best[1].start() or (m.start() == best[1].start() and m.end() > best[1].end()):
                best = (cat, m)
    return best


_WAITS_FOR = re.compile(r"\s+(?:the|a|an|its|their|parliament(?:ary)?|approval|to)\b", re.IGNORECASE)
"""After an amount's "needs" or "requires", what it waits for ("needs the approval of …", "needs to be approved")."""
_APPROVED_PLAN = re.compile(r"\b(?:approved|approves|approve|agreed|adopted|passed|endorsed|signed off|backed|gave the go-ahead)\b"
                            r"(?:\s+[\w’'-]+){0,4}?\s+(?:plans?|proposals?|projects?|construction|building|programmes?|"
                            r"programs?|schemes?|bills?|measures?|budgets?)\b", re.IGNORECASE)
"""A decision to go ahead with something that costs money ("approved plans for a wall")."""


def kind_of(text: str, amounts: list[numbers.Money], i: int, inherited: _Governed | None = None) -> _Governed:
    """Return what governs amount ``i`` of a sentence: its kind and whether it is told of the future.

    ``inherited`` is what governs the amount before when this one goes on from it (:func:`relation`): it
    applies unless the amount has a verb of its own ("with another £50m due next year", "has given Senegal
    €8m and will hand over … €5m").
    """
    r = rules()
    amt = amounts[i]
    cs = clause_start(text, amt.start)
    ce = clause_end(text, amt.end)
    qual_start = numbers.qualifier_before(text, amt.start)[1]

    def by_verb(cat: str, verb: str, window: str, at: int) -> _Governed:
        tense = _tense(window, verb)
        ongoing = tense == "progressive" and cat == "pay" and (
            not r.progressive_spending.match(" ".join(verb.lower().split()))
            # "is paying France £476m over three years": a sum to be paid out, not paid so far ("the £476m the UK is
            # paying France over three years" too)
            or _OVER_YEARS.match(text, amt.end) is not None or _OVER_YEARS.search(text[amt.end:ce]) is not None)
        kind, future = _kind_of_verb(cat, verb, "" if tense == "progressive" else tense)
        if cat == "cost" and kind == SPENDING and r.size_verb.match(" ".join(verb.lower().split())) \
                and r.committed_subject.search(window) and not _SPENT_ON.search(window):
            # (not what was spent on it: "Spending on asylum support reached £3.97bn")
            kind = COMMITMENT  # "the grant amounts to SEK 10,000 per adult": the size of what is promised
        if kind == COMMITMENT and future and (_ESTIMATED_BEFORE.search(text, max(0, amt.start - 30), amt.start)
                                              or _ESTIMATED_THAT.search(text, 0, at)):
            # "would be paid an estimated £105,000 for every person": a sum to come, guessed at; "The National Audit
            # Office estimated that the Home Office would spend £4.7bn": a forecast of what will be spent
            kind = ESTIMATE
        return _Governed(kind, future, at, ongoing)

    # the amount as subject: "£220m has already been paid", "A further £50m is due"
    subject = r.subject_verb.match(text, amt.end, ce)
    if subject is not None and _WAITS_FOR.match(text, subject.end("verb")) \
            and r.verbs["estimate"].fullmatch(subject.group("verb")):
        subject = None  # what the money waits for, not what an appeal asks: "the remaining €4bn needs the approval of …"
    if inherited is not None and subject is None:
        # (a verb of its own after the amount before: "France has given Senegal €8m and will hand over … €5m"; or a
        # relative clause after it with the amount as its object: "on top of more than £100m that the UK has spent")
        prev_end = max((a.end for a in amounts[:i]), default=cs)
        own = _verb_before(text, max(cs, prev_end), qual_start)
        if own is None and r.object_relative.match(text, amt.end, ce) is None:
            return inherited
    if subject is not None and _FINITE.search(subject.group("aux")):
        # the amount is the subject of a verb of its own: "Ministers announced that £5m had been spent"
        verb = subject.group("verb")
        cat = next(c for c, p in r.verbs.items() if p.fullmatch(verb))
        return by_verb(cat, verb, subject.group("aux") + " ", subject.start("verb"))
    found = _verb_before(text, cs, qual_start)
    if found is not None:
        cat, m = found
        between = [a for a in amounts if m.end() <= a.start < amt.start]
        if not between and cat == "cost" and _APPROVED_PLAN.search(text, 0, m.start()) \
                and re.fullmatch(r"costing", m.group(0), re.IGNORECASE) \
                and not re.search(r"\b(?:is|are|was|were|been|be|am)\s+(?:[\w-]+\s+)?$", text[max(0, m.start() - 30):m.start()]):
            # what an approved plan will cost, told by a participle after its noun: the size of what is committed
            # ("parliament approved plans for a wall along the border costing 1.6 billion zlotys")
            return _Governed(COMMITMENT, False, m.start())
        if not between:
            return by_verb(cat, m.group(0), text[cs:m.start()], m.start())
    # a relative clause with the amount as its object: "the £1.7bn the contracts cost", "the $3bn it approved"
    rel = r.object_relative.match(text, amt.end, ce)
    if rel is not None:
        verb = rel.group("verb")
        cat = next(c for c, p in r.verbs.items() if p.fullmatch(verb))
        return by_verb(cat, verb, rel.group("aux") + " ", rel.start("verb"))
    # "a £63m deal", "£4 million in funding", "a €65 million contribution"
    after = r.noun_after.match(text, amt.end, ce)
    if after is not None:
        noun = after.group("noun")
        head = re.match(r"\s+([\w’'-]+)", text[after.end():ce])
        if head is not None and any(pat.fullmatch(head.group(1)) for pat in r.nouns.values()):
            noun = head.group(1)  # the head of a compound: "£4.3bn of aid spending" is spending
        for kind, pat in r.nouns.items():
            if pat.fullmatch(noun):
                return _Governed(kind, False)
    if subject is not None:
        verb = subject.group("verb")
        cat = next(c for c, p in r.verbs.items() if p.fullmatch(verb))
        return by_verb(cat, verb, subject.group("aux") + " ", subject.start("verb"))
    # a noun before it: "The UK's share will be €141m", "the daily bill at about £8m", "the cost would be £1.8bn"
    last: tuple[str, re.Match[str]] | None = None
    for kind, pat in r.nouns.items():
        for m in pat.finditer(text, cs, qual_start):
            if last is None or m.start() > last[1].start():
                last = (kind, m)
    if last is not None and not any(last[1].end() <= a.start < amt.start for a in amounts):
        kind, m = last
        between = text[m.end():qual_start]
        guess = r.estimate_aux_any.search(between)
        ahead = r.future_aux_any.search(between)
        if kind == SPENDING and (guess or ahead):
            return _Governed(ESTIMATE, True)
        if kind == COMMITMENT:
            return _Governed(COMMITMENT, bool(ahead))
        return _Governed(kind, False)
    return _Governed(COMMITMENT, False)


def _usable(text: str, t: periods.TimePhrase) -> bool:
    """Whether a time phrase can date money: not the other side of a comparison, nor when figures came out
    ("the report, published on Tuesday") unless that names the commitment ("a package unveiled on Thursday")."""
    if t.period is None or t.same or periods.is_comparison(text, t):
        return False
    return not periods.is_publication_time(text, t) or rules().event_verb_before.search(text, max(0, t.start - 30), t.start) is not None


def _event_time(text: str, t: periods.TimePhrase, cs: int, times: list[periods.TimePhrase] | None = None) -> bool:
    """Whether a time phrase dates the making of a deal ("a £63m deal struck in November", "signed in Kigali in
    December", "the 2022 agreement"), not money paid under it. With ``times``, only the first time after the verb
    does ("approved last year for border security in the 2024-25 budget": the budget's years are what it covers)."""
    r = rules()
    verb = None
    for verb in r.event_verb_before.finditer(text, max(cs, t.start - 80), t.start):
        pass
    if verb is not None:
        verb_end = verb.start() + len(re.match(r"[\w-]+", text[verb.start():]).group(0))
        return times is None or not any(verb_end <= o.start and o.end <= t.start for o in times if o is not t)
    return _YEAR_ONLY.fullmatch(t.text.strip()) is not None and r.noun_after.match(text, t.end) is not None \
        and r.nouns[COMMITMENT].fullmatch(r.noun_after.match(text, t.end).group("noun")) is not None


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def _spent_in(text: str, t: periods.TimePhrase) -> bool:
    """Whether a time phrase can date money spent: not when it was said ("…, the Home Office said on Tuesday")."""
    return not periods.is_statement_time(text, t)


def _span(ps: list[Period]) -> Period | None:
    starts = [p.start for p in ps if p.start is not None and p.end is not None]
    ends = [p.end for p in ps if p.start is not None and p.end is not None]
    return Period(min(starts), max(ends)) if starts else None


_RELATIVE = re.compile(r"\b(?:earlier|before|previous|preceding)\b", re.IGNORECASE)


def _relative_to_story(t: periods.TimePhrase, times: list[periods.TimePhrase], story: Period | None) -> Period | None:
    """ "The year before" with no earlier time in its sentence: the year before the story's."""
    assert t.period is not None
    if t.kind == "last_year" and _RELATIVE.search(t.text) and story is not None \
            and not any(o.end <= t.start and o.period is not None and not o.same for o in times):
        return periods.shift_years(story, -1)
    return t.period


def _times(text: str, ref: dt.date) -> list[periods.TimePhrase]:
    """The time phrases of a sentence (:func:`periods.find_times`), with "the last financial year" (April to March)
    and "until 2027" (up to the end of 2027) read too."""
    out = list(periods.find_times(text, ref))
    for m in rules().fiscal_year.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in out):
            continue
        first = ref.year if ref.month >= 4 else ref.year - 1  # the financial year the article falls in
        first += {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m.group("rel").lower(), 0)
        out.append(periods.TimePhrase(m.start(), m.end(), m.group(0),
                                      Period(dt.date(first, 4, 1), dt.date(first + 1, 3, 31)), kind="fy"))
    for k, t in enumerate(out):
        if t.kind == "whole_year" and t.period is not None and t.period.start is not None and t.period.start > ref \
                and _UNTIL.search(text, max(0, t.start - 8), t.start):
            out[k] = periods.TimePhrase(t.start, t.end, t.text, Period(ref, t.period.end), kind=t.kind)
    return sorted(out, key=lambda t: t.start)


_UNTIL = re.compile(r"\b(?:until|till|to|through)\s+$", re.IGNORECASE)


def _own_times(text: str, amounts: list[numbers.Money], i: int, ref: dt.date,
               times: list[periods.TimePhrase] | None = None) -> list[periods.TimePhrase]:
    """The time phrases of amount ``i``: after it up to the next amount of its clause ("€141m in 2023-24, rising
    to €191m in 2024-25"); else those of its clause before its first amount ("In 2019 Brussels promised €2bn")."""
    amt = amounts[i]
    cs, ce = clause_start(text, amt.start), clause_end(text, amt.end)
    if times is None:
        times = [t for t in _times(text, ref) if _usable(text, t)]
    hi = min([ce] + [a.start for a in amounts[i + 1:] if a.start >= amt.end])
    own = [t for t in times if t.start >= amt.end and t.end <= hi]
    prev_end = max((a.end for a in amounts[:i] if cs <= a.start and a.end <= amt.start), default=None)
    changed = _CHANGED_SINCE.search(text, prev_end, amt.start) if prev_end is not None and not own else None
    if changed:
        # "£8m a day at the peak in 2023, a figure that has since fallen to £5.5m a day": told of now, not of the
        # time of the amount before
        return [t for t in times if changed.start() <= t.start and t.end <= amt.start]
    if not own:
        first = min((a.start for a in amounts if cs <= a.start), default=amt.start)
        # (not a time in an aside about the subject: "Lithuania, which faced the same pressure last summer, has
        # allocated about €150m")
        asides = [m.span() for m in _ASIDE.finditer(text, 0, first)]
        own = [t for t in times if t.start >= cs and t.end <= first and not any(a <= t.start and t.end <= b for a, b in asides)]
    if not own and _RELATIVE_OPENS.match(text, cs):
        # "Last year's appeal for Sudan, which sought $2.6bn, …": the time its antecedent opens on
        own = [t for t in times if t.end <= cs and re.fullmatch(r"\W*", text[:t.start]) and re.match(r"['’]s\b", text[t.end:])]
    if not own and _WHEN_OPENS.match(text, cs):
        # "… on a visit to Baghdad in December, when she announced £800,000": the time the "when" goes back to
        own = [_since_start(t, ref) for t in times if t.end <= cs and re.fullmatch(r"\W*", text[t.end:cs])]
    return own


_CHANGED_SINCE = re.compile(r"\b(?:has|have)\s+since\b|\bsince\s+then\b", re.IGNORECASE)


def _since_start(t: periods.TimePhrase, ref: dt.date) -> periods.TimePhrase:
    """The time a "since" phrase starts at, when a "when" clause goes back to it ("has supported the coastguard since
    2017, when it approved a €46 million programme": 2017)."""
    m = re.match(r"since\s+", t.text, re.IGNORECASE)
    if t.kind != "since" or m is None:
        return t
    start = periods.find_times(t.text[m.end():], ref)
    if len(start) != 1 or start[0].period is None:
        return t
    return replace(t, period=start[0].period)


_ASIDE = re.compile(r",\s*(?:which|who|whose|whom|where)\b[^,;:.]*,", re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r"\W*(?:which|that)\b", re.IGNORECASE)
_WHEN_OPENS = re.compile(r"\W*when\b", re.IGNORECASE)


def _ahead(t: periods.TimePhrase, p: Period | None, ref: dt.date) -> Period | None:
    """A month or weekday named without a year in a clause told of the future is the next one ("The first
    instalment of £140m is due in July"), whatever the phrase's own words made of it."""
    if p is None or p.end is None or p.end >= ref or t.kind not in ("date", "weekday") or _YEAR_DIGITS.search(t.text) \
            or re.match(r"\W*(?:last|on last)\b", t.text, re.IGNORECASE):
        return p
    if t.kind == "weekday":
        return Period(p.start + dt.timedelta(days=7) if p.start else None, p.end + dt.timedelta(days=7))
    return periods.shift_years(p, 1)


_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d{2}\b")


_UNDER_OPENER = re.compile(r"\s*(?:Under|As part of|Through)\s+(?:the|an?|this|its|their)\s+[^,;:]{3,140}$", re.IGNORECASE)
"""A sentence's opening phrase up to a time in it: "Under the agreement Rishi Sunak struck in Paris in 2023, …"."""


_ON_TOP_AFTER = re.compile(r"\s*,\s*(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above)\b", re.IGNORECASE)
_REMAINING = re.compile(r"\b(?:the|its|their)\s+(?:remaining|rest\s+of\s+the|last|final)\s+$", re.IGNORECASE)
_OF_THIS_OPENS = re.compile(r"\W*(?:of|out\s+of|from)\s+(?:that|this|it)\b", re.IGNORECASE)
"""A sentence that opens on a share of the amount told just before: "Of that, €1bn is to be paid this year"."""
_OF_WHOLE_OPENS = re.compile(r"\W*(?:of|out\s+of)\s+(?:the|its|their|this|that|(?-i:[A-Z]))[^,;:]{0,150}?,", re.IGNORECASE)
"""A sentence's opening "Of …," that names the whole its shares come out of (the amount must lie inside it)."""
_THIS_AFTER = re.compile(r"\s+of\s+(?:this|that|it)\b", re.IGNORECASE)
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:that|this|it|the\s+total|(?:last|this|the)\s+year['’]s\s+(?:total|bill|spending)|"
                            r"the\s+(?:[\w-]+\s+)?(?:total|bill|sum|spending|amount))\b", re.IGNORECASE)


def period_of(text: str, amounts: list[numbers.Money], i: int, kind: str, future: bool, ref: dt.date,
              story: Period | None, verb_at: int | None = None) -> tuple[Period, Period | None]:
    """Return (period, covers) for amount ``i`` of a sentence: see the module's doc. ``verb_at`` is where the verb
    that governs the amount starts: a time before it dates the commitment even when the verb looks forward ("In
    July, Italy agreed to give Tunisia €20m")."""
    r = rules()
    amt = amounts[i]
    cs, ce = clause_start(text, amt.start), clause_end(text, amt.end)
    times = [t for t in _times(text, ref) if _usable(text, t)]
    lo = max([cs] + [a.end for a in amounts[:i] if a.end <= amt.start and a.start >= cs])
    hi = min([ce] + [a.start for a in amounts[i + 1:] if a.start >= amt.end])
    own = _own_times(text, amounts, i, ref, times)
    spans = [(t, _relative_to_story(t, times, story)) for t in own]
    def ahead(t: periods.TimePhrase) -> bool:
        return future and not _event_time(text, t, cs) and (verb_at is None or t.start > verb_at)

    if kind == COMMITMENT and future:
        spans = [(t, _ahead(t, p, ref) if ahead(t) else p) for t, p in spans]
    if kind == COMMITMENT:
        event = [p for t, p in spans if _event_time(text, t, cs, times)
                 and p is not None and (p.start or p.end) and (p.start or p.end) <= ref]
        # (told of the future, only a time before the article's day: "agreed to pay … in March 2023", not "in 2024")
        past = [p for t, p in spans if p is not None and p.end is not None
                and (p.end < ref or p.end == ref and (not ahead(t) or p.start == ref))]
        rest = [p for t, p in spans if p is not None and p not in event and p not in past]
        if not event:
            # "Its East Shield programme, announced in May 2024, is worth 10 billion zloty": the time of an aside
            # about the subject, after its verb of agreeing, dates the commitment
            event = [p for t in times if t.end <= amt.start and re.match(r"\s*,", text[t.end:])
                     and (re.search(r",\s*[^,;:]{0,40}$", text[max(0, t.start - 42):t.start])
                          or _UNDER_OPENER.match(text, 0, t.start))
                     and r.event_verb_before.search(text, max(0, t.start - 40), t.start)
                     and not any(t.end <= a.start < amt.start for a in amounts)
                     for p in [_relative_to_story(t, times, story)]
                     if p is not None and (p.start or p.end) and (p.start or p.end) <= ref]
        period = event[-1] if event else (past[-1] if past else None)
        covers = _span(rest)
        if period is None:
            period = story if story is not None and not times and periods.is_past_narrative(text[cs:ce]) \
                else Period(ref, ref)
        return period, covers
    spans = [(t, p) for t, p in spans if _spent_in(text, t) and not _event_time(text, t, cs)]
    if kind == ESTIMATE:
        # what a forecast runs over ahead of the article ("could cost $2.5bn over the next three decades") is not
        # when it was made
        # (nor "by the end of the decade", which names no year it is made for)
        spans = [(t, p) for t, p in spans
                 if p is None or p.end is None or (p.end <= ref and not _YEARS_AHEAD.match(t.text))
                 or (_by_then(text, t) and not (t.kind == "decade" and not _YEAR_DIGITS.search(t.text)))]
    if kind == ESTIMATE and not spans and re.match(r"\W*when\b", text, re.IGNORECASE):
        # "When the Home Office signed its contracts in 2019, it expected them to cost £4.5bn": the forecast was made
        # then
        opening = clause_end(text, 0)
        made = [p for t in times if t.end <= opening for p in [_relative_to_story(t, times, story)]
                if p is not None and p.end is not None and p.end <= ref]
        if made:
            return made[-1], None
    if spans:
        pick = periods.choose(text, amt.start, (lo, hi), [t for t, _ in spans], ref, story)
        rel = next((p for t, p in spans if t.period == pick), pick)
        if rel is not None:
            return rel, None
    if r.now.search(text, cs, ce):
        return Period(ref, ref), None
    if story is not None and not times and periods.is_past_narrative(text[cs:ce]):
        return story, None
    return Period(ref, ref), None


_YEARS_AHEAD = re.compile(r"(?:over |in |during |within |for )?the (?:next|coming) ", re.IGNORECASE)
"""A span of years ahead ("over the next three decades"): a forecast runs over it (as over any span that reaches past
the article's day: "over the decade to 2029", "through June 2024"); the year it is made for ("by 2026") is its period."""


def _by_then(text: str, t: periods.TimePhrase) -> bool:
    """Whether a time phrase is a deadline ("by 2026"), the time a forecast is made for."""
    return bool(re.search(r"\bby\s+$", text[max(0, t.start - 4):t.start], re.IGNORECASE) or re.match(r"by\b", t.text, re.IGNORECASE))


def per_of(text: str, amounts: list[numbers.Money], i: int) -> str | None:
    """The unit when amount ``i`` is a rate ("£8m a day", "€50m every April", "£20,000 for every individual sent")."""
    r = rules()
    amt = amounts[i]
    after = r.rate_after.match(text, amt.end)
    if after is None:
        # after the verb it is the subject of: "A further £50m is due every April", "£8m will be paid each year"
        subject = r.subject_verb.match(text, amt.end, clause_end(text, amt.end))
        after = r.rate_after.match(text, subject.end()) if subject is not None else None
    if after is not None:
        if r.person_after.match(text, after.end()):
            return "person"  # "€7,500 a year for every first-time asylum seeker": per person (each year)
        if after.group("m"):
            return "year"
        if after.group("n"):
            return after.group("n").lower()
        word = " ".join((after.group("u") or after.group("w")).lower().split())
        return r.rate_units[word]
    subject = r.subject_verb.match(text, amt.end, clause_end(text, amt.end))
    named = _NAMED_AFTER.match(text, amt.end)  # (past the amount's own name: "a £10,500 'tariff' for every person")
    if r.person_after.match(text, amt.end) or (subject is not None and r.person_after.match(text, subject.end())) \
            or (named is not None and r.person_after.match(text, named.end())):
        return "person"  # ("£3,000 to each migrant", "£300 is paid for each new baby")
    change = _FROM_TO.search(text, max(0, amt.start - 40), amounts[i + 1].start) if i + 1 < len(amounts) else None
    if change is not None and amt.end <= change.start("to"):
        # the start of a change told "from 10,000 kronor to 350,000 kronor per adult": the unit of its end
        return per_of(text, amounts, i + 1)
    cs = clause_start(text, amt.start)
    qual_start = numbers.qualifier_before(text, amt.start)[1]
    before = r.rate_before.search(text, max(cs, qual_start - 60), qual_start)
    if before is not None and not any(before.end() <= a.start < amt.start for a in amounts) \
            and (_verb_before(text, before.end(), qual_start) or ("cost", None))[0] == "cost":
        return r.rate_adjectives[before.group("w").lower()]
    if r.person_if.search(text, 0, amt.start):
        return "person"
    if any(p.search(text, cs, qual_start) for p in r.person_before):
        return "person"
    return None


def describe(text: str, amounts: list[numbers.Money], i: int, ref: dt.date, story: Period | None,
             before: Meaning | None = None, how: str | None = None) -> Meaning:
    """Return the kind, period, covers and per of amount ``i`` of a sentence (see the module's doc).

    ``before`` is the meaning of the amount before it and ``how`` how this one goes on from it (:func:`relation`).
    """
    inherited = _Governed(before.kind, before.future) if before is not None and how is not None else None
    governed = kind_of(text, amounts, i, inherited)
    kind, future = governed.kind, governed.future
    if kind == SPENDING and rules().plan_pays.search(text, clause_start(text, amounts[i].start), amounts[i].start):
        # a plan or budget that "provides" or "allocates" money commits it ("The Spending Review also provides up to
        # £280 million more a year by 2028-29 for …"): nothing is paid yet
        kind = COMMITMENT
    per = per_of(text, amounts, i)
    if per is None and before is not None and how == "comparison":
        per = before.per
    # "The EU is giving Turkey €6bn": promised; "is giving €2m a month": paid. What is being paid is dated as a
    # commitment is ("Under the agreement struck in Paris in 2023, Britain is already paying France …").
    ongoing = governed.ongoing and per is None
    if ongoing:
        kind = COMMITMENT
    period, covers = period_of(text, amounts, i, kind, future, ref, story, governed.verb_at)
    if kind == SPENDING and period.end is not None and period.end > ref and (period.start is None or period.start >= ref):
        # money paid over a time still to come is not spent yet: "handed the Home Office up to £280m a year … by
        # the end of the decade" commits it
        kind = COMMITMENT
        period, covers = period_of(text, amounts, i, kind, future, ref, story, governed.verb_at)
    if before is not None and how in ("list", "restatement") and not ongoing and not _own_times(text, amounts, i, ref):
        period = before.period
        covers = before.covers if kind == COMMITMENT and covers is None else covers
    if kind == ESTIMATE and per is None:
        first_forecast = _first_forecast(text, amounts[i], ref)
        if first_forecast is not None:
            # what contracts signed in a past year were first expected to cost was forecast then: "the ten-year deals,
            # signed in 2019 …, were originally forecast to cost £4.5bn"
            period = first_forecast
    made = _deal_made(text, amounts[i], ref)
    if made is not None and kind == SPENDING and per is None:
        # paid "under" a deal told with the time it was made: committed then ("an agreement signed last November, under
        # which the UK paid France £28.1m")
        kind, period = COMMITMENT, made
    q_at = numbers.qualifier_before(text, amounts[i].start)[1]
    if kind == COMMITMENT and _ESTIMATED_COST_OF.search(text, max(0, q_at - 40), q_at):
        kind = ESTIMATE  # "due to open later this year, at an estimated cost of about €650m": a guess at the bill
    if kind == COMMITMENT and per is None and _PAYMENT_MADE.search(text, max(0, q_at - 40), q_at) \
            and _MADE_AFTER.match(text, amounts[i].end):
        kind = SPENDING  # "An initial payment of £120m was made when the agreement was struck": paid
    if kind != COMMITMENT or ongoing:
        covers = None
    return Meaning(kind, future, period, covers, per)


_UNDER_WHICH = re.compile(r"\b(?:agreement|deal|arrangement|pact|treaty|accord|partnership|contract|memorandum)s?\b(?P<what>[^;:]{0,60}?),\s*"
                          r"under\s+which\b[^;:]*$", re.IGNORECASE)
_PAYMENT_MADE = re.compile(r"\bpayments?\s+of\s+$", re.IGNORECASE)
"""Up to an amount's qualifier: a payment of it ("An initial payment of")."""
_MADE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:already|then|duly)\s+)?"
                         r"(?:made|paid|handed\s+over|transferred)\b", re.IGNORECASE)


_FIRST_FORECAST = re.compile(r"\b(?:originally|initially|first|had\s+been|had\s+originally\s+been|were\s+originally|was\s+originally)\s+"
                             r"(?:been\s+)?(?:forecast|expected|estimated|projected|predicted|budgeted)\s+to\s+cost\s+$", re.IGNORECASE)
_SIGNED_BEFORE = re.compile(r"\b(?:signed|agreed|awarded|let|struck|drawn\s+up|granted)\b[^;:]{0,60}$", re.IGNORECASE)


def _first_forecast(text: str, amt: numbers.Money, ref: dt.date) -> Period | None:
    """The time of the signing a first forecast was made at: "the contracts the Home Office signed with three private
    firms in 2019 had been expected to cost £4.5bn" (2019)."""
    q_at = numbers.qualifier_before(text, amt.start)[1]
    if not _FIRST_FORECAST.search(text, max(0, q_at - 80), q_at):
        return None
    times = [t for t in periods.find_times(text, ref) if t.end <= amt.start and t.period is not None
             and _SIGNED_BEFORE.search(text, max(0, t.start - 70), t.start)]
    return times[-1].period if times else None


def _deal_made(text: str, amt: numbers.Money, ref: dt.date) -> Period | None:
    """The time of the deal money is paid under, told in the relative clause's antecedent: "an agreement signed last
    November, under which the UK paid France £28.1m" (that November)."""
    m = _UNDER_WHICH.search(text, 0, amt.start)
    if m is None:
        return None
    times = [t for t in periods.find_times(text, ref) if m.start("what") <= t.start and t.end <= m.end("what") and t.period is not None]
    return times[-1].period if len(times) == 1 else None


_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)


def story_after(text: str, ref: dt.date, story: Period | None) -> Period | None:
    """The past time a sentence leaves for the next ones to go on with ("In 2021 the two countries signed a deal.
    Britain paid £54m …"): its own, when it tells of one past time in the past tense; the story before when it
    names none and goes on in the past tense; else none."""
    times = [t for t in _times(text, ref) if _usable(text, t)]
    past = periods.is_past_narrative(text)
    if not times:
        return story if past else None
    # (a time in a "since" clause dates another event: "…, its first deportation since the Taliban took power in
    # 2021" leaves the sentence's own time for the next)
    own = [t for t in times if not _SINCE_CLAUSE.search(text, 0, t.start) and not t.text.lower().startswith("since")]
    times = own or times
    told = {(p.start, p.end) for t in times for p in [_relative_to_story(t, times, story)] if p is not None}
    if past and len(told) == 1:
        start, end = next(iter(told))
        if end is not None and end < ref:
            return Period(start or end, end)  # ("At the end of August, …": that day)
    return None


# ---------------------------------------------------------------- part_of and same_as


_CONVERSION_GAP = re.compile(r"\s*,?\s*(?:or\s+)?(?:roughly|about|around|approximately|some|nearly|almost|just over|"
                             r"just under|equivalent to|the equivalent of|worth)\s+$|\s*,?\s*or\s+$", re.IGNORECASE)


def restated_in(text: str, amounts: tuple[numbers.Money, ...] | list[numbers.Money], i: int) -> bool:
    """Whether amount ``i`` restates the one before in another currency without brackets: "spent $1 billion on
    the scheme, roughly £770m, before …", "€900m, or about £770m."."""
    if i == 0:
        return False
    prev, amt = amounts[i - 1], amounts[i]
    if prev.currency == amt.currency or amounts[i - 1].range_start:
        return False
    if not _CONVERSION_GAP.fullmatch(text[prev.end:amt.start]) and not _CONVERSION_TAIL_GAP.search(text[prev.end:amt.start]):
        return False
    return re.match(r"\s*(?:[,.;:)\]–—]|$)", text[amt.end:]) is not None


_CONVERSION_TAIL_GAP = re.compile(r"^[^,;:.\d£€$]{0,60},\s+(?:or\s+)?(?:roughly|about|around|approximately|some|nearly|almost|"
                                  r"equivalent to|the equivalent of)\s+$", re.IGNORECASE)




@dataclass
class _Item:
    fact: Fact
    text: str
    money: numbers.Money
    sentence: int
    """Index of its sentence among the sentences with funding."""
    amounts: list[numbers.Money]
    index: int = 0
    """Where its amount stands among the amounts of its sentence."""

    def restates(self) -> bool:
        """Whether the amount says the one before it again in another currency ("€7.4bn (£6.3bn)")."""
        return self.index > 0 and (self.money.converted or restated_in(self.text, self.amounts, self.index))


def _items(facts: list[Fact]) -> list[_Item]:
    out: list[_Item] = []
    sent = -1
    last_text = None
    used: set[int] = set()
    amounts: list[numbers.Money] = []
    for f in facts:
        if f.evidence != last_text:
            last_text, sent, used = f.evidence, sent + 1, set()
            amounts = list(numbers.money(f.evidence))
        # (a bare "$" may have been read as the story's own dollar: "Australia will pay Nauru $408m")
        k = next((j for j, a in enumerate(amounts) if j not in used and a.amount == f.amount
                  and (a.currency == f.currency or a.text.startswith("$"))), None)
        if k is None:
            continue  # (a hand-made fact: no position to read)
        used.add(k)
        out.append(_Item(f, f.evidence, amounts[k], sent, amounts, k))
    return out


def _value(x: _Item) -> float:
    return float(x.fact.amount or 0)


def _years(p: Period | None) -> int:
    """How many years a span covers, at least one."""
    if p is None or p.start is None or p.end is None:
        return 1
    return max(1, round(((p.end - p.start).days + 1) / 365.25))


def _total_of_parts(x: _Item) -> float:
    f = x.fact
    if f.per == "year":
        return _value(x) * _years(f.covers)
    return _value(x)


def _fits(part: _Item, whole: _Item, parts: dict[int, list[_Item]]) -> bool:
    """Whether ``part`` can be a share of ``whole``: smaller, and the shares (a yearly one for each year it
    covers) not adding up to more than the whole when the currency is the same."""
    if whole.fact.per is not None and part.fact.per == whole.fact.per:
        # a share of a rate in the same unit: "£20,520 for each person, including £8,520 in the first year"
        return _value(part) < _value(whole) and part.fact.currency == whole.fact.currency
    if part.fact.per in ("day", "week", "month", "person") or whole.fact.per is not None:
        return False
    if _value(part) >= _value(whole):
        return False
    if part.fact.kind == COMMITMENT and whole.fact.kind == ESTIMATE:
        return False  # money promised is no share of a guess at the whole bill (it would drop out of the totals)
    if part.fact.currency != whole.fact.currency:
        return True
    have = sum(_total_of_parts(p) for p in parts.get(id(whole), []) if p.fact.currency == whole.fact.currency)
    return have + _total_of_parts(part) <= _value(whole) * 1.01 + 0.5


_NAMED_AFTER = re.compile(r"\s*(?:['‘\"“][^'’\"”]{1,30}['’\"”]|\([^()]{1,40}\))")
_FROM_TO = re.compile(r"\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?[£€$]?\s?\d[\d.,]*\s*(?:[a-zA-Z]+\s+){0,2}?"
                      r"(?P<to>to)\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$", re.IGNORECASE)
_CHANGE_GAP = re.compile(r"\s*(?:(?:will|would|is\s+to|is\s+set\s+to|should|could|has|have|had)\s+)?(?:(?:be|been)\s+)?"
                         r"(?:%s|cut|raised|reduced|lowered)\s+to\s+(?:(?:about|around|some|roughly)\s+)?" % numbers.CHANGE_VERB,
                         re.IGNORECASE)
"""Between the two amounts of a change: "The monthly payment of £350 will rise to £500"."""
_ALONE = re.compile(r"\b[a-z][\w-]+\s+alone\b(?!\s+(?:in|on|at)\b)", re.IGNORECASE)
"""One thing singled out of a total: "the bill for hotels alone"."""
_SPENT_ON = re.compile(r"\b(?:spending|expenditure|outlay|the\s+bill|the\s+cost|costs)\s+(?:on|for|of)\s+[^,;:]*$", re.IGNORECASE)
_TRANCHE = re.compile(r"\b(?:first|second|third|final|initial|next|opening)\s+(?:tranche|instalment|installment|payment)\b", re.IGNORECASE)


def _says_little(purpose: str | None) -> bool:
    """Whether a restatement's own purpose says less than what it restates: only its subject or a verb of its
    sentence ("The deal", "comes on top")."""
    return not purpose or len(purpose.split()) <= 3


_OTHER_CURRENCY_SUBJECT = re.compile(r"\W*(?:the|this|that|its)\s+(?:[\w’'-]+\s+){0,2}?(?:deal|sum|payment|package|agreement|contract|"
                                     r"money|amount|funding)(?:\s+alone)?\s*(?:,\s*|\s+(?:is|was)\s+)(?:worth|equal\s+to|"
                                     r"equivalent\s+to|the\s+equivalent\s+of)\s+$", re.IGNORECASE)
"""A sentence that opens on the money told before and its worth in another currency ("The deal, worth about")."""
_RESTATING_SUBJECT = re.compile(r"\W*(?:that|this|it|which|the (?:sum|figure|amount|bill|cost|total|spending))[\s,]+"
                                r"(?:[\w’'-]+\s+){0,2}?\S", re.IGNORECASE)


_PER_YEAR = {"day": (365, 366), "week": (52,), "month": (12,)}


def _year_of(p: Period | None) -> int | None:
    d = p and (p.end or p.start)
    return d.year if d else None


def _one_day(p: Period | None) -> bool:
    return p is not None and p.start is not None and p.start == p.end


def _share_time(x: _Item, whole: _Item) -> None:
    """A share in the sentence of its whole, told with no time of its own, was committed or spent when the whole
    was ("A €7.4bn package agreed last March includes €5bn in loans": March)."""
    f, w = x.fact, whole.fact
    if f.kind == w.kind and w.period is not None and f.period is not None and f.period.start == f.period.end \
            and not periods.find_times(x.text[x.money.end:clause_end(x.text, x.money.end)], f.period.end):
        f.period = w.period


def _rate_of(x: _Item, candidates: list[_Item]) -> _Item | None:
    """Of the sums of the sentence before, the one a rate restates by arithmetic ("… €1.005bn in 2024, up on the
    €651m of 2023. That works out at an average of €2.75m a day": €1.005bn over a year)."""
    times = _PER_YEAR.get(x.fact.per or "", ())
    for y in reversed(candidates):
        if y.fact.currency == x.fact.currency and any(abs(_value(x) * t - _value(y)) <= 0.02 * _value(y) for t in times):
            return y
    return None


_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?\b")


def _can_hold(x: _Item) -> bool:
    """Whether an amount can have shares: a sum, not a restatement."""
    return x.fact.per is None and x.fact.same_as is None


def _is_whole(x: _Item) -> bool:
    f = x.fact
    return f.per is None and f.part_of is None and f.same_as is None


def _same_places(a: Fact, b: Fact) -> bool:
    return not a.places or not b.places or bool(set(a.places) & set(b.places))


def link(facts: list[Fact], sentences: list[Sentence] | None = None) -> None:
    """Set ``part_of`` and ``same_as`` on the funding facts of one record (their ids already given).

    ``sentences`` are the article's, in order: a list of shares may be opened by a sentence with no amount ("The
    support will be structured as follows:").
    """
    items = _items([f for f in facts if f.type == "funding"])
    if len(items) < 2:
        return
    at = _positions(items, sentences or [])
    r = rules()
    parts: dict[int, list[_Item]] = {}

    def part(x: _Item, whole: _Item) -> bool:
        if not _fits(x, whole, parts):
            return False
        x.fact.part_of = whole.fact.id
        parts.setdefault(id(whole), []).append(x)
        return True

    def whole_before(x: _Item, k: int, *, kind: str | None = None, same_currency: bool = False,
                     places: bool = False) -> _Item | None:
        """The nearest larger amount told in an earlier sentence that is a whole sum."""
        for w in reversed(items[:k]):
            if w.sentence == x.sentence or not _is_whole(w) or _value(w) <= _value(x):
                continue
            if kind and w.fact.kind != kind or same_currency and w.fact.currency != x.fact.currency:
                continue
            if places and not _same_places(w.fact, x.fact):
                continue
            return w
        return None

    def same_paragraph(a: _Item, b: _Item) -> bool:
        pa, pb = at.get(id(a)), at.get(id(b))
        told = sentences or []
        return pa is not None and pb is not None and bool(told) and told[pa].paragraph == told[pb].paragraph

    restating = {id(x) for x in items if x.restates()}
    for k, x in enumerate(items):
        f, text, amt = x.fact, x.text, x.money
        # 0. the same money in another currency: "€7.4bn (£6.3bn)", "$2bn, roughly £1.6bn,"
        if id(x) in restating:
            said = next((y for y in reversed(items[:k]) if y.sentence == x.sentence and id(y) not in restating), None)
            if said is not None:
                f.same_as = said.fact.same_as or said.fact.id
                continue
        # (the amounts around it, past what only says one of them again in another currency)
        prev = next((y for y in reversed(items[:k]) if id(y) not in restating), None)
        nxt = next((y for y in items[k + 1:] if id(y) not in restating), None)
        same_prev = prev if prev is not None and prev.sentence == x.sentence else None
        last_before = prev if prev is not None and prev.sentence == x.sentence - 1 else None
        cs = clause_start(text, amt.start)
        head = text[:numbers.qualifier_before(text, amt.start)[1]]
        # "On top of that, … an extra £120m"; "A further £1.5m, on top of the package, will fund …"
        beyond = r.additional.search(text, 0, amt.start) is not None or _ON_TOP_AFTER.match(text, amt.end) is not None
        # 1. the same money said again: "£1.5bn a year, or about £4.1m a day"; "… £4.7bn. That works out at £12.8m a day"
        said = same_prev if same_prev is not None and any(p.match(text[same_prev.money.end:amt.start])
                                                          for p in r.restatement_gap) else None
        if said is None and r.restate_before.search(head):
            # (in a sentence of its own, only when it opens on what it restates: "That works out at …")
            said = same_prev or (_rate_of(x, [y for y in items[:k] if y.sentence == x.sentence - 1 and _is_whole(y)])
                                 or last_before if _RESTATING_SUBJECT.match(head) else None)
        if said is None and last_before is not None and same_prev is None and _OTHER_CURRENCY_SUBJECT.match(head):
            # "… will pay France £28.1m. || The deal, worth about €31.4m, will also pay for drones": the same money, the
            # largest whole sum of the sentence before in another currency, and what it is for
            told = [y for y in items[:k] if y.sentence == x.sentence - 1 and _is_whole(y) and y.fact.currency != f.currency]
            said = max(told, key=_value) if told else None
            if said is not None and said.fact.purpose and _says_little(f.purpose):
                f.purpose = said.fact.purpose
        if said is not None and (said.fact.currency == f.currency or (
                # "… a deal worth £63m. The sum, equal to €72.2m, …": the same money in another currency
                said is not same_prev and said.fact.per == f.per and (r.restate_before.search(head) or _OTHER_CURRENCY_SUBJECT.match(head)))):
            f.same_as = said.fact.same_as or said.fact.id
            if said is not same_prev:  # (in its own sentence it is of the same kind and time as what it restates)
                f.kind, f.period, f.covers = said.fact.kind, said.fact.period, said.fact.covers
            elif _one_day(said.fact.period) and f.period is not None and not _one_day(f.period) and said.fact.kind == f.kind:
                # the time told after the restatement is the sum's too: "down from £3bn, roughly £8.3m a day, in 2023-24"
                said.fact.period = f.period
            continue
        # 1b. the amount before is part of this larger one: "… £3m to Bosnia. The money is part of a £15m programme"
        if last_before is not None and same_prev is None and any(p.search(text, 0, amt.start) for p in r.whole_anaphora) \
                and last_before.fact.part_of is None and last_before.fact.same_as is None:
            part(last_before, x)
        # 2. a share named in its sentence: "£10m, including £3.5m for …", "£220m of the £370m" (a share may have
        # shares of its own: "… a further €600m in grants, of which €200m will go to …")
        if same_prev is not None and (_can_hold(same_prev) or (
                same_prev.fact.per is not None and same_prev.fact.per == f.per and same_prev.fact.same_as is None)):
            # (a rate holds shares of the same unit: "£20,520 for each person …, including £8,520 in the first year")
            gap = re.sub(r"\([^()]*\)", " ", text[same_prev.money.end:amt.start])  # (a bracketed conversion: "€2bn (£1.7bn) in aid, including")
            # (a year may stand between: "€455m to Libya since 2015, including €57.2m for …")
            # (not a new clause after a list the "including" opens: "… countries including Libya and Chad, and £13m will …")
            if r.part_after_whole.search(gap) and not re.search(r"[\d£€$]", _YEAR.sub(" ", gap)) \
                    and not re.search(r",\s+(?:and|while|but)\s+(?:(?:a|an|another|a\s+further)\s+)?$", gap) and part(x, same_prev):
                _share_time(x, same_prev)
                continue
            if r.part_after_share.match(text, amt.end) and re.fullmatch(r"[^\d£€$;.]*,\s*", gap) and part(x, same_prev):
                _share_time(x, same_prev)  # "€600 million in grants, €200 million of which is earmarked for …"
                continue
        # 2f. shares told after a whole named in the sentence's opening "Of …,": "Of the facility's €6 billion budget, €4.3
        # billion has been contracted and €2.7 billion disbursed"
        opener = _OF_WHOLE_OPENS.match(text)
        if opener is not None and amt.start >= opener.end():
            w = next((y for y in items if y.sentence == x.sentence and id(y) not in restating and y.money.end <= opener.end()
                      and _can_hold(y) and y.fact.currency == f.currency), None)
            if w is None:
                # (the whole told again, its fact kept where it was first told: "… the €6 billion it set aside … || Of the
                # facility's €6 billion budget, …")
                in_opener = [a for a in numbers.money(text) if a.end <= opener.end() and a.currency == f.currency]
                w = next((y for y in reversed(items[:k]) if y.sentence < x.sentence and _can_hold(y)
                          and any(abs(_value(y) - a.amount) < 0.5 for a in in_opener)), None)
            if w is not None and _value(w) > _value(x) and part(x, w):
                _share_time(x, w)
                continue
        if same_prev is not None and same_prev.fact.part_of and (
                list_joined(text, same_prev.money, amt, dt.date(2000, 1, 1))
                or relation(text, same_prev.money, amt, dt.date(2000, 1, 1)) == "list"):
            whole = next((w for w in items if w.fact.id == same_prev.fact.part_of), None)
            if whole is not None and part(x, whole):
                if whole.sentence == x.sentence:
                    _share_time(x, whole)
                continue  # "…, including £3.5m for X and £2m for Y", "includes €5bn in loans and €200m earmarked …"
        if nxt is not None and nxt.sentence == x.sentence and r.part_before_whole.match(text[amt.end:nxt.money.start]) \
                and _can_hold(nxt) and part(x, nxt):
            continue
        # 2a. one thing "alone" after a total in its sentence: "Spending on asylum support reached £3.97bn …, and the bill
        # for hotels alone came to £2.3bn"
        if same_prev is not None and _is_whole(same_prev) and same_prev.fact.per == f.per and same_prev.fact.currency == f.currency \
                and _ALONE.search(text, cs, amt.start) and not beyond and part(x, same_prev):
            _share_time(x, same_prev)
            continue
        # 2b. the total the amounts before it make: "€3bn …, and a further €3bn …, bringing the total to €6bn"
        if r.total_before.search(head):
            for y in items[:k]:
                if y.sentence == x.sentence and id(y) not in restating and _is_whole(y) and y.fact.currency == f.currency:
                    part(y, x)
        # 2c. a share of the amount told before as a kind of money: "… €600m in grants. Of the grants, €200m …"
        named = r.named_whole.match(text) or r.named_whole_after.match(text, amt.end)
        if not beyond and named:
            w = _named_before(items, k, named.group("words"), r)
            if w is not None and part(x, w):
                continue
        # 2d. a list of shares opened by a sentence of its own: "The support will be structured as follows: || €736m
        # will … || €200m will …"
        intro = _list_intro(at.get(id(x)), sentences or [], r)
        if intro is not None:
            w = next((y for y in reversed(items[:k]) if at.get(id(y), intro) <= intro and _is_whole(y)
                      and _value(y) > _value(x)), None)
            if w is not None and part(x, w):
                continue
        # 2e. "the remaining £200,000" that completes a whole with the amounts told between: "… will give Iraq £800,000.
        # || Up to £300,000 will pay for …, and a further £300,000 will go on … || The remaining £200,000 will …"
        if not beyond and _REMAINING.search(text, 0, amt.start):
            done = False
            for j in range(k - 1, -1, -1):
                w = items[j]
                # (the whole may be a share itself, its shares told between: "€5bn in loans. Of that, €1bn is paid this
                # year, with the remaining €4bn to follow")
                if not _can_hold(w) or w.fact.currency != f.currency or _value(w) <= _value(x):
                    continue
                between = [y for y in items[j + 1:k] if id(y) not in restating and y.fact.currency == f.currency]
                if between and (_is_whole(w) and all(_is_whole(y) for y in between)
                                or all(y.fact.part_of == w.fact.id for y in between)) \
                        and abs(_value(w) - sum(_value(y) for y in between) - _value(x)) <= max(0.5, 0.001 * _value(w)):
                    for y in between:
                        if y.fact.part_of != w.fact.id:
                            part(y, w)
                    done = part(x, w)
                    break
            if done:
                continue
        # 3. a share of an amount told before: "The package includes …", "Of that, …", "The UK's share will be …"
        if not beyond and any(p.search(text, 0, amt.start) for p in r.part_anaphora):
            # (a share of a share told just before in its paragraph: "€5bn in loans … . A first tranche of €1bn is …", "The
            # bulk of the money, €5bn, will come as loans. Of that, €1bn is to be paid this year")
            w = last_before if last_before is not None and last_before.fact.part_of is not None and _can_hold(last_before) \
                and _value(last_before) > _value(x) and same_paragraph(last_before, x) \
                and (_TRANCHE.search(text, 0, amt.start) or _OF_THIS_OPENS.match(text)) \
                else whole_before(x, k)
            if w is not None and part(x, w):
                continue
        # 3a. told after the amount: "Hotels took roughly £3bn of that", "Hotels accounted for £26.1m of last year's total":
        # a share of the whole told before, and of its kind (a share of what was spent was spent)
        if not beyond and _PART_OF_AFTER.match(text, amt.end):
            # ("The largest element is €5 billion in loans. || €1 billion of this is to be paid out quickly": "this" is
            # the amount told just before in its paragraph, a share itself or not)
            w = last_before if last_before is not None and _THIS_AFTER.match(text, amt.end) and _can_hold(last_before) \
                and _value(last_before) > _value(x) and same_paragraph(last_before, x) else whole_before(x, k)
            if w is not None and part(x, w):
                f.kind = w.fact.kind
                continue
        # 4. tranches: a list of amounts, each paid in a time of its own ("€141m in 2023-24, rising to €191m in 2024-25")
        if f.kind == COMMITMENT and f.covers is not None and not beyond:
            mates = [y for y in items if y.sentence == x.sentence and y is not x and y.fact.covers is not None
                     and y.fact.covers != f.covers and y.fact.kind == COMMITMENT]
            if mates:
                group = sorted([x] + mates, key=lambda y: y.money.start)
                joined = all(list_joined(text, a.money, b.money, dt.date(2000, 1, 1)) for a, b in zip(group, group[1:]))
                if joined:
                    # the total before the list, in its sentence ("€500m over three years: €150m in 2025, …") or before
                    w = next((y for y in reversed(items[:k]) if y.sentence == x.sentence and y not in group
                              and y.money.end <= group[0].money.start and _is_whole(y) and y.fact.kind == COMMITMENT),
                             None) or whole_before(x, k, kind=COMMITMENT)
                    if w is not None and all(_value(y) < _value(w) for y in group) and part(x, w):
                        continue
        # 5. spent "already" or "so far" out of a larger commitment: "£220m has already been paid"
        if f.kind == SPENDING and r.paid_so_far.search(text, cs, clause_end(text, amt.end)):
            w = whole_before(x, k, kind=COMMITMENT, same_currency=True, places=True)
            if w is not None and part(x, w):
                continue
        # 6. "A further £50m is due …" after a share: a share of the same whole
        # (only of a commitment: more money "due" after what has been paid out of a payment is not in it)
        if not beyond and prev is not None and prev.fact.part_of and r.part_continuation.search(text, max(0, amt.start - 40), amt.start):
            whole = next((w for w in items if w.fact.id == prev.fact.part_of), None)
            if whole is not None and whole.fact.kind == COMMITMENT and part(x, whole):
                continue
        # 7. a rounder amount after one it restates: "almost half a billion pounds" after "£480m"
        if f.qualifier != "exact" and r.rounding_hedge.search(text, max(0, amt.start - 30), amt.start):
            for w in reversed(items[:k]):
                if w.fact.currency == f.currency and w.fact.kind == f.kind and w.fact.per == f.per and _is_whole(w) \
                        and w.sentence != x.sentence and _same_places(w.fact, f) and _rounds_to(_value(w), _value(x)):
                    f.same_as = w.fact.id
                    break
        # 7b. the exact amount a rounder one told before stands for: "spent more than €1 billion last year" in the
        # opening, "spending of €1.005 billion … in 2024" further down
        elif f.qualifier == "exact" and _is_whole(x) and f.kind == SPENDING:
            for w in items[:k]:
                if w.fact.qualifier != "exact" and w.fact.currency == f.currency and w.fact.kind == f.kind \
                        and w.fact.per == f.per and _is_whole(w) and id(w) not in parts and w.sentence != x.sentence \
                        and _same_places(w.fact, f) and _rounds_to(_value(x), _value(w)) \
                        and _year_of(w.fact.period) == _year_of(f.period):
                    w.fact.same_as = f.id
                    break
    # 8. amounts right after a total that add up to it exactly are its shares ("£10m: £6m for … and £4m for …")
    for k, w in enumerate(items):
        if not _is_whole(w) or w.fact.kind != COMMITMENT:
            continue
        run: list[_Item] = []
        total = 0.0
        for y in items[k + 1:]:
            if id(y) in restating:
                continue  # "€7.4bn ($8.1bn), made up of …"
            # (shares told one after another, each in a sentence of its own: "The largest share, £26m, … || A further
            # £24m … || Another £21m …, and £13m …")
            if y.fact.currency != w.fact.currency or not _is_whole(y) or y.sentence > (run[-1].sentence if run else w.sentence) + 1:
                break
            run.append(y)
            total += _value(y)
            if total >= _value(w) - 0.5:
                break
        if len(run) >= 2 and abs(total - _value(w)) <= max(0.5, 0.001 * _value(w)):
            for y in run:
                part(y, w)
    # 9. the shares of a whole that add up to it with the amounts told beside them: "The package includes £5m for …"
    # and "A further £3.5m will pay for …, and £2.5m will help …" make the £11m told first; the last is a share too
    for w in items:
        shares = parts.get(id(w), [])
        if not shares or not _is_whole(w):
            continue
        beside = [y for y in items if _is_whole(y) and y is not w and id(y) not in restating and y.fact.currency == w.fact.currency
                  and y.sentence > w.sentence and any(y.sentence == s.sentence for s in shares)]
        if beside and abs(sum(_value(s) for s in shares) + sum(_value(y) for y in beside) - _value(w)) <= max(0.5, 0.001 * _value(w)):
            for y in beside:
                part(y, w)


def _positions(items: list[_Item], sentences: list[Sentence]) -> dict[int, int]:
    """Item -> the index of its sentence among the article's (the evidence is the sentence's text)."""
    out: dict[int, int] = {}
    j = 0
    for x in items:
        k = j
        while k < len(sentences) and sentences[k].text != x.text:
            k += 1
        if k < len(sentences):
            out[id(x)] = j = k
    return out


_OPENS_WITH_AMOUNT = re.compile(r"\W*(?:(?:a|an|the|some|about|around|another|a further)\s+)?[£€$¥]|\W*\d[\d.,]*\s*"
                                r"(?:m|bn|million|billion)?\s*(?:euros?|pounds|dollars)\b", re.IGNORECASE)


def _list_intro(pos: int | None, sentences: list[Sentence], r: Rules) -> int | None:
    """The sentence that opens the list an amount is an item of, when the amount opens its sentence and the
    sentences between are items too ("The support will be structured as follows: || €736m will … || €200m will …")."""
    if pos is None or not _OPENS_WITH_AMOUNT.match(sentences[pos].text):
        return None

    def item_paragraph(k: int) -> bool:
        """Whether sentence ``k`` is in a paragraph of the list: one that opens with an amount ("€5bn in loans … . A
        first tranche of €1bn is …")."""
        first = k
        while first > 0 and sentences[first - 1].paragraph == sentences[k].paragraph:
            first -= 1
        return _OPENS_WITH_AMOUNT.match(sentences[first].text) is not None

    j = pos - 1
    while j >= 0 and sentences[j].paragraph != sentences[pos].paragraph and item_paragraph(j):
        j -= 1
    if j < 0 or sentences[j].paragraph == sentences[pos].paragraph or not r.list_intro.search(sentences[j].text):
        return None
    return j


def _label_words(x: _Item) -> set[str]:
    """The words that name an amount's kind of money around it ("600 million euros in grants", "an upfront payment
    of $408m"), singular."""
    # (its own phrase only: not across a comma or "and" to the amount before or after it)
    before = re.split(r"[,;:()]|\s(?:and|or)\s", x.text[max(0, x.money.start - 40):x.money.start])[-1].split()[-4:]
    after = re.split(r"[,;:()]|\s(?:and|or)\s|[£€$]|\d", x.text[x.money.end:x.money.end + 40])[0].split()[:4]
    return {_singular(w) for w in before + after}


def _singular(word: str) -> str:
    w = word.lower().strip(".,;:()“”\"'’")
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def _named_before(items: list[_Item], k: int, words: str, r: Rules) -> _Item | None:
    """The latest amount before item ``k`` named by the words of "of the <words>" ("the grants", "the upfront
    sum"): one told with one of those words around it; None when they name no kind of money of their own ("the
    money")."""
    wanted = {_singular(w) for w in words.split()} - r.generic_money - {"the", "a", "an", "of"}
    if not wanted:
        return None
    x = items[k]
    for y in reversed(items[:k]):
        if y.fact.currency == x.fact.currency and y.fact.same_as is None and _value(y) > _value(x) \
                and wanted & _label_words(y):
            return y
    return None


def _rounds_to(exact: float, rounded: float) -> bool:
    """Whether ``rounded`` is ``exact`` written with fewer significant figures ("£480m" -> "half a billion")."""
    if rounded <= 0 or exact <= 0 or exact == rounded:
        return False
    digits = len(str(int(rounded)).rstrip("0")) or 1
    shown = len(str(int(exact)).rstrip("0")) or 1
    if shown <= digits:
        return False
    scale = 10 ** (len(str(int(rounded))) - digits)
    return round(exact / scale) * scale == rounded
