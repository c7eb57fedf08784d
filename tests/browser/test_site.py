"""The published site in a real browser: search, evidence links, charts, small screens, no outside requests."""

from __future__ import annotations

import re

import pytest

# One way to type a query and wait for its answer, shared with the search tests.
from tests.browser.test_search import RESULT, search


@pytest.mark.parametrize("query, expected_path, heading", [
    ("Kosovo", "regions/xk.html", "Kosovo"),
    ("Cooper", "people/yvette-cooper.html", "Yvette Cooper"),
    ("Small boat arrivals", "figures/small_boat_arrivals.html", "Small boat arrivals"),
    ("Western Balkans", "regions/western-balkans.html", "Western Balkans"),
])
def test_search_finds_the_page_of_a_name(page, site_url, query, expected_path, heading):
    hrefs = search(page, site_url, query)
    hits = [i for i, h in enumerate(hrefs) if h.endswith(expected_path)]
    assert hits, hrefs
    page.locator(RESULT).nth(hits[0]).click()  # search() waited for the answer to the whole query
    page.wait_for_url(re.compile(re.escape(expected_path)))
    assert page.locator("article h1").inner_text() == heading


def test_search_for_a_topic_word_leads_to_articles_about_it(page, site_url):
    hrefs = search(page, site_url, "smuggling")
    articles = [h for h in hrefs if h.startswith("articles/")]
    assert len(articles) >= 2, hrefs
    page.locator(RESULT).first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    # The article's facts or title speak of smuggling (the search matched what the page shows).
    assert re.search(r"smuggl", page.locator("article").inner_text(), re.I)


def test_funding_amount_opens_the_highlighted_evidence(page, site_url):
    page.goto(site_url + "funding/index.html")
    link = page.locator("h2#commitments").locator("xpath=following::table[1]//a[contains(@class,'fs-num')]").first
    amount = link.inner_text()
    fact_id = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(r"/articles/.*#" + re.escape(fact_id) + "$"))
    target = page.locator(":target")
    assert target.count() == 1
    assert target.get_attribute("id") == fact_id
    assert "fs-ev" in target.get_attribute("class")
    # Highlighted: a visible background and an outline, and it is on screen.
    style = target.evaluate("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.outlineStyle] }")
    assert style[0] not in ("rgba(0, 0, 0, 0)", "transparent") and style[1] != "none", style
    assert target.is_visible()
    box, height = target.bounding_box(), page.viewport_size["height"]
    assert 0 <= box["y"] < height
    digits = re.sub(r"\D", "", amount)
    sentence = re.sub(r"\D", "", target.inner_text())
    assert digits[:1] in sentence  # the sentence states the amount (in words or figures)


def _groups(table) -> list[tuple[float, tuple[str, ...]]]:
    """The table's rows as (sort key of the row, ids of the facts in it and in the rows under it), in page order."""
    rows = table.locator("tbody tr").evaluate_all(
        "trs => trs.map(r => [r.hasAttribute('data-fs-child'), r.cells[0].dataset.sort,"
        " [...r.cells[0].querySelectorAll('a.fs-num')].map(a => a.getAttribute('href'))])")
    groups: list[tuple[float, tuple[str, ...]]] = []
    for child, key, hrefs in rows:
        if child and groups:
            groups[-1] = (groups[-1][0], groups[-1][1] + tuple(hrefs))
        else:
            groups.append((float(key), tuple(hrefs)))
    return groups


def test_sorting_a_table_by_amount(page, site_url):
    # Shares sit under their total and a repeat report under the report counted: they move with it.
    page.goto(site_url + "funding/index.html")
    table = page.locator("h2#commitments").locator("xpath=following::table[1]")
    before = _groups(table)
    assert any(len(ids) > 1 for _, ids in before), "the commitments table has rows under others"
    table.locator("th", has_text="Amount").click()
    after = _groups(table)
    values = [k for k, _ in after]
    assert values == sorted(values) and len(values) > 5
    assert sorted(after) == sorted(before)  # every total kept the rows under it
    table.locator("th", has_text="Amount").click()
    values = [k for k, _ in _groups(table)]
    assert values == sorted(values, reverse=True)


def test_charts_are_drawn(page, site_url):
    page.goto(site_url + "funding/index.html")
    bars = page.locator("svg.fs-chart .fs-chart__bar")
    assert bars.count() >= 2
    assert bars.first.bounding_box()["width"] > 0
    page.goto(site_url + "figures/small_boat_arrivals.html")
    dots = page.locator("svg.fs-chart .fs-chart__dot")
    assert dots.count() >= 3
    fill = dots.first.evaluate("e => getComputedStyle(e).fill")
    assert fill not in ("none", "rgb(0, 0, 0)"), fill


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chart_text_contrasts_with_the_page(new_page, site_url, scheme):
    page = new_page(color_scheme=scheme)
    page.goto(site_url + "figures/small_boat_arrivals.html")
    text_fill, bg = page.evaluate("""() => [
        getComputedStyle(document.querySelector('svg.fs-chart text')).fill,
        getComputedStyle(document.body).backgroundColor]""")

    def lum(css):
        r, g, b = [int(x) for x in re.findall(r"\d+", css)[:3]]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert abs(lum(text_fill) - lum(bg)) > 100, (text_fill, bg)
    # The dots (filled or hollow) stand out from the page too.
    for paint in page.evaluate("""() => [...document.querySelectorAll('svg.fs-chart circle')].map(c => {
            const s = getComputedStyle(c); return s.fill.startsWith('rgb') && s.fill !== getComputedStyle(document.body).backgroundColor ? s.fill : s.stroke; })"""):
        assert abs(lum(paint) - lum(bg)) > 60, (paint, bg, scheme)
    # Drawn at a readable size, not shrunk to a thumbnail.
    assert page.locator("svg.fs-chart").first.bounding_box()["width"] > 500


PAGES = ["index.html", "funding/index.html", "figures/index.html", "figures/small_boat_arrivals.html",
         "figures/irregular_crossings.html", "regions/index.html", "regions/western-balkans.html", "people/index.html",
         "people/yvette-cooper.html", "quotes/index.html", "articles/index.html", "about.html", "editing.html"]


def test_small_screen_pages_do_not_overflow(new_page, site_url, built_site):
    page = new_page(width=375, height=800)
    article = sorted((built_site / "articles").glob("2023-07-17-*.html"))[0].relative_to(built_site).as_posix()
    for path in [*PAGES, article]:
        page.goto(site_url + path)
        width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= 375, (path, width)
        # Nor does any table need sideways scrolling inside its own box: every column can be read.
        hidden = page.evaluate("() => [...document.querySelectorAll('.fs-table')]"
                               ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 60))")
        assert hidden == [], (path, hidden)
    # The wide tables become one labelled card per row, every cell inside the screen.
    page.goto(site_url + "funding/index.html")
    table = page.locator("h2#commitments").locator("xpath=following::table[1]")
    assert table.locator("tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"
    cells = table.locator("tbody td").evaluate_all(
        "tds => tds.filter(t => t.offsetParent).map(t => [t.getBoundingClientRect().right, t.dataset.label,"
        " getComputedStyle(t, '::before').content])")
    assert len(cells) > 20
    assert all(right <= 375 for right, _, _ in cells), [c for c in cells if c[0] > 375][:3]
    assert all(before == f'"{label}"' for _, label, before in cells), cells[:3]
    # The headers stay, as sort buttons.
    table.locator("th", has_text="Amount").click()
    assert table.locator("th", has_text="Amount").get_attribute("aria-sort") == "ascending"


def test_pages_load_nothing_from_outside(new_page, site_url):
    page = new_page()
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    assert page.external_requests == []


def test_hostile_article_shows_its_text_and_runs_nothing(page, site_url, built_site):
    path = sorted((built_site / "articles").glob("2024-05-02-*.html"))[0].relative_to(built_site).as_posix()
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    body = page.locator("article").inner_text()
    assert '<script>alert("title")</script>' in body
    assert "<img src=x onerror=alert(2)>" in body and "{{ 7*7 }}" in body and "[x](javascript:alert(1))" in body
    assert page.locator("article script, article img[onerror], article a[href^='javascript']").count() == 0
    assert page.dialogs == []
    assert page.title().startswith('Minister <script>alert("title")</script>')
