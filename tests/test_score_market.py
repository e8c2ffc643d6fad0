"""Seed 003 (知识产权保护规范化市场): hand-computed scenarios."""

from conftest import full_facts

RID = "market-standard"


def test_full_marks_and_no_grades(sheet, rubric):
    s = sheet(RID, full_facts(rubric(RID)))
    assert (s["base"], s["bonus"], s["deduction"], s["total"]) == (100, 10, 0, 110)
    assert s["grade"] is None


def test_exclusive_choices_and_listed_systems(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({
        "17.1": "市场非主要负责人任组长",    # 2 of 3
        "18.1": "兼职",                      # 2 of 3
        "4.1": ["知识产权商品索证制度", "知识产权商品备案制度", "知识产权商品日常检查制度",
                "市场知识产权纠纷处理办法", "商户知识产权档案管理制度"],  # 5 × 2 = 10 of 14
        "30.1": False, "30.2": True,        # 市场内未发生知识产权纠纷的，此项计2分
    })
    s = sheet(RID, facts)
    assert s["criteria"]["4.1"]["score"] == 10
    assert s["indicators"]["30"]["score"] == 2
    assert s["total"] == 94                  # 100 − 1 − 1 − 4


def test_two_ways_to_the_same_points_are_capped(sheet):
    s = sheet(RID, {"30.1": True, "30.2": True})
    assert s["indicators"]["30"]["score"] == 2     # 2 + 2 capped at 2


def test_per_occurrence_caps(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({"6.2": 3, "11.2": 2, "24.1": 4, "25.1": 10, "28.1": 5})
    s = sheet(RID, facts)
    # 6.2: 1.5 of 2; 11.2: 1 of 2; 24.1: 2 of 3; 25.1: 5 → 3 (cap); 28.1: 2.5 of 3
    assert [s["criteria"][k]["score"] for k in ("6.2", "11.2", "24.1", "25.1", "28.1")] == [1.5, 1, 2, 3, 2.5]
    assert s["total"] == 97                  # 100 − 0.5 − 1 − 1 − 0.5


def test_expert_bonus_and_event_deductions(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    s = sheet(RID, {**facts, "bonus-1.1": 4.5, "bonus-2.1": 3, "deduct-1.1": 3, "deduct-2.1": 1})
    # bonus 4.5 + min(3 × 2, 4) = 8.5; deductions min(3 × 2, 5) + 2 = 7
    assert (s["bonus"], s["deduction"], s["total"]) == (8.5, -7, 101.5)
    s = sheet(RID, {**facts, "deduct-1.1": 5, "deduct-2.1": 5})
    assert (s["indicators"]["deduct-1"]["score"], s["deduction"], s["total"]) == (-5, -10, 90)


def test_submitted_reports_by_name(sheet):
    s = sheet(RID, {"26.1": ["项目实施工作计划", "年度总结"]})
    assert s["criteria"]["26.1"]["score"] == 2
