"""Load the rule and gazetteer files in ``generator/data/``, checked on load.

Each ``generator/data/<name>.yaml`` has a JSON Schema,
``generator/data/schemas/<name>.schema.json``, that says its shape: which keys
it has, which are word lists, patterns or numbers. :func:`load` parses a file,
checks it against its schema and then hands it to the reading module's compile
step, which builds the regexes and checks what a schema cannot say (that a
pattern compiles, that a word listed in one key is one of another's). Either
way a problem is reported as ``generator/data/<name>.yaml:LINE: message``.

Word lists are compiled with :func:`trie_pattern`. A rule that needs more than
a list of words is a regex, in which ``{key}`` stands for the file's word list
``key`` (:func:`expand`), or a *cue*: a regex, or a group of words and patterns
that :func:`cue_pattern` turns into one.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, Callable

import yaml
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match

from .errors import DataFileError

try:
    from yaml import CSafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as CSafeLoader

Path = tuple[str | int, ...]
"""Where a value is in a data file: its keys and list indexes from the top."""


class _Loader(CSafeLoader):
    """The safe loader, in C when PyYAML has libyaml; a key given twice in one mapping is an error (YAML would keep
    the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[str, int] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"'{key.value}' is given twice in one mapping (first on line {seen[key.value]})",
                        key.start_mark)
                seen[key.value] = key.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _where(name: str) -> str:
    return f"generator/data/{name}"


def _text(name: str) -> str:
    ref = resources.files("generator") / "data" / name
    try:
        return ref.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError("data file is missing", _where(name)) from None


def _parse(name: str, text: str) -> Any:
    try:
        # libyaml when available: the same data, ~15x faster (every worker process loads the rules).
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark is not None else None
        raise DataFileError(f"not valid YAML: {e.problem}", _where(name), line) from None
    except yaml.YAMLError as e:
        raise DataFileError(f"not valid YAML: {e}", _where(name)) from None


def _read(name: str) -> Any:
    """Return the parsed data file ``name``, unchecked."""
    return _parse(name, _text(name))


# ---------------------------------------------------------------- loading


@cache
def load(name: str, compile: Callable[[Any, str], Any] | None = None) -> Any:
    """Return the data file ``name`` checked against its schema and passed through ``compile`` once (cached)."""
    return load_text(name, _text(name), compile)


def load_text(name: str, text: str, compile: Callable[[Any, str], Any] | None = None) -> Any:
    """Parse ``text`` as the data file ``name``, check it against the file's schema and ``compile`` it (not cached).

    An error the compile step raises with :func:`fail` gets the line of the value it names in ``text``.
    """
    doc = _parse(name, text)
    check(name, doc, text)
    if compile is None:
        return doc
    try:
        return compile(doc, name)
    except DataFileError as e:
        at = getattr(e, "at", None)
        if e.line is None and at is not None:
            e.line = line_at(text, at)
        raise


def fail(name: str, message: str, *at: str | int) -> DataFileError:
    """Return the error to raise for the value at ``at`` (keys and list indexes) of data file ``name``.

    Raised from a compile step run by :func:`load`, it reads ``generator/data/<name>:LINE: <at>: message``.
    """
    err = DataFileError(f"{label(at)}: {message}" if at else message, _where(name))
    err.at = tuple(at)  # type: ignore[attr-defined]
    return err


def require(cond: bool, name: str, message: str, line: int | None = None) -> None:
    """Raise a :class:`DataFileError` for ``name`` (at ``line`` when known) unless ``cond`` holds."""
    if not cond:
        raise DataFileError(message, _where(name), line)


# ---------------------------------------------------------------- schemas


@cache
def schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema of data file ``name`` (``generator/data/schemas/<stem>.schema.json``)."""
    stem = name.rsplit(".", 1)[0]
    rel = f"schemas/{stem}.schema.json"
    try:
        return json.loads((resources.files("generator") / "data" / rel).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"no schema for this data file: write generator/data/{rel}", _where(name)) from None
    except json.JSONDecodeError as e:
        raise DataFileError(f"not valid JSON: {e.msg}", _where(rel), e.lineno) from None


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name))


def check(name: str, doc: Any, text: str | None = None) -> None:
    """Raise a :class:`DataFileError` at the first value of ``doc`` that its schema refuses (at its line when ``doc``
    was parsed from ``text``)."""
    errors = list(_validator(name).iter_errors(doc))
    if not errors:
        return
    root = _compose(text) if text else None
    found = []
    for err in errors:
        err = best_match([err])  # into anyOf/oneOf: the alternative that came nearest
        at = _error_path(err)
        found.append((_node_line(root, at) if at else None, at, err))
    # the first in the file; a missing key last (a misspelt key is reported where it is written)
    line, at, err = min(found, key=lambda f: (f[2].validator == "required", f[0] is None, f[0] or 0))
    raise DataFileError(f"{label(at)}: {_message(err)}" if at else _message(err), _where(name), line)


def _error_path(err: ValidationError) -> Path:
    at = tuple(err.absolute_path)
    if "propertyNames" in err.absolute_schema_path and isinstance(err.instance, str):
        return at + (err.instance,)  # a key of a mapping that its schema refuses: at the key
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = set(err.schema.get("properties", {}))
        pats = [re.compile(p) for p in err.schema.get("patternProperties", {})]
        extra = [k for k in err.instance if k not in allowed and not any(p.search(str(k)) for p in pats)]
        if extra:
            return at + (extra[0],)
    return at


TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "a mapping (key: value lines)",
    "boolean": "true or false",
    "null": "empty",
}
"""A JSON Schema type in a reader's words (here and in check's messages on facts files)."""


def _message(err: ValidationError) -> str:
    v, want = err.validator, err.validator_value
    if v == "required":
        m = re.match(r"'(.+)' is a required property", err.message)
        return f"missing '{m.group(1)}'" if m else err.message
    if v == "type":
        types = want if isinstance(want, list) else [want]
        return f"must be {' or '.join(TYPE_NAMES.get(t, t) for t in types)}, not {err.instance!r}"
    if v == "enum":
        return f"{err.instance!r} is not one of: {', '.join(map(repr, want))}"
    if v == "const":
        return f"must be {want!r}, not {err.instance!r}"
    if v == "pattern":
        return f"{err.instance!r} " + str(err.schema.get("patternErrorMessage") or f"does not match {want}")
    if v == "minLength":
        return "must not be empty"
    if v == "minItems":
        return "must not be empty" if want == 1 else f"must have at least {want} items"
    if v == "maxItems":
        return f"must have at most {want} items"
    if v == "minProperties":
        return "must not be empty"
    if v == "uniqueItems":
        seen: set[str] = set()
        dup = next((x for x in err.instance if json.dumps(x, sort_keys=True) in seen
                    or seen.add(json.dumps(x, sort_keys=True))), None)  # type: ignore[func-returns-value]
        return f"{dup!r} is listed twice"
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        word = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than", "exclusiveMaximum": "less than"}[v]
        return f"must be {word} {want}, not {err.instance!r}"
    if v == "additionalProperties":
        known = list(err.schema.get("properties", {}))
        return "unknown key" + (f" (known: {', '.join(known)})" if known else "")
    return err.message


def label(at: Path) -> str:
    """Return ``at`` as a reader writes it: ``cues.deaths[0].words[3]``."""
    out = ""
    for step in at:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


# ---------------------------------------------------------------- lines


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None


def line_at(text: str, at: Path) -> int | None:
    """Return the line (from 1) of the value at ``at`` in the YAML ``text``: of its ``key:`` in a mapping, of the
    item in a list; of the nearest enclosing value when ``at`` goes further than the file."""
    return _node_line(_compose(text), at)


def _node_line(node: yaml.Node | None, at: Path) -> int | None:
    line = None
    for step in at:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(step)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    if not at and node is not None:
        line = node.start_mark.line + 1
    return line


# ---------------------------------------------------------------- words and cues


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


def cue_pattern(cue: str | dict) -> str:
    """Return the regex of one cue: a pattern as written, or a group of words.

    A group ``{words, patterns, not_after, followed_by}`` matches any of its
    ``words`` (a trie, any case) or ``patterns`` as whole words, not right
    after any of ``not_after``, and then ``followed_by`` (a regex, usually a
    lookahead): ``\\b(?<!not )(?:words|patterns)\\b(?=…)``.
    """
    if isinstance(cue, str):
        return cue
    words = sorted({w.lower() for w in cue.get("words", ())})
    alts = ([trie_pattern(words)] if words else []) + list(cue.get("patterns", ()))
    before = "".join(f"(?<!{re.escape(w.lower() + ' ')})" for w in cue.get("not_after", ()))
    return r"\b%s(?:%s)\b%s" % (before, "|".join(alts), cue.get("followed_by", ""))


_LIST = re.compile(r"(?<!\\)\{([a-z][a-z_]*)\}")
"""``{name}`` in a pattern: the word list ``name`` of the same file (a regex quantifier is digits: ``{2,5}``)."""


def expand(name: str, pattern: str, lists: dict | None, at: Path) -> str:
    """Return ``pattern`` with each ``{key}`` replaced by the word list ``key`` of the file (``lists``) as a trie."""
    def one(m: re.Match[str]) -> str:
        words = (lists or {}).get(m.group(1))
        if not (isinstance(words, list) and words and all(isinstance(w, str) for w in words)):
            raise fail(name, f"{{{m.group(1)}}} names no word list of this file", *at)
        return "(?:" + trie_pattern(sorted(set(words))) + ")"

    return _LIST.sub(one, pattern) if "{" in pattern else pattern


def regexes(name: str, cues: list, at: Path, flags: int = re.IGNORECASE, lists: dict | None = None) -> list[re.Pattern[str]]:
    """Compile the list of patterns or cues (:func:`cue_pattern`) found at ``at`` in data file ``name``; a bad regex
    is reported at its line. ``{key}`` in a pattern stands for the word list ``key`` of ``lists`` (the file)."""
    out = []
    for i, cue in enumerate(cues):
        pattern = expand(name, cue_pattern(cue), lists, at + (i,))
        try:
            out.append(re.compile(pattern, flags))
        except re.error as e:
            raise _bad_regex(name, cue, at + (i,), e) from None
    return out


def compile_regex(name: str, pattern: str, at: Path, flags: int = re.IGNORECASE, lists: dict | None = None) -> re.Pattern[str]:
    """Compile one regex found at ``at`` in data file ``name``; a bad one is reported at its line."""
    try:
        return re.compile(expand(name, pattern, lists, at), flags)
    except re.error as e:
        raise fail(name, f"bad pattern: {e}", *at) from None


def _bad_regex(name: str, cue: Any, at: Path, e: re.error) -> DataFileError:
    """The error for a cue that does not compile, at the piece of it that is wrong."""
    if isinstance(cue, dict):
        for i, p in enumerate(cue.get("patterns", ())):
            try:
                re.compile(p)
            except re.error as pe:
                return fail(name, f"bad pattern: {pe}", *at, "patterns", i)
        for key in ("followed_by",):
            try:
                re.compile("x" + cue.get(key, ""))
            except re.error as pe:
                return fail(name, f"bad pattern: {pe}", *at, key)
    return fail(name, f"bad pattern: {e}", *at)
