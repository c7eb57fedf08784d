"""Fuzzing: arbitrary bytes and text into ingest and extraction.

Ingest may refuse input only with FactsheetError; extraction must take any
article ingest produces (and any paragraphs at all) without an exception.
Time is bounded by the size caps in the code, so no deadline is asserted.

Issue 15 added: numbers written in any decimal digits, after any minus sign, with zero-width and bidi
characters inside; seeds of any date and with numbers of any size; and hand edits of extreme numbers,
dates and hostile text, where whatever `check` passes must render, with no CSV cell a formula.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator import check, ingest, records
from generator.limits import limits
from generator.errors import FactsheetError
from generator.extract import extract
from generator.models import Article, Paragraph
from generator.records import dump_record
from tests.conftest import FIRST_SEED, ROOT

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


# --- issue 15: numbers in any digits, signs and invisible characters; extreme dates and numbers ----------------

ZERO_DIGITS = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE]
"""Zero of some decimal digit sets: ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth, mathematical bold."""
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff"]
MINUS = ["\u2212", "\ufe63", "\uff0d", "\u2796", "-"]
SENTENCE = "The Home Office said {} people crossed the Channel in small boats on Monday."
count = st.integers(2, 10**15 - 1).filter(lambda n: not 1800 <= n <= 2100)


def written(n: int, zero: int, commas: bool, invisible: list[str]) -> str:
    """Return ``n`` in the digits that start at ``zero``, with thousands commas or not, invisible characters between digits."""
    text = f"{n:,}" if commas else str(n)
    out = []
    for i, c in enumerate(text):
        out.append(chr(zero + int(c)) if c.isdigit() else c)
        if invisible and i < len(text) - 1:
            out.append(invisible[i % len(invisible)])
    return "".join(out)


def figures_of(body: str, date: str = "2024-03-16") -> list:
    a = parse(f" date {date} {body}".encode("utf-8"), "s.txt")
    assert a is not None
    rec = extract(a)
    assert [p for p in check.check_text(records.dump_record(rec), "facts/x.yaml") if p.is_error] == []
    return [f.value for f in rec.facts if f.type == "figure"]


@FUZZ
@given(count, st.sampled_from(ZERO_DIGITS), st.booleans(), st.lists(st.sampled_from(INVISIBLE), max_size=3))
def test_a_count_reads_the_same_in_any_digits_and_with_invisible_characters_inside(n, zero, commas, invisible) -> None:
    assert figures_of(SENTENCE.format(written(n, zero, commas, invisible))) == [n]


@FUZZ
@given(count, st.sampled_from(ZERO_DIGITS), st.sampled_from(MINUS), st.lists(st.sampled_from(INVISIBLE), max_size=2))
def test_a_number_after_a_minus_sign_is_never_a_count(n, zero, minus, invisible) -> None:
    assert figures_of(SENTENCE.format(" " + minus + "".join(invisible) + written(n, zero, False, []))) == []


@FUZZ
@given(st.integers(10**15, 10**400), st.sampled_from(ZERO_DIGITS), st.booleans())
def test_a_number_past_the_limit_is_never_a_count_or_an_amount(n, zero, money) -> None:
    body = SENTENCE.format(written(n, zero, False, [])) if not money else f"The Home Office will spend £{written(n, zero, False, [])}m on hotels."
    a = parse(f" date 2024-03-16 {body}".encode("utf-8"), "s.txt")
    rec = extract(a)
    assert all(limits().number_ok(f.value or f.amount or 0) for f in rec.facts)
    assert [p for p in check.check_text(records.dump_record(rec), "facts/x.yaml") if p.is_error] == []


@FUZZ
@given(st.dates(), article_text)
def test_a_seed_of_any_date_is_refused_on_one_line_or_gives_a_record_check_passes(date: dt.date, text: str) -> None:
    a = parse(f" date {date.isoformat()} The Home Office said 300 people crossed next year. {text}".encode("utf-8"), "s.txt")
    if not limits().year_ok(date.year):
        assert a is None
        return
    if a is not None:
        assert [p for p in check.check_text(records.dump_record(extract(a)), "facts/x.yaml") if p.is_error] == []


# Hand edits: whatever check passes, the site renders (and its CSV files hold no formula).

_BASE = None


def _base_record() -> str:
    global _BASE
    if _BASE is None:
        _BASE = records.dump_record(extract(ingest.read_seed(FIRST_SEED)))
    return _BASE


_valid_number = st.integers(1, 10**15 - 1).map(str)
number_text = st.one_of(
    _valid_number, _valid_number, _valid_number,  # mostly valid, so that many examples get as far as the render
    st.integers(-10**20, 10**400).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: {"inf": ".inf", "-inf": "-.inf", "nan": ".nan"}.get(repr(f), repr(f))),
    st.sampled_from([".inf", ".nan", "1e+308", "1.0e+308", "0x" + "f" * 300, "999999999999999", "1000000000000000", "2.5"]),
)
_valid_date = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
date_text = st.one_of(_valid_date, _valid_date, _valid_date, st.dates()).map(dt.date.isoformat)
hostile_text = st.text(alphabet=st.sampled_from(list(" \u00a0\u200b\u202e\t\n=+-@\uff1d\ufe66\uff0b\uff20abc(\"'")), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(number_text, number_text, date_text, date_text, hostile_text, hostile_text)
def test_whatever_check_passes_the_site_renders(tmp_path_factory, value, amount, start, article_date, purpose, title) -> None:
    import csv

    from generator.render import render_site
    from generator.site.downloads import FORMULA_STARTS

    t = _base_record()
    for pattern, line in ((r"^    value: .*$", f"    value: {value}"), (r"^    amount: .*$", f"    amount: {amount}"),
                          (r"^  date: .*$", f"  date: {article_date}"), (r"^    purpose: .*$", "    purpose: " + json.dumps(purpose)),
                          (r"^  title: .*$", "  title: " + json.dumps(title))):
        t = re.sub(pattern, lambda m: line, t, count=1, flags=re.M)
    t = re.sub(r"(period: \{start: )\d{4}-\d{2}-\d{2}", lambda m: m.group(1) + start, t, count=1)
    folder = tmp_path_factory.mktemp("edit")
    path = folder / "x.yaml"
    path.write_text(t, encoding="utf-8")
    errors = [p for p in check.check_file(path) if p.is_error]
    if errors:
        assert all(p.line for p in errors)  # each on its line
        event("refused by check")
        return
    event("rendered")
    rec = records.load_record(path)
    render_site([rec], {}, ROOT / "templates", folder / "docs")
    for name in ("funding.csv", "figures.csv"):
        with (folder / "docs" / "downloads" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    first = next((c for c in cell if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc")), "")
                    assert cell.startswith("'") or unicodedata.normalize("NFKC", first)[:1] not in FORMULA_STARTS, cell
                    assert "\n" not in cell and "\r" not in cell
