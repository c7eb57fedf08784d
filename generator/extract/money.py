"""Funding: amounts of money a government or institution commits, pays or spends.

The grammar of amounts is in :mod:`numbers`; this module decides which
amounts are funding (FACTS.md: not smugglers' fees, fines or average unit
costs) and reads what each is for. Cue lists live in ``data/money.yaml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from .. import text as textmod
from ..datafiles import trie_pattern
from ..models import Article, Fact, Period, Sentence
from . import funding_meaning, gazetteer, numbers, periods, places
from .entities import EntityIndex


@dataclass(frozen=True)
class Cues:
    not_funding: list[re.Pattern[str]]
    not_funding_except: list[re.Pattern[str]]
    giving_words: frozenset[str]
    unit_cost_after: list[re.Pattern[str]]
    unit_cost_before: list[re.Pattern[str]]
    not_funding_before: list[re.Pattern[str]]
    per_head_after: list[re.Pattern[str]]
    cost_verb_before: list[re.Pattern[str]]
    noun_re: re.Pattern[str]
    marker_re: re.Pattern[str]
    cost_verb_re: re.Pattern[str]
    payer_re: re.Pattern[str]
    payer_agent_re: re.Pattern[str]
    payer_object_re: re.Pattern[str]
    """A verb right before a place that makes it the one bound to pay: "commits Australia to"."""
    """A passive payer verb and "by" right before a place: "funded by Britain"."""
    object_before_re: re.Pattern[str]
    origin_re: re.Pattern[str]
    comparison_re: re.Pattern[str]
    continuation_re: re.Pattern[str]
    restatement_re: re.Pattern[str]
    list_join_re: re.Pattern[str]
    purpose_tail_re: re.Pattern[str]
    purpose_lead_re: re.Pattern[str]
    purpose_filler_re: re.Pattern[str]
    attribution_re: re.Pattern[str]
    change_from_re: re.Pattern[str]
    """Right before an amount: the verb of a change from it ("will drop from")."""
    change_re: re.Pattern[str]
    """A change "from X to" right before an amount: "Its budget rose from about €6m when … to"."""
    subject_of_re: re.Pattern[str]
    """Right after an amount: a modal and a verb of its own ("€736m will strengthen …")."""
    anaphoric_re: re.Pattern[str]
    relative_spend_re: re.Pattern[str]
    """Before an amount: a relative clause spending it on its antecedent ("the Rwanda scheme, …, on which the
    government had spent")."""
    """A clause before an amount whose subject only points back ("the total is set to hit", "It is now forecast to")."""
    of_re: re.Pattern[str]
    clause_end_re: re.Pattern[str]
    clause_start_re: re.Pattern[str]
    generic_of: frozenset[str]
    activity_of: frozenset[str]
    seat_cities: frozenset[str]
    """Cities that stand for the international bodies seated there ("Brussels"), not for their country."""
    home_countries: dict[str, str]
    """Currency code -> the country whose own currency it is (GBP -> GB)."""
    place_anaphor_re: re.Pattern[str]
    state_agent_re: re.Pattern[str]
    """Right after a demonym: a state's agents ("Libyan crews", "Tunisian coastguard")."""
    """Words that point back to a city named before ("the council", "the city")."""
    home_only: frozenset[str]
    """Currencies spent at home (money.yaml ``home_only``)."""
    local_money: dict[str, dict[str, str]]
    """A bare way of writing money ("$", "pesos") -> country -> what it means in a story about that country
    (AU -> AUD; CO -> COP)."""
    destination_re: re.Pattern[str]
    neighbour_re: re.Pattern[str]
    fled_re: re.Pattern[str]
    venue_re: re.Pattern[str]
    vague_purpose_words: frozenset[str]
    """Words of a purpose that names only a kind of deal ("the deal", "a package of support")."""
    follow_up_re: re.Pattern[str]
    """A sentence that opens by saying what the money told before pays for ("The money will pay for …")."""
    """Right before a town or site: where something was said or held ("Speaking in Rome", "a visit to Kigali")."""
    """Words right before a place that make it where people are sent, not where money goes ("returns to Syria")."""


def _alt(words: list[str]) -> str:
    """Return ``words`` as one alternation, a trie that tries the longest word first; a space matches any whitespace."""
    return trie_pattern(sorted(set(words)), space=r"\s+")


def _compile(doc: dict, name: str) -> Cues:
    def pats(key: str) -> list[re.Pattern[str]]:
        return datafiles.regexes(name, doc[key], (key,), lists=doc)

    nouns = doc["funding_nouns"]
    markers = doc["purpose_markers"]
    verbs = doc["cost_verbs"]
    return Cues(
        not_funding=pats("not_funding"),
        not_funding_except=pats("not_funding_except"),
        giving_words=frozenset(w.lower() for w in doc["giving_words"]),
        unit_cost_after=pats("unit_cost_after"),
        unit_cost_before=pats("unit_cost_before"),
        not_funding_before=pats("not_funding_before"),
        per_head_after=pats("per_head_after"),
        cost_verb_before=pats("cost_verb_before"),
        # "a £63m deal", "€900 million in macro-financial assistance", "£4m funding boost"
        # (no verb before the noun: "£350 will rise to £500" names no "rise")
        noun_re=re.compile(r"^\s*(?:in\s+)?(?P<mods>(?:(?!(?:%s|will|would|could|should|may|might|must|can|is|are|was|were|has|have|had)\b)"
                           r"[\w’'+-]+\s+){0,2}?)(?P<noun>(?:%s))\b" % (_alt(markers), _alt(nouns)),
                           re.IGNORECASE),
        # ("on top of" adds to another amount: it says nothing of what this one is for)
        # (nor the "to" of a legal status: "granted leave to remain", "the right to stay")
        marker_re=re.compile(r"(?<![\w-])(?<!leave )(?<!right )(?<!permission )(?!on\s+top\s+of\b)(?P<m>%s)\s+(?=\S)"
                             % _alt(markers), re.IGNORECASE),
        cost_verb_re=re.compile(r"\b(?P<v>%s)\b" % _alt(verbs), re.IGNORECASE),
        clause_end_re=re.compile(
            r"[;:]|\s[–—-]\s|[“”\"](?=\s*(?:and|,|$))|,\s*(?=(?:%s)\b|[A-Z]|and\s+[A-Z])|\.(?:\s|$)"
            % _alt(doc["clause_openers"])),
        clause_start_re=re.compile(r"[;:]|\s[–—-]\s|,\s|\b(?:%s)\s" % _alt(doc["clause_starters"]),
                                   re.IGNORECASE),
        # ("at a cost to the taxpayer of": who bears it goes with the noun)
        of_re=re.compile(r"((?:[\w’'-]+\s+){0,4}?(?:%s))(?:\s+to\s+(?:%s))?\s+of$"
                         % (_alt(doc["of_nouns"]), _alt(doc["cost_bearers"])), re.IGNORECASE),
        generic_of=frozenset(w.lower() for w in doc["generic_of_nouns"]),
        activity_of=frozenset(w.lower() for w in doc["activity_of_nouns"]),
        # (not an infinitive of purpose after it: "the beaches of northern France and to fund drones")
        payer_re=re.compile(r"^(?:['’]s)?(?:,\s+(?:which|who)\s+|\s+|-(?=\w+\s))(?!(?:and|or)\s+to\s)(?:[\w-]+\s+){0,3}?(?:(?:%s)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
                            r"(?:[\w’'-]+\s+){0,2}?)?(?:%s)\b" % (_alt(doc["payer_reports"]),
                                                           _alt(doc["payer_words"])),
                            re.IGNORECASE),
        payer_agent_re=re.compile(r"\b(?:%s|given|financed|backed|bankrolled|met|covered|paid for)\s+by\s+(?:the\s+)?$"
                                  % _alt(doc["payer_words"]), re.IGNORECASE),
        payer_object_re=re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % _alt(doc["payer_object_verbs"]),
                                   re.IGNORECASE),
        object_before_re=re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % _alt(doc["object_prepositions"]),
                                    re.IGNORECASE),
        origin_re=re.compile(r"(?:\b(?:%s)|[\d.,]+\s*(?:m|bn|k|million|billion|euros?|pounds|dollars)?"
                             r"(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day))?)\s+from\s+(?:the\s+)?$"
                             % _alt(doc["origin_words"]), re.IGNORECASE),
        comparison_re=re.compile(r"(?:^|[\s,(])(?:%s)\s+(?:[\w-]+\s+){0,4}?$"
                                 % _alt(doc["comparison_markers"]), re.IGNORECASE),
        # ("up from the $3 billion it approved in 2022")
        # (and a change by a share: "an increase of 54 per cent on the €651m", "up 9% from €76.80")
        restatement_re=re.compile(r"(?:(?:^|[\s,(])(?:%s)|\b(?:increase|rise|fall|drop|decrease|jump|cut|up|down)(?:\s+of)?\s+"
                                  r"(?:(?:about|around|some|nearly|almost|more than|over)\s+)?[\d.]+\s*(?:per\s*cent|percent|pc|%%)\s+"
                                  r"(?:on|from|over|compared with|compared to))\s+(?:the\s+)?(?:(?:record|previous|peak|original|initial|revised)\s+)?"
                                  r"(?:(?:about|around|some|nearly|almost|up\s+to|over)\s+)?$"
                                  % _alt(doc["restatement_markers"]), re.IGNORECASE),
        list_join_re=re.compile(r"[\s,]*(?:(?:%s)[\s,]+)?" % _alt(doc["list_joins"]),
                                re.IGNORECASE),
        continuation_re=re.compile(r"(?:^|[\s,(])(?:%s)\s+(?:(?:about|around|roughly|approximately|some|nearly|almost|up\s+to|over|"
                                   r"more\s+than|just\s+over)\s+)?$"
                                   % _alt(doc["continuation_markers"]), re.IGNORECASE),
        purpose_tail_re=re.compile(r"(?:\s+(?:%s))+$" % _alt(doc["purpose_tail_words"]),
                                   re.IGNORECASE),
        purpose_lead_re=re.compile(r"^(?:(?:%s)\s+)+" % _alt(doc["purpose_lead_words"]),
                                   re.IGNORECASE),
        purpose_filler_re=re.compile(r"\b(?:%s)\b" % _alt(doc["purpose_filler_words"]),
                                     re.IGNORECASE),
        home_countries=_home_countries(doc, name),
        # (not "the Council of Ministers", "the Council of Europe")
        state_agent_re=re.compile(r"\s+(?:%s)\b" % _alt(doc["state_agents"]), re.IGNORECASE),
        place_anaphor_re=re.compile(r"(?<![\w-])(?:%s)(?![\w-])(?!\s+of\b)" % _alt(doc["place_anaphors"]), re.IGNORECASE),
        home_only=_home_only(doc, name),
        local_money={"$": _local_map(doc, name, "local_dollars"), "pesos": _local_map(doc, name, "local_pesos")},
        venue_re=re.compile(r"\b(?:%s)\b(?:\s+[\w’'-]+){0,4}?\s+(?:in|at|to)\s+(?:the\s+)?$"
                            % _alt(doc["venue_words"]), re.IGNORECASE),
        destination_re=re.compile(r"\b(?:%s)\s+(?:to|back to|home to)\s+(?:the\s+)?$"
                                  % _alt(doc["destination_words"]), re.IGNORECASE),
        neighbour_re=re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % _alt(doc["neighbour_words"]), re.IGNORECASE),
        fled_re=re.compile("|".join(f"(?:{p.pattern})" for p in pats("fled_before")), re.IGNORECASE),
        seat_cities=frozenset(doc["seat_cities"]),
        vague_purpose_words=frozenset(w.lower() for w in doc["vague_purpose_words"]),
        follow_up_re=re.compile(r"\W*(?:(?:the|this|that)\s+(?:%s)|it)\s+(?:(?:will|would|is\s+to|is\s+set\s+to|should|also)\s+)*"
                                r"(?:%s)\s+(?P<what>[^;:]+)" % (_alt(doc["follow_up_subjects"]), _alt(doc["follow_up_verbs"])),
                                re.IGNORECASE),
        change_from_re=re.compile(r"\b(?:(?:will|would|could|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+)?(?:%s)\s+from\s*$"
                                  % _alt(doc["change_verbs"]), re.IGNORECASE),
        change_re=re.compile(r"\b(?P<v>%s)\s+from\s+[^;:]*?\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|more than|"
                             r"over|just over|just under)\s+)?$" % _alt(doc["change_verbs"]),
                             re.IGNORECASE),
        subject_of_re=re.compile(r"\s+(?:%s)\s+(?:also\s+|then\s+|now\s+)?(?!(?:%s)\b)(?P<rest>[a-z][\w-]+\b.*)"
                                 % (_alt(doc["subject_modals"]),
                                    _alt(doc["not_purpose_verbs"]
                                         + [w for w in doc["payer_words"] if " " not in w])),
                                 re.IGNORECASE),
        relative_spend_re=re.compile(r"\b(?:on|for|in|into|under)\s+which\s+(?:[\w’'-]+\s+){0,6}?(?:%s)\s*$"
                                     % _alt([w for w in doc["payer_words"]]), re.IGNORECASE),
        anaphoric_re=re.compile(r"(?:^|[,;:]\s+|\b(?:say|says|said|show|shows|showed|find|finds|found|reveal|reveals|revealed|that)\s+)"
                                r"(?:(?:%s)\s+|(?:%s)\s+(?=(?:is|was|will|would|could|has|had|now|works|worked|comes|came)\b)"
                                # (with a year or a word of time: "the 2024 total", "last year's bill", "the annual cost")
                                r"|(?:the|last\s+year['’]s|this\s+year['’]s)\s+(?:(?:\d{4}(?:[-/]\d{2,4})?|annual|yearly|latest|"
                                r"final|overall)\s+)(?:%s)\s+)"
                                # (a list's introduction may end on a colon: "The money is paid in annual instalments:")
                                r"(?:[\w’'-]+:?\s+){0,6}?$"
                                % (_alt(doc["anaphoric_subjects"]), _alt(doc["anaphoric_pronouns"]),
                                   _alt([w[4:] for w in doc["anaphoric_subjects"] if w.startswith("the ")])), re.IGNORECASE),
        attribution_re=re.compile(r",\s*(?:[\w’'-]+\s+){0,5}?(?:%s)\b" % _alt(doc["attribution_verbs"])),
    )


def _home_countries(doc: dict, name: str) -> dict[str, str]:
    return {code: spec["country"] for code, spec in doc["currencies"].items() if "country" in spec}


def _home_only(doc: dict, name: str) -> frozenset[str]:
    for i, code in enumerate(doc["home_only"]):
        if code not in doc["currencies"]:
            raise datafiles.fail(name, f"{code!r} is not one of 'currencies'", "home_only", i)
    return frozenset(doc["home_only"])


def _local_map(doc: dict, name: str, key: str) -> dict[str, str]:
    for country, code in doc[key].items():
        if code not in doc["currencies"]:
            raise datafiles.fail(name, f"{code!r} is not one of 'currencies'", key, country)
    return dict(doc[key])


def cues() -> Cues:
    return datafiles.load("money.yaml", _compile)


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the phrase about one amount stops: strong punctuation, a new clause or an attribution."""
    for m in cues().clause_end_re.finditer(text, start, stop):
        if m.group(0).startswith(".") and _abbreviation_before(text, m.start()):
            continue  # "on Gov. Greg Abbott's Operation Lone Star": the stop of an abbreviation
        return m.start()
    return stop


def _clause_tail(before: str) -> str:
    """The words of ``before`` from the start of its last clause."""
    starts = list(cues().clause_start_re.finditer(before))
    return before[starts[-1].end():] if starts else before


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
    return word is not None and word.group(1).lower() in textmod.abbreviations()


def _clean(phrase: str, max_words: int = 16) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:–—-")
    phrase = re.sub(r"\s+(?:and|or|but|as|while|with)$", "", phrase, flags=re.IGNORECASE)
    words = phrase.split(" ")
    if len(words) > max_words:
        kept = words[:max_words]
        if _NAME_WORD.match(words[max_words]):
            # never end inside a name ("… struck by Rishi Sunak and Emmanuel | Macron in Paris"): the words of the
            # name cut in two go, then what they leave dangling ("and", "by")
            while len(kept) > 1 and _NAME_WORD.match(kept[-1]):
                kept.pop()
            while len(kept) > 1 and kept[-1].lower() in ("and", "or", "by", "of", "with", "from", "to", "the", "a", "an", "&"):
                kept.pop()
        words = kept
    return _balance_quotes(" ".join(words).rstrip(" ,;:"))


_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*$")
"""A word that may be part of a name (capitalised)."""


def _balance_quotes(phrase: str) -> str:
    """Close a quotation the phrase opens ('aimed at “destabilising the region”'); drop stray marks at its ends."""
    for left, right in (("“", "”"), ("‘", "’")):
        opened, closed = phrase.count(left), phrase.count(right)
        if right == "’":
            closed = len(re.findall(r"’(?!\w)", phrase))  # not the apostrophe in "Britain’s"
        if closed > opened and phrase.endswith(right):
            phrase = phrase[:-1]
        elif opened > closed and phrase.startswith(left):
            phrase = phrase[1:]
        elif opened > closed:
            phrase += right
    if phrase.count('"') % 2:
        phrase = phrase.strip('"') if phrase[:1] == '"' or phrase[-1:] == '"' else phrase + '"'
    return phrase.strip(" ,.;:–—-")


def purpose(text: str, amount: numbers.Money, next_start: int, shared_from: int | None = None) -> str | None:
    """Return a short phrase saying what an amount is for, from its sentence.

    ``shared_from`` is where the last amount of a list ends ("€141m in 2023, €191m in 2024 and €209m in
    2025, to fund …"): a complement after it serves every amount of the list that has none of its own.
    """
    return _purpose(text, amount, next_start, shared_from)[0]


def _purpose(text: str, amount: numbers.Money, next_start: int, shared_from: int | None) -> tuple[str | None, bool]:
    """The purpose and whether the sentence really says one (not only a fallback phrase)."""
    fallback = first = None
    for phrase in _purpose_candidates(text, amount, next_start, shared_from):
        tidy = _clean(phrase[len(_RAW):]) if phrase.startswith(_RAW) else _tidy_purpose(phrase)
        if tidy:
            return tidy, not phrase.startswith(_RAW)
        raw = _clean(phrase.replace(_RAW, ""))
        if not _NO_PURPOSE_OPENING.match(raw) and re.sub(r"^in\s+", "", raw.lower()) not in _GENERIC_MONEY:
            fallback = fallback or raw  # (not a fragment: "followed by", "when it was set up in 2005", "in funding")
        first = first or raw
    # (every fact needs a purpose: the first phrase found when all are fragments)
    return fallback or first or None, False


def _list_end(text: str, amounts: list[numbers.Money], i: int) -> int:
    """Where the list of amounts that amount ``i`` opens or belongs to ends ("€141m in 2023, €191m in 2024 and
    €209m in 2025, a total of £478m"): amounts joined by commas, "and", times and the like only."""
    j = i
    while j + 1 < len(amounts):
        gap = funding_meaning.without_times(text[amounts[j].end:amounts[j + 1].start], _ANY_DATE)
        if not cues().list_join_re.fullmatch(gap):
            break
        j += 1
    return amounts[j].end


_NOT_KIND = frozenset({"a", "an", "the", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                       "be", "been", "its", "their", "his", "her", "this", "that", "of", "and", "or", "new", "further",
                       "extra", "additional", "total", "year", "month", "week", "day"})
"""Words between an amount and its noun that say nothing of what kind of money it is ("a £63m deal")."""


def _tidy_purpose(phrase: str) -> str:
    """A cleaned purpose phrase without dangling verbs at its end ("The scheme has so far"), or "" when
    nothing but a time, verbs and little words is left ("so far", "is expected early next year")."""
    c = cues()
    phrase = _clean(c.purpose_tail_re.sub("", _clean(phrase)))
    phrase = _clean(c.purpose_lead_re.sub("", phrase))  # "has contracts" -> "contracts"
    if any(a.start == 0 for a in numbers.money(phrase)):
        return ""  # the amount before it in a list ("€191 million for 2024-25 and"), not what this one is for
    if _NO_PURPOSE_OPENING.match(phrase) or phrase.lower() in _GENERIC_MONEY:
        # "it approved in December 2022", "when it was set up in 2005": what the amount was, not what for; "funding"
        return ""
    rest = funding_meaning.without_times(_DURATION.sub(" ", phrase), _ANY_DATE)  # "over three years", "through 2027"
    bare = re.sub(r"\s+", " ", c.purpose_tail_re.sub("", " " + rest)).strip(" ,.;:")
    if re.sub(r"\s+(?:in|at|on|since|from|through|until|over|during)$", "", bare, flags=re.IGNORECASE).lower() in _GENERIC_MONEY:
        return ""  # money named with its time alone: "funding through 2027", "Spending in 2022 was"
    rest = c.purpose_filler_re.sub(" ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,.;:")
    if not re.search(r"[A-Za-z]{3,}", c.purpose_tail_re.sub("", " " + rest)):
        return ""
    return _without_last_time(phrase)


def _without_last_time(phrase: str) -> str:
    """The phrase without the deadline it ends on ("setting up the partnership by February" -> "setting up the
    partnership"), when what is left still says something: the time money was spent by is not what it is for.
    A time that tells which deal or spending it was ("a deal struck in November", "asylum in 2023-24") stays."""
    times = periods.find_times(phrase, _ANY_DATE)
    if not times or phrase[times[-1].end:].strip(" ,.;:)"):
        return phrase
    deadline = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:\S+\s+)?$", re.IGNORECASE)
    if not (re.match(r"by\b", phrase[times[-1].start:], re.IGNORECASE) or deadline.search(phrase[:times[-1].start])):
        return phrase
    head = phrase
    for t in reversed(times):
        # (a list of times: "in 2024, 2025 and 2026" goes whole)
        if head[t.end:].strip(" ,.;:)") and not re.fullmatch(r"[\s,]*(?:and|or|to|-|–)?[\s,]*", head[t.end:]):
            break
        head = re.sub(r"(?:\s*,)?\s+(?:and|or|by|in|on|at|since|until|before|after|during|from|for|of|over|the)?\s*$", "",
                      head[:t.start], flags=re.IGNORECASE)
    head = _clean(cues().purpose_tail_re.sub("", head))
    if len(re.findall(r"[A-Za-z]{3,}", cues().purpose_filler_re.sub(" ", head))) < 1 or _only_time(head):
        return phrase
    return head


_CHANGED_BY_SHARE = re.compile(r"\s+(?:%s)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s*"
                               r"(?:%%|per\s*cent)\s+to$" % numbers.CHANGE_VERB, re.IGNORECASE)
_ACCOUNTED_FOR = re.compile(r"\s+(?:accounted|accounts|account|accounting)\s+for$", re.IGNORECASE)
_GENERIC_MONEY = frozenset({"funding", "funds", "money", "cash", "aid", "support", "financing", "new funding", "extra funding",
                            "spending", "the spending", "expenditure",
                            "additional funding", "new money", "extra money", "the money", "the funding"})
"""A purpose of these words alone says nothing of what the money is for ("£5m in funding")."""
_COMPARED_AFTER = re.compile(r",\s+(?:(?:%s|up|down)\s+(?:from|on)\s+(?:(?:a|the)\s+)?(?:record\s+|peak\s+of\s+)?(?:(?:about|around|some|nearly|almost)\s+)?[£€$\d]"
                             r"|compared\s+(?:with|to))" % numbers.PER_CENT_CHANGE, re.IGNORECASE)
"""The other side of a comparison after an amount's complement: what the amount was for ends there."""
@lru_cache(maxsize=1)
def _appeal_asks() -> re.Pattern[str]:
    """An appeal or a plan as the subject of what asks for the amount right after it (the verbs: funding_meaning.yaml,
    appeal_verbs)."""
    return re.compile(r"(?P<np>\b(?:[\w’'-]+\s+){0,4}?(?:appeal|appeals|plan|plans)\b(?:\s+(?:for|in|to)\s+[^,;:]{1,60}?)?)"
                      r"(?:\s*,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:is|was|has|had|also|now|still|already)\s+)*"
                      r"(?:%s)\s*$" % funding_meaning.rules().appeal_verbs, re.IGNORECASE)
_ANTECEDENT = re.compile(r"(?P<np>\b(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*,?\s*"
                         r"(?:(?:and\s+)?(?:on|for|in|into|under)\s+)?which\b", re.IGNORECASE)
_NO_PURPOSE_OPENING = re.compile(r"(?:(?:it|they|he|she|we|I|you)\s+(?!to\b)[a-z]+(?:ed|ded|id|ght|ve|de)\b"
                                 r"|(?:when|whenever|after|before|since|until|while|as|if|once|because)\s+(?:it|they|he|she|we|"
                                 r"(?:the|its|their)\s+[\w’'-]+)\s+(?:was|were|is|are|had|has|have|[a-z]+ed)\b"
                                 r"|(?:followed|preceded)(?:\s+by)?\s*$)", re.IGNORECASE)
_DURATION = re.compile(r"\b(?:over|for|during|within|across)\s+(?:the\s+)?(?:(?:next|past|last|coming|following)\s+)?"
                       r"(?:[\w-]+\s+)?(?:(?:budget|financial|fiscal|calendar)\s+)?(?:years?|months?|weeks?|days?|decades?)\b"
                       # ("over their lifetime", "through 2027", "until 2029")
                       r"|\b(?:over|during|for)\s+(?:their|its|the|a)\s+(?:whole\s+|entire\s+)?(?:lifetime|life|lifespan|term|duration)\b"
                       r"|\b(?:through|until|till|to)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b",
                       re.IGNORECASE)
_ANY_DATE = dt.date(2000, 1, 1)
_RAW = "\0raw\0"
"""Marks a purpose candidate that is kept as it is written."""


def _only_time(phrase: str) -> bool:
    """Whether a phrase says nothing but when ("in 2023-24", "by the end of the 2023-24 financial year")."""
    rest = funding_meaning.without_times(phrase, _ANY_DATE)
    if rest == phrase:
        return False  # (no time in it)
    return re.fullmatch(r"[\s,.;:]*(?:(?:by|at|in|until|before|during|for|over|the|end|start|beginning|close|of|so|far)\b[\s,.;:]*)*",
                        rest, re.IGNORECASE) is not None


def _purpose_candidates(text: str, amount: numbers.Money, next_start: int, shared_from: int | None):
    c = cues()
    stop = min(next_start, len(text))
    # (past the same amount in another currency set off by commas: "Belgium is to receive €3m, about £2.5m, for drones")
    conv = _COMMA_CONVERSION.match(text, amount.end, stop)
    other = next((a.end for a in numbers.money(text) if conv and a.start == conv.start("money")), None)
    if conv and other is None:
        # ("€3.5 million, about 6.8 million convertible marks, in humanitarian aid": a currency the grammar does not read)
        words = _NUMBER_WORDS.match(text, conv.start("money"))
        other = words.end() if words else None
    after_other = re.match(r"\s*,\s", text[other:]) if other is not None else None
    begin = other + after_other.end() - 1 if other is not None and after_other else amount.end
    end = _clause_end(text, begin, stop)
    if end == next_start:
        # the phrase about the next amount starts at the last "and" before it
        cut = list(re.finditer(r"\s(?:and|while|but)\s", text[begin:end]))
        if cut:
            # (or at a comma after that "and": "$46.5 billion to finish and expand the wall …, $45 billion to expand …")
            comma = text.rfind(", ", begin + cut[-1].end(), end)
            end = comma if comma >= 0 else begin + cut[-1].start()
    compared = _COMPARED_AFTER.search(text, begin, min(len(text), end + 2))
    if compared and compared.start() < end:
        end = compared.start()  # "£4.76bn on asylum in 2024-25, down 12 per cent from a record £5.38bn": not the other side
    said = c.attribution_re.search(text, begin, end) or _ACCORDING_TO.search(text, begin, end)
    if said:
        end = said.start()  # "… so far, officials in Brussels said", "… over five years according to government estimates"
    after = text[begin:end]
    # a bracketed conversion or a rate ("(£6.3bn)", "a year", "-a-day") says nothing of the purpose
    lead = re.match(r"\s*(?:\([^)]*\)\s*)?(?:[-\s]?(?:a|per|each|every)[-\s](?:year|month|week|day|night|annum"
                    r"|person|head|adult|child|individual|applicant|migrant|refugee|returnee)\b)?", after)
    if lead and lead.end():
        after = " " + after[lead.end():]
    qual_start = numbers.qualifier_before(text, amount.start)[1]
    head = text[:qual_start].rstrip()
    # the complement after the amount ("for schemes…", "to help…"), read by several steps below
    m3 = c.marker_re.search(after)
    # 0i. the appeal or plan that asks for the amount: "Last year's appeal for Sudan, which sought $2.6bn, was …", "The
    # 2023 humanitarian appeal for the Rohingya response sought US$876 million"
    appeal = _appeal_asks().search(head)
    if appeal:
        yield appeal.group("np")
    # 0. what the amount will do, as the subject of a verb of its own: "€736m will strengthen basic services"
    m0 = c.subject_of_re.match(after)
    if m0 is None and head.endswith(",") and after.startswith(","):
        # (an amount set off by commas as the subject's apposition: "The largest share, €736 million, will support basic
        # services …")
        m0 = c.subject_of_re.match(after[1:])
    if m0:
        yield m0.group("rest")
    # 0f. a relative clause on the amount's noun that says what it pays for, past an aside: "a three-year package worth
    # £476m, agreed in 2023, which pays for extra police patrols"
    pays = _WHICH_PAYS.match(text, amount.end, stop)
    if pays:
        yield pays.group("what")
    # 0a. what a relative clause spends the amount on: "the Rwanda scheme, which …, and on which the government had
    # spent £700m" (the noun phrase the first "which" of the sentence goes back to)
    rel = c.relative_spend_re.search(head)
    # (a deal "under which" money is paid is what it is for only when nothing after the amount says: not "a deal signed in
    # July under which the EU pledged €105m to Tunisia to fight people smugglers")
    if rel and not (re.match(r"under\b", rel.group(0), re.IGNORECASE) and m3 and not _only_time(after[m3.end():])):
        np = _ANTECEDENT.search(head)
        if np:
            yield _nearest_np(np.group("np"))
    # 0c. what a relative clause says will get the amount: "a Border Security Command, which the government said in
    # September 2024 would receive £150m"
    if _RECEIVES_RELATIVE.search(head):
        np = _ANTECEDENT.search(head)
        if np:
            yield _nearest_np(np.group("np"))
    # 0d. what a sum tops up: "agreed to top up the bloc's long-term budget by €64.6 billion"
    m_up = _TOPS_UP.search(head)
    if m_up:
        by = m_up.start("by") if m_up.group("by") else m_up.start("by2")
        yield m_up.group(0)[: by - m_up.start()]
    # 0e. one of a kind the sentence named: "a string of smaller agreements, including one worth €72.2m"
    m_one = _INCLUDING_ONE.search(head)
    if m_one:
        yield m_one.group("np")
    # 0h. what "the cost" was put at stands for, the subject of the clause before: "When the contracts were signed in 2019,
    # the department put the cost at £4.5bn"
    put = _PUT_COST_AT.search(head)
    if put:
        np = _PRONOUN_ANTECEDENT.search(head[:put.start()])
        if np:
            yield np.group("np") or np.group("np2")
    # 0g. what a change raises or cuts: "wants to raise the grant it pays immigrants who move back from 10,000 kronor
    # to 350,000 kronor"
    m_raise = _RAISE_FROM.search(head)
    if m_raise:
        yield m_raise.group("np")
    # 0j. the cost of something, as the subject: "The cost of hotels was £5.77million a day last year"
    cost_of = _COST_OF_SUBJECT.search(head)
    if cost_of:
        yield cost_of.group("np")
    # 0i. the first side of such a change: "the tariff the Government pays … will drop from £10,500 per person to £5,900"
    m_from = c.change_from_re.search(head)
    if m_from:
        # (past an aside that says what it pays for: ", to cover school places, support workers and other services,")
        before = _without_purpose_aside(head[:m_from.start()])
        yield _clause_tail(before)
    # 0b. what changed from one amount to another: "Its budget rose from about €6m in 2005 to €845m in 2023"
    m1 = c.change_re.search(head + " ")
    if m1:
        before = _without_purpose_aside(re.sub(r"\s+(?:will|would|could|is\s+to|are\s+to)\s*$", "", head[:m1.start()]))
        yield _clause_tail(before)
    # 0k. the subject of a change by a share: "Spending on asylum fell by 12 per cent to £4.76 billion in 2024/25"
    m_by = _CHANGED_BY_SHARE.search(head)
    if m_by:
        before = head[:m_by.start()]
        yield _clause_tail(before)
    # 0l. the part a sum is of a whole: "hotels accounted for around £3.1 billion of spending on asylum"
    part = _ACCOUNTED_FOR.search(head)
    if part:
        before = head[:part.start()]
        yield _clause_tail(before)
    # 1. the amount names its object: "a £63m deal struck in November"
    # (not a time the amount runs over: "more than $12 billion over three budget years unless …")
    m = c.noun_re.match(after) if not (_WHEN_CLAUSE.match(after) or _DURATION.match(after.strip())) else None
    if m:
        # with the words that say what kind: "in migration funding", "in development aid"
        mods = m.group("mods").split()
        kind = not mods or not any(w.lower() in _NOT_KIND for w in mods)
        yield after[m.start("mods") if kind else m.start("noun"):]
    # 2. "processing and operational costs of up to £150,874"
    m2 = c.of_re.search(head)
    if m2 and re.search(r"\b(?:worth|valued\s+at)\s+(?:a\s+|the\s+)?(?:total|sum)\s+of$", head, re.IGNORECASE):
        m2 = None  # "signed agreements with Tunisia worth a total of €105m": what is worth it, below (3)
    if m2:
        phrase = m2.group(1)
        cut = list(re.finditer(r"\b(?:meet|cover|pay|paid|the|its|their|a|an|at)\s+", phrase, re.IGNORECASE))
        phrase = phrase[cut[-1].end():] if cut else phrase
        words_of = phrase.lower().split()
        if phrase.lower().strip() not in c.generic_of and not (words_of and words_of[-1] in c.activity_of):
            yield phrase
        else:
            # "a total of £478m, to fund a new centre": the complement after; else
            # "…house 2,000 people at the former airbase, at a cost of £1.2m": the clause before
            if m3:
                yield after[m3.end():]
            before = head[:m2.start()].rstrip(" ,")
            starts = list(cues().clause_start_re.finditer(before))
            prev = before[starts[-1].end():] if starts else before
            if re.fullmatch(r"\s*(?:at|for)?\s*", prev) and len(starts) >= 2:
                prev = before[starts[-2].end():starts[-1].start()]
            yield prev
    # 3. a cost verb: the subject is what is paid for ("Housing asylum seekers in hotels is costing £8m")
    verbs = list(c.cost_verb_re.finditer(head))
    if verbs:
        v = verbs[-1]
        between = head[v.end():]
        if len(between.split()) <= 4 and not re.search(r"[\d£€$]", between):
            subject = _drop_asides(head[:v.start()]).rstrip(" ,")
            # (a list of names is no clause: "the contracts with private firms Serco, Mears and Clearsprings were")
            starts = list(cues().clause_start_re.finditer(_NAME_LIST_COMMA.sub(lambda m: m.group(1) + "\x01", subject)))
            made = list(_MADE_VERB.finditer(subject, starts[-1].end() if starts else 0))
            if v.group("v").lower() in ("worth", "is worth") and made:
                # "which signed a migration partnership with Brussels in March worth €210m": what was signed
                subject = subject[made[-1].end():]
            elif starts and re.match(r"\s*(?:which|that|who)\b", subject[starts[-1].end():], re.IGNORECASE) and len(starts) >= 1:
                # "The plan, which could cost up to £1.4bn": the antecedent is what is paid for
                prev = starts[-2].end() if len(starts) >= 2 else 0
                subject = subject[prev:starts[-1].start()]
            elif starts and not c.purpose_tail_re.sub("", " " + subject[starts[-1].end():]).strip():
                # only dangling verbs after the last comma: "The plan to deport asylum seekers to Rwanda, which Starmer
                # scrapped, had cost £700m", "Italy's agreement with Albania, under which …, is expected to cost": the
                # subject before its asides
                pieces = re.split(r",\s+", subject[:starts[-1].start()])
                while len(pieces) > 1 and (_ASIDE_OPENS.match(pieces[-1]) or c.attribution_re.fullmatch(", " + pieces[-1])):
                    pieces.pop()
                subject = pieces[-1]
            else:
                subject = subject[starts[-1].end():] if starts else subject
            if v.group("v").lower().startswith(("spent on", "spending on", "bill for")):
                subject = head[v.start():]
            said_they = _PRONOUN_SUBJECT.search(subject)
            if said_they:
                # "When the contracts with Serco … were let in 2019, officials estimated they would cost £4.5bn": what
                # the pronoun stands for, the subject of the clause before
                np = _PRONOUN_ANTECEDENT.search(head[:head.rfind(subject)] if subject in head else "")
                pronoun = (said_they.group("p") or said_they.group("obj")).lower()
                noun = (np.group("head") or np.group("head2")).lower() if np else ""
                # ("they" goes back to a plural: not "the Home Office had spent £230m …, and projected that they would cost")
                if np and (pronoun == "it") != noun.endswith("s"):
                    yield np.group("np") or np.group("np2")
            if _PEOPLE_SUBJECT.fullmatch(subject):
                # "Asylum seekers are costing the taxpayer £15.3bn … in hotel and other accommodation contracts"
                m5 = re.search(r"\b(?:in|on)\s+(?=\S)", after)
                if m5:
                    yield after[m5.end():]
            yield subject
    # 3b. what the money is spent doing, right after it: "expects to spend £31m this financial year housing refugees
    # who …"
    ger = _GERUND_AFTER.match(after)
    if ger and re.search(r"\b(?:spend|spends|spent|spending|paid|pay|pays|paying)(?:\s+[\w’'-]+){0,3}\s*$", head, re.IGNORECASE):
        yield ger.group("what")
    # 3c. what the amount comes in: "will provide about $6 million in equipment, transportation and logistical support so
    # that Panama can …"
    kind_of = _IN_KIND.match(after)
    if kind_of and not _only_time(kind_of.group("what")) and kind_of.group("what").lower() not in _GENERIC_KIND:
        yield kind_of.group("what")
    # 4. the complement: "for schemes…", "to help…", "towards…", "into…" (not one that only names a
    # place or body: "through the EU trust fund for Africa" is what the fund is, "for Africa" where it goes)
    if m3 and _ONLY_NAME.fullmatch(after[m3.end():]):
        # "£9m for Iraq, including the Kurdistan Region, to strengthen border controls": where it goes, an aside, then
        # what it is for
        aside = _ASIDE_THEN_PURPOSE.match(text, begin + len(after), stop)
        if aside:
            rest = text[aside.end():stop]
            yield rest[:_clause_end(rest, 0, len(rest))]
    if m3 and not _ONLY_NAME.fullmatch(after[m3.end():]):
        if re.search(r"\bhelp$", m3.group("m"), re.IGNORECASE) and re.match(r"(?:with|towards|in|to)\b", after[m3.end():]):
            yield "help " + after[m3.end():]  # "to help with their departure": the help is what it is for
        else:
            yield after[m3.end():]
    # 4a. who or what is given the amount, as the subject of a passive, when nothing after it says what for: "The command
    # was given an extra £75m in September"
    given = _PASSIVE_RECIPIENT.search(head)
    # (or only a clause of when: "Hosts … were promised £350 a month when the scheme was launched in March")
    if given and (_only_time(after) or not after.strip(" ,.;:") or _WHEN_CLAUSE.match(after)):
        yield given.group("np")
    # 4b. a named body that is to be paid it, when no complement says what for: "Clearsprings, which covers the south of
    # England and Wales, is now expected to be paid £7.3bn over the life of its contracts"
    payee = _NAMED_PAYEE.search(head)
    if payee and not m3:
        yield payee.group("np")
    # 5. whatever follows in the clause
    yield after
    # 6. the complement shared by a list of amounts, after the last of them
    if shared_from is not None and shared_from > amount.end:
        tail = text[shared_from:]
        m4 = c.marker_re.search(tail)
        if m4:
            rest = tail[m4.end():]
            yield rest[:_clause_end(rest, 0, len(rest))]
    # 6a. only a time follows a payment to an institution: "has paid Libya's coastguard more than €30m since 2017"
    paid = _PAID_INSTITUTION.search(head)
    if paid and _only_time(after):
        yield paid.group("who")
    # 6b. only a time follows: it tells one instalment from another ("€141m in 2023-24, rising to …"); not the
    # years a sum runs over ("£150m over the next two years"), which tell nothing of what it is for
    if _only_time(after) and not _DURATION.fullmatch(after.strip(" ,.;:")):
        yield _RAW + after
    # 6c. the agreement or scheme the sentence opens under: "Under the agreement signed … in March 2023, the UK
    # committed €541 million"
    m_under = _UNDER_OPENER.match(head)
    if m_under:
        yield m_under.group("np")
    # 7. what precedes, from the start of its clause
    starts = list(cues().clause_start_re.finditer(head))
    yield head[starts[-1].end():] if starts else head


_NAMES_WHAT = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:bill|cost|costs|spending|budget)\s+(?:for|on|of)\s+"
                         r"(?!(?:the\s+)?(?:year|period|month|week|decade|contracts?|deals?|scheme|programme)\b)[a-z]", re.IGNORECASE)
_APPOSITIVES = re.compile(r"(?<=\w),\s+(?:a|an|one|two|both)\b[^,;:]{1,100}(?:,\s+[^,;:]{1,40})?,(?=\s+(?:are|is|were|was|will|would|could|had|have|has)\b)",
                          re.IGNORECASE)
_PUT_COST_AT = re.compile(r"(?:,\s*)?(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:put|puts|putting)\s+the\s+(?:cost|bill|price)\s+at\s*$",
                          re.IGNORECASE)
_NUMBER_WORDS = re.compile(r"[\d.,]*\d\s*(?:million|billion|bn|m|k)?(?:\s+[a-z]+){1,3}(?=\s*,)", re.IGNORECASE)
_PASSIVE_RECIPIENT = re.compile(r"(?P<np>(?:\b(?:the|a|an|its|their)\s+|^\s*(?-i:[A-Z]))(?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?:was|were|has\s+been|have\s+been|"
                                r"had\s+been|will\s+be|is\s+to\s+be|is\s+being)\s+(?:given|awarded|allocated|granted|handed|"
                                r"promised|offered)(?:\s+(?:an?\s+)?(?:extra|further|additional|new))?\s*$", re.IGNORECASE)
"""Before an amount: who or what is given it, as the subject of a passive ("The command was given an extra")."""
_NAME_LIST_COMMA = re.compile(r"\b([A-Z][\w’'-]*),(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,|\s+and\s+[A-Z]))")
"""A comma inside a list of names ("Serco, Mears and Clearsprings"), which starts no clause."""
_IN_KIND = re.compile(r"\s+in\s+(?P<what>(?!(?:the|a|an|this|that|its|their|total|cash|all|each|every|\d)\b)[a-z][\w’'-]*"
                      r"(?:(?:,\s+|\s+and\s+|\s+)[a-z][\w’'-]*){0,7}?)"
                      r"(?=\s+(?:so\s+that|to|for|over|by|from|as|in|before|after|since|when)\b|\s*[;.:]|"
                      r"\s*,\s+(?:which|while|and|but|as|according|said|says|the|a)\b|$)")
"""Right after an amount: what it comes in, a kind of aid ("$6 million in equipment, transportation and logistical support")."""
_GENERIC_KIND = frozenset({"cost", "costs", "funding", "funds", "money", "payments", "aid", "support", "spending", "cash",
                           "total", "additional funding", "new funding", "extra funding"})
"""What an amount may come "in" that says nothing of what it is for ("$6 million in costs for repatriation flights")."""
_COST_OF_SUBJECT = re.compile(r"(?P<np>\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:cost|costs|bill|price|spending)\s+(?:of|for|on)\s+"
                              r"[^,;:£€$\d]{2,80}?)\s+(?:was|were|is|are|stood\s+at|reached|came\s+to|totalled|amounted\s+to)\s*$",
                              re.IGNORECASE)
"""Before an amount: what it is the cost of, as the subject ("The cost of hotels was")."""
_ASIDE_OPENS = re.compile(r"\s*(?:(?:(?:under|in|on|for|by|with|through|from|of)\s+)?(?:which|who|whom|whose|where)|including|"
                          r"such\s+as|among\s+them|notably)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s*,?\s*(?:when|after|as|since|before|while|once|because)\b", re.IGNORECASE)
_NAMED_PAYEE = re.compile(r"(?P<np>\b[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,3})(?:\s*,[^,;:]{1,80},)?\s+(?:is|are|was|were|will\s+be)\s+"
                          r"(?:now\s+|also\s+)?(?:(?:expected|set|due|forecast|projected|likely)\s+to\s+)?(?:be\s+paid|receive|get|earn)\s*$")
"""Before an amount: a named body that is to be paid it ("Clearsprings, which covers …, is now expected to be paid")."""
_ACCORDING_TO = re.compile(r"\s*,?\s+according\s+to\b", re.IGNORECASE)
_TAKING_TO = re.compile(r",?\s+" + numbers.RUNNING_TOTAL_VERB + r"\s+(?:its|the|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?"
                        r"(?:budget|total|funding|spending|investment|pot|allocation|money|sum)\s+(?:\w+\s+){0,3}?to\s+$", re.IGNORECASE)
"""Up to an amount's qualifier: the total it brings the amount before to ("an extra £75m for the Command, taking its
budget to")."""
_RAISE_FROM = re.compile(r"\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|cut|cuts|cutting|reduce|"
                         r"reduces|reduced|reducing|lower|lowers|lowered|double|doubles|doubled|boost|boosts|boosted)\s+"
                         r"(?P<np>(?:the|its|their|this|that)\s+[^;:]{3,120}?)\s+from(?:\s+[^;:]{1,40}?\s+to)?\s*$", re.IGNORECASE)
"""Up to an amount's qualifier: what a change raises or cuts ("raise the grant it pays … from 10,000 kronor to")."""
_COMMA_CONVERSION = re.compile(r"\s*,\s*(?:(?:or|about|around|roughly|some|nearly|almost|approximately|(?:equal|equivalent)\s+to)\s+)?"
                               r"(?P<money>[£€$\d])", re.IGNORECASE)
"""Right after an amount: the start of the same amount in another currency set off by commas (", about £2.5m,")."""
_WHICH_PAYS = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:under|through|as\s+part\s+of)\s+(?:the|a|an|this|that|its)\s+[^,;:()]{1,40})?"
                         r"(?:\s*,\s*[a-z]+(?:ed|en)\b[^,;:]{0,50})?\s*,\s*which\s+(?:(?:will|would|also|is\s+to)\s+)*"
                         r"(?:pays?\s+for|funds?|fund|covers?|cover|finances?|finance|is\s+paying\s+for)\s+(?P<what>[^;:.]+)",
                         re.IGNORECASE)
_ASIDE_THEN_PURPOSE = re.compile(r",\s*(?:(?:including|in particular|notably|mainly|especially)\b[^,;.]{1,60}|"
                                 # (a relative clause on the place: "to the Kurdistan Region, where many … begin their
                                 # journeys, to pay for a campaign")
                                 r"(?:where|which|whose)\b[^,;.]{1,100}),\s*(?:to|for)\s+(?:pay\s+for\s+|fund\s+)?",
                                 re.IGNORECASE)
_GERUND_AFTER = re.compile(r"\s*(?:(?:this|next|last|the\s+current)\s+(?:financial\s+|fiscal\s+)?year\s+|a\s+(?:year|month|week|day)\s+)?"
                           r"(?P<what>(?!(?:including|following|according|starting|beginning|rising|falling|bringing|making|"
                           r"taking)\b)[a-z]+ing\b.*)")
"""A gerund right after a spent amount (past a time or a rate): "£31m this financial year housing refugees"."""
_RECEIVES_RELATIVE = re.compile(r",\s*which\s+(?:[\w’'-]+\s+){0,8}?(?:would|will|is to|was to|should)?\s*(?:receive|get|be given|"
                                r"be allocated|be awarded|receives|received|gets|got|"
                                # ("the Border Security Command, which was recently given an extra £75 million")
                                r"(?:was|were|has been|had been|is being)\s+(?:recently\s+|also\s+|already\s+)?"
                                r"(?:given|allocated|awarded|granted|handed|promised))(?:\s+(?:about|around|some|nearly|almost|"
                                r"more than|over|up to|an extra|a further|an additional))?\s*$", re.IGNORECASE)
_TOPS_UP = re.compile(r"\b(?:top|topped|topping|tops)\s+up\s+(?:[\w’'-]+\s+){1,6}?(?P<by>by)\s*$|"
                      r"\b(?:increase|increased|increases|boost|boosted|boosts|raise|raised|raises|expand|expanded)\s+"
                      r"(?:the\s+|its\s+|their\s+)(?:[\w’'-]+\s+){1,5}?(?P<by2>by)\s*$", re.IGNORECASE)
_INCLUDING_ONE = re.compile(r"\b(?:a|an|the|several|some|two|three|four|many)\s+(?:(?:string|series|number|handful|raft)\s+of\s+)?"
                            r"(?P<np>(?:[\w’'-]+\s+){0,3}?[\w’'-]+s)\s*,?\s+including\s+(?:one|two|three|some|several)\b"
                            r"(?:\s+(?:worth|of|valued\s+at|totalling|totaling))?\s*$", re.IGNORECASE)
_UNDER_OPENER = re.compile(r"\s*(?:Under|As part of|Through|Via)\s+(?P<np>(?:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
                           r"(?:agreement|deal|treaty|partnership|scheme|programme|program|plan|package|arrangement|pact|"
                           r"accord|contract|memorandum)\b[^,;]{0,120}?),", re.IGNORECASE)
_ONLY_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[\s,.;:]*")
_PAID_INSTITUTION = re.compile(r"\b(?:paid|pays|pay|paying|given|gave|give|gives|handed|lent|promised|offered|sent)\s+"
                               r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:['’]s)?(?:\s+[a-z][\w-]*){0,3})\s*"
                               r"(?:(?:more|less)\s+than|about|around|almost|nearly|some|over|up\s+to|a\s+total\s+of|an?\s+(?:extra|further))?\s*$")
_PEOPLE_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:asylum[ -]seekers|migrants|refugees|people|arrivals|detainees)\s*"
                             r"(?:are|were|is|was|have\s+been|has\s+been|will\s+be|would\s+be)?\s*", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:(?:^\s*|\b(?:said|says|say|estimated|estimates|estimate|expected|expects|believed|thought|"
                              r"predicted|forecast|calculated|reckoned|warned|found)\s+(?:that\s+)?|\b(?:and|but|so)\s+)(?P<p>they|it)"
                              r"(?:\s+(?:would|will|could|might|may|should|are|were|is|was|had|have|has)(?:\s+(?:be|been))?)?"
                              r"(?:\s+(?:expected|likely|set|going)\s+to)?"
                              # (the object of a forecast: "it expected them to cost about £4.5bn")
                              r"|\b(?:expected|expects|expect|estimated|predicted|forecast|projected|believed|thought)\s+(?P<obj>them|it)\s+to)"
                              r"\s*$", re.IGNORECASE)
_PRONOUN_ANTECEDENT = re.compile(r"\b(?:the|these|those|its|their)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)"
                                 r"(?:\s+(?:with|for|to|on|of)\s+[^;]{1,80}?)?)(?=\s+(?:were|was|are|is|had|have|has|will|would)\b)"
                                 # (or the object of the clause before: "When the Home Office signed its ten-year contracts in 2019, …")
                                 r"|\b(?:the|these|those|its|their)\s+(?P<np2>(?:[\w’'-]+\s+){0,4}?(?P<head2>[\w’'-]+))(?=(?:\s+in\s+\d{4})?\s*,\s*$)",
                                 re.IGNORECASE)
_MADE_VERB = re.compile(r"\b(?:signed|agreed|struck|sealed|announced|unveiled|approved|awarded|won|secured|"
                        r"launched|concluded|finalised|finalized|negotiated|hand\s+over|handed\s+over|deliver|delivered|"
                        r"supply|supplied|buy|bought|purchase|purchased|donate|donated|order|ordered)\s+(?:on\s+)?", re.IGNORECASE)
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s")
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ed\b(?:[^,;:]|,\s*(?=[A-Z]))*?,?(?=\s+(?:were|was|is|are|has|have|had|will|would|could|now|still)\b)")


_NAME = r"[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*"
_NAME_LIST_ASIDE = re.compile(r",\s+%s(?:,\s+%s)*,?\s+(?:and|or)\s+%s,(?=\s+[a-z])" % (_NAME, _NAME, _NAME))


_PLACE_ASIDE = re.compile(r",\s+(?:in|at|near|on|off|outside)\s+(?-i:[A-Z])[^,;:]{1,50},(?=\s+(?:were|was|is|are|has|have|had|will|would|could|"
                          r"cost|costs|now|still)\b)")
_PARTICIPLE_ASIDE_LAST = re.compile(r",\s+[a-z]+(?:ed|en)\s[^,;:]*,\s*$")


def _without_purpose_aside(head: str) -> str:
    """Text before a change's verb without an aside at its end that says what the money pays for: "the tariff …, to cover
    school places, support workers and other services," -> "the tariff …"."""
    return re.sub(r",\s+to\s+[a-z][^;:]*,\s*$", " ", head)


def _nearest_np(np: str) -> str:
    """The noun phrase nearest a relative pronoun: "The ministers signed the arrangement" -> "the arrangement", "the work
    of the Border Unit" -> "the Border Unit"."""
    nearest = list(re.finditer(r"\b(?:the|a|an|its|their|this|that)\s+", np, re.IGNORECASE))
    return np[nearest[-1].start():] if nearest else np


def _drop_asides(subject: str) -> str:
    """The subject of a cost verb without what is set off inside it: "the contracts, agreed in 2019 with three
    companies – Serco, Mears and Clearsprings – were expected to cost" -> "the contracts were expected to cost";
    "Contracts with the three main providers, Serco, Mears and Clearsprings, are worth" -> "Contracts with the
    three main providers are worth"."""
    subject = _PARTICIPLE_ASIDE_LAST.sub(" ", subject)  # "The barge, moored at Portland in Dorset, cost"
    subject = _PLACE_ASIDE.sub(" ", subject)  # "The centres, in Shengjin and Gjader, are expected to cost"
    subject = _APPOSITIVES.sub("", subject)  # "The centres, a reception facility at Shengjin and …, further inland, are"
    return _NAME_LIST_ASIDE.sub("", _PARTICIPLE_ASIDE.sub("", _DASH_ASIDE.sub(" ", subject)))


_AND_AMOUNT = r",\s*and\s+(?=(?:a\s+further\s+|another\s+|an?\s+)?[£€$¥₹₦]\s?\d)"
"""(", and £2.5m will help …": a clause of its own with its own amount)"""
_IS_FUNDING_CLAUSE = re.compile(r"[;:]|,\s*(?:while|but|whereas|which|who)\b|\s[–—]\s"
                                r"|,\s*and\s+(?=(?:the|it|he|she|they|[A-Z]\w*)\s)|" + _AND_AMOUNT)
"""(", and the IMF has offered a $1.9bn loan" is a clause of its own after "debts of 80 per cent of GDP"; so is
", and £2.5m will help …" after "£3.5m will pay for …")"""


def is_funding(text: str, amount: numbers.Money) -> bool:
    """Return whether an amount in a sentence is funding rather than a price, fine or unit cost."""
    c = cues()
    # the clause around the amount
    # (a relative clause is one of its own: "Smugglers ask €1,500 a place, according to the IOM, which itself
    # received €15m from the EU")
    left = max((m.end() for m in _IS_FUNDING_CLAUSE.finditer(text[:amount.start])), default=0)
    right_m = _IS_FUNDING_CLAUSE.search(text[amount.end:])
    right = amount.end + right_m.start() if right_m else len(text)
    clause = text[left:right]
    for p in c.not_funding_except:
        clause = p.sub(" ", clause)
    if any(p.search(clause) for p in c.not_funding):
        return False
    tail = text[amount.end:amount.end + 60]
    if any(p.search(tail) for p in c.unit_cost_after):
        return False
    head = text[max(0, amount.start - 160):amount.start]
    if any(p.search(head) for p in c.unit_cost_before) or any(p.search(head) for p in c.not_funding_before):
        return False
    if any(p.search(tail) for p in c.per_head_after) and any(p.search(head) for p in c.cost_verb_before):
        return False
    return True


def find_funding(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[Fact]:
    """Return the funding facts of one article, one per amount (a repeated amount counts once)."""
    facts: list[Fact] = []
    seen: set[tuple[int, str]] = set()
    extra: dict[tuple[int, str], bool] = {}
    local: dict[str, str | None] | None = None
    """What a bare "$" or "pesos" means in this story, once read."""
    """Whether an amount was told as more money ("an extra £75m", "a further €3bn")."""
    carry: list[str] = []
    main: list[str] | None = None
    story: Period | None = None
    """The past time the sentences before tell of, for a sentence that goes on with it (FACTS.md Rules)."""
    for sent in sentences:
        text = sent.text
        told, story = story, funding_meaning.story_after(text, article.date, story)
        amounts = numbers.money(text)
        if not amounts or _QUESTION.search(text):
            continue  # (a question asserts no money: "Are hotel costs really £8m a day?")
        if local is None:
            local = {form: _local_money(article, index, form) for form in cues().local_money}
        amounts = [_as_local(a, local, index, sent) for a in amounts]
        # An amount said again in another currency ("€7.4bn (£6.3bn)", "$1 billion, roughly £770m,") is a fact of
        # its own that restates the one before (FACTS.md same_as); it is read as that one is.
        restated: dict[int, list[numbers.Money]] = {}
        said: list[numbers.Money] = []
        for i, a in enumerate(amounts):
            if said and (a.converted or funding_meaning.restated_in(text, amounts, i)):
                restated.setdefault(len(said) - 1, []).append(a)
            else:
                said.append(a)
        amounts = said
        verdicts = [amt.amount > 0 and is_funding(text, amt) for amt in amounts]
        for i in range(len(amounts) - 1):
            if amounts[i].range_start and amounts[i + 1].range_end:
                # a range is one amount: "between £100 and £120 a night" is a unit cost at both ends
                verdicts[i] = verdicts[i + 1] = verdicts[i] and verdicts[i + 1]
        for i in range(1, len(amounts)):
            # "£145 per person per night, compared with £14 for other housing": the other side of a
            # comparison with an amount that is not funding is not funding either
            if verdicts[i] and not verdicts[i - 1] and amounts[i - 1].amount > 0 \
                    and cues().comparison_re.search(text[amounts[i - 1].end:amounts[i].start]):
                verdicts[i] = False
        candidates = [(i, amt) for i, amt in enumerate(amounts) if verdicts[i]]
        if not candidates:
            continue
        items = _bullet_items(text) or _clause_items(text, [amt for _, amt in candidates])
        by_span: dict[tuple[int, int], list[str]] = {}
        at_home: set[str] = set()
        for i, amt in candidates:
            # a list of bullet points folded into one sentence: each item names its own places
            span = next(((a, b) for a, b in items if a <= amt.start < b), (0, len(text)))
            if span not in by_span:
                recipients = _recipients(text, sent, index, span)
                national = _currency_country(candidates) if _NATIONALLY.search(text, *span) else None
                if national is not None:
                    # what is spent across the whole country, not in the towns the sentence names: "hotels are costing
                    # around £6m a day nationally"
                    by_span[span] = [national]
                    continue
                if not any(_is_area(index, p) for p in recipients):
                    # Only payers, venues or cities here: the money goes where the story's money goes.
                    if main is None:
                        main = _main_places(article, sentences, index)
                    at_home_only = all(amt.currency in cues().home_only for _, amt in candidates)
                    home_areas = _home_list(index, candidates) if _DOMESTIC.search(text, *span) or at_home_only else []
                    if home_areas and cues().place_anaphor_re.search(text, *span) and (carry or _city_before(index, text, sent, span)):
                        home_areas = []  # (money at home spent "in the borough" or by "the council" is the town's told before)
                    # ("The UK has already paid Rwanda £240m …, and a further £50m is due": more of what the clause before
                    # paid, to the same places)
                    further = [p for (a, _), r in by_span.items() if a < span[0] for p in r] \
                        if _FURTHER.search(text, span[0], amt.start) else []
                    areas = further or _state_agents(index, text, sent, span) or _council_city(index, sent, span) \
                        or _city_countries(index, recipients, text, sent) \
                        or _spender(index, text, sent) or _payer_at_home(index, text, sent) or home_areas \
                        or _city_before(index, text, sent, span) or carry or _state_of_body(index, sent) or main
                    if areas:
                        recipients = [p for p in recipients if not _is_venue(index, p)]
                    else:
                        # nowhere else named: money in a country's own currency is spent at home ("£8m a day on
                        # hotels" in a story that names the UK), at the sites the sentence names
                        home = _home_country(index, candidates)
                        areas = [home] if home else []
                        at_home.update(areas)  # (no place the story's money goes: not carried on)
                    recipients = recipients + [p for p in areas if p not in recipients]
                    # (the country of a region of one country the story's money goes to: "… the Evros region. The
                    # extension is expected to cost about 100 million euros" is money for Greece too)
                    recipients = recipients + [p for p in _city_countries(index, areas, text, sent) if p not in recipients]
                else:
                    # "on a new reception centre on the island of Samos": the island's country; "a deal, in which Ankara
                    # agreed to take back migrants who crossed to the Greek islands": Ankara's country too
                    recipients = recipients + [p for p in _city_countries(index, recipients, text, sent) if p not in recipients]
                by_span[span] = recipients
        all_recipients = [p for r in by_span.values() for p in r if p not in at_home]
        meanings: dict[int, funding_meaning.Meaning] = {}
        for i, amt in candidates:
            # what the amount means, from its sentence and how it goes on from the amount before
            before = meanings.get(i - 1)
            how = funding_meaning.relation(text, amounts[i - 1], amt, article.date) if before is not None else None
            if how == "comparison" and meanings.get(i - 2) is not None \
                    and funding_meaning.relation(text, amounts[i - 2], amounts[i - 1], article.date) == "restatement":
                # "£2.1bn in 2024-25, or about £5.77m a day, down from £3bn": compared with the sum, not its rate
                before = meanings[i - 2]
            meanings[i] = funding_meaning.describe(text, list(amounts), i, article.date, told, before, how)
        for i, amt in candidates:
            recipients = next((r for (a, b), r in by_span.items() if a <= amt.start < b), [])
            key = (amt.amount, amt.currency)
            more = _FURTHER.search(text, max(0, amt.start - 20), amt.start) is not None
            if key in seen and not more and not (extra.get(key) and _FIRST_OF.search(text, max(0, amt.start - 20), amt.start)):
                # a repeated amount is the same money, unless it is more of it ("a further €3bn" after "€3bn"), or
                # the first one where the one told before was an extra one ("an extra £75m" … "The first £75m");
                # what it is restated as in another currency is news ("the total, around $2.5bn (US$1.6bn)")
                first = next((f for f in facts if (f.amount, f.currency) == key), None)
                for again in restated.get(i, []) if first is not None else []:
                    if (again.amount, again.currency) in seen or again.amount <= 0 or again.currency == amt.currency:
                        continue
                    seen.add((again.amount, again.currency))
                    assert first is not None
                    facts.append(Fact(
                        id="", type="funding", evidence=text, amount=again.amount, currency=again.currency,
                        purpose=first.purpose, places=list(first.places), announced_by=first.announced_by,
                        qualifier=numbers.qualifier_before(text, again.start)[0],
                        kind=first.kind, period=first.period, covers=first.covers, per=first.per,
                    ))
                continue
            seen.add(key)
            extra[key] = extra.get(key, False) or more
            qualifier = numbers.qualifier_before(text, amt.start)[0]
            if amt.range_start:
                qualifier = "at_least"
            elif amt.range_end:
                qualifier = "at_most"
            if re.match(r"(?:\+|-plus\b)", text[amt.end:]):
                qualifier = "at_least"  # "€3bn+"
            nxt = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
            why, own = _purpose(text, amt, nxt, _list_end(text, amounts, i))
            gap = text[amounts[i - 1].end:amt.start] if i > 0 else ""
            qual_at = numbers.qualifier_before(text, amt.start)[1]  # ("worth more than €1bn": no "than" of a comparison)
            if facts and facts[-1].evidence == text and i > 0 and (
                    amt.range_end or cues().restatement_re.search(gap, 0, max(0, qual_at - amounts[i - 1].end))
                    or funding_meaning.is_change_gap(gap)
                    or (amt.currency == amounts[i - 1].currency and _APPOSITION.fullmatch(gap))
                    or (not own and cues().continuation_re.search(gap) and not _only_time(facts[-1].purpose or ""))):
                # "£1.5bn a year, or about £4.1m a day", "up from £1.9bn the year before", the top of a range:
                # the same thing restated or compared; "with another £50m due next year": continued
                why = facts[-1].purpose or why
            elif facts and facts[-1].evidence == text and i > 0 and _TAKING_TO.search(text, amounts[i - 1].end, qual_at) \
                    and not _says_no_purpose(facts[-1].purpose or ""):
                why = facts[-1].purpose or why  # "an extra £75m for the Command, taking its budget to £150m": the Command's
            elif facts and facts[-1].evidence == text and i > 0 and facts[-1].purpose and why \
                    and _PRONOUN_PURPOSE.fullmatch(why):
                # "had spent £230m on the sites …, and projected that they would cost £1.2bn in total": what the
                # pronoun stands for, the amount before's purpose
                why = facts[-1].purpose
            elif facts and facts[-1].evidence == text and i > 0 and not own and facts[-1].purpose \
                    and not _only_time(facts[-1].purpose) \
                    and cues().list_join_re.fullmatch(re.sub(r"\b(?:for|in|during|over|by)\b", " ", funding_meaning.without_times(gap, _ANY_DATE))):
                # "The money is paid in annual instalments: €141 million for 2023-24, €191 million for 2024-25 and …":
                # a list whose items tell only their years is of the one thing the first is for (when that is more than
                # a year: "€141m in 2023-24, rising to €191m in 2024-25" keep their years)
                why = facts[-1].purpose
            elif facts and facts[-1].evidence != text and _FURTHER.search(text, 0, amt.start) \
                    and (not own or re.fullmatch(r"[\s.,;:!?”\"')]*", text[amt.end:nxt])):
                # "Since then the EU has added a further €3bn.": more of what the sentence before paid for
                why = facts[-1].purpose or why
            elif facts and i == candidates[0][0] and facts[-1].evidence != text and (not own or 0 <= text.find(why or "\0") < amt.start) \
                    and cues().anaphoric_re.search(text, 0, numbers.qualifier_before(text, amt.start)[1]) \
                    and not (own and _NAMES_WHAT.search(why or "")):
                # (not one that names its own thing: "The bill for hotels alone is running at around £5.5m a day")
                # "… were expected to cost £4.5bn. Now the auditors say the total is set to hit £15.3bn": what the
                # amount before was for
                why = facts[-1].purpose or why
            facts.append(Fact(
                id="", type="funding", evidence=text,
                amount=amt.amount, currency=amt.currency,
                purpose=why,
                places=_own_side(recipients, candidates),
                announced_by=_announcer(index, sent),
                qualifier=qualifier,
                kind=meanings[i].kind, period=meanings[i].period, covers=meanings[i].covers, per=meanings[i].per,
            ))
            for again in restated.get(i, []):
                if (again.amount, again.currency) in seen or again.amount <= 0:
                    continue
                seen.add((again.amount, again.currency))
                first = facts[-1]
                facts.append(Fact(
                    id="", type="funding", evidence=text, amount=again.amount, currency=again.currency,
                    purpose=first.purpose, places=list(first.places), announced_by=first.announced_by,
                    qualifier=numbers.qualifier_before(text, again.start)[0],
                    kind=first.kind, period=first.period, covers=first.covers, per=first.per,
                ))
        if all_recipients:
            areas = list(dict.fromkeys(p for p in all_recipients if _is_area(index, p)))
            # (a town's or region's own country is not carried on past it: "Stockton-on-Tees Borough Council will
            # receive £1.4m … The money is made up of a grant of £3,500 …" is the council's too)
            countries = set(_city_countries(index, areas, text, sent))
            carry = [p for p in areas if p not in countries] or areas or carry
    return facts


def settle_purposes(facts: list[Fact]) -> None:
    """A share or a restatement whose own purpose is only a time, a schedule or the names of who gives or gets it
    ("€141m in 2023-24", "due every April", "Italy will receive €430m, Spain €390m …") takes the purpose of the money
    it is part of or restates (its ids already linked); else that of the last whole sum told before it, which the
    sentence goes on with ("That rose to £2.12bn in 2021-22", "Norway promised NOK 120m and Sweden SEK 100m")."""
    money_facts = [f for f in facts if f.type == "funding"]
    by_id = {f.id: f for f in money_facts}
    for k, f in enumerate(money_facts):
        if not _says_no_purpose(f.purpose or "") or _names_recipient(f):
            continue
        whole = by_id.get(f.part_of or f.same_as or "")
        seen = {f.id}
        while whole is not None and whole.id not in seen and _says_no_purpose(whole.purpose or ""):
            seen.add(whole.id)
            whole = by_id.get(whole.part_of or whole.same_as or "")
        if whole is None and f.part_of is None and f.same_as is None:
            whole = next((w for w in reversed(money_facts[:k]) if w.part_of is None and w.same_as is None
                          and not _says_no_purpose(w.purpose or "")), None)
        if whole is not None and whole.purpose and not _says_no_purpose(whole.purpose):
            f.purpose = whole.purpose


def settle_vague_purposes(facts: list[Fact], sentences: list[Sentence]) -> None:
    """Money whose purpose only names a kind of deal ("£28.1m under the deal", "a £1.1m package of support") takes
    what the next sentence says the money pays for ("The money will pay for more gendarmes …"); a whole still without
    one then names what its shares are for."""
    texts = [s.text for s in sentences]
    money_facts = [f for f in facts if f.type == "funding"]
    shares: dict[str, list[Fact]] | None = None
    for f in money_facts:
        if not _vague(f.purpose or ""):
            continue
        at = texts.index(f.evidence) if f.evidence in texts else -1
        follow = cues().follow_up_re.match(texts[at + 1]) if 0 <= at < len(texts) - 1 else None
        if follow is not None and not numbers.money(texts[at + 1][:follow.start("what")]):
            what = follow.group("what")
            what = _clean(what[:_clause_end(what, 0, len(what))])
            if what:
                f.purpose = what
                continue
        if shares is None:
            shares = _shares_of(money_facts)
        said = [p.purpose for p in shares.get(f.id, []) if p.purpose and not _vague(p.purpose) and not _says_no_purpose(p.purpose)]
        if said:
            f.purpose = _clean("; ".join(dict.fromkeys(said)), max_words=24)


def settle_places(facts: list[Fact]) -> None:
    """A whole goes where its shares go: "The UK will provide a £1.1m package. This includes £800,000 for border
    security in the Kurdistan Region …" is money for the Kurdistan Region too (places added, none taken away)."""
    money_facts = [f for f in facts if f.type == "funding"]
    shares = _shares_of(money_facts)
    for whole in money_facts:
        for share in shares.get(whole.id, []):
            whole.places = whole.places + [p for p in share.places if p not in whole.places]


def _shares_of(money_facts: list[Fact]) -> dict[str, list[Fact]]:
    """Whole's id -> its shares (the facts whose part_of names it), in the record's order."""
    out: dict[str, list[Fact]] = {}
    for f in money_facts:
        if f.part_of:
            out.setdefault(f.part_of, []).append(f)
    return out


def _vague(phrase: str) -> bool:
    """Whether a purpose names only a kind of deal ("the deal", "package of support")."""
    words = re.findall(r"[\w’'-]+", phrase.lower())
    return bool(words) and all(w in cues().vague_purpose_words for w in words)


def _says_no_purpose(phrase: str) -> bool:
    """Whether a purpose is only a time or a schedule ("in 2024-25", "due every April in 2024, 2025 and 2026") or
    only names who gives or gets the money ("Spain €390 million and Greece", "Norway promised")."""
    return not phrase.strip() or _only_time(phrase) or _tidy_purpose(phrase) == "" or _only_names(phrase)


def _names_recipient(f: Fact) -> bool:
    """Whether a fact's purpose names where the money goes, after "to" or "for" ("has provided €3bn to Lebanon")."""
    return bool(f.purpose) and re.search(r"\b(?:to|for|into|towards)\s+(?:the\s+)?%s" % re.escape(f.purpose), f.evidence or "") is not None


def _only_names(phrase: str) -> bool:
    """Whether a phrase holds only places' names, amounts and the small words of giving ("Switzerland offered CHF 8
    million (€8.2 million) and the United Kingdom")."""
    g = gazetteer.gazetteer()
    if g.place_re is None:
        return False
    # (places only: not a fund's or a body's name, "Rwanda's Economic Transformation and Integration Fund", nor a noun
    # opening a sentence, "Hotels swallowed £1.3bn …")
    rest = re.sub(r"\([^()]*\)", " ", phrase)
    places = len(g.place_re.findall(rest))
    words = re.findall(r"[\w’'-]+", g.place_re.sub(" ", rest))
    return places > 0 and all(w[0].isdigit() or w.lower() in cues().giving_words or re.fullmatch(r"[A-Z]{3}", w) for w in words)



def _city_countries(index: EntityIndex, recipients: list[str], text: str, sent: Sentence) -> list[str]:
    """The countries of the cities money goes to or is spent at ("£1.2m on adapting two detention centres near
    Heathrow" -> GB), when the story names them."""
    out: list[str] = []
    named: set[str] | None = None
    """The places the story names (not a state only implied by one of its bodies, "the Home Office"), read once."""
    for pid in recipients:
        e = index.get(pid)
        if e is None or e.kind not in ("city", "region"):
            continue
        entry = gazetteer.gazetteer().places.get(e.name)
        if entry is None or len(entry.members) != 1 or e.name in cues().seat_cities:
            continue
        country = index.get(entry.members[0])
        if country is None or country.type != "place" or country.id in out:
            continue
        if named is None:
            named = {m.entity for m in _place_mentions(index, 0, 1 << 30)}
        if country.id in named:
            out.append(country.id)  # (a payer's own city or island too: "Greece has spent €50m on a camp on Samos")
    return out


_SPEND = re.compile(r"\b(?:spend|spends|spent|spending)\b", re.IGNORECASE)
_OWN_BORDER = re.compile(r"\b(?:walls?|fences?|fencing|barriers?)\b[^.;]{0,40}?\b(?:along|on|at)\s+(?:the|its|their)\s+"
                         r"(?:[\w-]+\s+)?(?:border|frontier)s?\b", re.IGNORECASE)
_OWN = re.compile(r"\b(?:its|their|her|his)\s+own\b|\b(?:itself|themselves)\s+(?:has|have|had)\s+spent\b|\b(?:on|in)\s+(?:its|their)\s+|\bat\s+home\b|\bdomestic(?:ally)?\b", re.IGNORECASE)


_PRONOUN_PURPOSE = re.compile(r"(?:that\s+)?(?:they|it|these|those)\s+(?:[\w’'-]+\s+){0,2}?(?:cost|costs|would\s+cost|will\s+cost|"
                              r"could\s+cost|had\s+cost|have\s+cost|has\s+cost)", re.IGNORECASE)
"""A purpose that is only a pronoun and a cost verb ("they would cost")."""
_QUESTION = re.compile(r"\?[\"”’')]*\s*$")


def _council_city(index: EntityIndex, sent: Sentence, span: tuple[int, int]) -> list[str]:
    """The place of a council the sentence names ("Glasgow City Council could face an extra £12 million", "Dorset
    Council … was paid £377,000", "London Councils said"), when the story names the place."""
    out = []
    for m in index.mentions_in(sent.start + span[0], sent.start + span[1], type="organisation"):
        e = index.get(m.entity)
        c = places.COUNCIL_NAME.fullmatch(e.name) if e is not None else None
        city = index.get(gazetteer.slug(c.group("name"))) if c else None
        if city is not None and city.type == "place" and city.id not in out:
            out.append(city.id)
    return out




def _state_agents(index: EntityIndex, text: str, sent: Sentence, span: tuple[int, int]) -> list[str]:
    """The country whose coastguard, crews or police the money trains or equips ("€10.5 million for training Libyan
    crews"): its demonym before one of the agent words."""
    g = gazetteer.gazetteer()
    out = [g.demonyms[m.group(0)] for m in g.demonym_re.finditer(text, *span)
           if cues().state_agent_re.match(text, m.end())]
    # (a place of the record: the story names the country too)
    return list(dict.fromkeys(c for c in out if (e := index.get(c)) is not None and e.type == "place"))


def _city_before(index: EntityIndex, text: str, sent: Sentence, span: tuple[int, int]) -> list[str]:
    """The last city the story named before a sentence whose money goes to "the council" or "the city"."""
    if not cues().place_anaphor_re.search(text, *span):
        return []
    cities = [m.entity for m in _place_mentions(index, 0, sent.start)
              if (e := index.get(m.entity)) is not None and e.kind == "city"]
    return cities[-1:]


_NATIONALLY = re.compile(r"\b(?:nationally|nationwide|across the (?:whole )?country|country-wide|countrywide)\b", re.IGNORECASE)
_HOME_BODIES = re.compile(r"\b(?:the|its|their)\s+(?:(?:federal\s+)?states|regions|councils|local\s+authorities|municipalities|"
                          r"L[äa]nder|provinces|cantons|communes|devolved\s+governments)\b")
"""Bodies of a country's own government that money is paid to ("will pay the states €7,500 …")."""


def _payer_at_home(index: EntityIndex, text: str, sent: Sentence) -> list[str]:
    """A country paying its own states, regions or councils spends at home: "Germany's federal government will pay the
    states €7,500 for every asylum seeker" is money for Germany."""
    if not (_HOME_BODIES.search(text) or _DOMESTIC.search(text)):
        return []  # (what a country's own asylum system costs: "The Irish state spent €1bn … on housing people who …")
    payers = [p for p in _payers(text, sent, index) if (e := index.get(p)) is not None and e.kind == "country"]
    return payers if len(payers) == 1 else []


def _state_bodies() -> dict[str, str]:
    """Organisation id -> the state it is a body of (organisations.yaml ``state_bodies``)."""
    return gazetteer.gazetteer().state_bodies


def _state_of_body(index: EntityIndex, sent: Sentence) -> list[str]:
    """The state whose body the sentence names, when it names no place: "one provider had overcharged IPAS €7.4m in VAT"
    is money of Ireland's asylum system."""
    bodies = _state_bodies()
    text = sent.text
    # (not a body that only tells of the money: "…, the Foreign Office said", "according to figures the Home Office
    # released")
    states = {bodies[m.entity] for m in index.mentions_in(sent.start, sent.end, type="organisation") if m.entity in bodies
              and not _TOLD_BY_AFTER.match(text, m.end - sent.start)
              and not _TOLD_BY_BEFORE.search(text, max(0, m.start - sent.start - 40), m.start - sent.start)}
    return [states.pop()] if len(states) == 1 else []


_TOLD_BY_AFTER = re.compile(r"(?:\s+(?:has|have|had))?\s+(?:said|says|told|announced|confirmed|released|published|revealed|"
                            r"stated|added|explained)\b", re.IGNORECASE)
_TOLD_BY_BEFORE = re.compile(r"\b(?:according\s+to|figures|data|statistics|told|said)\b[^.;]{0,25}$", re.IGNORECASE)


def _home_list(index: EntityIndex, candidates: list[tuple[int, numbers.Money]]) -> list[str]:
    home = _home_country(index, candidates)
    if home is None and _currency_country(candidates) is None:
        # (a currency many states share: the one state whose bodies the story names, "The State spent €1.005bn on
        # accommodating people seeking international protection" in a story of IPAS)
        states = {_state_bodies().get(e.id) for e in index.entities if e.type == "organisation"} - {None}
        home = states.pop() if len(states) == 1 else None
    return [home] if home else []


_DOMESTIC = re.compile(r"\b(?:hotels?|asylum (?:bill|system|support|accommodation|costs?|budget)|accommodation|accommodating|"
                       r"(?:people|those) seeking (?:international protection|asylum)|(?:international protection|IP) applicants|"
                       r"housing (?:asylum seekers|migrants|refugees|them|people)|(?:immigration )?detention|"
                       r"reception (?:centres?|centers?|system|costs?)|caseworkers?|backlog)\b", re.IGNORECASE)
"""What a country's own asylum system costs at home: "The asylum bill already stands at more than £3bn a year, with
hotels alone costing £6m a day" is spent where its currency is the country's own, not where the story's deal pays."""


def _spender(index: EntityIndex, text: str, sent: Sentence) -> list[str]:
    """With nowhere else named, a country that spends money spends it at home ("the UK spent £5.4bn on its asylum
    system", "Greece had spent €2.5bn of its own money on migration"); a state or province that pays, on itself
    ("Texas lawmakers have set aside more than $11 billion for it")."""
    states = [p for p in _payers(text, sent, index) if _is_area(index, p) and index.get(p).kind == "region"]
    if len(states) == 1:
        return states
    if _OWN_BORDER.search(text):
        # a barrier a country pays for along its border is built at home ("Poland's parliament approved plans for a
        # wall along the border costing 1.6 billion zlotys")
        countries = [p for p in _payers(text, sent, index) if _is_area(index, p) and index.get(p).kind == "country"]
        if len(countries) == 1:
            return countries
    if not _SPEND.search(text) or not _OWN.search(text):
        return []
    payers = [p for p in _payers(text, sent, index) if _is_area(index, p) and index.get(p).kind == "country"]
    # and a state named by its people's name: "The Italian government said its own spending …"
    demonyms = gazetteer.gazetteer().demonyms
    for m in _place_mentions(index, sent.start, sent.end):
        e = index.get(m.entity)
        if m.surface in demonyms and e is not None and e.kind == "country" and m.entity not in payers \
                and _ACTING_STATE(text, m.start - sent.start, m.end - sent.start):
            payers.append(m.entity)
    return payers if len(payers) == 1 else []


_PESOS = re.compile(r"(?:(\S+)\s+)?pesos?$", re.IGNORECASE)


def _as_local(amount: numbers.Money, local: dict[str, str | None], index: EntityIndex, sent: Sentence) -> numbers.Money:
    """The amount in the currency a bare "$" or "pesos" means in this story or sentence (:func:`_local_money`)."""
    pesos = _PESOS.search(amount.text)
    # (pesos with no country's word before them: "3.2 billion pesos", not "Colombian pesos")
    bare_pesos = pesos is not None and not (pesos.group(1) or "x")[0].isupper()
    form = "$" if amount.text.startswith("$") else "pesos" if bare_pesos else None
    if form is None:
        return amount
    code = local[form] or _sentence_money(index, sent, form)
    return dataclasses.replace(amount, currency=code) if code else amount


def _default_home(form: str) -> str | None:
    """The country of the currency a bare form means when nothing says otherwise ("$": the US; "pesos": Mexico)."""
    cur = numbers.currencies()
    return cues().home_countries.get(cur.symbols.get(form) or cur.words.get(form) or "")


def _local_money(article: Article, index: EntityIndex, form: str) -> str | None:
    """The dollar other than the US one that a bare "$" means in a story about a country that uses it (Australia,
    Nauru, Canada), when the story names no country with another dollar and not the United States; the same for
    bare "pesos" in a story about a country other than Mexico that counts in pesos."""
    # every mention of a country, of one of its towns or of one of its regions ("Ottawa", "Quebec", "El Paso")
    entries = _entries_by_id()
    told: dict[str, int] = {}
    for m in _place_mentions(index, 0, len(article.text)):
        e = entries.get(m.entity)
        code = m.entity if e is None or e.kind == "country" else e.members[0] if len(e.members) == 1 else None
        if code is not None:
            told[code] = told.get(code, 0) + 1
    means = cues().local_money[form]
    found = {means[c] for c in told if c in means}
    if len(found) != 1:
        return None
    home = _default_home(form)
    local = sum(n for c, n in told.items() if c in means)
    # (a story that names the United States too counts in US dollars, unless it is told of the other country many
    # times over: a Canadian paper's story of Quebec, Toronto and Ottawa that names the US once)
    return found.pop() if home not in told or local >= 4 * told[home] else None


def _sentence_money(index: EntityIndex, sent: Sentence, form: str) -> str | None:
    """In a story that names the United States too, the dollar of the one dollar country a sentence names and the
    US not ("The Prime Minister also announced $100 million …, as part of Canada's efforts": Canadian dollars)."""
    mentions = _place_mentions(index, sent.start, sent.end)
    if any(m.entity == _default_home(form) for m in mentions):
        return None
    # (the country pays or owns the effort: "Canada's efforts", "Canadian", "Australia will pay"; not "Canada received
    # $20m from Washington")
    payers = _payers(sent.text, sent, index)
    demonyms = gazetteer.gazetteer().demonyms
    owners = {m.entity for m in mentions if m.entity in payers or m.surface in demonyms
              or re.match(r"['’]s\b", sent.text[m.end - sent.start:m.end - sent.start + 3])}
    means = cues().local_money[form]
    found = {means[c] for c in owners if c in means}
    return found.pop() if len(found) == 1 else None


def _currency_country(candidates: list[tuple[int, numbers.Money]]) -> str | None:
    """The one country whose own currency the sentence's amounts are in, named in the story or not."""
    codes = {cues().home_countries.get(amt.currency) for _, amt in candidates} - {None}
    return codes.pop() if len(codes) == 1 else None


def _own_side(places: list[str], candidates: list[tuple[int, numbers.Money]]) -> list[str]:
    """The places money goes to, where a border region is the side of the country whose currency it is: "$46.5 billion
    to finish the wall along the U.S.-Mexico border" is spent in the US."""
    home = _currency_country(candidates)
    entries = _borders()
    out: list[str] = []
    for p in places:
        entry = entries.get(p)
        side = home if entry is not None and entry.border and home in entry.members else p
        if side not in out:
            out.append(side)
    return out


@lru_cache(maxsize=1)
def _entries_by_id() -> dict[str, gazetteer.PlaceEntry]:
    """The gazetteer's places by id."""
    return {e.id: e for e in gazetteer.gazetteer().places.values()}


@lru_cache(maxsize=1)
def _borders() -> dict[str, gazetteer.PlaceEntry]:
    """The gazetteer's border regions by id."""
    return {i: e for i, e in _entries_by_id().items() if e.border}


def _home_country(index: EntityIndex, candidates: list[tuple[int, numbers.Money]]) -> str | None:
    """The country whose own currency the sentence's amounts are in, when the story names it."""
    code = _currency_country(candidates)
    e = index.get(code) if code is not None else None
    return code if e is not None and e.type == "place" else None


_TO_BEFORE = re.compile(r"\b(?:to|for|towards|into)\s+(?:the\s+)?$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|thousand|hundred|dozens?|hundreds|thousands|many|some))\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:refugees|migrants|nationals|people|asylum[ -]seekers|men|women|children|families|"
                           r"citizens|workers|teenagers|minors|survivors|passengers)\b", re.IGNORECASE)
_DISPLACED_AFTER = re.compile(r"\s+(?:refugees|migrants|asylum[ -]seekers|returnees|deportees|nationals)\b", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"\s+(?:(?:(?:prime|interior|foreign|home|defence|finance|justice)\s+)?ministers?|presidents?|"
                          r"chancellors?|leaders?|officials?|ambassadors?|envoys?|diplomats?|counterparts?)\b", re.IGNORECASE)


def _PEOPLE_OF(text: str, start: int, end: int) -> bool:
    """Whether a demonym names people ("3 million Syrian refugees", "300 Italian police"), not an institution given to."""
    if _TO_BEFORE.search(text, max(0, start - 12), start) and not _DISPLACED_AFTER.match(text, end):
        return False  # ("paid £45m to French police"; but "for Syrian refugees" names people, not a place)
    if _TITLE_AFTER.match(text, end) and not re.fullmatch(r"\s*(?:the\s+)?", text[:start], re.IGNORECASE):
        return True  # a person named by title, not the sentence's subject: "alongside the Italian prime minister"
    return bool(_COUNT_BEFORE.search(text, max(0, start - 12), start) or _PEOPLE_AFTER.match(text, end))
_STATE_AFTER = re.compile(r"\s+(?:(?:defence|interior|foreign|home|finance|justice)\s+)?(?:government|ministry|ministries|"
                          r"minister|authorities|treasury|taxpayers?|cabinet|state)\b", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"(?:^\s*(?:the\s+)?|\bby\s+(?:the\s+)?)$", re.IGNORECASE)


def _ACTING_STATE(text: str, start: int, end: int) -> bool:
    """Whether a demonym names a state that acts as subject or agent ("The Italian government had estimated …",
    "built by the Italian defence ministry"): the payer, not a place money goes to."""
    return bool(_STATE_AFTER.match(text, end) and _SUBJECT_BEFORE.search(text[:start]))


_APPOSITION = re.compile(r"[^,;:]{0,40},\s*(?:about|around|roughly|some|nearly|almost|approximately)\s+", re.IGNORECASE)
"""An amount after a comma and a hedge restates the one before: "€1.7bn on reception in 2023, around €4.7m a day"."""
_FIRST_OF = re.compile(r"\b(?:the|its|their)\s+(?:first|initial|original|earlier|previous)\s+$", re.IGNORECASE)
_FURTHER = re.compile(r"\b(?:a further|another|an extra|an additional|a second|a third)\s+$", re.IGNORECASE)


def _is_venue(index: EntityIndex, entity_id: str) -> bool:
    e = index.get(entity_id)
    return e is not None and e.kind == "site"


def _is_area(index: EntityIndex, entity_id: str) -> bool:
    e = index.get(entity_id)
    return e is not None and e.kind in ("country", "region")


def _payers(text: str, sent: Sentence, index: EntityIndex) -> set[str]:
    """Places named as the payer in a sentence ("Britain is to pay France …")."""
    out = set()
    for m in _place_mentions(index, sent.start, sent.end):
        if cues().payer_agent_re.search(text[max(0, m.start - sent.start - 40):m.start - sent.start]) \
                or cues().payer_object_re.search(text[max(0, m.start - sent.start - 20):m.start - sent.start]):
            out.add(m.entity)  # "the £12.5m announced by the UK government", "funded by Britain", "commits Australia to"
            continue
        if cues().object_before_re.search(text[max(0, m.start - sent.start - 20):m.start - sent.start]):
            continue  # "a deal with Rwanda to pay for …": the object of a preposition pays nothing
        if _PURPOSE_CLAUSE_BEFORE.search(text, max(0, m.start - sent.start - 20), m.start - sent.start):
            continue  # "… $6 million in equipment so that Panama can put people on flights home": the one helped
        after = text[m.end - sent.start:m.end - sent.start + 80]
        both = re.match(r"\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?=\s)", after)
        if both:
            after = after[both.end():]  # "Britain and Italy have agreed to give …": both pay
        pm = cues().payer_re.match(after)
        if pm and not re.search(r"\b(?:was|were|is|are|been|be|being)\s+\S+$", pm.group(0), re.IGNORECASE):
            out.add(m.entity)  # (not "Mauritania was promised €210m": the passive names the recipient)
        elif _DONOR_WITH.match(after) and _PLEDGES.search(text):
            out.add(m.entity)  # a donor in a list of pledges: "Among the largest were Britain with $63 million, …"
    if out:
        # the verb left out after the first payer: "Norway promised NOK 120m and Sweden SEK 100m, while Switzerland
        # offered CHF 8m and the United Kingdom £5m": each name right before an amount in the list pays too
        amounts = numbers.money(text)
        for m in _place_mentions(index, sent.start, sent.end):
            end = m.end - sent.start
            if m.entity not in out and any(not text[end:numbers.qualifier_before(text, a.start)[1]].strip()
                                           and end < a.start for a in amounts) \
                    and _ELLIPSIS_BEFORE.search(text, max(0, m.start - sent.start - 12), m.start - sent.start):
                out.add(m.entity)
    return out


_DONOR_WITH = re.compile(r"\s+with\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:[A-Z]{0,3}\$|£|€|¥)\s?\d")
_PLEDGES = re.compile(r"\b(?:pledg\w*|donors?|contribut\w*|among\s+the\s+(?:largest|biggest|main|leading|top))\b", re.IGNORECASE)
"""A sentence of pledges, where a place "with" an amount is the one that gives it."""
_PURPOSE_CLAUSE_BEFORE = re.compile(r"\b(?:so\s+that|in\s+order\s+that)\s+(?:the\s+)?$", re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwhereas)\s+(?:the\s+)?$", re.IGNORECASE)


_BULLET = re.compile(r"(?:^|\s)[-•*–—]\s+(?=\S)")


def _bullet_items(text: str) -> list[tuple[int, int]]:
    """The items of a bulleted list folded into one sentence ("- £75m for … - £24m to …"), else none."""
    if not _BULLET.match(text):
        return []
    starts = [m.start() for m in _BULLET.finditer(text)]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]


_CLAUSE_SPLIT = re.compile(r",\s*(?:while|whereas)\s|;\s|" + _AND_AMOUNT)


def _clause_items(text: str, amounts: list[numbers.Money]) -> list[tuple[int, int]]:
    """The clauses of a sentence joined by ", while", ";" or ", and" before an amount when each holds an amount: each names its own places
    ("Manchester received a £3.6m grant …, while Glasgow has set aside £6m …"), else none."""
    cuts = [m.start() for m in _CLAUSE_SPLIT.finditer(text)]
    if not cuts:
        return []
    spans = list(zip([0] + cuts, cuts + [len(text)]))
    if not all(any(a <= amt.start < b for amt in amounts) for a, b in spans):
        return []
    return spans


def _recipients(text: str, sent: Sentence, index: EntityIndex, span: tuple[int, int] | None = None) -> list[str]:
    payers = _payers(text, sent, index)
    a, b = span or (0, len(text))
    # where money or people come from is not where the money goes: "€100m from Brussels", "refugees from Syria"
    # (nor where people are sent: "… and will support voluntary returns to Syria")
    # (a place named so and named again as where money goes stays: "… sent back to Turkey, and the EU promised up to
    # €6bn to help Turkey look after the refugees it hosts")
    mentions = _place_mentions(index, sent.start + a, sent.start + b)
    origins = {m.entity for m in mentions
               if cues().origin_re.search(text, max(0, m.start - sent.start - 60), m.start - sent.start)
               or cues().destination_re.search(text, max(0, m.start - sent.start - 40), m.start - sent.start)
               or cues().neighbour_re.search(text, max(0, m.start - sent.start - 30), m.start - sent.start)
               or cues().fled_re.search(text, max(0, m.start - sent.start - 50), m.start - sent.start)}
    origins -= {m.entity for m in mentions if _HELPED_BEFORE.search(text, max(0, m.start - sent.start - 20), m.start - sent.start)}
    # a people's name is no place money goes to: "around 300 Italian police work at the sites", "Syrian refugees"
    demonyms = gazetteer.gazetteer().demonyms
    # (but an institution is one: "paid £45m to French police", "equipped the Libyan coastguard")
    named = {m.entity for m in _place_mentions(index, sent.start + a, sent.start + b)
             if m.surface not in demonyms or not (_PEOPLE_OF(text, m.start - sent.start, m.end - sent.start)
                                                  or _ACTING_STATE(text, m.start - sent.start, m.end - sent.start))}
    # a town or site where something was said or held is no place the money goes ("Speaking in Rome, …")
    # (and a wire dateline's town: "ROME, March 12 (Reuters) - Italy will give Libya …")
    venue_at = [m for m in mentions if index.get(m.entity).kind in ("city", "site")
                and (cues().venue_re.search(text, max(0, m.start - sent.start - 60), m.start - sent.start)
                     or m.start == sent.start and m.surface.isupper() and len(m.surface) > 3)]
    # (a town named again in the sentence as more than where it was said stays: "NEW YORK (AP) — Housing … migrants
    # who have arrived in New York City … could cost more than $12 billion")
    venues = {m.entity for m in venue_at} - {m.entity for m in mentions if m not in venue_at and m.start != sent.start}
    places = [e for e in index.in_span(sent.start + a, sent.start + b, type="place")
              if e.id not in payers and e.id not in origins and e.id in named and e.id not in venues]
    if any(e.kind in ("country", "region") for e in places):
        # A venue named beside a country or region is where the money was announced, not where it goes.
        places = [e for e in places if e.kind != "site"]
    out = [e.id for e in places]
    # a city money is given to, not one something happens in, stands for its country when the story names it
    # ("more support for Rabat, which has received €500m", "transferred €16.5m to Tirana")
    for m in _place_mentions(index, sent.start + a, sent.start + b):
        if m.entity not in out or not _GIVEN_TO_BEFORE.search(text, max(0, m.start - sent.start - 20), m.start - sent.start):
            continue
        entry = gazetteer.gazetteer().places.get(m.surface)
        e = index.get(m.entity)
        if entry is None or e is None or e.kind != "city" or len(entry.members) != 1 or e.name in cues().seat_cities:
            continue
        country = index.get(entry.members[0])
        if country is not None and country.type == "place" and country.id not in out and country.id not in payers:
            out.append(country.id)
    return out


_GIVING = (r"for|towards|help|helps|helped|helping|paid|pay|pays|paying|give|gives|gave|given|giving|lend|lends|lent|promised|"
           r"offered|handed")
"""The words right before a place that money is given to."""
_HELPED_BEFORE = re.compile(r"\b(?:%s|support|supports|supporting)\s+(?:the\s+)?$" % _GIVING, re.IGNORECASE)
"""Right before a place that money goes to, in any case: "to help Turkey", "promised Jordan" (not a bare "to")."""
_GIVEN_TO_BEFORE = re.compile(r"\b(?:to|into|with|%s)\s+(?:the\s+)?$" % _GIVING, re.IGNORECASE)


def _place_mentions(index: EntityIndex, start: int, end: int) -> list:
    """The mentions of places from ``start`` to ``end``, less a state only implied by one of its bodies ("the Home
    Office" for the UK: places.find_states_of_bodies), which names no place money goes to or comes from."""
    orgs = gazetteer.gazetteer().orgs
    return [m for m in index.mentions_in(start, end, type="place") if m.surface not in orgs]


def _main_places(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[str]:
    """The country or region the article names most often, leaving out places named as payers of its amounts."""
    payers: set[str] = set()
    for s in sentences:
        if numbers.money(s.text):
            payers |= _payers(s.text, s, index)
    counts: dict[str, int] = {}
    demonyms = gazetteer.gazetteer().demonyms
    for m in _place_mentions(index, 0, len(article.text)):
        if m.surface in demonyms:
            continue  # "Vietnamese nationals" are people, not a place money goes to
        e = index.get(m.entity)
        # (a county or province the story names, with no countries listed for it, is no place its money goes as a
        # whole: "held at the centre in Kent")
        if m.entity not in payers and _is_area(index, m.entity) and (e.kind == "country" or e.members):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    if not counts:
        return []
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == 1:
        return []  # places named once each ("flights to Brazil, Vietnam and Albania"): none the story is about
    return [max(counts, key=lambda k: counts[k])]


def _announcer(index: EntityIndex, sent: Sentence) -> str | None:
    """Who announces or gives the sentence's money: its first person, else its first organisation, leaving out one
    named as where the money goes ("… committed £150m to the new Border Security Command")."""
    for kind in ("person", "organisation"):
        for m in index.mentions_in(sent.start, sent.end, type=kind):
            if not _RECIPIENT_BEFORE.search(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start):
                return m.entity
    return None


_RECIPIENT_BEFORE = re.compile(r"\b(?:(?<!according )(?<!According )to|for|into|towards|toward)\s+(?:the\s+|its\s+|their\s+)?(?:(?:new|newly|created|"
                               r"set-up|own|national|regional|local)\s+)*$", re.IGNORECASE)
