"""The documents distribution writes: each unit's red-header 任务通知, and for the coordinator the
分工表 (like seed 000 附件1) and the 联系人统计表 (like 附件5)."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from ipdocs.base.numbers import fmt
from ipdocs.campaign.model import ROLES, Campaign
from ipdocs.rubric.outline import report_outline
from ipdocs.word import oxml
from ipdocs.word.official import OfficialDocument


def contact_text(campaign: Campaign, unit: str, name: str | None) -> str:
    person = campaign.unit(unit).contact(name) if name else None
    if person is None:
        return unit
    phones = "，".join(x for x in (person.office_phone, person.mobile) if x)
    return f"{unit} {person.name}" + (f"（{phones}）" if phones else "")


def write_notice(campaign: Campaign, unit: str, path: Path) -> Path:
    """任务通知: the unit's criteria in the seed's wording, its role, what to send to whom by when."""
    tasks = campaign.tasks(unit)
    d = campaign.document
    doc = OfficialDocument(created=campaign.created)
    doc.red_header(d.organ_mark, d.doc_number(campaign.year))
    doc.title(f"关于做好{campaign.assessee}{campaign.year}年知识产权保护工作考核迎考材料报送工作的通知")
    doc.addressee(unit)
    basis = f"根据《{d.scheme}》" if d.scheme else "根据迎考工作安排"
    doc.para(f"{basis}，现将你单位承担的{campaign.rubric.title}考核任务通知如下，请高度重视，明确责任人，"
             f"对照考核要点逐项整理工作情况和佐证材料，按时报送。各类数据的统计时间为"
             f"{_date(campaign.period[0])}至{_date(campaign.period[1])}。")

    doc.heading(1, "一、承担的考核任务")
    by_indicator = {}
    for t in tasks:
        by_indicator.setdefault(t.indicator.id, []).append(t)
    lead_count = sum(1 for t in tasks if t.role == "lead")
    doc.para(f"你单位共承担{len(by_indicator)}项考核指标中的{len(tasks)}条考核要点，其中牵头{lead_count}条、"
             f"配合{len(tasks) - lead_count}条。")
    for section in report_outline(campaign.rubric):
        for h in section.indicators:
            if h.indicator.id not in by_indicator:
                continue
            doc.heading(2, f"{h.text}（该项{fmt(h.indicator.max)}分）")
            own = by_indicator[h.indicator.id]
            for t in own:
                doc.heading(3, f"{t.criterion.id} {t.criterion.text}")
            roles = {_role_sentence(campaign, t) for t in own}
            for t in own if len(roles) > 1 else own[:1]:  # one sentence when every criterion says the same
                doc.para(("" if len(roles) == 1 else f"{t.criterion.id}：") + _role_sentence(campaign, t))
            if h.indicator.evidence:
                doc.para(f"支撑材料要求：{h.indicator.evidence}")

    doc.heading(1, "二、报送要求")
    deadlines = campaign.deadlines_for(unit)
    for n, dl in enumerate(deadlines, 1):
        what = f"将{dl.what}" if dl.what else "将有关材料"
        doc.para(f"{n}.{dl.name}：请于{dl.due_text}前{what}报送{campaign.receiver(dl, unit)}。")
    doc.para(f"{len(deadlines) + 1}.自评内容请填写附件1《自评材料填报模板》，佐证材料逐项登记在附件2"
             "《佐证材料登记表》并按登记顺序编号命名；正式文件需列文号或印发时间，网页截图、新闻截图需注明，文件包需列明数量。"
             "尽量不要提交涉密材料，确需提交的单独报送并标明。")

    doc.heading(1, "三、联系方式")
    coordinator = campaign.coordinator
    doc.para(f"迎考工作联系人：{contact_text(campaign, campaign.coordinator_unit, coordinator.name)}。")
    partners = sorted({(t.assignment.lead, t.assignment.contact) for t in tasks if t.role == "cooperating"})
    for lead, name in partners:
        doc.para(f"牵头单位联系人：{contact_text(campaign, lead, name)}。")

    doc.attachments([f"{unit}自评材料填报模板", f"{unit}佐证材料登记表"])
    doc.signature(d.issuer, d.signed_text)
    doc.page_numbers()
    return doc.save(path, title=f"{unit}任务通知", author=d.issuer, identifier=f"ipdocs:notice:{campaign.id}:{unit}")


def _role_sentence(campaign: Campaign, task) -> str:
    a = task.assignment
    if task.role == "lead":
        partners = f"配合单位：{'、'.join(a.cooperating)}" if a.cooperating else "无配合单位"
        return f"你单位为{ROLES['lead']}（{partners}），负责汇总材料并撰写自评内容。"
    return f"你单位为{ROLES['cooperating']}，请向牵头单位{contact_text(campaign, a.lead, a.contact)}提供本单位材料。"


def _date(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def write_division_table(campaign: Campaign, path: Path) -> Path:
    """分工表: every criterion with its points, evidence, lead (with contact) and cooperating units."""
    doc = OfficialDocument(landscape=True, created=campaign.created)
    doc.title(f"{campaign.assessee}迎接{campaign.year}年知识产权保护工作考核指标分工表")
    doc.para(f"注：各类数据的统计时间为{_date(campaign.period[0])}—{_date(campaign.period[1])}。各迎考单位应据实报送"
             "相关材料，确保各项材料真实、客观、准确。", indent=False)
    header = ["考核内容", "序号", "考核指标", "考核要点", "分值", "支撑材料说明", "考核牵头单位", "考核配合单位"]
    rows, spans = [], []
    for section in report_outline(campaign.rubric):
        for h in section.indicators:
            ind = h.indicator
            first = len(rows)
            for c in ind.criteria:
                a = campaign.assignments[c.id]
                person = campaign.unit(a.lead).contact(a.contact) if a.contact else None
                lead = a.lead + (f"\n联系人：{person.name}\n{person.office_phone or person.mobile}" if person else "")
                rows.append([ind.sections[0] if ind.sections else "", section.label.rstrip("、"),
                             f"{ind.id}.{ind.title}（{fmt(ind.max)}分）", f"{c.id} {c.text}", fmt(c.max),
                             ind.evidence, lead, "、".join(a.cooperating)])
            spans.append((first, len(rows) - 1))
    table = doc.table(header, rows, [18, 8, 28, 62, 8, 34, 31, 36], size=Pt(10))
    for first, last in spans:  # one cell per indicator for what the indicator's criteria share
        for col in (0, 1, 2, 5):
            merge_down(table, col, first + 1, last + 1)
    doc.page_numbers()
    return doc.save(path, title="考核指标分工表", author=campaign.document.issuer,
                    identifier=f"ipdocs:division:{campaign.id}")


def merge_down(table, col: int, first: int, last: int) -> None:
    """One cell for rows first..last of a column that repeats the same text."""
    if last > first:
        merged = table.cell(first, col).merge(table.cell(last, col))
        for p in merged.paragraphs[1:]:  # merging keeps every row's copy of the text
            oxml.delete_paragraph(p)


def write_contacts_form(campaign: Campaign, path: Path) -> Path:
    """联系人统计表: each unit's 分管领导 and 联络员 with title and phones."""
    doc = OfficialDocument(created=campaign.created)
    doc.title(f"{campaign.assessee}迎接{campaign.year}年知识产权保护工作考核联系人统计表")
    rows, spans = [], []
    for n, unit in enumerate(campaign.units, 1):
        people = [c for role in ("分管领导", "联络员") for c in unit.by_role(role)]  # the rows of 附件5
        spans.append((len(rows), len(rows) + len(people) - 1))
        rows += [[str(n), unit.name, c.role, c.name, c.title, c.office_phone, c.mobile] for c in people]
    table = doc.table(["序号", "单位名称", "联系人", "姓名", "职务/职级", "办公电话", "手机"], rows,
                      [9, 33, 17, 16, 27, 27, 27], size=Pt(10.5))
    for first, last in spans:
        for col in (0, 1):
            merge_down(table, col, first + 1, last + 1)
    doc.para("备注：此表由各迎考单位填报，联系人具体为各迎考单位分管领导、具体工作联络人。", indent=False)
    doc.page_numbers()
    return doc.save(path, title="联系人统计表", author=campaign.document.issuer,
                    identifier=f"ipdocs:contacts:{campaign.id}")
