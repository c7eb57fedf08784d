"""Articles -> duplicates: the same story saved twice or run by several outlets.

Two kinds, both decided on the article body after ingest:

- the same text after normalisation (case, punctuation, whitespace): one
  article, so only the first seed gets a record;
- nearly the same text (shingle similarity over the thresholds in
  ``data/duplicates.yaml``): the later article is linked to the earlier one
  by ``article.duplicate_of`` so that its figures are not counted twice.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from . import datafiles
from .models import Article

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Settings:
    """The thresholds in ``data/duplicates.yaml`` (see the comments there)."""

    shingle_words: int
    min_jaccard: float
    min_containment: float
    min_shingles: int


def _validate(doc: object, name: str) -> Settings:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    for key in ("shingle_words", "min_shingles"):
        v = doc.get(key)
        datafiles.require(isinstance(v, int) and not isinstance(v, bool) and v >= 1, name, f"'{key}' must be a whole number >= 1")
    for key in ("min_jaccard", "min_containment"):
        v = doc.get(key)
        datafiles.require(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 1, name, f"'{key}' must be a number in (0, 1]")
    return Settings(doc["shingle_words"], float(doc["min_jaccard"]), float(doc["min_containment"]), doc["min_shingles"])


def settings() -> Settings:
    return datafiles.load("duplicates.yaml", _validate)


def words(text: str) -> list[str]:
    """Return the words of ``text``: NFKC, casefolded, punctuation and spacing dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def text_key(article: Article) -> str:
    """Return a digest of the article body that ignores case, punctuation and spacing."""
    return hashlib.sha256(" ".join(words(article.text)).encode("utf-8")).hexdigest()


def shingles(article: Article, size: int) -> set[int]:
    """Return the article's runs of ``size`` consecutive words, each as a 64-bit digest."""
    w = words(article.text)
    runs = (" ".join(w[i : i + size]) for i in range(max(1, len(w) - size + 1)))
    return {int.from_bytes(hashlib.blake2b(r.encode("utf-8"), digest_size=8).digest(), "big") for r in runs if r}


@dataclass(frozen=True)
class Duplicate:
    """One seed that repeats another."""

    seed: str
    original: str
    """Seed name of the article it repeats."""
    similarity: float
    """Jaccard similarity of the two bodies' shingles (1.0 for the same text)."""
    same_text: bool
    """True: the same text, no record of its own; False: a near-duplicate, linked."""

    def message(self, original_id: str | None = None) -> str:
        if self.same_text:
            return f"same text as {self.original}; no record of its own"
        link = f" (duplicate_of: {original_id})" if original_id else ""
        return (
            f"nearly the same text as {self.original} (similarity {self.similarity:.2f}); "
            f"linked as its duplicate{link}, its figures are left out of totals"
        )


@dataclass
class Duplicates:
    """What :func:`find_duplicates` found."""

    same_text: list[Duplicate] = field(default_factory=list)
    near: list[Duplicate] = field(default_factory=list)

    def dropped(self) -> set[str]:
        """Seeds that get no record."""
        return {d.seed for d in self.same_text}

    def original_of(self) -> dict[str, str]:
        """Map each near-duplicate seed to the seed of its original."""
        return {d.seed: d.original for d in self.near}


def find_duplicates(articles: Iterable[Article], incumbents: Collection[str] = ()) -> Duplicates:
    """Return which articles repeat another, word for word or nearly.

    Arguments:
        articles: every usable article of the project, once each.
        incumbents: seeds that already have a record; of several seeds with
            the same text, one of these keeps its record (hand edits live
            there), else the earliest by date, then seed name.

    Returns:
        The same-text duplicates (no record of their own) and the
        near-duplicates, each linked to the earliest article of its story.
    """
    found = Duplicates()
    ordered = sorted(articles, key=lambda a: (a.seed not in incumbents, a.date, a.seed))
    first_with: dict[str, str] = {}
    distinct: list[Article] = []
    for a in ordered:
        key = text_key(a)
        if key in first_with:
            found.same_text.append(Duplicate(a.seed, first_with[key], 1.0, True))
            continue
        first_with[key] = a.seed
        distinct.append(a)

    cfg = settings()
    # Earlier first; on the same day the fuller version is the original (it holds every figure).
    distinct.sort(key=lambda a: (a.date, -len(a.text), a.seed))
    postings: dict[int, list[int]] = {}
    sizes: list[int] = []
    root: dict[int, int] = {}
    for i, a in enumerate(distinct):
        sh = shingles(a, cfg.shingle_words)
        sizes.append(len(sh))
        if len(sh) < cfg.min_shingles:
            continue
        shared = Counter(j for s in sh for j in postings.get(s, ()))
        best: tuple[float, int] | None = None
        for j, n in shared.items():
            jaccard = n / (len(sh) + sizes[j] - n)
            containment = n / min(len(sh), sizes[j])
            if jaccard >= cfg.min_jaccard or containment >= cfg.min_containment:
                if best is None or jaccard > best[0] or (jaccard == best[0] and j < best[1]):
                    best = (jaccard, j)
        if best is not None:
            r = root.get(best[1], best[1])
            root[i] = r
            n = shared.get(r)
            similarity = n / (len(sh) + sizes[r] - n) if n else best[0]
            found.near.append(Duplicate(a.seed, distinct[r].seed, round(similarity, 2), False))
        for s in sh:
            postings.setdefault(s, []).append(i)
    return found
