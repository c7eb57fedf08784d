"""Record <-> facts/*.yaml: dump, load, and merge re-extraction into hand-edited files.

A facts file is shared by the extractor and the people who correct it, and
the person wins. Each fact and entity the extractor writes carries a
``fingerprint``: a short hash of the values it wrote. On re-extraction
(:func:`write_record` over an existing file) an item whose values still
match its fingerprint, and whose ``review`` is still ``auto``, is the
extractor's to update or drop; any other item is a person's and is kept as it
stands. Items without a fingerprint were added by hand. The file is edited in
place with ruamel.yaml's round trip, so comments and key order survive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.tokens import CommentToken

from . import check, yamlwriter
from .errors import FactsheetError
from .fsutil import atomic_write_text, read_file
from .models import Article, Entity, Fact, Period, Record, specs

SCHEMA_COMMENT = "# yaml-language-server: $schema=../generator/data/record.schema.json"
"""First line of every facts file the tool writes: editors then complete and check fields."""

FINGERPRINT = "fingerprint"
STALE = "stale"
EXTRACTED = "extracted"
"""On a fact a person changed: the extractor's value of each field they changed (written by the merge, never a
person's edit: the fingerprint does not cover it)."""
ITEM_OWN_KEYS = frozenset({"id", "review", FINGERPRINT, STALE, EXTRACTED, "at"})
"""Keys of a fact or entity that the fingerprint does not cover."""
ARTICLE_EDITABLE = ("date", "title", "publisher", "url", "author", "headline")
"""Article fields a person may correct; the fingerprint covers these."""
ARTICLE_TOOL = ("id", "seed", "sha256", "duplicate_of", "extractor")
"""Article fields that always come from the seed and the build (any other new key does too)."""

T = TypeVar("T")
MergeState = str  # "auto" (the extractor's), "touched" (edited by a person) or "hand" (added by a person)


_PYYAML = yaml.resolver.Resolver()


class _Representer(RoundTripRepresenter):
    """ruamel's round-trip representer, made safe for YAML 1.1 readers (PyYAML, score.py)."""

    def ignore_aliases(self, data: Any) -> bool:
        # The same date object may stand in two places (article date, period end): no &anchors.
        return isinstance(data, (dt.date, dt.datetime)) or super().ignore_aliases(data)


def _represent_str(rep: RoundTripRepresenter, data: str) -> Any:
    # ruamel writes YAML 1.2, where NO (Norway), yes, on or 1:30 are plain text; YAML 1.1
    # readers take them for booleans and numbers. Quote whatever a 1.1 reader would misread.
    style = None
    if data and _PYYAML.resolve(yaml.ScalarNode, data, (True, False)) != "tag:yaml.org,2002:str":  # type: ignore[no-untyped-call]
        style = "'"
    return rep.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Representer.add_representer(str, _represent_str)


def _yaml() -> YAML:
    y = YAML()
    y.Representer = _Representer
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    y.allow_unicode = True
    y.preserve_quotes = True
    return y


# --- fingerprints -----------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Return ``value`` as JSON-ready data: ruamel types, dates and 4.0 made canonical."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (bool, ScalarBoolean)) or value is None:
        return None if value is None else bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _canon(value: Any) -> str:
    return json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(values: Mapping[str, Any], keys: Iterable[str] | None = None) -> str:
    """Return the 8-hex-digit fingerprint of a fact's or entity's content.

    Arguments:
        values: the item as written (plain or ruamel data).
        keys: the keys to cover; by default every key but ``id``, ``review``,
            ``fingerprint`` and ``stale``.
    """
    if keys is None:
        content = {k: v for k, v in values.items() if k not in ITEM_OWN_KEYS}
    else:
        content = {k: values[k] for k in keys if k in values}
    return hashlib.sha1(_canon(content).encode("utf-8")).hexdigest()[:8]


# --- dump ---------------------------------------------------------------------------


def _to_node(value: Any) -> Any:
    """Return plain data as ruamel nodes: short lists and flat mappings in flow style."""
    if isinstance(value, Mapping):
        m = CommentedMap((k, _to_node(v)) for k, v in value.items())
        if value and all(not isinstance(v, (Mapping, list, tuple)) for v in value.values()):
            m.fa.set_flow_style()
        return m
    if isinstance(value, (list, tuple)):
        s = CommentedSeq(_to_node(v) for v in value)
        if all(not isinstance(v, (Mapping, list, tuple)) for v in value):
            s.fa.set_flow_style()
        return s
    return value


def _with_fingerprint(item: dict[str, Any]) -> dict[str, Any]:
    out = dict(item)
    out[FINGERPRINT] = fingerprint(item)
    return out


def record_data(record: Record) -> dict[str, Any]:
    """Return the record as plain data in contract key order, with fingerprints."""
    d = record.to_dict()
    article = dict(d["article"])
    article[FINGERPRINT] = fingerprint(article, ARTICLE_EDITABLE)
    return {
        "schema": d["schema"],
        "article": article,
        "entities": [_with_fingerprint(e) for e in d["entities"]],
        "facts": [_with_fingerprint(f) for f in d["facts"]],
    }


def _item_node(item: Mapping[str, Any]) -> CommentedMap:
    return CommentedMap((k, _to_node(v)) for k, v in item.items())


def _dump(doc: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    return buf.getvalue()


def _with_header(text: str) -> str:
    """Return ``text`` starting with the schema comment, unless its opening comments name a schema."""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# yaml-language-server:"):
            return text
    return f"{SCHEMA_COMMENT}\n{text}"


def dump_record(record: Record) -> str:
    """Return the YAML text of a new facts file: deterministic, in contract key order."""
    data = record_data(record)
    return _with_header(yamlwriter.dump(data))


# --- comments -------------------------------------------------------------------------
#
# ruamel keeps a comment line with the token before it: the comment above a
# list item usually sits in the slot after the previous item's last scalar,
# sometimes in the list's own "before item i" slot. Before items are dropped,
# inserted or moved, every item's leading comment is detached from wherever
# it sits and reattached to the item itself afterwards.

Lines = list[tuple[int, str]]
"""Comment lines as (column, text); text "" is a blank line."""


def _split_lines(text: str) -> Lines:
    out: Lines = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        out.append((len(raw) - len(raw.lstrip()) if stripped else 0, stripped))
    return out


def _token_lines(tokens: Any) -> Lines:
    if tokens is None:
        return []
    if isinstance(tokens, CommentToken):
        tokens = [tokens]
    out: Lines = []
    for tok in tokens:
        if tok is None:
            continue
        parts = _split_lines(tok.value)
        if parts and parts[-1] == (0, ""):
            parts.pop()  # the newline that ends the last line
        col = getattr(getattr(tok, "start_mark", None), "column", 0) or 0
        if parts and parts[0][1]:
            parts[0] = (max(parts[0][0], col), parts[0][1])
        out += parts
    return out


def _tail_slot(node: Any) -> tuple[Any, Any, int] | None:
    """Return (comment holder, key, slot index) after the last scalar of a block node."""
    if isinstance(node, CommentedMap) and node:
        key = list(node.keys())[-1]
        value = node[key]
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and not value.fa.flow_style():
            return _tail_slot(value)
        return node, key, 2
    if isinstance(node, CommentedSeq) and node:
        i = len(node) - 1
        value = node[i]
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and not value.fa.flow_style():
            return _tail_slot(value)
        return node, i, 0
    return None


def _pop_tail(node: Any) -> Lines:
    """Detach the whole-line comments after ``node``'s last scalar; keep an end-of-line comment."""
    slot = _tail_slot(node)
    if slot is None:
        return []
    holder, key, idx = slot
    entry = holder.ca.items.get(key)
    if not entry or len(entry) <= idx or entry[idx] is None:
        return []
    tok = entry[idx]
    if isinstance(tok, list):
        return []
    eol, _, rest = tok.value.partition("\n")
    if not rest:
        return []
    if eol.strip():
        tok.value = eol + "\n"
    else:
        entry[idx] = None
    lines = _split_lines(rest)
    if lines and lines[-1] == (0, ""):
        lines.pop()
    return lines


def _set_tail(node: Any, lines: Lines) -> None:
    """Put comment lines after ``node``'s last scalar."""
    if not lines:
        return
    slot = _tail_slot(node)
    if slot is None:
        return
    holder, key, idx = slot
    entry = holder.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) <= idx:
        entry.append(None)
    old = entry[idx]
    eol = old.value.partition("\n")[0] if isinstance(old, CommentToken) else ""
    text = eol + "\n" + "".join((" " * col + t if t else "") + "\n" for col, t in lines)
    entry[idx] = CommentToken(text, CommentMark(0))


def _leading_tokens(lines: Lines) -> list[CommentToken]:
    return [CommentToken((t if t else "") + "\n", CommentMark(col if t else 0)) for col, t in lines]


def _detach_leading(seq: CommentedSeq) -> tuple[list[Lines], Lines]:
    """Return each item's leading comment lines and the comment after the list, detached."""
    leading: list[Lines] = []
    for i in range(len(seq)):
        lines: Lines = []
        if i == 0 and seq.ca.comment:
            lines += _token_lines(seq.ca.comment[1] if len(seq.ca.comment) > 1 else None)
            seq.ca.comment = None
        elif i > 0:
            lines += _pop_tail(seq[i - 1])
        entry = seq.ca.items.pop(i, None)
        if entry and len(entry) > 1:
            lines += _token_lines(entry[1])
        leading.append(lines)
    tail = _pop_tail(seq[-1]) if len(seq) else []
    return leading, tail


def _rebuild_seq(seq: CommentedSeq, items: list[Any], leading: dict[int, Lines], tail: Lines) -> None:
    """Replace the items of ``seq``; reattach leading comments (keyed by id(item)) and the tail."""
    seq.ca.items.clear()
    del seq[:]
    seq.extend(items)
    for j, item in enumerate(items):
        lines = leading.get(id(item))
        if lines:
            seq.ca.items[j] = [None, _leading_tokens(lines), None, None]
    if items:
        _set_tail(items[-1], tail)


# --- merge ------------------------------------------------------------------------------


def _line(node: Any, key: Any = None) -> int | None:
    try:
        if key is None:
            return int(node.lc.line) + 1
        if isinstance(node, CommentedSeq):
            return int(node.lc.item(key)[0]) + 1
        return int(node.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return None


def _update_map(cm: CommentedMap, new: Mapping[str, Any], managed: Iterable[str]) -> None:
    """Make ``cm`` hold ``new``'s value for every managed key, in place.

    A value that is already equal is left alone (its quoting and comments
    stay); a key that ``new`` lacks is removed; a new key goes after the key
    that precedes it in ``new``.
    """
    managed = set(managed)
    for k in [k for k in cm if k in managed and k not in new]:
        lines = _pop_tail(cm) if list(cm.keys())[-1] == k else []
        del cm[k]
        if lines and cm:
            _set_tail(cm, lines)
    order = list(new.keys())
    for i, k in enumerate(order):
        if k not in managed:
            continue
        v = new[k]
        if k in cm:
            if _canon(cm[k]) != _canon(v) or type(_plain(cm[k])) is not type(_plain(v)):
                cm[k] = _to_node(v)
            continue
        keys = list(cm.keys())
        pos = 0
        for prev in reversed(order[:i]):
            if prev in cm:
                pos = keys.index(prev) + 1
                break
        if pos == len(keys) and keys:
            # Appending: the comment after the old last key belongs after the new one.
            lines = _pop_tail(cm)
            cm.insert(pos, k, _to_node(v))
            _set_tail(cm, lines)
        else:
            cm.insert(pos, k, _to_node(v))


CONTENT_FIELDS = frozenset(specs(Fact)) - ITEM_OWN_KEYS - {"note"}
"""The fields of a fact that say what it is: all but the tool's own keys and an editor's ``note``.

The extractor writes only these; a field it does not know (``colour: red``) or a note is a person's
addition that changes nothing the fact says."""


def content_changed(item: Mapping[str, Any]) -> bool:
    """Whether a person changed what a fact says: its fields (:data:`CONTENT_FIELDS`) no longer match its fingerprint.

    False for a fact added by hand (no fingerprint: nothing to compare with) and for one whose only change is a
    review, a note or a field factsheet does not use.
    """
    fp = item.get(FINGERPRINT)
    if not isinstance(fp, str):
        return False
    known = CONTENT_FIELDS
    return fingerprint({k: v for k, v in item.items() if k in known}) != fp


def extracted_values(item: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Return the extractor's value (``new``) of each field where a person's ``item`` differs from it (None: it wrote none)."""
    known = CONTENT_FIELDS
    keys = [k for k in new if k in known] + [k for k in item if k in known and k not in new]
    return {k: new.get(k) for k in keys if _canon(item.get(k)) != _canon(new.get(k))}


def _set_extracted(item: CommentedMap, new: Mapping[str, Any]) -> None:
    """Keep on a fact a person changed what the extractor reads for the fields they changed (``extracted``).

    Only a change of content counts (:func:`content_changed`); a fact only reviewed or annotated, or one whose
    values are the extractor's again, has no ``extracted``.
    """
    diff = extracted_values(item, new) if content_changed(item) else {}
    if diff:
        if EXTRACTED not in item or _canon(item[EXTRACTED]) != _canon(diff):
            _update_map(item, {**{k: item[k] for k in item}, EXTRACTED: diff}, {EXTRACTED})
    elif EXTRACTED in item:
        _update_map(item, {k: item[k] for k in item if k != EXTRACTED}, {EXTRACTED})


def _state(item: CommentedMap) -> MergeState:
    if FINGERPRINT not in item:
        return "hand"
    review = item.get("review", "auto")
    if review != "auto" or item.get(FINGERPRINT) != fingerprint(item):
        return "touched"
    return "auto"


def _merge_items(
    seq: CommentedSeq,
    new_items: list[dict[str, Any]],
    keep_unfound: Callable[[CommentedMap], bool] = lambda item: False,
    extracted: bool = False,
) -> None:
    """Merge the extractor's new items into ``seq`` in place (see the module docstring)."""
    existing = list(seq)
    new_by_id = {n["id"]: n for n in new_items}
    taken: set[str] = set()
    match: list[str | None] = [None] * len(existing)
    for i, item in enumerate(existing):
        ident = item.get("id")
        if isinstance(ident, str) and ident in new_by_id and ident not in taken:
            match[i] = ident
            taken.add(ident)
    # An item whose id a person changed is still found by what the extractor wrote.
    for i, item in enumerate(existing):
        fp = item.get(FINGERPRINT)
        if match[i] is None and isinstance(fp, str):
            for n in new_items:
                if n["id"] not in taken and n[FINGERPRINT] == fp:
                    match[i] = n["id"]
                    taken.add(n["id"])
                    break

    result: list[Any] = []
    placed: dict[str, Any] = {}
    dropped: set[int] = set()
    for i, item in enumerate(existing):
        state = _state(item)
        m = match[i]
        if m is not None:
            if state == "auto" and item.get("id") == m:
                _update_map(item, new_by_id[m], set(new_by_id[m]) | {STALE, EXTRACTED})
            else:
                if STALE in item:
                    del item[STALE]  # found again
                if extracted:
                    _set_extracted(item, new_by_id[m])
            result.append(item)
            placed[m] = item
        elif state == "auto" and not keep_unfound(item):
            dropped.add(i)
        else:
            if state == "touched" and item.get(STALE) is not True:
                _update_map(item, {**{k: item[k] for k in item}, STALE: True}, {STALE})
            result.append(item)

    prev: Any = None
    for n in new_items:
        if n["id"] in placed:
            prev = placed[n["id"]]
            continue
        node = _item_node(n)
        pos = next(j for j, x in enumerate(result) if x is prev) + 1 if prev is not None else 0
        result.insert(pos, node)
        placed[n["id"]] = node
        prev = node

    if [id(x) for x in result] == [id(x) for x in existing]:
        return
    leading_list, tail = _detach_leading(seq)
    leading: dict[int, Lines] = {}
    carry: Lines = []
    for i, item in enumerate(existing):
        lines = carry + leading_list[i]
        if i in dropped:
            # A dropped item's comments stay in the file, above whatever follows it.
            carry = lines
            continue
        carry = []
        if lines:
            leading[id(item)] = lines
    _rebuild_seq(seq, result, leading, carry + tail if carry else tail)


def _assign_missing_ids(seq: CommentedSeq, prefix: str, name_key: str | None = None) -> None:
    """Give hand-added items without an id a stable one, derived from their content."""
    used = {x.get("id") for x in seq if isinstance(x, CommentedMap) and isinstance(x.get("id"), str)}
    for item in seq:
        if not isinstance(item, CommentedMap):
            continue
        ident = item.get("id")
        if isinstance(ident, str) and ident.strip():
            continue
        if name_key and isinstance(item.get(name_key), str) and item[name_key].strip():
            base = re.sub(r"[^a-z0-9]+", "-", item[name_key].lower()).strip("-") or prefix
        else:
            base = f"{prefix}-{fingerprint(item)[:6]}"
        new_id, n = base, 1
        while new_id in used:
            n += 1
            new_id = f"{base}-{n}"
        used.add(new_id)
        if "id" in item:
            item["id"] = new_id
        else:
            item.insert(0, "id", new_id)


def _referenced_entities(facts: Iterable[Any]) -> set[str]:
    refs: set[str] = set()
    for f in facts:
        if not isinstance(f, Mapping):
            continue
        for k in ("speaker", "announced_by"):
            if isinstance(f.get(k), str):
                refs.add(f[k])
        if isinstance(f.get("places"), list):
            refs.update(p for p in f["places"] if isinstance(p, str))
    return refs


def _require_list(doc: CommentedMap, key: str, path: Path) -> CommentedSeq:
    value = doc.get(key)
    if value is None:
        seq = CommentedSeq()
        if key in doc:
            doc[key] = seq
        else:
            keys = list(doc.keys())
            doc.insert(keys.index("facts") if key == "entities" and "facts" in keys else len(keys), key, seq)
        return seq
    if not isinstance(value, CommentedSeq):
        raise FactsheetError(f"'{key}' must be a list; fix it by hand before extracting again", path, _line(doc, key))
    for i, item in enumerate(value):
        if not isinstance(item, CommentedMap):
            raise FactsheetError(f"each item of '{key}' must be a mapping (id: …, type: …); fix it by hand before extracting again", path, _line(value, i))
    return value


def _load_for_merge(text: str, path: Path) -> CommentedMap:
    # What `factsheet check` cannot read is not merged either (libyaml: this costs little).
    parsed = check.parse(text, path)
    if parsed.problems:
        p = parsed.problems[0]
        raise FactsheetError(f"{p.message}; the file was left unchanged", path, p.line)
    try:
        doc = _yaml().load(text)
    except Exception as e:  # ruamel raises many types; any of them means: do not touch the file
        mark = getattr(e, "problem_mark", None)
        raise FactsheetError(f"cannot read the file ({getattr(e, 'problem', None) or e}); the file was left unchanged", path, mark.line + 1 if mark else None) from None
    if not isinstance(doc, CommentedMap):
        raise FactsheetError("not a fact record: the file must be a mapping with schema, article, entities and facts", path, 1)
    if not isinstance(doc.get("article"), CommentedMap):
        raise FactsheetError("not a fact record: 'article' must be a mapping", path, _line(doc, "article") if "article" in doc else 1)
    return doc


def merge_text(text: str, record: Record, path: Path) -> str:
    """Return the facts file ``text`` with ``record`` (new extractor output) merged in.

    Hand edits win: see the module docstring. Raises FactsheetError naming the
    file and line when the text cannot be read as a record.
    """
    path = Path(path)
    doc = _load_for_merge(text, path)
    new = record_data(record)

    if doc.get("schema") != new["schema"]:
        _update_map(doc, {"schema": new["schema"]}, {"schema"})

    article: CommentedMap = doc["article"]
    new_article = new["article"]
    editable_now = {k: article[k] for k in ARTICLE_EDITABLE if k in article}
    fp = article.get(FINGERPRINT)
    if fp is None:
        untouched = _canon(editable_now) == _canon({k: new_article[k] for k in ARTICLE_EDITABLE if k in new_article})
    else:
        untouched = fp == fingerprint(editable_now)
    managed = set(ARTICLE_TOOL) | (set(new_article) - set(ARTICLE_EDITABLE) - {FINGERPRINT})
    if untouched:
        managed |= set(ARTICLE_EDITABLE) | {FINGERPRINT}
    _update_map(article, new_article, managed)

    facts = _require_list(doc, "facts", path)
    entities = _require_list(doc, "entities", path)
    _merge_items(facts, new["facts"], extracted=True)
    _assign_missing_ids(facts, "h")
    refs = _referenced_entities(facts)
    _merge_items(entities, new["entities"], keep_unfound=lambda e: isinstance(e.get("id"), str) and e["id"] in refs)
    _assign_missing_ids(entities, "e", name_key="name")
    return _with_header(_dump(doc))


def _pristine(text: str, path: Path, new: dict[str, Any]) -> bool:
    """Return whether ``text`` is exactly as the extractor wrote it (no edit, no comment),
    so that merging ``new`` into it gives ``new`` itself.

    Such a file is simply replaced by the new output, which skips the slow
    round-trip merge (re-extraction after an extractor change touches every file).
    """
    refs = _referenced_entities(new["facts"])
    if not refs <= {e["id"] for e in new["entities"]}:
        return False
    parsed = check.parse(text, path)
    data = parsed.data
    if parsed.problems or not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        return False
    article = data["article"]
    if article.get(FINGERPRINT) != fingerprint(article, ARTICLE_EDITABLE):
        return False
    for key in ("entities", "facts"):
        items = data.get(key)
        if not isinstance(items, list):
            return False
        new_ids = {n["id"] for n in new[key]}
        new_fps = {n[FINGERPRINT] for n in new[key]}
        for item in items:
            if not isinstance(item, dict) or STALE in item or EXTRACTED in item or item.get("review", "auto") != "auto":
                return False
            if item.get(FINGERPRINT) is None or item[FINGERPRINT] != fingerprint(item):
                return False
            if not isinstance(item.get("id"), str) or not isinstance(item[FINGERPRINT], str):
                return False
            if item["id"] not in new_ids and item[FINGERPRINT] in new_fps:
                return False  # perhaps an id changed by hand: the merge tells
    try:
        return text == dump_record(from_data(data))
    except Exception:  # noqa: BLE001 - anything odd: take the careful path
        return False


# --- files -----------------------------------------------------------------------------


def write_record(path: Path, record: Record) -> bool:
    """Write ``record`` to ``path``, merging it into the file already there.

    Arguments:
        path: the facts file (``facts/<article-id>.yaml``).
        record: fresh extractor output for the article.

    Returns:
        Whether the file changed (an unchanged file is not rewritten).

    Raises:
        FactsheetError: the existing file cannot be read as a record (it is
            left byte-identical), or the new file cannot be written.
    """
    text = prepare_record(path, record)
    if text is None:
        return False
    atomic_write_text(Path(path), text)
    return True


def prepare_record(path: Path, record: Record) -> str | None:
    """Return the text :func:`write_record` would write to ``path``, or None if the file would not change.

    Nothing is written, so a caller can merge every record before it writes any.

    Raises:
        FactsheetError: the existing file cannot be read as a record.
    """
    path = Path(path)
    old: str | None = None
    if os.path.lexists(path):
        raw = read_file(path)  # a symbolic link is refused here: never written through, never replaced
        try:
            old = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise FactsheetError("not UTF-8 text; the file was left unchanged", path, raw[: e.start].count(b"\n") + 1) from None
    text = dump_record(record)
    # An editor on Windows may add a byte-order mark and CRLF line ends; the merge keeps
    # comments verbatim, so without this one "\r" would stay behind on each comment line.
    base = old.removeprefix("\ufeff").replace("\r\n", "\n") if old is not None else None
    if base is not None and base != text:
        _refuse_what_check_refuses(base, path)
        if not _pristine(base, path, record_data(record)):
            text = merge_text(base, record, path)
    return None if text == old else text


_ID_TO_GIVE = re.compile(r"^(?:fact|entity) #\d+: missing 'id'$")
"""A fact or entity added by hand without an id: the one error extraction mends (it gives the id)."""


def _refuse_what_check_refuses(text: str, path: Path) -> None:
    """Raise FactsheetError, naming the line, if ``factsheet check`` finds an error in the file: it is left as it is.

    Extraction rewrites only files that pass the gate: merging into one that does not (``review: yes``,
    ``schema: 2``) would quietly "repair" a person's edit into something they did not write. The one
    exception is what extraction is there to mend: a fact or entity added by hand without an id.
    """
    errors = [p for p in check.check_text(text, path) if p.is_error and not _ID_TO_GIVE.match(p.message)]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more: run `factsheet check`)" if len(errors) > 1 else ""
        raise FactsheetError(f"{first.message}{more}; the file was left unchanged", path, first.line)


def load_data(path: Path, follow_links: Path | None = None) -> dict[str, Any]:
    """Return one facts file as ``factsheet check`` passed it: plain data, dates as ``YYYY-MM-DD`` text (see :func:`from_data`).

    ``follow_links``: the project folder; a facts file that is a symbolic link is read only when
    it is given and the link leads inside it.

    Raises:
        FactsheetError: naming file and line, for the first error
            ``factsheet check`` would report in the file.
    """
    path = Path(path)
    raw = read_file(path, follow_links)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FactsheetError("not UTF-8 text", path, raw[: e.start].count(b"\n") + 1) from None
    problems, parsed = check.check_parsed(text, path)
    errors = [p for p in problems if p.is_error]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more: run `factsheet check`)" if len(errors) > 1 else ""
        raise FactsheetError(first.message + more, path, first.line)
    data: dict[str, Any] = parsed.data
    return data


def _typed(cls: type[T], item: Mapping[Any, Any], **more: Any) -> T:
    """Return ``item`` (checked data) as ``cls``: its fields' values typed, any other key kept in ``extra`` (if ``cls`` has it)."""
    fields = specs(cls)
    values: dict[str, Any] = {}
    extra: dict[Any, Any] = {}
    for key, value in item.items():
        spec = fields.get(key) if isinstance(key, str) else None
        if spec is None:
            extra[key] = value
        elif spec.kind == "date":
            values[key] = _date(value)
        elif spec.kind == "period":
            values[key] = Period(_date(value.get("start")), _date(value.get("end")))
        elif key == EXTRACTED:
            values[key] = {str(k): v for k, v in value.items()}  # field names, whatever YAML made of them
        elif key == "at":
            values[key] = value if all(type(x) is int for x in value) else None  # a hint only: 3.0 is no offset
        else:
            values[key] = list(value) if isinstance(value, list) else value
    if extra and cls is not Article:
        values["extra"] = extra
    return cls(**values, **more)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def from_data(data: Mapping[str, Any]) -> Record:
    """Return the typed record of a facts file's data as ``factsheet check`` passed it (:func:`load_data`).

    The data must pass the check: what a person may type that factsheet does not use (unknown
    fields, a note) is kept in each item's ``extra``; each fact knows whether a person changed
    what it says (:func:`content_changed`, on the values as written).
    """
    head = data["article"]
    return Record(
        article=_typed(Article, head),
        entities=[_typed(Entity, e) for e in data.get("entities") or []],
        facts=[_typed(Fact, f, changed=content_changed(f)) for f in data.get("facts") or []],
        extractor=str(head.get("extractor") or ""),
    )


def load_record(path: Path, follow_links: Path | None = None) -> Record:
    """Return one facts file as a typed record, as extraction makes them.

    Raises:
        FactsheetError: naming file and line, for the first error ``factsheet check`` would report in the file.
    """
    return from_data(load_data(path, follow_links))


facts_files = check.facts_files
"""Return the facts files in a folder, sorted by name."""


def load_records(facts_dir: Path) -> list[Record]:
    """Return every record in ``facts_dir``, sorted by file name; a broken file raises.

    Two files that hold the same article (a copied file) raise too: the site
    would count their facts twice.
    """
    paths = facts_files(facts_dir)
    out = [load_record(p) for p in paths]
    refuse_second_records(paths, out)
    return out


def refuse_second_records(paths: list[Path], recs: list[Record]) -> None:
    """Raise FactsheetError if two files hold the same article (a copied file): the site would count its facts twice.

    Arguments:
        paths: the facts files, in the order of ``recs``.
        recs: their records as loaded.
    """
    owners: dict[tuple[str, str], tuple[Path, str]] = {}
    for p, rec in zip(paths, recs):
        article = rec.article
        for key in ("id", "seed"):
            value: str = getattr(article, key)
            first, sha = owners.setdefault((key, value), (p, article.sha256))
            if first != p:
                line = check.parse(p.read_text(encoding="utf-8"), p).line(("article", key))
                raise FactsheetError(check.second_record_message(key, value, first, sha == article.sha256), p, line)
