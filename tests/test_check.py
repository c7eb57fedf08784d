"""`factsheet check`: every problem names its file and line; extractor output passes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator import check, records
from generator.extract import assign_ids, extract
from generator.ingest import read_seed
from generator.models import Entity, Fact, Period, Record

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f83952dda46ec445.txt"
NAME = "facts/x.yaml"

FIGURE_EVIDENCE = (
    "It comes as the Government struggles to curb the number of people crossing the English Channel by small "
    "boat, which has reached 34,401 this year."
)
QUOTE_EVIDENCE = (
    "Ms Cooper said: “It is in all our interests to protect security and stability in the Western Balkans, and "
    "we must be alive to the full range of threats that our partners in the region are facing, from Russian "
    "efforts to revive ethnic tensions, to vile people-smuggling gangs trading in human lives."
)
FUNDING_EVIDENCE = (
    "Ahead of the meeting, the Foreign Secretary will also announce £10 million investment for schemes aimed at "
    "tackling people-smuggling in the Western Balkans and other key regions."
)
EVENT_EVIDENCE = (
    "The Foreign Secretary will meet partners from countries including Albania, Serbia, North Macedonia, and "
    "Bosnia and Herzegovina as well as European allies such as France, Germany and Italy on Thursday."
)


def record() -> Record:
    """Return a record of every fact type, as the extractor shapes them."""
    facts = [
        Fact("", "funding", evidence=FUNDING_EVIDENCE, amount=10_000_000, currency="GBP",
             purpose="schemes aimed at tackling people-smuggling", places=["western-balkans"],
             announced_by="yvette-cooper", qualifier="exact", kind="commitment",
             period=Period(dt.date(2025, 10, 8), dt.date(2025, 10, 8))),
        Fact("", "figure", evidence=FIGURE_EVIDENCE, metric="small_boat_arrivals", value=34401, unit="people",
             qualifier="exact", period=Period(dt.date(2025, 1, 1), dt.date(2025, 10, 8)),
             places=["english-channel"], source="Home Office"),
        Fact("", "quote", evidence=QUOTE_EVIDENCE, speaker="yvette-cooper",
             text="It is in all our interests to protect security and stability in the Western Balkans"),
        Fact("", "event", evidence=EVENT_EVIDENCE, what="talks on immigration crime and security", date=dt.date(2025, 10, 9)),
    ]
    assign_ids(facts)
    entities = [
        Entity("yvette-cooper", "person", "Yvette Cooper", aliases=["Ms Cooper"], roles=["Foreign Secretary"]),
        Entity("western-balkans", "place", "Western Balkans", kind="region", members=["AL", "BA", "XK"]),
        Entity("english-channel", "place", "English Channel", kind="sea"),
        Entity("NO", "place", "Norway", kind="country"),
    ]
    return Record(read_seed(SEED), entities, facts, extractor="test")


def text() -> str:
    return records.dump_record(record())


def line_of(t: str, needle: str, after: str | None = None) -> int:
    """Return the 1-based line of the first line containing ``needle`` (after the line containing ``after``)."""
    lines = t.split("\n")
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def errors_of(t: str, seeds: Path | None = None) -> list[check.Problem]:
    return [p for p in check.check_text(t, NAME, seeds) if p.is_error]


def only_error(t: str) -> check.Problem:
    errs = errors_of(t)
    assert len(errs) == 1, [str(e) for e in errs]
    return errs[0]


# --- what the extractor writes passes ----------------------------------------------------------


def test_the_extractors_record_for_the_seed_passes_without_warnings() -> None:
    rec = extract(read_seed(SEED))
    problems = check.check_text(records.dump_record(rec), f"facts/{rec.article.id}.yaml", SEED.parent)
    assert problems == []


def test_a_record_of_every_fact_type_passes() -> None:
    problems = check.check_text(text(), NAME, SEED.parent)
    assert [str(p) for p in problems if p.is_error] == []
    # Only the file name differs from the article id here.
    assert [p.message for p in problems] == [f"article.id: '{record().article.id}' does not match the file name (x.yaml)"]


# --- YAML syntax --------------------------------------------------------------------------------


def test_a_syntax_error_is_one_error_at_its_line() -> None:
    t = text()
    n = line_of(t, "currency: GBP")
    broken = t.replace("currency: GBP", "currency: GBP: oops", 1)
    p = only_error(broken)
    assert p.line == n
    assert str(p).startswith(f"{NAME}:{n}: not valid YAML")


def test_an_unclosed_quote_and_a_tab_are_reported_by_line() -> None:
    t = text()
    p = only_error(t.replace("  title: ", "  title: \"unclosed ", 1))
    assert p.line is not None and p.message.startswith("not valid YAML")
    p = only_error(t.replace("schema: 1\n", "schema: 1\n\tx: 1\n", 1))
    assert p.line == 3


def test_a_duplicate_key_is_an_error_at_the_second_key() -> None:
    t = text()
    n = line_of(t, "unit: people")
    p = only_error(t.replace("    unit: people\n", "    unit: people\n    unit: boats\n", 1))
    assert (p.line, p.message) == (n + 1, f"duplicate key 'unit' (first on line {n})")


def test_an_empty_file_and_a_list_are_not_records() -> None:
    assert [p.message for p in check.check_text("", NAME)] == ["the file is empty"]
    assert only_error("- a\n- b\n").message.startswith("not a fact record")


# --- the schema, mapped to lines ------------------------------------------------------------------


def test_an_unknown_qualifier_names_the_fact_and_the_line() -> None:
    t = text()
    fid = record().facts[1].id
    n = line_of(t, "qualifier: exact", after=f"id: {fid}")
    p = only_error(t[: t.index(f"id: {fid}")] + t[t.index(f"id: {fid}") :].replace("qualifier: exact", "qualifier: roughly", 1))
    assert str(p) == f"{NAME}:{n}: fact {fid}, qualifier: 'roughly' is not one of: exact, approx, at_least, at_most"


def test_an_unknown_metric_is_an_error() -> None:
    t = text()
    n = line_of(t, "metric: small_boat_arrivals")
    p = only_error(t.replace("metric: small_boat_arrivals", "metric: boat_people", 1))
    assert p.line == n and "'boat_people' is not one of: small_boat_arrivals" in p.message


def test_a_missing_required_field_points_at_its_fact() -> None:
    t = text()
    fid = record().facts[0].id
    n = line_of(t, f"id: {fid}")
    p = only_error(t.replace("    currency: GBP\n", "", 1))
    assert str(p) == f"{NAME}:{n}: fact {fid}: missing 'currency'"


def test_wrong_types_and_patterns_have_plain_messages() -> None:
    t = text()
    p = only_error(t.replace("value: 34401", "value: lots", 1))
    assert p.message.endswith("value: must be a number, not 'lots'")
    p = only_error(t.replace("currency: GBP", "currency: gbp", 1))
    assert p.message.endswith("currency: 'gbp' must be a three-letter ISO 4217 code such as GBP, EUR or USD")
    p = only_error(t.replace("date: 2025-10-09", "date: 9 October", 1))
    assert p.message.endswith("date: '9 October' must be a date written YYYY-MM-DD")


def test_a_place_needs_a_kind() -> None:
    t = text()
    n = line_of(t, "id: english-channel")
    p = only_error(t.replace("    kind: sea\n", "", 1))
    assert str(p) == f"{NAME}:{n}: entity english-channel: missing 'kind'"


# --- sanity -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new, needle, message",
    [
        ("amount: 10000000", "amount: 0", "amount: 0", "amount: must be more than 0, not 0"),
        ("amount: 10000000", "amount: -5", "amount: -5", "amount: must be more than 0, not -5"),
        ("currency: GBP", "currency: XYZ", "currency: XYZ", "currency: 'XYZ' is not an ISO 4217 currency code"),
        ("date: 2025-10-09", "date: 2025-02-30", "date: 2025-02-30", "date: not a real date: 2025-02-30"),
        ("{start: 2025-01-01, end: 2025-10-08}", "{start: 2025-12-01, end: 2025-10-08}", "period: {start: 2025-12-01",
         "period: the period starts (2025-12-01) after it ends (2025-10-08)"),
        ("{start: 2025-01-01, end: 2025-10-08}", "{start: 2025-13-01, end: 2025-10-08}", "period: {start: 2025-13-01",
         "period.start: not a real date: 2025-13-01"),
    ],
    ids=["zero-amount", "negative-amount", "currency", "date", "period-order", "period-date"],
)
def test_sanity(old: str, new: str, needle: str, message: str) -> None:
    t = text().replace(old, new, 1)
    p = only_error(t)
    assert p.line == line_of(t, needle)
    assert p.message.endswith(message), p.message


def test_references_must_name_entities_in_the_file() -> None:
    t = text()
    t = t.replace("speaker: yvette-cooper", "speaker: keir-starmer", 1)
    t = t.replace("places: [english-channel]", "places: [english-channel, dover]", 1)
    t = t.replace("announced_by: yvette-cooper", "announced_by: home-office", 1)
    errs = errors_of(t)
    assert [(p.line, p.message.split(": ", 1)[1]) for p in errs] == [
        (line_of(t, "announced_by: home-office"), "'home-office' is not the id of an entity in this file"),
        (line_of(t, "dover]"), "'dover' is not the id of an entity in this file"),
        (line_of(t, "speaker: keir-starmer"), "'keir-starmer' is not the id of an entity in this file"),
    ]
    assert "places[1]" in errs[1].message


def test_duplicate_fact_and_entity_ids() -> None:
    t = text()
    first = record().facts[0].id
    second = record().facts[1].id
    t = t.replace(f"  - id: {second}\n", f"  - id: {first}\n", 1)
    t = t.replace("  - id: english-channel\n", "  - id: western-balkans\n", 1)
    errs = errors_of(t)
    messages = {p.message for p in errs}
    assert f"duplicate fact id '{first}' (first on line {line_of(t, f'id: {first}')})" in messages
    assert f"duplicate entity id 'western-balkans' (first on line {line_of(t, 'id: western-balkans')})" in messages


def test_a_typo_in_a_field_name_is_a_warning() -> None:
    t = text().replace("qualifier: exact", "qualifer: exact", 1)
    problems = check.check_text(t, NAME)
    warn = [p for p in problems if p.severity == "warning" and "qualifer" in p.message]
    assert len(warn) == 1 and "did you mean 'qualifier'?" in warn[0].message
    assert warn[0].line == line_of(t, "qualifer: exact")


# --- evidence against the seed -----------------------------------------------------------------------


def evidence_warnings(t: str) -> list[check.Problem]:
    return [p for p in check.check_text(t, NAME, SEED.parent) if "evidence" in p.message]


def test_evidence_not_in_the_seed_is_a_warning_not_an_error() -> None:
    t = text().replace("which has reached 34,401 this year.", "which has reached 43,401 this year.", 1)
    warns = evidence_warnings(t)
    assert [(p.severity, p.line) for p in warns] == [("warning", line_of(t, "43,401"))]
    assert errors_of(t, SEED.parent) == []


def test_evidence_matches_with_folded_whitespace_quotes_and_joined_pieces() -> None:
    folded = FIGURE_EVIDENCE.replace(" the English", "   the  English")
    joined = "It comes as the Government struggles to curb ... which has reached 34,401 this year."
    straight = QUOTE_EVIDENCE.replace("“", '\\"')
    t = text().replace(FIGURE_EVIDENCE, folded, 1)
    assert evidence_warnings(t) == []
    t = text().replace(FIGURE_EVIDENCE, joined, 1)
    assert evidence_warnings(t) == []
    t = text().replace(f"'{QUOTE_EVIDENCE}'", f'"{straight}"', 1)
    assert QUOTE_EVIDENCE not in t and evidence_warnings(t) == []
    # Pieces must come in the article's order.
    backwards = "which has reached 34,401 this year ... It comes as the Government struggles to curb"
    assert len(evidence_warnings(text().replace(FIGURE_EVIDENCE, backwards, 1))) == 1


def test_a_missing_or_changed_seed_is_a_warning(tmp_path: Path) -> None:
    problems = check.check_text(text(), NAME, tmp_path)
    assert [p.severity for p in problems if "seed file not found" in p.message] == ["warning"]
    shutil.copy(SEED, tmp_path / SEED.name)
    with (tmp_path / SEED.name).open("a", encoding="utf-8") as fh:
        fh.write("\n\nOne more paragraph.\n")
    problems = check.check_text(text(), NAME, tmp_path)
    assert any(p.severity == "warning" and "has changed since extraction" in p.message for p in problems)


# --- files and folders -----------------------------------------------------------------------------


def test_check_files_names_each_file_and_sorts_by_file_then_line(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    rec = record()
    good = facts / f"{rec.article.id}.yaml"
    records.write_record(good, rec)
    bad = facts / "a-broken.yaml"
    other = dataclasses.replace(rec.article, id="a-broken", seed="other.txt")
    bad.write_text(records.dump_record(dataclasses.replace(rec, article=other)).replace("value: 34401", "value: -1", 1).replace("currency: GBP", "currency: XYZ", 1), encoding="utf-8")
    (facts / "notes.txt").write_text("not a facts file", encoding="utf-8")
    problems = check.check_files(facts, SEED.parent)
    errs = [p for p in problems if p.is_error]
    assert [Path(p.path).name for p in errs] == ["a-broken.yaml", "a-broken.yaml"]
    assert [p.line for p in errs] == sorted(p.line for p in errs)
    assert all(str(p).startswith(f"{facts / 'a-broken.yaml'}:") for p in errs)
    assert check.has_errors(problems)
    assert not check.has_errors(check.check_files(facts, SEED.parent)[:0])


def test_missing_folders_and_unreadable_files_are_problems_not_tracebacks(tmp_path: Path) -> None:
    assert [p.message for p in check.check_files(tmp_path / "nope")] == ["facts folder not found"]
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "bin.yaml").write_bytes(b"schema: 1\n\xff\xfe\n")
    [p] = check.check_files(facts)
    assert (p.line, p.message) == (2, "not UTF-8 text")


def test_problem_text() -> None:
    assert str(check.Problem("facts/x.yaml", 12, "bad")) == "facts/x.yaml:12: bad"
    assert str(check.Problem("facts/x.yaml", 3, "odd", "warning")) == "facts/x.yaml:3: warning: odd"
    assert str(check.Problem("facts", None, "facts folder not found")) == "facts: facts folder not found"


def test_stale_facts_are_flagged_as_warnings() -> None:
    t = text().replace("    review: auto\n", "    review: reviewed\n    stale: true\n", 1)
    problems = check.check_text(t, NAME)
    assert not check.has_errors(problems)
    assert any(p.severity == "warning" and "no longer finds" in p.message for p in problems)


def test_rejected_and_hand_added_facts_pass(tmp_path: Path) -> None:
    rec = record()
    facts = [dataclasses.replace(rec.facts[0], review="rejected")] + rec.facts[1:]
    t = records.dump_record(dataclasses.replace(rec, facts=facts))
    t += "  - id: my-fact\n    type: figure\n    metric: returns\n    value: 18\n    unit: people\n    qualifier: exact\n"
    t += "    evidence: 'A “one in, one out” migration deal brokered with France earlier this year has seen 18 people returned after making the journey.'\n"
    t += "    review: reviewed\n"
    assert errors_of(t, SEED.parent) == []


def test_the_editing_pages_add_a_fact_example_passes_check() -> None:
    page = (REPO / "templates" / "pages" / "editing.md.j2").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in page.split("```yaml\n")[1:]]
    new_fact = next(b for b in blocks if b.startswith("  - type: figure"))
    new_entity = next(b for b in blocks if b.startswith("  - id: FR"))
    t = text().replace("facts:\n", new_entity + "facts:\n", 1) + new_fact.replace("  - type:", "  - id: returns-france\n    type:", 1)
    assert [str(p) for p in check.check_text(t, NAME, SEED.parent) if "does not match the file name" not in p.message] == []


# --- over every evaluation article; and never a traceback ---------------------------------------------

from tests.conftest import EVAL_SEEDS  # noqa: E402


@pytest.mark.parametrize("seed", sorted(p.name for p in EVAL_SEEDS.iterdir()))
def test_what_the_extractor_writes_for_every_eval_seed_passes_check(tmp_path: Path, seed: str) -> None:
    rec = extract(read_seed(EVAL_SEEDS / seed))
    path = tmp_path / f"{rec.article.id}.yaml"
    records.write_record(path, rec)
    assert [str(p) for p in check.check_file(path, EVAL_SEEDS)] == []


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# What a hand edit can do to a line: the pieces people mistype.
EDITS = st.sampled_from(["", "\t", " ", "  ", ":", ": ", "- ", "-", "#", "'", '"', "[", "]", "{", "}", ",", "&a", "*a", "!!python/name:os.system",
                         "!!binary", "? ", "|", ">", "%YAML 1.1", "---", "...", "lots", "-1", "0", "2025-02-30", "1e400", ".nan", "~", "null",
                         "yes", "NO", "\x00", "\ufeff", "\u2028", "é", "id", "review: rejected", "stale: true", "facts:", "entities: 3"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=200), EDITS, st.booleans()), min_size=1, max_size=4))
def test_check_never_raises_on_a_damaged_record(edits: list[tuple[int, int, str, bool]]) -> None:
    lines = text().split("\n")
    for line, col, piece, replace_line in edits:
        i = line % len(lines)
        lines[i] = piece if replace_line else lines[i][:col] + piece + lines[i][col:]
    damaged = "\n".join(lines)
    problems = check.check_text(damaged, NAME, SEED.parent)
    for p in problems:
        assert p.path == NAME and "\n" not in p.message and (p.line is None or 1 <= p.line <= len(lines) + 1)


def test_yaml_aliases_are_errors_and_cannot_blow_up() -> None:
    laughs = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 10)
    )
    t = text().replace("schema: 1\n", "schema: 1\n" + laughs, 1)
    errs = [p for p in errors_of(t) if "alias" in p.message]
    assert [p.line for p in errs] == list(range(4, 13))
    assert str(errs[0]) == f"{NAME}:4: a YAML alias repeats the list or mapping from line 3; write the value out instead"
    # A list that holds itself.
    p = [p for p in errors_of(text().replace("schema: 1\n", "schema: 1\nloop: &loop [*loop]\n", 1)) if "alias" in p.message]
    assert [x.line for x in p] == [3]


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    t = text().replace("schema: 1\n", "schema: 1\nx:\n  " + "- " * 990 + "x\n", 1)
    assert f"{NAME}:4: nested more than 32 levels deep; a fact record is never that deep" in [str(p) for p in errors_of(t)]
    t = text().replace("schema: 1\n", "schema: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n", 1)
    assert [str(p) for p in errors_of(t)] == [f"{NAME}:3: not valid YAML: exceeded maximum nesting depth (while increasing flow level)"]


def test_a_nul_or_line_separator_keeps_editor_line_numbers() -> None:
    t = text()
    n = line_of(t, "currency: GBP")
    assert str(only_error(t.replace("currency: GBP", "currency: G\x00BP", 1))) == f"{NAME}:{n}: not valid YAML: the character U+0000 is not allowed in YAML; remove it"
    # U+2028 is a line break to YAML 1.1, not to editors: a later error keeps the editor's line.
    t = t.replace("  title: ", "  title: a\u2028b ", 1)
    assert only_error(t.replace("currency: GBP", "currency: XYZ", 1)).line == n


def test_two_files_holding_one_article_are_an_error(tmp_path: Path) -> None:
    rec = record()
    records.write_record(tmp_path / "a.yaml", rec)
    records.write_record(tmp_path / "b.yaml", dataclasses.replace(rec, article=dataclasses.replace(rec.article, id="b")))
    t = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    errs = [str(p) for p in check.check_files(tmp_path) if p.is_error]
    assert errs == [f"{tmp_path / 'b.yaml'}:{line_of(t, '  seed:')}: article.seed '{SEED.name}' is also in {tmp_path / 'a.yaml'}: two records of one article; delete one of the files"]
