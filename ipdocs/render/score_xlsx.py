"""The score tables: per indicator (INDICATOR_SCORES, shown by `ipdocs score` and the pipeline's artifact),
and the 考核评分表 as a workbook whose formulas recompute the totals, so an assessor who changes a score in
Excel sees the part totals, caps and the total follow."""

from __future__ import annotations

from pathlib import Path

from ipdocs.base.numbers import fmt
from ipdocs.output.table import Column, Table
from ipdocs.render.content import Submission, composite_rows, document_title, score_rows
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
                     "max": ind.max_text if not ind.capped else f"-{fmt(s.max)}" if ind.part == "deduction"
                     else fmt(s.max)})
    if total:
        rows.append({"indicator": "总分", "title": sheet.grade or "", "max": "", "score": fmt(sheet.total),
                     "reason": ""})
    return rows


def _number(value):
    return int(value) if value == value.to_integral_value() else float(value)


def merge_repeated(ws, column: str, first: int, last: int) -> None:
    """One merged cell for each run of equal values in `column`, rows first..last (the indicator's section)."""
    start = first
    for row in range(first + 1, last + 2):
        if row > last or ws[f"{column}{row}"].value != ws[f"{column}{start}"].value:
            if row - 1 > start and ws[f"{column}{start}"].value not in (None, ""):
                ws.merge_cells(f"{column}{start}:{column}{row - 1}")
            start = row


def write_score_xlsx(sub: Submission, path: Path) -> Path:
    import openpyxl  # here, not at import: the score table's rows are read on every run, the workbook written on few
    from openpyxl.styles import Font

    from ipdocs.output.files import save_xlsx
    from ipdocs.output.xlsx import WRAP, style_header

    rubric = sub.campaign.rubric
    wb = openpyxl.Workbook()
    ws = wb.active
    if not rubric.scored:
        return _write_checklist(sub, wb, ws, path)
    ws.title = "考核评分表"
    ws.append([document_title(sub.campaign, "评分表")])
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
        merge_repeated(ws, "A", first, last)
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
    weighted = composite_rows(sub)  # seed 004: 自我评价20%、部门考核40%、平时工作信息报送40%, recomputed by formula
    if weighted:
        first = ws.max_row + 1
        for r in weighted[:-1]:
            value = f"=D{total_row}" if r["self"] else (None if r["score_value"] is None else _number(r["score_value"]))
            ws.append([r["section"], r["indicator"], _number(r["weight"]), value, r["reason"]])
            ws[f"C{ws.max_row}"].number_format = "0%"
        last = ws.max_row
        product = "+".join(f"C{n}*D{n}" for n in range(first, last + 1))
        ws.append([weighted[-1]["section"], weighted[-1]["indicator"], 1,
                   f'=IF(COUNT(D{first}:D{last})<{last - first + 1},"",ROUND({product},2))', weighted[-1]["reason"]])
        ws[f"C{ws.max_row}"].number_format = "0%"
        ws[f"B{ws.max_row}"].font = ws[f"D{ws.max_row}"].font = Font(bold=True)
        merge_repeated(ws, "A", first, ws.max_row)
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


def _write_checklist(sub: Submission, wb, ws, path: Path) -> Path:
    """A scheme without points (seed 002): what each indicator has done — no 分值/评分 columns."""
    from ipdocs.output.files import save_xlsx
    from ipdocs.output.xlsx import WRAP, style_header

    ws.title = "完成情况表"
    ws.append([document_title(sub.campaign, "完成情况表")])
    ws.append(["考核内容", "考核指标", "完成情况"])
    style_header(ws[2])
    for r in score_rows(sub):
        ws.append([r["section"], r["indicator"], r["reason"]])
    merge_repeated(ws, "A", 3, ws.max_row)
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = WRAP
    for col, width in zip("ABC", (40, 50, 20), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"
    wb.properties.created = wb.properties.modified = sub.campaign.created
    wb.properties.title = "完成情况表"
    return save_xlsx(wb, path)
