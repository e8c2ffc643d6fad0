"""A workbook's two-column table on a sheet of its own, its caption merged across both columns (按纠纷类型统计 over
纠纷类型 | 件数): the caption is no header (issue 15, stop 28). The workbook is made here."""

from __future__ import annotations

import openpyxl

from ipdocs.extract import file_facts


def test_a_two_column_tables_merged_caption_is_no_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年知识产权纠纷调解登记表"])
    ws.merge_cells("A1:D1")
    records = [["1", "李明", "商标侵权", "调解成功"], ["2", "赵云", "专利侵权", "撤回申请"],
               ["3", "孙丽", "商标侵权", "调解成功"]]
    for row in (["序号", "申请人", "纠纷类型", "调解结果"], *records):
        ws.append(row)
    summary = wb.create_sheet("分类统计")
    for row in (["按纠纷类型统计"], ["纠纷类型", "件数"], ["商标侵权", 2], ["专利侵权", 1]):
        summary.append(row)
    summary.merge_cells("A1:B1")
    path = tmp_path / "登记表.xlsx"
    wb.save(path)
    tables = file_facts(path)["tables"]
    assert [(t["header"], t["rows"]) for t in tables] == [
        (["序号", "申请人", "纠纷类型", "调解结果"], records),
        (["纠纷类型", "件数"], [["商标侵权", "2"], ["专利侵权", "1"]])]
