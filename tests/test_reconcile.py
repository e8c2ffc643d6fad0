"""Reconciliation: claimed against evidenced points, with the reason for each difference."""


import openpyxl
import pytest
from conftest import copy_sample
from extract_files import notice_docx, to_pdf

from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.extract.campaign import extract_campaign
from ipdocs.forms import write_register
from ipdocs.intake.collect import collect
from ipdocs.reconcile import points_at_stake, reconcile


def sample(tmp_path, name="wujiang-2023", inbox=True):
    return load_campaign(copy_sample(tmp_path, name, inbox))


@pytest.fixture(scope="module")
def wujiang(tmp_path_factory):
    campaign = sample(tmp_path_factory.mktemp("reconcile"))
    collect(campaign, campaign.moment())
    return campaign


def test_extraction_is_cached_by_content(wujiang):
    first = extract_campaign(wujiang)
    assert first.new + first.cached == 19
    again = extract_campaign(wujiang)
    assert (again.new, again.cached) == (0, 19)
    assert again.facts == {**first.facts}


def test_claimed_and_evidenced_points_with_reasons(wujiang):
    r = reconcile(wujiang)
    assert str(r.claimed_sheet.total) == "85.45"                       # the coordinator's facts.yaml
    assert r.evidenced["3.2"] == 2                                     # 4-26 通讯稿 + photo are one activity
    assert r.evidenced["1.1"] is True and r.evidenced["3.1"] == {"市级": 1}
    assert r.hints["3.2"] == "3.2：已证实2次活动，再补充2次活动的通讯稿或照片可加1分"
    assert ("2.2", "2.2：申报了但没有登记对应的佐证材料") in r.findings
    rows = {row["indicator"]: row for row in points_at_stake(r, wujiang)}
    assert (str(rows["3"]["claimed"]), str(rows["3"]["evidenced"])) == ("4.5", "4.0")
    assert "7.2" in r.unverified                                       # no case list linked to 7.2
    assert r.evidenced_sheet.total < r.claimed_sheet.total
    from ipdocs.reconcile import write_reconciliation
    from ipdocs.rubric import load_facts, score

    facts_file, sheet = write_reconciliation(wujiang, r)
    assert score(wujiang.rubric, load_facts(facts_file)).total == r.evidenced_sheet.total   # a facts file score takes
    import openpyxl

    ws = openpyxl.load_workbook(sheet).active
    assert [c.value for c in ws[1]][:5] == ["指标", "名称", "申报得分", "有材料支撑得分", "差距"]
    assert ws.cell(ws.max_row, 3).value.startswith("=SUM(")


def test_each_kind_of_finding(tmp_path):
    campaign = sample(tmp_path, inbox=False)
    delivery = campaign.folder / "inbox" / "区市场监管局" / "2023-12-14 1500 报送"
    delivery.mkdir(parents=True)
    lines = ["韶关市武江区市场监督管理局", "武市监〔2022〕3号", "关于开展宣传活动的通知", "韶关市武江区市场监督管理局",
             "2022年4月1日"]
    old = notice_docx(delivery / "旧通知.docx", lines)
    clip = notice_docx(delivery / "报道.docx", ["韶关日报 2023年4月27日", "武江区开展知识产权宣传周活动"])
    to_pdf(old, tmp_path / "lo")
    old.unlink()
    register = write_register(campaign, "区市场监管局", delivery / "区市场监管局-佐证材料登记表.xlsx")
    wb = openpyxl.load_workbook(register)
    ws = wb["佐证材料登记表"]
    rows = [("3.2", "宣传活动通知", "武市监〔2022〕5号", "旧通知.pdf", None),
            ("3.1", "韶关日报报道", None, "报道.docx", "国家级"),
            ("3.3", "韶关日报报道", None, "报道.docx", None)]
    for r, (criterion, name, number, file_name, level) in enumerate(rows, 3):
        for col, value in ((2, criterion), (3, name), (5, number), (8, level), (9, file_name)):
            ws.cell(r, col, value)
    wb.save(register)
    del clip
    collect(campaign, campaign.moment())
    found = [text for _, text in reconcile(campaign).findings]
    assert "3.2：旧通知.pdf 的日期不在统计时间内" in found
    assert "3.2：登记的文号“武市监〔2022〕5号”与文件中的“武市监〔2022〕3号”不一致" in found
    assert "3.1：报道.docx 登记为国家级媒体，文中媒体为市级" in found
    twice = "同一文件 报道.docx 被重复计入：区市场监管局登记表第4行（3.1）、区市场监管局登记表第5行（3.3）"
    assert any(t.startswith(twice) for t in found)


def test_meetings_before_the_time_rule_are_flagged(tmp_path):
    campaign = sample(tmp_path, "xinyang-2021", inbox=False)
    delivery = campaign.folder / "inbox" / "区市场监管局" / "2022-05-20 1000 报送"
    delivery.mkdir(parents=True)
    minutes = notice_docx(delivery / "会议纪要.docx",
                          ["平桥区委常委会会议纪要", "2019年5月10日，区委常委会学习《意见》。"])
    register = write_register(campaign, "区市场监管局", delivery / "区市场监管局-佐证材料登记表.xlsx")
    wb = openpyxl.load_workbook(register)
    wb["佐证材料登记表"]["B3"], wb["佐证材料登记表"]["I3"] = "1.1", minutes.name
    wb.save(register)
    collect(campaign, campaign.moment(parse_moment("2022-05-20 12:00", campaign.timezone)))
    found = [text for _, text in reconcile(campaign).findings]
    assert "1.1：会议纪要.docx 早于召开会议的时间应在2019年11月国家《关于强化知识产权保护的意见》印发后" in found


def test_an_unreadable_register_is_a_finding_not_a_crash(tmp_path):
    from ipdocs.intake.status import campaign_status
    from ipdocs.render.content import gather

    campaign = sample(tmp_path, inbox=False)
    delivery = campaign.folder / "inbox" / "区法院" / "2023-12-04 1630 报送"
    register = write_register(campaign, "区法院", delivery / "区法院-佐证材料登记表.xlsx")
    wb = openpyxl.load_workbook(register)
    wb["佐证材料登记表"].title = "改了名的表"                           # still ours by identifier, no longer readable
    wb.save(register)
    collect(campaign, campaign.moment())
    r = reconcile(campaign)                                             # no crash; nothing file-backed credited
    assert "6.1" not in r.evidenced and "3.2" not in r.evidenced and r.claimed["3.2"] == 3
    assert gather(campaign).evidence == []
    problems = [f.detail for f in campaign_status(campaign, campaign.moment()).findings if f.unit == "区法院"]
    assert problems == ["区法院-佐证材料登记表.xlsx：不是佐证材料登记表（缺少工作表“佐证材料登记表”）"]
