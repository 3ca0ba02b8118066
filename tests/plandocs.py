"""Rebuild a sample plan as the Word document it was dumped from (python-docx), for round trips.

The layout is what the dumps show: one table per attachment with a header row marked to repeat
on every page (and, as in documents pasted together, printed again further down), section rows
merged across the table, 序号/重点任务 cells merged down over their measures, 牵头部门 and 主责单位
merged across where they name the same units, indicator tables with a two-row header and values
merged across and down; a numbered-paragraph plan with Word's own list numbering.
"""
from __future__ import annotations

from itertools import groupby
from xml.sax.saxutils import escape
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from planbot.index.models import Indicator, Measure, ParsedDocument

DEFAULT_HEADERS = {
    "task_no": "序号", "task": "重点任务", "text": "工作措施", "deadline": "完成时限",
    "lead": "牵头单位", "responsible": "责任单位", "assist": "协办单位",
}
ROLES = ("lead", "responsible", "assist")
FIELD_LABEL = {"lead": "牵头单位", "responsible": "责任单位", "assist": "协办单位"}


def roles_used(measures: list[Measure]) -> list[str]:
    return [r for r in ROLES if any(getattr(m, r) for m in measures)]


# A cell of the table being written: its paragraphs, the columns it spans, its w:vMerge value.
Spec = list  # [lines, span, vmerge]


def _tc(lines: list[str], span: int, vmerge: str | None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        f'<w:vMerge w:val="{vmerge}"/>' if vmerge else "")
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in lines or [""])
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def write_table(document, rows: list[list[Spec]], columns: int, header_rows: int = 1) -> None:
    """A Word table from cell specs, merged cells as w:gridSpan / w:vMerge (as Word writes them)."""
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    for r, row in enumerate(rows):
        header = "<w:trPr><w:tblHeader/></w:trPr>" if r < header_rows else ""
        cells = "".join(_tc(*spec) for spec in row)
        table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}>{header}{cells}</w:tr>"))


def measure_table(document, measures: list[Measure], headers: dict[str, str], repeat_every: int = 0) -> None:
    """One Word table for `measures` (all of one attachment), merged cells as in the originals."""
    columns = ["task_no", "task", "text", "deadline", *roles_used(measures)]
    header = [[[headers[role]], 1, None] for role in columns]
    rows: list[list[Spec]] = [header]
    section = subsection = None
    top: dict[str, Spec] = {}  # the first cell of the running 序号/重点任务 merge
    previous: Measure | None = None
    for n, m in enumerate(measures):
        if m.section != section or (m.subsection != subsection and m.subsection):
            previous = None
        if m.section != section:
            section, subsection = m.section, None
            rows.append([[[m.section], len(columns), None]])
        if m.subsection != subsection and m.subsection:
            subsection = m.subsection
            rows.append([[[m.subsection], len(columns), None]])
        if repeat_every and n and n % repeat_every == 0:
            rows.append([list(c) for c in header])  # the header printed again, as pasted pages do
            previous = None
        same_task = previous is not None and (previous.task_no, previous.task) == (m.task_no, m.task)
        row: list[Spec] = []
        for role in columns:
            if role in ("task_no", "task"):
                if same_task:
                    top[role][2] = "restart"
                    row.append([[], 1, "continue"])
                else:
                    top[role] = [[getattr(m, role) or ""], 1, None]
                    row.append(top[role])
            elif role == "responsible" and m.lead and m.lead == m.responsible:
                continue  # the lead cell spans this column
            elif role == "lead" and m.lead and m.lead == m.responsible and "responsible" in columns:
                row.append([list(m.lead), 2, None])
            elif role in ROLES:
                row.append([list(getattr(m, role)), 1, None])
            elif role == "text":
                row.append([m.text.split("\n"), 1, None])
            else:
                row.append([[getattr(m, role) or ""], 1, None])
        rows.append(row)
        previous = m
    write_table(document, rows, len(columns))


def indicator_table(document, indicators: list[Indicator]) -> None:
    """An indicator table: two-row header (entity column merged down, one group over the values),
    values merged down where a district repeats the one above and across where a row repeats."""
    names = list(dict.fromkeys(i.indicator for i in indicators))
    entities = list(dict.fromkeys(i.entity for i in indicators))
    value = {(i.entity, i.indicator): i.value for i in indicators}
    first = "区" if all(e.endswith("区") for e in entities) else "镇街"
    rows: list[list[Spec]] = [
        [[[first], 1, "restart"], [["指标"], len(names), None]],
        [[[], 1, "continue"]] + [[[n], 1, None] for n in names],
    ]
    grid = [[value[(e, n)] for n in names] for e in entities]
    vmerge: dict[tuple[int, int], str] = {}
    for c in range(len(names)):
        for r in range(1, len(grid)):
            if grid[r][c] and grid[r][c] == grid[r - 1][c]:
                vmerge.setdefault((r - 1, c), "restart")
                vmerge[(r, c)] = "continue"
    for r, (entity, values) in enumerate(zip(entities, grid)):
        row: list[Spec] = [[[entity], 1, None]]
        c = 0
        while c < len(names):
            end = c
            while (end + 1 < len(names) and (r, c) not in vmerge and (r, end + 1) not in vmerge
                   and values[c] and values[end + 1] == values[c]):
                end += 1
            mark = vmerge.get((r, c))
            row.append([[] if mark == "continue" else [values[c]], end - c + 1, mark])
            c = end + 1
        rows.append(row)
    write_table(document, rows, 1 + len(names), header_rows=2)


def _numbered(document, paragraph, num_id: int) -> None:
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def _add_numbering(document, num_id: int, fmt: str = "decimal", text: str = "%1.") -> None:
    root = document.part.numbering_part.element
    root.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def paragraph_plan(document, measures: list[Measure]) -> None:
    """Numbered measure paragraphs each followed by its 牵头单位：/协办单位：/完成时限： lines; where an
    attachment's items run 1..n, the numbers are Word's list numbering rather than typed."""
    for n, (attachment, group) in enumerate(groupby(measures, key=lambda m: m.attachment), 1):
        group = list(group)
        document.add_paragraph(attachment)
        document.add_paragraph(group[0].plan_title)
        auto = [m.task_no for m in group] == [str(k) for k in range(1, len(group) + 1)]
        if auto:
            _add_numbering(document, 100 + n)
        section = subsection = None
        for m in group:
            if m.section != section:
                section, subsection = m.section, None
                document.add_paragraph(m.section)
            if m.subsection != subsection and m.subsection:
                subsection = m.subsection
                document.add_paragraph(m.subsection)
            if auto:
                _numbered(document, document.add_paragraph(m.text), 100 + n)
            else:
                document.add_paragraph(f"{m.task_no}.{m.text}")
            for role in ROLES:
                if getattr(m, role):
                    document.add_paragraph(f"{FIELD_LABEL[role]}：{'、'.join(getattr(m, role))}")
            if m.deadline:
                document.add_paragraph(f"完成时限：{m.deadline}")


def build_docx(parsed: ParsedDocument, path: Path, *, headers: dict[str, str] | None = None,
               prose: list[str] = (), repeat_every: int = 0) -> Path:
    """`parsed` (a text plan's records) written back as a .docx at `path`."""
    headers = {**DEFAULT_HEADERS, **(headers or {})}
    document = docx.Document()
    for line in prose:
        document.add_paragraph(line)
    if parsed.plan.layout == "paragraphs":
        paragraph_plan(document, parsed.measures)
    else:
        for attachment, group in groupby(parsed.measures, key=lambda m: m.attachment):
            group = list(group)
            if attachment:
                document.add_paragraph(attachment)
            document.add_paragraph(group[0].plan_title)
            measure_table(document, group, headers, repeat_every)
        for attachment, group in groupby(parsed.indicators, key=lambda i: i.attachment):
            group = list(group)
            document.add_paragraph(attachment)
            document.add_paragraph(group[0].table_title)
            for _part, table in groupby(group, key=lambda i: i.part):
                indicator_table(document, list(table))
                document.add_paragraph("")
    document.save(path)
    return path


def comparable(parsed: ParsedDocument) -> tuple[list[dict], list[dict], dict]:
    """What must survive a round trip: every record field but the file name and source line."""
    drop = {"doc", "line"}
    return ([m.model_dump(exclude=drop) for m in parsed.measures],
            [i.model_dump(exclude=drop) for i in parsed.indicators],
            parsed.plan.model_dump(include={"issuer", "year", "attachments"}))


def paragraph_lines(measures: list[Measure]) -> list[str]:
    """A numbered-paragraph plan as its printed paragraphs, numbers typed."""
    lines: list[str] = []
    for attachment, group in groupby(measures, key=lambda m: m.attachment):
        group = list(group)
        lines += [attachment, group[0].plan_title]
        section = subsection = None
        for m in group:
            if m.section != section:
                section, subsection = m.section, None
                lines.append(m.section)
            if m.subsection != subsection and m.subsection:
                subsection = m.subsection
                lines.append(m.subsection)
            lines.append(f"{m.task_no}.{m.text}")
            lines += [f"{FIELD_LABEL[role]}：{'、'.join(getattr(m, role))}" for role in ROLES if getattr(m, role)]
            if m.deadline:
                lines.append(f"完成时限：{m.deadline}")
    return lines


WQY_ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")  # Debian fonts-wqy-zenhei


def build_pdf(parsed: ParsedDocument, path: Path, *, headers: dict[str, str] | None = None, ruled: bool = True,
              ttf: Path | None = None) -> Path:
    """`parsed` (a table plan's records) printed as a PDF with reportlab: a title, then one ruled
    table per attachment, the header repeated on every page, section rows spanning the table,
    序号/重点任务 printed on a task's first measure only (as the PDF dump shows them), rows kept
    whole on a page, a page number under each page. A numbered-paragraph plan is printed as
    indented paragraphs wrapped at the margin, over page breaks. CJK text in reportlab's built-in
    STSong-Light CID font (no font file needed; it has no glyph for ·), or in the TrueType `ttf`."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if ttf is None:
        font = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    else:
        from reportlab.pdfbase.ttfonts import TTFont

        font = "PlanFont"
        pdfmetrics.registerFont(TTFont(font, str(ttf), subfontIndex=0))
    body = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    headers = {**DEFAULT_HEADERS, **(headers or {})}
    widths = {"task_no": 10, "task": 30, "text": 110, "deadline": 20, "lead": 35, "responsible": 35, "assist": 35}
    story = []
    if parsed.plan.layout == "paragraphs":
        text = ParagraphStyle("text", fontName=font, fontSize=11, leading=16, wordWrap="CJK",
                              firstLineIndent=22, spaceAfter=6)
        story = [Paragraph(escape(line), text) for line in paragraph_lines(parsed.measures)]
    for attachment, group in groupby(parsed.measures if parsed.plan.layout != "paragraphs" else [],
                                     key=lambda m: m.attachment):
        group = list(group)
        if attachment:
            story.append(Paragraph(attachment, body))
        story += [Paragraph(escape(group[0].plan_title or ""), title), Spacer(1, 4 * mm)]
        columns = ["task_no", "task", "text", "deadline", *roles_used(group)]
        data = [[Paragraph(headers[c], body) for c in columns]]
        spans: list[tuple] = []
        section = subsection = None
        top = None
        for m in group:
            for level, value in (("section", m.section), ("subsection", m.subsection)):
                current = section if level == "section" else subsection
                if value != current and value:
                    data.append([Paragraph(escape(value), body)] + [""] * (len(columns) - 1))
                    spans.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
                    top = None
                if level == "section" and value != section:
                    section, subsection = value, None
                elif level == "subsection":
                    subsection = value
            row = []
            same = top is not None and (top[1].task_no, top[1].task) == (m.task_no, m.task)
            for c in columns:
                if c in ("task_no", "task") and same:
                    row.append("")
                elif c in ROLES:
                    row.append(Paragraph("<br/>".join(escape(u) for u in getattr(m, c)), body))
                else:
                    row.append(Paragraph(escape(getattr(m, c) or "").replace("\n", "<br/>"), body))
            data.append(row)
            if not same:
                top = (len(data) - 1, m)
        table = Table(data, colWidths=[widths[c] * mm for c in columns], repeatRows=1)
        lines = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []
        table.setStyle(TableStyle(lines + spans + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    def page_number(canvas, doc) -> None:  # "- 3 -" under each page, as printed plans have
        canvas.setFont(font, 9)
        canvas.drawCentredString(landscape(A4)[0] / 2, 5 * mm, f"- {doc.page} -")

    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                      topMargin=10 * mm, bottomMargin=14 * mm).build(story, onFirstPage=page_number,
                                                                     onLaterPages=page_number)
    return path
