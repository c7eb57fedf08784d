"""An article's text as HTML with every evidence sentence highlighted and anchored."""

from __future__ import annotations

from markupsafe import Markup

from ..evidence import Span, folded, locate
from ..models import Article
from .fmt import escape_raw
from .model import FactView


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
    paragraphs = [p.text for p in article.paragraphs]
    texts = folded(paragraphs)
    for f in facts:
        spans = locate(paragraphs, f.evidence, texts=texts, at=f.at)
        if not spans:
            missing.append(f)
            continue
        by_span.setdefault(spans[0], []).append(f)
        for s in spans[1:]:
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
