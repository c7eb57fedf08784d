"""Fuzzing: arbitrary bytes and text into ingest and extraction.

Ingest may refuse input only with FactsheetError; extraction must take any
article ingest produces (and any paragraphs at all) without an exception.
Time is bounded by the size caps in the code, so no deadline is asserted.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import ingest
from generator.errors import FactsheetError
from generator.extract import extract
from generator.models import Article, Paragraph
from generator.records import dump_record

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real article text, so that the fuzzer reaches the extractors' rules, not only their guards.
FRAGMENTS = [
    "£4 million", "£4m", "€1.2bn", "$50,000", "34,401", "1,295 people", "45 boats", "more than 2,000 migrants",
    "Ms Cooper said:", "Yvette Cooper", "the Home Office", "Kosovo", "the English Channel", "the Western Balkans",
    "“", "”", "‘", "’", '"', "'", ".", ". ", "! ", "? ", ", ", " – ", "…", "\n\n", "\n", " ", "(PA)", "(Gareth Fuller/PA)",
    "on Monday", "this year", "last year", "in 2022", "since records began in 2018", "per cent", "%", "a day",
    "Read more", "Sign up", "said.", "he said", "she added", "according to", "at least", "around", "up to",
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "[x](javascript:alert(1))", "---", "# ", "*", "_", "`",
]
article_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=60).map("".join)
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check_article(a: Article) -> None:
    assert SLUG.match(a.id) and len(a.id) <= len("2025-10-08-") + ingest.MAX_ID_CHARS
    assert a.paragraphs and all(p.text for p in a.paragraphs)
    for p in a.paragraphs:
        assert a.text[p.start : p.start + len(p.text)] == p.text
    for field in (a.text, a.title, a.publisher or "", a.url or ""):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", field)


def parse(raw: bytes, name: str) -> Article | None:
    try:
        a = ingest.parse_seed(raw, name)
    except FactsheetError as e:
        assert e.message and "\n" not in e.message
        return None
    check_article(a)
    return a


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["s.txt", "s.md", "s.html"]))
def test_parse_seed_takes_any_bytes(raw: bytes, name: str) -> None:
    parse(raw, name)


@FUZZ
@given(article_text, st.sampled_from(["s.txt", "s.md", "s.html"]), st.sampled_from(["", " date 2025-10-08 ", "date 2025-10-08\n\n"]))
def test_parse_seed_takes_any_text(text: str, name: str, date_line: str) -> None:
    parse((date_line + text).encode("utf-8"), name)


scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.dates(), article_text)
front_value = st.one_of(scalar, st.lists(scalar, max_size=3), st.dictionaries(st.text(max_size=5), scalar, max_size=3))


@FUZZ
@given(st.dictionaries(st.sampled_from(["title", "date", "publisher", "url", "id", "other"]), front_value), article_text, st.dates())
def test_front_matter_takes_any_values(front: dict, body: str, date: dt.date) -> None:
    front.setdefault("date", date)
    try:
        header = yaml.safe_dump(front, allow_unicode=True)
    except yaml.YAMLError:
        return
    a = parse(f"---\n{header}---\n{body}".encode("utf-8", "surrogatepass"), "s.md")
    if a is not None and isinstance(front.get("id"), str) and a.id != f"{a.date.isoformat()}-{ingest.slugify(a.title)}":
        assert "/" not in a.id and ".." not in a.id


@FUZZ
@given(article_text)
def test_extract_takes_any_ingested_article(text: str) -> None:
    a = parse((" date 2025-10-08 " + text).encode("utf-8"), "s.txt")
    if a is None:
        return
    record = extract(a)
    # What extraction writes is YAML that loads back safely, with the article intact.
    doc = yaml.safe_load(dump_record(record))
    assert doc["article"]["title"] == a.title and doc["article"]["id"] == a.id


@FUZZ
@given(st.lists(article_text.filter(str.strip), min_size=1, max_size=6), st.dates())
def test_extract_takes_any_paragraphs(texts: list[str], date: dt.date) -> None:
    # Straight to extraction, bypassing ingest's clean-up: raw controls, odd spacing and all.
    paras, offset = [], 0
    for i, t in enumerate(texts):
        paras.append(Paragraph(index=i, text=t, start=offset))
        offset += len(t) + 2
    a = Article(id="fuzz", seed="fuzz.txt", sha256="0" * 64, date=date, title=texts[0][:50], paragraphs=tuple(paras))
    record = extract(a)
    for fact in record.facts:
        assert fact.evidence
