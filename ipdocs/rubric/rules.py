"""Rule kinds: how one scoring clause turns a fact into points.

Each rule is built from the `rule:` mapping of a criterion in a rubric YAML, knows the most it can award
(`max_gain`) and take off (`max_loss`), checks the shape of its fact and returns an `Outcome` whose reason
(in Chinese, it becomes the 扣分原因 column) says what was counted and why points were lost.

Shapes of facts follow DESIGN §4: flag → bool; count → int or list; per-category → mapping of the seed's
category words to counts (or a list of words); tiers → number; choice → option label; judged → points.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal

from ipdocs.errors import FactError, RubricError
from ipdocs.numbers import ZERO, dec, fmt, is_number

INFINITE = Decimal("Infinity")


@dataclass(frozen=True)
class Field:
    """One value a unit fills in to claim a fact (a row of the register's 申报数量 sheet)."""

    label: str | None  # None: the fact itself; else a category, option group or quota key
    input: str  # bool | count | number | rate | choice
    options: tuple[str, ...] = ()
    max: Decimal | None = None


@dataclass(frozen=True)
class Outcome:
    gain: Decimal  # points awarded, ≥ 0, already within the rule's own cap
    loss: Decimal  # points taken off, ≥ 0, already within the rule's own cap
    reason: str
    done: bool | None = None  # checklist requirements only


def _pts(value: Decimal) -> str:
    return f"{fmt(value)}分"


class Rule(ABC):
    kind: str = ""
    fact_hint: str = ""
    penalty = False  # applies to the total, outside indicator and part caps
    checklist = False  # no points: scored for completeness

    def __init__(self, spec: dict, where: str):
        self.where = where

    # --- maxima -------------------------------------------------------------------------------------
    @property
    def max_gain(self) -> Decimal:
        return ZERO

    @property
    def max_loss(self) -> Decimal:
        return ZERO

    def labels(self) -> list[str]:
        """The words a fact may use (options, categories), for `rubric show`."""
        return []

    def fields(self) -> list[Field]:
        """What a unit fills in to claim this fact; `fact_from` turns the filled values into the fact."""
        return [Field(None, "bool")]

    def fact_from(self, values: dict):
        """The DESIGN §4 fact from filled field values (label → value); None when nothing was filled."""
        if None in values:
            return values[None]
        return {k: v for k, v in values.items() if v not in (None, "")} or None

    # --- scoring ------------------------------------------------------------------------------------
    @abstractmethod
    def evaluate(self, cid: str, value) -> Outcome:
        """The outcome of this rule for a fact that is present (absent facts never reach a rule)."""

    def bad(self, cid: str, value, problem: str = "") -> FactError:
        got = problem or f"给出的是 {value!r}"
        return FactError(f"事实 {cid}：{got}；应为{self.fact_hint}")

    # --- fact readers shared by the kinds -----------------------------------------------------------
    def read_bool(self, cid: str, value) -> bool:
        if not isinstance(value, bool):
            raise self.bad(cid, value)
        return value

    def read_count(self, cid: str, value, allow_bool: bool = False) -> int:
        if isinstance(value, bool):
            if allow_bool:
                return int(value)
            raise self.bad(cid, value)
        if isinstance(value, list):
            return len(value)
        if isinstance(value, int):
            if value < 0:
                raise self.bad(cid, value, f"次数不能为负数（{value}）")
            return value
        raise self.bad(cid, value)

    def read_number(self, cid: str, value) -> Decimal:
        if not is_number(value):
            raise self.bad(cid, value)
        number = dec(value)
        if not number.is_finite():
            raise self.bad(cid, value)
        if number < 0:
            raise self.bad(cid, value, f"数值不能为负数（{value}）")
        return number


def _spec_number(spec: dict, key: str, where: str, required: bool = True, default=None) -> Decimal | None:
    if key not in spec:
        if required:
            raise RubricError(f"{where}：缺少规则字段 {key}")
        return default
    try:
        return dec(spec[key])
    except (TypeError, ArithmeticError) as exc:
        raise RubricError(f"{where}：规则字段 {key} 应为数字，实为 {spec[key]!r}") from exc


def _cap(value: Decimal, cap: Decimal | None) -> Decimal:
    return value if cap is None else min(value, cap)


class Flag(Rule):
    """Fixed points when a condition is met (得X分)."""

    kind = "flag"
    fact_hint = " true 或 false"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)

    @property
    def max_gain(self):
        return self.points

    def evaluate(self, cid, value):
        if self.read_bool(cid, value):
            return Outcome(self.points, ZERO, f"已满足，得{_pts(self.points)}")
        return Outcome(ZERO, ZERO, f"未满足，不得分（该项{_pts(self.points)}）")


class PerOccurrence(Rule):
    """Points per occurrence up to a cap; the first occurrence may be worth more (seed 000 12.5, 12.7)."""

    kind = "per_occurrence"
    fact_hint = "次数（非负整数）或清单（按条数计）"

    def fields(self):
        return [Field(None, "count")]

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)
        self.first = _spec_number(spec, "first", where, required=False, default=self.points)
        self.max = _spec_number(spec, "max", where, required=False)

    @property
    def max_gain(self):
        return INFINITE if self.max is None else self.max

    def evaluate(self, cid, value):
        n = self.read_count(cid, value)
        if n == 0:
            return Outcome(ZERO, ZERO, "计0次，不得分")
        raw = self.first + (n - 1) * self.points
        if self.first != self.points:
            how = f"计{n}次，首次{_pts(self.first)}、此后每次{_pts(self.points)}，合计{_pts(raw)}"
        else:
            how = f"计{n}次，每次{_pts(self.points)}，合计{_pts(raw)}"
        gain = _cap(raw, self.max)
        if gain < raw:
            how += f"，超过上限按{_pts(gain)}计"
        return Outcome(gain, ZERO, how)


class _Categories(Rule):
    """Shared reading of per-category facts: {word: count}, {word: true} or [word, word, …]."""

    fact_hint = "按类别计数的映射，如 {类别: 次数}，或类别名称清单"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        cats = spec.get("categories")
        if not isinstance(cats, list) or not cats:
            raise RubricError(f"{where}：缺少规则字段 categories")
        self.categories: dict[str, tuple[Decimal, int | None]] = {}
        for cat in cats:
            label = str(cat.get("label", "")).strip()
            if not label:
                raise RubricError(f"{where}：类别缺少 label")
            if label in self.categories:
                raise RubricError(f"{where}：类别 {label} 重复")
            self.categories[label] = (_spec_number(cat, "points", where), cat.get("max_count"))
        labels = "、".join(self.categories)
        self.fact_hint = f"按类别计数的映射（类别：{labels}），或类别名称清单"

    def labels(self):
        return list(self.categories)

    def fields(self):
        return [Field(label, "bool" if max_count == 1 else "count")
                for label, (_, max_count) in self.categories.items()]

    def read_counts(self, cid, value) -> dict[str, int]:
        if isinstance(value, list):
            items = [(str(v), 1) for v in value]
        elif isinstance(value, dict):
            items = [(str(k), self.read_count(cid, v, allow_bool=True)) for k, v in value.items()]
        else:
            raise self.bad(cid, value)
        counts: dict[str, int] = {}
        for label, n in items:
            if label not in self.categories:
                raise self.bad(cid, value, f"类别“{label}”不在本项的类别中")
            counts[label] = counts.get(label, 0) + n
        return counts

    def tally(self, counts: dict[str, int]) -> tuple[Decimal, Decimal, list[str]]:
        gain = loss = ZERO
        parts = []
        for label, (points, max_count) in self.categories.items():
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


class PerCategory(_Categories):
    """Points per category up to a cap (seed 000 3.1, 16.1); also a checklist of sub-conditions
    (`max_count: 1`) and clauses that award and deduct in one numbered item (negative points)."""

    kind = "per_category"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.max = _spec_number(spec, "max", where, required=False)
        self.loss_max = _spec_number(spec, "max_loss", where, required=False)

    @property
    def max_gain(self):
        if self.max is not None:
            return self.max
        total = ZERO
        for points, max_count in self.categories.values():
            if points > 0:
                if max_count is None:
                    return INFINITE
                total += points * max_count
        return total

    @property
    def max_loss(self):
        if any(points < 0 for points, _ in self.categories.values()):
            return INFINITE if self.loss_max is None else self.loss_max
        return ZERO

    def evaluate(self, cid, value):
        counts = self.read_counts(cid, value)
        raw_gain, raw_loss, parts = self.tally(counts)
        gain, loss = _cap(raw_gain, self.max), _cap(raw_loss, self.loss_max)
        missing = [label for label, (points, max_count) in self.categories.items()
                   if max_count == 1 and points > 0 and not counts.get(label)]
        lacking = f"，未达到：{'、'.join(missing)}" if missing and gain < self.max_gain else ""
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


_BOUNDS = {"at_least": ">=", "above": ">", "at_most": "<=", "below": "<"}


def _bounds(spec: dict, where: str) -> list[tuple[str, Decimal]]:
    return [(op, _spec_number(spec, key, where)) for key, op in _BOUNDS.items() if key in spec]


def _within(value: Decimal, bounds: list[tuple[str, Decimal]]) -> bool:
    checks = {">=": value.__ge__, ">": value.__gt__, "<=": value.__le__, "<": value.__lt__}
    return all(checks[op](limit) for op, limit in bounds)


class Tiers(Rule):
    """Points by the tier a rate, rank, count or value falls in (seed 004 items 12, 22(2), 28).
    Tiers are tried in order; the first whose bounds hold applies."""

    kind = "tiers"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.measure = str(spec.get("measure", "数值"))
        self.percent = bool(spec.get("percent", False))  # a rate: shown as 96% rather than 0.96
        self.tiers = []
        for tier in spec.get("tiers") or []:
            self.tiers.append((_bounds(tier, where), _spec_number(tier, "points", where),
                               str(tier.get("text", ""))))
        if not self.tiers:
            raise RubricError(f"{where}：缺少规则字段 tiers")
        self.fact_hint = f"{self.measure}（{'比率，如 0.95 表示95%' if self.percent else '数字'}）"

    def fields(self):
        return [Field(None, "rate" if self.percent else "number")]

    @property
    def max_gain(self):
        return max(max(points for _, points, _ in self.tiers), ZERO)

    def evaluate(self, cid, value):
        number = Decimal(len(value)) if isinstance(value, list) else self.read_number(cid, value)
        shown = f"{fmt(number * 100)}%" if self.percent else fmt(number)
        for bounds, points, text in self.tiers:
            if _within(number, bounds):
                label = f"“{text}”档" if text else "对应档次"
                return Outcome(points, ZERO, f"{self.measure}为{shown}，属{label}，得{_pts(points)}")
        return Outcome(ZERO, ZERO, f"{self.measure}为{shown}，未达到得分条件，不得分")


class Choice(Rule):
    """Exactly one of several options applies (seed 003 #17; seed 001 2.3's 印发 clause)."""

    kind = "choice"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.options: dict[str, Decimal] = {}
        for opt in spec.get("options") or []:
            label = str(opt.get("label", "")).strip()
            if not label or label in self.options:
                raise RubricError(f"{where}：选项 label 缺失或重复（{label!r}）")
            self.options[label] = _spec_number(opt, "points", where)
        if len(self.options) < 2:
            raise RubricError(f"{where}：choice 规则至少需要两个选项")
        self.fact_hint = "以下选项之一：" + "、".join(f"“{label}”" for label in self.options)

    def labels(self):
        return list(self.options)

    def fields(self):
        return [Field(None, "choice", tuple(self.options))]

    @property
    def max_gain(self):
        return max(max(self.options.values()), ZERO)

    @property
    def max_loss(self):
        return max(-min(self.options.values()), ZERO)

    def evaluate(self, cid, value):
        if not isinstance(value, str) or value.strip() not in self.options:
            raise self.bad(cid, value)
        points = self.options[value.strip()]
        if points >= 0:
            return Outcome(points, ZERO, f"属“{value.strip()}”，得{_pts(points)}")
        return Outcome(ZERO, -points, f"属“{value.strip()}”，扣{_pts(-points)}")


class Judged(Rule):
    """Points judged within a maximum (专家打分; items that state only a total)."""

    kind = "judged"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.max = _spec_number(spec, "max", where)
        self.fact_hint = f"评定分数（0至{fmt(self.max)}）"

    def fields(self):
        return [Field(None, "number", max=self.max)]

    @property
    def max_gain(self):
        return self.max

    def evaluate(self, cid, value):
        points = self.read_number(cid, value)
        if points > self.max:
            raise self.bad(cid, value, f"评定分数 {fmt(points)} 超过本项最高分 {fmt(self.max)}")
        lost = "" if points == self.max else f"，较满分少{_pts(self.max - points)}"
        return Outcome(points, ZERO, f"评定得{_pts(points)}{lost}")


class Decline(Rule):
    """Full points at or above last year's level, less `per_step` for each whole `step` of decline
    (seed 004 15(2): each 10 % down costs 0.1; 20(2): each 15 points down costs 0.1)."""

    kind = "decline"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)
        self.step = _spec_number(spec, "step", where)
        self.per_step = _spec_number(spec, "per_step", where)
        self.measure = str(spec.get("measure", "与上年之比"))
        if self.step <= 0:
            raise RubricError(f"{where}：step 应大于0")
        self.fact_hint = f"{self.measure}（比值，如 0.85 表示85%）"

    def fields(self):
        return [Field(None, "rate")]

    @property
    def max_gain(self):
        return self.points

    def evaluate(self, cid, value):
        ratio = self.read_number(cid, value)
        if ratio >= 1:
            return Outcome(self.points, ZERO, f"{self.measure}为{fmt(ratio * 100)}%，未下降，得{_pts(self.points)}")
        steps = int((1 - ratio) / self.step)
        gain = max(self.points - steps * self.per_step, ZERO)
        return Outcome(gain, ZERO, f"{self.measure}为{fmt(ratio * 100)}%，下降{fmt((1 - ratio) * 100)}个百分点，"
                                   f"计{steps}档，每档扣{_pts(self.per_step)}，得{_pts(gain)}")


class Quota(Rule):
    """Points when a measure exceeds the quota of the size band the assessee falls in, or grew on last
    year (seed 004 item 6: 专利侵权纠纷办案量 against 有效专利量)."""

    kind = "quota"

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)
        self.band_by = str(spec.get("band_by", ""))
        self.measure = str(spec.get("measure", ""))
        self.growth = str(spec.get("growth", ""))
        if not self.band_by or not self.measure:
            raise RubricError(f"{where}：quota 规则需要 band_by 与 measure")
        self.bands = [(_bounds(b, where), _spec_number(b, "quota", where), str(b.get("text", "")))
                      for b in spec.get("bands") or []]
        if not self.bands:
            raise RubricError(f"{where}：缺少规则字段 bands")
        keys = [self.band_by, self.measure] + ([self.growth] if self.growth else [])
        self.fact_hint = "映射 {" + ", ".join(f"{k}: …" for k in keys) + "}"

    def labels(self):
        return [self.band_by, self.measure] + ([self.growth] if self.growth else [])

    def fields(self):
        return [Field(self.band_by, "number"), Field(self.measure, "number")] + (
            [Field(self.growth, "bool")] if self.growth else [])

    @property
    def max_gain(self):
        return self.points

    def evaluate(self, cid, value):
        if not isinstance(value, dict) or self.band_by not in value or self.measure not in value:
            raise self.bad(cid, value)
        unknown = set(value) - set(self.labels())
        if unknown:
            raise self.bad(cid, value, f"未知字段 {sorted(unknown)}")
        size = self.read_number(cid, value[self.band_by])
        amount = self.read_number(cid, value[self.measure])
        grew = self.read_bool(cid, value[self.growth]) if self.growth and self.growth in value else False
        for bounds, quota, text in self.bands:
            if _within(size, bounds):
                band = f"{self.band_by}{fmt(size)}（{text}）" if text else f"{self.band_by}{fmt(size)}"
                if amount > quota:
                    return Outcome(self.points, ZERO,
                                   f"{band}，{self.measure}{fmt(amount)}超过{fmt(quota)}，得{_pts(self.points)}")
                if grew:
                    return Outcome(self.points, ZERO, f"{band}，{self.measure}较去年增长，得{_pts(self.points)}")
                return Outcome(ZERO, ZERO,
                               f"{band}，{self.measure}{fmt(amount)}未超过{fmt(quota)}且未较去年增长，不得分")
        return Outcome(ZERO, ZERO, f"{self.band_by}{fmt(size)}不在任何档次，不得分")


class DeductPerEvent(_Categories):
    """Points off per event up to a cap, optionally by category (seed 004 #29: 25 or 50 per event,
    up to 100). A plain rule takes a count (or true for one event); a categorised one a mapping."""

    kind = "deduct_per_event"

    def __init__(self, spec, where):
        if "categories" in spec:
            super().__init__(spec, where)
            self.points = None
        else:
            Rule.__init__(self, spec, where)
            self.categories = {}
            self.points = _spec_number(spec, "points", where)
            self.fact_hint = "事件数（非负整数，或 true 表示发生1起）"
        self.max = _spec_number(spec, "max", where, required=False)

    @property
    def max_loss(self):
        return INFINITE if self.max is None else self.max

    def fields(self):
        if self.points is None:
            return [Field(label, "count") for label in self.categories]
        return [Field(None, "count")]

    def evaluate(self, cid, value):
        if self.points is None:
            if value is False or (type(value) is int and value == 0):  # "nothing happened" needs no category
                return Outcome(ZERO, ZERO, "未发生，不扣分")
            raw, _, parts = self.tally(self.read_counts(cid, value))  # points per event are positive
            how = "、".join(parts)
        else:
            n = self.read_count(cid, value, allow_bool=True)
            raw = self.points * n
            how = f"发生{n}起，每起扣{_pts(self.points)}" if n else "未发生"
        if raw == 0:
            return Outcome(ZERO, ZERO, "未发生，不扣分")
        loss = _cap(raw, self.max)
        note = f"，扣分上限{_pts(loss)}" if loss < raw else ""
        return Outcome(ZERO, loss, f"{how}，扣{_pts(raw)}{note}")


class PointsLessEvents(Rule):
    """Full points less a fixed amount per failure, down to zero (seed 004 10(6): 未发生得0.4分，每发生一起
    扣0.1分，扣完为止). The fact is the number of failures; 0 earns the full points."""

    kind = "points_less_events"
    fact_hint = "未达要求的次数（非负整数，0表示全部达到）"

    def fields(self):
        return [Field(None, "count")]

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)
        self.per_event = _spec_number(spec, "per_event", where)

    @property
    def max_gain(self):
        return self.points

    def evaluate(self, cid, value):
        n = self.read_count(cid, value)
        gain = max(self.points - n * self.per_event, ZERO)
        if n == 0:
            return Outcome(gain, ZERO, f"未发生，得{_pts(gain)}")
        return Outcome(gain, ZERO, f"发生{n}起，每起扣{_pts(self.per_event)}，得{_pts(gain)}")


class Penalty(Rule):
    """An overall penalty on the total, outside every cap (seed 001: 虚假报送或隐瞒的，直接扣10分)."""

    kind = "penalty"
    fact_hint = " true 或 false（是否发现）"
    penalty = True

    def fields(self):
        return []  # found by the assessors, never claimed by a unit

    def __init__(self, spec, where):
        super().__init__(spec, where)
        self.points = _spec_number(spec, "points", where)

    @property
    def max_loss(self):
        return self.points

    def evaluate(self, cid, value):
        if self.read_bool(cid, value):
            return Outcome(ZERO, self.points, f"经发现，直接扣{_pts(self.points)}")
        return Outcome(ZERO, ZERO, "未发现，不扣分")


class Requirement(Rule):
    """A checklist point without points (seed 002): done or not, for completeness."""

    kind = "requirement"
    fact_hint = " true 或 false（是否已完成并有佐证）"
    checklist = True

    def evaluate(self, cid, value):
        done = self.read_bool(cid, value)
        return Outcome(ZERO, ZERO, "已完成" if done else "未完成", done=done)


RULE_KINDS: dict[str, type[Rule]] = {cls.kind: cls for cls in (
    Flag, PerOccurrence, PerCategory, Tiers, Choice, Judged, Decline, Quota,
    DeductPerEvent, PointsLessEvents, Penalty, Requirement,
)}


def build_rule(spec: dict, where: str) -> Rule:
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind not in RULE_KINDS:
        raise RubricError(f"{where}：规则类型 {kind!r} 未知，可用类型：{'、'.join(RULE_KINDS)}")
    return RULE_KINDS[kind](spec, where)
