"""Seed 002 (永宁县 2023): a checklist without points; scoring reports completeness."""


def test_completeness_per_indicator_and_overall(sheet):
    s = sheet("yongning-2023", {"1.1": True, "1.2": False, "4.1": True, "7.1": True})
    assert s["completeness"] == {"done": 3, "total": 12, "rate": 0.25}
    assert s["indicators"]["1"]["reason"] == "已完成1/2项，未完成：1.2"
    assert s["criteria"]["1.1"]["done"] is True and s["criteria"]["3.1"]["done"] is False
    assert s["total"] == 0 and s["grade"] is None
