"""Logical tables (DESIGN §4 `tables`): one per table as a reader sees it, whatever the file did to it.

Raw grids come from pdfplumber (text PDF pages with ruled lines), python-docx (merged cells already repeated
into every grid cell they cover), openpyxl (merged ranges filled from their top-left cell) and OCR boxes
(columns from the header line's boxes). Each grid then becomes a logical table:
- a cell a merge left empty (None) takes the value above it (vertical merge) or, in the header, left of it;
- wrapped cells are joined (no separator between CJK characters);
- title rows (one text across the whole width: 「2023年度…台账」, 「填报单位：…」) before the header are dropped;
- the header is the first row that reads like one (short labels, no dates or numbers); a second header row
  under merged group labels (责任分工 over 牵头单位 | 配合单位) is joined into one leaf header;
- rows repeating the header (a header repeated on each page), blank rows and pre-numbered blank rows (a 序号
  with nothing else, as on sign-in sheets) are dropped; a row whose serial column is empty continues the row
  above (a wrapped row);
- a table on the next page with the same width whose first row is data, or which repeats the header,
  continues the table; its first row joins the last one when a page break split that row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA_CELL = re.compile(r"\d{4}[年.\-/]\d{1,2}|\d{5,}|〔\d{4}〕|^\d+(\.\d+)?$|^\d+[件次人个份]$")
HEADER_WORDS = ("序号", "姓名", "案号", "单位", "职务", "电话", "日期", "时间", "名称", "类型", "签名", "备注", "人数",
                "编号", "项目", "内容", "部门", "数量", "金额", "地点", "是否", "情况", "任务", "时限")
MIN_PATHS = 6  # a text PDF page with fewer drawn paths than this has no ruled table (cheap test before pdfplumber)


@dataclass
class Grid:
    pages: list[int]
    rows: list[list[str | None]]
    ocr: bool = False  # rebuilt from OCR boxes: a wrapped cell's second line is a visual line of its own


@dataclass
class Table:
    pages: list[int]
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    serial: bool = False  # the first column numbers the rows (序号)

    def as_dict(self) -> dict:
        return {"page": self.pages[0], "pages": self.pages, "header": self.header, "rows": self.rows}


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b


def _clean(cell) -> str | None:
    if cell is None:
        return None
    parts = [p.strip() for p in str(cell).splitlines() if p.strip()]
    text = ""
    for part in parts:
        text = _join(text, part)
    return text


def _filled(rows: list[list[str | None]]) -> list[list[str]]:
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                above = out[r - 1][c] if r and c < len(out[r - 1]) else ""
                cell = above or (cells[c - 1] if c else "")  # vertical merge, else horizontal span
            cells.append(cell)
        out.append(cells)
    return out


def _header_like(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return (len(filled) >= max(2, len(row) // 2) and all(len(c) <= 16 and not DATA_CELL.search(c) for c in filled)
            and any(re.search(r"[\u4e00-\u9fff]", c) for c in filled))


def _title_row(raw: list[str | None]) -> bool:
    """One text across the row: a merged cell (the others None or repeating it) or one long text in the first
    cell. A page break's tail of a split row (one cell, not the first, the others empty strings) is not a title."""
    filled = {c for c in raw if c}
    if len(raw) < 3 or len(filled) != 1:
        return False
    return "" not in raw or (bool(raw[0]) and len(raw[0]) > 2)  # an unmerged title stands in the first cell


def _blank(row: list[str], serial: bool) -> bool:
    filled = [c for c in (row[1:] if serial else row) if c]
    return not filled


def _second_header(top: list[str], row: list[str]) -> bool:
    """A lower header row under group labels (责任分工 over 牵头单位 | 配合单位): the group merged across columns
    (repeated) or written once over empty cells; the lower row repeats or leaves empty the labels that stand
    alone, and names the leaves under the group."""
    if not any(row) or any(DATA_CELL.search(c) or len(c) > 16 for c in row if c):
        return False
    spans = any(a and a == b for a, b in zip(top, top[1:], strict=False))
    open_top = any(not a and b for a, b in zip(top, row, strict=False))  # a leaf under a group written once
    repeats = any(a and a == b for a, b in zip(top, row, strict=False))
    gaps = any(not b and a for a, b in zip(top, row, strict=False))
    return (spans or open_top) and (repeats or gaps)


LABEL_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?\s*[:：]")  # 填报单位（盖章）：
NOTE = re.compile(r"^(?:注|说明|备注|附注|填表说明)\s*[:：\d]|^(?:填表|填报|制表|审核|审批|统计|负责|联系)人")
# A form (会议时间 | 2023年… | 主持人 | 张三) is laid out in a grid but is not a table: its labels stand in the cells.
FORM_LABEL = re.compile(r"^(?:会议|活动|培训)?(?:名\s*称|时\s*间|日\s*期|地\s*点|主\s*持\s*人?|记\s*录\s*人?"
                        r"|参\s*[加会]\s*人\s*员|出\s*席(?:人员)?|列\s*席(?:人员)?|缺\s*席(?:人员)?|议\s*题|内\s*容|主要内容|事\s*由|主\s*题"
                        r"|组织单位|主办单位|承办单位|人\s*数|签\s*发\s*人|联\s*系\s*人|联系电话)\s*[:：]?$")


def _filler(raw: list[str | None]) -> bool:
    """A line above a table's header or below its rows that is not part of it: 填报单位：… 填报日期：…, 注：…,
    填表人：…, a title written in the first cell."""
    filled = [c for c in raw if c]
    if not filled:
        return False
    return all(LABEL_VALUE.match(c) or NOTE.match(c) for c in filled)


def _form(rows: list[list[str]]) -> bool:
    """Label | value pairs in every row (a minutes or registration form), not a header over rows."""
    labelled = sum(bool(r[0]) and bool(FORM_LABEL.match(r[0])) and len({c for c in r if c}) >= 2 for r in rows)
    return len(rows) >= 2 and labelled >= max(2, len(rows) * 0.6)


LETTERHEAD = re.compile(r"〔\d{4}〕\d+号|签发人|文件$|^\d{4}年\d{1,2}月\d{1,2}日$")


def _layout(rows: list[list[str]]) -> bool:
    """A letterhead or signature laid out in a small grid (organ | 文件, 文号 | 签发人, organ over date)."""
    return len(rows) <= 3 and len(rows[0]) <= 3 and any(LETTERHEAD.search(c) for r in rows for c in r if c)


def table_of(grid: Grid) -> Table | None:
    """One grid as a table: header found, title and blank rows dropped, wrapped rows joined."""
    raw = [[_clean(c) for c in row] for row in grid.rows]
    raw = [r for r in raw if any(r)]
    while raw and (_title_row(raw[0]) or _filler(raw[0])):
        raw.pop(0)
    while raw and _filler(raw[-1]):
        raw.pop()
    rows = [r for r in _filled(raw) if any(r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if width < 2 or _form(rows) or _layout(rows):
        return None
    header: list[str] = []
    if _header_like(rows[0]):
        header = rows.pop(0)
        if rows and _second_header(header, rows[0]):
            lower = rows.pop(0)
            header = [b or a for a, b in zip(header, lower, strict=True)]
    body = [r for r in rows if r != header]
    serial_count = sum(bool(re.fullmatch(r"\d{1,4}", r[0])) for r in body)
    serial = bool(body) and (header[:1] == ["序号"] or serial_count >= max(2, len(body) * 0.6))
    keyed = serial or (grid.ocr and sum(bool(r[0]) for r in body) >= len(body) * 0.7)
    table = Table(grid.pages, header, serial=serial)
    for row in body:
        if _blank(row, serial):
            continue
        if keyed and not row[0] and table.rows:  # no number (or key) of its own: a wrapped piece of the row above
            table.rows[-1] = [_join(a, b) for a, b in zip(table.rows[-1], row, strict=True)]
        else:
            table.rows.append(row)
    return table


def _loose_header(row: list[str]) -> bool:
    """A first row that may stand as a header where none read like one: two or more short texts, no 文号."""
    filled = [c for c in row if c]
    return len(set(filled)) >= 2 and all(len(c) <= 24 and "〔" not in c for c in filled)


def _continues(prev: Table | None, table: Table) -> bool:
    if prev is None or table.pages[0] != prev.pages[-1] + 1:
        return False
    width = len(table.header) if table.header else len(table.rows[0]) if table.rows else 0
    return width == len(prev.header) and (not table.header or table.header == prev.header)


def _keyed(table: Table) -> bool:
    """Whether the first column is filled on every row (a 序号, a date): an empty one marks a row's tail."""
    return bool(table.rows) and (table.serial or all(r[0] for r in table.rows))


def joined(tables: list[Table]) -> list[Table]:
    """Tables continued on the next page merged into one (page-split rows joined)."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out else None
        if prev and table.header and not table.header[0] and table.header != prev.header and _keyed(prev):
            table.rows, table.header = [table.header, *table.rows], []  # a split row's tail read as a header
        if not _continues(prev, table):
            if not table.header and table.rows and _loose_header(table.rows[0]):  # its first row serves as one
                table.header = table.rows.pop(0)
            out.append(table)
            continue
        rows = list(table.rows)
        if rows and _keyed(prev) and not rows[0][0]:  # a row split by the page break
            prev.rows[-1] = [_join(a, b) for a, b in zip(prev.rows[-1], rows.pop(0), strict=True)]
        prev.rows += rows
        prev.pages = sorted(set(prev.pages + table.pages))
    return [t for t in out if t.header and t.rows]


# ---- raw grids from each format ------------------------------------------------------------------------


def pdf_grids(path: Path, pages: list[int]) -> list[Grid]:
    """Ruled tables on the given text-PDF pages, cells as pdfplumber reads them (None where merged)."""
    import pdfplumber
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    ruled = []
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for n in pages:
            paths = sum(1 for _ in pdf[n - 1].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2))
            if paths >= MIN_PATHS:
                ruled.append(n)
    finally:
        pdf.close()
    grids = []
    if ruled:
        with pdfplumber.open(str(path)) as plumber:
            for n in ruled:
                for table in plumber.pages[n - 1].extract_tables():
                    grids.append(Grid([n], table))
    return grids


def docx_grids(path: Path) -> list[Grid]:
    import docx

    return [Grid([1], [[c.text for c in row.cells] for row in t.rows]) for t in docx.Document(str(path)).tables]


def _xlsx_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


DATE_TOKEN = re.compile(r'yyyy|yy|mm|m|dd|d|"([^"]*)"|\\(.)|\[[^\]]*\]|(.)', re.I)
BUILTIN_SHORT_DATE = ("mm-dd-yy", "m/d/yy", "m/d/yyyy")  # Excel shows its short date in the reader's locale


def _date_shown(value: dt.date, fmt: str) -> str | None:
    """A date as a date-only number format prints it (yyyy"年"m"月"d"日", yyyy/m/d, yyyy-mm-dd); None for other
    formats (General, with a time)."""
    fmt = fmt.split(";")[0]
    if fmt.lower() in BUILTIN_SHORT_DATE:
        fmt = "yyyy/m/d"  # the zh-CN short date
    if re.search(r"[hs]|AM/PM", fmt, re.I) or not re.search(r"y", fmt, re.I) or "ddd" in fmt.lower() \
            or "mmm" in fmt.lower():
        return None
    out = []
    for m in DATE_TOKEN.finditer(fmt):
        token = m.group(0).lower()
        out.append({"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "mm": f"{value.month:02d}",
                    "m": str(value.month), "dd": f"{value.day:02d}", "d": str(value.day)}.get(token)
                   or m.group(1) or m.group(2) or m.group(3) or "")
    return "".join(out)


def _number_shown(value: float, fmt: str) -> str | None:
    """A number as a fixed format prints it (0.00, #,##0, 0.0%); None for General."""
    fmt = re.sub(r'\[[^\]]*\]|"[^"]*"|\\.|[_*].', "", fmt.split(";")[0])
    if "0" not in fmt and "#" not in fmt:
        return None
    decimals = len(re.search(r"\.(0*)", fmt).group(1)) if "." in fmt else 0
    if "%" in fmt:
        return f"{value * 100:.{decimals}f}%"
    return f"{value:,.{decimals}f}" if "," in fmt else f"{value:.{decimals}f}"


def _xlsx_text(cell) -> str:
    """A cell's value as the sheet shows it: dates and fixed-format numbers by their number format."""
    value, fmt = cell.value, cell.number_format or "General"
    if isinstance(value, dt.datetime) and not (value.hour or value.minute or value.second):
        return _date_shown(value.date(), fmt) or _xlsx_value(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return _date_shown(value, fmt) or _xlsx_value(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt != "General":
        return _number_shown(value, fmt) or _xlsx_value(value)
    return _xlsx_value(value)


def xlsx_grids(path: Path) -> list[Grid]:
    """Each sheet's used range as the sheet shows it, merged ranges filled from their top-left cell."""
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True)
    grids = []
    try:
        for n, ws in enumerate(wb.worksheets, 1):
            rows = [[_xlsx_text(c) for c in row] for row in ws.iter_rows()]
            for merged in ws.merged_cells.ranges:
                value = _xlsx_text(ws.cell(merged.min_row, merged.min_col))
                for r in range(merged.min_row, merged.max_row + 1):
                    for c in range(merged.min_col, merged.max_col + 1):
                        if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                            rows[r - 1][c - 1] = value
            if len(rows) >= 2:
                grids.append(Grid([n], rows))
    finally:
        wb.close()
    return grids


def _tilt(boxes) -> float:
    """The slope of the page's text lines (dy/dx), from the header-word boxes lying on one row: a photographed
    or skewed sheet's rows otherwise break into several visual lines."""
    heads = [b for b in boxes if len(b[4]) <= 6 and any(w in b[4] for w in HEADER_WORDS)]
    best: list = []
    for anchor in heads:  # the largest set of header words within a glyph height of a line through `anchor`
        height = anchor[3] - anchor[1]
        row = [b for b in heads if abs((b[1] + b[3]) / 2 - (anchor[1] + anchor[3]) / 2) < height * 2.5]
        best = row if len(row) > len(best) else best
    if len(best) < 3:
        return 0.0
    xs = [(b[0] + b[2]) / 2 for b in best]
    ys = [(b[1] + b[3]) / 2 for b in best]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0


def _ocr_header(lines: list[list], at: int, tolerance: float) -> tuple[list, int]:
    """The header's cells on an OCR page and the index of its last visual line. A two-row header reads as two or
    three visual lines (a group label over its leaves, the other labels centred between): labels on the lines
    next to the header line join it, and a label spanning two or more labels below it (the group) is dropped."""
    def covers(a, b) -> bool:
        return a[0] <= (b[0] + b[2]) / 2 <= a[2]

    def label_line(i: int) -> bool:
        if not 0 <= i < len(lines) or any(len(b[4]) > 12 or re.search(r"[\d:：]", b[4]) for b in lines[i][1]):
            return False
        own, near = lines[i][1], [b for j in used for b in lines[j][1]]
        new_column = any(not any(covers(o, b) or covers(b, o) for o in near) for b in own)
        group = any(sum(covers(b, o) for o in near) >= 2 for b in own) or any(
            sum(covers(o, b) for b in own) >= 2 for o in near)
        return any(any(w in b[4] for w in HEADER_WORDS) for b in own) and (new_column or group)

    used = [at]
    for i in (at - 1, at + 1, at + 2):
        if label_line(i) and abs(lines[i][0] - lines[at][0]) <= tolerance * 5:
            used.append(i)
        elif i > at:
            break
    if len(used) == 1:
        return sorted(lines[at][1], key=lambda b: b[0]), at
    pieces = [b for i in used for b in lines[i][1]]
    leaves = [b for b in pieces if sum(covers(b, o) for o in pieces if o is not b) < 2]  # a group label goes
    cells: list = []
    for b in sorted(leaves, key=lambda b: b not in lines[at][1]):  # one cell per column, the header line's first
        if not any(covers(c, b) or covers(b, c) for c in cells):
            cells.append(b)
    cells.sort(key=lambda b: b[0])
    return (cells if len(cells) >= 3 else sorted(lines[at][1], key=lambda b: b[0])), max(used)


def ocr_grid(page) -> Grid | None:
    """A table on an OCR page, rebuilt from the boxes: visual lines by height (levelled by the header row's
    tilt); columns from the header line (the first line with three or more pieces, two of them header words);
    a piece spanning a number and a name column (「1梁红」) is split; the table ends at a line with a piece
    spanning several columns (running text), a lone piece wider than its column, or a wide vertical gap."""
    boxes = getattr(page, "boxes", None)
    if not boxes:
        return None
    slope = _tilt(boxes)
    boxes = [(b[0], b[1] - slope * b[0], b[2], b[3] - slope * b[0], b[4]) for b in boxes]
    heights = sorted(b[3] - b[1] for b in boxes)
    tolerance = heights[len(heights) // 2] * 0.6
    lines: list[list] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        centre = (box[1] + box[3]) / 2
        if lines and abs(centre - lines[-1][0]) <= tolerance:
            lines[-1][1].append(box)
        else:
            lines.append([centre, [box]])
    header_at = next((i for i, (_, line) in enumerate(lines) if len(line) >= 3
                      and sum(any(w in b[4] for w in HEADER_WORDS) for b in line) >= 2
                      and not any(":" in b[4] or "：" in b[4] or len(b[4]) > 12 for b in line)), None)
    if header_at is None:
        return None
    header, header_end = _ocr_header(lines, header_at, tolerance)
    anchors = [(b[0] + b[2]) / 2 for b in header]
    spacing = (anchors[-1] - anchors[0]) / max(1, len(anchors) - 1)

    def column(x: float) -> int:
        return min(range(len(anchors)), key=lambda i: abs(anchors[i] - x))

    def width(i: int) -> float:
        left = (anchors[i - 1] + anchors[i]) / 2 if i else anchors[0] - spacing / 2
        right = (anchors[i] + anchors[i + 1]) / 2 if i + 1 < len(anchors) else anchors[i] + spacing / 2
        return max(right - left, spacing * 0.5)

    rows = [[b[4] for b in header]]
    last = lines[header_end][0]
    for centre, line in lines[header_end + 1:]:
        if centre - last > tolerance * 6 or any(b[2] - b[0] > spacing * 2.2 for b in line):
            break
        if len(line) == 1 and line[0][2] - line[0][0] > 1.35 * width(column((line[0][0] + line[0][2]) / 2)):
            break  # one piece wider than its column: text below the table (a signature, a paragraph)
        cells = [""] * len(anchors)
        for b in sorted(line, key=lambda b: b[0]):
            first, end = column(b[0] + (b[3] - b[1]) * 0.3), column(b[2] - (b[3] - b[1]) * 0.3)
            split = re.fullmatch(r"(\d{1,3})\s*(\D.*)", b[4])
            if split and end > first:  # a row number read together with the cell beside it
                cells[first] = _join(cells[first], split.group(1))
                cells[first + 1] = _join(cells[first + 1], split.group(2))
            else:
                cells[column((b[0] + b[2]) / 2)] = _join(cells[column((b[0] + b[2]) / 2)], b[4])
        rows.append(cells)
        last = centre
    filled = sum(sum(bool(c) for c in row) >= 2 for row in rows[1:])  # labels over a line of text: no table
    return Grid([page.number], rows, ocr=True) if filled >= 2 else None


def logical_tables(document) -> list[dict]:
    """The document's logical tables, as DESIGN §4 `tables` items (plus `page`, the first page, for callers)."""
    grids: list[Grid] = []
    if document.kind == "docx":
        grids = docx_grids(document.path)
    elif document.kind == "xlsx":
        grids = xlsx_grids(document.path)
    elif document.kind == "pdf":
        text_pages = [p.number for p in document.pages if not p.ocr]
        grids = pdf_grids(document.path, text_pages) if text_pages else []
    grids += [g for p in document.pages if p.ocr and (g := ocr_grid(p))]
    grids.sort(key=lambda g: g.pages[0])
    tables = [table_of(g) for g in grids]
    return [t.as_dict() for t in joined([t for t in tables if t])]
