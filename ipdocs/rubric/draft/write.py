"""The drafted rubric as YAML a coordinator edits: the scheme's wording verbatim, each guess a `# TODO:`
comment (listed by `ipdocs rubric check`)."""

from __future__ import annotations

from decimal import Decimal

import yaml

from ipdocs.rubric.draft.model import Draft, DraftIndicator

MARK = "# TODO: "


def plain(value):
    """Decimals as YAML numbers (integral → int), recursively."""
    if isinstance(value, Decimal):
        value = value.normalize()
        return int(value) if value == value.to_integral_value() else float(str(value))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def scalar(value) -> str:
    text = yaml.safe_dump(plain(value), allow_unicode=True, default_flow_style=True, width=10**6, sort_keys=False)
    return text.removesuffix("\n...\n").strip()


def _todo(todos: list[str], indent: str) -> list[str]:
    return [f"{indent}{MARK}{t}" for t in todos]


def _indicator(ind: DraftIndicator, indent: str) -> list[str]:
    inner = indent + "  "
    lines = [f"{indent}- id: {scalar(ind.id)}", *_todo(ind.todos, inner)]
    lines.append(f"{inner}title: {scalar(ind.title)}")
    lines.append(f"{inner}max: {scalar(ind.max)}")
    if ind.evidence:
        lines.append(f"{inner}evidence: {scalar(ind.evidence)}")
    lines.append(f"{inner}criteria:")
    for c in ind.criteria:
        lines.append(f"{inner}  - id: {scalar(c.id)}")
        lines += _todo(c.todos, inner + "    ")
        lines.append(f"{inner}    text: {scalar(c.text)}")
        lines.append(f"{inner}    rule: {scalar(c.rule)}")
    return lines


def to_yaml(draft: Draft) -> str:
    lines = [f"# 由 ipdocs rubric draft 自 {draft.source} 起草；推测之处逐一注明，请核对后删去注释。",
             f"# 共{len(draft.indicators)}项指标、{sum(len(i.criteria) for i in draft.indicators)}条准则。"]
    lines += _todo(draft.todos, "")
    for key in ("id", "title", "issuer", "year", "assessee"):
        lines.append(f"{key}: {scalar(getattr(draft, key))}")
    lines.append(f"scored: {scalar(draft.scored)}")
    if draft.grades:
        lines.append("grades:")
        lines += [f"  - {scalar(g)}" for g in draft.grades]
    if draft.vetoes:
        lines.append("vetoes:")
        lines += [f"  - {scalar(v)}" for v in draft.vetoes]
    lines.append("parts:")
    for part in draft.parts:
        lines.append(f"  - part: {part.part}")
        lines += _todo(part.todos, "    ")
        lines.append(f"    title: {scalar(part.title)}")
        lines.append(f"    points: {scalar(part.points)}")
        lines.append("    sections:")
        for section in part.sections:
            lines.append(f"      - title: {scalar(section.title)}")
            lines += _todo(section.todos, "        ")
            if section.points is not None:
                lines.append(f"        points: {scalar(section.points)}")
            lines.append("        indicators:")
            for ind in section.indicators:
                lines += _indicator(ind, "          ")
    return "\n".join(lines) + "\n"
