"""dev9: the ninth blind corpus of issue 15 — 81 files made and labelled without reading or running the extractor.

    .venv/bin/python bench/dev9/make_dev9.py DIR     # writes DIR/<files> and DIR/truth.yaml (deterministic)

(DEV9_PDF_CACHE=DIR keeps LibreOffice's PDFs by DOCX hash between runs, for work on this generator only.)

Weighted towards scanned and photographed tables, XLSX ledgers, photographed minutes and sign-in sheets, news
screenshots naming many outlets and scans of notices; plus ordinary DOCX and text PDFs. Places, people and phones
are invented. DOCX are built with python-docx (raw OOXML for text boxes and merged cells), printed to PDF by
LibreOffice (text PDFs, and the pages scanned or photographed); minutes in notebooks, handwritten sign-in sheets and
screens are drawn with Pillow; scans and photos are degraded with OpenCV here (own code, not the other corpora's).

Truth conventions — what a careful clerk of the lead office writes when sorting what the units sent:
- `title`: the title as printed, its lines joined with nothing between them. A notice's title is the big centred
  heading (never the organ mark or the 文号 line); a workbook's is the title row of its first sheet; a sign-in sheet's
  its heading; minutes' their heading (…会议纪要); a page of a minutes notebook its printed heading (会议记录); a
  简报 its masthead name (without 第N期); a news page its headline (never the site or account name).
- `organ`: the full name of whoever issued or produced the document, as a reader would file it: a notice's issuer
  (from its organ mark or, where there is none, its signature; joint issuers in the order printed, joined by 、);
  a ledger, list or statistics table: the unit named as 填报单位/制表单位/报送单位 on it, failing that the unit
  whose records its title says they are (…工作站…受理登记表), absent when neither is named;
  a sign-in sheet: the 主办单位/组织单位 printed on it (absent when none); minutes: the body that issued them (its
  mark or signature; for a 会议记录 form or notebook page, the unit on its 单位： line, absent when none);
  a 简报: the 编发 unit; a news page: the publisher of the page you see — the newspaper, broadcaster, news site or
  account whose page it is (an account on 今日头条/百家号 is the account, not the platform; a government WeChat
  account its name as shown); a government portal's page: the portal's 主办单位 from its footer.
- `doc_type`: the word I write in the evidence catalogue's 材料类型 column = the genre the document gives itself
  in its title: 通知 意见 通报 请示 批复 计划 方案 报告 总结 函 简报 纪要→会议纪要, 会议记录, 台账 统计表 一览表
  名单 登记表 汇总表, 签到表; every news report (web, app, WeChat, newspaper page) is 新闻报道. A notice that 印发
  a plan is a 通知 (the file is the notice).
- `media`: the outlets that carried the report, counted for 媒体宣传: the page's publisher when it is a media outlet
  (newspaper, broadcaster, news site/app, 融媒体中心, the 学习强国 platform itself), the original outlet named by
  来源/转载自/原标题 on the page, and the outlets the text says reported it (据…等媒体报道). Never: government portals
  or their accounts (政务新媒体), related links / 推荐阅读 / 热点 lists, footers, editors and photographers, the
  platform hosting an account (今日头条, 百家号). In a media-report register (XLSX) the outlets listed as carrying a
  report, except rows marked 政务新媒体. `level` 央级/省级/市级/县级.
- `doc_numbers`: every document number printed anywhere (own number, cited documents, table cells, penalty decision
  numbers), `text` in the 〔YYYY〕 form whatever brackets were printed, `organ_prefix` the organ abbreviation as
  printed (never a verb or particle before it), `year`, `number`.
- `dates`: every calendar day printed anywhere (any style: 2023年5月18日, 二〇二三年五月十八日, 2023.5.18,
  2023/06/08, 2023-06-08 10:32; a range 2023年7月1日至31日 gives both ends), including dates in table cells,
  text boxes and on screens (publication times, related links). A month without a day is not a date.
- `tables`: each logical table of records (one per table even across two pages): `header` = the leaf labels of the
  header — for a two-row header the lower labels under a merged group cell, the single label of a cell spanning both
  rows; `rows` = the records only: no title row, header (nor its repetition on the next page), totals row
  (合计/小计/总计), notes (注：…, 填表人, 审核人), blank spacer rows or unsigned lines of a sign-in sheet; a cell
  vertically merged over several records belongs to each of them; cells as displayed (Excel number formats
  applied). A layout table (a red mark in a table, a key–value 会议记录 form) is not a table.
- `meetings` (minutes only): `date` the day held, `title` the heading, `chair` the person's name alone (主持人,
  主持, 召集人; no post), `topics` the agenda items (议题/会议议程) without numbering or final punctuation.
- `attendance` (sign-in sheets only): `names` the names signed, in order; `count` how many signed (a count written
  on the sheet agrees with it).
- `pages`: printed pages (an image is one page); `kind` text_pdf/scan/photo/screenshot/docx/xlsx; `format` suffix.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import io
import math
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import cv2
import numpy as np
import openpyxl
import pypdfium2
import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
FIXED = (2023, 1, 2, 8, 0, 0)  # zip member time of every DOCX/XLSX written here

# --- invented places ----------------------------------------------------------------------------------------------
PLACES = [
    dict(prov="云岫省", city="榆城市", ca="榆", county="柏溪区", a="柏溪", kind="区",
         towns=["杏花街道", "石桥镇", "梨园乡", "东渡街道"],
         pm=["云岫日报", "云岫广播电视台", "云岫法治报"], cm=["榆城日报", "榆城晚报", "榆城广播电视台"],
         km="柏溪区融媒体中心", app="爱柏溪", tel="0739"),
    dict(prov="汀南省", city="枫桥市", ca="枫", county="鹿鸣县", a="鹿鸣", kind="县",
         towns=["城关镇", "东坝镇", "清水乡", "北关街道"],
         pm=["汀南日报", "汀南新闻网", "汀南法治报"], cm=["枫桥日报", "枫桥广播电视台", "枫桥新闻网"],
         km="鹿鸣县融媒体中心", app="鹿鸣发布", tel="0817"),
    dict(prov="澜北省", city="桑田市", ca="桑", county="苇塘区", a="苇塘", kind="区",
         towns=["荷叶街道", "五里镇", "双桥镇", "青石乡"],
         pm=["澜北日报", "澜北广播电视台", "澜北新闻网"], cm=["桑田日报", "桑田晚报", "桑田广播电视台"],
         km="苇塘区融媒体中心", app="苇塘发布", tel="0476"),
]
NATIONAL = ["人民日报", "新华社", "中国知识产权报", "中国市场监管报", "法治日报", "光明日报", "经济日报", "央视新闻"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = "建国志强海燕秀英丽娟晓东文博春梅国华明亮玉兰永刚红霞德胜淑珍雪峰家豪子涵宇航思远佳怡俊杰晨曦若溪浩然"

# organ key -> (full name template, 文号 prefix template); {c} county, {a} county abbreviation, {ci} city
ORGANS = {
    "scjg": ("{c}市场监督管理局", "{a}市监"),
    "zfb": ("{c}人民政府办公室", "{a}府办"),
    "zf": ("{c}人民政府", "{a}政"),
    "zbb": ("{c}知识产权保护工作领导小组办公室", "{a}知保办"),
    "djb": ("{c}打击侵权假冒工作领导小组办公室", "{a}打假办"),
    "sfj": ("{c}司法局", "{a}司"),
    "nyj": ("{c}农业农村局", "{a}农"),
    "wlj": ("{c}文化广电旅游体育局", "{a}文旅"),
    "xcb": ("中共{c}委宣传部", "{a}宣"),
    "gaj": ("{ci}公安局{c}分局", "{a}公"),
    "kxj": ("{c}科学技术协会", "{a}科协"),
}


def organ(place: dict, key: str) -> tuple[str, str]:
    full, prefix = ORGANS[key]
    county_word = place["county"][:-1] + ("区" if place["kind"] == "区" else "县")
    return (full.format(c=place["county"], a=place["a"], ci=place["city"]).replace("中共" + place["county"] + "委",
                                                                                 "中共" + county_word + "委"),
            prefix.format(a=place["a"]))


def person(rng: random.Random) -> str:
    given = rng.choice([GIVEN[i:i + 2] for i in range(0, len(GIVEN) - 1, 2)])
    return rng.choice(SURNAMES) + (given if rng.random() < 0.7 else given[0])


def people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = person(rng)
        if p not in out:
            out.append(p)
    return out


def phone(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))


def day(rng: random.Random, year: int, lo: int = 1, hi: int = 11) -> dt.date:
    return dt.date(year, rng.randint(lo, hi), rng.randint(1, 28))


HANZI = "〇一二三四五六七八九"


def hanzi_number(n: int) -> str:
    return ("十" if n == 10 else (HANZI[n // 10] if n > 19 else "") + ("十" if n >= 10 else "") + (HANZI[n % 10]
                                                                                                 if n % 10 else ""))


DATE_STYLES = {
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "hanzi": lambda d: "".join(HANZI[int(c)] for c in str(d.year))
    + f"年{hanzi_number(d.month)}月{hanzi_number(d.day)}日",
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "dash": lambda d: f"{d:%Y-%m-%d}",
    "cn0": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
}


class Truth:
    """What a careful clerk writes for one file; filled while the file is made."""

    def __init__(self, kind: str, fmt: str) -> None:
        self.kind, self.fmt, self.pages = kind, fmt, 1
        self.facts: dict = {}
        self.numbers: dict[str, dict] = {}
        self.days: dict[str, str] = {}
        self.outlets: dict[str, str] = {}
        self.tables: list[dict] = []
        self.meetings: list[dict] = []
        self.attendance: dict | None = None
        self.seal_texts: list[tuple[str, str]] = []  # (text the seal is centred on, seal legend)

    def no(self, prefix: str, year: int, number: int, brackets: str = "〔〕") -> str:
        text = f"{prefix}〔{year}〕{number}号"
        self.numbers.setdefault(text, {"text": text, "organ_prefix": prefix, "year": year, "number": number})
        return f"{prefix}{brackets[0]}{year}{brackets[1]}{number}号"

    def date(self, d: dt.date, style: str = "cn") -> str:
        text = DATE_STYLES[style](d)
        self.days.setdefault(d.isoformat(), text)
        return text

    def span(self, a: dt.date, b: dt.date) -> str:
        """A range as offices write it: 2023年7月1日至31日 / 2023年7月1日至8月15日."""
        self.days.setdefault(a.isoformat(), f"{a.year}年{a.month}月{a.day}日")
        tail = f"{b.day}日" if b.month == a.month else f"{b.month}月{b.day}日"
        self.days.setdefault(b.isoformat(), tail)
        return f"{a.year}年{a.month}月{a.day}日至{tail}"

    def outlet(self, name: str, level: str) -> str:
        self.outlets.setdefault(name, level)
        return name

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        self.tables.append({"header": list(header), "rows": [list(map(str, r)) for r in rows],
                            "row_count": len(rows)})

    def export(self) -> dict:
        out = {"kind": self.kind, "format": self.fmt, "pages": self.pages}
        for key in ("title", "organ", "doc_type"):
            if self.facts.get(key):
                out[key] = self.facts[key]
        if self.numbers:
            out["doc_numbers"] = [self.numbers[k] for k in sorted(self.numbers)]
        if self.days:
            out["dates"] = [{"iso": k, "text": self.days[k]} for k in sorted(self.days)]
        if self.outlets:
            out["media"] = [{"outlet": k, "level": self.outlets[k]} for k in sorted(self.outlets)]
        if self.tables:
            out["tables"] = self.tables
        if self.meetings:
            out["meetings"] = self.meetings
        if self.attendance:
            out["attendance"] = self.attendance
        return out


def level_of(place: dict, name: str) -> str:
    if name in NATIONAL or name in ("学习强国", "澎湃新闻"):
        return "央级" if name != "澎湃新闻" else "省级"
    if name in place["pm"]:
        return "省级"
    if name in place["cm"]:
        return "市级"
    return "县级"


# --- wording -------------------------------------------------------------------------------------------------------
def title_for(genre: str, place: dict, year: int, rng: random.Random) -> str:
    c = place["county"]
    options = {
        "通知": [f"关于开展{year}年“4·26”全国知识产权宣传周系列活动的通知",
                 f"关于做好{year}年度知识产权保护工作检查考核迎检准备工作的通知",
                 f"关于印发《{c}{year}年知识产权保护工作要点》的通知",
                 f"关于开展{year}年农资打假和地理标志产品保护专项整治行动的通知"],
        "意见": ["关于进一步强化知识产权全链条保护工作的实施意见", f"关于加强{c}商标品牌培育和保护的指导意见"],
        "通报": [f"关于{year}年上半年知识产权保护重点工作推进情况的通报",
                 f"关于{year}年第三季度打击侵权假冒工作考核情况的通报"],
        "请示": [f"关于申请拨付{year}年度知识产权保护专项工作经费的请示",
                 f"关于设立{c}知识产权纠纷人民调解委员会的请示"],
        "批复": [f"关于同意设立{c}知识产权维权援助工作站的批复",
                 f"关于{c}市场监督管理局申请知识产权执法专项经费的批复"],
        "计划": [f"{c}{year}年知识产权保护宣传培训工作计划", f"{c}{year}年度打击侵权假冒工作计划"],
        "方案": [f"{c}{year}年打击侵权假冒伪劣商品专项整治行动实施方案",
                 f"{c}知识产权保护工作检查考核迎检工作方案"],
        "报告": [f"关于{year}年度知识产权保护工作开展情况的报告", f"关于{c}知识产权行政保护工作情况的报告"],
        "总结": [f"{c}市场监督管理局{year}年知识产权保护工作总结", f"{c}{year}年打击侵权假冒工作总结"],
        "函": [f"关于商请提供{year}年度知识产权保护工作佐证材料的函",
               "关于协助核查涉嫌侵犯注册商标专用权案件线索的函"],
    }
    return rng.choice(options[genre])


def break_title(rng: random.Random, title: str, n: int) -> list[str]:
    """Cut a title into n centred lines where a typist would: never inside a number, before a closing mark or
    right after an opening one."""
    if n <= 1:
        return [title]
    bad = set("》”）〕，、的")
    cuts = []
    for k in range(1, n):
        target = round(len(title) * k / n) + rng.randint(-2, 2)
        best = None
        for delta in range(0, 8):
            for at in (target + delta, target - delta):
                if 2 <= at <= len(title) - 2 and (not cuts or at > cuts[-1] + 2) and title[at] not in bad and \
                        title[at - 1] not in "《“（〔" and not (title[at - 1].isdigit() and title[at].isdigit()) and \
                        (title[at - 1] in "区县局组年于的划案作护护》”" or delta >= 6):
                    best = at
                    break
            if best:
                break
        cuts.append(best or min(max(target, cuts[-1] + 3 if cuts else 2), len(title) - 2))
    return [title[a:b] for a, b in zip([0, *cuts], [*cuts, len(title)], strict=True)]


def city_organ(place: dict, rng: random.Random) -> tuple[str, str]:
    return rng.choice([(f"{place['city']}市场监督管理局", f"{place['ca']}市监"),
                       (f"{place['city']}人民政府办公室", f"{place['ca']}政办"),
                       (f"{place['city']}知识产权局", f"{place['ca']}知"),
                       (f"{place['city']}打击侵权假冒工作领导小组办公室", f"{place['ca']}打假办")])


def cite(t: Truth, rng: random.Random, place: dict, year: int, brackets: str = "〔〕") -> str:
    """A sentence citing another document, worded as offices do (the verb or particle touches the 文号)."""
    full, prefix = city_organ(place, rng)
    kind = rng.choice(["发", "函", "发", "字"])
    form = rng.randrange(4)

    def num() -> str:
        return t.no(prefix + ("发" if kind == "字" else kind) + ("字" if kind == "字" else ""), year,
                    rng.randint(3, 96), brackets)

    def nat() -> str:
        return t.no(rng.choice(["国知发保字", "国知办发保字", "国市监稽发", "国办发"]), year - rng.randint(0, 1),
                    rng.randint(2, 60), brackets)

    if form == 0:
        return f"根据{full}《关于进一步加强知识产权保护工作的通知》（{num()}）要求，结合我{place['kind']}实际，"
    if form == 1:
        return f"为贯彻落实{nat()}文件精神和{full}部署（{num()}），"
    if form == 2:
        return f"按照{num()}文件要求，为抓好落实，"
    return f"现将{full}转发的国家知识产权局文件（{nat()}）精神传达如下，并结合{full}印发{num()}的要求，"


def body_sentences(t: Truth, rng: random.Random, place: dict, year: int, when: dt.date) -> list[str]:
    towns = "、".join(rng.sample(place["towns"], 2))
    start = when + dt.timedelta(days=rng.randint(5, 20))
    end = dt.date(start.year, start.month, min(28, start.day + rng.randint(5, 20)))
    if end <= start:
        end = start + dt.timedelta(days=9)
    return [
        f"{rng.randint(3, 12)}月以来，全{place['kind']}共检查市场主体{rng.randint(120, 980)}户次，立案查处商标侵权案件"
        f"{rng.randint(3, 30)}件，{towns}的专项检查已经完成。",
        f"活动时间为{t.span(start, end)}，各单位要明确一名联络员，于{t.date(end + dt.timedelta(days=3))}前将"
        f"工作小结报送{place['county']}市场监督管理局知识产权股（邮箱：ipr{rng.randint(10, 99)}@example.gov.cn）。",
        "各单位要压实工作责任，加强协调配合，确保各项任务按时保质完成，对工作不力、敷衍塞责的予以通报。",
        f"联系人：{person(rng)}，电话：{place['tel']}-{rng.randint(2000000, 8999999)}。",
    ]


# --- DOCX -----------------------------------------------------------------------------------------------------------
FONT_SETS = [  # (title, body, heading) faces a county office's Word files carry
    ("方正小标宋简体", "仿宋_GB2312", "黑体"), ("宋体", "仿宋", "黑体"), ("方正小标宋简体", "仿宋", "楷体_GB2312"),
    ("黑体", "宋体", "黑体"), ("Noto Serif CJK SC", "AR PL UMing CN", "Noto Sans CJK SC"),
]


def set_font(run, face: str, size: float | None = None, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = face
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.insert(0, fonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), face)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


RED = RGBColor(0xD0, 0x10, 0x10)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


COMPACT = False  # set while a one-page image's document is typed: smaller body, so it fits one page


class Doc:
    """A Word file as a county office types it."""

    def __init__(self, rng: random.Random) -> None:
        self.d = Document()
        self.rng = rng
        self.title_face, self.body_face, self.head_face = rng.choice(FONT_SETS)
        self.size = rng.choice([16, 16, 15, 14]) if not COMPACT else rng.choice([12, 11])
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(rng.choice([37, 30, 35])), Mm(rng.choice([35, 28]))
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        lang = self.d.styles.element.find(qn("w:docDefaults"))
        if lang is not None:
            for node in lang.iter(qn("w:lang")):
                node.set(qn("w:eastAsia"), "zh-CN")

    def para(self, text: str = "", *, size: float | None = None, face: str | None = None, bold=False,
             align: str = "left", indent: bool = False, color: RGBColor | None = None, space_after: float = 0,
             line: float | None = None):
        p = self.d.add_paragraph()
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        fmt = p.paragraph_format
        fmt.space_after, fmt.space_before = Pt(space_after), Pt(0)
        fmt.line_spacing = Pt(line or (self.size * 1.75))
        if indent:
            fmt.first_line_indent = Pt((size or self.size) * 2)
        if text:
            set_font(p.add_run(text), face or self.body_face, size or self.size, bold, color)
        return p

    def title(self, lines: list[str], size: float = 22) -> None:
        for line in lines:
            self.para(line, size=size, face=self.title_face, align="center", line=size * 1.45)
        self.para()

    def red_rule(self, p=None) -> None:
        p = p or self.para(line=8)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:pBdr {W_NS}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="D01010"/>'
                             '</w:pBdr>'))

    def table(self, grid: list[list[str]], *, widths: list[float] | None = None, ruled: bool = True,
              merges: list[tuple[int, int, int, int]] = (), size: float = 11, header_rows: int = 1,
              face: str | None = None, repeat: bool = True):
        rows, cols = len(grid), len(grid[0])
        tbl = self.d.add_table(rows=rows, cols=cols)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        if ruled:
            tbl.style = self.d.styles["Table Grid"]
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                cell = tbl.cell(r, c)
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(0)
                if value:
                    set_font(p.add_run(value), face or ("黑体" if r < header_rows else self.body_face), size,
                             r < header_rows and face is None)
        for r0, c0, r1, c1 in merges:
            keep = tbl.cell(r0, c0).text
            merged = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
            for p in merged.paragraphs[1:]:  # merging concatenates paragraphs; keep the first cell's text only
                p._p.getparent().remove(p._p)
            if merged.paragraphs and merged.paragraphs[0].text != keep:
                merged.paragraphs[0].runs[0].text = keep
        if not widths:  # columns as wide as their longest text, over the text width
            sec = self.d.sections[0]
            room = (sec.page_width - sec.left_margin - sec.right_margin) / Mm(1)
            need = [max(2.5, *(min(18, len(row[c])) for row in grid)) for c in range(cols)]
            widths = [room * n / sum(need) for n in need]
        tbl._tbl.tblPr.append(parse_xml(f'<w:tblLayout {W_NS} w:type="fixed"/>'))
        for col, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(int(Mm(w) / 635)))
        for row in tbl.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Mm(w)
        if repeat:
            for r in range(header_rows):
                tbl.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W_NS}/>'))
        return tbl

    def text_box(self, lines: list[tuple[str, float, RGBColor | None]], height_pt: float, top_pt: float = 0) -> None:
        """A floating VML text box (as WPS and old Word templates place red marks and 印发 lines)."""
        paras = "".join(
            f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
            f'<w:rFonts w:ascii="{self.title_face}" w:hAnsi="{self.title_face}" w:eastAsia="{self.title_face}"/>'
            + (f'<w:color w:val="{str(color)}"/>' if color is not None else "")
            + f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
            for text, size, color in lines)
        xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
               f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
               f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
               f'o:connecttype="rect"/></v:shapetype><v:shape id="box{top_pt:.0f}" o:spid="_x0000_s10{int(top_pt)}" '
               f'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:{top_pt}pt;width:442pt;'
               f'height:{height_pt}pt;z-index:1;mso-position-horizontal:center" stroked="f" filled="f">'
               f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>'
               f'</w:r>')
        p = self.para(line=height_pt + 6)
        p._p.append(parse_xml(xml))

    def page_break(self) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path: Path) -> Path:
        self.d.core_properties.author = "user"
        self.d.core_properties.created = dt.datetime(2023, 1, 2, 8, 0, 0)
        self.d.core_properties.modified = dt.datetime(2023, 1, 2, 8, 0, 0)
        self.d.core_properties.last_modified_by = "user"
        self.d.core_properties.revision = 1
        self.d.save(path)
        fixed_zip(path)
        return path


def fixed_zip(path: Path) -> None:
    """Rewrite a zip package with fixed member times, so the same seed gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2023-01-02T08:00:00Z", data)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --- documents typed in Word -----------------------------------------------------------------------------------------
def mark_block(doc: Doc, mark: str, names: list[str], word: str = "文件") -> None:
    """The issuing-organ mark in one of the house styles: a red paragraph, a layout table, a text box, the header."""
    size = doc.rng.choice([30, 32, 26]) if max(map(len, names)) < 14 else 24
    if mark == "para":
        for i, name in enumerate(names):
            doc.para(name + (word if i == len(names) - 1 else ""), size=size, face=doc.title_face, align="center",
                     color=RED, line=size * 1.3)
    elif mark == "table":
        grid = [[name, word if i == 0 else ""] for i, name in enumerate(names)]
        tbl = doc.table(grid, ruled=False, merges=[(0, 1, len(names) - 1, 1)] if len(names) > 1 else [],
                        widths=[120, 36],
                        header_rows=0, repeat=False, size=size * (0.8 if len(names) > 1 else 1), face=doc.title_face)
        for row in tbl.rows:
            for cell in row.cells:
                for run in (r for p in cell.paragraphs for r in p.runs):
                    run.font.color.rgb = RED
        doc.para(line=10)
    elif mark == "box":
        doc.text_box([(name + (word if i == len(names) - 1 else ""), size, RED) for i, name in enumerate(names)],
                     height_pt=size * 1.4 * len(names))
    elif mark == "header":
        header = doc.d.sections[0].header
        p = header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(names[0] + word), doc.title_face, size, color=RED)
        doc.red_rule(p)


def official(t: Truth, rng: random.Random, place: dict, year: int, genre: str, mark: str = "para",
             issuer: str = "scjg", joint: str | None = None, lines: int = 2, attach: str | None = None,
             date_style: str = "cn", brackets: str = "〔〕", printed_box: bool = False) -> Doc:
    doc = Doc(rng)
    keys = [issuer] + ([joint] if joint else [])
    organs = [organ(place, k) for k in keys]
    names = [o[0] for o in organs]
    when = day(rng, year, 3, 11)
    if mark != "none":
        mark_block(doc, mark, names)
    suffix = {"函": "函", "请示": "", "批复": "复"}.get(genre, "发")
    own = t.no(organs[0][1] + suffix, year, rng.randint(2, 88), brackets)
    if mark == "none":
        doc.para(own, align="right")
    elif genre == "请示":
        doc.para(f"{own}{'　' * 6}签发人：{person(rng)}", align="center")
    else:
        doc.para(own, align="center")
    if mark not in ("none", "header"):
        doc.red_rule()
    title = title_for(genre, place, year, rng)
    doc.title(break_title(rng, title, lines))
    recipients = {"请示": f"{place['county']}人民政府：", "报告": f"{place['city']}市场监督管理局：",
                  "批复": f"{place['county']}市场监督管理局：", "函": f"{place['county']}司法局："}
    doc.para(recipients.get(genre, f"各镇人民政府、街道办事处，{place['county']}直各有关单位："))
    if genre == "批复":
        asked = t.no(f"{place['a']}市监", year, rng.randint(2, 40), brackets)
        doc.para(f"你局《关于申请设立知识产权维权援助工作站的请示》（{asked}）收悉。经研究，现批复如下：", indent=True)
    doc.para(cite(t, rng, place, year, brackets) + "现将有关事项" + ("报告如下。" if genre == "报告" else "明确如下。"),
             indent=True)
    heads = ["一、总体要求", "二、主要任务", "三、工作要求"]
    for head, sentence in zip(heads, body_sentences(t, rng, place, year, when), strict=False):
        doc.para(head, face=doc.head_face, indent=True)
        doc.para(sentence, indent=True)
    if attach:
        doc.para()
        doc.para(f"附件：{attach}", indent=True)
    doc.para()
    shown = t.date(when, date_style)
    for name in names:
        doc.para(name, align="right")
    doc.para(shown, align="right")
    t.seal_texts.append((shown, names[-1]))
    if genre == "请示":
        doc.para(f"（联系人：{person(rng)}，联系电话：{place['tel']}-{rng.randint(2000000, 8999999)}）", indent=True)
    if printed_box:  # the 印发 line in a text box at the foot, as some templates keep it
        printed = when + dt.timedelta(days=rng.randint(0, 3))
        office = names[0] if names[0].endswith("办公室") else names[0] + "办公室"
        doc.text_box([(f"{office}{'　' * 4}"
                       f"{t.date(printed)}印发", 14, None)], height_pt=24)
    if attach:
        doc.page_break()
        attachment_table(t, doc, rng, place, year, attach)
    t.facts.update(title=title, organ="、".join(names), doc_type=genre)
    return doc


def attachment_table(t: Truth, doc: Doc, rng: random.Random, place: dict, year: int, what: str) -> None:
    doc.para("附件", face=doc.head_face)
    doc.title([what], size=18)
    header = ["序号", "单位", "姓名", "职务", "联系电话"]
    units = [organ(place, k)[0] for k in ("scjg", "sfj", "nyj", "wlj", "xcb", "gaj", "kxj")]
    rows = [[str(i + 1), u, p, rng.choice(["副局长", "股长", "科员", "副部长", "主任科员"]), phone(rng)]
            for i, (u, p) in enumerate(zip(units[:rng.randint(5, 7)], people(rng, 7), strict=False))]
    doc.table([header] + rows, widths=[12, 62, 22, 24, 32], size=11)
    t.table(header, rows)


def minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """会议纪要: `mark` red mark + issue number; `fields` labelled lines; `inline` chair in the first sentence;
    `convener` 召集人 and topics after the body."""
    doc = Doc(rng)
    group = f"{place['county']}知识产权保护工作领导小组"
    issuer = group + "办公室"
    held = day(rng, year, 2, 10)
    issued = held + dt.timedelta(days=rng.randint(1, 6))
    chair = person(rng)
    post = rng.choice(["副区长" if place["kind"] == "区" else "副县长", "领导小组副组长、市场监管局局长",
                       "市场监管局局长"])
    nth = rng.choice(["第一次", "第二次", "第三次"])
    heading = f"{group}{year}年{nth}全体会议纪要"
    topics = rng.sample([
        "传达学习全国知识产权保护工作电视电话会议精神", f"审议《{place['county']}{year}年知识产权保护工作要点》",
        f"研究部署{year}年度知识产权保护工作检查考核迎检工作", "听取各成员单位上半年知识产权保护工作进展情况汇报",
        "研究“4·26”知识产权宣传周活动安排", "研究知识产权维权援助工作站建设事项",
        f"通报{year}年第一季度侵权假冒案件查处情况"], rng.randint(2, 4))
    numbering = rng.choice([lambda i: f"{hanzi_number(i + 1)}、", lambda i: f"{i + 1}.",
                            lambda i: f"（{hanzi_number(i + 1)}）"])
    if style == "mark":
        doc.para(group, size=26, face=doc.title_face, align="center", color=RED)
        doc.para("会议纪要", size=36, face=doc.title_face, align="center", color=RED)
        doc.para(f"第{rng.randint(1, 6)}期", align="center")
        doc.para(f"{issuer}{'　' * 3}{t.date(issued)}", align="center", size=14)
        doc.red_rule()
    doc.title(break_title(rng, heading, 2 if len(heading) > 22 else 1), size=20)
    held_text = t.date(held, rng.choice(["cn", "cn", "cn0"]))
    week = "一二三四五六日"[held.weekday()]
    room = rng.choice(["区政府三楼会议室", "县政府二楼会议室", "市场监管局五楼会议室", "行政中心1号会议室"])
    attendees = "、".join(organ(place, k)[0] for k in rng.sample(["scjg", "sfj", "nyj", "wlj", "xcb", "gaj"], 4))
    if style in ("fields", "mark"):
        doc.para(f"会议时间：{held_text}（星期{week}）上午9:00", indent=False)
        doc.para(f"会议地点：{room}")
        label = rng.choice(["主持人", "主 持 人", "主持"])
        doc.para(f"{label}：{chair}（{post}）")
        doc.para(f"参会单位：{attendees}")
        doc.para(f"记录人：{person(rng)}")
        doc.para("会议议题：", face=doc.head_face)
        for i, topic in enumerate(topics):
            doc.para(numbering(i) + topic + rng.choice(["", "；", "。"]), indent=True)
        doc.para("会议听取了有关情况汇报，经认真研究，形成如下意见：", indent=True)
    elif style == "inline":
        doc.para(f"{held_text}，{post}{chair}在{room}主持召开{group}{nth}全体会议，{attendees}负责同志参加会议。"
                 f"会议议题如下：", indent=True)
        for i, topic in enumerate(topics):
            doc.para(numbering(i) + topic + "。", indent=True)
        doc.para("现将会议议定事项纪要如下：", indent=True)
    else:  # convener
        doc.para(f"时间：{held_text}下午", indent=False)
        doc.para(f"地点：{room}")
        doc.para(f"召集人：{chair}")
        doc.para(f"出席：{attendees}")
        doc.para("会议议程：")
        for i, topic in enumerate(topics):
            doc.para(numbering(i) + topic, indent=True)
    for i, sentence in enumerate(body_sentences(t, rng, place, year, held)[:3]):
        doc.para(f"{hanzi_number(i + 1)}、{sentence}" if style != "inline" else sentence, indent=True)
    if style != "mark":
        doc.para()
        doc.para(issuer, align="right")
        doc.para(t.date(issued), align="right")
        t.seal_texts.append((DATE_STYLES["cn"](issued), issuer))
    t.meetings.append({"date": held.isoformat(), "title": heading, "chair": chair, "topics": topics})
    t.facts.update(title=heading, organ=issuer, doc_type="会议纪要")
    return doc


CASE_HEADER = ["序号", "案件名称", "当事人", "立案日期", "结案日期", "处罚决定书文号", "罚没金额（元）", "是否公开"]
GOODS = ["白酒", "运动鞋", "洗发水", "电动车配件", "化肥", "茶叶", "手机配件", "儿童玩具", "润滑油", "农药"]
BRANDS = ["“飞鹤”", "“五粮”", "“安踏”", "“雅迪”", "“心连心”", "“红牛”", "“公牛”", "“立白”"]


def case_rows(t: Truth, rng: random.Random, place: dict, year: int, n: int, style: str = "dash") -> list[list[str]]:
    rows = []
    for i in range(n):
        a = day(rng, year, 1, 9)
        b = a + dt.timedelta(days=rng.randint(12, 80))
        shop = rng.choice(["鑫隆", "顺达", "恒盛", "华泰", "佳惠", "永兴"]) + \
            rng.choice(["商贸行", "五金店", "副食店", "超市"])
        who = rng.choice([f"{place['county']}{shop}",
                          f"{person(rng)}（个体工商户）"])
        rows.append([str(i + 1), f"{who[:-7] if '个体' in who else who}销售侵犯{rng.choice(BRANDS)}注册商标专用权的"
                     f"{rng.choice(GOODS)}案"[:30], who, t.date(a, style), t.date(b, style),
                     t.no(f"{place['a']}市监处罚", year, 100 + i * 3 + rng.randint(0, 2)),
                     f"{rng.randint(2, 90) * 500}", rng.choice(["是", "是", "否"])])
    return rows


def ledger_doc(t: Truth, rng: random.Random, place: dict, year: int, n: int, face: str | None = None,
               organ_line: bool = True) -> Doc:
    """案件查处台账: title paragraph, 填报单位 line, two-row header (办理时间 over 立案/结案日期), 合计 row, notes."""
    doc = Doc(rng)
    sec = doc.d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(20)
    unit = organ(place, "scjg")[0]
    title = f"{unit}{year}年侵犯知识产权案件查处台账"
    doc.title(break_title(rng, title, 1), size=18)
    if organ_line:
        doc.para(f"填报单位（盖章）：{unit}{'　' * 8}填报时间：{t.date(dt.date(year, 11, rng.randint(10, 28)))}",
                 size=12)
    style = rng.choice(["dash", "dot", "cn"])
    rows = case_rows(t, rng, place, year, n, style)
    top = ["序号", "案件名称", "当事人", "办理时间", "", "处罚决定书文号", "罚没金额（元）", "是否公开"]
    total = sum(int(r[6]) for r in rows)
    grid = [top, CASE_HEADER] + rows + [["合计", "", "", "", "", "", str(total), ""]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7)] + [(0, 3, 0, 4), (len(grid) - 1, 0, len(grid) - 1, 5)]
    grid[1] = ["", "", "", "立案日期", "结案日期", "", "", ""]
    doc.table(grid, widths=[12, 70, 44, 26, 26, 48, 24, 16], merges=merges, header_rows=2, size=10.5, face=face)
    doc.para(f"注：本台账统计时间为{year}年1月1日至{year}年11月30日，罚没金额以处罚决定书为准。", size=11)
    t.days.setdefault(f"{year}-01-01", f"{year}年1月1日")
    t.days.setdefault(f"{year}-11-30", f"{year}年11月30日")
    doc.para(f"填表人：{person(rng)}{'　' * 6}审核人：{person(rng)}{'　' * 6}联系电话：{phone(rng)}", size=11)
    t.table(CASE_HEADER, rows)
    t.facts.update(title=title, doc_type="台账", **({"organ": unit} if organ_line else {}))
    return doc


LISTS = {  # what -> (title tail, header, row maker)
    "一览表": "发文一览表", "名单": "知识产权保护工作联络员名单", "统计表": "知识产权培训情况统计表",
    "登记表": "知识产权维权援助受理登记表", "汇总表": "知识产权保护工作任务完成情况汇总表",
}


def list_rows(t: Truth, rng: random.Random, place: dict, year: int, what: str, n: int) -> tuple[list[str], list]:
    if what == "一览表":
        header = ["序号", "文件名称", "文号", "发文日期", "备注"]
        rows = []
        for i in range(n):
            g = rng.choice(["通知", "方案", "通报", "意见"])
            full, prefix = organ(place, rng.choice(["scjg", "zbb", "djb", "zfb"]))
            name = title_for(g, place, year, rng).replace(place["county"], "")
            rows.append([str(i + 1), name, t.no(prefix + "发", year, rng.randint(1, 99)),
                         t.date(day(rng, year), rng.choice(["dash", "cn"])), rng.choice(["", "已公开", "依申请公开"])])
        return header, rows
    if what == "名单":
        header = ["序号", "单位", "姓名", "职务", "联系电话"]
        units = [organ(place, k)[0] for k in ORGANS if k not in ("zf",)]
        return header, [[str(i + 1), u, p, rng.choice(["副局长", "股长", "科员", "副主任", "四级主任科员"]), phone(rng)]
                        for i, (u, p) in enumerate(zip(rng.sample(units, min(n, len(units))), people(rng, n),
                                                       strict=False))]
    if what == "统计表":
        header = ["序号", "培训名称", "培训日期", "培训对象", "参训人数"]
        names = ["商标法律法规专题培训", "地理标志保护业务培训", "专利侵权判定实务培训", "知识产权执法人员能力提升班",
                 "企业知识产权合规培训", "市场主体商标品牌培训", "农资打假业务培训", "网络侵权监测培训"]
        return header, [[str(i + 1), nm, t.date(day(rng, year), rng.choice(["cn", "dot"])),
                         rng.choice(["执法人员", "企业代表", "市场监管所人员", "个体工商户"]),
                         str(rng.randint(18, 160))]
                        for i, nm in enumerate(rng.sample(names, n))]
    if what == "登记表":
        header = ["序号", "受理日期", "申请人", "纠纷类型", "办理结果"]
        return header, [[str(i + 1), t.date(day(rng, year), "dash"), person(rng),
                         rng.choice(["商标侵权", "专利侵权", "著作权侵权", "商业秘密"]),
                         rng.choice(["调解成功", "已移交执法部门", "提供咨询", "调解不成"])] for i in range(n)]
    header = ["序号", "牵头单位", "工作任务", "完成情况"]
    rows = []
    for k in rng.sample(["scjg", "sfj", "nyj", "wlj"], 3):
        for task in rng.sample(["宣传周活动", "执法专项行动", "培训", "案件信息公开", "维权援助"], 2):
            rows.append([str(len(rows) + 1), organ(place, k)[0], task, rng.choice(["已完成", "已完成", "推进中"])])
    return header, rows


def list_doc(t: Truth, rng: random.Random, place: dict, year: int, what: str, n: int = 7, ruled: bool = True,
             face: str | None = None, organ_key: str | None = "scjg") -> Doc:
    doc = Doc(rng)
    unit = organ(place, organ_key)[0] if organ_key else None
    title = f"{place['county']}{year}年{LISTS[what]}" if what != "名单" else f"{place['county']}{LISTS[what]}"
    doc.title(break_title(rng, title, 1 if len(title) < 24 else 2), size=rng.choice([18, 20]))
    if unit:
        doc.para(f"{rng.choice(['制表单位', '报送单位', '填报单位'])}：{unit}", size=12)
    header, rows = list_rows(t, rng, place, year, what, n)
    merges = []
    if what == "汇总表":  # the lead unit merged down over its tasks
        for start in range(1, len(rows) + 1, 2):
            merges.append((start, 1, start + 1, 1))
    grid = [header] + [list(r) for r in rows]
    for r0, c0, r1, _ in merges:
        for r in range(r0 + 1, r1 + 1):
            grid[r][c0] = ""
    doc.table(grid, ruled=ruled, merges=merges, size=11, face=face)
    if what == "统计表":
        doc.para(f"合计参训人数：{sum(int(r[4]) for r in rows)}人次", size=12)
    t.table(header, rows)
    t.facts.update(title=title, doc_type=what, **({"organ": unit} if unit else {}))
    return doc


def signin_doc(t: Truth, rng: random.Random, place: dict, year: int, n: int, with_organ: bool) -> Doc:
    """A sign-in sheet filled in on a computer (typed names), blank lines left unsigned."""
    doc = Doc(rng)
    held = day(rng, year, 3, 11)
    title = f"{year}年{place['county']}知识产权保护业务培训班签到表"
    doc.title(break_title(rng, title, 1), size=20)
    host = organ(place, rng.choice(["scjg", "sfj"]))[0]
    doc.para(f"时间：{t.date(held)}{'　' * 4}地点：{place['county']}行政中心会议室", align="center", size=13)
    if with_organ:
        doc.para(f"主办单位：{host}", align="center", size=13)
    header = ["序号", "姓名", "单位", "联系电话"]
    names = people(rng, n)
    units = [organ(place, k)[0] for k in ORGANS]
    rows = [[str(i + 1), nm, rng.choice(units), phone(rng)] for i, nm in enumerate(names)]
    blank = [[str(i + 1), "", "", ""] for i in range(n, n + rng.randint(2, 5))]
    doc.table([header] + rows + blank, size=12)
    t.table(header, rows)
    t.attendance = {"count": n, "names": names}
    t.facts.update(title=title, doc_type="签到表", **({"organ": host} if with_organ else {}))
    return doc


def briefing(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    doc = Doc(rng)
    name = f"{place['county']}知识产权保护工作简报"
    issuer = organ(place, rng.choice(["zbb", "djb"]))[0]
    doc.para(name, size=28, face=doc.title_face, align="center", color=RED)
    doc.para(f"第{rng.randint(2, 12)}期", align="center")
    when = day(rng, year, 4, 11)
    doc.para(f"{issuer}编{'　' * 4}{t.date(when)}", align="center", size=14)
    doc.red_rule()
    doc.title([rng.choice([f"{place['county']}扎实开展“4·26”知识产权宣传周活动",
                           f"{place['county']}召开知识产权保护工作推进会"])], size=18)
    for s in body_sentences(t, rng, place, year, when)[:3]:
        doc.para(s, indent=True)
    doc.para(cite(t, rng, place, year) + "各成员单位按照分工抓好落实。", indent=True)
    doc.para(f"报：{place['city']}知识产权局；送：{place['county']}领导；发：各成员单位", size=13)
    t.facts.update(title=name, organ=issuer, doc_type="简报")
    return doc


def minutes_form(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """会议记录 typed into a key–value form table (a layout, not a table of records)."""
    doc = Doc(rng)
    unit = organ(place, rng.choice(["sfj", "nyj", "scjg"]))[0]
    doc.title(["会议记录"], size=22)
    doc.para(f"单位：{unit}", size=13)
    held = day(rng, year, 2, 11)
    chair = person(rng)
    topics = rng.sample(["学习《知识产权强国建设纲要和“十四五”规划实施年度推进计划》", "部署知识产权宣传周活动",
                         "研究商标侵权案件线索移交事项", "安排迎检佐证材料整理工作"], 3)
    grid = [["会议时间", t.date(held) + " 14:30"], ["会议地点", "本单位三楼会议室"], ["主持人", chair],
            ["记录人", person(rng)], ["参加人员", "、".join(people(rng, 6))],
            ["会议议题", "\n".join(f"{i + 1}.{x}" for i, x in enumerate(topics))],
            ["会议内容", "会议传达了上级有关文件精神，对各项工作作了具体安排，要求各股室按时完成。"]]
    tbl = doc.table(grid, header_rows=0, size=12, widths=[30, 126], repeat=False)
    del tbl
    t.meetings.append({"date": held.isoformat(), "title": "会议记录", "chair": chair, "topics": topics})
    t.facts.update(title="会议记录", organ=unit, doc_type="会议记录")
    return doc


# --- drawing with Pillow: handwritten pages and screens ---------------------------------------------------------------
FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
_fonts: dict = {}


def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    key = (face, size)
    if key not in _fonts:
        path, index = FONT_FILES[face]
        _fonts[key] = ImageFont.truetype(path, size, index=index)
    return _fonts[key]


class Canvas:
    """A page or screen drawn with Pillow; every string drawn is kept (to check the truth against)."""

    def __init__(self, w: int, h: int, bg=(255, 255, 255)) -> None:
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.w, self.h = w, h

    def text(self, x, y, s, face="sans", size=30, fill=(20, 20, 20), anchor="la") -> None:
        self.d.text((x, y), s, font=font(face, size), fill=fill, anchor=anchor)
        self.texts.append(s)

    def wrap(self, x, y, s, width, face="sans", size=30, fill=(20, 20, 20), gap=1.6, indent=0) -> int:
        """Left-aligned text wrapped to `width` px; returns the y below it. The whole string is kept once."""
        f = font(face, size)
        line, lines, first = "", [], True
        for ch in s:
            room = width - (indent if first and not lines else 0)
            if f.getlength(line + ch) > room:
                lines.append(line)
                line, first = ch, False
            else:
                line += ch
        lines.append(line)
        for i, ln in enumerate(lines):
            self.d.text((x + (indent if i == 0 else 0), y), ln, font=f, fill=fill)
            y += int(size * gap)
        self.texts.append(s)
        return y

    def hand(self, x, y, s, size, rng: random.Random, ink=(25, 40, 120), face="kai") -> int:
        """Handwriting-like: kai face, each character a little off the line and of its own size."""
        for ch in s:
            sz = int(size * rng.uniform(0.88, 1.12))
            self.d.text((x, y + rng.uniform(-0.1, 0.1) * size), ch, font=font(face, sz), fill=ink)
            x += font(face, sz).getlength(ch) * rng.uniform(0.92, 1.08) + rng.uniform(0, size * 0.08)
        self.texts.append(s)
        return int(x)

    def line(self, xy, fill=(60, 60, 60), width=2) -> None:
        self.d.line(xy, fill=fill, width=width)

    def crop(self, h: int) -> Image.Image:
        return self.img.crop((0, 0, self.w, min(self.h, h)))


A4_200 = (1654, 2339)  # A4 at 200 dpi


def notebook_minutes(t: Truth, rng: random.Random, place: dict, year: int, label: str, with_unit: bool):
    """A page of a minutes notebook (会议记录本): printed heading and rules, handwritten fields and 议题."""
    c = Canvas(*A4_200, bg=(250, 248, 240))
    c.text(827, 150, "会议记录", "serifb", 64, (160, 30, 30), anchor="ma")
    unit = organ(place, rng.choice(["sfj", "nyj", "wlj", "scjg", "kxj"]))[0]
    y = 270
    for k in range(24):
        c.line([(140, y + k * 80), (1520, y + k * 80)], fill=(150, 170, 200), width=2)
    held = day(rng, year, 2, 11)
    chair = person(rng)
    topics = rng.sample(["传达学习上级知识产权保护工作会议精神", "研究部署知识产权宣传周工作", "分析案件查处进度",
                         "讨论迎检材料分工", "学习《商标法》有关条款", "安排地理标志产品保护检查"], rng.randint(2, 3))
    ink = rng.choice([(25, 40, 120), (20, 20, 20), (40, 40, 90)])
    row = 0

    def field(name: str, value: str, size: int = 44) -> None:
        nonlocal row
        yy = 270 + row * 80 - 58
        c.text(150, yy + 8, name, "ming", 38, (60, 60, 60))
        c.hand(150 + int(font("ming", 38).getlength(name)) + 16, yy, value, size, rng, ink)
        row += 1

    if with_unit:
        field("单位：", unit)
    field("时间：", t.date(held, rng.choice(["cn", "dot"])) + rng.choice(["上午", "下午", ""]))
    field("地点：", rng.choice(["局三楼会议室", "二楼小会议室", "党员活动室"]))
    field(f"{label}：", chair)
    field("参加人员：", "、".join(people(rng, 5)))
    field("记录人：", person(rng))
    field("议题：", "")
    for i, topic in enumerate(topics):
        field("", f"{i + 1}、{topic}")
    field("", "会议内容：" + rng.choice(["会上传达了文件精神，", "主持人讲话，"]))
    field("", "要求各股室于" + t.date(held + dt.timedelta(days=rng.randint(7, 20)), "cn") + "前报送材料。")
    t.meetings.append({"date": held.isoformat(), "title": "会议记录", "chair": chair, "topics": topics})
    t.facts.update(title="会议记录", doc_type="会议记录", **({"organ": unit} if with_unit else {}))
    return c.img, c.texts


def signin_sheet(t: Truth, rng: random.Random, place: dict, year: int, lines: int, signed: int, with_organ: bool,
                 count_written: bool):
    """A printed sign-in form with handwritten signatures; the pre-numbered lines below the last signature blank."""
    c = Canvas(*A4_200)
    held = day(rng, year, 3, 11)
    event = rng.choice(["知识产权保护工作推进会", "商标品牌保护业务培训会", "“4·26”知识产权宣传周启动仪式",
                        "打击侵权假冒工作联席会议"])
    title = f"{place['county']}{event}签到表"
    y = 150
    f = font("bold", 50)
    if f.getlength(title) > 1350:  # two printed lines
        cut = len(title) // 2
        c.d.text((827, y), title[:cut], font=f, fill=(10, 10, 10), anchor="ma")
        c.d.text((827, y + 70), title[cut:], font=f, fill=(10, 10, 10), anchor="ma")
        c.texts.append(title)
        y += 150
    else:
        c.text(827, y, title, "bold", 50, (10, 10, 10), anchor="ma")
        y += 90
    host = organ(place, rng.choice(["scjg", "zbb", "djb", "sfj"]))[0]
    c.text(150, y, f"时间：{t.date(held, rng.choice(['cn', 'cn0']))}", "serif", 32)
    c.text(900, y, f"地点：{rng.choice(['行政中心302会议室', '区会展中心', '市场监管局会议室'])}", "serif", 32)
    y += 60
    if with_organ:
        c.text(150, y, f"{rng.choice(['主办单位', '组织单位'])}：{host}", "serif", 32)
        y += 60
    cols = [(130, "序号"), (250, "姓名"), (520, "单位"), (1130, "职务"), (1330, "联系电话"), (1530, "")]
    header = ["序号", "姓名", "单位", "职务", "联系电话"]
    rh = max(70, min(95, (2150 - y) // (lines + 1)))
    for k in range(lines + 2):
        c.line([(130, y + k * rh), (1530, y + k * rh)], fill=(30, 30, 30), width=2)
    for x, _ in cols:
        c.line([(x, y), (x, y + (lines + 1) * rh)], fill=(30, 30, 30), width=2)
    for (x, name), (nx, _) in zip(cols[:-1], cols[1:], strict=True):
        c.text((x + nx) // 2, y + rh // 2, name, "bold", 32, anchor="mm")
    names = people(rng, signed)
    units = [n[len(place["county"]):] if n.startswith(place["county"]) else n for n, _ in map(
        lambda k: organ(place, k), ORGANS)]
    rows = []
    ink = rng.choice([(20, 20, 20), (25, 40, 120), (30, 30, 80)])
    for i in range(lines):
        yy = y + (i + 1) * rh
        c.text(190, yy + rh // 2, str(i + 1), "serif", 30, anchor="mm")
        if i < signed:
            unit, post, tel = rng.choice(units), rng.choice(["科员", "股长", "副主任", "干部", "所长"]), phone(rng)
            c.hand(270, yy + rh * 0.18, names[i], 46, rng, ink)
            c.hand(535, yy + rh * 0.25, unit, 34, rng, ink)
            c.hand(1150, yy + rh * 0.22, post, 38, rng, ink)
            c.hand(1340, yy + rh * 0.28, tel, 28, rng, ink, face="ming")
            rows.append([str(i + 1), names[i], unit, post, tel])
    if count_written:
        yy = y + (lines + 1) * rh + 30
        c.text(900, yy, "实到人数：", "serif", 34)
        c.hand(1080, yy - 6, f"{signed}人", 44, rng, (200, 30, 30))
    t.table(header, rows)
    t.attendance = {"count": signed, "names": names}
    t.facts.update(title=title, doc_type="签到表", **({"organ": host} if with_organ else {}))
    return c.img, c.texts


def handwritten_register(t: Truth, rng: random.Random, place: dict, year: int, n: int):
    """A printed 登记表 form filled in by hand (维权援助 receptions)."""
    c = Canvas(*A4_200)
    unit = organ(place, "scjg")[0]
    title = f"{place['county']}知识产权维权援助受理登记表"
    c.text(827, 160, title, "serifb", 54, anchor="ma")
    c.text(150, 270, f"填报单位：{unit}", "serif", 32)
    header = ["序号", "受理日期", "申请人", "纠纷类型", "办理结果"]
    xs = [150, 280, 560, 830, 1140, 1510]
    y, rh = 330, 110
    for k in range(n + 2):
        c.line([(150, y + k * rh), (1510, y + k * rh)], fill=(40, 40, 40), width=3)
    for x in xs:
        c.line([(x, y), (x, y + (n + 1) * rh)], fill=(40, 40, 40), width=3)
    for i, h in enumerate(header):
        c.text((xs[i] + xs[i + 1]) // 2, y + rh // 2, h, "bold", 34, anchor="mm")
    rows = []
    for i in range(n):
        yy = y + (i + 1) * rh + rh * 0.25
        when = day(rng, year)
        row = [str(i + 1), t.date(when, "dot"), person(rng), rng.choice(["商标侵权", "专利纠纷", "著作权侵权"]),
               rng.choice(["调解成功", "移交执法", "咨询答复"])]
        c.text(215, yy + 15, row[0], "serif", 32, anchor="ma")
        for k in range(1, 5):
            c.hand(xs[k] + 14, yy, row[k], 36 if k != 1 else 32, rng, (30, 30, 110))
        rows.append(row)
    t.table(header, rows)
    t.facts.update(title=title, organ=unit, doc_type="登记表")
    return c.img, c.texts


# --- screens --------------------------------------------------------------------------------------------------------
def headline(rng: random.Random, place: dict, year: int) -> str:
    c = place["county"]
    return rng.choice([
        f"{c}多部门联合开展“4·26”知识产权宣传周活动 让尊重知识产权成为全社会共识",
        f"{c}查处一起销售假冒注册商标白酒案 涉案货值逾十万元",
        f"{c}启动{year}年打击侵权假冒专项行动",
        f"护航创新发展！{c}知识产权维权援助工作站揭牌成立",
        f"{c}召开知识产权保护工作领导小组会议 部署年度重点任务",
        f"{c}组织开展地理标志产品保护专项检查",
    ])


def news_body(t: Truth, rng: random.Random, place: dict, year: int, when: dt.date) -> list[str]:
    before = when - dt.timedelta(days=rng.randint(1, 3))
    return [f"{t.date(before, rng.choice(['cn', 'cn']))}，{place['county']}市场监督管理局联合{place['county']}司法局、"
            f"公安分局在{rng.choice(place['towns'])}开展知识产权保护集中宣传活动，现场发放宣传资料"
            f"{rng.randint(300, 3000)}余份，解答群众咨询{rng.randint(30, 300)}人次。",
            f"今年以来，该{place['kind']}共立案查处侵犯知识产权案件{rng.randint(5, 60)}件，"
            f"移送司法机关{rng.randint(1, 5)}件，有力震慑了侵权违法行为。",
            "下一步，将持续加大执法力度，完善快速维权机制，营造良好的创新环境和营商环境。"]


def related(t: Truth, rng: random.Random, place: dict, year: int, n: int, with_outlets: bool) -> list[str]:
    """Related-link lines (other reports, sometimes with their outlet and date) — never media of this page."""
    items = []
    pool = NATIONAL + place["pm"] + place["cm"]
    for _ in range(n):
        d = day(rng, year)
        head = rng.choice(["全省知识产权保护工作会议召开", "国家知识产权局发布年度典型案例",
                           "市场监管部门开展春季执法检查",
                           "我市商标注册量稳步增长", "知识产权质押融资惠企纾困", "地理标志助力乡村振兴"])
        items.append(f"{head}" + (f"（{rng.choice(pool)}）" if with_outlets else "") + f"  {t.date(d, 'dash')}")
    return items


def portal_shot(t: Truth, rng: random.Random, place: dict, year: int, form: str):
    """A county government portal (desktop) reposting a report: 来源 line, related links, 主办单位 footer."""
    c = Canvas(1440, 2300, bg=(255, 255, 255))
    c.d.rectangle([0, 0, 1440, 150], fill=(180, 20, 20))
    site = f"{place['county']}人民政府"
    c.text(80, 40, site, "serifb", 56, (255, 240, 200))
    c.text(80 + font("serifb", 56).getlength(site) + 20, 70, "门户网站", "sans", 28, (255, 230, 220))
    c.d.rectangle([0, 150, 1440, 210], fill=(150, 10, 10))
    for i, item in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进" + place["county"]]):
        c.text(120 + i * 230, 165, item, "sans", 28, (255, 255, 255))
    c.text(120, 240, f"当前位置：首页 > 新闻中心 > {rng.choice(['部门动态', '乡镇动态', '图片新闻'])}", "sans", 24,
           (90, 90, 90))
    title = headline(rng, place, year)
    y = c.wrap(160, 310, title, 1120, "bold", 42, gap=1.45)
    when = day(rng, year, 3, 11)
    paper, km = rng.choice(place["cm"]), place["km"]
    if form == "source":
        src = t.outlet(paper, level_of(place, paper))
    elif form == "chain":
        src = f"{t.outlet(km, '县级')}　转载自：{t.outlet(paper, level_of(place, paper))}"
    else:
        src = organ(place, "scjg")[0]
    meta = f"发布时间：{t.date(when, 'dash')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}　　来源：{src}　　" \
           f"浏览次数：{rng.randint(80, 9000)}"
    c.text(160, y + 20, meta, "sans", 24, (110, 110, 110))
    c.line([(160, y + 70), (1280, y + 70)], fill=(220, 220, 220))
    y += 110
    body = news_body(t, rng, place, year, when)
    if form == "reported":
        a, b = rng.choice(NATIONAL[:6]), rng.choice(place["pm"])
        body.insert(2, f"此次活动受到社会广泛关注，{t.outlet(a, level_of(place, a))}、{t.outlet(b, level_of(place, b))}"
                       f"等媒体进行了报道。")
    for para in body:
        y = c.wrap(160, y, para, 1120, "serif", 30, gap=1.8, indent=60) + 24
    c.text(1280, y + 10, f"（责任编辑：{person(rng)}）", "sans", 24, (110, 110, 110), anchor="ra")
    y += 90
    c.d.rectangle([160, y, 1280, y + 50], fill=(245, 245, 245))
    c.text(180, y + 10, "相关链接", "bold", 26, (180, 20, 20))
    y += 70
    for item in related(t, rng, place, year, 4, True):
        c.text(180, y, "· " + item, "sans", 24, (60, 60, 60))
        y += 44
    y += 40
    c.d.rectangle([0, y, 1440, y + 190], fill=(235, 235, 235))
    host = f"{place['county']}人民政府办公室"
    c.text(720, y + 30, f"主办单位：{host}　　承办：{km}", "sans", 24, (80, 80, 80), anchor="ma")
    c.text(720, y + 75, f"网站标识码：{rng.randint(1000000000, 9999999999)}　　{place['prov'][0]}ICP备"
                        f"{rng.randint(10000000, 99999999)}号", "sans", 22, (80, 80, 80), anchor="ma")
    c.text(720, y + 115, f"联系电话：{place['tel']}-{rng.randint(2000000, 8999999)}", "sans", 22, (80, 80, 80),
           anchor="ma")
    t.facts.update(title=title, organ=host, doc_type="新闻报道")
    return c.crop(y + 190), c.texts


def status_bar(c: Canvas, rng: random.Random, dark=False) -> None:
    colour = (255, 255, 255) if dark else (20, 20, 20)
    c.d.text((50, 22), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", font=font("bold", 34), fill=colour)
    c.d.text((1030, 22), f"{rng.randint(20, 99)}%", font=font("sans", 30), fill=colour, anchor="ra")


def wechat_shot(t: Truth, rng: random.Random, place: dict, year: int, form: str):
    """A WeChat official-account article on a phone: account line, 来源/编辑 lines, 推荐阅读 with outlets."""
    c = Canvas(1080, 2600)
    status_bar(c, rng)
    c.text(540, 100, "×", "sans", 40, anchor="ma")
    title = headline(rng, place, year)
    y = c.wrap(60, 190, title, 960, "bold", 52, gap=1.4) + 20
    when = day(rng, year, 3, 11)
    if form == "paper":
        account = rng.choice(place["cm"])
        t.outlet(account, level_of(place, account))
        t.facts["organ"] = account
    else:  # a government account
        account = rng.choice([f"{place['a']}市场监管", f"{place['a']}发布", f"{place['county']}司法"])
        t.facts["organ"] = account
    if rng.random() < 0.5:
        c.d.rounded_rectangle([60, y, 140, y + 44], 6, fill=(240, 240, 240))
        c.text(72, y + 6, "原创", "sans", 26, (120, 120, 120))
        x0 = 160
    else:
        x0 = 60
    c.text(x0, y + 4, f"{account}", "sans", 32, (87, 107, 149))
    c.text(x0 + font("sans", 32).getlength(account) + 24, y + 6,
           f"{t.date(when, 'dash')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d} {place['prov'][:2]}",
           "sans", 30, (150, 150, 150))
    y += 90
    body = news_body(t, rng, place, year, when)
    if form == "according":
        a, b = rng.sample(NATIONAL[:6] + place["pm"], 2)
        body.insert(0, f"据{t.outlet(a, level_of(place, a))}、{t.outlet(b, level_of(place, b))}等媒体报道，"
                       f"{place['county']}知识产权保护工作取得新成效。")
    for para in body:
        y = c.wrap(60, y, para, 960, "sans", 38, gap=1.75, fill=(40, 40, 40)) + 36
    if form in ("from", "according"):
        src = rng.choice(place["cm"] + place["pm"])
        c.text(60, y, f"来源：{t.outlet(src, level_of(place, src))}", "sans", 32, (120, 120, 120))
        y += 60
    c.text(60, y, f"编辑：{person(rng)}　审核：{person(rng)}", "sans", 32, (120, 120, 120))
    y += 90
    c.text(60, y, "推荐阅读", "bold", 36)
    y += 70
    for item in related(t, rng, place, year, 3, True):
        y = c.wrap(60, y, item, 960, "sans", 32, gap=1.5, fill=(87, 107, 149)) + 20
    c.text(60, y + 20, f"阅读 {rng.randint(300, 9999)}　　在看 {rng.randint(2, 90)}", "sans", 30, (150, 150, 150))
    t.facts.update(title=title, doc_type="新闻报道")
    return c.crop(y + 90), c.texts


def app_shot(t: Truth, rng: random.Random, place: dict, year: int, app: str):
    """Reports in news apps: 学习强国, an account on 今日头条 or 百家号, 澎湃新闻, the county's own app."""
    c = Canvas(1080, 2500)
    status_bar(c, rng)
    when = day(rng, year, 3, 11)
    title = headline(rng, place, year)
    if app == "xuexi":
        c.d.rectangle([0, 80, 1080, 180], fill=(210, 30, 30))
        c.text(540, 105, "学习强国", "bold", 44, (255, 255, 255), anchor="ma")
        y = c.wrap(60, 230, title, 960, "bold", 50, gap=1.4) + 20
        src = rng.choice(place["pm"])
        c.text(60, y, f"来源：{t.outlet(src, level_of(place, src))}　{t.date(when, 'dash')}", "sans", 30,
               (130, 130, 130))
        c.text(60, y + 50, f"作者：{person(rng)}　{place['prov']}学习平台", "sans", 30, (130, 130, 130))
        t.outlet("学习强国", "央级")
        t.facts["organ"] = "学习强国"
        y += 130
    elif app in ("toutiao", "baijia"):
        account = rng.choice(NATIONAL[6:] + place["cm"]) if app == "toutiao" else rng.choice(place["cm"])
        platform = "今日头条" if app == "toutiao" else "百度 百家号"
        c.text(60, 100, platform, "bold", 40, (230, 60, 50) if app == "toutiao" else (40, 80, 220))
        y = c.wrap(60, 190, title, 960, "bold", 50, gap=1.4) + 20
        c.d.ellipse([60, y, 140, y + 80], fill=(200, 200, 210))
        c.text(160, y + 2, account, "bold", 34)
        c.text(160, y + 46, f"{t.date(when, 'dash')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
                            f" · {'头条号' if app == 'toutiao' else '百家号'} · 优质媒体账号", "sans", 26,
               (150, 150, 150))
        t.outlet(account, level_of(place, account))
        t.facts["organ"] = account
        y += 130
    elif app == "thepaper":
        c.text(60, 100, "澎湃新闻", "bold", 44, (20, 20, 20))
        y = c.wrap(60, 200, title, 960, "bold", 50, gap=1.4) + 20
        c.text(60, y, f"澎湃新闻记者 {person(rng)}", "sans", 30, (120, 120, 120))
        c.text(60, y + 48, f"{t.date(when, 'dash')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
                           f" 来自{place['prov']}", "sans", 30, (120, 120, 120))
        t.outlet("澎湃新闻", "省级")
        t.facts["organ"] = "澎湃新闻"
        y += 130
    else:  # the county's own media-centre app
        c.d.rectangle([0, 80, 1080, 170], fill=(20, 110, 200))
        c.text(540, 100, place["app"], "bold", 42, (255, 255, 255), anchor="ma")
        y = c.wrap(60, 220, title, 960, "bold", 50, gap=1.4) + 20
        c.text(60, y, f"{place['km']}　{t.date(when, 'slash')}", "sans", 30, (120, 120, 120))
        t.outlet(place["km"], "县级")
        t.facts["organ"] = place["km"]
        src = rng.choice(place["cm"])
        c.text(60, y + 48, f"来源：{t.outlet(src, level_of(place, src))}", "sans", 30, (120, 120, 120))
        y += 130
    for para in news_body(t, rng, place, year, when):
        y = c.wrap(60, y, para, 960, "sans", 38, gap=1.75, fill=(40, 40, 40)) + 36
    c.text(60, y, f"责任编辑：{person(rng)}　校对：{person(rng)}", "sans", 30, (130, 130, 130))
    y += 80
    c.text(60, y, rng.choice(["相关推荐", "热点推荐", "猜你喜欢"]), "bold", 36)
    y += 70
    for item in related(t, rng, place, year, 3, True):
        y = c.wrap(60, y, item, 960, "sans", 32, gap=1.5) + 22
    t.facts.update(title=title, doc_type="新闻报道")
    return c.crop(y + 60), c.texts


def epaper_shot(t: Truth, rng: random.Random, place: dict, year: int):
    """A newspaper's digital edition: masthead, edition line, the article, the page's other articles."""
    c = Canvas(1440, 2100, bg=(248, 246, 240))
    paper = rng.choice(place["cm"][:2] + place["pm"][:1])
    c.text(80, 40, paper, "serifb", 64, (170, 20, 20))
    c.text(80, 130, "数字报", "sans", 28, (120, 120, 120))
    when = day(rng, year, 3, 11)
    edition = f"{t.date(when, 'cn0')}　第{rng.randint(2, 8):02d}版：{rng.choice(['要闻', '综合', '法治', '经济'])}"
    c.text(1360, 140, edition, "sans", 28, (60, 60, 60), anchor="ra")
    c.line([(80, 190), (1360, 190)], fill=(170, 20, 20), width=4)
    c.text(80, 220, "本版导航", "bold", 28)
    y = 270
    for _ in range(5):
        c.text(80, y, "· " + rng.choice(["全市重点项目建设提速", "秋粮收购工作有序开展", "社区服务再升级",
                                         "文明城市创建进行时", "乡村振兴绘新景", "企业家座谈会召开"]), "sans", 26)
        y += 46
    title = headline(rng, place, year)
    y2 = c.wrap(520, 230, title, 840, "serifb", 44, gap=1.4) + 20
    c.text(520, y2, f"本报记者 {person(rng)}　通讯员 {person(rng)}", "kai", 30, (60, 60, 60))
    y2 += 70
    for para in news_body(t, rng, place, year, when):
        y2 = c.wrap(520, y2, para, 840, "serif", 30, gap=1.75, indent=60) + 20
    t.outlet(paper, level_of(place, paper))
    t.facts.update(title=title, organ=paper, doc_type="新闻报道")
    return c.crop(max(y, y2) + 80), c.texts


# --- workbooks -------------------------------------------------------------------------------------------------------
DATE_STYLES["slash1"] = lambda d: f"{d.year}/{d.month}/{d.day}"
EXCEL_DATE = {"dash": "yyyy-mm-dd", "cn": 'yyyy"年"m"月"d"日"', "slash1": "yyyy/m/d"}
THIN = Side(style="thin", color="000000")


def put(ws, r: int, c: int, value, *, bold=False, border=True, size=11, fmt=None, align="center", face="宋体"):
    cell = ws.cell(r, c, value)
    cell.font = Font(name=face, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if border:
        cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    if fmt:
        cell.number_format = fmt
    return cell


def title_rows(ws, title: str, width: int, sub: str | None = None) -> int:
    """Title row merged across the table (and an optional 填报单位 row); returns the next free row."""
    put(ws, 1, 1, title, bold=True, border=False, size=16, face="黑体")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 32
    if sub:
        put(ws, 2, 1, sub, border=False, align="left")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        return 3
    return 2


def grid_out(ws, row: int, header: list[str], records: list[list], widths: list[int]) -> int:
    for c, h in enumerate(header, 1):
        put(ws, row, c, h, bold=True)
    for r, rec in enumerate(records, row + 1):
        for c, v in enumerate(rec, 1):
            fmt = v[1] if isinstance(v, tuple) else None
            put(ws, r, c, v[0] if isinstance(v, tuple) else v, fmt=fmt)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    return row + 1 + len(records)


def xdate(t: Truth, d: dt.date, style: str):
    t.date(d, style)
    return (dt.datetime(d.year, d.month, d.day), EXCEL_DATE[style])


def displayed(v) -> str:
    if isinstance(v, tuple):
        value, fmt = v
        if isinstance(value, dt.datetime):
            return DATE_STYLES[{f: s for s, f in EXCEL_DATE.items()}[fmt]](value.date())
        if fmt == "0.0%":
            return f"{value * 100:.1f}%"
        if fmt == "#,##0":
            return f"{value:,}"
    return str(v)


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    unit = organ(place, "scjg")[0]
    county = place["county"]
    tables: list[tuple[list[str], list[list]]] = []
    if style == "taizhang":
        ws.title = "案件台账"
        title = f"{county}{year}年知识产权行政执法案件台账"
        r = title_rows(ws, title, 8, f"填报单位：{unit}　　填报日期：" + t.date(dt.date(year, 12, rng.randint(1, 9))))
        put(ws, r, 4, "办理时间", bold=True)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        put(ws, r, 5, None)
        for c, h in enumerate(CASE_HEADER, 1):
            if c in (4, 5):
                put(ws, r + 1, c, h, bold=True)
            else:
                put(ws, r, c, h, bold=True)
                put(ws, r + 1, c, None)
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        fmt = rng.choice(["dash", "cn"])
        records = []
        for i in range(rng.randint(7, 11)):
            a = day(rng, year, 1, 9)
            b = a + dt.timedelta(days=rng.randint(15, 70))
            who = f"{county}{rng.choice(['恒达', '隆盛', '福源', '万家'])}" \
                  f"{rng.choice(['超市', '商贸有限公司', '五金店'])}"
            records.append([i + 1, f"{who}销售侵犯注册商标专用权的{rng.choice(GOODS)}案", who, xdate(t, a, fmt),
                            xdate(t, b, fmt), t.no(f"{place['a']}市监处罚", year, 20 + i * 4),
                            rng.randint(1, 60) * 1000,
                            rng.choice(["是", "否"])])
        end = grid_out(ws, r + 1, [], records, [6, 42, 26, 14, 14, 26, 12, 10])
        put(ws, end, 1, "合计", bold=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=6)
        put(ws, end, 7, sum(x[6] for x in records))
        put(ws, end + 1, 1, "注：罚没金额单位为元；是否公开指是否在国家企业信用信息公示系统公示。", border=False,
            align="left")
        ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=8)
        tables.append((CASE_HEADER, records))
        t.facts["organ"] = unit
        kind = "台账"
    elif style == "quarters":
        title = f"{county}{year}年知识产权保护工作统计表（第一季度）"
        header = ["序号", "镇（街道）", "检查主体（户次）", "立案数（件）", "结案数（件）"]
        for q, name in enumerate(["一季度", "二季度", "三季度"]):
            sheet = ws if q == 0 else wb.create_sheet()
            sheet.title = name
            qt = title.replace("第一季度", f"第{'一二三'[q]}季度")
            title_rows(sheet, qt, 5)
            sheet.cell(2, 1, None)  # a blank spacer row between the title and the header
            records = [[i + 1, town, rng.randint(20, 300), rng.randint(0, 9), rng.randint(0, 9)]
                       for i, town in enumerate(place["towns"])]
            end = grid_out(sheet, 3, header, records, [6, 16, 18, 14, 14])
            put(sheet, end, 1, "小计", bold=True)
            put(sheet, end, 2, None)
            for c in (3, 4, 5):
                put(sheet, end, c, sum(x[c - 1] for x in records))
            put(sheet, end + 2, 1, f"制表单位：{unit}", border=False, align="left")
            sheet.merge_cells(start_row=end + 2, start_column=1, end_row=end + 2, end_column=5)
            tables.append((header, records))
        t.facts["organ"] = unit
        kind = "统计表"
    elif style == "yilan":
        ws.title = "发文"
        title = f"{county}知识产权保护工作领导小组办公室{year}年发文一览表"
        r = title_rows(ws, title, 5)
        header = ["序号", "文件标题", "文号", "成文日期", "密级"]
        full, prefix = organ(place, "zbb")
        records = [[i + 1, title_for(rng.choice(["通知", "方案", "通报"]), place, year, rng),
                    t.no(prefix + rng.choice(["发", "函"]), year, i * 2 + rng.randint(1, 2)),
                    xdate(t, day(rng, year), "dash"), "公开"] for i in range(rng.randint(6, 9))]
        grid_out(ws, r, header, records, [6, 60, 24, 14, 8])
        tables.append((header, records))
        t.facts["organ"] = full
        kind = "一览表"
    elif style == "signin":
        ws.title = "签到"
        held = day(rng, year, 3, 11)
        title = f"{year}年{county}企业知识产权合规培训签到表"
        r = title_rows(ws, title, 4, f"培训时间：{t.date(held)}　培训地点：{county}科技创新服务中心")
        header = ["序号", "姓名", "工作单位", "手机号码"]
        n = rng.randint(10, 16)
        names = people(rng, n)
        records = [[i + 1, nm, f"{county}{rng.choice(['华科', '恒信', '远航', '金穗'])}"
                    f"{rng.choice(['电子', '食品', '农业科技', '包装'])}有限公司", phone(rng)]
                   for i, nm in enumerate(names)]
        end = grid_out(ws, r, header, records, [6, 12, 36, 16])
        for k in range(rng.randint(2, 4)):  # numbered lines nobody signed
            put(ws, end + k, 1, len(records) + k + 1)
            for c in (2, 3, 4):
                put(ws, end + k, c, None)
        put(ws, end + 5, 1, f"应到人数：{n + 3}人　实到人数：{n}人", border=False, align="left")
        ws.merge_cells(start_row=end + 5, start_column=1, end_row=end + 5, end_column=4)
        t.attendance = {"count": n, "names": names}
        tables.append((header, records))
        kind = "签到表"
    elif style == "media":
        ws.title = "报道登记"
        title = f"{county}{year}年知识产权宣传报道登记表"
        r = title_rows(ws, title, 6, f"报送单位：{organ(place, 'xcb')[0]}")
        header = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期", "版面/链接"]
        outlets = [(o, level_of(place, o)) for o in rng.sample(NATIONAL[:6], 2) + rng.sample(place["pm"], 2)
                   + rng.sample(place["cm"], 2) + [(place["km"])]]
        outlets += [(f"{place['a']}发布", "政务新媒体"), (outlets[2][0], outlets[2][1])]
        records = []
        for i, (o, lv) in enumerate(outlets):
            records.append([i + 1, headline(rng, place, year), o, lv, xdate(t, day(rng, year), "cn"),
                            f"第{rng.randint(1, 8)}版" if "报" in o else "客户端"])
            if lv != "政务新媒体":
                t.outlet(o, lv)
        grid_out(ws, r, header, records, [6, 56, 18, 12, 18, 12])
        tables.append((header, records))
        t.facts["organ"] = organ(place, "xcb")[0]
        kind = "登记表"
    elif style == "mingdan":
        ws.title = "名单"
        title = f"{county}知识产权纠纷人民调解员名单"
        r = title_rows(ws, title, 5)
        header = ["序号", "姓名", "性别", "工作单位及职务", "联系电话"]
        records = [[i + 1, nm, rng.choice(["男", "女"]), f"{county}{rng.choice(['司法局', '律师协会', '市场监管局'])}"
                    f"{rng.choice(['干部', '律师', '副主任'])}", int(phone(rng)) if rng.random() < 0.5 else phone(rng)]
                   for i, nm in enumerate(people(rng, rng.randint(6, 10)))]
        grid_out(ws, r, header, records, [6, 10, 6, 36, 16])
        tables.append((header, records))
        kind = "名单"
    elif style == "huizong":
        ws.title = "汇总"
        title = f"{county}{year}年知识产权保护工作任务完成情况汇总表"
        r = title_rows(ws, title, 5, f"填报单位：{organ(place, 'zbb')[0]}")
        header = ["序号", "牵头单位", "工作任务", "完成时限", "完成情况"]
        records = []
        for k in rng.sample(["scjg", "sfj", "nyj", "wlj", "xcb"], 3):
            span = rng.randint(2, 3)
            for _ in range(span):
                records.append([len(records) + 1, organ(place, k)[0],
                                rng.choice(["开展宣传周活动", "组织执法专项行动", "举办业务培训", "公开行政处罚信息",
                                            "建设维权援助工作站", "排查商标侵权线索"]),
                                xdate(t, day(rng, year, 5, 11), "cn"), rng.choice(["已完成", "已完成", "持续推进"])])
        grid_out(ws, r, header, records, [6, 30, 28, 18, 12])
        row, first = r + 1, 0
        while first < len(records):  # merge the lead unit down over its tasks
            last = first
            while last + 1 < len(records) and records[last + 1][1] == records[first][1]:
                last += 1
            for k in range(first + 1, last + 1):
                ws.cell(row + k, 2).value = None
            ws.merge_cells(start_row=row + first, start_column=2, end_row=row + last, end_column=2)
            first = last + 1
        tables.append((header, records))
        t.facts["organ"] = organ(place, "zbb")[0]
        kind = "汇总表"
    elif style == "peixun":
        ws.title = "培训统计"
        title = f"{county}{year}年知识产权培训统计表"
        r = title_rows(ws, title, 6, f"填报单位：{unit}")
        header = ["序号", "培训主题", "培训日期", "应训人数", "实训人数", "参训率"]
        records = []
        for i in range(rng.randint(5, 7)):
            due = rng.randint(30, 120)
            came = due - rng.randint(0, 8)
            records.append([i + 1, rng.choice(["商标法专题讲座", "专利行政执法培训", "地理标志保护培训",
                                               "企业知识产权管理规范培训", "电商平台侵权监测培训"]),
                            xdate(t, day(rng, year), "slash1"), due, came, (round(came / due, 3), "0.0%")])
        end = grid_out(ws, r, header, records, [6, 30, 14, 10, 10, 10])
        put(ws, end, 1, "合计", bold=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=3)
        put(ws, end, 4, sum(x[3] for x in records))
        put(ws, end, 5, sum(x[4] for x in records))
        tables.append((header, records))
        t.facts["organ"] = unit
        kind = "统计表"
    elif style == "huodong":
        ws.title = "宣传活动"
        title = f"{county}{year}年知识产权宣传活动台账"
        r = title_rows(ws, title, 5, f"填报单位：{organ(place, 'xcb')[0]}")
        header = ["序号", "活动名称", "活动时间", "活动地点", "参与人数"]
        records = []
        for i in range(rng.randint(4, 6)):
            a = day(rng, year, 3, 10)
            b = a + dt.timedelta(days=rng.randint(2, 10))
            records.append([i + 1, rng.choice(["知识产权进校园", "宣传周集中宣传", "地理标志产品展销",
                                               "商标品牌培育座谈", "打假成果展"]), t.span(a, b),
                            rng.choice(place["towns"]), rng.randint(40, 800)])
        grid_out(ws, r, header, records, [6, 24, 30, 14, 10])
        tables.append((header, records))
        t.facts["organ"] = organ(place, "xcb")[0]
        kind = "台账"
    elif style == "weiquan":
        ws.title = "Sheet1"
        title = f"{county}知识产权维权援助工作站{year}年受理登记表"
        r = title_rows(ws, title, 5)
        ws.insert_rows(r)  # blank spacer row
        r += 1
        header = ["序号", "受理日期", "申请人", "纠纷类型", "办理结果"]
        records = [[i + 1, xdate(t, day(rng, year), "slash1"), person(rng), rng.choice(["商标", "专利", "著作权"]),
                    rng.choice(["调解成功", "已转执法", "咨询答复"])] for i in range(rng.randint(6, 10))]
        end = grid_out(ws, r, header, records, [6, 14, 10, 12, 14])
        put(ws, end + 1, 1, f"填表人：{person(rng)}　　审核人：{person(rng)}", border=False, align="left")
        ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=5)
        tables.append((header, records))
        t.facts["organ"] = f"{county}知识产权维权援助工作站"  # no 填报单位 line: the unit its title names
        kind = "登记表"
    elif style == "two_header":
        ws.title = "分镇统计"
        title = f"{county}{year}年打击侵权假冒工作统计表"
        r = title_rows(ws, title, 7, f"制表单位：{organ(place, 'djb')[0]}")
        groups = [("序号", None), ("镇（街道）", None), ("查处案件", ["立案数", "结案数"]),
                  ("涉案金额", ["货值（元）", "罚没（元）"]), ("移送公安", None)]
        header, col = [], 1
        for name, leaves in groups:
            if leaves:
                put(ws, r, col, name, bold=True)
                put(ws, r, col + 1, None)
                ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + len(leaves) - 1)
                for k, leaf in enumerate(leaves):
                    put(ws, r + 1, col + k, leaf, bold=True)
                header += leaves
                col += len(leaves)
            else:
                put(ws, r, col, name, bold=True)
                put(ws, r + 1, col, None)
                ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
                header.append(name)
                col += 1
        records = [[i + 1, town, rng.randint(1, 12), rng.randint(0, 10), (rng.randint(5, 400) * 100, "#,##0"),
                    (rng.randint(1, 90) * 100, "#,##0"), rng.randint(0, 2)] for i, town in enumerate(place["towns"])]
        end = grid_out(ws, r + 1, [], records, [6, 14, 10, 10, 14, 14, 10])
        put(ws, end, 1, "合计", bold=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=2)
        for c in (3, 4, 7):
            put(ws, end, c, sum(x[c - 1] for x in records))
        for c in (5, 6):
            put(ws, end, c, sum(x[c - 1][0] for x in records), fmt="#,##0")
        tables.append((header, records))
        t.facts["organ"] = organ(place, "djb")[0]
        kind = "统计表"
    else:  # spacer: a ledger with blank rows between its groups and a notes sheet
        ws.title = "培训台账"
        title = f"{county}市场监督管理局{year}年知识产权培训台账"
        r = title_rows(ws, title, 5, f"填报单位：{unit}")
        header = ["序号", "培训名称", "举办日期", "主讲人", "参训人数"]
        for c, h in enumerate(header, 1):
            put(ws, r, c, h, bold=True)
        records, row = [], r + 1
        for _group in range(2):
            for _ in range(rng.randint(3, 4)):
                rec = [len(records) + 1, rng.choice(["商标执法实务", "专利侵权判定", "地理标志保护", "著作权登记"]),
                       xdate(t, day(rng, year), "dash"), person(rng), rng.randint(15, 90)]
                for c, v in enumerate(rec, 1):
                    put(ws, row, c, v[0] if isinstance(v, tuple) else v, fmt=v[1] if isinstance(v, tuple) else None)
                records.append(rec)
                row += 1
            row += 1  # spacer row
        notes = wb.create_sheet("填表说明")
        notes["A1"] = "1. 参训人数以签到表为准。"
        notes["A2"] = "2. 本表于每季度末报送。"
        tables.append((header, records))
        t.facts["organ"] = unit
        kind = "台账"
    for header, records in tables:
        t.table(header, [[displayed(v) for v in rec] for rec in records])
    t.facts.update(title=title, doc_type=kind)
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = dt.datetime(2023, 1, 2, 8, 0, 0)
    wb.save(path)
    fixed_zip(path)


# --- printing, scanning, photographing --------------------------------------------------------------------------------
def print_pdfs(paths: list[Path], out: Path) -> dict[Path, Path]:
    """DOCX → PDF with LibreOffice, all in one start; PDF dates and IDs fixed so the bytes repeat."""
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(os.environ["DEV9_PDF_CACHE"]) if os.environ.get("DEV9_PDF_CACHE") else None  # tuning the generator
    keys = {p: hashlib.sha1(p.read_bytes()).hexdigest() for p in paths}
    todo = [p for p in paths if not (cache and (cache / f"{keys[p]}.pdf").exists())]
    env = {**os.environ, "FONTCONFIG_FILE": str(ROOT / "fonts" / "ipdocs-fonts.conf"), "HOME": str(out)}
    runs = [subprocess.Popen(["soffice", f"-env:UserInstallation=file://{out}/profile{k}", "--headless",
                              "--convert-to", "pdf", "--outdir", str(out), *map(str, todo[k::2])],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env) for k in range(2)
            if todo[k::2]]
    for run in runs:  # two starts at once: one per core
        run.wait(timeout=900)
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        for p in paths:
            if p in todo and (out / (p.stem + ".pdf")).exists():
                shutil.copyfile(out / (p.stem + ".pdf"), cache / f"{keys[p]}.pdf")
            elif p not in todo:
                shutil.copyfile(cache / f"{keys[p]}.pdf", out / (p.stem + ".pdf"))
    done = {}
    for p in paths:
        pdf = out / (p.stem + ".pdf")
        if pdf.exists():
            data = pdf.read_bytes()
            data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", lambda m: b"D:20230102080000" + b"Z" * (len(m.group()) - 16),
                          data)
            data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
            data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
            pdf.write_bytes(data)
            done[p] = pdf
    return done


def pdf_text(pdf: Path) -> tuple[str, int]:
    doc = pypdfium2.PdfDocument(str(pdf))
    text = "\n".join(page.get_textpage().get_text_range() for page in doc)
    pages = len(doc)
    doc.close()
    return text, pages


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


PROBLEMS: list[str] = []


def check_printed(name: str, t: Truth, text: str) -> None:
    """Every truth string is on the page (whitespace ignored, any 文号 brackets) — labels never invent."""
    flat = re.sub(r"\s+", "", text)
    for a, b in ("[〔", "]〕", "【〔", "】〕"):
        flat = flat.replace(a, b)
    wanted = [t.facts.get("title", "")] + t.facts.get("organ", "").split("、") + list(t.numbers) + list(t.days.values())
    wanted += [m["chair"] for m in t.meetings] + [x for m in t.meetings for x in m["topics"]]
    wanted += (t.attendance or {}).get("names", []) + list(t.outlets)
    wanted += [c for tab in t.tables for r in tab["rows"] for c in r if not re.fullmatch(r"[\d.,%/\-]+", c)]
    missing = [w for w in wanted if re.sub(r"\s+", "", w) not in flat]
    if missing:
        PROBLEMS.append(f"{name}: truth not printed: {missing[:5]}")


def seal_at(img: Image.Image, cx: float, cy: float, r: float, legend: str, rng: random.Random) -> Image.Image:
    """A red round seal (ring, star, legend along the arc) pressed over (cx, cy), ink partly missing."""
    size = int(r * 2.2)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(3, int(r * 0.07)))
    star = [(c + r * 0.3 * (1 if k % 2 == 0 else 0.4) * math.sin(k * math.pi / 5),
             c - r * 0.3 * (1 if k % 2 == 0 else 0.4) * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=255)
    f = font("bold", max(10, int(r * 0.24)))
    n = len(legend)
    span = min(250, 18 * n)
    for i, ch in enumerate(legend):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        glyph = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(glyph).text((r * 0.2, r * 0.2), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BILINEAR)
        x, y = c + r * 0.72 * math.cos(ang), c + r * 0.72 * math.sin(ang)
        layer.paste(255, (int(x - r * 0.2), int(y - r * 0.2)), glyph)
    mask = np.asarray(layer.rotate(rng.uniform(-25, 25), resample=Image.BILINEAR), dtype=np.float32) / 255
    speckle = np.random.default_rng(rng.randint(0, 1 << 30)).uniform(0.55, 1.0, mask.shape).astype(np.float32)
    mask = cv2.GaussianBlur(mask * speckle, (3, 3), 0) * rng.uniform(0.7, 0.9)
    page = np.asarray(img, dtype=np.float32).copy()
    x0, y0 = int(cx - c), int(cy - c)
    xs0, ys0 = max(0, x0), max(0, y0)
    xs1, ys1 = min(page.shape[1], x0 + size), min(page.shape[0], y0 + size)
    m = mask[ys0 - y0:ys1 - y0, xs0 - x0:xs1 - x0, None]
    ink = np.array([205, 30, 35], dtype=np.float32)
    region = page[ys0:ys1, xs0:xs1]
    page[ys0:ys1, xs0:xs1] = region * (1 - m) + np.minimum(region, ink) * m
    return Image.fromarray(page.clip(0, 255).astype(np.uint8))


def rendered_pages(pdf: str, dpi: int, seals: list[tuple[str, str]], rng: random.Random) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    pages = []
    spots = []  # (page, x, y) in points of each seal's anchor text, its last occurrence
    for text, legend in seals:
        hit = None
        for i, page in enumerate(doc):
            tp = page.get_textpage()
            searcher = tp.search(text)
            occ = searcher.get_next()
            while occ:
                boxes = [tp.get_charbox(k) for k in range(occ[0], occ[0] + occ[1])]
                hit = (i, (boxes[0][0] + boxes[-1][2]) / 2, (boxes[0][1] + boxes[0][3]) / 2, page.get_height())
                occ = searcher.get_next()
        if hit:
            spots.append((*hit, legend))
    for i, page in enumerate(doc):
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        for at, x, y, height, legend in spots:
            if at == i:
                s = dpi / 72
                img = seal_at(img, x * s + rng.uniform(-30, 30) * s, (height - y) * s - rng.uniform(0, 12) * s,
                              42 * s, legend, rng)
        pages.append(img)
    doc.close()
    return pages


def scanned(img: Image.Image, rng: random.Random, mode: str) -> Image.Image:
    """A flatbed scan: slight skew, uneven light, optics blur, sensor noise; grey, colour or black-and-white."""
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.4, 1.4), 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 248))
    light = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.95, 1.02), w, dtype=np.float32)[None, :, None]
    tint = np.array([1.0, 0.985, 0.95] if mode == "colour" else [1, 1, 1], dtype=np.float32)
    a = a * light * tint
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.9))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    a = a + noise.normal(0, rng.uniform(3, 7), a.shape[:2])[..., None]
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if mode == "grey":
        return out.convert("L")
    if mode == "bw":
        grey = np.asarray(out.convert("L"))
        return Image.fromarray(np.where(grey > rng.randint(150, 175), 255, 0).astype(np.uint8)).convert("1")
    return out


def photographed(img: Image.Image, rng: random.Random, edge: int) -> Image.Image:
    """A phone photo of a page on a desk: perspective, tilt, fall-off, a hand's shadow, warm cast, noise."""
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    ph, pw = page.shape[:2]
    hgt, wid = edge, int(edge * 0.75)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    desk = np.array(rng.choice([(120, 95, 70), (180, 175, 165), (90, 90, 95), (200, 190, 170)]), dtype=np.float32)
    canvas = np.ones((hgt, wid, 3), np.float32) * desk + noise.normal(0, 6, (hgt, wid, 1))
    margin = rng.uniform(0.03, 0.08)
    cx, cy = wid / 2 + rng.uniform(-0.03, 0.03) * wid, hgt / 2 + rng.uniform(-0.03, 0.03) * hgt
    scale = min(wid * (1 - 2 * margin) / pw, hgt * (1 - 2 * margin) / ph)
    hw, hh = pw * scale / 2, ph * scale / 2
    ang = math.radians(rng.uniform(-6, 6))
    corners = []
    keystone = rng.uniform(0.0, 0.07)
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * hw * (1 - keystone * (sy < 0)), sy * hh
        x, y = x * math.cos(ang) - y * math.sin(ang), x * math.sin(ang) + y * math.cos(ang)
        corners.append((cx + x + rng.uniform(-0.012, 0.012) * wid, cy + y + rng.uniform(-0.012, 0.012) * hgt))
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)]), np.float32(corners))
    warped = cv2.warpPerspective(page, m, (wid, hgt), flags=cv2.INTER_AREA)
    cover = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (wid, hgt))[..., None]
    a = canvas * (1 - cover) + warped * cover
    yy, xx = np.mgrid[0:hgt, 0:wid].astype(np.float32)
    t = rng.uniform(0, 2 * math.pi)
    ramp = ((xx - wid / 2) * math.cos(t) + (yy - hgt / 2) * math.sin(t)) / max(wid, hgt)
    light = 1 - rng.uniform(0.15, 0.35) * (ramp + 0.5)
    bx, by = rng.uniform(0.1, 0.9) * wid, rng.choice([0.05, 0.95]) * hgt
    blob = np.exp(-(((xx - bx) / (0.35 * wid)) ** 2 + ((yy - by) / (0.25 * hgt)) ** 2))
    light = light * (1 - rng.uniform(0.2, 0.4) * blob)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 1.3))
    a = a + noise.normal(0, 4, (hgt, wid, 1))
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def encoded(pages: list[Image.Image], fmt: str, dpi: int, quality: int) -> bytes:
    buf = io.BytesIO()
    if fmt == "pdf":
        when = time.gmtime(1672646400)  # 2023-01-02 08:00 UTC
        extra = {} if pages[0].mode == "1" else {"quality": quality}
        pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, creationDate=when,
                      modDate=when, **extra)
    elif fmt == "png":
        pages[0].save(buf, "PNG", optimize=False)
    else:
        pages[0].convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def capture(job: tuple) -> None:
    """One scan or photo (in a worker): job = (name, kind, fmt, source pdf or png, opts, seals, out path)."""
    name, kind, fmt, source, opts, seals, out = job
    rng = random.Random(f"dev9/{name}/capture")
    dpi = opts.get("dpi", 200)
    if source.endswith(".pdf"):
        pages = rendered_pages(source, dpi if kind == "scan" else 170, seals, rng)
    else:
        page = Image.open(source).convert("RGB")
        pages = [page.resize((round(page.width * dpi / 200), round(page.height * dpi / 200)), Image.LANCZOS)
                 if kind == "scan" else page]
    if kind == "scan":
        shots = [scanned(p, rng, opts.get("mode", "grey")) for p in pages]
    else:
        shots = [photographed(p, rng, rng.choice([2000, 2300, 2600])) for p in pages]
    Path(out).write_bytes(encoded(shots, fmt, dpi if kind == "scan" else 150, rng.randint(68, 88)))


# --- the plan ---------------------------------------------------------------------------------------------------------
def D(fn, *args, **kw):
    return ("doc", lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw))


def I(fn, *args, **kw):  # noqa: E743 - drawn page or screen
    return ("img", lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw))


def X(style):
    return ("xlsx", style)


def S(dpi, mode="grey"):
    return {"dpi": dpi, "mode": mode}


P = {}  # photo
PLAN = [  # (file name, kind, source, capture options)
    # DOCX
    ("通知-红头段落.docx", "docx", D(official, "通知", mark="para", lines=2), {}),
    ("意见-表格红头.docx", "docx", D(official, "意见", mark="table", lines=2), {}),
    ("通报-文本框红头-印发日期.docx", "docx", D(official, "通报", mark="box", lines=2, printed_box=True), {}),
    ("请示-页眉红头.docx", "docx", D(official, "请示", mark="header", lines=1), {}),
    ("批复-仅落款.docx", "docx", D(official, "批复", mark="none", issuer="zf", lines=2), {}),
    ("计划-联合发文.docx", "docx", D(official, "计划", mark="table", joint="sfj", lines=1), {}),
    ("意见-联合-仅落款.docx", "docx", D(official, "意见", mark="none", joint="xcb", lines=2), {}),
    ("报告-汉字日期.docx", "docx", D(official, "报告", mark="para", lines=1, date_style="hanzi"), {}),
    ("通知-附件名单.docx", "docx", D(official, "通知", mark="para", issuer="zbb", attach="知识产权保护工作联络员名单"),
     {}),
    ("函-方括号文号.docx", "docx", D(official, "函", mark="box", lines=2, brackets="[]"), {}),
    ("总结-仅落款.docx", "docx", D(official, "总结", mark="none", lines=1), {}),
    ("会议纪要-红头.docx", "docx", D(minutes, "mark"), {}),
    ("会议记录-表格.docx", "docx", D(minutes_form), {}),
    ("台账-案件查处.docx", "docx", D(ledger_doc, 6), {}),
    ("简报.docx", "docx", D(briefing), {}),
    ("签到表-培训班.docx", "docx", D(signin_doc, 12, True), {}),
    ("汇总表-合并单元格.docx", "docx", D(list_doc, "汇总表", organ_key="zbb"), {}),
    # XLSX
    ("台账-案件-两行表头.xlsx", "xlsx", X("taizhang"), {}),
    ("统计表-三个季度.xlsx", "xlsx", X("quarters"), {}),
    ("一览表-发文.xlsx", "xlsx", X("yilan"), {}),
    ("签到表-合规培训.xlsx", "xlsx", X("signin"), {}),
    ("登记表-宣传报道.xlsx", "xlsx", X("media"), {}),
    ("名单-调解员.xlsx", "xlsx", X("mingdan"), {}),
    ("汇总表-任务完成.xlsx", "xlsx", X("huizong"), {}),
    ("统计表-培训.xlsx", "xlsx", X("peixun"), {}),
    ("台账-宣传活动.xlsx", "xlsx", X("huodong"), {}),
    ("登记表-维权援助.xlsx", "xlsx", X("weiquan"), {}),
    ("统计表-两行表头.xlsx", "xlsx", X("two_header"), {}),
    ("台账-培训-空行.xlsx", "xlsx", X("spacer"), {}),
    # text PDFs
    ("通知-三行标题.pdf", "text_pdf", D(official, "通知", mark="para", lines=3, issuer="djb"), {}),
    ("通报-文本框.pdf", "text_pdf", D(official, "通报", mark="box", lines=2, printed_box=True), {}),
    ("会议纪要-召集人.pdf", "text_pdf", D(minutes, "convener"), {}),
    ("台账-两页.pdf", "text_pdf", D(ledger_doc, 24), {}),
    ("批复-仅落款.pdf", "text_pdf", D(official, "批复", mark="none", issuer="zfb", lines=1), {}),
    ("简报.pdf", "text_pdf", D(briefing), {}),
    ("方案-联合发文.pdf", "text_pdf", D(official, "方案", mark="para", joint="nyj", lines=2), {}),
    ("一览表-发文.pdf", "text_pdf", D(list_doc, "一览表", n=8), {}),
    # scans
    ("扫描-通知-150dpi.pdf", "scan", D(official, "通知", mark="para", lines=2), S(150)),
    ("扫描-通知-300dpi-彩色.pdf", "scan", D(official, "通知", mark="table", lines=3, issuer="zfb"), S(300, "colour")),
    ("扫描-意见-100dpi.jpg", "scan", D(official, "意见", mark="para", lines=2), S(100)),
    ("扫描-联合通知.pdf", "scan", D(official, "通知", mark="table", joint="gaj", lines=2), S(200, "colour")),
    ("扫描-批复-仅落款.pdf", "scan", D(official, "批复", mark="none", issuer="zf"), S(200)),
    ("扫描-领导小组办公室通知.pdf", "scan", D(official, "通知", mark="para", issuer="zbb", lines=2), S(150)),
    ("扫描-函-黑白.pdf", "scan", D(official, "函", mark="para", issuer="djb", brackets="【】"), S(200, "bw")),
    ("扫描-通报-汉字日期.pdf", "scan", D(official, "通报", mark="header", date_style="hanzi"), S(150, "colour")),
    ("扫描-台账-两页.pdf", "scan", D(ledger_doc, 24), S(150)),
    ("扫描-统计表-无框线.pdf", "scan", D(list_doc, "统计表", ruled=False), S(200)),
    ("扫描-汇总表-合并单元格.pdf", "scan", D(list_doc, "汇总表"), S(150)),
    ("扫描-名单.jpg", "scan", D(list_doc, "名单", n=8), S(200, "colour")),
    ("扫描-台账-合计行-300dpi.pdf", "scan", D(ledger_doc, 8), S(300)),
    ("扫描-会议纪要.pdf", "scan", D(minutes, "fields"), S(200)),
    ("扫描-签到表-手写.pdf", "scan", I(signin_sheet, 20, 14, True, True), S(150)),
    ("扫描-登记表-手写.jpg", "scan", I(handwritten_register, 8), S(200)),
    # photos
    ("照片-会议纪要-主持人.jpg", "photo", D(minutes, "fields"), P),
    ("照片-会议纪要-文内主持.jpg", "photo", D(minutes, "inline"), P),
    ("照片-会议纪要-召集人.jpg", "photo", D(minutes, "convener"), P),
    ("照片-记录本-主持人.jpg", "photo", I(notebook_minutes, "主持人", True), P),
    ("照片-记录本-主持.jpg", "photo", I(notebook_minutes, "主持", False), P),
    ("照片-记录本-召集人.jpg", "photo", I(notebook_minutes, "召集人", True), P),
    ("照片-签到表-写人数.jpg", "photo", I(signin_sheet, 18, 13, True, True), P),
    ("照片-签到表-无人数.jpg", "photo", I(signin_sheet, 20, 16, False, False), P),
    ("照片-签到表-主办.jpg", "photo", I(signin_sheet, 15, 11, True, False), P),
    ("照片-签到表-打印.jpg", "photo", D(signin_doc, 10, False), P),
    ("照片-台账.jpg", "photo", D(ledger_doc, 6), P),
    ("照片-统计表-无框线.jpg", "photo", D(list_doc, "统计表", ruled=False, face="楷体_GB2312"), P),
    ("照片-台账-两页.pdf", "photo", D(ledger_doc, 23, face="楷体_GB2312"), P),
    ("照片-登记表.jpg", "photo", D(list_doc, "登记表", face="楷体_GB2312"), P),
    ("照片-通知.jpg", "photo", D(official, "通知", mark="para", lines=2), P),
    # screenshots
    ("截图-政府网-来源报纸.png", "screenshot", I(portal_shot, "source"), {}),
    ("截图-政府网-转载.png", "screenshot", I(portal_shot, "chain"), {}),
    ("截图-政府网-部门来源.jpg", "screenshot", I(portal_shot, "unit"), {}),
    ("截图-政府网-等媒体报道.png", "screenshot", I(portal_shot, "reported"), {}),
    ("截图-微信-报社号.png", "screenshot", I(wechat_shot, "paper"), {}),
    ("截图-微信-政务号-来源.jpg", "screenshot", I(wechat_shot, "from"), {}),
    ("截图-微信-据媒体报道.png", "screenshot", I(wechat_shot, "according"), {}),
    ("截图-学习强国.png", "screenshot", I(app_shot, "xuexi"), {}),
    ("截图-今日头条.jpg", "screenshot", I(app_shot, "toutiao"), {}),
    ("截图-百家号.png", "screenshot", I(app_shot, "baijia"), {}),
    ("截图-澎湃新闻.png", "screenshot", I(app_shot, "thepaper"), {}),
    ("截图-县融媒体客户端.jpg", "screenshot", I(app_shot, "county"), {}),
    ("截图-数字报.png", "screenshot", I(epaper_shot), {}),
]
ENTRIES = {name: (kind, source, opts) for name, kind, source, opts in PLAN}


def seeded(i: int, name: str) -> tuple[random.Random, dict, int]:
    rng = random.Random(f"dev9/{name}")
    return rng, PLACES[i % len(PLACES)], rng.choice([2022, 2023, 2023])


def build(out: Path, work: Path) -> tuple[dict[str, Truth], list[tuple]]:
    truths, docs, jobs = {}, {}, []
    for i, (name, kind, (source, make), opts) in enumerate(PLAN):
        rng, place, year = seeded(i, name)
        t = Truth(kind, name.rsplit(".", 1)[1])
        truths[name] = t
        if source == "doc":
            global COMPACT
            COMPACT = t.fmt in ("jpg", "png")
            docs[name] = make(t, rng, place, year).save(work / f"src{i:02d}.docx")
        elif source == "xlsx":
            make_xlsx(t, rng, place, year, make, out / name)
            book = openpyxl.load_workbook(out / name)
            cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
            check_printed(name, t, "\n".join(cells) + "".join(t.days.values()))
        else:
            img, drawn = make(t, rng, place, year)
            check_printed(name, t, "\n".join(drawn))
            if kind == "screenshot":
                (out / name).write_bytes(encoded([img], t.fmt, 96, rng.randint(80, 92)))
            else:
                src = work / f"src{i:02d}.png"
                img.save(src)
                jobs.append((name, kind, t.fmt, str(src), opts, [], str(out / name)))
    print(f"typed and drawn in {time.time() - BEGAN:.0f} s", file=sys.stderr)
    pdfs = print_pdfs(sorted(docs.values()), work / "pdf")
    print(f"printed by LibreOffice at {time.time() - BEGAN:.0f} s", file=sys.stderr)
    wrong = []
    for name, path in docs.items():
        t, pdf = truths[name], pdfs.get(path)
        if pdf is None:
            raise SystemExit(f"{name}: LibreOffice made no PDF")
        text, t.pages = pdf_text(pdf)
        check_printed(name, t, text + "\n" + docx_text(path))
        if ("两页" in name and t.pages != 2) or t.pages > 3 or (t.fmt in ("jpg", "png") and t.pages != 1):
            wrong.append(f"{name}: printed on {t.pages} pages")
        if t.kind == "docx":
            shutil.copyfile(path, out / name)
        elif t.kind == "text_pdf":
            shutil.copyfile(pdf, out / name)
        else:
            jobs.append((name, t.kind, t.fmt, str(pdf), ENTRIES[name][2], t.seal_texts, str(out / name)))
    if wrong or PROBLEMS:
        raise SystemExit("\n".join(wrong + PROBLEMS))
    return truths, jobs


def write_truth(out: Path, truths: dict[str, Truth]) -> None:
    """DIR/truth.yaml and the committed bench/dev9/truth.yaml, the same text."""
    document = {"split": "dev9", "generator": "bench/dev9/make_dev9.py",
                "files": {name: truths[name].export() for name in sorted(truths)}}
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
    for target in (ROOT / "bench" / "dev9" / "truth.yaml", out / "truth.yaml"):
        target.write_text(text, encoding="utf-8")


BEGAN = time.time()


def main(argv: list[str]) -> None:
    began = time.time()
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev9/make_dev9.py 输出目录（例如 /tmp/s25/dev9）")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "truth.yaml").unlink(missing_ok=True)  # written last: present only when the corpus is complete
    with tempfile.TemporaryDirectory(prefix="ipdocs-dev9-") as work:
        truths, jobs = build(out, Path(work))
        print(f"{len(jobs)} scans and photos to take at {time.time() - began:.0f} s", file=sys.stderr)
        with multiprocessing.get_context("fork").Pool(2) as pool:  # one per core
            for _ in pool.imap_unordered(capture, jobs):
                pass
    write_truth(out, truths)
    by_kind = collections.Counter(t.kind for t in truths.values())
    print(f"dev9 → {out}: {len(truths)} files ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}), "
          f"{time.time() - began:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
