"""The benchmark's verdicts (generator/devtools/bench.py) judge the measurements against issue 6's targets."""

from __future__ import annotations

from generator.devtools import bench
from generator.devtools.bench import BenchResult, SiteStats, Step


def _result(articles: int, from_seeds: float, bare: float) -> BenchResult:
    r = BenchResult(articles=articles, jobs=2, seed=0, machine={"nproc": "2", "memory": "", "cpu": "", "python": "3.11"},
                    site=SiteStats(site_bytes=10, index_bytes=10, largest_rows=10))
    for name, seconds in (("factsheet build (from seeds)", from_seeds), ("mkdocs build (bare)", bare)):
        r.steps.append(Step(name, [], seconds, articles, max_rss=1, tree_rss=1, status=0))
    return r


def _verdict(r: BenchResult, name: str) -> tuple[str, bool | None]:
    found = {v[0]: (v[2], v[3]) for v in bench.verdicts(r)}
    return found[name]


def test_the_full_build_is_judged_in_seconds_and_as_a_share_of_bare_mkdocs() -> None:
    slow_machine = _result(1000, from_seeds=30.0, bare=40.0)
    assert _verdict(slow_machine, "full site build (from seeds)")[1] is False
    measured, ok = _verdict(slow_machine, "full site build (from seeds) / bare mkdocs build")
    assert ok is True and measured.startswith("0.75x")
    too_slow = _result(1000, from_seeds=39.0, bare=40.0)
    assert _verdict(too_slow, "full site build (from seeds) / bare mkdocs build")[1] is False


def test_targets_stated_at_1000_are_not_judged_at_10000() -> None:
    r = _result(10_000, from_seeds=300.0, bare=100.0)
    assert _verdict(r, "full site build (from seeds)")[1] is None
    assert _verdict(r, "full site build (from seeds) / bare mkdocs build")[1] is None


def test_the_machine_is_timed_and_shown() -> None:
    info = bench.machine_info()
    assert float(info["loop"]) > 0
    r = _result(1000, 10.0, 20.0)
    r.machine = info
    assert "10 million Python additions" in bench.format_report(r)


def test_tree_memory_counts_a_forked_workers_shared_pages_once_in_pss() -> None:
    import os
    import time

    ballast = bytearray(64 * 2**20)  # touched: resident in this process, shared with the child after fork
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    child = os.fork()
    if child == 0:
        time.sleep(2)
        os._exit(0)
    try:
        me = os.getpid()
        rss, pss = bench.tree_rss(me), bench.tree_pss(me)
        assert rss >= pss + 48 * 2**20  # the ballast counted twice in summed RSS ...
        assert pss >= 64 * 2**20  # ... and once in PSS
    finally:
        os.kill(child, 9)
        os.waitpid(child, 0)


def test_one_search_is_judged_against_one_megabyte() -> None:
    r = _result(10_000, 100, 100)
    r.queries = [bench.Query("Egypt", 10, 300_000, 16, 30_000, 40_000), bench.Query("Home Office", 8000, 1_200_000, 19, 900_000, 30_000)]
    measured, ok = _verdict(r, "largest download for one search")
    assert ok is False and "Home Office" in measured
    r.queries.pop()
    assert _verdict(r, "largest download for one search")[1] is True
    assert "| `Egypt` | 10 | 300.0 KB |" in bench.format_report(r)


def test_the_searches_are_what_people_type() -> None:
    from generator.devtools.corpus import generate_corpus

    qs = bench.search_queries(generate_corpus(50, 0))
    number = next(q for q in qs if "," in q and q.replace(",", "").isdigit())
    assert number.replace(",", "") in qs  # the same count without its comma
    short = next(q for q in qs if q.startswith("£") and q.endswith("m"))
    assert short[:-1] + " million" in qs
