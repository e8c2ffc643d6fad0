"""Calendar dates in normalised text (Chinese numerals are already Arabic, see normalize.py).

Styles: 2023年5月18日, 2023.5.18, 2023/06/08, 2023-06-08 (one separator throughout), and ranges or lists whose
end inherits year and month: 2023年7月1日至31日, 2023年7月1日至8月5日, 2023年11月13—15日, 2023年5月8日、9日,
2023.7.1-7.31 — both ends are dates. OCR and layout damage repaired: 曰/目 for 日, letters for digits (2O23),
a time glued on (2023-06-0810:30), a date wrapped inside a table cell (2022/0⏎5/27). Not dates: 文号
(〔2023〕5号), phone numbers, amounts (2023.5万元), times, 2023年5月 without a day, and anything that is not a
real calendar day between 1990 and 2100.
"""

from __future__ import annotations

import datetime as dt
import re

TO = r"\s*(?:至|到|—|–|-|~|～|、)\s*"
DAY = r"[日曰目号]"  # OCR reads 日 as 曰 or 目
DATE_CN = re.compile(rf"(?<!\d)(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*(?:{DAY}"
                     rf"(?:{TO}(?:(?P<y2>\d{{4}})\s*年)?\s*(?:(?P<m2>\d{{1,2}})\s*月)?\s*(?P<d2>\d{{1,2}})\s*{DAY})?"
                     rf"|{TO}(?:(?P<m3>\d{{1,2}})\s*月)?\s*(?P<d3>\d{{1,2}})\s*{DAY})")  # 2023年11月13—15日
# a date wrapped inside a table cell or line: 2022/0⏎5/27, 2022-⏎07-08
WRAPPED_DATE = re.compile(r"(?<!\d)(\d{4}[./\-](?:\d{1,2}[./\-])?\d?)[ \t]*\r?\n[ \t]*(?=\d)")
# OCR letters for digits next to digits: 2O23 → 2023, 2023年l1月 → 2023年11月
OCR_DIGITS = re.compile(r"(?<=[\d年月.\-/])[OoQDlI|](?=[\d月日.\-/])|(?<=\d)[OolI|](?=\d)")
DATE_SEP = re.compile(r"(?<![\d.\-/])(?P<y>\d{4})(?P<s>[.\-/])\s?(?P<m>\d{1,2})(?P=s)\s?(?P<d>\d{1,2})"
                      r"(?:(?![\d%])(?!\.\d)|(?=\d{1,2}:\d\d(?!\d)))"  # OCR glues a time on: 2023-06-0810:30
                      rf"(?:{TO}(?:(?P<y2>\d{{4}})(?P=s))?(?:(?P<m2>\d{{1,2}})(?P=s))?(?P<d2>\d{{1,2}})(?![\d.\-/%]))?"
                      r"(?![ \t]*(?:万|元|亿|件|人|次|个|%))")


def _day(year, month, day) -> dt.date | None:
    try:
        found = dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found if 1990 <= found.year <= 2100 else None


def dates_in(text: str) -> list[tuple[dt.date, str, int]]:
    """(date, text as written, offset) for each date in the text; a range gives both ends."""
    text = OCR_DIGITS.sub(lambda m: "0" if m.group(0) in "OoQD" else "1", text)
    text = WRAPPED_DATE.sub(r"\1", text)
    found = []
    for pattern in (DATE_CN, DATE_SEP):
        for m in pattern.finditer(text):
            start = _day(m["y"], m["m"], m["d"])
            if start is None:
                continue
            end_day, end_month = (m["d2"], m["m2"]) if m["d2"] is not None else (
                (m["d3"], m["m3"]) if "d3" in m.re.groupindex else (None, None))
            first = m.group(0)
            if end_day is not None:  # the range's first end, up to its day (and 日)
                after = text[m.end("d"):].lstrip()[:1]
                first = text[m.start():m.end("d")] + (after if pattern is DATE_CN and after in "日曰目号" else "")
            found.append((start, first, m.start()))
            if end_day is not None:
                end = _day(m["y2"] or m["y"], end_month or m["m"], end_day)
                if end is not None and end > start:
                    found.append((end, m.group(0), m.start()))
    return sorted(found, key=lambda f: f[2])


def dates(pages, cells: list[tuple[int, str]] = ()) -> list[dict]:
    """Dates on the pages and in table cells ((page, text) pairs: a cell wraps 2022-07-08 as 2022- / 07-08)."""
    found, seen = [], set()
    sources = [(p.number, p.text) for p in pages] + [(page, re.sub(r"\s+", "", c)) for page, c in cells]
    for number, text in sources:
        for day, shown, _ in dates_in(text):
            if (day, number) not in seen:
                seen.add((day, number))
                found.append({"iso": day.isoformat(), "text": shown, "page": number})
    return found
