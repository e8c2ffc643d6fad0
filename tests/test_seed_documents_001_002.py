"""Seeds 001 (信阳 2021) and 002 (永宁 2023) as their seed text demands, and two rules for every red-header
document: the 文号's year is the year of its 成文日期, and no word is written twice in a row (考核考核).
Expectations are quoted from /work/shared/seeds/001 and 002, not from our own output."""

import re

import docx
import openpyxl
import pytest
from conftest import copy_sample
from extract_files import notice_docx

from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.distribute import units_with_tasks
from ipdocs.forms import write_register
from ipdocs.intake.collect import collect
from ipdocs.reconcile import reconcile
from ipdocs.render import render_documents
from ipdocs.render.content import gather
from ipdocs.word import oxml

SAMPLES = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")
# seed 001 附件 注 and 22.2, word for word
TIME_RULE = "召开会议的时间应在2019年11月国家《关于强化知识产权保护的意见》印发后"
PENALTY = "对于虚假报送或隐瞒的，一经发现直接扣10分"
DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,})\1")
DOC_NUMBER = re.compile(r"\S*〔(\d{4})〕\d+号")
DATE = re.compile(r"^(\d{4})年\d{1,2}月\d{1,2}日$")


def paragraphs(path) -> list[str]:
    document = docx.Document(str(path))
    found = [oxml.paragraph_text(p) for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    return found


def lines(path) -> list[str]:
    return [line for line in paragraphs(path) if line.strip()]


def header(path, table: int = 0) -> list[str]:
    return [c.text for c in docx.Document(str(path)).tables[table].rows[0].cells]


def sheet_text(path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None]


class _Distributed(dict):
    def __init__(self, built_sample):
        super().__init__()
        self.built_sample = built_sample

    def __missing__(self, name):
        campaign = self.built_sample(name).campaign
        return campaign, campaign.out / "distribute"


@pytest.fixture
def distributed(built_sample):
    """Every sample campaign distributed (shared with other tests, read-only): name → (campaign, distribute
    folder)."""
    return _Distributed(built_sample)


# --- every red-header document ---------------------------------------------------------------------

@pytest.mark.parametrize("name", SAMPLES)
def test_notice_number_year_is_its_signing_year_and_no_word_is_doubled(distributed, name):
    campaign, out = distributed[name]
    assert all(DOC_NUMBER.search(lines(p)[1]) for p in out.rglob("*任务通知.docx"))
    for path in sorted(out.rglob("*.docx")):
        text = paragraphs(path)
        doubled = [m.group(0) for line in text for m in DOUBLED.finditer(line)]
        assert doubled == [], f"{path.name}: {doubled}"
        number = DOC_NUMBER.fullmatch(lines(path)[1]) if len(lines(path)) > 1 else None
        if number:  # a red header (organ mark, then 文号): 〔year〕 equals the year of the signed date
            dates = [m for line in text if (m := DATE.match(line.strip()))]
            assert number.group(1) == dates[-1].group(1), path.name


def test_report_number_year_follows_the_report_date(tmp_path):
    """Seed 001's own notice: 信知战联办〔2022〕1号 for a 2021 assessment, signed in 2022."""
    campaign = load_campaign(copy_sample(tmp_path, "xinyang-2021", inbox=False))
    report = render_documents(gather(campaign))[0]
    text = [line for line in paragraphs(report) if line.strip()]
    assert "平市监〔2022〕22号" in text and text[-1] == "2022年5月27日"
    assert campaign.document.doc_number() == "平市监〔2022〕21号"


# --- seed 001 --------------------------------------------------------------------------------------

def test_seed_001_contacts_form_is_its_own_with_fax(distributed):
    """附件2 联系人信息表: 单位：, one 联系人 row, columns 姓名 职务/职级 电话 手机 传真."""
    campaign, out = distributed["xinyang-2021"]
    assert not (out / "联系人统计表.docx").exists()
    form = out / "联系人信息表.docx"
    assert header(form) == ["", "姓名", "职务/职级", "电话", "手机", "传真"]
    rows = docx.Document(str(form)).tables[0].rows[1:]
    assert len(rows) == 1 and rows[0].cells[0].text == "联系人"
    assert rows[0].cells[1].text == campaign.coordinator.name and rows[0].cells[5].text == campaign.coordinator.fax
    assert any(line.startswith("单位：") for line in paragraphs(form))
    # seed 000 keeps its 联系人统计表 (附件5)
    assert header(distributed["wujiang-2023"][1] / "联系人统计表.docx") == [
        "序号", "单位名称", "联系人", "姓名", "职务/职级", "办公电话", "手机"]


def test_seed_001_forms_state_the_time_rule_and_one_penalty_wording(distributed):
    campaign, out = distributed["xinyang-2021"]
    unit = "区市场监管局"  # leads 1.1–1.3, the meetings the rule is about
    notice = paragraphs(out / unit / f"{unit}-任务通知.docx")
    form = paragraphs(out / unit / f"{unit}-自评材料填报模板.docx")
    register = sheet_text(out / unit / f"{unit}-佐证材料登记表.xlsx")
    for text in (notice, form, register):
        assert any(TIME_RULE in line for line in text)
    everything = []
    for u in units_with_tasks(campaign):
        everything += paragraphs(out / u / f"{u}-任务通知.docx") + paragraphs(out / u / f"{u}-自评材料填报模板.docx")
        everything += sheet_text(out / u / f"{u}-佐证材料登记表.xlsx")
    everything += paragraphs(out / "考核指标分工表.docx")
    mentions = [line for line in everything if "虚假" in line or "瞒" in line]
    assert mentions and all(PENALTY in line for line in mentions)


def test_seed_001_time_rule_decides_which_meetings_count(tmp_path):
    """Meetings count from 2019-11 (the 意见) on, whatever the statistics period of cases says."""
    campaign = load_campaign(copy_sample(tmp_path, "xinyang-2021", inbox=False))
    delivery = campaign.folder / "inbox" / "区市场监管局" / "2022-05-20 1000 报送"
    delivery.mkdir(parents=True)
    meetings = [("会议纪要2020.docx", "2020年6月18日，区政府常务会议研究知识产权保护工作。"),
                ("会议纪要2019.docx", "2019年10月9日，区政府常务会议研究知识产权工作。2021年3月1日印发。")]
    for file_name, line in meetings:
        notice_docx(delivery / file_name, ["平桥区政府常务会议纪要", line])
    register = write_register(campaign, "区市场监管局", delivery / "区市场监管局-佐证材料登记表.xlsx")
    wb = openpyxl.load_workbook(register)
    for row, (file_name, _) in enumerate(meetings, 3):
        wb["佐证材料登记表"][f"B{row}"], wb["佐证材料登记表"][f"I{row}"] = "1.2", file_name
    wb.save(register)
    collect(campaign, parse_moment("2022-05-20 12:00", campaign.timezone))
    r = reconcile(campaign)
    found = [text for _, text in r.findings]
    assert r.evidenced["1.2"] == 1                                   # 2020-06 counts, 2019-10 does not
    assert f"1.2：会议纪要2019.docx 早于{TIME_RULE}" in found
    assert not any("会议纪要2020.docx" in text for text in found)    # not "out of the statistics period"


def test_seed_001_contacts_form_is_not_shipped_as_a_submission_document(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "xinyang-2021", inbox=False))
    names = [f.name for f in render_documents(gather(campaign))]
    assert not any("联系人" in n for n in names)
    assert sorted(n.split(".")[0] for n in names) == ["1", "2", "3", "3"]


# --- seed 002 --------------------------------------------------------------------------------------

def test_seed_002_timetable_and_every_responsible_unit_has_its_deadline(distributed):
    """四、工作步骤: （一）完善迎考任务分工（10月12日前）；（二）报送检查考核材料（10月18日前），各考核责任单位
    报送至永宁县市场监督管理局."""
    campaign, out = distributed["yongning-2023"]
    due = {(d.name, d.due.strftime("%m-%d")) for d in campaign.deadlines}
    assert ("完善迎考任务分工", "10-12") in due
    assert {d.due.strftime("%m-%d") for d in campaign.deadlines if d.sender in ("lead", "cooperating")} == {"10-18"}
    calendar = (out / "迎考日程.ics").read_text(encoding="utf-8")
    assert "完善迎考任务分工" in calendar and "20231012T" in calendar
    for unit in units_with_tasks(campaign):
        if unit == campaign.coordinator_unit:
            continue
        sends = [d for d in campaign.deadlines_for(unit) if d.kind == "materials"]
        assert {d.due.strftime("%m-%d") for d in sends} == {"10-18"}, unit
        notice = paragraphs(out / unit / f"{unit}-任务通知.docx")
        assert any("2023年10月18日" in line and "报送县市场监管局" in line for line in notice), unit
        assert any("完善迎考任务分工" in line and "2023年10月12日" in line for line in notice), unit
    assert campaign.roles("县财政局") == {"cooperating"}               # a unit that only cooperates


def test_seed_002_asks_for_no_points(distributed):
    campaign, out = distributed["yongning-2023"]
    assert not campaign.rubric.scored
    for unit in units_with_tasks(campaign):
        form = paragraphs(out / unit / f"{unit}-自评材料填报模板.docx")
        assert not any("自评" in line and "分" in line for line in form[2:]), unit
        assert not any("该项0分" in line for line in paragraphs(out / unit / f"{unit}-任务通知.docx")), unit
        guide = openpyxl.load_workbook(out / unit / f"{unit}-佐证材料登记表.xlsx")["任务说明"]
        assert "分值" not in [c.value for c in guide[2]], unit
    division = out / "考核指标分工表.docx"
    assert "分值" not in header(division)
    assert not any("0分" in line for line in paragraphs(division))


def test_seed_002_checklist_has_no_empty_points_columns(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "yongning-2023", inbox=False))
    files = render_documents(gather(campaign))
    table = next(f for f in files if f.name.startswith("3.") and f.suffix == ".docx")
    columns = header(table)
    assert "分值" not in columns and "评分" not in columns
    assert not any(line == "—" for line in paragraphs(table))
    workbook = next(f for f in files if f.suffix == ".xlsx")
    heading = [c.value for c in openpyxl.load_workbook(workbook).active[2]]
    assert "分值" not in heading and "评分" not in heading and "完成情况" in heading


def test_seed_001_penalty_reads_as_the_seed_in_the_submitted_documents(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "xinyang-2021", inbox=False))
    (campaign.folder / "facts.yaml").write_text('"1.1": true\n"22.2": true\n', encoding="utf-8")
    files = render_documents(gather(campaign))
    said = [line for f in files if f.suffix == ".docx" for line in paragraphs(f)]
    said += sheet_text(next(f for f in files if f.suffix == ".xlsx"))
    mentions = [line for line in said if any(word in line for word in ("虚假", "瞒", "经发现", "直接扣"))]
    assert mentions and all("一经发现直接扣10分" in line for line in mentions)
