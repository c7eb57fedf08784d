"""The sheets use what a number means (FACTS.md): totals, charts, latest values and disagreements, read from the built HTML.

Every check reads the published pages (not the site model) and compares them
with the records, by FACTS.md's rule written out again here, independently of
generator/site/meaning.py:

- a funding total per currency and year adds only commitments that are sums
  (no ``per``), not ``part_of`` or ``same_as`` another fact, not rejected, in
  the year of their period, a pledge reported by several articles once;
- a metric's chart plots only whole counts (no ``subset``, not ``other``) of a
  whole year, or of a year to date as a second series, each inside its year's
  band on the axis;
- the home page's latest value of a metric is its newest such count, with its
  span in words.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html as htmllib
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.render import MAX_ROWS, render_site
from site_helpers import (EVAL_FACTS, EVAL_SEEDS, MEANING_FACTS, MEANING_SEEDS, ROOT, build_site,
                          load_plain_records, typed)

FACTSHEET = Path(sys.executable).with_name("factsheet")


# -- the rule, from the records ---------------------------------------------------------

def _day(v: Any) -> dt.date | None:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _period(f: dict) -> tuple[dt.date | None, dt.date | None]:
    p = f.get("period") if isinstance(f.get("period"), dict) else {}
    return _day(p.get("start")), _day(p.get("end"))


def funding_year(rec: dict, f: dict) -> int:
    start, end = _period(f)
    return (end or start or _day(rec["article"]["date"])).year


def visible_funding(records: list[dict]) -> list[tuple[dict, dict]]:
    return [(r, f) for r in records for f in r["facts"] if f.get("type") == "funding" and f.get("review") != "rejected"]


def addable(f: dict) -> bool:
    """A commitment that is a sum: not a rate, a share or a restatement, with a number and a currency."""
    return (f.get("kind") == "commitment" and not f.get("per") and not f.get("part_of") and not f.get("same_as")
            and isinstance(f.get("amount"), int) and not isinstance(f.get("amount"), bool) and bool(f.get("currency")))


def expected_totals(records: list[dict]) -> dict[tuple[str, int], tuple[int, set[tuple[str, str]]]]:
    """(currency, year) -> (total, {(article id, fact id) added}) by FACTS.md's rule.

    "A pledge reported by several articles once": a near-copy's amount that its
    original also reports, and a commitment of the same amount, currency and
    year as one already counted from another article that shares a place or
    the announcer, are counted once (the earliest report).
    """
    facts = sorted(visible_funding(records), key=lambda rf: (_day(rf[0]["article"]["date"]), rf[0]["article"]["id"],
                                                             rf[0]["facts"].index(rf[1])))
    by_article = {r["article"]["id"]: r for r in records}
    counted: list[tuple[dict, dict]] = []
    out: dict[tuple[str, int], tuple[int, set]] = {}
    for rec, f in facts:
        if not addable(f):
            continue
        original = rec["article"].get("duplicate_of")
        if original:
            orig = by_article.get(original)
            if orig and any(g.get("amount") == f["amount"] and g.get("currency") == f["currency"] for g in orig["facts"]):
                continue  # the original's report counts
            continue  # a near-copy adds nothing of its own
        key = (f["currency"], funding_year(rec, f))
        repeat = any(
            g["amount"] == f["amount"] and (g["currency"], funding_year(r, g)) == key and r is not rec
            and (set(g.get("places") or []) & set(f.get("places") or [])
                 or (g.get("announced_by") and g.get("announced_by") == f.get("announced_by")))
            for r, g in counted)
        if repeat:
            continue
        counted.append((rec, f))
        total, ids = out.get(key, (0, set()))
        out[key] = (total + f["amount"], ids | {(rec["article"]["id"], f["id"])})
    return out


def whole_year(start: dt.date | None, end: dt.date | None) -> bool:
    return bool(start and end and start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31))


def year_to_date(start: dt.date | None, end: dt.date | None) -> bool:
    # 1 January to a day of the same year before 31 December; not the one day, nor the month of January.
    return bool(start and end and start == dt.date(start.year, 1, 1) and end.year == start.year
                and end != dt.date(end.year, 12, 31) and end not in (start, dt.date(end.year, 1, 31)))


def whole_count(f: dict) -> bool:
    return f.get("type") == "figure" and not f.get("subset") and f.get("metric") not in (None, "", "other") \
        and isinstance(f.get("value"), int)


def span_words(start: dt.date, end: dt.date) -> str:
    if whole_year(start, end):
        return str(start.year)
    return f"{end.year} to {end.day} {calendar.month_name[end.month]}"


# -- reading the built HTML ----------------------------------------------------------------

class Tags(HTMLParser):
    """Every start tag with its attributes, the <a> around it, and the text of <text> and <p> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], str]] = []
        self.href = ""
        self.text_of: list[list[Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a":
            self.href = a.get("href", "")
        self.tags.append((tag, a, self.href))
        self.text_of.append([tag, a, ""])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.href = ""

    def handle_data(self, data: str) -> None:
        if self.text_of:
            self.text_of[-1][2] += data


def tags(path: Path) -> Tags:
    p = Tags()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def fact_of(href: str, records: list[dict]) -> tuple[dict, dict]:
    """The record and fact an evidence link points to ('../articles/<article id>.html#<fact id>')."""
    m = re.search(r"articles/([^/#]+)\.html#(.+)$", href)
    assert m, href
    article, anchor = m.groups()
    [rec] = [r for r in records if r["article"]["id"] == article]
    [f] = [f for f in rec["facts"] if f["id"] == anchor]
    return rec, f


def totals_on(page: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The total cards of a page: (currency, year) -> the sum shown, its data-total, its line and the facts it adds."""
    text = page.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r'<div class="fs-total[^"]*" data-currency="([^"]*)" data-year="(\d*)" data-total="([^"]*)">(.*?)</div>',
                         text, re.S):
        cur, year, total, body = m.groups()
        shown = htmllib.unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="fs-total__sum">(.*?)</p>', body, re.S).group(1)))
        line = htmllib.unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="fs-total__line">(.*?)</p>', body, re.S).group(1)))
        adds = re.findall(r'<a class="fs-total__fact" href="([^"]+)"', body)
        out[(cur, int(year))] = {"shown": shown, "total": Decimal(total), "line": line, "adds": adds}
    return out


SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$"}


# -- the sites ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dev_site(tmp_path_factory) -> Path:
    """The dev set: the evaluation fixtures' records (the gold's meaning), built like the real site."""
    return build_site(tmp_path_factory.mktemp("dev-meaning"), [EVAL_FACTS], [EVAL_SEEDS])


@pytest.fixture(scope="module")
def edge_site(tmp_path_factory) -> Path:
    """The dev set with the hand-made records of repeats, a near-copy, a restatement, a discrepancy and a revision."""
    return build_site(tmp_path_factory.mktemp("edge-meaning"), [EVAL_FACTS, MEANING_FACTS], [EVAL_SEEDS, MEANING_SEEDS])


SITES = {"dev": [EVAL_FACTS], "edge": [EVAL_FACTS, MEANING_FACTS]}


@pytest.fixture(params=list(SITES))
def site(request, dev_site, edge_site) -> tuple[Path, list[dict]]:
    built = dev_site if request.param == "dev" else edge_site
    return built, load_plain_records(*SITES[request.param])


# -- funding ----------------------------------------------------------------------------

def test_funding_totals_per_currency_and_year_follow_the_rule(site):
    built, records = site
    want = expected_totals(records)
    assert want, "the fixtures have commitments to add"
    shown = totals_on(built / "funding" / "index.html")
    got = {k: v for k, v in shown.items() if v["adds"]}
    assert {k: int(v["total"]) for k, v in got.items()} == {k: t for k, (t, _) in want.items()}
    for key, card in got.items():
        total, ids = want[key]
        assert card["shown"] == f"{SYMBOL[key[0]]}{total:,}", (key, card)
        assert {(r["article"]["id"], f["id"]) for r, f in (fact_of(h, records) for h in card["adds"])} == ids, key
        # One line under the total: what it adds and what it leaves out.
        assert card["line"].startswith(f"Adds {len(ids)} commitment") and "Leaves out" in card["line"], card["line"]
    # A currency and year with something to show but nothing to add says so, without a sum.
    for key, card in shown.items():
        if not card["adds"]:
            assert key not in want and card["shown"] == "nothing added" and card["line"].startswith("Adds nothing")


def test_no_rate_share_restatement_spending_or_estimate_is_added_in(site):
    built, records = site
    kinds = defaultdict(int)
    for page in [built / "funding" / "index.html", built / "index.html", *(built / "regions").glob("*.html")]:
        for key, card in totals_on(page).items():
            for href in card["adds"]:
                rec, f = fact_of(href, records)
                assert addable(f), (page.name, key, f)
                assert funding_year(rec, f) == key[1] and f["currency"] == key[0], (page.name, key, f)
    for _, f in visible_funding(records):
        for field in ("per", "part_of", "same_as"):
            kinds[field] += bool(f.get(field))
        kinds[f.get("kind") or "none"] += 1
    # The fixtures have every kind of amount that must stay out.
    assert kinds["per"] and kinds["part_of"] and kinds["spending"] and kinds["estimate"], kinds
    if site[0].parent.name.startswith("edge"):
        assert kinds["same_as"] and kinds["none"], kinds


def test_the_left_out_line_counts_what_is_left_out(edge_site):
    card = totals_on(edge_site / "funding" / "index.html")[("GBP", 2024)]
    # 370m and 120m (Rwanda) and the 75m pledge once; out: the 220m and 50m shares, three rates, the 20m spent,
    # the 28m estimate, the 3m with no kind, and two more reports of the 75m pledge.
    assert card["total"] == 565_000_000
    assert card["line"] == ("Adds 3 commitments dated 2024. Leaves out 2 shares of larger amounts, 3 rates (per day, per person …), "
                            "1 amount with no kind yet, 1 amount spent, 1 estimate, 2 repeat reports of pledges counted once.")


def test_shares_sit_under_their_total_and_a_restatement_beside_it(edge_site):
    funding = (edge_site / "funding" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr[^>]*>.*?</tr>", funding[funding.index('id="commitments"'):], re.S)
    i = next(i for i, r in enumerate(rows) if ">£480,000,000</a>" in r)
    assert "data-fs-child" not in rows[i]
    for j, amount in enumerate(("€141,000,000", "€191,000,000", "€209,000,000"), 1):
        assert f">{amount}</a>" in rows[i + j] and "data-fs-child" in rows[i + j] and "of which" in rows[i + j]
    # The euro restatement stands in the same cell as the pound amount it restates; it has no row of its own.
    [row] = [r for r in rows if "#f-m1-75m" in r]
    cell = re.search(r'<td class="fs-amount".*?</td>', row, re.S).group(0)
    assert ">€86,000,000</a>" in cell and "fs-restated" in cell
    assert sum(">€86,000,000</a>" in r for r in rows) == 1
    # The later reports of the same pledge sit under the report counted, which names them.
    k = rows.index(row)
    assert "#f-m2-75m" in "".join(rows[k + 1:k + 3]) and "#f-m3-75m" in "".join(rows[k + 1:k + 3])
    assert all("also reported" in r for r in rows[k + 1:k + 3])
    # On the article pages: the shares under their total, the restatement beside its amount, the repeat names its report.
    art = (edge_site / "articles" / "2023-03-10-britain-is-to-pay-france-480m-over-the.html").read_text(encoding="utf-8")
    arows = re.findall(r"<tr[^>]*>.*?</tr>", art, re.S)
    i = next(i for i, r in enumerate(arows) if ">£480,000,000</a>" in r)
    assert all("data-fs-child" in r for r in arows[i + 1:i + 4]) and ">€141,000,000</a>" in arows[i + 1]
    m1 = (edge_site / "articles" / "2024-01-02-small-boat-crossings-fell-last-year.html").read_text(encoding="utf-8")
    assert re.search(r'>£75,000,000</a></span>(?:(?!</td>).)*? <span class="fs-restated"[^>]*>= <span class="fs-nowrap"><a class="fs-num" '
                     r'href="[^"]*#f-m1-86m">€86,000,000</a>', m1, re.S)  # in the same cell, after its alt forms and Cite
    assert "Also reported by" in m1
    m2 = (edge_site / "articles" / "2024-01-05-britain-pledges-75m-for-french-beach-patrols.html").read_text(encoding="utf-8")
    assert re.search(r"counted once, with an earlier report: <a href=\"2024-01-02-small-boat-crossings-fell-last-year\.html#f-m1-75m\">", m2)


def test_facts_without_a_kind_are_shown_with_a_note_not_added(edge_site):
    funding = (edge_site / "funding" / "index.html").read_text(encoding="utf-8")
    section = funding[funding.index('id="unclassified"'):funding.index('id="per-place"')]
    assert ">£3,000,000</a>" in section and "not added until it has a kind" in section
    assert "set kind in the facts file" in section


# -- figures ----------------------------------------------------------------------------

def chart_points(page: Path) -> tuple[dict[int, tuple[float, float]], list[dict[str, Any]], dict[int, float]]:
    """The chart of a metric page: year bands (x, width), dots (series, year, cx, href) and year labels (x)."""
    bands, dots, labels = {}, [], {}
    p = tags(page)
    for tag, a, href in p.tags:
        if tag == "rect" and "fs-chart__band" in a.get("class", ""):
            bands[int(a["data-year"])] = (float(a["x"]), float(a["width"]))
        elif tag == "circle" and "fs-chart__dot" in a.get("class", ""):
            dots.append({"series": a["data-series"], "year": int(a["data-year"]), "cx": float(a["cx"]), "href": href,
                         "fact": a["data-fact"]})
    for tag, a, text in p.text_of:
        if tag == "text" and "fs-chart__year" in a.get("class", ""):
            assert text == a["data-year"]
            labels[int(a["data-year"])] = float(a["x"])
    return bands, dots, labels


def test_every_chart_point_is_a_whole_count_of_its_year_inside_its_band(site):
    built, records = site
    plotted_total = 0
    for page in sorted((built / "figures").glob("*.html")):
        if page.name == "index.html":
            continue
        bands, dots, labels = chart_points(page)
        metric = page.stem
        if metric == "other":
            assert not dots and "fs-chart" not in page.read_text(encoding="utf-8")  # other counts are never charted
            continue
        for d in dots:
            rec, f = fact_of(d["href"], records)
            start, end = _period(f)
            assert f["metric"] == metric and whole_count(f), (page.name, f)
            assert d["fact"] == f["id"]
            if d["series"] == "year":
                assert whole_year(start, end) and start.year == d["year"], (page.name, f)
            else:
                assert d["series"] == "ytd" and year_to_date(start, end) and end.year == d["year"], (page.name, f)
            x, w = bands[d["year"]]
            # Inside its own year's band, never on the boundary with the next year.
            assert x < d["cx"] < x + w, (page.name, d, bands[d["year"]])
            if d["series"] == "year":
                assert abs(d["cx"] - (x + w / 2)) < 0.2  # at the middle of its year, under the year's label
                assert abs(labels[d["year"]] - (x + w / 2)) < 0.2
        # The bands are consecutive years, in order, side by side.
        years = sorted(bands)
        assert years == list(range(years[0], years[-1] + 1)) if years else True
        for a, b in zip(years, years[1:]):
            assert abs(bands[a][0] + bands[a][1] - bands[b][0]) < 0.2
        # Every whole count of a whole year or a year to date is on the chart, unless a later report revised it
        # or it is a near-copy's repeat.
        plotted = {fact_of(d["href"], records)[1]["id"] for d in dots}
        html = page.read_text(encoding="utf-8")
        for rec, f in ((r, f) for r in records for f in r["facts"] if f.get("metric") == metric and f.get("review") != "rejected"):
            if whole_count(f) and (whole_year(*_period(f)) or year_to_date(*_period(f))) and f["id"] not in plotted:
                row = re.search(rf'<tr>(?:(?!</tr>).)*#{re.escape(f["id"])}".*?</tr>', html, re.S).group(0)
                assert "revised by a later report" in row or "repeated by a near-copy" in row, (metric, f["id"])
        plotted_total += len(dots)
    assert plotted_total >= 10


def test_small_boat_chart_of_the_dev_set(dev_site):
    # The case: the 2023 whole-year total sits in the 2023 band, not at the "2024" tick; one-day,
    # one-boat and subset counts are listed, not plotted.
    bands, dots, _ = chart_points(dev_site / "figures" / "small_boat_arrivals.html")
    by_value = {fact_of(d["href"], load_plain_records(EVAL_FACTS))[1]["value"]: d for d in dots}
    assert set(by_value) == {28526, 45755, 29437, 12500, 22600, 3000, 24000, 34401}
    d2023 = by_value[29437]
    assert d2023["series"] == "year" and bands[2023][0] < d2023["cx"] < bands[2024][0]
    html = (dev_site / "figures" / "small_boat_arrivals.html").read_text(encoding="utf-8")
    listed = html[html.index('id="listed"'):]
    for value, why in (("1,295", "one day"), ("6,971", "one month"), ("12,301", "counts only part of the metric"),
                       ("40", "counts only part of the metric"), ("17,402", "span not known")):
        row = re.search(rf"<tr>(?:(?!</tr>).)*>{value}</a>.*?</tr>", listed, re.S).group(0)
        assert why in row, (value, row)


def test_latest_figures_on_the_home_page_state_their_span(site):
    built, records = site
    home = (built / "index.html").read_text(encoding="utf-8")
    section = home[home.index('id="latest-figures"'):home.index('id="funding-committed"')]
    rows = re.findall(r"<tr><td data-label=\"Metric\">.*?</tr>", section, re.S)
    assert rows
    seen = set()
    for row in rows:
        cell = re.search(r'<td data-label="Latest" data-span="([^"]*)">(.*?)</td>', row, re.S)
        href = re.search(r'<a class="fs-num" href="([^"]+)"', cell.group(2)).group(1)
        rec, f = fact_of(href, records)
        start, end = _period(f)
        assert whole_count(f) and (whole_year(start, end) or year_to_date(start, end)), f
        shown = re.sub(r'<span class="fs-alt" hidden>.*?</span>', "", cell.group(2))  # search-only forms, not shown
        text = htmllib.unescape(re.sub(r"<[^>]+>", "", shown))
        assert f"{f['value']:,} in {span_words(start, end)}" in text, text
        assert cell.group(1) == f"{start.isoformat()}/{end.isoformat()}"
        # The newest such count of its metric (latest end; on one end, the newest report).
        newest = max(((r, g) for r in records for g in r["facts"]
                      if g.get("metric") == f["metric"] and g.get("review") != "rejected" and whole_count(g)
                      and not r["article"].get("duplicate_of")
                      and (whole_year(*_period(g)) or year_to_date(*_period(g)))),
                     key=lambda rg: (_period(rg[1])[1], _day(rg[0]["article"]["date"])))
        assert newest[1]["value"] == f["value"] and _period(newest[1]) == (start, end), (f, newest[1])
        seen.add(f["metric"])
    assert "other" not in seen and "arrests" not in seen  # never headlined; arrests are all counts of one gang
    assert "small_boat_arrivals" in seen


def test_discrepancy_newer_report_first_and_a_revision_is_no_discrepancy(edge_site):
    html = (edge_site / "figures" / "small_boat_arrivals.html").read_text(encoding="utf-8")
    disagree = html[html.index('id="where-sources-disagree"'):html.index('id="revised-figures"')]
    claims = re.findall(r'<div class="fs-claim">(.*?)</div>', disagree, re.S)
    assert len(claims) == 2
    assert "Newer report, 2024-03-01" in claims[0] and ">29,437</a>" in claims[0]
    assert "Earlier report, 2024-01-02" in claims[1] and ">29,110</a>" in claims[1]
    for c in claims:  # both linked to their evidence
        href = re.search(r'<a class="fs-num fs-big" href="([^"]+)"', c).group(1)
        file, frag = href.split("#")
        assert f'id="{frag}"' in (edge_site / "figures" / file).resolve().read_text(encoding="utf-8")
    # The agreeing 45,755 of 2022 (two articles) is no discrepancy; the corrected count of one story is a revision.
    assert "45,755" not in disagree and "12,901" not in disagree and "12,913" not in disagree
    revised = html[html.index('id="revised-figures"'):html.index('id="charted"')]
    assert re.search(r">12,901</a> \(2024-06-10\) revised to <a [^>]*>12,913</a> \(2024-06-11", revised)
    bands, dots, _ = chart_points(edge_site / "figures" / "small_boat_arrivals.html")
    plotted = {d["fact"] for d in dots}
    assert "f-m11-ytd" in plotted and "f-m10-ytd" not in plotted
    # The disputed year is marked on the chart.
    assert html.count("fs-chart__dot--disputed") == 2 and "2 values</text>" in html


def test_other_counts_are_listed_on_their_article_and_place_pages_never_charted_or_headlined(edge_site):
    article = (edge_site / "articles" / "2024-06-10-channel-crossings-pass-12000-so-far-this-year.html").read_text(encoding="utf-8")
    assert re.search(r'>Other counts</a></td><td data-label="Span"[^>]*>up to 10 June 2024</td><td[^>]*><a class="fs-num"[^>]*>14</a>',
                     article)
    other = (edge_site / "figures" / "other.html").read_text(encoding="utf-8")
    assert "fs-chart" not in other and "never charted" in other
    index = (edge_site / "figures" / "index.html").read_text(encoding="utf-8")
    assert "never headlined" in index
    place = (edge_site / "regions" / "english-channel.html").read_text(encoding="utf-8")
    assert re.search(r'>Other counts</a></td><td data-label="Span"[^>]*>up to 10 June 2024</td><td[^>]*><a class="fs-num" '
                     r'href="[^"]*#f-m10-cutters">14</a>', place)
    home = (edge_site / "index.html").read_text(encoding="utf-8")
    latest = home[home.index('id="latest-figures"'):home.index('id="funding-committed"')]
    assert "f-m10-cutters" not in latest and "Other counts" not in latest


# -- exact sums, hostile links ---------------------------------------------------------------

def _record(aid: str, day: dt.date, facts: list[dict], **article) -> dict:
    return {"schema": 1, "article": {"id": aid, "seed": f"{aid}.txt", "sha256": "0", "date": day, "title": aid, **article},
            "entities": [{"id": "FR", "type": "place", "name": "France", "kind": "country"}], "facts": facts}


def _money(fid: str, amount: Any, **kw: Any) -> dict:
    return {"id": fid, "type": "funding", "amount": amount, "currency": "GBP", "purpose": "p", "qualifier": "exact",
            "kind": "commitment", "period": {"start": dt.date(2024, 5, 1), "end": dt.date(2024, 5, 1)},
            "evidence": f"Evidence {fid}.", "review": "auto", **kw}


def test_sums_are_exact_for_huge_and_fractional_amounts(tmp_path: Path):
    big = 2**53 + 1  # a float cannot hold it
    recs = [_record("a-one", dt.date(2024, 5, 1), [_money("f-1", big), _money("f-2", big, places=["FR"]), _money("f-3", 0.1),
                                                   _money("f-4", 0.2)])]
    docs = tmp_path / "docs"
    render_site(typed(recs), {}, ROOT / "templates", docs)
    funding = (docs / "funding" / "index.md").read_text(encoding="utf-8")
    want = 2 * big + Decimal("0.3")
    assert f'data-total="{want}"' in funding
    assert f"£{int(want):,}.3<" in funding  # every digit, never through a float


def test_links_that_go_round_in_a_circle_or_nowhere_still_show_every_fact(tmp_path: Path):
    recs = [_record("a-one", dt.date(2024, 5, 1), [
        _money("f-a", 100, part_of="f-b"), _money("f-b", 200, part_of="f-a"),  # a circle (check reports it)
        _money("f-c", 300, part_of="f-gone"), _money("f-d", 400, same_as="f-d"),  # a missing total, a fact pointing to itself
        _money("f-e", 500), _money("f-x", 900, review="rejected"), _money("f-f", 600, part_of="f-x"),  # its total is rejected
    ])]
    docs = tmp_path / "docs"
    render_site(typed(recs), {}, ROOT / "templates", docs)
    funding = (docs / "funding" / "index.md").read_text(encoding="utf-8")
    for fid in ("f-a", "f-b", "f-c", "f-d", "f-e", "f-f"):
        assert len(re.findall(rf'<a class="fs-num" href="[^"]*#{fid}">', funding)) == 1, fid
    assert "£900" not in funding and "#f-x" not in funding
    assert 'data-total="500"' in funding  # only the commitment that is a sum and links nowhere
    assert funding.count("(its total is not shown)") == 2  # f-c and f-f


def test_one_pledge_in_many_articles_counts_once_and_pages_stay_bounded(tmp_path: Path):
    recs = [_record(f"a-{i:04d}", dt.date(2024, 5, 1) + dt.timedelta(days=i % 30),
                    [_money(f"f-{i}", 4_000_000, places=["FR"])]) for i in range(MAX_ROWS * 2 + 7)]
    docs = tmp_path / "docs"
    render_site(typed(recs), {}, ROOT / "templates", docs)
    index = (docs / "funding" / "index.md").read_text(encoding="utf-8")
    assert 'data-currency="GBP" data-year="2024" data-total="4000000"' in index
    pages = [p for p in (docs / "funding").glob("*.md") if p.name != "index.md"]
    rows = [p.read_text(encoding="utf-8").count('<td class="fs-amount"') for p in pages]
    assert max(rows) <= MAX_ROWS and sum(rows) == MAX_ROWS * 2 + 7


# -- hand edits survive extraction and change the site -------------------------------------

def set_field(text: str, fact_id: str, key: str, value: str) -> str:
    """Set ``key: value`` in the fact ``fact_id`` of a facts file's text, as a person would in an editor."""
    lines = text.split("\n")
    start = lines.index(f"  - id: {fact_id}")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ") or not lines[i].startswith("    "))
    for i in range(start + 1, end):
        if lines[i].startswith(f"    {key}:"):
            lines[i] = f"    {key}: {value}"
            return "\n".join(lines)
    at = next(i for i in range(start + 1, end) if lines[i].startswith(("    evidence:", "    review:")))
    lines.insert(at, f"    {key}: {value}")
    return "\n".join(lines)


def run(project: Path, *args: str) -> None:
    r = subprocess.run([str(FACTSHEET), *args], cwd=project, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr


def test_hand_edits_survive_extraction_and_change_totals_and_charts(tmp_path: Path):
    project = tmp_path / "proj"
    (project / "seeds").mkdir(parents=True)
    shutil.copy(EVAL_SEEDS / "dev_02.txt", project / "seeds")
    run(project, "extract")
    [path] = (project / "facts").glob("*.yaml")
    original = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_amount = {f["amount"]: f["id"] for f in original["facts"] if f["type"] == "funding"}
    boats = {f["value"]: f["id"] for f in original["facts"] if f.get("metric") == "small_boat_arrivals"}
    t480, g300, g63, g55 = (by_amount[a] for a in (480_000_000, 300_000_000, 63_000_000, 55_000_000))

    before = build_site(tmp_path / "before", [project / "facts"], [project / "seeds"])
    records = load_plain_records(project / "facts")
    old = {k: v["total"] for k, v in totals_on(before / "funding" / "index.html").items() if v["adds"]}
    assert old == {k: t for k, (t, _) in expected_totals(records).items()}
    # What the extractor wrote: the deal of 2023 and the money set aside up to 2023, the deals of 2022 and 2021.
    assert (old[("GBP", 2023)], old[("GBP", 2022)], old[("GBP", 2021)]) == (780_000_000, 63_000_000, 55_000_000)
    _, dots, _ = chart_points(before / "figures" / "small_boat_arrivals.html")
    assert boats[45755] in {d["fact"] for d in dots}

    # A person corrects one fact each: money spent, a rate, the year of a deal, a share, and a count of part of the metric.
    text = path.read_text(encoding="utf-8")
    text = set_field(text, t480, "kind", "spending")
    text = set_field(text, g300, "per", "year")
    text = set_field(text, g63, "period", "{start: 2021-01-01, end: 2021-12-31}")
    text = set_field(text, g55, "part_of", g63)
    text = set_field(text, boats[45755], "subset", "adults only")
    path.write_text(text, encoding="utf-8")
    run(project, "check")
    run(project, "extract", "--force")

    # The edits are still there ...
    facts = {f["id"]: f for f in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]}
    assert facts[t480]["kind"] == "spending" and facts[g300]["per"] == "year" and facts[g55]["part_of"] == g63
    assert facts[g63]["period"] == {"start": dt.date(2021, 1, 1), "end": dt.date(2021, 12, 31)}
    assert facts[boats[45755]]["subset"] == "adults only"

    # ... and the built site follows them.
    after = build_site(tmp_path / "after", [project / "facts"], [project / "seeds"])
    records = load_plain_records(project / "facts")
    got = {k: v["total"] for k, v in totals_on(after / "funding" / "index.html").items() if v["adds"]}
    assert got == {k: t for k, (t, _) in expected_totals(records).items()}
    assert ("GBP", 2023) not in got and ("GBP", 2022) not in got  # spending and a rate are never added
    assert got[("GBP", 2021)] == 63_000_000  # the deal moved to 2021; the £55m is now a share of it
    funding = (after / "funding" / "index.html").read_text(encoding="utf-8")
    funding = funding[funding.index('id="commitments"'):]
    assert re.search(rf'#{g63}">£63,000,000</a>.*?</tr>\s*<tr class="fs-sub fs-sub--1" data-fs-child>.*?#{g55}"', funding, re.S)
    _, dots, _ = chart_points(after / "figures" / "small_boat_arrivals.html")
    assert boats[45755] not in {d["fact"] for d in dots}
    assert boats[3000] in {d["fact"] for d in dots}


def test_downloads_say_what_each_number_means(edge_site):
    import csv
    import json

    rows = {r["fact_id"]: r for r in csv.DictReader((edge_site / "downloads" / "funding.csv").open(encoding="utf-8"))}
    assert rows["f-m1-75m"]["in_totals"] == "added" and rows["f-m1-75m"]["covers_end"] == "2026-12-31"
    assert rows["f-m2-75m"]["in_totals"] == "repeat"
    assert rows["f-m2-75m"]["counted_with"] == "2024-01-02-small-boat-crossings-fell-last-year#f-m1-75m"
    assert rows["f-m1-86m"]["in_totals"] == "restatement" and rows["f-m1-86m"]["same_as"] == "f-m1-75m"
    assert rows["f-m2-3m"]["in_totals"] == "unclassified" and rows["f-m2-3m"]["kind"] == ""
    figures = {r["fact_id"]: r for r in csv.DictReader((edge_site / "downloads" / "figures.csv").open(encoding="utf-8"))}
    assert (figures["f-m11-ytd"]["span"], figures["f-m11-ytd"]["charted"]) == ("year_to_date", "year_to_date")
    assert (figures["f-m10-ytd"]["span"], figures["f-m10-ytd"]["charted"]) == ("year_to_date", "")  # revised
    assert figures["f-m10-afghan"]["subset"] == "Afghan nationals" and figures["f-m1-week"]["span"] == "week"
    doc = json.loads((edge_site / "downloads" / "facts.json").read_text(encoding="utf-8"))
    shown = {k: int(v["total"]) for k, v in totals_on(edge_site / "funding" / "index.html").items() if v["adds"]}
    assert {(t["currency"], t["year"]): t["total"] for t in doc["funding_totals"] if t["added"]} == shown
