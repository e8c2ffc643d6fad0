"""An eighth blind corpus for the extraction benchmark (issue 15): ~80 files labelled by a clerk who never read
nor ran the extractor, weighted to scanned and photographed tables, XLSX ledgers, photographed minutes and
sign-in sheets, news screenshots naming many outlets, scanned notices and DOCX house styles.

    .venv/bin/python bench/dev8/make_dev8.py DIR      # files + DIR/truth.yaml (also bench/dev8/truth.yaml)

Deterministic: every file is drawn from random.Random(f"dev8/{name}"); places, people and phones are invented.
Pages of scans and photos are drawn here with PIL (what is drawn is what the truth records) and then passed
through the scanner and the camera of bench/dev6/make_dev6.py; DOCX are written with python-docx; text PDFs are
those DOCX printed by LibreOffice.

Truth conventions (how a careful clerk of the lead office labels what the units sent):
- kind: text_pdf, scan, photo, screenshot, docx, xlsx; pages: pages of the file (an image is one page; a DOCX or
  an XLSX counts as one).
- title: the document's own title as printed, its lines joined, without 文号, organ mark or addressee. An XLSX's
  title is the title row of its first sheet; a news page's title is the headline (never the site name); a
  sign-in sheet's the heading printed above its grid; minutes' the heading (…会议纪要 / 会议记录); a 简报's its
  masthead (知识产权保护工作简报), not the headline of the item inside.
- organ: the full name of whoever issued or produced the document, as printed in full somewhere on it (the
  signature, a 填报单位/主办单位/编制单位 line, a masthead) — never an abbreviation from a 文号. Joint issuers: all
  of them, in the order of the red mark, joined by 、. A ledger, list or sign-in sheet: the unit that compiled it
  (填报单位/编制单位/主办单位) when printed, else no organ. Minutes: the office that issued the minutes when printed;
  a notebook page (会议记录本) or a printed 会议记录 form names none. A news page: its publisher — the
  newspaper/station/agency behind the site, account or app the page belongs to, or the government body that runs
  a portal or account (its full name as the page prints it); not the original source of a reposted story.
- doc_type: the word I write in the evidence catalogue's 材料类型 column = the genre word the document calls
  itself at the end of its title: 通知 意见 通报 请示 批复 计划 总结 报告 函 简报 会议纪要 会议记录 台账 统计表 一览表
  名单 登记表 汇总表 签到表; a news report (web, app or WeChat page) is 新闻报道. A notice that issues a plan
  (关于印发《…方案》的通知) is a 通知.
- doc_numbers: every 文号 printed in the file — its own, those of documents it cites, those in table cells —
  normalised to 〔YYYY〕 with no spaces; organ_prefix is everything before 〔 (the full printed prefix).
- dates: every complete calendar day printed (year, month and day readable on the page, in any style: 2023年5月18日,
  二〇二三年五月十八日, 2023.5.18, 2023/06/08, 2023-06-08, Excel dates as displayed); a range 2023年7月1日至31日 gives
  both ends. Days printed without a year are not written on these files.
- media: news outlets that carried the report shown — the page's publisher when it is a news outlet, the original
  source named in 来源/转载自/原文 lines, and outlets the text says reported it (据…等媒体报道). Not media: government
  portals and government accounts, platforms that only host accounts (今日头条, 百家号), outlets named in related
  links / 推荐阅读 / 热点 lists, 主办单位 footers of non-news bodies, editors. A media register (an XLSX or ledger
  listing reports) is a table, not a report: no media. level: 国家级 / 省级 / 市级 / 县级.
- tables: header = one leaf label per column (under a two-row merged header, the lower cell; a label merged down
  both rows counts once); rows = the records only, each cell as displayed (Excel numbers and dates in their
  display form); not counted as rows: the title row, header rows (also when repeated on a second page), totals
  (合计/小计/总计), notes (注：…, 填表人/审核人 lines), blank spacer rows and unsigned lines of a sign-in sheet. A table
  over two pages is one table; each XLSX sheet with records is one table, in sheet order (a sheet of notes is
  none); a 会议记录 form (labels beside their values) is a form, not a table.
- meetings (minutes only): date = the day the meeting was held, title = the meeting's name as printed (the
  heading without 纪要/记录 when there is no 会议名称 field), chair = the chair's name alone (no post), topics = the
  议题 as listed, in order, without their numbering or final punctuation.
- attendance (sign-in sheets only): count = people who signed (blank lines not counted; a written 实到 count is
  the same number), names = the signed names in order.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import io
import multiprocessing
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import openpyxl
import pypdfium2
import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]


def _dev6():
    spec = importlib.util.spec_from_file_location("make_dev6", ROOT / "bench" / "dev6" / "make_dev6.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- fonts ---------------------------------------------------------------------------------------------------
NOTO = "/usr/share/fonts/opentype/noto/"
FONT_FILES = {
    "hei": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "heib": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "song": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "songb": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
DOCX_FONTS = {
    "hei": "黑体",
    "heib": "黑体",
    "song": "宋体",
    "songb": "方正小标宋简体",
    "kai": "楷体_GB2312",
    "ming": "仿宋_GB2312",
}
_FONT_CACHE: dict = {}


def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    if (key, px) not in _FONT_CACHE:
        path, index = FONT_FILES[key]
        _FONT_CACHE[key, px] = ImageFont.truetype(path, max(6, px), index=index)
    return _FONT_CACHE[key, px]


BLACK, RED, BLUE, GREY = (25, 25, 25), (205, 30, 30), (30, 50, 140), (110, 110, 110)

# --- invented places -----------------------------------------------------------------------------------------
# province, its abbreviation, city, its abbreviation, county, its short name, three towns
PLACE_TABLE = """
南屏省 屏 安澜市 澜 青石区 青石 石门街道 柳溪镇 云台乡
东岭省 岭 鹤川市 鹤 临渡县 临渡 渡口镇 白沙镇 枫林乡
西澄省 澄 玉泉市 玉 松江区 松江 松华街道 江北街道 桃源镇
北源省 源 宁阳市 宁 武川县 武川 城关镇 河西镇 北塬乡
"""
PLACES = [{**dict(zip(("prov", "pa", "city", "ca", "county", "ka"), row[:6], strict=True)), "towns": row[6:]}
          for row in map(str.split, PLACE_TABLE.strip().splitlines())]
NATIONAL = ["人民日报", "新华社", "光明日报", "中国知识产权报", "中国市场监管报", "法治日报", "央视新闻", "学习强国"]


def outlets(p: dict) -> dict[str, list[str]]:
    return {
        "省级": [p["prov"][:-1] + "日报", p["prov"][:-1] + "法治报", p["prov"][:-1] + "广播电视台"],
        "市级": [p["city"][:-1] + "日报", p["city"][:-1] + "晚报", p["city"][:-1] + "广播电视台"],
        "县级": [p["county"] + "融媒体中心"],
    }


def organs(p: dict) -> dict[str, tuple[str, str]]:
    """key → (full name, 文号 prefix root)."""
    c, k = p["city"] + p["county"], p["ka"]
    return {
        "amr": (c + "市场监督管理局", k + "市监"),
        "ipo": (c + "知识产权局", k + "知局"),
        "gov": (c + "人民政府办公室", k + "政办"),
        "police": (c + "公安分局" if "区" in c else c + "公安局", k + "公"),
        "daj": (c + "打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", k + "打假办"),
        "ipg": (c + "知识产权保护工作领导小组办公室", k + "知保办"),
        "justice": (c + "司法局", k + "司"),
        "culture": (c + "文化广电旅游体育局", k + "文旅"),
    }


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢傅钟"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰红建国志文斌辉波宁海燕春梅晓东鹏飞瑞琳婷雪峰浩然子涵思远佳怡"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def people(rng: random.Random, n: int) -> list[str]:
    """n different invented names, in the order drawn."""
    drawn: dict[str, None] = {}
    while len(drawn) < n:
        drawn.setdefault(person(rng))
    return list(drawn)


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"


def day(rng: random.Random, year: int, lo: int = 3, hi: int = 11) -> dt.date:
    return dt.date(year, rng.randint(lo, hi), rng.randint(1, 28))


CN_DIGIT = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1–31 in Chinese numerals: 五, 十, 十五, 二十三."""
    return (CN_DIGIT[n // 10] if n >= 20 else "") + ("十" if n >= 10 else "") + (CN_DIGIT[n % 10] if n % 10 else "")


DATE_STYLES = {
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "hanzi": lambda d: "".join(CN_DIGIT[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日",
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "iso": lambda d: d.isoformat(),
}


# --- truth ---------------------------------------------------------------------------------------------------
class Truth:
    """What a careful clerk writes for one file (module docstring), filled while the file is made."""

    def __init__(self, kind: str, fmt: str) -> None:
        self.kind, self.fmt, self.pages = kind, fmt, 1
        self.facts: dict = {}
        self.numbers: list[dict] = []
        self.dates: list[dict] = []
        self.media: list[dict] = []
        self.tables: list[dict] = []
        self.meetings: list[dict] = []
        self.attendance: dict | None = None
        self.seals: list = []

    def number(self, prefix: str, year: int, n: int, page: int = 1, bracket: str = "〔〕") -> str:
        """Record a 文号; returns it as printed (with the bracket style given)."""
        text = f"{prefix}〔{year}〕{n}号"
        if text not in [x["text"] for x in self.numbers]:
            self.numbers.append({"text": text, "organ_prefix": prefix, "year": year, "number": n, "page": page})
        return f"{prefix}{bracket[0]}{year}{bracket[1]}{n}号"

    def date(self, d: dt.date, style: str = "cn", page: int = 1) -> str:
        text = DATE_STYLES[style](d)
        self.add_date(d, text, page)
        return text

    def add_date(self, d: dt.date, text: str, page: int = 1) -> None:
        if d.isoformat() not in [x["iso"] for x in self.dates]:
            self.dates.append({"iso": d.isoformat(), "text": text, "page": page})

    def span(self, a: dt.date, b: dt.date, page: int = 1) -> str:
        """A range as a clerk writes it; both ends are dates."""
        if a.year == b.year and a.month == b.month:
            text = f"{a.year}年{a.month}月{a.day}日至{b.day}日"
        else:
            text = f"{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日"
        self.add_date(a, text, page)
        self.add_date(b, text, page)
        return text

    def outlet(self, name: str, level: str, page: int = 1) -> None:
        if name not in [m["outlet"] for m in self.media]:
            self.media.append({"outlet": name, "level": level, "page": page})

    def table(self, header: list[str], rows: list[list], pages: list[int]) -> None:
        rows = [[str(c) for c in r] for r in rows]
        self.tables.append({"pages": pages, "header": list(header), "rows": rows, "row_count": len(rows)})

    def export(self) -> dict:
        out = {"kind": self.kind, "format": self.fmt, "pages": self.pages}
        for key in ("title", "organ", "doc_type"):
            if self.facts.get(key):
                out[key] = self.facts[key]
        for key, value in (
            ("doc_numbers", self.numbers),
            ("dates", sorted(self.dates, key=lambda x: x["iso"])),
            ("media", self.media),
            ("tables", self.tables),
            ("meetings", self.meetings),
        ):
            if value:
                out[key] = value
        if self.attendance:
            out["attendance"] = self.attendance
        return out


# --- document content: blocks rendered either on a drawn page or in Word ---------------------------------------
# ("mark", text, colour)  red organ mark          ("no", text)   文号 line, centred
# ("rule", colour)          red line               ("title", [lines])
# ("p", text)               body paragraph         ("h", text)    heading line
# ("left", text) / ("right", text) / ("center", text)
# ("hand", text)            a handwritten line     ("seal", organ name)  over the lines just above
# ("table", spec)           spec: dict(top=[(text, span)], leaf=[...], rows=[[...]], ruled, hand_cols, widths)
# ("gap", n)                blank lines            ("small", text)  a note in a smaller size
# ("break",)                page break


class Content:
    def __init__(self) -> None:
        self.blocks: list[tuple] = []
        self.house: dict = {}

    def add(self, *block) -> None:
        self.blocks.append(block)


# --- drawn pages (scans and photos) ----------------------------------------------------------------------------
class Pages:
    """A4 pages drawn at `dpi`: body in `body` font; what is drawn is kept in `texts` for the self-check."""

    def __init__(self, dpi: int, rng: random.Random, body: str = "song", size: float = 14, hand: bool = False,
                 lined: bool = False) -> None:
        self.dpi, self.rng, self.body, self.size, self.hand, self.lined = dpi, rng, body, size, hand, lined
        self.w, self.h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
        self.left, self.right = self.mm(26), self.w - self.mm(24)
        self.images: list[Image.Image] = []
        self.texts: list[str] = []
        self.new_page()

    def mm(self, v: float) -> int:
        return int(v / 25.4 * self.dpi)

    def px(self, pt: float) -> int:
        return int(pt / 72 * self.dpi)

    def new_page(self) -> None:
        paper = (252, 251, 246) if not self.lined else (250, 248, 236)
        img = Image.new("RGB", (self.w, self.h), paper)
        self.images.append(img)
        self.d = ImageDraw.Draw(img)
        self.y = self.mm(30)
        if self.lined:  # a notebook page: ruled lines and a margin
            step = self.px(self.size * 2.0)
            for yy in range(self.mm(28), self.h - self.mm(15), step):
                self.d.line(
                    [(self.mm(12), yy + step - 4), (self.w - self.mm(10), yy + step - 4)], fill=(170, 190, 215), width=2
                )
            self.d.line([(self.mm(22), 0), (self.mm(22), self.h)], fill=(220, 150, 150), width=2)

    @property
    def page(self) -> int:
        return len(self.images)

    def room(self, height: int) -> None:
        if self.y + height > self.h - self.mm(22):
            self.new_page()

    def line(
        self,
        text: str,
        key: str | None = None,
        size: float | None = None,
        align: str = "left",
        colour=BLACK,
        indent: int = 0,
        advance: float = 1.75,
    ) -> None:
        key, size = key or ("kai" if self.hand else self.body), size or self.size
        f = font(key, self.px(size))
        width = self.d.textlength(text, font=f)
        room = self.right - self.left + self.mm(8)
        if width > room:  # a long organ mark is set smaller to fit the line, as typesetters do
            size = size * room / width
            f = font(key, self.px(size))
            width = self.d.textlength(text, font=f)
        self.room(int(self.px(size) * advance))
        jitter = self.rng.randint(-self.mm(1.5), self.mm(1.5)) if self.hand else 0
        x = {
            "left": self.left + indent * self.px(size) + jitter,
            "center": (self.w - width) / 2,
            "right": self.right - width - self.mm(4),
        }[align]
        self.d.text((x, self.y), text, font=f, fill=colour)
        self.texts.append(text)
        self.y += int(self.px(size) * advance)

    def para(self, text: str, key: str | None = None, size: float | None = None, colour=BLACK) -> None:
        key, size = key or ("kai" if self.hand else self.body), size or self.size
        f = font(key, self.px(size))
        room = self.right - self.left
        first, rest, lines = True, text, []
        while rest:
            avail = room - (2 * self.px(size) if first else 0)
            n = len(rest)
            while n > 1 and self.d.textlength(rest[:n], font=f) > avail:
                n -= 1
            lines.append(("  " if first else "", rest[:n]))
            rest, first = rest[n:], False
        for i, (_, piece) in enumerate(lines):
            self.room(int(self.px(size) * 1.75))
            self.d.text((self.left + (2 * self.px(size) if i == 0 else 0), self.y), piece, font=f, fill=colour)
            self.y += int(self.px(size) * 1.75)
        self.texts.append(text)

    def rule(self, colour=RED) -> None:
        self.d.line(
            [(self.left - self.mm(2), self.y), (self.right + self.mm(2), self.y)],
            fill=colour,
            width=max(2, self.mm(0.6)),
        )
        self.y += self.mm(6)

    def seal(self, organ: str) -> None:
        """A red round seal over the signature and date just drawn."""
        r = self.mm(20)
        cx, cy = self.right - self.mm(32) + self.rng.randint(-self.mm(6), self.mm(6)), self.y - self.mm(14)
        layer = Image.new("RGBA", (2 * r + 4, 2 * r + 4), (0, 0, 0, 0))
        dd = ImageDraw.Draw(layer)
        ink = (215, 35, 40, 175)
        dd.ellipse([2, 2, 2 * r, 2 * r], outline=ink, width=max(3, self.mm(1.1)))
        star = self.mm(6)
        pts = []
        for k in range(10):
            import math

            a = -math.pi / 2 + k * math.pi / 5
            rr = star if k % 2 == 0 else star * 0.4
            pts.append((r + rr * math.cos(a), r + rr * math.sin(a)))
        dd.polygon(pts, fill=ink)
        f = font("song", int(r * 0.26))
        import math

        n = len(organ)
        for k, ch in enumerate(organ):
            a = math.radians(-210 + 240 * (k + 0.5) / n)
            ch_img = Image.new("RGBA", (int(r * 0.32), int(r * 0.32)), (0, 0, 0, 0))
            ImageDraw.Draw(ch_img).text((0, 0), ch, font=f, fill=ink)
            ch_img = ch_img.rotate(-math.degrees(a) - 90, expand=True)
            x = r + (r * 0.72) * math.cos(a) - ch_img.width / 2
            y = r + (r * 0.72) * math.sin(a) - ch_img.height / 2
            layer.alpha_composite(ch_img, (int(x), int(y)))
        layer = layer.rotate(self.rng.uniform(-25, 25))
        self.images[-1].paste(layer, (cx - r, cy - r), layer)

    def table(self, spec: dict) -> list[int]:
        """A grid (or, unruled, aligned columns) with a one- or two-row header; rows continue on a new page with
        the header repeated when spec['repeat'] (else without). Returns the pages it is on."""
        size = spec.get("size", self.size - 3)
        f = font(self.body if not self.hand else "kai", self.px(size))
        hf = font("hei", self.px(size))
        hand = font("kai", self.px(size + 1))
        leaf, top = spec["leaf"], spec.get("top")
        widths = spec["widths"]
        total = sum(widths)
        xs = [self.left - self.mm(8)]
        for w in widths:
            xs.append(xs[-1] + (self.right - self.left + self.mm(14)) * w / total)
        rh = int(self.px(size) * 2.3)
        ruled = spec.get("ruled", True)
        pages = [self.page]

        def cell(x0, x1, y0, y1, text, fnt, colour=BLACK):
            lines = [text]
            if self.d.textlength(text, font=fnt) > x1 - x0 - 8:  # wrap in the cell
                half = len(text) // 2 + 1
                lines = [text[:half], text[half:]]
            height = len(lines) * fnt.size * 1.15
            y = (y0 + y1) / 2 - height / 2
            for piece in lines:
                w = self.d.textlength(piece, font=fnt)
                self.d.text(((x0 + x1) / 2 - w / 2, y), piece, font=fnt, fill=colour)
                y += fnt.size * 1.15
            if ruled:
                self.d.rectangle([x0, y0, x1, y1], outline=(40, 40, 40), width=2)

        def header():
            self.texts.extend(leaf)
            if top:
                col = 0
                for text, span in top:
                    if span == 1 and text == leaf[col]:
                        cell(xs[col], xs[col + 1], self.y, self.y + 2 * rh, text, hf)
                    else:
                        cell(xs[col], xs[col + span], self.y, self.y + rh, text, hf)
                        for k in range(col, col + span):
                            cell(xs[k], xs[k + 1], self.y + rh, self.y + 2 * rh, leaf[k], hf)
                    col += span
                self.y += 2 * rh
            else:
                for k, text in enumerate(leaf):
                    cell(xs[k], xs[k + 1], self.y, self.y + rh, text, hf)
                self.y += rh
            if not ruled:
                self.d.line([(xs[0], self.y), (xs[-1], self.y)], fill=(40, 40, 40), width=2)

        if spec.get("noheader"):
            header = lambda: None  # noqa: E731  (a form: label cells, no header row)
        self.room(3 * rh)
        header()
        for row in spec["rows"] + spec.get("extra", []):
            tall = rh * (
                2 if any(self.d.textlength(str(c), font=f) > xs[k + 1] - xs[k] - 8 for k, c in enumerate(row)) else 1
            )
            if self.y + tall > self.h - self.mm(spec.get("bottom", 22)):
                self.new_page()
                pages.append(self.page)
                if spec.get("repeat"):
                    header()
            for k, c in enumerate(row):
                hand_col = k in spec.get("hand_cols", ())
                cell(
                    xs[k],
                    xs[k + 1],
                    self.y,
                    self.y + tall,
                    str(c),
                    hand if hand_col else f,
                    BLUE if hand_col else BLACK,
                )
            self.y += tall
        self.texts.extend(str(c) for r in spec["rows"] + spec.get("extra", []) for c in r)
        self.y += self.mm(4)
        return pages


def draw(content: Content, t: Truth, dpi: int, rng: random.Random, body: str = "song", size: float = 14,
         hand: bool = False, lined: bool = False) -> Pages:
    pg = Pages(dpi, rng, body, size, hand, lined)
    for block in content.blocks:
        kind = block[0]
        if kind == "mark":
            pg.line(block[1], "songb", content.house.get("mark_size", 30), "center", RED, advance=1.6)
        elif kind == "no":
            pg.line(block[1], "song", pg.size + 1, "center")
        elif kind == "rule":
            pg.rule(block[1] if len(block) > 1 else RED)
        elif kind == "title":
            pg.y += pg.mm(3)
            for piece in block[1]:
                pg.line(
                    piece,
                    content.house.get("title_font", "songb"),
                    content.house.get("title_size", 20),
                    "center",
                    advance=1.5,
                )
            pg.y += pg.mm(4)
        elif kind == "p":
            pg.para(block[1])
        elif kind in ("left", "h"):
            pg.line(block[1], "hei" if kind == "h" and not hand else None)
        elif kind == "right":
            pg.line(block[1], align="right")
        elif kind == "center":
            pg.line(block[1], align="center")
        elif kind == "hand":
            pg.line(block[1], "kai", pg.size + 1, colour=BLUE)
        elif kind == "small":
            pg.line(block[1], size=pg.size - 3)
        elif kind == "seal":
            pg.seal(block[1])
        elif kind == "gap":
            pg.y += int(pg.px(pg.size) * 1.75 * block[1])
        elif kind == "break":
            pg.new_page()
        elif kind == "table":
            pages = pg.table(block[1])
            if block[1].get("truth", True):
                t.table(block[1]["leaf"], block[1]["rows"], pages)
    t.pages = pg.page
    return pg


# --- DOCX ------------------------------------------------------------------------------------------------------
def set_font(run, key_or_name: str, size: float, colour=None, bold: bool = False) -> None:
    name = DOCX_FONTS.get(key_or_name, key_or_name)
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if colour:
        run.font.color.rgb = RGBColor(*colour)


def para(
    container, text: str, fnt: str, size: float, align=None, colour=None, indent: bool = False, bold: bool = False
):
    p = container.add_paragraph()
    if align:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), fnt, size, colour, bold)
    return p


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"
        )
    )


def grid(table) -> None:
    table._tbl.tblPr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="single" w:sz="6" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


def textbox(paragraph, text: str, colour: str, size: float) -> None:
    """A VML text box anchored in `paragraph` holding the red organ mark."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="mark" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:440pt;height:{size * 1.8}pt;'
        f'mso-position-horizontal:center" stroked="f"><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/>'
        f'</w:pPr><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/>'
        f'<w:color w:val="{colour}"/><w:sz w:val="{int(size * 2)}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
        f"</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def to_docx(content: Content, path: Path, rng: random.Random) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(34), Mm(30), Mm(28), Mm(26)
    wide = any(b[0] == "table" and len(b[1]["leaf"]) >= 7 for b in content.blocks)
    if wide:  # a ledger of many columns is printed landscape, as offices do
        sec.orientation = 1
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(18), Mm(18), Mm(18)
    styles = doc.styles["Normal"]
    styles.font.size = Pt(content.house.get("size", 16))
    body = content.house.get("body", "ming")
    size = content.house.get("size", 16)
    mark_style = content.house.get("mark_style", "para")
    C = WD_ALIGN_PARAGRAPH.CENTER
    for block in content.blocks:
        kind = block[0]
        if kind == "mark":
            if mark_style == "header":
                para(sec.header, block[1], "songb", content.house.get("mark_size", 26), C, (220, 0, 0))
            elif mark_style == "table":
                tb = doc.add_table(rows=1, cols=1)
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                no_borders(tb)
                c = tb.cell(0, 0)
                c.paragraphs[0].alignment = C
                set_font(c.paragraphs[0].add_run(block[1]), "songb", content.house.get("mark_size", 26), (220, 0, 0))
            elif mark_style == "box":
                textbox(doc.add_paragraph(), block[1], "DC0000", content.house.get("mark_size", 26))
            else:
                para(doc, block[1], "songb", content.house.get("mark_size", 26), C, (220, 0, 0))
        elif kind == "no":
            para(doc, block[1], body, size, C)
        elif kind == "rule":
            p = doc.add_paragraph()
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="DC0000"/></w:pBdr>'
                )
            )
        elif kind == "title":
            for piece in block[1]:
                para(doc, piece, content.house.get("title_font", "songb"), content.house.get("title_size", 22), C)
        elif kind == "p":
            para(doc, block[1], body, size, indent=True)
        elif kind == "h":
            para(doc, block[1], "hei", size)
        elif kind in ("left", "hand", "small"):
            para(doc, block[1], "kai" if kind == "hand" else body, size - (3 if kind == "small" else 0))
        elif kind == "right":
            para(doc, block[1], body, size, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "center":
            para(doc, block[1], body, size, C)
        elif kind == "gap":
            for _ in range(block[1]):
                doc.add_paragraph()
        elif kind == "break":
            doc.add_page_break()
        elif kind == "table":
            spec = block[1]
            leaf, top = spec["leaf"], spec.get("top")
            heads = 0 if spec.get("noheader") else 2 if top else 1
            all_rows = spec["rows"] + spec.get("extra", [])
            tb = doc.add_table(rows=heads + len(all_rows), cols=len(leaf))
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            (grid if spec.get("ruled", True) else no_borders)(tb)
            ts = spec.get("size", size - 4)
            text_width = (297 - 36 if wide else 210 - 54) * 0.98
            for k, w in enumerate(spec["widths"]):
                for cell in tb.columns[k].cells:
                    cell.width = Mm(text_width * w / sum(spec["widths"]))

            def put(r, c, text, bold=False, tb=tb, ts=ts):
                cell = tb.cell(r, c)
                cell.paragraphs[0].alignment = C
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
                set_font(cell.paragraphs[0].add_run(str(text)), "hei" if bold else body, ts, bold=False)

            if heads and top:
                col = 0
                for text, span in top:
                    if span == 1 and text == leaf[col]:
                        merged = tb.cell(0, col).merge(tb.cell(1, col))
                        merged.paragraphs[0].alignment = C
                        set_font(merged.paragraphs[0].add_run(text), "hei", ts)
                    else:
                        merged = tb.cell(0, col).merge(tb.cell(0, col + span - 1)) if span > 1 else tb.cell(0, col)
                        merged.paragraphs[0].alignment = C
                        set_font(merged.paragraphs[0].add_run(text), "hei", ts)
                        for k in range(col, col + span):
                            put(1, k, leaf[k], True)
                    col += span
            elif heads:
                for k, text in enumerate(leaf):
                    put(0, k, text, True)
            for r, row in enumerate(all_rows):
                for k, c in enumerate(row):
                    put(heads + r, k, c)
            if spec.get("repeat"):
                for r in range(heads):
                    tb.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    doc.core_properties.author = "ipdocs dev8"
    doc.core_properties.created = dt.datetime(2023, 1, 1)
    doc.core_properties.modified = dt.datetime(2023, 1, 1)
    doc.core_properties.last_modified_by = "ipdocs dev8"
    doc.core_properties.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(fixed_zip(buffer.getvalue()))


def fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps and member order (deterministic bytes)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            z = zipfile.ZipInfo(info.filename, (2023, 1, 1, 0, 0, 0))
            z.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2023-01-01T00:00:00Z", data)
            dst.writestr(z, data)
    return out.getvalue()


# --- notices -----------------------------------------------------------------------------------------------------
ACTIONS = [
    "知识产权保护“蓝天”专项行动",
    "打击侵犯知识产权和制售假冒伪劣商品专项行动",
    "商标侵权假冒专项整治",
    "地理标志保护专项行动",
    "网络市场知识产权保护专项整治",
    "农资打假专项治理",
]
TYPE_CHAR = {
    "通知": "发",
    "意见": "发",
    "通报": "通",
    "请示": "请",
    "批复": "复",
    "计划": "发",
    "总结": "报",
    "报告": "报",
    "函": "函",
    "简报": "简",
}


def cited_docs(p: dict, year: int) -> list[tuple[str, str, int]]:
    y = year - 1
    return [
        ("国家知识产权局关于印发《知识产权行政保护工作方案》的通知", "国知发保字", year),
        ("市场监管总局关于开展民生领域案件查办“铁拳”行动的通知", "国市监稽发", year),
        ("国务院办公厅关于印发打击侵犯知识产权和制售假冒伪劣商品工作要点的通知", "国办发", y),
        (f"{p['prov']}人民政府办公厅关于强化知识产权保护的实施意见", f"{p['pa']}政办发", y),
        (f"{p['prov']}知识产权局关于开展知识产权保护工作检查考核的通知", f"{p['pa']}知发", year),
        (
            f"{p['city']}打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室关于印发工作要点的通知",
            f"{p['ca']}打假办",
            year,
        ),
        (f"{p['city']}市场监督管理局关于做好知识产权保护工作的通知", f"{p['ca']}市监知", year),
    ]


def cite(t: Truth, rng: random.Random, p: dict, year: int, page: int = 1) -> str:
    """A sentence citing a higher document: the 文号 after a verb or particle, or in brackets after its title."""
    title, prefix, y = rng.choice(cited_docs(p, year))
    no = t.number(prefix, y, rng.randint(2, 46), page)
    return rng.choice(
        [
            f"根据《{title}》（{no}）要求，结合我{p['county'][-1]}实际，现就有关事项通知如下。",
            f"为深入贯彻落实{no}文件精神，进一步加强知识产权保护工作，经研究，提出如下意见。",
            f"按照上级印发的{no}部署，各单位要切实加强组织领导，确保各项任务落到实处。",
            f"现将{no}转发给你们，请结合实际认真贯彻执行。",
            f"根据上级下发{no}的要求，我们认真组织开展了自查，现将有关情况报告如下。",
        ]
    )


CUTS = ("关于", "年度", "年", "》", "保护", "专项", "工作", "开展", "印发")


def break_title(rng: random.Random, title: str, n: int) -> list[str]:
    """n lines of about equal length, broken after a word a typist would break after."""
    if n == 1:
        return [title]
    points = sorted(
        {
            i + len(w)
            for w in CUTS
            for i in range(len(title))
            if title.startswith(w, i) and 3 < i + len(w) < len(title) - 3 and not title[i + len(w)].isdigit()
        }
    )
    lines, start = [], 0
    for k in range(1, n):
        target = len(title) * k / n
        ok = [q for q in points if q > start + 2]
        if not ok:
            break
        cut = min(ok, key=lambda q: abs(q - target))
        lines.append(title[start:cut])
        start = cut
    lines.append(title[start:])
    return lines


def notice_title(rng: random.Random, p: dict, year: int, genre: str, action: str) -> str:
    county = p["city"] + p["county"]
    return {
        "通知": rng.choice(
            [
                f"关于开展{year}年{action}的通知",
                f"关于印发《{county}{year}年知识产权保护工作要点》的通知",
                f"关于做好迎接{year}年度知识产权保护工作检查考核材料报送工作的通知",
            ]
        ),
        "意见": f"关于进一步加强{county}知识产权保护工作的实施意见",
        "通报": f"关于{year}年上半年{action}开展情况的通报",
        "请示": f"关于申请{year}年度知识产权保护专项工作经费的请示",
        "批复": f"关于同意开展{year}年{action}的批复",
        "计划": f"{county}{year}年知识产权保护宣传培训工作计划",
        "总结": f"{county}市场监督管理局{year}年知识产权保护工作总结",
        "报告": f"关于{year}年度知识产权保护工作情况的报告",
        "函": f"关于商请协助做好{year}年知识产权保护工作检查考核迎检工作的函",
    }[genre]


def notice(
    t: Truth,
    rng: random.Random,
    p: dict,
    year: int,
    genre: str,
    layout: str = "mark",
    joint: bool = False,
    lines: int = 2,
    table: bool = False,
    bracket: str = "〔〕",
) -> Content:
    """A red-header notice: mark (layout mark), or the organ only in the signature (layout sig)."""
    org = organs(p)
    lead = rng.choice(["amr", "ipo", "daj", "ipg"]) if genre not in ("总结",) else "amr"
    issuers = [org[lead]] + (
        [org[rng.choice([k for k in ("police", "justice", "culture") if k != lead])]] if joint else []
    )
    action = rng.choice(ACTIONS)
    own_day = day(rng, year, 4, 10)
    c = Content()
    c.house = dict(
        mark_style=rng.choice(["para", "table", "box", "header"]) if layout == "mark" else "none",
        mark_size=rng.choice([24, 26, 28]),
        title_size=rng.choice([20, 22]),
        title_font=rng.choice(["songb", "heib", "songb"]),
        body=rng.choice(["ming", "ming", "song", "kai"]),
        size=rng.choice([15, 16]),
    )
    root = issuers[0][1]
    if layout == "mark":  # a document signed without a red header carries no 文号 of its own
        own = t.number(root + TYPE_CHAR[genre], year, rng.randint(3, 68), 1, bracket)
        if joint:
            for name, _ in issuers:
                c.add("mark", name)
            c.add("mark", "文件")
        else:
            c.add("mark", issuers[0][0] + rng.choice(["文件", "", "文件"]))
        if genre == "请示":
            c.add("no", f"{own}        签发人：{person(rng)}")
        else:
            c.add("no", own)
        c.add("rule")
    title = notice_title(rng, p, year, genre, action)
    c.add("title", break_title(rng, title, lines))
    addressee = {
        "请示": f"{p['county']}人民政府：",
        "报告": f"{p['city']}市场监督管理局：",
        "函": f"{p['county']}人民法院：",
        "批复": org["amr"][0].replace(p["city"], "") + "：",
    }
    c.add("left", addressee.get(genre, "各镇人民政府、街道办事处，区直各有关单位："))
    if genre == "批复":
        asked = t.number(org["amr"][1] + "请", year, rng.randint(2, 30))
        c.add("p", f"你局《关于开展{year}年{action}的请示》（{asked}）收悉。经研究，现批复如下：")
    c.add("p", cite(t, rng, p, year))
    a = day(rng, year, 5, 8)
    b = a + dt.timedelta(days=rng.choice([30, 45, 61]))
    style = rng.choice(["cn", "cn", "dot", "slash"])
    c.add("h", "一、工作时间")
    c.add("p", f"本次行动自{t.span(a, b)}，分动员部署、集中整治、总结提升三个阶段进行。")
    c.add("h", "二、工作要求")
    deadline = b + dt.timedelta(days=rng.randint(3, 12))
    c.add(
        "p",
        f"请各单位于{t.date(deadline, style)}前将工作总结及佐证材料报送{org['amr'][0]}知识产权保护股，"
        f"联系人：{person(rng)}，联系电话：0{rng.randint(700, 799)}-{rng.randint(2000000, 8999999)}。",
    )
    if table:
        rows = [[str(i + 1), town, person(rng), mobile(rng)] for i, town in enumerate(p["towns"] + ["区市场监管局"])]
        c.add("left", "附件：知识产权保护工作联络员名单")
        c.add("table", dict(leaf=["序号", "单位", "联络员", "联系电话"], rows=rows, widths=[1, 3, 2, 3]))
    if rng.random() < 0.5:
        c.add("p", cite(t, rng, p, year))
    c.add("gap", 1)
    signed = own_day if own_day >= deadline - dt.timedelta(days=400) else own_day
    for name, _ in issuers:
        c.add("right", name)
    c.add("right", t.date(signed, rng.choice(["cn", "cn", "hanzi"])))
    c.add("seal", issuers[0][0])
    t.seals.append(issuers[0][0])
    if rng.random() < 0.5:
        c.add("gap", 1)
        c.add(
            "small", f"{org['gov'][0] if genre == '意见' else issuers[0][0]}    {t.date(signed + dt.timedelta(1))}印发"
        )
    t.facts.update(title=title, organ="、".join(n for n, _ in issuers), doc_type=genre)
    return c


def briefing(t: Truth, rng: random.Random, p: dict, year: int) -> Content:
    org = organs(p)
    n = rng.randint(3, 19)
    c = Content()
    c.house = dict(mark_style="para", mark_size=30, body="ming", size=15, title_size=18, title_font="heib")
    c.add("mark", "知识产权保护工作简报")
    c.add("center", f"第{n}期")
    issued = day(rng, year)
    c.add("left", f"{org['ipg'][0]}编                {t.date(issued)}")
    c.add("rule")
    title = f"{p['county']}扎实开展{rng.choice(ACTIONS)}"
    t.facts.update(title="知识产权保护工作简报", organ=org["ipg"][0], doc_type="简报")  # its masthead
    c.add("title", [title])
    c.add(
        "p",
        f"{t.date(issued - dt.timedelta(days=rng.randint(3, 9)))}，{p['county']}组织市场监管、公安、文旅等部门开展联合"
        f"检查，出动执法人员{rng.randint(20, 90)}人次，检查经营主体{rng.randint(50, 300)}家。",
    )
    c.add("p", cite(t, rng, p, year))
    c.add("small", f"报：{p['city']}知识产权局    送：区委办、区政府办    发：各成员单位")
    return c


# --- minutes -------------------------------------------------------------------------------------------------
TOPICS = [
    "通报上半年知识产权保护工作开展情况",
    "研究部署迎接年度知识产权保护工作检查考核",
    "审议《知识产权保护工作要点》",
    "听取各成员单位打击侵权假冒工作汇报",
    "研究知识产权纠纷调解中心建设事宜",
    "部署“双打”专项行动工作任务",
    "讨论知识产权保护宣传周活动方案",
    "研究解决商标侵权案件移送衔接问题",
]
POSTS = ["副区长", "区政府副县长", "区市场监督管理局局长", "区委常委、副区长", "区政府办公室副主任", "局党组书记、局长"]
NUMBERINGS = [
    lambda i: f"{CN_DIGIT[i + 1]}、",
    lambda i: f"{i + 1}.",
    lambda i: f"（{CN_DIGIT[i + 1]}）",
    lambda i: f"{i + 1}、",
    lambda i: "①②③④⑤"[i],
]


def minutes(t: Truth, rng: random.Random, p: dict, year: int, style: str) -> Content:
    """Minutes: fields (时间/地点/主持人 lines), inline (a sentence names day and chair), book (a notebook page,
    handwritten), form (a printed 会议记录 form with cells)."""
    org = organs(p)
    held = day(rng, year, 3, 11)
    chair = person(rng)
    post = rng.choice(POSTS).replace("区", p["county"][-1])
    topics = rng.sample(TOPICS, rng.randint(2, 4))
    name = rng.choice(
        [
            f"{p['county']}知识产权保护工作联席会议",
            f"{p['county']}打击侵权假冒工作领导小组会议",
            f"{year}年第{cn_number(rng.randint(1, 3))}次知识产权保护工作领导小组全体会议",
        ]
    )
    mark = rng.choice(NUMBERINGS)
    c = Content()
    c.house = dict(body="ming", size=15, title_size=20, title_font="songb")
    attendees = "、".join(people(rng, rng.randint(4, 7)))
    clock = rng.choice(["上午9:00", "下午3:00", "上午9时30分", "14:30"])
    chair_word = rng.choice(["主持人", "主持", "召集人"])
    if style == "form":
        heading = "会议记录"
        c.add("title", [heading])
        t.facts.update(title=heading, doc_type="会议记录")
        rows = [
            ["会议名称", name],
            ["会议时间", f"{t.date(held, rng.choice(['cn', 'dot']))} {clock}"],
            ["会议地点", f"{p['county']}政府{rng.randint(2, 6)}楼会议室"],
            [chair_word, chair],
            ["记录人", person(rng)],
            ["参会人员", attendees],
            ["会议议题", "；".join(mark(i) + x for i, x in enumerate(topics))],
        ]
        c.add("table", dict(leaf=["项目", "内容"], rows=rows, widths=[1, 4], truth=False, size=13))
        c.blocks[-1][1]["noheader"] = True
        t.meetings.append({"date": held.isoformat(), "title": name, "chair": chair, "topics": topics})
        return c
    if style == "book":
        heading = "会议记录"
        c.add("title", [heading])
        t.facts.update(title=heading, doc_type="会议记录")
        c.add("hand", f"时间：{t.date(held, rng.choice(['cn', 'dot', 'slash']))} {clock}")
        c.add("hand", f"地点：{p['county']}市场监管局三楼会议室")
        c.add("hand", f"会议名称：{name}")
        c.add("hand", f"{chair_word}：{chair}（{post}）")
        c.add("hand", f"参加：{attendees}")
        c.add("hand", "议题：")
        for i, x in enumerate(topics):
            c.add("hand", f"  {mark(i)}{x}")
        c.add("hand", f"记录：{person(rng)}")
        t.meetings.append({"date": held.isoformat(), "title": name, "chair": chair, "topics": topics})
        return c
    heading = name + "纪要"
    issuer = org[rng.choice(["gov", "ipg", "daj"])][0]
    c.add("title", break_title(rng, heading, 2 if len(heading) > 20 else 1))
    c.add("center", f"（第{rng.randint(1, 6)}期）")
    t.facts.update(title=heading, organ=issuer, doc_type="会议纪要")
    if style == "fields":
        c.add("left", f"时间：{t.date(held, rng.choice(['cn', 'hanzi', 'dot']))}{clock}")
        c.add("left", f"地点：{p['county']}行政中心{rng.randint(1, 9)}号会议室")
        c.add("left", f"{chair_word}：{chair}  {post}")
        c.add("left", f"参会人员：{attendees}")
        c.add("left", "会议议题：")
        for i, x in enumerate(topics):
            c.add("left", f"    {mark(i)}{x}；" if i < len(topics) - 1 else f"    {mark(i)}{x}。")
    else:
        c.add("p", f"{t.date(held)}，{post}{chair}主持召开{name}，{attendees}等同志参加会议。会议主要议题如下：")
        for i, x in enumerate(topics):
            c.add("left", f"{mark(i)}{x}")
    c.add(
        "p",
        "会议指出，要坚持问题导向，压实部门责任，确保各项考核指标按期完成。会议要求，各成员单位于"
        f"{t.date(held + dt.timedelta(days=rng.randint(10, 25)), 'cn')}前报送整改落实情况。",
    )
    c.add("gap", 1)
    c.add("right", issuer)
    c.add("right", t.date(held + dt.timedelta(days=rng.randint(1, 4))))
    t.meetings.append({"date": held.isoformat(), "title": name, "chair": chair, "topics": topics})
    return c


# --- sign-in sheets -------------------------------------------------------------------------------------------
def signin(t: Truth, rng: random.Random, p: dict, year: int, lines: int, organiser: bool, count: bool) -> Content:
    org = organs(p)
    event = rng.choice(
        [
            "知识产权保护业务培训班",
            "商标侵权判定标准专题培训会",
            "知识产权保护工作联席会议",
            "打击侵权假冒执法业务培训",
            "知识产权纠纷人民调解员培训",
        ]
    )
    held = day(rng, year)
    c = Content()
    c.house = dict(body="song", size=15, title_size=20, title_font="heib")
    title = f"{p['county']}{event}签到表"
    c.add("title", [title])
    c.add("left", f"时间：{t.date(held, rng.choice(['cn', 'dot', 'slash']))}      地点：{p['county']}党群服务中心")
    if organiser:
        host = org[rng.choice(["amr", "ipo", "justice"])][0]
        c.add("left", f"主办单位：{host}")
        t.facts["organ"] = host
    units = [f"{p['county']}{u}" for u in ("市场监管局", "公安分局", "司法局", "文旅局", "商务局")] + p["towns"]
    signed = people(rng, lines)
    blank = set(rng.sample(range(lines), rng.randint(1, 3)))
    names = [n for i, n in enumerate(signed) if i not in blank]
    rows, extra = [], []
    k = 0
    for i, n in enumerate(signed):
        if i in blank:
            extra.append([str(i + 1), "", "", ""])
        else:
            k += 1
            rows.append([str(i + 1), n, rng.choice(units), mobile(rng)])
    # blank lines keep their place in the grid; they are drawn as lines, not records
    ordered = sorted(rows + extra, key=lambda r: int(r[0]))
    spec = dict(
        leaf=["序号", "姓名", "工作单位", "联系电话"],
        rows=ordered,
        widths=[1, 2, 4, 3],
        hand_cols={1, 2, 3},
        truth=False,
    )
    c.add("table", spec)
    t.table(spec["leaf"], rows, [1])
    if count:
        c.add("hand", f"应到{lines}人，实到{len(names)}人")
    t.facts.update(title=title, doc_type="签到表")
    t.attendance = {"count": len(names), "names": names}
    return c


# --- ledgers, lists, statistics -------------------------------------------------------------------------------
CASE_TOP = [
    ("序号", 1),
    ("案件名称", 1),
    ("当事人", 1),
    ("办理时间", 2),
    ("处罚决定书文号", 1),
    ("罚没金额（元）", 1),
    ("是否公开", 1),
]
CASE_LEAF = ["序号", "案件名称", "当事人", "立案日期", "结案日期", "处罚决定书文号", "罚没金额（元）", "是否公开"]
GOODS = ["运动鞋", "白酒", "电动车配件", "化妆品", "儿童玩具", "服装", "茶叶", "箱包", "手机配件", "农药"]


def case_rows(t: Truth, rng: random.Random, p: dict, year: int, n: int, style: str, page_of=lambda i: 1):
    org = organs(p)
    rows, total = [], 0
    for i in range(n):
        a = day(rng, year, 1, 9)
        b = a + dt.timedelta(days=rng.randint(20, 80))
        trader = f"{p['county']}{rng.choice(p['towns'])[:2]}"
        trader += rng.choice(["商贸", "百货", "五金", "酒业"]) + rng.choice(["店", "商行", "有限公司"])
        no = t.number(org["amr"][1] + "处罚", year, rng.randint(10, 300), page_of(i))
        fine = rng.randint(2, 90) * 500
        total += fine
        rows.append(
            [
                str(i + 1),
                f"销售侵犯注册商标专用权{rng.choice(GOODS)}案",
                trader,
                t.date(a, style, page_of(i)),
                t.date(b, style, page_of(i)),
                no,
                str(fine),
                rng.choice(["是", "是", "否"]),
            ]
        )
    return rows, total


def ledger(
    t: Truth, rng: random.Random, p: dict, year: int, what: str, n: int, ruled: bool = True, hand: bool = False
) -> Content:
    """台账 of cases (two-row header, totals), 统计表 of trainings (totals), 一览表 of documents (文号 cells),
    名单 of contacts, 登记表 of mediations; title row, 填报单位 line or not, notes line."""
    org = organs(p)
    c = Content()
    c.house = dict(body=rng.choice(["song", "hei", "ming"]), size=13, title_size=18, title_font="heib")
    filer = org["amr"][0] if what != "名单" else org["ipg"][0]
    organ_printed = rng.random() < 0.7
    style = rng.choice(["cn", "dot", "slash", "iso"])
    spec = dict(ruled=ruled, repeat=rng.random() < 0.6, size=11 if what == "台账" else 12)
    if what == "台账":
        title = f"{p['county']}{year}年知识产权侵权案件查处台账"
        per_page = 13
        rows, total = case_rows(t, rng, p, year, n, style, lambda i: 1 + i // per_page)
        spec.update(
            top=CASE_TOP,
            leaf=CASE_LEAF,
            rows=rows,
            widths=[0.8, 3.4, 3, 1.9, 1.9, 2.8, 1.6, 1],
            extra=[["合计", "", "", "", "", "", str(total), ""]],
        )
    elif what == "统计表":
        title = f"{p['county']}{year}年知识产权保护宣传培训情况统计表"
        rows = []
        for i in range(n):
            d = day(rng, year)
            rows.append(
                [
                    str(i + 1),
                    rng.choice(["专题培训", "宣传进企业", "执法业务培训", "4·26宣传周活动", "进校园宣传"]),
                    t.date(d, style),
                    rng.choice(p["towns"]),
                    str(rng.randint(20, 160)),
                ]
            )
        spec.update(
            leaf=["序号", "活动名称", "日期", "地点", "参加人数"],
            rows=rows,
            widths=[1, 4, 2.5, 2.5, 1.6],
            extra=[["合计", "", "", "", str(sum(int(r[4]) for r in rows))]],
        )
    elif what == "一览表":
        title = f"{p['county']}{year}年知识产权保护工作发文一览表"
        rows = []
        for i in range(n):
            key = rng.choice(["amr", "ipo", "daj", "gov", "ipg"])
            no = t.number(org[key][1] + rng.choice(["发", "函", "字"]), year, rng.randint(2, 90))
            rows.append(
                [
                    str(i + 1),
                    no,
                    f"关于{rng.choice(ACTIONS)}的{rng.choice(['通知', '通报', '意见'])}",
                    t.date(day(rng, year), style),
                ]
            )
        spec.update(leaf=["序号", "文号", "文件标题", "印发日期"], rows=rows, widths=[0.8, 3, 6, 2.2])
    elif what == "名单":
        title = f"{p['county']}知识产权保护工作联络员名单"
        rows = [
            [str(i + 1), u, person(rng), rng.choice(["股长", "副局长", "科员", "主任"]), mobile(rng)]
            for i, u in enumerate(
                rng.sample(
                    [
                        f"{p['county']}{x}"
                        for x in (
                            "市场监管局",
                            "公安分局",
                            "司法局",
                            "文旅局",
                            "商务局",
                            "农业农村局",
                            "法院",
                            "检察院",
                        )
                    ],
                    n,
                )
            )
        ]
        spec.update(leaf=["序号", "单位", "姓名", "职务", "联系电话"], rows=rows, widths=[0.8, 4, 1.8, 1.6, 2.8])
    else:  # 登记表
        title = f"{p['county']}知识产权纠纷人民调解登记表"
        rows = []
        for i in range(n):
            rows.append(
                [
                    str(i + 1),
                    t.date(day(rng, year), style),
                    f"{person(rng)}与{person(rng)}",
                    rng.choice(["商标权纠纷", "著作权纠纷", "专利权纠纷"]),
                    rng.choice(["调解成功", "调解成功", "终止调解"]),
                ]
            )
        spec.update(
            leaf=["序号", "受理日期", "当事人", "纠纷类型", "调解结果"], rows=rows, widths=[0.8, 2.4, 3.6, 2.4, 2]
        )
    if hand:
        spec["hand_cols"] = {2}
    lines = break_title(rng, title, 2) if len(title) > 22 and rng.random() < 0.5 else [title]
    c.add("title", lines)
    filed = day(rng, year, 11, 12)
    if organ_printed:
        c.add("left", f"{rng.choice(['填报单位', '编制单位'])}：{filer}（盖章）        填报日期：{t.date(filed)}")
        t.facts["organ"] = filer
    c.add("table", spec)
    if rng.random() < 0.7:
        c.add(
            "small",
            rng.choice(
                [
                    "注：本表数据统计截至当年11月底。",
                    "注：“是否公开”指是否在国家企业信用信息公示系统公示。",
                    f"填表人：{person(rng)}    审核人：{person(rng)}",
                ]
            ),
        )
    t.facts.update(title=title, doc_type=what)
    return c


# --- screenshots ----------------------------------------------------------------------------------------------
class Screen:
    """A screen drawn line by line; `texts` keeps every string drawn."""

    def __init__(self, width: int, rng: random.Random, bg=(255, 255, 255)) -> None:
        self.w, self.rng = width, rng
        self.img = Image.new("RGB", (width, 6000), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = 0
        self.texts: list[str] = []

    def band(self, height: int, colour) -> None:
        self.d.rectangle([0, self.y, self.w, self.y + height], fill=colour)

    def text(
        self,
        s: str,
        size: int,
        key: str = "hei",
        colour=BLACK,
        x: int = 40,
        right: int = 40,
        gap: float = 1.5,
        center: bool = False,
    ) -> list[str]:
        f = font(key, size)
        lines, rest = [], s
        while rest:
            n = len(rest)
            while n > 1 and self.d.textlength(rest[:n], font=f) > self.w - x - right:
                n -= 1
            lines.append(rest[:n])
            rest = rest[n:]
        for piece in lines:
            px = (self.w - self.d.textlength(piece, font=f)) / 2 if center else x
            self.d.text((px, self.y), piece, font=f, fill=colour)
            self.y += int(size * gap)
        self.texts.append(s)
        return lines

    def space(self, n: int) -> None:
        self.y += n

    def crop(self) -> Image.Image:
        return self.img.crop((0, 0, self.w, min(self.y + 60, 6000)))


def headline(rng: random.Random, p: dict, year: int) -> str:
    return rng.choice(
        [
            f"{p['county']}多部门联合开展{rng.choice(ACTIONS)}  查处侵权假冒商品{rng.randint(200, 900)}余件",
            f"守护创新之光！{p['city']}{p['county']}举办{year}年知识产权宣传周系列活动暨企业知识产权保护培训会",
            f"{p['county']}市场监管局破获一起销售假冒注册商标{rng.choice(GOODS)}案，涉案金额{rng.randint(12, 98)}万元",
            f"{p['county']}：知识产权纠纷人民调解委员会揭牌成立  为企业创新发展保驾护航",
        ]
    )


def story(t: Truth, rng: random.Random, p: dict, year: int, when: dt.date, cover: list[tuple[str, str]]) -> list[str]:
    """Body paragraphs; outlets in `cover` are said to have reported it (they are media)."""
    paras = [
        f"{t.date(when - dt.timedelta(days=rng.randint(1, 5)), rng.choice(['cn', 'cn', 'hanzi']))}，"
        f"{p['county']}市场监管局联合公安、文旅等部门对辖区商超、批发市场开展拉网式检查，"
        f"出动执法人员{rng.randint(30, 120)}人次，检查经营户{rng.randint(80, 400)}户。",
        f"据介绍，此次行动将持续至{t.date(dt.date(year, 12, 31), 'cn')}，重点打击商标侵权、假冒专利等违法行为。",
    ]
    if cover:
        names = "、".join(n for n, _ in cover)
        paras.append(
            rng.choice(
                [
                    f"据{names}等媒体报道，该区今年以来已累计办结侵权假冒案件{rng.randint(10, 60)}件。",
                    f"此前，{names}对此进行了报道。",
                ]
            )
        )
        for n, level in cover:
            t.outlet(n, level)
    return paras


def related(t: Truth, rng: random.Random, p: dict, year: int, out: dict, dated: bool) -> list[str]:
    """Related links naming outlets that are not media of this report; their dates are printed dates."""
    items = []
    for outlet in rng.sample(NATIONAL[:6] + out["省级"][:2] + out["市级"][:2], 3):
        d = day(rng, year)
        items.append(
            f"{outlet}：{rng.choice(['知识产权保护工作综述', '护航营商环境', '“双打”工作取得新成效'])}"
            + (f"  {t.date(d, 'iso')}" if dated else "")
        )
    return items


def shot_portal(t: Truth, rng: random.Random, p: dict, year: int, source: str) -> tuple[Image.Image, list[str]]:
    """A government portal page; source: paper (来源 a city/provincial paper), chain (转自 a paper, which took it
    from another), unit (来源 a department: no media)."""
    out, org = outlets(p), organs(p)
    s = Screen(1366, rng, (244, 246, 250))
    site = f"{p['city']}{p['county']}人民政府"
    host = org["gov"][0]
    s.band(110, (176, 28, 36))
    s.y = 30
    s.text(site, 40, "heib", (255, 255, 255), x=60)
    s.y = 110
    s.band(46, (140, 20, 28))
    s.y = 118
    s.text(
        "首页    政务公开    新闻中心    政务服务    互动交流    走进" + p["county"], 20, colour=(255, 255, 255), x=60
    )
    s.y = 180
    s.text("当前位置：首页 > 新闻中心 > 部门动态", 17, colour=GREY, x=160)
    s.space(20)
    when = day(rng, year)
    title = headline(rng, p, year)
    lines = s.text(title, 34, "heib", x=200, right=200, center=True)
    s.space(10)
    src_level = rng.choice(["市级", "省级"])
    src = rng.choice(out[src_level])
    stamp = f"{t.date(when, 'iso')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    if source == "unit":
        s.text(
            f"发布时间：{stamp}    来源：{org['amr'][0]}    浏览次数：{rng.randint(100, 3000)}", 17, colour=GREY, x=300
        )
    elif source == "chain":
        first = rng.choice(out["省级" if src_level == "市级" else "市级"])
        s.text(f"发布时间：{stamp}    来源：{src}    【字体：大 中 小】", 17, colour=GREY, x=300)
        t.outlet(src, src_level)
        t.outlet(first, "省级" if src_level == "市级" else "市级")
    else:
        s.text(f"发布时间：{stamp}    来源：{src}    作者：{person(rng)}    【打印】【关闭】", 17, colour=GREY, x=300)
        t.outlet(src, src_level)
    s.space(20)
    cover = [(rng.choice(out["县级"]), "县级")] if rng.random() < 0.4 else []
    for x in story(t, rng, p, year, when, cover):
        s.text("    " + x, 22, "song", x=200, right=200, gap=1.8)
    if source == "chain":
        s.text(f"（原文刊发于{first}，{src}转载）", 20, "song", x=200)
    s.text(f"责任编辑：{person(rng)}", 18, colour=GREY, x=200)
    s.space(20)
    s.text("相关链接", 22, "heib", x=200)
    for item in related(t, rng, p, year, out, True):
        s.text("· " + item, 18, colour=(40, 70, 150), x=220)
    s.space(30)
    s.band(150, (60, 60, 70))
    s.y += 20
    s.text(f"主办单位：{host}    承办单位：{out['县级'][0]}", 17, colour=(230, 230, 230), x=300)
    s.text(
        f"网站标识码：{rng.randint(10**9, 10**10 - 1)}    {p['prov'][:1]}ICP备{rng.randint(10**7, 10**8 - 1)}号",
        17,
        colour=(230, 230, 230),
        x=300,
    )
    s.space(40)
    t.facts.update(title=title, organ=host, doc_type="新闻报道")
    return s.crop(), s.texts + ["".join(lines)]


def phone_bar(s: Screen, rng: random.Random) -> None:
    s.band(70, (247, 247, 247))
    s.y = 18
    s.text(f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 30, "heib", x=40)
    s.y = 70


def shot_wechat(t: Truth, rng: random.Random, p: dict, year: int, who: str) -> tuple[Image.Image, list[str]]:
    """A WeChat article: who = paper (a paper's account), gov (a department's account reposting a paper),
    govown (a department's own story, no media)."""
    out, org = outlets(p), organs(p)
    s = Screen(1080, rng)
    phone_bar(s, rng)
    s.space(30)
    title = headline(rng, p, year)
    lines = s.text(title, 50, "heib", x=48, right=48, gap=1.4)
    s.space(20)
    when = day(rng, year)
    if who == "paper":
        account = rng.choice(out["市级"][:2])
        publisher, pub_level = account, "市级"
        s.text(
            f"原创  {person(rng)}  {account}  {t.date(when, rng.choice(['cn', 'iso']))} 08:{rng.randint(10, 59)}"
            f"  {p['prov'][:2]}",
            28,
            colour=GREY,
            x=48,
        )
        t.outlet(account, pub_level)
    else:
        account = p["ka"] + "市场监管"
        publisher = org["amr"][0]
        s.text(f"{account}  {t.date(when, 'cn')} {rng.randint(8, 20)}:{rng.randint(10, 59)}", 28, colour=GREY, x=48)
        s.text(f"作者：{publisher}", 26, colour=GREY, x=48)
    s.space(30)
    cover = [(rng.choice(NATIONAL[:6]), "国家级")] if rng.random() < 0.5 else []
    for x in story(t, rng, p, year, when, cover):
        s.text(x, 34, "song", x=48, right=48, gap=1.75)
        s.space(16)
    if who == "gov":
        src = rng.choice(out["省级"] + out["市级"])
        s.text(f"来源：{src}", 30, colour=GREY, x=48)
        t.outlet(src, "省级" if src in out["省级"] else "市级")
    s.text(f"编辑：{person(rng)}  审核：{person(rng)}", 28, colour=GREY, x=48)
    s.space(30)
    s.text("推荐阅读", 32, "heib", x=48)
    for item in related(t, rng, p, year, out, False):
        s.text(item, 28, colour=(60, 90, 150), x=48)
    s.text(
        f"阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万    赞 {rng.randint(10, 500)}    在看", 26, colour=GREY, x=48
    )
    t.facts.update(title=title, organ=publisher, doc_type="新闻报道")
    return s.crop(), s.texts + ["".join(lines)]


def shot_app(t: Truth, rng: random.Random, p: dict, year: int, app: str) -> tuple[Image.Image, list[str]]:
    """A news app page: 学习强国 (its provincial platform, 来源 a paper), 央视新闻, 今日头条 or 百家号 (a paper's
    account hosted there), 澎湃新闻 (its own story) or 澎湃号 (a department's account hosted there)."""
    out, org = outlets(p), organs(p)
    s = Screen(1080, rng, (255, 255, 255))
    phone_bar(s, rng)
    banner = {
        "学习强国": "学习强国",
        "央视新闻": "央视新闻",
        "今日头条": "今日头条",
        "百家号": "百度",
        "澎湃": "澎湃新闻",
        "澎湃号": "澎湃新闻",
    }[app]
    s.band(90, (230, 40, 40) if app in ("学习强国", "今日头条") else (30, 30, 30))
    s.y += 20
    s.text(banner, 40, "heib", (255, 255, 255), x=48)
    s.y = 200
    title = headline(rng, p, year)
    lines = s.text(title, 48, "heib", x=48, right=48, gap=1.4)
    when = day(rng, year)
    stamp = t.date(when, rng.choice(["iso", "cn"]))
    paper = rng.choice(out["省级"] + out["市级"])
    level = "省级" if paper in out["省级"] else "市级"
    if app == "学习强国":
        s.text(f"{p['prov'][:-1]}学习平台  来源：{paper}  {stamp}", 28, colour=GREY, x=48)
        publisher = "学习强国"
        t.outlet("学习强国", "国家级")
        t.outlet(paper, level)
    elif app == "央视新闻":
        s.text(f"央视新闻客户端  {stamp}", 28, colour=GREY, x=48)
        publisher = "央视新闻"
        t.outlet("央视新闻", "国家级")
    elif app in ("今日头条", "百家号"):
        s.text(f"{paper}{'  ' if app == '今日头条' else '百家号  '}{stamp}  已关注", 28, colour=GREY, x=48)
        publisher = paper
        t.outlet(paper, level)
    elif app == "澎湃":
        s.text(f"澎湃新闻记者 {person(rng)}  {stamp}", 28, colour=GREY, x=48)
        publisher = "澎湃新闻"
        t.outlet("澎湃新闻", "国家级")
    else:
        s.text(f"澎湃号·政务  {p['ka']}市场监管  {stamp}", 28, colour=GREY, x=48)
        s.text(f"来自{org['amr'][0]}", 26, colour=GREY, x=48)
        publisher = org["amr"][0]
    s.space(30)
    for x in story(t, rng, p, year, when, []):
        s.text(x, 34, "song", x=48, right=48, gap=1.75)
        s.space(14)
    s.text("热点推荐", 32, "heib", x=48)
    for item in related(t, rng, p, year, out, app != "央视新闻"):
        s.text(item, 28, colour=(60, 90, 150), x=48)
    t.facts.update(title=title, organ=publisher, doc_type="新闻报道")
    return s.crop(), s.texts + ["".join(lines)]


# --- XLSX ----------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XL_FORMATS = {
    "iso": ("yyyy-mm-dd", lambda d: d.isoformat()),
    "cn": ('yyyy"年"m"月"d"日"', DATE_STYLES["cn"]),
    "slash": ("yyyy/m/d", lambda d: f"{d.year}/{d.month}/{d.day}"),
    "dot": ("yyyy.mm.dd", lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}"),
}


def xput(
    ws, r: int, c: int, value, bold: bool = False, fmt: str | None = None, border: bool = True, size: int = 11
) -> None:
    cell = ws.cell(r, c, value)
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt


def xsheet(
    ws,
    t: Truth,
    rng: random.Random,
    title: str,
    top,
    leaf: list[str],
    rows: list[list],
    *,
    filer: str | None,
    filed: dt.date | None,
    totals: list | None,
    note: str | None,
    spacer: bool,
    date_style: str,
) -> None:
    """Title row (merged), an optional 填报单位 row, a blank spacer, a one- or two-row header (merged), records with
    numbers as numbers and dates as Excel dates, totals and notes. The truth records cells as displayed."""
    width = len(leaf)
    fmt, show = XL_FORMATS[date_style]
    r = 1
    xput(ws, r, 1, title, bold=True, border=False, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 30
    r += 1
    if filer or filed:
        text = (
            (f"填报单位：{filer}" if filer else "")
            + ("      " if filer and filed else "")
            + (f"填报日期：{t.date(filed)}" if filed else "")
        )
        ws.cell(r, 1, text).font = Font(name="宋体", size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
    if spacer:
        r += 1
    if top:
        col = 1
        for text, span in top:
            if span == 1 and text == leaf[col - 1]:
                xput(ws, r, col, text, bold=True)
                xput(ws, r + 1, col, None, bold=True)
                ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
            else:
                xput(ws, r, col, text, bold=True)
                for k in range(col, col + span):
                    if k > col:
                        xput(ws, r, k, None)
                    xput(ws, r + 1, k, leaf[k - 1], bold=True)
                ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + span - 1)
            col += span
        r += 2
    else:
        for k, text in enumerate(leaf, 1):
            xput(ws, r, k, text, bold=True)
        r += 1
    shown_rows = []
    for row in rows:
        shown = []
        for k, value in enumerate(row, 1):
            if isinstance(value, dt.date):
                xput(ws, r, k, value, fmt=fmt)
                shown.append(show(value))
                t.add_date(value, show(value))
            else:
                xput(ws, r, k, value, fmt="#,##0" if isinstance(value, int) and value >= 1000 else None)
                shown.append(f"{value:,}" if isinstance(value, int) and value >= 1000 else str(value))
        shown_rows.append(shown)
        r += 1
    if totals:
        for k, value in enumerate(totals, 1):
            xput(ws, r, k, value, bold=True)
        r += 1
    if note:
        r += 1
        ws.cell(r, 1, note).font = Font(name="宋体", size=10)
    for k in range(1, width + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width = 14 if k > 1 else 7
    t.table(leaf, shown_rows, [1])


def make_xlsx(t: Truth, rng: random.Random, p: dict, year: int, style: str, path: Path) -> None:
    org = organs(p)
    wb = openpyxl.Workbook()
    ws = wb.active
    date_style = rng.choice(list(XL_FORMATS))
    filed_day = dt.date(year, 12, rng.randint(1, 20))
    filer = org["amr"][0] if rng.random() < 0.6 else None
    filed = filed_day if rng.random() < 0.6 else None
    common = dict(filer=filer, filed=filed, spacer=rng.random() < 0.5, date_style=date_style)
    if style in ("cases", "cases2"):
        title = f"{p['county']}{year}年知识产权侵权案件查处台账"
        years = [year] if style == "cases" else [year, year - 1]
        for i, y in enumerate(years):
            if i:
                ws = wb.create_sheet()
            ws.title = f"{y}年"
            rows, total = [], 0
            for k in range(rng.randint(5, 9)):
                a = day(rng, y, 1, 9)
                b = a + dt.timedelta(days=rng.randint(15, 90))
                no = t.number(org["amr"][1] + "处罚", y, rng.randint(5, 260))
                fine = rng.randint(1, 60) * 1000
                total += fine
                rows.append(
                    [
                        k + 1,
                        f"销售假冒{rng.choice(GOODS)}案",
                        f"{rng.choice(p['towns'])}{person(rng)}",
                        a,
                        b,
                        no,
                        fine,
                        rng.choice(["是", "否"]),
                    ]
                )
            xsheet(ws, t, rng, f"{p['county']}{y}年知识产权侵权案件查处台账", CASE_TOP, CASE_LEAF, rows,
                   totals=["合计", "", "", "", "", "", total, ""], note="注：罚没金额单位为元。", **common)
        if style == "cases2":
            notes = wb.create_sheet("填表说明")
            notes["A1"] = "1. 每起案件填写一行；2. 日期按“年-月-日”填写；3. 本表于每年12月10日前报送。"
        doc_type = "台账"
    elif style == "signin":
        title = f"{p['county']}{year}年知识产权保护培训会签到表"
        names = people(rng, rng.randint(8, 16))
        rows = [
            [k + 1, n, rng.choice([f"{p['county']}市场监管局", f"{p['county']}公安分局"] + p["towns"]), mobile(rng)]
            for k, n in enumerate(names)
        ]
        held = day(rng, year)
        ws.title = "签到表"
        xsheet(ws, t, rng, title, None, ["序号", "姓名", "单位", "联系电话"], rows, totals=None,
               note=f"培训时间：{t.date(held)}    实到{len(names)}人", **{**common, "filer": None, "filed": None})
        t.attendance = {"count": len(names), "names": names}
        doc_type, filer = "签到表", None
    elif style == "media":
        title = f"{p['county']}{year}年知识产权保护宣传报道登记表"
        out = outlets(p)
        rows = []
        for k in range(rng.randint(6, 10)):
            level = rng.choice(["国家级", "省级", "市级", "县级"])
            outlet = rng.choice(NATIONAL if level == "国家级" else out[level])
            rows.append([k + 1, headline(rng, p, year)[:24], outlet, level, day(rng, year)])
        ws.title = "宣传报道"
        xsheet(ws, t, rng, title, None, ["序号", "报道标题", "媒体名称", "媒体级别", "刊发日期"], rows, totals=None,
               note="注：附报道截图或链接。", **common)
        doc_type = "登记表"
    elif style == "training":
        title = f"{p['county']}{year}年知识产权宣传培训统计表"
        rows = [
            [
                k + 1,
                rng.choice(["专题培训", "宣传进企业", "宣传周活动", "进校园"]),
                day(rng, year),
                rng.choice(p["towns"]),
                rng.randint(20, 150),
                rng.randint(1, 20) * 100,
            ]
            for k in range(rng.randint(5, 9))
        ]
        top = [("序号", 1), ("活动形式", 1), ("日期", 1), ("地点", 1), ("规模", 2)]
        leaf = ["序号", "活动形式", "日期", "地点", "参加人数", "发放资料（份）"]
        xsheet(ws, t, rng, title, top, leaf, rows,
               totals=["合计", "", "", "", sum(r[4] for r in rows), sum(r[5] for r in rows)], note=None, **common)
        ws.title = "统计"
        doc_type = "统计表"
    elif style == "contacts":
        title = f"{p['county']}知识产权保护工作领导小组成员单位联络员名单"
        units = [
            f"{p['county']}{x}" for x in ("市场监管局", "公安分局", "司法局", "文旅局", "法院", "检察院", "商务局")
        ]
        rows = [
            [k + 1, u, person(rng), rng.choice(["副局长", "股长", "科员"]), mobile(rng)] for k, u in enumerate(units)
        ]
        xsheet(ws, t, rng, title, None, ["序号", "单位", "姓名", "职务", "手机号码"], rows, totals=None, note=None,
               **{**common, "filer": org["ipg"][0]})
        filer = org["ipg"][0]
        doc_type = "名单"
    else:  # summary of task completion by unit
        title = f"{p['county']}{year}年知识产权保护工作任务完成情况汇总表"
        units = [f"{p['county']}{x}" for x in ("市场监管局", "公安分局", "司法局", "文旅局", "法院")]
        rows = [
            [k + 1, u, rng.randint(3, 12), rng.randint(1, 3), day(rng, year, 10, 11), rng.choice(["已完成", "推进中"])]
            for k, u in enumerate(units)
        ]
        top = [("序号", 1), ("单位", 1), ("任务数", 2), ("报送日期", 1), ("完成情况", 1)]
        leaf = ["序号", "单位", "已完成", "未完成", "报送日期", "完成情况"]
        xsheet(ws, t, rng, title, top, leaf, rows,
               totals=["合计", "", sum(r[2] for r in rows), sum(r[3] for r in rows), "", ""],
               note="注：数据截至11月30日。", **common)
        doc_type = "汇总表"
    t.facts.update(title=title, doc_type=doc_type)
    if filer:
        t.facts["organ"] = filer
    wb.properties.creator = "ipdocs dev8"
    wb.properties.created = wb.properties.modified = dt.datetime(2023, 1, 1)
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(fixed_zip(buffer.getvalue()))


# --- the plan --------------------------------------------------------------------------------------------------
def doc(fn, *args, **kw):
    return ("doc", lambda t, rng, p, y: fn(t, rng, p, y, *args, **kw))


def note(genre, **kw):
    return doc(notice, genre, **kw)


def shot(fn, *args):
    return ("shot", lambda t, rng, p, y: fn(t, rng, p, y, *args))


def xlsx(style):
    return ("xlsx", style)


def scan(dpi, mode="grey", body="song", hand=False, lined=False):
    return {"dpi": dpi, "mode": mode, "body": body, "hand": hand, "lined": lined}


def photo(edge=2600, body="song", hand=False, lined=False, dpi=170):
    return {"dpi": dpi, "edge": edge, "body": body, "hand": hand, "lined": lined}


PLAN = [  # (file name, kind, source, capture options)
    # scanned tables
    ("扫描-台账-案件-两页.pdf", "scan", doc(ledger, "台账", 22), scan(150)),
    ("扫描-台账-案件.pdf", "scan", doc(ledger, "台账", 8), scan(300, "colour")),
    ("扫描-统计表-培训.pdf", "scan", doc(ledger, "统计表", 9), scan(200, body="ming")),
    ("扫描-统计表-无框线.pdf", "scan", doc(ledger, "统计表", 7, ruled=False), scan(150, body="hei")),
    ("扫描-一览表-发文.pdf", "scan", doc(ledger, "一览表", 8), scan(200, "bw")),
    ("扫描-一览表.jpg", "scan", doc(ledger, "一览表", 6), scan(100, "colour")),
    ("扫描-名单-联络员.pdf", "scan", doc(ledger, "名单", 7), scan(150)),
    ("扫描-登记表-调解.jpg", "scan", doc(ledger, "登记表", 8), scan(200)),
    ("扫描-台账-手写.pdf", "scan", doc(ledger, "登记表", 9, hand=True), scan(200, "colour")),
    ("扫描-名单-无框线.jpg", "scan", doc(ledger, "名单", 6, ruled=False), scan(150, body="kai")),
    # photographed tables
    ("照片-台账-案件.jpg", "photo", doc(ledger, "台账", 7), photo()),
    ("照片-台账-两页.pdf", "photo", doc(ledger, "台账", 21), photo(2400)),
    ("照片-统计表.jpg", "photo", doc(ledger, "统计表", 8), photo(3000, "ming")),
    ("照片-统计表-手写.jpg", "photo", doc(ledger, "统计表", 6, hand=True), photo(2600, hand=True)),
    ("照片-一览表.jpg", "photo", doc(ledger, "一览表", 7), photo()),
    ("照片-一览表-无框线.jpg", "photo", doc(ledger, "一览表", 6, ruled=False), photo(2800, "hei")),
    ("照片-名单.jpg", "photo", doc(ledger, "名单", 8), photo(2400)),
    ("照片-登记表.jpg", "photo", doc(ledger, "登记表", 7), photo(2600, "ming")),
    ("照片-统计表-无框线.jpg", "photo", doc(ledger, "统计表", 6, ruled=False), photo()),
    # photographed minutes
    ("照片-会议纪要-字段.jpg", "photo", doc(minutes, "fields"), photo()),
    ("照片-会议纪要-字段-乙.jpg", "photo", doc(minutes, "fields"), photo(2400, "ming")),
    ("照片-会议纪要-文内.jpg", "photo", doc(minutes, "inline"), photo(2800)),
    ("照片-会议纪要-文内-乙.jpg", "photo", doc(minutes, "inline"), photo(2600, "kai")),
    ("照片-会议记录本.jpg", "photo", doc(minutes, "book"), photo(2600, hand=True, lined=True)),
    ("照片-会议记录本-乙.jpg", "photo", doc(minutes, "book"), photo(2400, hand=True, lined=True)),
    ("照片-会议记录本-丙.jpg", "photo", doc(minutes, "book"), photo(3000, hand=True, lined=True)),
    ("照片-会议记录-表格.jpg", "photo", doc(minutes, "form"), photo()),
    # sign-in sheets
    ("照片-签到表-计数.jpg", "photo", doc(signin, 14, False, True), photo()),
    ("照片-签到表.jpg", "photo", doc(signin, 12, False, False), photo(2400)),
    ("照片-签到表-主办.jpg", "photo", doc(signin, 16, True, False), photo(2800)),
    ("照片-签到表-乙.jpg", "photo", doc(signin, 10, True, True), photo(2600, "ming")),
    ("扫描-签到表.pdf", "scan", doc(signin, 15, True, True), scan(150)),
    # photographed notices
    ("照片-通知.jpg", "photo", note("通知", lines=2), photo(2800)),
    ("照片-通报-落款.jpg", "photo", note("通报", layout="sig", lines=2), photo()),
    # screenshots
    ("截图-政府网-来源.png", "screenshot", shot(shot_portal, "paper"), {}),
    ("截图-政府网-来源-乙.jpg", "screenshot", shot(shot_portal, "paper"), {}),
    ("截图-政府网-转载.png", "screenshot", shot(shot_portal, "chain"), {}),
    ("截图-政府网-部门.png", "screenshot", shot(shot_portal, "unit"), {}),
    ("截图-微信-报社.png", "screenshot", shot(shot_wechat, "paper"), {}),
    ("截图-微信-报社-乙.jpg", "screenshot", shot(shot_wechat, "paper"), {}),
    ("截图-微信-部门转载.png", "screenshot", shot(shot_wechat, "gov"), {}),
    ("截图-微信-部门原创.jpg", "screenshot", shot(shot_wechat, "govown"), {}),
    ("截图-学习强国.png", "screenshot", shot(shot_app, "学习强国"), {}),
    ("截图-央视新闻.jpg", "screenshot", shot(shot_app, "央视新闻"), {}),
    ("截图-今日头条.png", "screenshot", shot(shot_app, "今日头条"), {}),
    ("截图-百家号.jpg", "screenshot", shot(shot_app, "百家号"), {}),
    ("截图-澎湃新闻.png", "screenshot", shot(shot_app, "澎湃"), {}),
    ("截图-澎湃号.png", "screenshot", shot(shot_app, "澎湃号"), {}),
    # scanned notices
    ("扫描-通知-150dpi.pdf", "scan", note("通知", lines=2), scan(150)),
    ("扫描-通知-300dpi.pdf", "scan", note("通知", lines=3), scan(300, "colour")),
    ("扫描-联合通知.pdf", "scan", note("通知", joint=True, lines=2), scan(200, "colour")),
    ("扫描-通报-落款.pdf", "scan", note("通报", layout="sig", lines=2), scan(200, "bw")),
    ("扫描-请示-100dpi.pdf", "scan", note("请示", lines=1), scan(100)),
    ("扫描-批复.jpg", "scan", note("批复", lines=2), scan(150, body="ming")),
    ("扫描-函-方括号.pdf", "scan", note("函", lines=2, bracket="[]"), scan(200)),
    ("扫描-意见-联合-三行.pdf", "scan", note("意见", joint=True, lines=3), scan(150, "colour")),
    ("扫描-会议纪要.pdf", "scan", doc(minutes, "fields"), scan(200)),
    # DOCX
    ("通知-红头.docx", "docx", note("通知", lines=2), {}),
    ("通知-附件表.docx", "docx", note("通知", lines=2, table=True), {}),
    ("意见-联合发文.docx", "docx", note("意见", joint=True, lines=2), {}),
    ("通报-落款.docx", "docx", note("通报", layout="sig", lines=2), {}),
    ("请示.docx", "docx", note("请示", lines=1), {}),
    ("批复.docx", "docx", note("批复", lines=2), {}),
    ("计划-落款.docx", "docx", note("计划", layout="sig", lines=1), {}),
    ("总结.docx", "docx", note("总结", lines=2), {}),
    ("报告.docx", "docx", note("报告", lines=1), {}),
    ("函.docx", "docx", note("函", lines=2), {}),
    ("简报.docx", "docx", doc(briefing), {}),
    ("会议纪要.docx", "docx", doc(minutes, "fields"), {}),
    ("会议记录-表格.docx", "docx", doc(minutes, "form"), {}),
    ("台账-案件.docx", "docx", doc(ledger, "台账", 6), {}),
    ("签到表.docx", "docx", doc(signin, 12, True, True), {}),
    # XLSX
    ("台账-案件查处.xlsx", "xlsx", xlsx("cases"), {}),
    ("台账-两个年度.xlsx", "xlsx", xlsx("cases2"), {}),
    ("签到表-培训会.xlsx", "xlsx", xlsx("signin"), {}),
    ("登记表-宣传报道.xlsx", "xlsx", xlsx("media"), {}),
    ("统计表-宣传培训.xlsx", "xlsx", xlsx("training"), {}),
    ("名单-联络员.xlsx", "xlsx", xlsx("contacts"), {}),
    ("汇总表-任务完成.xlsx", "xlsx", xlsx("summary"), {}),
    ("台账-案件查处-乙.xlsx", "xlsx", xlsx("cases"), {}),
    ("统计表-宣传培训-乙.xlsx", "xlsx", xlsx("training"), {}),
    ("登记表-宣传报道-乙.xlsx", "xlsx", xlsx("media"), {}),
    # text PDFs
    ("通知-红头.pdf", "text_pdf", note("通知", lines=2), {}),
    ("意见-落款.pdf", "text_pdf", note("意见", layout="sig", lines=2), {}),
    ("会议纪要.pdf", "text_pdf", doc(minutes, "inline"), {}),
    ("台账-两页.pdf", "text_pdf", doc(ledger, "台账", 15), {}),
]
ENTRIES = {name: (kind, source, opts) for name, kind, source, opts in PLAN}
BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕"})


def seeded(name: str) -> tuple[random.Random, dict, int]:
    rng = random.Random(f"dev8/{name}")
    return rng, PLACES[sum(map(ord, name)) % len(PLACES)], rng.choice([2022, 2023, 2023])


def flat(texts) -> str:
    return re.sub(r"\s+", "", "".join(texts)).translate(BRACKETS)


def content_texts(c: Content) -> list[str]:
    out = []
    for block in c.blocks:
        if block[0] == "title":
            out.append("".join(block[1]))
        elif block[0] == "table":
            out.append("".join(block[1]["leaf"]) + "".join(str(x) for r in block[1]["rows"] for x in r))
            out.extend(str(x) for r in block[1]["rows"] for x in r)
        elif len(block) > 1 and isinstance(block[1], str):
            out.append(block[1])
    return out


def check_printed(name: str, t: Truth, texts: list[str]) -> None:
    """Everything the truth records is on the file: title (joined), 文号, dates, chairs, names, media, table cells."""
    page = flat(texts)
    facts = t.export()
    wanted = (
        [facts.get("title", "")]
        + [n["text"] for n in facts.get("doc_numbers", [])]
        + [d["text"] for d in facts.get("dates", [])]
        + [m["outlet"] for m in facts.get("media", [])]
        + [m["chair"] for m in facts.get("meetings", [])]
        + (facts.get("attendance") or {}).get("names", [])
        + ([facts["organ"].split("、")[0]] if "organ" in facts else [])
    )
    if t.kind != "xlsx":
        wanted += [c for tb in facts.get("tables", []) for r in tb["rows"] for c in r]
    missing = [w for w in wanted if re.sub(r"\s+", "", w) not in page]
    if missing:
        raise ValueError(f"{name}: truth not printed: {missing[:5]}")


def make_one(name: str, out: Path, work: Path) -> tuple[str, dict, str | None]:
    """Make one file (in a worker): returns its name, its truth and, for a text PDF, the DOCX to print."""
    kind, (source, make), opts = ENTRIES[name]
    rng, p, year = seeded(name)
    t = Truth(kind, name.rsplit(".", 1)[1])
    target = out / name
    if source == "xlsx":
        make_xlsx(t, rng, p, year, make, target)
        book = openpyxl.load_workbook(target)
        check_printed(
            name,
            t,
            [str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value]
            + [c for tb in t.tables for r in tb["rows"] for c in r],
        )
        return name, t.export(), None
    if source == "shot":
        img, texts = make(t, rng, p, year)
        check_printed(name, t, texts)
        target.write_bytes(D6.encoded(img, t.fmt, rng.randint(72, 92)))
        return name, t.export(), None
    content = make(t, rng, p, year)
    if kind in ("docx", "text_pdf"):
        for block in content.blocks:  # a Word table is one table wherever the pages break
            if block[0] == "table" and block[1].get("truth", True):
                t.table(block[1]["leaf"], block[1]["rows"], [1])
        check_printed(name, t, content_texts(content))
        path = target if kind == "docx" else work / (Path(name).stem + ".docx")
        to_docx(content, path, rng)
        return name, t.export(), None if kind == "docx" else str(path)
    pages = draw(content, t, opts["dpi"], rng, opts["body"], 15 if opts["hand"] else 14, opts["hand"], opts["lined"])
    check_printed(name, t, pages.texts)
    arrays = [np.array(img) for img in pages.images]
    if kind == "scan":
        images = [D6.scanner(a, rng, opts["dpi"], opts["mode"]) for a in arrays]
    else:
        images = [D6.camera(a, rng, opts["edge"]) for a in arrays]
    quality = rng.randint(60, 88)
    if t.fmt == "pdf":
        buffer = io.BytesIO()
        rgb = [im.convert("RGB") if im.mode not in ("L", "RGB") else im for im in images]
        fixed = time.gmtime(1672531200)  # 2023-01-01, not the time of saving
        rgb[0].save(buffer, "PDF", resolution=opts["dpi"], save_all=True, append_images=rgb[1:], quality=quality,
                    creationDate=fixed, modDate=fixed)
        target.write_bytes(buffer.getvalue())
    else:
        if len(images) != 1:
            raise ValueError(f"{name}: an image file of {len(images)} pages")
        target.write_bytes(D6.encoded(images[0], t.fmt, quality, opts["dpi"] if kind == "scan" else None))
    t.seals = []
    return name, t.export(), None


D6 = None


def _worker_init() -> None:
    global D6
    D6 = _dev6()


def _job(args):
    return make_one(*args)


def steady_pdf(data: bytes) -> bytes:
    """LibreOffice's PDF with its time stamps and document ID fixed (same lengths: offsets stay valid)."""
    data = re.sub(rb"D:\d{14}", b"D:20230101000000", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2023-01-01T00:00:00", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)


def print_pdfs(docxs: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *docxs,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def write_truth(out: Path, files: dict) -> None:
    text = yaml.safe_dump({"split": "dev8", "generator": "bench/dev8/make_dev8.py", "files": files},
                          allow_unicode=True, sort_keys=False, width=1000)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (ROOT / "bench" / "dev8" / "truth.yaml").write_text(text, encoding="utf-8")


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev8/make_dev8.py 输出目录（例如 /tmp/dev8）")
    began, out, work = time.time(), Path(argv[1]), Path(tempfile.mkdtemp(prefix="ipdocs-dev8-"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "truth.yaml").unlink(missing_ok=True)  # written last: present only when the corpus is complete
    try:
        names = sorted(ENTRIES, key=lambda n: ENTRIES[n][0] not in ("scan", "photo"))  # slow ones first
        with multiprocessing.get_context("fork").Pool(2, initializer=_worker_init) as pool:
            done = pool.map(_job, [(n, out, work) for n in names], chunksize=1)
        files = {name: facts for name, facts, _ in done}
        docxs = {name: src for name, _, src in done if src}
        print_pdfs(sorted(docxs.values()), work / "pdf")
        for name, src in docxs.items():
            pdf = work / "pdf" / (Path(src).stem + ".pdf")
            document = pypdfium2.PdfDocument(str(pdf))
            files[name]["pages"] = len(document)
            for table in files[name].get("tables", []):  # the table ends the document: it runs to the last page
                table["pages"] = list(range(table["pages"][0], len(document) + 1))
            text = "".join(page.get_textpage().get_text_range() for page in document)
            document.close()
            if re.sub(r"\s+", "", files[name]["title"]) not in re.sub(r"\s+", "", text):
                raise SystemExit(f"{name}: LibreOffice did not print the title")
            (out / name).write_bytes(steady_pdf(pdf.read_bytes()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_truth(out, {name: files[name] for name in sorted(files)})
    kinds = collections.Counter(f["kind"] for f in files.values())
    print(
        f"dev8: {len(files)} files in {out} ({', '.join(f'{k} {kinds[k]}' for k in sorted(kinds))}) "
        f"in {time.time() - began:.0f} s"
    )


if __name__ == "__main__":
    main(sys.argv)
