"""When the campaign's automatic runs happen, derived from its deadlines (pure: no Prefect here).

- reminders `remind_days` before each deadline (default 3 and 1 days), at the deadline's time of day;
- a collection and full pipeline run at each deadline (one per moment; work steps get neither);
- a daily status run at 09:00 during the collection window (from the notice's date to the last deadline
  by which material reaches the coordinator).
All in the campaign's time zone (Asia/Shanghai unless it says otherwise).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ipdocs.campaign.model import Campaign

DAILY_AT = dt.time(9, 0)


@dataclass(frozen=True)
class Run:
    purpose: str  # remind | pipeline | status
    at: dt.datetime  # aware, campaign time zone
    deadline: str = ""  # the deadline it serves


@dataclass(frozen=True)
class Plan:
    reminders: list[Run]
    pipelines: list[Run]
    daily_from: dt.datetime
    daily_until: dt.datetime
    timezone: str


def _once(runs: list[Run]) -> list[Run]:
    """One run per moment: deadlines that fall together (seed 002: lead and cooperating units, both 10-18) share it."""
    seen: set[dt.datetime] = set()
    return [r for r in runs if not (r.at in seen or seen.add(r.at))]


def plan(campaign: Campaign, remind_days: tuple[int, ...] = (3, 1)) -> Plan:
    deadlines = sorted(campaign.deadlines, key=lambda d: d.due)
    sent = [d for d in deadlines if d.kind != "step"]  # a work step (完善任务分工) has nothing to remind or collect
    reminders = _once([Run("remind", d.due - dt.timedelta(days=n), d.id) for d in sent
                       for n in sorted(remind_days, reverse=True)])
    pipelines = _once([Run("pipeline", d.due, d.id) for d in sent])
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
