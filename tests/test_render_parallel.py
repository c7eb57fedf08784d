"""Pages rendered on several processes are the same bytes as pages rendered in one, and fail the same way."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator import forking, render
from generator.errors import FactsheetError
from generator.render import render_site
from tests.conftest import ROOT
from tests.site_helpers import EVAL_FACTS, EVAL_SEEDS, HOSTILE_FACTS, HOSTILE_SEEDS, load_articles, load_plain_records, typed
from tests.test_mkbuild import tree

pytestmark = pytest.mark.skipif(forking.fork_context() is None, reason="parallel rendering needs fork")


def render_both(tmp_path: Path, recs: list[dict[str, Any]], arts: dict, templates: Path = ROOT / "templates") -> tuple[Path, Path]:
    """Render the same input with jobs=1 and jobs=2; check the results agree; return both docs folders."""
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    one = render_site(recs, arts, templates, serial, jobs=1)
    two = render_site(recs, arts, templates, parallel, jobs=2)
    assert [p.relative_to(serial) for p in one.pages] == [p.relative_to(parallel) for p in two.pages]
    assert [p.relative_to(serial) for p in one.downloads] == [p.relative_to(parallel) for p in two.downloads]
    return serial, parallel


@pytest.fixture
def eval_input() -> tuple[list[dict[str, Any]], dict]:
    """The evaluation and hostile fixtures, typed without being checked."""
    return typed(load_plain_records(EVAL_FACTS, HOSTILE_FACTS)), load_articles(EVAL_SEEDS, HOSTILE_SEEDS)


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Render even a handful of pages on the pool, as a big project would."""
    monkeypatch.setattr(render, "PARALLEL_MIN_PAGES", 1)


@pytest.fixture(scope="module")
def corpus_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], dict]:
    """Records extracted from a generated corpus with more pages than PARALLEL_MIN_PAGES."""
    from generator.devtools.corpus import generate_corpus, write_corpus
    from generator.pipeline import extract_all, load_articles as load_seed_articles
    from generator.recordcache import load_records

    root = tmp_path_factory.mktemp("corpus")
    write_corpus(generate_corpus(150, seed=3), root / "seeds")
    extract_all(root / "seeds", root / "facts", jobs=2)
    recs = load_records(root / "facts", None, 2)
    return recs, load_seed_articles(root / "seeds", recs, 2)


def test_eval_fixtures_render_to_the_same_bytes_on_two_processes(tmp_path: Path, eval_input, always_parallel) -> None:
    serial, parallel = render_both(tmp_path, *eval_input)
    assert tree(serial) == tree(parallel)


def test_a_generated_corpus_renders_to_the_same_bytes_on_two_processes(tmp_path: Path, corpus_input) -> None:
    recs, arts = corpus_input
    serial, parallel = render_both(tmp_path, recs, arts)
    one, two = tree(serial), tree(parallel)
    assert sum(1 for p in one if p.endswith(".md")) >= render.PARALLEL_MIN_PAGES  # the pool really ran
    assert len(one) == len(two) and one == two


def test_page_ranges_cover_every_page_once() -> None:
    for n in (0, 1, 2, 7, 199, 1918):
        for parts in (1, 2, 16, 5000):
            ranges = forking.ranges(n, parts)
            assert [i for a, b in ranges for i in range(a, b)] == list(range(n))
            assert len(ranges) <= parts


def failure(recs: list[dict[str, Any]], arts: dict, docs: Path, templates: Path = ROOT / "templates", jobs: int = 1) -> BaseException:
    with pytest.raises(Exception) as info:
        render_site(recs, arts, templates, docs, jobs=jobs)
    return info.value


def same_error(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b) and str(a) == str(b)
    if isinstance(a, FactsheetError):
        assert (a.message, a.path, a.line) == (b.message, b.path, b.line)


def test_a_page_path_escaping_the_docs_folder_is_reported_the_same_from_a_worker(
        tmp_path: Path, eval_input, always_parallel, monkeypatch: pytest.MonkeyPatch) -> None:
    real_plan = render.plan

    def bad_plan(*a: Any, **k: Any) -> list[tuple[str, str, dict[str, Any]]]:
        pages = real_plan(*a, **k)
        at = len(pages) * 2 // 3  # in the second worker's share, not the first page
        path, tpl, ctx = pages[at]
        pages[at] = ("../../escaped.md", tpl, ctx)
        return pages

    monkeypatch.setattr(render, "plan", bad_plan)
    one = failure(*eval_input, tmp_path / "docs", jobs=1)
    two = failure(*eval_input, tmp_path / "docs", jobs=2)  # the same folder, so that the messages can match
    assert isinstance(one, FactsheetError) and "escapes the docs folder" in one.message
    same_error(one, two)
    assert one.path == str(tmp_path / "docs")
    assert not (tmp_path.parent / "escaped.md").exists()


def test_an_error_in_an_article_page_is_reported_the_same_from_a_worker(
        tmp_path: Path, eval_input, always_parallel, monkeypatch: pytest.MonkeyPatch) -> None:
    recs, arts = eval_input
    real_parts = render._article_parts
    victims = sorted(r.article.id for r in recs)[3:5]  # two pages fail; the first in plan order is reported

    def failing(a: Any) -> Any:
        if a.id in victims:
            raise FactsheetError(f"cannot place the evidence of {a.id}", f"seeds/{a.id}.txt", 7)
        return real_parts(a)

    monkeypatch.setattr(render, "_article_parts", failing)
    one = failure(recs, arts, tmp_path / "docs", jobs=1)
    two = failure(recs, arts, tmp_path / "docs", jobs=2)
    assert isinstance(one, FactsheetError) and one.line == 7
    same_error(one, two)


def test_a_template_error_is_raised_the_same_from_a_worker(tmp_path: Path, eval_input, always_parallel) -> None:
    import shutil

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    page = templates / "people" / "entity.md.j2"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ e.no_such_field }}\n", encoding="utf-8")
    one = failure(*eval_input, tmp_path / "docs", templates)
    two = failure(*eval_input, tmp_path / "docs", templates, jobs=2)
    assert isinstance(one, jinja2.UndefinedError)
    same_error(one, two)


def test_first_render_into_an_empty_docs_folder_moves_it_into_place(project: Path) -> None:
    """No copy when there is nothing to compare; the folder still carries the marker and ordinary permissions."""
    from generator import publish, renderstamp
    from generator.pipeline import RENDER_PREFIX, extract_all, render_project

    extract_all(Path("seeds"), Path("facts"), jobs=1)
    docs = publish.docs_dir(project)
    assert docs.is_dir() and not any(docs.iterdir())
    mode = stat.S_IMODE(docs.stat().st_mode)
    cache = project / ".factsheet" / "cache"
    assert render_project(project, Path("seeds"), Path("facts"), cache_dir=cache, jobs=2) == docs
    assert (docs / render.MARKER).is_file() and (docs / "index.md").is_file()
    assert stat.S_IMODE(docs.stat().st_mode) == mode
    assert not list(docs.parent.glob(f"{RENDER_PREFIX}*"))
    assert renderstamp.up_to_date(cache, renderstamp.inputs_digest(project, Path("seeds"), Path("facts"), docs), docs)
    # The next render compares with what is there: unchanged pages keep their times.
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    renderstamp.forget(cache)
    render_project(project, Path("seeds"), Path("facts"), cache_dir=cache, jobs=1)
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")} == before


def test_a_docs_folder_that_is_a_link_is_not_replaced(project: Path, tmp_path: Path) -> None:
    from generator import publish
    from generator.pipeline import extract_all, render_project

    extract_all(Path("seeds"), Path("facts"), jobs=1)
    docs = publish.docs_dir(project)
    target = tmp_path / "elsewhere"
    target.mkdir()
    docs.rmdir()
    os.symlink(target, docs)
    render_project(project, Path("seeds"), Path("facts"))
    assert docs.is_symlink() and (target / "index.md").is_file()


def _die(bounds: tuple[int, int]) -> None:
    os._exit(3)  # a worker killed mid-render (the OOM killer, a kill -9)


def test_a_worker_that_dies_is_a_clear_error(tmp_path: Path, eval_input, always_parallel, monkeypatch: pytest.MonkeyPatch) -> None:
    recs, arts = eval_input
    monkeypatch.setattr(render, "_render_range", _die)
    error = failure(recs, arts, tmp_path / "docs", jobs=2)
    assert isinstance(error, FactsheetError) and "stopped before it finished" in str(error)
