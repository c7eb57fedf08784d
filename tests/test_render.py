"""Render stage: pages from a small hand-built record set, hostile text, links, bounds, downloads."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from generator import ingest
from generator.errors import FactsheetError
from generator.render import MAX_ROWS, relative_url, render_site
from site_helpers import (EVAL_FACTS, EVAL_SEEDS, HOSTILE_FACTS, HOSTILE_SEEDS, ROOT, broken_links, build_site,
                          load_plain_records, parse, typed)

FIRST_SEED = EVAL_SEEDS / "000_f83952dda46ec445.txt"
EV_FUNDING = ("At the gathering at Hillsborough Castle – the backdrop for the Good Friday Agreement – Ms Cooper will "
              "announce £4 million in funding to help combat Russian threats aimed at “destabilising the region” and "
              "“fanning ethnic tensions,” the Foreign Office said.")
EV_FIGURE = ("It comes as the Government struggles to curb the number of people crossing the English Channel by small "
             "boat, which has reached 34,401 this year.")


def cooper_record() -> dict:
    """A hand-built record for the project's first seed, in the YAML form."""
    article = ingest.read_seed(FIRST_SEED)
    return {
        "schema": 1,
        "article": {"id": article.id, "seed": article.seed, "sha256": article.sha256, "date": article.date,
                    "title": "Yvette Cooper to host European allies", "publisher": "The Independent"},
        "entities": [
            {"id": "yvette-cooper", "type": "person", "name": "Yvette Cooper", "roles": ["Foreign Secretary"]},
            {"id": "XK", "type": "place", "name": "Kosovo", "kind": "country"},
            {"id": "AL", "type": "place", "name": "Albania", "kind": "country"},
            {"id": "western-balkans", "type": "place", "name": "Western Balkans", "kind": "region",
             "members": ["AL", "BA", "XK", "ME", "MK", "RS"]},
            {"id": "english-channel", "type": "place", "name": "English Channel", "kind": "sea"},
        ],
        "facts": [
            {"id": "f-1d9e40", "type": "funding", "amount": 4000000, "currency": "GBP",
             "purpose": "help combat Russian threats", "places": ["western-balkans"], "announced_by": "yvette-cooper",
             "qualifier": "exact", "kind": "commitment", "period": {"start": dt.date(2025, 10, 8), "end": dt.date(2025, 10, 8)},
             "evidence": EV_FUNDING, "review": "reviewed"},
            {"id": "f-aa0001", "type": "funding", "amount": 750000, "currency": "GBP", "purpose": "border posts",
             "places": ["XK"], "kind": "commitment", "period": {"start": dt.date(2025, 10, 8), "end": dt.date(2025, 10, 8)},
             "evidence": EV_FUNDING, "review": "auto"},
            {"id": "f-8c02aa", "type": "figure", "metric": "small_boat_arrivals", "value": 34401, "unit": "people",
             "qualifier": "exact", "period": {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 10, 8)},
             "places": ["english-channel"], "source": "Home Office", "evidence": EV_FIGURE, "review": "auto"},
            {"id": "f-dead00", "type": "funding", "amount": 9999999, "currency": "GBP",
             "purpose": "REJECTED-PURPOSE-MARKER", "evidence": EV_FUNDING, "review": "rejected"},
        ],
    }


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """Docs rendered from the hand-built record (no MkDocs run)."""
    docs = tmp_path_factory.mktemp("small") / "docs"
    article = ingest.read_seed(FIRST_SEED)
    render_site(typed([cooper_record()]), {article.id: article}, ROOT / "templates", docs)
    return docs


@pytest.fixture(scope="module")
def eval_site(tmp_path_factory) -> Path:
    """The built site of the evaluation fixtures plus the hostile fixture."""
    project = tmp_path_factory.mktemp("eval-site")
    return build_site(project, [EVAL_FACTS, HOSTILE_FACTS], [EVAL_SEEDS, HOSTILE_SEEDS])


def article_md(docs: Path) -> str:
    (page,) = [p for p in (docs / "articles").glob("*.md") if p.name != "index.md"]
    return page.read_text(encoding="utf-8")


def all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file())


# -- pages of the small record set ---------------------------------------------------

def test_numbers_and_money_have_thousands_separators(small: Path):
    funding = (small / "funding" / "index.md").read_text(encoding="utf-8")
    assert ">£4,000,000</a>" in funding and ">£750,000</a>" in funding
    assert "£4,750,000" in funding  # the GBP total
    metric = (small / "figures" / "small_boat_arrivals.md").read_text(encoding="utf-8")
    assert ">34,401</a>" in metric
    home = (small / "index.md").read_text(encoding="utf-8")
    assert ">34,401</a>" in home and "£4,750,000" in home


def test_each_fact_has_one_highlighted_anchor_around_its_evidence(small: Path):
    md = article_md(small)
    # Two facts share one sentence: the anchors nest, each wraps the whole sentence.
    m = re.search(r'<span class="fs-ev fs-ev--reviewed" id="f-1d9e40" title="funding"><span class="fs-ev" id="f-aa0001" '
                  r'title="funding">(.*?)</span></span>', md)
    assert m, md
    assert "Hillsborough Castle" in m.group(1) and m.group(1).endswith("Foreign Office said.")
    assert md.count('id="f-8c02aa"') == 1
    assert re.search(r'id="f-8c02aa"[^>]*>It comes as the Government[^<]*34,401 this year\.</span>', md)


def test_topic_numbers_link_to_the_evidence_anchor(small: Path):
    funding = (small / "funding" / "index.md").read_text(encoding="utf-8")
    art = [p for p in (small / "articles").glob("*.md") if p.name != "index.md"][0].stem
    assert f'href="../articles/{art}.html#f-1d9e40">£4,000,000</a>' in funding
    place = (small / "regions" / "western-balkans.md").read_text(encoding="utf-8")
    assert f'href="../articles/{art}.html#f-1d9e40">£4,000,000</a>' in place


def test_region_rolls_up_member_countries(small: Path):
    region = (small / "regions" / "western-balkans.md").read_text(encoding="utf-8")
    # Kosovo's £750,000 counts towards the Western Balkans.
    assert ">£750,000</a>" in region and "£4,750,000" in region
    assert 'href="xk.html">Kosovo</a>' in region
    kosovo = (small / "regions" / "xk.md").read_text(encoding="utf-8")
    assert ">£4,000,000</a>" not in kosovo
    assert "part of" in kosovo and "Western Balkans" in kosovo


def test_reviewed_facts_carry_a_badge(small: Path):
    funding = (small / "funding" / "index.md").read_text(encoding="utf-8")
    rows = funding[funding.index("<tbody>"):].split("<tr>")  # the table's rows (the totals above list amounts too)
    row_4m = next(r for r in rows if "£4,000,000" in r)
    row_750k = next(r for r in rows if "£750,000</a>" in r)
    assert "✓" in row_4m and "✓" not in row_750k


def test_rejected_facts_appear_nowhere_but_on_the_corrections_page(small: Path):
    listed = {small / "corrections.md", small / "changes.md"}
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(small.rglob("*")) if p.is_file() and p not in listed)
    assert "REJECTED-PURPOSE-MARKER" not in text
    assert "9,999,999" not in text and "9999999" not in text
    assert "f-dead00" not in text
    # The Corrections page lists the rejection (a hand change) by its value only: not its words, not a link.
    corrections = (small / "corrections.md").read_text(encoding="utf-8")
    row = next(r for r in corrections.split("<tr") if "9,999,999" in r)
    assert 'data-state="rejected"' in row and "REJECTED-PURPOSE-MARKER" not in corrections and "#f-dead00" not in row


def test_downloads_hold_visible_facts(small: Path):
    doc = json.loads((small / "downloads" / "facts.json").read_text(encoding="utf-8"))
    assert sorted(f["fact_id"] for f in doc["facts"]) == ["f-1d9e40", "f-8c02aa", "f-aa0001"]
    rows = list(csv.DictReader((small / "downloads" / "funding.csv").open(encoding="utf-8")))
    assert [(r["amount"], r["currency"], r["review"]) for r in rows] == [("4000000", "GBP", "reviewed"), ("750000", "GBP", "auto")]
    assert (small / "downloads" / "figures.csv").read_text(encoding="utf-8").count("\n") == 2
    home = (small / "index.md").read_text(encoding="utf-8")
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', home).group(1))
    assert ld["@type"] == "Dataset" and any(d["contentUrl"] == "downloads/facts.json" for d in ld["distribution"])


def test_every_template_page_renders(small: Path):
    for tpl in (ROOT / "templates" / "pages").glob("*.md.j2"):
        assert (small / tpl.name[:-3]).is_file()
    assert (small / "editing.md").is_file()


def test_missing_article_text_still_anchors_every_fact(tmp_path: Path):
    render_site(typed([cooper_record()]), {}, ROOT / "templates", tmp_path / "docs")
    md = article_md(tmp_path / "docs")
    for fid in ("f-1d9e40", "f-aa0001", "f-8c02aa"):
        assert md.count(f'id="{fid}"') == 1
    assert "not available" in md


def test_docs_dir_with_foreign_files_is_not_cleared(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(FactsheetError, match="refusing to clear"):
        render_site(typed([cooper_record()]), {}, ROOT / "templates", tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_relative_urls():
    assert relative_url("funding/index.md", "articles/a.md", "f-1") == "../articles/a.html#f-1"
    assert relative_url("index.md", "regions/xk.md") == "regions/xk.html"
    assert relative_url("articles/a.md", "articles/a.md", "f-1") == "a.html#f-1"
    assert relative_url("funding/2024/x.md", "downloads/facts.json") == "../../downloads/facts.json"


# -- scale: bounded tables -----------------------------------------------------------

def test_long_tables_split_into_pages_of_at_most_max_rows(tmp_path: Path):
    base = cooper_record()
    recs = []
    for i in range(1300):
        r = copy.deepcopy(base)
        r["article"]["id"] = f"{r['article']['id']}-{i}"
        r["article"]["date"] = dt.date(2023 + i % 2, 1 + i % 12, 1)
        r["facts"] = r["facts"][:3]
        for f in r["facts"]:  # funding counts in the year of its period; each article's pledge is its own
            if f["type"] == "funding":
                f["period"] = {"start": r["article"]["date"], "end": r["article"]["date"]}
                f["amount"] += i
        recs.append(r)
    docs = tmp_path / "docs"
    render_site(typed(recs), {}, ROOT / "templates", docs)
    funding_pages = sorted((docs / "funding").glob("*.md"))
    assert len(funding_pages) > 3
    rows = {p.name: p.read_text(encoding="utf-8").count("<tr><td") for p in funding_pages}
    assert all(n <= MAX_ROWS for n in rows.values()), rows
    # Every funding fact is on exactly one year page.
    assert sum(n for name, n in rows.items() if name != "index.md") == 2600
    assert max(p.read_text(encoding="utf-8").count("<tr><td") for p in (docs / "figures").rglob("*.md")) <= MAX_ROWS
    assert max(p.read_text(encoding="utf-8").count("<li>") for p in (docs / "articles").rglob("*.md")) <= MAX_ROWS


# -- the built site (eval fixtures + hostile fixture) --------------------------------

def test_built_site_links_and_anchors_resolve(eval_site: Path):
    assert broken_links(eval_site) == []


def test_every_topic_number_links_to_an_evidence_anchor(eval_site: Path):
    records = load_plain_records(EVAL_FACTS, HOSTILE_FACTS)
    visible = sum(1 for r in records for f in r["facts"] if f.get("review") != "rejected" and f["type"] == "funding")
    topic = [p for p in eval_site.rglob("*.html") if p.relative_to(eval_site).parts[0] in ("funding", "figures", "regions", "people", "index.html")]
    checked = 0
    for page in topic:
        for tag, href, attrs in parse(page).links:
            if "fs-num" not in (attrs.get("class") or ""):
                continue
            target, _, frag = href.partition("#")
            file = (page.parent / target).resolve()
            html = file.read_text(encoding="utf-8")
            assert re.search(rf'<span class="fs-ev[^"]*" id="{re.escape(frag)}"', html), (page, href)
            checked += 1
    funding_index = (eval_site / "funding" / "index.html").read_text(encoding="utf-8")
    assert funding_index.count('class="fs-num"') == visible
    assert checked > 110  # the home page and the figures index headline only whole counts of a year or a year to date


def test_hostile_text_is_shown_literally_and_inert(eval_site: Path):
    pages = list(eval_site.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for tag, href, attrs in parse(page).links:
            assert not href.strip().lower().startswith("javascript:"), (page, href)
        assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", html, re.I), page
        # Script elements: only Material's own bundles, our sorter and the JSON-LD block.
        for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            attrs, body = m.groups()
            assert "alert" not in body, (page, body[:200])
    (art,) = [p for p in (eval_site / "articles").glob("2024-05-02-*.html")]
    html = art.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in html.replace("&#40;", "(")
    text = re.sub(r"<[^>]+>", "", html)
    import html as h
    text = h.unescape(text)
    assert '<script>alert("title")</script>' in text
    assert "{{ 7*7 }}" in text and "{{ config }}" in text and '{% include "x" %}' in text
    assert "[x](javascript:alert(1))" in text
    assert "<img src=x onerror=alert(2)>" in text


def test_hostile_ids_cannot_leave_the_site_folders(eval_site: Path):
    project = eval_site.parent
    assert not any((project / "build" / "docs").rglob("passwd"))
    files = [p.relative_to(project / "build" / "docs").as_posix() for p in (project / "build" / "docs").rglob("*.md")]
    assert "people/etc-passwd.md" in files
    assert all(".." not in f for f in files)


def test_rejected_fact_absent_from_site_search_and_downloads(eval_site: Path):
    for p in eval_site.rglob("*"):
        if p.is_file() and p.suffix in (".html", ".json", ".csv"):
            assert "REJECTED-PURPOSE-MARKER" not in p.read_text(encoding="utf-8"), p
    facts = json.loads((eval_site / "downloads" / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert not any(f["fact_id"] == "f-rejected" for f in facts)


def test_disputed_figures_are_shown_side_by_side(tmp_path: Path):
    # Two articles give different values for one metric, place and period.
    import yaml

    from generator.extract import extract
    from generator.models import Period
    from generator.records import dump_record

    recs, arts = [], []
    for n, (day, value) in enumerate([(3, 1234), (4, 1500)]):
        seed = f"90{n}_dispute.txt"
        text = (f" date 2024-05-0{day} Officials said {value:,} people crossed the border illegally in the first "
                "quarter of 2024.\n")
        article = ingest.parse_seed(text.encode(), seed)
        record = extract(article)
        [fig] = [f for f in record.facts if f.type == "figure"]
        assert fig.value == value and fig.period == Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
        recs.append(yaml.safe_load(dump_record(record)))
        arts.append(article)
    out = tmp_path / "docs"
    render_site(typed(recs), {a.id: a for a in arts}, ROOT / "templates", out)
    md = (out / "figures" / f"{fig.metric}.md").read_text(encoding="utf-8")
    section = md[md.index("Where sources disagree"):]
    assert "1,234" in section and "1,500" in section
    assert md.count("⚠ disputed") == 2


def test_one_report_is_not_marked_as_disputing_itself(eval_site: Path):
    # The hostile article gives 1,234 and 1,500 for one metric and period: different things, not a dispute.
    html = (eval_site / "figures" / "irregular_crossings.html").read_text(encoding="utf-8")
    assert "1,234" in html and "1,500" in html
    for value in ("1,234", "1,500"):
        assert not re.search(rf">{value}</a> <span class=\"fs-conflict\"", html)
    claims = " ".join(re.findall(r'<div class="fs-claim">.*?</div>', html, re.S))
    assert "1,234" not in claims and "1,500" not in claims


def _fragments(site: Path) -> dict[str, dict]:
    """Pagefind's record of each indexed page (its gzipped fragment files), by URL."""
    import gzip

    out = {}
    for p in (site / "pagefind" / "fragment").iterdir():
        data = gzip.decompress(p.read_bytes())
        doc = json.loads(data[data.index(b"{"):])  # after Pagefind's signature
        out[doc["url"].lstrip("/")] = doc
    return out


def test_search_index_holds_article_text_but_no_navigation(eval_site: Path):
    pages = _fragments(eval_site)
    titles = {d["meta"]["title"] for d in pages.values()}
    assert {"Kosovo", "Yvette Cooper", "Small boat arrivals", "Western Balkans"} <= titles
    # Article text is searchable now (Pagefind's index is split by word: no visitor loads all of it).
    assert any("presidential palace in Carthage" in d["content"] for d in pages.values())
    # Only the page itself: not the navigation, the header or the footer of every page.
    assert "Editing facts" not in pages["regions/xk.html"]["content"]
    assert "404.html" not in pages and not any(u.startswith(("assets/", "downloads/")) for u in pages)
    # Help pages say so, for the search box to list them last.
    assert pages["editing.html"]["meta"].get("kind") == "help" and "kind" not in pages["regions/xk.html"]["meta"]
    # Amounts are found in the forms people type.
    assert "£10m" in pages["funding/index.html"]["content"] and "£10 million" in pages["funding/index.html"]["content"]


def test_no_external_scripts_styles_or_fonts(eval_site: Path):
    for page in eval_site.rglob("*.html"):
        for tag, url, attrs in parse(page).links:
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio"):
                assert not re.match(r"^(https?:)?//", url), (page, tag, url)
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")
    for css in eval_site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:|url\(\s*['\"]?https?://", css.read_text(encoding="utf-8")), css


# -- the site of the dev seeds, as the extractor reads them --------------------------

@pytest.fixture(scope="module")
def extracted_site(tmp_path_factory) -> Path:
    """The built site of every evaluation (dev) seed, with the records the current extractor writes."""
    from generator.pipeline import extract_all

    project = tmp_path_factory.mktemp("dev-site")
    report = extract_all(EVAL_SEEDS, project / "facts", force=True, jobs=1)
    assert len(report.written) == len(list(EVAL_SEEDS.glob("*.txt")))
    return build_site(project, [project / "facts"], [EVAL_SEEDS])


TOPIC_FOLDERS = ("funding", "figures", "regions", "people", "quotes")


def test_every_number_on_every_topic_page_of_the_dev_seeds_links_to_its_anchor(extracted_site: Path):
    records = load_plain_records(extracted_site.parent / "facts")
    visible = {(r["article"]["id"], f["id"]) for r in records for f in r["facts"]
               if f.get("review") != "rejected" and f["type"] in ("funding", "figure")}
    pages = [extracted_site / "index.html"] + [p for d in TOPIC_FOLDERS for p in (extracted_site / d).rglob("*.html")]
    seen: set[tuple[str, str]] = set()
    unlinked: list[str] = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        # Every amount and figure is a link (class fs-num) ...
        for m in re.finditer(r'<td[^>]*data-label="(?:Amount|Value|Latest value)"[^>]*>(.*?)</td>', html, re.S):
            if 'class="fs-num"' not in m.group(1):
                unlinked.append(f"{page.name}: {m.group(1)[:80]}")
        # ... to an evidence anchor that exists on its article page.
        for tag, href, attrs in parse(page).links:
            if "fs-num" not in (attrs.get("class") or ""):
                continue
            file, frag = (page.parent / href.partition("#")[0]).resolve(), href.partition("#")[2]
            assert frag and file.is_file(), (page, href)
            assert frag in parse(file).ids, (page, href)
            target = file.read_text(encoding="utf-8")
            assert re.search(rf'<span class="fs-ev[^"]*" id="{re.escape(frag)}"', target), (page, href)
            seen.add((file.stem, frag))
    assert unlinked == []
    # Every funding amount and figure of the records is shown (and linked) somewhere on the topic pages.
    assert {(a, safe) for a, safe in seen} >= {(a, fid) for a, fid in visible}, visible - seen
    assert len(visible) > 50


def test_dev_seed_evidence_is_highlighted_in_the_article_text(extracted_site: Path):
    # Each fact's anchor is in the article's text (not only in the list of sentences not found).
    located = missing = 0
    for page in (extracted_site / "articles").glob("2*.html"):
        html = page.read_text(encoding="utf-8")
        text = html[html.index('id="article-text"'):] if 'id="article-text"' in html else ""
        for fid in set(re.findall(r'<span class="fs-ev[^"]*" id="([^"]+)"', html)):
            if f'id="{fid}"' in text:
                located += 1
            else:
                missing += 1
    assert missing == 0 and located > 80, (located, missing)


def test_evidence_quoted_over_several_paragraphs_is_highlighted_piece_by_piece(small: Path, tmp_path: Path):
    article = ingest.read_seed(FIRST_SEED)
    rec = cooper_record()
    rec["facts"].append({
        "id": "f-q1", "type": "quote", "speaker": "yvette-cooper", "review": "auto", "text": "It is in all our interests",
        "evidence": ("Ms Cooper said: “It is in all our interests to protect security and stability in the Western Balkans, "
                     "and we must be alive to the full range of threats that our partners in the region are facing, from "
                     "Russian efforts to revive ethnic tensions, to vile people-smuggling gangs trading in human lives. ... "
                     "“International co-operation is vital to boosting our economic growth, protecting our national "
                     "security, and securing our borders."),
    })
    render_site(typed([rec]), {article.id: article}, ROOT / "templates", tmp_path / "docs")
    md = article_md(tmp_path / "docs")
    text = md[md.index('id="article-text"'):]
    assert re.search(r'<span class="fs-ev" id="f-q1" title="quote">Ms Cooper said:', text)
    assert re.search(r'<span class="fs-ev fs-ev--more" title="quote, continued">“International co-operation', text)
    assert md.count('id="f-q1"') == 1
    assert "not found in the text" not in md


def test_apostrophes_and_hashes_are_escaped_once(tmp_path: Path):
    rec = cooper_record()
    rec["facts"][1]["purpose"] = "Rwanda's fund #1 & <b>more</b>"
    render_site(typed([rec]), {}, ROOT / "templates", tmp_path / "docs")
    funding = (tmp_path / "docs" / "funding" / "index.md").read_text(encoding="utf-8")
    assert "Rwanda&#39;s fund &#35;1 &amp; &lt;b&gt;more&lt;/b&gt;" in funding
    assert "&&#35;" not in funding and "&amp;#" not in funding


@pytest.mark.parametrize("state", ["reviewed", "confirmed", "corrected"])
def test_checked_review_states_show_the_checked_mark(tmp_path: Path, state: str):
    rec = cooper_record()
    rec["facts"][1]["review"] = state
    render_site(typed([rec]), {}, ROOT / "templates", tmp_path / "docs")
    funding = (tmp_path / "docs" / "funding" / "index.md").read_text(encoding="utf-8")
    row = next(r for r in funding[funding.index("<tbody>"):].split("<tr>") if "£750,000</a>" in r)
    assert "✓ checked" in row


def test_about_page_states_the_measured_accuracy(small: Path):
    from generator.site import accuracy

    about = (small / "about.md").read_text(encoding="utf-8")
    doc = accuracy.load()
    assert doc is not None and {"dev", "tuned"} <= set(doc["sets"]) <= {"dev", "tuned", "blind"}
    assert "tests/fixtures/eval" in about and "upper bound" in about and "tests/fixtures/blind" in about
    # between held-out batches the blind set has no articles: the page says so instead of showing scores
    assert ("blind" in doc["sets"]) != ("No held-out articles at the moment" in about)
    sections = about.split("### ")[1:]
    for (name, res), section in zip(doc["sets"].items(), sections):
        for kind, s in res["kinds"].items():
            row = next(r for r in section.split("<tr>") if r.startswith(f'<td data-label="Kind">{kind.capitalize()}</td>'))
            cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
            # (counts with thousands separators, as every count on the site: "1,040")
            assert cells[1:6] == [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", f"{s['gold']:,}",
                                  f"{s['pred']:,}"], (name, kind)


def test_about_page_claims_no_accuracy_without_the_measurement(tmp_path: Path, monkeypatch):
    from generator.site import accuracy

    monkeypatch.setattr(accuracy, "FILE", "no-such-file.json")
    assert accuracy.load() is None
    render_site(typed([cooper_record()]), {}, ROOT / "templates", tmp_path / "docs")
    about = (tmp_path / "docs" / "about.md").read_text(encoding="utf-8")
    assert "No measurement" in about and "Precision" not in about


def test_metric_chart_is_static_svg_with_a_dot_per_value(small: Path):
    metric = (small / "figures" / "small_boat_arrivals.md").read_text(encoding="utf-8")
    import html

    svg = html.unescape(metric[metric.index("<svg"):metric.index("</svg>")])
    assert svg.count("<circle") == 1 and "<script" not in svg
    assert re.search(r'<a href="\.\./articles/[^"]+#f-8c02aa"><circle', svg), svg


def test_editing_page_code_blocks_and_lists_render(eval_site: Path):
    html = (eval_site / "editing.html").read_text(encoding="utf-8")
    assert "```" not in html  # every fence became a code block, including those inside list items
    assert re.search(r"<li>\s*(?:<p>)?Indent with spaces", html), "list items after a code block must stay items"
    assert 'href="downloads/record.schema.json"' in html and (eval_site / "downloads" / "record.schema.json").is_file()


def test_one_article_never_disputes_itself():
    import datetime as dt
    from types import SimpleNamespace

    from generator.site.model import find_conflicts

    def fig(value, article):
        return SimpleNamespace(type="figure", metric="small_boat_arrivals", unit="people", places=[], value=value,
                               qualifier="exact", subset="", period_start=dt.date(2021, 1, 1), period_end=dt.date(2021, 12, 31),
                               article=article, conflict=False)

    one = SimpleNamespace(id="a", duplicate_of="", date=dt.date(2022, 1, 5), safe_url="", publisher="", title="A")
    other = SimpleNamespace(id="b", duplicate_of="", date=dt.date(2022, 1, 6), safe_url="", publisher="", title="B")
    same = [fig(12500, one), fig(28526, one)]
    assert find_conflicts(same) == [] and not any(f.conflict for f in same)
    across = [fig(12500, one), fig(28526, one), fig(30000, other)]
    [conflict] = find_conflicts(across)
    assert all(f.conflict for f in across)


