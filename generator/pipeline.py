"""The stages in order: seeds -> records -> pages -> site.

Each function here gathers its inputs, calls one stage, and hands the result
to the next; the stages themselves know nothing of folders or of each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Mapping

import jinja2

from . import cachefile, check, dedupe, forking, fsutil, ingest, publish, records
from .errors import DataFileError, FactsheetError
from .extract import extract, extractor_version
from .limits import limits
from .models import Article, Record

RENDER_PREFIX = ".render-"


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
    """Facts files whose seed is no longer in the seeds folder, or that repeat another file's article (kept as they are)."""
    relinked: list[SeedProblem] = field(default_factory=list)
    """Facts files whose ``article.seed`` named another file than the seed with their sha256 (renamed, or a typo),
    re-linked to that seed."""
    refreshed: list[str] = field(default_factory=list)
    """Unchanged seeds merged again because a person changed a fact of their record (to write its ``extracted``)."""
    parsed: dict[str, Article] = field(default_factory=dict, repr=False)
    """The seeds this run read, by file name, as ``ingest.read_seed`` gave them: a build renders from these
    instead of reading them again."""


@dataclass(frozen=True)
class Stamp:
    """What a facts file says about the seed it came from (its ``article`` header)."""

    path: Path
    article_id: str
    seed: str
    sha256: str
    extractor: str
    duplicate_of: str = ""


STAMPS_NAME = "stamps.json"
"""Cache index of the facts files' headers, by the sha256 of each file's bytes."""


def read_stamp(path: Path, raw: bytes) -> Stamp | None | bool:
    """Return the article header of a facts file (its bytes ``raw``): None when it names no seed, False when it is not
    UTF-8 or not YAML.

    The whole file is read (check's reader): however many comments a person put above the header, it is found.
    """
    try:
        data = check.parse(raw.decode("utf-8"), path).data
    except UnicodeDecodeError:
        return False  # not UTF-8 (the merge says so, naming the line)
    if data is None:
        return False
    article = data.get("article") if isinstance(data, dict) else None
    if not isinstance(article, dict) or not isinstance(article.get("seed"), str):
        return None

    def text(key: str, default: str = "") -> str:
        value = article.get(key)
        return default if value is None or isinstance(value, (dict, list)) else str(value)

    return Stamp(path, text("id", path.stem), article["seed"], text("sha256"), text("extractor"), text("duplicate_of"))


def _parse_one(path: Path, follow_links: Path | None = None) -> Article | FactsheetError:
    try:
        return ingest.read_seed(path, follow_links)
    except FactsheetError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one seed must not stop the build
        return FactsheetError(f"reading failed (a bug in factsheet, please report it): {type(e).__name__}: {e}")


class _OverBudget(BaseException):
    """Raised in the middle of extraction when an article's time is up (a BaseException: no ``except Exception`` stops it)."""


@contextlib.contextmanager
def _time_budget(seconds: float):
    """Raise :class:`_OverBudget` inside the ``with`` block once ``seconds`` have passed.

    A timer signal, so it needs the main thread of a process (workers run their tasks there);
    elsewhere the block runs without a budget. Extraction reads sentences of bounded length
    (``text.sentences``), so no single step outlasts the signal by much.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def over(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_one(article: Article) -> Record | FactsheetError:
    seconds = limits().article_seconds
    try:
        with _time_budget(seconds):
            return extract(article)
    except _OverBudget:
        return FactsheetError(
            f"extraction took more than {seconds:g} s, the time allowed for one article (article_seconds in "
            "generator/data/limits.yaml); skipped, its facts file is left as it was"
        )
    except FactsheetError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one article must not stop the build
        # A bug, not the user's mistake: name it so it can be reported, and go on.
        return FactsheetError(f"extraction failed (a bug in factsheet, please report it): {type(e).__name__}: {e}")


def _parse_and_sign(path: Path, follow_links: Path | None = None) -> tuple[Article, dedupe.Signature] | FactsheetError:
    """Read a seed and compute its duplicate-detection signature (in a worker when there are many)."""
    parsed = _parse_one(path, follow_links)
    if isinstance(parsed, FactsheetError):
        return parsed
    try:
        return parsed, dedupe.signature(parsed)
    except FactsheetError as e:
        return e


def _extract_and_prepare(job: tuple[Article, Path]) -> tuple[str, object]:
    """Extract one article and merge it with its facts file, without writing; run in a worker.

    Returns ("text", new file text or None when unchanged), ("problem", error) for a
    seed that could not be extracted, or ("error", error) for a facts file that
    cannot be merged into.
    """
    article, target = job
    result = _extract_one(article)
    if isinstance(result, FactsheetError):
        return ("problem", result)
    try:
        text = records.prepare_record(target, result)
        if text is not None:
            fsutil.check_replaceable(target)  # before anything is written: a read-only file stops the run
        return ("text", text)
    except DataFileError as e:
        return ("problem", e)
    except FactsheetError as e:
        return ("error", e)


SIGNATURES_VERSION = 2
SIGNATURES_NAME = "signatures.json"


def _signature_key(version: str) -> str:
    """Return what cached signatures depend on: the extractor version, a digest of the whole package."""
    return f"{SIGNATURES_VERSION}:{version}"


def _load_signatures(path: Path | None, key: str) -> tuple[dict[str, dedupe.Signature], dedupe.Previous | None]:
    """Return cached signatures by seed digest and the last duplicate search; ({}, None) without a usable cache.

    The cache is JSON (:mod:`generator.cachefile`): a missing, old, damaged or planted one is only slower.
    """
    doc = cachefile.read(path, key)
    try:
        if not isinstance(doc, dict) or not isinstance(doc.get("signatures"), dict):
            return {}, None
        sigs = {digest: dedupe.signature_from_json(s) for digest, s in doc["signatures"].items()}
        previous = dedupe.previous_from_json(doc["dedupe"]) if doc.get("dedupe") is not None else None
    except (ValueError, TypeError):
        return {}, None
    return sigs, previous


def _save_signatures(path: Path | None, key: str, sigs: dict[str, dedupe.Signature], previous: dedupe.Previous) -> None:
    cachefile.write(path, key, {"signatures": {d: dedupe.signature_to_json(s) for d, s in sigs.items()},
                                "dedupe": dedupe.previous_to_json(previous)})


def default_jobs() -> int:
    """Return the worker processes used when none are asked for: one per core."""
    return forking.cores()


def resolve_jobs(requested: int | None) -> tuple[int, str | None]:
    """Return the worker processes for ``--jobs requested`` and, when it was capped at the cores, what to tell the user."""
    jobs = forking.capped(requested)
    if requested is not None and requested > jobs:
        return jobs, f"--jobs {requested} is more than the {jobs} core(s) here; using {jobs}"
    return jobs, None


def _unique_id(article: Article, taken: dict[str, str]) -> str:
    """Return the article's id, suffixed with its hash (and a number) if another record has it.

    ``taken``: article id -> the seed name of the record that has it (any record whose header can
    be read, matched to a seed or not): a new record never takes the file of one that exists. A
    file whose header cannot be read is no record to keep apart from; the merge into it refuses it.
    """
    for n in range(1, 100):
        candidate = article.id if n == 1 else f"{article.id}-{article.sha256[:8]}" + ("" if n == 2 else f"-{n}")
        if taken.get(candidate, article.seed) == article.seed:
            return candidate
    raise FactsheetError(f"no free id for the article of {article.seed}")


def _problem(path: Path, e: FactsheetError) -> SeedProblem:
    return SeedProblem(f"{path}:{e.line}" if e.line else str(path), e.message)


@dataclass
class _Matching:
    """Which record belongs to which seed, decided by content first (:func:`_match`)."""

    owner: dict[str, Stamp] = field(default_factory=dict)
    """Seed file name -> its record."""
    primary: list[Path] = field(default_factory=list)
    """One seed file per distinct content, in name order: the ones that may be extracted."""
    same_text: list[tuple[Path, str]] = field(default_factory=list)
    """Seed files with the bytes of another (its name): no record of their own."""
    unmatched: list[Stamp] = field(default_factory=list)
    """Records with no seed here. (A copy of a record, with the same sha256, is neither: it is left as it
    is, and check and the build name it.)"""


def _match(stamps: list[Stamp], seeds: list[tuple[Path, str]]) -> _Matching:
    """Decide the record of each seed: by content hash first, then, for a seed whose content changed, by name.

    A record whose ``sha256`` is a seed's belongs to that seed whatever its ``article.seed`` says: a
    renamed seed keeps its record, and a typo in ``article.seed`` can never make a seed's
    extraction overwrite another article's file. Only a seed no record has the hash of (it was
    edited) is matched by ``article.seed``, to a record not matched already.
    """
    m = _Matching()
    by_digest: dict[str, list[Path]] = {}
    for path, digest in seeds:
        by_digest.setdefault(digest, []).append(path)
    by_sha: dict[str, list[Stamp]] = {}
    for st in stamps:
        by_sha.setdefault(st.sha256, []).append(st)
    claimed: set[Path] = set()
    for digest, paths in by_digest.items():
        names = {p.name for p in paths}
        recs = by_sha.get(digest, [])
        first = paths[0]
        if recs:
            rec = next((r for r in recs if r.seed in names), recs[0])
            first = next((p for p in paths if p.name == rec.seed), paths[0])
            m.owner[first.name] = rec
            claimed.update(r.path for r in recs)
        m.primary.append(first)
        m.same_text += [(p, first.name) for p in paths if p is not first]
    m.primary.sort(key=lambda p: p.name)
    by_name: dict[str, list[Stamp]] = {}
    for st in stamps:
        if st.path not in claimed:
            by_name.setdefault(st.seed, []).append(st)
    for path in m.primary:
        if path.name not in m.owner and by_name.get(path.name):
            rec = by_name[path.name].pop(0)
            m.owner[path.name] = rec
            claimed.add(rec.path)
    m.unmatched = [st for st in stamps if st.path not in claimed]
    return m


def _stamp_entry(digest: str, stamp: Stamp | None) -> list[str]:
    return [digest] if stamp is None else [digest, stamp.article_id, stamp.seed, stamp.sha256, stamp.extractor, stamp.duplicate_of]


def _facts_stamps(facts_dir: Path, follow_links: Path | None, report: ExtractReport,
                  cache_dir: Path | None) -> tuple[list[Stamp], dict[str, list[str]]]:
    """Return the headers of the facts files, and the index entry of each; a symbolic link that may not be followed is an
    error (nothing is written).

    With ``cache_dir``, a file whose bytes are as the last run found them is not parsed again (:data:`STAMPS_NAME`), and one
    that no longer reads as a record keeps the header it had.
    """
    index = cachefile.read(cache_dir / STAMPS_NAME, _stamps_key()) if cache_dir is not None else None
    index = index if isinstance(index, dict) else {}
    seen: dict[str, list[str]] = {}
    stamps = []
    for path in records.facts_files(facts_dir):
        try:
            raw = fsutil.read_file(path, follow_links)
        except FactsheetError as e:
            if path.is_symlink():
                report.errors.append(_problem(path, e))
            continue  # anything else unreadable has no header: the merge into it says why
        target = path.resolve() if path.is_symlink() else path  # inside the project: written there, the link stays a link
        digest = hashlib.sha256(raw).hexdigest()
        kept = index.get(str(target))
        kept = kept if isinstance(kept, list) and len(kept) in (1, 6) and all(isinstance(v, str) for v in kept) else [""]
        stamp: Stamp | None = Stamp(target, *kept[1:]) if len(kept) == 6 else None
        if kept[0] != digest:
            # A file a person broke since (not YAML any more) is still its seed's record: the merge into it, or the
            # render, then names its line, and no second record of the article is made.
            now = read_stamp(target, raw)
            if now is False and stamp is None:
                # Broken, and no earlier run saw whose record it is: its seed cannot be told, so any record written
                # now could be a second one of the same article. Stop, naming the file and line, write nothing.
                report.errors.append(_unreadable_record(target, raw))
            stamp = stamp if now is False else now or None
        seen[str(target)] = _stamp_entry(digest, stamp)
        if stamp is not None:
            stamps.append(stamp)
    return stamps, seen


def _unreadable_record(path: Path, raw: bytes) -> SeedProblem:
    """The problem of a facts file that reads as no record, naming its line (see ``check.parse``)."""
    try:
        problems = check.parse(raw.decode("utf-8"), path).problems
    except UnicodeDecodeError:
        problems = []
    first = problems[0] if problems else None
    where = f"{path}:{first.line}" if first is not None and first.line else str(path)
    why = first.message if first is not None else "not UTF-8 text"
    return SeedProblem(where, f"{why}; whose record it is cannot be told, so nothing was written (fix it, see `factsheet check`)")


def _stamps_key() -> str:
    return f"stamps-1:{cachefile.code_digest()[:16]}"


def _save_stamps(cache_dir: Path | None, seen: dict[str, list[str]], written: list[str]) -> None:
    """Keep the index of the facts files' headers (:func:`_facts_stamps`), with those of the files this run wrote."""
    if cache_dir is None:
        return
    for name in written:
        path = Path(name).resolve() if Path(name).is_symlink() else Path(name)
        try:
            raw = path.read_bytes()
        except OSError:
            seen.pop(str(path), None)
            continue
        stamp = read_stamp(path, raw)
        seen[str(path)] = _stamp_entry(hashlib.sha256(raw).hexdigest(), stamp or None)
    cachefile.write(cache_dir / STAMPS_NAME, _stamps_key(), seen)


def extract_all(
    seeds_dir: Path, facts_dir: Path, *, force: bool = False, jobs: int | None = None, cache_dir: Path | None = None,
    follow_links: Path | None = None,
) -> ExtractReport:
    """Extract every new or changed seed into ``facts_dir``, merging with hand edits.

    Every seed is read (a bad one is reported and skipped) so that duplicates
    are found across the whole project; only new or changed ones are extracted.
    With ``cache_dir``, the duplicate-detection signatures of unchanged seeds
    are kept there (by content hash), so those seeds are not parsed again.
    A record belongs to the seed with its sha256 (see :func:`_match`).
    ``follow_links``: the project folder; seeds and facts files that are
    symbolic links are read only when it is given and they lead inside it.
    """
    report = ExtractReport()
    jobs = forking.capped(jobs)
    seed_paths = ingest.seed_files(seeds_dir)
    try:
        facts_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        why = "a file has that name" if facts_dir.exists() else e.strerror
        raise FactsheetError(f"cannot create the facts folder: {why}", facts_dir) from None
    # A build killed mid-write leaves a temp file beside its target; the caller holds the project lock.
    fsutil.remove_temp_files(facts_dir)
    stamps, stamp_index = _facts_stamps(facts_dir, follow_links, report, cache_dir)
    if report.errors:
        return report  # a facts file that is a link: never read, written through or replaced
    version = extractor_version()

    seeds: list[tuple[Path, str]] = []
    for path in seed_paths:
        try:
            seeds.append((path, hashlib.sha256(ingest.read_seed_bytes(path, follow_links)).hexdigest()))
        except FactsheetError as e:
            report.problems.append(_problem(path, e))
    matching = _match(stamps, seeds)
    for path, original in matching.same_text:
        report.duplicates.append(SeedProblem(str(path), f"same text as {original}; no record of its own"))
    digest_of = dict(seeds)
    for name, stamp in matching.owner.items():
        if stamp.seed != name:
            report.relinked.append(SeedProblem(
                str(stamp.path), f"article.seed said '{stamp.seed}', but the article is {seeds_dir / name} (the same sha256): re-linked to it"
            ))
    # Ids: a new record never takes the id, or the file, of one that exists.
    taken = {st.article_id: name for name, st in matching.owner.items()}
    for st in stamps:
        taken.setdefault(st.article_id, f"\0{st.path}")

    # A record a person changed since extraction last merged into it is merged again even though its seed is
    # unchanged: the merge writes the extractor's value of what they changed (``extracted``) for the site to show.
    seen = _load_merged(cache_dir, version)
    refresh = {name for name, stamp in matching.owner.items()
               if stamp.sha256 == digest_of.get(seeds_dir / name) and stamp.extractor == version and stamp.seed == name
               and _needs_extracted(stamp.path, seen)} if not force else set()
    report.refreshed = sorted(refresh)

    pool = forking.Pool(jobs)
    try:
        _extract_candidates(report, matching.primary, digest_of, seeds_dir, facts_dir, matching.owner, taken, version, force, pool,
                            cache_dir, follow_links, refresh)
    finally:
        pool.close()
    if not report.errors:
        _save_merged(cache_dir, version, seen, [matching.owner[n].path for n in refresh] + [Path(w) for w in report.written])
    _save_stamps(cache_dir, stamp_index, report.written)

    present = {p.name for p in seed_paths}
    for stamp in matching.unmatched:
        if stamp.seed in matching.owner:
            other = matching.owner[stamp.seed].path
            why = f"its seed {stamp.seed} belongs to {other}; the record is kept (compare the two before deleting either)"
        elif stamp.seed in present:
            why = f"its seed {stamp.seed} could not be read; the record is kept"
        else:
            why = f"its seed {stamp.seed} is not in {seeds_dir}/; the record is kept (delete the file if the article should go)"
        report.orphans.append(SeedProblem(str(stamp.path), why))
    return report


def _extract_candidates(
    report: ExtractReport,
    candidates: list[Path],
    digest_of: dict[Path, str],
    seeds_dir: Path,
    facts_dir: Path,
    by_seed: dict[str, Stamp],
    taken: dict[str, str],
    version: str,
    force: bool,
    pool: forking.Pool,
    cache_dir: Path | None,
    follow_links: Path | None = None,
    refresh: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Find duplicates among ``candidates`` (distinct seed files), then extract the new and changed ones.

    ``by_seed``: the record of each seed that has one (:func:`_match`). ``refresh``: seeds extracted and merged
    again although unchanged (their record has a hand change whose extracted value it does not hold yet).
    """
    cache_path = cache_dir / SIGNATURES_NAME if cache_dir is not None else None
    key = _signature_key(version) if cache_path is not None else ""
    cached, previous = _load_signatures(cache_path, key)

    def unchanged(path: Path) -> bool:
        stamp = by_seed.get(path.name)
        return bool(stamp and not force and stamp.sha256 == digest_of[path] and stamp.extractor == version and stamp.seed == path.name
                    and path.name not in refresh)

    # A seed is parsed when it may need extracting, or when its signature is not cached.
    parsed: dict[str, Article] = {}
    sigs: dict[str, dedupe.Signature] = {}
    usable: list[Path] = []
    to_parse = [p for p in candidates if not unchanged(p) or digest_of[p] not in cached]
    results = dict(zip(to_parse, pool.map(partial(_parse_and_sign, follow_links=follow_links), to_parse)))
    for path in candidates:
        got = results.get(path)
        if got is None:
            sig = cached[digest_of[path]]
            sigs[path.name] = sig if sig.seed == path.name else replace(sig, seed=path.name)
        elif isinstance(got, DataFileError):
            raise got  # factsheet's own rules are broken, not this seed: stop, naming the data file
        elif isinstance(got, FactsheetError):
            report.problems.append(_problem(path, got))
            continue
        else:
            parsed[path.name], sigs[path.name] = got
        usable.append(path)
    report.parsed = parsed
    ordered = [sigs[p.name] for p in usable]
    if cache_path is None:
        dups = dedupe.find_duplicates_in(ordered, incumbents=by_seed.keys())
    else:
        # Reuses the last search when only seeds unlike any other were added.
        dups, previous = dedupe.find_duplicates_cached(ordered, by_seed.keys(), previous)
        _save_signatures(cache_path, key, {digest_of[p]: sigs[p.name] for p in usable}, previous)
    dropped = dups.dropped()
    for d in dups.same_text:
        report.duplicates.append(SeedProblem(str(seeds_dir / d.seed), d.message()))
    # Ids first (an existing record keeps its own), so a near-duplicate can name its original's.
    planned: list[tuple[Path, str, Path]] = []
    for path in usable:
        if path.name in dropped:
            continue
        stamp = by_seed.get(path.name)
        if stamp is not None:
            article_id, target = stamp.article_id, stamp.path
        else:
            article = parsed[path.name]  # no record yet, so it was parsed
            article_id = _unique_id(article, taken)
            taken[article_id] = article.seed
            target = facts_dir / f"{article_id}.yaml"
        planned.append((path, article_id, target))
    ids = {path.name: article_id for path, article_id, _ in planned}
    original_of = dups.original_of()
    for d in dups.near:
        report.duplicates.append(SeedProblem(str(seeds_dir / d.seed), d.message(ids.get(d.original))))

    todo: list[tuple[Article, Path]] = []
    for path, article_id, target in planned:
        duplicate_of = ids.get(original_of.get(path.name, ""))
        stamp = by_seed.get(path.name)
        if unchanged(path) and stamp is not None and stamp.duplicate_of == (duplicate_of or ""):
            report.skipped += 1
            continue
        article = parsed.get(path.name)
        if article is None:  # unchanged, but its duplicate_of link changed
            got = _parse_one(path, follow_links)
            if isinstance(got, DataFileError):
                raise got
            if isinstance(got, FactsheetError):
                report.problems.append(_problem(path, got))
                continue
            article = got
        todo.append((replace(article, id=article_id, duplicate_of=duplicate_of), target))

    # Merge every record before writing any: a facts file a person broke stops the run with nothing written.
    pending: list[tuple[Path, str | None]] = []
    for (article, target), (kind, payload) in zip(todo, pool.map(_extract_and_prepare, todo)):
        if isinstance(payload, DataFileError):
            raise payload
        if kind == "problem":
            report.problems.append(SeedProblem(str(seeds_dir / article.seed), payload.message))  # type: ignore[union-attr]
        elif kind == "error":
            e = payload
            report.errors.append(_problem(Path(e.path or target), e))  # type: ignore[union-attr]
        elif payload is None and article.seed in refresh:
            report.skipped += 1  # merged again for its hand change, and nothing to add: unchanged after all
        else:
            pending.append((target, payload))  # type: ignore[arg-type]
    if not report.errors:
        _write_all(report, pending)


MERGED_NAME = "merged.json"
"""Cache of the facts files' digests as extraction last left them (or found them holding every extracted value)."""


def _load_merged(cache_dir: Path | None, version: str) -> dict[str, str]:
    doc = cachefile.read(cache_dir / MERGED_NAME, f"merged-1:{version}") if cache_dir is not None else None
    return {k: v for k, v in doc.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(doc, dict) else {}


def _save_merged(cache_dir: Path | None, version: str, seen: dict[str, str], paths: list[Path]) -> None:
    if cache_dir is None:
        return
    for p in paths:
        try:
            seen[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError:
            seen.pop(str(p), None)
    cachefile.write(cache_dir / MERGED_NAME, f"merged-1:{version}", seen)


def _needs_extracted(path: Path, seen: dict[str, str]) -> bool:
    """Whether the facts file at ``path`` has a fact a person changed since extraction last merged into it.

    Such a fact's ``extracted`` (what the extractor reads for what they changed) may be missing or out of date.
    A file that ``factsheet check`` rejects is left alone (the render reports it), as extraction leaves it.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    digest = hashlib.sha256(raw).hexdigest()
    if seen.get(str(path)) == digest:
        return False
    try:
        problems, parsed = check.check_parsed(raw.decode("utf-8"), path)
    except UnicodeDecodeError:
        return False
    if any(p.is_error for p in problems):
        return False
    if any(f.changed and f.review != "rejected" for f in records.from_data(parsed.data).facts):
        return True
    seen[str(path)] = digest  # nothing to add: remembered, so it is not read again until it changes
    return False


WRITE_THREADS = 8
"""Files written at once: each write waits for fsync, which threads overlap (the GIL is released)."""


def _write_all(report: ExtractReport, pending: list[tuple[Path, str | None]]) -> None:
    """Write the merged records in order, a batch at a time; stop after the batch where a write fails."""

    def write(item: tuple[Path, str | None]) -> FactsheetError | None:
        target, text = item
        try:
            if text is not None:
                fsutil.atomic_write_text(target, text)
        except FactsheetError as e:
            return e
        return None

    with ThreadPoolExecutor(max_workers=WRITE_THREADS) as threads:
        for i in range(0, len(pending), WRITE_THREADS * 4):
            batch = pending[i : i + WRITE_THREADS * 4]
            failed = False
            for (target, _), error in zip(batch, threads.map(write, batch)):
                if error is None:
                    report.written.append(str(target))
                else:
                    report.errors.append(_problem(Path(error.path or target), error))
                    failed = True
            if failed:
                return


def load_articles(seeds_dir: Path, recs: list[Record], jobs: int = 1, known: Mapping[str, Article] | None = None,
                  follow_links: Path | None = None) -> dict[str, Article]:
    """Return the article text behind each record, keyed by article id, where the seed exists.

    ``known``: seeds already read in this run, by file name (``ExtractReport.parsed``); the
    others are read here, on ``jobs`` cores when there are many (a seed that is a symbolic link
    only with ``follow_links``, the project folder, and only if it leads inside it).
    """
    known = known or {}
    out: dict[str, Article] = {}
    wanted: list[tuple[str, Path]] = []
    for rec in recs:
        name = rec.article.seed  # check allows no folders in it
        if name in known:
            out[rec.article.id] = known[name]
            continue
        path = seeds_dir / name
        if not path.is_file():
            continue
        wanted.append((rec.article.id, path))
    paths = [path for _, path in wanted]
    with forking.Pool(jobs) as pool:
        parsed = pool.map(partial(_parse_one, follow_links=follow_links), paths)
    for (article_id, _), article in zip(wanted, parsed):
        if not isinstance(article, FactsheetError):
            out[article_id] = article
    return out


def _move_into_place(rendered: Path, docs: Path) -> bool:
    """Make ``rendered`` the docs folder by renaming it, when the docs folder is missing or empty.

    With nothing in the docs folder there is nothing to compare: one rename (same parent, so
    the same file system) replaces copying every file, and it is atomic, so a build killed
    around it leaves either the empty folder or the whole render, never half of one. Returns
    False (the caller copies instead) when the docs folder holds anything, is a symbolic link
    or is not a folder, or when the rename is refused (something appeared in it meanwhile).
    """
    try:
        if docs.is_symlink() or (docs.exists() and (not docs.is_dir() or any(docs.iterdir()))):
            return False
        mode = docs.stat().st_mode & 0o7777 if docs.exists() else None
        if mode is None:  # what mkdir would give it, rather than the temporary folder's private 0o700
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o777 & ~umask
        os.chmod(rendered, mode)
        os.rename(rendered, docs)  # replaces an empty folder; refused (OSError) if it is not empty
    except OSError:
        return False
    return True


def _template_error(e: jinja2.TemplateError, templates: Path) -> FactsheetError:
    """Return a template's error as one line naming the template (and its line, when Jinja knows it)."""
    if isinstance(e, jinja2.TemplateNotFound):
        return FactsheetError(f"template not found: {e.name}", templates)
    name = getattr(e, "name", None) or getattr(e, "filename", None)
    line = getattr(e, "lineno", None)
    return FactsheetError(f"template error: {getattr(e, 'message', None) or e}", templates / name if name else templates, line)


def render_project(
    project: Path, seeds: Path, facts: Path, cache_dir: Path | None = None, *, jobs: int | None = None,
    parsed: Mapping[str, Article] | None = None, follow_links: Path | None = None, outcome: dict | None = None,
) -> Path:
    """Render every record into mkdocs.yml's docs_dir; return that folder. The caller holds the project lock.

    With ``cache_dir``, records whose bytes an earlier build checked are not checked again
    (:mod:`generator.recordcache`); the others are checked on every core. Nothing is
    rendered when no input changed since the last render (:mod:`generator.renderstamp`).
    Pages render on ``jobs`` processes (default: all cores). ``parsed``: seeds this run
    has read already, by file name (``ExtractReport.parsed``), which are not read again.

    The What changed page compares the records with the last build's snapshot (:mod:`generator.changes`),
    the Corrections page dates hand changes from git (:mod:`generator.corrections`). ``outcome``, when
    given, receives ``changes`` (what changed since the last build) and ``snapshot`` (to save once the
    site is published).
    """
    from . import changes, corrections, renderstamp
    from .recordcache import load_records
    from .render import render_site

    docs = publish.docs_dir(project)
    outcome = outcome if outcome is not None else {}
    if cache_dir is not None:
        inputs = renderstamp.inputs_digest(project, seeds, facts, docs)
        if renderstamp.up_to_date(cache_dir, inputs, docs):
            kept = _read_outcome(cache_dir, inputs)
            if kept is not None:
                if changes.load(project) == kept["snapshot"]:  # published since: nothing new to report
                    kept["changes"] = changes.ChangeSet(kept["changes"].date, totals=kept["changes"].totals)
                outcome.update(kept)
                return docs  # nothing a render reads has changed, and the pages are as it left them
        renderstamp.forget(cache_dir)
    jobs = forking.capped(jobs)
    paths = records.facts_files(facts)
    recs = load_records(facts, cache_dir, jobs, follow_links)
    if len(paths) == len(recs):  # the same files, in the same order (the project lock keeps them still)
        records.refuse_second_records(paths, recs)
    articles = load_articles(seeds, recs, jobs, known=parsed, follow_links=follow_links)
    # Render beside the docs folder, then move it into place (nothing there yet) or copy over only what changed.
    docs.parent.mkdir(parents=True, exist_ok=True)
    for stale in docs.parent.glob(f"{RENDER_PREFIX}*"):
        # Left by a render that was killed: every render holds the project lock (build and serve alike), so none is live.
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
    templates = project / "templates"
    if not templates.is_dir():
        raise FactsheetError("templates folder not found (the pages are rendered from its Jinja templates)", fsutil.shown(templates))
    previous = changes.load(project)
    hand_dates = corrections.dates(project, paths, recs) if len(paths) == len(recs) else {}
    try:
        with tempfile.TemporaryDirectory(dir=docs.parent, prefix=RENDER_PREFIX) as tmp:
            result = render_site(recs, articles, templates, Path(tmp), jobs=jobs, previous=previous,
                                 hand_dates=hand_dates, site_url=publish.site_url(project))
            outcome.update(changes=result.changes, snapshot=result.snapshot)
            if not _move_into_place(Path(tmp), docs):
                publish.sync_tree(Path(tmp), docs)
    except jinja2.TemplateError as e:
        raise _template_error(e, fsutil.shown(templates)) from None
    except OSError as e:  # a full disk, a folder made read-only: the last render stays, this one is dropped
        raise FactsheetError(f"cannot write the pages: {e.strerror or e}", fsutil.shown(Path(e.filename or docs))) from None
    if cache_dir is not None:
        renderstamp.record(cache_dir, inputs, docs)
        _write_outcome(cache_dir, inputs, outcome)
    return docs


OUTCOME_NAME = "render-outcome.json"
"""What the last render found changed, and its snapshot: a render skipped for unchanged inputs reports the same."""


def _write_outcome(cache_dir: Path, inputs: str, outcome: dict) -> None:
    cs = outcome.get("changes")
    if cs is None:
        return
    cachefile.write(cache_dir / OUTCOME_NAME, inputs, {"changes": cs.to_json(), "snapshot": outcome.get("snapshot")})


def _read_outcome(cache_dir: Path, inputs: str) -> dict | None:
    from .changes import ChangeSet

    doc = cachefile.read(cache_dir / OUTCOME_NAME, inputs)
    if not isinstance(doc, dict) or not isinstance(doc.get("snapshot"), dict):
        return None
    cs = ChangeSet.from_json(doc.get("changes"))
    return {"changes": cs, "snapshot": doc["snapshot"]} if cs is not None else None
