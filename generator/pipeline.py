"""The stages in order: seeds -> records -> pages -> site.

Each function here gathers its inputs, calls one stage, and hands the result
to the next; the stages themselves know nothing of folders or of each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import dedupe, fsutil, ingest, publish, records
from .errors import DataFileError, FactsheetError
from .extract import extract, extractor_version
from .models import Article, Record

RENDER_PREFIX = ".render-"
STALE_RENDER_SECONDS = 600
"""A render folder older than this beside docs_dir was left by a killed build (the lock keeps builds apart, but not `serve`)."""

# Below this many seeds to extract, a process pool costs more than it saves.
POOL_THRESHOLD = 24
_STAMP = re.compile(r"^\s+(seed|sha256|extractor|id|duplicate_of):\s*['\"]?([^'\"\n]*?)['\"]?\s*$", re.M)


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
    """Seeds that repeat another: word for word (no record of their own) or nearly (linked by duplicate_of)."""
    errors: list[SeedProblem] = field(default_factory=list)
    """Facts files that could not be merged (a person's edit broke them): when there are any, nothing is written."""
    orphans: list[SeedProblem] = field(default_factory=list)
    """Facts files whose seed is no longer in the seeds folder (kept as they are)."""


@dataclass(frozen=True)
class Stamp:
    """What a facts file says about the seed it came from (read from its header)."""

    path: Path
    article_id: str
    seed: str
    sha256: str
    extractor: str
    duplicate_of: str = ""


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
    return Stamp(
        path, found.get("id", path.stem), found["seed"], found.get("sha256", ""), found.get("extractor", ""), found.get("duplicate_of", "")
    )


def _parse_one(path: Path) -> Article | FactsheetError:
    try:
        return ingest.read_seed(path)
    except FactsheetError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one seed must not stop the build
        return FactsheetError(f"reading failed (a bug in factsheet, please report it): {type(e).__name__}: {e}")


def _extract_one(article: Article) -> Record | FactsheetError:
    try:
        return extract(article)
    except FactsheetError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one article must not stop the build
        # A bug, not the user's mistake: name it so it can be reported, and go on.
        return FactsheetError(f"extraction failed (a bug in factsheet, please report it): {type(e).__name__}: {e}")


def _run(fn, items: list, jobs: int) -> list:
    if jobs <= 1 or len(items) < POOL_THRESHOLD:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(fn, items, chunksize=max(1, len(items) // (jobs * 8))))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _unique_id(article: Article, taken: dict[str, str]) -> str:
    """Return the article's id, suffixed with its hash if another seed has it."""
    owner = taken.get(article.id)
    if owner is None or owner == article.seed:
        return article.id
    return f"{article.id}-{article.sha256[:8]}"


def _problem(path: Path, e: FactsheetError) -> SeedProblem:
    return SeedProblem(f"{path}:{e.line}" if e.line else str(path), e.message)


def extract_all(seeds_dir: Path, facts_dir: Path, *, force: bool = False, jobs: int | None = None) -> ExtractReport:
    """Extract every new or changed seed into ``facts_dir``, merging with hand edits.

    Every seed is read (a bad one is reported and skipped) so that duplicates
    are found across the whole project; only new or changed ones are extracted.
    """
    report = ExtractReport()
    jobs = jobs or default_jobs()
    seed_paths = ingest.seed_files(seeds_dir)
    facts_dir.mkdir(parents=True, exist_ok=True)
    # A build killed mid-write leaves a temp file beside its target; the caller holds the project lock.
    fsutil.remove_temp_files(facts_dir)
    stamps = [s for s in map(read_stamp, records.facts_files(facts_dir)) if s]
    by_seed = {s.seed: s for s in stamps}
    by_digest = {s.sha256: s.seed for s in stamps}
    taken = {s.article_id: s.seed for s in stamps}
    version = extractor_version()

    candidates: list[Path] = []
    seen_digest: dict[str, str] = {}
    for path in seed_paths:
        try:
            digest = hashlib.sha256(ingest.read_seed_bytes(path)).hexdigest()
        except FactsheetError as e:
            report.problems.append(_problem(path, e))
            continue
        first = seen_digest.setdefault(digest, path.name)
        if first != path.name or by_digest.get(digest, path.name) != path.name:
            original = first if first != path.name else by_digest[digest]
            report.duplicates.append(SeedProblem(str(path), f"same text as {original}; no record of its own"))
            continue
        candidates.append(path)

    articles: list[Article] = []
    for path, parsed in zip(candidates, _run(_parse_one, candidates, jobs)):
        if isinstance(parsed, DataFileError):
            raise parsed  # factsheet's own rules are broken, not this seed: stop, naming the data file
        if isinstance(parsed, FactsheetError):
            report.problems.append(_problem(path, parsed))
        else:
            articles.append(parsed)

    dups = dedupe.find_duplicates(articles, incumbents=by_seed.keys())
    dropped = dups.dropped()
    for d in dups.same_text:
        report.duplicates.append(SeedProblem(str(seeds_dir / d.seed), d.message()))
    # Ids first (an existing record keeps its own), so a near-duplicate can name its original's.
    planned: list[tuple[Article, Path]] = []
    for article in articles:
        if article.seed in dropped:
            continue
        stamp = by_seed.get(article.seed)
        if stamp is not None:
            article, target = replace(article, id=stamp.article_id), stamp.path
        else:
            article_id = _unique_id(article, taken)
            taken[article_id] = article.seed
            article, target = replace(article, id=article_id), facts_dir / f"{article_id}.yaml"
        planned.append((article, target))
    ids = {a.seed: a.id for a, _ in planned}
    original_of = dups.original_of()
    for d in dups.near:
        report.duplicates.append(SeedProblem(str(seeds_dir / d.seed), d.message(ids.get(d.original))))

    todo: list[tuple[Article, Path]] = []
    for article, target in planned:
        duplicate_of = ids.get(original_of.get(article.seed, ""))
        article = replace(article, duplicate_of=duplicate_of)
        stamp = by_seed.get(article.seed)
        if (
            stamp
            and not force
            and stamp.sha256 == article.sha256
            and stamp.extractor == version
            and stamp.duplicate_of == (duplicate_of or "")
        ):
            report.skipped += 1
            continue
        todo.append((article, target))

    # Merge every record before writing any: a facts file a person broke stops the run with nothing written.
    pending: list[tuple[Path, str | None]] = []
    for (article, target), result in zip(todo, _run(_extract_one, [a for a, _ in todo], jobs)):
        if isinstance(result, DataFileError):
            raise result
        if isinstance(result, FactsheetError):
            report.problems.append(SeedProblem(str(seeds_dir / article.seed), result.message))
            continue
        try:
            pending.append((target, records.prepare_record(target, result)))
        except FactsheetError as e:
            report.errors.append(_problem(Path(e.path or target), e))
    if not report.errors:
        for target, text in pending:
            try:
                if text is not None:
                    fsutil.atomic_write_text(target, text)
            except FactsheetError as e:
                report.errors.append(_problem(Path(e.path or target), e))
                break
            report.written.append(str(target))

    present = {p.name for p in seed_paths}
    for stamp in stamps:
        if stamp.seed not in present:
            report.orphans.append(
                SeedProblem(str(stamp.path), f"its seed {stamp.seed} is not in {seeds_dir}/; the record is kept (delete the file if the article should go)")
            )
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
    for stale in docs.parent.glob(f"{RENDER_PREFIX}*"):
        # Left by a render that was killed; a live one is younger than STALE_RENDER_SECONDS.
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_RENDER_SECONDS:
                shutil.rmtree(stale)
    with tempfile.TemporaryDirectory(dir=docs.parent, prefix=RENDER_PREFIX) as tmp:
        render_site(recs, articles, project / "templates", Path(tmp))
        publish.sync_tree(Path(tmp), docs)
    return docs
