"""Logical tables (issue 15): header rows are not data, rows split by a page break are one row, a ledger's
title row is not a row, merged cells are filled, and a case list without its ruling column is still a case list.
Each case has a file made for it; expectations are the planted rows."""

import datetime as dt

import docx
import pytest
from extract_files import (
    ATTENDEES,
    SIGN_IN_HEADER,
    ledger_xlsx,
    notice_docx,
    repeat_header,
    sign_in_docx,
    sign_in_rows,
    to_pdfs,
)

from ipdocs.extract import file_facts
from ipdocs.extract.cases import cases
from ipdocs.extract.tables import Grid, table_of

HEADER = ["序号", "工作任务", "牵头单位", "完成时限"]


def task_rows(n: int) -> list[list[str]]:
    units = ["区市场监管局", "区法院", "区检察院", "区公安分局（经济犯罪侦查大队）"]
    return [[str(i), f"开展第{i}批知识产权保护专项检查并报送佐证材料（任务描述较长，单元格内换行）", units[i % 4],
             (dt.date(2023, 1, 1) + dt.timedelta(days=7 * i)).isoformat()] for i in range(1, n + 1)]


@pytest.fixture(scope="module")
def long_tables(tmp_path_factory):
    """The same 40-row table over several pages: header printed once, and header repeated on every page."""
    folder = tmp_path_factory.mktemp("tables")
    once = notice_docx(folder / "分工表.docx", ["任务分工表"], [HEADER, *task_rows(40)])
    repeated = repeat_header(notice_docx(folder / "分工表（表头重复）.docx", ["任务分工表"], [HEADER, *task_rows(40)]))
    return to_pdfs([once, repeated], folder / "lo")


@pytest.mark.parametrize("which", [0, 1], ids=["header-once", "header-repeated"])
def test_a_table_across_pages_is_one_table_with_each_row_once(long_tables, which):
    found = file_facts(long_tables[which])
    assert found["pages"] >= 2
    assert len(found["tables"]) == 1                                   # one logical table, not one per page
    table = found["tables"][0]
    assert table["pages"] == list(range(1, found["pages"] + 1))
    assert table["header"] == HEADER                                   # the header is not a data row …
    assert table["rows"] == task_rows(40)                             # … nor repeated, split rows joined once


def test_ledger_title_rows_are_not_rows_and_merged_cells_are_filled(tmp_path):
    rows = [[i, dt.datetime(2023, 3, i), f"知识产权宣传活动第{i}场", "区市场监管局" if i == 1 else None, 20 * i]
            for i in range(1, 7)]
    for i in (4, 5, 6):
        rows[i - 1][3] = "区法院"
    for two_rows in (True, False):
        found = file_facts(ledger_xlsx(tmp_path / f"台账{two_rows}.xlsx", rows, two_row_header=two_rows))
        assert len(found["tables"]) == 1
        table = found["tables"][0]
        group = "活动信息" if two_rows else ""  # a group label over two leaves names them with it
        assert table["header"] == ["序号", f"{group}日期", f"{group}活动名称", "主办单位", "参加人数"]
        assert len(table["rows"]) == 6                                   # title and 填报 rows are not rows
        assert table["rows"][0] == ["1", "2023-03-01", "知识产权宣传活动第1场", "区市场监管局", "20"]
        assert [r[3] for r in table["rows"]] == ["区市场监管局"] * 3 + ["区法院"] * 3   # merged D cells filled


def test_word_merged_cells_are_filled_and_a_two_row_header_is_one(tmp_path):
    path = notice_docx(tmp_path / "分工.docx", ["任务分工表"],
                       [["序号", "工作任务", "责任分工", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""],
                        ["1", "商标专项整治", "区市场监管局", "区公安分局", "2023-06-30"],
                        ["2", "宣传周活动", "", "区宣传部", "2023-04-26"]])
    d = docx.Document(str(path))
    t = d.tables[0]
    for col in (0, 1, 4):                                             # header cells merged down (vMerge)
        keep = t.cell(0, col).text
        t.cell(0, col).merge(t.cell(1, col)).text = keep
    t.cell(0, 2).merge(t.cell(0, 3)).text = "责任分工"                 # a group label over two columns (gridSpan)
    t.cell(2, 2).merge(t.cell(3, 2)).text = "区市场监管局"             # one lead unit for both tasks (vMerge)
    d.save(str(path))
    table = file_facts(path)["tables"][0]
    assert table["header"] == ["序号", "工作任务", "责任分工牵头单位", "责任分工配合单位", "完成时限"]
    assert table["rows"] == [["1", "商标专项整治", "区市场监管局", "区公安分局", "2023-06-30"],
                             ["2", "宣传周活动", "区市场监管局", "区宣传部", "2023-04-26"]]


def test_sign_in_blank_numbered_rows_are_not_rows(tmp_path):
    table = file_facts(sign_in_docx(tmp_path / "签到表.docx"))["tables"][0]
    assert table["header"] == SIGN_IN_HEADER
    assert [r[1] for r in table["rows"]] == ATTENDEES and len(sign_in_rows()) == len(ATTENDEES) + 3


def test_case_list_without_its_ruling_column_is_still_a_case_list(tmp_path):
    header = ["序号", "案号", "案件类型", "立案日期", "结案日期", "是否公开"]           # no 处罚结果 column
    rows = [[str(i), f"韶武市监罚〔2023〕{i * 7}号", "商标", f"2023-0{i}-02", f"2023-0{i + 2}-18", "是"]
            for i in range(1, 5)]
    found = file_facts(notice_docx(tmp_path / "案件一览表.docx", ["2023年知识产权行政处罚案件一览表"], [header, *rows]))
    got = cases(found["tables"])
    assert [c.number for c in got] == [r[1] for r in rows]
    assert got[0].filed == dt.date(2023, 1, 2) and got[0].closed == dt.date(2023, 3, 18) and all(c.public for c in got)


def test_pdf_grid_pieces_become_one_logical_table():
    """pdfplumber's shapes, without a file: None under merged cells, wrapped text, a split row's tail."""
    grid = Grid([1], [["2023年度案件台账", None, None], ["序号", "案号", "类型"],
                      ["1", "韶武市监罚〔2023〕\n15号", "地理"], ["", "", "标志"],
                      ["2", "韶武市监罚〔2023〕27号", "专利"], ["3", "韶武市监罚〔2023〕33号", None]])
    table = table_of(grid)
    assert table.header == ["序号", "案号", "类型"]
    assert table.rows == [["1", "韶武市监罚〔2023〕15号", "地理标志"], ["2", "韶武市监罚〔2023〕27号", "专利"],
                          ["3", "韶武市监罚〔2023〕33号", "专利"]]                 # None under a vertical merge


# ---- tables as offices type them (issue 15, slice C) -----------------------------------------------------------

def test_a_ledger_typed_without_merges_keeps_only_its_rows(tmp_path):
    """填报单位 and 填报日期 in two cells, a group label written once over two columns, numbered rows left blank
    for later entries, the 填表人 / 审核人 line under the table, and a notes sheet (one column) beside it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年度培训统计表"])                                   # a short title, not merged
    ws.append(["填报单位（盖章）：区市场监管局", None, None, "填报日期：2023年12月5日"])
    ws.append(["序号", "培训情况", None, "主办单位", "参训人数"])
    ws.append([None, "培训时间", "培训名称", None, None])
    planted = [[1, dt.datetime(2023, 4, 26), "知识产权宣传周培训", "区市场监管局", 120],
               [2, dt.datetime(2023, 9, 8), "商标品牌培育指导", "区科工商务局", 45]]
    for row in planted:
        ws.append(row)
    ws.append([3])
    ws.append([4])
    ws.append(["填表人：王芳", None, "审核人：李娜"])
    notes = wb.create_sheet("填表说明")
    for line in ("1. 培训时间填写开班日期。", "2. 参训人数以签到表为准。"):
        notes.append([line])
    wb.save(tmp_path / "培训统计表.xlsx")
    found = file_facts(tmp_path / "培训统计表.xlsx")
    assert [(t["header"], t["rows"]) for t in found["tables"]] == [
        (["序号", "培训情况培训时间", "培训情况培训名称", "主办单位", "参训人数"],
         [["1", "2023-04-26", "知识产权宣传周培训", "区市场监管局", "120"],
          ["2", "2023-09-08", "商标品牌培育指导", "区科工商务局", "45"]])]


def test_letterhead_and_signature_grids_in_word_are_not_tables(tmp_path):
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)                                  # the red header laid out in a grid
    head.cell(0, 0).text, head.cell(0, 1).text = "韶关市武江区市场监督管理局", "文件"
    head.cell(1, 0).text, head.cell(1, 1).text = "武市监〔2023〕52号", "签发人：张伟"
    d.add_paragraph("关于报送知识产权保护工作材料的通知")
    task = d.add_table(rows=3, cols=3)
    task.style = d.styles["Table Grid"]
    for r, row in enumerate([["序号", "工作任务", "牵头单位"], ["1", "商标专项整治", "区市场监管局"],
                             ["2", "宣传周活动", "区宣传部"]]):
        for c, value in enumerate(row):
            task.cell(r, c).text = value
    sign = d.add_table(rows=2, cols=2)                                  # the signature block beside the seal
    sign.cell(0, 1).text, sign.cell(1, 1).text = "韶关市武江区市场监督管理局", "2023年10月9日"
    d.save(str(tmp_path / "通知.docx"))
    found = file_facts(tmp_path / "通知.docx")
    assert [(t["header"], t["rows"]) for t in found["tables"]] == [
        (["序号", "工作任务", "牵头单位"], [["1", "商标专项整治", "区市场监管局"], ["2", "宣传周活动", "区宣传部"]])]


def test_a_row_split_by_a_page_break_is_joined_without_a_serial_column():
    """A ledger without 序号: the first column is filled on every row, so a continued row's empty first cell
    marks the tail of the row the page break cut."""
    from ipdocs.extract.tables import joined

    first = table_of(Grid([1], [["日期", "活动名称", "主办单位"], ["2023-04-26", "宣传周启动仪式", "区市场监管局"],
                                ["2023-05-18", "进企业开展商业秘密", "区科工"]]))
    second = table_of(Grid([2], [["", "保护宣讲", "商务局"], ["2023-06-02", "地理标志培训", "区农业农村局"]]))
    [table] = joined([first, second])
    assert table.pages == [1, 2]
    assert table.rows == [["2023-04-26", "宣传周启动仪式", "区市场监管局"],
                          ["2023-05-18", "进企业开展商业秘密保护宣讲", "区科工商务局"],
                          ["2023-06-02", "地理标志培训", "区农业农村局"]]


def test_xlsx_cells_read_as_the_sheet_shows_them(tmp_path):
    """Dates and amounts by their number format (what the reader sees and the truth of a ledger), not the
    stored serial or float."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "日期", "事项", "经费（万元）", "完成率"])
    ws.append([1, dt.datetime(2023, 5, 6), "宣传周活动", 12.5, 0.875])
    ws.append([2, dt.datetime(2023, 11, 13), "执法培训", 3, 1])
    for row in (2, 3):
        ws.cell(row, 2).number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row, 4).number_format = "0.00"
        ws.cell(row, 5).number_format = "0.0%"
    wb.save(tmp_path / "经费台账.xlsx")
    found = file_facts(tmp_path / "经费台账.xlsx")
    assert found["tables"][0]["rows"] == [["1", "2023年5月6日", "宣传周活动", "12.50", "87.5%"],
                                          ["2", "2023年11月13日", "执法培训", "3.00", "100.0%"]]
    assert {d["iso"] for d in found["dates"]} >= {"2023-05-06", "2023-11-13"}


def test_a_two_row_header_on_a_scan_gives_the_leaf_columns():
    """OCR boxes of a scanned ledger: 活动情况 over 活动日期 | 活动名称, the other labels centred between the two
    header lines (three visual lines), then two rows."""
    from types import SimpleNamespace

    from ipdocs.extract.tables import ocr_grid

    def box(x0, x1, y, text):
        return (x0, y, x1, y + 30, text)

    boxes = [box(170, 430, 100, "活动情况"), box(50, 90, 125, "序号"), box(480, 560, 125, "组织单位"),
             box(610, 690, 125, "参加人数"), box(180, 260, 150, "活动日期"), box(340, 420, 150, "活动名称")]
    for i, (day, name, unit, count) in enumerate([("2023-03-01", "宣传周活动", "区市场监管局", "120"),
                                                  ("2023-04-26", "执法培训", "区法院", "45")]):
        y = 210 + 45 * i
        boxes += [box(62, 78, y, str(i + 1)), box(170, 270, y, day), box(330, 430, y, name), box(470, 570, y, unit),
                  box(632, 668, y, count)]
    table = table_of(ocr_grid(SimpleNamespace(boxes=boxes, number=1)))
    assert table.header == ["序号", "活动情况活动日期", "活动情况活动名称", "组织单位", "参加人数"]
    assert table.rows == [["1", "2023-03-01", "宣传周活动", "区市场监管局", "120"],
                          ["2", "2023-04-26", "执法培训", "区法院", "45"]]


# ---- ledgers as offices keep them, tables split by a page break, OCR misreadings (issue 15, slice C) -----------

def _with_cached_value(path, formula: str, value: str) -> None:
    """Store the value a spreadsheet program computes for a formula (openpyxl writes formulas without one)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{value}</v>".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_ledger_set_in_from_column_a_with_hidden_parts_and_a_total(tmp_path):
    """The table starts at B3 under an unmerged title and a 填报 line whose date has no label; a blank spacer row,
    a hidden helper column and a hidden row; an amount and the 合计 are formulas (their cached values are what
    the sheet shows; 合计 is not a row); a notes sheet; a second sheet of the same layout is a table of its own."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B1"] = "2023年度知识产权宣传经费台账"
    ws["B2"], ws["F2"] = "填报单位：区市场监管局", "2023年12月5日"
    for c, label in enumerate(["序号", "日期", "活动名称", "主办单位", "经费（万元）", "辅助列"], 2):
        ws.cell(3, c, label)
    data = [[1, dt.datetime(2023, 4, 26), "宣传周启动仪式", "区市场监管局", 1.5],
            [2, dt.datetime(2023, 5, 18), "作废的草稿行", "区法院", 9],
            [3, dt.datetime(2023, 9, 8), "商标品牌培育指导", "区科工商务局", 2.25]]
    for r, row in enumerate(data, 4):
        for c, value in enumerate([*row, "x"], 2):
            ws.cell(r if r < 6 else r + 1, c, value)               # row 6 is a blank spacer
        ws.cell(r if r < 6 else r + 1, 3).number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(r if r < 6 else r + 1, 6).number_format = "0.00"
    ws.row_dimensions[5].hidden = True                                # the draft row
    ws.column_dimensions["G"].hidden = True
    ws["F7"] = "=F4*1.5"                                              # an amount computed by a formula
    ws["B8"], ws["F8"] = "合计", "=F4+F7"
    ws["F8"].number_format = "0.00"
    wb.create_sheet("填表说明")["A1"] = "经费以万元计，保留两位小数。"
    second = wb.create_sheet("下半年")
    second.append(["序号", "日期", "活动名称", "主办单位", "经费（万元）"])
    second.append([1, "2023年10月9日", "执法业务培训", "区法院", "0.80"])
    wb.save(tmp_path / "经费台账.xlsx")
    _with_cached_value(tmp_path / "经费台账.xlsx", "F4*1.5", "2.25")
    _with_cached_value(tmp_path / "经费台账.xlsx", "F4+F7", "3.75")
    found = file_facts(tmp_path / "经费台账.xlsx")
    assert [(t["header"], t["rows"]) for t in found["tables"]] == [
        (["序号", "日期", "活动名称", "主办单位", "经费（万元）"],
         [["1", "2023年4月26日", "宣传周启动仪式", "区市场监管局", "1.50"],
          ["3", "2023年9月8日", "商标品牌培育指导", "区科工商务局", "2.25"]]),   # 合计 sums the rows, is not one
        (["序号", "日期", "活动名称", "主办单位", "经费（万元）"],
         [["1", "2023年10月9日", "执法业务培训", "区法院", "0.80"]])]


def test_hidden_rows_columns_and_sheets_give_no_dates_or_numbers(tmp_path):
    """What Excel and WPS do not show is not in the file for its reader: a hidden draft row, a hidden column and
    a hidden sheet carry dates and 文号 that must not be reported; the visible ones are."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "来文文号", "日期", "备注"])
    ws.append([1, "韶武市监〔2023〕12号", "2023年3月6日", "正式"])
    ws.append([2, "韶武市监〔2023〕99号", "2023年8月8日", "作废"])
    ws.append([3, "韶武市监〔2023〕15号", "2023年4月2日", "正式"])
    ws["E1"], ws["E2"] = "草稿日期", "2023年1月9日"
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["E"].hidden = True
    draft = wb.create_sheet("草稿")
    draft.append(["韶武市监〔2023〕77号", "2023年10月10日"])
    draft.sheet_state = "hidden"
    wb.save(tmp_path / "来文登记.xlsx")
    found = file_facts(tmp_path / "来文登记.xlsx")
    assert sorted(d["text"] for d in found["doc_numbers"]) == ["韶武市监〔2023〕12号", "韶武市监〔2023〕15号"]
    assert sorted(d["iso"] for d in found["dates"]) == ["2023-03-06", "2023-04-02"]


def test_a_cell_merged_down_across_a_page_break_fills_the_next_page():
    """pdfplumber's shapes of a task table whose 考核指标 cell is merged down over rows on both pages: page 2
    repeats the header, starts with the empty tail of the page-split row, then rows under the merged cell."""
    from ipdocs.extract.tables import joined

    header = ["考核指标", "工作任务", "牵头单位"]
    first = table_of(Grid([1], [header, ["1.组织领导", "建立纠纷多元化解机制", "区司法局"],
                                ["3.行政保护", "加强商标侵权查处", "区委宣传部"]]))
    second = table_of(Grid([2], [header, ["", "", "（区版权局）"], [None, "开展宣传周活动", "区教育局"],
                                 [None, "组织业务培训", "区法院"]]))
    [table] = joined([first, second])
    assert table.rows == [["1.组织领导", "建立纠纷多元化解机制", "区司法局"],
                          ["3.行政保护", "加强商标侵权查处", "区委宣传部（区版权局）"],
                          ["3.行政保护", "开展宣传周活动", "区教育局"], ["3.行政保护", "组织业务培训", "区法院"]]


def test_ocr_misreadings_of_row_numbers_and_answers_are_repaired():
    """A ruled OCR table: 「4」 read as 「A」, a lost 「1」, 「9.」 with a speck, 否 as 香 or 香否, 序号 as 予号."""
    rows = [["予号", "案号", "是否公开"], ["", "韶武市监罚〔2023〕15号", "是"], ["2", "韶武市监罚〔2023〕27号", "香"],
            ["3", "韶武市监罚〔2023〕33号", "否"], ["A", "韶武市监罚〔2023〕41号", "香否"],
            ["5", "韶武市监罚〔2023〕52号", "是"]]
    table = table_of(Grid([1], rows, ocr=True, ruled=True))
    assert table.header == ["序号", "案号", "是否公开"]
    assert [r[0] for r in table.rows] == ["1", "2", "3", "4", "5"]
    assert [r[2] for r in table.rows] == ["是", "否", "否", "否", "是"]
    text = table_of(Grid([1], [["序号", "姓名"], ["8", "谢蓉"], ["9.", "何勇"], ["10", "韩冰"]], ocr=True))
    assert text.rows == [["8", "谢蓉"], ["9", "何勇"], ["10", "韩冰"]]
    assert table_of(Grid([1], [r[:] for r in rows])).rows[3][2] == "香否"    # a text layer is not repaired


def _boxes(items, height=30):
    """OCR pieces (x0, y0, x1, y1, text) from (x0, y, text): 30 px per character, half that per digit."""
    from ipdocs.extract.text import _ems

    return [(x0, y, x0 + 30 * _ems(text), y + height, text) for x0, y, text in items]


def test_an_unruled_scan_with_wrapped_labels_a_group_label_and_cells_joined_by_ocr():
    """No grid lines: 序 over 号 in a narrow column, 活动情况 centred over 活动日期 | 活动名称 with the other labels
    between the two lines, cells centred vertically (a wrapped name's first line above the row's number), OCR
    reading 活动名称 and 组织单位 of one row as one piece (with the gap between them), and a 合计 row (not a row)."""
    from types import SimpleNamespace

    from ipdocs.extract.tables import ocr_grid

    items = [(60, 100, "序"), (440, 95, "活动情况"), (830, 115, "组织单位"), (1010, 115, "人数"), (60, 132, "号"),
             (160, 135, "活动日期"), (560, 135, "活动名称")]
    items += [(160, 200, "2023-03-01"), (400, 200, "宣传周活动"), (820, 200, "区市场监管局"), (1010, 200, "120"),
              (66, 200, "1")]
    items += [(400, 250, "知识产权执法业务"), (66, 270, "2"), (160, 270, "2023-04-26"), (400, 290, "培训班"),
              (1010, 270, "45"), (820, 270, "区法院")]
    items += [(66, 340, "3"), (160, 340, "2023-09-08"), (1010, 340, "60"), (60, 400, "合计"), (1010, 400, "225")]
    pieces = _boxes(items) + [(400, 340, 1000, 370, "商标品牌培育指导区科工商务局")]    # 400–640, gap, 820–1000
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=pieces)))
    assert table.header == ["序号", "活动情况活动日期", "活动情况活动名称", "组织单位", "人数"]
    assert table.rows == [["1", "2023-03-01", "宣传周活动", "区市场监管局", "120"],
                          ["2", "2023-04-26", "知识产权执法业务培训班", "区法院", "45"],
                          ["3", "2023-09-08", "商标品牌培育指导", "区科工商务局", "60"]]


def test_a_two_row_header_with_cells_merged_down_is_not_taken_for_a_continued_merge():
    """pdfplumber's shapes: 序号 and 案号 merged down over both header rows (None under them), 办理时间 over
    立案日期 | 结案日期."""
    table = table_of(Grid([1], [["序号", "案号", "办理时间", None], [None, None, "立案日期", "结案日期"],
                                ["1", "韶武市监罚〔2023〕15号", "2023-03-02", "2023-05-18"]]))
    assert table.header == ["序号", "案号", "办理时间立案日期", "办理时间结案日期"]
    assert table.rows == [["1", "韶武市监罚〔2023〕15号", "2023-03-02", "2023-05-18"]]


def test_table_cells_keep_quantities_as_printed(tmp_path):
    """Cells are reported as printed: 每季度报送一次 is not rewritten to 报送1次 (the quantity form 文号 and
    counting rules read is for running text), while a Chinese-numeral date in a cell still gives its day."""
    document = docx.Document()
    document.add_paragraph("信息报送安排表")
    table = document.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, [["序号", "事项", "频次"], ["1", "二〇二三年三月一日起报送", "每季度报送一次"]],
                          strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.save(tmp_path / "安排表.docx")
    found = file_facts(tmp_path / "安排表.docx")
    assert found["tables"][0]["rows"][0][2] == "每季度报送一次"
    assert "2023-03-01" in [d["iso"] for d in found["dates"]]


def test_a_ledger_whose_filing_line_and_signatures_put_labels_and_values_in_cells_of_their_own(tmp_path):
    """填报单位： | 县市场监管局 | 填报时间： | date above the header; 小计 in the second column; a 说明 merged across
    the sheet and 制表人： | 王敏 | 审核人： | 李强 below: none of them is a row or the header."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2023年知识产权宣传培训情况统计表"
    ws.merge_cells("A1:F1")
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = "填报单位：", "县市场监管局", "填报时间：", dt.datetime(2023, 12, 1)
    ws["E2"].number_format = 'yyyy"年"m"月"d"日"'
    header = ["序号", "培训名称", "培训日期", "培训人数", "培训对象", "备注"]
    ws.append(header)
    rows = [[1, "知识产权执法业务培训", dt.datetime(2023, 4, 20), 56, "执法人员", None],
            [2, "企业商标品牌培训", dt.datetime(2023, 6, 9), 120, "企业代表", "线上"]]
    for row in rows:
        ws.append(row)
        ws.cell(ws.max_row, 3).number_format = 'yyyy"年"m"月"d"日"'
    ws.append([None, "小计", None, 176, None, None])
    ws.append([])
    ws.append(["说明：1.培训人数以签到表为准；2.线上培训以平台统计为准。"])
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    ws.append(["制表人：", "王敏", None, "审核人：", "李强", None])
    wb.save(tmp_path / "培训统计表.xlsx")
    found = file_facts(tmp_path / "培训统计表.xlsx")
    assert [(t["header"], t["rows"]) for t in found["tables"]] == [
        (header, [["1", "知识产权执法业务培训", "2023年4月20日", "56", "执法人员", ""],
                  ["2", "企业商标品牌培训", "2023年6月9日", "120", "企业代表", "线上"]])]


def test_a_digit_ocr_read_twice_across_two_cells_stays_in_its_own_cell():
    """OCR reads a date's last digit again at the start of the overlapping piece beside it (「2021-03-12」 and
    「2武江区…」, the second box reaching back over the digit): the title cell does not start with it; a piece that
    only touches its neighbour keeps its digits."""
    from ipdocs.extract.tables import read_once

    boxes = [(338, 406, 501, 441, "2021-03-12"), (485, 411, 881, 450, "2武江区推进软件正版化工作检查"),
             (338, 442, 501, 477, "2021-03-19"), (510, 448, 961, 488, "9人开展检查")]
    assert [b[4] for b in read_once(boxes)] == ["2021-03-12", "武江区推进软件正版化工作检查", "2021-03-19",
                                                "9人开展检查"]


def test_a_photographed_sign_in_sheet_whose_columns_lean_apart_from_its_rows():
    """A phone photo at an angle: the rows run level, but every column drifts right the further down the page
    (perspective; no column rules found), by more than a column's width over 24 rows. Each row keeps its number,
    name and unit in their own columns."""
    from types import SimpleNamespace

    from ipdocs.extract.tables import ocr_grid

    names = ["丁英宁", "毛祥凯", "吴兰", "白斌", "龙利琳", "崔文兰", "李清祥", "侯建欣", "陆俊凯", "郝宇雪", "张超颖",
             "曾怡明", "魏伟", "程丽勇", "孟婷琳", "万红", "周平", "钱亮", "石亮", "姚怡娟", "马芳", "肖波颖", "赵春",
             "曹楠建"]
    items = [(60, 100, "序号"), (200, 100, "姓名"), (400, 100, "单位"), (700, 100, "联系电话")]
    for i, name in enumerate(names):
        y = 160 + 52 * i
        drift = 0.12 * (y - 100)                           # 0.12 px right per px down
        items += [(70 + drift, y, str(i + 1)), (200 + drift, y, name), (400 + drift, y, "区市场监管局"),
                  (700 + drift, y, f"1380000{i:04d}")]
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=_boxes(items))))
    assert table.header == ["序号", "姓名", "单位", "联系电话"]
    assert table.rows == [[str(i + 1), name, "区市场监管局", f"1380000{i:04d}"] for i, name in enumerate(names)]


def test_an_unruled_scan_over_two_pages_without_its_header_repeated_and_a_number_ocr_lost():
    """Page 1: header and rows 1–4, OCR lost row 3's number (a whole record, not a wrapped piece of row 2); page 2
    goes on with rows 5–7 and no header. One table of seven rows, numbered in order; a date OCR read in two
    overlapping pieces (「2023-」 | 「3-04-16」) is whole."""
    from types import SimpleNamespace

    from ipdocs.extract.tables import logical_tables

    def row(y, number, name, day):
        return [(70, y, number), (200, y, name), (500, y, "销售侵犯注册商标专用权的商品"), (1000, y, day)]

    first = [(60, 100, "序号"), (200, 100, "当事人"), (500, 100, "案由"), (1000, 100, "立案日期")]
    first += row(170, "1", "新世纪超市", "2023-02-11") + row(240, "2", "美家商行", "2023-03-09")
    first += row(310, "", "嘉禾服饰店", "2023-04-20") + row(380, "4", "顺达五金经营部", "2023-05-06")
    second = row(150, "5", "恒发酒类专营店", "2023-06-13") + row(220, "6", "锦程商贸有限公司", "2023-07-01")
    second += [(70, 290, "7"), (200, 290, "金叶日用品经营部"), (500, 290, "假冒他人专利")]
    pieces = _boxes(first)
    split = [(1000, 290, 1075, 320, "2023-"), (1064, 290, 1160, 320, "3-04-16")]
    pages = [SimpleNamespace(number=1, ocr=True, boxes=pieces, rules=([], [])),
             SimpleNamespace(number=2, ocr=True, boxes=_boxes(second) + split, rules=([], []))]
    found = logical_tables(SimpleNamespace(kind="pdf", pages=pages, path=None, paths=None, parsed=None))
    assert [(t["pages"], t["header"]) for t in found] == [([1, 2], ["序号", "当事人", "案由", "立案日期"])]
    assert [r[0] for r in found[0]["rows"]] == [str(n) for n in range(1, 8)]
    assert found[0]["rows"][2] == ["3", "嘉禾服饰店", "销售侵犯注册商标专用权的商品", "2023-04-20"]
    assert found[0]["rows"][6] == ["7", "金叶日用品经营部", "假冒他人专利", "2023-04-16"]


def test_a_minutes_form_with_numbered_topic_cells_and_a_sign_in_count_line_are_not_table_rows():
    """A 会议记录 form (时间 | … | 地点 | …, 主持人 | …, 议题一 | …, 议题二 | …, 会议内容 | …) and a 发文稿纸 are
    label–value cells, not tables; a sign-in sheet's 「应到15人，实到11人。」 under its rows (read over two cells) is
    no row."""
    topics = ["研究迎检工作", "审议自评报告", "部署宣传周"]
    cells = [["时间", "2023年6月4日上午", "地点", "局四楼会议室"], ["主持人", "冯艳德", "记录人", "黎琳"],
             ["参加人员", *["各成员单位"] * 3],
             *[[f"议题{n}", *[t] * 3] for n, t in zip("一二三", topics, strict=True)],
             ["会议内容", *["会议要求按时完成。"] * 3]]
    form = Grid([1], cells, ocr=True, ruled=True)
    assert table_of(form) is None
    draft = Grid([1], [["签发", "莫辉晖 2022.4.7", "会签", ""], ["主办单位", "执法大队", "拟稿人", "彭利"],
                       ["核稿", "邓建楠", "拟稿日期", "2022/4/5"], ["文件标题", "关于开展农资打假的通知", None, None],
                       ["发文字号", "滨区司发[2022]37号", "印数", "24份"], ["主送", "各镇（街）", None, None]])
    assert table_of(draft) is None  # a 发文稿纸 is a form too
    sheet = Grid([1], [["序号", "单位", "职务", "联系电话", "签名"], ["1", "区工信局", "科员", "15423788327", "陶超鹏"],
                       ["2", "区公安分局", "所长", "18076609965", "顾飞福"], ["应到15人，实", "到11人。", "", "", ""]],
                 ocr=True, ruled=True)
    assert [r[-1] for r in table_of(sheet).rows] == ["陶超鹏", "顾飞福"]


def test_a_photographed_header_read_together_with_the_first_record_is_parted():
    """The rule under a photographed header lost: OCR reads 单位区公安分局 | 姓名韦倩明 | 职务局长 |
    联系电话13029605670 — the header and the first record, parted again; a real header with tails (是否公开) stays."""
    grid = Grid([1], [["单位区公安分局", "姓名韦倩明", "职务局长", "联系电话13029605670"],
                      ["区委宣传部", "高琳", "四级主任科员", "19643841899"]], ocr=True, ruled=True)
    table = table_of(grid)
    assert table.header == ["单位", "姓名", "职务", "联系电话"]
    assert table.rows == [["区公安分局", "韦倩明", "局长", "13029605670"],
                          ["区委宣传部", "高琳", "四级主任科员", "19643841899"]]
    real = Grid([1], [["序号", "案件名称", "是否公开"], ["1", "商标侵权案", "是"], ["2", "假冒专利案", "否"]], ocr=True,
                ruled=True)
    assert table_of(real).header == ["序号", "案件名称", "是否公开"] and len(table_of(real).rows) == 2
