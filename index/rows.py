"""What every layout parser produces: rows of one shape, and the error they raise."""
from __future__ import annotations

from dataclasses import dataclass, field

HEADER_WORDS = {
    "序号": "task_no", "重点任务": "task", "工作措施": "text", "完成时限": "deadline",
    "牵头单位": "lead", "牵头部门": "lead", "责任单位": "responsible", "主责单位": "responsible",
    "协办单位": "assist",
}
ROLES = ("lead", "responsible", "assist")


class LayoutError(ValueError):
    """The text does not fit the layout; `line` says where."""

    def __init__(self, message: str, line: int):
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass
class Row:
    """One measure as its layout printed it; unit names are still raw fragments (a name a narrow
    column wrapped is two fragments), rejoined and cleaned when the Measure is built."""

    line: int
    section: str | None
    subsection: str | None
    task_no: str | None
    task: str | None
    text: str
    deadline: str | None
    units: dict[str, list[str]] = field(default_factory=dict)
    attachment: str | None = None
    plan_title: str | None = None
