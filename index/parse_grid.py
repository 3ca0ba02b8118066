"""Documents read as a sequence of paragraphs and table grids (.docx, .pdf) -> Rows.

A grid is what a Word table or a ruled PDF table really is: rows of cells in columns, merged
cells already filled in by the reader. Columns get their role from the header (`header_role`,
index/headers.toml), so a new wording needs a line of data, not code. The same Row shape as the
text layouts comes out, so everything downstream is shared. A document without measure tables
is read by the numbered-paragraph parser, line by line.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

from .parse_indicators import ENTITY, ENTITY_HEADERS, IndicatorCell
from .parse_paragraphs import parse_paragraphs
from .rows import ROLES, LayoutError, Row, header_role
from .textcells import ATTACHMENT, SECTION, SUBSECTION, join_text

TITLE_WORDS = re.compile(r"计划|方案|要点|清单|任务")
ASCII_WORD = re.compile(r"[A-Za-z0-9]")


class UnreadableDocument(ValueError):
    """A file that is not a readable document (encrypted, damaged, no text layer)."""


@dataclass
class Para:
    """One body paragraph; `line` numbers paragraphs and table rows together in body order."""

    text: str
    line: int


@dataclass
class Grid:
    """One table: `cells[r][c]` is the text of the cell covering row r, column c (paragraphs
    joined by newlines); `lines[r]` is row r's position in the body. `wrapped`: the newlines are
    where a narrow column wrapped (PDF), not paragraph ends (Word)."""

    cells: list[list[str]]
    lines: list[int]
    wrapped: bool = False


@dataclass
class GridDocument:
    """What a document reader found (the text layouts too): prose before the tables, rows,
    indicator cells, attachment titles, the layout's name, and rows it could not use."""

    prose: list[str]
    rows: list[Row]
    indicators: list[tuple[str | None, str | None, IndicatorCell]]
    attachments: list[str | None]
    layout: str
    skipped: list[str] = field(default_factory=list)


def _flat(text: str) -> str:
    return "".join(s.strip() for s in text.split("\n"))


def join_wrapped(before: str, after: str) -> str:
    """Two pieces of a line a PDF wrapped; a space only where CJK meets a Latin word or number,
    as the typesetting had it (合作开展 + CCER -> 合作开展 CCER)."""
    if before and after and bool(ASCII_WORD.match(before[-1])) != bool(ASCII_WORD.match(after[0])):
        return f"{before} {after}"
    return before + after


def _unwrap(text: str) -> str:
    out = ""
    for piece in (s.strip() for s in text.split("\n")):
        out = join_wrapped(out, piece) if out else piece
    return out


def header_roles(row: list[str]) -> list[str | None]:
    return [header_role(c) if c.strip() else None for c in row]


def is_header(row: list[str]) -> bool:
    """A measure-table header: a 工作措施-like column and at least two other known columns."""
    roles = header_roles(row)
    return "text" in roles and len({r for r in roles if r}) >= 3


def _is_indicator_header(row: list[str]) -> bool:
    return bool(row) and _flat(row[0]) in ENTITY_HEADERS


def _heading(row: list[str]) -> str | None:
    """A row that is one heading across the table (a merged cell, or one filled cell)."""
    values = {_flat(c) for c in row if c.strip()}
    if len(values) != 1:
        return None
    value = values.pop()
    if SECTION.match(value) or SUBSECTION.match(value) or len({_flat(c) for c in row}) == 1:
        return value
    return None


def _units(text: str) -> list[str]:
    """A unit cell's names: one per paragraph, several in a paragraph separated by spaces."""
    return [part for line in text.split("\n") for part in line.split()]


@dataclass
class _State:
    attachment: str | None = None
    title_lines: list[str] = field(default_factory=list)
    seen_attachment: bool = False
    section: str | None = None
    subsection: str | None = None
    task_no: str | None = None
    task: str | None = None
    columns: list[str | None] | None = None
    indicator_part: int = 0
    table_seen: bool = False
    last: Row | None = None  # the attachment's latest row: a split row's rest may open the next table

    @property
    def title(self) -> str | None:
        lines = self.title_lines if self.seen_attachment else self.title_lines[-1:]
        return re.sub(r"\s+", "", "".join(lines)) or None


def parse_items(items: list[Para | Grid], source: str, kind: str) -> GridDocument:
    """Rows and indicator cells of a document read as paragraphs and grids (`kind`: docx, pdf)."""
    st = _State()
    prose: list[str] = []
    rows: list[Row] = []
    indicators: list[tuple[str | None, str | None, IndicatorCell]] = []
    titles: list[str | None] = []
    skipped: list[str] = []
    unmapped: list[tuple[int, str]] = []  # (line, header) of tables no column role fits
    for item in items:
        if isinstance(item, Para):
            text = item.text.strip()
            m = ATTACHMENT.match(text)
            if m:
                st = _State(attachment=f"附件{m[1]}", seen_attachment=True)
            elif text and len(text) < 60 and (SECTION.match(text) or SUBSECTION.match(text)):
                _set_heading(st, text)
                if not st.seen_attachment and not st.table_seen:
                    prose.append(text)
            elif text and not st.table_seen:
                if not st.seen_attachment:
                    prose.append(text)
                if st.seen_attachment or TITLE_WORDS.search(text):
                    st.title_lines.append(text)
            continue
        if not item.cells:
            continue
        if not st.table_seen:
            titles.append(st.title)
        st.table_seen = True
        if _is_indicator_header(item.cells[0]):
            st.indicator_part += 1
            indicators.extend(
                (st.attachment, st.title, c) for c in _indicator_cells(item, st.indicator_part, skipped, source)
            )
            continue
        rows.extend(_measure_rows(item, st, skipped, unmapped, source))
    if not rows and not indicators:
        numbered = [i for i in items if isinstance(i, Para)]
        if numbered:
            lines = [""] * max(p.line for p in numbered)
            for p in numbered:
                lines[p.line - 1] = p.text
            para_prose, para_rows = parse_paragraphs(lines)
            if para_rows:
                return GridDocument(para_prose, para_rows, [], list(dict.fromkeys(r.plan_title for r in para_rows)),
                                    f"{kind}_paragraphs", skipped)
        if unmapped:
            raise LayoutError(
                f"table header not understood: {' | '.join(h for _line, h in unmapped[:3])} "
                "(add the column names to index/headers.toml)", unmapped[0][0])
    return GridDocument(prose, rows, indicators, titles, f"{kind}_table", skipped)


def _set_heading(st: _State, text: str) -> None:
    if SUBSECTION.match(text):
        st.subsection = text
    else:
        st.section, st.subsection = text, None


def _measure_rows(grid: Grid, st: _State, skipped: list[str], unmapped: list[tuple[int, str]], source: str) -> list[Row]:
    start = 0
    while start < len(grid.cells) and is_header(grid.cells[start]):
        roles = header_roles(grid.cells[start])
        st.columns = roles if start == 0 else [b or a for a, b in zip(st.columns, roles)]
        start += 1
    if st.columns is None or len(st.columns) != len(grid.cells[0]):
        if start == 0:
            unmapped.append((grid.lines[0], " / ".join(_flat(c) for c in grid.cells[0])))
            skipped.extend(f"{source} row {grid.lines[r]}: not in a measure table" for r in range(len(grid.cells)))
            return []
    header = [_flat(c) for c in grid.cells[0]] if start else None
    out: list[Row] = []
    for r in range(start, len(grid.cells)):
        cells, line = grid.cells[r], grid.lines[r]
        if not any(c.strip() for c in cells) or (header and [_flat(c) for c in cells] == header):
            continue  # an empty row, or the header repeated on a new page
        heading = _heading(cells)
        if heading is not None:
            _set_heading(st, heading)
            continue
        field_of: dict[str, str] = {}
        units: dict[str, list[str]] = {role: [] for role in ROLES}
        for role, text in zip(st.columns, cells):
            if role in ROLES:
                if not units[role]:
                    units[role] = _units(text)
            elif role and role not in field_of:
                field_of[role] = text
        raw = field_of.get("text", "")
        text = _unwrap(raw) if grid.wrapped else join_text(raw.split("\n"))
        deadline = _flat(field_of.get("deadline", "")) or None
        task_no, task = _flat(field_of.get("task_no", "")), _flat(field_of.get("task", ""))
        if not text:
            skipped.append(f"{source} row {line}: no 工作措施 text")
            continue
        if st.last and deadline is None and not any(units.values()) and (not task_no or task_no == st.task_no):
            st.last.text = (join_wrapped if grid.wrapped else operator.concat)(st.last.text, text)
            continue  # a row the page break split: its rest has no deadline or units
        if task_no:
            st.task_no, st.task = task_no, task or st.task
        elif task:
            st.task = task
        st.last = Row(line, st.section, st.subsection, st.task_no, st.task, text, deadline, units,
                      attachment=st.attachment, plan_title=st.title)
        out.append(st.last)
    return out


def _indicator_cells(grid: Grid, part: int, skipped: list[str], source: str) -> list[IndicatorCell]:
    """Every (entity, indicator) value; the column name is the lowest header row's cell."""
    first = next((r for r, row in enumerate(grid.cells) if ENTITY.match(_flat(row[0]))), None)
    if first is None:
        raise LayoutError(f"{source}: indicator table without rows", grid.lines[0])
    names = [_flat(c) for c in grid.cells[first - 1]]
    out: list[IndicatorCell] = []
    for r in range(first, len(grid.cells)):
        row = grid.cells[r]
        entity = _flat(row[0])
        if not ENTITY.match(entity):
            if any(c.strip() for c in row):
                skipped.append(f"{source} row {grid.lines[r]}: {entity or '(blank)'} is not a district or town")
            continue
        out.extend(IndicatorCell(grid.lines[r], part, entity, name, _flat(value).strip())
                   for name, value in zip(names[1:], row[1:]))
    return out
