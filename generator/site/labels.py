"""Labels the site shows, read from ``generator/data/site.yaml`` and checked on load."""

from __future__ import annotations

from dataclasses import dataclass

from .. import datafiles
from ..models import FACT_TYPES, METRICS, PLACE_KINDS, QUALIFIERS

NAME = "site.yaml"


@dataclass(frozen=True)
class Labels:
    metric_label: dict[str, str]
    metric_about: dict[str, str]
    currency_symbol: dict[str, str]
    place_kind: dict[str, str]
    place_kind_one: dict[str, str]
    fact_type: dict[str, str]
    qualifier: dict[str, str]


def _mapping(doc: dict, key: str, keys: tuple[str, ...] | None) -> dict:
    v = doc.get(key)
    datafiles.require(isinstance(v, dict), NAME, f"'{key}' must be a mapping")
    if keys is not None:
        missing = [k for k in keys if k not in v]
        datafiles.require(not missing, NAME, f"'{key}' lacks {', '.join(missing)}")
    return v


def _validate(doc: object, name: str) -> Labels:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    metrics = _mapping(doc, "metrics", METRICS)
    for k, v in metrics.items():
        datafiles.require(isinstance(v, dict) and isinstance(v.get("label"), str), name, f"metrics.{k} needs a 'label'")
    return Labels(
        metric_label={k: v["label"] for k, v in metrics.items()},
        metric_about={k: str(v.get("about", "")) for k, v in metrics.items()},
        currency_symbol={str(k): str(v) for k, v in _mapping(doc, "currencies", None).items()},
        place_kind={str(k): str(v) for k, v in _mapping(doc, "place_kinds", PLACE_KINDS).items()},
        place_kind_one={str(k): str(v) for k, v in _mapping(doc, "place_kinds_one", PLACE_KINDS).items()},
        fact_type={str(k): str(v) for k, v in _mapping(doc, "fact_types", FACT_TYPES).items()},
        qualifier={str(k): str(v or "") for k, v in _mapping(doc, "qualifiers", QUALIFIERS).items()},
    )


def labels() -> Labels:
    """Return the site's labels (loaded once)."""
    return datafiles.load(NAME, _validate)
