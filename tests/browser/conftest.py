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
