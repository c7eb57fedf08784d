"""Places no gazetteer lists, found from the words around them, and countries named by demonym.

A small town ("Gjader", "Thurrock") is taken when the sentence frames it as a
place: after "the port/town/village of", before "in <direction of> <known
place>", before ", <county or known place>" after a locative preposition, or
after "a site/centre/camp at". Nothing here depends on the town itself.
"""

from __future__ import annotations

import re

from ..models import Entity
from .entities import Builder
from .gazetteer import slug

_TOWN = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-Za-zà-ÿ][a-zà-öø-ÿ]+)*)(?: (?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Za-zà-ÿ][a-zà-öø-ÿ]+)*)){0,2}"
_DIRECTION = r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeast|northwest|southeast|southwest|rural|coastal|inner|outer)\s+)"
_LOCATIVE = r"(?:at|in|from|near|outside|to|into|towards|via|off|and|or|between|around)"

# Each pattern has a group "town" and, where the frame names a container, a group "where".
_PATTERNS = [
    # the port of X, the port city of X, the town of X, the Greek island of X
    (re.compile(rf"\b(?:port|town|village|city|island|commune|district|suburb|borough|resort|harbour|municipality|hamlet|enclave)(?: city| town)? of (?P<town>{_TOWN})"), "city"),
    # (at|in|from) X in (the north-west of)? <place>
    (re.compile(rf"\b{_LOCATIVE} (?P<town>{_TOWN}),? (?:in|near|outside) (?:the )?{_DIRECTION}?(?:of (?:the )?)?(?P<where>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"), "city"),
    # (at|in|from|and) X, (east)? <county or known place>
    (re.compile(rf"\b{_LOCATIVE} (?P<town>{_TOWN}), {_DIRECTION}?(?P<where>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"), "city"),
    # a site / centre / camp / base at X
    (re.compile(rf"\b(?:site|centre|center|camp|base|facility|barracks|airfield|hotel|hub|jungle|encampment) (?:at|in|near|outside) (?P<town>{_TOWN})"), "site"),
]


def _is_known_place(b: Builder, name: str) -> bool:
    g = b.g
    return name in g.places or name in g.counties or name in g.demonyms


def _town_ok(b: Builder, start: int, end: int, name: str) -> bool:
    g = b.g
    words = name.split(" ")
    if not b.free(start, end):
        return False
    if any(w in g.not_names or w.lower() in g.honorifics or w.lower() in g.roles or w in g.org_heads for w in words):
        return False
    if name in g.demonyms or name in g.orgs or name in g.counties or name in g.places:
        return False
    return True


def find_unlisted_places(b: Builder) -> None:
    """Claim towns and sites that the gazetteers lack but the context shows to be places."""
    text = b.text
    for pat, kind in _PATTERNS:
        for m in pat.finditer(text):
            name = m.group("town")
            s, e = m.start("town"), m.end("town")
            if "where" in pat.groupindex and m.group("where") is not None:
                where = m.group("where")
                ws = m.start("where")
                # The container must be a known place, a county, or already claimed as a place.
                if not (_is_known_place(b, where) or _is_known_place(b, where.split(" ")[0])
                        or any(sp.type == "place" for sp in b.covered(ws, ws + len(where)))):
                    continue
            # A town made of several words must not run into a person or organisation.
            while " " in name and not _town_ok(b, s, e, name):
                name = name.rsplit(" ", 1)[0]
                e = s + len(name)
            if not _town_ok(b, s, e, name):
                continue
            b.add(Entity(id=slug(name), type="place", name=name, kind=kind), s, e)
    # Every later use of a town found above.
    towns = [en for en in b.entities.values() if en.type == "place" and en.kind in ("city", "site") and en.name not in b.g.places]
    for en in towns:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(en.name)}(?![\w-])", text):
            if b.free(m.start(), m.end()):
                b.add(en, m.start(), m.end())


_PEOPLE_NOUNS = r"(?:nationals?|citizens?|migrants?|asylum seekers?|refugees?|people|men|women|children|families|passport holders|government|authorities|coast|coastline|beaches|shores|waters|border|territory|soil|mainland)"


def find_demonym_countries(b: Builder) -> None:
    """Claim countries named only by a demonym in a clear frame ("Albanian nationals", "Afghans", "the French coast")."""
    g, text = b.g, b.text
    assert g.demonym_re is not None
    for m in g.demonym_re.finditer(text):
        d = m.group(0)
        if not b.free(m.start(), m.end()):
            continue
        after = text[m.end():m.end() + 30]
        if d in g.demonym_plurals or re.match(rf"^ {_PEOPLE_NOUNS}\b", after):
            code = g.demonyms[d]
            entry = next((p for p in g.places.values() if p.id == code), None)
            if entry is None:
                continue
            # A demonym mention is not written as an alias of the country.
            existing = b.entities.get(code)
            ent = existing or Entity(id=code, type="place", name=entry.name, kind="country")
            b.add(ent, m.start(), m.end())
