"""The score tables: per indicator (INDICATOR_SCORES, shown by `ipdocs score` and the pipeline's artifact),
and the 考核评分表 as a workbook whose formulas recompute the totals, so an assessor who changes a score in
Excel sees the part totals, caps and the total follow."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from ipdocs.base.numbers import fmt
from ipdocs.output.files import save_xlsx
from ipdocs.output.table import Column, Table
from ipdocs.output.xlsx import WRAP, style_header
from ipdocs.render.content import Submission, score_rows
from ipdocs.rubric.engine import ScoreSheet
from ipdocs.rubric.model import Rubric

HEADER = ["考核指标", "考核要点", "分值", "评分", "扣分原因"]
PART_TITLES = {"base": "基础指标小计", "bonus": "加分项小计", "deduction": "扣分项小计"}

INDICATOR_SCORES = Table("评分表", (
    Column("指标", "indicator", width=8), Column("名称", "title", width=40), Column("分值", "max", width=8),
    Column("得分", "score", width=8), Column("扣分原因", "reason", width=60)))


def indicator_scores(rubric: Rubric, sheet: ScoreSheet, total: bool = False) -> list[dict]:
    """The rows of INDICATOR_SCORES (a deduction's points shown negative); with `total`, a last row 总分."""
    rows = []
    for ind in rubric.indicators:
        s = sheet.indicators[ind.id]
        rows.append({"indicator": ind.id, "title": ind.title, "score": fmt(s.score), "reason": s.reason,
                     "max": f"-{fmt(s.max)}" if ind.part == "deduction" else fmt(s.max)})
    if total:
        rows.append({"indicator": "总分", "title": sheet.grade or "", "max": "", "score": fmt(sheet.total),
                     "reason": ""})
    return rows


def _number(value):
    return int(value) if value == value.to_integral_value() else float(value)


def write_score_xlsx(sub: Submission, path: Path) -> Path:
    rubric = sub.campaign.rubric
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    ws.append([f"{sub.campaign.assessee}{sub.campaign.year}年知识产权保护工作考核评分表"])
    ws.append(HEADER)
    style_header(ws[2])
    subtotal = {}
    for part in ("base", "bonus", "deduction"):
        rows = [r for r in score_rows(sub) if r["part"] == part]
        if not rows:
            continue
        first = ws.max_row + 1
        for r in rows:
            sign = -1 if part == "deduction" else 1
            ws.append([r["section"], r["indicator"], _number(r["max_value"]) * sign, _number(r["score_value"]),
                       r["reason"]])
        last = ws.max_row
        points = _number(rubric.part_points(part))
        formula = {"base": f"=SUM(D{first}:D{last})", "bonus": f"=MIN(SUM(D{first}:D{last}),{points})",
                   "deduction": f"=MAX(SUM(D{first}:D{last}),-{points})"}[part]
        ws.append([PART_TITLES[part], "", points if part != "deduction" else -points, formula,
                   "各项合计" + ("" if part == "base" else f"，以{fmt(rubric.part_points(part))}分为限")])
        subtotal[part] = f"D{ws.max_row}"
    base, bonus = subtotal.get("base", "0"), subtotal.get("bonus", "0")
    deduction = subtotal.get("deduction", "0")
    penalties = [c for c in rubric.criteria.values() if c.rule.penalty]
    penalty_cells = []
    for c in penalties:
        ws.append(["处罚", f"{c.id} {c.text}", -_number(c.max), _number(sub.sheet.criteria[c.id].score),
                   "不受扣分项上限限制"])
        penalty_cells.append(f"D{ws.max_row}")
    earned = f"MIN({base}+{bonus},{_number(rubric.total_cap)})" if rubric.total_cap else f"{base}+{bonus}"
    ws.append(["总分", "", "", "=" + "+".join([earned, deduction, *penalty_cells]), ""])
    total_row = ws.max_row
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = WRAP
    ws[f"A{total_row}"].font = ws[f"D{total_row}"].font = Font(bold=True)
    for col, width in zip("ABCDE", (36, 50, 10, 10, 60), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"
    wb.properties.created = wb.properties.modified = sub.campaign.created
    wb.properties.title = "考核评分表"
    return save_xlsx(wb, path)
