"""MkDocs' build with the pages shared among processes: the one place factsheet uses MkDocs' private functions.

``mkdocs.commands.build.build`` reads, converts and renders every page in one
process; on a site of thousands of pages that is most of a build, and one core
idles. :func:`build` runs the same steps in the same order for everything
global (configuration, files, navigation, theme files, plugin events), then
hands the pages, in contiguous runs, to processes forked once all of that is in
place. Each worker reads, converts, renders and writes its pages and returns
what the rest of the build needs from them: the anchors each page holds and
links to (checked here, across all pages, as MkDocs does) and its warnings
(logged here, in page order, so ``--strict`` counts them).

The page steps are MkDocs' private ``_populate_page`` and ``_build_page``, so
this runs only on the releases it was written for (:data:`TESTED`: MkDocs
1.6.1, Material 9), with no plugin, on more than one core with ``fork``; in any
other case MkDocs' own ``build`` runs, unchanged. ``tests/test_mkbuild.py``
builds sites both ways and compares them byte for byte, and checks the fallback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from .forking import fork_context, forked_map, ranges

TESTED = {"mkdocs": ("1.6.1",), "mkdocs-material": ("9.",)}
"""Releases (exact, or a prefix ending in '.') whose private page functions :func:`build` is known to call correctly."""
MIN_PAGES = 64
"""Below this many pages, forking costs more than it saves."""
CHUNKS_PER_JOB = 8
"""Runs of pages per worker: enough to even out pages of unequal cost, few enough to keep the order cheap."""

log = logging.getLogger("mkdocs.commands.build")


def tested_versions() -> bool:
    """Whether the installed MkDocs and Material are releases :func:`build` was written and tested for."""
    for package, releases in TESTED.items():
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            return False
        if not any(version == r or (r.endswith(".") and version.startswith(r)) for r in releases):
            return False
    return True


def can_fork(config: Any, jobs: int) -> bool:
    """Whether the pages of ``config``'s site may be built by ``jobs`` forked processes."""
    return jobs > 1 and fork_context() is not None and not config.plugins and tested_versions()


def build(config: Any, jobs: int) -> None:
    """Build the site of a loaded MkDocs ``config`` as ``mkdocs build`` does, with the pages on ``jobs`` processes."""
    from mkdocs.commands.build import build as mkdocs_build

    if not can_fork(config, jobs):
        mkdocs_build(config)
        return
    _build(config, jobs)


@dataclass
class _Shared:
    """What every worker inherits through fork: the state a serial build has when it reaches the pages."""

    config: Any
    files: Any
    nav: Any
    env: Any
    doc_files: list[Any]
    populated: set[str]


@dataclass
class ChunkResult:
    """What a worker sends back for one run of pages."""

    anchors: list[tuple[set[str] | None, dict[str, dict[str, str]] | None]] = field(default_factory=list)
    """Per page: the anchors it holds, and its links to anchors (by the linked file's src_uri)."""
    logs: list[tuple[str, int, str]] = field(default_factory=list)
    error: BaseException | None = None


_shared: _Shared | None = None


class _Capture(logging.Handler):
    """Keep a worker's warnings for the parent, which logs them where the user sees them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _portable(e: BaseException) -> BaseException:
    """Return ``e``, or a RuntimeError saying the same, if ``e`` would not survive the trip to the parent."""
    import pickle

    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:  # noqa: BLE001 - any failure to pickle means: send text instead
        return RuntimeError(f"{type(e).__name__}: {e}")


def _build_run(bounds: tuple[int, int]) -> ChunkResult:
    """Populate and build the pages ``doc_files[start:stop]`` (in a worker, or in this process)."""
    from mkdocs.commands import build as mk

    assert _shared is not None
    s = _shared
    out = ChunkResult()
    # Warnings go to the parent, which logs (and counts) them once, in page order.
    logger = logging.getLogger("mkdocs")
    capture = _Capture()
    saved = logger.handlers[:], logger.propagate
    logger.handlers[:] = [capture]
    logger.propagate = False
    try:
        for file in s.doc_files[bounds[0] : bounds[1]]:
            page = file.page
            if file.src_uri not in s.populated:
                mk._populate_page(page, s.config, s.files)
            mk._build_page(page, s.config, s.doc_files, s.nav, s.env, excluded=file.inclusion.is_excluded())
            links = page.links_to_anchors
            out.anchors.append((page.present_anchor_ids, {f.src_uri: dict(v) for f, v in links.items()} if links else links))
            if file.src_uri not in s.populated:
                # Built and written: the worker needs the page's text no more.
                page.markdown = page.content = None
    except Exception as e:  # noqa: BLE001 - re-raised by the parent, after the warnings before it
        out.error = _portable(e)
    finally:
        logger.handlers[:], logger.propagate = saved
    out.logs = capture.records
    return out


def _build(config: Any, jobs: int) -> None:
    """The steps of ``mkdocs.commands.build.build`` (MkDocs 1.6.1) for a clean build, the page loops shared."""
    global _shared
    from mkdocs import exceptions, utils
    from mkdocs.commands import build as mk
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    logger = logging.getLogger("mkdocs")
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logger.addHandler(counter)
    inclusion = InclusionLevel.is_included
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)

        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        doc_files = files.documentation_pages(inclusion=inclusion)
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            assert file.page is not None
        # Every page shows the navigation, so the pages in it are read here, before the workers start.
        in_nav = {id(p) for p in nav.pages}
        populated: set[str] = set()
        for file in doc_files:
            if id(file.page) in in_nav:
                mk._populate_page(file.page, config, files)
                populated.add(file.src_uri)

        env = config.plugins.on_env(env, config=config, files=files)
        files.copy_static_files(inclusion=inclusion)
        for template in config.theme.static_templates:
            mk._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mk._build_extra_template(template, files, config, nav)

        _shared = _Shared(config, files, nav, env, doc_files, populated)
        try:
            bounds = ranges(len(doc_files), jobs * CHUNKS_PER_JOB)
            if len(doc_files) < MIN_PAGES:
                results = [_build_run(b) for b in bounds]
            else:
                results = forked_map(_build_run, bounds, jobs)
        finally:
            _shared = None

        for (start, stop), result in zip(bounds, results):
            for name, level, message in result.logs:
                logging.getLogger(name).log(level, message)
            if result.error is not None:
                raise result.error
            for file, (present, links) in zip(doc_files[start:stop], result.anchors):
                file.page.present_anchor_ids = present
                file.page.links_to_anchors = (
                    {files.get_file_from_path(uri): v for uri, v in links.items()} if links else links
                )

        for file in doc_files:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        config.plugins.on_post_build(config=config)
        if counts := counter.get_counts():
            msg = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise exceptions.Abort(f"Aborted with {msg} in strict mode!")
    except Exception as e:
        config.plugins.on_build_error(error=e)
        if isinstance(e, exceptions.BuildError):
            log.error(str(e))
            raise exceptions.Abort("Aborted with a BuildError!") from None
        raise
    finally:
        logger.removeHandler(counter)
