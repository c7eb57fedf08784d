"""Re-extraction merges into hand-edited facts files and never loses an edit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator import check, records
from generator.cli import main
from generator.errors import FactsheetError
from generator.extract import assign_ids
from generator.ingest import read_seed
from generator.models import Entity, Fact, Period, Record

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f83952dda46ec445.txt"

FUNDING_EVIDENCE = (
    "At the gathering at Hillsborough Castle – the backdrop for the Good Friday Agreement – Ms Cooper will "
    "announce £4 million in funding to help combat Russian threats aimed at “destabilising the region” and "
    "“fanning ethnic tensions,” the Foreign Office said."
)
FIGURE_EVIDENCE = (
    "It comes as the Government struggles to curb the number of people crossing the English Channel by small "
    "boat, which has reached 34,401 this year."
)
RETURNS_EVIDENCE = (
    "A “one in, one out” migration deal brokered with France earlier this year has seen 18 people returned "
    "after making the journey."
)
QUOTE_EVIDENCE = (
    "“International co-operation is vital to boosting our economic growth, protecting our national security, "
    "and securing our borders."
)


# --- helpers ------------------------------------------------------------------------


def _entities() -> list[Entity]:
    return [
        Entity("yvette-cooper", "person", "Yvette Cooper", aliases=["Ms Cooper"], roles=["Foreign Secretary"]),
        Entity("western-balkans", "place", "Western Balkans", kind="region", members=["AL", "BA", "MK", "RS", "XK"]),
        Entity("english-channel", "place", "English Channel", kind="sea"),
    ]


def _hand_built_facts() -> list[Fact]:
    facts = [
        Fact("", "funding", evidence=FUNDING_EVIDENCE, amount=4_000_000, currency="GBP",
             purpose="help combat Russian threats", places=["western-balkans"],
             announced_by="yvette-cooper", qualifier="exact"),
        Fact("", "figure", evidence=FIGURE_EVIDENCE, metric="small_boat_arrivals", value=34401, unit="people",
             qualifier="exact", period=Period(dt.date(2025, 1, 1), dt.date(2025, 10, 8)),
             places=["english-channel"]),
        Fact("", "quote", evidence=QUOTE_EVIDENCE, speaker="yvette-cooper",
             text="International co-operation is vital to boosting our economic growth, protecting our national security, and securing our borders."),
    ]
    assign_ids(facts)
    return facts


def manual_record() -> Record:
    """Return a record built by hand, independent of the extractor."""
    return Record(read_seed(SEED), _entities(), _hand_built_facts(), extractor="test")


def fact_block(lines: list[str], fact_id: str) -> tuple[int, int]:
    """Return the [start, end) line range of the fact with ``fact_id``."""
    start = next(i for i, ln in enumerate(lines) if re.fullmatch(rf"  - id: ['\"]?{re.escape(fact_id)}['\"]?", ln))
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    return start, end


def set_field(text: str, fact_id: str, key: str, value: str) -> str:
    lines = text.split("\n")
    start, end = fact_block(lines, fact_id)
    for i in range(start, end):
        if lines[i].startswith(f"    {key}:") or lines[i].startswith(f"  - {key}:"):
            prefix = lines[i].split(":", 1)[0]
            lines[i] = f"{prefix}: {value}"
            return "\n".join(lines)
    raise AssertionError(f"{fact_id} has no {key}")


def insert_before_field(text: str, fact_id: str, key: str, new_line: str) -> str:
    lines = text.split("\n")
    start, end = fact_block(lines, fact_id)
    i = next(i for i in range(start, end) if lines[i].startswith(f"    {key}:"))
    lines.insert(i, new_line)
    return "\n".join(lines)


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def fact_by_id(doc: dict, fact_id: str) -> dict:
    return next(f for f in doc["facts"] if f["id"] == fact_id)


def errors(problems: list[check.Problem]) -> list[check.Problem]:
    return [p for p in problems if p.is_error]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "facts").mkdir()
    return tmp_path


# --- the scripted round trip ------------------------------------------------------------


HAND_FACT = f"""\
  - type: figure
    metric: returns
    value: 18
    unit: people
    qualifier: exact
    evidence: '{RETURNS_EVIDENCE}'
    review: reviewed
"""


EVENT_EVIDENCE = (
    "The Foreign Secretary will meet partners from countries including Albania, Serbia, North Macedonia, and "
    "Bosnia and Herzegovina as well as European allies such as France, Germany and Italy on Thursday."
)
HAND_EVENT = f"""\
  - type: event
    what: talks with Western Balkans partners
    date: 2025-10-09
    evidence: '{EVENT_EVIDENCE}'
    review: reviewed
"""


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return its status, stdout and stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def test_round_trip_edits_survive_re_extraction_and_a_broken_file_is_never_overwritten(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The scripted round trip of issue 4, all through `factsheet`: extract, edit, extract --force, check, break."""
    monkeypatch.chdir(project)
    assert cli(capsys, "extract")[0] == 0
    [path] = (project / "facts").glob("*.yaml")
    rel = f"facts/{path.name}"
    doc = load(path)
    figure = next(f for f in doc["facts"] if f["type"] == "figure")
    funding = next(f for f in doc["facts"] if f["type"] == "funding")
    assert figure["review"] == funding["review"] == "auto"
    text = path.read_text(encoding="utf-8")
    # 1. Change a figure's value (review left at auto) and put a comment above it.
    new_value = figure["value"] + 1
    text = set_field(text, figure["id"], "value", str(new_value))
    text = insert_before_field(text, figure["id"], "value", "    # corrected against the Home Office table")
    # 2. Reject a funding fact.
    text = set_field(text, funding["id"], "review", "rejected")
    # 3. Add a fact by hand, without an id, at the end of the facts list.
    text = text.rstrip("\n") + "\n" + HAND_EVENT
    path.write_text(text, encoding="utf-8")

    # 4. Extract again, forced (the seed did not change).
    status, out, err = cli(capsys, "extract", "--force")
    assert (status, err) == (0, "")
    assert "extracted 1 seed(s)" in out

    after_text = path.read_text(encoding="utf-8")
    after = load(path)
    assert fact_by_id(after, figure["id"])["value"] == new_value
    assert fact_by_id(after, figure["id"])["review"] == "auto"
    lines = after_text.split("\n")
    start, end = fact_block(lines, figure["id"])
    value_at = next(i for i in range(start, end) if lines[i].startswith("    value:"))
    assert lines[value_at - 1] == "    # corrected against the Home Office table"
    assert fact_by_id(after, funding["id"])["review"] == "rejected"
    hand = [f for f in after["facts"] if f["type"] == "event"]
    assert len(hand) == 1 and "fingerprint" not in hand[0] and hand[0]["review"] == "reviewed"
    assert hand[0]["what"] == "talks with Western Balkans partners" and hand[0]["date"] == dt.date(2025, 10, 9)
    assert re.fullmatch(r"h-[0-9a-f]{6}", hand[0]["id"])
    status, out, err = cli(capsys, "check")
    assert status == 0 and out.endswith("0 error(s), 0 warning(s)\n"), out

    # A third run changes nothing: the merge is a fixed point.
    assert cli(capsys, "extract", "--force")[0] == 0
    assert path.read_text(encoding="utf-8") == after_text

    # 5. Break the YAML: check names the file and the line; extraction leaves the file byte-identical.
    lines = after_text.split("\n")
    start, _ = fact_block(lines, funding["id"])
    broken_line = start + 2  # 0-based index of the line after "type:"
    lines[broken_line] = lines[broken_line] + ": oops"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = path.read_bytes()

    status, out, err = cli(capsys, "check")
    assert status == 1
    assert out.splitlines()[0].startswith(f"{rel}:{broken_line + 1}: not valid YAML: ")
    assert out.splitlines()[1:] == ["1 error(s), 0 warning(s)"]
    status, out, err = cli(capsys, "extract", "--force")
    assert status == 1
    assert err.splitlines()[0].startswith(f"{rel}:{broken_line + 1}: not valid YAML: ")
    assert err.splitlines()[0].endswith("; the file was left unchanged")
    assert path.read_bytes() == before
    assert sorted(p.name for p in (project / "facts").iterdir()) == [path.name]


# --- merge rules, one by one ---------------------------------------------------------------


def write_then_edit(project: Path, rec: Record, edit) -> Path:
    path = project / "facts" / f"{rec.article.id}.yaml"
    records.write_record(path, rec)
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def improve(rec: Record, fact_type: str, **changes) -> Record:
    facts = [dataclasses.replace(f, **changes) if f.type == fact_type else f for f in rec.facts]
    return dataclasses.replace(rec, facts=facts)


def test_untouched_auto_facts_follow_the_extractor(project: Path) -> None:
    rec = manual_record()
    path = write_then_edit(project, rec, lambda t: t)
    better = improve(rec, "funding", purpose="help combat Russian threats aimed at destabilising the region")
    # The full round-trip merge and the shortcut for files nobody touched agree.
    assert records.merge_text(path.read_text(encoding="utf-8"), better, path) == records.dump_record(better)
    assert records.write_record(path, better) is True
    fid = next(f.id for f in rec.facts if f.type == "funding")
    fact = fact_by_id(load(path), fid)
    assert fact["purpose"] == "help combat Russian threats aimed at destabilising the region"
    assert fact["fingerprint"] == records.fingerprint(fact)
    # An untouched file merged with new output reads exactly like a fresh dump of it.
    assert path.read_text(encoding="utf-8") == records.dump_record(better)


def test_a_field_changed_by_hand_keeps_the_hand_value_with_review_still_auto(project: Path) -> None:
    rec = manual_record()
    fid = next(f.id for f in rec.facts if f.type == "funding")
    path = write_then_edit(project, rec, lambda t: set_field(t, fid, "purpose", "combat Russian interference"))
    better = improve(rec, "funding", purpose="help combat Russian threats aimed at destabilising the region", qualifier="approx")
    records.write_record(path, better)
    fact = fact_by_id(load(path), fid)
    assert fact["purpose"] == "combat Russian interference"
    assert fact["qualifier"] == "exact"  # the whole fact is the person's now
    assert fact["review"] == "auto"


def test_rejected_facts_stay_rejected_even_when_the_extractor_changes_them(project: Path) -> None:
    rec = manual_record()
    fid = next(f.id for f in rec.facts if f.type == "figure")
    path = write_then_edit(project, rec, lambda t: set_field(t, fid, "review", "rejected"))
    records.write_record(path, improve(rec, "figure", unit="crossings"))
    fact = fact_by_id(load(path), fid)
    assert fact["review"] == "rejected" and fact["unit"] == "people"
    records.write_record(path, dataclasses.replace(rec, facts=[f for f in rec.facts if f.id != fid]))
    fact = fact_by_id(load(path), fid)
    assert fact["review"] == "rejected" and fact["stale"] is True


def test_unfound_facts_are_dropped_unless_touched_then_kept_as_stale_until_found_again(project: Path) -> None:
    rec = manual_record()
    funding = next(f.id for f in rec.facts if f.type == "funding")
    figure = next(f.id for f in rec.facts if f.type == "figure")
    path = write_then_edit(project, rec, lambda t: set_field(t, figure, "review", "reviewed"))
    fewer = dataclasses.replace(rec, facts=[f for f in rec.facts if f.type == "quote"])
    records.write_record(path, fewer)
    ids = [f["id"] for f in load(path)["facts"]]
    assert funding not in ids
    assert fact_by_id(load(path), figure)["stale"] is True
    assert errors(check.check_files(project / "facts")) == []
    assert any("no longer finds" in p.message for p in check.check_files(project / "facts"))
    records.write_record(path, rec)
    assert "stale" not in fact_by_id(load(path), figure)
    assert [f["id"] for f in load(path)["facts"]] == [f.id for f in rec.facts]


def test_hand_added_facts_and_entities_are_kept_and_get_stable_ids(project: Path) -> None:
    rec = manual_record()
    hand_entity = "  - type: organisation\n    name: Foreign Office\n"

    def edit(t: str) -> str:
        t = t.replace("facts:\n", hand_entity + "facts:\n", 1)
        return t.rstrip("\n") + "\n" + HAND_FACT

    path = write_then_edit(project, rec, edit)
    records.write_record(path, rec)
    first = path.read_text(encoding="utf-8")
    doc = load(path)
    hand = [f for f in doc["facts"] if "fingerprint" not in f]
    assert len(hand) == 1 and hand[0]["id"].startswith("h-")
    org = [e for e in doc["entities"] if e["name"] == "Foreign Office"]
    assert len(org) == 1 and org[0]["id"] == "foreign-office"
    records.write_record(path, rec)
    assert path.read_text(encoding="utf-8") == first
    assert errors(check.check_files(project / "facts")) == []


def test_a_fact_with_a_hand_changed_id_is_kept_once(project: Path) -> None:
    rec = manual_record()
    fid = next(f.id for f in rec.facts if f.type == "quote")
    path = write_then_edit(project, rec, lambda t: t.replace(f"  - id: {fid}\n", "  - id: cooper-cooperation\n"))
    records.write_record(path, rec)
    doc = load(path)
    assert [f["id"] for f in doc["facts"]].count("cooper-cooperation") == 1
    assert fid not in [f["id"] for f in doc["facts"]]
    assert "stale" not in fact_by_id(doc, "cooper-cooperation")


def test_article_block_keeps_hand_title_and_follows_the_seed(project: Path) -> None:
    rec = manual_record()
    path = write_then_edit(project, rec, lambda t: re.sub(r"(?m)^  title: .*$", "  title: Cooper hosts Western Balkans talks", t))
    new_article = dataclasses.replace(rec.article, sha256="0" * 64, publisher="Example Outlet")
    records.write_record(path, dataclasses.replace(rec, article=new_article))
    art = load(path)["article"]
    assert art["title"] == "Cooper hosts Western Balkans talks"
    assert art["sha256"] == "0" * 64
    assert art.get("publisher") != "Example Outlet"  # the block was edited: its editable fields are the person's
    # Untouched: the extractor's new publisher and title come in.
    other = project / "facts" / "untouched.yaml"
    records.write_record(other, rec)
    records.write_record(other, dataclasses.replace(rec, article=dataclasses.replace(new_article, title="A better title")))
    art = load(other)["article"]
    assert art["publisher"] == "Example Outlet" and art["title"] == "A better title"


def test_entities_merge_like_facts_and_referenced_ones_are_kept(project: Path) -> None:
    rec = manual_record()

    def edit(t: str) -> str:
        return t.replace("    name: English Channel\n", "    name: The English Channel\n")

    path = write_then_edit(project, rec, edit)
    # The extractor stops finding both the channel (edited) and the Balkans (still used by the funding fact).
    fewer = dataclasses.replace(rec, entities=[e for e in rec.entities if e.id == "yvette-cooper"])
    records.write_record(path, fewer)
    ents = {e["id"]: e for e in load(path)["entities"]}
    assert ents["english-channel"]["name"] == "The English Channel" and ents["english-channel"]["stale"] is True
    assert "western-balkans" in ents and "stale" not in ents["western-balkans"]
    assert errors(check.check_files(project / "facts")) == []
    # Once no fact uses it, the untouched entity goes.
    no_funding = dataclasses.replace(fewer, facts=[f for f in rec.facts if f.type != "funding"])
    records.write_record(path, no_funding)
    assert "western-balkans" not in {e["id"] for e in load(path)["entities"]}


def test_comments_survive_dropped_and_inserted_facts(project: Path) -> None:
    rec = manual_record()
    funding, figure, quote = (f.id for f in rec.facts)

    def edit(t: str) -> str:
        t = t.replace("\nschema: 1\n", "\n# Checked by the desk, October 2025\nschema: 1\n")
        t = t.replace(f"  - id: {funding}\n", f"  # money first\n  - id: {funding}\n")
        t = t.replace(f"  - id: {figure}\n", f"  # about the figure below\n  - id: {figure}\n")
        t = t.replace(f"  - id: {quote}\n", f"  # the quote\n  - id: {quote}\n")
        return t

    path = write_then_edit(project, rec, edit)
    # The funding fact goes (untouched, no longer found) and a new first fact comes.
    new_first = Fact("", "figure", evidence=RETURNS_EVIDENCE, metric="returns", value=18, unit="people", qualifier="exact")
    assign_ids([new_first])
    records.write_record(path, dataclasses.replace(rec, facts=[new_first] + [f for f in rec.facts if f.type != "funding"]))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(records.SCHEMA_COMMENT + "\n# Checked by the desk, October 2025\nschema: 1\n")
    assert f"  # about the figure below\n  - id: {figure}\n" in text
    assert f"  # the quote\n  - id: {quote}\n" in text
    assert "# money first" in text
    assert [f["id"] for f in load(path)["facts"]] == [new_first.id, figure, quote]
    assert errors(check.check_text(text, path)) == []


def test_a_structurally_broken_record_is_not_merged(project: Path) -> None:
    rec = manual_record()
    path = write_then_edit(project, rec, lambda t: t.split("facts:\n")[0] + "facts: 3\n")
    before = path.read_bytes()
    with pytest.raises(FactsheetError) as e:
        records.write_record(path, rec)
    assert e.value.line == before.decode().split("\n").index("facts: 3") + 1
    assert "must be a list" in str(e.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "damage, line",
    [
        (lambda t: t.replace("schema: 1\n", "schema: 1\n\tbad: tab\n", 1), 3),
        (lambda t: t.replace("  date: 2025-10-08\n", "  date: 2025-10-08\n  date: 2025-10-09\n", 1), 8),
        (lambda t: t.replace("  date: 2025-10-08\n", "  date: 2025-02-30\n", 1), 7),
    ],
    ids=["syntax", "duplicate-key", "impossible-date"],
)
def test_unreadable_files_are_left_byte_identical(project: Path, damage, line) -> None:
    rec = manual_record()
    path = write_then_edit(project, rec, damage)
    before = path.read_bytes()
    with pytest.raises(FactsheetError) as e:
        records.write_record(path, rec)
    assert e.value.path == str(path)
    assert e.value.line == line
    assert path.read_bytes() == before


def test_merge_is_deterministic(project: Path) -> None:
    rec = manual_record()
    edits = lambda t: set_field(t, rec.facts[0].id, "review", "reviewed").rstrip("\n") + "\n" + HAND_FACT  # noqa: E731
    a = write_then_edit(project, rec, edits)
    b_dir = project / "other"
    b_dir.mkdir()
    b = write_then_edit(b_dir, rec, edits)
    changed = dataclasses.replace(rec, facts=rec.facts[1:])
    records.write_record(a, changed)
    records.write_record(b, changed)
    assert a.read_bytes() == b.read_bytes()


def test_a_broken_file_stops_extract_and_build_and_no_other_file_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import EVAL_SEEDS, FIRST_SEED, make_project

    proj = make_project(tmp_path / "proj", [FIRST_SEED, EVAL_SEEDS / "dev_01.txt"])
    monkeypatch.chdir(proj)
    assert cli(capsys, "extract")[0] == 0
    by_seed = {load(p)["article"]["seed"]: p for p in (proj / "facts").glob("*.yaml")}
    broken = by_seed[FIRST_SEED.name]
    assert "dev_01.txt" in by_seed
    lines = broken.read_text(encoding="utf-8").split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("  title:"))
    lines[at] = "\t" + lines[at].lstrip()
    broken.write_text("\n".join(lines), encoding="utf-8")
    # The other seed changes, so a run that went on would rewrite its record.
    seed = proj / "seeds" / "dev_01.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nSome 40 people were arrested in Calais on Friday, police said.\n", encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (proj / "facts").iterdir()}
    message = f"facts/{broken.name}:{at + 1}: not valid YAML: found a tab character that violates indentation"

    for command in (["extract", "--force"], ["build", "--force"]):
        status, out, err = cli(capsys, *command)
        assert status == 1, command
        assert err.splitlines()[0].startswith(message), err
        assert err.splitlines()[-1].startswith("stopped: 1 facts file(s) could not be updated, no file was written;")
        assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (proj / "facts").iterdir()} == before
        assert not (proj / "site").exists()

    # Without --force the broken file's seed is unchanged, so extract leaves it be; rendering then stops at it.
    status, out, err = cli(capsys, "build")
    assert status == 1
    assert err == f"factsheet: {message} (while scanning a plain scalar, which started on line {at})\n"
    assert broken.read_bytes() == before[broken.name][0]
    assert not (proj / "site").exists()


def test_key_order_and_comments_of_an_untouched_fact_survive_its_update(project: Path) -> None:
    rec = manual_record()
    fid = next(f.id for f in rec.facts if f.type == "funding")

    def reorder(t: str) -> str:
        lines = t.split("\n")
        start, end = fact_block(lines, fid)
        block = lines[start:end]
        evidence = next(ln for ln in block if ln.startswith("    evidence:"))
        block.remove(evidence)
        block[1:1] = ["    # the sentence first, for the desk", evidence]
        return "\n".join(lines[:start] + block + lines[end:])

    path = write_then_edit(project, rec, reorder)
    records.write_record(path, improve(rec, "funding", purpose="help combat Russian threats aimed at destabilising the region"))
    lines = path.read_text(encoding="utf-8").split("\n")
    start, end = fact_block(lines, fid)
    keys = [ln.split(":", 1)[0].strip("- ") for ln in lines[start:end] if not ln.lstrip().startswith("#")]
    assert keys[:2] == ["id", "evidence"] and keys[-2:] == ["review", "fingerprint"]
    assert lines[start + 1] == "    # the sentence first, for the desk"
    fact = fact_by_id(load(path), fid)
    assert fact["purpose"] == "help combat Russian threats aimed at destabilising the region"  # still the extractor's: updated
    assert fact["fingerprint"] == records.fingerprint(fact)


def test_a_file_saved_with_a_bom_and_crlf_line_ends_is_merged_into_plain_lf(project: Path) -> None:
    rec = manual_record()
    fid = next(f.id for f in rec.facts if f.type == "figure")
    path = write_then_edit(project, rec, lambda t: insert_before_field(set_field(t, fid, "value", "34402"), fid, "value", "    # corrected"))
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert errors(check.check_files(project / "facts")) == []
    assert records.write_record(path, rec) is True
    raw = path.read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    assert fact_by_id(load(path), fid)["value"] == 34402 and "    # corrected\n    value: 34402\n" in raw.decode()
    assert records.write_record(path, rec) is False
