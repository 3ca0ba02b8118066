"""Indicator tables (targets per district or town) in the Word-table layout.

Merged cells are the difficulty: a vertically merged cell is printed once and left
empty below (its value fills down); a horizontally merged cell is one cell covering
several columns (its value goes to each). Which cells are wide is not printed, so the
fewest wide cells are chosen, each covering columns with the same unit (吨, %).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .parse_word import Block, LayoutError

ENTITY = re.compile(r"^\S{2,20}(区|镇|乡|街道|地区|开发区|管委会)$")
UNIT = re.compile(r"[（(]([^）)]*)[）)]\s*$")
ENTITY_HEADERS = {"区", "镇街", "地区", "街镇", "乡镇"}  # the first header cell of an indicator table


@dataclass
class IndicatorCell:
    line: int
    part: int
    entity: str
    indicator: str
    value: str


def is_indicator_block(block: Block) -> bool:
    return bool(block.cells) and block.cells[0].flat in ENTITY_HEADERS


def parse_indicator_block(block: Block, source: str) -> list[IndicatorCell]:
    """Every (entity, indicator) value of every table in the block, in printed order."""
    cells = block.cells
    out: list[IndicatorCell] = []
    part = 0
    i = 0
    while i < len(cells):
        if not is_indicator_block(Block(block.label, cells[i].line, [], cells[i:])):
            raise LayoutError(f"{source}: expected an indicator table header", cells[i].line)
        part += 1
        first_row = next((k for k in range(i + 1, len(cells)) if ENTITY.match(cells[k].flat)), None)
        if first_row is None:
            raise LayoutError(f"{source}: indicator table without rows", cells[i].line)
        leaves = header_leaves([c.flat for c in cells[i:first_row]])
        i = first_row
        above: list[str] | None = None
        while i < len(cells) and ENTITY.match(cells[i].flat):
            entity_cell = cells[i]
            j = i + 1
            while j < len(cells) and not ENTITY.match(cells[j].flat) and not is_indicator_block(
                Block(None, 0, [], cells[j:])
            ):
                j += 1
            values = [c.flat.strip() for c in cells[i + 1 : j]]
            spans = cell_spans(tuple(_unit(x) for x in leaves), len(values))
            if spans is None:
                raise LayoutError(
                    f"{source}: {entity_cell.flat} has {len(values)} values for {len(leaves)} columns", entity_cell.line
                )
            row = [v for v, n in zip(values, spans) for _ in range(n)]
            if above is not None:
                row = [v or a for v, a in zip(row, above)]
            above = row
            out.extend(
                IndicatorCell(entity_cell.line, part, entity_cell.flat, name, value)
                for name, value in zip(leaves, row)
            )
            i = j
    return out


def header_leaves(header: list[str]) -> list[str]:
    """Leaf column names of a one- or two-row header (the entity column excluded).

    In a two-row header the second row starts with an empty cell (the entity column,
    merged down); its trailing empty cells are first-row columns merged down, which are
    leaves themselves and come after the grouped ones.
    """
    if "" not in header[1:]:
        return header[1:]
    k = header.index("", 1)
    first, second = header[:k], header[k + 1 :]
    trailing = len(second) - len([x for x in second if x]) if second and not second[-1] else 0
    subs = [x for x in second if x]
    return subs + (first[len(first) - trailing :] if trailing else [])


def _unit(name: str) -> str:
    m = UNIT.search(name)
    return m[1] if m else name


@lru_cache(maxsize=64)
def cell_spans(units: tuple[str, ...], n_cells: int) -> tuple[int, ...] | None:
    """How many columns each of `n_cells` cells covers: fewest wide cells, same unit within one."""

    @lru_cache(maxsize=None)
    def best(col: int, cell: int) -> tuple[int, tuple[int, ...]] | None:
        if cell == n_cells:
            return (0, ()) if col == len(units) else None
        options = []
        for width in range(1, len(units) - col + 1):
            if width > 1 and units[col + width - 1] != units[col]:
                break
            rest = best(col + width, cell + 1)
            if rest is not None:
                options.append((rest[0] + (width > 1), (width,) + rest[1]))
        return min(options) if options else None

    found = best(0, 0)
    return found[1] if found else None
