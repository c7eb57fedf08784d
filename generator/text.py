"""Sentences: split an article's paragraphs, keeping offsets into its text."""

from __future__ import annotations

import re

from . import datafiles
from .limits import limits
from .models import Article, Sentence

# A candidate boundary: terminal punctuation, any closing quotes or brackets,
# whitespace, then something that can open a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)([\"”’')\]]*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9£€$])")


def _compile(doc: dict, name: str) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in doc["abbreviations"])


def abbreviations() -> frozenset[str]:
    return datafiles.load("abbreviations.yaml", _compile)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    abbrev = abbreviations()
    for m in _BOUNDARY.finditer(paragraph):
        if m.group(1) == ".":
            word = re.search(r"([\w.]+)$", paragraph[start:m.start()])
            if word and (word.group(1).lower().rstrip(".") in abbrev or len(word.group(1)) == 1):
                continue
        end = m.end(2)
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return spans


_CUTS = ("; ", ", ", " ")
"""Where an over-long sentence is cut, best first: after a semicolon, a comma, any space."""


def cap_spans(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Return ``text[start:end]`` as spans of at most ``limit`` characters, cut where a clause or word ends.

    Real sentences are far shorter than the limit and come back whole. A longer run (a list with
    no full stop, one sentence repeated) is read in pieces, so that the work of every finder,
    which grows faster than a sentence's length, grows only with the article's.
    """
    spans = []
    while end - start > limit:
        cut = -1
        for sep in _CUTS:
            at = text.rfind(sep, start + limit // 2, start + limit - 1)
            if at >= 0:
                cut = at + len(sep.rstrip())
                break
        if cut < 0:
            cut = start + limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def sentences(article: Article) -> list[Sentence]:
    """Return every sentence of the article, in order; none longer than ``data/limits.yaml``'s ``sentence_chars``."""
    limit = limits().sentence_chars
    out: list[Sentence] = []
    for para in article.paragraphs:
        for s0, e0 in split_sentences(para.text):
            for s, e in cap_spans(para.text, s0, e0, limit) if e0 - s0 > limit else ((s0, e0),):
                out.append(Sentence(text=para.text[s:e], paragraph=para.index, start=para.start + s, end=para.start + e))
    return out
