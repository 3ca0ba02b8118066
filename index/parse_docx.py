"""Word documents (.docx) read with python-docx into paragraphs and table grids (index.parse_grid).

Tables are read through the XML cell grid: a horizontally merged cell (w:gridSpan) fills every
column it covers, a vertically merged one (w:vMerge) every row it spans, so 序号/重点任务 cells
merged over several measures give each measure its task. Word's automatic numbering (w:numPr,
"1." or "一、" that is not part of the text) is rendered back into the paragraph, since the
numbers are what the paragraph parser and the headings go by.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from .parse_grid import Grid, GridDocument, Para, UnreadableDocument, parse_items

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .docx is an OLE container, not a zip
CHINESE_DIGITS = "零一二三四五六七八九"
CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                   "taiwaneseCounting", "ideographDigital", "chineseLegalSimplified"}


def read_docx(data: bytes, source: str) -> GridDocument:
    """The document's rows, indicator cells and prose; UnreadableDocument/LayoutError say why not."""
    if data.startswith(OLE_MAGIC):
        raise UnreadableDocument(f"{source}: password-protected (encrypted) or old-format Word file: "
                                 "save it as .docx without a password")
    try:
        document = docx.Document(io.BytesIO(data))
        items = body_items(document)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.LxmlError) as e:
        raise UnreadableDocument(f"{source}: not a readable .docx file ({type(e).__name__})") from None
    return parse_items(items, source, "docx")


def body_items(document) -> list[Para | Grid]:
    """Paragraphs and tables in body order; paragraphs and table rows share one line count."""
    numbering = _Numbering(document)
    items: list[Para | Grid] = []
    line = 0
    for element in _body_children(document.element.body):
        if element.tag == qn("w:p"):
            line += 1
            paragraph = Paragraph(element, document)
            items.append(Para(numbering.label(paragraph) + paragraph.text, line))
        elif element.tag == qn("w:tbl"):
            cells = table_grid(element, document)
            items.append(Grid(cells, list(range(line + 1, line + 1 + len(cells)))))
            line += len(cells)
    return items


def _body_children(parent):
    for child in parent.iterchildren():
        if child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs and tables
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_children(content)
        else:
            yield child


def table_grid(tbl, document) -> list[list[str]]:
    """The table as rows of cell texts, merged cells repeated over the grid they cover."""
    rows: list[list[str]] = []
    for tr in tbl.iterchildren(qn("w:tr")):
        above = rows[-1] if rows else []
        row: list[str] = [""] * _grid_before(tr)
        for tc in tr.iterchildren(qn("w:tc")):
            col = len(row)
            text = "\n".join(Paragraph(p, document).text for p in tc.iterchildren(qn("w:p")))
            for k in range(tc.grid_span):
                continued = tc.vMerge == "continue" and col + k < len(above)
                row.append(above[col + k] if continued else text)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _grid_before(tr) -> int:
    trPr = tr.find(qn("w:trPr"))
    before = trPr.find(qn("w:gridBefore")) if trPr is not None else None
    return int(before.get(qn("w:val"))) if before is not None else 0


def chinese_number(n: int) -> str:
    """1..99 as printed in headings: 一, 十, 十一, 二十一."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return CHINESE_DIGITS[n]
    return (CHINESE_DIGITS[tens] if tens > 1 else "") + "十" + (CHINESE_DIGITS[ones] if ones else "")


class _Numbering:
    """Word's list numbering, counted in body order: numId -> level formats and counters."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): {
                int(lvl.get(qn("w:ilvl"))): (_val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""),
                                             int(_val(lvl, "w:start", "1")))
                for lvl in a.iterchildren(qn("w:lvl"))
            }
            for a in root.iterchildren(qn("w:abstractNum"))
        }
        for num in root.iterchildren(qn("w:num")):
            self.levels[num.get(qn("w:numId"))] = abstract.get(_val(num, "w:abstractNumId", ""), {})
        for style in document.styles.element.iterchildren(qn("w:style")):
            ref = _num_pr(style)
            if ref:
                self.style_num[style.get(qn("w:styleId"))] = ref

    def label(self, paragraph: Paragraph) -> str:
        ref = _num_pr(paragraph._p)
        if ref is None:
            style = paragraph._p.pPr.pStyle.val if paragraph._p.pPr is not None and paragraph._p.pPr.pStyle is not None else None
            ref = self.style_num.get(style)
        if ref is None or ref[0] not in self.levels or ref[1] not in self.levels[ref[0]]:
            return ""
        num_id, ilvl = ref
        levels = self.levels[num_id]
        counts = self.counters.setdefault(num_id, [levels.get(k, ("", "", 1))[2] - 1 for k in range(9)])
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = levels.get(deeper, ("", "", 1))[2] - 1
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(ilvl, -1, -1):
            kfmt = levels.get(k, ("decimal", "", 1))[0]
            text = text.replace(f"%{k + 1}", chinese_number(counts[k]) if kfmt in CHINESE_FORMATS else str(counts[k]))
        return text


def _val(element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else default


def _num_pr(element) -> tuple[str, int] | None:
    pPr = element.find(qn("w:pPr"))
    numPr = pPr.find(qn("w:numPr")) if pPr is not None else None
    if numPr is None:
        return None
    num_id = _val(numPr, "w:numId", "0")
    return (num_id, int(_val(numPr, "w:ilvl", "0"))) if num_id != "0" else None
