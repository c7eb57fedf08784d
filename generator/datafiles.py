"""Load the rule and gazetteer files in ``generator/data/``, checked on load."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Callable

import yaml

from .errors import DataFileError

try:
    from yaml import CSafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as CSafeLoader


class _Loader(CSafeLoader):
    """The safe loader, in C when PyYAML has libyaml."""


def _text(name: str) -> str:
    ref = resources.files("generator") / "data" / name
    try:
        return ref.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError("data file is missing", f"generator/data/{name}") from None


def _read(name: str) -> Any:
    text = _text(name)
    try:
        # libyaml when available: the same data, ~15x faster (every worker process loads the rules).
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", None)
        raise DataFileError(f"not valid YAML: {e}", f"generator/data/{name}", line + 1 if line is not None else None) from None


def require(cond: bool, name: str, message: str, line: int | None = None) -> None:
    """Raise a :class:`DataFileError` for ``name`` (at ``line`` when known) unless ``cond`` holds."""
    if not cond:
        raise DataFileError(message, f"generator/data/{name}", line)


def key_line(name: str, key: str, item: str | None = None) -> int | None:
    """The line (from 1) of ``key:`` in the data file ``name``, or of ``item`` in the lines after it; None when the
    file or key is not found (a document built in a test)."""
    try:
        lines = (resources.files("generator") / "data" / name).read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, OSError):
        return None
    at = next((i for i, ln in enumerate(lines) if re.match(r"\s*['\"]?%s['\"]?\s*:" % re.escape(key), ln)), None)
    if at is None:
        return None
    if item is not None:
        for i in range(at, len(lines)):
            if i > at and re.match(r"\S", lines[i]):
                break  # the next top-level key: the item is not written plainly
            if item in lines[i]:
                return i + 1
    return at + 1


def string_list(doc: dict, key: str, name: str, *, allow_empty: bool = False) -> list[str]:
    """Return ``doc[key]`` checked to be a list of non-empty strings."""
    v = doc.get(key)
    if not isinstance(v, list) or not (allow_empty or v):
        require(isinstance(v, list), name, f"'{key}' must be a list", key_line(name, key))
        require(allow_empty or bool(v), name, f"'{key}' must not be empty", key_line(name, key))
    for item in v:
        if not (isinstance(item, str) and item.strip() != ""):
            require(False, name, f"'{key}' holds a non-string or empty item: {item!r}", key_line(name, key, str(item)))
    return v


def regex_list(doc: dict, key: str, name: str, flags: int = re.IGNORECASE) -> list[re.Pattern[str]]:
    """Return ``doc[key]`` compiled; a bad pattern names the file and the pattern."""
    out = []
    for pat in string_list(doc, key, name):
        try:
            out.append(re.compile(pat, flags))
        except re.error as e:
            raise DataFileError(f"'{key}': bad pattern {pat!r}: {e}", f"generator/data/{name}",
                                key_line(name, key, pat)) from None
    return out


def trie_pattern(words: list[str], space: str | None = None) -> str:
    """Return a regex for a set of literal strings as a trie; longer completions are tried first.

    With ``space``, each space of a word is written as that pattern (``r"\\s+"``).
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word

    def build(node: dict) -> str:
        ends = "" in node
        branches = [(space if ch == " " and space else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # A word ends here: try to go on first, then stop (greedy, so longer names win).
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


@cache
def load(name: str, validate: Callable[[Any, str], Any] | None = None) -> Any:
    """Return the parsed data file ``name``, passed through ``validate`` once."""
    doc = _read(name)
    if validate is not None:
        return validate(doc, name)
    require(isinstance(doc, dict), name, "top level must be a mapping")
    return doc


def line_of(name: str, key: str, item: str | None = None, *, last: bool = False) -> int | None:
    """Return the 1-based line of top-level ``key`` in data file ``name``, or of the first (``last``: the last)
    entry under it that reads ``item`` (any case); for errors that point at an entry."""
    try:
        root = yaml.compose(_text(name), Loader=yaml.SafeLoader)
    except (DataFileError, yaml.YAMLError):
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for k, v in root.value:
        if k.value != key:
            continue
        hits = [n.start_mark.line + 1 for n in _scalars(v) if item is not None and str(n.value).lower() == item.lower()]
        return (hits[-1] if last else hits[0]) if hits else k.start_mark.line + 1
    return None


def _scalars(node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for n in node.value:
            yield from _scalars(n)
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            yield from _scalars(k)
            yield from _scalars(v)


def fail(name: str, message: str, key: str | None = None, item: str | None = None, *, last: bool = False) -> DataFileError:
    """Return the error for a bad entry of ``name``, located at ``key`` (and ``item``) as ``file:line``."""
    return DataFileError(message, f"generator/data/{name}", line_of(name, key, item, last=last) if key else None)
