"""Issue 14's rule kinds — target, growth, ranking — and uncapped parts, scored on hand-computed scenarios.

Every expected value is computed by hand beside it from the clause it encodes; the rubric below is shaped
like a county scheme (目标任务, 同比增长, 全市排名, 加分项不设上限, 不计分的要点)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import yaml

from ipdocs.base.errors import CampaignError, FactError
from ipdocs.campaign.load import parse_campaign
from ipdocs.campaign.model import CampaignFile, TargetSetting, resolve_targets
from ipdocs.render.score_xlsx import indicator_scores
from ipdocs.rubric import parse_rubric, score
from ipdocs.rubric.facts import check_facts, claim_fields, facts_schema
from ipdocs.rubric.outline import IndicatorHeading
from ipdocs.rubric.scoring import evaluate

ROOT = Path(__file__).resolve().parents[1]

TARGET = {"kind": "target", "measure": "专利授权量", "unit": "件", "points": 15,
          "tiers": [{"at_least": 1, "share": 1, "text": "完成目标任务"},
                    {"at_least": 0.9, "share": 0.6, "text": "90%以上"}],
          "excess": {"per": 1, "points": 0.1, "max": 2}}
SHORTFALL = {"kind": "target", "measure": "商标注册量", "unit": "件", "points": 10,
             "shortfall": {"per": 1, "points": 0.1}}
REVERSE = {"kind": "target", "measure": "侵权案件发案数", "unit": "起", "points": 5, "reverse": True,
           "tiers": [{"at_least": 1, "share": 1, "text": "控制在目标以内"}],
           "excess": {"per": 1, "points": 0.5, "max": 1}}
GROWTH = {"kind": "growth", "measure": "专利授权量", "points": 5,
          "tiers": [{"at_least": 0.1, "share": 1, "text": "同比增长10%以上"},
                    {"at_least": 0, "share": 0.5, "text": "持平或增长"}]}
GROWTH_NONE = {**GROWTH, "previous_zero": "none"}
GROWTH_STEP = {"kind": "growth", "measure": "质押融资额", "step": {"per": 0.01, "points": 0.1, "max": 1}}
GROWTH_FALL = {"kind": "growth", "measure": "侵权投诉量", "points": 2, "reverse": True,
               "tiers": [{"at_least": 0.1, "share": 1, "text": "下降10%以上"}]}
RANKING = {"kind": "ranking", "measure": "全市排名", "points": 10,
           "tiers": [{"at_most": 1, "share": 1, "text": "排名第一"}, {"at_most": 3, "points": 8, "text": "前三名"},
                     {"top_share": 0.5, "points": 5, "text": "前50%"}],
           "last": {"points": -1, "text": "排名末位扣1分"}}
RANKING_REVERSE = {**RANKING, "reverse": True}
BONUS = {"kind": "target", "measure": "技术合同成交额", "unit": "万元", "excess": {"per": 100, "points": 1}}


def _criterion(cid, text, rule):
    return {"id": cid, "text": text, "rule": rule}


def _indicator(iid, title, points, *criteria):
    return {"id": iid, "title": title, "max": points, "criteria": list(criteria)}


DOC = {
    "id": "county-2024", "title": "某市2024年县（区）知识产权工作考核", "issuer": "某市知识产权局", "year": 2024,
    "assessee": "各县（区）人民政府",
    "parts": [
        {"part": "base", "points": 61, "sections": [{"title": "目标任务", "indicators": [
            _indicator("1", "专利授权", 17, _criterion("1.1", "完成目标任务得满分，90%以上得60%分，90%以下不得分；"
                                                            "每超1件加0.1分，最多加2分", TARGET)),
            _indicator("2", "商标注册", 10,
                       _criterion("2.1", "完成目标任务得10分，每少1件扣0.1分，扣完为止", SHORTFALL)),
            _indicator("3", "侵权发案", 6, _criterion("3.1", "发案数控制在目标以内得5分，每少1起加0.5分，最多加1分",
                                                      REVERSE)),
            _indicator("4", "专利增长", 5, _criterion("4.1", "同比增长10%以上得5分，持平或增长得50%分", GROWTH),
                       ), _indicator("5", "全市排名", 10, _criterion("5.1", "排名第一得10分，前三名得8分，前50%得5分，"
                                                                           "排名末位扣1分", RANKING)),
            _indicator("6", "融资增长", 1, _criterion("6.1", "每增长1个百分点加0.1分，最多加1分", GROWTH_STEP)),
            _indicator("7", "投诉下降", 2,
                       _criterion("7.1", "侵权投诉量同比下降10%以上得2分（逆向指标）", GROWTH_FALL)),
            _indicator("8", "工作台账", 0, _criterion("8.1", "建立工作台账（不计分）", {"kind": "requirement"})),
            _indicator("9", "商标增长", 5, _criterion("9.1", "同比增长10%以上得5分，持平或增长得50%分", GROWTH_NONE)),
            _indicator("10", "保护排名", 5, _criterion("10.1", "排名第一得10分，前三名得8分，前50%得5分，末位扣1分"
                                                              "（逆向指标）", RANKING_REVERSE)),
        ]}]},
        {"part": "bonus", "points": None, "sections": [{"title": "加分项", "indicators": [
            _indicator("bonus-1", "技术合同成交额", None, _criterion("bonus-1.1", "每超100万元加1分", BONUS)),
        ]}]},
    ],
}
RUBRIC = parse_rubric(copy.deepcopy(DOC), "county.yaml")


def _check(cid, fact, expected, words=()) -> str:
    """Score one fact; the points equal `expected` and the reason says each of `words`."""
    outcome = evaluate(RUBRIC.criteria[cid].rule, cid, fact)
    assert outcome.gain - outcome.loss == Decimal(expected), outcome.reason
    for word in words:
        assert word in outcome.reason, outcome.reason
    return outcome.reason


@pytest.mark.parametrize("fact, expected, words", [
    # 54/50 = 108 % → 完成目标 15; 4 over × 0.1 = 0.4 → 15.4
    ({"target": 50, "actual": 54}, "15.4", ["完成率108%（54/50）", "得15分", "超额4件，加0.4分", "合计15.4分"]),
    # exactly 100 %: 15, nothing over
    ({"target": 50, "actual": 50}, "15", ["完成率100%（50/50）", "得15分"]),
    # exactly one step over: 15 + 1 × 0.1 = 15.1
    ({"target": 50, "actual": 51}, "15.1", ["超额1件，加0.1分"]),
    # exactly 90 %: 45/50 = 0.9 ≥ 0.9 → 60 % × 15 = 9
    ({"target": 50, "actual": 45}, "9", ["完成率90%（45/50）", "“90%以上”档", "得9分"]),
    # just below 90 %: 44/50 = 88 % → 0
    ({"target": 50, "actual": 44}, "0", ["完成率88%（44/50）", "不得分"]),
    # 30 over × 0.1 = 3, capped at 2 → 15 + 2 = 17
    ({"target": 50, "actual": 80}, "17", ["超额30件，加3分，超过上限按2分计"]),
    # 1/3 of target: 33.33 % → 0
    ({"target": 3, "actual": 1}, "0", ["完成率33.33%（1/3）"]),
])
def test_target_tiers_share_of_points_and_excess_steps(fact, expected, words):
    _check("1.1", fact, expected, words)


@pytest.mark.parametrize("fact, expected", [
    ({"target": 50, "actual": 50}, "10"),  # met: 10
    ({"target": 50, "actual": 49}, "9.9"),  # one short: 10 − 0.1
    ({"target": 50, "actual": 48}, "9.8"),  # two short: 10 − 0.2
    ({"target": 200, "actual": 50}, "0"),  # 150 short × 0.1 = 15 > 10: 扣完为止
])
def test_target_shortfall_steps(fact, expected):
    assert ("扣完为止" in _check("2.1", fact, expected)) == (fact["target"] == 200)


@pytest.mark.parametrize("fact, expected", [
    ({"target": 10, "actual": 8}, "6"),  # 8 ≤ 10: 10/8 = 125 % → 5; 2 below × 0.5 = 1 (cap 1) → 6 (低于目标2起)
    ({"target": 10, "actual": 10}, "5"),  # exactly the target: 5
    ({"target": 10, "actual": 12}, "0"),  # 10/12 = 83.33 % → 0
    ({"target": 10, "actual": 0}, "6"),  # none at all: completed; 10 below × 0.5 = 5, capped 1 → 6
])
def test_reverse_target_lower_is_better(fact, expected):
    reason = _check("3.1", fact, expected, ["逆向指标"])
    assert ("低于目标2起，加1分" in reason) == (fact["actual"] == 8), reason


@pytest.mark.parametrize("fact, expected, words", [
    ({"target": 1000, "actual": 1099}, "0", ["超额99万元，不足100万元，不加分"]),  # just below a step
    ({"target": 1000, "actual": 1100}, "1", ["计1个100万元，加1分"]),  # exactly one step
    ({"target": 1000, "actual": 1350}, "3", ["计3个100万元，加3分"]),  # 350 → 3 whole steps
    ({"target": 1000, "actual": 3000}, "20", ["加20分"]),  # no maximum: 2000/100 = 20
])
def test_uncapped_bonus_in_whole_steps(fact, expected, words):
    _check("bonus-1.1", fact, expected, words)


@pytest.mark.parametrize("cid, fact, expected, words", [
    ("4.1", {"previous": 100, "current": 110}, "5", ["同比增长10%"]),  # exactly 10 % → full 5
    ("4.1", {"previous": 100, "current": 109}, "2.5", ["同比增长9%"]),  # 9 % → 50 % × 5
    ("4.1", {"previous": 100, "current": 100}, "2.5", ["同比持平"]),  # 0 % → 2.5
    ("4.1", {"previous": 100, "current": 95}, "0", ["同比下降5%", "不得分"]),  # decline → 0
    ("4.1", {"previous": 0, "current": 3}, "5", ["上年为0", "视为增长"]),  # zero previous, top: best tier 5
    ("9.1", {"previous": 0, "current": 3}, "0", ["上年为0", "不得分"]),  # zero previous, none: 0
    ("4.1", {"previous": 0, "current": 0}, "2.5", ["均为0，按持平计"]),  # 0 and 0: flat → 2.5
    ("6.1", {"previous": 100, "current": 105}, "0.5", ["增长5个百分点，加0.5分"]),  # 5 points × 0.1
    ("6.1", {"previous": 100, "current": 123}, "1", ["超过上限按1分计"]),  # 23 × 0.1 = 2.3, cap 1
    ("7.1", {"previous": 100, "current": 90}, "2", ["同比下降10%", "逆向指标"]),  # fall of 10 % is good: 2
    ("7.1", {"previous": 100, "current": 105}, "0", ["同比上升5%"]),  # a rise of a reverse measure: 0
])
def test_growth(cid, fact, expected, words):
    _check(cid, fact, expected, words)


@pytest.mark.parametrize("cid, fact, expected, words", [
    ("5.1", {"rank": 1, "of": 11}, "10", ["第1名（共11个）", "“排名第一”档，得10分"]),  # rank 1 of N
    ("5.1", {"rank": 3, "of": 11}, "8", ["前三名"]),
    ("5.1", {"rank": 5, "of": 11}, "5", ["前50%"]),  # 5/11 = 45 % ≤ 50 %
    ("5.1", {"rank": 6, "of": 11}, "0", ["未达到得分名次"]),  # 6/11 = 54.5 % > 50 %
    ("5.1", {"rank": 11, "of": 11}, "-1", ["居末位", "扣1分"]),  # last of N
    ("5.1", {"rank": 1, "of": 1}, "10", ["排名第一"]),  # alone: first, not last
    ("10.1", {"rank": 11, "of": 11}, "10", ["逆向指标按第1名计"]),  # reverse: last by value is first
    ("10.1", {"rank": 1, "of": 11}, "-1", ["居末位"]),
])
def test_ranking(cid, fact, expected, words):
    _check(cid, fact, expected, words)


def test_whole_sheet_with_uncapped_bonus_and_zero_point_item():
    facts = {"1.1": {"target": 50, "actual": 54}, "2.1": {"target": 50, "actual": 48},
             "3.1": {"target": 10, "actual": 10}, "4.1": {"previous": 100, "current": 110},
             "5.1": {"rank": 11, "of": 11}, "8.1": True, "bonus-1.1": {"target": 1000, "actual": 3000}}
    sheet = score(RUBRIC, facts)
    # base: 15.4 + 9.8 + 5 + 5 + 0 (−1 taken off indicator 5's 0) = 35.2; bonus: 20, no part cap → 55.2
    assert sheet.base == Decimal("35.2") and sheet.bonus == Decimal("20") and sheet.total == Decimal("55.2")
    assert sheet.criteria["8.1"].done is True and sheet.criteria["8.1"].score == 0
    data = sheet.to_json()
    assert data["indicators"]["bonus-1"]["max"] is None and "计20个100万元" in data["indicators"]["bonus-1"]["reason"]
    shown = RUBRIC.to_json()
    kinds = {c["id"]: c["kind"] for i in shown["indicators"] for c in i["criteria"]}
    assert kinds["1.1"] == "target" and kinds["4.1"] == "growth" and kinds["5.1"] == "ranking"
    assert next(i for i in shown["indicators"] if i["id"] == "bonus-1")["max"] is None
    assert shown["totals"]["bonus"] == 0  # no stated total; what its criteria can reach has no bound
    bonus = next(i for i in RUBRIC.indicators if i.id == "bonus-1")
    assert IndicatorHeading("（一）", bonus).score_line("20") == "（该项不设上限,自评20分）"
    rows = {row["indicator"]: row for row in indicator_scores(RUBRIC, sheet)}
    assert rows["bonus-1"]["max"] == "不设上限" and rows["bonus-1"]["score"] == "20" and rows["1"]["max"] == "17"


@pytest.mark.parametrize("cid, fact, message", [
    ("1.1", 1.08, "缺少 target（目标值），且 campaign.yaml 未为本准则设定目标任务；应写如 {target: 50, actual: 54}"),
    ("1.1", {"target": 50}, "缺少 actual（完成值）"),
    ("1.1", {"target": 0, "actual": 3}, "target（目标值）为0，无法计算完成率"),
    ("1.1", {"target": 50, "actual": -1}, "actual（完成值）应为非负数"),
    ("1.1", {"target": 50, "done": 54}, "未知字段 done；应为 target、actual"),
    ("4.1", 0.12, "只给出了一个数 0.12，本项须给出原始数值：{previous: 100, current: 110}"),
    ("4.1", {"previous": 100}, "缺少 current（本年值）"),
    ("5.1", {"rank": 12, "of": 11}, "rank（名次）12 大于 of（参评总数）11"),
    ("5.1", {"rank": 0, "of": 11}, "rank（名次）应为从1起的整数"),
    ("5.1", {"rank": 1.5, "of": 11}, "rank（名次）应为从1起的整数"),
    ("5.1", "第一", "应为映射 {rank: 名次, of: 参评总数}"),
])
def test_fact_shape_errors_name_the_criterion_and_what_to_write(cid, fact, message):
    with pytest.raises(FactError) as caught:
        check_facts(RUBRIC, {cid: fact}, "facts.yaml")
    assert str(caught.value).startswith(f"facts.yaml：事实 {cid}：") and message in str(caught.value), caught.value


def test_campaign_targets_let_facts_give_only_the_actual():
    rubric = parse_rubric(copy.deepcopy(DOC), "county.yaml")
    settings = [TargetSetting(criterion="1.1", target=50), TargetSetting(criterion="4.1", target=3),
                TargetSetting(criterion="9.9", target=1)]
    problems = resolve_targets(settings, rubric, "campaign.yaml")
    assert problems == [
        "campaign.yaml：targets[1].criterion：评分细则 county-2024 中准则 4.1 的规则是 growth，不按目标任务计分"
        "（可设目标的准则：1.1、2.1、3.1、bonus-1.1）",
        "campaign.yaml：targets[2].criterion：评分细则 county-2024 中没有该准则"
        "（可设目标的准则：1.1、2.1、3.1、bonus-1.1）"]
    assert rubric.targets == {"1.1": Decimal(50)}
    # 54 of the campaign's 50 scores as {target: 50, actual: 54}: 15.4
    for fact in (54, {"actual": 54}, {"target": 50, "actual": 54}):
        sheet = score(rubric, {"1.1": fact})
        assert sheet.criteria["1.1"].score == Decimal("15.4") and "（54/50）" in sheet.criteria["1.1"].reason
    with pytest.raises(FactError, match="target 写的是 60，与 campaign.yaml 为本准则设定的目标任务 50 不一致"):
        check_facts(rubric, {"1.1": {"target": 60, "actual": 54}}, "facts.yaml")
    # the register asks only for the actual value where the campaign sets the target
    assert [f.label for f in claim_fields(rubric, "1.1")] == ["完成值"]
    assert [f.label for f in claim_fields(rubric, "2.1")] == ["目标值", "完成值"]
    assert CampaignFile.model_fields["targets"].default == []


def test_register_rows_read_back_as_facts():
    for cid, filled, fact in [("1.1", {"目标值": 50, "完成值": 54}, {"target": 50, "actual": 54}),
                              ("4.1", {"上年值": 100, "本年值": 110}, {"previous": 100, "current": 110}),
                              ("5.1", {"名次": 2, "参评总数": 11}, {"rank": 2, "of": 11})]:
        rule = RUBRIC.criteria[cid].rule
        assert [f.label for f in rule.fields()] == list(filled)
        assert rule.fact_from(filled) == fact
        assert rule.fact_from({}) is None


def test_facts_schema_describes_the_new_shapes():
    schema = facts_schema(RUBRIC)
    jsonschema.Draft202012Validator.check_schema(schema)
    for cid, prop in schema["properties"].items():
        jsonschema.validate(prop["examples"][0], prop)
        evaluate(RUBRIC.criteria[cid].rule, cid, prop["examples"][0])
    jsonschema.validate({"1.1": {"actual": 54}}, schema)  # the campaign may set the target
    for wrong in ({"4.1": 0.1}, {"5.1": {"rank": 0, "of": 3}}, {"1.1": {"target": 50, "ratio": 1.08}}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(wrong, schema)
    assert "{rank: 名次, of: 参评总数}" in schema["description"]


@pytest.mark.parametrize("rule, message", [
    ({**TARGET, "tiers": [{"at_least": 1, "share": 1}, {"at_least": 0.9}]},
     "准则 1.1，字段 rule.tiers 第2档：每一档写 share（满分的比例，如 0.6）或 points（分数）其中之一"),
    ({**TARGET, "tiers": [{"at_least": 1, "share": 60}]}, "应为0至1之间的比例（0.6 表示60%），不是 60"),
    ({"kind": "target", "measure": "专利授权量"}, "缺少 points（完成目标得的满分）、tiers（按完成率分档）或 excess"),
    ({"kind": "ranking", "measure": "排名", "tiers": [{"at_most": 1, "share": 1}]},
     "档次按满分比例（share）计分时须写满分 points"),
    ({"kind": "target_completion", "measure": "专利授权量", "points": 15, "tiers": []},
     "没有规则类型 kind: target_completion；按所写字段（measure、points、tiers）可用：target、growth、ranking"),
])
def test_refused_rules_say_what_to_write(rule, message):
    doc = copy.deepcopy(DOC)
    doc["parts"][0]["sections"][0]["indicators"][0]["criteria"][0]["rule"] = rule
    with pytest.raises(Exception) as caught:
        parse_rubric(doc, "county.yaml")
    assert message in str(caught.value) and str(caught.value).startswith("county.yaml："), caught.value


def test_campaign_yaml_targets_are_checked_against_the_rubric():
    path = ROOT / "sample_inputs" / "wujiang-2023" / "campaign.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert parse_campaign(copy.deepcopy(doc), path).rubric.targets == {}  # no targets: nothing changes
    doc["targets"] = [{"criterion": "1.1", "target": 5}]
    with pytest.raises(CampaignError) as caught:
        parse_campaign(doc, path)
    assert (f"{path}：targets[0].criterion：评分细则 wujiang-2023 中准则 1.1 的规则是 flag，不按目标任务计分"
            "（可设目标的准则：无）") in str(caught.value)
