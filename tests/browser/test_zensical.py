"""`factsheet build --engine zensical` (issue 12): the same site from Zensical, read in chromium.

Zensical reads mkdocs.yml and the same pages; Pagefind indexes what it built and search.js puts the search box in
its header. Every topic page, every evidence anchor and the search must work as they do after MkDocs.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import serve
from site_helpers import (EVAL_FACTS, EVAL_SEEDS, HOSTILE_FACTS, HOSTILE_SEEDS, MEANING_FACTS, MEANING_SEEDS,
                          PROJECT_SEEDS, parse, render_docs)

ROOT = Path(__file__).resolve().parents[2]
TOPICS = {"index.html": None, "funding/index.html": "Funding", "regions/index.html": "Places", "figures/index.html": "Figures",
          "people/index.html": "People", "quotes/index.html": "Quotes", "articles/index.html": "Articles",
          "changes.html": "What changed", "corrections.html": "Corrections", "about.html": None, "editing.html": None}
"""The topic pages (mkdocs.yml's nav), with the heading each opens with where it names its topic."""


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """The browser tests' site (same records and seeds as ``built_site``), built by Zensical."""
    from generator import publish

    project = tmp_path_factory.mktemp("zensical-site")
    render_docs(project, [EVAL_FACTS, MEANING_FACTS, HOSTILE_FACTS], [PROJECT_SEEDS, EVAL_SEEDS, MEANING_SEEDS, HOSTILE_SEEDS])
    site = publish.publish(project, strict=True, engine="zensical")
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert "zensical" in (site / "index.html").read_text(encoding="utf-8").lower()  # built by Zensical, not MkDocs
    return site


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path):
    with serve(zensical_site) as url:
        yield url


def _content(path: Path) -> str:
    """The page's content (Material's article element), whitespace and the theme's skip link aside."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', text, re.S)
    assert m, path
    body = m.group(1).replace('<a id="__skip" tabindex="-1"></a>', "")
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", body)).strip()


def test_every_page_says_what_the_mkdocs_page_says(zensical_site: Path, built_site: Path) -> None:
    pages = sorted(str(p.relative_to(built_site)) for p in built_site.rglob("*.html") if "pagefind" not in p.parts)
    assert pages == sorted(str(p.relative_to(zensical_site)) for p in zensical_site.rglob("*.html") if "pagefind" not in p.parts)
    assert [p for p in pages if _content(built_site / p) != _content(zensical_site / p)] == []


def test_every_evidence_anchor_is_on_its_article_page(zensical_site: Path) -> None:
    ids: dict[Path, set[str]] = {}
    checked = 0
    for page in sorted(zensical_site.rglob("*.html")):
        for _tag, href, _attrs in parse(page).links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.fragment or "/articles/" not in "/" + str(
                    (page.parent / parts.path).resolve().relative_to(zensical_site.resolve())):
                continue
            target = (page.parent / parts.path).resolve() if parts.path else page
            if target not in ids:
                ids[target] = parse(target).ids
            assert parts.fragment in ids[target], (page, href)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("path, heading", TOPICS.items())
def test_every_topic_page_shows_with_its_tables_working(page, zensical_url: str, path: str, heading: str | None) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(zensical_url + path)
    h1 = page.locator("article h1").first
    assert h1.is_visible()
    if heading:
        assert h1.inner_text().startswith(heading)
    for table in page.locator("[data-fs-sortable] table").all()[:1]:
        table.locator("th").first.click()  # tablesort.js is loaded and sorts
        assert table.locator("th[aria-sort]").count() == 1
    assert errors == [] and page.external_requests == []


def test_an_amount_opens_its_highlighted_evidence(page, zensical_url: str) -> None:
    page.goto(zensical_url + "funding/index.html")
    link = page.locator("h2#commitments").locator("xpath=following::table[1]//a[contains(@class,'fs-num')]").first
    fact_id = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(r"/articles/.*#" + re.escape(fact_id) + "$"))
    target = page.locator(":target")
    assert target.get_attribute("id") == fact_id and "fs-ev" in target.get_attribute("class")
    assert target.is_visible()


@pytest.mark.parametrize("query, expected", [
    ("Kosovo", "regions/xk.html"),
    ("Cooper", "people/yvette-cooper.html"),
    ("34401", "figures/small_boat_arrivals.html"),
])
def test_search_in_zensical_header_finds_the_page(page, zensical_url: str, query: str, expected: str) -> None:
    page.goto(zensical_url + "index.html")
    box = page.locator(".md-header__inner .md-search .md-search__input")
    assert box.count() == 1  # one box: Zensical's own search is off, search.js puts Pagefind's in the header
    box.click()
    box.press_sequentially(query, delay=30)
    result = page.locator(f".md-search-result__item a.md-search-result__link[href*='{expected}']").first
    result.wait_for()
    result.click()
    page.wait_for_url(re.compile(re.escape(expected)))
    assert page.locator("article h1").first.is_visible()


def test_factsheet_build_engine_zensical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line: extraction, render, Zensical, the search index, and What changed, as with MkDocs."""
    import shutil

    from generator.cli import main

    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", proj / "templates")
    for seed in sorted(PROJECT_SEEDS.iterdir()):
        shutil.copy(seed, proj / "seeds" / seed.name)
    monkeypatch.chdir(proj)
    assert main(["build", "--engine", "zensical"]) == 0
    assert (proj / "site" / "articles").is_dir() and (proj / "site" / "pagefind" / "pagefind.js").is_file()
    assert not list(proj.glob(".factsheet-*"))  # no staging folder or configuration left behind
