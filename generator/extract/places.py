"""Places no gazetteer lists, found from the words around them, and countries named by demonym.

A small town ("Gjader", "Thurrock") is taken when the sentence frames it as a
place: after "the port/town/village of" or "the mayor of", before "in <direction
of> <known place>", ", on the border with <known place>", ", <county or known
place>" or ", a fishing town" after a locative preposition (which may open the
sentence: "In Peckham, south London"), after "a site/centre/camp at" or "a caravan park near",
after a defendant's age (", 42, of Barking") or an address ("his home in"),
in a list with known towns ("Birmingham, Coventry and Walsall"), or after a
site ("the Park Inn in Cardiff"). A name before a facility noun ("the Brook
House immigration removal centre") is a site. A region is taken after "the
province/region of" or before "province" ("in Helmand province"). Nothing here depends on the
town itself, and no town ends inside a hyphenated compound.

A demonym names its country in a frame of people ("Albanian nationals",
"Afghans", "the French coast") or before an institution of its state
("Belgian police", "Dutch prosecutors", "the Italian coastguard", "British
and French officials"), inside an organisation's or a person's mention too.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Entity
from . import periods
from .entities import Builder, place_entity, sentence_start
from .gazetteer import slug

# A town's name never ends inside a hyphenated compound ("Saint-Étienne-au-Mont", not "Saint").
_TOWN = (r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-Þà-ÿ][a-zà-öø-ÿ]+)*(?:['’]s(?= [A-Z]))?)"
         r"(?: (?:(?:de|del|della|di|da|du|des|la|le|sur|en|al|el) )?(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-Þà-ÿ][a-zà-öø-ÿ]+)*)){0,2}"
         r"(?![\w-])")
_DIRECTION = r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeast|northwest|southeast|southwest|rural|coastal|inner|outer)\s+)"
_LOCATIVE = r"(?:at|in|from|near|outside|to|into|towards|via|off|and|or|between|around)"
# The same, also opening a sentence ("In Peckham, south London, protesters …").
_LOCATIVE_CAP_WORDS = ("at", "in", "from", "near", "outside", "to", "into", "towards", "via", "off", "and", "or", "between", "around",
                       "At", "In", "From", "Near", "Outside", "Off", "Around")
_LOCATIVE_CAP = "(?:" + "|".join(_LOCATIVE_CAP_WORDS) + ")"



def _either(words: tuple[str, ...]) -> str:
    """Return ``words`` as one regex alternative."""
    return "(?:" + "|".join(words) + ")"


def _each(words: tuple[str, ...], before: str = "", after: str = "") -> tuple[str, ...]:
    """Return ``words`` as a text must hold one of them for a frame built with :func:`_either` to match."""
    return tuple(f"{before}{w}{after}" for w in words)


_FEATURE = "feature"
"""The kind a frame gives a name that ends in what kind of place it is: a site, claimed over a known town inside it."""
_CONTAINERS = ("port", "town", "village", "city", "island", "islet", "commune", "district", "suburb", "borough", "resort", "harbour",
               "municipality", "hamlet", "enclave", "Mayor", "mayor", "mayoress", "community", "settlement", "township")
_REGIONS = ("province", "region", "governorate", "prefecture", "canton")
_REGION_AFTER = ("province", "governorate")
_QUARTERS = ("district", "neighbourhood", "neighborhood", "suburb", "quarter")
_PLACES = ("towns", "cities", "villages", "ports", "islands", "communes", "municipalities", "suburbs")
_SUCH_AS = ("such as", "including", "like")
_BORDERS = ("border", "frontier")
_OF_FROM = ("of", "from")

# Each pattern has a group "town" and, where the frame names a container, a group "where". The third item
# lists groups of words the pattern cannot match without (made from the words that build it): a text with none
# of one group's words is not scanned (each scan of a whole article costs as much as the rest of the town
# finding; most frames are rare).
_PATTERNS: list[tuple[re.Pattern[str], str, tuple[tuple[str, ...], ...]]] = [
    # the Dampier Peninsula, Roxham Road, Portland Port: a name with a word that says what kind of place it is (first,
    # so that the whole name is claimed before a town inside it: "Portland Port", not "Portland")
    (re.compile(r"\b(?:at|in|on|near|to|into|from|up|along|across|off|around|of|At|In|On|Near|Along|Off|Across|Around) (?:the )?"
                r"(?P<town>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)? (?:Peninsula|Bay|Road|Port|Reef|Plateau|Valley|Park))(?![\w-])"),
     _FEATURE, ((" Peninsula", " Bay", " Road", " Port", " Reef", " Plateau", " Valley", " Park"),)),
    # the port of X, the port city of X, the town of X, the Greek island of X; the mayor of X
    # ("port city of X" holds "city of ")
    (re.compile(rf"\b{_either(_CONTAINERS)}(?: city| town)? of (?P<town>{_TOWN})"), "city", (_each(_CONTAINERS, after=" of "),)),
    # near X, a fishing town north of Y
    # (and "In Eagle Pass, the small border city that …")
    (re.compile(rf"\b{_LOCATIVE_CAP} (?P<town>{_TOWN}), (?:an?|the) (?:[\w-]+ ){{0,3}}?(?:port|town|village|city|island|islet|commune|suburb|resort|harbour|hamlet|seaside town|port city)\b"), "city", ()),
    # (at|in|from) X in (the north-west of)? <place>
    (re.compile(rf"\b{_LOCATIVE_CAP} (?P<town>{_TOWN}),? (?:in|near|outside) (?:the )?{_DIRECTION}?(?:of (?:the )?)?(?P<where>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"), "city", ()),
    # (at|in|from|and) X, (east)? <county or known place>
    (re.compile(rf"\b{_LOCATIVE_CAP} (?P<town>{_TOWN}), (?:{_DIRECTION}(?:of (?:the )?)?)?(?P<where>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"), "city", ()),
    # the province of X, the region of X, in X province: a region the gazetteer lacks
    (re.compile(rf"\b{_either(_REGIONS)} of (?P<town>{_TOWN})"), "region", (_each(_REGIONS, after=" of "),)),
    (re.compile(rf"\b{_LOCATIVE_CAP} (?:the )?(?P<town>{_TOWN}) {_either(_REGION_AFTER)}\b"), "region", (_each(_REGION_AFTER, before=" "),)),
    # Istanbul's Esenyurt district, Athens's Exarchia neighbourhood
    (re.compile(rf"(?P<where>[A-ZÀ-Þ][\w-]+)['’]s? (?P<town>{_TOWN})(?: and [A-ZÀ-Þ][\w-]+)? {_either(_QUARTERS)}s?\b"), "city", (_each(_QUARTERS, before=" "),)),
    # fishing towns such as Mbour and Kayar
    (re.compile(rf"\b{_either(_PLACES)}(?: [a-z]+)?,? {_either(_SUCH_AS)} (?P<town>{_TOWN})"), "city", (_PLACES, _each(_SUCH_AS, before=" ", after=" "))),
    # Inch, Co Clare: a town before an Irish county
    (re.compile(rf"(?<![\w'’-])(?P<town>{_TOWN}), (?:Co\.?|County) [A-ZÀ-Þ][\w'’-]+"), "city", ((", Co",),)),
    # In X, on the border with <known place>
    (re.compile(rf"\b{_LOCATIVE_CAP} (?P<town>{_TOWN}), (?:on|near|close to) the {_either(_BORDERS)} with (?:the )?(?P<where>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"), "city", (_each(_BORDERS, before=" the ", after=" with "),)),
    # a site / centre / camp / base at X
    (re.compile(rf"\b(?:site|centre|center|camp|base|facility|barracks|airfield|hotel|hub|jungle|encampment) (?:at|in|near|outside) (?P<town>{_TOWN})"), "site", ()),
    # Ivan Petrov, 42, of Barking; his home in Ilford; a garage in Essen
    (re.compile(rf"\b\d{{1,3}}, {_either(_OF_FROM)} (?P<town>{_TOWN})"), "city", (_each(_OF_FROM, before=", ", after=" "),)),
    # police in Coolock said, residents in Knowsley have: the people of a place, speaking
    (re.compile(rf"\b(?:[Pp]olice|Gardaí|Gardai|gendarmes|residents|locals|villagers|shopkeepers) (?:in|from) (?P<town>{_TOWN}) (?:said|say|says|told|have|had|were|are|reported|described)\b"), "city", ()),
    (re.compile(rf"\b(?:home|homes|house|flat|flats|block|student block|tower block|hostel|address|addresses|garage|workshop|shop|car wash|office|offices|lorry park|service station|hall|village hall|church|mosque|school|hospital|station|community centre|leisure centre|library|pub) (?:in|at|near) (?P<town>{_TOWN})"), "city", ()),
    # about 100km north of X, 30 miles from X: a distance is measured from a place
    (re.compile(rf"\b\d+(?:[.,]\d+)?\s?(?:km|kilometres|kilometers|miles|mi)\s+(?:{_DIRECTION[3:-4]}\s+)?(?:of|from) (?P<town>{_TOWN})"),
     "city", (("km", "kilometres", "kilometers", "miles", "mi "),)),
    # a caravan park near X, a warehouse in X, camps near X, beaches at X
    (re.compile(rf"\b(?:sites|centres|camps|campsite|campground|hotels|park|parks|warehouse|warehouses|farm|estate|wood|woods|beach|beaches|dunes|shelter|shelters|squat|compound|checkpoint|crossing point|harbour|marina|slipway|quay) (?:at|in|near|outside|around) (?P<town>{_TOWN})"), "city", ()),
]


_AFTER_LOCATIVE = (rf"\b{_LOCATIVE_CAP} (?P<town>{_TOWN}", rf"\b{_LOCATIVE_CAP} (?:the )?(?P<town>{_TOWN}")
"""How the frames that open with a locative word start ("in Calais", "near the Hague"): those are tried only where
:func:`_locative_starts` says such a word stands (scanning every position of the article for them cost ~8% of extraction)."""
assert _TOWN.startswith("(?:[A-ZÀ-ÖØ-Þ]") and all(re.fullmatch(r"[A-Za-z]+", w) for w in _LOCATIVE_CAP_WORDS)
_LOCATIVE_WORDS = frozenset(_LOCATIVE_CAP_WORDS)
_BEFORE_TOWN = re.compile(r" (?=(?:the )?[A-ZÀ-ÖØ-Þ])")
"""The space between a locative word and a town (whose first letter is the first of :data:`_TOWN`)."""


def _locative_starts(text: str) -> list[int]:
    """Return, in order, every offset where a locative word stands before a capital ("in Calais", "near the Hague").

    A frame of :data:`_AFTER_LOCATIVE` matches only at such an offset: ``\\b``, one
    of the words, a space, "the " perhaps, and a capital. The spaces before a
    capital are cheap to find; the word before one is the run of word
    characters (``\\w``: alphanumeric or "_") that ends there.
    """
    out = []
    for m in _BEFORE_TOWN.finditer(text):
        end = start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if text[start:end] in _LOCATIVE_WORDS:
            out.append(start)
    return out


def _finditer_at(pat: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Yield the matches ``pat.finditer(text)`` yields, trying ``pat`` only at ``starts``.

    ``starts`` must hold every offset where ``pat`` can match; as with finditer, a
    match that would begin inside the one before is not tried.
    """
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pat.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def _is_known_place(b: Builder, name: str) -> bool:
    g = b.g
    return name in g.places or name in g.counties or name in g.demonyms


def _town_ok(b: Builder, start: int, end: int, name: str) -> bool:
    g = b.g
    words = name.split(" ")
    if not b.free(start, end):
        return False
    # "Steccato di Cutro": a lower-case particle is no rank ("DI").
    if any(w in g.not_names or w[:1].isupper() and w.lower() in g.honorifics or w.lower() in g.roles or w in g.org_heads
           for w in words):
        return False
    if name in g.demonyms or name in g.orgs or name in g.counties or name in g.places:
        return False
    # a date after a dateline's town is no town: "Las Palmas de Gran Canaria, Jan 2 (EFE)"
    return not (len(words) == 1 and (name.lower() in periods.vocabulary().months or name.lower() in periods.vocabulary().weekdays)
                and re.match(r"\.?\s+\d", b.text[end:end + 4]))


def find_unlisted_places(b: Builder) -> None:
    """Claim towns and sites that the gazetteers lack but the context shows to be places."""
    text = b.text
    starts: list[int] | None = None
    for pat, kind, needs in _PATTERNS:
        if not all(any(word in text for word in group) for group in needs):
            continue  # a word the frame cannot do without is missing: the scan would find nothing
        if pat.pattern.startswith(_AFTER_LOCATIVE):
            if starts is None:
                starts = _locative_starts(text)
            matches = _finditer_at(pat, text, starts)
        else:
            matches = pat.finditer(text)
        for m in matches:
            name = m.group("town")
            s, e = m.start("town"), m.end("town")
            if "where" in pat.groupindex and m.group("where") is not None:
                where = m.group("where")
                ws = m.start("where")
                # The container must be a known place, a county, or already claimed as a place.
                if not (_is_known_place(b, where) or _is_known_place(b, where.split(" ")[0])
                        or re.match(r"(?:Co\.?|County) [A-ZÀ-Þ]", where)  # "Inch, Co Clare"
                        or any(sp.type == "place" for sp in b.covered(ws, ws + len(where)))):
                    continue
            inner = b.covered(s, e)
            if kind == _FEATURE:
                if name in b.g.places or any(sp.type != "place" or not (s <= sp.start and sp.end < e) for sp in inner):
                    continue
                for sp in inner:
                    b.remove(sp)  # "Portland Port": the port, not the town of its first word
                b.add(Entity(id=slug(name), type="place", name=name, kind="site"), s, e)
                continue
            if inner and re.search(r" (?:de|del|della|di|da|du|des|sur|en) ", name) and name not in b.g.places \
                    and all(sp.type == "place" and s < sp.start and sp.end <= e for sp in inner):
                # "Steccato di Cutro": a known town at the end of a longer name gives way to it.
                for sp in inner:
                    b.remove(sp)
            # A town made of several words must not run into a person or organisation.
            while " " in name and not _town_ok(b, s, e, name):
                name = name.rsplit(" ", 1)[0]
                e = s + len(name)
            while " " in name and name.rsplit(" ", 1)[1] in ("de", "del", "della", "di", "da", "du", "des", "la", "le", "sur", "en", "al", "el"):
                name = name.rsplit(" ", 1)[0]
                e = s + len(name)
            if not _town_ok(b, s, e, name):
                continue
            b.add(Entity(id=slug(name), type="place", name=name, kind=kind), s, e)
    _facility_sites(b)
    _towns_of_sites(b)
    _listed_towns(b)
    # Every later use of a town found above.
    towns = [en for en in b.entities.values() if en.type == "place" and en.kind in ("city", "site") and en.name not in b.g.places]
    for en in towns:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(en.name)}(?![\w-])", text):
            if b.free(m.start(), m.end()):
                b.add(en, m.start(), m.end())


_NAME_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}")


def _surnames(b: Builder) -> set[str]:
    return {e.name.split(" ")[-1] for e in b.entities.values() if e.type == "person"}


def _facility_sites(b: Builder) -> None:
    """Claim "the Brook House immigration removal centre", "the Bibby Stockholm barge" as sites."""
    g, text = b.g, b.text
    surnames = _surnames(b)
    for m in _NAME_RUN.finditer(text):
        if g.facility_re.match(text, m.end()) is None:
            continue
        words = m.group(0).split(" ")
        i = 0
        # Leading sentence words ("The", "At") are not part of the name; "Western" may be.
        while i < len(words) and words[i] in g.not_names and words[i] not in g.name_lead_words:
            i += 1
        words = words[i:]
        if not words or re.search(r"['’]s$", words[-1]):
            continue
        name = " ".join(words)
        s = m.end() - len(name)
        if not b.free(s, m.end()) or name in surnames or all(w in g.not_names for w in words):
            continue
        if len(words) == 1 and sentence_start(text, s):
            # "Migrant camp near Calais was cleared": a capitalised first word is no name.
            continue
        if any(w.lower() in g.honorifics or w.lower() in g.roles or w in g.org_heads for w in words):
            continue
        if name in g.demonyms or name in g.orgs or name in g.counties or name in g.places or words[0] in g.demonyms:
            continue
        if len(words) == 1 and re.search(r"(?:ian|ean|ese|ish)$", name):
            # "the Sicilian port of Pozzallo", "a Calabrian camp": an adjective of a region names no site.
            continue
        b.add(Entity(id=slug(name), type="place", name=name, kind="site"), s, m.end())


_SITE_TOWN = re.compile(rf" (?:in|at|near|outside) (?P<town>{_TOWN})")


def _towns_of_sites(b: Builder) -> None:
    """Claim the town a site stands in: "the Park Inn in Cardiff", "the Bell Hotel in Epping"."""
    for sp in [sp for sp in b.spans if sp.type == "place" and b.entities[sp.key].kind == "site"]:
        m = _SITE_TOWN.match(b.text, sp.end)
        if m is None:
            continue
        name, s = m.group("town"), m.start("town")
        e = s + len(name)
        while " " in name and not _town_ok(b, s, e, name):
            name = name.rsplit(" ", 1)[0]
            e = s + len(name)
        if _town_ok(b, s, e, name):
            b.add(Entity(id=slug(name), type="place", name=name, kind="city"), s, e)


_LIST_SEP = re.compile(r"^(?:,|,? and|,? or) $")


def _listed_towns(b: Builder) -> None:
    """Claim an unknown town listed with known ones ("in Birmingham, Coventry and Walsall")."""
    text = b.text
    towns = sorted((sp for sp in b.spans if sp.type == "place" and b.entities[sp.key].kind == "city"), key=lambda sp: sp.start)
    if not towns:
        return
    surnames = _surnames(b)
    for m in _NAME_RUN.finditer(text):
        s, e = m.start(), m.end()
        words = m.group(0).split(" ")
        if len(words) > 2 or not b.free(s, e):
            continue
        left = next((sp for sp in reversed(towns) if sp.end <= s and s - sp.end <= 6), None)
        right = next((sp for sp in towns if sp.start >= e and sp.start - e <= 6), None)
        ok = False
        if left is not None and _LIST_SEP.match(text[left.end:s]):
            # "Birmingham, Coventry and Walsall": a town after a listed town.
            ok = True
        if right is not None and _LIST_SEP.match(text[e:right.start]) and re.search(rf"\b{_LOCATIVE} $", text[max(0, s - 12):s]):
            # "in Walsall, Coventry and Birmingham": a listed town after a locative.
            ok = True
        if not ok:
            continue
        name = m.group(0)
        if name in surnames or not _town_ok(b, s, e, name) or re.search(r"['’]s$", name):
            continue
        # A list of towns goes on to its end: "Coventry and Walsall" but not "Coventry and Mr Smith".
        b.add(Entity(id=slug(name), type="place", name=name, kind="city"), s, e)
        towns.append(b.spans[-1])
        towns.sort(key=lambda sp: sp.start)


_PEOPLE_NOUNS = r"(?:man|woman|men|women|boys?|girls?|teenagers?|families|nationals?|citizens?|migrants?|asylum seekers?|refugees?|people|men|women|children|families|passport holders|government|authorities|coast|coastline|beaches|shores|waters|borders?|frontiers?|territory|soil|mainland|islands?|capital|embassy|ports?|towns?|cities|city|villages?|provinces?)"


# The institutions of a state: "Belgian police", "the Italian coastguard", "Greek border officials".
_INSTITUTIONS = (r"(?:(?:border|coast|maritime|interior|foreign|home|justice|defence|defense|immigration|migration|federal|"
                 r"national|state|military|naval|riot|security|government|prime|public|local|regional|judicial|asylum) )?"
                 r"(?:police|policemen|police officers|officers|authorities|government|coastguard|coast guard|navy|army|military|troops|"
                 r"soldiers|guards|gendarmes|gendarmerie|officials|official|minister|ministers|ministry|court|courts|judges?|"
                 r"prosecutors?|parliament|lawmakers|MPs|president|chancellor|premier|ambassador|embassy|envoy|counterparts?|investigators|agents|diplomats|state|rescuers|"
                 r"rescue services|services|agencies|units|forces|Guardia Civil|Carabinieri|Garda|Gendarmerie|Policia|Polizia)")
_INSTITUTION_AFTER = re.compile(rf" {_INSTITUTIONS}\b", re.I)


def find_counties(b: Builder) -> None:
    """Claim a county named on its own ("held at the Manston centre in Kent") or as the context of a town before it
    ("Grimsby, Lincolnshire", "the barge at Portland in Dorset": the gold of the tuned batches lists the county in 37
    such places and leaves it out in 6)."""
    g, text = b.g, b.text
    assert g.county_re is not None
    for m in g.county_re.finditer(text):
        if not b.free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 20):m.start()]
        # (or as a modifier: "the Kent coast", "the West Sussex centre")
        # (after a town only by its full name: not "Saint-Bernard-de-Lacolle, Que.")
        if not (re.search(rf"\b{_LOCATIVE}\s+(?:the\s+(?:county\s+of\s+)?)?$", before)
                or re.search(r"[A-Za-zÀ-ÿ.]\s*,\s*$", before) and len(m.group(0)) > 3
                or re.search(r"\bthe\s+$", before) and re.match(r"\s+[a-z]", text[m.end():m.end() + 2])) \
                or re.match(r"\s+(?:[A-Z][\w'’-]*|County|Council|Police)\b", text[m.end():m.end() + 20]):
            continue  # (not "Kent Police", "Essex County Council": a body's name)
        b.add(Entity(id=slug(m.group(0)), type="place", name=m.group(0), kind="region"), m.start(), m.end())


def find_council_places(b: Builder) -> None:
    """Claim the place a local council is named after ("Stockton-on-Tees Borough Council", "Kent County Council"):
    a place its money goes to. Without the word of local government, only a place the gazetteers know ("Dorset
    Council"), not "the Norwegian Refugee Council"."""
    g, text = b.g, b.text
    for m in COUNCIL_NAME.finditer(text):
        name, s, e = m.group("name"), m.start("name"), m.end("name")
        known = name in g.places or name in g.counties
        if not (known or m.group("local")) or name in g.demonyms or name.split()[0] in g.council_name_words:
            continue
        if any(sp.type == "place" for sp in b.covered(s, e)):
            continue
        if name in g.places:
            b.add(place_entity(g.places[name]), s, e)
        else:
            b.add(Entity(id=slug(name), type="place", name=name, kind="region"), s, e)


COUNCIL_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,2}?)"
                          r" (?P<local>(?:City|Borough|County|District|Metropolitan Borough|Town|County Borough) )?Councils?\b")
"""A council's name, the place it is named after first ("Kent County Council", "London Councils"); money reads it too."""


def find_demonym_countries(b: Builder) -> None:
    """Claim countries named only by a demonym in a clear frame ("Albanian nationals", "Afghans", "the French coast")."""
    g, text = b.g, b.text
    assert g.demonym_re is not None
    b.demonym_matches = list(g.demonym_re.finditer(text))
    for m in b.demonym_matches:
        d = m.group(0)
        if not b.free(m.start(), m.end()):
            continue
        after = text[m.end():m.end() + 30]
        if d in g.demonym_plurals or re.match(rf"^ {_PEOPLE_NOUNS}\b", after):
            _add_country(b, g.demonyms[d], m.start(), m.end())


def find_institution_countries(b: Builder) -> None:
    """Claim the country of a demonym before one of its state's institutions.

    "Belgian police", "Dutch prosecutors", "the Italian coastguard", "the
    French interior minister": the demonym names the country, also inside a
    mention of an organisation or a person that it opens or modifies (run
    after the later mentions of people, so that "the French interior
    minister" is still the minister).
    """
    g, text = b.g, b.text
    assert g.demonym_re is not None
    for m in getattr(b, "demonym_matches", None) or g.demonym_re.finditer(text):
        nxt = m.end()
        # "British and French officials": each demonym of the pair.
        pair = re.match(r"(?:,? and|,|/| or) ", text[nxt:nxt + 6])
        if pair is not None:
            other = g.demonym_re.match(text, nxt + pair.end())
            if other is not None:
                nxt = other.end()
        if not _INSTITUTION_AFTER.match(text, nxt):
            continue
        inside = b.covered(m.start(), m.end())
        if inside and not (len(inside) == 1 and inside[0].type in ("organisation", "person")
                           and inside[0].start <= m.start() and inside[0].end > m.end()):
            continue
        _add_country(b, g.demonyms[m.group(0)], m.start(), m.end())


def find_states_of_bodies(b: Builder) -> None:
    """Claim the state a story is about when it names one of that state's bodies ("the Home Office", "the National
    Audit Office") and not the state itself nor one of its nations ("Scotland", whose money is its own): the state, at
    the first mention of the body (organisations.yaml ``state_bodies``). A town, county or region of it named in the
    story still leaves the state unnamed ("hotels across Dorset … the Home Office")."""
    for span in sorted(b.spans, key=lambda sp: sp.start):
        code = b.g.state_bodies.get(span.key) if span.type == "organisation" else None
        if code is None:
            continue
        named = any(e.type == "place" and (e.id == code or code in e.members) for e in b.entities.values())
        if not named:
            _add_country(b, code, span.start, span.end)
        return


def _add_country(b: Builder, code: str, start: int, end: int) -> None:
    entry = next((p for p in b.g.places.values() if p.id == code), None)
    if entry is None:
        return
    # A demonym mention is not written as an alias of the country.
    ent = b.entities.get(code) or Entity(id=code, type="place", name=entry.name, kind="country")
    b.add(ent, start, end)
