"""Collection status and reminders from filled forms and evidence: linking, findings, deadlines."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
from intake_files import pdf_bytes, write

from ipdocs.forms import write_register
from ipdocs.intake.collect import collect
from ipdocs.intake.remind import reminder_text, reminders, write_reminders
from ipdocs.intake.report import write_status_html, write_status_xlsx
from ipdocs.intake.status import campaign_status

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
TZ = ZoneInfo("Asia/Shanghai")



def filled_register(campaign, unit, path, rows):
    write_register(campaign, unit, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["佐证材料登记表"]
    for r, (criterion, name, file_name) in enumerate(rows, 3):
        ws.cell(r, 2, criterion)
        ws.cell(r, 3, name)
        ws.cell(r, 9, file_name)
    wb.save(path)


def test_register_links_files_and_reports_findings(campaign):
    delivery = campaign.folder / "inbox" / "区法院" / "2023-12-04 1630 报送"
    write(delivery / "6.1-01 三合一实施细则.pdf", pdf_bytes())
    write(delivery / "6.2-01 以案说法活动.pdf", pdf_bytes(2))
    write(delivery / "6.2-02 以案说法活动（副本）.pdf", pdf_bytes(2))            # same bytes as 6.2-01
    write(delivery / "未说明的材料.pdf", pdf_bytes(3))
    filled_register(campaign, "区法院", delivery / "区法院-佐证材料登记表.xlsx", [
        ("6.1", "三合一改革实施细则", "6.1-01 三合一实施细则.pdf"),
        ("6.2", "以案说法活动", "６.２-01 以案说法活动"),                          # full-width, no extension
        ("2.1", "典型案例报送材料", "2.1-01 典型案例.pdf"),                         # never sent
        ("5.1", "区级预算", "6.2-02 以案说法活动（副本）.pdf"),                      # not the court's criterion
    ])
    at = dt.datetime(2023, 12, 6, 9, 0, tzinfo=TZ)
    collect(campaign, at)
    status = campaign_status(campaign, at)
    court = status.unit("区法院")
    by = {c.criterion: c for c in court.criteria}
    assert by["6.1"].files == ["6.1-01 三合一实施细则.pdf"] and by["6.2"].files == ["6.2-01 以案说法活动.pdf"]
    assert not by["2.1"].received and court.has_register and not court.has_selfeval
    kinds = {(f.kind, f.detail) for f in status.findings if f.unit == "区法院"}
    assert ("登记的文件未收到", "登记表第5行：2.1-01 典型案例.pdf（典型案例报送材料）") in kinds
    assert ("准则不属于本单位", "登记表第6行：5.1 不是分配给本单位的考核要点") in kinds
    assert ("收到的文件未登记", "未说明的材料.pdf") in kinds
    assert ("重复提交", "内容相同的文件：6.2-01 以案说法活动.pdf、6.2-02 以案说法活动（副本）.pdf") in kinds
    # Everything the court registered is for criteria it leads: nothing came as cooperating material.
    # Every deadline of the seed a unit must meet is listed: 11-24 contacts form, 12-31 to the city's lead units.
    assert [(d.deadline.id, d.state) for d in court.deadlines] == [
        ("contacts", "missing"), ("cooperating", "missing"), ("lead", "on_time"), ("assessor", "pending")]
    finance = status.unit("区财政局")
    assert [(d.deadline.id, d.state) for d in finance.deadlines] == [
        ("contacts", "missing"), ("lead", "pending"), ("assessor", "pending")]
    assert [(d.deadline.id, d.state) for d in status.unit("区工信局").deadlines] == [
        ("contacts", "missing"), ("cooperating", "missing")]


def test_late_delivery_and_status_files(campaign):
    write(campaign.folder / "inbox" / "区工信局" / "2023-12-07 1000 补报" / "15.1-01 海外维权.pdf", pdf_bytes())
    at = dt.datetime(2023, 12, 8, 9, 0, tzinfo=TZ)
    collect(campaign, at)
    status = campaign_status(campaign, at)
    assert [(d.deadline.id, d.state) for d in status.unit("区工信局").deadlines] == [
        ("contacts", "missing"), ("cooperating", "late")]
    assert any(f.kind == "逾期报送" and "15.1-01 海外维权.pdf 于2023年12月7日10:00收到，晚于截止时间2023年12月5日17:30"
               in f.detail for f in status.findings)
    html = write_status_html(status).read_text(encoding="utf-8")
    assert "区工信局" in html and "逾期报送" in html and 'lang="zh-CN"' in html
    sheets = openpyxl.load_workbook(write_status_xlsx(status))
    assert sheets.sheetnames == ["各单位报送情况", "考核要点材料", "申报与佐证核对", "问题", "隔离文件"]  # issue 13
    rows = [[c.value for c in r] for r in sheets["各单位报送情况"].iter_rows(min_row=2)]
    assert ["区工信局", "配合单位", "2023年12月5日17:30", "配合单位报送材料（报送考核指标牵头单位（区市场监管局））",
            "逾期报送", 1, "未收", "未收", "无", 2] in rows
    assert ["区工信局", "配合单位", "2023年11月24日17:30", "报送联系人统计表（报送区市场监管局）", "未报送", 1, "未收",
            "未收", "无", 2] in rows


def test_status_page_escapes_unit_text(campaign):
    write(campaign.folder / "inbox" / "区法院" / "<script>alert(1)</script>.pdf", b"")  # quarantined: listed by name
    at = dt.datetime(2023, 12, 6, tzinfo=TZ)
    collect(campaign, at)
    html = write_status_html(campaign_status(campaign, at)).read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;.pdf" in html


def test_reminders_list_what_is_missing_by_deadline(campaign):
    at = dt.datetime(2023, 12, 6, 9, 0, tzinfo=TZ)
    collect(campaign, at)
    status = campaign_status(campaign, at)
    found = {r.unit: r for r in reminders(status)}
    assert len(found) == 15
    text = reminder_text(status, found["区法院"])
    assert text.splitlines()[:5] == [
        "区法院：你单位的迎考材料尚缺以下内容，请抓紧报送：",
        "（一）应于2023年11月24日17:30前报送区市场监管局（已逾期，请立即补报）：",
        "1.填写完成的联系人统计表（粤政易）",
        "（二）应于2023年12月5日17:30前报送考核指标牵头单位（区市场监管局）（已逾期，请立即补报）：",
        "1.自评材料填报模板（填写后的Word文件）"]
    assert "（三）应于2023年12月15日17:30前报送区市场监管局：" in text
    assert "（四）应于2023年12月31日17:30前报送市对口考核牵头单位：\n1.电子版考核资料（U盘）" in text
    assert "1.指标6“知识产权司法案件办理情况”：考核要点6.1、6.2的佐证材料" in text
    assert text.endswith("如有疑问请联系区市场监管局陈思远（0751-8600102）。")
    files = write_reminders(status, at)
    assert len(files) == 30 and files[0].name == "区市场监管局-催报提醒.txt"
    assert files[1].suffix == ".docx"


def test_problems_in_a_stored_register_name_the_units_file(campaign):
    delivery = campaign.folder / "inbox" / "区法院" / "2023-12-04 1630 报送"
    register = write_register(campaign, "区法院", delivery / "区法院-佐证材料登记表.xlsx")
    wb = openpyxl.load_workbook(register)
    row = next(r for r in wb["申报数量"].iter_rows(min_row=3) if r[0].value == "6.1")
    row[4].value = "有"
    wb.save(register)
    at = dt.datetime(2023, 12, 6, 9, 0, tzinfo=TZ)
    collect(campaign, at)
    problems = [f.detail for f in campaign_status(campaign, at).findings if f.kind == "填报内容无法识别"]
    assert len(problems) == 1 and problems[0].startswith("区法院-佐证材料登记表.xlsx 申报数量第")
