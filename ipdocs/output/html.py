"""A declared table as an HTML <table>: merged cells span their group's rows, a cell's state is its class
(the page's stylesheet colours them), every text escaped."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from ipdocs.output.table import Cell, Table


def _cell(cell: Cell) -> str:
    span = f' rowspan="{cell.span}"' if cell.span > 1 else ""
    state = f' class="{escape(cell.state)}"' if cell.state else ""
    return f"<td{span}{state}>{escape(cell.text)}</td>"


def render(table: Table, items: Iterable[Any]) -> Markup:
    lines = ["<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.headers) + "</tr>"]
    lines += ["<tr>" + "".join(_cell(cell) for cell in row if cell.span) + "</tr>" for row in table.rows(items)]
    return Markup("\n".join(lines) + "</table>")
