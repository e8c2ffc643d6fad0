"""A table declared once — its columns, their Chinese headers, how each value is shown — and rendered by
ipdocs.output.{terminal,markdown,html,xlsx}, so the CLI, the Prefect artifact, the HTML page and the
workbook cannot disagree.

    UNITS = Table("各单位报送情况", (
        Column("单位", "unit", width=22, merged=True),
        Column("状态", "text", state=lambda row: row["state"]),
        ...), group="deadlines")

A row is a mapping or an object; a column reads its key (item or attribute) or calls its getter. With
`group`, each item is shown once per entry of item[group] (a list of mappings whose keys join the item's);
`merged` columns hold one value per item, spanning its rows where the format allows.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def plain(value: Any) -> str:
    """The text of a value as users read it: nothing for None, 是/否 for yes/no, lists joined with 、."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(map(str, value))
    return str(value)


@dataclass(frozen=True)
class Column:
    header: str
    get: str | Callable[[Any], Any]
    text: Callable[[Any], str] = plain
    width: int = 12  # in characters, for XLSX
    state: Callable[[Any], str] | None = None  # row → a state (on_time, late, missing, pending, yes, no …)
    merged: bool = False

    def value(self, row: Any) -> Any:
        if callable(self.get):
            return self.get(row)
        return row[self.get] if isinstance(row, Mapping) else getattr(row, self.get)


@dataclass(frozen=True)
class Cell:
    value: Any  # as read: numbers stay numbers (XLSX keeps them so)
    text: str
    state: str = ""
    span: int = 1  # rows a merged cell covers: >1 on a group's first row, 0 on the rows it covers

    @property
    def number(self) -> int | float | None:
        """The value where it is a number (not a yes/no), for formats that keep numbers."""
        if isinstance(self.value, bool) or not isinstance(self.value, int | float | Decimal):
            return None
        value = self.value
        return int(value) if value == int(value) else float(value)


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    group: str | None = None

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def rows(self, items: Iterable[Any]) -> list[list[Cell]]:
        rows = []
        for item in items:
            parts = [ChainMap(part, item) for part in item[self.group]] if self.group else [item]
            for i, row in enumerate(parts):
                rows.append([self._cell(column, row, len(parts) if i == 0 else 0) if column.merged
                             else self._cell(column, row, 1) for column in self.columns])
        return rows

    @staticmethod
    def _cell(column: Column, row: Any, span: int) -> Cell:
        value = column.value(row)
        return Cell(value, column.text(value), column.state(row) if column.state else "", span)
