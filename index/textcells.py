"""Small pure helpers shared by the layout parsers: headings, cell text, unit lists."""
from __future__ import annotations

import re

from .units import clean_unit

SECTION = re.compile(r"^([一二三四五六七八九十]+)、")  # 一、共筑美丽蓝天: group 1 is its ordinal
SUBSECTION = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
ATTACHMENT = re.compile(r"^(?:\[bookmark:[^\]]*\])?\s*附件\s*(\d+)\s*$")
LIST_SEPARATOR = re.compile(r"[、，,；;]")
BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
UNIT_SUFFIXES = (
    "局", "委", "队", "中心", "政府", "办事处", "管委会", "公司", "园", "办", "部", "处", "集团",
    "小组", "单位", "部门", "基地", "街道", "镇", "镇街", "（地区）", "院", "所", "站", "会", "厅",
    "室", "馆", "社", "组", "网", "<", "）", ")",
)
UNIT_STARTS = ("区", "市", "各", "相关", "中关村", "中国", "国网", "北京", "城市副中心")
TAIL_STARTS = ("办公室", "办事处", "管委会", "成员单位", "支队", "分公司")


def strip_bookmarks(line: str) -> str:
    return BOOKMARK.sub("", line)


def join_text(lines: list[str]) -> str:
    """A cell's paragraphs joined with newlines; wrapped-blank lines dropped, nothing else."""
    return "\n".join(s.strip() for s in lines if s.strip())


def dedupe_merged(lines: list[str]) -> str:
    """A vertically merged Word cell repeats its text once per row it spans: keep it once."""
    seen: list[str] = []
    for s in (x.strip() for x in lines):
        if s and s not in seen:
            seen.append(s)
    return "".join(seen)


def _is_complete(name: str) -> bool:
    return name.endswith(UNIT_SUFFIXES)


def _is_tail(fragment: str) -> bool:
    """A piece of a name wrapped onto its own line (支队, 境局, 政府…), never a unit by itself."""
    if fragment.startswith(TAIL_STARTS):
        return True
    return len(fragment) <= 4 and not fragment.startswith(UNIT_STARTS) and not fragment.endswith(("镇", "街道"))


def join_units(fragments: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    """Rejoin unit names that a narrow table column wrapped mid-name, then clean each.

    `known` holds names seen whole elsewhere: a pair that forms a known name is joined
    (市规划自然资源委 + 密云分局), a string made of two known names is split.
    """
    units: list[str] = []
    for raw in (part for f in fragments for part in LIST_SEPARATOR.split(f)):
        frag = clean_unit(raw)
        if not frag:
            continue
        if units and (
            not _is_complete(units[-1])
            or _is_tail(frag)
            or (units[-1] + frag in known and frag not in known)
        ):
            units[-1] += frag
        else:
            units.append(frag)
    return [part for u in units for part in _split_glued(u, known)]


def whole_names(fragments: list[str]) -> set[str]:
    """Fragments that are complete names by themselves: the reference `join_units` uses."""
    names = {re.sub(r"\s+", "", f) for f in fragments}
    return {n for n in names if len(n) >= 4 and _is_complete(n) and not _is_tail(n)}


def _split_glued(name: str, known: frozenset[str]) -> list[str]:
    """市交通委密云公路分局区公安分局交通支队 -> the two known names it is made of."""
    for i in range(2, len(name) - 1):
        if name[:i] in known and name[i:] in known:
            return [name[:i], name[i:]]
    return [name]
