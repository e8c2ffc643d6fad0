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


def test_each_run_is_named_for_what_it_does_and_the_deadline_it_serves():
    """Seed 000's chain 11-24 → 12-05 → 12-15 → 12-31, as Prefect shows the schedules (campaign time zone)."""
    p = plan(load_campaign(SAMPLES / "wujiang-2023"))
    assert [r.title for r in p.pipelines] == [
        "报送联系人统计表截止 2023-11-24 17:30", "配合单位报送材料截止 2023-12-05 17:30",
        "牵头单位报送材料截止 2023-12-15 17:30", "报送市对口考核牵头单位截止 2023-12-31 17:30"]
    assert p.reminders[4].title == "截止前3天催报：牵头单位报送材料截止 2023-12-15 17:30"
    assert p.daily_label == "报送期间每日09:00更新报送情况（2023-11-13—2023-12-15）"
    yongning = plan(load_campaign(SAMPLES / "yongning-2023"))  # two deadlines at one moment: one run, both named
    assert yongning.pipelines[0].title == ("配合单位报送检查考核材料截止 2023-10-18 17:30；"
                                           "报送检查考核材料截止 2023-10-18 17:30")


LAST_DEADLINE = {"wujiang-2023": "2023-12-31 17:30", "xinyang-2021": "2022-05-27 17:30",
                 "yongning-2023": "2023-10-25 17:30", "market-standard": "2023-12-20 17:30",
                 "hubei-2019": "2020-01-06 17:30"}


def test_a_campaign_with_no_future_deadline_says_so():
    for sample, last in LAST_DEADLINE.items():
        p = plan(load_campaign(SAMPLES / sample))
        after = dt.datetime.strptime(last, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        assert p.nothing_ahead(after) == (f"该迎考工作没有未到的截止时间（最后一个截止 {last} 已过），"
                                          "定时任务不会再自动运行；需要时请用 ipdocs run 或在界面中手动运行"), sample
        assert p.nothing_ahead(after - dt.timedelta(minutes=1)) == ""      # the last run is still ahead
        assert [r.title for r in p.upcoming(after - dt.timedelta(minutes=1))] == [p.pipelines[-1].title]
