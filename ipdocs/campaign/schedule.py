"""When the campaign's automatic runs happen, derived from its deadlines (pure: no Prefect here).

- reminders `remind_days` before each deadline (default 3 and 1 days), at the deadline's time of day;
- a collection and full pipeline run at each deadline (one per moment; work steps get neither);
- a daily status run at 09:00 during the collection window (from the notice's date to the last deadline
  by which material reaches the coordinator).
All in the campaign's time zone (Asia/Shanghai unless it says otherwise). Each run is named with what it
does and the deadline it serves ("牵头单位报送材料截止 2023-12-15 17:30"): Prefect shows these names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ipdocs.campaign.model import Campaign, Deadline

DAILY_AT = dt.time(9, 0)


@dataclass(frozen=True)
class Run:
    purpose: str  # remind | pipeline | status
    at: dt.datetime  # aware, campaign time zone
    deadline: str = ""  # the deadline it serves (id)
    label: str = ""  # the deadline(s) it serves, in the campaign's words and time zone
    days: int = 0  # reminders: days before the deadline

    @property
    def title(self) -> str:
        """What the run does and for which deadline — the schedule's name in Prefect."""
        return f"截止前{self.days}天催报：{self.label}" if self.purpose == "remind" else self.label


@dataclass(frozen=True)
class Plan:
    reminders: list[Run]
    pipelines: list[Run]
    daily_from: dt.datetime
    daily_until: dt.datetime
    timezone: str

    @property
    def daily_label(self) -> str:
        return f"报送期间每日{DAILY_AT:%H:%M}更新报送情况（{self.daily_from:%Y-%m-%d}—{self.daily_until:%Y-%m-%d}）"

    def upcoming(self, now: dt.datetime) -> list[Run]:
        """The reminders and pipeline runs still to come after `now`, in time order."""
        return sorted((r for r in self.reminders + self.pipelines if r.at > now), key=lambda r: r.at)

    def nothing_ahead(self, now: dt.datetime) -> str:
        """A sentence for the coordinator when no run is left after `now` (else "")."""
        if self.upcoming(now):
            return ""
        last = max((r.at for r in self.pipelines), default=self.daily_until)
        return (f"该迎考工作没有未到的截止时间（最后一个截止 {last:%Y-%m-%d %H:%M} 已过），"
                "定时任务不会再自动运行；需要时请用 ipdocs run 或在界面中手动运行")


def _once(runs: list[Run]) -> list[Run]:
    """One run per moment: deadlines that fall together (seed 002: lead and cooperating units, both 10-18) share
    it, named after all of them."""
    first: dict[dt.datetime, Run] = {}
    names: dict[dt.datetime, list[str]] = {}
    for r in runs:
        first.setdefault(r.at, r)
        names.setdefault(r.at, []).append(r.label)
    return [replace(r, label="；".join(dict.fromkeys(names[r.at]))) for r in first.values()]


def _due(d: Deadline) -> str:
    return f"{d.name}截止 {d.due:%Y-%m-%d %H:%M}"


def plan(campaign: Campaign, remind_days: tuple[int, ...] = (3, 1)) -> Plan:
    deadlines = sorted(campaign.deadlines, key=lambda d: d.due)
    sent = [d for d in deadlines if d.kind != "step"]  # a work step (完善任务分工) has nothing to remind or collect
    reminders = _once([Run("remind", d.due - dt.timedelta(days=n), d.id, _due(d), n) for d in sent
                       for n in sorted(remind_days, reverse=True)])
    pipelines = _once([Run("pipeline", d.due, d.id, _due(d)) for d in sent])
    to_coordinator = [d.due for d in deadlines if d.kind == "materials" and d.receiver != "assessor"]
    tz = deadlines[0].due.tzinfo
    start = dt.datetime.combine(campaign.document.signed, DAILY_AT, tzinfo=tz)
    until = max(to_coordinator) if to_coordinator else deadlines[-1].due
    return Plan(sorted(reminders, key=lambda r: r.at), pipelines, start, until, campaign.timezone)


def rrule_once(moment: dt.datetime) -> str:
    """An RRule that fires exactly once, at `moment` local time."""
    return f"DTSTART:{moment:%Y%m%dT%H%M%S}\nRRULE:FREQ=DAILY;COUNT=1"


def rrule_daily(start: dt.datetime, until: dt.datetime) -> str:
    return f"DTSTART:{start:%Y%m%dT%H%M%S}\nRRULE:FREQ=DAILY;UNTIL={until:%Y%m%dT%H%M%S}"
