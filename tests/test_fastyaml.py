"""fastyaml writes exactly what the ruamel dump in records writes, or declines."""

from __future__ import annotations

import datetime as dt
import random

from generator import fastyaml, records
from generator.devtools.corpus import generate_corpus
from generator.extract import extract
from generator.ingest import parse_seed

AWKWARD = [
    "yes", "no", "NO", "on", "off", "null", "~", "true", "1:30", "0o17", "0x1F", "1e3", "3.5", "1,000", "12", "1_000",
    "2019-01-01", ".inf", "-", "---", "...", "? x", "- x", "x: y", "a #b", "a#b", "it's", "'quoted'", '"quoted"',
    "“curly”", "£4m", "50%", "[x]", "{x}", "a, b", "a,b", "@home", "`x`", "%x", "!x", "&x", "*x", "|x", ">x",
    "tab\there", "two  spaces", "é", "\U0001F600", "\xa0x", "back\\slash", "x:", "x?", "Sir Keir Starmer",
]
ALPHABET = list("aaaabbbbXY019     :#-,'\"[]{}!&*?|>%@`~.\\/()“”’£€—–;=+$\t") + ["é", "\xa0", "\U0001F600"]


def record_like(values: list[str]) -> dict:
    return {
        "schema": 1,
        "article": {"id": values[0], "date": dt.date(2020, 1, 2), "title": values[1]},
        "entities": [{"id": "x", "type": "person", "name": values[2], "roles": [values[3], values[4]]}],
        "facts": [{"id": "f", "value": 5, "flag": True, "period": {"start": dt.date(2020, 1, 1), "end": values[5]}, "evidence": values[6]}],
    }


def same_or_declined(data: dict) -> bool:
    got = fastyaml.dump(data)
    return got is None or got == records._dump(records._top_node(data))


def test_corpus_records_are_written_as_ruamel_writes_them() -> None:
    written = 0
    for a in generate_corpus(25, seed=3):
        data = records.record_data(extract(parse_seed(a.data, a.name)))
        got = fastyaml.dump(data)
        if got is not None:
            written += 1
            assert got == records._dump(records._top_node(data)), a.name
        assert records.dump_record(extract(parse_seed(a.data, a.name))).startswith(records.SCHEMA_COMMENT)
    assert written >= 20  # the fast path is the usual one


def test_awkward_strings_are_quoted_as_ruamel_quotes_them() -> None:
    for value in AWKWARD:
        assert same_or_declined(record_like([value] * 7)), value


def test_random_strings_are_quoted_as_ruamel_quotes_them() -> None:
    rng = random.Random(6)

    def text() -> str:
        if rng.random() < 0.1:
            return rng.choice(AWKWARD)
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 14))).strip(" ") or "x"

    for _ in range(3000):
        assert same_or_declined(record_like([text() for _ in range(7)]))


def test_declines_what_it_does_not_reproduce() -> None:
    assert fastyaml.dump(record_like(["x", "", "x", "x", "x", "x", "x"])) is None  # empty string
    assert fastyaml.dump(record_like(["x", "a\nb", "x", "x", "x", "x", "x"])) is None  # line break
    assert fastyaml.dump(record_like(["x", "x" * 5000, "x", "x", "x", "x", "x"])) is None  # folded by ruamel
    data = record_like(["x"] * 7)
    data["facts"][0]["value"] = 2.5
    assert fastyaml.dump(data) is None  # floats
    data = record_like(["x"] * 7)
    data["entities"] = []
    assert fastyaml.dump(data) is None
