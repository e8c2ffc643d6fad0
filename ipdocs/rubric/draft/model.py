"""A drafted rubric: parts → sections → indicators → criteria, with the guesses made at each level."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ipdocs.rubric.draft.clauses import Indicator, assign
from ipdocs.rubric.draft.phrases import VETO
from ipdocs.rubric.draft.read import Scheme
from ipdocs.rubric.draft.rows import Layout

PART_TITLES = {"base": "基础指标", "bonus": "加分项", "deduction": "扣分项"}
PREFIX = {"bonus": "bonus-", "deduction": "deduct-"}


@dataclass
class DraftCriterion:
    id: str
    text: str
    rule: dict
    todos: list[str] = field(default_factory=list)


@dataclass
class DraftIndicator:
    id: str
    title: str
    part: str
    max: Decimal
    criteria: list[DraftCriterion]
    evidence: str = ""
    todos: list[str] = field(default_factory=list)


@dataclass
class DraftSection:
    """A category of the table (研究部署（20分）); `points` only where they agree with its indicators."""

    title: str
    points: Decimal | None
    indicators: list[DraftIndicator] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)


@dataclass
class DraftPart:
    """基础指标, 加分项 or 扣分项: its points are its indicators' maxima added up (a stated total that
    differs is a TODO)."""

    part: str
    title: str
    sections: list[DraftSection] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)

    @property
    def points(self) -> Decimal:
        return sum((i.max for s in self.sections for i in s.indicators), Decimal(0))


@dataclass
class Draft:
    source: str
    id: str
    title: str
    issuer: str
    year: int | None
    assessee: str
    scored: bool
    parts: list[DraftPart] = field(default_factory=list)
    grades: list[dict] = field(default_factory=list)
    vetoes: list[dict] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)

    @property
    def indicators(self) -> list[DraftIndicator]:
        return [i for p in self.parts for s in p.sections for i in s.indicators]


def _title(scheme: Scheme) -> str:
    for cells in scheme.rows:
        for cell in cells:
            text = re.sub(r"^[#\s]*(?:附件\s*\d*\s*)?", "", cell).strip("《》 ")
            if 6 <= len(text) <= 60 and "考核" in text and re.search(r"(方案|评分表|指标体系|考核表|细则)$", text):
                return text
    return Path(scheme.path).stem


def _text(scheme: Scheme) -> str:
    return "\n".join(c for cells in scheme.rows for c in cells)


def _grades(text: str) -> list[dict]:
    found = {}
    grade = r"(\d+)\s*分(?:及|或)?以上(?:且[^，。；]{0,12})?(?:的)?(?:为|评为|确定为)[“\"]?(优秀|良好|合格|较好)"
    for m in re.finditer(grade, text):
        found.setdefault(m.group(2), Decimal(m.group(1)))
    grades = [{"name": name, "min": points} for name, points in sorted(found.items(), key=lambda kv: -kv[1])]
    if grades and re.search(r"以下(?:的)?为[“\"]?(一般|不合格|较差)", text):
        low = re.search(r"以下(?:的)?为[“\"]?(一般|不合格|较差)", text).group(1)
        grades.append({"name": low, "min": Decimal(0)})
    return grades


def _infer_part(ind: Indicator) -> str:
    """An indicator outside any 加分项/扣分项 banner whose every clause adds (加…分) or deducts."""
    if ind.raw.part_stated or ind.raw.part != "base":
        return ind.raw.part
    if all(c.drafted.rule["kind"] == "deduct_per_event" for c in ind.clauses):
        return "deduction"
    if all(re.search(r"加\s*\d", c.text) and not re.search(r"得\s*\d", c.text) for c in ind.clauses):
        return "bonus"
    return "base"


def build(scheme: Scheme, layout: Layout) -> Draft:
    text = _text(scheme)
    title = _title(scheme)
    year = re.search(r"(20\d\d)\s*年", title) or re.search(r"(20\d\d)\s*年度?", text)
    draft = Draft(str(Path(scheme.path).name), "draft", title, "", int(year.group(1)) if year else None, "",
                  layout.scored, grades=_grades(text))
    draft.todos += ["细则编号 id 请改为“地区-年度”形式（小写字母、数字、连字符）",
                    "印发机关 issuer、被考核对象 assessee 请按方案填写"]
    draft.issuer, draft.assessee = "待填写", "待填写"
    if not draft.grades and layout.scored:
        draft.todos.append("方案中未找到等次划分（如“90分及以上为优秀”），如有请补写 grades")
    inds = assign(layout)
    base_ids = {i.raw.id for i in inds if _infer_part(i) == "base"}
    parts: dict[str, DraftPart] = {}
    for ind in inds:
        part = _infer_part(ind)
        raw = ind.raw
        prefix = PREFIX[part] if part != "base" and raw.id in base_ids else ""
        todos = list(ind.todos)
        reach = ind.reach
        if not layout.scored:
            maximum = Decimal(0)
        elif raw.max is not None:
            maximum = raw.max
            if reach is not None and reach != maximum and part != "deduction":
                todos.append(f"各准则合计{_fmt(reach)}分，与指标分值{_fmt(maximum)}分不一致，请核对")
        elif reach is not None:
            maximum = reach
            todos.append("原文未标明指标分值，按各准则合计起草")
        else:
            maximum = layout.part_points.get(part, Decimal(0))
            todos.append("原文未标明指标分值，且有准则不设上限，请补写 max")
        criteria = []
        for c in ind.clauses:
            cid = prefix + c.id
            criteria.append(DraftCriterion(cid, c.text, c.drafted.rule, list(c.drafted.todos)))
            if c.drafted.veto:
                draft.vetoes.append({"criterion": cid, "text": _veto_text(c.drafted.veto)})
        target = parts.setdefault(part, DraftPart(part, PART_TITLES[part]))
        section_title = raw.section or PART_TITLES[part]
        if not target.sections or target.sections[-1].title != section_title:
            target.sections.append(DraftSection(section_title, raw.section_points if raw.section else None))
        target.sections[-1].indicators.append(
            DraftIndicator(prefix + raw.id, raw.title or raw.header, part, maximum, criteria, raw.evidence, todos))
    for name in ("base", "bonus", "deduction"):
        if name not in parts:
            continue
        part = parts[name]
        for section in part.sections:
            total = sum((i.max for i in section.indicators), Decimal(0))
            if section.points is not None and section.points != total:
                section.todos.append(f"原文标明本层级{_fmt(section.points)}分，所含指标合计{_fmt(total)}分，请核对")
                section.points = None
        stated = layout.part_points.get(name)
        if stated is not None and stated != part.points:
            part.todos.append(f"原文标明{part.title}{_fmt(stated)}分，所含指标合计{_fmt(part.points)}分，请核对")
        draft.parts.append(part)
    return draft


def _veto_text(clause: str) -> str:
    """The condition as the scheme words it: its bracketed note, or its sentence."""
    m = re.search(r"[（(]([^（()）]*(?:" + VETO.pattern + r")[^（()）]*)[）)]", clause)
    if m:
        return m.group(1).strip("。 ")
    return next(s for s in re.split(r"(?<=[。；;])", clause) if VETO.search(s)).strip("。；; ")


def _fmt(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text
