"""People, organisations and places named in an article.

The finders run in a fixed order over the article's text, each claiming
spans that later ones may not reuse:

1. gazetteer names of organisations and places, and phrases whose head word
   makes them an organisation ("Public Accounts Committee") or a site
   ("Hillsborough Castle"), longest match first; a gazetteer place is
   written with its other names ("Boulogne-sur-Mer" with "Boulogne", the
   "Evros" with "Evros river"), and never matched inside a hyphenated
   compound;
2. names of funds, programmes, laws and plans ("Asylum, Migration and
   Integration Fund", "Safety of Rwanda Bill", "Operation Sophia"),
   claimed whole so that none of their words becomes a person or an
   organisation;
3. organisations defined with an acronym ("National Crime Agency (NCA)"),
   spoken for ("a spokesman for Getlink"), described ("Caminando
   Fronteras, a Spanish NGO") or introduced ("advocacy group Refugee
   Support Aegean", "the charity Sea-Watch");
4. people (:mod:`.people`): a role or honorific before or after a run of
   capitalised words, a known given name, a descriptor of a person ("the
   41-year-old", "national", "smuggler"), or a verb after it;
5. towns no gazetteer holds, from the words around them, and countries
   named by a demonym (:mod:`.places`);
6. later mentions: acronyms, "Mr Sunak", "the Foreign Secretary"; then the
   country of a demonym before one of its institutions ("Belgian police",
   "the French interior minister").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from ..models import Article, Entity, Fact, Sentence
from .gazetteer import Gazetteer, OrgEntry, gazetteer, slug
from .periods import calendar_names


@dataclass(frozen=True)
class Mention:
    entity: str
    """Entity id."""
    start: int
    """Offset in Article.text."""
    end: int
    surface: str


@dataclass
class EntityIndex:
    """The entities of one article and where each is mentioned."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    """Person id -> "m" or "f" where known (for resolving "he"/"she")."""
    org_kinds: dict[str, str] = field(default_factory=dict)
    """Organisation id -> kind from the gazetteer ("government", ...), where known."""
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)
    _ordered: list[Mention] = field(default_factory=list, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def get(self, entity_id: str) -> Entity | None:
        if len(self._by_id) != len(self.entities):
            self._by_id = {e.id: e for e in self.entities}
        return self._by_id.get(entity_id)

    def _sorted(self) -> tuple[list[Mention], list[int]]:
        if len(self._starts) != len(self.mentions):
            self._ordered = sorted(self.mentions, key=lambda m: (m.start, m.end))
            self._starts = [m.start for m in self._ordered]
        return self._ordered, self._starts

    def mentions_in(self, start: int, end: int, type: str | None = None) -> list[Mention]:
        """Return the mentions between two offsets, in text order."""
        ordered, starts = self._sorted()
        out = []
        for m in ordered[bisect.bisect_left(starts, start):]:
            if m.start >= end:
                break
            if m.end <= end:
                e = self.get(m.entity)
                if e is not None and (type is None or e.type == type):
                    out.append(m)
        return out

    def in_span(self, start: int, end: int, type: str | None = None) -> list[Entity]:
        """Return the entities mentioned between two offsets, in order of first mention."""
        seen: dict[str, Entity] = {}
        for m in self.mentions_in(start, end, type):
            if m.entity not in seen:
                e = self.get(m.entity)
                if e is not None:
                    seen[m.entity] = e
        return list(seen.values())

    def entities_used(self, facts: list[Fact]) -> list[Entity]:
        """Return the entities to write: all that the article names."""
        return list(self.entities)


@dataclass
class Span:
    """A claimed stretch of text and what it names."""

    start: int
    end: int
    type: str
    """person | organisation | place"""
    key: str
    """Entity id."""
    surface: str


class Builder:
    """Collects entities and their mentions for one article."""

    def __init__(self, text: str, g: Gazetteer):
        self.text = text
        self.g = g
        self.entities: dict[str, Entity] = {}
        self.order: list[str] = []
        self.spans: list[Span] = []
        self.claimed = bytearray(len(text))
        """1 where a span has claimed the character."""
        self.genders: dict[str, str] = {}
        self.org_kinds: dict[str, str] = {}
        self.demonym_matches: list[re.Match[str]] = []
        """The demonyms of the text, found once for both demonym passes."""
        self.instruments: list[tuple[int, int]] = []
        """Names of funds, programmes and laws: claimed, and no entity."""

    # -- claiming text ------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        return not any(self.claimed[start:end])

    def covered(self, start: int, end: int) -> list[Span]:
        return [s for s in self.spans if s.start < end and start < s.end]

    def add(self, entity: Entity, start: int, end: int) -> Entity:
        """Record a mention of ``entity`` (merged into an existing one with the same id)."""
        e = self.entities.get(entity.id)
        if e is None:
            e = self.entities[entity.id] = entity
            self.order.append(entity.id)
        surface = self.text[start:end]
        self.spans.append(Span(start, end, e.type, e.id, surface))
        self.claimed[start:end] = b"\x01" * (end - start)
        if surface != e.name and surface not in e.aliases and e.type != "place":
            e.aliases.append(surface)
        return e

    def add_org(self, name: str, start: int, end: int, entry: OrgEntry | None) -> Entity:
        """Record an organisation: the gazetteer's ``entry`` (with its kind) when there is one, else a new one named ``name``."""
        if entry is None:
            return self.add(Entity(id=slug(name), type="organisation", name=name), start, end)
        self.org_kinds[entry.id] = entry.kind
        return self.add(Entity(id=entry.id, type="organisation", name=entry.name), start, end)

    def remove(self, span: Span) -> None:
        """Withdraw a claimed span (a longer name has been found over it)."""
        self.spans.remove(span)
        self.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
        for sp in self.spans:
            if sp.start < span.end and span.start < sp.end:
                self.claimed[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)

    def result(self) -> EntityIndex:
        for e in self.entities.values():
            if e.type == "organisation" and e.id not in self.org_kinds:
                # An organisation no gazetteer lists: its kind from its head word.
                self.org_kinds[e.id] = self.g.org_head_kinds.get(e.name.split(" ")[-1], "other")
        mentions = sorted((Mention(s.key, s.start, s.end, s.surface) for s in self.spans), key=lambda m: (m.start, m.end))
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.entity, m.start)
        ents = [self.entities[i] for i in self.order if i in first]
        ents.sort(key=lambda e: first[e.id])
        return EntityIndex(entities=ents, mentions=mentions, genders=dict(self.genders), org_kinds=dict(self.org_kinds))


_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")
_WORD_BEFORE = re.compile(r"([\w'’-]+)([^\w\n]*)$")
_WORD_AFTER = re.compile(r"^([^\w\n]*)([\w'’-]+)")


def word_before(text: str, start: int) -> tuple[str, str]:
    """Return the word before ``start`` and the characters between it and ``start``."""
    m = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return (m.group(1), m.group(2)) if m else ("", "")


def word_after(text: str, end: int) -> tuple[str, str]:
    """Return the characters after ``end`` up to the next word, and that word."""
    m = _WORD_AFTER.search(text[end:end + 40])
    return (m.group(1), m.group(2)) if m else ("", "")


def sentence_start(text: str, start: int) -> bool:
    """Return whether ``start`` opens a sentence (or a paragraph, or a quotation)."""
    before = text[max(0, start - 4):start]
    return start == 0 or before.endswith("\n") or bool(re.search(r"(?:[.!?:]['\"”’]?|[\"“‘(])\s*$", before))


def _glued_to_name(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Return whether a one-word gazetteer match is part of a longer proper name ("Team Europe")."""
    word, gap = word_before(text, start)
    # (an owner before it is no part of its name: "on Italy's Lampedusa", "in Indonesia's Aceh province")
    if word and gap == " " and _CAP_WORD.fullmatch(word) and word not in g.not_names and not re.search(r"['’]s$", word) \
            and word.lower() not in g.honorifics and word.lower() not in g.role_modifiers \
            and not sentence_start(text, start - len(word) - 1):
        return True
    gap, word = word_after(text, end)
    if word and gap == " " and _CAP_WORD.fullmatch(word) and not word.isupper() and word not in g.org_heads \
            and word not in g.not_names and word.lower() not in g.roles and word.lower() not in g.role_modifiers \
            and not g.role_re.match(text, end + 1) and not _office_of_before_name(text, start, word, g):
        return True
    return False


def _office_of_before_name(text: str, start: int, word: str, g: Gazetteer) -> bool:
    """Return whether a country ends an office held before a name ("President of Cyprus Nikos Christodoulides")."""
    before = text[max(0, start - 40):start]
    office = re.search(r"(\w+) of (?:the )?$", before)
    return office is not None and word in g.first_names and office.group(1).lower() in g.roles


def _glued_after(text: str, end: int, g: Gazetteer) -> bool:
    """Return whether a capitalised word that could continue a name follows ``end``."""
    gap, word = word_after(text, end)
    return bool(word) and gap == " " and bool(_CAP_WORD.fullmatch(word)) and not word.isupper() \
        and word not in g.not_names and word not in g.org_heads and word.lower() not in g.roles \
        and word not in g.places and word not in g.demonyms


_ORG_PHRASE = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Þ][\w'’&+-]*|[A-Z]{2,})(?:(?: (?:of|for|and|on|the|de|du|des|di|della|against))* (?:[A-ZÀ-Þ][\w'’&+-]*|[A-Z]{2,}))*")
_ACRONYM_DEF = re.compile(r"(?: (?:union|party|charity|agency|group|association|network|trust|coalition|alliance|council|committee|foundation|federation|institute|movement|organisation|organization))? \(([A-Z][A-Za-z]{0,3}[A-Z]{1,6}s?|[A-Z]{2,8})\)")


def _trim_phrase(words: list[str], g: Gazetteer) -> int:
    """Return how many leading words of a capitalised phrase are not part of a name ("The", "Meanwhile")."""
    i = 0
    while i < len(words) - 1 and ((words[i] in g.not_names and words[i] not in g.org_heads) and words[i] not in g.name_lead_words
                                  or words[i] in ("the", "of", "and", "for", "on")):
        # "Under the Migration and Economic Development Partnership": nor a connector after them.
        i += 1
    return i


_NAME_PARTICLE_AFTER = re.compile(r" (?:der|den|ter|ten|von|van) [A-Z]")
"""After a one-word name: it opens a Dutch or German surname ("Van der Burg", "Ter Horst")."""


def _gazetteer_matches(b: Builder) -> None:
    """Claim gazetteer organisations and places, org-head and site-head phrases, longest first."""
    g, text = b.g, b.text
    cands: list[tuple[int, int, str, object]] = []
    for m in g.org_re.finditer(text):
        cands.append((m.start(), m.end(), "org", g.orgs[_canon(m.group(0), g.orgs)]))
    for m in g.place_re.finditer(text):
        cands.append((m.start(), m.end(), "place", g.places[_canon(m.group(0), g.places)]))
    for m in _ORG_PHRASE.finditer(text):
        for base, words in _chunks(m.start(), m.group(0).split(" "), g):
            _head_phrases(base, words, g, cands)
    # Longest first; a one-word gazetteer name glued to another capitalised word is dropped.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for s, e, kind, entry in cands:
        if not b.free(s, e):
            continue
        surface = text[s:e]
        if kind in ("org", "place") and " " not in surface and _glued_to_name(text, s, e, g):
            continue
        if kind == "place" and " " not in surface and _NAME_PARTICLE_AFTER.match(text, e):
            continue  # "Van der Burg said": the first word of a person's name, not the Turkish town
        if kind == "place" and getattr(entry, "kind", None) == "city" and g.law_after_town_re is not None \
                and g.law_after_town_re.match(text, e):
            continue  # "the much-criticised Dublin rules", "Dublin transfers": a law or a procedure, not the town
        if kind == "place" and surface[:4].lower() == "the " and _glued_after(text, e, g):
            # "the Channel Islands", "the Channel Tunnel": the alias is only the start of another name.
            continue
        if kind == "org":
            assert entry is not None
            b.add_org(entry.name, s, e, entry)
        elif kind == "place":
            if not entry.emit:
                continue
            ent = b.add(place_entity(entry), s, e)
            if entry.kind != "country" and surface.lower() != ent.name.lower() and surface[:4].lower() != "the " \
                    and surface not in ent.aliases:
                # "the Balkan route" for the Western Balkans route, "the Mediterranean" for the Mediterranean Sea: the
                # article's own form is an alias too
                ent.aliases.append(surface)
        elif kind == "orgphrase":
            name = _strip_possessive(surface)
            b.add_org(name, s, e, _known_org_suffix(name, g))
        elif kind == "site":
            owner = surface.rsplit(" ", 1)[0]
            known = g.places.get(owner)
            if known is not None and known.emit:
                # "Tirana Airport", "Heathrow Airport": the town it is named after (the site's name an alias).
                ent = b.add(place_entity(known), s, e)
                if surface not in ent.aliases:
                    ent.aliases.append(surface)
            else:
                b.add(Entity(id=slug(surface), type="place", name=surface, kind="site"), s, e)



_CONSTITUENCY = re.compile(
    r"\b(?:MPs?|MSPs?|MS|TD|MLA|(?-i:member) of (?:the )?(?:Parliament|Scottish Parliament|Senedd))\s+for\s+"
    r"((?:[A-ZÀ-Þ][\w'’-]+)(?:(?:\s+(?:and|&|upon|on|under|in|the|The))?\s+[A-ZÀ-Þ][\w'’-]+)*)")


def _constituencies(b: Builder) -> None:
    """Claim the words of a seat's name ("the MP for South Holland and The Deepings").

    A country inside a constituency's name ("Holland") is not that country, and
    the name's other capitalised words ("The Deepings") are no person; the towns
    it is named after ("Dover", "Worthing") stay places.
    """
    g, text = b.g, b.text
    for m in _CONSTITUENCY.finditer(text):
        s, e = m.span(1)
        # "the MP for Dover Natalie Elphicke": the seat ends before a given name and surname.
        name = re.search(r"(?<=[\w'’-] )([A-ZÀ-Þ][\w'’-]+) [A-ZÀ-Þ][\w'’-]+$", text[s:e])
        if name and name.group(1) in g.first_names and name.group(1) not in g.places \
                and not re.search(r"(?:and|&|The|the) $", text[s:s + name.start()]):
            e = s + name.start() - 1
        keep = bytearray(e - s)
        for pm in g.place_re.finditer(text, s, e):
            entry = g.places[_canon(pm.group(0), g.places)]
            if entry.kind != "country":
                keep[pm.start() - s:pm.end() - s] = b"\x01" * (pm.end() - pm.start())
        for i in range(s, e):
            if not keep[i - s] and not text[i].isspace():
                b.claimed[i] = 1


# (with a date: "NOUAKCHOTT, Feb 8 (Reuters) -")
# ("(ANSA) - TUNIS, APR 17 - …": the agency may come first)
_DATELINE = re.compile(r"(?:^|(?<=\n\n))(?:\([A-Za-z]{2,10}\)\s*[—–-]\s*)?([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, (?P<where>[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)(?: \d{1,2})?)?(?: \([A-Za-z]{2,10}\))? [—–-] ")


def _datelines(b: Builder) -> None:
    """Claim the town of a wire-service dateline ("BRUSSELS —", "ROME (AP) —", "THE HAGUE, Netherlands —",
    "(ANSA) - TUNIS, APR 17 -")."""
    g, text = b.g, b.text
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split(" ")
        name = " ".join(w.capitalize() if len(w) > 2 or k == 0 else w.lower() for k, w in enumerate(words))
        entry = g.places.get(name) or g.places.get(name.title())
        where = g.places.get(m.group("where") or "")
        if entry is None and where is not None and where.kind in ("country", "region") and b.free(s, e) \
                and name not in g.not_names and name not in g.orgs:
            # a town the gazetteer lacks, with its state or country: "EAGLE PASS, Texas —"
            town = name.title()
            b.add(b.entities.get(slug(town)) or Entity(id=slug(town), type="place", name=town, kind="city"), s, e)
            for i in range(e, m.end()):
                b.claimed[i] = 1
            continue
        if entry is None or not entry.emit or not b.free(s, e):
            continue
        b.add(place_entity(entry), s, e)
        for i in range(e, m.end()):
            b.claimed[i] = 1  # (the date and the agency after the town are no names: "Feb 8 (Reuters)")


def place_entity(entry) -> Entity:
    """Return a new place entity for a gazetteer entry, with the other names it is written with."""
    return Entity(id=entry.id, type="place", name=entry.name, kind=entry.kind, aliases=list(entry.aliases),
                  members=list(entry.members) if entry.kind == "region" else [])


def _chunks(start: int, words: list[str], g: Gazetteer) -> list[tuple[int, list[str]]]:
    """Split a capitalised phrase after each "<head word> and (the)" ("X Network and the Y Police")."""
    out: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    pos = cur_start = start
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and" and cur and (cur[-1] in g.org_heads or cur[-1] in g.site_heads or cur[-1].isupper() and len(cur[-1]) > 1
                                   or cur[-1] in g.orgs):
            out.append((cur_start, cur))
            pos += len(w) + 1
            i += 1
            while i < len(words) and words[i] == "the":
                pos += len(words[i]) + 1
                i += 1
            cur, cur_start = [], pos
            continue
        cur.append(w)
        pos += len(w) + 1
        i += 1
    if cur:
        out.append((cur_start, cur))
    return out


@cache
def _day_or_month() -> re.Pattern[str]:
    """A weekday (or its plural) or a month, capitalised as a word in running text."""
    months, days = calendar_names()
    return re.compile("(?:%s)s?|%s" % ("|".join(days), "|".join(months)))


def _head_phrases(base: int, words: list[str], g: Gazetteer, cands: list) -> None:
    """Add the organisation and site phrases of one capitalised phrase to ``cands``."""
    # An organisation: a capitalised phrase whose last word (or the word before
    # "of X"/"for X") is an organisation head word.
    head = None
    for i, w in enumerate(words):
        if w in g.org_heads and i > 0 or (w in g.org_heads and i + 1 < len(words) and words[i + 1] in ("of", "for", "on")):
            head = i
            if i + 1 < len(words) and words[i + 1] == "and":
                break
    if head is not None:
        end_i = head
        j = head + 1
        while j + 1 < len(words) and words[j] in ("of", "for", "on", "against"):
            k = j + 1
            while k < len(words) and words[k] in ("the",):
                k += 1
            while k < len(words) and words[k] not in ("and", "of", "for", "on"):
                k += 1
            if any(re.search(r"['’]s$", w) or w in g.not_names and w not in g.name_lead_words
                   # (but a common noun ending the name is its field: "Japan Association for Refugees")
                   and not (k == len(words) and w is words[-1] and not _day_or_month().fullmatch(w))
                   for w in words[j + 1:k]) \
                    or words[k - 1] in g.document_heads:
                # "Inner London Crown Court on Friday": nor through a day or a common word.
                # "the Council on the Pact on Migration": nor through a law or a pact.
                # "European Parliament for Germany's Left party": no name runs through a possessive.
                break
            end_i, j = k - 1, k
        lead = _trim_phrase(words, g)
        # "Rwanda's Economic Transformation Fund", "Amnesty International's European
        # Institutions Office": the owner is not part of the name.
        owners = [k for k in range(lead, head) if re.search(r"['’]s$", words[k])]
        if owners:
            lead = owners[-1] + 1
        # "Chief Constable Tim Smith of Kent Police", "President of the European
        # Commission": a head after "of"/"for" names the organisation on its own
        # unless a head word before the preposition makes the whole one name
        # ("Council of Europe Development Bank").
        joins = [k for k in range(lead, head) if words[k] == "and"]
        if joins and any(w.lower() in g.roles for w in words[lead:joins[-1]]):
            # "Dutch Prime Minister Mark Rutte and European Commission President …": a person
            # with an office before "and" is no part of the organisation after it.
            lead = joins[-1] + 1
        preps = [k for k in range(lead, head) if words[k] in ("of", "for")]
        if preps and not any(w in g.org_heads for w in words[lead:preps[-1]]):
            lead = preps[-1] + 1
            while lead < head and words[lead] == "the":
                lead += 1
        if lead <= head:
            name_words = words[lead:end_i + 1]
            if len(name_words) >= 2:
                s = base + len(" ".join(words[:lead])) + (1 if lead else 0)
                e = s + len(" ".join(name_words))
                cands.append((s, e, "orgphrase", None))
    for i, w in enumerate(words):
        if w in g.site_heads and i > 0:
            lead = _trim_phrase(words, g)
            # "Chester and the Park Inn": the site is named after the last "and"/"the".
            joins = [k for k in range(lead, i) if words[k] in ("and", "the", "or")]
            if joins:
                lead = joins[-1] + 1
            if lead < i:
                s = base + len(" ".join(words[:lead])) + (1 if lead else 0)
                e = s + len(" ".join(words[lead:i + 1]))
                cands.append((s, e, "site", None))
            break


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _known_org_suffix(name: str, g: Gazetteer):
    """Return the gazetteer organisation that ``name`` is, less a leading country word ("UK Border Force")."""
    words = name.split(" ")
    if len(words) > 1 and (words[0] in g.demonyms or words[0] in g.places):
        rest = " ".join(words[1:])
        if rest in g.orgs:
            return g.orgs[rest]
    return None


def _canon(surface: str, table: dict) -> str:
    """Return the key of ``table`` that a regex match stands for (apostrophes and "The" folded)."""
    if surface in table:
        return surface
    folded = surface.replace("’", "'")
    for cand in (folded, "the" + folded[3:] if folded.startswith("The") else folded):
        if cand in table:
            return cand
        alt = cand.replace("'", "’")
        if alt in table:
            return alt
    raise KeyError(surface)


_CAP = r"(?:[A-ZÀ-Þ][\w'’&-]*|[A-Z]{2,})"
_INSTRUMENT_RUN = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:(?:,?(?: (?:of|for|and|on|the|to|in|against|de|du|des|from|with))+ |, | ){_CAP})*")
_INSTRUMENT_TAIL = re.compile(rf" (?:of|for|on|against|to) (?:the )?{_CAP}(?:(?: (?:and|of|the|for|on))* {_CAP})*")


def _instrument_names(b: Builder) -> None:
    """Claim the names of funds, programmes, laws and plans so that no person or organisation is made of them.

    "the bloc's Border Management and Visa Instrument", "the Asylum, Migration
    and Integration Fund", "the Safety of Rwanda Bill", "Operation Sophia": the
    capitalised phrase up to its head word (from ``instrument_heads``) and any
    "of/for/on X" after it, less an owner ("the bloc's") and a leading
    sentence word. Places and listed organisations inside keep their mentions;
    organisations made up from the phrase's words give way.
    """
    g, text = b.g, b.text
    if g.instrument_re is None or not g.instrument_re.search(text):
        return
    for m in _INSTRUMENT_RUN.finditer(text):
        if " " not in m.group(0) or not g.instrument_re.search(m.group(0)):
            continue
        tokens = [(t.start(), t.end(), t.group(0)) for t in re.finditer(r"[^\s,]+", m.group(0))]
        tokens = [(m.start() + a, m.start() + z, w) for a, z, w in tokens]
        words = [w for _, _, w in tokens]
        # The head ends the name: "Sir Bill Cash" is no bill.
        heads = [k for k, w in enumerate(words) if w in g.instrument_heads and k > 0 and words[k - 1][:1].isupper()
                 and not (k + 1 < len(words) and words[k + 1][:1].isupper() and text[tokens[k][1]:tokens[k + 1][0]] == " ")]
        leads = [k for k, w in enumerate(words) if w in g.instrument_leads and k + 1 < len(words) and words[k + 1][:1].isupper()]
        prev = -1
        for k in heads:
            # "the Illegal Migration Act and the Rwanda Asylum Partnership Agreement": two names.
            lead, prev = prev + 1, k
            for j in range(lead, k):
                # "the bloc's Border Management...", "Britain's Safety of Rwanda Bill": the owner is no part.
                if re.search(r"['’]s$", words[j]):
                    lead = j + 1
            while lead < k and (words[lead] in g.not_names and words[lead] not in g.name_lead_words
                                and words[lead] not in g.instrument_heads or words[lead] in ("of", "for", "and", "on", "the", "to", "in")):
                lead += 1
            if lead >= k:
                continue
            s, e = tokens[lead][0], tokens[k][1]
            if "," in text[s:e] and " and " not in text[s:e]:
                # A comma with no "and": a list of separate names, not one ("Fund, Home Office ...").
                s = tokens[max(i for i in range(lead, k + 1) if "," not in text[tokens[i][0]:e])][0]
            if words[k] in g.org_heads and " and " not in text[s:e]:
                # "the UN Population Fund", "the Global Fund": a fund that is also a body
                # stays an organisation; "Asylum, Migration and Integration Fund" does not.
                continue
            tail = _INSTRUMENT_TAIL.match(text, e)
            if tail is not None and not any(w in g.not_names and w not in g.name_lead_words for w in tail.group(0).split()[1:]):
                e = tail.end()
            _claim_instrument(b, s, e)
        for k in leads:
            j = k + 1
            while j + 1 < len(words) and words[j + 1][:1].isupper() and words[j + 1] not in g.not_names:
                j += 1
            _claim_instrument(b, tokens[k][0], tokens[j][1])


def _claim_instrument(b: Builder, s: int, e: int) -> None:
    inside = b.covered(s, e)
    made_up = [sp for sp in inside if sp.type == "organisation" and sp.key not in b.g.known_org_ids]
    if any((sp.start < s or sp.end > e) and sp not in made_up for sp in inside):
        return
    for sp in made_up:
        # "Illegal Migration Act and the Rwanda Asylum Partnership": no organisation runs into a fund or a law.
        b.remove(sp)
    for sp in inside:
        if sp.type == "place" and b.entities[sp.key].kind in ("city", "site"):
            # "the Dublin Regulation", "the Sandhurst Treaty": a town in the title of a law is no place of the story.
            b.remove(sp)
    b.claimed[s:e] = b"\x01" * (e - s)
    b.instruments.append((s, e))


def _person_shaped(words: list[str], before: str, g) -> bool:
    """Whether the capitalised words before a bracketed acronym are a person's name: a given name first (and two
    or three words, none a body's head), or a role or verb of speech right before them."""
    words = [w for w in words if w]
    while words and (words[0] in g.not_names or words[0].lower() in g.roles):
        words = words[1:]
    if not 2 <= len(words) <= 3 or any(w in g.org_heads or w in g.places for w in words):
        return False
    if words[0] in g.first_names and words[0] not in g.not_names:
        return True
    return re.search(r"\b(?:said|says|told|senator|minister|MP|MEP|leader|deputy|chair(?:man|woman)?)\s+$", before,
                     re.IGNORECASE) is not None


def _acronym_orgs(b: Builder) -> None:
    """Claim "Capitalised Words (ACRONYM)" organisations and every later use of the acronym."""
    g, text = b.g, b.text
    acronyms: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        pm = None
        for pm in re.finditer(r"(?:[A-ZÀ-Þ][\w'’&-]*|[A-Z]{2,})(?:(?: (?:of|for|and|on|the|de|du))* (?:[A-ZÀ-Þ][\w'’&-]*|[A-Z]{2,}))*$", text[max(0, m.start() - 120):m.start()]):
            pass
        if pm is None:
            continue
        base = m.start() - len(pm.group(0))
        words = pm.group(0).split(" ")
        # Trim from the left to the shortest tail whose initials spell the acronym.
        start_i = _trim_phrase(words, g)
        spelled = False
        for i in range(start_i, len(words)):
            initials = "".join(w if w.isupper() else w[0] for w in words[i:] if w[0].isupper())
            if initials.upper() == "".join(letters):
                start_i, spelled = i, True
                break
        if not spelled and acr in g.orgs and " ".join(words[start_i:]) not in g.orgs:
            # "Stuart C McDonald (SNP)": a known party's or body's acronym after a name that does not spell it.
            continue
        if not spelled and len(letters) <= 4 and _person_shaped(words[-3:], text[max(0, base - 40):base], g):
            # "said Andrea Lindholz (CSU)", "senator David Pocock (ACT)": a person's party or state, not the name's
            # acronym
            continue
        name_words = words[start_i:]
        name = " ".join(name_words)
        s = base + len(" ".join(words[:start_i])) + (1 if start_i else 0)
        e = s + len(name)
        existing = [sp for sp in b.covered(s, e)]
        if any(sp.type == "place" for sp in existing) or any(a < e and s < z for a, z in b.instruments):
            # "the Asylum, Migration and Integration Fund (AMIF)": a fund's acronym names no organisation.
            continue
        # "European Council on Refugees and Exiles (ECRE)": a shorter phrase found
        # inside the name the acronym spells gives way to the whole name.
        inner = [sp for sp in existing if sp.type == "organisation" and s <= sp.start and sp.end <= e and (sp.start, sp.end) != (s, e)]
        if inner and len(inner) == len(existing) and acr not in g.orgs and all(sp.key not in g.known_org_ids for sp in inner) \
                and len([w for w in name_words if w[0].isupper()]) == len(letters):
            for sp in inner:
                b.remove(sp)
            existing = []
        if any(sp.type == "organisation" for sp in existing):
            org_id = next(sp.key for sp in existing if sp.type == "organisation")
        else:
            org_id = b.add_org(name, s, e, g.orgs.get(acr)).id
        ent = b.entities[org_id]
        if acr not in ent.aliases and acr != ent.name:
            ent.aliases.append(acr)
        acronyms[acr] = org_id
    for acr, org_id in acronyms.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text):
            if b.free(m.start(), m.end()):
                b.add(b.entities[org_id], m.start(), m.end())


_SPOKES_FOR = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|press officer|statement) (?:for|from) (?:the )?"
    r"(?P<org>[A-ZÀ-Þ][\w'’&-]*(?: (?:[A-ZÀ-Þ][\w'’&-]*|of|for|and|the|de|des|du)){0,5})")


_ORG_APPOSITION = re.compile(
    r"(?<![\w'’-])(?P<org>[A-ZÀ-Þ][\w'’&-]*(?: (?:[A-ZÀ-Þ][\w'’&-]*|of|for|and|the|de|des|du|di|sans)){0,5}), (?:a|an|the) "
    r"(?:(?!(?:of|for|with|in|at|to|by|from|on|member|members|part)\b)[\w-]+ ){0,3}?(?:NGO|charity|campaign group|pressure group|rights group|aid group|think tank|think-tank|trade union|union|"
    r"organisation|organization|agency|company|firm|newspaper|broadcaster|news agency|network|association|foundation|collective|refugee council)\b"
    # "Jane Smith, a charity worker": a person who works for one.
    r"(?![ -](?:worker|workers|volunteer|boss|chief|director|founder|co-founder|leader|official|spokes\w+|member|trustee|manager|"
    r"head|employee|staff|worker|campaigner|activist|lawyer|researcher|officer|representative|coordinator|CEO)\b)")

# "Advocacy group Refugee Support Aegean", "the charity Sea-Watch", "think tank
# Migration Observatory", "the union Unison": a descriptor of an organisation
# right before a name.
_ORG_DESCRIPTOR = re.compile(
    # What stands before the noun ("advocacy", "rescue", "the") does not change the name after it.
    r"(?<![\w'’-])(?:[Gg]roup|[Cc]harity|NGO|[Oo]rganisation|[Oo]rganization|[Nn]etwork|[Cc]ollective|[Aa]ssociation|[Tt]hink[ -]tank|"
    r"[Uu]nion|[Ww]atchdog|[Pp]latform|[Ff]oundation|[Ii]nstitute|[Cc]oalition|[Aa]lliance|[Cc]ampaigners)"
    r",? (?P<org>(?:[A-ZÀ-Þ][\w'’&+-]*|[A-Z]{2,})(?: (?:(?:of|for|and|the|de|des|du|di|sans|on|without|to|in|at) )*(?:[A-ZÀ-Þ0-9][\w'’&+-]*)){0,6})")
_DESCRIPTOR_NOT = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Baroness"})
_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
                       "August September October November December Last Next This".split())


def _descriptor_orgs(b: Builder) -> None:
    """Claim the organisation a descriptor introduces: "Advocacy group Refugee Support Aegean", "the NGO Alarm Phone"."""
    g, text = b.g, b.text
    for m in _ORG_DESCRIPTOR.finditer(text):
        words = m.group("org").split(" ")
        if words[0] in _DESCRIPTOR_NOT or words[0].lower() in g.honorifics or words[0].lower() in g.roles:
            continue
        # Trailing connectors and a possessive are not part of the name.
        while words and words[-1] in ("of", "for", "and", "the", "de", "des", "du", "di", "on", "to", "in", "at", "without", "sans"):
            words.pop()
        name = _strip_possessive(" ".join(words))
        # "the group said on Monday": a day or a sentence word ends the name.
        cut = [k for k, w in enumerate(words) if k > 0 and w in _DAY_WORDS]
        if cut:
            words = words[:cut[0]]
            while words and words[-1] in ("of", "for", "and", "the", "de", "des", "du", "di", "on", "to", "in", "at"):
                words.pop()
            name = _strip_possessive(" ".join(words))
        if not name or name in g.not_names or name in g.demonyms or name in g.places or name in g.demonym_plurals \
                or len(words) == 1 and re.match(r" [a-z]", text[m.start("org") + len(name):m.start("org") + len(name) + 2]) \
                and (words[0].endswith(("ish", "ian", "ese", "i")) or words[0] in g.first_names):
            # "the group Kurdish smugglers used": an adjective before a noun names no group.
            continue
        s = m.start("org")
        e = s + len(name)
        inside = b.covered(s, e)
        if any(sp.start == s and sp.end == e for sp in inside) or any(sp.start < s or sp.end > e for sp in inside):
            # Already a name of its own ("rights group Human Rights Watch"), or one that runs on.
            continue
        if any(sp.type == "organisation" and sp.key in g.known_org_ids for sp in inside):
            continue
        if len(words) == 1 and inside:
            continue
        for sp in inside:
            # "Refugee Support Aegean": a sea or a town inside the name of the group gives way.
            b.remove(sp)
        known = g.orgs.get(name)
        b.add_org(name, s, e, known)
        if known is None:
            b.org_kinds.setdefault(slug(name), "ngo" if re.search(r"(?i)charity|ngo|rights|aid|rescue|humanitarian|advocacy|campaign", m.group(0)) else "other")


def _appositive_orgs(b: Builder) -> None:
    """Claim "Caminando Fronteras, a Spanish NGO,": a name described as an organisation is one."""
    g, text = b.g, b.text
    for m in _ORG_APPOSITION.finditer(text):
        words = m.group("org").split(" ")
        i = 0
        while i < len(words) - 1 and words[i] in g.not_names and words[i] not in g.name_lead_words:
            i += 1
        words = words[i:]
        if words and words[0] in ("of", "for", "and", "the"):
            continue
        name = " ".join(words)
        s = m.end("org") - len(name)
        e = m.end("org")
        if not name or name in g.not_names or name in g.places or name in g.demonyms \
                or words[0] in g.first_names and len(words) <= 3 and words[-1] not in g.org_heads:
            continue
        if not b.free(s, e):
            # "Aegean Boat Report, a Norwegian NGO": a place word inside the name gives way to it.
            inside = b.covered(s, e)
            if len(words) < 2 or any(sp.type != "place" or sp.start < s or sp.end > e for sp in inside):
                continue
            for sp in inside:
                b.remove(sp)
        b.add_org(name, s, e, g.orgs.get(name))


def _spokesperson_orgs(b: Builder) -> None:
    """Claim "a spokesman for Getlink": who a spokesperson speaks for is an organisation."""
    g, text = b.g, b.text
    for m in _SPOKES_FOR.finditer(text):
        words = m.group("org").split(" ")
        while words and words[-1] in ("of", "for", "and", "the", "de", "des", "du"):
            words.pop()
        name = _strip_possessive(" ".join(words))
        s = m.start("org")
        e = s + len(name)
        if not name or name in g.not_names:
            continue
        if not b.free(s, e):
            # "a spokeswoman for Brittany Ferries": a place that only opens the name gives way.
            inside = b.covered(s, e)
            if len(words) < 2 or len(inside) != 1 or inside[0].type != "place" or inside[0].start != s \
                    or inside[0].end >= e or b.text[inside[0].end:e].strip() in g.places:
                continue
            b.remove(inside[0])
        first = words[0]
        # "a spokesman for Rishi Sunak", "a spokeswoman for Mr Rama": a person.
        if first in g.first_names and words[-1] not in g.org_heads or first.lower() in g.honorifics or name.lower() in g.roles or first.lower() in g.roles \
                or name in g.places or name in g.demonyms or re.search(r"['’]s$", words[-1]) or name.lower() in g.known_people:
            continue
        b.add_org(name, s, e, g.orgs.get(name))


def find_entities(article: Article, sentences: list[Sentence]) -> EntityIndex:
    """Return the entities the article names, with their mentions."""
    from . import people, places  # they build on this module's Builder

    g = gazetteer()
    b = Builder(article.text, g)
    _constituencies(b)
    _gazetteer_matches(b)
    _datelines(b)
    _instrument_names(b)
    _acronym_orgs(b)
    _spokesperson_orgs(b)
    _appositive_orgs(b)
    _descriptor_orgs(b)
    people.find_people(b)
    places.find_unlisted_places(b)
    places.find_counties(b)
    places.find_council_places(b)
    places.find_demonym_countries(b)
    people.find_later_mentions(b)
    places.find_institution_countries(b)
    places.find_states_of_bodies(b)
    return b.result()
