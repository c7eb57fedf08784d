"""Full-text search: a Pagefind index of the built site, made from its HTML alone.

The index is written into ``site/pagefind/`` after the site is built, by the
Pagefind binary that the ``pagefind[bin]`` package ships (nothing is fetched at
run time). It reads only the built pages, so it works the same after any engine
that renders the Material page layout (MkDocs today; Zensical reads the same
mkdocs.yml and writes the same ``<article class="md-content__inner">``): only
what is inside that element is indexed, never the navigation. Pagefind splits
its index into chunks by word, so one query downloads a few small files, not
the whole index (see BENCHMARKS.md).

The search box is ``templates/assets/javascripts/search.js``, which puts
Material's search box into the header and asks Pagefind.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .errors import FactsheetError

OUTPUT = "pagefind"
"""The folder of the index inside the site."""
ROOT_SELECTOR = "article.md-content__inner"
"""The element of a page that is indexed: the page's content, not the header, navigation or footer."""
EXCLUDED = ("thead", "svg", "button", "[data-pagefind-ignore]", ".fs-cite", ".fs-downloads", ".fs-pager")
"""Parts of a page that are not indexed: table headers, charts and buttons (words of no page in particular), citation
lines (they repeat the article's title on every fact), download links and pagers."""
SKIPPED_PAGES = frozenset({"404.html"})
"""Pages never indexed."""
SKIPPED_DIRS = frozenset({OUTPUT, "assets", "downloads", "feeds", "search"})


def _glob(site: Path) -> str:
    """Return the glob of the pages to index: every page but :data:`SKIPPED_PAGES` (Pagefind's globs cannot exclude)."""
    parts: list[str] = []
    for p in sorted(site.iterdir()):
        if p.is_file() and p.suffix == ".html" and p.name not in SKIPPED_PAGES:
            parts.append(p.name)
        elif p.is_dir() and p.name not in SKIPPED_DIRS and not p.name.startswith("."):
            parts.append(f"{p.name}/**/*.html")
    if not parts:
        return "**/*.html"
    return parts[0] if len(parts) == 1 else "{" + ",".join(parts) + "}"


def executable() -> Path:
    """Return the Pagefind binary installed with the ``pagefind[bin]`` package."""
    try:
        import pagefind_bin
    except ImportError:
        raise FactsheetError("the search index needs Pagefind: pip install 'pagefind[bin]' (bash tools/setup installs it)") from None
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as e:
        raise FactsheetError(f"the Pagefind binary is missing from the pagefind_bin package: {e}") from None


def index_site(site: Path) -> Path:
    """Write the search index of the built site in ``site``; return its folder.

    Raises FactsheetError, naming the site folder, if Pagefind fails.
    """
    site = Path(site)
    argv = [str(executable()), "--site", str(site), "--output-subdir", OUTPUT, "--root-selector", ROOT_SELECTOR,
            "--glob", _glob(site), "--keep-index-url", "--force-language", "en", "--silent"]
    for selector in EXCLUDED:
        argv += ["--exclude-selectors", selector]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAGEFIND_")}
    try:
        r = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=3600)
    except OSError as e:
        raise FactsheetError(f"cannot run Pagefind: {e.strerror or e}", site) from None
    if r.returncode != 0 or not (site / OUTPUT / "pagefind.js").is_file():
        why = " ".join((r.stderr or r.stdout or f"exit status {r.returncode}").split())[:300]
        raise FactsheetError(f"the search index could not be built: {why}", site)
    return site / OUTPUT
