"""The rubric as objects: a scheme's parts, section levels, indicators and criteria (pure data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ipdocs.base.numbers import ZERO, fmt, to_json
from ipdocs.rubric.kinds import RuleBase

PARTS = ("base", "bonus", "deduction")
PART_NAMES = {"base": "基础指标", "bonus": "加分项", "deduction": "扣分项"}


@dataclass
class Criterion:
    id: str
    text: str  # the seed's wording, verbatim
    rule: RuleBase  # one of the rule kinds, as declared in the file
    max: Decimal = ZERO  # the most it can move its indicator (gain, or loss in the deduction part)
    lead_unit: str | None = None
    note: str | None = None
    capped: bool = True  # False: nothing bounds what it can give (max shows 0)

    @property
    def kind(self) -> str:
        return self.rule.kind

    @property
    def max_text(self) -> str:
        return fmt(self.max) if self.capped else "不设上限"


@dataclass
class Group:
    """Several criteria sharing one cap inside an indicator (seed 004 11: 第(1)至(5)项满分1.5分)."""

    criteria: list[str]
    max: Decimal
    text: str = ""


@dataclass
class Indicator:
    id: str
    title: str
    part: str
    max: Decimal
    criteria: list[Criterion]
    groups: list[Group] = field(default_factory=list)
    evidence: str = ""  # 支撑材料说明
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # titles of the enclosing section levels
    note: str = ""  # e.g. seed 004's 考核单位
    capped: bool = True  # False: the scheme states no maximum (max: null); `max` is then what its criteria can reach

    @property
    def max_text(self) -> str:
        return fmt(self.max) if self.capped else "不设上限"


@dataclass
class Section:
    title: str
    points: Decimal | None
    id: str | None = None
    sections: list[Section] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)


@dataclass
class Part:
    part: str  # base | bonus | deduction
    title: str
    points: Decimal | None  # None: the scheme states no total (a bonus part without a maximum)
    sections: list[Section]

    @property
    def label(self) -> str:
        """加分项10分, or 加分项不设上限."""
        name = PART_NAMES[self.part]
        return f"{name}{fmt(self.points)}分" if self.points is not None else f"{name}不设上限"


@dataclass
class Grade:
    name: str
    min: Decimal


@dataclass
class Veto:
    criterion: str
    text: str


@dataclass
class CompositePart:
    name: str
    weight: Decimal
    self_score: bool = False  # the part this rubric's own score fills


def _reachable(part: Part) -> Decimal:
    def walk(sections):
        return sum((sum((i.max for i in s.indicators), ZERO) + walk(s.sections) for s in sections), ZERO)
    return walk(part.sections)


@dataclass
class Rubric:
    id: str
    title: str
    issuer: str
    year: int | None
    assessee: str
    period: tuple[str, str] | None
    scored: bool
    parts: list[Part]
    grades: list[Grade] = field(default_factory=list)
    vetoes: list[Veto] = field(default_factory=list)
    total_cap: Decimal | None = None
    composite: list[CompositePart] = field(default_factory=list)
    time_rules: list[dict] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)  # the scheme's own dates (名称, date, from, to)
    templates: dict = field(default_factory=dict)
    document_title: str = "知识产权保护工作考核"  # in submitted documents' titles (seed 004: 打击侵权假冒工作考核)
    contacts_form: dict | None = None  # the scheme's own contacts form (title, columns, scope, note)
    seed: str = ""
    source: str = ""
    targets: dict[str, Decimal] = field(default_factory=dict)  # criterion → the assessee's target (campaign.yaml)

    @property
    def indicators(self) -> list[Indicator]:
        found: list[Indicator] = []

        def walk(sections):
            for section in sections:
                found.extend(section.indicators)
                walk(section.sections)

        for part in self.parts:
            walk(part.sections)
        return found

    @property
    def criteria(self) -> dict[str, Criterion]:
        return {c.id: c for ind in self.indicators for c in ind.criteria}

    def part_points(self, name: str) -> Decimal:
        """A part's stated total; for a part without one, what its indicators can reach."""
        return sum((p.points if p.points is not None else _reachable(p) for p in self.parts if p.part == name), ZERO)

    def part_cap(self, name: str) -> Decimal | None:
        """A part's stated total, None when the scheme states none (no cap)."""
        if any(p.points is None for p in self.parts if p.part == name):
            return None
        return self.part_points(name)

    def to_json(self) -> dict:
        """`ipdocs rubric show --json` (DESIGN §4), plus what editors and later stages need."""
        return {
            "id": self.id,
            "title": self.title,
            "issuer": self.issuer,
            "year": self.year,
            "scored": self.scored,
            "totals": {name: to_json(self.part_points(name)) for name in PARTS},
            "total_cap": None if self.total_cap is None else to_json(self.total_cap),
            "grades": [{"name": g.name, "min": to_json(g.min)} for g in self.grades],
            "vetoes": [{"criterion": v.criterion, "text": v.text} for v in self.vetoes],
            "composite": [{"name": c.name, "weight": to_json(c.weight), "self": c.self_score}
                          for c in self.composite],
            "period": list(self.period) if self.period else None,
            "indicators": [
                {
                    "id": ind.id,
                    "title": ind.title,
                    "part": ind.part,
                    "max": to_json(ind.max) if ind.capped else None,
                    "sections": ind.sections,
                    "evidence": ind.evidence,
                    "lead_units": ind.lead_units,
                    "cooperating_units": ind.cooperating_units,
                    "note": ind.note,
                    "criteria": [
                        {
                            "id": c.id,
                            "text": c.text,
                            "kind": c.kind,
                            "max": to_json(c.max) if c.capped else None,
                            "fact": c.rule.fact_hint.strip(),
                            **({"labels": c.rule.labels()} if c.rule.labels() else {}),
                        }
                        for c in ind.criteria
                    ],
                }
                for ind in self.indicators
            ],
        }
