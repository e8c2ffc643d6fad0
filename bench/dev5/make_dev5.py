"""A fifth tuning corpus for the extraction benchmark (issue 15), written blind: its author never read the
extractor, its tests or its output, and never ran it on these files.

    .venv/bin/python bench/dev5/make_dev5.py DIR      # writes DIR/<files>, DIR/truth.yaml and bench/dev5/truth.yaml

Weighted towards what we read worst: phone photos of notices and of minutes (主持人/主持/主持召开 lines, 议题 lists
numbered 1、 （1） 议题一： 一是 or not at all, dates in several styles), screenshots of news pages (desktop portals
with browser chrome, breadcrumbs, headlines over two lines, 来源/编辑/责任编辑 lines, related-link lists and
footers naming other outlets; WeChat articles; news apps; mobile government pages), DOCX house styles (joint
issuers in a table, organ only in the signature, organ mark and 文号 in text boxes, 发文稿纸 cover page,
签到表/纪要/台账 typed in Word, page header and footer text), XLSX (…一览表/…登记表/…统计表/…台账, a sheet of
news reports with a 媒体 column, Excel sign-in sheets, several sheets, hidden rows, a title that does not start
in A1), scans and photos of ruled and unruled tables (one table over two pages or two photos), and a few plain
text PDFs as controls.

How it differs from dev2–dev4: other invented places (other provinces), other organ marks and wordings; photos are
made by its own camera model (page curl, strong keystone, hard phone shadow, a focus gradient, colour casts,
vignetting, 2000–4000 px as phones and chat apps save them), scans by its own scanner model (photocopies of
copies: toner specks, dark copier edges, bleed-through from the back, punch holes; skew up to 2.5°); screenshots
are drawn with other layouts and sizes (desktop 1366/1440 px pages, phones downscaled as forwarded in chat).
Low-level helpers only (the python-docx `Doc`, `Truth`, fonts, seals, `Canvas`, LibreOffice printing, image PDFs)
come from bench/dev3/make_dev3.py. Deterministic: every file is seeded by its name (two runs give the same bytes).

Truth is recorded while the text is written, never read back from the files; every recorded date text, 文号 (as
shown) and title is checked to be printed in the text of the PDF/DOCX or in the strings drawn/written. Truth
format and conventions: those of dev4 (its docstring), in short:
- 文号: every PREFIX〔YEAR〕N号 printed, any bracket (`shown` keeps the printed form): the file's own, cited ones
  (also run into a verb or 的), those in table cells; a joint document's own 文号 is its lead organ's. Not 文号:
  court case numbers, ICP/公安备案 numbers, 期号 of a minutes masthead, 网站标识码.
- dates: every calendar day printed in any style, both ends of a range (the end keeps the whole range text), dates
  in text boxes, table cells, related-link lists; not months/years alone, not times, not relative forms.
- title: the document's own title with its lines joined; never organ mark, 文号, header, banner, breadcrumb,
  browser tab or account name; XLSX: the first sheet's title row; screenshots: the article title; sign-in sheet
  and ledger: their heading.
- organ: the issuing organ's full name from the mark or, without a mark, the signature (a joint document's first
  organ); minutes: the organ printed in the masthead or signature; none for sign-in sheets, ledgers and news.
- doc_type: 通知, 函, 方案, 会议纪要 (also 会议记录), 签到表, 统计表 (台账, 统计表, 登记表, 一览表), 新闻报道.
- media: the outlet printed as the source (来源：, 转自, 据…报道, a news app's masthead, a 媒体 column) with its level;
  not government sites/accounts, not outlets in related links, footers, 友情链接 or 合作媒体 lines.
- tables: header = leaf row of a merged header; rows = records (merged-down cells give their value to each row,
  wrapped cells joined); not rows: title, 填报 lines, blank numbered rows, notes, 合计/总计 rows; a table over two
  pages or photos of one file is one table. XLSX hidden rows are not shown, so not truth (dev4's exception).
- meetings: minutes only; date = day held; chair = the name alone; topics = agenda items in order without their
  numbering (1、 1. （1） 议题一： 一是 一、, or a 议题一 cell) and without a closing 。; a heading 一、关于… gives the
  topic 关于….
- attendance: sign-in sheets only; count = rows that carry a name, names = those names.
Where this corpus decides differently from dev3/dev4, and why:
- An unruled table (a statistics table typed in a Word table without borders, with a header row and records)
  is a table: a reader sees a header and records, rules or not. dev3 excluded borderless *layout* tables
  (organ marks, joint-issuer blocks), which stay excluded here.
- A 会议记录 written by hand in a notebook page (no organ printed) has a title (its heading), no organ.
"""

from __future__ import annotations

import datetime as dt
import functools
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
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
d3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d3)

Truth, Doc, Canvas = d3.Truth, d3.Doc, d3.Canvas
SP, RED, STYLES = d3.SP, d3.RED, d3.DATE_STYLES
names = d3.names

# --- invented places --------------------------------------------------------------------------------
# city, county, slug, 文号 abbreviation, level word, province abbreviation, province, towns, city paper,
# province papers (2), province news app, area code
PLACE_TABLE = """
泉安市 清源区 qingyuan 清 区 闽 福建 东街街道,西湖镇,桥南镇,溪口乡 泉安日报 福建日报,东南网 新福建 0595
鲁阳市 河东区 hedong 河 区 鲁 山东 九曲街道,汤河镇,郑旺镇,八湖镇 鲁阳日报 大众日报,齐鲁网 大众新闻 0539
柳川市 三江县 sanjiang 三 县 桂 广西 古宜镇,丹洲镇,斗江镇,程村乡 柳川日报 广西日报,广西新闻网 广西云 0772
黔山市 云岭县 yunling 云 县 黔 贵州 城关镇,龙场镇,石阡乡,新寨镇 黔山日报 贵州日报,多彩贵州网 天眼新闻 0851
燕平市 滨河区 binhe 滨 区 冀 河北 朝阳街道,大营镇,北王乡,南宫镇 燕平日报 河北日报,长城网 冀云 0311
"""
KEYS = ("city", "county", "slug", "a", "lvl", "p", "prov", "towns", "paper", "ppapers", "app", "tel")


def _place(line: str) -> dict:
    values = dict(zip(KEYS, line.split(), strict=True))
    return {**values, "towns": values["towns"].split(","), "ppapers": values["ppapers"].split(","),
            "full": values["city"] + values["county"]}


PLACES = [_place(line) for line in PLACE_TABLE.strip().splitlines()]
NATIONAL = ["人民日报", "新华社", "中国知识产权报", "中国市场监管报", "法治日报", "中国新闻网", "央广网"]
SITES = ["中国政府网", "国家知识产权局", "市场监管总局"]  # government sites named in related links: not media


ORGANS = {  # key → (full name, 文号 prefix root without the type character), filled from a place
    "gov": ("{full}人民政府办公室", "{a}政办"), "amr": ("{full}市场监督管理局", "{a}{lvl}市监"),
    "dj": ("{full}打击侵权假冒工作领导小组办公室", "{a}{lvl}打假办"),
    "ip": ("{full}知识产权工作领导小组办公室", "{a}知领办"),
    "police": ("{city}公安局{county}分局", "{a}公"), "justice": ("{full}司法局", "{a}{lvl}司"),
    "pub": ("中共{full}委员会宣传部", "{a}{lvl}宣"), "culture": ("{full}文化和旅游局", "{a}{lvl}文旅"),
    "agri": ("{full}农业农村局", "{a}{lvl}农"),
}
MEMBERS = "市场监管局 公安分局 人民法院 人民检察院 司法局 农业农村局 文化和旅游局 委宣传部 工信局 商务局 教育局".split()


def organ_of(place: dict, key: str) -> tuple[str, str]:
    name, prefix = ORGANS[key]
    return name.format(**place), prefix.format(**place)


def members(place: dict) -> list[str]:
    """The member units as people write them (区市场监管局 …), then the towns' governments."""
    return [place["lvl"] + m for m in MEMBERS] + [t + ("人民政府" if t.endswith(("镇", "乡")) else "办事处")
                                                  for t in place["towns"]]


CITED = [(title, prefix, int(year), int(number)) for title, prefix, year, number in map(str.split, """
国家知识产权局关于印发《知识产权保护工作检查考核办法》的通知 国知发保字 2022 17
国务院办公厅关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知 国办发 2023 9
市场监管总局关于开展2023年知识产权执法“铁拳”行动的通知 国市监稽发 2023 31
全国打击侵权假冒工作领导小组关于印发年度工作要点的通知 打假发 2022 3
""".strip().splitlines())]
PROV_CITED = {key: (prefix, int(year), int(number)) for key, prefix, year, number in map(str.split, """
闽 闽知发 2023 11
鲁 鲁知保发 2023 6
桂 桂知发 2022 28
黔 黔知发 2023 14
冀 冀知保 2023 8
""".strip().splitlines())}
ACTIONS = """
知识产权“蓝天”专项整治行动 商标侵权“清源”集中行动 校园周边侵权假冒文具整治
农资打假和护农保春行动 “剑网”专项行动 地理标志产品“溯源”保护行动 网络直播带货侵权商品治理
春节前侵权假冒商品集中清查 专利代理行业“蓝天”整治 知识产权纠纷诉调对接试点
""".split()
TOPICS = """
听取全区知识产权保护工作上半年进展情况汇报 研究年度知识产权保护工作检查考核迎检任务分工
审议打击侵权假冒工作领导小组成员单位职责清单 研究商标侵权案件线索移送衔接工作
部署知识产权宣传周系列活动 研究地理标志产品保护示范区申报工作 通报侵权假冒投诉举报办理情况
研究设立知识产权纠纷人民调解委员会 安排佐证材料收集整理和报送工作 研究电商平台侵权商品治理措施
""".split()
ABOUT = ["关于迎接上级知识产权保护工作检查考核的准备工作", "关于知识产权纠纷快速处理机制建设",
         "关于侵权假冒商品集中销毁工作",
         "关于知识产权保护工作经费保障问题", "关于重点市场知识产权保护规范化建设", "关于成员单位信息报送制度"]
MEETINGS = ["知识产权保护工作领导小组会议", "打击侵权假冒工作联席会议", "知识产权保护工作专题协调会", "迎检工作推进会",
            "知识产权工作领导小组第一次全体会议"]
POSITIONS = ["副区长", "区政府副区长", "区市场监管局局长", "区政府办公室主任", "区委常委、副区长"]


def outlet_for(rng: random.Random, place: dict, level: str) -> str:
    return {"国家级": rng.choice(NATIONAL), "省级": rng.choice(place["ppapers"]), "市级": place["paper"]}[level]


def pick_date(rng: random.Random, year: int, months=(2, 11)) -> dt.date:
    return dt.date(year, rng.randint(*months), rng.randint(1, 28))


def position(rng: random.Random, place: dict) -> str:
    return rng.choice(POSITIONS).replace("区", place["lvl"])


def tel(rng: random.Random, place: dict) -> str:
    return f"{place['tel']}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


# --- DOCX house styles ----------------------------------------------------------------------------------
BODY = [("AR PL UMing CN", 15, 27), ("仿宋_GB2312", 16, 28.5), ("Noto Serif CJK SC", 13, 24), ("AR PL UKai CN", 15, 27),
        ("Noto Sans CJK SC", 12, 22), ("仿宋", 15.5, 28)]
TITLE = [("方正小标宋简体", 22, False), ("Noto Serif CJK SC", 21, True), ("Noto Sans CJK SC", 19, True),
         ("AR PL UKai CN", 23, False), ("黑体", 20, False)]


def house(rng: random.Random) -> dict:
    font, size, spacing = rng.choice(BODY)
    tfont, tsize, tbold = rng.choice(TITLE)
    return {"font": font, "size": size, "spacing": spacing, "tfont": tfont, "tsize": tsize, "tbold": tbold}


def title_lines(rng: random.Random, title: str, lines: int) -> list[str]:
    """Break a title the way typists do: at 关于 / before 的通知 / at a 《 where possible, else anywhere."""
    if lines <= 1 or len(title) < 14:
        return [title]
    cuts = [i for i in range(5, len(title) - 3) if title[i] in "《的开做进加印" or title[i - 2:i] == "关于"]
    parts, last = [], 0
    for k in range(1, lines):
        ideal = len(title) * k // lines
        near = [c for c in cuts if last + 4 < c < len(title) - 3 and abs(c - ideal) <= 5]
        cut = min(near, key=lambda c: abs(c - ideal)) if near and rng.random() < 0.7 else ideal + rng.randint(-2, 2)
        cut = max(last + 4, min(cut, len(title) - 3))
        parts.append(title[last:cut])
        last = cut
    return [*parts, title[last:]]


def put_title(doc: Doc, rng: random.Random, hs: dict, title: str, lines: int, blank_around: bool = False) -> None:
    """Centred title lines: one paragraph broken by line breaks, or a paragraph a line."""
    if blank_around:
        doc.p("")
    parts = title_lines(rng, title, lines)
    size = hs["tsize"]
    style = {"font": hs["tfont"], "size": size, "bold": hs["tbold"], "align": "center",
             "spacing": size * rng.choice([1.3, 1.5])}
    write = doc.lines if rng.random() < 0.4 else lambda chunks, **kw: [doc.p(chunk, **kw) for chunk in chunks]
    write(parts, **style)
    if blank_around:
        doc.p("")


def cite(t: Truth, rng: random.Random, place: dict, now: int) -> str:
    """A clause citing a national, a provincial and a city document (none issued after `now`)."""
    title, prefix, year, number = rng.choice(CITED)
    shown = [t.docno(prefix, min(year, now), number, rng.choice(["〔〕", "〔〕", "[]", "（）"]))]
    province = PROV_CITED[place["p"]]
    shown.append(t.docno(province[0], min(province[1], now), province[2], rng.choice(["〔〕", "【】"])))
    shown.append(t.docno(f"{place['city'][:2]}市监", min(province[1], now), rng.randint(3, 40)))
    no, pno, city = shown
    return rng.choice([f"现将省知识产权局《关于做好检查考核工作的通知》（{pno}）转发给你们，并结合我{place['lvl']}"
                       f"实际提出如下意见。根据《{title}》（{no}）和{city}文件",
                       f"为认真贯彻国家知识产权局的{no}和省局印发{pno}精神，落实市局{city}部署",
                       f"依据{no}文件，按照省局下发的{pno}和市局关于{city}的有关要求"])


def notice_text(doc: Doc, t: Truth, rng: random.Random, place: dict, year: int, action: str, short: bool) -> None:
    lv = place["lvl"]
    start = dt.date(year, rng.randint(4, 7), 1)
    style = rng.choice(["cn", "cn", "dot", "slash0", "upper", "cn0"])
    if style == "cn" and rng.random() < 0.5:  # 2023年7月1日至31日
        end = dt.date(year, start.month, 31 if start.month in (5, 7) else 30)
    else:
        end = dt.date(year, rng.choice([9, 10, 11]), rng.choice([15, 20, 30]))
    span = t.span(start, end, style, "至" if style in ("cn", "upper", "cn0") else rng.choice(["—", "-", "至"]))
    due = dt.date(year, 11, rng.randint(3, 25))
    doc.p(f"{cite(t, rng, place, year)}，{lv}{rng.choice(['领导小组', '局党组'])}研究决定，{span}在全{lv}开展"
          f"{action}。请各单位认真抓好落实。", indent=2)
    if not short:
        doc.p("一、总体要求", font="黑体", indent=2)
        doc.p(f"坚持问题导向，聚焦{rng.choice(place['towns'])}等重点区域和商超、集贸市场、网络平台，依法查处商标侵权、"
              "假冒专利、侵犯地理标志等违法行为，形成有力震慑。", indent=2)
        doc.p("二、工作安排", font="黑体", indent=2)
        a = start + dt.timedelta(days=rng.randint(10, 20))
        doc.p(f"1.动员部署。{t.date(a, rng.choice(['md', 'cn']))}前，各单位制定具体实施方案，明确责任人。", indent=2)
        b = a + dt.timedelta(days=rng.randint(20, 40))
        doc.p(f"2.集中整治。{t.date(b, rng.choice(['dot', 'cn', 'iso']))}起开展联合执法检查，对发现的问题建立台账。",
              indent=2)
        doc.p("三、有关要求", font="黑体", indent=2)
    doc.p(f"各单位请于{t.date(due, rng.choice(['md', 'cn', 'dot']))}前将工作总结、典型案例和佐证材料电子版报送{lv}"
          f"市场监管局（联系人：{names(rng, 1)[0]}，电话：{tel(rng, place)}，邮箱：{place['slug']}zscq@163.com）。",
          indent=2)


def signature(doc: Doc, t: Truth, rng: random.Random, organs: list[str], day: dt.date, style: str,
              seal: bool = True) -> str:
    doc.p("")
    doc.p("")
    for organ in organs:
        doc.p(organ + SP * 2, align="right")
    text = t.date(day, style)
    doc.p(text + SP * 3, align="right")
    if seal:
        t.seals.append((text, organs[0]))
    return text


def make_notice(t: Truth, rng: random.Random, place: dict, year: int, layout: str, doc_type: str = "通知",
                lines: int = 2, short: bool = False, seal_no: bool = False, header_text: bool = False) -> Doc:
    """layouts: spaced (red mark with letter spacing, 文号 left and 签发人 right), jointtable (joint organs in a
    table, 文件 merged beside them), plain (no red head: 文号 at the top right), sigonly (no mark: organ in the
    signature, 抄送 and 印发 lines), draft (a 发文稿纸 page first), boxno (文号 in a text box), letter (函)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    lv = place["lvl"]
    key = rng.choice(["amr", "dj", "ip", "gov", "justice"])
    lead, root = organ_of(place, key)
    suffix = {"通知": rng.choice(["发", "发", "字", ""]), "函": "函", "方案": "发"}[doc_type]
    prefix = root + suffix
    number = rng.randint(3, 88)
    brackets = rng.choice(["〔〕", "〔〕", "[]", "【】", "（）"])
    own = pick_date(rng, year, (3, 9))
    action = rng.choice(ACTIONS)
    core = {"通知": [f"关于印发《{place['full']}{year}年{action}实施方案》的通知",
                     f"关于进一步做好{year}年度知识产权保护工作检查考核迎检资料报送工作的通知",
                     f"关于在全{lv}范围内组织开展{action}切实加强知识产权全链条保护的通知"],
            "函": [f"关于商请提供{year}年度{action}工作开展情况及佐证材料的函",
                   "关于协助核查涉嫌侵犯注册商标专用权案件线索有关情况的函"]}[doc_type]
    title = rng.choice(core)
    joint = [lead]
    if layout == "jointtable":
        joint += [organ_of(place, k)[0] for k in rng.sample(["police", "pub", "culture", "agri"], rng.choice([1, 2]))]
    t.facts.update(title=title, doc_type=doc_type, organ=lead)
    if header_text:
        par = doc.d.sections[0].header.paragraphs[0]
        doc.run(par, rng.choice([f"{place['county']}知识产权保护工作文件汇编", "公开方式：主动公开",
                                 f"{lead}（内部传阅）"]), "宋体", 9)
    own_no = None
    if layout == "draft":  # the office's 发文稿纸 in front of the notice, with its own drafting date
        own_no = t.docno(prefix, year, number, brackets)
        drafted = own - dt.timedelta(days=rng.randint(1, 4))
        doc.p(f"{lead}发文稿纸", font="黑体", size=18 if len(lead) < 18 else 15, align="center", spacing=30, after=8)
        rows = [["签发", f"{names(rng, 1)[0]}  {t.date(own, 'dot')}", "会签", ""],
                ["主办单位", rng.choice(["综合股", "知识产权股", "执法大队", "秘书股"]), "拟稿人", names(rng, 1)[0]],
                ["核稿", names(rng, 1)[0], "拟稿日期", t.date(drafted, rng.choice(['cn', 'slash']))],
                ["文件标题", title, "", ""], ["发文字号", own_no, "印数", f"{rng.randint(10, 40)}份"],
                ["主送", f"各{'乡镇' if lv == '县' else '镇（街）'}、{lv}直有关单位", "", ""],
                ["公开属性", rng.choice(["主动公开", "依申请公开", "不予公开"]), "", ""]]
        doc.table(rows, [28, 62, 26, 40], font="宋体", size=12, header_rows=0, bold_header=False, repeat=False,
                  merges=((3, 1, 3, 3), (5, 1, 5, 3), (6, 1, 6, 3)), left_cols=(1, 3))
        doc.page_break()
    mark = lead + ("文件" if doc_type != "函" else "")
    if layout == "boxno":  # the mark drawn in a floating text box at the top of the page, as some templates do
        msize = min(30, int(150 * 2.835 / len(mark) / 1.1))
        doc.text_box([(mark, "方正小标宋简体", msize, False, RED, "center")], 0, 6, 156, msize * 0.3528 * 1.9)
        doc.p("", spacing=None, before=msize * 2.4)
    elif layout in ("spaced", "draft"):
        size = min(36, int(156 * 2.835 / len(mark) / 1.25))
        doc.p(mark, font="方正小标宋简体", size=size, color=RED, align="center", spacing=size * 1.3, before=30,
              after=20, spacing_chars=rng.choice([0, 1, 2]))
    elif layout == "jointtable":
        fsize = min(24, int(110 * 2.835 / max(len(j) for j in joint) / 1.05))
        rows = [[j, "文件" if i == 0 else ""] for i, j in enumerate(joint)]
        fonts = {(i, 0): ("方正小标宋简体", fsize, RED) for i in range(len(joint))}
        fonts[(0, 1)] = ("方正小标宋简体", 34, RED)
        doc.table(rows, [118, 38], header_rows=0, borders=False, bold_header=False, repeat=False, align="distribute",
                  fonts=fonts, merges=((0, 1, len(joint) - 1, 1),))
        doc.p("")
    elif layout == "letter":
        size = min(30, int(156 * 2.835 / len(lead) / 1.15))
        doc.p(lead, font="方正小标宋简体", size=size, color=RED, align="center", spacing=size * 1.3, before=14)
        doc.red_line(2.5, double=True)
    if layout in ("spaced", "draft", "jointtable"):
        own_no = t.docno(prefix, year, number, brackets)
        if layout == "spaced" and rng.random() < 0.6:
            doc.p(f"{own_no}{SP * 8}签发人：{names(rng, 1)[0]}", align="left", indent=1)
        else:
            doc.p(own_no, align="center")
        doc.red_line()
    elif layout == "boxno":
        own_no = t.docno(prefix, year, number, brackets)
        doc.red_line()
        box = doc.text_box([(own_no, hs["font"], hs["size"], False, None, "right")], 70, 0, 86, 12)
        shape = next(box._p.iter("{urn:schemas-microsoft-com:vml}shape"))  # below the rule, not atop the page
        shape.set("style", shape.get("style").replace("vertical-relative:margin", "vertical-relative:text"))
        doc.p("")
    elif layout in ("letter", "plain"):
        own_no = t.docno(prefix, year, number, brackets)
        doc.p(own_no, align="right")
    t.seals += [(own_no, lead)] if seal_no and own_no else []
    put_title(doc, rng, hs, title, lines, blank_around=True)
    doc.p(rng.choice([f"各{'乡镇人民政府' if lv == '县' else '镇人民政府、街道办事处'}，{lv}直有关单位：",
                      f"{lv}知识产权工作领导小组各成员单位：", f"{lv}公安分局，{lv}文化和旅游局，各市场监管所："]))
    notice_text(doc, t, rng, place, year, action, short)
    signature(doc, t, rng, joint if layout == "jointtable" else [lead], own, rng.choice(["cn", "cn", "upper"]))
    if layout == "sigonly" or (not short and rng.random() < 0.4):
        doc.p("")
        doc.p(f"抄送：{place['city']}市场监督管理局，{lv}委办公室，{lv}人大常委会办公室。", size=hs["size"] - 2)
        doc.red_line(1)
        printed = own + dt.timedelta(days=rng.randint(0, 3))
        doc.p(f"{lead}{SP * 3}{t.date(printed, 'cn')}印发", size=hs["size"] - 2)
    if rng.random() < 0.5:
        doc.footer_numbers()
    return doc


def make_scheme(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """A 方案 with no mark and no 文号: title, body with a range, the organ and date at the end."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    lead = organ_of(place, rng.choice(["amr", "ip"]))[0]
    action = rng.choice(ACTIONS)
    title = f"{place['full']}{year}年{action}工作方案"
    t.facts.update(title=title, doc_type="方案", organ=lead)
    put_title(doc, rng, hs, title, rng.choice([1, 2]))
    doc.p("")
    lv = place["lvl"]
    start, end = dt.date(year, 5, rng.randint(1, 15)), dt.date(year, 10, rng.randint(15, 31))
    _, prefix, cyear, number = rng.choice(CITED)
    no = t.docno(prefix, min(cyear, year), number, rng.choice(["〔〕", "[]"]))
    doc.p(f"为贯彻落实{no}文件精神，加强{place['county']}知识产权保护，结合工作实际，制定本方案。", indent=2)
    doc.p("一、时间安排", font="黑体", indent=2)
    doc.p(f"行动时间为{t.span(start, end, rng.choice(['cn', 'dot0']), '至')}，分动员部署、集中整治、总结验收三个阶段。",
          indent=2)
    doc.p("二、工作措施", font="黑体", indent=2)
    doc.p(f"（一）开展联合检查。{lv}市场监管局牵头，会同公安、文旅等部门每月开展一次联合检查。", indent=2)
    doc.p(f"（二）畅通投诉举报渠道。公布举报电话{tel(rng, place)}，及时受理、限时办结。", indent=2)
    signature(doc, t, rng, [lead], start - dt.timedelta(days=rng.randint(3, 12)), rng.choice(["cn", "upper"]))
    return doc


# --- minutes ------------------------------------------------------------------------------------------
def numbered(style: str, i: int, text: str) -> str:
    return {"arabic": f"{i + 1}、{text}", "paren": f"（{i + 1}）{text}", "label": f"议题{d3.cn_number(i + 1)}：{text}",
            "cn": f"{d3.cn_number(i + 1)}、{text}", "dot": f"{i + 1}.{text}", "none": text}[style]


def make_minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: fields (时间/地点/主持人/参加人员 lines, 会议议题 list), narrative (…主持召开…, 现将议定事项纪要如下,
    一、关于… headings), masthead (red 专题会议纪要 masthead with 期号, 一是… paragraphs), notebook (a handwritten
    会议记录 page), tableform (会议记录 typed as a Word table, one row per 议题)."""
    hs = house(rng)
    hand = style == "notebook"
    doc = Doc("AR PL UKai CN" if hand else hs["font"], 15 if hand else hs["size"], 30 if hand else hs["spacing"])
    lv = place["lvl"]
    held = pick_date(rng, year)
    chair, recorder, *others = names(rng, rng.randint(9, 13))
    post = position(rng, place)
    meeting = rng.choice(MEETINGS)
    t.facts["doc_type"] = "会议纪要"
    nstyle = rng.choice(["arabic", "paren", "label", "dot", "cn", "none"])
    if style == "fields":
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        title = f"{place['county']}{meeting}{rng.choice(['会议纪要', '会议记录'])}"
        put_title(doc, rng, hs, title, 1)
        t.facts["title"] = title
        doc.p("")
        pad = rng.choice(["", SP])
        doc.p(f"会议时间：{t.date(held, rng.choice(['cn', 'dot', 'upper', 'slash0']))}"
              f"{rng.choice(['上午9:00', '下午3时', '（星期' + d3.WEEKDAYS[held.weekday()] + '）上午'])}")
        doc.p(f"会议地点：{lv}政府{rng.randint(2, 9)}楼{rng.choice(['第一', '第三', '小'])}会议室")
        doc.p(rng.choice([f"主{pad}持{pad}人：{chair}", f"主持人：{chair}（{post}）", f"主{SP}{SP}持：{post}{chair}"]))
        doc.p(f"参加人员：{'、'.join(others[:6])}")
        if rng.random() < 0.6:
            doc.p(f"列席人员：{'、'.join(others[6:])}")
        doc.p(f"记{pad}录{pad}人：{recorder}")
        doc.p(rng.choice(["会议议题：", "议题：", "会议议程："]), font="黑体")
        for i, topic in enumerate(topics):
            doc.p(numbered(nstyle, i, topic), indent=2)
        doc.p("会议情况：", font="黑体")
        doc.p(f"会议听取了各成员单位的汇报。{chair}强调，要对照考核细则逐项落实，"
              f"{t.date(held + dt.timedelta(days=rng.randint(5, 25)), 'md')}前完成自查。", indent=2)
    elif style == "narrative":
        topics = rng.sample(ABOUT, rng.randint(2, 3))
        issuer = organ_of(place, rng.choice(["gov", "ip", "dj"]))[0]
        title = rng.choice([f"{meeting}纪要", "关于研究知识产权保护有关工作的会议纪要"])
        put_title(doc, rng, hs, title, 1)
        t.facts.update(title=title, organ=issuer)
        doc.p("")
        when = t.date(held, rng.choice(["cn", "md", "upper"]))
        room = f"{lv}政府{rng.randint(2, 9)}楼会议室"
        held_by = rng.choice([f"{post}{chair}在{room}主持召开{meeting}",
                              f"{meeting}在{room}召开，会议由{post}{chair}主持"])
        doc.p(f"{when}{rng.choice(['上午', '下午', ''])}，{held_by}，{'、'.join(members(place)[:4])}等单位负责同志"
              "参加会议。会议听取了有关单位的工作汇报，研究了相关工作。现将会议议定事项纪要如下：", indent=2)
        for i, topic in enumerate(topics):
            doc.p(f"{d3.cn_number(i + 1)}、{topic}", font="黑体", indent=2)
            doc.p("会议原则同意有关单位提出的工作意见，由" + rng.choice(members(place)) + "牵头抓好落实。", indent=2)
        doc.p(f"参加人员：{'、'.join(others[:6])}", indent=0)
        signature(doc, t, rng, [issuer], held + dt.timedelta(days=rng.randint(1, 5)), "cn", seal=False)
    elif style == "masthead":
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        issuer = organ_of(place, "gov")[0]
        doc.p(f"{lv}政府专题会议纪要", font="方正小标宋简体", size=32, color=RED, align="center", spacing=46, before=20)
        doc.p(f"第{rng.randint(3, 40)}期", align="center")
        issued = held + dt.timedelta(days=rng.randint(1, 4))
        doc.p(f"{issuer}{SP * 4}{t.date(issued, rng.choice(['cn', 'upper']))}", size=hs["size"] - 1)
        doc.red_line()
        subject = rng.choice(["知识产权保护工作检查考核", "打击侵权假冒工作", "知识产权纠纷调解"])
        title = f"关于研究{subject}有关事项的会议纪要"
        put_title(doc, rng, hs, title, rng.choice([1, 2]))
        t.facts.update(title=title, organ=issuer)
        doc.p(f"{t.date(held, 'md')}，受{lv}政府主要领导委托，{post}{chair}主持召开专题会议，"
              f"研究{'、'.join(x[:6] for x in topics[:2])}等事项。会议议定：", indent=2)
        ordinal = ["一是", "二是", "三是", "四是"]
        for i, topic in enumerate(topics):
            doc.p(f"{ordinal[i]}{topic}。", indent=2)
        doc.p(f"出席：{'、'.join([chair, *others[:5]])}")
        doc.p(f"记录：{recorder}")
    elif style == "notebook":
        topics = rng.sample(TOPICS, rng.randint(2, 3))
        title = f"{meeting}记录"
        doc.p(title, font="AR PL UKai CN", size=20, align="center", spacing=36, color="1F3A93")
        t.facts["title"] = title
        ink = "1F3A93" if rng.random() < 0.6 else "222222"
        body = [f"时间：{t.date(held, rng.choice(['dot', 'cn', 'slash']))} {rng.choice(['上午', '下午'])}",
                f"地点：{lv}局{rng.randint(2, 5)}楼会议室", f"主持：{chair}", f"参加：{'、'.join(others[:5])}等",
                "议程："] + [numbered(rng.choice(["dot", "arabic", "paren"]), i, x) for i, x in enumerate(topics)] + \
            [f"{chair}：要高度重视，按时报送材料。", f"记录人：{recorder}"]
        for line in body:
            doc.p(line, color=ink, spacing=30)
    else:  # tableform
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        title = f"{organ_of(place, 'amr')[0]}会议记录"
        doc.p(title, font=hs["tfont"], size=18, bold=True, align="center", spacing=30, after=8)
        t.facts["title"] = title
        rows = [["会议名称", meeting, "", ""],
                ["会议时间", t.date(held, rng.choice(["cn", "cn0", "dot0"])), "会议地点", f"{lv}局三楼会议室"],
                ["主持人", chair, "记录人", recorder], ["参会人员", "、".join(others[:6]), "", ""]]
        rows += [[f"议题{d3.cn_number(i + 1)}", x, "", ""] for i, x in enumerate(topics)]
        rows += [["主要内容", f"与会人员逐项进行了讨论，{chair}作了总结讲话。", "", ""]]
        merges = [(0, 1, 0, 3), (3, 1, 3, 3)] + [(r, 1, r, 3) for r in range(4, len(rows))]
        doc.table(rows, [26, 56, 24, 50], font=hs["font"], size=12, header_rows=0, bold_header=False, repeat=False,
                  left_cols=(1, 3), merges=tuple(merges))
    t.meeting(held, t.facts["title"], chair, topics)
    return doc


# --- sign-in sheets and ledgers typed in Word --------------------------------------------------------
HAND = ("AR PL UKai CN", "1F3A93")


def make_signin(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: typed, hand (names and phones in blue ink, blank numbered rows), unit (单位 merged down over
    several people), long (two pages, header repeated), timecol (a 签到时间 column of times)."""
    doc = Doc("宋体", 12, None, margins=(20, 20, 18, 20))
    day = pick_date(rng, year, (3, 11))
    event = rng.choice([f"{year}年知识产权行政保护业务培训班", "商标品牌培育指导服务座谈会", "知识产权纠纷调解员培训会",
                        f"{place['county']}{rng.choice(MEETINGS)}", "“4·26”知识产权宣传周企业座谈会"])
    title = rng.choice([f"{event}签到表", f"{event}参会人员签到表", f"{event}签到册"])
    doc.p(title, font=rng.choice(["黑体", "Noto Sans CJK SC", "方正小标宋简体"]), size=18, bold=True, align="center",
          spacing=30, after=6)
    doc.p(f"会议时间：{t.date(day, rng.choice(['cn', 'dot0', 'slash', 'iso', 'upper']))}{SP * 4}"
          f"会议地点：{rng.choice(place['towns'])}便民服务中心", size=12, spacing=22, after=4)
    t.facts.update(title=title, doc_type="签到表")
    people = names(rng, rng.randint(30, 40) if style == "long" else rng.randint(8, 17))
    blank = rng.randint(2, 5) if style in ("hand", "long") else 0
    pool = members(place)
    fonts: dict = {}
    merges: list = []
    if style == "unit":
        header = ["单位", "姓名", "职务", "联系电话"]
        rows, unit_of = [], []
        i = 0
        while i < len(people):
            k = min(rng.randint(1, 3), len(people) - i)
            unit = rng.choice(pool)
            if k > 1:
                merges.append((1 + i, 0, i + k, 0))
            for j in range(k):
                rows.append([unit if j == 0 else "", people[i + j], rng.choice(d3.POSITIONS), mobile(rng)])
                unit_of.append(unit)
            i += k
        doc.table([header, *rows], [60, 30, 40, 40], size=11, spacing=22, merges=tuple(merges), left_cols=(0,))
        t.table(header, [[unit_of[r], *row[1:]] for r, row in enumerate(rows)])
    else:
        header = {"timecol": ["序号", "姓名", "单位", "签到时间"],
                  "typed": ["序号", "姓名", "性别", "工作单位及职务", "手机号码"]}.get(
            style, ["序号", "单位", "姓名", "联系电话"])
        ncol = header.index("姓名")
        rows = []
        for i in range(len(people) + blank):
            row = [str(i + 1)] + [""] * (len(header) - 1)
            if i < len(people):
                for c, h in enumerate(header):
                    row[c] = {"姓名": people[i], "性别": rng.choice("男女"), "单位": rng.choice(pool),
                              "工作单位及职务": rng.choice(pool) + rng.choice(d3.POSITIONS),
                              "签到时间": f"{rng.randint(8, 9)}:{rng.randint(0, 59):02d}",
                              "手机号码": mobile(rng), "联系电话": mobile(rng)}.get(h, row[c])
                if style == "hand":
                    for c in (ncol, len(header) - 1):
                        fonts[(i + 1, c)] = (HAND[0], rng.choice([13, 14, 16]), HAND[1])
            rows.append(row)
        widths = {4: [14, 30, 80, 36] if ncol == 1 else [14, 80, 30, 36], 5: [12, 26, 14, 80, 38]}[len(header)]
        doc.table([header, *rows], widths, size=11, spacing=24, fonts=fonts, left_cols=(2,) if ncol == 1 else (1,))
        t.table(header, rows[:len(people)])
    t.attendance(people)
    return doc


def case_party(rng: random.Random, place: dict) -> str:
    return (place["county"][:2] + rng.choice(["", "城区", "新区"])
            + rng.choice(["鑫源", "合盛", "百佳", "永顺", "华联"])
            + rng.choice(["日用品商行", "副食店", "服装店", "农资经营部", "电子产品店"]))


def make_ledger(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: yilan (案件一览表 without a ruling column, long wrapped 案由 cells, 合计), mediation (纠纷调解登记表),
    outgoing (发文登记簿: own 文号 in cells), unruled (a borderless 宣传活动统计表), long (a case list over two
    pages, its header repeated)."""
    landscape = style in ("yilan", "mediation", "long")
    doc = Doc("宋体", 10.5, None, margins=(18, 16, 16, 18), landscape=landscape)
    lv, county = place["lvl"], place["county"]
    total = None
    merges: tuple = ()
    top = None
    if style in ("yilan", "long"):
        title = f"{place['full']}{year}年知识产权侵权假冒案件一览表"
        header = ["序号", "案件名称", "当事人", "立案时间", "承办单位", "办理情况"]
        rows = []
        fmt = rng.choice(["cn", "dot0", "iso"])
        for i in range(rng.randint(30, 36) if style == "long" else rng.randint(9, 14)):
            party = case_party(rng, place)
            cause = rng.choice(["销售侵犯注册商标专用权的商品案", "销售假冒专利产品案", "销售侵犯地理标志产品案"])
            rows.append([str(i + 1), party + cause,
                         party, t.date(pick_date(rng, year, (1, 10)), fmt),
                         rng.choice(["执法大队", f"{rng.choice(place['towns'])}市场监管所", "稽查科"]),
                         rng.choice(["已结案", "调查中", "已移送公安机关", "已作出处罚决定"])])
        widths = [12, 92, 56, 32, 40, 35]
        total = ["合计", f"{len(rows)}件", "", "", "", ""]
    elif style == "mediation":
        title = f"{county}知识产权纠纷人民调解委员会{year}年纠纷调解登记表"
        top = ["序号", "受理日期", "当事人", "", "纠纷类型", "调解结果", "结案日期"]
        header = ["序号", "受理日期", "申请人", "被申请人", "纠纷类型", "调解结果", "结案日期"]
        rows = []
        for i in range(rng.randint(8, 13)):
            got = pick_date(rng, year, (1, 9))
            rows.append([str(i + 1), t.date(got, "dot"), names(rng, 1)[0], case_party(rng, place),
                         rng.choice(["商标侵权纠纷", "专利侵权纠纷", "著作权纠纷"]),
                         rng.choice(["调解成功，达成协议", "调解不成，引导诉讼", "撤回申请"]),
                         t.date(got + dt.timedelta(days=rng.randint(7, 40)), "dot")])
        widths = [12, 28, 28, 60, 34, 60, 28]
        merges = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6))
    elif style == "outgoing":
        lead, root = organ_of(place, "amr")
        title = f"{lead}{year}年发文登记簿"
        header = ["序号", "发文日期", "发文字号", "文件标题", "主送单位", "份数"]
        rows = []
        numbers = sorted(rng.sample(range(1, 70), rng.randint(8, 12)))
        days = sorted(pick_date(rng, year, (1, 11)) for _ in numbers)
        fmt = rng.choice(["md", "slash", "cn0"])
        for i, (n, day) in enumerate(zip(numbers, days, strict=True)):
            no = t.docno(root + rng.choice(["发", "函", "字"]), year, n, rng.choice(["〔〕", "[]"]))
            subject = f"关于{rng.choice(ACTIONS)}的{rng.choice(['通知', '函', '报告'])}"
            rows.append([str(i + 1), t.date(day, fmt), no, subject,
                         rng.choice(members(place)), str(rng.randint(5, 40))])
        widths = [10, 24, 38, 70, 34, 12]
    else:  # unruled
        title = f"{county}{year}年知识产权宣传活动统计表"
        header = ["序号", "活动日期", "活动名称", "活动地点", "参与人数"]
        rows = []
        fmt = rng.choice(["cn", "dot0", "slash0"])
        for i in range(rng.randint(8, 12)):
            rows.append([str(i + 1), t.date(pick_date(rng, year, (3, 11)), fmt),
                         rng.choice(["知识产权进校园", "商标知识讲座", "地理标志产品推介会", "侵权假冒商品识别宣讲",
                                     "知识产权咨询服务台"]),
                         rng.choice(place["towns"]) + rng.choice(["文化广场", "中心小学", "农贸市场"]),
                         str(rng.randint(30, 400))])
        widths = [14, 32, 56, 48, 22]
    doc.p(title, font=rng.choice(["方正小标宋简体", "黑体", "Noto Serif CJK SC"]), size=17, align="center", spacing=28,
          after=4)
    fill = dt.date(year, 12, rng.randint(1, 10))
    doc.p(f"填报单位：{lv}市场监管局{SP * 10}填报时间：{t.date(fill, rng.choice(['cn', 'dot']))}", size=11,
          spacing=20, after=4)
    t.facts.update(title=title, doc_type="统计表")
    printed = ([top] if top else []) + [header, *rows] + ([total] if total else [])
    scale = (265 if landscape else 176) / sum(widths)
    doc.table(printed, [w * scale for w in widths], size=10.5, header_rows=2 if top else 1, borders=style != "unruled",
              left_cols=(1, 2, 3) if style != "unruled" else (), merges=merges, spacing=18 if style == "long" else None)
    t.table(header, rows)
    doc.p("注：" + rng.choice(["本表由各承办单位每月5日前更新。", "调解协议书另行归档。", "统计口径为本年度1月至今。"]),
          size=10, spacing=16, before=4)
    return doc


def make_news_doc(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """A report pasted into Word from a web page: 据…报道 in the lead, 编辑 line, 相关新闻 naming other outlets."""
    doc = Doc(rng.choice(["宋体", "Noto Sans CJK SC", "AR PL UMing CN"]), 12, None)
    day = pick_date(rng, year, (3, 11))
    level = rng.choice(["省级", "市级", "国家级"])
    outlet = outlet_for(rng, place, level)
    title = rng.choice([f"{place['county']}多部门联合执法 查扣一批侵权假冒商品",
                        f"{place['county']}：知识产权保护“一站式”服务让企业少跑腿"])
    doc.p(title, font="黑体", size=17, bold=True, align="center", spacing=28, after=6)
    t.facts.update(title=title, doc_type="新闻报道")
    t.media(outlet, level)
    doc.p(f"发布时间：{t.date(day, rng.choice(['iso', 'cn']))}{SP * 2}浏览量：{rng.randint(300, 4000)}", size=10.5,
          align="center", spacing=18, after=8)
    when = t.date(day - dt.timedelta(days=rng.randint(1, 4)), "md")
    doc.p(f"据{outlet}报道，{when}，{place['county']}市场监管局联合公安、文旅等部门在{rng.choice(place['towns'])}"
          f"开展联合执法，查扣涉嫌侵权商品{rng.randint(100, 900)}件。", indent=2)
    doc.p(f"今年以来，该{place['lvl']}共办理知识产权案件{rng.randint(10, 50)}件，"
          f"罚没款{rng.randint(10, 90)}万元。", indent=2)
    doc.p(f"编辑：{names(rng, 1)[0]}{SP * 2}责任编辑：{names(rng, 1)[0]}", size=10.5, align="right")
    doc.p("相关新闻", bold=True, before=8)
    for other in rng.sample([o for o in NATIONAL if o != outlet], 2):
        news = rng.choice(["多地部署知识产权保护工作", "侵权假冒典型案例发布", "商标注册量稳步增长"])
        doc.p(f"· {other}：{news}", size=10.5)
    return doc


# --- screenshots ----------------------------------------------------------------------------------------
def paragraphs(t: Truth, rng: random.Random, place: dict, year: int, day: dt.date) -> list[tuple[str, Truth]]:
    """Article paragraphs, each with a scratch truth merged only when drawn."""
    lv, county = place["lvl"], place["county"]
    scratch = [Truth(t.kind, t.fmt) for _ in range(4)]
    before = day - dt.timedelta(days=rng.randint(1, 3))
    start = day - dt.timedelta(days=rng.randint(40, 100))
    paras = [f"{scratch[0].date(before, rng.choice(['md', 'cn']))}，{county}市场监管局会同{lv}公安分局在"
             f"{rng.choice(place['towns'])}开展{rng.choice(ACTIONS)}，出动执法人员{rng.randint(20, 80)}人次，"
             f"检查经营户{rng.randint(50, 300)}户，查获涉嫌侵权商品{rng.randint(60, 900)}件。",
             f"据介绍，此次行动自{scratch[1].span(start, start + dt.timedelta(days=rng.randint(20, 35)), 'cn')}"
             f"分阶段推进，重点检查商超、集贸市场和网店。",
             f"今年以来，{county}已立案查处商标侵权案件{rng.randint(5, 30)}件，移送涉嫌犯罪案件{rng.randint(1, 5)}件，"
             f"调解知识产权纠纷{rng.randint(3, 20)}起。",
             "下一步，该局将持续加大执法力度，护航创新主体发展，优化营商环境。"]
    return list(zip(paras, scratch, strict=True))


def headline(rng: random.Random, place: dict, year: int) -> str:
    county = place["county"]
    return rng.choice([f"{county}召开{year}年知识产权保护工作推进会暨打击侵权假冒工作领导小组全体成员会议",
                       f"{county}多部门联合开展{rng.choice(ACTIONS)}，严厉打击侵犯知识产权违法行为",
                       f"守护创新成果 优化营商环境——{county}扎实推进知识产权保护规范化市场建设工作纪实"])


def shot_desktop(t: Truth, rng: random.Random, place: dict, year: int):
    """A desktop browser on a government portal: tab, address bar, banner, nav, breadcrumb, a two-line headline,
    meta line with 来源/编辑, body, 相关链接 with other outlets and dates, footer with 友情链接 and ICP."""
    width = rng.choice([1366, 1440])
    c = Canvas(width, 1800)
    day = pick_date(rng, year, (3, 11))
    site = f"{place['full']}人民政府"
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    c.d.rectangle([0, 0, width, 76], fill=(222, 225, 230))
    c.d.rounded_rectangle([12, 8, 330, 40], 6, fill=(255, 255, 255))
    c.text(24, 14, title[:14] + "…", "sans", 15, (40, 40, 40))
    c.d.rounded_rectangle([110, 46, width - 140, 72], 12, fill=(255, 255, 255))
    url = f"http://www.{place['slug']}.gov.cn/zwgk/bmdt/{day.year}{day.month:02d}/t{day.year}{day.month:02d}" \
          f"{day.day:02d}_{rng.randint(1000000, 9999999)}.html"
    c.text(126, 50, url, "sans", 15, (60, 60, 60))
    band = rng.choice([(176, 22, 30), (18, 82, 160), (20, 110, 150)])
    c.d.rectangle([0, 76, width, 196], fill=band)
    c.text(60, 100, site, "serif_bold", 44, (255, 255, 255))
    c.text(64, 160, f"www.{place['slug']}.gov.cn", "sans", 18, (235, 235, 235))
    c.d.rectangle([0, 196, width, 240], fill=tuple(max(0, v - 30) for v in band))
    x = 60
    for item in ["首页", "政务公开", "政务服务", "互动交流", f"走进{place['county']}"]:
        x += c.text(x, 206, item, "sans", 20, (255, 255, 255)) + 60
    c.text(60, 262, f"当前位置：首页 > 政务公开 > {rng.choice(['部门动态', '工作动态', '乡镇动态'])}", "sans", 16,
           (110, 110, 110))
    left, col = (width - 1000) // 2, 1000
    y = c.wrap(left + 60, 320, col - 120, title, "serif_bold", 30, (20, 20, 20), lead=1.5, align="center") + 14
    source_level = rng.choice(["市级", "省级", "国家级", None, None])
    source = outlet_for(rng, place, source_level) if source_level else f"{place['lvl']}市场监管局"
    if source_level:
        t.media(source, source_level)
    meta = (f"发布时间：{t.date(day, rng.choice(['iso', 'cn']))} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
            f"{SP * 2}来源：{source}{SP * 2}浏览次数：{rng.randint(100, 3000)}{SP * 2}【字体：大 中 小】")
    c.text(left + (col - c.d.textlength(meta, font=d3.font('sans', 16))) / 2, y, meta, "sans", 16, (120, 120, 120))
    y += 40
    c.d.line([left, y, left + col, y], fill=(200, 200, 200), width=1)
    y += 28
    face = rng.choice(["ming", "serif", "sans"])
    for para, scratch in paragraphs(t, rng, place, year, day):
        ny = c.wrap(left, y, col, SP * 2 + para, face, 20, (40, 40, 40), lead=1.9, limit=1300)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 12
    c.text(left + col - 420, y + 6, f"编辑：{names(rng, 1)[0]}{SP}责任编辑：{names(rng, 1)[0]}", "sans", 16,
           (110, 110, 110))
    y += 60
    c.text(left, y, "相关链接", "sans_bold", 20, band)
    y += 40
    for _ in range(3):
        other = rng.choice([*NATIONAL, *SITES])
        linked = pick_date(rng, year)
        news = rng.choice(["全国知识产权保护工作会议召开", "发布2023年知识产权典型案例",
                           "多地开展打击侵权假冒专项行动"])
        c.text(left + 10, y, f"· {other}：{news}", "sans", 17, (30, 60, 140))
        c.text(left + col - 110, y, t.date(linked, "iso"), "sans", 17, (120, 120, 120))
        y += 32
    y += 30
    c.d.rectangle([0, y, width, y + 150], fill=(240, 240, 240))
    c.text(60, y + 20, f"友情链接：{'  '.join(rng.sample(NATIONAL, 3))}  {place['paper']}", "sans", 15, (90, 90, 90))
    c.text(60, y + 56, f"主办：{site}办公室{SP * 2}网站标识码：{rng.randint(3500000000, 4599999999)}", "sans", 15,
           (90, 90, 90))
    c.text(60, y + 92, f"{place['p']}ICP备{rng.randint(10000000, 99999999)}号{SP * 2}{place['p']}公网安备 "
           f"{rng.randint(10000000000000, 99999999999999)}号", "sans", 15, (90, 90, 90))
    return c.crop(y + 150), c.texts


def phone_status(c: Canvas, rng: random.Random, fg) -> int:
    c.text(48, 30, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", "sans_bold", 36, fg)
    c.text(c.width - 220, 32, f"{rng.randint(20, 99)}%", "sans", 32, fg)
    return 110


def shot_wechat2(t: Truth, rng: random.Random, place: dict, year: int, ending: str):
    """A WeChat article: account name, 原创, headline over 2–3 lines, date and province, body; the source as
    本文转自/来源 (ending 'reprint'/'source'), 据…报道 in the lead ('ju'), or none; 往期推荐 naming outlets."""
    c = Canvas(1080, 2340)
    fg, grey = (25, 25, 25), (140, 140, 140)
    y = phone_status(c, rng, fg)
    c.text(40, y, "‹", "sans", 60, fg)
    c.text(970, y + 8, "···", "sans_bold", 44, fg)
    y += 100
    day = pick_date(rng, year, (3, 11))
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(48, y, 984, title, "sans_bold", 56, fg, lead=1.4) + 18
    account = rng.choice([f"{place['county']}市场监管", f"{place['full'][:2]}{place['county'][:-1]}发布",
                          f"{place['county']}知识产权"])
    x = 48
    if rng.random() < 0.5:
        c.d.rounded_rectangle([48, y, 118, y + 44], 6, fill=(240, 240, 240))
        c.text(56, y + 2, "原创", "sans", 30, grey)
        x = 136
    x += c.text(x, y, f"{names(rng, 1)[0]}  {account}", "sans", 34, (87, 107, 149)) + 20
    c.text(x, y, f"{t.date(day, rng.choice(['cn', 'iso', 'cn0']))} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
           f"  {place['prov']}", "sans", 34, grey)
    y += 96
    level = rng.choice(["市级", "省级", "国家级"])
    outlet = outlet_for(rng, place, level)
    if ending == "reprint":
        y = c.wrap(48, y, 984, f"本文转自：{outlet}", "sans", 36, grey) + 24
        t.media(outlet, level)
    paras = paragraphs(t, rng, place, year, day)
    if ending == "ju":
        paras[0] = (f"据{outlet}报道，" + paras[0][0], paras[0][1])
        t.media(outlet, level)
    for i, (para, scratch) in enumerate(paras):
        ny = c.wrap(48, y, 984, para, "sans", 44, (50, 50, 50), lead=1.8, limit=1900)
        if ny is None:
            if i == 0:
                raise SystemExit("wechat: no paragraph fits")
            break
        t.merge(scratch)
        y = ny + 30
    if ending == "source":
        c.text(48, y, f"来源：{outlet}", "sans", 36, grey)
        t.media(outlet, level)
        y += 60
    c.text(48, y, f"编辑：{names(rng, 1)[0]} | 审核：{names(rng, 1)[0]}", "sans", 32, grey)
    y += 70
    c.text(48, y, "往期推荐", "sans_bold", 38, (30, 160, 60))
    y += 64
    for other in rng.sample(NATIONAL, 2):
        news = rng.choice(["这份典型案例清单请收好", "知识产权保护社会满意度再创新高"])
        c.text(48, y, f"▶ {other}关注｜{news}", "sans", 34, (87, 107, 149))
        y += 56
    img = c.crop(y + 40)
    if rng.random() < 0.5:  # forwarded in a chat: shrunk
        scale = rng.choice([0.67, 0.75])
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    return img, c.texts


def shot_app2(t: Truth, rng: random.Random, place: dict, year: int):
    """A provincial news app: its masthead is the outlet; 记者 line; 相关新闻 naming national outlets."""
    c = Canvas(1080, 2300)
    fg = (20, 20, 20)
    y = phone_status(c, rng, fg)
    band = rng.choice([(200, 30, 35), (16, 96, 190)])
    c.d.rectangle([0, y, 1080, y + 120], fill=band)
    app = place["app"]
    c.text(48, y + 26, app, "sans_bold", 54, (255, 255, 255))
    c.text(860, y + 40, "分享", "sans", 36, (255, 255, 255))
    t.media(app, "省级")
    y += 170
    day = pick_date(rng, year, (3, 11))
    title = headline(rng, place, year)
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(48, y, 984, title, "serif_bold", 58, fg, lead=1.4) + 20
    c.text(48, y, f"{app}记者 {names(rng, 1)[0]} 通讯员 {names(rng, 1)[0]}", "sans", 32, (120, 120, 120))
    y += 52
    c.text(48, y, f"{t.date(day, rng.choice(['iso', 'slash0']))} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
           "sans", 32, (120, 120, 120))
    y += 80
    for para, scratch in paragraphs(t, rng, place, year, day):
        ny = c.wrap(48, y, 984, para, "sans", 46, (45, 45, 45), lead=1.75, limit=1800)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 28
    c.text(48, y, f"责任编辑：{names(rng, 1)[0]}", "sans", 32, (120, 120, 120))
    y += 70
    c.text(48, y, "相关新闻", "sans_bold", 40, band)
    y += 66
    for other in rng.sample(NATIONAL, 3):
        news = rng.choice(["知识产权强国建设取得新进展", "多部门联合打击侵权假冒", "2023年商标审查提速"])
        c.text(48, y, f"{other}｜{news}", "sans", 36, fg)
        c.text(48, y + 48, rng.choice(["3小时前", "昨天", "5分钟前"]), "sans", 28, (160, 160, 160))
        y += 110
    return c.crop(y + 30), c.texts


def shot_govmobile(t: Truth, rng: random.Random, place: dict, year: int):
    """A government site on a phone: banner (not an outlet), 信息来源 a department, a notice cited by 文号."""
    c = Canvas(1080, 2200)
    y = phone_status(c, rng, (20, 20, 20))
    c.d.rectangle([0, y, 1080, y + 200], fill=(180, 24, 32))
    c.text(48, y + 40, f"{place['full']}人民政府", "serif_bold", 58, (255, 255, 255))
    c.text(48, y + 130, "政务公开 · 政务服务 · 互动交流", "sans", 30, (250, 220, 220))
    y += 240
    c.text(48, y, "首页 > 新闻中心 > 部门动态", "sans", 30, (120, 120, 120))
    y += 70
    day = pick_date(rng, year, (4, 11))
    title = f"{place['county']}印发{year}年知识产权保护工作要点 明确{rng.randint(12, 30)}项重点任务"
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(48, y, 984, title, "sans_bold", 54, (20, 20, 20), lead=1.4) + 16
    c.text(48, y, f"信息来源：{place['lvl']}市场监管局  发布日期：{t.date(day, rng.choice(['iso', 'cn']))}", "sans", 30,
           (120, 120, 120))
    y += 70
    own = t.docno(organ_of(place, "gov")[1] + "发", year, rng.randint(5, 40), rng.choice(["〔〕", "[]"]))
    text = (f"近日，{place['full']}人民政府办公室印发《{place['county']}{year}年知识产权保护工作要点》（{own}），"
            f"从强化行政执法、完善多元解纷、加强宣传培训等方面提出具体措施。")
    y = c.wrap(48, y, 984, text, "sans", 44, (45, 45, 45), lead=1.8) + 28
    for para, scratch in paragraphs(t, rng, place, year, day)[1:]:
        ny = c.wrap(48, y, 984, para, "sans", 44, (45, 45, 45), lead=1.8, limit=1900)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 28
    c.text(48, y + 10, f"{place['p']}ICP备{rng.randint(10000000, 99999999)}号", "sans", 26, (150, 150, 150))
    return c.crop(y + 80), c.texts


# --- XLSX -------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XL = {"cn": 'yyyy"年"m"月"d"日"', "iso": "yyyy-mm-dd", "slash": "yyyy/m/d", "dot0": "yyyy.mm.dd"}


def xrow(ws, row: int, values: list, col: int = 1, bold: bool = False, fmt: dict | None = None) -> None:
    for c, value in enumerate(values, start=col):
        cell = ws.cell(row, c, value)
        cell.font = Font(name="仿宋_GB2312" if not bold else "黑体", size=11, bold=bold)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
        if fmt and c in fmt:
            cell.number_format = fmt[c]


def sheet(ws, name: str, title: str, header: list[str]) -> None:
    """A sheet with its title merged over row 1 and the header in row 2."""
    ws.title = name
    xtitle(ws, title, 1, 1, len(header))
    xrow(ws, 2, header, bold=True)


def two_row_header(ws, row: int, groups: list[tuple[str, list[str]]]) -> list[str]:
    """A header over two rows: each group's name merged over its columns, a lone column merged down; returns
    the leaf row (what a reader takes as the header)."""
    top, leaf, spans, col = [], [], [], 1
    for name, leaves in groups:
        alone = leaves == [name]
        top += [name] + [None] * (len(leaves) - 1)
        leaf += [None] if alone else leaves
        spans.append((row, col, row + 1, col) if alone else (row, col, row, col + len(leaves) - 1))
        col += len(leaves)
    xrow(ws, row, top, bold=True)
    xrow(ws, row + 1, leaf, bold=True)
    for r0, c0, r1, c1 in spans:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    return [x for _, leaves in groups for x in leaves]


def xtitle(ws, title: str, row: int, col: int, width: int) -> None:
    ws.cell(row, col, title).font = Font(name="黑体", size=18, bold=True)
    ws.cell(row, col).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + width - 1)
    ws.row_dimensions[row].height = 40


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> list[str]:
    """styles: yilan (…一览表: two-row merged header, 合计, notes, a second sheet of 说明 text), dengji (…登记表 on
    two quarterly sheets), media (…统计表 of news reports with a 媒体 column), signin (an Excel sign-in sheet),
    hidden (…台账 with hidden withdrawn rows), offset (title in B2, dates as typed text)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = d3.FIXED
    shown: list[str] = []
    lv, county = place["lvl"], place["county"]

    def day(d: dt.date, fmt: str, record: bool = True):
        if record:
            shown.append(t.date(d, fmt))
        return dt.datetime(d.year, d.month, d.day)

    ws = wb.active
    if style == "yilan":
        ws.title = "一览表"
        title = f"{county}{year}年知识产权培训活动一览表"
        xtitle(ws, title, 1, 1, 7)
        ws.cell(2, 1, f"填报单位：{lv}市场监管局")
        ws.cell(2, 6, "日期：")
        ws.cell(2, 7, day(dt.date(year, 12, rng.randint(1, 9)), "cn")).number_format = XL["cn"]
        header = two_row_header(ws, 3, [("序号", ["序号"]), ("培训情况", ["培训日期", "培训主题", "主办单位"]),
                                        ("参训情况", ["参训对象", "参训人数"]), ("备注", ["备注"])])
        fmt = rng.choice(["iso", "slash", "cn"])
        rows = []
        for i in range(rng.randint(8, 14)):
            d = pick_date(rng, year, (1, 11))
            subject = rng.choice(["商标侵权判定", "专利行政执法", "地理标志保护", "知识产权纠纷调解"]) + "业务培训"
            values = [i + 1, day(d, fmt), subject, rng.choice(members(place)),
                      rng.choice(["执法人员", "企业代表", "调解员"]), rng.randint(15, 200),
                      rng.choice(["", "线上", "附签到表"])]
            xrow(ws, 5 + i, values, fmt={2: XL[fmt]})
            rows.append([str(i + 1), STYLES[fmt](d), *[str(v) for v in values[2:]]])
        end = 5 + len(rows)
        xrow(ws, end, ["合计", None, None, None, None, sum(int(r[5]) for r in rows), None], bold=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=5)
        ws.cell(end + 1, 1, "注：参训人数以签到表为准。")
        notes = wb.create_sheet("填表说明")
        notes["A1"] = "1.培训日期按实际举办日期填写。"
        notes["A2"] = "2.每季度末报送一次。"
        t.table(header, rows)
    elif style == "dengji":
        title = f"{county}{year}年知识产权案件登记表"
        header = ["序号", "案件名称", "当事人", "立案日期", "结案日期", "处罚决定书文号"]
        fmt = rng.choice(["dot0", "iso"])
        amr_root = organ_of(place, "amr")[1]
        counter = 0
        for q, quarter in enumerate(["一季度", "二季度"]):
            page = ws if q == 0 else wb.create_sheet()
            sheet(page, quarter, title if q == 0 else f"{county}{year}年知识产权案件登记表（{quarter}）", header)
            rows = []
            for i in range(rng.randint(5, 9)):
                counter += rng.randint(1, 4)
                party = case_party(rng, place)
                opened = pick_date(rng, year, (1 + 3 * q, 3 + 3 * q))
                closed = opened + dt.timedelta(days=rng.randint(15, 60))
                no = t.docno(amr_root + "罚决", year, counter)
                values = [i + 1, f"{party}商标侵权案", party, day(opened, fmt), day(closed, fmt), no]
                xrow(page, 3 + i, values, fmt={4: XL[fmt], 5: XL[fmt]})
                shown.append(no)
                rows.append([str(i + 1), values[1], party, STYLES[fmt](opened), STYLES[fmt](closed), no])
            t.table(header, rows)
    elif style == "media":
        title = f"{place['full']}{year}年知识产权宣传报道统计表"
        header = ["序号", "报道标题", "刊发日期", "刊发媒体", "媒体级别", "链接或版面"]
        sheet(ws, "宣传报道", title, header)
        fmt = rng.choice(["cn", "iso", "slash"])
        rows = []
        for i in range(rng.randint(8, 13)):
            level = rng.choice(["国家级", "省级", "省级", "市级"])
            outlet = outlet_for(rng, place, level)
            t.media(outlet, level)
            d = pick_date(rng, year, (1, 11))
            report = f"{county}{rng.choice(['深入开展', '扎实推进', '启动'])}{rng.choice(ACTIONS)}"
            values = [i + 1, report, day(d, fmt),
                      outlet, level, rng.choice([f"第{rng.randint(1, 8)}版", "网络版"])]
            xrow(ws, 3 + i, values, fmt={3: XL[fmt]})
            rows.append([str(i + 1), values[1], STYLES[fmt](d), outlet, level, values[5]])
        t.table(header, rows)
    elif style == "signin":
        ws.title = "签到"
        d = pick_date(rng, year, (3, 11))
        title = f"{county}{rng.choice(['知识产权保护工作会议', '商标侵权判定培训会'])}签到表"
        xtitle(ws, title, 1, 1, 5)
        ws.cell(2, 1, "时间：")
        ws.cell(2, 2, day(d, "cn")).number_format = XL["cn"]
        ws.cell(2, 4, f"地点：{lv}政府{rng.randint(2, 6)}楼会议室")
        header = ["序号", "姓名", "单位", "职务", "联系电话"]
        xrow(ws, 3, header, bold=True)
        people = names(rng, rng.randint(10, 22))
        rows = []
        for i, who in enumerate(people):
            values = [i + 1, who, rng.choice(members(place)), rng.choice(d3.POSITIONS), mobile(rng)]
            xrow(ws, 4 + i, values)
            rows.append([str(v) for v in values])
        for i in range(len(people), len(people) + rng.randint(2, 4)):
            xrow(ws, 4 + i, [i + 1, None, None, None, None])
        t.table(header, rows)
        t.attendance(people)
        t.facts["doc_type"] = "签到表"
    elif style == "hidden":
        title = f"{county}{year}年侵权假冒商品销毁台账"
        header = ["序号", "销毁日期", "商品名称", "数量（件）", "来源案件", "监销单位"]
        sheet(ws, "台账", title, header)
        fmt = rng.choice(["dot0", "cn"])
        rows, r, n = [], 3, 0
        for i in range(rng.randint(9, 13)):
            withdrawn = i in (2, 6)
            d = pick_date(rng, year, (1, 11))
            n += 0 if withdrawn else 1
            values = [n if not withdrawn else "—", day(d, fmt, record=not withdrawn),
                      rng.choice(["假冒白酒", "侵权服装", "假冒农药", "侵权玩具", "假冒化妆品"]), rng.randint(20, 2000),
                      f"{case_party(rng, place)}案", rng.choice([f"{lv}市场监管局", f"{lv}检察院"])]
            xrow(ws, r, values, fmt={2: XL[fmt]})
            if withdrawn:
                ws.row_dimensions[r].hidden = True
            else:
                rows.append([str(n), STYLES[fmt](d), *[str(v) for v in values[2:]]])
            r += 1
        xrow(ws, r, ["合计", None, None, sum(int(x[3]) for x in rows), None, None], bold=True)
        t.table(header, rows)
    else:  # offset: title in B2, typed text dates, the header in row 4
        ws.title = "Sheet1"
        title = f"{county}知识产权纠纷调解案件登记表"
        xtitle(ws, title, 2, 2, 5)
        ws.cell(3, 2, f"单位：{county}知识产权纠纷人民调解委员会")
        header = ["编号", "受理日期", "纠纷类型", "调解员", "结果"]
        xrow(ws, 4, header, col=2, bold=True)
        rows = []
        for i in range(rng.randint(7, 11)):
            d = pick_date(rng, year, (1, 11))
            text = t.date(d, rng.choice(["dot", "cn", "slash0"]))
            shown.append(text)
            values = [f"TJ{year}{i + 1:03d}", text, rng.choice(["商标", "专利", "著作权"]), names(rng, 1)[0],
                      rng.choice(["调解成功", "调解不成", "撤回"])]
            xrow(ws, 5 + i, values, col=2)
            rows.append(values)
        t.table(header, rows)
    shown.append(title)
    t.facts.setdefault("doc_type", "统计表")
    t.facts["title"] = title
    for page in wb.worksheets:
        for col in "ABCDEFGH":
            page.column_dimensions[col].width = 16
    d3.save_xlsx(wb, path)
    return shown


# --- cameras and scanners ------------------------------------------------------------------------------
def curled(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A page that does not lie flat: it bows up in the middle and sags towards one edge."""
    h, w = page.shape[:2]
    amp, sag = rng.uniform(0.004, 0.014) * h, rng.uniform(-0.01, 0.01) * w
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    map_y = ys + amp * np.sin(np.pi * xs / w) * (0.6 + 0.4 * ys / h)
    map_x = xs + sag * (ys / h) ** 2
    return cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                     borderValue=(255, 255, 255))


def camera(page: np.ndarray, rng: random.Random, long_edge: int, screen: bool = False) -> Image.Image:
    """A phone photo of a page (or a monitor): curl, keystone from a side, hard phone shadow, focus gradient,
    colour cast, vignetting, noise; `long_edge` pixels as saved (phones 4000, chat-compressed 1600–2000)."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    ph, pw = page.shape[:2]
    H, W = long_edge, int(long_edge * 0.75)
    if pw > ph:
        H, W = W, H
    if not screen:
        page = curled(page, rng)
    else:  # a monitor: pixel grid, a bezel
        grid = (np.indices((ph, pw)).sum(axis=0) % 3 == 0)[..., None]
        page = np.clip(page.astype(np.int16) - 18 * grid, 0, 255).astype(np.uint8)
        page = cv2.copyMakeBorder(page, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=(25, 25, 28))
        ph, pw = page.shape[:2]
    base = np.array(rng.choice([(150, 115, 85), (185, 185, 180), (95, 90, 85), (215, 210, 200)]), np.float32)
    out = np.empty((H, W, 3), np.uint8)
    out[:] = np.clip(base + nrng.normal(0, 4, 3), 0, 255).astype(np.uint8)
    fill = rng.uniform(0.8, 0.94)
    s = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    rot = math.radians(rng.uniform(-6, 6))
    halves = ((dx * cw / 2, dy * ch / 2) for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)))
    corners = [[cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)]
               for x, y in halves]  # the page's corners turned by `rot` about the centre
    side = rng.choice(["top", "left", "right"])  # the far edge, shorter in the picture
    k = rng.uniform(0.05, 0.11)
    if side == "top":
        corners[0][0] += k * cw
        corners[1][0] -= k * cw
    else:
        a, b = (0, 3) if side == "left" else (1, 2)
        corners[a][1] += k * ch * 0.6
        corners[b][1] -= k * ch * 0.6
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)]), np.float32(corners))
    cv2.warpPerspective(page, m, (W, H), dst=out, flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_TRANSPARENT)
    img = out.astype(np.float32)
    gy, gx = np.mgrid[0:H, 0:W].astype(np.float32)
    vignette = 1 - rng.uniform(0.15, 0.35) * (((gx - W / 2) / W) ** 2 + ((gy - H / 2) / H) ** 2) * 2
    slope = rng.uniform(-0.25, 0.25)
    light = vignette * (1 + slope * (gx / W - 0.5))
    if rng.random() < 0.75:  # the phone's shadow: a hard-edged band from one side
        x0 = rng.uniform(0.2, 0.8) * W
        edge = np.clip((gx - x0 + (gy - H / 2) * rng.uniform(-0.4, 0.4)) / rng.uniform(8, 30), 0, 1)
        if rng.random() < 0.5:
            edge = 1 - edge
        light *= 1 - rng.uniform(0.22, 0.4) * edge
    cast = np.array(rng.choice([(1.0, 0.96, 0.86), (0.93, 1.0, 0.95), (0.95, 0.97, 1.05), (1.04, 1.0, 0.92)]),
                    np.float32)
    img *= light[..., None] * cast
    img = np.clip(img, 0, 255).astype(np.uint8)
    blurred = cv2.GaussianBlur(img, (0, 0), rng.uniform(1.2, 2.4) * long_edge / 4000)
    focus = np.clip((gy / H - rng.uniform(0.4, 0.7)) * rng.choice([2.5, -2.5]), 0, 1)[..., None]
    sharp = cv2.GaussianBlur(img, (0, 0), 0.5 * long_edge / 4000 + 0.3)
    img = (sharp * (1 - focus) + blurred * focus).astype(np.float32)
    img += nrng.normal(0, rng.uniform(2, 6), img.shape).astype(np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def copier(page: np.ndarray, rng: random.Random, dpi: int, mode: str, holes: bool) -> Image.Image:
    """A scan of a photocopy: skew, bleed-through from the back, toner specks, dark copier edge, punch holes,
    blur and noise; colour, grey or bilevel."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = page.shape[:2]
    img = page.astype(np.float32)
    back = cv2.flip(cv2.GaussianBlur(page, (0, 0), 1.5 * dpi / 150), 1).astype(np.float32)
    img = img * (1 - rng.uniform(0.05, 0.12) * (1 - back / 255))  # the back page shows through
    img = img * rng.uniform(0.88, 0.96) + rng.uniform(2, 10)
    specks = nrng.random((h, w)) < rng.uniform(0.00005, 0.0003)
    img[specks] = rng.uniform(20, 80)
    band = int(rng.uniform(0.006, 0.02) * h)
    if rng.random() < 0.7:
        img[:band] *= np.linspace(0.2, 0.9, band, dtype=np.float32)[:, None, None]
    if holes:
        for fy in (0.38, 0.62):
            cv2.circle(img, (int(0.035 * w), int(fy * h)), int(0.011 * w), (45, 45, 45), -1)
    angle = rng.uniform(-2.5, 2.5)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(np.clip(img, 0, 255).astype(np.uint8), m, (w, h), borderValue=(235, 235, 235))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.0) * dpi / 200)
    img = np.clip(img.astype(np.int16) + nrng.normal(0, rng.uniform(2, 7), img.shape).astype(np.int16), 0, 255)
    img = img.astype(np.uint8)
    if mode == "grey":
        return Image.fromarray(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY))
    if mode == "bw":
        grey = cv2.addWeighted(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), 0.4, img[..., 0], 0.6, 0)  # red drops out
        return Image.fromarray(cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY,
                                                     int(dpi / 6) | 1, 14)).convert("1")
    return Image.fromarray(img)


def encoded(img: Image.Image, fmt: str, quality: int, dpi: int | None = None) -> bytes:
    """A .jpg, or a .png carrying a scanner's resolution (compressed lightly: noisy scans cost seconds)."""
    buffer = io.BytesIO()
    kind, options = ("JPEG", {"quality": quality}) if fmt == "jpg" else \
        ("PNG", {"dpi": (dpi, dpi), "compress_level": 1} if dpi else {})
    (img.convert("RGB" if img.mode == "RGB" else "L") if fmt == "jpg" else img).save(buffer, kind, **options)
    return buffer.getvalue()


def capture(job: tuple[str, str, list]) -> None:
    """Make one scan, photo or photo-PDF from the PDF or PNG it shows (runs in a worker process)."""
    name, source, seals = job
    _, kind, fmt, _, opts = ENTRIES[name]
    rng = random.Random(f"dev5/{name}/capture")
    if kind == "scan":
        dpi = opts["dpi"]
        images = [copier(p, rng, dpi, opts["mode"], rng.random() < 0.4) for p in d3.render_pdf(Path(source), dpi,
                                                                                               seals, rng)]
        quality = rng.randint(50, 85)
        data = d3.image_pdf(images, dpi, quality) if fmt == "pdf" else encoded(images[0], fmt, quality, dpi)
    else:
        pages = [np.array(Image.open(source).convert("RGB"))] if source.endswith(".png") else \
            d3.render_pdf(Path(source), opts.get("dpi", 170), seals, rng)
        shots = [camera(page, rng, opts.get("edge", 3000), opts.get("screen", False)) for page in pages]
        data = encoded(shots[0], "jpg", rng.randint(50, 85)) if fmt == "jpg" else \
            d3.image_pdf(shots, 200, rng.randint(55, 80))
    (Path(OUT[0]) / name).write_bytes(data)


def maker(fn, *args, **kw):
    return lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw)


notice, minutes, signin, ledger = (functools.partial(maker, fn) for fn in (make_notice, make_minutes, make_signin,
                                                                          make_ledger))


def scan(dpi: int, mode: str) -> dict:
    return {"dpi": dpi, "mode": mode}


def photo(edge: int = 3000, dpi: int = 170, screen: bool = False) -> dict:
    return {"edge": edge, "dpi": dpi, "screen": screen}


def screen(fn, *args):
    """A screen drawn with Pillow (the maker returns the image and the strings drawn)."""
    return "shot", maker(fn, *args)


def planned(kind: str, entries: dict) -> list[tuple[str, str, str, tuple, dict]]:
    """PLAN rows (name, kind, format, (source, maker), capture options) from name → maker, name → style (XLSX),
    name → screen(…), or name → (maker, options) for scans and photos."""
    rows = []
    for name, value in entries.items():
        value, options = value if isinstance(value, tuple) and isinstance(value[1], dict) else (value, {})
        source = value if isinstance(value, tuple) else ("xlsx", value) if kind == "xlsx" else ("doc", value)
        rows.append((name, kind, name.rsplit(".", 1)[1], source, options))
    return rows


PLAN = [
    # plain text PDFs (controls)
    *planned("text_pdf", {
        "通知-01.pdf": notice("spaced", lines=2),
        "函-01.pdf": notice("letter", "函", lines=1),
        "会议纪要-01.pdf": minutes("narrative"),
        "一览表-案件-01.pdf": ledger("yilan"),
        "签到表-01.pdf": signin("unit"),
        "方案-01.pdf": maker(make_scheme),
    }),
    # DOCX house styles
    *planned("docx", {
        "通知-02.docx": notice("jointtable", lines=2),
        "通知-03.docx": notice("sigonly", lines=3, header_text=True),
        "通知-04.docx": notice("boxno", lines=2),
        "通知-05.docx": notice("draft", lines=3),
        "通知-06.docx": notice("plain", lines=1, header_text=True),
        "通知-07.docx": notice("spaced", lines=3, header_text=True),
        "函-02.docx": notice("letter", "函", lines=2),
        "方案-02.docx": maker(make_scheme),
        "会议纪要-02.docx": minutes("masthead"),
        "会议纪要-03.docx": minutes("fields"),
        "会议记录-04.docx": minutes("tableform"),
        "签到表-02.docx": signin("typed"),
        "签到表-03.docx": signin("timecol"),
        "台账-调解-01.docx": ledger("mediation"),
        "登记簿-发文-01.docx": ledger("outgoing"),
        "统计表-宣传-01.docx": ledger("unruled"),
        "新闻报道-01.docx": maker(make_news_doc),
    }),
    # XLSX
    *planned("xlsx", {
        "一览表-培训-01.xlsx": "yilan",
        "一览表-培训-02.xlsx": "yilan",
        "登记表-案件-01.xlsx": "dengji",
        "登记表-调解-02.xlsx": "offset",
        "统计表-报道-01.xlsx": "media",
        "统计表-报道-02.xlsx": "media",
        "签到表-04.xlsx": "signin",
        "台账-销毁-01.xlsx": "hidden",
        "台账-销毁-02.xlsx": "hidden",
    }),
    # scans
    *planned("scan", {
        "扫描件-通知-01.pdf": (notice("spaced", lines=2, seal_no=True), scan(150, "grey")),
        "扫描件-通知-02.pdf": (notice("jointtable", lines=3), scan(200, "bw")),
        "扫描件-通知-03.pdf": (notice("draft", lines=2), scan(200, "grey")),
        "扫描件-通知-04.jpg": (notice("plain", lines=2, short=True), scan(100, "grey")),
        "扫描件-函-01.pdf": (notice("letter", "函", lines=2, seal_no=True), scan(300, "grey")),
        "扫描件-通知-05.png": (notice("sigonly", lines=2, short=True), scan(150, "colour")),
        "扫描件-会议纪要-01.pdf": (minutes("masthead"), scan(200, "colour")),
        "扫描件-会议纪要-02.pdf": (minutes("fields"), scan(150, "grey")),
        "扫描件-会议记录-03.pdf": (minutes("tableform"), scan(300, "grey")),
        "扫描件-签到表-01.pdf": (signin("hand"), scan(200, "grey")),
        "扫描件-一览表-案件-01.pdf": (ledger("long"), scan(150, "grey")),
        "扫描件-台账-调解-01.pdf": (ledger("mediation"), scan(200, "colour")),
        "扫描件-统计表-宣传-01.pdf": (ledger("unruled"), scan(150, "grey")),
        "扫描件-登记簿-发文-01.jpg": (ledger("outgoing"), scan(200, "grey")),
        "扫描件-方案-01.pdf": (maker(make_scheme), scan(100, "grey")),
        "扫描件-新闻报道-01.pdf": (maker(make_news_doc), scan(150, "colour")),
    }),
    # phone photos (of notices first)
    *planned("photo", {
        "照片-通知-01.jpg": (notice("spaced", lines=2, short=True, seal_no=True), photo(4000)),
        "照片-通知-02.jpg": notice("jointtable", lines=3, short=True),
        "照片-通知-03.jpg": (notice("plain", lines=2, short=True), photo(2000)),
        "照片-通知-04.jpg": notice("sigonly", lines=2, short=True),
        "照片-通知-05.jpg": (notice("spaced", lines=3, short=True, seal_no=True), photo(4000)),
        "照片-函-01.jpg": notice("letter", "函", lines=2, short=True),
        "照片-方案-01.jpg": maker(make_scheme),
        # minutes
        "照片-会议纪要-01.jpg": (minutes("fields"), photo(4000)),
        "照片-会议纪要-02.jpg": minutes("fields"),
        "照片-会议纪要-03.jpg": (minutes("masthead"), photo(4000)),
        "照片-会议纪要-04.jpg": minutes("narrative"),
        "照片-会议记录-05.jpg": minutes("notebook"),
        "照片-会议记录-06.jpg": (minutes("notebook"), photo(2000)),
        "照片-会议记录-07.jpg": (minutes("tableform"), photo(4000)),
        "照片-会议纪要-08.jpg": (minutes("narrative"), photo(4000)),
        # tables and sign-in sheets
        "照片-签到表-01.jpg": (signin("hand"), photo(4000)),
        "照片-签到表-02.jpg": signin("unit"),
        "照片-签到表-两页-03.pdf": signin("long"),
        "照片-签到表-04.jpg": signin("timecol"),
        "照片-一览表-案件-两页-01.pdf": (ledger("long"), photo(4000, dpi=200)),
        "照片-台账-调解-01.jpg": (ledger("mediation"), photo(4000)),
        "照片-统计表-宣传-01.jpg": ledger("unruled"),
        "照片-登记簿-发文-01.jpg": (ledger("outgoing"), photo(4000)),
        "照片-屏幕-政府网站-01.jpg": (screen(shot_desktop), photo(3000, screen=True)),
    }),
    # screenshots
    *planned("screenshot", {
        "截图-政府网站-01.png": screen(shot_desktop),
        "截图-政府网站-02.png": screen(shot_desktop),
        "截图-政府网站-03.jpg": screen(shot_desktop),
        "截图-政府网站-04.png": screen(shot_desktop),
        "截图-政府网站-05.jpg": screen(shot_desktop),
        "截图-公众号-01.png": screen(shot_wechat2, "source"),
        "截图-公众号-02.jpg": screen(shot_wechat2, "reprint"),
        "截图-公众号-03.png": screen(shot_wechat2, "ju"),
        "截图-公众号-04.jpg": screen(shot_wechat2, "none"),
        "截图-公众号-05.png": screen(shot_wechat2, "source"),
        "截图-新闻客户端-01.png": screen(shot_app2),
        "截图-新闻客户端-02.jpg": screen(shot_app2),
        "截图-新闻客户端-03.png": screen(shot_app2),
        "截图-政府网站手机版-01.png": screen(shot_govmobile),
        "截图-政府网站手机版-02.jpg": screen(shot_govmobile),
        "截图-政府网站手机版-03.png": screen(shot_govmobile),
    }),
]


ENTRIES = {entry[0]: entry for entry in PLAN}
OUT: list[str] = []  # the output folder, for the worker processes


def seeded(i: int, name: str) -> tuple[random.Random, dict, int]:
    """The random source of the `i`-th file of PLAN, and the place and year it is about."""
    rng = random.Random(f"dev5/{name}")
    return rng, PLACES[i % len(PLACES)], rng.choice([2022, 2023, 2023, 2023])


def produce(out: Path, work: Path) -> tuple[dict[str, Truth], list[tuple[str, str, list]]]:
    """Write every XLSX and screenshot, the DOCX sources and the PNG screens to photograph; print the DOCX with
    LibreOffice in one batch and check what they print; copy text PDFs and DOCX. Returns the truths and the
    captures still to make (name, the PDF or PNG they show, seals)."""
    truths: dict[str, Truth] = {}
    sources: dict[str, Path] = {}
    for i, (name, kind, fmt, (source, make), _) in enumerate(PLAN):
        rng, place, year = seeded(i, name)
        t = truths[name] = Truth(kind, fmt)
        if source == "doc":
            sources[name] = make(t, rng, place, year).save(work / f"src{i:02d}.docx")
        elif source == "xlsx":
            d3.check_printed(name, t, "\n".join(make_xlsx(t, rng, place, year, make, out / name)))
        else:
            img, texts = make(t, rng, place, year)
            d3.check_printed(name, t, "\n".join(texts))
            if kind == "photo":
                sources[name] = work / f"src{i:02d}.png"
                img.save(sources[name])
            else:
                (out / name).write_bytes(encoded(img, fmt, rng.randint(60, 90) if fmt == "jpg" else 0))
    pdfs = d3.convert([p for p in sources.values() if p.suffix == ".docx"], "pdf", work / "pdf")
    jobs, wrong = [], []
    for name, path in sources.items():
        t, shown = truths[name], path
        if path.suffix == ".docx":
            if pdfs.get(path) is None:
                raise SystemExit(f"{name}: LibreOffice made no PDF")
            text, t.pages = d3.pdf_text(pdfs[path])
            d3.check_printed(name, t, text + "\n" + d3.docx_text(path))
            if t.fmt in ("jpg", "png") and t.pages != 1 or ("两页" in name) != (t.pages == 2 and t.kind == "photo"):
                wrong.append(f"{name}: {t.kind} {t.fmt} of a document printed on {t.pages} pages")
            if t.kind in ("text_pdf", "docx"):
                shutil.copyfile(pdfs[path] if t.kind == "text_pdf" else path, out / name)
                continue
            shown = pdfs[path]
        jobs.append((name, str(shown), t.seals))
    if wrong:
        raise SystemExit("\n".join(wrong))
    return truths, jobs


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev5/make_dev5.py 输出目录（例如 /tmp/dev5）")
    started, out = time.time(), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    OUT[:] = [str(out)]
    with tempfile.TemporaryDirectory(prefix="ipdocs-dev5-") as work:
        truths, jobs = produce(out, Path(work))
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(2) as pool:
            pool.map(capture, jobs, chunksize=1)
    files = {name: truths[name].export() for name in sorted(truths)}
    text = yaml.safe_dump({"split": "dev5", "generator": "bench/dev5/make_dev5.py", "files": files},
                          allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "bench" / "dev5" / "truth.yaml").write_text(text, encoding="utf-8")
    (out / "truth.yaml").write_text(text, encoding="utf-8")  # last: its presence means the corpus is complete
    kinds = {k: sum(f["kind"] == k for f in files.values()) for k in sorted({f["kind"] for f in files.values()})}
    print(f"dev5: {len(files)} files in {out} ({', '.join(f'{k} {n}' for k, n in kinds.items())}) "
          f"in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
