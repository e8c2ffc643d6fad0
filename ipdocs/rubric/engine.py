"""The scoring engine: rubric + facts → score sheet. Pure: no files, no clock.

Order of arithmetic, as the seeds state it:
1. each criterion within its own cap (最多得X分 / 扣完X分为止);
2. an indicator's gains within its groups' caps, then within its stated maximum (seed 000 #16: 8 of 16);
   its losses come off what it earned, never below 0 (deduction items inside a base indicator);
3. the bonus part within its stated total, the deduction part within its stated total;
4. base + bonus within the scheme's total cap (seed 004: 加满107分为止), then deductions;
5. penalties (seed 001: 虚假报送 直接扣10分) on the total, outside every cap;
6. grade by total; a veto (seed 000 1.1) drops an excellent total to the next grade.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ipdocs.base.errors import FactError
from ipdocs.base.numbers import ZERO, dec, fmt, is_number, round2, to_json
from ipdocs.rubric.facts import RESERVED_FACT_KEYS, with_target
from ipdocs.rubric.labels import display_text
from ipdocs.rubric.model import Indicator, Rubric
from ipdocs.rubric.scoring import Outcome, evaluate


@dataclass
class CriterionScore:
    score: Decimal
    max: Decimal
    reason: str
    done: bool | None = None
    capped: bool = True  # False: no maximum stated (max shows 0; JSON null)


@dataclass
class IndicatorScore:
    score: Decimal
    max: Decimal
    reason: str  # the 扣分原因 of the scoring table
    capped: bool = True


@dataclass
class ScoreSheet:
    rubric_id: str
    base: Decimal
    bonus: Decimal
    deduction: Decimal
    total: Decimal
    grade: str | None
    excellent_eligible: bool
    indicators: dict[str, IndicatorScore]
    criteria: dict[str, CriterionScore]
    notes: list[str] = field(default_factory=list)  # caps, vetoes, penalties that changed the total
    composite: dict | None = None
    completeness: dict | None = None  # checklist rubrics (seed 002)

    def to_json(self) -> dict:
        out = {
            "rubric": self.rubric_id,
            "total": to_json(self.total),
            "base": to_json(self.base),
            "bonus": to_json(self.bonus),
            "deduction": to_json(self.deduction),
            "grade": self.grade,
            "excellent_eligible": self.excellent_eligible,
            "indicators": {k: {"score": to_json(v.score), "max": to_json(v.max) if v.capped else None,
                               "reason": v.reason}
                           for k, v in self.indicators.items()},
            "criteria": {k: {"score": to_json(v.score), "max": to_json(v.max) if v.capped else None,
                             "reason": v.reason,
                             **({"done": v.done} if v.done is not None else {})}
                         for k, v in self.criteria.items()},
            "notes": self.notes,
        }
        if self.composite is not None:
            out["composite"] = self.composite
        if self.completeness is not None:
            out["completeness"] = self.completeness
        return out


def _absent(deduction: bool) -> Outcome:
    return Outcome(ZERO, ZERO, "未报告发生，不扣分" if deduction else "未提供材料，不得分")


def _check_keys(rubric: Rubric, facts: dict) -> None:
    criteria = rubric.criteria
    unknown = [k for k in facts if k not in criteria and k not in RESERVED_FACT_KEYS]
    if unknown:
        sample = "、".join(list(criteria)[:6])
        raise FactError(f"事实 {unknown[0]}：评分细则 {rubric.id} 中没有该准则编号"
                        f"（编号形如 {sample} …，可用 ipdocs rubric show {rubric.id} 查看）")


def _score_indicator(ind: Indicator, outcomes: dict[str, Outcome]) -> tuple[Decimal, str]:
    """An indicator's score and the reason its points fell short or were capped."""
    scored = [c for c in ind.criteria if not c.rule.penalty]
    if ind.part == "deduction":
        raw = sum((outcomes[c.id].loss for c in scored), ZERO)
        loss = min(raw, ind.max) if ind.capped else raw
        reasons = [f"{c.id}：{outcomes[c.id].reason}" for c in scored if outcomes[c.id].loss]
        if loss < raw:
            reasons.append(f"合计扣{fmt(raw)}分，超过该项最多扣{fmt(ind.max)}分，按{fmt(loss)}分计")
        return -loss, "；".join(reasons) or "未发生，不扣分"

    notes = []
    gains = {c.id: outcomes[c.id].gain for c in scored}
    grouped = set()
    earned = ZERO
    for group in ind.groups:
        raw = sum((gains[cid] for cid in group.criteria), ZERO)
        earned += min(raw, group.max)
        grouped.update(group.criteria)
        if raw > group.max:
            notes.append(f"{group.text or '、'.join(group.criteria)}合计{fmt(raw)}分，按上限{fmt(group.max)}分计")
    earned += sum((g for cid, g in gains.items() if cid not in grouped), ZERO)
    if ind.capped and earned > ind.max:
        notes.append(f"各项合计{fmt(earned)}分，超过该项{fmt(ind.max)}分，按{fmt(ind.max)}分计")
        earned = ind.max
    loss = sum((outcomes[c.id].loss for c in scored), ZERO)
    score = max(earned - loss, ZERO)
    if loss:
        notes.append(f"扣{fmt(loss)}分" + ("，扣至0分为止" if loss > earned else ""))
    shortfalls = [f"{c.id}：{outcomes[c.id].reason}" for c in scored  # uncapped: how it was computed
                  if outcomes[c.id].gain < c.max or outcomes[c.id].loss or not c.capped]
    if ind.capped and score == ind.max and not loss:
        return score, "；".join(notes)
    return score, "；".join(shortfalls + notes)


def _composite(rubric: Rubric, given, self_total: Decimal) -> dict | None:
    if not rubric.composite:
        if given is not None:
            raise FactError(f"事实 composite：评分细则 {rubric.id} 没有综合评分")
        return None
    given = given or {}
    if not isinstance(given, dict):
        raise FactError("事实 composite：应为“部分名称: 得分”的映射")
    names = {c.name for c in rubric.composite if not c.self_score}
    unknown = set(given) - names
    if unknown:
        raise FactError(f"事实 composite：未知部分 {'、'.join(sorted(unknown))}（应为 {'、'.join(sorted(names))}）")
    ceiling = rubric.total_cap or (rubric.part_points("base") + rubric.part_points("bonus"))
    parts = {}
    for c in rubric.composite:
        if c.self_score:
            parts[c.name] = self_total
            continue
        value = given.get(c.name)
        if value is None:
            continue
        if not is_number(value) or not ZERO <= dec(value) <= ceiling:
            raise FactError(f"事实 composite.{c.name}：应为0至{fmt(ceiling)}之间的得分，给出的是 {value!r}")
        parts[c.name] = dec(value)
    weights = {c.name: c.weight for c in rubric.composite}
    missing = [c.name for c in rubric.composite if c.name not in parts]
    total = None if missing else round2(sum((weights[n] * parts[n] for n in parts), ZERO))
    return {
        "weights": {n: to_json(w) for n, w in weights.items()},
        "parts": {n: to_json(v) for n, v in parts.items()},
        "missing": missing,
        "total": None if total is None else to_json(total),
    }


def rescored_composite(rubric: Rubric, composite: dict | None, self_total: Decimal) -> dict | None:
    """A sheet's composite with its self-assessed part set to a new total (a hand-changed score table)."""
    if composite is None:
        return None
    own = {c.name for c in rubric.composite if c.self_score}
    return _composite(rubric, {n: v for n, v in composite["parts"].items() if n not in own}, self_total)


def score(rubric: Rubric, facts: dict) -> ScoreSheet:
    """Score `facts` (criterion ID → value, DESIGN §4) against `rubric`."""
    facts = dict(facts or {})
    _check_keys(rubric, facts)
    indicators: dict[str, IndicatorScore] = {}
    criteria: dict[str, object] = {}
    outcomes: dict[str, Outcome] = {}
    for ind in rubric.indicators:
        for c in ind.criteria:
            deduction = ind.part == "deduction" or c.rule.penalty
            value = with_target(rubric, c.id, facts.get(c.id))
            outcome = _absent(deduction) if value is None else evaluate(c.rule, c.id, value)
            if c.rule.checklist and value is None:
                outcome = Outcome(ZERO, ZERO, "未报告完成情况", done=False)
            outcomes[c.id] = outcome
            criteria[c.id] = CriterionScore(outcome.gain - outcome.loss, c.max, outcome.reason, outcome.done,
                                            c.capped)
        points, reason = _score_indicator(ind, outcomes)
        indicators[ind.id] = IndicatorScore(points, ind.max, reason, ind.capped)

    if not rubric.scored:
        return _checklist_sheet(rubric, indicators, criteria)

    notes: list[str] = []
    by_part = {name: sum((indicators[i.id].score for i in rubric.indicators if i.part == name), ZERO)
               for name in ("base", "bonus", "deduction")}
    base = by_part["base"]
    bonus = by_part["bonus"]
    bonus_max = rubric.part_cap("bonus")
    if bonus_max is not None and bonus > bonus_max:
        notes.append(f"加分项合计{fmt(bonus)}分，超过加分上限{fmt(bonus_max)}分，按{fmt(bonus_max)}分计")
        bonus = bonus_max
    if rubric.total_cap is not None and base + bonus > rubric.total_cap:
        capped = max(rubric.total_cap - base, ZERO)
        notes.append(f"基础得分{fmt(base)}分加加分{fmt(bonus)}分超过总分上限{fmt(rubric.total_cap)}分，"
                     f"加分按{fmt(capped)}分计")
        bonus = capped
    deduction = by_part["deduction"]
    deduction_max = rubric.part_cap("deduction")
    if deduction_max is not None and -deduction > deduction_max:
        notes.append(f"扣分项合计{fmt(-deduction)}分，超过扣分上限{fmt(deduction_max)}分，按{fmt(deduction_max)}分计")
        deduction = -deduction_max
    for cid, c in rubric.criteria.items():
        if c.rule.penalty and outcomes[cid].loss:
            deduction -= outcomes[cid].loss
            notes.append(f"{cid}：{outcomes[cid].reason}（不受扣分上限限制）")
    total = base + bonus + deduction

    vetoed = [v for v in rubric.vetoes if outcomes[v.criterion].gain == 0]
    # only the grades the scheme defines (rubric.grades); a scheme without grades gives none (seed 000, 003, 004)
    grade = next((g.name for g in rubric.grades if total >= g.min), None)
    if vetoed and rubric.grades and grade == rubric.grades[0].name:
        lower = next((g.name for g in rubric.grades[1:] if total >= g.min), None)
        notes.append(f"{vetoed[0].criterion}：{vetoed[0].text}，等次由{grade}降为{lower}")
        grade = lower
    elif vetoed:
        notes.append(f"{vetoed[0].criterion}：{vetoed[0].text}")

    for item in (*indicators.values(), *criteria.values()):  # reasons name criteria by the seed's own numbers
        item.reason = display_text(rubric, item.reason)
    notes = [display_text(rubric, n) for n in notes]
    return ScoreSheet(
        rubric_id=rubric.id, base=base, bonus=bonus, deduction=deduction, total=total, grade=grade,
        excellent_eligible=not vetoed, indicators=indicators, criteria=criteria, notes=notes,
        composite=_composite(rubric, facts.get("composite"), total),
    )


def _checklist_sheet(rubric: Rubric, indicators, criteria) -> ScoreSheet:
    """Seed 002 states no points: report how many 要点 are done, per indicator and overall."""
    done_total = 0
    for ind in rubric.indicators:
        done = sum(1 for c in ind.criteria if criteria[c.id].done)
        done_total += done
        missing = [c.id for c in ind.criteria if not criteria[c.id].done]
        indicators[ind.id].reason = f"已完成{done}/{len(ind.criteria)}项" + (
            f"，未完成：{'、'.join(missing)}" if missing else "")
    count = len(criteria)
    return ScoreSheet(
        rubric_id=rubric.id, base=ZERO, bonus=ZERO, deduction=ZERO, total=ZERO, grade=None,
        excellent_eligible=True, indicators=indicators, criteria=criteria,
        completeness={"done": done_total, "total": count,
                      "rate": to_json(round2(Decimal(done_total) / count)) if count else 0},
    )
