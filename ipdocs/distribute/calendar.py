"""The campaign's deadlines as an iCalendar file (RFC 5545) that Outlook or a phone imports.

Written with `icalendar`: escaping, line folding and the VTIMEZONE (from the zone database, for the years
the campaign spans) are the library's."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from ipdocs.campaign.model import PARTIES, Campaign

REMIND_DAYS = (3, 1)  # alarms before each deadline


def calendar(campaign: Campaign) -> Calendar:
    tz = ZoneInfo(campaign.timezone)
    stamp = campaign.created.replace(tzinfo=tz)
    cal = Calendar()
    cal.add("prodid", "-//ipdocs//迎考日程//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", campaign.title)
    cal.add("x-wr-timezone", campaign.timezone)
    for d in campaign.deadlines:
        due = d.due.astimezone(tz)
        to = d.receiver_name or PARTIES[d.receiver]
        who = f"{PARTIES[d.sender]}（{to}）" if d.kind == "step" else f"{PARTIES[d.sender]}报送{to}"
        event = Event()
        event.add("uid", hashlib.sha1(f"{campaign.id}/{d.id}".encode()).hexdigest()[:16] + "@ipdocs")
        event.add("dtstamp", stamp)
        event.add("dtstart", due - dt.timedelta(hours=1))
        event.add("dtend", due)
        event.add("summary", f"【截止】{d.name}（{d.due_text}前）")
        event.add("description", f"{who}：{d.what}" if d.what else who)
        event.add("transp", "TRANSPARENT")
        for days in REMIND_DAYS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{days}天后截止：{d.name}")
            alarm.add("trigger", dt.timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    years = [d.due.year for d in campaign.deadlines] or [campaign.year]
    cal.add_missing_timezones(dt.date(min(years) - 1, 1, 1), dt.date(max(years) + 2, 1, 1))
    return cal


def write_calendar(campaign: Campaign, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(calendar(campaign).to_ical())
    return path
