"""自评材料填报模板: the unit's part of the self-evaluation report, to fill in Word or WPS, and its reader.

The headings are the report's (ipdocs.rubric.outline). Under each criterion the unit types its narrative
(正文) into a content control tagged `ipdocs:narrative:<criterion>`; in a scored scheme each indicator
ends with the line （该项X分,自评__分） whose blank is a control tagged `ipdocs:selfscore:<indicator>` (a scheme
without points, seed 002, asks for no self-score). Reading the tags back
gives exactly what the unit typed: paragraphs and line breaks become newlines, nothing else is changed.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import RGBColor

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import fmt
from ipdocs.campaign.model import ROLES, Campaign
from ipdocs.rubric.labels import display_id
from ipdocs.rubric.model import Rubric
from ipdocs.rubric.outline import report_outline
from ipdocs.word import oxml
from ipdocs.word.official import OfficialDocument

NARRATIVE = "ipdocs:narrative:"
SELF_SCORE = "ipdocs:selfscore:"
FORM_ID = "ipdocs:selfeval"
NARRATIVE_PLACEHOLDER = "（在此填写正文：本单位落实情况、主要做法、工作成效和数据，可分多段。）"
SCORE_PLACEHOLDER = "＿＿"
GREY = RGBColor(0x80, 0x80, 0x80)
FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")


def _grey(run) -> None:
    run.font.color.rgb = GREY


def write_selfeval_form(campaign: Campaign, unit: str, path: Path) -> Path:
    tasks = campaign.tasks(unit)
    by_indicator: dict[str, list] = {}
    for t in tasks:
        by_indicator.setdefault(t.indicator.id, []).append(t)
    sending = [d for d in campaign.deadlines_for(unit) if d.sender != "all" and d.kind == "materials"]
    scored = campaign.rubric.scored

    doc = OfficialDocument(created=campaign.created)
    doc.title(f"{campaign.assessee}{campaign.year}年{campaign.rubric.document_title}自评材料")
    doc.para(f"（{unit}填报）", indent=False, align="center")
    doc.para("填报说明：请在每条考核要点下的灰色提示处填写本单位工作情况（可分段）"
             + ("，在每项末尾“自评＿＿分”处填写自评分（数字）" if scored else "")
             + "。请勿删除或改动标题，佐证材料请在《佐证材料登记表》中逐项登记。"
             + "".join(f"{text}。" for text in dict.fromkeys(r["text"] for t in tasks
                                                              for r in campaign.time_rules(t.criterion.id)))
             + "".join(f"{c.text}" for c in campaign.penalties())
             + "".join(f"请于{d.due_text}前报送{campaign.receiver(d, unit)}。" for d in sending[:1]))
    for section in report_outline(campaign.rubric):
        headings = [h for h in section.indicators if h.indicator.id in by_indicator]
        if not headings:
            continue
        doc.heading(1, section.text)
        for h in headings:
            doc.heading(2, h.text)
            for t in by_indicator[h.indicator.id]:
                doc.heading(3, f"{display_id(campaign.rubric, t.criterion.id)} {t.criterion.text}")
                note = doc.para(f"本单位为{ROLES[t.role]}" + (
                    f"（牵头单位：{t.assignment.lead}）" if t.role == "cooperating" else "")
                    + (f"。支撑材料：{t.indicator.evidence}" if t.indicator.evidence else "。")
                    + "".join(f"时间要求：{r['text']}。" for r in campaign.time_rules(t.criterion.id)))
                for run in note.runs:
                    _grey(run)
                placeholder = doc.para()
                _grey(placeholder.add_run(NARRATIVE_PLACEHOLDER))
                oxml.add_block_control(note, f"{NARRATIVE}{t.criterion.id}",
                                        f"{display_id(campaign.rubric, t.criterion.id)} 正文", placeholder)
            if not scored:
                continue
            before, after = h.score_line("\x00").split("\x00")
            line = doc.para(indent=True)
            line.add_run(before)
            oxml.add_inline_control(line, f"{SELF_SCORE}{h.indicator.id}",
                                     f"{display_id(campaign.rubric, h.indicator.id)} 自评分", SCORE_PLACEHOLDER)
            line.add_run(after)
    doc.page_numbers()
    return doc.save(path, title=f"{unit}自评材料填报模板", author=campaign.document.issuer,
                    identifier=f"{FORM_ID}:{campaign.id}:{unit}")


@dataclass
class SelfEvaluation:
    """What a unit typed into its fill-in template."""

    path: Path
    identifier: str
    narratives: dict[str, str] = field(default_factory=dict)  # criterion → text, "" when left blank
    self_scores: dict[str, str] = field(default_factory=dict)  # indicator → text as typed, "" when blank

    def score(self, indicator: str) -> Decimal | None:
        """The self-score as a number (full-width digits accepted); None when blank."""
        text = self.self_scores.get(indicator, "").strip().translate(FULL_WIDTH).rstrip("分")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation as exc:
            raise IpdocsError(f"{self.path.name}：指标 {indicator} 的自评分“{text}”不是数字") from exc

    def score_problems(self, rubric: Rubric) -> list[tuple[str, str]]:
        """(indicator, problem) for each self-score that cannot be true: not a number, negative, or above the
        indicator's maximum (for a deduction item: more than it can deduct)."""
        indicators = {ind.id: ind for ind in rubric.indicators}
        found = []
        for iid in self.self_scores:
            ind = indicators.get(iid)
            if ind is None:
                continue
            try:
                claimed = self.score(iid)
            except IpdocsError as exc:
                found.append((iid, f"{exc}；应填0至{fmt(ind.max)}之间的数字"))
                continue
            if claimed is None:
                continue
            if ind.part == "deduction":
                if abs(claimed) > ind.max:
                    found.append((iid, f"{self.path.name}：指标 {iid} 自评扣{fmt(abs(claimed))}分，超过该项最多扣的"
                                       f"{fmt(ind.max)}分；应填0至{fmt(ind.max)}之间的扣分"))
            elif claimed < 0 or claimed > ind.max:
                found.append((iid, f"{self.path.name}：指标 {iid} 自评{fmt(claimed)}分，超出该指标分值范围（满分"
                                   f"{fmt(ind.max)}分）；应填0至{fmt(ind.max)}之间的分数"))
        return found


def read_selfeval_form(path: str | Path) -> SelfEvaluation:
    path = Path(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IpdocsError(f"{path.name}：无法作为 Word 文档（DOCX）打开") from exc
    controls = oxml.read_controls(document)
    found = SelfEvaluation(path, document.core_properties.identifier or "")
    for tag, (text, _alias) in controls.items():
        if tag.startswith(NARRATIVE):
            found.narratives[tag[len(NARRATIVE):]] = "" if text == NARRATIVE_PLACEHOLDER else text
        elif tag.startswith(SELF_SCORE):
            found.self_scores[tag[len(SELF_SCORE):]] = "" if text == SCORE_PLACEHOLDER else text
    if not found.narratives and not found.self_scores:
        raise IpdocsError(f"{path.name}：不是 ipdocs 生成的自评材料填报模板（找不到填报栏）")
    return found
