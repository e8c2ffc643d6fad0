"""催报提醒: for each unit with something missing, a short notice (DOCX) and the same text for pasting
into a messenger, listing exactly what is missing, for which indicator, and by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ipdocs.intake.status import CampaignStatus, DeadlineState, UnitStatus
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
                            key=lambda i: [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in i.split("-")])
        if indicators and not any(c.received for c in u.criteria if c.role == "cooperating"):
            lines.append(f"作为配合单位的本单位材料（涉及指标{'、'.join(indicators)}），没有相关材料的请说明")
        return lines
    by_indicator: dict[str, list[str]] = {}
    for c in u.missing_criteria:
        by_indicator.setdefault(c.indicator, []).append(c.criterion)
    for ind, criteria in by_indicator.items():
        lines.append(f"指标{ind}“{titles[ind]}”：考核要点{'、'.join(criteria)}的佐证材料")
    return lines


def reminders(status: CampaignStatus) -> list[Reminder]:
    """Units lacking something, grouped by the deadline it belongs to (open, or already passed)."""
    found = []
    for u in status.units:
        groups = []
        for n, d in enumerate(u.deadlines):
            if d.state == "on_time" and d.deadline.sender == "cooperating":
                continue  # delivered in time: what a cooperating unit sends is its own judgement
            lines = _missing(status, u, d.deadline.sender, forms=n == 0)
            if lines:
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
        lines.append(f"（{'一二三四五'[n - 1]}）应于{d.due_text}前报送{c.receiver(d, r.unit)}{late}：")
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
