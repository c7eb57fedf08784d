"""Build a published site from fixture records in a temporary project (shared by site and browser tests).

    from site_helpers import build_site, EVAL_FACTS, EVAL_SEEDS
    site = build_site(tmp_path, [EVAL_FACTS], [EVAL_SEEDS])   # -> tmp_path/site

Records are read as plain YAML (what a person may have typed, unvalidated),
so the render stage is tested on hostile input too; the site is built with
the project's mkdocs.yml and ``mkdocs build --strict``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EVAL_SEEDS = FIXTURES / "eval" / "seeds"
EVAL_FACTS = FIXTURES / "eval" / "facts"
HOSTILE_SEEDS = FIXTURES / "hostile" / "seeds"
MEANING_SEEDS = FIXTURES / "meaning" / "seeds"
MEANING_FACTS = FIXTURES / "meaning" / "facts"
"""Hand-made records for what a number means: repeats, a near-copy, a restatement, a discrepancy, a revision."""
HOSTILE_FACTS = FIXTURES / "hostile" / "facts"
PROJECT_SEEDS = ROOT / "seeds"


def typed(recs: list[dict[str, Any]]) -> list[Any]:
    """Return records written as plain data (as a facts file holds them) as the typed records the site is made from."""
    from generator.records import from_data

    return [from_data(r) for r in recs]


def load_plain_records(*dirs: Path) -> list[dict[str, Any]]:
    """Return the records in ``dirs`` as plain data; the first record of an article id wins."""
    out: dict[str, dict[str, Any]] = {}
    for d in dirs:
        for path in sorted(Path(d).glob("*.yaml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            out.setdefault(str(doc["article"]["id"]), doc)
    return list(out.values())


def load_articles(*dirs: Path) -> dict:
    from generator import ingest

    arts = {}
    for d in dirs:
        if Path(d).is_dir():
            for p in ingest.seed_files(Path(d)):
                a = ingest.read_seed(p)
                arts.setdefault(a.id, a)
    return arts


def render_docs(project: Path, fact_dirs: list[Path], seed_dirs: list[Path], **kw: Any):
    """Copy mkdocs.yml and templates/ into ``project`` and render the pages; return the RenderResult."""
    from generator.render import render_site

    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    if not (project / "templates").exists():
        shutil.copytree(ROOT / "templates", project / "templates")
    return render_site(typed(load_plain_records(*fact_dirs)), load_articles(*seed_dirs), project / "templates",
                       project / "build" / "docs", **kw)


def mkdocs_build(project: Path) -> Path:
    """Run ``mkdocs build --strict`` in ``project`` and index it for search as ``factsheet build`` does; return the site folder."""
    from generator.search import index_site

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=env,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError(f"mkdocs build --strict failed:\n{r.stdout}\n{r.stderr}")
    index_site(project / "site")
    return project / "site"


def build_site(project: Path, fact_dirs: list[Path], seed_dirs: list[Path], **kw: Any) -> Path:
    """Render and build a site in ``project``; return its site folder."""
    render_docs(project, fact_dirs, seed_dirs, **kw)
    return mkdocs_build(project)


class Links(HTMLParser):
    """Collect ids and links (href, src) of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.texts: list[tuple[list[str], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        for key in ("href", "src"):
            if a.get(key):
                self.links.append((tag, a[key] or "", a))


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """Return (file, fragment) that a relative ``href`` on ``page`` points at."""
    target, _, frag = href.partition("#")
    file = page if not target else (page.parent / target).resolve()
    return file, frag


def broken_links(site: Path, pages: list[Path] | None = None) -> list[str]:
    """Return every internal link (with its anchor) on ``pages`` that does not resolve in the built site."""
    cache: dict[Path, Links] = {}
    bad: list[str] = []
    # 404.html links to site-absolute paths (it is served from any depth), so it is left out.
    for page in pages if pages is not None else sorted(p for p in site.rglob("*.html") if p.name != "404.html"):
        links = cache.setdefault(page, parse(page))
        for tag, href, _ in links.links:
            if re.match(r"^[a-z][a-z0-9+.-]*:", href) or href.startswith("//"):
                continue
            file, frag = resolve(site, page, href)
            if not file.is_file():
                bad.append(f"{page.relative_to(site)}: {href} (no file)")
                continue
            if frag and file.suffix == ".html":
                ids = cache.setdefault(file, parse(file)).ids
                if frag not in ids:
                    bad.append(f"{page.relative_to(site)}: {href} (no anchor)")
    return bad
