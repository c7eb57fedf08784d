"""Make MkDocs' work on factsheet pages cheaper, without changing one byte of the site.

Most of a factsheet page is HTML tables, and MkDocs reads every page's HTML
with Python's ``html.parser`` several times. Two of those passes are made
cheaper here, for ``factsheet build`` only (a bare ``mkdocs build`` of the
same project is unchanged and writes the same site):

- Material's search plugin parses each page to index it, and skips any
  element marked ``data-search-exclude`` (the pages mark their tables so).
  The page it is given has those elements taken out first (when they are
  plain ``<div>`` blocks after the first heading, holding no other ``<div>``
  and no heading), then the full page is put back before the theme renders it.
- MkDocs parses each page's raw HTML only to learn its ``id`` attributes (to
  check links to anchors); that is done with a regular expression over the
  start tags instead.

``tests/test_fastbuild.py`` builds sites both ways and compares them file by file.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import BasePlugin, event_priority

_HEADING = re.compile(r"<h[1-6][\s>]")
_DIV = re.compile(r"<div\b([^<>]*)>.*?</div>", re.S)
_EXCLUDE_ATTR = re.compile(r"\sdata-search-exclude(?:=\"\")?(?=[\s/>]|$)")


def search_view(content: str) -> str:
    """Return ``content`` without the excluded ``<div>`` blocks that Material's search would skip whole."""
    first = _HEADING.search(content)
    if first is None:
        return content

    def drop(m: re.Match[str]) -> str:
        block = m.group(0)
        if not _EXCLUDE_ATTR.search(m.group(1)) or "<div" in block[4:] or _HEADING.search(block):
            return block  # not excluded, or nested blocks: left to the search plugin
        return ""

    return content[: first.start()] + _DIV.sub(drop, content[first.start() :])


class _SearchStrip(BasePlugin):
    """Before the search plugin indexes a page: give it the page without its excluded blocks."""

    def __init__(self, stash: dict[int, str]):
        super().__init__()
        self.stash = stash

    @event_priority(100)
    def on_page_context(self, context: Any, page: Any, config: Any, nav: Any) -> Any:
        if page.content:
            self.stash[id(page)] = page.content
            page.content = search_view(page.content)
        return context


class _SearchRestore(BasePlugin):
    """After the search plugin: the full page again, for the theme."""

    def __init__(self, stash: dict[int, str]):
        super().__init__()
        self.stash = stash

    @event_priority(-100)
    def on_page_context(self, context: Any, page: Any, config: Any, nav: Any) -> Any:
        full = self.stash.pop(id(page), None)
        if full is not None:
            page.content = full
        return context


_TAG_OPEN = re.compile(r"<[a-zA-Z]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def anchor_ids(text: str) -> set[str]:
    """Return the ids (and ``<a name>``) of the start tags in ``text``, as MkDocs' _HTMLHandler collects them.

    The tag and attribute patterns are html.parser's own (as Python-Markdown vendors it).
    """
    from markdown.htmlparser import htmlparser as hp

    found: set[str] = set()
    if "=" not in text:
        return found
    if "<!--" in text:
        text = _COMMENT.sub("", text)
    # Only tags with an id or name attribute matter: start at the '<' before each such attribute.
    starts: set[int] = set()
    pos = text.find("=")
    while pos >= 0:
        if text[max(0, pos - 16) : pos].rstrip().lower().endswith(("id", "name")):
            starts.add(text.rfind("<", 0, pos))
        pos = text.find("=", pos + 1)
    for i in sorted(starts):
        if i < 0 or not _TAG_OPEN.match(text, i):
            continue
        end = hp.locatestarttagend_tolerant.match(text, i)
        if end is None:
            continue
        endpos = end.end()
        tm = hp.tagfind_tolerant.match(text, i + 1)
        if tm is None:
            continue
        tag, k = tm.group(1).lower(), tm.end()
        while k < endpos:
            a = hp.attrfind_tolerant.match(text, k)
            if not a:
                break
            name, rest, value = a.group(1, 2, 3)
            k = a.end()
            name = name.lower()
            if name == "id" or (name == "name" and tag == "a"):
                if not rest:
                    value = None
                elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                    value = value[1:-1]
                if value:
                    value = html.unescape(value)
                found.add(value)  # type: ignore[arg-type]
    return found



# -- raw HTML blocks ----------------------------------------------------------------

_BLANK_AFTER = re.compile(r"\n[ ]*\n")
_OPENERS = ("div", "details", "section", "table", "figure", "blockquote", "pre", "ul", "ol", "p", "script", "style")


def _balanced(text: str) -> bool:
    """Return whether ``text`` leaves no raw HTML block (of the usual block tags) open."""
    low = text.lower()
    return "<!--" not in low and all(low.count(f"<{t}") == low.count(f"</{t}") for t in _OPENERS)


class _StashTables(Preprocessor):
    """Stash whole top-level ``<div>...</div>`` blocks of raw HTML as Python-Markdown's html_block would.

    Such a block (at a line start after a blank line, holding no other ``<div>``,
    with a blank line after it and nothing left open before it) becomes a
    placeholder paragraph whose stored text is the block and one newline, which
    is what HtmlBlockPreprocessor stores; the rest of the page goes to that
    preprocessor as before. It saves html.parser reading every table cell.
    """

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        out: list[str] = []
        done = 0
        for start, end in _blocks(source):
            if not _balanced(source[done:start]) or not _balanced(source[start:end]):
                continue
            out.append(source[done:start])
            out.append("\n" + self.md.htmlStash.store(source[start:end] + "\n") + "\n")
            done = end
        if not out:
            return lines
        out.append(source[done:])
        return "".join(out).split("\n")


def _blocks(source: str) -> list[tuple[int, int]]:
    """Return (start, end) of each ``<div ...>...</div>`` at a line start after a blank line (or the start),
    holding no other ``<div``, with a blank line after it."""
    found: list[tuple[int, int]] = []
    start = 0 if source.startswith("<div") else source.find("\n\n<div") + 2
    while start >= 2 or (start == 0 and source.startswith("<div")):
        tag_end = source.find(">", start)
        close = source.find("</div>", start)
        if tag_end < 0 or close < 0:
            break
        end = close + len("</div>")
        inner = source.find("<div", start + 4, close)
        if (
            source[start + 4] in " \t>"
            and inner < 0
            and "\n" not in source[start:tag_end]
            and "<" not in source[start + 1 : tag_end]
            and _BLANK_AFTER.match(source, end)
        ):
            found.append((start, end))
        start = source.find("\n\n<div", start + 1) + 2
    return found


class FastRawBlocks(Extension):
    """Register :class:`_StashTables` right before Python-Markdown's html_block preprocessor."""

    def extendMarkdown(self, md: Any) -> None:  # noqa: N802 - Markdown's name
        md.preprocessors.register(_StashTables(md), "factsheet_stash_tables", 20.5)


_installed = False


def _fast_raw_html_run(self: Any, lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    if "<script" in text or "<style" in text or "<![CDATA[" in text or "<?" in text:
        return _original_run(self, lines)  # html.parser treats their contents specially
    self.present_anchor_ids = anchor_ids(text)
    return lines


_original_run: Any = None


def install(config: Any) -> None:
    """Add the search shortcut to a loaded MkDocs ``config`` and the faster id scan to MkDocs (this process only)."""
    global _installed, _original_run
    if any(name in config.plugins for name in ("search", "material/search")):
        stash: dict[int, str] = {}
        config.plugins["factsheet/search-strip"] = _SearchStrip(stash)
        config.plugins["factsheet/search-restore"] = _SearchRestore(stash)
    if not any(isinstance(e, FastRawBlocks) for e in config.markdown_extensions):
        config.markdown_extensions.append(FastRawBlocks())
    if not _installed:
        from mkdocs.structure import pages

        _original_run = pages._RawHTMLPreprocessor.run
        pages._RawHTMLPreprocessor.run = _fast_raw_html_run  # type: ignore[method-assign]
        _installed = True
