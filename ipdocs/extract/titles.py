"""Title, issuing organ and document type of a document, from the layout of its first page.

Title: the largest lines near the top that are not the red-header organ mark, the 文号 line, a date, a site
name or navigation bar, nor a salutation — joined across the 2–3 lines a long title wraps onto. Where the
layout has no sizes (plain DOCX paragraphs) the title is found by wording (关于… / …的通知) and joined the same
way. XLSX: the sheet's title row (one cell, usually merged across the table, above the header).
Organ: the whole issuing-organ line at the top (joined when it wraps), else the signature above the date.
Type: from the type word that ends the title (…台账 → 统计表, 关于报送台账的通知 → 通知; a news headline that
mentions a 报告 in passing is not one).
"""

from __future__ import annotations

import re
import statistics

from ipdocs.extract.dates import dates_in
from ipdocs.extract.docnumber import NUMBER, vocabulary
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Document, Line

ORGAN_END = re.compile(r"(人民政府|人民法院|人民检察院|法院|检察院|委员会|办公室|办公厅|监督管理局|领导小组|"
                       r"局|委|厅|部|办|中心|公司|分局|政府|协会|联合会|商会|集团|办事处|大队|支队|党组|党委|工委|"
                       r"管委会|所|站)(文件)?$")
TITLE_END = re.compile(r"(通知|纪要|记录|方案|细则|意见|总结|台账|报道|函|报告|办法|决定|批复|请示|要点|规划|"
                       r"计划|通报|公告|统计表|登记表|一览表|明细表|汇总表|签到表|清单|名单|报表)$")
META = re.compile(r"首页|登录|注册|当前位置|来源[:：]|发布时间|发布日期|作者[:：]|浏览|阅读|责任编辑|字号|打印|分享|"
                  r"http|www\.|\.com|\.cn|[|>＞»›]|门户网站|客户端$|APP$|公众号$|^\d{1,2}:\d{2}|返回|搜索|"
                  r"^.{1,10}(网|发布|在线|新闻|融媒|头条|日报|晚报|电视台|之声)$")  # a site's or app's name bar
NEWS = re.compile(r"来源[:：]|记者|通讯员|网讯|日讯|责任编辑|发布时间|发布日期")  # a news report's byline
# a web or app page's byline: a headline quoting a 方案 or ending in 报告 there is news about one, not the document
BYLINE = re.compile(r"来源[:：]|责任编辑|发布时间|发布日期|阅读\s*\d|发表于|^原创")
PAGE_NUMBER = re.compile(r"^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\d+页")
SPACES_IN_CJK = re.compile(r"(?<=[\u3400-\u9fff（）《》“”、，])[ \t\u3000]+(?=[\u3400-\u9fff（）《》“”、，])")
# (word in the title, type); where several occur, the one ending last wins.
TYPES = [("会议纪要", "会议纪要"), ("纪要", "会议纪要"), ("会议记录", "会议纪要"), ("签到表", "签到表"),
         ("签到", "签到表"),
         ("通知", "通知"), ("通报", "通知"), ("方案", "方案"), ("要点", "方案"), ("简报", "简报"), ("通讯稿", "通讯稿"),
         ("截图", "截图"), ("台账", "统计表"), ("统计表", "统计表"), ("登记表", "统计表"), ("一览表", "统计表"),
         ("明细表", "统计表"), ("汇总表", "统计表"), ("列表", "统计表"), ("清单", "统计表"), ("报表", "统计表"),
         ("名单", "统计表"), ("花名册", "统计表"), ("登记册", "统计表"), ("签到册", "签到表"), ("签到簿", "签到表"),
         ("函", "函"), ("意见", "正式文件"), ("细则", "正式文件"), ("办法", "正式文件"), ("决定", "正式文件"),
         ("总结", "总结"), ("报告", "报告"), ("报道", "新闻报道")]


def clean(text: str, ocr: bool = False) -> str:
    text = normalize(text, ocr)
    return SPACES_IN_CJK.sub("", re.sub(r"\s*\n\s*", "", text.strip()))  # a line break inside a paragraph


def _is_number_line(text: str) -> bool:
    m = NUMBER.search(text)
    return bool(m) and not text.startswith("关于") and (len(m.group(0)) >= 0.6 * len(text) or "签发人" in text
                                                        or m.start() <= 1)


def _is_date_line(text: str) -> bool:
    found = dates_in(text)
    return bool(found) and sum(len(t) for _, t, _ in found) >= 0.6 * len(text)


def _is_meta(text: str, outlets: list[str]) -> bool:
    if META.search(text):
        return True
    return any(o in text and len(text) <= len(o) + 6 for o in outlets)


def _is_organ(text: str) -> bool:
    return bool(ORGAN_END.search(text)) and len(text) <= 40 and not text.startswith("关于") and "〔" not in text \
        and not re.search(r"[\d:：，。]", text)


def _skip(text: str, outlets: list[str]) -> bool:
    return (not text or PAGE_NUMBER.match(text) or _is_number_line(text) or _is_date_line(text)
            or _is_meta(text, outlets) or text.endswith(("：", ":")))


def _blocks(lines: list[Line], outlets: list[str]) -> list[tuple[str, float, bool]]:
    """Lines near the top joined into blocks — same size, closely spaced (a wrapped title or organ mark) —
    as (text, size, skipped: a 文号/date/site/salutation line)."""
    blocks: list[list] = []
    for ln in lines[:16]:
        skipped = bool(_skip(ln.text, outlets))
        if blocks and not skipped and not blocks[-1][2]:
            last = blocks[-1][3]
            if abs(ln.size - last.size) <= 0.15 * max(ln.size, last.size) and ln.y0 - last.y1 < 0.8 * max(ln.size,
                                                                                                           last.size):
                blocks[-1][0] += ln.text
                blocks[-1][3] = ln
                continue
        blocks.append([ln.text, ln.size, skipped, ln])
    return [(text, size, skipped) for text, size, skipped, _ in blocks]


def _layout(lines: list[Line], outlets: list[str]) -> tuple[str, str]:
    """(title, organ) from sized lines, or ("", "") when sizes say nothing."""
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return "", ""
    long = [ln.size for ln in sized if len(ln.text) >= 6]
    body = statistics.median(long or [ln.size for ln in sized])
    blocks = _blocks(lines, outlets)
    organ = ""
    for text, _, skipped in blocks[:3]:
        if not skipped and _is_organ(text) and not TITLE_END.search(text):
            organ = text
            break
    candidates = [(text, size) for text, size, skipped in blocks if not skipped and text != organ
                  and size >= body * 1.1 and 4 <= len(text) <= 80]
    if not candidates:
        return "", re.sub(r"文件$", "", organ)
    biggest = max(size for _, size in candidates)
    at = next(i for i, (_, size) in enumerate(candidates) if size >= biggest * 0.9)
    title = candidates[at][0]
    texts = [text for text, _, _ in blocks]
    if at and len(title) <= 6 and TITLE_END.search(title) and texts[texts.index(title) - 1] == candidates[at - 1][0]:
        title = candidates[at - 1][0] + title  # a minutes header: the big 会议纪要 and the name right above it
    return title, re.sub(r"文件$", "", organ)


def _text_title(texts: list[str], organ_lines: set[int], outlets: list[str]) -> str:
    for i, ln in enumerate(texts):
        if i in organ_lines or _skip(ln, outlets):
            continue
        if ln.startswith("关于") or TITLE_END.search(ln):
            title = ln
            if len(ln) < 8 and i > 0 and i - 1 not in organ_lines and not _skip(texts[i - 1], outlets):
                title = texts[i - 1] + ln  # the tail of a title wrapped from above
            for more in texts[i + 1:i + 3]:  # a long title wraps onto the next lines
                if (TITLE_END.search(title) and not title.endswith("的")) or _skip(more, outlets) \
                        or len(more) > 30:
                    break
                title += more
            return title
    return next((ln for i, ln in enumerate(texts) if 6 <= len(ln) <= 60 and i not in organ_lines
                 and not _skip(ln, outlets)), "")


def _organ(texts: list[str]) -> tuple[str, set[int]]:
    """The issuing organ at the top (lines it takes), joined when the organ mark wraps onto a second line."""
    for i, ln in enumerate(texts[:4]):
        if _is_organ(ln):
            before = texts[i - 1] if 0 < i < 4 else ""
            if before and not _is_organ(before) and not before.startswith("关于") and len(before) >= 4 \
                    and not re.search(r"[\d：:，。]", before):
                return re.sub(r"文件$", "", before + ln), {i - 1, i}
            return re.sub(r"文件$", "", ln), {i}
    return "", set()


def _signature(pages) -> str:
    """The organ signing above the closing date of the last page."""
    texts = [clean(t, pages[-1].ocr) for t in pages[-1].text.splitlines() if t.strip()] if pages else []
    for i in range(len(texts) - 1, 0, -1):  # 抄送/联系人 lines may follow the signature
        if _is_date_line(texts[i]) and _is_organ(texts[i - 1]):
            return texts[i - 1]
    return ""


def xlsx_title(page_text: str) -> str:
    """A sheet's title row: the first row, when it holds one value (usually merged across the table) and a row
    of several values (the header) follows within three rows."""
    rows = [[c.strip() for c in line.split("\t") if c.strip()] for line in page_text.splitlines()]
    rows = [r for r in rows if r]
    while rows and len(rows[0]) == 1 and re.fullmatch(r"(附件|附表|表)\s*[\d一二三四五六七八九十]*[:：]?", rows[0][0]):
        rows = rows[1:]  # an 附件2 / 附表1 mark above the title
    if len(rows) < 2 or len(set(rows[0])) != 1 or len(rows[0][0]) < 4 or _is_date_line(rows[0][0]) \
            or re.search(r"单位[:：]", rows[0][0]) or not any(len(r) >= 2 for r in rows[1:4]):
        return ""
    return clean(rows[0][0])


def xlsx_organ(page_text: str) -> str:
    """The unit a ledger names in its 填报单位/报送单位/单位 line above the table."""
    for line in page_text.splitlines()[:6]:
        m = re.search(r"(?:填报|报送|制表)?单位(?:名称)?[:：]\s*([^\s\t:：]+?)(?=\s|填报|日期|时间|联系|$)", line)
        if m and _is_organ(m.group(1)):
            return m.group(1)
    return ""


def title_and_organ(document: Document, outlets: list[str]) -> tuple[str, str]:
    if not document.pages:
        return "", ""
    if document.kind == "xlsx":
        return xlsx_title(document.pages[0].text) or document.path.stem, xlsx_organ(document.pages[0].text)
    first = document.pages[0]
    lines = [Line(clean(ln.text, first.ocr), ln.x0, ln.y0, ln.x1, ln.y1, ln.size, ln.centred) for ln in first.lines]
    lines = [ln for ln in lines if ln.text]
    texts = [ln.text for ln in lines] if lines else [clean(t, first.ocr) for t in first.text.splitlines()
                                                               if t.strip()]
    texts = texts[:16]
    title, organ = _layout(lines, outlets) if lines else ("", "")
    if not title:
        organ, organ_lines = _organ(texts)
        title = _text_title(texts, organ_lines, outlets)
    if not organ and TITLE_END.search(title) and not any(o in " ".join(texts[:3]) for o in outlets):
        named = title.split("关于")[0]  # 韶关市武江区市场监督管理局关于…的通知
        organ = named if "关于" in title and _is_organ(named) else _signature(document.pages)
    elif organ:
        read, organ = organ, _fuller(organ, title, document.pages, first.ocr)
        if first.ocr and read != organ and title.startswith(read):
            title = organ + title[len(read):]  # the same misreading in the title that names the organ
    if not organ:  # a minutes or bulletin header: the issuer and the date on one line below the title
        issued = (re.match(r"(\D{4,40}?)(?:(?:19|20)\d\d|二[〇○0O])[\d年月日〇○0O一二三四五六七八九十]*$", t)
                  for t in texts[:10])  # the date may wrap onto the next line
        organ = next((m.group(1) for m in issued if m and _is_organ(m.group(1))), "")
    return title, organ


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _fuller(organ: str, title: str, pages, ocr: bool) -> str:
    """The whole organ name where the top line gave only part of it: the organ a title (…关于) or the signature
    names that ends with it (a wrapped organ mark read as its tail, 领导小组办公室), or — on an OCR page — the one
    name of the document or the vocabulary it is but for one character OCR lost."""
    named = title.split("关于")[0] if "关于" in title else ""
    own = [n for n in (named, _signature(pages)) if n and _is_organ(n)]
    if organ in own:
        return organ
    longer = [n for n in own if n.endswith(organ) and len(organ) >= 4]
    if longer:
        return max(longer, key=len)
    if not ocr or len(organ) < 5:
        return organ
    for names in (own, list(vocabulary().abbreviations)):  # the organ names organs.yaml knows
        if organ in names:
            return organ
        # one character lost, no more: 市场监管局 is a name of its own, not 市场监督管理局 misread, and sibling
        # organs differ in one character (武江区 / 曲江区), so a misread character is never "corrected"
        close = {n for n in names if len(n) - len(organ) == 1 and _subsequence(organ, n)}
        if len(close) == 1:
            return close.pop()
    return organ


def doc_type(title: str, kind: str, found_media: list[dict], tables: list[dict], text: str = "",
             meetings: list | None = None, attendance: dict | None = None) -> str:
    """The type the title ends with (a trailing （试行） or （2023年） aside), else what the content shows: minutes
    (meetings found), a sign-in sheet (attendance), a ledger (XLSX, tables), a news report (outlets, bylines).
    On a page with a web byline, a headline whose type word is quoted (印发《…方案》) or is not an official
    document's (…报告, …总结, not 关于…) is news."""
    core = re.sub(r"(（[^（）]*）|\([^()]*\)|[\s\d”\"》])+$", "", title)
    ends = [(len(word), name) for word, name in TYPES if core.endswith(word)]
    byline = any(BYLINE.search(line.strip()) for line in text.splitlines()[:40])
    if ends:
        name = max(ends)[1]
        quoted = re.search(r"[》”\"]$", title.strip())
        if byline and name not in ("签到表", "统计表", "会议纪要") and (quoted or not title.startswith("关于")
                                                                   and name in ("报告", "总结", "方案", "正式文件")):
            return "新闻报道"
        return name
    if meetings:
        return "会议纪要"
    if attendance and attendance.get("count"):
        return "签到表"
    if kind == "xlsx":
        return "统计表"
    if found_media or byline or NEWS.search(text):
        return "新闻报道"
    if tables:
        return "统计表"
    if kind == "image":
        return "照片"
    return "其他"
