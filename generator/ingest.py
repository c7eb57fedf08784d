"""Seeds -> Article: read a seed file, drop page furniture, name the article.

Three seed formats, told apart by the file's suffix:

- ``.txt``: the first line starts `` date YYYY-MM-DD `` and runs straight
  into the text; paragraphs are split by blank lines.
- ``.md``: YAML front matter between ``---`` lines (``date`` required;
  ``title`` or ``headline``, ``publisher``, ``url``, ``author`` and ``id``
  optional), then Markdown. A
  ``.md`` seed without front matter may open with the date line instead.
- ``.html``: a saved web page; trafilatura extracts the main text and the
  metadata. An opening date line, if present, overrides the page's date.

Seeds are untrusted: they are decoded whatever their encoding (or refused as
binary), control characters are removed, sizes are capped, and the article id
(the facts file's name) is always a plain slug.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePath

import yaml

from . import datafiles, fsutil, provenance
from .errors import FactsheetError
from .limits import limits
from .models import Article, Paragraph

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SEED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES

MAX_SEED_BYTES = 4 * 1024 * 1024
"""Largest seed file accepted; a bigger one is refused before it is read."""
MAX_ARTICLE_CHARS = 400_000
"""Longest article text (boilerplate removed) handed to extraction: about ten times a long feature."""
MAX_TITLE_CHARS = 200
MAX_SLUG_WORDS = 8
MAX_ID_CHARS = 80
"""Longest article id, so that ``facts/<id>.yaml`` stays a legal file name."""
MAX_META_CHARS = 300
"""Longest publisher name taken from front matter or page metadata."""
MAX_URL_CHARS = 2000

DATE_LINE = re.compile(r"^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b\s*", re.I)
_DATE_WORD = re.compile(r"^\s*date\b:?[ \t]*(\S{0,40})", re.I)
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.I)
# Characters that have no place in article text: C0/C1 controls (bar tab and
# newline), bidirectional overrides that could make text display as something
# it is not, and the non-characters YAML cannot hold.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")
# Invisible characters: zero-width spaces and joiners, direction marks, the soft hyphen, word
# joiners. Read as nothing: "8\u200d2" shows as 82 and must not be read as two figures, 8 and 2.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Seeds are English-language news: when the bytes are not UTF-8, the Western
# code pages are tried first (charset-normalizer alone tends to pick cp1250
# or cp1257 for short English text with a pound sign or curly quotes).
_WESTERN = ["cp1252", "latin_1", "iso8859_15"]


@dataclass(frozen=True)
class Boilerplate:
    drop_paragraph: list[re.Pattern[str]]
    drop_paragraph_anywhere: list[re.Pattern[str]]
    caption: re.Pattern[str]
    inline_credit: re.Pattern[str]
    lead_cut: list[re.Pattern[str]]
    byline: list[re.Pattern[str]]
    teaser_heading: list[re.Pattern[str]]
    stamp: list[re.Pattern[str]]
    tail_question: list[re.Pattern[str]]
    top_furniture: list[re.Pattern[str]]
    caption_label: re.Pattern[str]


def _compile_boilerplate(doc: dict, name: str) -> Boilerplate:
    def pats(key: str, flags: int = re.IGNORECASE) -> list[re.Pattern[str]]:
        return datafiles.regexes(name, doc[key], (key,), flags, lists=doc)

    return Boilerplate(
        drop_paragraph=[re.compile(r"^\s*(?:" + p.pattern + ")", re.I) for p in pats("drop_paragraph")],
        drop_paragraph_anywhere=pats("drop_paragraph_anywhere"),
        caption=datafiles.compile_regex(name, doc["caption"], ("caption",), 0, lists=doc),
        inline_credit=datafiles.compile_regex(name, doc["inline_credit"], ("inline_credit",), 0, lists=doc),
        lead_cut=pats("lead_cut"),
        byline=pats("byline", 0),
        teaser_heading=pats("teaser_heading"),
        stamp=pats("stamp"),
        tail_question=pats("tail_question"),
        top_furniture=pats("top_furniture"),
        caption_label=datafiles.compile_regex(name, doc["caption_label"], ("caption_label",), re.IGNORECASE, lists=doc),
    )


def boilerplate() -> Boilerplate:
    return datafiles.load("boilerplate.yaml", _compile_boilerplate)


@dataclass(frozen=True)
class _Parts:
    """What one seed format yields before the common clean-up."""

    date: dt.date
    paragraphs: list[str]
    lead_is_blob: bool
    """Whether the first paragraph is the seed format's lead blob (page furniture run together)."""
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    id: str | None = None
    author: str | None = None


def fold_space(text: str) -> str:
    """Return ``text`` with runs of whitespace folded to one space, NFC-normalised."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def is_boilerplate(paragraph: str) -> bool:
    """Return whether a whole (non-lead) paragraph is page furniture."""
    bp = boilerplate()
    if any(p.match(paragraph) for p in bp.drop_paragraph):
        return True
    if any(p.search(paragraph) for p in bp.drop_paragraph_anywhere):
        return True
    # A photo caption: one line ending with a credit such as "(Gareth Fuller/PA)", maybe after a caption's one
    # short sentence ("A shelter in Ciudad Juárez. (Jane Doe/Example)"), not a story's paragraph of several.
    m = bp.caption.search(paragraph)
    if not m:
        return False
    said = paragraph[: m.start()].rstrip()
    bracketed = m.group(0)[:1] in "(["
    return bracketed and not re.search(r"[.!?\"”’]\s*\(", paragraph) or (
        len(said.split()) <= CAPTION_WORDS and not re.search(r"[.!?][\"”’]?\s", said) and not re.search(r"[\"“”]", said))


CAPTION_WORDS = 30
"""The most words of a one-sentence caption before its credit."""


def lead_furniture_end(paragraph: str) -> int:
    """Return where the page furniture that precedes the story in the first paragraph ends (0: none)."""
    bp = boilerplate()
    cut = 0
    for pat in bp.lead_cut + bp.stamp:
        for m in pat.finditer(paragraph):
            cut = max(cut, m.end())
    return cut


def clean_lead(paragraph: str) -> str:
    """Cut the page furniture that precedes the story in the first paragraph."""
    cut = lead_furniture_end(paragraph)
    return paragraph[cut:].lstrip(" .…|").rstrip() if cut else paragraph


def strip_stamp(paragraph: str) -> str:
    """Return ``paragraph`` without the date-and-time stamps or distribution header at its start (a stamp may be
    followed by its update: "11:02, Mon, Aug 12, 2024 | UPDATED: 11:40, Mon, Aug 12, 2024")."""
    for _ in range(STAMPS):
        m = next((m for pat in boilerplate().stamp if (m := pat.match(paragraph)) and m.end() > 0), None)
        if m is None:
            break
        paragraph = paragraph[m.end():].lstrip(" .,;:|–—-").rstrip()
    return paragraph


STAMPS = 2
"""How many stamps in a row may open a paragraph."""


def is_credit(paragraph: str) -> bool:
    """Return whether a paragraph is, or ends with, a picture credit ("Photograph: Jane Doe/PA", "(AP Photo/Jane Doe)")."""
    bp = boilerplate()
    return bool(bp.caption.search(paragraph)) or bool(_CREDIT.search(paragraph))


_CREDIT = re.compile(r"\b(?:photo(?:graph)?|picture|image|credit)s?\s*(?::|/|by\b)", re.IGNORECASE)


def is_tail_question(paragraph: str) -> bool:
    """Return whether a paragraph is a question headline such as those listed under a story."""
    return any(p.fullmatch(paragraph) for p in boilerplate().tail_question)


_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
_AMOUNT = re.compile(r"\d")


def is_tail_line(paragraph: str) -> bool:
    """Return whether a paragraph under the story's last sentence is page furniture: one that ends no sentence
    and holds no number (a headline in a list of links, "Explore the topic …", "Share this content", "For more
    information, please contact:"). A line with a number may be a list item of the story and is kept."""
    return not _ENDS_SENTENCE.search(paragraph) and not _AMOUNT.search(paragraph)


def is_top_blob(paragraph: str) -> bool:
    """Whether a first paragraph is a page's top run together: it ends no sentence and holds a byline or a stamp, or
    opens with the site's menu ("EFE Noticias | English edition Home Spain World … Search Canary Islands log …")."""
    if _ENDS_SENTENCE.search(paragraph):
        return False
    top = provenance.page_top()
    if any(p.search(paragraph) for p in top.byline + top.dated):
        return True
    if any(p.search(paragraph) for p in top.restart):
        return True  # a menu marker ("Skip to main content", "Log in")
    h = provenance.first_turn(paragraph)
    return h is not None and provenance.menu_before(paragraph, h)


def split_paragraphs(body: str) -> list[str]:
    """Split on blank lines; fold whitespace inside each paragraph."""
    return [p for p in (fold_space(chunk) for chunk in re.split(r"\n\s*\n", body)) if p]


def _slug(text: str, max_words: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:max_words])
    if len(slug) > MAX_ID_CHARS:
        cut = slug[:MAX_ID_CHARS]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug


def slugify(text: str, max_words: int = MAX_SLUG_WORDS) -> str:
    """Return a lowercase ASCII slug of at most ``max_words`` words and :data:`MAX_ID_CHARS` characters."""
    return _slug(text, max_words) or "article"


def safe_id(text: str) -> str:
    """Return ``text`` as an id safe for a file name (``[a-z0-9-]``, no path), or "" if nothing is left."""
    return _slug(text, MAX_ID_CHARS)


def first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (good enough for a title)."""
    m = re.search(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])", text)
    sentence = text[: m.start()].strip() if m else text.strip()
    sentence = sentence.rstrip(".")
    return _cap(sentence, MAX_TITLE_CHARS)


def _cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def decode_seed(raw: bytes, name: str) -> str:
    """Return the text of a seed's bytes: UTF-8, UTF-16/32 with a BOM, or a detected legacy encoding.

    Raises FactsheetError for a file that is not text at all.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise FactsheetError(f"not valid {codec.upper().replace('-SIG', '')} text although it starts with a byte-order mark", name) from None
    if b"\x00" in raw[:8192]:
        raise FactsheetError("binary file, not text (it contains NUL bytes)", name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=_WESTERN).best() or from_bytes(raw).best()
    if best is None:
        raise FactsheetError("binary file, not text (no text encoding fits its bytes)", name)
    return str(best)


def _clean_text(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_UNWANTED.findall(text, 0, 8192))
    if controls > 32 and controls * 10 > min(len(text), 8192):
        raise FactsheetError("binary file, not text (it is mostly control characters)", name)
    return _INVISIBLE.sub("", _UNWANTED.sub("", text))


def _parse_date_line(text: str, name: str) -> tuple[dt.date, int]:
    """Return the date on the seed's first line and the offset where the text starts."""
    # The messages say what is wrong, never what the file holds: a seed may be a link to a file that
    # is nobody's business (/etc/passwd), and these lines end up in CI logs.
    m = DATE_LINE.match(text)
    if not m:
        word = _DATE_WORD.match(text)
        if word:
            what = "a date in another form" if word.group(1) else "nothing"
            raise FactsheetError(f"malformed date line: expected 'date YYYY-MM-DD', found {what} after the word 'date'", name, 1)
        raise FactsheetError(
            "no date line: the seed must start with 'date YYYY-MM-DD' (or with '---' front matter giving 'date:')", name, 1
        )
    return _real_date(m.group(1), name, 1), m.end()


def _real_date(value: str, name: str, line: int) -> dt.date:
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise FactsheetError(f"not a real date: {value}", name, line) from None
    return _in_years(date, name, line)


def _in_years(date: dt.date, name: str, line: int | None) -> dt.date:
    """Return ``date`` if its year is within ``data/limits.yaml``'s; a seed dated outside is refused."""
    lim = limits()
    if not lim.year_ok(date.year):
        raise FactsheetError(f"the date {date.isoformat()} is outside the years {lim.years_text} that factsheet handles", name, line)
    return date


def _markdown_paragraphs(body: str) -> tuple[list[str], str | None]:
    """Return the text of each Markdown block and the first level-1 heading.

    Headings are not body text; links keep their text, images are dropped,
    raw HTML stays as the literal text it is.
    """
    from markdown_it import MarkdownIt

    paragraphs: list[str] = []
    h1: str | None = None
    heading: str | None = None
    for tok in MarkdownIt("commonmark").parse(body):
        if tok.type == "heading_open":
            heading = tok.tag
        elif tok.type == "heading_close":
            heading = None
        elif tok.type == "inline":
            parts = []
            for child in tok.children or []:
                if child.type in ("text", "code_inline", "html_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
            text = fold_space("".join(parts))
            if heading is not None:
                if heading == "h1" and h1 is None and text:
                    h1 = text
                continue
            paragraphs.append(text)
        elif tok.type in ("html_block", "code_block", "fence"):
            paragraphs.append(fold_space(tok.content))
    return [p for p in paragraphs if p], h1


def _meta_text(doc: dict, key: str, name: str, line: int, limit: int) -> str | None:
    value = doc.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        raise FactsheetError(f"front matter '{key}' must be text, not a {type(value).__name__}", name, line)
    text = fold_space(_INVISIBLE.sub("", _UNWANTED.sub("", str(value))))
    return _cap(text, limit) if text else None


def _safe_url(value: str | None) -> str | None:
    """Return ``value`` if it is a plain http(s) address, else None."""
    if value and len(value) <= MAX_URL_CHARS and _URL.match(value):
        return value
    return None


def _from_front_matter(text: str, name: str, markdown: bool) -> _Parts:
    first_nl = text.find("\n")
    if first_nl < 0:
        raise FactsheetError("front matter opened with '---' is never closed", name, 1)
    end = _FRONT_MATTER_END.search(text, first_nl + 1)
    if not end:
        raise FactsheetError("front matter opened with '---' on line 1 is never closed by a '---' line", name, 1)
    block = text[first_nl + 1 : end.start()]
    try:
        doc = yaml.safe_load(block)
    except RecursionError:
        raise FactsheetError("front matter is nested too deeply to read", name, 2) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise FactsheetError(f"front matter is not valid YAML: {problem}", name, mark.line + 2 if mark else 1) from None
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise FactsheetError("front matter must be a mapping of 'key: value' lines", name, 2)

    def line_of(key: str) -> int:
        m = re.search(rf"^{re.escape(key)}\s*:", block, re.M)
        return block.count("\n", 0, m.start()) + 2 if m else 2

    raw_date = doc.get("date")
    if raw_date is None:
        raise FactsheetError("front matter has no 'date' (YYYY-MM-DD)", name, 1)
    if isinstance(raw_date, dt.datetime):
        date = _in_years(raw_date.date(), name, line_of("date"))
    elif isinstance(raw_date, dt.date):
        date = _in_years(raw_date, name, line_of("date"))
    elif isinstance(raw_date, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", raw_date):
        date = _real_date(raw_date.strip(), name, line_of("date"))
    else:
        # Never str() a list or mapping: YAML aliases can make it astronomically long.
        found = "text in another form" if isinstance(raw_date, str) else "a number" if isinstance(raw_date, (int, float)) else f"a {type(raw_date).__name__}"
        raise FactsheetError(f"front matter 'date' must be YYYY-MM-DD, found {found}", name, line_of("date"))
    url = _meta_text(doc, "url", name, line_of("url"), MAX_URL_CHARS + 1)
    if url is not None and _safe_url(url) is None:
        raise FactsheetError("front matter 'url' must be an http:// or https:// address", name, line_of("url"))
    body = text[end.end() :]
    if markdown:
        paragraphs, h1 = _markdown_paragraphs(body)
    else:
        paragraphs, h1 = split_paragraphs(body), None
    raw_id = _meta_text(doc, "id", name, line_of("id"), 10 * MAX_ID_CHARS)
    return _Parts(
        date=date,
        paragraphs=paragraphs,
        lead_is_blob=False,
        title=(_meta_text(doc, "headline", name, line_of("headline"), MAX_TITLE_CHARS)
               or _meta_text(doc, "title", name, line_of("title"), MAX_TITLE_CHARS) or h1),
        publisher=_meta_text(doc, "publisher", name, line_of("publisher"), MAX_META_CHARS),
        url=url,
        id=safe_id(raw_id) if raw_id else None,
        author=_meta_text(doc, "author", name, line_of("author"), MAX_META_CHARS),
    )


def _from_html(text: str, name: str) -> _Parts:
    m = DATE_LINE.match(text)
    html = text[m.end() :] if m else text
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise FactsheetError("no article text found in the HTML page", name)
    if m:
        date = _real_date(m.group(1), name, 1)
    elif doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date):
        date = _in_years(dt.date.fromisoformat(doc.date), name, None)
    else:
        raise FactsheetError("no publication date: the page's metadata has none; add a first line 'date YYYY-MM-DD'", name, 1)
    title = fold_space(doc.title or "") or None
    lines = [fold_space(line) for line in doc.text.split("\n")]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    publisher = provenance.outlet_name(fold_space(doc.sitename or "")) or None
    author = fold_space(doc.author or "") or None
    return _Parts(
        date=date,
        paragraphs=[line for line in lines if line],
        lead_is_blob=False,
        title=_cap(title, MAX_TITLE_CHARS) if title else None,
        publisher=_cap(publisher, MAX_META_CHARS) if publisher else None,
        url=_safe_url(doc.url),
        author=_cap(author, MAX_META_CHARS) if author else None,
    )


def parse_seed(raw: bytes, name: str) -> Article:
    """Return the article in one seed file's bytes; raise FactsheetError if unusable.

    Arguments:
        raw: the file's bytes.
        name: the file's name under ``seeds/``; its suffix picks the format.
    """
    if len(raw) > MAX_SEED_BYTES:
        raise _too_big(len(raw), name)
    if not raw.strip():
        raise FactsheetError("empty file", name)
    text = _clean_text(decode_seed(raw, name), name)
    if not text.strip():
        raise FactsheetError("empty file (nothing but whitespace and control characters)", name)
    suffix = PurePath(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        parts = _from_html(text, name)
    elif text.startswith("---"):
        parts = _from_front_matter(text, name, markdown=suffix in MARKDOWN_SUFFIXES)
    else:
        date, start = _parse_date_line(text, name)
        if suffix in MARKDOWN_SUFFIXES:
            paragraphs, h1 = _markdown_paragraphs(text[start:])
            parts = _Parts(date=date, paragraphs=paragraphs, lead_is_blob=True, title=h1)
        else:
            parts = _Parts(date=date, paragraphs=split_paragraphs(text[start:]), lead_is_blob=True)
    return _article(raw, name, parts)


def _article(raw: bytes, name: str, parts: _Parts) -> Article:
    bp = boilerplate()
    kept: list[str] = []
    furniture: list[str] = []
    """What was removed as page furniture: where a page may name its publisher."""
    teasers = False
    for i, para in enumerate(parts.paragraphs):
        if i == 0 and parts.lead_is_blob:
            cut = lead_furniture_end(para)
            if cut:
                furniture.append(para[:cut])
                para = para[cut:].lstrip(" .…|").rstrip()
                if bp.caption_label.search(furniture[-1]) and not _ENDS_SENTENCE.search(para):
                    # what follows a caption's or a video's label to the end of the page's top, with no sentence
                    # ended in it, is that caption ("Image caption, People are walked up the shingle at Dungeness")
                    furniture.append(para)
                    para = ""
        stripped = strip_stamp(para)
        if stripped != para:
            furniture.append(para[: len(para) - len(stripped)])
            para = stripped
        para = bp.inline_credit.sub("", para)  # "… in Lampedusa. (AP Photo/Jane Doe) The …"
        if teasers and para and (not re.search(r"[.!?\"”’]$", para) or is_tail_question(para)) \
                and not (para.endswith(":") and len(para.split()) >= 6):
            # (a paragraph that introduces a list ends the teasers: "Key events … Here's a recap of the day as the
            # US prepares for the end of Title 42:")
            # The headlines listed under a bare "Read more" or "Related" heading.
            furniture.append(para)
            continue
        teasers = any(p.fullmatch(para) for p in bp.teaser_heading)
        if teasers:
            furniture.append(para)  # the heading itself ("Related articles", "Most read")
            continue
        if i > 0 and any(p.fullmatch(para) for p in bp.byline):
            # A paragraph that is only the reporters' names ("Pat Leahy and Jack Horgan-Jones").
            furniture.append(para)
            continue
        if para and not is_boilerplate(para):
            kept.append(para)
        elif para and not is_credit(para):
            furniture.append(para)  # a photo credit names the agency of the picture, not the page's publisher
    # Related-article questions listed under the story ("Who is Jane Doe, the woman behind Acme?"), and the lines
    # that end no sentence after its last one: link lists, tags, a share bar, a contact heading.
    # (A Markdown or HTML seed marks its lists, and a list item there is the story's.)
    scraped = PurePath(name).suffix.lower() in TEXT_SUFFIXES
    while len(kept) > 1 and (is_tail_question(kept[-1]) or (scraped and is_tail_line(kept[-1]))):
        furniture.append(kept.pop())
    headline = parts.title
    if parts.lead_is_blob:
        top, kept = provenance.split_top(kept)
        found = provenance.headline_of([p for p in top if not any(t.search(p) for t in bp.top_furniture)])
        furniture += [p for p in top if p != found]
        if not found and parts.paragraphs:
            # The page's top run together into one line (menu, headline, standfirst, byline, stamp): its headline
            # is inside it, and what is left of it above the lede is furniture.
            blob = fold_space(parts.paragraphs[0])
            if is_top_blob(blob):
                if len(kept) > 1 and kept[0][-60:] in blob and not _ENDS_SENTENCE.search(kept[0]):
                    furniture.append(kept.pop(0))
                    # a headline of its own may follow the run ("… Search jobs Europe edition" / "Title – live")
                    top, kept = provenance.split_top(kept)
                    found = provenance.headline_of([p for p in top if not any(t.search(p) for t in bp.top_furniture)])
                    furniture += [p for p in top if p != found]
                if not found and kept and not provenance.looks_like_headline(kept[0]):
                    found = provenance.blob_headline(blob, kept[0] if kept else None)
        headline = headline or found
    if not kept:
        raise FactsheetError("no article text after removing page furniture", name)
    size = sum(len(p) + 2 for p in kept) - 2
    if size > MAX_ARTICLE_CHARS:
        raise FactsheetError(
            f"article text is {size:,} characters, more than the limit of {MAX_ARTICLE_CHARS:,} (MAX_ARTICLE_CHARS); split or trim the seed",
            name,
        )
    paras: list[Paragraph] = []
    offset = 0
    for i, para in enumerate(kept):
        paras.append(Paragraph(index=i, text=para, start=offset))
        offset += len(para) + 2
    if headline and parts.lead_is_blob and (provenance.page_top().furniture_title.match(headline)
                                            or provenance.page_top().menu_inside.search(headline)):
        headline = None  # a menu or banner taken for the headline ("Skip to main content …", "Accept all cookies …")
    title = _cap(headline, MAX_TITLE_CHARS) if headline else provenance.lede_title(kept[0])
    return Article(
        id=parts.id or f"{parts.date.isoformat()}-{slugify(title)}",
        seed=PurePath(name).name,
        sha256=hashlib.sha256(raw).hexdigest(),
        date=parts.date,
        title=title or first_sentence(kept[0]),
        paragraphs=tuple(paras),
        publisher=parts.publisher or provenance.publisher(furniture, kept),
        url=parts.url,
        author=parts.author,
        headline=headline,
    )


def _too_big(size: int, name: str | Path) -> FactsheetError:
    return FactsheetError(
        f"file is {size / 1e6:.1f} MB, larger than the {MAX_SEED_BYTES / 1e6:.1f} MB limit for a seed (MAX_SEED_BYTES); split or trim it",
        name,
    )


def read_seed_bytes(path: Path, follow_links: Path | None = None) -> bytes:
    """Return a seed file's bytes; refuse, without reading it, a file over :data:`MAX_SEED_BYTES`.

    A symbolic link is refused, unless ``follow_links`` (the project folder) is given and it leads
    to a file inside it (:func:`generator.fsutil.read_file`).
    """
    try:
        return fsutil.read_file(path, follow_links, limit=MAX_SEED_BYTES, what="seed file")
    except fsutil.TooBig as e:
        raise _too_big(e.size, path) from None


def read_seed(path: Path, follow_links: Path | None = None) -> Article:
    """Return the article in the seed file at ``path`` (see :func:`read_seed_bytes` for ``follow_links``)."""
    return parse_seed(read_seed_bytes(path, follow_links), path.name)


def seed_files(seeds_dir: Path) -> list[Path]:
    """Return the seed files in ``seeds_dir``, sorted by name.

    Anything named like a seed is listed, folders too, so that reading it
    reports what it is rather than leaving it out unnoticed.
    """
    if not seeds_dir.is_dir():
        raise FactsheetError("seeds folder not found", seeds_dir)
    try:
        return sorted(p for p in seeds_dir.iterdir() if p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith("."))
    except OSError as e:
        raise FactsheetError(f"cannot read the seeds folder: {e.strerror}", seeds_dir) from None
