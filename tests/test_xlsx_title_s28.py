"""A sheet's instructions above its title (issue 15, stop 28): 说明：本表由…报送。 written in the first row is not
the first line of the title, and the table under the title is read as it is shown."""

import openpyxl

from ipdocs.extract import file_facts


def test_instructions_above_a_sheets_title_are_not_part_of_it(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "填表说明：本表由各成员单位于每季度末报送，请勿改动表头。"
    ws["C3"] = "专利侵权纠纷行政裁决登记表"
    rows = [["案件编号", "受理日期", "请求人", "结果"], ["裁-001", "2023-03-02", "甲公司", "侵权成立"],
            ["裁-002", "2023-05-17", "乙公司", "驳回"]]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=3):
            ws.cell(r, c, value)
    path = tmp_path / "登记表.xlsx"
    wb.save(path)
    facts = file_facts(path)
    assert facts["title"] == "专利侵权纠纷行政裁决登记表"
    assert facts["doc_type"] == "登记表"
    [table] = facts["tables"]
    assert table["header"] == rows[0] and table["rows"] == rows[1:]


def test_a_title_written_over_two_rows_is_still_joined(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某县2023年度知识产权"])
    ws.append(["行政执法案件统计表"])
    ws.append(["月份", "立案", "结案"])
    ws.append(["1月", 3, 2])
    ws.append(["2月", 4, 4])
    path = tmp_path / "统计.xlsx"
    wb.save(path)
    assert file_facts(path)["title"] == "某县2023年度知识产权行政执法案件统计表"


def test_a_ledger_made_by_a_unit_named_after_a_bare_label(tmp_path):
    """制表：某某办公室 2023年12月18日 under the title names the unit that made the ledger; 制表：王某 a person."""
    office = "临河县知识产权保护工作领导小组办公室"
    for maker, organ in ((f"制表：{office}    2023年12月18日", office), ("制表：王小明    2023年12月18日", "")):
        wb = openpyxl.Workbook()
        ws = wb.active
        for row in (["临河县2023年侵权假冒案件汇总表"], [maker], ["类别", "立案（件）", "结案（件）"],
                    ["商标侵权", 8, 6], ["专利侵权", 4, 4]):
            ws.append(row)
        path = tmp_path / "汇总.xlsx"
        wb.save(path)
        assert file_facts(path)["organ"] == organ, maker
