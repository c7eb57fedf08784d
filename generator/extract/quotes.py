"""Quotes: the words a person or organisation is reported as saying, one fact per speaker turn.

A quoted stretch (double marks, or single ones in a paragraph without double
ones) counts as a quote when it is framed as speech: it follows a colon ("X
said: “…”"), or a verb of speech ("…, she added, “…”"), or it opens its
sentence and an attribution follows ("“…,” Ms Meloni told reporters.",
"“…,” according to a Home Office source.").
A quoted phrase inside the narrator's own sentence (“destabilising the
region”) is not. British-style continuation paragraphs (each opening with a
quote mark, the quote closing only at the end) and the part after a
mid-quote "he said" stay in the same turn. The speaker is the person or
organisation in the attribution; "he"/"she" is the latest person named
before the quote; "the report", "the department" or "a spokesperson" is the
latest organisation named before it. Words of someone the article leaves
unnamed ("one resident said", "said a local fisherman") are no quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from ..datafiles import trie_pattern
from ..models import Article, Fact, Sentence
from ..text import abbreviations
from .entities import EntityIndex
from .gazetteer import gazetteer

OPENERS = "“\"«„"
CLOSERS = "”\"»“"
_BOUNDARY = re.compile(r"[.!?…]['\"”’)]*\s+")
_PRONOUN = re.compile(r"\b(he|she|they|it)\b", re.I)
_ORG_NOUN = re.compile(r"\b(?:report|department|ministry|agency|office|spokesperson|spokesman|spokeswoman|statement|government|officials?|source|organisation|organization|watchdog|committee|commission|force|police|charity|group|council|union|party|coastguard|navy|prefecture|embassy|court|tribunal|network|campaign|authority|authorities)\b", re.I)
_MIN_WORDS = 4
_TESTIMONY = re.compile(r"\b(?:gave evidence|testified|recounted|spoke|speaks|speaking|describes|described)\b")
_SPOKES = re.compile(r"\bspokes(man|woman|person)\b", re.I)
# Nouns for a body's voice rather than the body: a noun of the body just before them says which body.
_VOICE_NOUNS = frozenset({"source", "spokesperson", "spokesman", "spokeswoman", "official", "officials", "statement"})
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Mm]y|I)\b")
_LEAD_CLAUSE = re.compile(r"\W*(?:(?:Speaking|Talking|Writing)\s+(?:to|with|in|on)|In an interview with|Interviewed by|Asked by|Responding to|Replying to|Questioned by)\b[^,.;:!?]*,\s*")
_QUESTION_LINE = re.compile(r"(?:Q|Question|Asked)\s*[:.]\s+\S[^\"“”]*\?\s*$")
_ACCORDING = re.compile(r"^\W*according to\b", re.I)
_VOICE_OPENING = re.compile(r"(?:This|That|It|These|There|But|And|So|Now|Yes|No)\b")
"""A paragraph opening like speech going on ("This is not about gimmicks."), not like the narrator ("The government …")."""
_ANY_KIND = ("government", "international", "police", "ngo", "other", "local")
# Which kinds of organisation a noun can stand for ("the department" is no charity).
_NOUN_KINDS = {
    "department": ("government",), "ministry": ("government",), "government": ("government",),
    "office": ("government", "international"), "agency": ("government", "international", "police"),
    "charity": ("ngo",), "group": ("ngo", "other"), "organisation": ("ngo", "other", "international"),
    "organization": ("ngo", "other", "international"), "force": ("police", "government"), "police": ("police",),
    "council": ("local",), "committee": ("legislature", "government", "other"), "commission": ("international", "government"),
    "watchdog": ("government", "other", "legislature"),
    "union": ("other",), "party": ("party",), "coastguard": ("government", "police"), "navy": ("police", "government"),
    "prefecture": ("government", "local"), "embassy": ("government",), "court": ("court",), "tribunal": ("court",),
    "network": ("ngo", "other", "police"), "campaign": ("ngo", "other"), "authority": ("government", "local", "police"),
    "authorities": ("government", "local", "police"),
}


@dataclass
class Segment:
    """One stretch between quote marks."""

    start: int
    """Offset of the first quoted character in Article.text."""
    end: int
    """Offset just past the last quoted character."""
    paragraph: int
    closed: bool
    para_start: int
    """Offset of the paragraph in Article.text."""

    @property
    def open_mark(self) -> int:
        return self.start - 1


@dataclass
class Turn:
    segments: list[Segment] = field(default_factory=list)
    speaker: str | None = None
    attribution: tuple[int, int] | None = None


_MARK = re.compile("[" + re.escape("".join(sorted(set(OPENERS + CLOSERS)))) + "]")
"""Any quote mark: :func:`_segments` looks at these characters only, so it jumps from one to the next."""


def _segments(article: Article) -> list[Segment]:
    out: list[Segment] = []
    for para in article.paragraphs:
        t = para.text
        open_at = None
        for mark in _MARK.finditer(t):
            # (every other character leaves the state as it is: a loop over all of them cost ~3% of extraction)
            i, ch = mark.start(), mark.group()
            if open_at is None:
                if ch in OPENERS:
                    # A straight quote right after a letter is an inch mark or a typo, not an opener.
                    if ch == '"' and i > 0 and t[i - 1].isalnum():
                        continue
                    open_at = i
            elif ch in CLOSERS and (ch != "“" or t[open_at] == "„"):
                # „German-style“ quotes close with “; elsewhere “ only opens.
                out.append(Segment(para.start + open_at + 1, para.start + i, para.index, True, para.start))
                open_at = None
        if open_at is not None:
            out.append(Segment(para.start + open_at + 1, para.start + len(t), para.index, False, para.start))
        elif not any(ch in t for ch in OPENERS):
            out += _single_quoted(t, para.start, para.index)
    return out


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))['‘](?=[A-Z0-9])(.+?)(?<=[\w.,!?…])['’]"
                     # (a plural's apostrophe before a lower-case word is no closing mark: "exposes the Tories' chaos")
                     r"(?!(?<=s['’])\s+(?!(?:he|she|they|it|we|i|you|said|says|told|added|the|a|an)\b)[a-z])"
                     r"(?=$|[\s,.;:!?)—–-])")


def _single_quoted(t: str, para_start: int, index: int) -> list[Segment]:
    """Return the stretches between single quote marks ('…' or ‘…’), in a paragraph with no double ones.

    British papers often print quotations this way. An apostrophe inside a word
    ("don't", "Britain's") is no quote mark: the opening mark must follow a space
    or the paragraph start and the closing one come before a space or punctuation.
    """
    out = []
    last = 0
    for m in _SINGLE.finditer(t):
        inner = m.group(1)
        last = m.end()
        # A possessive plural ("the boys' bikes") inside would close too early: skip such stretches.
        if re.search(r"\s['‘]", inner):
            continue
        out.append(Segment(para_start + m.start(1), para_start + m.end(1), index, True, para_start))
    # A quotation that runs on into the next paragraph (British style): an opening mark after a colon or at the
    # paragraph's start, never closed, in a paragraph that ends a sentence ("… said: 'That boat was never fit.")
    op = _SINGLE_OPEN.search(t, last)
    if op is not None and not _SINGLE_CLOSE.search(t, op.end()) and re.search(r"[.!?…]$", t.rstrip()):
        out.append(Segment(para_start + op.end(), para_start + len(t), index, False, para_start))
    return out


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=:\s)|(?<=:))['‘](?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])['’](?=$|[\s,.;:!?)—–-])(?!s\b)")


def _sentence_prefix(text: str, para_start: int, at: int) -> tuple[int, str]:
    """Return (offset, text) of the sentence before ``at`` within its paragraph."""
    chunk = text[para_start:at]
    last = 0
    for m in _BOUNDARY.finditer(chunk):
        last = m.end()
    return para_start + last, chunk[last:]


def _sentence_suffix(text: str, at: int, para_end: int) -> tuple[int, str]:
    """Return (end offset, text) from ``at`` to the end of its sentence (or the next quote)."""
    chunk = text[at:para_end]
    # (not the full stop of an initial: "said Commissioner Troy A. Miller", nor of an abbreviated title: "Sen. John
    # Cornyn (R-Texas) said")
    abbrev = abbreviations()
    for m in re.finditer(r"(?<!\s[A-Z])[.!?…](?=\s|$)|[“\"]", chunk):
        if m.group(0) == ".":
            word = re.search(r"([\w.]+)$", chunk[:m.start()])
            if word and word.group(1).lower().rstrip(".") in abbrev and re.match(r"\s+[A-Z]", chunk[m.end():]):
                continue
        end = m.end() if m.group(0) not in "“\"" else m.start()
        return at + end, chunk[:end]
    return at + len(chunk), chunk


def _attributed_after(span: str, speech_re: re.Pattern[str]) -> bool:
    """Whether the words after a quote attribute it: a verb of speech near its start ("…,” he said"), "according
    to", or one that ends the sentence after a long speaker ("…,” a spokesperson for the Japan Association for
    Refugees, a Tokyo-based support group, said.")."""
    if speech_re.search(span[:80]) or _ACCORDING.search(span[:40]):
        return True
    if len(span) > 240:
        return False
    last = None
    for last in speech_re.finditer(span):
        pass
    return last is not None and re.fullmatch(r"\W*(?:[\w’'-]+\W+){0,4}?", span[last.end():] + " ") is not None


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


class _Resolver:
    def __init__(self, article: Article, index: EntityIndex, quoted: list[tuple[int, int]]):
        self.text = article.text
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.index = index
        self.quoted = quoted
        self.g = gazetteer()

    def outside(self, start: int, end: int) -> bool:
        return not any(s <= start and end <= e for s, e in self.quoted)

    def mentions(self, start: int, end: int, type: str | None = None):
        return [m for m in self.index.mentions_in(start, end, type) if self.outside(m.start, m.end)]

    def last_before(self, at: int, type: str, gender: str = "", kinds: tuple[str, ...] = ()) -> str | None:
        best = None
        for m in self.index.mentions_in(0, at, type):
            if not self.outside(m.start, m.end):
                continue
            if type == "person" and gender:
                g = self.index.genders.get(m.entity, "")
                if g and g != gender:
                    continue
            if kinds and self.index.org_kinds.get(m.entity, "government") not in kinds:
                continue
            best = m.entity
        return best

    def pronoun(self, word: str, at: int) -> str | None:
        w = word.lower()
        if w in ("he", "she"):
            gender = self.g.pronouns.get(w, "")
            person = self._teller_over_told(self.last_before(at, "person", gender), at, gender)
            if self._unnamed_subject_before(at, person):
                return None
            body = self._spokesperson_before(at, w, person)
            return body or person
        return self.last_before(at, "organisation")

    def _teller_over_told(self, person: str | None, at: int, gender: str) -> str | None:
        """The one who said the sentence ``person`` was last named in, when ``person`` is only named in what was said.

        "Councillor Mark Robson said the announcement, made at a meeting with MP Kevin Hollinrake, had come as a
        bombshell. “…,” he said": he is the councillor, who speaks, not the MP he spoke of.
        """
        if person is None or self.g.speech_re is None:
            return person
        last = [m for m in self.index.mentions_in(0, at, "person") if m.entity == person and self.outside(m.start, m.end)]
        if not last:
            return person
        m = last[-1]
        para = self.paragraph_starts[max(0, bisect.bisect_right(self.paragraph_starts, m.start) - 1)] if self.paragraph_starts else 0
        s_start, _ = _sentence_prefix(self.text, para, m.start)
        verb = None
        for verb in self.g.speech_re.finditer(self.text, s_start, m.start):
            pass
        if verb is None:
            return person
        tellers = [t for t in self.mentions(s_start, verb.start(), "person") if t.entity != person
                   and (not gender or self.index.genders.get(t.entity, gender) == gender)]
        return tellers[-1].entity if tellers else person

    def _unnamed_subject_before(self, at: int, person: str | None) -> bool:
        """Return whether someone unnamed opens a sentence after ``person`` was last named, in this paragraph or the one before.

        "A local man in Roscrea said the town had not been told. “…,” he said.": he is no one named.
        """
        here = self.text.rfind("\n\n", 0, at)
        lo = max(0, self.text.rfind("\n\n", 0, here) if here > 0 else 0)
        if person is not None:
            ends = [m.end for m in self.index.mentions_in(0, at, "person") if m.entity == person and self.outside(m.start, m.end)]
            if ends:
                lo = max(lo, ends[-1])
        rx = _anonymous_re(frozenset(self.g.person_nouns), frozenset(self.g.speech_verbs))
        for m in rx.finditer(self.text, lo, at):
            before = self.text[max(0, m.start() - 3):m.start()]
            if self.outside(m.start(), m.end()) and (m.start() == 0 or re.search(r"(?:[.!?][\"”’]?\s|\n)$", before)):
                # The unnamed one must speak in that sentence ("A man from Dover was arrested" is no speaker).
                s_end, rest = _sentence_suffix(self.text, m.end(), at)
                if self.g.speech_re.search(rest) or _TESTIMONY.search(rest):
                    return True
        return False

    def _spokesperson_before(self, at: int, word: str, person: str | None) -> str | None:
        """Return the body whose spokesperson was spoken of after ``person`` and before ``at``.

        "The Prime Minister's official spokesman said … “…,” he said": the spokesman's body speaks.
        """
        sp = None
        for m in _SPOKES.finditer(self.text, max(0, at - 600), at):
            if self.outside(m.start(), m.end()):
                sp = m
        if sp is None or sp.group(1) == ("woman" if word == "he" else "man"):
            return None
        if self.text.count("\n\n", sp.end(), at) > 1:
            return None
        s_start, _ = _sentence_prefix(self.text, self.text.rfind("\n\n", 0, sp.start()) + 1, sp.start())
        if person is not None and self.mentions(s_start, at, "person"):
            # "Romdhane Ben Amor, spokesman for the forum, said …": a named spokesman speaks for himself.
            return None
        s_end, _ = _sentence_suffix(self.text, sp.end(), at)
        orgs = self.mentions(s_start, s_end, "organisation")
        if not orgs:
            return None
        return min(orgs, key=lambda m: min(abs(m.start - sp.end()), abs(m.end - sp.start()))).entity

    def anonymous(self, start: int, end: int, after: bool) -> bool:
        """Return whether the attribution's speaker is someone unnamed ("one woman said", "said a resident").

        Before a quote, no one may be named in the words ("Bridget Chapman, a
        volunteer, said:" is hers); after it, the unnamed one opens them.
        """
        m = _anonymous_re(frozenset(self.g.person_nouns), frozenset(self.g.speech_verbs)).search(self.text, start, end)
        if m is None:
            return False
        if after:
            return self.text[start:m.start()].strip(" ,") in ("", *self.g.speech_verbs)
        return not self.mentions(start, end, "person")

    def from_prefix(self, start: int, end: int) -> str | None:
        """Return the speaker in the words before a quote ("Ms Cooper said:")."""
        if self.anonymous(start, end, after=False):
            return None
        people = self.mentions(start, end, "person")
        lead = _LEAD_CLAUSE.match(self.text, start, end)
        if lead is not None and people:
            # "Speaking to Sky News's Trevor Phillips, he said:": the one spoken to is no speaker.
            people = [m for m in people if m.start >= lead.end()]
            if not people:
                rest = self.text[lead.end():end]
                pm = _PRONOUN.match(rest.lstrip())
                if pm is not None:
                    return self.pronoun(pm.group(1), start)
                rm = _office_after_re(self.g.role_re.pattern).match(rest)
                if rm is not None and rm.group(1).lower() in self.g.roles:
                    named = [m for m in self.mentions(0, start, "person") if self.outside(m.start, m.end)]
                    if named:
                        return self._holder_among(named, rm)
                return None
        if people:
            vm = None
            for vm in self.g.speech_re.finditer(self.text, start, end):
                pass
            if vm is not None and people[0].start >= vm.end():
                # "He asked Sir Matthew:": the one named after the verb is asked, not asking.
                pm = None
                for pm in _PRONOUN.finditer(self.text, start, vm.start()):
                    pass
                if pm is not None and pm.group(1).lower() in ("he", "she") \
                        and re.fullmatch(r"\s*(?:then\s+|later\s+|also\s+)?", self.text[pm.end():vm.start()]):
                    who = self.pronoun(pm.group(1), pm.start())
                    if who is not None:
                        return who
            return self._subject(people, start, end).entity
        span = self.text[start:end]
        pm = None
        for pm in _PRONOUN.finditer(span):
            pass
        if pm is not None:
            return self.pronoun(pm.group(1), start + pm.start())
        orgs = self.mentions(start, end, "organisation")
        if orgs:
            return orgs[-1].entity
        if _spokes_for_office_re(self.g.role_re.pattern).search(span):
            # "a spokesman for the Prime Minister" with no prime minister named: nobody to credit.
            return None
        nm = prev = None
        for m in _ORG_NOUN.finditer(span):
            prev, nm = nm, m
        if nm is not None:
            if prev is not None and nm.group(0).lower() in _VOICE_NOUNS and re.fullmatch(r"(?:\s+[\w'’-]+){0,2}\s+", span[prev.end():nm.start()] + " ") \
                    and prev.group(0).lower() not in _VOICE_NOUNS:
                # "a senior government source", "a police spokesman": the body's noun says which body speaks.
                nm = prev
            body = self.by_noun(nm.group(0), start)
            qual = re.search(r"([A-ZÀ-Þ][\w'’-]*?)(?:['’]s)?\s+$", span[:nm.start()])
            if body is not None and qual is not None and self._other_country(qual.group(1), body):
                # "A UK government spokesperson said" after the Welsh Government: another body.
                return None
            return body
        rm = _office_after_re(self.g.role_re.pattern).match(span)
        if rm is not None and rm.group(1).lower() in self.g.roles and not re.search(r"\b(?:a|an)\s", span[:rm.start(1)]) \
                and self.g.speech_re.match(span, rm.end() + 1):
            # "The prime minister said:" with nobody named as prime minister: the person
            # this or the previous paragraph is about.
            k = max(0, bisect.bisect_right(self.paragraph_starts, start) - 2)
            named = self.mentions(self.paragraph_starts[k] if self.paragraph_starts else 0, start, "person")
            who = self._holder_among(named, rm) if named else None
            if who is not None and (len({m.entity for m in named}) == 1 or any(
                    rm.group(1).lower() in r.lower() for r in (self.index.get(who).roles or []))):
                # Only when that person is the one named there, or holds the office.
                return who
        return None

    def _subject(self, people: list, start: int, end: int):
        """Return the person who speaks in the words before a quote.

        The last person named before the verb of speech ("Mr Sunak told the
        BBC's Laura Kuenssberg:" is Mr Sunak), but not one inside an aside
        between the sentence's subject and its verb ("Rishi Sunak, standing
        next to Emmanuel Macron, said:").
        """
        vm = None
        for vm in self.g.speech_re.finditer(self.text, start, end):
            pass
        if vm is None:
            return people[-1]
        before = [m for m in people if m.end <= vm.start()]
        if not before:
            return people[0]
        last = before[-1]
        first = before[0]
        if first is not last and self.text[last.end:vm.start()].strip() == "," \
                and not self.text[start:first.start].strip() and self.text[first.end:first.end + 1] == ",":
            return first
        return last

    def by_noun(self, noun: str, at: int) -> str | None:
        """Return the organisation "the department", "the charity" or "a spokesperson" stands for."""
        noun = noun.lower()
        # "the council said": the latest organisation whose name holds the noun.
        named = None
        for m in self.index.mentions_in(0, at, "organisation"):
            e = self.index.get(m.entity)
            if self.outside(m.start, m.end) and e is not None and noun in e.name.lower().split():
                named = m.entity
        if named is not None:
            return named
        # "The National Migration Institute said in a statement … “…,” the agency said": the body that spoke last,
        # in this paragraph or the one before, whatever kind of body the noun usually names
        orgs = [m for m in self.index.mentions_in(max(0, at - 800), at, "organisation") if self.outside(m.start, m.end)]
        if orgs and self.text.count("\n\n", orgs[-1].end, at) <= 1 \
                and self.g.speech_re.match(self.text, orgs[-1].end + 1) and noun not in _VOICE_NOUNS:
            return orgs[-1].entity
        return self.last_before(at, "organisation", kinds=_NOUN_KINDS.get(noun, _ANY_KIND))

    def from_suffix(self, start: int, end: int, para_start: int | None = None) -> str | None:
        """Return the speaker in the words after a quote ("…,” he said.", "…,” said Mr Rama.")."""
        span = self.text[start:end]
        if _SIGNATURE.match(span) and len(span) < 200:
            # a press release's signature after the quote: "…” – The Honourable Sean Fraser, Minister of …"
            signed = self.mentions(start, end, "person") or self.mentions(start, end, "organisation")
            if signed:
                return signed[0].entity
        if not _attributed_after(span, self.g.speech_re):
            return None
        if self.anonymous(start, end, after=True):
            return None
        pm = _PRONOUN.search(span)
        ms = [m for m in self.mentions(start, end) if self.index.get(m.entity).type in ("person", "organisation")]
        if pm and (not ms or start + pm.start() < ms[0].start):
            return self.pronoun(pm.group(1), start)
        people = [m for m in ms if self.index.get(m.entity).type == "person"]
        if people:
            return people[0].entity
        rm = _office_after_re(self.g.role_re.pattern).match(span)
        if ms and rm and rm.group(1).lower() in self.g.roles and para_start is not None \
                and all(start + rm.start() <= m.start and m.end <= start + rm.end() for m in ms):
            # "…,” the Labour leader said: the body names the office, the paragraph's person holds it.
            named = self.mentions(para_start, start, "person")
            if named:
                return self._holder_among(named, rm)
        if ms:
            return ms[0].entity
        nm = _ORG_NOUN.search(span)
        if nm is not None:
            return self.by_noun(nm.group(0), start)
        rm = _office_after_re(self.g.role_re.pattern).match(span)
        if rm and rm.group(1).lower() in self.g.roles and para_start is not None:
            # "…,” the Witham MP said: an office nobody in the article holds by name is
            # the person the paragraph is about, named before the quote.
            people = self.mentions(para_start, start, "person")
            if people:
                return self._holder_among(people, rm)
            # (a quote that is a paragraph of its own: the one person the paragraph before names, "David Cameron, who
            # is facing pressure, said he had been moved. / “…,” the Prime Minister said.")
            k = bisect.bisect_right(self.paragraph_starts, para_start) - 2
            if k >= 0:
                before = self.mentions(self.paragraph_starts[k], para_start, "person")
                if len({m.entity for m in before}) == 1:
                    return before[0].entity
        return None

    def _other_country(self, qualifier: str, org: str) -> bool:
        """Return whether ``qualifier`` ("UK") names another country than the one in ``org``'s name ("Welsh Government")."""
        g = self.g
        if qualifier not in g.places and qualifier not in g.demonyms:
            return False
        e = self.index.get(org)
        words = [re.sub(r"['’]s$", "", w) for w in (e.name.split() if e is not None else [])]
        # The words of the body's name that say whose it is ("Welsh", "French"), not its head.
        named = [w for w in words[:-1] if w[:1].isupper() and w not in g.org_heads and w not in g.not_names]

        def code(w: str) -> str:
            if w in g.demonyms:
                return g.demonyms[w]
            entry = g.places.get(w)
            return entry.id if entry is not None else w

        return bool(named) and code(qualifier) not in {code(w) for w in named}

    def _holder_among(self, named: list, rm: re.Match[str]) -> str:
        """Return the person named before a quote who holds the office after it.

        "Sir Keir Starmer told the BBC's Laura Kuenssberg …. “…,” the Labour leader
        said": the one whose roles name the office, else the last one named.
        """
        phrase = re.sub(r"^\s*(?:said\s+|says\s+|added\s+)?the\s+", "", rm.group(0)).lower()
        core = rm.group(1).lower()
        for want in (phrase, core):
            for m in reversed(named):
                e = self.index.get(m.entity)
                forms = [r.lower() for r in (e.roles or [])] + [a.lower() for a in (e.aliases or [])]
                if any(f == want or f.endswith(" " + want) for f in forms):
                    return m.entity
        last = named[-1]
        for m in reversed(named):
            if m.start < last.start and re.match(r"\s*[^.!?]*$", self.text[m.end:last.start]) is None:
                break
            # "Sir Keir Starmer told the BBC's Laura Kuenssberg": the one who tells, not the one told.
            if self.g.speech_re.match(self.text, m.end + 1) and self.text[m.end:m.end + 1] == " ":
                return m.entity
        return last.entity


@cache
def _anonymous_re(nouns: frozenset[str], verbs: frozenset[str]) -> re.Pattern[str]:
    """An unnamed person: "one woman", "a local resident", "another migrant", "one of the survivors".

    The person noun must end its phrase: "a UN refugee agency spokesperson" is an organisation's.
    """
    alt = trie_pattern(sorted(nouns))
    ends = trie_pattern(sorted(verbs | _PHRASE_AFTER))
    head = rf"(?:{alt})s?(?=\s*[,.;:!?)—–]|\s*$|\s+(?:{ends})\b)"
    return re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Ss]ome)\s+(?:of\s+(?:them|us|those|the(?:se)?\s+(?:[\w'’-]+\s+){{0,2}}?{head})"
                      rf"|(?:[\w'’-]+\s+){{0,3}}?{head})")


# Words that may follow the noun of an unnamed speaker ("a resident who", "one woman from Dover").
_PHRASE_AFTER = frozenset("who whose from in at on of for with outside near inside living working standing waiting "
                          "speaking interviewed".split())


@cache
def _spokes_for_office_re(roles: str) -> re.Pattern[str]:
    return re.compile(r"\bspokes\w+ for (?:the )?(?:[\w'’-]+ ){0,2}?(?:" + roles + r")\b", re.I)


@cache
def _office_after_re(roles: str) -> re.Pattern[str]:
    return re.compile(r"\s*(?:said\s+|says\s+|added\s+)?the\s+(?:[\w'’-]+\s+){0,3}?(" + roles + r")\b", re.I)


def _speech_before(span: str, speech_re: re.Pattern[str]) -> bool:
    """Return whether the words before a quote end with a verb of speech ("she added,", "according to X,")."""
    s = span.rstrip()
    if s.endswith(":"):
        return True
    if not s.endswith(","):
        return False
    tail = s[:-1]
    if re.search(r"\baccording to\b[^,]*$", tail, re.I) \
            or re.search(r"\b[Aa]ccording to\s+[A-ZÀ-Þ][^,.;:]*(?:,[^,.;:]*){1,2}$", tail):
        # "According to Eve Geddie, director of Amnesty's office, “…”": with the speaker's apposition.
        return True
    m = None
    for m in speech_re.finditer(tail):
        pass
    return m is not None and len(tail) - m.end() < 40


def _short_turn(text: str, seg: Segment, para_end: int, speech_re: re.Pattern[str]) -> bool:
    """Return whether a short quote opening its sentence is a turn: “We tried,” she said."""
    inner = text[seg.start:seg.end].rstrip()
    if not seg.closed or not inner or inner[-1] not in ",.!?…" or _words(inner) < 1:
        return False
    _, suffix = _sentence_suffix(text, seg.end + 1, para_end)
    m = speech_re.search(suffix[:40])
    if re.match(r"\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?spokes(?:person|man|woman)\b", suffix):
        # "“Families belong together,” a spokesperson for the organisation said."
        m = speech_re.search(suffix[:90])
        return m is not None
    return m is not None and m.start() < 30


def find_quotes(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[Fact]:
    """Return one quote fact per speaker turn in the article."""
    text = article.text
    g = gazetteer()
    segs = _segments(article)
    quoted = [(s.open_mark, s.end + 1) for s in segs]
    r = _Resolver(article, index, quoted)
    para_end = {p.index: p.start + len(p.text) for p in article.paragraphs}
    turns: list[Turn] = []
    prev: Segment | None = None
    for seg in segs:
        continuing = prev is not None and not prev.closed and seg.paragraph == prev.paragraph + 1 \
            and seg.open_mark == seg.para_start and turns and turns[-1].segments[-1] is prev
        prev = seg
        if continuing:
            turns[-1].segments.append(seg)
            continue
        p_start, prefix = _sentence_prefix(text, seg.para_start, seg.open_mark)
        speaker = None
        is_quote = False
        attributed = False
        trailing = False
        # attributed: words of attribution frame the quote, resolved or not; trailing:
        # the narrator's words go on after it in its sentence ("— that was the verdict of …").
        if prefix.strip() and _speech_before(prefix, g.speech_re):
            is_quote = True
            speaker = r.from_prefix(p_start, seg.open_mark)
        elif not prefix.strip():
            is_quote = _words(text[seg.start:seg.end]) >= _MIN_WORDS or _short_turn(text, seg, para_end[seg.paragraph], g.speech_re)
            if is_quote and seg.closed:
                s_end, suffix = _sentence_suffix(text, seg.end + 1, para_end[seg.paragraph])
                speaker = r.from_suffix(seg.end + 1, s_end, seg.para_start)
                attributed = _attributed_after(suffix, g.speech_re)
                trailing = _words(suffix) > 0
        if not is_quote:
            if not prefix.strip() and seg.closed and turns and turns[-1].segments[-1].paragraph == seg.paragraph \
                    and re.search(r"[.!?…]$", text[seg.start:seg.end].strip()):
                # “She is saying what millions think,” he said. “Good on her.”: a short
                # sentence after the attribution is the same turn.
                turns[-1].segments.append(seg)
            continue
        if speaker is None and turns and not attributed:
            last = turns[-1].segments[-1]
            # An unattributed quote right after a turn (same or next paragraph) goes on with that turn.
            if last.paragraph in (seg.paragraph, seg.paragraph - 1) and not prefix.strip() and not trailing:
                turns[-1].segments.append(seg)
                continue
        if speaker is None and turns and not attributed and not prefix.strip() and not trailing \
                and seg.open_mark == seg.para_start and turns[-1].segments[-1].paragraph == seg.paragraph - 2:
            # "Q: Why not?" between two answers: the answer after the question is the last speaker's.
            qp = next((p for p in article.paragraphs if p.index == seg.paragraph - 1), None)
            if qp is not None and _QUESTION_LINE.match(qp.text) and len(qp.text) < 300:
                turns.append(Turn([seg], turns[-1].speaker))
                continue
        if speaker is None and seg.closed and seg.open_mark == seg.para_start \
                and not text[seg.end + 1:para_end[seg.paragraph]].strip():
            # A press release's signature under the quote: "– The Honourable Sean Fraser, Minister of Immigration"
            nl = next((p for p in article.paragraphs if p.index == seg.paragraph + 1), None)
            if nl is not None and len(nl.text) < 200 and _SIGNATURE.match(nl.text):
                who = r.mentions(nl.start, nl.start + len(nl.text), "person") or r.mentions(nl.start, nl.start + len(nl.text))
                if who:
                    speaker = who[0].entity
        if speaker is None and seg.open_mark == seg.para_start:
            # A press-release speaker line: "Home Secretary James Cleverly said:" as its own paragraph.
            pl = next((p for p in article.paragraphs if p.index == seg.paragraph - 1), None)
            if pl is not None and pl.text.rstrip().endswith(":"):
                sp_start, sp_prefix = _sentence_prefix(text, pl.start, pl.start + len(pl.text))
                speaker = r.from_prefix(sp_start, pl.start + len(pl.text))
        if speaker is None:
            continue
        heading = _HEADING_QUOTE.fullmatch(article.paragraphs[seg.paragraph].text.strip())
        if heading and not (g.speech_re is not None and g.speech_re.search(heading.group("label"))):
            # a live page's entry heading that sums up what the entry quotes ("Charity: 'These deaths were
            # preventable'" over "… said: 'Every one of these deaths was preventable …'"): no turn of its own
            continue
        if turns and turns[-1].speaker == speaker and turns[-1].segments[-1].paragraph == seg.paragraph:
            # "“…,” she said, “…”": the part after a mid-quote attribution.
            turns[-1].segments.append(seg)
            continue
        turns.append(Turn([seg], speaker))
    facts = [_fact(article, sentences, t) for t in turns]
    facts += _speaker_line_quotes(article, sentences, r, segs)
    for f in facts:
        if f is not None and f.speaker is not None:
            f.speaker = _body_of_spokesperson(r, f.speaker) or f.speaker
    facts = [f for f in facts if f is not None]
    # words quoted again in a heading or a pull quote ("Mayorkas: 'Our border is not open'" over the paragraph that
    # quotes them in full) are no turn of their own
    folded = [re.sub(r"\W+", " ", f.text or "").strip().lower() for f in facts]
    return [f for i, f in enumerate(facts)
            if not any(j != i and facts[j].speaker == f.speaker and folded[i] and folded[i] in folded[j]
                       and (len(folded[i]) < len(folded[j]) or j < i) for j in range(len(facts)))]


_HEADING_QUOTE = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [\w.'’&-]+){0,3}):\s+['‘\"“].{3,120}['’\"”]")
"""A paragraph of a label and a short quote only, the heading of a live page's entry: "Abbott: 'Biden has lost control'"."""

_SIGNATURE = re.compile(r"\s*[–—-]{1,2}\s*(?:The\s+|the\s+)?[A-ZÀ-Þ]")
"""A line under a quote that signs it: "– The Honourable Sean Fraser, Minister of …", "—Jane Doe, director"."""

_SPOKES_BODY_AFTER = re.compile(r",\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?spokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$")


def _portfolio_spokesperson(r: _Resolver, start: int, end: int) -> bool:
    """Whether the person named at ``start``-``end`` is titled a party's spokesperson on a policy area, right before the
    name or in an apposition after it: "Greens immigration spokesperson David Shoebridge", "Lisa Smart, the Liberal
    Democrat home affairs spokesperson"."""
    return r.g.portfolio_before_re.search(r.text[max(0, start - 60):start]) is not None \
        or r.g.portfolio_after_re.match(r.text[end:end + 80]) is not None


def _body_of_spokesperson(r: _Resolver, speaker: str) -> str | None:
    """The organisation a named spokesperson speaks for (FACTS.md: a spokesperson's words belong to their
    organisation): "UNHCR spokesperson Matthew Saltmarsh", "Karim Said, spokesman for the Refugee Council"."""
    e = r.index.get(speaker)
    if e is None or e.type != "person" or not any(_SPOKES.search(role) for role in e.roles or []):
        return None
    text = r.text
    for m in r.index.mentions_in(0, len(text), "person"):
        if m.entity != speaker:
            continue
        if _portfolio_spokesperson(r, m.start, m.end):
            return None  # a party's portfolio spokesperson speaks for themselves (titles.yaml, portfolio_words)
        # the body named right before the title: "UNHCR spokesperson Matthew Saltmarsh"
        before = [o for o in r.index.mentions_in(max(0, m.start - 60), m.start, "organisation")
                  if re.fullmatch(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?spokes(?:person|man|woman)\s+", text[o.end:m.start])]
        if before:
            return before[-1].entity
        # or right after the name: "Karim Said, spokesman for the Refugee Council"
        after = [o for o in r.index.mentions_in(m.end, m.end + 80, "organisation")
                 if _SPOKES_BODY_AFTER.fullmatch(text[m.end:o.start])]
        if after:
            return after[0].entity
    return None


def _speaker_line_quotes(article: Article, sentences: list[Sentence], r: _Resolver, segs: list[Segment]) -> list[Fact]:
    """Quotes printed without quote marks after a speaker line of their own ("X said:")."""
    out = []
    quoted_paras = {s.paragraph for s in segs}
    paras = article.paragraphs
    short_quoted = {s.paragraph for s in segs if _words(article.text[s.start:s.end]) >= _MIN_WORDS}
    for i, p in enumerate(paras[:-1]):
        # (a word quoted by the narrator in the speaker line leaves it one: "said the government was “relentlessly”
        # pursuing the gangs:")
        if not p.text.rstrip().endswith(":") or p.index in short_quoted:
            continue
        # (the verb of speech may stand further back when the line says what the quote is about: "A spokesperson
        # said the government was pursuing the gangs:")
        s_line = _sentence_prefix(article.text, p.start, p.start + len(p.text))[1]
        if not (r.g.speech_re.search(p.text[-60:]) or len(s_line) <= 160 and r.g.speech_re.search(s_line)) or len(p.text) > 300:
            continue
        nxt = paras[i + 1]
        if nxt.index in quoted_paras or _words(nxt.text) < _MIN_WORDS:
            continue
        s0, _ = _sentence_prefix(article.text, p.start, p.start + len(p.text))
        speaker = r.from_prefix(s0, p.start + len(p.text))
        if speaker is None:
            continue
        texts = [nxt.text]
        # Following paragraphs in the speaker's own voice ("we", "our", "I") go on with the quote.
        for q in paras[i + 2:]:
            if q.index in quoted_paras or q.text.rstrip().endswith(":") or _words(q.text) < _MIN_WORDS \
                    or not (_FIRST_PERSON.search(q.text) or _VOICE_OPENING.match(q.text) and not r.g.speech_re.search(q.text)
                            and not re.search(r"\d", q.text)):
                break
            texts.append(q.text)
        out.append(Fact(id="", type="quote", speaker=speaker, text=" ".join(texts), evidence=" ... ".join(texts)))
    return out


def _fact(article: Article, sentences: list[Sentence], turn: Turn) -> Fact | None:
    text = article.text
    segs = [s for s in turn.segments if text[s.start:s.end].strip()]
    parts = [text[s.start:s.end].strip() for s in segs]
    # "“…human beings,” he said. “It is …”": the comma before the attribution
    # stood for a full stop when the next part opens a new sentence.
    for i in range(len(parts) - 1):
        nxt = parts[i + 1]
        between = text[segs[i].end + 1:segs[i + 1].open_mark].strip() if segs[i].paragraph == segs[i + 1].paragraph else ""
        if parts[i].endswith(",") and nxt[0].isupper() and (between.endswith(".") or not re.match(r"I\b", nxt)):
            parts[i] = parts[i][:-1] + "."
    quote = " ".join(parts).strip()
    quote = re.sub(r"[,;:]$", "", quote).strip()
    if not quote:
        return None
    # Evidence: the sentences holding the turn, one piece per paragraph joined by "...".
    pieces: list[str] = []
    for para_idx in sorted({s.paragraph for s in turn.segments}):
        segs = [s for s in turn.segments if s.paragraph == para_idx]
        lo, hi = segs[0].open_mark, segs[-1].end
        sents = [s for s in sentences if s.paragraph == para_idx and s.end > lo and s.start < hi]
        if not sents:
            continue
        # The attribution before the quote in its sentence is part of the evidence.
        pieces.append(text[sents[0].start:sents[-1].end])
    evidence = " ... ".join(pieces) if pieces else quote
    return Fact(id="", type="quote", speaker=turn.speaker, text=quote, evidence=evidence)
