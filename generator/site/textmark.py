"""An article's text as HTML with every evidence sentence highlighted and anchored."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from ..models import Article
from .fmt import escape_raw
from .model import FactView

# One-to-one character folds, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int
    end: int


def _find(paragraphs: list[str], needle: str) -> Span | None:
    needle = re.sub(r"\s+", " ", needle).strip().translate(_FOLD)
    if not needle:
        return None
    for i, p in enumerate(paragraphs):
        at = p.find(needle)
        if at >= 0:
            return Span(i, at, at + len(needle))
    return None


def locate(article: Article, evidence: str, folded: list[str] | None = None) -> Span | None:
    """Return where ``evidence`` stands in the article, or None.

    Evidence may join pieces of a long sentence with "..."; then the span
    runs from the first piece to the last, within one paragraph.
    """
    if folded is None:
        folded = [p.text.translate(_FOLD) for p in article.paragraphs]
    span = _find(folded, evidence)
    if span is not None:
        return span
    pieces = [p for p in _ELLIPSIS.split(evidence) if p.strip()]
    if len(pieces) < 2:
        return None
    first, last = _find(folded, pieces[0]), _find(folded, pieces[-1])
    if first and last and first.paragraph == last.paragraph and first.start <= last.start:
        return Span(first.paragraph, first.start, last.end)
    return None


def _wrap(text: str, facts: list[FactView]) -> str:
    """Nest one highlighted span per fact around ``text`` (the outermost takes the first fact)."""
    html = escape_raw(text)
    for f in reversed(facts):
        badge = " fs-ev--reviewed" if f.reviewed else ""
        html = f'<span class="fs-ev{badge}" id="{f.anchor}" title="{f.type}">{html}</span>'
    return html


def article_html(article: Article, facts: list[FactView]) -> tuple[Markup, list[FactView]]:
    """Return the article's paragraphs as HTML and the facts whose evidence was not found.

    Facts found get ``located = True``; overlapping evidence that is not the
    same sentence is not nested (the later fact is reported as not found).
    """
    by_span: dict[Span, list[FactView]] = {}
    missing: list[FactView] = []
    folded = [p.text.translate(_FOLD) for p in article.paragraphs]
    for f in facts:
        span = locate(article, f.evidence, folded)
        if span is None:
            missing.append(f)
        else:
            by_span.setdefault(span, []).append(f)
    per_para: dict[int, list[tuple[Span, list[FactView]]]] = {}
    for span, group in sorted(by_span.items(), key=lambda kv: (kv[0].paragraph, kv[0].start, -kv[0].end)):
        placed = per_para.setdefault(span.paragraph, [])
        if placed and placed[-1][0].end > span.start:
            missing.extend(group)
            continue
        placed.append((span, group))
        for f in group:
            f.located = True
    out: list[str] = []
    for p in article.paragraphs:
        pos, parts = 0, []
        for span, group in per_para.get(p.index, []):
            parts.append(escape_raw(p.text[pos:span.start]))
            parts.append(_wrap(p.text[span.start:span.end], group))
            pos = span.end
        parts.append(escape_raw(p.text[pos:]))
        out.append(f'<p id="p{p.index + 1}">' + "".join(parts) + "</p>")
    return Markup("\n".join(out)), missing
