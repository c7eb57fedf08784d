"""Placeholder: to be written."""

from __future__ import annotations

from ..models import Article, Fact, Sentence
from .entities import EntityIndex


def find_quotes(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[Fact]:
    return []
