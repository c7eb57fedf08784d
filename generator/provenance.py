"""Where an article comes from: its publisher and title, as the page itself shows them.

Nothing here is guessed. A publisher is an outlet of ``data/sources.yaml``
named where a page names its own source (a copyright line, a wire dateline,
its own furniture). An author is taken only from front matter or a web page's
metadata (``ingest``), never from a byline in a text seed: FACTS.md counts
reporter credit lines as furniture, and a name found only there is no part of
the record. The title shown for an article is its headline when it has one,
otherwise its opening sentence cut at a clause boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import datafiles
from .datafiles import trie_pattern

TITLE_CHARS = 90
"""About how long a title cut from the lede may be."""
TITLE_SLACK = 20
"""How far past :data:`TITLE_CHARS` a clause may end and still be taken whole."""
MIN_TITLE_CHARS = 35
"""A clause boundary earlier than this leaves too little to name the article."""

# Where a long opening sentence may be cut: before a subordinate clause or a
# parenthetical (strong), or before a prepositional phrase (weak).
_STRONG = re.compile(r",\s|;\s|:\s|\s[–—]\s|\s\(|\s(?=(?:as|after|amid|under|while|but|because|despite|following|"
                     r"which|that|who|where|whereas|although|even though|even as|in an effort|in a bid|in what|days after|weeks after|"
                     r"just days|ahead of|according to|saying|warning|claiming|amid)\s)")
_WEAK = re.compile(r"\s(?=(?:for|in|on|at|over|to|from|with|by|into|across|since|during|between|against|about)\s)")
# A wire dateline opening the lede ("ROME (AP) —", "LONDON, March 5 (Reuters) -"): not part of a title.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\))?\s*[—–-]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])")


@dataclass(frozen=True)
class Sources:
    """The outlets and the shapes in which a page shows its source."""

    names: dict[str, str]
    """Every full form (alias, domain, name) -> the outlet's name."""
    short: dict[str, str]
    """Short forms ("AP", "AFP"), trusted only in a dateline or copyright line -> the outlet's name."""
    anywhere: re.Pattern[str]
    """The full forms as whole words (case-sensitive), to find in furniture."""
    copyright: list[re.Pattern[str]]
    dateline: list[re.Pattern[str]]
    label: re.Pattern[str]
    """A label line: one that opens or ends with a kind of page ("Press release from the Ministry", "Home Borders Press release")."""


def _compile(doc: dict, name: str) -> Sources:
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    for i, o in enumerate(doc["outlets"]):
        for key in ("name", "aliases", "domains"):
            for j, form in enumerate([o[key]] if key == "name" else o.get(key, [])):
                if names.get(form, o["name"]) != o["name"]:
                    raise datafiles.fail(name, f"{form!r} names two outlets: {names[form]} and {o['name']}",
                                         "outlets", i, *((key,) if key == "name" else (key, j)))
                names[form] = o["name"]
        for form in o.get("short", []):
            short[form.lower()] = o["name"]
    pats = {key: datafiles.regexes(name, doc["shapes"][key], ("shapes", key), lists=doc) for key in ("copyright", "dateline")}
    for key, ps in pats.items():
        for i, p in enumerate(ps):
            if "name" not in p.groupindex:
                raise datafiles.fail(name, "the pattern has no group 'name': (?P<name>…)", "shapes", key, i)
    anywhere = re.compile(r"(?<![\w.])(?:" + trie_pattern(sorted(names)) + r")(?![\w])")
    kinds = trie_pattern(sorted({w.lower() for w in doc["page_labels"]}), space=r"\s+")
    label = re.compile(rf"^(?:{kinds})\b|(?:^|[\s>|/»–-])(?:{kinds})\s*$", re.IGNORECASE)
    return Sources(names, short, anywhere, pats["copyright"], pats["dateline"], label)


def sources() -> Sources:
    return datafiles.load("sources.yaml", _compile)


def _outlet(candidate: str, s: Sources, *, short_ok: bool) -> str | None:
    """Return the outlet a candidate name from a copyright line or dateline names, if any."""
    candidate = candidate.strip(" .,;:()")
    m = s.anywhere.match(candidate)
    if m:
        return s.names[m.group(0)]
    if short_ok:
        return s.short.get(candidate.lower())
    return None


def outlet_name(name: str) -> str:
    """Return the outlet list's name for a site name a page's metadata gives ("eKathimerini.com"), else the name as given."""
    s = sources()
    return s.names.get(name) or next((v for k, v in s.names.items() if k.lower() == name.lower()), name)


def publisher(furniture: list[str], body: list[str]) -> str | None:
    """Return the outlet a page shows as its own source, or None.

    Arguments:
        furniture: the page furniture removed from the seed (banners, appeals, credits).
        body: the article's paragraphs.
    """
    s = sources()
    # A copyright line, wherever it stands; a dateline opens the story.
    for text in furniture + body[-3:]:
        for pat in s.copyright:
            for m in pat.finditer(text):
                found = _outlet(m.group("name"), s, short_ok=True)
                if found:
                    return found
    for text in body[:2]:
        for pat in s.dateline:
            m = pat.search(text)
            if m:
                found = _outlet(m.group("name"), s, short_ok=True)
                if found:
                    return found
    # The outlet's name in its own furniture ("The Independent is on the ground …").
    for text in furniture:
        m = s.anywhere.search(text)
        if m:
            return s.names[m.group(0)]
    return None


TOP_PARAGRAPHS = 8
"""How many paragraphs may stand above the lede (section label, headline, standfirst, byline, stamp, caption)."""
TOP_WORDS = 40
"""A paragraph above the lede is short; a longer one is the story itself."""
LEDE_WORDS = 4
"""The lede is the first paragraph that ends a sentence and has at least this many words."""
LABEL_WORDS = 7
"""A label line is short; a longer line ending in a kind of page is a headline ("Title 42 expires … – live")."""
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)]?$")
# A site's breadcrumb or section line: "News > Press releases", "Migration | Germany".
_BREADCRUMB = re.compile(r"\s[>|/»]\s")


def split_top(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Return the paragraphs above the lede (headline, standfirst, labels, bylines) and the story from the lede on.

    A scraped page opens with short lines that end no sentence: a section
    label, the headline, a standfirst, a byline with a time stamp. The lede is
    the first paragraph that ends a sentence and is not one word or two. When
    no lede is found near the top, or a long paragraph comes first, nothing is
    split off.
    """
    for i, p in enumerate(paragraphs[:TOP_PARAGRAPHS]):
        words = len(p.split())
        if (_ENDS_SENTENCE.search(p) and words >= LEDE_WORDS) or p.endswith(":"):
            # A paragraph that ends a sentence, or introduces a quote or a list ("The minister said:"), is the story.
            return paragraphs[:i], paragraphs[i:]
        if words > TOP_WORDS:
            break
    return [], paragraphs


def looks_like_headline(paragraph: str) -> bool:
    """Return whether a paragraph reads as a headline: a few words on one line, no closing full stop, no breadcrumb."""
    words = paragraph.split()
    if not 4 <= len(words) <= 25 or len(paragraph) > 200:
        return False
    if re.search(r"[.,;:]$", paragraph) or _SENTENCE_END.search(paragraph) or _BREADCRUMB.search(paragraph):
        return False
    s = sources()
    if (len(words) <= LABEL_WORDS and s.label.search(paragraph)) or s.anywhere.fullmatch(paragraph):
        return False  # a label line ("Home Borders Press release"), or the site's own name
    return bool(re.match(r"[\"“‘'A-Z0-9£€$]", paragraph))


def headline_of(top: list[str]) -> str | None:
    """Return the headline among the paragraphs above the lede: the first that reads as one."""
    return next((p for p in top if looks_like_headline(p)), None)


def lede_title(paragraph: str) -> str:
    """Return the opening sentence of ``paragraph``, cut at a clause boundary near :data:`TITLE_CHARS`."""
    paragraph = _DATELINE.sub("", paragraph, count=1)
    m = _SENTENCE_END.search(paragraph)
    sentence = (paragraph[: m.start()] if m else paragraph).strip().rstrip(".")
    if len(sentence) <= TITLE_CHARS + TITLE_SLACK // 2:
        return sentence
    for pattern, limit in ((_STRONG, TITLE_CHARS + TITLE_SLACK), (_WEAK, TITLE_CHARS)):
        cuts = [c.start() for c in pattern.finditer(sentence, 0, limit + 1)
                if MIN_TITLE_CHARS <= c.start() <= limit and _balanced(sentence[: c.start()])]
        if cuts:
            return sentence[: cuts[-1]].rstrip(" ,;:–—")
    cut = sentence[: TITLE_CHARS + 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:–—") + "…"


def _balanced(text: str) -> bool:
    """Whether ``text`` closes every bracket and quotation it opens (a cut there leaves none open)."""
    return text.count("(") <= text.count(")") and text.count("“") <= text.count("”") and text.count('"') % 2 == 0
