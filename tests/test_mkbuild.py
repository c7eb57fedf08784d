"""The site factsheet builds is the site MkDocs builds.

Pages built on several processes (generator/mkbuild.py) are the pages of a serial build and of a bare
``mkdocs build``; with MkDocs or Material releases mkbuild was not written for, MkDocs' own build runs;
and the ```fs-html fences that let Markdown pass the pages' HTML through read as the unfenced HTML.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import subprocess
import sys

import pytest
from generator import mkbuild, publish
from generator.pipeline import extract_all, render_project
from tests.conftest import EVAL_SEEDS, make_project

HOSTILE = """<div class="x" data-search-exclude><div>nested</div></div>

<div data-search-exclude="">plain</div>

<p id='single' name="n">x</p><a name=bare id = spaced>y</a><a id>none</a>
<!-- <p id="commented"> --><img id="img&amp;1"/><h2 id="h">T</h2>
<div class="fs-table" data-search-exclude><table><tr><td id="cell">1</td></tr></table></div>

```fs-html
<div class="fs-table"><table><tr><td id="fenced">passed through</td></tr></table></div>
```
"""


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _bare_mkdocs(proj: Path, dest: Path) -> dict[str, bytes]:
    """Build ``proj`` with a bare ``mkdocs build`` into ``dest``, indexed for search as factsheet's site is."""
    from generator.search import index_site

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run([str(mkdocs), "build", "-q", "-d", str(dest)], cwd=proj, env=env, check=True, timeout=600)
    index_site(dest)
    return tree(dest)


@pytest.fixture
def built_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with a dozen real articles rendered into its docs folder, as the current directory."""
    proj = make_project(tmp_path / "proj", sorted(EVAL_SEEDS.iterdir())[:12])
    monkeypatch.chdir(proj)
    extract_all(Path("seeds"), Path("facts"), jobs=1)
    docs = render_project(proj, Path("seeds"), Path("facts"))
    (docs / "hostile.md").write_text("# Hostile\n\n" + HOSTILE, encoding="utf-8")
    return proj


def _publish(proj: Path, jobs: int, dest: Path, strict: bool = False) -> dict[str, bytes]:
    site = publish.publish(proj, strict=strict, jobs=jobs)
    files = tree(site)
    site.rename(dest)
    return files


@pytest.mark.parametrize("min_pages", [0, 10_000], ids=["forked", "in-process"])
def test_parallel_build_writes_the_serial_site(built_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, min_pages: int) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", min_pages)
    serial = _publish(built_docs, 1, tmp_path / "serial")
    shared = _publish(built_docs, 2, tmp_path / "shared")
    assert serial.keys() == shared.keys()
    assert [k for k in serial if serial[k] != shared[k]] == []
    # The search index (Pagefind's, made from the built pages) holds the article pages.
    import gzip

    fragments = [gzip.decompress(v) for k, v in shared.items() if k.startswith("pagefind/fragment/")]
    articles = {k for k in shared if k.startswith("articles/") and k.endswith(".html")}
    assert len([f for f in fragments if b'"url":"/articles/' in f]) == len(articles) > 0
    assert "search/search_index.json" not in shared  # no whole-site index for every visitor to load


def test_warnings_from_workers_are_logged_once_and_fail_strict(built_docs: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    docs = built_docs / "build" / "docs"
    (docs / "broken.md").write_text("# Broken\n\n[a link](index.md#no-such-anchor)\n", encoding="utf-8")
    messages = {}
    for jobs in (1, 2):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs"), pytest.raises(Exception) as raised:
            publish.publish(built_docs, strict=True, jobs=jobs)
        warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and "no-such-anchor" in r.getMessage()]
        messages[jobs] = (str(raised.value), warned)
    assert messages[2] == messages[1]
    assert "strict" in messages[2][0] and len(messages[2][1]) == 1


def test_an_error_on_a_page_in_a_worker_is_the_serial_error(built_docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    docs = built_docs / "build" / "docs"
    (docs / "odd.md").write_text("---\ntemplate: no-such-template.html\n---\n# Odd\n", encoding="utf-8")
    errors = []
    for jobs in (1, 2):
        with pytest.raises(Exception) as raised:
            publish.publish(built_docs, strict=False, jobs=jobs)
        errors.append((type(raised.value), str(raised.value)))
    assert errors[0] == errors[1]
    assert "no-such-template.html" in errors[1][1]


def test_pages_are_shared_only_with_no_plugin_and_the_tested_releases(built_docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = publish._config(built_docs, strict=False)
    assert mkbuild.tested_versions()
    assert mkbuild.can_fork(config, 2)
    assert not mkbuild.can_fork(config, 1)
    real = mkbuild.metadata.version
    monkeypatch.setattr(mkbuild.metadata, "version", lambda name: "1.6.2" if name == "mkdocs" else real(name))
    assert not mkbuild.tested_versions() and not mkbuild.can_fork(config, 2)
    monkeypatch.setattr(mkbuild.metadata, "version", lambda name: "10.0.0" if name == "mkdocs-material" else real(name))
    assert not mkbuild.can_fork(config, 2)
    monkeypatch.setattr(mkbuild.metadata, "version", real)
    config.plugins["some/plugin"] = object()
    assert not mkbuild.can_fork(config, 2)


def test_other_releases_fall_back_to_mkdocs_own_build(built_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    shared = _publish(built_docs, 2, tmp_path / "shared")
    real = mkbuild.metadata.version
    monkeypatch.setattr(mkbuild.metadata, "version", lambda name: "1.7.0" if name == "mkdocs" else real(name))

    def private_functions(*args, **kwargs):
        raise AssertionError("MkDocs' private page functions used on a release they were not tested with")

    monkeypatch.setattr(mkbuild, "_build", private_functions)
    fallback = _publish(built_docs, 2, tmp_path / "fallback")
    assert fallback.keys() == shared.keys()
    assert [k for k in shared if shared[k] != fallback[k]] == []


def test_site_is_the_same_as_a_bare_mkdocs_build(built_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    bare = _bare_mkdocs(built_docs, tmp_path / "bare")
    shared = _publish(built_docs, 2, tmp_path / "shared")
    assert bare.keys() == shared.keys()
    assert [k for k in bare if bare[k] != shared[k]] == []
    assert b'<td id="fenced">passed through</td>' in shared["hostile.html"]


def test_fenced_html_reads_as_the_same_html_unfenced(built_docs: Path, tmp_path: Path) -> None:
    fenced = _bare_mkdocs(built_docs, tmp_path / "fenced")
    docs = built_docs / "build" / "docs"
    n = 0
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        text, k = re.subn(r"\n```fs-html\n(.*?)\n```\n", r"\n\1\n\n", text, flags=re.S)
        page.write_text(text, encoding="utf-8")
        n += k
    assert n > 50  # tables, lists, charts and article text are fenced
    unfenced = _bare_mkdocs(built_docs, tmp_path / "unfenced")
    pages = [k for k in fenced if k.endswith(".html")]
    assert pages == [k for k in unfenced if k.endswith(".html")]
    assert [k for k in pages if fenced[k] != unfenced[k]] == []


def test_abort_from_strict_is_reported_as_a_site_build_failure(built_docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    (built_docs / "build" / "docs" / "broken.md").write_text("# Broken\n\n[a link](index.md#nowhere)\n", encoding="utf-8")
    from generator.errors import FactsheetError

    with pytest.raises(FactsheetError, match="site build failed"):
        publish.publish(built_docs, strict=True, jobs=2)


def _die(bounds: tuple[int, int]) -> None:
    os._exit(3)  # a worker killed mid-build (the OOM killer, a kill -9)


def test_a_worker_that_dies_fails_the_build_with_a_message(built_docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mkbuild, "MIN_PAGES", 0)
    monkeypatch.setattr(mkbuild, "_build_run", _die)
    from generator.errors import FactsheetError

    with pytest.raises(FactsheetError, match="stopped before it finished"):
        publish.publish(built_docs, strict=True, jobs=2)
