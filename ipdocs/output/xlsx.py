"""A declared table as a worksheet: a bold shaded header row, frozen; numbers kept as numbers, other values
as the text the other formats show; wrapped, top-aligned cells in the declared widths. Merged cells repeat
on every row so the sheet sorts and filters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ipdocs.output.table import Table

WRAP = Alignment(wrap_text=True, vertical="top")


def style_header(cells: Iterable) -> None:
    for cell in cells:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="E7E6E6")


def add_sheet(workbook: Workbook, table: Table, items: Iterable[Any]) -> Worksheet:
    sheet = workbook.create_sheet(table.title)
    sheet.append(table.headers)
    style_header(sheet[1])
    for row in table.rows(items):
        sheet.append([cell.text if cell.number is None else cell.number for cell in row])
    for i, column in enumerate(table.columns, 1):
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAP
    sheet.freeze_panes = "A2"
    return sheet


def workbook(sheets: Iterable[tuple[Table, Iterable[Any]]]) -> Workbook:
    """A workbook of one sheet per (table, items); set its created/modified before saving."""
    book = Workbook()
    book.remove(book.active)
    for table, items in sheets:
        add_sheet(book, table, items)
    return book
