"""Where the campaign stands: per unit and deadline (报送情况), per criterion (材料情况), and findings.

Built from the ledger's current items and the unit's latest filled forms. A register row is linked to a
received file by its 文件名 (full/half width and case ignored, extension optional). Findings:
  登记的文件未收到 · 收到的文件未登记 · 登记了不属于本单位的准则 · 重复提交的相同文件 · 逾期报送 ·
  配合材料逾期 (linked to a criterion the unit only cooperates on, received after that deadline) ·
  填报内容无法识别 · 扩展名与内容不符 · 表格不是本单位的.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign, Deadline
from ipdocs.forms import read_selfeval_form
from ipdocs.intake.deliveries import as_delivered, deliveries
from ipdocs.intake.ledger import Item, Ledger

STATES = {"on_time": "已按时报送", "late": "逾期报送", "missing": "未报送", "pending": "待报送"}


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

    @property
    def received(self) -> bool:
        return bool(self.files)


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
        """Criteria the unit leads with no registered evidence (cooperating units supply what they have)."""
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


def _deadline_states(campaign: Campaign, unit: UnitStatus, linked: dict[str, str] | None,
                     at: dt.datetime) -> list[DeadlineState]:
    """Each deadline judged by the material of its role. `linked` maps evidence names to the role of the
    criterion the register links them to (None: no register, every file counts for every role)."""
    roles = set(unit.roles)
    states = []
    for d in campaign.deadlines:
        if d.kind != "materials" or d.receiver == "assessor" or d.sender not in roles:
            continue
        considered = []
        for i in unit.items:
            if i.role != "evidence":  # the unit's forms: due with its lead material, or its only material
                if d.sender == "lead" or roles == {"cooperating"}:
                    considered.append(i)
            elif linked is None or linked.get(i.name, "lead") == d.sender:
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
    delivered = {sent.unit: sent for sent in deliveries(campaign, ledger)}
    findings: list[Finding] = []
    units = []
    for u in campaign.units:
        tasks = campaign.tasks(u.name)
        if not tasks:
            continue
        sent = delivered[u.name]
        items, evidence = sent.items, sent.role("evidence")
        registers, selfevals = sent.role("register"), sent.role("selfeval")
        criteria = {t.criterion.id: CriterionState(u.name, t.criterion.id, t.indicator.id, t.role) for t in tasks}
        status = UnitStatus(u.name, sorted(campaign.roles(u.name)), items, [], list(criteria.values()),
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
            try:
                form = read_selfeval_form(campaign.folder / selfevals[-1].store_path)
                status.narratives_filled = sum(1 for text in form.narratives.values() if text.strip())
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
        linked: set[str] = set()
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
    return CampaignStatus(campaign, at, units, findings, ledger.quarantined())


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
            partners = [p for p in a.cooperating if by.get((p, c.id)) and by[(p, c.id)].received]
            rows.append({"indicator": ind.id, "criterion": c.id, "text": c.text, "lead": a.lead,
                         "received": bool(lead and lead.received), "files": lead.files if lead else [],
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
        silent = sorted({u for r in criteria for u in r["cooperating_missing"]},
                        key=[u.name for u in status.campaign.units].index)
        rows.append({"indicator": ind.id, "title": ind.title, "leads": leads,
                     "evidenced": sum(r["received"] for r in criteria), "criteria": len(criteria),
                     "missing": [r["criterion"] for r in criteria if not r["received"]], "silent": silent})
    return rows


def status_folder(campaign: Campaign) -> Path:
    return campaign.out / "status"
