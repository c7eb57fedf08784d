"""MkDocs hooks of ``factsheet serve`` (given through MkDocs' ``hooks`` option by :func:`generator.serve.serve`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import serve


def on_pre_build(config: Any) -> None:
    if serve.current is not None:
        serve.current.before_build()


def on_post_build(config: Any) -> None:
    if serve.current is not None:
        serve.current.after_build(Path(config["site_dir"]))
