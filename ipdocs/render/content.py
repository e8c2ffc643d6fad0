"""What goes into the documents for the assessors, as plain data for the templates.

Scores come from the scoring engine on the campaign's facts: `facts.yaml` in the campaign folder (the
coordinator's self-evaluation) where present, otherwise the quantities the lead units claimed in their
registers. Narratives come from the units' filled self-evaluation forms, the lead unit's first.
Evidence comes from the register rows linked to received files. Nothing here touches OOXML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import ZERO, fmt
from ipdocs.campaign.model import Campaign
from ipdocs.forms import read_selfeval_form
from ipdocs.intake.deliveries import claimed_facts, deliveries
from ipdocs.rubric import score
from ipdocs.rubric.engine import ScoreSheet
from ipdocs.rubric.outline import report_outline

NO_NARRATIVE = "本项未报送工作情况。"


@dataclass
class Evidence:
    criterion: str
    indicator: str
    name: str
    type: str
    doc_number: str
    date: dt.date | str | None
    quantity: int | str | None
    classified: bool
    unit: str
    stored: Path  # the file in the store
    original_name: str

    @property
    def catalogue_name(self) -> str:
        """附件4's rules: 文号 or date for documents, screenshots marked, bundles with their count."""
        if self.type in ("网页截图", "新闻截图"):
            suffix = self.type
        elif self.type == "文件包":
            suffix = f"{self.quantity or 1}项"
        elif self.doc_number:
            suffix = self.doc_number
        elif isinstance(self.date, dt.date):
            suffix = f"{self.date.year}.{self.date.month}.{self.date.day}"
        else:
            suffix = str(self.date or "")
        text = f"{self.name}（{suffix}）" if suffix else self.name
        return text + ("（涉密，单独报送）" if self.classified else "")


@dataclass
class Submission:
    campaign: Campaign
    sheet: ScoreSheet
    narratives: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # criterion → [(unit, text)]
    evidence: list[Evidence] = field(default_factory=list)


def gather(campaign: Campaign) -> Submission:
    rubric = campaign.rubric
    delivered = deliveries(campaign)
    narratives: dict[str, list[tuple[str, str]]] = {}
    evidence: list[Evidence] = []
    for d in delivered:
        forms = d.role("selfeval")
        if forms:
            try:
                form = read_selfeval_form(campaign.folder / forms[-1].store_path)
            except IpdocsError:
                form = None
            for cid, text in (form.narratives.items() if form else []):
                if text.strip() and cid in campaign.assignments:
                    narratives.setdefault(cid, []).append((d.unit, text.strip()))
        for row, item in d.links:
            if item is None or row.criterion not in rubric.criteria:
                continue
            indicator = next(ind.id for ind in rubric.indicators if row.criterion in {c.id for c in ind.criteria})
            evidence.append(Evidence(row.criterion, indicator, row.name or Path(item.name).stem, row.type,
                                     row.doc_number, row.date, row.quantity, bool(row.classified), d.unit,
                                     campaign.folder / item.store_path, item.name))
    for cid, texts in narratives.items():  # the lead unit speaks first
        lead = campaign.assignments[cid].lead
        texts.sort(key=lambda t: t[0] != lead)
    return Submission(campaign, score(rubric, claimed_facts(campaign, delivered)), narratives, evidence)


# --- the report ------------------------------------------------------------------------------------

def _paragraphs(sub: Submission, cid: str) -> list[str]:
    texts = sub.narratives.get(cid, [])
    if not texts:
        return [NO_NARRATIVE]
    lead = sub.campaign.assignments[cid].lead
    paragraphs = []
    for unit, text in texts:
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if unit != lead:
            lines[0] = f"（{unit}）{lines[0]}"
        paragraphs += lines
    return paragraphs


def _score(sub: Submission, indicator_id: str) -> str:
    return fmt(sub.sheet.indicators[indicator_id].score)


def _score_line(sub: Submission, heading) -> str:
    """（该项X分,自评X分）; a scheme without points (seed 002) reports completeness instead."""
    if not sub.campaign.rubric.scored:
        return f"（{sub.sheet.indicators[heading.indicator.id].reason}）"
    return heading.score_line(_score(sub, heading.indicator.id))


def report_sections(sub: Submission) -> list[dict]:
    """The outline with narratives and score lines; the deduction section only when something was deducted."""
    sections = []
    deducted = sub.sheet.deduction != ZERO
    for s in report_outline(sub.campaign.rubric):
        if all(h.indicator.part == "deduction" for h in s.indicators) and not deducted:
            continue
        sections.append({"heading": s.text, "indicators": [
            {"id": h.indicator.id, "heading": h.text, "score_line": _score_line(sub, h),
             "criteria": [{"heading": f"{c.id} {c.text}", "paragraphs": _paragraphs(sub, c.id)}
                          for c in h.indicator.criteria]}
            for h in s.indicators]})
    return sections


def totals_sentence(sub: Submission) -> str:
    c, s, r = sub.campaign, sub.sheet, sub.campaign.rubric
    if not r.scored:
        done = s.completeness
        return (f"以上为{c.assessee}知识产权保护工作基本情况。对照本次检查考核指标任务分工，"
                f"{len(r.indicators)}项考核指标共{done['total']}项考核要点，已完成{done['done']}项。")
    deduction = "自评不扣分" if s.deduction == 0 else f"自评扣{fmt(-s.deduction)}分"
    return (f"以上为{c.assessee}知识产权保护工作基本情况。对照本次检查考核指标，"
            f"{c.assessee}自评得分为{fmt(s.total)}分："
            f"其中基础指标{fmt(r.part_points('base'))}分，自评{fmt(s.base)}分；加分项{fmt(r.part_points('bonus'))}分，"
            f"自评{fmt(s.bonus)}分；扣分项{fmt(r.part_points('deduction'))}分，{deduction}。")


def report_date(campaign: Campaign) -> dt.date:
    """Signed on the day the report goes to the assessors (the last deadline), else the campaign's date."""
    onward = [d for d in campaign.deadlines if d.receiver == "assessor" and d.kind == "materials"]
    return onward[-1].due.date() if onward else campaign.document.signed


def report_context(sub: Submission) -> dict:
    c = sub.campaign
    day = report_date(c)
    basis = f"根据《{c.document.scheme}》，" if c.document.scheme else ""
    return {
        "organ_mark": c.document.organ_mark,
        "doc_number": c.document.doc_number(c.year).replace(f"{c.document.number}号", f"{c.document.number + 1}号"),
        "title": f"{c.assessee}{c.year}年知识产权保护工作考核自评报告",
        "overview": [f"{basis}{c.assessee}对照{c.rubric.title}指标，逐项开展了自查自评。现将自评情况报告如下。"],
        "sections": report_sections(sub),
        "closing": totals_sentence(sub),
        "issuer": c.document.issuer,
        "date_text": f"{day.year}年{day.month}月{day.day}日",
    }


def hubei_context(sub: Submission) -> dict:
    """Seed 004's five parts, as lists for templates/report-hubei.docx: the headings (工作情况, 工作亮点, 存在问题,
    明年工作打算, 自评得分情况) and what a part says when its list is empty are the template's, so the
    coordinator edits them in Word."""
    base = report_context(sub)
    c, sheet, rubric = sub.campaign, sub.sheet, sub.campaign.rubric
    items = [ind for ind in rubric.indicators if ind.part != "deduction"]
    work = []
    for n, ind in enumerate(items, 1):
        texts = [p for cr in ind.criteria for p in _paragraphs(sub, cr.id) if p != NO_NARRATIVE]
        work.append(f"{n}.{ind.title}。{''.join(texts) if texts else NO_NARRATIVE}")
    full = [ind for ind in items if ind.part == "base" and sheet.indicators[ind.id].score == ind.max]
    bonus = [ind for ind in items if ind.part == "bonus" and sheet.indicators[ind.id].score > 0]
    lost = [ind for ind in items if ind.part == "base" and sheet.indicators[ind.id].score < ind.max]
    highlights = [f"{n}.{ind.title}：加{_score(sub, ind.id)}分。" for n, ind in enumerate(bonus, 1)]
    highlights += [f"{len(highlights) + n}.{ind.title}：得满分{fmt(ind.max)}分。" for n, ind in enumerate(full, 1)]
    problems = [f"{n}.{ind.title}：失{fmt(ind.max - sheet.indicators[ind.id].score)}分"
                f"（{sheet.indicators[ind.id].reason}）。" for n, ind in enumerate(lost, 1)]
    plans = [f"{n}.针对“{ind.title}”的失分，补齐短板，完善佐证材料。" for n, ind in enumerate(lost, 1)]
    in_seed_order = sorted(rubric.indicators, key=lambda ind: int(ind.id) if ind.id.isdigit() else 10**6)
    rows = [{"number": ind.id, "title": ind.title,
             "max": {"bonus": "加分项", "deduction": f"-{fmt(ind.max)}"}.get(ind.part, fmt(ind.max)),
             "score": _score(sub, ind.id), "reason": sheet.indicators[ind.id].reason}
            for ind in in_seed_order]
    composite = sheet.composite or {}
    summary = totals_sentence(sub) + (f"综合得分{composite['total']}分。" if composite.get("total") is not None else "")
    return {**base, "year": c.year, "next_year": c.year + 1, "work": work, "highlights": highlights,
            "problems": problems, "plans": plans, "score_summary": summary, "score_rows": rows,
            "closing": f"（总分{fmt(rubric.total_cap or rubric.part_points('base'))}分，自评{fmt(sheet.total)}分）"}


# --- the catalogue and the scoring table ------------------------------------------------------------

def catalogue_sections(sub: Submission) -> list[dict]:
    """The report's first two heading levels exactly, each indicator with its numbered evidence items."""
    by_indicator: dict[str, list[Evidence]] = {}
    order = {c.id: n for n, c in enumerate(sub.campaign.rubric.criteria.values())}
    for e in sorted(sub.evidence, key=lambda e: order[e.criterion]):
        by_indicator.setdefault(e.indicator, []).append(e)
    return [{"heading": s["heading"], "indicators": [
        {"heading": ind["heading"], "id": ind["id"],
         "entries": [{"number": n, "text": f"{n}.{e.catalogue_name}", "evidence": e}
                   for n, e in enumerate(by_indicator.get(ind["id"], []), 1)]}
        for ind in s["indicators"]]} for s in report_sections(sub)]


def catalogue_context(sub: Submission) -> dict:
    c = sub.campaign
    return {"title": f"{c.assessee}{c.year}年知识产权保护工作考核佐证材料目录清单",
            "sections": catalogue_sections(sub)}


def score_rows(sub: Submission) -> list[dict]:
    rows = []
    for s in report_outline(sub.campaign.rubric):
        for h in s.indicators:
            ind = h.indicator
            stated = f"-{fmt(ind.max)}" if ind.part == "deduction" else fmt(ind.max)
            scored = sub.campaign.rubric.scored
            rows.append({"id": ind.id, "part": ind.part, "section": f"{s.title}",
                         "indicator": f"{ind.id}.{ind.title}", "max": stated if scored else "—",
                         "max_value": ind.max, "score": _score(sub, ind.id) if scored else "—",
                         "score_value": sub.sheet.indicators[ind.id].score,
                         "reason": sub.sheet.indicators[ind.id].reason})
    return rows


def score_table_context(sub: Submission) -> dict:
    c, s, r = sub.campaign, sub.sheet, sub.campaign.rubric
    if not r.scored:
        return {"title": f"{c.assessee}{c.year}年知识产权保护工作考核完成情况表", "rows": score_rows(sub),
                "totals": [totals_sentence(sub).split("。", 1)[1]]}
    totals = [f"基础指标：{fmt(r.part_points('base'))}分，评分{fmt(s.base)}分。",
              f"加分项：{fmt(r.part_points('bonus'))}分，评分{fmt(s.bonus)}分。",
              f"扣分项：{fmt(r.part_points('deduction'))}分，评分{fmt(s.deduction)}分。",
              f"总分：{fmt(s.total)}分" + (f"（{s.grade}）" if s.grade else "") + "。"]
    totals += [f"说明：{note}" for note in s.notes]
    return {"title": f"{c.assessee}{c.year}年知识产权保护工作考核评分表", "rows": score_rows(sub), "totals": totals}
