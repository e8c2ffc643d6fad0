"""Distribution: open what was generated and check it as a unit and the coordinator would."""

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Pt

from ipdocs.campaign import load_campaign
from ipdocs.distribute import distribute, units_with_tasks
from ipdocs.word import oxml

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"


def copy_campaign(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(SAMPLES / name / "campaign.yaml", folder)
    return load_campaign(folder)


@pytest.fixture
def wujiang(built_sample):
    """The Wujiang sample distributed (the session's shared sample, read-only)."""
    sample = built_sample("wujiang-2023")
    return sample.campaign, sample.distributed, sample.campaign.out / "distribute"


def texts(document):
    return [oxml.paragraph_text(p) for p in document.paragraphs]


def test_every_unit_gets_its_pack_and_the_coordinator_the_overview(wujiang):
    campaign, files, out = wujiang
    assert len(units_with_tasks(campaign)) == 15
    for unit in units_with_tasks(campaign):
        for name in ("任务通知.docx", "自评材料填报模板.docx", "佐证材料登记表.xlsx"):
            assert (out / unit / f"{unit}-{name}").is_file()
    for name in ("考核指标分工表.docx", "联系人统计表.docx", "迎考日程.ics"):
        assert (out / name).is_file()
    assert len(files) == 15 * 3 + 3


def test_notice_has_the_red_header_and_the_units_tasks(wujiang):
    _, _, out = wujiang
    d = docx.Document(out / "区法院" / "区法院-任务通知.docx")
    paragraphs = d.paragraphs
    mark = paragraphs[0]
    assert mark.text == "韶关市武江区市场监督管理局"
    assert mark.runs[0].font.color.rgb == docx.shared.RGBColor(0xFF, 0, 0)
    assert oxml.east_asia_font(mark.runs[0]._r) == "方正小标宋简体"
    number = next(p for p in paragraphs if p.text == "武市监〔2023〕86号")
    assert oxml.paragraph_border_color(number) == "FF0000"             # the red line under the 文号
    body = texts(d)
    assert "区法院：" in body
    assert "6.1 推进知识产权民事、行政和刑事案件审判“三合一”改革或建立顺畅的公、检、法等机关跨区域移送审查起诉、" \
           "提起公诉等工作机制，得4分。" in body
    assert any(t.startswith("你单位为牵头单位（配合单位：区公安分局、区检察院）") for t in body)
    assert any("你单位为配合单位，请向牵头单位区市场监管局 陈思远（0751-8600102，13900000102）" in t for t in body)
    cooperating = "请于2023年12月5日17:30前将电子版（U盘）、纸质版材料报送考核指标牵头单位（区市场监管局"
    assert any(cooperating in t for t in body)
    assert any("请于2023年12月15日17:30前" in t and "报送区市场监管局" in t for t in body)
    assert "5.1" not in " ".join(t[:4] for t in body)                  # not the court's task
    assert body[-2:] == ["韶关市武江区市场监督管理局", "2023年11月13日"]


def test_notice_lists_only_the_units_own_criteria(wujiang):
    _, _, out = wujiang
    body = texts(docx.Document(out / "区财政局" / "区财政局-任务通知.docx"))
    headings = [t.split(" ")[0] for t in body if t[:2] in ("5.", "1.", "6.")]
    assert "5.1" in headings and "6.1" not in headings and "1.1" not in headings
    assert any("你单位为牵头单位（配合单位：区市场监管局）" in t for t in body)


def test_gbt9704_page_and_fonts(wujiang):
    _, _, out = wujiang
    d = docx.Document(out / "区法院" / "区法院-自评材料填报模板.docx")
    s = d.sections[0]
    mm = [round(x.mm) for x in (s.page_width, s.page_height, s.top_margin, s.bottom_margin, s.left_margin,
                                 s.right_margin)]
    assert mm == [210, 297, 37, 35, 28, 26]
    faces = {name: oxml.east_asia_font(d.styles[name].element) for name in
             ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title")}
    assert faces == {"Normal": "仿宋_GB2312", "Heading 1": "黑体", "Heading 2": "楷体_GB2312",
                     "Heading 3": "仿宋_GB2312", "Title": "方正小标宋简体"}
    assert d.styles["Normal"].font.size == Pt(16) and d.styles["Title"].font.size == Pt(22)
    assert d.styles["Heading 1"].font.size == Pt(16)
    assert oxml.default_language(d) == "zh-CN"
    footers = [s.footer, s.even_page_footer]
    assert all(oxml.field_instructions(f._element) == ["PAGE"] for f in footers)
    assert [f.paragraphs[0].text for f in footers] == ["— 1 —", "— 1 —"]
    assert [f.paragraphs[0].alignment for f in footers] == [2, 0]     # odd right, even left


def test_fill_in_form_follows_the_report_outline(wujiang):
    _, _, out = wujiang
    d = docx.Document(out / "区法院" / "区法院-自评材料填报模板.docx")
    styled = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    order = [text for _, text in styled]
    assert ("Heading 1", "四、提高知识产权保护工作法治化水平，推动严保护重点工作") in styled
    assert ("Heading 2", "（六）知识产权司法案件办理情况") in styled
    assert order.index("四、提高知识产权保护工作法治化水平，推动严保护重点工作") \
        < order.index("（六）知识产权司法案件办理情况") < order.index(next(t for t in order if t.startswith("6.1 ")))
    assert "（该项8分,自评＿＿分）" in texts(d)
    assert "（该项-10分,自评＿＿分）" in texts(d)                       # 18: the deduction indicator
    tags = oxml.read_controls(d.element.body)
    assert "ipdocs:narrative:6.1" in tags and "ipdocs:selfscore:6" in tags and "ipdocs:narrative:5.1" not in tags


def test_register_has_dropdowns_locks_and_frozen_panes(wujiang):
    campaign, _, out = wujiang
    wb = openpyxl.load_workbook(out / "区市场监管局" / "区市场监管局-佐证材料登记表.xlsx")
    assert wb.sheetnames == ["佐证材料登记表", "申报数量", "任务说明", "选项"]
    ws = wb["佐证材料登记表"]
    assert [c.value for c in ws[2]] == ["序号", "准则编号", "材料名称", "材料类型", "文号", "日期", "数量", "媒体级别",
                                        "文件名", "是否涉密", "备注"]
    assert ws.freeze_panes == "A3" and ws.protection.sheet
    assert ws["B2"].protection.locked and not ws["C3"].protection.locked
    assert ws.column_dimensions["C"].width == 42
    rules = {str(dv.sqref): (dv.type, dv.formula1) for dv in ws.data_validations.dataValidation}
    own = len(campaign.tasks("区市场监管局"))
    assert rules["B3:B202"] == ("list", f"'选项'!$A$2:$A${own + 1}")
    assert rules["D3:D202"][0] == "list" and rules["H3:H202"][0] == "list" and rules["J3:J202"][0] == "list"
    assert rules["F3:F202"][0] == "date" and rules["G3:G202"][0] == "whole"
    options = wb["选项"]
    assert options.sheet_state == "hidden"
    assert [options.cell(r, 2).value for r in range(2, 14)][:3] == ["正式文件", "会议纪要或记录", "通知"]
    assert [options.cell(r, 3).value for r in range(2, 6)] == ["国家级", "省级", "市级", "其他"]
    claims = wb["申报数量"]
    rows = [(r[0].value, r[1].value, r[3].value) for r in claims.iter_rows(min_row=3)]
    assert ("3.1", "国家级", "填次数（整数）") in rows and ("7.3", "专利", "填“是”或“否”") in rows
    assert ("7.2", None, "填比率（如 0.95 表示95%）") in rows


def test_choice_criteria_get_their_options(built_sample):
    campaign = built_sample("market-standard").campaign  # distributed (the session's shared sample, read-only)
    wb = openpyxl.load_workbook(campaign.out / "distribute" / "市场管理办公室" / "市场管理办公室-佐证材料登记表.xlsx")
    options = wb["选项"]
    column = next(c for c in options[1] if c.value == "17.1").column
    assert [options.cell(r, column).value for r in (2, 3, 4)] == ["市场主要负责人任组长", "市场非主要负责人任组长",
                                                                   "未成立领导小组"]


def test_division_table_and_contacts_form(wujiang):
    campaign, _, out = wujiang
    table = docx.Document(out / "考核指标分工表.docx").tables[0]
    assert len(table.rows) == 1 + 59
    assert [c.text for c in table.rows[0].cells] == ["考核内容", "序号", "考核指标", "考核要点", "分值", "支撑材料说明",
                                                     "考核牵头单位", "考核配合单位"]
    row = next(r for r in table.rows if r.cells[3].text.startswith("8.7 "))
    assert row.cells[6].text == "区公安分局\n联系人：谢振华\n0751-8600802" and row.cells[4].text == "1.5"
    contacts = docx.Document(out / "联系人统计表.docx").tables[0]
    assert len(contacts.rows) == 1 + 30                                 # 分管领导 and 联络员 of 15 units
    assert [c.text for c in contacts.rows[2].cells][2:] == ["联络员", "陈思远", "知识产权股股长", "0751-8600102",
                                                            "13900000102"]


def test_calendar_imports_as_ical(wujiang):
    _, _, out = wujiang
    raw = (out / "迎考日程.ics").read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 4
    assert "DTEND;TZID=Asia/Shanghai:20231205T173000" in unfolded
    assert "SUMMARY:【截止】配合单位报送材料（2023年12月5日17:30前）" in unfolded
    assert unfolded.count("TRIGGER:-P3D") == 4 and unfolded.count("TRIGGER:-P1D") == 4


def test_distribution_is_deterministic(tmp_path, built_sample):
    # the session's shared Yongning sample was distributed once already: a second distribution, into a folder
    # of its own, writes the same files byte for byte
    sample = built_sample("yongning-2023")
    first = {p.relative_to(sample.campaign.out).as_posix(): p.read_bytes() for p in sample.distributed}
    campaign = copy_campaign(tmp_path, "yongning-2023")
    second = {p.relative_to(campaign.out).as_posix(): p.read_bytes() for p in distribute(campaign)}
    assert first == second


@pytest.mark.parametrize("name", ["xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"])
def test_every_sample_campaign_distributes(built_sample, name):
    campaign, files = built_sample(name).campaign, built_sample(name).distributed
    assert len(files) == 3 * len(units_with_tasks(campaign)) + 3
    assert all(f.stat().st_size > 0 for f in files)
