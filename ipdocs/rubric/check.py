"""`ipdocs rubric check`: what a loaded rubric may still have wrong, as warnings (the file loads; errors are
load.py's), and the `# TODO` comments a drafted rubric leaves where it guessed.

Warnings are the likely slips of a person (or the drafter) turning a scheme into YAML: a ratio written as a
percentage (90 where 0.9 is meant), a maximum below a tier's points, a clause naming points the rule never
uses. Positions count from 1 (第2档), as the coordinator counts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ipdocs.base.numbers import ZERO, dec, fmt
from ipdocs.rubric import kinds
from ipdocs.rubric.model import Criterion, Indicator, Rubric

TODO_MARK = "# TODO"  # agreed with the drafter (`ipdocs rubric draft`): a comment starting so marks a guess
_ID_LINE = re.compile(r"^\s*(?:-\s*)?id:\s*['\"]?([A-Za-z0-9.-]+)")
_POINTS_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*分")
_PERCENT_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_BOUNDS = ("at_least", "above", "at_most", "below")


@dataclass(frozen=True)
class Todo:
    line: int  # from 1
    near: str  # the nearest criterion or indicator ID above it ("" before any)
    text: str


def todos(text: str) -> list[Todo]:
    """Every `# TODO` comment of a rubric file, with its line and the ID it belongs to."""
    found, near = [], ""
    for number, line in enumerate(text.splitlines(), 1):
        if m := _ID_LINE.match(line):
            near = m.group(1)
        at = line.find(TODO_MARK)
        if at >= 0 and _is_comment(line, at):
            found.append(Todo(number, near, line[at + 1:].strip()))
    return found


def _is_comment(line: str, at: int) -> bool:
    """`#` starts a YAML comment at a line's start or after a space, outside quotes."""
    before = line[:at]
    return (at == 0 or line[at - 1] in " \t") and before.count('"') % 2 == 0 and before.count("'") % 2 == 0


def _tier_values(rule) -> list[tuple[int, object]]:
    return list(enumerate(getattr(rule, "tiers", None) or [], 1))


def _ratio_slips(c: Criterion) -> list[str]:
    """Ratios written as percentages: a rate tier's bound above 1 (90 for 0.9), a growth step of 1 for 1 %."""
    rule = c.rule
    found = []
    ratio_tiers = (isinstance(rule, kinds.Tiers) and rule.percent) or isinstance(rule, kinds.Target | kinds.Growth)
    # a completion may pass 100 % (1.2), a growth rate too; 10 or more is a percentage
    limit = Decimal(1) if isinstance(rule, kinds.Tiers) else Decimal(10)
    if ratio_tiers:
        for n, tier in _tier_values(rule):
            for bound in _BOUNDS:
                value = getattr(tier, bound)
                if value is not None and abs(value) > limit:
                    found.append(f"第{n}档 {bound}: {fmt(value)} 像百分数；比率应写 {fmt(value / 100)}"
                                 f"（表示{fmt(value)}%）")
    if isinstance(rule, kinds.Growth) and rule.step and rule.step.per >= 1:
        per = rule.step.per
        found.append(f"step.per: {fmt(per)} 是增长率的{fmt(per * 100)}%；“每增长{fmt(per)}个百分点”应写 "
                     f"{fmt(per / 100)}")
    return [f"准则 {c.id}：{text}" for text in found]


def _tier_points(rule) -> list[tuple[int, Decimal]]:
    if isinstance(rule, kinds.Measured):
        return list(enumerate(rule.tier_points(), 1))
    if isinstance(rule, kinds.Tiers):
        return [(n, t.points) for n, t in _tier_values(rule)]
    return []


def _maxima_slips(ind: Indicator, c: Criterion) -> list[str]:
    """A maximum lower than what a tier, option or category gives on its own."""
    found = []
    rule = c.rule
    own = getattr(rule, "max", None) if not isinstance(rule, kinds.Judged) else None
    full = rule.points if isinstance(rule, kinds.Measured) else None
    for n, points in _tier_points(rule):
        if full is not None and points > full:
            found.append(f"第{n}档得{fmt(points)}分，高于本项满分 points: {fmt(full)}")
        if ind.capped and ind.part != "deduction" and points > ind.max:
            found.append(f"第{n}档得{fmt(points)}分，高于指标 {ind.id} 的分值{fmt(ind.max)}分")
    if isinstance(rule, kinds.PerCategory) and own is not None:
        for n, cat in enumerate(rule.categories, 1):
            if cat.points > own:
                found.append(f"第{n}个类别“{cat.label}”每次{fmt(cat.points)}分，高于本项上限 max: {fmt(own)}")
    if isinstance(rule, kinds.PerOccurrence) and own is not None and rule.first_points > own:
        found.append(f"首次得{fmt(rule.first_points)}分，高于本项上限 max: {fmt(own)}")
    if isinstance(rule, kinds.Choice) and ind.capped and ind.part != "deduction":
        for n, option in enumerate(rule.options, 1):
            if option.points > ind.max:
                found.append(f"第{n}个选项“{option.label}”得{fmt(option.points)}分，高于指标 {ind.id} 的分值"
                             f"{fmt(ind.max)}分")
    if own is not None and ind.capped and ind.part != "deduction" and own > ind.max:
        found.append(f"本项上限 max: {fmt(own)} 高于指标 {ind.id} 的分值{fmt(ind.max)}分，按指标分值计")
    return [f"准则 {c.id}：{text}" for text in found]


def _numbers(node) -> set[Decimal]:
    """Every number a rule states, with what follows from them (share × points, ratio × 100)."""
    found: set[Decimal] = set()
    if isinstance(node, dict):
        for value in node.values():
            found |= _numbers(value)
    elif isinstance(node, list | tuple):
        for value in node:
            found |= _numbers(value)
    elif isinstance(node, Decimal | int | float) and not isinstance(node, bool):
        found.add(dec(node))
    return found


def _unused_numbers(ind: Indicator, c: Criterion) -> list[str]:
    """Points and percentages the clause names that the rule (or its indicator and groups) never uses."""
    stated = _numbers(c.rule.model_dump())
    stated |= {abs(n) for n in stated}
    if isinstance(c.rule, kinds.Measured):
        stated |= set(c.rule.tier_points())
    stated |= {n * s for n in stated for s in stated}  # per-step or per-event points × a count (0.5 × 4 = 最高2分)
    points_ok = stated | {ind.max} | {g.max for g in ind.groups}
    # percentages are the rule's only where it works on ratios; elsewhere "超出期限50%以上" is a condition
    ratios = isinstance(c.rule, kinds.Measured | kinds.Decline) or (isinstance(c.rule, kinds.Tiers) and c.rule.percent)
    percent_ok = {n * 100 for n in stated} | stated if ratios else None
    missing = []
    for m in _POINTS_IN_TEXT.finditer(c.text):
        value = dec(m.group(1))
        if value != ZERO and value not in points_ok and m.group(0) not in missing:
            missing.append(m.group(0).replace(" ", ""))
    for m in _PERCENT_IN_TEXT.finditer(c.text) if percent_ok is not None else ():
        value = dec(m.group(1))
        if value not in percent_ok and value != 100 and m.group(0) not in missing:
            missing.append(m.group(0).replace(" ", ""))
    if not missing:
        return []
    used = "、".join(fmt(n) for n in sorted(_numbers(c.rule.model_dump()) - {ZERO})) or "无"
    return [f"准则 {c.id}：条款原文写了“{'”“'.join(missing)}”，规则中没有这个数（规则用的是 {used}），请核对"]


def warnings(rubric: Rubric) -> list[str]:
    """Likely mistakes in a rubric that loads, one line each, in rubric order."""
    found: list[str] = []
    for ind in rubric.indicators:
        for c in ind.criteria:
            found += _ratio_slips(c) + _maxima_slips(ind, c) + _unused_numbers(ind, c)
    return found


def read_todos(path: str | Path) -> list[Todo]:
    """The file's TODOs; none for a file that is not UTF-8 text (loading it then says what is wrong)."""
    try:
        return todos(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []
