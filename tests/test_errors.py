"""Bad facts and bad rubrics give one clear message naming the criterion (or file and ID) and what was
expected."""

import copy

import pytest

from ipdocs.base.errors import FactError, IpdocsError, RubricError
from ipdocs.rubric import load_facts, load_rubric, parse_rubric, score


def facts_error(rubric_id, facts):
    with pytest.raises(FactError) as info:
        score(load_rubric(rubric_id), facts)
    return str(info.value)


@pytest.mark.parametrize("facts, expected", [
    ({"99.9": True}, ["99.9", "没有该准则编号"]),
    ({"1.1": 3}, ["1.1", "true 或 false"]),
    ({"3.2": "三次"}, ["3.2", "次数"]),
    ({"3.2": -1}, ["3.2", "不能为负数"]),
    ({"3.1": 2}, ["3.1", "国家级、省级、市级"]),
    ({"3.1": {"县级": 1}}, ["3.1", "县级", "不在本项的类别中"]),
    ({"3.1": {"省级": -2}}, ["3.1", "不能为负数"]),
    ({"7.2": "全部公开"}, ["7.2", "行政案件信息公开率"]),
    ({"18.1": -1}, ["18.1", "不能为负数"]),
    ({"7.2": float("nan")}, ["7.2", "比率"]),
    ({"12.6": float("inf")}, ["12.6", "比率"]),
])
def test_bad_facts_wujiang(facts, expected):
    message = facts_error("wujiang-2023", facts)
    assert all(word in message for word in expected), message
    assert "\n" not in message


def test_judged_points_above_the_maximum():
    message = facts_error("xinyang-2021", {"14.1": 9})
    assert "14.1" in message and "超过本项最高分 8" in message
    assert "不能为负数" in facts_error("xinyang-2021", {"14.1": -1})


def test_unknown_choice_lists_the_options():
    message = facts_error("market-standard", {"17.1": "副组长"})
    assert "17.1" in message and "“市场主要负责人任组长”" in message


def test_quota_and_composite_shapes():
    assert "有效专利量" in facts_error("hubei-2019", {"6.1": 120})
    assert "未知字段" in facts_error("hubei-2019", {"6.1": {"有效专利量": 1, "办案量": 2, "人口": 3}})
    assert "未知部分" in facts_error("hubei-2019", {"composite": {"群众评议": 80}})
    assert "0至107" in facts_error("hubei-2019", {"composite": {"部门考核": 120}})
    assert "没有综合评分" in facts_error("wujiang-2023", {"composite": {"部门考核": 80}})


def test_categorised_deduction_needs_categories_for_a_count():
    assert "重大突发事件" in facts_error("hubei-2019", {"29.1": 2})


def test_facts_file_problems_name_the_file(tmp_path):
    bad = tmp_path / "facts.yaml"
    bad.write_text("- 1.1\n- 1.2\n", encoding="utf-8")
    with pytest.raises(FactError, match="facts.yaml"):
        load_facts(bad)
    bad.write_text("1.1: [true\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match="facts.yaml.*YAML"):
        load_facts(bad)
    with pytest.raises(IpdocsError, match="找不到事实文件"):
        load_facts(tmp_path / "missing.yaml")


def test_ids_like_11_10_stay_text(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text("11.10: true\n11.1: [发布抽查结果通报]\n", encoding="utf-8")
    loaded = load_facts(facts)
    assert set(loaded) == {"11.10", "11.1"}
    s = score(load_rubric("hubei-2019"), loaded).to_json()
    assert s["criteria"]["11.10"]["score"] == 0.3 and s["criteria"]["11.1"]["score"] == 0.3


# --- bad rubrics -------------------------------------------------------------------------------------

GOOD = {
    "id": "tiny", "title": "小型考核", "issuer": "某局", "year": 2024, "assessee": "某区",
    "parts": [{"part": "base", "points": 5, "sections": [{"title": "一类", "points": 5, "indicators": [
        {"id": "1", "title": "指标一", "max": 3, "criteria": [
            {"id": "1.1", "text": "得2分", "rule": {"kind": "flag", "points": 2}},
            {"id": "1.2", "text": "每次0.5分，最多1分", "rule": {"kind": "per_occurrence", "points": 0.5, "max": 1}},
        ]},
        {"id": "2", "title": "指标二", "max": 2, "criteria": [
            {"id": "2.1", "text": "专家打分", "rule": {"kind": "judged", "max": 2}},
        ]},
    ]}]}],
}


def broken(change):
    doc = copy.deepcopy(GOOD)
    change(doc)
    with pytest.raises(RubricError) as info:
        parse_rubric(doc, "tiny.yaml")
    return str(info.value)


def indicators(doc):
    return doc["parts"][0]["sections"][0]["indicators"]


def test_good_tiny_rubric_parses():
    assert parse_rubric(copy.deepcopy(GOOD), "tiny.yaml").part_points("base") == 5


def test_clauses_that_cannot_reach_the_indicator_maximum():
    def change(doc):
        indicators(doc)[0]["max"] = 4
        doc["parts"][0]["points"] = doc["parts"][0]["sections"][0]["points"] = 6
    message = broken(change)
    assert "tiny.yaml" in message and "指标 1" in message and "达不到标明的4分" in message


def test_section_and_part_totals_must_add_up():
    message = broken(lambda doc: doc["parts"][0]["sections"][0].update(points=6))
    assert "“一类”标明6分" in message and "合计5分" in message
    message = broken(lambda doc: doc["parts"][0].update(points=7))
    assert "基础指标标明7分" in message


def test_duplicate_ids():
    message = broken(lambda doc: indicators(doc)[0]["criteria"][1].update(id="1.1"))
    assert "准则 1.1" in message and "编号重复" in message


def test_unknown_rule_kind_names_the_criterion():
    message = broken(lambda doc: indicators(doc)[0]["criteria"][0]["rule"].update(kind="bogus"))
    assert "tiny.yaml" in message and "准则 1.1" in message and "bogus" in message and "可用：flag" in message
    assert "per_occurrence" in message


def test_criterion_id_must_belong_to_its_indicator():
    message = broken(lambda doc: indicators(doc)[1]["criteria"][0].update(id="3.1"))
    assert "准则 3.1" in message and "所属指标 2" in message


def test_schema_errors_name_file_and_place():
    message = broken(lambda doc: doc.pop("title"))
    assert "tiny.yaml" in message and "缺少必填字段 title" in message
    message = broken(lambda doc: indicators(doc)[0]["criteria"][0]["rule"].pop("points"))
    assert "准则 1.1" in message and "缺少必填字段 points" in message
    message = broken(lambda doc: indicators(doc)[0]["criteria"][0].update(id=1.1))
    assert "准则 1.1，字段 id：应为文字，实为 1.1" in message
    message = broken(lambda doc: indicators(doc)[0].update(weight=3))
    assert "指标 1" in message and "有未知字段 weight" in message


def test_cross_references_and_weights():
    assert "不存在的准则 9.9" in broken(lambda doc: doc.update(vetoes=[{"criterion": "9.9", "text": "否决"}]))
    message = broken(lambda doc: doc.update(composite=[{"name": "自评", "weight": 0.5, "self": True},
                                                        {"name": "部门", "weight": 0.4}]))
    assert "权重合计应为1" in message
    message = broken(lambda doc: indicators(doc)[0].update(groups=[{"criteria": ["1.1", "2.1"], "max": 1}]))
    assert "不属于本指标的准则 2.1" in message


def test_deduction_part_cannot_award_points():
    def change(doc):
        doc["parts"].append({"part": "deduction", "points": 2, "sections": [{"title": "扣分", "indicators": [
            {"id": "9", "title": "扣分项", "max": 2, "criteria": [
                {"id": "9.1", "text": "得2分", "rule": {"kind": "flag", "points": 2}}]}]}]})
    assert "扣分项中的准则不能加分" in broken(change)


def test_rubric_files_that_cannot_be_read(tmp_path):
    with pytest.raises(IpdocsError, match="找不到评分细则：no-such-scheme"):
        load_rubric("no-such-scheme")
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match="bad.yaml：第.*行YAML 格式错误"):
        load_rubric(bad)
