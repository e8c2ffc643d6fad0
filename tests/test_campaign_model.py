"""campaign.yaml and the register's claims declared once: the published schema is generated from the model
(every field explained, with an example), values come out typed, the optional templates folder, and the
moment a command works at parsed outside the model."""

import datetime as dt
import json
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from ipdocs.base.errors import CampaignError, IpdocsError
from ipdocs.base.inputs import json_ready, undescribed
from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.campaign.load import SCHEMA_PATH, campaign_schema, campaign_schema_text
from ipdocs.forms.register import CLAIM_COLUMNS, Claim

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
CAMPAIGNS = ["wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"]
SHANGHAI = ZoneInfo("Asia/Shanghai")


def properties(schema: dict):
    """(owner, name, spec) for every property of the schema and of its definitions."""
    for owner, node in [("", schema), *((f"{k}.", v) for k, v in schema.get("$defs", {}).items())]:
        for name, spec in node.get("properties", {}).items():
            yield owner, name, spec


def test_committed_schema_is_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == campaign_schema_text(), \
        "regenerate: python -m ipdocs campaign schema > ipdocs/campaign/campaign.schema.json"


def test_every_field_is_explained_in_chinese_with_an_example():
    schema = campaign_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert undescribed(schema) == []
    for owner, name, spec in properties(schema):
        assert spec.get("examples"), f"{owner}{name} has no example"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec["description"]), f"{owner}{name}"
        assert "title" not in spec  # no English titles made from Python names
    assert {"templates", "as_of", "timezone"} <= set(schema["properties"])
    assert schema["$defs"]["Deadline"]["properties"]["from"]["enum"] == ["all", "cooperating", "lead", "coordinator"]


@pytest.mark.parametrize("name", CAMPAIGNS)
def test_samples_point_editors_at_the_schema_and_pass_it(name):
    text = (SAMPLES / name / "campaign.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../ipdocs/campaign/campaign.schema.json")
    jsonschema.validate(json_ready(yaml.safe_load(text)), json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_values_come_out_typed():
    c = load_campaign(SAMPLES / "wujiang-2023")
    assert c.as_of == dt.datetime(2023, 12, 16, 9, 0, tzinfo=SHANGHAI)
    assert c.period == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert c.document.signed == dt.date(2023, 11, 13) and c.document.signed_text == "2023年11月13日"
    assert all(d.due.tzinfo is not None for d in c.deadlines)
    assert c.deadlines[0].kind == "contacts" and c.deadlines[1].sender == "cooperating"
    assert c.unit("区市场监管局").contact("陈思远").role == "联络员"
    assert c.templates_dir is None


@pytest.fixture
def wujiang(tmp_path):
    folder = tmp_path / "wujiang"
    folder.mkdir()
    shutil.copy(SAMPLES / "wujiang-2023" / "campaign.yaml", folder)
    path = folder / "campaign.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))

    def edited(change):
        copy = yaml.safe_load(yaml.safe_dump(doc, allow_unicode=True))
        change(copy)
        path.write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
        return folder

    return edited


def test_templates_folder_is_relative_to_the_campaign(wujiang):
    folder = wujiang(lambda d: d.update(templates="我的模板"))
    with pytest.raises(CampaignError, match="templates：找不到模板文件夹 .*我的模板"):
        load_campaign(folder)
    (folder / "我的模板").mkdir()
    assert load_campaign(folder).templates_dir == folder / "我的模板"


def test_shape_mistakes_are_one_line_each(wujiang):
    def message(change):
        with pytest.raises(CampaignError) as info:
            load_campaign(wujiang(change))
        return str(info.value)

    assert "顶层：有未知字段 templat" in message(lambda d: d.update(templat="x"))
    assert "应填且只填一个" in message(lambda d: d["assignments"][0].update(criterion="1.1"))
    assert "时间节点 contacts，字段 from：取值 'boss' 无效" in message(
        lambda d: d["deadlines"][0].update({"from": "boss"}))
    assert "as_of：时间 '2023-13-01' 无效" in message(lambda d: d.update(as_of="2023-13-01"))
    assert "字段 year：应为整数" in message(lambda d: d.update(year="二〇二三"))


def test_parse_moment_reads_at_text_in_the_campaign_zone():
    assert parse_moment("2023-12-06 09:00", "Asia/Shanghai") == dt.datetime(2023, 12, 6, 9, 0, tzinfo=SHANGHAI)
    assert parse_moment("2023-12-06", SHANGHAI) == dt.datetime(2023, 12, 6, tzinfo=SHANGHAI)
    assert parse_moment("2023-12-06T01:00+00:00", SHANGHAI).utcoffset() == dt.timedelta(0)
    assert parse_moment(None, SHANGHAI) is None and parse_moment(" ", SHANGHAI) is None
    with pytest.raises(IpdocsError, match=r"--at：时间 '12月3日' 无效（应为 2023-12-06 或 2023-12-06 09:00）"):
        parse_moment("12月3日", SHANGHAI)


def test_campaign_moment_takes_datetimes():
    c = load_campaign(SAMPLES / "wujiang-2023")
    assert c.moment() == c.as_of
    assert c.moment(dt.datetime(2023, 12, 1, 9, 0)) == dt.datetime(2023, 12, 1, 9, 0, tzinfo=SHANGHAI)
    c.as_of = None
    assert abs(c.moment() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_claim_row_is_declared_once():
    assert [name for name, _ in CLAIM_COLUMNS] == ["准则编号", "项目", "考核要点", "填写说明", "申报值", "备注"]
    row = {"准则编号": 7.0, "项目": None, "申报值": "96%"}
    claim = Claim.model_validate(row, context={"input": "rate"})
    assert (claim.criterion, claim.label, claim.value) == ("7", "", 0.96)
    assert Claim.model_validate({"准则编号": "1.1", "申报值": "是"}, context={"input": "bool"}).value is True
    assert Claim.model_validate({"准则编号": "1.1", "申报值": " "}, context={"input": "count"}).value is None
    with pytest.raises(ValidationError, match="应填非负整数，实为“三次”"):
        Claim.model_validate({"准则编号": "3.2", "申报值": "三次"}, context={"input": "count"})
    # without the rubric, the cell's own type decides
    assert Claim.model_validate({"准则编号": "2.3", "申报值": "以其他名义印发"}).value == "以其他名义印发"
