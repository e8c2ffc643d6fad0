"""Workbook layouts a reader parts into tables (issue 15, stop 29): two tables set side by side on one sheet, an
empty column between them, each a table of its own whether a title is merged across both, typed in the first cell
or absent (a spacer column inside one table's layout, under no header of its own, does not cut it); and the same
header under a new caption after a blank row starting another table. Workbooks are made here."""

from __future__ import annotations

import openpyxl

from ipdocs.extract import file_facts


def _tables(path) -> list[tuple[list, list]]:
    return [(t["header"], t["rows"]) for t in file_facts(path)["tables"]]


def test_two_tables_side_by_side_under_a_title_merged_across_both(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年上半年知识产权工作情况"])
    ws.merge_cells("A1:G1")
    ws.append(["执法办案", None, None, None, "宣传活动"])
    ws.append(["乡镇", "立案", "结案", None, "活动名称", "日期", "参与人数"])
    ws.append(["东关镇", 3, 2, None, "商标知识讲座", "2024年3月8日", 60])
    ws.append(["西河乡", 1, 1, None, "知识产权进校园", "2024年4月26日", 210])
    ws.append(["南屯镇", 4, 0, None, "商标品牌培育培训", "2024年5月17日", 85])
    path = tmp_path / "情况表.xlsx"
    wb.save(path)
    assert _tables(path) == [
        (["乡镇", "立案", "结案"], [["东关镇", "3", "2"], ["西河乡", "1", "1"], ["南屯镇", "4", "0"]]),
        (["活动名称", "日期", "参与人数"], [["商标知识讲座", "2024年3月8日", "60"],
                                      ["知识产权进校园", "2024年4月26日", "210"],
                                      ["商标品牌培育培训", "2024年5月17日", "85"]])]


def test_two_tables_side_by_side_starting_at_different_rows_and_two_empty_columns_apart(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    left = [["序号", "当事人", "案由"], [1, "某超市", "商标侵权"], [2, "某药店", "假冒专利"], [3, "某商行", "商标侵权"]]
    right = [["类别", "件数"], ["商标", 2], ["专利", 1]]
    for r, row in enumerate(left, 2):
        for c, value in enumerate(row, 1):
            ws.cell(r, c, value)
    for r, row in enumerate(right, 3):
        for c, value in enumerate(row, 6):
            ws.cell(r, c, value)
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    assert _tables(path) == [(["序号", "当事人", "案由"], [[str(r[0]), *r[1:]] for r in left[1:]]),
                             (["类别", "件数"], [["商标", "2"], ["专利", "1"]])]


def test_an_empty_column_under_no_header_of_its_own_inside_one_table_does_not_cut_it(tmp_path):
    """A single table whose last column is set off by an empty one: the part beyond has no header of two labels,
    so the sheet is one table (its empty column dropped)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "单位", "人数", None, "备注"], [1, "县市场监管局", 5, None, "已完成"],
                [2, "县公安局", 3, None, ""], [3, "县司法局", 2, None, "推进中"]):
        ws.append(row)
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    assert _tables(path) == [(["序号", "单位", "人数", "备注"], [["1", "县市场监管局", "5", "已完成"],
                                                       ["2", "县公安局", "3", ""], ["3", "县司法局", "2", "推进中"]])]


def test_a_title_in_the_first_cell_of_a_two_column_table_is_no_header(tmp_path):
    """Two two-column tables side by side under a title typed in A1 (not merged): the title is no record and no
    header of the left table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年一季度统计"], ["乡镇", "立案数", None, "活动名称", "人数"], ["城关镇", 3, None, "讲座", 50],
                ["河口乡", 1, None, "进校园", 80], ["石桥镇", 4, None, "培训", 30]):
        ws.append(row)
    path = tmp_path / "统计.xlsx"
    wb.save(path)
    assert _tables(path) == [(["乡镇", "立案数"], [["城关镇", "3"], ["河口乡", "1"], ["石桥镇", "4"]]),
                             (["活动名称", "人数"], [["讲座", "50"], ["进校园", "80"], ["培训", "30"]])]


def test_the_same_header_under_a_new_caption_after_a_blank_row_starts_another_table(tmp_path):
    """一季度 … blank … 二季度 over the same labels (no usual header words: 辖区 | 受理量 | 办结量): two tables."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["一季度"], ["辖区", "受理量", "办结量"], ["城关镇", 3, 2], ["河口乡", 1, 1], ["石桥镇", 2, 2], [None],
                ["二季度"], ["辖区", "受理量", "办结量"], ["城关镇", 5, 2], ["河口乡", 2, 1], ["石桥镇", 0, 0]):
        ws.append(row)
    path = tmp_path / "季度.xlsx"
    wb.save(path)
    header = ["辖区", "受理量", "办结量"]
    assert _tables(path) == [(header, [["城关镇", "3", "2"], ["河口乡", "1", "1"], ["石桥镇", "2", "2"]]),
                             (header, [["城关镇", "5", "2"], ["河口乡", "2", "1"], ["石桥镇", "0", "0"]])]
