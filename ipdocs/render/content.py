"""What goes into the documents for the assessors, as plain data for the templates.

Scores come from the scoring engine on the campaign's facts: `facts.yaml` in the campaign folder (the
coordinator's self-evaluation) where present, otherwise the quantities the lead units claimed in their
registers. Narratives are ipdocs.render.narrative's: the units' filled forms, else drafts from the evidence.
Evidence comes from the register rows linked to received files, with the facts extraction already found in
them (out/extract/; render never extracts). Nothing here touches OOXML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import ZERO, dec, fmt
from ipdocs.campaign.model import Campaign
from ipdocs.extract.campaign import cached_facts
from ipdocs.intake.deliveries import claimed_facts, deliveries
from ipdocs.render.narrative import NOT_REPORTED, criterion_narratives, narrative
from ipdocs.rubric import score
from ipdocs.rubric.engine import ScoreSheet
from ipdocs.rubric.labels import display_id
from ipdocs.rubric.order import id_key
from ipdocs.rubric.outline import report_outline


def document_title(campaign: Campaign, name: str) -> str:
    """A submitted document's title as the scheme's template writes it: the assessee and year in place of
    seed 004's “××市州 2019 年”, then the rubric's document_title (打击侵权假冒工作考核), then the document."""
    return f"{campaign.assessee}{campaign.year}年{campaign.rubric.document_title}{name}"


def label(campaign: Campaign, cid: str) -> str:
    """The seed's own number of an indicator or criterion (bonus-1.1 → 加分指标1.1)."""
    return display_id(campaign.rubric, cid)


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
    sha256: str = ""
    facts: dict = field(default_factory=dict)  # what extraction found in the file ({} before extraction)

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
    claims: dict = field(default_factory=dict)  # criterion → the claimed fact the sheet scores


def _extracted(campaign: Campaign, sha256: str) -> dict:
    return cached_facts(campaign, sha256) or {}


def gather(campaign: Campaign) -> Submission:
    rubric = campaign.rubric
    delivered = deliveries(campaign)
    narratives: dict[str, list[tuple[str, str]]] = {}
    evidence: list[Evidence] = []
    for d in delivered:
        forms = d.role("selfeval")
        if forms:
            from ipdocs.forms import read_selfeval_form  # python-docx: only where a unit sent its form

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
                                     campaign.folder / item.store_path, item.name, item.sha256,
                                     _extracted(campaign, item.sha256)))
    for cid, texts in narratives.items():  # the lead unit speaks first
        lead = campaign.assignments[cid].lead
        texts.sort(key=lambda t: t[0] != lead)
    claims = claimed_facts(campaign, delivered)
    return Submission(campaign, score(rubric, claims), narratives, evidence, claims)


# --- the report ------------------------------------------------------------------------------------

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
    narratives = criterion_narratives(sub)
    deducted = sub.sheet.deduction != ZERO
    for s in report_outline(sub.campaign.rubric):
        if all(h.indicator.part == "deduction" for h in s.indicators) and not deducted:
            continue
        sections.append({"heading": s.text, "indicators": [
            {"id": h.indicator.id, "heading": h.text, "score_line": _score_line(sub, h),
             "criteria": [{"id": c.id, "heading": f"{label(sub.campaign, c.id)} {c.text}",
                           "paragraphs": narratives[c.id]} for c in h.indicator.criteria]}
            for h in s.indicators]})
    return sections


def totals_sentence(sub: Submission) -> str:
    c, s, r = sub.campaign, sub.sheet, sub.campaign.rubric
    work = r.document_title.removesuffix("考核")  # 知识产权保护工作, 打击侵权假冒工作
    if not r.scored:
        done = s.completeness
        return (f"以上为{c.assessee}{work}基本情况。对照本次检查考核指标任务分工，"
                f"{len(r.indicators)}项考核指标共{done['total']}项考核要点，已完成{done['done']}项。")
    deduction = "自评不扣分" if s.deduction == 0 else f"自评扣{fmt(-s.deduction)}分"

    def stated(name: str) -> str:  # a part without a stated total (uncapped bonus) is not "0分"
        cap = r.part_cap(name)
        return "不设上限" if cap is None else f"{fmt(cap)}分"

    return (f"以上为{c.assessee}{work}基本情况。对照本次检查考核指标，"
            f"{c.assessee}自评得分为{fmt(s.total)}分："
            f"其中基础指标{stated('base')}，自评{fmt(s.base)}分；加分项{stated('bonus')}，"
            f"自评{fmt(s.bonus)}分；扣分项{stated('deduction')}，{deduction}。")


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
        "doc_number": c.document.doc_number(day, c.document.number + 1),  # 文号 year = signing year
        "title": document_title(c, "自评报告"),
        "overview": [f"{basis}{c.assessee}对照{c.rubric.title}指标，逐项开展了自查自评。现将自评情况报告如下。"],
        "sections": report_sections(sub),
        "closing": totals_sentence(sub),
        "issuer": c.document.issuer,
        "date_text": f"{day.year}年{day.month}月{day.day}日",
    }


def _counted_bonus(sub: Submission) -> list[tuple]:
    """The bonus items of 工作亮点 as (indicator, line) with the figures the totals count: each item's score, or —
    where a cap cut the bonus part (seed 004: 总加分至加满107分为止) — one line with the counted bonus and the cap."""
    c, sheet, rubric = sub.campaign, sub.sheet, sub.campaign.rubric
    bonus = [ind for ind in sorted(rubric.indicators, key=lambda i: id_key(i.id))
             if ind.part == "bonus" and sheet.indicators[ind.id].score > 0]
    raw = sum((sheet.indicators[ind.id].score for ind in bonus), ZERO)
    if raw == sheet.bonus:
        return [(ind, f"{ind.title}：加{_score(sub, ind.id)}分。") for ind in bonus]
    if rubric.total_cap is not None and sheet.base + min(raw, rubric.part_points("bonus")) > rubric.total_cap:
        cap = f"总分加满{fmt(rubric.total_cap)}分为止"
    else:
        cap = f"加分以{fmt(rubric.part_points('bonus'))}分为限"
    others = "".join(f"、{label(c, ind.id)}.{ind.title}" for ind in bonus[1:])
    return [(bonus[0], f"{bonus[0].title}{others}：加{fmt(sheet.bonus)}分（{cap}）。")]


def hubei_context(sub: Submission) -> dict:
    """Seed 004's five parts, as lists for templates/report-hubei.docx: the headings (工作情况, 工作亮点, 存在问题,
    明年工作打算, 自评得分情况) and what a part says when its list is empty are the template's, so the
    coordinator edits them in Word. Items keep the scheme's own numbers; every figure comes from the score sheet."""
    base = report_context(sub)
    c, sheet, rubric = sub.campaign, sub.sheet, sub.campaign.rubric
    in_seed_order = sorted(rubric.indicators, key=lambda ind: id_key(ind.id))
    work, silent, reported = [], [], 0
    for ind in in_seed_order:
        texts = [p for cr in ind.criteria for p in narrative(sub, cr.id) if p != NOT_REPORTED]
        if texts:
            work.append(f"{label(c, ind.id)}.{ind.title}。{''.join(texts)}")
            reported += 1
        elif ind.part != "deduction":
            silent.append(label(c, ind.id))
    if silent:
        work.append(f"第{'、'.join(silent)}项考核内容未报送工作情况。")
    units = sorted({u for a in c.assignments.values() for u in (a.lead, *a.cooperating)})
    overview = [f"{c.year}年，{c.assessee}对照《{rubric.title}评分表》{len(in_seed_order)}项考核内容，由"
                f"{len(units)}个成员单位分工落实。{reported}项考核内容报送了工作情况，"
                f"佐证材料{len(sub.evidence)}份；自评得分{fmt(sheet.total)}分。"]

    full = [ind for ind in in_seed_order if ind.part == "base" and sheet.indicators[ind.id].score == ind.max]
    lost = [ind for ind in in_seed_order if ind.part == "base" and sheet.indicators[ind.id].score < ind.max]
    deducted = [ind for ind in in_seed_order if ind.part == "deduction" and sheet.indicators[ind.id].score < 0]
    # 亮点 and 存在问题 are lists of the scheme's items: each line carries the item's own number
    highlights = _counted_bonus(sub) + [(ind, f"{ind.title}：得满分{fmt(ind.max)}分。") for ind in full]
    highlights = [f"{label(c, ind.id)}.{line}" for ind, line in sorted(highlights, key=lambda h: id_key(h[0].id))]
    problems = [f"{label(c, ind.id)}.{ind.title}：失{fmt(ind.max - sheet.indicators[ind.id].score)}分"
                f"（{sheet.indicators[ind.id].reason}）。" for ind in lost]
    problems += [f"{label(c, ind.id)}.{ind.title}：扣{fmt(-sheet.indicators[ind.id].score)}分"
                 f"（{sheet.indicators[ind.id].reason}）。" for ind in deducted]
    problems += [f"{label(c, cid)} {cr.text}：扣{fmt(-sheet.criteria[cid].score)}分（{sheet.criteria[cid].reason}）。"
                 for cid, cr in rubric.criteria.items() if cr.rule.penalty and sheet.criteria[cid].score < 0]
    weak = {ind.id for ind in lost + deducted}
    plans = []
    for s in report_outline(rubric):  # one plan per 考核重点 that lost points, naming its items
        hit = [h.indicator for h in s.indicators if h.indicator.id in weak]
        if hit:
            plans.append(f"{s.title}：针对第{'、'.join(label(c, i.id) for i in hit)}项失分、扣分的问题，"
                         f"逐项补齐短板，完善佐证材料。")
    rows = [{"number": label(c, ind.id), "title": ind.title,
             "max": {"bonus": "加分项", "deduction": f"-{fmt(ind.max)}"}.get(ind.part, fmt(ind.max)),
             "score": _score(sub, ind.id), "reason": sheet.indicators[ind.id].reason}
            for ind in in_seed_order]
    composite = sheet.composite or {}
    summary = totals_sentence(sub) + (f"综合得分{composite['total']}分。" if composite.get("total") is not None else "")
    return {**base, "overview": overview, "year": c.year, "next_year": c.year + 1, "work": work,
            "highlights": highlights, "problems": problems, "plans": [f"{n}.{p}" for n, p in enumerate(plans, 1)],
            "score_summary": summary, "score_rows": rows,
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
    return {"title": document_title(c, "佐证材料目录清单"),
            "sections": catalogue_sections(sub)}


def score_rows(sub: Submission) -> list[dict]:
    rows = []
    for s in report_outline(sub.campaign.rubric):
        for h in s.indicators:
            ind = h.indicator
            stated = f"-{fmt(ind.max)}" if ind.part == "deduction" else fmt(ind.max)
            scored = sub.campaign.rubric.scored
            rows.append({"id": ind.id, "part": ind.part, "section": f"{s.title}",
                         "indicator": f"{label(sub.campaign, ind.id)}.{ind.title}", "max": stated if scored else "—",
                         "max_value": ind.max, "score": _score(sub, ind.id) if scored else "—",
                         "score_value": sub.sheet.indicators[ind.id].score,
                         "reason": sub.sheet.indicators[ind.id].reason})
    return rows


def composite_rows(sub: Submission) -> list[dict]:
    """The weighted composite (seed 004: 自我评价20%、部门考核40%、平时工作信息报送40%) as rows of the score table:
    one per part (the self part is this table's total) and 综合得分, computed once the assessor's parts are known."""
    composite = sub.sheet.composite
    if not composite:
        return []
    rows = []
    weights = {name: dec(w) for name, w in composite["weights"].items()}
    pct = {name: fmt(w * 100) for name, w in weights.items()}
    own = next(p.name for p in sub.campaign.rubric.composite if p.self_score)
    for name in weights:
        value = composite["parts"].get(name)
        rows.append({"id": "", "part": "composite", "self": name == own, "section": "综合考核",
                     "indicator": f"{name}（占{pct[name]}%）",
                     "max": f"{pct[name]}%", "max_value": weights[name], "weight": weights[name],
                     "score": "待评定" if value is None else fmt(dec(value)),
                     "score_value": None if value is None else dec(value),
                     "reason": "本表自评总分" if name == own else ("" if value is not None else "由考核单位评定")})
    formula = "＋".join(f"{name}×{pct[name]}%" for name in weights)
    total = composite.get("total")
    rows.append({"id": "", "part": "composite", "self": False, "section": "综合考核", "indicator": "综合得分",
                 "max": "100%",
                 "max_value": None, "weight": None, "score": "待评定" if total is None else fmt(dec(total)),
                 "score_value": None if total is None else dec(total),
                 "reason": formula + (f"；待{'、'.join(composite['missing'])}评定后计算" if total is None else "")})
    return rows


def score_table_context(sub: Submission) -> dict:
    c, s, r = sub.campaign, sub.sheet, sub.campaign.rubric
    if not r.scored:
        return {"title": document_title(c, "完成情况表"), "rows": score_rows(sub),
                "totals": [totals_sentence(sub).split("。", 1)[1]]}
    totals = [f"基础指标：{fmt(r.part_points('base'))}分，评分{fmt(s.base)}分。",
              f"加分项：{fmt(r.part_points('bonus'))}分，评分{fmt(s.bonus)}分。",
              f"扣分项：{fmt(r.part_points('deduction'))}分，评分{fmt(s.deduction)}分。",
              f"总分：{fmt(s.total)}分" + (f"（{s.grade}）" if s.grade else "") + "。"]
    totals += [f"说明：{note}" for note in s.notes]
    return {"title": document_title(c, "评分表"), "rows": score_rows(sub) + composite_rows(sub), "totals": totals}
