"""A campaign: one office's preparation for one assessment — who supplies what, to whom, by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.rubric.model import Criterion, Indicator, Rubric

ROLES = {"lead": "牵头单位", "cooperating": "配合单位"}
PARTIES = {"all": "各迎考单位", "cooperating": "考核指标配合单位", "lead": "考核指标牵头单位",
           "coordinator": "迎考牵头办公室", "assessor": "考核单位"}


@dataclass
class Contact:
    role: str  # 分管领导 | 联络员 | 经办人
    name: str
    title: str = ""
    office_phone: str = ""
    mobile: str = ""


@dataclass
class Unit:
    name: str  # the full name as the seed writes it (区宣传部（区版权局）)
    short: str = ""
    contacts: list[Contact] = field(default_factory=list)

    def contact(self, name: str) -> Contact | None:
        return next((c for c in self.contacts if c.name == name), None)

    def by_role(self, role: str) -> list[Contact]:
        return [c for c in self.contacts if c.role == role]


@dataclass
class Assignment:
    """Who leads one criterion, who cooperates, and whom to ask."""

    lead: str
    cooperating: list[str]
    contact: str | None = None


@dataclass
class Deadline:
    id: str
    name: str
    due: dt.datetime  # aware, in the campaign's time zone
    sender: str  # all | cooperating | lead | coordinator
    receiver: str  # lead | coordinator | assessor
    receiver_name: str = ""  # e.g. 市对口考核牵头单位
    what: str = ""
    kind: str = "materials"  # materials | contacts (the 联系人统计表, outside the chain of materials)

    @property
    def due_text(self) -> str:
        """2023年12月5日17:30 — Arabic numerals, as official documents write dates."""
        d = self.due
        return f"{d.year}年{d.month}月{d.day}日{d:%H:%M}"


@dataclass
class DocumentSettings:
    organ_mark: str  # 发文机关标志, printed red
    issuer: str  # 落款 (发文机关署名)
    number_prefix: str  # 武市监
    number: int
    signed: dt.date
    scheme: str = ""  # the office's own 工作方案, cited in notices

    def doc_number(self, year: int) -> str:
        """文号 as GB/T 9704 writes it: 武市监〔2023〕86号 (no 第, no leading zeros)."""
        return f"{self.number_prefix}〔{year}〕{self.number}号"

    @property
    def signed_text(self) -> str:
        return f"{self.signed.year}年{self.signed.month}月{self.signed.day}日"


@dataclass
class Task:
    """One criterion as a unit sees it."""

    indicator: Indicator
    criterion: Criterion
    role: str  # lead | cooperating
    assignment: Assignment


@dataclass
class Campaign:
    id: str
    title: str
    rubric: Rubric
    assessee: str
    year: int
    timezone: str
    period: tuple[dt.date, dt.date]
    coordinator_unit: str
    coordinator_contact: str
    units: list[Unit]
    assignments: dict[str, Assignment]  # criterion ID → assignment, every criterion of the rubric
    deadlines: list[Deadline]
    document: DocumentSettings
    folder: Path | None = None
    as_of: dt.datetime | None = None  # what "now" means for a historical campaign (DESIGN §7)

    def moment(self, text: str | None = None) -> dt.datetime:
        """`--at` text (2023-12-06 or 2023-12-06 09:00) in the campaign's zone; else as_of; else now."""
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(self.timezone)
        if text:
            try:
                value = dt.datetime.fromisoformat(text.strip().replace(" ", "T"))
            except ValueError as exc:
                from ipdocs.errors import IpdocsError

                raise IpdocsError(f"--at：时间 {text!r} 无效（应为 2023-12-06 或 2023-12-06 09:00）") from exc
            return value if value.tzinfo else value.replace(tzinfo=tz)
        return self.as_of or dt.datetime.now(tz)

    def unit(self, name: str) -> Unit:
        return next(u for u in self.units if u.name == name)

    @property
    def coordinator(self) -> Contact:
        return self.unit(self.coordinator_unit).contact(self.coordinator_contact)

    def tasks(self, unit: str) -> list[Task]:
        """The unit's criteria in rubric order, with its role in each."""
        found = []
        for ind in self.rubric.indicators:
            for c in ind.criteria:
                a = self.assignments[c.id]
                if a.lead == unit:
                    found.append(Task(ind, c, "lead", a))
                elif unit in a.cooperating:
                    found.append(Task(ind, c, "cooperating", a))
        return found

    def roles(self, unit: str) -> set[str]:
        return {t.role for t in self.tasks(unit)}

    def deadlines_for(self, unit: str) -> list[Deadline]:
        """Deadlines by which this unit must send something, in date order."""
        roles = self.roles(unit) | {"all"}
        if unit == self.coordinator_unit:
            roles.add("coordinator")
        return sorted((d for d in self.deadlines if d.sender in roles), key=lambda d: d.due)

    def receiver(self, deadline: Deadline, unit: str) -> str:
        """To whom `unit` sends by `deadline`, by name where the campaign knows it."""
        if deadline.receiver == "coordinator":
            return self.coordinator_unit
        if deadline.receiver == "lead":
            leads = sorted({t.assignment.lead for t in self.tasks(unit) if t.role == "cooperating"})
            return f"考核指标牵头单位（{'、'.join(leads)}）" if leads else "考核指标牵头单位"
        return deadline.receiver_name or "考核单位"

    @property
    def created(self) -> dt.datetime:
        """The timestamp written into generated files: fixed by the campaign, so reruns give equal bytes."""
        return dt.datetime.combine(self.document.signed, dt.time(9, 0))

    @property
    def out(self) -> Path:
        return (self.folder or Path(".")) / "out"
