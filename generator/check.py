"""Check facts files: YAML, the record schema, references and sanity, evidence.

Every problem names its file and line (``facts/x.yaml:12: message``). The
YAML is composed with PyYAML rather than loaded, so that each value keeps the
line it was written on, even where the value itself is wrong; see
:func:`parse`. Nothing here writes files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, cast

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from . import datafiles
from .errors import FactsheetError
from .evidence import folded, locate
from .fsutil import read_file
from .models import record_schema

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
STR_TAG = "tag:yaml.org,2002:str"
MAX_DEPTH = 32
"""Deepest nesting read from a facts file (a record needs 4: facts, item, period, start)."""
_ODD_BREAKS = {0x85: " ", 0x2028: " ", 0x2029: " "}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same nodes and marks, in C when libyaml is there

Loc = tuple[Any, ...]
"""A place in a document: the keys and list indexes from the top, e.g. ("facts", 2, "value")."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a facts file."""

    path: str
    """The file, as the caller named it (``facts/x.yaml``)."""
    line: int | None
    """1-based line, or None when the problem is the whole file."""
    message: str
    severity: str = "error"
    """``error`` (check fails) or ``warning`` (reported only)."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass
class Parsed:
    """A YAML document as plain data, with the line of every value."""

    data: Any = None
    lines: dict[Loc, int] = field(default_factory=dict)
    """Line of each value; for a mapping entry, the line of its key."""
    problems: list[Problem] = field(default_factory=list)
    """What stopped a value from being read (syntax, duplicate keys, bad dates)."""

    def line(self, loc: Loc) -> int | None:
        """Return the line of ``loc``, or of its nearest enclosing value."""
        loc = tuple(loc)
        while loc not in self.lines and loc:
            loc = loc[:-1]
        return self.lines.get(loc)


# --- reading YAML with lines ---------------------------------------------------


class _Builder:
    def __init__(self, path: str):
        self.path = path
        self.constructor = yaml.SafeLoader("")
        self.out = Parsed()
        self.collections: set[int] = set()

    def problem(self, line: int | None, message: str) -> None:
        self.out.problems.append(Problem(self.path, line, message))

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == STR_TAG:
            return node.value
        line = node.start_mark.line + 1
        if node.tag == TIMESTAMP_TAG:
            if not yaml.constructor.SafeConstructor.timestamp_regexp.match(node.value):
                # Only an explicit !!timestamp tag gets here: PyYAML itself would crash on the value.
                self.problem(line, f"cannot read the value {node.value!r}: it is tagged !!timestamp but is not a date")
            return node.value  # as text, which the schema checks (and the sanity checks, that the day exists)
        try:
            return self.constructor.construct_object(node)
        except (ValueError, TypeError, yaml.YAMLError) as e:
            self.problem(line, f"cannot read the value {node.value!r}: {getattr(e, 'problem', None) or e}")
            return node.value

    def build(self, node: yaml.Node, loc: Loc, line: int | None = None) -> Any:
        if isinstance(node, yaml.CollectionNode):
            # An alias of a list or mapping (*name) is the same node again: expanding them
            # could take for ever ("billion laughs") or loop (a list holding itself).
            if id(node) in self.collections:
                where = line or self.out.line(loc[:-1])
                self.problem(where, f"a YAML alias repeats the list or mapping from line {node.start_mark.line + 1}; write the value out instead")
                return None
            self.collections.add(id(node))
            if len(loc) >= MAX_DEPTH:
                self.problem(line or node.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep; a fact record is never that deep")
                return None
        self.out.lines[loc] = line or node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            d: dict[Any, Any] = {}
            first: dict[Any, int] = {}
            for knode, vnode in node.value:
                kline = knode.start_mark.line + 1
                if not isinstance(knode, yaml.ScalarNode):
                    self.problem(kline, "a key must be plain text")
                    continue
                key = self.scalar(knode)
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    key = str(key)
                if key in first:
                    self.problem(kline, f"duplicate key '{key}' (first on line {first[key]})")
                    continue
                first[key] = kline
                d[key] = self.build(vnode, loc + (key,), kline)
            return d
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node)


def parse(text: str, path: str | Path) -> Parsed:
    """Return ``text`` read as YAML with the line of every value.

    Arguments:
        text: the file's content.
        path: how to name the file in problems.

    Returns:
        A :class:`Parsed`; its ``problems`` say what could not be read. A
        syntax error leaves ``data`` as None.
    """
    b = _Builder(str(path))
    # YAML 1.1 (PyYAML) breaks lines at NEL, LS and PS; editors and YAML 1.2 (ruamel, which
    # writes these files) do not. As spaces, they keep every line number where an editor shows it.
    if "\x85" in text or "\u2028" in text or "\u2029" in text:  # three scans cost far less than translate()
        text = text.translate(_ODD_BREAKS)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or e.context or "syntax error"
        if e.problem and e.context:
            cm = e.context_mark
            started = f", which started on line {cm.line + 1}" if cm and mark and cm.line != mark.line else ""
            what = f"{e.problem} ({e.context}{started})"
        b.problem(mark.line + 1 if mark else None, f"not valid YAML: {what}")
        return b.out
    except RecursionError:  # the pure-Python composer, without libyaml's depth limit
        b.problem(None, f"not valid YAML: nested more than {MAX_DEPTH} levels deep")
        return b.out
    except yaml.reader.ReaderError as e:
        # A character YAML does not allow (NUL, other controls): no mark, but a position.
        line = text.count("\n", 0, e.position) + 1 if isinstance(e.position, int) else None
        char = f"U+{e.character:04X}" if isinstance(e.character, int) else repr(e.character)
        b.problem(line, f"not valid YAML: the character {char} is not allowed in YAML; remove it")
        return b.out
    except yaml.YAMLError as e:
        b.problem(None, "not valid YAML: " + (str(e).splitlines() or ["syntax error"])[0])
        return b.out
    if node is None:
        b.out.data = None
        return b.out
    b.out.data = b.build(node, (), 1)
    return b.out


# --- data ---------------------------------------------------------------------------


def schema() -> dict[str, Any]:
    """Return the record's JSON Schema, made from the fields of :mod:`generator.models`."""
    return record_schema()


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Return ``node`` with every local ``#/$defs/x`` reference replaced by its target (several times faster to validate)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
            siblings = {k: _inline_refs(v, defs) for k, v in node.items() if k != "$ref"}
            return {**target, **siblings}
        return {k: _inline_refs(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@cache
def _inlined_schema() -> dict[str, Any]:
    s = schema()
    inlined: dict[str, Any] = _inline_refs(s, s.get("$defs", {}))
    return inlined


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_inlined_schema())


def _validate_currencies(doc: Any, name: str) -> frozenset[str]:
    datafiles.require(isinstance(doc, dict) and isinstance(doc.get("currencies"), dict), name, "'currencies' must be a mapping of code to name")
    codes = doc["currencies"]
    for code, label in codes.items():
        datafiles.require(isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code) is not None, name, f"not a three-letter code: {code!r}")
        datafiles.require(isinstance(label, str) and label.strip() != "", name, f"{code}: the name must be text")
    return frozenset(codes)


def currencies() -> frozenset[str]:
    """Return the ISO 4217 codes of ``generator/data/currencies.yaml``."""
    codes: frozenset[str] = datafiles.load("currencies.yaml", _validate_currencies)
    return codes


# --- messages -------------------------------------------------------------------------


def _label(data: Any, loc: Loc) -> str:
    """Return a reader's name for ``loc``: ``fact f-1d9e40, amount``."""
    if not loc:
        return "the file"
    head, rest = loc[0], list(loc[1:])
    name = str(head)
    if head in ("facts", "entities") and rest and isinstance(rest[0], int):
        i = rest.pop(0)
        items = data.get(head) if isinstance(data, dict) else None
        item = items[i] if isinstance(items, list) else None
        ident = item.get("id") if isinstance(item, dict) else None
        kind = "fact" if head == "facts" else "entity"
        name = f"{kind} {ident}" if isinstance(ident, str) and ident else f"{kind} #{i + 1}"
    sep = ", " if name.startswith(("fact ", "entity ")) else "."
    for part in rest:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f"{sep}{part}"
            sep = "."
    return name


def _schema_message(err: ValidationError) -> str:
    v, value = err.validator, cast(Any, err.validator_value)
    if v == "required":
        m = re.match(r"'(.+)' is a required property", err.message)
        return f"missing '{m.group(1)}'" if m else err.message
    if v == "enum":
        return f"{err.instance!r} is not one of: {', '.join(map(str, value))}"
    if v == "const":
        return f"must be {err.validator_value!r}, not {err.instance!r}"
    if v == "type":
        want = value if isinstance(value, list) else [value]
        return f"must be {' or '.join(str(datafiles.TYPE_NAMES.get(w, w)) for w in want)}, not {err.instance!r}"
    if v == "pattern":
        return f"{err.instance!r} " + str(cast(Any, err.schema).get("patternErrorMessage") or f"does not match {value}")
    if v == "exclusiveMinimum":
        return f"must be more than {err.validator_value}, not {err.instance!r}"
    if v == "minimum":
        return f"must be at least {err.validator_value}, not {err.instance!r}"
    if v == "minLength":
        return "must not be empty"
    if v == "additionalProperties":
        return err.message.replace("Additional properties are not allowed", "unknown field")
    return err.message


def _schema_problems(path: str, parsed: Parsed) -> list[Problem]:
    out = []
    for err in _validator().iter_errors(parsed.data):
        loc = tuple(err.absolute_path)
        line = parsed.line(loc)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            allowed = set(err.schema.get("properties", {}))
            extra = sorted((k for k in err.instance if k not in allowed), key=str)
            if extra:
                line = parsed.line(loc + (extra[0],))
        msg = _schema_message(err)
        label = _label(parsed.data, loc)
        out.append(Problem(path, line, f"{label}: {msg}" if loc else msg))
    return out


def _known_fields() -> dict[str, set[str]]:
    defs = schema()["$defs"]
    return {k: set(defs[k]["properties"]) for k in ("article", "entity", "fact")}


def _typo_warnings(path: str, parsed: Parsed) -> list[Problem]:
    """Warn about a field factsheet does not know: a typo when its name is close to a known one."""
    known = _known_fields()
    data = parsed.data
    out = []
    places: list[tuple[Loc, Any, set[str]]] = [((), data, set(schema()["properties"])), (("article",), data.get("article"), known["article"])]
    for key, kind in (("entities", "entity"), ("facts", "fact")):
        items = data.get(key)
        if isinstance(items, list):
            places += [((key, i), item, known[kind]) for i, item in enumerate(items)]
    for loc, item, names in places:
        if not isinstance(item, dict):
            continue
        for k in item:
            if isinstance(k, str) and k not in names:
                close = difflib.get_close_matches(k, sorted(names), n=1, cutoff=0.75)
                hint = f"did you mean '{close[0]}'?" if close else "factsheet does not use it; it is kept as written"
                out.append(Problem(path, parsed.line(loc + (k,)), f"{_label(data, loc + (k,))}: unknown field ({hint})", "warning"))
    return out


# --- sanity -----------------------------------------------------------------------------


def _items(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    items = data.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


def _real_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and DATE_RE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _sanity_problems(path: str, parsed: Parsed) -> list[Problem]:
    data = parsed.data
    out: list[Problem] = []

    def err(loc: Loc, message: str, severity: str = "error") -> None:
        out.append(Problem(path, parsed.line(loc), f"{_label(data, loc)}: {message}", severity))

    # Dates that look right but do not exist (the schema only sees the pattern).
    date_locs: list[Loc] = [("article", "date")]
    for i, fact in _items(data, "facts"):
        date_locs += [("facts", i, "date")] + [("facts", i, span, edge) for span in ("period", "covers") for edge in ("start", "end")]
    for loc in date_locs:
        value = _get(data, loc)
        if isinstance(value, str) and DATE_RE.match(value) and _real_date(value) is None:
            err(loc, f"not a real date: {value}")

    # Duplicate ids.
    entity_ids: set[str] = set()
    for key, kind in (("entities", "entity"), ("facts", "fact")):
        first: dict[str, int | None] = {}
        for i, item in _items(data, key):
            ident = item.get("id")
            if not isinstance(ident, str) or not ident:
                continue
            if ident in first:
                out.append(Problem(path, parsed.line((key, i, "id")), f"duplicate {kind} id '{ident}' (first on line {first[ident]})"))
            else:
                first[ident] = parsed.line((key, i, "id"))
        if key == "entities":
            entity_ids = set(first)

    currencies_ok = currencies()
    for i, fact in _items(data, "facts"):
        # References to entities.
        for ref in ("speaker", "announced_by"):
            v = fact.get(ref)
            if isinstance(v, str) and v and v not in entity_ids:
                err(("facts", i, ref), f"'{v}' is not the id of an entity in this file")
        places = fact.get("places")
        if isinstance(places, list):
            for j, v in enumerate(places):
                if isinstance(v, str) and v and v not in entity_ids:
                    err(("facts", i, "places", j), f"'{v}' is not the id of an entity in this file")
        # Money.
        cur = fact.get("currency")
        if isinstance(cur, str) and re.fullmatch(r"[A-Z]{3}", cur) and cur not in currencies_ok:
            err(("facts", i, "currency"), f"'{cur}' is not an ISO 4217 currency code")
        # Period order.
        for span in ("period", "covers"):
            period = fact.get(span)
            if isinstance(period, dict):
                start, end = _real_date(period.get("start")), _real_date(period.get("end"))
                if start and end and start > end:
                    what = "the period" if span == "period" else "the span it covers"
                    err(("facts", i, span), f"{what} starts ({start}) after it ends ({end})")
        if fact.get("type") == "funding":
            for key, why in (("kind", "it is shown but not added into totals until it says commitment, spending or estimate"),
                             ("period", "its year is taken from the article's date")):
                if key not in fact:
                    err(("facts", i), f"no '{key}': {why}", "warning")
        if fact.get("stale") is True:
            err(("facts", i), "the extractor no longer finds this fact; it is kept because a person edited it (delete it, or remove 'stale: true')", "warning")

    _link_problems(data, err)

    article = data.get("article")
    if isinstance(article, dict):
        ident = article.get("id")
        stem = Path(path).stem
        if isinstance(ident, str) and ident and ident != stem:
            err(("article", "id"), f"'{ident}' does not match the file name ({stem}.yaml)", "warning")
    return out


LINKS = ("part_of", "same_as")
"""Funding fields that name another funding fact of the same file."""


def _link_problems(data: dict[str, Any], err: Callable[..., None]) -> None:
    """Report ``part_of``/``same_as`` that name no funding fact here, both at once, or go round in a cycle."""
    facts = _items(data, "facts")
    funding = {f.get("id") for _, f in facts if f.get("type") == "funding" and isinstance(f.get("id"), str)}
    target: dict[str, str] = {}
    for i, fact in facts:
        present = [k for k in LINKS if k in fact]
        if present and fact.get("type") != "funding":
            err(("facts", i, present[0]), "only a funding fact can be a share or a restatement of another")
            continue
        if len(present) == 2:
            err(("facts", i, "same_as"), "a fact is either a share of another (part_of) or a restatement of one (same_as), not both")
        for key in present:
            ref = fact[key]
            if not isinstance(ref, str):
                continue
            if ref == fact.get("id"):
                err(("facts", i, key), "a fact cannot point to itself")
            elif ref not in funding:
                err(("facts", i, key), f"'{ref}' is not the id of a funding fact in this file")
            elif isinstance(fact.get("id"), str):
                target.setdefault(fact["id"], ref)
    # Each fact points to at most one other: follow the chain from every fact and report a loop once.
    reported: set[str] = set()
    for i, fact in facts:
        start = fact.get("id")
        if start not in target or start in reported:
            continue
        seen = [start]
        node = target[start]
        while node in target and node not in seen:
            seen.append(node)
            node = target[node]
        loop = seen[seen.index(node):] if node in seen else []
        if start in loop:
            reported.update(loop)
            key = "part_of" if "part_of" in fact else "same_as"
            err(("facts", i, key), "part_of/same_as go round in a circle: " + " -> ".join(loop + [node]))


def _limit_problems(path: str, parsed: Parsed) -> list[Problem]:
    """Report dates outside the years and numbers beyond the bound of ``data/limits.yaml``.

    Check is the gate: what it passes, the site renders (charts place dates on an axis,
    totals add amounts), so a value the site could not handle is an error here, on its line.
    Every fact field is looked at, one mapping deep (``period``, and any span added later).
    """
    from .limits import limits

    lim = limits()
    data = parsed.data
    out: list[Problem] = []

    def err(loc: Loc, message: str) -> None:
        out.append(Problem(path, parsed.line(loc), f"{_label(data, loc)}: {message}"))

    def date(loc: Loc, value: Any) -> None:
        if isinstance(value, str) and DATE_RE.match(value) and not lim.year_ok(int(value[:4])):
            err(loc, f"{value} is outside the years {lim.years_text} that factsheet handles")

    article = data.get("article")
    if isinstance(article, dict):
        date(("article", "date"), article.get("date"))
    for i, fact in _items(data, "facts"):
        for key, value in fact.items():
            loc = ("facts", i, key)
            if isinstance(value, dict):
                for sub, v in value.items():
                    date(loc + (sub,), v)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                if not lim.number_ok(value):
                    err(loc, f"must be a finite number below {lim.number_text}, not {_number_text(value)}")
            else:
                date(loc, value)
    return out


def _number_text(value: int | float) -> str:
    """Return a number as the file may have written it, without printing hundreds of digits."""
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a number of about {round(value.bit_length() * math.log10(2))} digits"
    return repr(value)


def _get(data: Any, loc: Loc) -> Any:
    for part in loc:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return data


# --- evidence ------------------------------------------------------------------------


def _evidence_problems(path: str, parsed: Parsed, seeds_dir: Path, follow_links: Path | None = None) -> list[Problem]:
    from .ingest import read_seed  # the seed reader is only needed when seeds are given

    data = parsed.data
    article = data.get("article")
    seed = article.get("seed") if isinstance(article, dict) else None
    if not isinstance(seed, str) or not seed or "/" in seed or "\\" in seed:
        return []
    seed_path = Path(seeds_dir) / seed
    line = parsed.line(("article", "seed"))
    if not seed_path.is_file():
        return [Problem(path, line, f"seed file not found: {seed_path}; evidence not checked", "warning")]
    try:
        art = read_seed(seed_path, follow_links)
    except FactsheetError as e:
        return [Problem(path, line, f"cannot read the seed ({e}); evidence not checked", "warning")]
    out = []
    sha = article.get("sha256")
    if isinstance(sha, str) and sha != art.sha256:
        out.append(Problem(path, parsed.line(("article", "sha256")), f"the seed {seed} has changed since extraction (sha256 differs)", "warning"))
    paragraphs = [p.text for p in art.paragraphs]
    texts = folded(paragraphs)
    for i, fact in _items(data, "facts"):
        ev = fact.get("evidence")
        if fact.get("review") == "rejected" or not isinstance(ev, str) or not ev.strip():
            continue
        if not locate(paragraphs, ev, texts=texts, at=fact.get("at") if isinstance(fact.get("at"), list) else None):
            out.append(Problem(path, parsed.line(("facts", i, "evidence")), f"{_label(data, ('facts', i))}: the evidence sentence is not in the seed's text", "warning"))
    return out


# --- entry points -------------------------------------------------------------------


def check_text(text: str, path: str | Path, seeds_dir: Path | None = None, follow_links: Path | None = None) -> list[Problem]:
    """Return the problems of one facts file's text, in line order.

    Arguments:
        text: the file's content.
        path: how to name the file in problems (``facts/x.yaml``).
        seeds_dir: the seeds folder; when given, evidence is looked up in the seed.
    """
    return _check_text(text, str(path), seeds_dir, follow_links)[0]


def check_parsed(text: str, path: str | Path) -> tuple[list[Problem], Parsed]:
    """Return the problems of one facts file's text (as :func:`check_text`) and the text as read.

    For a caller that wants the data too (``records.load_data``).
    """
    return _check_text(text, str(path), None)


def _check_text(text: str, path: str, seeds_dir: Path | None, follow_links: Path | None = None) -> tuple[list[Problem], Parsed]:
    parsed = parse(text, path)
    if parsed.data is None and not parsed.problems:
        return [Problem(path, None, "the file is empty")], parsed
    if parsed.problems and parsed.data is None:
        return parsed.problems, parsed
    problems = list(parsed.problems)
    if not isinstance(parsed.data, dict):
        return problems + [Problem(path, 1, "not a fact record: the file must be a mapping with schema, article, entities and facts")], parsed
    if not parsed.data.keys() & {"schema", "article", "entities", "facts"}:
        # Some other file (a link to /etc/shadow): say so once, without repeating any of it as "unknown fields".
        return problems + [Problem(path, 1, "not a fact record: none of schema, article, entities and facts is in it")], parsed
    problems += _schema_problems(path, parsed)
    problems += _typo_warnings(path, parsed)
    problems += _sanity_problems(path, parsed)
    problems += _limit_problems(path, parsed)
    if seeds_dir is not None:
        problems += _evidence_problems(path, parsed, seeds_dir, follow_links)
    # Stable order; one report per line and message.
    seen: set[tuple[int | None, str, str]] = set()
    unique = []
    for p in sorted(problems, key=lambda p: (p.line or 0, p.severity != "error", p.message)):
        k = (p.line, p.message, p.severity)
        if k not in seen:
            seen.add(k)
            unique.append(p)
    return unique, parsed


def check_file(path: Path, seeds_dir: Path | None = None, follow_links: Path | None = None) -> list[Problem]:
    """Return the problems of one facts file (``follow_links``: the project folder, to read links that stay inside it)."""
    return _check_file(path, seeds_dir, follow_links)[0]


def _check_file(path: Path, seeds_dir: Path | None, follow_links: Path | None = None) -> tuple[list[Problem], Parsed | None]:
    try:
        raw = read_file(Path(path), follow_links)
    except FactsheetError as e:
        return [Problem(str(path), None, e.message)], None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return [Problem(str(path), line, "not UTF-8 text")], None
    return _check_text(text, str(path), seeds_dir)


def facts_files(facts_dir: Path) -> list[Path]:
    """Return the facts files in ``facts_dir``, sorted by name."""
    return sorted(p for p in Path(facts_dir).glob("*.yaml") if not p.name.startswith(".")) if Path(facts_dir).is_dir() else []


def check_files(facts_dir: Path, seeds_dir: Path | None = None, follow_links: Path | None = None) -> list[Problem]:
    """Return every problem in the facts files of ``facts_dir``, file by file.

    Arguments:
        facts_dir: the folder of ``<article-id>.yaml`` files.
        seeds_dir: the seeds folder; when given, each fact's evidence is
            looked up in its article's seed (a miss is a warning).
        follow_links: the project folder: facts files and seeds that are
            symbolic links are read only when given, and only if they lead
            inside it; otherwise each is an error.

    Returns:
        Problems sorted by file, then line. The check fails when any has
        severity ``error``; warnings are reported only.
    """
    facts_dir = Path(facts_dir)
    if not facts_dir.is_dir():
        return [Problem(str(facts_dir), None, "facts folder not found")]
    if seeds_dir is not None and not Path(seeds_dir).is_dir():
        return [Problem(str(seeds_dir), None, "seeds folder not found")]
    out: list[Problem] = []
    owners: dict[tuple[str, str], tuple[str, object]] = {}
    for p in facts_files(facts_dir):
        problems, parsed = _check_file(p, seeds_dir, follow_links)
        article = parsed.data.get("article") if parsed is not None and isinstance(parsed.data, dict) else None
        if parsed is not None and isinstance(article, dict):
            problems += _second_record(str(p), parsed, article, owners)
        out += sorted(problems, key=lambda x: (x.line or 0, x.severity != "error"))
    return out


def _second_record(path: str, parsed: Parsed, article: dict[str, Any], owners: dict[tuple[str, str], tuple[str, object]]) -> list[Problem]:
    """Report a record of an article that an earlier file already holds (its facts would count twice)."""
    for key in ("id", "seed"):
        value = article.get(key)
        if not isinstance(value, str) or not value:
            continue
        first, sha = owners.setdefault((key, value), (path, article.get("sha256")))
        if first != path:
            return [Problem(path, parsed.line(("article", key)), second_record_message(key, value, first, sha == article.get("sha256")))]
    return []


def second_record_message(key: str, value: str, first: str | Path, same_sha: bool) -> str:
    """Return what to say of a record whose ``article.<key>`` another file has too.

    The same sha256 makes it a copy: one file is to go. A different one is no copy: one of the
    two names a seed that is not its own (a typo, a renamed seed), and deleting either would lose
    a record; extraction re-links each record to the seed with its sha256.
    """
    if same_sha or key != "seed":
        return f"article.{key} '{value}' is also in {first}: two records of one article; delete one of the files"
    return (f"article.seed '{value}' is also in {first}, but the two sha256 differ: one of them names a seed that is not its "
            "own (a typo or a renamed seed); delete neither: `factsheet extract` re-links each record to the seed with its sha256")


def has_errors(problems: list[Problem]) -> bool:
    """Return whether any problem is an error (``factsheet check`` exits 1)."""
    return any(p.is_error for p in problems)
