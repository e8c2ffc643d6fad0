"""The deadlines calendar read back as a calendar program would: events, times, zone and alarms."""

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from ipdocs.campaign import load_campaign
from ipdocs.distribute.calendar import write_calendar

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_calendar_parses_back_with_events_times_and_zone(tmp_path):
    shutil.copy(SAMPLES / "wujiang-2023" / "campaign.yaml", tmp_path)
    campaign = load_campaign(tmp_path)
    raw = write_calendar(campaign, tmp_path / "迎考日程.ics").read_bytes()
    cal = Calendar.from_ical(raw)

    zones = cal.timezones
    assert [z.tz_name for z in zones] == ["Asia/Shanghai"]
    assert {s["TZOFFSETTO"].td for s in zones[0].standard} == {dt.timedelta(hours=8)} and not zones[0].daylight
    assert str(cal["X-WR-CALNAME"]) == campaign.title

    events = cal.events
    assert len(events) == len(campaign.deadlines) == 4
    by_summary = {str(e["SUMMARY"]): e for e in events}
    lead = by_summary["【截止】配合单位报送材料（2023年12月5日17:30前）"]
    assert lead.end == dt.datetime(2023, 12, 5, 17, 30, tzinfo=SHANGHAI)
    assert lead.start == dt.datetime(2023, 12, 5, 16, 30, tzinfo=SHANGHAI)
    assert lead["DTEND"].params["TZID"] == "Asia/Shanghai"
    assert [a["TRIGGER"].dt for a in lead.walk("VALARM")] == [dt.timedelta(days=-3), dt.timedelta(days=-1)]
    assert {e.end for e in events} == {d.due for d in campaign.deadlines}
    assert len({str(e["UID"]) for e in events}) == 4
    assert write_calendar(campaign, tmp_path / "again.ics").read_bytes() == raw   # reruns give equal bytes
