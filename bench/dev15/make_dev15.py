# ruff: noqa: E501, B023, B007, B905, E741, F541
"""Fifteenth blind extraction corpus (dev15): the untuned check.

Usage: ``.venv/bin/python bench/dev15/make_dev15.py DIR`` writes about 80 files into DIR, ``DIR/truth.yaml`` and a
copy of the truth as ``bench/dev15/truth.yaml``. Fixed seeds and timestamps; the DOCX/XLSX zips are rewritten with a
fixed entry time, LibreOffice PDFs get fixed CreationDate/ModDate/ID strings of the same length.

Setting: material a county office (吉林省通化市松河县, a fictional county) receives from units for the yearly
知识产权保护工作检查考核: notices, 函, 通报, 报告, 意见, 方案, 总结, minutes, sign-in sheets, ledgers, statistics and
news pages. All people, phone numbers, cases and figures are fictional.

Kinds: text_pdf (DOCX converted by LibreOffice), scan (image PDF / JPEG / PNG at 150-300 dpi, skew, noise, red seals
over the signature date), photo (phone photos: perspective, shadow, blur, moiré, an edge of a second sheet),
screenshot (web / app / WeChat news pages), docx (text boxes, merged cells, house styles), xlsx (ledgers).

Truth conventions (an assessor's reading):
- title: the document's own title as printed, title lines joined without spaces; for a news page its headline; for a
  table-only sheet the title row above the table. A "关于印发《…》的通知" keeps the whole printed title.
- organ: the issuing organ(s) as printed in full (signature or red header, not the abbreviation in the 文号); a list
  when several issue jointly. Omitted for news pages and for sheets that name no issuer.
- doc_type: the genre as the document names itself (last word of the title: 通知, 通报, 报告, 函, 意见, 方案, 总结,
  纪要, 会议记录, 签到表, 台账, 统计表, 登记表 ...); a news page is 新闻报道.
- doc_numbers: every 文号 printed anywhere (own, cited, in tables), text normalised to 〔YYYY〕, ``shown`` when the
  printed brackets differ.
- dates: every full date (year, month and day) printed anywhere, incl. tables, notes, meta lines of news pages and
  dates in Chinese numerals; one item per distinct printed text; a range "2023年7月1日至31日" gives two items, the
  second with text "31日" (or "8月2日"). Year-month alone, times and weekday names are not dates. Hidden XLSX rows
  and columns are not shown, so nothing in them counts; dates under a seal are still readable and count.
- media (news pages and media-report registers only): the outlets shown as publishing or carrying the item — the site
  or app the page belongs to plus outlets in 来源/稿源/转自/本文转载自 lines; outlets only named in side columns,
  "相关新闻" lists or as the subject of the story do not count. Government sites and accounts (…发布, …人民政府网,
  …市场监管 official accounts) are not news outlets and are not counted. Reporter/editor names are not outlets.
  Levels: 中央 (national media), 省级 (吉林 province media), 市级 (通化 city media), 县级 (county 融媒体 media),
  其他 (commercial portals and platforms). A work summary that says it published articles in a paper is a 总结, not a
  news page: no media for it.
- tables: one logical table per printed table (a table that runs over a page break is one table). header: the
  column headings; a two-row header is flattened as group heading + sub heading concatenated without separator
  (e.g. "专利案件受理"); units printed in the header stay ("金额（万元）"). rows: data rows only, cells as printed
  (wrapped text joined, merged cells repeated into every row they span, empty cells ""). 合计/小计/总计 rows, the
  title row and notes below the table are not data rows and are not counted in row_count.
- meetings (minutes and meeting records): date of the meeting, title as printed, chair's name (without 同志/title),
  topics: the agenda items as printed without their numbering ("一、" "1." "（一）") and without the final 。, from the
  议题/会议内容 part only (decisions are not topics).
- blank table lines (empty apart from a 序号) are not data rows.
- attendance (sign-in sheets): names signed, in reading order (row by row; for a two-column sheet left block first,
  then right block); count = number of signed names; empty lines do not count.
- pages: printed pages in the file (a photo with an edge of a second sheet is 1 page); omitted for DOCX and XLSX,
  whose page count depends on the renderer.
- organ of a ledger/statistics sheet: the unit named on its 填报单位/报送单位 line as printed (even if abbreviated);
  a sheet naming no unit (or only a 数据来源) has none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 1, 15, 9, 30, 0)

# ---------------------------------------------------------------- fonts
NOTO = "/usr/share/fonts/opentype/noto/"
FONT_FILES = {
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serifb": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sansb": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
_font_cache: dict = {}


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _font_cache:
        path, idx = FONT_FILES[name]
        _font_cache[key] = ImageFont.truetype(path, max(6, px), index=idx)
    return _font_cache[key]


# ---------------------------------------------------------------- setting
COUNTY = "松河县"
ORG = {
    "scjg": ("松河县市场监督管理局", "松市监"),
    "zfb": ("松河县人民政府办公室", "松政办"),
    "djb": ("松河县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "松打假办"),
    "zbz": ("松河县知识产权保护工作领导小组办公室", "松知保办"),
    "xcb": ("中共松河县委宣传部", "松宣"),
    "nyj": ("松河县农业农村局", "松农"),
    "gaj": ("松河县公安局", "松公"),
    "wlj": ("松河县文化广播电视和旅游局", "松文旅"),
    "qsz": ("松河县青石镇人民政府", "青政"),
    "shgx": ("松河县供销合作社联合社", "松供销"),
}
CITED = [("通化市市场监督管理局", "通市监发"), ("吉林省知识产权局", "吉知发"), ("通化市人民政府办公室", "通政办发"),
         ("吉林省打击侵权假冒工作领导小组办公室", "吉打假办发"), ("通化市版权局", "通版发")]
TOWNS = ["松河镇", "青石镇", "柳岔乡", "大泉源乡", "红土崖镇", "三道沟乡", "石湖镇", "向阳乡"]
SURN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["立新", "春梅", "国庆", "海涛", "淑华", "振宇", "美玲", "建军", "晓东", "丽娟", "志强", "雪", "明辉", "玉兰",
         "志远", "桂芳", "长春", "秀英", "振东", "晓燕", "德明", "玉霞", "国栋", "文静", "海波", "丽萍", "立军", "凡华",
         "云峰", "秀兰", "晓丽", "志刚", "春燕", "文斌", "海洋", "丽华", "立国", "红梅", "振华", "晓明", "玉梅", "宏伟",
         "丽丽", "国华", "明", "晓华", "永胜", "雅琴", "继伟", "丽君", "松林", "铁军", "桂兰", "凤霞", "宝山", "金凤",
         "福生", "长海", "艳秋", "冬梅", "春雷", "博", "鑫", "宇航", "佳琪", "子涵", "思远", "雨桐", "浩然", "欣怡"]
MEDIA = [("人民日报", "中央"), ("新华社", "中央"), ("中国知识产权报", "中央"), ("中国市场监管报", "中央"), ("光明日报", "中央"),
         ("央视新闻客户端", "中央"), ("吉林日报", "省级"), ("吉林电视台", "省级"), ("新文化报", "省级"), ("彩练新闻", "省级"),
         ("吉林广播网", "省级"), ("通化日报", "市级"), ("通化广播电视台", "市级"), ("通化新闻网", "市级"),
         ("松河县融媒体中心", "县级"), ("今日松河", "县级"), ("网易新闻", "其他"), ("搜狐网", "其他"), ("今日头条", "其他")]
GOV_ACCOUNTS = ["松河发布", "通化市场监管", "松河县人民政府网", "吉林知识产权"]

SUB = {"0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def cn_small(n: int) -> str:
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def d_cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def d_han(d: dt.date) -> str:
    return "".join(SUB[c] for c in str(d.year)) + f"年{cn_small(d.month)}月{cn_small(d.day)}日"


def d_dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def d_iso(d: dt.date) -> str:
    return d.isoformat()


class Ctx:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def name(self) -> str:
        for _ in range(200):
            n = self.r.choice(SURN) + self.r.choice(GIVEN)
            if n not in self.used:
                self.used.add(n)
                return n
        return self.r.choice(SURN) + self.r.choice(GIVEN)

    def phone(self) -> str:
        return f"{self.r.choice(['138', '139', '135', '186'])} 0000 {self.r.randint(1000, 9999)}"

    def date(self, year: int, m0: int = 1, m1: int = 12) -> dt.date:
        m = self.r.randint(m0, m1)
        return dt.date(year, m, self.r.randint(1, 28))


# ---------------------------------------------------------------- document model
class Doc:
    """Blocks: ('red', text) ('docno', text) ('title', [lines]) ('to', text) ('p', text) ('h', text)
    ('table', tbl) ('sign', [lines], date_text) ('cc', text) ('meta', text) ('small', text)."""

    def __init__(self, doc_type: str, organ=None):
        self.doc_type = doc_type
        self.organ = organ
        self.blocks: list = []
        self.title_lines: list[str] = []
        self.media: list = []
        self.meetings: list = []
        self.attendance = None
        self.seal_org = None  # organ name on the seal, images only
        self.landscape = False

    def add(self, *b):
        self.blocks.append(b)
        if b[0] == "title":
            self.title_lines = list(b[1])
        return self

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    def texts(self) -> list[str]:
        out = []
        for b in self.blocks:
            if b[0] == "title":
                out.append("".join(b[1]))
            elif b[0] == "table":
                t = b[1]
                out.append(t.get("caption", ""))
                out.extend(x for x, _ in (t["top"] or []))
                out.extend(t["hdr"])
                for row in t["rows"]:
                    out.extend(row)
                out.extend(t.get("notes", []))
            elif b[0] == "sign":
                out.extend(b[1])
                out.append(b[2])
            else:
                out.append(b[1])
        return out


def table(hdr, rows, total=None, notes=(), top=None, caption="", ruled=True, widths=None):
    """hdr: bottom header row; top: optional upper header row with (text, span) items."""
    return {"hdr": list(hdr), "rows": [list(map(str, r)) for r in rows], "total": total, "notes": list(notes),
            "top": top, "caption": caption, "ruled": ruled, "widths": widths}


def table_truth(t):
    header = list(t["hdr"])
    if t["top"]:
        flat = []
        for text, span in t["top"]:
            flat.extend([text] * span)
        header = [(a + b if a and a != b else b) if b else a for a, b in zip(flat, t["hdr"])]
    keep = [j for j, h in enumerate(header) if h != "序号"]
    rows = [list(r) for r in t["rows"] if any(r[j] for j in keep)]  # blank lines are not data rows
    return {"header": header, "row_count": len(rows), "rows": rows}


DATE_RES = [
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"),
    re.compile(r"(?<![\d.])(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d])"),
]
RANGE_RE = re.compile(r"\s*(?:至|—|－|-|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日")
DOCNO_RE = re.compile(r"([\u4e00-\u9fa5]{1,10}?)([〔\[［（(【])(\d{4})([〕\]］）)】])\s*(\d{1,4})\s*号")


def han_num(s: str) -> int:
    d = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    d["零"] = 0
    if len(s) == 4 and "十" not in s:
        return int("".join(str(d[c]) for c in s))
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + d[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return d[a] * 10 + (d[b] if b else 0)
    return d[s]


def find_dates(text: str) -> list[tuple[str, str]]:
    out = []
    for i, rx in enumerate(DATE_RES):
        for m in rx.finditer(text):
            try:
                if i == 1:
                    y, mo, da = han_num(m.group(1)), han_num(m.group(2)), han_num(m.group(3))
                else:
                    y, mo, da = int(m.group(1)), int(m.group(2)), int(m.group(3))
                d = dt.date(y, mo, da)
            except (ValueError, KeyError):
                continue
            out.append((d.isoformat(), m.group(0)))
            if i == 0:
                rm = RANGE_RE.match(text, m.end())
                if rm:
                    mo2 = int(rm.group(1)) if rm.group(1) else mo
                    try:
                        d2 = dt.date(y, mo2, int(rm.group(2)))
                        out.append((d2.isoformat(), rm.group(0).strip().lstrip("至—－-~～").strip()))
                    except ValueError:
                        pass
    return out


def truth_of(doc: Doc, kind: str, fmt: str, pages: int, title=True) -> dict:
    t: dict = {"kind": kind, "format": fmt, "pages": pages}
    if doc.title and title:
        t["title"] = doc.title
    if doc.organ:
        t["organ"] = doc.organ
    t["doc_type"] = doc.doc_type
    nums, seen = [], set()
    dates, dseen = [], set()
    for s in doc.texts():
        if not s:
            continue
        for m in DOCNO_RE.finditer(s):
            prefix, year, num = m.group(1), int(m.group(3)), int(m.group(5))
            # strip leading words that are not part of the prefix (e.g. "（" or "文件")
            prefix = re.sub(r"^.*?(?:的通知|印发|文件|依据|根据|按照|见|和|及|与)", "", prefix)
            text = f"{prefix}〔{year}〕{num}号"
            if text in seen:
                continue
            seen.add(text)
            item = {"text": text, "organ_prefix": prefix, "year": year, "number": num}
            if m.group(0) != text:
                item["shown"] = m.group(0)
            nums.append(item)
        for iso, txt in find_dates(s):
            if txt not in dseen:
                dseen.add(txt)
                dates.append({"iso": iso, "text": txt})
    if nums:
        t["doc_numbers"] = nums
    if dates:
        t["dates"] = dates
    if doc.media:
        t["media"] = [{"outlet": o, "level": lv} for o, lv in doc.media]
    tabs = [table_truth(b[1]) for b in doc.blocks if b[0] == "table"]
    if tabs:
        t["tables"] = tabs
    if doc.meetings:
        t["meetings"] = doc.meetings
    if doc.attendance:
        t["attendance"] = doc.attendance
    return t


# ---------------------------------------------------------------- content
NOTICE_TOPICS = [
    ("关于开展{y}年知识产权执法“铁拳”行动的通知", "知识产权执法“铁拳”行动"),
    ("关于做好{y}年度知识产权保护工作检查考核自查工作的通知", "知识产权保护工作检查考核自查"),
    ("关于开展“松河人参”地理标志产品专项保护行动的通知", "地理标志产品专项保护行动"),
    ("关于开展农村集贸市场侵权假冒商品专项整治的通知", "农村集贸市场侵权假冒商品专项整治"),
    ("关于组织开展{y}年全国知识产权宣传周活动的通知", "知识产权宣传周活动"),
    ("关于开展商标代理行业专项整治行动的通知", "商标代理行业专项整治"),
    ("关于报送{y}年上半年知识产权保护工作情况的通知", "上半年知识产权保护工作情况报送"),
    ("关于开展打击网络侵权盗版“剑网{y}”专项行动的通知", "“剑网”专项行动"),
    ("关于开展专利侵权纠纷行政裁决规范化建设的通知", "专利侵权纠纷行政裁决规范化建设"),
    ("关于开展蓝莓等特色农产品商标品牌保护工作的通知", "特色农产品商标品牌保护"),
    ("关于开展重点商贸场所知识产权保护规范化建设的通知", "商贸场所知识产权保护规范化建设"),
    ("关于加强春节期间打击侵权假冒工作的通知", "春节期间打击侵权假冒"),
]


def split_title(t: str, r: random.Random, nlines: int) -> list[str]:
    if nlines <= 1 or len(t) < 16:
        return [t]
    if nlines == 2:
        # break where a drafter would: after 关于/开展/年/” or before the final 的…
        cands = set()
        for p in ("关于开展", "关于", "年", "”", "局", "室"):
            for m in re.finditer(re.escape(p), t):
                cands.add(m.end())
        for m in re.finditer("的", t):
            cands.add(m.start())
        cands = [x for x in cands if 5 <= x <= len(t) - 5]
        cut = min(cands, key=lambda x: abs(x - len(t) / 2)) if cands else len(t) // 2
        return [t[:cut], t[cut:]]
    a = len(t) // 3
    return [t[:a], t[a:2 * a + 1], t[2 * a + 1:]]


def docno(prefix: str, kind: str, year: int, n: int, style: str = "〔〕") -> str:
    l, r = style[0], style[1]
    return f"{prefix}{kind}{l}{year}{r}{n}号"


def notice_doc(c: Ctx, i: int, year: int, org_key: str, joint=None, red=True, nlines=2, with_table=False,
               bracket="〔〕", short=False) -> Doc:
    r = c.r
    org, pre = ORG[org_key]
    ttl, theme = NOTICE_TOPICS[i % len(NOTICE_TOPICS)]
    ttl = ttl.format(y=year)
    organs = [org] + ([ORG[k][0] for k in joint] if joint else [])
    d = Doc("通知", organs if len(organs) > 1 else org)
    if red:
        d.add("red", (organs[0] if len(organs) == 1 else "\n".join(organs)) + ("\n文件" if len(organs) > 1 else "文件"))
    n = r.randint(3, 68)
    d.add("docno", docno(pre, r.choice(["发", "字", "发"]), year, n, bracket))
    d.add("title", split_title(ttl, r, nlines))
    d.add("to", r.choice(["各乡镇人民政府，县直有关部门：", "各市场监管所、局机关各股室：", "各成员单位："]))
    cit_org, cit_pre = r.choice(CITED)
    cn = r.randint(2, 40)
    start = c.date(year, 3, 6)
    end = dt.date(year, min(12, start.month + r.randint(2, 5)), r.choice([30, 28, 15]))
    d.add("p", f"为深入贯彻落实《{cit_org}关于{theme}的通知》（{cit_pre}〔{year}〕{cn}号）精神，进一步加强我县知识产权"
               f"保护工作，经研究，决定在全县范围内开展{theme}工作。现将有关事项通知如下。")
    d.add("h", "一、工作时间")
    if r.random() < 0.5:
        d.add("p", f"本次工作自{d_cn(start)}开始，至{d_cn(end)}结束，分动员部署、集中整治、总结验收三个阶段进行。")
    else:
        d.add("p", f"{d_cn(start)}至{end.month}月{end.day}日，分动员部署、集中整治、总结验收三个阶段进行。")
    d.add("h", "二、工作重点")
    d.add("p", r.choice([
        "重点围绕人参、蓝莓、山葡萄酒等特色产品，严厉打击商标侵权、假冒专利、地理标志侵权等违法行为，"
        "加大对农村集贸市场、旅游景区周边商铺和电商直播销售的检查力度。",
        "聚焦群众反映强烈、社会舆论关注的侵权假冒问题，加强对生产源头、流通渠道和网络销售平台的监管，"
        "依法查处一批侵犯知识产权违法案件，形成有力震慑。",
        "以食品、农资、日用消费品为重点品类，加强线索排查和案件查办，落实“谁执法谁普法”责任制，"
        "推动知识产权行政保护和司法保护有效衔接。"]))
    if not short:
        d.add("h", "三、工作要求")
        d.add("p", "各单位要高度重视，明确分管领导和具体联络人员，结合实际制定具体措施，确保各项工作落到实处。"
                   "工作中发现的重大案件线索要及时报告，不得瞒报、漏报。")
    if with_table:
        rows = []
        for k, t in enumerate(r.sample(TOWNS, 5), 1):
            rows.append([str(k), t, c.name(), c.phone()])
        d.add("p", "附件：各乡镇联络员名单")
        d.add("table", table(["序号", "单位", "联络员", "联系电话"], rows, caption="各乡镇联络员名单"))
    due = dt.date(year, min(12, end.month), r.randint(1, 10)) if end.month < 12 else dt.date(year, 12, 5)
    d.add("p", f"请各单位于{d_cn(due)}前将工作总结和统计报表报送至县市场监管局知识产权股。联系人：{c.name()}，"
               f"联系电话：{c.phone()}。")
    sd = c.date(year, max(1, start.month - 1), start.month)
    if sd >= start:
        sd = start - dt.timedelta(days=r.randint(3, 9))
    d.add("sign", organs, r.choice([d_cn, d_han])(sd) if red else d_cn(sd))
    if red and r.random() < 0.6:
        d.add("cc", f"{org}办公室　　　　{d_cn(sd + dt.timedelta(days=1))}印发")
    d.seal_org = organs[0]
    return d


def letter_doc(c: Ctx, year: int, reply=False) -> Doc:
    r = c.r
    org, pre = ORG[r.choice(["scjg", "nyj", "zbz"])]
    to_org = r.choice(["通化市市场监督管理局", "松河县公安局", "吉林省人参产业协会", "松河县农业农村局"])
    if to_org == org:
        to_org = "通化市市场监督管理局"
    n = r.randint(5, 90)
    d = Doc("函", org)
    if reply:
        ttl = f"关于“松河蓝莓”证明商标使用许可有关问题的复函"
        asked = c.date(year, 2, 7)
        d.add("docno", docno(pre, "函", year, n))
        d.add("title", split_title(ttl, r, 2))
        d.add("to", f"{to_org}：")
        d.add("p", f"你单位《关于“松河蓝莓”证明商标使用许可有关问题的请示》（松{r.choice(['协', '农'])}字〔{year}〕"
                   f"{r.randint(1, 20)}号）收悉。经研究，现函复如下：")
    else:
        ttl = r.choice(["关于商请协助核查“松河人参”地理标志专用标志使用情况的函",
                        "关于商请移送涉嫌侵犯注册商标专用权案件线索的函",
                        "关于商请提供专利侵权纠纷行政裁决技术支持的函"])
        asked = c.date(year, 2, 7)
        d.add("docno", docno(pre, "函", year, n))
        d.add("title", split_title(ttl, r, 2 if len(ttl) > 22 else 1))
        d.add("to", f"{to_org}：")
        d.add("p", f"{d_cn(asked)}，我局执法人员在日常检查中发现，辖区内部分经营户销售的人参制品外包装使用"
                   "地理标志专用标志，但无法提供合法使用依据。为依法准确认定相关事实，现商请贵单位协助核查以下事项：")
    d.add("p", "一、相关经营主体是否在地理标志专用标志合法使用人名录中；")
    d.add("p", "二、相关商品包装标识是否经过核准备案；")
    d.add("p", f"三、其他需要说明的情况。\n请于{d_cn(asked + dt.timedelta(days=r.randint(10, 25)))}前函复为盼。")
    d.add("p", f"联系人：{c.name()}　　联系电话：{c.phone()}")
    sd = asked + dt.timedelta(days=r.randint(1, 5))
    d.add("sign", [org], d_cn(sd))
    d.seal_org = org
    return d


def stats_rows(c: Ctx, n: int):
    r = c.r
    rows = []
    for k, t in enumerate((TOWNS * 3)[:n], 1):
        a, b = r.randint(0, 9), r.randint(0, 6)
        rows.append([t, str(a), str(b), str(r.randint(0, 3)), f"{r.randint(0, 500) / 10:.1f}"])
    return rows


def bulletin_doc(c: Ctx, year: int, long=False, org_key="djb", quarter=None) -> Doc:
    r = c.r
    org, pre = ORG[org_key]
    q = quarter or r.choice(["第一季度", "上半年", "1—9月"])
    d = Doc("通报", org)
    d.add("docno", docno(pre, "发" if org_key != "djb" else "", year, r.randint(2, 30)))
    d.add("title", split_title(f"关于{year}年{q}全县侵权假冒案件查办情况的通报", r, 2))
    d.add("to", "各成员单位：")
    d.add("p", f"{year}年{q}，全县各有关单位认真落实县打击侵权假冒工作领导小组部署，持续加大执法力度。"
               "现将案件查办情况通报如下。")
    d.add("h", "一、总体情况")
    if long:
        rows = []
        for k in range(1, 27):
            dd = c.date(year, 1, 9)
            rows.append([str(k), r.choice(TOWNS) + r.choice(["某超市", "某商店", "某药店", "某酒业经销部", "某农资店"]),
                         r.choice(["销售侵犯注册商标专用权商品", "假冒专利", "擅自使用地理标志专用标志", "销售盗版图书"]),
                         d_dot(dd), r.choice(["罚款", "没收并罚款", "移送公安", "责令改正"]),
                         f"{r.randint(1, 300) / 10:.1f}"])
        d.add("p", "各单位查办案件明细见下表。")
        d.add("table", table(["序号", "当事人", "违法行为", "立案日期", "处理结果", "罚没金额（万元）"], rows,
                             widths=[5, 22, 26, 13, 12, 12]))
    else:
        rows = stats_rows(c, 6)
        d.add("table", table(["乡镇", "检查经营户", "立案", "结案", "罚没（万元）"], rows,
                             total=["合计", "", "", "", ""], notes=["注：数据由各市场监管所报送，截至季度末。"]))
    d.add("h", "二、存在问题")
    d.add("p", "个别单位对侵权假冒工作重视不够，线索排查不深入，案件数量少、质量不高；部门间信息共享和案件移送机制仍需完善。")
    sd = c.date(year, 4, 11)
    d.add("sign", [org], d_cn(sd))
    d.seal_org = org
    return d


def report_doc(c: Ctx, year: int, org_key="scjg", nlines=2) -> Doc:
    r = c.r
    org, pre = ORG[org_key]
    d = Doc("报告", org)
    d.add("docno", docno(pre, r.choice(["报", "发"]), year, r.randint(2, 40)))
    d.add("title", split_title(f"{org}关于{year}年度知识产权保护工作情况的报告", r, nlines))
    d.add("to", r.choice(["县人民政府：", "县知识产权保护工作领导小组："]))
    d.add("p", f"{year}年，我局在县委、县政府的坚强领导下，以知识产权保护工作检查考核为抓手，扎实推进各项工作。现将有关情况报告如下。")
    d.add("h", "一、主要工作及成效")
    d.add("p", f"全年共检查经营主体{r.randint(800, 2000)}户次，立案查处侵犯知识产权案件{r.randint(10, 40)}件，"
               f"罚没款{r.randint(20, 90)}.{r.randint(1, 9)}万元；受理专利侵权纠纷{r.randint(1, 9)}件，全部依法办结。")
    ev = c.date(year, 4, 4)
    d.add("p", f"{d_cn(ev)}，联合县公安局开展“松河人参”地理标志保护集中行动，查扣涉嫌侵权商品{r.randint(100, 900)}件。")
    if r.random() < 0.5:
        rows = [[t, str(r.randint(0, 9)), str(r.randint(0, 9)), str(r.randint(0, 5))] for t in ["商标", "专利", "地理标志", "版权"]]
        d.add("table", table(["类别", "立案（件）", "结案（件）", "移送（件）"], rows, total=["合计", "", "", ""]))
    d.add("h", "二、存在的问题")
    d.add("p", "基层执法力量相对薄弱，专业技术支撑不足；企业知识产权保护意识有待提高。")
    d.add("h", f"三、{year + 1}年工作打算")
    d.add("p", "持续开展专项整治，完善知识产权纠纷多元化解机制，推动地理标志运用促进工程落地见效。")
    d.add("p", "特此报告。")
    d.add("sign", [org], d_cn(c.date(year, 11, 12)))
    d.seal_org = org
    return d


def opinion_doc(c: Ctx, year: int) -> Doc:
    r = c.r
    org = ORG["zfb"][0]
    d = Doc("意见", org)
    d.add("red", "松河县人民政府办公室文件")
    d.add("docno", docno("松政办", "发", year, r.randint(5, 40)))
    d.add("title", ["松河县人民政府办公室", "关于强化知识产权保护的实施意见"])
    d.add("to", "各乡镇人民政府，县政府各部门：")
    d.add("p", "为全面加强知识产权保护，优化营商环境，根据《吉林省知识产权局关于强化知识产权保护的若干措施》"
               f"（吉知发〔{year - 1}〕{r.randint(3, 30)}号）要求，结合我县实际，提出如下意见。")
    for h, p in [("一、总体要求", "坚持严保护、大保护、快保护、同保护，到年底基本建成便捷高效、严格公正的知识产权保护体系。"),
                 ("二、重点任务", "（一）加强地理标志保护。（二）强化行政执法。（三）完善纠纷调解机制。（四）加强宣传培训。"),
                 ("三、保障措施", "各部门要加强组织领导，将知识产权保护工作纳入年度绩效考核。")]:
        d.add("h", h)
        d.add("p", p)
    sd = c.date(year, 3, 10)
    d.add("p", f"本意见自{d_cn(sd + dt.timedelta(days=30))}起施行。")
    d.add("sign", [org], d_han(sd))
    d.seal_org = org
    return d


def plan_doc(c: Ctx, year: int, org_key="zbz", nlines=3, red=False) -> Doc:
    r = c.r
    org, pre = ORG[org_key]
    d = Doc("方案", org)
    if red:
        d.add("red", org + "文件")
        d.add("docno", docno(pre, "发", year, r.randint(1, 20)))
    ttl = r.choice([f"松河县{year}年知识产权保护工作检查考核迎检工作实施方案",
                    f"松河县{year}年地理标志产品保护和品牌培育工作实施方案",
                    f"松河县{year}年打击侵权假冒“双打”进农村集贸市场专项行动方案"])
    d.add("title", split_title(ttl, r, nlines))
    d.add("p", "为做好知识产权保护各项工作，结合我县实际，制定本方案。")
    d.add("h", "一、工作目标")
    d.add("p", "建立健全部门协作机制，知识产权保护社会满意度稳步提升，检查考核成绩力争进入全市前列。")
    d.add("h", "二、时间安排")
    s1 = c.date(year, 3, 4)
    s2 = s1 + dt.timedelta(days=r.randint(30, 60))
    s3 = s2 + dt.timedelta(days=r.randint(30, 60))
    d.add("p", f"（一）部署阶段（{d_cn(s1)}前）。制定方案，明确分工。")
    d.add("p", f"（二）实施阶段（{d_cn(s1 + dt.timedelta(days=1))}至{s2.month}月{s2.day}日）。各单位按分工推进。")
    d.add("p", f"（三）总结阶段（{d_cn(s3)}前）。形成总结报告报县领导小组办公室。")
    d.add("h", "三、任务分工")
    rows = [[str(k), t, u, r.choice(["全年", "6月底前", "9月底前", "长期坚持"])] for k, (t, u) in enumerate([
        ("开展地理标志专用标志使用核查", "县市场监管局"), ("查办涉农领域侵权假冒案件", "县农业农村局、县市场监管局"),
        ("打击侵犯知识产权犯罪", "县公安局"), ("开展版权宣传和软件正版化检查", "县委宣传部（县版权局）"),
        ("组织知识产权宣传周活动", "县市场监管局、各乡镇")], 1)]
    d.add("table", table(["序号", "工作任务", "责任单位", "完成时限"], rows))
    d.add("sign", [org], d_cn(s1 - dt.timedelta(days=r.randint(2, 9))))
    d.seal_org = org
    return d


def summary_doc(c: Ctx, year: int, org_key="scjg") -> Doc:
    r = c.r
    org, _ = ORG[org_key]
    d = Doc("总结", org)
    d.add("title", split_title(f"{org}{year}年知识产权保护工作总结", r, 2 if len(org) > 9 else 1))
    d.add("p", f"{year}年，我局紧紧围绕知识产权保护工作检查考核指标，强化执法监管，深化宣传培训，各项工作取得明显成效。")
    d.add("h", "一、强化执法，保持高压态势")
    d.add("p", f"全年立案查处商标侵权案件{r.randint(8, 30)}件、假冒专利案件{r.randint(1, 6)}件，向公安机关移送涉嫌犯罪案件"
               f"{r.randint(1, 3)}件。")
    ev = c.date(year, 4, 4)
    d.add("h", "二、加强宣传，营造良好氛围")
    d.add("p", f"{d_cn(ev)}，在县城中心广场举办知识产权宣传周主题活动，发放宣传资料{r.randint(1000, 5000)}份。"
               f"全年在{r.choice(['吉林日报', '通化日报'])}、{r.choice(['今日松河', '通化新闻网'])}等媒体刊发宣传稿件"
               f"{r.randint(6, 20)}篇。")
    d.add("h", "三、存在问题和下一步打算")
    d.add("p", "一是执法队伍专业能力有待提升；二是企业维权意识仍较薄弱。下一步，我局将持续加大执法力度，推进知识产权纠纷快速处理。")
    d.add("sign", [org], d_cn(c.date(year, 12, 12)))
    d.seal_org = org
    return d


def minutes_doc(c: Ctx, year: int, variant: int, record=False) -> Doc:
    r = c.r
    org = r.choice([ORG["zbz"][0], ORG["djb"][0], ORG["scjg"][0]])
    md = c.date(year, 2, 11)
    chair = c.name()
    pos = r.choice(["副县长", "县政府办公室副主任", "县市场监管局局长", "县委常委、宣传部部长"])
    title = r.choice([f"松河县{year}年知识产权保护工作联席会议纪要", f"全县打击侵权假冒工作推进会会议纪要",
                      f"知识产权保护工作检查考核迎检工作专题会议纪要"]) if not record else \
        r.choice(["知识产权保护工作领导小组会议记录", "局党组会议记录（知识产权专题）"])
    d = Doc("会议记录" if record else "纪要", org)
    d.add("title", [title])
    if not record and r.random() < 0.5:
        d.add("docno", f"第{r.randint(1, 9)}期")
    topics = r.sample([
        f"通报{year}年知识产权保护工作检查考核指标完成情况", "研究部署“松河人参”地理标志专项保护行动",
        "审议《松河县知识产权纠纷人民调解工作办法》", "部署全国知识产权宣传周活动", "研究侵权假冒案件线索移送有关问题",
        "听取各成员单位上半年工作情况汇报", "研究软件正版化工作检查有关事项"], r.randint(2, 4))
    attendees = "、".join(c.name() for _ in range(r.randint(4, 7)))
    time_txt = f"{d_cn(md)}{r.choice(['上午9:00', '下午2:30', '上午', ''])}"
    place = r.choice(["县政府三楼会议室", "县市场监管局五楼会议室", "县政务服务中心二楼会议室"])
    if variant % 3 == 0:
        d.add("p", f"{time_txt}，{pos}{chair}同志在{place}主持召开会议，{('研究' if len(topics) > 2 else '专题研究')}"
                   "知识产权保护有关工作。县市场监管局、县公安局、县农业农村局等成员单位负责同志参加会议。")
        d.add("p", "会议议题如下：")
        for k, tp in enumerate(topics):
            d.add("p", f"{'一二三四五'[k]}、{tp}。")
    elif variant % 3 == 1:
        d.add("p", f"会议时间：{time_txt}")
        d.add("p", f"会议地点：{place}")
        d.add("p", f"主持人：{chair}（{pos}）")
        d.add("p", f"参会人员：{attendees}")
        d.add("p", f"记录人：{c.name()}")
        d.add("p", "会议议题：")
        for k, tp in enumerate(topics, 1):
            d.add("p", f"{k}．{tp}")
    else:
        d.add("p", f"{time_txt}，县知识产权保护工作领导小组在{place}召开会议。会议由{pos}{chair}主持，"
                   f"{attendees}等同志参加。")
        d.add("p", "会议议题：" + "；".join(topics) + "。")
    d.add("p", "会议议定事项：")
    d.add("p", "一、各成员单位要对照考核指标逐项梳理，查漏补缺，" + f"于{d_cn(md + dt.timedelta(days=r.randint(7, 20)))}前"
               "报送佐证材料。")
    d.add("p", "二、县市场监管局牵头，会同县公安局开展联合执法检查。")
    if record:
        d.add("p", f"记录：{c.name()}")
    else:
        d.add("p", f"出席：{attendees}")
        d.add("sign", [org], d_cn(md + dt.timedelta(days=r.randint(1, 3))))
    if record:
        d.organ = None  # a bare meeting record names no issuing unit
    d.meetings = [{"date": md.isoformat(), "title": title, "chair": chair, "topics": topics}]
    d.seal_org = None
    return d


def signin_doc(c: Ctx, year: int, n: int, numbered=True, two_col=False, blanks=3) -> Doc:
    r = c.r
    ev = r.choice(["知识产权保护工作培训会", "打击侵权假冒工作推进会", "地理标志保护工作座谈会", "知识产权宣传周启动仪式",
                   "商标品牌培育指导会"])
    md = c.date(year, 3, 11)
    d = Doc("签到表")
    title = f"{year}年{ev}签到表" if r.random() < 0.5 else f"{ev}签到表"
    d.add("title", [title])
    d.add("p", f"时间：{d_cn(md)}　　地点：{r.choice(['县政府二楼会议室', '县市场监管局会议室', '青石镇政府会议室'])}")
    names = [c.name() for _ in range(n)]
    units = ["县市场监管局", "县公安局", "县农业农村局", "县委宣传部", "县文旅局"] + [t + "政府" for t in TOWNS]
    if two_col:
        half = (n + 1) // 2
        left, right = names[:half], names[half:]
        rows = []
        tot = half + blanks
        for k in range(tot):
            ln = left[k] if k < len(left) else ""
            rn = right[k] if k < len(right) else ""
            lu = r.choice(units) if ln else ""
            ru = r.choice(units) if rn else ""
            rows.append(([str(k + 1)] if numbered else []) + [ln, lu] + ([str(k + 1 + tot)] if numbered else []) + [rn, ru])
        hdr = (["序号"] if numbered else []) + ["姓名", "单位"] + (["序号"] if numbered else []) + ["姓名", "单位"]
        order = left + right
    else:
        rows = []
        for k in range(n + blanks):
            nm = names[k] if k < n else ""
            rows.append(([str(k + 1)] if numbered else []) + [r.choice(units) if nm else "", nm,
                                                              c.phone() if nm and r.random() < 0.7 else ""])
        hdr = (["序号"] if numbered else []) + ["单位", "姓名", "联系电话"]
        order = names
    d.add("table", table(hdr, rows))
    d.attendance = {"count": len(order), "names": order}
    d.sign_names = set(order)
    return d


# ---------------------------------------------------------------- image rendering
def wrap(text: str, f, maxw: int) -> list[str]:
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if f.getlength(cur + ch) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w, h):
        self.img = Image.new("RGB", (w, h), "white")
        self.draw = ImageDraw.Draw(self.img)


def layout(doc: Doc, dpi: int, scale: float = 1.0, hand_names=False, body="serif", landscape=False):
    """Flow blocks onto A4 pages; returns (pages, sign_positions)."""
    W, H = (int(11.69 * dpi), int(8.27 * dpi)) if landscape else (int(8.27 * dpi), int(11.69 * dpi))
    pt = lambda p: int(p * dpi / 72 * scale)  # noqa: E731
    mx, mt = int(0.95 * dpi), int(1.0 * dpi)
    pages = [Page(W, H)]
    y = mt
    seals = []

    def newpage():
        nonlocal y
        pages.append(Page(W, H))
        y = mt

    def text_line(s, f, x=None, fill=(20, 20, 20), center=False, right=False):
        nonlocal y
        lh = int(f.size * 1.55)
        if y + lh > H - mt * 0.8:
            newpage()
        p = pages[-1]
        tw = f.getlength(s)
        xx = (W - tw) / 2 if center else (W - mx - tw if right else (x if x is not None else mx))
        p.draw.text((xx, y), s, font=f, fill=fill)
        y += lh
        return xx, y - lh, tw

    fb = font(body, pt(15))
    for b in doc.blocks:
        k = b[0]
        if k == "red":
            f = font("sansb" if "\n" in b[1] else "serifb", pt(30 if "\n" not in b[1] else 22))
            for ln in b[1].split("\n"):
                text_line(ln, f, fill=(210, 20, 20), center=True)
            y += pt(6)
        elif k == "docno":
            text_line(b[1], fb, center=True)
            y += pt(4)
            if any(bb[0] == "red" for bb in doc.blocks):
                pages[-1].draw.line((mx, y, W - mx, y), fill=(210, 20, 20), width=max(2, pt(2)))
                y += pt(14)
        elif k == "title":
            y += pt(8)
            f = font("sansb", pt(21))
            for ln in b[1]:
                for w in wrap(ln, f, W - 2 * mx):
                    text_line(w, f, center=True)
            y += pt(10)
        elif k == "h":
            text_line(b[1], font("sansb", pt(15)), x=mx + pt(30))
        elif k in ("p", "to", "small"):
            ind = 0 if k == "to" else pt(30)
            f = fb if k != "small" else font(body, pt(11))
            for j, w in enumerate(wrap(b[1], f, W - 2 * mx - ind)):
                text_line(w, f, x=mx + (ind if j == 0 else 0))
        elif k == "sign":
            y += pt(20)
            f = fb
            for ln in b[1]:
                text_line(ln, f, right=True)
            x0, y0, tw = text_line(b[2], f, right=True)
            seals.append((len(pages) - 1, x0 + tw / 2, y0 + f.size / 2))
        elif k == "cc":
            y += pt(16)
            p = pages[-1]
            p.draw.line((mx, y, W - mx, y), fill=(0, 0, 0), width=2)
            y += pt(4)
            text_line(b[1], font(body, pt(12)), x=mx + pt(10))
            pages[-1].draw.line((mx, y, W - mx, y), fill=(0, 0, 0), width=2)
        elif k == "table":
            t = b[1]
            ft = font(body, pt(11.5))
            fn = font("kai", pt(15)) if hand_names else ft
            ncol = len(t["hdr"])
            if t.get("widths"):
                ws = t["widths"]
            else:
                ws = [max([len(t["hdr"][j])] + [len(r[j]) for r in t["rows"]]) + 2 for j in range(ncol)]
            tot = sum(ws)
            colw = [int((W - 2 * mx) * w / tot) for w in ws]
            xs = [mx + sum(colw[:j]) for j in range(ncol + 1)]
            ruled = t["ruled"]
            pad = pt(4)

            def row_h(cells, fnt):
                return max(len(wrap(c, fnt, colw[j] - 2 * pad)) for j, c in enumerate(cells)) * int(fnt.size * 1.35) + 2 * pad

            def draw_row(cells, fnt, bold=False, spans=None, fonts=None):
                nonlocal y
                h = row_h(cells, fnt) if not spans else int(fnt.size * 1.35) + 2 * pad
                if fonts:
                    h = max(h, max(row_h([c], fonts[j]) if False else int(fonts[j].size * 1.45) + 2 * pad
                                   for j, c in enumerate(cells)))
                if y + h > H - mt * 0.8:
                    newpage()
                    if ruled:
                        pages[-1].draw.line((mx, y, xs[-1], y), fill=(0, 0, 0), width=2)
                d_ = pages[-1].draw
                if spans:
                    j = 0
                    for text, span in spans:
                        x0, x1 = xs[j], xs[j + span]
                        if text:
                            tw = fnt.getlength(text)
                            d_.text(((x0 + x1 - tw) / 2, y + pad), text, font=fnt, fill=(0, 0, 0))
                        if ruled:
                            d_.rectangle((x0, y, x1, y + h), outline=(0, 0, 0), width=2)
                        j += span
                else:
                    for j, c in enumerate(cells):
                        ff = fonts[j] if fonts else fnt
                        for li, w in enumerate(wrap(c, ff, colw[j] - 2 * pad)):
                            tw = ff.getlength(w)
                            xx = xs[j] + (colw[j] - tw) / 2 if len(c) < 14 else xs[j] + pad
                            d_.text((xx, y + pad + li * int(ff.size * 1.35)), w, font=ff, fill=(10, 10, 10))
                        if ruled:
                            d_.rectangle((xs[j], y, xs[j + 1], y + h), outline=(0, 0, 0), width=2)
                y += h
                return h

            if t["caption"] and not any(bb[0] == "title" and bb[1] == [t["caption"]] for bb in doc.blocks):
                text_line(t["caption"], font("sansb", pt(13)), center=True)
            if not ruled:
                pages[-1].draw.line((mx, y, xs[-1], y), fill=(0, 0, 0), width=3)
            if t["top"]:
                draw_row([], font("sansb", pt(11.5)), spans=t["top"])
            draw_row(t["hdr"], font("sansb", pt(11.5)))
            if not ruled:
                pages[-1].draw.line((mx, y, xs[-1], y), fill=(0, 0, 0), width=2)
            name_cols = {j for j, h in enumerate(t["hdr"]) if h == "姓名"}
            for row in t["rows"]:
                fonts = [fn if j in name_cols else ft for j in range(ncol)] if hand_names else None
                draw_row(row, ft, fonts=fonts)
            if t["total"]:
                draw_row(t["total"], font("sansb", pt(11.5)))
            if not ruled:
                pages[-1].draw.line((mx, y, xs[-1], y), fill=(0, 0, 0), width=3)
            y += pt(4)
            for n in t["notes"]:
                for w in wrap(n, font(body, pt(10.5)), W - 2 * mx):
                    text_line(w, font(body, pt(10.5)))
            y += pt(6)
    return pages, seals


def seal_layer(size, org: str, dpi: int, rng: random.Random):
    R = int(0.82 * dpi)
    S = 2 * R + 20
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S // 2
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=max(3, R // 18))
    # star
    rs = R * 0.28
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else rs * 0.4
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    f = font("sansb", int(R * 0.26))
    n = len(org)
    span = min(250, 14 * n + 40)
    for i, ch in enumerate(org):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        ci = Image.new("L", (f.size + 6, f.size + 6), 0)
        ImageDraw.Draw(ci).text((3, 0), ch, font=f, fill=255)
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        rr = R * 0.74
        px, py = c + rr * math.cos(a), c + rr * math.sin(a)
        lay.paste(255, (int(px - ci.width / 2), int(py - ci.height / 2)), ci)
    lay = lay.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return lay


def apply_seal(img: Image.Image, org, cx, cy, dpi, rng):
    lay = seal_layer(None, org, dpi, rng)
    a = np.asarray(lay, dtype=np.float32) / 255.0 * rng.uniform(0.6, 0.85)
    arr = np.asarray(img, dtype=np.float32)
    x0, y0 = int(cx - lay.width / 2 + rng.uniform(-0.2, 0.2) * dpi), int(cy - lay.height / 2)
    h, w = a.shape
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(arr.shape[1], x0 + w), min(arr.shape[0], y0 + h)
    sub = a[ya - y0:yb - y0, xa - x0:xb - x0][..., None]
    red = np.array([205, 25, 35], dtype=np.float32) / 255.0
    region = arr[ya:yb, xa:xb]
    arr[ya:yb, xa:xb] = region * (1 - sub + sub * red)  # multiply blend keeps text readable
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def scan_effect(img: Image.Image, rng: random.Random, nrng: np.random.Generator, gray=False):
    ang = rng.uniform(-2.2, 2.2)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * rng.uniform(0.9, 0.97) + rng.uniform(4, 14)
    arr += nrng.normal(0, rng.uniform(4, 10), arr.shape[:2])[..., None]
    # speckles
    n = int(arr.shape[0] * arr.shape[1] * 0.0004)
    ys, xs = nrng.integers(0, arr.shape[0], n), nrng.integers(0, arr.shape[1], n)
    arr[ys, xs] = nrng.uniform(0, 120, (n, 1))
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if gray:
        img = img.convert("L").convert("RGB")
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))


def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo_effect(img: Image.Image, rng: random.Random, nrng, second: Image.Image | None, mode: int):
    # output 3000x4000 portrait (or landscape), sheet occupies most of it
    W, H = (3200, 2400) if img.width > img.height else (2400, 3200)
    bg = np.zeros((H, W, 3), np.float32)
    base = np.array(rng.choice([(120, 95, 70), (150, 150, 145), (90, 70, 55), (170, 160, 140)]), np.float32)
    bg[:] = base
    bg += nrng.normal(0, 6, (H, W))[..., None]
    canvas = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    s = min(W * 0.86 / img.width, H * 0.86 / img.height)
    sw, sh = int(img.width * s), int(img.height * s)
    if second is not None:
        sec = second.resize((sw, sh))
        canvas.paste(sec, (int(W * 0.55), int(H * 0.09)))
    sheet = img.resize((sw, sh), Image.LANCZOS)
    j = lambda k: rng.uniform(-k, k)  # noqa: E731
    ox, oy = (W - sw) / 2 - (W * 0.06 if second is not None else 0), (H - sh) / 2
    dst = [(ox + j(W * 0.04), oy + j(H * 0.03)), (ox + sw + j(W * 0.04), oy + j(H * 0.03)),
           (ox + sw + j(W * 0.05), oy + sh + j(H * 0.03)), (ox + j(W * 0.05), oy + sh + j(H * 0.03))]
    src = [(0, 0), (sw, 0), (sw, sh), (0, sh)]
    coeffs = find_coeffs(dst, src)
    warped = sheet.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    arr = np.asarray(canvas, np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # lighting gradient + soft shadow band (a hand or phone)
    g = 1.0 - 0.25 * (xx / W) * rng.uniform(0.5, 1.2) - 0.12 * (yy / H)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.5, 1.0) * H
    sh_ = np.exp(-(((xx - cx) / (W * 0.35)) ** 2 + ((yy - cy) / (H * 0.25)) ** 2)) * rng.uniform(0.2, 0.38)
    arr = arr * (g - sh_)[..., None]
    arr = arr * np.array([1.0, 0.97, 0.9], np.float32) + 8  # warm indoor light
    if mode == 2:  # moiré
        arr += (np.sin(xx * 0.9 + yy * 0.35) * np.sin(yy * 0.8) * 9)[..., None]
    arr += nrng.normal(0, 5, (H, W))[..., None]
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.8) if mode == 1 else rng.uniform(0.5, 1.0)))
    return out.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in base))


def save_image(imgs, path: Path, fmt: str, dpi: int):
    if fmt == "pdf":
        imgs = [im.convert("RGB") for im in imgs]
        imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=80,
                     title="", author="", creator="", producer="", creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())
    elif fmt == "jpg":
        imgs[0].save(path, "JPEG", quality=82, dpi=(dpi, dpi))
    else:
        imgs[0].save(path, "PNG", dpi=(dpi, dpi), optimize=False)


# ---------------------------------------------------------------- screenshots
def news_content(c: Ctx, year: int, idx: int):
    r = c.r
    d0 = c.date(year, 3, 11)
    stories = [
        (f"松河县开展“松河人参”地理标志保护专项行动", "近日，松河县市场监督管理局联合县农业农村局开展“松河人参”地理标志保护专项行动，"
         f"对全县{r.randint(30, 90)}家人参经营户进行全面检查，查扣涉嫌侵权商品{r.randint(50, 400)}件。"),
        (f"松河县启动{year}年知识产权宣传周活动", f"{d_cn(d0)}，松河县{year}年知识产权宣传周活动在县城中心广场启动。"
         "活动现场设置咨询台、展板，向群众讲解商标、专利和地理标志保护知识。"),
        ("严打侵权假冒 护航营商环境——松河县查处一起销售假冒注册商标白酒案", f"日前，松河县市场监管局依法查处一起销售假冒注册商标白酒案，"
         f"现场查扣涉案白酒{r.randint(20, 200)}瓶，案件已移送公安机关。"),
        ("松河蓝莓获批国家地理标志证明商标", "经国家知识产权局核准，“松河蓝莓”地理标志证明商标正式注册，成为我县第三件地理标志证明商标。"),
        ("青石镇：知识产权服务走进田间地头", f"{d_cn(d0)}，青石镇联合县市场监管局组织知识产权服务小分队，"
         "深入合作社、家庭农场开展商标注册指导。"),
        ("松河县召开打击侵权假冒工作推进会", "会议通报了全县打击侵权假冒工作进展，部署下一阶段重点任务。"),
    ]
    head, body = stories[idx % len(stories)]
    extra = [f"据介绍，今年以来，全县共立案查处侵犯知识产权案件{r.randint(5, 30)}件，办理专利侵权纠纷行政裁决案件{r.randint(1, 5)}件。",
             "县市场监管局有关负责人表示，下一步将持续加大执法力度，完善线索移送和联合执法机制，切实保护权利人合法权益。"]
    return head, [body] + extra, d0


SIDE = ["长白山景区推出冬季旅游新线路", "全市春耕备耕工作有序推进", "通化葡萄酒节开幕在即", "我市新增两家省级专精特新企业",
        "吉林省出台促进民营经济发展若干措施", "松河县城区供热管网改造完成", "全省中小学开学安全检查启动", "秋季森林防火工作部署会召开"]


def screenshot(c: Ctx, year: int, idx: int, style: str):
    r = c.r
    head, paras, d0 = news_content(c, year, idx)
    pub = d0 + dt.timedelta(days=r.randint(0, 2))
    media = []
    doc = Doc("新闻报道")
    doc.add("title", [head])
    site, lv = None, None
    src = None
    if style == "web":
        site, lv = r.choice([m for m in MEDIA if m[1] in ("市级", "省级", "其他")][:])
        if r.random() < 0.6:
            src = r.choice([m for m in MEDIA if m[0] != site])
        meta = f"{pub.year}-{pub.month:02d}-{pub.day:02d} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}"
        meta += f"　来源：{src[0]}" if src else f"　来源：{site}"
        meta += f"　编辑：{c.name()}"
        media.append((site, lv))
        if src:
            media.append(src)
    elif style == "wechat":
        acct = r.choice(["今日松河", "松河发布", "通化日报", "彩练新闻"])
        meta = f"{acct}　{d_cn(pub)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}　吉林"
        if acct in dict(MEDIA):
            media.append((acct, dict(MEDIA)[acct]))
        src = r.choice([m for m in MEDIA if m[1] in ("中央", "省级", "市级") and m[0] != acct])
        media.append(src)
        site = acct
    else:  # app
        site, lv = r.choice([("吉林日报客户端", "省级"), ("通化日报客户端", "市级"), ("今日头条", "其他")])
        meta = f"{d_cn(pub)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}　{r.randint(2, 90)}万阅读"
        media.append((site, lv))
        src = r.choice([m for m in MEDIA if m[1] == "县级"])
        media.append(src)
    reporter = c.name()
    doc.add("meta", meta)
    for p in paras:
        doc.add("p", p)
    tail = []
    if style == "wechat":
        tail.append(r.choice(["本文转载自：", "转自：", "稿源："]) + src[0])
        tail.append(f"记者：{reporter}　编辑：{c.name()}　审核：{c.name()}")
    elif style == "app":
        tail.append(r.choice(["稿源：", "来源：", "转自："]) + src[0] + f"　记者：{reporter}")
    else:
        tail.append(f"（记者 {reporter}）")
        tail.append(f"责任编辑：{c.name()}")
    for t in tail:
        doc.add("small", t)
    # de-duplicate media keeping order
    seen, med = set(), []
    for m in media:
        if m[0] not in seen:
            seen.add(m[0])
            med.append(m)
    doc.media = med
    # render
    sans, sansb = "sans", "sansb"
    if style == "web":
        W = 1366
        col = 860
        img = Image.new("RGB", (W, 2000), "white")
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, W, 40), fill=(222, 225, 230))
        d.rounded_rectangle((120, 7, 900, 33), 12, fill="white")
        host = hashlib.md5(site.encode()).hexdigest()[:6]
        d.text((140, 10), f"https://www.{host}.cn/news/{year}{pub.month:02d}/t{pub.day:02d}_{r.randint(100000, 999999)}.html",
               font=font(sans, 15), fill=(60, 60, 60))
        d.rectangle((0, 40, W, 130), fill=(178, 24, 30) if r.random() < 0.5 else (20, 70, 150))
        d.text((60, 58), site, font=font(sansb, 40), fill="white")
        d.text((60 + font(sansb, 40).getlength(site) + 30, 78), "首页  要闻  时政  经济  县域  专题", font=font(sans, 18),
               fill=(240, 240, 240))
        y = 160
        for w in wrap(head, font(sansb, 32), col):
            d.text((60, y), w, font=font(sansb, 32), fill=(20, 20, 20))
            y += 48
        y += 8
        d.text((60, y), meta, font=font(sans, 16), fill=(120, 120, 120))
        y += 36
        d.line((60, y, 60 + col, y), fill=(220, 220, 220), width=1)
        y += 24
        for p in paras:
            for j, w in enumerate(wrap(p, font("serif", 20), col - (40 if False else 0))):
                d.text((60 + (40 if j == 0 else 0), y), w, font=font("serif", 20), fill=(30, 30, 30))
                y += 36
            y += 14
        for t in tail:
            d.text((60, y), t, font=font(sans, 17), fill=(90, 90, 90))
            y += 32
        sx = 60 + col + 50
        d.rectangle((sx, 160, W - 40, 190), fill=(240, 240, 240))
        d.text((sx + 10, 163), r.choice(["热点新闻", "相关阅读", "推荐"]), font=font(sansb, 18), fill=(40, 40, 40))
        yy = 205
        for s in r.sample(SIDE, 6):
            for w in wrap("· " + s, font(sans, 16), W - 40 - sx - 10):
                d.text((sx + 10, yy), w, font=font(sans, 16), fill=(50, 50, 120))
                yy += 26
            yy += 8
        img = img.crop((0, 0, W, max(y + 60, yy + 40, 900)))
    else:
        W = 1080
        img = Image.new("RGB", (W, 3000), "white")
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, W, 70), fill=(245, 245, 245))
        d.text((40, 18), f"{r.randint(8, 21)}:{r.randint(10, 59)}", font=font(sansb, 28), fill=(0, 0, 0))
        d.text((W - 200, 18), "5G  86%", font=font(sans, 26), fill=(0, 0, 0))
        d.rectangle((0, 70, W, 160), fill=(250, 250, 250) if style == "wechat" else (200, 30, 30))
        d.text((40, 92), "＜" + ("" if style == "wechat" else "  " + site), font=font(sansb, 34),
               fill=(0, 0, 0) if style == "wechat" else (255, 255, 255))
        y = 200
        for w in wrap(head, font(sansb, 48), W - 80):
            d.text((40, y), w, font=font(sansb, 48), fill=(20, 20, 20))
            y += 70
        y += 10
        d.text((40, y), meta, font=font(sans, 28), fill=(87, 107, 149) if style == "wechat" else (130, 130, 130))
        y += 70
        for p in paras:
            for j, w in enumerate(wrap(p, font(sans, 34), W - 80 - (0))):
                d.text((40, y), w, font=font(sans, 34), fill=(40, 40, 40))
                y += 56
            y += 24
        for t in tail:
            for w in wrap(t, font(sans, 28), W - 80):
                d.text((40, y), w, font=font(sans, 28), fill=(120, 120, 120))
                y += 46
        y += 30
        d.line((40, y, W - 40, y), fill=(230, 230, 230), width=2)
        y += 20
        d.text((40, y), "相关推荐", font=font(sansb, 32), fill=(30, 30, 30))
        y += 60
        for s in r.sample(SIDE, 3):
            d.text((40, y), s, font=font(sans, 30), fill=(30, 30, 30))
            y += 50
            d.text((40, y), r.choice(["通化日报", "吉林日报", "新华社", "彩练新闻"]) + f"　{r.randint(2, 900)}评论",
                   font=font(sans, 24), fill=(150, 150, 150))
            y += 60
        img = img.crop((0, 0, W, min(3000, y + 40)))
    # side/recommend lists print outlet names as list meta; they do not carry this item (see docstring)
    return doc, img


# ---------------------------------------------------------------- DOCX
def set_run_font(run, name, size=None, bold=None, color=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


TEXTBOX_XML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="TB{n}" o:spid="_x0000_s10{n}" type="#_x0000_t202" style="width:{w}pt;height:{h}pt;'
    'mso-position-horizontal:center" stroked="{stroke}"><v:textbox><w:txbxContent>{paras}</w:txbxContent>'
    '</v:textbox></v:shape></w:pict></w:r>')


def tb_para(text, font_name, size, color="000000", bold=False, center=True):
    from xml.sax.saxutils import escape
    jc = '<w:jc w:val="center"/>' if center else ""
    b = "<w:b/>" if bold else ""
    return (f'<w:p><w:pPr>{jc}</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font_name}" w:hAnsi="{font_name}" '
            f'w:eastAsia="{font_name}"/>{b}<w:color w:val="{color}"/><w:sz w:val="{size * 2}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def build_docx(doc: Doc, path: Path, style: dict, seed: int):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    D = Document()
    sec = D.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.6 if not doc.landscape else 2.0)
    sec.top_margin, sec.bottom_margin = Cm(3.5 if style.get("gov") else 2.5), Cm(2.5)
    body_font, head_font, title_font = style["body"], style["head"], style["title"]
    bsize = style.get("size", 16)
    cp = D.core_properties
    cp.author, cp.last_modified_by = style.get("author", "Administrator"), style.get("author", "Administrator")
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""

    def para(text, fname=body_font, size=bsize, bold=False, align=None, indent=True, color=None, space_after=0):
        p = D.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent and align is None:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(space_after)
        p.paragraph_format.line_spacing = Pt(size * 1.75) if style.get("gov") else None
        run = p.add_run(text)
        set_run_font(run, fname, size, bold, color)
        return p

    tbn = 0
    for b in doc.blocks:
        k = b[0]
        if k == "red":
            if style.get("textbox_red"):
                tbn += 1
                paras = "".join(tb_para(ln, title_font, 26, "E00000", True) for ln in b[1].split("\n"))
                p = D.add_paragraph()
                p._p.append(parse_xml(TEXTBOX_XML.format(n=tbn, w=420, h=44 * len(b[1].split("\n")), stroke="f",
                                                         paras=paras)))
            else:
                for ln in b[1].split("\n"):
                    para(ln, title_font, 30 if "\n" not in b[1] else 24, True, "center", color=(220, 0, 0))
        elif k == "docno":
            p = para(b[1], body_font, bsize, align="center", space_after=4)
            if any(bb[0] == "red" for bb in doc.blocks):
                pPr = p._p.get_or_add_pPr()
                pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                     '<w:bottom w:val="single" w:sz="18" w:space="6" w:color="E00000"/></w:pBdr>'))
        elif k == "title":
            D.add_paragraph()
            for ln in b[1]:
                para(ln, title_font, 22 if style.get("gov") else 18, True, "center")
            D.add_paragraph()
        elif k == "to":
            para(b[1], indent=False)
        elif k == "h":
            para(b[1], head_font, bsize, True if not style.get("gov") else False)
        elif k in ("p", "small", "meta"):
            for ln in b[1].split("\n"):
                para(ln, size=bsize if k == "p" else bsize - 4)
        elif k == "sign":
            D.add_paragraph()
            for ln in b[1] + [b[2]]:
                para(ln, align="right")
        elif k == "cc":
            D.add_paragraph()
            para(b[1], size=14, indent=False)
        elif k == "table":
            t = b[1]
            if t["caption"] and not any(bb[0] == "title" and bb[1] == [t["caption"]] for bb in doc.blocks):
                para(t["caption"], head_font, bsize - 2, True, "center")
            nhead = 2 if t["top"] else 1
            nrows = nhead + len(t["rows"]) + (1 if t["total"] else 0)
            tb = D.add_table(rows=nrows, cols=len(t["hdr"]))
            tb.style = "Table Grid"
            fs = style.get("tsize", 11)

            def put(cell, text, bold=False):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_run_font(run, body_font, fs, bold)

            if t["top"]:
                j = 0
                for text, span in t["top"]:
                    if span > 1:
                        c0 = tb.cell(0, j).merge(tb.cell(0, j + span - 1))
                        put(c0, text, True)
                    elif not text or text == t["hdr"][j]:
                        c0 = tb.cell(0, j).merge(tb.cell(1, j))
                        put(c0, t["hdr"][j], True)
                    else:
                        put(tb.cell(0, j), text, True)
                    j += span
                for j, h in enumerate(t["hdr"]):
                    flat_top = [x for x, s in t["top"] for _ in range(s)]
                    if flat_top[j] and flat_top[j] != h:
                        put(tb.cell(1, j), h, True)
            else:
                for j, h in enumerate(t["hdr"]):
                    put(tb.cell(0, j), h, True)
            merge_col = t.get("merge_col")
            for i, row in enumerate(t["rows"]):
                for j, v in enumerate(row):
                    if merge_col is not None and j == merge_col and i > 0 and row[j] == t["rows"][i - 1][j]:
                        continue
                    put(tb.cell(nhead + i, j), v)
            if merge_col is not None:  # vertical merges of equal consecutive cells
                i = 0
                while i < len(t["rows"]):
                    k2 = i
                    while k2 + 1 < len(t["rows"]) and t["rows"][k2 + 1][merge_col] == t["rows"][i][merge_col]:
                        k2 += 1
                    if k2 > i:
                        m = tb.cell(nhead + i, merge_col).merge(tb.cell(nhead + k2, merge_col))
                        put(m, t["rows"][i][merge_col])
                    i = k2 + 1
            if t["total"]:
                for j, v in enumerate(t["total"]):
                    put(tb.cell(nrows - 1, j), v, True)
            if nhead:  # repeat header rows on each page
                for ri in range(nhead):
                    trPr = tb.rows[ri]._tr.get_or_add_trPr()
                    trPr.append(trPr.makeelement(qn("w:tblHeader"), {}))
            for n in t["notes"]:
                para(n, size=12, indent=False)
    D.save(str(path))
    normalize_zip(path)


def normalize_zip(path: Path):
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-15T09:30:00Z", data)
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def fix_pdf(path: Path):
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:20240115093000", b)
    b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
               lambda m: m.group(1) + b"A" * len(m.group(2)) + m.group(3) + b"A" * len(m.group(4)) + m.group(5), b)
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), b)
    path.write_bytes(b)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


# ---------------------------------------------------------------- XLSX
def build_xlsx(path: Path, sheets: list, seed: int):
    """sheets: list of dicts(title, t(table), pre=[lines], hidden=[row dicts], merge_col, date_col, widths, sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for s in sheets:
        ws = wb.create_sheet(s.get("sheet", "Sheet1"))
        t = s["t"]
        ncol = len(t["hdr"])
        r = 1
        if s.get("title"):
            ws.cell(r, 1, s["title"]).font = Font(name="宋体", size=16, bold=True)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for ln in s.get("pre", []):
            ws.cell(r, 1, ln)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        if t["top"]:
            j = 1
            for text, span in t["top"]:
                if span > 1:
                    ws.cell(r, j, text)
                    ws.merge_cells(start_row=r, start_column=j, end_row=r, end_column=j + span - 1)
                elif text == t["hdr"][j - 1] or not text:
                    ws.cell(r, j, t["hdr"][j - 1])
                    ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
                j += span
            flat = [x for x, sp in t["top"] for _ in range(sp)]
            for j, h in enumerate(t["hdr"], 1):
                if flat[j - 1] and flat[j - 1] != h:
                    ws.cell(r + 1, j, h)
            for rr in (r, r + 1):
                for j in range(1, ncol + 1):
                    ws.cell(rr, j).font = Font(bold=True)
                    ws.cell(rr, j).border = border
                    ws.cell(rr, j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            r += 2
        else:
            for j, h in enumerate(t["hdr"], 1):
                c = ws.cell(r, j, h)
                c.font = Font(bold=True)
                c.border = border
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            r += 1
        first = r
        hidden = dict(s.get("hidden", {}))  # insert position -> row
        mc = s.get("merge_col")
        real_dates = s.get("date_cols", {})
        num_cols = s.get("num_cols", set())
        k = 0
        rows_written = []
        for i, row in enumerate(t["rows"]):
            if i in hidden:
                for j, v in enumerate(hidden[i], 1):
                    ws.cell(r, j, v).border = border
                ws.row_dimensions[r].hidden = True
                r += 1
            for j, v in enumerate(row, 1):
                val = v
                if (j - 1) in real_dates and v:
                    m = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", v)
                    val = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif (j - 1) in num_cols and re.fullmatch(r"-?\d+(\.\d+)?", v or ""):
                    val = float(v) if "." in v else int(v)
                if mc is not None and j - 1 == mc and i > 0 and v == t["rows"][i - 1][mc]:
                    val = None
                c = ws.cell(r, j, val if val != "" else None)
                c.border = border
                if (j - 1) in real_dates and v:
                    c.number_format = real_dates[j - 1]
            rows_written.append(r)
            r += 1
            k += 1
        if mc is not None:
            i = 0
            while i < len(t["rows"]):
                k2 = i
                while k2 + 1 < len(t["rows"]) and t["rows"][k2 + 1][mc] == t["rows"][i][mc]:
                    k2 += 1
                if k2 > i and rows_written[k2] - rows_written[i] == k2 - i:
                    ws.merge_cells(start_row=rows_written[i], start_column=mc + 1, end_row=rows_written[k2],
                                   end_column=mc + 1)
                    ws.cell(rows_written[i], mc + 1).alignment = Alignment(vertical="center")
                i = k2 + 1
        if t["total"]:
            for j, v in enumerate(t["total"], 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.border = border
                c.font = Font(bold=True)
            if s.get("sum_formula"):
                for j in s["sum_formula"]:
                    tot = sum(float(rw[j] or 0) for rw in t["rows"])
                    ws.cell(r, j + 1, int(tot) if tot == int(tot) else round(tot, 1))
            r += 1
        for n in t["notes"]:
            ws.cell(r, 1, n)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for j, w in enumerate(s.get("widths", [12] * ncol)):
            ws.column_dimensions[chr(ord("A") + j)].width = w
        del first
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Administrator"
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- corpus plan
def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for f in out.iterdir():
        if f.is_file():
            f.unlink()
    truth: dict = {}
    tmp = Path(tempfile.mkdtemp(prefix="d15_"))
    pdf_jobs = []  # (docx path, final name, doc)

    # ---------- text PDFs (12), made from DOCX by LibreOffice
    gov = {"gov": True, "body": "Noto Serif CJK SC", "head": "Noto Sans CJK SC", "title": "Noto Serif CJK SC", "size": 16}
    plain = {"body": "Noto Sans CJK SC", "head": "Noto Sans CJK SC", "title": "Noto Sans CJK SC", "size": 14}
    specs = []
    c = Ctx(1501)
    specs.append(notice_doc(c, 0, 2023, "scjg", red=True, nlines=2))
    specs.append(notice_doc(c, 3, 2023, "djb", joint=["scjg", "gaj"], red=True, nlines=2, with_table=True))
    specs.append(notice_doc(c, 6, 2024, "scjg", red=False, nlines=1, bracket="[]"))
    specs.append(notice_doc(c, 9, 2023, "nyj", red=True, nlines=3))
    specs.append(report_doc(c, 2023, "scjg", 2))
    specs.append(report_doc(c, 2023, "xcb", 3))
    specs.append(bulletin_doc(c, 2023, long=True))
    specs.append(bulletin_doc(c, 2024, long=True, org_key="scjg", quarter="上半年"))
    specs.append(letter_doc(c, 2023))
    specs.append(letter_doc(c, 2024, reply=True))
    specs.append(opinion_doc(c, 2023))
    specs.append(plan_doc(c, 2024, "zbz", 3, red=True))
    specs[6].landscape = True
    for i, d in enumerate(specs, 1):
        name = f"d15_pdf_{i:02d}.pdf"
        p = tmp / f"d15_pdf_{i:02d}.docx"
        build_docx(d, p, gov if i % 3 else plain, 1500 + i)
        pdf_jobs.append((p, name, d))

    # ---------- DOCX (12)
    c = Ctx(1502)
    dx = []
    s_red_tb = dict(gov, textbox_red=True, body="仿宋_GB2312", head="黑体", title="方正小标宋简体")
    s_house = {"body": "宋体", "head": "黑体", "title": "宋体", "size": 14, "tsize": 10.5}
    s_yahei = {"body": "微软雅黑", "head": "微软雅黑", "title": "微软雅黑", "size": 12, "tsize": 10}
    dx.append((notice_doc(c, 1, 2023, "zbz", red=True, nlines=2), s_red_tb))
    dx.append((notice_doc(c, 4, 2024, "xcb", joint=["wlj"], red=True, nlines=2, with_table=True), s_red_tb))
    dx.append((plan_doc(c, 2023, "scjg", 2), s_house))
    dx.append((plan_doc(c, 2024, "qsz", 1, red=True), gov))
    dx.append((summary_doc(c, 2023, "scjg"), s_house))
    dx.append((summary_doc(c, 2023, "nyj"), s_yahei))
    dx.append((minutes_doc(c, 2023, 0), gov))
    dx.append((minutes_doc(c, 2024, 1, record=True), s_yahei))
    # tables with merged cells
    d = Doc("台账", None)
    d.add("title", ["2023年知识产权行政执法案件办理台账"])
    rows = []
    for k in range(1, 11):
        town = TOWNS[(k - 1) // 3]
        rows.append([str(k), f"{town}市场监管所", c.r.choice(["商标侵权", "假冒专利", "地理标志侵权", "商标侵权"]),
                     d_dot(c.date(2023, 1, 11)), c.r.choice(["已结案", "办理中", "已移送"]), ""])
    d.add("table", table(["序号", "承办单位", "案件类型", "立案日期", "办理情况", "备注"], rows,
                         notes=[f"填报人：{c.name()}　　审核人：{c.name()}　　填报日期：{d_cn(dt.date(2023, 12, 20))}"]))
    d.blocks[-1][1]["merge_col"] = 1
    dx.append((d, s_house))
    d = Doc("统计表", ORG["djb"][0])
    d.add("title", ["松河县2023年打击侵权假冒工作统计表"])
    rows = [[t, str(c.r.randint(0, 9)), str(c.r.randint(0, 9)), str(c.r.randint(0, 5)), str(c.r.randint(0, 5)),
             f"{c.r.randint(0, 300) / 10:.1f}"] for t in TOWNS[:7]]
    d.add("table", table(["单位", "受理", "结案", "立案", "移送", "罚没金额（万元）"], rows,
                         top=[("单位", 1), ("专利纠纷", 2), ("商标案件", 2), ("罚没金额（万元）", 1)],
                         total=["合计", "", "", "", "", ""], notes=["注：专利纠纷含行政裁决和调解案件。"]))
    d.add("sign", ["填报单位：" + ORG["djb"][0]], d_cn(dt.date(2024, 1, 8)))
    d.landscape = True
    dx.append((d, s_house))
    dx.append((signin_doc(c, 2023, 14, numbered=True), s_house))
    dx.append((report_doc(c, 2024, "gaj", 2), gov))
    for i, (d, st) in enumerate(dx, 1):
        name = f"d15_docx_{i:02d}.docx"
        build_docx(d, out / name, st, 2500 + i)
        truth[name] = truth_of(d, "docx", "docx", None)
        truth[name].pop("pages")

    # ---------- scans (16)
    c = Ctx(1503)
    rng = random.Random(15031)
    nrng = np.random.default_rng(15032)
    sc = []
    sc.append(notice_doc(c, 2, 2023, "scjg", red=True, nlines=2, short=True))
    sc.append(notice_doc(c, 5, 2023, "zfb", red=True, nlines=2, short=True))
    sc.append(notice_doc(c, 7, 2024, "xcb", red=False, nlines=2, short=True, bracket="（）"))
    sc.append(notice_doc(c, 10, 2024, "djb", red=True, nlines=1, short=True))
    sc.append(notice_doc(c, 11, 2023, "qsz", red=False, nlines=1, short=True))
    sc.append(letter_doc(c, 2023))
    sc.append(letter_doc(c, 2024))
    sc.append(letter_doc(c, 2023, reply=True))
    sc.append(bulletin_doc(c, 2023, long=False))
    sc.append(bulletin_doc(c, 2024, long=False, org_key="scjg"))
    sc.append(bulletin_doc(c, 2023, long=True, org_key="scjg", quarter="1—9月"))  # 2 pages
    d = Doc("统计表", ORG["scjg"][0])
    d.add("title", ["松河县2023年商标注册和地理标志运用情况统计表"])
    rows = [[t, str(c.r.randint(10, 90)), str(c.r.randint(0, 12)), str(c.r.randint(0, 3)), ""] for t in TOWNS[:6]]
    rows[2][4] = "含人参协会1件"
    d.add("table", table(["乡镇", "有效注册商标（件）", "当年新增（件）", "地理标志（件）", "备注"], rows,
                         total=["合计", "", "", "", ""], ruled=False,
                         notes=[f"统计截止日期：{d_cn(dt.date(2023, 12, 31))}"]))
    d.add("sign", [ORG["scjg"][0]], d_cn(dt.date(2024, 1, 5)))
    sc.append(d)
    d = Doc("登记表", ORG["xcb"][0])
    d.add("title", ["2023年软件正版化检查情况登记表"])
    rows = [[u, str(c.r.randint(20, 120)), str(c.r.randint(0, 3)), d_dot(c.date(2023, 5, 10))]
            for u in ["县财政局", "县教育局", "县卫健局", "县住建局", "县自然资源局"]]
    d.add("table", table(["检查单位", "检查计算机（台）", "发现问题（个）", "检查日期"], rows, ruled=False))
    d.add("sign", [ORG["xcb"][0]], d_cn(dt.date(2023, 11, 20)))
    sc.append(d)
    sc.append(report_doc(c, 2023, "zbz", 1))
    sc.append(minutes_doc(c, 2023, 2))
    sc.append(opinion_doc(c, 2024))
    fmts = ["pdf", "jpg", "png", "pdf", "jpg", "pdf", "png", "jpg", "pdf", "png", "pdf", "jpg", "png", "pdf", "jpg", "pdf"]
    dpis = [200, 150, 300, 150, 200, 300, 150, 200, 200, 150, 150, 200, 150, 200, 150, 150]
    for i, d in enumerate(sc, 1):
        fmt, dpi = fmts[i - 1], dpis[i - 1]
        scale = 1.0
        while True:
            pages, seals = layout(d, dpi, scale, body=rng.choice(["serif", "ming"]))
            if fmt == "pdf" or len(pages) == 1 or scale < 0.7:
                break
            scale -= 0.08
        imgs = [p.img for p in pages]
        if d.seal_org:
            for pg, x, y in seals:
                imgs[pg] = apply_seal(imgs[pg], d.seal_org, x, y, dpi, rng)
        imgs = [scan_effect(im, rng, nrng, gray=(i % 4 == 0)) for im in imgs]
        name = f"d15_scan_{i:02d}.{fmt}"
        assert fmt == "pdf" or len(imgs) == 1, name
        save_image(imgs, out / name, fmt, dpi)
        truth[name] = truth_of(d, "scan", fmt, len(imgs))

    # ---------- photos (16): minutes x4, sign-in x4, tables x4, notices x4
    c = Ctx(1504)
    rng = random.Random(15041)
    nrng = np.random.default_rng(15042)
    ph = []
    ph += [minutes_doc(c, 2023, 0), minutes_doc(c, 2023, 1), minutes_doc(c, 2024, 2), minutes_doc(c, 2024, 1, record=True)]
    ph += [signin_doc(c, 2023, 12, numbered=True), signin_doc(c, 2023, 16, numbered=False, two_col=True, blanks=2),
           signin_doc(c, 2024, 9, numbered=False, blanks=4), signin_doc(c, 2024, 18, numbered=True, two_col=True)]
    d = Doc("台账", "县市场监管局知识产权股")
    d.add("title", ["知识产权侵权投诉举报处理台账"])
    d.add("p", "填报单位：县市场监管局知识产权股")
    rows = [[str(k), d_dot(c.date(2023, 1, 10)), c.r.choice(["电话", "12315平台", "来信", "现场"]),
             c.r.choice(["商标侵权", "假冒专利", "地理标志"]), c.r.choice(["已办结", "已办结", "转立案", "不予受理"])] for k in range(1, 9)]
    d.add("table", table(["序号", "受理日期", "投诉渠道", "涉及类别", "处理结果"], rows))
    ph.append(d)
    d = Doc("统计表", ORG["nyj"][0])
    d.add("title", ["农资市场侵权假冒商品检查情况统计表"])
    rows = [[t, str(c.r.randint(5, 40)), str(c.r.randint(0, 4)), str(c.r.randint(0, 2))] for t in TOWNS[:6]]
    d.add("table", table(["乡镇", "检查门店（家）", "发现问题（起）", "立案（件）"], rows, total=["合计", "", "", ""],
                         ruled=False))
    d.add("sign", [ORG["nyj"][0]], d_cn(dt.date(2023, 7, 6)))
    ph.append(d)
    d = Doc("统计表", None)
    d.add("title", ["专利侵权纠纷行政裁决案件统计表"])
    rows = [[f"{2023}年第{q}季度", str(c.r.randint(0, 4)), str(c.r.randint(0, 4)), str(c.r.randint(0, 2)),
             str(c.r.randint(0, 2))] for q in "一二三四"]
    d.add("table", table(["时间", "受理", "结案", "调解", "撤回"], rows, top=[("时间", 1), ("案件数（件）", 4)],
                         total=["合计", "", "", "", ""], notes=[f"制表：{c.name()}　　{d_cn(dt.date(2024, 1, 10))}"]))
    ph.append(d)
    d = Doc("台账", None)
    d.add("title", ["2024年版权宣传活动台账"])
    rows = [[d_cn(c.date(2024, 4, 9)), r_, str(c.r.randint(50, 500))] for r_ in
            ["世界读书日版权宣传", "校园版权知识讲座", "书店盗版图书检查", "版权登记政策宣讲"]]
    d.add("table", table(["活动日期", "活动内容", "受众（人次）"], rows))
    ph.append(d)
    ph += [notice_doc(c, 0, 2024, "scjg", red=True, nlines=2, short=True), notice_doc(c, 8, 2023, "zbz", red=False, short=True),
           notice_doc(c, 4, 2024, "qsz", red=True, nlines=1, short=True), letter_doc(c, 2023)]
    ph[-1].doc_type = "函"
    filler = Doc("x")
    for _ in range(12):
        filler.add("p", "各单位要加强组织领导，强化责任落实，认真做好各项工作，确保取得实效。")
    for i, d in enumerate(ph, 1):
        dpi = 150
        hand = d.attendance is not None
        scale = 1.0
        while True:
            pages, seals = layout(d, dpi, scale, hand_names=hand, body="serif")
            if len(pages) == 1 or scale < 0.6:
                break
            scale -= 0.07
        assert len(pages) == 1, i
        img = pages[0].img
        if d.seal_org and i > 12:
            for pg, x, y in seals:
                img = apply_seal(img, d.seal_org, x, y, dpi, rng)
        second = layout(filler, dpi)[0][0].img if i % 4 == 3 else None
        img = photo_effect(img, rng, nrng, second, i % 3)
        name = f"d15_photo_{i:02d}.jpg"
        img.save(out / name, "JPEG", quality=85)
        truth[name] = truth_of(d, "photo", "jpg", 1)

    # ---------- screenshots (12)
    c = Ctx(1505)
    styles = ["web", "wechat", "app", "web", "web", "wechat", "app", "web", "wechat", "web", "app", "wechat"]
    for i, st in enumerate(styles, 1):
        d, img = screenshot(c, 2023 if i % 2 else 2024, i, st)
        fmt = "png" if i % 3 else "jpg"
        name = f"d15_shot_{i:02d}.{fmt}"
        if fmt == "png":
            img.save(out / name, "PNG")
        else:
            img.save(out / name, "JPEG", quality=88)
        truth[name] = truth_of(d, "screenshot", fmt, 1)

    # ---------- XLSX (12)
    c = Ctx(1506)
    xs_ = []
    # 1 case ledger with hidden row and merged unit column
    rows = []
    for k in range(1, 13):
        rows.append([str(k), f"{TOWNS[(k - 1) // 4]}所", c.r.choice(["某商行", "某超市", "某食品店", "某药房"]) ,
                     c.r.choice(["商标侵权", "假冒专利", "地理标志侵权"]), f"{2023}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}",
                     c.r.choice(["罚款", "没收、罚款", "责令改正"]), str(c.r.randint(1, 50) * 1000)])
    t = table(["序号", "承办所", "当事人", "案由", "立案日期", "处罚种类", "罚没金额（元）"], rows, total=["合计", "", "", "", "", "", ""],
              notes=["注：当事人名称已作脱敏处理。"])
    xs_.append(("台账", "松河县市场监管局", "松河县市场监管局2023年知识产权案件台账",
                [{"title": "松河县市场监管局2023年知识产权案件台账", "t": t, "merge_col": 1, "hidden": {5: ["", "作废", "", "", "2023-02-30", "", ""]},
                  "date_cols": {4: "yyyy-mm-dd"}, "num_cols": {6}, "sum_formula": [6], "widths": [6, 12, 14, 14, 12, 12, 14]}]))
    # 2-4 media registers
    for k in range(3):
        rows, med = [], []
        for j in range(1, 7 + k):
            o, lv = c.r.choice(MEDIA)
            dd = c.date(2023 + (k == 2), 1, 12)
            rows.append([str(j), c.r.choice(["松河县开展知识产权宣传周活动", "我县查处一起商标侵权案", "“松河人参”地理标志保护见成效",
                                               "松河蓝莓证明商标获批", "知识产权服务进园区", "青石镇开展打假护农行动"]),
                         o, lv, d_cn(dd) if k != 1 else dd.strftime("%Y/%m/%d"), c.r.choice(["报纸", "网站", "客户端", "电视"])])
            if o not in [m[0] for m in med]:
                med.append((o, lv))
        t = table(["序号", "稿件标题", "刊发媒体", "媒体级别", "刊发时间", "媒体类型"], rows,
                  notes=[f"填报单位：{['县市场监管局', '县委宣传部', '县知识产权保护工作领导小组办公室'][k]}　填报人：{c.name()}"])
        ttl = ["知识产权宣传报道登记台账", f"{2023}年知识产权保护媒体宣传报道情况统计表", "2024年宣传报道台账"][k]
        xs_.append((["台账", "统计表", "台账"][k], ['县市场监管局', '县委宣传部', '县知识产权保护工作领导小组办公室'][k], ttl, [{"title": ttl, "t": t, "widths": [6, 34, 14, 10, 14, 10]}], med))
    # 5-6 stats with two-row headers
    for k in range(2):
        rows = [[t_, str(c.r.randint(0, 8)), str(c.r.randint(0, 8)), str(c.r.randint(0, 6)), str(c.r.randint(0, 6)),
                 str(c.r.randint(0, 3))] for t_ in (["商标", "专利", "地理标志", "版权", "其他"] if k == 0 else TOWNS[:7])]
        first = "类别" if k == 0 else "乡镇"
        t = table([first, "受理", "办结", "立案", "结案", "移送司法"], rows,
                  top=[(first, 1), ("投诉举报（件）", 2), ("行政处罚（件）", 2), ("移送司法", 1)], total=["合计", "", "", "", "", ""],
                  notes=[f"报送日期：{d_cn(dt.date(2024, 1, 12 + k))}"])
        ttl = ["2023年度知识产权保护工作数据统计表", "各乡镇2023年打击侵权假冒工作情况统计表"][k]
        xs_.append(("统计表", [ORG["scjg"][0], ORG["djb"][0]][k], ttl,
                    [{"title": ttl, "t": t, "pre": [f"填报单位：{[ORG['scjg'][0], ORG['djb'][0]][k]}"], "num_cols": {1, 2, 3, 4, 5},
                      "sum_formula": [1, 2, 3, 4, 5], "widths": [12, 10, 10, 10, 10, 10]}]))
    # 7-8 sign-in sheets
    for k in range(2):
        sd = signin_doc(c, 2023 + k, 11 + 4 * k, numbered=(k == 0), blanks=2)
        tb = [b for b in sd.blocks if b[0] == "table"][0][1]
        pre = [b[1] for b in sd.blocks if b[0] == "p"]
        xs_.append(("签到表", None, sd.title, [{"title": sd.title, "t": tb, "pre": pre, "widths": [8, 22, 12, 18]}], sd))
    # 9 ledger of GI product checks with notes and real dates
    rows = [[str(j), c.r.choice(TOWNS) + c.r.choice(["参茸店", "土特产店", "超市"]), c.r.choice(["人参", "蓝莓", "山葡萄酒"]),
             d_cn(c.date(2024, 3, 10)), c.r.choice(["规范使用", "未使用专用标志", "责令整改", ""])] for j in range(1, 11)]
    t = table(["序号", "检查对象", "产品", "检查日期", "检查结果"], rows, notes=["说明：空白表示检查时未营业。"])
    xs_.append(("台账", None, "地理标志产品专用标志使用检查台账",
                [{"title": "地理标志产品专用标志使用检查台账", "t": t, "date_cols": {3: 'yyyy"年"m"月"d"日"'},
                  "widths": [6, 22, 10, 16, 16]}]))
    # 10 patent statistics, two sheets (second sheet is notes text only)
    rows = [[str(y_), str(c.r.randint(20, 90)), str(c.r.randint(5, 30)), str(c.r.randint(30, 150)), str(c.r.randint(0, 4))]
            for y_ in (2020, 2021, 2022, 2023)]
    t = table(["年份", "专利申请量（件）", "专利授权量（件）", "有效注册商标增量（件）", "地理标志（件）"], rows, notes=["数据来源：县市场监管局"])
    xs_.append(("统计表", None, "松河县知识产权主要指标统计表",
                [{"title": "松河县知识产权主要指标统计表", "t": t, "num_cols": {1, 2, 3, 4}, "widths": [10, 16, 16, 20, 14]}]))
    # 11 training ledger
    rows = [[d_cn(c.date(2023, 3, 11)), c.r.choice(["县政府会议室", "青石镇政府", "县职教中心"]),
             c.r.choice(["商标品牌培育培训", "知识产权执法业务培训", "专利导航培训", "地理标志保护培训"]), str(c.r.randint(30, 150)),
             c.name()] for _ in range(7)]
    t = table(["培训日期", "地点", "培训内容", "参训人数", "主讲人"], rows, total=["合计", "", "", "", ""])
    xs_.append(("台账", ORG["zbz"][0], "2023年知识产权培训工作台账",
                [{"title": "2023年知识产权培训工作台账", "t": t, "num_cols": {3}, "sum_formula": [3],
                  "pre": [f"报送单位：{ORG['zbz'][0]}"], "hidden": {3: [d_cn(dt.date(2023, 6, 1)), "测试", "测试", "0", ""]},
                  "widths": [16, 16, 24, 10, 10]}]))
    # 12 rectification register with merged category column
    rows = []
    for cat, items in [("商标", ["清理侵权标识", "规范商标使用"]), ("专利", ["查处假冒专利标识", "规范专利标识"]),
                       ("地理标志", ["核查专用标志使用", "建立使用人名录", "开展宣传"])]:
        for it in items:
            rows.append([cat, it, c.r.choice(["已完成", "推进中"]), d_cn(c.date(2024, 6, 12))])
    t = table(["类别", "整改事项", "进展", "完成时限"], rows)
    xs_.append(("台账", ORG["zbz"][0], "知识产权保护工作检查考核反馈问题整改台账",
                [{"title": "知识产权保护工作检查考核反馈问题整改台账", "t": t, "merge_col": 0,
                  "pre": [f"{ORG['zbz'][0]}　　{d_cn(dt.date(2024, 5, 30))}"], "widths": [12, 24, 10, 16]}]))
    for i, item in enumerate(xs_, 1):
        dtp, organ, ttl, sheets = item[:4]
        name = f"d15_xlsx_{i:02d}.xlsx"
        build_xlsx(out / name, sheets, 3500 + i)
        d = Doc(dtp, organ)
        d.add("title", [ttl])
        for s in sheets:
            d.add("table", s["t"])
            for ln in s.get("pre", []):
                d.add("p", ln)
        if len(item) > 4:
            extra = item[4]
            if isinstance(extra, Doc):
                d.attendance = extra.attendance
            else:
                d.media = extra
        truth[name] = truth_of(d, "xlsx", "xlsx", None)
        truth[name].pop("pages")

    # ---------- LibreOffice conversion of text PDFs
    prof = "file:///tmp/d15_lo"
    cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp)]
    cmd += [str(p) for p, _, _ in pdf_jobs]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    for p, name, d in pdf_jobs:
        src = p.with_suffix(".pdf")
        fix_pdf(src)
        shutil.copy(src, out / name)
        truth[name] = truth_of(d, "text_pdf", "pdf", pdf_pages(out / name))
    shutil.rmtree(tmp, ignore_errors=True)

    doc = {"corpus": "dev15", "files": {k: truth[k] for k in sorted(truth)}}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(truth)} files to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE / "corpus"))
