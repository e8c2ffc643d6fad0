"""A sixth tuning corpus for the extraction benchmark (issue 15), written blind: its author never read the
extractor, its tests or its output, and never ran it on these files.

    .venv/bin/python bench/dev6/make_dev6.py DIR      # writes DIR/<files>, DIR/truth.yaml and bench/dev6/truth.yaml

Weighted towards what we read worst: the issuing organ and the document type across every kind of file (DOCX in
many house styles: the red organ mark as a paragraph, in a table cell together with the 文号, in the page header
or in a text box; organs only in the signature; joint issuers stacked line by line; 通知 函 方案 报告 总结 简报
(第N期) 会议纪要 请示 批复 意见 决定 typed in Word; ledgers, name lists and sign-in sheets typed in Word; the same
as text PDFs, scans and photos), XLSX workbooks (…台账 …统计表 …一览表 …登记表 …汇总表 …名单, a sheet of news
reports with a 媒体 column, a sign-in sheet, a 填表说明 sheet in front, several sheets, merged two-row headers,
blank spacer rows, notes, hidden rows and columns, totals), screenshots whose pages name many outlets that are
not the source (相关链接, 推荐阅读, footers with 主办/承办 units, 友情链接, share bars, 转载 chains, an editor's
unit) with the source in varied forms (来源： 信息来源： 稿件来源： 文章来源： 本文转自 作者/单位 原标题), tables
scanned and photographed (two-row headers, a title row inside the table, 合计 rows, notes, over two pages or two
photos), photographed minutes (主持人/主持/由…主持 in several layouts; topics numbered 一、（一）1. ① 一是 or in a
form cell) and dates on photos (tilted 3–8°, perspective, hard shadows).

How it differs from dev2–dev5: other invented places (山西, 甘肃, 浙江, 四川, 吉林), organs, wordings and
文号 roots; its own layouts (see `official`); its own camera (`camera`: tilt 3–8° either way, keystone from
below, a hard-edged shadow band across the page, sensor noise, white balance, 2400–3600 px) and scanner
(`scanner`: feeder streaks, a dark border where the lid did not cover, skew 0.4–3° either way, 100–300 dpi, grey,
colour or bilevel, JPEG/PNG or image-only PDF); screenshots drawn in its own layouts (portal pages 1280–1600 px
wide, a 信息公开 page with its metadata grid, phone pages 1080/1170 px). Low-level helpers only (python-docx `Doc`,
`Truth`, fonts, seals, `Canvas`, LibreOffice printing, image-only PDFs) come from bench/dev3/make_dev3.py.
Deterministic: every file is seeded by its name.

Truth is recorded while the text is written, never read back from the files; every recorded date text, 文号 (as
shown) and title is checked to be printed in the text of the PDF/DOCX, the XLSX cells or the strings drawn.
Conventions (those of dev3/dev4/dev5 where not said otherwise):
- 文号: every PREFIX〔YEAR〕N号 printed, any bracket (`shown` keeps the printed form): the file's own, cited ones
  (also where a verb, 的 or an organ name runs into the prefix), in table cells (处罚决定书文号, 发文字号 columns,
  a 信息公开 metadata grid). A joint document's own 文号 is its lead organ's. Not 文号: 期号 (第5期), court case
  numbers, ICP/公安备案 numbers, 网站标识码, register numbers without 号.
- dates: every calendar day printed in any style (2023年5月18日, 二〇二三年五月十八日, 2023.5.18, 2023/06/08,
  2023-06-08, 5月18日 where the year is printed), both ends of a range (the end keeps the range text), dates in
  text boxes, headers, table cells, XLSX cells (the displayed text), related-link lists and metadata grids;
  not months or years alone, times, relative forms, digits in URLs.
- title: the document's own title with its lines joined; not the organ mark, 文号, header, masthead of a site,
  breadcrumb, 原标题 line or account name. 简报: the masthead's name (…工作简报), the issue number 第N期 not part
  of it. Minutes printed under a masthead that is itself the minutes' name (…会议纪要): that name. XLSX: the title
  row of the first sheet that holds data (a 填表说明 sheet in front holds instructions, not the title).
- organ: the full name of who issued the material. Mark (red paragraph, table cell, header, text box) or, without
  one, the signature; a joint document's first organ; 简报: the 编印 unit on its masthead; minutes: the organ in
  the masthead or signature. **Ledgers, name lists and statistics (DOCX, scans, photos, XLSX): the 填报单位 /
  制表单位 / 登记单位 when printed in full** (it is who produced the material; dev5 gave ledgers no organ), otherwise
  none.
  Sign-in sheets and news reports (screenshots of portals, WeChat and apps): none — the unit that ran a meeting
  or posted an article did not issue a document, and the source of news is recorded as media. A government
  portal's 信息公开 page of a notice (发布机构/发文字号 grid) is that notice: organ = 发布机构.
- doc_type, as a clerk sorting the material would file it, in the vocabulary of `ipdocs facts`: 通知, 函, 方案,
  报告, 总结, 简报 (工作简报, 信息专报 with 第N期), 会议纪要 (纪要 and 会议记录), 签到表, 新闻报道, and
  统计表 for every ledger-like table whatever it calls itself (台账, 统计表, 一览表, 登记表, 汇总表, 名单 — they
  all answer "how many, who, which"; a sheet of news reports with a 媒体 column is such a ledger, not a news
  report); 请示, 批复, 意见 and 决定 are filed as 正式文件 (red-header documents of a 文种 the vocabulary does not
  name; the clerk files them together as formal documents). A 通知 that 印发 a 方案 is a 通知 (its 文种 is the
  title's last word).
- media: the outlet printed as the source (来源 / 信息来源 / 稿件来源 / 文章来源 / 本文转自 / 转载自 lines, a news
  app's masthead, a 媒体 column) with its level; in a 转载 chain (转自 A，原载 B) both published it, so both are
  media. Not media: government units and accounts (also as 来源), outlets in 相关链接/推荐阅读 lists, footers
  (主办/承办/技术支持), 友情链接, share bars, an editor's or author's unit.
- tables: header = leaf row of a merged header; rows = records; not rows: title rows (also a title row inside the
  table), 填报 lines, blank spacer or numbered rows, notes, 合计/小计 rows; a table over two pages or photos is
  one table; XLSX hidden rows and hidden columns are not shown to a reader, so not truth (the header and rows
  leave hidden columns out); an unruled table with a header and records is a table; layout tables (a mark and
  文号 in a table, a 会议记录 form of label–value cells) are not.
- meetings: minutes only; date = day held (not the day the minutes were issued); chair = the name alone;
  topics = agenda items in order without numbering and without a closing 。 or ；.
- attendance: sign-in sheets only; count = rows that carry a name, names = those names.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import io
import math
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import openpyxl
import yaml
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
d3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d3)

Truth, Doc, Canvas = d3.Truth, d3.Doc, d3.Canvas
SP, RED = d3.SP, d3.RED
names = d3.names

# --- invented places --------------------------------------------------------------------------------
# city, county, slug, 文号 abbreviation, level word, province abbreviation, province, towns, city paper,
# province outlets (2), province news app, area code
PLACE_TABLE = """
晋川市 汾北区 fenbei 汾 区 晋 山西 城北街道,北营镇,柳林乡,东阳镇 晋川日报 山西日报,黄河新闻网 山西Plus 0357
陇原市 渭北县 weibei 渭 县 陇 甘肃 城关镇,红柳乡,三道沟镇,新城镇 陇原日报 甘肃日报,每日甘肃网 新甘肃 0936
瓯江市 南溪区 nanxi 南 区 浙 浙江 江滨街道,梅岙镇,仙岩镇,岩头乡 瓯江日报 浙江日报,浙江在线 潮新闻 0577
蜀原市 青衣县 qingyi 青 县 川 四川 城厢镇,花溪镇,龙门乡,平乐镇 蜀原日报 四川日报,四川在线 川观新闻 0833
吉北市 白桦区 baihua 桦 区 吉 吉林 新华街道,榆树镇,白山乡,二道镇 吉北日报 吉林日报,中国吉林网 彩练新闻 0432
"""
KEYS = ("city", "county", "slug", "a", "lvl", "p", "prov", "towns", "paper", "ppapers", "app", "tel")


def _place(line: str) -> dict:
    v = dict(zip(KEYS, line.split(), strict=True))
    return {**v, "towns": v["towns"].split(","), "ppapers": v["ppapers"].split(","), "full": v["city"] + v["county"]}


PLACES = [_place(line) for line in PLACE_TABLE.strip().splitlines()]
NATIONAL = ["人民日报", "新华社", "光明日报", "中国知识产权报", "中国市场监管报", "法治日报", "中国新闻网", "人民网"]
NOT_MEDIA = ["中国政府网", "国家知识产权局", "市场监管总局", "国家版权局"]  # sites named on pages; not news outlets

ORGANS = {  # key → (full name, 文号 root before the type character)
    "amr": ("{full}市场监督管理局", "{a}{lvl}市监"), "ipo": ("{full}知识产权局", "{a}{lvl}知"),
    "dj": ("{full}打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "{a}{lvl}打假办"),
    "lead": ("{full}知识产权保护工作领导小组办公室", "{a}{lvl}知保办"), "gov": ("{full}人民政府办公室", "{a}{lvl}政办"),
    "gov0": ("{full}人民政府", "{a}{lvl}政"),
    "police": ("{city}公安局{county}分局", "{a}公"), "court": ("{full}人民法院", "{a}法"),
    "pub": ("中共{full}委员会宣传部", "{a}{lvl}宣"), "edu": ("{full}教育局", "{a}{lvl}教"),
    "commerce": ("{full}商务局", "{a}{lvl}商"), "agri": ("{full}农业农村局", "{a}{lvl}农"),
}


def organ(place: dict, key: str) -> tuple[str, str]:
    full, root = ORGANS[key]
    return full.format(**place), root.format(**place)


UNITS = "市场监管局 公安分局 人民法院 人民检察院 司法局 农业农村局 教育局 商务局 委宣传部 文化和旅游局 工信局".split()


def units(place: dict) -> list[str]:
    return [place["lvl"] + u for u in UNITS] + [x + ("人民政府" if x.endswith(("镇", "乡")) else "办事处")
                                                for x in place["towns"]]


CITED = [(title, prefix, int(y), int(n)) for title, prefix, y, n in map(str.split, """
国务院办公厅关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知 国办发 2023 13
国家知识产权局办公室关于做好知识产权保护工作检查考核有关工作的通知 国知办函保字 2023 212
市场监管总局办公厅关于开展知识产权执法“铁拳”行动的通知 市监稽发 2023 27
国家知识产权局关于印发《知识产权行政保护技术调查官管理办法》的通知 国知发保字 2022 33
""".strip().splitlines())]
PROV = {"晋": ("晋知发", "晋市监发"), "陇": ("甘知发", "甘市监发"), "浙": ("浙知发", "浙市监知"),
        "川": ("川知发", "川市监发"), "吉": ("吉知发", "吉市监办发")}
ACTIONS = """
“护苗”知识产权专项整治 商标侵权“亮剑”执法行动 重点市场知识产权保护规范化建设 地理标志保护“溯源”行动
“双随机、一公开”知识产权领域抽查 知识产权纠纷行政调解 中秋国庆“两节”侵权假冒商品清查 展会知识产权保护
老字号商标保护专项行动 知识产权宣传周系列活动
""".split()
TOPICS = """
传达学习省市知识产权保护工作会议精神 听取各成员单位上半年工作进展汇报 研究年度检查考核迎检材料准备工作
审议知识产权保护工作要点及任务分工 研究商标侵权案件线索移送和行刑衔接机制 部署知识产权宣传周活动
研究重点市场知识产权保护规范化建设方案 通报侵权假冒投诉举报处理情况 研究知识产权纠纷调解组织建设
安排下半年联合执法检查 研究地理标志产品保护申报工作 审定年度知识产权保护工作自评报告
""".split()
MEETINGS = ["知识产权保护工作联席会议", "打击侵权假冒工作领导小组会议", "知识产权保护工作领导小组全体会议",
            "检查考核迎检工作调度会", "知识产权保护工作专题推进会"]
CHAIRS = ["副区长", "区政府副区长", "区市场监管局局长", "区政府办公室副主任", "区委常委、副区长"]


def outlet(rng: random.Random, place: dict, level: str) -> str:
    return {"国家级": rng.choice(NATIONAL), "省级": rng.choice(place["ppapers"]), "市级": place["paper"]}[level]


def level_of(place: dict, name: str) -> str:
    return "国家级" if name in NATIONAL else "市级" if name == place["paper"] else "省级"


def day(rng: random.Random, year: int, months=(2, 11)) -> dt.date:
    return dt.date(year, rng.randint(*months), rng.randint(1, 28))


def tel(rng: random.Random, place: dict) -> str:
    return f"{place['tel']}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randint(0, 9)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"


def chair_title(rng: random.Random, place: dict) -> str:
    return rng.choice(CHAIRS).replace("区", place["lvl"])


# --- DOCX house styles ----------------------------------------------------------------------------------
BODY = [("仿宋_GB2312", 16, 28.9), ("AR PL UMing CN", 14, 25), ("Noto Serif CJK SC", 12, 22), ("仿宋", 15, 27),
        ("AR PL UKai CN", 15, 26), ("Noto Sans CJK SC", 11, 20), ("宋体", 13, 24)]
TITLE = [("方正小标宋简体", 22, False), ("Noto Serif CJK SC", 20, True), ("黑体", 21, False),
         ("AR PL UMing CN", 22, True), ("Noto Sans CJK SC", 18, True), ("宋体", 20, True)]
BRACKETS = ["〔〕", "〔〕", "〔〕", "[]", "【】", "（）"]


def house(rng: random.Random) -> dict:
    f, s, sp = rng.choice(BODY)
    tf, ts, tb = rng.choice(TITLE)
    return {"font": f, "size": s, "spacing": sp, "tfont": tf, "tsize": ts, "tbold": tb,
            "h1": rng.choice(["黑体", "Noto Sans CJK SC", f]), "h2": rng.choice(["楷体_GB2312", "AR PL UKai CN", f])}


def break_title(rng: random.Random, title: str, lines: int, hs: dict) -> list[str]:
    """Lines of a long title as typed: at most what fits the 156 mm line, cut at a word edge or anywhere."""
    fit = int(150 / (hs["tsize"] * 0.3528))
    n = max(lines, -(-len(title) // fit))
    if n <= 1 or len(title) < 12:
        return [title]
    parts, last = [], 0
    for k in range(1, n):
        ideal = last + -(-(len(title) - last) // (n - k + 1))
        near = [i for i in range(ideal - 4, ideal + 3) if 0 < i < len(title) and title[i] in "关《的开加做进“"]
        cut = rng.choice(near) if near and rng.random() < 0.6 else ideal + rng.randint(-2, 1)
        cut = max(last + 4, min(cut, last + fit, len(title) - 3))
        parts.append(title[last:cut])
        last = cut
    return [*parts, title[last:]]


def put_title(doc: Doc, rng: random.Random, hs: dict, title: str, lines: int) -> None:
    parts = break_title(rng, title, lines, hs)
    kw = {"font": hs["tfont"], "size": hs["tsize"], "bold": hs["tbold"], "align": "center",
          "spacing": hs["tsize"] * rng.choice([1.25, 1.4, 1.6])}
    doc.lines(parts, **kw) if rng.random() < 0.5 else [doc.p(part, **kw) for part in parts]


def cited(t: Truth, rng: random.Random, place: dict, year: int) -> str:
    """A sentence citing higher documents: in brackets after a title, run into a verb, 的 or an organ name."""
    title, prefix, cy, number = rng.choice(CITED)
    no = t.docno(prefix, min(cy, year), number, rng.choice(BRACKETS))
    p1, p2 = PROV[place["p"]]
    pno = t.docno(p1, year, rng.randint(2, 60), rng.choice(["〔〕", "〔〕", "[]"]))
    cno = t.docno(f"{place['city'][:2]}市监", year, rng.randint(5, 90), rng.choice(["〔〕", "（）"]))
    forms = [f"根据《{title}》（{no}）和省局{pno}文件要求，结合市局{cno}部署",
             f"为贯彻落实{no}精神，按照省市场监管局印发的{pno}和{place['city']}市场监督管理局{cno}的要求",
             f"按照{place['prov']}省知识产权局下发{pno}、市局转发{no}的部署，根据{cno}有关安排",
             f"现将{cno}转发给你们，同时根据{pno}和国家层面{no}的要求"]
    return rng.choice(forms)


def span_text(t: Truth, rng: random.Random, start: dt.date, end: dt.date) -> str:
    style = rng.choice(["cn", "cn", "upper", "dot", "slash0", "cn0"])
    sep = "至" if style in ("cn", "upper", "cn0") else rng.choice(["—", "至", "-"])
    return t.span(start, end, style, sep)


def sign(doc: Doc, t: Truth, rng: random.Random, organs: list[str], when: dt.date, style: str | None = None,
         seal: bool = True, boxed: bool = False) -> str:
    """The signature block: organ line(s) and the date, right-aligned (or the date in a text box)."""
    style = style or rng.choice(["cn", "cn", "upper", "cn0"])
    doc.p("")
    text = t.date(when, style)
    if len(organs) > 1 and rng.random() < 0.6:  # joint: organs side by side above one date
        doc.p((SP * 2).join(organs[:2]), align="center", size=doc.size - 1)
        for o in organs[2:]:
            doc.p(o, align="center", size=doc.size - 1)
    else:
        for o in organs:
            doc.p(o + SP * 2, align="right")
    if boxed:  # a text box anchored where the date goes, below the organ line (not atop the page)
        box = doc.text_box([(text, doc.font, doc.size, False, None, "right")], 86, 0, 66, 11)
        shape = next(box._p.iter("{urn:schemas-microsoft-com:vml}shape"))
        shape.set("style", shape.get("style").replace("vertical-relative:margin", "vertical-relative:text"))
        doc.p("")
    else:
        doc.p(text + SP * 3, align="right")
    if seal:
        t.seals.append((text, organs[0]))
    return text


# --- formal documents -------------------------------------------------------------------------------
DOC_TYPE = {"通知": "通知", "函": "函", "方案": "方案", "报告": "报告", "总结": "总结", "请示": "正式文件",
            "批复": "正式文件", "意见": "正式文件", "决定": "正式文件"}


def genre_title(rng: random.Random, place: dict, year: int, genre: str, lead: str, action: str) -> str:
    lv, full, county = place["lvl"], place["full"], place["county"]
    return rng.choice({
        "通知": [f"关于开展{year}年{action}的通知",
                 f"关于做好{year}年度知识产权保护工作检查考核佐证材料收集报送有关事项的通知",
                 f"关于印发《{full}{year}年知识产权保护工作要点》的通知"],
        "函": [f"关于商请协助开展{action}联合检查的函",
               f"关于征求《{county}知识产权纠纷行政调解工作规程（征求意见稿）》意见的函"],
        "方案": [f"{full}{year}年{action}实施方案", f"{county}{year}年度知识产权保护工作检查考核迎检工作方案"],
        "报告": [f"关于{year}年度知识产权保护工作情况的报告", f"{lead}关于{action}开展情况的报告"],
        "总结": [f"{full}{year}年知识产权保护工作总结", f"{lead}{year}年{action}工作总结"],
        "请示": [f"关于申请拨付{year}年度知识产权保护专项工作经费的请示",
                 f"关于提请{lv}政府召开知识产权保护工作领导小组全体会议的请示"],
        "批复": [f"关于同意设立{county}知识产权纠纷人民调解委员会的批复", f"关于{action}实施方案的批复"],
        "意见": ["关于进一步加强知识产权全链条保护的实施意见", f"关于强化{county}知识产权协同保护的意见"],
        "决定": [f"关于表彰{year}年度知识产权保护工作先进集体和先进个人的决定"],
    }[genre])


def genre_body(doc: Doc, t: Truth, rng: random.Random, place: dict, year: int, genre: str, action: str,
               hs: dict, short: bool) -> None:
    lv = place["lvl"]
    start = dt.date(year, rng.randint(3, 6), rng.choice([1, 1, 10, 15]))
    end = dt.date(year, start.month, 30) if rng.random() < 0.4 else \
        dt.date(year, rng.randint(9, 11), rng.choice([15, 30]))
    head = lambda text: doc.p(text, font=hs["h1"], indent=2)  # noqa: E731
    if genre in ("通知", "方案", "意见"):
        doc.p(f"{cited(t, rng, place, year)}，经研究，决定于{span_text(t, rng, start, end)}在全{lv}开展{action}。"
              "现将有关事项通知如下。" if genre == "通知" else
              f"{cited(t, rng, place, year)}，结合我{lv}实际，制定本{genre if genre == '方案' else '意见'}。", indent=2)
        head("一、工作目标")
        doc.p(f"以{rng.choice(place['towns'])}等重点区域和商贸市场、电商平台为重点，严厉查处商标侵权、假冒专利等违法"
              "行为，力争全年办结知识产权案件数量同比增长。", indent=2)
        if not short:
            head("二、时间安排")
            a = start + dt.timedelta(days=rng.randint(5, 15))
            doc.p(f"（一）动员部署阶段（{t.date(start, 'md')}—{t.date(a, 'md')}）。各单位制定具体措施，明确责任人。",
                  indent=2)
            b = a + dt.timedelta(days=rng.randint(40, 80))
            doc.p(f"（二）集中整治阶段（{t.date(a + dt.timedelta(days=1), 'md')}—{t.date(b, 'md')}）。"
                  "开展联合执法检查，对发现的问题建立台账，限期整改。", indent=2)
            head("三、工作要求")
        due = dt.date(year, rng.choice([6, 9, 11]), rng.randint(5, 28))
        doc.p(f"请各单位于{t.date(due, rng.choice(['cn', 'md', 'dot', 'slash']))}前将工作情况、典型案例和佐证材料报送"
              f"{lv}市场监管局知识产权科。联系人：{names(rng, 1)[0]}，电话：{tel(rng, place)}。", indent=2)
    elif genre == "函":
        doc.p(f"{cited(t, rng, place, year)}，我局拟于{span_text(t, rng, start, end)}开展{action}。为形成工作合力，"
              f"商请贵单位选派1至2名业务骨干参加联合检查，并于{t.date(start - dt.timedelta(days=5), 'md')}前将人员"
              f"名单反馈我局。", indent=2)
        doc.p(f"联系人：{names(rng, 1)[0]}，联系电话：{tel(rng, place)}，手机：{mobile(rng)}。", indent=2)
        doc.p("特此函商。", indent=2)
    elif genre in ("报告", "总结"):
        doc.p(f"{year}年以来，我{lv}{cited(t, rng, place, year)}，扎实推进知识产权保护各项工作，现将有关情况"
              f"{'报告如下' if genre == '报告' else '总结如下'}。", indent=2)
        head("一、主要工作及成效")
        n1, n2 = rng.randint(12, 60), rng.randint(2, 9)
        doc.p(f"（一）执法办案。{span_text(t, rng, start, end)}，共立案查处侵犯知识产权案件{n1}件，移送公安机关{n2}件，"
              f"罚没款{rng.randint(10, 90)}.{rng.randint(1, 9)}万元。", indent=2)
        held = day(rng, year, (4, 4))
        doc.p(f"（二）宣传培训。{t.date(held, rng.choice(['cn', 'md']))}，组织知识产权宣传周主题活动，发放宣传资料"
              f"{rng.randint(800, 3000)}份；举办执法业务培训{rng.randint(2, 6)}期，培训{rng.randint(80, 300)}人次。",
              indent=2)
        if not short:
            head("二、存在的问题")
            doc.p("基层执法力量不足，侵权线索发现难、取证难问题依然存在，部门间信息共享有待加强。", indent=2)
            head(f"三、{year + 1}年工作打算")
            doc.p("持续开展重点领域专项整治，完善行政执法与刑事司法衔接机制，推动知识产权纠纷多元化解。", indent=2)
        if genre == "报告":
            doc.p("特此报告。", indent=2)
    elif genre == "请示":
        doc.p(f"{cited(t, rng, place, year)}，为做好{year}年度知识产权保护工作，{action}等任务需专项经费保障。经测算，"
              f"共需经费{rng.randint(12, 60)}.{rng.randint(0, 9)}万元，主要用于执法装备、宣传培训和检验鉴定。",
              indent=2)
        doc.p("以上请示妥否，请批示。", indent=2)
        doc.p(f"联系人：{names(rng, 1)[0]}{SP}联系电话：{tel(rng, place)}", indent=2)
    elif genre == "批复":
        asked = start - dt.timedelta(days=rng.randint(10, 30))
        asked_no = t.docno(organ(place, "amr")[1] + "文", year, rng.randint(3, 60))
        doc.p(f"你局《关于{action}实施方案的请示》（{asked_no}）收悉。经研究，现批复如下：", indent=2)
        doc.p(f"一、同意你局于{span_text(t, rng, start, end)}组织开展{action}。", indent=2)
        doc.p(f"二、请你局认真组织实施，并于{t.date(asked + dt.timedelta(days=200), 'cn')}前将实施情况书面报告"
              f"{lv}政府。", indent=2)
        doc.p("此复。", indent=2)
    elif genre == "决定":
        doc.p(f"{year}年，全{lv}各级各部门{cited(t, rng, place, year)}，知识产权保护工作取得明显成效，涌现出一批先进"
              f"集体和先进个人。为表彰先进，{lv}政府决定，对{'、'.join(rng.sample(units(place), 3))}等先进集体和"
              f"{'、'.join(names(rng, 4))}等先进个人予以通报表彰。", indent=2)
        doc.p("希望受到表彰的集体和个人珍惜荣誉，再接再厉。", indent=2)


def official(t: Truth, rng: random.Random, place: dict, year: int, layout: str, genre: str, lines: int = 2,
             short: bool = False, seal_no: bool = False) -> Doc:
    """A formal document. layouts: redpara (red mark paragraph, 文号 centred, red rule), redtable (mark in the
    top cell of a table, 文号 and 签发人 in the cell below, the rule the cell's border), header (red mark in the
    page header, 文号 right-aligned), box (mark in a text box, signature date in a text box), sig (no mark: the
    organ only in the signature, 印发 line), joint (organs stacked one red line each, 文件 beside the last),
    letter (函: red organ name, double rule, 文号 at the right), plain (organ typed in black above the title)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    if rng.random() < 0.5:  # page numbers — 1 — in the footer
        doc.footer_numbers()
    lv = place["lvl"]
    key = {"请示": "amr", "批复": "gov0", "决定": "gov0", "意见": "gov"}.get(genre) or \
        rng.choice(["amr", "ipo"] if layout == "joint" else ["amr", "ipo", "lead", "dj"])
    lead, root = organ(place, key)
    action = rng.choice(ACTIONS)
    title = genre_title(rng, place, year, genre, lead, action)
    organs = [lead]
    if layout == "joint":
        organs += [organ(place, k)[0] for k in rng.sample(["police", "pub", "commerce", "edu", "court"],
                                                           rng.choice([1, 2]))]
    t.facts.update(title=title, organ=lead, doc_type=DOC_TYPE[genre])
    char = {"函": "函", "请示": "文", "批复": "复"}.get(genre, rng.choice(["发", "发", "字", ""]))
    brackets = rng.choice(BRACKETS)
    own = day(rng, year, (3, 10))
    number = rng.randint(2, 96)
    no = None
    mark = lead + ("文件" if genre != "函" else "")
    msize = lambda text, width=150, top=34: min(top, int(width * 2.835 / len(text) / 1.12))  # noqa: E731
    if layout == "redpara":
        doc.p(mark, font="方正小标宋简体", size=msize(mark), color=RED, align="center", spacing=msize(mark) * 1.25,
              before=rng.choice([20, 36, 48]), after=rng.choice([12, 24]))
        no = t.docno(root + char, year, number, brackets)
        doc.p(no, align="center")
        doc.red_line(rng.choice([1.5, 2.25, 3]))
    elif layout == "redtable":
        no = t.docno(root + char, year, number, brackets)
        signer = names(rng, 1)[0]
        rows = [[mark, mark], [no, f"签发人：{signer}"]]
        fonts = {(0, 0): ("方正小标宋简体", msize(mark), RED)}
        table = doc.table(rows, [90, 66], header_rows=0, borders=False, bold_header=False, repeat=False,
                          fonts=fonts, merges=((0, 0, 0, 1),), left_cols=(0,))
        table.rows[1].cells[1].paragraphs[0].alignment = 2  # right
        doc.red_line(2.25)
    elif layout == "header":
        par = doc.d.sections[0].header.paragraphs[0]
        par.alignment = 1
        doc.run(par, mark, "方正小标宋简体", msize(mark, 150, 28), False, RED)
        no = t.docno(root + char, year, number, brackets)
        doc.p(no, align="right")
        doc.p("")
    elif layout == "box":
        size = msize(mark, 150, 30)
        doc.text_box([(mark, "方正小标宋简体", size, False, RED, "center")], 0, 4, 156, size * 0.3528 * 1.9)
        doc.p("", spacing=None, before=size * 2.3)
        no = t.docno(root + char, year, number, brackets)
        doc.p(no, align="center")
        doc.red_line()
    elif layout == "joint":
        fs = msize(max(organs, key=len), 150, 26)
        for i, o in enumerate(organs):
            doc.p(o, font="方正小标宋简体", size=fs, color=RED, align="distribute", spacing=fs * 1.3,
                  before=24 if i == 0 else 0)
        doc.p("文件", font="方正小标宋简体", size=fs + 8, color=RED, align="center", spacing=(fs + 8) * 1.3)
        no = t.docno(root + char, year, number, brackets)
        doc.p(no, align="center", before=10)
        doc.red_line()
    elif layout == "letter":
        doc.p(lead, font="方正小标宋简体", size=msize(lead, 150, 30), color=RED, align="center", before=12, spacing=40)
        doc.red_line(2.5, double=True)
        no = t.docno(root + char, year, number, brackets)
        doc.p(no, align="right")
    elif layout == "plain":
        doc.p(lead, font=hs["h1"], size=hs["size"] + 2, align="center", bold=True)
        doc.p("")
    if seal_no and no:
        t.seals.append((no, lead))
    put_title(doc, rng, hs, title, lines)
    doc.p("")
    to = {"请示": f"{place['full']}人民政府：", "批复": f"{lv}市场监管局：",
          "函": f"{lv}公安分局、{lv}商务局："}.get(genre)
    if to or genre in ("通知", "意见", "决定"):
        doc.p(to or rng.choice([f"各{'乡镇' if lv == '县' else '镇（街）'}人民政府，{lv}直有关单位：",
                                 f"{lv}知识产权保护工作领导小组各成员单位："]))
    genre_body(doc, t, rng, place, year, genre, action, hs, short)
    sign(doc, t, rng, organs, own, boxed=layout == "box")
    if layout == "sig" and not short:
        doc.p("")
        doc.p(f"抄送：{place['city']}市场监督管理局。", size=hs["size"] - 2)
        doc.red_line(1)
        doc.p(f"{lead}{SP * 2}{t.date(own + dt.timedelta(days=rng.randint(0, 2)), 'cn')}印发", size=hs["size"] - 2)
    return doc


# --- 简报 -------------------------------------------------------------------------------------------------
def briefing(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """A 工作简报: red masthead, 第N期 (and sometimes 总第M期), 编印 unit and date over a red rule, two items."""
    hs = house(rng)
    lead = organ(place, rng.choice(["lead", "amr", "dj"]))[0]
    name = rng.choice([f"{place['county']}知识产权保护工作简报", "知识产权保护工作简报",
                       f"{place['county']}打假工作简报"])
    t.facts.update(title=name, organ=lead, doc_type="简报")
    doc = Doc(hs["font"], hs["size"], min(hs["spacing"], 24))
    doc.p(name, font="方正小标宋简体", size=min(30, int(150 * 2.835 / len(name) / 1.1)), color=RED, align="center",
          spacing=44, before=18)
    n = rng.randint(2, 19)
    doc.p(f"第{n}期" + (f"（总第{n + rng.randint(30, 90)}期）" if rng.random() < 0.5 else ""), align="center")
    issued = day(rng, year, (4, 11))
    doc.p(f"{lead}编{SP * 4}{t.date(issued, rng.choice(['cn', 'upper']))}", size=hs["size"] - 1,
          align="distribute" if rng.random() < 0.5 else "center")
    doc.red_line(2)
    for k in range(2):
        action = rng.choice(ACTIONS)
        happened = issued - dt.timedelta(days=rng.randint(2, 20))
        doc.p(rng.choice([f"{place['lvl']}市场监管局扎实开展{action}", f"{rng.choice(place['towns'])}推进{action}"]),
              font=hs["h1"], align="center", before=8)
        doc.p(f"{t.date(happened, rng.choice(['cn', 'md']))}，{place['lvl']}市场监管局联合{place['lvl']}公安分局开展"
              f"{action}，出动执法人员{rng.randint(20, 90)}人次，检查经营主体{rng.randint(40, 300)}户，查扣涉嫌侵权商品"
              f"{rng.randint(100, 3000)}件。" + (cited(t, rng, place, year) + "，下一步将持续加大执法力度。" if k == 0
                                                 else ""), indent=2)
    doc.p("")
    doc.red_line(1)
    doc.p(f"报：{place['city']}市场监督管理局，{place['lvl']}委、{place['lvl']}政府领导。", size=hs["size"] - 2)
    doc.p(f"送：{place['lvl']}知识产权保护工作领导小组各成员单位。", size=hs["size"] - 2)
    return doc


# --- minutes --------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
MARKS = {"cn": lambda i: f"{CN[i]}、", "paren": lambda i: f"（{CN[i]}）", "dot": lambda i: f"{i + 1}.",
         "circle": lambda i: "①②③④⑤⑥"[i], "shi": lambda i: f"{CN[i]}是"}


def minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: masthead (…会议纪要 masthead, 第N期, 由…主持 narrative, 一、关于… items), fields (label lines with
    spaced labels 主 持 人：, topics ① or 1.), inline (议题 in one sentence 一是…；二是…), form (会议记录 form in a
    table), hand (a notebook page in blue 楷书: 主持：name + title, topics (1) …)."""
    hs = house(rng)
    hand = style == "hand"
    doc = Doc("AR PL UKai CN" if hand else hs["font"], 15 if hand else hs["size"], 27 if hand else hs["spacing"],
              margins=(20, 22, 20, 20) if style in ("hand", "form") else (30, 26, 26, 28))
    lv = place["lvl"]
    meeting = place["county"] + rng.choice(MEETINGS)
    held = day(rng, year, (3, 11))
    chair = names(rng, 1)[0]
    position = chair_title(rng, place)
    topics = rng.sample(TOPICS, rng.randint(3, 5))
    office = organ(place, rng.choice(["lead", "gov", "dj"]))[0]
    room = rng.choice([f"{lv}政府三楼会议室", f"{lv}市场监管局五楼会议室", "行政中心A座602会议室"])
    attendees = "、".join(rng.sample(units(place), 5))
    t.meeting(held, meeting, chair, topics)
    if style == "masthead":
        title = meeting + "纪要"
        t.facts.update(title=title, organ=office, doc_type="会议纪要")
        doc.p(title, font="方正小标宋简体", size=min(28, int(150 * 2.835 / len(title) / 1.1)), color=RED,
              align="center", spacing=40, before=10)
        doc.p(f"第{rng.randint(1, 12)}期", align="center")
        issued = held + dt.timedelta(days=rng.randint(1, 6))
        doc.p(f"{office}{SP * 2}{t.date(issued, 'cn')}", align="center", size=hs["size"] - 2)
        doc.red_line(2)
        doc.p(f"{t.date(held, rng.choice(['cn', 'upper']))}{rng.choice(['上午', '下午'])}，{position}{chair}在{room}"
              f"主持召开{meeting}，{attendees}等单位负责同志参加会议。会议研究了以下事项，现纪要如下：", indent=2)
        for i, topic in enumerate(topics):
            doc.p(f"{MARKS['cn'](i)}{topic}", font=hs["h1"], indent=2)
            doc.p(rng.choice(["会议要求各成员单位明确专人负责，按时完成。", "会议同意该事项，由牵头单位抓好落实。",
                              "会议强调，要压实责任，确保取得实效。"]), indent=2)
        return doc
    title = meeting + ("记录" if style in ("form", "hand") else "纪要")
    t.facts.update(title=title, doc_type="会议纪要")
    if style == "form":
        doc.p(title, font=hs["tfont"], size=18, bold=True, align="center", after=8)
        numbered = "\n".join(f"{MARKS['dot'](i)}{x}" for i, x in enumerate(topics))
        rows = [["会议名称", meeting, "", ""], ["会议时间", f"{t.date(held, rng.choice(['cn', 'dot', 'slash0']))} "
                                               f"{rng.randint(8, 16)}:{rng.choice(['00', '30'])}", "会议地点", room],
                ["主持人", chair, "记录人", names(rng, 1)[0]], ["参会单位", attendees, "", ""],
                ["会议议题", numbered, "", ""],
                ["会议内容", "与会人员逐项讨论，形成一致意见，会后由各牵头单位分头落实。", "", ""]]
        doc.table(rows, [28, 60, 26, 42], size=11, header_rows=0, bold_header=False, repeat=False, left_cols=(1, 3),
                  merges=((0, 1, 0, 3), (3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3)))
        return doc
    if style == "hand":
        ink = "1F3A93"
        doc.p(title, size=19, color=ink, align="center", after=6)
        doc.p(f"时间：{t.date(held, rng.choice(['dot', 'cn', 'slash']))}{rng.choice(['上午', '下午'])}", color=ink)
        doc.p(f"地点：{room}", color=ink)
        doc.p(f"主持：{chair}{SP}{position.split('、')[-1]}", color=ink)
        doc.p(f"参加：{attendees}", color=ink)
        doc.p("议题：", color=ink)
        for i, topic in enumerate(topics):
            doc.p(f"（{i + 1}）{topic}", color=ink, indent=1)
        doc.p("记录：" + names(rng, 1)[0], color=ink, align="right")
        return doc
    t.facts["organ"] = office
    put_title(doc, rng, hs, title, 1)
    doc.p("")
    if style == "fields":
        label = rng.choice([("会议时间", "会议地点", "主 持 人", "参会人员", "会议议题"),
                            ("时　　间", "地　　点", "主　　持", "参加人员", "议　　题")])
        mark = rng.choice(["circle", "dot", "paren"])
        when = t.date(held, rng.choice(["upper", "cn0", "slash0"]))
        doc.p(f"{label[0]}：{when}{rng.choice(['上午9:00', '下午3:00'])}")
        doc.p(f"{label[1]}：{room}")
        shown = chair if len(chair) == 3 else chair[0] + SP + chair[1]
        doc.p(f"{label[2]}：{shown}{rng.choice(['（' + position + '）', '', ' ' + position])}")
        doc.p(f"{label[3]}：{attendees}")
        doc.p(f"{label[4]}：")
        for i, topic in enumerate(topics):
            doc.p(f"{MARKS[mark](i)}{topic}", indent=2)
        doc.p("会议议定事项如下：", font=hs["h1"], indent=2)
        doc.p("会议要求，各成员单位要按照分工抓紧落实，确保迎检材料真实完整。", indent=2)
    else:  # inline
        doc.p(f"{t.date(held, rng.choice(['cn', 'cn0']))}，{meeting}在{room}召开，会议由{position}{chair}同志主持，"
              f"{attendees}等单位分管负责同志参加。", indent=2)
        items = "；".join(f"{MARKS['shi'](i)}{x}" for i, x in enumerate(topics))
        doc.p(f"会议主要议题：{items}。", indent=2)
        doc.p("会议指出，各成员单位要进一步提高认识，加强协作，形成工作合力。", indent=2)
    sign(doc, t, rng, [office], held + dt.timedelta(days=rng.randint(1, 5)), seal=rng.random() < 0.5)
    return doc


# --- sign-in sheets, ledgers, name lists (Word) -----------------------------------------------------
HAND_INK = "203C8C"


def signin(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: plain (序号 姓名 单位 职务 手机号码, blank numbered rows at the end), train (a training class:
    序号 姓名 性别 工作单位 签到时间), ampm (two-row header 签到 over 上午/下午), long (runs over two pages)."""
    long = style == "long"
    doc = Doc("宋体", 12, None, margins=(18, 18, 18, 16) if not long else (20, 20, 20, 20))
    held = day(rng, year, (3, 11))
    what = rng.choice([f"{year}年知识产权行政执法业务培训班", place["county"] + rng.choice(MEETINGS),
                       f"{year}年知识产权宣传周主题活动"])
    title = what + rng.choice(["签到表", "签到册", "参会人员签到表"])
    t.facts.update(title=title, doc_type="签到表")
    doc.p(title, font="黑体", size=17, align="center", after=6)
    doc.p(f"时间：{t.date(held, rng.choice(['cn', 'dot', 'slash0']))}{SP * 3}地点：{place['lvl']}市场监管局会议室",
          size=11, align="left")
    n = rng.randint(40, 46) if long else rng.randint(9, 16)
    people = names(rng, n)
    pool = units(place)
    hand = {}
    if style == "train":
        header = ["序号", "姓名", "性别", "工作单位", "签到时间"]
        rows = [[str(i + 1), p, rng.choice("男女"), rng.choice(pool), f"{rng.randint(8, 8)}:{rng.randint(10, 29):02d}"]
                for i, p in enumerate(people)]
    elif style == "ampm":
        header = ["序号", "单位", "姓名", "上午", "下午"]
        rows = [[str(i + 1), rng.choice(pool), p, "✓", rng.choice(["✓", "✓", "请假"])] for i, p in enumerate(people)]
    else:
        header = ["序号", "姓名", "单位", "职务", "手机号码"]
        rows = [[str(i + 1), p, rng.choice(pool), rng.choice(["科员", "股长", "副所长", "所长", "执法队员", "副局长"]),
                 mobile(rng)] for i, p in enumerate(people)]
    col = header.index("姓名")
    for r in range(len(rows)):
        hand[(r + (2 if style == "ampm" else 1), col)] = ("AR PL UKai CN", 13, HAND_INK)
    t.table(header, rows)
    t.attendance(people)
    blank = [[str(n + k + 1)] + [""] * (len(header) - 1) for k in range(rng.randint(2, 4))]
    if style == "ampm":
        top = ["序号", "单位", "姓名", "签到", "签到"]
        doc.table([top, header] + rows + blank, [14, 62, 30, 25, 25], size=11, header_rows=2, fonts=hand,
                  merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)), spacing=20)
    else:
        widths = [14, 26, 14, 70, 30] if style == "train" else [14, 26, 62, 26, 36]
        doc.table([header] + rows + blank, widths, size=11, header_rows=1, fonts=hand, spacing=22 if long else 21)
    return doc


def case_rows(t: Truth, rng: random.Random, place: dict, year: int, n: int) -> list[list[str]]:
    amr_root = organ(place, "amr")[1]
    rows = []
    for i in range(n):
        opened = day(rng, year, (1, 9))
        closed = opened + dt.timedelta(days=rng.randint(15, 80))
        shop = rng.choice(place["towns"]) + rng.choice(["某商贸有限公司", "某日用品店", "某电子经营部", "某超市",
                                                        "某服装店"])
        what = rng.choice(["销售侵犯注册商标专用权的运动鞋", "销售假冒专利的电动工具", "销售侵权白酒", "擅自使用他人"
                           "有一定影响的商品名称", "销售侵犯注册商标专用权的手机配件"])
        style = rng.choice(["cn", "dot0", "iso"])
        penalty = t.docno(amr_root + "处罚", year, rng.randint(10, 300), rng.choice(["〔〕", "〔〕", "[]"]))
        rows.append([str(i + 1), f"{shop}{what}案", t.date(opened, style), t.date(closed, style), penalty,
                     str(rng.randint(5, 300) * 100)])
    return rows


def ledger(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """Ledgers typed in Word. styles: cases (a title row inside the table, a two-row header, 合计, notes under
    the table, 填报单位 line), long (the same over two pages, header repeated), unruled (a borderless statistics
    table), namelist (…名单 with wrapped cells), yilan (发文一览表 with 文号 and dates)."""
    small = style in ("unruled", "namelist", "yilan")
    doc = Doc("仿宋_GB2312" if style != "unruled" else "Noto Serif CJK SC", 12, None, landscape=not small,
              margins=(22, 20, 20, 20))
    amr = organ(place, "amr")[0]
    if style in ("cases", "long"):
        title = f"{year}年知识产权案件查处台账" if style == "cases" else f"{year}年侵犯知识产权案件办理情况一览表"
        t.facts.update(title=title, doc_type="统计表", organ=amr)
        header = ["序号", "案件名称", "立案日期", "结案日期", "处罚决定书文号", "罚没金额（元）"]
        n = rng.randint(7, 10) if style == "cases" else rng.randint(26, 32)
        rows = case_rows(t, rng, place, year, n)
        t.table(header, rows)
        filled = dt.date(year, 12, rng.randint(1, 6))
        total = ["合计", f"{n}件", "", "", "", str(sum(int(r[-1]) for r in rows))]
        widths = [14, 98, 30, 30, 58, 27]
        if style == "cases":
            doc.p(f"填报单位（盖章）：{amr}{SP * 6}填报日期：{t.date(filled, 'cn')}", size=11)
            top = [title] * 6
            groups = ["序号", "案件名称", "办理时间", "办理时间", "处罚决定书文号", "罚没金额（元）"]
            grid = [top, groups, header] + rows + [total]
            merges = ((0, 0, 0, 5), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 2, 4), (1, 5, 2, 5))
            fonts = {(0, 0): ("黑体", 16, None)}
            doc.table(grid, widths, size=10.5, header_rows=3, merges=merges, fonts=fonts, left_cols=(1,))
        else:
            doc.p(title, font="黑体", size=18, align="center", after=6)
            doc.p(f"制表单位：{amr}{SP * 8}统计截止：{t.date(filled, 'cn')}", size=11)
            doc.table([header] + rows + [total], widths, size=10.5, header_rows=1, left_cols=(1,))
        doc.p("注：1.本表统计范围为本年度立案查处的知识产权案件；2.罚没金额含没收违法所得。", size=10)
        doc.p(f"填表人：{names(rng, 1)[0]}{SP * 4}审核人：{names(rng, 1)[0]}{SP * 4}联系电话：{tel(rng, place)}",
              size=10)
        return doc
    if style == "unruled":
        title = f"{year}年知识产权宣传培训活动统计表"
        t.facts.update(title=title, doc_type="统计表")
        doc.p(title, font="Noto Sans CJK SC", size=15, bold=True, align="center", after=10)
        header = ["单位", "活动日期", "活动形式", "参加人数"]
        rows = []
        for u in rng.sample(units(place), rng.randint(6, 9)):
            rows.append([u, t.date(day(rng, year, (3, 11)), rng.choice(["dot", "slash"])),
                         rng.choice(["专题培训", "街头宣传", "进企业宣讲", "以案释法"]), str(rng.randint(20, 260))])
        t.table(header, rows)
        doc.table([header] + rows, [50, 34, 36, 26], size=11, header_rows=1, borders=False)
        doc.p("")
        doc.p("说明：活动日期以实际开展日为准。", size=10)
        return doc
    if style == "namelist":
        title = f"{place['full']}{year}年度知识产权保护工作先进个人名单"
        t.facts.update(title=title, doc_type="统计表", organ=organ(place, "lead")[0])
        doc.p(title, font="方正小标宋简体", size=17, align="center", after=6)
        header = ["序号", "姓名", "工作单位及职务", "主要事迹"]
        people = names(rng, rng.randint(6, 9))
        rows = [[str(i + 1), p, f"{rng.choice(units(place))}{rng.choice(['科员', '副科长', '执法队员', '所长'])}",
                 rng.choice(["牵头查办跨区域商标侵权案件，案值较大", "长期深入基层开展知识产权宣传", "推动建立知识产权"
                             "纠纷调解工作站，调解成功率高"])] for i, p in enumerate(people)]
        t.table(header, rows)
        doc.table([header] + rows, [12, 22, 56, 66], size=11, header_rows=1, left_cols=(2, 3))
        doc.p("")
        doc.p(f"制表单位：{organ(place, 'lead')[0]}", size=11, align="right")
        return doc
    # yilan: outgoing documents
    title = f"{year}年知识产权保护工作发文一览表"
    t.facts.update(title=title, doc_type="统计表")
    doc.p(title, font="黑体", size=16, align="center", after=8)
    header = ["序号", "发文字号", "文件标题", "成文日期"]
    root = organ(place, rng.choice(["amr", "lead"]))[1]
    rows = []
    for i in range(rng.randint(6, 9)):
        rows.append([str(i + 1), t.docno(root + rng.choice(["发", "函", "字"]), year, 3 + i * rng.randint(2, 6)),
                     genre_title(rng, place, year, rng.choice(["通知", "函", "方案"]), "", rng.choice(ACTIONS)),
                     t.date(day(rng, year, (1 + i, 1 + i)), rng.choice(["cn", "dot0"]))])
    t.table(header, rows)
    doc.table([header] + rows, [12, 36, 82, 26], size=10.5, header_rows=1, left_cols=(2,))
    return doc


# --- screenshots ------------------------------------------------------------------------------------
def headline(rng: random.Random, place: dict, year: int) -> str:
    return rng.choice([f"{place['county']}多部门联合开展{rng.choice(ACTIONS)}守护创新发展",
                       f"{place['county']}市场监管局集中销毁一批侵权假冒商品 货值逾{rng.randint(20, 90)}万元",
                       f"护航营商环境！{place['county']}{year}年知识产权保护工作交出亮眼成绩单",
                       f"{place['county']}知识产权纠纷人民调解委员会揭牌成立 首批调解员{rng.randint(8, 20)}名"])


def article(t: Truth, rng: random.Random, place: dict, year: int, happened: dt.date) -> list[str]:
    lv = place["lvl"]
    return [f"{t.date(happened, rng.choice(['cn', 'md']))}，{place['county']}市场监管局联合{lv}公安分局、{lv}商务局在"
            f"{rng.choice(place['towns'])}开展{rng.choice(ACTIONS)}，检查商超、批发市场等经营场所"
            f"{rng.randint(30, 120)}家。",
            f"今年以来，{place['county']}共查办侵犯知识产权案件{rng.randint(15, 80)}件，调解知识产权纠纷"
            f"{rng.randint(5, 40)}起，有力维护了权利人和消费者合法权益。",
            "下一步，该区将持续加大执法力度，推动知识产权保护从“有没有”向“好不好”转变。"]


def related(t: Truth, rng: random.Random, place: dict, year: int, n: int, dated: bool) -> list[str]:
    """Related links naming other outlets (never the source): '人民日报：…' lines, optionally with full dates."""
    out = []
    for _ in range(n):
        who = rng.choice(NATIONAL + place["ppapers"] + NOT_MEDIA)
        text = f"{who}｜" + rng.choice(["知识产权保护工作检查考核结果公布", "全国打击侵权假冒工作要点印发",
                                        "地理标志保护工程深入实施", "商标侵权判断标准解读"])
        if dated:
            text += "  " + t.date(day(rng, year), "iso")
        out.append(text)
    return out


def links(c: Canvas, lines: list[str], x: int, y: float, heading: str, size: int, colour) -> float:
    """A heading and a list of links under it; returns the y below the list."""
    c.text(x, y, heading, "sans_bold", size + 4, (200, 20, 30) if heading == "相关新闻" else (30, 30, 30))
    y += size * 2
    for line in lines:
        c.text(x, y, line, "sans", size, colour)
        y += size * 1.8
    return y


def shot_portal(t: Truth, rng: random.Random, place: dict, year: int, form: str):
    """A desktop portal article page. form: 来源 / 信息来源 / 稿件来源 / 文章来源 with a news outlet, `gov` (来源 is a
    government unit: no media), `chain` (稿件来源 A，原载 B: both), `yuanbiaoti` (a 原标题 line under the headline)."""
    width = rng.choice([1280, 1440, 1600])
    c = Canvas(width, 2600, (246, 246, 246))
    site = rng.choice([f"{place['full']}人民政府", f"{place['city']}市场监督管理局", f"{place['county']}融媒体中心"])
    if site.endswith("融媒体中心"):
        site = f"{place['full']}人民政府"
    c.d.rectangle([0, 0, width, 150], fill=rng.choice([(178, 30, 35), (20, 80, 160), (12, 110, 90)]))
    c.text(60, 45, site, "serif_bold", 48, (255, 255, 255))
    c.text(width - 520, 60, f"www.{place['slug']}.gov.cn", "sans", 22, (240, 240, 240))
    nav = ["首页", "政务公开", "新闻中心", "政务服务", "互动交流", "专题专栏"]
    c.d.rectangle([0, 150, width, 200], fill=(240, 240, 240))
    for i, s in enumerate(nav):
        c.text(60 + i * 150, 160, s, "sans", 24, (40, 40, 40))
    crumb = rng.choice(["部门动态", "乡镇动态", "媒体聚焦"])
    c.text(60, 220, f"当前位置：首页 > 新闻中心 > {crumb}", "sans", 20, (90, 90, 90))
    left, right = 120, width - 120
    c.d.rectangle([left - 40, 260, right + 40, 2560], fill=(255, 255, 255))
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(left + 40, 300, right - left - 80, title, "sans_bold", rng.choice([36, 40]), (30, 30, 30), lead=1.5,
               align="center")
    posted = day(rng, year, (3, 11))
    happened = posted - dt.timedelta(days=rng.randint(0, 3))
    if form == "yuanbiaoti":
        y = c.wrap(left + 40, y + 6, right - left - 80, f"原标题：{headline(rng, place, year)}", "sans", 22,
                   (110, 110, 110), align="center")
    level = rng.choice(["国家级", "省级", "市级"])
    src = outlet(rng, place, level)
    label = {"gov": "来源", "chain": "稿件来源", "yuanbiaoti": "来源"}.get(form, form)
    if form == "gov":
        shown = f"{place['lvl']}市场监管局" if rng.random() < 0.5 else organ(place, "amr")[0]
    elif form == "chain":
        first = place["ppapers"][1]
        t.media(first, "省级")
        shown = f"{first}（原载{t.media(place['paper'], '市级')}）"
    else:
        shown = t.media(src, level)
    meta = (f"发布时间：{t.date(posted, rng.choice(['iso', 'cn0']))} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}"
            f"{SP * 2}{label}：{shown}{SP * 2}浏览次数：{rng.randint(120, 5000)}")
    c.text((left + right) / 2, y + 16, meta, "sans", 20, (120, 120, 120), anchor="ma")
    c.d.line([left, y + 60, right, y + 60], fill=(220, 220, 220), width=2)
    y += 90
    paras = article(t, rng, place, year, happened)
    y = c.wrap(left + 40, y, right - left - 80, paras[0], "serif", 26, (40, 40, 40), indent=2, lead=1.8)
    y = c.photo_block(rng, (width - 640) // 2, int(y) + 10, 640, 360) + 30
    for p in paras[1:]:
        y = c.wrap(left + 40, y, right - left - 80, p, "serif", 26, (40, 40, 40), indent=2, lead=1.8)
    editor = rng.choice([f"责任编辑：{names(rng, 1)[0]}（{place['county']}融媒体中心）",
                         f"编辑：{names(rng, 1)[0]}  审核：{names(rng, 1)[0]}"])
    c.text(right - 40, y + 10, editor, "sans", 20, (110, 110, 110), anchor="ra")
    c.text(left + 40, y + 60, "分享到：微信  微博  QQ空间  人民微博", "sans", 20, (120, 120, 120))
    c.text(right - 40, y + 60, "【打印本页】  【关闭窗口】", "sans", 20, (120, 120, 120), anchor="ra")
    y += 120
    c.text(left + 40, y, rng.choice(["相关链接", "推荐阅读", "相关新闻"]), "sans_bold", 24, (178, 30, 35))
    y += 46
    for line in related(t, rng, place, year, rng.randint(3, 5), rng.random() < 0.6):
        c.text(left + 60, y, "· " + line, "sans", 21, (60, 60, 60))
        y += 38
    y += 30
    c.d.rectangle([0, y, width, y + 220], fill=(60, 60, 60))
    friends = "  ".join(rng.sample(NATIONAL, 3) + place["ppapers"] + [place["paper"]])
    c.text(60, y + 25, f"友情链接：{friends}", "sans", 19, (220, 220, 220))
    c.text(60, y + 70, f"主办单位：{place['full']}人民政府办公室{SP}承办：{place['county']}融媒体中心{SP}"
                       f"技术支持：{place['ppapers'][1]}", "sans", 19, (220, 220, 220))
    c.text(60, y + 115, f"{place['prov']}ICP备{rng.randint(10000000, 99999999)}号-1{SP}网站标识码："
                        f"{rng.randint(1400000000, 1499999999)}{SP}联系电话：{tel(rng, place)}", "sans", 19,
           (220, 220, 220))
    return c.crop(y + 220), c.texts


def phone_top(c: Canvas, rng: random.Random, dark: bool = False) -> int:
    fg = (230, 230, 230) if dark else (20, 20, 20)
    c.text(56, 30, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", "sans_bold", 36, fg)
    c.text(c.width - 230, 32, "4G", "sans_bold", 30, fg)
    c.d.rectangle([c.width - 140, 36, c.width - 70, 66], outline=fg, width=3)
    c.d.rectangle([c.width - 136, 40, c.width - 136 + rng.randint(15, 60), 62], fill=fg)
    return 100


def shot_wechat(t: Truth, rng: random.Random, place: dict, year: int, ending: str):
    """A WeChat article of a government account. ending: zhuanzi (本文转自：X), laiyuan (来源｜X 编辑｜… 审核｜…),
    chain (转载自 A，原载 B), author (作者/单位 of a government unit, no outlet), none."""
    width = rng.choice([1080, 1170])
    c = Canvas(width, 3000)
    y = phone_top(c, rng)
    c.text(width / 2, y + 10, "×", "sans", 44, (30, 30, 30), anchor="ma")
    y += 90
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(50, y, width - 100, title, "sans_bold", 50, (20, 20, 20), lead=1.45)
    account = rng.choice([f"{place['county']}发布", f"{place['county']}市场监管", f"{place['city']}知识产权"])
    posted = day(rng, year, (3, 11))
    c.text(50, y + 20, account, "sans", 32, (87, 107, 149))
    c.text(50 + c.d.textlength(account, font=d3.font("sans", 32)) + 24, y + 20,
           f"{t.date(posted, rng.choice(['iso', 'cn']))} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}  "
           f"{place['prov']}",
           "sans", 30, (150, 150, 150))
    y += 100
    for p in article(t, rng, place, year, posted - dt.timedelta(days=rng.randint(0, 2))):
        y = c.wrap(50, y, width - 100, p, "sans", 36, (50, 50, 50), lead=1.75) + 24
        if rng.random() < 0.3:
            y = c.photo_block(rng, 50, int(y), width - 100, 520) + 30
    level = rng.choice(["国家级", "省级", "市级"])
    src = outlet(rng, place, level)
    if ending == "zhuanzi":
        c.text(50, y + 10, f"本文转自：{t.media(src, level)}", "sans", 30, (120, 120, 120))
    elif ending == "laiyuan":
        c.text(50, y + 10, f"来源｜{t.media(src, level)}", "sans", 30, (120, 120, 120))
        c.text(50, y + 56, f"编辑｜{names(rng, 1)[0]}  审核｜{names(rng, 1)[0]}", "sans", 30, (120, 120, 120))
        y += 46
    elif ending == "chain":
        a = t.media(place["ppapers"][0], "省级")
        b = t.media(place["paper"], "市级")
        c.text(50, y + 10, f"转载自：{a}，原载{b}", "sans", 30, (120, 120, 120))
    elif ending == "author":
        c.text(50, y + 10, f"作者：{names(rng, 1)[0]}  单位：{organ(place, 'amr')[0]}", "sans", 30, (120, 120, 120))
    y = links(c, related(t, rng, place, year, 3, False), 50, y + 90, "推荐阅读", 30, (87, 107, 149)) + 20
    c.d.line([0, y, width, y], fill=(230, 230, 230), width=2)
    c.text(50, y + 24, f"阅读 {rng.randint(300, 9999)}    赞 {rng.randint(3, 99)}    分享    推荐", "sans", 30,
           (140, 140, 140))
    return c.crop(y + 90), c.texts


def shot_app(t: Truth, rng: random.Random, place: dict, year: int):
    """A provincial news app: its masthead is the outlet; the article's reporters' unit and a 原标题 line."""
    width = 1080
    c = Canvas(width, 2600)
    y = phone_top(c, rng)
    app = place["app"]
    c.d.rectangle([0, y, width, y + 110], fill=(200, 20, 30))
    c.text(width / 2, y + 28, app, "sans_bold", 46, (255, 255, 255), anchor="ma")
    t.media(app, "省级")
    y += 150
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(48, y, width - 96, title, "sans_bold", 48, (20, 20, 20), lead=1.45)
    posted = day(rng, year, (3, 11))
    c.text(48, y + 14, f"{app}记者 {names(rng, 1)[0]} 通讯员 {names(rng, 1)[0]}", "sans", 28, (120, 120, 120))
    c.text(48, y + 60, f"{t.date(posted, rng.choice(['iso', 'slash0']))} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
                       f"  来自{place['prov']}", "sans", 28, (150, 150, 150))
    y += 120
    for p in article(t, rng, place, year, posted - dt.timedelta(days=1)):
        y = c.wrap(48, y, width - 96, p, "serif", 36, (40, 40, 40), lead=1.8) + 20
    c.text(48, y + 10, f"（原标题：{headline(rng, place, year)}）", "sans", 28, (120, 120, 120))
    y = links(c, related(t, rng, place, year, 3, True), 48, y + 80, "相关新闻", 24, (60, 60, 60))
    c.text(48, y + 30, "分享到  微信  朋友圈  微博", "sans", 28, (150, 150, 150))
    return c.crop(y + 100), c.texts


def shot_openinfo(t: Truth, rng: random.Random, place: dict, year: int):
    """A portal's 信息公开 page of a notice: metadata grid (索引号, 发布机构, 发文字号, 成文日期, 发布日期), then the
    notice. Organ = 发布机构, type 通知, the 文号 in the grid, the notice's dates and citations."""
    width = rng.choice([1280, 1366])
    c = Canvas(width, 2400, (255, 255, 255))
    c.d.rectangle([0, 0, width, 120], fill=(20, 80, 160))
    c.text(50, 36, f"{place['full']}人民政府  政府信息公开", "serif_bold", 40, (255, 255, 255))
    lead, root = organ(place, rng.choice(["amr", "ipo", "lead"]))
    action = rng.choice(ACTIONS)
    title = f"关于开展{year}年{action}的通知"
    t.facts.update(title=title, organ=lead, doc_type="通知")
    made = day(rng, year, (3, 10))
    posted = made + dt.timedelta(days=rng.randint(1, 6))
    no = t.docno(root + "发", year, rng.randint(3, 80))
    grid = [("索引号", f"{rng.randint(11000000, 11999999)}/{year}-{rng.randint(100, 999)}", "主题分类", "市场监管"),
            ("发布机构", lead, "发文字号", no),
            ("成文日期", t.date(made, "cn"), "发布日期", t.date(posted, rng.choice(["iso", "cn"])))]
    y, x0, x1 = 160, 60, width - 60
    cw = [(x1 - x0) * f for f in (0.13, 0.37, 0.13, 0.37)]
    for row in grid:
        x = x0
        for k, cell in enumerate(row):
            c.d.rectangle([x, y, x + cw[k], y + 56], outline=(190, 190, 190), fill=(244, 247, 252) if k % 2 == 0
                          else (255, 255, 255))
            c.text(x + 12, y + 14, cell, "sans", 22 if len(cell) < 26 else 18, (40, 40, 40))
            x += cw[k]
        y += 56
    y += 50
    y = c.wrap(150, y, width - 300, title, "sans_bold", 36, (20, 20, 20), align="center", lead=1.5) + 20
    c.text(60, y, f"各{'乡镇' if place['lvl'] == '县' else '镇（街）'}人民政府，{place['lvl']}直有关单位：", "serif",
           24, (30, 30, 30))
    y += 50
    start = dt.date(year, made.month + 1 if made.month < 12 else 12, 1)
    end = dt.date(year, 11, 30)
    text = (f"{cited(t, rng, place, year)}，定于{span_text(t, rng, start, end)}在全{place['lvl']}开展{action}。"
            "请各单位高度重视，认真组织实施。")
    y = c.wrap(60, y, width - 120, text, "serif", 24, (30, 30, 30), indent=2, lead=1.9)
    c.text(width - 100, y + 60, lead, "serif", 24, (30, 30, 30), anchor="ra")
    c.text(width - 100, y + 110, t.date(made, "cn"), "serif", 24, (30, 30, 30), anchor="ra")
    y += 180
    c.text(60, y, "【我要纠错】  【打印】  【关闭】    分享：微信 微博", "sans", 20, (110, 110, 110))
    c.d.rectangle([0, y + 50, width, y + 160], fill=(40, 40, 40))
    c.text(60, y + 80, f"主办：{place['full']}人民政府办公室  网站标识码：{rng.randint(1400000000, 1499999999)}  "
                       f"{place['prov']}ICP备{rng.randint(10000000, 99999999)}号", "sans", 19, (220, 220, 220))
    return c.crop(y + 160), c.texts


# --- XLSX -------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XL = {"cn": 'yyyy"年"m"月"d"日"', "iso": "yyyy-mm-dd", "slash": "yyyy/m/d", "dot0": "yyyy.mm.dd",
      "slash0": "yyyy/mm/dd"}


class XDate:
    """A date cell: written as a real date with Excel's display format, or as typed text when `typed`."""

    def __init__(self, t: Truth, when: dt.date, style: str, typed: bool = False):
        self.when, self.style, self.typed = when, style, typed
        self.text = t.date(when, style)

    def __str__(self) -> str:
        return self.text


def xcell(ws, row: int, col: int, value, bold: bool = False, border: bool = True, size: int = 11,
          face: str = "宋体", align: str = "center"):
    if isinstance(value, XDate):
        cell = ws.cell(row, col, value.text if value.typed else dt.datetime.combine(value.when, dt.time()))
        if not value.typed:
            cell.number_format = XL[value.style]
    else:
        cell = ws.cell(row, col, value)
    cell.font = Font(name=face, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if border:
        cell.border = BOX
    return cell


def xl_table(ws, t: Truth, title: str | None, header: list[str], rows: list[list], *, at: tuple[int, int] = (1, 1),
             info: list[str] = (), groups: list[str] | None = None, hidden_cols: tuple = (), hidden_rows: dict = None,
             spacers: tuple = (), total: list | None = None, notes: list[str] = (), record: bool = True) -> list[str]:
    """One ledger on a sheet: title row merged over the width, info lines (填报单位 …), a one- or two-row header
    (`groups`: the upper row, equal neighbours merged across, a group equal to its leaf merged down), records
    with blank spacer rows after the indexes in `spacers`, hidden rows {index: values} inserted before record
    `index`, a total row and notes. Truth: the header and rows without hidden columns and rows. Returns what
    the sheet shows, for the printed-text check."""
    r, c0 = at
    width = len(header)
    shown = []
    if title:
        xcell(ws, r, c0, title, bold=True, border=False, size=16, face="黑体")
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        ws.row_dimensions[r].height = 36
        shown.append(title)
        r += 1
    for line in info:
        xcell(ws, r, c0, line, border=False, align="left")
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        shown.append(line)
        r += 1
    if groups:
        for k, g in enumerate(groups):
            xcell(ws, r, c0 + k, g if (k == 0 or groups[k - 1] != g) else None, bold=True)
            xcell(ws, r + 1, c0 + k, None if g == header[k] else header[k], bold=True)
        k = 0
        while k < width:
            j = k
            while j + 1 < width and groups[j + 1] == groups[k] and groups[k] != header[k]:
                j += 1
            if groups[k] == header[k]:
                ws.merge_cells(start_row=r, start_column=c0 + k, end_row=r + 1, end_column=c0 + k)
            elif j > k:
                ws.merge_cells(start_row=r, start_column=c0 + k, end_row=r, end_column=c0 + j)
            k = j + 1
        shown += groups
        r += 2
    else:
        for k, h in enumerate(header):
            xcell(ws, r, c0 + k, h, bold=True)
        r += 1
    shown += header
    hidden_rows = hidden_rows or {}
    for i, row in enumerate(rows):
        if i in hidden_rows:
            for k, v in enumerate(hidden_rows[i]):
                xcell(ws, r, c0 + k, v)
            ws.row_dimensions[r].hidden = True
            r += 1
        for k, v in enumerate(row):
            xcell(ws, r, c0 + k, v, align="left" if isinstance(v, str) and len(v) > 12 else "center")
        shown += [str(v) for v in row]
        r += 1
        if i in spacers:
            for k in range(width):
                xcell(ws, r, c0 + k, None)
            r += 1
    if total:
        for k, v in enumerate(total):
            xcell(ws, r, c0 + k, v, bold=True)
        shown += [str(v) for v in total if v is not None]
        r += 1
    for line in notes:
        xcell(ws, r, c0, line, border=False, align="left", size=10)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        shown.append(line)
        r += 1
    for k in range(width):
        letter = get_column_letter(c0 + k)
        ws.column_dimensions[letter].width = max(8, min(40, 2.2 * max(len(str(x[k])) for x in [header, *rows])))
        if k in hidden_cols:
            ws.column_dimensions[letter].hidden = True
    if record:
        keep = [k for k in range(width) if k not in hidden_cols]
        t.table([header[k] for k in keep], [[str(row[k]) for k in keep] for row in rows])
    return shown


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> list[str]:
    """styles: taizhang (案件台账: title, 填报单位, two-row header, spacer rows between towns, a hidden column, 合计,
    notes), tongji (统计表 by unit with hidden withdrawn rows and 合计), yilan (培训一览表 starting at B3, dates typed
    as text), dengji (调解登记表 whose register numbers are not 文号), huizong (汇总表 on three quarterly sheets),
    mingdan (联络员名单), media / media2 (报道统计表 with a 媒体 column; media2 also lists government platforms),
    signin (an Excel sign-in sheet), shuoming (a 填表说明 sheet in front of a 台账), fawen (发文登记表 of 文号)."""
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = d3.FIXED
    wb.properties.creator = "user"
    ws = wb.active
    ws.title = "Sheet1"
    lv, shown = place["lvl"], []
    amr = organ(place, "amr")[0]
    filled = dt.date(year, 12, rng.randint(1, 8))
    if style == "taizhang":
        ws.title = "案件台账"
        title = f"{place['county']}{year}年知识产权行政执法案件台账"
        t.facts.update(title=title, doc_type="统计表", organ=amr)
        header = ["序号", "案件名称", "承办人", "立案日期", "结案日期", "处罚决定书文号", "罚没金额（元）"]
        groups = ["序号", "案件名称", "承办人", "办理时间", "办理时间", "处罚情况", "处罚情况"]
        rows, spacers, i = [], [], 0
        for town in rng.sample(place["towns"], 3):
            for _ in range(rng.randint(2, 4)):
                i += 1
                opened = day(rng, year, (1, 9))
                pen = t.docno(organ(place, "amr")[1] + "罚决", year, rng.randint(10, 200))
                rows.append([i, f"{town}某商行销售侵犯注册商标专用权商品案", names(rng, 1)[0], XDate(t, opened, "cn"),
                             XDate(t, opened + dt.timedelta(days=rng.randint(20, 70)), "cn"), pen,
                             rng.randint(5, 200) * 100])
            spacers.append(len(rows) - 1)
        total = ["合计", f"{len(rows)}件", "", "", "", "", sum(r[-1] for r in rows)]
        shown = xl_table(ws, t, title, header, rows, info=[f"填报单位：{amr}    填报日期：{t.date(filled, 'cn')}"],
                         groups=groups, hidden_cols=(2,), spacers=tuple(spacers[:-1]), total=total,
                         notes=["注：本表由各执法单位按月更新，罚没金额含没收违法所得。"])
    elif style == "tongji":
        ws.title = "统计表"
        title = f"{year}年知识产权保护工作成员单位任务完成情况统计表"
        t.facts.update(title=title, doc_type="统计表", organ=organ(place, "lead")[0])
        header = ["序号", "单位", "牵头任务数", "已完成", "推进中", "完成率"]
        rows, hidden = [], {}
        for i, u in enumerate(rng.sample(units(place), rng.randint(7, 10))):
            a = rng.randint(3, 9)
            b = rng.randint(1, a)
            rows.append([i + 1, u, a, b, a - b, f"{round(100 * b / a)}%"])
        for k in rng.sample(range(1, len(rows)), 2):
            hidden[k] = ["—", f"{lv}原{rng.choice(['科技局', '旅游局', '粮食局'])}（已撤并）", 0, 0, 0, "—"]
        total = ["合计", "", sum(r[2] for r in rows), sum(r[3] for r in rows), sum(r[4] for r in rows), ""]
        shown = xl_table(ws, t, title, header, rows, info=[f"填报单位（盖章）：{organ(place, 'lead')[0]}"],
                         hidden_rows=hidden, total=total)
    elif style == "yilan":
        ws.title = "培训"
        title = f"{year}年知识产权业务培训一览表"
        t.facts.update(title=title, doc_type="统计表")
        header = ["序号", "培训名称", "培训日期", "培训对象", "参训人数", "承办单位", "备注"]
        rows = []
        for i in range(rng.randint(6, 9)):
            rows.append([i + 1, rng.choice(["商标侵权判断标准", "专利行政执法实务", "地理标志保护", "电商平台知识产权"
                                            "保护", "知识产权纠纷调解技巧"]) + "培训",
                         XDate(t, day(rng, year, (2, 11)), rng.choice(["dot0", "slash"]), typed=True),
                         rng.choice(["执法人员", "市场经营户", "企业代表", "调解员"]), rng.randint(20, 150),
                         rng.choice(units(place)[:6]), rng.choice(["", "线上", "", "与市局联办"])])
        shown = xl_table(ws, t, title, header, rows, at=(2, 2), hidden_cols=(6,))
    elif style == "dengji":
        ws.title = "调解登记"
        title = f"{place['county']}知识产权纠纷行政调解案件登记表"
        t.facts.update(title=title, doc_type="统计表")
        header = ["登记编号", "申请人", "被申请人", "纠纷类型", "受理日期", "调解结果"]
        rows = []
        for i in range(rng.randint(6, 10)):
            rows.append([f"{place['a']}知调〔{year}〕{i + 1:02d}", names(rng, 1)[0],
                         rng.choice(place["towns"]) + rng.choice(["某贸易公司", "某科技公司", "某食品厂"]),
                         rng.choice(["商标侵权", "专利侵权", "著作权侵权"]), XDate(t, day(rng, year), "iso"),
                         rng.choice(["调解成功", "调解成功", "未达成协议", "申请人撤回"])])
        shown = xl_table(ws, t, title, header, rows, notes=["备注：登记编号按受理顺序编排。"])
    elif style == "huizong":
        title = None
        for q, name in enumerate(["一季度", "二季度", "三季度"]):
            sheet = ws if q == 0 else wb.create_sheet()
            sheet.title = name
            heading = f"{year}年第{CN[q]}季度知识产权执法办案数据汇总表"
            title = title or heading
            header = ["单位", "立案数", "结案数", "罚没款（万元）", "移送公安（件）"]
            rows = [[u, rng.randint(0, 9), rng.randint(0, 8), round(rng.uniform(0, 30), 1), rng.randint(0, 2)]
                    for u in rng.sample(units(place), rng.randint(5, 7))]
            total = ["合计", sum(r[1] for r in rows), sum(r[2] for r in rows), round(sum(r[3] for r in rows), 1),
                     sum(r[4] for r in rows)]
            period = t.span(dt.date(year, 3 * q + 1, 1), dt.date(year, 3 * q + 3, 30 if q else 31), "cn", "至")
            shown += xl_table(sheet, t, heading, header, rows, total=total, info=[f"统计时间：{period}"])
        t.facts.update(title=title, doc_type="统计表")
    elif style == "mingdan":
        ws.title = "联络员"
        title = f"{place['county']}知识产权保护工作联络员名单"
        t.facts.update(title=title, doc_type="统计表")
        header = ["序号", "单位", "姓名", "职务", "办公电话", "手机"]
        rows = [[i + 1, u, p, rng.choice(["科长", "副主任", "股长", "科员"]), tel(rng, place), mobile(rng)]
                for i, (u, p) in enumerate(zip(units(place)[:rng.randint(8, 12)], names(rng, 12), strict=False))]
        shown = xl_table(ws, t, title, header, rows, info=[f"更新时间：{t.date(filled, 'slash0')}"])
    elif style in ("media", "media2"):
        ws.title = "宣传报道"
        title = f"{year}年知识产权保护宣传报道统计表"
        t.facts.update(title=title, doc_type="统计表", organ=amr)
        header = ["序号", "报道标题", "媒体名称", "媒体级别", "刊发日期", "链接或版面"]
        rows = []
        for i in range(rng.randint(6, 9)):
            level = rng.choice(["国家级", "省级", "省级", "市级"])
            if style == "media2" and rng.random() < 0.35:
                name, level_text = rng.choice([f"{place['full']}人民政府网", f"{place['county']}发布"]), "政务平台"
            else:
                name, level_text = outlet(rng, place, level), level
                t.media(name, level)
            rows.append([i + 1, headline(rng, place, year), name, level_text,
                         XDate(t, day(rng, year), rng.choice(["cn", "iso"])),
                         rng.choice([f"第{rng.randint(1, 8)}版",
                                     f"https://www.{place['slug']}.gov.cn/xw/{i + 1}.html"])])
        shown = xl_table(ws, t, title, header, rows, info=[f"填报单位：{amr}"])
    elif style == "signin":
        ws.title = "签到"
        held = day(rng, year, (3, 11))
        title = f"{year}年知识产权保护工作培训会签到表"
        t.facts.update(title=title, doc_type="签到表")
        header = ["序号", "单位", "姓名", "联系电话", "备注"]
        people = names(rng, rng.randint(10, 18))
        rows = [[i + 1, rng.choice(units(place)), p, mobile(rng), ""] for i, p in enumerate(people)]
        t.attendance(people)
        shown = xl_table(ws, t, title, header, rows,
                         info=[f"会议时间：{t.date(held, 'cn')}  会议地点：{lv}行政中心三楼会议室"])
        last = ws.max_row
        for k in range(3):  # blank numbered rows left for latecomers
            for col, v in enumerate([len(rows) + k + 1, None, None, None, None], start=1):
                xcell(ws, last + 1 + k, col, v)
    elif style == "shuoming":
        ws.title = "填表说明"
        due = dt.date(year, 11, rng.randint(10, 28))
        lines = ["填表说明", "一、本表由各成员单位填报，统计时间为当年1月1日至填报日。",
                 f"二、请于{t.date(due, 'cn')}前报送{lv}知识产权保护工作领导小组办公室。",
                 "三、“完成情况”栏填写“已完成”“推进中”或“未启动”。"]
        for i, line in enumerate(lines, start=1):
            ws.cell(i, 1, line).font = Font(name="宋体", size=14 if i == 1 else 11, bold=i == 1)
        shown += lines
        data = wb.create_sheet("工作台账")
        title = f"{year}年知识产权保护重点工作推进台账"
        t.facts.update(title=title, doc_type="统计表")
        header = ["序号", "重点任务", "牵头单位", "完成时限", "完成情况"]
        rows = [[i + 1, task, rng.choice(units(place)[:6]), XDate(t, day(rng, year, (6, 12)), "slash0"),
                 rng.choice(["已完成", "推进中", "未启动"])] for i, task in enumerate(rng.sample(TOPICS, 6))]
        shown += xl_table(data, t, title, header, rows)
    elif style == "fawen":
        ws.title = "发文登记"
        title = f"{year}年发文登记表"
        t.facts.update(title=title, doc_type="统计表", organ=amr)
        header = ["序号", "发文字号", "文件标题", "签发人", "发文日期", "份数"]
        root = organ(place, "amr")[1]
        rows = []
        for i in range(rng.randint(7, 10)):
            no = t.docno(root + rng.choice(["发", "函"]), year, 2 + 3 * i)
            about = genre_title(rng, place, year, rng.choice(["通知", "函", "报告"]), amr, rng.choice(ACTIONS))
            rows.append([i + 1, no, about, names(rng, 1)[0], XDate(t, day(rng, year, (i + 1, i + 1)), "cn"),
                         rng.randint(5, 30)])
        shown = xl_table(ws, t, title, header, rows, info=[f"登记单位：{amr}办公室"],
                         notes=["注：涉密文件不在本表登记。"])
        t.facts["organ"] = amr + "办公室"
    d3.save_xlsx(wb, path)
    return shown


# --- capture: my own camera and scanner --------------------------------------------------------------
def camera(page: np.ndarray, rng: random.Random, long_edge: int) -> Image.Image:
    """A phone photo of a page lying on a desk: tilt of 3–8° either way, keystone from shooting low, a hard
    shadow band (a phone or an arm), cool or warm white balance, vignetting, defocus, sensor noise."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    ph, pw = page.shape[:2]
    portrait = ph >= pw
    W, H = (int(long_edge * 0.75), long_edge) if portrait else (long_edge, int(long_edge * 0.75))
    base = np.array(rng.choice([(95, 70, 50), (180, 178, 170), (50, 55, 60), (140, 110, 80), (210, 205, 195)]),
                    np.float32)
    desk = np.clip(base + nrng.normal(0, 7, (H // 16, W // 16, 3)), 0, 255).astype(np.uint8)
    out = cv2.resize(desk, (W, H), interpolation=cv2.INTER_CUBIC)
    fill = rng.uniform(0.78, 0.9)
    s = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    angle = math.radians(rng.choice([-1, 1]) * rng.uniform(3, 8))
    squeeze = rng.uniform(0.04, 0.1)  # far (top) edge narrower: shot from below the page
    pts = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = dx * cw / 2 * (1 - squeeze if dy < 0 else 1)
        y = dy * ch / 2
        pts.append([cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)])
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)]), np.float32(pts))
    cv2.warpPerspective(page, m, (W, H), dst=out, flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_TRANSPARENT)
    gy, gx = np.mgrid[0:H // 8, 0:W // 8].astype(np.float32)
    h8, w8 = gy.shape
    light = 1.05 - 0.3 * ((gx / w8 - rng.uniform(0.2, 0.8)) ** 2 + (gy / h8 - rng.uniform(0.2, 0.8)) ** 2)
    if rng.random() < 0.75:  # a hard shadow band across one corner
        mask = np.zeros_like(light)
        x0 = rng.uniform(0.1, 0.9) * w8
        poly = np.int32([[x0, 0], [x0 + rng.uniform(0.2, 0.5) * w8, 0], [rng.uniform(0, 1) * w8, h8],
                         [rng.uniform(-0.3, 0.2) * w8, h8]])
        cv2.fillPoly(mask, [poly], 1.0)
        light *= 1 - rng.uniform(0.3, 0.5) * cv2.GaussianBlur(mask, (0, 0), 2)
    balance = np.array(rng.choice([(1.0, 0.98, 0.9), (0.92, 0.97, 1.04), (1.0, 1.0, 1.0)]), np.float32)
    gain = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)[..., None] * balance
    img = np.clip(out.astype(np.float32) * gain, 0, 255)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.6) * long_edge / 3000)
    noise = np.empty(img.shape, np.float32)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, 0, rng.uniform(3, 7))
    return Image.fromarray(np.clip(img + noise, 0, 255).astype(np.uint8))


def scanner(page: np.ndarray, rng: random.Random, dpi: int, mode: str) -> Image.Image:
    """A sheet through an office scanner's feeder: skew 0.4–3°, a dark border where the lid did not cover,
    vertical streaks from a dirty glass strip, toner tone, noise; grey, colour or bilevel."""
    h, w = page.shape[:2]
    out = cv2.convertScaleAbs(page, alpha=rng.uniform(0.88, 0.96), beta=rng.uniform(6, 16))
    angle = rng.choice([-1, 1]) * rng.uniform(0.4, 3.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(out, m, (w, h), borderValue=(40, 40, 40) if rng.random() < 0.5 else (252, 252, 252))
    for _ in range(rng.randint(0, 3)):  # streaks
        x = rng.randrange(w)
        out[:, x:x + max(1, dpi // 150)] = (out[:, x:x + max(1, dpi // 150)] * rng.uniform(0.55, 0.85)).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.0) * dpi / 200)
    noise = np.empty(out.shape, np.int16)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, 0, rng.uniform(3, 8))
    out = np.clip(out.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    if mode == "grey":
        return Image.fromarray(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY))
    if mode == "bw":
        grey = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        return Image.fromarray(np.where(grey > rng.randint(150, 180), 255, 0).astype(np.uint8)).convert("1")
    return Image.fromarray(out)


def encoded(img: Image.Image, fmt: str, quality: int, dpi: int | None = None) -> bytes:
    """JPEG at `quality`, or PNG compressed lightly (noisy pages cost seconds); with the scanner's dpi if given."""
    options = {"quality": quality} if fmt == "jpg" else {"compress_level": 1}
    buffer = io.BytesIO()
    img.save(buffer, "JPEG" if fmt == "jpg" else "PNG", **options, **({"dpi": (dpi, dpi)} if dpi else {}))
    return buffer.getvalue()


def captured(kind: str, fmt: str, source: str, opts: dict, seals: list, rng: random.Random) -> bytes:
    """The bytes of a scan (pages of the printed PDF through `scanner`) or of a photo (pages or a screen through
    `camera`), as an image or an image-only PDF."""
    dpi = opts["dpi"] if kind == "scan" else opts.get("dpi", 170)
    pages = [np.array(Image.open(source).convert("RGB"))] if source.endswith(".png") else \
        d3.render_pdf(Path(source), dpi, seals, rng)
    if kind == "scan":
        images = [scanner(p, rng, dpi, opts["mode"]) for p in pages]
    else:
        images, dpi = [camera(p, rng, opts.get("edge", 3000)) for p in pages], None
    quality = rng.randint(55, 85)
    return d3.image_pdf(images, dpi or 200, quality) if fmt == "pdf" else encoded(images[0], fmt, quality, dpi)


def capture(job: tuple) -> None:
    """Make one scan or photo in a worker process: job = (name, kind, fmt, source, opts, seals, out)."""
    name, kind, fmt, source, opts, seals, out = job
    Path(out).write_bytes(captured(kind, fmt, source, opts, seals, random.Random(f"dev6/{name}/capture")))


# --- the plan ---------------------------------------------------------------------------------------------
def doc_(fn, *args, **kw):
    return ("doc", lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw))


def shot_(fn, *args):
    return ("shot", lambda t, rng, place, year: fn(t, rng, place, year, *args))


def off(layout, genre, **kw):
    return doc_(official, layout, genre, **kw)


def scan(dpi, mode):
    return {"dpi": dpi, "mode": mode}


def photo(edge=3000, dpi=170):
    return {"edge": edge, "dpi": dpi}


def planned(kind: str, entries: dict) -> list[tuple]:
    out = []
    for name, spec in entries.items():
        what, opts = spec if isinstance(spec[1], dict) else (spec, {})
        out.append((name, kind, name.rsplit(".", 1)[1], what, opts))
    return out


PLAN = [
    *planned("docx", {
        "通知-红头-01.docx": off("redpara", "通知", lines=2),
        "通知-红头-02.docx": off("redpara", "通知", lines=3),
        "通知-页眉发文机关-01.docx": off("header", "通知", lines=2),
        "通知-文本框-01.docx": off("box", "通知", lines=2),
        "通知-联合发文-01.docx": off("joint", "通知", lines=2),
        "函-01.docx": off("letter", "函", lines=2),
        "函-02.docx": off("redtable", "函", lines=2),
        "方案-01.docx": off("sig", "方案", lines=2),
        "方案-02.docx": off("plain", "方案", lines=1),
        "报告-01.docx": off("redtable", "报告", lines=2),
        "总结-01.docx": off("sig", "总结", lines=1),
        "总结-02.docx": off("plain", "总结", lines=2),
        "请示-01.docx": off("redpara", "请示", lines=2),
        "批复-01.docx": off("redpara", "批复", lines=2),
        "意见-01.docx": off("joint", "意见", lines=1),
        "决定-01.docx": off("box", "决定", lines=2),
        "简报-01.docx": doc_(briefing),
        "简报-02.docx": doc_(briefing),
        "会议纪要-01.docx": doc_(minutes, "masthead"),
        "会议纪要-02.docx": doc_(minutes, "fields"),
        "会议记录-03.docx": doc_(minutes, "form"),
        "签到表-01.docx": doc_(signin, "ampm"),
        "台账-案件-01.docx": doc_(ledger, "cases"),
        "一览表-发文-01.docx": doc_(ledger, "yilan"),
        "名单-先进个人-01.docx": doc_(ledger, "namelist"),
    }),
    *planned("xlsx", {
        "台账-执法案件-01.xlsx": ("xlsx", "taizhang"),
        "统计表-任务完成-01.xlsx": ("xlsx", "tongji"),
        "一览表-培训-01.xlsx": ("xlsx", "yilan"),
        "登记表-调解-01.xlsx": ("xlsx", "dengji"),
        "汇总表-季度-01.xlsx": ("xlsx", "huizong"),
        "名单-联络员-01.xlsx": ("xlsx", "mingdan"),
        "统计表-宣传报道-01.xlsx": ("xlsx", "media"),
        "统计表-宣传报道-02.xlsx": ("xlsx", "media2"),
        "签到表-02.xlsx": ("xlsx", "signin"),
        "台账-重点工作-01.xlsx": ("xlsx", "shuoming"),
        "登记表-发文-01.xlsx": ("xlsx", "fawen"),
        "台账-执法案件-02.xlsx": ("xlsx", "taizhang"),
    }),
    *planned("text_pdf", {
        "通知-01.pdf": off("redpara", "通知", lines=2),
        "总结-01.pdf": off("sig", "总结", lines=2),
        "报告-01.pdf": off("header", "报告", lines=1),
        "会议纪要-01.pdf": doc_(minutes, "inline"),
        "一览表-案件-01.pdf": doc_(ledger, "long"),
        "简报-01.pdf": doc_(briefing),
    }),
    *planned("scan", {
        "扫描件-通知-01.pdf": (off("redpara", "通知", lines=2, seal_no=True), scan(150, "grey")),
        "扫描件-通知-02.pdf": (off("joint", "通知", lines=3), scan(300, "grey")),
        "扫描件-通知-03.png": (off("header", "通知", lines=2, short=True), scan(150, "colour")),
        "扫描件-函-01.pdf": (off("letter", "函", lines=2, seal_no=True), scan(200, "bw")),
        "扫描件-请示-01.pdf": (off("redtable", "请示", lines=2), scan(100, "grey")),
        "扫描件-批复-01.pdf": (off("redpara", "批复", lines=1), scan(200, "colour")),
        "扫描件-方案-01.pdf": (off("sig", "方案", lines=2), scan(150, "grey")),
        "扫描件-总结-01.jpg": (off("plain", "总结", lines=1, short=True), scan(150, "grey")),
        "扫描件-会议纪要-01.pdf": (doc_(minutes, "masthead"), scan(200, "grey")),
        "扫描件-会议记录-02.pdf": (doc_(minutes, "form"), scan(300, "grey")),
        "扫描件-签到表-01.pdf": (doc_(signin, "long"), scan(150, "grey")),
        "扫描件-台账-案件-01.pdf": (doc_(ledger, "long"), scan(200, "grey")),
        "扫描件-台账-案件-02.jpg": (doc_(ledger, "cases"), scan(200, "grey")),
        "扫描件-统计表-01.pdf": (doc_(ledger, "unruled"), scan(150, "colour")),
        "扫描件-名单-01.pdf": (doc_(ledger, "namelist"), scan(100, "grey")),
        "扫描件-一览表-发文-01.pdf": (doc_(ledger, "yilan"), scan(300, "bw")),
        "扫描件-简报-01.pdf": (doc_(briefing), scan(200, "colour")),
    }),
    *planned("photo", {
        "照片-通知-01.jpg": (off("redpara", "通知", lines=2, short=True, seal_no=True), photo(3600)),
        "照片-通知-02.jpg": (off("box", "通知", lines=2, short=True), photo(3000)),
        "照片-通知-03.jpg": (off("sig", "通知", lines=2, short=True), photo(2400)),
        "照片-函-01.jpg": (off("letter", "函", lines=2, short=True), photo(3000)),
        "照片-决定-01.jpg": (off("redpara", "决定", lines=2, short=True), photo(3600)),
        "照片-报告-01.jpg": (off("redtable", "报告", lines=1, short=True), photo(3000)),
        "照片-会议纪要-01.jpg": (doc_(minutes, "masthead"), photo(3600)),
        "照片-会议纪要-02.jpg": (doc_(minutes, "fields"), photo(3000)),
        "照片-会议纪要-03.jpg": (doc_(minutes, "inline"), photo(3000)),
        "照片-会议记录-04.jpg": (doc_(minutes, "hand"), photo(3000)),
        "照片-会议记录-05.jpg": (doc_(minutes, "form"), photo(3600)),
        "照片-会议记录-06.jpg": (doc_(minutes, "hand"), photo(2400)),
        "照片-签到表-01.jpg": (doc_(signin, "train"), photo(3600)),
        "照片-签到表-两页-02.pdf": (doc_(signin, "long"), photo(3000)),
        "照片-台账-案件-两页-01.pdf": (doc_(ledger, "long"), photo(3600, 200)),
        "照片-台账-案件-02.jpg": (doc_(ledger, "cases"), photo(3600, 200)),
        "照片-统计表-01.jpg": (doc_(ledger, "unruled"), photo(3000)),
        "照片-屏幕-新闻-01.jpg": (shot_(shot_portal, "来源"), photo(3000)),
    }),
    *planned("screenshot", {
        "截图-政府网站-来源-01.png": shot_(shot_portal, "来源"),
        "截图-政府网站-信息来源-02.jpg": shot_(shot_portal, "信息来源"),
        "截图-政府网站-稿件来源-03.png": shot_(shot_portal, "chain"),
        "截图-政府网站-文章来源-04.png": shot_(shot_portal, "文章来源"),
        "截图-政府网站-部门来源-05.jpg": shot_(shot_portal, "gov"),
        "截图-政府网站-原标题-06.png": shot_(shot_portal, "yuanbiaoti"),
        "截图-公众号-转自-01.png": shot_(shot_wechat, "zhuanzi"),
        "截图-公众号-来源-02.jpg": shot_(shot_wechat, "laiyuan"),
        "截图-公众号-转载-03.png": shot_(shot_wechat, "chain"),
        "截图-公众号-作者-04.jpg": shot_(shot_wechat, "author"),
        "截图-新闻客户端-01.png": shot_(shot_app),
        "截图-新闻客户端-02.jpg": shot_(shot_app),
        "截图-信息公开-通知-01.png": shot_(shot_openinfo),
        "截图-信息公开-通知-02.jpg": shot_(shot_openinfo),
    }),
]
ENTRIES = {entry[0]: entry for entry in PLAN}


def seeded(i: int, name: str) -> tuple[random.Random, dict, int]:
    """The random source of the `i`-th file of PLAN, and the place and year it is about."""
    rng = random.Random(f"dev6/{name}")
    return rng, PLACES[i % len(PLACES)], rng.choice([2022, 2023, 2023, 2023])


def source_of(name: str, i: int, out: Path, work: Path) -> tuple[Truth, Path | None]:
    """Make the `i`-th file of PLAN: an XLSX or a screenshot is written to `out` at once; a DOCX to print, or a
    screen to photograph, is written to `work` and returned."""
    _, kind, fmt, (source, make), _ = ENTRIES[name]
    rng, place, year = seeded(i, name)
    t = Truth(kind, fmt)
    if source == "doc":
        return t, make(t, rng, place, year).save(work / f"src{i:02d}.docx")
    if source == "xlsx":
        d3.check_printed(name, t, "\n".join(map(str, make_xlsx(t, rng, place, year, make, out / name))))
        return t, None
    img, drawn = make(t, rng, place, year)
    d3.check_printed(name, t, "\n".join(drawn))
    if kind != "photo":
        (out / name).write_bytes(encoded(img, fmt, rng.randint(62, 90)))
        return t, None
    img.save(work / f"src{i:02d}.png")
    return t, work / f"src{i:02d}.png"


def printed(name: str, t: Truth, docx: Path, pdf: Path | None) -> str | None:
    """Check a printed DOCX (what it prints, its page count against the file it becomes); None if fine."""
    if pdf is None:
        return f"{name}: LibreOffice made no PDF"
    text, t.pages = d3.pdf_text(pdf)
    d3.check_printed(name, t, text + "\n" + d3.docx_text(docx))
    if (t.fmt in ("jpg", "png") and t.pages != 1) or ("两页" in name and t.pages != 2):
        return f"{name}: {t.kind} {t.fmt} of a document printed on {t.pages} pages"
    return None


def build(out: Path, work: Path) -> tuple[dict[str, Truth], list[tuple]]:
    """Every file but the scans and photos, which are returned as capture jobs (LibreOffice prints all DOCX in
    one batch first)."""
    made = {name: source_of(name, i, out, work) for i, name in enumerate(ENTRIES)}
    pdfs = d3.convert(sorted(p for _, p in made.values() if p and p.suffix == ".docx"), "pdf", work / "pdf")
    jobs, wrong = [], []
    for name, (t, path) in made.items():
        if path and path.suffix == ".docx":
            wrong.append(printed(name, t, path, pdfs.get(path)))
            if t.kind in ("text_pdf", "docx"):
                shutil.copyfile(pdfs[path] if t.kind == "text_pdf" else path, out / name)
                continue
            path = pdfs[path]
        if path:
            jobs.append((name, t.kind, t.fmt, str(path), ENTRIES[name][4], t.seals, str(out / name)))
    if any(wrong):
        raise SystemExit("\n".join(w for w in wrong if w))
    return {name: t for name, (t, _) in made.items()}, jobs


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev6/make_dev6.py 输出目录（例如 /tmp/dev6）")
    began, out = time.time(), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "truth.yaml").unlink(missing_ok=True)  # written last: present only when the corpus is complete
    with tempfile.TemporaryDirectory(prefix="ipdocs-dev6-") as work:
        truths, jobs = build(out, Path(work))
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(2) as pool:
            pool.map(capture, jobs, chunksize=1)
    record = {"split": "dev6", "generator": "bench/dev6/make_dev6.py",
              "files": {name: truths[name].export() for name in sorted(truths)}}
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=1000)
    for target in (ROOT / "bench" / "dev6" / "truth.yaml", out / "truth.yaml"):
        target.write_text(text, encoding="utf-8")
    kinds = collections.Counter(t.kind for t in truths.values())
    print(f"dev6: {len(truths)} files in {out} ({', '.join(f'{k} {kinds[k]}' for k in sorted(kinds))}) "
          f"in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
