#!/usr/bin/env python3
"""Write the dev16 blind extraction corpus (a tuning split) into DIR, plus DIR/truth.yaml and bench/dev16/truth.yaml.

Usage: make_dev16.py DIR

Setting: material sent by units of 丰泉县 (a fictional county of the fictional prefecture 西陇市, 甘肃省) for the
yearly 知识产权保护工作检查考核. All people, phone numbers, cases and doc numbers are fictional.

Kinds: news screenshots (png), scanned tables / notices / reports (image-only PDF, 150-300 dpi, some skewed,
some colour with red seals), photographed tables / minutes / sign-in sheets (jpg: perspective, shadow, curl,
tilt), XLSX ledgers, DOCX documents of several genres.

Conventions (an assessor's reading of what is printed):
- title: the document's own title as printed, lines joined without spaces; not a 红头 "…文件" line, not a column
  heading. XLSX: the title row of the first sheet (omitted when the sheet has no title row). News pages: the
  headline. 简报: the article headline, not the masthead. Filled-in 会议记录 forms and notebooks: the 会议名称
  written in, not the printed form heading.
- organ: the issuing organ(s) in full as printed (红头, signature, 编印 line of a 简报, 版记 when the issuer
  appears only there, 填报单位 of a table, 编 line of a 简报).
  A list for joint issuers. Omitted on news pages, and where no issuer
  is printed (e.g. a bare sign-in sheet). Cited organs, 主送/抄送 recipients are not the organ.
- doc_type: the genre word the document gives itself: the final genre noun of its title (实施方案→方案,
  工作总结→总结, 会议纪要→纪要, 会议记录→会议记录, …统计表→统计表, …汇总表→汇总表, …台账→台账,
  …登记表→登记表, …一览表→一览表, 签到表); news pages → 新闻报道.
- doc_numbers: every 文号 printed (own, cited, in tables), text normalised to 〔YYYY〕 without spaces; `shown` gives
  the printed form when it differs.
- dates: every day-precision date printed, one item per distinct printed text, iso inferred from context when the
  year is not printed (e.g. 5月18日 in a news story). Month-only forms (2023年5月), years, clock times are not
  dates. A date printed with a time (2023-05-18 09:30) is given by its date part.
- media (news pages and media-report ledgers only): outlets shown as having published or carried THIS item: the
  outlet whose page/account/edition it is, 来源/转载自/原载 outlets, the outlet of a credited 记者 (…日报记者),
  据…报道 outlets, 供稿 outlets. Not counted: government accounts/sites (…发布, …市场监管, …人民政府网),
  platforms hosting third-party accounts (今日头条, 澎湃号 pages, 百家号), outlets in side columns, 相关阅读,
  推荐, ads, footers' 友情链接, 分享到 targets, 扫码关注 prompts, 图片来源, 责任编辑, and outlets that are the
  subject of the story. Levels: 中央 (national outlets), 省级 (甘肃 provincial), 市级 (西陇), 县级 (丰泉), 其他.
  Work summaries and reports that mention publicity in running text carry no media key (they claim coverage, they
  do not show an item being carried). A media ledger's media are the distinct outlets of its outlet column.
- tables: data tables only (not letterhead/form grids, not sign-in sheets). header: for a two-row header each
  column is given by its lowest header cell (the sub-heading under a group cell, or the cell spanning both rows).
  row_count/rows: data rows only, excluding title, header, 合计/小计 and note rows. A table continued over two pages
  is one table. Cells as printed (empty cells as '').
- meetings: date (iso), title as printed, chair (name only, without post), topics: the agenda items as listed
  (议题 / 研究事项), short form as printed without the list numbering.
- attendance: count = number of names signed; names as written.
- pages: PDF page count; images 1; not given for DOCX/XLSX.
"""

import math
import os
import random
import sys
import zipfile
from datetime import datetime

import numpy as np
import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIX_TIME = datetime(2023, 12, 20, 9, 0, 0)
HERE = os.path.dirname(os.path.abspath(__file__))

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
_FC = {}


def F(name, size):
    key = (name, int(size))
    if key not in _FC:
        path, idx = FONT_FILES[name]
        _FC[key] = ImageFont.truetype(path, int(size), index=idx)
    return _FC[key]


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


class Rec:
    """Truth of one file; dates and doc numbers are registered as they are written into the content."""

    def __init__(self, kind, fmt):
        self.t = {"kind": kind, "format": fmt, "pages": 1}
        self.dates = []
        self.nums = []
        self.media = []

    def d(self, y, m, dd, style=0):
        if style == 0:
            s = f"{y}年{m}月{dd}日"
        elif style == 1:
            s = f"{y}-{m:02d}-{dd:02d}"
        elif style == 2:
            s = f"{y}.{m}.{dd}"
        elif style == 3:
            s = f"{y}/{m}/{dd}"
        elif style == 4:
            s = f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日"
        elif style == 5:
            s = f"{m}月{dd}日"
        elif style == 6:
            s = f"{y}年{m:02d}月{dd:02d}日"
        elif style == 7:
            s = f"{y}.{m:02d}.{dd:02d}"
        else:
            raise ValueError(style)
        if s not in [x["text"] for x in self.dates]:
            self.dates.append({"iso": f"{y}-{m:02d}-{dd:02d}", "text": s})
        return s

    def dn(self, prefix, y, n, style=0):
        norm = f"{prefix}〔{y}〕{n}号"
        shown = {
            0: norm,
            1: f"{prefix}[{y}]{n}号",
            2: f"{prefix}（{y}）{n}号",
            3: f"{prefix}〔{y}〕{n:02d}号",
            4: f"{prefix}【{y}】{n}号",
            5: f"{prefix}({y}){n}号",
        }[style]
        if norm not in [x["text"] for x in self.nums]:
            item = {"text": norm, "organ_prefix": prefix, "year": y, "number": n}
            if shown != norm:
                item["shown"] = shown
            self.nums.append(item)
        return shown

    def m(self, outlet, level):
        if outlet not in [x["outlet"] for x in self.media]:
            self.media.append({"outlet": outlet, "level": level})
        return outlet

    def out(self):
        t = dict(self.t)
        if self.nums:
            t["doc_numbers"] = self.nums
        if self.dates:
            t["dates"] = self.dates
        if self.media:
            t["media"] = self.media
        order = [
            "kind",
            "format",
            "pages",
            "title",
            "organ",
            "doc_type",
            "doc_numbers",
            "dates",
            "media",
            "tables",
            "meetings",
            "attendance",
        ]
        return {k: t[k] for k in order if k in t}


# ---------------------------------------------------------------- names
SUR = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
GIV = [
    "建华",
    "立新",
    "晓燕",
    "国强",
    "海峰",
    "丽娟",
    "志刚",
    "玉兰",
    "文博",
    "雪梅",
    "鹏飞",
    "春燕",
    "永胜",
    "静怡",
    "振宇",
    "红霞",
    "德明",
    "小军",
    "亚楠",
    "宏伟",
    "婷",
    "磊",
    "敏",
    "涛",
    "娜",
    "鑫",
    "芳",
    "斌",
    "瑞",
    "颖",
    "海龙",
    "秀英",
    "晨曦",
    "明轩",
    "子涵",
    "嘉怡",
    "兆祥",
    "守仁",
    "成林",
    "梓萱",
    "建军",
    "淑珍",
    "卫东",
    "彦斌",
    "旭东",
    "文娟",
    "国栋",
    "耀祖",
    "佳琪",
    "延平",
    "慧敏",
    "富贵",
    "克俭",
    "学军",
    "新民",
    "俊杰",
    "巧云",
    "金花",
    "玉梅",
    "天佑",
]


def names(rng, k):
    out = []
    while len(out) < k:
        n = rng.choice(SUR) + rng.choice(GIV)
        if n not in out:
            out.append(n)
    return out


COUNTY = "丰泉县"
CITY = "西陇市"
PROV = "甘肃省"
ORG = {
    "scj": "丰泉县市场监督管理局",
    "zscq": "丰泉县知识产权局",
    "gov": "丰泉县人民政府",
    "govb": "丰泉县人民政府办公室",
    "dj": "丰泉县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
    "bh": "丰泉县知识产权保护工作领导小组办公室",
    "bhz": "丰泉县知识产权保护工作领导小组",
    "gaj": "丰泉县公安局",
    "wl": "丰泉县文化广电和旅游局",
    "nync": "丰泉县农业农村局",
    "xcb": "中共丰泉县委宣传部",
    "fy": "丰泉县人民法院",
    "jcy": "丰泉县人民检察院",
    "sw": "丰泉县商务局",
    "gx": "丰泉县工业和信息化局",
    "cg": "丰泉县城关镇人民政府",
    "city_scj": "西陇市市场监督管理局",
    "kx": "丰泉县科学技术局",
    "jy": "丰泉县教育局",
    "ly": "丰泉县林业和草原局",
}
PFX = {
    "scj": "丰市监发",
    "scjh": "丰市监函",
    "govb": "丰政办发",
    "gov": "丰政发",
    "dj": "丰打假办发",
    "bh": "丰知保办",
    "gaj": "丰公发",
    "wl": "丰文旅发",
    "nync": "丰农发",
    "city_scj": "西市监发",
    "cityh": "西市监函",
    "jcy": "丰检发",
    "sw": "丰商发",
    "xcb": "丰宣发",
    "cg": "城政发",
    "kx": "丰科发",
    "govbh": "丰政办函",
}

# outlets: name -> level
OUT = {
    "丰泉融媒": "县级",
    "丰泉县融媒体中心": "县级",
    "丰泉县广播电视台": "县级",
    "西陇日报": "市级",
    "西陇新闻网": "市级",
    "掌上西陇": "市级",
    "西陇广播电视台": "市级",
    "西陇晚报": "市级",
    "甘肃日报": "省级",
    "每日甘肃网": "省级",
    "新甘肃客户端": "省级",
    "甘肃广播电视总台": "省级",
    "学习强国甘肃学习平台": "省级",
    "甘肃经济日报": "省级",
    "甘肃法治报": "省级",
    "人民日报客户端": "中央",
    "中国知识产权报": "中央",
    "中国知识产权资讯网": "中央",
    "新华网": "中央",
    "央视新闻客户端": "中央",
    "中国市场监管报": "中央",
    "法治日报": "中央",
    "人民网": "中央",
    "光明网": "中央",
    "中国新闻网": "中央",
    "农民日报": "中央",
    "中国质量报": "中央",
}

GI = ["丰泉花椒", "丰泉当归", "丰泉苹果", "丰泉黄芪", "丰泉马铃薯"]
FIRMS = [
    "丰泉县陇源食品有限公司",
    "甘肃丰禾农业科技有限公司",
    "丰泉县金川药业有限责任公司",
    "西陇恒达机械制造有限公司",
    "丰泉县绿野果品专业合作社",
    "甘肃泉润生物科技有限公司",
    "丰泉县华康中药材种植专业合作社",
    "丰泉县东山建材有限公司",
    "西陇天诚电子科技有限公司",
    "丰泉县秦源酿造有限公司",
    "丰泉县瑞丰粮油加工厂",
    "甘肃陇上人家餐饮管理有限公司",
]
TOWNS = [
    "城关镇",
    "东川镇",
    "石门镇",
    "河西乡",
    "柳湾镇",
    "马营乡",
    "青石镇",
    "白杨乡",
    "新集镇",
    "南阳乡",
    "龙泉镇",
    "杨店乡",
]
UNITS = [
    "县市场监管局",
    "县公安局",
    "县文化广电和旅游局",
    "县农业农村局",
    "县委宣传部",
    "县人民法院",
    "县人民检察院",
    "县商务局",
    "县工业和信息化局",
    "县科学技术局",
    "县教育局",
    "县林业和草原局",
    "县司法局",
    "县邮政管理局",
]


# ---------------------------------------------------------------- page layout (A4 images)
def wrap(text, font, width):
    lines, cur = [], ""
    for ch in text:
        if font.getlength(cur + ch) > width and cur:
            if ch in "，。、；：”）》！？":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    """Flowing A4 pages; sizes are given in pt and converted at dpi."""

    def __init__(self, dpi=200, margin=(26, 30, 24, 28), color=False):
        self.dpi = dpi
        self.W = int(210 / 25.4 * dpi)
        self.H = int(297 / 25.4 * dpi)
        self.ml, self.mt, self.mr, self.mb = [int(v / 25.4 * dpi) for v in margin]
        self.pages = []
        self.color = color
        self.seals = []  # (page, cx, cy, r, text)
        self.new_page()

    def pt(self, p):
        return p / 72 * self.dpi

    def new_page(self):
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.dr = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.mt

    @property
    def tw(self):
        return self.W - self.ml - self.mr

    def need(self, h):
        if self.y + h > self.H - self.mb:
            self.new_page()

    def space(self, p):
        self.y += self.pt(p)

    def text(self, s, size=16, font="serif", align="left", indent=0, fill="black", lead=1.55, right_pad=0):
        f = F(font, self.pt(size))
        lh = self.pt(size) * lead
        first = True
        for ln in wrap(s, f, self.tw - (self.pt(size) * indent if align == "left" else 0) - right_pad):
            self.need(lh)
            w = f.getlength(ln)
            if align == "center":
                x = self.ml + (self.tw - w) / 2
            elif align == "right":
                x = self.W - self.mr - w - right_pad
            else:
                x = self.ml + (self.pt(size) * indent if first else 0)
            self.dr.text((x, self.y), ln, font=f, fill=fill)
            self.y += lh
            first = False
            if align == "left" and indent:
                # continuation lines start at the margin
                pass
        return self

    def para(self, s, size=16, font="serif"):
        return self.text(s, size, font, indent=2)

    def rule(self, fill="black", width=2):
        self.dr.line([(self.ml, self.y), (self.W - self.mr, self.y)], fill=fill, width=width)
        self.y += width + self.pt(4)

    def seal(self, text, dx=0, dy=0, r_mm=21):
        r = r_mm / 25.4 * self.dpi
        cx = self.W - self.mr - r * 1.3 + dx
        cy = self.y - r * 0.8 + dy
        self.seals.append((len(self.pages) - 1, cx, cy, r, text))

    def table(
        self,
        cols,
        rows,
        header2=None,
        size=11,
        ruled=True,
        font="serif",
        widths=None,
        total=None,
        note=None,
        head_font=None,
    ):
        """cols: list of top header cells: str (rowspan 2 if header2) or (group, [subs]). rows: list of lists."""
        f = F(font, self.pt(size))
        hf = F(head_font or ("serifb" if font == "serif" else "sansb"), self.pt(size))
        leaf = []
        for c in cols:
            if isinstance(c, tuple):
                leaf += c[1]
            else:
                leaf.append(c)
        n = len(leaf)
        if widths is None:
            widths = [1] * n
        tot = sum(widths)
        xs = [self.ml]
        for w in widths:
            xs.append(xs[-1] + self.tw * w / tot)
        pad = self.pt(3)
        lh = self.pt(size) * 1.35

        def cell_lines(txt, i, fnt):
            return wrap(str(txt), fnt, xs[i + 1] - xs[i] - 2 * pad) or [""]

        lw = 2 if self.dpi >= 200 else 1

        def draw_row(cells, fnt, center=False):
            ls = [cell_lines(c, i, fnt) for i, c in enumerate(cells)]
            h = max(len(x) for x in ls) * lh + 2 * pad
            self.need(h)
            for i, L in enumerate(ls):
                for k, ln in enumerate(L):
                    w = fnt.getlength(ln)
                    x = (
                        xs[i] + pad
                        if not center and w < (xs[i + 1] - xs[i]) * 0.6 and i > 0 and len(L) > 1
                        else xs[i] + (xs[i + 1] - xs[i] - w) / 2
                    )
                    self.dr.text((x, self.y + pad + k * lh), ln, font=fnt, fill="black")
            if ruled:
                self.dr.rectangle([xs[0], self.y, xs[-1], self.y + h], outline="black", width=lw)
                for x in xs[1:-1]:
                    self.dr.line([(x, self.y), (x, self.y + h)], fill="black", width=lw)
            self.y += h

        # header
        if header2:
            h = 2 * (lh + 2 * pad)
            self.need(h + lh * 2)
            y0 = self.y
            i = 0
            for c in cols:
                if isinstance(c, tuple):
                    g, subs = c
                    x0, x1 = xs[i], xs[i + len(subs)]
                    w = hf.getlength(g)
                    self.dr.text((x0 + (x1 - x0 - w) / 2, y0 + pad), g, font=hf, fill="black")
                    for k, s in enumerate(subs):
                        w = hf.getlength(s)
                        self.dr.text(
                            (xs[i + k] + (xs[i + k + 1] - xs[i + k] - w) / 2, y0 + h / 2 + pad),
                            s,
                            font=hf,
                            fill="black",
                        )
                        if ruled and k:
                            self.dr.line([(xs[i + k], y0 + h / 2), (xs[i + k], y0 + h)], fill="black", width=lw)
                    if ruled:
                        self.dr.line([(x0, y0 + h / 2), (x1, y0 + h / 2)], fill="black", width=lw)
                        self.dr.line([(x1, y0), (x1, y0 + h)], fill="black", width=lw)
                    i += len(subs)
                else:
                    L = cell_lines(c, i, hf)
                    for k, ln in enumerate(L):
                        w = hf.getlength(ln)
                        self.dr.text(
                            (xs[i] + (xs[i + 1] - xs[i] - w) / 2, y0 + (h - len(L) * lh) / 2 + k * lh),
                            ln,
                            font=hf,
                            fill="black",
                        )
                    if ruled:
                        self.dr.line([(xs[i + 1], y0), (xs[i + 1], y0 + h)], fill="black", width=lw)
                    i += 1
            if ruled:
                self.dr.rectangle([xs[0], y0, xs[-1], y0 + h], outline="black", width=lw)
            else:
                self.dr.line([(xs[0], y0 + h), (xs[-1], y0 + h)], fill="black", width=lw)
            self.y += h
        else:
            y0 = self.y
            draw_row(leaf, hf, center=True)
            if not ruled:
                self.dr.line([(xs[0], y0 - 2), (xs[-1], y0 - 2)], fill="black", width=lw)
                self.dr.line([(xs[0], self.y), (xs[-1], self.y)], fill="black", width=lw)
        for r in rows:
            draw_row(r, f)
        if total:
            draw_row(total, hf)
        if not ruled:
            self.dr.line([(xs[0], self.y), (xs[-1], self.y)], fill="black", width=lw)
        if note:
            self.y += self.pt(4)
            self.text(note, size=size - 1, font=font, lead=1.4)
        return leaf

    def render(self):
        """Pages with seals applied (multiplied red)."""
        out = []
        for pi, p in enumerate(self.pages):
            a = np.asarray(p).astype(np.float32)
            for sp, cx, cy, r, txt in self.seals:
                if sp != pi:
                    continue
                s = seal_img(txt, r)
                x0, y0 = int(cx - s.width / 2), int(cy - s.height / 2)
                sa = np.asarray(s).astype(np.float32) / 255.0
                h, w = sa.shape[:2]
                x1, y1 = max(0, x0), max(0, y0)
                x2, y2 = min(a.shape[1], x0 + w), min(a.shape[0], y0 + h)
                a[y1:y2, x1:x2] *= sa[y1 - y0 : y2 - y0, x1 - x0 : x2 - x0]
            out.append(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
        return out


def seal_img(text, r):
    size = int(2 * r + 8)
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    c = size / 2
    red = (220, 40, 40)
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=max(3, int(r / 18)))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    fs = int(r * 0.26)
    f = F("sans", fs)
    n = len(text)
    span = math.radians(min(250, 22 * n))
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = c + (r - fs * 0.85) * math.cos(ang)
        y = c + (r - fs * 0.85) * math.sin(ang)
        ci = Image.new("RGBA", (fs + 6, fs + 6), (255, 255, 255, 0))
        ImageDraw.Draw(ci).text((3, 0), ch, font=f, fill=red + (255,))
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.paste(ci, (int(x - ci.width / 2), int(y - ci.height / 2)), ci)
    return img


# ---------------------------------------------------------------- degradations
def scan_effect(img, rng, gray=True, skew=0.0, noise=6, dpi_out=None, dpi_in=200):
    if dpi_out and dpi_out != dpi_in:
        img = img.resize((int(img.width * dpi_out / dpi_in), int(img.height * dpi_out / dpi_in)), Image.LANCZOS)
    if gray:
        img = img.convert("L")
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    nr = np.random.RandomState(rng.randint(0, 2**31 - 1))
    a = a * 0.93 + 12 + nr.normal(0, noise, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo_effect(
    img, rng, tilt=0.0, persp=0.04, shadow=True, curl=0.0, out_w=1800, bg=(120, 104, 86), blur=0.6, quality=88
):
    img = img.convert("RGB")
    w, h = img.size
    sc = out_w / (w * 1.12)
    img = img.resize((int(w * sc), int(h * sc)), Image.LANCZOS)
    w, h = img.size
    if curl:
        a = np.asarray(img)
        out = np.full_like(a, 255)
        xs = np.arange(w)
        off = (curl * h * np.sin(np.pi * xs / w) ** 2).astype(int)
        for x in range(w):
            o = off[x]
            out[o:, x] = a[: h - o, x] if o > 0 else a[:, x]
        img = Image.fromarray(out)
    W, H = int(w * 1.12), int(h * 1.1)
    canvas = Image.new("RGB", (W, H), bg)
    nr = np.random.RandomState(rng.randint(0, 2**31 - 1))
    tex = (nr.normal(0, 6, (H // 8 + 1, W // 8 + 1))).repeat(8, 0).repeat(8, 1)[:H, :W]
    ca = np.asarray(canvas).astype(np.float32) + tex[..., None]
    canvas = Image.fromarray(ca.clip(0, 255).astype(np.uint8))
    ox, oy = (W - w) // 2, (H - h) // 2
    canvas.paste(img, (ox, oy))
    if tilt:
        canvas = canvas.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    # perspective: move corners inward randomly
    j = [persp * W * rng.uniform(0.2, 1.0) for _ in range(8)]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    src = [(-j[0], -j[1]), (W + j[2], -j[3] * 0.5), (W + j[4] * 0.3, H + j[5]), (-j[6] * 0.3, H + j[7] * 0.6)]
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, persp_coeffs(dst, src), resample=Image.BICUBIC, fillcolor=bg)
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.18 * ((xx / W - rng.uniform(0.3, 0.7)) ** 2 + (yy / H - rng.uniform(0.3, 0.7)) ** 2)
    if shadow:
        # soft shadow of a hand/phone over one corner
        cx, cy = rng.choice([(0, H), (W, H), (W, 0)])
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
        light = light * (1 - 0.35 * np.clip(1 - dist / 0.45, 0, 1))
    warm = np.array([1.0, 0.97, 0.9])
    a = a * light[..., None] * warm + nr.normal(0, 4, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out, quality


def save_pdf(pages, path, dpi):
    pages = [p if p.mode in ("L", "RGB") else p.convert("RGB") for p in pages]
    pages[0].save(
        path,
        "PDF",
        resolution=dpi,
        save_all=True,
        append_images=pages[1:],
        creationDate=FIX_TIME.timetuple(),
        modDate=FIX_TIME.timetuple(),
        producer="dev16",
        creator="dev16",
        title="scan",
    )


def save_jpg(img, path, quality=88):
    img.save(path, "JPEG", quality=quality, optimize=False)


def fix_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps (and fixed core times) for byte-identical reruns."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2023-12-20T09:00:00Z\g<3>", data
                )
            zi = zipfile.ZipInfo(name, date_time=(2023, 12, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- official documents: model -> image pages / docx
def render_doc(blocks, rng, dpi=200, color=False, first_line_gap=0):
    d = Doc(dpi=dpi)
    red = (200, 20, 20) if color else (200, 20, 20)
    for b in blocks:
        k = b[0]
        if k == "redhead":
            orgs = b[1]
            d.space(14)
            if len(orgs) == 1:
                s = orgs[0] + ("文件" if b[2] else "")
                size = min(30, (d.tw / d.pt(1)) / (len(s) + 1))
                d.text(s, size=size, font="serifb", align="center", fill=red, lead=1.3)
            else:
                size = min(24, (d.tw * 0.78 / d.pt(1)) / (max(len(o) for o in orgs) + 1))
                y0 = d.y
                f = F("serifb", d.pt(size))
                for o in orgs:
                    d.dr.text((d.ml + d.pt(6), d.y), o, font=f, fill=red)
                    d.y += d.pt(size) * 1.3
                if b[2]:
                    fb = F("serifb", d.pt(size * 1.5))
                    d.dr.text(
                        (d.W - d.mr - fb.getlength("文件") - d.pt(4), (y0 + d.y) / 2 - d.pt(size * 0.9)),
                        "文件",
                        font=fb,
                        fill=red,
                    )
            d.space(10)
        elif k == "num":
            d.text(b[1], size=16, font="serif", align=b[2] if len(b) > 2 else "center")
            d.dr.line([(d.ml, d.y + d.pt(4)), (d.W - d.mr, d.y + d.pt(4))], fill=red, width=max(3, dpi // 60))
            d.space(18)
        elif k == "redline":
            d.dr.line([(d.ml, d.y + d.pt(4)), (d.W - d.mr, d.y + d.pt(4))], fill=red, width=max(3, dpi // 60))
            d.space(18)
        elif k == "title":
            d.text(b[1], size=b[2] if len(b) > 2 else 20, font="serifb", align="center", lead=1.45)
            d.space(10)
        elif k == "sub":
            d.text(b[1], size=15, font="kai", align="center")
            d.space(6)
        elif k == "to":
            d.text(b[1], size=16)
        elif k == "p":
            d.para(b[1], size=b[2] if len(b) > 2 else 16)
        elif k == "h":
            d.text(b[1], size=16, font="sansb" if b[2:] and b[2] == 1 else "kai", indent=2)
        elif k == "right":
            d.text(b[1], size=16, align="right", right_pad=d.pt(16))
        elif k == "sign":
            orgs, date = b[1], b[2]
            d.space(24)
            for i in range(0, len(orgs), 2):
                pair = orgs[i : i + 2]
                if len(pair) == 2:
                    f = F("serif", d.pt(16))
                    d.need(d.pt(30))
                    d.dr.text((d.ml + d.pt(20), d.y), pair[0], font=f, fill="black")
                    d.dr.text((d.W - d.mr - f.getlength(pair[1]) - d.pt(16), d.y), pair[1], font=f, fill="black")
                    d.y += d.pt(16) * 1.6
                    if b[3]:
                        d.seal(
                            pair[0],
                            dx=-(d.W - d.mr - d.ml - d.pt(20) - f.getlength(pair[0]) / 2) + d.pt(42) * 0.9,
                            dy=d.pt(6),
                        )
                        d.seal(pair[1], dy=d.pt(6), dx=-d.pt(10))
                    d.space(18)
                else:
                    d.text(pair[0], size=16, align="right", right_pad=d.pt(16))
                    if b[3]:
                        d.seal(pair[0], dy=d.pt(8), dx=-d.pt(10))
            d.text(date, size=16, align="right", right_pad=d.pt(24))
            if len(b) > 4 and b[4]:
                d.text(b[4], size=14, indent=2)
        elif k == "banji":
            d.space(30)
            if d.y > d.H - d.mb - d.pt(90):
                d.new_page()
                d.y = d.H - d.mb - d.pt(90)
            else:
                d.y = max(d.y, d.H - d.mb - d.pt(90))
            d.rule(width=2)
            for ln in b[1]:
                if isinstance(ln, tuple):
                    f = F("serif", d.pt(14))
                    d.dr.text((d.ml + d.pt(8), d.y), ln[0], font=f, fill="black")
                    d.dr.text((d.W - d.mr - f.getlength(ln[1]) - d.pt(8), d.y), ln[1], font=f, fill="black")
                    d.y += d.pt(14) * 1.6
                else:
                    d.text(ln, size=14, lead=1.6)
                d.rule(width=1)
        elif k == "table":
            _, cols, rows, hdr2, kw = b
            d.space(4)
            d.table(cols, rows, header2=hdr2, **kw)
            d.space(8)
        elif k == "space":
            d.space(b[1])
        elif k == "pagebreak":
            d.new_page()
        elif k == "left":
            d.text(b[1], size=b[2] if len(b) > 2 else 14)
    return d.render()


def docx_write(blocks, path, author="user"):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)

    def para(text, size=16, bold=False, align=None, color=None, font=None, indent=False):
        p = doc.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return p

    for b in blocks:
        k = b[0]
        if k == "redhead":
            for o in b[1]:
                para(
                    o + ("文件" if b[2] and len(b[1]) == 1 else ""), 26, True, "center", (200, 20, 20), "方正小标宋简体"
                )
            if b[2] and len(b[1]) > 1:
                para("文件", 26, True, "right", (200, 20, 20), "方正小标宋简体")
        elif k == "num":
            para(b[1], 16, align=b[2] if len(b) > 2 else "center")
            para("—" * 24, 12, align="center", color=(200, 20, 20))
        elif k == "redline":
            para("—" * 24, 12, align="center", color=(200, 20, 20))
        elif k == "title":
            para(b[1], 22, True, "center", font="方正小标宋简体")
        elif k == "sub":
            para(b[1], 16, align="center", font="楷体_GB2312")
        elif k == "to":
            para(b[1])
        elif k == "p":
            para(b[1], indent=True)
        elif k == "h":
            para(
                b[1], 16, bold=(b[2:] and b[2] == 1), font="黑体" if b[2:] and b[2] == 1 else "楷体_GB2312", indent=True
            )
        elif k == "right":
            para(b[1], align="right")
        elif k == "sign":
            para("")
            orgs = b[1]
            for i in range(0, len(orgs), 2):
                pair = orgs[i : i + 2]
                para("        ".join(pair), align="right")
            para(b[2], align="right")
            if len(b) > 4 and b[4]:
                para(b[4], 14, indent=True)
        elif k == "banji":
            para("")
            for ln in b[1]:
                if isinstance(ln, tuple):
                    para(ln[0] + "        " + ln[1], 14)
                else:
                    para(ln, 14)
        elif k == "table":
            _, cols, rows, hdr2, kw = b
            leaf = []
            for c in cols:
                leaf += c[1] if isinstance(c, tuple) else [c]
            nh = 2 if hdr2 else 1
            t = doc.add_table(rows=nh + len(rows) + (1 if kw.get("total") else 0), cols=len(leaf))
            t.style = "Table Grid"
            if hdr2:
                i = 0
                for c in cols:
                    if isinstance(c, tuple):
                        a = t.cell(0, i).merge(t.cell(0, i + len(c[1]) - 1))
                        a.text = c[0]
                        for k2, s in enumerate(c[1]):
                            t.cell(1, i + k2).text = s
                        i += len(c[1])
                    else:
                        a = t.cell(0, i).merge(t.cell(1, i))
                        a.text = c
                        i += 1
            else:
                for i, c in enumerate(leaf):
                    t.cell(0, i).text = c
            for r, row in enumerate(rows + ([kw["total"]] if kw.get("total") else [])):
                for i, c in enumerate(row):
                    t.cell(nh + r, i).text = str(c)
            if kw.get("note"):
                para(kw["note"], 12)
        elif k == "pagebreak":
            doc.add_page_break()
        elif k == "space":
            pass
        elif k == "left":
            para(b[1], 14)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIX_TIME
    cp.modified = FIX_TIME
    cp.last_printed = FIX_TIME
    cp.revision = 1
    cp.title = ""
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------- official documents: content
def sign_date(rec, rng, y, m, dd):
    return rec.d(y, m, dd, rng.choice([0, 0, 0, 4]))


def m_notice_tiequan(rec, rng, joint=False):
    y, m = 2023, rng.randint(3, 6)
    dd = rng.randint(3, 26)
    if joint:
        orgs = [ORG["scj"], ORG["gaj"], ORG["wl"], ORG["nync"]]
        num = rec.dn("丰市监联发", y, rng.randint(2, 9), rng.choice([0, 1]))
    else:
        orgs = [ORG["scj"]]
        num = rec.dn(PFX["scj"], y, rng.randint(10, 60), rng.choice([0, 0, 2, 1]))
    cited = rec.dn(PFX["city_scj"], y, rng.randint(5, 40))
    title = ("关于联合开展" if joint else f"{ORG['scj']}关于开展") + f"{y}年知识产权执法“铁拳”专项行动的通知"
    rec.t.update(title=title, organ=orgs if joint else orgs[0], doc_type="通知")
    s1 = rec.d(y, m + 1, 1)
    e1 = rec.d(y, 11, 30)
    rep = rec.d(y, 12, 5)
    blocks = [
        ("redhead", orgs, True),
        ("num", num),
        ("title", title),
        ("to", "各乡镇人民政府，县直各有关单位：" if joint else "各市场监管所，局机关各股室："),
        (
            "p",
            f"为深入贯彻落实《西陇市市场监督管理局关于印发〈{y}年知识产权执法“铁拳”行动方案〉的通知》（{cited}）精神，"
            f"严厉打击商标侵权、假冒专利和侵犯地理标志等违法行为，经研究，决定自{s1}起至{e1}，在全县范围内开展知识产权执法专项行动。现将有关事项通知如下。",
        ),
        ("h", "一、工作重点", 1),
        (
            "p",
            f"聚焦农村和城乡结合部市场、农资经营门店、中药材交易集散地，重点查处假冒“{rng.choice(GI)}”地理标志、"
            "仿冒知名商标的食品、农资和日用消费品，依法查处标注失效专利号、冒用他人专利号的行为。",
        ),
        (
            "p",
            "加强电子商务领域监管，对辖区内网店、直播带货等新业态开展线上巡查，对群众举报线索实行台账管理、限时办结。",
        ),
        ("h", "二、工作要求", 1),
        (
            "p",
            "各单位要明确分管领导和联络员，对重大案件实行挂牌督办；涉嫌犯罪的，依法及时移送公安机关，"
            "坚决杜绝有案不移、以罚代刑。",
        ),
        (
            "p",
            f"请于{rep}前将行动开展情况及典型案例报送县市场监管局知识产权股，联系人：{names(rng, 1)[0]}，"
            f"电话：0932-62{rng.randint(10000, 99999)}，手机：138 0000 {rng.randint(1000, 9999)}。",
        ),
        ("sign", orgs, sign_date(rec, rng, y, m, dd), True),
    ]
    blocks.append(
        (
            "banji",
            [
                ("抄送：西陇市市场监督管理局，县人民政府办公室。", ""),
                (f"{ORG['scj']}办公室" if not joint else f"{ORG['scj']}办公室", rec.d(y, m, min(dd + 1, 28)) + "印发"),
            ],
        )
    )
    return blocks


def m_han_long(rec, rng):
    y, m, dd = 2023, rng.randint(6, 10), rng.randint(2, 25)
    org = ORG["dj"]
    num = rec.dn(PFX["dj"], y, rng.randint(3, 20), rng.choice([0, 3]))
    title = f"关于报送{y}年度打击侵权假冒工作情况的函"
    rec.t.update(title=title, organ=org, doc_type="函")
    due = rec.d(y, 11, rng.randint(10, 20))
    c2 = rec.dn("西打假办", y, rng.randint(5, 18))
    return [
        ("redhead", [org], False),
        ("num", num, "right"),
        ("title", title),
        ("to", "县打击侵权假冒工作领导小组各成员单位："),
        (
            "p",
            f"根据西陇市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室《关于做好{y}年度打击侵权假冒工作"
            f"绩效考核准备工作的通知》（{c2}）要求，现请各成员单位认真梳理本年度工作情况，做好以下材料报送工作。",
        ),
        ("p", "一是工作总结。内容包括组织领导、部门协作、执法办案、宣传培训及存在问题，字数控制在3000字以内。"),
        ("p", "二是数据统计。填报《打击侵权假冒工作数据统计表》，案件数据统计时间截至报送之日，须与执法办案系统一致。"),
        ("p", "三是佐证材料。包括会议纪要、简报信息、媒体报道截图等，按考核指标顺序整理编号。"),
        ("p", f"请于{due}前将纸质材料（加盖单位公章）报送县打假办，电子版发送至指定邮箱。"),
        ("p", f"联系人：{names(rng, 1)[0]}，联系电话：0932-6{rng.randint(100000, 999999)}。"),
        ("sign", [org], sign_date(rec, rng, y, m, dd), True),
        ("left", "（此件公开发布）"),
    ]


def m_tongbao(rec, rng):
    y = 2023
    m, dd = rng.randint(7, 9), rng.randint(5, 25)
    org = ORG["bh"]
    num = rec.dn(PFX["bh"], y, rng.randint(4, 15), rng.choice([0, 1]))
    title = f"关于{y}年上半年知识产权保护工作考核情况的通报"
    rec.t.update(title=title, organ=org, doc_type="通报")
    units = rng.sample(UNITS, 9)
    rows = []
    for i, u in enumerate(units):
        sc = rng.randint(78, 98)
        rows.append([str(i + 1), u, str(sc), "优秀" if sc >= 90 else "良好"])
    rows.sort(key=lambda r: -int(r[2]))
    for i, r in enumerate(rows):
        r[0] = str(i + 1)
    cols = ["序号", "单位", "得分", "等次"]
    rec.t["tables"] = [{"header": cols, "row_count": len(rows), "rows": rows}]
    return [
        ("redhead", [org], True),
        ("num", num),
        ("title", title),
        ("to", "县知识产权保护工作领导小组各成员单位："),
        (
            "p",
            f"按照《{COUNTY}知识产权保护工作考核办法》要求，县知识产权保护工作领导小组办公室于{rec.d(y, m, 2)}至"
            f"{rec.d(y, m, 12)}对各成员单位上半年工作进行了考核。现将考核情况通报如下。",
        ),
        ("h", "一、总体情况", 1),
        (
            "p",
            "上半年，各成员单位认真落实年度工作要点，知识产权行政保护和司法保护衔接更加顺畅，"
            "“4·26”知识产权宣传周活动形式多样，全县知识产权保护社会满意度稳步提升。",
        ),
        ("h", "二、考核结果", 1),
        ("table", cols, rows, False, {"size": 13, "widths": [1, 4, 1.5, 1.5]}),
        ("h", "三、存在问题", 1),
        ("p", "个别单位对知识产权保护工作重视不够，佐证材料不完整；部分乡镇宣传活动流于形式，群众知晓率不高。"),
        ("p", "请各成员单位对照问题认真整改，整改情况于下一季度考核时一并报送。"),
        ("sign", [org], sign_date(rec, rng, y, m, dd), True),
    ]


def m_jueding(rec, rng):
    y, m, dd = 2023, rng.randint(1, 4), rng.randint(5, 25)
    org = ORG["gov"]
    num = rec.dn(PFX["gov"], y, rng.randint(2, 30), rng.choice([0, 2]))
    title = f"{org}关于表彰{y - 1}年度知识产权保护工作先进集体和先进个人的决定"
    rec.t.update(title=title, organ=org, doc_type="决定")
    units = rng.sample(UNITS, 4) + rng.sample(TOWNS, 2)
    people = names(rng, 6)
    return [
        ("redhead", [org], True),
        ("num", num),
        ("title", title),
        ("to", "各乡镇人民政府，县政府各部门，县直各单位："),
        (
            "p",
            f"{y - 1}年，全县各级各部门认真贯彻落实党中央、国务院关于全面加强知识产权保护的决策部署，"
            "持续加大知识产权执法力度，涌现出一批成绩突出的先进集体和先进个人。为表彰先进、树立典型，县政府决定：",
        ),
        ("p", "授予" + "、".join(units) + "“知识产权保护工作先进集体”称号；"),
        ("p", "授予" + "、".join(people) + "等6名同志“知识产权保护工作先进个人”称号。"),
        ("p", "希望受到表彰的集体和个人珍惜荣誉，再接再厉，为建设知识产权强县作出新的更大贡献。"),
        ("sign", [org], sign_date(rec, rng, y, m, dd), True),
        ("left", "（此件公开发布）"),
        (
            "banji",
            [
                ("抄送：县委各部门，县人大常委会办公室，县政协办公室。", ""),
                (f"{ORG['govb']}", rec.d(y, m, min(dd + 2, 28)) + "印发"),
            ],
        ),
    ]


def m_pifu(rec, rng):
    y, m, dd = 2023, rng.randint(4, 8), rng.randint(5, 25)
    org = ORG["govb"]
    num = rec.dn(PFX["govbh"], y, rng.randint(20, 90), rng.choice([0, 1]))
    req = rec.dn("丰市监", y, rng.randint(10, 40))
    title = f"{org}关于同意设立{COUNTY}知识产权纠纷人民调解委员会的批复"
    rec.t.update(title=title, organ=org, doc_type="批复")
    return [
        ("redhead", [org], False),
        ("num", num, "right"),
        ("title", title),
        ("to", f"{ORG['scj']}："),
        ("p", f"你局《关于设立{COUNTY}知识产权纠纷人民调解委员会的请示》（{req}）收悉。经县政府同意，现批复如下："),
        ("p", f"一、同意设立{COUNTY}知识产权纠纷人民调解委员会，办公地点设在县市场监管局，不单设机构，不增加编制。"),
        ("p", "二、调解委员会由县市场监管局、县司法局、县人民法院等单位有关人员组成，业务上接受县司法局指导。"),
        ("p", "三、请你局会同有关部门抓紧制定工作规则，建立调解员名册，做好诉调对接工作。"),
        ("sign", [org], sign_date(rec, rng, y, m, dd), True),
    ]


def m_yijian_joint(rec, rng):
    y, m, dd = 2023, rng.randint(3, 9), rng.randint(3, 25)
    orgs = [ORG["fy"], ORG["jcy"], ORG["gaj"], ORG["scj"]]
    num = rec.dn("丰检会", y, rng.randint(1, 9), 0)
    title = "关于加强知识产权刑事司法与行政执法衔接工作的意见"
    rec.t.update(title=title, organ=orgs, doc_type="意见")
    return [
        ("redhead", orgs, True),
        ("num", num),
        ("title", title),
        (
            "p",
            "为加强知识产权行政执法与刑事司法的有效衔接，形成保护合力，依据有关法律法规，结合本县实际，提出如下意见。",
        ),
        ("h", "一、建立信息共享机制", 1),
        (
            "p",
            "各单位确定一名联络员，每季度末通报知识产权案件受理、移送、立案、审查起诉和审判情况，"
            "对跨区域、链条式侵权案件及时共享线索。",
        ),
        ("h", "二、规范案件移送程序", 1),
        (
            "p",
            "行政执法机关在查处知识产权违法案件中，发现涉嫌犯罪的，应当在规定时间内向公安机关移送，"
            "同时抄送检察机关；公安机关应当依法及时审查，作出立案或者不予立案决定。",
        ),
        ("h", "三、加强联席会议", 1),
        (
            "p",
            "建立知识产权保护联席会议制度，原则上每半年召开一次，由县人民检察院牵头召集，研究解决衔接工作中的重大问题。",
        ),
        ("p", "本意见自印发之日起施行。"),
        ("sign", orgs, sign_date(rec, rng, y, m, dd), True),
    ]


def m_town_notice(rec, rng):
    y, m, dd = 2023, rng.randint(5, 9), rng.randint(3, 25)
    org = ORG["cg"]
    num = rec.dn(PFX["cg"], y, rng.randint(30, 120), rng.choice([0, 5]))
    gi = rng.choice(GI)
    title = f"关于加强“{gi}”地理标志保护和规范使用的通知"
    rec.t.update(title=title, organ=org, doc_type="通知")
    return [
        ("redhead", [org], False),
        ("num", num),
        ("title", title),
        ("to", "各村（社区），镇属各单位："),
        (
            "p",
            f"“{gi}”是我县获得国家地理标志保护的特色农产品。为维护地理标志产品声誉，保护生产者合法权益，"
            "现就有关事项通知如下：",
        ),
        (
            "p",
            "一、各村要对辖区内种植户、加工企业和收购商户进行摸底登记，引导符合条件的经营主体依法申请使用地理标志专用标志。",
        ),
        (
            "p",
            "二、严禁在非产地产品或者不符合标准的产品上使用地理标志名称和专用标志，发现违规使用的，及时报告镇市场监管所。",
        ),
        ("p", f"三、各村于{rec.d(y, m, min(dd + 10, 28), 0)}前将摸底登记表报镇农业综合服务中心。"),
        ("sign", [org], sign_date(rec, rng, y, m, dd), True),
    ]


PUBLICITY = [
    "在《甘肃日报》、西陇日报、西陇广播电视台等媒体刊发宣传稿件{n}篇，“丰泉融媒”微信公众号推送典型案例{k}期",
    "先后在中国知识产权报、新甘肃客户端、掌上西陇等平台发布信息{n}条，学习强国甘肃学习平台采用{k}篇",
    "联合县融媒体中心制作专题节目{k}期，在每日甘肃网、西陇新闻网刊发报道{n}篇",
]


def m_report(rec, rng, with_title_org=True, genre="总结", table=False, org_key="scj"):
    y = 2023
    org = ORG[org_key]
    if genre == "总结":
        title = (org if with_title_org else "") + f"{y}年知识产权保护工作总结"
    else:
        title = f"关于{y}年上半年知识产权保护工作情况的报告"
    rec.t.update(title=title, organ=org, doc_type=genre)
    n1, n2, n3 = rng.randint(20, 60), rng.randint(5, 20), rng.randint(3, 12)
    cited = rec.dn(PFX["govb"], y, rng.randint(5, 40))
    pub = rng.choice(PUBLICITY).format(n=rng.randint(12, 40), k=rng.randint(3, 9))
    blocks = []
    blocks.append(("title", title))
    if genre == "报告":
        blocks.append(("to", "县人民政府："))
    blocks += [
        (
            "p",
            f"{y}年，我局在县委、县政府的坚强领导下，认真落实《{COUNTY}知识产权保护工作实施方案》（{cited}），"
            "围绕知识产权创造、运用、保护、管理和服务全链条，扎实推进各项工作。现将有关情况"
            + ("总结如下。" if genre == "总结" else "报告如下。"),
        ),
        ("h", "一、主要工作及成效", 1),
        (
            "p",
            f"（一）执法办案成效明显。全年共出动执法人员{n1 * 12}人次，检查经营主体{n1 * 30}户次，立案查处商标侵权、"
            f"假冒专利等案件{n2}件，移送公安机关{n3 // 3 + 1}件。{rec.d(y, rng.randint(3, 6), rng.randint(1, 28), 5)}，"
            f"依法查处一起销售假冒注册商标白酒案，罚没款{rng.randint(3, 9)}万元。",
        ),
        (
            "p",
            f"（二）宣传培训深入开展。围绕“4·26”世界知识产权日，组织开展进企业、进校园、进市场活动{n3}场次，"
            f"发放宣传资料{n1 * 100}余份，{pub}，营造了尊重知识、崇尚创新的良好氛围。",
        ),
        (
            "p",
            f"（三）地理标志保护持续加强。指导{rng.randint(5, 15)}家企业规范使用地理标志专用标志，"
            f"“{rng.choice(GI)}”品牌影响力不断提升。",
        ),
    ]
    if table:
        cols = ["指标", f"{y - 1}年", f"{y}年", "增长（%）"]
        rows = []
        for nm in ["发明专利授权量（件）", "有效注册商标（件）", "地理标志产品（个）", "专利质押融资（万元）"]:
            a = rng.randint(10, 300)
            b = a + rng.randint(1, 60)
            rows.append([nm, str(a), str(b), f"{(b - a) * 100 / a:.1f}"])
        blocks += [
            ("p", "主要指标完成情况见下表。"),
            ("table", cols, rows, False, {"size": 13, "widths": [3, 1.3, 1.3, 1.3]}),
        ]
        rec.t["tables"] = [{"header": cols, "row_count": len(rows), "rows": rows}]
    blocks += [
        ("h", "二、存在的问题", 1),
        (
            "p",
            "一是知识产权执法专业力量不足，基层所执法人员业务能力有待提高；二是企业知识产权意识不强，"
            "高价值专利数量偏少；三是部门间信息共享机制还不够健全。",
        ),
        ("h", "三、下一步工作打算", 1),
        (
            "p",
            "持续开展知识产权执法专项行动，加强地理标志和商标品牌培育，推动知识产权纠纷多元化解，"
            "不断提升全县知识产权保护水平。",
        ),
    ]
    if not with_title_org or genre == "报告":
        blocks.append(("sign", [org], rec.d(y, rng.randint(6, 12), rng.randint(1, 28)), False))
    return blocks


def m_qingshi(rec, rng):
    y, m, dd = 2023, rng.randint(3, 8), rng.randint(3, 25)
    org = ORG["scj"]
    title = f"关于申请{y}年知识产权保护专项工作经费的请示"
    rec.t.update(title=title, organ=org, doc_type="请示")
    amt = rng.randint(15, 40)
    return [
        ("title", title),
        ("to", "县人民政府："),
        (
            "p",
            f"根据《西陇市知识产权保护和运用“十四五”规划》和县委、县政府工作部署，我局承担全县知识产权执法、"
            f"地理标志保护、商标品牌培育等工作任务。为保障{y}年各项工作顺利开展，特申请专项工作经费{amt}万元，主要用于：",
        ),
        ("p", f"一、知识产权执法检查及侵权商品检验鉴定费用{amt // 3}万元；"),
        ("p", f"二、“4·26”知识产权宣传周及企业培训费用{amt // 4}万元；"),
        ("p", f"三、知识产权纠纷调解及维权援助工作站运行费用{amt - amt // 3 - amt // 4}万元。"),
        ("p", "妥否，请批示。"),
        ("sign", [org], rec.d(y, m, dd), False),
        ("left", f"（联系人：{names(rng, 1)[0]}，联系电话：139 0000 {rng.randint(1000, 9999)}）"),
    ]


def m_jianbao(rec, rng):
    y, m, dd = 2023, rng.randint(4, 11), rng.randint(2, 27)
    org = ORG["zscq"]
    no = rng.randint(2, 12)
    title = f"{COUNTY}多措并举推进知识产权保护工作"
    rec.t.update(title=title, organ=org, doc_type="简报")
    gi = rng.choice(GI)
    blocks = [
        ("redhead", ["知识产权工作简报"], False),
        ("sub", f"第{no}期"),
        ("left", f"{org}编" + "　" * 8 + rec.d(y, m, dd), 15),
        ("redline",),
        ("title", title, 18),
        ("p", f"今年以来，{COUNTY}坚持把知识产权保护作为优化营商环境的重要抓手，多措并举推动各项工作落地见效。"),
        (
            "p",
            f"一是强化执法监管。{rec.d(y, m, max(1, dd - 12), 5)}至{rec.d(y, m, max(2, dd - 3), 5)}，"
            f"县市场监管局联合县公安局开展农资市场商标专项检查，检查门店{rng.randint(30, 90)}家，"
            f"查扣涉嫌侵权化肥{rng.randint(2, 9)}吨。",
        ),
        (
            "p",
            f"二是做强地理标志品牌。指导“{gi}”地理标志产品生产企业建立产品溯源体系，新增专用标志使用企业"
            f"{rng.randint(2, 6)}家。",
        ),
        ("p", "三是优化维权服务。在县政务服务中心设立知识产权维权援助工作站，为企业提供咨询、检索和纠纷调解服务。"),
        (
            "banji",
            [
                "报：西陇市知识产权局，县委办公室，县政府办公室。",
                "送：县知识产权保护工作领导小组各成员单位。",
                (f"{org}", rec.d(y, m, dd) + "印发"),
            ],
        ),
    ]
    return blocks


def m_fangan(rec, rng):
    y, m, dd = 2023, rng.randint(2, 4), rng.randint(3, 25)
    org = ORG["bh"]
    title = f"{COUNTY}{y}年知识产权保护工作实施方案"
    rec.t.update(title=title, organ=org, doc_type="方案")
    return [
        ("title", title),
        ("p", "为全面加强知识产权保护，激发全社会创新活力，推动县域经济高质量发展，结合我县实际，制定本方案。"),
        ("h", "一、总体目标", 1),
        (
            "p",
            f"到{y}年底，全县发明专利拥有量较上年增长10%以上，有效注册商标突破{rng.randint(2000, 4000)}件，"
            "地理标志产品保护体系进一步完善，知识产权保护社会满意度达到80分以上。",
        ),
        ("h", "二、重点任务", 1),
        ("p", "（一）加大行政执法力度。牵头单位：县市场监管局；配合单位：县公安局、县文化广电和旅游局。"),
        ("p", "（二）深化司法保护。牵头单位：县人民法院；配合单位：县人民检察院、县司法局。"),
        ("p", "（三）强化宣传教育。牵头单位：县委宣传部；配合单位：县教育局、县融媒体中心。"),
        ("h", "三、保障措施", 1),
        (
            "p",
            f"各成员单位要于每季度末将工作进展报送县知识产权保护工作领导小组办公室，全年工作总结于"
            f"{rec.d(y, 12, 10)}前报送。",
        ),
        (
            "banji",
            ["抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。", (org, rec.d(y, m, dd) + "印发")],
        ),
    ]


def m_han_sign(rec, rng):
    y, m, dd = 2023, rng.randint(5, 10), rng.randint(3, 25)
    org = ORG["kx"]
    title = "关于协助开展专利转化运用情况调查的函"
    rec.t.update(title=title, organ=org, doc_type="函")
    return [
        ("title", title),
        ("to", f"{ORG['scj']}："),
        (
            "p",
            f"为摸清我县高校院所和企业专利转化运用底数，推动专利产业化，我局拟于{rec.d(y, m + 1, 1)}至"
            f"{rec.d(y, m + 1, 20)}开展专利转化运用情况调查。为确保数据准确，恳请贵局协助提供以下资料：",
        ),
        ("p", "一、全县有效发明专利和实用新型专利清单（含专利权人、授权日期、法律状态）；"),
        ("p", "二、近三年专利许可、转让及质押融资备案情况。"),
        ("p", "请于调查开始前将有关资料电子版发送我局，感谢支持。"),
        ("sign", [org], rec.d(y, m, dd), False),
        ("left", f"（联系人：{names(rng, 1)[0]}　电话：0932-63{rng.randint(10000, 99999)}）"),
    ]


def m_jihua(rec, rng):
    y = 2023
    org = ORG["xcb"]
    title = f"{y}年知识产权宣传周活动计划"
    rec.t.update(title=title, organ=[org, ORG["wl"]], doc_type="计划")
    return [
        ("title", title),
        ("p", f"{rec.d(y, 4, 20)}至{rec.d(y, 4, 26)}是第二十三个全国知识产权宣传周。为做好宣传周活动，特制定本计划。"),
        ("p", f"一、{rec.d(y, 4, 20, 5)}，举办宣传周启动仪式暨知识产权法律咨询活动，地点：县城人民广场。"),
        ("p", f"二、{rec.d(y, 4, 23, 5)}，在县图书馆开展“世界读书日”版权保护主题宣传。"),
        ("p", f"三、{rec.d(y, 4, 26, 5)}，发布{y - 1}年度全县知识产权保护典型案例。"),
        ("p", "各有关单位要精心组织，认真做好宣传报道和活动总结工作。"),
        ("sign", [org, ORG["wl"]], rec.d(y, 4, rng.randint(10, 17)), False),
    ]


# ---------------------------------------------------------------- tables: content
MEDIA_TITLES = [
    "{c}开展“4·26”知识产权宣传周系列活动",
    "{c}查处一起假冒注册商标案",
    "“{gi}”地理标志产品走俏市场",
    "{c}知识产权纠纷人民调解委员会揭牌成立",
    "{c}举办企业知识产权培训班",
    "{c}首笔专利质押融资落地",
    "{c}开展农资打假专项行动",
    "小花椒撬动大产业——{c}地理标志助农增收见闻",
    "{c}推进商标品牌指导站建设",
    "{c}开展青少年版权保护进校园活动",
    "{c}集中销毁一批侵权假冒商品",
    "{c}知识产权保护满意度位居全市前列",
]


def tbl(rec, rng, kind, n=None, dstyle=0):
    """Return dict(title, cols, hdr2, rows, total, note, organ, fill, widths)."""
    y = 2023
    out = {"hdr2": False, "total": None, "note": None, "organ": None, "widths": None}
    if kind == "cases":
        n = n or rng.randint(6, 10)
        units = ["县市场监管局"] + [f"{t}市场监管所" for t in rng.sample(TOWNS, n - 2)] + ["县文化广电和旅游局"]
        cols = [
            "序号",
            "单位",
            ("立案数（件）", ["商标侵权", "假冒专利", "地理标志"]),
            "结案数（件）",
            "罚没款（万元）",
        ]
        rows, tot = [], [0, 0, 0, 0, 0.0]
        for i, u in enumerate(units):
            a, b, c = rng.randint(0, 9), rng.randint(0, 3), rng.randint(0, 2)
            e = a + b + c - rng.randint(0, 1) if a + b + c else 0
            f = round(rng.uniform(0, 8), 2) if a + b + c else 0.0
            rows.append([str(i + 1), u, str(a), str(b), str(c), str(max(e, 0)), f"{f:.2f}"])
            for k, v in enumerate([a, b, c, max(e, 0)]):
                tot[k] += v
            tot[4] += f
        out.update(
            title=f"{COUNTY}{y}年知识产权行政执法案件统计表",
            cols=cols,
            hdr2=True,
            rows=rows,
            total=["合计", "", str(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]), f"{tot[4]:.2f}"],
            widths=[0.8, 3.2, 1.2, 1.2, 1.2, 1.2, 1.4],
            doc_type="统计表",
            note="注：统计时间截至" + rec.d(y, 11, 30) + "；罚没款含没收违法所得。",
        )
        out["organ"] = ORG["scj"]
    elif kind == "events":
        n = n or rng.randint(6, 9)
        acts = [
            "知识产权宣传周启动仪式",
            "知识产权进校园讲座",
            "商标法律知识培训",
            "地理标志保护宣传",
            "专利申请实务培训",
            "打击侵权假冒法律咨询",
            "版权保护进社区",
            "企业知识产权座谈会",
            "知识产权进市场宣传",
            "农资打假宣传",
        ]
        cols = ["序号", "活动日期", "活动名称", "地点", "参与人数", "承办单位"]
        rows = []
        ds = sorted(rng.sample(range(0, 200), n))
        for i in range(n):
            dt = datetime.fromordinal(datetime(y, 3, 1).toordinal() + ds[i])
            rows.append(
                [
                    str(i + 1),
                    rec.d(dt.year, dt.month, dt.day, dstyle),
                    rng.choice(acts),
                    rng.choice(TOWNS) + rng.choice(["集贸市场", "中心小学", "政府会议室", "文化广场"]),
                    str(rng.randint(30, 300)),
                    rng.choice(UNITS),
                ]
            )
        out.update(
            title=f"{y}年知识产权宣传活动登记表",
            cols=cols,
            rows=rows,
            doc_type="登记表",
            widths=[0.7, 1.8, 3, 2.6, 1.2, 2.4],
        )
    elif kind == "gi":
        cols = ["序号", "产品名称", "保护类型", "批准时间", "公告号", "使用企业（家）"]
        rows = []
        for i, g in enumerate(GI):
            yy = rng.randint(2012, 2022)
            rows.append(
                [
                    str(i + 1),
                    g,
                    rng.choice(["地理标志产品", "地理标志证明商标", "农产品地理标志"]),
                    rec.d(yy, rng.randint(1, 12), rng.randint(1, 28), dstyle),
                    f"第{rng.randint(100, 600)}号",
                    str(rng.randint(2, 30)),
                ]
            )
        out.update(
            title=f"{COUNTY}地理标志产品一览表",
            cols=cols,
            rows=rows,
            doc_type="一览表",
            widths=[0.7, 2, 2.6, 2, 1.6, 1.6],
            note="注：使用企业数为截至本年末核准使用专用标志的企业数。",
        )
    elif kind == "pledge":
        n = n or rng.randint(5, 8)
        firms = rng.sample(FIRMS, n)
        cols = ["序号", "出质企业", "质押专利（件）", "融资金额（万元）", "质权人", "登记日期"]
        rows = []
        tot = [0, 0]
        for i, f in enumerate(firms):
            a, b = rng.randint(1, 8), rng.randint(5, 60) * 10
            tot[0] += a
            tot[1] += b
            rows.append(
                [
                    str(i + 1),
                    f,
                    str(a),
                    str(b),
                    rng.choice(["甘肃银行丰泉支行", "农行丰泉县支行", "丰泉农商银行", "邮储银行丰泉县支行"]),
                    rec.d(y, rng.randint(1, 11), rng.randint(1, 28), dstyle),
                ]
            )
        out.update(
            title=f"{y}年专利质押融资情况统计表",
            cols=cols,
            rows=rows,
            doc_type="统计表",
            total=["合计", "", str(tot[0]), str(tot[1]), "", ""],
            widths=[0.7, 4, 1.4, 1.6, 2.6, 1.8],
        )
        out["organ"] = ORG["zscq"]
    elif kind == "inspect":
        towns = rng.sample(TOWNS, n or 8)
        cols = ["乡镇", ("检查情况", ["检查户次", "发现问题（个）"]), ("处置情况", ["责令整改", "立案查处"]), "备注"]
        rows = []
        for t in towns:
            a = rng.randint(20, 120)
            b = rng.randint(0, 12)
            c = rng.randint(0, b)
            rows.append([t, str(a), str(b), str(c), str(b - c), rng.choice(["", "", "已全部整改", "含网络巡查"])])
        out.update(
            title=f"{y}年农村市场知识产权执法检查情况汇总表",
            cols=cols,
            hdr2=True,
            rows=rows,
            doc_type="汇总表",
            widths=[1.8, 1.4, 1.6, 1.4, 1.4, 2],
        )
    elif kind == "media":
        n = n or rng.randint(6, 9)
        cols = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期"]
        rows = []
        outs = rng.sample(sorted(OUT), n)
        tit = rng.sample(MEDIA_TITLES, n)
        for i in range(n):
            o = outs[i]
            dt = datetime.fromordinal(datetime(y, 2, 1).toordinal() + rng.randint(0, 300))
            rows.append(
                [
                    str(i + 1),
                    tit[i].format(c=COUNTY, gi=rng.choice(GI)),
                    o,
                    OUT[o],
                    rec.d(dt.year, dt.month, dt.day, dstyle),
                ]
            )
            rec.m(o, OUT[o])
        out.update(
            title=f"{y}年知识产权保护宣传报道统计表",
            cols=cols,
            rows=rows,
            doc_type="统计表",
            widths=[0.7, 5, 2.2, 1.3, 1.9],
        )
        out["organ"] = ORG["xcb"] if rng.random() < 0.5 else ORG["scj"]
    elif kind == "destroy":
        n = n or rng.randint(5, 8)
        cols = ["序号", "处罚决定书文号", "当事人", "侵权商品", "数量", "销毁日期"]
        rows = []
        goods = [
            ("假冒“茅台”白酒", "瓶"),
            ("侵权“雪花”啤酒", "箱"),
            ("假冒“史丹利”复合肥", "袋"),
            ("侵权“耐克”运动鞋", "双"),
            ("假冒“立白”洗衣液", "瓶"),
            ("侵权卡通图案玩具", "件"),
            ("假冒“金龙鱼”食用油", "桶"),
            ("侵权“九阳”豆浆机", "台"),
        ]
        dday = rec.d(y, rng.randint(9, 11), rng.randint(1, 28), dstyle)
        for i in range(n):
            g, u = rng.choice(goods)
            rows.append(
                [
                    str(i + 1),
                    rec.dn("丰市监处罚", y, rng.randint(10, 199), rng.choice([0, 0, 1])),
                    rng.choice(SUR) + "某某" if rng.random() < 0.6 else rng.choice(FIRMS),
                    g,
                    f"{rng.randint(3, 400)}{u}",
                    dday,
                ]
            )
        out.update(
            title=f"{COUNTY}侵权假冒商品集中销毁登记表",
            cols=cols,
            rows=rows,
            doc_type="登记表",
            widths=[0.7, 3, 2.8, 2.6, 1.3, 1.9],
        )
        out["organ"] = ORG["scj"]
    elif kind == "mediation":
        n = n or rng.randint(5, 8)
        cols = ["序号", "受理日期", "申请人", "被申请人", "纠纷类型", "调解结果", "结案日期"]
        rows = []
        for i in range(n):
            a = datetime.fromordinal(datetime(y, 1, 5).toordinal() + rng.randint(0, 280))
            b = datetime.fromordinal(a.toordinal() + rng.randint(5, 40))
            ok = rng.random() < 0.8
            rows.append(
                [
                    str(i + 1),
                    rec.d(a.year, a.month, a.day, dstyle),
                    rng.choice(FIRMS),
                    rng.choice(SUR) + "某",
                    rng.choice(["商标侵权", "专利侵权", "著作权侵权", "不正当竞争"]),
                    "调解成功" if ok else "调解不成",
                    rec.d(b.year, b.month, b.day, dstyle),
                ]
            )
        out.update(
            title=f"{COUNTY}知识产权纠纷人民调解工作台账",
            cols=cols,
            rows=rows,
            doc_type="台账",
            widths=[0.7, 1.7, 3.3, 1.4, 1.6, 1.5, 1.7],
        )
    elif kind == "check_long":
        n = n or 34
        cols = ["序号", "经营主体名称", "所在乡镇", "检查日期", "检查结果"]
        rows = []
        shops = [
            "百货超市",
            "农资经营部",
            "副食批发部",
            "药材收购点",
            "烟酒店",
            "建材经营部",
            "五金店",
            "日用品店",
            "食品店",
        ]
        used = set()
        for i in range(n):
            while True:
                nm = (
                    rng.choice(TOWNS)[:-1]
                    + rng.choice(
                        ["兴盛", "惠民", "德顺", "利民", "永丰", "金源", "福来", "鑫达", "宏达", "同心", "万家", "丰收"]
                    )
                    + rng.choice(shops)
                )
                if nm not in used:
                    used.add(nm)
                    break
            dt = datetime.fromordinal(datetime(y, 6, 1).toordinal() + rng.randint(0, 120))
            rows.append(
                [
                    str(i + 1),
                    nm,
                    rng.choice(TOWNS),
                    rec.d(dt.year, dt.month, dt.day, dstyle),
                    rng.choice(["未发现问题"] * 5 + ["责令整改", "立案调查"]),
                ]
            )
        out.update(
            title=f"{y}年知识产权执法检查台账", cols=cols, rows=rows, doc_type="台账", widths=[0.7, 4, 1.6, 2, 1.8]
        )
        out["organ"] = ORG["scj"]
    elif kind == "brand":
        n = n or rng.randint(5, 8)
        cols = ["序号", "指导站名称", "依托单位", "服务企业（家）", "挂牌日期", "负责人"]
        rows = []
        ppl = names(rng, n)
        for i in range(n):
            t = rng.choice(TOWNS)
            rows.append(
                [
                    str(i + 1),
                    f"{COUNTY}{t}商标品牌指导站" if i else f"{COUNTY}商标品牌指导站",
                    rng.choice(FIRMS) if i else "县市场监管局",
                    str(rng.randint(5, 60)),
                    rec.d(y, rng.randint(3, 11), rng.randint(1, 28), dstyle),
                    ppl[i],
                ]
            )
        out.update(
            title=f"{COUNTY}商标品牌指导站建设情况汇总表",
            cols=cols,
            rows=rows,
            doc_type="汇总表",
            widths=[0.7, 3.4, 3.2, 1.4, 1.8, 1.2],
        )
    else:
        raise ValueError(kind)
    return out


def leaf_cols(cols):
    leaf = []
    for c in cols:
        leaf += c[1] if isinstance(c, tuple) else [c]
    return leaf


def tbl_truth(t):
    return {"header": leaf_cols(t["cols"]), "row_count": len(t["rows"]), "rows": [list(r) for r in t["rows"]]}


def tbl_page(rec, rng, t, dpi=200, ruled=True, size=12, fill_date=True, extra=None):
    rec.t.update(title=t["title"], doc_type=t["doc_type"])
    if t.get("organ"):
        rec.t["organ"] = t["organ"]
    d = Doc(dpi=dpi, margin=(18, 22, 18, 20))
    d.text(t["title"], size=18, font="sansb", align="center")
    d.space(6)
    left = f"填报单位：{t['organ']}（盖章）" if t.get("organ") else ""
    right = ("填报日期：" + rec.d(2023, 12, rng.randint(1, 15), rng.choice([0, 0, 6]))) if fill_date else ""
    if left or right:
        f = F("serif", d.pt(12))
        d.dr.text((d.ml, d.y), left, font=f, fill="black")
        d.dr.text((d.W - d.mr - f.getlength(right), d.y), right, font=f, fill="black")
        d.y += d.pt(12) * 1.8
    d.table(
        t["cols"],
        t["rows"],
        header2=t["hdr2"],
        size=size,
        ruled=ruled,
        widths=t["widths"],
        total=t["total"],
        note=t["note"],
        font="serif",
    )
    d.space(10)
    who = names(rng, 2)
    d.text(f"填表人：{who[0]}　　　审核人：{who[1]}　　　联系电话：138 0000 {rng.randint(1000, 9999)}", size=11)
    if t.get("organ") and rng.random() < 0.7:
        d.y += d.pt(10)
        d.seal(t["organ"], dx=-d.tw * 0.45, dy=-d.pt(30))
    rec.t["tables"] = [tbl_truth(t)]
    return d


# ---------------------------------------------------------------- minutes and sign-in sheets (photographed)
TOPICS = [
    "听取县市场监管局关于上半年知识产权执法工作情况的汇报",
    "研究部署“铁拳”专项行动",
    "审议《知识产权保护工作考核办法》",
    "研究地理标志产品保护工作",
    "安排“4·26”知识产权宣传周活动",
    "研究知识产权纠纷调解委员会组建事宜",
    "通报年度考核准备工作",
    "研究商标品牌指导站建设",
    "部署打击侵权假冒年度工作",
]


def minutes_doc(rec, rng, style):
    y = 2023
    m, dd = rng.randint(3, 11), rng.randint(2, 27)
    chair = names(rng, 1)[0]
    post = rng.choice(["副县长", "县政府副县长", "县市场监管局局长", "县政府办公室副主任"])
    tps = rng.sample(TOPICS, rng.randint(2, 3))
    att = names(rng, 7)
    d = Doc(dpi=170, margin=(22, 22, 20, 20))
    if style == "printed":
        no = rng.randint(2, 6)
        title = f"{COUNTY}知识产权保护工作领导小组{y}年第{cn_num(no)}次会议纪要"
        org = ORG["bh"]
        d.text(title, size=20, font="serifb", align="center")
        d.text(f"{org}　　　　" + rec.d(y, m, dd + 1), size=13, align="center")
        d.rule(fill=(200, 20, 20), width=3)
        dt = rec.d(y, m, dd)
        d.para(
            f"{dt}上午，{post}{chair}在县政府三楼会议室主持召开县知识产权保护工作领导小组{y}年第{cn_num(no)}次会议。"
            f"领导小组成员单位分管负责同志参加会议。会议研究了以下事项：",
            size=15,
        )
        for i, tp in enumerate(tps):
            d.para(f"{'一二三'[i]}、{tp}。", size=15)
            d.para("会议要求，各成员单位要提高政治站位，明确责任分工，按时间节点抓好落实。", size=15)
        d.text("出席：" + "、".join(att), size=14, indent=0)
        d.text(f"记录：{names(rng, 1)[0]}", size=14)
        rec.t.update(title=title, organ=org, doc_type="纪要")
        rec.t["meetings"] = [{"date": f"{y}-{m:02d}-{dd:02d}", "title": title, "chair": chair, "topics": tps}]
    elif style in ("form", "form_hand"):
        title = "会议记录"
        d.text(title, size=24, font="sansb", align="center")
        d.space(6)
        f = F("serif", d.pt(14))
        hf = F("kai", d.pt(15)) if style == "form_hand" else F("serif", d.pt(14))
        ink = (20, 30, 110) if style == "form_hand" else "black"
        x0, x1 = d.ml, d.W - d.mr
        rows = [
            ("会议名称", f"{COUNTY}打击侵权假冒工作联席会议"),
            ("时　　间", rec.d(y, m, dd, rng.choice([0, 2, 3])) + "  上午9:30"),
            ("地　　点", "县市场监管局三楼会议室"),
            ("主 持 人", chair),
            ("记 录 人", names(rng, 1)[0]),
            ("参加人员", "、".join(att[:6])),
            ("会议议题", "；".join(f"{i + 1}.{t}" for i, t in enumerate(tps))),
        ]
        lh = d.pt(14) * 2.2
        for lab, val in rows:
            lines = wrap(val, hf, (x1 - x0) * 0.78)
            h = max(1, len(lines)) * d.pt(15) * 1.5 + d.pt(12)
            d.dr.rectangle([x0, d.y, x1, d.y + h], outline="black", width=2)
            d.dr.line([(x0 + (x1 - x0) * 0.18, d.y), (x0 + (x1 - x0) * 0.18, d.y + h)], fill="black", width=2)
            d.dr.text((x0 + d.pt(6), d.y + d.pt(6)), lab, font=f, fill="black")
            for k, ln in enumerate(lines):
                d.dr.text((x0 + (x1 - x0) * 0.2, d.y + d.pt(6) + k * d.pt(15) * 1.5), ln, font=hf, fill=ink)
            d.y += h
        d.dr.rectangle([x0, d.y, x1, d.y + lh], outline="black", width=2)
        d.dr.text((x0 + d.pt(6), d.y + d.pt(6)), "会议内容", font=f, fill="black")
        d.y += lh
        for tp in tps:
            for ln in wrap(f"{chair}：关于{tp[:10]}……各单位要抓好落实，按时报送情况。", hf, (x1 - x0) * 0.95):
                d.dr.text((x0 + d.pt(8), d.y), ln, font=hf, fill=ink)
                d.y += d.pt(15) * 1.7
        rec.t.update(title=f"{COUNTY}打击侵权假冒工作联席会议", doc_type="会议记录")
        rec.t["meetings"] = [
            {
                "date": f"{y}-{m:02d}-{dd:02d}",
                "title": f"{COUNTY}打击侵权假冒工作联席会议",
                "chair": chair,
                "topics": tps,
            }
        ]
    return d


def facing_pages(rec, rng):
    """Two notebook pages side by side: a handwritten meeting record in a 会议记录本."""
    y = 2023
    m, dd = rng.randint(3, 11), rng.randint(2, 27)
    chair = names(rng, 1)[0]
    tps = rng.sample(TOPICS, 3)
    W, H = 1500, 2000
    pages = []
    f = F("kai", 40)
    for _ in range(2):
        p = Image.new("RGB", (W, H), (250, 248, 238))
        dr = ImageDraw.Draw(p)
        for yy in range(220, H - 60, 70):
            dr.line([(60, yy), (W - 60, yy)], fill=(170, 190, 220), width=2)
        pages.append((p, dr))
    ink = (25, 35, 120)
    title = f"{COUNTY}知识产权局局务会"
    left = [
        f"会议名称：{title}",
        "时间：" + rec.d(y, m, dd, 2),
        "地点：局二楼会议室",
        f"主持人：{chair}",
        "参加：" + "、".join(names(rng, 5)),
        "记录：" + names(rng, 1)[0],
        "议题：",
    ]
    left += [f"{i + 1}、{t}" for i, t in enumerate(tps)]
    right = [
        f"{chair}：今年知识产权工作考核要求提高，",
        "各股室要对照指标逐项落实。",
        "一、执法办案要保持高压态势，",
        "对群众举报线索限时办结。",
        "二、宣传工作要与媒体加强对接，",
        "三、地理标志保护要建档立卡。",
        "会议决定：按分工抓好落实。",
    ]
    for side, lines in enumerate([left, right]):
        p, dr = pages[side]
        yy = 160
        for ln in lines:
            for seg in wrap(ln, f, W - 180):
                dr.text((90, yy + 12), seg, font=f, fill=ink)
                yy += 70
    book = Image.new("RGB", (2 * W + 40, H + 40), (60, 40, 30))
    book.paste(pages[0][0], (20, 20))
    book.paste(pages[1][0], (W + 20, 20))
    ImageDraw.Draw(book).line([(W + 20, 20), (W + 20, H + 20)], fill=(120, 110, 100), width=6)
    rec.t.update(title=title, doc_type="会议记录")
    rec.t["meetings"] = [{"date": f"{y}-{m:02d}-{dd:02d}", "title": title, "chair": chair, "topics": tps}]
    return book


def signin_img(rng, rec, cols2=True, count_line=True):
    y = 2023
    m, dd = rng.randint(3, 11), rng.randint(2, 27)
    n = rng.randint(14, 24)
    ppl = names(rng, n)
    title = (
        COUNTY
        + rng.choice(
            [f"{y}年知识产权保护工作推进会", "打击侵权假冒工作联席会议", "企业知识产权培训班", "地理标志保护工作座谈会"]
        )
        + "签到表"
    )
    d = Doc(dpi=170, margin=(20, 22, 20, 20))
    d.text(title, size=19, font="sansb", align="center")
    d.text("时间：" + rec.d(y, m, dd) + "　　地点：县政府三楼会议室", size=13, align="center")
    d.space(6)
    x0, x1 = d.ml, d.W - d.mr
    ncol = 2 if cols2 else 1
    sub = ["序号", "单位", "姓名", "联系电话"] if not cols2 else ["单位", "姓名"]
    cw = (x1 - x0) / ncol
    rows_per = math.ceil(n / ncol) + 1
    rh = d.pt(13) * 2.3
    f = F("serif", d.pt(12))
    top = d.y
    for c in range(ncol):
        bx = x0 + c * cw
        fr = [0.55, 1.0] if cols2 else [0.1, 0.5, 0.72, 1.0]
        xs = [bx] + [bx + cw * r for r in fr]
        for r in range(rows_per + 1):
            yy = top + r * rh
            d.dr.rectangle([bx, yy, bx + cw, yy + rh], outline="black", width=2)
            for x in xs[1:-1]:
                d.dr.line([(x, yy), (x, yy + rh)], fill="black", width=2)
        for i, s in enumerate(sub):
            w = f.getlength(s)
            d.dr.text(((xs[i] + xs[i + 1] - w) / 2, top + d.pt(7)), s, font=f, fill="black")
    units = UNITS + [f"{t}人民政府" for t in TOWNS]
    hand = ImageDraw.Draw(d.img)
    for i, nm in enumerate(ppl):
        c, r = (i // (rows_per), i % rows_per) if cols2 else (0, i)
        if cols2 and i >= rows_per:
            c, r = 1, i - rows_per
        if not cols2:
            r = i
        bx = x0 + c * cw
        yy = top + (r + 1) * rh
        fr = [0.55, 1.0] if cols2 else [0.1, 0.5, 0.72, 1.0]
        xs = [bx] + [bx + cw * q for q in fr]
        if cols2:
            hand.text((xs[0] + d.pt(4), yy + d.pt(7)), rng.choice(units), font=f, fill="black")
            nx = xs[1]
        else:
            hand.text((xs[0] + d.pt(8), yy + d.pt(7)), str(i + 1), font=f, fill="black")
            hand.text((xs[1] + d.pt(4), yy + d.pt(7)), rng.choice(units), font=f, fill="black")
            nx = xs[2]
            hand.text(
                (xs[3] + d.pt(4), yy + d.pt(7)),
                f"138 0000 {rng.randint(1000, 9999)}",
                font=F("kai", d.pt(12)),
                fill=(20, 30, 110),
            )
        # handwriting-like name: kai font, jittered size and angle per character
        xx = nx + d.pt(10)
        for ch in nm:
            sz = d.pt(16) * rng.uniform(0.9, 1.15)
            ci = Image.new("RGBA", (int(sz * 1.4), int(sz * 1.4)), (255, 255, 255, 0))
            ImageDraw.Draw(ci).text(
                (2, 0), ch, font=F("kai", sz), fill=(rng.randint(10, 40), 30, rng.randint(90, 150), 255)
            )
            ci = ci.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
            d.img.paste(ci, (int(xx), int(yy + d.pt(3) + rng.uniform(-3, 3))), ci)
            xx += sz * rng.uniform(0.95, 1.15)
    d.y = top + (rows_per + 1) * rh + d.pt(10)
    if count_line:
        d.text(f"应到{n + rng.randint(1, 3)}人，实到{n}人。", size=14, font="kai", fill=(20, 30, 110))
    rec.t.update(title=title, doc_type="签到表")
    rec.t["attendance"] = {"count": n, "names": ppl}
    return d


# ---------------------------------------------------------------- news screenshots
def news_body(rec, rng, y, m, dd):
    gi = rng.choice(GI)
    firm = rng.choice(FIRMS)
    p = [
        f"{rec.d(y, m, dd, 5)}，{COUNTY}市场监管局联合县公安局在{rng.choice(TOWNS)}开展知识产权执法检查，"
        f"现场查扣涉嫌假冒“{gi}”地理标志的产品{rng.randint(100, 900)}公斤。",
        f"“我们以前分不清真假，现在扫一扫包装上的二维码就能查到产地。”{firm}负责人{names(rng, 1)[0]}说。"
        f"今年以来，该县已有{rng.randint(5, 20)}家企业获准使用地理标志专用标志。",
        f"据了解，{COUNTY}今年共受理知识产权纠纷{rng.randint(10, 40)}件，调解成功率达{rng.randint(80, 95)}%。"
        "下一步，该县将持续加大执法力度，护航特色产业高质量发展。",
    ]
    return gi, p


def screenshot(rec, rng, cfg):
    y = 2023
    m, dd = rng.randint(3, 11), rng.randint(2, 27)
    gi, body = news_body(rec, rng, y, m, dd)
    head = cfg["head"].format(c=COUNTY, gi=gi)
    rec.t.update(title=head, doc_type="新闻报道")
    for o in cfg.get("media", []):
        rec.m(o, OUT[o])
    phone = cfg["layout"] == "phone"
    W = 1080 if phone else 1440
    img = Image.new("RGB", (W, 6000), "white")
    dr = ImageDraw.Draw(img)
    fs = 44 if phone else 30
    y0 = 0
    if phone:
        dr.rectangle([0, 0, W, 90], fill=(245, 245, 245))
        dr.text((40, 22), "9:41", font=F("sansb", 36), fill="black")
        dr.text((W - 200, 22), "5G  86%", font=F("sans", 32), fill="black")
        dr.rectangle([0, 90, W, 220], fill=cfg.get("bar", (250, 250, 250)))
        dr.text((40, 120), "<  " + cfg["app"], font=F("sansb", 44), fill=cfg.get("barfg", "black"))
        y0 = 260
        x0, cw = 50, W - 100
    else:
        dr.rectangle([0, 0, W, 140], fill=cfg.get("bar", (180, 20, 20)))
        dr.text((60, 35), cfg["app"], font=F("sansb", 56), fill="white")
        nav = cfg.get("nav", "首页 > 新闻 > 县区动态")
        if "{d1}" in nav:
            nav = nav.format(d1=rec.d(y, m, dd + 1, cfg.get("dstyle", 1)))
        dr.text((60, 150), nav, font=F("sans", 24), fill=(90, 90, 90))
        y0 = 220
        x0, cw = 60, 900
    yy = y0
    for ln in wrap(head, F("sansb", fs + 12), cw):
        dr.text((x0, yy), ln, font=F("sansb", fs + 12), fill="black")
        yy += int((fs + 12) * 1.4)
    yy += 10
    for meta in cfg["meta"]:
        d1 = rec.d(y, m, dd + 1, cfg.get("dstyle", 1)) if "{d1}" in meta else ""
        meta = meta.format(c=COUNTY, d1=d1, r=names(rng, 1)[0], r2=names(rng, 1)[0])
        for ln in wrap(meta, F("sans", fs - 10), cw):
            dr.text((x0, yy), ln, font=F("sans", fs - 10), fill=(110, 110, 110))
            yy += int((fs - 10) * 1.6)
    yy += 20
    if cfg.get("lead"):
        body[0] = cfg["lead"].format(r=names(rng, 1)[0]) + body[0]
    if cfg.get("photo"):
        dr.rectangle([x0, yy, x0 + cw, yy + int(cw * 0.5)], fill=(150, 170, 140))
        yy += int(cw * 0.5) + 8
        dr.text((x0, yy), cfg["photo"], font=F("sans", fs - 14), fill=(120, 120, 120))
        yy += fs + 20
    for p in body:
        for ln in wrap("　　" + p, F("serif" if not phone else "sans", fs), cw):
            dr.text((x0, yy), ln, font=F("serif" if not phone else "sans", fs), fill=(30, 30, 30))
            yy += int(fs * 1.7)
        yy += int(fs * 0.5)
    for tail in cfg.get("tail", []):
        tail = tail.format(c=COUNTY, r=names(rng, 1)[0], r2=names(rng, 1)[0])
        for ln in wrap(tail, F("sans", fs - 8), cw):
            dr.text((x0, yy), ln, font=F("sans", fs - 8), fill=(110, 110, 110))
            yy += int((fs - 8) * 1.6)
    yy += 30
    if cfg.get("below"):
        dr.line([(x0, yy), (x0 + cw, yy)], fill=(220, 220, 220), width=3)
        yy += 20
        dr.text((x0, yy), cfg["below"][0], font=F("sansb", fs - 4), fill="black")
        yy += int(fs * 1.6)
        for it in cfg["below"][1:]:
            for ln in wrap(it.format(c=COUNTY), F("sans", fs - 8), cw):
                dr.text((x0, yy), ln, font=F("sans", fs - 8), fill=(60, 60, 60))
                yy += int((fs - 8) * 1.5)
            yy += 12
    if cfg.get("side") and not phone:
        sx = x0 + cw + 60
        sy = 220
        dr.rectangle([sx - 20, sy - 10, W - 30, sy + 60], fill=(240, 240, 240))
        dr.text((sx, sy), cfg["side"][0], font=F("sansb", 30), fill=(150, 20, 20))
        sy += 80
        for it in cfg["side"][1:]:
            for ln in wrap(it.format(c=COUNTY), F("sans", 24), W - sx - 40):
                dr.text((sx, sy), ln, font=F("sans", 24), fill=(50, 50, 50))
                sy += 36
            sy += 16
    if cfg.get("footer"):
        yy += 40
        dr.rectangle([0, yy, W, yy + 40 + 40 * len(cfg["footer"])], fill=(235, 235, 235))
        yy += 20
        for ft in cfg["footer"]:
            w = F("sans", 24).getlength(ft)
            dr.text(((W - w) / 2, yy), ft, font=F("sans", 24), fill=(90, 90, 90))
            yy += 40
        yy += 20
    H = max(yy + 40, 1400 if not phone else 2340)
    return img.crop((0, 0, W, H))


SHOTS = [
    dict(
        layout="phone",
        app="丰泉融媒",
        head="{c}：护航“{gi}”品牌 严打侵权假冒",
        media=["丰泉融媒", "西陇日报"],
        meta=["丰泉融媒  {d1}  甘肃", "原创 记者 {r}"],
        tail=["来源：西陇日报", "责任编辑：{r}  审核：{r2}"],
        below=[
            "往期推荐",
            "甘肃日报 | 全省知识产权保护工作会议召开",
            "新华网：西部地区地理标志产业加速发展",
            "扫码关注 掌上西陇",
        ],
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="丰泉市场监管",
        head="{c}开展知识产权执法专项检查",
        media=["甘肃日报", "每日甘肃网"],
        meta=["丰泉市场监管  {d1}"],
        tail=["来源：甘肃日报", "转载自：每日甘肃网", "编辑：{r}"],
        below=["分享到", "微信好友  朋友圈  微博  QQ空间"],
        dstyle=1,
    ),
    dict(
        layout="web",
        app="西陇新闻网",
        head="{c}知识产权保护工作取得新成效",
        media=["西陇新闻网", "西陇日报"],
        meta=["来源：西陇日报  作者：记者 {r} 通讯员 {r2}  发布时间：{d1} 10:24"],
        side=[
            "热点新闻",
            "[人民网] 全国知识产权宣传周启动",
            "[中国新闻网] 多地开展农资打假",
            "[甘肃经济日报] 陇药产业链提质增效",
            "[西陇晚报] 城区新增三处便民市场",
        ],
        footer=["主办：西陇日报社  版权所有", "友情链接：人民网  新华网  每日甘肃网"],
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="今日头条",
        head="小花椒撬动大产业：{c}地理标志助农增收",
        media=["西陇日报"],
        meta=["西陇日报  {d1} 08:12  甘肃西陇  原创"],
        tail=["（西陇日报记者 {r}）"],
        below=[
            "相关推荐",
            "新甘肃客户端 · 陇原特色农产品走俏全国  3.2万阅读",
            "光明网 · 地理标志保护让乡村更有“味道”  1.1万阅读",
        ],
        bar=(240, 65, 65),
        barfg="white",
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="学习强国",
        head="{c}：知识产权调解让企业纠纷“化干戈为玉帛”",
        media=["学习强国甘肃学习平台", "西陇日报"],
        meta=["甘肃学习平台", "来源：西陇日报  {d1}"],
        tail=["责任编辑：{r}"],
        bar=(200, 30, 30),
        barfg="white",
        dstyle=0,
    ),
    dict(
        layout="phone",
        app="澎湃新闻",
        head="{c}集中销毁一批侵权假冒商品",
        media=["丰泉县融媒体中心"],
        meta=["澎湃号 · 政务 > 丰泉发布", "{d1} 17:05  来自甘肃"],
        tail=["原标题：《我县集中销毁侵权假冒商品》", "来源：丰泉县融媒体中心"],
        below=["澎湃新闻客户端", "打开APP阅读更多精彩"],
        dstyle=1,
    ),
    dict(
        layout="web",
        app="西陇日报 数字报",
        head="{c}建成首个商标品牌指导站",
        media=["西陇日报"],
        nav="{d1}  第03版：县区新闻  上一版  下一版  往期回顾",
        meta=["本报讯（记者 {r} 通讯员 {r2}）"],
        side=[
            "本版标题导航",
            "{c}建成首个商标品牌指导站",
            "城区供暖管网改造完工",
            "西陇晚报数字报入口",
            "春耕备耕物资供应充足",
        ],
        bar=(150, 20, 20),
        dstyle=0,
    ),
    dict(
        layout="phone",
        app="人民日报",
        head="甘肃{c}：地理标志助力乡村振兴",
        media=["人民日报客户端"],
        meta=["人民日报客户端甘肃频道  {r}  {d1}"],
        tail=["本文为人民日报新媒体原创作品，未经授权不得转载"],
        below=["更多新闻", "光明网：西北地区春耕生产有序推进", "中国质量报：产品质量抽查结果发布"],
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="新甘肃",
        head="{c}首笔专利质押融资落地 企业获贷500万元",
        media=["新甘肃客户端", "甘肃日报"],
        meta=["新甘肃·甘肃日报记者 {r}  {d1}"],
        tail=["编辑：{r2}"],
        photo="图片来源：视觉中国",
        dstyle=1,
    ),
    dict(
        layout="web",
        app="中国知识产权资讯网",
        head="甘肃{c}：构建知识产权大保护格局",
        media=["中国知识产权资讯网", "中国知识产权报"],
        meta=["来源：中国知识产权报  作者：{r}  日期：{d1}"],
        bar=(20, 60, 140),
        side=[
            "推荐阅读",
            "国家知识产权局发布典型案例",
            "[新华网] 知识产权强国建设纵深推进",
            "[央视新闻] 多地打击侵权假冒",
        ],
        footer=["分享到：微信  微博  QQ空间"],
        dstyle=1,
    ),
    dict(
        layout="web",
        app="丰泉县人民政府",
        head="{c}召开知识产权保护工作推进会",
        media=["西陇日报"],
        nav="首页 > 政务公开 > 部门动态",
        meta=["信息来源：西陇日报  发布时间：{d1}  浏览次数：356"],
        bar=(30, 80, 160),
        footer=["友情链接：中国政府网  甘肃省人民政府  人民网  新华网", "主办：丰泉县人民政府办公室"],
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="西陇市场监管",
        head="{c}：知识产权宣传走进融媒体中心",
        media=[],
        meta=["西陇市场监管  {d1}"],
        lead="近日，县融媒体中心与县市场监管局联合举办知识产权知识讲座，西陇广播电视台主持人{r}受邀主持。",
        photo="图片来源：丰泉县市场监督管理局",
        tail=["审核：{r}"],
        dstyle=0,
    ),
    dict(
        layout="phone",
        app="央视新闻",
        head="甘肃{c}：地理标志产品有了“身份证”",
        media=["央视新闻客户端", "甘肃广播电视总台"],
        meta=["央视新闻客户端  {d1}"],
        lead="据甘肃广播电视总台报道，",
        tail=["编辑：{r}  责任编辑：{r2}"],
        bar=(20, 20, 20),
        barfg="white",
        dstyle=1,
    ),
    dict(
        layout="web",
        app="每日甘肃网",
        head="{c}开展“4·26”知识产权宣传周系列活动",
        media=["每日甘肃网", "西陇日报"],
        meta=["原标题：{c}多形式开展知识产权宣传  原载：西陇日报  {d1}", "编辑：{r}"],
        side=[
            "推荐阅读",
            "[新华网] 甘肃加快知识产权强省建设",
            "[甘肃法治报] 以案释法：商标侵权如何认定",
            "广告：甘肃银行 知识产权质押贷",
        ],
        dstyle=1,
    ),
    dict(
        layout="web",
        app="新华网 甘肃频道",
        head="甘肃{c}：专利转化为乡村产业注入新动能",
        media=["新华网"],
        meta=["{d1} 15:30:12  来源：新华网  记者 {r}"],
        bar=(20, 80, 170),
        footer=["分享到：微信 微博 QQ空间", "相关新闻：人民网 光明网 中国新闻网"],
        dstyle=1,
    ),
    dict(
        layout="phone",
        app="丰泉融媒",
        head="{c}开展农资打假专项行动",
        media=["丰泉融媒", "中国市场监管报"],
        meta=["丰泉融媒  {d1}"],
        tail=["转载自：中国市场监管报", "本文来源：中国市场监管报公众号"],
        below=[
            "往期推荐",
            "法治日报：知识产权检察综合履职成效明显",
            "农民日报：特色农产品品牌化之路",
            "扫码关注 丰泉发布",
        ],
        dstyle=0,
    ),
    dict(
        layout="phone",
        app="掌上西陇",
        head="{c}知识产权纠纷调解委员会揭牌成立",
        media=["掌上西陇", "西陇广播电视台"],
        meta=["掌上西陇  {d1}"],
        lead="掌上西陇讯（记者 {r}）",
        tail=["西陇广播电视台供稿", "分享到：微信  朋友圈"],
        dstyle=1,
    ),
    dict(
        layout="web",
        app="法治日报 电子版",
        head="甘肃{c}构建知识产权行政司法衔接机制",
        media=["法治日报"],
        nav="{d1}  第06版：法治经纬",
        meta=["本报记者 {r}  本报通讯员 {r2}"],
        bar=(120, 20, 20),
        side=["本版导航", "甘肃{c}构建知识产权行政司法衔接机制", "检察机关助力营商环境优化", "法治日报社主办"],
        dstyle=0,
    ),
]


# ---------------------------------------------------------------- XLSX
def xlsx_sheet(ws, rec, t, title_row=True, org_row=True, rng=None):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    leaf = leaf_cols(t["cols"])
    n = len(leaf)
    r = 1
    if title_row:
        ws.cell(r, 1, t["title"]).font = Font(size=16, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        r += 1
    if org_row and t.get("organ"):
        ws.cell(r, 1, f"填报单位：{t['organ']}")
        ws.cell(r, n, "单位：件、万元" if t["doc_type"] == "统计表" else "")
        r += 1
    if t["hdr2"]:
        c = 1
        for col in t["cols"]:
            if isinstance(col, tuple):
                ws.cell(r, c, col[0])
                ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + len(col[1]) - 1)
                for k, s in enumerate(col[1]):
                    ws.cell(r + 1, c + k, s)
                c += len(col[1])
            else:
                ws.cell(r, c, col)
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
                c += 1
        for rr in (r, r + 1):
            for c in range(1, n + 1):
                ws.cell(rr, c).border = bd
                ws.cell(rr, c).font = Font(bold=True)
        r += 2
    else:
        for c, h in enumerate(leaf):
            ws.cell(r, c + 1, h).font = Font(bold=True)
            ws.cell(r, c + 1).border = bd
        r += 1
    for row in t["rows"] + ([t["total"]] if t["total"] else []):
        for c, v in enumerate(row):
            vv = (
                int(v)
                if isinstance(v, str) and v.isdigit() and c > 0 and len(v) < 6 and not leaf[c].endswith("电话")
                else v
            )
            ws.cell(r, c + 1, vv).border = bd
        r += 1
    if t["total"]:
        ws.merge_cells(start_row=r - 1, start_column=1, end_row=r - 1, end_column=2)
    if t["note"]:
        ws.cell(r, 1, t["note"])
        r += 1
    for c in range(n):
        ws.column_dimensions[chr(65 + c)].width = 8 + 5 * (t["widths"][c] if t["widths"] else 2)
    return r


def make_xlsx(path, rec, rng, tabs, sheetnames, title_row=True, extra_sheet_note=False):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    truths = []
    for i, (t, sn) in enumerate(zip(tabs, sheetnames, strict=True)):
        if i:
            ws = wb.create_sheet(sn)
        else:
            ws.title = sn
        xlsx_sheet(ws, rec, t, title_row=title_row, rng=rng)
        truths.append(tbl_truth(t))
    if extra_sheet_note:
        ws = wb.create_sheet("填表说明")
        ws["A1"] = "填表说明"
        ws["A2"] = "1. 数据统计口径以执法办案系统为准。"
        ws["A3"] = "2. 请勿修改表格格式。"
    t0 = tabs[0]
    rec.t["doc_type"] = t0["doc_type"]
    if title_row:
        rec.t["title"] = t0["title"]
    if t0.get("organ"):
        rec.t["organ"] = t0["organ"]
    rec.t["tables"] = truths
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = FIX_TIME
    wb.properties.modified = FIX_TIME
    wb.save(path)
    fix_zip(path)


# ---------------------------------------------------------------- main
def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    truth = {}
    seq = [0]

    def new(kind, fmt, short, seed):
        seq[0] += 1
        nr = random.Random(seed)
        stamp = f"202312{nr.randint(1, 15):02d}_{nr.randint(8, 21):02d}{nr.randint(0, 59):02d}{nr.randint(0, 59):02d}"
        # names as units' staff save them: device names for images and scans, short titles for office files
        if fmt == "png":
            name = f"Screenshot_{stamp}_{seq[0]:02d}.png"
        elif fmt == "jpg":
            name = f"IMG_{stamp}{seq[0]:02d}.jpg"
        elif fmt == "pdf":
            name = f"扫描件{seq[0]:02d}.pdf"
        else:
            name = f"{seq[0]:02d}_{short}.{fmt}"
        return name, Rec(kind, fmt), random.Random(1600 + seed * 7919)

    def put(name, rec):
        truth[name] = rec.out()

    # news screenshots
    for i, cfg in enumerate(SHOTS):
        name, rec, rng = new("screenshot", "png", "新闻截图" + str(i + 1), 100 + i)
        img = screenshot(rec, rng, cfg)
        img.save(os.path.join(outdir, name), "PNG", optimize=False)
        put(name, rec)

    # scanned notices and reports
    scans = [
        ("铁拳通知", m_notice_tiequan, {}, dict(dpi=200, color=True, skew=0.0)),
        ("联合通知", m_notice_tiequan, {"joint": True}, dict(dpi=300, color=False, skew=0.8)),
        ("打假办函", m_han_long, {}, dict(dpi=150, color=False, skew=-0.5)),
        ("考核通报", m_tongbao, {}, dict(dpi=200, color=True, skew=0.3)),
        ("表彰决定", m_jueding, {}, dict(dpi=300, color=False, skew=-1.2)),
        ("调解委批复", m_pifu, {}, dict(dpi=150, color=True, skew=0.0)),
        ("衔接意见", m_yijian_joint, {}, dict(dpi=200, color=False, skew=0.6)),
        ("镇地标通知", m_town_notice, {}, dict(dpi=150, color=True, skew=1.5)),
        ("工作总结", m_report, {}, dict(dpi=200, color=False, skew=0.0)),
        ("半年报告", m_report, {"genre": "报告", "table": True}, dict(dpi=300, color=False, skew=0.4)),
        ("工信局总结", m_report, {"with_title_org": False, "org_key": "gx"}, dict(dpi=150, color=False, skew=-0.7)),
        ("科技局报告", m_report, {"genre": "报告", "org_key": "kx"}, dict(dpi=200, color=True, skew=0.0)),
    ]
    for i, (short, fn, kw, sp) in enumerate(scans):
        name, rec, rng = new("scan", "pdf", short, 200 + i)
        blocks = fn(rec, rng, **kw)
        pages = render_doc(blocks, rng, dpi=sp["dpi"])
        pages = [scan_effect(p, rng, gray=not sp["color"], skew=sp["skew"]) for p in pages]
        save_pdf(pages, os.path.join(outdir, name), sp["dpi"])
        rec.t["pages"] = len(pages)
        put(name, rec)

    # scanned tables
    stabs = [
        ("cases", True, 300, 0.0, 0),
        ("events", True, 200, 0.6, 2),
        ("gi", False, 200, 0.0, 0),
        ("pledge", True, 150, -0.8, 1),
        ("inspect", True, 200, 1.0, 0),
        ("media", True, 300, 0.0, 0),
        ("destroy", True, 200, -0.4, 6),
        ("mediation", False, 150, 0.0, 3),
        ("check_long", True, 200, 0.5, 7),
        ("brand", False, 300, -1.0, 0),
    ]
    for i, (k, ruled, dpi, skew, ds) in enumerate(stabs):
        name, rec, rng = new("scan", "pdf", "扫描表格" + str(i + 1), 300 + i)
        t = tbl(rec, rng, k, dstyle=ds)
        d = tbl_page(rec, rng, t, dpi=dpi, ruled=ruled, size=12)
        pages = [scan_effect(p, rng, gray=(i % 3 != 0), skew=skew) for p in d.render()]
        save_pdf(pages, os.path.join(outdir, name), dpi)
        rec.t["pages"] = len(pages)
        put(name, rec)

    # photographed tables
    ptabs = [
        ("cases", True, dict(tilt=2, persp=0.05, curl=0.0)),
        ("events", False, dict(tilt=-3, persp=0.03, curl=0.02)),
        ("pledge", True, dict(tilt=0, persp=0.07, curl=0.0)),
        ("inspect", True, dict(tilt=4, persp=0.04, curl=0.015)),
        ("mediation", True, dict(tilt=-1.5, persp=0.06, curl=0.0)),
        ("media", False, dict(tilt=1, persp=0.04, curl=0.02)),
        ("brand", True, dict(tilt=-4, persp=0.03, curl=0.0)),
        ("destroy", False, dict(tilt=2.5, persp=0.05, curl=0.01)),
    ]
    for i, (k, ruled, pe) in enumerate(ptabs):
        name, rec, rng = new("photo", "jpg", "表格照片" + str(i + 1), 400 + i)
        t = tbl(rec, rng, k, n=rng.randint(5, 7), dstyle=rng.choice([0, 1, 2]))
        d = tbl_page(rec, rng, t, dpi=200, ruled=ruled, size=13)
        img, q = photo_effect(d.render()[0], rng, shadow=(i % 2 == 0), out_w=2000, **pe)
        save_jpg(img, os.path.join(outdir, name), q)
        put(name, rec)

    # photographed minutes
    mins = [("printed", 7), ("printed", -10), ("form", 5), ("form_hand", -6), ("facing", 3), ("form_hand", 12)]
    for i, (st, tilt) in enumerate(mins):
        name, rec, rng = new("photo", "jpg", "会议照片" + str(i + 1), 500 + i)
        if st == "facing":
            img = facing_pages(rec, rng)
        else:
            img = minutes_doc(rec, rng, st).render()[0]
        img, q = photo_effect(
            img, rng, tilt=tilt, persp=0.03, shadow=(i % 2 == 1), out_w=2200 if st == "facing" else 1800
        )
        save_jpg(img, os.path.join(outdir, name), q)
        put(name, rec)

    # photographed sign-in sheets
    for i, (c2, cnt, tilt) in enumerate([(True, True, 3), (False, False, -5), (True, False, 1)]):
        name, rec, rng = new("photo", "jpg", "签到表" + str(i + 1), 600 + i)
        d = signin_img(rng, rec, cols2=c2, count_line=cnt)
        img, q = photo_effect(d.render()[0], rng, tilt=tilt, persp=0.04, shadow=True, out_w=1900)
        save_jpg(img, os.path.join(outdir, name), q)
        put(name, rec)

    # XLSX ledgers
    xl = [
        (["cases"], ["执法统计"], True, False),
        (["media"], ["宣传报道"], True, False),
        (["pledge", "brand"], ["质押融资", "指导站"], True, False),
        (["events"], ["Sheet1"], True, True),
        (["mediation"], ["调解台账"], True, False),
        (["check_long"], ["检查台账"], True, False),
        (["inspect"], ["汇总"], True, False),
        (["media", "events"], ["报道台账", "活动台账"], True, False),
        (["destroy"], ["Sheet1"], False, False),
        (["gi", "brand"], ["地标产品", "指导站"], True, True),
    ]
    for i, (kinds, sns, tr, note) in enumerate(xl):
        name, rec, rng = new("xlsx", "xlsx", "台账" + str(i + 1), 700 + i)
        tabs = [tbl(rec, rng, k, dstyle=rng.choice([0, 1, 6])) for k in kinds]
        make_xlsx(os.path.join(outdir, name), rec, rng, tabs, sns, title_row=tr, extra_sheet_note=note)
        del rec.t["pages"]  # a workbook has sheets, not pages
        put(name, rec)

    # DOCX
    dx = [
        ("请示", m_qingshi, {}),
        ("批复", m_pifu, {}),
        ("意见", m_yijian_joint, {}),
        ("决定", m_jueding, {}),
        ("简报", m_jianbao, {}),
        ("方案", m_fangan, {}),
        ("总结", m_report, {"with_title_org": False, "org_key": "nync"}),
        ("报告", m_report, {"genre": "报告", "org_key": "wl"}),
        ("函", m_han_sign, {}),
        ("联合通知", m_notice_tiequan, {"joint": True}),
        ("通报", m_tongbao, {}),
        ("计划", m_jihua, {}),
    ]
    for i, (short, fn, kw) in enumerate(dx):
        name, rec, rng = new("docx", "docx", short, 800 + i)
        blocks = fn(rec, rng, **kw)
        docx_write(blocks, os.path.join(outdir, name))
        del rec.t["pages"]
        put(name, rec)

    doc = {"corpus": "dev16", "files": truth}
    txt = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    with open(os.path.join(outdir, "truth.yaml"), "w", encoding="utf-8") as fh:
        fh.write(txt)
    with open(os.path.join(HERE, "truth.yaml"), "w", encoding="utf-8") as fh:
        fh.write(txt)
    print(len(truth), "files")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
