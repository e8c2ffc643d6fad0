"""A second tuning corpus for the extraction benchmark (issue 15), written without reading the extractor.

    .venv/bin/python bench/dev2/make_dev2.py DIR      # writes DIR/<files> and DIR/truth.yaml

The files imitate what a county/district office really receives while preparing the IP-protection assessment:
red-header notices and letters (文件 / 函) from offices of every level, implementation schemes, meeting minutes
in labelled and prose form, sign-in sheets (typed, handwritten, photographed), case lists, XLSX ledgers, news
reports as printed pages and as phone/desktop screenshots. Each is made through a real file format: DOCX by
python-docx (text boxes, merged cells, headers/footers, auto-numbered lists), text PDFs by converting those DOCX
with the project's LibreOffice runner, scans by rasterising the PDFs (150/300 dpi, grey/colour, red seal over
the date, skew, JPEG noise, fax), photos by warping a page into a 3000×4000 phone picture (perspective, shadow,
blur), screenshots drawn with Pillow (WeChat article, government-site 政务动态 page, news-app article), XLSX by
openpyxl. Output is deterministic (seeded rng, fixed document and file times). People and phone numbers are
invented.

Truth is recorded while the text is written (every date and 文号 goes through `Truth`), never read back from
the generated files. Format as bench/dev/truth.yaml; matching rules are bench/extract_bench.py's. Conventions
where the rules leave a choice:
- 文号: every PREFIX〔YEAR〕N号 printed in the file, whatever bracket it is shown with (〔〕 [] 【】 （）) —
  the file's own, cited ones, those in table cells and penalty-decision numbers (…罚〔2023〕12号). Court case
  numbers of the form （2023）粤0204民初123号 (year first) are not 文号. `text` is the 〔〕 form, `shown` as printed.
- dates: every calendar day printed (any style), including 发布时间 lines of screenshots, table cells, both
  ends of a range (2023年7月1日至31日), and days written without a year (5月18日) in a document whose own
  date gives the year (the year of that date). Months alone (2023年5月), years, times of day, phone numbers
  and amounts are not dates. A range's end keeps the whole range as its `text`. The generator checks that every
  recorded date and 文号 is printed in the text layer of each PDF/DOCX/XLSX it makes (and of the page a scan or
  photo is made from).
- title: the document's own title as a reader names it, all its lines joined (not the red-header organ mark,
  文号, site name or 公众号 name); an XLSX's title row; a sign-in sheet's heading; minutes: the title line under
  the red 会议纪要 mark. A work bulletin (简报: masthead in a text box, one article) has no title in the truth.
- organ: the issuing organ's full name as the organ mark or signature prints it (without 文件); only for
  notices, letters, schemes, minutes and bulletins (not for news, sheets or ledgers).
- doc_type: one of 通知, 函, 方案, 会议纪要 (also 会议记录), 签到表, 统计表 (台账, 统计表, 登记表, 一览表),
  新闻报道 (news reports and screenshots of them) — the labels bench/dev/truth.yaml uses; files of another
  type (通报, 报告) carry no doc_type.
- media: a news organisation named as the source or as having reported the item (来源：韶关日报; 人民网、南方网
  等媒体予以报道; a ledger's 刊发媒体 column), by the name printed; government sites and government WeChat
  accounts are not media.
- tables: header = the leaf row of the header (the cell under a merged group label); rows = rows with content
  (pre-numbered blank rows and title / 填报单位 lines are not rows); a row broken by a page break is one row;
  a cell merged down over several rows gives its value to each of them.
- meetings: date = the day the meeting was held, chair = the person's name without position, topics = the
  agenda items in order without their numbering (一、 1. 一是); only minutes carry meetings.
- attendance: sign-in sheets only; count = rows that carry a name, names = those names.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import random
import shutil
import sys
import time
import zlib
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFont

from ipdocs.output.files import save_docx, save_xlsx
from ipdocs.output.libreoffice import convert
from ipdocs.word import oxml

SEED = 20231115
FIXED = dt.datetime(2024, 1, 2, 9, 0, 0)
FILE_TIME = 1704157200  # 2024-01-02 01:00 UTC, every file's mtime
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
RED = RGBColor(0xE0, 0x10, 0x10)

# ---------------------------------------------------------------------------------------------- truth


CN = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return "零一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


DATE_STYLES = {
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "upper": lambda d: "".join(CN[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日",
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "dot0": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "iso": lambda d: d.isoformat(),
    "slash": lambda d: f"{d.year}/{d.month}/{d.day}",
    "slash0": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "md": lambda d: f"{d.month}月{d.day}日",
}
BRACKETS = {"〔〕": "〔〕", "[]": "[]", "【】": "【】", "（）": "（）", "()": "()"}


class Truth:
    """The facts planted in one file, recorded as its text is written."""

    def __init__(self, kind: str, fmt: str):
        self.data: dict = {"kind": kind, "format": fmt, "pages": 1}
        self.dates: dict[str, str] = {}
        self.numbers: dict[str, dict] = {}

    def date(self, d: dt.date, style: str = "cn") -> str:
        text = DATE_STYLES[style](d)
        self.dates.setdefault(d.isoformat(), text)
        return text

    def span(self, a: dt.date, b: dt.date, style: str = "cn", joiner: str = "至") -> str:
        """A date range; the end drops what it shares with the start (2023年7月1日至31日, 7月1日至8月15日)."""
        start = self.date(a, style)
        if style in ("cn", "upper") and a.year == b.year:
            full = DATE_STYLES[style](b)
            end = full[full.index("年") + 1:] if a.month != b.month else full[full.index("月") + 1:]
            self.dates.setdefault(b.isoformat(), f"{start}{joiner}{end}")  # the end as printed: the whole range
        else:
            end = self.date(b, style)
        return f"{start}{joiner}{end}"

    def check_printed(self, name: str, text: str) -> None:
        """Every recorded date and 文号 must be printed in `text` (the file's own text layer)."""
        squeezed = "".join(text.split())
        missing = [d for d in self.dates.values() if "".join(d.split()) not in squeezed]
        missing += [n.get("shown", n["text"]) for n in self.numbers.values()
                    if n.get("shown", n["text"]) not in squeezed]
        if missing:
            raise SystemExit(f"{name}: truth not printed in the file: {missing}")

    def docno(self, prefix: str, year: int, number: int, bracket: str = "〔〕") -> str:
        text = f"{prefix}〔{year}〕{number}号"
        left, right = BRACKETS[bracket]
        shown = f"{prefix}{left}{year}{right}{number}号"
        entry = {"text": text, "organ_prefix": prefix, "year": year, "number": number}
        if shown != text:
            entry["shown"] = shown
        self.numbers.setdefault(text, entry)
        return shown

    def set(self, **facts) -> None:
        self.data.update({k: v for k, v in facts.items() if v is not None})

    def export(self) -> dict:
        out = dict(self.data)
        if self.dates:
            out["dates"] = [{"iso": iso, "text": text} for iso, text in self.dates.items()]
        if self.numbers:
            out["doc_numbers"] = list(self.numbers.values())
        return out


# ---------------------------------------------------------------------------------------------- vocabulary
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于"
            "杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷"
            "龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤")
GIVEN = ("建华国强秀英海燕志明丽娟文斌晓东玉兰桂芳永红春梅德胜少华家豪"
         "雪梅立新伟明俊杰婷婷振宇思远嘉欣慧敏宏伟子涵雨萱晨阳凯文红霞")


def person(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
    return rng.choice(SURNAMES) + given


def people(rng: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        p = person(rng)
        if p not in seen:
            seen.append(p)
    return seen


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3579')}{rng.randint(0, 9)}0000{rng.randint(1000, 9999)}"


# Organs: (full name, 文号 prefixes it uses, signature name); the places are those of the five seeds and
# their neighbours.
ORGANS = {
    "wj_amr": ("韶关市武江区市场监督管理局", ["武市监", "武市监函", "武市监罚"]),
    "wj_daj": ("韶关市武江区打击侵权假冒工作领导小组办公室", ["武江区打假办发", "武打假办"]),
    "wj_gov": ("韶关市武江区人民政府办公室", ["武府办", "武府办函"]),
    "wj_court": ("韶关市武江区人民法院", ["武法发", "武法"]),
    "wj_police": ("韶关市公安局武江分局", ["韶武公发", "韶武公"]),
    "wj_proc": ("韶关市武江区人民检察院", ["武检发", "武检"]),
    "wj_joint": ("韶关市武江区知识产权保护工作联席会议办公室", ["武知联办", "武知联办函"]),
    "sg_amr": ("韶关市市场监督管理局", ["韶市监", "韶市监联", "韶市监知函"]),
    "qj_amr": ("韶关市曲江区市场监督管理局", ["曲市监", "曲市监函"]),
    "xy_ip": ("信阳市知识产权局", ["信知", "信知发"]),
    "xy_gov": ("信阳市人民政府办公室", ["信政办", "信政办文"]),
    "ps_amr": ("信阳市平桥区市场监督管理局", ["平市监", "平市监文"]),
    "xy_joint": ("信阳市知识产权保护工作联席会议办公室", ["信知联办"]),
    "yn_amr": ("永宁县市场监督管理局", ["永市监发", "永市监函"]),
    "yn_gov": ("永宁县人民政府办公室", ["永政办发"]),
    "nx_ip": ("宁夏回族自治区知识产权局", ["宁知保发"]),
    "hb_daj": ("湖北省打击侵权假冒工作领导小组办公室", ["鄂打假办", "鄂打假办发"]),
    "yc_daj": ("宜昌市夷陵区打击侵权假冒工作领导小组办公室", ["夷打假办"]),
    "gd_amr": ("广东省市场监督管理局", ["粤市监知保", "粤市监办函"]),
    "cn_ipjoint": ("国务院知识产权战略实施工作部际联席会议办公室", ["国知战联办"]),
    "cn_daj": ("全国打击侵权假冒工作领导小组办公室", ["打假办发", "打假办函"]),
}
CITED = [  # (organ prefix, title of the cited document; {y}: its year)
    ("国办发", "国务院办公厅关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知"),
    ("国知发保字", "国家知识产权局关于印发《知识产权行政保护工作方案》的通知"),
    ("国知办发保字", "国家知识产权局办公室关于开展{y}年知识产权执法保护专项行动的通知"),
    ("粤市监知保", "广东省市场监督管理局关于做好{y}年度知识产权保护工作检查考核准备工作的通知"),
    ("韶市监联", "韶关市市场监督管理局等七部门关于开展知识产权保护“铁拳”行动的通知"),
    ("粤打假办", "广东省打击侵权假冒工作领导小组办公室关于印发《{y}年全省打击侵权假冒工作要点》的通知"),
    ("豫知", "河南省知识产权局关于加强知识产权纠纷行政调解工作的意见"),
    ("宁政办发", "宁夏回族自治区人民政府办公厅关于强化知识产权保护的实施意见"),
    ("鄂政办发", "湖北省人民政府办公厅关于印发湖北省知识产权保护工作考核办法的通知"),
    ("法发", "最高人民法院关于加强新时代知识产权审判工作为知识产权强国建设提供有力司法服务和保障的意见"),
    ("高检发", "最高人民检察院关于全面加强新时代知识产权检察工作的意见"),
    ("公通字", "公安部关于进一步加强知识产权刑事保护工作的通知"),
]
VERBS = ["根据", "按照", "为贯彻落实", "依据", "结合", "现将", "为认真落实"]
TASKS = [
    "开展知识产权执法保护专项行动", "组织知识产权保护业务培训", "建立知识产权纠纷多元化解机制",
    "开展“4·26”全国知识产权宣传周活动", "推进知识产权保护规范化市场培育", "落实行政处罚案件信息公开",
    "加强重点商品商标侵权查处", "开展地理标志产品保护检查", "组织中小学知识产权普及教育",
    "开展展会知识产权保护巡查", "完善侵权假冒线索移送衔接", "开展电商平台侵权商品监测",
    "组织企业商业秘密保护指导", "推进软件正版化工作检查", "建设知识产权维权援助工作站",
]
UNITS = ["区市场监管局", "区委宣传部（区版权局）", "区公安分局", "区人民法院", "区人民检察院", "区司法局",
         "区科工商务局", "区农业农村局", "区教育局", "区文广旅体局", "重阳镇人民政府", "江湾镇人民政府",
         "西联镇人民政府", "龙归镇人民政府", "西河镇人民政府", "区知识产权维权援助工作站"]
TOPICS = [  # {y}: the meeting's year
    "通报{y}年上半年全区知识产权保护工作进展情况", "研究部署迎接省知识产权保护工作检查考核有关工作",
    "审议《{y}年知识产权保护工作任务分工方案（送审稿）》", "讨论商标侵权案件线索移送和衔接机制",
    "部署打击侵权假冒专项行动第二阶段工作", "研究知识产权纠纷人民调解委员会组建事宜",
    "听取各成员单位迎考佐证材料准备情况汇报", "研究知识产权保护工作经费保障问题",
    "部署“双随机、一公开”知识产权领域抽查工作", "学习贯彻上级关于强化知识产权保护的决策部署",
]
OUTLETS = ["人民日报", "新华网", "人民网", "中国知识产权报", "法治日报", "南方日报", "南方网", "羊城晚报",
           "韶关日报", "河南日报", "信阳日报", "宁夏日报", "银川日报", "湖北日报", "三峡日报"]
LEVELS = {**dict.fromkeys(OUTLETS[:5], "国家级"), **dict.fromkeys(["南方日报", "南方网", "羊城晚报", "河南日报",
                                                                "宁夏日报", "湖北日报"], "省级")}


# ---------------------------------------------------------------------------------------------- DOCX
def _fonts(run, east: str, size: float | None = None, bold: bool = False, color: RGBColor | None = None) -> None:
    oxml.set_fonts(run, east)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text: str = "", east: str = "仿宋_GB2312", size: float = 16, align=None, indent: bool = False,
          bold: bool = False, color=None, space_after: float = 0, line: float | None = 28):
    p = doc.add_paragraph()
    if text:
        _fonts(p.add_run(text), east, size, bold, color)
    fmt = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(0)
    if line:
        fmt.line_spacing = Pt(line)
    return p


def _redline(doc) -> None:
    p = _para(doc, line=None)
    p.paragraph_format.space_after = Pt(12)
    oxml.set_bottom_border(p, color="E01010", width_pt=2.25, space_pt=1)


def _textbox(paragraph, lines: list[str], left_pt: float, top_pt: float, width_pt: float, height_pt: float,
             border: bool = False, size: float = 16) -> None:
    """A VML text box anchored at `paragraph` (Word and WPS both write and read this form)."""
    body = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/>'
        f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{zlib.crc32("".join(lines).encode()) % 10000}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;'
           f'height:{height_pt}pt;z-index:1;mso-position-horizontal-relative:margin;'
           f'mso-position-vertical-relative:paragraph" filled="f" stroked="{"t" if border else "f"}">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._element.append(parse_xml(xml))


def _cell_text(cell, text: str, size: float = 12, bold: bool = False, east: str = "仿宋_GB2312",
               align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = cell.paragraphs[0]
    p.alignment = align
    if text:
        _fonts(p.add_run(text), east, size, bold)


def _table(doc, header_rows: list[list], rows: list[list], widths: list[float] | None = None, size: float = 12,
           repeat_header: bool = True, handwriting: set[int] | None = None) -> None:
    """A bordered table. In header rows, None continues the cell to the left (gridSpan) and '^' the cell above
    (vMerge)."""
    ncols = len(header_rows[0])
    table = doc.add_table(rows=len(header_rows) + len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, labels in enumerate(header_rows):
        for c, label in enumerate(labels):
            if label is None:
                continue
            if label == "^":
                continue
            cell = table.cell(r, c)
            end_c = c
            while end_c + 1 < ncols and labels[end_c + 1] is None:
                end_c += 1
            end_r = r
            while end_r + 1 < len(header_rows) and header_rows[end_r + 1][c] == "^":
                end_r += 1
            if end_c != c or end_r != r:
                cell = cell.merge(table.cell(end_r, end_c))
            _cell_text(cell, label, size, bold=True, east="黑体")
        if repeat_header:
            oxml.repeat_as_header(table.rows[r])
    for r, values in enumerate(rows, start=len(header_rows)):
        for c, value in enumerate(values):
            east = "楷体_GB2312" if handwriting and c in handwriting else "仿宋_GB2312"
            cell_size = size + 3 if handwriting and c in handwriting else size
            _cell_text(table.cell(r, c), str(value), cell_size, east=east)
    if widths:
        oxml.set_column_widths(table, [round(w * 1440 / 25.4) for w in widths])


def new_doc(header: str | None = None, footer_page: bool = True, landscape: bool = False):
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_printed = FIXED
    doc.core_properties.author = "办公室"
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        section.orientation = 1
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    if landscape:
        section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(20),) * 4
    oxml.set_fonts(doc.styles["Normal"], "仿宋_GB2312")
    if header:
        hp = section.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _fonts(hp.add_run(header), "宋体", 10.5)
    if footer_page:
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _fonts(fp.add_run("— "), "宋体", 14)
        for run in oxml.add_field(fp, "PAGE"):
            _fonts(run, "宋体", 14)
        _fonts(fp.add_run(" —"), "宋体", 14)
    return doc


def red_header(doc, mark_lines: list[str], docno: str | None, signer: str | None = None) -> None:
    _para(doc, line=None, space_after=20)
    for line in mark_lines:
        _para(doc, line, "方正小标宋简体", 30 if len(line) < 14 else 24, WD_ALIGN_PARAGRAPH.CENTER, color=RED,
              line=None, bold=False)
    _para(doc, line=None)
    if docno and signer:
        p = _para(doc, docno, line=None)
        p.add_run("\t")
        _fonts(p.add_run("签发人："), "仿宋_GB2312", 16)
        _fonts(p.add_run(signer), "楷体_GB2312", 16)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(100))
    elif docno:
        _para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    _redline(doc)


def title_lines(doc, lines: list[str], size: float = 22) -> None:
    for line in lines:
        _para(doc, line, "方正小标宋简体", size, WD_ALIGN_PARAGRAPH.CENTER, line=size * 1.5)
    _para(doc, line=None)


def body(doc, text: str, **kw) -> None:
    _para(doc, text, indent=True, **kw)


def heading(doc, text: str, level: int = 1) -> None:
    _para(doc, text, "黑体" if level == 1 else "楷体_GB2312", 16, indent=True)


def signature(doc, organ: str, date_text: str, in_box: bool = False) -> None:
    _para(doc)
    _para(doc)
    if in_box:
        p = _para(doc)
        _textbox(p, [organ, date_text], 190, 0, 250, 70)
        _para(doc)
        _para(doc)
        return
    _para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(32)
    _para(doc, date_text, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(48)


def numbered(doc, items: list[str]) -> None:
    for item in items:
        p = doc.add_paragraph(style="List Number")
        _fonts(p.add_run(item), "仿宋_GB2312", 16)
        p.paragraph_format.line_spacing = Pt(28)


# ---------------------------------------------------------------------------------------------- documents
# Each maker fills a DOCX and a Truth; the caller decides the kind (docx / text_pdf / scan / photo).
def _cite(t: Truth, rng: random.Random, year: int, bracket: str = "〔〕") -> str:
    prefix, title = rng.choice(CITED)
    return f"{rng.choice(VERBS)}《{title.format(y=year)}》（{t.docno(prefix, year, rng.randint(1, 60), bracket)}）"


def make_notice(t: Truth, rng: random.Random, organ_key: str, year: int, *, variant: int = 0,
                table_rows: int = 0, bracket: str = "〔〕", box_signature: bool = False, header: str | None = None,
                short: bool = False):
    organ, prefixes = ORGANS[organ_key]
    doc = new_doc(header=header)
    number = t.docno(prefixes[0], year, rng.randint(2, 120), bracket)
    mark = [organ + "文件"] if len(organ) <= 13 else [organ, "文件"] if variant % 2 else [organ + "文件"]
    red_header(doc, mark, number, signer=person(rng) if variant == 3 else None)
    task = rng.choice(TASKS)
    forwarded = rng.choice(CITED)
    place = _place(organ)
    if not place:  # a national office: no local scheme to print
        variant = rng.choice([1, 3])
    kinds = [
        (f"关于印发《{place}{year}年知识产权保护工作检查考核迎考工作方案》的通知", "通知"),
        (f"关于{task}的通知", "通知"),
        (f"关于做好{year}年度知识产权保护工作检查考核佐证材料报送工作的通知", "通知"),
        (f"关于转发《{forwarded[1].format(y=year)}》的通知", "通知"),
    ]
    title, doc_type = kinds[variant % len(kinds)]
    lines = _split_title(title)
    title_lines(doc, lines)
    _para(doc, rng.choice(["各镇人民政府，区直有关单位：", "各有关单位：", "各县（区）市场监管局，局机关各科室："]))
    issued = dt.date(year, rng.randint(3, 10), rng.randint(1, 28))
    if variant % 4 == 3:
        number = t.docno(forwarded[0], year, rng.randint(1, 60), bracket)
        cited = f"现将《{forwarded[1].format(y=year)}》（{number}）转发给你们"
        body(doc, f"{cited}，请结合实际认真贯彻落实。")
    else:
        body(doc, f"{_cite(t, rng, year - rng.randint(0, 1), bracket)}要求，结合我区实际，现就{task}有关事项通知如下。")
    if organ_key == "wj_court":  # a court case number: not a 文号
        body(doc, f"对（{year - 1}）粤0204民初{rng.randint(100, 2999)}号等典型案件，要加大宣传力度。")
    if not short:
        heading(doc, "一、工作目标")
        body(doc, f"以迎接{year}年度知识产权保护工作检查考核为契机，全面梳理{year - 1}年以来各项工作，查漏补缺，"
                  f"力争考核成绩保持全省前列。")
    heading(doc, "一、时间安排" if short else "二、时间安排")
    deadline1 = issued + dt.timedelta(days=rng.randint(10, 30))
    deadline2 = deadline1 + dt.timedelta(days=rng.randint(5, 12))
    period_end = dt.date(year, 11, 30)
    body(doc, f"（一）统计时间为{t.span(dt.date(year, 1, 1), period_end)}。")
    body(doc, f"（二）各配合单位于{t.date(deadline1)}前将佐证材料报送牵头单位；各牵头单位汇总后于"
              f"{t.date(deadline2, rng.choice(['cn', 'cn', 'md']) if deadline2.year == year else 'cn')}"
              f"前报区知识产权保护工作联席会议办公室。")
    if not short:
        body(doc, f"（三）{t.span(dt.date(year, 7, 1), dt.date(year, 7, 31))}开展自查，8月底前完成整改。")
        heading(doc, "三、工作要求")
        body(doc, f"各单位要高度重视，明确一名分管领导和一名联络员，于{t.date(issued + dt.timedelta(days=5))}前"
                  f"将联络员名单报送区市场监管局知识产权股，逾期未报的视为无联络员。材料报送不及时、"
                  f"不完整造成失分的，将按有关规定通报。")
    contact = person(rng)
    if not short:
        body(doc, f"联系人：{contact}，电话：0751-8{rng.randint(100000, 999999)}，邮箱：wjzscq{rng.randint(10, 99)}"
                  f"@163.com。")
    if table_rows:
        body(doc, "附件：任务分工表")
    signed = t.date(issued)
    signature(doc, organ, signed, in_box=box_signature)
    if not short and not table_rows:
        imprint(doc, t, organ, issued, rng)
    if table_rows:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(doc, "附件", "黑体", 16)
        table_title = f"{place}{year}年知识产权保护工作任务分工表"
        title_lines(doc, [table_title], size=18)
        header_row = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
        rows = []
        for i in range(table_rows):
            when = dt.date(year, rng.randint(4, 11), rng.choice([15, 20, 30]))
            rows.append([str(i + 1), rng.choice(TASKS) + ("，" + rng.choice(TASKS) if rng.random() < 0.4 else ""),
                         rng.choice(UNITS), "、".join(rng.sample(UNITS, rng.randint(1, 3))),
                         t.date(when) + "前"])
        _table(doc, [header_row], rows, [12, 58, 28, 40, 26], size=12)
        t.set(tables=[{"header": header_row, "row_count": len(rows), "rows": rows}])
    t.set(title=title, organ=organ, doc_type=doc_type)
    return doc, {"seal_text": signed, "organ": organ}


def _place(organ: str) -> str:
    """The administrative area an organ belongs to (韶关市武江区, 永宁县, 信阳市, 湖北省), '' for national ones."""
    for mark in ("区", "县"):
        if mark in organ:
            return organ[:organ.index(mark) + 1]
    for mark in ("市", "省"):
        if mark in organ and organ.index(mark) < 6:
            return organ[:organ.index(mark) + 1]
    return ""


def imprint(doc, t: Truth, organ: str, issued: dt.date, rng: random.Random) -> None:
    """The 版记 at the end of a notice: 抄送 line and the printing office with its printing date."""
    _para(doc)
    _para(doc, "抄送：" + "，".join(rng.sample(["区委办", "区人大办", "区政协办", "区纪委监委", "市市场监管局"], 2))
          + "。", size=14)
    office = (organ[:-3] if organ.endswith("办公室") else organ) + "办公室"
    printed = issued + dt.timedelta(days=rng.randint(0, 2))
    p = _para(doc, office + "\t" + t.date(printed) + "印发", size=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(155), alignment=2)


def _split_title(title: str) -> list[str]:
    """A long title split into lines the way drafters do (at most ~20 characters a line)."""
    if len(title) <= 20:
        return [title]
    parts = 2 if len(title) <= 40 else 3
    size = math.ceil(len(title) / parts)
    return [title[i:i + size] for i in range(0, len(title), size)]


def make_letter(t: Truth, rng: random.Random, organ_key: str, year: int, bracket: str = "〔〕", short: bool = False):
    organ, prefixes = ORGANS[organ_key]
    letter_prefix = next((p for p in prefixes if p.endswith("函")), prefixes[-1])
    doc = new_doc()
    _para(doc, line=None, space_after=20)
    _para(doc, organ, "方正小标宋简体", 26, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=None)
    _redline(doc)
    _para(doc, t.docno(letter_prefix, year, rng.randint(5, 90), bracket), align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc)
    task = rng.choice(TASKS)
    title = f"{organ}关于商请提供{task}相关佐证材料的函"
    title_lines(doc, _split_title(title))
    _para(doc, rng.choice(["区委宣传部：", "区人民法院：", "区公安分局：", "各镇人民政府："]))
    sent = dt.date(year, rng.randint(9, 11), rng.randint(1, 28))
    meeting = sent - dt.timedelta(days=rng.randint(3, 20))
    body(doc, f"根据{t.date(meeting, rng.choice(['cn', 'md']))}区知识产权保护工作联席会议部署，"
              f"{_cite(t, rng, year, bracket)}"
              f"有关考核要求，我局需汇总{task}情况。请贵单位于{t.date(sent + dt.timedelta(days=7))}前提供以下材料：")
    items = ["工作方案、总结等文件（含文号）", "活动照片及新闻报道截图", "案件统计表及处罚决定书"]
    for i, item in enumerate(items[:1] if short else items, 1):
        body(doc, f"{i}．{item}；")
    if not short:
        body(doc, f"联系人：{person(rng)}，联系电话：{mobile(rng)}。")
    signed = t.date(sent)
    signature(doc, organ, signed)
    t.set(title=title, organ=organ, doc_type="函")
    return doc, {"seal_text": signed, "organ": organ}


def make_minutes(t: Truth, rng: random.Random, organ_key: str, year: int, *, prose: bool, auto_numbers: bool = False,
                 upper_date: bool = False, short: bool = False):
    organ, prefixes = ORGANS[organ_key]
    doc = new_doc()
    kind = rng.choice(["会议纪要", "会议纪要", "会议记录"])
    place = _place(organ)
    meeting_title = f"{place}知识产权保护工作联席会议{kind[2:]}"  # …联席会议纪要 / …联席会议记录
    held = dt.date(year, rng.randint(2, 11), rng.randint(1, 27))
    issued = held + dt.timedelta(days=rng.randint(1, 6))
    chair, *others = people(rng, 8)
    topics = [x.format(y=year) for x in rng.sample(TOPICS, 2 if short else rng.randint(2, 4))]
    _para(doc, line=None, space_after=20)
    _para(doc, kind, "方正小标宋简体", 36, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=None)
    _para(doc, f"第{rng.randint(1, 6)}期", align=WD_ALIGN_PARAGRAPH.CENTER)
    signed = t.date(issued, "upper" if upper_date else "cn")
    if len(organ) + len(signed) > 24:  # too long for one line: organ, then the date at the right
        _para(doc, organ, size=14)
        _para(doc, signed, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        p = _para(doc, organ + "\t" + signed, size=14)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(155), alignment=2)
    _redline(doc)
    title_lines(doc, _split_title(meeting_title), size=18)
    if prose:
        body(doc, f"{t.date(held, 'upper' if upper_date else 'cn')}上午，{place}知识产权保护工作联席会议在区政府"
                  f"三楼会议室召开。会议由{'副区长' if place.endswith('区') else '副市长'}{chair}主持，"
                  f"联席会议成员单位分管负责同志{len(others)}人参加。"
                  f"会议主要议题：" + "；".join(f"{'一二三四'[i]}是{x}" for i, x in enumerate(topics)) + "。")
        body(doc, f"会议指出，{year - 1}年以来，全区知识产权保护工作取得明显成效。会议强调，各成员单位要对照考核"
                  f"方案逐项梳理佐证材料，于{t.date(held + dt.timedelta(days=20), 'md')}前报送联席办。")
        heading(doc, "会议议定事项如下：", 1)
        body(doc, f"一、{rng.choice(TASKS)}由区市场监管局牵头，{t.date(held + dt.timedelta(days=30), 'md')}前完成。")
        body(doc, f"二、{rng.choice(TASKS)}由区公安分局牵头，各镇配合。")
    else:
        body(doc, f"时间：{t.date(held, 'upper' if upper_date else 'cn')}（星期{'一二三四五六日'[held.weekday()]}）"
                  f"上午9:30")
        body(doc, "地点：区政府三楼第二会议室")
        body(doc, f"主持人：{chair}")
        body(doc, "参会人员：" + "、".join(others[:5]) + "等联席会议成员单位负责同志")
        body(doc, f"记录人：{others[-1]}")
        body(doc, "会议议题：")
        if auto_numbers:
            numbered(doc, topics)
        else:
            for i, topic in enumerate(topics):
                body(doc, f"{cn_number(i + 1)}、{topic}")
        if not short:
            heading(doc, "会议内容", 1)
        body(doc, f"会议听取了各成员单位工作汇报。截至{t.date(held - dt.timedelta(days=3), 'cn')}，全区共立案查处"
                  f"侵权假冒案件{rng.randint(10, 60)}宗，罚没款{rng.randint(5, 90)}.{rng.randint(1, 9)}万元。")
    t.set(title=meeting_title, organ=organ, doc_type="会议纪要",
          meetings=[{"date": held.isoformat(), "title": meeting_title, "chair": chair, "topics": topics}])
    return doc, {"seal_text": signed, "organ": organ}


def make_signin(t: Truth, rng: random.Random, year: int, *, filled: int, blank: int, handwritten: bool):
    doc = new_doc(footer_page=False)
    event = rng.choice(["知识产权保护业务培训班", "知识产权保护工作联席会议", "打击侵权假冒工作推进会",
                        "“4·26”知识产权宣传周活动", "知识产权行政执法培训会"])
    title = f"{year}年{event}签到表"
    title_lines(doc, [title], size=20)
    held = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    when = t.date(held, rng.choice(['cn', 'dot', 'iso', 'slash']))
    _para(doc, f"时间：{when}　　地点：区市场监管局五楼会议室", size=14)
    header_row = ["序号", "单位", "姓名", "职务", "联系电话"]
    names = people(rng, filled)
    rows = [[str(i + 1), rng.choice(UNITS), n, rng.choice(["科员", "副局长", "股长", "主任", "执法员", "副主任"]),
             mobile(rng)] for i, n in enumerate(names)]
    blanks = [[str(filled + i + 1), "", "", "", ""] for i in range(blank)]
    _table(doc, [header_row], rows + blanks, [14, 52, 26, 24, 38], size=12,
           handwriting={2, 3, 4} if handwritten else None)
    t.set(title=title, doc_type="签到表", attendance={"count": filled, "names": names},
          tables=[{"header": header_row, "row_count": filled, "rows": rows}])
    return doc, {"seal_text": None, "organ": None}


def make_cases(t: Truth, rng: random.Random, organ_key: str, year: int, n: int, *, ruling: bool,
               two_row_header: bool):
    organ, prefixes = ORGANS[organ_key]
    doc = new_doc(header=f"{organ}", landscape=True)
    title = f"{year}年度知识产权行政处罚案件信息公开统计表"
    title_lines(doc, [title], size=18)
    _para(doc, f"填报单位：{organ}（盖章）", size=12)
    penalty = next((p for p in prefixes if p.endswith("罚")), prefixes[0] + "罚")
    leaf = ["序号", "案件名称", "处罚决定书文号", "立案日期", "结案日期", "是否公开"] + (["处理结果"] if ruling else [])
    if two_row_header:
        top = ["序号", "案件名称", "处罚决定书文号", "办理时间", None, "是否公开"] + (["处理结果"] if ruling else [])
        second = ["^", "^", "^", "立案日期", "结案日期", "^"] + (["^"] if ruling else [])
        headers = [top, second]
    else:
        headers = [leaf]
    rows = []
    goods = ["“耐克”运动鞋", "“五粮液”白酒", "“华为”手机配件", "“马应龙”药膏", "“立白”洗衣液", "“海天”酱油",
             "“中华”香烟", "“飞鹤”奶粉", "“安踏”服装"]
    for i in range(n):
        opened = dt.date(year, rng.randint(1, 9), rng.randint(1, 28))
        closed = opened + dt.timedelta(days=rng.randint(20, 150))
        row = [str(i + 1), f"某商行销售侵犯{rng.choice(goods)}注册商标专用权商品案",
               t.docno(penalty, year, rng.randint(1, 80)), t.date(opened, "iso"), t.date(closed, "iso"),
               rng.choice(["是", "是", "是", "否"])]
        if ruling:
            row.append(f"没收侵权商品{rng.randint(5, 300)}件，罚款{rng.randint(1, 50) * 1000}元")
        rows.append(row)
    _table(doc, headers, rows, [12, 70, 52, 28, 28, 20] + ([47] if ruling else []), size=11)
    _para(doc, f"填表人：{person(rng)}　　审核人：{person(rng)}　　填报日期：{t.date(dt.date(year, 12, 5))}", size=12)
    t.set(title=title, doc_type="统计表", tables=[{"header": leaf, "row_count": n, "rows": rows}])
    return doc, {"seal_text": None, "organ": organ}


def make_scheme(t: Truth, rng: random.Random, organ_key: str, year: int):
    """An implementation scheme (方案) with an auto-numbered list and a task table whose indicator column is
    merged down over its tasks."""
    organ, _ = ORGANS[organ_key]
    place = _place(organ)
    doc = new_doc(header=f"{place}{year}年知识产权保护工作")
    title = f"{place}{year}年知识产权保护工作检查考核迎考工作方案"
    title_lines(doc, _split_title(title))
    body(doc, f"为做好{year}年度知识产权保护工作检查考核迎考工作，{_cite(t, rng, year)}，制定本方案。")
    heading(doc, "一、组织领导")
    body(doc, f"成立迎考工作领导小组，由区政府分管副区长{person(rng)}任组长，区市场监管局局长{person(rng)}任副组长。")
    heading(doc, "二、工作步骤")
    steps = [f"动员部署阶段（{t.span(dt.date(year, 6, 1), dt.date(year, 6, 15))}）",
             f"自查整改阶段（{t.span(dt.date(year, 6, 16), dt.date(year, 9, 30))}）",
             f"迎考验收阶段（{t.date(dt.date(year, 10, 1))}至考核结束）"]
    numbered(doc, steps)
    heading(doc, "三、任务分工")
    header_row = ["考核指标", "工作任务", "牵头单位", "配合单位"]
    indicators = rng.sample(["1.组织领导", "2.制度建设", "3.行政保护", "4.司法保护", "5.宣传培训", "6.协同保护"], 4)
    rows = []
    spans = []
    for indicator in indicators:
        k = rng.randint(1, 3)
        spans.append((len(rows), k))
        for task in rng.sample(TASKS, k):
            rows.append([indicator, task, rng.choice(UNITS), "、".join(rng.sample(UNITS, 2))])
    _table(doc, [header_row], rows, [30, 60, 30, 36], size=12)
    table = doc.tables[-1]
    for start, k in spans:  # the indicator cell merged down over its tasks (its text written once)
        if k > 1:
            for r in range(start + 2, start + k + 1):
                table.cell(r, 0).paragraphs[0].clear()
            table.cell(start + 1, 0).merge(table.cell(start + k, 0))
    for cell in table.columns[0].cells:  # merging appends the emptied paragraphs: keep one
        for extra in cell.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
    heading(doc, "四、工作要求")
    body(doc, f"各单位于每季度末月25日前报送工作进展，{t.date(dt.date(year, 11, 20))}前报送全年佐证材料。")
    issued = dt.date(year, 5, rng.randint(10, 28))
    signed = t.date(issued)
    signature(doc, organ, signed)
    t.set(title=title, organ=organ, doc_type="方案", tables=[{"header": header_row, "row_count": len(rows),
                                                              "rows": rows}])
    return doc, {"seal_text": signed, "organ": organ}


def make_bulletin(t: Truth, rng: random.Random, organ_key: str, year: int):
    """A work bulletin (工作简报): its masthead, issue number and date sit in a text box."""
    organ, _ = ORGANS[organ_key]
    place = _place(organ)
    doc = new_doc(footer_page=False)
    issued = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    p = _para(doc)
    _textbox(p, [f"{place}知识产权保护工作简报", f"第{rng.randint(1, 12)}期",
                 f"{organ}　　　{t.date(issued, rng.choice(['cn', 'upper']))}"], 0, 0, 440, 110, border=True)
    for _ in range(5):
        _para(doc)
    title = f"{place}多措并举推进知识产权保护规范化市场培育工作"
    title_lines(doc, _split_title(title), size=18)
    body(doc, f"今年以来，{place}对照《知识产权保护规范化市场培育指南》，在{rng.randint(2, 5)}个专业市场开展培育工作。"
              f"{t.date(issued - dt.timedelta(days=rng.randint(3, 20)), 'md')}，区市场监管局组织召开培育工作推进会。")
    body(doc, f"截至{t.date(issued - dt.timedelta(days=1))}，共开展市场巡查{rng.randint(10, 60)}次，"
              f"调解知识产权纠纷{rng.randint(2, 20)}宗。")
    t.set(organ=organ)  # a bulletin's title is ambiguous (masthead or article): not scored
    return doc, {"seal_text": None, "organ": organ}


def make_newsprint(t: Truth, rng: random.Random, year: int):
    """A news report copied into Word, as units send them (title, source line, text, 来源 in the body)."""
    doc = new_doc(header=f"{year}年知识产权保护工作佐证材料", footer_page=False)
    outlet, other = rng.sample(OUTLETS, 2)
    day = dt.date(year, 4, rng.randint(20, 28))
    title = f"武江区启动{year}年知识产权宣传周活动 {rng.randint(20, 60)}家企业现场签订知识产权保护承诺书"
    title_lines(doc, _split_title(title), size=18)
    _para(doc, f"来源：{outlet}　　发布时间：{t.date(day, 'iso')} 09:{rng.randint(10, 59)}", size=12,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    body(doc, f"{t.date(day, 'md')}，韶关市武江区{year}年知识产权宣传周活动在步行街广场启动。活动现场设置咨询台"
              f"{rng.randint(5, 12)}个，发放宣传资料{rng.randint(1, 9)}000余份，"
              f"接受群众咨询{rng.randint(100, 500)}人次。")
    body(doc, f"据介绍，宣传周期间（{t.span(day, day + dt.timedelta(days=6), 'md')}），该区还将开展知识产权进校园、"
              f"进企业、进市场等系列活动。活动情况被{other}等媒体报道。")
    t.set(title=title, doc_type="新闻报道", media=[{"outlet": outlet}, {"outlet": other}])
    return doc, {"seal_text": None, "organ": None}


# ---------------------------------------------------------------------------------------------- rasters
def render_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    pages = [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    document.close()
    return pages


def find_text(pdf: Path, text: str, dpi: int) -> tuple[int, int, int] | None:
    """(page index, x, y) in pixels at `dpi` of the last occurrence of `text`, for the seal."""
    document = pypdfium2.PdfDocument(str(pdf))
    found = None
    for index, page in enumerate(document):
        textpage = page.get_textpage()
        raw = textpage.get_text_range()
        squeezed = "".join(raw.split())
        if text not in squeezed:
            continue
        # locate through the characters: find the first char of the text's last occurrence
        chars = [(i, ch) for i, ch in enumerate(raw) if not ch.isspace()]
        pos = squeezed.rfind(text)
        char_index = chars[pos][0]
        left, bottom, right, top = textpage.get_charbox(char_index)
        height = page.get_height()
        found = (index, int((left + 70) * dpi / 72), int((height - (top + bottom) / 2) * dpi / 72))
    document.close()
    return found


def seal(image: Image.Image, centre: tuple[int, int], radius: int, organ: str, rng: random.Random) -> None:
    """A red round seal (ring, star, organ name round the top) blended over the page."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    colour = (215, 30, 40, rng.randint(150, 200))
    width = max(2, radius // 18)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=colour, width=width)
    star = [(cx + radius * 0.3 * math.cos(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4),
             cy - radius * 0.3 * math.sin(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4))
            for k in range(10)]
    draw.polygon(star, fill=colour)
    font = ImageFont.truetype(SANS_BOLD, max(8, int(radius * 0.22)), index=2)
    n = len(organ)
    for k, ch in enumerate(organ):
        angle = math.pi * (1.1 + 0.8 * (k / max(1, n - 1)))  # an arc across the top
        glyph = Image.new("RGBA", (font.size * 2, font.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 2), ch, font=font, fill=colour)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        gx = int(cx + radius * 0.75 * math.cos(angle) - glyph.width / 2)
        gy = int(cy + radius * 0.75 * math.sin(angle) - glyph.height / 2)
        layer.alpha_composite(glyph, (max(0, gx), max(0, gy)))
    image.paste(Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB"))


def degrade_scan(page: Image.Image, rng: random.Random, nrng: np.random.Generator, *, grey: bool, skew: float,
                 quality: int, fax: bool) -> Image.Image:
    if skew:
        page = page.rotate(skew, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    array = np.asarray(page).astype(np.float32)
    if not grey and not fax:  # recycled paper tint
        array *= np.array([0.98, 0.96, 0.90], dtype=np.float32)
    array += nrng.normal(0, 6 if not fax else 20, array.shape[:2])[..., None]
    if fax:
        grey_img = array.mean(axis=2)
        grey_img = cv2.resize(grey_img, (grey_img.shape[1], grey_img.shape[0] // 2), interpolation=cv2.INTER_AREA)
        grey_img = cv2.resize(grey_img, (grey_img.shape[1], grey_img.shape[0] * 2), interpolation=cv2.INTER_NEAREST)
        binary = np.where(grey_img < 150, 0, 255).astype(np.uint8)
        for _ in range(rng.randint(2, 5)):  # streaks of a dirty fax head
            x = rng.randint(0, binary.shape[1] - 3)
            binary[:, x:x + rng.randint(1, 2)] = np.minimum(binary[:, x:x + 2].min(), 90)
        return Image.fromarray(binary, "L")
    array = np.clip(array, 0, 255).astype(np.uint8)
    image = Image.fromarray(array, "RGB")
    if grey:
        image = image.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert(image.mode)


def save_image_pdf(pages: list[Image.Image], path: Path, dpi: int) -> None:
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=time.gmtime(FILE_TIME), modDate=time.gmtime(FILE_TIME), producer="Scanner")


def photograph(page: Image.Image, rng: random.Random, nrng: np.random.Generator, *, shadow: bool,
               blur: float) -> Image.Image:
    """A page photographed on a desk by a phone: 3000×4000, perspective, uneven light, blur, JPEG."""
    width, height = 3000, 4000
    xx = np.arange(width, dtype=np.float32)[None, :]
    yy = np.arange(height, dtype=np.float32)[:, None]
    grain_x, grain_y = np.sin(xx / 170 + 1.3), np.sin(yy / 37)  # a wooden desk
    desk = np.empty((height, width, 3), np.float32)
    desk[..., 0] = 120 + 25 * grain_x + 10 * grain_y
    desk[..., 1] = 85 + 18 * grain_x + 8 * grain_y
    desk[..., 2] = 55 + 10 * grain_x
    src = np.asarray(page.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    margin = 140
    quad = np.float32([[margin + rng.randint(0, 260), margin + rng.randint(0, 220)],
                       [width - margin - rng.randint(0, 260), margin + rng.randint(0, 160)],
                       [width - margin - rng.randint(0, 120), height - margin - rng.randint(0, 200)],
                       [margin + rng.randint(0, 120), height - margin - rng.randint(0, 260)]])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), quad)
    warped = cv2.warpPerspective(src, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (width, height))[..., None]
    scene = warped * mask + desk * (1 - mask)
    light = 0.82 + 0.18 * (1 - ((xx - width * 0.3) ** 2 + (yy - height * 0.35) ** 2) / (width ** 2 + height ** 2))
    scene *= light[..., None]
    if shadow:  # a hand/phone shadow across one corner
        sx, sy = rng.choice([(0, height), (width, height), (width, 0)])
        dist = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
        scene *= (0.55 + 0.45 * np.clip((dist - 900) / 700, 0, 1))[..., None]
    scene *= np.array([1.0, 0.97, 0.9], dtype=np.float32)  # warm indoor light
    scene += 5 * nrng.standard_normal((height, width, 1), dtype=np.float32)
    image = np.clip(scene, 0, 255).astype(np.uint8)
    if blur:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    out = Image.fromarray(image, "RGB")
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=rng.randint(78, 90))
    return Image.open(io.BytesIO(buffer.getvalue()))


# ---------------------------------------------------------------------------------------------- screenshots
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=2 if "Noto" in path else 0)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if font.getlength(line + ch) > width and line:
            if ch in "，。、；：）》”":  # no line starts with closing punctuation
                line += ch
                continue
            lines.append(line)
            line = ""
        line += ch
    return lines + ([line] if line else [])


class Canvas:
    def __init__(self, width: int, height: int, background=(255, 255, 255)):
        self.image = Image.new("RGB", (width, height), background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 0
        self.printed: list[str] = []  # every line of text drawn, for the truth check

    def text(self, x: int, text: str, font, fill=(34, 34, 34), width: int | None = None, gap: int = 12,
             centre: bool = False) -> None:
        for line in _wrap(text, font, width or self.image.width - 2 * x):
            lx = (self.image.width - font.getlength(line)) / 2 if centre else x
            self.draw.text((lx, self.y), line, font=font, fill=fill)
            self.printed.append(line)
            self.y += font.size + gap

    def cropped(self, bottom: int) -> Canvas:
        """The screenshot cut below `bottom`; everything drawn must lie above the cut."""
        if bottom > self.image.height:
            raise SystemExit(f"screenshot text runs {bottom - self.image.height} px past the screen")
        self.image = self.image.crop((0, 0, self.image.width, bottom))
        return self


def status_bar(c: Canvas, rng: random.Random) -> None:
    c.draw.rectangle([0, 0, c.image.width, 90], fill=(237, 237, 237))
    f = _font(SANS_BOLD, 34)
    c.draw.text((50, 24), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=f, fill=(0, 0, 0))
    c.draw.text((c.image.width - 230, 24), "5G", font=f, fill=(0, 0, 0))
    c.draw.rounded_rectangle([c.image.width - 150, 30, c.image.width - 70, 62], 6, outline=(0, 0, 0), width=3)
    c.draw.rectangle([c.image.width - 146, 34, c.image.width - 100, 58], fill=(0, 0, 0))
    c.y = 90


def screenshot_wechat(t: Truth, rng: random.Random, year: int, account: str, outlet: str | None) -> Canvas:
    c = Canvas(1080, 2340)
    status_bar(c, rng)
    c.draw.rectangle([0, 90, 1080, 210], fill=(237, 237, 237))
    c.draw.text((40, 118), "✕" if False else "<", font=_font(SANS, 52), fill=(0, 0, 0))
    c.draw.text((1000, 118), "···", font=_font(SANS_BOLD, 44), fill=(0, 0, 0))
    c.y = 260
    place = rng.choice(["武江区", "曲江区", "浈江区", "平桥区", "永宁县", "夷陵区"])
    title = rng.choice([
        f"{place}开展“知识产权保护进市场”专项检查 查获侵权商品{rng.randint(100, 900)}余件",
        f"守护创新成果！{place}多部门联合开展{year}年打击侵权假冒“铁拳”行动",
        f"{place}召开知识产权保护工作联席会议 部署迎接{year}年度检查考核工作",
    ])
    c.text(50, title, _font(SANS_BOLD, 62), fill=(20, 20, 20), gap=22)
    c.y += 20
    day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    region = {"平桥区": "河南", "永宁县": "宁夏", "夷陵区": "湖北"}.get(place, "广东")
    meta = f"原创　{account}　{t.date(day, 'iso')} {rng.randint(8, 21)}:{rng.randint(10, 59)}　{region}"
    c.text(50, meta, _font(SANS, 34), fill=(120, 140, 170))
    c.y += 54
    f = _font(SANS, 44)
    c.text(50, f"{t.date(day, 'md')}，{place}市场监管局联合公安、文广旅体等部门，对辖区{rng.randint(3, 9)}个"
               f"专业市场开展知识产权保护专项检查。", f, gap=26)
    c.y += 30
    c.draw.rectangle([50, c.y, 1030, c.y + 520], fill=(190, 196, 200))  # a photo in the article
    c.draw.text((420, c.y + 240), "[图片]", font=_font(SANS, 44), fill=(240, 240, 240))
    c.y += 560
    c.text(50, f"此次行动共出动执法人员{rng.randint(20, 90)}人次，检查经营户{rng.randint(100, 400)}户，"
               f"立案查处商标侵权案件{rng.randint(2, 9)}宗。", f, gap=26)
    c.y += 20
    if outlet:
        c.text(50, f"来源：{outlet}", _font(SANS, 36), fill=(136, 136, 136))
        c.text(50, f"编辑：{person(rng)}　审核：{person(rng)}", _font(SANS, 36), fill=(136, 136, 136))
    c.y += 40
    c.draw.text((50, c.y), f"阅读 {rng.randint(1000, 9999)}　　　赞 {rng.randint(10, 99)}　　　在看 "
                           f"{rng.randint(1, 30)}", font=_font(SANS, 36), fill=(120, 120, 120))
    t.set(title=title, doc_type="新闻报道", media=[{"outlet": outlet}] if outlet else None)
    return c.cropped(c.y + 160)


def screenshot_govsite(t: Truth, rng: random.Random, year: int, outlet: str | None) -> Canvas:
    c = Canvas(1600, 1500, (245, 245, 245))
    site = rng.choice(["韶关市武江区人民政府", "信阳市平桥区人民政府", "永宁县人民政府", "宜昌市夷陵区人民政府"])
    c.draw.rectangle([0, 0, 1600, 150], fill=(178, 24, 28))
    c.draw.text((180, 40), site, font=_font(SERIF_BOLD, 56), fill=(255, 255, 255))
    c.draw.text((1120, 60), "www.example.gov.cn", font=_font(SANS, 26), fill=(255, 220, 220))
    c.draw.rectangle([0, 150, 1600, 210], fill=(140, 14, 18))
    nav = ["首页", "政务公开", "政务动态", "政务服务", "互动交流", "走进" + site[-7:-4]]
    for i, item in enumerate(nav):
        c.draw.text((200 + i * 200, 163), item, font=_font(SANS, 30), fill=(255, 255, 255))
    c.draw.rectangle([160, 240, 1440, 1480], fill=(255, 255, 255))
    c.draw.text((200, 260), "当前位置：首页 > 政务动态 > 部门动态", font=_font(SANS, 24), fill=(100, 100, 100))
    c.y = 340
    unit = ("县" if "县" in site else "区") + rng.choice(["市场监管局", "人民法院", "公安局", "人民检察院"])
    title = rng.choice([f"{unit}扎实开展{year}年知识产权执法保护专项行动，多措并举营造尊重知识产权、"
                        f"保护创新的良好营商环境",
                        f"{unit}召开知识产权保护工作推进会暨迎接{year}年度知识产权保护工作检查考核动员部署会议"])
    c.text(260, title, _font(SANS_BOLD, 44), fill=(30, 30, 30), width=1080, centre=True, gap=16)
    c.y += 20
    day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    source = outlet or unit
    meta = (f"来源：{source}　　发布时间：{t.date(day, rng.choice(['iso', 'slash0']))} {rng.randint(8, 18)}:"
            f"{rng.randint(10, 59)}　　浏览次数：{rng.randint(100, 5000)}　　【字体：大 中 小】")
    c.text(200, meta, _font(SANS, 24), fill=(110, 110, 110), width=1200, centre=True)
    c.draw.line([200, c.y + 10, 1400, c.y + 10], fill=(220, 220, 220), width=2)
    c.y += 40
    f = _font(SANS, 30)
    cited = rng.choice(CITED)
    c.text(240, f"为深入贯彻落实上级关于强化知识产权保护的决策部署，{t.date(day - dt.timedelta(days=2), 'md')}，"
                f"{unit}组织召开专题会议，对{year}年知识产权保护工作进行再部署。会议传达学习了"
                f"《{cited[1].format(y=year - 1)}》（{t.docno(cited[0], year - 1, rng.randint(1, 40))}）精神。",
           f, width=1120, gap=20)
    c.y += 10
    c.text(240, f"会议要求，要对照考核细则逐项抓好落实，确保各项佐证材料于{t.date(dt.date(year, 11, 30))}前"
                f"报送到位。", f, width=1120, gap=20)
    t.set(title=title, doc_type="新闻报道", media=[{"outlet": outlet}] if outlet else None)
    return c.cropped(c.y + 60)


def screenshot_app(t: Truth, rng: random.Random, year: int, outlet: str) -> Canvas:
    c = Canvas(1080, 2000)
    status_bar(c, rng)
    c.draw.rectangle([0, 90, 1080, 200], fill=(255, 255, 255))
    c.draw.text((40, 115), "<", font=_font(SANS, 50), fill=(0, 0, 0))
    c.draw.text((430, 118), outlet, font=_font(SANS_BOLD, 42), fill=(200, 20, 20))
    c.draw.line([0, 200, 1080, 200], fill=(230, 230, 230), width=2)
    c.y = 240
    place = rng.choice(["韶关", "信阳", "银川", "宜昌"])
    title = (f"{place}：知识产权“严保护”护航营商环境 {year}年以来办理侵权假冒案件{rng.randint(50, 300)}宗 "
             f"涉案金额{rng.randint(100, 900)}万元")
    c.text(48, title, _font(SANS_BOLD, 56), fill=(17, 17, 17), gap=20)
    c.y += 16
    day = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    c.text(48, f"{outlet}记者 {person(rng)} 通讯员 {person(rng)}", _font(SANS, 32), fill=(130, 130, 130), gap=8)
    c.text(48, f"{t.date(day, rng.choice(['iso', 'dot0']))} {rng.randint(8, 21)}:{rng.randint(10, 59)}　"
               f"阅读量{rng.randint(1, 9)}.{rng.randint(1, 9)}万", _font(SANS, 32), fill=(130, 130, 130))
    c.text(48, f"来源：{outlet}", _font(SANS, 32), fill=(130, 130, 130))
    c.y += 30
    f = _font(SANS, 42)
    c.text(48, f"记者{t.date(day - dt.timedelta(days=1), 'md')}从{place}市知识产权局获悉，今年以来，"
               f"该市以“铁拳”行动为抓手，持续加大知识产权执法力度。", f, gap=24)
    c.text(48, f"{year}年{rng.randint(1, 3)}月以来，全市共查处商标侵权案件{rng.randint(20, 80)}宗。", f, gap=24)
    t.set(title=title, doc_type="新闻报道", media=[{"outlet": outlet}])
    return c.cropped(c.y + 120)


# ---------------------------------------------------------------------------------------------- XLSX
THIN = Side(style="thin", color="000000")


def make_ledger(t: Truth, rng: random.Random, path: Path, year: int, *, variant: int) -> None:
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Administrator"
    ws = wb.active
    kinds = [  # title, leaf header, (first, last column, label) of a group label over two header rows
        (f"{year}年度知识产权宣传培训活动台账", ["序号", "活动日期", "活动名称", "组织单位", "参加人数", "佐证材料"],
         None),
        (f"武江区{year}年知识产权维权援助案件登记表",
         ["序号", "受理日期", "申请人", "案件类型", "办结日期", "办理结果"],
         None),
        (f"{year}年知识产权保护工作信息报送统计表", ["序号", "报送日期", "信息标题", "刊发媒体", "媒体级别", "文号"],
         (3, 4, "刊发情况")),
        (f"{year}年度知识产权宣传培训活动统计表", ["序号", "活动日期", "活动名称", "组织单位", "参加人数", "佐证材料"],
         (2, 4, "活动情况")),
    ]
    title, header, group = kinds[variant % len(kinds)]
    ws.title = ["宣传培训", "维权援助", "信息报送", "培训统计"][variant % len(kinds)]
    ncols = len(header)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1, title).font = Font(name="方正小标宋简体", size=18)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    filled_on = dt.date(year, 12, rng.randint(1, 10))
    ws.cell(2, 1, f"填报单位（盖章）：{rng.choice(UNITS)}")
    ws.cell(2, ncols - 1, f"填报日期：{t.date(filled_on, rng.choice(['cn', 'dot']))}")
    header_row = 3
    if group:  # two header rows: the group label merged across its columns, the others merged downwards
        first, last, label = group
        header_row = 4
        for c in range(1, ncols + 1):
            if first <= c - 1 <= last:
                ws.cell(4, c, header[c - 1])
            else:
                ws.cell(3, c, header[c - 1])
                ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        ws.cell(3, first + 1, label)
        ws.merge_cells(start_row=3, start_column=first + 1, end_row=3, end_column=last + 1)
    else:
        for c in range(1, ncols + 1):
            ws.cell(3, c, header[c - 1])
    n = rng.randint(6, 14)
    rows = []
    for i in range(n):
        day = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
        if variant % 4 in (0, 3):
            values = [i + 1, day, rng.choice(TASKS) + rng.choice(["培训会", "宣传活动", "现场咨询"]), rng.choice(UNITS),
                      rng.randint(20, 300), rng.choice(["照片、签到表", "新闻报道截图", "通知、签到表"])]
            shown = [str(i + 1), t.date(day, "iso"), values[2], values[3], str(values[4]), values[5]]
        elif variant % 4 == 1:
            done = day + dt.timedelta(days=rng.randint(5, 40))
            date_text = t.date(day, "dot")
            applicant = person(rng) if rng.random() < 0.5 else f"韶关市某{rng.choice(['贸易', '科技'])}有限公司"
            values = [i + 1, date_text, applicant,
                      rng.choice(["专利侵权纠纷", "商标侵权纠纷", "著作权纠纷", "地理标志"]), done,
                      rng.choice(["调解成功", "已指导维权", "移送执法部门"])]
            shown = [str(i + 1), date_text, values[2], values[3], t.date(done, "iso"), values[5]]
        else:
            outlet = rng.choice(OUTLETS[:9])  # national, Guangdong and Shaoguan outlets of a 武江区 ledger
            number = t.docno("武知联办", year, rng.randint(1, 60)) if rng.random() < 0.4 else "—"
            values = [i + 1, day, f"武江区{rng.choice(TASKS)}", outlet,
                      LEVELS.get(outlet, "市级"), number]
            shown = [str(i + 1), t.date(day, "iso"), values[2], outlet, values[4], number]
        rows.append(shown)
        for c, v in enumerate(values):
            cell = ws.cell(header_row + 1 + i, c + 1, v)
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cell.border = Border(THIN, THIN, THIN, THIN)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for k in range(rng.randint(3, 6)):  # pre-numbered blank rows
        for c in range(ncols):
            ws.cell(header_row + 1 + n + k, c + 1, n + k + 1 if c == 0 else None).border = Border(THIN, THIN, THIN,
                                                                                                  THIN)
    last = header_row + n + 8
    ws.cell(last, 1, f"填表人：{person(rng)}　　联系电话：{mobile(rng)}")
    for c, w in enumerate([6, 14, 40, 24, 12, 22]):
        ws.column_dimensions["ABCDEF"[c]].width = w
    ws.page_setup.orientation = "landscape"  # printed on A4, one page wide
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_xlsx(wb, path)
    outlets = sorted({r[3] for r in rows}) if variant % 4 == 2 else []
    t.set(title=title, doc_type="统计表", tables=[{"header": header, "row_count": n, "rows": rows}],
          media=[{"outlet": o} for o in outlets] or None)


def make_signin_xlsx(t: Truth, rng: random.Random, path: Path, year: int) -> None:
    """A sign-in sheet kept in Excel: title row, 时间/地点 line, names typed in afterwards, blank numbered rows."""
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "签到表"
    title = f"{year}年知识产权行政保护业务培训班签到表"
    ws.merge_cells("A1:E1")
    ws["A1"] = title
    ws["A1"].font = Font(name="黑体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    held = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
    ws.merge_cells("A2:E2")
    ws["A2"] = f"培训时间：{t.date(held, 'slash')}　　培训地点：区行政服务中心三楼会议室"
    header = ["序号", "姓名", "单位", "职务", "签到时间"]
    for c, label in enumerate(header, 1):
        ws.cell(3, c, label).font = Font(bold=True)
    n = rng.randint(15, 24)
    names = people(rng, n)
    rows = []
    for i, name in enumerate(names):
        row = [str(i + 1), name, rng.choice(UNITS), rng.choice(["科员", "股长", "执法员", "副主任"]),
               f"8:{rng.randint(30, 59)}"]
        rows.append(row)
        for c, value in enumerate([i + 1, *row[1:]], 1):
            ws.cell(4 + i, c, value).border = Border(THIN, THIN, THIN, THIN)
    for k in range(rng.randint(4, 8)):
        ws.cell(4 + n + k, 1, n + k + 1).border = Border(THIN, THIN, THIN, THIN)
    save_xlsx(wb, path)
    t.set(title=title, doc_type="签到表", attendance={"count": n, "names": names},
          tables=[{"header": header, "row_count": n, "rows": rows}])


# ---------------------------------------------------------------------------------------------- plan
def plan(rng: random.Random) -> list[tuple]:
    """(file name, kind, maker, options) for every file; options say how a DOCX becomes the file."""
    items: list[tuple] = []

    def add(name, kind, maker, **opts):
        if any(Path(other).stem == Path(name).stem for other, *_ in items):  # one PDF per stem
            raise ValueError(f"two planned files named {Path(name).stem}")
        items.append((name, kind, maker, opts))

    notice_organs = ["wj_amr", "wj_daj", "wj_gov", "sg_amr", "xy_ip", "yn_amr", "hb_daj", "wj_joint", "ps_amr",
                     "yc_daj", "wj_court", "wj_police"]
    brackets = ["〔〕", "〔〕", "[]", "【】", "〔〕", "（）"]
    # text PDFs
    for i in range(4):
        add(f"通知-{i + 1:02d}.pdf", "text_pdf", "notice", organ=notice_organs[i], variant=i,
            table_rows=[0, 26, 0, 8][i], bracket=brackets[i], box=(i == 2))
    add("函-01.pdf", "text_pdf", "letter", organ="sg_amr")
    add("会议纪要-01.pdf", "text_pdf", "minutes", organ="wj_joint", prose=False, auto=True)
    add("签到表-01.pdf", "text_pdf", "signin", filled=14, blank=4, hand=False)
    add("处罚案件统计-01.pdf", "text_pdf", "cases", organ="wj_amr", n=30, ruling=True, two=True)
    # scans
    scans = [(150, True, 1.2, 55, False), (300, False, -0.8, 80, False), (150, False, 2.0, 45, False),
             (300, True, 0.4, 70, False), (200, True, 0.0, 60, True), (150, True, -1.5, 40, False)]
    scan_makers = [("notice", {"organ": "wj_daj", "variant": 1}), ("notice", {"organ": "yn_amr", "variant": 2}),
                   ("letter", {"organ": "qj_amr"}), ("minutes", {"organ": "xy_joint", "prose": True}),
                   ("notice", {"organ": "hb_daj", "variant": 3, "bracket": "[]"}),
                   ("cases", {"organ": "ps_amr", "n": 12, "ruling": False, "two": False})]
    for i, ((dpi, grey, skew, quality, fax), (maker, opts)) in enumerate(zip(scans, scan_makers, strict=True)):
        add(f"扫描件-{i + 1:02d}.pdf", "scan", maker, dpi=dpi, grey=grey, skew=skew, quality=quality, fax=fax,
            **opts)
    # photos
    add("照片-签到表-01.jpg", "photo", "signin", filled=11, blank=5, hand=True, shadow=True, blur=1.2)
    add("照片-通知-01.jpg", "photo", "notice", organ="wj_gov", variant=2, shadow=False, blur=0.8)
    add("照片-会议纪要-01.jpg", "photo", "minutes", organ="wj_joint", prose=False, shadow=True, blur=1.6)
    # screenshots
    add("截图-公众号-01.png", "screenshot", "wechat", account="韶关日报", outlet="韶关日报")
    add("截图-公众号-02.png", "screenshot", "wechat", account="武江发布", outlet=None)
    add("截图-政府网站-01.png", "screenshot", "govsite", outlet="南方日报")
    add("截图-政府网站-02.png", "screenshot", "govsite", outlet=None)
    add("截图-新闻客户端-01.png", "screenshot", "app", outlet="湖北日报")
    # docx
    add("通知-08.docx", "docx", "notice", organ="wj_police", variant=0, table_rows=6, box=True,
        header="韶关市公安局武江分局")
    add("会议纪要-02.docx", "docx", "minutes", organ="wj_joint", prose=False, auto=True)
    add("签到表-02.docx", "docx", "signin", filled=9, blank=3, hand=False)
    add("新闻报道-01.docx", "docx", "newsprint")
    add("处罚案件统计-02.docx", "docx", "cases", organ="wj_amr", n=7, ruling=False, two=True)
    # xlsx
    for i in range(4):
        add(f"台账-{i + 1:02d}.xlsx", "xlsx", "ledger", variant=i)
    # second batch
    add("通知-05.pdf", "text_pdf", "notice", organ="cn_daj", variant=3)
    add("通知-06.pdf", "text_pdf", "notice", organ="wj_court", variant=1, bracket="〔〕")
    add("方案-01.pdf", "text_pdf", "scheme", organ="wj_amr")
    add("会议纪要-03.pdf", "text_pdf", "minutes", organ="yc_daj", prose=True)
    add("新闻报道-02.pdf", "text_pdf", "newsprint")
    add("签到表-03.pdf", "text_pdf", "signin", filled=31, blank=3, hand=False)
    more_scans = [(300, False, 0.6, 75, False, "signin", {"filled": 13, "blank": 4, "hand": True}),
                  (300, True, -1.8, 60, False, "minutes", {"organ": "wj_joint", "prose": False}),
                  (150, False, 1.0, 50, False, "scheme", {"organ": "yn_amr"}),
                  (200, True, 0.0, 60, True, "letter", {"organ": "wj_amr"}),
                  (300, False, -0.5, 85, False, "notice", {"organ": "cn_ipjoint", "variant": 1}),
                  (150, True, 0.9, 45, False, "newsprint", {})]
    for i, (dpi, grey, skew, quality, fax, maker, opts) in enumerate(more_scans, start=7):
        add(f"扫描件-{i:02d}.pdf", "scan", maker, dpi=dpi, grey=grey, skew=skew, quality=quality, fax=fax, **opts)
    add("照片-签到表-02.jpg", "photo", "signin", filled=8, blank=7, hand=True, shadow=True, blur=2.0)
    add("照片-函-01.jpg", "photo", "letter", organ="yn_amr", shadow=False, blur=1.0)
    add("照片-签到表-03.jpg", "photo", "signin", filled=12, blank=2, hand=False, shadow=False, blur=1.4)
    add("照片-通知-02.jpg", "photo", "notice", organ="wj_amr", variant=1, shadow=True, blur=0.6)
    add("截图-公众号-03.png", "screenshot", "wechat", account="信阳日报", outlet="信阳日报")
    add("截图-公众号-04.png", "screenshot", "wechat", account="永宁县融媒体中心", outlet="宁夏日报")
    add("截图-政府网站-03.png", "screenshot", "govsite", outlet="人民网")
    add("截图-政府网站-04.png", "screenshot", "govsite", outlet=None)
    add("截图-新闻客户端-02.png", "screenshot", "app", outlet="南方日报")
    add("方案-02.docx", "docx", "scheme", organ="xy_ip")
    add("简报-01.docx", "docx", "bulletin", organ="wj_joint")
    add("会议纪要-04.docx", "docx", "minutes", organ="xy_joint", prose=True)
    add("函-02.docx", "docx", "letter", organ="wj_gov")
    add("通知-07.docx", "docx", "notice", organ="yn_gov", variant=2, box=True, header="永宁县人民政府办公室")
    for i in range(4, 8):
        add(f"台账-{i + 1:02d}.xlsx", "xlsx", "ledger", variant=i)
    add("通知-09.pdf", "text_pdf", "notice", organ="wj_proc", variant=2, bracket="[]")
    add("签到表-04.xlsx", "xlsx", "signin_xlsx")
    add("扫描件-13.pdf", "scan", "ledger", variant=0, dpi=200, grey=False, skew=0.7, quality=65, fax=False)
    add("扫描件-14.pdf", "scan", "ledger", variant=2, dpi=150, grey=True, skew=-1.1, quality=50, fax=False)
    return items


def xlsx_text(path: Path) -> str:
    """The cells of a workbook as text, date cells as ISO days (how the ledger shows them)."""
    values = (v for ws in load_workbook(path) for row in ws.iter_rows(values_only=True) for v in row)
    return "\n".join(v.date().isoformat() if isinstance(v, dt.datetime) else str(v) for v in values if v is not None)


def screenshot(maker: str, t: Truth, rng: random.Random, year: int, opts: dict) -> Canvas:
    if maker == "wechat":
        return screenshot_wechat(t, rng, year, opts["account"], opts["outlet"])
    if maker == "govsite":
        return screenshot_govsite(t, rng, year, opts["outlet"])
    return screenshot_app(t, rng, year, opts["outlet"])


def make_document(maker: str, kind: str, t: Truth, rng: random.Random, year: int, opts: dict):
    """The DOCX (and what the scan/photo needs: the seal's date text and organ) for one planned file."""
    short = kind == "photo"  # a photo shows one page
    if maker == "notice":
        return make_notice(t, rng, opts["organ"], year, variant=opts.get("variant", 0),
                           table_rows=opts.get("table_rows", 0), bracket=opts.get("bracket", "〔〕"),
                           box_signature=opts.get("box", False), header=opts.get("header"), short=short)
    if maker == "letter":
        return make_letter(t, rng, opts["organ"], year, short=short)
    if maker == "minutes":
        return make_minutes(t, rng, opts["organ"], year, prose=opts["prose"], auto_numbers=opts.get("auto", False),
                            upper_date=rng.random() < 0.4, short=short)
    if maker == "signin":
        return make_signin(t, rng, year, filled=opts["filled"], blank=opts["blank"], handwritten=opts["hand"])
    if maker == "cases":
        return make_cases(t, rng, opts["organ"], year, opts["n"], ruling=opts["ruling"], two_row_header=opts["two"])
    if maker == "newsprint":
        return make_newsprint(t, rng, year)
    if maker == "scheme":
        return make_scheme(t, rng, opts["organ"], year)
    if maker == "bulletin":
        return make_bulletin(t, rng, opts["organ"], year)
    raise ValueError(maker)


def build(folder: Path) -> dict:
    rng = random.Random(SEED)
    folder.mkdir(parents=True, exist_ok=True)
    work = folder / ".work"
    work.mkdir(exist_ok=True)
    truths: dict[str, Truth] = {}
    docs: dict[str, tuple] = {}  # name → (docx path, extra, kind, opts)
    for name, kind, maker, opts in plan(rng):
        fmt = Path(name).suffix[1:]
        t = Truth(kind, fmt)
        truths[name] = t
        year = rng.choice([2021, 2022, 2023, 2023, 2023])
        if maker in ("ledger", "signin_xlsx"):
            # an XLSX, or the workbook a printed-and-scanned ledger is made from
            book = folder / name if kind == "xlsx" else work / (Path(name).stem + ".xlsx")
            if maker == "ledger":
                make_ledger(t, rng, book, year, variant=opts["variant"])
            else:
                make_signin_xlsx(t, rng, book, year)
            t.check_printed(name, xlsx_text(book))
            if kind != "xlsx":
                docs[name] = (book, {"seal_text": None, "organ": None}, kind, opts)
            continue
        if maker in ("wechat", "govsite", "app"):
            canvas = screenshot(maker, t, rng, year, opts)
            t.check_printed(name, "\n".join(canvas.printed))
            canvas.image.save(folder / name, "PNG")
            continue
        doc, extra = make_document(maker, kind, t, rng, year, opts)
        source = (folder / name) if kind == "docx" else work / (Path(name).stem + ".docx")
        save_docx(doc, source)
        docs[name] = (source, extra, kind, opts)
    # one LibreOffice start for every DOCX: text PDFs, page counts, the pages scans and photos are made of
    sources = sorted({v[0] for v in docs.values()})
    started = time.perf_counter()
    pdfs = convert(sources, "pdf", work / "pdf")
    print(f"LibreOffice: {len(sources)} files in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    for name, (source, extra, kind, opts) in sorted(docs.items()):
        pdf = pdfs.get(source)
        if pdf is None:
            raise SystemExit(f"LibreOffice could not convert {source.name}")
        t = truths[name]
        # the look of each scan/photo (seal, skew, noise, perspective) has its own seed: files stay independent
        rng = random.Random(f"{SEED}:{name}")
        nrng = np.random.default_rng([SEED, zlib.crc32(name.encode())])
        document = pypdfium2.PdfDocument(str(pdf))
        t.data["pages"] = len(document)
        t.check_printed(name, "".join(page.get_textpage().get_text_range() for page in document))
        document.close()
        if kind == "text_pdf":
            (folder / name).write_bytes(pdf.read_bytes())
        elif kind == "scan":
            dpi = opts["dpi"]
            pages = render_pages(pdf, dpi)
            if extra["seal_text"]:
                spot = find_text(pdf, extra["seal_text"], dpi)
                if spot:
                    page_index, x, y = spot
                    seal(pages[page_index], (x, y - int(dpi * 0.15)), int(dpi * 0.8), extra["organ"], rng)
            pages = [degrade_scan(p, rng, nrng, grey=opts["grey"], skew=opts["skew"] * (1 if k % 2 == 0 else -0.6),
                                  quality=opts["quality"], fax=opts["fax"]) for k, p in enumerate(pages)]
            save_image_pdf(pages, folder / name, dpi)
        elif kind == "photo":
            if t.data["pages"] != 1:
                raise SystemExit(f"{name}: a photo shows one page, its document has {t.data['pages']}")
            page = render_pages(pdf, 250)[0]
            if extra["seal_text"]:
                spot = find_text(pdf, extra["seal_text"], 250)
                if spot and spot[0] == 0:
                    seal(page, (spot[1], spot[2] - 40), 200, extra["organ"], rng)
            photograph(page, rng, nrng, shadow=opts["shadow"], blur=opts["blur"]).save(folder / name, "JPEG",
                                                                                       quality=88)
    truth = {"split": "dev2", "generator": "bench/dev2/make_dev2.py",
             "files": {name: truths[name].export() for name in sorted(truths)}}
    (folder / "truth.yaml").write_text(yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=120),
                                       encoding="utf-8")
    shutil.rmtree(work)
    for path in sorted(folder.rglob("*")):
        os.utime(path, (FILE_TIME, FILE_TIME))
    return truth


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_dev2.py DIR")
    build(Path(sys.argv[1]))


if __name__ == "__main__":
    main()
