"""催报提醒: for each unit with something missing, a short notice (DOCX) and the same text for pasting
into a messenger, listing exactly what is missing, for which indicator, and by when.

Every deadline a unit must meet is covered: materials (what of its criteria no assigned unit has sent),
the contacts form, and steps whose receiver is outside the campaign (reminded while still open: the office
cannot see whether they were done). A reminder is the office writing to a unit, so the coordinator's own
unit is reminded only of what it owes other units (as a cooperating unit), never to send to itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ipdocs.intake.status import CampaignStatus, DeadlineState, UnitStatus, observable
from ipdocs.rubric.labels import display_id
from ipdocs.rubric.order import id_key
from ipdocs.word.official import OfficialDocument


@dataclass
class Reminder:
    unit: str
    groups: list[tuple[DeadlineState, list[str]]]  # each deadline still open or missed, with what it lacks


def _missing(status: CampaignStatus, u: UnitStatus, role: str, forms: bool) -> list[str]:
    titles = {ind.id: ind.title for ind in status.campaign.rubric.indicators}
    lines = []
    if forms and not u.has_selfeval:
        lines.append("自评材料填报模板（填写后的Word文件）")
    if forms and not u.has_register:
        lines.append("佐证材料登记表（填写后的Excel文件）")
    if role == "cooperating":  # a cooperating unit supplies what it has: ask once, naming the indicators
        indicators = sorted({c.indicator for c in u.criteria if c.role == "cooperating" and not c.received},
                            key=id_key)
        if indicators and not any(c.received for c in u.criteria if c.role == "cooperating"):
            named = "、".join(display_id(status.campaign.rubric, i) for i in indicators)
            lines.append(f"作为配合单位的本单位材料（涉及指标{named}），没有相关材料的请说明")
        return lines
    by_indicator: dict[str, list[str]] = {}
    for c in u.missing_criteria:
        by_indicator.setdefault(c.indicator, []).append(c.criterion)
    for ind, criteria in by_indicator.items():
        number = display_id(status.campaign.rubric, ind)  # the seed's own number (加分指标1), never bonus-1
        named = "、".join(display_id(status.campaign.rubric, c) for c in criteria)
        lines.append(f"{'指标' if number[:1].isdigit() else ''}{number}“{titles[ind]}”：考核要点{named}的佐证材料")
    return lines


def _owed(status: CampaignStatus, u: UnitStatus, d: DeadlineState, forms: bool) -> list[str]:
    """What `u` still owes by deadline `d`."""
    deadline = d.deadline
    if not observable(deadline):  # sent straight to the assessor: remind while open, naming what is expected
        return [deadline.what or deadline.name] if d.state == "pending" else []
    if deadline.kind == "contacts":
        return [] if d.state in ("on_time", "late") else [deadline.what or deadline.name]
    if d.state == "on_time" and deadline.sender == "cooperating":
        return []  # delivered in time: what a cooperating unit sends is its own judgement
    role = deadline.sender if deadline.sender in ("lead", "cooperating") else \
        ("lead" if "lead" in u.roles else "cooperating")
    return _missing(status, u, role, forms)


def _to_others(status: CampaignStatus, u: UnitStatus, d: DeadlineState) -> bool:
    """Whether `d` is something the unit owes another unit of the campaign (all the coordinator's own unit is
    reminded of)."""
    if u.unit != status.campaign.coordinator_unit:
        return True
    return (d.deadline.sender, d.deadline.receiver) == ("cooperating", "lead")


def _same_step(status: CampaignStatus, u: UnitStatus, a: DeadlineState, b: DeadlineState) -> bool:
    c = status.campaign
    return a.deadline.due == b.deadline.due and c.receiver(a.deadline, u.unit) == c.receiver(b.deadline, u.unit)


def reminders(status: CampaignStatus) -> list[Reminder]:
    """Units lacking something, grouped by the deadline it belongs to (open, or already passed)."""
    found = []
    for u in status.units:
        groups = []
        forms_due = next((d for d in u.deadlines if d.deadline.kind == "materials" and observable(d.deadline)),
                         None) if u.unit != status.campaign.coordinator_unit else None  # forms come to the office
        for d in u.deadlines:
            if not _to_others(status, u, d):
                continue
            lines = _owed(status, u, d, forms=d is forms_due)
            if lines and groups and _same_step(status, u, groups[-1][0], d):
                groups[-1][1].extend(lines)  # one heading per date and receiver (seed 002: both roles by 10-18)
            elif lines:
                groups.append((d, lines))
        if groups:
            found.append(Reminder(u.unit, groups))
    return found


def reminder_text(status: CampaignStatus, r: Reminder) -> str:
    c = status.campaign
    lines = [f"{r.unit}：你单位的迎考材料尚缺以下内容，请抓紧报送："]
    for n, (state, missing) in enumerate(r.groups, 1):
        d = state.deadline
        late = "（已逾期，请立即补报）" if status.at > d.due else ""
        lines.append(f"（{'一二三四五六七八九十'[n - 1]}）应于{d.due_text}前报送{c.receiver(d, r.unit)}{late}：")
        lines += [f"{i}.{line}" for i, line in enumerate(missing, 1)]
    contact = c.coordinator
    lines.append(f"如有疑问请联系{c.coordinator_unit}{contact.name}（{contact.office_phone or contact.mobile}）。")
    return "\n".join(lines)


def write_reminders(status: CampaignStatus, at: dt.datetime) -> list[Path]:
    folder = status.campaign.out / "remind" / f"{at:%Y%m%d-%H%M}"
    written = []
    for r in reminders(status):
        text = reminder_text(status, r)
        txt = folder / f"{r.unit}-催报提醒.txt"
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(text + "\n", encoding="utf-8")
        doc = OfficialDocument(created=status.campaign.created)
        doc.title("迎考材料催报提醒")
        lines = text.split("\n")
        doc.addressee(r.unit)
        for line in [lines[0].split("：", 1)[1], *lines[1:]]:
            doc.para(line)
        d = status.campaign.document
        doc.signature(d.issuer, f"{at.year}年{at.month}月{at.day}日")
        written += [txt, doc.save(folder / f"{r.unit}-催报提醒.docx", title=f"{r.unit}催报提醒", author=d.issuer)]
    return written
