"""XLSX ledgers as the clerk sees them in Excel or WPS (issue 15): formulas openpyxl wrote without a cached value,
a hidden range of columns, dates and times in their display formats, a three-row header."""

from __future__ import annotations

import datetime as dt

import openpyxl

from ipdocs.extract import file_facts
from ipdocs.extract.formulas import Book


def _tables(path):
    return [(t["header"], t["rows"]) for t in file_facts(path)["tables"]]


def test_formulas_without_cached_values_show_their_results(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一季度"
    ws.merge_cells("A1:F1")
    ws["A1"] = "2023年第一季度知识产权案件统计表"
    ws.append(["序号", "单位", "专利", "商标", "版权", "小计"])
    for r, (unit, *n) in enumerate([("城关镇", 1, 2, 3), ("石桥镇", 4, 0, 1), ("河口乡", 2, 2, 2)], 3):
        ws.append(["=ROW()-2", unit, *n, f"=SUM(C{r}:E{r})"])
    ws.append(["合计", None, "=SUM(C3:C5)", "=SUM(D3:D5)", "=SUM(E3:E5)", "=C6+D6+E6"])
    ws.merge_cells("A6:B6")
    ws.append(["注：1.本表由各镇街填报；"])
    ws.append(["2.数据截至2023年3月31日。"])
    summary = wb.create_sheet("汇总")
    summary.append(["类别", "件数", "占比"])
    for r, col in enumerate("CDE", 2):
        summary.append([f"类别{r - 1}", f"='一季度'!{col}6", f"=B{r}/SUM(B$2:B$4)"])
        summary.cell(r, 3).number_format = "0.0%"
    path = tmp_path / "统计表.xlsx"
    wb.save(path)
    assert _tables(path) == [
        (["序号", "单位", "专利", "商标", "版权", "小计"],
         [["1", "城关镇", "1", "2", "3", "6"], ["2", "石桥镇", "4", "0", "1", "5"],
          ["3", "河口乡", "2", "2", "2", "6"]]),
        (["类别", "件数", "占比"], [["类别1", "7", "41.2%"], ["类别2", "4", "23.5%"], ["类别3", "6", "35.3%"]])]


def test_a_formula_the_evaluator_cannot_compute_is_left_empty_not_guessed(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"], ws["A4"] = 2, "=VLOOKUP(A1,B1:C3,2,FALSE)", "=A5", "=A4+1"
    ws["A5"] = "=A3"  # a cycle
    path = tmp_path / "f.xlsx"
    wb.save(path)
    book = Book(openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True))
    assert [book.value("Sheet", r, 1) for r in range(1, 6)] == [2, None, None, None, None]


def test_a_formula_on_an_uncomputable_one_is_empty_and_long_chains_do_not_crash(tmp_path):
    """A reference to a cell that cannot be computed is not an empty cell's 0; a running total is computed on every
    row (cells are read top-down and remembered); a chain of thousands of formulas each waiting on the next row
    (adversarial, or a careless export) leaves the cells it cannot reach empty instead of failing the file."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"] = "=VLOOKUP(1,B1:C3,2,FALSE)", "=A1+1", "=SUM(A1:A2)"
    ws.append([])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    book = Book(openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True))
    assert [book.value("Sheet", r, 1) for r in range(1, 4)] == [None, None, None]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "件数", "累计", "倒推"])
    for r in range(2, 3002):
        ws.append([r - 1, 1, f"=C{r - 1}+B{r}" if r > 2 else "=B2", f"=D{r + 1}+1" if r < 3001 else 0])
    path = tmp_path / "chain.xlsx"
    wb.save(path)
    (header, rows), = _tables(path)
    assert header == ["序号", "件数", "累计", "倒推"] and len(rows) == 3000
    assert [row[2] for row in rows] == [str(n) for n in range(1, 3001)]
    assert rows[-2][3] == "1" and all(row[3] in ("", str(3000 - int(row[0]))) for row in rows)
    assert sum(row[3] == "" for row in rows) > 2000  # too deep from the top: empty, not a wrong number


def test_a_hidden_range_of_columns_dates_without_a_year_and_times_as_formatted(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "活动名称", "内部编号", "草拟日期", "日期", "签到时间", "经费（万元）"])
    for i, (name, day, money) in enumerate([("专利周宣传", dt.date(2023, 5, 18), 0.1 + 0.2),
                                            ("商标培训班", dt.date(2023, 6, 8), 12.5)], 1):
        ws.append([i, name, f"X{i}", f"2022年1月{i}日", day, dt.datetime(2023, 5, 18, 9, 5 * i), money])
        ws.cell(i + 1, 5).number_format = 'm"月"d"日"'
        ws.cell(i + 1, 6).number_format = "yyyy/m/d h:mm"
    ws.column_dimensions.group("C", "D", hidden=True)  # stored once, as C with max 4
    path = tmp_path / "登记表.xlsx"
    wb.save(path)
    assert _tables(path) == [(["序号", "活动名称", "日期", "签到时间", "经费（万元）"],
                              [["1", "专利周宣传", "5月18日", "2023/5/18 9:05", "0.3"],
                               ["2", "商标培训班", "6月8日", "2023/5/18 9:10", "12.5"]])]
    assert not [d for d in file_facts(path)["dates"] if d["iso"].startswith("2022")]  # the hidden column's


def test_a_three_row_header_names_each_column_by_its_groups_and_its_leaf(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.merge_cells("A1:G1")
    ws["A1"] = "知识产权行政执法情况统计表"
    for cells, text in (("A2:A4", "序号"), ("B2:B4", "单位"), ("C2:F2", "案件情况"), ("G2:G4", "罚没款\n（万元）"),
                        ("C3:D3", "专利"), ("E3:F3", "商标")):
        ws.merge_cells(cells)
        ws[cells.split(":")[0]] = text
    for col, text in zip("CDEF", ["立案", "结案", "立案", "结案"], strict=True):
        ws[f"{col}4"] = text
    for i, unit in enumerate(["城关镇", "石桥镇"], 1):
        ws.append([i, unit, i, i, 2 * i, i, 1.5 * i])
        ws.cell(ws.max_row, 7).number_format = "0.00"
    path = tmp_path / "统计表.xlsx"
    wb.save(path)
    assert _tables(path) == [(["序号", "单位", "案件情况专利立案", "案件情况专利结案", "案件情况商标立案",
                               "案件情况商标结案", "罚没款（万元）"],
                              [["1", "城关镇", "1", "1", "2", "1", "1.50"],
                               ["2", "石桥镇", "2", "2", "4", "2", "3.00"]])]


def test_numbers_print_as_their_format_shows_them():
    from ipdocs.extract.tables import _number_shown

    shown = [_number_shown(v, f) for v, f in [(12.5, "0"), (2.675, "0.00"), (1234.5, "#,##0.00"), (0.4125, "0.0%"),
                                              (1234.5, "¥#,##0.00"), (1234.5, "[$¥-804]#,##0.00"), (3, '0"件"'),
                                              (5, "General"), (5, "@")]]
    assert shown == ["13", "2.68", "1,234.50", "41.3%", "¥1,234.50", "¥1,234.50", "3件", None, None]


def test_section_captions_merged_across_are_not_records(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "案件名称", "立案日期", "办理结果"])
    ws.append(["一、专利案件"])
    ws.merge_cells("A2:D2")
    ws.append([1, "某公司假冒专利案", "2023-03-01", "已结案"])
    ws.append(["二、商标案件"])
    ws.merge_cells("A4:D4")
    ws.append([2, "某商行销售侵权商品案", "2023-05-01", "办理中"])
    path = tmp_path / "登记表.xlsx"
    wb.save(path)
    assert _tables(path) == [(["序号", "案件名称", "立案日期", "办理结果"],
                              [["1", "某公司假冒专利案", "2023-03-01", "已结案"],
                               ["2", "某商行销售侵权商品案", "2023-05-01", "办理中"]])]


def test_a_sign_in_sheet_printed_in_two_halves_side_by_side_stays_as_printed(tmp_path):
    """序号 姓名 单位 | (blank) | 序号 姓名 单位: one table of the printed rows (dev3's blind truth counts them so),
    the blank column between the halves left out; the attendance count still numbers the people."""
    import docx

    d = docx.Document()
    d.add_paragraph("知识产权业务培训签到表")
    people = [("1", "张伟", "县法院"), ("2", "李娜", "县检察院"), ("3", "王强", "县公安局"), ("4", "刘洋", "县司法局"),
              ("5", "陈静", "县商务局")]
    table = d.add_table(rows=4, cols=7)
    for c, label in enumerate(["序号", "姓名", "单位", "", "序号", "姓名", "单位"]):
        table.cell(0, c).text = label
    for k, person in enumerate(people):
        row, col = (k % 3) + 1, 0 if k < 3 else 4
        for c, text in enumerate(person):
            table.cell(row, col + c).text = text
    path = tmp_path / "签到表.docx"
    d.save(path)
    assert _tables(path) == [(["序号", "姓名", "单位", "序号", "姓名", "单位"],
                              [[*people[0], *people[3]], [*people[1], *people[4]], [*people[2], "", "", ""]])]
    assert file_facts(path)["attendance"]["count"] == 5
