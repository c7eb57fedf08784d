"""Articles -> duplicates: the same story saved twice or run by several outlets.

Two kinds, both decided on the article body after ingest:

- the same text after normalisation (case, punctuation, whitespace): one
  article, so only the first seed gets a record;
- nearly the same text (shingle similarity over the thresholds in
  ``data/duplicates.yaml``): the later article is linked to the earlier one
  by ``article.duplicate_of`` so that its figures are not counted twice.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import re
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

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


def _compile(doc: dict, name: str) -> Settings:
    return Settings(doc["shingle_words"], float(doc["min_jaccard"]), float(doc["min_containment"]), doc["min_shingles"])


def settings() -> Settings:
    return datafiles.load("duplicates.yaml", _compile)


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


@dataclass(frozen=True)
class Signature:
    """What duplicate detection needs of one article: small, and cacheable by the seed's digest."""

    seed: str
    date: dt.date
    length: int
    """Characters in the article body (on the same day the fuller version is the original)."""
    key: str
    """:func:`text_key` of the body."""
    shingles: array
    """The body's distinct shingles (:func:`shingles`), as unsigned 64-bit integers."""


def signature_to_json(s: Signature) -> dict:
    """Return ``s`` as JSON data (the shingles as base64 of little-endian 64-bit integers)."""
    sh = array("Q", s.shingles)
    if sys.byteorder != "little":
        sh.byteswap()
    return {"seed": s.seed, "date": s.date.isoformat(), "length": s.length, "key": s.key,
            "shingles": base64.b64encode(sh.tobytes()).decode("ascii")}


def signature_from_json(d: object) -> Signature:
    """Return the signature :func:`signature_to_json` gave; raise ValueError for anything else."""
    if not isinstance(d, dict) or not all(isinstance(d.get(k), str) for k in ("seed", "date", "key", "shingles")) \
            or not isinstance(d.get("length"), int) or isinstance(d.get("length"), bool):
        raise ValueError("not a signature")
    raw = base64.b64decode(d["shingles"], validate=True)
    if len(raw) % 8:
        raise ValueError("shingles are not 64-bit integers")
    sh = array("Q")
    sh.frombytes(raw)
    if sys.byteorder != "little":
        sh.byteswap()
    return Signature(d["seed"], dt.date.fromisoformat(d["date"]), d["length"], d["key"], sh)


def signature(article: Article, size: int | None = None) -> Signature:
    """Return the signature of ``article`` with shingles of ``size`` words (default: the settings')."""
    sh = shingles(article, size or settings().shingle_words)
    return Signature(article.seed, article.date, len(article.text), text_key(article), array("Q", sorted(sh)))


def find_duplicates(articles: Iterable[Article], incumbents: Collection[str] = ()) -> Duplicates:
    """Return which articles repeat another, word for word or nearly (see :func:`find_duplicates_in`)."""
    size = settings().shingle_words
    return find_duplicates_in([signature(a, size) for a in articles], incumbents)


# At most this many articles estimate how common each shingle is (the order
# of the prefix filter); any order gives the same result, a good one is faster.
SAMPLE_ARTICLES = 1000
# Shingles added to each prefix beyond the minimum: a pair must then share
# PREFIX_SLACK + 1 of them, which rules out articles that only have a few
# stock phrases in common without comparing them in full.
PREFIX_SLACK = 8


def _min_overlap_share(cfg: Settings) -> float:
    """Return c such that two qualifying articles share at least c * (shingles of the smaller one).

    Jaccard n / (a + b - n) >= j needs n >= j (a + b) / (1 + j) >= 2 j m / (1 + j)
    with m = min(a, b); containment n / m >= k needs n >= k m.
    """
    return min(cfg.min_containment, 2 * cfg.min_jaccard / (1 + cfg.min_jaccard))


def find_duplicates_in(signatures: Sequence[Signature], incumbents: Collection[str] = ()) -> Duplicates:
    """Return which articles repeat another, word for word or nearly.

    Arguments:
        signatures: one for every usable article of the project.
        incumbents: seeds that already have a record; of several seeds with
            the same text, one of these keeps its record (hand edits live
            there), else the earliest by date, then seed name.

    Returns:
        The same-text duplicates (no record of their own) and the
        near-duplicates, each linked to the earliest article of its story.

    Comparing every pair is quadratic, and so is counting shared shingles
    through an index when stock phrases are in many articles. A prefix filter
    finds the same pairs: two qualifying articles share at least
    ``t = c * m`` shingles (:func:`_min_overlap_share`, m the smaller size),
    so the smaller one's ``m - t + 1 + k`` rarest shingles include at least
    ``k + 1`` shared ones. An article is compared in full only with earlier
    ones that hold that many of its prefix, or whose prefix it holds that
    many of; the shared count is then computed exactly.
    """
    found = Duplicates()
    ordered = sorted(signatures, key=lambda a: (a.seed not in incumbents, a.date, a.seed))
    first_with: dict[str, str] = {}
    distinct: list[Signature] = []
    for a in ordered:
        if a.key in first_with:
            found.same_text.append(Duplicate(a.seed, first_with[a.key], 1.0, True))
            continue
        first_with[a.key] = a.seed
        distinct.append(a)

    cfg = settings()
    # Earlier first; on the same day the fuller version is the original (it holds every figure).
    distinct.sort(key=lambda a: (a.date, -a.length, a.seed))
    compared = [i for i, a in enumerate(distinct) if len(a.shingles) >= cfg.min_shingles]
    share = _min_overlap_share(cfg)
    step = max(1, len(compared) // SAMPLE_ARTICLES)
    common = Counter(s for i in compared[::step] for s in distinct[i].shingles)

    @lru_cache(maxsize=512)
    def as_set(i: int) -> frozenset[int]:
        # Built only for articles that are compared in full (few): 10,000 sets would take ~300 MB.
        return frozenset(distinct[i].shingles)

    prefix: dict[int, list[int]] = {}
    hits_needed: dict[int, int] = {}
    for i in compared:
        sh = distinct[i].shingles
        need = max(1, math.ceil(share * len(sh) - 1e-9))
        length = min(len(sh), len(sh) - need + 1 + PREFIX_SLACK)
        # The shingles are stored in value order and sorting is stable: rarest first, then by value.
        prefix[i] = sorted(sh, key=common.__getitem__)[:length]
        # Of `need` shared shingles, at most len(sh) - length lie outside the prefix.
        hits_needed[i] = need - (len(sh) - length)
    in_a_prefix = {s for p in prefix.values() for s in p}

    holders: dict[int, list[int]] = {}
    """Shingle -> earlier articles that hold it (only shingles in some prefix)."""
    prefix_holders: dict[int, list[int]] = {}
    """Shingle -> earlier articles whose prefix holds it."""
    root: dict[int, int] = {}
    for i in compared:
        a = distinct[i]
        arr = a.shingles
        # i the smaller: its prefix meets j; j the smaller: j's prefix meets i.
        mine = Counter(j for s in prefix[i] for j in holders.get(s, ()))
        theirs = Counter(j for s in arr if s in prefix_holders for j in prefix_holders[s])
        candidates = {j for j, n in mine.items() if n >= hits_needed[i]}
        candidates.update(j for j, n in theirs.items() if n >= hits_needed[j])
        best: tuple[float, int] | None = None
        sh = as_set(i) if candidates else frozenset()
        for j in sorted(candidates):
            size_j = len(distinct[j].shingles)
            n = len(sh & as_set(j))
            jaccard = n / (len(sh) + size_j - n)
            containment = n / min(len(sh), size_j)
            if jaccard >= cfg.min_jaccard or containment >= cfg.min_containment:
                if best is None or jaccard > best[0] or (jaccard == best[0] and j < best[1]):
                    best = (jaccard, j)
        if best is not None:
            r = root.get(best[1], best[1])
            root[i] = r
            n = len(sh & as_set(r))
            similarity = n / (len(sh) + len(distinct[r].shingles) - n) if n else best[0]
            found.near.append(Duplicate(a.seed, distinct[r].seed, round(similarity, 2), False))
        for s in arr:
            if s in in_a_prefix:
                holders.setdefault(s, []).append(i)
        for s in prefix[i]:
            prefix_holders.setdefault(s, []).append(i)
    return found


@dataclass
class Previous:
    """What :func:`find_duplicates_cached` remembers of the last run (kept beside the signatures cache)."""

    seeds: dict[str, tuple[str, str, int]]
    """Seed name -> (text key, date, length) of every signature of that run."""
    result: Duplicates


def previous_to_json(p: Previous) -> dict:
    """Return ``p`` as JSON data."""
    def dups(items: list[Duplicate]) -> list[list]:
        return [[d.seed, d.original, d.similarity, d.same_text] for d in items]

    return {"seeds": {k: list(v) for k, v in p.seeds.items()},
            "result": {"same_text": dups(p.result.same_text), "near": dups(p.result.near)}}


def previous_from_json(d: object) -> Previous:
    """Return what :func:`previous_to_json` gave; raise ValueError for anything else."""
    def dups(items: object) -> list[Duplicate]:
        if not isinstance(items, list):
            raise ValueError("not a list of duplicates")
        out = []
        for x in items:
            if not (isinstance(x, list) and len(x) == 4 and isinstance(x[0], str) and isinstance(x[1], str)
                    and isinstance(x[2], (int, float)) and isinstance(x[3], bool)):
                raise ValueError("not a duplicate")
            out.append(Duplicate(x[0], x[1], float(x[2]), x[3]))
        return out

    if not isinstance(d, dict) or not isinstance(d.get("seeds"), dict) or not isinstance(d.get("result"), dict):
        raise ValueError("not a previous search")
    seeds: dict[str, tuple[str, str, int]] = {}
    for name, v in d["seeds"].items():
        if not (isinstance(v, list) and len(v) == 3 and isinstance(v[0], str) and isinstance(v[1], str)
                and isinstance(v[2], int) and not isinstance(v[2], bool)):
            raise ValueError("not a seed stamp")
        seeds[name] = (v[0], v[1], v[2])
    return Previous(seeds, Duplicates(dups(d["result"].get("same_text")), dups(d["result"].get("near"))))


# Past this many new articles, the full search is about as quick as checking each against all.
MAX_ADDED_CHECKED = 50


def _qualifies(sh: frozenset[int], other: array, cfg: Settings) -> bool:
    n = len(sh.intersection(other))
    if not n:
        return False
    jaccard = n / (len(sh) + len(other) - n)
    containment = n / min(len(sh), len(other))
    return jaccard >= cfg.min_jaccard or containment >= cfg.min_containment


def _has_partner(a: Signature, signatures: Sequence[Signature], cfg: Settings) -> bool:
    """Return whether ``a`` qualifies as a near-duplicate pair with any other of ``signatures``."""
    if len(a.shingles) < cfg.min_shingles:
        return False
    sh = frozenset(a.shingles)
    return any(b.seed != a.seed and len(b.shingles) >= cfg.min_shingles and _qualifies(sh, b.shingles, cfg) for b in signatures)


def find_duplicates_cached(
    signatures: Sequence[Signature], incumbents: Collection[str], previous: Previous | None
) -> tuple[Duplicates, Previous]:
    """Return :func:`find_duplicates_in` of ``signatures``, reusing ``previous`` when only new articles were added.

    The answer of the last run still holds when every article it saw is here
    unchanged (same seed, text, date and length), all texts differ, and every new
    article has neither the text of another nor enough shingles in common with
    any other to be a near-duplicate (checked exactly, pair by pair): such an
    article is nobody's original and has none. Otherwise the full search runs.
    Also returns what to remember for the next run.
    """
    seeds = {s.seed: (s.key, s.date.isoformat(), s.length) for s in signatures}
    result: Duplicates | None = None
    if previous is not None:
        added = [s for s in signatures if s.seed not in previous.seeds]
        same_old = len(seeds) - len(added) == len(previous.seeds) and all(
            seeds.get(seed) == stamp for seed, stamp in previous.seeds.items()
        )
        # With every text distinct, which seeds have records (incumbents) changes nothing.
        if same_old and len(added) <= MAX_ADDED_CHECKED:
            cfg = settings()
            keys = [s.key for s in signatures]
            if len(set(keys)) == len(keys) and not any(_has_partner(a, signatures, cfg) for a in added):
                result = previous.result
    if result is None:
        result = find_duplicates_in(signatures, incumbents)
    return result, Previous(seeds, result)
