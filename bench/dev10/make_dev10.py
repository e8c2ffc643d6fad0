"""dev10: a tenth blind extraction corpus (untuned check), written without reading the extractor.

Usage: .venv/bin/python bench/dev10/make_dev10.py DIR

Writes about 80 fictional files that units of a fictional county (桐州市溪宁县, 安徽省) send to the county office
for the yearly IP-protection work assessment, plus DIR/truth.yaml and bench/dev10/truth.yaml (same text).
Kinds: text PDFs made from DOCX by LibreOffice, image scans (PDF/JPEG/PNG, 150–300 dpi, red seals over dates,
skew, noise), phone photos (perspective, shadow, blur, moiré), web/WeChat/app news screenshots, DOCX (text boxes,
merged cells, house styles) and XLSX ledgers (title rows, two-row headers, merged cells, hidden rows).
Deterministic: fixed seeds, fixed timestamps in DOCX/XLSX/PDF metadata and zip entries.

Truth conventions (an assessor's reading of what each file shows):
- `title`: the document's own title as printed, lines joined without spaces; for a ledger/statistics sheet the
  title row; for a news page the headline. Red header marks (…文件) and 期号 lines are not part of the title, except
  minutes and 简报 whose red masthead is their only title (…会议纪要, …工作简报; the 简报's article headline is
  content).
- `organ`: the issuing organ(s) as printed in full: the red header / signature of a document (a list when several
  organs issue jointly, in printed order); for ledgers and statistics the unit named as 填报单位/制表单位; for news
  pages it is omitted; for minutes the body that issues them (the name printed under the masthead or signed).
- `doc_type`: the genre the document names itself by (通知, 方案, 总结, 报告, 通报, 意见, 函, 简报, 纪要, 会议记录,
  台账, 统计表, 签到表, 登记表, 一览表, 新闻报道 for a news page). A 关于印发《…方案》的通知 is a 通知.
- `doc_numbers`: every 文号 printed (own, cited, inside tables, including 行政处罚决定书 numbers of the form
  X〔YYYY〕N号). `text` in the 〔YYYY〕 form without spaces, `shown` only when the printed form differs.
- `dates`: every calendar date printed with its year (or a range whose first end has the year: "2023年7月1日至
  8月31日" gives "2023年7月1日" and "8月31日"). One item per distinct printed text; `text` is the date only, without
  a time of day that may follow it. Dates in rows hidden in an XLSX are not printed and are left out. Years alone
  ("2023年") and festival names ("4·26") are not dates.
- `media`: news pages: the outlet whose page/app/account is shown, plus any outlet named as 来源/转载 on it.
  Media ledgers: every outlet listed in the visible rows. Level: 中央 (national media), 省级 (provincial), 市级 (桐州
  city media), 县级 (溪宁县融媒体中心 and its 溪宁发布 account/app), 其他 (government bodies' own 政务新媒体
  accounts and commercial platforms).
- `tables`: each logical data table (one across pages). `header`: one cell per column; under a two-row header
  a column's header is the upper cell and the lower cell joined without space (only the upper cell when it spans
  both rows). `rows`: data rows only — not the title, header, 合计/小计 rows, notes, nor blank rows of a sign-in sheet;
  vertically merged cells are filled into every row they span; wrapped text joined without spaces; hidden XLSX rows
  are left out. `row_count` = len(rows). Key-value forms (会议记录 fields) are not tables.
- `meetings` (minutes / meeting records): `date` the day the meeting was held (ISO), `title` the meeting's name as
  printed, `chair` the person who chaired, `topics` the listed 议题 as printed without their numbering.
- `attendance` (sign-in sheets): `count` = people who signed, `names` their names in sheet order.
- Workbooks: `title` is the first sheet's title row; each sheet's table is a table of its own. Cells are truth as
  Excel displays them (number formats applied: 2023-05-18, 2023年5月18日, 2023/5/18; integers without decimals).
- Sign-in sheets name no issuing unit, so `organ` is omitted; a newspaper clipping's masthead is its outlet.
- `pages`: for PDFs the page count, 1 for an image; omitted for DOCX and XLSX (no fixed pagination).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import cv2
import numpy as np
import yaml
from PIL import Image, ImageChops, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DT = dt.datetime(2023, 12, 20, 9, 30, 0)
ZIP_DT = (2023, 12, 20, 9, 30, 0)

PROV, CITY, COUNTY = "安徽省", "桐州市", "溪宁县"

# ---------------------------------------------------------------- fonts
NOTO = "/usr/share/fonts/opentype/noto/"
FONT_FILES = {
    "song": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "xbs": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "hei": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "heib": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "fang": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
DOCX_FONTS = {
    "song": "Noto Serif CJK SC",
    "xbs": "Noto Serif CJK SC",
    "hei": "Noto Sans CJK SC",
    "heib": "Noto Sans CJK SC",
    "fang": "AR PL UMing CN",
    "kai": "AR PL UKai CN",
}
_fcache: dict = {}


def font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _fcache:
        path, idx = FONT_FILES[name]
        _fcache[key] = ImageFont.truetype(path, max(6, key[1]), index=idx)
    return _fcache[key]


# ---------------------------------------------------------------- people, units, media
SURN = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
    "苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严莫孔向常"
)
GIVN = (
    "建国志明海燕红霞伟强秀英丽娟文杰宏涛德华春梅玉兰光辉晓东永刚静怡思远子涵雨欣俊峰新民立平凤"
    "琴家豪佳琪国庆振宇海波桂芳学军昌盛云飞瑞雪明轩晨阳慧敏婷婷宁远少华继承"
)

UNITS = {
    "scjg": ("溪宁县市场监督管理局", "溪市监"),
    "zscq": ("溪宁县知识产权局", "溪知"),
    "gaj": ("溪宁县公安局", "溪公"),
    "fy": ("溪宁县人民法院", "溪法"),
    "jcy": ("溪宁县人民检察院", "溪检"),
    "xcb": ("中共溪宁县委宣传部", "溪宣"),
    "nyj": ("溪宁县农业农村局", "溪农"),
    "wlj": ("溪宁县文化旅游体育局", "溪文旅"),
    "swj": ("溪宁县商务局", "溪商"),
    "zfb": ("溪宁县人民政府办公室", "溪政办"),
    "djb": ("溪宁县打击侵权假冒工作领导小组办公室", "溪打假办"),
    "cgz": ("溪宁县城关镇人民政府", "城政"),
    "hsx": ("溪宁县河山乡人民政府", "河政"),
}
TOWNS = ["城关镇", "河山乡", "青石镇", "梅岭镇", "白沙乡", "上溪镇", "龙潭乡", "桃源镇"]
COMPANIES = [
    "溪宁县福源茶业有限公司",
    "桐州市青峰农产品有限公司",
    "溪宁县山里红食品厂",
    "溪宁县华隆建材商行",
    "溪宁县百佳乐超市",
    "溪宁县恒通电动车经营部",
    "溪宁县宏达五金店",
    "溪宁县美家日化批发部",
    "溪宁县瑞丰粮油有限公司",
    "溪宁县绿野山核桃专业合作社",
    "溪宁县欣欣母婴用品店",
    "溪宁县金帆服饰店",
    "溪宁县远航汽车配件经营部",
    "溪宁县云溪白茶专业合作社",
    "溪宁县鑫源酒业商行",
    "溪宁县佳音电子产品店",
]
GI_USERS = {
    "溪宁白茶": [
        "溪宁县福源茶业有限公司",
        "溪宁县云溪白茶专业合作社",
        "溪宁县梅岭茶场",
        "溪宁县雾峰茶叶有限公司",
        "溪宁县青石山茶厂",
    ],
    "溪宁山核桃": [
        "溪宁县绿野山核桃专业合作社",
        "桐州市青峰农产品有限公司",
        "溪宁县龙潭山货加工厂",
        "溪宁县果香坊食品有限公司",
    ],
    "溪宁黑猪": ["溪宁县河山黑猪养殖专业合作社", "溪宁县桃源生态农业有限公司", "溪宁县上溪肉类加工厂"],
}
MEDIA = [
    ("人民网", "中央"),
    ("新华网", "中央"),
    ("中国知识产权报", "中央"),
    ("中国市场监管报", "中央"),
    ("中国质量报", "中央"),
    ("安徽日报", "省级"),
    ("安徽广播电视台", "省级"),
    ("中安在线", "省级"),
    ("安徽市场监管", "其他"),
    ("桐州日报", "市级"),
    ("桐州广播电视台", "市级"),
    ("桐州新闻网", "市级"),
    ("溪宁县融媒体中心", "县级"),
    ("溪宁发布", "县级"),
    ("溪宁市场监管", "其他"),
    ("今日头条", "其他"),
]
MEDIA_LEVEL = dict(MEDIA)


class Names:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set = set()

    def __call__(self) -> str:
        while True:
            n = (
                self.rng.choice(SURN)
                + self.rng.choice(GIVN)
                + (self.rng.choice(GIVN) if self.rng.random() < 0.7 else "")
            )
            if n not in self.used:
                self.used.add(n)
                return n


def phone(rng) -> str:
    return f"138 0000 {rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"0556-66{rng.randint(10000, 99999)}"


# ---------------------------------------------------------------- document model
HZ = "〇一二三四五六七八九"


def hz_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + ("" if n == 10 else HZ[n - 10])
    return HZ[n // 10] + "十" + ("" if n % 10 == 0 else HZ[n % 10])


def fmt_date(y, m, d, style):
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "cn0":
        return f"{y}年{m:02d}月{d:02d}日"
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "dot0":
        return f"{y}.{m:02d}.{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "hz":
        return "".join(HZ[int(c)] for c in str(y)) + "年" + hz_num(m) + "月" + hz_num(d) + "日"
    raise ValueError(style)


class Table:
    def __init__(
        self,
        header,
        rows,
        *,
        groups=None,
        total=None,
        merge_col=None,
        widths=None,
        caption=None,
        hand_cols=(),
        blank_rows=0,
        hidden=None,
        notes=None,
    ):
        self.header = header  # leaf headers
        self.groups = groups  # [(text, span)] upper header row or None
        self.rows = rows  # visible data rows
        self.total = total
        self.merge_col = merge_col
        self.widths = widths or [1] * len(header)
        self.caption = caption
        self.hand_cols = set(hand_cols)
        self.blank_rows = blank_rows
        self.hidden = hidden or {}  # {position_in_rows: row} (xlsx only)
        self.notes = notes

    def truth_header(self):
        if not self.groups:
            return list(self.header)
        out, i = [], 0
        for text, span in self.groups:
            for k in range(span):
                leaf = self.header[i + k]
                out.append(text if (span == 1 and leaf == text) else text + leaf)
            i += span
        return out

    def truth(self):
        return {
            "header": [str(c) for c in self.truth_header()],
            "row_count": len(self.rows),
            "rows": [[str(c) for c in r] for r in self.rows],
        }


class Doc:
    def __init__(self):
        self.dates: list = []
        self.dns: list = []
        self.blocks: list = []
        self.red_mark = None  # list of organ lines (joint) or one string
        self.red_suffix = "文件"
        self.docnum = None
        self.title_lines: list = []
        self.organ = None
        self.doc_type = None
        self.media: list = []
        self.meetings: list = []
        self.attendance = None
        self.tables: list = []
        self.period = None  # 期号 line for 简报/纪要
        self.seal = None  # organ name on the seal
        self.news = None  # for screenshots
        self.xlsx = None  # for ledgers

    def d(self, y, m, dd, style="cn", record=True):
        text = fmt_date(y, m, dd, style)
        if record:
            self._rec(dt.date(y, m, dd).isoformat(), text)
        return text

    def drange(self, y, m1, d1, m2, d2, style="cn"):
        a = self.d(y, m1, d1, style)
        b = f"{m2}月{d2}日" if m2 != m1 else f"{d2}日"
        self._rec(dt.date(y, m2, d2).isoformat(), b)
        return f"{a}至{b}"

    def _rec(self, iso, text):
        if all(t != text for _, t in self.dates):
            self.dates.append((iso, text))

    def dn(self, prefix, year, num, style="std", record=True):
        shown = {
            "std": f"{prefix}〔{year}〕{num}号",
            "sq": f"{prefix}[{year}]{num}号",
            "paren": f"{prefix}（{year}）{num}号",
            "lent": f"{prefix}【{year}】{num}号",
            "ord": f"{prefix}〔{year}〕第{num}号",
        }[style]
        if record:
            text = f"{prefix}〔{year}〕{num}号"
            item = {"text": text, "organ_prefix": prefix, "year": year, "number": num}
            if shown != text:
                item["shown"] = shown
            if all(x["text"] != text for x in self.dns):
                self.dns.append(item)
        return shown

    def p(self, text):
        self.blocks.append(("p", text))

    def np_(self, text):
        self.blocks.append(("np", text))

    def h(self, text):
        self.blocks.append(("h", text))

    def h2(self, text):
        self.blocks.append(("h2", text))

    def table(self, t: Table):
        self.tables.append(t)
        self.blocks.append(("table", t))

    def sign(self, organs, date_text):
        self.blocks.append(("sign", organs, date_text))

    def all_text(self):
        parts = list(self.title_lines)
        for x in (self.docnum, self.period):
            if x:
                parts.append(x)
        if self.red_mark:
            parts += self.red_mark if isinstance(self.red_mark, list) else [self.red_mark]
        for b in self.blocks:
            if b[0] == "table":
                t = b[1]
                parts += [t.caption or "", t.notes or ""] + list(t.header) + [c for r in t.rows for c in r]
                parts += [c for c in (t.total or [])]
            elif b[0] == "sign":
                parts += list(b[1]) + [b[2]]
            elif b[0] in ("kv",):
                parts += [f"{k}{v}" for k, v in b[1]]
            elif b[0] == "yinfa":
                parts += [b[1], b[2]]
            else:
                parts.append(b[1])
        if self.news:
            n = self.news
            parts += [n["title"], n["date_text"]] + n["body"] + [n.get("meta_extra", "")]
        if self.xlsx:
            parts += self.xlsx.get("extra_text", [])
        return "\n".join(parts)

    def check(self, name):
        """Every digit date and 文号 in my own text must be in the truth (guards against typos in templates)."""
        text = self.all_text()
        texts = {t for _, t in self.dates}
        for m in re.finditer(
            r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{4}/\d{1,2}/\d{1,2}", text
        ):
            assert m.group(0) in texts, (name, m.group(0))
        shown = {x.get("shown", x["text"]) for x in self.dns}
        for m in re.finditer(r"[\u4e00-\u9fff]+[〔\[（【]\d{4}[〕\]）】]第?\d+号", text):
            assert any(m.group(0).endswith(s) for s in shown), (name, m.group(0))

    def truth(self):
        t = {}
        if self.title_lines:
            t["title"] = "".join(self.title_lines)
        if self.organ:
            t["organ"] = self.organ
        if self.doc_type:
            t["doc_type"] = self.doc_type
        if self.dns:
            t["doc_numbers"] = [dict(x) for x in self.dns]
        if self.dates:
            t["dates"] = [{"iso": i, "text": x} for i, x in self.dates]
        if self.media:
            t["media"] = [{"outlet": o, "level": lv} for o, lv in self.media]
        if self.tables:
            t["tables"] = [x.truth() for x in self.tables]
        if self.meetings:
            t["meetings"] = self.meetings
        if self.attendance:
            t["attendance"] = self.attendance
        return t


# ---------------------------------------------------------------- content builders
def pick_date(rng, year=2023, m_lo=2, m_hi=11):
    m = rng.randint(m_lo, m_hi)
    return year, m, rng.randint(1, 28)


def add_days(y, m, d, n):
    x = dt.date(y, m, d) + dt.timedelta(days=n)
    return x.year, x.month, x.day


def b_notice(rng, nm, short=False):
    doc = Doc()
    uk = rng.choice(["scjg", "djb", "zscq"])
    org, pre = UNITS[uk]
    y, m, d = pick_date(rng, 2023, 3, 8)
    num = rng.randint(3, 60)
    doc.red_mark = org
    doc.docnum = doc.dn(pre + ("发" if uk == "scjg" and rng.random() < 0.5 else ""), y, num)
    topic = rng.choice(
        [
            ("开展2023年知识产权执法“铁拳”专项行动", "铁拳"),
            ("开展地理标志保护专项整治行动", "地标"),
            ("开展农村假冒伪劣食品专项整治", "农村"),
            ("做好2023年“4·26”知识产权宣传周活动", "宣传周"),
            ("开展商标侵权案件线索排查", "线索"),
        ]
    )
    doc.title_lines = (
        ["关于" + topic[0][:12], topic[0][12:] + "的通知"] if len(topic[0]) > 12 else ["关于" + topic[0] + "的通知"]
    )
    doc.organ = org
    doc.doc_type = "通知"
    doc.np_("各乡镇人民政府，县直有关单位：" if uk != "scjg" else "各市场监督管理所，局机关各股室：")
    cited = doc.dn(rng.choice(["桐市监发", "桐打假办", "皖市监函"]), y, rng.randint(10, 150))
    doc.p(
        f"根据《关于印发2023年知识产权保护工作要点的通知》（{cited}）要求，为进一步加强知识产权保护，"
        f"经研究，决定在全县范围内{topic[0]}。现将有关事项通知如下："
    )
    s1 = add_days(y, m, d, rng.randint(5, 12))
    doc.h("一、工作时间")
    doc.p(
        f"专项行动自{doc.drange(s1[0], s1[1], s1[2], min(12, s1[1] + 2), 30)}，"
        "分动员部署、集中整治、总结验收三个阶段进行。"
    )
    doc.h("二、工作重点")
    doc.p(
        "（一）聚焦重点领域。围绕食品、农资、日用消费品等与群众生活密切相关的商品，严厉查处商标侵权、假冒专利等违法行为。"
    )
    if not short:
        doc.p(
            "（二）聚焦重点区域。加强对城乡结合部、农村集贸市场、批发市场和电商平台的检查，督促经营者落实进货查验制度。"
        )
        doc.p("（三）强化协作配合。加强与公安、检察、法院等部门的沟通，完善线索通报、案件移送和联合执法机制。")
    doc.h("三、工作要求")
    rep = add_days(s1[0], s1[1], s1[2], rng.randint(20, 40))
    doc.p(
        f"各单位要明确专人负责，于{doc.d(*rep)}前将阶段性工作情况报送至县局知识产权股，"
        f"全年工作总结于{doc.d(y, 12, rng.randint(5, 15))}前报送。"
    )
    contact = nm()
    doc.p(f"联系人：{contact}，联系电话：{phone(rng)}，电子邮箱：xnzscq@163.com。")
    if not short and rng.random() < 0.6:
        rows = []
        for i, town in enumerate(rng.sample(TOWNS, 4), 1):
            rows.append([str(i), town + "市场监督管理所", nm(), phone(rng)])
        doc.np_("附件：各所专项行动联络员名单")
        doc.table(
            Table(["序号", "单位", "联络员", "联系电话"], rows, widths=[1, 4, 2, 3], caption="各所专项行动联络员名单")
        )
    doc.seal = org
    doc.sign([org], doc.d(y, m, d))
    if rng.random() < 0.6:
        doc.blocks.append(("yinfa", org + "办公室", doc.d(y, m, d) + "印发"))
    return doc


def b_plan(rng, nm, wrapped=True):
    doc = Doc()
    org, pre = UNITS[rng.choice(["scjg", "zfb", "djb"])]
    y, m, d = pick_date(rng, 2023, 2, 5)
    if wrapped:
        doc.red_mark = org
        doc.docnum = doc.dn(pre, y, rng.randint(2, 40))
        doc.title_lines = ["关于印发《溪宁县2023年知识产权", "保护工作实施方案》的通知"]
        doc.doc_type = "通知"
        doc.np_("各乡镇人民政府，县直各有关单位：")
        doc.p("现将《溪宁县2023年知识产权保护工作实施方案》印发给你们，请结合实际，认真抓好贯彻落实。")
        doc.np_("溪宁县2023年知识产权保护工作实施方案")
    else:
        doc.title_lines = ["溪宁县2023年地理标志保护", "工程实施方案"]
        doc.doc_type = "方案"
    doc.organ = org
    doc.h("一、总体要求")
    doc.p(
        "坚持严保护、大保护、快保护、同保护，全面提升知识产权创造、运用、保护、管理和服务水平，"
        "为全县经济高质量发展提供有力支撑。"
    )
    doc.h("二、主要目标")
    a, b, c = rng.randint(30, 80), rng.randint(2, 6), rng.randint(5, 20)
    doc.p(
        f"到{doc.d(y, 12, 31)}，全县有效发明专利达到{a}件，新增地理标志证明商标{b}件，"
        f"查办知识产权案件不少于{c}件，知识产权保护社会满意度进一步提升。"
    )
    doc.h("三、重点任务")
    rows = []
    tasks = [
        "加强专利行政保护",
        "开展商标专用权保护",
        "推进地理标志保护工程",
        "加强版权保护",
        "强化刑事司法保护",
        "开展知识产权宣传培训",
    ]
    leads = [
        "县市场监管局",
        "县市场监管局",
        "县市场监管局、县农业农村局",
        "县委宣传部",
        "县公安局、县检察院",
        "县市场监管局、县司法局",
    ]
    for i, (task, lead) in enumerate(zip(tasks, leads, strict=True), 1):
        mm = rng.randint(6, 12)
        rows.append([str(i), task, lead, doc.d(y, mm, 30 if mm != 2 else 28) + "前"])
    doc.table(
        Table(
            ["序号", "重点任务", "责任单位", "完成时限"],
            [[r[0], r[1], r[2], r[3]] for r in rows],
            widths=[1, 4, 4, 3],
            caption="重点任务分工表",
        )
    )
    doc.h("四、保障措施")
    doc.p("各责任单位要加强组织领导，明确分管领导和具体责任人，建立工作台账，按季度报送工作进展情况。")
    doc.seal = org
    doc.sign([org], doc.d(y, m, d))
    return doc


def b_summary(rng, nm):
    doc = Doc()
    org, pre = UNITS[rng.choice(["scjg", "gaj", "nyj", "wlj", "cgz"])]
    y = 2023
    doc.title_lines = [org + "2023年", "知识产权保护工作总结"]
    doc.organ = org
    doc.doc_type = "总结"
    doc.p(
        f"2023年以来，{org}在县委、县政府的坚强领导下，认真贯彻落实上级关于知识产权保护工作的决策部署，"
        "扎实推进各项工作，取得了明显成效。现将有关情况总结如下："
    )
    doc.h("一、主要工作开展情况")
    n1, n2 = rng.randint(6, 30), rng.randint(100, 600)
    d1 = pick_date(rng, y, 3, 6)
    doc.p(
        f"（一）强化执法办案。全年共出动执法人员{n2}人次，检查经营主体{n2 * 3}户次，立案查处知识产权案件{n1}件。"
        f"{doc.d(*d1)}，查处{rng.choice(COMPANIES)}销售侵犯注册商标专用权商品案，"
        f"依法作出行政处罚（{doc.dn(pre + '罚', y, rng.randint(10, 99))}）。"
    )
    d2 = pick_date(rng, y, 4, 4)
    doc.p(
        f"（二）加强宣传培训。{doc.d(*d2)}，组织开展“4·26”知识产权宣传周活动，发放宣传资料{rng.randint(800, 3000)}份，"
        f"举办企业知识产权培训班{rng.randint(2, 6)}期。"
    )
    doc.p("（三）推进协同保护。与县公安局、县检察院建立案件线索通报和移送机制，形成保护合力。")
    rows = []
    for a, u in [
        ("专利侵权纠纷", "件"),
        ("商标侵权案件", "件"),
        ("假冒专利案件", "件"),
        ("移送公安案件", "件"),
        ("培训企业", "家"),
    ]:
        p_, c_ = rng.randint(1, 40), rng.randint(1, 40)
        rows.append([a, u, str(p_), str(c_)])
    doc.table(Table(["项目", "单位", "2022年", "2023年"], rows, widths=[4, 1, 2, 2], caption="主要工作指标完成情况"))
    doc.h("二、存在的问题")
    doc.p("一是基层执法力量相对薄弱；二是部分企业知识产权保护意识不强；三是电商领域侵权线索发现难。")
    doc.h("三、下一步工作打算")
    doc.p("继续保持打击侵权假冒高压态势，深入实施地理标志保护工程，推动知识产权保护工作再上新台阶。")
    doc.seal = org
    doc.sign([org], doc.d(y, 12, rng.randint(5, 25)))
    return doc


def b_report(rng, nm):
    doc = Doc()
    org, pre = UNITS[rng.choice(["scjg", "gaj", "nyj", "xcb"])]
    y, m, d = pick_date(rng, 2023, 6, 11)
    doc.red_mark = org
    doc.docnum = doc.dn(pre, y, rng.randint(10, 90))
    doc.title_lines = ["关于2023年上半年打击侵权假冒", "工作情况的报告"]
    doc.organ = org
    doc.doc_type = "报告"
    doc.np_("县打击侵权假冒工作领导小组办公室：")
    cited = doc.dn("溪打假办", y, rng.randint(1, 9))
    doc.p(f"按照《关于报送2023年上半年打击侵权假冒工作情况的通知》（{cited}）要求，现将我单位上半年工作情况报告如下：")
    doc.p(
        f"一、{doc.drange(y, 1, 1, 6, 30)}，共检查市场主体{rng.randint(200, 900)}户次，"
        f"查办侵权假冒案件{rng.randint(3, 20)}件，涉案金额{rng.randint(2, 90)}.{rng.randint(1, 9)}万元。"
    )
    doc.p("二、加强源头治理，督促重点企业建立知识产权管理制度，开展“知识产权服务进企业”活动。")
    doc.p("三、下半年将继续加大执法力度，完善长效机制。")
    doc.p("特此报告。")
    doc.seal = org
    doc.sign([org], doc.d(y, m, d))
    return doc


def b_tongbao(rng, nm):
    doc = Doc()
    org, pre = UNITS["djb"]
    y, m, d = pick_date(rng, 2023, 7, 11)
    doc.red_mark = org
    doc.docnum = doc.dn(pre, y, rng.randint(3, 20))
    doc.title_lines = ["关于2023年知识产权保护工作", "督查情况的通报"]
    doc.organ = org
    doc.doc_type = "通报"
    doc.np_("各乡镇人民政府，县直有关单位：")
    s = pick_date(rng, y, 5, 6)
    doc.p(
        f"{doc.drange(s[0], s[1], s[2], s[1], min(28, s[2] + rng.randint(3, 10)))}，县打假办组织督查组对各乡镇、"
        "县直有关单位知识产权保护工作进行了督查。现将督查情况通报如下："
    )
    rows = []
    for i, town in enumerate(rng.sample(TOWNS, 5), 1):
        rows.append(
            [
                str(i),
                town + ("人民政府" if town.endswith("乡") or town.endswith("镇") else ""),
                str(rng.randint(70, 99)),
                rng.choice(["好", "较好", "一般"]),
            ]
        )
    doc.table(Table(["序号", "被督查单位", "得分", "等次"], rows, widths=[1, 5, 2, 2], caption="督查得分情况"))
    doc.p("对督查中发现的问题，各单位要认真整改，于" + doc.d(*add_days(y, m, d, 20)) + "前将整改情况书面报县打假办。")
    doc.seal = org
    doc.sign([org], doc.d(y, m, d))
    return doc


def b_yijian(rng, nm):
    doc = Doc()
    keys = ["fy", "jcy", "gaj", "scjg"]
    orgs = [UNITS[k][0] for k in keys]
    y, m, d = pick_date(rng, 2023, 3, 9)
    doc.red_mark = orgs
    doc.docnum = doc.dn("溪法", y, rng.randint(5, 40))
    doc.title_lines = ["关于加强知识产权协同保护的", "实施意见"]
    doc.organ = orgs
    doc.doc_type = "意见"
    doc.np_("各有关单位：")
    doc.p("为深入贯彻落实《关于强化知识产权保护的意见》，健全行政执法与刑事司法衔接机制，结合我县实际，提出如下意见。")
    doc.h("一、建立信息共享机制")
    doc.p("各单位确定一名联络员，每季度末通报知识产权案件办理情况，重大案件线索随时通报。")
    doc.h("二、完善案件移送机制")
    doc.p("行政执法机关在执法中发现涉嫌犯罪的，应当在规定时间内向公安机关移送，并抄送同级人民检察院。")
    doc.h("三、其他")
    doc.p(f"本意见自{doc.d(y, m, d)}起施行。")
    doc.seal = orgs[0]
    doc.sign(orgs, doc.d(y, m, d))
    return doc


def b_han(rng, nm):
    doc = Doc()
    org, pre = UNITS[rng.choice(["scjg", "gaj", "zscq"])]
    y, m, d = pick_date(rng, 2023, 3, 11)
    doc.red_mark = org
    doc.docnum = doc.dn(pre + "函", y, rng.randint(1, 50))
    target = rng.choice(["桐州市市场监督管理局", "溪宁县公安局", "安徽省知识产权保护中心", "桐州市知识产权局"])
    if target == org:
        target = "桐州市市场监督管理局"
    doc.title_lines = ["关于商请协助核查商标侵权线索的函"]
    doc.organ = org
    doc.doc_type = "函"
    doc.np_(target + "：")
    co = rng.choice(COMPANIES)
    dd = pick_date(rng, y, 2, m)
    doc.p(
        f"{doc.d(*dd)}，我局执法人员在对{co}进行检查时，发现其销售的部分商品涉嫌侵犯注册商标专用权，"
        f"商标注册证号为第{rng.randint(10000000, 39999999)}号。为查明案情，特商请贵单位协助核查以下事项："
    )
    doc.p("一、涉案商品是否为权利人生产或授权生产；二、涉案商品的流通渠道；三、其他需要核查的事项。")
    doc.p(f"请于{doc.d(*add_days(y, m, d, 15))}前将核查结果函告我局。")
    doc.p(f"联系人：{nm()}，联系电话：{phone(rng)}。")
    doc.seal = org
    doc.sign([org], doc.d(y, m, d))
    return doc


def b_jianbao(rng, nm):
    doc = Doc()
    org = "溪宁县知识产权保护工作领导小组办公室"
    y, m, d = pick_date(rng, 2023, 4, 11)
    no = rng.randint(2, 9)
    doc.red_mark = "溪宁县知识产权保护工作简报"
    doc.red_suffix = ""
    doc.period = f"第{no}期"
    doc.blocks.append(("orgdate", org, doc.d(y, m, d)))
    doc.title_lines = [doc.red_mark]
    head = rng.choice(["我县召开地理标志保护推进会", "县市场监管局开展知识产权执法检查", "我县举办企业知识产权培训班"])
    doc.blocks.append(("center", head))
    doc.organ = org
    doc.doc_type = "简报"
    e = add_days(y, m, d, -rng.randint(2, 9))
    doc.p(
        f"{doc.d(*e)}，{head.replace('我县', '溪宁县').replace('县市场监管局', '溪宁县市场监督管理局')}。"
        f"会议由副县长{nm()}主持，县直有关单位和各乡镇分管负责同志参加。"
    )
    doc.p("会议强调，要严格落实地理标志专用标志使用管理制度，规范“溪宁白茶”“溪宁山核桃”等地理标志产品的生产经营秩序。")
    doc.p(f"截至{doc.d(*add_days(y, m, d, -1))}，全县共有{rng.randint(12, 40)}家企业获准使用地理标志专用标志。")
    doc.blocks.append(("yinfa", "报：县委、县政府主要领导  送：各乡镇、县直有关单位", f"共印{rng.randint(30, 60)}份"))
    return doc


def b_jiyao(rng, nm, long=True):
    doc = Doc()
    org = rng.choice(["溪宁县知识产权保护工作领导小组办公室", "溪宁县打击侵权假冒工作领导小组办公室"])
    title = rng.choice(["溪宁县知识产权保护工作联席会议纪要", "溪宁县打击侵权假冒工作推进会议纪要"])
    y, m, d = pick_date(rng, 2023, 3, 11)
    doc.red_mark = title
    doc.red_suffix = ""
    doc.period = f"〔{y}〕第{rng.randint(1, 6)}期"
    doc.blocks.append(("orgdate", org, doc.d(y, m, d)))
    doc.title_lines = [title]
    doc.organ = org
    doc.doc_type = "纪要"
    md = add_days(y, m, d, -rng.randint(1, 6))
    chair = nm()
    mtitle = title.replace("纪要", "")
    doc.p(
        f"{doc.d(*md)}上午，副县长{chair}在县政府三楼会议室主持召开{mtitle}。"
        "县市场监管局、县公安局、县检察院、县法院、县农业农村局等单位负责同志参加会议。"
    )
    topics = rng.sample(
        [
            "通报2023年上半年知识产权保护工作情况",
            "研究地理标志保护专项行动方案",
            "部署“铁拳”专项执法行动",
            "研究知识产权纠纷多元化解机制",
            "安排迎接市级考核准备工作",
        ],
        3,
    )
    doc.np_("会议议题：")
    for i, t in enumerate(topics, 1):
        doc.p(f"{i}.{t}")
    doc.p("会议议定事项如下：")
    doc.p("一、各成员单位要对照年度考核细则，逐项梳理工作台账，确保资料齐全、数据准确。")
    if long:
        doc.p("二、县市场监管局牵头，会同县公安局开展联合执法，重点整治农村集贸市场侵权假冒问题。")
        doc.p(f"三、各单位于{doc.d(*add_days(*md, 14))}前将工作进展报县领导小组办公室。")
    doc.np_("出席：" + "、".join(nm() for _ in range(5)))
    doc.np_("记录：" + nm())
    doc.meetings = [{"date": dt.date(*md).isoformat(), "title": mtitle, "chair": chair, "topics": topics}]
    return doc


def b_jilu(rng, nm):
    """A meeting record written on a form/lined paper (key-value fields, not a table)."""
    doc = Doc()
    org = rng.choice(["溪宁县市场监督管理局", "溪宁县城关镇人民政府", "溪宁县公安局"])
    y, m, d = pick_date(rng, 2023, 2, 11)
    chair, rec = nm(), nm()
    mtitle = rng.choice(["知识产权保护工作推进会", "打击侵权假冒专题会议", "地理标志保护工作部署会"])
    topics = rng.sample(
        ["传达上级知识产权保护会议精神", "部署专项执法检查任务", "研究年度考核迎检工作", "通报投诉举报处理情况"], 2
    )
    doc.title_lines = [org + "会议记录"]
    doc.organ = org
    doc.doc_type = "会议记录"
    doc.blocks.append(
        (
            "kv",
            [
                ("会议名称：", mtitle),
                ("会议时间：", doc.d(y, m, d) + " 上午9:00"),
                ("会议地点：", "三楼会议室"),
                ("主 持 人：", chair),
                ("记 录 人：", rec),
                ("参会人员：", "、".join(nm() for _ in range(6))),
                ("会议议题：", "；".join(f"{i}.{t}" for i, t in enumerate(topics, 1))),
            ],
        )
    )
    doc.np_("会议内容：")
    doc.p(f"{chair}：今年的知识产权保护考核即将开始，各股室要按照考核细则准备资料，做到有据可查。")
    doc.p(f"{nm()}：上半年共办理商标侵权案件{rng.randint(2, 12)}件，已全部录入系统。")
    doc.p(f"{chair}：会后各责任人于{doc.d(*add_days(y, m, d, 7))}前将材料交办公室汇总。")
    doc.meetings = [{"date": dt.date(y, m, d).isoformat(), "title": mtitle, "chair": chair, "topics": topics}]
    return doc


def b_signin(rng, nm, n=None, blank=None):
    doc = Doc()
    y, m, d = pick_date(rng, 2023, 3, 11)
    mt = rng.choice(
        ["2023年知识产权保护工作培训会", "打击侵权假冒工作联席会议", "地理标志保护工作推进会", "企业商标品牌培训班"]
    )
    doc.title_lines = [mt + "签到表"]
    doc.doc_type = "签到表"
    n = n or rng.randint(6, 11)
    blank = rng.randint(1, 4) if blank is None else blank
    doc.blocks.append(
        (
            "kvline",
            f"时间：{doc.d(y, m, d)}    "
            f"地点：{rng.choice(['县政府三楼会议室', '县市场监管局五楼会议室', '城关镇便民服务中心'])}",
        )
    )
    units = [
        "县市场监管局",
        "县公安局",
        "县检察院",
        "县法院",
        "县农业农村局",
        "县商务局",
        "城关镇",
        "河山乡",
        "青石镇",
        "县文旅体局",
        "福源茶业公司",
        "青峰农产品公司",
    ]
    rows, names = [], []
    for i in range(1, n + 1):
        na = nm()
        names.append(na)
        rows.append(
            [
                str(i),
                na,
                rng.choice(units),
                rng.choice(["科员", "股长", "副局长", "所长", "负责人", "干部"]),
                f"138 0000 {rng.randint(1000, 9999)}",
            ]
        )
    doc.table(
        Table(
            ["序号", "姓名", "单位", "职务", "联系电话"],
            rows,
            widths=[1, 2, 4, 2, 3],
            hand_cols=(1, 2, 3, 4),
            blank_rows=blank,
        )
    )
    doc.attendance = {"count": n, "names": names}
    return doc


def b_stat(rng, nm, variant=0):
    """A statistics/ledger table document (used for photos, scans, docx)."""
    doc = Doc()
    unit = rng.choice(["溪宁县市场监督管理局", "溪宁县公安局", "溪宁县农业农村局", "溪宁县城关镇人民政府"])
    y = 2023
    fd = pick_date(rng, y, 6, 12)
    if variant == 0:
        doc.title_lines = ["溪宁县2023年知识产权案件查处情况统计表"]
        doc.doc_type = "统计表"
        groups = [("序号", 1), ("案件类别", 1), ("立案数（件）", 2), ("结案数（件）", 2), ("罚没金额（万元）", 1)]
        header = ["序号", "案件类别", "上半年", "下半年", "上半年", "下半年", "罚没金额（万元）"]
        cats = ["商标侵权", "假冒专利", "专利侵权纠纷", "地理标志侵权", "其他"]
        rows = [
            [str(i), c] + [str(rng.randint(0, 15)) for _ in range(4)] + [f"{rng.randint(0, 30)}.{rng.randint(0, 9)}"]
            for i, c in enumerate(cats, 1)
        ]
        tot = ["合计", ""] + [str(sum(int(r[k]) for r in rows)) for k in range(2, 6)] + [""]
        t = Table(header, rows, groups=groups, total=tot, widths=[1, 3, 2, 2, 2, 2, 3])
    elif variant == 1:
        doc.title_lines = ["2023年地理标志专用标志使用企业台账"]
        doc.doc_type = "台账"
        prods = ["溪宁白茶", "溪宁山核桃"]
        rows = []
        for i in range(1, rng.randint(6, 8)):
            p_ = prods[0] if i <= 3 else prods[1]
            co = rng.choice([c for c in GI_USERS[p_] if all(c != r[2] for r in rows)])
            rows.append([str(i), p_, co, rng.choice(TOWNS), doc.d(*pick_date(rng, y, 1, 10), "dot")])
        t = Table(["序号", "产品名称", "使用企业", "所在乡镇", "核准日期"], rows, merge_col=1, widths=[1, 2, 5, 2, 3])
    elif variant == 2:
        doc.title_lines = ["知识产权投诉举报登记表"]
        doc.doc_type = "登记表"
        rows = []
        for i in range(1, rng.randint(5, 8)):
            rows.append(
                [
                    str(i),
                    doc.d(*pick_date(rng, y, 1, 11), "dash"),
                    rng.choice(["电话", "12315平台", "来信", "来访"]),
                    rng.choice(["销售假冒商标白酒", "仿冒包装装潢", "假冒专利标识", "网店销售侵权商品"]),
                    rng.choice(["已办结", "已办结", "办理中"]),
                ]
            )
        t = Table(["序号", "登记日期", "来源", "反映问题", "办理情况"], rows, widths=[1, 3, 2, 5, 2])
    else:
        doc.title_lines = ["溪宁县知识产权保护工作联络员一览表"]
        doc.doc_type = "一览表"
        rows = []
        for i, u in enumerate(["县市场监管局", "县公安局", "县检察院", "县法院", "县农业农村局", "县商务局"], 1):
            rows.append([str(i), u, nm(), rng.choice(["股长", "科员", "副主任"]), phone(rng)])
        t = Table(["序号", "单位", "姓名", "职务", "联系电话"], rows, widths=[1, 3, 2, 2, 3])
    doc.blocks.append(("kvline", f"填报单位：{unit}    填报日期：{doc.d(*fd)}"))
    doc.table(t)
    doc.blocks.append(("kvline", f"填表人：{nm()}    审核人：{nm()}"))
    doc.organ = unit
    return doc


NEWS_TOPICS = [
    (
        "溪宁县开展知识产权宣传周活动",
        "开展“4·26”知识产权宣传周活动，在县城中心广场设立咨询台，向群众讲解商标、专利和地理标志知识",
    ),
    ("溪宁县查办一起销售假冒注册商标白酒案", "查办一起销售假冒注册商标白酒案，现场查获涉嫌侵权白酒120余瓶"),
    (
        "“溪宁白茶”地理标志保护工作再获新进展",
        "召开“溪宁白茶”地理标志保护工作推进会，新增12家企业获准使用地理标志专用标志",
    ),
    ("溪宁县举办企业知识产权培训班", "举办企业知识产权培训班，邀请省知识产权保护中心专家为60余家企业授课"),
    (
        "多部门联合开展农村假冒伪劣食品整治",
        "联合公安、农业农村等部门开展农村假冒伪劣食品专项整治，检查农村集贸市场15个",
    ),
]


def b_news(rng, nm, style):
    doc = Doc()
    title, what = rng.choice(NEWS_TOPICS)
    y, m, d = pick_date(rng, 2023, 3, 11)
    ev = add_days(y, m, d, -rng.randint(0, 3))
    if "4·26" in what:  # the publicity week is held around 26 April
        ev = (2023, 4, 26)
        y, m, d = add_days(*ev, rng.randint(0, 2))
    if style == "wechat":
        acct = rng.choice(["溪宁发布", "溪宁市场监管", "桐州日报"])
        src = None
        doc.media = [(acct, MEDIA_LEVEL[acct])]
    elif style == "web":
        acct = rng.choice(["桐州新闻网", "中安在线", "溪宁县融媒体中心"])
        src = rng.choice(["桐州日报", "溪宁县融媒体中心", None])
        if src == acct:
            src = None
        doc.media = [(acct, MEDIA_LEVEL[acct])] + ([(src, MEDIA_LEVEL[src])] if src else [])
    elif style == "app":
        acct = rng.choice(["桐州日报", "安徽日报"])
        src = "溪宁县融媒体中心"
        doc.media = [(acct, MEDIA_LEVEL[acct]), (src, MEDIA_LEVEL[src])]
    else:  # newspaper clipping
        acct = rng.choice(["桐州日报", "中国市场监管报"])
        src = None
        doc.media = [(acct, MEDIA_LEVEL[acct])]
    doc.title_lines = [title]
    doc.doc_type = "新闻报道"
    date_text = doc.d(y, m, d, "dash" if style != "paper" else "cn")
    reporter = nm()
    body = [
        f"{doc.d(*ev)}，溪宁县市场监督管理局{what}。",
        f"活动现场，执法人员通过展板、宣传手册和案例讲解等形式，引导群众增强知识产权保护意识。据统计，当天共发放宣传资料"
        f"{rng.randint(500, 2000)}余份，接受群众咨询{rng.randint(50, 300)}人次。",
        f"县市场监督管理局负责人{nm()}介绍，2023年以来，该局共查办各类知识产权案件{rng.randint(8, 30)}件，"
        "有力维护了公平竞争的市场秩序。",
        "下一步，溪宁县将持续加大知识产权保护力度，为优化营商环境提供有力保障。",
    ]
    if rng.random() < 0.5:
        body.insert(
            2,
            f"据悉，该县于{doc.d(*add_days(y, m, d, -40))}出台《溪宁县知识产权保护工作实施方案》"
            f"（{doc.dn('溪政办', y, rng.randint(5, 30))}），明确了年度目标任务。",
        )
    if style == "paper":
        doc.red_mark, doc.red_suffix = acct, ""
        doc.period = f"{date_text}　第{rng.randint(2, 8)}版　县域经济"
        for para in body:
            doc.p(para)
        doc.np_(f"（记者 {reporter}  通讯员 {nm()}）")
    doc.news = {
        "style": style,
        "outlet": acct,
        "source": src,
        "title": title,
        "date_text": date_text,
        "body": body,
        "reporter": reporter,
        "time": f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
    }
    return doc


# ---------------------------------------------------------------- image rendering (scans, photos)
RED = (205, 28, 30)


def wrap(text, fnt, width, indent=0.0):
    lines, cur, w = [], "", indent
    for ch in text:
        cw = fnt.getlength(ch)
        if cur and w + cw > width:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur or not lines:
        lines.append(cur)
    return lines


def make_seal(name, diam, rng):
    s = int(diam)
    img = Image.new("RGB", (s, s), "white")
    dr = ImageDraw.Draw(img)
    col = (215 + rng.randint(-10, 10), 45 + rng.randint(-10, 15), 45 + rng.randint(-10, 15))
    lw = max(3, int(s * 0.035))
    dr.ellipse([lw, lw, s - lw, s - lw], outline=col, width=lw)
    c, r = s / 2, s * 0.13
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.4
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=col)
    fs = s * 0.12
    f = font("song", fs)
    n = len(name)
    span = min(250.0, 22.0 * n)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rad = s / 2 - lw * 2 - fs * 0.65
        x, y = c + rad * math.cos(a), c + rad * math.sin(a)
        g = Image.new("L", (int(fs * 1.4), int(fs * 1.4)), 0)
        ImageDraw.Draw(g).text((fs * 0.2, fs * 0.05), ch, font=f, fill=255)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.paste(Image.new("RGB", g.size, col), (int(x - g.width / 2), int(y - g.height / 2)), g)
    img = img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, fillcolor="white")
    # uneven ink
    a = np.asarray(img).astype(np.float32)
    mask = np.random.default_rng(rng.randint(0, 10**6)).uniform(0.55, 1.0, a.shape[:2])[..., None]
    a = 255 - (255 - a) * mask
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


class PageWriter:
    def __init__(self, dpi, body_pt, rng, margins=(37, 28, 26, 35), page_numbers=True):
        self.dpi, self.rng = dpi, rng
        self.k = dpi / 72.0
        self.W, self.H = int(210 * dpi / 25.4), int(297 * dpi / 25.4)
        mm = dpi / 25.4
        self.top, self.left, self.right, self.bottom = (int(v * mm) for v in margins)
        self.tw = self.W - self.left - self.right
        self.bs = body_pt * self.k
        self.pages: list = []
        self.page_numbers = page_numbers
        self.new_page()

    def new_page(self):
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.dr = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.top

    def ensure(self, h):
        if self.y + h > self.H - self.bottom:
            self.new_page()

    def text_line(self, s, fnt, x, fill=(0, 0, 0), lh=None):
        lh = lh or fnt.size * 1.7
        self.ensure(lh)
        self.dr.text((x, self.y + (lh - fnt.size) / 2), s, font=fnt, fill=fill)
        self.y += lh

    def para(self, s, fname="fang", indent=2, scale=1.0, align="left", fill=(0, 0, 0), lh=1.75):
        f = font(fname, self.bs * scale)
        ind = indent * f.size
        for i, line in enumerate(wrap(s, f, self.tw, ind)):
            x = self.left + (ind if i == 0 else 0)
            if align == "center":
                x = self.left + (self.tw - f.getlength(line)) / 2
            elif align == "right":
                x = self.left + self.tw - f.getlength(line) - 2 * f.size
            self.text_line(line, f, x, fill, f.size * lh)

    def red_line(self, gap=0.4):
        self.y += self.bs * gap
        self.dr.line([(self.left, self.y), (self.left + self.tw, self.y)], fill=RED, width=max(2, int(self.dpi / 60)))
        self.y += self.bs * 0.9

    def hand(self, s, f, x, y):
        for ch in s:
            ox, oy = self.rng.uniform(-0.06, 0.06) * f.size, self.rng.uniform(-0.1, 0.1) * f.size
            self.dr.text((x + ox, y + oy), ch, font=f, fill=(25, 35, 95))
            x += f.getlength(ch) * self.rng.uniform(0.92, 1.08)

    def table(self, t: Table, scale=0.78):
        f = font("song", self.bs * scale)
        fh = font("heib", self.bs * scale)
        fk = font("kai", self.bs * scale * 1.1)
        lw = max(1, int(self.dpi / 110))
        tot = sum(t.widths)
        xs = [self.left]
        for w in t.widths:
            xs.append(xs[-1] + self.tw * w / tot)
        pad = f.size * 0.35
        lh = f.size * 1.35

        def cell_lines(text, i, fnt):
            return wrap(text, fnt, xs[i + 1] - xs[i] - 2 * pad)

        def draw_cell(x0, x1, y0, y1, text, fnt, hand=False, center=True, top=True):
            d = self.dr
            if top:
                d.line([(x0, y0), (x1, y0)], fill=0, width=lw)
            d.line([(x0, y1), (x1, y1)], fill=0, width=lw)
            d.line([(x0, y0), (x0, y1)], fill=0, width=lw)
            d.line([(x1, y0), (x1, y1)], fill=0, width=lw)
            if not top:
                d.line([(x0 + lw, y0), (x1 - lw, y0)], fill="white", width=lw)
            if not text:
                return
            lines = wrap(text, fnt, x1 - x0 - 2 * pad)
            yy = y0 + (y1 - y0 - len(lines) * lh) / 2
            for ln in lines:
                xx = x0 + (x1 - x0 - fnt.getlength(ln)) / 2 if center else x0 + pad
                if hand:
                    self.hand(ln, fnt, xx, yy + (lh - fnt.size) / 2)
                else:
                    d.text((xx, yy + (lh - fnt.size) / 2), ln, font=fnt, fill=0)
                yy += lh

        def header():
            if t.groups:
                h1 = lh + 2 * pad
                need = 2 * h1
                self.ensure(need + lh * 2)
                y0 = self.y
                i = 0
                for text, span in t.groups:
                    if span == 1 and t.header[i] == text:
                        draw_cell(xs[i], xs[i + 1], y0, y0 + 2 * h1, text, fh)
                    else:
                        draw_cell(xs[i], xs[i + span], y0, y0 + h1, text, fh)
                        for k in range(span):
                            draw_cell(xs[i + k], xs[i + k + 1], y0 + h1, y0 + 2 * h1, t.header[i + k], fh)
                    i += span
                self.y = y0 + 2 * h1
            else:
                hh = max(len(cell_lines(c, i, fh)) for i, c in enumerate(t.header)) * lh + 2 * pad
                self.ensure(hh + lh * 2)
                for i, c in enumerate(t.header):
                    draw_cell(xs[i], xs[i + 1], self.y, self.y + hh, c, fh)
                self.y += hh

        if t.caption:
            self.para(t.caption, "hei", 0, 0.9, "center")
        header()
        allrows = [(r, False) for r in t.rows] + [([""] * len(t.header), False)] * t.blank_rows
        if t.total:
            allrows.append((t.total, True))
        prev = None
        for r, _ in allrows:
            fonts_ = [fk if (i in t.hand_cols and r[i]) else f for i in range(len(r))]
            hh = max(
                max(len(cell_lines(c, i, fonts_[i])) for i, c in enumerate(r)) * lh + 2 * pad,
                lh * (1.9 if t.hand_cols else 1) + 2 * pad,
            )
            if self.y + hh > self.H - self.bottom:
                self.new_page()
                header()
                prev = None
            for i, c in enumerate(r):
                cont = t.merge_col == i and prev is not None and prev[i] == c and c
                draw_cell(
                    xs[i],
                    xs[i + 1],
                    self.y,
                    self.y + hh,
                    "" if cont else c,
                    fonts_[i],
                    hand=i in t.hand_cols,
                    center=len(c) < 12,
                    top=not cont,
                )
            self.y += hh
            prev = r
        self.y += lh * 0.6

    def seal_at(self, name, cx, cy):
        s = make_seal(name, 42 * self.dpi / 25.4, self.rng)
        x0, y0 = int(cx - s.width / 2), int(cy - s.height / 2)
        reg = self.img.crop((x0, y0, x0 + s.width, y0 + s.height))
        self.img.paste(ImageChops.multiply(reg, s), (x0, y0))

    def finish(self):
        if self.page_numbers and len(self.pages) > 1:
            f = font("song", 14 * self.k)
            for i, p in enumerate(self.pages, 1):
                s = f"— {i} —"
                d = ImageDraw.Draw(p)
                x = self.W - self.right - f.getlength(s) if i % 2 else self.left
                d.text((x, self.H - self.bottom + 7 * self.dpi / 25.4), s, font=f, fill=0)
        return self.pages


def render_doc_images(doc: Doc, dpi, body_pt, rng, notebook=False):
    pw = PageWriter(dpi, body_pt, rng, margins=(25, 22, 20, 25) if body_pt < 14 else (37, 28, 26, 35))
    sc = body_pt / 16.0
    if notebook:
        # ruled lines of a notebook page
        step = pw.bs * 1.75
        yy = pw.top
        while yy < pw.H - pw.bottom:
            pw.dr.line([(pw.left - 20, yy + step), (pw.W - pw.right + 20, yy + step)], fill=(150, 180, 210), width=2)
            yy += step
    if doc.red_mark:
        if isinstance(doc.red_mark, list):
            f = font("xbs", 26 * pw.k * sc)
            y0 = pw.y
            for org in doc.red_mark:
                pw.text_line(org, f, pw.left + pw.tw * 0.08, RED, f.size * 1.35)
            fb = font("xbs", 40 * pw.k * sc)
            pw.dr.text((pw.left + pw.tw * 0.74, (y0 + pw.y) / 2 - fb.size / 2 - 6), doc.red_suffix, font=fb, fill=RED)
        else:
            s = doc.red_mark + doc.red_suffix
            size = min(36 * pw.k * sc, pw.tw / (len(s) * 1.02))
            f = font("xbs", size)
            pw.text_line(s, f, pw.left + (pw.tw - f.getlength(s)) / 2, RED, f.size * 1.6)
        pw.y += pw.bs * 0.5
        if doc.docnum:
            pw.para(doc.docnum, "fang", 0, 1.0, "center")
        if doc.period:
            pw.para(doc.period, "fang", 0, 1.0, "center")
        if not any(b[0] == "orgdate" for b in doc.blocks):
            pw.red_line()
    if doc.title_lines and doc.title_lines != [doc.red_mark]:
        pw.y += pw.bs * 0.4
        f = font("xbs", 22 * pw.k * sc)
        for line in doc.title_lines:
            pw.text_line(line, f, pw.left + (pw.tw - f.getlength(line)) / 2, 0, f.size * 1.5)
        pw.y += pw.bs * 0.6
    for b in doc.blocks:
        kind = b[0]
        if kind == "p":
            pw.para(b[1])
        elif kind == "np":
            pw.para(b[1], indent=0)
        elif kind == "h":
            pw.para(b[1], "hei")
        elif kind == "h2":
            pw.para(b[1], "kai")
        elif kind == "center":
            pw.para(b[1], "heib", 0, 1.05, "center")
        elif kind == "kvline":
            pw.para(b[1], "song", 0, 0.85)
        elif kind == "kv":
            for k, v in b[1]:
                pw.para(k + v, "fang", 0)
        elif kind == "table":
            pw.table(b[1])
        elif kind == "orgdate":
            f = font("fang", pw.bs * 0.9)
            pw.ensure(f.size * 2)
            pw.dr.text((pw.left, pw.y), b[1], font=f, fill=0)
            pw.dr.text((pw.left + pw.tw - f.getlength(b[2]), pw.y), b[2], font=f, fill=0)
            pw.y += f.size * 1.3
            pw.red_line(0.2)
        elif kind == "sign":
            pw.y += pw.bs * 1.2
            f = font("fang", pw.bs)
            lines = list(b[1]) + [b[2]]
            pw.ensure(len(lines) * f.size * 1.75 + pw.bs)
            y0 = pw.y
            right = pw.left + pw.tw - 2 * f.size
            wmax = max(f.getlength(x) for x in lines)
            for ln in lines:
                pw.text_line(ln, f, right - wmax / 2 - f.getlength(ln) / 2, 0, f.size * 1.75)
            if doc.seal:
                pw.seal_at(
                    doc.seal, right - wmax / 2 + pw.rng.uniform(-0.5, 0.5) * f.size, (y0 + pw.y) / 2 + f.size * 0.6
                )
        elif kind == "yinfa":
            f = font("fang", pw.bs * 0.8)
            pw.y = max(pw.y + pw.bs, pw.H - pw.bottom - f.size * 2.6)
            if pw.y + f.size * 2.2 > pw.H - pw.bottom + 1:
                pw.new_page()
                pw.y = pw.H - pw.bottom - f.size * 2.6
            pw.dr.line([(pw.left, pw.y), (pw.left + pw.tw, pw.y)], fill=0, width=2)
            pw.dr.text((pw.left + f.size, pw.y + f.size * 0.4), b[1], font=f, fill=0)
            pw.dr.text((pw.left + pw.tw - f.getlength(b[2]) - f.size, pw.y + f.size * 0.4), b[2], font=f, fill=0)
            pw.dr.line([(pw.left, pw.y + f.size * 2), (pw.left + pw.tw, pw.y + f.size * 2)], fill=0, width=2)
            pw.y += f.size * 2.2
    return pw.finish()


def fit_one_page(doc, dpi, rng, sizes=(13, 12, 11, 10.5, 10, 9), notebook=False):
    for s in sizes:
        pages = render_doc_images(doc, dpi, s, random.Random(rng.random()), notebook)
        if len(pages) == 1:
            return pages[0]
    raise RuntimeError("document does not fit one page")


# ---------------------------------------------------------------- degradations
def scanify(img, rng, strength=1.0, gray=False):
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    R = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.3, 1.3) * strength, 1.0)
    a = cv2.warpAffine(src, R, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 248)).astype(np.float32)
    g = np.random.default_rng(rng.randint(0, 10**6))
    a *= np.array([0.985, 0.975, 0.96], np.float32)
    a += g.standard_normal(a.shape[:2], dtype=np.float32)[..., None] * np.float32(7 * strength) + 3
    # a few specks
    for _ in range(int(60 * strength)):
        y, x = g.integers(0, a.shape[0]), g.integers(0, a.shape[1])
        a[max(0, y - 1) : y + 2, max(0, x - 1) : x + 2] *= 0.4
    a = cv2.GaussianBlur(a.clip(0, 255).astype(np.uint8), (0, 0), 0.5 * strength)
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L").convert("RGB")
    return out


def photoify(img, rng, moire=False, out_w=1920):
    g = np.random.default_rng(rng.randint(0, 10**6))
    page = np.asarray(img.convert("RGB"))
    ph, pw_ = page.shape[:2]
    W = out_w
    H = int(W * 4 / 3)
    bg_col = np.array(rng.choice([(120, 95, 70), (90, 90, 95), (160, 150, 135), (70, 60, 50)]), np.float32)
    sc = W * rng.uniform(0.8, 0.88) / pw_
    cw, ch = pw_ * sc, ph * sc
    if ch > H * 0.95:
        sc *= H * 0.95 / ch
        cw, ch = pw_ * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-30, 30), H / 2 + rng.uniform(-30, 30)
    j = lambda: rng.uniform(-0.045, 0.045) * W  # noqa: E731
    top_shrink = rng.uniform(0.0, 0.06) * cw
    dst = np.float32(
        [
            [cx - cw / 2 + top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 - top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw_, 0], [pw_, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = np.empty((H, W, 3), np.uint8)
    bg[:] = bg_col.astype(np.uint8)
    out = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT, dst=bg)
    out = out.astype(np.float32)
    # lighting: gradient plus a soft shadow blob, computed small and scaled up
    h8, w8 = H // 8, W // 8
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 0.78 + 0.22 * ((np.cos(ang) * xx / w8 + np.sin(ang) * yy / h8) + 1) / 2
    sx, sy, sr = rng.uniform(0, w8), rng.uniform(0, h8), rng.uniform(0.25, 0.5) * w8
    shadow = 1 - 0.3 * np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * sr**2)))
    light = cv2.resize((grad * shadow).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    out *= light[..., None]
    out *= np.array([1.0, 0.98, 0.93], np.float32)
    if moire:
        f1, f2 = rng.uniform(0.35, 0.5), rng.uniform(0.02, 0.05)
        xs = np.arange(W, dtype=np.float32)[None, :]
        ys = np.arange(H, dtype=np.float32)[:, None]
        pat = np.sin(xs * f1 + ys * (f1 * 0.3)) * np.sin(ys * (f2 * 7) + xs * f2)
        out += 9 * pat[..., None]
    out += g.standard_normal((H, W), dtype=np.float32)[..., None] * np.float32(5)
    out = cv2.GaussianBlur(out.clip(0, 255).astype(np.uint8), (0, 0), rng.uniform(0.7, 1.3))
    return Image.fromarray(out)


# ---------------------------------------------------------------- screenshots
def render_screenshot(doc: Doc, rng):
    n = doc.news
    style = n["style"]
    if style in ("wechat", "app"):
        W, fs, margin = 1080, 40, 56
    else:
        W, fs, margin = 1440, 24, 260
    body_f = font("song" if style == "web" else "hei", fs)
    title_f = font("heib", fs * 1.45)
    small = font("hei", fs * 0.72)
    tw = W - 2 * margin
    ops = []  # (kind, ...) drawn after height is known
    y = 0
    if style in ("wechat", "app"):
        ops.append(("rect", 0, 0, W, 90, (245, 245, 245) if style == "wechat" else (200, 30, 40)))
        ops.append(("text", 40, 22, n["time"], font("heib", 34), (0, 0, 0) if style == "wechat" else (255, 255, 255)))
        ops.append(
            ("text", W - 170, 22, "5G  86%", font("heib", 30), (0, 0, 0) if style == "wechat" else (255, 255, 255))
        )
        y = 90
        if style == "wechat":
            ops.append(("rect", 0, y, W, y + 110, (237, 237, 237)))
            ops.append(("text", 40, y + 30, "×", font("hei", 46), (0, 0, 0)))
            ops.append(("text", W - 90, y + 30, "···", font("heib", 40), (0, 0, 0)))
            y += 150
        else:
            ops.append(("rect", 0, y, W, y + 120, (200, 30, 40)))
            ops.append(("text", margin, y + 28, n["outlet"] + "客户端", font("heib", 50), (255, 255, 255)))
            y += 170
    else:
        ops.append(("rect", 0, 0, W, 130, (18, 80, 160)))
        ops.append(("text", 120, 30, n["outlet"], font("heib", 56), (255, 255, 255)))
        ops.append(("rect", 0, 130, W, 185, (236, 240, 246)))
        x = 120
        for it in ["首页", "要闻", "县区", "民生", "专题", "视频"]:
            ops.append(("text", x, 142, it, font("hei", 26), (40, 40, 40)))
            x += 140
        ops.append(("text", margin, 215, "当前位置：首页 > 县区动态 > 正文", small, (110, 110, 110)))
        y = 290
    for line in wrap(n["title"], title_f, tw):
        ops.append(
            (
                "text",
                margin if style != "web" else margin + (tw - title_f.getlength(line)) / 2,
                y,
                line,
                title_f,
                (20, 20, 20),
            )
        )
        y += title_f.size * 1.45
    y += 20
    if style == "wechat":
        ops.append(("text", margin, y, "原创", small, (150, 150, 150)))
        ops.append(("text", margin + 90, y, n["outlet"], font("hei", fs * 0.72), (87, 107, 149)))
        ops.append(
            (
                "text",
                margin + 110 + small.getlength(n["outlet"]),
                y,
                f"{n['date_text']} {n['time']}  安徽",
                small,
                (150, 150, 150),
            )
        )
        y += small.size * 2.4
    elif style == "app":
        meta = f"{n['outlet']}  {n['date_text']} {n['time']}  来源：{n['source']}"
        ops.append(("text", margin, y, meta, small, (140, 140, 140)))
        y += small.size * 2.4
    else:
        src = f"来源：{n['source']}    " if n["source"] else ""
        meta = f"{src}发布时间：{n['date_text']} {n['time']}    浏览次数：{rng.randint(100, 3000)}"
        ops.append(("text", margin + (tw - small.getlength(meta)) / 2, y, meta, small, (110, 110, 110)))
        y += small.size * 2.0
        ops.append(("line", margin, y, margin + tw, y, (200, 200, 200)))
        y += 30
    for i, para in enumerate(n["body"]):
        if i == 1:
            ops.append(("rect", margin, y, margin + tw, y + tw * 0.5, (196, 204, 198)))
            ops.append(("text", margin + tw / 2 - 60, y + tw * 0.25 - 15, "［图片］", small, (90, 90, 90)))
            y += tw * 0.5 + 40
        for j, line in enumerate(wrap(para, body_f, tw, 2 * fs)):
            ops.append(("text", margin + (2 * fs if j == 0 else 0), y, line, body_f, (40, 40, 40)))
            y += fs * 1.8
        y += fs * 0.7
    tail = f"（记者 {n['reporter']}）" if style != "wechat" else f"编辑：{n['reporter']}"
    ops.append(("text", margin, y, tail, body_f, (90, 90, 90)))
    y += fs * 2.5
    if style == "wechat":
        ops.append(
            ("text", margin, y, f"阅读 {rng.randint(300, 9000)}    在看 {rng.randint(3, 60)}", small, (150, 150, 150))
        )
        y += 80
    elif style == "web":
        ops.append(("rect", 0, y, W, y + 120, (60, 60, 60)))
        ops.append(
            (
                "text",
                margin,
                y + 40,
                f"版权所有：{n['outlet']}    皖ICP备{rng.randint(10000000, 99999999)}号",
                font("hei", 22),
                (220, 220, 220),
            )
        )
        y += 120
    else:
        y += 40
    H = int(y + 10)
    img = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "rect":
            dr.rectangle(op[1:5], fill=op[5])
        elif op[0] == "line":
            dr.line(op[1:5], fill=op[5], width=2)
        else:
            dr.text((op[1], op[2]), op[3], font=op[4], fill=op[5])
    return img


# ---------------------------------------------------------------- DOCX
def docx_doc(doc: Doc, rng, house: dict):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt, RGBColor

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    body_font = DOCX_FONTS[house.get("body", "fang")]
    body_pt = house.get("size", 16)
    st = d.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_pt)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), body_font)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="en-US" w:eastAsia="zh-CN"/>')
        rpr.append(lang)
    else:
        lang.set(qn("w:eastAsia"), "zh-CN")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(body_pt * 1.8)

    def run(p, text, fname=None, size=None, bold=False, color=None):
        r = p.add_run(text)
        if fname:
            fn = DOCX_FONTS[fname]
            r.font.name = fn
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), fn)
        if size:
            r.font.size = Pt(size)
        r.font.bold = bold or None
        if color:
            r.font.color.rgb = RGBColor(*color)
        return r

    def para(text="", fname=None, size=None, bold=False, align=None, indent=True, color=None):
        p = d.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent and align is None:
            p.paragraph_format.first_line_indent = Pt((size or body_pt) * 2)
        if text:
            run(p, text, fname, size, bold, color)
        return p

    def red_rule(p):
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="4" w:color="C81E1E"/></w:pBdr>'
            )
        )

    def textbox(lines, size, color="C81E1E", height_pt=None, font_name=None):
        fn = font_name or DOCX_FONTS["xbs"]
        h = height_pt or size * 1.7 * len(lines) + 14
        paras = "".join(
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{fn}" w:hAnsi="{fn}" '
            f'w:eastAsia="{fn}"/><w:b/><w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
            for ln in lines
        )
        xml = (
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape id="tb{rng.randint(1000, 9999)}" type="#_x0000_t202" style="width:440pt;height:{h:.0f}pt" '
            f'stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>{paras}</w:txbxContent>'
            f"</v:textbox></v:shape></w:pict></w:r>"
        )
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.append(parse_xml(xml))
        return p

    def shade(cell, hexcol):
        cell._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcol}"/>')
        )

    def set_cell(cell, text, bold=False, fname=None, size=None):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.first_line_indent = None
        run(p, text, fname or house.get("cell", "song"), size or house.get("cell_size", 10.5), bold)

    def table(t: Table):
        if t.caption:
            para(t.caption, "hei", body_pt * 0.85, align="center")
        ncol = len(t.header)
        hrows = 2 if t.groups else 1
        nrows = hrows + len(t.rows) + t.blank_rows + (1 if t.total else 0)
        tb = d.add_table(rows=nrows, cols=ncol)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        tot = sum(t.widths)
        for i, w in enumerate(t.widths):
            for c in tb.columns[i].cells:
                c.width = Mm(156 * w / tot)
        hc = house.get("head_fill")
        if t.groups:
            i = 0
            for text, span in t.groups:
                if span == 1 and t.header[i] == text:
                    c = tb.cell(0, i).merge(tb.cell(1, i))
                    set_cell(c, text, True)
                else:
                    c = tb.cell(0, i).merge(tb.cell(0, i + span - 1)) if span > 1 else tb.cell(0, i)
                    set_cell(c, text, True)
                    for k in range(span):
                        set_cell(tb.cell(1, i + k), t.header[i + k], True)
                i += span
        else:
            for i, h in enumerate(t.header):
                set_cell(tb.cell(0, i), h, True)
        if hc:
            for r in range(hrows):
                for c in tb.rows[r].cells:
                    shade(c, hc)
        r0 = hrows
        start = None
        for ri, row in enumerate(t.rows):
            for ci, val in enumerate(row):
                if t.merge_col == ci:
                    continue
                set_cell(tb.cell(r0 + ri, ci), val)
        if t.merge_col is not None:
            mc = t.merge_col
            ri = 0
            while ri < len(t.rows):
                rj = ri
                while rj + 1 < len(t.rows) and t.rows[rj + 1][mc] == t.rows[ri][mc]:
                    rj += 1
                c = tb.cell(r0 + ri, mc).merge(tb.cell(r0 + rj, mc)) if rj > ri else tb.cell(r0 + ri, mc)
                set_cell(c, t.rows[ri][mc])
                ri = rj + 1
        if t.total:
            rr = nrows - 1
            for ci, val in enumerate(t.total):
                set_cell(tb.cell(rr, ci), val, True)
        del start
        d.add_paragraph()

    # ---- header
    if doc.red_mark:
        if isinstance(doc.red_mark, list):
            # joint mark: organs stacked on the left, 文件 floating at the right (a positioned text box)
            n = len(doc.red_mark)
            for m in doc.red_mark:
                p = para(m, "xbs", 24, True, indent=False, color=(200, 30, 30))
                p.paragraph_format.left_indent = Pt(30)
                p.paragraph_format.line_spacing = Pt(32)
            fn = DOCX_FONTS["xbs"]
            xml = (
                f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                f'<v:shape id="tbj" type="#_x0000_t202" style="position:absolute;margin-left:320pt;'
                f'margin-top:-{16 * n + 34}pt;width:110pt;height:56pt;z-index:2" stroked="f" filled="f">'
                f'<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:ascii="{fn}" '
                f'w:hAnsi="{fn}" w:eastAsia="{fn}"/><w:b/><w:color w:val="C81E1E"/><w:sz w:val="80"/></w:rPr>'
                f"<w:t>{doc.red_suffix}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            )
            p._p.append(parse_xml(xml))
        else:
            mark = doc.red_mark + doc.red_suffix
            size = min(30, 420 / len(mark))
            if house.get("textbox_mark"):
                textbox([mark], size)
            else:
                para(mark, "xbs", size, True, "center", color=(200, 30, 30))
        if doc.docnum:
            p = para(doc.docnum, align="center")
            if not doc.period:
                red_rule(p)
        if doc.period:
            p = para(doc.period, align="center")
            if not any(b[0] == "orgdate" for b in doc.blocks):
                red_rule(p)
        if not doc.docnum and not doc.period:
            red_rule(para(""))
    if doc.title_lines and doc.title_lines != [doc.red_mark]:
        para("")
        if house.get("textbox_title"):
            textbox(doc.title_lines, 22, color="000000", font_name=DOCX_FONTS["xbs"])
        else:
            for ln in doc.title_lines:
                para(ln, house.get("title", "xbs"), 22, True, "center")
        para("")
    for b in doc.blocks:
        k = b[0]
        if k == "p":
            para(b[1])
        elif k == "np":
            para(b[1], indent=False)
        elif k == "h":
            para(b[1], house.get("h", "hei"))
        elif k == "h2":
            para(b[1], "kai")
        elif k == "center":
            para(b[1], "heib", body_pt, True, "center")
        elif k == "kvline":
            para(b[1], "song", body_pt * 0.8, indent=False)
        elif k == "kv":
            for kk, vv in b[1]:
                p = para("", indent=False)
                run(p, kk, "hei")
                run(p, vv)
        elif k == "table":
            table(b[1])
        elif k == "orgdate":
            p = para(b[1] + "　　　　" + b[2], size=body_pt * 0.9, align="center")
            red_rule(p)
        elif k == "sign":
            para("")
            for ln in list(b[1]) + [b[2]]:
                p = para(ln, align="right")
                p.paragraph_format.right_indent = Pt(body_pt * 2)
        elif k == "yinfa":
            para("")
            p = para(b[1] + "　　　　" + b[2], size=body_pt * 0.8, indent=False)
            ppr = p._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="2" w:color="000000"/>'
                    f'<w:bottom w:val="single" w:sz="8" w:space="2" w:color="000000"/></w:pBdr>'
                )
            )
    if house.get("page_numbers", True):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(fp, "— ", "song", 14)
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        run(fp, " —", "song", 14)
    if house.get("header_text") and isinstance(doc.organ, str):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(hp, doc.organ, "kai", 10.5, color=(120, 120, 120))
    cp = d.core_properties
    cp.author = house.get("author", "admin")
    cp.last_modified_by = house.get("author", "admin")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Fixed entry timestamps and core-property dates, so two runs give identical bytes."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2023-12-20T09:30:00Z\3", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- XLSX
class XD(str):
    """A date cell: shown text plus the typed value and number format written to the sheet."""

    def __new__(cls, text, value, fmt):
        o = str.__new__(cls, text)
        o.value, o.fmt = value, fmt
        return o


class XN(str):
    def __new__(cls, value, fmt="General"):
        text = f"{value:,.2f}" if fmt == "#,##0.00" else (f"{value:.1f}" if fmt == "0.0" else str(value))
        o = str.__new__(cls, text)
        o.value, o.fmt = value, fmt
        return o


XFMT = {"dash": "yyyy-mm-dd", "cn": 'yyyy"年"m"月"d"日"', "slash": "yyyy/m/d"}


def xdate(doc, y, m, d, style="dash", typed=True, record=True):
    text = doc.d(y, m, d, style, record=record)
    return XD(text, dt.datetime(y, m, d), XFMT[style]) if typed and style in XFMT else text


def x_sheet(doc, title, table, meta=None, notes=None, name="Sheet1"):
    doc.xlsx = doc.xlsx or {"sheets": [], "extra_text": []}
    doc.xlsx["sheets"].append({"name": name, "title": title, "table": table, "meta": meta, "notes": notes})
    doc.xlsx["extra_text"] += [title] + ([meta] if meta else []) + ([notes] if notes else [])
    doc.tables.append(table)


def xb_cases(rng, nm, v):
    doc = Doc()
    unit, pre = UNITS["scjg"] if v == 0 else UNITS["nyj"]
    y = 2023
    title = f"{unit}2023年知识产权行政执法案件台账" if v == 0 else "2023年农资领域侵权假冒案件台账"
    rows, hidden = [], {}
    for i in range(1, rng.randint(8, 13)):
        dd = pick_date(rng, y, 1, 10)
        amt = rng.choice([2000, 5000, 8000, 12000, 15600, 30000, 4500])
        status = rng.choice(["已结案", "已结案", "已结案", "办理中"])
        dn = (
            doc.dn(pre + "罚", y, 10 + i * 3 + rng.randint(0, 2), rng.choice(["std"] * 4 + ["sq"]))
            if status == "已结案"
            else ""
        )
        rows.append(
            [
                str(i),
                rng.choice(COMPANIES),
                rng.choice(["销售侵犯注册商标专用权商品", "假冒专利", "销售假冒地理标志产品", "仿冒他人商品名称"]),
                xdate(doc, *dd, rng.choice(["dash", "cn"])),
                dn,
                XN(amt) if status == "已结案" else "",
                status,
            ]
        )
    hp = rng.randint(2, len(rows) - 1)
    hd = pick_date(rng, y, 1, 10)
    hidden[hp] = ["", rng.choice(COMPANIES), "（已撤销立案）", xdate(doc, *hd, "dash", record=False), "", "", "撤销"]
    tot = XN(sum(r[5].value for r in rows if isinstance(r[5], XN)))
    t = Table(
        ["序号", "当事人", "案由", "立案日期", "处罚决定书文号", "罚没金额（元）", "办理状态"],
        rows,
        total=["合计", "", "", "", "", tot, ""],
        widths=[5, 28, 26, 14, 20, 12, 10],
        hidden=hidden,
    )
    fd = pick_date(rng, y, 11, 12)
    x_sheet(
        doc, title, t, meta=f"填报单位：{unit}          填报日期：{doc.d(*fd)}", notes="注：罚没金额以处罚决定书为准。"
    )
    doc.title_lines = [title]
    doc.organ = unit
    doc.doc_type = "台账"
    return doc


def xb_media(rng, nm, v):
    doc = Doc()
    unit = UNITS["scjg"][0] if v == 0 else UNITS["xcb"][0]
    y = 2023
    title = "2023年知识产权保护宣传报道台账" if v == 0 else "溪宁县打击侵权假冒宣传信息报送台账"
    picks = rng.sample([m for m in MEDIA if m[1] != "其他"], rng.randint(5, 8))
    rows = []
    heads = [t for t, _ in NEWS_TOPICS] + ["溪宁县开展打击侵权假冒集中销毁活动", "溪宁县召开知识产权联席会议"]
    for i, (outlet, lvl) in enumerate(picks, 1):
        rows.append(
            [
                str(i),
                rng.choice(heads),
                outlet,
                lvl,
                xdate(doc, *pick_date(rng, y, 2, 11), rng.choice(["dash", "slash"])),
                rng.choice(["网络", "报纸", "电视", "客户端"]),
            ]
        )
    rows.sort(key=lambda r: r[4].value if isinstance(r[4], XD) else r[4])
    for i, r in enumerate(rows, 1):
        r[0] = str(i)
    hidden = {
        rng.randint(1, len(rows) - 1): [
            "",
            "（重复，删除）",
            "今日头条",
            "其他",
            xdate(doc, *pick_date(rng, y, 2, 11), "dash", record=False),
            "网络",
        ]
    }
    t = Table(
        ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期", "形式"],
        rows,
        widths=[5, 40, 16, 9, 13, 8],
        hidden=hidden,
    )
    x_sheet(doc, title, t, meta=f"报送单位：{unit}")
    doc.media = [(r[2], r[3]) for r in rows]
    seen = set()
    doc.media = [m for m in doc.media if not (m[0] in seen or seen.add(m[0]))]
    doc.title_lines = [title]
    doc.organ = unit
    doc.doc_type = "台账"
    return doc


def xb_training(rng, nm, v=0):
    doc = Doc()
    unit = rng.choice([UNITS["scjg"][0], UNITS["zscq"][0]])
    y = 2023
    title = "2023年知识产权培训情况登记台账"
    rows = []
    for i in range(1, rng.randint(5, 8)):
        rows.append(
            [
                str(i),
                rng.choice(
                    [
                        "企业商标品牌培训",
                        "专利导航与布局讲座",
                        "地理标志产品生产规范培训",
                        "执法人员业务培训",
                        "电商平台知识产权合规培训",
                    ]
                ),
                xdate(doc, *pick_date(rng, y, 2, 11), "cn"),
                rng.choice(["县政府会议室", "县市场监管局", "城关镇"]),
                XN(rng.randint(20, 150)),
                nm(),
            ]
        )
    t = Table(["序号", "培训名称", "培训日期", "培训地点", "参训人数", "主讲人"], rows, widths=[5, 28, 16, 16, 9, 9])
    x_sheet(doc, title, t, meta=f"单位：{unit}", notes=f"制表人：{nm()}")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "台账"
    return doc


def xb_stats2(rng, nm, v):
    doc = Doc()
    y = 2023
    unit = UNITS["scjg"][0] if v != 1 else UNITS["djb"][0]
    if v == 0:
        title = "溪宁县2023年各乡镇专利商标数据统计表"
        groups = [("序号", 1), ("乡镇", 1), ("专利授权量（件）", 3), ("有效注册商标（件）", 1), ("地理标志（件）", 1)]
        header = ["序号", "乡镇", "发明", "实用新型", "外观设计", "有效注册商标（件）", "地理标志（件）"]
        rows = [
            [str(i), t_] + [XN(rng.randint(0, 40)) for _ in range(4)] + [XN(rng.randint(0, 2))]
            for i, t_ in enumerate(TOWNS[: rng.randint(6, 8)], 1)
        ]
    elif v == 1:
        title = "2023年打击侵权假冒工作情况分季度统计表"
        groups = [("季度", 1), ("出动执法人员（人次）", 1), ("检查主体（户次）", 1), ("立案查处", 2), ("移送司法", 2)]
        header = [
            "季度",
            "出动执法人员（人次）",
            "检查主体（户次）",
            "案件数（件）",
            "涉案金额（万元）",
            "案件数（件）",
            "人数（人）",
        ]
        rows = [
            [
                q,
                XN(rng.randint(80, 300)),
                XN(rng.randint(200, 900)),
                XN(rng.randint(2, 15)),
                XN(rng.randint(5, 120) / 10, "0.0"),
                XN(rng.randint(0, 3)),
                XN(rng.randint(0, 5)),
            ]
            for q in ["第一季度", "第二季度", "第三季度", "第四季度"]
        ]
    else:
        title = "溪宁县商标品牌培育情况统计表"
        groups = [("序号", 1), ("企业名称", 1), ("注册商标（件）", 2), ("品牌荣誉", 2)]
        header = ["序号", "企业名称", "国内", "马德里国际", "省级以上", "市级"]
        rows = [
            [
                str(i),
                c,
                XN(rng.randint(1, 30)),
                XN(rng.randint(0, 3)),
                rng.choice(["是", "否"]),
                rng.choice(["是", "否"]),
            ]
            for i, c in enumerate(rng.sample(COMPANIES, rng.randint(5, 8)), 1)
        ]
    total = None
    if v in (0, 1):
        ncol = len(header)
        first_num = 2 if v == 0 else 1
        total = ["合计"] + [""] * (first_num - 1)
        for k in range(first_num, ncol):
            vals = [r[k].value for r in rows]
            total.append(XN(round(sum(vals), 1), rows[0][k].fmt))
    t = Table(header, rows, groups=groups, total=total, widths=[10] + [14] * (len(header) - 1))
    fd = pick_date(rng, y, 12, 12)
    x_sheet(doc, title, t, meta=f"填报单位（盖章）：{unit}    截止日期：{doc.d(*fd)}")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "统计表"
    return doc


def xb_signin(rng, nm, v):
    doc = Doc()
    y, m, d = pick_date(rng, 2023, 3, 11)
    title = rng.choice(["知识产权保护工作联席会议签到表", "2023年商标执法业务培训签到表"])
    names, rows = [], []
    for i in range(1, rng.randint(8, 15)):
        n = nm()
        names.append(n)
        rows.append(
            [
                str(i),
                n,
                rng.choice(["县市场监管局", "县公安局", "县检察院", "县法院", "城关镇", "梅岭镇", "县商务局"]),
                f"138 0000 {rng.randint(1000, 9999)}",
                "",
            ]
        )
    t = Table(
        ["序号", "姓名", "单位", "联系电话", "备注"], rows, widths=[6, 12, 22, 18, 10], blank_rows=rng.randint(2, 4)
    )
    x_sheet(doc, title, t, meta=f"会议时间：{doc.d(y, m, d)}  会议地点：县政府三楼会议室")
    doc.title_lines, doc.doc_type = [title], "签到表"
    doc.attendance = {"count": len(names), "names": names}
    return doc


def xb_gi(rng, nm, v=0):
    doc = Doc()
    unit = UNITS["scjg"][0]
    y = 2023
    title = "溪宁县地理标志专用标志使用企业台账"
    rows = []
    for prod in ["溪宁白茶", "溪宁山核桃", "溪宁黑猪"][: rng.randint(2, 3)]:
        for _ in range(rng.randint(2, 4)):
            rows.append(
                [
                    "",
                    prod,
                    rng.choice(GI_USERS[prod]),
                    f"91341{rng.randint(10**12, 10**13 - 1)}",
                    xdate(doc, *pick_date(rng, y - rng.randint(0, 2), 1, 12), "dash"),
                    rng.choice(["正常使用", "正常使用", "待复核"]),
                ]
            )
    for i, r in enumerate(rows, 1):
        r[0] = str(i)
    t = Table(
        ["序号", "地理标志产品", "用标企业", "统一社会信用代码", "核准日期", "使用状态"],
        rows,
        merge_col=1,
        widths=[6, 14, 28, 22, 13, 10],
    )
    x_sheet(doc, title, t, meta=f"制表单位：{unit}")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "台账"
    return doc


def xb_inspect(rng, nm, v=0):
    doc = Doc()
    unit = rng.choice([UNITS["scjg"][0], UNITS["wlj"][0]])
    y = 2023
    title = "2023年知识产权保护执法检查记录台账"
    rows = []
    i = 1
    for _ in range(rng.randint(3, 5)):
        dd = xdate(doc, *pick_date(rng, y, 3, 11), "cn", typed=False)
        for _ in range(rng.randint(1, 3)):
            rows.append(
                [
                    str(i),
                    dd,
                    rng.choice(COMPANIES),
                    rng.choice(["商标使用情况", "专利标识标注", "地理标志使用", "进货查验"]),
                    rng.choice(["未发现问题", "未发现问题", "责令整改", "立案调查"]),
                    nm(),
                ]
            )
            i += 1
    t = Table(
        ["序号", "检查日期", "检查对象", "检查内容", "处理结果", "检查人员"],
        rows,
        merge_col=1,
        widths=[6, 16, 28, 16, 12, 10],
    )
    x_sheet(doc, title, t, meta=f"检查单位：{unit}")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "台账"
    return doc


def xb_complaint(rng, nm, v=0):
    doc = Doc()
    unit = UNITS["scjg"][0]
    y = 2023
    title = "知识产权投诉举报受理登记表"
    rows = []
    for i in range(1, rng.randint(6, 10)):
        a = pick_date(rng, y, 1, 10)
        rows.append(
            [
                f"TS{y}{i:04d}",
                xdate(doc, *a, "slash"),
                rng.choice(["12315热线", "全国12315平台", "来信", "来访"]),
                rng.choice(
                    ["网店销售仿冒品牌服装", "超市销售假冒注册商标白酒", "商品包装标注无效专利号", "冒用地理标志"]
                ),
                xdate(doc, *add_days(*a, rng.randint(5, 30)), "slash"),
                rng.choice(["已办结", "已转立案"]),
            ]
        )
    t = Table(
        ["登记编号", "受理日期", "来源渠道", "反映内容", "办结日期", "处理结果"], rows, widths=[14, 12, 14, 34, 12, 10]
    )
    x_sheet(doc, title, t, meta=f"受理单位：{unit}")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "登记表"
    return doc


def xb_multi(rng, nm, v=0):
    doc = Doc()
    unit = UNITS["djb"][0]
    y = 2023
    title = "溪宁县2023年打击侵权假冒工作成员单位任务完成情况统计表"
    rows = []
    for i, u in enumerate(["县市场监管局", "县公安局", "县农业农村局", "县文旅体局", "县商务局"], 1):
        a = rng.randint(3, 12)
        done = a if rng.random() < 0.6 else rng.randint(0, a - 1)
        rows.append([str(i), u, XN(a), XN(done), "完成" if done == a else "推进中"])
    t1 = Table(["序号", "成员单位", "任务数（项）", "已完成（项）", "完成情况"], rows, widths=[6, 20, 12, 12, 12])
    x_sheet(doc, title, t1, meta=f"填报单位：{unit}    填报日期：{doc.d(y, 12, rng.randint(10, 25))}", name="汇总")
    rows2 = []
    for i in range(1, rng.randint(5, 8)):
        rows2.append(
            [
                str(i),
                rng.choice(["县市场监管局", "县公安局", "县农业农村局"]),
                rng.choice(["开展农资打假专项行动", "查办商标侵权案件", "开展宣传周活动", "集中销毁侵权商品"]),
                xdate(doc, *pick_date(rng, y, 2, 11), "dash"),
            ]
        )
    t2 = Table(["序号", "责任单位", "工作事项", "完成日期"], rows2, widths=[6, 18, 34, 14])
    x_sheet(doc, "重点工作完成明细", t2, name="明细")
    doc.title_lines, doc.organ, doc.doc_type = [title], unit, "统计表"
    return doc


def write_xlsx(doc: Doc, rng) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    hfill = PatternFill("solid", fgColor=rng.choice(["D9E1F2", "E2EFDA", "FFF2CC", "EDEDED"]))

    def put(ws, r, c, val, bold=False, fill=None):
        cell = ws.cell(r, c)
        if isinstance(val, (XD, XN)):
            cell.value = val.value
            cell.number_format = val.fmt
        else:
            cell.value = str(val) if val != "" else None
        cell.border = border
        cell.alignment = center
        cell.font = Font(name="宋体", size=11, bold=bold)
        if fill:
            cell.fill = fill
        return cell

    for sh in doc.xlsx["sheets"]:
        ws = wb.create_sheet(sh["name"])
        t: Table = sh["table"]
        ncol = len(t.header)
        last = get_column_letter(ncol)
        ws["A1"] = sh["title"]
        ws["A1"].font = Font(name="黑体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(f"A1:{last}1")
        ws.row_dimensions[1].height = 32
        r = 2
        if sh["meta"]:
            ws.cell(2, 1, sh["meta"]).font = Font(name="宋体", size=11)
            ws.merge_cells(f"A2:{last}2")
            r = 3
        if t.groups:
            i = 1
            for text, span in t.groups:
                if span == 1 and t.header[i - 1] == text:
                    put(ws, r, i, text, True, hfill)
                    put(ws, r + 1, i, "", True, hfill)
                    ws.merge_cells(start_row=r, start_column=i, end_row=r + 1, end_column=i)
                else:
                    for k in range(span):
                        put(ws, r, i + k, text if k == 0 else "", True, hfill)
                        put(ws, r + 1, i + k, t.header[i - 1 + k], True, hfill)
                    if span > 1:
                        ws.merge_cells(start_row=r, start_column=i, end_row=r, end_column=i + span - 1)
                i += span
            r += 2
        else:
            for i, h in enumerate(t.header, 1):
                put(ws, r, i, h, True, hfill)
            r += 1
        ws.freeze_panes = ws.cell(r, 1)
        start = r
        for ri, row in enumerate(t.rows):
            if ri in t.hidden:
                for ci, val in enumerate(t.hidden[ri], 1):
                    put(ws, r, ci, val)
                ws.row_dimensions[r].hidden = True
                r += 1
            for ci, val in enumerate(row, 1):
                put(ws, r, ci, val)
            r += 1
        if t.merge_col is not None:
            mc = t.merge_col + 1
            rr = start
            while rr < r:
                v0 = ws.cell(rr, mc).value
                re_ = rr
                while re_ + 1 < r and ws.cell(re_ + 1, mc).value == v0 and not ws.row_dimensions[re_ + 1].hidden:
                    re_ += 1
                if re_ > rr:
                    for k in range(rr + 1, re_ + 1):
                        ws.cell(k, mc).value = None
                    ws.merge_cells(start_row=rr, start_column=mc, end_row=re_, end_column=mc)
                rr = re_ + 1
        for _ in range(t.blank_rows):
            for ci in range(1, ncol + 1):
                put(ws, r, ci, "")
            r += 1
        if t.total:
            for ci, val in enumerate(t.total, 1):
                put(ws, r, ci, val, True)
            r += 1
        if sh["notes"]:
            ws.cell(r + 1, 1, sh["notes"])
        for i, w in enumerate(t.widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w if w > 4 else 4 + 4 * w
    wb.properties.creator = "溪宁县"
    wb.properties.lastModifiedBy = "溪宁县"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


# ---------------------------------------------------------------- corpus plan and main
B = {
    "notice": b_notice,
    "notice_s": lambda r, n: b_notice(r, n, short=True),
    "plan": b_plan,
    "plan_x": lambda r, n: b_plan(r, n, wrapped=False),
    "summary": b_summary,
    "report": b_report,
    "tongbao": b_tongbao,
    "yijian": b_yijian,
    "han": b_han,
    "jianbao": b_jianbao,
    "jiyao": b_jiyao,
    "jiyao_s": lambda r, n: b_jiyao(r, n, long=False),
    "jilu": b_jilu,
    "signin": b_signin,
    "stat0": lambda r, n: b_stat(r, n, 0),
    "stat1": lambda r, n: b_stat(r, n, 1),
    "stat2": lambda r, n: b_stat(r, n, 2),
    "stat3": lambda r, n: b_stat(r, n, 3),
    "wechat": lambda r, n: b_news(r, n, "wechat"),
    "web": lambda r, n: b_news(r, n, "web"),
    "app": lambda r, n: b_news(r, n, "app"),
    "paper": lambda r, n: b_news(r, n, "paper"),
}
XB = {
    "cases0": (xb_cases, 0),
    "cases1": (xb_cases, 1),
    "media0": (xb_media, 0),
    "media1": (xb_media, 1),
    "training": (xb_training, 0),
    "stats0": (xb_stats2, 0),
    "stats1": (xb_stats2, 1),
    "stats2": (xb_stats2, 2),
    "xsign0": (xb_signin, 0),
    "xsign1": (xb_signin, 1),
    "gi": (xb_gi, 0),
    "inspect": (xb_inspect, 0),
    "complaint": (xb_complaint, 0),
    "multi": (xb_multi, 0),
}

HOUSES = [
    {"body": "fang", "size": 16, "author": "xnscjg"},
    {"body": "fang", "size": 16, "textbox_mark": True, "author": "bgs"},
    {
        "body": "song",
        "size": 14,
        "h": "heib",
        "header_text": "溪宁县市场监督管理局",
        "head_fill": "D9D9D9",
        "author": "zscqg",
    },
    {"body": "kai", "size": 15, "title": "heib", "page_numbers": False, "author": "user"},
    {
        "body": "song",
        "size": 12,
        "cell": "hei",
        "cell_size": 10,
        "textbox_title": True,
        "head_fill": "DDEBF7",
        "author": "Administrator",
    },
]

# (kind, builder, format, options)
PLAN = (
    [
        ("text_pdf", b, "pdf", {"house": h})
        for b, h in [
            ("notice", 0),
            ("notice_s", 2),
            ("plan", 1),
            ("summary", 0),
            ("report", 3),
            ("tongbao", 0),
            ("yijian", 0),
            ("han", 4),
            ("jianbao", 2),
            ("jiyao", 0),
        ]
    ]
    + [
        ("scan", b, f, {"dpi": dpi, **o})
        for b, f, dpi, o in [
            ("notice", "pdf", 200, {}),
            ("notice_s", "jpg", 150, {}),
            ("han", "png", 200, {}),
            ("han", "pdf", 300, {"gray": True}),
            ("tongbao", "pdf", 150, {}),
            ("report", "jpg", 200, {}),
            ("summary", "pdf", 200, {}),
            ("jiyao", "pdf", 200, {}),
            ("stat0", "png", 150, {}),
            ("stat1", "pdf", 300, {}),
            ("signin", "jpg", 200, {}),
            ("plan", "pdf", 150, {"gray": True}),
            ("paper", "jpg", 200, {}),
            ("yijian", "pdf", 200, {}),
            ("jianbao", "png", 200, {}),
            ("stat2", "jpg", 300, {}),
        ]
    ]
    + [
        ("photo", b, "jpg", o)
        for b, o in [
            ("jiyao_s", {}),
            ("jiyao_s", {"moire": True}),
            ("jilu", {"notebook": True}),
            ("jilu", {}),
            ("signin", {}),
            ("signin", {"moire": True}),
            ("signin", {}),
            ("signin", {}),
            ("stat0", {}),
            ("stat1", {"moire": True}),
            ("stat2", {}),
            ("stat3", {}),
            ("notice_s", {}),
            ("han", {}),
            ("tongbao", {"moire": True}),
            ("report", {}),
        ]
    ]
    + [
        ("screenshot", b, "png", {})
        for b in ["wechat", "web", "app", "wechat", "web", "wechat", "web", "app", "wechat", "web"]
    ]
    + [
        ("docx", b, "docx", {"house": h})
        for b, h in [
            ("notice", 1),
            ("notice", 0),
            ("notice_s", 2),
            ("plan", 0),
            ("plan_x", 4),
            ("summary", 3),
            ("summary", 2),
            ("jiyao", 0),
            ("jiyao_s", 3),
            ("jilu", 2),
            ("stat1", 4),
            ("stat0", 2),
            ("report", 0),
            ("han", 1),
        ]
    ]
    + [("xlsx", b, "xlsx", {}) for b in XB]
)

NAME_HINT = {
    "text_pdf": "文件",
    "scan": "扫描件",
    "photo": "照片",
    "screenshot": "截图",
    "docx": "文档",
    "xlsx": "台账",
}


def save_image_pdf(pages, path, dpi):
    pages = [p.convert("RGB") for p in pages]
    pages[0].save(
        path,
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=88,
        creationDate=FIXED_DT.timetuple(),
        modDate=FIXED_DT.timetuple(),
        title="scan",
        producer="scanner",
    )


def normalize_lo_pdf(path: Path):
    data = path.read_bytes()

    def fix_date(m):
        return m.group(1) + b"20231220093000" + m.group(2)[14:]

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)", fix_date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*", rb"\g<1>2023-12-20T09:30:00", data)
    path.write_bytes(data)


def pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    n = len(pdf)
    pdf.close()
    return n


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    to_convert = []
    tmp = Path(tempfile.mkdtemp(prefix="d10_"))
    import time

    spent: dict = {}
    for idx, (kind, b, fmt, opt) in enumerate(PLAN, 1):
        t0 = time.time()
        rng = random.Random(10_000 + idx * 7919)
        nm = Names(idx)
        if kind == "xlsx":
            fn, v = XB[b]
            doc = fn(rng, nm, v)
        else:
            doc = B[b](rng, nm)
        name = f"{idx:02d}_{NAME_HINT[kind]}.{fmt}"
        doc.check(name)
        pages = None
        if kind == "text_pdf":
            (tmp / (name[:-4] + ".docx")).write_bytes(docx_doc(doc, rng, HOUSES[opt["house"]]))
            to_convert.append(name)
        elif kind == "docx":
            (out / name).write_bytes(docx_doc(doc, rng, HOUSES[opt["house"]]))
        elif kind == "xlsx":
            (out / name).write_bytes(write_xlsx(doc, rng))
        elif kind == "screenshot":
            render_screenshot(doc, rng).save(out / name, optimize=False)
            pages = 1
        elif kind == "scan":
            dpi = opt["dpi"]
            if fmt == "pdf":
                imgs = render_doc_images(doc, dpi, 16, rng)
                imgs = [scanify(p, rng, 1.0, opt.get("gray", False)) for p in imgs]
                save_image_pdf(imgs, out / name, dpi)
                pages = len(imgs)
            else:
                img = scanify(
                    fit_one_page(doc, dpi, rng, (16, 15, 14, 13, 12, 11, 10.5, 10)), rng, 1.0, opt.get("gray", False)
                )
                if fmt == "jpg":
                    img.save(out / name, quality=82, dpi=(dpi, dpi))
                else:
                    img.save(out / name, dpi=(dpi, dpi))
                pages = 1
        elif kind == "photo":
            sizes = (18, 16, 15, 14, 13, 12, 11, 10.5, 10) if b.startswith("stat") else (13, 12, 11, 10.5, 10, 9)
            img = fit_one_page(doc, 200, rng, sizes, notebook=opt.get("notebook", False))
            photoify(img, rng, moire=opt.get("moire", False)).save(out / name, quality=84)
            pages = 1
        t = {"kind": kind, "format": fmt}
        if pages:
            t["pages"] = pages
        t.update(doc.truth())
        files[name] = t
        spent[kind] = spent.get(kind, 0) + time.time() - t0
    t0 = time.time()
    if to_convert:
        prof = Path(tempfile.mkdtemp(prefix="d10_lo_"))
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
        ] + [str(tmp / (n[:-4] + ".docx")) for n in to_convert]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        shutil.rmtree(prof, ignore_errors=True)
        for n in to_convert:
            src = tmp / n
            normalize_lo_pdf(src)
            shutil.copyfile(src, out / n)
            files[n] = {
                "kind": "text_pdf",
                "format": "pdf",
                "pages": pdf_pages(out / n),
                **{k: v for k, v in files[n].items() if k not in ("kind", "format")},
            }
    shutil.rmtree(tmp, ignore_errors=True)
    spent["soffice"] = time.time() - t0
    print({k: round(v, 1) for k, v in spent.items()}, file=sys.stderr)
    text = yaml.safe_dump({"corpus": "dev10", "files": files}, allow_unicode=True, sort_keys=False, width=200)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_dev10.py DIR")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main(Path(sys.argv[1]))
