"""Schedules from deadlines (pure plan)."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from ipdocs.campaign import load_campaign
from ipdocs.campaign.schedule import plan, rrule_daily, rrule_once

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
TZ = ZoneInfo("Asia/Shanghai")


def test_runs_follow_the_wujiang_deadlines():
    p = plan(load_campaign(SAMPLES / "wujiang-2023"))
    assert [(r.deadline, r.at) for r in p.pipelines] == [
        ("contacts", dt.datetime(2023, 11, 24, 17, 30, tzinfo=TZ)),
        ("cooperating", dt.datetime(2023, 12, 5, 17, 30, tzinfo=TZ)),
        ("lead", dt.datetime(2023, 12, 15, 17, 30, tzinfo=TZ)),
        ("assessor", dt.datetime(2023, 12, 31, 17, 30, tzinfo=TZ))]
    assert [(r.deadline, r.at.date().isoformat()) for r in p.reminders][:4] == [
        ("contacts", "2023-11-21"), ("contacts", "2023-11-23"), ("cooperating", "2023-12-02"),
        ("cooperating", "2023-12-04")]
    assert all(r.at.time() == dt.time(17, 30) for r in p.reminders)
    assert p.daily_from == dt.datetime(2023, 11, 13, 9, 0, tzinfo=TZ)        # the notice's date
    assert p.daily_until == dt.datetime(2023, 12, 15, 17, 30, tzinfo=TZ)      # material due at the office
    assert p.timezone == "Asia/Shanghai"


def test_reminder_days_are_configurable_and_rrules_fire_at_local_times():
    p = plan(load_campaign(SAMPLES / "yongning-2023"), remind_days=(5,))
    assert [r.at.isoformat() for r in p.reminders] == ["2023-10-13T17:30:00+08:00", "2023-10-20T17:30:00+08:00"]
    assert rrule_once(p.reminders[0].at) == "DTSTART:20231013T173000\nRRULE:FREQ=DAILY;COUNT=1"
    assert rrule_daily(p.daily_from, p.daily_until) == "DTSTART:20231013T090000\nRRULE:FREQ=DAILY;UNTIL=20231018T173000"
