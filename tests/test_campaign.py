"""Campaigns: the sample campaigns load, init gives a valid starter for every rubric, and each mistake a
coordinator makes in campaign.yaml is one line naming the field."""

import shutil
from pathlib import Path

import pytest
import yaml

from ipdocs.base.errors import CampaignError, IpdocsError
from ipdocs.campaign import init_campaign, load_campaign
from ipdocs.rubric import load_rubric

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
CAMPAIGNS = ["wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"]


@pytest.mark.parametrize("name", CAMPAIGNS)
def test_sample_campaigns_load_and_cover_every_criterion(name):
    c = load_campaign(SAMPLES / name)
    assert c.rubric.id == name
    assert set(c.assignments) == set(c.rubric.criteria)


def test_wujiang_follows_the_seed_division_table():
    c = load_campaign(SAMPLES / "wujiang-2023")
    assert len(c.units) == 15 and c.coordinator_unit == "区市场监管局"
    # Indicator 3: one lead unit, but 3.1 and 3.2 each have their own contact person (附件1).
    assert (c.assignments["3.1"].lead, c.assignments["3.1"].contact) == ("区市场监管局", "林晓梅")
    assert (c.assignments["3.2"].lead, c.assignments["3.2"].contact) == ("区市场监管局", "周海燕")
    assert c.assignments["3.3"].contact == "陈思远"
    assert c.assignments["8.6"].lead == "区宣传部（区版权局）" and c.assignments["8.7"].lead == "区公安分局"
    assert c.assignments["11.2"].lead == "区检察院" and c.assignments["11.1"].lead == "区人大财经工委"
    court = {t.criterion.id: t.role for t in c.tasks("区法院")}
    assert court["6.1"] == "lead" and court["2.1"] == "cooperating" and "5.1" not in court
    assert [d.id for d in c.deadlines] == ["contacts", "cooperating", "lead", "assessor"]
    assert c.deadlines[1].due.isoformat() == "2023-12-05T17:30:00+08:00"
    assert [d.id for d in c.deadlines_for("区财政局")] == ["contacts", "lead", "assessor"]
    assert c.document.doc_number() == "武市监〔2023〕86号"


@pytest.mark.parametrize("rubric_id", CAMPAIGNS)
def test_init_writes_a_starter_that_passes_the_check(tmp_path, rubric_id):
    folder = tmp_path / "campaign"
    init_campaign(load_rubric(rubric_id), folder, year=2023 if rubric_id == "market-standard" else None)
    c = load_campaign(folder)
    assert set(c.assignments) == set(c.rubric.criteria)
    assert (folder / "inbox").is_dir()
    with pytest.raises(IpdocsError, match="已存在"):
        init_campaign(load_rubric(rubric_id), folder)


def test_init_takes_units_from_the_rubric(tmp_path):
    init_campaign(load_rubric("wujiang-2023"), tmp_path / "c")
    c = load_campaign(tmp_path / "c")
    assert c.assignments["5.1"].lead == "区财政局"
    assert c.assignments["8.6"].lead == "区宣传部（区版权局）"       # the seed's criterion-level lead
    assert "区市场监管局" in c.assignments["11.2"].cooperating or c.assignments["11.2"].lead == "区检察院"
    assert [d.kind for d in c.deadlines][0] == "contacts"


def test_init_needs_a_year_when_the_rubric_has_none(tmp_path):
    with pytest.raises(IpdocsError, match="--year"):
        init_campaign(load_rubric("market-standard"), tmp_path / "c")


# --- mistakes --------------------------------------------------------------------------------------

@pytest.fixture
def wujiang(tmp_path):
    """A writable copy of the Wujiang campaign and a function that edits, saves and loads it."""
    folder = tmp_path / "wujiang"
    folder.mkdir()
    shutil.copy(SAMPLES / "wujiang-2023" / "campaign.yaml", folder)
    doc = yaml.safe_load((folder / "campaign.yaml").read_text(encoding="utf-8"))

    def broken(change):
        edited = yaml.safe_load(yaml.safe_dump(doc, allow_unicode=True))
        change(edited)
        (folder / "campaign.yaml").write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
        with pytest.raises(CampaignError) as info:
            load_campaign(folder)
        return str(info.value)

    return broken


def assignment(doc, **where):
    return next(a for a in doc["assignments"] if all(a.get(k) == v for k, v in where.items()))


def test_missing_required_field(wujiang):
    message = wujiang(lambda d: d.pop("assessee"))
    assert "campaign.yaml" in message and "缺少必填字段 assessee" in message


def test_unit_named_but_not_listed(wujiang):
    message = wujiang(lambda d: assignment(d, indicator="6").update(lead="区中院"))
    assert "assignments[" in message and ".lead：单位“区中院”不在 units 中" in message


def test_indicator_without_a_lead(wujiang):
    message = wujiang(lambda d: d["assignments"].remove(assignment(d, indicator="9")))
    assert "assignments：指标 9没有牵头单位" in message


def test_indicator_with_two_leads(wujiang):
    message = wujiang(lambda d: d["assignments"].append({"indicator": "6", "lead": "区检察院"}))
    assert "指标 6 有多个牵头单位（区法院、区检察院）" in message


def test_criterion_partly_unassigned(wujiang):
    def change(d):
        d["assignments"].remove(assignment(d, indicator="3"))
    assert "指标 3（准则 3.3）没有牵头单位" in wujiang(change)


def test_contact_must_belong_to_the_lead_unit(wujiang):
    message = wujiang(lambda d: assignment(d, indicator="6").update(contact="陈思远"))
    assert ".contact：陈思远 不是牵头单位 区法院 的联系人" in message


def test_lead_cannot_also_cooperate(wujiang):
    message = wujiang(lambda d: assignment(d, indicator="6").update(cooperating=["区法院"]))
    assert "区法院 已是牵头单位，不能同时为配合单位" in message


def test_unknown_indicator(wujiang):
    message = wujiang(lambda d: d["assignments"].append({"criterion": "99.1", "lead": "区法院"}))
    assert ".criterion：评分细则 wujiang-2023 中没有准则 99.1" in message


def test_deadlines_out_of_order(wujiang):
    def change(d):
        next(x for x in d["deadlines"] if x["id"] == "cooperating")["due"] = "2023-12-20 17:30"
    message = wujiang(change)
    assert "牵头单位报送材料（lead，2023年12月15日17:30）早于上一环节配合单位报送材料" in message


def test_bad_times_dates_and_zone(wujiang):
    def bad_due(d):
        d["deadlines"][0]["due"] = "2023-02-30 17:30"
    assert "deadlines[0].due：时间 '2023-02-30 17:30' 无效" in wujiang(bad_due)
    assert "字段 due：'12月5日' 的格式不对" in wujiang(lambda d: d["deadlines"][0].update(due="12月5日"))
    assert "timezone：未知时区 'Mars/Base'" in wujiang(lambda d: d.update(timezone="Mars/Base"))
    assert "document.signed：日期 '2023-13-01' 无效" in wujiang(lambda d: d["document"].update(signed="2023-13-01"))


def test_period_must_be_sane(wujiang):
    assert "统计截止日期 2022-12-31 早于开始日期 2023-01-01" in wujiang(
        lambda d: d["period"].update(end="2022-12-31"))
    assert "超过两年" in wujiang(lambda d: d["period"].update(start="2020-01-01"))
    assert "不含考核年度 2023" in wujiang(lambda d: d["period"].update(start="2021-01-01", end="2021-12-31"))


def test_unit_listed_twice_and_bad_phone(wujiang):
    assert "单位 区法院 重复" in wujiang(lambda d: d["units"].append(dict(d["units"][9])))
    message = wujiang(lambda d: d["units"][0]["contacts"][0].update(mobile="1390000"))
    assert "单位 区市场监管局，字段 contacts.0.mobile：'1390000' 的格式不对" in message


def test_coordinator_contact_must_exist(wujiang):
    assert "coordinator.contact：张三 不是 区市场监管局 的联系人" in wujiang(
        lambda d: d["coordinator"].update(contact="张三"))


def test_missing_campaign_file(tmp_path):
    with pytest.raises(IpdocsError, match="找不到迎考工作配置"):
        load_campaign(tmp_path)
