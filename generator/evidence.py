"""Where a fact's evidence stands in its article: one rule for extraction, ``check`` and the pages.

FACTS.md lets evidence differ from the article's text in whitespace, in the
style of quote marks and dashes, and by "..." joining the pieces of a long
sentence. :func:`locate` allows exactly that (and letter case), so that
``factsheet check`` passes no sentence the page cannot highlight, and the
page highlights every sentence ``check`` passes.

Extraction stores where each fact's evidence stands (``at``: start and end
offsets in :attr:`models.Article.text`, a pair per piece); :func:`locate`
takes those as a hint and uses them when they still point at the evidence, so
that a sentence the article repeats is highlighted where the fact was found.
A hint that no longer fits (a hand-edited evidence, a changed seed) is
ignored and the evidence is searched for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# One character for one character, so that offsets in folded text are offsets in the original.
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
_PIECE_BREAK = re.compile(r"\s*(?:\.\.\.|…)\s*")
_SPACE = re.compile(r"\s+")
_EDGE = " \"'"
"""Quote marks at the edge of a piece: evidence may open a quotation the article opens elsewhere."""


@dataclass(frozen=True)
class Span:
    """A stretch of one paragraph: its index and the offsets within its text."""

    paragraph: int
    start: int
    end: int


def fold(text: str) -> str:
    """Return ``text`` with quote marks, dashes, odd spaces and case folded, keeping every offset."""
    text = text.translate(_FOLD)
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # a letter whose lower case is longer stays


def _needle(text: str) -> str:
    return _SPACE.sub(" ", fold(text)).strip()


def folded(paragraphs: Sequence[str]) -> list[str]:
    """Return the paragraphs folded once, for several calls of :func:`locate` on one article."""
    return [fold(p) for p in paragraphs]


def _find(texts: Sequence[str], needle: str, after: tuple[int, int]) -> Span | None:
    para, pos = after
    for i in range(para, len(texts)):
        at = texts[i].find(needle, pos if i == para else 0)
        if at >= 0:
            return Span(i, at, at + len(needle))
    return None


def _pieces(evidence: str) -> list[str]:
    return [p for p in (_needle(x).strip(_EDGE) for x in _PIECE_BREAK.split(evidence)) if p]


def _find_either(texts: Sequence[str], piece: str, after: tuple[int, int]) -> Span | None:
    """Find a piece as written, quote marks at its edges included; failing that, without them."""
    bare = piece.strip(_EDGE)
    if not bare:
        return None
    return (_find(texts, piece, after) if piece != bare else None) or _find(texts, bare, after)


def _from_hint(texts: Sequence[str], starts: Sequence[int], evidence: str, at: Sequence[int]) -> list[Span]:
    """Return the spans the offsets ``at`` give, if they still hold the evidence's pieces; else []."""
    if not at or len(at) % 2:
        return []
    spans = []
    for start, end in zip(at[::2], at[1::2]):
        para = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] <= start), None)
        if para is None or not (isinstance(start, int) and isinstance(end, int)) or end > starts[para] + len(texts[para]):
            return []
        spans.append(Span(para, start - starts[para], end - starts[para]))
    got = [texts[s.paragraph][s.start:s.end].strip(_EDGE) for s in spans]
    if len(spans) == 1 and got[0] == _needle(evidence).strip(_EDGE):
        return spans
    return spans if got == _pieces(evidence) else []


def locate(paragraphs: Sequence[str], evidence: str, *, texts: Sequence[str] | None = None,
           at: Sequence[int] | None = None) -> list[Span]:
    """Return where ``evidence`` stands in an article's paragraphs; [] when it is not there.

    One span when the evidence stands whole; otherwise, when "..." joins
    pieces, one span per piece, each after the one before (in the same or a
    later paragraph).

    Arguments:
        paragraphs: the article's paragraphs (:attr:`models.Paragraph.text`).
        evidence: the fact's evidence.
        texts: the paragraphs already :func:`folded` (saves folding them again).
        at: offsets stored at extraction, tried first.
    """
    texts = folded(paragraphs) if texts is None else texts
    if at:
        starts, pos = [], 0
        for p in paragraphs:
            starts.append(pos)
            pos += len(p) + 2
        hinted = _from_hint(texts, starts, evidence, at)
        if hinted:
            return hinted
    span = _find_either(texts, _needle(evidence), (0, 0))
    if span is not None:
        return [span]
    parts = [p for p in (_needle(x) for x in _PIECE_BREAK.split(evidence)) if p.strip(_EDGE)]
    if len(parts) < 2:
        return []
    spans: list[Span] = []
    after = (0, 0)
    for part in parts:
        found = _find_either(texts, part, after)
        if found is None:
            return []
        spans.append(found)
        after = (found.paragraph, found.end)
    return spans


def offsets(paragraphs: Sequence[str], spans: Sequence[Span]) -> list[int]:
    """Return ``spans`` as start and end offsets in the article's text (paragraphs joined by a blank line)."""
    starts, pos = [], 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + 2
    out: list[int] = []
    for s in spans:
        out += [starts[s.paragraph] + s.start, starts[s.paragraph] + s.end]
    return out
