"""Measures due per month for one scope and unit: the data behind the deadline chart.

Pure over the records and the unit directory; the page that draws it lives in adapters/.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planbot.index.models import Measure
from planbot.index.units import UnitDirectory
from planbot.retrieval.filters import Role, select

from .answers import measure_json

NO_DATE = "none"  # the bar of measures whose 完成时限 names no date (长期实施, 持续推进, none printed)


@dataclass(frozen=True)
class Bar:
    key: str  # "2026-06", or NO_DATE
    count: int


@dataclass(frozen=True)
class DeadlineChart:
    issuer: str | None
    year: int | None
    unit: str | None  # the unit's name as answered (canonical), None for all units
    bars: tuple[Bar, ...]
    unknown_unit: bool = False

    def as_dict(self) -> dict:
        return {"issuer": self.issuer, "year": self.year, "unit": self.unit, "unknown_unit": self.unknown_unit,
                "bars": [{"key": b.key, "count": b.count} for b in self.bars]}


def _unit_names(units: UnitDirectory, unit: str, issuer: str | None) -> tuple[str, set[str]] | None:
    mentions = [m for m in units.find_mentions(unit) if m.known]
    if not mentions:
        return None
    mention = units.narrow(mentions[0], "市" if issuer and issuer.endswith("市") else "区") if issuer else mentions[0]
    return mention.label, set(mention.names)


def month_of(m: Measure) -> str:
    return m.due.strftime("%Y-%m") if m.due else NO_DATE


def chosen(measures: Iterable[Measure], units: UnitDirectory, issuer: str | None, year: int | None,
           unit: str | None, role: Role = "main") -> tuple[str | None, list[Measure]] | None:
    """(unit label, the measures in scope the unit leads or is responsible for); None: unknown unit."""
    label, names = None, None
    if unit:
        found = _unit_names(units, unit, issuer)
        if found is None:
            return None
        label, names = found
    return label, select(measures, issuer, year, names, role)


def deadline_chart(measures: Sequence[Measure], units: UnitDirectory, issuer: str | None = None,
                   year: int | None = None, unit: str | None = None) -> DeadlineChart:
    """Bars per due month in calendar order, the undated last."""
    picked = chosen(measures, units, issuer, year, unit)
    if picked is None:
        return DeadlineChart(issuer, year, unit, (), unknown_unit=True)
    label, rows = picked
    counts: dict[str, int] = {}
    for m in rows:
        counts[month_of(m)] = counts.get(month_of(m), 0) + 1
    keys = sorted(k for k in counts if k != NO_DATE) + ([NO_DATE] if NO_DATE in counts else [])
    return DeadlineChart(issuer, year, label, tuple(Bar(k, counts[k]) for k in keys))


def month_list(measures: Sequence[Measure], units: UnitDirectory, issuer: str | None, year: int | None,
               unit: str | None, month: str) -> list[dict]:
    """The measures behind one bar, as answer JSON (the list a bar links to)."""
    picked = chosen(measures, units, issuer, year, unit)
    return [] if picked is None else [measure_json(m) for m in picked[1] if month_of(m) == month]
