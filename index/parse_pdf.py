"""PDF text: one table row per line, cells separated by TAB, header repeated on every page."""
from __future__ import annotations

import re

from .rows import HEADER_WORDS, ROLES, LayoutError, Row
from .textcells import SECTION, SUBSECTION


def parse_pdf_rows(lines: list[str], source: str) -> tuple[list[str], list[Row]]:
    """Title/prose lines and the measure rows. Several units share a cell, space-separated."""
    prose: list[str] = []
    rows: list[Row] = []
    cols: list[str] | None = None
    section = subsection = task_no = task = None
    for no, line in enumerate(lines, 1):
        if "\t" not in line:
            if line.strip():
                prose.append(line.strip())
            continue
        fields = line.split("\t")
        if fields[0].strip() == "序号":
            header = [HEADER_WORDS.get(f.strip()) for f in fields if f.strip()]
            if None in header or len(header) < 6:
                raise LayoutError(f"{source}: unreadable table header", no)
            cols = header
            continue
        if cols is None:
            raise LayoutError(f"{source}: table row before any header", no)
        first = fields[0].strip()
        if not any(f.strip() for f in fields[1:]) and (SECTION.match(first) or SUBSECTION.match(first)):
            if SECTION.match(first):
                section, subsection = first, None
            else:
                subsection = first
            continue
        if len(fields) < len(cols):
            raise LayoutError(f"{source}: row has {len(fields)} cells, the header has {len(cols)}", no)
        cell = dict(zip(cols, (f.strip() for f in fields)))
        if not cell["text"]:
            raise LayoutError(f"{source}: row without 工作措施", no)
        if cell["task_no"]:
            task_no, task = cell["task_no"], cell["task"] or task
        elif cell["task"]:
            task = cell["task"]
        if cols[-2:] == ["responsible", "assist"] and _shifted(fields, len(cols)):
            # The empty 主责 cell was printed after 协办: read them back in column order.
            cell["responsible"], cell["assist"] = "", cell["responsible"]
        units = {role: cell.get(role, "").split() for role in ROLES}
        rows.append(Row(no, section, subsection, task_no, task, cell["text"], cell["deadline"] or None, units))
    title = re.sub(r"\s+", "", prose[0]) if prose else None
    for row in rows:
        row.plan_title = title
    return prose, rows


def _shifted(fields: list[str], n: int) -> bool:
    """协办 printed where 主责 belongs, and an empty trailing cell where 协办 belongs."""
    return len(fields) == n and fields[-1] == "" and fields[-2].strip() in {"——", "—", "--"}
