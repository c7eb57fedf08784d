"""Hostile input: no code runs from YAML, no file is written outside facts/ and site/, seed text stays inert."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import ingest
from generator.errors import FactsheetError
from generator.pipeline import extract_all
from tests.conftest import ROOT

PACKAGE = ROOT / "generator"
FACTSHEET = Path(sys.executable).with_name("factsheet")

# -- YAML is only ever loaded safely ---------------------------------------------------

UNSAFE_NAMES = {
    "load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all",
    "Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader", "UnsafeConstructor",
    "FullConstructor", "Constructor",
}
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


def unsafe_yaml_uses(source: str, filename: str = "<string>") -> list[str]:
    """Return each place in ``source`` that could load YAML unsafely, as ``file:line: what``."""
    found = []
    tree = ast.parse(source, filename)
    yaml_names = {"yaml"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yaml_names |= {a.asname or a.name for a in node.names if a.name == "yaml"}
        elif isinstance(node, ast.ImportFrom) and node.module in ("yaml", "ruamel.yaml"):
            for a in node.names:
                if a.name in UNSAFE_NAMES and not (node.module == "ruamel.yaml" and a.name == "YAML"):
                    found.append(f"{filename}:{node.lineno}: from {node.module} import {a.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in yaml_names:
            if node.attr in UNSAFE_NAMES - {"load", "load_all"}:
                found.append(f"{filename}:{node.lineno}: yaml.{node.attr}")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in yaml_names and func.attr in ("load", "load_all"):
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), node.args[1] if len(node.args) > 1 else None)
            name = loader.attr if isinstance(loader, ast.Attribute) else getattr(loader, "id", None)
            if name not in SAFE_LOADERS:
                found.append(f"{filename}:{node.lineno}: yaml.{func.attr} without a safe Loader")
        # ruamel.yaml: YAML(typ="unsafe") constructs arbitrary Python objects.
        callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if callee == "YAML":
            for k in node.keywords:
                typ = k.value.value if isinstance(k.value, ast.Constant) else None
                if k.arg == "typ" and (typ == "unsafe" or (isinstance(typ, (list, tuple)) and "unsafe" in typ)):
                    found.append(f"{filename}:{node.lineno}: ruamel YAML(typ='unsafe')")
    return found


@pytest.mark.parametrize(
    "source,flagged",
    [
        ("import yaml\nyaml.load(text)", True),
        ("import yaml\nyaml.load(text, Loader=yaml.Loader)", True),
        ("import yaml\nyaml.load(text, yaml.FullLoader)", True),
        ("import yaml as y\ny.unsafe_load(text)", True),
        ("from yaml import load, Loader", True),
        ("from ruamel.yaml import YAML\nYAML(typ='unsafe').load(text)", True),
        ("import yaml\nyaml.safe_load(text)", False),
        ("import yaml\nyaml.load(text, Loader=yaml.SafeLoader)", False),
        ("import yaml\nyaml.load(text, Loader=yaml.CSafeLoader)", False),
        ("from ruamel.yaml import YAML\nYAML().load(text)\nYAML(typ='safe').load(text)", False),
        ("import json\njson.load(fh)", False),
    ],
)
def test_the_unsafe_yaml_detector_itself(source: str, flagged: bool) -> None:
    assert bool(unsafe_yaml_uses(source)) is flagged


def test_the_package_loads_yaml_only_with_safe_loaders() -> None:
    files = sorted(PACKAGE.rglob("*.py")) + sorted((ROOT / "tools").glob("*.py"))
    assert len(files) > 10
    found = [hit for f in files for hit in unsafe_yaml_uses(f.read_text(encoding="utf-8"), str(f.relative_to(ROOT)))]
    assert found == []


PAYLOAD = "!!python/object/apply:os.system ['touch {marker}']"


def test_python_tags_in_front_matter_run_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    raw = f"---\ndate: 2025-10-08\ntitle: {PAYLOAD.format(marker=marker)}\n---\nBody text.\n".encode()
    with pytest.raises(FactsheetError, match="front matter is not valid YAML: could not determine a constructor"):
        ingest.parse_seed(raw, "evil.md")
    assert not marker.exists()


def test_python_tags_in_a_facts_file_run_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "evil.yaml").write_text(
        f"schema: 1\narticle:\n  id: evil\n  seed: evil.txt\n  sha256: x\n  date: 2025-10-08\n  title: {PAYLOAD.format(marker=marker)}\nentities: []\nfacts: []\n"
    )
    result = subprocess.run([str(FACTSHEET), "check"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "evil.yaml:7" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not marker.exists()


def test_html_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><head><meta property='article:published_time' content='2025-10-08'></head><body><article>"
        + "<p>Ms Cooper pledged £4 million for Kosovo, the Foreign Office said on Monday. &xxe;</p>" * 3
        + "</article></body></html>"
    )
    try:
        a = ingest.parse_seed(page.encode(), "xxe.html")
    except FactsheetError:
        return  # refusing the page is fine too
    assert "TOP-SECRET" not in a.text


# -- ids and slugs stay inside facts/ -----------------------------------------------------

ESCAPES = [
    ("title.md", "---\ndate: 2025-10-08\ntitle: ../../etc/passwd\n---\nBody text. More text.\n"),
    ("id.md", "---\ndate: 2025-10-08\nid: ../../../outside/evil\n---\nOther body. More text.\n"),
    ("abs.md", "---\ndate: 2025-10-08\nid: /tmp/evil\n---\nThird body. More text.\n"),
    ("dots.md", "---\ndate: 2025-10-08\nid: '..'\ntitle: '..'\n---\nFourth body. More text.\n"),
    ("nul.md", "---\ndate: 2025-10-08\nid: \"a\\0b/../c\"\n---\nFifth body. More text.\n"),
    ("text.txt", " date 2025-10-08 ../../../etc/passwd is the first sentence. More text.\n"),
]


def test_ids_from_hostile_seeds_stay_inside_facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proj = tmp_path / "deep" / "proj"
    (proj / "seeds").mkdir(parents=True)
    for name, text in ESCAPES:
        (proj / "seeds" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(proj)
    report = extract_all(Path("seeds"), Path("facts"), jobs=1)
    assert report.problems == []
    written = sorted(p.name for p in (proj / "facts").iterdir())
    assert written == sorted(
        [
            "2025-10-08-etc-passwd.yaml",
            "outside-evil.yaml",
            "tmp-evil.yaml",
            "2025-10-08-article.yaml",
            "ab-c.yaml",
            "2025-10-08-etc-passwd-is-the-first-sentence.yaml",
        ]
    )
    # Nothing anywhere else: the only entries under tmp_path are the project's own.
    everything = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")}
    assert {e for e in everything if not e.startswith("deep/proj/")} == {"deep", "deep/proj"}
