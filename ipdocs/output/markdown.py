"""A declared table as Markdown (Prefect markdown artifacts) or as header → text records (Prefect table
artifacts). Merged cells repeat on every row: Markdown has no row spans."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ipdocs.output.table import Table


def _escaped(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def render(table: Table, items: Iterable[Any]) -> str:
    lines = ["| " + " | ".join(map(_escaped, table.headers)) + " |", "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(_escaped(cell.text) for cell in row) + " |" for row in table.rows(items)]
    return "\n".join(lines)


def records(table: Table, items: Iterable[Any]) -> list[dict[str, str]]:
    return [dict(zip(table.headers, (cell.text for cell in row), strict=True)) for row in table.rows(items)]
