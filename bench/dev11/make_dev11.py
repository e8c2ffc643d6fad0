"""Dev11 — an independent blind extraction corpus (untuned check) for ``ipdocs facts FILE --json``.

Usage: ``.venv/bin/python bench/dev11/make_dev11.py DIR`` writes ~80 files into DIR, ``DIR/truth.yaml`` and
``bench/dev11/truth.yaml``. Deterministic: fixed seeds, fixed timestamps (DOCX/XLSX core properties and zip entry
times, PDF metadata and IDs). Needs LibreOffice (DOCX -> text PDF) and the Noto CJK / AR PL fonts.

Setting: material that units of the fictional 青岚县 (四川省绵阳市) send to the county office for the yearly
知识产权保护工作检查考核: notices, plans, reports, 通报, minutes, sign-in sheets, ledgers, news pages. All people,
numbers, phone numbers and 文号 are invented.

Kinds: text_pdf (DOCX printed to PDF by LibreOffice), scan (image-only PDF/JPEG/PNG at 150-300 dpi, red seals over
signature dates, skew, noise), photo (phone photos: perspective, shadow, blur, moire, background), screenshot (web,
app and WeChat article pages), docx (text boxes, merged cells, house styles), xlsx (title rows, two-row headers,
merged cells, hidden rows, 合计 rows, notes below).

Truth conventions (``truth.yaml`` -> ``files: {NAME: {...}}``; a key is omitted when the fact is not shown):
- ``pages``: PDF pages; 1 for a single image; for DOCX the page count LibreOffice lays it out in; for XLSX the number
  of visible worksheets.
- ``title``: the document's title as printed, title lines joined without spaces; for a news page the headline; for
  ledgers and sign-in sheets the title row; a 文件头 such as "青岚县市场监督管理局文件" is not part of the title.
- ``organ``: the issuing organ(s) in full as printed in the 发文机关标志, the signature block, or a "填报单位/制表单位"
  line; a list when several issue jointly (in printed order), otherwise a string. News pages have no organ (the
  outlet is in ``media``). Minutes: the body named in the header/signature as issuing them.
- ``doc_type``: the genre the title names last (the wrapper: "关于印发……方案的通知" is 通知); 新闻报道 for news pages;
  台账 / 统计表 / 签到表 for sheets whose title says so; 纪要 for 会议纪要; 会议记录 for 会议记录.
- ``doc_numbers``: one item per distinct 文号 printed anywhere (header, cited in body, inside tables), ``text``
  normalised to 〔YYYY〕, ``shown`` only when the printed form differs (e.g. [2023], （2023）, spaces).
- ``dates``: one item per distinct printed date text (full dates with year, month and day, including dates in
  tables, Chinese-numeral dates such as 二〇二三年六月五日, and 2023.06.05 / 2023-06-05 / 2023/6/5 forms). A range
  "2023年7月1日至31日" gives two items, the second with ``text`` as printed ("31日") and the full ``iso``;
  "2023年7月1日至8月15日" likewise ("8月15日"). Month-only or year-only mentions are not dates. Dates in hidden XLSX
  rows or hidden sheets are not shown and not listed. Times of day are not part of the text.
- ``media``: for news pages the outlet shown as publishing the item (masthead / 来源) plus any outlet named as having
  carried or reprinted it; for media ledgers (宣传报道台账) every outlet in the visible rows. ``level`` is the outlet's
  level: 中央 (national outlets), 省级 (四川 provincial), 市级 (绵阳 city), 县级 (青岚县 outlets and its official
  accounts), 其他 (commercial portals). One item per distinct outlet name as printed.
- ``tables``: one item per logical table with at least 2 data rows (a table across a page break is one table; key-
  value forms such as a 会议记录 header are not tables). ``header``: one cell per column; under a two-row header
  the lower cell is prefixed with its merged upper cell with no separator (案件数量 + 立案 -> 案件数量立案); a cell
  spanning both header rows is given once. ``rows``: data rows only, cells as displayed (wrapped text joined without
  spaces, vertically merged cells filled into every row they span, empty cells ""), excluding title rows, header
  rows, 合计/小计 rows, notes below the table and hidden rows; ``row_count`` = len(rows).
- ``meetings``: for 会议纪要/会议记录 (typed, scanned or photographed): ``date`` (ISO), ``title`` as printed,
  ``chair`` (the person's name only, without job title), ``topics`` (agenda items as printed, without the ordinal
  such as "一、" or "1.").
- ``attendance``: for sign-in sheets, ``count`` = number of people who signed (rows with a name), ``names`` in order.
"""

# ruff: noqa: E501  (long Chinese literals: the corpus text is data)
from __future__ import annotations

import datetime as dt
import io
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DT = dt.datetime(2023, 12, 20, 9, 30, 0)
ZIP_DT = (2023, 12, 20, 9, 30, 0)

COUNTY = "青岚县"
CITY = "绵阳市"
PROV = "四川省"

F_SERIF = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2)
F_SERIF_B = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)
F_SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)
F_SANS_B = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)
F_KAI = ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)
F_MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)
_FONT_CACHE: dict = {}


def font(spec, size):
    key = (spec, int(size))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(spec[0], int(size), index=spec[1])
    return _FONT_CACHE[key]


# ----------------------------------------------------------------------------------------------- fact markup
# Text carries inline markup so the truth is taken from exactly what is printed:
#   ⟦d:ISO|printed⟧  a date;   ⟦n:prefix|year|number|printed⟧  a 文号.
MARK = re.compile(r"⟦([dn]):([^⟧]*)⟧")


class Facts:
    def __init__(self):
        self.dates: dict[str, str] = {}
        self.nums: dict[str, dict] = {}

    def eat(self, s: str) -> str:
        def sub(m):
            kind, body = m.group(1), m.group(2).split("|")
            if kind == "d":
                iso, text = body
                self.dates.setdefault(text, iso)
                return text
            prefix, year, num, shown = body
            norm = f"{prefix}〔{year}〕{num}号"
            item = {"text": norm, "organ_prefix": prefix, "year": int(year), "number": int(num)}
            if shown != norm:
                item["shown"] = shown
            self.nums.setdefault(norm, item)
            return shown

        return MARK.sub(sub, s)


def plain(s: str) -> str:
    return Facts().eat(s)


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def D(d: dt.date, style="cn"):
    iso = d.isoformat()
    if style == "cn":
        t = f"{d.year}年{d.month}月{d.day}日"
    elif style == "cnnum":
        t = "".join(CN_DIG[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"
    elif style == "dot":
        t = f"{d.year}.{d.month:02d}.{d.day:02d}"
    elif style == "dash":
        t = d.isoformat()
    elif style == "slash":
        t = f"{d.year}/{d.month}/{d.day}"
    elif style == "pad":
        t = f"{d.year}年{d.month:02d}月{d.day:02d}日"
    else:
        raise ValueError(style)
    return f"⟦d:{iso}|{t}⟧"


def DR(a: dt.date, b: dt.date):
    """A range as printed: 2023年7月1日至31日 or 2023年7月1日至8月15日 (two dates)."""
    second = f"{b.day}日" if b.month == a.month else f"{b.month}月{b.day}日"
    return f"{D(a)}至⟦d:{b.isoformat()}|{second}⟧"


def N(prefix, year, num, style="std"):
    if style == "std":
        shown = f"{prefix}〔{year}〕{num}号"
    elif style == "square":
        shown = f"{prefix}[{year}]{num}号"
    elif style == "paren":
        shown = f"{prefix}（{year}）{num}号"
    elif style == "hex":
        shown = f"{prefix}〔{year}〕{num:02d}号" if num < 10 else f"{prefix}〔{year}〕{num}号"
    elif style == "space":
        shown = f"{prefix} 〔{year}〕 {num} 号"
    else:
        raise ValueError(style)
    return f"⟦n:{prefix}|{year}|{num}|{shown}⟧"


# ----------------------------------------------------------------------------------------------- people, units
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建林波宇浩凯瑶琳晨颖鑫蕾倩雪梅婷斌辉旭亮峰琴燕东志国庆海云川岚蓉"

UNITS = [
    "县市场监管局", "县知识产权局", "县公安局", "县人民法院", "县人民检察院", "县农业农村局", "县文广旅局",
    "县商务局", "县经信局", "县科技局", "县司法局", "县教体局", "县税务局", "县融媒体中心", "云溪镇", "青龙镇",
    "白马乡", "安昌镇", "石泉镇", "县经开区管委会",
]
ORG_SJ = f"{COUNTY}市场监督管理局"
ORG_ZSCQ = f"{COUNTY}知识产权局"
ORG_GOV = f"{COUNTY}人民政府办公室"
ORG_DJ = f"{COUNTY}打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"
ORG_IPLG = f"{COUNTY}知识产权保护工作领导小组办公室"
ORG_GA = f"{COUNTY}公安局"
ORG_NY = f"{COUNTY}农业农村局"
ORG_WL = f"{COUNTY}文化广播电视和旅游局"
ORG_FY = f"{COUNTY}人民法院"
ORG_JY = f"{COUNTY}云溪镇人民政府"

PRODUCTS = ["青岚茶叶", "青岚花椒", "岚山腊肉", "白马核桃", "云溪猕猴桃", "安昌土蜂蜜", "石泉竹笋", "青岚米粉"]
GI = ["青岚花椒", "白马核桃", "云溪猕猴桃"]
SHOPS = ["云溪镇惠民超市", "青龙镇宏发五金店", "县城东街鑫源副食店", "安昌镇百佳便利店", "石泉镇农资经营部",
         "县城南街盛泰服饰店", "白马乡利民日杂店", "县城北街明远眼镜店", "县城西街佳佳母婴店", "青龙镇福顺茶庄",
         "县城滨江路美途箱包店", "安昌镇金穗农资店", "县城人民路优品电器行", "云溪镇兴隆酒坊"]
BRANDS = ["“耐克”", "“阿迪达斯”", "“五粮液”", "“剑南春”", "“茅台”", "“海尔”", "“美的”", "“小米”", "“华为”",
          "“立白”", "“蓝月亮”", "“红牛”", "“康师傅”", "“老干妈”"]
MEDIA = [
    ("人民日报", "中央"), ("新华网", "中央"), ("中国知识产权报", "中央"), ("中国市场监管报", "中央"),
    ("央视新闻客户端", "中央"), ("四川日报", "省级"), ("四川观察", "省级"), ("川观新闻", "省级"),
    ("四川市场监管", "省级"), ("绵阳日报", "市级"), ("绵阳广播电视台", "市级"), ("绵阳晚报", "市级"),
    ("青岚县融媒体中心", "县级"), ("青岚发布", "县级"), ("今日青岚", "县级"), ("腾讯新闻", "其他"),
    ("网易新闻", "其他"), ("今日头条", "其他"),
]
MEDIA_LEVEL = dict(MEDIA)


def name(rng, used=None):
    while True:
        n = rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n


def phone(rng):
    return f"138 0000 {rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"1390000{rng.randint(1000, 9999)}"


def rdate(rng, y=2023, m0=1, m1=12):
    m = rng.randint(m0, m1)
    return dt.date(y, m, rng.randint(1, 28))


# ----------------------------------------------------------------------------------------------- document model
@dataclass
class Table:
    cols: list  # each "text" or ("parent", "child")
    rows: list  # data rows (markup allowed)
    total: list | None = None
    notes: list = field(default_factory=list)
    vmerge: list = field(default_factory=list)  # column indexes whose equal consecutive cells are merged
    ruled: bool = True
    hidden: list = field(default_factory=list)  # xlsx only: rows written hidden (not truth)
    widths: list | None = None

    def two_row(self):
        return any(isinstance(c, tuple) for c in self.cols)

    def header_truth(self):
        return [c[0] + c[1] if isinstance(c, tuple) else c for c in self.cols]


@dataclass
class Doc:
    name: str
    kind: str
    fmt: str
    title: str
    doc_type: str
    organ: object = None
    blocks: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    attendance: dict | None = None
    media: list = field(default_factory=list)
    extra_text: list = field(default_factory=list)  # printed strings outside blocks (e.g. screenshot chrome)
    style: dict = field(default_factory=dict)
    pages: int | None = None

    def truth(self):
        f = Facts()
        tables = []
        for b in self.blocks:
            if b[0] == "table":
                t: Table = b[1]
                rows = [[f.eat(c) for c in r] for r in t.rows]
                if t.total:
                    [f.eat(c) for c in t.total]
                for n_ in t.notes:
                    f.eat(n_)
                if len(rows) >= 2:
                    tables.append({"header": [plain(h) for h in t.header_truth()], "row_count": len(rows),
                                   "rows": rows})
            elif b[0] == "title":
                f.eat(b[1])
            elif b[0] in ("seal", "pagebreak", "image"):
                pass
            else:
                f.eat(b[1])
        for s in self.extra_text:
            f.eat(s)
        out = {"kind": self.kind, "format": self.fmt}
        if self.pages is not None:
            out["pages"] = self.pages
        out["title"] = plain(self.title)
        if self.organ:
            out["organ"] = self.organ
        out["doc_type"] = self.doc_type
        if f.nums:
            out["doc_numbers"] = list(f.nums.values())
        if f.dates:
            out["dates"] = [{"iso": iso, "text": t} for t, iso in f.dates.items()]
        if self.media:
            seen, med = set(), []
            for o in self.media:
                if o not in seen:
                    seen.add(o)
                    med.append({"outlet": o, "level": MEDIA_LEVEL[o]})
            out["media"] = med
        if tables:
            out["tables"] = tables
        if self.meetings:
            out["meetings"] = self.meetings
        if self.attendance:
            out["attendance"] = self.attendance
        return out


# ----------------------------------------------------------------------------------------------- content builders
def title_blocks(lines):
    return [("title", ln) for ln in lines]


def sign_blocks(organs, date_markup, seal=True):
    if isinstance(organs, str):
        organs = [organs]
    out = [("right", o) for o in organs]
    out.append(("right", date_markup))
    if seal:
        out.append(("seal", organs[0]))
    return out


def contact(rng, used):
    return f"联系人：{name(rng, used)}，联系电话：{phone(rng)}。"


CITED = [
    ("绵市监发", "《绵阳市市场监督管理局关于印发〈2023年知识产权执法“铁拳”行动方案〉的通知》"),
    ("绵知发", "《绵阳市知识产权局关于做好2023年度知识产权保护工作检查考核的通知》"),
    ("川知保发", "《四川省知识产权服务促进中心关于加强地理标志保护的通知》"),
    ("绵打假办", "《绵阳市打击侵权假冒工作领导小组办公室关于印发2023年工作要点的通知》"),
    ("青府办发", "《青岚县人民政府办公室关于印发〈青岚县强化知识产权保护实施方案〉的通知》"),
]


def cite(rng, year=2023, style="std"):
    prefix, what = rng.choice(CITED)
    return f"{what}（{N(prefix, year, rng.randint(3, 96), style)}）"


def case_rows(rng, n, used, with_num=True, date_style="cn", base=dt.date(2023, 1, 5), span=330):
    rows = []
    kinds = ["销售侵犯注册商标专用权商品", "假冒专利", "销售假冒地理标志产品", "擅自使用他人有一定影响的商品名称",
             "销售侵权商品", "未经许可使用地理标志专用标志"]
    for i in range(n):
        d = base + dt.timedelta(days=rng.randint(0, span))
        shop = rng.choice(SHOPS)
        what = rng.choice(kinds)
        if "商标" in what or what == "销售侵权商品":
            what = f"{what}（{rng.choice(BRANDS)}）"
        if "地理标志" in what:
            what = f"{what}（{rng.choice(GI)}）"
        row = [str(i + 1), D(d, date_style), shop, what]
        if with_num:
            row.append(N("青市监处罚", 2023, rng.randint(10, 260)))
        row.append(f"{rng.randint(1, 60) * 500:,}".replace(",", ""))
        row.append(rng.choice(["已结案", "已结案", "办理中", "已移送公安"]))
        rows.append(row)
    return rows


def b_notice(rng, v):
    used = set()
    topics = [
        ("关于开展2023年知识产权执法“铁拳”行动的通知", "执法“铁拳”行动"),
        ("关于做好2023年知识产权宣传周活动的通知", "知识产权宣传周活动"),
        ("关于开展地理标志保护专项行动的通知", "地理标志保护专项行动"),
        ("关于报送2023年度知识产权保护工作检查考核材料的通知", "年度检查考核材料报送"),
        ("关于开展农村假冒伪劣食品专项整治的通知", "农村假冒伪劣食品专项整治"),
        ("关于开展重点商品商标侵权线索排查的通知", "商标侵权线索排查"),
        ("关于组织参加知识产权保护业务培训的通知", "知识产权保护业务培训"),
    ]
    title, topic = topics[v % len(topics)]
    joint = v % 4 == 3
    if joint:
        organs = [ORG_SJ, ORG_GA, ORG_NY]
        prefix = "青市监联发"
    else:
        organs = rng.choice([ORG_SJ, ORG_DJ, ORG_ZSCQ, ORG_IPLG])
        prefix = {ORG_SJ: "青市监发", ORG_DJ: "青打假办", ORG_ZSCQ: "青知发", ORG_IPLG: "青知保办"}[organs]
    year = 2023
    num = rng.randint(2, 88)
    issue = rdate(rng, 2023, 3, 10)
    s1 = issue + dt.timedelta(days=rng.randint(5, 12))
    e1 = dt.date(s1.year, s1.month, 28) if rng.random() < 0.5 else s1 + dt.timedelta(days=rng.randint(35, 60))
    due = e1 + dt.timedelta(days=rng.randint(3, 10))
    nstyle = rng.choice(["std", "std", "square", "paren", "space"])
    blocks = []
    if not joint:
        blocks.append(("redhead", f"{organs}文件"))
    blocks.append(("docno", N(prefix, year, num, nstyle)))
    if len(title) > 22:
        cut = title.index("的通知") if "的通知" in title else len(title) // 2
        tl = [title[:cut], title[cut:]] if 8 < cut < len(title) - 2 else [title]
    else:
        tl = [title]
    blocks += title_blocks(tl)
    blocks.append(("plain", "各乡镇人民政府，县级有关部门，县经开区管委会："))
    blocks.append(("p", f"为深入贯彻落实{cite(rng)}精神，进一步加大知识产权保护力度，营造良好的营商环境，"
                        f"经研究，决定在全县范围内开展{topic}。现将有关事项通知如下。"))
    blocks.append(("h", "一、时间安排"))
    blocks.append(("p", f"本次工作自{DR(s1, e1)}，分动员部署、集中推进、总结提升三个阶段进行。"))
    blocks.append(("h", "二、主要任务"))
    blocks.append(("p", f"（一）聚焦重点领域。围绕{rng.choice(PRODUCTS)}、{rng.choice(PRODUCTS)}等特色产品和农村市场、"
                        "校园周边、旅游景区等重点区域，严厉打击商标侵权、假冒专利和地理标志侵权违法行为。"))
    blocks.append(("p", "（二）强化协作配合。各成员单位要加强信息共享和线索移送，涉嫌犯罪的案件及时移送公安机关，"
                        "形成打击合力。"))
    blocks.append(("h", "三、工作要求"))
    blocks.append(("p", f"各单位请于{D(due, rng.choice(['cn', 'cn', 'pad']))}前将工作开展情况及典型案例报送至县市场监管局"
                        f"知识产权股，电子邮箱qlxzscq@163.com。{contact(rng, used)}"))
    table = None
    if v % 3 == 0:
        blocks.append(("plain", "附件：工作进展情况统计表"))
        rows = []
        for i, u in enumerate(rng.sample(UNITS, 6 + (v % 4))):
            rows.append([str(i + 1), u, str(rng.randint(0, 30)), str(rng.randint(0, 8)), str(rng.randint(0, 5)), ""])
        table = Table(["序号", "单位", "检查经营主体（户次）", "发现问题（个）", "立案（件）", "备注"], rows,
                      total=["合计", "", "", "", "", ""], notes=["注：此表请于每月25日前报送。"])
        tot = [sum(int(r[k]) for r in rows) for k in (2, 3, 4)]
        table.total = ["合计", "", str(tot[0]), str(tot[1]), str(tot[2]), ""]
        blocks.append(("table", table))
    blocks += sign_blocks(organs, D(issue, rng.choice(["cn", "cn", "cnnum"])))
    if v % 2 == 0:
        blocks.append(("plain", f"抄送：{CITY}市场监督管理局，县人民政府办公室。"))
        blocks.append(("plain", f"{COUNTY}市场监督管理局办公室　　{D(issue + dt.timedelta(days=1))}印发"))
    return dict(title="".join(tl), organ=organs, doc_type="通知", blocks=blocks)


def b_plan(rng, v):
    used = set()
    yr = 2023
    inner = f"{COUNTY}{yr}年知识产权保护工作实施方案" if v % 2 == 0 else f"{COUNTY}商标品牌培育和保护行动方案（2023—2025年）"
    organ = rng.choice([ORG_IPLG, ORG_SJ])
    blocks = []
    wrapped = v % 3 == 1
    if wrapped:
        tl = [f"关于印发《{inner}》", "的通知"]
        blocks.append(("redhead", f"{organ}文件"))
        blocks.append(("docno", N("青知保办" if organ == ORG_IPLG else "青市监发", yr, rng.randint(5, 40))))
        blocks += title_blocks(tl)
        blocks.append(("plain", "各乡镇人民政府，县级有关部门："))
        blocks.append(("p", f"现将《{inner}》印发给你们，请结合实际认真抓好贯彻落实。"))
        d0 = rdate(rng, yr, 2, 4)
        blocks += sign_blocks(organ, D(d0))
        blocks.append(("pagebreak",))
        blocks.append(("title", inner))
        dtype, title = "通知", "".join(tl)
    else:
        tl = [inner]
        blocks += title_blocks(tl)
        dtype, title = "方案", inner
        d0 = rdate(rng, yr, 2, 4)
    blocks.append(("p", f"为全面贯彻{cite(rng)}部署，加快建设知识产权强县，结合我县实际，制定本方案。"))
    blocks.append(("h", "一、工作目标"))
    blocks.append(("p", f"到{yr}年底，全县有效发明专利拥有量达到{rng.randint(60, 150)}件，有效注册商标总量突破"
                        f"{rng.randint(3000, 6000)}件，地理标志运用促进工程取得明显成效，知识产权保护社会满意度稳步提升。"))
    blocks.append(("h", "二、重点任务"))
    tasks = ["加强商标专用权保护", "加大专利侵权纠纷行政裁决力度", "强化地理标志产品保护", "推进知识产权纠纷多元化解",
             "开展知识产权宣传培训", "加强农村和城乡结合部市场整治", "健全知识产权信用监管", "建设知识产权维权援助工作站"]
    leads = ["县市场监管局", "县市场监管局", "县农业农村局", "县司法局", "县知识产权局", "县公安局"]
    rows = []
    for i, t in enumerate(rng.sample(tasks, 6)):
        lead = leads[i] if i < len(leads) else rng.choice(leads)
        partners = "、".join(rng.sample([u for u in UNITS[:13] if u != lead], 2))
        end = rng.choice([D(dt.date(yr, rng.randint(6, 12), rng.choice([15, 30 if True else 28])), "cn"), "长期坚持", "持续推进"])
        rows.append([str(i + 1), t, lead, partners, end])
    rows.sort(key=lambda r: r[2])
    for i, r in enumerate(rows):
        r[0] = str(i + 1)
    blocks.append(("p", "各项重点任务分工如下表。"))
    blocks.append(("table", Table(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], rows, vmerge=[2],
                                  widths=[0.08, 0.32, 0.18, 0.26, 0.16])))
    blocks.append(("h", "三、实施步骤"))
    a = dt.date(yr, rng.randint(3, 4), rng.randint(1, 10))
    b = dt.date(yr, a.month, 30)
    c = dt.date(yr, 11, rng.randint(1, 20))
    blocks.append(("p", f"（一）部署阶段（{DR(a, b)}）。各单位制定具体措施，明确责任人。"))
    blocks.append(("p", f"（二）实施阶段（{D(b + dt.timedelta(days=1))}至{D(c)}）。全面推进各项任务。"))
    blocks.append(("p", f"（三）总结阶段。各单位于{D(dt.date(yr, 12, 10))}前报送年度工作总结。{contact(rng, used)}"))
    if not wrapped:
        blocks += sign_blocks(organ, D(d0, "cn"), seal=False)
    return dict(title=title, organ=organ, doc_type=dtype, blocks=blocks)


def stat_table(rng, nrows, two_row=True, units=None):
    units = units or (rng.sample(UNITS, nrows) if nrows <= len(UNITS) else
                      [f"{COUNTY}第{i + 1}市场监管所" for i in range(nrows)])
    rows = []
    for u in units[:nrows]:
        a = rng.randint(0, 25)
        b = rng.randint(0, a)
        rows.append([u, str(a), str(b), f"{rng.randint(0, 900) / 10:.1f}", f"{rng.randint(0, 500) / 10:.1f}",
                     str(rng.randint(0, 3)), str(rng.randint(0, 5))])
    if two_row:
        cols = ["单位", ("案件数量（件）", "立案"), ("案件数量（件）", "结案"), "涉案金额（万元）", "罚没金额（万元）",
                ("移送司法机关", "件数"), ("移送司法机关", "人数")]
    else:
        cols = ["单位", "立案（件）", "结案（件）", "涉案金额（万元）", "罚没金额（万元）", "移送案件（件）", "移送人数（人）"]
    tot = ["合计"] + [str(sum(int(r[k]) for r in rows)) for k in (1, 2)] + \
          [f"{sum(float(r[k]) for r in rows):.1f}" for k in (3, 4)] + [str(sum(int(r[k]) for r in rows)) for k in (5, 6)]
    return Table(cols, rows, total=tot, widths=[0.25, 0.11, 0.11, 0.14, 0.14, 0.125, 0.125])


def b_report(rng, v, long_table=False):
    used = set()
    yr = 2023
    organ = rng.choice([ORG_SJ, ORG_ZSCQ, ORG_DJ])
    if v % 2 == 0:
        tl = [f"{organ}", f"{yr}年知识产权保护工作总结"]
        dtype = "总结"
    else:
        tl = ["关于2023年上半年知识产权保护", "工作情况的报告"]
        dtype = "报告"
    blocks = []
    if dtype == "报告":
        blocks.append(("docno", N("青市监报" if organ == ORG_SJ else "青知报", yr, rng.randint(3, 30))))
    blocks += title_blocks(tl)
    if dtype == "报告":
        blocks.append(("plain", f"{CITY}市场监督管理局："))
    nc = rng.randint(30, 80)
    blocks.append(("p", f"{yr}年以来，我局认真贯彻落实{cite(rng)}要求，共出动执法人员{rng.randint(800, 2000)}人次，"
                        f"检查经营主体{rng.randint(2000, 6000)}户次，立案查处侵权假冒案件{nc}件，"
                        f"罚没款{rng.randint(30, 200)}.{rng.randint(1, 9)}万元。现将有关情况报告如下。"))
    blocks.append(("h", "一、主要工作及成效"))
    d1 = rdate(rng, yr, 4, 4)
    blocks.append(("p", f"（一）开展集中宣传。{D(d1)}，在县城人民广场举办“4·26”知识产权宣传周主题活动，"
                        f"发放宣传资料{rng.randint(1000, 5000)}份，接受群众咨询{rng.randint(100, 600)}人次。"))
    d2 = rdate(rng, yr, 5, 9)
    blocks.append(("p", f"（二）强化执法办案。{D(d2, 'dot')}查获一起销售假冒{rng.choice(BRANDS)}商品案，"
                        "案值较大，已依法移送公安机关。"))
    blocks.append(("p", "（三）推进地理标志保护。指导" + "、".join(GI) + "等地理标志产品生产企业规范使用专用标志。"))
    blocks.append(("h", "二、案件查办情况"))
    blocks.append(("p", "各单位案件查办情况见下表。"))
    n = rng.randint(22, 30) if long_table else rng.randint(6, 10)
    units = [f"{COUNTY}市场监管局{x}所" for x in
             ["城区", "云溪", "青龙", "白马", "安昌", "石泉", "龙门", "双河", "太平", "黄土", "宝林", "花园",
              "新桥", "桑枣", "秀水", "永安", "河口", "高川", "清平", "茶坪", "金家", "塔水", "曲山", "擂鼓",
              "晓坝", "睢水", "雎水", "沸水", "香泉", "乐安"]]
    t = stat_table(rng, n, two_row=(v % 2 == 0), units=rng.sample(units, n))
    t.notes = ["注：数据统计截至" + D(dt.date(yr, 6 if dtype == "报告" else 11, 30)) + "。"]
    blocks.append(("table", t))
    blocks.append(("h", "三、存在问题及下步打算"))
    blocks.append(("p", "一是基层执法力量不足；二是线上侵权行为发现难、取证难。下一步，我们将继续加强部门协作，"
                        f"{contact(rng, used)}"))
    d3 = dt.date(yr, 7 if dtype == "报告" else 12, rng.randint(2, 20))
    blocks += sign_blocks(organ, D(d3, rng.choice(["cn", "cnnum"])))
    return dict(title="".join(tl), organ=organ, doc_type=dtype, blocks=blocks)


def b_tongbao(rng, v):
    used = set()
    organ = rng.choice([ORG_DJ, ORG_SJ])
    q = rng.randint(1, 3)
    tl = [f"关于2023年第{'一二三四'[q - 1]}季度侵权假冒案件", "查办情况的通报"]
    blocks = [("redhead", f"{organ}文件"),
              ("docno", N("青打假办" if organ == ORG_DJ else "青市监发", 2023, rng.randint(10, 60),
                          rng.choice(["std", "square"])))]
    blocks += title_blocks(tl)
    blocks.append(("plain", "各乡镇，县打击侵权假冒工作领导小组各成员单位："))
    n = rng.randint(5, 9) if v % 2 else rng.randint(10, 16)
    rows = case_rows(rng, n, used, date_style=rng.choice(["cn", "dash", "dot"]), base=dt.date(2023, q * 3 - 2, 1),
                     span=88)
    rows.sort(key=lambda r: MARK.search(r[1]).group(2))
    for i, r in enumerate(rows):
        r[0] = str(i + 1)
    blocks.append(("p", f"第{'一二三四'[q - 1]}季度，全县共查办侵权假冒案件{n}件。现将案件查办情况通报如下。"))
    t = Table(["序号", "立案日期", "当事人", "案由", "处罚决定书文号", "罚没金额（元）", "办理状态"], rows,
              ruled=(v % 3 != 2), widths=[0.06, 0.15, 0.17, 0.25, 0.18, 0.1, 0.09])
    t.total = ["合计", "", "", "", "", str(sum(int(r[5]) for r in rows)), ""]
    blocks.append(("table", t))
    blocks.append(("p", f"请各单位对照通报查漏补缺，切实提升办案质效。{contact(rng, used)}"))
    blocks += sign_blocks(organ, D(dt.date(2023, q * 3 + 1, rng.randint(5, 20))))
    return dict(title="".join(tl), organ=organ, doc_type="通报", blocks=blocks)


def b_letter(rng, v):
    used = set()
    other = rng.choice(["江油市市场监督管理局", "安州区市场监督管理局", "梓潼县市场监督管理局", "平武县市场监督管理局"])
    tl = ["关于商请协助核查涉嫌侵犯注册商标", "专用权案件线索的函"]
    d = rdate(rng, 2023, 5, 10)
    blocks = [("docno", N("青市监函", 2023, rng.randint(5, 40)))] + title_blocks(tl)
    blocks.append(("plain", f"{other}："))
    blocks.append(("p", f"{D(d - dt.timedelta(days=rng.randint(5, 20)))}，我局在日常检查中发现{rng.choice(SHOPS)}"
                        f"销售的标注{rng.choice(BRANDS)}商标的商品涉嫌侵权，据当事人供述，涉案商品购自贵辖区某批发部。"
                        "根据《市场监督管理行政处罚程序规定》有关规定，商请贵局协助核查涉案商品来源。"))
    blocks.append(("p", f"请于{D(d + dt.timedelta(days=20))}前将核查结果函告我局。{contact(rng, used)}"))
    blocks += sign_blocks(ORG_SJ, D(d))
    return dict(title="".join(tl), organ=ORG_SJ, doc_type="函", blocks=blocks)


def b_opinion(rng, v):
    organs = [ORG_SJ, ORG_GA, ORG_FY, f"{COUNTY}人民检察院"]
    tl = ["关于强化知识产权协同保护的", "实施意见"]
    blocks = [("docno", N("青市监联发", 2023, rng.randint(2, 20)))] + title_blocks(tl)
    blocks.append(("plain", "各有关单位："))
    blocks.append(("p", f"为贯彻落实{cite(rng)}，构建行政执法与刑事司法有效衔接的知识产权协同保护格局，提出如下意见。"))
    for i, t in enumerate(["建立联席会议制度", "健全案件移送机制", "加强信息共享", "开展联合培训"]):
        blocks.append(("p", f"{'一二三四'[i]}、{t}。各单位确定一名联络员，每季度召开一次联络员会议，通报案件办理情况。"))
    d = rdate(rng, 2023, 3, 9)
    blocks.append(("p", f"本意见自{D(d + dt.timedelta(days=10))}起施行。"))
    blocks += sign_blocks(organs, D(d), seal=False)
    return dict(title="".join(tl), organ=organs, doc_type="意见", blocks=blocks)


def b_brief(rng, v):
    organ = ORG_IPLG
    issue = rdate(rng, 2023, 4, 11)
    blocks = [("title", "知识产权保护工作简报"), ("center", f"第{rng.randint(3, 15)}期"),
              ("split", f"{organ}‖{D(issue)}"), ("rule", "")]
    used = set()
    for _ in range(3):
        u = rng.choice(UNITS[:14])
        d = issue - dt.timedelta(days=rng.randint(3, 30))
        head = rng.choice(["扎实开展知识产权进企业活动", "召开地理标志保护工作推进会", "集中销毁一批侵权假冒商品",
                           "开展校园周边文具市场专项检查", "举办商标品牌培育专题培训"])
        blocks.append(("h", f"【{u}】{head}"))
        blocks.append(("p", f"{D(d, rng.choice(['cn', 'cn', 'pad']))}，{u}组织工作人员{rng.randint(5, 30)}人次开展相关工作，"
                            f"共走访企业{rng.randint(3, 40)}家，发放宣传册{rng.randint(100, 800)}份。（{name(rng, used)}）"))
    blocks.append(("plain", f"报：{CITY}知识产权局，县委办、县政府办。"))
    blocks.append(("plain", "送：县知识产权保护工作领导小组各成员单位。"))
    return dict(title="知识产权保护工作简报", organ=organ, doc_type="简报", blocks=blocks)


MEET_TOPICS = [
    "通报2023年上半年全县知识产权保护工作情况", "研究部署知识产权执法“铁拳”行动", "审议《青岚县知识产权纠纷多元化解工作办法》",
    "讨论年度检查考核迎检工作分工", "研究地理标志产品保护措施", "听取各成员单位侵权假冒案件查办情况汇报",
    "安排知识产权宣传周活动", "研究商标品牌培育工作",
]


def b_minutes(rng, v, record=False):
    used = set()
    chair = name(rng, used)
    d = rdate(rng, 2023, 3, 11)
    topics = rng.sample(MEET_TOPICS, rng.randint(2, 4))
    place = rng.choice(["县政府三楼会议室", "县市场监管局五楼会议室", "县政务服务中心二楼会议室"])
    attendees = [name(rng, used) for _ in range(rng.randint(6, 10))]
    if record:
        title = rng.choice(["知识产权保护工作专题会议记录", "打击侵权假冒工作推进会会议记录", "会议记录"])
        blocks = [("title", title)]
        blocks.append(("kv", f"会议时间：{D(d, rng.choice(['cn', 'pad', 'dot']))} 下午14:30"))
        blocks.append(("kv", f"会议地点：{place}"))
        blocks.append(("kv", f"主 持 人：{chair}"))
        blocks.append(("kv", f"记 录 人：{name(rng, used)}"))
        blocks.append(("kv", "参会人员：" + "、".join(attendees)))
        blocks.append(("kv", "会议议题："))
        for i, t in enumerate(topics):
            blocks.append(("kv", f"{i + 1}.{t}"))
        blocks.append(("kv", "会议内容："))
        for t in topics[:2]:
            blocks.append(("p", f"{rng.choice(attendees)}：关于{t[:8]}……，建议各单位按照职责分工抓好落实，"
                                "加强沟通协调。"))
        blocks.append(("p", f"{chair}：会议议定的事项，请于{D(d + dt.timedelta(days=15))}前落实到位。"))
        organ = None
        dtype = "会议记录"
    else:
        title = rng.choice([f"{COUNTY}知识产权保护工作联席会议纪要", f"{COUNTY}打击侵权假冒工作领导小组会议纪要"])
        organ = ORG_IPLG if "知识产权" in title else ORG_DJ
        blocks = [("title", title), ("center", f"〔2023〕第{rng.randint(1, 6)}期")]
        role = rng.choice(["县政府副县长", "县市场监管局局长", "县政府办副主任"])
        blocks.append(("p", f"{D(d)}，{role}{chair}在{place}主持召开会议。县市场监管局、县公安局、县农业农村局等"
                            f"成员单位负责同志参加会议。会议议题如下："))
        for i, t in enumerate(topics):
            blocks.append(("p", f"{'一二三四'[i]}、{t}"))
        blocks.append(("p", "会议议定：各成员单位要压实工作责任，形成工作合力，确保年度考核取得好成绩。"))
        blocks.append(("plain", "出席：" + "、".join(attendees)))
        blocks += sign_blocks(organ, D(d + dt.timedelta(days=2)), seal=False)
        dtype = "纪要"
    return dict(title=title, organ=organ, doc_type=dtype, blocks=blocks,
                meetings=[{"date": d.isoformat(), "title": title, "chair": chair, "topics": topics}])


def b_signin(rng, v):
    used = set()
    d = rdate(rng, 2023, 3, 11)
    what = rng.choice(["知识产权保护业务培训会", "打击侵权假冒工作联席会议", "地理标志保护工作推进会", "商标品牌培育座谈会"])
    title = f"{COUNTY}2023年{what}签到表"
    n = rng.randint(8, 16)
    rows = []
    for i in range(n):
        rows.append([str(i + 1), rng.choice(UNITS), name(rng, used), rng.choice(["股长", "副局长", "科员", "所长", "主任", "干部"]),
                     phone(rng)])
    blocks = [("title", title), ("kv", f"时间：{D(d, rng.choice(['cn', 'pad']))}　　地点：{rng.choice(['县政务中心三楼会议室', '县市场监管局五楼会议室'])}")]
    blocks.append(("table", Table(["序号", "单位", "姓名", "职务", "联系电话"], rows, widths=[0.08, 0.3, 0.18, 0.16, 0.28],
                                  ruled=True)))
    return dict(title=title, organ=None, doc_type="签到表", blocks=blocks,
                attendance={"count": n, "names": [r[2] for r in rows]}, hand_col=2)


def b_ledger_cases(rng, v):
    used = set()
    organ = ORG_SJ
    title = f"{organ}2023年侵权假冒案件查办台账"
    rows = case_rows(rng, rng.randint(8, 14), used, date_style=rng.choice(["cn", "dash", "slash"]))
    rows.sort(key=lambda r: MARK.search(r[1]).group(2))
    for i, r in enumerate(rows):
        r[0] = str(i + 1)
    t = Table(["序号", "立案日期", "当事人", "案由", "处罚决定书文号", "罚没金额（元）", "办理状态"], rows,
              widths=[0.06, 0.15, 0.17, 0.25, 0.18, 0.1, 0.09])
    t.total = ["合计", "", "", "", "", str(sum(int(r[5]) for r in rows)), ""]
    fill = rdate(rng, 2023, 12, 12)
    t.notes = ["注：案由按立案时认定填写；罚没金额含没收违法所得。", f"填表人：{name(rng, used)}　　审核人：{name(rng, used)}　　填报日期：{D(fill)}"]
    blocks = [("title", title), ("kv", f"填报单位（盖章）：{organ}"), ("table", t)]
    return dict(title=title, organ=organ, doc_type="台账", blocks=blocks)


NEWS_HEADS = [
    "青岚县开展“4·26”知识产权宣传周系列活动", "青岚县查获一批假冒注册商标白酒", "“青岚花椒”地理标志保护工作再上新台阶",
    "青岚县集中销毁侵权假冒伪劣商品价值80余万元", "青岚县举办知识产权保护业务培训班", "青岚：以知识产权护航特色产业发展",
    "青岚县市场监管局走进企业开展商标品牌培育指导", "青岚县成立首家知识产权维权援助工作站",
]


def b_media_ledger(rng, v):
    used = set()
    organ = rng.choice([ORG_SJ, ORG_ZSCQ])
    title = f"{COUNTY}2023年知识产权宣传报道台账"
    rows = []
    outlets = []
    for i in range(rng.randint(7, 12)):
        o, lvl = rng.choice(MEDIA)
        outlets.append(o)
        d = rdate(rng, 2023, 1, 12)
        rows.append([str(i + 1), rng.choice(NEWS_HEADS), o, lvl, D(d, rng.choice(["cn", "dash"])),
                     rng.choice(["网络", "报纸", "客户端", "电视", "微信公众号"])])
    t = Table(["序号", "报道标题", "刊发媒体", "媒体级别", "刊发时间", "载体"], rows, widths=[0.06, 0.4, 0.16, 0.1, 0.16, 0.12])
    t.notes = [f"制表：{name(rng, used)}　　联系电话：{phone(rng)}"]
    blocks = [("title", title), ("kv", f"填报单位：{organ}"), ("table", t)]
    return dict(title=title, organ=organ, doc_type="台账", blocks=blocks, media=outlets)


def b_ip_ledger(rng, v):
    organ = ORG_ZSCQ
    if v % 2 == 0:
        title = f"{COUNTY}2023年新增注册商标统计台账"
        rows = []
        for i in range(rng.randint(8, 13)):
            rows.append([str(i + 1), rng.choice(["岚香", "青岚山", "云溪人家", "白马坡", "石泉翠", "安昌蜜", "岚上",
                                                 "川岚红", "龙门雪芽", "青禾"]) + rng.choice(["", "及图"]),
                         str(rng.randint(60000000, 69999999)), rng.choice(SHOPS[:6]).replace("超市", "农业有限公司"),
                         f"第{rng.randint(1, 45)}类", D(rdate(rng, 2023, 1, 11), rng.choice(["cn", "dash"]))])
        cols = ["序号", "商标名称", "注册号", "注册人", "核定类别", "注册日期"]
        dtype = "台账"
    else:
        title = f"{COUNTY}2023年专利授权情况统计表"
        rows = []
        for i in range(rng.randint(8, 13)):
            rows.append([str(i + 1), rng.choice(["一种花椒烘干装置", "一种茶叶揉捻机", "一种核桃破壳设备", "一种竹笋保鲜方法",
                                                 "一种猕猴桃分拣装置", "一种蜂蜜过滤器", "一种米粉成型模具"]),
                         f"ZL 2022 2 {rng.randint(1000, 9999)}{rng.randint(1000, 9999)}.{rng.randint(0, 9)}",
                         rng.choice(["发明", "实用新型", "实用新型", "外观设计"]),
                         f"{COUNTY}{rng.choice(['岚山', '云溪', '青禾', '川林', '白马'])}{rng.choice(['农业', '食品', '机械'])}有限公司",
                         D(rdate(rng, 2023, 1, 11), rng.choice(["cn", "dot"]))])
        cols = ["序号", "专利名称", "专利号", "专利类型", "专利权人", "授权公告日"]
        dtype = "统计表"
    t = Table(cols, rows)
    blocks = [("title", title), ("kv", f"制表单位：{organ}"), ("table", t)]
    return dict(title=title, organ=organ, doc_type=dtype, blocks=blocks)


def b_stat(rng, v):
    organ = ORG_DJ
    title = f"{COUNTY}2023年打击侵权假冒工作统计表"
    t = stat_table(rng, rng.randint(6, 10), two_row=True)
    d = rdate(rng, 2023, 12, 12)
    t.notes = ["说明：1.本表按季度累计填报；2.涉案金额按货值计算。", f"填报日期：{D(d, rng.choice(['cn', 'dash']))}"]
    blocks = [("title", title), ("kv", f"填报单位：{organ}　　　　单位：件、万元、人"), ("table", t)]
    return dict(title=title, organ=organ, doc_type="统计表", blocks=blocks)


def b_news(rng, v):
    used = set()
    head = NEWS_HEADS[v % len(NEWS_HEADS)]
    d = rdate(rng, 2023, 4, 11)
    paras = [
        f"{D(d, 'cn')}，记者从青岚县市场监管局获悉，该县持续加大知识产权保护力度，今年以来共查办侵权假冒案件"
        f"{rng.randint(20, 80)}件，有力维护了市场秩序。",
        "据介绍，该县围绕{}、{}等特色产品".format(*rng.sample(PRODUCTS[:5], 2)) + "，建立“企业+协会+监管”协同保护机制，"
        f"指导{rng.randint(10, 40)}家企业规范使用地理标志专用标志。",
        f"“下一步，我们将持续开展专项整治，让侵权者付出沉重代价。”县市场监管局相关负责人{name(rng, used)}表示。",
    ]
    return dict(title=head, organ=None, doc_type="新闻报道", news_date=d, paras=paras, blocks=[])


# ----------------------------------------------------------------------------------------------- DOCX
def _docx_mod():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    return docx, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, parse_xml, nsdecls, qn, Cm, Pt, RGBColor


def _set_run_font(run, face, size=None, bold=False, color=None):
    _, _, _, _, _, qn, _, Pt, RGBColor = _docx_mod()
    run.font.name = face
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), face)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _textbox_xml(lines, face, size, width_pt=230, height_pt=70):
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="{face}" w:ascii="{face}"/>'
        f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
        for ln in lines)
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#000000">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def write_docx(doc: Doc, path: Path, rng):
    docx, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, parse_xml, nsdecls, qn, Cm, Pt, RGBColor = _docx_mod()
    st = doc.style
    body_face = st.get("face", "Noto Serif CJK SC")
    head_face = st.get("head_face", "Noto Sans CJK SC")
    size = st.get("size", 14)
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(st.get("margin", 2.7))
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.5)
    normal = d.styles["Normal"]
    normal.font.name = body_face
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), body_face)
    cp = d.core_properties
    cp.author, cp.last_modified_by = "青岚县", "青岚县"
    cp.created = cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""

    def para(text, align=None, indent=False, face=None, sz=None, bold=False, color=None, space_after=2):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt((sz or size) * 2)
        p.paragraph_format.space_after = Pt(space_after)
        p.paragraph_format.line_spacing = 1.25
        r = p.add_run(plain(text))
        _set_run_font(r, face or body_face, sz or size, bold, color)
        return p

    textbox_sign = st.get("textbox_sign", False)
    sign_lines = []
    for b in doc.blocks:
        t = b[0]
        if t == "redhead":
            if st.get("textbox_head"):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p._p.append(parse_xml(_textbox_xml([plain(b[1])], head_face, 17, 440, 40).replace(
                    "<w:rFonts", '<w:color w:val="E00000"/><w:rFonts')))
            else:
                para(b[1], WD_ALIGN_PARAGRAPH.CENTER, face=head_face, sz=26, bold=True, color=(220, 0, 0), space_after=6)
        elif t == "docno":
            p = para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
            if st.get("redline", True):
                ppr = p._p.get_or_add_pPr()
                ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="4" '
                                     'w:color="E00000"/></w:pBdr>'))
        elif t == "title":
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, face=head_face, sz=size + 6, bold=True, space_after=4)
        elif t == "center":
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif t == "split":
            left, right = b[1].split("‖")
            p = para(f"{left}　　　　{right}")
        elif t == "rule":
            p = d.add_paragraph()
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="1" '
                                 'w:color="C00000"/></w:pBdr>'))
        elif t == "h":
            para(b[1], indent=True, face=head_face, bold=st.get("h_bold", False),
                 color=st.get("h_color"))
        elif t == "p":
            para(b[1], indent=True)
        elif t in ("plain", "kv"):
            para(b[1])
        elif t == "right":
            if textbox_sign:
                sign_lines.append(plain(b[1]))
            else:
                para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == "seal":
            pass
        elif t == "pagebreak":
            d.add_page_break()
        elif t == "table":
            _docx_table(d, b[1], body_face, head_face, max(9, size - 3.5), doc.style)
    if sign_lines:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        w = max(len(x) for x in sign_lines) * size * 1.05 + 20
        p._p.append(parse_xml(_textbox_xml(sign_lines, body_face, size, w, size * 1.6 * len(sign_lines) + 16)))
    d.save(path)


def _docx_table(d, t: Table, body_face, head_face, sz, st):
    docx, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, parse_xml, nsdecls, qn, Cm, Pt, RGBColor = _docx_mod()
    ncol = len(t.cols)
    hrows = 2 if t.two_row() else 1
    nrows = hrows + len(t.rows) + (1 if t.total else 0)
    tb = d.add_table(rows=nrows, cols=ncol)
    if t.ruled:
        tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER

    def put(cell, text, bold=False, face=None):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(plain(text))
        _set_run_font(r, face or body_face, sz, bold)

    if hrows == 1:
        for j, c in enumerate(t.cols):
            put(tb.cell(0, j), c, True, head_face)
    else:
        j = 0
        while j < ncol:
            c = t.cols[j]
            if isinstance(c, tuple):
                k = j
                while k + 1 < ncol and isinstance(t.cols[k + 1], tuple) and t.cols[k + 1][0] == c[0]:
                    k += 1
                m = tb.cell(0, j).merge(tb.cell(0, k))
                put(m, c[0], True, head_face)
                for q in range(j, k + 1):
                    put(tb.cell(1, q), t.cols[q][1], True, head_face)
                j = k + 1
            else:
                m = tb.cell(0, j).merge(tb.cell(1, j))
                put(m, c, True, head_face)
                j += 1
    for i, r in enumerate(t.rows):
        for j, c in enumerate(r):
            put(tb.cell(hrows + i, j), c)
    for col in t.vmerge:
        i = 0
        while i < len(t.rows):
            k = i
            while k + 1 < len(t.rows) and t.rows[k + 1][col] == t.rows[i][col]:
                k += 1
            if k > i:
                m = tb.cell(hrows + i, col).merge(tb.cell(hrows + k, col))
                put(m, t.rows[i][col])
            i = k + 1
    if t.total:
        put(tb.cell(nrows - 1, 0), t.total[0], True)
        for j, c in enumerate(t.total[1:], 1):
            put(tb.cell(nrows - 1, j), c)
    if t.widths:
        tb.autofit = False
        for j, w in enumerate(t.widths):
            tb.columns[j].width = Cm(15.6 * w)
            for row in tb.rows:
                row.cells[j].width = Cm(15.6 * w)
    for n_ in t.notes:
        p = d.add_paragraph()
        r = p.add_run(plain(n_))
        _set_run_font(r, body_face, sz)


# ----------------------------------------------------------------------------------------------- determinism helpers
def normalize_zip(path: Path):
    """Rewrite an OOXML zip with fixed entry times and a fixed core-properties timestamp."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nm, data in items:
            if nm == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2023-12-20T09:30:00Z", data)
            info = zipfile.ZipInfo(nm, ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _fix_len(fixed: bytes, n: int) -> bytes:
    return fixed[:n].ljust(n, b"0")


def normalize_pdf(path: Path):
    """Fixed dates and IDs in a LibreOffice PDF, keeping every byte offset unchanged."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:([^)]*)\)", lambda m: b"(D:" + _fix_len(b"20231220093000+08'00'", len(m.group(1))) + b")",
                  data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"A", m.group(0).replace(b"/ID", b"/@@")).replace(b"/@@", b"/ID"), data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))),
                  data)
    data = re.sub(rb"(<xmp:\w+Date>)([^<]*)", lambda m: m.group(1) + _fix_len(b"2023-12-20T09:30:00+08:00",
                                                                             len(m.group(2))), data)
    path.write_bytes(data)


def soffice_pdf(docx_paths, outdir: Path):
    prof = Path(tempfile.mkdtemp(prefix="lo_dev11_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


# ----------------------------------------------------------------------------------------------- image rendering
def wrap(text, fnt, width):
    lines, cur = [], ""
    for ch in text:
        if ch in "，。、；：）》”！？" and not cur and lines:
            lines[-1] += ch  # no line starts with closing punctuation
            continue
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if fnt.getlength(cur + ch) > width and cur:
            # keep closing punctuation on the line (避头)
            if ch in "，。、；：）》”！？":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


@dataclass
class Unit:
    h: int
    draw: object  # callable(img, draw, x, y)
    keep_next: bool = False


def layout(doc: Doc, W, dpi, st):
    """Turn blocks into drawable units for a page of content width W (px)."""
    k = dpi / 72.0
    body = font(st.get("body_font", F_SERIF), st.get("size", 12) * k)
    bold = font(st.get("head_font", F_SANS_B), st.get("size", 12) * k)
    titlef = font(st.get("title_font", F_SANS_B), (st.get("size", 12) + 5) * k)
    red = font(F_SERIF_B, (st.get("size", 12) + 12) * k)
    ink = st.get("ink", (25, 25, 25))
    hand = font(F_KAI, st.get("size", 12) * k * 1.1)
    lh = int(body.size * 1.65)
    units = []
    seal_marks = []

    def text_units(text, fnt, align="left", indent=0, color=ink, gap=0):
        s = plain(text)
        lines = wrap(s, fnt, W - indent)
        out = []
        for i, ln in enumerate(lines):
            ind = indent if i == 0 else 0

            def dr(img, d, x, y, ln=ln, ind=ind):
                if align == "center":
                    xx = x + (W - fnt.getlength(ln)) / 2
                elif align == "right":
                    xx = x + W - fnt.getlength(ln) - 2 * body.size
                else:
                    xx = x + ind
                d.text((xx, y), ln, font=fnt, fill=color)
                return (xx, y, xx + fnt.getlength(ln), y + fnt.size)

            out.append(Unit(int(fnt.size * 1.65) + (gap if i == len(lines) - 1 else 0), dr))
        return out

    for b in doc.blocks:
        t = b[0]
        if t == "redhead":
            units += text_units(b[1], red, "center", color=(215, 20, 20), gap=int(0.3 * lh))

            def rl(img, d, x, y):
                d.line((x, y + 4, x + W, y + 4), fill=(215, 20, 20), width=max(2, int(k * 1.5)))
            units.append(Unit(int(lh * 0.5), rl))
        elif t == "docno":
            units += text_units(b[1], body, "center", gap=int(0.6 * lh))
        elif t == "title":
            units += text_units(b[1], titlef, "center", gap=int(0.3 * lh))
        elif t == "center":
            units += text_units(b[1], body, "center")
        elif t == "split":
            left, right = b[1].split("‖")
            lt, rt = plain(left), plain(right)

            def sp(img, d, x, y, lt=lt, rt=rt):
                d.text((x, y), lt, font=body, fill=ink)
                d.text((x + W - body.getlength(rt), y), rt, font=body, fill=ink)
            units.append(Unit(lh, sp))
        elif t == "rule":
            units.append(Unit(int(lh * 0.5), lambda img, d, x, y: d.line((x, y + 3, x + W, y + 3), fill=(200, 30, 30),
                                                                            width=max(2, int(k)))))
        elif t == "h":
            units += text_units(b[1], bold, indent=2 * body.size)
        elif t == "p":
            units += text_units(b[1], body, indent=2 * body.size)
        elif t in ("plain", "kv"):
            units += text_units(b[1], body)
        elif t == "right":
            us = text_units(b[1], body, "right")
            units += us
        elif t == "seal":
            organ = b[1]

            def sl(img, d, x, y, organ=organ):
                seal_marks.append((organ, x + W - 6 * body.size, y - 1.4 * lh))
            units.append(Unit(0, sl))
        elif t == "pagebreak":
            units.append(Unit(-1, None))
        elif t == "table":
            units += table_units(b[1], W, body, bold, ink, st, hand if st.get("hand_col") is not None else None)
        elif t == "image":
            h = int(b[1] * W)

            def im(img, d, x, y, h=h):
                d.rectangle((x + W * 0.1, y, x + W * 0.9, y + h - lh * 0.5), fill=(170, 185, 200))
                d.text((x + W * 0.42, y + h / 2 - lh), "（图片）", font=body, fill=(90, 90, 90))
            units.append(Unit(h, im))
    return units, seal_marks


def table_units(t: Table, W, body, bold, ink, st, hand):
    ncol = len(t.cols)
    pad = int(body.size * 0.35)
    if t.widths:
        ws = [w * W for w in t.widths]
    else:
        need = []
        for j in range(ncol):
            cells = [plain(t.header_truth()[j])] + [plain(r[j]) for r in t.rows]
            need.append(max(2.5, min(14, max(len(c) for c in cells))))
        ws = [n_ / sum(need) * W for n_ in need]
    xs = [0]
    for w in ws:
        xs.append(xs[-1] + w)
    lh = int(body.size * 1.35)
    line_w = max(1, int(body.size / 14))
    col = (40, 40, 40)
    units = []

    def cell_lines(text, j, fnt):
        return wrap(plain(text), fnt, ws[j] - 2 * pad)

    # header
    hrows = 2 if t.two_row() else 1

    def head_draw(img, d, x, y):
        rh = lh + 2 * pad
        j = 0
        while j < ncol:
            c = t.cols[j]
            if isinstance(c, tuple):
                k = j
                while k + 1 < ncol and isinstance(t.cols[k + 1], tuple) and t.cols[k + 1][0] == c[0]:
                    k += 1
                x0, x1 = x + xs[j], x + xs[k + 1]
                d.text(((x0 + x1 - bold.getlength(c[0])) / 2, y + pad), c[0], font=bold, fill=ink)
                if t.ruled:
                    d.rectangle((x0, y, x1, y + rh), outline=col, width=line_w)
                for q in range(j, k + 1):
                    s = t.cols[q][1]
                    d.text((x + xs[q] + (ws[q] - bold.getlength(s)) / 2, y + rh + pad), s, font=bold, fill=ink)
                    if t.ruled:
                        d.rectangle((x + xs[q], y + rh, x + xs[q + 1], y + 2 * rh), outline=col, width=line_w)
                j = k + 1
            else:
                lines = cell_lines(c, j, bold)
                tot = hh
                y0 = y + (tot - len(lines) * lh) / 2
                for i, ln in enumerate(lines):
                    d.text((x + xs[j] + (ws[j] - bold.getlength(ln)) / 2, y0 + i * lh), ln, font=bold, fill=ink)
                if t.ruled:
                    d.rectangle((x + xs[j], y, x + xs[j + 1], y + tot), outline=col, width=line_w)
                j += 1
        if not t.ruled:
            d.line((x, y, x + W, y), fill=col, width=line_w * 2)
            d.line((x, y + hh, x + W, y + hh), fill=col, width=line_w)

    hh = max((lh + 2 * pad) * hrows, max(len(cell_lines(c, j, bold)) for j, c in enumerate(t.cols)
                                         if not isinstance(c, tuple)) * lh + 2 * pad)
    units.append(Unit(hh, head_draw, keep_next=True))

    # body rows grouped by vertical merges
    groups = []
    i = 0
    while i < len(t.rows):
        k = i
        for c in t.vmerge:
            while k + 1 < len(t.rows) and t.rows[k + 1][c] == t.rows[i][c]:
                k += 1
        groups.append((i, k))
        i = k + 1
    allrows = [(r, False) for r in t.rows] + ([(t.total, True)] if t.total else [])

    def row_h(r):
        if r is t.total and len(r) > 1 and r[1] == "":
            r = [""] + list(r[1:])
        return max(len(cell_lines(c, j, body)) for j, c in enumerate(r)) * lh + 2 * pad

    def grp_draw(img, d, x, y, i0, i1, is_total=False):
        rows = [allrows[q][0] for q in range(i0, i1 + 1)]
        hs = [row_h(r) for r in rows]
        yy = y
        for ri, r in enumerate(rows):
            span_label = is_total and len(r) > 1 and r[1] == ""  # 合计 written across the first two columns
            for j, c in enumerate(r):
                if j in t.vmerge and ri > 0 and not is_total:
                    continue
                if span_label and j == 1:
                    continue
                j1 = j + 2 if (span_label and j == 0) else j + 1
                cw = xs[j1] - xs[j]
                fnt = hand if (hand is not None and j == st.get("hand_col") and not is_total) else body
                lines = wrap(plain(c), fnt, cw - 2 * pad)
                hcell = sum(hs) if (j in t.vmerge and not is_total) else hs[ri]
                y0 = yy + (hcell - len(lines) * lh) / 2
                for q, ln in enumerate(lines):
                    al = x + xs[j] + (cw - fnt.getlength(ln)) / 2 if len(lines) == 1 else x + xs[j] + pad
                    d.text((al, y0 + q * lh), ln, font=fnt, fill=(20, 30, 90) if fnt is hand else ink)
                if t.ruled:
                    d.rectangle((x + xs[j], yy, x + xs[j1], yy + hcell), outline=col, width=line_w)
            yy += hs[ri]
        if not t.ruled and (i1 == len(allrows) - 1):
            d.line((x, yy, x + W, yy), fill=col, width=line_w * 2)

    for (i0, i1) in groups:
        h = sum(row_h(allrows[q][0]) for q in range(i0, i1 + 1))
        units.append(Unit(h, lambda img, d, x, y, i0=i0, i1=i1: grp_draw(img, d, x, y, i0, i1)))
    if t.total:
        n_ = len(allrows) - 1
        units.append(Unit(row_h(t.total), lambda img, d, x, y, n_=n_: grp_draw(img, d, x, y, n_, n_, True)))
    for note in t.notes:
        s = plain(note)
        for ln in wrap(s, body, W):
            units.append(Unit(int(body.size * 1.6), lambda img, d, x, y, ln=ln: d.text((x, y + body.size * 0.3), ln,
                                                                                        font=body, fill=ink)))
    units.append(Unit(int(body.size * 0.8), lambda img, d, x, y: None))
    return units


def draw_seal(img, organ, cx, cy, r, rng):
    """Red round seal, multiplied over the page so the text below stays readable."""
    lay = Image.new("RGB", (int(2.4 * r), int(2.4 * r)), (255, 255, 255))
    d = ImageDraw.Draw(lay)
    c = 1.2 * r
    red = (225, 45 + rng.randint(0, 30), 45 + rng.randint(0, 30))
    d.ellipse((c - r, c - r, c + r, c + r), outline=red, width=max(3, int(r * 0.07)))
    # star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * (0.28 if i % 2 == 0 else 0.11)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    fs = int(r * 0.26)
    f = font(F_SANS, fs)
    n = len(organ)
    span = min(250, 14 * n + 40)
    for i, ch in enumerate(organ):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        ci = Image.new("RGBA", (fs + 4, fs + 4), (255, 255, 255, 0))
        ImageDraw.Draw(ci).text((2, 0), ch, font=f, fill=red + (255,))
        ci = ci.rotate(-ang - 90, resample=Image.BICUBIC, expand=True)
        px = c + (r * 0.74) * math.cos(a) - ci.width / 2
        py = c + (r * 0.74) * math.sin(a) - ci.height / 2
        lay.paste(ci, (int(px), int(py)), ci)
    lay = lay.rotate(rng.uniform(-15, 15), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    # uneven ink
    arr = np.asarray(lay).astype(np.float32)
    noise = np.random.default_rng(rng.randint(0, 10**6)).uniform(0.0, 0.35, arr.shape[:2])[..., None]
    arr = 255 - (255 - arr) * (1 - noise)
    lay = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    from PIL import ImageChops

    box = (int(cx - c), int(cy - c))
    region = img.crop((box[0], box[1], box[0] + lay.width, box[1] + lay.height))
    img.paste(ImageChops.multiply(region, lay), box)


def render_pages(doc: Doc, dpi, st, rng, page_size=(8.27, 11.69)):
    Wp, Hp = int(page_size[0] * dpi), int(page_size[1] * dpi)
    mx, my = int(Wp * st.get("mx", 0.12)), int(Hp * 0.09)
    W = Wp - 2 * mx
    units, seals = layout(doc, W, dpi, st)
    pages = []
    cur = []
    y = 0
    limit = Hp - 2 * my
    for i, u in enumerate(units):
        if u.h < 0:
            pages.append(cur)
            cur, y = [], 0
            continue
        need = u.h + (units[i + 1].h if u.keep_next and i + 1 < len(units) and units[i + 1].h > 0 else 0)
        if y + need > limit and cur:
            pages.append(cur)
            cur, y = [], 0
        cur.append((u, y))
        y += u.h
    if cur:
        pages.append(cur)
    out = []
    for pg in pages:
        img = Image.new("RGB", (Wp, Hp), st.get("paper", (255, 255, 255)))
        d = ImageDraw.Draw(img)
        seals.clear()
        for u, yy in pg:
            u.draw(img, d, mx, my + yy)
        for organ, cx, cy in list(seals):
            draw_seal(img, organ, cx, cy, 0.8 * dpi, rng)
        if st.get("page_numbers") and len(pages) > 1:
            s = f"— {len(out) + 1} —"
            f = font(F_SERIF, 11 * dpi / 72)
            d.text(((Wp - f.getlength(s)) / 2, Hp - my * 0.6), s, font=f, fill=(40, 40, 40))
        out.append(img)
    return out


def fit_one_page(doc, dpi, st, rng, page_size=(8.27, 11.69)):
    size = st.get("size", 12)
    while True:
        pages = render_pages(doc, dpi, dict(st, size=size), rng, page_size)
        if len(pages) == 1 or size < 7:
            return pages
        size -= 0.75


# ----------------------------------------------------------------------------------------------- scan / photo effects
def scan_effect(img, rng, gray=False, skew=1.0, noise=6.0):
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    img = img.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    arr = np.asarray(img).astype(np.float32)
    arr = arr * rng.uniform(0.93, 0.99) + rng.uniform(4, 12)
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    # a few specks
    h, w = arr.shape[:2]
    for _ in range(rng.randint(20, 80)):
        y, x = nrng.integers(0, h), nrng.integers(0, w)
        arr[max(0, y - 1):y + 2, max(0, x - 1):x + 2] *= 0.5
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if gray:
        out = out.convert("L").convert("RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo_effect(page, rng, blur=1.0, moire=False, shadow=True, out_w=2000):
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    pw, ph = page.size
    sc = out_w * 0.78 / pw
    page = page.resize((int(pw * sc), int(ph * sc)), Image.LANCZOS)
    pw, ph = page.size
    Wc, Hc = out_w, int(out_w * 1.33)
    bgc = rng.choice([(120, 92, 64), (150, 150, 145), (95, 100, 110), (180, 165, 140)])
    bg = np.ones((Hc, Wc, 3), np.float32) * np.array(bgc, np.float32)
    bg += nrng.normal(0, 8, (Hc, Wc))[..., None]
    canvas = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    ox, oy = (Wc - pw) // 2, (Hc - ph) // 2
    canvas.paste(page, (ox, oy))
    # perspective: map the page corners to a tilted quadrilateral
    j = out_w * 0.05
    src = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    dst = [(p[0] + rng.uniform(-j, j), p[1] + rng.uniform(-j, j)) for p in src]
    coeffs = _persp_coeffs(dst, src)
    canvas = canvas.transform((Wc, Hc), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bgc)
    arr = np.asarray(canvas).astype(np.float32)
    if shadow:
        yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
        ang = rng.uniform(0, 2 * math.pi)
        g = (xx * math.cos(ang) + yy * math.sin(ang))
        g = (g - g.min()) / (g.max() - g.min())
        arr *= (0.62 + 0.38 * g)[..., None]
        # a soft hand/phone shadow blob
        cx, cy, r = rng.uniform(0, Wc), rng.uniform(0, Hc), rng.uniform(0.2, 0.35) * Wc
        blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
        arr *= (1 - 0.25 * blob)[..., None]
    if moire:
        yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
        a = rng.uniform(0.2, 1.2)
        m = np.sin((xx * math.cos(a) + yy * math.sin(a)) * rng.uniform(0.5, 0.8)) * \
            np.sin((xx * math.sin(a) - yy * math.cos(a)) * rng.uniform(0.03, 0.06))
        arr += (m * 10)[..., None]
    arr *= np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.88, 1.0)], np.float32)
    arr += nrng.normal(0, 4, arr.shape[:2])[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(blur))


def _persp_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb, strict=True):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def notebook_page(doc: Doc, rng, dpi=110):
    """Handwritten minutes on a lined notebook page (AR PL UKai)."""
    st = {"body_font": F_KAI, "head_font": F_KAI, "title_font": F_KAI, "size": 13, "ink": (25, 35, 110),
          "paper": (246, 244, 236), "mx": 0.1}
    pages = fit_one_page(doc, dpi, st, rng, page_size=(7.0, 9.8))
    img = pages[0]
    # ruled lines go in the gaps between written rows, then continue at the same pitch below the text
    ink = (np.asarray(img.convert("L")) < 160).sum(axis=1)
    rows, y = [], 0
    while y < len(ink):
        if ink[y] > 0:
            y0 = y
            while y < len(ink) and ink[y] > 0:
                y += 1
            rows.append((y0, y))
        y += 1
    d = ImageDraw.Draw(img)
    step = int(st["size"] * dpi / 72 * 1.65)
    last = int(img.height * 0.09)
    for i, (_, a1) in enumerate(rows):
        b0 = rows[i + 1][0] if i + 1 < len(rows) else a1 + step
        last = (a1 + b0) // 2 if b0 - a1 < step else a1 + 4
        d.line((0, last, img.width, last), fill=(170, 190, 215), width=1)
    for yy in range(last + step, img.height - 10, step):
        d.line((0, yy, img.width, yy), fill=(170, 190, 215), width=1)
    d.line((int(img.width * 0.08), 0, int(img.width * 0.08), img.height), fill=(225, 140, 140), width=2)
    return img


# ----------------------------------------------------------------------------------------------- screenshots
def render_screenshot(doc: Doc, info, rng, style):
    """Phone (1080 px) or desktop web (1366 px) news page; long screenshot is one PNG."""
    phone_ui = style in ("wechat", "app")
    Wp = 1080 if phone_ui else 1366
    s = 2.0 if phone_ui else 1.0
    body = font(F_SANS, 17 * s)
    head = font(F_SANS_B, 25 * s)
    small = font(F_SANS, 14 * s)
    cw = Wp - int(60 * s) if phone_ui else 760
    x0 = (Wp - cw) // 2
    items = []  # (h, fn)

    def txt(text, fnt, color=(30, 30, 30), gap=0.6):
        lines = wrap(plain(text), fnt, cw)
        for ln in lines:
            items.append((int(fnt.size * 1.7), lambda d, y, ln=ln, fnt=fnt, color=color: d.text((x0, y), ln, font=fnt,
                                                                                                 fill=color)))
        items.append((int(fnt.size * gap), lambda d, y: None))

    txt(doc.title, head)
    for m in info["meta"]:
        txt(m, small, (120, 120, 120), 0.3)
    items.append((int(20 * s), lambda d, y: None))
    for i, p in enumerate(info["paras"]):
        txt(p, body)
        if i == 0 and info.get("picture"):
            h = int(cw * 0.5)
            items.append((h + int(10 * s), lambda d, y, h=h: d.rectangle((x0, y, x0 + cw, y + h), fill=(150, 170, 160))))
            txt(info["picture"], small, (110, 110, 110))
    for m in info.get("foot", []):
        txt(m, small, (120, 120, 120), 0.3)
    top = int((150 if phone_ui else 120) * s if phone_ui else 120)
    Hp = top + sum(h for h, _ in items) + int(120 * s)
    img = Image.new("RGB", (Wp, Hp), (255, 255, 255))
    d = ImageDraw.Draw(img)
    if phone_ui:
        d.rectangle((0, 0, Wp, int(44 * s)), fill=(240, 240, 240) if style == "wechat" else (200, 30, 40))
        d.text((int(20 * s), int(10 * s)), "9:41", font=small, fill=(0, 0, 0) if style == "wechat" else (255, 255, 255))
        d.text((Wp - int(120 * s), int(10 * s)), "5G  86%", font=small, fill=(0, 0, 0) if style == "wechat" else (255, 255, 255))
        bar = (247, 247, 247) if style == "wechat" else (200, 30, 40)
        d.rectangle((0, int(44 * s), Wp, int(110 * s)), fill=bar)
        col = (0, 0, 0) if style == "wechat" else (255, 255, 255)
        d.text((int(20 * s), int(58 * s)), "＜", font=body, fill=col)
        lab = info["bar"]
        d.text(((Wp - body.getlength(lab)) / 2, int(60 * s)), lab, font=body, fill=col)
        d.text((Wp - int(60 * s), int(58 * s)), "···", font=body, fill=col)
    else:
        d.rectangle((0, 0, Wp, 36), fill=(222, 225, 230))
        d.text((20, 8), info["url"], font=small, fill=(60, 60, 60))
        d.rectangle((0, 36, Wp, 100), fill=info.get("brand", (180, 20, 30)))
        d.text((x0, 50), info["bar"], font=font(F_SERIF_B, 30), fill=(255, 255, 255))
        d.text((x0 + 300, 60), "首页  |  要闻  |  政务  |  区县  |  民生", font=small, fill=(255, 235, 235))
    y = top
    for h, fn in items:
        fn(d, y)
        y += h
    return img


# ----------------------------------------------------------------------------------------------- XLSX
def write_xlsx(doc: Doc, path: Path, rng, st):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = st.get("sheet", "Sheet1")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    t: Table = next(b[1] for b in doc.blocks if b[0] == "table")
    ncol = len(t.cols)
    r = 1
    ws.cell(r, 1, plain(doc.title)).font = Font(name="宋体", size=16, bold=True)
    ws.cell(r, 1).alignment = center
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.row_dimensions[r].height = 30
    r += 1
    for b in doc.blocks:
        if b[0] == "kv":
            ws.cell(r, 1, plain(b[1]))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
    hr = 2 if t.two_row() else 1
    j = 0
    while j < ncol:
        c = t.cols[j]
        if isinstance(c, tuple):
            k = j
            while k + 1 < ncol and isinstance(t.cols[k + 1], tuple) and t.cols[k + 1][0] == c[0]:
                k += 1
            ws.cell(r, j + 1, c[0])
            ws.merge_cells(start_row=r, start_column=j + 1, end_row=r, end_column=k + 1)
            for q in range(j, k + 1):
                ws.cell(r + 1, q + 1, t.cols[q][1])
            j = k + 1
        else:
            ws.cell(r, j + 1, c)
            if hr == 2:
                ws.merge_cells(start_row=r, start_column=j + 1, end_row=r + 1, end_column=j + 1)
            j += 1
    for rr in range(r, r + hr):
        for cc in range(1, ncol + 1):
            ws.cell(rr, cc).font = Font(bold=True)
            ws.cell(rr, cc).alignment = center
            ws.cell(rr, cc).border = box
    r += hr
    hidden_at = dict(t.hidden)  # position in data rows -> hidden row
    datarows = []
    for i, row in enumerate(t.rows):
        if i in hidden_at:
            for cc, v in enumerate(hidden_at[i]):
                ws.cell(r, cc + 1, plain(v)).border = box
            ws.row_dimensions[r].hidden = True
            r += 1
        datarows.append(r)
        for cc, v in enumerate(row):
            m = MARK.fullmatch(v)
            cell = ws.cell(r, cc + 1)
            if m and m.group(1) == "d" and st.get("real_dates") and re.fullmatch(r"\d{4}年[1-9]\d?月[1-9]\d?日", plain(v)):
                cell.value = dt.datetime.fromisoformat(m.group(2).split("|")[0])
                cell.number_format = 'yyyy"年"m"月"d"日"'
            elif re.fullmatch(r"\d+", plain(v)) and len(plain(v)) < 9 and cc != 0 and st.get("numbers", True):
                cell.value = int(plain(v))
            elif re.fullmatch(r"\d+\.\d", plain(v)) and st.get("numbers", True):
                cell.value = float(plain(v))
                cell.number_format = "0.0"
            else:
                cell.value = plain(v)
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        r += 1
    for col in t.vmerge:
        i = 0
        while i < len(t.rows):
            k = i
            while k + 1 < len(t.rows) and t.rows[k + 1][col] == t.rows[i][col]:
                k += 1
            if k > i and datarows[k] - datarows[i] == k - i:
                ws.merge_cells(start_row=datarows[i], start_column=col + 1, end_row=datarows[k], end_column=col + 1)
            i = k + 1
    if t.total:
        for cc, v in enumerate(t.total):
            cell = ws.cell(r, cc + 1)
            pv = plain(v)
            if cc > 0 and re.fullmatch(r"\d+", pv):
                cell.value = int(pv)
            elif cc > 0 and re.fullmatch(r"\d+\.\d", pv):
                cell.value = float(pv)
                cell.number_format = "0.0"
            else:
                cell.value = pv
            cell.border = box
            cell.font = Font(bold=True)
        if st.get("merge_total") and t.total[1] == "":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    for note in t.notes:
        ws.cell(r, 1, plain(note))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    for j in range(ncol):
        width = max(len(plain(str(x))) for x in [t.header_truth()[j]] + [row[j] for row in t.rows])
        ws.column_dimensions[get_column_letter(j + 1)].width = min(44, 4 + width * 2)
    if st.get("hidden_sheet"):
        h = wb.create_sheet("数据源")
        h.sheet_state = "hidden"
        h["A1"] = "旧版数据（勿用）"
        h["A2"] = "2022年12月31日"
    wb.properties.creator = "青岚县"
    wb.properties.lastModifiedBy = "青岚县"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------------------------- corpus plan
def make_doc(built: dict, name_, kind, fmt, st=None):
    d = Doc(name_, kind, fmt, built["title"], built["doc_type"], built.get("organ"), built.get("blocks", []),
            built.get("meetings", []), built.get("attendance"), built.get("media", []))
    d.style = dict(st or {})
    if "hand_col" in built:
        d.style.setdefault("hand_col", built["hand_col"])
    return d


def news_doc(rng, v, name_, kind, fmt, style):
    b = b_news(rng, v)
    d = b["news_date"]
    used = set()
    reporter = name(rng, used)
    if style == "web":
        host, src = rng.choice([("川观新闻", "绵阳日报"), ("绵阳广播电视台", "青岚县融媒体中心"), ("今日头条", "四川日报"),
                                ("四川市场监管", "中国市场监管报"), ("网易新闻", "绵阳晚报")])
        info = {"bar": host, "url": f"https://www.example-news.cn/a/{rng.randint(100000, 999999)}.html",
                "meta": [f"来源：{src}　　发布时间：{D(d + dt.timedelta(days=1), 'dash')} 08:{rng.randint(10, 59)}　　作者：{reporter}"],
                "paras": b["paras"], "picture": "图为执法人员检查商户经营情况。",
                "foot": [f"责任编辑：{name(rng, used)}"]}
        media = [host, src]
    elif style == "wechat":
        host = rng.choice(["青岚发布", "今日青岚", "四川市场监管"])
        src = rng.choice(["青岚县融媒体中心", "绵阳日报", "四川日报"])
        info = {"bar": host, "meta": [f"{host}　{D(d, 'cn')} 18:{rng.randint(10, 59)} 四川"], "paras": b["paras"],
                "picture": "▲宣传活动现场", "foot": [f"来源：{src}", f"编辑：{name(rng, used)}　审核：{name(rng, used)}",
                                                     f"阅读 {rng.randint(1000, 9999)}　　赞 {rng.randint(10, 99)}"]}
        media = [host, src]
    else:
        host = rng.choice(["川观新闻", "央视新闻客户端", "四川观察"])
        info = {"bar": host, "meta": [f"{host}记者 {reporter}", f"{D(d, 'dash')} 20:{rng.randint(10, 59)}"],
                "paras": b["paras"], "foot": [f"原标题：{rng.choice(NEWS_HEADS)}"]}
        media = [host]
    doc = Doc(name_, kind, fmt, b["title"], "新闻报道", None, [], [], None, media)
    doc.extra_text = [b["title"]] + info["meta"] + info["paras"] + [info.get("picture", "")] + info.get("foot", [])
    return doc, info


def newspaper_doc(rng, v, name_):
    b = b_news(rng, v)
    d = b["news_date"] + dt.timedelta(days=1)
    paper = rng.choice(["绵阳日报", "绵阳晚报", "四川日报"])
    blocks = [("redhead", paper), ("center", f"{D(d, 'cn')}　星期{'一二三四五六日'[d.weekday()]}　第{rng.randint(2, 8)}版"),
              ("title", b["title"]), ("center", f"本报记者　{name(rng)}")]
    blocks += [("p", p) for p in b["paras"]]
    return Doc(name_, "photo", "jpg", b["title"], "新闻报道", None, blocks, [], None, [paper])


def plan_corpus():
    """(file name, builder) in a fixed order; each builder gets its own seeded RNG."""
    P = []

    def add(fname, kind, fmt, fn):
        P.append((fname, kind, fmt, fn))

    # ---- text PDFs (DOCX printed by LibreOffice)
    tp = [(lambda r: b_notice(r, 0)), (lambda r: b_notice(r, 3)), (lambda r: b_plan(r, 1)), (lambda r: b_plan(r, 0)),
          (lambda r: b_report(r, 0, True)), (lambda r: b_report(r, 1, True)), (lambda r: b_tongbao(r, 0)),
          (lambda r: b_letter(r, 0)), (lambda r: b_opinion(r, 0)), (lambda r: b_minutes(r, 0))]
    for i, fn in enumerate(tp):
        add(f"tp{i + 1:02d}_材料{i + 1}.pdf", "text_pdf", "pdf", fn)
    # ---- scans
    sc = [("pdf", 200, lambda r: b_notice(r, 6)), ("jpg", 150, lambda r: b_notice(r, 1)),
          ("png", 300, lambda r: b_notice(r, 2)), ("pdf", 200, lambda r: b_tongbao(r, 1)),
          ("jpg", 200, lambda r: b_tongbao(r, 2)), ("pdf", 150, lambda r: b_report(r, 2, True)),
          ("pdf", 200, lambda r: b_report(r, 3)), ("jpg", 200, lambda r: b_minutes(r, 1, record=True)),
          ("pdf", 300, lambda r: b_minutes(r, 2, record=True)), ("png", 200, lambda r: b_signin(r, 0)),
          ("jpg", 150, lambda r: b_signin(r, 1)), ("pdf", 200, lambda r: b_ledger_cases(r, 0)),
          ("jpg", 200, lambda r: b_ledger_cases(r, 1)), ("pdf", 150, lambda r: b_brief(r, 0)),
          ("png", 200, lambda r: b_brief(r, 1)), ("jpg", 300, lambda r: b_letter(r, 1))]
    for i, (fmt, dpi, fn) in enumerate(sc):
        add(f"scan{i + 1:02d}_扫描件{i + 1}.{fmt}", "scan", fmt, (dpi, fn))
    # ---- photos
    ph = [("hand", lambda r: b_minutes(r, 3, record=True)), ("hand", lambda r: b_minutes(r, 4, record=True)),
          ("print", lambda r: b_minutes(r, 5)), ("print", lambda r: b_minutes(r, 6, record=True)),
          ("sign", lambda r: b_signin(r, 2)), ("sign", lambda r: b_signin(r, 3)), ("sign", lambda r: b_signin(r, 4)),
          ("sign", lambda r: b_signin(r, 5)), ("table", lambda r: b_stat(r, 0)), ("table", lambda r: b_media_ledger(r, 0)),
          ("table", lambda r: b_ip_ledger(r, 0)), ("table", lambda r: b_ledger_cases(r, 2)),
          ("print", lambda r: b_notice(r, 4)), ("print", lambda r: b_notice(r, 5)), ("paper", 2), ("paper", 5)]
    for i, (how, fn) in enumerate(ph):
        add(f"IMG_{4100 + i * 7}.jpg", "photo", "jpg", (how, fn))
    # ---- screenshots
    for i, style in enumerate(["web", "web", "web", "web", "wechat", "wechat", "wechat", "app", "app", "app"]):
        add(f"Screenshot_{i + 1:02d}.png", "screenshot", "png", (style, i))
    # ---- DOCX
    dx = [({"textbox_head": True}, lambda r: b_notice(r, 1)), ({"textbox_sign": True}, lambda r: b_notice(r, 2)),
          ({"face": "AR PL UMing CN", "size": 16, "h_bold": True}, lambda r: b_notice(r, 7)),
          ({"face": "AR PL UMing CN", "size": 15}, lambda r: b_plan(r, 2)), ({}, lambda r: b_plan(r, 3)),
          ({"h_color": (0, 70, 140), "h_bold": True}, lambda r: b_report(r, 4)), ({}, lambda r: b_report(r, 5)),
          ({"size": 15}, lambda r: b_minutes(r, 7)), ({"textbox_sign": True}, lambda r: b_minutes(r, 8)),
          ({}, lambda r: b_minutes(r, 9, record=True)), ({"size": 12}, lambda r: b_stat(r, 1)),
          ({"size": 12}, lambda r: b_ip_ledger(r, 1)), ({}, lambda r: b_signin(r, 6)), ({}, lambda r: b_brief(r, 2))]
    for i, (st, fn) in enumerate(dx):
        add(f"doc{i + 1:02d}_报送材料{i + 1}.docx", "docx", "docx", (st, fn))
    # ---- XLSX
    xl = [({"real_dates": True}, lambda r: b_ledger_cases(r, 3)), ({"hidden": True}, lambda r: b_ledger_cases(r, 4)),
          ({"merge_total": True, "hidden_sheet": True}, lambda r: b_ledger_cases(r, 5)),
          ({"real_dates": True}, lambda r: b_media_ledger(r, 1)), ({"hidden": True}, lambda r: b_media_ledger(r, 2)),
          ({}, lambda r: b_media_ledger(r, 3)), ({}, lambda r: b_signin(r, 7)), ({"hidden": True}, lambda r: b_signin(r, 8)),
          ({}, lambda r: b_stat(r, 2)), ({"hidden": True, "merge_total": True}, lambda r: b_stat(r, 3)),
          ({"hidden_sheet": True}, lambda r: b_stat(r, 4)), ({"real_dates": True}, lambda r: b_ip_ledger(r, 2)),
          ({}, lambda r: b_ip_ledger(r, 3)), ({"hidden": True, "real_dates": True}, lambda r: b_ip_ledger(r, 4))]
    for i, (st, fn) in enumerate(xl):
        add(f"xl{i + 1:02d}_台账{i + 1}.xlsx", "xlsx", "xlsx", (st, fn))
    return P


def save_image(img, path: Path, fmt, dpi, rng):
    if fmt == "jpg":
        img.save(path, "JPEG", quality=rng.randint(80, 90), dpi=(dpi, dpi))
    else:
        img.save(path, "PNG", dpi=(dpi, dpi), optimize=False)


def save_pdf(pages, path: Path, dpi):
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=dpi,
                  creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="Scanner", title="")


def hidden_row_for(doc: Doc, t: Table, rng):
    """A stale row the sender hid: a copy of a real row marked as withdrawn, with another date."""
    src = list(t.rows[rng.randrange(len(t.rows))])
    src = [plain(c) for c in src]
    for j, c in enumerate(src):
        if re.fullmatch(r"\d{4}年\d+月\d+日|\d{4}-\d\d-\d\d|\d{4}/\d+/\d+", c):
            src[j] = "2022年11月30日"
    src[-1] = (src[-1] + "（重复，已作废）") if src[-1] else "已作废"
    return src


def build(outdir: Path):
    outdir.mkdir(parents=True, exist_ok=True)
    truth = {}
    pending_pdf = []  # (docx temp path, final pdf name, Doc)
    page_count_docx = []
    tmp = Path(tempfile.mkdtemp(prefix="dev11_"))
    try:
        for idx, (fname, kind, fmt, spec) in enumerate(plan_corpus()):
            rng = random.Random(11_000 + idx * 7919)
            path = outdir / fname
            if kind == "text_pdf":
                doc = make_doc(spec(rng), fname, kind, fmt, {"size": 14})
                src = tmp / (Path(fname).stem + ".docx")
                write_docx(doc, src, rng)
                pending_pdf.append((src, fname, doc))
            elif kind == "docx":
                st, fn = spec
                doc = make_doc(fn(rng), fname, kind, fmt, st)
                write_docx(doc, path, rng)
                normalize_zip(path)
                page_count_docx.append((path, doc))
            elif kind == "xlsx":
                st, fn = spec
                doc = make_doc(fn(rng), fname, kind, fmt, st)
                t = next(b[1] for b in doc.blocks if b[0] == "table")
                if st.get("hidden"):
                    t.hidden = [(rng.randint(1, len(t.rows) - 1), hidden_row_for(doc, t, rng))]
                write_xlsx(doc, path, rng, st)
                doc.pages = 1
            elif kind == "scan":
                dpi, fn = spec
                doc = make_doc(fn(rng), fname, kind, fmt,
                               {"size": rng.choice([11, 12]), "body_font": rng.choice([F_SERIF, F_MING]),
                                "page_numbers": True})
                if fmt == "pdf":
                    pages = render_pages(doc, dpi, doc.style, rng)
                else:
                    pages = fit_one_page(doc, dpi, doc.style, rng)
                    assert len(pages) == 1, fname
                gray = rng.random() < 0.3
                pages = [scan_effect(p, rng, gray=gray, skew=rng.choice([0.4, 1.0, 1.8])) for p in pages]
                doc.pages = len(pages)
                if fmt == "pdf":
                    save_pdf(pages, path, dpi)
                else:
                    save_image(pages[0], path, fmt, dpi, rng)
            elif kind == "photo":
                how, fn = spec
                if how == "paper":
                    doc = newspaper_doc(rng, fn, fname)
                    doc.style = {"size": 12, "body_font": F_SERIF}
                    page = fit_one_page(doc, 150, doc.style, rng, page_size=(7.5, 10.0))[0]
                else:
                    doc = make_doc(fn(rng), fname, kind, fmt, {"size": 12})
                    if how == "hand":
                        page = notebook_page(doc, rng)
                    else:
                        st = dict(doc.style)
                        if how == "table" and rng.random() < 0.5:
                            next(b[1] for b in doc.blocks if b[0] == "table").ruled = False
                        if how == "sign":
                            st["hand_col"] = 2
                        page = fit_one_page(doc, 150, st, rng)[0]
                img = photo_effect(page, rng, blur=rng.choice([0.6, 0.9, 1.2]), moire=(idx % 3 == 0),
                                   out_w=rng.choice([1700, 1850, 2000]))
                doc.pages = 1
                save_image(img, path, "jpg", 72, rng)
            elif kind == "screenshot":
                style, v = spec
                doc, info = news_doc(rng, v, fname, kind, fmt, style)
                img = render_screenshot(doc, info, rng, style)
                doc.pages = 1
                img.save(path, "PNG")
            truth[fname] = doc
        # LibreOffice, once: the text PDFs, and the page counts of the DOCX files
        soffice_pdf([p for p, _, _ in pending_pdf] + [p for p, _ in page_count_docx], tmp)
        for src, fname, doc in pending_pdf:
            shutil.copyfile(tmp / (src.stem + ".pdf"), outdir / fname)
            normalize_pdf(outdir / fname)
            doc.pages = pdf_pages(outdir / fname)
        for path, doc in page_count_docx:
            doc.pages = pdf_pages(tmp / (path.stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    data = {"corpus": "dev11", "note": "blind untuned check; conventions in bench/dev11/make_dev11.py docstring",
            "files": {k: v.truth() for k, v in truth.items()}}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
    (outdir / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    return data


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    data = build(out)
    kinds = {}
    for v in data["files"].values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print(f"wrote {len(data['files'])} files to {out}: {kinds}")


if __name__ == "__main__":
    main(sys.argv)
