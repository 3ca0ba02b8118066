"""PDF documents read with pdfplumber into paragraphs and table grids (index.parse_grid).

(index/parse_pdf.py reads the *text dump* of a PDF; this reads the PDF.) Tables come from their
ruling lines where the PDF draws them; a page without ruled tables whose text has a measure
header is cut into columns at the header words' positions. A cell spanning several rows or
columns fills every slot it covers. A PDF without a text layer (a scan) is refused: it needs OCR
first, and indexing nothing would look like a plan with no measures.
"""
from __future__ import annotations

import io
import re

import pdfplumber

from .parse_grid import Grid, GridDocument, Para, UnreadableDocument, is_header, join_wrapped, parse_items

PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")

def read_pdf(data: bytes, source: str) -> GridDocument:
    """The document's rows, indicator cells and prose; UnreadableDocument/LayoutError say why not."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = list(pdf.pages)
        chars = sum(len(page.chars) for page in pages)
    except Exception as e:  # pdfminer raises many types for encrypted and damaged files
        if _encrypted(e):
            raise UnreadableDocument(f"{source}: password-protected PDF: save it without a password") from None
        raise UnreadableDocument(f"{source}: not a readable PDF file ({type(e).__name__})") from None
    with pdf:
        if chars == 0:
            raise UnreadableDocument(f"{source}: no text layer (a scanned document?): 需要先OCR "
                                     "(run OCR first, e.g. ocrmypdf, then ingest the result)")
        items: list[Para | Grid] = []
        line = 0
        open_paragraph = False  # the last page ended mid-paragraph (its last line ran to the margin)
        for page in pages:
            found, ends_open, starts_open = page_items(page)
            if (open_paragraph and starts_open and found and isinstance(found[0], Para)
                    and items and isinstance(items[-1], Para)):
                items[-1].text = join_wrapped(items[-1].text, found.pop(0).text)
            for item in found:
                if isinstance(item, Para):
                    line += 1
                    item.line = line
                else:
                    item.lines = list(range(line + 1, line + 1 + len(item.cells)))
                    line += len(item.cells)
                items.append(item)
            open_paragraph = ends_open
    return parse_items(items, source, "pdf")


def _encrypted(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if "password" in type(seen).__name__.lower() or "encrypt" in f"{type(seen).__name__} {seen}".lower():
            return True
        seen = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None)
    return False


def page_items(page) -> tuple[list[Para | Grid], bool, bool]:
    """The page's paragraphs and tables, top to bottom; whether its last paragraph runs on, and
    whether its first line could be the rest of one (not indented)."""
    tables = page.find_tables()
    placed: list[tuple[float, Para | Grid]] = [(t.bbox[1], Grid(ruled_grid(t), [], wrapped=True)) for t in tables]
    outside = page.filter(lambda obj: not any(_inside(obj, t.bbox) for t in tables)) if tables else page
    lines = [ln for ln in outside.extract_text_lines() if not _page_number(ln, page.width)]
    if not tables:
        grid = positioned_grid(lines)
        if grid is not None:
            top, bottom, cells = grid
            placed.append((top, Grid(cells, [], wrapped=True)))
            lines = [ln for ln in lines if ln["top"] < top or ln["top"] > bottom]
    right = max((ch["x1"] for ch in page.chars), default=page.width)
    placed += [(top, Para(text, 0)) for top, text in paragraphs(lines, right)]
    placed.sort(key=lambda p: p[0])
    last = lines[-1] if lines else None
    ends_open = bool(placed) and isinstance(placed[-1][1], Para) and last is not None and _runs_on(last, right)
    starts_open = bool(lines) and not _indented(lines[0], min(ln["x0"] for ln in lines))
    return [item for _top, item in placed], ends_open, starts_open


def _page_number(line: dict, width: float) -> bool:
    """"- 3 -" or 第3页 printed alone near the middle of the page (a 序号 alone sits at the left)."""
    middle = (line["x0"] + line["x1"]) / 2
    return bool(PAGE_NUMBER.match(line["text"].strip())) and abs(middle - width / 2) < width * 0.1


def _inside(obj, bbox) -> bool:
    x0, top, x1, bottom = bbox
    return obj.get("x0", 0) >= x0 - 1 and obj.get("x1", 0) <= x1 + 1 and obj.get("top", 0) >= top - 1 and obj.get("bottom", 0) <= bottom + 1


def ruled_grid(table) -> list[list[str]]:
    """Cell texts on the table's grid; a spanning cell's text fills every slot it covers."""
    texts = table.extract()
    anchors = [(cell, texts[r][c] or "") for r, row in enumerate(table.rows)
               for c, cell in enumerate(row.cells) if cell is not None]
    # Column edges from the cells that start in each column (a spanning cell would widen it).
    lefts = [min(cell[0] for row in table.rows if (cell := row.cells[c]) is not None) for c in range(len(table.rows[0].cells))]
    edges = lefts + [table.bbox[2]]
    grid: list[list[str]] = []
    for r, row in enumerate(table.rows):
        out = []
        for c, cell in enumerate(row.cells):
            if cell is not None:
                out.append(texts[r][c] or "")
                continue
            x = (edges[c] + edges[c + 1]) / 2
            y = (row.bbox[1] + row.bbox[3]) / 2
            out.append(next((text for (x0, top, x1, bottom), text in anchors
                             if x0 <= x <= x1 and top <= y <= bottom), ""))
        grid.append(out)
    return grid


def positioned_grid(lines: list[dict]) -> tuple[float, float, list[list[str]]] | None:
    """A table without ruling lines: columns start where the header's words start, a word goes to
    the column it starts in, and a row ends where the gap to the next line is wider than the line
    spacing inside a cell (rows are padded, wrapped lines are not)."""
    for k, line in enumerate(lines):
        words = _words(line)
        if len(words) < 3 or not is_header([w for w, _x in words]):
            continue
        starts = [x for _w, x in words]
        body = lines[k + 1:]
        steps = sorted(b["top"] - a["top"] for a, b in zip(body, body[1:]))
        spacing = steps[len(steps) // 4] if steps else 0  # most steps are lines inside a cell
        rows = [[w for w, _x in words]]
        previous = None
        for later in body:
            gap = later["top"] - previous["top"] if previous is not None else 0.0
            if previous is not None and gap > spacing * 3:
                break  # far below the last row: a footer or page number, not the table
            if previous is None or gap > spacing * 1.25:
                rows.append([""] * len(starts))
            pieces: dict[int, list[str]] = {}
            for word, x in _words(later):
                col = max((i for i, s in enumerate(starts) if x >= s - 2), default=0)
                pieces.setdefault(col, []).append(word)
            for col, found in pieces.items():
                cell = rows[-1][col]
                rows[-1][col] = f"{cell}\n{' '.join(found)}" if cell else " ".join(found)
            previous = later
        return line["top"], previous["bottom"] if previous else line["bottom"], rows
    return None


def _words(line: dict) -> list[tuple[str, float]]:
    """A text line cut where the gap between characters is wider than a space (the gap between
    two cells), with each piece's left x; a space-wide gap stays a space inside the piece."""
    out: list[tuple[str, float]] = []
    current, x0, last_x1 = "", 0.0, None
    for ch in line["chars"]:
        if ch["text"].isspace():
            continue
        gap = ch["x0"] - last_x1 if last_x1 is not None else 0.0
        if current and gap > ch["size"] * 0.6:
            out.append((current, x0))
            current = ""
        if not current:
            x0 = ch["x0"]
        elif gap > ch["size"] * 0.15:
            current += " "
        current += ch["text"]
        last_x1 = ch["x1"]
    if current:
        out.append((current, x0))
    return out


def paragraphs(lines: list[dict], right: float) -> list[tuple[float, str]]:
    """Text lines rejoined into paragraphs: a line that runs to the right margin (`right`, the
    page's rightmost text) continues on the next, if that follows at line spacing and is not
    indented (official documents indent each paragraph's first line by two characters)."""
    left = min((ln["x0"] for ln in lines), default=0.0)
    out: list[tuple[float, str]] = []
    previous = None
    for ln in lines:
        text = ln["text"].strip()
        size = _size(ln)
        wrapped = (previous is not None and _runs_on(previous, right) and ln["top"] - previous["bottom"] < size
                   and not _indented(ln, left))
        if wrapped and out:
            out[-1] = (out[-1][0], join_wrapped(out[-1][1], text))
        else:
            out.append((ln["top"], text))
        previous = ln
    return out


def _size(line: dict) -> float:
    return line["chars"][0]["size"] if line["chars"] else 10.0


def _indented(line: dict, left: float) -> bool:
    return line["x0"] > left + 0.8 * _size(line)


def _runs_on(line: dict, right: float) -> bool:
    """The line reaches the right margin: its paragraph may continue on the next line."""
    return line["x1"] >= right - 1.5 * _size(line)
