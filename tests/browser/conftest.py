"""Browser harness: build a site in a temp project, serve it on 127.0.0.1, drive Debian's chromium.

Reuse from any test under tests/browser/:

    def test_x(site_url, page):            # page: a fresh 1280x900 tab, offline except for the site
        page.goto(site_url + "funding/index.html")

    def test_y(site_url, new_page):        # other sizes
        page = new_page(width=375, height=800)

Or serve a site of your own: ``serve(site_dir)`` is a context manager
yielding its base URL. Chromium is required: without /usr/bin/chromium the
tests fail (they are never skipped). Requests that leave 127.0.0.1 are
blocked and recorded in ``page.external_requests``.
"""

from __future__ import annotations

import contextlib
import shutil
import functools
import http.server
import sys
import threading
from pathlib import Path
from typing import Callable, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from site_helpers import (EVAL_FACTS, EVAL_SEEDS, HOSTILE_FACTS, HOSTILE_SEEDS, MEANING_FACTS, MEANING_SEEDS,  # noqa: E402
                          PROJECT_SEEDS, build_site)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` over HTTP on a free port of 127.0.0.1; yield its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built from the project's seeds, the evaluation fixtures, the hand-made meaning records and the hostile fixture."""
    project = tmp_path_factory.mktemp("browser-site")
    return build_site(project, [EVAL_FACTS, MEANING_FACTS, HOSTILE_FACTS], [PROJECT_SEEDS, EVAL_SEEDS, MEANING_SEEDS, HOSTILE_SEEDS])


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def new_page(browser) -> Iterator[Callable]:
    """Return a factory of tabs of a given viewport; each is offline except for 127.0.0.1."""
    contexts = []

    def make(width: int = 1280, height: int = 900, color_scheme: str = "light"):
        ctx = browser.new_context(viewport={"width": width, "height": height}, color_scheme=color_scheme)
        contexts.append(ctx)
        page = ctx.new_page()
        page.external_requests = []
        page.dialogs = []

        def route(r):
            if r.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
                r.continue_()
            else:
                page.external_requests.append(r.request.url)
                r.abort()

        ctx.route("**/*", route)
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.set_default_timeout(15000)
        return page

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(new_page):
    return new_page()


MD_SEED = """---
date: 2023-03-10
headline: Britain to pay France £480m to stop small boats
publisher: The Independent
author: Jane Reporter
url: https://www.example.org/news/uk-france-small-boats-deal
---

{body}
"""


def build_followed_site(project: Path) -> Path:
    """A project built twice with the real command line, as a newsroom would use it.

    First build: the first seed and a Markdown seed with front matter (headline, publisher, author,
    address). Then, before any re-extraction, a person changes 34,401 to 34,500, rejects a quote and
    checks a funding fact (each committed to git), a new article arrives, and the second build runs.
    """
    import os
    import subprocess

    from generator.cli import main

    from tests.conftest import make_project

    proj = make_project(project)
    body = (Path(EVAL_SEEDS) / "dev_02.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (proj / "seeds" / "dev_02_france.md").write_text(MD_SEED.format(body=body.strip()), encoding="utf-8")
    git = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org"]
    env = dict(os.environ, GIT_AUTHOR_DATE="2026-01-05T10:00:00Z", GIT_COMMITTER_DATE="2026-01-05T10:00:00Z")
    cwd = os.getcwd()
    os.chdir(proj)
    try:
        assert main(["build", "--jobs", "1"]) == 0
        subprocess.run(["git", "init", "-q"], check=True)
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", "first build"], check=True, env=env)
        path = next(p for p in (proj / "facts").glob("2025-10-08-*.yaml"))
        text = path.read_text(encoding="utf-8").replace("value: 34401", "value: 34500", 1)
        quote = text.index("type: quote")
        text = text[:quote] + text[quote:].replace("review: auto", "review: rejected", 1)
        funding = text.index("type: funding")
        text = text[:funding] + text[funding:].replace("review: auto", "review: reviewed", 1)
        path.write_text(text, encoding="utf-8")
        env2 = dict(env, GIT_AUTHOR_DATE="2026-02-10T10:00:00Z", GIT_COMMITTER_DATE="2026-02-10T10:00:00Z")
        subprocess.run([*git, "commit", "-qam", "hand edits"], check=True, env=env2)
        shutil.copy(Path(EVAL_SEEDS) / "dev_09.txt", proj / "seeds" / "dev_09.txt")
        assert main(["build", "--jobs", "1", "--summary", str(proj / "summary.md")]) == 0
    finally:
        os.chdir(cwd)
    return proj


@pytest.fixture(scope="session")
def followed(tmp_path_factory) -> Path:
    """The project of :func:`build_followed_site` (its site is ``followed / "site"``)."""
    return build_followed_site(tmp_path_factory.mktemp("followed") / "proj")


@pytest.fixture(scope="session")
def followed_url(followed: Path) -> Iterator[str]:
    with serve(followed / "site") as url:
        yield url
