"""Bad seeds: each gets one line naming the file and the cause; the rest of the build goes on."""

from __future__ import annotations

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
from tests.conftest import FIRST_SEED, ROOT

FACTSHEET = Path(sys.executable).with_name("factsheet")

# (file name, bytes, the exact line reported for it)
BAD_SEEDS = [
    ("empty.txt", b"", "empty.txt: empty file"),
    ("blank.txt", b" \n\n\t \r\n", "blank.txt: empty file"),
    ("nul.txt", b"\x00\x01\x02", "nul.txt: binary file, not text (it contains NUL bytes)"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "image.txt: binary file, not text (it contains NUL bytes)"),
    ("controls.txt", bytes(range(1, 32)) * 40, "controls.txt: binary file, not text (it is mostly control characters)"),
    ("bad-utf16.txt", b"\xff\xfe" + b"a\x00b", "bad-utf16.txt: not valid UTF-16 text although it starts with a byte-order mark"),
    (
        "nodate.txt",
        b"Yvette Cooper is to host European allies.",
        "nodate.txt:1: no date line: the seed must start with 'date YYYY-MM-DD' (or with '---' front matter "
        "giving 'date:')",
    ),
    ("slashdate.txt", b" date 08/10/2025 Text.", "slashdate.txt:1: malformed date line: expected 'date YYYY-MM-DD', found a date in another form after the word 'date'"),
    ("nodatevalue.txt", b"date\nText.", "nodatevalue.txt:1: malformed date line: expected 'date YYYY-MM-DD', found nothing after the word 'date'"),
    ("unreal.txt", b" date 2025-02-30 Text.", "unreal.txt:1: not a real date: 2025-02-30"),
    ("furniture.txt", b" date 2025-10-08 Read more\n\nSign up to our newsletter\n\nShare this article", "furniture.txt: no article text after removing page furniture"),
    ("unclosed.md", b"---\ndate: 2025-10-08\nBody.\n", "unclosed.md:1: front matter opened with '---' on line 1 is never closed by a '---' line"),
    ("badyaml.md", b"---\ndate: 2025-10-08\ntitle: [a, b\n---\nBody.\n", "badyaml.md:4: front matter is not valid YAML: expected ',' or ']', but got '<stream end>'"),
    ("notmap.md", b"---\n- a\n- b\n---\nBody.\n", "notmap.md:2: front matter must be a mapping of 'key: value' lines"),
    ("nofmdate.md", b"---\ntitle: T\n---\nBody.\n", "nofmdate.md:1: front matter has no 'date' (YYYY-MM-DD)"),
    ("fmdate.md", b"---\ntitle: T\ndate: 8 October 2025\n---\nBody.\n", "fmdate.md:3: front matter 'date' must be YYYY-MM-DD, found text in another form"),
    ("fmunreal.md", b"---\ndate: '2025-13-01'\n---\nBody.\n", "fmunreal.md:2: not a real date: 2025-13-01"),
    ("fmtitle.md", b"---\ndate: 2025-10-08\ntitle: {a: 1}\n---\nBody.\n", "fmtitle.md:3: front matter 'title' must be text, not a dict"),
    (
        "fmurl.md",
        b"---\ndate: 2025-10-08\nurl: javascript:alert(1)\n---\nBody.\n",
        "fmurl.md:3: front matter 'url' must be an http:// or https:// address",
    ),
    ("fmdeep.md", b"---\ndate: 2025-10-08\nx: " + b"[" * 3000 + b"]" * 3000 + b"\n---\nBody.\n", "fmdeep.md:2: front matter is nested too deeply to read"),
    # "Billion laughs": nine levels of ten aliases; printing the value would expand 10^9 items.
    ("fmbomb.md", b"---\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
     + b"".join(b"l%d: &l%d [" % (i, i) + b", ".join([b"*l%d" % (i - 1)] * 10) + b"]\n" for i in range(1, 9))
     + b"date: *l8\n---\nBody.\n", "fmbomb.md:11: front matter 'date' must be YYYY-MM-DD, found a list"),
    ("python.md", b"---\ndate: 2025-10-08\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody.\n", None),
    ("nodate.html", b"<html><body><article><p>" + b"Yvette Cooper is to host allies for talks. " * 5 + b"</p></article></body></html>",
     "nodate.html:1: no publication date: the page's metadata has none; add a first line 'date YYYY-MM-DD'"),
    ("notext.html", b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", "notext.html: no article text found in the HTML page"),
]


def _line(e: FactsheetError) -> str:
    return str(e)


@pytest.mark.parametrize("name,raw,expected", BAD_SEEDS, ids=[b[0] for b in BAD_SEEDS])
def test_bad_seed_is_refused_with_a_clear_message(name: str, raw: bytes, expected: str | None) -> None:
    with pytest.raises(FactsheetError) as info:
        ingest.parse_seed(raw, name)
    if expected is None:  # the YAML error text is PyYAML's own; what matters is that nothing ran
        assert str(info.value).startswith(f"{name}:3: front matter is not valid YAML: could not determine a constructor")
    else:
        assert str(info.value) == expected


def test_oversized_seed_is_refused_before_parsing() -> None:
    raw = b" date 2025-10-08 " + b"Ms Cooper pledged money. " * (5 * 1024 * 1024 // 25)
    assert len(raw) >= 5 * 1024 * 1024
    with pytest.raises(FactsheetError) as info:
        ingest.parse_seed(raw, "huge.txt")
    assert str(info.value) == "huge.txt: file is 5.2 MB, larger than the 4.2 MB limit for a seed (MAX_SEED_BYTES); split or trim it"


def test_oversized_seed_file_is_refused_without_being_read(tmp_path: Path) -> None:
    # A sparse 64 GB file: reading it whole would exhaust memory, so this only passes if stat() decides.
    big = tmp_path / "enormous.txt"
    with big.open("wb") as fh:
        fh.truncate(64 * 1024**3)
    with pytest.raises(FactsheetError) as info:
        ingest.read_seed(big)
    assert str(info.value) == f"{big}: file is 68719.5 MB, larger than the 4.2 MB limit for a seed (MAX_SEED_BYTES); split or trim it"


def test_long_article_under_the_file_cap_is_refused_by_the_text_cap() -> None:
    paragraph = "Ms Cooper pledged money for Kosovo and Albania, the Foreign Office said on Monday. " * 10
    raw = (" date 2025-10-08 " + "\n\n".join([paragraph] * 600)).encode()
    assert len(raw) < ingest.MAX_SEED_BYTES
    with pytest.raises(FactsheetError) as info:
        ingest.parse_seed(raw, "long.txt")
    assert str(info.value) == (
        "long.txt: article text is 498,598 characters, more than the limit of 400,000 (MAX_ARTICLE_CHARS); split or trim the seed"
    )


def test_large_html_page_with_a_normal_article_is_processed() -> None:
    # A bloated page (inline scripts and styles) well over a megabyte, holding an ordinary story.
    story = "".join(f"<p>Paragraph {i}: Ms Cooper pledged £{i} million for Kosovo, the Foreign Office said.</p>" for i in range(40))
    bloat = "<script>var data = '" + "x" * 1_500_000 + "';</script>"
    page = f"<html><head><title>Big page</title>{bloat}</head><body><article>{story}</article></body></html>"
    a = ingest.parse_seed((" date 2025-10-08 " + page).encode(), "big.html")
    assert len(a.paragraphs) == 40 and "xxxx" not in a.text


# -- through extract_all and the command line -----------------------------------


def bad_project(tmp_path: Path) -> Path:
    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    shutil.copy(FIRST_SEED, proj / "seeds" / FIRST_SEED.name)
    for name, raw, _ in BAD_SEEDS:
        (proj / "seeds" / name).write_bytes(raw)
    with (proj / "seeds" / "huge.txt").open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    (proj / "seeds" / "cp1252.txt").write_bytes(" date 2025-10-09 Ms Cooper said: “We will pay £4m.”".encode("cp1252"))
    return proj


def expected_lines(proj: Path) -> set[str]:
    lines = set()
    for name, _, expected in BAD_SEEDS:
        if expected is None:
            expected = f"{name}:3: front matter is not valid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"
        lines.add(f"seeds/{expected}")
    lines.add("seeds/huge.txt: file is 6.3 MB, larger than the 4.2 MB limit for a seed (MAX_SEED_BYTES); split or trim it")
    return lines


def test_each_bad_seed_is_one_problem_and_the_good_ones_are_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proj = bad_project(tmp_path)
    monkeypatch.chdir(proj)
    report = extract_all(Path("seeds"), Path("facts"), jobs=1)
    assert {str(p) for p in report.problems} == expected_lines(proj)
    assert len(report.problems) == len(BAD_SEEDS) + 1
    seeds = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["seed"] for p in (proj / "facts").glob("*.yaml"))
    assert seeds == [FIRST_SEED.name, "cp1252.txt"]


def run(proj: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([str(FACTSHEET), *args], cwd=proj, capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.parametrize("strict", [False, True])
def test_extract_reports_bad_seeds_and_strict_fails(tmp_path: Path, strict: bool) -> None:
    proj = bad_project(tmp_path)
    result = run(proj, "extract", *(["--strict"] if strict else []))
    assert result.returncode == (1 if strict else 0), result.stderr
    assert set(result.stderr.splitlines()) == expected_lines(proj)
    assert "extracted 2 seed(s)" in result.stdout
    assert len(list((proj / "facts").glob("*.yaml"))) == 2


def test_extract_strict_passes_when_every_seed_is_good(tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    shutil.copy(FIRST_SEED, proj / "seeds")
    result = run(proj, "extract", "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("strict", [False, True])
def test_build_publishes_despite_bad_seeds_and_strict_fails(tmp_path: Path, strict: bool) -> None:
    proj = bad_project(tmp_path)
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", proj / "templates")
    result = run(proj, "build", *(["--strict"] if strict else []))
    assert result.returncode == (1 if strict else 0), result.stderr
    assert expected_lines(proj) <= set(result.stderr.splitlines())
    assert "Traceback" not in result.stderr
    site = proj / "site"
    assert (site / "index.html").is_file()
    pages = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "We will pay £4m." in pages or "We will pay £4m" in pages
