"""Issue 13 without a browser: the extracted value of a hand change, the downloads, What changed, the
Corrections page's dates, the feeds, the command line's help and serve's address."""

from __future__ import annotations

import csv
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path


from generator import changes, check, ingest, records
from generator.cli import main, parser
from generator.extract import extract
from generator.render import render_site
from generator.site.labels import labels
from generator.site.model import collect, state_of
from tests.conftest import EVAL_SEEDS, FIRST_SEED, ROOT

ATOM = "{http://www.w3.org/2005/Atom}"


def first_record(tmp_path: Path) -> tuple[Path, records.Record]:
    rec = extract(ingest.read_seed(FIRST_SEED))
    path = tmp_path / "x.yaml"
    records.write_record(path, rec)
    return path, rec


# -- the extracted value of a hand change ------------------------------------------------

def test_the_merge_keeps_the_extracted_value_of_a_changed_field(tmp_path: Path) -> None:
    path, rec = first_record(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("value: 34401", "value: 34500", 1), encoding="utf-8")
    assert records.write_record(path, rec)
    text = path.read_text(encoding="utf-8")
    assert "value: 34500" in text and "    extracted: {value: 34401}\n" in text
    assert [p for p in check.check_text(text, path) if p.is_error] == []
    # Round trips: merging again changes nothing, and reading it gives the mapping.
    assert not records.write_record(path, rec)
    fact = next(f for f in records.load_record(path).facts if f.value == 34500)
    assert fact.extracted == {"value": 34401}
    assert state_of(fact) == "corrected"


def test_extracted_is_never_an_edit(tmp_path: Path) -> None:
    path, rec = first_record(tmp_path)
    text = path.read_text(encoding="utf-8")
    # Written by hand on a fact nobody changed: the fact is still the extractor's, and the merge drops the key.
    hand = text.replace("    value: 34401\n", "    value: 34401\n    extracted: {value: 1}\n", 1)
    path.write_text(hand, encoding="utf-8")
    fact = next(f for f in records.load_record(path).facts if f.value == 34401)
    assert records.fingerprint(fact.to_dict()) == fact.fingerprint and state_of(fact) == "auto"
    assert records.write_record(path, rec)
    assert path.read_text(encoding="utf-8") == text
    # On a corrected fact, a hand-edited 'extracted' is written again as the extractor reads it.
    path.write_text(text.replace("    value: 34401\n", "    value: 34500\n    extracted: {value: 7}\n", 1), encoding="utf-8")
    records.write_record(path, rec)
    assert "extracted: {value: 34401}" in path.read_text(encoding="utf-8")


def test_undoing_a_change_removes_extracted_and_a_review_alone_adds_none(tmp_path: Path) -> None:
    path, rec = first_record(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 34401", "value: 34500", 1), encoding="utf-8")
    records.write_record(path, rec)
    path.write_text(path.read_text(encoding="utf-8").replace("value: 34500", "value: 34401", 1), encoding="utf-8")
    records.write_record(path, rec)
    assert path.read_text(encoding="utf-8") == text
    reviewed = text.replace("review: auto", "review: reviewed", 1)
    path.write_text(reviewed, encoding="utf-8")
    records.write_record(path, rec)
    assert "extracted" not in path.read_text(encoding="utf-8")


def test_a_note_or_an_unknown_field_is_no_correction(tmp_path: Path) -> None:
    path, rec = first_record(tmp_path)
    text = path.read_text(encoding="utf-8")
    noted = text.replace("    value: 34401\n", "    value: 34401\n    note: checked with the Home Office\n    colour: red\n", 1)
    path.write_text(noted, encoding="utf-8")
    records.write_record(path, rec)
    assert path.read_text(encoding="utf-8") == noted  # kept as written, and nothing 'extracted'
    fact = next(f for f in records.load_record(path).facts if f.value == 34401)
    assert state_of(fact) == "auto"


def test_a_first_edit_gets_its_extracted_value_from_build_and_the_downloads_carry_it(project: Path, capsys) -> None:
    assert main(["build", "--jobs", "1"]) == 0
    path = next((project / "facts").glob("*.yaml"))
    text = path.read_text(encoding="utf-8").replace("value: 34401", "value: 34500", 1)
    text = text.replace("review: auto", "review: reviewed", 1)  # the first fact: checked
    path.write_text(text, encoding="utf-8")
    assert main(["build", "--jobs", "1"]) == 0  # the seed is unchanged: no re-extraction but for this
    assert "extracted: {value: 34401}" in path.read_text(encoding="utf-8")
    site = project / "site"
    with (site / "downloads" / "figures.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = next(r for r in rows if r["value"] == "34500")
    assert row["state"] == "corrected" and json.loads(row["extracted"]) == {"value": 34401}
    assert {r["state"] for r in rows if r is not row} == {"auto"} and all(r["extracted"] == "" for r in rows if r is not row)
    doc = json.loads((site / "downloads" / "facts.json").read_text(encoding="utf-8"))
    fact = next(f for f in doc["facts"] if f["fact_id"] == row["fact_id"])
    assert fact["state"] == "corrected" and fact["extracted"] == {"value": 34401}
    assert "checked" in {f["state"] for f in doc["facts"]}
    assert doc["articles"][0]["publisher"] == "The Independent"
    with (site / "downloads" / "funding.csv").open(encoding="utf-8", newline="") as fh:
        funding = list(csv.DictReader(fh))
    assert {"article_publisher", "article_url", "article_author", "state", "extracted"} <= set(funding[0])
    # A third build finds nothing to merge again.
    capsys.readouterr()
    assert main(["build", "--jobs", "1"]) == 0
    assert "extracted 0 seed(s), skipped 1 unchanged" in capsys.readouterr().out


def test_the_contract_and_the_editing_page_document_extracted() -> None:
    facts_md = (ROOT / "FACTS.md").read_text(encoding="utf-8")
    editing = (ROOT / "templates" / "pages" / "editing.md.j2").read_text(encoding="utf-8")
    for doc in (facts_md, editing):
        assert "extracted: {value: 34401}" in doc
    assert "extension" in facts_md[facts_md.index("extracted: {value: 34401}") - 2000:].lower()


# -- What changed ------------------------------------------------------------------------

MEANING = ROOT / "tests" / "fixtures" / "meaning" / "facts"


def _site(recs):
    return collect([records.from_data(r) for r in recs], {}, labels())


def test_what_changed_finds_new_articles_facts_corrections_rejections_and_discrepancies(tmp_path: Path) -> None:
    from tests.site_helpers import EVAL_FACTS, MEANING_FACTS, load_plain_records

    recs = load_plain_records(EVAL_FACTS, MEANING_FACTS)
    full = _site(recs)
    assert full.conflicts, "the fixtures hold a discrepancy"
    newest = full.conflicts[0].facts[0].article.id
    before = [r for r in recs if r["article"]["id"] != newest]
    words = lambda f: f"{f.id}"  # noqa: E731
    import datetime as dt

    old = changes.snapshot(_site(before), [])
    # A person rejects one fact of an article already there.
    kept = next(r for r in recs if r["article"]["id"] != newest and r["facts"])
    kept["facts"][0]["review"] = "rejected"
    cs = changes.compare(old, _site(recs), words, dt.date(2026, 1, 1))
    assert cs.counts["new_articles"] == 1 and cs.items["new_articles"][0].path.endswith(".md")
    assert cs.counts["new_facts"] == len(next(a for a in full.articles if a.id == newest).facts)
    assert cs.counts["rejected"] == 1 and cs.counts.get("discrepancies", 0) >= 1
    assert "1 new article" in cs.summary() and "1 rejected" in cs.summary()
    # Nothing new the next time.
    again = changes.compare(changes.snapshot(_site(recs), [cs]), _site(recs), words, dt.date(2026, 1, 2))
    assert again.empty and again.summary().endswith("nothing")
    assert changes.history(changes.snapshot(_site(recs), [cs]), again)[0].date == "2026-01-01"


def test_build_prints_what_changed_and_writes_the_job_summary(project: Path, capsys) -> None:
    assert main(["build", "--jobs", "1"]) == 0
    assert "first build recorded (1 articles" in capsys.readouterr().out
    (project / "seeds" / "dev_09.txt").write_bytes((EVAL_SEEDS / "dev_09.txt").read_bytes())
    summary = project / "summary.md"
    assert main(["build", "--jobs", "1", "--summary", str(summary)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"what changed since the last build: 1 new article, \d+ new facts, 0 corrected", out), out
    assert "  new article: Britain will pay Rwanda" in out
    md = summary.read_text(encoding="utf-8")
    assert md.startswith("## What changed\n") and "- new article: Britain will pay Rwanda" in md
    page = (project / "site" / "changes.html").read_text(encoding="utf-8")
    assert "Britain will pay Rwanda" in page and "First build of" in page
    assert main(["build", "--jobs", "1"]) == 0
    assert "what changed since the last build: nothing" in capsys.readouterr().out
    assert (project / "site" / "changes.html").read_text(encoding="utf-8") == page  # the last changes stay shown


def test_the_job_summary_is_inert_markdown(tmp_path: Path) -> None:
    cs = changes.ChangeSet("2026-01-01", counts={"new_articles": 1},
                           items={"new_articles": [changes.Item("<script>x</script> [a](javascript:b)", "a.md")]})
    md = cs.markdown()
    assert "<script>" not in md and "](" not in md


# -- the Corrections page's dates -----------------------------------------------------------

def test_corrections_are_dated_by_git_newest_first(project: Path) -> None:
    git = ["git", "-c", "user.name=E", "-c", "user.email=e@example.org"]

    def commit(message: str, when: str) -> None:
        env = dict(os.environ, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
        subprocess.run([*git, "add", "-A"], check=True, env=env)
        subprocess.run([*git, "commit", "-qm", message], check=True, env=env)

    assert main(["extract"]) == 0
    subprocess.run(["git", "init", "-q"], check=True)
    commit("extract", "2026-01-01T10:00:00Z")
    path = next((project / "facts").glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    first_review = text.index("review: auto")
    path.write_text(text[:first_review] + "review: reviewed" + text[first_review + len("review: auto"):], encoding="utf-8")
    commit("check a fact", "2026-01-03T10:00:00Z")
    path.write_text(path.read_text(encoding="utf-8").replace("value: 18\n", "value: 19\n", 1), encoding="utf-8")
    commit("correct a fact", "2026-01-09T10:00:00Z")
    path.write_text(path.read_text(encoding="utf-8").replace("value: 34401", "value: 34500", 1), encoding="utf-8")  # not committed
    assert main(["build", "--jobs", "1"]) == 0
    html = (project / "site" / "corrections.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="c-\d+" data-state="(\w+)"><td data-label="When"[^>]*>(.*?)</td>', html, re.S)
    assert [s for s, _ in rows] == ["corrected", "corrected", "checked"], rows
    assert "not committed yet" in rows[0][1] and "2026-01-09" in rows[1][1] and "2026-01-03" in rows[2][1]


# -- feeds ------------------------------------------------------------------------------------

def test_feeds_are_atom_with_stable_ids_and_inert_text(tmp_path: Path) -> None:
    from tests.site_helpers import HOSTILE_FACTS, HOSTILE_SEEDS, load_articles, load_plain_records

    recs = load_plain_records(HOSTILE_FACTS)
    arts = load_articles(HOSTILE_SEEDS)
    ids = []
    for run in ("a", "b"):
        docs = tmp_path / run
        render_site([records.from_data(r) for r in recs], arts, ROOT / "templates", docs)
        feeds = sorted((docs / "feeds").glob("*.xml"))
        assert {p.name for p in feeds} >= {"articles.xml", "funding.xml"}
        ids.append({p.name: p.read_bytes() for p in feeds})
        for p in feeds:
            feed = ET.parse(p).getroot()
            assert feed.tag == f"{ATOM}feed"
            assert not list(feed.iter("script")) and not list(feed.iter("{http://www.w3.org/1999/xhtml}script"))
            for entry in feed.findall(f"{ATOM}entry"):
                assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
                assert entry.find(f"{ATOM}summary").get("type") == "text"
                href = entry.find(f"{ATOM}link").get("href")
                target, _, anchor = href.partition("#")
                page = (p.parent / target).resolve()
                assert page.with_suffix(".md").is_file(), href  # the page it links to exists
    assert ids[0] == ids[1]  # the same records give the same bytes
    articles = ET.parse(tmp_path / "a" / "feeds" / "articles.xml").getroot()
    titles = [e.find(f"{ATOM}title").text for e in articles.findall(f"{ATOM}entry")]
    assert any('<script>alert("title")</script>' in t for t in titles)  # the title as text, escaped in the XML
    assert b"<script>" not in (tmp_path / "a" / "feeds" / "articles.xml").read_bytes()


def test_feeds_link_absolute_addresses_when_the_site_has_one(tmp_path: Path) -> None:
    rec = records.record_data(extract(ingest.read_seed(FIRST_SEED)))
    render_site([records.from_data(rec)], {}, ROOT / "templates", tmp_path / "docs", site_url="https://facts.example.org/sheet/")
    feed = ET.parse(tmp_path / "docs" / "feeds" / "small_boat_arrivals.xml").getroot()
    href = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert href.startswith("https://facts.example.org/sheet/articles/") and "#f-" in href


# -- the command line ---------------------------------------------------------------------------

def test_factsheet_alone_prints_the_help(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: factsheet") and all(c in out for c in ("extract", "build", "serve", "check", "eval", "bench"))


def test_every_command_has_a_description_and_every_option_a_help() -> None:
    import argparse

    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help for c in sub._choices_actions}
    assert set(helps) == set(sub.choices)
    for name, sp in sub.choices.items():
        assert helps[name] and sp.description, name
        for action in sp._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, (name, action.dest)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_its_address_and_serves_search(project: Path) -> None:
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "serving the site at" in line:
                break
        assert any(f"serving the site at http://127.0.0.1:{port}/" in line for line in lines), lines
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=30) as r:
            assert r.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/pagefind/pagefind.js", timeout=30) as r:
            assert r.status == 200  # the preview has its search index too
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_amounts_are_indexed_in_the_forms_people_type() -> None:
    from generator.site.fmt import written_forms

    assert written_forms(10_000_000, "£") == ["£10m", "£10 million", "10m", "10 million"]
    assert written_forms(1_500_000_000, "€") == ["€1.5bn", "€1.5 billion", "1.5bn", "1.5 billion"]
    assert written_forms(10_512_345, "£") == [] and written_forms(34401) == []  # no exact scaled form; digits suffice
