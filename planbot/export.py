"""The 台账 (measure ledger) as an Excel workbook: one row per measure, for the desk around the chat.

openpyxl writes real .xlsx (frozen header, autofilter, widths, wrapped text) that opens in WPS and
Excel alike; a CSV would lose the wrapping and the filters staff use to sort their own rows.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from planbot.index.models import Measure
from planbot.index.units import UnitDirectory
from planbot.retrieval.filters import Role, select

# (header, width, value of a measure); the header is what staff see in their own 台账
COLUMNS: tuple[tuple[str, int, object], ...] = (
    ("编号", 10, lambda m: m.id),
    ("计划", 26, lambda m: f"{m.plan_title or m.doc}（{m.issuer or ''}{m.year or ''}）"),
    ("附件", 8, lambda m: m.attachment or ""),
    ("部分", 22, lambda m: " / ".join(p for p in (m.section, m.subsection) if p)),
    ("序号", 6, lambda m: m.task_no or ""),
    ("重点任务", 24, lambda m: m.task or ""),
    ("工作措施", 60, lambda m: m.text),
    ("完成时限", 16, lambda m: m.deadline or ""),
    ("到期日", 12, lambda m: m.due),
    ("牵头单位", 22, lambda m: "、".join(m.lead)),
    ("主责单位", 22, lambda m: "、".join(m.responsible)),
    ("协办单位", 30, lambda m: "、".join(m.assist)),
)


class NothingToExport(ValueError):
    """No measure meets the conditions: say so instead of writing an empty workbook."""


class UnknownUnit(ValueError):
    """The unit is not named in any plan."""


@dataclass(frozen=True)
class LedgerQuery:
    unit: str | None = None
    role: Role = "lead"  # as "X牵头哪些": the measures the unit leads (shared leads included)
    issuer: str | None = None
    year: int | None = None
    due_before: date | None = None


def ledger_rows(measures: Sequence[Measure], units: UnitDirectory, q: LedgerQuery) -> list[Measure]:
    """The measures of the ledger, in document order; the unit matched through its aliases as
    the bot's lists do (a district plan's 区水务局, not the city's 市水务局)."""
    names = None
    if q.unit:
        mentions = [m for m in units.find_mentions(q.unit) if m.known]
        if not mentions:
            raise UnknownUnit(f"没有找到单位“{q.unit}”")
        mention = mentions[0]
        if q.issuer:
            mention = units.narrow(mention, "市" if q.issuer.endswith("市") else "区")
        names = set(mention.names)
    rows = select(measures, q.issuer, q.year, names, q.role)
    if q.due_before:
        rows = [m for m in rows if m.due is not None and m.due <= q.due_before]
    return rows


def write_ledger(rows: Sequence[Measure], path: Path) -> None:
    """The workbook at `path`; refuses (NothingToExport) when there are no rows."""
    book = ledger_workbook(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)  # never a half-written workbook under the asked name


def ledger_bytes(rows: Sequence[Measure]) -> bytes:
    """The workbook as .xlsx bytes (a download)."""
    out = io.BytesIO()
    ledger_workbook(rows).save(out)
    return out.getvalue()


def ledger_workbook(rows: Sequence[Measure]) -> Workbook:
    """One sheet, 台账: a row per measure under a frozen, filterable header."""
    if not rows:
        raise NothingToExport("没有符合条件的措施，未生成文件")
    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append([header for header, _, _ in COLUMNS])
    for m in rows:
        sheet.append([value(m) for _, _, value in COLUMNS])
    header_style = (Font(bold=True), PatternFill("solid", fgColor="DDEBF7"))
    wrap = Alignment(wrap_text=True, vertical="top")
    for n, (_, width, _) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font, cell.fill = header_style
    for cell in sheet["I"][1:]:
        cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return book
