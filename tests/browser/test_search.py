"""Search in a real browser (issue 13): Material's header box answered by Pagefind, over http.

What people type: a place, a person, a word found only in an article's text, a number with and
without its comma, an amount written '£10m' and '£10 million'; help pages below fact pages and
articles; one query downloads a few chunks of the index, never all of it.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

RESULT = ".md-search-result__item a.md-search-result__link"
YVETTE = "articles/2025-10-08-yvette-cooper-is-to-host-european-allies-for.html"
HELP = ("about.html", "editing.html")


def search(page, site_url: str, query: str, start: str = "index.html") -> list[str]:
    """Type ``query`` into the header's search box; return the result links' paths (relative to the site)."""
    page.goto(site_url + start)
    box = page.locator(".md-header .md-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    page.wait_for_function(
        "q => { const m = document.querySelector('.md-search-result__meta'); return document.querySelector('.md-search__input').value === q"
        " && m && /matching|No matching/.test(m.textContent) }", arg=query)
    page.wait_for_timeout(300)  # a later keystroke's search may still be answering
    base = urlsplit(site_url).path
    return [urlsplit(a.get_attribute("href")).path.removeprefix(base) for a in page.locator(RESULT).all()]


def test_the_search_box_is_in_the_header_where_material_puts_it(page, site_url):
    page.goto(site_url + "funding/index.html")
    box = page.locator(".md-header__inner .md-search .md-search__input")
    assert box.is_visible()
    header = page.locator(".md-header").bounding_box()
    b = box.bounding_box()
    assert b["y"] >= header["y"] and b["y"] + b["height"] <= header["y"] + header["height"]
    assert b["x"] > 1280 / 2  # on the right, as Material lays it out
    # Nothing of the index is loaded until the box is used.
    assert not [r for r in page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)") if "/pagefind/" in r]


@pytest.mark.parametrize("query, expected", [
    ("Kosovo", ["regions/xk.html", YVETTE]),                   # a place: its page, and the article whose text names it
    ("Cooper", ["people/yvette-cooper.html", YVETTE]),         # a person
    ("34,401", [YVETTE, "figures/small_boat_arrivals.html"]),  # a number as printed
    ("34401", [YVETTE, "figures/small_boat_arrivals.html"]),   # the same number as typed
    ("Rwanda", ["regions/rw.html", "funding/index.html"]),     # a word found only in the funding page's table rows
])
def test_search_finds_the_right_pages(page, site_url, query, expected):
    paths = search(page, site_url, query)
    for path in expected:
        assert path in paths, (query, path, paths)


def test_a_word_only_in_an_article_text_finds_the_article(page, site_url, built_site: Path):
    # 'Hillsborough' is in the text of the 2025-10-08 article, in no fact and no title.
    html = (built_site / YVETTE).read_text(encoding="utf-8")
    facts_part = html.split('id="article-text"')[0]
    assert "Hillsborough" in html and "Hillsborough" not in facts_part
    assert YVETTE in search(page, site_url, "Hillsborough")


def test_an_amount_written_both_ways_finds_the_same_pages(page, site_url):
    # The article says '£10 million'; the tables print '£10,000,000'.
    short = search(page, site_url, "£10m")
    long = search(page, site_url, "£10 million")
    words = search(page, site_url, "10 million")
    assert YVETTE in short and "funding/index.html" in short, short
    assert sorted(short) == sorted(long), (short, long)
    assert YVETTE in words and "funding/index.html" in words, words  # only the first 10 are listed
    # The euro amount of the same size is another amount.
    assert "articles/2023-07-17-the-european-union-has-signed-a-partnership-with.html" not in short


def test_clicking_a_result_opens_the_page(page, site_url):
    paths = search(page, site_url, "Cooper")
    i = paths.index("people/yvette-cooper.html")
    page.locator(RESULT).nth(i).click()
    page.wait_for_url(re.compile(r"people/yvette-cooper\.html$"))
    assert page.locator("article h1").inner_text() == "Yvette Cooper"


@pytest.mark.parametrize("query", ["34401", "Kosovo", "Channel"])
def test_help_pages_come_after_fact_pages_and_articles(page, site_url, query):
    paths = search(page, site_url, query)
    kinds = ["help" if p in HELP else "data" for p in paths]
    assert "data" in kinds, paths
    assert kinds == sorted(kinds, key=lambda k: k == "help"), paths


def test_a_help_page_is_still_found_by_its_own_words(page, site_url):
    assert search(page, site_url, "Editing facts")[:1] == ["editing.html"]


def test_the_search_works_on_a_small_screen(new_page, site_url):
    page = new_page(width=375, height=800)
    page.goto(site_url + "articles/index.html")
    button = page.locator(".md-header label.md-header__button[for=__search]")
    assert button.is_visible() and button.bounding_box()["x"] > 375 / 2  # Material's magnifier, on the right
    button.click()
    box = page.locator(".md-header .md-search__input")
    box.wait_for(state="visible")
    box.press_sequentially("Kosovo", delay=30)
    page.wait_for_selector(RESULT)
    first = page.locator(RESULT).first
    assert first.is_visible() and first.bounding_box()["x"] + first.bounding_box()["width"] <= 375


def test_one_query_loads_a_few_chunks_not_the_whole_index(page, site_url, built_site: Path):
    loaded: list[str] = []
    page.context.on("request", lambda r: loaded.append(urlsplit(r.url).path))  # the page's and its search worker's
    search(page, site_url, "Kosovo")
    chunks = {p.rsplit("/", 1)[1] for p in loaded if "/pagefind/index/" in p}
    all_chunks = {p.name for p in (built_site / "pagefind" / "index").iterdir()}
    assert chunks and chunks < all_chunks or len(all_chunks) == 1, (chunks, all_chunks)
    assert not [p for p in loaded if p.endswith("search_index.json")]  # Material's whole-site index is gone


def test_results_show_page_text_as_text(page, site_url):
    # The hostile fixture's title holds a script tag: a result shows it, never runs it.
    search(page, site_url, "pledges")
    titles = page.locator(".md-search-result__article h1").all_inner_texts()
    assert any('<script>alert("title")</script>' in t for t in titles), titles
    assert page.locator(".md-search-result script, .md-search-result img").count() == 0
    assert page.dialogs == []
