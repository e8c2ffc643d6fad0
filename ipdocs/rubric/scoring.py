"""How one scoring clause turns its fact into points, per rule kind.

`evaluate` reads the fact with the kind's declared shape (kinds.py / facts.py) and returns an `Outcome`
whose reason (in Chinese, it becomes the 扣分原因 column) says what was counted and why points were lost.
Absent facts never reach a rule: the engine scores them as nothing done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ipdocs.base.numbers import ZERO, fmt
from ipdocs.rubric import kinds


@dataclass(frozen=True)
class Outcome:
    gain: Decimal  # points awarded, ≥ 0, already within the rule's own cap
    loss: Decimal  # points taken off, ≥ 0, already within the rule's own cap
    reason: str
    done: bool | None = None  # checklist requirements only


def _pts(value: Decimal) -> str:
    return f"{fmt(value)}分"


def _cap(value: Decimal, cap: Decimal | None) -> Decimal:
    return value if cap is None else min(value, cap)


def _flag(rule: kinds.Flag, met: bool) -> Outcome:
    if met:
        return Outcome(rule.points, ZERO, f"已满足，得{_pts(rule.points)}")
    return Outcome(ZERO, ZERO, f"未满足，不得分（该项{_pts(rule.points)}）")


def _per_occurrence(rule: kinds.PerOccurrence, n: int) -> Outcome:
    if n == 0:
        return Outcome(ZERO, ZERO, "计0次，不得分")
    first = rule.first_points
    raw = first + (n - 1) * rule.points
    if first != rule.points:
        how = f"计{n}次，首次{_pts(first)}、此后每次{_pts(rule.points)}，合计{_pts(raw)}"
    else:
        how = f"计{n}次，每次{_pts(rule.points)}，合计{_pts(raw)}"
    gain = _cap(raw, rule.max)
    if gain < raw:
        how += f"，超过上限按{_pts(gain)}计"
    return Outcome(gain, ZERO, how)


def _tally(categories, counts: dict[str, int]) -> tuple[Decimal, Decimal, list[str]]:
    """Gains and losses over categories (label, points, max_count) and what was counted."""
    gain = loss = ZERO
    parts = []
    for label, points, max_count in categories:
        n = counts.get(label, 0)
        if n == 0:
            continue
        used = n if max_count is None else min(n, max_count)
        amount = points * used
        note = f"{label}{_pts(abs(points))}" if max_count == 1 else f"{label}{n}次×{_pts(abs(points))}"
        if used < n:
            note += f"（按{used}次计）"
        if points >= 0:
            gain += amount
            parts.append(note)
        else:
            loss += -amount
            parts.append(f"{note}（扣分）")
    return gain, loss, parts


def _per_category(rule: kinds.PerCategory, counts: dict[str, int]) -> Outcome:
    raw_gain, raw_loss, parts = _tally([(c.label, c.points, c.max_count) for c in rule.categories], counts)
    gain, loss = _cap(raw_gain, rule.max), _cap(raw_loss, rule.loss_cap)
    missing = [c.label for c in rule.categories if c.max_count == 1 and c.points > 0 and not counts.get(c.label)]
    lacking = f"，未达到：{'、'.join(missing)}" if missing and gain < rule.max_gain else ""
    if not parts:
        return Outcome(ZERO, ZERO, f"未计入任何类别，不得分{lacking}")
    reason = "、".join(parts)
    if raw_gain:
        reason += f"，得{_pts(raw_gain)}"
        if gain < raw_gain:
            reason += f"，超过上限按{_pts(gain)}计"
    if raw_loss:
        reason += f"，扣{_pts(raw_loss)}"
        if loss < raw_loss:
            reason += f"，扣分上限{_pts(loss)}"
    return Outcome(gain, loss, reason + lacking)


def _tiers(rule: kinds.Tiers, number: Decimal) -> Outcome:
    shown = f"{fmt(number * 100)}%" if rule.percent else fmt(number)
    for tier in rule.tiers:
        if tier.holds(number):
            label = f"“{tier.text}”档" if tier.text else "对应档次"
            return Outcome(tier.points, ZERO, f"{rule.measure}为{shown}，属{label}，得{_pts(tier.points)}")
    return Outcome(ZERO, ZERO, f"{rule.measure}为{shown}，未达到得分条件，不得分")


def _choice(rule: kinds.Choice, label: str) -> Outcome:
    points = rule.points_of(label)
    if points >= 0:
        return Outcome(points, ZERO, f"属“{label}”，得{_pts(points)}")
    return Outcome(ZERO, -points, f"属“{label}”，扣{_pts(-points)}")


def _judged(rule: kinds.Judged, points: Decimal) -> Outcome:
    lost = "" if points == rule.max else f"，较满分少{_pts(rule.max - points)}"
    return Outcome(points, ZERO, f"评定得{_pts(points)}{lost}")


def _decline(rule: kinds.Decline, ratio: Decimal) -> Outcome:
    if ratio >= 1:
        return Outcome(rule.points, ZERO, f"{rule.measure}为{fmt(ratio * 100)}%，未下降，得{_pts(rule.points)}")
    steps = int((1 - ratio) / rule.step)
    gain = max(rule.points - steps * rule.per_step, ZERO)
    return Outcome(gain, ZERO, f"{rule.measure}为{fmt(ratio * 100)}%，下降{fmt((1 - ratio) * 100)}个百分点，"
                               f"计{steps}档，每档扣{_pts(rule.per_step)}，得{_pts(gain)}")


def _quota(rule: kinds.Quota, fact: dict) -> Outcome:
    size, amount = fact[rule.band_by], fact[rule.measure]
    grew = bool(rule.growth and fact.get(rule.growth))
    for band in rule.bands:
        if band.holds(size):
            where = f"{rule.band_by}{fmt(size)}（{band.text}）" if band.text else f"{rule.band_by}{fmt(size)}"
            if amount > band.quota:
                return Outcome(rule.points, ZERO,
                               f"{where}，{rule.measure}{fmt(amount)}超过{fmt(band.quota)}，得{_pts(rule.points)}")
            if grew:
                return Outcome(rule.points, ZERO, f"{where}，{rule.measure}较去年增长，得{_pts(rule.points)}")
            return Outcome(ZERO, ZERO,
                           f"{where}，{rule.measure}{fmt(amount)}未超过{fmt(band.quota)}且未较去年增长，不得分")
    return Outcome(ZERO, ZERO, f"{rule.band_by}{fmt(size)}不在任何档次，不得分")


def _deduct_per_event(rule: kinds.DeductPerEvent, fact: int | dict[str, int]) -> Outcome:
    if rule.categories is not None:
        raw, _, parts = _tally([(c.label, c.points, None) for c in rule.categories], fact)
        how = "、".join(parts)
    else:
        raw = rule.points * fact
        how = f"发生{fact}起，每起扣{_pts(rule.points)}" if fact else "未发生"
    if raw == 0:
        return Outcome(ZERO, ZERO, "未发生，不扣分")
    loss = _cap(raw, rule.max)
    note = f"，扣分上限{_pts(loss)}" if loss < raw else ""
    return Outcome(ZERO, loss, f"{how}，扣{_pts(raw)}{note}")


def _points_less_events(rule: kinds.PointsLessEvents, n: int) -> Outcome:
    gain = max(rule.points - n * rule.per_event, ZERO)
    if n == 0:
        return Outcome(gain, ZERO, f"未发生，得{_pts(gain)}")
    return Outcome(gain, ZERO, f"发生{n}起，每起扣{_pts(rule.per_event)}，得{_pts(gain)}")


def _penalty(rule: kinds.Penalty, found: bool) -> Outcome:
    if found:
        return Outcome(ZERO, rule.points, f"一经发现直接扣{_pts(rule.points)}")  # seed 001 22.2 words
    return Outcome(ZERO, ZERO, "未发现，不扣分")


def _requirement(rule: kinds.Requirement, done: bool) -> Outcome:
    return Outcome(ZERO, ZERO, "已完成" if done else "未完成", done=done)


# --- target, growth, ranking: the reason states the computation ----------------------------------------

def _pct(ratio: Decimal) -> str:
    return f"{fmt(ratio * 100)}%"


def _tier_of(tiers, holds) -> tuple[Decimal | None, str]:
    """The first tier that holds: its award and how the reason names it."""
    for tier, award in tiers:
        if holds(tier):
            return award, f"属“{tier.text}”档，" if tier.text else ""
    return None, ""


def _stepped(step: kinds.Step, amount: Decimal, size: str, verb: str, counted: bool) -> tuple[Decimal, str]:
    """Points for whole steps of `amount` (excess, shortfall, growth) and how they were counted: "加0.4分",
    "计2个100万元，加2分", "超过上限按2分计". `size` writes one step; `counted`: say how many steps."""
    n = step.steps(amount)
    if n == 0:
        return ZERO, f"不足{size}，不{verb}分"
    raw = n * step.points
    how = f"计{n}个{size}，" if counted else ""
    points = _cap(raw, step.max)
    how += f"{verb}{_pts(raw)}" + (f"，超过上限按{_pts(points)}计" if points < raw else "")
    return points, how


def _award(points: Decimal, reason: str) -> Outcome:
    return Outcome(points, ZERO, reason) if points >= 0 else Outcome(ZERO, -points, reason)


def _target(rule: kinds.Target, fact: dict) -> Outcome:
    target, actual, unit = fact["target"], fact["actual"], rule.unit
    if rule.reverse:  # lower is better: completion is target ÷ actual
        ratio = target / actual if actual else Decimal("Infinity")
        over, under = target - actual, actual - target
        said = (f"实际{fmt(actual)}{unit}，目标{fmt(target)}{unit}以内（逆向指标），"
                + (f"完成率{_pct(ratio)}（{fmt(target)}/{fmt(actual)}）" if actual else "完成率按100%以上计"))
    else:
        ratio = actual / target
        over, under = actual - target, target - actual
        said = f"完成率{_pct(ratio)}（{fmt(actual)}/{fmt(target)}）"
    tiers = list(zip(rule.tiers, rule.tier_points(), strict=True))
    if tiers:
        base, label = _tier_of(tiers, lambda t: t.holds(ratio))
        parts = [f"{said}，{label}得{_pts(base)}" if base is not None else f"{said}，未达到得分条件，不得分"]
        base = base or ZERO
    elif rule.points is not None and (ratio >= 1 or rule.shortfall):
        base = rule.points
        parts = [f"{said}，{'完成目标任务' if ratio >= 1 else '未完成目标任务'}，满分{_pts(base)}"]
    else:
        base = ZERO
        parts = [f"{said}，未完成目标任务，不得分" if rule.points is not None else said]
    gain, loss = max(base, ZERO), max(-base, ZERO)
    if over > 0 and rule.excess:
        add, how = _stepped(rule.excess, over, f"{fmt(rule.excess.per)}{unit}", "加",
                             rule.excess.per != 1 or not unit)
        parts.append(f"{'低于目标' if rule.reverse else '超额'}{fmt(over)}{unit}，{how}")
        if add and gain:
            parts.append(f"合计{_pts(gain + add)}")
        gain += add
    if under > 0 and rule.shortfall:
        cut, how = _stepped(rule.shortfall, under, f"{fmt(rule.shortfall.per)}{unit}", "扣",
                             rule.shortfall.per != 1 or not unit)
        left = max(gain - cut, ZERO)
        note = "，扣完为止" if cut > gain else ""
        short = "超出目标" if rule.reverse else "少"
        parts.append(f"{short}{fmt(under)}{unit}，{how}" + (f"{note}，得{_pts(left)}" if cut else ""))
        gain = left
    return Outcome(gain, loss, "；".join(parts))


def _growth(rule: kinds.Growth, fact: dict) -> Outcome:
    previous, current = fact["previous"], fact["current"]
    change = previous - current if rule.reverse else current - previous
    better, worse = ("下降", "上升") if rule.reverse else ("增长", "下降")
    figures = f"（本年{fmt(current)}，上年{fmt(previous)}{'，逆向指标' if rule.reverse else ''}）"
    tiers = list(zip(rule.tiers, rule.tier_points(), strict=True))
    best = max((p for _, p in tiers), default=ZERO)
    if previous == 0 and current != 0:
        if rule.reverse or rule.previous_zero == "none":
            why = "逆向指标由0上升" if rule.reverse else "无法计算增长率，按细则（previous_zero: none）"
            return Outcome(ZERO, ZERO, f"上年为0，本年{fmt(current)}，{why}不得分")
        extra = rule.step.max if rule.step and rule.step.max is not None else ZERO
        note = "，增长加分无上限，不计" if rule.step and rule.step.max is None else ""
        return Outcome(best + extra, ZERO, f"上年为0，本年{fmt(current)}，按细则视为增长，计最高档"
                                           f"{_pts(best)}" + (f"，增长加分按上限{_pts(extra)}计" if extra else note)
                                           + (f"，合计{_pts(best + extra)}" if extra else ""))
    rate = change / previous if previous else ZERO
    said = (f"上年、本年均为0，按持平计{figures}" if previous == 0 else
            f"同比{better if rate > 0 else worse if rate < 0 else '持平'}"
            f"{_pct(abs(rate)) if rate else ''}{figures}")
    points, label = _tier_of(tiers, lambda t: t.holds(rate))
    if tiers:
        parts = [f"{said}，{label}得{_pts(points)}" if points is not None else f"{said}，未达到得分档次，不得分"]
    else:
        parts = [said]
    points = points or ZERO
    gain, loss = max(points, ZERO), max(-points, ZERO)
    if rule.step and rate > 0:
        add, how = _stepped(rule.step, rate, f"{fmt(rule.step.per * 100)}个百分点", "加",
                             rule.step.per != Decimal("0.01"))
        parts.append(f"{better}{fmt(rate * 100)}个百分点，{how}")
        if tiers and add and gain:
            parts.append(f"合计{_pts(gain + add)}")
        gain += add
    return Outcome(gain, loss, "；".join(parts))


def _ranking(rule: kinds.Ranking, fact: dict) -> Outcome:
    rank, of = int(fact["rank"]), int(fact["of"])
    position = of - rank + 1 if rule.reverse else rank
    said = f"{rule.measure}第{rank}名（共{of}个）" + (f"，逆向指标按第{position}名计" if rule.reverse else "")
    if rule.last and position == of and of > 1:
        text = f"“{rule.last.text}”，" if rule.last.text else ""
        verb = "扣" if rule.last.points < 0 else "得"
        return _award(rule.last.points, f"{said}，居末位，{text}{verb}{_pts(abs(rule.last.points))}")
    tiers = list(zip(rule.tiers, rule.tier_points(), strict=True))
    points, label = _tier_of(tiers, lambda t: t.places(position, of))
    if points is None:
        return Outcome(ZERO, ZERO, f"{said}，未达到得分名次，不得分")
    verb = "扣" if points < 0 else "得"
    return _award(points, f"{said}，{label}{verb}{_pts(abs(points))}")


SCORERS: dict[type[kinds.RuleBase], Callable[..., Outcome]] = {
    kinds.Flag: _flag, kinds.PerOccurrence: _per_occurrence, kinds.PerCategory: _per_category,
    kinds.Tiers: _tiers, kinds.Choice: _choice, kinds.Judged: _judged, kinds.Decline: _decline,
    kinds.Quota: _quota, kinds.DeductPerEvent: _deduct_per_event, kinds.PointsLessEvents: _points_less_events,
    kinds.Penalty: _penalty, kinds.Requirement: _requirement,
    kinds.Target: _target, kinds.Growth: _growth, kinds.Ranking: _ranking,
}


def evaluate(rule: kinds.RuleBase, cid: str, value) -> Outcome:
    """The outcome of `rule` for a fact that is present; a fact of the wrong shape is a FactError."""
    return SCORERS[type(rule)](rule, rule.fact().read(cid, value))
