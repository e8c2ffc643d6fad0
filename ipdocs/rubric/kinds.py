"""The rule kinds (README's table), declared once: the `rule:` mapping of a criterion.

Each kind is a pydantic model — its parameters typed and bounded, each with the Chinese description and
example editors show — that also states what follows from its parameters alone: the most it can award
(`max_gain`) and take off (`max_loss`), and the shape of the fact it expects (`fact()`, see facts.py).
How a fact becomes points lives in scoring.py.

Class docstrings are Chinese: they are published as the schema's description of each kind.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import AfterValidator, Field, StrictBool, StrictInt, model_validator

from ipdocs.base.inputs import InputModel, field, number
from ipdocs.base.numbers import ZERO
from ipdocs.rubric.facts import (
    TARGET_WORD,
    Categories,
    ClaimField,
    Count,
    Measures,
    Number,
    OneOf,
    Points,
    Record,
    Shape,
    YesNo,
)

INFINITE = Decimal("Infinity")

Positive = number(gt=0)
NonNegative = number(ge=0)
Signed = number()
Label = Annotated[str, Field(min_length=1)]


class RuleBase(InputModel):
    """What every kind states beyond its parameters (each kind adds its `kind` literal, the union's tag)."""

    penalty: ClassVar[bool] = False  # applies to the total, outside indicator and part caps
    checklist: ClassVar[bool] = False  # no points: scored for completeness

    @property
    def max_gain(self) -> Decimal:
        return ZERO

    @property
    def max_loss(self) -> Decimal:
        return ZERO

    def fact(self) -> Shape:
        return YesNo()

    # The fact's shape, as the register and `rubric show` use it.
    @property
    def fact_hint(self) -> str:
        return self.fact().hint

    def labels(self) -> list[str]:
        return self.fact().labels

    def fields(self) -> list[ClaimField]:
        return self.fact().claims()

    def fact_from(self, values: dict):
        return self.fact().fact_from(values)


class Bounds(InputModel):
    """取值范围：给出的各个界限须同时满足；都不给出时任何取值都满足。"""

    at_least: Signed | None = field("下限（含）：取值不小于此数。", examples=[0.9], default=None)
    above: Signed | None = field("下限（不含）：取值大于此数。", examples=[0.7], default=None)
    at_most: Signed | None = field("上限（含）：取值不大于此数。", examples=[3], default=None)
    below: Signed | None = field("上限（不含）：取值小于此数。", examples=[1], default=None)

    def holds(self, value: Decimal) -> bool:
        return ((self.at_least is None or value >= self.at_least) and (self.above is None or value > self.above)
                and (self.at_most is None or value <= self.at_most) and (self.below is None or value < self.below))


def _unique(what: str) -> AfterValidator:
    """A list of labelled items whose labels are unique (facts name them)."""

    def check(items: list) -> list:
        seen = set()
        for item in items:
            if item.label in seen:
                raise ValueError(f"{what} {item.label} 重复")
            seen.add(item.label)
        return items

    return AfterValidator(check)


class Flag(RuleBase):
    """flag：满足条件得固定分（“得X分”）。事实为 true 或 false。"""

    kind: Literal["flag"] = field("规则类型：满足条件得固定分。", examples=["flag"])
    points: Positive = field("满足条件时得的分数。", examples=[1, 0.5])

    @property
    def max_gain(self):
        return self.points


class PerOccurrence(RuleBase):
    """per_occurrence：每发生一次得分，可设上限；首次可另计分（“每次得X分，最多Y分”）。事实为次数或清单。"""

    kind: Literal["per_occurrence"] = field("规则类型：按次数计分。", examples=["per_occurrence"])
    points: Positive = field("每次得的分数（首次另计时为第二次起每次的分数）。", examples=[0.5])
    first: Positive | None = field("首次得的分数；不写则与 points 相同。", examples=[1], default=None)
    max: Positive | None = field("本项最多得的分数；不写则不设上限（仍受指标分值限制）。", examples=[2],
                                 default=None)

    @property
    def first_points(self) -> Decimal:
        return self.points if self.first is None else self.first

    @property
    def max_gain(self):
        return INFINITE if self.max is None else self.max

    def fact(self):
        return Count()


class Category(InputModel):
    """一个类别：细则原文中的类别用语及其每次分值。"""

    label: Label = field("类别名称，用细则原文的用语；事实中按此名称计数。", examples=["国家级", "省级"])
    points: Signed = field("每次得的分数；负数表示每次扣分。", examples=[1, -0.5])
    max_count: StrictInt | None = field("该类别最多计几次；1 表示该类别是“满足即得分”的子条件。", examples=[1, 3],
                                        default=None, ge=1)


class PerCategory(RuleBase):
    """per_category：按类别计分（“国家级媒体报道得X分，省级得Y分……最多Z分”），也用于同一项中既加分又扣分的条款。
    事实为“类别: 次数”的映射或类别名称清单。"""

    kind: Literal["per_category"] = field("规则类型：按类别计分。", examples=["per_category"])
    categories: Annotated[list[Category], _unique("类别")] = field("各类别及其分值。", min_length=1,
                                       examples=[[{"label": "国家级", "points": 1}, {"label": "省级", "points": 0.5}]])
    max: Positive | None = field("本项最多得的分数；不写则为各类别可得分之和。", examples=[2], default=None)
    loss_cap: Positive | None = field("本项最多扣的分数（有负分类别时）；不写则不设上限。", examples=[1],
                                      default=None, alias="max_loss")

    @property
    def max_gain(self):
        if self.max is not None:
            return self.max
        total = ZERO
        for c in self.categories:
            if c.points > 0:
                if c.max_count is None:
                    return INFINITE
                total += c.points * c.max_count
        return total

    @property
    def max_loss(self):
        if any(c.points < 0 for c in self.categories):
            return INFINITE if self.loss_cap is None else self.loss_cap
        return ZERO

    def fact(self):
        return Categories({c.label: c.max_count for c in self.categories})


class Tier(Bounds):
    """一个档次：取值落在范围内时得的分数。"""

    points: Signed = field("取值落在本档时得的分数。", examples=[1, 0.5])
    text: str = field("本档在细则原文中的说法，用于评分说明。", examples=["超过70%但不足100%"], default="")


class Tiers(RuleBase):
    """tiers：按比率、名次、数量或数值所在档次计分；依次比较各档，取第一个满足的档次。事实为数字（比率如 0.95）。"""

    kind: Literal["tiers"] = field("规则类型：分档计分。", examples=["tiers"])
    measure: Label = field("所比较的量的名称，用于事实说明和评分说明。", examples=["回复办结率"])
    percent: StrictBool = field("是否为比率（事实写 0.96，显示为96%）。", examples=[True], default=False)
    tiers: list[Tier] = field("各档次，按先后顺序比较。", min_length=1,
                              examples=[[{"at_least": 1, "points": 1, "text": "全部办结"},
                                         {"above": 0.7, "points": 0.5, "text": "超过70%但不足100%"}]])

    @property
    def max_gain(self):
        return max(max(t.points for t in self.tiers), ZERO)

    def fact(self):
        kind = "比率，如 0.95 表示95%" if self.percent else "数字"
        share = self.percent and "增长" not in self.measure  # a growth rate may pass 100 %, a share may not
        return Number(f"{self.measure}（{kind}）", "rate" if self.percent else "number", allow_list=True, share=share)


class Option(InputModel):
    """一个选项：细则原文中的一种情形及其分值。"""

    label: Label = field("选项名称，用细则原文的用语；事实写其中之一。", examples=["市场主要负责人任组长"])
    points: Signed = field("选中时得的分数；负数表示扣分。", examples=[1, 0, -0.5])


class Choice(RuleBase):
    """choice：几种情形恰有一种成立，各得不同分数（“由主要负责人任组长得2分，分管负责人任组长得1分”）。
    事实为所选选项的名称。"""

    kind: Literal["choice"] = field("规则类型：多选一。", examples=["choice"])
    options: Annotated[list[Option], _unique("选项")] = field("各选项及其分值，至少两个。", min_length=2,
                                  examples=[[{"label": "主要负责人任组长", "points": 2},
                                             {"label": "分管负责人任组长", "points": 1}]])

    @property
    def max_gain(self):
        return max(max(o.points for o in self.options), ZERO)

    @property
    def max_loss(self):
        return max(-min(o.points for o in self.options), ZERO)

    def fact(self):
        return OneOf(tuple(o.label for o in self.options))

    def points_of(self, label: str) -> Decimal:
        return next(o.points for o in self.options if o.label == label)


class Judged(RuleBase):
    """judged：在最高分以内评定得分（专家打分、只写总分的条款）。事实为评定的分数。"""

    kind: Literal["judged"] = field("规则类型：评定打分。", examples=["judged"])
    max: Positive = field("本项最高分。", examples=[8])

    @property
    def max_gain(self):
        return self.max

    def fact(self):
        return Points(self.max)


class Decline(RuleBase):
    """decline：不低于上年得满分，每下降一个 step 扣 per_step 分（“每下降10%扣0.1分”）。
    事实为与上年之比（0.85 表示85%）。"""

    kind: Literal["decline"] = field("规则类型：按较上年下降幅度扣减。", examples=["decline"])
    points: Positive = field("未下降时得的满分。", examples=[0.5])
    step: Positive = field("每一档的下降幅度（比值，0.1 表示10个百分点）。", examples=[0.1, 0.15])
    per_step: Positive = field("每下降一档扣的分数。", examples=[0.1])
    measure: Label = field("所比较的量的名称。", examples=["与上年之比"], default="与上年之比")

    @property
    def max_gain(self):
        return self.points

    def fact(self):
        return Number(f"{self.measure}（比值，如 0.85 表示85%）", "rate")


class Band(Bounds):
    """一个规模档：规模落在范围内时适用的定额。"""

    quota: NonNegative = field("本档的定额：所计量超过此数即得分。", examples=[200])
    text: str = field("本档在细则原文中的说法，用于评分说明。", examples=["高于20万件"], default="")


class Quota(RuleBase):
    """quota：所计量超过所在规模档的定额（或较上年增长）即得分（“有效专利量5万至20万件的，办案量超过100件”）。
    事实为映射 {规模量: 数, 所计量: 数, 增长项: true/false}。"""

    kind: Literal["quota"] = field("规则类型：按规模档定额计分。", examples=["quota"])
    points: Positive = field("达到要求时得的分数。", examples=[1.5])
    band_by: Label = field("决定规模档的量的名称（事实映射中的键）。", examples=["有效专利量"])
    measure: Label = field("与定额比较的量的名称（事实映射中的键）。", examples=["办案量"])
    growth: Label | None = field("“较上年增长也得分”时，表示是否增长的键名；不写则只比较定额。",
                                 examples=["较去年增长"], default=None)
    bands: list[Band] = field("各规模档，按先后顺序比较。", min_length=1,
                              examples=[[{"above": 200000, "quota": 200, "text": "高于20万件"}]])

    @property
    def max_gain(self):
        return self.points

    def fact(self):
        return Record({self.band_by: Number(), self.measure: Number()},
                      {self.growth: YesNo()} if self.growth else {})


class DeductCategory(InputModel):
    """一类扣分事件及其每起扣分。"""

    label: Label = field("事件类别名称，用细则原文的用语。", examples=["重大"])
    points: Positive = field("每起扣的分数。", examples=[25])


class DeductPerEvent(RuleBase):
    """deduct_per_event：每发生一起扣分，可设上限，可按类别扣分（“重大事件每起扣25分，特别重大每起扣50分”）。
    事实为事件数（或 true 表示1起）；按类别时为“类别: 起数”的映射。"""

    kind: Literal["deduct_per_event"] = field("规则类型：按事件扣分。", examples=["deduct_per_event"])
    points: Positive | None = field("每起扣的分数（不按类别时必填）。", examples=[0.25], default=None)
    categories: Annotated[list[DeductCategory], _unique("类别")] | None = field(
        "按类别扣分时的各类别；写了 categories 就不写 points。", min_length=1, default=None,
        examples=[[{"label": "重大", "points": 25}, {"label": "特别重大", "points": 50}]])
    max: Positive | None = field("本项最多扣的分数；不写则不设上限（仍受指标分值限制）。", examples=[3], default=None)

    @model_validator(mode="after")
    def _points_or_categories(self):
        if self.categories is None and self.points is None:
            raise ValueError("缺少规则字段 points（每起扣分），或改用 categories 按类别扣分")
        return self

    @property
    def max_loss(self):
        return INFINITE if self.max is None else self.max

    def fact(self):
        if self.categories is not None:
            return Categories({c.label: None for c in self.categories}, none_ok=True)
        return Count("事件数（非负整数，或 true 表示发生1起）", allow_bool=True)


class PointsLessEvents(RuleBase):
    """points_less_events：满分减去每次未达要求扣的分，扣完为止（“未发生得0.4分，每发生一起扣0.1分”）。
    事实为未达要求的次数，0 表示全部达到。"""

    kind: Literal["points_less_events"] = field("规则类型：满分逐次扣减。", examples=["points_less_events"])
    points: Positive = field("未发生时得的满分。", examples=[0.4])
    per_event: Positive = field("每发生一次扣的分数。", examples=[0.1])

    @property
    def max_gain(self):
        return self.points

    def fact(self):
        return Count("未达要求的次数（非负整数，0表示全部达到）")


class Penalty(RuleBase):
    """penalty：在总分上直接扣分，不受任何上限限制（“虚假报送或隐瞒的，直接扣10分”）。事实为 true 或 false（是否发现），
    由考核方认定，不由单位申报。"""

    kind: Literal["penalty"] = field("规则类型：总分直接扣分。", examples=["penalty"])
    points: Positive = field("发现时从总分中扣的分数。", examples=[10])
    penalty: ClassVar[bool] = True

    @property
    def max_loss(self):
        return self.points

    def fact(self):
        return YesNo(" true 或 false（是否发现）", claimed=False)


class Requirement(RuleBase):
    """requirement：不计分的清单要点，只记是否完成（用于 scored: false 的细则）。事实为 true 或 false。"""

    kind: Literal["requirement"] = field("规则类型：不计分的要点。", examples=["requirement"])
    checklist: ClassVar[bool] = True

    def fact(self):
        return YesNo(" true 或 false（是否已完成并有佐证）")


# --- measured kinds: targets, growth and ranking (the engine computes every ratio, step and cap) ----------

class Step(InputModel):
    """按整步计分：每满 per 计一步，每步 points 分，可设上限（“每超100万元加1分，最多加3分”）。"""

    per: Positive = field("一步的大小，与事实同单位（“每超1件”为1，“每超100万元”在事实以万元计时为100）。",
                          examples=[1, 100])
    points: Positive = field("每步加（或扣）的分数。", examples=[0.1, 1])
    max: Positive | None = field("最多加（或扣）的分数；不写则不设上限。", examples=[2], default=None)

    def steps(self, amount: Decimal) -> int:
        """Whole steps in `amount` (≥ 0): 250 per 100 is 2."""
        return int(amount // self.per) if amount > 0 else 0

    @property
    def most(self) -> Decimal:
        return INFINITE if self.max is None else self.max


def _share(value: Decimal) -> Decimal:
    if value > 1:
        raise ValueError(f"应为0至1之间的比例（0.6 表示60%），不是 {value}")
    return value


Fraction = Annotated[Positive, AfterValidator(_share)]


class ShareTier(Bounds):
    """一个档次：取值落在范围内时得满分的一定比例（share）或固定分数（points），二者写一个。"""

    share: Fraction | None = field(
        "得满分（规则的 points）的比例，0.6 表示“得60%分”。", examples=[1, 0.6], default=None)
    points: Signed | None = field("固定分数（不按比例时）；负数表示扣分。", examples=[8], default=None)
    text: str = field("本档在细则原文中的说法，用于评分说明。", examples=["90%以上"], default="")

    @model_validator(mode="after")
    def _share_or_points(self):
        if (self.share is None) == (self.points is None):
            raise ValueError("每一档写 share（满分的比例，如 0.6）或 points（分数）其中之一")
        return self

    def award(self, full: Decimal | None) -> Decimal:
        return self.points if self.share is None else self.share * (full or ZERO)


class Measured(RuleBase):
    """What target, growth and ranking share: full points, share-of-points tiers, the reverse flag."""

    points: Positive | None = None
    tiers: list = []

    @model_validator(mode="after")
    def _shares_need_points(self):
        if self.points is None and any(getattr(t, "share", None) is not None for t in self.tiers):
            raise ValueError("档次按满分比例（share）计分时须写满分 points")
        return self

    def tier_points(self) -> list[Decimal]:
        return [t.award(self.points) for t in self.tiers]

    @property
    def top(self) -> Decimal:
        return max([*self.tier_points(), ZERO])


class Target(Measured):
    """target：按目标任务完成情况计分（“完成目标任务得满分，90%以上得60%分”“每超1件加0.1分”“每少1件扣0.1分”）。
    事实为 {target: 目标值, actual: 完成值}；campaign.yaml 已设定目标任务时只写 actual（或直接写完成值）。"""

    kind: Literal["target"] = field("规则类型：按目标任务完成情况计分。", examples=["target"])
    measure: Label = field("所考核的量的名称。", examples=["专利授权量"])
    unit: str = field("计量单位，用于评分说明（“超额4件”）。", examples=["件", "万元"], default="")
    points: Positive | None = field("满分：完成目标任务时得的分数；只按超额加分时不写。", examples=[15], default=None)
    tiers: list[ShareTier] = field(
        "按完成率（完成值÷目标值）分档，依次比较，取第一个满足的档；不写则完成目标得满分、未完成不得分"
        "（写了 shortfall 时未完成按满分逐步扣减）。", default=[],
        examples=[[{"at_least": 1, "share": 1, "text": "完成目标任务"}, {"at_least": 0.9, "share": 0.6,
                                                                       "text": "90%以上"}]])
    excess: Step | None = field("超过目标的部分每满一步加分（“每超1件加0.1分”）。", default=None,
                                examples=[{"per": 1, "points": 0.1, "max": 2}])
    shortfall: Step | None = field("未完成的部分每满一步扣分（“每少1件扣0.1分”），从所得分中扣减，扣完为止。",
                                   default=None, examples=[{"per": 1, "points": 0.1}])
    reverse: StrictBool = field("逆向指标：数值越低越好（完成率为目标值÷实际值，低于目标的部分为超额）。",
                                examples=[False], default=False)

    @model_validator(mode="after")
    def _something_scored(self):
        if self.points is None and not self.tiers and self.excess is None:
            raise ValueError("缺少 points（完成目标得的满分）、tiers（按完成率分档）或 excess（每超一步加分）")
        return self

    @property
    def base(self) -> Decimal:
        return self.top if self.tiers else (self.points or ZERO)

    @property
    def max_gain(self):
        return self.base + (self.excess.most if self.excess else ZERO)

    def fact(self):
        return Measures({"target": TARGET_WORD, "actual": "完成值"}, alone="actual",
                        positive=() if self.reverse else ("target",))


class Growth(Measured):
    """growth：按较上年增长（或下降）幅度计分（“同比增长10%以上得满分”）。事实为 {previous: 上年值, current: 本年值}。
    上年为0时按 previous_zero 计分，并在评分说明中写明。"""

    kind: Literal["growth"] = field("规则类型：按同比增长幅度计分。", examples=["growth"])
    measure: Label = field("所比较的量的名称。", examples=["专利授权量"])
    points: Positive | None = field("满分（档次按比例计分时的基数）。", examples=[5], default=None)
    tiers: list[ShareTier] = field(
        "按增长率（(本年−上年)÷上年，下降为负数）分档，依次比较，取第一个满足的档。", default=[],
        examples=[[{"at_least": 0.1, "share": 1, "text": "同比增长10%以上"}]])
    step: Step | None = field("增长率每满一步加分（“每增长1个百分点加0.1分”，per 写 0.01）。", default=None,
                              examples=[{"per": 0.01, "points": 0.1, "max": 1}])
    previous_zero: Literal["top", "none"] = field(
        "上年为0、本年大于0时：top 视为增长（按最高档和增长加分上限计），none 不得分。上年、本年都为0按持平计。",
        examples=["top"], default="top")
    reverse: StrictBool = field("逆向指标：下降为好（增长率按 (上年−本年)÷上年 计）。", examples=[False], default=False)

    @model_validator(mode="after")
    def _something_scored(self):
        if not self.tiers and self.step is None:
            raise ValueError("缺少 tiers（按增长率分档）或 step（每增长一步加分）")
        return self

    @property
    def max_gain(self):
        return self.top + (self.step.most if self.step else ZERO)

    def fact(self):
        return Measures({"previous": "上年值", "current": "本年值"})


class RankTier(ShareTier):
    """一个名次档：名次（第几名）落在范围内、或位于前 top_share 比例时适用。"""

    top_share: Fraction | None = field(
        "名次位于前百分之几（名次÷参评总数 ≤ 此数；0.5 表示“前50%”）。", examples=[0.3], default=None)

    def places(self, position: int, of: int) -> bool:
        return self.holds(Decimal(position)) and (self.top_share is None or Decimal(position) / of <= self.top_share)


class LastPlace(InputModel):
    """末位（名次等于参评总数）的得分或扣分。"""

    points: Signed = field("末位得的分数；负数表示扣分，0 表示不得分。", examples=[-1, 0])
    text: str = field("原文说法。", examples=["排名末位扣1分"], default="")


class Ranking(Measured):
    """ranking：按名次计分（“排名第一得10分，前三名得8分，前50%得5分”）。事实为 {rank: 名次, of: 参评总数}。"""

    kind: Literal["ranking"] = field("规则类型：按名次计分。", examples=["ranking"])
    measure: Label = field("排名的名称。", examples=["全市排名"])
    points: Positive | None = field("满分（档次按比例计分时的基数）。", examples=[10], default=None)
    tiers: list[RankTier] = field(
        "名次档，依次比较，取第一个满足的档（at_most: 3 表示前三名，top_share: 0.5 表示前50%）。", min_length=1,
        examples=[[{"at_most": 1, "share": 1, "text": "排名第一"}, {"at_most": 3, "points": 8, "text": "前三名"}]])
    last: LastPlace | None = field("末位另有规定时（“排名末位扣1分”），优先于各档。", default=None,
                                   examples=[{"points": -1, "text": "排名末位扣1分"}])
    reverse: StrictBool = field("逆向指标：事实的名次按数值从高到低排，而数值越低越好（按倒数名次计）。",
                                examples=[False], default=False)

    @property
    def max_gain(self):
        return max(self.top, self.last.points if self.last else ZERO)

    @property
    def max_loss(self):
        return max(-min([*self.tier_points(), self.last.points if self.last else ZERO]), ZERO)

    def fact(self):
        return Measures({"rank": "名次", "of": "参评总数"}, whole=True)


RULE_KINDS: dict[str, type[RuleBase]] = {get_args(cls.model_fields["kind"].annotation)[0]: cls for cls in (
    Flag, PerOccurrence, PerCategory, Tiers, Choice, Judged, Decline, Quota,
    DeductPerEvent, PointsLessEvents, Penalty, Requirement, Target, Growth, Ranking,
)}

Rule = Annotated[
    Flag | PerOccurrence | PerCategory | Tiers | Choice | Judged | Decline | Quota | DeductPerEvent
    | PointsLessEvents | Penalty | Requirement | Target | Growth | Ranking,
    Field(discriminator="kind"),
]
