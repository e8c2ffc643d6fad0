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


SCORERS: dict[type[kinds.RuleBase], Callable[..., Outcome]] = {
    kinds.Flag: _flag, kinds.PerOccurrence: _per_occurrence, kinds.PerCategory: _per_category,
    kinds.Tiers: _tiers, kinds.Choice: _choice, kinds.Judged: _judged, kinds.Decline: _decline,
    kinds.Quota: _quota, kinds.DeductPerEvent: _deduct_per_event, kinds.PointsLessEvents: _points_less_events,
    kinds.Penalty: _penalty, kinds.Requirement: _requirement,
}


def evaluate(rule: kinds.RuleBase, cid: str, value) -> Outcome:
    """The outcome of `rule` for a fact that is present; a fact of the wrong shape is a FactError."""
    return SCORERS[type(rule)](rule, rule.fact().read(cid, value))
