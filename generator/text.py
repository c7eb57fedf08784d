"""Sentences: split an article's paragraphs, keeping offsets into its text."""

from __future__ import annotations

import re

from . import datafiles
from .models import Article, Sentence

# A candidate boundary: terminal punctuation, any closing quotes or brackets,
# whitespace, then something that can open a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)([\"”’')\]]*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9£€$])")


def _validate(doc: object, name: str) -> frozenset[str]:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    return frozenset(a.lower().rstrip(".") for a in datafiles.string_list(doc, "abbreviations", name))


def abbreviations() -> frozenset[str]:
    return datafiles.load("abbreviations.yaml", _validate)


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


def sentences(article: Article) -> list[Sentence]:
    """Return every sentence of the article, in order."""
    out: list[Sentence] = []
    for para in article.paragraphs:
        for s, e in split_sentences(para.text):
            out.append(Sentence(text=para.text[s:e], paragraph=para.index, start=para.start + s, end=para.start + e))
    return out
