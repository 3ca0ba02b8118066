"""What every layout parser produces: rows of one shape, and the error they raise."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


def _header_words() -> dict[str, str]:
    """headers.toml turned around: printed header -> Row field."""
    table = tomllib.loads((Path(__file__).parent / "headers.toml").read_text(encoding="utf-8"))
    return {name: role for role, names in table.items() for name in names}


HEADER_WORDS = _header_words()
_NOTE = re.compile(r"[（(][^）)]*[）)]|\s+")


def header_role(printed: str) -> str | None:
    """The Row field a printed column header fills: exact after dropping spaces and a bracketed
    note, else the longest listed name it contains; None when nothing fits."""
    name = _NOTE.sub("", printed)
    if name in HEADER_WORDS:
        return HEADER_WORDS[name]
    inside = [w for w in HEADER_WORDS if len(w) >= 2 and w in name]
    return HEADER_WORDS[max(inside, key=len)] if inside else None

ROLES = ("lead", "responsible", "assist")


class LayoutError(ValueError):
    """The text does not fit the layout; `line` says where."""

    def __init__(self, message: str, line: int):
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass
class Row:
    """One measure as its layout printed it; unit names are still raw fragments (a name a narrow
    column wrapped is two fragments), rejoined and cleaned when the Measure is built."""

    line: int
    section: str | None
    subsection: str | None
    task_no: str | None
    task: str | None
    text: str
    deadline: str | None
    units: dict[str, list[str]] = field(default_factory=dict)
    attachment: str | None = None
    plan_title: str | None = None
