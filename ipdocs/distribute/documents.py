"""The documents distribution writes: each unit's red-header 任务通知, and for the coordinator the
分工表 (like seed 000 附件1) and the scheme's contacts form (seed 001 附件2 联系人信息表; without one in the rubric,
seed 000 附件5 联系人统计表)."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from ipdocs.base.numbers import fmt
from ipdocs.campaign.model import ROLES, Campaign
from ipdocs.rubric.labels import display_id
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
    doc.red_header(d.organ_mark, d.doc_number())
    doc.title(f"关于做好{campaign.assessee}{campaign.year}年{campaign.rubric.document_title}迎考材料报送工作的通知")
    doc.addressee(unit)
    basis = f"根据《{d.scheme}》" if d.scheme else "根据迎考工作安排"
    doc.para(f"{basis}，现将你单位在{campaign.rubric.title}中承担的任务通知如下，请高度重视，明确责任人，"
             f"对照考核要点逐项整理工作情况和佐证材料，按时报送。各类数据的统计时间为"
             f"{_date(campaign.period[0])}至{_date(campaign.period[1])}"
             + "".join(f"；{text}" for text in time_rule_texts(campaign, [t.criterion.id for t in tasks])) + "。")

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
            doc.heading(2, h.text + (f"（该项{fmt(h.indicator.max)}分）" if campaign.rubric.scored else ""))
            own = by_indicator[h.indicator.id]
            for t in own:
                doc.heading(3, f"{display_id(campaign.rubric, t.criterion.id)} {t.criterion.text}")
                for rule in campaign.time_rules(t.criterion.id):
                    doc.para(f"时间要求：{rule['text']}。")
            roles = {_role_sentence(campaign, t) for t in own}
            for t in own if len(roles) > 1 else own[:1]:  # one sentence when every criterion says the same
                doc.para(("" if len(roles) == 1 else f"{display_id(campaign.rubric, t.criterion.id)}：")
                         + _role_sentence(campaign, t))
            if h.indicator.evidence:
                doc.para(f"支撑材料要求：{h.indicator.evidence}")

    doc.heading(1, "二、报送要求")
    deadlines = [dl for dl in campaign.deadlines_for(unit)  # never "send to yourself" (the coordinator's own leads)
                 if dl.kind != "step" and campaign.receiver(dl, unit) != unit]
    steps = [dl for dl in campaign.deadlines if dl.kind == "step"]
    lines = [f"{dl.name}：{dl.due_text}前{'，' + dl.what if dl.what else ''}。" for dl in steps]  # the timetable
    for i, dl in enumerate(deadlines):
        if any((d.due, campaign.receiver(d, unit)) == (dl.due, campaign.receiver(dl, unit)) for d in deadlines[:i]):
            continue  # a unit that leads and cooperates sends once when both roles' deadlines coincide (seed 002)
        what = f"将{dl.what}" if dl.what else "将有关材料"
        lines.append(f"{dl.name}：请于{dl.due_text}前{what}报送{campaign.receiver(dl, unit)}。")
    lines.append(("自评内容" if campaign.rubric.scored else "工作情况") + "请填写附件1《自评材料填报模板》，"
                 "佐证材料逐项登记在附件2《佐证材料登记表》"
                 "并按登记顺序编号命名；正式文件需列文号或印发时间，"
                 "网页截图、新闻截图需注明，文件包需列明数量。尽量不要提交涉密材料，确需提交的单独报送并标明。")
    lines += [penalty.text for penalty in campaign.penalties()]  # the seed's own words, once
    for n, line in enumerate(lines, 1):
        doc.para(f"{n}.{line}")

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


def time_rule_texts(campaign: Campaign, criteria: list[str]) -> list[str]:
    """The scheme's time rules that apply to any of `criteria`, each once, in the rubric's words."""
    return [r["text"] for r in campaign.rubric.time_rules if set(r.get("applies_to", [])) & set(criteria)]


def write_division_table(campaign: Campaign, path: Path) -> Path:
    """分工表: every criterion with its points (a scored scheme only), evidence, lead (with contact) and cooperating
    units."""
    scored = campaign.rubric.scored
    doc = OfficialDocument(landscape=True, created=campaign.created)
    doc.title(f"{campaign.assessee}迎接{campaign.year}年{campaign.rubric.document_title}指标分工表")
    rules = "".join(f"{text}。" for text in time_rule_texts(campaign, list(campaign.rubric.criteria)))
    penalties = "".join(c.text for c in campaign.penalties())
    doc.para(f"注：各类数据的统计时间为{_date(campaign.period[0])}—{_date(campaign.period[1])}。{rules}各迎考单位应据实"
             f"报送相关材料，确保各项材料真实、客观、准确。{penalties}", indent=False)
    header = ["考核内容", "序号", "考核指标", "考核要点", "分值", "支撑材料说明", "考核牵头单位", "考核配合单位"]
    widths = [18, 8, 28, 62, 8, 34, 31, 36]
    rows, spans = [], []
    for section in report_outline(campaign.rubric):
        for h in section.indicators:
            ind = h.indicator
            first = len(rows)
            for c in ind.criteria:
                a = campaign.assignments[c.id]
                person = campaign.unit(a.lead).contact(a.contact) if a.contact else None
                lead = a.lead + (f"\n联系人：{person.name}\n{person.office_phone or person.mobile}" if person else "")
                number = display_id(campaign.rubric, ind.id)
                rows.append([ind.sections[0] if ind.sections else "", section.label.rstrip("、"),
                             f"{number}.{ind.title}" + (f"（{fmt(ind.max)}分）" if scored else ""),
                             f"{display_id(campaign.rubric, c.id)} {c.text}",
                             fmt(c.max), ind.evidence, lead, "、".join(a.cooperating)])
            spans.append((first, len(rows) - 1))
    merged = (0, 1, 2, 5)
    if not scored:  # a task division without points (seed 002) has no 分值 column
        header, widths = header[:4] + header[5:], widths[:3] + [70] + widths[5:]
        rows = [r[:4] + r[5:] for r in rows]
        merged = (0, 1, 2, 4)
    table = doc.table(header, rows, widths, size=Pt(10))
    for first, last in spans:  # one cell per indicator for what the indicator's criteria share
        for col in merged:
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


# seed 000 附件5, the form used when the scheme brings none of its own
DEFAULT_CONTACTS_FORM = {"title": "联系人统计表", "scope": "units",
                         "columns": ["序号", "单位名称", "联系人", "姓名", "职务/职级", "办公电话", "手机"],
                         "note": "备注：此表由各迎考单位填报，联系人具体为各迎考单位分管领导、具体工作联络人。"}
COLUMN_WIDTHS = {"序号": 9, "单位名称": 33, "联系人": 17, "姓名": 16, "职务/职级": 27, "电话": 27, "办公电话": 27,
                 "手机": 27, "传真": 27}


def contacts_form(campaign: Campaign) -> dict:
    """The scheme's contacts form (title, columns, scope, note): the rubric's, else seed 000's."""
    return campaign.rubric.contacts_form or DEFAULT_CONTACTS_FORM


def contacts_form_name(campaign: Campaign) -> str:
    return f"{contacts_form(campaign)['title']}.docx"


def _contact_cell(column: str, n: int, unit, person) -> str:
    return {"序号": str(n), "单位名称": unit.name, "联系人": person.role, "姓名": person.name,
            "职务/职级": person.title, "电话": person.office_phone, "办公电话": person.office_phone,
            "手机": person.mobile, "传真": person.fax}[column]


def write_contacts_form(campaign: Campaign, path: Path) -> Path:
    """The scheme's contacts form, filled from campaign.yaml: each unit's 分管领导 and 联络员 (scope units, seed 000),
    or the coordinator's unit and contacts for the whole area (scope coordinator, seed 001 附件2)."""
    form = contacts_form(campaign)
    columns = list(form["columns"])
    doc = OfficialDocument(created=campaign.created)
    if form["scope"] == "coordinator":
        doc.title(form["title"])
        unit = campaign.unit(campaign.coordinator_unit)
        doc.para(f"单位：{unit.name}", indent=False)
        units = [unit]
    else:
        doc.title(f"{campaign.assessee}迎接{campaign.year}年{campaign.rubric.document_title}{form['title']}")
        units = campaign.units
    rows, spans = [], []
    for n, unit in enumerate(units, 1):
        people = [c for role in ("分管领导", "联络员") for c in unit.by_role(role)]
        if form["scope"] == "coordinator":  # 附件2: the one 联系人 row of the area's contact unit
            people = [campaign.coordinator]
        spans.append((len(rows), len(rows) + len(people) - 1))
        rows += [[_contact_cell(col, n, unit, c) for col in columns] for c in people]
    header = columns
    if form["scope"] == "coordinator":  # the row is labelled 联系人 under an empty header cell, as in the seed
        header = ["" if col == "联系人" else col for col in columns]
        rows = [["联系人" if col == "联系人" else cell for col, cell in zip(columns, row, strict=True)] for row in rows]
    table = doc.table(header, rows, [COLUMN_WIDTHS[col] for col in columns], size=Pt(10.5))
    for first, last in spans:
        for col in (i for i, name in enumerate(columns) if name in ("序号", "单位名称")):
            merge_down(table, col, first + 1, last + 1)
    if form.get("note"):
        doc.para(form["note"], indent=False)
    doc.page_numbers()
    return doc.save(path, title=form["title"], author=campaign.document.issuer,
                    identifier=f"ipdocs:contacts:{campaign.id}")
