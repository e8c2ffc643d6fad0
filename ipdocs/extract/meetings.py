"""Meetings from minutes (会议纪要 / 会议记录) and attendance from sign-in sheets (签到表), DESIGN §4.

Minutes come labelled (时间： 地点： 主持人： 议题： — in lines, in table cells, or read by OCR with the colon lost
and spaces inside names) or in prose (「2023年5月6日上午，区政府副区长张三主持召开……会议，研究……，议定如下：一、……」),
and a file may hold several meetings (第一次…纪要, 第二次…纪要), each starting at its own heading or 时间 line.
Per meeting: the date from the 时间 / 会议时间 / 日期 label, else the date the prose says the meeting was held
(「…日上午，…主持召开」), else a date line under the heading; the chair from the 主持人 / 主持 label or the prose
「…主持召开」, else the 召集人 label, reduced to the person's name (titles, organs and 同志 dropped, a surname
first); the topics are the numbered items (一、 1. （一） ① …) under 议题 / 会议议题 / 议程, else under 会议内容 /
议定事项 / 「议定如下」, each cut at its first full stop (the heading of an item, not its discussion), wrapped lines
joined, items numbered on one line (1.…2.…) split; with no label or phrase before them, items numbered from one in
the body. OCR's slips on photos are repaired: a label misread
(主特人, 时问, its colon as 、), a chair's name wrapped or set apart, item numbers lost or run into the line above,
a 、 or 。 read as a middle dot; a form's row of labels reads its values from the row below (or above, where a hand
wrote them high in their cells), two values OCR read as one cut apart, and its rows are read along the slant its
labels show. A labelled day without its year (时间：5月8日（星期一）) takes the file's year. A table listing one
meeting gives way to the minutes' text where that says more (a form read as a table).
An agenda ends where a numbering starts over (the body's own 一、二、 after it); a record's discussion (张三：…)
between its items is passed over; two pages photographed side by side keep to the left page's lines, and the strip
of a neighbouring page a photo caught at its edge is dropped. An item wrapped in a form's narrow cell is joined where
the next item follows it or it wrapped at the width the items above did; resolutions that only ask things of units
(各成员单位要…) give way to the agenda the prose names; a chair's name OCR misread in its label is read as the
minutes read it most often (twice at least).
Sign-in sheets: the filled name cells of a table whose header has 姓名 (or 签名), counted; pre-numbered blank
rows are not attendees; printed names signed against count where signed; rows a photographed table lost or ran
together are repaired where the sheet itself says how many there are (its 序号, its 实到 N人); a name column OCR
ran into its neighbour (姓名单位) is cut where the page's line shows the gap, else where the rest reads as a unit;
a header row OCR lost is read from the cells; the sheet's foot read into the table (合计 | 12人, 以下空白) is no one.
The text given is already
normalised (normalize.py: Chinese-numeral dates are Arabic, full-width colons half-width).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

DATE = re.compile(r"(?<!\d)(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
COLON = r"\s*[:：]?\s*"
# OCR's slips on a label: its colon read as ; . , 、 (or lost), 时间 as 时问, 主持人 as 主特人 / 主持入
OCR_COLON = r"\s*[:：;；.,，、]?\s*"
TIME_LINE = re.compile(r"^(?:会\s*议\s*)?(?:时\s*[间问]|日\s*期)" + OCR_COLON + r"(.*)")
# (a prose sentence wrapped before its 主持 is no label: 「…会议由副局长张三⏎主持。各成员单位…参加。」)
CHAIR_LINE = re.compile(r"^(?:会\s*议\s*)?主\s*[持特]\s*(?:[人入]|领\s*导|(?![。，,；;]))(?!召开|会议)" + OCR_COLON
                        + r"(.*)")  # (主持领导：张三)
# (「会议议题如下：」 ending its line is a label too: its items are on the lines below)
AGENDA_LINE = re.compile(r"^(?:会\s*议\s*)?(?:主\s*要\s*|研\s*究\s*)?(?:有[一二两三四五六七八九十\d]{1,2}项)?"
                         r"(?:议\s*题|议\s*程|(?:研\s*究|讨\s*论|审\s*议)\s*事\s*项)(?:\s*(?:如下|是|为)(?=\s*[:：]))?"
                         + COLON + r"(.*)")  # (讨论事项：1.…；2.…)
# the convener (召集人：副县长张三), the chair where no 主持人 line and no prose names one
CONVENER_LINE = re.compile(r"^召\s*集\s*人(?=\s*[:：;；.,，、\s])" + OCR_COLON + r"(.*)")
CONTENT_LINE = re.compile(r"^(?:会\s*议\s*(?:内\s*容|议定事项|决定事项)|议\s*定\s*事\s*项|主\s*要\s*内\s*容)"
                          + COLON + r"(.*)")
RESOLVED = re.compile(r"(?:研究|讨论|审议|议定|听取)了?[一二两三四五六七八九十\d]{1,2}[个项件](?:事项|议题|问题|工作)"
                      r"[:：]|(?:议定|决定|商定|明确|研究|讨论|审议|纪要|听取)了?(?:如下|以下)(?:几[项个件])?"
                      r"(?:事项|工作|问题|意见|内容|汇报)?(?:如下)?[:：]?|(?:议定|决定|商定)事项(?:纪要)?如下[:：]?"
                      r"|会议(?:议定|决定|商定|明确)[:：]")
CN_NUM = "一二三四五六七八九十"
MARK = (rf"[（(]?[{CN_NUM}]{{1,3}}[）)]|[{CN_NUM}]{{1,3}}\s*[、.丶]|\d{{1,2}}\s*[.、](?!\d)"  # OCR may lose the （
        rf"|[（(]?\d{{1,2}}[）)]|[①-⑳]|[{CN_NUM}]{{1,2}}是(?=[\u4e00-\u9fff])"
        rf"|第[{CN_NUM}\d]{{1,3}}项(?!议题)[，,、:：]?")
NUMBERED = re.compile(rf"^\s*(?:{MARK})\s*")
INLINE_MARK = re.compile(rf"(?:^|(?<=[。；;：:\s]))(?:{MARK})\s*")
LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")
FIELD_LABELS = re.compile(r"^(?:会议)?(?:地\s*点|参\s*(?:加|会)\s*(?:人\s*员|单\s*位)|出\s*席|列\s*席"
                          r"|记\s*录\s*(?:人)?|缺\s*席|请\s*假)")
# …会议记录, …推进会记录, …座谈会记录; …记要 (纪要 miswritten, or misread)
HEADING = re.compile(r"(?:[纪记]\s*要|会\s*(?:议\s*)?记\s*录)$")
PROSE_CHAIR = re.compile(r"([^\s，,。；;：:由]{2,24}?)(?:同志)?的?(?:在[^，,。；;\n]{2,24}?)?"  # (在张三的主持下)
                         r"(?:召集并?)?(?:主持召开|主持会议|主持(?!人))")  # (…副县长王立新召集并主持召开…)
# (not past another day: 「…办公室 2023年6月20日⏎6月16日下午，…主持召开」 is a masthead's issue date, then the day held)
HELD = re.compile(DATE.pattern + r"(?:(?!\d{4}\s*年|纪要|\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；]){0,60}?"
                  r"(?:召开|举行|主持|组织召开)")
AGENDA_BELOW = re.compile(r"议\s*[题程]\s*(?:如下|是|为)\s*[:：]")
# An agenda named inside a sentence: 「会议主要议题：一是…；二是…。」
INLINE_AGENDA = re.compile(r"(?:会议)?的?(?:主要|研究)?(?:有[一二两三四五六七八九十\d]{1,2}项)?议\s*[题程](?:为|是|有)?"
                           r"\s*[:：]\s*(\S)")
# the day a meeting was held written without its year (5月16日下午，…主持召开): the year is the file's
HELD_NO_YEAR = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                          r"(?:(?!纪要|\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；]){0,60}?(?:召开|举行|主持)")
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
# Titles that stand before or after a name (longest first when stripping); 同志 too.
TITLES = sorted(["同志", "常务副区长", "常务副县长", "常务副市长", "副区长", "区长", "副县长", "县长", "副市长",
                 "市长", "副局长", "局长", "副主任", "主任", "副书记", "书记", "副组长", "组长", "副部长", "部长",
                 "副院长", "院长",
                 "副检察长", "检察长", "副主席", "主席", "副处长", "处长", "副科长", "科长", "股长", "所长", "队长",
                 "大队长", "秘书长", "调研员", "委员", "成员", "站长", "庭长", "副镇长", "镇长", "副乡长", "乡长",
                 "党组成员", "常委", "负责人", "总经理", "经理", "一级主任科员", "主任科员", "召集人"],
                key=len, reverse=True)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
    "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗"
    "谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜"
    "冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    "荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄"
    "平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇"
    "公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
                     "司徒", "夏侯", "端木", "申屠", "万俟", "独孤", "南宫", "西门")
ORGAN_CHARS = set("府局委办院部厅室会组处科队所站庭镇乡街区县市省政协议位员门司")


def _date(text: str) -> str | None:
    m = DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def _in_year_of(month: int, day: int, text: str) -> str | None:
    """A day written without its year, in the year of the first full date of the text (the minutes' issue date,
    or a year the title names), the year before where that would put the meeting after the issue."""
    full = DATE.search(text)
    year = re.search(r"((?:19|20)\d\d)\s*年", text)
    if not full and not year:
        return None
    try:
        held = dt.date(int((full or year).group(1)), month, day)
        if full and held.isoformat() > _date(full.group(0)):
            held = held.replace(year=held.year - 1)
    except (ValueError, TypeError):
        return None
    return held.isoformat()


def _is_name(text: str, lenient: bool = False) -> bool:
    """A person's name: a known surname and one or two characters; `lenient` (a 主持人 label's value, where OCR
    may have misread the surname): any two or three characters that are no organ's."""
    if not NAME.match(text) or text in TITLES or FORM_LABEL.match(text):
        return False  # (主持人 | 记录人: the next label cell is no name)
    surname = next((s for s in COMPOUND_SURNAMES if text.startswith(s)), text[0] if text[0] in SURNAMES else "")
    if not surname and lenient and len(text) in (2, 3) and not any(c in ORGAN_CHARS for c in text) \
            and text not in ("待定", "另定", "同上", "不详"):
        surname = text[0]
    given = text[len(surname):]
    return bool(surname) and 1 <= len(given) <= 2 and not any(c in ORGAN_CHARS for c in given)


def person(phrase: str, last: bool = False, lenient: bool = False) -> str | None:
    """The person a chair phrase names: 区政府副区长 张 三 / 张三（副区长） / 张三副区长 / 张三同志 → 张三;
    `lenient`: the phrase is a 主持人 label's value (see _is_name)."""
    phrase = re.sub(r"[（(][^）)]*[）)]?", "", phrase)
    parts = [p for p in re.split(r"[、，,；;：:。/]|和|及", re.sub(r"\s+", "", phrase)) if p]
    for part in reversed(parts) if last else parts:
        stripped, titled = True, False
        while stripped:  # titles after the name
            stripped = False
            for title in TITLES:
                if part.endswith(title) and len(part) > len(title):
                    part, stripped, titled = part[:-len(title)], True, True
                    break
        if _is_name(part, lenient):
            return part
        for size in (3, 2) if titled and part[-1] in "府局委办院部厅室" else ():  # 马国区政府副区长 → 马国
            if len(part) > size + 1 and _is_name(part[:size]) and part[size] in ORGAN_CHARS:
                return part[:size]
        ends = [m.end() for t in TITLES for m in re.finditer(re.escape(t), part)]
        if ends and _is_name(part[max(ends):], lenient):  # after the last title: 区政府副区长张三 → 张三
            return part[max(ends):]
        for size in (3, 2, 4):  # an organ's name before it without a title: 区市场监管局张三
            if len(part) > size and _is_name(part[-size:]) and part[-size - 1] in ORGAN_CHARS:
                return part[-size:]
    return None


# A label in a later cell of a table row (地点 | X | 主持人 | 张三) starts a line of its own.
_CELL_LABELS = (r"(?:会\s*议\s*)?(?:时\s*间|日\s*期|地\s*点|主\s*持|记\s*录|参\s*[加会]|出\s*席|列\s*席|议\s*题)"
                r"\s*(?:人\s*)?(?:员\s*)?")
# (or, with its colon, after a space: 「时间：5月16日上午  地点：三楼会议室  主持人：王立新」 on one line)
CELL_LABEL = re.compile(rf"\t+(?={_CELL_LABELS}[:：\t])|(?<=\S)[ \u3000]+(?={_CELL_LABELS}[:：])")


PAGE_NUMBER = re.compile(r"^[—\-－–\s]*\d{1,3}[—\-－–\s]*$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$")


def _lines(pages) -> list[str]:
    """The pages' lines, a table row's later labelled cells on lines of their own, page numbers (— 1 —) left out:
    a list running over a page break goes on; on OCR pages, item numbers OCR lost their marks on are repaired."""
    return [part.strip() for p in pages for ln in (_marks_repaired(_labels_joined(_labels_over(_dots_read(p.text))))
                                                   if getattr(p, "ocr", False) else _labels_over(p.text.split("\n")))
            for part in CELL_LABEL.split(ln) if part.strip() and not PAGE_NUMBER.match(part.strip())]


# OCR's reading of a small mark on a photo as a middle dot: an item number's 、 or . (三·审议…, 1·部署…), or the
# full stop after an item's heading where the meeting's discussion of it begins (…工作方案·会议原则同意…), or a
# sentence's before the minutes' 现将…纪要如下
DOT_MARK = re.compile(rf"^(\s*(?:[{CN_NUM}]{{1,2}}|\d{{1,2}}))[·•](?=\s*[\u4e00-\u9fff《“])", re.M)
DOT_STOP = re.compile(r"(?<=[\u4e00-\u9fff》”）)])[·•](?=会议|与会|现将|现纪要)")


def _dots_read(text: str) -> list[str]:
    """A page's OCR lines with the middle dots that stand for an item's 、 or a sentence's 。 read as those."""
    return DOT_STOP.sub("。", DOT_MARK.sub(r"\1、", text)).split("\n")


# a form's label cell alone (会议时间, 主 持 人): the field names a row of labels above its row of values is made of
FORM_LABEL = re.compile(r"^(?:会议)?(?:时间|日期|地点|名称|主题|议题|主持人?|主持领导|记录人?|召集人"
                        r"|(?:参加|参会|出席|列席|缺席|请假)(?:人员|单位)?|(?:应到|实到)(?:人数)?)$")


def _fits(label: str, value: str) -> bool | None:
    """Whether a value can be a form label's: a day for 时间, a person for 主持人 (None: any value can)."""
    if re.search(r"时间|日期", label):
        return bool(DATE.search(value) or re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日", value))
    if re.search(r"主持|记录|召集", label):
        return person(value, lenient=True) is not None
    return None


# a day as a form's 时间 cell gives it, with its weekday and part of the day (5月8日（星期一）上午9:00)
DAY_VALUE = re.compile(r"^(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?"
                       r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:\s*(?:上午|下午|晚上|全天))?"
                       r"(?:\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分|半)?))?")


def _row_values(labels: list[str], row: str | None) -> list[str]:
    """A row's cells as the values of a row of labels; where OCR read two neighbouring values as one (handwriting
    fills its cell, the gap to the next is narrow: 5月8日（星期一）二楼会议室, 陈立新吴芳), the cell under a 时间 label
    cut after its day, one under a person's label after the one name that leaves its neighbour's value (a name
    where that label asks for a person too)."""
    values = [c.strip() for c in (row or "").split("\t") if c.strip()]
    at = 0
    while len(values) < len(labels) and at < len(values):
        label, value, after = labels[at], values[at], labels[at + 1] if at + 1 < len(labels) else ""
        cuts: list[int] = []
        if re.search(r"时间|日期", label) and (day := DAY_VALUE.match(value)) and value[day.end():].strip():
            cuts = [day.end()]
        elif re.search(r"主持|记录|召集", label) and after and not _is_name(value):
            person_after = re.search(r"主持|记录|召集", after)
            cuts = [k for k in (2, 3) if k < len(value) and _is_name(value[:k])
                    and (_is_name(value[k:]) if person_after else not _is_name(value[k:]))]
        if len(cuts) == 1:
            values[at:at + 1] = [value[:cuts[0]].strip(), value[cuts[0]:].strip()]
        at += 1
    return values


def _row_fits(labels: list[str], row: str | None) -> int | None:
    """How many of a row's values fit the labels that ask for a day or a person, or None where the row is not the
    labels' values (as many cells, none a label, each fitting its label)."""
    values = _row_values(labels, row)
    if len(values) != len(labels) or any(FORM_LABEL.match(re.sub(r"\s+", "", v)) or LABEL.match(v) for v in values):
        return None
    fits = [_fits(label, value) for label, value in zip(labels, values, strict=True)]
    return None if False in fits else fits.count(True)


def _labels_over(lines: list[str]) -> list[str]:
    """A form whose labels stand in a row of their own, their values in the row below (会议时间 | 地点 | 主持人 |
    记录人 ⏎ 5月6日 | 三楼 | 张三 | 李四) — or above: on a photo a hand writes high in its cell, so OCR reads the
    values a line before their labels — read as one labelled line a field (主持人：张三), where the rows fit
    (_row_fits); the row above where its values fit better than those below."""
    out: list[str] = []
    free = False  # whether out[-1] is a line as read (not one made of a row already paired)
    at = 0
    while at < len(lines):
        labels = [re.sub(r"\s+", "", c) for c in lines[at].split("\t") if c.strip()]
        if labels and all(FORM_LABEL.match(c) for c in labels):
            below = _row_fits(labels, lines[at + 1]) if at + 1 < len(lines) else None
            above = _row_fits(labels, out[-1]) if free else None
            if above and (below is None or above > below):
                values, step = out.pop(), 1
            elif below is not None and len(labels) >= 2:
                values, step = lines[at + 1], 2
            else:
                values, step = None, 0
            if values is not None:
                cells = _row_values(labels, values)
                out += [f"{label}：{value}" for label, value in zip(labels, cells, strict=True)]
                free, at = False, at + step
                continue
        out.append(lines[at])
        free, at = True, at + 1
    return out


# an agenda item OCR read without its number's marks: 「一研究…」 for 「（一）研究…」, 「2部署…」 for 「2.部署…」
BARE_ITEM = re.compile(rf"^[（(]?([{CN_NUM}]{{1,2}}|\d{{1,2}})[）)]?\s*(?=(?:听取|审议|研究|讨论|部署|通报|传达|学习"
                       rf"|分析|总结|安排|协调|关于|审定|制定|落实|推进)[\u4e00-\u9fff\d《“])")  # (关于2023年…)


SPLIT_LABELS = ("议题", "主持", "时间", "地点")  # a form's label cell read one character a line


def _labels_joined(lines: list[str]) -> list[str]:
    """A label OCR read one character a line (议 ⏎ 题1.通报…, a tall cell's label centred; on a photo the two
    may come out in either order: 题 ⏎ 议2.研究…) joined back."""
    out: list[str] = []
    for line in lines:
        last = out[-1].strip() if out else ""
        label = next((w for w in SPLIT_LABELS if len(last) == 1 and {last, line[:1]} == set(w)), None)
        if label:
            out[-1] = label + line[1:]
        else:
            out.append(line)
    return out


def _marks_repaired(lines: list[str]) -> list[str]:
    """Lines starting with an item number OCR read without its marks (（一） as 一 or 一）, 1. as 1) take the marks
    the page's other items of that numbering are printed with (、 or . where none shows them), where another item
    shows its marks or two such lines are numbered 1, 2 … in order."""
    marked = [m.group(0).strip() for ln in lines if (m := NUMBERED.match(ln))]
    bare = [m.group(1) for ln in lines if (m := BARE_ITEM.match(ln)) and not NUMBERED.match(ln)]

    def style(arabic: bool) -> str | None:
        kinds = ["（）" if k[0] in "（(" or k[-1] in "）)" else "、" if k.endswith(("、", "丶")) else "."
                 for k in marked if bool(re.search(r"\d", k)) == arabic and not k.endswith("是")]
        own = [b for b in bare if b.isdigit() == arabic]
        numbers = [int(b) if arabic else CN_NUM.find(b) + 1 for b in own if arabic or len(b) == 1]
        if kinds:
            return max(sorted(set(kinds)), key=kinds.count)
        return ("." if arabic else "、") if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) else None

    out: list[str] = []
    for line in lines:
        last = next((k for k in map(_unlabelled, reversed(out)) if NUMBERED.match(k)), "")
        if (stray := STRAY.match(line)) and _next_mark(last) == _folded(stray.group(2)):
            line = line[stray.end(1):] + stray.group(1)  # a wrapped line's tail OCR put before the next item
        elif (lost := LOST_NUMBER.match(line)) and (mark := _next_mark(last)) and mark.endswith(lost.group(0)[:1]):
            line = mark + line[lost.end():]  # the number OCR lost, its mark kept (、研究…)
        m = BARE_ITEM.match(line)
        if m and not NUMBERED.match(line) and (form := style(m.group(1).isdigit())):
            line = (f"（{m.group(1)}）" if form == "（）" else m.group(1) + form) + line[m.end():]
        if (mark := NUMBERED.match(line)) and (rest := line[mark.end():])[:1] == rest[1:2] \
                and BARE_ITEM.match("一" + rest[1:]):  # the item's first character read twice (部部署)
            line = line[:mark.end()] + rest[1:]
        out.append(line)
    return out


# a line OCR read with a character of the line below (a wrapped item's tail) before its item's number
STRAY = re.compile(rf"^((?![议题主持时间地点记录])[\u4e00-\u9fff][。；]?)"  # (not a form's label cell: 议题2.…)
                   rf"((?:[{CN_NUM}]{{1,2}}|\d{{1,2}})\s*[、.．]|[（(][{CN_NUM}\d]{{1,2}}[）)])")
LOST_NUMBER = re.compile(r"^[、.．]\s*(?=[\u4e00-\u9fff])")


def _next_mark(line: str) -> str | None:
    """The mark of the item after the one `line` starts with (一、 → 二、, 2. → 3., （二） → （三）), or None."""
    m = re.match(rf"^([（(]?)([{CN_NUM}]{{1,2}}|\d{{1,2}})\s*([、.．）)]?)", line)
    if not m or not (m.group(1) or m.group(3)):
        return None
    number = m.group(2)
    if number.isdigit():
        following = str(int(number) + 1)
    elif len(number) == 1 and number != "十":
        following = CN_NUM[CN_NUM.index(number) + 1]
    else:
        return None
    return _folded(m.group(1) + following + m.group(3))


def _unlabelled(line: str) -> str:
    """A line without the label it starts with (议题：一、… → 一、…)."""
    return LABEL.sub("", line, count=1).strip()


def _folded(mark: str) -> str:
    return mark.strip().translate(str.maketrans("()．", "（）."))


def _own_cell(line: str) -> str:
    """A line without the facing page's: where every later cell is prose (has ， or 。; two pages photographed side
    by side, read on the same line), the first cell alone; else the line's cells run together."""
    cells = line.split("\t")
    return cells[0] if len(cells) > 1 and all(re.search(r"[，。]", c) for c in cells[1:]) else line.replace("\t", "")


def _heading(line: str) -> bool:
    bare = re.sub(r"[（(][^）)]*[）)]$", "", _own_cell(line)).strip(" 　")
    return len(bare) <= 40 and bool(HEADING.search(bare)) and not NUMBERED.match(bare) and "。" not in bare \
        and not bare.startswith(("关于印发", "印发", "转发"))


def is_minutes(title: str, pages) -> bool:
    lines = _lines(pages[:1])[:12]
    # (last: prose, 会议由…主持 and its agenda, or 「现将会议议定事项纪要如下」 where a photo cut off the heading)
    text = "".join(p.text for p in pages[:2])
    return any(w in title for w in ("会议纪要", "会议记录", "纪要")) or any(_heading(ln) for ln in lines) or (
        any(CHAIR_LINE.match(ln) for ln in _lines(pages)) and any(TIME_LINE.match(ln) for ln in _lines(pages))
        and ("议题" in text or "会议内容" in text or RESOLVED.search(text) is not None)) or (
        PROSE_CHAIR.search(text.replace("\n", "")) is not None and (INLINE_AGENDA.search(text.replace("\n", ""))
                                                                   is not None or "纪要如下" in text.replace("\n", "")))


def _value(text: str, following: list[str]) -> str:
    """A label's value: the rest of its line up to the next label or cell, else the next line if no label."""
    value = re.split(r"\t|\s{2,}|(?<=\S)\s*(?=(?:会议)?(?:地\s*点|记\s*录\s*人|参\s*加|参\s*会|出\s*席|列\s*席)"
                     r"\s*[:：])"  # a form's next label cell, printed after one space without a colon (PDF, OCR),
                     # or glued to the value by OCR (黄志强记录人⇥陈晓)
                     r"|\s(?=(?:会议)?(?:地\s*点|记\s*录\s*人?|参\s*[加会]\s*(?:人\s*员|单\s*位)|出\s*席|列\s*席"
                     r"|时\s*间|主\s*持\s*人?)(?:\s|$))"
                     r"|(?<=\S)(?=(?:记\s*录\s*人|地\s*点|(?:参\s*[加会]|出\s*席|列\s*席)\s*人\s*员)(?:\t|$))",
                     text.strip())[0].strip()
    if not value and following and not _label(following[0]):
        value = following[0].split("\t")[0].strip()
    return value


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t") if c.strip()]


def _label(line: str) -> bool:
    """Whether a line starts another field of the minutes (a label, or a form's label cell)."""
    first = line.split("\t")[0].strip()
    return bool(LABEL.match(line) or TIME_LINE.match(line) or CHAIR_LINE.match(line) or FIELD_LABELS.match(line)
                or AGENDA_LINE.match(line) or CONTENT_LINE.match(line)
                or ("\t" in line and len(first) <= 6 and not NUMBERED.match(first)))


def _item(text: str) -> str:
    """An agenda item's heading: up to its first full stop (the discussion after it is not the topic)."""
    text = re.split(r"。", text, maxsplit=1)[0]
    return text.strip().rstrip("；;，,、:：").strip()


def _ems(text: str) -> float:
    """A line's width in ems: Chinese characters and full-width punctuation 1, digits and Latin ½."""
    return sum(1.0 if ord(c) > 0x2E80 else 0.5 for c in text if not c.isspace())


def _full_width(lines: list[str]) -> float:
    """The width of a full line on these pages, in ems: a line wraps onto the next only when it reaches it."""
    widths = sorted((_ems(ln) for ln in lines if "\t" not in ln), reverse=True)
    return widths[len(widths) // 10] if len(widths) >= 5 else 10_000.0  # not an outlier OCR joined two lines into


def _wraps(previous: str, line: str, item: str, full: float) -> bool:
    """Whether `line` continues the item whose text ends on `previous` (the line before reached the margin — a
    paragraph's first line is indented two characters —; a new paragraph starts 会议… and an item closed by 。/；
    is whole)."""
    return _ems(previous) >= min(full * 0.92, full - 2.5) and not line.startswith(("会议", "现将", "现纪要")) \
        and not item.endswith(("。", "；", ";")) and not _label(line) and not ANNOUNCES.search(line)


# a sentence that announces what follows (现将会议议定事项纪要如下：, 会议决定如下：): a paragraph of its own, whose
# first-line indent OCR lost, not an item's wrapped tail
ANNOUNCES = re.compile(r"(?:如下|以下)\s*[:：]\s*$")


def _family(mark: str) -> str:
    """The numbering a mark belongs to (一、 （一） 1. （1） ① 一是), so sub-points do not pass for items."""
    mark = mark.strip()
    if mark.startswith("第"):
        return "item"  # 第一项
    kind = "paren" if mark[:1] in "（(" or mark[-1:] in "）)" else ""
    if re.search(r"\d", mark):
        return kind + "arabic"
    if re.search(r"[①-⑳]", mark):
        return "circled"
    return kind + ("cn-is" if mark.endswith("是") else "cn")


def _numbered_items(rest: str, following: list[str], full: float, plain: bool = False,
                    discussed: bool = False, whole: str = "") -> list[str]:
    """The numbered items starting on `rest` (the label's line) and the lines after it, wrapped lines joined;
    with `plain`, an unnumbered rest of the line is a list of items too (议题：A；B); with `discussed` (议定事项,
    会议内容) each item may be followed by paragraphs discussing it, skipped up to the next item of the same
    numbering."""
    items: list[str] = []
    rest = _item_cells(rest) if NUMBERED.match(rest) else rest
    pieces = [p for p in INLINE_MARK.split(rest) if p.strip()] if INLINE_MARK.search(rest) else []
    if rest.strip() and not pieces:
        if plain:
            return [t for t in (_item(x) for x in re.split(r"[；;]", rest)) if t]
        return []
    items += [p.strip() for p in pieces]
    lead = INLINE_MARK.search(rest).group(0) if pieces else None  # the first item's mark
    family = _family(lead) if lead else None
    last = _last_number(rest, None)  # the number of the last item seen
    if plain and not items and following and not NUMBERED.match(following[0]):
        return _plain_lines(following, full)  # an agenda Word numbers itself: the numbers are not in the text
    previous, open_item = whole or rest, bool(items)  # the label's whole line: it may reach the margin
    wrapped: list[float] = []  # the widths (ems) the items' lines wrapped at in a narrow cell
    for at, line in enumerate(following):
        cells = _cells(line)
        first = cells[0] if cells else line
        mark = NUMBERED.match(first)
        if not mark and family and len(cells) > 1 and _label(cells[0]) and (glued := NUMBERED.match(cells[1])) \
                and _family(glued.group(0)) == family:  # OCR put a form's next label cell on this item's line
            line, mark = "\t".join(cells[1:]), glued
        elif not mark and family and (label := re.match(r"[\u4e00-\u9fff]{2,4}(?=\S)", first)) \
                and _label(label.group(0) + "：") and (glued := NUMBERED.match(first[label.end():])) \
                and _family(glued.group(0)) == family:  # … glued to it without a gap (会议内容2.研究…)
            line, mark = line[label.end():], glued
        if mark and not discussed and items and family and (after := _restarts(mark.group(0), family, last,
                                                                               following[at + 1:])):
            if after == "sub":
                previous, open_item = line, False
                continue  # a sub-point of the item above (一、… （1）… （2）… 二、…)
            break  # the agenda is over: the body's own numbered paragraphs begin (一、…月以来，全县…)
        if mark and (not discussed or family in (None, _family(mark.group(0)))):
            lead = lead or mark.group(0)
            family = family or _family(mark.group(0))
            marks = [p for p in INLINE_MARK.split(_item_cells(line).replace("\t", " ")) if p.strip()]
            items += [m.strip() for m in marks]
            open_item, last = True, _last_number(line, _number(mark.group(0)))
        elif open_item and (_wraps(previous, line, items[-1], full) or (
                family and last and not _label(line) and any(
                    _family(m.group(0)) == family and _number(m.group(0)) == last + 1
                    for m in INLINE_MARK.finditer(line) if m.start())) or (not discussed and _unclosed(items, line))):
            # the item's paragraph wrapped onto this line (a narrow form cell's: the next item's number inside)
            items[-1] += _item_cells(line).replace("\t", "")
            last = _last_number(line, last)
        elif not discussed and open_item and family and last and _cell_tail(line, items[-1]) and (
                _next_follows(following[at + 1:], family, last) or (not BARE_TOPIC.match(line) and wrapped and _ems(
                    previous.split("\t")[-1]) >= min(wrapped) - 1.5)):
            # an item wrapped in a cell narrower than the page (…关于知识产权 ⏎ 保护工作情况的汇报): the next item
            # follows it, or its line is as wide as the lines the items above wrapped at
            wrapped.append(_ems(previous.split("\t")[-1]))
            items[-1] += line
        elif not discussed and open_item and family and BARE_TOPIC.match(line) and "\t" not in line \
                and len(line) <= 60 and "。" not in line.rstrip("。"):
            items.append(line)  # an item whose number OCR lost altogether, marks too
        elif discussed and (items or mark) and (not _label(line) or _speaker(line)):
            open_item = False  # a paragraph on the item above, or a sub-point
        else:
            break
        previous = line
    seen: list[str] = []
    # an item a wrapped line joined may run on into the next one: …修⏎订稿；二是部署…
    pieces = [NUMBERED.sub("", p) for x in items  # (； read by OCR as ：)
              for p in re.split(rf"(?<=[；;])\s*(?=(?:{MARK}))|(?<=[:：，,])\s*(?=[{CN_NUM}]{{1,2}}是)", x)]
    for item in (_item(x) for x in _unglued(pieces, lead)):
        if item and item not in seen:  # a merged table cell repeats its text
            seen.append(item)
    return seen


def _tail_beside(above: str, rest: str, below: str) -> str | None:
    """The item above a tall 议题 cell's label whose wrapped tail OCR read beside the label (1.听取…关于知识产权 ⏎
    议题⇥保护工作情况的汇报 ⏎ 2.研究…), joined to it, where the item below is the next one; else None."""
    first, after = NUMBERED.match(above), NUMBERED.match(below)
    if not first or not after or "\t" in above or NUMBERED.match(rest) or not _cell_tail(rest, above):
        return None
    same = _family(first.group(0)) == _family(after.group(0))
    return above + rest if same and (_number(first.group(0)) or 0) + 1 == _number(after.group(0)) else None


def _cell_tail(line: str, item: str) -> bool:
    """Whether `line` may be the wrapped tail of `item`: no label, no cell, no number, no sentence of its own (会议…,
    现将…, a full stop inside, a note in brackets), the item not closed."""
    return "\t" not in line and not _label(line) and not NUMBERED.match(line) and len(line) <= 40 \
        and not line.startswith(("会议", "现将")) and "。" not in line.rstrip("。") and not ANNOUNCES.search(line) \
        and not re.fullmatch(r"[（(].*[）)]", line) and not item.rstrip().endswith(("。", "；", ";"))


def _next_follows(below: list[str], family: str, last: int) -> bool:
    """Whether the next item (numbered last + 1 in the same numbering) follows within a few tail-like lines."""
    for line in below[:3]:
        first = line.split("\t")[0].strip()
        if mark := NUMBERED.match(first):
            return _family(mark.group(0)) == family and _number(mark.group(0)) == last + 1
        if "\t" in line or _label(line):
            return False
    return False


def _unclosed(items: list[str], line: str) -> bool:
    """Whether `line` goes on with the last item: the items above each end with ； or 。 (the list's own way of
    closing an item), the last does not yet — a form cell narrower than the page wraps it short of the margin."""
    closing = ("；", ";", "。")
    # (one item so far, the others above its label's line: the line closes it, short, with no sentence in it)
    style = all(x.rstrip().endswith(closing) for x in items[:-1]) if len(items) >= 2 else \
        bool(items) and line.rstrip().endswith(closing) and len(line) <= 30 and not re.search(r"[，,。；;].", line)
    return style and not items[-1].rstrip().endswith(closing) and not _label(line) and not NUMBERED.match(line) \
        and "\t" not in line and not line.startswith("会议") and len(line) <= 60


def _restarts(mark: str, family: str, last: int | None, below: list[str]) -> str | None:
    """What an item mark after an agenda's items says: "sub", a sub-point of the item above (another numbering, the
    agenda's own going on below it: 一、听取… （1）… （2）… 二、…); "end", another list begins (its numbering counts
    from the start again: 二、 then 一、, or another numbering starts at one); None, the agenda goes on."""
    number = _number(mark)
    if number is None or last is None:
        return None
    if _family(mark) == family:
        return "end" if number <= last else None
    if any((m := NUMBERED.match(ln)) and _family(m.group(0)) == family and _number(m.group(0)) == last + 1
           for ln in below):
        return "sub"
    return "end" if number == 1 else None


def _speaker(line: str) -> bool:
    """Whether a line is what someone said at the meeting (张建华：… / 王局长：…), a record's discussion."""
    said = LABEL.match(line)
    return bool(said) and not any(p.match(line) for p in (FIELD_LABELS, TIME_LINE, CHAIR_LINE, AGENDA_LINE,
                                                           CONTENT_LINE, CONVENER_LINE)) \
        and person(said.group(0)[:-1].strip()) is not None


def _item_cells(line: str) -> str:
    """An item's line without later cells of prose (a sentence's punctuation ， 。 、 ； in a cell not starting with a
    number: the facing page of two photographed side by side, read on the same line)."""
    cells = line.split("\t")
    return "\t".join([cells[0], *(c for c in cells[1:] if NUMBERED.match(c) or not (
        re.search(r"[，。、；]", c) or DATE.fullmatch(c.strip()) or SIGNATURE.search(c)))])


# the facing page's signature read beside an item: its organ, or its date alone (SIGNATURE, DATE)
SIGNATURE = re.compile(r"(?:办公室|委员会|人民政府|领导小组|管理局|[局委办院])\s*$")


def _last_number(text: str, default: int | None) -> int | None:
    """The number of the last item mark inside `text`, else `default`."""
    marks = [m.group(0) for m in INLINE_MARK.finditer(text)]
    return _number(marks[-1]) if marks else default


def _number(mark: str) -> int | None:
    """The number a mark counts (3. （3） 三、 （三） ③ → 3), or None (一是, 第一项)."""
    mark = mark.strip()
    if mark.endswith("是") or mark.startswith("第"):
        return None
    if digits := re.search(r"\d+", mark):
        return int(digits.group(0))
    if circled := re.search(r"[①-⑳]", mark):
        return ord(circled.group(0)) - 0x2460 + 1
    cn = re.search(rf"[{CN_NUM}]", mark)
    return CN_NUM.index(cn.group(0)) + 1 if cn and len(re.sub(r"[^一-龥]", "", mark)) == 1 else None


def _mark_pattern(first: str, n: int) -> re.Pattern | None:
    """The mark of item `n` numbered the way `first` is, found inside a line (not at its start)."""
    family = _family(first)
    if family == "arabic":
        return re.compile(rf"(?<=[^\d.．]){n}\s*[.、．](?!\d)")
    if family == "parenarabic":
        return re.compile(rf"(?<=.)[（(]{n}[）)]")
    if family == "circled" and n <= 20:
        return re.compile(rf"(?<=.){chr(0x2460 + n - 1)}")
    if family == "cn" and n <= 10:
        return re.compile(rf"(?<=[^{CN_NUM}第]){CN_NUM[n - 1]}\s*[、丶]")
    if family == "parencn" and n <= 10:
        return re.compile(rf"(?<=.)[（(]{CN_NUM[n - 1]}[）)]")
    if family == "cn-is" and n <= 10:  # 一是…二是… with nothing between
        return re.compile(rf"(?<=[^{CN_NUM}]){CN_NUM[n - 1]}是(?=[\u4e00-\u9fff《“])")
    return None


def _unglued(items: list[str], first: str | None) -> list[str]:
    """Items numbered on one line with nothing between them but the next number (议题：1.听取…汇报2.研究…, a
    space lost to normalising or OCR; a wrapped agenda line the same), split at each next number in order."""
    start = _number(first) if first else None
    if start is None and first and _family(first) == "cn-is" and len(first.strip()) == 2:
        start = CN_NUM.find(first.strip()[0]) + 1  # (一是…二是…: counted here, not as a sub-point's number)
    if not start:
        return items
    out, n = [], start
    for item in items:
        while (pattern := _mark_pattern(first, n + 1)) and (m := pattern.search(item)) and item[:m.start()].strip():
            out.append(item[:m.start()])
            item, n = item[m.end():], n + 1
        out.append(item)
        n += 1
    return out


def _items_above(above: list[str], rest: str, discussed: bool = False) -> list[str]:
    """The items OCR put above the agenda's label (a form's label cell, centred on its tall cell, read on the
    line of a later item: （一）… ⏎ 会议议题（二）…), when the label's line starts with an item after the first; the
    label cell above may be glued to the first item the same way (参会单位1.研究…). `discussed` (会议内容): each
    item may be followed by its discussion, passed over; the items must then count 1, 2 … up to the label's."""
    mark = NUMBERED.match(rest)
    if not mark or re.search(r"[一1①](?!\d)", mark.group(0)):
        return []
    if discussed:
        items, numbers = [], []
        for line in reversed(above):
            found = NUMBERED.match(line)
            if found and _family(found.group(0)) == _family(mark.group(0)):
                items.insert(0, _item(line[found.end():]))
                numbers.insert(0, _number(found.group(0)))
            elif found or "\t" in line or any(p.match(line) for p in (FIELD_LABELS, TIME_LINE, CHAIR_LINE,
                                                                          AGENDA_LINE)):
                break  # (a speaker's 「张建华：…」 is the discussion, not a field of the form)
        return items if numbers and numbers == list(range(1, (_number(mark.group(0)) or 0))) else []
    items, tail = [], ""
    for line in reversed(above):
        found = NUMBERED.match(line)
        if not found and (label := FIELD_LABELS.match(line)) and (found := NUMBERED.match(line[label.end():])):
            line = line[label.end():]
            if _family(found.group(0)) == _family(mark.group(0)):
                items.insert(0, _item(line[found.end():] + tail))
            break
        if not found and not tail and not _label(line) and "\t" not in line and len(line) <= 30 \
                and "。" not in line.rstrip("。"):
            tail = line  # the wrapped tail of the item above it (（一）通报…知识产权 ⏎ 保护工作情况)
            continue
        if not found or _family(found.group(0)) != _family(mark.group(0)):
            break
        items.insert(0, _item(line[found.end():] + tail))
        tail = ""
    return items


def _plain_lines(following: list[str], full: float) -> list[str]:
    """Agenda items one per line without numbers: short lines up to the next label or sentence, a line that
    reached the margin continued on the next."""
    items: list[str] = []
    previous = ""
    first: int | None = None  # the number of the first item that shows one, and how many items came before it
    before = 0
    for line in following:
        if _label(line) or "。" in line.rstrip("。") or len(line) > 60 or line.startswith("会议"):
            break
        if items and not NUMBERED.match(line) and not BARE_TOPIC.match(line) and _wraps(previous, line, items[-1],
                                                                                         full):
            items[-1] += line  # (…开展情况⏎的汇报)
        else:
            if first is None and (mark := NUMBERED.match(line)):
                first, before = _number(mark.group(0)), len(items)
            items.append(NUMBERED.sub("", line))  # OCR lost some numbers, not all
        previous = line
    if first and before > first - 1 >= 1:  # (三) after three lines whose (一) (二) OCR lost: one line is a tail
        head = _tails_joined(items[:before], first - 1)
        items = head + items[before:] if head else items
    return [t for t in map(_item, items) if t]


def _tails_joined(lines: list[str], count: int) -> list[str] | None:
    """Lines of items whose numbers OCR lost, `count` items as the next item's number says: each line that does not
    say what the meeting took up (听取…, 研究…) joined to the line above (an item wrapped short of the margin:
    …考核 ⏎ 情况的汇报); None where that does not leave `count` items each saying so."""
    out: list[str] = []
    for line in lines:
        if out and not BARE_TOPIC.match(line) and not out[-1].rstrip().endswith(("。", "；", ";")):
            out[-1] += line
        else:
            out.append(line)
    return out if len(out) == count and all(BARE_TOPIC.match(x) for x in out) else None


def _cell_items(lines: list[str], wrapped: bool = False) -> list[str]:
    """The unnumbered agenda items of a form's tall 议题 cell on the lines next to its label's (OCR reads the label,
    centred, on the line of the middle item): the lines in turn that each say what the meeting took up (听取…,
    研究…), none a label's or a sentence; `wrapped`: lines that do not say so may be among them (an item's tail,
    _wrapped_cell decides)."""
    items = []
    for line in lines:
        if "\t" in line or _label(line) or not (wrapped or BARE_TOPIC.match(line)) or "。" in line.rstrip("。") \
                or len(line) > 60:
            break
        items.append(line)
    return items


def _wrapped_cell(above: list[str], rest: str, below: list[str]) -> list[str]:
    """The items of a tall 议题 cell whose label OCR read beside an item's wrapped tail (研究…方案，明确 ⏎ 议题⇥各单位
    职责分工 ⏎ 听取…): each item says what the meeting took up (听取…, 研究…); a line that does not goes on with the
    item above where that line reached the cell's width (the longest of its lines) and closes no sentence. The
    lines of the cell from its first such item, or [] where the lines are not all read so (two items at least)."""
    while above and not BARE_TOPIC.match(above[0]):
        above = above[1:]  # (a line above the cell: a name list, a value of the row above)
    lines = above + [rest]
    for line in below:  # below the label, up to the first line that is neither an item nor a tail
        if not BARE_TOPIC.match(line) and not _tail(lines, line):
            break
        lines.append(line)
    items: list[str] = []
    for at, line in enumerate(lines):
        if BARE_TOPIC.match(line):
            items.append(line)
        elif items and _tail(lines[:at], line):
            items[-1] += line
        else:
            return []
    return items if len(items) >= 2 else []


def _tail(above: list[str], line: str) -> bool:
    """Whether `line` is the wrapped tail of the last of the cell's lines `above` (reached the cell's width — 85 %
    of its widest line — without closing its sentence); a line saying what the meeting took up is an item."""
    if not above or BARE_TOPIC.match(line):
        return False
    widest = max(_ems(ln) for ln in [*above, line])
    return _ems(above[-1]) >= widest * 0.85 and not above[-1].rstrip().endswith(("。", "；", ";"))


BARE_TOPIC = re.compile(r"^(?:听取|审议|研究|讨论|部署|通报|传达|学习|分析|总结|安排|协调|审定|制定|落实|推进)"
                        r"[\u4e00-\u9fff《“]")


def _listed(lines: list[str], full: float) -> list[str]:
    """Items numbered from one (一、 1. （一） ① 一是) in the minutes' body with no label or phrase before them
    (「1.会议听取了…」 「2.会议审议通过了…」), each maybe followed by its discussion: the topics."""
    for i, line in enumerate(lines):
        mark = NUMBERED.match(line)
        if not mark or not re.fullmatch(r"[（(]?[一1①][）)]?\s*[、.．]?|一是", mark.group(0).strip()):
            continue
        if i and STATEMENT.match(lines[i - 1]) and lines[i - 1].rstrip().endswith((":", "：")):
            continue  # 会议强调：一、… — the points of what the meeting said
        following = _next_mark(mark.group(0))
        if following and any(_folded(m.group(0)) == following for ln in lines[i + 1:]
                             if (m := NUMBERED.match(ln))):
            return _numbered_items(line, lines[i + 1:], full, discussed=True)
        if mark.group(0).strip() == "一是":
            return []  # (一是…；二是… run on in one paragraph is RESOLVED's)
    return []


# 议题一：… / 第一项议题：… / a form's label cell 议题一 | … (OCR may run the two together: 议题一审议…)
NAMED_TOPIC = re.compile(rf"^(?:第[{CN_NUM}\d]+项)?议\s*题\s*(?:[{CN_NUM}]{{1,2}}|\d{{1,2}})?\s*"
                         rf"(?:[:：、\t]|(?<=[{CN_NUM}\d]))\s*(\S.*)")


def _topics(lines: list[str], full: float) -> list[str]:
    named = [m.group(1) for ln in lines if (m := NAMED_TOPIC.match(ln)) and not ln.startswith(("议题：", "议题:"))]
    if len(named) >= 2:
        return [t for t in (_item(x.split("\t")[0]) for x in named) if t]  # (a merged cell repeats its text)
    for i, line in enumerate(lines):
        rest = m.group(1) if (m := AGENDA_LINE.match(line)) else ""
        if m and re.search(r"[:：]\s*\t", line[:m.start(1) + 1]) and not NUMBERED.match(rest) \
                and i + 1 < len(lines) and NUMBERED.match(lines[i + 1]):
            rest = ""  # 「会议议题：⇥ 县…办公室」: the facing page's line beside a label whose items are below
        if m and "\t" in line[:m.start(1)] and BARE_TOPIC.match(rest) and "。" not in rest.rstrip("。") \
                and (cell := _cell_items(lines[:i][::-1])[::-1] + [rest] + _cell_items(lines[i + 1:]))[1:]:
            return [t for t in map(_item, cell) if t]
        if m and "\t" in line[:m.start(1)] and rest and not NUMBERED.match(rest) and not BARE_TOPIC.match(rest) \
                and (cell := _wrapped_cell(_cell_items(lines[:i][::-1], wrapped=True)[::-1], rest,
                                           _cell_items(lines[i + 1:], wrapped=True))):
            return [t for t in map(_item, cell) if t]
        if m and rest and i and i + 1 < len(lines) and (tail := _tail_beside(lines[i - 1], rest, lines[i + 1])) \
                and (found := _numbered_items(tail, lines[i + 1:], full, plain=True)):
            return _items_above(lines[:i - 1], lines[i - 1]) + found
        if m and (found := _numbered_items(rest, lines[i + 1:], full, plain=True, whole=line)):
            return _items_above(lines[:i], rest or lines[i + 1]) + found  # (a label alone on its line)
    # 「…主持。会议议题如下：」 ending its line (the sentence may wrap inside it), the items on the lines below
    if (m := AGENDA_BELOW.search("".join(lines))) and (ends := list(itertools.accumulate(map(len, lines)))) \
            and m.end() in ends and (found := _numbered_items("", lines[ends.index(m.end()) + 1:], full, plain=True)):
        return found
    prose = [ln for ln in lines if "\t" not in ln]
    joined, starts, at = "".join(prose), set(), 0
    for line in prose:
        starts.add(at)
        at += len(line)
    for m in INLINE_AGENDA.finditer(joined):  # inside a sentence, which may wrap (even inside the label)
        if m.start() not in starts and (found := _numbered_items(joined[m.start(1):].split("。")[0], [], full,
                                                                 plain=True)):
            return found
    for i, line in enumerate(lines):
        if (m := CONTENT_LINE.match(line)) and (found := _numbered_items(m.group(1), lines[i + 1:], full,
                                                                          discussed=True)):
            return _not_statements(_items_above(lines[:i], m.group(1), discussed=True) + found, joined)
    resolved = RESOLVED.search(joined)
    sentence = joined[resolved.end():].split("。")[0] if resolved else ""
    # 研究了三个事项：一是…；二是…。 (OCR may read the ； as ：)
    if resolved and INLINE_MARK.match(sentence) and re.search(rf"[；;]|[：:](?=[{CN_NUM}]{{1,2}}是)", sentence):
        return _not_statements(_numbered_items(sentence, [], full, plain=True), joined)
    if (after := _after(lines, RESOLVED)) is not None:
        if again := RESOLVED.search(after[0].split("。")[0]):  # 会议研究了以下事项，现纪要如下：
            after[0] = after[0][again.end():]
        if found := _not_statements(_numbered_items(after[0], after[1:], full, discussed=True), joined):
            return found  # (none where OCR lost the first item's number: the prose may name the agenda)
    return _prose_agenda("".join(prose)) or _listed(lines, full) or _prose_agenda("".join(prose), did=True)


# what the meeting said (会议指出 / 强调 / 要求 …): the minutes' conclusions, not the items it took up
STATEMENT = re.compile(r"^(?:会议|与会人员|大家)(?:一致)?(?:指出|强调|要求|认为|提出|号召|希望|议定|明确|决定|同意)")


# what the meeting asked of whom (各成员单位要…, 由县市场监管局牵头…, 请县财政局…): a resolution, not an item taken up
DIRECTIVE = re.compile(r"^(?:各|由|请)[^，,。；;]{1,16}?(?:要|负责|牵头|抓好|做好|加强)")


def _not_statements(found: list[str], text: str) -> list[str]:
    """Numbered items that are all the meeting's statements (一、会议指出，… 二、会议要求，…) or what it asked of
    whom (一、各成员单位要…) give way to the agenda the prose names (会议听取了…汇报，研究了…); with no such agenda
    they stay (议定事项 written so)."""
    if found and all(STATEMENT.match(x) or DIRECTIVE.match(x) for x in found):
        return _prose_agenda(text) or _prose_agenda(text, did=True) or found
    return found


# 「…主持召开区政府第18次常务会议，听取…的汇报，审议《…》。」: the clauses after the meeting's name, each led by
# what the meeting did, are its topics (no agenda list, no resolutions)
PROSE_AGENDA = re.compile(r"召开[^，,。；;]{0,40}?会议[，,]\s*([^。]{4,300})。")
AGENDA_VERB = re.compile(r"^(?:会议)?(?:专题)?(?:听取|审议|研究|讨论|部署|通报|传达|学习|分析|总结|安排|协调)")


# 「会议听取了…的汇报，研究了…，审议通过了《…》。」: what the meeting did, clause by clause, each a topic (the
# 了 after the verb is the sentence's, not the item's: 听取…的汇报)
DID = (r"(?:传达学习|研究部署|研究讨论|审议通过|听取|审议|研究|讨论|部署|通报|传达|学习|分析|总结|安排|协调"
       r"|审定)")
PROSE_DID = re.compile(rf"会议(?:先后|还|并|主要|首先|集中)?(?={DID}了)([^。]{{4,400}})。")
CLAUSE_DID = re.compile(rf"^(?:还|并|又|同时|随后|最后)?({DID})了?(.{{2,}})$")


def _prose_agenda(text: str, did: bool = False) -> list[str]:
    """The clauses after 「召开…会议，」 (or, `did`, after 「会议听取了」) when every one says what the meeting did."""
    pattern, verb = (PROSE_DID, CLAUSE_DID) if did else (PROSE_AGENDA, AGENDA_VERB)
    m = pattern.search(text)
    if not m:
        return []
    said = [m.group(1)]
    while did and (m := PROSE_DID.match(text, m.end())):  # 「会议听取了…。会议审议了…。」 a sentence each
        said.append(m.group(1))
    clauses = [c.strip() for c in re.split(r"[，,；;]|并(?=听取|审议|研究|讨论|部署)|(?=现将)", "，".join(said))
               if c.strip()]
    # (the sentence's 。 OCR lost at a line's end: 「…审议了《…》⏎现将会议议定事项纪要如下：」 ends it all the same)
    clauses = list(itertools.takewhile(lambda c: not c.startswith("现将"), clauses))
    if not clauses or not all(verb.match(c) for c in clauses):
        return []
    # (召开…会议，听取了…的汇报: the 了 is the sentence's there too)
    return [re.sub(CLAUSE_DID, r"\1\2", c) for c in clauses] if did else [re.sub(rf"^({DID})了", r"\1", c)
                                                                         for c in clauses]


def _after(lines: list[str], pattern: re.Pattern) -> list[str] | None:
    """The rest of the line where `pattern` first ends and the lines after it, the pattern matched in the lines
    joined (a PDF wraps 「会议研究了以下⏎事项：」 at any character), or None."""
    joined = "".join(lines)
    m = pattern.search(joined)
    if m is None:
        return None
    at = 0
    for i, line in enumerate(lines):
        if at + len(line) > m.end():
            return [line[m.end() - at:], *lines[i + 1:]]
        at += len(line)
    return [""]


# a two-character name spaced out to the width of three (张  伟), its given name alone at the end
SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{1,4}(?=[\u4e00-\u9fff](?:\s|$))")


def _meeting(lines: list[str], title: str, full: float) -> dict:
    date = chair = day = None
    for i, line in enumerate(lines):
        if date is None and (m := TIME_LINE.match(line)):
            value = _value(m.group(1), lines[i + 1:i + 2]) or m.group(1)
            date = _date(value)
            day = day or (None if date else re.match(r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", value))
        elif chair is None and (m := CHAIR_LINE.match(line)):
            value = _value(m.group(1), lines[i + 1:i + 2])
            # the value, else the line's rest read apart (副区长⇥张三: a wide gap on a photo)
            chair = person(value, lenient=True) or person(_value(m.group(1).replace("\t", " "), []), lenient=True) \
                or person(_value(SPACED_NAME.sub("", m.group(1)), []), lenient=True)  # 副县长张  伟
            below = lines[i + 1].split("\t")[0] if i + 1 < len(lines) else ""
            if chair is None and value and below and not _label(lines[i + 1]) \
                    and (len(below) <= 8 or _ems(line) >= min(full * 0.9, full - 2.5)):
                chair = person(value + below, lenient=True)  # the name wrapped under its titles (主持：副区长⏎张三)
    prose = "\n".join(lines)
    if date is None and day:  # 时间：5月8日（星期一） — the year is the file's (its issue date, a year it names)
        date = _in_year_of(int(day.group(1)), int(day.group(2)), prose + "\n" + title)
    if date is None and (m := HELD.search(prose)):
        date = _date(m.group(0))
    if date is None:  # a date line under the heading, above the text (a signature's date below it is no meeting's)
        head = lines[:next((i for i, ln in enumerate(lines) if re.search(r"[。，]", ln)), len(lines))][:6]
        date = next((_date(ln) for ln in head if DATE.fullmatch(ln.strip("（）() \t"))), None)
    if date is None and (m := HELD_NO_YEAR.search(prose.replace("\n", ""))):
        date = _in_year_of(int(m.group(1)), int(m.group(2)), prose)
    if chair is None:
        chair = _prose_chair(prose.replace("\n", ""))  # a sentence wraps at any character
    if chair is None:
        chair = next((found for i, line in enumerate(lines) if (m := CONVENER_LINE.match(line))
                      and (found := person(_value(m.group(1), lines[i + 1:i + 2]), lenient=True))), None)
    heading = max((_whole_heading(lines, i) for i in range(min(6, len(lines))) if _heading(lines[i])), key=len,
                  default=None)  # not 纪要 alone
    if heading and title and len(title) > len(heading) and title.endswith(heading):
        heading = title  # a heading wrapped after its first line of eight or more characters (…领导小组⏎第二次…纪要)
    return {"date": date, "title": heading or title, "chair": chair and _reread(chair, lines),
            "topics": _topics(lines, full)}


def _reread(chair: str, lines: list[str]) -> str:
    """The chair's name as the minutes read it most often: where OCR misread one character of it in its label
    (付华风) but the lists and the record read it one way (付华凤 in 出席：…, 付华凤：… as a speaker) at least twice
    and more often than as the label gives it, that reading; else the label's. The names are the pieces of the
    lines between separators (a name run into its neighbours is not counted)."""
    counts: dict[str, int] = {}
    for line in lines:
        for piece in re.split(r"[\s、，,；;：:。（）()]+", line):
            name = person(piece) if len(piece) <= 12 else None
            if name and len(name) == len(chair):
                counts[name] = counts.get(name, 0) + 1
    own = max(1, counts.get(chair, 0))
    near = [(n, k) for n, k in counts.items() if sum(a != b for a, b in zip(n, chair, strict=True)) == 1]
    best = max((k for _, k in near), default=0)
    found = [n for n, k in near if k == best]
    return found[0] if best >= 2 and best > own and len(found) == 1 else chair


def _prose_chair(text: str) -> str | None:
    """The chair a sentence names (…副区长张三主持召开…, 会议由张三主持): where a phrase ending in 主持 names no
    one, the phrase starting later (a comma OCR lost at a line's end: 「…在三楼会议室召开⏎区政府副区长张三同志主持会议」
    reads as one phrase from the meeting's name on)."""
    at = 0
    while m := PROSE_CHAIR.search(text, at):
        if chair := person(m.group(1), last=True):
            return chair
        at = m.start() + 1
    return None


def _whole_heading(lines: list[str], i: int) -> str:
    """A heading line, joined to the line above when a long title wrapped onto it (…2023年第一次会⏎议纪要); a
    masthead word alone on its line (会议纪要 under the issuing office) is not a wrapped tail."""
    line = _own_cell(lines[i])
    above = _own_cell(lines[i - 1]) if i else ""
    tail = line in ("纪要", "记录") and above.endswith(("会", "会议"))
    if len(line) < 8 and (line not in ("会议纪要", "纪要", "会议记录") or tail) \
            and above and not _label(above) and not _heading(above) and not DATE.search(above) \
            and not re.search(r"[:：。，]", above):
        return above + line  # (…领导小组会议⏎纪要: the name's tail)
    return line


MEETING_COLUMNS = {"date": ("会议时间", "会议日期", "召开时间", "召开日期", "开会时间", "时间", "日期"),
                   "chair": ("主持人", "主持"), "title": ("会议名称", "名称", "会议主题"),
                   "topics": ("会议议题", "议题", "主要议题", "研究事项", "会议内容", "主要内容", "内容")}


def _sequence(text: str) -> list[str]:
    """Items numbered in one cell whose line breaks were lost (1.A2.B, 一、A二、B, ①A②B), else split at ；."""
    first = NUMBERED.match(text)
    if not first:
        return [t for t in (_item(x) for x in re.split(r"[；;]", text)) if t]
    mark = first.group(0).strip()
    styles = [(r"(\d+)(\s*[.、．])", lambda n, tail: f"{n}{tail}"), (r"（(\d+)()）", lambda n, tail: f"（{n}）"),
              (rf"([{CN_NUM}]+)(、)", lambda n, tail: f"{CN_NUM[n - 1]}{tail}" if n <= 10 else "\0"),
              (rf"（([{CN_NUM}]+)()）", lambda n, tail: f"（{CN_NUM[n - 1]}）" if n <= 10 else "\0"),
              (r"([①-⑳])()", lambda n, tail: chr(0x2460 + n - 1))]
    for pattern, make in styles:
        if m := re.fullmatch(pattern, mark):
            tail, at, n, items = m.group(2), first.end(), 2, []
            while (nxt := text.find(make(n, tail), at)) >= 0:
                items.append(text[at:nxt])
                at, n = nxt + len(make(n, tail)), n + 1
            items.append(text[at:])
            return [t for t in (_item(x) for x in items) if t]
    return [_item(NUMBERED.sub("", text))]


def _leaves(header: list[str]) -> list[tuple[str, ...]]:
    """The names each column may go by where a group label over it is joined to it (tables.py names a two-row
    header's column group + leaf: 会议情况会议时间 | 会议情况主持人): its name, and its name without each start of what
    it shares with a neighbour (two characters at least; the leaves may share a character too: 会议情况主持人 |
    会议情况主要议题)."""
    def shared(a: str, b: str) -> int:
        return next((k for k in range(min(len(a), len(b)), 0, -1) if a[:k] == b[:k]), 0)

    out = []
    for i, name in enumerate(header):
        common = max((shared(name, header[j]) for j in (i - 1, i + 1) if 0 <= j < len(header)), default=0)
        out.append((name, *(name[k:] for k in range(2, common + 1) if k < len(name))) if common >= 2 else (name,))
    return out


def table_meetings(tables: list[dict]) -> list[dict]:
    """Meetings listed in a table (会议台账: 会议时间 | 会议名称 | 主持人 | 议题), one per row."""
    found = []
    for table in tables:
        header = [re.sub(r"\s+", "", h) for h in table["header"]]
        leaves = _leaves(header)
        columns = {key: next((i for n in names for i in range(len(header)) if any(h.startswith(n) for h in leaves[i])),
                             None) for key, names in MEETING_COLUMNS.items()}
        if columns["date"] is None or columns["chair"] is None:
            continue
        for row in table["rows"]:
            cells = {key: row[i] if i is not None and i < len(row) else "" for key, i in columns.items()}
            date, chair = _date(cells["date"]), person(cells["chair"])
            if date or chair:
                found.append({"date": date, "title": cells["title"] or None, "chair": chair,
                              "topics": _sequence(cells["topics"]) if cells["topics"] else []})
    return found


def _form_slope(boxes) -> float:
    """The slope (dy/dx) of a photographed form's rows from its label cells (会议时间 | 会议地点 | 主持人 | 记录人):
    each two labels in different columns give a slope; those of one row agree (within a glyph's height over the
    span between them), those of different rows only by chance. The slope most pairs agree on, three pairs at
    least, else 0.0. (A slant of a degree or two, too slight for the page to be made level, still breaks a row
    of cells a page wide into several visual lines.)"""
    heads = [b for b in boxes if FORM_LABEL.match(re.sub(r"\s+", "", b[4]))]
    pairs = []
    for a, b in itertools.permutations(heads, 2):
        span = (b[0] + b[2]) / 2 - (a[0] + a[2]) / 2
        if span > max(a[2] - a[0], b[2] - b[0]):  # b in a column to the right of a's
            slope = ((b[1] + b[3]) / 2 - (a[1] + a[3]) / 2) / span
            if abs(slope) <= 0.25:
                pairs.append((slope, span, min(a[3] - a[1], b[3] - b[1])))
    best: list[float] = []
    for slope, _, _ in pairs:
        agree = [s for s, span, height in pairs if abs(s - slope) * span <= height * 0.4]
        best = agree if len(agree) > len(best) else best
    return sorted(best)[len(best) // 2] if len(best) >= 3 else 0.0


def _pages_apart(page) -> str | None:
    """A photo of two pages side by side (an open record book) read a page at a time, the left page's lines first:
    where a gutter no piece of text crosses runs down the middle of the photo (its middle two-fifths), each side
    has several lines, and few visual lines join pieces of the two sides (the pages' lines do not line up: OCR
    would interleave them — 议题： ⏎ 一、… ⏎ 记录：… from the facing page ⏎ 二、…). A form's rows join its columns on
    every line, and are left as they are. None where the page is not such a photo."""
    from ipdocs.extract.tables import levelled_text
    from ipdocs.extract.text import lines_from_boxes

    boxes = [b for b in getattr(page, "boxes", None) or [] if b[4].strip()]
    width = getattr(page, "width", 0.0) or max((b[2] for b in boxes), default=0.0)
    if len(boxes) < 8 or not width:
        return None
    free = [x for x in range(int(width * 0.3), int(width * 0.7), max(1, int(width / 200)))
            if not any(b[0] < x < b[2] for b in boxes)]
    if not free:
        return None
    gutter = min(free, key=lambda x: abs(x - width / 2))
    sides = [[b for b in boxes if b[2] <= gutter], [b for b in boxes if b[0] >= gutter]]
    lines = lines_from_boxes(boxes, width, em_size=True)
    own = [lines_from_boxes(side, width, em_size=True) for side in sides]
    joined = sum(any(b[2] <= gutter for b in line_boxes) and any(b[0] >= gutter for b in line_boxes)
                 for line_boxes in _line_boxes(lines, boxes))
    if min(len(o) for o in own) < 3 or joined * 10 > len(lines) * 3:
        return None
    texts = []
    for side, read in zip(sides, own, strict=True):  # each page levelled along its own slant
        side_page = type(page)(page.number, "", True, boxes=side, width=width)
        texts.append(levelled_text(side_page) or "\n".join(line.text for line in read))
    return "\n".join(texts)


def _edge_dropped(page):
    """An OCR page without the strip of a neighbouring page the photo caught at its side (the next page's first
    characters of each line, 工作 ⏎ 工作 …, read onto the page's own lines as cells of their own): a column of text in
    the photo's outer fifth, apart from the page's text by a gutter no piece crosses (two glyphs wide at least),
    running off the photo's edge (within three glyphs of it: a character the edge cuts is not read), holding a small
    part of the text. The page itself, unchanged, where none."""
    boxes = [b for b in getattr(page, "boxes", None) or [] if b[4].strip()]
    width = getattr(page, "width", 0.0) or max((b[2] for b in boxes), default=0.0)
    if len(boxes) < 8 or not width:
        return page
    glyph = sorted(b[3] - b[1] for b in boxes)[len(boxes) // 2]
    step = max(1, int(width / 400))
    for outer in (range(int(width * 0.8), int(width * 0.97), step), range(int(width * 0.2), int(width * 0.03), -step)):
        free = [x for x in outer if not any(b[0] < x < b[2] for b in boxes)]
        if not free:
            continue
        right = outer.step > 0
        gutter = free[0]  # the inner side of the free band
        strip = [b for b in boxes if (b[0] >= gutter if right else b[2] <= gutter)]
        own = [b for b in boxes if b not in strip]
        inner = max((b[2] for b in own), default=0.0) if right else min((b[0] for b in own), default=width)
        far = (b[0] for b in strip) if right else (b[2] for b in strip)
        gap = (min(far, default=width) - inner) if right else (inner - max(far, default=0.0))
        reaches = any(b[2] >= width - 3 * glyph for b in strip) if right else any(b[0] <= 3 * glyph
                                                                                   for b in strip)
        if len(strip) >= 2 and len(own) >= 6 and gap >= 2 * glyph and reaches \
                and sum(len(b[4]) for b in strip) * 4 <= sum(len(b[4]) for b in own):
            return type(page)(page.number, "", True, boxes=own, width=width)
    return page


def _line_boxes(lines, boxes) -> list[list]:
    """The boxes each visual line was made of (those whose centre lies within the line's extent)."""
    return [[b for b in boxes if line.x0 <= (b[0] + b[2]) / 2 <= line.x1 and line.y0 <= (b[1] + b[3]) / 2 <= line.y1]
            for line in lines]


def _form_levelled(page) -> str | None:
    """An OCR page's text with its lines found along its form's rows (_form_slope), or None where they are level."""
    from ipdocs.extract.text import lines_from_boxes

    boxes = getattr(page, "boxes", None) or []
    slope = _form_slope(boxes)
    if abs(slope) < 0.01:
        return None
    level = [(b[0], b[1] - slope * (b[0] + b[2]) / 2, b[2], b[3] - slope * (b[0] + b[2]) / 2, b[4]) for b in boxes]
    return "\n".join(line.text for line in lines_from_boxes(level, getattr(page, "width", 0.0), em_size=True))


def meetings(pages, title: str, tables: list[dict] | None = None, read=None) -> list[dict]:
    """The meetings a set of minutes (or a table of meetings) records: [{date, title, chair, topics}], or [].
    `read`: the document's pages as read (OCR boxes), so a photographed page's lines follow its slant. A table
    listing one meeting gives way to the minutes the text records where they say more (a 会议记录 form read as a
    table of its label row over its values: 会议时间 | 会议地点 | 主持人 ⏎ 5月8日 | … — no year, no agenda)."""
    listed = table_meetings(tables or [])
    if len(listed) > 1:
        return listed
    found = _minutes(pages, title, read)
    if listed and not (len(found) == 1 and _said(found[0]) > _said(listed[0])):
        return listed
    return found


def _said(meeting: dict) -> int:
    """How many of a meeting's facts are known (day, chair, topics)."""
    return sum(bool(meeting[key]) for key in ("date", "chair", "topics"))


def _minutes(pages, title: str, read=None) -> list[dict]:
    """The meetings the text of a set of minutes records (meetings)."""
    if read:
        from ipdocs.extract.normalize import normalize
        from ipdocs.extract.tables import levelled_text
        from ipdocs.extract.text import lines_from_boxes

        read = [_edge_dropped(p) if p.ocr else p for p in read]  # (a page whose boxes changed is read from them)
        levelled = {p.number: text for p in read if p.ocr
                    and (text := _pages_apart(p) or levelled_text(p) or _form_levelled(p)
                         or (None if p.text else "\n".join(ln.text for ln in lines_from_boxes(p.boxes, p.width,
                                                                                              em_size=True))))}
        pages = [type(p)(p.number, normalize(levelled[p.number], True, quantities=False), p.ocr)
                 if p.number in levelled else p for p in pages]
    if not pages or not is_minutes(title, pages):
        return []
    lines = _lines(pages)
    full = _full_width(lines)
    starts = [0]
    for i, line in enumerate(lines):  # each meeting begins at its heading, or at a 时间 line with no heading above
        if i and _heading(line):
            starts.append(i)
        elif i and TIME_LINE.match(line) and _date(line) and not any(
                _heading(ln) or TIME_LINE.match(ln) for ln in lines[max(starts[-1], i - 4):i]) \
                and any(TIME_LINE.match(ln) and _date(ln) for ln in lines[starts[-1]:i]):
            starts.append(i)
    found: list[dict] = []
    segments = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    pending: list[str] = []
    parsed: list[list[str]] = []
    for segment in segments:
        own = _meeting(segment, title, full)
        if own["date"] or own["chair"]:
            parsed.append(pending + segment if not parsed else segment)
            pending = []
        elif parsed:
            parsed[-1] = parsed[-1] + segment  # a running header repeated on a page: the meeting goes on
        else:
            pending += segment  # the letterhead above the first meeting
    for segment in parsed or [lines]:
        meeting = _meeting(segment, title, full)
        if meeting["date"] or meeting["chair"] or meeting["topics"]:
            found.append(meeting)
    # a 纪要 masthead (会议纪要 / 第N期 / organ / issue date, each on its own line) parses as a date with no chair
    # and no agenda: where the file records a real meeting, that is its issue line, not a meeting
    if any(m["chair"] or m["topics"] for m in found):
        found = [m for m in found if m["chair"] or m["topics"]]
    return found


NAME_COLUMNS = ("姓名", "参会人员", "参训人员", "签名", "签字", "签到")
SIGN_IN = re.compile(r"签到|签名[册表簿单]|签字[表册簿单]")  # 签到表, 参会人员签名册, 签字表


def _named(table: dict, column: int, gaps: set[tuple[str, str]] = frozenset()) -> list[str]:
    """The names of a table's name column; `gaps`: pairs of neighbouring cells the page's lines show apart (OCR saw
    the gap between a name and its unit the table's columns ran together)."""
    rows = table["rows"]
    cells = [re.sub(r"\s+", "", row[column]) if column < len(row) else "" for row in rows]
    header = re.sub(r"\s+", "", table["header"][column])
    others = {re.sub(r"\s+", "", c) for row in rows for j, c in enumerate(row) if j != column}
    kept = [(i, cell) for i, cell in enumerate(cells)
            if cell and not re.fullmatch(r"[\d.\-/:：]+", cell) and cell not in ("姓名", "签名", "序号")
            and not FOOT_CELL.search(cell) and not FOOT_ROW.match(cell) and not FOOT_ROW.match(_first_filled(rows[i]))]
    # the units the rows whose cut is plain show (林德县法院: 林德县 is no name), for the rows whose cut is not
    # (尹英庆县法院: 尹英 and 尹英庆 both names)
    units = others | {cut[1] for _, cell in kept if (cut := _plain_cut(cell, header, gaps)) and cut[1]}
    names = []
    for i, cell in kept:
        # (the row below signed by nobody yet filled in: not a pre-numbered blank row)
        below = i + 1 < len(cells) and not cells[i + 1] and sum(bool(c.strip()) for c in rows[i + 1]) >= 2
        names += (_two_names(cell) if below else None) or [n for n in [_unmerged(cell, header, units, gaps)] if n]
    return names


# the sheet's foot read into the name column (共12人, 合计：12人, 应到15人 实到12人, 以下空白, 备注…): no one's name
FOOT_CELL = re.compile(r"\d\s*[人名]|[应实]到|合\s*计|[共总]\s*计|以下(?:空白|无)")


# a row of the sheet's foot by its first cell (备注 | 请于8:30前签到, 合计 | …, 注：…)
FOOT_ROW = re.compile(r"^(?:(?:备\s*注|说\s*明|合\s*计|总\s*计|小\s*计)\s*[:：]?|注\s*(?:[:：\d]|$))")


def _first_filled(row: list[str]) -> str:
    return next((re.sub(r"\s+", "", c) for c in row if c.strip()), "")


# the level a unit's name starts with (县市场监管局, 青石镇人民政府 does not: a unit named by its place alone)
UNIT_LEVEL = re.compile(r"^(?:[省市县区镇乡村]|街道|中共|国家)")


def _name_cuts(cell: str, header: str, gaps: set[tuple[str, str]]) -> \
        tuple[bool, list[tuple[str, str]], list[tuple[str, str]]] | None:
    """The ways a cell of a name column OCR ran into its neighbour (header 姓名单位 / 单位姓名) cuts into a name and
    the rest: (whether the name comes first, the cuts leaving a name, those the page's line shows apart), or None
    where the cell is a name or its column holds names alone."""
    if _is_name(cell) or header in NAME_COLUMNS:
        return None
    first = header.startswith(NAME_COLUMNS)  # the name before the neighbour's value
    if not first and not header.endswith(NAME_COLUMNS):
        return None
    cuts = [(cell[:k], cell[k:]) if first else (cell[-k:], cell[:-k]) for k in (2, 3, 4) if k < len(cell)]
    cuts = [(name, rest) for name, rest in cuts if _is_name(name)]
    return first, cuts, [(name, rest) for name, rest in cuts if ((name, rest) if first else (rest, name)) in gaps]


def _plain_cut(cell: str, header: str, gaps: set[tuple[str, str]] = frozenset()) -> tuple[str, str] | None:
    """(name, rest) of a run-together name cell (_name_cuts) whose cut is plain without the table's other rows:
    the one cut the page shows, or the only cut that leaves a name; else None."""
    found = _name_cuts(cell, header, gaps)
    if found is None:
        return None
    _, cuts, seen = found
    return (seen or cuts)[0] if len(seen) == 1 or (len(cuts) == 1 and not seen) else None


def _unmerged(cell: str, header: str, others: set[str], gaps: set[tuple[str, str]] = frozenset()) -> str | None:
    """The name in a cell of a name column OCR ran into its neighbour (header 姓名单位: 王建国县市场监管局; 单位姓名:
    县司法局张伟): cut where the page's line shows the two apart, else where the rest is a value another column or
    row of the table holds, else where exactly one cut leaves a name and a unit (ending as units end, starting
    with their level: 李昌国县商务局 is 李昌国 | 县商务局, not 李昌 | 国县商务局), a unit of two characters being
    rarer than a name of three (吕少青石镇: 吕少 | 青石镇); None where the cell is the neighbour's value alone (a
    unit printed on a row nobody signed); else the cell itself."""
    found = _name_cuts(cell, header, gaps)
    if found is None:
        return cell
    first, cuts, seen = found
    if len(seen) == 1:
        return seen[0][0]
    if not cuts and (cell in others or cell[-1] in ORGAN_CHARS):
        return None

    def ends(rest: str) -> bool:  # as a unit's name ends
        return rest[-1] in ORGAN_CHARS or rest.endswith(("公司", "中心", "协会", "银行", "学校", "医院"))

    for fits in (lambda rest: rest in others, ends, lambda rest: ends(rest) and (not first or UNIT_LEVEL.match(rest)),
                 lambda rest: ends(rest) and len(rest) >= 3, lambda rest: True):
        if len(found := [name for name, rest in cuts if fits(rest)]) == 1:
            return found[0]  # (县商务局欧阳晓明: 阳晓明 is a name too, but 县商务局欧 is no unit)
    return cell


def _two_names(cell: str) -> list[str] | None:
    """A name cell holding the next row's name too (龙宁尹斌永: on a photo two handwritten rows drawn together, the
    row below left empty), split where exactly one cut gives two names; else None."""
    if _is_name(cell) or not 4 <= len(cell) <= 6:
        return None
    cuts = [[cell[:k], cell[k:]] for k in (2, 3, 4) if _is_name(cell[:k]) and _is_name(cell[k:])]
    return cuts[0] if len(cuts) == 1 else None


def _table_names(table: dict, gaps: set[tuple[str, str]] = frozenset()) -> list[str]:
    """The names in the columns attendees sign or are listed in (a sheet printed two-up, 序号 姓名 单位 | 序号 姓名
    单位, has two): those of the first kind of column, in NAME_COLUMNS' order, that holds any (a 姓名 header OCR ran
    into its neighbours' over the numbers, 序号姓名单位, holds none: the 签名 column is read)."""
    cleaned = [re.sub(r"\s+", "", h) for h in table["header"]]
    found = [names for wanted in NAME_COLUMNS
             if (names := [n for i, h in enumerate(cleaned) if wanted in h for n in _named(table, i, gaps)])]
    # (a column OCR ran into its neighbours, 1汪佳晖龙门乡人民政府, gives way to one of names)
    return next((names for names in found if sum(map(_is_name_cell, names)) * 2 >= len(names)), found[0] if found
                else [])


def _signed_names(table: dict) -> list[str]:
    """The printed names (姓名) of the rows whose signature cell (签名, 签字) is filled, where a table has both."""
    cleaned = [re.sub(r"\s+", "", h) for h in table["header"]]
    named = [i for i, h in enumerate(cleaned) if "姓名" in h and not re.search("签[名字到]", h)]
    signs = [i for i, h in enumerate(cleaned) if (re.search("签[名字]", h) or h == "签到") and "姓名" not in h]
    if len(named) != 1 or len(signs) != 1:
        return []

    def cell(row: list[str], column: int) -> str:
        return re.sub(r"\s+", "", row[column]) if column < len(row) else ""

    return [cell(row, named[0]) for row in table["rows"] if cell(row, named[0]) and cell(row, signs[0])]


def _unheaded_names(table: dict) -> list[str]:
    """The names of a sign-in table whose header OCR lost (a photo's top edge, a fold): no header cell names a column
    of names, its first row of records read as the header. The column most of whose filled cells are names, at least
    three, its header cell counted where it is a name too."""
    cleaned = [re.sub(r"\s+", "", h) for h in table["header"]]
    if any(wanted in h for h in cleaned for wanted in NAME_COLUMNS):
        return []
    best: list[str] = []
    for column, head in enumerate(cleaned):
        cells = [head] + [re.sub(r"\s+", "", row[column]) if column < len(row) else "" for row in table["rows"]]
        filled = [c for c in cells if c and not re.fullmatch(r"[\d.\-/:：]+", c)]
        names = [c for c in filled if _is_name(c)]
        if len(names) >= 3 and len(names) * 10 >= len(filled) * 8 and len(names) > len(best):
            best = names
    return best


def _is_name_cell(cell: str) -> bool:
    return re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", cell) is not None


# a count the sheet writes (实到32人, 共32人, 合计：32人, 实到17名, 实到人数：17, 到会人数 17 人; 应到 / 应到人数 /
# 应参会人数 is who was asked, not who came)
WRITTEN_COUNT = re.compile(r"(?:实\s*到|实到会|实际到会|实际参会|共\s*计|合\s*计|总\s*计|共)\s*[:：]?\s*"
                           r"(\d{1,3})\s*[人名]|(?:实\s*到|实到会|实际到会|实际参会|(?<![应计划])(?:到\s*会|参\s*会|出\s*席))\s*人\s*数"
                           r"\s*[:：]?\s*(\d{1,3})(?![\d.])")


def _serial_count(table: dict, names: int) -> int | None:
    """The attendees a sign-in table shows with the rows it lost counted: its 序号 column numbered 1, 2 … in order,
    numbers below the last signed row missing altogether (rows a photo's bent foot ran together) added to the
    `names` read; None where nothing is missing or the numbers are not in order (OCR misread one)."""
    header = [re.sub(r"\s+", "", h) for h in table["header"]]
    if "序号" not in header or not names:
        return None
    column = header.index("序号")
    numbers = [int(row[column]) for row in table["rows"] if column < len(row) and row[column].strip().isdigit()]
    if not numbers or numbers != sorted(set(numbers)) or numbers[0] != 1:
        return None
    missing = set(range(1, numbers[-1] + 1)) - set(numbers)
    return names + len(missing) if missing and len(missing) < names else None


def _text_names(pages) -> list[str]:
    """Names standing alone as cells of the pages' lines (a leading row number dropped), in order, once each."""
    found: list[str] = []
    for page in pages:
        for line in page.text.split("\n"):
            if LABEL.match(line):
                continue  # 会议时间：… 填表人：…
            for cell in re.split(r"\t|\s{2,}", line):
                cell = re.sub(r"^\d{1,3}\s*", "", cell.strip())
                if _is_name(cell) and cell not in found:
                    found.append(cell)
    return found


def attendance(pages, title: str, tables: list[dict]) -> dict | None:
    """{count, names} of a sign-in sheet (签到表/签到册/签名册/签字表): filled name cells of its table(s). Where the
    table lost rows (its 序号 numbers skip, or the sheet's written 实到/共N人 is more), the names the page shows
    alone outside the table are added — only when they make up exactly that number."""
    text = title + "".join(p.text[:300] for p in pages[:1])
    if not SIGN_IN.search(text) and not any("签到" in "".join(t["header"]) for t in tables):
        return None
    gaps = {(a, b) for p in pages for line in p.text.split("\n")
            for a, b in itertools.pairwise(re.sub(r"\s+", "", c) for c in line.split("\t"))}
    names = [n for table in tables for n in _table_names(table, gaps) or _unheaded_names(table)]
    if not names:
        return None
    written = [int(m.group(1) or m.group(2)) for p in pages for m in WRITTEN_COUNT.finditer(p.text)]
    signed = [n for table in tables for n in _signed_names(table)]
    if signed and len(names) not in written and (len(signed) in written or len(signed) < len(names)):
        names = signed  # a printed list of names signed against: those who signed came (unless 实到 says all)
    expected = {n for n in ([_serial_count(t, len(names)) for t in tables] if len(tables) == 1 else []) + written
                if n and n > len(names)}
    if len(expected) == 1 and len(names) not in written:  # (a written count the table agrees with stands)
        extra = [n for n in _text_names(pages) if n not in names]
        if len(names) + len(extra) in expected:
            names += extra
    return {"count": len(names), "names": names}
