"""People: runs of capitalised words that a role, title or verb shows to be a name.

A run such as "Home Secretary Suella Braverman" is split after its last role
or honorific; what is left is a name when something vouches for it: a role
or honorific before it, a role in apposition after it ("Gérald Darmanin, the
French interior minister"; "Ruven Menikdiwela, who heads ..."), a known
given name, a verb of speech or action after it, or a later "Mr/Ms
<surname>". Whatever the given name, a full name is a person after a
descriptor of a person ("41-year-old Kurdish Iraqi national Hewa
Rahimpur", "Smuggler Karwan Qadir", "father-of-two", "named as", "the
defendant") or as the subject of "was sentenced/jailed/charged". A given
name alone before an age ("Ahmed, 19, from Khartoum", "Omer, a 26-year-old
Afghan") is a person known by that name. A role may carry a complement before the name ("EU
Commissioner for Home Affairs Ylva Johansson") or after it ("…, the prefect
of the Pas-de-Calais,"). "Mr Sunak", "Sir Keir" and "the Foreign Secretary"
are then resolved to the person they stand for: one the article names in
full, else a well-known person from ``people.yaml`` with that surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import trie_pattern
from ..models import Entity
from .entities import Builder, sentence_start, word_after, word_before
from .gazetteer import slug

PARTICLES = frozenset("von van der den de del della di da du la le bin ben al el dos das ter zu af ibn abu ap lo dello degli dei dalla".split())
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LO = "a-zà-öø-ÿĀ-ž"
_TOK = (rf"(?:(?:al|el|ad|as|ash|an|bin|ibn|abu|ben)-[{_UP}][{_LO}]+"
        # An abbreviated title with its full stop before a name: "Sen. John Cornyn", "Rep. Joaquin Castro".
        rf"|(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Prof|Rev|Insp|Det|Supt|Cllr|Hon|Mr|Mrs|Ms|Pres|Amb|Adm|Maj|Cmdr)\.(?= [{_UP}])"
        # (an apostrophe inside a name: "O'Brien", "Fred Matiang'i", not a possessive "Fred's")
        rf"|(?:[OD]['’](?=[A-Z]))?[{_UP}][{_LO}]+(?:['’][A-Z][{_LO}]+|['’](?!s\b)[{_LO}]+)?(?:[A-Z][{_LO}]+)?(?:-[{_UP}{_LO}][{_LO}]+)*|[A-Z]\."
        # A short capitalised abbreviation before a name: "DI Reid", "MP Mike Tapp".
        rf"|[A-Z]{{2,3}}(?= [{_UP}][{_LO}])"
        # A middle initial without its full stop: "Stuart C McDonald" (not "A" or "I").
        rf"|(?<=[{_LO}] )[B-HJ-Z](?= [{_UP}][{_LO}]))")
# Particles that, capitalised, open a place name ("De Panne") as often as a surname:
# no evidence of a given name. "Ben" and "Al" are given names too.
_GIVEN_NOT = PARTICLES - {"ben", "bin", "al"}
_LOOKUP_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "sir", "dame", "lord", "baroness", "lady",
                                "president", "chancellor", "commissioner", "king", "queen", "prince", "princess", "sheikh"})
# Definite articles that open a foreign newspaper's or party's name, not a person's.
_ARTICLES = frozenset({"La", "Le", "Les", "El", "Il", "Lo", "Der", "Die", "Das", "Het"})
_FUNCTION_AFTER = frozenset("from of in at with who whose and for on living based now known accused wanted convicted jailed "
                             "described nicknamed called".split())
_COURTESY = frozenset({"mr", "mrs", "ms"})
_JUDICIAL = frozenset({"justice", "judge"})
_PEERAGES = frozenset({"lord", "baroness", "baron", "viscount", "viscountess", "earl", "countess"})
_PART = r"(?:" + "|".join(sorted(PARTICLES)) + r")"
# (a name may open a quote in single marks: "'Keir Starmer has lost control'", not follow a letter: "O'Brien")
CANDIDATE = re.compile(rf"(?<![\w-])(?<!\w['’]){_TOK}(?:(?: {_PART})* {_TOK})*(?=['’]s\b|[^\w'’-]|$)")
_PLACE_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:port|town|village|city|island|commune|suburb|"
                               r"resort|harbour|hamlet|county|province|region|district|municipality)\b(?!\s+(?:council|mayor|"
                               r"hall|police|of\b))", re.IGNORECASE)
_SURNAME_TITLES = frozenset({"King", "Judge", "Major", "Bishop", "Dean", "Prince"})
_AUXILIARIES = frozenset("has had is was will would has been".split())
_ETHNIC = frozenset("Kurd Kurds Kurdish Pashtun Hazara Tamil Rohingya Arab Berber Yazidi Uyghur Oromo Tigrayan Amhara Baloch".split())
_DESCRIPTOR_WORD = re.compile(r"(?:Smuggler|Trafficker|Defendant|Ringleader|Kingpin|(?:Father|Mother)-of-\w+)")
_DESCRIPTOR_BEFORE = re.compile(
    r"(?:\b(?:nationals?|citizen|named as|named locally as|identified as|smuggler|people smuggler|trafficker|defendant|"
    r"ringleader|kingpin|gang leader|(?:father|mother)-of-\w+|(?:father|mother) of (?:one|two|three|four|five|six)|"
    # "his brother Shwan Hussein", "a 41-year-old Iraqi man, Hewa Rahimpur", "the pair, X and Y"
    r"brother|sister|son|daughter|husband|wife|cousin|uncle|nephew|niece|co-defendant|accomplice|lieutenant|"
    r"(?:man|woman|teenager|migrant|refugee|asylum seeker|pair|trio|couple|brothers|sisters|men|women)(?=,)"
    # "Only one of them, Hajratullah Ahmadi, has been identified": one of the people told of
    r"|\b(?:one|two|three|another|the first|the youngest|the eldest|the oldest) of (?:them|the (?:dead|victims|passengers|survivors|"
    r"migrants|men|women|children))(?=,))"
    r"|\b\d{1,3}-year-old),?\s+$")
# "Aram Rashid was sentenced to nine years": the subject of a sentence passed on a person.
_SENTENCED_AFTER = re.compile(
    r"(?:,? who)? (?:was|were|has been|had been|is|will be)(?: later| also| subsequently| previously)? "
    r"(?:sentenced|jailed|charged|convicted|imprisoned|extradited|remanded|acquitted|found guilty|cleared|deported|fined|"
    r"given|handed|arrested|detained)\b")
_APPOS_LEAD = re.compile(r"^,\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\w'’-]+\s+){0,5}?)")


@dataclass
class Candidate:
    start: int
    """Offset of the name (after any role or honorific)."""
    end: int
    words: list[str]
    honorific: str | None
    role: str | None
    strong: bool
    mention_start: int
    """Offset of the mention: with an honorific, where the honorific starts."""
    accepted: bool = True
    """False for a name nothing vouches for yet (a list with a person may still)."""
    absorbs: tuple = ()
    """Place spans inside the name that give way to it ("Baroness Jenkins of Wrexham")."""
    lone_given: bool = False
    """A given name alone before an age ("Ahmed, 19, from Khartoum"): someone known by that name only."""

    @property
    def short(self) -> bool:
        """A surname alone ("Sunak", "von der Leyen")."""
        return len([w for w in self.words if w.lower() not in PARTICLES]) == 1 or self.words[0] in PARTICLES

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(r"\S+", text[start:end])]


def _role_before(b: Builder, start: int) -> str | None:
    """Return the role written right before ``start`` ("foreign minister Vincent", "Prime Minister, Mark")."""
    window = b.text[max(0, start - 80):start]
    best = None
    for m in b.g.role_re.finditer(window):
        rest = window[m.end():]
        if re.fullmatch(r"\s*,?\s*", rest):
            best = m.group(0)
            # "Former Conservative home secretary Dame Priti Patel": the status
            # (and what stands between it and the office) belongs to the role.
            lead = re.search(r"((?:[\w'’-]+\s+){1,3})$", window[:m.start()])
            if lead:
                words = lead.group(1).split()
                for k in range(len(words)):
                    if words[k].lower() in b.g.role_status_words and all(
                            w.lower() in b.g.role_modifiers or w in b.g.demonyms or w in b.g.orgs or w[0].isupper()
                            for w in words[k + 1:]):
                        best = " ".join(words[k:]) + " " + best
                        break
    return best


_CWORD = r"(?:[A-ZÀ-Þ][\w'’&.-]*|and|of|for|the|on|&)"
# (a portfolio may list its fields: "Minister for Children, Equality, Disability, Integration and Youth Norma Foley")
_LIST_COMMA = r",\s+(?=[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}(?:,|\s+and\s))"
_COMPLEMENT_TAIL = re.compile(rf"\s+(?:of|for|in)\s+(?:the\s+)?(?:{_CWORD}(?:(?:\s+|{_LIST_COMMA}){_CWORD})*(?:\s+|(?P<comma>,\s+)))?$")


def _role_with_complement(b: Builder, run_start: int) -> tuple[int, bool] | None:
    """Return (offset, comma) of a role with an "of/for/in" complement that runs up to ``run_start``.

    "EU Commissioner for Home Affairs Ylva Johansson", "Minister for Border
    Security and Asylum Dame Angela Eagle", "The mayor of Grande-Synthe,
    Martial Beyaert": the offset is where the role starts; ``comma`` says a
    comma sets the name apart from the complement.
    """
    g = b.g
    window_start = max(0, run_start - 120)
    window = b.text[window_start:run_start]
    if " of " not in window and " for " not in window and " in " not in window:
        return None
    # Leftmost "of"/"for" first: the longest complement that reaches the name.
    # (or "in" a place: "UN Resident Coordinator in Bangladesh Robert D Watkins")
    for p in re.finditer(r"\s(?:of|for|in)\s", window):
        t = _COMPLEMENT_TAIL.match(window, p.start())
        if not t or t.end() != len(window):
            continue
        for m in g.role_re.finditer(window, max(0, p.start() - 60), p.start()):
            if m.end() == p.start() and m.group(0).lower() in g.roles:
                return window_start + m.start(), bool(t.group("comma"))
    return None


def _complement_split(words: list[str], g, comma: bool) -> int | None:
    """Return the index of the first name word in a run that may begin with a role's complement."""
    if comma:
        return 0
    for j in range(1, len(words)):
        if words[j] in g.first_names and words[j] not in g.not_names and words[j] not in PARTICLES:
            return j
    if words and words[0] in g.first_names and words[0] not in g.not_names and len(words) > 2 and words[1] in PARTICLES:
        return 0  # ("President of the Commission Ursula von der Leyen": a given name, then a surname with particles)
    if len(words) >= 3:
        j = len(words) - 2
        while j > 1 and words[j - 1] in PARTICLES:
            j -= 1
        return j
    if len(words) == 2 and words[0] in g.first_names:
        return 0
    return None


def _clean_role(role: str) -> str:
    """Return a role without a dangling preposition ("spokesman for" -> "spokesman")."""
    return re.sub(r"\s+(?:for|of|at|to)$", "", role.strip(" ,"))


def _role_after(b: Builder, end: int) -> str | None:
    """Return a role in apposition after a name (", the French interior minister", ", who heads")."""
    g = b.g
    after = b.text[end:end + 120]
    m = re.match(r"^ (MP|MEP|MSP|QC|KC|TD)\b", after)
    if m and " " in b.text[max(0, end - 60):end].rsplit(",", 1)[-1].strip() \
            and word_before(b.text, end - len(b.text[:end].split(" ")[-1]))[0] not in ("the", "The"):
        # "Florence Eshalomi MP": the post-nominal letters of a member.
        return m.group(1)
    m = re.match(r"^,\s+who\s+(?:now\s+|also\s+|still\s+)?(\w+)", after)
    if m and (m.group(1) in g.appositive_verbs or m.group(1) in g.person_verbs):
        return ""
    # "Mohamed Abdi, 27, said", "Mohamed Abdi, a 27-year-old Somali man": a person.
    if re.match(r"^,\s+(?:aged\s+)?\d{1,3},", after):
        return ""
    m = re.match(r"^,\s+(?:a|an|the|his|her|their)\s+((?:[\w'’-]+\s+){0,4}?)([a-z][a-z-]*(?:\s+[a-z]+)?)\b", after)
    # "a migrant from Somalia": the noun before a function word; "the Dutch refugee council" is no refugee.
    if m and (m.group(2) in g.person_nouns or m.group(2).split(" ")[-1] in g.person_nouns
              or m.group(2).split(" ")[0] in g.person_nouns and (" " not in m.group(2) or m.group(2).split(" ")[1] in _FUNCTION_AFTER)) \
            and not any(w.lower() in g.facility_nouns for w in m.group(1).split()):
        return ""
    if re.match(r"^,\s+(?:a|an)\s+\d{1,3}-year-old\b", after):
        return ""
    m = _APPOS_LEAD.match(after)
    if not m:
        return None
    pos = m.start(1)
    words: list[str] = []
    loose = False
    for _ in range(6):
        rm = g.role_re.match(after, pos)
        if rm and rm.group(0).lower() in g.roles:
            # "…, the EU Commissioner for Internal Affairs and Migration,": the complement too.
            cm = re.match(r"\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:and|of|the|on|for|de|des|du|di)\s+)*[A-ZÀ-Þ][\w'’-]*)*(?=[,.;)]|\s*\(|\s+(?:said|says|told|who|is|was|has|had|at|in)\b)",
                          after[rm.end():])
            if cm is None:
                # "…, the French minister for foreign trade, declined": a plain complement closed by a comma.
                cm = re.match(r"\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}(?=,)", after[rm.end():])
            role_end = rm.end() + (cm.end() if cm else 0)
            if re.match(r"\s+[A-ZÀ-Þ][a-zà-ÿ]", after[role_end:]) and not re.search(r"\s(?:for|of)$", rm.group(0)) \
                    and b.free(end + role_end + 1, end + role_end + 3):
                # "Ursula von der Leyen, Italian Prime Minister Giorgia Meloni and …":
                # the title of the next name in a list, not an apposition.
                return None
            if loose and not re.match(r"\s*(?:[,.;)]|$|\s(?:who|said|says|told|was|is|has|had)\b)", after[role_end:]):
                return None
            return " ".join([*words, rm.group(0) + (cm.group(0) if cm else "")])
        wm = re.match(r"([\w'’-]+)\s+", after[pos:])
        if not wm:
            return None
        # The words before the role must be modifiers: "the UK's", "French", "Labour".
        w = wm.group(1)
        base = re.sub(r"['’]s$", "", w)
        if not (w.lower() in g.role_modifiers or base in g.places or base in g.demonyms or base in g.orgs or w[0].isupper()
                or (base != w and len(words) == 0)):
            if not re.fullmatch(r"[a-z]+", w) or loose:
                return None
            # "Khalifa Haftar, the eastern commander,": any one plain adjective, when
            # the apposition closes right after the role.
            loose = True
        words.append(w)
        pos += wm.end()
    return None


def _spoken_to(text: str, start: int, end: int) -> bool:
    """Return whether the name at ``start:end`` is the one spoken to in a leading clause.

    "Speaking to Sky News's Trevor Phillips, the prime minister said": the office
    after the name opens the main clause; it is no apposition.
    """
    return re.match(r",\s+(?:the|a|an)\s+[^,.;:!?]{1,60}?\s(?:said|says|told|tells|added|insisted|warned|replied)\b", text[end:end + 90]) is not None \
        and re.search(r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Ii]nterviewed|interview|conversation|[Aa]sked)\s+(?:\w+\s+)?(?:to|with|by|on|in)\s+[^,.;:!?]*$",
                      text[max(0, start - 80):start]) is not None


def _split_role(words: list[str], g) -> tuple[int, str | None, str | None]:
    """Return (index of the first name word, role, honorific) for a capitalised run."""
    for j in range(len(words) - 2, -1, -1):
        for k in range(0, j + 1):
            phrase = " ".join(words[k:j + 1]).lower().rstrip(".")
            if phrase.endswith("s") and not phrase.endswith("ss") and j + 1 < len(words) and (
                    phrase[:-1] in g.roles or k == j and phrase[:-1] in g.honorifics):
                phrase = phrase[:-1]  # a role shared by the names after it: "Commissioners Jane Roe and John Doe"
            # "Flavio Di Giacomo": a capitalised particle is no abbreviated rank ("DI Reid");
            # "MS Adam Price" (a Member of the Senedd) is no "Ms".
            particle = k == j and (words[j].lower() in PARTICLES and not words[j].isupper()
                                   or words[j].isupper() and words[j].lower() in _COURTESY
                                   # "Andrew RT Davies": initials after a given name are no "Rt" (Hon).
                                   or words[j].isupper() and j > 0 and words[j - 1] in g.first_names
                                   and words[j - 1].lower() not in g.roles and words[j - 1].lower() not in g.honorifics)
            if phrase in g.roles or (k == j and phrase in g.honorifics and not particle):
                hon = words[j].rstrip(".") if k == j and phrase in g.honorifics else None
                if hon is not None and phrase not in g.roles:
                    # "Conservative MP Sir John Hayes": the role before the honorific.
                    for k2 in range(0, j):
                        if " ".join(words[k2:j]).lower() in g.roles:
                            return j + 1, " ".join(words[k2:j]), hon
                if hon is None:
                    # "Former Home Secretary Suella Braverman": the status is part of the role.
                    # "Danish Prime Minister Mette Frederiksen": so is the nationality.
                    while k > 0 and (words[k - 1].lower() in g.role_status_words or words[k - 1] in g.demonyms):
                        k -= 1
                return j + 1, " ".join(words[k:j + 1]), hon
    return 0, None, None


def _candidates(b: Builder) -> list[Candidate]:
    g, text = b.g, b.text
    out: list[Candidate] = []
    for m in CANDIDATE.finditer(text):
        toks = _tokens(text, m.start(), m.end())
        # Keep the last run of words that no organisation or place has claimed.
        runs: list[list[tuple[int, int, str]]] = [[]]
        for t in toks:
            if b.free(t[0], t[1]):
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        for run in runs:
            if run and (run[0][2] not in PARTICLES):
                c = _candidate(b, run)
                if c is not None:
                    out.append(c)
    # "Rishi Sunak, Emmanuel Macron and Olaf Scholz": a name listed with a person is a person.
    changed = True
    while changed:
        changed = False
        for i, c in enumerate(out):
            if c.accepted or c.short:
                continue
            for o in out[max(0, i - 1):i + 2]:
                if o is c or not o.accepted:
                    continue
                lo, hi = (o.end, c.start) if o.start < c.start else (c.end, o.start)
                gap = text[lo:hi]
                prev, _ = word_before(text, c.start)
                if prev in ("of", "for", "the", "The"):
                    continue
                # A bare comma may be an apposition ("Minister of Public Security, Le Quoc Hung").
                listed = re.match(r",? (?:and|or) [A-ZÀ-Þ]", text[max(c.end, o.end):max(c.end, o.end) + 8])
                if re.fullmatch(r",? (?:and|or) ", gap) or gap == ", " and (c.words[0] in g.first_names or listed):
                    c.accepted = changed = True
                    break
    return [c for c in out if c.accepted]


_NAME_LABEL = re.compile(r" \((?:Ind|Con|Lab|LD|Lib Dem|SNP|Reform|Green|DUP|SDLP|PC|SF|[DRI](?:[-–][A-Z][A-Za-z. ]{1,14})?)\)")
"""A party or state label after a person's name ("(Ind)", "(Con)", "(D-Texas)")."""


def _candidate(b: Builder, run: list[tuple[int, int, str]]) -> Candidate | None:
    g, text = b.g, b.text
    while run and len(run[0][2]) > 1 and run[0][2].isupper() and (run[0][2].lower() not in g.honorifics or run[0][2].lower() in _COURTESY) \
            and run[0][2].lower() not in g.roles:
        # An abbreviation that is neither a title nor an office ("TUC") opens no name.
        run = run[1:]
    if not run:
        return None
    words = [t[2] for t in run]
    i, role, hon = _split_role(words, g)
    if role is None or role.lower() in g.honorifics and role.lower() not in g.roles:
        comp = _role_with_complement(b, run[0][0])
        if comp is not None:
            role_start, comma = comp
            if hon is not None:
                role = text[role_start:run[i - 1][0]].strip(" ,")
            else:
                if comma and len(words) == 1 and re.match(r",?\s+(?:(?:and|&)\s+)?[A-ZÀ-Þ]", text[run[-1][1]:run[-1][1] + 12]):
                    # "Director of Enforcement, Compliance and Crime", "Minister for Children, Equality, Disability, …": a
                    # word in the complement's list.
                    return None
                j = _complement_split(words, g, comma)
                if j is None:
                    return None
                i = j
                role = text[role_start:run[i][0]].strip(" ,")
    strong = role is not None
    if role is None and hon is None:
        # "Smuggler Karwan Qadir", "41-year-old Kurdish Iraqi national Hewa Rahimpur",
        # "the 35-year-old Rebaz Ahmadi", "a man named as Zana Mustafa": a
        # descriptor of a person before a full name, whatever the given name.
        lead = 1 if len(words) >= 3 and _DESCRIPTOR_WORD.fullmatch(words[0]) else 0
        # "Iraqi Kurd Rekan Aziz": a people's name before a full name describes a person.
        ethnic = any(w in _ETHNIC for w in words[:2]) and len(words) >= 3 and all(w in g.demonyms or w in _ETHNIC for w in words[:words.index(next(w for w in words if w in _ETHNIC)) + 1])
        if lead or ethnic or _DESCRIPTOR_BEFORE.search(text[max(0, run[0][0] - 60):run[0][0]]):
            k = lead
            while k < len(words) - 2 and (words[k] in g.demonyms or words[k] in _ETHNIC):
                k += 1
            rest = words[k:]
            if len(rest) >= 2 and not any(w in g.not_names or w in g.org_heads or w in g.places or w in g.demonyms
                                          or w.lower() in g.roles for w in rest):
                i, strong = k, True
    if not strong:
        while i < len(words) - 1 and words[i] in g.not_names:
            i += 1
        if words[i] in g.not_names:
            return None
    while i < len(words) and words[i] in PARTICLES and i + 1 < len(words) and not hon:
        i += 1
    while i < len(words) - 2 and words[i] in g.demonyms and words[i + 1] not in g.demonyms:
        i += 1  # a people's name before a full name describes the person: "Romanian Gheorghe Nica, 43, of Basildon"
    name_words = words[i:]
    if not name_words or all(w in PARTICLES for w in name_words):
        return None
    if any(" ".join(words[k:]).lower() in g.roles for k in range(0, i + 1)):
        # "Chief Executive": the run ends in a role, not a name.
        return None
    start, end = run[i][0], run[-1][1]
    mention_start = run[i - 1][0] if hon and i > 0 and len([w for w in name_words if w not in PARTICLES]) == 1 else start
    name = " ".join(name_words)
    last = name_words[-1]
    # "Jonathan Hall KC", "Stuart Hall, the presenter": a given name and a head word
    # that is also a surname, with a post-nominal or a role after it, name a person.
    head_surname = last in g.document_heads and len(name_words) == 2 and name_words[0] in g.first_names \
        and name_words[0] not in g.not_names and name_words[0] not in g.places \
        and (re.match(r" (?:KC|QC|MP|MSP|MEP|TD)\b", text[end:end + 5]) is not None or _role_after(b, end) is not None)
    if name in g.places or name in g.orgs or name in g.demonyms or last in g.org_heads or last in g.site_heads \
            or last in g.document_heads and not head_surname:
        return None
    if name_words[0] in _ARTICLES and hon is None and len(name_words) >= 3 \
            and any(w in PARTICLES for w in name_words[1:-1]):
        # "La Voix du Nord", "Les Amis de la Terre": a title opening with an article.
        return None
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
    if any(w in g.not_names and not (k == len(name_words) - 1 and w in months and name_words[0] in g.first_names
                                     and name_words[0] not in g.not_names)
           for k, w in enumerate(name_words)) and not strong:
        # "Theresa May": a month may be a surname after a given name.
        return None
    surname_title = last in _SURNAME_TITLES and len(name_words) >= 2 and name_words[-2] in g.first_names \
        and name_words[-2] not in g.not_names and name_words[-2].lower() not in g.roles
    if last.lower() in g.roles and not surname_title or (last in g.not_names and last not in ("May",)):
        # "Graham King", "Sam Judge": a title that is also a surname ends a name after a given name.
        return None
    if not strong or role is not None and role.lower() in g.honorifics and role.lower() not in g.roles:
        # "Tory MP Sir John Hayes": the role sits before the honorific's run.
        r = _role_before(b, run[0][0] if hon else (run[i][0] if i == 0 else start))
        if r:
            role, strong = r, True
    lone_given = len(name_words) == 1 and hon is None and role is None and name_words[0] in g.first_names \
        and name_words[0] not in g.not_names \
        and re.match(r",\s+(?:(?:aged\s+)?\d{1,3},|an?\s+\d{1,3}-year-old\b)", text[end:end + 24]) is not None
    if lone_given:
        # "Ahmed, 19, from Khartoum, said": a migrant the article names by given name and age.
        return Candidate(start, end, name_words, hon, role, True, start, lone_given=True)
    # a party or state label in brackets after the name is no part of it, and what follows it is said of the name:
    # "Jane Roe (Ind), the MP for Exeter, said", "John Doe (D-Texas) said"
    label = _NAME_LABEL.match(text, end)
    tail = label.end() if label else end
    appos = _role_after(b, tail)
    if appos and _spoken_to(text, start, end):
        appos = None
    if appos is not None and not strong and len(name_words) == 1 \
            and (sentence_start(text, start) or word_before(text, start)[0] in ("in", "at", "near", "outside", "from")) \
            and not _has_honorific_mention(b, name_words[0]):
        # "in Bialystok, a Border Force spokesperson said": a place, not a person.
        # "Frankly, the Home Secretary is right": a lone word opening a sentence is
        # no surname unless the article also calls someone "Mr/Ms <word>".
        appos = None
    if appos is not None:
        strong = True
        if appos and (role is None or role.lower() in g.honorifics):
            role = appos
    absorbs: tuple = ()
    if hon is not None and hon.lower() in _PEERAGES:
        # "Baroness Williams of Trafford", "Lord Sharpe of Epsom": the territorial designation is part of the name.
        pm = re.match(r" of (?:the )?[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?", text[end:end + 40])
        inside = b.covered(end, end + pm.end()) if pm else []
        if pm and all(sp.type == "place" and end <= sp.start and sp.end <= end + pm.end() for sp in inside):
            absorbs = tuple(inside)
            end += pm.end()
            name_words = name_words + pm.group(0).split()
            appos = _role_after(b, end)
            if appos and role is not None and role.lower() in g.honorifics:
                role = appos
    c = Candidate(start, end, name_words, hon, role, strong, mention_start, absorbs=absorbs)
    if not strong and c.short and name not in g.not_names and name not in g.common_surnames \
            and len(g.known_people.get(name.lower(), ())) == 1:
        # "Meloni said", "told Erdoğan": the surname of a well-known person, with a verb.
        _, nxt = word_after(text, end)
        prev, _ = word_before(text, start)
        if nxt in g.person_verbs or nxt in g.speech_verbs or prev in ("said", "says", "told", "with", "by"):
            c.strong = True
            return c
    if strong:
        return c
    if _facility_after(b, end) or _PLACE_APPOSITION.match(text, end):
        # "the Western Jet Foil processing centre", "the Bibby Stockholm barge"; "In Hollis Creek, the small border
        # city at the centre of the dispute": a place, said so by the words after it.
        return None
    if c.short or name_words[0] in g.places or name_words[0] in g.demonyms or name_words[0] in g.counties:
        # Without a role, "Geneva Convention", "Dover Harbour" or "Kent Messenger" is no person.
        return None
    _, nxt = word_after(text, tail)
    prev, gap = word_before(text, start)
    if prev in ("the", "The") and gap == " ":
        # "told the Kent Messenger", "at the Bell Inn": a name after "the" is a thing's.
        c.accepted = False
        return c
    if gap == " " and prev[:1].isupper() and not re.search(r"['’]s$", prev):
        glued = [sp for sp in b.covered(start - 1 - len(prev), start - 1) if sp.type != "person"]
        if glued and not any(b.org_kinds.get(sp.key) == "party" for sp in glued):
            # "the Channel Tunnel Rail Link": a name glued to a place or an organisation goes on that name.
            c.accepted = False
            return c
    # "Anna-Maria": a hyphenated given name counts by its first part.
    given = (name_words[0] in g.first_names or name_words[0].split("-")[0] in g.first_names and "-" in name_words[0]) \
        and name_words[0].lower() not in _GIVEN_NOT
    if name in g.known_full_names:
        # "a win for Kemi Badenoch": a well-known person's full name.
        return c
    if given and name_words[-1] not in g.first_names or nxt in g.person_verbs \
            or prev in ("said", "says", "told") or _has_honorific_mention(b, name_words[-1]) \
            or given and len(name_words) == 2 and _surname_speaks(b, name_words[-1]):
        # "Clive Cooper runs a shop. … Cooper said": the surname speaks later on.
        return c
    if given and not sentence_start(text, start):
        return c
    if (given or text[end:end + 1] == ",") and len(name_words) == 2 and _of_body_speaks(b, end):
        # "Hanan Salah of Human Rights Watch said": a name that speaks for a body;
        # "Pinar Aksu, of the charity …, said" whatever the given name.
        return c
    if len(name_words) == 2 and not any(w.isupper() for w in name_words) \
            and (_SENTENCED_AFTER.match(text, end) or _surname_speaks(b, name_words[-1], elsewhere=end)):
        # "Aram Rashid was sentenced", "Hewa Rahimpur, from Ilford, ... Rahimpur denied it".
        return c
    # "Rishi Sunak has put the scheme at the centre of his pledge": an auxiliary
    # after the name and a personal pronoun later in the same sentence.
    if nxt in _AUXILIARIES:
        rest = re.split(r"[.!?]\s", text[end:end + 200], maxsplit=1)[0]
        if re.search(r"\b(?:he|she|his|her|him|himself|herself)\b", rest):
            return c
    c.accepted = False
    return c


def _of_body_speaks(b: Builder, end: int) -> bool:
    """Return whether "of/from/at <organisation>" and then a verb of speech or action follow ``end``."""
    # "Pinar Aksu, of the charity Maryhill Integration Network, said".
    m = re.match(r",?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?:charity|campaign group|pressure group|group|organisation|NGO|union|think ?tank|law firm|network)\s+)?",
                 b.text[end:end + 40])
    if m is None:
        return False
    at = end + m.end()
    orgs = [sp for sp in b.spans if sp.type == "organisation" and sp.start == at]
    if not orgs:
        return False
    vm = re.match(r",?\s+([\w'’-]+)", b.text[orgs[0].end:orgs[0].end + 30])
    return vm is not None and (vm.group(1) in b.g.speech_verbs or vm.group(1) in b.g.person_verbs)


def _facility_after(b: Builder, end: int) -> bool:
    """Return whether a lower-case facility noun follows ``end`` ("… processing centre")."""
    return b.g.facility_re.match(b.text, end) is not None


def _surname_speaks(b: Builder, surname: str, elsewhere: int | None = None) -> bool:
    """Return whether the text has "<surname> said" (or another verb of a person) anywhere.

    With ``elsewhere`` (the end of a full name), the surname must stand alone
    there: not straight after another capitalised word, nor at ``elsewhere``.
    """
    found = getattr(b, "_speaking_surnames", None)
    if found is None:
        found = {}
        for m in _speaker_re(b.g.person_verbs | b.g.speech_verbs).finditer(b.text):
            prev, gap = word_before(b.text, m.start(1))
            alone = not (gap == " " and prev[:1].isupper() and prev not in b.g.not_names)
            found.setdefault(m.group(1), []).append(m.end(1) if alone else -1)
        b._speaking_surnames = found  # type: ignore[attr-defined]
    if elsewhere is None:
        return surname in found
    return any(e not in (-1, elsewhere) for e in found.get(surname, ()))


@cache
def _speaker_re(verbs: frozenset[str]) -> re.Pattern[str]:
    alt = trie_pattern(sorted(verbs))
    return re.compile(rf"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+) (?:{alt})\b")


def _has_honorific_mention(b: Builder, surname: str) -> bool:
    """Return whether the text has "Mr/Ms/Dr ... <surname>" anywhere."""
    found = getattr(b, "_honorific_surnames", None)
    if found is None:
        hons = "|".join(re.escape(h.capitalize()) for h in b.g.honorifics)
        found = set(re.findall(rf"\b(?:{hons})\.? ([A-ZÀ-Þ][\w'’-]+)", b.text))
        b._honorific_surnames = found  # type: ignore[attr-defined]
    return surname in found


def _gender(b: Builder, c: Candidate) -> str:
    if c.honorific:
        return b.g.honorifics.get(c.honorific.lower(), "")
    if not c.short or c.lone_given:
        return b.g.first_names.get(c.words[0], "")
    return ""


def _add_person(b: Builder, ent: Entity, c: Candidate) -> None:
    b.add(ent, c.mention_start, c.end)
    if c.role:
        role = _clean_role(c.role)
        if role and (role.lower() not in b.g.honorifics or role.lower() in b.g.roles) \
                and role.lower() not in (r.lower() for r in ent.roles):
            ent.roles.append(role)
        if role in ent.aliases:
            pass
    if c.honorific and c.honorific.lower() in _JUDICIAL and not any(r.lower().endswith("judge") for r in ent.roles):
        # "Mrs Justice Cheema-Grubb", "Judge Tan Ikram": later "the judge".
        ent.roles.append("judge")
    g = _gender(b, c)
    if g and ent.id not in b.genders:
        b.genders[ent.id] = g


def find_people(b: Builder) -> None:
    """Claim the people the text names, full names first, then surname mentions."""
    cands = _candidates(b)
    full = [c for c in cands if not c.short]
    for c in full:
        for sp in c.absorbs:
            if sp in b.spans:
                b.remove(sp)
        if not b.free(c.start, c.end):
            continue
        same = next((e for e in b.entities.values() if e.type == "person" and e.name == c.name), None)
        if same is None and c.words[0] not in b.g.first_names:
            # "Andrés Manuel López Obrador … López Obrador said": both surnames of a name told in full before
            same = next((e for e in b.entities.values() if e.type == "person" and e.name.endswith(" " + c.name)
                         and len(e.name.split()) > len(c.words)), None)
        ent = same or Entity(id=slug(c.name), type="person", name=c.name)
        _add_person(b, ent, c)
    persons = [e for e in b.entities.values() if e.type == "person"]
    for c in cands:
        if not c.short or not b.free(c.mention_start, c.end):
            continue
        if c.lone_given:
            ent = b.entities.get(slug(c.name)) or Entity(id=slug(c.name), type="person", name=c.name)
            if ent.type == "person":
                _add_person(b, ent, c)
            continue
        ent = _resolve_surname(b, c.name, c.start, persons, b.g.honorifics.get(c.honorific.lower(), "") if c.honorific else "")
        if ent is None and c.honorific and c.honorific.lower() in ("sir", "dame"):
            ent = _resolve_given_name(b, c.name, c.start, persons)
        if ent is None:
            # "Mr Sunak", "President von der Leyen" in an article that never gives the
            # full name: a well-known person with that surname.
            full = _known_person(b, c)
            if full is not None:
                ent = b.entities.get(slug(full)) or Entity(id=slug(full), type="person", name=full)
                if ent.type != "person":
                    ent = None
                else:
                    persons.append(ent)
        if ent is None:
            name = c.name
            if c.honorific and c.honorific.lower() in _JUDICIAL:
                # a judge known only by the judicial style: "Mr Justice Johnson", "Judge Ikram"
                style = re.search(r"(?:\b(?:Mr|Mrs|Ms|Lord|Lady)\s+)?$", b.text[max(0, c.mention_start - 6):c.mention_start])
                name = ((style.group(0) if style else "") + b.text[c.mention_start:c.end]).strip()
            ent = b.entities.get(slug(name)) or Entity(id=slug(name), type="person", name=name)
            if ent.type != "person":
                continue
        _add_person(b, ent, c)


def _resolve_surname(b: Builder, surname: str, at: int, persons: list[Entity], gender: str = "") -> Entity | None:
    # "De Vries" opening a sentence is Nicole de Vries.
    # ("Sudani" is Mohammed Shia al-Sudani: an Arabic article glued to a surname is often dropped later on)
    ends = tuple(sep + surname.lower() for sep in (" ", " al-", " el-", " ad-", " as-", " ash-", " an-", " ar-", " at-"))
    matches = [e for e in persons if e.name.lower().endswith(ends) and e.name != surname]
    if gender:
        # "Mr Johnson" is not Diana Johnson.
        matches = [e for e in matches if b.genders.get(e.id, gender) == gender]
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    # The one named most recently before, else the first named after.
    best = None
    for sp in sorted(b.spans, key=lambda s: s.start):
        if sp.start < at and any(sp.key == e.id for e in matches):
            best = b.entities[sp.key]
    return best or matches[0]


def _known_person(b: Builder, c: Candidate) -> str | None:
    """Return the full name of the one well-known person a lone surname (or a knight's given name) can be."""
    g = b.g
    if c.honorific and c.honorific.lower() not in _LOOKUP_HONORIFICS:
        # "Sgt Brown", "Dr Patel": a rank or a doctor is someone else.
        return None
    if c.honorific and c.honorific.lower() in ("sir", "dame") and c.name in g.known_given:
        fulls = g.known_given[c.name]
    else:
        fulls = g.known_people.get(c.name.lower(), ())
    gender = g.honorifics.get(c.honorific.lower(), "") if c.honorific else ""
    if gender:
        fulls = tuple(f for f in fulls if g.first_names.get(f.split(" ")[0], gender) in (gender, ""))
    return fulls[0] if len(fulls) == 1 else None


def _resolve_given_name(b: Builder, given: str, at: int, persons: list[Entity]) -> Entity | None:
    """Return the person "Sir Keir" or "Dame Angela" stands for: the one with that given name."""
    matches = [e for e in persons if e.name.split(" ")[0] == given and " " in e.name]
    if len(matches) == 1:
        return matches[0]
    return _resolve_surname_among(b, at, matches) if matches else None


def _resolve_surname_among(b: Builder, at: int, matches: list[Entity]) -> Entity:
    best = None
    for sp in sorted(b.spans, key=lambda s: s.start):
        if sp.start < at and any(sp.key == e.id for e in matches):
            best = b.entities[sp.key]
    return best or matches[0]


@cache
def _role_desc_re(roles: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])([Tt]he) ((?:[\w'’-]+ ){0,2}?)(" + roles + r")", re.I)


_SPEECH_AFTER = "said|says|told|added|warned|insisted|argued|replied|wrote|stressed|explained"
_NOT_BEFORE_SURNAME = frozenset(["in", "on", "since", "until", "by", "from", "of", "early", "late", "mid", "last", "next",
                                 "this", "during", "before", "after", "to"])


def find_later_mentions(b: Builder) -> None:
    """Claim bare surnames of known people and "the <role>" descriptions of them."""
    g, text = b.g, b.text
    persons = [e for e in b.entities.values() if e.type == "person" and " " in e.name]
    for e in persons:
        parts = e.name.split(" ")
        k = len(parts) - 1
        while k > 1 and parts[k - 1].lower() in PARTICLES:
            # "Sergio Di Dato" is "Di Dato" later, "Ursula von der Leyen" "von der Leyen".
            k -= 1
        surname = " ".join(parts[k:])
        if (surname in g.not_names) != (surname in g.places) and len(parts) >= 2:
            # a surname that is also a common word ("Theresa May … May said:") or a place ("Joseph Muscat … “…,” Muscat
            # said") names the person only as the subject of a verb of speech; a place taken there gives way
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?=\s+(?:{_SPEECH_AFTER})\b)", text):
                prev, _ = word_before(text, m.start())
                if prev and (prev[0].isupper() or prev.lower() in _NOT_BEFORE_SURNAME or prev[0].isdigit()):
                    continue
                taken = b.covered(m.start(), m.end())
                if all(sp.type == "place" and (sp.start, sp.end) == (m.start(), m.end()) for sp in taken):
                    for sp in taken:
                        b.remove(sp)
                    b.add(e, m.start(), m.end())
            continue
        if surname in g.not_names or surname in g.places or surname in g.first_names and len(e.name.split()) < 2:
            continue
        pattern = re.escape(surname)
        if k < len(parts) - 1:
            # "de Moor", "De Moor" at the start of a sentence.
            pattern = f"[{surname[0].upper()}{surname[0]}]" + re.escape(surname[1:])
        bare = re.match(r"(?:al|el|ad|as|ash|an|ar|at)-(?P<rest>[A-ZÀ-Þ][\w'’-]+)$", surname)
        if bare and bare.group("rest") not in g.not_names and bare.group("rest") not in g.places:
            # "Mohammed Shia al-Sudani" is "Sudani" later on: the Arabic article may be dropped
            article_part = f"[{surname[0].upper()}{surname[0]}]{re.escape(surname[1:bare.start('rest')])}"
            pattern = f"(?:{article_part})?{re.escape(bare.group('rest'))}"
        for m in re.finditer(rf"(?<![\w-])(?<!\w['’]){pattern}(?![\w-])", text):
            if b.free(m.start(), m.end()):
                prev, gap = word_before(text, m.start())
                if prev and gap == " " and prev[0].isupper() and prev not in g.not_names:
                    continue
                b.add(e, m.start(), m.end())
    # "Fatima, 34, is packing … Fatima has finished packing": a person named by given name alone, named again.
    for e in [e for e in b.entities.values() if e.type == "person" and " " not in e.name and e.name in g.first_names]:
        for m in re.finditer(rf"(?<![\w-])(?<!\w['’]){re.escape(e.name)}(?![\w'’-])", text):
            if not b.free(m.start(), m.end()):
                continue
            prev, gap = word_before(text, m.start())
            gap2, nxt = word_after(text, m.end())
            if gap == " " and prev[:1].isupper() and prev not in g.not_names or gap2 == " " and nxt[:1].isupper():
                continue
            b.add(e, m.start(), m.end())
    role_desc = _role_desc_re(g.role_re.pattern)
    for m in role_desc.finditer(text):
        core = m.group(3)
        if core.lower() in g.honorifics and core.lower() not in g.roles:
            continue
        s, e = m.start(2) if m.group(2) else m.start(3), m.end(3)
        if not b.free(s, e):
            continue
        after = text[e:e + 40]
        if re.match(r"^,?\s+[A-ZÀ-Þ][a-zà-ÿ]", after) and not re.match(r"^,?\s+(?:said|told|says)\b", after):
            continue
        mods = m.group(2).split()
        # "the French interior minister", "the Witham MP": modifiers, demonyms, places or a constituency.
        if any(not (w.lower() in g.role_modifiers or w in g.demonyms or re.sub(r"['’]s$", "", w) in g.places
                    or w[0].isupper() and w not in g.not_names and not re.search(r"['’]s$", w)) for w in mods):
            continue
        ent = _holder(b, core, s, mods)
        appos = [sp for sp in b.spans if sp.type == "person" and re.fullmatch(r",\s*", text[sp.end:m.start()])
                 and not _spoken_to(text, sp.start, sp.end)]
        if appos and (ent is None or ent.id != appos[0].key):
            # "Hervé Berville, the French minister for maritime affairs,": an apposition names the
            # one before it, not another holder of the office.
            holder = b.entities[appos[0].key]
            known = text[s:e] in holder.aliases
            b.add(holder, s, e)
            if not known and text[s:e] in holder.aliases:
                holder.aliases.remove(text[s:e])  # a description, not another name
            continue
        if ent is None:
            continue
        phrase = text[s:e]
        b.add(ent, s, e)
        if phrase[0].isupper() and phrase not in ent.roles and not any(r.lower().endswith(core.lower()) for r in ent.roles):
            ent.roles.append(phrase)


def _holds(role: str, core: str, mods: list[str], status: frozenset[str]) -> bool:
    """Return whether ``role`` is the office "the <mods> <core>" describes ("the Home Secretary").

    A status word in the role that the description lacks makes it another
    office: a former or shadow home secretary is not "the Home Secretary".
    """
    words = role.lower().replace("-", " ").split()
    core_w = core.lower().replace("-", " ").split()
    if words[-len(core_w):] != core_w:
        return False
    wanted = {w.lower() for w in mods} | set(core_w)
    return not any(w in status and w not in wanted for w in words)


def _foreign(b: Builder, role: str, mods: list[str]) -> bool:
    """Return whether a role names a nationality that the description's modifiers do not."""
    return any(w in b.g.demonyms and w not in mods for w in role.split())


def _holder(b: Builder, core: str, at: int, mods: list[str] | None = None) -> Entity | None:
    """Return the person "the <core role>" refers to at offset ``at``."""
    status = b.g.role_status_words
    before = sorted((sp for sp in b.spans if sp.type == "person" and sp.start < at), key=lambda s: s.start)
    holders = [e for e in b.entities.values() if e.type == "person" and any(_holds(r, core, mods or [], status) for r in e.roles)]
    # A holder whose office carries a nationality the description lacks
    # ("Danish Prime Minister") comes after one whose office does not.
    plain = [h for h in holders if any(_holds(r, core, mods or [], status) and not _foreign(b, r, mods or []) for r in h.roles)]
    for group in (plain, holders):
        for sp in reversed(before):
            if any(sp.key == h.id for h in group):
                return b.entities[sp.key]
    named_before = {sp.key for sp in before}
    # A capitalised office ("the Foreign Secretary") in an article that has named
    # only one person so far, and given that person no other office, is that person.
    if core[0].isupper() and len(named_before) == 1:
        only = b.entities[next(iter(named_before))]
        if not only.roles:
            return only
    # "The Home Secretary has today introduced ... Home Secretary James Cleverly said":
    # the one holder of the office, named later.
    if len(holders) == 1 and not named_before:
        return holders[0]
    if not holders and core[0].isupper():
        # "The Home Secretary has announced … Yvette Cooper signed the agreement": an office
        # in the lead, before anyone is named, is the first person named after it.
        lead = re.search(rf"\b[Tt]he {re.escape(core)}\b", b.text)
        people = sorted((sp for sp in b.spans if sp.type == "person"), key=lambda s: s.start)
        if lead is not None and people and lead.start() < people[0].start:
            first = b.entities[people[0].key]
            if not first.roles and " " in first.name:
                return first
    return None
