"""Word tables dumped to text: each cell starts on a line that begins with a TAB.

Rows are not delimited in this layout, so rows are rebuilt from the cell sequence:
a row is 序号, 重点任务, 工作措施, 完成时限 and 2–3 unit cells; which of the possible
readings applies is decided by whether the cells after it start a valid row (lookahead),
because merged cells (密云) and lost cells change how many cells a row has.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from .rows import HEADER_WORDS, LayoutError, Row
from .textcells import (
    ATTACHMENT,
    SECTION,
    SUBSECTION,
    dedupe_merged,
    join_text,
    strip_bookmarks,
)

log = logging.getLogger(__name__)

DEADLINE_CELL = re.compile(
    r"(\d{4}年)?(\d{1,2}([-—–至~]\d{1,2})?月(\d{1,2}日)?(底|末|份|中旬|上旬|下旬)?(前|以前)?"
    r"|年底前?|年内|上半年|下半年|全年|第?[一二三四]季度(末|底)?(前)?|长期实施|持续推进|长期坚持|持续实施|常态化|长期)"
    r"(并?(长期实施|持续推进|长期坚持))?"
)
SERIAL = re.compile(r"^\d{1,3}$")
TRAILER = re.compile(r"^(抄送|印发|（此件)")


@dataclass
class Cell:
    line: int
    lines: list[str]

    @property
    def text(self) -> str:
        return join_text(self.lines)

    @property
    def flat(self) -> str:
        return "".join(s.strip() for s in self.lines)


@dataclass
class Block:
    """One attachment: its heading, title lines and table cells in order."""

    label: str | None
    line: int
    title_lines: list[str] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return "".join(s.strip() for s in self.title_lines) or None


def split_blocks(lines: list[str]) -> tuple[list[str], list[Block]]:
    """Cover-letter prose, then one block per 附件 heading with its cells."""
    prose: list[str] = []
    blocks: list[Block] = []
    in_table = False
    for no, raw in enumerate(lines, 1):
        line = strip_bookmarks(raw)
        if raw.startswith("\t"):
            if not blocks:
                blocks.append(Block(label=None, line=no))
            blocks[-1].cells.append(Cell(no, [line[1:]]))
            in_table = True
            continue
        m = ATTACHMENT.match(line.strip())
        if m:
            blocks.append(Block(label=f"附件{m[1]}", line=no))
            in_table = False
        elif TRAILER.match(line.strip()):
            in_table = False
            prose.append(line)
        elif in_table and blocks and blocks[-1].cells:
            blocks[-1].cells[-1].lines.append(line)
        elif blocks and not blocks[-1].cells:
            if line.strip():
                blocks[-1].title_lines.append(line)
        else:
            prose.append(line)
    return prose, blocks


def header_columns(cells: list[Cell], start: int) -> list[str]:
    """The column roles of a header row beginning at `start` (empty if none there)."""
    cols: list[str] = []
    for c in cells[start:]:
        role = HEADER_WORDS.get(c.flat)
        if role is None:
            break
        cols.append(role)
    return cols


def _fragments(cell: Cell) -> list[str]:
    return [s for s in cell.lines if s.strip()]


def _split_lost_task(cell: Cell) -> tuple[Cell, str | None]:
    """A row whose 序号/重点任务 cells lost their TAB is glued onto the cell before it.

    The glued part starts with a line beginning with a space; it is that row's 重点任务,
    repeated once per row its merged cell spanned.
    """
    for k, s in enumerate(cell.lines[1:], 1):
        if s.startswith(" ") and s.strip():
            return Cell(cell.line, cell.lines[:k]), dedupe_merged(cell.lines[k:])
    return cell, None


def _is_heading(cell: Cell) -> bool:
    first = cell.lines[0].strip()
    return bool(SECTION.match(first) or SUBSECTION.match(first))


def _is_serial_or_empty(cell: Cell) -> bool:
    flat = dedupe_merged(cell.lines)
    return flat == "" or bool(SERIAL.match(flat))


def _deadline_like(cell: Cell) -> bool:
    return bool(DEADLINE_CELL.fullmatch(re.sub(r"\s+", "", cell.flat)))


def _row_starts_at(cells: list[Cell], j: int) -> bool:
    """Do cells[j:] begin a plausible row (or a heading, a header, or the end)?"""
    if j >= len(cells):
        return True
    c = cells[j]
    if _is_heading(c) or c.flat == "序号":
        return True
    if _is_serial_or_empty(c):
        return j + 3 < len(cells) and _deadline_like(cells[j + 3]) and not _deadline_like(cells[j + 2])
    return j + 1 < len(cells) and _deadline_like(cells[j + 1]) and not _deadline_like(c)


def _unit_cell_count(cells: list[Cell], first: int, columns: int) -> int:
    """How many unit cells this row has: all columns, or one fewer when 牵头部门 and 主责单位
    were merged into one cell (密云). A heading is never a unit cell."""
    for n in (columns, columns - 1) if columns == 3 else (columns,):
        if any(_is_heading(c) for c in cells[first : first + n]):
            continue
        if _row_starts_at(cells, first + n):
            return n
    return columns


def parse_rows(block: Block, source: str) -> list[Row]:
    """Rebuild the measure rows of one attachment's table."""
    cells = block.cells
    cols = header_columns(cells, 0)
    if len(cols) < 6:
        raise LayoutError(f"{source}: table header has {len(cols)} known columns, need 6 or 7", block.line)
    unit_cols = cols[4:]
    rows: list[Row] = []
    section = subsection = None
    task_no = task = None
    pending_task: str | None = None
    i = len(cols)
    while i < len(cells):
        c = cells[i]
        if c.flat == "序号" and header_columns(cells, i) == cols:
            i += len(cols)
            continue
        if _is_heading(c):
            c, lost = _split_lost_task(c)
            heading = c.flat
            if SECTION.match(heading):
                section, subsection = heading, None
            else:
                subsection = heading
            pending_task = lost or pending_task
            i += 1
            continue
        if _is_serial_or_empty(c) and not pending_task:
            serial, task_cell, start = dedupe_merged(c.lines), cells[i + 1] if i + 1 < len(cells) else None, i + 2
            if task_cell is None:
                raise LayoutError(f"{source}: row cut short", c.line)
            if serial:
                task_no, task = serial, dedupe_merged(task_cell.lines) or task
            elif task_cell.flat:
                task = dedupe_merged(task_cell.lines)
        else:
            # 序号 and 重点任务 lost: the next task, numbered after the previous one.
            start = i
            if pending_task:
                task_no = str(int(task_no) + 1) if task_no and task_no.isdigit() else None
                task, pending_task = pending_task, None
        if start + 2 > len(cells):
            raise LayoutError(f"{source}: row cut short", cells[min(start, len(cells) - 1)].line)
        text_cell, deadline_cell = cells[start], cells[start + 1]
        if not text_cell.flat:
            raise LayoutError(f"{source}: empty 工作措施 cell", text_cell.line)
        n_units = _unit_cell_count(cells, start + 2, len(unit_cols))
        unit_cells = cells[start + 2 : start + 2 + n_units]
        if len(unit_cells) < n_units:
            raise LayoutError(f"{source}: row has {len(unit_cells)} unit cells, expected {n_units}", text_cell.line)
        last, lost = _split_lost_task(unit_cells[-1])
        unit_cells[-1] = last
        units: dict[str, list[str]] = {"lead": [], "responsible": [], "assist": []}
        if n_units < len(unit_cols):
            units["lead"] = units["responsible"] = _fragments(unit_cells[0])
            units["assist"] = _fragments(unit_cells[1])
        else:
            for role, uc in zip(unit_cols, unit_cells):
                units[role] = _fragments(uc)
        rows.append(
            Row(
                line=text_cell.line,
                section=section,
                subsection=subsection,
                task_no=task_no,
                task=task,
                text=text_cell.text,
                deadline=deadline_cell.flat or None,
                units=units,
                attachment=block.label,
                plan_title=block.title,
            )
        )
        pending_task = lost
        i = start + 2 + n_units
    return rows
