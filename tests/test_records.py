"""Record <-> YAML: the schema, dump, write and load."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from generator import check, models, records
from generator.errors import FactsheetError
from generator.extract import assign_ids, extract
from generator.ingest import read_seed
from generator.models import Entity, Fact, Period, Record

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f83952dda46ec445.txt"
SCHEMA_PATH = REPO / "generator" / "data" / "record.schema.json"


def record() -> Record:
    facts = [
        Fact("", "funding", evidence="Ms Cooper will announce £4 million in funding.", amount=4_000_000, currency="GBP",
             purpose="help combat Russian threats", places=["western-balkans"], announced_by="yvette-cooper",
             qualifier="exact"),
        Fact("", "figure", evidence="It has reached 34,401 this year.", metric="small_boat_arrivals", value=34401,
             unit="people", qualifier="exact", period=Period(dt.date(2025, 1, 1), dt.date(2025, 10, 8))),
        Fact("", "quote", evidence="Ms Cooper said: “It is in all our interests.”", speaker="yvette-cooper",
             text="It is in all our interests."),
        Fact("", "event", evidence="They meet on Thursday.", what="talks", date=dt.date(2025, 10, 9), places=["NO"]),
    ]
    assign_ids(facts)
    entities = [
        Entity("yvette-cooper", "person", "Yvette Cooper", aliases=["Ms Cooper"], roles=["Foreign Secretary"]),
        Entity("western-balkans", "place", "Western Balkans", kind="region", members=["AL", "BA", "XK"]),
        Entity("NO", "place", "Norway", kind="country"),
    ]
    return Record(read_seed(SEED), entities, facts, extractor="test")


def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def as_json(text: str) -> object:
    """Return YAML text as JSON-like data (dates as text), as an editor's schema check sees it."""
    return check.parse(text, "x.yaml").data


# --- the schema -----------------------------------------------------------------------------


def test_the_schema_is_valid_draft_2020_12_and_is_shipped() -> None:
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(s)
    assert check.schema() == s


def test_the_committed_schema_is_the_one_the_fields_make() -> None:
    """Editors' YAML language server reads generator/data/record.schema.json: it says what the fields of models.py say."""
    assert schema() == models.record_schema(), (
        "generator/data/record.schema.json differs from the fields of generator/models.py; write it again with "
        ".venv/bin/python -c 'import json; from generator.models import record_schema; "
        "print(json.dumps(record_schema(), indent=2, ensure_ascii=False))' > generator/data/record.schema.json")


def test_the_schemas_enums_match_the_models() -> None:
    d = schema()["$defs"]
    assert tuple(d["fact"]["properties"]["type"]["enum"]) == models.FACT_TYPES
    assert tuple(d["fact"]["properties"]["metric"]["enum"]) == models.METRICS
    assert tuple(d["fact"]["properties"]["unit"]["enum"]) == models.UNITS
    assert tuple(d["fact"]["properties"]["qualifier"]["enum"]) == models.QUALIFIERS
    assert tuple(d["review"]["enum"]) == models.REVIEW_STATES
    assert tuple(d["entity"]["properties"]["type"]["enum"]) == models.ENTITY_TYPES
    assert tuple(d["entity"]["properties"]["kind"]["enum"]) == models.PLACE_KINDS
    assert schema()["properties"]["schema"]["const"] == models.SCHEMA_VERSION


def test_the_schema_knows_every_field_the_models_write() -> None:
    d = schema()["$defs"]
    assert set(models.FACT_KEY_ORDER) <= set(d["fact"]["properties"])
    every_entity = Entity("x", "place", "X", aliases=["a"], roles=["r"], kind="region", members=["AL"])
    assert set(every_entity.to_dict()) <= set(d["entity"]["properties"])
    art = dataclasses.replace(record().article, publisher="P", url="https://example.org/a", duplicate_of="other")
    assert set(Record(art, [], [], extractor="v").article_dict()) <= set(d["article"]["properties"])


def test_extractor_output_validates_against_the_schema() -> None:
    validator = Draft202012Validator(schema())
    for rec in (extract(read_seed(SEED)), record()):
        errors = [e.message for e in validator.iter_errors(as_json(records.dump_record(rec)))]
        assert errors == []


def test_the_schema_rejects_what_the_contract_forbids() -> None:
    validator = Draft202012Validator(schema())
    doc = as_json(records.dump_record(record()))
    doc["facts"][0]["qualifier"] = "roughly"
    doc["facts"][1]["metric"] = "boat_people"
    del doc["facts"][2]["speaker"]
    doc["entities"][2].pop("kind")
    assert len(list(validator.iter_errors(doc))) == 4


def test_the_currency_list_is_iso_4217() -> None:
    codes = check.currencies()
    assert {"GBP", "EUR", "USD", "CHF", "JPY", "ALL", "RSD", "MKD", "BAM"} <= codes
    assert len(codes) > 150 and all(len(c) == 3 and c.isupper() for c in codes)
    assert not {"XTS", "XXX", "UKP"} & codes


# --- dump and write -------------------------------------------------------------------------------


def test_dump_starts_with_the_schema_comment_and_keeps_contract_order() -> None:
    text = records.dump_record(record())
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../generator/data/record.schema.json"
    assert (REPO / "facts" / text.splitlines()[0].split("=", 1)[1]).resolve() == SCHEMA_PATH.resolve()
    doc = yaml.safe_load(text)
    assert list(doc) == ["schema", "article", "entities", "facts"]
    for fact, model in zip(doc["facts"], record().facts):
        assert list(fact) == [*model.to_dict(), "fingerprint"]
        assert fact["fingerprint"] == records.fingerprint(model.to_dict())
    # YAML 1.1 readers (PyYAML, score.py) read Norway's code as text, not False.
    assert doc["entities"][2]["id"] == "NO" and doc["facts"][3]["places"] == ["NO"]
    assert "&" not in text.replace("& ", "")  # no anchors, even for a date used twice


def test_dump_is_deterministic_and_holds_no_paths_or_times(tmp_path: Path) -> None:
    a, b = records.dump_record(record()), records.dump_record(record())
    assert a == b
    path = tmp_path / "facts" / "x.yaml"
    records.write_record(path, record())
    written = path.read_text(encoding="utf-8")
    assert written == a
    assert str(tmp_path) not in written and str(REPO) not in written
    assert not re.search(r"\d\d:\d\d:\d\d", written)  # no times


def test_ids_are_stable_across_runs() -> None:
    one, two = extract(read_seed(SEED)), extract(read_seed(SEED))
    assert [f.id for f in one.facts] == [f.id for f in two.facts]
    assert records.dump_record(one) == records.dump_record(two)


def test_rewriting_the_same_record_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    assert records.write_record(path, record()) is True
    stat = path.stat()
    assert records.write_record(path, record()) is False
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_ino == stat.st_ino


def test_a_file_written_before_fingerprints_is_adopted(tmp_path: Path) -> None:
    """A file without the header, as the first version wrote it, gets the header on its next write."""
    path = tmp_path / "x.yaml"
    text = records.dump_record(record())
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")
    records.write_record(path, record())
    assert path.read_text(encoding="utf-8") == text


def test_fingerprints_cover_content_not_id_review_or_stale() -> None:
    f = record().facts[0].to_dict()
    base = records.fingerprint(f)
    assert records.fingerprint({**f, "id": "other", "review": "reviewed", "stale": True}) == base
    assert records.fingerprint({**f, "amount": 4_000_001}) != base
    assert records.fingerprint({**f, "amount": 4_000_000.0}) == base  # 4000000.0 is the same number
    assert records.fingerprint(dict(reversed(list(f.items())))) == base


# --- load -------------------------------------------------------------------------------------------


def signed(rec: Record) -> Record:
    """Return ``rec`` as its facts file reads back: fingerprints written, no article text."""
    return dataclasses.replace(
        rec, article=dataclasses.replace(rec.article, paragraphs=()),
        entities=[dataclasses.replace(e, fingerprint=records.fingerprint(e.to_dict())) for e in rec.entities],
        facts=[dataclasses.replace(f, fingerprint=records.fingerprint(f.to_dict())) for f in rec.facts])


def test_load_records_gives_the_typed_records_extraction_made_sorted_by_file(tmp_path: Path) -> None:
    rec = record()
    records.write_record(tmp_path / "b.yaml", rec)
    other = dataclasses.replace(rec.article, id="a", seed="a.txt")
    records.write_record(tmp_path / "a.yaml", dataclasses.replace(rec, article=other, facts=rec.facts[:1]))
    (tmp_path / "README.txt").write_text("x", encoding="utf-8")
    loaded = records.load_records(tmp_path)
    assert [len(r.facts) for r in loaded] == [1, 4]
    assert loaded[1] == signed(rec)
    assert loaded[1].facts[1].period == Period(dt.date(2025, 1, 1), dt.date(2025, 10, 8))
    assert records.load_records(tmp_path / "missing") == []
    extracted = extract(read_seed(SEED))
    records.write_record(tmp_path / "c.yaml", extracted)
    assert records.load_record(tmp_path / "c.yaml") == signed(extracted)


def test_load_keeps_what_a_person_typed_and_knows_what_they_changed(tmp_path: Path) -> None:
    text = records.dump_record(record())
    text = text.replace("    value: 34401\n", "    value: 34500\n    colour: red\n    note: checked with the Home Office\n", 1)
    text = text.replace("    kind: region\n", "    kind: region\n    1: one\n", 1)
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    rec = records.load_record(path)
    figure = rec.facts[1]
    assert (figure.value, figure.note, figure.extra, figure.changed) == (34500, "checked with the Home Office", {"colour": "red"}, True)
    assert [f.changed for f in rec.facts] == [False, True, False, False]
    assert rec.entities[1].extra == {1: "one"}
    assert list(figure.to_dict())[-2:] == ["note", "colour"]


@pytest.mark.parametrize(
    "old, new, line, message",
    [
        ("    currency: GBP\n", "    currency: GBP: x\n", None, "not valid YAML: mapping values are not allowed"),
        ("  date: 2025-10-08\n", "  date: 2025-02-30\n", 7, "article.date: not a real date: 2025-02-30"),
        ("    unit: people\n", "    unit: people\n    unit: boats\n", None, "duplicate key 'unit'"),
    ],
    ids=["syntax", "impossible-date", "duplicate-key"],
)
def test_a_broken_file_raises_naming_file_and_line(tmp_path: Path, old: str, new: str, line: int | None, message: str) -> None:
    good = tmp_path / "a.yaml"
    records.write_record(good, record())
    bad = tmp_path / "b.yaml"
    text = records.dump_record(record())
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    expected_line = line or text.split("\n").index(old.rstrip("\n")) + 1 + (1 if "duplicate" in message else 0)
    with pytest.raises(FactsheetError) as e:
        records.load_records(tmp_path)
    assert (e.value.path, e.value.line) == (str(bad), expected_line)
    assert e.value.message.startswith(message)
    assert str(e.value).startswith(f"{bad}:{expected_line}: ")


def test_load_refuses_a_file_that_check_fails_and_says_how_many_more(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text(records.dump_record(record()).replace("currency: GBP", "currency: XYZ").replace("value: 34401", "value: -3"), encoding="utf-8")
    with pytest.raises(FactsheetError) as e:
        records.load_record(bad)
    assert "(and 1 more: run `factsheet check`)" in e.value.message


def test_load_of_an_unreadable_file_is_a_factsheet_error(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_bytes(b"schema: 1\narticle: \xff\n")
    with pytest.raises(FactsheetError) as e:
        records.load_records(tmp_path)
    assert (e.value.line, e.value.message) == (2, "not UTF-8 text")


def test_the_schema_is_published_on_the_editing_page(tmp_path: Path) -> None:
    from tests.conftest import EVAL_SEEDS, FIXTURES
    from tests.site_helpers import render_docs

    render_docs(tmp_path / "proj", [FIXTURES / "eval" / "facts"], [EVAL_SEEDS])
    docs = tmp_path / "proj" / "build" / "docs"
    published = [p for p in docs.rglob("record.schema.json")]
    assert len(published) == 1 and json.loads(published[0].read_text(encoding="utf-8")) == schema()
    editing = next(docs.rglob("editing.md")).read_text(encoding="utf-8")
    assert "record.schema.json" in re.sub(r"(?m)^.*yaml-language-server.*$", "", editing)  # a link, not only the header example


def test_load_records_refuses_two_records_of_one_article(tmp_path: Path) -> None:
    records.write_record(tmp_path / "a.yaml", record())
    shutil.copy(tmp_path / "a.yaml", tmp_path / "b.yaml")
    with pytest.raises(FactsheetError) as e:
        records.load_records(tmp_path)
    assert str(e.value) == (f"{tmp_path / 'b.yaml'}:4: article.id '{record().article.id}' is also in {tmp_path / 'a.yaml'}: "
                            "two records of one article; delete one of the files")
