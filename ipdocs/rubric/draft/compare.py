"""How close a draft is to a checked rubric: the share of the rubric's indicators the draft reproduces
(same ID, maximum and part) and of its criteria (same ID and rule kind). Used by the tests and by
bench/draft_bench.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ipdocs.rubric.draft.model import Draft
from ipdocs.rubric.model import Rubric


@dataclass
class Accuracy:
    indicators: int = 0
    indicators_right: int = 0
    criteria: int = 0
    kinds_right: int = 0
    misses: list[str] = field(default_factory=list)  # one line each, for people reading a failure

    @property
    def indicator_share(self) -> float:
        return self.indicators_right / self.indicators if self.indicators else 1.0

    @property
    def kind_share(self) -> float:
        return self.kinds_right / self.criteria if self.criteria else 1.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.indicators + other.indicators, self.indicators_right + other.indicators_right,
                        self.criteria + other.criteria, self.kinds_right + other.kinds_right,
                        self.misses + other.misses)


def compare(draft: Draft, expected: Rubric) -> Accuracy:
    acc = Accuracy()
    drafted = {i.id: i for i in draft.indicators}
    criteria = {c.id: c for i in draft.indicators for c in i.criteria}
    for ind in expected.indicators:
        acc.indicators += 1
        got = drafted.get(ind.id)
        if got is None:
            acc.misses.append(f"指标 {ind.id}：草稿中没有")
        elif Decimal(got.max) != ind.max or got.part != ind.part:
            acc.misses.append(f"指标 {ind.id}：草稿 {got.part} {got.max}分，应为 {ind.part} {ind.max}分")
        else:
            acc.indicators_right += 1
        for c in ind.criteria:
            acc.criteria += 1
            mine = criteria.get(c.id)
            if mine is not None and mine.rule["kind"] == c.kind:
                acc.kinds_right += 1
            else:
                acc.misses.append(f"准则 {c.id}：草稿 {mine.rule['kind'] if mine else '无'}，应为 {c.kind}")
    return acc
