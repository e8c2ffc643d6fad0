"""Reading and validating rubric files.

A rubric is validated against its declaration (spec.py: shape, field names, rule kinds and their
parameters) and then checked for what a schema cannot say: every indicator reachable, section and part
points adding up, IDs unique and in the form of DESIGN §4, vetoes and groups naming real criteria.
Each problem is one line naming the file, the ID and what is wrong.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path

from ipdocs.base import resources
from ipdocs.base.errors import IpdocsError, RubricError
from ipdocs.base.inputs import validate
from ipdocs.base.numbers import ZERO, fmt
from ipdocs.base.yamlfile import read_yaml
from ipdocs.rubric import spec
from ipdocs.rubric.kinds import INFINITE, RULE_KINDS
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


def _name_of(node: dict) -> str | None:
    """Criteria and indicators by their ID, for validation messages (sections and time rules have IDs too:
    they are named by their path)."""
    if "id" not in node:
        return None
    if "rule" in node or ("." in str(node["id"]) and "title" not in node):
        return f"准则 {node['id']}"
    if "criteria" in node or "max" in node:
        return f"指标 {node['id']}"
    return None


def is_rubric_path(ref: str | Path) -> bool:
    """A rubric reference is a path when it ends in .yaml/.yml or holds a path separator; anything else is an id,
    whatever files the working directory holds."""
    if isinstance(ref, Path):
        return True
    text = str(ref)
    return text.lower().endswith((".yaml", ".yml")) or any(s and s in text for s in ("/", os.sep, os.altsep))


def rubric_path(ref: str | Path) -> Path:
    """A rubric reference — an id (`wujiang-2023`, the coordinator's own folder first) or a path — as a file."""
    if is_rubric_path(ref):
        path = Path(ref)
        if not path.is_file():
            raise IpdocsError(f"找不到评分细则文件：{ref}（应为评分细则 YAML 文件的路径，或不带路径的细则编号）")
        return path
    ref = str(ref)
    known = resources.rubric_files()
    if ref in known:
        return known[ref]
    raise IpdocsError(f"找不到评分细则：{ref}（已有：{'、'.join(known) or '无'}；也可给出 YAML 文件路径）")


def list_rubrics() -> list[Rubric]:
    return [load_rubric(p) for p in resources.rubric_files().values()]


def load_rubric(ref: str | Path) -> Rubric:
    path = rubric_path(ref)
    return parse_rubric(read_yaml(path, "评分细则"), str(path))


# --- messages a coordinator can act on --------------------------------------------------------------

_POSITION = re.compile(r"(rule\.(tiers|bands|options|categories))\.(\d+)")
_POSITION_WORDS = {"tiers": "第{}档", "bands": "第{}档", "options": "第{}个选项", "categories": "第{}个类别"}


def _from_one(message: str) -> str:
    """Positions inside a rule counted from 1, as people count them: rule.tiers.1 → rule.tiers 第2档."""
    return _POSITION.sub(lambda m: f"{m.group(1)} " + _POSITION_WORDS[m.group(2)].format(int(m.group(3)) + 1),
                         message)


def _criteria_of(sections) -> list[dict]:
    found = []
    for section in sections if isinstance(sections, list) else []:
        if not isinstance(section, dict):
            continue
        found += _criteria_of(section.get("sections"))
        for ind in section.get("indicators") or []:
            if isinstance(ind, dict) and isinstance(ind.get("criteria"), list):
                found += [c for c in ind["criteria"] if isinstance(c, dict)]
    return found


def _refused_kinds(doc: dict, source: str) -> list[str]:
    """A rule kind that does not exist, answered with the kinds whose parameters fit what was written."""
    problems = []
    parts = doc.get("parts") if isinstance(doc.get("parts"), list) else []
    for c in _criteria_of([s for p in parts if isinstance(p, dict) for s in (p.get("sections") or [])]):
        rule = c.get("rule")
        if not isinstance(rule, dict) or "kind" not in rule or rule["kind"] in RULE_KINDS:
            continue
        given = sorted(str(k) for k in rule if k != "kind")
        fit = [name for name, cls in RULE_KINDS.items()
               if set(given) <= {f.alias or n for n, f in cls.model_fields.items()}]
        advice = (f"按所写字段（{'、'.join(given)}）可用：{'、'.join(fit)}" if given and fit
                  else f"可用：{'、'.join(RULE_KINDS)}")
        problems.append(f"{source}：准则 {c.get('id')}：没有规则类型 kind: {rule['kind']}；{advice}"
                        f"（各类型见 README 的 Rule kinds 表）")
    return problems


# --- build ------------------------------------------------------------------------------------------

def parse_rubric(doc, source: str = "<rubric>") -> Rubric:
    if not isinstance(doc, dict):
        raise RubricError(f"{source}：评分细则应为 YAML 映射（键: 值）")
    refused = _refused_kinds(doc, source)
    if refused:
        raise RubricError("\n".join(refused))
    try:
        found = validate(spec.RubricFile, doc, source, RubricError, _name_of)
    except RubricError as exc:
        raise RubricError(_from_one(str(exc))) from None
    problems: list[str] = []
    seen_ids: set[str] = set()

    def build_indicator(ind: spec.Indicator, part: str, trail: list[str]) -> Indicator:
        if ind.id in seen_ids:
            problems.append(f"{source}：指标 {ind.id}：编号重复")
        seen_ids.add(ind.id)
        for c in ind.criteria:
            cwhere = f"{source}：准则 {c.id}"
            if c.id in seen_ids:
                problems.append(f"{cwhere}：编号重复")
            seen_ids.add(c.id)
            if not c.id.startswith(f"{ind.id}."):
                problems.append(f"{cwhere}：编号应为“{ind.id}.序号”（所属指标 {ind.id}）")
        return Indicator(
            id=ind.id, title=ind.title.strip(), part=part, max=ZERO if ind.max is None else ind.max,
            capped=ind.max is not None,
            criteria=[Criterion(c.id, c.text.strip(), c.rule, lead_unit=c.lead_unit, note=c.note)
                      for c in ind.criteria],
            groups=[Group(g.criteria, g.max, g.text) for g in ind.groups], evidence=ind.evidence.strip(),
            lead_units=list(ind.lead_units), cooperating_units=list(ind.cooperating_units), sections=list(trail),
            note=ind.note or "",
        )

    def build_section(section: spec.Section, part: str, trail: list[str]) -> Section:
        here = trail + [section.title]
        return Section(
            title=section.title, points=section.points, id=section.id,
            sections=[build_section(s, part, here) for s in section.sections],
            indicators=[build_indicator(i, part, here) for i in section.indicators],
        )

    parts = [Part(p.part, p.title or PART_NAMES[p.part], p.points, [build_section(s, p.part, []) for s in p.sections])
             for p in found.parts]
    rubric = Rubric(
        id=found.id, title=found.title, issuer=found.issuer, year=found.year, assessee=found.assessee,
        period=(found.period.start, found.period.end) if found.period else None, scored=found.scored, parts=parts,
        grades=sorted((Grade(g.name, g.min) for g in found.grades), key=lambda g: g.min, reverse=True),
        vetoes=[Veto(v.criterion, v.text) for v in found.vetoes], total_cap=found.total_cap,
        composite=[CompositePart(c.name, c.weight, c.self_score) for c in found.composite],
        time_rules=[t.model_dump(by_alias=True, exclude_unset=True) for t in found.time_rules],
        deadlines=[d.model_dump(by_alias=True, exclude_unset=True) for d in found.deadlines],
        templates=dict(found.templates), document_title=found.document_title, seed=found.seed, source=source,
        contacts_form=found.contacts_form.model_dump(exclude_unset=False) if found.contacts_form else None,
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
    """Each criterion's maximum; an uncapped criterion (no stated maximum anywhere) shows 0 and scores what it earns."""
    caps = {cid: g.max for g in ind.groups for cid in g.criteria}
    cap = ind.max if ind.capped else INFINITE
    for c in ind.criteria:
        if c.rule.checklist:
            c.max = ZERO
        elif c.rule.penalty:
            c.max = c.rule.max_loss
        elif ind.part == "deduction":
            c.max = min(c.rule.max_loss, cap)
        else:
            c.max = min(c.rule.max_gain, caps.get(c.id, INFINITE), cap)
        if not c.max.is_finite():
            c.max, c.capped = ZERO, False


def _uncapped_max(ind: Indicator) -> None:
    """An indicator without a stated maximum shows what its criteria can reach (0 when that has no bound)."""
    if not ind.capped:
        reach = _reach(ind)
        ind.max = reach if reach.is_finite() else ZERO


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
            if ind.part == "deduction" and c.rule.max_gain > 0:
                problems.append(f"{source}：准则 {c.id}：扣分项中的准则不能加分")
        if rubric.scored and ind.capped:
            reach = _reach(ind)
            if reach < ind.max:
                problems.append(f"{where}：各准则最多只能{'扣' if ind.part == 'deduction' else '得'}"
                                f"{fmt(reach)}分，达不到标明的{fmt(ind.max)}分")
        _set_criterion_maxima(ind)
        _uncapped_max(ind)
    for part in rubric.parts:
        total = sum((_section_points(s, problems, source) for s in part.sections), ZERO)
        if part.points is not None and part.points != total:
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
