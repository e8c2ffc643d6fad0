"""A declared table as a rich Table for the terminal: merged cells shown once, states in colour."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.table import Table as RichTable
from rich.text import Text

from ipdocs.output.table import Table

COLOURS = {"on_time": "green", "late": "yellow", "missing": "red", "no": "red", "good": "green", "bad": "red"}


def render(table: Table, items: Iterable[Any], title: str | None = None) -> RichTable:
    shown = RichTable(*table.headers, title=title or table.title, show_lines=True)
    for column in shown.columns:
        column.overflow = "fold"
    for row in table.rows(items):
        # Text, not markup: a unit's “[”…“]” stays text
        shown.add_row(*(Text(cell.text if cell.span else "", style=COLOURS.get(cell.state, "")) for cell in row))
    return shown
