"""Deadline digests: per unit, the measures due soon and those overdue, each cited.

Pure: records, the unit directory and a day in; digests out. What pushes them, and when, is
the composition root's business (planbot/remind.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from planbot.index.models import Measure
from planbot.index.units import UnitDirectory
from planbot.retrieval.filters import in_scope

from . import messages as msg
from .cite import citation, deadline_text, shorten


@dataclass
class Digest:
    unit: str  # the unit's canonical name (区住房城乡建设委 for 区住建委)
    due_soon: list[Measure] = field(default_factory=list)
    overdue: list[Measure] = field(default_factory=list)


def due_digests(
    measures: Iterable[Measure], units: UnitDirectory, today: date, days: int,
    *, issuer: str | None = None, year: int | None = None, only: Sequence[str] = (),
) -> list[Digest]:
    """One digest per leading unit with something due within `days` or overdue, by unit name.

    Overdue means a date already passed in a plan of the current year: an older plan's
    deadlines are history, not a reminder. `only` keeps the named units (any alias).
    """
    wanted = {units.canonical(n) for n in only}
    window_end = today + timedelta(days=days)
    by_unit: dict[str, Digest] = {}
    for m in measures:
        if m.due is None or not in_scope(m, issuer, year):
            continue
        soon = today <= m.due <= window_end
        late = m.due < today and m.year == today.year
        if not (soon or late):
            continue
        for name in dict.fromkeys(units.canonical(u) for u in m.lead):
            if wanted and name not in wanted:
                continue
            digest = by_unit.setdefault(name, Digest(name))
            (digest.due_soon if soon else digest.overdue).append(m)
    for digest in by_unit.values():
        digest.due_soon.sort(key=lambda m: m.due)
        digest.overdue.sort(key=lambda m: m.due)
    return sorted(by_unit.values(), key=lambda d: d.unit)


def digest_text(digest: Digest, today: date, days: int) -> tuple[str, str]:
    """(title, markdown) of one digest: counts first, then one cited line per measure."""
    title = msg.DIGEST_TITLE.format(unit=digest.unit, soon=len(digest.due_soon), late=len(digest.overdue))
    lines = [f"**{title}**", msg.DIGEST_WINDOW.format(today=today.isoformat(), days=days)]
    for heading, items in ((msg.DIGEST_SOON, digest.due_soon), (msg.DIGEST_LATE, digest.overdue)):
        if items:
            lines.append(heading)
            lines.extend(
                f"- {m.due.isoformat()}（{deadline_text(m)}）{shorten(m.text, 40)} —— {citation(m).label}" for m in items
            )
    return title, "\n".join(lines)
