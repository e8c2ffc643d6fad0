"""Where the campaign stands: per unit and deadline (报送情况), per criterion (材料情况), and findings.

Built from the ledger's current items and the unit's latest filled forms. A register row is linked to a
received file by its 文件名 (full/half width and case ignored, extension optional). Findings:
  登记的文件未收到 · 收到的文件未登记 · 登记了不属于本单位的准则 · 重复提交的相同文件 · 逾期报送 ·
  配合材料逾期 (linked to a criterion the unit only cooperates on, received after that deadline) ·
  填报内容无法识别 · 扩展名与内容不符 · 表格不是本单位的.

Every deadline of the campaign is judged for each unit that must meet it (`applies`): materials deadlines by
the unit's material of that role, contacts deadlines by its returned contacts form, and deadlines whose
receiver is the assessor, the coordinator's own and work steps — which the office's inbox cannot show — stay
待报送 until due, then 请核实. Status is as at its moment: files received later are not counted.
The coordinator never owes anything to itself: a deadline `to: coordinator` does not apply to it, except the
lead units' one, judged by the coordinator's own material in its inbox/store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign, Deadline
from ipdocs.intake.collect import normal
from ipdocs.intake.deliveries import as_delivered, deliveries
from ipdocs.intake.ledger import Item, Ledger

STATES = {"on_time": "已按时报送", "late": "逾期报送", "missing": "未报送", "pending": "待报送",
          "unrecorded": "已过截止时间，请核实"}  # unrecorded: sent outside the campaign, not seen by the office
NAME_SEPARATORS = "-_ 、—"  # what follows the criterion ID in a file name such as “1.1-01 会议纪要.pdf”


@dataclass
class Finding:
    unit: str
    kind: str
    detail: str


@dataclass
class DeadlineState:
    deadline: Deadline
    state: str  # on_time | late | missing | pending
    first_received: dt.datetime | None


@dataclass
class CriterionState:
    unit: str
    criterion: str
    indicator: str
    role: str
    files: list[str] = field(default_factory=list)  # received evidence linked by the register
    named: list[str] = field(default_factory=list)  # received, linked by no register row, named “<criterion>-01 …”
    supplied: list[tuple[str, str]] = field(default_factory=list)  # (unit, file) from cooperating units; lead only

    @property
    def own(self) -> list[str]:
        return self.files + self.named

    @property
    def received(self) -> bool:
        """Material for the criterion is in the store: the unit's own, or (lead) its cooperating units'."""
        return bool(self.files or self.named or self.supplied)


@dataclass
class UnitStatus:
    unit: str
    roles: list[str]
    items: list[Item]
    deadlines: list[DeadlineState]
    criteria: list[CriterionState]
    has_register: bool
    has_selfeval: bool
    narratives_filled: int = 0

    @property
    def missing_criteria(self) -> list[CriterionState]:
        """Criteria the unit leads for which no assigned unit has sent material (cooperating units supply
        what they have)."""
        return [c for c in self.criteria if c.role == "lead" and not c.received]


@dataclass
class CampaignStatus:
    campaign: Campaign
    at: dt.datetime
    units: list[UnitStatus]
    findings: list[Finding]
    quarantined: list[dict]

    def unit(self, name: str) -> UnitStatus:
        return next(u for u in self.units if u.unit == name)


def applies(campaign: Campaign, unit: str, roles: set[str], d: Deadline) -> bool:
    """Whether `unit` must send something by `d`. The coordinator is never due to send to itself, except its
    own lead material (the lead units' deadline), which is judged by what is in its inbox."""
    coordinator = unit == campaign.coordinator_unit
    if d.receiver == "coordinator" and coordinator and d.sender != "lead":
        return False
    if d.sender == "all":
        return True
    if d.sender == "coordinator":
        return coordinator
    return d.sender in roles


def observable(d: Deadline) -> bool:
    """Whether the office sees in its inbox what is done by `d`: units' material and contacts forms, not a
    work step, not the coordinator's own sending, not what goes straight to the assessor."""
    return d.kind in ("materials", "contacts") and d.sender != "coordinator" and d.receiver != "assessor"


def _deadline_states(campaign: Campaign, unit: UnitStatus, linked: dict[str, str] | None,
                     at: dt.datetime) -> list[DeadlineState]:
    """Each deadline judged by the material of its role. `linked` maps evidence names to the role of the
    criterion the register links them to (None: no register, every file counts for every role)."""
    roles = set(unit.roles)
    states = []
    for d in sorted(campaign.deadlines, key=lambda d: d.due):
        if not applies(campaign, unit.unit, roles, d):
            continue
        if not observable(d):
            states.append(DeadlineState(d, "pending" if at <= d.due else "unrecorded", None))
            continue
        considered = []
        for i in unit.items:
            if d.kind == "contacts" or i.role == "contacts":
                if d.kind == "contacts" and i.role == "contacts":
                    considered.append(i)
            elif i.role != "evidence":  # the unit's forms: due with its lead material, or its only material
                if d.sender != "cooperating" or roles == {"cooperating"}:
                    considered.append(i)
            elif linked is None or d.sender not in ("lead", "cooperating") or linked.get(i.name, "lead") == d.sender:
                considered.append(i)
        first = min((i.received_at for i in considered), default=None)
        if first is not None:
            state = "on_time" if first <= d.due else "late"
        else:
            state = "missing" if at > d.due else "pending"
        states.append(DeadlineState(d, state, first))
    return states


def campaign_status(campaign: Campaign, at: dt.datetime) -> CampaignStatus:
    ledger = Ledger(campaign.folder)
    delivered = {sent.unit: sent for sent in deliveries(campaign, ledger, at)}
    findings: list[Finding] = []
    units = []
    linked_by_unit: dict[str, set[str]] = {}
    for u in campaign.units:
        tasks = campaign.tasks(u.name)
        roles = campaign.roles(u.name)
        if not tasks and not any(applies(campaign, u.name, roles, d) for d in campaign.deadlines):
            continue
        sent = delivered[u.name]
        items, evidence = sent.items, sent.role("evidence")
        registers, selfevals = sent.role("register"), sent.role("selfeval")
        criteria = {t.criterion.id: CriterionState(u.name, t.criterion.id, t.indicator.id, t.role) for t in tasks}
        status = UnitStatus(u.name, sorted(roles), items, [], list(criteria.values()),
                            bool(registers), bool(selfevals))
        units.append(status)
        status.deadlines = _deadline_states(campaign, status, None, at)

        for i in items:
            if i.note:
                findings.append(Finding(u.name, "文件说明", f"{i.name}：{i.note}"))
            if i.late:
                due = next((d.due_text for d in campaign.deadlines if d.id == i.deadline), "")
                findings.append(Finding(u.name, "逾期报送", f"{i.name} 于{_time(i.received_at, campaign)}收到，"
                                                          f"晚于截止时间{due}"))
        by_sha: dict[str, list[Item]] = {}
        for i in evidence:
            by_sha.setdefault(i.sha256, []).append(i)
        for same in by_sha.values():
            if len(same) > 1:
                findings.append(Finding(u.name, "重复提交", "内容相同的文件：" + "、".join(i.name for i in same)))

        if selfevals:
            from ipdocs.forms import read_selfeval_form  # python-docx: only where a unit sent its form

            try:
                form = read_selfeval_form(campaign.folder / selfevals[-1].store_path)
                status.narratives_filled = sum(1 for text in form.narratives.values() if text.strip())
                findings += [Finding(u.name, "自评分超出分值", as_delivered(text, selfevals[-1]))
                             for _, text in form.score_problems(campaign.rubric)]
            except IpdocsError as exc:
                findings.append(Finding(u.name, "填报内容无法识别", as_delivered(exc, selfevals[-1])))
        if not registers:
            if evidence:
                findings.append(Finding(u.name, "未报送登记表", f"收到{len(evidence)}个佐证文件，但没有佐证材料登记表"))
            continue
        if sent.register is None:
            findings.append(Finding(u.name, "填报内容无法识别", sent.problem))
            continue
        findings += [Finding(u.name, "填报内容无法识别", p) for p in sent.register.problems]
        linked = linked_by_unit[u.name] = set()
        roles_of: dict[str, str] = {}
        cooperating_due = next((d for d in campaign.deadlines if d.kind == "materials" and d.sender == "cooperating"
                                and d.receiver == "lead"), None)
        for row, item in sent.links:
            where = f"登记表第{row.row}行"
            if row.criterion and row.criterion not in criteria:
                findings.append(Finding(u.name, "准则不属于本单位",
                                        f"{where}：{row.criterion} 不是分配给本单位的考核要点"))
            if not row.file_name:
                continue
            if item is None:
                findings.append(Finding(u.name, "登记的文件未收到", f"{where}：{row.file_name}（{row.name}）"))
                continue
            linked.add(item.name)
            state = criteria.get(row.criterion)
            if state is None:
                continue
            state.files.append(item.name)
            roles_of[item.name] = state.role
            if (state.role == "cooperating" and cooperating_due and item.received_at > cooperating_due.due
                    and not item.late):  # an item already late against its own deadline is reported once
                findings.append(Finding(u.name, "配合材料逾期", f"{item.name}（{row.criterion}，配合材料）晚于"
                                                                f"{cooperating_due.due_text}"))
        for i in evidence:
            if i.name not in linked:
                findings.append(Finding(u.name, "收到的文件未登记", i.name))
        status.deadlines = _deadline_states(campaign, status, roles_of, at)
    _count_all_material(units, delivered, linked_by_unit)
    quarantined = [q for q in ledger.quarantined() if _utc(q["received_at"]) <= at]
    return CampaignStatus(campaign, at, units, findings, quarantined)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _count_all_material(units: list[UnitStatus], delivered: dict, linked_by_unit: dict[str, set[str]]) -> None:
    """What counts as received for a criterion (the rule status and reminders share):
    - a register row of any unit assigned to the criterion (lead or cooperating) naming a file that was
      received — the register is how units say what a file is for;
    - a received file no register row links, whose name starts with the ID of a criterion assigned to the
      unit (“1.1-01 会议纪要.pdf”), as units name their files; it is still reported as 收到的文件未登记.
    Material from a cooperating unit counts for the lead's criterion: the lead is never asked again for
    what a cooperating unit has sent (it arrives in the store whichever way it travelled). A cooperating
    unit's own state stays its own, so it is still asked once for its share."""
    for u in units:
        by_id = {normal(c.criterion): c for c in u.criteria}
        linked = linked_by_unit.get(u.unit, set())
        for i in delivered[u.unit].role("evidence"):
            name = normal(i.name)
            named = [cid for cid in by_id if name.startswith(cid) and name[len(cid):][:1] in tuple(NAME_SEPARATORS)]
            if i.name not in linked and named:
                by_id[max(named, key=len)].named.append(i.name)
    states: dict[str, list[CriterionState]] = {}
    for u in units:
        for c in u.criteria:
            states.setdefault(c.criterion, []).append(c)
    for group in states.values():
        for lead in (c for c in group if c.role == "lead"):
            lead.supplied = [(c.unit, f) for c in group if c.role == "cooperating" for f in c.own]


def _time(moment: dt.datetime, campaign: Campaign) -> str:
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo(campaign.timezone))
    return f"{local.year}年{local.month}月{local.day}日{local:%H:%M}"


def criterion_overview(status: CampaignStatus) -> list[dict]:
    """Per criterion across units: the lead's state and who has sent material."""
    rows = []
    by = {(c.unit, c.criterion): c for u in status.units for c in u.criteria}
    for ind in status.campaign.rubric.indicators:
        for c in ind.criteria:
            a = status.campaign.assignments[c.id]
            lead = by.get((a.lead, c.id))
            partners = [p for p in a.cooperating if by.get((p, c.id)) and by[(p, c.id)].own]
            files = [*lead.own, *(f"{f}（{unit}）" for unit, f in lead.supplied)] if lead else []
            rows.append({"indicator": ind.id, "criterion": c.id, "text": c.text, "lead": a.lead,
                         "received": bool(lead and lead.received), "files": files,
                         "cooperating_sent": partners,
                         "cooperating_missing": [p for p in a.cooperating if p not in partners]})
    return rows


def indicator_overview(status: CampaignStatus) -> list[dict]:
    """Per indicator: its lead units, how many of its criteria the leads have evidenced, who has not sent."""
    rows = []
    by_indicator: dict[str, list[dict]] = {}
    for r in criterion_overview(status):
        by_indicator.setdefault(r["indicator"], []).append(r)
    for ind in status.campaign.rubric.indicators:
        criteria = by_indicator[ind.id]
        leads = sorted({r["lead"] for r in criteria}, key=[u.name for u in status.campaign.units].index)
        sent = {u for r in criteria for u in r["cooperating_sent"]}  # sent for any criterion: not silent
        silent = sorted({u for r in criteria for u in r["cooperating_missing"]} - sent,
                        key=[u.name for u in status.campaign.units].index)
        rows.append({"indicator": ind.id, "title": ind.title, "leads": leads,
                     "evidenced": sum(r["received"] for r in criteria), "criteria": len(criteria),
                     "missing": [r["criterion"] for r in criteria if not r["received"]], "silent": silent})
    return rows


def status_folder(campaign: Campaign) -> Path:
    return campaign.out / "status"
