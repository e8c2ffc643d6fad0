"""The Wujiang 2023 sample inbox, collected as the coordinator would on 2023-12-16 (the campaign's as_of):
one late unit, one incomplete, one corrected resubmission, a converted .doc, a GBK-named ZIP, an encrypted
PDF, and units that sent nothing — each shown correctly."""

import shutil
from pathlib import Path

import pytest

from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.intake.ledger import Ledger
from ipdocs.intake.status import campaign_status

SAMPLE = Path(__file__).resolve().parents[1] / "sample_inputs" / "wujiang-2023"


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample") / "wujiang-2023"
    folder.mkdir()
    shutil.copy(SAMPLE / "campaign.yaml", folder)
    shutil.copytree(SAMPLE / "inbox", folder / "inbox")
    campaign = load_campaign(folder)
    result = collect(campaign, campaign.moment())
    return campaign, result, campaign_status(campaign, campaign.moment()), Ledger(folder)


def states(status, unit):
    return [(d.deadline.id, d.state) for d in status.unit(unit).deadlines]


def test_most_units_delivered(collected):
    _, result, status, _ = collected
    assert result.counts["stored"] + result.counts["converted"] == 40
    delivered = [u.unit for u in status.units if u.items]
    assert len(delivered) == 10 and len(status.units) == 15
    for unit in ("区府办", "区自然资源局", "区文旅体局", "区政协教科文卫体委"):
        assert states(status, unit) == [("contacts", "missing"), ("cooperating", "missing")]
    assert states(status, "区人大财经工委") == [("contacts", "missing"), ("lead", "missing"), ("assessor", "pending")]
    assert [c.criterion for c in status.unit("区人大财经工委").missing_criteria] == ["11.1"]


def test_late_unit(collected):
    _, _, status, _ = collected
    assert states(status, "区工信局") == [("contacts", "missing"), ("cooperating", "late")]
    assert any(f.unit == "区工信局" and f.kind == "逾期报送" for f in status.findings)


def test_incomplete_unit(collected):
    _, _, status, _ = collected
    justice = status.unit("区司法局")
    assert states(status, "区司法局") == [("contacts", "missing"), ("cooperating", "missing"), ("lead", "on_time"),
                                          ("assessor", "pending")]
    assert [(f.kind, f.detail) for f in status.findings if f.unit == "区司法局"] == [
        ("登记的文件未收到", "登记表第5行：12.3-03 公证典型案例.pdf（公证处知识产权公证典型案例）")]
    assert next(c for c in justice.criteria if c.criterion == "12.3").files == [
        "12.3-01 仲裁机构知识产权业务支持文件.pdf", "12.3-02 公证处知识产权服务台账.pdf"]


def test_corrected_resubmission(collected):
    _, _, status, ledger = collected
    court = [i for i in ledger.all_items() if i.unit == "区法院" and i.name.startswith("6.1-01")]
    assert [(i.version, i.superseded_by is None) for i in court] == [(1, False), (2, True)]
    assert court[1].path.startswith("2023-12-10 1000 更正6.1材料/")
    assert states(status, "区法院") == [("contacts", "missing"), ("cooperating", "missing"), ("lead", "on_time"),
                                        ("assessor", "pending")]
    assert next(c for c in status.unit("区法院").criteria if c.criterion == "6.1").files == [
        "6.1-01 知识产权审判三合一实施细则.pdf"]


def test_converted_doc_gbk_zip_and_quarantine(collected):
    _, result, _, ledger = collected
    minutes = next(i for i in ledger.current_items("区委办") if i.role == "evidence")
    assert (minutes.name, minutes.type, minutes.original_type) == ("1.1-01 区委常委会会议纪要.doc", "docx", "doc")
    budget = next(i for i in ledger.current_items("区财政局") if i.role == "evidence")
    assert budget.path == "2023-12-13 1100 报送/佐证材料.zip!/佐证材料/5.1-01 区级知识产权保护经费预算批复.pdf"
    assert result.quarantined == [("区农业农村局", "2023-12-05 1200 报送/8.1-02 专项行动总结（加密）.pdf",
                                   "PDF 已加密（设置了打开密码），请取消密码后报送")]


def test_filled_forms_were_read(collected):
    _, _, status, _ = collected
    market = status.unit("区市场监管局")
    assert market.has_register and market.has_selfeval and market.narratives_filled == 6
    assert "3.2" not in [c.criterion for c in market.missing_criteria]
