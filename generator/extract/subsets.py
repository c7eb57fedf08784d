"""Subsets: whether a figure counts only part of what its metric counts, and which part (FACTS.md "Figure subset").

A count is a part when it is of one nationality ("1,000 Albanian nationals",
"4,000 Syrians", "Albanians …, when 12,301 made the journey"), one group of
people ("2,900 unaccompanied minors", "those in hotels"), one boat, vehicle,
operation or incident ("a small boat carrying 46 people", "arrested in a
National Crime Agency operation"), one means of travel ("hidden in lorries")
or one place of departure ("Of those, 42,773 set out from Tunisia"); or when
the sentence says it is a part of another count ("Of those, …", "… of them",
"including …"). Geography is no part: "23,000 arrivals to the Canary Islands"
is the whole count for that place. The words live in ``data/subsets.yaml``;
nationalities are the demonyms of the countries gazetteer.

Only the count's noun phrase, its clause and the subject of its sentence are
read here; :mod:`figures` adds what comes from other counts and sentences
(the other side of a comparison counts the part its count does; a count that
goes on with the story of one boat or event is of that one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import datafiles
from . import gazetteer, numbers
from .gazetteer import trie_pattern

NAME = "subsets.yaml"
CROSSINGS = ("small_boat_arrivals", "irregular_crossings")
"""Metrics whose counts travel: a means or a place of departure can be a part of them."""


@dataclass(frozen=True)
class SubsetRules:
    group_noun_re: re.Pattern[str]
    """A group noun at the start of the text ("unaccompanied minors")."""
    group_modifier_re: re.Pattern[str]
    setting_re: re.Pattern[str]
    """Right after a people noun: where they are kept ("… in hotels")."""
    incident_re: re.Pattern[str]
    """A single boat, vehicle, operation or event: determiner, a few modifiers, the noun (the last that fits: "a
    sinking dinghy" is a boat)."""
    incident_kind: dict[str, str]
    """Incident noun (lower case, single spaces) -> what the subset says it is one of ("boat")."""
    means_re: re.Pattern[str]
    means_label: dict[str, str]
    """Means noun (lower case) -> its label ("by road")."""
    whole_means: dict[str, frozenset[str]]
    departure_re: re.Pattern[str]
    single_origin: dict[str, frozenset[str]]
    peoples: frozenset[str] = frozenset()
    """Peoples with no country of their own, counted like a nationality ("569 Rohingya")."""
    kind_res: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """Metric -> a kind of its noun before a count ("enforced returns", "returns of foreign national offenders")."""


_FUNCTION_WORDS = r"(?:on|in|of|at|for|with|and|or|to|from|by|into|off|the|a|an|that|which|who|was|were|is|are)"
"""Words that end a noun phrase: no modifier of an incident noun ("a raid on a car wash" is a raid)."""


def _words(words: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", w.strip()) for w in words]


def _trie(words: list[str]) -> str:
    return trie_pattern(sorted({w.lower() for w in words}), space=r"\s+")


def _compile(doc: dict, name: str) -> SubsetRules:
    groups = _words(doc["group_nouns"])
    modifiers = _words(doc["group_modifiers"])
    settings = _words(doc["group_settings"])
    kinds: dict[str, str] = {}
    for kind, nouns in doc["incident_nouns"].items():
        for i, w in enumerate(_words(nouns)):
            if w.lower() in kinds:
                raise datafiles.fail(name, f"{w!r} is listed twice", "incident_nouns", kind, i)
            kinds[w.lower()] = str(kind)
    determiners = _words(doc["incident_determiners"])
    not_before = _words(doc["incident_not_before"])
    labels: dict[str, str] = {}
    for label, nouns in doc["means"].items():
        for i, w in enumerate(_words(nouns)):
            if w.lower() in labels:
                raise datafiles.fail(name, f"{w!r} is listed under two means", "means", label, i)
            labels[w.lower()] = str(label)
    preps = _words(doc["means_prepositions"])
    whole: dict[str, frozenset[str]] = {}
    for metric, means in doc["whole_means"].items():
        got = _words(means)
        for i, w in enumerate(got):
            if w not in set(labels.values()):
                raise datafiles.fail(name, f"{w!r} is no means of 'means'", "whole_means", metric, i)
        whole[metric] = frozenset(got)
    departure = _words(doc["departure_words"])
    origin = {metric: frozenset(codes) for metric, codes in doc["single_origin"].items()}
    word = r"[\w’'-]+"
    return SubsetRules(
        group_noun_re=re.compile(r"(?:(?:%s)\s+)?(?:%s)\b(?![’'-])" % (_trie(modifiers), _trie(groups)), re.IGNORECASE),
        group_modifier_re=re.compile(r"(?:%s)\b(?![’'-])" % _trie(modifiers), re.IGNORECASE),
        # (held in detention is the whole of those detained: "1,819 people were being held in immigration detention")
        setting_re=re.compile(r"\s+(?:who\s+(?:are|were)\s+|(?:being\s+)?(?:housed|held|kept|living|staying|placed|accommodated|detained)\s+|"
                              r"(?:are|were|is|was)\s+(?:being\s+|now\s+|still\s+)?(?:housed|living|staying|placed|accommodated)\s+)?(?:in|at)\s+(?:(?:the|a|an|asylum|temporary|emergency|"
                              r"Home\s+Office|[A-Z][\w’'-]*)\s+){0,2}(?:%s)\b" % _trie(settings), re.IGNORECASE),
        incident_re=re.compile(r"\b(?:%s)\s+(?:(?!%s\b)%s\s+){0,3}(?P<noun>%s)\b(?![’'-])(?!\s+(?:%s)\b)"
                               % (_trie(determiners), _FUNCTION_WORDS, word, _trie(list(kinds)), _trie(not_before)),
                               re.IGNORECASE),
        incident_kind=kinds,
        means_re=re.compile(r"\b(?:%s)\s+(?:(?:a|an|the|their|its)\s+)?(?:%s\s+){0,2}?(?P<noun>%s)\b(?![’'-])"
                            % (_trie(preps), word, _trie(list(labels))), re.IGNORECASE),
        means_label=labels,
        whole_means=whole,
        departure_re=re.compile(r"\b(?:%s)\b" % _trie(departure), re.IGNORECASE),
        single_origin=origin,
        peoples=frozenset(doc["peoples"]),
        kind_res=_kind_res(doc),
    )


def _kind_res(doc: dict) -> dict[str, re.Pattern[str]]:
    out = {}
    for metric, spec in doc["kinds"].items():
        nouns, mods = _trie(_words(spec["nouns"])), _trie(_words(spec["modifiers"]))
        # "enforced returns", "Returns of foreign national offenders"
        out[str(metric)] = re.compile(r"\b(?P<kind>(?:%s)\s+(?:%s)|(?:%s)\s+of\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*s)\b"
                                      r"(?=\s+(?:(?:of|with|who|that|were|was|have|had|has|rose|fell|climbed|dropped|increased|"
                                      r"decreased|reached|stood|totalled|numbered|went|grew)\b|[^\w\s]))"
                                      % (mods, nouns, nouns), re.IGNORECASE)
    return out


def rules() -> SubsetRules:
    return datafiles.load(NAME, _compile)


# ---------------------------------------------------------------- the parts


_QUALIFIER_WORDS = re.compile(r"(?:-plus\b|\+)?")
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|the|all|its|their)\b"
                              # ("the roughly 248,000 of the year before": a time, no whole)
                              r"(?!\s+(?:same\s+|previous\s+|preceding\s+)?(?:year|month|week|day|period|quarter)s?\b)",
                              re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(r"\b(?:(?<!and )including|among\s+them|among\s+whom|amongst\s+them|of\s+whom|of\s+which|"
                                r"of\s+them|of\s+those|of\s+these)\s+(?:[\w’'-]+\s+){0,2}?$", re.IGNORECASE)
_OPENS_PART = re.compile(r"\W*(?:of|among|amongst)\s+(?:those|them|these|whom|the\s+total|this\s+number|that\s+number|"
                         r"that\s+total|the\s+[\d,]*\d(?=\s*,(?!\d)|\s+[a-z][^,;.]{0,100},\s*(?:(?:about|around|some|nearly|almost|"
                         r"more\s+than|over|only|just)\s+)?\d))\b", re.IGNORECASE)
"""("Of the 109,000 asylum seekers in Home Office accommodation at the end of March, 32,345 …")"""
_BE = re.compile(r"\s+(?:of\s+(?:them|those|these|whom)\s+)?(?:(?:[\w’'-]+\s+){0,3}?)(?:were|was|are|is)\s+(?:all\s+|"
                 r"mostly\s+)?(?P<what>[\w’'-]+(?:\s+[\w’'-]+)?)", re.IGNORECASE)
_WORD = re.compile(r"[ \t]+([\w’'-]+)")
_FROM_AFTER = re.compile(r"\s+(?:of\s+(?:them|those|these|whom)\s+)?(?:(?:[\w’'-]+\s+){0,3}?)(?:were|was|are|is|came|come|comes|"
                         r"hailed|originated|originally\s+came)(?:\s+(?:all|mostly|originally))?(?=\s+from\b)", re.IGNORECASE)
"""People said to be from somewhere after their count: "18 were from Guatemala", "300 came from Albania"."""
_LEADING = frozenset({"more", "other", "further", "extra", "additional", "new"})
"""Words before a noun phrase that are no stop: "500 more Albanian migrants"."""


@lru_cache(maxsize=1)
def _figure_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From ``metrics.yaml``: the nouns of people (not personnel), personnel, and the words that end a noun phrase."""
    from . import figures  # (figures reads this module: imported when first needed)

    r = figures.rules()
    people = frozenset(w for w, unit in r.units.items() if unit == "people" and w not in r.personnel)
    return people, r.personnel, r.noun_stops - _LEADING


def _is_people(low: str) -> bool:
    return low in _figure_words()[0] or rules().group_noun_re.fullmatch(low) is not None


def _noun_phrase(text: str, pos: int) -> tuple[list[str], str, int] | None:
    """The modifiers, head noun and end of the people noun phrase right at ``pos``: "Albanian nationals" ->
    (["Albanian"], "nationals", end); None when the next few words name no people."""
    g = gazetteer.gazetteer()
    people, personnel, stops = _figure_words()
    mods: list[str] = []
    for _ in range(5):
        w = _WORD.match(text, pos)
        if w is None:
            return None
        word, low = w.group(1), w.group(1).lower()
        nxt = _WORD.match(text, w.end())
        if nxt and f"{low} {nxt.group(1).lower()}" in people:
            return mods, f"{word} {nxt.group(1)}", nxt.end()  # "asylum seekers"
        if _is_people(low) or word in g.demonym_plurals or word in rules().peoples:
            return mods, word, w.end()
        if low in stops or low in personnel:
            return None
        mods.append(word)
        pos = w.end()
    return None


def _demonym(word: str) -> str | None:
    """The ISO code a demonym names, for a word written with its capital ("Albanian", "Syrians")."""
    if not word[:1].isupper():
        return None
    return gazetteer.gazetteer().demonyms.get(word)


def _after_number(text: str, n: numbers.Number) -> int:
    """Where the words after a count start (past "-plus" and "+")."""
    return _QUALIFIER_WORDS.match(text, n.end).end()


def nationality(text: str, n: numbers.Number) -> str | None:
    """One nationality: "1,000 Albanian nationals", "4,000 Syrians", "2,000 of them were Eritrean"."""
    g = gazetteer.gazetteer()
    np = _noun_phrase(text, _after_number(text, n))
    if np:
        mods, head, end = np
        if head in rules().peoples:
            return head  # "569 Rohingya"
        if _demonym(head):
            nxt = _noun_phrase(text, end)
            if nxt is not None and not nxt[0]:
                return f"{head} {nxt[1]}"  # "4,000 Vietnamese nationals" ("Vietnamese" names people too)
            return head  # "4,000 Albanians", "2,000 Vietnamese"
        for w in mods:
            if _demonym(w) and w not in g.demonym_plurals:
                return f"{w} {head}"  # "1,000 Albanian nationals", "300 Syrian asylum seekers"
        return _from_country(text, end)  # "32,519 people from Afghanistan"
    found = _from_country(text, _after_number(text, n))  # "… and 27,888 from Turkey"
    if found:
        return found
    told = _DEMONYM_AT.search(text, max(0, n.start - 60), numbers.qualifier_before(text, n.start)[1])
    if told and (told.group("who") in gazetteer.gazetteer().demonym_plurals or told.group("who") in rules().peoples
                 or told.group("who").endswith("ese") and _demonym(told.group("who"))):
        return told.group("who")  # "followed by Syrians at 12,029", "Eritreans topped the list, with 4,500"
    came = _FROM_AFTER.match(text, n.end, n.end + 80)
    if came:
        found = _from_country(text, came.end())  # "Of the dead, 18 were from Guatemala", "300 came from Albania"
        if found:
            return found
    be = _BE.match(text, n.end, n.end + 80)
    if be:
        first = be.group("what").split()[0]
        if _demonym(first):
            return be.group("what") if _is_people(be.group("what").split()[-1].lower()) else first
    return None


def _from_country(text: str, at: int) -> str | None:
    """ "from <country>" right at ``at``: the people counted come from there ("32,519 people from Afghanistan")."""
    m = re.match(r"\s+from\s+(?:the\s+)?", text[at:at + 12])
    g = gazetteer.gazetteer()
    if m is None or g.place_re is None:
        return None
    place = g.place_re.match(text, at + m.end())
    entry = g.places.get(place.group(0)) if place else None
    return f"from {place.group(0)}" if entry is not None and entry.kind == "country" else None


def subject_nationality(text: str, n: numbers.Number) -> str | None:
    """The nationality a sentence is about, when its subject is a demonym ("Albanians accounted for …, when 12,301
    made the journey") or names one nationality's people ("Arrivals by Albanian nationals fell from 12,301 …"), for a count with no people noun of its own that is not the whole they are part of ("… of
    the total of 45,755")."""
    if _noun_phrase(text, _after_number(text, n)) is not None or _WHOLE_BEFORE.search(text, max(0, n.start - 40), n.start):
        return None
    # (after an opening time: "By early December, Bangladeshis were the largest national group …, at 13,033")
    m = re.match(r"\W*(?:(?:last|this)\s+year\s*,?\s+|in\s+\d{4}\s*,?\s+|(?i:by|in|on|at|during|over|until)\s+[^,]{1,30},\s+)?"
                 r"(?P<who>[A-Z][\w’'-]+)\s+(?!of\b)[a-z]", text)
    if m and m.group("who") in gazetteer.gazetteer().demonym_plurals:
        return m.group("who")
    people = _DEMONYM_PEOPLE_SUBJECT.match(text)
    if people and _demonym(people.group("who")):
        return f"{people.group('who')} {people.group('noun')}"  # "Pakistani nationals lodged the most claims, at 11,000"
    before = numbers.qualifier_before(text, n.start)[1]
    by = _BY_NATIONALS.search(text, 0, before)
    if by and _demonym(by.group("who")):
        return f"{by.group('who')} {by.group('noun')}"  # "Small boat arrivals by Albanian nationals fell from 12,301 …"
    g = gazetteer.gazetteer()
    of = _NATIONALS_OF.search(text, 0, before)
    if of and g.place_re is not None:
        place = g.place_re.match(text, of.end("of"))
        entry = g.places.get(place.group(0)) if place else None
        if entry is not None and entry.kind == "country":
            return f"{of.group('noun')} of {place.group(0)}"  # "Nationals of Mali made up the largest group, with 4,000"
    lead = _DEMONYM_SUBJECT.match(text, 0, before)
    where = g.place_re.match(text, lead.end("to")) if lead and lead.group("to") and g.place_re is not None else None
    entry = g.places.get(where.group(0)) if where else None
    if lead and where and entry is not None and _demonym(lead.group("who")) not in (None, entry.id) \
            and lead.group("who") not in g.demonym_plurals:
        # "Albanian small-boat arrivals in the UK collapsed from 12,000 …": Albanians, in another country (not "Italian
        # arrivals", which may be arrivals in Italy)
        return f"{lead.group('who')} {lead.group('noun')}"
    return None


_DEMONYM_PEOPLE_SUBJECT = re.compile(r"\W*(?P<who>[A-Z][\w’'-]+)\s+(?P<noun>nationals|citizens)\s+(?!of\b)[a-z]")
_NATIONALS_OF = re.compile(r"(?:^|[.:;]\s+)\W*(?P<noun>(?i:nationals|citizens))(?P<of>\s+(?:of|from)\s+(?:the\s+)?)(?=[^.;]*$)")
_DEMONYM_SUBJECT = re.compile(r"(?:[A-Z][A-Z\s]+:\s+)?(?P<who>[A-Z][\w’'-]+)\s+(?:[\w-]+\s+){0,2}?(?P<noun>arrivals|crossings|"
                              r"asylum\s+claims|applications|returns|deportations|removals)\b(?P<to>\s+(?:in|to|into)\s+(?:the\s+)?)?"
                              r"(?=[^.;]*$)")
"""A subject opened by one nationality's adjective: "Albanian small-boat arrivals in the UK collapsed from …"."""


_BY_NATIONALS = re.compile(r"\b(?:by|of|among|for)\s+(?P<who>[A-Z][\w’'-]+)\s+(?P<noun>nationals|citizens|migrants|people|asylum\s+seekers)\b"
                           r"(?![^.;]*\b(?:and|or)\s+[A-Z][\w’'-]+\s+(?:nationals|citizens)\b)[^.;]*$")
"""A subject about one nationality's people, before a count with no noun of its own: "arrivals by Albanian nationals"."""


_DEMONYM_AT = re.compile(r"\b(?P<who>[A-Z][\w’'-]+)(?:\s+(?:were|was)\s+(?:next|second|third|close behind))?,?"
                         r"\s+(?:at|with|on)\s+$")
"""A people's name right before the count told of them: "followed by Syrians at 12,029"."""
_WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:(?:the|all|a|an)\s+)?(?:(?:total|tally|overall|record|estimated)\s+)*"
                           r"(?:of\s+)?(?:(?:more\s+than|about|around|nearly|almost|some|over|just\s+over)\s+)?$",
                           re.IGNORECASE)


_NUMBER_OF = re.compile(r"\b(?:the\s+)?number\s+of\s+(?:[\w’'-]+\s+){1,3}?(?=(?:in|held\s+in|housed\s+in|living\s+in|staying\s+in)\s)",
                        re.IGNORECASE)
"""The subject a count is the size of, up to where its people are kept: "The number of asylum seekers in hotels …"."""


def group(text: str, n: numbers.Number) -> str | None:
    """One group of people: "2,900 unaccompanied minors", "40 children", "Of those, 300 were women", "those in hotels"."""
    r = rules()
    start = _after_number(text, n)
    skip = re.match(r"\s*(?:(?:more|other|further|extra|additional|young|small|very\s+young)\s+)*", text[start:start + 60])
    g = r.group_noun_re.match(text, start + (skip.end() if skip else 0))
    if g:
        return re.sub(r"\s+", " ", g.group(0))
    np = _noun_phrase(text, start)
    if np:
        mods, head, end = np
        for i, w in enumerate(mods):
            if r.group_modifier_re.fullmatch(w):
                return " ".join([*mods[i:], head])  # "800 unaccompanied asylum seekers"
        setting = r.setting_re.match(text, end, end + 80)
        if setting:
            where = re.sub(r"^(?:are|were|is|was)\s+(?:being\s+|now\s+|still\s+)?", "", setting.group(0).strip(), flags=re.IGNORECASE)
            return f"those {where}"  # "8,000 people in hotels", "32,059 asylum seekers were being housed in hotels"
    sub = _NUMBER_OF.search(text, max(0, n.start - 160), n.start)
    if sub and not re.search(r"\d", text[sub.end():n.start]):
        setting = r.setting_re.match(text, sub.end() - 1, sub.end() + 80)
        if setting:
            return f"those {setting.group(0).strip()}"  # "The number of asylum seekers in hotels peaked at 56,042"
    came = _FROM_AFTER.match(text, n.end, n.end + 80)
    if came:
        found = _from_country(text, came.end())  # "Of the dead, 18 were from Guatemala", "300 came from Albania"
        if found:
            return found
    be = _BE.match(text, n.end, n.end + 80)
    if be:
        g = r.group_noun_re.match(be.group("what"))
        if g:
            return re.sub(r"\s+", " ", g.group(0))
    return None


def kind(text: str, n: numbers.Number, metric: str) -> str | None:
    """One kind of what the metric counts, named before the count in its sentence with no other count between
    ("Enforced returns … rose by 21%, from 5,244 to 6,339"; "asylum-related returns climbed to 6,781 from 5,508")."""
    pat = rules().kind_res.get(metric)
    if pat is None:
        return None
    found = None
    for found in pat.finditer(text, 0, n.start):
        pass
    if found is None or re.search(r"\bof\s+(?:the\s+)?(?:people|persons|individuals|migrants|refugees|asylum seekers|those)$",
                                  found.group("kind"), re.IGNORECASE):
        return None  # ("returns of people with no right to remain" are all returns)
    between = [x for x in numbers.numbers(text) if found.end() <= x.start and x.end <= n.start
               and not re.fullmatch(r"\d{4}", x.text) and not re.match(r"\s*(?:%|per ?cent)", text[x.end:])]
    # (the counts of one change or comparison share it: "from 5,244 to 6,339", "to 3,594, compared with 3,101")
    if any(not re.search(r"\b(?:from|to|compared with|compared to|against|than|up from|down from)\s+(?:about\s+|around\s+)?$",
                         text[max(0, x.start - 20):x.start]) for x in between):
        return None
    return re.sub(r"\s+", " ", found.group("kind"))


def incident(text: str, start: int, end: int) -> str | None:
    """One boat, vehicle, flight, operation, gang or event named in text[start:end]: "one boat"."""
    r = rules()
    for m in r.incident_re.finditer(text, start, end):
        if _TIME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "… have crossed since the Rwanda flight was grounded": a time, not what was counted
        return "one " + r.incident_kind[re.sub(r"\s+", " ", m.group("noun").lower())]
    return None


_TIME_BEFORE = re.compile(r"\b(?:since|until|till|ahead\s+of|prior\s+to)\s+$", re.IGNORECASE)


def means(text: str, start: int, end: int, metric: str) -> str | None:
    """One means of travel of a crossing count ("hidden in lorries": "by road"), unless it is the metric's whole."""
    if metric not in CROSSINGS:
        return None
    r = rules()
    for m in r.means_re.finditer(text, start, end):
        label = r.means_label[re.sub(r"\s+", " ", m.group("noun").lower())]
        if label not in r.whole_means.get(metric, frozenset()):
            return label
    return None


def origin(text: str, start: int, end: int, metric: str) -> str | None:
    """One place of departure of a crossing count: "set out from Tunisia" (not the route's only one)."""
    if metric not in CROSSINGS:
        return None
    r = rules()
    g = gazetteer.gazetteer()
    for m in re.finditer(r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:coast\s+of\s+|shores\s+of\s+)?", text[start:end]):
        at = start + m.end()
        if not r.departure_re.search(text, start, start + m.start()):
            continue
        code = None
        place = g.place_re.match(text, at) if g.place_re else None
        if place:
            entry = g.places.get(place.group(0))
            if entry is not None and entry.kind == "country":
                code = entry.id
        else:
            dem = re.match(r"([A-Z][\w’'-]+)\s+(?:coast|coastline|shores?|beaches|ports?)\b", text[at:end])
            code = _demonym(dem.group(1)) if dem else None
        if code is None or code in r.single_origin.get(metric, frozenset()):
            continue
        if not (_OPENS_PART.match(text) or _PARTITIVE_AFTER.search(text, start, end)
                or len(_departure_countries(text)) > 1):
            # a count told with one place of departure only is the count of that route, geography: "recorded nearly
            # 40,000 attempts to cross illegally from Belarus", "arrived in Cyprus from Lebanon" (but "Of those,
            # 42,773 set out from Tunisia, … while 28,825 left from Libya" are parts)
            return None
        return "from " + (place.group(0) if place else _country_name(code))
    return None


def _departure_countries(text: str) -> set[str]:
    """The countries a sentence says crossings set out from."""
    r = rules()
    g = gazetteer.gazetteer()
    found = set()
    for m in re.finditer(r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:coast\s+of\s+|shores\s+of\s+)?", text):
        # (or after a bare number that goes on with the verb before: "…, and 9,000 from Mauritania")
        if not (r.departure_re.search(text, max(0, m.start() - 60), m.start())
                or re.search(r"\d\s+$", text[max(0, m.start() - 3):m.start()])):
            continue
        place = g.place_re.match(text, m.end()) if g.place_re else None
        entry = g.places.get(place.group(0)) if place else None
        if entry is not None and entry.kind == "country":
            found.add(entry.id)
    return found


def _country_name(code: str) -> str:
    """The name of a country by its code."""
    for entry in gazetteer.gazetteer().places.values():
        if entry.id == code and entry.kind == "country":
            return entry.name
    return code


def partitive(text: str, n: numbers.Number, clause: tuple[int, int]) -> str | None:
    """A part of another count, said so ("Of those, …", "4,100 of them", "including 300 …"): what the clause says of
    it, in a few words."""
    _, qstart = numbers.qualifier_before(text, n.start)
    whole = _OPENS_PART.match(text)
    opens = whole is not None and clause[0] <= n.start and n.start >= whole.end()  # (not the whole: "Of the 30,000 …")
    after = _PARTITIVE_AFTER.match(text, n.end)
    before = _PARTITIVE_BEFORE.search(text, max(0, qstart - 40), qstart)
    if not (opens or after or before):
        return None
    rest = text[(after.end() if after else n.end):clause[1]]
    rest = re.sub(r"^\s*(?:[\w’'-]+\s+)?(?:were|was|are|is|(?:have|had|has)\s+(?:since\s+)?been|have|had)\s+", " ", rest)
    timed = _TIME_WORD.search(rest) is not None
    rest = _TIME_WORD.split(rest, 1)[0]  # what they are or did, not when
    words = re.findall(r"[\w’'-]+", rest)
    if timed and not words:
        return None  # "some 17,300 of them in October alone": a part by time only, no kind of them
    if words and all(w.lower() in _ONLY_ARRIVED for w in words):
        return None  # "Of those, 8,141 came ashore between Monday and Wednesday": a part by time only, no kind of them
    if _only_a_place(rest):
        return None  # "6,007 of them on the way to the Canaries", "39,171 of them in Quebec": geography, no part
    return " ".join(words[:5]) or TOLD_BEFORE


TOLD_BEFORE = "part of a count told before"
"""The subset of a count said to be a part with no words of what part ("Of those, 4,100 …")."""


_PLACE_WORDS = re.compile(r"\W*(?:(?:came\s+ashore|arrived|landed|crossed|were\s+recorded|died|drowned|were\s+counted|lost\s+their\s+lives|"
                          r"went\s+missing|died\s+or\s+went\s+missing|"
                          r"were\s+intercepted|were\s+stopped)\s+)?(?:on\s+the\s+way\s+to|en\s+route\s+to|on\s+the\s+(?:[\w-]+\s+)?"
                          r"route\s+(?:to|from)|in|at|on|off|near|along|to|into|across|via|around|outside)\s+(?:the\s+)?",
                          re.IGNORECASE)


def _only_a_place(rest: str) -> bool:
    """Whether the words a part is told by name only where it happened: "on the way to the Canaries", "in Quebec"."""
    m = _PLACE_WORDS.match(rest)
    g = gazetteer.gazetteer()
    if m is None or g.place_re is None:
        return False
    place = g.place_re.match(rest, m.end())
    return place is not None and re.fullmatch(r"[\s.,;]*", rest[place.end():]) is not None


_ONLY_ARRIVED = frozenset("came ashore arrived landed crossed reached made it recorded registered detected counted were was "
                          "had have been the journey crossing".split())


_TIME_WORD = re.compile(r"\b(?:over|during|since(?!\s+(?:been|[a-z]+ed)\b)|between|until|till|last|this|so\s+far|by\s+(?:the\s+)?(?:end|start)|"
                        r"in\s+(?:the\s+)?(?:\d|first|second|third|fourth|same|year|past|last|previous)|"
                        r"(?:in|on|by)\s+[A-Z][a-z]+day\b|(?:in|on|by)\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b)", re.IGNORECASE)


def subset_of(text: str, n: numbers.Number, clause: tuple[int, int], metric: str) -> str | None:
    """The part of its metric a count counts, by what its own words say it is of (nationality, group, one boat or
    event, place of departure, means of travel), or None. A count said only to be a part ("Of those, …") is left to
    :func:`partitive`."""
    if metric == "other":
        return None  # "any other count" has no whole to be a part of
    found = nationality(text, n) or group(text, n) or kind(text, n, metric)
    if found:
        return found
    span = _incident_span(text, clause)
    return incident(text, *span) or origin(text, clause[0], clause[1], metric) or means(text, clause[0], clause[1], metric)


_SUBORDINATE = re.compile(r"\W*(?:after|when|as|following|before|while)\b", re.IGNORECASE)


def _incident_span(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The count's clause with a subordinate clause around it that tells of its event: "60 people drowned after a
    boat sank"; "After a dinghy capsized off Calais, 12 people died"; or with the clause whose doer a participle goes
    on with: "The gang launched 14 boats, bringing 700 people across"."""
    from .figures import clause_span

    start, end = clause
    if end < len(text) and _SUBORDINATE.match(text, end) and not _has_count(text, end, clause_span(text, end + 1)[1]):
        end = clause_span(text, end + 1)[1]
    if start > 0 and _SUBORDINATE.match(text) and clause_span(text, 0)[1] <= start \
            and not _has_count(text, 0, clause_span(text, 0)[1]):
        start = 0
    elif start > 1 and _GOES_ON.match(text, start):
        start = clause_span(text, start - 2)[0]
    return start, end


_GOES_ON = re.compile(r"\W*(?:bringing|carrying|taking|ferrying|smuggling|transporting|moving|sending)\b"
                      r"(?!\s+(?:the\s+)?(?:total|number|tally|toll|count|figure|overall)\b)", re.IGNORECASE)
"""A clause that goes on with the doer of the one before: "The gang launched 14 boats …, bringing 700 people across"."""


def _has_count(text: str, start: int, end: int) -> bool:
    return any(start <= x.start and x.end <= end and not re.fullmatch(r"\d{4}", x.text) for x in numbers.numbers(text))
