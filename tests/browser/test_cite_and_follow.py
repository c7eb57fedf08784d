"""Cite it, trust a correction, follow what is new (issue 13), on a site built twice with the command line.

The project (conftest.build_followed_site): a first build; then a person changes 34,401 to 34,500
before any re-extraction, rejects a quote and checks a funding fact, a new article arrives, and
the second build runs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
FRANCE = "articles/2023-03-10-britain-to-pay-france-480m-to-stop-small-boats.html"


def article(site: Path, prefix: str) -> str:
    return sorted((site / "articles").glob(prefix + "*.html"))[0].relative_to(site).as_posix()


def test_an_article_page_names_its_source_at_the_top(page, followed, followed_url):
    page.goto(followed_url + article(followed / "site", "2023-03-10-"))
    source = page.locator("article dl.fs-source")
    text = source.inner_text()
    for expected in ("The Independent", "10 March 2023", "Jane Reporter", "https://www.example.org/news/uk-france-small-boats-deal"):
        assert expected in text, text
    # Above the facts: right under the title.
    assert source.bounding_box()["y"] < page.locator("article h2").first.bounding_box()["y"]
    link = source.locator("a.fs-source__url")
    assert link.get_attribute("href") == "https://www.example.org/news/uk-france-small-boats-deal"
    assert page.locator("article h1").inner_text() == "Britain to pay France £480m to stop small boats"


def test_copy_the_citation_of_an_article(new_page, followed, followed_url):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    path = article(followed / "site", "2023-03-10-")
    page.goto(followed_url + path)
    line = page.locator(".fs-cite__text").inner_text()
    page.locator(".fs-cite button[data-cite-article]").click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == line, (copied, line)
    assert copied.startswith("Jane Reporter, The Independent, “Britain to pay France £480m to stop small boats”, 10 March 2023, "
                             "https://www.example.org/news/uk-france-small-boats-deal."), copied
    assert copied.endswith(followed_url + path)


def test_every_fact_is_cited_in_one_click(new_page, followed, followed_url):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    for where in ("funding/index.html", "figures/small_boat_arrivals.html", "quotes/index.html",
                  article(followed / "site", "2023-03-10-")):
        page.goto(followed_url + where)
        facts = page.locator("article a.fs-num, article .fs-quote figcaption a:text('evidence')").count()
        buttons = page.locator("article button.fs-cite-btn:not(.fs-cite-btn--wide)")
        assert buttons.count() >= facts > 0, (where, buttons.count(), facts)
    page.goto(followed_url + article(followed / "site", "2023-03-10-"))
    button = page.locator("article table button.fs-cite-btn").first
    href = button.get_attribute("data-cite-href")
    button.click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "The Independent, “Britain to pay France £480m to stop small boats”, 10 March 2023" in copied, copied
    assert "https://www.example.org/news/uk-france-small-boats-deal" in copied
    permalink = copied.rsplit(" ", 1)[1]
    assert permalink.startswith(followed_url) and permalink.endswith(href.split("/")[-1]) and "#f-" in permalink, copied
    # The permalink leads to the fact's evidence, highlighted.
    shown = page.locator(".fs-cite-pop").inner_text()
    assert copied in shown.replace("\n", " ") or copied.split(" Fact sheet:")[0] in shown
    page.goto(permalink)
    assert page.locator(":target").get_attribute("id") == permalink.rsplit("#", 1)[1]


def test_a_corrected_value_shows_corrected_with_the_extracted_value(page, followed, followed_url):
    page.goto(followed_url + article(followed / "site", "2025-10-08-"))
    row = page.locator("article table tr", has=page.locator("a.fs-num", has_text="34,500"))
    assert row.count() == 1
    badge = row.locator(".fs-badge--corrected")
    assert badge.is_visible() and re.search(r"corrected.*extracted 34,401", badge.inner_text()), badge.inner_text()
    # Beside the evidence, which still says what the extractor read.
    href = row.locator("a.fs-num").get_attribute("href")
    evidence = page.locator(f"[id='{href.split('#')[1]}']")
    assert "34,401" in evidence.inner_text()
    # A reviewed fact shows "checked"; the rejected quote is gone from the page.
    assert page.locator("article .fs-badge", has_text="checked").count() >= 1
    page.goto(followed_url + "figures/small_boat_arrivals.html")
    assert "extracted 34,401" in page.locator("tr", has=page.locator("a.fs-num", has_text="34,500")).first.inner_text()


def test_the_corrections_page_lists_every_hand_change_newest_first(page, followed, followed_url):
    page.goto(followed_url + "corrections.html")
    rows = page.locator("article tbody tr")
    states = rows.evaluate_all("rs => rs.map(r => r.dataset.state)")
    assert sorted(states) == ["checked", "corrected", "rejected"], states
    text = page.locator("article tbody").inner_text()
    assert "2026-02-10" in text and "extracted 34,401" in text and "34,500" in text
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", " ".join(rows.locator("td:first-child").all_inner_texts()))
    assert dates == sorted(dates, reverse=True)
    # The corrected fact links to its evidence.
    rows.filter(has=page.locator(".fs-badge--corrected")).locator("td[data-label=Fact] a").click()
    page.wait_for_url(re.compile(r"/articles/2025-10-08-.*#f-"))


def test_what_changed_lists_the_last_build(page, followed, followed_url):
    page.goto(followed_url + "changes.html")
    body = page.locator("article").inner_text()
    assert "1 new article" in body and "1 corrected" in body and "1 rejected" in body
    assert "It is in all our interests" not in body  # a rejected quote by its kind only
    new = page.locator("#build-1-new-articles + ul a")
    assert new.count() == 1 and "Britain will pay Rwanda" in new.inner_text()
    corrected = page.locator("#build-1-corrected + ul li")
    assert "34,500" in corrected.inner_text() and "34,401" in corrected.inner_text()
    assert "First build" in body
    # The same summary as the build printed (and put in the CI job summary).
    summary = (followed / "summary.md").read_text(encoding="utf-8")
    assert "1 new article" in summary and "1 corrected" in summary and "1 rejected" in summary
    new.click()
    page.wait_for_url(re.compile(r"/articles/2024-03-01-"))


def test_feeds_are_linked_and_served(page, followed, followed_url):
    page.goto(followed_url + "index.html")
    links = page.locator("article .fs-feeds a[type='application/atom+xml']")
    hrefs = [urlsplit(page.evaluate("a => a.href", links.nth(i).element_handle())).path for i in range(links.count())]
    assert any(h.endswith("feeds/articles.xml") for h in hrefs) and any(h.endswith("feeds/funding.xml") for h in hrefs)
    assert any(h.endswith("feeds/small_boat_arrivals.xml") for h in hrefs)
    for h in hrefs:
        response = page.request.get(followed_url.rstrip("/") + h)
        assert response.ok, h
        feed = ET.fromstring(response.body())
        assert feed.tag == f"{ATOM}feed" and feed.findall(f"{ATOM}entry"), h
    page.goto(followed_url + "figures/small_boat_arrivals.html")
    assert page.locator("article .fs-feeds a[href$='feeds/small_boat_arrivals.xml']").count() == 1


def test_a_cite_button_on_a_topic_page_copies_the_same_citation(new_page, followed, followed_url):
    # Topic pages carry only the permalink; the words are read from the article's page.
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(followed_url + "figures/small_boat_arrivals.html")
    button = page.locator("tr", has=page.locator("a.fs-num", has_text="34,500")).locator("button.fs-cite-btn").first
    assert button.get_attribute("data-fact") is None and button.get_attribute("data-cite-href") is None  # bare
    button.click()
    page.wait_for_selector(".fs-cite-pop")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("34,500 small boat arrivals, 2025 to 8 October. Source: The Independent, “Yvette Cooper"), copied
    assert re.search(r"Fact sheet: http://127\.0\.0\.1:\d+/articles/2025-10-08-[^ ]+\.html#f-[0-9a-f]+$", copied), copied
