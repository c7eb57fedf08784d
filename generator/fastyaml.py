"""A fast writer for new facts files, byte-identical to the ruamel.yaml dump in ``records``.

ruamel's emitter costs about 30 ms per record, far more than extracting the
article; re-extracting thousands of seeds spent most of its time there. A
facts file has a fixed shape (a block mapping with a block ``article``
mapping and block lists of flat items whose lists and small mappings are in
flow style), so it can be written directly. Which style each string gets
(plain, single- or double-quoted) is decided by ruamel's own scalar analysis
and resolvers, so the choice is the same as ruamel's.

:func:`dump` returns None for anything it is not certain to write exactly as
ruamel would (floats, empty strings or lists, line breaks, very long lines,
characters that need escapes, nested block structures); the caller then uses
ruamel. ``tests/test_fastyaml.py`` compares the two on the synthetic corpus.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import yaml
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

STR_TAG = "tag:yaml.org,2002:str"
WIDTH = 4096
"""records._yaml() sets this line width; lines near it are folded by ruamel, so such records fall back."""
MAX_LINE = 3000

# What ruamel's analyze_scalar reads of its emitter, as records._yaml() configures it.
_EMITTER = SimpleNamespace(
    allow_unicode=True,
    unicode_supplementary=True,
    allow_space_break=None,
    serializer=SimpleNamespace(use_version=None),
)
_RESOLVER_12 = VersionedResolver()
_RESOLVER_11 = yaml.resolver.Resolver()
# Characters a double-quoted scalar writes as they are (besides " and \, escaped by a backslash).
_DQ_UNSAFE = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029\ufeff]")
_BREAKS = re.compile("[\r\n\x85\u2028\u2029]")
# Strings that ruamel's analysis always allows plain: a letter or digit first and last, single
# spaces, no indicator that matters inside (": ", " #", and in flow context , [ ] { }).
_PLAIN_BLOCK = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.,;()/%£€$&'’+=\"“”—–!?*@-]| (?! ))*[A-Za-z0-9.)%’\"”?!]\Z|[A-Za-z0-9]\Z")
_PLAIN_FLOW = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.;()/%£€$&'’+=-]| (?! ))*[A-Za-z0-9.)%’]\Z|[A-Za-z0-9]\Z")


class Fallback(Exception):
    """The record holds something this writer does not reproduce exactly."""


@lru_cache(maxsize=1 << 16)
def _scalar(value: str, flow: bool) -> str:
    """Return ``value`` written as ruamel writes a string (``flow``: inside [...] or {...})."""
    if not value or _BREAKS.search(value) or value != value.strip(" ") or len(value) > MAX_LINE:
        raise Fallback
    # records._represent_str: quote what a YAML 1.1 reader would not read as a string.
    style = "'" if _RESOLVER_11.resolve(yaml.ScalarNode, value, (True, False)) != STR_TAG else None
    implicit = _RESOLVER_12.resolve(ScalarNode, value, (True, False)) == STR_TAG
    if style is None and implicit and (_PLAIN_FLOW if flow else _PLAIN_BLOCK).match(value):
        return value  # ordinary words: plain in ruamel's analysis too (tests/test_fastyaml.py checks)
    analysis = Emitter.analyze_scalar(_EMITTER, value)  # type: ignore[arg-type]
    # Emitter.choose_scalar_style, for a value that is not a simple key.
    if style is None and implicit and (analysis.allow_flow_plain if flow else analysis.allow_block_plain):
        return value
    if style is None and analysis.allow_double_quoted and "'" in value:
        return _double(value)
    if analysis.allow_single_quoted:
        return "'" + value.replace("'", "''") + "'"
    return _double(value)


def _double(value: str) -> str:
    if _DQ_UNSAFE.search(value) or "  " in value:
        raise Fallback
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _atom(value: Any, flow: bool) -> str:
    if isinstance(value, str):
        return _scalar(value, flow)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if type(value) is dt.date:
        return value.isoformat()
    raise Fallback


def _inline(value: Any) -> str:
    """Return an item's field value: a scalar, or a flat list or mapping in flow style."""
    if isinstance(value, dict):
        if not value or any(isinstance(v, (dict, list, tuple)) for v in value.values()):
            raise Fallback
        return "{" + ", ".join(f"{_key(k)}: {_atom(v, True)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        if not value or any(isinstance(v, (dict, list, tuple)) for v in value):
            raise Fallback
        return "[" + ", ".join(_atom(v, True) for v in value) + "]"
    return _atom(value, False)


_KEY = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _key(k: Any) -> str:
    if not isinstance(k, str) or not _KEY.match(k) or _RESOLVER_11.resolve(yaml.ScalarNode, k, (True, False)) != STR_TAG:
        raise Fallback
    return k


def dump(data: dict[str, Any]) -> str | None:
    """Return ``data`` (``records.record_data``) as records' ruamel dump writes it, or None."""
    try:
        out: list[str] = []
        for k, v in data.items():
            key = _key(k)
            if k == "article":
                if not isinstance(v, dict) or not v:
                    raise Fallback
                out.append(f"{key}:")
                out += [f"  {_key(ak)}: {_inline(av)}" for ak, av in v.items()]
            elif k in ("entities", "facts"):
                if not isinstance(v, list) or not v:
                    raise Fallback
                out.append(f"{key}:")
                for item in v:
                    if not isinstance(item, dict) or not item:
                        raise Fallback
                    lead = "  - "
                    for ik, iv in item.items():
                        out.append(f"{lead}{_key(ik)}: {_inline(iv)}")
                        lead = "    "
            else:
                out.append(f"{key}: {_inline(v)}")
        if any(len(line) > MAX_LINE for line in out):
            raise Fallback
        return "\n".join(out) + "\n"
    except Fallback:
        return None
