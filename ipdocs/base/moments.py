"""The moment a command or flow works at, as people type it (`--at 2023-12-06 09:00`)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ipdocs.base.errors import IpdocsError


def parse_moment(text: str | None, tz: str | dt.tzinfo) -> dt.datetime | None:
    """`--at` text (2023-12-06 or 2023-12-06 09:00) as an aware time, read in zone `tz` unless it names
    its own; None for no text (the campaign's as_of, else now, applies: `Campaign.moment`)."""
    if text is None or not text.strip():
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError as exc:
        raise IpdocsError(f"--at：时间 {text!r} 无效（应为 2023-12-06 或 2023-12-06 09:00）") from exc
    if value.tzinfo:
        return value
    return value.replace(tzinfo=ZoneInfo(tz) if isinstance(tz, str) else tz)
