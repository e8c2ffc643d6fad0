"""Seed 001 (信阳市 2021): hand-computed scenarios."""

from conftest import full_facts

RID = "xinyang-2021"


def test_full_marks(sheet, rubric):
    s = sheet(RID, full_facts(rubric(RID)))
    assert (s["base"], s["bonus"], s["deduction"], s["total"], s["grade"]) == (100, 10, 0, 110, "优秀")


def test_exclusive_choice_judged_points_and_occurrence_caps(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({
        "2.3": "以其他名义印发",   # 1 instead of 2          → −1
        "6.1": 2,                  # 2 instead of 3          → −1
        "6.3": 5,                  # 5 trainings, capped at 3 → 0
        "1.2": 1,                  # one meeting: 2 of 4     → −2
        "16.1": 6.5,               # judged 6.5 of 9         → −2.5
    })
    s = sheet(RID, facts)
    assert s["criteria"]["2.3"]["score"] == 1
    assert s["criteria"]["6.3"]["score"] == 3
    assert s["indicators"]["6"]["score"] == 7          # 2 + 2 + 3
    assert (s["total"], s["grade"]) == (93.5, "优秀")  # 100 − 1 − 1 − 2 − 2.5
    facts["2.3"] = "未印发"
    assert sheet(RID, facts)["criteria"]["2.3"]["score"] == 0


def test_deductions_with_caps_and_exact_decimals(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    s = sheet(RID, {**facts, "22.1": 2, "23.1": True, "24.1": 3, "25.1": 1, "26.1": 1})
    # 22: 2 events but 扣3分 once; 23: 3; 24: 3 × 0.2 = 0.6; 25: 1; 26: 1 → 8.6
    assert s["indicators"]["22"]["score"] == -3
    assert s["indicators"]["24"]["score"] == -0.6
    assert (s["deduction"], s["total"]) == (-8.6, 91.4)
    s = sheet(RID, {**facts, "22.1": 1, "23.1": 1, "24.1": 12, "25.1": 1, "26.1": 1})
    assert s["criteria"]["24.1"]["score"] == -2         # 12 × 0.2 = 2.4 → 最多扣2分
    assert (s["deduction"], s["total"], s["grade"]) == (-10, 90, "优秀")


def test_false_reporting_penalty_is_outside_the_deduction_cap(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    s = sheet(RID, {**facts, "22.2": True})
    assert s["criteria"]["22.2"]["score"] == -10
    assert s["indicators"]["22"]["score"] == 0
    assert (s["deduction"], s["total"], s["grade"]) == (-10, 90, "优秀")
    s = sheet(RID, {**facts, "22.2": True, "22.1": 1, "23.1": 1, "24.1": 10, "25.1": 1, "26.1": 1})
    # scored deductions 3+3+2+1+1 = 10 (the part's cap), then the penalty's 10 on top
    assert (s["deduction"], s["total"], s["grade"]) == (-20, 80, "良好")
    assert any("22.2" in n for n in s["notes"])


def test_grades_good_and_fair(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({"14.1": 0, "15.1": 0, "16.1": 0})           # 100 − 8 − 2 − 9 = 81
    assert (sheet(RID, facts)["total"], sheet(RID, facts)["grade"]) == (81, "良好")
    facts["9.1"] = False                                       # − 6 → 75
    facts.update({"17.1": 1.5, "20.1": True})                  # bonus 1.5 + 2 → 78.5
    s = sheet(RID, facts)
    assert (s["bonus"], s["total"], s["grade"]) == (3.5, 78.5, "一般")
