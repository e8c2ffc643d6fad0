"""Status and reminders tell the truth (issue 12), on all five sample campaigns: material received from a lead
or a cooperating unit is never listed as missing, the coordinator is never reminded to send to itself, and
every deadline of the seed appears in status and reminders — the contacts form's included."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from conftest import SAMPLES, copy_sample
from intake_files import pdf_bytes, write

from ipdocs.campaign import load_campaign
from ipdocs.distribute.documents import write_contacts_form
from ipdocs.intake.collect import collect
from ipdocs.intake.remind import reminder_text, reminders
from ipdocs.intake.report import write_status_html
from ipdocs.intake.status import campaign_status, criterion_overview, indicator_overview

TZ = ZoneInfo("Asia/Shanghai")
CAMPAIGNS = sorted(p.name for p in SAMPLES.iterdir() if (p / "campaign.yaml").is_file())


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture(scope="module")
def wujiang(built_sample):
    """The Wujiang sample collected as of its as_of (the session's shared build: read, never written)."""
    return built_sample("wujiang-2023").campaign


def test_material_from_cooperating_units_counts_for_the_criterion(wujiang):
    # Seed 000 附件1: 区委办 cooperates on indicator 1, 区农业农村局 on 8, 区工信局 on 15; each sent and
    # registered material for 1.1, 8.1 and 15.1 (the sample inbox), so none of them is 缺.
    status = campaign_status(wujiang, wujiang.moment())
    lead = status.unit("区市场监管局")
    missing = [c.criterion for c in lead.missing_criteria]
    assert not {"1.1", "8.1", "15.1"} & set(missing)
    assert "1.2" not in missing and "2.2" in missing  # its own 1.2 counts; nobody sent 2.2
    rows = {r["criterion"]: r for r in criterion_overview(status)}
    assert rows["1.1"]["received"] and rows["1.1"]["files"] == ["1.1-01 区委常委会会议纪要.doc（区委办）"]
    assert rows["15.1"]["received"] and rows["15.1"]["cooperating_sent"] == ["区工信局"]
    assert not rows["2.2"]["received"]
    indicators = {r["indicator"]: r for r in indicator_overview(status)}
    assert (indicators["1"]["missing"], indicators["1"]["silent"]) == ([], ["区府办"])  # 区委办 sent for 1.1
    assert indicators["15"]["missing"] == ["15.2", "15.3"] and "区工信局" not in indicators["15"]["silent"]
    text = "\n".join(reminder_text(status, r) for r in reminders(status))
    for cid in ("1.1", "8.1", "15.1"):
        assert f"考核要点{cid}的" not in text and f"{cid}、" not in text.split("指标")[0]


def test_status_is_as_at_its_moment(wujiang):
    # On 12-06 the coordinator's own material (sent 12-14) had not come in: its 12-15 step is still open.
    status = campaign_status(wujiang, at("2023-12-06 09:00"))
    market = status.unit("区市场监管局")
    assert ("lead", "pending") in [(d.deadline.id, d.state) for d in market.deadlines]
    assert not market.items and "1.2" in [c.criterion for c in market.missing_criteria]
    assert "1.1" not in [c.criterion for c in market.missing_criteria]  # 区委办 sent it on 12-05


def test_every_wujiang_deadline_in_status_and_reminders(tmp_path):
    # Seed 000: contacts form to 区市场监管局 by 11-24; cooperating units to the lead units by 12-05; lead
    # units to 区市场监管局 by 12-15, and to the city's counterpart lead units by 12-31.
    campaign = load_campaign(copy_sample(tmp_path, inbox=False))
    status = campaign_status(campaign, at("2023-11-20 09:00"))
    court = status.unit("区法院")
    assert [(d.deadline.due_text, d.state) for d in court.deadlines] == [
        ("2023年11月24日17:30", "pending"), ("2023年12月5日17:30", "pending"), ("2023年12月15日17:30", "pending"),
        ("2023年12月31日17:30", "pending")]
    html = write_status_html(status).read_text(encoding="utf-8")
    assert "报送联系人统计表（报送区市场监管局）" in html and "报送市对口考核牵头单位" in html
    text = reminder_text(status, next(r for r in reminders(status) if r.unit == "区法院"))
    assert "（一）应于2023年11月24日17:30前报送区市场监管局：\n1.填写完成的联系人统计表（粤政易）" in text
    assert "应于2023年12月31日17:30前报送市对口考核牵头单位：\n1.电子版考核资料（U盘）" in text
    contacts_reminded = {r.unit for r in reminders(status) for d, _ in r.groups if d.deadline.kind == "contacts"}
    assert contacts_reminded == {u.name for u in campaign.units} - {"区市场监管局"}  # not the coordinator itself

    late = campaign_status(campaign, at("2024-01-02 09:00"))
    assert [d.state for d in late.unit("区法院").deadlines] == ["missing", "missing", "missing", "unrecorded"]
    late_text = reminder_text(late, next(r for r in reminders(late) if r.unit == "区法院"))
    assert "（一）应于2023年11月24日17:30前报送区市场监管局（已逾期，请立即补报）：" in late_text
    assert "2023年12月31日" not in late_text  # not seen by the office: shown as 请核实, not demanded


def test_a_returned_contacts_form_meets_its_deadline_and_is_not_evidence(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, inbox=False))
    write_contacts_form(campaign, campaign.folder / "inbox" / "区法院" / "2023-11-23 1000 报送" / "附件5.docx")
    write(campaign.folder / "inbox" / "区司法局" / "2023-11-25 0900 报送" / "区司法局联系人统计表.pdf", pdf_bytes())
    moment = at("2023-11-27 09:00")
    collect(campaign, moment)
    status = campaign_status(campaign, moment)
    assert status.unit("区法院").deadlines[0].state == "on_time"
    assert status.unit("区司法局").deadlines[0].state == "late"
    assert status.unit("区检察院").deadlines[0].state == "missing"
    assert not [f for f in status.findings if f.kind in ("收到的文件未登记", "未报送登记表")]
    units = {r.unit for r in reminders(status) for d, _ in r.groups if d.deadline.kind == "contacts"}
    assert "区法院" not in units and "区司法局" not in units and "区检察院" in units


def test_a_file_named_by_its_criterion_counts_even_unregistered(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, inbox=False))
    write(campaign.folder / "inbox" / "区法院" / "2023-12-04 1000 报送" / "6.2-01 以案说法活动.pdf", pdf_bytes())
    write(campaign.folder / "inbox" / "区法院" / "2023-12-04 1000 报送" / "6.10 无此要点.pdf", pdf_bytes(2))
    moment = at("2023-12-06 09:00")
    collect(campaign, moment)
    status = campaign_status(campaign, moment)
    court = status.unit("区法院")
    assert [c.criterion for c in court.missing_criteria] == ["6.1"]
    assert ("未报送登记表", "收到2个佐证文件，但没有佐证材料登记表") in [(f.kind, f.detail) for f in status.findings]


@pytest.fixture(scope="module", params=CAMPAIGNS)
def sample(request, tmp_path_factory, built_sample):
    """A sample campaign with its inbox collected, and its status an hour before and after each deadline: a copy
    of the session's build (collected as of its as_of, else its last deadline), as status.html is written."""
    campaign = built_sample(request.param).writable_copy(tmp_path_factory.mktemp(request.param))
    moments = sorted({d.due + dt.timedelta(hours=h) for d in campaign.deadlines for h in (-1, 1)})
    return campaign, {m: campaign_status(campaign, m) for m in moments}


def test_no_received_criterion_is_listed_missing(sample):
    _, statuses = sample
    for moment, status in statuses.items():
        sent = {c.criterion for u in status.units for c in u.criteria if c.own}
        for u in status.units:
            assert not sent & {c.criterion for c in u.missing_criteria}, (u.unit, moment)
        for row in criterion_overview(status):
            assert row["received"] == (row["criterion"] in sent), (row["criterion"], moment)


def test_the_coordinator_is_never_reminded_to_send_to_itself(sample):
    campaign, statuses = sample
    office = campaign.coordinator_unit
    for moment, status in statuses.items():
        for r in reminders(status):
            for d, lines in r.groups:
                assert r.unit not in campaign.receiver(d.deadline, r.unit), (r.unit, d.deadline.id, moment)
                if r.unit == office:
                    assert (d.deadline.sender, d.deadline.receiver) == ("cooperating", "lead")
                    assert not [line for line in lines if "填写后的" in line]  # its own forms stay with it


def test_every_deadline_appears_in_status(sample):
    """Each deadline is judged for some unit at every moment, and status.html shows its date and name."""
    campaign, statuses = sample
    for moment, status in statuses.items():
        judged = {s.deadline.id for u in status.units for s in u.deadlines}
        assert judged == {d.id for d in campaign.deadlines}, moment
    html = write_status_html(status).read_text(encoding="utf-8")
    for d in campaign.deadlines:
        assert d.due_text in html and d.name in html, d.id


@pytest.mark.parametrize("name", CAMPAIGNS)
def test_open_deadlines_are_reminded(tmp_path, name):
    campaign = load_campaign(copy_sample(tmp_path, name, inbox=False))
    for d in campaign.deadlines:
        if d.sender == "coordinator":
            continue  # the office's own step: in its status and schedule, not a 催报 to itself
        status = campaign_status(campaign, d.due - dt.timedelta(hours=1))
        reminded = {g.deadline.id for r in reminders(status) for g, _ in r.groups}
        merged = {g.deadline.due for r in reminders(status) for g, _ in r.groups}
        assert d.id in reminded or d.due in merged, (name, d.id)
