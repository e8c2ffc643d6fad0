"""Under a two-row header a column is named by its group label and its leaf joined, as a reader names it and as
three unprompted corpora label it (立案数（件） over 上半年 | 下半年: 立案数（件）上半年); a label over both rows stands
alone (issue 15, stop 27). Workbooks and Word tables made here; on a grid OCR read the leaves alone name the
columns (tests/test_tables_s26.py)."""

from __future__ import annotations

import openpyxl
from docx import Document
from docx.shared import Pt

from ipdocs.extract import file_facts
from ipdocs.extract.tables import Grid, table_of


def test_a_workbooks_merged_group_label_is_joined_to_each_leaf(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2023年案件统计表"])
    sheet.merge_cells("A1:E1")
    sheet.append(["序号", "案件类别", "立案数（件）", None, "罚没金额（万元）"])
    sheet.append([None, None, "上半年", "下半年", None])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        sheet.merge_cells(cells)
    sheet.append([1, "商标侵权", 10, 12, 28.5])
    sheet.append([2, "假冒专利", 4, 9, 21.3])
    path = tmp_path / "统计表.xlsx"
    book.save(path)
    table = file_facts(path)["tables"][0]
    assert table["header"] == ["序号", "案件类别", "立案数（件）上半年", "立案数（件）下半年", "罚没金额（万元）"]
    assert table["rows"] == [["1", "商标侵权", "10", "12", "28.5"], ["2", "假冒专利", "4", "9", "21.3"]]


def test_a_group_written_once_over_empty_cells_names_each_leaf_under_it():
    grid = Grid([1], [["序号", "联系方式", "", "备注"], ["", "电话", "邮箱", ""], ["1", "0556-1", "a@b.cn", ""],
                      ["2", "0556-2", "c@d.cn", "无"]])
    table = table_of(grid)
    assert table.header == ["序号", "联系方式电话", "联系方式邮箱", "备注"]
    assert len(table.rows) == 2


ROWS = [["青石镇", "10", "22", "3"], ["白沙镇", "7", "15", "0"], ["金竹乡", "4", "9", "1"]]
EXPECTED = ["乡镇", "专利授权发明", "专利授权实用新型", "备注"]


def test_docx_group_cell_spanning_its_leaves(tmp_path):
    doc = Document()
    doc.add_paragraph("云溪县专利授权分乡镇统计表")
    grid = doc.add_table(rows=2 + len(ROWS), cols=4)
    grid.style = "Table Grid"
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "乡镇"
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "专利授权"
    grid.cell(0, 3).merge(grid.cell(1, 3)).text = "备注"
    grid.cell(1, 1).text, grid.cell(1, 2).text = "发明", "实用新型"
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    for paragraph in (p for row in grid.rows for cell in row.cells for p in cell.paragraphs):
        for run in paragraph.runs:
            run.font.size = Pt(12)
    path = tmp_path / "统计表.docx"
    doc.save(path)
    tables = file_facts(path)["tables"]
    assert len(tables) == 1, tables
    table = tables[0]
    assert table["header"] == EXPECTED
    assert table["rows"] == ROWS
