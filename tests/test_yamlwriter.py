"""The writer of new facts files: every value reads back as it was, and records are written as ruamel's round trip writes them."""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest
import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator import ingest, records, yamlwriter
from generator.devtools.corpus import generate_corpus
from generator.extract import extract
from generator.ingest import parse_seed
from tests.conftest import EVAL_SEEDS

AWKWARD = [
    "yes", "no", "NO", "on", "off", "null", "~", "true", "1:30", "0o17", "0x1F", "1e3", "3.5", "1,000", "12", "1_000",
    "2019-01-01", ".inf", "-", "---", "...", "? x", "- x", "x: y", "a #b", "a#b", "it's", "'quoted'", '"quoted"',
    "“curly”", "£4m", "50%", "[x]", "{x}", "a, b", "a,b", "@home", "`x`", "%x", "!x", "&x", "*x", "|x", ">x",
    "tab\there", "two  spaces", "é", "\U0001F600", "\xa0x", "back\\slash", "x:", "x?", "Sir Keir Starmer", "?x", ":x", "-x",
    "", "a\nb", " lead", "trail ", "nul\0", "bom\ufeff", "ls\u2028ps\u2029nel\x85", "del\x7f", "x" * 5000, "it's \"both\"",
]
ALPHABET = list("aaaabbbbXY019     :#-,'\"[]{}!&*?|>%@`~.\\/()“”’£€—–;=+$\t\n") + ["é", "\xa0", "\U0001F600", "\x85", "\x07"]


def record_like(values: list[str]) -> dict:
    return {
        "schema": 1,
        "article": {"id": values[0], "date": dt.date(2020, 1, 2), "title": values[1]},
        "entities": [{"id": "x", "type": "person", "name": values[2], "roles": [values[3], values[4]]}],
        "facts": [{"id": "f", "value": 5, "flag": True, "period": {"start": dt.date(2020, 1, 1), "end": values[5]}, "evidence": values[6]}],
    }


def ruamel_dump(data: dict) -> str:
    """Return ``data`` as ruamel's round trip (the merge's writer) writes a record."""
    doc = CommentedMap()
    for k, v in data.items():
        if k == "article":
            doc[k] = CommentedMap((ak, records._to_node(av)) for ak, av in v.items())
        elif k in ("entities", "facts"):
            doc[k] = CommentedSeq(records._item_node(x) for x in v)
        else:
            doc[k] = records._to_node(v)
    return records._dump(doc)


def reads_back(data: dict) -> None:
    text = yamlwriter.dump(data)
    assert yaml.load(text, Loader=yaml.CSafeLoader) == data  # YAML 1.1, as factsheet reads it
    assert YAML(typ="safe", pure=True).load(io.StringIO(text)) == data  # YAML 1.2, as editors read it


def test_corpus_and_eval_records_are_written_as_ruamel_writes_them() -> None:
    articles = [parse_seed(a.data, a.name) for a in generate_corpus(25, seed=3)]
    articles += [ingest.read_seed(p) for p in ingest.seed_files(EVAL_SEEDS)]
    for article in articles:
        data = records.record_data(extract(article))
        assert yamlwriter.dump(data) == ruamel_dump(data), article.seed
        reads_back(data)


@pytest.mark.parametrize("value", AWKWARD)
def test_awkward_strings_read_back(value: str) -> None:
    reads_back(record_like([value] * 7))


def test_random_strings_read_back_and_are_mostly_quoted_as_ruamel_quotes_them() -> None:
    rng = random.Random(6)

    def text() -> str:
        if rng.random() < 0.1:
            return rng.choice(AWKWARD)
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 14)))

    same = 0
    for _ in range(2000):
        data = record_like([text() for _ in range(7)])
        reads_back(data)
        same += yamlwriter.dump(data) == ruamel_dump(data)
    assert same > 1000


def test_numbers_and_empty_lists_read_back() -> None:
    data = record_like(["x"] * 7)
    data["facts"][0]["value"] = 2.5
    data["facts"][0]["big"] = 1e20
    data["entities"] = []
    reads_back(data)
