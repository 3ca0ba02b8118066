"""Documents -> records: read the file by its type, find the layout, build the models.

Text dumps (.txt) have their layout read from the text itself (never from the file name);
Word (.docx) and PDF (.pdf) documents are read into paragraphs and table grids. Every reader
yields the same Rows, so a new plan in any of them ingests without configuration; issuer and
year come from the catalog, the command line, or the document (index.metadata), in that order.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from importlib import resources
from pathlib import Path

from . import metadata
from .deadlines import is_open_ended, parse_due
from .models import Indicator, Measure, ParsedDocument, Plan
from .parse_grid import GridDocument, UnreadableDocument
from .parse_indicators import is_indicator_block, parse_indicator_block
from .parse_paragraphs import parse_paragraphs
from .parse_pdf import parse_pdf_rows
from .parse_word import parse_rows, split_blocks
from .rows import LayoutError, Row
from .textcells import join_units, whole_names

log = logging.getLogger(__name__)
SUFFIXES = (".txt", ".docx", ".pdf")


class DocumentError(ValueError):
    """A file that cannot be read as a plan; the message names the file and the line."""


def bundled_plans_dir() -> Path:
    return Path(str(resources.files("planbot") / "plans"))


def load_catalog(directory: Path) -> dict[str, dict]:
    path = directory / "catalog.json"
    if not path.is_file():
        return {}
    return {p["file"]: p for p in json.loads(path.read_text(encoding="utf-8"))["plans"]}


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and sha256, or a DocumentError saying why it is not a text plan."""
    data = path.read_bytes()
    return decode_text(path.name, data), hashlib.sha256(data).hexdigest()


def decode_text(name: str, data: bytes) -> str:
    if not data.strip():
        raise DocumentError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file, not a text plan (.docx and .pdf files need their suffix)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise DocumentError(f"{name}: line {line}: not UTF-8 text ({e.reason})") from None


def parse_bytes(
    name: str, data: bytes, catalog: dict[str, dict] | None = None, issuer: str | None = None, year: int | None = None
) -> ParsedDocument:
    """Parse a plan given as its file name (which says the type) and bytes."""
    sha = hashlib.sha256(data).hexdigest()
    suffix = Path(name).suffix.lower()
    if suffix not in GRID_READERS:
        return parse_text(name, decode_text(name, data), sha, catalog, issuer, year)
    if not data.strip():
        raise DocumentError(f"{name}: empty file")
    try:
        read = GRID_READERS[suffix]()
        grid_doc = read(data, name)
    except LayoutError as e:
        raise DocumentError(f"{name}: {e}") from None
    except UnreadableDocument as e:  # encrypted, damaged, no text layer
        raise DocumentError(str(e)) from None
    return build_document(name, sha, grid_doc, catalog, issuer, year)


def _docx_reader():
    from .parse_docx import read_docx

    return read_docx


def _pdf_reader():
    from .parse_pdfdoc import read_pdf

    return read_pdf


# Readers imported on first use: python-docx and pdfplumber stay out of text-only processes.
GRID_READERS = {".docx": _docx_reader, ".pdf": _pdf_reader}


def detect_layout(lines: list[str]) -> str:
    """word_table | pdf_table | paragraphs, from the text's own shape."""
    if any(re.match(r"^序号\t+重点任务", l) for l in lines):
        return "pdf_table"
    if any(l.startswith("\t") and l.strip() in {"序号", "区", "镇街"} for l in lines):
        return "word_table"
    if sum(1 for l in lines if re.match(r"^\s*(牵头单位|完成时限)\s*[：:]", l)) >= 2:
        return "paragraphs"
    raise DocumentError("unknown layout: no measure table (序号/重点任务/工作措施 columns) and no 牵头单位：/完成时限： paragraphs")


def parse_file(
    path: Path, catalog: dict[str, dict] | None = None, issuer: str | None = None, year: int | None = None
) -> ParsedDocument:
    """Parse one plan file (.txt, .docx, .pdf) into its Plan, Measures and Indicators (in document order)."""
    return parse_bytes(path.name, path.read_bytes(), catalog, issuer, year)


def parse_text(
    name: str, text: str, sha: str, catalog: dict[str, dict] | None = None,
    issuer: str | None = None, year: int | None = None,
) -> ParsedDocument:
    """`parse_file` for text already read (and hashed) by the caller, e.g. ingest's change check."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    try:
        layout = detect_layout(lines)
        parser = {"word_table": _word_table, "pdf_table": _pdf_table, "paragraphs": _paragraphs}[layout]
        prose, rows, indicator_cells, attachments = parser(lines, name)
    except (LayoutError, DocumentError) as e:
        raise DocumentError(f"{name}: {e}") from None
    return build_document(name, sha, GridDocument(prose, rows, indicator_cells, attachments, layout),
                          catalog, issuer, year)


def build_document(
    name: str, sha: str, found: GridDocument, catalog: dict[str, dict] | None = None,
    issuer: str | None = None, year: int | None = None,
) -> ParsedDocument:
    """The Plan and its records from what a layout reader found (shared by every file type)."""
    prose, rows, indicator_cells, attachments = found.prose, found.rows, found.indicators, found.attachments
    if not rows and not indicator_cells:
        raise DocumentError(f"{name}: no measures or indicators found")
    entry = (catalog or {}).get(name, {})
    head = "\n".join(prose[:40] + [a for a in attachments if a])
    plan = Plan(
        doc=name,
        issuer=issuer or entry.get("issuer") or metadata.detect_issuer(head),
        year=year or entry.get("year") or metadata.detect_year(head),
        title=entry.get("title") or metadata.detect_title(prose, attachments),
        doc_number=entry.get("doc_number") or metadata.doc_number(head),
        issued=entry.get("issued") or metadata.issued(head),
        layout=found.layout,
        sha256=sha,
        attachments=[a for a in attachments if a],
    )
    numbered = re.match(r"^(\d+)_", name)
    prefix = numbered[1] if numbered else Path(name).stem
    known = frozenset(_single_units(rows))
    measures = [_measure(prefix, n, row, plan, known) for n, row in enumerate(rows, 1)]
    indicators = [
        Indicator(
            id=f"{prefix}@{n:03d}", doc=plan.doc, issuer=plan.issuer, year=plan.year,
            attachment=att, table=att or "", part=c.part, table_title=title,
            entity=c.entity, indicator=c.indicator, value=c.value, line=c.line,
        )
        for n, (att, title, c) in enumerate(indicator_cells, 1)
    ]
    for m in measures:
        if m.deadline and m.due is None and not is_open_ended(m.deadline):
            log.warning("%s line %d: deadline %r not understood; kept as text", plan.doc, m.line, m.deadline)
    return ParsedDocument(plan=plan, measures=measures, indicators=indicators, skipped=found.skipped)


# --- layouts -> rows ---------------------------------------------------------------------


def _word_table(lines: list[str], source: str):
    prose, blocks = split_blocks(lines)
    rows, cells, titles = [], [], []
    for block in blocks:
        titles.append(block.title)
        if is_indicator_block(block):
            cells.extend((block.label, block.title, c) for c in parse_indicator_block(block, source))
        else:
            rows.extend(parse_rows(block, source))
    return prose, rows, cells, titles


def _pdf_table(lines: list[str], source: str):
    prose, rows = parse_pdf_rows(lines, source)
    return prose, rows, [], [rows[0].plan_title if rows else None]


def _paragraphs(lines: list[str], source: str):
    prose, rows = parse_paragraphs(lines)
    return prose, rows, [], list(dict.fromkeys(r.plan_title for r in rows))


def _single_units(rows: list[Row]) -> set[str]:
    """Names printed whole on one line somewhere: the reference for rejoining wrapped ones."""
    return whole_names([f for row in rows for frags in row.units.values() for f in frags])


def _measure(prefix: str, n: int, row: Row, plan: Plan, known: frozenset[str]) -> Measure:
    return Measure(
        id=f"{prefix}#{n:03d}",
        doc=plan.doc,
        issuer=plan.issuer,
        year=plan.year,
        attachment=row.attachment,
        plan_title=row.plan_title,
        section=row.section,
        subsection=row.subsection,
        task_no=row.task_no,
        task=row.task,
        text=row.text,
        deadline=row.deadline,
        due=parse_due(row.deadline, plan.year),
        lead=join_units(row.units.get("lead", []), known),
        responsible=join_units(row.units.get("responsible", []), known),
        assist=join_units(row.units.get("assist", []), known),
        line=row.line,
    )
