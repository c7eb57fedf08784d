"""The stages in order: seeds -> records -> pages -> site.

Each function here gathers its inputs, calls one stage, and hands the result
to the next; the stages themselves know nothing of folders or of each other.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import ingest, publish, records
from .errors import FactsheetError
from .extract import extract, extractor_version
from .models import Article, Record

# Below this many seeds to extract, a process pool costs more than it saves.
POOL_THRESHOLD = 24
_STAMP = re.compile(r"^\s+(seed|sha256|extractor|id):\s*['\"]?([^'\"\n]*?)['\"]?\s*$", re.M)


@dataclass
class SeedProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ExtractReport:
    written: list[str] = field(default_factory=list)
    """Facts files written (created or merged)."""
    skipped: int = 0
    """Seeds unchanged since their record was written."""
    problems: list[SeedProblem] = field(default_factory=list)
    """Seeds that could not be used, each with its cause."""
    duplicates: list[SeedProblem] = field(default_factory=list)
    """Seeds that repeat another seed word for word (no record of their own)."""


@dataclass(frozen=True)
class Stamp:
    """What a facts file says about the seed it came from (read from its header)."""

    path: Path
    article_id: str
    seed: str
    sha256: str
    extractor: str


def read_stamp(path: Path) -> Stamp | None:
    """Return the article header of a facts file without parsing all of it."""
    try:
        with path.open(encoding="utf-8") as fh:
            head = fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    block = head.split("\nentities:", 1)[0]
    found = dict((k, v) for k, v in _STAMP.findall(block))
    if "seed" not in found:
        return None
    return Stamp(path, found.get("id", path.stem), found["seed"], found.get("sha256", ""), found.get("extractor", ""))


def _extract_one(path: Path) -> Record | FactsheetError:
    try:
        return extract(ingest.read_seed(path))
    except FactsheetError as e:
        e.path = str(path)
        return e


def _run(paths: list[Path], jobs: int) -> list[Record | FactsheetError]:
    if jobs <= 1 or len(paths) < POOL_THRESHOLD:
        return [_extract_one(p) for p in paths]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_extract_one, paths, chunksize=max(1, len(paths) // (jobs * 8))))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _unique_id(article: Article, taken: dict[str, str]) -> str:
    """Return the article's id, suffixed with its hash if another seed has it."""
    owner = taken.get(article.id)
    if owner is None or owner == article.seed:
        return article.id
    return f"{article.id}-{article.sha256[:8]}"


def extract_all(seeds_dir: Path, facts_dir: Path, *, force: bool = False, jobs: int | None = None) -> ExtractReport:
    """Extract every new or changed seed into ``facts_dir``, merging with hand edits."""
    report = ExtractReport()
    seed_paths = ingest.seed_files(seeds_dir)
    facts_dir.mkdir(parents=True, exist_ok=True)
    stamps = [s for s in map(read_stamp, records.facts_files(facts_dir)) if s]
    by_seed = {s.seed: s for s in stamps}
    by_digest = {s.sha256: s.seed for s in stamps}
    taken = {s.article_id: s.seed for s in stamps}
    version = extractor_version()

    todo: list[Path] = []
    seen_digest: dict[str, str] = {}
    for path in seed_paths:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as e:
            report.problems.append(SeedProblem(str(path), f"cannot read: {e.strerror}"))
            continue
        first = seen_digest.setdefault(digest, path.name)
        if first != path.name or by_digest.get(digest, path.name) != path.name:
            original = first if first != path.name else by_digest[digest]
            report.duplicates.append(SeedProblem(str(path), f"same text as {original}; no record of its own"))
            continue
        stamp = by_seed.get(path.name)
        if stamp and not force and stamp.sha256 == digest and stamp.extractor == version:
            report.skipped += 1
            continue
        todo.append(path)

    for path, result in zip(todo, _run(todo, jobs or default_jobs())):
        if isinstance(result, FactsheetError):
            report.problems.append(SeedProblem(str(path), result.message))
            continue
        stamp = by_seed.get(path.name)
        if stamp is not None:
            target = stamp.path
        else:
            article_id = _unique_id(result.article, taken)
            if article_id != result.article.id:
                result = replace(result, article=replace(result.article, id=article_id))
            taken[article_id] = path.name
            target = facts_dir / f"{article_id}.yaml"
        try:
            records.write_record(target, result)
        except FactsheetError as e:
            report.problems.append(SeedProblem(e.path or str(target), str(e).split(": ", 1)[-1] if e.path else e.message))
            continue
        report.written.append(str(target))
    return report


def load_articles(seeds_dir: Path, recs: list[dict]) -> dict[str, Article]:
    """Return the article text behind each record, keyed by article id, where the seed exists."""
    out: dict[str, Article] = {}
    for rec in recs:
        meta = rec.get("article") or {}
        seed = str(meta.get("seed") or "")
        path = seeds_dir / Path(seed).name
        if not seed or not path.is_file():
            continue
        try:
            out[str(meta.get("id"))] = ingest.read_seed(path)
        except FactsheetError:
            continue
    return out


def render_project(project: Path, seeds: Path, facts: Path) -> Path:
    """Render every record into mkdocs.yml's docs_dir; return that folder."""
    from .render import render_site

    recs = records.load_records(facts)
    articles = load_articles(seeds, recs)
    docs = publish.docs_dir(project)
    # Render beside the docs folder, then copy over only what changed.
    docs.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=docs.parent, prefix=".render-") as tmp:
        render_site(recs, articles, project / "templates", Path(tmp))
        publish.sync_tree(Path(tmp), docs)
    return docs
