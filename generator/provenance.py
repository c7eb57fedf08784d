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

import math
import re
from dataclasses import dataclass

from . import datafiles
from .datafiles import trie_pattern
from .text import split_sentences

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
    distributor: list[re.Pattern[str]]
    """A release's "Distributed by …" header; its name need not be listed."""
    company: re.Pattern[str] | None
    """The company words ("Ltd", "Media Group") and years at the end of a copyright holder's name."""
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
    pats = {key: datafiles.regexes(name, doc["shapes"][key], ("shapes", key), lists=doc)
            for key in ("copyright", "dateline", "distributor") if key in doc["shapes"]}
    pats.setdefault("distributor", [])
    for key, ps in pats.items():
        for i, p in enumerate(ps):
            if "name" not in p.groupindex:
                raise datafiles.fail(name, "the pattern has no group 'name': (?P<name>…)", "shapes", key, i)
    anywhere = re.compile(r"(?<![\w.])(?:" + trie_pattern(sorted(names)) + r")(?![\w])")
    kinds = trie_pattern(sorted({w.lower() for w in doc["page_labels"]}), space=r"\s+")
    label = re.compile(rf"^(?:{kinds})\b|(?:^|[\s>|/»–-])(?:{kinds})\s*$", re.IGNORECASE)
    words = doc.get("company_words")
    company = re.compile(r"(?:[\s,]+(?:" + trie_pattern(sorted(words), space=r"\s+") + r"|(?:19|20)\d{2}))+\s*$") if words else None
    return Sources(names, short, anywhere, pats["copyright"], pats["dateline"], pats["distributor"], company, label)


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
    # A release's own header names the body that distributes it ("Press release | Distributed by Example Agency"),
    # unless a syndication footer says who published it ("Example Agency published this content … Distributed by
    # Wire"): the shapes are tried in their order, each over the whole page.
    for pat in s.distributor:
        for text in furniture + body[-3:] + body[:2]:
            m = pat.search(text)
            if m:
                name = re.sub(r"(?:\s+(?:of|for|and|the|&))+$", "", m.group("name"), flags=re.IGNORECASE)
                return _outlet(name, s, short_ok=True) or name
    # The outlet's name in its own furniture ("The Independent is on the ground …", "Cookies on GOV.UK"); a
    # government page's "From:" line ("From: Home Office") names its publisher when the site's name stands as the
    # logo in its menu anywhere in the furniture ("Skip to main content GOV.UK Coronavirus …"), even when a banner
    # names the site first; the site's name only in a banner's sentence ("Cookies on GOV.UK", "how you use
    # GOV.UK, remember …") is the publisher.
    by_line = from_line(furniture + body[:2])
    for text in furniture:
        m = s.anywhere.search(text)
        if m and _PICTURE_CREDIT.search(text[: m.start()]):
            continue  # a photo credit names the agency of the picture ("Credit: Jane Doe/dpa")
        if m and _WORKED_FOR.search(text[: m.start()]):
            continue  # an author's note names where they worked before ("She previously worked for Reuters")
        if m and _TAG_LINE.match(text):
            continue  # a tag line names the story's subjects ("Topics: Rohingya, UNHCR, Andaman Sea")
        if m:
            if by_line and any(s.names[o.group(0)] == s.names[m.group(0)] and _is_logo(t, o)
                               for t in furniture for o in s.anywhere.finditer(t)):
                return by_line
            return s.names[m.group(0)]
    if by_line:
        return by_line
    # A newspaper's masthead in capitals at the top of the page ("DAILY CLARION News Politics …"); then the name
    # the site shows opening its menu line ("The Example Times Singapore Asia World …"), not its owner's name in the
    # footer; then a © line in the footer naming a holder the list lacks ("© Example Media Group 2025"), which may
    # add a company's words to the masthead's name; then a name opening the page before its menu ("Example Aid |
    # Home World …").
    for find, texts in ((masthead, furniture), (menu_line_masthead, furniture),
                        (copyright_holder, furniture + body[-3:]), (menu_masthead, furniture)):
        found = next((f for text in texts if (f := find(text))), None)
        if found:
            return found
    return None


def _is_logo(text: str, m: re.Match[str]) -> bool:
    """Whether the outlet's name found at ``m`` stands as a logo in a menu ("… content GOV.UK Navigation menu"), not
    in a banner's sentence ("Cookies on GOV.UK", "how you use GOV.UK, remember …")."""
    return (not re.search(r"\b(?:on|to|from|by|at|of|about|with)\s*$", text[: m.start()], re.IGNORECASE)
            and re.match(r"\s+[A-Z]", text[m.end():]) is not None)


# A © or Copyright line opening a footer paragraph: "© Example Ltd 2024", "Copyright © 2025 Example. All rights reserved."
_FOOTER_COPYRIGHT = re.compile(r"^\s*(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2})?\s*)?,?\s*"
                               r"(?P<name>[^.,;|\n©]{2,80})", re.IGNORECASE)
_HOLDER_WORD = re.compile(r"(?:[A-Z][\w'’&-]*|of|for|and|the|&|de|la|el|[A-Z]\.)$")


def copyright_holder(text: str) -> str | None:
    """Return the organisation a footer's © line names as the holder, by the outlet list's name where it has one.

    The line must open the paragraph (a caption's credit "Photo: © Jane Doe/AFP" does not), and its holder is cut
    of years and company words ("Ltd", "Media Group"; sources.yaml ``company_words``). A person ("© Jane Doe"),
    the Crown, a credit with a slash and a holder in lower case are no publisher.
    """
    from .extract.gazetteer import gazetteer

    m = _FOOTER_COPYRIGHT.match(text)
    if not m:
        return None
    s = sources()
    raw = m.group("name").strip()
    known = _outlet(raw, s, short_ok=True)
    if known:
        return known
    cut = s.company.search(" " + raw) if s.company else None
    name = (" " + raw)[: cut.start()].strip(" ,") if cut else raw
    name = re.sub(r"\s+(?:19|20)\d{2}$", "", name).strip(" ,")
    firm = bool(cut and re.search(r"[A-Za-z]", cut.group(0)))
    words = name.split()
    if not 1 <= len(words) <= 6 or "/" in name or re.search(r"\b(?:copyright|crown|rights|reserved)\b", name, re.IGNORECASE):
        return None
    if not words[0][0].isupper() or not all(_HOLDER_WORD.match(w) for w in words) or not words[-1][0].isupper():
        return None
    g = gazetteer()
    if words[0] in g.first_names and words[0] not in g.not_names and len(words) <= 3 and not firm:
        return None  # a person: "© Jane Doe" (a company word after the name makes it a firm)
    return _outlet(name, s, short_ok=False) or name


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
_BREADCRUMB = re.compile(r"\s[>|/»›]\s")


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


_PASSIVE_AGENT = re.compile(r"[Bb]y\s+[A-Z][\w’'-]*\s+[a-z]")


def looks_like_headline(paragraph: str) -> bool:
    """Return whether a paragraph reads as a headline: a few words on one line, no closing full stop, no breadcrumb."""
    words = paragraph.split()
    if not 4 <= len(words) <= 25 or len(paragraph) > 200:
        return False
    if re.search(r"[.,;:]$", paragraph) or len(split_sentences(paragraph)) > 1 or _BREADCRUMB.search(paragraph):
        return False
    s = sources()
    if (len(words) <= LABEL_WORDS and s.label.search(paragraph)) or s.anywhere.fullmatch(paragraph):
        return False  # a label line ("Home Borders Press release"), or the site's own name
    hits = [m for p in page_top().byline for m in [p.search(paragraph)] if m]
    if hits and not all(_PASSIVE_AGENT.match(paragraph, m.start()) for m in hits):
        # a page's top run together, with its byline ("… By Jane Doe, Political Editor"), not a headline's agent
        # ("Deadly sea crossings by Rohingya refugees surge")
        return False
    if is_menu(paragraph):
        return False  # a site's menu ("Example News Home Mail News Finance Sport …")
    if re.match(r"\d{1,2}[.:]\d{2}\b", paragraph):
        return False  # a live blog's entry, under its time stamp ("18.42 CEST Summary of the day")
    m = s.anywhere.match(paragraph)
    if m and re.match(r"\s+[A-Z(]", paragraph[m.end():]):
        return False  # a banner that opens with the site's own name ("GOV.UK Coronavirus (COVID-19) …")
    return bool(re.match(r"[\"“‘'A-Z0-9£€$]", paragraph))


MENU_SHARE = 0.5
"""A line of capitalised words at least this share of which are section names is a menu, not a headline."""
MENU_MANY = 4
"""A line with at least this many section names, :data:`MENU_RUN` of them in a row, every other word capitalised or
the small second word of a two-word item, is a menu whatever their share ("Example Times Home Local Region World
Business Opinion E-paper"); a title-case headline names sections apart ("World Leaders Meet Business Chiefs On
Sport")."""
MENU_RUN = 3
_MENU_SMALL = 2
"""How many small second words of two-word items ("Log in", "Show more", "Listen to") a menu may hold."""


def is_menu(line: str) -> bool:
    """Whether a line is a site's menu: at least three section names (page_top.yaml ``nav_items``: "Sport", "Who we
    are"), making up at least :data:`MENU_SHARE` of its words, or at least :data:`MENU_MANY` of them with
:data:`MENU_RUN` in a row; every other
    word capitalised ("Example News Home Mail News Finance Sport Entertainment Life Shopping Search"), save the small
    second word of a two-word item between capitalised ones ("Log in Home", "Listen to Example"), a word the line
    repeats (the outlet's name: "Example Listen to Example Watch Example News …") counting as a section name. A
    headline turns to lower case or names few sections."""
    words = line.split()
    nav = page_top().nav
    caps = [w for w in words if w[:1].isupper()]
    repeated = {w for w in caps if caps.count(w) > 1 and len(w) > 1}
    pos, covered, items, small, prev_cap, run, longest = 0, 0, 0, 0, False, 0, 0
    while (tok := _TOKEN.search(line, pos)) is not None:
        m = nav.match(line, tok.start())
        if m and m.group(0)[0].isupper():
            covered += len(m.group(0).split())
            items += 1
            run += 1
            longest = max(longest, run)
            pos, prev_cap = m.end(), True
            continue
        run = 0
        if tok.group(0) in repeated:
            covered += 1
            pos, prev_cap = tok.end(), True
        elif tok.group(0)[0].isupper() or tok.group(0) in ("&", "|"):
            pos, prev_cap = tok.end(), True
        elif prev_cap and small < _MENU_SMALL and tok.group(0).isalpha() and (
                (nxt := _TOKEN.search(line, tok.end())) is None or nxt.group(0)[0].isupper()):
            small += 1
            pos, prev_cap = tok.end(), False
        else:
            return False
    return items >= 3 and (covered >= MENU_SHARE * len(words) or (items >= MENU_MANY and longest >= MENU_RUN))


def headline_of(top: list[str]) -> str | None:
    """Return the headline among the paragraphs above the lede: the first that reads as one."""
    return next((p for p in top if looks_like_headline(p)), None)


def lede_title(paragraph: str) -> str:
    """Return the opening sentence of ``paragraph``, cut at a clause boundary near :data:`TITLE_CHARS`."""
    paragraph = _DATELINE.sub("", paragraph, count=1)
    # (the first sentence, past abbreviations: "U.S. President …", "since Jan. 20")
    spans = split_sentences(paragraph)
    sentence = (paragraph[: spans[0][1]] if spans else paragraph).strip().rstrip(".")
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


@dataclass(frozen=True)
class PageTop:
    """The words of a page's top run together into one line (``data/page_top.yaml``)."""

    nav: re.Pattern[str]
    """A section name a menu lists, at the start of the text (longest first)."""
    restart: list[re.Pattern[str]]
    byline: list[re.Pattern[str]]
    dated: list[re.Pattern[str]]
    end: list[re.Pattern[str]]
    masthead_words: frozenset[str]
    news_name_tails: frozenset[str]
    function_words: frozenset[str]
    """Last words of newspapers' names ("Ledger", "Sentinel")."""
    from_line: re.Pattern[str]
    furniture_title: re.Pattern[str]
    """How a page's menu or banner opens, never a headline: a headline taken from the page's top that opens so is none."""
    menu_inside: re.Pattern[str]
    """Words of a site's menu that no headline holds anywhere ("Skip to content", "Accessibility Help")."""


def _compile_page_top(doc: dict, name: str) -> PageTop:
    nav = trie_pattern(sorted({w.lower() for w in doc["nav_items"]}), space=r"\s+")
    return PageTop(
        nav=re.compile(rf"(?:{nav})(?=\s|$)", re.IGNORECASE),
        restart=datafiles.regexes(name, doc["restart"], ("restart",), lists=doc),
        byline=datafiles.regexes(name, doc["byline"], ("byline",), lists=doc),
        dated=datafiles.regexes(name, doc["dated"], ("dated",), lists=doc),
        end=datafiles.regexes(name, doc["end"], ("end",), lists=doc),
        masthead_words=frozenset(w.lower() for w in doc["masthead_words"]),
        news_name_tails=frozenset(w.lower() for w in doc["news_name_tails"]),
        function_words=frozenset(w.lower() for w in doc["function_words"]),
        from_line=datafiles.compile_regex(name, doc["from_line"], ("from_line",), lists=doc),
        furniture_title=datafiles.compile_regex(name, doc["furniture_title"], ("furniture_title",), re.IGNORECASE, lists=doc),
        menu_inside=datafiles.compile_regex(name, doc["menu_inside"], ("menu_inside",), re.IGNORECASE, lists=doc),
    )


def page_top() -> PageTop:
    return datafiles.load("page_top.yaml", _compile_page_top)


_TOKEN = re.compile(r"\S+")
_WORKED_FOR = re.compile(r"\b(?:previously|formerly|once|before that|earlier)\b[^.!?]{0,40}\b(?:worked|wrote|reported|"
                         r"was)\b[^.!?]{0,20}\b(?:for|at|with)\s+(?:the\s+)?$|\bjoined\b[^.!?]{0,60}\bfrom\s+(?:the\s+)?$",
                         re.IGNORECASE)
"""Before an outlet's name in an author's note: where they worked before."""
_PICTURE_CREDIT = re.compile(r"\b(?:photo(?:graph)?|picture|image|credit)s?\s*:|\(image:|/\s*$", re.IGNORECASE)
_TAG_LINE = re.compile(r"(?:related )?(?:topics|tags|tagged|keywords|more on)\s*:", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[,:;]?$")
_HEADLINE_OPENER = re.compile(r"[\"“‘'A-Z0-9£€$]")


def _place_at(text: str, pos: int) -> int:
    """Return where a place name (of the gazetteer) that starts at ``pos`` ends, or 0."""
    from .extract.gazetteer import gazetteer

    g = gazetteer()
    m = g.place_re.match(text, pos) if g.place_re is not None else None
    return m.end() if m and (m.end() == len(text) or not text[m.end()].isalnum()) else 0


def _org_match(text: str, pos: int) -> re.Match[str] | None:
    """A known organisation's name of more than one word starting at ``pos`` ("Home Office"), or None."""
    from .extract import gazetteer  # (the gazetteer of names: loaded only for a page's top run together)

    m = gazetteer.gazetteer().org_re.match(text, pos)
    return m if m is not None and " " in m.group(0) else None



def _skip_navigation(text: str, pos: int, top: PageTop) -> int:
    """Return where the headline starts in ``text`` from ``pos``: past the menu's section names, place names and
    labels in capitals that are each followed by another capitalised word (a menu runs on; a headline turns to
    lower case: "… Culture Italy sends first migrants …")."""
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return pos
        if _org_match(text, pos) is not None:
            return pos  # a name that opens with a menu word ("Home Office drops plan …")
        ends = [m.end() for m in (top.nav.match(text, pos),) if m]
        place = _place_at(text, pos)
        if place and not re.match(r"[^\s:,]*[:,]", text[pos:place + 1]):
            ends.append(place)  # (not a kicker or a list: "Germany: Asylum applications fall …", "France, UK sign …")
        tok = _TOKEN.match(text, pos)
        assert tok is not None
        word = tok.group(0).strip(",;:")
        if len(word) > 1 and word.isupper() and any(c.isalpha() for c in word):
            ends.append(tok.end())  # a label or kicker in capitals ("SENT PACKING", "NEWSROOM")
        if any(p.match(text, pos) for p in top.end):
            ends.append(max(m.end() for p in top.end for m in (p.match(text, pos),) if m))
            pos = max(ends)
            continue
        if not _HEADLINE_OPENER.match(word):
            pos = tok.end()  # a bullet or a stray mark
            continue
        skipped = False
        for end in sorted(set(ends), reverse=True):
            nxt = _TOKEN.match(text, end + 1) if end < len(text) else None
            if nxt is None or not _LOWER_WORD.match(nxt.group(0)):
                pos = end
                skipped = True
                break
        if not skipped:
            return pos


_STANDFIRST = re.compile(r"(?<=[\w’'%)])\s+(?=(?:The|A|An|In|It|This|These|Those|Its|Their|After|As|But|More|Some|"
                         r"Officials|Police|Ministers)\s)")
"""Where a standfirst starts right after a headline with no stop between them: a capitalised small word."""


def menu_before(blob: str, pos: int) -> bool:
    """Whether what stands before ``pos`` in a page's top run together is its menu (or holds a menu marker)."""
    head = blob[:pos].strip(" |•·–—-:")
    return bool(head) and (is_menu(head) or any(p.search(head) for p in page_top().restart))


HEADLINE_TURN = 2
"""How many of the three words after a capitalised one must be lower-case words (not function words) or numbers for
a headline to start there without doubt ("Canary Islands log record …"); a menu's items are capitalised ("Home
Spain World …")."""


def _headline_start(text: str, pos: int, stop: int, top: PageTop, lede: str | None = None) -> int:
    """Return where the headline starts in ``text`` from ``pos``: past the menu's known section names and places
    (:func:`_skip_navigation`). Where the words there do not yet turn to lower case and a later capitalised word's
    do (an unknown menu item or slogan: "DW Made for minds Germany Berlin court rules …"), the later start wins,
    unless the first turns to lower case within :data:`TITLE_CASE_TURN` words and the lede has more of its first words
    than of the later one's: a title-case headline ("EU and Egypt sign Strategic and Comprehensive Partnership backed
    by …", the lede: "… Egypt … signed …")."""
    first = _skip_navigation(text, pos, top)
    toks = [t for t in _TOKEN.finditer(text, first, stop)]
    if not toks or _strong(toks, 0, top):
        return first
    later = next((i for i in range(1, len(toks)) if _HEADLINE_OPENER.match(toks[i].group(0)) and _strong(toks, i, top)), None)
    if later is None:
        return first
    at = _back_to_headline_start(text, toks, _skip_navigation(text, toks[later].start(), top))
    # (the first start stands when it turns to lower case within a few words and the lede has more of its words)
    turns_soon = any(_LOWER_WORD.match(_bare(t.group(0))) for t in toks[1:TITLE_CASE_TURN])
    if turns_soon and (lede is None or _lede_words(text[first:stop], lede, top) >= _lede_words(text[at:stop], lede, top)):
        return first
    return at


def _back_to_headline_start(text: str, toks: list[re.Match[str]], at: int) -> int:
    """Where a headline starts when a start found inside it is an amount in mid-sentence ("… Local News Channel
    migrants: UK to pay France £54m to stop crossings"): back to the capitalised word that follows the menu's last
    item ("Channel"), and to the first name of a person the headline opens with ("Priti Patel agrees to hand …")."""
    k = next((i for i, t in enumerate(toks) if t.start() >= at), None)
    if k is None or k < 2:
        return at
    def lower(i: int) -> bool:
        return bool(_LOWER_WORD.match(_bare(toks[i].group(0))))
    # (only an amount after a place right after a lower-case word: "… hand France £54m"; a start after a menu item's
    # small word is the headline's, "Press releases UNHCR warns …", "Made for minds Germany Berlin court …")
    if not (re.match(r"[£€$\d]", toks[k].group(0)) and _place_at(text, toks[k - 1].start()) and lower(k - 2)):
        return at
    j = k - 1
    while j > 0 and not (not lower(j) and not lower(j - 1) and _HEADLINE_OPENER.match(toks[j].group(0))):
        j -= 1
    return _name_start(text, toks[j].start()) if j > 0 else at


TITLE_CASE_TURN = 4
"""Within how many words a title-case headline has a lower-case word ("EU and Egypt sign Strategic …"); a menu's run
of capitalised items has none ("BorderReport Border Report Tour Immigration Crime …")."""


def _strong(toks: list[re.Match[str]], i: int, top: PageTop) -> bool:
    """Whether the words after token ``i`` turn to lower case at once (:data:`HEADLINE_TURN` of the next three) and
    stay so (:data:`HEADLINE_RUN` of the next six: a menu of two-word items, "Get involved Media centre Language
    English", does not)."""
    near = sum(1 for n in toks[i + 1:i + 4] if _turns(n.group(0), top))
    run = toks[i + 1:i + 7]
    return near >= HEADLINE_TURN and sum(1 for n in run if _turns(n.group(0), top)) >= min(HEADLINE_RUN, math.ceil(0.6 * len(run)))


HEADLINE_RUN = 4


def strong_start(blob: str, pos: int, stop: int) -> bool:
    """Whether a headline candidate at ``pos`` turns to lower case at once and stays so (:func:`_strong`)."""
    toks = list(_TOKEN.finditer(blob, pos, stop))
    return bool(toks) and _strong(toks, 0, page_top())


LEDE_WORDS = 3
"""How many of a headline candidate's first content words are looked for in the lede."""


def _lede_words(candidate: str, lede: str, top: PageTop) -> int:
    """How many of the first content words of ``candidate`` the lede has (by their first five letters)."""
    have = {w[:5] for w in re.findall(r"[a-z0-9]+", lede.lower())}
    words = [w for w in re.findall(r"[A-Za-z0-9]+", candidate) if w.lower() not in top.function_words][:LEDE_WORDS]
    return sum(1 for w in words if w.lower()[:5] in have)


def first_turn(blob: str) -> int | None:
    """Where the first capitalised word stands after which the words turn to lower case and stay so (:func:`_strong`),
    or None."""
    top = page_top()
    toks = list(_TOKEN.finditer(blob))
    return next((t.start() for i, t in enumerate(toks) if _HEADLINE_OPENER.match(t.group(0)) and _strong(toks, i, top)), None)


def _bare(word: str) -> str:
    """A word without the punctuation and quotation marks around it."""
    return word.strip(",;:.!?'’\"“”")


def _turns(word: str, top: PageTop) -> bool:
    """Whether a word turns a run of capitalised words into a headline: a lower-case word that is not a function
    word, or a number."""
    w = _bare(word)
    return (bool(_LOWER_WORD.match(w)) and w.lower() not in top.function_words) or bool(re.match(r"[£€$]?\d", w))


_MENU_SMALL_WORDS = frozenset({"in", "us", "latest", "live"})
"""Small words inside a run of menu items ("Sign in", "Support us", "Politics latest", "Watch Live"), not the "and" of a
headline's names ("UK and Iraq sign …")."""


def _inside_name(blob: str, pos: int) -> bool:
    """Whether ``pos`` is inside a known organisation's name that starts a word or two before it ("Home Office")."""
    starts = [m.start() for m in _TOKEN.finditer(blob, max(0, pos - 40), pos)]
    return any((m := _org_match(blob, p)) is not None and m.end() > pos for p in starts[-2:])


def _capitals_before(blob: str, pos: int) -> int:
    """How many capitalised words (bars, dashes and menu items' small words between them aside: "Watch Live LIVE
    Politics latest") stand right before ``pos``."""
    n = 0
    for word in reversed(blob[:pos].split()):
        if word in ("|", "-", "–", "—", "•", "·") or word.lower() in _MENU_SMALL_WORDS:
            continue
        if not word[:1].isupper():
            break
        n += 1
    return n


FIRM_WORDS = 6
"""How many words a headline found by its turn to lower case must have to be taken before the others."""


def _end_of_headline(blob: str, h: int, stop: int, top: PageTop) -> int:
    """Where a headline starting at ``h`` ends: the byline, a stamp or a share bar after it."""
    end = min((m.start() for p in top.end for m in [p.search(blob, h + 1)] if m), default=len(blob))
    return min(end, stop) if h < stop else end


def blob_headline(blob: str, lede: str | None = None) -> str | None:
    """Return the headline inside a page top run together into one line, or None.

    The run reads: masthead, menu, breadcrumb or section label, headline, standfirst, byline and time stamp. The
    headline is searched for after the last menu marker or label date that stands before the byline; it starts
    past the menu's section names and ends at the byline, a stamp or a share bar. It must read as a headline: a
    few words that turn to lower case and end no sentence.
    """
    top = page_top()
    stop = min((m.start() for p in top.byline for m in [p.search(blob)] if m), default=len(blob))
    starts = sorted({0, *(m.end() for p in top.restart for m in p.finditer(blob) if m.end() <= stop)}, reverse=True)
    heads = [_headline_start(blob, start, stop, top, lede) for start in starts]
    # a start that turns to lower case at once and stays so, told in a few words, before any other
    # (after a run of capitalised menu items: "… Español News - Global New IOM figures make 2024 …", not inside a
    # headline: "Migrant arrivals in Spain's Canary Islands drop 41% …")
    firm = [h for h in heads if h < stop and strong_start(blob, h, stop) and len(blob[h:_end_of_headline(blob, h, stop, top)].split())
            >= FIRM_WORDS and _capitals_before(blob, h) >= MENU_RUN and not _inside_name(blob, h)]
    for h in dict.fromkeys(firm + heads):
        if h >= stop:
            continue
        end = _end_of_headline(blob, h, stop, top)
        inner = _after_inner_menu(blob, h, end)
        if inner is not None:
            # a slogan before the menu ("Exclusive news, data and analytics for … Reuters World Business … Leader of
            # smuggling gang …"): the headline is after the menu
            h, end = inner, _end_of_headline(blob, inner, stop, top)
        h = _name_start(blob, h)  # ("Boris Johnson unveils …", "Refugee Council responds …", "UK and France agree …")
        text = blob[h:end].strip(" |•·–—-:")
        sentence = re.search(r"[a-z]{2}[.!?][\"”’]?\s", text)
        if sentence:
            # a standfirst run on after the headline: "… from Ireland to Nigeria The Department of Justice said …."
            cut = next((m.start() for m in _STANDFIRST.finditer(text, 0, sentence.start())
                        if len(text[: m.start()].split()) >= 4), None)
            if cut is None and strong_start(blob, h, end) and len(text[: sentence.start()].split()) >= 3 \
                    and _capitals_before(blob, h) >= MENU_RUN:
                # a headline of two sentences, or one with its standfirst after a stop: "Europe's migration pact is
                # done. Now someone has to pay for it. The …": its first
                cut = sentence.start() + 2
            text = text[:cut] if cut is not None else text
        words = text.split()
        if len(words) < 4 or re.search(r"[a-z]{2}[.!?][\"”’]?\s", text) or text.endswith("."):
            continue
        if re.search(r"\([^()]*/[^()]*\)", text) or (end >= len(blob) and not (menu_before(blob, h) and strong_start(blob, h, end))):
            continue  # a photo caption with its credit; a run the byline or a stamp does not close, after no menu
        if sum(1 for w in words[:8] if _LOWER_WORD.match(w)) < 2:
            continue
        return lede_title(text)
    return None


def _name_start(blob: str, h: int) -> int:
    """Where a headline starting at ``h`` really starts when the word before it opens a name it is the end of: a
    person's first name ("Boris Johnson unveils …"), an organisation's name ("Refugee Council responds …") or two
    places joined by "and" ("UK and France agree …")."""
    from .extract.gazetteer import gazetteer

    g = gazetteer()
    before = [(m.start(), m.group(0)) for m in _TOKEN.finditer(blob, max(0, h - 60), h)] if h else []
    if not before:
        return h
    start, word = before[-1]
    if word in g.first_names and word not in g.not_names and blob[h:h + 1].isupper():
        return start
    org = _org_match(blob, start)
    if org is not None and org.end() > h:
        return start
    if word == "and" and len(before) >= 2 and _place_at(blob, before[-2][0]) and _place_at(blob, h):
        return before[-2][0]
    return h


INNER_MENU = 5
"""How many capitalised words in a row inside a headline candidate make a menu the headline comes after."""


def _after_inner_menu(blob: str, h: int, end: int) -> int | None:
    """Where a headline starts after a menu inside the candidate from ``h`` (one that has turned to lower case
    before it): the first capitalised word after :data:`INNER_MENU` capitalised words that turns to lower case at
    once and stays so."""
    toks = list(_TOKEN.finditer(blob, h, end))
    turned = False
    for i, t in enumerate(toks):
        word = t.group(0)
        if i and _LOWER_WORD.match(word):
            turned = True
        if turned and i > 1 and _HEADLINE_OPENER.match(word) and _capitals_before(blob, t.start()) >= INNER_MENU \
                and strong_start(blob, t.start(), end):
            return _skip_navigation(blob, t.start(), page_top())  # (past a section name: "… More Europe Smuggling ring …")
    return None


def masthead(blob: str) -> str | None:
    """Return the newspaper name a page's top shows in capitals ("DAILY CLARION Home News …"), title-cased: a run of
    two to four words in capitals, the last of them a newspaper's word ("Ledger", "Sentinel")."""
    heads = page_top().masthead_words
    for m in re.finditer(r"(?<!\S)(?:[A-Z]{3,}\s+){1,3}[A-Z]{3,}(?!\S)", blob):
        words = m.group(0).split()
        while len(words) >= 2 and words[-1].lower() not in heads:
            words.pop()
        if len(words) >= 2:
            return " ".join(w.capitalize() for w in words)
    return None


MENU_ITEMS = 2
"""How many section names in a row after a name opening the page make it the site's masthead."""
_MASTHEAD_WORD = re.compile(r"(?-i:[A-Z][A-Za-z'’.]*(?:-[A-Z][A-Za-z'’.]*)*|&|of|and|for|the|on)$")


def menu_masthead(blob: str) -> str | None:
    """Return the site's name a page's top opens with before its menu, or None.

    The name is two to five words, all in capitals ("EXAMPLE SUN-RECORD News Border Politics …") or all
    capitalised ("Example Aid International Donate Who we are …"), maybe with a bar after it ("The Example
    Courier | Home India World …"), followed by at least :data:`MENU_ITEMS` section names (page_top.yaml
    ``nav_items``) or places in a row. A name that is itself a section name or ends in a place ("Nation Kenya")
    is none. Capitals are shown title-cased.
    """
    top = page_top()
    pos, words = 0, []
    for tok in _TOKEN.finditer(blob):
        if top.nav.match(blob, tok.start()) or tok.group(0) in ("|", "•", "·"):
            pos = tok.start()
            break
        words.append(tok.group(0))
        if len(words) > 5:
            return None
    else:
        return None
    if not 2 <= len(words) <= 5 or not all(_MASTHEAD_WORD.match(w) for w in words) or not words[-1][0].isupper():
        return None
    caps = [w.isupper() for w in words if w[0].isupper() and len(w) > 1]
    if not (all(caps) or not any(caps)):
        return None  # "NATION Kenya": a logo and a place, or a kicker run into a headline
    last = blob.rfind(words[-1], 0, pos)
    if any(_place_at(blob, m.start()) >= last + len(words[-1]) for m in _TOKEN.finditer(blob, 0, last + 1)):
        return None  # the name ends in a place ("Example Kenya Home News"): a logo and an edition
    pos = re.compile(r"\s*[|•·]?\s*").match(blob, pos).end()
    items = 0
    while items < MENU_ITEMS and pos < len(blob):
        ends = [m.end() for m in (top.nav.match(blob, pos),) if m] + [e for e in (_place_at(blob, pos),) if e]
        if not ends:
            return None
        pos = re.compile(r"\s*").match(blob, max(ends)).end()
        items += 1
    if items < MENU_ITEMS:
        return None
    if all(caps):
        return " ".join(w.lower() if i and w.lower() in ("of", "and", "for", "the", "on") else
                        "-".join(p.capitalize() for p in w.split("-")) for i, w in enumerate(words))
    return " ".join(words)


MASTHEAD_NAME_WORDS = 6
"""The most words of an outlet's name opening a menu line ("The Example Times of Example …")."""
_NAME_SMALL = ("of", "from", "and", "the", "on", "for")


def menu_line_masthead(line: str) -> str | None:
    """Return the outlet's name that opens a line the rest of which is a site's menu (:func:`is_menu`), or None.

    The name is the line's capitalised words before the first section name, sign-in link or bar ("Example Times of
    Exampleland Subscribe Log in Home Local World …"), ending at a newspaper's word when there is one ("Example
    Tribune Exampleland Nation World Business …"), else before a place that is not the name's own ("Example Today
    Lebanon Middle East Economy …", but "Notes from Exampleland News Politics …"); a one-word name followed by
    "News" is a broadcaster's ("EXM News Listen to EXM Watch EXM …"). The name must be two to
    :data:`MASTHEAD_NAME_WORDS` words, and what follows it a menu.
    """
    top = page_top()
    toks = list(_TOKEN.finditer(line))
    names: list[re.Match[str]] = []
    for tok in toks:
        if (top.nav.match(line, tok.start()) or tok.group(0) in ("|", "•", "·", "-", "–")
                or any(p.match(line, tok.start()) for p in top.restart)):
            break
        names.append(tok)
        if len(names) > MASTHEAD_NAME_WORDS + 3:
            return None
    else:
        return None
    if not names or not all(_MASTHEAD_WORD.match(t.group(0)) or t.group(0).lower() in _NAME_SMALL for t in names):
        return None
    cut = next((i + 1 for i, t in enumerate(names) if i and t.group(0).lower() in top.masthead_words), None)
    if cut is None:
        cut = next((i for i, t in enumerate(names) if i and _place_at(line, t.start())
                    and names[i - 1].group(0).lower() not in _NAME_SMALL), len(names))
    names = names[:cut]
    end = names[-1].end() if names else 0
    if len(names) == 1 and re.match(r"\s+News\b", line[end:]):
        end = re.match(r"\s+News\b", line[end:]).end() + end
        words = [names[0].group(0), "News"]
        tail = _TOKEN.match(line, end + 1)
        if tail and line[end:tail.start()].isspace() and tail.group(0)[0].isupper() and tail.group(0).lower() in top.news_name_tails:
            end = tail.end()  # "Example News Daily Politics …"
            words.append(tail.group(0))
    else:
        words = [t.group(0) for t in names]
    if not 2 <= len(words) <= MASTHEAD_NAME_WORDS or words[-1].lower() in _NAME_SMALL or words[0].lower() in _NAME_SMALL[:3]:
        return None
    if all(w.isupper() for w in words if len(w) > 1):
        return None  # a name in capitals ("THE MORNING BUGLE News …"): menu_masthead title-cases it
    if not is_menu(line[end:].strip(" |•·-–")):
        return None
    return " ".join(words)


def from_line(paragraphs: list[str]) -> str | None:
    """Return the department a government page's "From:" line names, by the outlet list's name where it has one."""
    pat = page_top().from_line
    for text in paragraphs:
        m = pat.search(text)
        if m:
            rest = text[m.start("name"):]
            known = sources().anywhere.match(rest)  # an outlet whose name has commas in it
            if known:
                return sources().names[known.group(0)]
            name = m.group("name").strip()
            return sources().names.get(name, name)
    return None
