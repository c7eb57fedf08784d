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


def pieces(article: Article, evidence: str, folded: list[str] | None = None) -> list[Span]:
    """Return the spans of an evidence that joins pieces from several paragraphs with "...", in order; else [].

    (A quote that runs over paragraphs is cited that way.) Every piece must be
    found, each after the one before.
    """
    if folded is None:
        folded = [p.text.translate(_FOLD) for p in article.paragraphs]
    parts = [p for p in _ELLIPSIS.split(evidence) if p.strip()]
    if len(parts) < 2:
        return []
    spans: list[Span] = []
    for piece in parts:
        needle = re.sub(r"\s+", " ", piece).strip().translate(_FOLD)
        start_para = spans[-1].paragraph if spans else 0
        found = None
        for i in range(start_para, len(folded)):
            from_ = spans[-1].end if spans and i == spans[-1].paragraph else 0
            at = folded[i].find(needle, from_)
            if at >= 0:
                found = Span(i, at, at + len(needle))
                break
        if found is None:
            return []
        spans.append(found)
    return spans


def _wrap(text: str, facts: list[FactView], anchored: bool = True) -> str:
    """Nest one highlighted span per fact around ``text`` (the outermost takes the first fact).

    A later piece of a fact's evidence (``anchored`` false) is highlighted without the anchor.
    """
    html = escape_raw(text)
    for f in reversed(facts):
        badge = " fs-ev--reviewed" if f.reviewed else ""
        if anchored:
            html = f'<span class="fs-ev{badge}" id="{f.anchor}" title="{f.type}">{html}</span>'
        else:
            html = f'<span class="fs-ev fs-ev--more{badge}" title="{f.type}, continued">{html}</span>'
    return html


def article_html(article: Article, facts: list[FactView]) -> tuple[Markup, list[FactView]]:
    """Return the article's paragraphs as HTML and the facts whose evidence was not found.

    Facts found get ``located = True``; overlapping evidence that is not the
    same sentence is not nested (the later fact is reported as not found).
    """
    by_span: dict[Span, list[FactView]] = {}
    more: dict[Span, list[FactView]] = {}
    missing: list[FactView] = []
    folded = [p.text.translate(_FOLD) for p in article.paragraphs]
    for f in facts:
        span = locate(article, f.evidence, folded)
        if span is not None:
            by_span.setdefault(span, []).append(f)
            continue
        spread = pieces(article, f.evidence, folded)
        if not spread:
            missing.append(f)
            continue
        by_span.setdefault(spread[0], []).append(f)
        for s in spread[1:]:
            more.setdefault(s, []).append(f)
    per_para: dict[int, list[tuple[Span, list[FactView], bool]]] = {}
    # Anchored spans first, so that a later piece never takes the place of another fact's anchor.
    ordered = [(s, g, True) for s, g in by_span.items()] + [(s, g, False) for s, g in more.items()]
    for span, group, anchored in ordered:
        placed = per_para.setdefault(span.paragraph, [])
        if any(o[0].start < span.end and span.start < o[0].end for o in placed):
            if anchored:
                missing.extend(group)
            continue
        placed.append((span, group, anchored))
        if anchored:
            for f in group:
                f.located = True
    out: list[str] = []
    for p in article.paragraphs:
        pos, parts = 0, []
        for span, group, anchored in sorted(per_para.get(p.index, []), key=lambda t: (t[0].start, -t[0].end)):
            parts.append(escape_raw(p.text[pos:span.start]))
            parts.append(_wrap(p.text[span.start:span.end], group, anchored))
            pos = span.end
        parts.append(escape_raw(p.text[pos:]))
        out.append(f'<p id="p{p.index + 1}">' + "".join(parts) + "</p>")
    return Markup("\n".join(out)), missing
