"""The command line: a thin adapter over the stages. Every command works on the current directory."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import __version__
from .errors import FactsheetError
from .forking import WORKER_DIED


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """Return ``text`` with control characters escaped: a file named ``a\\nb.txt`` must not split its line."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def _print_problems(items, stream=None) -> None:
    for item in items:
        print(_one_line(str(item)), file=stream or sys.stderr)


def _lock(project: Path):
    from .fsutil import project_lock

    return project_lock(project)


def _stopped(report) -> int:
    """Report facts files that could not be merged; nothing was written."""
    _print_problems(report.errors)
    done = f"{len(report.written)} written before the stop" if report.written else "no file was written"
    print(
        f"stopped: {len(report.errors)} facts file(s) could not be updated, {done}; "
        "fix them (see `factsheet check`) and run again",
        file=sys.stderr,
    )
    return 1


def _cache_dir() -> Path:
    """Where extraction keeps what it can reuse between runs (beside the lock, never committed)."""
    from .fsutil import LOCK_DIR

    return Path.cwd() / LOCK_DIR / "cache"


def _jobs(args: argparse.Namespace) -> int:
    """Return the worker processes ``--jobs`` asks for, capped at the cores (saying so)."""
    from .pipeline import resolve_jobs

    jobs, note = resolve_jobs(args.jobs)
    if note:
        print(f"factsheet: {note}", file=sys.stderr)
    return jobs


def _links(args: argparse.Namespace) -> Path | None:
    """Return the project folder when ``--follow-links`` is given: links are read only when they lead inside it."""
    return Path.cwd() if getattr(args, "follow_links", False) else None


def _print_report(report) -> None:
    _print_problems(report.problems)
    _print_problems(report.duplicates)
    _print_problems(report.relinked)
    _print_problems(report.orphans)


def cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract_all

    jobs = _jobs(args)
    with _lock(Path.cwd()):
        report = extract_all(Path(args.seeds), Path(args.facts), force=args.force, jobs=jobs, cache_dir=_cache_dir(),
                             follow_links=_links(args))
    _print_report(report)
    if report.errors:
        return _stopped(report)
    print(
        f"extracted {len(report.written)} seed(s), skipped {report.skipped} unchanged, "
        f"{len(report.problems)} problem(s), {len(report.duplicates)} duplicate(s)"
    )
    if report.problems and args.strict:
        return 1
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from . import changes, publish
    from .pipeline import extract_all, render_project

    project = Path.cwd()
    jobs = _jobs(args)
    with _lock(project):
        report = extract_all(Path(args.seeds), Path(args.facts), force=args.force, jobs=jobs, cache_dir=_cache_dir(),
                             follow_links=_links(args))
        _print_report(report)
        if report.errors:
            return _stopped(report)
        outcome: dict = {}
        render_project(project, Path(args.seeds), Path(args.facts), cache_dir=_cache_dir(), jobs=jobs, parsed=report.parsed,
                       follow_links=_links(args), outcome=outcome)
        site = publish.publish(project, strict=True, jobs=jobs, engine=args.engine)
        if outcome.get("snapshot") is not None:
            changes.save(project, outcome["snapshot"])  # what the next build compares with: only once this one is published
    print(
        f"extracted {len(report.written)} seed(s), skipped {report.skipped} unchanged, "
        f"{len(report.problems)} problem(s); site built in {site.relative_to(project) if site.is_relative_to(project) else site}/"
    )
    cs = outcome.get("changes")
    if cs is not None:
        for line in [cs.summary(), *cs.lines()]:
            print(_one_line(line))
        if args.summary:
            with open(args.summary, "a", encoding="utf-8") as fh:
                fh.write(cs.markdown())
    return 1 if (report.problems and args.strict) else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(Path.cwd(), Path(args.seeds), Path(args.facts), args.dev_addr, _links(args))


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_files

    seeds = Path(args.seeds)
    problems = check_files(Path(args.facts), seeds if seeds.is_dir() else None, _links(args))
    errors = [p for p in problems if p.severity == "error"]
    _print_problems(problems, sys.stdout)
    warnings = len(problems) - len(errors)
    print(f"{len(errors)} error(s), {warnings} warning(s)")
    return 1 if errors or (warnings and args.strict) else 0


def _check_gold(gold: Path, seeds: Path) -> None:
    """Refuse, on one line, folders that are not a gold folder and its seeds (evalscore assumes both)."""
    import yaml

    if not gold.is_dir():
        raise FactsheetError("gold folder not found", gold)
    if not seeds.is_dir():
        raise FactsheetError("seeds folder not found", seeds)
    files = sorted(gold.glob("*.yaml"))
    if not files:
        raise FactsheetError("no gold files (*.yaml) in this folder; is it GOLD_DIR?", gold)
    for path in files:
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            doc = None
        seed = doc.get("seed") if isinstance(doc, dict) else None
        if not isinstance(seed, str) or not seed:
            raise FactsheetError("not a gold file: it names no 'seed' (the usage is `factsheet eval GOLD_DIR SEEDS_DIR`)", path)
        if "/" in seed or "\\" in seed or not (seeds / seed).is_file():
            raise FactsheetError(f"its seed {seed} is not in {seeds}", path)


def cmd_eval(args: argparse.Namespace) -> int:
    from .devtools import evalscore
    from .pipeline import extract_all

    if args.write or args.gold is None:
        return _eval_project_sets(args)
    if args.seeds is None:
        raise FactsheetError("give both folders: `factsheet eval GOLD_DIR SEEDS_DIR`, or none for the project's evaluation sets")
    _check_gold(Path(args.gold), Path(args.seeds))
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts"
        start = time.perf_counter()
        report = extract_all(Path(args.seeds), facts, force=True, jobs=1)
        elapsed = time.perf_counter() - start
        _print_problems(report.problems)
        argv = ["score", args.gold, args.seeds, str(facts)] + (["--json"] if args.json else [])
        status = evalscore.main(argv)
    n = len(report.written)
    if not args.json:
        print(f"extraction: {n} article(s) in {elapsed:.3f} s, {n / elapsed if elapsed else 0:.0f} articles/s (one process, writing records included)")
    return status


def _eval_project_sets(args: argparse.Namespace) -> int:
    """Score the project's evaluation sets (dev and blind); with ``--write``, keep the result for the About page."""
    from .devtools import evaluate

    if args.gold is not None:
        raise FactsheetError("--write measures the project's own evaluation sets; give no folders with it")
    sets = evaluate.present_sets()
    if not sets:
        raise FactsheetError(f"no evaluation sets here ({', '.join(evaluate.SETS.values())})")
    if args.write:
        path = evaluate.write()
        doc = json.loads(path.read_text(encoding="utf-8"))
    else:
        doc = evaluate.measure()
    if args.json:
        print(json.dumps(doc, indent=1))
        return 0
    for name, res in doc["sets"].items():
        print(f"{name} ({res['source']}, {res['articles']} articles): macro F1 {res['macro_f1']:.3f}; "
              + ", ".join(f"{k} {v['f1']:.3f}" for k, v in res["kinds"].items()))
    for name in evaluate.SETS:
        if name not in doc["sets"]:
            print(f"{name} ({evaluate.SETS[name]}): no articles at the moment, nothing measured")
    if args.write:
        print(f"wrote {path}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .devtools.bench import main as bench

    return bench(args)


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return n


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="factsheet",
        description="Turn news articles about migration policy into cited, searchable fact sheets. Every command "
                    "works on the current folder (seeds/, facts/, templates/, mkdocs.yml).",
        epilog="Run `factsheet COMMAND --help` for a command's options. Start with `factsheet build`, then "
               "`factsheet serve` to read the site.",
    )
    p.add_argument("--version", action="version", version=f"factsheet {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, summary: str, description: str | None = None) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, description=description or summary[0].upper() + summary[1:] + ".")

    def paths(sp: argparse.ArgumentParser, seeds_default: str | None = "seeds") -> None:
        sp.add_argument("--seeds", default=seeds_default, metavar="DIR", help="seed articles (default: seeds/)")
        sp.add_argument("--facts", default="facts", metavar="DIR", help="fact records (default: facts/)")
        sp.add_argument("--follow-links", action="store_true",
                        help="read seeds and facts files that are symbolic links, when they lead to a file inside the "
                             "project (the current folder); by default a link is refused")

    def extraction(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--force", action="store_true", help="re-extract seeds even when unchanged")
        sp.add_argument("--jobs", type=_positive, default=None, metavar="N",
                        help="worker processes for extraction and, in build, the site (default and most: the number of cores)")
        sp.add_argument("--strict", action="store_true", help="exit 1 when a seed could not be used")

    sp = command("extract", "write facts/<id>.yaml for new or changed seeds",
                 "Extract the facts of every new or changed seed into facts/<article-id>.yaml, merging with hand edits "
                 "(a person's change always wins; the extractor's value of a changed field is kept beside it as "
                 "'extracted').")
    paths(sp)
    extraction(sp)
    sp.set_defaults(func=cmd_extract)

    sp = command("build", "extract, render and publish the site to site/",
                 "Extract new and changed seeds, render the pages, build the site into site/ with its search index "
                 "and feeds, and say what changed since the last build (also on the site's What changed page).")
    paths(sp)
    extraction(sp)
    sp.add_argument("--engine", choices=["mkdocs", "zensical"], default="mkdocs",
                    help="what builds the site from the pages and mkdocs.yml: MkDocs (default) or Zensical")
    sp.add_argument("--summary", metavar="FILE",
                    help="also append what changed, in Markdown, to FILE (in CI: $GITHUB_STEP_SUMMARY)")
    sp.set_defaults(func=cmd_build)

    sp = command("serve", "preview the site, re-rendering when facts/ or templates/ change",
                 "Render the pages and serve the site at http://HOST:PORT/ (printed when it is ready), with search; "
                 "pages re-render when facts/ or templates/ change. Ctrl+C stops it.")
    paths(sp)
    sp.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT",
                    help="address to serve on (default: 127.0.0.1:8000)")
    sp.set_defaults(func=cmd_serve)

    sp = command("check", "validate the facts files",
                 "Validate every facts file against the record contract (FACTS.md); print facts/x.yaml:LINE: message "
                 "for each problem and exit 1 on errors.")
    paths(sp, seeds_default="seeds")
    sp.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    sp.set_defaults(func=cmd_check)

    sp = command("eval", "score extraction against gold files",
                 "Extract the seeds afresh and score the records against the gold files. With no folders, score the "
                 "project's evaluation sets (tests/fixtures/eval, tests/fixtures/tuned and tests/fixtures/blind); "
                 "--write keeps that result in generator/data/accuracy.json for the About page.")
    sp.add_argument("gold", metavar="GOLD_DIR", nargs="?", help="folder of gold files (*.yaml), each naming its seed")
    sp.add_argument("seeds", metavar="SEEDS_DIR", nargs="?", help="folder of the seeds the gold files name")
    sp.add_argument("--json", action="store_true", help="print the scores as JSON")
    sp.add_argument("--write", action="store_true", help="write generator/data/accuracy.json (the project's sets)")
    sp.set_defaults(func=cmd_eval)

    sp = command(
        "bench",
        "time every stage on N generated articles and print a table",
        (
            "Generate N realistic articles with known facts (generator/devtools/corpus.py) in a new project that copies this "
            "folder's mkdocs.yml and templates/, then time each stage as its own process: extract cold, with nothing "
            "changed and with one seed added; render; factsheet build first after extract, with nothing changed and "
            "with one seed added; a bare `mkdocs build` of the same project; a bare Zensical build and factsheet's "
            "with --engine zensical; and a build from seeds alone. Prints "
            "wall and CPU seconds, articles/s, peak memory and the load average per step, the site and search index "
            "sizes, what one search downloads, the largest table page, which targets of issue 6 are met, and the time "
            "to extract one long article (10 KB, 100 KB, 400 KB of one sentence and of a list). See BENCHMARKS.md."
        ),
    )
    sp.add_argument("--articles", type=int, default=1000, metavar="N", help="articles to generate (default: 1000)")
    sp.add_argument("--jobs", type=_positive, default=None, metavar="N",
                    help="worker processes for extraction and, in build, the site (default and most: the number of cores)")
    sp.add_argument("--keep", metavar="DIR", help="build the bench project in DIR (new or empty) and keep it")
    sp.add_argument("--seed", type=int, default=0, metavar="S", help="corpus seed number (default: 0)")
    sp.add_argument("--repeat", type=int, default=1, metavar="R", help="runs of the bare/factsheet build pair; the best counts")
    sp.add_argument("--json", metavar="FILE", help="also write the measurements as JSON")
    sp.add_argument("--long-text", action="store_true",
                    help="time only the extraction of long articles (10 KB, 100 KB and 400 KB of one sentence and of a list)")
    sp.add_argument("--search", action="store_true",
                    help="only build the site from the generated seeds and measure its search index and what one query "
                         "downloads (in chromium, when /usr/bin/chromium and playwright are installed)")
    sp.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if args.command is None:
        p.print_help()  # `factsheet` alone: what it can do
        return 0
    try:
        return args.func(args)
    except FactsheetError as e:
        print(_one_line(f"factsheet: {e}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("factsheet: interrupted", file=sys.stderr)
        return 130
    except BrokenProcessPool:
        # An extraction worker died (killed, or by the out-of-memory killer); what was written is whole (atomic writes).
        print(f"factsheet: {WORKER_DIED}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`factsheet eval … | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as e:
        # The machine's refusal (a full disk, a read-only folder) that no stage put into words: still one line.
        where = f"{e.filename}: " if e.filename else ""
        print(_one_line(f"factsheet: {where}{e.strerror or e}"), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
