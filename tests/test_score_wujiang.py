"""Seed 000 (韶关市武江区 2023): hand-computed scenarios against the seed's 附件1/附件2."""

from pathlib import Path

from conftest import full_facts

from ipdocs.rubric import load_facts

RID = "wujiang-2023"
SAMPLE = Path(__file__).resolve().parents[1] / "sample_inputs" / "wujiang-2023" / "facts.yaml"


def test_full_marks_caps_the_bonus_indicator_at_8_of_16(sheet, rubric):
    s = sheet(RID, full_facts(rubric(RID)))
    # base 100; 16's clauses give 3+1+3+2+2+2+2+1 = 16, capped at 8; 17 gives 2 → bonus 10.
    assert (s["base"], s["bonus"], s["deduction"], s["total"]) == (100, 10, 0, 110)
    assert s["indicators"]["16"] == {"score": 8, "max": 8, "reason": s["indicators"]["16"]["reason"]}
    assert "超过该项8分" in s["indicators"]["16"]["reason"]
    assert s["grade"] is None and s["excellent_eligible"] is True      # seed 000 defines no grades


def test_veto_on_1_1_makes_the_total_ineligible_for_excellent(sheet, rubric):
    facts = full_facts(rubric(RID))
    facts["1.1"] = False
    s = sheet(RID, facts)
    # 100 − 6 = 94 base, + 10 bonus = 104 ≥ 90, but 未组织开展专题学习的，不列入优秀等次.
    assert s["total"] == 104
    assert s["excellent_eligible"] is False
    assert s["grade"] is None                                          # no 良好: the seed names none
    assert any("不列入优秀等次" in n for n in s["notes"])


def test_sample_self_evaluation(sheet):
    s = sheet(RID, load_facts(SAMPLE))
    # 7: 6 + 0 (公开率96%) + 3 (three types) + 4 (专利) = 13
    assert s["indicators"]["7"]["score"] == 13
    # 8: 3 (三个领域) + 1 + 0 + 1 + 1 + 2×0.5 + min(4×0.5, 1.5) = 8.5
    assert s["indicators"]["8"]["score"] == 8.5
    # 12: 2+2+2 + 1 (金额) + (0.5+0.25) + 0 (增长12%) + (0.5+2×0.1) = 8.45
    assert s["indicators"]["12"]["score"] == 8.45
    # base 11+7+4.5+1.5+3+8+13+8.5+2+4+4+8.45+3+3+2 = 82.95; bonus (1+2×0.5+0.5)+1 = 3.5; 18.2 −1
    assert (s["base"], s["bonus"], s["deduction"], s["total"]) == (82.95, 3.5, -1, 85.45)
    assert s["grade"] is None
    assert s["indicators"]["7"]["reason"] == (
        "7.2：行政案件信息公开率为96%，未达到得分条件，不得分；7.4：专利4分，得4分，未达到：地理标志（特殊标志）")
    assert s["indicators"]["18"]["reason"] == "18.2：发生1起，每起扣1分，扣1分"


def test_first_occurrence_values_and_category_caps(sheet):
    c = sheet(RID, {"12.5": 1, "12.7": 4, "3.1": {"省级": 1}, "16.5": {"国家知识产权示范企业": 1,
                                                                      "省知识产权示范企业": 1}})["criteria"]
    assert c["12.5"]["score"] == 0.5                  # 发展企业成功入池得0.5分
    assert c["12.7"]["score"] == 0.8                  # 0.5 + 3 × 0.1
    assert c["3.1"]["score"] == 1.5                   # 省级 1.5
    assert c["16.5"]["score"] == 1.5                  # 1 + 0.5
    c = sheet(RID, {"12.5": 3, "12.7": 7, "3.1": {"省级": 1, "市级": 1}, "3.2": 5})["criteria"]
    assert c["12.5"]["score"] == 1                    # 0.5 + 2 × 0.25
    assert c["12.7"]["score"] == 1                    # 0.5 + 6 × 0.1 = 1.1 → 最多得1分
    assert c["3.1"]["score"] == 2                     # 1.5 + 1 = 2.5 → 最多得2分
    assert c["3.2"]["score"] == 2                     # 5 × 0.5 = 2.5 → 最多得2分
    assert "超过上限" in c["3.2"]["reason"]
    assert sheet(RID, {"12.5": 4})["criteria"]["12.5"]["score"] == 1  # 1.25 → 1


def test_deductions_per_event_capped_per_clause(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    s = sheet(RID, {**facts, "18.1": 3, "18.2": 1})
    assert (s["deduction"], s["total"]) == (-4, 96)       # 3×1 + 1×1
    s = sheet(RID, {**facts, "18.1": 7, "18.2": 6})
    assert s["criteria"]["18.1"]["score"] == -5           # 7 → 最多扣5分
    assert (s["indicators"]["18"]["score"], s["total"]) == (-10, 90)


def test_no_grade_at_any_total(sheet, rubric):
    """Seed 000 states no grade thresholds (优秀 appears only in 1.1's veto): no total gets a grade."""
    facts = full_facts(rubric(RID), part="base")
    facts.update({"1.2": False, "5.1": False, "2.1": False})     # 100 − 5 − 3 − 2 = 90
    assert (sheet(RID, facts)["total"], sheet(RID, facts)["grade"]) == (90, None)
    facts["3.2"] = 3
    assert sheet(RID, facts)["grade"] is None
    assert rubric(RID).grades == []


def test_absent_facts_score_zero_and_say_why(sheet):
    s = sheet(RID, {})
    assert (s["total"], s["grade"]) == (0, None)
    assert s["criteria"]["1.1"] == {"score": 0, "max": 6, "reason": "未提供材料，不得分"}
    assert s["criteria"]["18.1"]["reason"] == "未报告发生，不扣分"
    assert s["excellent_eligible"] is False  # 1.1 not shown: the veto applies
