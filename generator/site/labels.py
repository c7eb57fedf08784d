"""Labels the site shows, read from ``generator/data/site.yaml`` and checked on load."""

from __future__ import annotations

from dataclasses import dataclass

from .. import datafiles

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


def _compile(doc: dict, name: str) -> Labels:
    # (the schema requires a label for every metric, place kind, fact type and qualifier of the models)
    metrics = doc["metrics"]
    return Labels(
        metric_label={k: v["label"] for k, v in metrics.items()},
        metric_about={k: str(v.get("about", "")) for k, v in metrics.items()},
        currency_symbol={str(k): str(v) for k, v in doc["currencies"].items()},
        place_kind={str(k): str(v) for k, v in doc["place_kinds"].items()},
        place_kind_one={str(k): str(v) for k, v in doc["place_kinds_one"].items()},
        fact_type={str(k): str(v) for k, v in doc["fact_types"].items()},
        qualifier={str(k): str(v or "") for k, v in doc["qualifiers"].items()},
    )


def labels() -> Labels:
    """Return the site's labels (loaded once)."""
    return datafiles.load(NAME, _compile)
