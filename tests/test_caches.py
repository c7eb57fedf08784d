"""Issue 15, defect 7: the caches were pickles, and a planted one ran code on a plain `factsheet extract`.

Now they are JSON (generator/cachefile.py), and a cache that does not load as what factsheet wrote is
rebuilt, never used.
"""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cachefile, dedupe, ingest, pipeline, recordcache, records
from generator.cli import main
from tests.conftest import FIRST_SEED, ROOT

CACHE = Path(".factsheet") / "cache"


class _Plant:
    """Unpickling this creates the file it names: code run from data."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "code ran"))


def test_no_module_unpickles_or_unmarshals_data() -> None:
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("load", "Unpickler") and getattr(node.value, "id", "") in ("pickle", "marshal", "shelve", "dill"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if any(n in ("shelve", "marshal", "dill") for n in names):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: imports {names}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".pickle"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: a .pickle file")
    assert found == []


def test_planted_pickles_run_nothing(project: Path) -> None:
    marker = project / "pwned"
    (project / CACHE).mkdir(parents=True)
    for name in ("signatures.pickle", "records.pickle", "signatures.json", "records.json"):
        (project / CACHE / name).write_bytes(pickle.dumps(_Plant(str(marker))))
    assert main(["build", "--jobs", "1"]) == 0
    assert not marker.exists()
    # The planted files were not ours: they were rebuilt as JSON caches.
    for name in (pipeline.SIGNATURES_NAME, recordcache.CACHE_NAME):
        doc = json.loads((project / CACHE / name).read_text(encoding="utf-8"))
        assert doc["format"] == cachefile.FORMAT


def test_a_damaged_or_foreign_cache_is_rebuilt_not_used(project: Path) -> None:
    assert main(["extract"]) == 0
    path = project / CACHE / pipeline.SIGNATURES_NAME
    good = json.loads(path.read_text(encoding="utf-8"))
    assert good["payload"]["signatures"]
    for bad in ("{not json", json.dumps({**good, "format": "other"}),
                json.dumps({**good, "payload": {"signatures": {"x": {"seed": 1}}}}),
                json.dumps({**good, "payload": {"signatures": {"x": {**next(iter(good["payload"]["signatures"].values())),
                                                                    "shingles": "!!!"}}}})):
        path.write_text(bad, encoding="utf-8")
        assert pipeline._load_signatures(path, good["key"]) == ({}, None)
        assert main(["extract"]) == 0
        assert json.loads(path.read_text(encoding="utf-8"))["payload"] == good["payload"]


def test_signatures_and_the_last_search_survive_the_cache() -> None:
    a = ingest.read_seed(FIRST_SEED)
    sig = dedupe.signature(a)
    back = dedupe.signature_from_json(json.loads(json.dumps(dedupe.signature_to_json(sig))))
    assert back == sig and back.shingles.typecode == "Q"
    dups, previous = dedupe.find_duplicates_cached([sig], [], None)
    again = dedupe.previous_from_json(json.loads(json.dumps(dedupe.previous_to_json(previous))))
    assert again == previous


scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8))
key = st.one_of(st.text(max_size=6), st.integers(), st.booleans(), st.none(), st.just("$date"), st.just("$map"))
data = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(key, inner, max_size=4)),
                    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(data)
def test_what_a_facts_file_loads_as_goes_through_the_cache_unchanged(value) -> None:
    back = cachefile.decode(json.dumps(cachefile.encode(value)))
    assert back == value
    assert _types(back) == _types(value)


def _types(v):
    if isinstance(v, dict):
        return ("dict", [(type(k).__name__, _types(x)) for k, x in v.items()])
    if isinstance(v, list):
        return ("list", [_types(x) for x in v])
    return type(v).__name__


def test_a_record_cache_of_the_project_is_used(project: Path) -> None:
    assert main(["build", "--jobs", "1"]) == 0
    path = project / CACHE / recordcache.CACHE_NAME
    doc = cachefile.decode(path.read_bytes())
    (record,) = doc["payload"].values()
    assert record["article"]["date"] == "2025-10-08"  # as check read it; typed when loaded
    assert recordcache.load_records(project / "facts", project / CACHE) == [records.from_data(record)]
