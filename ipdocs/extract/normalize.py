"""Text as extracted from PDFs, Word files and OCR, made comparable.

Full-width digits and letters become half-width; the spaces PDF extraction puts between Chinese and digits
go (`信政〔2021〕12 号` → `信政〔2021〕12号`); the bracket variants OCR and typists use around a 文号's year
become 〔〕; Chinese numerals in dates become Arabic (二〇二三年十一月十三日 → 2023年11月13日).
"""

from __future__ import annotations

import re

FULL_WIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"
              "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"}
FULL_WIDTH.update({ord("．"): ord("."), ord("－"): ord("-"), ord("／"): ord("/"), ord("："): ord(":")})
CJK = r"\u3400-\u9fff"
DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0, "O": 0, "Ｏ": 0, "o": 0} \
    | {str(n): n for n in range(10)}  # OCR reads some of 二〇二三's digits as Arabic ones
# OCR loses a 文号's opening bracket in a table cell: 武府办罚2023]4号 → 武府办罚〔2023〕4号
LOST_OPENING = re.compile(r"(?<=[\u4e00-\u9fa5])((?:19|20)\d\d)\s*[〕\]】）)］﹞](?=\s*\d{1,5}\s*号)")
# every bracket a typist or OCR puts around a 文号's year; 〔20⏎23〕: a year wrapped onto the next line
YEAR_BRACKETS = re.compile(r"[〔\[【（(［﹝〈<「｛{]\s*(\d{4}|\d\d\s+\d\d)\s*[〕\]】）)］﹞〉>」｝}]")


def _chinese_number(text: str) -> int:
    """二〇二三 → 2023 (digit by digit); 十一 → 11; 二十三 → 23; 三十 → 30."""
    if "十" not in text:
        return int("".join(str(DIGIT[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (DIGIT[tens] if tens else 1) * 10 + (DIGIT[ones] if ones else 0)


CN = "一二三四五六七八九十"
YEAR_DIGITS = "〇○OＯo零一二三四五六七八九0-9"
CHINESE_DATE = re.compile(rf"((?<![\d{YEAR_DIGITS}])[{YEAR_DIGITS}]{{4}})年([{CN}]{{1,3}})月([{CN}]{{1,3}})日")
# The end of a range written in Chinese numerals after an Arabic start: 2023年7月1日至三十一日 / 至八月五日.
CHINESE_RANGE_END = re.compile(rf"(?<=\d日)(至|到)(?:([{CN}]{{1,3}})月)?([{CN}]{{1,3}})日")


# A Chinese numeral is a quantity only when a measure word follows it (三次, 十二件, 两家; not 统一, 一般).
QUANTITY = re.compile(r"(?<!\d)([一二三四五六七八九十两]{1,3})(?=[次件宗项家人期篇份个起批场])")


def _quantity(m: re.Match) -> str:
    text = m.group(1)
    try:
        return str(_chinese_number(text))
    except (KeyError, ValueError):
        return text


def normalize(text: str) -> str:
    text = text.translate(FULL_WIDTH)
    text = CHINESE_DATE.sub(lambda m: f"{_chinese_number(m.group(1))}年{_chinese_number(m.group(2))}月"
                                      f"{_chinese_number(m.group(3))}日", text)
    text = CHINESE_RANGE_END.sub(lambda m: m.group(1) + (f"{_chinese_number(m.group(2))}月" if m.group(2) else "")
                                 + f"{_chinese_number(m.group(3))}日", text)
    text = re.sub(rf"(?<=[{CJK}〔〕])[ \t\u3000]+(?=[\d])|(?<=\d)[ \t\u3000]+(?=[{CJK}〔〕])", "", text)
    text = YEAR_BRACKETS.sub(lambda m: f"〔{''.join(m.group(1).split())}〕", text)
    text = LOST_OPENING.sub(r"〔\1〕", text)
    return QUANTITY.sub(_quantity, text)
