"""Reading and validating rubric files and facts files.

A rubric is checked twice: against the published JSON Schema (shape, field names, rule kinds) and then
for its arithmetic — every indicator reachable, section and part points adding up, IDs unique and in the
form of DESIGN §4. Each problem is one line naming the file, the ID and what is wrong.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from ipdocs.errors import FactError, IpdocsError, RubricError
from ipdocs.numbers import ZERO, dec, fmt
from ipdocs.rubric.model import (
    PART_NAMES,
    CompositePart,
    Criterion,
    Grade,
    Group,
    Indicator,
    Part,
    Rubric,
    Section,
    Veto,
)
from ipdocs.rubric.rules import INFINITE, build_rule
from ipdocs.schema import check_shape, json_ready, load_schema
from ipdocs.yamlfile import read_yaml

SCHEMA_PATH = Path(__file__).with_name("rubric.schema.json")
RESERVED_FACT_KEYS = {"composite"}  # criterion IDs always contain a dot; these never do


def _name_of(node: dict) -> str | None:
    """Indicators and criteria by their ID, for schema messages."""
    if "id" not in node:
        return None
    return f"{'准则' if '.' in str(node['id']) else '指标'} {node['id']}"


def rubrics_dir() -> Path:
    """`rubrics/` of the project (or $IPDOCS_RUBRICS)."""
    env = os.environ.get("IPDOCS_RUBRICS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rubrics"


def rubric_path(ref: str) -> Path:
    """A rubric reference — a shipped id (`wujiang-2023`) or a path — as a file path."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise IpdocsError(f"找不到评分细则文件：{ref}")
        return path
    candidate = rubrics_dir() / f"{ref}.yaml"
    if candidate.is_file():
        return candidate
    known = "、".join(p.stem for p in sorted(rubrics_dir().glob("*.yaml"))) or "无"
    raise IpdocsError(f"找不到评分细则：{ref}（已有：{known}；也可给出 YAML 文件路径）")


def list_rubrics() -> list[Rubric]:
    return [load_rubric(p) for p in sorted(rubrics_dir().glob("*.yaml"))]


def load_rubric(ref: str | Path) -> Rubric:
    path = rubric_path(str(ref))
    return parse_rubric(read_yaml(path, "评分细则"), str(path))


# --- build ------------------------------------------------------------------------------------------

def parse_rubric(doc, source: str = "<rubric>") -> Rubric:
    if not isinstance(doc, dict):
        raise RubricError(f"{source}：评分细则应为 YAML 映射（键: 值）")
    doc = json_ready(doc)
    check_shape(doc, load_schema(SCHEMA_PATH), source, RubricError, _name_of)
    problems: list[str] = []
    seen_ids: set[str] = set()

    def build_indicator(spec: dict, part: str, trail: list[str]) -> Indicator:
        iid = str(spec["id"])
        where = f"{source}：指标 {iid}"
        if iid in seen_ids:
            problems.append(f"{where}：编号重复")
        seen_ids.add(iid)
        criteria = []
        for cspec in spec["criteria"]:
            cid = str(cspec["id"])
            cwhere = f"{source}：准则 {cid}"
            if cid in seen_ids:
                problems.append(f"{cwhere}：编号重复")
            seen_ids.add(cid)
            if not cid.startswith(f"{iid}."):
                problems.append(f"{cwhere}：编号应为“{iid}.序号”（所属指标 {iid}）")
            try:
                rule = build_rule(cspec["rule"], cwhere)
            except RubricError as exc:
                problems.append(str(exc))
                continue
            criteria.append(Criterion(cid, cspec["text"].strip(), rule,
                                      lead_unit=cspec.get("lead_unit"), note=cspec.get("note")))
        groups = [Group([str(c) for c in g["criteria"]], dec(g["max"]), g.get("text", ""))
                  for g in spec.get("groups", [])]
        return Indicator(
            id=iid, title=spec["title"].strip(), part=part, max=dec(spec["max"]), criteria=criteria,
            groups=groups, evidence=(spec.get("evidence") or "").strip(),
            lead_units=list(spec.get("lead_units", [])),
            cooperating_units=list(spec.get("cooperating_units", [])), sections=list(trail),
            note=spec.get("note", ""),
        )

    def build_section(spec: dict, part: str, trail: list[str]) -> Section:
        here = trail + [spec["title"]]
        points = dec(spec["points"]) if "points" in spec else None
        return Section(
            title=spec["title"], points=points, id=spec.get("id"),
            sections=[build_section(s, part, here) for s in spec.get("sections", [])],
            indicators=[build_indicator(i, part, here) for i in spec.get("indicators", [])],
        )

    parts = [
        Part(p["part"], p.get("title", PART_NAMES[p["part"]]), dec(p["points"]),
             [build_section(s, p["part"], []) for s in p["sections"]])
        for p in doc["parts"]
    ]
    period = doc.get("period")
    rubric = Rubric(
        id=doc["id"], title=doc["title"], issuer=doc["issuer"], year=doc["year"],
        assessee=doc["assessee"], period=(period["start"], period["end"]) if period else None,
        scored=doc.get("scored", True), parts=parts,
        grades=sorted((Grade(g["name"], dec(g["min"])) for g in doc.get("grades", [])),
                      key=lambda g: g.min, reverse=True),
        vetoes=[Veto(str(v["criterion"]), v["text"]) for v in doc.get("vetoes", [])],
        total_cap=dec(doc["total_cap"]) if "total_cap" in doc else None,
        composite=[CompositePart(c["name"], dec(c["weight"]), c.get("self", False))
                   for c in doc.get("composite", [])],
        time_rules=doc.get("time_rules", []), deadlines=doc.get("deadlines", []), templates=doc.get("templates", {}),
        seed=str(doc.get("seed", "")), source=source,
    )
    if not problems:
        problems = _check_arithmetic(rubric, source)
    if problems:
        raise RubricError("\n".join(problems))
    return rubric


# --- arithmetic -------------------------------------------------------------------------------------

def _reach(ind: Indicator) -> Decimal:
    """The most an indicator's clauses can give (or, in the deduction part, take)."""
    if ind.part == "deduction":
        return sum((c.rule.max_loss for c in ind.criteria if not c.rule.penalty), ZERO)
    grouped = {cid for g in ind.groups for cid in g.criteria}
    by_id = {c.id: c for c in ind.criteria}
    total = sum((min(sum((by_id[cid].rule.max_gain for cid in g.criteria), ZERO), g.max)
                 for g in ind.groups), ZERO)
    return total + sum((c.rule.max_gain for c in ind.criteria if c.id not in grouped), ZERO)


def _set_criterion_maxima(ind: Indicator) -> None:
    caps = {cid: g.max for g in ind.groups for cid in g.criteria}
    for c in ind.criteria:
        if c.rule.checklist:
            c.max = ZERO
        elif c.rule.penalty:
            c.max = c.rule.max_loss
        elif ind.part == "deduction":
            c.max = min(c.rule.max_loss, ind.max)
        else:
            c.max = min(c.rule.max_gain, caps.get(c.id, INFINITE), ind.max)


def _section_points(section: Section, problems: list[str], source: str) -> Decimal:
    total = sum((_section_points(s, problems, source) for s in section.sections), ZERO)
    total += sum((i.max for i in section.indicators), ZERO)
    if section.points is not None and section.points != total:
        problems.append(f"{source}：“{section.title}”标明{fmt(section.points)}分，"
                        f"所含指标合计{fmt(total)}分，不一致")
    return total


def _check_arithmetic(rubric: Rubric, source: str) -> list[str]:
    problems: list[str] = []
    criteria = rubric.criteria
    for ind in rubric.indicators:
        where = f"{source}：指标 {ind.id}"
        ids = {c.id for c in ind.criteria}
        if not ind.criteria:
            problems.append(f"{where}：没有任何准则")
        for group in ind.groups:
            stray = [cid for cid in group.criteria if cid not in ids]
            if stray:
                problems.append(f"{where}：分组引用了不属于本指标的准则 {'、'.join(stray)}")
        if problems:
            continue
        for c in ind.criteria:
            if not rubric.scored and not c.rule.checklist:
                problems.append(f"{source}：准则 {c.id}：不计分的清单式细则只能使用 requirement 规则")
            if rubric.scored and c.rule.checklist:
                problems.append(f"{source}：准则 {c.id}：计分细则不能使用 requirement 规则")
            if ind.part == "deduction" and c.rule.max_gain > 0:
                problems.append(f"{source}：准则 {c.id}：扣分项中的准则不能加分")
        if rubric.scored:
            reach = _reach(ind)
            if reach < ind.max:
                problems.append(f"{where}：各准则最多只能{'扣' if ind.part == 'deduction' else '得'}"
                                f"{fmt(reach)}分，达不到标明的{fmt(ind.max)}分")
        _set_criterion_maxima(ind)
    for part in rubric.parts:
        total = sum((_section_points(s, problems, source) for s in part.sections), ZERO)
        if part.points != total:
            problems.append(f"{source}：{part.title}标明{fmt(part.points)}分，所含指标合计{fmt(total)}分，不一致")
    names = [p.part for p in rubric.parts]
    for name in set(names):
        if names.count(name) > 1:
            problems.append(f"{source}：部分 {name} 出现了多次")
    for veto in rubric.vetoes:
        if veto.criterion not in criteria:
            problems.append(f"{source}：否决条件引用了不存在的准则 {veto.criterion}")
    if rubric.composite:
        weights = sum((c.weight for c in rubric.composite), ZERO)
        if weights != 1:
            problems.append(f"{source}：综合评分各部分权重合计应为1，实为{fmt(weights)}")
        if sum(c.self_score for c in rubric.composite) != 1:
            problems.append(f"{source}：综合评分应恰有一个部分标为 self（本细则的自评得分）")
    return problems


# --- facts ------------------------------------------------------------------------------------------

def load_facts(path: str | Path) -> dict:
    """A facts file: criterion ID → value (DESIGN §4), plus an optional `composite:` mapping."""
    path = Path(path)
    if not path.is_file():
        raise IpdocsError(f"找不到事实文件：{path}")
    data = read_yaml(path, "事实文件")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FactError(f"{path}：事实文件应为“准则编号: 值”的映射")
    return {str(k): v for k, v in data.items()}
