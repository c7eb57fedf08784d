"""In a real browser, a site built from hostile seeds runs none of their code on any page, search included."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest
from conftest import serve

from tests.test_hostile import build_hostile_site

HOSTILE_TEXT = re.compile(r"alert|onmouseover|crossed")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    site = build_hostile_site(tmp_path_factory.mktemp("hostile-browser") / "proj")
    with serve(site) as url:
        yield site, url


def visit(page, url: str) -> None:
    page.goto(url)
    # An <img onerror> fires when its image fails; wait until every request has settled.
    page.wait_for_load_state("networkidle")


def test_no_dialog_fires_on_any_page(hostile: tuple[Path, str], page) -> None:
    site, url = hostile
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) > 5
    for rel in pages:
        visit(page, url + rel)
        # Hover the seeds' text too, in case some of it became an element with a mouse handler.
        for el in page.locator("main").get_by_text(HOSTILE_TEXT).all()[:50]:
            if el.is_visible():
                el.hover(force=True)
        assert page.dialogs == [], rel
    assert page.external_requests == []


def test_hostile_text_is_visible_as_text(hostile: tuple[Path, str], page) -> None:
    site, url = hostile
    article = next(p for p in (site / "articles").glob("*.html") if "provide-4-million" in p.name)
    visit(page, url + article.relative_to(site).as_posix())
    body = page.locator("article").first.inner_text()
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "{{ 7*7 }}", "{% raw %}"):
        assert literal in body, literal
    # The page title, which the theme also shows in its header, is the literal text.
    assert "<script>alert(1)</script>" in page.title()
    assert page.dialogs == []


@pytest.mark.parametrize(
    "query,shows",
    [
        ("Kosovo", "<script>alert(1)</script>"),
        ("Albania", '<script>alert("title")</script> {{ 7*7 }} [t](javascript:alert(1))'),
        ("France", "<script>alert(7)</script>"),
        ("alert", None),
        ("onerror", None),
        ("javascript", None),
    ],
)
def test_search_results_stay_inert(hostile: tuple[Path, str], page, query: str, shows: str | None) -> None:
    # Search results are built from the index in the browser: the classic place for stored XSS.
    _, url = hostile
    visit(page, url + "index.html")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").type(query)
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /matching (document|page)/i.test(m.textContent); }"
    )
    page.wait_for_load_state("networkidle")
    items = page.locator(".md-search-result__item")
    for el in items.all()[:20]:
        el.hover(force=True)
    assert page.dialogs == []
    assert page.locator(".md-search-result img, .md-search-result script, .md-search-result iframe").count() == 0
    if shows is not None:
        assert items.count() >= 1
        assert shows in page.locator(".md-search-result__list").inner_text()
