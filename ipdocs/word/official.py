"""Official documents in the GB/T 9704-2012 layout (DESIGN §5), built with python-docx.

`OfficialDocument` gives the parts an office document is made of — red header, title, 主送, the four
heading levels, body text, tables, signature and date, page numbers — with the mandated faces and sizes.
It knows nothing of rubrics or campaigns; the raw XML it needs comes from `ipdocs.word.oxml`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from ipdocs.output.files import save_docx
from ipdocs.word import oxml
from ipdocs.word.titles import title_lines

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"
LATIN = "Times New Roman"

SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_TABLE = Pt(12)  # 小四
LINE = Pt(28.95)  # 22 lines in the 225 mm text area
RED = RGBColor(0xFF, 0x00, 0x00)
TEXT_WIDTH_PT = 442  # 156 mm

# Paragraph styles: (style name, east-Asian face, size, bold, outline level).
STYLES = {
    "Normal": (FANGSONG, SIZE_3, False, None),
    "Title": (XIAOBIAOSONG, SIZE_2, False, None),
    "Heading 1": (HEITI, SIZE_3, False, 0),
    "Heading 2": (KAITI, SIZE_3, False, 1),
    "Heading 3": (FANGSONG, SIZE_3, False, 2),
}


class OfficialDocument:
    """A GB/T 9704 document. `landscape` is for wide tables (分工表)."""

    def __init__(self, landscape: bool = False, created: dt.datetime | None = None):
        self.doc = Document()
        self._setup_page(landscape)
        self._setup_styles()
        self.created = created or dt.datetime(2000, 1, 1)

    # --- page and styles -------------------------------------------------------------------------
    def _setup_page(self, landscape: bool) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
            section.top_margin, section.bottom_margin = Mm(28), Mm(26)
            section.left_margin, section.right_margin = Mm(37), Mm(35)
        section.header_distance, section.footer_distance = Mm(15), Mm(20)

    def _setup_styles(self) -> None:
        oxml.set_default_language(self.doc)
        for name, (face, size, bold, level) in STYLES.items():
            style = self.doc.styles[name]
            oxml.clear_run_properties(style)
            oxml.set_fonts(style, face)
            style.font.size = size
            style.font.bold = bold
            style.font.color.rgb = RGBColor(0, 0, 0)
            fmt = style.paragraph_format
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = LINE
            fmt.space_before = fmt.space_after = Pt(0)
            if level is not None:
                oxml.set_outline_level(style, level)
                fmt.first_line_indent = Pt(32)
                fmt.keep_with_next = True
        self.doc.styles["Normal"].paragraph_format.first_line_indent = Pt(32)
        self.doc.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # 两端对齐
        self.doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.styles["Title"].paragraph_format.first_line_indent = Pt(0)
        oxml.remove_paragraph_borders(self.doc.styles["Title"])  # the template's Title has a blue rule

    # --- parts of an official document ----------------------------------------------------------
    def red_header(self, organ_mark: str, doc_number: str) -> None:
        """发文机关标志 in red 小标宋, the 文号 two lines below, a red line under it (GB/T 9704 7.2)."""
        mark = self.doc.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        mark.paragraph_format.first_line_indent = Pt(0)
        size = min(36, TEXT_WIDTH_PT // max(len(organ_mark), 1))  # one line across the text area
        mark.paragraph_format.line_spacing = Pt(size * 1.4)
        run = mark.add_run(organ_mark)
        oxml.set_fonts(run, XIAOBIAOSONG)
        run.font.size, run.font.color.rgb = Pt(size), RED
        self.doc.add_paragraph().paragraph_format.first_line_indent = Pt(0)
        number = self.doc.add_paragraph(doc_number)
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        number.paragraph_format.first_line_indent = Pt(0)
        oxml.set_bottom_border(number, "FF0000")
        self.doc.add_paragraph().paragraph_format.first_line_indent = Pt(0)

    def title(self, text: str) -> None:
        """二号小标宋, centred; a long title broken between words into even lines (ipdocs.word.titles)."""
        self.doc.add_paragraph("\n".join(title_lines(text)), style="Title")
        self.doc.add_paragraph().paragraph_format.first_line_indent = Pt(0)

    def addressee(self, text: str) -> None:
        """主送机关: flush left, ends with a full-width colon."""
        p = self.doc.add_paragraph(text.rstrip("：") + "：")
        p.paragraph_format.first_line_indent = Pt(0)

    def heading(self, level: int, text: str):
        """一、 黑体 · （一） 楷体_GB2312 · 1.1 仿宋_GB2312, all 三号 (GB/T 9704 7.3.3)."""
        return self.doc.add_paragraph(text, style=f"Heading {level}")

    def para(self, text: str = "", indent: bool = True, align=None):
        p = self.doc.add_paragraph(text)
        if not indent:
            p.paragraph_format.first_line_indent = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def attachments(self, names: list[str]) -> None:
        """附件说明: one blank line after the body, “附件：1.…”, later items aligned under the first name."""
        self.doc.add_paragraph()
        for n, name in enumerate(names, 1):
            p = self.doc.add_paragraph(f"{'附件：' if n == 1 else ''}{n}.{name}")
            if n > 1:
                p.paragraph_format.first_line_indent = Pt(32 + 48)  # 2 characters + “附件：”

    def signature(self, issuer: str, date_text: str) -> None:
        """发文机关署名 centred over the date, the date four characters from the right edge (seal over both)."""
        self.doc.add_paragraph()
        self.doc.add_paragraph()
        for text in (issuer, date_text):
            p = self.doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.first_line_indent = Pt(0)
            p.paragraph_format.right_indent = Pt(64)

    def table(self, header: list[str], rows: list[list[str]], widths_mm: list[float], size: Pt = SIZE_TABLE):
        """A bordered table in 仿宋, header row repeated on each page, rows kept whole."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        oxml.set_table_borders(table)
        oxml.set_column_widths(table, [int(Mm(w).twips) for w in widths_mm])
        for cells in [header, *rows]:
            row = table.rows[0] if cells is header else table.add_row()
            oxml.keep_row_together(row)
            for cell, text, width in zip(row.cells, cells, widths_mm, strict=True):
                cell.width = Mm(width)
                p = cell.paragraphs[0]
                p.paragraph_format.first_line_indent = Pt(0)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                for i, line in enumerate(str(text).split("\n")):
                    if i:
                        p = cell.add_paragraph()
                        p.paragraph_format.first_line_indent = Pt(0)
                        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                    run = p.add_run(line)
                    run.font.size = size
                    if cells is header:
                        run.font.bold = True
                        oxml.set_fonts(run, HEITI)
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        oxml.repeat_as_header(table.rows[0])
        for cell in table.rows[0].cells:
            oxml.set_cell_shading(cell, "E7E6E6")
        return table

    def page_numbers(self) -> None:
        """“— 1 —” in 四号宋体: odd pages right, even pages left (GB/T 9704 7.5)."""
        self.doc.settings.odd_and_even_pages_header_footer = True
        section = self.doc.sections[0]
        for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            p = footer.paragraphs[0]
            p.alignment = align
            p.paragraph_format.first_line_indent = Pt(0)
            runs = [p.add_run("— "), *oxml.add_field(p, "PAGE"), p.add_run(" —")]
            for run in runs:
                oxml.set_fonts(run, SONGTI)
                run.font.size = SIZE_4

    # --- saving ----------------------------------------------------------------------------------
    def save(self, path: Path, title: str = "", author: str = "", identifier: str = "") -> Path:
        """Write the DOCX with fixed metadata and zip timestamps: same inputs, same bytes."""
        props = self.doc.core_properties
        props.title, props.author, props.last_modified_by = title, author, author
        props.identifier, props.revision = identifier, 1
        props.created = props.modified = props.last_printed = self.created
        finish_layout(self.doc)
        return save_docx(self.doc, path)


# --- layout rules over a whole document (also for documents rendered from templates) -------------------

TOTALS = re.compile(r"^[（(]?(总分|合计|总计|小计|综合得分|(基础指标|加分项|扣分项)[：:].*分)")


def is_totals(text: str) -> bool:
    """A totals line: 总分/合计/小计 …, or a part's subtotal (“基础指标：100分，评分…”)."""
    return bool(TOTALS.match(text.strip()))


def break_titles(document) -> None:
    """Every Title paragraph set in the lines `title_lines` gives (explicit breaks, so Word, WPS and
    LibreOffice all break there)."""
    for p in document.paragraphs:
        if p.style.name != "Title" or not p.runs:
            continue
        text = oxml.paragraph_text(p).replace("\n", "")
        lines = "\n".join(title_lines(text))
        if lines != oxml.paragraph_text(p):
            p.runs[0].text = lines
            for run in p.runs[1:]:
                oxml.delete_run(run)


def keep_totals(document) -> None:
    """A totals line never starts a page alone: what comes before it (earlier totals lines, the table's last
    row) keeps with it. In tables, the row before a 合计/总分 row keeps with that row."""
    blocks = list(document.iter_inner_content())
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            rows = block.rows
            for before, row in zip(rows, rows[1:], strict=False):
                if is_totals(row.cells[0].text):
                    _keep_row(before)
            continue
        if not is_totals(block.text):
            continue
        for prev in reversed(blocks[:i]):
            if isinstance(prev, Table):
                for row in prev.rows[_tail_start(prev):]:
                    _keep_row(row)
                break
            prev.paragraph_format.keep_with_next = True
            if prev.text.strip():  # an earlier totals line has already kept the rest
                break


def _tail_start(table) -> int:
    """The index of the row where the last row's first-column group starts (1 when it is the whole body)."""
    rows = table.rows
    start = len(rows) - 1
    while start > 1 and rows[start].cells[0]._tc is rows[start - 1].cells[0]._tc:
        start -= 1
    return max(start, 1)


def move_tail_with_totals(document, totals: str) -> bool:
    """The last rows of the table before the totals line `totals` start a new page, the header repeated: for
    when the rendered pages show the totals parted from the table (LibreOffice does not move a table part
    that already starts a page to keep it with the next paragraph). True when a table was changed."""
    blocks = list(document.iter_inner_content())
    for i, block in enumerate(blocks):
        if isinstance(block, Table) or not block.text.strip() or not totals.startswith(block.text.strip()[:8]):
            continue
        prev = next((b for b in reversed(blocks[:i]) if isinstance(b, Table) or b.text.strip()), None)
        if not isinstance(prev, Table) or len(prev.rows) < 3:
            return False
        oxml.split_table(prev, _tail_start(prev), repeat_header=True)
        brk = Paragraph(oxml.add_paragraph_after(prev), prev._parent)  # a 1 pt line that starts the page
        brk.paragraph_format.page_break_before = True
        brk.paragraph_format.first_line_indent = Pt(0)
        brk.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        brk.paragraph_format.line_spacing = Pt(1)
        return True
    return False


def _keep_row(row) -> None:
    oxml.keep_row_together(row)
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def merge_repeated_cells(document, column: int = 0) -> None:
    """In each table, consecutive body cells of the first column with the same text become one cell."""
    for table in document.tables:
        rows = table.rows
        first = 1
        while first < len(rows):
            last = first
            text = rows[first].cells[column].text.strip() if len(rows[first].cells) > column else ""
            while (text and last + 1 < len(rows) and len(rows[last + 1].cells) > column
                   and rows[last + 1].cells[column].text.strip() == text):
                last += 1
            if rows[first].cells[column]._tc is not rows[last].cells[column]._tc:
                kept = len(table.cell(first, column).paragraphs)
                merged = table.cell(first, column).merge(table.cell(last, column))
                for p in merged.paragraphs[kept:]:  # merging keeps every row's copy of the text
                    oxml.delete_paragraph(p)
            first = last + 1


def finish_layout(document) -> None:
    """Titles broken between words, totals kept with what they total, repeated first-column cells merged."""
    break_titles(document)
    merge_repeated_cells(document)
    keep_totals(document)
