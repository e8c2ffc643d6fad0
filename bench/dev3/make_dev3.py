"""A third tuning corpus for the extraction benchmark (issue 15), written blind: its author never read the
extractor, its tests or its output on these files.

    .venv/bin/python bench/dev3/make_dev3.py DIR      # writes DIR/<files>, DIR/truth.yaml and bench/dev3/truth.yaml

What it imitates, and how it differs from dev/dev2: material a county office really gets, made through real file
formats with more variety in how it is typeset and captured. DOCX by python-docx in several house styles (fonts
仿宋_GB2312 → AR PL UMing, 楷体_GB2312 → AR PL UKai, 宋体/方正小标宋 → Noto Serif, 黑体 → Noto Sans, bold or not,
10.5–16 pt bodies, exact line spacing 20–30 pt), red headers with the 文号 centred, left beside 签发人, right-aligned,
under a joint-issuer mark (two or three organs) or inside a 文件处理笺 table, printed with 〔〕 [] 【】 or （）;
titles of one to three lines, broken at any character; organs printed only in the signature; text boxes; merged
cells; tables running over pages. Text PDFs are those DOCX converted by the project's LibreOffice runner. Scans
rasterise the PDFs (150/200/300 dpi; colour, grey or bilevel; seal stamped over the signature date; skew, noise,
scanner-lid shadow) and are saved as image-only PDF, JPEG or PNG. Phone photos warp a page (or a screen) into a
3024×4032 picture: perspective, slight rotation, shadow, uneven light, blur, moiré (screens), a finger at the edge,
JPEG quality 50–90. Screenshots are drawn with Pillow: government site pages, WeChat articles (light and dark),
news apps, Weibo posts, a long screenshot. XLSX by openpyxl: title rows, 填报 lines, merged two-level headers,
cells merged down, 合计 rows, blank numbered rows, several sheets, dates as real date cells in several formats.
Deterministic: every file is seeded by its name, document and ZIP times are fixed, PDFs are made byte-stable.

Truth is recorded while the text is written (every date, 文号, table, meeting and name goes through `Truth`), never
read back from the files; the generator then checks that every recorded date text and 文号 as shown is printed in
the text layer of each PDF it made (for scans and photos: of the PDF the image was made from; for screenshots and
XLSX: in the strings drawn or written). Format: bench/heldout/README.md; matching rules: bench/extract_bench.py.
Conventions (dev2's docstring, plus the choices below):
- 文号: every PREFIX〔YEAR〕N号 printed, with any bracket (`shown` keeps the printed form; `text` is the 〔〕 form):
  the file's own, cited ones (also where a verb or 的 runs straight into the prefix: 贯彻落实国发〔2021〕20号),
  those in table cells (来文文号, 处罚决定书文号). A joint document carries only its lead organ's 文号 (GB/T 9704).
  Court case numbers （2023）粤0204民初123号 and register numbers without 号 (武知调〔2023〕01) are not 文号.
- dates: every calendar day printed, any style (2023年5月6日, 二〇二三年五月六日, 2023.5.6, 2023.05.06, 2023/5/6,
  2023-05-06, 2023-5-6, 5月6日 when the document's own year is printed), both ends of a range (the start keeps its
  own text, the end the whole range), dates in text boxes, table cells, 发布时间 lines, handwritten-looking
  annotations, the clock of a desktop task bar and a fax machine's header line. Not dates: months or years alone,
  times of day, relative forms on screenshots (3小时前, 昨天 18:30), year-less dates in a screenshot whose page
  prints no year (6-8 10:32), and digits run together in a URL (t20230412_2441361.html).
- title: the document's own title with all its lines joined (a title broken mid-word is still one title); never
  the organ mark, 文号, site or account name; XLSX: the first sheet's title row; a sign-in sheet's heading; a
  会议记录 form's heading; masthead minutes (纪要 with 期号): the title line under the masthead; a 文件处理笺 page
  in front of a notice does not change the title (the notice's). Government-site and app screenshots: the
  article title.
- organ: full name of the issuing organ as the organ mark or the signature prints it; a joint document's lead
  (first) organ; only notices, letters, schemes and minutes that print a mark or a signature.
- doc_type: 通知, 函, 方案, 会议纪要 (also 会议记录), 签到表, 统计表 (台账, 统计表, 登记表, 一览表), 新闻报道; none
  for other types.
- media: a news organisation printed as the source (来源：, 转自, 据…报道, a news app's masthead, a ledger's 刊发媒体
  column) with its level (国家级/省级/市级); government sites and government WeChat/Weibo accounts are not media.
- tables: real grid tables with a header row and records: ledgers, case lists, sign-in sheets, statistics.
  header = the leaf row of a merged two-level header; rows = records with content, a row broken by a page break
  is one row, a cell merged down gives its value to each row, wrapped cells joined without spaces. Not rows: the
  title and 填报单位 lines, blank numbered rows, notes (注：…), and **合计/总计 rows** (a total is not a record).
  Not tables: label–value forms (会议记录 form, 文件处理笺, 报名回执) and borderless layout tables (header tables,
  joint-issuer marks). A two-up sign-in sheet is one table as printed (its header has each column twice; a row is
  a printed row with at least one name).
- meetings: minutes only; date = the day held, chair = the name alone (主持人：张三 / 主持：区长张三 /
  由张三同志主持 / 副区长张三主持召开), topics = agenda items in order without numbering (一、 （一） 1. 一是 or
  unnumbered lines).
- attendance: sign-in sheets only; count = rows that carry a name (typed or handwritten), names = those names.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import re
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path

import cv2
import numpy as np
import openpyxl
import pypdfium2 as pdfium
import yaml
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from ipdocs.output.files import repacked, save_xlsx  # noqa: E402
from ipdocs.output.libreoffice import convert  # noqa: E402
from ipdocs.word import oxml  # noqa: E402

FIXED = dt.datetime(2023, 12, 1, 9, 0, 0)
SP = "\u3000"  # ideographic space, as typists pad with

# --- dates -------------------------------------------------------------------------------------------
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")) + ("" if ones == 0 and tens else
                                                                                   CN_DIGITS[ones] if ones else "")


DATE_STYLES = {
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "cn0": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    "upper": lambda d: ("".join(CN_DIGITS[int(c)] for c in str(d.year))
                        + f"年{cn_number(d.month)}月{cn_number(d.day)}日"),
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "dot0": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "slash": lambda d: f"{d.year}/{d.month}/{d.day}",
    "slash0": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "iso": lambda d: d.isoformat(),
    "dash": lambda d: f"{d.year}-{d.month}-{d.day}",
    "md": lambda d: f"{d.month}月{d.day}日",
}


class Truth:
    """What one file shows, recorded as it is written."""

    def __init__(self, kind: str, fmt: str):
        self.kind, self.fmt = kind, fmt
        self.facts: dict = {}
        self._dates: list[dict] = []
        self._numbers: list[dict] = []
        self._media: list[dict] = []
        self.tables: list[dict] = []
        self.meetings: list[dict] = []
        self.pages = 1
        self.seals: list[tuple[str, str]] = []  # (printed text a seal is stamped over, organ on the seal)

    def date(self, day: dt.date, style: str = "cn") -> str:
        text = DATE_STYLES[style](day)
        self._add_date(day, text)
        return text

    def _add_date(self, day: dt.date, text: str) -> None:
        if not any(d["text"] == text for d in self._dates):
            self._dates.append({"iso": day.isoformat(), "text": text})

    def span(self, start: dt.date, end: dt.date, style: str = "cn", sep: str = "至") -> str:
        """A range printed the way people write it: the end drops what it shares with the start."""
        first = DATE_STYLES[style](start)
        if style in ("cn", "md") and start.year == end.year:
            last = f"{end.day}日" if start.month == end.month else f"{end.month}月{end.day}日"
        else:
            last = DATE_STYLES[style](end)
        text = f"{first}{sep}{last}"
        self._add_date(start, first)
        self._add_date(end, text)
        return text

    def docno(self, prefix: str, year: int, number: int, brackets: str = "〔〕") -> str:
        shown = f"{prefix}{brackets[0]}{year}{brackets[1]}{number}号"
        text = f"{prefix}〔{year}〕{number}号"
        if not any(n["text"] == text for n in self._numbers):
            item = {"text": text, "organ_prefix": prefix, "year": year, "number": number}
            if shown != text:
                item["shown"] = shown
            self._numbers.append(item)
        return shown

    def media(self, outlet: str, level: str) -> str:
        if not any(m["outlet"] == outlet for m in self._media):
            self._media.append({"outlet": outlet, "level": level})
        return outlet

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        self.tables.append({"header": list(header), "row_count": len(rows), "rows": [list(r) for r in rows]})

    def meeting(self, day: dt.date, title: str, chair: str, topics: list[str]) -> None:
        self.meetings.append({"date": day.isoformat(), "title": title, "chair": chair, "topics": list(topics)})

    def attendance(self, names: list[str]) -> None:
        self.facts["attendance"] = {"count": len(names), "names": list(names)}

    def merge(self, other: Truth) -> None:
        for d in other._dates:
            self._add_date(dt.date.fromisoformat(d["iso"]), d["text"])

    def printed(self) -> list[str]:
        """Every date text and 文号 as shown: what must be found in the file's text."""
        return [d["text"] for d in self._dates] + [n.get("shown", n["text"]) for n in self._numbers]

    def export(self) -> dict:
        out = {"kind": self.kind, "format": self.fmt, "pages": self.pages}
        for key in ("title", "organ", "doc_type"):
            if key in self.facts:
                out[key] = self.facts[key]
        if self._numbers:
            out["doc_numbers"] = self._numbers
        if self._dates:
            out["dates"] = self._dates
        if self._media:
            out["media"] = self._media
        if self.tables:
            out["tables"] = self.tables
        if self.meetings:
            out["meetings"] = self.meetings
        if "attendance" in self.facts:
            out["attendance"] = self.facts["attendance"]
        return out


# --- invented people, places and organs ---------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅玲琳晓东海波斌宇浩凯俊鹏飞辉鑫亮健婷雪慧"
         "颖倩欣怡佳楠振宁春晖丹蕾文武德胜利清泉永福瑞祥")


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if name not in out:
            out.append(name)
    return out


# city, county, URL slug, 文号 abbreviation, level word, province, towns, city paper, province paper, news app,
# phone area code, government site name
PLACE_TABLE = """
韶关市 武江区 wujiang 武 区 粤 西河镇,龙归镇,江湾镇,重阳镇 韶关日报 南方日报 南方+ 0751 韶关市武江区人民政府门户网站
信阳市 浉河区 shihe 浉 区 豫 董家河镇,吴家店镇,谭家河乡,游河乡 信阳日报 河南日报 大河报 0376 信阳市浉河区人民政府网
银川市 永宁县 nxyn 永 县 宁 杨和镇,望洪镇,闽宁镇,胜利乡 银川日报 宁夏日报 宁夏日报 0951 永宁县人民政府
宜昌市 夷陵区 yiling 夷 区 鄂 小溪塔街道,龙泉镇,鸦鹊岭镇,分乡镇 三峡日报 湖北日报 湖北日报 0717 宜昌市夷陵区人民政府
韶关市 乐昌市 lechang 乐 市 粤 乐城街道,坪石镇,长来镇,北乡镇 韶关日报 南方日报 南方+ 0751 乐昌市人民政府网
"""
PLACE_KEYS = ("city", "county", "slug", "a", "lvl", "prov", "towns", "paper", "ppaper", "app", "tel", "site")
PLACES = [{**dict(zip(PLACE_KEYS, line.split(), strict=True)), "towns": line.split()[6].split(",")}
          for line in PLACE_TABLE.strip().splitlines()]
NATIONAL_MEDIA = ["人民日报", "新华网", "中国知识产权报", "中国市场监管报", "央视网", "人民网"]
PROVINCIAL_MEDIA = {"粤": ["南方日报", "南方网", "南方+"], "豫": ["河南日报", "大河报", "大河网"],
                    "宁": ["宁夏日报", "宁夏新闻网"], "鄂": ["湖北日报", "荆楚网"]}


def full(place: dict) -> str:
    return place["county"] if place["lvl"] == "市" else place["city"] + place["county"]


def organs(place: dict) -> dict[str, tuple[str, str]]:
    """key → (full organ name, 文号 prefix root)."""
    f, a, lv = full(place), place["a"], place["lvl"]
    gov = f"{place['county']}人民政府办公室" if lv == "市" else f"{f}人民政府办公室"
    return {
        "gov": (gov, f"{a}府办"),
        "amr": (f"{f}市场监督管理局", f"{a}市监"),
        "dj": (f"{f}打击侵权假冒工作领导小组办公室", f"{place['county']}打假办"),
        "ip": (f"{f}知识产权保护工作联席会议办公室", f"{a}知联办"),
        "police": (f"{place['city']}公安局{place['county']}分局" if lv != "市" else f"{f}公安局", f"{a}公"),
        "culture": (f"{f}文化广电旅游体育局", f"{a}文广旅体"),
        "pub": (f"中共{f}委员会宣传部", f"{a}宣"),
        "edu": (f"{f}教育局", f"{a}教"),
    }


def units(place: dict) -> list[str]:
    lv = place["lvl"]
    return [f"{lv}市场监管局", f"{lv}公安分局" if lv != "市" else "市公安局", f"{lv}人民法院", f"{lv}人民检察院",
            f"{lv}司法局", f"{lv}文广旅体局", f"{lv}农业农村局", f"{lv}委宣传部（{lv}版权局）", f"{lv}自然资源局",
            f"{lv}教育局", f"{lv}商务局", *(f"{t}人民政府" if t.endswith(("镇", "乡")) else f"{t}办事处"
                                          for t in place["towns"][:2])]


POSITIONS = ["科员", "股长", "副局长", "局长", "主任", "副主任", "执法员", "四级主任科员", "一级科员", "大队长", "所长"]
CITED = [  # (title, prefix, year, number) of higher-level documents people cite
    ("国务院关于新形势下加快知识产权强国建设的若干意见", "国发", 2015, 71),
    ("国务院办公厅关于印发“十四五”国家知识产权保护和运用规划的通知", "国办发", 2021, 139),
    ("国家知识产权局关于印发《知识产权行政保护工作指引》的通知", "国知发保字", 2022, 11),
    ("全国打击侵权假冒工作领导小组办公室关于印发《2023年全国打击侵权假冒工作要点》的通知", "打假办发", 2023, 6),
    ("国务院办公厅关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知", "国办函", 2022, 38),
]
PROV_CITED = {"粤": [("广东省知识产权局关于做好2023年知识产权保护工作检查考核有关工作的通知", "粤知", 2023, 27),
                     ("韶关市市场监督管理局关于开展2023年知识产权执法“护航”专项行动的通知", "韶市监联", 2023, 25)],
              "豫": [("河南省知识产权局关于印发《河南省知识产权保护工作检查考核办法》的通知", "豫知", 2022, 45),
                     ("信阳市知识产权战略实施工作联席会议办公室关于开展考核工作的通知", "信知战联办", 2022, 1)],
              "宁": [("宁夏回族自治区市场监督管理厅关于开展“铁拳”行动的通知", "宁市监发", 2023, 52),
                     ("银川市市场监督管理局关于印发《知识产权保护工作方案》的通知", "银市监发", 2023, 19)],
              "鄂": [("湖北省打击侵权假冒工作领导小组办公室关于印发考核评分细则的通知", "鄂打假办函", 2019, 7),
                     ("宜昌市打击侵权假冒工作领导小组办公室关于做好年度考核工作的通知", "宜打假办发", 2023, 11)]}
ACTIONS = ["“护航”专项行动", "“铁拳”行动", "“双随机、一公开”知识产权领域抽查", "地理标志产品保护专项行动",
           "知识产权宣传周活动", "商标侵权案件办理业务培训", "软件正版化工作检查", "重点商圈知识产权保护规范化市场建设",
           "中小学知识产权普及教育", "知识产权纠纷人民调解工作", "农村和城乡结合部侵权假冒治理",
           "电商平台知识产权保护专项整治"]
AGENDA = ["传达学习全省知识产权保护工作电视电话会议精神", "通报今年以来知识产权保护工作进展情况",
          "研究制定年度知识产权保护工作考核迎检方案", "部署打击侵权假冒领导小组成员单位年度重点任务",
          "听取市场监管部门关于商标侵权案件查处情况的汇报", "审议知识产权保护工作联席会议制度修订稿",
          "研究知识产权纠纷人民调解委员会筹建事宜", "安排知识产权宣传周系列活动", "研究软件正版化工作推进中存在的问题",
          "部署迎接上级知识产权保护工作检查考核准备工作", "研究地理标志产品保护和品牌培育工作",
          "通报侵权假冒案件线索移送和行刑衔接情况"]
MEET_TITLES = ["知识产权保护工作联席会议", "知识产权保护工作推进会", "打击侵权假冒工作领导小组会议",
               "知识产权保护工作专题会议", "迎检工作部署会"]


# --- DOCX -------------------------------------------------------------------------------------------
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE}
RED = "E60012"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Doc:
    """A python-docx document with the few things Chinese office documents need."""

    def __init__(self, font: str = "仿宋_GB2312", size: float = 16, spacing: float | None = 28,
                 margins=(37, 28, 26, 35), landscape: bool = False):
        self.d = Document()
        self.font, self.size, self.spacing = font, size, spacing
        oxml.set_default_language(self.d)
        normal = self.d.styles["Normal"]
        oxml.set_fonts(normal, font)
        normal.font.size = Pt(size)
        normal.paragraph_format.space_after = Pt(0)
        section = self.d.sections[0]
        section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
        section.top_margin, section.left_margin = Mm(margins[0]), Mm(margins[1])
        section.right_margin, section.bottom_margin = Mm(margins[2]), Mm(margins[3])
        self._boxes = 0

    def p(self, text: str = "", font: str | None = None, size: float | None = None, bold: bool = False,
          color: str | None = None, align: str = "justify", indent: float = 0, spacing: float | None = -1,
          before: float = 0, after: float = 0, runs: list | None = None, container=None, spacing_chars: float = 0):
        """One paragraph; `runs` = [(text, font, size, bold, color)] overrides text; indent in characters."""
        par = (container or self.d).add_paragraph()
        fmt = par.paragraph_format
        fmt.alignment = ALIGN[align]
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        line = self.spacing if spacing == -1 else spacing
        if line:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(line)
        if indent:
            fmt.first_line_indent = Pt(indent * (size or self.size))
        for part in runs or [(text, font, size, bold, color)]:
            self.run(par, *part, spacing_chars=spacing_chars)
        return par

    def run(self, par, text, font=None, size=None, bold=False, color=None, spacing_chars: float = 0):
        run = par.add_run(text)
        face = font or self.font
        oxml.set_fonts(run, face, face if face.startswith(("AR PL", "Noto")) else "Times New Roman")
        run.font.size = Pt(size or self.size)
        run.font.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if spacing_chars:
            rpr = run._r.get_or_add_rPr()
            rpr.append(parse_xml(f'<w:spacing {W} w:val="{int(spacing_chars * 20)}"/>'))
        return run

    def lines(self, text_lines: list[str], **kw):
        """Several lines in one paragraph, broken by w:br (a title set as one paragraph)."""
        par = self.p("", **{k: v for k, v in kw.items() if k != "runs"})
        par.runs[0].text = ""
        for i, line in enumerate(text_lines):
            run = self.run(par, line, kw.get("font"), kw.get("size"), kw.get("bold", False), kw.get("color"))
            if i < len(text_lines) - 1:
                run.add_break()
        return par

    def red_line(self, width: float = 2.25, double: bool = False):
        par = self.p("", spacing=6, size=4)
        borders = oxml.get_or_add(par._p.get_or_add_pPr(), "w:pBdr")
        borders.append(parse_xml(f'<w:bottom {W} w:val="{"thinThickSmallGap" if double else "single"}" '
                                 f'w:sz="{int(width * 8)}" w:space="1" w:color="{RED}"/>'))
        return par

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows: list[list[str]], widths_mm: list[float], font: str | None = None, size: float = 10.5,
              merges: tuple = (), header_rows: int = 1, borders: bool = True, bold_header: bool = True,
              align: str = "center", left_cols: tuple = (), repeat: bool = True, fonts: dict | None = None,
              spacing: float | None = None, container=None):
        """A grid table; `merges` = (r0, c0, r1, c1) blocks whose top-left cell keeps the text; `fonts` maps
        (r, c) → (font, size, color) for cells written in another hand."""
        host = container or self.d
        table = host.add_table(rows=len(rows), cols=len(rows[0]))
        if borders:
            oxml.set_table_borders(table)
        oxml.set_column_widths(table, [int(w * 56.7) for w in widths_mm])
        grid = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]  # table.cell() is O(n)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid[r][c]
                cell.width = Mm(widths_mm[c])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                par = cell.paragraphs[0]
                par.paragraph_format.alignment = ALIGN["left" if c in left_cols and r >= header_rows else align]
                if spacing:
                    par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                    par.paragraph_format.line_spacing = Pt(spacing)
                face, sz, color = (fonts or {}).get((r, c), (font, size, None))
                for i, line in enumerate(str(value).split("\n")):
                    run = self.run(par, line, face, sz, bold_header and r < header_rows, color)
                    if i < len(str(value).split("\n")) - 1:
                        run.add_break()
        for r0, c0, r1, c1 in merges:
            keep = table.cell(r0, c0).text
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        for par in table.cell(r, c).paragraphs:
                            for run in list(par.runs):
                                oxml.delete_run(run)
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            for par in merged.paragraphs[1:]:
                if not par.text:
                    oxml.delete_paragraph(par)
            assert merged.text.replace("\n", "") == keep.replace("\n", "")
        if repeat and borders:
            for r in range(header_rows):
                oxml.repeat_as_header(table.rows[r])
        return table

    def text_box(self, paragraphs: list[tuple[str, str, float, bool, str | None, str]], left_mm: float,
                 top_mm: float, width_mm: float, height_mm: float, border: bool = False):
        """A floating VML text box (what Word users draw for mastheads and stamps-of-date blocks), anchored
        in a new empty paragraph; paragraphs = (text, font, size, bold, color, align)."""
        self._boxes += 1
        inner = []
        for text, font, size, bold, color, align in paragraphs:
            jc = {"left": "left", "center": "center", "right": "right"}[align]
            colour = f'<w:color w:val="{color}"/>' if color else ""
            rpr = (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
                   f'{"<w:b/>" if bold else ""}{colour}<w:sz w:val="{int(size * 2)}"/></w:rPr>')
            inner.append(f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr><w:r>{rpr}<w:t xml:space="preserve">{text}'
                         f'</w:t></w:r></w:p>')
        pt = 72 / 25.4
        stroke = "" if border else 'stroked="f"'
        shape = (f'<w:r {W} {VML}><w:pict><v:shape id="TextBox{self._boxes}" o:spid="_x0000_s{1025 + self._boxes}"'
                 f' type="#_x0000_t202" style="position:absolute;margin-left:{left_mm * pt:.1f}pt;'
                 f'margin-top:{top_mm * pt:.1f}pt;width:{width_mm * pt:.1f}pt;height:{height_mm * pt:.1f}pt;'
                 f'z-index:{self._boxes};mso-position-horizontal-relative:margin;mso-position-vertical-relative:'
                 f'margin" {stroke} filled="f"><v:textbox inset="1mm,1mm,1mm,1mm">'
                 f'<w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        par = self.d.add_paragraph()
        par._p.append(parse_xml(shape))
        return par

    def footer_numbers(self):
        footer = self.d.sections[0].footer
        par = footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(par, "— ", "宋体", 14)
        for run in oxml.add_field(par, "PAGE"):
            oxml.set_fonts(run, "宋体")
            run.font.size = Pt(14)
        self.run(par, " —", "宋体", 14)

    def save(self, path: Path) -> Path:
        props = self.d.core_properties
        props.created = props.modified = props.last_printed = FIXED
        props.author = props.last_modified_by = "user"
        props.revision = 1
        buffer = io.BytesIO()
        self.d.save(buffer)
        path.write_bytes(repacked(buffer.getvalue()))
        return path


def split_title(rng: random.Random, title: str, lines: int, max_chars: int = 99) -> list[str]:
    """Break a title into `lines` lines (more when it does not fit `max_chars` a line) at arbitrary characters,
    mid-word too, as people do when they press Enter in a long title."""
    n = max(lines, -(-len(title) // max_chars))
    if n <= 1 or len(title) < 12:
        return [title]
    parts, last = [], 0
    for k in range(1, n):
        ideal = last + -(-(len(title) - last) // (n - k + 1))
        cut = max(last + 4, min(last + max_chars, ideal + rng.randint(-3, 2), len(title) - 3))
        parts.append(title[last:cut])
        last = cut
    parts.append(title[last:])
    return parts


# --- house styles -----------------------------------------------------------------------------------
BODY_STYLES = [("仿宋_GB2312", 16, 28), ("仿宋_GB2312", 16, 29.6), ("仿宋", 15, 26), ("楷体_GB2312", 16, 28),
               ("宋体", 12, 22), ("宋体", 14, 25), ("Noto Sans CJK SC", 12, 21), ("AR PL UMing CN", 14, 24),
               ("仿宋_GB2312", 14, 23)]
TITLE_STYLES = [("方正小标宋简体", 22, False), ("黑体", 20, False), ("宋体", 18, True), ("Noto Serif CJK SC", 24, True),
                ("AR PL UKai CN", 22, True), ("方正小标宋简体", 20, False)]
BRACKETS = ["〔〕", "〔〕", "[]", "【】", "（）", "〔〕"]


def house(rng: random.Random) -> dict:
    font, size, spacing = rng.choice(BODY_STYLES)
    tfont, tsize, tbold = rng.choice(TITLE_STYLES)
    return {"font": font, "size": size, "spacing": spacing, "tfont": tfont, "tsize": tsize, "tbold": tbold,
            "h1": rng.choice(["黑体", "黑体", font]), "h2": rng.choice(["楷体_GB2312", font])}


def tel(rng: random.Random, place: dict) -> str:
    return f"{place['tel']}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def add_title(doc: Doc, rng: random.Random, hs: dict, title: str, lines: int, as_breaks: bool | None = None):
    parts = split_title(rng, title, lines, int(150 / (hs["tsize"] * 0.3528)))
    kw = {"font": hs["tfont"], "size": hs["tsize"], "bold": hs["tbold"], "align": "center",
          "spacing": hs["tsize"] * 1.45}
    if as_breaks if as_breaks is not None else rng.random() < 0.5:
        doc.lines(parts, **kw)
    else:
        for part in parts:
            doc.p(part, **kw)
    return parts


def body(doc: Doc, hs: dict, items: list[tuple[str, str]]) -> None:
    for style, text in items:
        if style == "h1":
            doc.p(text, font=hs["h1"], indent=2)
        elif style == "h2":
            doc.p(text, font=hs["h2"], indent=2)
        else:
            doc.p(text, indent=2)


def cite_sentence(t: Truth, rng: random.Random, place: dict, brackets: str) -> str:
    """How offices cite: sometimes in parentheses after the title, often with a verb or 的 run into the prefix."""
    title, prefix, year, number = rng.choice(CITED)
    ptitle, pprefix, pyear, pnumber = rng.choice(PROV_CITED[place["prov"]])
    no = t.docno(prefix, year, number, rng.choice(["〔〕", "〔〕", "[]"]))
    pno = t.docno(pprefix, pyear, pnumber, brackets)
    return rng.choice([
        f"为深入贯彻落实{no}文件精神和《{ptitle}》（{pno}）要求",
        f"根据《{title}》（{no}）和上级的{pno}文件部署",
        f"按照省、市印发{pno}的安排，贯彻落实{no}文件要求",
        f"为贯彻落实《{title}》（{no}），落实{pno}要求",
    ])


def notice_sections(t: Truth, rng: random.Random, place: dict, year: int, own: dt.date, action: str,
                    cite: str, lv: str, short: bool = False) -> list[tuple[str, str]]:
    start = dt.date(year, rng.randint(3, 6), 1)
    mid = start + dt.timedelta(days=rng.randint(25, 40))
    end = dt.date(year, rng.choice([10, 11]), rng.choice([15, 20, 30]))
    deadline = dt.date(year, end.month, end.day) + dt.timedelta(days=rng.randint(3, 12))
    contact = names(rng, 1)[0]
    style = rng.choice(["cn", "cn", "md", "dot"])
    sep = "—" if style == "dot" else rng.choice(["至", "至", "—"])
    if short:
        return [("p", f"{cite}，进一步加强知识产权保护，结合我{lv}实际，决定于{t.span(start, end, style, sep)}在全{lv}"
                      f"开展{action}。请各单位于{t.date(deadline, rng.choice(['md', 'cn']))}前将工作总结报送{lv}市场"
                      f"监管局知识产权股（联系人：{contact}，联系电话：{tel(rng, place)}）。")]
    items = [
        ("p", f"{cite}，进一步加强知识产权保护，结合我{lv}实际，决定于{t.span(start, end, style, sep)}在全{lv}开展"
              f"{action}。现将有关事项通知如下："),
        ("h1", "一、工作目标"),
        ("p", f"以{year}年度知识产权保护工作检查考核为抓手，聚焦重点领域、重点环节和重点市场，严厉打击商标侵权、"
              f"假冒专利等违法行为，力争全年办理知识产权案件不少于{rng.randint(12, 40)}件，群众满意度进一步提升。"),
        ("h1", "二、时间安排"),
        ("h2", f"（一）动员部署阶段（{t.span(start, mid, style, sep)}）。"),
        ("p", f"各单位结合职责制定具体方案，明确责任股室和联络员，于{t.date(start + dt.timedelta(days=9), 'md')}前"
              f"报{lv}市场监管局备案。"),
        ("h2", "（二）集中整治阶段。"),
        ("p", f"{year}年{mid.month + 1}月起，各成员单位开展联合检查不少于{rng.randint(2, 6)}次，每月25日前报送工作"
              f"进展；重要情况随时报告。"),
        ("h2", "（三）总结提升阶段。"),
        ("p", f"请于{t.date(deadline, rng.choice(['md', 'cn']))}前将工作总结、典型案例及佐证材料电子版报送{lv}"
              f"市场监管局知识产权股（联系人：{contact}，联系电话：{tel(rng, place)}）。"),
        ("h1", "三、工作要求"),
        ("p", "各单位要高度重视，主要负责同志亲自抓，分管负责同志具体抓，确保各项任务落到实处。工作中发现的重大案件"
              "线索，要在24小时内报告。未按时报送材料的，将在年度考核中予以扣分并通报。"),
    ]
    return items


def signature(doc: Doc, t: Truth, rng: random.Random, organ_lines: list[str], day: dt.date, style: str,
              right_indent_chars: int = 4) -> str:
    doc.p("")
    doc.p("")
    pad = "\u3000" * right_indent_chars
    for line in organ_lines:
        doc.p(line + pad, align="right")
    text = t.date(day, style)
    doc.p(text + pad, align="right")
    t.seals.append((text, organ_lines[0]))
    for line in organ_lines[1:]:
        t.seals.append((line, line))
    return text


def make_notice(t: Truth, rng: random.Random, place: dict, year: int, header: str, doc_type: str = "通知",
                title_lines: int = 2, table: bool = False, short: bool = False, sigbox: bool = False) -> Doc:
    """A notice or letter with a red header in one of several layouts (`header`): centre, signer_left,
    signer_right, joint2, joint3, letter, plain, slip (文件处理笺 in front), textbox (mark in a text box)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    org = organs(place)
    lv = place["lvl"]
    brackets = rng.choice(BRACKETS)
    own = dt.date(year, rng.randint(3, 9), rng.randint(1, 28))
    lead_key = {"通知": rng.choice(["amr", "dj", "gov"]), "函": rng.choice(["amr", "gov", "dj"])}[doc_type]
    lead, root = org[lead_key]
    suffix = {"通知": rng.choice(["发", "发", "字", ""]), "函": "函"}[doc_type]
    prefix = root + suffix
    number = rng.randint(3, 160)
    action = rng.choice(ACTIONS)
    title_core = {"通知": rng.choice([f"关于开展{year}年{action}的通知",
                                      f"关于印发《{full(place)}{year}年{action}实施方案》的通知",
                                      f"关于做好{year}年度知识产权保护工作检查考核迎检材料报送工作的通知"]),
                  "函": rng.choice([f"关于商请提供{action}相关佐证材料的函",
                                   f"关于报送{year}年度知识产权保护工作检查考核自评材料的函"])}[doc_type]
    joint = [lead]
    if header.startswith("joint"):
        others = [k for k in ("police", "culture", "pub") if org[k][0] != lead]
        joint += [org[k][0] for k in rng.sample(others, int(header[-1]) - 1)]
    title = (lead if len(joint) == 1 and rng.random() < 0.7 else "") + title_core
    t.facts.update(title=title, organ=lead, doc_type=doc_type)
    shown = None
    signer = names(rng, 1)[0]

    if header == "slip":  # the 文件处理笺 the receiving office staples in front
        got = own + dt.timedelta(days=rng.randint(1, 4))
        shown = t.docno(prefix, year, number, brackets)
        receiver = rng.choice(["人民政府办公室", "市场监督管理局"])
        doc.p(f"{full(place)}{receiver}文件处理笺", font="宋体", size=20, bold=True, align="center", spacing=34,
              after=12)
        got_text = t.date(got, rng.choice(["cn", "dot"]))
        rows = [["来文单位", lead, "来文文号", shown], ["收文日期", got_text, "份数", "1"],
                ["文件标题", title, "", ""],
                ["拟办意见", f"请知识产权股阅办。\n{names(rng, 1)[0]}  {t.date(got, 'md')}", "", ""],
                ["领导批示", "同意。", "", ""]]
        doc.table(rows, [30, 50, 25, 51], font="宋体", size=12, header_rows=0, bold_header=False, repeat=False,
                  merges=((2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)), left_cols=(1,), borders=True)
        doc.page_break()
        header = "centre"
    mark_chars = len(lead) + (2 if doc_type == "通知" else 0)
    mark_size = min(36, int(150 * 2.835 / mark_chars / 1.15))
    if header in ("centre", "signer_left", "signer_right"):
        doc.p(lead + ("文件" if doc_type == "通知" else ""), font="方正小标宋简体", size=mark_size, color=RED,
              align="center", spacing=mark_size * 1.3, before=30, after=24, spacing_chars=rng.choice([0, 0, 1]))
        shown = shown or t.docno(prefix, year, number, brackets)
        if header == "centre":
            doc.p(shown, align="center", spacing=28)
        else:
            widths = [78, 78]
            left, right = (shown, f"签发人：{signer}") if header == "signer_left" else (f"签发人：{signer}", shown)
            doc.table([[left, right]], widths, font=hs["font"], size=hs["size"], header_rows=0, borders=False,
                      bold_header=False, repeat=False, align="left")
            tbl = doc.d.tables[-1]
            tbl.cell(0, 1).paragraphs[0].alignment = ALIGN["right"]
        doc.red_line()
    elif header.startswith("joint"):
        size = min(26, int(122 * 2.835 / max(len(j) for j in joint) * 0.9))
        rows = [[j, "文件" if i == 0 else ""] for i, j in enumerate(joint)]
        doc.table(rows, [122, 34], font="方正小标宋简体", size=size, header_rows=0, borders=False, bold_header=False,
                  repeat=False, align="distribute", merges=((0, 1, len(joint) - 1, 1),),
                  fonts={(i, c): ("方正小标宋简体", size if c == 0 else 40, RED) for i in range(len(joint))
                         for c in range(2)})
        shown = t.docno(prefix, year, number, brackets)
        doc.p("")
        doc.p(shown, align="center")
        doc.red_line()
    elif header == "textbox":  # the organ mark drawn in a text box, as many Word templates do
        mark = lead + ("文件" if doc_type == "通知" else "")
        doc.text_box([(mark, "方正小标宋简体", mark_size, False, RED, "center")], 0, 6, 156, mark_size * 0.3528 * 1.8)
        doc.p("", spacing=None, before=mark_size * 2.2)
        shown = t.docno(prefix, year, number, brackets)
        doc.p(shown, align="center")
        doc.red_line()
    elif header == "letter":
        doc.p(lead, font="方正小标宋简体", size=mark_size, color=RED, align="center", spacing=mark_size * 1.3,
              before=10)
        doc.red_line(3, double=True)
        shown = t.docno(prefix, year, number, brackets)
        doc.p(shown, align="right", before=6)
    elif header == "plain":
        shown = t.docno(prefix, year, number, brackets)
        doc.p(shown, align=rng.choice(["right", "left"]), before=0, after=12)
    doc.p("")
    add_title(doc, rng, hs, title, title_lines)
    doc.p("")
    recipients = rng.choice([f"各{'镇（街）' if lv != '县' else '乡镇'}人民政府，{lv}直有关单位：",
                             f"{lv}打击侵权假冒工作领导小组各成员单位：", f"{lv}委宣传部、{lv}公安分局、{lv}司法局："])
    doc.p(recipients, spacing=hs["spacing"])
    cite = cite_sentence(t, rng, place, brackets)
    body(doc, hs, notice_sections(t, rng, place, year, own, action, cite, lv, short))
    if table:
        doc.p("附件：" + (tname := f"{year}年{rng.choice(['上半年', '1—9月'])}知识产权案件查办情况统计表"), indent=2)
        doc.page_break()
        t.facts["tables_title"] = tname
        doc.p(tname, font="黑体", size=16, align="center", after=8)
        case_table(doc, t, rng, place, year, n=rng.randint(5, 9), ruling=True, size=10.5)
    issuer_lines = joint if len(joint) > 1 else [lead]
    sig_style = rng.choice(["cn", "cn", "upper"])
    if sigbox:  # organ and date typed in a floating text box, placed where the seal goes
        doc.p("")
        text = t.date(own, sig_style)
        doc.text_box([(line, hs["font"], hs["size"], False, None, "center") for line in issuer_lines] +
                     [(text, hs["font"], hs["size"], False, None, "center")], 70, 0, 86, 12 * (len(issuer_lines) + 1))
        doc.p("")
        doc.p("")
        t.seals.append((text, lead))
    else:
        signature(doc, t, rng, issuer_lines, own, sig_style)
    if rng.random() < 0.6:
        doc.p(f"（此件{rng.choice(['主动公开', '不予公开', '依申请公开'])}）", indent=2)
    doc.footer_numbers()
    t.facts.pop("tables_title", None)
    return doc


def case_rows(t: Truth, rng: random.Random, place: dict, year: int, n: int, ruling: bool, bracket: str):
    lv = place["lvl"]
    rows = []
    brands = ["华美", "鑫达", "永兴", "盛源", "佳和", "恒通", "金叶", "锦程"]
    trades = ["商贸有限公司", "五金店", "服装店", "超市", "日用品经营部", "酒业有限公司"]
    parties = [f"{full(place)[-3:]}{rng.choice(brands)}{rng.choice(trades)}" for _ in range(n)]
    for i in range(n):
        opened = dt.date(year, rng.randint(1, 8), rng.randint(1, 28))
        closed = opened + dt.timedelta(days=rng.randint(12, 80))
        cause = rng.choice(["销售侵犯注册商标专用权商品", "假冒专利", "销售假冒注册商标的白酒", "擅自使用他人地理标志",
                            "侵犯著作权（盗版图书）", "销售侵犯注册商标专用权的服装\n鞋帽"])
        decision = t.docno(organs(place)["amr"][1] + "罚", year, rng.randint(1, 90), bracket)
        row = [str(i + 1), parties[i], cause, t.date(opened, "dot0" if bracket == "[]" else "cn"),
               t.date(closed, "dot0" if bracket == "[]" else "cn"), decision]
        if ruling:
            row.append(rng.choice(["罚款1.2万元", "没收侵权商品并罚款5000元", "罚款3万元", "警告并没收违法所得",
                                   "移送公安机关"]))
        row.append(rng.choice(["是", "是", "否"]))
        rows.append(row)
    del lv
    return rows


def case_table(doc: Doc, t: Truth, rng: random.Random, place: dict, year: int, n: int, ruling: bool,
               size: float = 10.5, total: bool = False) -> None:
    header = ["序号", "当事人", "案由", "立案日期", "结案日期", "处罚决定书文号", *(["处罚结果"] if ruling else []),
              "是否公开"]
    rows = case_rows(t, rng, place, year, n, ruling, rng.choice(["〔〕", "[]"]))
    widths = [10, 30, 28, 22, 22, 30, *([20] if ruling else []), 12]
    scale = 156 / sum(widths)
    printed = [header, *rows]
    if total:
        printed.append(["合计", f"{n}件", "", "", "", "", *([""] if ruling else []), ""])
    doc.table(printed, [w * scale for w in widths], font=doc.font, size=size, left_cols=(1, 2))
    t.table(header, [[c.replace("\n", "") for c in r] for r in rows])


# --- minutes ----------------------------------------------------------------------------------------
WEEKDAYS = "一二三四五六日"


def chair_position(rng: random.Random, place: dict) -> str:
    lv = place["lvl"]
    return rng.choice([f"{lv}委常委、副{lv}长", f"副{lv}长", f"{lv}长", f"{lv}市场监管局局长", f"{lv}政府党组成员"])


def topic_label(style: str, i: int) -> str:
    return {"一、": f"{cn_number(i + 1)}、", "（一）": f"（{cn_number(i + 1)}）", "1.": f"{i + 1}.",
            "1、": f"{i + 1}、", "none": ""}[style]


def make_minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """Minutes in four house styles: masthead (纪要 with 期号), form (会议记录 as a DOCX table), prose (一是…),
    labelled (会议时间：… 主持人：… 会议议题：)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    org = organs(place)
    lv = place["lvl"]
    held = dt.date(year, rng.randint(2, 11), rng.randint(1, 27))
    issued = held + dt.timedelta(days=rng.randint(1, 6))
    chair, recorder, *present = names(rng, rng.randint(7, 11))
    position = chair_position(rng, place)
    meeting = rng.choice(MEET_TITLES)
    topics = rng.sample(AGENDA, rng.randint(2, 5))
    room = rng.choice([f"{lv}政府三楼会议室", f"{lv}行政服务中心五楼会议室", "局机关二楼会议室", f"{lv}委党校报告厅"])
    half = rng.choice(["上午", "下午"])
    t.facts["doc_type"] = "会议纪要"
    if style == "masthead":
        issuer = org[rng.choice(["ip", "gov", "dj"])][0]
        mast = f"{full(place)}{meeting}"
        msize = 26 if len(mast) <= 15 else 22 if len(mast) <= 18 else 18
        doc.p(mast, font="方正小标宋简体", size=msize, color=RED, align="center", spacing=msize * 1.4, before=20)
        doc.p("纪    要", font="方正小标宋简体", size=48, color=RED, align="center", spacing=60)
        doc.p(f"第{rng.randint(1, 12)}期", align="center", spacing=30)
        doc.table([[issuer, t.date(issued, rng.choice(["cn", "upper"]))]], [106, 50], font=hs["font"], size=12,
                  header_rows=0, borders=False, bold_header=False, repeat=False, align="left")
        doc.d.tables[-1].cell(0, 1).paragraphs[0].alignment = ALIGN["right"]
        doc.red_line()
        title = rng.choice([f"关于研究部署{year}年知识产权保护工作的会议纪要",
                            f"{year}年第{rng.randint(1, 4)}次{meeting}纪要"])
        add_title(doc, rng, hs, title, 1)
        t.facts.update(title=title, organ=issuer)
        numbering = rng.choice(["一、", "（一）", "1."])
        when = t.date(held, rng.choice(["cn", "md"]))
        doc.p(f"{when}{half}，{position}{chair}在{room}主持召开{meeting}，{lv}市场监管局、{lv}公安分局、{lv}司法局等"
              f"{rng.randint(8, 16)}个成员单位分管负责同志参加会议。会议听取了有关单位工作汇报，研究了当前知识产权保护"
              "工作中的重点问题。现将会议议定事项纪要如下：", indent=2)
        for i, topic in enumerate(topics):
            doc.p(f"{topic_label(numbering, i)}{topic}", font=hs["h1"] if numbering == "一、" else hs["h2"], indent=2)
            pick = rng.randrange(3)
            doc.p("会议认为，今年以来各成员单位认真履职，工作取得明显成效，但仍存在佐证材料不全、信息报送不及时等问题。"
                  if pick == 0 else "会议要求，各单位要对照考核细则逐项梳理，查漏补缺，确保按时完成。" if pick == 1 else
                  f"会议明确由{lv}市场监管局牵头，{lv}公安分局、{lv}司法局配合，"
                  f"于{t.date(issued + dt.timedelta(days=rng.randint(10, 40)), 'md')}前完成。", indent=2)
        doc.p(f"出席：{chair}  {'  '.join(present[:4])}", indent=0, before=12)
        doc.p(f"列席：{'  '.join(present[4:])}")
        doc.p(f"记录：{recorder}")
        doc.red_line(1)
        doc.p(f"抄送：{lv}委办公室，{lv}人大常委会办公室，{lv}政协办公室。", size=14)
        doc.p(f"{issuer}{SP * 2}{t.date(issued, 'cn')}印发", size=14)
    elif style == "form":
        unit = org["amr"][0]
        title = f"{unit}{meeting}记录"
        doc.p(title, font=hs["tfont"], size=min(hs["tsize"], 20), bold=hs["tbold"], align="center", after=10)
        t.facts["title"] = title
        weekday = WEEKDAYS[held.weekday()]
        numbering = rng.choice(["1.", "1、", "（一）"])
        rows = [["会议名称", f"{year}年{meeting}"],
                ["会议时间", f"{t.date(held, rng.choice(['cn', 'cn0']))}（星期{weekday}）{half}"
                             f"{rng.randint(8, 10) if half == '上午' else rng.randint(14, 16)}:"
                             f"{rng.choice(['00', '30'])}"],
                ["会议地点", room], ["主 持 人", chair], ["记 录 人", recorder], ["参会人员", "、".join(present)],
                ["会议议题", "\n".join(f"{topic_label(numbering, i)}{x}" for i, x in enumerate(topics))],
                ["会议内容", f"{chair}：今年考核细则已经下发，各股室要对照细则逐条准备材料。\n"
                            f"{present[0]}：今年以来共立案查处商标侵权案件{rng.randint(5, 20)}件，已全部录入系统。\n"
                            f"{present[1]}：宣传周期间共开展活动{rng.randint(3, 9)}场次，照片和新闻稿已归档。\n"
                            f"{chair}：请综合股于{t.date(held + dt.timedelta(days=rng.randint(5, 20)), 'md')}前汇总。"]]
        doc.table(rows, [28, 128], font=hs["font"], size=min(hs["size"], 14), header_rows=0, bold_header=False,
                  repeat=False, left_cols=(1,), align="center")
        tbl = doc.d.tables[-1]
        for r in range(len(rows)):
            tbl.cell(r, 1).paragraphs[0].alignment = ALIGN["left"]
    elif style == "prose":
        title = f"{place['county']}召开{year}年{meeting}"
        issuer = org[rng.choice(["amr", "ip", "dj"])][0]
        add_title(doc, rng, hs, title, 1)
        t.facts.update(title=title, organ=issuer)
        chair_text = rng.choice([f"会议由{position}{chair}同志主持", f"会议由{chair}同志主持"])
        ordinal = ["一是", "二是", "三是", "四是", "五是"]
        agenda = "；".join(f"{ordinal[i]}{x}" for i, x in enumerate(topics))
        doc.p(f"{t.date(held, 'md')}{half}，{place['county']}{year}年{meeting}在{room}召开，{chair_text}，"
              f"{lv}直有关单位分管负责同志共{rng.randint(20, 40)}人参加会议。", indent=2)
        doc.p(f"会议主要有{cn_number(len(topics))}项议程：{agenda}。", indent=2)
        doc.p(f"会议指出，知识产权保护工作事关创新发展和营商环境，各单位要把迎检工作作为当前的重点任务，"
              f"在{t.date(held + dt.timedelta(days=rng.randint(15, 40)), 'md')}前完成自查自评。", indent=2)
        signature(doc, t, rng, [issuer], issued, "cn")
    else:  # labelled
        title = f"{year}年第{rng.randint(1, 4)}次{meeting}会议记录" if "会议" not in meeting[-2:] else \
            f"{year}年第{rng.randint(1, 4)}次{meeting}记录"
        add_title(doc, rng, hs, title, 1)
        t.facts["title"] = title
        numbering = rng.choice(["（一）", "一、", "none", "1."])
        doc.p(f"会议时间：{t.date(held, rng.choice(['cn', 'upper', 'dot']))}{half}")
        doc.p(f"会议地点：{room}")
        doc.p(rng.choice([f"主持人：{chair}", f"主持：{position}{chair}", f"主 持 人：{chair}"]))
        doc.p(f"参会人员：{'、'.join(present)}")
        doc.p("会议议题：")
        for i, x in enumerate(topics):
            doc.p(f"{topic_label(numbering, i)}{x}", indent=2)
        doc.p("会议内容：")
        doc.p(f"{chair}传达了上级有关会议精神，要求各股室对照考核细则查漏补缺，材料于"
              f"{t.date(held + dt.timedelta(days=rng.randint(5, 25)), 'cn')}前交综合股汇总。", indent=2)
        doc.p(f"记录人：{recorder}", align="right")
    t.meeting(held, t.facts["title"], chair, topics)
    return doc


# --- sign-in sheets, ledgers, schemes, printed news -----------------------------------------------------
def phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


HAND = ("AR PL UKai CN", "1F3A93")


def make_signin(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """Sign-in sheet: typed, two_up (two columns of people side by side) or hand (names written in blue ink)."""
    doc = Doc("宋体", 12, None, margins=(20, 18, 18, 18))
    lv = place["lvl"]
    day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    event = rng.choice([f"{year}年知识产权保护业务培训会", f"{year}年“4·26”知识产权宣传周活动",
                        f"{lv}{rng.choice(MEET_TITLES)}", "商标侵权判断标准专题培训班", "知识产权行政执法业务培训"])
    title = f"{event}签到表"
    doc.p(title, font=rng.choice(["黑体", "方正小标宋简体", "宋体"]), size=rng.choice([18, 20, 22]), bold=True,
          align="center", spacing=32, after=6)
    doc.p(f"时间：{t.date(day, rng.choice(['cn', 'dot', 'slash']))}{SP * 4}地点：{lv}政府{rng.randint(2, 6)}楼会议室",
          size=12, align="left", spacing=22, after=4)
    t.facts.update(title=title, doc_type="签到表")
    people = names(rng, rng.randint(8, 17) if style != "two_up" else rng.randint(14, 22))
    unit_pool = units(place)
    blank = rng.randint(2, 5)
    if style == "two_up":
        header = ["序号", "姓名", "单位", "序号", "姓名", "单位"]
        per_col = (len(people) + blank + 1) // 2
        rows, truth_rows = [], []
        for i in range(per_col):
            row = []
            for side in range(2):
                k = side * per_col + i
                person = people[k] if k < len(people) else ""
                row += [str(k + 1), person, rng.choice(unit_pool) if person else ""]
            rows.append(row)
            if row[1] or row[4]:
                truth_rows.append(row)
        doc.table([header, *rows], [12, 22, 44, 12, 22, 44], size=11, left_cols=(2, 5), spacing=24)
    else:
        header = ["序号", "单位", "姓名", "职务", "联系电话"] if style == "typed" else \
            ["序号", "姓名", "工作单位", "职务", "联系方式"]
        rows, truth_rows, fonts = [], [], {}
        for i in range(len(people) + blank):
            if i < len(people):
                unit, pos = rng.choice(unit_pool), rng.choice(POSITIONS)
                row = [str(i + 1), unit, people[i], pos, phone(rng)] if style == "typed" else \
                    [str(i + 1), people[i], unit, pos, phone(rng)]
                truth_rows.append(row)
                if style == "hand":
                    for c in range(1, 5):
                        fonts[(i + 1, c)] = (HAND[0], rng.choice([12, 13, 14, 15]), HAND[1])
            else:
                row = [str(i + 1), "", "", "", ""]
            rows.append(row)
        widths = [12, 50, 24, 26, 34] if style == "typed" else [12, 24, 50, 26, 34]
        doc.table([header, *rows], widths, size=11, left_cols=(1,) if style == "typed" else (2,), spacing=26,
                  fonts=fonts)
    t.table(header, truth_rows)
    t.attendance(people)
    return doc


def make_ledger_doc(t: Truth, rng: random.Random, place: dict, year: int, style: str, small: bool = False) -> Doc:
    """A statistics ledger printed from Word: two-level merged header, a unit column merged down, 合计 row,
    long enough to run over a page (`style` training|publicity)."""
    doc = Doc("宋体", 10.5, None, margins=(20, 15, 15, 20), landscape=rng.random() < 0.4)
    lv = place["lvl"]
    unit_pool = units(place)
    if style == "training":
        title = f"{year}年{full(place)}知识产权宣传培训活动统计表"
        top = ["序号", "主办单位", "活动情况", "", "", "参加情况", ""]
        header = ["序号", "主办单位", "活动时间", "活动名称", "活动地点", "参加对象", "人数"]
    else:
        title = f"{year}年{full(place)}知识产权保护工作信息宣传报道台账"
        top = ["序号", "报送单位", "报道情况", "", "", "刊发情况", ""]
        header = ["序号", "报送单位", "报道日期", "报道标题", "报道形式", "刊发媒体", "媒体级别"]
    doc.p(title, font="方正小标宋简体", size=rng.choice([16, 18]), align="center", spacing=28, after=4)
    fill_day = dt.date(year, 11, rng.randint(10, 28))
    doc.p(f"填报单位：{lv}市场监管局（盖章）{SP * 6}填报日期：{t.date(fill_day, rng.choice(['cn', 'iso']))}", size=11,
          spacing=20, after=4)
    t.facts.update(title=title, doc_type="统计表")
    t.seals.append(("填报单位", organs(place)["amr"][0]))
    groups = sorted(rng.sample(unit_pool, rng.randint(2, 3) if small else rng.randint(4, 6)))
    rows, merges = [], []
    n = 0
    date_style = rng.choice(["cn", "dot0", "iso", "slash"])
    for g in groups:
        k = rng.randint(2, 3) if small else rng.randint(2, 6)
        first = len(rows)
        for _ in range(k):
            n += 1
            day = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
            if style == "training":
                act = rng.choice(ACTIONS) + rng.choice(["培训会", "宣讲活动", "现场咨询", "进企业活动"])
                where = rng.choice([f"{lv}行政服务中心", "局三楼会议室", rng.choice(place["towns"]) + "综合文化站",
                                    "步行街广场"])
                who = rng.choice(["执法人员", "企业代表", "中小学生", "市场经营户", "群众"])
                row = [str(n), g, t.date(day, date_style), act, where, who, str(rng.randint(15, 220))]
            else:
                level = rng.choice(["国家级", "省级", "市级", "市级"])
                outlet = {"国家级": rng.choice(NATIONAL_MEDIA), "省级": rng.choice(PROVINCIAL_MEDIA[place["prov"]]),
                          "市级": place["paper"]}[level]
                t.media(outlet, level)
                row = [str(n), g, t.date(day, date_style),
                       f"{place['county']}{rng.choice(['开展', '组织', '启动'])}{rng.choice(ACTIONS)}",
                       rng.choice(["文字", "图文", "视频"]), outlet, level]
            rows.append(row)
        if k > 1:
            merges.append((2 + first, 1, 2 + first + k - 1, 1))
    printed = [top, header, *rows]
    total = ["合计", "", "", f"{n}项", "", "", str(sum(int(r[6]) for r in rows)) if style == "training" else ""]
    printed.append(total)
    head_merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 6)]
    widths = [10, 32, 24, 56, 26, 24, 16]
    scale = (267 if doc.d.sections[0].page_width > Mm(250) else 180) / sum(widths)
    doc.table(printed, [w * scale for w in widths], size=10.5, header_rows=2, left_cols=(3,),
              merges=(*head_merges, *[(r + 0, c, r1, c1) for r, c, r1, c1 in merges],
                      (len(printed) - 1, 0, len(printed) - 1, 2)))
    t.table(header, rows)
    doc.p("注：本表由各成员单位按季度填报，报送时附活动照片、新闻链接等佐证材料。", size=10.5, spacing=18, before=4)
    return doc


def make_case_list(t: Truth, rng: random.Random, place: dict, year: int, ruling: bool) -> Doc:
    doc = Doc("仿宋_GB2312", 12, None, margins=(25, 20, 20, 25))
    title = f"{full(place)}市场监督管理局{year}年知识产权行政处罚案件{rng.choice(['一览表', '登记表', '统计表'])}"
    lines = add_title(doc, rng, {"tfont": "黑体", "tsize": 18, "tbold": False}, title, rng.choice([1, 2]))
    del lines
    t.facts.update(title=title, doc_type="统计表")
    period = t.span(dt.date(year, 1, 1), dt.date(year, 11, 30), rng.choice(["cn", "dot"]), rng.choice(["至", "—"]))
    doc.p(f"统计时间：{period}", align="left", spacing=20, after=4, size=12)
    case_table(doc, t, rng, place, year, n=rng.randint(18, 30), ruling=ruling, size=10.5, total=rng.random() < 0.6)
    return doc


def make_scheme(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    action = rng.choice(ACTIONS)
    title = f"{full(place)}{year}年{action}实施方案"
    parts = add_title(doc, rng, hs, title, rng.choice([1, 2, 3]))
    del parts
    t.facts.update(title=title, doc_type="方案")
    body(doc, hs, [
        ("p", f"为扎实做好{year}年度知识产权保护工作，{cite_sentence(t, rng, place, rng.choice(BRACKETS))}，"
              f"制定本方案。"),
        ("h1", "一、工作目标"),
        ("p", "坚持严保护、大保护、快保护、同保护，健全行政执法与刑事司法衔接机制，提升群众满意度。"),
        ("h1", "二、任务分工"),
    ])
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    unit_pool = units(place)
    rows = []
    for i in range(rng.randint(8, 14)):
        due = dt.date(year, rng.randint(4, 12), rng.choice([15, 20, 30]))
        task = rng.choice(AGENDA + [f"开展{a}" for a in ACTIONS])
        rows.append([str(i + 1), task + rng.choice(["", "，形成工作台账并报送佐证材料", "，每季度报送一次工作进展"]),
                     rng.choice(unit_pool[:4]), "、".join(rng.sample(unit_pool[4:], 2)),
                     t.date(due, rng.choice(["cn", "md"])) + "前"])
    doc.table([header, *rows], [10, 66, 24, 34, 22], font=hs["font"], size=min(hs["size"], 12), left_cols=(1,))
    t.table(header, rows)
    body(doc, hs, [("h1", "三、保障措施"),
                   ("p", "各牵头单位要建立工作台账，实行销号管理；未按期完成的，纳入年度考核扣分。")])
    if rng.random() < 0.6:
        issuer = organs(place)[rng.choice(["dj", "amr"])][0]
        t.facts["organ"] = issuer
        signature(doc, t, rng, [issuer], dt.date(year, rng.randint(2, 5), rng.randint(1, 28)), "cn")
    return doc


def make_news_print(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """A news report copied from a web page into Word (what units attach as 宣传报道佐证)."""
    doc = Doc(rng.choice(["宋体", "Noto Sans CJK SC", "仿宋_GB2312"]), rng.choice([12, 14]), None)
    day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    level = rng.choice(["省级", "市级", "国家级"])
    outlet = {"国家级": rng.choice(NATIONAL_MEDIA), "省级": rng.choice(PROVINCIAL_MEDIA[place["prov"]]),
              "市级": place["paper"]}[level]
    action = rng.choice(ACTIONS)
    title = rng.choice([f"{place['county']}扎实开展{action}", f"{place['county']}：多措并举护航创新 知识产权保护见实效",
                        f"{place['city']}{place['county']}{action}取得阶段性成效"])
    t.facts.update(title=title, doc_type="新闻报道")
    add_title(doc, rng, {"tfont": "黑体", "tsize": 18, "tbold": True}, title, 1)
    t.media(outlet, level)
    doc.p(f"来源：{outlet}{SP * 2}发布时间：{t.date(day, rng.choice(['iso', 'cn', 'slash0']))} "
          f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", size=10.5, align="center", spacing=18, after=10)
    doc.p(f"本报讯（记者 {names(rng, 1)[0]} 通讯员 {names(rng, 1)[0]}）{t.date(day - dt.timedelta(days=1), 'md')}，"
          f"记者从{place['county']}市场监管局获悉，今年以来该{place['lvl']}共查办商标侵权案件{rng.randint(8, 30)}宗，"
          f"罚没款{rng.randint(5, 80)}.{rng.randint(1, 9)}万元。", indent=2)
    doc.p(f"据介绍，{t.span(dt.date(year, 4, 20), dt.date(year, 4, 26), 'md')}宣传周期间，执法人员走进商场、学校开展"
          f"宣传活动{rng.randint(5, 15)}场，发放资料{rng.randint(1, 9)}千余份。", indent=2)
    doc.p("下一步，该局将持续加大执法力度，营造尊重知识、崇尚创新的良好氛围。", indent=2)
    if rng.random() < 0.5:
        other = rng.choice(NATIONAL_MEDIA)
        t.media(other, "国家级")
        doc.p(f"（本文同时被{other}转载）", size=10.5, align="right")
    return doc


# --- pixels: fonts, seals, scans, photos, image PDFs ------------------------------------------------
FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
_fonts: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _fonts:
        path, index = FONT_FILES[name]
        _fonts[key] = ImageFont.truetype(path, size, index=index)
    return _fonts[key]


def seal_layer(rng: random.Random, text: str, radius: int, bottom: str = "") -> Image.Image:
    """A round red official seal: ring, star, the organ's name along the top arc; worn unevenly."""
    size = radius * 2 + 8
    layer = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(layer)
    c = size / 2
    ring = max(3, radius // 16)
    draw.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=ring)
    star = [(c + radius * 0.28 * math.cos(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.38),
             c + radius * 0.28 * math.sin(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.38)) for k in range(10)]
    draw.polygon(star, fill=255)
    n = len(text)
    fsize = int(radius * (0.30 if n <= 12 else 0.24 if n <= 16 else 0.20))
    span = min(250, 16 * n + 40)
    for k, ch in enumerate(text):
        angle = -90 - span / 2 + span * (k + 0.5) / n
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize // 2, fsize // 2), ch, font=font("sans_bold", fsize), fill=255)
        glyph = glyph.rotate(-(angle + 90), resample=Image.BICUBIC)
        r = radius - ring - fsize * 0.75
        x = c + r * math.cos(math.radians(angle)) - fsize
        y = c + r * math.sin(math.radians(angle)) - fsize
        layer.paste(255, (int(x), int(y)), glyph)
    if bottom:
        f = font("sans", int(radius * 0.16))
        w = draw.textlength(bottom, font=f)
        draw.text((c - w / 2, c + radius * 0.45), bottom, font=f, fill=255)
    wear = np.asarray(layer, dtype=np.float32) / 255
    noise = np.random.default_rng(rng.randrange(1 << 30)).random(wear.shape)
    wear = wear * np.clip(0.55 + 0.6 * cv2.GaussianBlur(noise.astype(np.float32), (0, 0), 2.5) + 0.25 * noise, 0, 1)
    return Image.fromarray((wear * 255).astype(np.uint8)).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def stamp(page: np.ndarray, layer: Image.Image, centre: tuple[float, float], strength: float) -> np.ndarray:
    """Multiply a seal onto an RGB page (red ink darkens green and blue, leaves black text black)."""
    a = np.asarray(layer, dtype=np.float32)[..., None] / 255 * strength
    h, w = a.shape[:2]
    x0, y0 = int(centre[0] - w / 2), int(centre[1] - h / 2)
    x1, y1 = max(0, x0), max(0, y0)
    x2, y2 = min(page.shape[1], x0 + w), min(page.shape[0], y0 + h)
    if x2 <= x1 or y2 <= y1:
        return page
    a = a[y1 - y0:y2 - y0, x1 - x0:x2 - x0]
    ink = np.array([205, 30, 40], dtype=np.float32) / 255
    region = page[y1:y2, x1:x2].astype(np.float32)
    page[y1:y2, x1:x2] = np.clip(region * (1 - a * (1 - ink)), 0, 255).astype(np.uint8)
    return page


def text_box_px(pdf_page, needle: str, scale: float) -> tuple[float, float, float, float] | None:
    """Where `needle` is printed on a PDF page, in pixels at `scale` (spaces ignored)."""
    tp = pdf_page.get_textpage()
    chars, index = [], []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if ch.strip():
            chars.append(ch)
            index.append(i)
    at = "".join(chars).rfind(re.sub(r"\s+", "", needle))  # the signature is the last place a name is printed
    if at < 0:
        return None
    boxes = [tp.get_charbox(index[k]) for k in range(at, at + len(re.sub(r"\s+", "", needle)))]
    height = pdf_page.get_height()
    x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
    y0, y1 = height - max(b[3] for b in boxes), height - min(b[1] for b in boxes)
    return x0 * scale, y0 * scale, x1 * scale, y1 * scale


def render_pdf(pdf: Path, dpi: int, seals: list[tuple[str, str]], rng: random.Random) -> list[np.ndarray]:
    """Rasterise every page at `dpi`, stamping seals over the printed places [(text to cover, organ name)]."""
    doc = pdfium.PdfDocument(pdf)
    scale = dpi / 72
    pages = [np.array(doc[i].render(scale=scale, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB"))
             for i in range(len(doc))]
    for needle, organ in seals:  # each seal once, on the last page that prints its text
        for i in reversed(range(len(doc))):
            box = text_box_px(doc[i], needle, scale)
            if box:
                radius = int(21 * dpi / 25.4)
                centre = ((box[0] + box[2]) / 2 + rng.uniform(-0.3, 0.3) * radius,
                          (box[1] + box[3]) / 2 - rng.uniform(0.1, 0.6) * radius)
                pages[i] = stamp(pages[i], seal_layer(rng, organ, radius), centre, rng.uniform(0.75, 0.95))
                break
    doc.close()
    return pages


def scanned(img: np.ndarray, rng: random.Random, mode: str, dpi: int) -> Image.Image:
    """Paper through a scanner: tone, skew, lid shadow, noise, blur; colour, grey or bilevel (8-bit throughout:
    a 300 dpi page is 26 M samples)."""
    noise_seed = rng.randrange(1 << 30)
    h, w = img.shape[:2]
    out = cv2.convertScaleAbs(img, alpha=rng.uniform(0.9, 0.97), beta=rng.uniform(4, 14))  # paper, toner
    angle = rng.uniform(-1.6, 1.6)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += (rng.uniform(-0.01, 0.01) * w, rng.uniform(-0.01, 0.01) * h)
    out = cv2.warpAffine(out, m, (w, h), borderValue=(250, 250, 250))
    edge = int(w * rng.uniform(0.005, 0.02))
    if rng.random() < 0.6:  # lid shadow along one edge
        ramp = np.linspace(0.45, 1.0, edge, dtype=np.float32)[None, :, None]
        out[:, :edge] = (out[:, :edge] * ramp).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.9) * dpi / 200)
    noise = np.empty(out.shape, np.int16)
    cv2.setRNGSeed(noise_seed)
    cv2.randn(noise, 0, rng.uniform(3, 9))
    out = np.clip(out.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    if mode == "grey":
        return Image.fromarray(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY))
    if mode == "bw":  # half red dropout, as office scanners do: seals turn speckled, red marks stay dark
        grey = cv2.addWeighted(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), 0.5, out[..., 0], 0.5, 0)
        return Image.fromarray(np.where(grey > rng.randint(150, 185), 255, 0).astype(np.uint8)).convert("1")
    return Image.fromarray(out)


def photographed(page: np.ndarray, rng: random.Random, screen: bool = False) -> Image.Image:
    """A phone photo (3024×4032) of a page or a screen on a desk: perspective, rotation, light, shadow,
    blur, moiré for screens, sometimes a finger at the edge."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    W, H = 3024, 4032
    ph, pw = page.shape[:2]
    if pw > ph * 1.1:  # a landscape page is photographed with the phone turned
        W, H = H, W
    w8, h8 = W // 8, H // 8
    desk = np.array(rng.choice([(120, 85, 60), (160, 160, 155), (205, 200, 190), (70, 60, 55)]), dtype=np.float32)
    gy, gx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    grad = (0.8 + 0.3 * (gx / w8) * rng.uniform(0.5, 1) + 0.1 * (gy / h8))[..., None]
    small = np.clip(desk * grad + nrng.normal(0, 6, (h8, w8, 3)).astype(np.float32), 0, 255).astype(np.uint8)
    out = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    page = page.copy()
    if screen:  # moiré: the camera's pixel grid beating against the screen's, and the screen's cold glow
        theta, period = rng.uniform(0, math.pi), rng.uniform(3.2, 6.5)
        ys, xs = np.arange(ph, dtype=np.float32), np.arange(pw, dtype=np.float32)
        ax, by = 2 * math.pi * math.cos(theta) / period, 2 * math.pi * math.sin(theta) / period
        wave = np.outer(np.cos(by * ys), np.sin(ax * xs)) + np.outer(np.sin(by * ys), np.cos(ax * xs))
        beat = np.outer(np.cos(0.004 * ys), np.ones(pw, np.float32))
        factor = (1 + rng.uniform(0.06, 0.12) * wave * beat)[..., None] * np.array([0.93, 0.96, 1.04], np.float32)
        page = np.clip(page.astype(np.float32) * factor, 0, 255).astype(np.uint8)
    fill = rng.uniform(0.72, 0.86)  # the whole page in frame, with some desk around it
    s = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    rot = math.radians(rng.uniform(-4, 4))
    corners = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * cw / 2, dy * ch / 2
        x, y = x * math.cos(rot) - y * math.sin(rot), x * math.sin(rot) + y * math.cos(rot)
        corners.append([cx + x + rng.uniform(-0.045, 0.045) * cw, cy + y + rng.uniform(-0.035, 0.035) * ch])
    tilt = rng.uniform(-0.06, 0.06) * cw  # keystone: the top edge further away
    corners[0][0] += tilt
    corners[1][0] -= tilt
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)]), np.float32(corners))
    cv2.warpPerspective(page, m, (W, H), dst=out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    lx, ly = rng.uniform(0, w8), rng.uniform(0, h8)
    light = 1.08 - 0.35 * np.sqrt((gx - lx) ** 2 + (gy - ly) ** 2) / w8
    if rng.random() < 0.7:  # the phone's or a hand's shadow
        shadow = np.zeros_like(light)
        cv2.ellipse(shadow, (int(rng.uniform(0, w8)), int(rng.uniform(h8 / 2, h8))),
                    (int(w8 * rng.uniform(0.25, 0.5)), int(h8 * rng.uniform(0.15, 0.3))), rng.uniform(0, 180), 0, 360,
                    1.0, -1)
        light *= 1 - rng.uniform(0.25, 0.45) * cv2.GaussianBlur(shadow, (0, 0), 25)
    finger = np.zeros_like(light)
    if rng.random() < 0.4:  # a finger holding the page
        side = rng.choice(["bottom", "left", "right"])
        fx = int(rng.uniform(0.3, 0.7) * w8) if side == "bottom" else (0 if side == "left" else w8)
        fy = h8 if side == "bottom" else int(rng.uniform(0.5, 0.85) * h8)
        cv2.ellipse(finger, (fx, fy), (int(w8 * 0.07), int(h8 * 0.09)), rng.uniform(-30, 30), 0, 360, 1.0, -1)
        finger = cv2.GaussianBlur(finger, (0, 0), 1.5)
    tint = np.array([1.0, 0.97, rng.uniform(0.86, 0.95)], np.float32)  # warm indoor light
    gain = cv2.resize(light[..., None] * tint * (1 - finger[..., None]), (W, H), interpolation=cv2.INTER_LINEAR)
    skin = cv2.resize(finger[..., None] * np.array([205, 150, 125], np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    result = out.astype(np.float32)
    result *= gain
    result += skin
    result = np.clip(result, 0, 255).astype(np.uint8)
    if rng.random() < 0.3:  # hand shake
        k = rng.randint(5, 11)
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1
        kernel = cv2.warpAffine(kernel, cv2.getRotationMatrix2D((k / 2, k / 2), rng.uniform(0, 180), 1), (k, k))
        result = cv2.filter2D(result, -1, kernel / max(float(kernel.sum()), 1e-6))
    else:
        result = cv2.GaussianBlur(result, (0, 0), rng.uniform(0.8, 2.2))
    noise = np.empty(result.shape, np.int16)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, 0, rng.uniform(3, 8))
    result = np.clip(result.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(result)


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def image_pdf(images: list[Image.Image], dpi: int, quality: int) -> bytes:
    """An image-only PDF as scanners write it: one JPEG (or Flate bilevel) image per page, no text layer."""
    objects: list[bytes] = []
    kids = []
    for img in images:
        w, h = img.size
        if img.mode == "1":
            raw = np.packbits(np.asarray(img, dtype=bool), axis=1).tobytes()  # bit 1 = white
            data, colour, bits, filt = zlib.compress(raw, 9), "/DeviceGray", 1, "/FlateDecode"
        else:
            data = jpeg_bytes(img, quality)
            colour, bits, filt = ("/DeviceGray" if img.mode == "L" else "/DeviceRGB"), 8, "/DCTDecode"
        n = len(objects) + 3
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d "
                       b"/Filter %s /Length %d >>\nstream\n" % (w, h, colour.encode(), bits, filt.encode(), len(data))
                       + data + b"\nendstream")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                       b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pw, ph, n, n + 1))
        kids.append(n + 2)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body_ in enumerate(head + objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body_ + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return out.getvalue()


# --- screenshots --------------------------------------------------------------------------------------
class Canvas:
    """A screen drawn with Pillow; remembers every string it drew (for the printed-text check)."""

    def __init__(self, width: int, height: int, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (width, height), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.width = width

    def text(self, x: float, y: float, s: str, face: str, size: int, fill, anchor: str = "la") -> float:
        self.d.text((x, y), s, font=font(face, size), fill=fill, anchor=anchor)
        self.texts.append(s)
        return self.d.textlength(s, font=font(face, size))

    def wrap(self, x: float, y: float, width: float, s: str, face: str, size: int, fill, lead: float = 1.75,
             indent: int = 0, align: str = "left", limit: float | None = None):
        """Greedy line breaking by measured width (no punctuation at a line start); returns the next y, or None
        (drawing nothing) when the paragraph would run past `limit`."""
        f = font(face, size)
        lines, line = [], " " * 0 + "\u3000" * indent
        for ch in s:
            too_long = self.d.textlength(line + ch, font=f) > width
            if too_long and line.strip("\u3000") and ch not in "，。、；：”）》！？":
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        if limit is not None and y + len(lines) * size * lead > limit:
            return None
        for ln in lines:
            lx = x + (width - self.d.textlength(ln, font=f)) / 2 if align == "center" else x
            self.d.text((lx, y), ln, font=f, fill=fill)
            y += size * lead
        self.texts.append(s)
        return y

    def photo_block(self, rng: random.Random, x: int, y: int, w: int, h: int) -> int:
        """A news photo: a blurred scene with a red banner stands in for the real one."""
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        base = nrng.integers(60, 200, (6, 8, 3)).astype(np.uint8)
        pic = cv2.GaussianBlur(cv2.resize(base, (w, h), interpolation=cv2.INTER_CUBIC), (0, 0), 9)
        cv2.rectangle(pic, (w // 8, h // 6), (w * 7 // 8, h // 6 + h // 10), (180, 20, 30), -1)
        self.img.paste(Image.fromarray(pic), (x, y))
        return y + h

    def crop(self, bottom: int) -> Image.Image:
        return self.img.crop((0, 0, self.img.width, min(self.img.height, int(bottom))))


def status_bar(c: Canvas, rng: random.Random, dark: bool = False) -> int:
    fg = (230, 230, 230) if dark else (20, 20, 20)
    c.text(60, 38, f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", "sans_bold", 38, fg)
    c.d.rectangle([c.width - 150, 44, c.width - 80, 76], outline=fg, width=3)
    c.d.rectangle([c.width - 146, 48, c.width - 146 + rng.randint(20, 62), 72], fill=fg)
    c.text(c.width - 300, 40, "5G", "sans_bold", 32, fg)
    return 120


def article_paragraphs(t: Truth, rng: random.Random, place: dict, year: int, day: dt.date,
                       md_ok: bool) -> list[tuple[str, Truth]]:
    """Paragraphs of a news article, each with its own scratch truth: merged only when it is drawn."""
    lv = place["lvl"]
    scratch = [Truth(t.kind, t.fmt) for _ in range(4)]
    action = rng.choice(ACTIONS)
    style = "md" if md_ok else "cn"
    before = day - dt.timedelta(days=rng.randint(1, 3))
    county, town = place["county"], rng.choice(place["towns"])
    week = scratch[2].span(dt.date(year, 4, 20), dt.date(year, 4, 26), style)
    paras = [f"{scratch[0].date(before, style)}，{county}市场监管局联合{lv}公安分局、{lv}文广旅体局在{town}"
             f"开展{action}，共出动执法人员{rng.randint(20, 90)}人次，检查经营主体{rng.randint(40, 300)}家，"
             f"查扣涉嫌侵权商品{rng.randint(50, 900)}件。",
             f"据了解，今年以来，{county}已立案查处知识产权违法案件{rng.randint(8, 40)}宗，"
             f"案值{rng.randint(5, 90)}万元，移送公安机关{rng.randint(1, 6)}宗。",
             f"{week}知识产权宣传周期间，执法人员还走进校园、商圈，"
             f"发放宣传资料{rng.randint(2, 9)}000余份，现场解答群众咨询{rng.randint(100, 600)}人次。",
             "下一步，该局将持续保持高压态势，推动知识产权保护工作再上新台阶。"]
    return list(zip(paras, scratch, strict=True))


def account_name(place: dict, rng: random.Random) -> str:
    county = place["county"]
    return rng.choice([f"{county}发布", f"{county[:-1]}市场监管", f"{place['city'][:-1]}{county[:-1]}知识产权",
                       f"{county}市场监管局"])  # government accounts, not media


def shot_wechat(t: Truth, rng: random.Random, place: dict, year: int, dark: bool = False, long: bool = False):
    bg, fg, grey = ((25, 25, 25), (215, 215, 215), (130, 130, 130)) if dark else ((255, 255, 255), (25, 25, 25),
                                                                                  (150, 150, 150))
    c = Canvas(1080, 6000 if long else 2400, bg)
    y = status_bar(c, rng, dark)
    c.text(50, y + 10, "×", "sans", 48, fg)
    c.text(1000, y + 10, "···", "sans_bold", 44, fg)
    y += 110
    day = dt.date(year, rng.randint(3, 11), rng.randint(2, 28))
    action = rng.choice(ACTIONS)
    title = rng.choice([f"{place['county']}开展{action}，守护群众“舌尖上”“指尖上”的安全",
                        f"严打侵权假冒！{place['county']}查办一批商标侵权案件",
                        f"知识产权宣传周｜{place['county']}多措并举营造尊重知识产权良好氛围"])
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(50, y, 980, title, "sans_bold", 58, fg, lead=1.45)
    y += 20
    account = account_name(place, rng)
    x = 50 + c.text(50, y, account, "sans", 34, (87, 107, 149))
    when = rng.choice(["iso", "cn"])
    c.text(x + 24, y, f"{t.date(day, when)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", "sans", 34, grey)
    c.text(900, y, {"粤": "广东", "豫": "河南", "宁": "宁夏", "鄂": "湖北"}[place["prov"]], "sans", 34, grey)
    y += 100
    paras = article_paragraphs(t, rng, place, year, day, md_ok=True)
    if long:
        paras += article_paragraphs(t, rng, place, year, day + dt.timedelta(days=rng.randint(20, 60)), md_ok=False)
    limit = c.img.height - 30
    full_page = True
    for i, (para, scratch) in enumerate(paras):
        ny = c.wrap(50, y, 980, para, "sans", 46, fg, lead=1.8, limit=limit)
        if ny is None:
            full_page = False
            break
        t.merge(scratch)
        y = ny + 30
        if (i in (0, 4) or (long and i == 2)) and y + 760 < limit:
            y = c.photo_block(rng, 50, int(y), 980, 620) + 20
            y = c.wrap(50, y, 980, "▲ 执法人员对商户经营的商品进行检查", "sans", 34, grey, align="center") + 30
    level = rng.choice(["市级", "省级"])
    outlet = place["paper"] if level == "市级" else place["ppaper"]
    if full_page and rng.random() < 0.6 and (ny := c.wrap(50, y, 980, f"来源：{outlet}", "sans", 38, grey,
                                                          limit=limit)) is not None:
        t.media(outlet, level)
        y = ny + 10
    if y + 160 < limit:
        c.text(50, y + 20, f"编辑：{names(rng, 1)[0]}  审核：{names(rng, 1)[0]}", "sans", 34, grey)
        c.text(50, y + 100, f"阅读 {rng.randint(500, 9000)}", "sans", 34, grey)
    return c.crop(y + 200) if long else c.img, c.texts


def shot_govsite(t: Truth, rng: random.Random, place: dict, year: int):
    c = Canvas(1920, 1080 if rng.random() < 0.5 else 1400, (255, 255, 255))
    day = dt.date(year, rng.randint(3, 11), rng.randint(2, 28))
    lv = place["lvl"]
    # browser chrome
    c.d.rectangle([0, 0, 1920, 90], fill=(222, 225, 230))
    action = rng.choice(ACTIONS)
    title = rng.choice([f"{place['county']}市场监管局召开{year}年知识产权保护工作推进会暨{action}部署会",
                        f"{place['county']}多部门联合开展{action}",
                        f"关于{place['county']}{year}年{action}开展情况的通报"])
    c.text(20, 12, title[:14] + "…", "sans", 22, (40, 40, 40))
    url = f"http://www.{place['slug']}.gov.cn/xxgk/zwdt/{day:%Y%m}/t{day:%Y%m%d}_{rng.randint(2000000, 2999999)}.html"
    c.text(80, 54, url, "sans", 22, (60, 60, 60))
    # banner and menu
    c.d.rectangle([0, 90, 1920, 230], fill=(176, 28, 34))
    c.text(260, 125, place["site"], "serif_bold", 56, (255, 240, 200))
    c.d.rectangle([0, 230, 1920, 290], fill=(150, 20, 26))
    for i, item in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进" + place["county"]]):
        c.text(300 + i * 250, 243, item, "sans", 28, (255, 255, 255))
    c.text(260, 310, "当前位置：首页 > 政务公开 > 政务动态", "sans", 22, (90, 90, 90))
    y = 370
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(360, y, 1200, title, rng.choice(["sans_bold", "serif_bold"]), rng.choice([38, 42]), (30, 30, 30),
               lead=1.45, align="center") + 14
    source = rng.choice(["gov", "gov", "paper"])
    src = f"{lv}市场监管局" if source == "gov" else place["paper"]
    if source == "paper":
        t.media(src, "市级")
    meta = f"发布时间：{t.date(day, rng.choice(['iso', 'cn']))} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    c.text(960, y, f"{meta}    来源：{src}    浏览次数：{rng.randint(100, 5000)}    【字体：大 中 小】", "sans", 22,
           (110, 110, 110), anchor="ma")
    y += 50
    c.d.line([300, y, 1620, y], fill=(200, 200, 200), width=2)
    y += 30
    face = rng.choice(["ming", "sans"])
    for para, scratch in article_paragraphs(t, rng, place, year, day, md_ok=True):
        ny = c.wrap(300, y, 1320, para, face, 28, (40, 40, 40), lead=1.9, indent=2, limit=c.img.height - 80)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 10
    if rng.random() < 0.5:  # the Windows task bar: a clock with the day the screenshot was taken
        c.d.rectangle([0, c.img.height - 60, 1920, c.img.height], fill=(30, 34, 44))
        taken = day + dt.timedelta(days=rng.randint(1, 40))
        c.text(1840, c.img.height - 56, f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}", "sans", 20, (240, 240, 240),
               anchor="ma")
        c.text(1840, c.img.height - 30, t.date(taken, "slash"), "sans", 20, (240, 240, 240), anchor="ma")
    return c.img, c.texts


def shot_newsapp(t: Truth, rng: random.Random, place: dict, year: int):
    c = Canvas(1080, 2400)
    y = status_bar(c, rng)
    app = place["app"]
    c.d.rectangle([0, y, 1080, y + 120], fill=(200, 16, 30))
    c.text(540, y + 30, app, "sans_bold", 52, (255, 255, 255), anchor="ma")
    y += 170
    t.media(app, "省级")
    day = dt.date(year, rng.randint(3, 11), rng.randint(2, 28))
    title = rng.choice([f"{place['city']}{place['county']}：知识产权保护跑出“加速度”",
                        f"{place['county']}开展{rng.choice(ACTIONS)} 查扣侵权商品千余件"])
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(50, y, 980, title, "serif_bold", 62, (20, 20, 20), lead=1.4) + 20
    relative = rng.random() < 0.4
    reporter = names(rng, 1)[0]
    if relative:
        stamp_text = rng.choice(["3小时前", "昨天 18:30", "2天前"])
    else:
        stamp_text = f"{t.date(day, rng.choice(['iso', 'cn']))} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    c.text(50, y, f"{app}记者 {reporter}", "sans", 34, (120, 120, 120))
    c.text(1030, y, stamp_text, "sans", 34, (120, 120, 120), anchor="ra")
    y += 90
    for i, (para, scratch) in enumerate(article_paragraphs(t, rng, place, year, day, md_ok=not relative)):
        ny = c.wrap(50, y, 980, para, "sans", 48, (40, 40, 40), lead=1.75, limit=c.img.height - 30)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 30
        if i == 0 and y + 600 < c.img.height:
            y = c.photo_block(rng, 50, int(y), 980, 560) + 40
    return c.img, c.texts


def shot_weibo(t: Truth, rng: random.Random, place: dict, year: int):
    c = Canvas(1080, 2600, (244, 244, 244))
    y = status_bar(c, rng)
    c.d.rectangle([0, y, 1080, 2600], fill=(255, 255, 255))
    media_account = rng.random() < 0.4
    account = place["paper"] if media_account else f"{place['county']}市场监管"
    if media_account:
        t.media(account, "市级")
    c.d.ellipse([40, y + 30, 150, y + 140], fill=(200, 60, 50))
    c.text(175, y + 35, account, "sans_bold", 40, (235, 115, 65))
    day = dt.date(year, rng.randint(3, 11), rng.randint(2, 28))
    dated = rng.random() < 0.6
    when = (f"{t.date(day, 'dash')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}" if dated else
            f"{day.month}-{day.day} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
    c.text(175, y + 95, f"{when} 来自 微博 weibo.com", "sans", 30, (150, 150, 150))
    y += 190
    headline = f"{place['county']}开展{rng.choice(ACTIONS)}"
    t.facts.update(title=headline, doc_type="新闻报道")
    text = (f"#知识产权宣传周# 【{headline}】为营造尊重知识产权的良好氛围，{place['county']}市场监管局近日联合"
            f"多部门走进{rng.choice(place['towns'])}，开展知识产权宣传和执法检查，"
            f"共检查经营户{rng.randint(30, 200)}家，"
            f"发放宣传资料{rng.randint(500, 3000)}份。")
    if dated:
        text += f"{t.date(day - dt.timedelta(days=1), 'md')}起，还将开展为期一个月的集中整治。"
    y = c.wrap(40, y, 1000, text, "sans", 44, (30, 30, 30), lead=1.7) + 20
    for k in range(3):
        c.photo_block(rng, 40 + k * 336, int(y), 326, 326)
    y += 360
    c.d.line([0, y, 1080, y], fill=(230, 230, 230), width=2)
    c.text(120, y + 30, f"转发 {rng.randint(3, 90)}", "sans", 32, (120, 120, 120))
    c.text(480, y + 30, f"评论 {rng.randint(3, 90)}", "sans", 32, (120, 120, 120))
    c.text(840, y + 30, f"赞 {rng.randint(10, 500)}", "sans", 32, (120, 120, 120))
    y += 110
    for who in names(rng, 2):
        c.text(60, y, who, "sans", 34, (235, 115, 65))
        c.text(60, y + 50, rng.choice(["点赞！", "支持严厉打击侵权假冒！", "希望常态化开展"]), "sans", 38, (40, 40, 40))
        c.text(60, y + 105, rng.choice(["2小时前", "昨天 21:14", "1天前"]), "sans", 28, (160, 160, 160))
        y += 170
    return c.crop(y + 40), c.texts


# --- XLSX -------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XL_DATES = {"cn": 'yyyy"年"m"月"d"日"', "iso": "yyyy-mm-dd", "slash": "yyyy/m/d", "dot0": "yyyy.mm.dd"}


def xl_write(ws, row: int, values: list, bold: bool = False, border: bool = True, size: int = 11,
             dates: dict | None = None, first_col: int = 1) -> None:
    for c, value in enumerate(values, start=first_col):
        cell = ws.cell(row, c, value)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if border:
            cell.border = BOX
        if dates and c in dates:
            cell.number_format = dates[c]


def xl_title(ws, title: str, width: int, size: int = 16) -> None:
    ws.cell(1, 1, title).font = Font(name="方正小标宋简体", size=size, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 36


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> list[str]:
    """Ledgers as units keep them; returns the strings shown in the cells (for the printed-text check)."""
    wb = openpyxl.Workbook()
    shown: list[str] = []
    lv = place["lvl"]
    unit_pool = units(place)

    def show(day: dt.date, fmt: str) -> dt.datetime:
        shown.append(t.date(day, fmt))
        return dt.datetime(day.year, day.month, day.day)

    if style == "training":
        ws = wb.active
        ws.title = "培训台账"
        title = f"{year}年度知识产权保护业务培训及宣传活动台账"
        xl_title(ws, title, 7)
        fill_day = dt.date(year, 11, rng.randint(20, 30))
        ws.cell(2, 1, f"填报单位（盖章）：{lv}市场监管局")
        ws.cell(2, 5, "填报日期：")
        ws.cell(2, 6, show(fill_day, "cn")).number_format = XL_DATES["cn"]
        xl_write(ws, 3, ["序号", "活动情况", None, None, "参加情况", None, "佐证材料"], bold=True)
        xl_write(ws, 4, [None, "活动时间", "活动名称", "主办单位", "参加对象", "参加人数", None], bold=True)
        for a, b in (("A3", "A4"), ("B3", "D3"), ("E3", "F3"), ("G3", "G4")):
            ws.merge_cells(f"{a}:{b}")
        header = ["序号", "活动时间", "活动名称", "主办单位", "参加对象", "参加人数", "佐证材料"]
        fmt = rng.choice(["cn", "iso", "slash"])
        rows = []
        n = rng.randint(9, 16)
        for i in range(n):
            day = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
            act = f"{rng.choice(ACTIONS)}{rng.choice(['培训会', '宣讲会', '进社区', '进企业'])}"
            who = rng.choice(["执法人员", "企业代表", "群众", "学生"])
            values = [i + 1, show(day, fmt), act, rng.choice(unit_pool), who, rng.randint(20, 260),
                      rng.choice(["照片、签到表", "新闻链接", "照片", "通知、签到表"])]
            xl_write(ws, 5 + i, values, dates={2: XL_DATES[fmt]})
            rows.append([str(i + 1), DATE_STYLES[fmt](day), *[str(v) for v in values[2:]]])
        total = sum(int(r[5]) for r in rows)
        xl_write(ws, 5 + n, ["合计", None, f"共{n}场", None, None, total, None], bold=True)
        ws.merge_cells(start_row=5 + n, start_column=1, end_row=5 + n, end_column=2)
        for k in range(rng.randint(2, 4)):
            xl_write(ws, 6 + n + k, [n + 1 + k, None, None, None, None, None, None])
        t.facts.update(title=title, doc_type="统计表")
        t.table(header, rows)
    elif style == "cases":
        title = f"{year}年{place['county']}知识产权行政处罚案件台账"
        t.facts.update(title=title, doc_type="统计表")
        for k, sheet in enumerate(["行政处罚", "移送公安"]):
            ws = wb.active if k == 0 else wb.create_sheet(sheet)
            ws.title = sheet
            stitle = title if k == 0 else f"{year}年涉嫌犯罪案件移送公安机关情况表"
            width = 7 if k == 0 else 5
            xl_title(ws, stitle, width, 14)
            if k == 0:
                header = ["序号", "处罚决定书文号", "当事人", "违法行为", "立案日期", "结案日期", "罚没金额（元）"]
            else:
                header = ["序号", "案件名称", "移送日期", "接收单位", "备注"]
            xl_write(ws, 2, header, bold=True)
            rows = []
            bracket = rng.choice(["〔〕", "[]", "（）"])
            for i in range(rng.randint(6, 12) if k == 0 else rng.randint(2, 4)):
                opened = dt.date(year, rng.randint(1, 9), rng.randint(1, 28))
                if k == 0:
                    closed = opened + dt.timedelta(days=rng.randint(15, 70))
                    no = t.docno(organs(place)["amr"][1] + "罚", year, rng.randint(1, 99), bracket)
                    shown.append(no)
                    values = [i + 1, no, f"{place['county'][:-1]}{rng.choice(['鑫源', '华联', '百家', '佳美'])}商行",
                              rng.choice(["销售侵犯注册商标专用权商品", "假冒专利", "擅自使用知名商品特有名称"]),
                              show(opened, "iso"), show(closed, "iso"), rng.choice([5000, 12000, 30000, 8600, 150000])]
                    xl_write(ws, 3 + i, values, dates={5: XL_DATES["iso"], 6: XL_DATES["iso"]})
                    rows.append([str(i + 1), no, values[2], values[3], opened.isoformat(), closed.isoformat(),
                                 str(values[6])])
                else:
                    police = f"{place['city']}公安局{place['county']}分局" if lv != "市" else f"{place['county']}公安局"
                    values = [i + 1, f"{names(rng, 1)[0]}涉嫌销售假冒注册商标的商品案", show(opened, "cn"), police,
                              rng.choice(["已立案", "审查中", ""])]
                    xl_write(ws, 3 + i, values, dates={3: XL_DATES["cn"]})
                    rows.append([str(i + 1), values[1], DATE_STYLES["cn"](opened), values[3], values[4]])
            t.table(header, rows)
    elif style == "media":
        ws = wb.active
        ws.title = "宣传报道"
        title = f"{place['county']}{year}年知识产权保护宣传报道统计表"
        xl_title(ws, title, 6)
        t.facts.update(title=title, doc_type="统计表")
        header = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发时间", "链接"]
        xl_write(ws, 2, header, bold=True)
        rows = []
        for i in range(rng.randint(8, 14)):
            level = rng.choice(["国家级", "省级", "省级", "市级"])
            outlet = {"国家级": rng.choice(NATIONAL_MEDIA), "省级": rng.choice(PROVINCIAL_MEDIA[place["prov"]]),
                      "市级": place["paper"]}[level]
            t.media(outlet, level)
            day = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
            text_day = t.date(day, "dot")
            shown.append(text_day)
            headline = f"{place['county']}{rng.choice(['开展', '推进', '部署'])}{rng.choice(ACTIONS)}"
            link = f"https://news.example.cn/{day:%Y%m}/{rng.randint(100000, 999999)}.html"
            xl_write(ws, 3 + i, [i + 1, headline, outlet, level, text_day, link])
            rows.append([str(i + 1), headline, outlet, level, text_day, link])
        note = len(rows) + 3
        ws.cell(note, 1, "注：媒体级别按国家级、省级、市级填写；同一报道被多家媒体刊发的分别填报。")
        ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=6)
        t.table(header, rows)
    elif style == "signin":
        ws = wb.active
        ws.title = "签到表"
        day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
        title = f"{year}年知识产权纠纷调解员业务培训签到表"
        xl_title(ws, title, 5)
        t.facts.update(title=title, doc_type="签到表")
        ws.cell(2, 1, "培训时间：")
        ws.cell(2, 2, show(day, "cn")).number_format = XL_DATES["cn"]
        header = ["序号", "姓名", "单位", "职务", "联系电话"]
        xl_write(ws, 3, header, bold=True)
        people = names(rng, rng.randint(10, 20))
        rows = []
        for i, who in enumerate(people):
            values = [i + 1, who, rng.choice(unit_pool), rng.choice(POSITIONS), phone(rng)]
            xl_write(ws, 4 + i, values)
            rows.append([str(v) for v in values])
        for k in range(rng.randint(3, 6)):
            xl_write(ws, 4 + len(people) + k, [len(people) + 1 + k, None, None, None, None])
        t.table(header, rows)
        t.attendance(people)
    elif style == "stats":
        ws = wb.active
        ws.title = "Sheet1"
        title = f"{place['county']}{year}年1—10月知识产权案件查办情况统计表"
        ws.cell(1, 1, "附件2")
        ws.cell(2, 1, title).font = Font(name="黑体", size=16)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
        ws.cell(3, 1, f"填报单位：{lv}打假办")
        ws.cell(3, 5, "单位：件、万元")
        t.facts.update(title=title, doc_type="统计表")
        header = ["案件类别", "执法部门", "立案数", "结案数", "罚没金额", "移送司法"]
        xl_write(ws, 4, header, bold=True)
        rows = []
        r = 5
        police = f"{lv}公安分局" if lv != "市" else "市公安局"
        for kind, depts in (("商标侵权", [f"{lv}市场监管局", police]), ("专利侵权", [f"{lv}市场监管局"]),
                            ("著作权侵权", [f"{lv}文广旅体局", f"{lv}委宣传部（{lv}版权局）"])):
            first = r
            for dept in depts:
                a = rng.randint(1, 20)
                values = [kind if r == first else None, dept, a, rng.randint(0, a), round(rng.uniform(0.5, 30), 1),
                          rng.randint(0, 3)]
                xl_write(ws, r, values)
                rows.append([kind, dept, *[str(v) for v in values[2:]]])
                r += 1
            if len(depts) > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        xl_write(ws, r, ["合计", None, sum(int(x[2]) for x in rows), sum(int(x[3]) for x in rows),
                         round(sum(float(x[4]) for x in rows), 1), sum(int(x[5]) for x in rows)], bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        t.table(header, rows)
    elif style == "register":  # a table that starts at B4 under a title in B2, dates typed as text
        ws = wb.active
        ws.title = "调解登记"
        title = f"{place['county']}知识产权纠纷人民调解案件登记表"
        ws.cell(2, 2, title).font = Font(name="黑体", size=15)
        ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=7)
        ws.cell(3, 2, f"调解组织：{place['county']}知识产权纠纷人民调解委员会")
        t.facts.update(title=title, doc_type="统计表")
        header = ["编号", "申请日期", "申请人", "被申请人", "纠纷类型", "调解结果"]
        xl_write(ws, 4, header, bold=True, first_col=2)
        rows = []
        for i in range(rng.randint(5, 9)):
            day = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
            number = f"{place['a']}知调〔{year}〕{i + 1:02d}"
            values = [number, show(day, rng.choice(["dot", "dot0"])), names(rng, 1)[0],
                      f"{rng.choice(place['towns'])}{rng.choice(['某商行', '某电器店', '某药店'])}",
                      rng.choice(["商标侵权", "专利侵权", "著作权侵权"]),
                      rng.choice(["调解成功", "调解不成", "撤回申请"])]
            xl_write(ws, 5 + i, values, first_col=2)
            rows.append(values)
        ws.cell(6 + len(rows), 2, "填表说明：申请日期以收到调解申请书之日为准。")
        t.table(header, rows)
    elif style == "monthly":
        title = None
        for k, month in enumerate(rng.sample(range(1, 11), 3)):
            ws = wb.active if k == 0 else wb.create_sheet()
            ws.title = f"{month}月"
            stitle = f"{year}年{month}月知识产权投诉举报处理登记表"
            title = title or stitle
            xl_title(ws, stitle, 6, 14)
            header = ["序号", "受理日期", "投诉举报人", "被投诉对象", "事项", "办理结果"]
            xl_write(ws, 2, header, bold=True)
            rows = []
            for i in range(rng.randint(3, 7)):
                day = dt.date(year, month, rng.randint(1, 28))
                values = [i + 1, show(day, "slash"), names(rng, 1)[0][0] + "某",
                          f"{rng.choice(place['towns'])}{rng.choice(['某超市', '某服装店', '某五金店'])}",
                          rng.choice(["销售假冒商标商品", "侵犯外观设计专利", "盗版图书"]),
                          rng.choice(["已办结", "已立案", "不予受理"])]
                xl_write(ws, 3 + i, values, dates={2: XL_DATES["slash"]})
                rows.append([str(i + 1), DATE_STYLES["slash"](day), *values[2:]])
            t.table(header, rows)
        t.facts.update(title=title, doc_type="统计表")
    for ws in wb.worksheets:
        for col, width in zip("ABCDEFG", (8, 16, 30, 22, 16, 14, 16), strict=True):
            ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = wb.properties.lastModifiedBy = "user"
    save_xlsx(wb, path)  # Workbook.save would stamp `modified` with the time of the run
    return shown + [t.facts["title"]]


# --- the corpus -----------------------------------------------------------------------------------------
def notice(header, doc_type="通知", **kw):
    return lambda t, rng, place, year: make_notice(t, rng, place, year, header, doc_type, **kw)


def minutes(style):
    return lambda t, rng, place, year: make_minutes(t, rng, place, year, style)


def signin(style):
    return lambda t, rng, place, year: make_signin(t, rng, place, year, style)


def ledger(style, small=False):
    return lambda t, rng, place, year: make_ledger_doc(t, rng, place, year, style, small)


def cases(ruling):
    return lambda t, rng, place, year: make_case_list(t, rng, place, year, ruling)


def scheme():
    return make_scheme


def news():
    return make_news_print


def scan(dpi, mode):
    return {"dpi": dpi, "mode": mode}


def shot(fn, **kw):
    return lambda t, rng, place, year: fn(t, rng, place, year, **kw)


# name → (kind, format, source, capture). Capture for scans: dpi, mode (colour|grey|bw), quality; photos: screen.
PLAN: list[tuple[str, str, str, tuple, dict]] = [
    # text PDFs printed from Word
    ("通知-01.pdf", "text_pdf", "pdf", ("doc", notice("centre", title_lines=2)), {}),
    ("通知-02.pdf", "text_pdf", "pdf", ("doc", notice("joint2", title_lines=3)), {}),
    ("通知-03.pdf", "text_pdf", "pdf", ("doc", notice("signer_left", title_lines=2)), {}),
    ("通知-04.pdf", "text_pdf", "pdf", ("doc", notice("centre", title_lines=1, sigbox=True)), {}),
    ("函-01.pdf", "text_pdf", "pdf", ("doc", notice("letter", "函", title_lines=2)), {}),
    ("函-02.pdf", "text_pdf", "pdf", ("doc", notice("plain", "函", title_lines=1)), {}),
    ("会议纪要-01.pdf", "text_pdf", "pdf", ("doc", minutes("masthead")), {}),
    ("会议记录-02.pdf", "text_pdf", "pdf", ("doc", minutes("labelled")), {}),
    ("会议纪要-03.pdf", "text_pdf", "pdf", ("doc", minutes("prose")), {}),
    ("方案-01.pdf", "text_pdf", "pdf", ("doc", scheme()), {}),
    ("统计表-01.pdf", "text_pdf", "pdf", ("doc", ledger("training")), {}),
    ("案件一览表-01.pdf", "text_pdf", "pdf", ("doc", cases(False)), {}),
    ("签到表-01.pdf", "text_pdf", "pdf", ("doc", signin("typed")), {}),
    ("新闻报道-01.pdf", "text_pdf", "pdf", ("doc", news()), {}),
    # DOCX as sent
    ("通知-05.docx", "docx", "docx", ("doc", notice("joint3", title_lines=2, table=True)), {}),
    ("通知-06.docx", "docx", "docx", ("doc", notice("signer_right", title_lines=3, sigbox=True)), {}),
    ("会议记录-04.docx", "docx", "docx", ("doc", minutes("form")), {}),
    ("会议纪要-05.docx", "docx", "docx", ("doc", minutes("masthead")), {}),
    ("签到表-02.docx", "docx", "docx", ("doc", signin("two_up")), {}),
    ("统计表-02.docx", "docx", "docx", ("doc", ledger("publicity")), {}),
    ("方案-02.docx", "docx", "docx", ("doc", scheme()), {}),
    ("函-03.docx", "docx", "docx", ("doc", notice("letter", "函", title_lines=1)), {}),
    ("新闻报道-02.docx", "docx", "docx", ("doc", news()), {}),
    ("会议记录-06.docx", "docx", "docx", ("doc", minutes("labelled")), {}),
    # scans
    ("扫描件-通知-01.pdf", "scan", "pdf", ("doc", notice("centre", title_lines=2)), scan(150, "grey")),
    ("扫描件-通知-02.pdf", "scan", "pdf", ("doc", notice("signer_left", title_lines=3)), scan(300, "bw")),
    ("扫描件-通知-03.jpg", "scan", "jpg", ("doc", notice("joint2", title_lines=2, short=True)), scan(200, "colour")),
    ("扫描件-通知-04.pdf", "scan", "pdf", ("doc", notice("slip", title_lines=2)), scan(200, "grey")),
    ("扫描件-通知-05.pdf", "scan", "pdf", ("doc", notice("centre", title_lines=1, table=True)), scan(200, "bw")),
    ("扫描件-函-01.png", "scan", "png", ("doc", notice("plain", "函", title_lines=2, short=True)), scan(150, "colour")),
    ("扫描件-函-02.jpg", "scan", "jpg", ("doc", notice("letter", "函", title_lines=2, short=True)),
     scan(300, "colour")),
    ("扫描件-函-03.jpg", "scan", "jpg", ("doc", notice("signer_right", "函", title_lines=1, short=True)),
     scan(150, "grey")),
    ("扫描件-会议纪要-01.pdf", "scan", "pdf", ("doc", minutes("masthead")), scan(200, "grey")),
    ("扫描件-会议记录-02.png", "scan", "png", ("doc", minutes("labelled")), scan(150, "colour")),
    ("扫描件-会议纪要-03.pdf", "scan", "pdf", ("doc", minutes("prose")), scan(300, "bw")),
    ("扫描件-会议记录-04.jpg", "scan", "jpg", ("doc", minutes("form")), scan(200, "grey")),
    ("扫描件-签到表-01.jpg", "scan", "jpg", ("doc", signin("typed")), scan(150, "grey")),
    ("扫描件-签到表-02.pdf", "scan", "pdf", ("doc", signin("hand")), scan(200, "colour")),
    ("扫描件-签到表-03.png", "scan", "png", ("doc", signin("two_up")), scan(300, "grey")),
    ("扫描件-案件一览表-01.pdf", "scan", "pdf", ("doc", cases(True)), scan(200, "grey")),
    ("扫描件-统计表-01.pdf", "scan", "pdf", ("doc", ledger("training")), scan(150, "colour")),
    ("扫描件-统计表-02.png", "scan", "png", ("doc", ledger("publicity", small=True)), scan(300, "grey")),
    ("扫描件-方案-01.pdf", "scan", "pdf", ("doc", scheme()), scan(300, "grey")),
    ("扫描件-新闻报道-01.jpg", "scan", "jpg", ("doc", news()), scan(150, "colour")),
    # phone photos
    ("照片-通知-01.jpg", "photo", "jpg", ("doc", notice("centre", title_lines=2, short=True)), {}),
    ("照片-通知-02.jpg", "photo", "jpg", ("doc", notice("joint3", title_lines=2, short=True)), {}),
    ("照片-函-01.jpg", "photo", "jpg", ("doc", notice("letter", "函", title_lines=1, short=True)), {}),
    ("照片-会议记录-01.jpg", "photo", "jpg", ("doc", minutes("labelled")), {}),
    ("照片-会议纪要-02.jpg", "photo", "jpg", ("doc", minutes("prose")), {}),
    ("照片-会议记录-03.jpg", "photo", "jpg", ("doc", minutes("form")), {}),
    ("照片-签到表-01.jpg", "photo", "jpg", ("doc", signin("hand")), {}),
    ("照片-签到表-02.jpg", "photo", "jpg", ("doc", signin("hand")), {}),
    ("照片-签到表-03.jpg", "photo", "jpg", ("doc", signin("typed")), {}),
    ("照片-签到表-04.jpg", "photo", "jpg", ("doc", signin("two_up")), {}),
    ("照片-统计表-01.jpg", "photo", "jpg", ("doc", ledger("training", small=True)), {}),
    ("照片-屏幕-政府网站-01.jpg", "photo", "jpg", ("shot", shot(shot_govsite)), {"screen": True}),
    ("照片-屏幕-公众号-01.jpg", "photo", "jpg", ("shot", shot(shot_wechat)), {"screen": True}),
    # screenshots
    ("截图-公众号-01.png", "screenshot", "png", ("shot", shot(shot_wechat)), {}),
    ("截图-公众号-02.png", "screenshot", "png", ("shot", shot(shot_wechat, dark=True)), {}),
    ("截图-公众号-长图-03.png", "screenshot", "png", ("shot", shot(shot_wechat, long=True)), {}),
    ("截图-公众号-04.jpg", "screenshot", "jpg", ("shot", shot(shot_wechat)), {}),
    ("截图-政府网站-01.png", "screenshot", "png", ("shot", shot(shot_govsite)), {}),
    ("截图-政府网站-02.png", "screenshot", "png", ("shot", shot(shot_govsite)), {}),
    ("截图-政府网站-03.jpg", "screenshot", "jpg", ("shot", shot(shot_govsite)), {}),
    ("截图-新闻客户端-01.png", "screenshot", "png", ("shot", shot(shot_newsapp)), {}),
    ("截图-新闻客户端-02.jpg", "screenshot", "jpg", ("shot", shot(shot_newsapp)), {}),
    ("截图-微博-01.png", "screenshot", "png", ("shot", shot(shot_weibo)), {}),
    ("截图-微博-02.png", "screenshot", "png", ("shot", shot(shot_weibo)), {}),
    ("截图-微博-03.jpg", "screenshot", "jpg", ("shot", shot(shot_weibo)), {}),
    # XLSX ledgers
    ("台账-培训-01.xlsx", "xlsx", "xlsx", ("xlsx", "training"), {}),
    ("台账-培训-02.xlsx", "xlsx", "xlsx", ("xlsx", "training"), {}),
    ("台账-案件-01.xlsx", "xlsx", "xlsx", ("xlsx", "cases"), {}),
    ("台账-案件-02.xlsx", "xlsx", "xlsx", ("xlsx", "cases"), {}),
    ("统计表-宣传报道-01.xlsx", "xlsx", "xlsx", ("xlsx", "media"), {}),
    ("签到表-03.xlsx", "xlsx", "xlsx", ("xlsx", "signin"), {}),
    ("统计表-案件查办-01.xlsx", "xlsx", "xlsx", ("xlsx", "stats"), {}),
    ("登记表-投诉举报-01.xlsx", "xlsx", "xlsx", ("xlsx", "monthly"), {}),
    # added after the first release: appended, so the files above keep their place and content
    ("通知-07.docx", "docx", "docx", ("doc", notice("textbox", title_lines=2)), {}),
    ("扫描件-通知-06.jpg", "scan", "jpg", ("doc", notice("textbox", title_lines=1, short=True)), scan(200, "grey")),
    ("照片-通知-03.jpg", "photo", "jpg", ("doc", notice("signer_left", title_lines=2, short=True)), {}),
    ("扫描件-会议纪要-05.pdf", "scan", "pdf", ("doc", minutes("masthead")), scan(150, "colour")),
    ("照片-签到表-05.jpg", "photo", "jpg", ("doc", signin("hand")), {}),
    ("截图-政府网站-04.png", "screenshot", "png", ("shot", shot(shot_govsite)), {}),
    ("扫描件-传真-函-04.pdf", "scan", "pdf", ("doc", notice("letter", "函", title_lines=2)),
     {**scan(200, "bw"), "fax": 1}),
    ("扫描件-传真-通知-07.pdf", "scan", "pdf", ("doc", notice("plain", title_lines=2)),
     {**scan(150, "grey"), "fax": 1}),
    ("登记表-调解-01.xlsx", "xlsx", "xlsx", ("xlsx", "register"), {}),
]


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_printed(name: str, t: Truth, text: str) -> None:
    """Every recorded date and 文号 (and the title) must be printed where the file was made from."""
    printed = flat(text)
    wanted = t.printed() + ([t.facts["title"]] if "title" in t.facts else [])
    missing = [s for s in wanted if flat(s) not in printed]
    if missing:
        raise SystemExit(f"{name}: recorded but not printed: {missing}")


def docx_text(path: Path) -> str:
    """The text of every paragraph of a DOCX (body, table cells, text boxes), one paragraph a line: a PDF's text
    layer interleaves the cells of one table row."""
    document = Document(path)
    return "\n".join("".join(node.text or "" for node in p.iter(qn("w:t")))
                     for p in document.element.body.iter(qn("w:p")))


def pdf_text(pdf: Path) -> tuple[str, int]:
    doc = pdfium.PdfDocument(pdf)
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    pages = len(doc)
    doc.close()
    return text, pages


def capture(job: tuple) -> None:
    """Make one scan or photo (runs in a worker process)."""
    name, kind, fmt, source, opts, seals, out = job
    rng = random.Random(f"dev3/{name}/capture")
    if kind == "scan":
        dpi = opts["dpi"]
        pages = render_pdf(Path(source), dpi, seals, rng)
        if opts.get("fax"):  # the sending machine's header line on top of every page
            for i, page in enumerate(pages):
                img = Image.fromarray(page)
                ImageDraw.Draw(img).text((int(dpi * 0.3), int(dpi * 0.12)), f"{opts['fax']}  P.{i + 1}/{len(pages)}",
                                         font=font("sans", int(dpi * 0.11)), fill=(30, 30, 30))
                pages[i] = np.array(img)
        images = [scanned(p, rng, opts["mode"], dpi) for p in pages]
        quality = rng.randint(55, 85)
        if fmt == "pdf":
            Path(out).write_bytes(image_pdf(images, dpi, quality))
        elif fmt == "jpg":
            Path(out).write_bytes(jpeg_bytes(images[0].convert("L" if opts["mode"] != "colour" else "RGB"), quality))
        else:
            buffer = io.BytesIO()
            images[0].save(buffer, "PNG", dpi=(dpi, dpi), compress_level=1)  # noisy scans: zlib -6 costs seconds
            Path(out).write_bytes(buffer.getvalue())
    else:
        if str(source).endswith(".pdf"):
            page = render_pdf(Path(source), 200, seals, rng)[0]
        else:
            page = np.array(Image.open(source).convert("RGB"))
        Path(out).write_bytes(jpeg_bytes(photographed(page, rng, opts.get("screen", False)), rng.randint(50, 90)))


def main(argv: list[str]) -> None:
    started = time.time()
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev3/make_dev3.py 输出目录（例如 /tmp/dev3）")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ipdocs-dev3-"))
    truths: dict[str, Truth] = {}
    docs: list[tuple[str, Path]] = []
    jobs = []
    try:
        for i, (name, kind, fmt, (source, make), opts) in enumerate(PLAN):
            t = Truth(kind, fmt)
            rng = random.Random(f"dev3/{name}")
            place = PLACES[i % len(PLACES)]
            year = rng.choice([2021, 2022, 2023, 2023, 2023])
            truths[name] = t
            stem = f"src{i:02d}"
            if source == "doc":
                path = make(t, rng, place, year).save(work / f"{stem}.docx")
                docs.append((name, path))
            elif source == "shot":
                img, texts = make(t, rng, place, year)
                check_printed(name, t, "\n".join(texts))
                if kind == "screenshot":
                    target = out / name
                    if fmt == "png":
                        buffer = io.BytesIO()
                        img.save(buffer, "PNG", optimize=False)
                        target.write_bytes(buffer.getvalue())
                    else:
                        target.write_bytes(jpeg_bytes(img, rng.randint(70, 92)))
                else:
                    img.save(work / f"{stem}.png")
                    jobs.append((name, kind, fmt, str(work / f"{stem}.png"), opts, [], str(out / name)))
            else:
                check_printed(name, t, "\n".join(make_xlsx(t, rng, place, year, make, out / name)))
        phases = {"build": time.time() - started}
        half = (len(docs) + 1) // 2
        import concurrent.futures as futures
        with futures.ThreadPoolExecutor(2) as pool:
            parts = list(pool.map(lambda batch: convert([p for _, p in batch], "pdf", work / "pdf"),
                                  [docs[:half], docs[half:]]))
        pdfs = {**parts[0], **parts[1]}
        phases["LibreOffice"] = time.time() - started - sum(phases.values())
        for name, path in docs:
            t = truths[name]
            pdf = pdfs[path]
            if pdf is None:
                raise SystemExit(f"{name}: LibreOffice made no PDF")
            text, pages = pdf_text(pdf)
            check_printed(name, t, text + "\n" + docx_text(path))
            t.pages = pages
            if t.kind in ("photo",) or t.fmt in ("jpg", "png"):
                if pages != 1:
                    raise SystemExit(f"{name}: a {t.kind} {t.fmt} must come from a one-page document, not {pages}")
            if t.kind == "text_pdf":
                shutil.copyfile(pdf, out / name)
            elif t.kind == "docx":
                shutil.copyfile(path, out / name)
            else:
                opts = dict(next(p[4] for p in PLAN if p[0] == name))
                if opts.get("fax"):  # recorded here: drawn by `capture`, not part of the PDF checked above
                    frng = random.Random(f"dev3/{name}/fax")
                    sent = max(dt.date.fromisoformat(d["iso"]) for d in t.export()["dates"]) + \
                        dt.timedelta(days=frng.randint(0, 2))
                    opts["fax"] = (f"{t.date(sent, 'iso')} {frng.randint(8, 17):02d}:{frng.randint(0, 59):02d}  "
                                   f"FROM:{tel(frng, PLACES[0])}  TO:{tel(frng, PLACES[1])}")
                jobs.append((name, t.kind, t.fmt, str(pdf), opts, t.seals, str(out / name)))
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(2) as pool:
            pool.map(capture, jobs, chunksize=1)
        phases["scans and photos"] = time.time() - started - sum(phases.values())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    truth = {"split": "dev3", "generator": "bench/dev3/make_dev3.py",
             "files": {name: truths[name].export() for name in sorted(truths)}}
    text = yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=1000)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (ROOT / "bench" / "dev3" / "truth.yaml").write_text(text, encoding="utf-8")
    kinds: dict[str, int] = {}
    for t in truths.values():
        kinds[t.kind] = kinds.get(t.kind, 0) + 1
    print(f"dev3: {len(truths)} files in {out} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}) "
          f"in {time.time() - started:.0f} s ({', '.join(f'{k} {v:.0f} s' for k, v in phases.items())})")


if __name__ == "__main__":
    main(sys.argv)
