"""factsheet build's MkDocs shortcuts (generator/fastbuild.py) leave the built site byte-identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mkdocs.structure.pages import _HTMLHandler

from generator import fastbuild, publish
from generator.pipeline import extract_all, render_project
from tests.conftest import EVAL_SEEDS, make_project

HOSTILE = """<div class="x" data-search-exclude><div>nested</div></div>

<div data-search-exclude="">plain</div>

<p id='single' name="n">x</p><a name=bare id = spaced>y</a><a id>none</a>
<!-- <p id="commented"> --><img id="img&amp;1"/><h2 id="h">T</h2>
<div class="fs-table" data-search-exclude><table><tr><td id="cell">1</td></tr></table></div>
"""


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_site_is_the_same_as_a_bare_mkdocs_build(tmp_path: Path, monkeypatch) -> None:
    proj = make_project(tmp_path / "proj", sorted(EVAL_SEEDS.iterdir())[:12])
    monkeypatch.chdir(proj)
    extract_all(Path("seeds"), Path("facts"), jobs=1)
    docs = render_project(proj, Path("seeds"), Path("facts"))
    (docs / "hostile.md").write_text("# Hostile\n\n" + HOSTILE, encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run([str(mkdocs), "build", "-q", "-d", str(tmp_path / "bare")], cwd=proj, env=env, check=True, timeout=600)
    from generator.search import index_site

    index_site(tmp_path / "bare")  # factsheet build indexes its site for search; so is the bare one, to compare
    site = publish.publish(proj, strict=False)
    bare, fast = tree(tmp_path / "bare"), tree(site)
    assert bare.keys() == fast.keys()
    assert [k for k in bare if bare[k] != fast[k]] == []


def test_anchor_ids_are_the_ones_mkdocs_collects(tmp_path: Path) -> None:
    samples = [HOSTILE, "", "no tags", "<div id=x>", '<a href="#a" name="a">', "<P ID='Upper'>x</P>", '<span title="a>b" id="after">']
    for text in samples:
        h = _HTMLHandler()
        h.feed(text)
        h.close()
        # An id attribute without a value adds None there, which no link can name.
        assert fastbuild.anchor_ids(text) == h.present_anchor_ids - {None}, text


def test_search_view_drops_only_whole_excluded_blocks() -> None:
    page = '<h1 id="t">T</h1>\n<div class="fs-table" data-search-exclude><table><tr><td>1</td></tr></table></div>\n<p>kept</p>'
    assert fastbuild.search_view(page) == '<h1 id="t">T</h1>\n\n<p>kept</p>'
    nested = '<h1 id="t">T</h1><div data-search-exclude><div>x</div></div>'
    assert fastbuild.search_view(nested) == nested
    before_heading = '<div data-search-exclude>x</div><h1 id="t">T</h1>'
    assert fastbuild.search_view(before_heading) == before_heading
