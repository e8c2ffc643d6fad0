"""A scheme document as rows of cells, in reading order: the drafter's only view of the file.

DOCX: every table (merged cells come back once per grid cell) and, outside tables, each paragraph as a
one-cell row. XLSX: every sheet, merged ranges filled with their value. PDF: pdfplumber tables (merged
cells come back empty: filled from the cell above for the leading columns), or the text lines where a page
has no table. Plain text: tab-separated lines, tab-prefixed cells in blank-line separated rows, or
blank-line separated blocks (a column-wrapped extract, one cell each).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError

CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》【】"
_GAP = re.compile(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])")
_TAG = re.compile(r"</?(?:b|p|br|strong|i|span)\b[^>]*>", re.I)


def clean(text: str) -> str:
    """One cell's text as the scheme prints it: extraction artefacts (line wraps, spaces around Chinese,
    HTML tags of a converted table) removed, nothing else changed."""
    text = _TAG.sub(" ", text)
    text = re.sub(r"(\d)\s+(?=\.\d)|(\d\.)\s+(?=\d)|(\d)\s+(?=\d+\s*[%％])", r"\1\2\3", text)  # "0 .5分", "1 00%"
    return _GAP.sub("", text).strip()


@dataclass
class Scheme:
    path: Path
    rows: list[list[str]] = field(default_factory=list)  # cells cleaned; merged cells repeated
    tabular: bool = True  # False: rows are blocks of a column-wrapped extract (no column positions)


def _fill_merged(rows: list[list[str | None]]) -> list[list[str]]:
    """Empty leading cells (a merged category in a PDF table) take the value of the cell above."""
    out: list[list[str]] = []
    for row in rows:
        cells = [clean(c or "") for c in row]
        if out and cells and not cells[0]:
            above = out[-1]
            for i, c in enumerate(cells):
                if c or i >= len(above):
                    break
                cells[i] = above[i]
        out.append(cells)
    return out


def _docx(path: Path) -> Scheme:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    scheme = Scheme(path)
    for block in d.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                scheme.rows.append([clean(block.text)])
        elif isinstance(block, Table):
            for row in block.rows:  # python-docx repeats a merged cell in every grid cell it spans
                scheme.rows.append([clean(c.text) for c in row.cells])
    return scheme


def _xlsx(path: Path) -> Scheme:
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True)
    scheme = Scheme(path)
    for ws in wb.worksheets:
        values = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
        for rng in ws.merged_cells.ranges:
            top = values.get((rng.min_row, rng.min_col))
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    values[(r, c)] = top
        for r in range(1, ws.max_row + 1):
            cells = [clean("" if values.get((r, c)) is None else _text(values[(r, c)]))
                     for c in range(1, ws.max_column + 1)]
            if any(cells):
                scheme.rows.append(cells)
    wb.close()
    return scheme


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _pdf(path: Path) -> Scheme:
    import pdfplumber

    scheme = Scheme(path)
    last: list[str] | None = None  # the last table row, which a page break may have cut
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            if not tables:  # a numbered list: lines joined into paragraphs
                scheme.rows += [[clean(p)] for p in paragraphs((page.extract_text() or "").splitlines())]
                continue
            above = page.within_bbox((0, 0, page.width, tables[0].bbox[1])).extract_text() or ""
            scheme.rows += [[clean(line)] for line in above.splitlines() if line.strip()]
            for table in tables:
                rows = _fill_merged(table.extract())
                if last is not None and rows and _continues(last, rows[0]):
                    last[:] = [a + b for a, b in zip(last, rows.pop(0), strict=True)]
                scheme.rows += rows
                last = scheme.rows[-1] if rows else last
    return scheme


STARTS = re.compile(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]+、|附件|第[一二三四五六七八九十]+[章条])")


def paragraphs(lines: list[str]) -> list[str]:
    """Lines of a PDF page as paragraphs: a line goes on with the one before when that one ran to the right
    margin (the page wrapped it), unless it starts a number (1. / 一、 / 附件) or the one before ended a
    sentence."""
    lines = [line.strip() for line in lines if line.strip()]
    full = 0.8 * max((len(line) for line in lines), default=0)
    out: list[str] = []
    before = ""
    for line in lines:
        if out and len(before) >= full and not STARTS.match(line) and not before.endswith(("。", "：", ":")):
            out[-1] += line
        else:
            out.append(line)
        before = line
    return out


def _continues(last: list[str], first: list[str]) -> bool:
    """A table row split by a page break: the new page's first row has text only in the rule columns."""
    return len(last) == len(first) > 2 and not any(first[:2]) and any(first[2:])


def _text_file(path: Path) -> Scheme:
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # a text file saved on a Chinese Windows desktop
        raw = data.decode("gb18030")
    lines = raw.splitlines()
    filled = [line for line in lines if line.strip()]
    scheme = Scheme(path)
    tabbed = [line for line in filled if "\t" in line]
    if tabbed and sum(line.startswith("\t") and line.count("\t") == 1 for line in tabbed) * 2 >= len(tabbed):
        # one cell per line (starting with a tab), a blank line between rows; other lines continue a cell
        for block in re.split(r"\n *\n", raw):  # a line holding only a tab is an empty cell, not a gap
            cells: list[str] = []
            for line in block.splitlines():
                if line.startswith("\t") or not cells:
                    cells.append(line.strip())
                else:
                    cells[-1] += line.strip()
            if any(c.strip() for c in cells):
                scheme.rows.append([clean(c) for c in cells])
    elif len(tabbed) * 10 >= len(filled):
        scheme.rows = [[clean(c) for c in line.split("\t")] for line in filled]
    else:
        scheme.tabular = False
        scheme.rows = [[clean(" ".join(block.split("\n")))] for block in re.split(r"\n\s*\n", raw) if block.strip()]
    return scheme


READERS = {".docx": _docx, ".xlsx": _xlsx, ".pdf": _pdf, ".txt": _text_file, ".md": _text_file}


def read_scheme(path: Path) -> Scheme:
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IpdocsError(f"{path}：不支持的方案文件类型（应为 .docx、.xlsx、带文字层的 .pdf 或 .txt；"
                          ".doc、.wps、.et 请先另存为 .docx 或 .xlsx）")
    if not path.is_file():
        raise IpdocsError(f"找不到方案文件：{path}")
    try:
        scheme = reader(path)
    except IpdocsError:
        raise
    except Exception as exc:  # a damaged file: say which and why, in one line
        raise IpdocsError(f"{path}：无法读取方案文件（{type(exc).__name__}），请确认文件完好后重试") from exc
    if not any(any(cells) for cells in scheme.rows):
        raise IpdocsError(f"{path}：没有读到文字（扫描件请先做文字识别，或另存为带文字层的 PDF）")
    return scheme
