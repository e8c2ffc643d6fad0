"""Calendar dates in normalised text (Chinese numerals are already Arabic, see normalize.py).

Styles: 2023年5月18日, 2023.5.18, 2023/06/08 (also 2023 / 06 / 08), 2023-06-08 (one separator throughout),
and ranges or lists whose end inherits year and month: 2023年7月1日至31日, 2023年7月1日至8月5日,
2023年11月13—15日, 2023年5月8日、9日, 2023.7.1-7.31 — both ends are dates. OCR and layout damage
repaired: 曰/目 for 日, letters for digits (2O23),
a time glued on (2023-06-0810:30, also with its minutes wrapped: 2023-10-1410:0⏎5), a date wrapped inside a table
cell (2022/0⏎5/27), inside its day (持续至4月2⏎6日) or inside its year (于2⏎022年5月10日) — not onto the next
row's number of a register (2023.7.1 ending row 7 and 8 starting row 8, nor where the join is no day: 2023.5.4 and
5) —, a range's end wrapped after its month (2023.5.1至2023.11⏎30), a
table row's number OCR ran into its date cell (12023年1月25日; 35月3日 among rows 1, 2, 3 …) or into the middle of a
date wrapped in its narrow cell (2023年4月2⏎1⏎日 read as the cell 2023年4月21日, row 2's 2023年4月7⏎2日 as 4月72日:
taken out where each row's cell holds its number and most are no day as read), a two-column OCR page (a clipping)
also read column by column. Not dates: 文号
(〔2023〕5号), phone numbers, amounts (2023.5万元), times, 2023年5月 without a day, and anything that is not a
real calendar day between 1990 and 2100.

A day written without its year (5月18日, 9月9日至26日 — news bodies and notices write them so) takes the year of the
nearest full date before it in the same text (else after it, else the document's most common year; in a file
whose only full date a seal hid, the year of its own 文号 at the top, not of the older documents it cites); a file
with no full date and no 文号 gives none — a year is never guessed. On an OCR page a seal over a date makes OCR
misread a year's digit (2028年 for 2023年): a year that occurs nowhere else in the file and is one confusable digit from
exactly one year the file shows at least twice (dates and 文号) is read as that year (a signature date alone on its
line earlier than every 文号 the file shows and every other date, whatever the digit: no document cites one issued
after it was signed, 二〇一三年 for 二〇二三年; also 七 for 二 in a date alone on
its line two years or more after every other year the file shows: 二〇二七年 signing a text of 2022; and, the
file showing no year it could be, a signature later than today read back the same way: 二〇七四年 → 2024); a
Chinese-numeral year that lost digits there (二0二年二月六日) is the file's most frequent year containing the digits
read, if one is and no other year the file shows ends on the digit read last (二二年 is 2022 as likely as 2023: none
then). A year no document bears (2623年 under a seal) is the one year the file shows at least twice one digit from
it, whatever the digit; a Chinese-numeral year whose last digits OCR read as punctuation (二○._年) is the file's
year where it shows one only. A signature date later than the 版记's printing date (…2023年5月13日印发) had a
month or day digit misread: the one date a digit apart in the fortnight before printing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter

from ipdocs.extract.normalize import CN, DIGIT, YEAR_DIGITS, chinese_number, column_reading, normalize

TO = r"\s*(?:至|到|—|–|-|~|～|、|一{1,2}-?|-一)\s*(?=\d)"  # OCR reads a dash as 一 (3月1日一-10月30日)
DAY = r"[日曰目号]"  # OCR reads 日 as 曰 or 目
DATE_CN = re.compile(rf"(?<!\d)(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*(?:{DAY}"
                     rf"(?:{TO}(?:(?P<y2>\d{{4}})\s*年(?=\s*\d{{1,2}}\s*月))?"  # an end's year with its month
                     rf"\s*(?:(?P<m2>\d{{1,2}})\s*月)?\s*(?P<d2>\d{{1,2}})\s*{DAY})?"
                     rf"|{TO}(?:(?P<m3>\d{{1,2}})\s*月)?\s*(?P<d3>\d{{1,2}})\s*{DAY})")  # 2023年11月13—15日
# a date wrapped inside a table cell or line: 2022/0⏎5/27, 2022-⏎07-08
WRAPPED_DATE = re.compile(r"(?<!\d)(\d{4}[./\-](?:\d{1,2}[./\-])?\d?)[ \t]*\r?\n[ \t]*(?=\d)")
# a range's end wrapped after its month, the separator before its day lost at the line's end: 2023.5.1至2023.11⏎30
# (both ends of a range take one form: the end's day follows)
WRAPPED_RANGE_END = re.compile(rf"((?<![\d.\-/])(?:19|20)\d\d([./\-])\d{{1,2}}\2\d{{1,2}}{TO}(?:19|20)\d\d\2\d{{1,2}})"
                               r"[ \t]*\r?\n[ \t]*(?=\d{1,2}(?![\d./\-]))")
# a line's leading row number (a register's 序号): digits not part of a date or an amount
ROW_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?![\d./\-年月日号:%,，])")
WHOLE_SEP_DATE = re.compile(r"(\d{4})([./\-])(\d{1,2})\2(\d{1,2})")


def _wrap_joined(m: re.Match) -> str:
    """A date wrapped inside a line or cell, joined — unless what stands before the break is a whole date already and
    the join makes no calendar day of it (2023.5.4 and row 5: 2023.5.45) or the line after starts with the next
    row's number of a register (2023.7.1 ending row 7, 8 starting row 8: joined it reads 2023.7.18)."""
    text, head = m.string, m.group(1)
    whole = WHOLE_SEP_DATE.fullmatch(head)
    if not whole or _day(whole[1], whole[3], whole[4]) is None:
        return head  # 2022/0⏎5/27, 2022-07-0⏎8: the join is the only reading
    tail = re.match(r"\d+", text[m.end():]).group(0)
    joined = WHOLE_SEP_DATE.match(head + tail)
    if joined is None or _day(joined[1], joined[3], joined[4]) is None or len(joined[4]) < len(whole[4] + tail):
        return m.group(0)
    if row := ROW_NUMBER.match(text, m.end()):
        start = text.rfind("\n", 0, m.start()) + 1
        for _ in range(3):  # the row's first line: the date's own line or one of the two above it
            if above := ROW_NUMBER.match(text, start):
                if int(above.group(1)) + 1 == int(row.group(1)):
                    return m.group(0)
                break
            if start == 0:
                break
            start = text.rfind("\n", 0, start - 1) + 1
    return head


# a written date whose month or day number is split by a line break: 2022年1⏎2月17日, 2022年12月1⏎7日
# — also a day without its year, a news body's 持续至4月2⏎6日
WRAPPED_CN = re.compile(r"((?<!\d)(?:19|20)\d\d年(?:1(?=\r?\n[012]月)|\d{1,2}月[123](?=\r?\n\d日))"
                        r"|(?<![\d年])(?:1[0-2]|[1-9])月[123](?=\r?\n\d日))\r?\n")
# a date whose year is split by a line break: 于2⏎022年5月10日, 时间为202⏎2-10-21
WRAPPED_YEAR = re.compile(r"(?<!\d)(\d{1,3})[ \t]*\r?\n[ \t]*(\d{1,3})"
                          r"(?=年\d{1,2}月\d{1,2}[日曰目号]|[./\-]\d{1,2}[./\-]\d{1,2}(?!\d))")
# a date in Chinese numerals wrapped between its year and 年 (…至二〇二二⏎年五月二十八日): normalize.py converts it
# once joined
WRAPPED_CN_YEAR = re.compile(rf"((?<![{YEAR_DIGITS}\d])[{YEAR_DIGITS}]{{4}})[ \t]*\r?\n[ \t]*"
                             rf"(年[{CN}]{{1,3}}月[{CN}]{{1,3}}[日曰])")
# OCR letters for digits next to digits: 2O23 → 2023, 2023年l1月 → 2023年11月
ANY_DIGIT = re.compile(r"\d")
OCR_DIGITS = re.compile(r"(?<=[\d年月.\-/])[OoQDlI|](?=[\d月日.\-/])|(?<=\d)[OolI|](?=\d)")
DATE_SEP = re.compile(r"(?<![\d.\-/])(?P<y>\d{4}) ?(?P<s>[.\-/])\s?(?P<m>\d{1,2}) ?(?P=s)\s?(?P<d>\d{1,2})"
                      r"(?:(?![\d%])(?!\.\d)|(?=\d{1,2}:\d\d(?!\d)))"  # OCR glues a time on: 2023-06-0810:30
                      rf"(?:{TO}(?:(?P<y2>\d{{4}})(?P=s)(?=\d{{1,2}}(?P=s)))?"  # an end's year with its month
                      rf"(?:(?P<m2>\d{{1,2}})(?P=s))?(?P<d2>\d{{1,2}})(?![\d.\-/%]))?"
                      r"(?![ \t]*(?:万|元|亿|件|人|次|个|%))")


# 5月18日 / 5月18日至20日 / 5月18日、19日 with no year before it (2023年5月18日 is DATE_CN's); not right after a
# date's day (月11日1月4日: a table's two date cells wrapped inside their months, 2022年9⏎月11日 and 2022年1⏎1月4日)
YEARLESS = re.compile(rf"(?<![\d年月.\-/])(?<!年\s)(?<!\d[日号])(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]"
                      rf"(?:{TO}(?:(?P<m2>\d{{1,2}})\s*月)?\s*(?P<d2>\d{{1,2}})\s*[日号])?")


# a time OCR glued onto a date's day: 2023-5-515:18 (day 5, 15:18), 2023-04-109:38, 2023-06-0810:30 — its minutes
# wrapped too on a screenshot's narrow line (2023-10-1410:0⏎5)
GLUED_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d([./\-])\d{1,2}\2)(\d{2,4})(:\d(?:[ \t]*\r?\n[ \t]*)?\d)(?!\d)")


def _unglue(m: re.Match) -> str:
    """The day and the hour apart: the day takes two digits where both it and the hour are then valid."""
    digits = m.group(3)
    for cut in (2, 1):
        day, hour = digits[:cut], digits[cut:]
        if 1 <= len(hour) <= 2 and 1 <= int(day) <= 31 and int(hour) <= 23:
            return f"{m.group(1)}{day} {hour}{m.group(4)}"
    return m.group(0)


# two dates OCR glued together from adjacent table cells: 2023-05-272023-08-30
GLUED = re.compile(r"(?<!\d)((?:19|20)\d\d([./\-])\d{1,2}\2\d\d)(?=(?:19|20)\d\d[./\-]\d)")


def _day(year, month, day) -> dt.date | None:
    try:
        found = dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found if 1990 <= found.year <= 2100 else None


def prepared(text: str) -> str:
    """The text as `dates_in` reads it, its offsets those `dates_in` gives: OCR letters for digits, wrapped and glued
    dates repaired."""
    if "年" not in text and not ANY_DIGIT.search(text):  # no step below makes 年 or four digits out of neither
        return text
    text = WRAPPED_CN_YEAR.sub(lambda m: normalize(m.group(1) + m.group(2), quantities=False), text)
    text = OCR_DIGITS.sub(lambda m: "0" if m.group(0) in "OoQD" else "1", text)
    text = WRAPPED_RANGE_END.sub(r"\1\2", text)
    text = WRAPPED_DATE.sub(_wrap_joined, text)
    text = WRAPPED_CN.sub(r"\1", text)
    text = WRAPPED_YEAR.sub(lambda m: year if len(year := m.group(1) + m.group(2)) == 4 and year[:2] in ("19", "20")
                            else m.group(0), text)
    text = GLUED.sub(r"\1 ", text)
    return GLUED_TIME.sub(_unglue, text)


def dates_in(text: str) -> list[tuple[dt.date, str, int]]:
    """(date, text as written, offset in `prepared(text)`) for each date in the text; a range gives both ends."""
    if "年" not in text and not ANY_DIGIT.search(text):
        return []
    text = prepared(text)
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


def _repaired(day: dt.date, year: int) -> dt.date:
    return day if year == day.year else (_day(year, day.month, day.day) or day)


def yearless_in(text: str, full: list[tuple[dt.date, str, int]], year: int | None) -> list[tuple[dt.date, str, int]]:
    """Days written without a year, dated by the nearest full date before them in `full` (the text's dates_in),
    else the first after them, else `year`; nothing where no year is known. Offsets are in `prepared(text)`, as
    `full`'s are."""
    text = prepared(text)
    found = []
    for m in YEARLESS.finditer(text):
        before = [d for d, _, at in full if at < m.start()]
        after = [d for d, _, at in full if at > m.start()]
        known = before[-1].year if before else after[0].year if after else year
        if known is None or any(at <= m.start() < at + len(shown) for _, shown, at in full):
            continue
        start = _day(known, m["m"], m["d"])
        if start is None:
            continue
        found.append((start, m.group(0) if m["d2"] is None else text[m.start():m.end("d") + 1], m.start()))
        end = _day(known, m["m2"] or m["m"], m["d2"]) if m["d2"] is not None else None
        if end is not None and end > start:
            found.append((end, m.group(0), m.start()))
    return found


# digits OCR confuses under a red seal or blur
CONFUSABLE = {frozenset(p) for p in ("38", "68", "08", "17", "56", "09", "35")}
ANY_DIGITS = {frozenset(p) for p in itertools.combinations("0123456789", 2)}  # a year no document bears: any misread


def _alone(text: str, at: int, shown: str) -> bool:
    """Whether the date written `shown` at `at` is its line's whole text (`text` is `prepared`: `dates_in`'s offsets
    are there)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)].strip() == shown


def _seal_year(year: int, years: Counter, alone: bool = False, cited: frozenset[int] = frozenset()) -> int:
    """The year a seal-damaged OCR year stands for (see above), or the year itself; `alone`: the date is a line of
    its own (a signature); `cited`: the years of the 文号 the file shows."""
    if years[year] > 1:
        return year
    if alone and cited and all(y > year for y in years if y != year):
        # a signature earlier than every 文号 the file shows and every other date: no document cites one issued after
        # it was signed (二〇二三 read as 二〇一三 under a seal, a stroke of 二 lost) — any digit, the one year
        # the file shows at least twice one digit from it
        close = misread_of(year, years, ANY_DIGITS)
        return close[0] if len(close) == 1 else year
    # a signature line years after anything else the file shows: its 二 read as 七 under a seal (二〇二七年 among
    # 2022s) — not any digit: a 2026 letter may well cite only 2024 (a year-end summary signed the next January is
    # one year later)
    later = alone and all(year - y >= 2 for y in years if y != year)
    close = misread_of(year, years, CONFUSABLE | {frozenset("27")} if later else CONFUSABLE)
    if not close and alone and year > dt.date.today().year:
        # a signature dated in the future, the file showing no year it could be: the one year that 二 read as 七
        # gives that is not (二〇七四年 under a seal signs a text of 2024: no document is signed decades ahead)
        close = [y for i, c in enumerate(str(year)) if c == "7"
                 if (y := int(str(year)[:i] + "2" + str(year)[i + 1:])) <= dt.date.today().year]
    return close[0] if len(close) == 1 else year


def misread_of(year: int, years: Counter, confusable: set = CONFUSABLE) -> list[int]:
    """The years a file shows at least twice that an OCR-read `year` may stand for: one digit apart, those two digits
    ones OCR confuses (also docnumber.py's 文号 years)."""
    return [y for y, n in years.items() if n >= 2 and y != year and sum(
        a != b for a, b in zip(str(y), str(year), strict=True)) == 1 and all(
            a == b or frozenset(a + b) in confusable for a, b in zip(str(y), str(year), strict=True))]


# a date in Chinese numerals whose year lost digits under a seal (二〇二二 read as 二0二, 二〇二三 as 二三)
SHORT_YEAR = re.compile(r"(?<![〇○O0零一二三四五六七八九\d])([〇○O0零一二三四五六七八九]{2,3})年"
                        r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日曰]")


def _short_years(text: str, years: Counter) -> list[tuple[dt.date, str, int]]:
    """Dates of an OCR page whose Chinese-numeral year lost digits: the year read as the file's most frequent
    year (shown at least twice, more often than any other that fits) whose digits contain the digits read, in
    order; none where no year fits or two fit equally often."""
    found = []
    for m in SHORT_YEAR.finditer(text):
        digits = "".join(str(DIGIT[c]) for c in m.group(1))
        fits = sorted((n, y) for y, n in years.items() if n >= 2 and _within(digits, str(y)))
        one = fits and (len(fits) == 1 or fits[-1][0] > fits[-2][0])
        # 二二年 under a seal is 二〇二二 or 二〇二三: not the frequent 2023 where the file shows a 2022 (last 二 kept)
        one = one and (str(fits[-1][1])[-1] == digits[-1] or not any(
            str(y)[-1] == digits[-1] and _within(digits, str(y)) for y in years))
        try:
            day = _day(fits[-1][1], chinese_number(m.group(2)), chinese_number(m.group(3))) if one else None
        except ValueError:  # an OCR slip in the month or day (十十)
            day = None
        if day is not None:
            found.append((day, m.group(0), m.start()))
    return found


# a date in Chinese numerals whose year's last digits OCR read as punctuation (二○._年四月一日: a smudge over them)
GARBLED_YEAR = re.compile(r"(?<![〇○O0零一二三四五六七八九\d])(?P<y>[〇○O0零一二三四五六七八九]{2,3})"
                          r"(?P<g>(?:[^\w\s]|_){1,2})年(?P<m>[一二三四五六七八九十]{1,3})\s*月(?P<d>[一二三四五六七八九十]{1,3})[日曰]")


def _garbled_years(text: str, years: Counter) -> list[tuple[dt.date, str, int]]:
    """Dates of an OCR page whose year's last digits OCR read as punctuation (above): the year where the file shows
    one year only, at least twice, and it begins with the digits read; none otherwise (二○?? among 2022 and 2023
    says neither)."""
    if len(years) != 1 or years[year := next(iter(years))] < 2:
        return []
    found = []
    for m in GARBLED_YEAR.finditer(text):
        digits = "".join(str(DIGIT[c]) for c in m["y"])
        if len(m["y"]) + len(m["g"]) != 4 or not str(year).startswith(digits):
            continue
        try:
            day = _day(year, chinese_number(m["m"]), chinese_number(m["d"]))
        except ValueError:
            day = None
        if day is not None:
            found.append((day, m.group(0), m.start()))
    return found


# a written date whose year no document bears (2623年6月1日: a seal over the signature date made OCR read 0 as 6)
IMPOSSIBLE_YEAR = re.compile(rf"(?<!\d)(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*{DAY}")


def _impossible_years(text: str, years: Counter) -> list[tuple[dt.date, str, int]]:
    """Dates of an OCR page whose year is no calendar year a document bears (before 1990 or after 2100: a misread,
    whatever digit it is): the one year the file shows at least twice that differs from it in one digit; none
    where no year or two do."""
    found = []
    for m in IMPOSSIBLE_YEAR.finditer(text):
        if _day(m["y"], 1, 1) is not None:
            continue
        close = misread_of(int(m["y"]), years, ANY_DIGITS)
        if len(close) == 1 and (day := _day(close[0], m["m"], m["d"])) is not None:
            found.append((day, m.group(0), m.start()))
    return found


def _within(part: str, whole: str) -> bool:
    """Whether `part` is `whole` with some characters left out."""
    rest = iter(whole)
    return all(c in rest for c in part)


# the 版记's printing date (…局　2023年5月13日印发): a document is signed on or before the day it is printed
PRINTED = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*印发")


def _signed_before_printed(text: str, hits: list[tuple[dt.date, str, int]]) -> list[tuple[dt.date, str, int]]:
    """An OCR page's signature date (a line of its own) later than its 版记's printing date: a seal over it made
    OCR misread a month or day digit (2023年8月12日 signing a text printed 2023年5月13日). The one date one digit of
    its month or day apart that falls within the fortnight before the printing date (a document goes to print days
    after it is signed); as read where none or several do."""
    printed = [d for m in PRINTED.finditer(text) if (d := _day(*m.groups())) is not None]
    if len(printed) != 1:
        return hits
    lines = prepared(text)
    out = []
    for day, shown, at in hits:
        if day > printed[0] and _alone(lines, at, shown):  # a line of its own
            month, date = f"{day.month:02d}", f"{day.day:02d}"
            fits = {d for i in range(4) for c in "0123456789" if (digits := (month + date)[:i] + c
                    + (month + date)[i + 1:]) and (d := _day(day.year, digits[:2], digits[2:])) is not None
                    and printed[0] - dt.timedelta(days=15) <= d <= printed[0]}
            if len(fits) == 1:
                day = fits.pop()
        out.append((day, shown, at))
    return out


# the document's own 文号: a line of its own near the top of the first page (not a cited one in the text)
OWN_NUMBER = re.compile(r"^[ \t]*[\u4e00-\u9fa5]{0,12}〔(?P<year>(?:19|20)\d\d)〕\d{1,5}号", re.M)


# a table row's number OCR ran into the date cell beside it: 12023年1月25日 (row 1), 35月3日 (row 3, 5月3日)
ROW_YEAR = re.compile(r"(?m)^([ \t]*\d{1,3})(?=(?:19|20)\d\d(?:年\d|[./\-]\d))")
ROW_DAY = re.compile(r"(?m)^([ \t]*)(\d{2,4})(?=月\d{1,2}[日号])")
GLUED_DAY = re.compile(r"\d{2,4}月\d{1,2}[日号]")


def _row_numbers_apart(text: str) -> tuple[str, dict[str, str]]:
    """An OCR page's rows whose number ran into a date: a year's row number always (no year has five digits); a
    day's where the page's lines read so give rising row numbers from 1 (each at most 3 above the one before; at
    least three of them) — a line that does not continue them (11月20日 after row 8) keeps its month. Also each
    glued day as read → as split (the same row's table cell reads it so too)."""
    text = ROW_YEAR.sub(r"\1\t", text)
    splits, last = [], 0
    for m in ROW_DAY.finditer(text):
        digits = m.group(2)
        cut = next((c for c in (1, 2) if len(digits) > c and digits[c] != "0" and 1 <= int(digits[c:]) <= 12
                    and last < int(digits[:c]) <= last + 3), None)
        if cut is not None and (last or digits[:cut] == "1"):
            splits.append((m.start(2), cut))
            last = int(digits[:cut])
    if len(splits) < 3:
        return text, {}
    glued = {}
    for start, cut in reversed(splits):
        day = GLUED_DAY.match(text, start).group(0)
        glued[day] = f"{day[:cut]}\t{day[cut:]}"
        text = text[:start + cut] + "\t" + text[start + cut:]
    return text, glued


def _cell_apart(cell: str, glued: dict[str, str]) -> str:
    day = GLUED_DAY.match(cell)
    return glued[day.group(0)] + cell[day.end():] if day and day.group(0) in glued else cell


# a table's date cell as read whole: 2023年4月72日, 2023.4.72
DATE_CELL = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<s>年|[./\-])(?P<rest>\d{1,4}(?:月|(?P=s))\d{1,5}日?)")


def _cell_day(year: str, sep: str, rest: str) -> dt.date | None:
    m = re.fullmatch(r"(\d{1,2})(?:月|[./\-])(\d{1,2})日?", rest)
    return _day(year, m[1], m[2]) if m and (sep == "年") == ("月" in rest) and rest.endswith("日") == (sep == "年") \
        else None


def _row_numbers_out(cells: list[tuple[int, str]], ocr: set[int]) -> list[tuple[int, str]]:
    """A scanned register whose 序号 column OCR read into the date column beside it (the date wrapped in its narrow
    cell, the row's number between its lines: 2023年4月2⏎1⏎日 read as the cell 2023年4月21日, row 2's 2023年4月7⏎2日
    as 2023年4月72日): the date cells in order, one or two a row, the first of each row holding that row's number.
    Taken out where every such cell holds its row's number (1, 2, 3 …) once, taking it out leaves a day and one day
    only, and at least half of them are no day as read — that many days are never misread alone; the cells as read
    otherwise (at least three rows). Cells of OCR pages (`ocr`) only."""
    dated = [i for i, (page, c) in enumerate(cells) if page in ocr and DATE_CELL.fullmatch(c)]
    for per_row in (1, 2):
        if len(dated) < 3 * per_row or len(dated) % per_row:
            continue
        firsts, others = dated[::per_row], [i for k, i in enumerate(dated) if k % per_row]
        if any(_cell_day(*DATE_CELL.fullmatch(cells[i][1]).group("y", "s", "rest")) is None for i in others):
            continue
        out, garbled = list(cells), 0
        for row, i in enumerate(firsts, 1):
            m = DATE_CELL.fullmatch(cells[i][1])
            number, rest = str(row), m["rest"]
            garbled += _cell_day(m["y"], m["s"], rest) is None
            days = {(day, kept) for at in range(len(rest)) if rest.startswith(number, at)
                    if (day := _cell_day(m["y"], m["s"], kept := rest[:at] + rest[at + len(number):])) is not None}
            if len({day for day, _ in days}) != 1:
                break
            out[i] = (cells[i][0], m["y"] + m["s"] + next(iter(days))[1])
        else:
            if 2 * garbled >= len(firsts):
                return out
    return cells


def dates(pages, cells: list[tuple[int, str]] = ()) -> list[dict]:
    """Dates on the pages and in table cells ((page, text) pairs: a cell wraps 2022-07-08 as 2022- / 07-08), then the
    days written without a year."""
    found, seen = [], set()
    ocr = {p.number for p in pages if getattr(p, "ocr", False)}
    apart = {p.number: _row_numbers_apart(p.text) if getattr(p, "ocr", False) else (p.text, {}) for p in pages}
    sources = [(p.number, apart[p.number][0]) for p in pages] \
        + _row_numbers_out([(page, _cell_apart(re.sub(r"\s+", "", c), apart.get(page, ("", {}))[1]))
                            for page, c in cells], ocr)
    full = [(number, text, dates_in(text)) for number, text in sources]
    years = Counter(day.year for _, _, hits in full for day, _, _ in hits)
    cited = [int(y) for _, text in sources[:len(pages)] for y in re.findall(r"〔((?:19|20)\d\d)〕", text)]
    years.update(cited)
    for i, (number, text, hits) in enumerate(full[:len(pages)]):
        if number in ocr:
            lines = prepared(text)  # the offsets of dates_in's hits
            read = [(_repaired(day, _seal_year(day.year, years, _alone(lines, at, shown), frozenset(cited))), shown,
                     at) for day, shown, at in hits]
            full[i] = (number, text, sorted(_signed_before_printed(text, read) + _short_years(lines, years)
                                            + _impossible_years(lines, years) + _garbled_years(lines, years),
                                            key=lambda h: h[2]))
    common = min(years, key=lambda y: (-years[y], y)) if years else None
    if not any(hits for _, _, hits in full) and pages and (own := OWN_NUMBER.search(pages[0].text[:200])):
        common = int(own["year"])  # no full date (a seal over the only one): the year of the document's own 文号
    # a two-column OCR page (a clipping) also read column by column: a date wrapped inside a column is whole there
    columns = [(p.number, column_reading(p.text)) for p in pages if p.number in ocr]
    columns = {number: [(number, text, [(_repaired(day, _seal_year(day.year, years)), shown, at)
                                        for day, shown, at in dates_in(text)])] for number, text in columns if text}
    full = [read for i, source in enumerate(full)
            for read in [source, *(columns.get(source[0], []) if i < len(pages) else [])]]  # after its page
    for number, text, hits in full:
        for day, shown, _ in sorted(hits + yearless_in(text, hits, common), key=lambda h: h[2]):
            if (day, number) not in seen:
                seen.add((day, number))
                found.append({"iso": day.isoformat(), "text": shown, "page": number})
    return found
