"""The name lists behind entity finding, loaded once from ``generator/data/``.

Every list is checked on load (a bad file names itself); the compiled
patterns are built here once so that finding entities in one article is
only regex scanning and dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import datafiles
from ..datafiles import trie_pattern


def slug(text: str) -> str:
    """Return a lowercase ASCII slug of ``text`` ("Gérald Darmanin" -> "gerald-darmanin")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


@dataclass(frozen=True)
class PlaceEntry:
    """A place the gazetteers know."""

    id: str
    name: str
    kind: str
    members: tuple[str, ...] = ()
    emit: bool = True
    """False for places that are only context for another (counties)."""
    aliases: tuple[str, ...] = ()
    """Other names written with the entity whatever form the article uses
    ("Boulogne" for Boulogne-sur-Mer, "Evros river" for the Evros)."""
    border: bool = False
    """A region along a border between its members (the US-Mexico border, a river between countries)."""


def river_forms(name: str) -> list[str]:
    """Return the ways a river is written besides its bare name ("Evros river", "River Evros")."""
    return [f"{name} river", f"{name} River", f"River {name}", f"river {name}"]


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return slug(self.name)


@dataclass
class Gazetteer:
    """Everything the entity finders look names up in."""

    places: dict[str, PlaceEntry] = field(default_factory=dict)
    """Surface form (as written) -> place."""
    demonyms: dict[str, str] = field(default_factory=dict)
    """Demonym (as written) -> ISO code."""
    demonym_plurals: frozenset[str] = frozenset()
    """Demonyms that name people of a country ("Albanians")."""
    counties: frozenset[str] = frozenset()
    orgs: dict[str, OrgEntry] = field(default_factory=dict)
    """Surface form -> organisation."""
    known_org_ids: frozenset[str] = frozenset()
    """Ids of the gazetteer's organisations."""
    honorifics: dict[str, str] = field(default_factory=dict)
    """Honorific (lower case) -> gender ("m", "f" or "")."""
    roles: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    appositive_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    person_verbs: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)
    org_heads: frozenset[str] = frozenset()
    site_heads: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    instrument_heads: frozenset[str] = frozenset()
    """Last words of the names of funds, programmes, laws and plans ("Fund", "Instrument", "Bill")."""
    instrument_leads: frozenset[str] = frozenset()
    """First words of such names ("Operation")."""
    instrument_re: re.Pattern[str] | None = None
    law_after_town_re: re.Pattern[str] | None = None
    """Right after a town's name: a lower-case noun of a law or procedure ("Dublin rules")."""
    person_nouns: frozenset[str] = frozenset()
    role_status_words: frozenset[str] = frozenset()
    org_head_kinds: dict[str, str] = field(default_factory=dict)
    """Head word -> organisation kind, for organisations no gazetteer lists."""
    """Words that make a role another office ("former", "shadow")."""
    """Nouns that make an appositive describe a person ("Mohamed Abdi, a 27-year-old Somali man")."""
    facility_nouns: tuple[str, ...] = ()
    """Lower-case nouns after a name that make it a site ("the Brook House immigration removal centre")."""
    name_lead_words: frozenset[str] = frozenset()
    council_name_words: frozenset[str] = frozenset()
    portfolio_before_re: re.Pattern[str] = re.compile(r"(?!)")
    portfolio_after_re: re.Pattern[str] = re.compile(r"(?!)")
    state_bodies: dict[str, str] = field(default_factory=dict)
    """Organisation id -> the state code of the government it belongs to."""
    facility_re: re.Pattern[str] | None = None
    """A facility noun right after a name (" processing centre")."""
    """Words of not_names that may still open an organisation or place name ("West Midlands Police")."""
    first_names: dict[str, str] = field(default_factory=dict)
    """Given name -> "m", "f" or ""."""
    known_people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Surname, lower case ("von der leyen") -> full names of well-known people."""
    known_full_names: frozenset[str] = frozenset()
    common_surnames: frozenset[str] = frozenset()
    """Surnames too common to stand alone for a well-known person."""
    known_given: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Given name -> full names ("Keir" -> "Keir Starmer"), for "Sir Keir"."""
    place_re: re.Pattern[str] | None = None
    org_re: re.Pattern[str] | None = None
    demonym_re: re.Pattern[str] | None = None
    county_re: re.Pattern[str] | None = None
    role_re: re.Pattern[str] | None = None
    """A role phrase (case-insensitive), longest first."""
    speech_re: re.Pattern[str] | None = None

    def is_role(self, phrase: str) -> bool:
        return phrase.lower() in self.roles


def _alternation(surfaces: list[str]) -> str:
    """Return a regex matching any of the literal names, the longest that fits first.

    Both apostrophes are accepted wherever a name has one, and a name written
    "the X" also matches "The X". The names are compiled into a character trie
    (``(?:a(?:bc|d)?)`` rather than ``abc|ad|a``): the same strings match, and,
    as with an alternation sorted longest first, a longer name is tried before
    a shorter one at each position, but the regex engine no longer tries
    thousands of alternatives one by one at every position of the text.
    """
    forms: set[str] = set()
    for s in set(surfaces):
        variants = {s}
        if "'" in s or "’" in s:
            variants = {s.replace("’", "'"), s.replace("'", "’")}
        if s.startswith("the "):
            variants |= {"The" + v[3:] for v in variants}
        forms |= variants
    datafiles.require(bool(forms), "gazetteer", "an alternation must not be empty")
    return trie_pattern(sorted(forms))


def _compile_countries(doc: dict, name: str) -> list[dict]:
    seen: dict[str, int] = {}
    for i, c in enumerate(doc["countries"]):
        if c["code"] in seen:
            raise datafiles.fail(name, f"country code {c['code']} is listed twice (first as country {seen[c['code']] + 1})",
                                 "countries", i, "code")
        seen[c["code"]] = i
    return doc["countries"]


def _compile_cities(doc: dict, name: str) -> dict[str, dict[str, list[list[str]]]]:
    """Return {"city"|"site"|"region": {country code: [[name, alias...], ...]}} from cities.yaml (islands are regions)."""
    result: dict[str, dict[str, list[list[str]]]] = {}
    for key, kind in (("cities", "city"), ("sites", "site"), ("islands", "region")):
        result[kind] = {code: [[p.strip() for p in e.split("|") if p.strip()] for e in entries]
                        for code, entries in (doc.get(key) or {}).items()}
    return result


def _compile_orgs(doc: dict, name: str) -> list[OrgEntry]:
    return [OrgEntry(o["name"], o["kind"], tuple(o.get("aliases", ()))) for o in doc["organisations"]]


def _compile_state_bodies(doc: dict, name: str) -> dict[str, str]:
    """Organisation id -> the state whose government it belongs to (organisations.yaml ``state_bodies``)."""
    names = {o["name"] for o in doc["organisations"]}
    out: dict[str, str] = {}
    for code, bodies in doc["state_bodies"].items():
        for i, body in enumerate(bodies):
            if body not in names:
                raise datafiles.fail(name, f"{body!r} is no organisation's name in this file", "state_bodies", code, i)
            out[slug(body)] = code
    return out


def _compile_first_names(doc: dict, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, gender in (("either", ""), ("female", "f"), ("male", "m")):
        for n in doc[key].split():
            out[n] = gender
    return out


def _compile_people(doc: dict, name: str) -> tuple[list[str], list[str]]:
    return doc["people"], doc["common_surnames"]


@cache
def gazetteer() -> Gazetteer:
    """Return the gazetteer, loading and checking the data files on first use."""
    g = Gazetteer()
    places: dict[str, PlaceEntry] = {}

    def add_place(surface: str, entry: PlaceEntry) -> None:
        # The first kind to claim a surface keeps it: countries, then regions, seas, cities.
        places.setdefault(surface, entry)

    demonyms: dict[str, str] = {}
    plurals: set[str] = set()
    for c in datafiles.load("countries.yaml", _compile_countries):
        e = PlaceEntry(c["code"], c["name"], "country")
        for s in [c["name"], *(c.get("aliases") or [])]:
            add_place(s, e)
        for i, d in enumerate(c.get("demonyms") or []):
            demonyms.setdefault(d, c["code"])
            if i > 0 and d.endswith("s"):
                plurals.add(d)
    reg = datafiles.load("regions.yaml")
    for r in reg["regions"]:
        surfaces = [r["name"], *(r.get("aliases") or [])]
        written: tuple[str, ...] = ()
        if r.get("river"):
            # "the Evros river", "the River Evros": the river is named by its bare name.
            forms = river_forms(r["name"])
            written = tuple(dict.fromkeys(f for f in [*forms, *(r.get("aliases") or [])] if f != r["name"]))
            surfaces = [*forms, *(r.get("aliases") or [])] + ([r["name"]] if r.get("bare", True) else [])
        e = PlaceEntry(r["id"], r["name"], "region", tuple(r.get("members") or ()), aliases=written,
                       border=bool(r.get("border") or r.get("river")))
        for s in surfaces:
            add_place(s, e)
    for s in datafiles.load("seas.yaml")["seas"]:
        e = PlaceEntry(s["id"], s["name"], "sea")
        for surface in [s["name"], *(s.get("aliases") or [])]:
            add_place(surface, e)
    for kind, by_country in datafiles.load("cities.yaml", _compile_cities).items():
        for code, entries in by_country.items():
            for forms in entries:
                e = PlaceEntry(slug(forms[0]), forms[0], kind, (code,), aliases=tuple(forms[1:]))
                for s in forms:
                    add_place(s, e)
    g.places = places
    g.demonyms = demonyms
    g.demonym_plurals = frozenset(plurals)
    g.counties = frozenset(reg["counties"])

    orgs: dict[str, OrgEntry] = {}
    for o in datafiles.load("organisations.yaml", _compile_orgs):
        for s in (o.name, *o.aliases):
            orgs.setdefault(s, o)
    g.orgs = orgs
    g.known_org_ids = frozenset(o.id for o in orgs.values())
    g.state_bodies = datafiles.load("organisations.yaml", _compile_state_bodies)

    t = datafiles.load("titles.yaml")
    g.honorifics = {k.lower(): (v or "") for k, v in t["honorifics"].items()}
    g.pronouns = {k.lower(): (v or "") for k, v in t["pronouns"].items()}
    g.roles = frozenset(r.lower() for r in t["roles"])
    g.role_modifiers = frozenset(r.lower() for r in t["role_modifiers"])
    g.appositive_verbs = frozenset(t["appositive_verbs"])
    g.speech_verbs = frozenset(t["speech_verbs"])
    g.person_verbs = frozenset(t["person_verbs"])
    g.org_heads = frozenset(t["org_heads"])
    g.site_heads = frozenset(t["site_heads"])
    g.not_names = frozenset(t["not_names"])
    g.document_heads = frozenset(t["document_heads"])
    g.instrument_heads = frozenset(t["instrument_heads"])
    g.instrument_leads = frozenset(t["instrument_leads"])
    g.instrument_re = re.compile(r"\b(?:" + trie_pattern(sorted(g.instrument_heads | g.instrument_leads)) + r")\b")
    g.person_nouns = frozenset(t["person_nouns"])
    g.law_after_town_re = re.compile(r"[ \t]+(?-i:(?:" + trie_pattern(sorted(t["law_nouns_after_town"])) + r"))\b")
    g.role_status_words = frozenset(w.lower() for w in t["role_status_words"])
    g.org_head_kinds = {head: kind for kind, heads in t["org_head_kinds"].items() for head in heads}
    g.facility_nouns = tuple(sorted(t["facility_nouns"], key=len, reverse=True))
    g.name_lead_words = frozenset(t["name_lead_words"])
    g.council_name_words = frozenset(t["council_name_words"])
    # a party's spokesperson on a policy area, right before a name ("Greens immigration spokesperson ") or in an
    # apposition after it (", the Liberal Democrat home affairs spokesperson")
    portfolio = (r"\b(?:" + trie_pattern(sorted(w.lower() for w in t["portfolio_words"]), space=r"\s+")
                 + r")\s+(?:policy\s+)?spokes(?:person|man|woman)\b")
    g.portfolio_before_re = re.compile(portfolio + r"\s+$", re.IGNORECASE)
    g.portfolio_after_re = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?" + portfolio, re.IGNORECASE)
    g.facility_re = re.compile(r" (?:" + trie_pattern(sorted(g.facility_nouns)) + r")(?![\w-])")
    g.first_names = {k: v for k, v in datafiles.load("first_names.yaml", _compile_first_names).items()
                     if k not in set(t["not_given_names"])}

    by_surname: dict[str, list[str]] = {}
    by_given: dict[str, list[str]] = {}
    particles = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el", "bin", "ibn", "ap"}
    known, common = datafiles.load("people.yaml", _compile_people)
    g.common_surnames = frozenset(common)
    for full in known:
        words = full.split(" ")
        k = len(words) - 1
        while k > 1 and words[k - 1].lower() in particles:
            k -= 1
        by_surname.setdefault(" ".join(words[k:]).lower(), []).append(full)
        by_given.setdefault(words[0], []).append(full)
    g.known_people = {k: tuple(v) for k, v in by_surname.items()}
    g.known_full_names = frozenset(f for v in by_surname.values() for f in v)
    g.known_given = {k: tuple(v) for k, v in by_given.items()}

    b = r"(?<![\w'’-])(?:{})(?![\w-])"
    # "a London-based charity": the place before "-based" is named too; "US$267m", "NZ$5m", "US $160 million": a
    # currency's prefix names no place.
    g.place_re = re.compile(b.format(_alternation(list(places))).replace(
        r"(?![\w-])", r"(?![\w$-](?<!-(?=based\b)))(?!(?<=\b[A-Z]{2})\s\$\s?\d)"))
    g.org_re = re.compile(b.format(_alternation(list(orgs))))
    g.demonym_re = re.compile(b.format(_alternation(list(demonyms))))
    g.county_re = re.compile(b.format(_alternation(list(g.counties))))
    roles = sorted(g.roles | set(g.honorifics), key=len, reverse=True)
    # (a trie of the lower-cased roles: the same longest-first matches as an alternation, much faster)
    g.role_re = re.compile(r"\b(?:" + trie_pattern(sorted({r.lower() for r in roles}), space=r"\s+") + r")\b", re.I)
    g.speech_re = re.compile(r"\b(?:" + trie_pattern(sorted(g.speech_verbs), space=r"\s+") + r")\b")
    return g
