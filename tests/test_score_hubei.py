"""Seed 004 (湖北省 2019 打击侵权假冒): hand-computed scenarios, including the seed's own 107 example."""

from conftest import full_facts

RID = "hubei-2019"


def test_full_base_is_107_and_the_bonus_cannot_exceed_it(sheet, rubric):
    s = sheet(RID, full_facts(rubric(RID)))
    assert (s["base"], s["bonus"], s["total"]) == (107, 0, 107)
    assert any("总分上限107分" in n for n in s["notes"])


def test_the_seeds_own_top_up_example(sheet, rubric):
    # 说明: 其它项得分为106分，该项加2分，则总考核分数为107分；如果该项加0.5分，则总考核分数为106.5分。
    facts = full_facts(rubric(RID), part="base")
    facts["1.1"] = False                                     # 107 − 1 = 106
    assert sheet(RID, {**facts, "26.2": True})["total"] == 107
    s = sheet(RID, {**facts, "26.1": {"省直各厅局表彰": 5}})  # 5 × 0.1 = 0.5
    assert (s["bonus"], s["total"]) == (0.5, 106.5)


def test_in_item_deductions_come_off_the_item(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({
        "8.7": 4,                                                  # 4 × 0.25 = 1 off item 8
        "11.12": 3,                                                # 3 × 0.2 = 0.6 off item 11
        "13.2": {"部署落实反不正当竞争执法专项行动": True, "未开展专项整治行动": 3},  # +1 − 1.5
        "27.1": "无工作方案",                                       # −0.5 instead of +1
    })
    s = sheet(RID, facts)
    assert s["indicators"]["8"]["score"] == 5
    assert s["indicators"]["11"]["score"] == 2.4
    assert s["criteria"]["13.2"]["score"] == -0.5
    assert s["indicators"]["13"]["score"] == 4.5                  # 6 earned − 1.5
    assert s["indicators"]["27"]["score"] == 2.5                  # 3 earned − 0.5
    assert s["total"] == 102.4                                    # 107 − 1 − 0.6 − 1.5 − 1.5


def test_item_floor_and_group_cap(sheet):
    s = sheet(RID, {"8.7": 20, "11.1": ["组织开展林木种苗质量监督抽查"], "11.5": 20})
    assert s["criteria"]["8.7"]["score"] == -3                    # 20 × 0.25 = 5 → 扣完3分为止
    assert s["indicators"]["8"]["score"] == 0                     # nothing earned, never below 0
    # 11: 0.3 + 20 × 0.1 = 2.3, but 第(1)至(5)项满分1.5分
    assert s["indicators"]["11"]["score"] == 1.5
    assert "第(1)至(5)项" in s["indicators"]["11"]["reason"]


def test_tiers_decline_quota_and_failures(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    facts.update({
        "12.1": 0.8,                                               # 超过70%但不足100% → 0.5 (−0.5)
        "12.3": 3,                                                 # 3起以下 → 0.5 (−0.5)
        "15.2": 0.85,                                              # 15 % down: one step → 0.9 (−0.1)
        "20.2": 0.7,                                               # 30 points down: two steps → 4.8 (−0.2)
        "6.1": {"有效专利量": 60000, "办案量": 80, "较去年增长": False},  # quota 100 not met (−1.5)
        "28.1": 61,                                                # 第61至第120位 → 1.5 (−0.5)
        "10.6": 2,                                                 # 0.4 − 2 × 0.1 = 0.2 (−0.2)
        "22.1": 3,                                                 # 4 − 3 × 0.5 = 2.5 (−1.5)
        "26.1": {"党中央、国务院表彰": 1}, "26.2": True,            # bonus 0.5 + 2
    })
    s = sheet(RID, facts)
    assert [s["criteria"][k]["score"] for k in ("12.1", "12.3", "15.2", "20.2", "6.1", "28.1", "10.6", "22.1")] \
        == [0.5, 0.5, 0.9, 4.8, 0, 1.5, 0.2, 2.5]
    assert s["base"] == 102                                        # 107 − 5
    assert (s["bonus"], s["total"]) == (2.5, 104.5)                # 2.5 fits under the 107 cap


def test_tier_and_band_edges(sheet):
    c = lambda facts, cid: sheet(RID, facts)["criteria"][cid]["score"]  # noqa: E731
    assert c({"12.1": 1}, "12.1") == 1 and c({"12.1": 0.7}, "12.1") == 0 and c({"12.1": 0.71}, "12.1") == 0.5
    assert c({"12.3": 0}, "12.3") == 1 and c({"12.3": 4}, "12.3") == 0
    assert c({"28.1": 60}, "28.1") == 2 and c({"28.1": 120}, "28.1") == 1.5 and c({"28.1": 121}, "28.1") == 1
    assert c({"15.2": 0.9}, "15.2") == 0.9 and c({"15.2": 0.91}, "15.2") == 1 and c({"15.2": 1.2}, "15.2") == 1
    assert c({"15.2": 0}, "15.2") == 0                                     # ten steps: 扣完1分为止
    assert c({"6.1": {"有效专利量": 50000, "办案量": 101}}, "6.1") == 1.5   # 5万至20万: > 100
    assert c({"6.1": {"有效专利量": 50000, "办案量": 100}}, "6.1") == 0
    assert c({"6.1": {"有效专利量": 200001, "办案量": 150}}, "6.1") == 0    # 高于20万: > 200
    assert c({"6.1": {"有效专利量": 8000, "办案量": 6}}, "6.1") == 1.5      # 低于1万: > 5
    assert c({"6.1": {"有效专利量": 8000, "办案量": 1, "较去年增长": True}}, "6.1") == 1.5
    assert c({"18.1": "市州政府作出部署或考核（少一项）"}, "18.1") == 1.5


def test_systemic_risk_deduction_and_composite(sheet, rubric):
    facts = full_facts(rubric(RID), part="base")
    s = sheet(RID, {**facts, "29.1": {"重大突发事件": 1},
                    "composite": {"部门考核": 90, "平时工作信息报送": 95}})
    assert (s["deduction"], s["total"]) == (-25, 82)
    # 82 × 0.2 + 90 × 0.4 + 95 × 0.4 = 16.4 + 36 + 38 = 90.4
    assert s["composite"]["total"] == 90.4
    assert s["composite"]["parts"] == {"自我评价": 82, "部门考核": 90, "平时工作信息报送": 95}
    s = sheet(RID, {**facts, "29.1": {"重大突发事件": 1, "特别重大突发事件": 2}})
    assert (s["deduction"], s["total"]) == (-100, 7)               # 25 + 100 = 125 → 扣完100分为止
    assert s["composite"]["total"] is None and s["composite"]["missing"] == ["部门考核", "平时工作信息报送"]


def test_decimal_points_add_without_drift(sheet):
    s = sheet(RID, {"23.1": ["调整领导小组及办公室"], "23.7": 3, "1.6": {"中央主流媒体": 1, "省级主流媒体": 1,
                                                                     "其他媒体": 2},
                    "17.1": True, "17.2": True, "17.3": True, "17.4": True, "9.6": ["工作计划", "工作总结及相关数据"]})
    assert s["indicators"]["23"]["score"] == 2.3                   # 2 + 3 × 0.1
    assert s["criteria"]["1.6"]["score"] == 1                      # 0.5 + 0.3 + 2 × 0.1
    assert s["indicators"]["17"]["score"] == 1                     # 4 × 0.25
    assert s["criteria"]["9.6"]["score"] == 0.5                    # 0.2 + 0.3
    assert s["total"] == 4.8
