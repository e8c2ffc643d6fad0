"""The campaign's deadlines as an iCalendar file (RFC 5545) that Outlook or a phone imports."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from ipdocs.campaign.model import PARTIES, Campaign

REMIND_DAYS = (3, 1)  # alarms before each deadline


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuation lines starting with a space (UTF-8 characters kept whole)."""
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def calendar_text(campaign: Campaign) -> str:
    stamp = campaign.created.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ipdocs//迎考日程//ZH", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_escape(campaign.title)}", f"X-WR-TIMEZONE:{campaign.timezone}",
             "BEGIN:VTIMEZONE", f"TZID:{campaign.timezone}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
             f"TZOFFSETFROM:{_offset(campaign)}", f"TZOFFSETTO:{_offset(campaign)}", "TZNAME:CST", "END:STANDARD",
             "END:VTIMEZONE"]
    for d in campaign.deadlines:
        uid = hashlib.sha1(f"{campaign.id}/{d.id}".encode()).hexdigest()[:16]
        start = d.due - dt.timedelta(hours=1)
        who = f"{PARTIES[d.sender]}报送{d.receiver_name or PARTIES[d.receiver]}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}@ipdocs", f"DTSTAMP:{stamp}",
                  f"DTSTART;TZID={campaign.timezone}:{start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID={campaign.timezone}:{d.due:%Y%m%dT%H%M%S}",
                  f"SUMMARY:{_escape(f'【截止】{d.name}（{d.due_text}前）')}",
                  f"DESCRIPTION:{_escape(f'{who}：{d.what}' if d.what else who)}",
                  "TRANSP:TRANSPARENT"]
        for days in REMIND_DAYS:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape(f'{days}天后截止：{d.name}')}",
                      f"TRIGGER:-P{days}D", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"


def _offset(campaign: Campaign) -> str:
    offset = campaign.deadlines[0].due.utcoffset() if campaign.deadlines else dt.timedelta(hours=8)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def write_calendar(campaign: Campaign, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(calendar_text(campaign).encode("utf-8"))
    return path
