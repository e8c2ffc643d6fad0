"""Extraction's fast paths (text.FAST_PATHS: each file parsed once, the table gate counted while the page is open,
style sizes looked up once) give the same facts as the plain paths; the table gate passes over a notice's red rule
and stops at a ruled grid, as pdfplumber sees them."""

import ctypes

import docx
import openpyxl
import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from docx.shared import Pt

from ipdocs.extract import file_facts, tables, text
from ipdocs.extract.facts import facts
from ipdocs.intake import validate


def _text(pdf, words: str, x: float, y: float, size: float = 12):
    obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", size)
    wide = (words + "\x00").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(wide), pdfium_c.FPDF_WIDESTRING))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    return obj


def _line(x0: float, y0: float, x1: float, y1: float):
    obj = pdfium_c.FPDFPageObj_CreateNewPath(x0, y0)
    pdfium_c.FPDFPath_LineTo(obj, x1, y1)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_NONE, True)
    return obj


def _page(pdf, objects) -> None:
    page = pdfium_c.FPDFPage_New(pdf.raw, len(pdf), 595, 842)
    for obj in objects:
        pdfium_c.FPDFPage_InsertObject(page, obj)
    pdfium_c.FPDFPage_GenerateContent(page)
    pdfium_c.FPDF_ClosePage(page)


@pytest.fixture(scope="module")
def notice_and_grid(tmp_path_factory):
    """Page 1: a notice with a red rule under its masthead (a thin filled rectangle); page 2: a 3 × 4 ruled grid;
    page 3: text with two rules under a heading (fewer paths than a grid needs)."""
    pdf = pypdfium2.PdfDocument.new()
    rule = pdfium_c.FPDFPageObj_CreateNewRect(80, 700, 435, 1.5)
    pdfium_c.FPDFPageObj_SetFillColor(rule, 220, 0, 0, 255)
    pdfium_c.FPDFPath_SetDrawMode(rule, pdfium_c.FPDF_FILLMODE_WINDING, False)
    _page(pdf, [_text(pdf, "Wujiang Market Regulation Notice", 150, 740, 18), rule,
                _text(pdf, "Training on 2023-10-17 for every unit of the district.", 80, 660)])
    grid = [_line(80, 600 - 30 * r, 480, 600 - 30 * r) for r in range(4)]
    grid += [_line(80 + 100 * k, 600, 80 + 100 * k, 510) for k in range(5)]
    _page(pdf, grid + [_text(pdf, f"R{r}C{k}", 90 + 100 * k, 580 - 30 * r) for r in range(3) for k in range(4)])
    _page(pdf, [_text(pdf, "Minutes of the meeting held on 2023-11-13", 80, 740), _line(80, 730, 500, 730),
                _line(80, 726, 500, 726), _text(pdf, "Topics: patents, trademarks and the yearly plan.", 80, 700)])
    path = tmp_path_factory.mktemp("fast") / "notice_grid.pdf"
    pdf.save(str(path))
    return path


def test_the_table_gate_passes_over_a_red_rule_and_stops_at_a_grid(notice_and_grid):
    pdf = pypdfium2.PdfDocument(str(notice_and_grid))
    counts = [tables.drawn_paths(page) for page in pdf]
    pdf.close()
    with pdfplumber.open(str(notice_and_grid)) as plumber:
        found = [bool(page.extract_tables()) for page in plumber.pages]
    assert found == [False, True, False]
    assert [n >= tables.MIN_PATHS for n in counts] == found  # the gate passes over only pages without a table
    document = text.read_document(notice_and_grid, "pdf")
    assert document.paths == dict(enumerate(counts, 1))  # counted while the reader had the page open
    grids = tables.pdf_grids(notice_and_grid, [1, 2, 3], document.paths)
    assert [g.pages for g in grids] == [[2]]
    assert grids[0].rows == [[f"R{r}C{k}" for k in range(4)] for r in range(3)]
    assert [g.rows for g in tables.pdf_grids(notice_and_grid, [1, 2, 3])] == [grids[0].rows]  # file opened again


def _styled_docx(path):
    d = docx.Document()
    masthead = d.styles.add_style("红头标题", 1)
    masthead.base_style, masthead.font.size = d.styles["Normal"], Pt(22)
    under = d.styles.add_style("红头副题", 1)
    under.base_style = masthead  # no size of its own: the base style's
    d.add_paragraph("韶关市武江区市场监督管理局", style="红头标题")
    d.add_paragraph("关于举办知识产权保护专题培训班的通知", style="红头副题")
    d.add_paragraph().add_run("定于2023年10月17日举办专题培训。").font.size = Pt(16)
    d.add_paragraph("请于2023年10月12日前报送参训人员名单。")
    d.add_paragraph("韶关市武江区市场监督管理局", style="红头标题")  # a style seen again: the same size
    t = d.add_table(rows=3, cols=3)
    t.style = d.styles["Table Grid"]
    for r, row in enumerate([["序号", "姓名", "单位"], ["1", "张三", "区市场监管局"], ["2", "李四", "区司法局"]]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.save(str(path))
    return path


def _ledger_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年度知识产权宣传活动台账", None, None])
    ws.merge_cells("A1:C1")
    for row in [["序号", "活动名称", "日期"], [1, "知识产权宣传周", "2023-04-26"], [2, "专利培训", "2023-06-10"]]:
        ws.append(row)
    wb.save(str(path))
    return path


def _both(path, kind):
    found = {}
    for fast in (False, True):
        text.FAST_PATHS = fast
        try:
            document = text.read_document(path, kind)
            found[fast] = (document, facts(document), file_facts(path))
        finally:
            text.FAST_PATHS = True
    return found


def test_word_paragraph_sizes_come_from_runs_or_the_style_chain_on_both_paths(tmp_path):
    path = _styled_docx(tmp_path / "notice.docx")
    found = _both(path, "docx")
    for document, *_ in found.values():
        assert [(line.text[:4], line.size) for line in document.pages[0].lines] == [
            ("韶关市武", 22.0), ("关于举办", 22.0), ("定于20", 16.0), ("请于20", 0.0), ("韶关市武", 22.0)]
    assert found[True][0].parsed is not None and found[False][0].parsed is None
    assert found[True][1] == found[False][1]
    assert found[True][1]["tables"][0]["rows"] == [["1", "张三", "区市场监管局"], ["2", "李四", "区司法局"]]


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx"])
def test_fast_and_plain_paths_give_the_same_facts(kind, notice_and_grid, tmp_path):
    path = {"pdf": lambda: notice_and_grid, "docx": lambda: _styled_docx(tmp_path / "notice.docx"),
            "xlsx": lambda: _ledger_xlsx(tmp_path / "ledger.xlsx")}[kind]()
    found = _both(path, kind)
    plain, fast = found[False][0], found[True][0]
    assert [(p.number, p.text, p.lines) for p in fast.pages] == [(p.number, p.text, p.lines) for p in plain.pages]
    assert found[True][1] == found[False][1] == found[True][2] == found[False][2]
    assert found[True][1]["tables"], "each of these files holds a table"


def test_the_intake_check_hands_its_word_parse_to_the_reader(tmp_path):
    path = _styled_docx(tmp_path / "notice.docx")
    opened: dict = {}
    assert validate.problem(path, "docx", opened) is None and set(opened) == {"docx"}
    assert text.read_document(path, "docx", opened["docx"]).parsed is opened["docx"]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(path.read_bytes()[:-300])  # cut off in transfer: the ZIP directory is gone
    opened = {}
    assert validate.problem(broken, "docx", opened).startswith("文件已损坏") and not opened
