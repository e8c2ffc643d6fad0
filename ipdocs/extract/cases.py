"""Case lists (案件列表): rows with 案号, 立案日, 结案日, 是否中止, 是否公开 and type, reassembled from the
tables extraction found, and the statistics the seeds score on them.

PDF tables come back with wrapped cells as several lines and with rows split at page breaks: a row without
a 案号 continues the row above; a table on the next page whose first row is a case (or repeats the header)
continues the table.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ipdocs.extract.normalize import normalize

CASE_NUMBER = re.compile(r"[\u4e00-\u9fa5A-Za-z]*〔\d{4}〕\d+号")
WHOLE_NUMBER = re.compile(r"[\u4e00-\u9fa5A-Za-z]+〔\d{4}〕\d+号")
# a case's number: its 案号, else the penalty decision's number (a list may have either; 案号 wins)
COLUMNS = {"number": ("案号", "案件编号", "立案编号", "处罚决定书文号", "决定书文号", "处罚决定书编号", "决定书编号"),
           "type": ("案件类型", "类型", "类别"), "filed": ("立案日", "立案日期", "立案时间"),
           "closed": ("结案日", "结案日期", "结案时间"), "suspended": ("是否中止", "中止"),
           "public": ("是否公开", "公开"), "party": ("当事人", "被处罚人", "违法主体"),
           "cause": ("案由", "违法行为", "案件名称")}
TYPES = ("专利", "商标", "著作权", "地理标志", "特殊标志", "商业秘密", "植物新品种")
LEGAL_DAYS = 90  # 市场监管行政处罚一般程序的办案期限; “超出法定结案期限50%以上” is beyond 135 days


@dataclass
class Case:
    number: str
    type: str
    filed: dt.date | None
    closed: dt.date | None
    suspended: bool
    public: bool

    @property
    def days(self) -> int | None:
        return (self.closed - self.filed).days if self.filed and self.closed else None


def _date(text: str) -> dt.date | None:
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", text)
    try:
        return dt.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


def _columns(header: list[str]) -> dict[str, int] | None:
    """The case columns a header names (each by its first name found, in COLUMNS' order), or None for a table
    that is no case list: one with a case number, or with the day filed and the party or the cause (a list
    without a number column)."""
    cleaned = [re.sub(r"\s+", "", h) for h in header]
    found = {}
    for key, names in COLUMNS.items():
        index = next((i for n in names for i, h in enumerate(cleaned) if n in h and i not in found.values()), None)
        if index is not None:
            found[key] = index
    if "number" not in found and "filed" in found and ("party" in found or "cause" in found):
        found["number"] = 0 if cleaned[:1] == ["序号"] else found.get("party", found.get("cause"))  # the row's key
        found["keyed"] = True
    return found if "number" in found else None


def case_rows(tables: list[dict]) -> list[list[str]]:
    """Rows of the case table(s), header removed, page-split tables joined, wrapped rows merged."""
    rows, columns = [], None
    for table in sorted(tables, key=lambda t: t["pages"][0] if "pages" in t else t["page"]):
        header_columns = _columns(table["header"])
        body = table["rows"]
        if header_columns:
            columns = header_columns
        elif columns:
            body = [table["header"], *body]  # a continuation page: its first row is data, not a header
        else:
            continue
        for row in body:
            cells = [normalize(re.sub(r"\s*\n\s*", "", c or ""), quantities=False) for c in row]  # [2023] → 〔2023〕
            # OCR specks (“〔2023〕.3号”) cannot be part of a 案号
            if columns["number"] < len(cells) and not columns.get("keyed"):
                cells[columns["number"]] = re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9〔〕]", "", cells[columns["number"]])
            if _columns(cells):
                continue  # the header repeated on a later page
            number = cells[columns["number"]]
            previous_whole = rows and (WHOLE_NUMBER.fullmatch(rows[-1][columns["number"]]) or columns.get("keyed"))
            # An empty 案号 continues the row above (wrapped cells); after a row whose 案号 was cut by a page
            # break, the next piece completes it; a 案号 of its own starts a new row.
            if rows and (not number or not previous_whole):
                rows[-1] = [a + b for a, b in zip(rows[-1], cells, strict=False)]
            else:
                rows.append(cells)
    return rows, columns


def cases(tables: list[dict]) -> list[Case]:
    rows, columns = case_rows(tables)
    if not columns:
        return []

    def cell(row, key):
        return row[columns[key]] if key in columns and columns[key] < len(row) else ""

    def number(row) -> str:  # a list without numbers names its cases by the party
        if columns.get("keyed"):
            return cell(row, "party") or cell(row, "cause")
        found = CASE_NUMBER.search(cell(row, "number"))
        return found.group(0) if found else cell(row, "number")

    return [Case(number(r), cell(r, "type") or cell(r, "cause"), _date(cell(r, "filed")), _date(cell(r, "closed")),
                 cell(r, "suspended").startswith("是"), cell(r, "public").startswith("是")) for r in rows]


def statistics(found: list[Case], legal_days: int = LEGAL_DAYS) -> dict:
    """What seed 000 7.2, 7.3 and 18.2 score: disclosure rate, case types covered, cases over time."""
    total = len(found)
    over = [c.number for c in found if not c.suspended and c.days is not None and c.days > legal_days * 1.5]
    return {"cases": total, "public": sum(c.public for c in found),
            "disclosure_rate": round(sum(c.public for c in found) / total, 4) if total else None,
            "types": [t for t in TYPES if any(t in c.type for c in found)], "over_time_limit": over}
