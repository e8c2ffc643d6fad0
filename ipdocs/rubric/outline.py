"""The self-evaluation report's heading structure, derived from a rubric (seed 000 附件3):

    一、<section that holds indicators>      （黑体）
    （一）<indicator>                        （楷体_GB2312）
    1.1 <criterion, the seed's wording>       （仿宋_GB2312）
    （该项X分,自评X分）

Section and indicator numbers follow the seed's own numbering where it has one (seed 000: sections 1–9,
indicators 1–18 → 一、…九、 and （一）…（十八）); otherwise they count on in order. Units' fill-in templates,
the report and the evidence catalogue all use this one outline, so their headings agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ipdocs.base.numbers import fmt
from ipdocs.rubric.labels import restarted
from ipdocs.rubric.model import Indicator, Rubric, Section
from ipdocs.rubric.order import id_key

CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 16 → 十六, 21 → 二十一 (heading numbers up to 99)."""
    if n < 10:
        return CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + ("" if ones == 0 else CHINESE_DIGITS[ones])


@dataclass
class IndicatorHeading:
    label: str  # （一）
    indicator: Indicator

    @property
    def text(self) -> str:
        return f"{self.label}{self.indicator.title}"

    def score_line(self, self_score: str = "X") -> str:
        """（该项11分,自评X分） — the seed's own punctuation; deductions show their maximum as negative."""
        if not self.indicator.capped:  # the scheme states no maximum (每超100万元加1分)
            return f"（该项不设上限,自评{self_score}分）"
        stated = f"-{fmt(self.indicator.max)}" if self.indicator.part == "deduction" else fmt(self.indicator.max)
        return f"（该项{stated}分,自评{self_score}分）"


@dataclass
class SectionHeading:
    label: str  # 一、
    title: str
    indicators: list[IndicatorHeading]

    @property
    def text(self) -> str:
        return f"{self.label}{self.title}"


def _sections_with_indicators(sections: list[Section]) -> list[Section]:
    found = []
    for s in sections:
        if s.indicators:
            found.append(s)
        found.extend(_sections_with_indicators(s.sections))
    return found


def _number(text: str | None) -> int | None:
    if text and text.isdigit():
        return int(text)
    if text and all(ch in CHINESE_DIGITS + "十" for ch in text):
        return next((n for n in range(1, 100) if chinese_number(n) == text), None)
    return None


def report_outline(rubric: Rubric) -> list[SectionHeading]:
    outline: list[SectionHeading] = []
    last_section = last_indicator = 0
    for part in rubric.parts:
        own = [ind for s in _sections_with_indicators(part.sections) for ind in s.indicators]
        if own and all(restarted(ind.id) for ind in own):
            # seed 003: a bonus/deduction table with its own numbering is one heading named as the seed names
            # that table (加分指标), its indicators numbered from （一） again as the seed's 序号 1, 2 …
            last_section += 1
            outline.append(SectionHeading(f"{chinese_number(last_section)}、", part.title, [
                IndicatorHeading(f"（{chinese_number(_number(restarted(ind.id)[1]) or k)}）", ind)
                for k, ind in enumerate(own, 1)]))
            continue
        for section in _sections_with_indicators(part.sections):
            n = _number(section.id) or last_section + 1
            last_section = n
            headings = []
            for ind in section.indicators:
                m = _number(ind.id) or last_indicator + 1
                last_indicator = m
                headings.append(IndicatorHeading(f"（{chinese_number(m)}）", ind))
            label = f"{chinese_number(n)}、"
            same = next((h for h in outline if h.label == label and h.title == section.title), None)
            if same:  # seed 004's bonus item 26 stands in section 四 of the table: one heading, in number order
                same.indicators = sorted(same.indicators + headings, key=lambda h: id_key(h.indicator.id))
            else:
                outline.append(SectionHeading(label, section.title, headings))
    return outline
