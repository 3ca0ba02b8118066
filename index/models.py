"""The record models every layer shares (conventions.md: one record model).

Unit names are kept exactly as printed; aliases are applied only when matching.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Plan(BaseModel):
    """One ingested document and the metadata printed in (or catalogued for) it."""

    model_config = ConfigDict(frozen=True)

    doc: str
    issuer: str | None = None
    year: int | None = None
    title: str | None = None
    doc_number: str | None = None
    issued: date | None = None
    layout: str
    sha256: str
    attachments: list[str] = Field(default_factory=list)


class Measure(BaseModel):
    """One 工作措施 table cell or one numbered measure paragraph."""

    model_config = ConfigDict(frozen=True)

    id: str  # "<doc prefix>#<n>", n = 1-based position in document order, 3 digits
    doc: str
    issuer: str | None = None
    year: int | None = None
    attachment: str | None = None
    plan_title: str | None = None
    section: str | None = None
    subsection: str | None = None
    task_no: str | None = None
    task: str | None = None
    text: str
    deadline: str | None = None
    due: date | None = None
    lead: list[str] = Field(default_factory=list)
    responsible: list[str] = Field(default_factory=list)
    assist: list[str] = Field(default_factory=list)
    line: int


class Indicator(BaseModel):
    """One cell of an indicator table: a target value for one entity (district, town)."""

    model_config = ConfigDict(frozen=True)

    id: str  # "<doc prefix>@<n>"
    doc: str
    issuer: str | None = None
    year: int | None = None
    attachment: str | None = None
    table: str  # the attachment the table is in, e.g. "附件4"
    part: int = 1  # which table of that attachment (附件4 has two)
    table_title: str | None = None
    entity: str
    indicator: str
    value: str
    line: int


class Fact(BaseModel):
    """One numeric target stated in a measure's text ("PM2.5年均浓度不高于30微克/立方米").

    Derived at ingest by index.facts from the measure it cites; the measure stays as printed.
    """

    model_config = ConfigDict(frozen=True)

    id: str  # "<measure id>/<n>", n = 1-based position in the measure
    measure_id: str
    doc: str
    issuer: str | None = None
    year: int | None = None
    metric: str | None = None  # canonical key from index/metrics.toml, None when the table has none
    subject: str  # what the target is about, as printed (全区 / 力争 … dropped)
    comparator: Literal["≤", "≥", "="]
    value: float
    unit: str
    phrase: str  # its clause as printed, up to the unit: 全区PM2.5年均浓度不高于30微克/立方米
    sentence: str  # the sentence it stands in
    line: int


class ParsedDocument(BaseModel):
    """What a parser returns for one file: the plan and its records, in document order."""

    plan: Plan
    measures: list[Measure] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)  # table rows the reader could not use, and why
