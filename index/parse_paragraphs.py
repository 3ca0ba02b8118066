"""Numbered paragraphs: `N.措施` followed by 牵头单位：/协办单位：/完成时限： lines.

A paragraph is a measure because unit/deadline lines follow it, not because it is
numbered: some measures lost their number, some headings lost theirs.
"""
from __future__ import annotations

import re

from .rows import ROLES, Row
from .textcells import ATTACHMENT, SUBSECTION, strip_bookmarks

FIELD_LINE = re.compile(r"^(牵头单位|牵头部门|协办单位|配合单位|责任单位|主责单位|完成时限)\s*[：:]\s*(.*)$")
NUMBER = re.compile(r"^(\d{1,3})\s*(?:([.．、])\s*|(?=\D))")
DATE_UNIT = re.compile(r"^\d{1,3}\s*[年月日号%％万千百个家条座项吨天]")
TRAILER = re.compile(r"^(抄送|印发)")
UNIT_SPLIT = re.compile(r"[、，,；;\s]+")
FIELD_ROLE = {
    "牵头单位": "lead", "牵头部门": "lead", "协办单位": "assist", "配合单位": "assist",
    "责任单位": "responsible", "主责单位": "responsible", "完成时限": "deadline",
}


def parse_paragraphs(lines: list[str]) -> tuple[list[str], list[Row]]:
    """Prose before the first attachment, and the measure paragraphs in order."""
    items = [(no, strip_bookmarks(raw).strip()) for no, raw in enumerate(lines, 1)]
    items = [(no, s) for no, s in items if s]
    prose: list[str] = []
    out: list[Row] = []
    fields: dict[int, dict[str, str]] = {}
    attachment = attachment_title = section = subsection = None
    expect_title = False
    for k, (no, s) in enumerate(items):
        m = ATTACHMENT.match(s)
        if m:
            attachment, attachment_title, section, subsection = f"附件{m[1]}", None, None, None
            expect_title = True
            continue
        if TRAILER.match(s):
            break
        if expect_title:
            attachment_title, expect_title = s, False
            continue
        fm = FIELD_LINE.match(s)
        if fm:
            if out and out[-1].line == _owner_line(items, k):
                fields.setdefault(out[-1].line, {})[FIELD_ROLE[fm[1]]] = fm[2].strip()
            continue
        next_is_field = k + 1 < len(items) and FIELD_LINE.match(items[k + 1][1])
        if attachment is None:
            prose.append(s)
        elif next_is_field:
            expected = _next_number(out, attachment)
            num = NUMBER.match(s)
            if num and not num[2] and (DATE_UNIT.match(s) or int(num[1]) != expected):
                num = None  # "6月30日前…" starts with a number that is not the item's
            task_no = num[1] if num else str(expected)
            text = s[num.end():] if num else s
            out.append(Row(no, section, subsection, task_no, None, text, None, attachment=attachment,
                           plan_title=attachment_title))
        elif SUBSECTION.match(s):
            subsection = s
        else:
            section, subsection = s, None
    for row in out:
        printed = fields.get(row.line, {})
        row.deadline = printed.get("deadline") or None
        row.units = {role: UNIT_SPLIT.split(printed.get(role, "")) for role in ROLES}
    return prose, out


def _next_number(done: list[Row], attachment: str | None) -> int:
    """Items are numbered 1, 2, … per attachment; a paragraph that lost its number gets the next."""
    for p in reversed(done):
        if p.attachment != attachment:
            break
        if p.task_no and p.task_no.isdigit():
            return int(p.task_no) + 1
    return 1


def _owner_line(items: list[tuple[int, str]], k: int) -> int | None:
    """The line of the paragraph a field line belongs to: the nearest non-field line above."""
    for no, s in reversed(items[:k]):
        if not FIELD_LINE.match(s):
            return no
    return None
