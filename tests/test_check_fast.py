"""The cheap paths of loading a facts file give what the slow ones gave.

Schema: fastjsonschema only says yes or no, and on no jsonschema words every
problem; that is sound only if fastjsonschema never accepts a document that
jsonschema rejects. Dates: ``to_native_dates`` gives the data a second parse
with ``native_dates=True`` would.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import check

TESTS = Path(__file__).resolve().parent
REAL = [TESTS / "golden" / "first-seed" / "expected.yaml", *sorted((TESTS / "fixtures" / "eval" / "facts").glob("*.yaml"))]

# Every kind of value parse() can give (text-dated): what YAML scalars construct to, and collections.
WRONG: list[Any] = [
    None, True, False, 0, 1, -1, 1.0, 1.5, -0.5, float("nan"), float("inf"), float("-inf"), 10**30,
    "", "x", "x\n", "2024-02-30", b"bytes", [], ["a"], [""], [1], {}, {"a": 1}, {1: "a"}, {None: 1},
]


def real_records() -> list[dict[str, Any]]:
    out = []
    for p in REAL:
        parsed = check.parse(p.read_text(encoding="utf-8"), p.name)
        assert not parsed.problems and isinstance(parsed.data, dict)
        out.append(parsed.data)
    return out


def fast_accepts(data: Any) -> bool:
    return check._fast_validator()(data)


def jsonschema_rejects(data: Any) -> bool:
    return next(iter(check._validator().iter_errors(data)), None) is not None


def places(data: Any, loc: tuple = ()) -> list[tuple]:
    """Return the location of every value in ``data`` (mapping keys and list indexes from the top)."""
    out = [loc]
    if isinstance(data, dict):
        for k, v in data.items():
            out += places(v, loc + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += places(v, loc + (i,))
    return out


def with_value(data: Any, loc: tuple, value: Any) -> Any:
    """Return a copy of ``data`` with ``value`` at ``loc`` (deleted when ``value`` is DELETE)."""
    out = copy.deepcopy(data)
    node = out
    for part in loc[:-1]:
        node = node[part]
    if value is DELETE:
        del node[loc[-1]]
    else:
        node[loc[-1]] = value
    return out


DELETE = object()


def mutations(rec: dict[str, Any]) -> list[Any]:
    """Return ``rec`` changed one way at a time: wrong types, missing and unknown fields, bad enums and patterns, negative numbers."""
    out = []
    for n, loc in enumerate(places(rec)[1:]):
        # Five of the wrong values at each place, in turn: over a list's items, every value reaches every field.
        out += [with_value(rec, loc, WRONG[(5 * n + j) % len(WRONG)]) for j in range(5)]
        out.append(with_value(rec, loc, DELETE))
    for loc in places(rec):
        node = rec
        for part in loc:
            node = node[part]
        if isinstance(node, dict):
            out += [with_value(rec, loc + (k,), v) for k, v in (("unknown", "x"), ("titel", 1), ("start", "x"), ("kind", 1), ("type", "x"), ("schema", 1))]
    for i, fact in enumerate(rec["facts"]):
        at = ("facts", i)
        out += [with_value(rec, at + ("type",), t) for t in ("funding", "figure", "quote", "event", "other")]
        out += [with_value(rec, at + ("amount",), v) for v in (0, 0.0, -1, -0.0, 1e-300)]
        out += [with_value(rec, at + ("value",), v) for v in (-1, -0.0, -1e-300)]
        out += [with_value(rec, at + ("currency",), v) for v in ("gbp", "GB", "GBPX", "GBP\n", "XXX")]
        out += [with_value(rec, at + ("fingerprint",), v) for v in ("ABCDEF12", "abcdef1", "abcdef12\n")]
        out += [with_value(rec, at + ("period",), v) for v in ({"start": "2024-1-1"}, {"start": "2024-01-01", "extra": 1}, {"end": "2024-01-01\n"})]
        out += [with_value(rec, at + (k,), v) for k in ("metric", "unit", "qualifier", "review") for v in ("People", "approximately", "auto ")]
    for i, ent in enumerate(rec["entities"]):
        at = ("entities", i)
        out += [with_value(rec, at + ("type",), t) for t in ("person", "organisation", "place", "Place")]
        out += [with_value(rec, at + ("members",), v) for v in (["gb"], ["GBR"], ["G"], ["GB\n"], "GB")]
        out += [with_value(rec, at + ("kind",), v) for v in ("country", "planet")]
    art = ("article",)
    out += [with_value(rec, art + ("sha256",), v) for v in ("A" * 64, "a" * 63, "a" * 64 + "\n", "g" * 64)]
    out += [with_value(rec, art + ("seed",), v) for v in ("a/b.txt", "a\\b.txt", "a.txt\n", "")]
    out += [with_value(rec, art + ("date",), v) for v in ("2024-1-01", "24-01-01", "2024-01-01\n", "2024-01-01T00:00:00")]
    out += [with_value(rec, ("schema",), v) for v in (True, False, 1.0, 2, "1", None, [1])]
    return out


def test_schema_uses_only_keywords_verified_for_the_fast_validator() -> None:
    """Fails when the record schema gains a keyword (or a use of one) not checked to mean the same in fastjsonschema.

    Then look the keyword up in both drafts, add it to ``check.FAST_KEYWORDS``
    when it does, and extend the mutations below to reach it.
    """
    assert check._fast_unsupported(check._inlined_schema()) == []
    assert check._fast_validator() is not None


@pytest.mark.parametrize("schema", [
    {"prefixItems": [{}]}, {"items": [{"type": "string"}]}, {"unevaluatedProperties": False}, {"dependentRequired": {"a": ["b"]}},
    {"$ref": "#/$defs/x"}, {"type": "integer"}, {"enum": [True]}, {"const": None}, {"pattern": "a$|b"},
    {"properties": {"a": {"uniqueItems": True}}}, {"allOf": [{"anyOf": []}]}, {"if": {"not": {}}}, {"items": True},
])
def test_unverified_keywords_turn_the_fast_validator_off(schema: dict) -> None:
    assert check._fast_unsupported(schema)


def test_fast_validator_accepts_real_records() -> None:
    """Otherwise it saves nothing: every record would go to jsonschema as well."""
    for rec in real_records():
        assert not jsonschema_rejects(rec)
        assert fast_accepts(rec)


def test_fast_validator_rejects_whatever_jsonschema_rejects() -> None:
    rejected = 0
    for rec in real_records()[:2]:
        for data in mutations(rec):
            if jsonschema_rejects(data):
                rejected += 1
                assert not fast_accepts(data), list(check._validator().iter_errors(data))[0].message
    assert rejected > 1500


def test_schema_problems_are_as_without_the_fast_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the fast validator says, the problems are those of the jsonschema path alone."""
    docs = [rec for r in real_records()[:2] for rec in [r, *mutations(r)[::20]]]
    with_fast = [check._schema_problems("x.yaml", check.Parsed(data=d, lines={(): 1})) for d in docs]
    monkeypatch.setattr(check, "_fast_validator", lambda: None)
    without = [check._schema_problems("x.yaml", check.Parsed(data=d, lines={(): 1})) for d in docs]
    assert with_fast == without
    assert sum(map(bool, without)) > 50


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8), st.sampled_from(WRONG[:18])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.one_of(st.text(max_size=6), st.sampled_from(["id", "type", "start", "kind"])), inner, max_size=3)),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fast_validator_never_accepts_more_than_jsonschema(data: st.DataObject) -> None:
    rec = real_records()[data.draw(st.integers(0, len(REAL) - 1))]
    doc = rec
    for _ in range(data.draw(st.integers(1, 3))):
        loc = data.draw(st.sampled_from(places(doc)[1:]))
        doc = with_value(doc, loc, data.draw(st.one_of(json_values, st.just(DELETE))))
    if jsonschema_rejects(doc):
        assert not fast_accepts(doc)


# --- dates: one parse instead of two ---------------------------------------------------

DATE_TEXTS = [
    "a: 2024-01-02\nb: [2024-02-29, 2023-02-29, x]\nc: {d: 2024-01-01 10:00:00, e: 2024-01-01t10:00:00+99:00}\n",
    "a: &d 2024-02-30\nb: [*d, *d]\nc: &e 2024-03-01\nd: *e\n",
    "a: !!timestamp 2024-01-01\nb: '2024-01-01'\nc: !!str 2024-01-01\nd: 2024-1-1\ne: 2024-01-01T10:00:00Z\n",
    "2024-01-01: x\nb: 2024-01-01\n",
    "a:\n  2024-02-30: x\n  2024-01-01 10:00:00: y\n",
    "2024-01-01\n",
    "- 2024-01-01\n- [2024-13-01]\n",
    "a: 1\n",
    "a: !!timestamp [1, 2]\nb: !!timestamp {c: 2024-01-01}\n",
]


def typed(v: Any) -> Any:
    """Return ``v`` with the type of every value beside it, so that == also compares types."""
    if isinstance(v, dict):
        return {k: typed(x) for k, x in v.items()}
    if isinstance(v, list):
        return [typed(x) for x in v]
    return (type(v), v)


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_to_native_dates_is_a_second_parse(text: str) -> None:
    expected = check.parse(text, "x.yaml", native_dates=True).data
    got = check.to_native_dates(check.parse(text, "x.yaml"), text, "x.yaml")
    assert typed(got) == typed(expected)


def test_to_native_dates_on_real_records() -> None:
    for p in REAL:
        text = p.read_text(encoding="utf-8")
        got = check.to_native_dates(check.parse(text, p.name), text, p.name)
        assert typed(got) == typed(check.parse(text, p.name, native_dates=True).data)
        assert isinstance(got["article"]["date"], dt.date)


def test_only_the_plain_conditional_is_lifted_out_of_fastjsonschema() -> None:
    plain = {"if": {"properties": {"type": {"const": "a"}}, "required": ["type"]}, "then": {"required": ["b"]}}
    other = [
        {"if": {"properties": {"type": {"const": 1}}, "required": ["type"]}, "then": {"required": ["b"]}},
        {"if": {"properties": {"type": {"const": "a"}}}, "then": {"required": ["b"]}},
        {"if": {"properties": {"type": {"const": "a"}}, "required": ["type"]}, "then": {"required": ["b"], "properties": {}}},
        {"if": {"properties": {"type": {"enum": ["a"]}}, "required": ["type"]}, "then": {"required": ["b"]}},
    ]
    schema = {"properties": {"xs": {"items": {"allOf": [plain, *other]}}}}
    assert check._lift_conditionals(schema) == [(("xs", "*"), "type", "a", ("b",))]
    assert schema["properties"]["xs"]["items"]["allOf"] == other
    rules = [(("xs", "*"), "type", "a", ("b",))]
    assert check._rules_hold({"xs": [{"type": "a", "b": 1}, {"type": "c"}, {}, 1, {"type": ["a"]}]}, rules)
    assert not check._rules_hold({"xs": [{"type": "c"}, {"type": "a"}]}, rules)
    assert check._rules_hold({"xs": {"type": "a"}}, rules)  # not a list: items does not apply (the type check rejects it)
