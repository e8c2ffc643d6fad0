"""`ipdocs lint-docx`: the checkable GB/T 9704-2012 rules (DESIGN §5) on a DOCX.

Page size and margins; faces (east-Asian attribute included) and sizes per heading level; Chinese as the
document language; the red header (red 小标宋 organ mark, 文号 without 第 or leading zeros, the red line);
page numbers “— 1 —” in 四号宋体, odd pages right, even pages left. Every XML part has its elements in
ECMA-376 schema order (the order Word validates against). Given the report, a catalogue's first two heading
levels must be the report's, in order. Layout a clerk would reject: a title broken inside a word or in
uneven lines, body text not justified, a chain of keep-with-next paragraphs longer than a page (the page
before keeps only the title), a totals line free to start a page alone, repeated first-column cells not
merged. What only the rendered pages show is `ipdocs.word.pdf_lint`'s.
"""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Pt

from ipdocs.base.errors import IpdocsError
from ipdocs.word import oxml
from ipdocs.word.official import FANGSONG, HEITI, KAITI, SONGTI, XIAOBIAOSONG, is_totals
from ipdocs.word.titles import line_problems, width

STYLE_RULES = {"Normal": (FANGSONG, 16), "Title": (XIAOBIAOSONG, 22), "Heading 1": (HEITI, 16),
               "Heading 2": (KAITI, 16), "Heading 3": (FANGSONG, 16)}
PORTRAIT = {"page": (210, 297), "margins": (37, 35, 28, 26)}
LANDSCAPE = {"page": (297, 210), "margins": (28, 26, 37, 35)}
DOC_NUMBER = re.compile(r"〔(\d{4})〕(\d+)号")
LINES_PER_PAGE = 22  # GB/T 9704: 22 lines of 28 characters
CHARS_PER_BODY_LINE = 28
JUSTIFIED = {WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.DISTRIBUTE}


def _open(path: Path):
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IpdocsError(f"{path.name}：无法作为 Word 文档（DOCX）打开") from exc


def _mm(length) -> int:
    return round(length.mm)


def _check_page(d, problems: list[str]) -> None:
    s = d.sections[0]
    page = (_mm(s.page_width), _mm(s.page_height))
    margins = (_mm(s.top_margin), _mm(s.bottom_margin), _mm(s.left_margin), _mm(s.right_margin))
    layout = PORTRAIT if page == PORTRAIT["page"] else LANDSCAPE if page == LANDSCAPE["page"] else None
    if layout is None:
        problems.append(f"纸张应为A4（210×297毫米），实为{page[0]}×{page[1]}毫米")
    elif margins != layout["margins"]:
        problems.append("页边距应为上{}、下{}、左{}、右{}毫米，实为上{}、下{}、左{}、右{}毫米".format(*layout["margins"],
                                                                                  *margins))


def _check_styles(d, problems: list[str]) -> None:
    # by the paragraphs' own style objects: a file saved by LibreOffice names its styles “Heading 1”, which
    # d.styles["Heading 1"] (looking for Word's internal “heading 1”) does not find
    used = {oxml.paragraph_style(p).name: oxml.paragraph_style(p) for p in d.paragraphs if p.text.strip()}
    for name, (face, size) in STYLE_RULES.items():
        if name not in used:
            continue
        style = used[name]
        actual = oxml.east_asia_font(style)
        if actual != face:
            problems.append(f"样式“{name}”的中文字体应为{face}，实为{actual or '未设置（将沿用默认字体）'}")
        if style.font.size != Pt(size):
            shown = style.font.size.pt if style.font.size else "未设置"
            problems.append(f"样式“{name}”的字号应为{size}磅，实为{shown}")
    for n, p in enumerate(d.paragraphs, 1):
        rule = STYLE_RULES.get(oxml.paragraph_style(p).name)
        if rule is None or not p.text.strip():
            continue
        for run in p.runs:
            face = oxml.east_asia_font(run)
            if face and face != rule[0] and not (n <= 3 and face == XIAOBIAOSONG):
                problems.append(f"第{n}段“{p.text[:12]}”的文字使用了{face}，应为{rule[0]}")
                break
    if oxml.default_language(d) != "zh-CN":
        problems.append("文档的中文语言应设为 zh-CN")


def _check_red_header(d, problems: list[str]) -> None:
    paragraphs = [p for p in d.paragraphs if p.text.strip()]
    if not paragraphs or not paragraphs[0].runs:
        return
    mark = paragraphs[0].runs[0]
    if mark.font.color is None or mark.font.color.rgb is None or str(mark.font.color.rgb) != "FF0000":
        return  # no red header: catalogue, scoring table
    if oxml.east_asia_font(mark) != XIAOBIAOSONG:
        problems.append(f"发文机关标志应使用{XIAOBIAOSONG}，实为{oxml.east_asia_font(mark) or '未设置'}")
    number = next((p for p in paragraphs[1:4] if DOC_NUMBER.search(p.text)), None)
    if number is None:
        problems.append("发文机关标志下方应有发文字号（如 武市监〔2023〕86号）")
        return
    text = number.text.strip()
    m = DOC_NUMBER.search(text)
    if "第" in text or m.group(2).startswith("0"):
        problems.append(f"发文字号“{text}”不应含“第”或以0开头的序号")
    if "[" in text or "【" in text or "(" in text:
        problems.append(f"发文字号“{text}”的年份应使用六角括号〔〕")
    if oxml.paragraph_border_color(number) != "FF0000":
        problems.append("发文字号下方应有红色分隔线")


def _check_page_numbers(d, problems: list[str]) -> None:
    if not d.settings.odd_and_even_pages_header_footer:
        problems.append("页码应奇偶页不同（奇数页居右、偶数页居左），未启用奇偶页不同")
    section = d.sections[0]
    for footer, align, side in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "奇数页"),
                                (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "偶数页")):
        if "PAGE" not in oxml.field_instructions(footer):
            problems.append(f"{side}页脚缺少页码")
            continue
        p = next(p for p in footer.paragraphs if "PAGE" in oxml.field_instructions(p))
        if not re.fullmatch(r"— \d+ —", p.text.strip()):
            problems.append(f"{side}页码格式应为“— 1 —”，实为“{p.text.strip()}”")
        if p.alignment != align:
            problems.append(f"{side}页码应{'居右' if align == WD_ALIGN_PARAGRAPH.RIGHT else '居左'}")
        run = p.runs[0] if p.runs else None
        if run is not None and (oxml.east_asia_font(run) != SONGTI or run.font.size != Pt(14)):
            problems.append(f"{side}页码应为四号宋体")


def _short(text: str, n: int = 12) -> str:
    text = text.replace("\n", "")
    return text if len(text) <= n else text[:n] + "…"


def _check_titles(d, problems: list[str]) -> None:
    for p in d.paragraphs:
        if oxml.paragraph_style(p).name == "Title" and p.text.strip():
            text = oxml.paragraph_text(p)
            problems += [f"标题“{_short(text, 16)}”：{problem}" for problem in line_problems(text.split("\n"))]


def _check_justified(d, problems: list[str]) -> None:
    body = [(n, p) for n, p in enumerate(d.paragraphs, 1)
            if oxml.paragraph_style(p).name == "Normal"
            and len(p.text.strip()) > CHARS_PER_BODY_LINE]  # lines that wrap
    if not body:
        return
    normal = d.styles["Normal"].paragraph_format.alignment
    if normal not in JUSTIFIED:
        problems.append("正文样式“Normal”应两端对齐，实为" + ("左对齐" if normal in (None, WD_ALIGN_PARAGRAPH.LEFT)
                                                          else str(normal)))
    for n, p in body:
        if p.alignment == WD_ALIGN_PARAGRAPH.LEFT:  # centred and right-aligned lines are deliberate
            problems.append(f"第{n}段“{_short(p.text)}”应两端对齐")
            break


def _keeps(p) -> bool:
    """Keep-with-next as it applies: the paragraph's own setting, else its style's (and their bases)."""
    if p.paragraph_format.keep_with_next is not None:
        return p.paragraph_format.keep_with_next
    style = oxml.paragraph_style(p)
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return style.paragraph_format.keep_with_next
        style = style.base_style
    return False


def _lines(p) -> int:
    return max(1, math.ceil((width(p.text) + 2) / CHARS_PER_BODY_LINE))


def _check_keep_chains(d, problems: list[str]) -> None:
    """Paragraphs each kept with the next that fill more than a page move as one block: LibreOffice starts
    the block on a new page, and the page before keeps only what preceded it (a title and its page number)."""
    start, lines = None, 0
    for n, block in enumerate(d.iter_inner_content(), 1):
        kept = not hasattr(block, "rows") and _keeps(block)
        if kept:
            start, lines = (start or n), lines + _lines(block)
            if lines > LINES_PER_PAGE:
                problems.append(f"从第{start}段起连续多段均设“与下段同页”，超过一页（各项下没有正文），"
                                "排版时将整体移到下一页，前一页只剩标题和页码")
                return
        else:
            start, lines = None, 0


def _row_keeps(row) -> bool:
    return all(_keeps(p) for cell in row.cells for p in cell.paragraphs)


def _check_totals(d, problems: list[str]) -> None:
    """A totals line (总分/合计 …) must be kept with what comes before it, so it never starts a page alone."""
    blocks = list(d.iter_inner_content())
    for n, block in enumerate(blocks):
        if hasattr(block, "rows"):
            for r, (before, row) in enumerate(zip(block.rows, block.rows[1:], strict=False), 2):
                if is_totals(row.cells[0].text) and not _row_keeps(before):
                    problems.append(f"表格第{r}行“{_short(row.cells[0].text)}”的上一行未设“与下段同页”，"
                                    "合计行可能单独落在一页")
            continue
        if not is_totals(block.text) or n == 0:
            continue
        prev = blocks[n - 1]
        kept = _row_keeps(prev.rows[-1]) if hasattr(prev, "rows") else _keeps(prev)
        if not kept:
            problems.append(f"合计行“{_short(block.text)}”与上文未设“与下段同页”（段落或表格末行），可能单独落在一页")


def _check_merged(d, problems: list[str]) -> None:
    for t, table in enumerate(d.tables, 1):
        rows = table.rows
        for r in range(1, len(rows) - 1):
            a, b = rows[r].cells[0], rows[r + 1].cells[0]
            if a._tc is not b._tc and a.text.strip() and a.text.strip() == b.text.strip():
                problems.append(f"第{t}个表格第{r + 1}、{r + 2}行第1列重复“{_short(a.text)}”，应纵向合并为一个单元格")
                break


def _check_order(d, problems: list[str]) -> None:
    for p in oxml.order_problems(d):
        problems.append(f"{p.part}：{p.path} 中的 {p.child} 应排在 {p.before} 之前（ECMA-376 元素顺序，Word 按此校验）")


def order_problems(path: str | Path) -> list[str]:
    """Only the element-order check, for any DOCX (docxtpl templates included)."""
    problems: list[str] = []
    _check_order(_open(Path(path)), problems)
    return problems


def headings(path: Path, levels=(1, 2)) -> list[tuple[int, str]]:
    d = _open(path)
    return [(int(oxml.paragraph_style(p).name[-1]), p.text.strip()) for p in d.paragraphs
            if oxml.paragraph_style(p).name in {f"Heading {n}" for n in levels} and p.text.strip()]


def lint_docx(path: str | Path, report: str | Path | None = None) -> list[str]:
    """Problems found, each one line in Chinese; empty when the document passes."""
    path = Path(path)
    d = _open(path)
    problems: list[str] = []
    _check_page(d, problems)
    _check_styles(d, problems)
    _check_red_header(d, problems)
    _check_page_numbers(d, problems)
    _check_order(d, problems)
    _check_titles(d, problems)
    _check_justified(d, problems)
    _check_keep_chains(d, problems)
    _check_totals(d, problems)
    _check_merged(d, problems)
    if report is not None:
        mine, theirs = headings(path), headings(Path(report))
        if mine != theirs:
            first = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
                         min(len(mine), len(theirs)))
            got = mine[first][1] if first < len(mine) else "（无）"
            want = theirs[first][1] if first < len(theirs) else "（无）"
            problems.append(f"目录清单的一、二级标题应与自评报告一致：第{first + 1}个标题为“{got}”，自评报告为“{want}”")
    return problems
