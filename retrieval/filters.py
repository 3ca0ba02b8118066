"""Exact filters: the complete answer to a structured question, never a top-k."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Literal, Protocol

from planbot.index.models import Measure

Role = Literal["lead", "responsible", "assist", "any", "main"]
ROLE_FIELDS: dict[str, tuple[str, ...]] = {
    "lead": ("lead",),
    "responsible": ("responsible",),
    "assist": ("assist",),
    "main": ("lead", "responsible"),  # 负责: leads or is responsible
    "any": ("lead", "responsible", "assist"),
}


class DeadlineTest(Protocol):
    """A deadline condition on the printed 完成时限 (query.DeadlineFilter is one)."""

    def matches(self, m: Measure) -> bool: ...


def in_scope(m: Measure, issuer: str | None, year: int | None) -> bool:
    return (issuer is None or m.issuer == issuer) and (year is None or m.year == year)


def names_in_role(m: Measure, role: Role) -> Iterable[str]:
    for f in ROLE_FIELDS[role]:
        yield from getattr(m, f)


def by_unit(m: Measure, names: Collection[str], role: Role) -> bool:
    """The unit (any of its printed alias names) stands in the role's column(s): exact names only."""
    return any(n in names for n in names_in_role(m, role))


def select(
    measures: Iterable[Measure],
    issuer: str | None = None,
    year: int | None = None,
    names: Collection[str] | None = None,
    role: Role = "any",
    deadline: DeadlineTest | None = None,
    plan_words: Collection[str] = (),
    also: Collection[Collection[str]] = (),
) -> list[Measure]:
    """Every measure meeting all the given conditions, in document order.  `also`: more units
    (their printed names) that must each stand in the role too (两个单位一起牵头的)."""
    out = []
    for m in measures:
        if not in_scope(m, issuer, year):
            continue
        if names is not None and not by_unit(m, names, role):
            continue
        if any(not by_unit(m, other, role) for other in also):
            continue
        if deadline is not None and not deadline.matches(m):
            continue
        if plan_words and not any(w in f"{m.attachment or ''}{m.plan_title or ''}" for w in plan_words):
            continue
        out.append(m)
    return out
