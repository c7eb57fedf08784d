"""Seeds -> Article: read the seed format, drop page furniture, name the article.

The seed format: the first line starts `` date YYYY-MM-DD `` and runs straight
into the text; paragraphs are split by blank lines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import datafiles
from .errors import FactsheetError
from .models import Article, Paragraph

SEED_SUFFIXES = (".txt",)
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
MAX_TITLE_CHARS = 200
MAX_SLUG_WORDS = 8


@dataclass(frozen=True)
class Boilerplate:
    drop_paragraph: list[re.Pattern[str]]
    drop_paragraph_anywhere: list[re.Pattern[str]]
    caption: re.Pattern[str]
    lead_cut: list[re.Pattern[str]]


def _validate_boilerplate(doc: object, name: str) -> Boilerplate:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    cap = doc.get("caption")
    datafiles.require(isinstance(cap, str), name, "'caption' must be a pattern string")
    return Boilerplate(
        drop_paragraph=[re.compile(r"^\s*(?:" + p.pattern + ")", re.I) for p in datafiles.regex_list(doc, "drop_paragraph", name)],
        drop_paragraph_anywhere=datafiles.regex_list(doc, "drop_paragraph_anywhere", name),
        caption=re.compile(cap),
        lead_cut=datafiles.regex_list(doc, "lead_cut", name),
    )


def boilerplate() -> Boilerplate:
    return datafiles.load("boilerplate.yaml", _validate_boilerplate)


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
    # A photo caption: one line ending with a credit such as "(Gareth Fuller/PA)".
    return bool(bp.caption.search(paragraph)) and not re.search(r"[.!?\"”’]\s*\(", paragraph)


def clean_lead(paragraph: str) -> str:
    """Cut the page furniture that precedes the story in the first paragraph."""
    bp = boilerplate()
    cut = 0
    for pat in bp.lead_cut:
        for m in pat.finditer(paragraph):
            cut = max(cut, m.end())
    return paragraph[cut:].strip(" .…")  if cut else paragraph


def split_paragraphs(body: str) -> list[str]:
    """Split on blank lines; fold whitespace inside each paragraph."""
    return [p for p in (fold_space(chunk) for chunk in re.split(r"\n\s*\n", body)) if p]


def slugify(text: str, max_words: int = MAX_SLUG_WORDS) -> str:
    """Return a lowercase ASCII slug of at most ``max_words`` words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words]) or "article"


def first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (good enough for a title)."""
    m = re.search(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])", text)
    sentence = text[: m.start()].strip() if m else text.strip()
    sentence = sentence.rstrip(".")
    if len(sentence) > MAX_TITLE_CHARS:
        sentence = sentence[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return sentence


def parse_seed(raw: bytes, name: str) -> Article:
    """Return the article in one seed file's bytes; raise FactsheetError if unusable."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FactsheetError("not UTF-8 text", name) from None
    m = DATE_LINE.match(text)
    if not m:
        raise FactsheetError("the first line must start ' date YYYY-MM-DD '", name, 1)
    try:
        date = dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise FactsheetError(f"not a real date: {m.group(1)}", name, 1) from None
    paragraphs = split_paragraphs(text[m.end():])
    kept: list[str] = []
    for i, para in enumerate(paragraphs):
        if i == 0:
            para = clean_lead(para)
            if not para or is_boilerplate(para):
                continue
        elif is_boilerplate(para):
            continue
        kept.append(para)
    if not kept:
        raise FactsheetError("no article text after removing page furniture", name)
    paras: list[Paragraph] = []
    offset = 0
    for i, para in enumerate(kept):
        paras.append(Paragraph(index=i, text=para, start=offset))
        offset += len(para) + 2
    title = first_sentence(kept[0])
    return Article(
        id=f"{date.isoformat()}-{slugify(title)}",
        seed=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        date=date,
        title=title,
        paragraphs=tuple(paras),
    )


def read_seed(path: Path) -> Article:
    """Return the article in the seed file at ``path``."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise FactsheetError(f"cannot read: {e.strerror}", path) from None
    return parse_seed(raw, path.name)


def seed_files(seeds_dir: Path) -> list[Path]:
    """Return the seed files in ``seeds_dir``, sorted by name."""
    if not seeds_dir.is_dir():
        raise FactsheetError("seeds folder not found", seeds_dir)
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith("."))
