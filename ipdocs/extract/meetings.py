"""Meetings from minutes (会议纪要 / 会议记录) and attendance from sign-in sheets (签到表), DESIGN §4.

Minutes: the date from the 时间 / 会议时间 line (else the first date followed by 召开 / 举行), the chair from the
主持人 / 主持 line (or 「由…主持」), the topics from the numbered lines under 议题 / 会议议题 (一、 1. （一）; a
wrapped topic line is joined to its topic), the title from the document title. Sign-in sheets: the filled
name cells of a table whose header has 姓名 (or 签名), counted; pre-numbered blank rows are not attendees.
The text given is already normalised (normalize.py: Chinese-numeral dates are Arabic, full-width folded).
"""

from __future__ import annotations

import datetime as dt
import re

DATE = re.compile(r"(?<!\d)(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
TIME_LINE = re.compile(r"^(?:会议)?时\s*间\s*[:：]\s*(.*)")
CHAIR_LINE = re.compile(r"^(?:会议)?主\s*持\s*(?:人)?\s*[:：]\s*(.*)")
CHAIR_TEXT = re.compile(r"由([\u4e00-\u9fff]{2,4}?)(?:同志)?主持")
TOPICS_LINE = re.compile(r"^(?:会议)?议\s*题\s*[:：]\s*(.*)")
NUMBERED = re.compile(r"^\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.．、]"
                      r"(?!\d)|（\d{1,2}）|\(\d{1,2}\))\s*")
LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")
MINUTES = ("会议纪要", "会议记录", "纪要")
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
TITLE_WORDS = ("主任", "局长", "区长", "县长", "市长", "书记", "副", "同志", "组长", "主席", "部长", "院长", "检察长")


def _date(text: str) -> str | None:
    m = DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def _chair(text: str) -> str:
    text = re.split(r"[（(，,、；;]", text.strip())[0].strip()
    parts = text.split()
    name = parts[-1] if parts else ""
    for word in TITLE_WORDS:  # 副区长张伟 → 张伟
        if name.startswith(word) and NAME.match(name[len(word):] or "-"):
            name = name[len(word):]
    return name if NAME.match(name) else text


def _lines(pages) -> list[str]:
    return [ln.strip() for p in pages for ln in re.split(r"[\n\t]", p.text) if ln.strip()]


def is_minutes(title: str, pages) -> bool:
    text = "".join(p.text for p in pages[:1])
    return any(w in title for w in MINUTES) or (any(w in text[:400] for w in MINUTES)
                                                  and ("主持" in text and "议题" in text))


def meetings(pages, title: str) -> list[dict]:
    """The meeting a set of minutes records: [{date, title, chair, topics}], or [] for other documents."""
    if not pages or not is_minutes(title, pages):
        return []
    lines = _lines(pages)
    date = chair = None
    topics: list[str] = []
    for i, line in enumerate(lines):
        if date is None and (m := TIME_LINE.match(line)):
            date = _date(m.group(1) or (lines[i + 1] if i + 1 < len(lines) else ""))
        elif chair is None and (m := CHAIR_LINE.match(line)) and m.group(1):
            chair = _chair(m.group(1))
        elif not topics and (m := TOPICS_LINE.match(line)):
            topics = _topics(m.group(1), lines[i + 1:])
    text = "\n".join(lines)
    if date is None:
        m = re.search(DATE.pattern + r"[^。\n]{0,20}?(召开|举行)", text)
        date = _date(m.group(0)) if m else None
    if chair is None and (m := CHAIR_TEXT.search(text)):
        chair = m.group(1)
    meeting_title = title if any(w in title for w in MINUTES) else next(
        (ln for ln in lines[:8] if any(w in ln for w in MINUTES)), title)
    return [{"date": date, "title": meeting_title, "chair": chair, "topics": topics}]


def _topics(rest: str, following: list[str]) -> list[str]:
    if rest.strip() and not NUMBERED.match(rest):  # 议题：A；B
        return [t.strip() for t in re.split(r"[；;]", rest.rstrip("。")) if t.strip()]
    topics = [NUMBERED.sub("", rest).strip()] if rest.strip() else []
    for line in following:
        if NUMBERED.match(line):
            topics.append(NUMBERED.sub("", line).strip())
        elif topics and not LABEL.match(line) and not topics[-1].endswith(("。", "；", ";")) and len(line) < 40 \
                and not any(w in line for w in ("会议", "时间", "主持")):
            topics[-1] += line  # a topic wrapped onto the next line
        else:
            break
    return [t.rstrip("；;。") for t in topics if t]


def _name_column(header: list[str]) -> int | None:
    cleaned = [re.sub(r"\s+", "", h) for h in header]
    for wanted in ("姓名", "参会人员", "参训人员", "签名", "签到"):
        index = next((i for i, h in enumerate(cleaned) if wanted in h), None)
        if index is not None:
            return index
    return None


def attendance(pages, title: str, tables: list[dict]) -> dict | None:
    """{count, names} of a sign-in sheet (签到表/签到册/签到单): filled name cells of its table(s)."""
    text = title + "".join(p.text[:300] for p in pages[:1])
    if "签到" not in text and not any("签到" in "".join(t["header"]) for t in tables):
        return None
    names: list[str] = []
    for table in tables:
        column = _name_column(table["header"])
        if column is None:
            continue
        for row in table["rows"]:
            cell = re.sub(r"\s+", "", row[column]) if column < len(row) else ""
            if cell and not re.fullmatch(r"[\d.\-/:：]+", cell) and cell not in ("姓名", "签名", "序号"):
                names.append(cell)
    return {"count": len(names), "names": names} if names else None
