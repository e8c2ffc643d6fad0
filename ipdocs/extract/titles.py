"""Title, issuing organ and document type of a document, from the layout of its first page.

Title: the largest lines near the top that are not the red-header organ mark, the 文号 line, a date, a site
name or navigation bar, nor a salutation — joined across the 2–3 lines a long title wraps onto (in Word not across
an empty paragraph: an organ line, a blank line, a title of one size are two blocks), a meeting's name over a big 纪要
of its own joined with it, a main title followed by its ——subtitle. Where the
layout has no sizes (plain DOCX paragraphs) the title is found by wording (关于… / …的通知) and joined the same
way (never an agenda's numbered item; a record's form with no heading: the meeting its 会议名称 field names,
typed 会议记录). XLSX: the sheet's title row (one cell, usually merged across the table, above the header).
Organ (发文机关全称): the whole issuing-organ line at the top (joined when it wraps), made the full name the
signature or the title gives where the mark is its tail or its short form (武江区市场监管局文件 signed
韶关市武江区市场监督管理局); else a bulletin's 某某局编 beside its date, the signature above the date (on the page
before a last page holding only the 版记), the organ printed under the title, the organ the title opens with
(…局2023年…工作总结, …镇人民政府会议记录, or its ——subtitle: ——…局2023年工作情况汇报; in full as its 单位：… line or
its signature prints it: 县市监局关于… signed …县市场监督管理局), or — nothing else naming one — the
版记's 印发机关 (a 局's own 办公室 standing for the 局), and of
a report, summary or statement the full name its first sentence opens with (2023年，…局在…; never 我局 or a short
form). A signature may be a report's closing fields (报告单位：… / 报告日期：…), or split by a page break; a bulletin's
issuer its 主办：… or 编印单位：… line; a periodical issue's (a 会议纪要 or 简报 masthead over its 第N期) the unit on
the dated line under the masthead, not the body whose name heads it; a form's (会议记录 under 单位：…) its 单位 line.
Joint issuers: all of them, full names in the order signed, joined with 、 (韶关市武江区市场监督管理局、韶关市公安局
武江分局), where the signature names them and one of them is the organ found (also on one line of the mark, or a
…、…联合文件 mark). On OCR pages a name read garbled
beyond one character (no place + common ending shape) becomes the name the document prints right elsewhere
(signature, 版记); a signature's common ending whose middle the seal garbled into marks (市，蓝管理局) that ending,
above a closing date in words misread under the seal (二6二三年五月六日). Never the 主送 line, a page header or a
recipient. Ledgers: the unit their 填报/报送/制表单位 line names (above or under the table), else the unit their
title opens with (…工作站2022年受理登记表, who compiled it);
or the unit signing it over a date (a 责任清单 typed as a document); sign-in sheets: the unit their 主办/承办/组织单位
line names, else none; news: the outlet (or unit) of the 来源/供稿
line — of a reprint the original — else the outlet whose page or account it is (its masthead, an account's line
above the article: dev7's, dev8's and dev9's labellers alike), else none (facts.py).
Type: what the document calls itself — the genre word that ends its title (关于报送台账的通知 → 通知; a news
headline that mentions a 报告 in passing is not one), as a clerk writes it in the catalogue's 材料类型 column:
通知 函 方案 要点 计划 规划 意见 决定 通报 请示 批复 公告 办法 规定 … 报告 汇报 总结 简报; minutes 会议纪要 or
会议记录 as titled; tables 台账 统计表 一览表 登记表 汇总表 明细表 清单 名单 名录 自评表 … as
titled (台帐 → 台账), 统计表 for a table naming no genre of its own (…情况表, …表, or a grid of figures
under a title naming none); forms and statements as titled (申报表 is no 报表: 申报表 审批表 申请表
承诺书 责任书 说明 情况说明); sign-in sheets 签到表 (签到册/签名表 … alike); news 新闻报道.
Decided for issue 15 (formerly mapped onto the register's broader words: 台账/一览表/名单 → 统计表, 意见/请示/批复/
办法 → 正式文件, 计划/要点 → 方案, 会议记录 → 会议纪要): the one corpus labelled by a clerk told no vocabulary (dev7)
writes the title's own word for every one of these, the six older corpora the broader word only because they were
told ours; the narrower word is what the file calls itself and what an assessor looks for, and nothing downstream
needs the broader one (narrative.py reads 纪要/记录, 函, 照片 in it). The same evidence decided the organ rules for
joint issuers (all, not the lead), sign-in sheets (主办单位) and news (来源). A bulletin issue (a …简报, …工作动态
or …专报 masthead with 第N期) → 简报 whatever its headline (also 关于…的报告); a paper titled …工作动态 or …信息专报
without an issue number is one too; …经验材料, …典型案例 as titled. A title naming no type (…工作开展情况)
with nothing in the content to tell: no type (null), never a guessed 其他.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from ipdocs.base.yamlfile import read_yaml
from ipdocs.extract.dates import dates_in
from ipdocs.extract.docnumber import NUMBER, vocabulary
from ipdocs.extract.media import media
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Document, Line, Page, lines_from_boxes

ORGAN_END = re.compile(r"(人民政府|人民法院|人民检察院|法院|检察院|委员会|办公室|办公厅|监督管理局|领导小组|海关|"
                       r"局|委|厅|部|办|中心|公司|分局|政府|协会|联合会|商会|集团|办事处|大队|支队|党组|党委|工委|"
                       r"管委会|所|站)(文件)?$")
ORGAN_TAIL = re.compile(r"人民政府|委员会|办公室|办公厅|监督管理局|领导小组|中心|分局|局|厅|委|院|部|办|政府|公司|"
                        r"大队|支队|协会|所|站")  # where an organ name may end, inside a longer reading
TITLE_END = re.compile(r"(通知|纪要|记录|方案|细则|意见|总结|台账|报道|函|报告|办法|决定|批复|请示|要点|规划|"
                       r"计划|通报|公告|统计表|登记表|一览表|明细表|汇总表|签到表|清单|名单|名录|自评表|报表|登记簿|登记册|花名册|台帐|"
                       r"申报表|申请表|审批表|报名表|推荐表|备案表|承诺书|责任书|倡议书|情况说明|"
                       # a unit's other papers (not words a wrapped line of prose may end with: 有关规定, 制度)
                       r"汇报|讲话|讲话稿|通告|决议|协议书|备忘录|"
                       # a unit's account of its work as it titles it (…检查考核汇报材料, …典型案例)
                       r"(?:汇报|经验|交流|书面)材料|经验做法|典型案例)$")
# a byline's 来源：, not a table's note on where its figures come from (数据来源：…局统计系统, 资料来源：…)
BYLINE_SOURCE = r"(?<!数据)(?<!资料)来源[:：]"
# a site's 注册 (sign-up) link, a short line of its own; not 注册商 / 标 where a headline wraps inside 注册商标, nor
# a title's 商标注册 (…商标注册情况分析报告)
META = re.compile(r"首页|登录|^.{0,8}注册(?!商|资本|地|证|号)\S{0,3}$|当前位置|" + BYLINE_SOURCE
                  + r"|发布时间|发布日期|作者[:：]|浏览|阅读|"
                  r"责任编辑|(?<!老)字号|打印|分享|"  # a page's font-size control, not a 老字号 brand
                  r"http|www\.|\.com|\.cn|[>＞»›]|门户网站|客户端$|APP$|公众号$|^\d{1,2}:\d{2}|返回|搜索|"
                  r"[|｜].*[|｜]|^\S{1,6}\s*[|｜]\s*\S{1,6}$|"  # a navigation bar (a headline may hold one ｜)
                  r"^.{1,10}(网|发布|在线|新闻|融媒|头条|日报|晚报|电视台|之声|数字报|电子报)$"  # a site or app bar
                  r"|^.{0,6}(动态|要闻|资讯|频道|专栏|专题|快讯)$"  # a column's name (政务动态, 部门动态)
                  r"|^.{2,20}信息公开(网|专栏|平台)?$")  # an open-government page's banner
NEWS = re.compile(BYLINE_SOURCE + r"|记者|通讯员|网讯|日讯|责任编辑|发布时间|发布日期")  # a news report's byline
# a web or app page's byline: a headline quoting a 方案 or ending in 报告 there is news about one, not the document
# (a WeChat article's: the account, the day and the time on one line)
BYLINE = re.compile(BYLINE_SOURCE + r"|责任编辑|发布时间|发布日期|阅读\s*\d|发表于|^原创|来自微博|weibo\.com"
                    r"|^本(?:报|台|网)讯"  # a paper's dateline (本报讯（记者…）)
                    r"|(?:澎湃|百家|头条|企鹅|网易|搜狐|大风|一点)号"  # an account on a news platform
                    r"|^(?!\S{0,4}(?:时间|日期))"  # a form's 会议时间 | 2023年8月1日 14:30, not an account's line
                    r"[\u4e00-\u9fff\w]{2,16}\s*(?:19|20)\d\d[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d\d")
# a news report's reporter line (央视新闻客户端记者某某, 本报记者某某 通讯员某某): short, no sentence
REPORTER = re.compile(r"^[^，。,:：]{0,16}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}(?:\s|通讯员|$)")
XLSX_NOTE = re.compile(r"单位[:：]|日期|时间|编号|^\d{4}[-年./]|^[（(]")  # beside a sheet's title in its row
# a 政府信息公开 page's grid (索引号, 发布机构, 发文字号): the page publishes the document itself, not news about it
OPEN_INFO = re.compile(r"索引号|发布机构|发文字号")
PUBLISHED_BY = re.compile(r"(?:发布机构|发文机关)[:：]?\s*([^\s:：]+)")
POST_TITLE = re.compile(r"(?:^|#|\n)【([^【】\d〔〕]{0,4}[\u4e00-\u9fff][^【】]{3,60}?)】")
MASTHEADS = {"会议纪要", "纪要", "会议记录", "简报", "工作简报", "工作动态"}  # a periodical's big mark, not its title
# a minutes' or form's field (时间： 主持人：), never a title (a headline may start 韶关：)
LABEL = re.compile(r"^(?:会议)?(?:时间|日期|地点|主持人?|记录人?|参[会加](?:人员|单位)|出席|列席|缺席|议题|内容)[:：]"
                   r"|^(?:会议)?(?:时间|日期)\s*(?:19|20)\d\d")  # a form's cells read as one (时间 | 2023.6.15)
SEAL_NOTE = re.compile(r"[（(](?:盖章|公章|印章|签章|章)[）)]")  # 某某局（盖章）
CLOSING = re.compile(r"特此|此复|专此|此致|敬礼|以上|附件")  # the body's closing words above a signature
# a page header's or a classification mark's words, never the first part of an organ's name
NOT_NAME = re.compile(r"内部|资料|注意|保存|秘密|机密|绝密|公开|特急|加急|急件|密级|保密|期限")
# a routing slip in front of a document
SLIP = re.compile(r"(处理笺|处理单|阅办单|阅文单|传阅单|收文登记单?|阅办笺|发文稿纸|发文稿笺|发文处理单|发文单)$")
# a closing date OCR misread (2023年4街14日, 2023年10月日, 12023年3月1 under a seal): on a scan, still the line
# under the signature
SIGNED_ON = re.compile(r"^\d?(?:19|20)\d\d年\d{1,2}\S{0,4}$"
                       r"|^二[〇○0OoＯ零][〇○0OoＯ零一二三四五六七八九]{2}年\S{1,6}日$"
                       # 二〇二三年五月六日 with the year's characters misread or lost under the seal (1〇二三年,
                       # 二6二三年, 十0二三年, 6二三年, 上三年): a numeral of it left, its month and day in words
                       r"|^(?=[^年]{0,3}[〇○0OoＯ零一二三四五六七八九\d])\S{1,4}年[一二三四五六七八九十]{1,2}月"
                       r"[一二三四五六七八九十]{1,4}日$"
                       r"|^\d{4}年(?:[1-9]|1[0-2])月\d{1,2}日$")  # the same once normalised (2623年5月6日)
STRAY_AFTER = re.compile(r"(局|厅|委员会|政府|办公室|中心|法院|检察院)$")  # a name's end a seal's stroke may follow
RECORDER = re.compile(r"(?m)(?:^|\t)\s*记\s*录(?:\s*人)?\s*[:：]?\s*[\u4e00-\u9fff]{2,3}(?:\s|$)")
SPEAKER = re.compile(r"(?m)^(?!主持|记录|参加|参会|出席|列席|时间|地点|议题|会议)[\u4e00-\u9fff]{2,3}[:：]\s*\S{4,}")
ATTACHMENT = re.compile(r"^(?:附件|附表)\s*[\d一二三四五六七八九十]*\s*[:：]\s*")
# a sheet's instructions written above its title (说明：本表由…报送。), not a line of the title
SHEET_INSTRUCTIONS = re.compile(r"^(?:填表|填报)?(?:说明|注意事项|备注|注)\s*[:：]|[。；;]$")
# alone on its line: 第5期, 〔2023〕第4期, 2023年第5期, 总第12期
ISSUE_LINE = re.compile(r"[（(]?(?:〔(?:19|20)\d\d〕|(?:19|20)\d\d年)?总?第\s*[\d一二三四五六七八九十〇]+\s*期[）)]?")
PERIODICAL = r"(?:简报|动态|专报|快报|信息|通讯)"  # a bulletin's masthead ends so (…工作简报, 工作动态, 知识产权信息)
BULLETIN = re.compile(r"\S{0,12}" + PERIODICAL + r"\s*" + ISSUE_LINE.pattern)  # a masthead and its issue (…简报第5期)
EDITED_BY = re.compile(r"^(?:(?:编印|主办|主编|编辑)(?:单位)?[:：]\s*(\S{4,40})|(\S{4,40}?)\s*(?:编印|编))$")
# an issue number under a masthead (第5期, 2023年第5期, 〔2023〕第5期)
ISSUE = re.compile(r"^[（(]?(?:〔(?:19|20)\d\d〕|(?:19|20)\d\d年)?总?第\s*[\d一二三四五六七八九十〇]+\s*期[）)]?")
# a 文号 line whose brackets OCR lost or misread as digits (三县市发1202273号)
GARBLED_NUMBER = re.compile(r"^(?!关于)[\u4e00-\u9fff]{1,10}[^\u4e00-\u9fff]?(?:19|20)\d\d\D?\d{1,4}号$")
MARK_CELL = re.compile(r"(?<=[局委厅部办院室府组会])\t+文\s*件?$")  # organ | 文件 in a header table's two cells
MARK_END = re.compile(r"文[件作伴仵]$")  # an organ mark's last word (文件), also as OCR misreads it
FIELD_BEFORE_TITLE = re.compile(r"^(?:会议名称|会议主题)[:：]?|^(?:名称|标题)[:：]"
                                r"|^(?:填报|报送|制表)?单位(?:[（(]盖章[)）][:：]?|[:：])\S*?(?:局|办|委|院|部|中心|政府|公司)(?=\S)")
SIGNER = re.compile(r"(?<=文件)\s*签发人[:：]?\s*[\u4e00-\u9fff]{2,4}$")  # 某某局文件 签发人：张三, one line
FILLED_BY = re.compile(r"(?:填报|报送|制表|编制)(?:单位|人|日期|时间)")  # a ledger's 填报单位（盖章）：… line
PAGE_NUMBER = re.compile(r"^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\d+页")
SPACES_IN_CJK = re.compile(r"(?<=[\u3400-\u9fff（）《》“”、，])[ \t\u3000]+(?=[\u3400-\u9fff（）《》“”、，])")
# (word in the title, type); where several occur, the one ending last wins.
TYPES = [("会议纪要", "会议纪要"), ("纪要", "会议纪要"), ("会议记录", "会议记录"), ("会记录", "会议记录"),
         ("签到表", "签到表"), ("签到", "签到表"), ("签到册", "签到表"), ("签到簿", "签到表"), ("签到单", "签到表"),
         ("签名册", "签到表"), ("签名表", "签到表"), ("签字表", "签到表"), ("签名簿", "签到表"),
         ("通知", "通知"), ("通报", "通报"), ("方案", "方案"), ("要点", "要点"), ("计划", "计划"), ("规划", "规划"),
         ("简报", "简报"), ("通讯稿", "通讯稿"), ("截图", "截图"),
         ("台账", "台账"), ("台帐", "台账"), ("统计表", "统计表"), ("登记表", "登记表"), ("一览表", "一览表"),
         ("明细表", "明细表"), ("汇总表", "汇总表"), ("清单", "清单"), ("报表", "报表"), ("名单", "名单"),
         ("花名册", "花名册"), ("登记册", "登记册"), ("登记簿", "登记簿"), ("名录", "名录"),
         ("自评表", "自评表"),  # an assessment's self-scoring sheet, as it titles itself (not a 统计表 of figures)
         ("列表", "统计表"), ("情况表", "统计表"), ("记录表", "统计表"), ("表", "统计表"),  # a table naming no genre
         ("函", "函"), ("意见", "意见"), ("决定", "决定"), ("请示", "请示"), ("批复", "批复"), ("公告", "公告"),
         ("通告", "通告"), ("决议", "决议"), ("细则", "细则"), ("办法", "办法"), ("规定", "规定"), ("制度", "制度"),
         ("规则", "规则"), ("指引", "指引"),
         ("总结", "总结"), ("报告", "报告"), ("汇报", "汇报"), ("报道", "新闻报道"),
         # forms and statements, each a genre of its own (申报表 is no 报表, 审批表 no 统计表)
         ("申报表", "申报表"), ("申请表", "申请表"), ("审批表", "审批表"), ("报名表", "报名表"), ("推荐表", "推荐表"),
         ("备案表", "备案表"), ("承诺书", "承诺书"), ("责任书", "责任书"), ("倡议书", "倡议书"), ("说明", "说明"),
         ("情况说明", "情况说明"),
         # a speech, an agreement, a memorandum, a certificate: as titled (讲话稿 is a 讲话, 协议书 a 协议)
         ("讲话", "讲话"), ("讲话稿", "讲话"), ("发言", "发言"), ("发言稿", "发言"), ("致辞", "致辞"),
         ("协议", "协议"), ("协议书", "协议"), ("备忘录", "备忘录"), ("证明", "证明"),
         # a unit's papers on its work as it titles them: a bulletin's other names (…工作动态, …信息专报, 第N期 or
         # not) are 简报; an account of its experience or its cases as called (…经验材料, …典型案例)
         ("工作动态", "简报"), ("信息专报", "简报"), ("专报", "简报"), ("快报", "简报"), ("工作简报", "简报"),
         ("经验材料", "经验材料"), ("经验做法", "经验做法"), ("典型经验", "典型经验"), ("典型案例", "典型案例")]
# the table genres a ledger or list calls itself (kept as printed; 统计表 for one naming none)
LEDGERS = frozenset(("台账", "统计表", "登记表", "一览表", "明细表", "汇总表", "清单", "报表", "名单", "名录", "自评表",
                     "花名册", "登记册", "登记簿"))
MINUTES = frozenset(("会议纪要", "会议记录"))
# documents a web page reports on rather than is (a headline ending …报告 under a byline is news about one)
DOCUMENTS = frozenset(("报告", "汇报", "总结", "方案", "要点", "计划", "规划", "意见", "决定", "通报", "请示", "批复",
                       "公告", "通告", "决议", "细则", "办法", "规定", "制度", "规则", "指引", "说明", "情况说明",
                       "承诺书", "责任书", "倡议书", "讲话", "发言", "致辞", "协议", "备忘录", "证明", "经验材料",
                       "经验做法", "典型经验", "典型案例"))
# what an issue of a bulletin carries under a headline of its own (关于…的报告 in a 简报)
CARRIED = frozenset(("报告", "汇报", "总结", "说明", "情况说明", "通报"))


def clean(text: str, ocr: bool = False) -> str:
    text = normalize(text, ocr, quantities=False)  # as printed: 第一次, 三项
    return SPACES_IN_CJK.sub("", re.sub(r"\s*\n\s*", "", text.strip()))  # a line break inside a paragraph


def _titled(text: str) -> bool:
    """Whether a line reads as a document's title: 关于… or ending with a document type."""
    return text.startswith("关于") or bool(TITLE_END.search(text))


def _is_number_line(text: str) -> bool:
    if GARBLED_NUMBER.match(text):
        return True
    m = NUMBER.search(text)
    return bool(m) and not text.startswith("关于") and (len(m.group(0)) >= 0.6 * len(text) or "签发人" in text
                                                        or m.start() <= 1)


def _is_date_line(text: str) -> bool:
    found = dates_in(text)
    return bool(found) and sum(len(t) for _, t, _ in found) >= 0.6 * len(text)


def _is_meta(text: str, outlets: list[str]) -> bool:
    if META.search(text):
        return True
    if len(text) > max(map(len, outlets), default=0) + 6:  # longer than any outlet's line: no search
        return False
    return any(o in text and len(text) <= len(o) + 6 for o in outlets)


def _is_organ(text: str) -> bool:
    return bool(ORGAN_END.search(text)) and len(text) <= 40 and not text.startswith("关于") and "〔" not in text \
        and not re.search(r"[\d:：，。]", text)


def _skip(text: str, outlets: list[str]) -> bool:
    return (not text or PAGE_NUMBER.match(text) or _is_number_line(text) or _is_date_line(text)
            or _is_meta(text, outlets) or text.endswith(("：", ":")) or bool(LABEL.match(text))
            or bool(FILLED_BY.match(text)))


Block = tuple[str, float, bool, list[str], bool]
# a draft's, a trial's or a revision's mark, part of the title it stands under (…办法 / （征求意见稿）)
DRAFT = re.compile(r"[（(](?:征求意见稿|送审稿|讨论稿|审议稿|报批稿|草案|草案稿|草稿|初稿|代拟稿|修订稿|修改稿|"
                   r"修订草案|试行|暂行|修订|\d{4}年修订|(?:19|20)\d\d[—–\-－~～至](?:19|20)\d\d年?)[)）]")
# a body's numbered item (一、 一丶 as OCR reads 、, 1. 2、, （一）), never a title
ENUMERATED = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、丶，,．.]|\d{1,2}[、.．](?!\d)"
                        r"|[（(][一二三四五六七八九十\d]{1,3}[)）])")
WIDE_TITLE = 1.35  # the widest gap, in line heights, between a centred title's lines (2.2× spacing: 1.2)


def _blocks(lines: list[Line], outlets: list[str], exact: bool = False) -> list[Block]:
    """Lines near the top joined into blocks — same size, closely spaced (a wrapped title or organ mark) —
    as (text, size, skipped: a 文号/date/site/salutation line, the lines' texts, centred). `exact`: Word paragraphs,
    whose sizes are the fonts' own and whose positions are paragraph numbers: only the same size and alignment
    join."""
    blocks: list[list] = []
    for ln in lines[:16]:
        skipped = bool(_skip(ln.text, outlets))
        # a headline's last few characters alone on a line (…十大典型案 / 例发布, …获省级通报 / 表扬): not a site's
        # name (…发布) nor a title ended at its type word, when the line stands as big and as close as the line above
        tail = bool(blocks and len(ln.text) <= 4 and not blocks[-1][2] and len(blocks[-1][0]) >= 8 and not exact
                    and abs(_glyph_size(ln) - blocks[-1][3].size) <= 0.15 * max(_glyph_size(ln), blocks[-1][3].size)
                    and ln.y0 - blocks[-1][3].y1 < 0.8 * max(ln.size, blocks[-1][3].size)
                    and not (PAGE_NUMBER.match(ln.text) or _is_number_line(ln.text) or _is_date_line(ln.text)
                             or LABEL.match(ln.text) or ln.text.endswith(("：", ":")) or _is_organ(ln.text)
                             or ISSUE.match(ln.text) or ln.text in ("序号", "编号")))  # 第9期, a table's first cell
        skipped = skipped and not tail
        # a title ends at its type word, unless the next line ends with one too (…“十四五”规划 / 实施…的通知)
        ended = bool(blocks and TITLE_END.search(blocks[-1][0]) and not TITLE_END.search(ln.text)
                     and not ln.text.startswith(("（", "(")) and not tail)
        if blocks and not skipped and not blocks[-1][2] and not ended and not REPORTER.search(ln.text):
            last = blocks[-1][3]  # (a reporter's line under a headline is never part of it)
            most = max(ln.size, last.size)
            # a centred title's lines, or a left-aligned one's (lines starting at one x), may stand further apart
            spacing = 1.0 if ln.centred and last.centred or not exact and abs(ln.x0 - last.x0) <= 0.5 * most \
                and len(last.text) >= 8 else 0.8
            # a centred title set at 1.5×–2.2× line spacing (双倍行距: the gap as tall as the line or a little more);
            # an organ line of the title's size right above it is the title's head (…局 / 2023年…工作总结), but never
            # a red mark (…文件) above it nor an organ line under it
            if ln.centred and last.centred and not MARK_END.search(blocks[-1][0]) and not _is_organ(ln.text):
                spacing = WIDE_TITLE
            # a draft's or trial's mark on a line of its own under the title, in a smaller face (（征求意见稿）)
            draft = bool(DRAFT.fullmatch(ln.text)) and len(blocks[-1][0]) >= 6 and not last.text.endswith(("）", ")")) \
                and ln.y0 - last.y1 < (1 if exact else 1.5 * most)
            if tail or draft or _type_word_below(blocks[-1][0], ln, last) or (
                    # Word paragraphs: not across an empty paragraph (an organ line, a blank line, the title)
                    (abs(ln.size - last.size) <= 0.25 and ln.centred == last.centred and ln.y0 - last.y1 < 1)
                    if exact else
                    (abs(ln.size - last.size) <= 0.15 * most and ln.y0 - last.y1 < spacing * most)):
                blocks[-1][0] += ln.text
                blocks[-1][3] = ln
                blocks[-1][4].append(ln.text)
                continue
        blocks.append([ln.text, ln.size, skipped, ln, [ln.text]])
    return [(text, size, skipped, parts, bool(last.centred)) for text, size, skipped, last, parts in blocks]


def _glyph_size(ln: Line) -> float:
    """A line's size; of a short OCR line with a quotation mark or bracket (度” ending a headline) its width per
    character, as those marks print as wide as a character in Chinese fonts (the line's size counts them half)."""
    if ln.x1 > ln.x0 and re.search(r"[“”‘’]", ln.text):
        return min(ln.size, (ln.x1 - ln.x0) / len(ln.text))
    return ln.size


def _type_word_below(above: str, ln: Line, last: Line) -> bool:
    """A title's last word, or its last characters, alone on the next line (…领导小组会议 / 记录, …考核的通 / 知):
    OCR sizes a short line by its width, so its size says nothing. Not a masthead's big 纪要 under a name."""
    word = bool(TITLE_END.fullmatch(ln.text)) or not TITLE_END.search(above) and bool(TITLE_END.search(above + ln.text))
    return len(ln.text) <= 3 and word and ln.text not in MASTHEADS \
        and not _is_organ(above) and len(above) >= 6 and ln.y0 - last.y1 < 1.2 * max(ln.size, last.size) \
        and bool(ln.centred or ln.centred is None)


def _each(organ: str, repair) -> str:
    """Joint issuers (…局、…局) repaired one name at a time; a name the repair gives up on is left out."""
    return "、".join(n for n in (repair(name) for name in organ.split("、")) if n)


def _joint(parts: list[str]) -> str:
    """Joint issuers, one full organ name per line of the organ mark (…市场监督管理局 / …公安分局), all of them
    (the red header prints each whole, where a seal may break the signature's); "" for one organ, also one wrapped
    over two lines (…领导小组 / 办公室: a tail too short to be a name)."""
    names = [re.sub(r"\s*文件$", "", p).strip() for p in parts]  # 文件 beside the middle name (…公安局⇥文件)
    names = names[:-1] if len(names) >= 3 and not names[-1] else names  # 文件 on a line of its own after the names
    for i in range(len(names) - 1, 0, -1):  # a name's last characters wrapped in its cell (…领导小组办 / 公室)
        if 0 < len(names[i]) < 6 and ORGAN_END.search(names[i - 1] + names[i]):
            names[i - 1:i + 1] = [names[i - 1] + names[i]]
    return "、".join(names) if len(names) >= 2 and all(len(n) >= 6 and _is_organ(n) for n in names) else ""


def _inner_mark(text: str) -> str:
    """A mark's text with the 文件 of a cell beside a wrapped name read into it (…领导小组办 | 文件 / 公室) left
    out; as it is otherwise."""
    name = re.sub(r"文件(?=[^文\s]{1,5}$)", "", text)
    return name if name != text and _is_organ(name) else text


def _organ_mark(blocks: list[Block]) -> tuple[str, set[str]]:
    """The issuing organ at the top of the page and the blocks its mark takes: of joint issuers printed in blocks
    of their own (each a full name) the lead (first) one; a mark wrapped into blocks of two sizes whose head is no
    name of its own (…制售假冒 / 伪劣商品工作领导小组办公室) joined whole."""
    titled = next((i for i, b in enumerate(blocks) if not b[2] and _titled(b[0]) and b[0] not in MASTHEADS),
                  len(blocks))
    top = [(i, b) for i, b in enumerate(blocks[:min(4, titled)]) if not b[2]][:3]  # above the title
    for at, (i, (text, _, _, parts, _)) in enumerate(top):
        marked = bool(MARK_END.search(text)) and len(text) >= 6 and not re.search(r"[\d:：，。]", text) \
            and not text.startswith("关于")  # …文件, however OCR misread the name before it
        own = _joint(parts) or _inner_mark(text)
        if not (_joint(parts) or _is_organ(own) and not TITLE_END.search(text) or marked):
            continue
        if i + 1 < len(blocks) and NEWS.search(blocks[i + 1][0]) and not marked:
            continue  # a headline over its byline (…成立首家…工作站 / 某某客户端记者…): news, not an organ mark
        names, marks = [own], {text}
        for _, (more, _, _, more_parts, _) in top[at + 1:]:
            name = _joint(more_parts) or _inner_mark(more)
            if len(name) < 6 or not _is_organ(name) or TITLE_END.search(name):
                break
            names.append(name)
            marks.add(more)
        after = top[at + 1][1][0] if at + 1 < len(top) else ""
        if len(names) == 1 and len(after) < 6 and _is_organ(after) and top[at + 1][0] == i + 1:
            return MARK_END.sub("", text) + after, {text, after}  # …领导小组 / 办公室 on a line of its own
        before = blocks[i - 1][0] if i else ""
        if len(names) == 1 and before and not blocks[i - 1][2] and not _is_organ(before) and len(before) >= 4 \
                and not before.startswith("关于") and not TITLE_END.search(before) \
                and not re.search(r"[\d:：，。]", before) and not NOT_NAME.search(before) and not SLIP.search(before) \
                and (_is_organ(before + text) or marked):
            return MARK_END.sub("", before + text), {before, text}
        return MARK_END.sub("", names[0]), marks  # joint issuers: the lead one
    return "", set()


def _body_size(lines: list[Line]) -> float:
    """The body text's size: the median size of the page's characters (a title's few big lines do not move it,
    however short the page)."""
    weighted = sorted((ln.size, len(ln.text)) for ln in lines)
    half, seen = sum(n for _, n in weighted) / 2, 0
    for size, n in weighted:
        seen += n
        if seen >= half:
            return size
    return weighted[-1][0]


def _layout(lines: list[Line], outlets: list[str], exact: bool = False) -> tuple[str, str]:
    """(title, organ) from sized lines, or ("", "") when sizes say nothing."""
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return "", ""
    body = _body_size(sized)
    blocks = _blocks(lines, outlets, exact)
    organ, marks = _organ_mark(blocks)
    # bigger than the body; a centred line naming a document type may stand only as big as the body's median (a
    # register's rows, cells of several heights measured as one line, push the median up)
    candidates = [(text, size) for text, size, skipped, _, centred in blocks if not skipped and text not in marks
                  and (size >= body * 1.1 or size >= body and centred and _titled(text))
                  and 4 <= len(text) <= 80 and not text.endswith("。")  # not a sentence
                  and not ENUMERATED.match(text)  # nor a numbered item of the body (一、…台账, 1.…)
                  and not re.match(r"[，。、；：,.;:·]", text)  # nor the rest of a sentence wrapped from above
                  and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 4]  # nor OCR's scraps of a 文号 (]73号)
    # a meeting's name over a big 纪要 of its own (…联席会议 / 纪　要): one title, the name's and the word's
    for above, below in zip(blocks, blocks[1:8], strict=False):
        if below[0] in ("纪要", "记录") and not below[2] and below[1] >= body * 1.1 \
                and (above[0], above[1]) in candidates and not TITLE_END.search(above[0]) and not _is_organ(above[0]):
            candidates = [(text + below[0], max(size, below[1])) if text == above[0] else (text, size)
                          for text, size in candidates]
    # a red header: what stands above its 文号 line is the organ mark, however OCR misread it, when a title follows
    numbered = next((i for i, block in enumerate(blocks[:8]) if block[2] and _is_number_line(block[0])), None)
    if numbered is not None and any(_titled(block[0]) for block in blocks[numbered + 1:numbered + 4]):
        above = {block[0] for block in blocks[:numbered] if not _titled(block[0])}
        candidates = [(text, size) for text, size in candidates if text not in above]
    # a periodical's masthead (会议纪要, or a name over a big 纪要; 第3期; the office and the issue date) above the
    # title: the title is the biggest block after it
    masthead = next((i for i, block in enumerate(blocks[:5]) if block[0] in MASTHEADS or re.search(
        r"(纪要|简报|动态)$", block[0]) and any(ISSUE.match(b[0]) for b in blocks[i + 1:i + 3])), None)
    later = {block[0] for block in blocks[masthead + 1:]} if masthead is not None else set()
    if any(text in later for text, _ in candidates):
        rest = [(text, size) for text, size in candidates if text in later]
        return next(text for text, size in rest if size >= max(s for _, s in rest) * 0.9), organ
    if not candidates:
        return "", organ
    byline = next((i for i, block in enumerate(blocks) if BYLINE.search(block[0])), 0)
    if byline and blocks[byline - 1][0] in {text for text, _ in candidates}:
        # a web or app page: the headline right above its byline, not the banner; above a smaller subtitle (副题)
        above = blocks[byline - 2] if byline >= 2 else None
        if above and above[0] in {text for text, _ in candidates} and above[1] >= 1.25 * blocks[byline - 1][1]:
            return above[0], organ
        return blocks[byline - 1][0], organ
    biggest = max(size for _, size in candidates)
    at = next(i for i, (_, size) in enumerate(candidates) if size >= biggest * 0.9)
    if at and TITLE_END.search(candidates[0][0]) and candidates[0][1] >= biggest * 0.75:
        at = 0  # the first block names a document type: the title, not a table's tall row below it
    typed = [i for i, (text, size) in enumerate(candidates[at + 1:at + 3], at + 1) if len(text) >= 8
             and _titled(text) and size >= biggest * 0.7 and not re.match(r"[—―－\-一二三四五六七八九十（(\d]", text)]
    if not _titled(candidates[at][0]) and typed:
        at = typed[0]  # a cover line bigger than the title (…检查考核材料 over …自查报告): the title names the genre
    title = candidates[at][0]
    texts = [block[0] for block in blocks]
    if at and len(title) <= 6 and TITLE_END.search(title) and texts[texts.index(title) - 1] == candidates[at - 1][0]:
        title = candidates[at - 1][0] + title  # a minutes header: the big 会议纪要 and the name right above it
    below = blocks[texts.index(title) + 1][3][0] if title in texts and texts.index(title) + 1 < len(blocks) else ""
    if re.match(r"[—―－-]{1,2}[\u4e00-\u9fff]", below) and len(below) <= 40 and not TITLE_END.search(title):
        title += "——" + below.lstrip("—―－-")  # a main title and its subtitle (凝心聚力护航创新 / ——…工作总结)
    return title, organ


def _text_title(texts: list[str], organ_lines: set[int], outlets: list[str]) -> str:
    for i, ln in enumerate(texts):
        if i in organ_lines or _skip(ln, outlets) or ENUMERATED.match(ln):  # not an agenda's item (1、听取…汇报)
            continue
        if ln.startswith("关于") or TITLE_END.search(ln):
            title = ln
            above = texts[i - 1] if i > 0 and i - 1 not in organ_lines and not _skip(texts[i - 1], outlets) else ""
            if above and (len(ln) < 8 or "关于" in above and not ln.startswith("关于")
                          and not re.search(r"[，。：:]", above)):
                title = above + ln  # the tail of a title wrapped from above (…关于开 / 展…的通知)
            for more in texts[i + 1:i + 3]:  # a long title wraps onto the next lines
                if DRAFT.fullmatch(more):
                    title += more  # its draft's mark under it (（征求意见稿）)
                    break
                if (TITLE_END.search(title) and not title.endswith("的")) or _skip(more, outlets) \
                        or len(more) > 30:
                    break
                title += more
            return title
    # a record's form naming the meeting in its field (会议名称：某局局务会) with no heading of its own
    named = next((m.group(1) for m in map(MEETING_NAME.match, texts) if m), "")
    return named or next((ln for i, ln in enumerate(texts) if 6 <= len(ln) <= 60 and i not in organ_lines
                          and not _skip(ln, outlets) and not re.search(r"[。\t]", ln)
                          and not ENUMERATED.match(ln)), "")  # not a sentence, not a row, not an item


def _organ(texts: list[str]) -> tuple[str, set[int]]:
    """The issuing organ at the top (lines it takes), joined when the organ mark wraps onto a second line; above the
    title only (a short page's signature may stand among its first four lines)."""
    for i, ln in enumerate(texts[:4]):
        if _titled(ln) and not _is_organ(ln):
            break
        if _is_organ(ln):
            before = texts[i - 1] if 0 < i < 4 else ""
            if before and not _is_organ(before) and not before.startswith("关于") and len(before) >= 4 \
                    and not NOT_NAME.search(before) and not SLIP.search(before) \
                    and not re.search(r"[\d：:，。]", before):
                return re.sub(r"文件$", "", before + ln), {i - 1, i}
            return re.sub(r"文件$", "", ln), {i}
    return "", set()


def _merged_once(line: str) -> str:
    """A table row whose one cell is merged across it (a ledger's title row), which Word's grid gives once per
    column it spans: the cell once; any other line as it is."""
    cells = {c.strip() for c in line.split("\t")}
    return cells.pop() if "\t" in line and len(cells) == 1 else line


def _rereading(a: str, b: str) -> str:
    """Two OCR readings of one line, the second read again without the seal over it and starting up to two
    (misread) characters into the first's tail (乐昌市打击侵权假冒工作领 / 丁击侵权假冒工作领导小组办公室), joined
    where they overlap by at least four characters; "" where they do not. One reading holding the other whole
    (市清源区… / 泉安市清源区…, the seal's edge cutting the place's head): the longer."""
    if len(a) >= 4 and len(b) >= 4 and (a in b or b in a):
        return max(a, b, key=len)
    for k in range(min(len(a), len(b)), 3, -1):
        for skip in (0, 1, 2):
            if b[skip:skip + k] == a[-k:]:
                return a + b[skip + k:]
    # the whole line read twice, the second time without its first characters and with other slips
    # (淮宁市东湖区打击侵权假宝作领导小组公室 / 东湖区打击侵权假冒工作领导小组办公室): the first's head, the second;
    # the second's first character may itself be misread where the seal's edge cuts it (…河东区… / 可东区…)
    for skip in (0, 1):
        at = a.find(b[skip:skip + 3]) if len(b) >= 8 else -1
        if at > skip and _distance(a[at:], b[skip:]) <= max(2, len(b) // 4):
            return a[:at] + b[skip:]
    return ""


def _beside_field(text: str) -> str:
    """A heading OCR read into one line with a form's field printed beside it (时间：2023.10.2 + …签到表): the
    heading; any other line as it is."""
    text = SIGNER.sub("", text)  # an organ mark OCR read into one line with the 签发人 beside it
    field = LABEL.match(text)
    found = dates_in(text) if field else []
    at = text.find(found[0][1]) if found else -1
    rest = text[at + len(found[0][1]):].strip() if field and 0 <= at <= field.end() + 1 else ""
    named = FIELD_BEFORE_TITLE.match(text)  # 会议名称 + the heading; 填报单位：the unit + the heading
    rest = rest or (text[named.end():] if named else "")
    return rest if len(rest) >= 6 and TITLE_END.search(rest) and not re.search(r"[:：，。]", rest) else text


# a form's 会议名称 field and its value, up to the next cell (a tab, or as OCR runs cells together the next field:
# 会议名称：某局局务会叶某某：…)
MEETING_NAME = re.compile(r"^会议名称[:：]?\s*([^\t:：，。]{2,38}?会议?)\s*(?=\t|$|[\u4e00-\u9fff]{2,4}[:：])")
NAV_ITEM = re.compile(r"[·•▪■◆●▶►]\s*\S")  # an item of a list of links
NAV_HEAD = re.compile(r"(?:本版|版面|本期)?(?:导航|导读|目录)")


def _main_column(page) -> list[Line]:
    """An OCR page's lines without a column of pieces in its right half that sit beside the main text (a portal's
    sidebar: 热点新闻 and related headlines, three or more starting at one x, one at least on a line of the main
    text): those pieces' lines come after the page's, so a wrapped headline's next line follows it."""
    width, boxes = page.width, page.boxes
    beside = [b for b in boxes if b[0] >= 0.55 * width]
    column: list = []
    for start in sorted({round(b[0]) for b in beside}):
        near = [b for b in beside if abs(b[0] - start) <= 0.02 * width]
        if len(near) >= 3 and len(near) > len(column) and any(
                o[2] < b[0] and o[0] < 0.45 * width and min(o[3], b[3]) - max(o[1], b[1]) > 0
                for b in near for o in boxes):
            column = near
    # a digital paper's or portal's list of other items in a left column (本版导航 over ·headlines), beside the
    # article: after the page's lines, so the headline beside its head is no cell of a row with it
    listed = [b for b in boxes if b[2] <= 0.4 * width and (NAV_ITEM.match(b[4].strip()) or NAV_HEAD.fullmatch(
        "".join(b[4].split())))]
    beside = any(o[0] > b[2] and min(o[3], b[3]) - max(o[1], b[1]) > 0 for b in listed for o in boxes)
    column = column or (listed if len(listed) >= 3 and beside else [])
    if not column:
        return page.lines
    rest = [b for b in boxes if b not in column]
    return lines_from_boxes(rest, width, em_size=True) + lines_from_boxes(column, width, em_size=True)


def _one_reading(lines: list[Line]) -> list[Line]:
    """OCR lines with two readings of one printed line (read again without the seal over it; the boxes overlap)
    kept once: the longer reading, or both joined where one runs on from the other."""
    kept: list[Line] = []
    for ln in lines:
        same = next((k for k in kept if abs((k.y0 + k.y1) / 2 - (ln.y0 + ln.y1) / 2) < 0.5 * min(k.size, ln.size)
                     and min(k.x1, ln.x1) - max(k.x0, ln.x0) > 0), None)
        if same is None:
            kept.append(ln)
            continue
        a, b = sorted((same, ln), key=lambda x: x.x0)
        text = b.text if a.text in b.text else a.text if b.text in a.text else _rereading(a.text, b.text)
        if not text:
            kept.append(ln)
            continue
        kept[kept.index(same)] = Line(text, min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1),
                                      max(a.size, b.size), a.centred if len(a.text) >= len(b.text) else b.centred)
    return kept


def _signers(lines: list[str], ocr: bool) -> list[str]:
    """The organ names in a signature block (its lines top to bottom): one name a line (joint signers), a name
    wrapped onto a second line joined (…制售假冒 / 伪劣商品工作领导小组办公室, …领导小组 / 办公室)."""
    if ocr:  # a seal's stray characters left out: lines of a few, and one read after a name (…管理局山)
        lines = [SCRAPS.sub("", ln) for ln in lines]  # a seal's dot read before a name (·某某区人民法院)
        for i in range(len(lines) - 1, 0, -1):  # but a name's last character wrapped in its cell (…管理 / 局)
            if len(lines[i]) < 3 and not _is_organ(lines[i - 1]) and _is_organ(lines[i - 1] + lines[i]):
                lines[i - 1:i + 1] = [lines[i - 1] + lines[i]]
        lines = [_repaired(ln[:-1]) if not _is_organ(_repaired(ln)) and len(ln) >= 7 and _is_organ(ln[:-1])
                 and STRAY_AFTER.search(ln[:-1]) else _repaired(ln) for ln in lines if len(ln) >= 3]
        for i in range(len(lines) - 1):
            joined = _rereading(lines[i], lines[i + 1]) or _rereading(lines[i + 1], lines[i])
            if joined:
                return _signers([*lines[:i], joined, *lines[i + 2:]], ocr)
    names: list[str] = []
    for ln in lines:
        head = names[-1] if names else ""
        # a whole name of its own under a line naming no organ at all (a seal's arc), not a wrapped name's tail
        own = PLACE.match(ln).end() >= 3 and _well_formed(ln) and not ORGAN_TAIL.search(head)
        if head and (len(ln) < 6 and _is_organ(ln) and _is_organ(head + ln)
                     or not _is_organ(head) and len(head) >= 8 and not CLOSING.match(head) and not NOT_NAME.search(head)
                     and _is_organ(head + ln) and not own):  # not a seal's arc read above a name (东区知识叔工作源)
            names[-1] += ln
        else:
            names.append(ln)
    # a place read twice (a seal's arc read before the name: 韶关市韶关市公安局…) once
    names = [re.sub(r"^(\S{2,4}[省市县区])\1", r"\1", part) for n in names for part in _run_together(n)]
    return [n for n in names if len(n) >= 6 and _is_organ(n) and not TITLE_END.search(n) and not MARK_END.search(n)]


def _run_together(name: str) -> list[str]:
    """Joint signers read as one name (side by side, the second wrapping onto the next line: …管理局 韶关市…体育 /
    局): split where a whole name ends and the next starts with the same place (韶关…局 | 韶关…局)."""
    for e in ORGAN_TAIL.finditer(name):
        head, rest = name[:e.end()], name[e.end():]
        if len(head) >= 6 and len(rest) >= 6 and rest.startswith(name[:2]) and _is_organ(head) and _is_organ(rest):
            return [head, *_run_together(rest)]
    return [name]


def _cells(raw: str, ocr: bool) -> list[str]:
    """A line as read; joint signers side by side on one line (cells, names set apart by spaces) one by one."""
    cells = [clean(c, ocr) for c in raw.split() if c.strip()]
    if len(cells) >= 2 and all(len(c) >= 6 and _is_organ(c) for c in cells):
        return cells
    return [clean(raw, ocr)]


def _signature(pages) -> str:
    """The organ signing above the closing date of the last page, else of the page before it (the last holding
    only the 版记 or an attachment); of joint signers the lead (first) one."""
    return next(iter(_signing(pages)), "")


def _signing(pages) -> list[str]:
    """The organs signing above the closing date of the last page (or the page before it), in the order signed; a
    signature a page break splits (joint signers, the first at the foot of one page, the rest on the next) whole."""
    for k in range(len(pages) - 1, max(len(pages) - 3, -1), -1):
        names = _page_signers(pages[k], _page_texts(pages[k - 1])[-5:] if k else [])
        if names:
            return names
    return []


def _page_texts(page) -> list[str]:
    """A page's lines as a signature is read from them (cells of joint signers side by side one by one), its page
    number left out."""
    return [ROW if not page.ocr and len([c for c in t.split("\t") if c.strip()]) >= 3 and len(cells) == 1
            else SIGNED_FIELD.sub("", SEAL_NOTE.sub("", c)) for t in page.text.splitlines() if t.strip()
            for cells in [_cells(t, page.ocr)] for c in cells if not PAGE_NUMBER.match(c)]


ROW = "\t"  # a table's row of three cells or more (Word, text PDF) above a signature: where the signature starts


# a report's closing fields in place of a bare signature (报告单位：…局 / 报告日期：2023年12月1日)
SIGNED_FIELD = re.compile(r"^(?:报告|报送|落款|发文|行文)(?:单位|机关)(?:名称)?[:：]\s*"
                          r"|^(?:报告|报送|落款|成文)(?:日期|时间)[:：]\s*")


def _seal_garbled(text: str) -> str:
    """A signing organ OCR read through the seal with the middle of its long common ending garbled into a mark or a
    digit (石湾区市，蓝管理局): the place and that ending, where its first character and its last three read right and
    at most one character is lost; as read otherwise (市政管理局 is a name of its own)."""
    place = PLACE.match(text).end()
    rest = text[place:]
    if place < 2 or not 5 <= len(rest) <= 12:
        return text
    for ending in organ_endings():
        middle = rest[1:-3]
        if len(ending) >= 7 and len(ending) - 1 <= len(rest) <= len(ending) and rest[0] == ending[0] \
                and rest[-3:] == ending[-3:] and re.search(r"[^\u4e00-\u9fff]", middle):
            return text[:place] + ending
    return text


def _page_signers(page, before: list[str]) -> list[str]:
    """`before`: the previous page's last lines, which a signature at the top of this page may start in where all
    this page holds above the date is names (not a table's wrapped cell carried over: 作 / …局 / the date)."""
    texts = [*before, *_page_texts(page)]
    for i in range(len(texts) - 1, max(len(before) - 1, 0), -1):  # 抄送/联系人 lines may follow the signature
        if not (_is_date_line(texts[i]) or page.ocr and SIGNED_ON.match(texts[i])):
            continue
        block: list[str] = []
        names_only = all(len(t) >= 6 and _is_organ(t) for t in texts[len(before):i])
        for ln in reversed(texts[max(0 if names_only else len(before), i - 5):i]):  # up to the body's last sentence
            ln = _seal_garbled(ln) if page.ocr else ln
            if len(ln) > 40 or re.search(r"[\d:：，。；、°\t]", ln) or _is_date_line(ln):  # OCR reads 。 as °
                break
            block.insert(0, ln)
        names = _signers([ln for ln in block if ln], page.ocr)
        if names:
            return names
    return []


def xlsx_title(page_text: str) -> str:
    """A sheet's title row: the first row, when it holds one value (usually merged across the table; a note
    such as 单位：件 or the date at its right end aside) and a row of several values (the header) follows within
    three rows."""
    rows = [[c.strip() for c in line.split("\t") if c.strip()] for line in page_text.splitlines()]
    rows = [r for r in rows if r]
    while rows and len(rows[0]) == 1 and re.fullmatch(r"(附件|附表|表)\s*[\d一二三四五六七八九十]*[:：]?", rows[0][0]):
        rows = rows[1:]  # an 附件2 / 附表1 mark above the title
    while len(rows) >= 3 and len(rows[0]) == 1 and SHEET_INSTRUCTIONS.search(rows[0][0]):
        rows = rows[1:]
    if len(rows) < 2:
        return ""
    if len(rows) >= 3 and len(rows[0]) == len(rows[1]) == 1 and not TITLE_END.search(rows[0][0]) \
            and TITLE_END.search(rows[1][0]) and not XLSX_NOTE.search(rows[1][0]):
        rows = [[rows[0][0] + rows[1][0]], *rows[2:]]  # a title cell with a line break in it
    rows[0] = [ATTACHMENT.sub("", c) or c for c in rows[0]]  # 附件1：…统计表 in the title's cell
    values = list(dict.fromkeys(rows[0]))
    first = values[:1] + [c for c in values[1:] if not XLSX_NOTE.search(c)]
    if len(first) != 1 or len(first[0]) < 4 or _is_date_line(first[0]) or re.search(r"单位[:：]", first[0]) \
            or not any(len(r) >= 2 for r in rows[1:4]):
        return ""
    return clean(first[0])


def workbook_title(pages) -> str:
    """The first sheet's title row, else the first later sheet's (a notes sheet 填表说明 may come first)."""
    return next((t for t in (xlsx_title(p.text) for p in pages) if t), "")


def unit_organ(page_text: str, host: bool = False, anchored: bool = False) -> str:
    """The unit a ledger names in its 填报单位/报送单位/单位 line above the table (a workbook's, a Word or PDF
    table's) or in a 制表单位 line under it: the organ that made it (who the coordinator asks about it), though it
    issues nothing. `host`: a sign-in sheet's 主办/承办/组织单位 (or 填报/报送单位) line only — its 参会单位 are
    the attendees'. `anchored`: a line that starts so (单位：…, 制表单位：…), never a 参会单位 or 申报单位 one."""
    lines = page_text.splitlines()
    role = r"(?:主办|承办|组织|填报|报送)" if host else r"(?:填报|报送|制表|编制)?"
    role = r"^\s*" + role if anchored else role
    below = [ln.strip() for ln in lines[6:][-6:]
             if re.match(r"\s*(?:主办|承办|组织|填报|报送|制表|编制)(?:单位|[:：])", ln)]
    # or a bare 制表：/编制： naming a unit, not a person (制表：某某办公室 2023年12月18日, never 制表人：王某)
    made = "|" + (r"^\s*" if anchored else "") + "(?:填报|报送|制表|编制)" if not host else ""
    for line in [*lines[:6], *below]:
        m = re.search(rf"(?:{role}单位(?:名称)?{made})(?:[（(]盖章[)）])?[:：]\s*"
                      r"([^\s\t:：（(]+)(?:[（(](?:盖章|公章)[)）])?", line)
        # the name up to its last common ending: OCR may run the header's first cells on (…办公室参训人数)
        name = next((m.group(1)[:e.end()] for e in reversed(list(ORGAN_TAIL.finditer(m.group(1))))
                     if _is_organ(m.group(1)[:e.end()])), "") if m else ""
        if len(name) >= 4:
            return name
    return ""


SCRAPS = re.compile(r"^[^\u3400-\u9fff]+")  # a mark cut at the scan's edge: its head read as Latin scraps


def _candidate(line: Line, ocr: bool) -> Line:
    """A line as the title's candidate: a red mark's 文件 cell read as 文件; a table's row sized 0 (never the title),
    unless it is a ledger's title read beside a field's label (_title_cell)."""
    if MARK_CELL.search(line.text):
        return replace(line, text=clean(MARK_CELL.sub("文件", line.text), ocr))
    text = _title_cell(line.text)
    return replace(line, text=_beside_field(clean(text, ocr)), size=0 if "\t" in text else line.size)


def _title_cell(text: str) -> str:
    """A line of cells (a table's row, never a title) as it is; but a ledger's title OCR read into one line with a
    field's label printed left of it (填报单位 | 青岚县2023年…台账): the title."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    titled = [c for c in cells if len(c) >= 8 and TITLE_END.search(clean(c))]
    if len(cells) == 2 and titled == cells[1:] and re.fullmatch(r"(?:填报|报送|制表|编制|填表)单位[:：]?", cells[0]):
        return cells[1]
    # or with a field printed right of it (…统计表 | 填报日期：2023年4月8日)
    if len(cells) >= 2 and titled[:1] == cells[:1] and all(
            re.match(r"(?:填报|报送|制表|编制|填表|统计)?(?:日期|时间|单位|编号)[:：]", c) for c in cells[1:]):
        return cells[0]
    return text


def title_and_organ(document: Document, outlets: list[str]) -> tuple[str, str]:
    if not document.pages:
        return "", ""
    if document.kind == "xlsx":
        title = workbook_title(document.pages)  # a ledger's maker, else the unit its title opens with
        opening = _title_organ(title) if title_type(title) not in ("签到表", "新闻报道") else ""
        return title or document.path.stem, unit_organ(document.pages[0].text) or opening
    first = document.pages[0]
    lines = [_candidate(ln, first.ocr) for ln in (_main_column(first) if first.ocr else first.lines)]
    lines = [ln for ln in lines if ln.text]
    if first.ocr:  # not a stamp's few characters set vertically (a box far taller than its characters are wide)
        lines = _one_reading([ln for ln in lines if len(ln.text) > 4 or ln.y1 - ln.y0 <= 2 * ln.size])
        numbered = next((i for i, ln in enumerate(lines[:6]) if _is_number_line(ln.text)), 0)
        lines = [replace(ln, text=_repaired(ln.text, whole=True)) if i == numbered - 1 else ln
                 for i, ln in enumerate(lines)]  # the organ mark's last line above the 文号 line, its ending misread
        head = lines[0].text if len(lines) >= 2 and lines[0].size >= 1.3 * lines[1].size else ""
        if head and not _is_organ(head) and _is_organ(_repaired(head)) and _well_formed(_repaired(head)):
            lines[0] = replace(lines[0], text=_repaired(head))  # a big mark atop the page, its ending misread
    texts = [ln.text for ln in lines] if lines else [clean(t, first.ocr) for t in first.text.splitlines()
                                                               if t.strip()]
    texts = texts[:16]
    title, organ = _layout(lines, outlets, document.kind == "docx") if lines else ("", "")
    if organ and first.ocr:  # a mark OCR misread: the title's organ it resembles (…关于), its ending repaired,
        named = title.split("关于")[0] if "关于" in title else ""  # or no organ rather than a garbled one
        organ = SCRAPS.sub("", organ)
        organ = named if _is_organ(named) and _distance(named, organ) <= len(named) // 3 else \
            _each(organ, lambda name: _repaired(name) if _is_organ(_repaired(name)) else "")
    if not organ and document.kind == "docx":  # an organ mark in a table (organ | 文件) or a text box
        organ = _organ([clean(_merged_once(t)) for t in first.text.splitlines() if t.strip()][:4])[0]
    organ = re.sub(r"(?<=[局院委办室府部厅心会组])联合$", "", _once(organ))  # joint issuers' …联合文件 mark
    post = POST_TITLE.search("".join(texts[:12]))
    if post:
        title = post.group(1)  # a microblog post: #话题#【title】text
    if not title:
        found, organ_lines = _organ(texts)
        organ = (SCRAPS.sub("", found) if first.ocr else found) or organ
        # a Word file's text has its tables and text boxes in order, which its paragraph lines leave out
        shown = [clean(_merged_once(t), first.ocr) for t in first.text.splitlines() if t.strip()][:16] \
            if document.kind == "docx" else texts
        title = _text_title(shown, organ_lines if shown is texts else
                            {i for i, t in enumerate(shown) if organ and re.sub(r"文件$", "", t) == organ}, outlets)
    if not organ and TITLE_END.search(title) and not any(o in " ".join(texts[:3]) for o in outlets):
        named = title.split("关于")[0]  # 韶关市武江区市场监督管理局关于…的通知
        organ = named if "关于" in title and _is_organ(named) else _signature(document.pages)
        if organ and organ == named:  # a short form in the title (县市监局关于…, 区打假办关于…) printed in full
            organ = _in_full(named, document.pages)
    elif organ:
        read, organ = organ, _each(organ, lambda name: _fuller(name, title, document.pages, first.ocr))
        # (not a body the title names whose office the name found is: …领导小组2023年…纪要 issued by its 办公室)
        if first.ocr and read != organ and title.startswith(read) and not organ.startswith(read):
            title = organ + title[len(read):]  # the same misreading in the title that names the organ
    # a periodical's issue (a 会议纪要 or 简报 masthead over its 第N期): issued by the unit on the line with the date
    # under it, not the body whose name may head the masthead (…领导小组 / 会议纪要 / 第6期 / …领导小组办公室 日期)
    periodical = any(ISSUE.match(t) and any(u in MASTHEADS or re.search(PERIODICAL + "$|纪要$", u)
                                            for u in texts[max(0, i - 2):i]) for i, t in enumerate(texts[:6]))
    if not organ or periodical:  # a minutes or bulletin header: the issuer and the date on one line below the title
        found = organ
        issued = (re.match(r"(?:(?:主办|编印|编发|主编|编辑|承办|印发)(?:单位)?[:：]\s*)?"  # 主办：某某局
                           r"(\D{4,40}?)\s*(?:编印|主办|编)?\s*"  # a bulletin's 某某局编 and the date
                           r"(?:(?:19|20)\d\d|二[〇○0O])[\d年月日〇○0O一二三四五六七八九十]*$", t)
                  for t in texts[:10] + [clean(_merged_once(t), first.ocr) for t in first.text.splitlines()[:12]])
        # the date may wrap onto the next line; a bulletin's masthead may be in a text box (in the text only)
        organ = next((m.group(1).strip() for m in issued if m and _is_organ(m.group(1).strip())), "")
        if not organ and periodical:  # the unit on a line of its own under the issue number, the date under it
            organ = next((u for i, t in enumerate(texts[:8]) if ISSUE.match(t) for u, d in zip(
                texts[i + 1:i + 3], texts[i + 2:i + 4], strict=False) if _is_organ(u) and _is_date_line(d)), "")
        if not organ and _masthead(first.text):  # a bulletin's 编印单位：… (or …编印) on a line of its own
            named = (EDITED_BY.match(t) for t in [clean(_merged_once(t), first.ocr)
                                                  for t in first.text.splitlines()[:12]])
            organ = next((n for m in named if m and _is_organ(n := m.group(1) or m.group(2))), "")
        organ = organ or found
    web = any(BYLINE.search(t.strip()) or REPORTER.search(t.strip()) for t in first.text.splitlines()[:40])
    if not organ and not web:
        organ = _signature(document.pages)  # minutes or a report whose title names no type: the signature
    if not organ and not web:
        organ = _under_title(title, texts)
    if organ and web:
        named = title.split("关于")[0] if "关于" in title else ""  # a web or app page: its banner is the site's
        organ = named if _is_organ(named) else ""
    if web:  # an open-government page names the document's issuer in its grid (发布机构 | …局)
        published = next((m.group(1) for m in map(PUBLISHED_BY.search, first.text.splitlines()[:12]) if m), "")
        organ = clean(published, first.ocr) if _is_organ(clean(published, first.ocr)) else organ
    if organ and first.ocr:
        read, organ = organ, _each(organ, _repaired)
        if title.startswith(read) and not (organ != read and organ.startswith(read)):
            title = organ + title[len(read):]  # the same misreading in the title that names the organ
    if first.ocr:
        title, organ = _places_repaired(title), _each(organ, _places_repaired)
        organ = _each(organ, lambda name: _printed_alike(name, [], document.pages))
    if len(document.pages) > 1 and any(SLIP.search(t) for t in [title, *texts[:3]]):  # a 文件处理笺 in front
        return title_and_organ(Document(document.path, document.kind, document.pages[1:]), outlets)
    if not organ and not web:
        organ = _title_organ(title)  # 韶关市武江区市场监督管理局2023年…工作总结: the organ the title opens with
        # as its 单位：… line prints it in full where the title gives it without the city (溪宁县…局…会议记录)
        units = [unit_organ(page.text, anchored=True) for page in (first, document.pages[-1])] if organ else []
        organ = next((u for u in units if u.endswith(organ) and len(u) > len(organ) and _is_organ(u)), organ)
    if not organ and not web:
        organ = _colophon(document.pages)
    if not organ and not web and title_type(title) in REPORTING:
        organ = _opening_organ(title, [clean(t, first.ocr) for t in first.text.splitlines() if t.strip()][:20])
    typed = title_type(title)
    if typed in LEDGERS or typed in ("签到表", "新闻报道"):
        # a ledger or sign-in sheet names the unit that fills it or the event's, a news report its subject: no
        # issuer; the unit a ledger's 填报单位 line or a sign-in sheet's 主办单位 line names is the one it comes from
        organ = "" if typed == "新闻报道" else \
            unit_organ(first.text, typed == "签到表") or unit_organ(document.pages[-1].text, typed == "签到表")
        # else the unit a ledger's title opens with (…工作站2022年受理登记表, …领导小组办公室2022年发文一览表)
        organ = organ or (_title_organ(title) if typed in LEDGERS else "")
        # or the unit stamping it (某某局（盖章）) in a cell of its own near the top, its 填报单位 label apart
        organ = organ or (_sealed_unit(first, title) if typed in LEDGERS else "")
        # or the unit the title opens with where the ledger's foot prints it alone as its maker (…工作站受理登记表
        # over a table, 某某工作站 under it: no year after the name to mark where it ends)
        organ = organ or (_maker_below(title, document.pages[-1]) if typed in LEDGERS else "")
        # or the unit signing it over the date at its foot (a 责任清单 or 台账 typed as a document of its own)
        organ = organ or (_signature(document.pages) if typed in LEDGERS and not web else "")
        organ = _places_repaired(organ) if first.ocr else organ
    elif not organ and not web:  # a form titled by its genre or subject alone (会议记录, …案件办理情况) under its
        # 单位：… line, or a table whose maker a 制表单位 line under it names
        organ = unit_organ(first.text, anchored=True) or unit_organ(document.pages[-1].text, anchored=True)
        organ = _places_repaired(organ) if first.ocr else organ
    elif organ and not web:  # joint issuers: all of them, as signed, where the signature confirms the one found
        # joint issuers on one line of the organ mark (…市场监督管理局　…公安局, the space lost): each of them
        organ = "、".join(dict.fromkeys(_run_together(organ)))
        signers = list(dict.fromkeys(_places_repaired(n) if first.ocr else n for n in _signing(document.pages)))
        signers = _place_shared(signers) if first.ocr else signers
        # on a scan each name read well-formed: not two garbled readings of one name under a seal
        marked = organ.split("、")  # (the mark's names may be short forms: the signature's are whole)
        if len(signers) >= max(2, len(marked)) \
                and any(n in marked or first.ocr and any(_distance(n, m) <= 1 for m in marked) for n in signers) \
                and (not first.ocr or all(_well_formed(n) for n in signers)):
            organ = "、".join(signers)
    cells = set(title.split("\t"))  # a title in a cell merged across a table's row, read once per grid column
    title = cells.pop() if len(cells) == 1 else title
    if _issue_of_bulletin(title, first.text):
        title = _masthead(first.text)  # a bulletin issue is titled by its masthead, not the headline it carries
    return _place_from_organ(DASH_READ.sub("——", title), organ) if first.ocr else title, _once(organ)


# a headline's dash before its subtitle (…营商环境——清源区扎实推进…) OCR read as 一: before a place's name, after
# a phrase of its own (not 统一, 第一, 进一步, 同一 …)
DASH_READ = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?<![第统唯同逐每进任单万专之])一"
                       r"(?![批个些种次项件条起家名位场系体线级流同并道致直定律般样心站揽张网])"  # 一批, 一个, 一站式 …
                       r"(?=[\u4e00-\u9fff]{2,4}[区县市][\u4e00-\u9fff]{4})")


def _sealed_unit(page, title: str) -> str:
    """A ledger's maker as its stamp's cell names it near the top (某某局（盖章）, the 填报单位 label in a cell or
    line apart); on an OCR page a first character of its place lost at the seal's edge (岚县… under a title opening
    青岚县…) put back from the title."""
    for line in page.text.splitlines()[:8]:
        for cell in line.split("\t"):
            m = re.match(r"^(\S{4,30}?)\s*[（(](?:盖章|公章|印章)[)）]$", clean(cell, page.ocr))
            name = m.group(1) if m else ""
            if not _is_organ(name) or FILLED_BY.search(name) or re.search(r"单位", name):
                continue
            place = PLACE.match(title).group(0) if page.ocr else ""
            if len(place) >= 3 and not name.startswith(place) and name.startswith(place[1:]):
                name = place[0] + name
            return name if _well_formed(name) else ""
    return ""


def _maker_below(title: str, page) -> str:
    """A ledger's maker: a line among the page's last ones that is an organ's name alone and the start of the
    ledger's title (the unit titling its own register and signing it under the table)."""
    lines = [clean(t, page.ocr) for t in page.text.splitlines() if t.strip() and "\t" not in t]
    return next((ln for ln in reversed(lines[-4:]) if len(ln) >= 6 and _is_organ(ln) and title.startswith(ln)
                 and len(title) >= len(ln) + 3 and re.search(r"[省市区县旗州]", ln[:8])), "")


def _place_from_organ(title: str, organ: str) -> str:
    """An OCR-read title opening with the organ's place read with a stray or misread character (a seal's or a fold's
    mark: 品清溪县…, 器请溪县…, 青发岚县… for 清溪县…, 青岚县…): the place as the organ names it."""
    place = PLACE.match(organ).group(0) if organ else ""
    if len(place) < 3 or title.startswith(place):
        return title
    for k in (len(place) + 1, len(place)):
        head = title[:k]
        kept = sum(1 for c in place if c in head)
        if head[-1:] == place[-1] and kept >= len(place) - 1 and _distance(head, place) <= 2:
            return place + title[k:]
    return title


def _place_shared(names: list[str]) -> list[str]:
    """Joint signers on an OCR page, a name whose place lost its first characters under a seal (溪口县市场监督管理局 /
    口县农业农村局) given the place another signer prints whole; as read otherwise."""
    places = {PLACE.match(n).group(0) for n in names}
    places = {p for p in places if len(p) >= 3}

    def whole(name: str) -> str:
        for place in places:
            for cut in (1, 2):
                if not name.startswith(place) and len(place) - cut >= 2 and name.startswith(place[cut:]):
                    return place + name[len(place) - cut:]
        return name
    return [whole(n) for n in names]


def _once(organ: str) -> str:
    """A mark in a cell merged across a table's row, read once per grid column (某局文件 | 某局文件): once."""
    twice = re.fullmatch(r"(.{4,}?)(?:文件)?\1(?:文件)?", organ)
    return twice.group(1) if twice else organ


PRINTED_BY = re.compile(r"^(\S{6,40}?)\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*印发$")


def _colophon(pages) -> str:
    """The 印发机关 of the 版记 (…局　2023年6月9日印发) where nothing else names the issuer (no mark, signature or
    organ in the title): the issuer, or the office that prints for it — a 局's, 厅's or 法院's own 办公室 stands for
    that 局 (…管理局办公室 → …管理局); a 人民政府办公室 or a 领导小组办公室 issues documents itself."""
    for page in reversed(pages[-2:]):
        for line in reversed(page.text.splitlines()[-8:]):
            m = PRINTED_BY.match(clean(line, page.ocr))
            if m and _is_organ(m.group(1)):
                return re.sub(r"(?<=[局院厅])办公室$", "", m.group(1))
    return ""


SOURCE = re.compile(r"(?:来源|稿源|供稿|供稿单位)[:：]\s*(\S+?)"
                    r"(?=\s|作者|编辑|责任编辑|记者|通讯员|审核|浏览|阅读|点击|发布|时间|字号|分享|打印|$"
                    r"|(?:19|20)\d\d[-年./])")  # a date run on after the name (来源：某日报 2024-03-12)
CARRIED_FROM = re.compile(r"[（(]?(?:转自|转载自|转载于|原载)[:：]?\s*([^）)\s]+)[）)]?")
OUTLET_END = re.compile(r"(日报|晚报|早报|报社|商报|法治报|时报|电视台|广播电视台|之声|融媒体中心|新闻网|新闻客户端|"
                        r"网|客户端|新闻|频道)$")


def news_source(text: str) -> str:
    """Who first published a news report: the outlet of its 来源 line — of a reprint (某报（转自某日报）) the original
    — or the unit its 来源/供稿 line names where no outlet carried it; "" where no such line is printed."""
    for line in text.splitlines()[:60]:
        m = SOURCE.search(clean(line))
        if not m:
            continue
        value = m.group(1)
        carried = CARRIED_FROM.search(value)
        name = carried.group(1) if carried else re.sub(r"[（(].*$", "", value)
        if 2 <= len(name) <= 30 and (OUTLET_END.search(name) or _is_organ(name)) and not re.search(r"[\d:：]", name):
            return name
    return _page_outlet(text)


def _page_outlet(text: str) -> str:
    """Where no source line names the first publisher: the outlet whose page or account it is — the first outlet
    (media.py's reading: a masthead, an app's title, an account's line beside its date) printed above the article's
    first sentence; "" for a government portal's or account's page (no outlet)."""
    lines = text.splitlines()
    prose = next((i for i, ln in enumerate(lines) if len(ln.strip()) >= 20 and re.search(r"[，。]", ln)), len(lines))
    head = "\n".join(lines[:prose])
    return next((m["outlet"] for m in media([Page(1, text)]) if m["outlet"] in head), "")


def _under_title(title: str, texts: list[str]) -> str:
    """The organ printed on a line of its own right under the title (a report's, a summary's or a plan's
    issuer: 2023年知识产权保护工作总结 / 韶关市武江区人民检察院 / （2023年12月1日）)."""
    ends = [i for i, t in enumerate(texts[:12]) if len(t) >= 4 and title.endswith(t)]
    below = texts[ends[0] + 1] if ends and ends[0] + 1 < len(texts) else ""
    below = re.sub(r"^[（(](.*)[)）]$", r"\1", below)
    found = dates_in(below)  # （某某局　2023年5月6日）: the organ and the date it was issued, on one line
    at = below.find(found[0][1]) if found else -1
    below = below[:at].strip() if at > 0 else below
    return below if len(below) >= 6 and _is_organ(below) and not TITLE_END.search(below) else ""


# a unit's own account of its work
REPORTING = frozenset(("总结", "报告", "汇报", "说明", "情况说明", "经验材料", "经验做法", "典型经验"))
# how a report's first sentence opens before the unit that reports (2023年，…局在…; 今年以来，…局认真…)
SINCE = re.compile(r"^(?:(?:19|20)\d\d年(?:度|以来|上半年|下半年)?|今年以来|近年来|去年以来|一年来)[，,]?")
# what follows the unit's name in that sentence: a verb, an adverb or a preposition, never more of a name (局长)
ACTS = re.compile(r"[在以按围紧认深坚切全积共始聚持不结进把对通强着严继立扎高牢主，,]")


def _opening_organ(title: str, texts: list[str]) -> str:
    """The unit a report, summary or statement names as its subject at the start of its first sentence, where
    nothing else (mark, signature, title) names the issuer (2023年，韶关市浈江区市场监督管理局在区委…的领导下): a
    full, well-formed name followed by what it did; "" for anything less (我局, 区市场监管局)."""
    ends = [i for i, t in enumerate(texts) if len(t) >= 4 and title.endswith(t)]
    for text in texts[ends[0] + 1 if ends else 0:][:4]:
        if len(text) < 15 or not re.search(r"[，。]", text):
            continue
        rest = SINCE.sub("", text)
        names = [rest[:e.end()] for e in ORGAN_TAIL.finditer(rest[:42])
                 if ACTS.match(rest[e.end():e.end() + 1]) and _is_organ(rest[:e.end()])
                 and _well_formed(rest[:e.end()])]
        return max(names, key=len, default="")  # the first sentence only
    return ""


def _title_organ(title: str) -> str:
    """The organ a document's title opens with, without 关于 (…人民法院知识产权联席会议纪要, …局2023年…工作总结): a
    place and a common organ ending (organs.yaml), or 局/人民政府/委员会/办公室 right before a year; "" where none,
    and for a headline naming no document type (…人民法院召开…发布会: news, whose subject issues nothing) unless a
    year follows the name."""
    if "——" in title and not title.startswith("——"):  # a main title and its subtitle (——…局2023年…工作汇报)
        return _title_organ(title.split("——")[0]) or _title_organ(title.split("——")[-1])
    typed = title_type(title) not in ("", "新闻报道")
    for ending in _title_endings():
        at = title.find(ending)
        name = title[:at + len(ending)] if at > 0 else ""
        if name and len(title) > len(name) + 2 and re.search(r"[省市区县旗州]", name[:8]) and _is_organ(name) \
                and not re.search(r"[\d《“]", name) and (typed or re.match(r"(?:19|20)\d\d", title[len(name):])):
            return name
    # 韶关市武江区司法局2023年…, 苇塘区知识产权维权援助工作站2022年受理登记表
    # or before minutes' genre alone (…文化广电新闻出版旅游局会议记录); not a register's (…工作站受理登记表: the
    # unit it serves may be the one titling it, its maker is told under it)
    m = re.match(r"(\S{4,30}?(?:局|人民政府|委员会|办公室|中心|工作站|服务站|所|院|大队|支队|协会))"
                 r"(?:(?:19|20)\d\d|(?=(.{2,8})$))", title)
    genre = bool(m and m.group(2)) and title_type(m.group(2)) in MINUTES
    return m.group(1) if m and (genre or not m.group(2)) and re.search(r"[省市区县旗州]", m.group(1)[:8]) \
        and _is_organ(m.group(1)) else ""


@cache
def organ_endings() -> tuple[str, ...]:
    """organs.yaml's common endings of organ names, longest first."""
    data = read_yaml(Path(__file__).with_name("organs.yaml"), "机关简称表")
    return tuple(sorted(data["机关名称常用尾部"], key=len, reverse=True))


@cache
def _title_endings() -> tuple[str, ...]:
    """The endings an organ a title opens with may have: organs.yaml's common ones and 人民政府, which heads its own
    minutes (…镇人民政府会议记录) as a 局 heads its summary; longest first (人民政府办公室 before 人民政府), ties
    in organs.yaml's order."""
    return tuple(sorted(dict.fromkeys((*organ_endings(), "人民政府")), key=len, reverse=True))


@cache
def _misread_places() -> tuple[tuple[str, str], ...]:
    """(place as OCR misreads it, place) for the places of organs.yaml's organ names that hold a character listed
    in its OCR误读地名用字 (狮河区 → 浉河区)."""
    v = vocabulary()
    places = {p for name in v.abbreviations for p in re.findall(r"[^省市区县]+?[省市区县]", name)}
    return tuple(sorted((place.replace(right, wrong), place) for place in places
                        for wrong, right in v.misread.items() if right in place))


@cache
def _lost_places() -> tuple[tuple[str, str], ...]:
    """(city and district as OCR reads them with one character of the district's name lost, city and district) for
    the places of organs.yaml's organ names (信阳市河区 → 信阳市浉河区); a reading two places share (韶关市江区: 武江区,
    浈江区) or that is a place itself is left out."""
    found: dict[str, set[str]] = {}
    for name in vocabulary().abbreviations:
        parts = re.findall(r"[^省市区县]+?[省市区县]", name)
        for city, district in zip(parts, parts[1:], strict=False):
            if city.endswith("市") and len(district) >= 3:
                for i in range(len(district) - 1):
                    found.setdefault(city + district[:i] + district[i + 1:], set()).add(city + district)
    known = set().union(*found.values()) if found else set()  # a reading that is a place of its own stays
    return tuple(sorted((lost, places.pop()) for lost, places in found.items() if len(places) == 1
                        and lost not in known))


def _places_repaired(text: str) -> str:
    """An OCR-read title or organ with a known place's misread character put right (信阳市狮河区 → 信阳市浉河区), or
    one character of its district's name put back where OCR lost it (信阳市河区)."""
    for wrong, place in _misread_places():
        text = text.replace(wrong, place)
    for lost, place in _lost_places():
        if text.startswith(lost) or f"关于{lost}" in text:  # 信阳市河区… naming the organ, not 某市河区段 in a sentence
            text = text.replace(lost, place, 1)
    return text


def _distance(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _repaired(organ: str, whole: bool = False) -> str:
    """An OCR-read organ name whose ending is a common one but for a misread character (or, in an ending of ten
    characters or more, two: one misread, one lost; of twelve or more, also two lost) given that ending; the
    place before it as read (`whole`: also
    a name read as its ending alone, 领导小组小公室 above a red header's 文号 line). An ending
    read right stays (公安局 is not 公安分局 misread, 办公厅 not 办公室), unless a longer one explains it."""
    # 人 of 人民法院 / 人民政府 / 人民检察院 read as a stroke short or long (大民法院, 入民政府): an ending too short
    # for the search below, whose other characters say which it is
    organ = re.sub(r"[大入八](?=民(?:法院|政府|检察院)$)", "人", organ)
    endings = organ_endings()
    exact = max((e for e in endings if organ.endswith(e)), key=len, default="")
    for ending in endings:
        if len(ending) <= len(exact) or len(ending) < (7 if whole else 5):  # not 知识产权保 → 知识产权局
            continue
        cuts = (len(ending) - 1, len(ending), len(ending) + 1) if len(ending) >= 10 else (len(ending),)
        # two characters lost (…假工作领导小办公室), where the name read ends in no common ending at all
        cuts = (len(ending) - 2, *cuts) if len(ending) >= 12 and not exact else cuts
        for cut in cuts:
            tail = organ[-cut:]
            if tail[:-1] == ending[:-1] and ORGAN_END.search(tail[-1]):
                continue  # another organ's own ending (…市场监督管理所, a 局's station), not the 局 misread
            # its first character as read, or misread where the rest of a long ending is read right (带场监督管理局)
            first = tail[0] == ending[0] or len(ending) >= 7 and tail[1:] == ending[1:]
            if (cut < len(organ) - 1 or whole and cut == len(organ) >= 7) and first and \
                    _distance(tail, ending) <= (2 if len(ending) >= 10 else 1):
                if tail[0] != ending[0] and re.search(r"[省市县区旗]$", organ[:-cut + 1]):
                    return organ[:-cut + 1] + ending  # its first character lost after a place (松江区场监督…)
                return organ[:-cut] + ending
    return organ


def _abbreviates(short: str, name: str) -> bool:
    """Whether an organ name is the full form of a short one: the short one's characters in order, its place and
    its ending (…办 for …办公室), at most 2.5 times as long; not a name holding it whole (joint signers run
    together)."""
    short = short + "公室" if short.endswith("办") and name.endswith("办公室") else short
    return 2.5 * len(short) >= len(name) > len(short) and name[-1] == short[-1] and _subsequence(short, name) \
        and short[:2] in name and short not in name


def _short_for(short: str, name: str) -> bool:
    """Whether an organ name is the full form of a short one a title opens with, however short (县市监局 for
    青川县市场监督管理局, 区打假办 for …区打击侵权假冒工作领导小组办公室, 临江区市场监管局 for …市临江区市场监督管理局):
    the short one's characters in order, its first two together and its ending (…办 for …办公室)."""
    short = short + "公室" if short.endswith("办") and name.endswith("办公室") else short
    return len(short) >= 3 and len(name) > len(short) and name[-1] == short[-1] and short[:2] in name \
        and _subsequence(short, name)


def _in_full(named: str, pages) -> str:
    """The organ a title opens with, as the signature — else the one name printed on a line of its own (版记's
    印发机关 aside: …局办公室 ends otherwise) — gives it in full where the title gives a short form; as named
    otherwise."""
    signed = _signature(pages)
    if signed and _short_for(named, signed):
        return signed
    full = {n for n in _names_in(pages) if _short_for(named, n)}
    return full.pop() if len(full) == 1 else named


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _fuller(organ: str, title: str, pages, ocr: bool) -> str:
    """The whole organ name where the top line gave only part of it: the organ a title (…关于) or the signature
    names that ends with it (a wrapped organ mark read as its tail, 领导小组办公室), or — on an OCR page — the one
    name of the document or the vocabulary it is but for one character OCR lost."""
    named = title.split("关于")[0] if "关于" in title else ""
    own = [n for n in (named, _signature(pages)) if n and _is_organ(n)]
    if ocr:  # a place misread alike in the mark and the signature (沥河区 / 狮河区 for 浉河区)
        organ, own = _places_repaired(organ), [_places_repaired(n) for n in own]
    alike = _printed_alike(organ, own, pages) if ocr else organ
    if alike != organ:
        return alike
    if organ in own:
        return organ
    longer = [n for n in own if n.endswith(organ) and len(organ) >= 3]  # a tail (管理局) the signature completes
    if longer:
        return max(longer, key=len)
    # a mark in the organ's short form (武江区市场监管局文件, 清溪县打假办文件) signed with its full name
    # (韶关市武江区市场监督管理局, 清溪县打击侵权假冒工作领导小组办公室)
    full = [n for n in own if len(organ) >= 5 and _abbreviates(organ, n)]
    if full:
        return max(full, key=len)
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


PLACE = re.compile(r"(?:中共)?(?:[^\s省市县区]{2,5}(?:省|自治区))?(?:[^\s省市县区]{2,4}市)?"
                   r"(?:[^\s省市县区]{1,4}[区县市旗])?")  # 广东省 韶关市 武江区, each optional
PLAIN_ENDING = re.compile(r"(?:市场)?[^\s省市县区旗]{0,6}(?:局|办公室|委员会|中心|院|厅|部|人民政府)"
                          r"|[^\s省市县区旗]{1,6}局[^\s省市县区旗]{1,4}[区县市旗]?分局")  # 枫桥市公安局鹿鸣县分局


def _well_formed(name: str) -> bool:
    """Whether an organ name reads as a place (市/区/县…) followed by a common ending (organs.yaml) or a short
    function and 局/办公室/委员会…: not a reading OCR garbled (柳川童三江县打权假冒工作领导小组办公室)."""
    place = PLACE.match(name)
    rest = name[place.end():]
    return place.end() >= 2 and (bool(PLAIN_ENDING.fullmatch(rest)) or any(
        rest.endswith(e) and len(rest) - len(e) <= (0 if len(e) < 7 else 6)
        and not re.search(r"[省市县区旗]", rest[:-len(e)])
        for e in organ_endings()))


def _printed_alike(organ: str, own: list[str], pages) -> str:
    """An organ name OCR garbled (柳川童三江县打权假冒…, 东区知识权工作频鲁阳市河东区…; signed alike) made the
    well-formed name printed elsewhere in the document (signature, 版记) it is nearest to, or the longest it ends
    with; as read where no one name is near. A reading well-formed only by a short ending (蜀原市青衣县知识保护作
    领导小组办公室, 产权 and 工 lost) made the one name printed near it whose common ending is longer (…知识产权保护工作
    领导小组办公室), where the document never prints the reading itself; not a name the reading heads or ends
    (…人民政府 / …人民政府办公室)."""
    if len(organ) < 5:
        return organ
    if _well_formed(organ):
        printed = {n for n in [*own, *_names_in(pages)] if _well_formed(n)}
        near = [n for n in printed if not n.startswith(organ) and not n.endswith(organ)
                and _distance(organ, n) <= max(2, len(organ) // 6) and _ending(n) > _ending(organ)]
        return near[0] if organ not in printed and len(near) == 1 else organ
    # a body (…领导小组, …委员会) and its own office (…办公室, printing its papers in the 版记) are two organs
    names = sorted({n for n in [*own, *_names_in(pages)] if _well_formed(n) and n != organ + "办公室"})
    near = sorted((0 if organ.endswith(n) else _distance(organ, n), -len(n), n) for n in names)
    if near and near[0][0] <= max(2, len(organ) // 4) and (len(near) == 1 or near[1][0] > near[0][0]
                                                              or near[0][0] == 0):
        return near[0][2]
    # else the longest well-formed name the reading ends with that starts with a city, of two characters where
    # one fits (…频鲁阳市河东区…办公室)
    tails = [organ[i:] for i in range(1, len(organ) - 9) if _well_formed(organ[i:])]
    # (not a name's ending read before the next one: 局城关市场监督管理局 is no city's)
    return next((t for width in (2, 3) for t in tails if re.match(rf"[^\s省市县区]{{{width}}}市", t)
                 and not ORGAN_END.match(t[0])), organ)


def _ending(name: str) -> int:
    """The length of the longest common organ ending (organs.yaml) a name ends with."""
    return max((len(e) for e in organ_endings() if name.endswith(e)), default=0)


def _names_in(pages) -> list[str]:
    """The organ names printed on lines or cells of their own anywhere in a document (signature, 版记: …办公室
    2023年3月9日印发), a date or 印发 after them left out."""
    names = []
    for page in pages:
        for line in page.text.splitlines():
            for cell in re.split(r"\t|\s{2,}", line):
                cell = clean(cell, page.ocr)
                found = dates_in(cell)
                cell = cell[:cell.find(found[0][1])] if found and found[0][1] in cell else cell
                cell = re.sub(r"印发$", "", cell)
                if len(cell) >= 6 and _is_organ(cell):
                    names.append(cell)
    return names


def _mostly_tables(tables: list[dict], text: str) -> bool:
    """Whether the tables hold at least half of the first page's text."""
    cells = sum(len("".join(c.split())) for t in tables for row in [t["header"], *t["rows"]] for c in row)
    return cells >= 0.5 * len("".join(text.split()))


def _grid(text: str) -> bool:
    """Whether the page below its first line is mostly rows of three or more cells (OCR reads a table's row as cells
    set apart by tabs) where no table was made out: at least three such rows, most of its lines."""
    lines = [ln for ln in text.splitlines()[1:] if ln.strip()]
    rows = [ln for ln in lines if len([c for c in ln.split("\t") if c.strip()]) >= 3]
    return len(rows) >= 3 and len(rows) >= 0.7 * len(lines)


def _signed(header: list[str]) -> bool:
    """Whether a table's header is a sign-in sheet's: a name column and a column to sign (签名, 本人签字, 签到)."""
    cells = ["".join(c.split()) for c in header]
    return any(c in ("姓名", "参会人员", "参训人员") for c in cells) \
        and any(re.fullmatch(r"(本人)?(签名|签字|签到)(栏|处)?", c) for c in cells)


def _masthead(text: str) -> str:
    """A bulletin issue's masthead: a short line ending in 简报 (知识产权工作简报, also …工作动态, …信息专报; in a text
    box its text may come last) with its issue number (第5期, 〔2023〕第4期) on a line of its own near the top or
    beside it; "" where the page is no issue of a bulletin."""
    lines = [clean(_merged_once(t)) for t in text.splitlines() if t.strip()]  # a masthead in a merged cell
    for ln in lines:
        if len(ln) <= 16 and re.search(PERIODICAL + "$", ln) and any(ISSUE_LINE.fullmatch(m) for m in lines[:8]):
            return ln
        if len(ln) <= 16 and BULLETIN.fullmatch(ln):
            return ISSUE_LINE.sub("", ln).strip()
    return ""


def _issue_of_bulletin(title: str, text: str) -> bool:
    """Whether a document titled so is an issue of a bulletin: its headline (关于…的报告 too) is what the issue
    carries; minutes, sign-in sheets and ledgers under a masthead are what they say."""
    name = title_type(title)
    return bool(_masthead(text)) and (not title.startswith("关于") or name in CARRIED) \
        and name not in (*MINUTES, "签到表", *LEDGERS)


def title_type(title: str) -> str:
    """The type the title ends with (a trailing （试行） or （2023年） aside), or ""."""
    core = re.sub(r"(（[^（）]*）|\([^()]*\)|[\s\d”\"》])+$", "", title)
    ends = [(len(word), name) for word, name in TYPES if core.endswith(word)]
    if not ends and re.search(r"(?:材料|提纲)$", core):  # …工作汇报材料, …讲话提纲: the paper of that genre
        name = title_type(core[:-2])
        return name if name in DOCUMENTS else ""
    return max(ends)[1] if ends else ""


def doc_type(title: str, kind: str, found_media: list[dict], tables: list[dict], text: str = "",
             meetings: list | None = None, attendance: dict | None = None) -> str | None:
    """The type the title ends with (a trailing （试行） or （2023年） aside), else what the content shows: minutes
    (meetings found), a sign-in sheet (attendance), a ledger (XLSX, tables), a news report (outlets, bylines).
    On a page with a web byline, a headline whose type word is quoted (印发《…方案》) or is not an official
    document's (…报告, …总结, not 关于…) is news."""
    name = title_type(title)
    if _issue_of_bulletin(title, text):
        return "简报"  # an issue of a bulletin (…简报 / 第5期): its headline names what it reports (关于…的报告)
    if name in ("名单", "花名册") and re.search(r"名单|名册$", title) and any(_signed(t["header"]) for t in tables):
        name = "签到表"  # 参训人员名单 with a column to sign in
    byline = any(BYLINE.search(line.strip()) for line in text.splitlines()[:40])
    if kind == "xlsx" and name in ("新闻报道", "截图"):
        return "统计表"  # a workbook listing reports (…宣传报道) is a ledger of them
    if name:
        quoted = re.search(r"[》”\"]$", title.strip())
        reported = not title.startswith("关于") and name in DOCUMENTS
        if byline and name not in ("签到表", *LEDGERS, *MINUTES) and (quoted or reported or kind == "image") \
                and not OPEN_INFO.search(text):
            return "新闻报道"  # a web page's headline about a document, or a screenshot of any web page
        return name
    if meetings:  # untitled: a record takes down who said what (康某：…) and names its recorder; minutes sum up
        # (or a form whose field names the meeting: 会议名称：…, a record's, never a 纪要's heading)
        return "会议记录" if RECORDER.search(text) and len(SPEAKER.findall(text)) >= 2 \
            or re.search(r"(?m)^会议名称", text) else "会议纪要"
    counted = any(re.search(r"人数|人次|次数|数量", c) for t in tables for c in t["header"])  # a ledger of events
    if attendance and attendance.get("count") and not counted or any(_signed(t["header"]) for t in tables):
        return "签到表"  # a sheet whose heading names only the event (…培训班), with a column to sign in
    if kind == "xlsx":
        return "统计表"
    if tables and not byline and _mostly_tables(tables, text):
        return "统计表"  # a register of reports names outlets in its rows: still a register
    if found_media or byline or NEWS.search(text):
        return "新闻报道"
    if tables or _grid(text):
        return "统计表"  # a grid of figures under a title naming no genre (…专利授权情况): a table of them
    if kind == "image" and not title:
        return "照片"  # a photograph with no heading: of an event, not of a document
    return None  # a title with no type word (…工作开展情况): not guessed
