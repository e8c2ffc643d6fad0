"""A self-score changed by hand in the score table moves seed 004's weighted composite with it (综合评分 =
自我评价 × 20 % + 部门考核 × 40 % + 平时工作信息报送 × 40 %, seed 004 第四条)."""

from decimal import Decimal
from types import SimpleNamespace

from ipdocs.render.edits import apply_overrides
from ipdocs.rubric import load_rubric, score


def test_override_recomputes_the_composite():
    rubric = load_rubric("hubei-2019")
    sheet = score(rubric, {"composite": {"部门考核": 90, "平时工作信息报送": 80}})
    assert sheet.composite["total"] == round(0.2 * float(sheet.total) + 0.4 * 90 + 0.4 * 80, 2)
    first = rubric.indicators[0]
    overrides = {first.id: {"indicator": first.id, "score": Decimal(first.max) if first.max else Decimal(1),
                            "file": "评分表.xlsx", "cell": "D5"}}
    changed = apply_overrides(SimpleNamespace(rubric=rubric), sheet, overrides)
    assert changed.total == sheet.total - sheet.indicators[first.id].score + overrides[first.id]["score"]
    assert changed.total != sheet.total
    assert changed.composite["parts"]["自我评价"] == float(changed.total)
    assert changed.composite["parts"]["部门考核"] == 90 and changed.composite["parts"]["平时工作信息报送"] == 80
    assert changed.composite["total"] == round(0.2 * float(changed.total) + 0.4 * 90 + 0.4 * 80, 2)
