"""The one writer of new facts files: a record's data as YAML, readable by YAML 1.1 (PyYAML) and 1.2 readers alike.

A facts file has a fixed shape: a block mapping with a block ``article`` mapping and
block lists of items whose lists and flat mappings are written in flow style
(``places: [FR]``, ``period: {start: 2025-01-01, end: 2025-10-08}``). It is written
in the layout ruamel.yaml's round trip keeps (``records`` merges hand edits with it),
so that merging into a file nobody edited changes nothing: a string is plain when
YAML allows it there and no reader takes it for something else, in double quotes
when it holds an apostrophe or a character that needs an escape, else in single
quotes. ``tests/test_yamlwriter.py`` checks both: every value reads back as it was,
and the corpus is written as ruamel writes it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import yaml

STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_CORE_12 = re.compile(r"""[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?0o[0-7_]+|[-+]?0x[0-9a-fA-F_]+
    |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~""", re.X)
"""What a YAML 1.2 reader (an editor's language server) takes for a number, a boolean or null."""
_SPECIAL = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")
"""Characters that only a double-quoted string can hold (as an escape): controls, line breaks, a byte-order mark."""
_ESCAPES = {"\0": "0", "\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r", "\x1b": "e", '"': '"',
            "\\": "\\", "\x85": "N", "\xa0": "_", "\u2028": "L", "\u2029": "P"}


def _plain(value: str, flow: bool) -> bool:
    """Return whether ``value`` (one line, no special character) may be written plain, in block or ``flow`` context."""
    if (value[0] in " #,[]{}&*!|>'\"%@`" or value[-1] == " " or ": " in value or " #" in value or value.endswith(":")
            or value.startswith(("---", "..."))):
        return False
    if value[0] in "-?:" and (len(value) == 1 or value[1] == " " or (flow and value[0] != "-")):
        return False
    if flow and any(c in value for c in ",[]{}:"):  # libyaml reads no ':' in a plain flow scalar (ruamel writes 'a:b' plain)
        return False
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == STR_TAG and not _CORE_12.fullmatch(value)


def _double(value: str) -> str:
    out = []
    for c in value:
        if c in _ESCAPES and (c in '"\\' or _SPECIAL.match(c)):
            out.append("\\" + _ESCAPES[c])
        elif _SPECIAL.match(c):
            out.append(f"\\x{ord(c):02X}" if ord(c) <= 0xFF else f"\\u{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def scalar(value: Any, flow: bool = False) -> str:
    """Return one value written as YAML (``flow``: inside ``[...]`` or ``{...}``)."""
    if isinstance(value, str):
        if not value or _SPECIAL.search(value):
            return "''" if not value else _double(value)
        if _plain(value, flow):
            return value
        if "'" in value and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == STR_TAG:
            return _double(value)
        return "'" + value.replace("'", "''") + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
        text = repr(value).lower()
        return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"a facts file holds no {type(value).__name__}")


def _inline(value: Any) -> str:
    """Return an item's field value: a scalar, or a flat list or mapping in flow style."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k, True)}: {scalar(v, True)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(scalar(v, True) for v in value) + "]"
    return scalar(value)


def dump(data: dict[str, Any]) -> str:
    """Return a record's data (``records.record_data``) as the text of a facts file, without the schema comment."""
    out: list[str] = []
    for key, value in data.items():
        if key == "article":
            out.append("article:")
            out += [f"  {scalar(k)}: {_inline(v)}" for k, v in value.items()]
        elif key in ("entities", "facts") and value:
            out.append(f"{key}:")
            for item in value:
                out += [f"{'  - ' if i == 0 else '    '}{scalar(k)}: {_inline(v)}" for i, (k, v) in enumerate(item.items())]
        else:
            out.append(f"{scalar(key)}: {_inline(value)}")
    return "\n".join(out) + "\n"
