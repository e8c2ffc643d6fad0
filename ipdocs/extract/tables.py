"""Logical tables (DESIGN §4 `tables`): one per table as a reader sees it, whatever the file did to it.

Raw grids come from pdfplumber (text PDF pages with ruled lines), python-docx (merged cells already repeated
into every grid cell they cover), openpyxl (merged ranges filled from their top-left cell; hidden rows and
columns left out) and OCR boxes: a ruled table's cells from the page image's ruling lines (ruling_lines, found in
bands so a skewed or photographed page's lines are found too; looked for twice, the second time at a fainter ink
level for a photo's thin grey rules, whose lines are taken where they do not run through text or past the table
and the grid they give reads better: table_rules, _quality), an unruled one's columns from the header line and
where each column's texts begin. Each grid then becomes a logical table:
- a cell a merge left empty (None) takes the value above it (vertical merge) or, in the header, left of it;
- wrapped cells are joined (no separator between CJK characters);
- title rows (one text across the whole width: 「2023年度…台账」, 「填报单位：…」) before the header are dropped;
- the header is the first row that reads like one (short labels, no dates or numbers); a second header row
  under merged group labels (责任分工 over 牵头单位 | 配合单位) is joined into one row, each column named by its
  group label and its leaf (责任分工牵头单位, 责任分工配合单位), as a reader names it — on a grid OCR read too,
  wherever the group's span is clear (a label reaching over two columns with a label of their own under each, or
  centred between two leaves of an unruled header); where it is not, by its leaf alone;
- rows repeating the header (a header repeated on each page), blank rows and pre-numbered blank rows (a 序号
  with nothing else, as on sign-in sheets) are dropped; a row whose serial column is empty continues the row
  above (a wrapped row);
- a table on the next page with the same width whose first row is data, or which repeats the header,
  continues the table; its first row joins the last one when a page break split that row (a row without a
  number of its own, or a few words alone where the records fill their cells), and cells merged down across the
  break take the merged cell's value; a header row a break parted is one header;
- on OCR tables, row numbers OCR lost or misread (a lone 「1」, 「A」 for 4, 「9.」) follow the sequence (a whole
  record without its number is a row, not a wrapped piece), 是/否 and the — placeholder misread as look-alikes
  (香, 一) are repaired, and characters OCR read twice where two pieces overlap are read once (read_once);
- a photo's columns leaning apart from its rows (perspective) are set upright, and an unruled table continued on
  the next page without its header takes the previous page's columns;
- a sheet's tables set side by side (an empty column between them, each under its own header) are tables of their
  own, and the same header under a new caption after a blank row starts another table;
- on OCR pages one or two "rules" at odds with a clear header row's tilt (a bold title's strokes) do not turn the
  page; a photo's lean is measured on its records' lines; cells centred on their row, wrapped above and below its
  number (or its record code, WQ2024001, where there is no 序号), join that row; a narrow column's label wrapped
  above the header line (经 over 办 over 人) is read whole;
- totals are no records (合计, 累计, 小计 beside a unit merged down over its records), nor are end markers (以下空白),
  notes merged across under the rows, or a blank row a merged cell spans; rows ruled only by horizontal rules
  are one row per band (a wrapped cell's lines joined), and a group label over a ruled or unruled two-row header
  spans its leaves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from . import formulas

DATA_CELL = re.compile(r"\d{4}[年.\-/]\d{1,2}|\d{5,}|〔\d{4}〕|^\d+(\.\d+)?$|^\d+[件次人个份]$")
HEADER_WORDS = ("序号", "姓名", "案号", "单位", "职务", "电话", "日期", "时间", "名称", "类型", "签名", "备注", "人数",
                "编号", "项目", "内容", "部门", "数量", "金额", "地点", "是否", "情况", "任务", "时限", "标题", "媒体",
                "形式", "级别", "结果", "方式", "类别", "文号", "当事人", "案由", "来源", "对象", "主办", "承办")
MIN_PATHS = 6  # a text PDF page with fewer drawn paths than this has no ruled table (cheap test before pdfplumber)


@dataclass
class Grid:
    pages: list[int]
    rows: list[list[str | None]]
    ocr: bool = False  # rebuilt from OCR boxes: a wrapped cell's second line is a visual line of its own
    ruled: bool = False  # rows and columns from the page image's ruling lines: each row is a row
    header_boxes: list = field(default_factory=list)  # an unruled OCR table's header pieces, for the next page


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


CARRIED = "\x00"  # a cell merged down from the previous page: filled when the pages are joined (joined())


def _filled(rows: list[list[str | None]]) -> list[list[str]]:
    """Merged cells (None) take the merged cell's text: from above (a page break may leave the merge an empty
    piece in between; a merge reaching up to the header came from the previous page), else from the left."""
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                k = r - 1
                while k > 0 and c < len(out[k]) and out[k][c] == "":
                    k -= 1
                above = out[k][c] if r and c < len(out[k]) else ""
                head = (2 if len(out) > 1 and _second_header(out[0], out[1]) else 1) if out and _header_like(out[0]) \
                    else 0  # header rows above
                lower = [c or "" for c in row]
                if above and k < head <= r and (r > 1 or not (_header_like(lower) or _second_header(out[0], lower))):
                    above = CARRIED  # a data row under the header: merged down from the previous page
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
    if len(raw) == 2 and len(filled) == 1 and "" not in raw:  # a two-column table's caption merged over both
        return len(next(iter(filled))) >= 4
    if len(raw) == 2 and raw[0] and not raw[1]:  # … or written in its first cell (a two-column record's key is short)
        return len(raw[0]) >= 6 and not DATA_CELL.search(raw[0])
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
NOTE = re.compile(r"^(?:注|说明|备注|附注|填表说明)\s*[:：\d]|^(?:填表|填报|制表|审核|审批|统计|负责|联系)人"
                  r"|^(?:制表|填表|审核|负责人|联系人|联系电话)\s*[:：]"  # 制表：杨兰  联系电话：…
                  r"|^(?:应|实)(?:到|参会|参训|出席)(?:人数)?\s*[:：]?\s*\d{1,4}\s*人")  # 应到15人，实到11人
# A form (会议时间 | 2023年… | 主持人 | 张三, 议题一 | …; a 发文稿纸) is laid out in a grid but is not a table: its
# labels stand in the cells.
FORM_LABEL = re.compile(r"^(?:会议|活动|培训)?(?:名\s*称|时\s*间|日\s*期|地\s*点|主\s*持\s*人?|记\s*录\s*人?"
                        r"|参\s*[加会]\s*人\s*员|出\s*席(?:人员)?|列\s*席(?:人员)?|缺\s*席(?:人员)?"
                        r"|议\s*题\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})?|内\s*容|主要内容|事\s*由|主\s*题"
                        r"|组织单位|主办单位|承办单位|人\s*数|签\s*发\s*人|联\s*系\s*人|联系电话"
                        # a 发文稿纸 (签发 | … | 会签 | …, 核稿, 拟稿人, 文件标题, 发文字号, 印数, 主送, 公开属性)
                        r"|签\s*发|会\s*签|核\s*稿(?:人)?|拟\s*稿(?:人|单位|日期)?|文件标题|发文字号|印\s*数|主\s*送"
                        r"|抄\s*送|公开(?:属性|方式)|密\s*级|缓\s*急)\s*[:：]?$")


BARE_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}")


def _filler(raw: list[str | None]) -> bool:
    """A line above a table's header or below its rows that is not part of it: 填报单位：… 填报日期：…, 注：…,
    填表人：…, a title written in the first cell."""
    filled = [c for c in raw if c]
    if not filled or not any(LABEL_VALUE.match(c) or NOTE.match(c) for c in filled):
        return False
    if all(LABEL_VALUE.match(c) or NOTE.match(c) or BARE_DATE.fullmatch(c) for c in filled):  # 填报日期 unlabelled
        return True
    # labels in cells of their own, each value in the cell after it (填报单位： | 县市场监管局 | 填报时间： | …)
    labels = [bool(LABEL_VALUE.fullmatch(c)) for c in filled]
    return labels[0] and all(own or labels[i - 1] for i, own in enumerate(labels) if i)


def _form(rows: list[list[str]]) -> bool:
    """Label | value pairs in every row (a minutes or registration form), not a header over rows."""
    labelled = sum(bool(r[0]) and bool(FORM_LABEL.match(r[0])) and len({c for c in r if c}) >= 2 for r in rows)
    return len(rows) >= 2 and labelled >= max(2, len(rows) * 0.6)


LETTERHEAD = re.compile(r"〔\d{4}〕\d+号|签发人|文件$|^\d{4}年\d{1,2}月\d{1,2}日$")


def _layout(rows: list[list[str]]) -> bool:
    """A letterhead or signature laid out in a small grid (organ | 文件, 文号 | 签发人, organ over date)."""
    return len(rows) <= 3 and len(rows[0]) <= 3 and any(LETTERHEAD.search(c) for r in rows for c in r if c)


# a total row's label: 合计, 总 计, 小计：, 全区合计, 本月合计, 合计（件）, 本年累计, 总数
TOTAL = re.compile(r"(?:(?:全[区县市镇乡省]|本[周月季年]度?|累计|总)?[合总小共]\s*计|(?:本[周月季年]度?)?累\s*计"
                   r"|总\s*数|合计数)\s*(?:[:：]|[（(][^）)]{1,8}[）)])?")
# a line marking the end of the records: 以下空白, （以下无内容）
BLANK_MARK = re.compile(r"[（(]?(?:以下|此处|本栏)(?:空白|无内容|无正文)[）)]?|[（(]?空\s*白[）)]?")
# a row of column numbers under a header (甲 | 乙 | 1 | 2 | 3, 栏次 | 1 | 2 …), as statistics forms print
COLUMN_NUMBER = re.compile(r"[甲乙丙丁戊]|栏\s*次|\d{1,2}")
# a header's units on a row of their own: （件） （万元） （人次）
UNIT = re.compile(r"[（(](?:单位[:：])?[万亿千百]?(?:件|个|人次?|次|场次?|元|户|家|批|起|项|份|天|日|小时|篇|条|期|名"
                  r"|所|吨|公斤|千克|平方米|米|%|％|册|套|台|部|张|盒|瓶|箱)[）)]")
# a sentence under the rows giving a total (合计参训人数：566人次, 共计受理案件：12件), not a record
TOTAL_LINE = re.compile(r"(?:合\s*计|总\s*计|共\s*计|累\s*计)[\u4e00-\u9fff]{1,10}\s*[:：]\s*\d")
TRAILER = re.compile(r"^(?:以上|本表|上述|数据来源|资料来源|数据截[至止])")


def _sparse(raw: list[str | None]) -> bool:
    """A row above a table that only a few texts fill (a title, 表1 …, 单位：件, a preamble line)."""
    filled = {c for c in raw if c}
    labels = any(len(c) <= 6 and not LABEL_VALUE.match(c) and not SECTION.match(c) and any(w in c for w in HEADER_WORDS)
                 for c in filled)  # (a numbered caption, 二、培训情况, is no group label)
    return not filled or (len(filled) <= 2 and len(filled) * 2 < len(raw) and not labels)  # not a group-label row


def _preamble(raw: list[list[str | None]]) -> int:
    """How many rows before the header are not part of the table: up to a header-like row within the first six
    rows when every row above it is sparse (a title with 单位：人 beside it, a preamble sentence, 表1 …)."""
    for i in range(1, min(6, len(raw))):
        if not _sparse(raw[i - 1]):
            return 0
        if _header_like([c or "" for c in raw[i]]):
            return i
    return 0


def _trailer(raw: list[str | None]) -> bool:
    """A line under a table's rows that is not a record: a bare date (a signature's), 以上数据截至…。, a note
    in one cell across the row, 备注 | text."""
    filled = list(dict.fromkeys(c for c in raw if c))
    if not filled:
        return False
    if all(BARE_DATE.fullmatch(c) for c in filled):
        return True
    if TOTAL_LINE.match("".join(filled)):  # 合计参训人数：566人次 (OCR may part it over two cells)
        return True
    if len(filled) == 2 and re.fullmatch(r"(?:备\s*注|附\s*注|注|说\s*明|填表说明)[:：]?", filled[0]):
        return len(raw) >= 3
    one = filled[0]
    return len(filled) == 1 and len(raw) >= 3 and len(one) >= 8 and (TRAILER.match(one) is not None or (
        one.endswith(("。", "；")) and (not raw[0] or raw[0] == one or re.match(r"\d{1,2}\s*[.、．]", one) is None)))


def _spanning_note(raw: list[str | None]) -> bool:
    """A line under the rows in one cell merged across the whole row (说明 1.…, a source line, 以下空白): every
    cell holds the merged text (a spreadsheet's merge) or is None (a text PDF's), none is left empty."""
    filled = {c for c in raw if c}
    return len(raw) >= 3 and len(filled) == 1 and "" not in raw and len(next(iter(filled))) >= 4


def _column_numbers(row: list[str]) -> bool:
    """A row numbering the columns (甲 | 乙 | 1 | 2 | 3 …), not a record: 1, 2, 3 … in order, three or more."""
    filled = [c for c in row if c]
    numbers = [int(c) for c in filled if c.isdigit()]
    return (len(filled) >= max(3, len(row) - 1) and all(COLUMN_NUMBER.fullmatch(c) for c in filled)
            and len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1)


def table_of(grid: Grid) -> Table | None:
    """One grid as a table: header found, title and blank rows dropped, wrapped rows joined."""
    raw = [[_clean(c) for c in row] for row in grid.rows]
    raw = [r for r in raw if any(r)]
    while raw and (_title_row(raw[0]) or _filler(raw[0])):
        raw.pop(0)
    raw = raw[_preamble(raw):]
    while raw and (_filler(raw[-1]) or _trailer(raw[-1]) or _spanning_note(raw[-1])
                   or (raw[-1][0] and NOTE.match(raw[-1][0]))):  # 注：… read over several cells
        raw.pop()
    rows = [r for r in _filled(raw) if any(r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    kept = [c for c in range(width) if any(r[c] for r in rows)]  # a column only the title row reached
    if len(kept) < width and len(rows) >= 2 and _header_like([rows[0][c] for c in kept]):  # (not a row's tail)
        rows, width = [[r[c] for c in kept] for r in rows], len(kept)
    if grid.ocr and len(rows) >= 2 and (parted := _header_run_into_row(rows[0], rows[1])):
        rows[0:1] = parted
    if width < 2 or _form(rows) or _layout(rows):
        return None
    header: list[str] = []
    if _header_like(rows[0]):
        header = rows.pop(0)
        for _ in range(2):  # group labels over one or two lower rows (案件情况 over 专利 over 立案 | 结案)
            if not (rows and _second_header(header, rows[0])):
                break
            header = _leaves(header, rows.pop(0), read=grid.ocr)
    body = [r for r in rows if r != header]
    if grid.ocr and header and body:  # a label and the first record's text read as one piece over both rows
        for c, (label, cell) in enumerate(zip(header, body[0], strict=True)):
            m = HEAD_OF_CELL.match(label) if label == cell else None
            if m and m.group(2).strip() and sum(bool(h) for h in header) >= 3:
                header[c], body[0][c] = m.group(1), m.group(2).strip()  # 单位区公安分局 over 单位 | 区公安分局
    if header and body and _column_numbers(body[0]):
        body.pop(0)
    if header and body and any(body[0]) and all(not c or UNIT.fullmatch(c) for c in body[0]):
        header = [_join(h, u) if u != h else h for h, u in zip(header, body.pop(0), strict=True)]  # 立案数 over （件）
    if grid.ocr:  # a speck OCR reads beside a row number (「9.」, 「10、」)
        body = [[re.sub(r"^(\d{1,3})\s*[.,、·'`]$", r"\1", r[0]), *r[1:]] for r in body]
    serial_count = sum(bool(re.fullmatch(r"\d{1,4}", r[0])) for r in body)
    serial = bool(body) and (header[:1] == ["序号"] or serial_count >= max(2, len(body) * 0.6))
    keyed = not grid.ruled and (serial or (grid.ocr and sum(bool(r[0]) for r in body) >= len(body) * 0.7))
    table = Table(grid.pages, header, serial=serial)
    for at, row in enumerate(body):
        if _blank(row, serial) or _total(row, serial):
            continue  # a total (合计) sums the rows, it is not one
        if len(row) >= 3 and len(set(row)) == 1:
            continue  # one text merged across the row: a section's caption (一、专利案件), not a record
        if _caption(row, serial_count >= 2):
            continue  # a section's caption written in its first cells, not merged (一 | 宣传工作 | | )
        if keyed and not row[0] and table.rows and not (grid.ocr and serial and _lost_number(table.rows[-1], row,
                                                                                              body[at + 1:])) \
                and (grid.ocr or not _full(row)):  # a cell's text does not wrap onto a spreadsheet's next row
            # no number (or key) of its own: a wrapped piece of the row above
            table.rows[-1] = [_join(a, b) for a, b in zip(table.rows[-1], row, strict=True)]
        else:
            table.rows.append(row)
    if grid.ocr and serial:
        _split_serials(table.rows)
        _number_lost_serials(table.rows)
        numbered = [r[0] for r in table.rows] == [str(i) for i in range(1, len(table.rows) + 1)]
        if header and (re.fullmatch(r".号|序.", header[0]) or (  # 序号 misread (予号, 席毕) over the numbers
                numbered and len(table.rows) >= 3 and len(header[0]) == 2 and not any(w in header[0] for w in
                                                                                      HEADER_WORDS))):
            table.header[0] = "序号"
    if grid.ocr:
        _repair_yes_no(table.rows)
        table.rows = [[DASH if re.fullmatch(r"[一\-_－]{1,2}", c) else c for c in row] for row in table.rows]
    return table


def _leaves(top: list[str], lower: list[str], read: bool = False) -> list[str]:
    """A two-row header as one row of labels, each column named as a reader names it: the group label over it
    (repeated over the columns it spans, or written once with empty cells after it) and the leaf under it joined
    (立案数（件） over 上半年 | 下半年: 立案数（件）上半年, 立案数（件）下半年); a label over both rows (repeated in
    both, or over an empty cell) alone; a label over another text one label on two lines (罚没金额 over （元）).
    `read`: a grid OCR read, where a group written once stands in whichever cell holds its centre: its leaves
    alone name the columns unless the grid saw its span (the group repeated over them, _group_labels)."""
    out, group = [], ""
    for c, (a, b) in enumerate(zip(top, lower, strict=True)):
        if read:
            beside = [top[k] for k in (c - 1, c + 1) if 0 <= k < len(top)]
            # beside an empty cell it may be a group written once, unless the lower text goes on with it: （元）, 开
            alone = a and b and a != b and a not in beside and ("" not in beside or b[0] in "（(" or len(b) <= 2)
            spanned = a and b and a != b and a in beside  # a group the grid saw span its leaves (its cells
            # merged, a label over them): named with each leaf, as a reader names the column
            out.append(_join(a, b) if alone or spanned else b or a)
        elif a:
            group = a if b and b != a else ""  # a group may go on over the empty cells after it
            out.append(_join(a, b) if b and b != a else a)
        else:
            out.append(_join(group, b) if b else "")
    return out


HEADER_WORD = re.compile("|".join(HEADER_WORDS))
HEAD_OF_CELL = re.compile(rf"^([\u4e00-\u9fff]{{0,4}}(?:{'|'.join(HEADER_WORDS)}))(.*)$")


def _header_run_into_row(top: list[str], below: list[str]) -> list[list[str]] | None:
    """A photo's header row OCR read together with the first record under it (单位区公安分局 | 姓名韦倩明 |
    联系电话13029605670: the rule between them lost) parted again into [header, record]: every filled cell a
    header word and a tail, tails in at least half the cells, one a number (a phone, a count, a serial), each
    tail of the kind (digits or words) the row below has in that column."""
    parts = []
    for cell in top:
        m = HEAD_OF_CELL.match(cell) if cell else None
        if cell and not m:
            return None
        parts.append((m.group(1), m.group(2).strip()) if m else ("", ""))
    tails = [tail for _, tail in parts if tail]
    if len(tails) < max(2, (len([c for c in top if c]) + 1) // 2) or not any(DATA_CELL.search(t) for t in tails):
        return None
    for (_, tail), under in zip(parts, below, strict=False):
        if tail and under and bool(re.fullmatch(r"[\d\-\s]+", tail)) != bool(re.fullmatch(r"[\d\-\s]+", under)):
            return None
    return [[head for head, _ in parts], [tail for _, tail in parts]]


CAPTION_NUMBER = re.compile(r"[（(]?[一二三四五六七八九十]{1,3}[）)、.．]?")  # 一, 二、, （三）: a section's number


def _caption(row: list[str], numbered: bool) -> bool:
    """A section's caption over the records below it, not merged across: a Chinese section number where the
    records are numbered 1, 2, 3 (`numbered`; 一 | 宣传工作, 二、执法工作) or a numbered caption alone in the row
    (| 一、宣传工作 |), the cells after its first two empty."""
    if len(row) < 3 or any(row[2:]):
        return False
    if numbered and row[0] and CAPTION_NUMBER.fullmatch(row[0]):
        return True
    filled = [c for c in row if c]
    return len(filled) == 1 and SECTION.match(filled[0]) is not None


def _full(row: list[str]) -> bool:
    """A row filling three quarters of its cells after the first (a record, whatever its first cell holds)."""
    return sum(bool(c) for c in row[1:]) >= max(2, (len(row) - 1) * 0.75)


def _total(row: list[str], serial: bool) -> bool:
    """A total (合计, 小计 beside a unit's name merged down over its records) or an end marker (以下空白): its label
    is the first text, or stands in one of the leading cells of a row without a number of its own."""
    first = next((c for c in row if c), "")
    if TOTAL.fullmatch(first) or BLANK_MARK.fullmatch(first):
        return True
    lead = row[1:3] if serial else row[:3]
    return not (serial and row[0]) and any(TOTAL.fullmatch(c) for c in lead if c)


def _lost_number(above: list[str], row: list[str], below: list[list[str]]) -> bool:
    """Whether an OCR row without a number is a record whose number OCR lost (not a wrapped piece of the row
    above): it and the row above each fill three quarters of the other cells, and the next numbered row skips
    the number it would have (or no numbered row follows and it has whole values where the row above has)."""
    def full(r: list[str]) -> bool:
        return sum(bool(c) for c in r[1:]) >= max(2, (len(r) - 1) * 0.75)

    following = next((r[0] for r in below if r[0] and not _total(r, True)), None)  # (a 合计 row sums, no record)
    if following is None:  # the last record, its number lost: whole values (a date, a count) where the row
        # above has them, not the tails of wrapped cells (「13日」, 「55号」)
        whole = [c for c, (a, b) in enumerate(zip(above, row, strict=True)) if c and any(
            re.fullmatch(p, a) and re.fullmatch(p, b) for p in (BARE_DATE.pattern, r"\d+(?:\.\d+)?"))]
        return full(above) and full(row) and above[0].isdigit() and bool(whole)
    return full(above) and full(row) and above[0].isdigit() and following.isdigit() \
        and int(following) == int(above[0]) + 2


DASH = "—"  # an empty cell's placeholder (文号 —), which OCR reads as 一 or -
LOOKALIKE = {"香": "否", "杏": "否", "吞": "否", "呑": "否", "古": "否", "舌": "否", "足": "是", "星": "是", "昰": "是"}


def _repair_yes_no(rows: list[list[str]]) -> None:
    """In a 是/否 column (是否公开) of an OCR table, glyphs OCR confuses with 否 or 是 (香, 杏; 足), alone or read
    twice (「香否」), are that answer."""
    for c in range(len(rows[0]) if rows else 0):
        filled = [r[c] for r in rows if r[c]]
        if filled and sum(v in ("是", "否") for v in filled) >= len(filled) / 2:
            for row in rows:
                answers = {LOOKALIKE.get(ch, ch) for ch in row[c]}
                if len(row[c]) <= 2 and len(answers) == 1 and answers <= {"是", "否"}:
                    row[c] = answers.pop()


def _split_serials(rows: list[list[str]]) -> None:
    """Row numbers OCR read as one piece across rows whose rule between them it did not see (「23」 over rows 2 and
    3, taken as one merged cell): k rows in a row showing the same numbers run together (all k, or those OCR read)
    take the k numbers the sequence gives them, one each, where the next row goes on with the sequence."""
    i = 0
    while i < len(rows):
        end = i
        while end + 1 < len(rows) and rows[end + 1][0] == rows[i][0]:
            end += 1
        before = int(rows[i - 1][0]) if i and rows[i - 1][0].isdigit() else 0
        numbers = [str(before + 1 + k) for k in range(end - i + 1)]
        after = rows[end + 1][0] if end + 1 < len(rows) else None

        def some(text: str, start: int, k: int) -> bool:  # numbers start … start+k-1, some OCR lost, run together
            return bool(text) and re.fullmatch("".join(f"(?:{start + n})?" for n in range(k)), text) is not None

        if end > i and some(rows[i][0], before + 1, end - i + 1) and (
                after is None or not after.isdigit() or some(after, before + end - i + 2, 4)):
            for k, number in enumerate(numbers):
                rows[i + k][0] = number
        i = end + 1


def _number_lost_serials(rows: list[list[str]]) -> None:
    """Rows of an OCR table whose 序号 was not read or misread (a lone digit is easily lost; 4 read as A) take the
    numbers the sequence gives them, where the rows above are numbered 1 … k in order and the next number (if
    any) is the one expected; a number after them holding lost ones run together (「56」 for 5 and 6) is one of
    them. (An unruled table's unnumbered lines were joined to their rows before.)"""
    def number(i: int) -> int | None:
        return int(rows[i][0]) if 0 <= i < len(rows) and rows[i][0].isdigit() else None

    def lost(i: int) -> bool:  # nothing read, or a glyph or two OCR took for something else (A for 4, | for 1)
        return not rows[i][0] or bool(re.fullmatch(r"[A-Za-z|!\]\[)(.,'`]{1,2}", rows[i][0]))

    i = 0
    while i < len(rows):
        if not lost(i):
            i += 1
            continue
        end = i
        while end + 1 < len(rows) and lost(end + 1):
            end += 1
        if end + 1 < len(rows) and rows[end + 1][0] in {"".join(map(str, range(k, end + 3))) for k in range(i + 1,
                                                                                                       end + 2)}:
            end += 1  # the lost numbers read into the next row's (「56」 where 3, 4, 5 were lost and 6 stands)
        before, after = number(i - 1) if i else 0, number(end + 1)
        in_order = before == i  # the rows above are numbered 1 … i
        if in_order and (after == before + end - i + 2 or (after is None and end == len(rows) - 1)):
            for k in range(i, end + 1):
                rows[k][0] = str(k + 1)
        i = end + 1


def _loose_header(row: list[str]) -> bool:
    """A first row that may stand as a header where none read like one: two or more short texts, no 文号."""
    filled = [c for c in row if c]
    return len(set(filled)) >= 2 and all(len(c) <= 24 and "〔" not in c for c in filled)


def _continues(prev: Table | None, table: Table) -> bool:
    if prev is None or table.pages[0] != prev.pages[-1] + 1:
        return False
    width = len(table.header) if table.header else len(table.rows[0]) if table.rows else 0
    return width == len(prev.header) and (not table.header or _same(table.header, prev.header)
                                          or _grouped(table.header, prev.header) is not None)


def _grouped(header: list[str], other: list[str]) -> list[str] | None:
    """One header read two ways on two pages, where OCR joined a group label into its first leaf (办理时间立案日期
    for 立案日期) or lost a wrapped label's first line (（元） for 罚没金额（元）): each label the same or one ending
    with the other, half of them the same at least. The fuller labels, else None."""
    def bare(cell: str) -> str:
        return re.sub(r"[\W_]", "", cell)

    labels, same = [], 0
    for a, b in zip(header, other, strict=True):
        x, y = bare(a), bare(b)
        if x != y and not (min(len(x), len(y)) >= 1 and (x.endswith(y) or y.endswith(x))):
            return None
        same += x == y
        labels.append(a if len(x) >= len(y) else b)
    return labels if same * 2 >= len(header) and (labels != header or labels != other) else None


def _same(header: list[str], other: list[str]) -> bool:
    """The same header, but for punctuation and spaces (OCR reads a repeated header with specks: 「是否:公开」)."""
    def bare(cells: list[str]) -> list[str]:
        return [re.sub(r"[\W_]", "", c) for c in cells]

    a, b = bare(header), bare(other)
    if a == b:
        return True
    # a header repeated on an OCR page with a glyph misread (是否公开 as 是香公开): all labels but one the same,
    # that one the same length and differing in one character
    odd = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) >= 3 and len(odd) == 1 and len(odd[0][0]) == len(odd[0][1]) >= 2 and sum(
        p != q for p, q in zip(*odd[0], strict=True)) == 1


def _keyed(table: Table) -> bool:
    """Whether the first column is filled on every row (a 序号, a date): an empty one marks a row's tail."""
    return bool(table.rows) and (table.serial or all(r[0] for r in table.rows))


def _tail(records: list[list[str]], first: list[str]) -> bool:
    """Whether a page's first row is the tail of the record above a page break split (青岚县市场监管局双 | 7 | 3 …
    over 河所 | | …) in a table whose records fill their cells: it fills under half its cells, none with a number
    or a date, where every record above fills three quarters of them or more."""
    filled = [c for c in first if c]
    return bool(filled) and len(filled) * 2 < len(first) and not any(re.search(r"\d", c) for c in filled) \
        and all(sum(bool(c) for c in r) >= len(r) * 0.75 for r in records)


def joined(tables: list[Table], pages: bool = True) -> list[Table]:
    """Tables continued on the next page merged into one (page-split rows joined); `pages` False: the tables'
    "pages" are a workbook's sheets, each its own table."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out and pages else None
        if prev and table.header and not table.header[0] and not _same(table.header, prev.header) and _keyed(prev):
            table.rows, table.header = [table.header, *table.rows], []  # a split row's tail read as a header
        if not _continues(prev, table):
            if not table.header and table.rows and _loose_header(table.rows[0]):  # its first row serves as one
                table.header = table.rows.pop(0)
            out.append(table)
            continue
        if table.header and (leaves := _grouped(table.header, prev.header)):
            prev.header = leaves
        rows = list(table.rows)
        if rows and prev.rows and ((_keyed(prev) and not rows[0][0]) or _tail(prev.rows, rows[0])):  # a row split
            # by the page break
            prev.rows[-1] = [_join(a, b) for a, b in zip(prev.rows[-1], rows.pop(0), strict=True)]
        for row in rows:  # cells merged down from the previous page
            row[:] = [prev.rows[-1][c] if cell == CARRIED else cell for c, cell in enumerate(row)]
            prev.rows.append(row)
        prev.pages = sorted(set(prev.pages + table.pages))
    for table in out:
        table.rows = [[c.replace(CARRIED, "") for c in row] for row in table.rows]
    return [t for t in out if t.header and t.rows]


# ---- raw grids from each format ------------------------------------------------------------------------


def drawn_paths(page) -> int:
    """The path objects a pypdfium2 page draws (in form XObjects too): pdf_grids' gate before pdfplumber."""
    import pypdfium2.raw as pdfium_c

    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2))


def pdf_grids(path: Path, pages: list[int], paths: dict[int, int] | None = None) -> list[Grid]:
    """Ruled tables on the given text-PDF pages, cells as pdfplumber reads them (None where merged). Only pages
    drawing MIN_PATHS paths or more can hold one (`paths`: each page's drawn_paths where the reader counted them
    already; else the file is opened to count them)."""
    import pdfplumber
    import pypdfium2

    if paths is None:
        paths = {}
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for n in pages:
                paths[n] = drawn_paths(pdf[n - 1])
        finally:
            pdf.close()
    ruled = [n for n in pages if paths[n] >= MIN_PATHS]
    grids = []
    if ruled:
        with pdfplumber.open(str(path)) as plumber:
            for n in ruled:
                for table in plumber.pages[n - 1].extract_tables():
                    grids.append(Grid([n], table))
    return grids


def docx_grids(path: Path, parsed=None) -> list[Grid]:
    """`parsed`: the python-docx Document the reader opened already."""
    import docx

    d = parsed if parsed is not None else docx.Document(str(path))
    return [Grid([1], [[c.text for c in row.cells] for row in t.rows]) for t in d.tables]


def _xlsx_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):  # General shows no binary noise (0.1 + 0.2 as 0.3)
        return str(int(value)) if value.is_integer() else str(round(value, 9))
    return str(value)


DATE_TOKEN = re.compile(r'yyyy|yy|mm|m|dd|d|hh|h|ss|s|"([^"]*)"|\\(.)|\[[^\]]*\]|(.)', re.I)
BUILTIN_SHORT_DATE = ("mm-dd-yy", "m/d/yy", "m/d/yyyy")  # Excel shows its short date in the reader's locale


def _date_shown(value: dt.date, fmt: str) -> str | None:
    """A date as a date number format prints it (yyyy"年"m"月"d"日", yyyy/m/d, m"月"d"日", yyyy/m/d h:mm); None for
    other formats (General, a weekday or month name, AM/PM)."""
    fmt = fmt.split(";")[0]
    if fmt.lower() in BUILTIN_SHORT_DATE:
        fmt = "yyyy/m/d"  # the zh-CN short date
    if re.search(r"AM/PM", fmt, re.I) or not re.search(r"[yd]", fmt, re.I) or "ddd" in fmt.lower() \
            or "mmm" in fmt.lower():
        return None
    clock = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    tokens = list(DATE_TOKEN.finditer(fmt))
    out = []
    for i, m in enumerate(tokens):
        token = m.group(0).lower()
        if token in ("m", "mm"):  # minutes after hours or before seconds, else the month
            before = next((t.group(0).lower() for t in reversed(tokens[:i]) if t.group(0).lower() in
                           ("h", "hh", "d", "dd", "y", "yy", "yyyy")), "")
            after = next((t.group(0).lower() for t in tokens[i + 1:] if re.fullmatch(r"[a-z]+", t.group(0), re.I)), "")
            if before.startswith("h") or after.startswith("s"):
                token = "n" if token == "m" else "nn"
        out.append({"yyyy": f"{clock.year:04d}", "yy": f"{clock.year % 100:02d}", "mm": f"{clock.month:02d}",
                    "m": str(clock.month), "dd": f"{clock.day:02d}", "d": str(clock.day), "hh": f"{clock.hour:02d}",
                    "h": str(clock.hour), "nn": f"{clock.minute:02d}", "n": str(clock.minute),
                    "ss": f"{clock.second:02d}", "s": str(clock.second)}.get(token)
                   or m.group(1) or m.group(2) or m.group(3) or "")
    return "".join(out)


NUMBER_PART = re.compile(r'\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|"([^"]*)"|\\(.)|[_*].|([0#?.,%]+)|(.)')


def _number_shown(value: float, fmt: str) -> str | None:
    """A number as a fixed format prints it (0.00, #,##0, 0.0%, ¥#,##0.00, 0"件"), rounded half away from zero
    as Excel does; None for General and formats without digits."""
    parts = list(NUMBER_PART.finditer(fmt.split(";")[0]))
    digits = "".join(m.group(4) or "" for m in parts)
    if "0" not in digits and "#" not in digits:
        return None
    decimals = len(re.search(r"\.([0#?]*)", digits).group(1)) if "." in digits else 0
    scaled = Decimal(str(value * 100 if "%" in digits else value))
    text = f"{scaled.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):{',' if ',' in digits else ''}f}"
    if "%" in digits:
        text += "%"
    literal = [m.group(1) or m.group(2) or m.group(3) or m.group(5) or "" if not m.group(4) else None for m in parts]
    first = next(i for i, x in enumerate(literal) if x is None)
    last = max(i for i, x in enumerate(literal) if x is None)
    return "".join(literal[:first]) + text + "".join(x for x in literal[last + 1:] if x is not None)


def _xlsx_text(cell, value=None) -> str:
    """A cell's value (`value`: a formula's computed one) as the sheet shows it: dates and fixed-format numbers by
    their number format (a day at midnight without the time a default date-time format adds)."""
    value, fmt = cell.value if value is None else value, cell.number_format or "General"
    if isinstance(value, dt.datetime) and not (value.hour or value.minute or value.second):
        return _date_shown(value.date(), re.split(r"\s+(?=\[?h)", fmt, flags=re.I)[0]) or _xlsx_value(value)
    if isinstance(value, dt.datetime):
        return _date_shown(value, fmt) or _xlsx_value(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return _date_shown(value, fmt) or _xlsx_value(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt != "General":
        return _number_shown(value, fmt) or _xlsx_value(value)
    return _xlsx_value(value)


def _sheet_parts(rows: list[list[str]]) -> list[list[list[str]]]:
    """A sheet's rows cut where a second table starts below the first: after a blank row (and a caption in one
    cell, 二、宣传情况), a row of header words (序号 | 活动名称 | 发放资料: half its cells or more hold one, none
    holds data) — not a spacer row between the records of one table, nor its header repeated."""
    parts: list[list[list[str]]] = [[]]
    for i, row in enumerate(rows):
        filled = [c for c in row if c]
        after_blank = i and (not any(rows[i - 1]) or (i >= 2 and not any(rows[i - 2])
                                                       and len([c for c in rows[i - 1] if c]) == 1))
        if after_blank and sum(any(r) for r in parts[-1]) >= 3 and len(filled) >= 2 \
                and (sum(any(w in c for w in HEADER_WORDS) for c in filled) * 2 >= len(filled)
                     or (row in parts[-1] and _caption_over(rows[i - 1]) and _header_like(row))) \
                and not any(DATA_CELL.search(c) for c in filled) \
                and (row not in parts[-1] or _caption_over(rows[i - 1])):
            # (a header repeated goes on with the table, unless a caption over it starts another)
            caption = parts[-1].pop() if any(rows[i - 1]) else None
            parts.append([caption] if caption else [])
        parts[-1].append(row)
    return parts


def _side_by_side(rows: list[list[str]], owned: list[int | None]) -> list[list[list[str]]]:
    """A sheet's rows as the tables set side by side on it (一季度 | | 二季度, each with its own header), cut at the
    columns with no text of their own (a spacer column; a title merged across both tables runs over it): where
    each part holds a header (two labels or more) over two rows at least. Else the sheet's rows as one part.
    `owned`: per visible column, its index in `rows` where it holds a text of its own, else None."""
    blocks: list[list[int]] = []
    for c, at in enumerate(owned):
        if at is not None and blocks and c and owned[c - 1] is not None:
            blocks[-1].append(at)
        elif at is not None:
            blocks.append([at])
    if len(blocks) < 2:
        return [rows]
    parts = []
    for cols in blocks:
        part = [[row[c] for c in cols] for row in rows]
        part = [row for row in part if any(row)]
        at = next((i for i, row in enumerate(part) if len(row) >= 2 and _header_like(row)
                   and sum(bool(c) for c in row) >= 2 and not _title_row(row)), None)
        if at is None or sum(sum(bool(c) for c in row) >= 2 for row in part[at + 1:]) < 2:
            return [rows]
        parts.append(part)
    return parts


def _caption_over(row: list) -> bool:
    """A caption over a table's header (一季度, 表2 …), not 续表 (the table above goes on)."""
    return any(row) and not any(re.search(r"续", c) for c in row if c)


def hidden_columns(ws) -> set[int]:
    """A worksheet's hidden columns (0-based): a hidden range is stored once, B:C as B with max 3."""
    return {c for d in ws.column_dimensions.values() if d.hidden and d.min for c in range(d.min - 1, d.max or d.min)}


def xlsx_grids(path: Path, parsed=None) -> list[Grid]:
    """Each visible sheet's used range as the sheet shows it: merged ranges filled from their top-left cell,
    hidden rows and columns left out, and columns empty throughout (a table set in from column A) dropped.
    `parsed`: the workbook the reader loaded already (as load_workbook(path, data_only=True))."""
    import openpyxl
    wb = parsed if parsed is not None else openpyxl.load_workbook(path, data_only=True)
    book = formulas.Book(openpyxl.load_workbook(path), wb) if formulas.has_formulas(path) else None
    grids = []
    try:
        for n, ws in enumerate(wb.worksheets, 1):
            if ws.sheet_state != "visible":
                continue

            def text(cell, sheet=ws.title):  # a formula without a cached value computed
                value = book.value(sheet, cell.row, cell.column) if book and cell.value is None else None
                return _xlsx_text(cell, value)

            rows = [[text(c) for c in row] for row in ws.iter_rows()]
            own = [any(row) for row in rows]  # a row with a text of its own (not only a merged cell's copy)
            owned = {c for row in rows for c, cell in enumerate(row) if cell}  # columns with a text of their own
            for merged in ws.merged_cells.ranges:
                value = text(ws.cell(merged.min_row, merged.min_col))
                for r in range(merged.min_row, merged.max_row + 1):
                    for c in range(merged.min_col, merged.max_col + 1):
                        if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                            rows[r - 1][c - 1] = value
            # a blank row a unit's name is merged down across (a spacer between its records) stays blank
            rows = [row if own[r] else [""] * len(row) for r, row in enumerate(rows)]
            width = max((len(r) for r in rows), default=0)
            hidden = hidden_columns(ws)
            shown = [c for c in range(width) if c not in hidden and any(c < len(r) and r[c] for r in rows)]
            rows = [[row[c] if c < len(row) else "" for c in shown] for r, row in enumerate(rows, 1)
                    if not ws.row_dimensions[r].hidden]
            visible = [c for c in range(width) if c not in hidden]  # a spacer column is empty: not in `shown`
            for block in _side_by_side(rows, [shown.index(c) if c in owned else None for c in visible]):
                grids += [Grid([n], part) for part in _sheet_parts(block) if len(part) >= 2]
    finally:
        wb.close()
    return grids


# ---- ruling lines on page images (scans, photos) ----------------------------------------------------------

Rule = list[tuple[float, float]]  # a drawn line as (along, across) points: (x, y) for a horizontal one, (y, x) vertical
RULE_SHARE = 0.85  # share of a band's length a rule darkens
FAINT = 30  # a second look for rules: ink this far below the paper (a phone photo's thin grey rules, ~55 levels)
RULE_BANDS = (5, 3)  # bands a horizontal / vertical rule crosses at least (a character's stroke one or two; a
# table is wider than 5 bands, a third of the page, but may be only a header and a row high)


def _dark(image, faint: bool = False):
    """Ink: pixels well below the local paper tone (the bright level of 32-px blocks), so a photo's shadow is not
    ink and a grey header fill is not either. `faint`: pixels a little below it (a grey rule; text's halo too)."""
    import numpy as np

    gray = np.asarray(image.convert("L"), dtype=np.int16)
    block = 32
    h, w = gray.shape
    padded = np.pad(gray, ((0, -h % block), (0, -w % block)), mode="edge")
    tiles = padded[::4, ::4].reshape(padded.shape[0] // block, block // 4, padded.shape[1] // block, block // 4)
    tiles = np.sort(tiles.swapaxes(1, 2).reshape(tiles.shape[0], tiles.shape[2], -1), axis=2)
    paper = tiles[:, :, int(tiles.shape[2] * 0.9)]
    # worked out per block, then spread over its pixels: half the CPU
    limit = paper - (np.full_like(paper, FAINT) if faint else np.maximum(45, paper * 0.3))
    return gray < np.repeat(np.repeat(limit, block, axis=0), block, axis=1)[:h, :w]


def _rules_along(dark, band: int, thick: int, least: int) -> list[Rule]:
    """Lines running along axis 1 of `dark` (horizontal rules; pass dark.T for vertical ones): in each band of
    `band` columns, rows dark over RULE_SHARE of the band (a slanted line stays within a few rows there; specks'
    gaps closed), chained from band to band without a gap; filled areas (a run wider than a rule) are not rules,
    nor is text (gaps between characters, and no stroke is RULE_BANDS bands long)."""
    import numpy as np

    grown = dark.copy()
    grown[:, 1:-1] |= dark[:, :-2] & dark[:, 2:]  # close one-pixel breaks along the line
    slanted = grown.copy()
    for shift in (1, 2):  # a line slanting within the band still counts: thicken it across
        slanted[shift:] |= grown[:-shift]
        slanted[:-shift] |= grown[shift:]
    sums = np.zeros((dark.shape[0], dark.shape[1] + 1), dtype=np.int32)
    np.cumsum(slanted, axis=1, out=sums[:, 1:])
    chains: list[list] = []
    for start in range(0, dark.shape[1] - band // 2, band):
        end = min(start + band, dark.shape[1])
        share = (sums[:, end] - sums[:, start]) / (end - start)
        hits = np.flatnonzero(share >= RULE_SHARE)
        runs = np.split(hits, np.flatnonzero(np.diff(hits) > 1) + 1) if hits.size else []
        centre = start + band / 2
        for run in runs:
            if len(run) > thick + 4:
                continue
            across = float(run.mean())
            near = [c for c in chains if centre - c[-1][0] <= 1.5 * band and abs(c[-1][1] - across) <= thick]
            if near:
                min(near, key=lambda c: abs(c[-1][1] - across)).append((centre, across))
            else:
                chains.append([(centre, across)])
    rules = _joined([c for c in chains if len(c) >= least], thick)
    for piece in (c for c in chains if len(c) < least):  # a stretch cut off by text touching the rule
        rule = next((r for r in rules if all(abs(_across(r, a) - b) <= thick / 2 for a, b in (piece[0], piece[-1]))
                     and not any(r[0][0] <= a <= r[-1][0] and _covers(r, a) for a, _ in piece)), None)
        if rule is not None:
            rule[:] = sorted(rule + piece)
    return rules


class Rules(tuple):
    """A page's (horizontal, vertical) ruling lines, and `faint`: those found again at a fainter ink level (a phone
    photo's thin grey rules, which the first look sees in pieces or not at all; the halo of a scan's dense text
    line can pass for one there), `band` and `thick`, the band length rules were looked for in and the most a rule
    is thick (pixels)."""
    faint: tuple = ([], [])
    band: float = 24.0
    thick: float = 4.0


def ruling_lines(image) -> Rules:
    """The horizontal and vertical ruling lines of a page image (a ruled table's grid), in the image's pixels;
    band-wise so a skewed or photographed page's lines are found too. The fainter look's lines ride along
    (table_rules picks from both with the page's text boxes at hand)."""
    rules = Rules(_ruling_lines(_dark(image)))
    rules.faint, rules.band, rules.thick = _ruling_lines(_dark(image, faint=True)), _band(max(image.size)), \
        _thick(max(image.size))
    return rules


def _band(side: int) -> int:
    return max(24, round(side / 48))


def _thick(side: int) -> int:
    return max(4, round(_band(side) * 0.1))


def _ruling_lines(dark) -> tuple[list[Rule], list[Rule]]:
    import numpy as np

    band, thick = _band(max(dark.shape)), _thick(max(dark.shape))
    horizontal = _straight(_rules_along(dark, band, thick, RULE_BANDS[0]))
    vertical = _straight(_rules_along(np.ascontiguousarray(dark.T), band, thick, RULE_BANDS[1]))
    slopes = sorted(_slope(v) for v in vertical)
    lean = slopes[len(slopes) // 2] if len(slopes) >= 2 else -_slope_of(horizontal)  # a turned page's columns
    tilt = _slope_of(horizontal) if len(horizontal) >= 3 else -lean
    if abs(tilt) >= 0.03:
        # a photo's row rules tilted too far for a band to see them whole (3–8°): found again in the image sheared
        # level (column x shifted up by tilt × x) and put back
        shift = np.round(tilt * np.arange(dark.shape[1])).astype(np.int64)
        rows = np.arange(dark.shape[0])[:, None] + shift[None, :]
        inside = (rows >= 0) & (rows < dark.shape[0])
        level = dark[np.clip(rows, 0, dark.shape[0] - 1), np.arange(dark.shape[1])[None, :]] & inside
        found = _straight(_rules_along(level, band, thick, RULE_BANDS[0]))
        if sum(map(len, found)) > sum(map(len, horizontal)) * 1.2:  # more of the rules' length seen
            horizontal = [[(x, y + tilt * x) for x, y in h] for h in found]
    if abs(lean) < 0.03:
        return horizontal, vertical
    # a photo's column rules lean (turned, or converging in perspective) too far for a band to see them all:
    # found again in the image sheared upright (row y shifted by -lean × y) and put back
    shift = np.round(lean * np.arange(dark.shape[0])).astype(np.int64)
    columns = np.arange(dark.shape[1])[None, :] + shift[:, None]
    inside = (columns >= 0) & (columns < dark.shape[1])
    upright = dark[np.arange(dark.shape[0])[:, None], np.clip(columns, 0, dark.shape[1] - 1)] & inside
    found = _straight(_rules_along(np.ascontiguousarray(upright.T), band, thick, RULE_BANDS[1]))
    return horizontal, ([[(y, x + lean * y) for y, x in v] for v in found] if len(found) > len(vertical)
                        else vertical)


def _through_text(rule: Rule, boxes: list, vertical: bool) -> bool:
    """Whether a rule runs through text rather than between lines or cells: a quarter of its length or more inside
    OCR pieces, within the middle of their height (a horizontal rule; a slanted piece's box is taller than its
    glyphs by the slope over its width) or between their ends (a vertical one, half a glyph in from each; a piece
    OCR read across a column's rule covers a little of the rule's length, text's strokes stacked in a column most
    of it)."""
    slope, inside = abs(_slope(rule)), 0.0
    for b in boxes:
        if vertical:
            y0, y1 = max(b[1], rule[0][0]), min(b[3], rule[-1][0])
            x, half = _across(rule, (y0 + y1) / 2), (b[3] - b[1]) / 2
            inside += y1 - y0 if y1 > y0 and b[0] + half < x < b[2] - half else 0.0
            continue
        x0, x1 = max(b[0], rule[0][0]), min(b[2], rule[-1][0])
        if x1 <= x0:
            continue
        glyphs = max((b[3] - b[1]) - slope * (b[2] - b[0]), (b[3] - b[1]) * 0.5)
        if abs(_across(rule, (x0 + x1) / 2) - (b[1] + b[3]) / 2) < glyphs * 0.3:
            inside += x1 - x0
    return inside >= (rule[-1][0] - rule[0][0]) * 0.25


def _framed(rule: Rule, across: list[Rule]) -> bool:
    """Whether a vertical rule begins and ends near the horizontal rules it crosses (two at least), as a table's
    column rule does; a scanner's streak or a fold runs on far above and below the table."""
    step, x = _step(rule), sum(a for _, a in rule) / len(rule)
    crossed = [_across(h, x) for h in across if _reaches(h, x) and rule[0][0] - 2 * step <= _across(h, x)
               <= rule[-1][0] + 2 * step]
    return len(crossed) >= 2 and rule[0][0] >= min(crossed) - 3 * step and rule[-1][0] <= max(crossed) + 3 * step


def table_rules(page) -> tuple[list[Rule], list[Rule]]:
    """The ruling lines a page's tables are read with: each rule as the fainter look saw it where that saw it over
    more bands (a grey rule the first look saw in pieces) or only there, unless it runs through text (a dense
    line's halo) or, a vertical one, on past the horizontal rules it crosses (a streak), or is shorter than the
    first look's shortest (specks in a row); else as the first look saw it."""
    rules = _page_rules(page)
    faint, thick = getattr(rules, "faint", ([], [])), getattr(rules, "thick", 4.0)
    band = getattr(rules, "band", 24.0)
    boxes = getattr(page, "boxes", None) or []
    out: list[list[Rule]] = []
    for k, (firm, light) in enumerate(zip(rules or ([], []), faint, strict=False)):
        chosen = list(firm)
        for rule in light:
            if rule[-1][0] - rule[0][0] < (RULE_BANDS[k] - 1) * band or _through_text(rule, boxes, vertical=k == 1) \
                    or (k == 1 and not _framed(rule, out[0])):
                continue
            middle = (rule[0][0] + rule[-1][0]) / 2
            same = [r for r in chosen if r[0][0] <= rule[-1][0] and rule[0][0] <= r[-1][0]
                    and abs(_across(r, middle) - _across(rule, middle)) <= thick]
            if not same:
                chosen.append(rule)
            elif len(same) == 1 and len(rule) > len(same[0]):  # drawn over more bands
                chosen[chosen.index(same[0])] = rule
        out.append(sorted(chosen, key=lambda r: _across(r, 0.0)))
    return (out[0], out[1]) if len(out) == 2 else ([], [])


def _slope_of(rules: list[Rule]) -> float:
    """The median slope of rules (0.0 for fewer than three)."""
    slopes = sorted(_slope(r) for r in rules)
    return slopes[len(slopes) // 2] if len(slopes) >= 3 else 0.0


def _slope(rule: Rule) -> float:
    return (rule[-1][1] - rule[0][1]) / (rule[-1][0] - rule[0][0]) if rule[-1][0] > rule[0][0] else 0.0


def _straight(rules: list[Rule]) -> list[Rule]:
    """Rules running the way most of them run (a page's tilt; a photo's perspective turns them a little): a
    chain of text pieces that happened to line up runs off at an angle."""
    slopes = sorted(_slope(r) for r in rules)
    usual = slopes[len(slopes) // 2] if slopes else 0.0
    return [r for r in rules if abs(_slope(r) - usual) <= 0.06]  # 3.4°


def _across(rule: Rule, along: float) -> float:
    """Where a rule lies at a point along it: interpolated, or extended from its ends along its mean slope."""
    (a0, c0), (a1, c1) = rule[0], rule[-1]
    slope = (c1 - c0) / (a1 - a0) if a1 > a0 else 0.0
    if along <= a0:
        return c0 + slope * (along - a0)
    if along >= a1:
        return c1 + slope * (along - a1)
    for (p, q), (r, s) in zip(rule, rule[1:], strict=False):
        if p <= along <= r:
            return q + (s - q) * (along - p) / (r - p) if r > p else q
    return c1


def _step(rule: Rule) -> float:
    """The band length the rule was found with (the usual distance between its points)."""
    steps = sorted(q[0] - p[0] for p, q in zip(rule, rule[1:], strict=False))
    return steps[len(steps) // 2] if steps else 1.0


def _reaches(rule: Rule, along: float) -> bool:
    """Whether `along` lies within the rule's length: up to about a band beyond its end points (an end band may
    hold too short a piece of it to count)."""
    step = _step(rule)
    return rule[0][0] - 1.4 * step <= along <= rule[-1][0] + 1.4 * step


def _covers(rule: Rule, along: float) -> bool:
    """Whether the rule is drawn at `along`: within its length and not in a gap between its pieces (a merged cell
    interrupts it)."""
    step = _step(rule)
    return _reaches(rule, along) and not any(q[0] - p[0] > 1.6 * step and p[0] + 0.8 * step < along < q[0] - 0.8 * step
                   for p, q in zip(rule, rule[1:], strict=False))


def _upward(rule: Rule, to: float) -> list[float]:
    """Points at the rule's band spacing from `to` up to its first point (to extend it there)."""
    step, first = _step(rule), rule[0][0]
    return [first - step * k for k in range(int((first - to) / step) + 1, 0, -1)]


def _joined(chains: list[Rule], thick: int) -> list[Rule]:
    """Pieces of one rule interrupted (by a merged cell, a faded stretch) joined into one rule with a gap."""
    out: list[Rule] = []
    for chain in sorted(chains, key=lambda c: c[0][0]):
        before = next((r for r in out if r[-1][0] < chain[0][0] and abs(_across(r, chain[0][0]) - chain[0][1]) <= thick
                       and abs(_across(chain, r[-1][0]) - r[-1][1]) <= thick), None)
        if before is not None:
            before.extend(chain)
        else:
            out.append(list(chain))
    return out


CELL_START = re.compile(r"\d{4}\s*[年.\-/]\s*\d|\d{1,3}(,\d{3})+|[（(《]")
DATE_END = re.compile(r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?$")  # a cell ending in a whole date


def _cut(box, at: float, per_em: float) -> int:
    """Where a piece read across a column's start (OCR joins neighbouring cells: 「鄂知发〔2023〕342023年3月26日」,
    the gap between them included) splits: the right part begins at the column's start, so the split whose right
    part spans [at, end] at the page's usual width per em (`per_em`) while the left part still fits before `at`;
    a split where a cell's text typically starts (a date, an amount, a bracket, digits after a character) wins a
    close call."""
    from ipdocs.extract.text import _ems

    text = box[4]

    def misfit(i: int) -> float:  # in ems; character widths are estimates (a font's digits are narrower)
        width = (box[2] - at) / _ems(text[i:])
        overflow = max(0.0, _ems(text[:i]) * per_em - (at - box[0])) / per_em
        after_character = text[i].isdigit() and "\u4e00" <= text[i - 1] <= "\u9fff"  # 「重阳镇人民政府99」
        start = 0.3 if CELL_START.match(text, i) or (DATE_END.search(text[:i]) and not text[i].isdigit()) \
            else 0.15 if after_character else 0.0
        return abs(width - per_em) / per_em + overflow * 0.2 - start

    return min(range(1, len(text)), key=lambda i: (misfit(i), i))


def _per_em(boxes: list) -> float:
    """The page's usual text width per em (pixels): the median over its OCR pieces."""
    from ipdocs.extract.text import _ems

    widths = sorted((b[2] - b[0]) / _ems(b[4]) for b in boxes if b[4].strip())
    return widths[len(widths) // 2] if widths else 1.0


def _cell_text(pieces: list) -> str:
    """A cell's pieces in reading order: visual lines top to bottom, each left to right; a piece OCR detected
    twice (the same text over the same place) once."""
    lines: list[list] = []
    for piece in sorted(pieces, key=lambda b: (b[1] + b[3]) / 2):
        if lines and abs((piece[1] + piece[3]) / 2 - lines[-1][0]) < (piece[3] - piece[1]) * 0.5:
            if not any(o[4] == piece[4] and min(o[2], piece[2]) - max(o[0], piece[0]) > (piece[2] - piece[0]) / 2
                       for o in lines[-1][1]):
                lines[-1][1].append(piece)
        else:
            lines.append([(piece[1] + piece[3]) / 2, [piece]])
    text = ""
    for _, line in lines:
        for piece in sorted(line, key=lambda b: b[0]):
            text = _join(text, piece[4])
    return text


def read_once(boxes: list) -> list:
    """The boxes with characters OCR read twice dropped: where two pieces of one line overlap (the second box
    reaching back over the end of the first), the end of the first read again at the start of the second —
    a cell's last digit (「2021-03-12」 | 「2武江区…」) or a date read in two pieces (「2023-」 | 「3-04-16」,
    「2023-0」 | 「-09-21」): digits, dots, dashes and slashes; or one Chinese character where the boxes overlap by
    most of one (「处罚决定书文」 | 「文罚没金」). Same order and length."""
    out = list(boxes)
    for i, b in enumerate(out):
        height = b[3] - b[1]
        for a in boxes:
            if a is boxes[i] or not (a[0] < b[0] < a[2] <= b[0] + height * 1.2) or a[2] - b[0] <= height * 0.25 \
                    or abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) >= height * 0.5:
                continue
            twice = next((k for k in (3, 2, 1) if len(b[4]) > k and a[4][-k:] == b[4][:k]
                          and re.fullmatch(r"[\d.\-/]+", b[4][:k]) and not (k == 1 and b[4][1].isdigit())), 0) or (
                # a character read twice (处罚决定书文 | 文罚没金: the boxes overlap by most of a character)
                1 if len(b[4]) > 1 and a[4][-1] == b[4][0] and "\u4e00" <= b[4][0] <= "\u9fff"
                and a[2] - b[0] >= height * 0.4 else 0)
            if twice:
                out[i] = (b[0] + (b[2] - b[0]) * twice / len(b[4]), b[1], b[2], b[3], b[4][twice:], *b[5:])
                break
    return out


def _page_rules(page) -> Rules | tuple:
    """The ruling lines a reader found on an OCR page (ruling_lines), or none: ([], [])."""
    return getattr(page, "rules", None) or ([], [])


def _firm(page) -> tuple[list[Rule], list[Rule]]:
    """The page's ruling lines as the first look found them."""
    rules = _page_rules(page)
    return rules[0], rules[1]


TWO_DATES = re.compile(r"(?:\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?){2}")


def _quality(grid: Grid | None) -> tuple:
    """How well a ruled grid reads as a table: a header and two rows at least, no header cell left empty (a rule
    through a label parts it), no cell holding two whole dates (two records: the rule between them missed), the
    rows holding two texts or more."""
    if grid is None:
        return False, False, False, -1
    filled = sum(sum(bool(c) for c in row) >= 2 for row in grid.rows)
    return filled >= 2, all(c is None or c for c in grid.rows[0]), not any(
        c and TWO_DATES.fullmatch(c) for row in grid.rows for c in row), filled


def ruled_grid(page, header: list, rules: tuple | None = None) -> Grid | None:
    """The ruled table around a header line on an OCR page: rows between horizontal rules, columns between
    vertical ones (so wrapped cells stay in their cell and a missing 序号 leaves its row standing); cells merged
    down (no rule between them, one text) all take the merged text; a piece read across a column rule is cut
    there. `rules`: other ruling lines than the page's first look found (table_rules)."""
    horizontal, vertical = rules or _firm(page)
    if len(horizontal) < 3 or len(vertical) < 3:
        return None
    top = min(b[1] for b in header)
    mid_y = sum((b[1] + b[3]) / 2 for b in header) / len(header)
    left, right = min(b[0] for b in header), max(b[2] for b in header)
    glyph = max(b[3] - b[1] for b in header)
    low = max(b[3] for b in header) + 2 * glyph
    near = sorted((v for v in vertical if v[0][0] - _step(v) <= low and v[-1][0] > top
                   and left - (right - left) * 0.3 <= _across(v, mid_y) <= right + (right - left) * 0.3),
                  key=lambda v: _across(v, mid_y))
    slack = glyph * 0.5  # a label may touch the border (OCR boxes' edges vary)
    outside = ([v for v in near if _across(v, mid_y) <= left + slack],
               [v for v in near if _across(v, mid_y) >= right - slack])
    if not outside[0] or not outside[1]:
        return None
    inner = [v for v in near if left + slack < _across(v, mid_y) < right - slack]
    # a rule down from far above where the table's rules begin is a scanner's streak, not a column's
    starts = sorted(v[0][0] for v in [outside[0][-1], *inner, outside[1][0]])
    begin = starts[len(starts) // 2]

    def clear(v: Rule) -> bool:  # no text of the table lies across it: a column's rule a streak above ran into
        return not any(top <= (b[1] + b[3]) / 2 <= v[-1][0] and b[0] + (b[3] - b[1]) * 0.5
                       < _across(v, (b[1] + b[3]) / 2) < b[2] - (b[3] - b[1]) * 0.5 for b in page.boxes)

    inner = [v if v[0][0] >= begin - 3 * _step(v) else [p for p in v if p[0] >= begin - _step(v)]
             for v in inner if v[0][0] >= begin - 3 * _step(v) or clear(v)]  # (that streak cut off)
    longest = max(len(v) for v in [outside[0][-1], *inner, outside[1][0]])  # bands drawn
    inner = [v for v in inner if len(v) >= longest * 0.6]
    cols = [outside[0][-1], *inner, outside[1][0]]  # between the borders, rules down most of the table (not text)
    if len(cols) < 3:
        return None
    x_left, x_right = _across(cols[0], mid_y), _across(cols[-1], mid_y)
    mid_x = (x_left + x_right) / 2
    bottom = max(v[-1][0] + _step(v) for v in cols)
    rows = sorted((h for h in horizontal if min(h[-1][0], x_right) - max(h[0][0], x_left) > (x_right - x_left) * 0.25
                   and len(h) * _step(h) > (x_right - x_left) * 0.25  # drawn over a quarter of the width
                   and top - (right - left) * 0.2 < _across(h, mid_x) <= bottom + _step(h)),
                  key=lambda h: _across(h, mid_x))
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in header]
    above = [i for i, h in enumerate(rows) if all(_covers(h, x) and _across(h, x) < y for x, y in centres)]
    if above:
        rows = rows[above[-1]:]
    else:  # a header printed above the grid's first rule (a spreadsheet bordered below its header): a rule above it
        below = [h for h in rows if all(_covers(h, x) and y < _across(h, x) < y + 2 * glyph for x, y in centres)]
        if not below:
            return None
        lift = max(_across(below[0], x) - b[1] + glyph * 0.3 for (x, _), b in zip(centres, header, strict=True))
        rows = [[(a, c - lift) for a, c in below[0]], *rows[rows.index(below[0]):]]
        cols = [[(a, _across(v, a)) for a in _upward(v, top - glyph)] + v for v in cols]
    if len(rows) < 3:
        return None
    return _grid_cells(page, rows, cols, glyph, labels=header)


def continued_grid(page, width: int, rules: tuple | None = None) -> Grid | None:
    """A ruled table without a header on an OCR page (a table continued from the page before, header not
    repeated): the grid of the page's longest column rules, if it has `width` columns."""
    horizontal, vertical = rules or _firm(page)
    if len(horizontal) < 2 or len(vertical) < 3:
        return None
    longest = max(len(v) for v in vertical)
    mid_y = sorted((v[0][0] + v[-1][0]) / 2 for v in vertical)[len(vertical) // 2]
    cols = sorted((v for v in vertical if len(v) >= longest * 0.6), key=lambda v: _across(v, mid_y))
    if len(cols) > width + 1:  # a paper's or a shadow's edge beside the table: outside its row rules' reach
        reach = max(len(h) for h in horizontal)
        rules = [h for h in horizontal if len(h) >= reach * 0.6]
        low, high = min(h[0][0] - 2 * _step(h) for h in rules), max(h[-1][0] + 2 * _step(h) for h in rules)
        cols = [v for v in cols if low <= _across(v, mid_y) <= high]
    if len(cols) != width + 1:
        return None
    x_left, x_right = _across(cols[0], mid_y), _across(cols[-1], mid_y)
    mid_x = (x_left + x_right) / 2
    top, bottom = min(v[0][0] - 1.4 * _step(v) for v in cols), max(v[-1][0] + 1.4 * _step(v) for v in cols)
    rows = sorted((h for h in horizontal if len(h) * _step(h) > (x_right - x_left) * 0.5
                   and top <= _across(h, mid_x) <= bottom), key=lambda h: _across(h, mid_x))
    glyph = sorted(b[3] - b[1] for b in page.boxes)[len(page.boxes) // 2] if page.boxes else 0.0
    return _grid_cells(page, rows, cols, glyph, headed=False) if len(rows) >= 2 else None


def _grid_cells(page, rows: list[Rule], cols: list[Rule], glyph: float, headed: bool = True,
                labels: list | None = None) -> Grid | None:
    """The OCR pieces of a page placed in the grid of `rows` and `cols` (rules, top to bottom and left to right);
    `headed`: the first row is the header (an empty cell merged down right under the header rows — no digits in
    them — is merged from the previous page: None, as a text PDF's). None where two of the header's `labels` stand
    side by side between two column rules, apart: the grid missed the rule between them (a rule in shadow)."""
    mid_y = sorted((v[0][0] + v[-1][0]) / 2 for v in cols)[len(cols) // 2]

    def crosses(v: Rule) -> bool:  # a column rule goes through a row rule; strokes stacked in a cell do not
        x = _across(v, mid_y)
        return any(v[0][0] < _across(h, x) - glyph * 0.5 and _across(h, x) + glyph * 0.5 < v[-1][0] for h in rows[1:-1])

    cols = [cols[0], *(v for v in cols[1:-1] if crosses(v)), cols[-1]]
    edges = [_across(v, mid_y) for v in cols]
    ordered = sorted(labels or [], key=lambda b: b[0])
    for a, b in zip(ordered, ordered[1:], strict=False):
        y = (a[1] + a[3] + b[1] + b[3]) / 4
        if abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < glyph * 0.5 and b[0] - a[2] >= glyph and not any(
                a[2] - glyph * 0.3 < _across(v, y) < b[0] + glyph * 0.3 for v in cols):
            return None

    def stroke(h: Rule, i: int) -> bool:  # a stretch apart from the rule's run, in a text line's middle: a
        # character's stroke level with the rule carried on past a merged cell (立案数 over three leaves, its
        # rule ending beside 结案数), no piece of it
        step, (a, b) = _step(h), h[i]
        apart = all(abs(h[k][0] - a) > 1.6 * step for k in (i - 1, i + 1) if 0 <= k < len(h))
        return apart and any(o[0] < a < o[2] and o[1] + (o[3] - o[1]) * 0.1 < b < o[3] - (o[3] - o[1]) * 0.1
                             for o in page.boxes)

    bare = {id(h): [p for i, p in enumerate(h) if not stroke(h, i)] or h for h in rows}

    def drawn(h: Rule, x: float) -> bool:  # a row rule at x, unless a merged cell interrupts it there
        h = bare.get(id(h), h)
        if _covers(h, x):
            return True
        if not h[0][0] <= x <= h[-1][0]:
            return False
        gap = next(q[0] - p[0] for p, q in zip(h, h[1:], strict=False) if p[0] <= x <= q[0])
        cell = next((b - a for a, b in zip(edges, edges[1:], strict=False) if a <= x <= b), 0.0)
        return gap < cell * 0.6  # shorter than the cell: text touching the rule, not a merge

    def place(x: float, y: float) -> tuple[int, int] | None:
        r = [i for i, h in enumerate(rows) if _reaches(h, x) and _across(h, x) < y]
        c = [i for i, v in enumerate(cols) if _reaches(v, y) and _across(v, y) < x]
        if not r or not c or r[-1] == len(rows) - 1 or c[-1] == len(cols) - 1:
            return None  # outside the grid
        return r[-1], c[-1]

    cells: dict[tuple[int, int], list] = {}
    per_em = _per_em(page.boxes)
    tilt = sorted(_slope(h) for h in rows)[len(rows) // 2]  # the rows' slope: a text line's along them
    spans: set[tuple[int, int]] = set()  # (row, column) a label centred over the column's left rule spans into
    boxes = read_once(page.boxes)
    groups = _group_labels(boxes, place, cols, glyph) if headed else []
    for label, columns in groups:  # a group label stands over each column it spans (named with each leaf)
        for c in columns:
            cells.setdefault((0, c), []).append(label)
    grouped = {id(p) for label, _ in groups for p in label[5]}
    for box in boxes:
        if id(box) in grouped:
            continue
        y = (box[1] + box[3]) / 2
        pieces, start = [], box
        for k, v in enumerate(cols[1:-1], 1):  # cut a piece read across an inner column rule
            at = _across(v, y)
            height = box[3] - box[1]
            where = place(at, y)
            if headed and where and where[0] == 0 and abs((box[0] + box[2]) / 2 - at) < height * 0.8 \
                    and box[0] + height * 0.5 < at < box[2] - height * 0.5 and len(box[4]) <= 6:
                # a group label of the header's top row centred over a rule (专利 over 立案数 | 结案数): the rule
                # starts under it (found only band by band, it seems to reach up), so the cell spans both columns
                spans.add((0, k))
                start = (box[0], box[1], at - 1, box[3], box[4])
                break
            edge = max(height * 0.5, per_em * 0.8)  # most of a character beyond the rule on each side (a box
            # reaches a little past its text: a cell's text touching the rule is no character of the next cell)
            if _reaches(v, y) and start[0] + edge < at < start[2] - edge and len(start[4]) > 1:
                i = _cut(start, at, per_em)
                pieces.append((start[0], start[1], at, start[3], start[4][:i]))
                start = (at, start[1], start[2], start[3], start[4][i:])
        for piece in [*pieces, start]:  # a piece cut from a skewed line stands where the line passes it
            middle = (piece[0] + piece[2]) / 2
            where = place(middle, y + tilt * (middle - (box[0] + box[2]) / 2) if pieces else y)
            if where:
                cells.setdefault(where, []).append(piece)
    grid: list[list[str | None]] = [[""] * (len(cols) - 1) for _ in range(len(rows) - 1)]
    for c in range(len(cols) - 1):
        x = (_across(cols[c], mid_y) + _across(cols[c + 1], mid_y)) / 2
        run: list[int] = []  # rows of one cell merged down (no rule between them), with at most one text
        for r in range(len(rows)):
            if r and r < len(rows) - 1 and not drawn(rows[r], x) and sum(bool(cells.get((k, c))) for k in
                                                                        [*run, r]) <= 1:
                run.append(r)
                continue
            text = _cell_text([p for k in run for p in cells.get((k, c), [])]).strip("|丨")  # a rule read as |
            carried = headed and not text and len(run) >= 2 and 1 <= run[0] <= 2 and not any(
                re.search(r"\d", p[4]) for (k, _), pieces in cells.items() if k < run[0] for p in pieces)
            for k in run:
                grid[k][c] = None if carried else text
            run = [r]
    if headed and len(grid) >= 3:
        middles = [(a + b) / 2 for a, b in zip(edges, edges[1:], strict=False)]
        at = [sum((p[0] + p[2]) / 2 for p in cells[(0, c)]) / len(cells[(0, c)]) if cells.get((0, c)) else x
              for c, x in enumerate(middles)]  # where each top cell's text stands (a label off its cell's middle)
        _group_span(grid[0], grid[1], [drawn(rows[1], x) for x in middles], middles, at)
    for r, c in spans:
        if grid[r][c] == "":
            grid[r][c] = None  # the label's span: filled from the left (a header's group label repeated)
    return Grid([page.number], grid, ocr=True, ruled=True)


def _group_span(top: list[str | None], lower: list[str | None], ruled: list[bool], middles: list[float],
                at: list[float]) -> None:
    """A group label of a ruled two-row header over the leaves its merged cell spans, in place (立案数 over 商标 |
    专利 | 其他, written once in the middle): the cell is as wide as the rule under it, drawn only under the group
    (a label over both rows has none), so each leaf column under that stretch of rule is the group's — the
    label nearest its middle (`middles`; `at`: where each top cell's text stands) where the stretch holds two
    groups. Only where some label stands over both rows, so the top row is a header's, not a title over every
    column."""
    if not any(not r and t and t == d for t, d, r in zip(top, lower, ruled, strict=False)):
        return
    c = 0
    while c < len(top):
        end = c
        while end < len(top) and ruled[end]:
            end += 1
        run = range(c, end)
        labels = [k for k in run if top[k] and top[k] != lower[k] and not DATA_CELL.search(top[k])]
        if len(run) >= 2 and labels and all(lower[k] and not DATA_CELL.search(lower[k]) for k in run):
            for k in run:
                near = sorted(labels, key=lambda n, k=k: abs(at[n] - middles[k]))
                if top[k] == "" and (len(near) == 1 or abs(at[near[0]] - middles[k]) * 1.2 < abs(at[near[1]]
                                                                                                 - middles[k])):
                    top[k] = top[near[0]]
        c = end + 1


def _group_labels(boxes: list, place, cols: list[Rule], glyph: float) -> list[tuple[tuple, list[int]]]:
    """Group labels of a two-row header in an OCR grid's top row (案件数量（件） over 立案 | 结案, 移送司法机关 over
    件数 | 人数): a label (its pieces on one line OCR read apart joined) reaching well into two or more columns,
    each holding a label of its own under it in the header — lower in the same grid row (the rule under the group
    not found) or in the row below, which holds no data. A group's column rules start under it, so it is no
    sign of them (found band by band, a rule seems to reach up into it). Each as (the label as one box, its
    pieces in [5]; the columns it spans)."""
    def centre(b) -> float:
        return (b[1] + b[3]) / 2

    where = {id(b): place((b[0] + b[2]) / 2, centre(b)) for b in boxes}
    top = sorted((b for b in boxes if where[id(b)] and where[id(b)][0] == 0), key=lambda b: b[0])
    second = [b for b in boxes if where[id(b)] and where[id(b)][0] == 1]
    lower = bool(second) and not any(DATA_CELL.search(b[4]) or len(b[4]) > 12 for b in second)
    runs: list[list] = []
    for b in top:  # pieces of one label: on one line, touching or overlapping, no column rule between them
        y = centre(b)
        run = next((r for r in runs if abs(centre(r[-1]) - y) < glyph * 0.5 and b[0] - r[-1][2] < glyph * 0.3
                    and not any(min(r[-1][2], b[0]) - glyph * 0.2 <= _across(v, y) <= max(r[-1][2], b[0]) + glyph * 0.2
                                for v in cols)), None)
        if run is None:
            runs.append([b])
        else:
            run.append(b)
    out = []
    for run in runs:
        x0, x1 = min(b[0] for b in run), max(b[2] for b in run)
        y = sum(centre(b) for b in run) / len(run)
        text = ""
        for b in run:
            text = _join(text, b[4])
        if len(text) > 12 or re.search(r"\d", text) or len(HEADER_WORD.findall(text)) >= 2:
            continue  # (two labels OCR read as one piece: 罚没金额是否公 over （元） | 开)
        spanned = [c for c in range(len(cols) - 1)
                   if min(x1, _across(cols[c + 1], y)) - max(x0, _across(cols[c], y)) > glyph * 0.5]
        if len(spanned) < 2:
            continue

        def leaves(c: int, y: float = y, run: list = run) -> list[str]:  # labels under the group in column c
            return [b[4] for b in top if where[id(b)] == (0, c) and b[1] > y and b not in run] + (
                [b[4] for b in second if where[id(b)] == (1, c)] if lower else [])

        under = [leaves(c) for c in spanned]
        # each column a label of its own under it, not only a wrapped label's tail (（元）, 开)
        if all(under) and not all(re.fullmatch(r"[（(].*|.", t) for texts in under for t in texts):
            label = (x0, min(b[1] for b in run), x1, max(b[3] for b in run), text, run)
            out.append((label, spanned))
    return out


def text_slope(boxes) -> float:
    """The slope (dy/dx) of a photographed page's text lines from the OCR boxes alone: a slanted line's upright
    box grows taller with its width (height ≈ glyph + |slope| × width, fitted robustly over pairs of boxes), and a
    short piece (a lone 一 or （二） OCR read apart) beside a long one sits at the long box's lower left when the
    lines rise to the right. 0.0 when the lines are level or the direction cannot be told."""
    pieces = [b for b in boxes if b[4].strip() and b[2] > b[0]]
    if len(pieces) < 6:
        return 0.0
    per_em = _per_em(pieces)
    wide = sorted(pieces, key=lambda b: b[2] - b[0])
    steps = sorted(((b[3] - b[1]) - (a[3] - a[1])) / ((b[2] - b[0]) - (a[2] - a[0]))
                   for i, a in enumerate(wide) for b in wide[i + 1:] if (b[2] - b[0]) - (a[2] - a[0]) > 4 * per_em)
    size = steps[len(steps) // 2] if steps else 0.0
    if size < 0.015:
        return 0.0
    votes = 0
    for short in (b for b in pieces if b[2] - b[0] < 3.5 * per_em):
        centre, half = (short[1] + short[3]) / 2, (short[3] - short[1]) / 2
        right = [b for b in pieces if 0 <= b[0] - short[2] < 2.5 * per_em and b[1] < centre < b[3]
                 and b[2] - b[0] > 8 * per_em and (b[3] - b[1]) > half * 2.8]
        # the long box whose left end (its bottom for lines rising to the right, else its top) meets the piece
        ends = [(abs(centre - (b[3] - half)), 1) for b in right] + [(abs(centre - (b[1] + half)), -1) for b in right]
        votes += min(ends)[1] if ends else 0
    return -size if votes > 0 else size if votes < 0 else 0.0


def levelled_text(page) -> str | None:
    """An OCR page's text with its lines found along the text's slant (text_slope), where the page is slanted
    (a phone photo): a label or item number OCR read apart stays on its own line. None where it is level."""
    from ipdocs.extract.text import lines_from_boxes

    boxes = getattr(page, "boxes", None) or []
    slope = text_slope(boxes)
    if not slope:
        return None
    level = []
    for b in boxes:
        centre = (b[1] + b[3]) / 2 - slope * (b[0] + b[2]) / 2
        half = max((b[3] - b[1]) - abs(slope) * (b[2] - b[0]), (b[3] - b[1]) * 0.3) / 2
        level.append((b[0], centre - half, b[2], centre + half, b[4]))
    return "\n".join(line.text for line in lines_from_boxes(level, getattr(page, "width", 0.0), em_size=True))


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


def _tilt_fits(boxes) -> bool:
    """Whether the header words give the text's tilt clearly: four or more on one row (as _tilt finds them), each
    within a third of a glyph of the line fitted through them."""
    slope = _tilt(boxes)
    heads = [b for b in boxes if len(b[4]) <= 6 and any(w in b[4] for w in HEADER_WORDS)]
    best: list = []
    for anchor in heads:  # the row _tilt fits its line through
        height = anchor[3] - anchor[1]
        row = [b for b in heads if abs((b[1] + b[3]) / 2 - (anchor[1] + anchor[3]) / 2) < height * 2.5]
        best = row if len(row) > len(best) else best
    if len(best) < 4:
        return False
    levels = [(b[1] + b[3]) / 2 - slope * (b[0] + b[2]) / 2 for b in best]
    mean, height = sum(levels) / len(levels), sorted(b[3] - b[1] for b in best)[len(best) // 2]
    return all(abs(v - mean) < height / 3 for v in levels)


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

    def bare(i: int) -> bool:  # short labels alone, no digits: a line of header labels whatever their words
        return 0 <= i < len(lines) and abs(lines[i][0] - lines[at][0]) <= tolerance * 5 and all(
            _word_label(b[4]) for b in lines[i][1])

    def apart(b) -> bool:  # under (or over) no label of the header line
        return not any(covers(h, b) or covers(b, h) for h in lines[at][1])

    # a group label over its leaves, the other labels centred between (发明专利 over 申请 | 授权 beside 序号, 乡镇):
    # leaves in a gap of the header line and groups over them, whatever their words
    leaf_centres = [(b[0] + b[2]) / 2 for b in lines[at + 1][1]] if bare(at + 1) else []
    split = bare(at - 1) and len(leaf_centres) >= 2 and all(apart(b) for b in lines[at + 1][1]) and all(
        apart(g) and min(leaf_centres) <= (g[0] + g[2]) / 2 <= max(leaf_centres) for g in lines[at - 1][1])
    used = [at]
    for i in (at - 1, at + 1, at + 2):
        if (label_line(i) or (split and i in (at - 1, at + 1))) and abs(lines[i][0] - lines[at][0]) <= tolerance * 5:
            used.append(i)
        elif i > at:
            break
    if len(used) == 1:
        return sorted(lines[at][1], key=lambda b: b[0]), at
    pieces = [b for i in used for b in lines[i][1]]
    def between(b, i: int) -> bool:  # centred between two labels of a lower line, none of the header line's there
        # (a label standing over one below it is a wrapped label's first line: 序 over 号, 媒体级 over 别)
        centre, lower = (b[0] + b[2]) / 2, [o for j in used if j > i for o in lines[j][1]]
        below = sorted((o[0] + o[2]) / 2 for o in lower)
        return not any(covers(b, o) or covers(o, b) for o in lower) and any(
            a < centre < c and not any(a < (o[0] + o[2]) / 2 < c for o in lines[at][1])
            for a, c in zip(below, below[1:], strict=False))

    def over_leaves(b) -> bool:  # a header-line label centred between two labels of the line under it, each a
        # column of its own (under no other header-line label): a group label the leaves' line was read apart from
        centre = (b[0] + b[2]) / 2
        below = sorted((o for j in used if j > at for o in lines[j][1]), key=lambda o: o[0] + o[2])
        alone = [o for o in below if not any(covers(h, o) or covers(o, h) for h in lines[at][1] if h is not b)]
        return not any(covers(b, o) or covers(o, b) for o in below) and any(
            p in alone and q in alone and (p[0] + p[2]) / 2 < centre < (q[0] + q[2]) / 2
            for p, q in zip(below, below[1:], strict=False))

    groups = [b for i in used for b in lines[i][1] if (between(b, i) if i != at else over_leaves(b))]
    wide = [b for b in pieces if sum(covers(b, o) for o in pieces if o is not b) >= 2]  # a group label over its
    leaves = [b for b in pieces if b not in wide and b not in groups]  # leaves goes
    line_of = {id(b): i for i in used for b in lines[i][1]}
    cells: list = []
    tops: list[int] = []  # the line each cell's label begins on
    for b in sorted(leaves, key=lambda b: b not in lines[at][1]):  # one cell per column, the header line's first
        same = next((i for i, c in enumerate(cells) if covers(c, b) or covers(b, c)), None)
        if same is None:
            cells.append(b)
            tops.append(line_of[id(b)])
        elif len(b[4]) <= 4 and abs(b[1] - cells[same][1]) > (b[3] - b[1]) * 0.6:  # a wrapped label's other line
            top, low = sorted((cells[same], b), key=lambda p: p[1])
            cells[same] = (min(b[0], top[0], low[0]), top[1], max(top[2], low[2]), low[3], _join(top[4], low[4]),
                           *cells[same][5:])
            tops[same] = min(tops[same], line_of[id(b)])
    order = sorted(range(len(cells)), key=lambda k: cells[k][0])
    cells, tops = [cells[k] for k in order], [tops[k] for k in order]
    if len(cells) < 3:
        return sorted(lines[at][1], key=lambda b: b[0]), max(used)
    for group in sorted(groups + wide, key=lambda g: -line_of[id(g)]):  # each leaf named by the group over it
        for k in _under_group(group, cells, [t > line_of[id(group)] for t in tops]):
            cells[k] = (*cells[k][:4], _join(group[4], cells[k][4]), *cells[k][5:])
    return cells, max(used)


def _under_group(group, cells: list, lower: list[bool]) -> list[int]:
    """The header cells a group label of an unruled two-row header spans, where that is clear: the labels on
    lower lines (`lower`) it stands over (their centres under it), or, a label narrower than its leaves, the two
    it is centred between — none where a label of the group's own rows stands in between."""
    x0, x1 = group[0], group[2]
    over = [k for k, c in enumerate(cells) if lower[k] and x0 <= (c[0] + c[2]) / 2 <= x1]
    if len(over) >= 2:
        return over
    centre = (x0 + x1) / 2
    left = max((k for k, c in enumerate(cells) if (c[0] + c[2]) / 2 < centre), key=lambda k: cells[k][0], default=None)
    right = min((k for k, c in enumerate(cells) if (c[0] + c[2]) / 2 > centre), key=lambda k: cells[k][0],
                default=None)
    return [left, right] if left is not None and right is not None and lower[left] and lower[right] else []


def _wrapped_header(header: list, lines: list[list], end: int) -> tuple[list, int]:
    """Header labels wrapped in narrow columns (序 over 号, 案件类 over 型): the visual line right under the header
    (closer than a row gap) holding only short labels, each under a header label, joins them."""
    if end + 1 >= len(lines):
        return header, end
    pieces, height = lines[end + 1][1], max(b[3] - b[1] for b in header)
    gap = min(b[1] for b in pieces) - max(b[3] for b in lines[end][1])

    def under(p) -> int | None:
        return next((i for i, h in enumerate(header) if h[0] - height <= (p[0] + p[2]) / 2 <= h[2] + height), None)

    if gap > height * 0.6 or len(pieces) >= len(header) or any(
            len(p[4]) > 4 or re.search(r"\d", p[4]) or under(p) is None for p in pieces):
        return header, end
    header = list(header)
    for p in pieces:
        i = under(p)
        h = header[i]
        header[i] = (min(h[0], p[0]), h[1], max(h[2], p[2]), p[3], _join(h[4], p[4]), *h[5:])
    return header, end + 1


def _wrapped_above(header: list, lines: list[list], at: int) -> list:
    """A label wrapped in a narrow column whose first line stands above the header line (经 over 办 over 人, the
    header's other labels centred on 办): the visual line right over it (closer than a row gap) holding only a
    few short labels, each over a header label's span and not already part of it, begins them."""
    if at < 1:
        return header
    pieces, height = lines[at - 1][1], max(b[3] - b[1] for b in header)
    gap = min(b[1] for b in lines[at][1]) - max(b[3] for b in pieces)

    def over(p) -> int | None:
        return next((i for i, h in enumerate(header) if h[0] <= (p[0] + p[2]) / 2 <= h[2]
                     and p[2] - p[0] <= (h[2] - h[0]) + height and not h[4].startswith(p[4])), None)

    if gap > height * 0.6 or len(pieces) * 2 > len(header) or any(
            not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", p[4]) or over(p) is None for p in pieces):
        return header
    header = list(header)
    for p in pieces:
        i = over(p)
        h = header[i]
        header[i] = (min(h[0], p[0]), p[1], max(h[2], p[2]), h[3], _join(p[4], h[4]), *h[5:])
    return header


SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*\S")  # 三、保障措施


def ocr_grid(page, carried: list | None = None) -> Grid | None:
    """A table on an OCR page, rebuilt from the boxes: visual lines by height (levelled by the header row's
    tilt); columns from the header line (the first line with three or more pieces, two of them header words);
    a piece spanning a number and a name column (「1梁红」) is split; the table ends at a line with a piece
    spanning several columns (running text), a lone piece wider than its column, or a wide vertical gap.
    `carried`: the header pieces of an unruled table on the page before, for a page that goes on with its rows
    without repeating the header (the first line of the page's top five with as many pieces as columns, less two,
    starts the rows)."""
    boxes = read_once(getattr(page, "boxes", None) or [])
    if not boxes:
        return None
    horizontal = _firm(page)[0]
    # rules give the tilt: three or more, or one across a good part of the text; a lone short stroke at a slant
    # (a seal's edge, strokes of a line of text) is no reason to turn the page
    reach = (max(b[2] for b in boxes) - min(b[0] for b in boxes)) * 0.3
    slopes = sorted((h[-1][1] - h[0][1]) / (h[-1][0] - h[0][0]) for h in horizontal if h[-1][0] > h[0][0]
                    and (len(horizontal) >= 3 or h[-1][0] - h[0][0] >= reach
                         or abs(h[-1][1] - h[0][1]) < 0.03 * (h[-1][0] - h[0][0])))
    slope = slopes[len(slopes) // 2] if slopes else _tilt(boxes)  # ruling lines give the page's tilt best
    if 0 < len(slopes) < 3 and _tilt_fits(boxes) and abs(slope - _tilt(boxes)) > 0.01:
        slope = _tilt(boxes)  # one or two "rules" at odds with the header row: a bold title's strokes, a fold
    # levelled: a turned page's rows run along `slope` and its columns across it (x shifts by -slope per unit y;
    # below 1.7° that is within a box's slack, and a two-row header's labels give a false small slope)
    turn = slope if abs(slope) >= 0.03 else 0.0
    # a page turned as a whole (its rules at one tilt, as a skewed scan's) levels each piece through its centre;
    # where they fan out (a photo's perspective) the one slope is only near, and pieces keep their left ends
    whole = len(slopes) >= 3 and slopes[len(slopes) * 3 // 4] - slopes[len(slopes) // 4] <= 0.005
    boxes = [_levelled(b, i, slope, turn, whole) for i, b in enumerate(boxes)]
    heights = sorted(b[3] - b[1] for b in boxes)
    tolerance = heights[len(heights) // 2] * 0.6
    lines: list[list] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        centre = (box[1] + box[3]) / 2
        if lines and abs(centre - lines[-1][0]) <= tolerance:
            lines[-1][1].append(box)
        else:
            lines.append([centre, [box]])
    header_at = next((i for i in range(len(lines)) if _header_line(lines, i)), None)
    if header_at is None and carried:
        start = next((i for i, (_, line) in enumerate(lines[:5]) if len(line) >= max(2, len(carried) - 2)), None)
        if start is None:
            return None
        centre = lines[start][0] - tolerance * 3
        lines.insert(start, [centre, [(b[0], centre - (b[3] - b[1]) / 2, b[2], centre + (b[3] - b[1]) / 2, b[4], -1)
                                      for b in carried]])
        header_at = start
    elif header_at is None:
        return None
    else:
        carried = None
    full = max(3, len(lines[header_at][1]) - 1)  # a record's line, not a wrapped cell's lone tail (「日」)
    lean = _lean([line for line in lines[header_at + 1:header_at + 41] if len(line[1]) >= full])
    if abs(lean) >= 0.02:  # a photo's columns lean apart from its rows' slope (perspective): set them upright
        base = lines[header_at][0]
        lines = [[centre, [(b[0] - lean * (centre - base), b[1], b[2] - lean * (centre - base), *b[3:]) for b in line]]
                 for centre, line in lines]
    if carried:
        header, header_end = lines[header_at][1], header_at
    else:
        header, header_end = _ocr_header(lines, header_at, tolerance)
        labels = [page.boxes[b[5]] for b in header]
        ruled = ruled_grid(page, labels)
        fainter = ruled_grid(page, labels, table_rules(page))  # with the rules a fainter look found too
        ruled = fainter if _quality(fainter) > _quality(ruled) and _quality(fainter)[2] else ruled
        if _quality(ruled)[0]:  # a header and a row at least
            return ruled
        header, header_end = _wrapped_header(header, lines, header_end)
        header = _wrapped_above(header, lines, header_at)
    anchors = [(b[0] + b[2]) / 2 for b in header]
    spacing = (anchors[-1] - anchors[0]) / max(1, len(anchors) - 1)

    def column(x: float) -> int:
        return min(range(len(anchors)), key=lambda i: abs(anchors[i] - x))

    def width(i: int) -> float:
        left = (anchors[i - 1] + anchors[i]) / 2 if i else anchors[0] - spacing / 2
        right = (anchors[i] + anchors[i + 1]) / 2 if i + 1 < len(anchors) else anchors[i] + spacing / 2
        return max(right - left, spacing * 0.5)

    def wrapped(piece, after: list) -> bool:
        """A lone wide piece that is a cell's first line (the cells beside it centred lower in the row): it
        reaches no other column's label, and a line of the row's other cells follows at once."""
        own = column((piece[0] + piece[2]) / 2)
        return bool(after) and after[0][0] - (piece[1] + piece[3]) / 2 <= tolerance * 3 \
            and len(after[0][1]) >= max(2, len(anchors) // 2) \
            and not any(h[0] < piece[2] and h[2] > piece[0] for j, h in enumerate(header) if j != own)

    body: list[list] = []
    last = lines[header_end][0]
    for at, (centre, line) in enumerate(lines[header_end + 1:], header_end + 2):
        if centre - last > tolerance * 6 or (len(line) < max(3, len(anchors) // 2) and any(
                b[2] - b[0] > max(spacing * 2.2, spacing * len(anchors) * 0.6) for b in line)):
            break  # running text (OCR joins two cells at most, or more on a line of a row's other cells)
        if len(line) == 1 and (SECTION.match(line[0][4]) or (
                line[0][2] - line[0][0] > 1.35 * width(column((line[0][0] + line[0][2]) / 2))
                and not wrapped(line[0], lines[at:at + 1]))):
            break  # one piece wider than its column or a section heading: text below the table
        first = min(line, key=lambda b: b[0])[4]
        if NOTE.match(first) and all(NOTE.match(b[4]) or LABEL_VALUE.match(b[4]) for b in line):
            break  # 注：…, 制表：… 联系电话：… under the rows
        body.append([centre, line])
        last = centre
    inside = [[b[0] for _, line in body for b in line if column((b[0] + b[2]) / 2) == j
               and b[2] - b[0] <= width(j) * 1.1 and not any(p is not b and p[0] < b[0] < p[2] for p in line)]
              for j in range(len(anchors))]  # where each column's texts begin (not a box begun inside the one
    # before it on its line: its left edge is OCR's slack, not where the column begins)
    for _, line in body:  # a wide text read apart from the piece of the column before it begins its own column
        ordered = sorted(line, key=lambda b: b[0])
        for p, q in zip(ordered, ordered[1:], strict=False):
            j = column((q[0] + q[2]) / 2)
            if j and column((p[0] + p[2]) / 2) == j - 1 and q[0] > p[2]:
                inside[j].append(q[0])
    starts = [min(xs) if xs else header[j][0] for j, xs in enumerate(inside)]
    if all(a < b for a, b in zip(starts, starts[1:], strict=False)):  # columns from where their texts begin
        def place(x: float) -> int:
            return max(j for j, at in enumerate(starts) if at - tolerance / 2 <= x or not j)
    else:
        place = column
    rows, centres = [[b[4] for b in header]], []
    for centre, line in body:
        cells = [""] * len(anchors)
        for b in sorted(_cut_at_starts(line, starts, _per_em(page.boxes)), key=lambda b: b[0]):
            first, end = place(b[0] + (b[3] - b[1]) * 0.3), place(b[2] - (b[3] - b[1]) * 0.3)
            split = re.fullmatch(r"(\d{1,3})\s*(\D.*)", b[4])
            if split and end > first:  # a row number read together with the cell beside it
                cells[first] = _join(cells[first], split.group(1))
                cells[first + 1] = _join(cells[first + 1], split.group(2))
            else:
                cells[place((b[0] + b[2]) / 2)] = _join(cells[place((b[0] + b[2]) / 2)], b[4])
        rows.append(cells)
        centres.append(centre)
    banded = _banded(rows[1:], centres, horizontal, slope, (anchors[0] - spacing / 2, anchors[-1] + spacing / 2))
    rows = rows[:1] + (banded or _centred_rows(rows[1:], centres))
    filled = sum(sum(bool(c) for c in row) >= 2 for row in rows[1:])  # labels over a line of text: no table
    return Grid([page.number], rows, ocr=True, ruled=banded is not None, header_boxes=header) if filled >= 2 \
        else None


# a column per year or period compared (2022年 | 2023年 | 增长（%）, 2023年1-6月, 2022年度)
YEAR_LABEL = re.compile(r"(?:19|20)\d{2}\s*年(?:度|上半年|下半年|\d{1,2}\s*[-－—~至]\s*\d{1,2}\s*月|\d{1,2}\s*月)?")


def _word_label(text: str) -> bool:
    """A label of words alone (乡镇, 立案数（件）, 增长（%）), spaces OCR reads inside one (发现问题 （个）) aside."""
    return re.fullmatch(r"[\u4e00-\u9fff（）()]{2,12}", UNIT.sub("", re.sub(r"\s+", "", text))) is not None


def _label(text: str) -> bool:
    """A column label OCR read: a header word (序号, 金额) or a quantity with its unit (立案数（件）)."""
    return any(w in text for w in HEADER_WORDS) or UNIT.search(text) is not None


def _header_line(lines: list[list], i: int) -> bool:
    """Whether visual line `i` of an OCR page is a table's header line: three or more short labels without a
    colon, two of them column labels (_label); or, whatever its words (年份 | 发明 | 实用新型, 辖区 | 受理件数), labels
    alone over a line of records (as many pieces, less one, two or more holding digits)."""
    line = lines[i][1]
    if len(line) < 3 or any(":" in b[4] or "：" in b[4] or len(b[4]) > 12 for b in line):
        return False
    if sum(_label(b[4]) for b in line) >= 2:
        return True
    below = lines[i + 1][1] if i + 1 < len(lines) else []
    if i + 2 < len(lines) and len(below) < len(line) and all(
            _word_label(b[4]) for b in below):
        below = lines[i + 2][1]  # the leaves of a group label (发明专利 over 申请 | 授权) between it and the records

    def centre(b) -> float:
        return (b[0] + b[2]) / 2

    # (each label over a value of its own, not a menu over a byline: 首页 | 新闻 over 发布时间：…)
    over = sum(any(abs(centre(o) - centre(b)) < max(b[2] - b[0], o[2] - o[0]) for o in below) for b in line)
    return all(_word_label(b[4]) or YEAR_LABEL.fullmatch(b[4].replace(" ", "")) for b in line) \
        and len(below) >= max(3, len(line) - 1) and sum(bool(re.search(r"\d", b[4])) for b in below) >= 2 \
        and not any(":" in o[4] or "：" in o[4] for o in below) and over >= len(line) - 1 \
        and sum(len(o[4]) > 15 and re.search(r"[，。]", o[4]) is not None for o in below) * 2 < len(below)
    # (not headlines over their stories' opening sentences: a newspaper page's columns of short items)


def _levelled(b, i: int, slope: float, turn: float, centred: bool) -> tuple:
    """An OCR box with the page's tilt taken out (`turn` sets a turned page's columns upright). `centred`: its text
    line runs through the box's centre along `slope`, so the levelled box is centred at the centre's height less
    slope × its x (a wide piece, 填报单位：…, levelled by its left end seems to sink into the header line under
    it); else it is moved by slope × its left end."""
    middle = (b[1] + b[3]) / 2
    drop = slope * ((b[0] + b[2]) / 2 if centred else b[0])
    return b[0] + turn * middle, b[1] - drop, b[2] + turn * middle, b[3] - drop, b[4], i


def _banded(rows: list[list[str]], centres: list[float], horizontal: list, slope: float,
            span: tuple[float, float]) -> list[list[str]] | None:
    """Visual lines of a table ruled between its rows but not between its columns, joined per band between two
    rules (a wrapped cell's lines are one row); None where the rules do not part most rows (a three-line table's
    rules only frame its header and its end)."""
    middle = (span[0] + span[1]) / 2
    levels = sorted(_across(h, middle) - slope * middle for h in horizontal
                    if min(h[-1][0], span[1]) - max(h[0][0], span[0]) >= (span[1] - span[0]) * 0.6)
    bands = [sum(level < centre for level in levels) for centre in centres]
    if len(rows) < 2 or len(set(bands)) < max(2, len(rows) * 0.4) or len(set(bands)) == len(rows):
        return None
    out: list[list[str]] = []
    for k, row in enumerate(rows):
        if k and bands[k] == bands[k - 1]:
            out[-1] = [_join(a, b) for a, b in zip(out[-1], row, strict=True)]
        else:
            out.append(list(row))
    return out


def _lean(lines: list[list]) -> float:
    """How far a table's left edge drifts sideways per unit down (dx/dy), from where the visual lines under its
    header begin (Theil–Sen: a line whose first cell is empty is an outlier); 0.0 for fewer than eight lines or
    no clear drift (the lines' starts then scatter more than they drift)."""
    starts = [(centre, min(b[0] for b in line)) for centre, line in lines if line]
    if len(starts) < 8:
        return 0.0
    slopes = sorted((x2 - x1) / (y2 - y1) for i, (y1, x1) in enumerate(starts) for y2, x2 in starts[i + 1:] if y2 > y1)
    lean = slopes[len(slopes) // 2]
    agree = sum((s > 0) == (lean > 0) and abs(s - lean) <= abs(lean) for s in slopes)
    return lean if agree >= len(slopes) * 0.6 else 0.0


def _cut_at_starts(line: list, starts: list[float], per_em: float) -> list:
    """Pieces OCR read across an unruled column's start (「重阳镇人民政府99」, 「2023.12.23 2023.11.20」) cut
    there: where the next column's texts begin on the other lines."""
    from ipdocs.extract.text import _ems

    out = []
    for b in line:
        height = b[3] - b[1]
        if (BARE_DATE.fullmatch(b[4]) or re.fullmatch(r"\d+(?:[.,]\d+)*", b[4])) \
                and b[2] - b[0] <= _ems(b[4]) * per_em * 1.5:
            out.append(b)  # one whole date or number, no gap in it, is one cell's (a photo's columns fan out: they
            continue  # begin further left above than below)
        for at in starts[1:]:
            if any(q is not b and abs(q[0] - at) <= height and q[0] < b[2] < q[0] + height for q in line):
                continue  # the next column's text read apart, its box overlapping this one by less than a glyph
            if b[0] < at - height and at + height * 0.5 < b[2] and len(b[4]) > 1:  # boxes' edges vary by ~½ glyph
                i = _cut(b, at, per_em)
                out.append((b[0], b[1], at, b[3], b[4][:i].rstrip(), *b[5:]))
                b = (at, b[1], b[2], b[3], b[4][i:].lstrip(), *b[5:])
        out.append(b)
    return [b for b in out if b[4]]


RECORD_CODE = re.compile(r"[A-Za-z]{1,6}[-－]?\d{3,}(?:[-－]\d+)?|\d{4}[-－]\d{2,4}")  # WQ2024001, AJ-0012, 2024-015


def _straddled(numbered: list[int], centres: list[float]) -> bool:
    """Whether a numbered line stands between two lines without a number, each nearer to it than 0.45 of the
    step between numbered lines and about as near as the other: a cell wrapped to two lines centred on the row's
    number (2023年10月11 over 2 over 日), where a top-aligned row's second line is a whole line below it."""
    steps = sorted(b - a for a, b in zip((centres[i] for i in numbered), (centres[i] for i in numbered[1:]),
                                         strict=False))
    step = steps[len(steps) // 2]
    for i in numbered:
        if 0 < i < len(centres) - 1 and i - 1 not in numbered and i + 1 not in numbered:
            up, down = centres[i] - centres[i - 1], centres[i + 1] - centres[i]
            if max(up, down) < step * 0.45 and 0.6 < up / max(down, 1e-6) < 1.6:
                return True
    return False


def _centred_rows(rows: list[list[str]], centres: list[float]) -> list[list[str]]:
    """Visual lines of a numbered table whose cells are centred vertically (a wrapped cell's first line stands
    above the row's 序号): each line without a first cell joins the nearest line with one (a number, 合计).
    Lines of top-aligned rows (the number on the first line) are left to join the row above (table_of)."""
    numbered = [i for i, r in enumerate(rows) if re.fullmatch(r"\d{1,3}", r[0])]
    coded = [i for i, r in enumerate(rows) if RECORD_CODE.fullmatch(r[0])]
    by_code = len(numbered) < 2 and len(coded) >= 2 and len({rows[i][0] for i in coded}) == len(coded)
    if by_code:
        numbered = coded  # each record keyed by a code of its own (受理编号 WQ2024001, 登记号 2024-015) instead
    if len(numbered) < 2 or not (numbered[0] or _straddled(numbered, centres)) \
            or len(numbered) < len(rows) * (0.15 if by_code else 0.3):
        return rows  # (a code keys a record however many lines its cells wrap to: a name a character a line)
    keyed = [i for i, r in enumerate(rows) if r[0] or (not by_code and sum(bool(c) for c in r[1:])
                                                      >= max(2, (len(r) - 1) * 0.75))]
    # numbered lines, others with a first cell (合计), and whole records whose number OCR lost (a code, many
    # characters long, is not lost whole: a line without one is a wrapped cell's line, however full)
    groups: dict[int, list[int]] = {i: [] for i in keyed}
    for i in range(len(rows)):
        groups[i if i in groups else min(keyed, key=lambda n: (abs(centres[n] - centres[i]), n))].append(i)
    out = []
    for n in keyed:
        row = [""] * len(rows[n])
        for i in groups[n]:
            row = [_join(a, b) for a, b in zip(row, rows[i], strict=True)]
        out.append(row)
    return out


def stacked(grid: Grid) -> list[Grid]:
    """A grid holding several tables one under another (a sheet with 表1 … and 表2 …): split where a header-like
    row with other labels follows a blank or sparse row, or the same labels follow a caption (一季度 … 二季度 …)."""
    rows = [[_clean(c) or "" for c in row] for row in grid.rows]
    first = next((i for i, r in enumerate(rows) if _header_like(r)), None)
    if grid.ocr or first is None:
        return [grid]
    def labelled(row: list[str]) -> bool:  # two or more short header words (序号, 姓名): not a record
        return sum(len(c) <= 6 and any(w in c for w in HEADER_WORDS) for c in row) >= 2

    cuts = [i for i in range(first + 2, len(rows)) if _header_like(rows[i]) and labelled(rows[i])
            and _sparse(rows[i - 1]) and (_caption_over(rows[i - 1]) or not _same(rows[i], rows[first]))
            and not _second_header(rows[i - 1], rows[i])]  # the same header under a caption starts a table too
    if not cuts:
        return [grid]
    bounds = [0, *(i - 1 if any(rows[i - 1]) else i for i in cuts), len(rows)]
    return [Grid(grid.pages, grid.rows[a:b], grid.ocr, grid.ruled) for a, b in zip(bounds, bounds[1:], strict=False)
            if b > a]


def _header_across_break(grids: list[Grid]) -> list[Grid]:
    """A header row a page break parted (its labels' first lines at the foot of a page: 序号 | 单位 | 检查经营主, the
    rest at the top of the next: | | 体（户次）): the grid holding only that row and the next page's first grid of
    the same width are one grid, the row's two parts joined cell by cell (a header repeated there is kept once)."""
    out: list[Grid] = []
    for grid in grids:
        prev = out[-1] if out else None
        head = [_clean(c) or "" for c in prev.rows[0]] if prev and len(prev.rows) == 1 else []
        top = [_clean(c) or "" for c in grid.rows[0]] if grid.rows else []
        if head and grid.pages[0] == prev.pages[-1] + 1 and not (prev.ocr or grid.ocr) and len(grid.rows) >= 2 \
                and len(top) == len(head) and _header_like(head) and any(top) \
                and not any(DATA_CELL.search(c) or len(c) > 16 for c in top):
            first = top if _same(top, head) else [_join(a, b) for a, b in zip(head, top, strict=True)]
            out[-1] = Grid(prev.pages + grid.pages, [first, *grid.rows[1:]], grid.ocr, grid.ruled)
            continue
        out.append(grid)
    return out


def logical_tables(document) -> list[dict]:
    """The document's logical tables, as DESIGN §4 `tables` items (plus `page`, the first page, for callers)."""
    grids: list[Grid] = []
    if document.kind == "docx":
        grids = docx_grids(document.path, document.parsed)
    elif document.kind == "xlsx":
        grids = xlsx_grids(document.path, document.parsed)
    elif document.kind == "pdf":
        text_pages = [p.number for p in document.pages if not p.ocr]
        grids = pdf_grids(document.path, text_pages, document.paths) if text_pages else []
    for page in (p for p in document.pages if p.ocr):
        grid = ocr_grid(page)
        before = next((g for g in grids if g.pages == [page.number - 1] and g.ruled), None)
        if grid is None and before is not None:  # a ruled table continued without its header
            grid = continued_grid(page, len(before.rows[0])) or continued_grid(page, len(before.rows[0]),
                                                                               table_rules(page))
        unruled = next((g for g in grids if g.pages == [page.number - 1] and g.header_boxes), None)
        if grid is None and unruled is not None:  # … an unruled one
            grid = ocr_grid(page, unruled.header_boxes)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.pages[0])
    grids = _header_across_break(grids)
    tables = [table_of(g) for grid in grids for g in stacked(grid)]
    return [t.as_dict() for t in joined([t for t in tables if t], pages=document.kind != "xlsx")]
