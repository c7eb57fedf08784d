"""Hostile input: no code runs from YAML, no file is written outside facts/ and site/, seed text stays inert."""

from __future__ import annotations

import ast
import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

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
    safe = set(SAFE_LOADERS)
    # A loader class defined here on top of a safe one is safe too (constructors it adds are checked by review).
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", None) for b in node.bases}
            if bases & SAFE_LOADERS:
                safe.add(node.name)
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
            if name not in safe:
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
        ("import yaml\nclass L(yaml.SafeLoader): pass\nyaml.load(text, Loader=L)", False),
        ("import yaml\nclass L(yaml.FullLoader): pass\nyaml.load(text, Loader=L)", True),
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


# -- untrusted text on the built site ---------------------------------------------------------

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% raw %}",
]
HOSTILE_SEEDS = {
    "hostile.txt": (
        " date 2025-10-08 The Home Office will provide £4 million <script>alert(1)</script> in funding for border security"
        " in Kosovo, the Foreign Office said on Monday.\n\n"
        "Ms Cooper said: “<img src=x onerror=alert(1)> is {{ 7*7 }} and [x](javascript:alert(1)), {% raw %} and {% endraw %}.”\n\n"
        "More than 1,200 people <b onmouseover=alert(1)>crossed</b> the English Channel in small boats on Sunday, the Home Office said.\n\n"
        "A [link](javascript:alert(1)) and <a href=\"javascript:alert(1)\">a tag</a> and <svg onload=alert(1)> and"
        " <iframe src=\"javascript:alert(1)\"></iframe> and {{ config }} and {# comment #} appeared in the text.\n"
    ),
    "hostile.md": (
        "---\n"
        "date: 2025-10-09\n"
        "title: '<script>alert(\"title\")</script> {{ 7*7 }} [t](javascript:alert(1))'\n"
        "publisher: '<img src=x onerror=alert(2)> Evil Times'\n"
        "url: 'https://example.com/story?q={{7*7}}&x=1'\n"
        "id: ../../../site/index\n"
        "---\n"
        "# Ignored heading\n\n"
        "The Government will give £2 million to Albania, the Home Office said on Tuesday. <script>alert(3)</script>\n\n"
        "<script>alert(4)</script>\n\n"
        "<img src=x onerror=alert(5)>\n"
    ),
    "hostile.html": (
        " date 2025-10-10 <html><head><title>Page</title><script>alert(6)</script></head><body><article>"
        "<h1>Headline with &lt;script&gt;alert(7)&lt;/script&gt;</h1>"
        "<p>The Foreign Office will spend £3 million &lt;img src=x onerror=alert(8)&gt; on patrols in France, ministers said on Friday.</p>"
        "<p>A <a href=\"javascript:alert(9)\">click here</a> link and {{ 7*7 }} in a page.</p>"
        "<p>More than 40 people were arrested in Calais on Friday, the French authorities said.</p>"
        "</article></body></html>"
    ),
}


class PageScan(HTMLParser):
    """What a browser would run and show on one page: scripts, handlers, links, visible text."""

    RAW = ("script", "style")
    RCDATA = ("title", "textarea")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if k.startswith("on"):
                self.handlers.append(f"<{tag} {k}={v!r}>")
            if k in ("href", "src", "action", "formaction", "xlink:href", "data", "srcdoc") and v is not None:
                self.urls.append(v)
            if tag == "script" and k == "src" and v:
                self.scripts.append(f"src={v}")
        if tag in self.RAW or tag in self.RCDATA:
            self._in = tag
            # Browsers read <title> and <textarea> as text: a <script> inside them is no tag.
            self.set_cdata_mode(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts.append(data)
        elif self._in is None:
            self.text.append(data)


def scan(page: Path) -> PageScan:
    p = PageScan()
    p.feed(page.read_text(encoding="utf-8"))
    p.close()
    return p


def _unsafe_url(url: str) -> bool:
    folded = re.sub(r"[\x00-\x20]", "", html.unescape(url)).lower()
    return folded.startswith(("javascript:", "vbscript:", "data:text/html"))


def build_hostile_site(project: Path) -> Path:
    """Extract the hostile seeds with ``factsheet extract``, render and build the site; return site/."""
    from tests.site_helpers import build_site

    (project / "seeds").mkdir(parents=True)
    for name, text in HOSTILE_SEEDS.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    result = subprocess.run([str(FACTSHEET), "extract", "--strict"], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return build_site(project, [project / "facts"], [project / "seeds"])


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile_site(tmp_path_factory.mktemp("hostile") / "proj")


def site_pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    return pages


def test_hostile_seed_ids_stay_inside_facts(hostile_site: Path) -> None:
    facts = sorted(p.name for p in (hostile_site.parent / "facts").iterdir())
    assert facts == [
        "2025-10-08-the-home-office-will-provide-4-million-script.yaml",
        "2025-10-10-headline-with-script-alert-7-script.yaml",
        "site-index.yaml",
    ]


def test_no_script_from_a_seed_runs_on_any_page(hostile_site: Path) -> None:
    for page in site_pages(hostile_site):
        s = scan(page)
        assert [x for x in s.scripts if "alert" in x] == [], page
        assert [h for h in s.handlers if "alert" in h] == [], page


def test_no_javascript_link_on_any_page(hostile_site: Path) -> None:
    for page in site_pages(hostile_site):
        assert [u for u in scan(page).urls if _unsafe_url(u)] == [], page


def test_template_syntax_in_seeds_is_not_evaluated(hostile_site: Path) -> None:
    for page in site_pages(hostile_site):
        text = " ".join(scan(page).text)
        assert "is 49 and" not in text and "q=49" not in text, page


def test_hostile_text_is_shown_literally(hostile_site: Path) -> None:
    texts = {p: " ".join(" ".join(scan(p).text).split()) for p in site_pages(hostile_site)}
    article = next(t for p, t in texts.items() if p.parent.name == "articles" and "provide £4 million" in t)
    for attack in [*ATTACKS, "{% endraw %}", "<b onmouseover=alert(1)>crossed</b>", "{{ config }}", "{# comment #}"]:
        assert attack in article, attack
    md_article = next(t for p, t in texts.items() if p.parent.name == "articles" and "£2 million to Albania" in t)
    assert '<script>alert("title")</script> {{ 7*7 }} [t](javascript:alert(1))' in md_article
    assert "<img src=x onerror=alert(2)> Evil Times" in md_article
    assert "<script>alert(4)</script>" in md_article
    html_article = next(t for p, t in texts.items() if p.parent.name == "articles" and "£3 million" in t)
    assert "<img src=x onerror=alert(8)>" in html_article
    # Wherever a seed's hostile text appears, it is text: checked on every page by the tests above.
    assert sum("alert(1)" in t for t in texts.values()) >= 3
