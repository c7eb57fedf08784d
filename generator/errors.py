"""The one error type users see: ``path:line: message``, never a traceback."""

from __future__ import annotations

from pathlib import Path


class FactsheetError(Exception):
    """A problem with the user's input or project, reported by file and line."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class DataFileError(FactsheetError):
    """A packaged rule or gazetteer file is malformed (a bug in factsheet's data)."""
