"""Text as extracted from PDFs, Word files and OCR, made comparable.

Full-width digits and letters become half-width; the spaces PDF extraction puts between Chinese and digits
go (`信政〔2021〕12 号` → `信政〔2021〕12号`); the bracket variants OCR and typists use around a 文号's year
become 〔〕; Chinese numerals in dates become Arabic (二〇二三年十一月十三日 → 2023年11月13日, also
二〇二三年5月18日, and a year wrapped inside its digits, 二〇⏎二三年四月二十八日), and a letter-spaced date
(2 0 2 3 年 5 月 1 8 日) loses its spaces.

OCR text gets `repair_ocr` first: the misreadings rapidocr makes on scans, photos and screenshots of 文号 and
dates, each repaired only where the shape around it leaves one reading (a bracket read as C or 「 before a year
and a number with 号; 号 read as 亏 after one; a prefix's 市监 read as 市蓝 before its bracket; 〇 lost from
二〇二三年 or read as another character (二毫三年 alone on a signature line); 年 read as 午/牟/车 and 日
as 曰/目, also in 二〇二三年五月十八日, or 日 lost at a date's end; one of a dotted date's dots read as a
comma (2023,5.18), a table date's separator doubled or lost after the year (2022//06/11, 202203/19), a year's last
digit read twice by two overlapping boxes (2023-3-02-23 for 2023-02-23); 二 of a day read as 上 (三月上十日); 月 read as
another character between a month and a day number (2023年4街14日); a seal's stroke read as a digit before a
signature date (12023年3月1); 办 read as 募 before a prefix's kind character, 市监处罚 read as 市蓝处罚 / 市监处过;
a 文号 cell's year that lost its 2 (武川市监处罚022]98号); 川's last stroke read as 1 or I (岳川1日报); a bold
headline's 门 read as 内 in a few set phrases, 线索 read as 线素). A repair never creates a 文号 or a date from
text that has no year (or a year's last three digits and its closing bracket), number and 号 (or year, month and
day) in place.
Tabs (OCR's gap between the pieces of one line: table cells, newspaper columns) are kept; `column_reading` reads
two columns one after the other.
"""

from __future__ import annotations

import re

FULL_WIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"
              "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"}
FULL_WIDTH.update({ord("．"): ord("."), ord("－"): ord("-"), ord("／"): ord("/"), ord("："): ord(":")})
FULL_WIDTH[ord("丶")] = ord("、")  # OCR reads the enumeration comma as the radical 丶, which no text uses
CJK = r"\u3400-\u9fff"
DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0, "O": 0, "Ｏ": 0, "o": 0} \
    | {str(n): n for n in range(10)}  # OCR reads some of 二〇二三's digits as Arabic ones
# OCR loses a 文号's opening bracket in a table cell: 武府办罚2023]4号 → 武府办罚〔2023〕4号
LOST_OPENING = re.compile(r"(?<=[\u4e00-\u9fa5])((?:19|20)\d\d)\s*[〕\]】）)］﹞〗〙](?=\s*\d{1,5}\s*号)")
# every bracket a typist or OCR puts around a 文号's year (also the white lenticular 〖2023〗 and 〘2023〙 some
# offices' templates use); 〔20⏎23〕, 〔202⏎1〕: a year wrapped onto the next line
YEAR_BRACKETS = re.compile(r"[〔\[【（(［﹝〈<「｛{〖〘]\s*(\d{4}|\d\s*\d\s*\d\s*\d)\s*[〕\]】）)］﹞〉>」｝}〗〙]")


def chinese_number(text: str) -> int:
    """二〇二三 → 2023 (digit by digit); 十一 → 11; 二十三 → 23; 三十 → 30. ValueError for what is no number
    (an OCR slip such as 十十 or 二二十)."""
    try:
        if "十" not in text:
            return int("".join(str(DIGIT[c]) for c in text))
        tens, _, ones = text.partition("十")
        return (DIGIT[tens] if tens else 1) * 10 + (DIGIT[ones] if ones else 0)
    except KeyError:
        raise ValueError(f"not a Chinese number: {text}") from None


CN = "一二三四五六七八九十"
YEAR_DIGITS = "〇○OＯo零一二三四五六七八九0-9"
CHINESE_DATE = re.compile(rf"((?<![\d{YEAR_DIGITS}])[{YEAR_DIGITS}]{{4}})年([{CN}]{{1,3}})月([{CN}]{{1,3}})日")
# The end of a range written in Chinese numerals after an Arabic start: 2023年7月1日至三十一日 / 至八月五日.
CHINESE_RANGE_END = re.compile(rf"(?<=\d日)(至|到)(?:([{CN}]{{1,3}})月)?([{CN}]{{1,3}})日")


def _chinese_date(m: re.Match) -> str:
    """二〇二三年十一月十三日 → 2023年11月13日; as printed where a part is no number (an OCR slip)."""
    try:
        return f"{chinese_number(m.group(1))}年{chinese_number(m.group(2))}月{chinese_number(m.group(3))}日"
    except ValueError:
        return m.group(0)


def _chinese_range_end(m: re.Match) -> str:
    """…日至三十一日 / 至八月五日 → 至31日 / 至8月5日; as printed where a part is no number."""
    try:
        month = f"{chinese_number(m.group(2))}月" if m.group(2) else ""
        return f"{m.group(1)}{month}{chinese_number(m.group(3))}日"
    except ValueError:
        return m.group(0)


# A Chinese numeral is a quantity only when a measure word follows it (三次, 十二件, 两家; not 统一, 一般).
QUANTITY = re.compile(r"(?<!\d)([一二三四五六七八九十两]{1,3})(?=[次件宗项家人期篇份个起批场])")


def _quantity(m: re.Match) -> str:
    text = m.group(1)
    try:
        return str(chinese_number(text))
    except ValueError:
        return text


# ---- OCR misreadings (recorded from rapidocr on 150/300 dpi scans, phone photos and screenshots) ----------------
OPEN, CLOSE = "〔[【（(［﹝〈<「『〖｛{CcEL", "〕]】）)］﹞〉>」』〗｝}J"
HAO = "[号亏弓兮丐]"  # 号 and OCR's readings of it
# a 文号's year between brackets OCR misread (C2023J / 「2023」 / 〔2O23〕; a speck read as a dot after them,
# 〔2023〕.14号) or lost the closing one of (〔2023 19号, 〔202329号); not where the number then starts with 1 right
# after the year: 〔2022138号 is 〔2022〕38号 with 〕 read as 1 as often as 〔2022〕138号 with 〕 lost, and a wrong
# number is worse than none (docnumber.py decides it by a list's order)
OCR_YEAR = re.compile(rf"(?<=[\u4e00-\u9fa5])(\t?)[ \t]*[{re.escape(OPEN)}][ \t]*((?:19|20|2O|2o)[\dOolI]{{2}})[ \t]*"
                      rf"(?:[{re.escape(CLOSE)}][ \t]*[.·。,，]?"
                      rf"|(?=[ \t]+\d{{1,4}}[ \t]*{HAO}|[02-9]\d{{0,3}}[ \t]*{HAO}))"
                      r"[ \t]*(第?[ \t]*[\dOolI]{1,4})[ \t]*([号亏弓兮丐])")
# a 文号 wrapped in a table cell after its bracket and the year's first digit, that line lost to OCR and the next
# read (武川市监处罚（2⏎022]98号 → 武川市监处罚022]98号): a year of this century lost its 2
OCR_YEAR_HEAD = re.compile(rf"(?<=[\u4e00-\u9fa5])(0\d\d)[ \t]*[{re.escape(CLOSE)}](?=[ \t]*[1-9]\d{{0,4}}[ \t]*{HAO})")
# 号 misread after a complete 文号 number: 〔2023〕5亏
OCR_HAO = re.compile(r"(?<=〕)(\s*第?\s*\d{1,4}\s*)[亏弓兮丐]")
# the kind character of a 文号 prefix misread just before its bracket: 保宇〔 → 保字〔, 办友〔 → 办发〔, and after an
# organ's function character 函 read as 西 (粤知西〔 → 粤知函〔)
# 办 read as 募 before the kind character (石区知保募发〔 → 石区知保办发〔: no prefix ends 募发)
OCR_KIND = {"宇": "字", "友": "发", "岌": "发", "西": "函", "募": "办"}
OCR_KIND_AT = re.compile(r"(?:(?<=[\u4e00-\u9fa5])[宇友岌]|(?<=[知办府监政委])西)(?=[ \t]*〔(?:19|20)\d\d〕)"
                         r"|(?<=[\u4e00-\u9fa5])募(?=[发函字][ \t]*〔(?:19|20)\d\d〕)")
# 监 of a prefix's 市监 read as 蓝 / 盐 before a kind character or the bracket: 雄市蓝罚〔 → 雄市监罚〔
# (also before 处罚 and a bracket OCR misread, the number's 号 wrapped away in a table cell:
# 柏溪市蓝处罚（2023）100); 罚 after 市监处 read as 过
OCR_MARKET = re.compile(rf"(?<=[\u4e00-\u9fa5]市)[蓝盐](?=[处发函字办罚联知法过]{{0,2}}[ \t]*(?:〔(?:19|20)\d\d〕"
                        rf"|[{re.escape(OPEN)}][ \t]*(?:19|20)\d\d))")
OCR_PUNISH = re.compile(rf"(?<=[\u4e00-\u9fa5]市监处)过(?=[ \t]*[{re.escape(OPEN)}][ \t]*(?:19|20)\d\d)")
# 〇 lost or read as 口/D/Q in a Chinese-numeral year: 二二三年五月 → 二〇二三年五月 (a 4-digit 二〇xx year)
OCR_LOST_ZERO = re.compile(r"(?<![〇○OoＯ零一二三四五六七八九口DQ\d])二([一二三四五六七八九])"
                           r"(?=[一二三四五六七八九]年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日曰])")
OCR_ZERO = re.compile(r"(?<=二)[口DQ](?=[一二三四五六七八九〇○]{2}年[一二三四五六七八九十]{1,2}月)")
# 年/日 misread inside a written date: 2023车5月 / 2023午5月; a date closing a line on 由/田/白/口 or with its 日 lost
# (a seal over it) — not when the next line goes on with the day (2023年5月1⏎5日)
OCR_YEAR_WORD = re.compile(r"((?<!\d)(?:19|20)\d\d)[车午牟](?=\s*\d{1,2}\s*月\s*\d{1,2}\s*[日曰目])")
OCR_DAY_END = re.compile(r"((?:(?<!\d)|(?<=^\d)|(?<=\n\d))(?:19|20)\d\d年\d{1,2}月\d{1,2})[由田白口个]?"
                         r"(?=[ \t]*(?:\n(?![ \t]*[\d日曰号])|\Z))")


# the same in a Chinese-numeral date: 二〇二三午五月十八日, 二〇二三年五月十八曰, 二〇二三年五月十八 ending a line
CN_DATE_HEAD = rf"(?<![{YEAR_DIGITS}])[{YEAR_DIGITS}]{{4}}"
OCR_CN_YEAR_WORD = re.compile(rf"({CN_DATE_HEAD})[车午牟](?=[{CN}]{{1,2}}月[{CN}]{{1,3}}[日曰目])")
OCR_CN_DAY = re.compile(rf"((?<![{YEAR_DIGITS}])[{YEAR_DIGITS}]{{2,4}}年[{CN}]{{1,2}}月[{CN}]{{1,3}})"
                        rf"(?:[曰目]|[由田白口]?(?=[ \t]*(?:\n(?![ \t]*[{CN}日曰目])|\Z)))")
# 〇 read as another character in a signature date alone on its line (a seal over it): 二毫三年八月四日
OCR_SEAL_ZERO = re.compile(rf"(?m)^([ \t]*二)[^\s\d{YEAR_DIGITS}十年月日](?=[{YEAR_DIGITS}]{{1,2}}年[{CN}]{{1,2}}月"
                           rf"[{CN}]{{1,3}}(?:[日曰目]|[ \t]*$))")
# one dot of a dotted date read as a comma or a full stop: 2023,5.18 / 2023.5。18 (the other dot read right)
OCR_DOT_DATE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:[,，。](\d{1,2})\.|\.(\d{1,2})[,，。])(\d{1,2})(?![\d.])")
# a 文号 cell's number OCR ran into the date cell after it: 武市监罚[2022]232022-01-25 (number 23, 2022-01-25)
OCR_NUMBER_DATE = re.compile(r"(?<=(?:19|20)\d\d[〕\]】）)])(\d{1,4})((?:19|20)\d\d([./\-])\d{1,2}\3\d{1,2})"
                             r"(?:(?!\d)|(?=(?:19|20)\d\d[./\-]))")
# a dated table cell's separator doubled or lost after the year (2022//06/11, 202203/19): the other one says which
OCR_DOUBLE_SEP = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)([/.\-])\2(?=\d{1,2}\2\d{1,2}(?![\d/.\-]))")
OCR_LOST_SEP = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(0[1-9]|1[0-2])([/.\-])(\d{1,2})(?![\d/.\-])")
# two OCR boxes over one dated table cell that overlap, the second reading again the year's last digits the first
# ends on: 2023- and 3-02-23 joined as 2023-3-02-23 (2023-02-23); the month and day after are zero-padded, so the
# repeated piece is no month of the same date
OCR_REPEATED_YEAR_TAIL = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)([/.\-])(\d{1,3})\2(?=\d\d\2\d\d(?![/.\-]))")
# 川's last stroke read as a letter or digit of its own: 岳川1日报, 四川I广播电视台 (not 川1号线: a number's word after)
OCR_CHUAN = re.compile(r"(?<=[\u4e00-\u9fff]川)[1lI|](?=[\u4e00-\u9fff])(?![号期版楼路条栋层室届次年月]|日(?!报))")
# 十 read as + in a Chinese-numeral date (五月+八日); 月 read as another character in an Arabic one (2023年5用18日,
# 2023年4街14日): any one character but a date's own words between a month and a day number
OCR_TEN = re.compile(r"(?<=[年月一二三四五六七八九])[+＋](?=[一二三四五六七八九]?[月日])")
# 二 of a Chinese-numeral day read as 上 (a seal's stroke across it): 三月上十日 is 三月二十日 — no word is 月上十日
OCR_SHANG = re.compile(r"(?<=[一二三四五六七八九十]月)上(?=十[一二三四五六七八九]?[日曰])")
OCR_MONTH = re.compile(r"((?<!\d)(?:19|20)\d\d年(?:1[0-2]|0?[1-9]))"
                       r"(?![年月日曰至到和及与或])[\u4e00-\u9fa5](?=(?:[12]\d|3[01]|0?[1-9])[日曰])")


# words whose bold glyph rapidocr misreads in headlines (门 as 内): only in the phrases where the reading is certain
OCR_WORDS = {"多部内": "多部门", "各部内": "各部门", "有关部内": "有关部门", "相关部内": "相关部门",
             "职能部内": "职能部门", "部内联动": "部门联动", "部内协作": "部门协作", "部内联合": "部门联合",
             "内户网站": "门户网站"}
OCR_WORD = re.compile("|".join(sorted(OCR_WORDS, key=len, reverse=True)))
# 索 read as 素 in 线索 (案件线素移送): no word is 线素 but where 素 starts one of its own (素材, 素描)
OCR_CLUE = re.compile(r"线素(?![描材质养食色])")


def _ocr_year(m: re.Match) -> str:
    """The 文号's year and number in their one form; a tab before the bracket (a table cell's edge) is kept."""
    year = m.group(2).translate(str.maketrans("OolI", "0011"))
    number = m.group(3).replace(" ", "").replace("\t", "").translate(str.maketrans("OolI", "0011"))
    return f"{m.group(1)}〔{year}〕{number}号"


def repair_ocr(text: str) -> str:
    """An OCR page's text with the misreadings of 文号 and dates listed above repaired (before `normalize`)."""
    text = OCR_LOST_ZERO.sub(r"二〇\1", text)
    text = OCR_ZERO.sub("〇", text)
    text = OCR_YEAR.sub(_ocr_year, text)
    text = OCR_YEAR_HEAD.sub(r"〔2\1〕", text)
    text = OCR_HAO.sub(r"\1号", text)
    text = OCR_KIND_AT.sub(lambda m: OCR_KIND[m.group(0)], text)
    text = OCR_MARKET.sub("监", text)
    text = OCR_PUNISH.sub("罚", text)
    text = OCR_WORD.sub(lambda m: OCR_WORDS[m.group(0)], text)
    text = OCR_CLUE.sub("线索", text)
    text = OCR_CHUAN.sub("", text)
    text = OCR_TEN.sub("十", text)
    text = OCR_SHANG.sub("二", text)
    text = OCR_MONTH.sub(r"\1月", text)
    text = OCR_YEAR_WORD.sub(r"\1年", text)
    text = OCR_NUMBER_DATE.sub("\\1\t\\2", text)
    text = OCR_DOUBLE_SEP.sub(r"\1\2", text)
    text = OCR_REPEATED_YEAR_TAIL.sub(lambda m: m.group(1) + m.group(2) if m.group(1).endswith(m.group(3))
                                      else m.group(0), text)
    text = OCR_LOST_SEP.sub(r"\1\3\2\3\4", text)
    text = OCR_DOT_DATE.sub(lambda m: f"{m.group(1)}.{m.group(2) or m.group(3)}.{m.group(4)}", text)
    text = OCR_SEAL_ZERO.sub(r"\1〇", text)
    text = OCR_CN_YEAR_WORD.sub(r"\1年", text)
    text = OCR_CN_DAY.sub(r"\1日", text)
    return OCR_DAY_END.sub(r"\1日", text)


# a date in Chinese numerals wrapped onto the next line: 二〇二三年五月二十⏎五日
CN_WRAP = re.compile(rf"([{YEAR_DIGITS}]{{4}}年[{CN}]{{0,3}}(?:月[{CN}]{{0,3}})?)[ \t]*\r?\n[ \t]*"
                     rf"([{CN}]{{0,3}}(?:月[{CN}]{{0,3}})?日)")


def _cn_wrap(m: re.Match) -> str:
    joined = m.group(1) + m.group(2)
    return joined if CHINESE_DATE.fullmatch(joined) else m.group(0)


# a date in Chinese numerals wrapped inside its year (…至二〇⏎二三年四月二十八日): joined where the year read whole
# is one (1990–2100) and a month and day follow
CN_YEAR_WRAP = re.compile(rf"((?<![{YEAR_DIGITS}])[{YEAR_DIGITS}]{{1,3}})[ \t]*\r?\n[ \t]*([{YEAR_DIGITS}]{{1,3}})"
                          rf"(?=年[{CN}]{{1,3}}月[{CN}]{{1,3}}日)")


def _cn_year_wrap(m: re.Match) -> str:
    year = m.group(1) + m.group(2)
    try:
        whole = len(year) == 4 and 1990 <= chinese_number(year) <= 2100
    except ValueError:
        whole = False
    return year if whole else m.group(0)


# a letter-spaced date (a signature line, OCR of spaced glyphs): 2 0 2 3 年 5 月 1 8 日, 二 〇 二 三 年 五 月 十 八 日,
# 二〇二三⇥年五月十八日 (OCR's boxes apart) — the spaces go where the whole is a date's shape
_D, _S = f"[0-9{YEAR_DIGITS}]", r"[ \t\u3000]*"
SPACED_DATE = re.compile(rf"(?<![0-9{YEAR_DIGITS}])(?:{_D}{_S}){{3}}{_D}{_S}年{_S}(?:[0-9{CN}]{_S}){{1,3}}月{_S}"
                         rf"(?:[0-9{CN}]{_S}){{1,3}}[日曰目号]")
# a year in Chinese numerals before an Arabic month and day: 二〇二三年5月18日
CN_YEAR_ONLY = re.compile(rf"((?<![\d{YEAR_DIGITS}])[{YEAR_DIGITS}]{{4}})(?=年\d{{1,2}}月\d{{1,2}}[日曰目号])")


def _spaced_date(m: re.Match) -> str:
    return re.sub(r"[ \t\u3000]", "", m.group(0)) if re.search(r"[ \t\u3000]", m.group(0)) else m.group(0)


def _cn_year(m: re.Match) -> str:
    try:
        return str(chinese_number(m.group(1)))
    except ValueError:
        return m.group(1)


DIGIT_SPACES = re.compile(rf"(?<=[{CJK}〔〕])[ \u3000]+(?=[\d])|(?<=\d)[ \u3000]+(?=[{CJK}〔〕])")  # PDF layout


def normalize(text: str, ocr: bool = False, quantities: bool = True) -> str:
    """The text in the one form extraction reads; `ocr`: text OCR read, its misreadings repaired first;
    `quantities=False` keeps 三次 / 第一次 as printed (titles, organs and meeting topics are reported as printed)."""
    text = (repair_ocr(text) if ocr else text).translate(FULL_WIDTH)
    # each pattern below needs a character no step adds (年, 日, a space, 号): text without it is left alone
    if "年" in text:
        text = SPACED_DATE.sub(_spaced_date, text)
        text = CN_YEAR_WRAP.sub(_cn_year_wrap, text)
        text = CN_WRAP.sub(_cn_wrap, text)
        text = CHINESE_DATE.sub(_chinese_date, text)
        text = CN_YEAR_ONLY.sub(_cn_year, text)
    if "日" in text:
        text = CHINESE_RANGE_END.sub(_chinese_range_end, text)
    if " " in text or "\u3000" in text:
        text = DIGIT_SPACES.sub("", text)
    text = YEAR_BRACKETS.sub(lambda m: f"〔{''.join(m.group(1).split())}〕", text)
    if "号" in text:
        text = LOST_OPENING.sub(r"〔\1〕", text)
    return with_quantities(text) if quantities else text


def with_quantities(text: str) -> str:
    """Normalised text with its Chinese-numeral quantities in digits (三次 → 3次): `normalize`'s last step, for
    text already normalised without it."""
    return QUANTITY.sub(_quantity, text)


def as_printed(text: str, ocr: bool = False) -> str:
    """Text as the file prints it, for output (table cells): OCR's misreadings repaired, full-width digits and
    the spaces PDF layout puts between Chinese and digits dropped — no rewritten dates or quantities."""
    text = (repair_ocr(text) if ocr else text).translate(FULL_WIDTH)
    return DIGIT_SPACES.sub("", text)


def column_reading(text: str) -> str:
    """An OCR page's text with its two-column stretches (a newspaper clipping) read column by column, or "".

    OCR lines join the pieces on one visual line, so two columns come out interleaved (a line of the left
    column, a tab, the line of the right column beside it) and a date or 文号 wrapped inside a column is cut by
    the other column's text. Four or more consecutive lines of exactly two pieces are read as the left column's
    lines, then the right column's; "" where the page has no such stretch."""
    out, left, right, changed = [], [], [], False

    def flush() -> None:
        nonlocal changed
        if len(left) >= 4:
            out.extend(left + right)
            changed = True
        else:
            out.extend(f"{a}\t{b}" for a, b in zip(left, right, strict=True))
        left.clear()
        right.clear()

    for line in text.split("\n"):
        pieces = line.split("\t")
        if len(pieces) == 2 and all(p.strip() for p in pieces):
            left.append(pieces[0])
            right.append(pieces[1])
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out) if changed else ""

