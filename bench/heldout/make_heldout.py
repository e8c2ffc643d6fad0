#!/usr/bin/env python3
"""Held-out evaluation corpus for document extraction (issue 15).

Writes ~50 files that look like what units send for the IP-protection assessment (text PDFs, scans,
phone photos, news screenshots, DOCX, XLSX) plus ``truth.yaml`` describing the facts a careful human
reads from each file.  Deterministic: fixed seeds, fixed timestamps, normalised zip/PDF metadata.

Usage:  .venv/bin/python bench/heldout/make_heldout.py [OUTDIR]     (default bench/heldout/corpus/)

This generator is deliberately independent of ipdocs' extraction code: do not import from ipdocs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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

import numpy as np
import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SEED = 20231113
FIXED_ZIP_TIME = (2023, 12, 1, 9, 0, 0)
FIXED_PDF_TIME = b"20231201090000"

# ---------------------------------------------------------------------------------------------- fonts
NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
_FONT_CACHE: dict = {}


def font(path, size):
    key = (path, size)
    if key not in _FONT_CACHE:
        idx = 2 if "Noto" in path else 0  # SC face in the Noto collections, CN face in AR PL
        _FONT_CACHE[key] = ImageFont.truetype(path, size, index=idx)
    return _FONT_CACHE[key]


FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>{cache}</cachedir>
  {matches}
</fontconfig>
"""
FONT_ALIASES = {
    "仿宋_GB2312": ("AR PL UMing CN", None),
    "仿宋": ("AR PL UMing CN", None),
    "楷体_GB2312": ("AR PL UKai CN", None),
    "楷体": ("AR PL UKai CN", None),
    "黑体": ("Noto Sans CJK SC", None),
    "宋体": ("Noto Serif CJK SC", None),
    "方正小标宋简体": ("Noto Serif CJK SC", "bold"),
    "Times New Roman": ("Liberation Serif", None),
}

# ---------------------------------------------------------------------------------------------- facts
CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    t, u = divmod(n, 10)
    return CN_DIGITS[t] + "十" + (CN_DIGITS[u] if u else "")


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "cnz": "".join(CN_DIGITS[int(c)] for c in str(y)) + f"年{cn_num(m)}月{cn_num(dd)}日",
        "dot": f"{y}.{m}.{dd}",
        "dot0": f"{y}.{m:02d}.{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
        "slash0": f"{y}/{m:02d}/{dd:02d}",
        "dash0": f"{y}-{m:02d}-{dd:02d}",
        "md": f"{m}月{dd}日",
    }[style]


def fmt_range(a: dt.date, b: dt.date, style: str) -> str:
    if style == "cn":
        if a.year == b.year and a.month == b.month:
            return f"{a.year}年{a.month}月{a.day}日至{b.day}日"
        if a.year == b.year:
            return f"{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日"
        return f"{fmt_date(a, 'cn')}至{fmt_date(b, 'cn')}"
    if style == "cnfull":
        return f"{fmt_date(a, 'cn')}至{fmt_date(b, 'cn')}"
    if style == "md":
        return f"{a.month}月{a.day}日至{b.month}月{b.day}日"
    if style == "dot":
        return f"{fmt_date(a, 'dot')}—{fmt_date(b, 'dot')}"
    if style == "dash":
        return f"{fmt_date(a, 'cn')}－{fmt_date(b, 'cn')}"
    raise ValueError(style)


BRACKETS = {"s": "〔〕", "q": "[]", "p": "（）", "b": "【】", "h": "()"}
TOKEN = re.compile(r"\{(d|r|n):([^{}]*)\}")


class Facts:
    """Collects every date and document number as it is written into a document."""

    def __init__(self):
        self.dates = []  # dicts: iso, text, role
        self.numbers = []  # dicts: text, organ_prefix, year, number, shown

    def x(self, s: str, role: str | None = None) -> str:
        def rep(m):
            kind, args = m.group(1), m.group(2).split(":")
            if kind == "d":
                d = dt.date.fromisoformat(args[0])
                t = fmt_date(d, args[1] if len(args) > 1 else "cn")
                self.dates.append({"iso": d.isoformat(), "text": t, "role": role})
                return t
            if kind == "r":
                a, b = dt.date.fromisoformat(args[0]), dt.date.fromisoformat(args[1])
                t = fmt_range(a, b, args[2] if len(args) > 2 else "cn")
                self.dates.append({"iso": a.isoformat(), "text": t, "role": role})
                self.dates.append({"iso": b.isoformat(), "text": t, "role": role})
                return t
            prefix, year, num = args[0], int(args[1]), int(args[2])
            br = BRACKETS[args[3] if len(args) > 3 else "s"]
            shown = f"{prefix}{br[0]}{year}{br[1]}{num}号"
            self.numbers.append(
                {
                    "text": f"{prefix}〔{year}〕{num}号",
                    "organ_prefix": prefix,
                    "year": year,
                    "number": num,
                    "shown": shown,
                }
            )
            return shown

        return TOKEN.sub(rep, s)


def D(d, style="cn"):
    return f"{{d:{d}:{style}}}"


def R(a, b, style="cn"):
    return f"{{r:{a}:{b}:{style}}}"


def N(prefix, year, num, br="s"):
    return f"{{n:{prefix}:{year}:{num}:{br}}}"


WEEK = "一二三四五六日"


def weekday(iso):
    return "星期" + WEEK[dt.date.fromisoformat(iso).weekday()]


# ---------------------------------------------------------------------------------------------- people
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈钟卢"
GIVEN = "建明志华国强伟芳秀英敏静丽军磊洋勇艳杰娟涛超霞平刚桂兰文辉晓燕红玉海峰鹏飞婷雪琳宇欣怡嘉俊浩思颖佳慧子涵梓轩晨"


def person(rng, used):
    while True:
        n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if n not in used:
            used.add(n)
            return n


def mobile(rng):
    return (
        "1"
        + rng.choice(["37", "38", "39", "58", "59", "80", "88", "35", "36"])
        + "".join(str(rng.randrange(10)) for _ in range(8))
    )


def landline(rng):
    return "0751-8" + "".join(str(rng.randrange(10)) for _ in range(6))


UNITS = [
    "区市场监管局",
    "区委宣传部（区版权局）",
    "区公安分局",
    "区人民法院",
    "区人民检察院",
    "区司法局",
    "区农业农村局",
    "区文广旅体局",
    "区科工商务局",
    "区教育局",
    "区城市管理和综合执法局",
    "区财政局",
    "区发展和改革局",
    "区卫生健康局",
    "西联镇人民政府",
    "龙归镇人民政府",
    "江湾镇人民政府",
    "重阳镇人民政府",
    "西河镇人民政府",
    "惠民街道办事处",
    "新华街道办事处",
]


# ---------------------------------------------------------------------------------------------- specs
class Doc:
    """One source document: blocks for layout plus the facts a reader takes from it."""

    def __init__(self, key, title, organ=None, doc_type=None):
        self.key, self.title, self.organ, self.doc_type = key, title, organ, doc_type
        self.f = Facts()
        self.blocks = []
        self.tables = []  # truth tables: {header, rows}
        self.meetings = []
        self.attendance = None
        self.media = []
        self.sign_date_text = None
        self.seal_organ = organ

    def x(self, s, role=None):
        return self.f.x(s, role)

    def add(self, kind, *args, **kw):
        self.blocks.append((kind, args, kw))

    # convenience
    def para(self, s, **kw):
        self.add("para", self.x(s), **kw)

    def table(self, header, rows, truth=True, **kw):
        header = [self.x(h) for h in header]
        rows = [[self.x(c) for c in r] for r in rows]
        self.add("table", header, rows, **kw)
        if truth:
            fill = kw.get("vmerge_col")
            trows = [list(r) for r in rows]
            if fill is not None:  # merged cells: the value belongs to every row it spans
                last = ""
                for r in trows:
                    if r[fill]:
                        last = r[fill]
                    else:
                        r[fill] = last
            self.tables.append({"header": header, "rows": trows})
        return header, rows

    def sign(self, organs, date_token):
        text = self.x(date_token, role="sign")
        self.sign_date_text = text
        self.add("sign", organs, text)


def red_notice(
    key,
    *,
    mark,
    prefix,
    year,
    num,
    title_lines,
    organ,
    doc_type,
    addressee,
    body,
    sign,
    date,
    date_style="cn",
    br="s",
    cc=None,
    print_organ=None,
    attach=None,
    extra=None,
):
    d = Doc(key, "".join(title_lines), organ, doc_type)
    d.add("redhead", mark)
    d.add("docno", d.x(N(prefix, year, num, br)))
    d.add("title", title_lines)
    if addressee:
        d.add("plain", addressee)
    for p in body:
        if isinstance(p, tuple):
            d.add(p[0], d.x(p[1]))
        else:
            d.para(p)
    if extra:
        extra(d)
    if attach:
        d.add("plain", "")
        for i, a in enumerate(attach):
            d.add(
                "plain",
                ("附件：" if i == 0 else "　　　") + (f"{i + 1}．" if len(attach) > 1 else "") + d.x(a),
                indent=True,
            )
    d.sign(sign, D(date, date_style))
    if cc is not None:
        d.add("banji", d.x(cc), print_organ, d.x(D(date, "cn")))
    return d


# ---- notices --------------------------------------------------------------------------------------
def notice_shaoguan(rng):
    return red_notice(
        "n_sgsj_zxxd",
        mark=["韶关市市场监督管理局", "韶关市知识产权局"],
        prefix="韶市监联",
        year=2023,
        num=15,
        title_lines=["关于开展2023年知识产权保护", "“铁拳”专项行动的通知"],
        organ="韶关市市场监督管理局、韶关市知识产权局",
        doc_type="通知",
        addressee="各县（市、区）市场监督管理局（知识产权局）：",
        body=[
            "为贯彻落实《国家知识产权局关于印发〈2023年知识产权行政保护工作方案〉的通知》（"
            + N("国知发保字", 2022, 8)
            + "）精神，进一步加大知识产权行政保护力度，市局决定于"
            + R("2023-07-01", "2023-07-31")
            + "在全市范围内集中开展知识产权保护专项行动。现将有关事项通知如下：",
            ("h1", "一、工作重点"),
            "聚焦商标侵权、专利侵权和地理标志侵权等违法行为，重点检查农贸市场、商业综合体、电商平台和展会活动，"
            "依法查处一批侵权假冒案件，曝光一批典型案例。",
            ("h1", "二、时间安排"),
            "（一）动员部署阶段（" + R("2023-07-01", "2023-07-05", "md") + "）。各地制定具体实施方案，明确责任分工。",
            "（二）集中整治阶段（" + R("2023-07-06", "2023-07-25", "md") + "）。组织开展拉网式检查，对群众反映强烈的"
            "问题开展专项整治。",
            "（三）总结报送阶段（"
            + R("2023-07-26", "2023-07-31", "md")
            + "）。各地于"
            + D("2023-08-04", "md")
            + "前将工作总结及案件统计表报送市局知识产权保护科。",
            ("h1", "三、工作要求"),
            "各地要高度重视，加强组织领导，按时报送工作信息。联系人：" + "钟晓燕" + "，电话：0751-8876021，"
            "邮箱：sgzscq@example.cn。",
        ],
        sign=["韶关市市场监督管理局", "韶关市知识产权局"],
        date="2023-06-26",
        cc="抄送：市打击侵权假冒工作领导小组办公室。",
        print_organ="韶关市市场监督管理局办公室",
    )


def notice_wujiang_dajia(rng):
    return red_notice(
        "n_wjdjb_gzyd",
        mark=["韶关市武江区打击侵犯知识产权和制售", "假冒伪劣商品工作领导小组办公室"],
        prefix="武江区打假办发",
        year=2023,
        num=3,
        title_lines=["关于印发《韶关市武江区2023年打击", "侵犯知识产权和制售假冒伪劣商品", "工作要点》的通知"],
        organ="韶关市武江区打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
        doc_type="通知",
        addressee="区打击侵权假冒工作领导小组各成员单位，各镇（街道）：",
        body=[
            "根据《韶关市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室关于印发〈韶关市2023年打击侵犯"
            "知识产权和制售假冒伪劣商品工作要点〉的通知》（" + N("韶打假办", 2023, 2) + "）和市办《关于做好"
            "2023年打击侵权假冒工作的函》（" + N("函", 2023, 19) + "）要求，结合我区实际，区打假办制定了"
            "《韶关市武江区2023年打击侵犯知识产权和制售假冒伪劣商品工作要点》，现印发给你们，请认真贯彻执行。",
            "各单位请于每季度末月25日前报送工作进展情况，全年工作总结于" + D("2023-11-30") + "前报送区打假办"
            "（设在区市场监管局）。联系人：邓嘉怡，联系电话：0751-8152367。",
        ],
        attach=["韶关市武江区2023年打击侵犯知识产权和制售假冒伪劣商品工作要点"],
        sign=["韶关市武江区打击侵犯知识产权和制售", "假冒伪劣商品工作领导小组办公室"],
        date="2023-04-18",
        cc="",
        print_organ="韶关市武江区市场监督管理局办公室",
    )


def scheme_wujiang(rng):
    d = red_notice(
        "f_wjsj_fa",
        mark=["韶关市武江区市场监督管理局"],
        prefix="武市监",
        year=2023,
        num=27,
        title_lines=["韶关市武江区2023年知识产权", "保护工作实施方案"],
        organ="韶关市武江区市场监督管理局",
        doc_type="方案",
        addressee=None,
        body=[
            "为深入贯彻落实中共中央办公厅、国务院办公厅《关于强化知识产权保护的意见》和省、市关于知识产权保护"
            "工作的部署，根据《韶关市知识产权保护工作检查考核方案》（" + N("韶知保", 2023, 4, "q") + "），结合"
            "我区实际，制定本方案。",
            ("h1", "一、总体目标"),
            "到2023年底，全区知识产权保护工作体系进一步健全，侵权假冒案件查处率、结案率明显提升，社会满意度稳步提高。",
            ("h1", "二、主要任务"),
            ("h2", "（一）加强行政执法。"),
            "组织开展“双随机、一公开”抽查，" + R("2023-05-18", "2023-06-30", "dot") + "期间开展春季集中执法检查。",
            ("h2", "（二）强化宣传培训。"),
            "在" + D("2023-04-26", "md") + "“世界知识产权日”前后集中开展宣传周活动，全年组织业务培训不少于2次。",
            ("h2", "（三）落实信息公开。"),
            "侵权假冒行政处罚案件自作出决定之日起20个工作日内依法公开。",
            ("h1", "三、保障措施"),
            "各股室、各市场监管所要认真贯彻落实"
            + N("韶市监联", 2023, 15)
            + "文件精神，明确专人负责，于每月5日前报送上月"
            "工作台账。",
        ],
        sign=["韶关市武江区市场监督管理局"],
        date="2023-05-18",
        date_style="cnz",
    )
    return d


def opinion_city(rng):
    return red_notice(
        "y_sgzf_yj",
        mark=["韶关市人民政府办公室"],
        prefix="韶府办",
        year=2022,
        num=41,
        title_lines=["韶关市人民政府办公室关于强化", "知识产权保护的实施意见"],
        organ="韶关市人民政府办公室",
        doc_type="意见",
        addressee="各县（市、区）人民政府，市政府各部门、各直属机构：",
        body=[
            "为全面加强知识产权保护工作，激发创新活力，优化营商环境，经市人民政府同意，现提出如下实施意见。",
            ("h1", "一、强化制度约束"),
            "（一）健全知识产权侵权惩罚性赔偿制度的配套措施，加大对恶意侵权、重复侵权的处罚力度。",
            "（二）完善知识产权信用监管，将故意侵权行为纳入信用记录。",
            ("h1", "二、加强社会监督共治"),
            "（三）建立健全知识产权维权援助体系，" + D("2022-12-31") + "前在各县（市、区）实现维权援助工作站全覆盖。",
            "（四）发挥新闻媒体作用，及时曝光典型案例。",
            ("h1", "三、优化协作衔接机制"),
            "（五）健全行政执法与刑事司法衔接机制，落实《广东省知识产权行政执法与刑事司法衔接工作办法》"
            "（" + N("粤知", 2021, 87, "p") + "）相关规定。",
            "本意见自" + D("2022-11-01") + "起施行，有效期5年。",
        ],
        sign=["韶关市人民政府办公室"],
        date="2022-10-21",
        cc="抄送：市委有关部委办，市人大常委会办公室，市政协办公室。",
        print_organ="韶关市人民政府办公室",
    )


def reply_letter(rng):
    return red_notice(
        "h_wjsj_fuhan",
        mark=["韶关市武江区市场监督管理局"],
        prefix="武市监函",
        year=2023,
        num=56,
        title_lines=["关于提供2023年知识产权行政执法", "数据的复函"],
        organ="韶关市武江区市场监督管理局",
        doc_type="函",
        addressee="区司法局：",
        body=[
            "你局《关于商请提供行政执法数据的函》（"
            + N("函", 2023, 19)
            + "）收悉。经认真梳理，现将我局"
            + R("2023-01-01", "2023-09-30", "cnfull")
            + "知识产权领域行政执法数据函复如下：",
            "一、立案查处商标侵权案件14宗，专利侵权纠纷行政裁决案件2宗，结案13宗，罚没金额合计28.6万元。",
            "二、移送公安机关涉嫌犯罪案件1宗（已于" + D("2023-06-08", "slash0") + "完成移送）。",
            "三、上述案件行政处罚决定书均已在国家企业信用信息公示系统公示。",
            "以上数据按照区政府办公室下发的" + N("武府办", 2023, 11) + "文件规定的口径统计。特此函复。",
        ],
        sign=["韶关市武江区市场监督管理局"],
        date="2023-10-12",
    )


def notice_xinyang(rng):
    return red_notice(
        "n_xy_kh",
        mark=["信阳市人民政府"],
        prefix="信政",
        year=2021,
        num=12,
        title_lines=["信阳市人民政府", "关于印发信阳市2021年知识产权保护工作", "检查考核方案的通知"],
        organ="信阳市人民政府",
        doc_type="通知",
        addressee="各县、区人民政府，市直有关单位：",
        body=[
            "现将《信阳市2021年知识产权保护工作检查考核方案》印发给你们，请认真贯彻落实。各县区要对照考核"
            "指标，于" + D("2021-11-15") + "前完成自查自评，并将自评报告及佐证材料报送市知识产权保护工作"
            "领导小组办公室。",
            "考核工作采取书面审查与实地核查相结合的方式，实地核查时间为"
            + R("2021-11-22", "2021-12-03")
            + "。会议材料须为2019年11月以后召开的会议。",
            "各县区要严格按照省知识产权局印发的" + N("豫知", 2021, 34) + "文件要求，如实填报考核数据，对弄虚作假的"
            "扣10分。",
        ],
        sign=["信阳市人民政府"],
        date="2021-09-27",
        cc="抄送：市委办公室，市人大常委会办公室，市政协办公室。",
        print_organ="信阳市人民政府办公室",
    )


def notice_yongning(rng):
    return red_notice(
        "n_yn_fg",
        mark=["永宁县市场监督管理局"],
        prefix="永市监发",
        year=2023,
        num=31,
        br="b",
        title_lines=["关于印发永宁县2023年知识产权保护", "工作任务分工的通知"],
        organ="永宁县市场监督管理局",
        doc_type="通知",
        addressee="县直各有关单位：",
        body=[
            "为做好2023年度知识产权保护工作检查考核迎检工作，现将任务分工印发给你们。统计时间为"
            + R("2023-01-01", "2023-11-30")
            + "。请各单位于"
            + D("2023-12-05", "md")
            + "前将佐证材料报送县市场"
            "监督管理局知识产权股。",
        ],
        sign=["永宁县市场监督管理局"],
        date="2023-11-13",
        date_style="cn",
    )


def notice_table_materials(rng):
    """Notice with a table whose cells carry 文号 and dates (the list of reference documents)."""

    def extra(d):
        d.add("h1", "附表：佐证文件目录")
        d.table(
            ["序号", "文件名称", "文号", "印发日期"],
            [
                [
                    "1",
                    "关于开展2023年知识产权保护“铁拳”专项行动的通知",
                    N("韶市监联", 2023, 15),
                    D("2023-06-26", "slash0"),
                ],
                [
                    "2",
                    "韶关市武江区2023年打击侵犯知识产权和制售假冒伪劣商品工作要点",
                    N("武江区打假办发", 2023, 3),
                    D("2023-04-18", "slash0"),
                ],
                ["3", "韶关市武江区2023年知识产权保护工作实施方案", N("武市监", 2023, 27), D("2023-05-18", "slash0")],
                ["4", "关于成立武江区知识产权保护工作领导小组的通知", N("武府办", 2022, 18), D("2022-03-09", "slash0")],
                ["5", "2023年知识产权行政保护工作方案", N("国知发保字", 2022, 8), D("2022-12-30", "slash0")],
            ],
            widths=[12, 80, 40, 24],
        )

    return red_notice(
        "n_wjzb_zz",
        mark=["韶关市武江区知识产权保护工作", "领导小组办公室"],
        prefix="武知保办",
        year=2023,
        num=6,
        title_lines=["关于报送2023年度知识产权保护", "工作佐证材料的通知"],
        organ="韶关市武江区知识产权保护工作领导小组办公室",
        doc_type="通知",
        addressee="区知识产权保护工作领导小组各成员单位：",
        body=[
            "根据市考核工作安排，请各成员单位按照考核指标收集整理佐证材料，配合单位于"
            + D("2023-12-05", "md")
            + "前报送牵头单位，牵头单位于"
            + D("2023-12-15", "md")
            + "前报送区知识产权保护工作领导小组办公室。",
            "佐证材料中引用的上级文件及本级文件见附表，请各单位下发的配套文件注明文号及印发日期。",
        ],
        extra=extra,
        sign=["韶关市武江区知识产权保护工作", "领导小组办公室"],
        date="2023-11-24",
    )


def notice_hubei(rng):
    return red_notice(
        "n_hb_kh",
        mark=["湖北省打击侵犯知识产权和制售假冒伪劣", "商品工作领导小组办公室"],
        prefix="鄂打假办",
        year=2019,
        num=9,
        br="q",
        title_lines=["关于开展2019年度全省打击侵犯知识产权和", "制售假冒伪劣商品工作绩效考核的通知"],
        organ="湖北省打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
        doc_type="通知",
        addressee="各市、州、直管市、神农架林区打击侵权假冒工作领导小组办公室：",
        body=[
            "按照全国打击侵权假冒工作领导小组办公室的统一部署，省打假办决定开展2019年度全省打击侵权假冒工作"
            "绩效考核。考核采取自评、部门评价和通报情况相结合的方式，权重分别为20%、40%、40%。",
            "请各地于" + D("2019-12-20") + "前报送自评报告和评分表（" + D("2019-12-20", "dot") + "以后报送的，"
            "按迟报处理）。",
        ],
        sign=["湖北省打击侵犯知识产权和制售假冒伪劣", "商品工作领导小组办公室"],
        date="2019-11-28",
    )


def notice_xuanchuan(rng):
    d = red_notice(
        "n_wjxcb_bq",
        mark=["中共韶关市武江区委宣传部"],
        prefix="武宣通",
        year=2023,
        num=9,
        title_lines=["关于开展2023年青少年版权保护季", "宣传活动的通知"],
        organ="中共韶关市武江区委宣传部",
        doc_type="通知",
        addressee="区教育局，各镇（街道）宣传办：",
        body=[
            "为贯彻落实国家版权局等部门下发的有关文件精神，根据《韶关市版权局关于开展2023年青少年版权保护季"
            "活动的通知》（" + N("韶版", 2023, 5, "p") + "）部署，区版权局决定在全区开展青少年版权保护季宣传"
            "活动。活动时间为" + R("2023-05-18", "2023-06-30", "dot") + "。",
            "各单位于" + D("2023-07-10", "dot") + "前将活动总结（附活动照片3—5张）报送区委宣传部文艺科。",
        ],
        sign=["中共韶关市武江区委宣传部"],
        date="2023-05-12",
    )
    return d


# ---- minutes --------------------------------------------------------------------------------------
def minutes_leading_group(rng, key, nth, issue, date, chair, organ, topics, date_style="cn"):
    used = set()
    title = f"武江区知识产权保护工作领导小组{2023}年第{nth}次全体会议纪要"
    d = Doc(key, title, organ, "会议纪要")
    d.add("redhead", ["武江区知识产权保护工作", "领导小组会议纪要"])
    d.add("center", f"第{issue}期")
    d.add("sepline", d.x(D(date, date_style)) + "　　　　" + organ)
    d.add("title", [title])
    d.para(
        f"{d.x(D(date))}上午，区政府副区长、区知识产权保护工作领导小组组长{chair}在区政府三楼会议室主持召开"
        f"{title[:-2]}。会议听取了区市场监管局关于2023年知识产权保护工作进展情况的汇报，研究部署了"
        f"迎接市知识产权保护工作检查考核有关工作。纪要如下："
    )
    paras = [
        "会议传达学习了市打假办印发的"
        + d.x(N("韶打假办", 2023, 2))
        + "文件和市局的"
        + d.x(N("韶市监联", 2023, 15))
        + "文件精神。会议认为，今年以来各成员单位认真履职，协同配合，全区知识产权保护工作取得明显成效。"
    ] + rng.sample(
        [
            "会议要求，各牵头单位要对照考核指标逐项梳理，确保佐证材料真实、完整、规范。",
            "会议强调，要加大侵权假冒案件查办力度，按规定做好行政处罚案件信息公开。",
            "会议明确，由区市场监管局负责统筹协调，各配合单位按时报送材料，逾期未报送的予以通报。",
        ],
        len(topics) - 1,
    )
    for i, t in enumerate(topics):
        d.add("h1", "一二三四五六"[i] + "、" + t)
        d.para(paras[i])
    att = [person(rng, used) for _ in range(6)]
    d.add("plain", "出席：" + chair + "、" + "、".join(att[:3]), indent=True)
    d.add("plain", "列席：" + "、".join(att[3:]) + "，各成员单位联络员。", indent=True)
    d.meetings.append({"date": date, "title": title[:-2], "chair": chair, "topics": list(topics)})
    d.sign([organ], D(date))
    return d


def meeting_record_table(rng, key, date, place, topics, unit, chair):
    """会议记录 as a form: merged label cells, like the templates units fill in by hand."""
    used = {chair}
    rec = person(rng, used)
    attendees = [person(rng, used) for _ in range(7)]
    name = f"{unit}2023年知识产权保护工作专题学习会"
    d = Doc(key, "会议记录", unit, "会议记录")
    d.add("center", "会议记录", size=22, bold=True, face="方正小标宋简体")
    body = "；".join(f"{i + 1}．{t}" for i, t in enumerate(topics)) + "。"
    content = (
        "会议传达学习了《国家知识产权局关于印发〈2023年知识产权行政保护工作方案〉的通知》（"
        + N("国知发保字", 2022, 8)
        + "）精神。"
        + chair
        + "强调，要把知识产权保护作为优化营商环境的"
        "重要举措，严格落实考核要求，按时完成佐证材料报送。"
    )
    t = d.x(D(date)) + "（" + weekday(date) + "）上午9:30"
    d.add(
        "form",
        [
            ["会议名称", name],
            ["会议时间", t, "会议地点", place],
            ["主持人", chair, "记录人", rec],
            ["参加人员", "、".join(attendees)],
            ["会议议题", body],
            ["会议内容", d.x(content)],
        ],
    )
    d.meetings.append({"date": date, "title": name, "chair": chair, "topics": list(topics)})
    return d


# ---- sign-in sheets -------------------------------------------------------------------------------
def signin(rng, key, title, date, time_text, place, n, organ=None, printed_names=True, date_style="cn"):
    used = set()
    names = [person(rng, used) for _ in range(n)]
    d = Doc(key, title, organ, "签到表")
    d.add("center", title, size=20, bold=True, face="方正小标宋简体")
    info = "时间：" + d.x(D(date, date_style)) + time_text + "　　地点：" + place
    d.add("plain", info, size=14)
    header = (
        ["序号", "姓名", "单位", "职务", "联系电话", "签名"] if printed_names else ["序号", "单位", "签名", "联系电话"]
    )
    rows = []
    for i, nm in enumerate(names):
        unit = rng.choice(UNITS)
        if printed_names:
            rows.append(
                [
                    str(i + 1),
                    nm,
                    unit,
                    rng.choice(["科员", "副主任", "股长", "副局长", "联络员", "干部"]),
                    mobile(rng),
                    nm,
                ]
            )
        else:
            rows.append([str(i + 1), unit, nm, mobile(rng)])
    d.add(
        "table",
        header,
        rows,
        sig_col=header.index("签名"),
        font_size=12,
        row_mm=9,
        widths=[9, 16, 36, 15, 30, 20] if printed_names else [10, 50, 30, 36],
    )
    d.tables.append({"header": header, "rows": rows})
    d.attendance = {"count": n, "names": names}
    if organ:
        d.add("plain", "主办单位：" + organ)
    return d


# ---- case lists -----------------------------------------------------------------------------------
GOODS = [
    "“耐克”运动鞋",
    "“阿迪达斯”服装",
    "“五粮液”白酒",
    "“小米”手机配件",
    "“飞利浦”剃须刀",
    "“马坝油粘米”地理标志",
    "“仁化白毛茶”",
    "“李宁”运动服",
    "“华为”充电器",
    "“格力”空调配件",
    "“苹果”耳机",
    "“海天”酱油",
    "“双汇”火腿肠",
    "“老干妈”风味豆豉",
    "“得力”文具",
    "“美的”电饭煲配件",
]
SHOPS = [
    "武江区某百货商行",
    "韶关市某贸易有限公司",
    "武江区某五金店",
    "某电子产品经营部",
    "武江区某副食店",
    "韶关市某商贸有限公司",
    "某鞋业经营部",
    "某服装店",
    "西联镇某超市",
    "龙归镇某便利店",
]


def case_list(rng, key, n, with_ruling, date_style, repeat_header=False, long_names=True, year=2023):
    title = f"武江区{year}年侵犯知识产权行政处罚案件信息公开情况一览表"
    d = Doc(key, title, "韶关市武江区市场监督管理局", "一览表")
    d.add("center", title, size=16, bold=True, face="黑体")
    d.add(
        "plain",
        "填报单位：韶关市武江区市场监督管理局（盖章）　　统计时间：" + d.x(R(f"{year}-01-01", f"{year}-11-30")),
        size=12,
    )
    header = ["序号", "案号", "案件名称", "立案日期", "结案日期", "是否公开"]
    if with_ruling:
        header.insert(5, "处罚决定书文号")
    rows = []
    day = dt.date(year, 1, 9)
    nums = sorted(rng.sample(range(3, 140), n))
    for i in range(n):
        day += dt.timedelta(days=rng.randint(3, 14))
        closed = day + dt.timedelta(days=rng.randint(20, 85))
        name = rng.choice(SHOPS) + "销售侵犯" + rng.choice(GOODS) + "注册商标专用权商品案"
        if long_names and rng.random() < 0.5:
            name = (
                name[:-1] + "（涉案商品" + str(rng.randint(12, 480)) + "件，货值" + str(rng.randint(2, 90)) + "千元）案"
            )
        open_case = closed < dt.date(year, 11, 30) and rng.random() < 0.85
        row = [
            str(i + 1),
            N("武市监立案", year, nums[i]),
            name,
            D(day.isoformat(), date_style),
            D(closed.isoformat(), date_style) if closed < dt.date(year, 11, 30) else "未结案",
            "是" if open_case else "否",
        ]
        if with_ruling:
            row.insert(5, N("武市监处罚", year, nums[i] + rng.randint(0, 4)) if row[4] != "未结案" else "—")
        rows.append(row)
    widths = [9, 30, 54, 25, 25, 31, 10] if with_ruling else [9, 34, 66, 27, 27, 12]
    d.table(header, rows, widths=widths, font_size=10.5, repeat_header=repeat_header)
    d.add(
        "plain",
        "填表人：" + person(rng, set()) + "　　联系电话：" + landline(rng) + "　　填表日期：" + d.x(D(f"{year}-12-04")),
        size=12,
    )
    return d


# ---------------------------------------------------------------------------------------------- DOCX
def build_docx(doc: Doc, path: Path, textbox_head=False):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt, RGBColor

    D_ = Document()
    cp = D_.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = dt.datetime(2023, 11, 1, 9, 0, 0)
    cp.modified = dt.datetime(2023, 11, 1, 9, 0, 0)
    cp.revision = 1
    # zh-CN language, no theme fonts
    styles = D_.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")
    for rf in styles.iter(qn("w:rFonts")):
        for a in list(rf.attrib):
            if a.endswith("Theme"):
                del rf.attrib[a]
    sec = D_.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    sec.footer_distance = Mm(25)

    def run(p, text, face="仿宋_GB2312", size=16, bold=False, color=None):
        r = p.add_run(text)
        r.font.name = face if face != "仿宋_GB2312" else "Times New Roman"
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), face)
        if face != "仿宋_GB2312":
            rf.set(qn("w:ascii"), face)
            rf.set(qn("w:hAnsi"), face)
        r.font.size = Pt(size)
        r.font.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def para(align=None, indent=False, spacing=28.9, before=0, after=0):
        p = D_.add_paragraph()
        pf = p.paragraph_format
        if spacing:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(spacing)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if indent:
            pf.first_line_indent = Pt(32)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def border_bottom(p, color="FF0000", sz=18):
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/></w:pBdr>'
            )
        )

    def cell_text(cell, text, size=12, face="仿宋_GB2312", align="c", bold=False):
        cell.text = ""
        lines = text.split("\n")
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
            p.paragraph_format.space_after = Pt(0)
            run(p, ln, face=face, size=size, bold=bold)

    def textbox(p, lines, color="FF0000", size=26, width_mm=156, height_mm=30):
        body = "".join(
            f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0" w:line="{int(size * 24)}" w:lineRule="exact"/>'
            f"</w:pPr><w:r><w:rPr>"
            f'<w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/>'
            f'<w:b/><w:color w:val="{color}"/><w:sz w:val="{size * 2}"/></w:rPr><w:t>{ln}</w:t></w:r></w:p>'
            for ln in lines
        )
        xml = (
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" stroked="f" '
            f'style="width:{width_mm}mm;height:{height_mm}mm;mso-position-horizontal:center;'
            f'mso-position-horizontal-relative:margin;mso-wrap-style:square;position:static">'
            f'<v:textbox inset="0,0,0,0"><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        )
        p._p.append(parse_xml(xml))

    def set_widths(t, mm):
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), mm, strict=True):
            gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
        for row in t.rows:
            for j, w in enumerate(mm):
                if j < len(row.cells):
                    row.cells[j].width = Mm(w)

    # page number footer "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "— ", face="宋体", size=14)
    fp._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
            f"<w:t>1</w:t></w:r></w:fldSimple>"
        )
    )
    run(fp, " —", face="宋体", size=14)

    for kind, args, kw in doc.blocks:
        if kind == "redhead":
            lines = args[0]
            if textbox_head:
                p = para("c", spacing=None)
                textbox(
                    p, [ln for ln in lines], size=26 if max(map(len, lines)) < 14 else 20, height_mm=14 * len(lines)
                )
            else:
                size = 36 if max(map(len, lines)) <= 10 else (26 if max(map(len, lines)) <= 14 else 20)
                for ln in lines:
                    p = para("c", spacing=size * 1.15)
                    run(p, ln, face="方正小标宋简体", size=size, color="FF0000")
                if len(lines) > 1 or not lines[0].endswith("纪要"):
                    p = para("c", spacing=None)
                    run(p, "文件" if "纪要" not in lines[-1] else "", face="方正小标宋简体", size=36, color="FF0000")
            para(spacing=16)
        elif kind == "docno":
            p = para("c")
            run(p, args[0])
            border_bottom(p)
            para()
        elif kind == "sepline":
            p = para("j")
            run(p, args[0], size=14)
            border_bottom(p, sz=12)
            para()
        elif kind == "title":
            for ln in args[0]:
                p = para("c", spacing=35)
                run(p, ln, face="方正小标宋简体", size=22)
            para()
        elif kind == "center":
            p = para("c", spacing=None, after=8)
            run(p, args[0], face=kw.get("face", "仿宋_GB2312"), size=kw.get("size", 16), bold=kw.get("bold", False))
        elif kind == "plain":
            p = para(indent=kw.get("indent", False), spacing=kw.get("size", 16) * 1.8)
            run(p, args[0], size=kw.get("size", 16))
        elif kind == "para":
            p = para("j", indent=True)
            run(p, args[0])
        elif kind == "h1":
            p = para(indent=True)
            run(p, args[0], face="黑体")
        elif kind == "h2":
            p = para(indent=True)
            run(p, args[0], face="楷体_GB2312")
        elif kind == "sign":
            organs, date = args
            para()
            para()
            for o in organs:
                p = para("r")
                run(p, o + "　　" if len(organs) == 1 else o)
            p = para("r")
            run(p, date + "　　　　")
        elif kind == "banji":
            cc, org, date = args
            for _ in range(3):
                para()
            if cc:
                p = para(spacing=28)
                run(p, cc, size=14)
                border_bottom(p, color="000000", sz=6)
            p = para(spacing=28)
            run(p, f"{org}" + "　" * max(2, 26 - len(org) - len(date)) + f"{date}印发", size=14)
            border_bottom(p, color="000000", sz=6)
        elif kind == "table":
            header, rows = args
            fs = kw.get("font_size", 12)
            t = D_.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(header):
                cell_text(t.rows[0].cells[j], h, size=fs, face="黑体")
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    face = "楷体_GB2312" if kw.get("sig_col") == j else "仿宋_GB2312"
                    cell_text(
                        t.rows[i + 1].cells[j],
                        c,
                        size=fs + (2 if face.startswith("楷") else 0),
                        face=face,
                        align="l" if len(c) > 14 else "c",
                    )
            if kw.get("vmerge_col") is not None:
                col = kw["vmerge_col"]
                start = None
                for i in range(1, len(rows) + 2):
                    if i == len(rows) + 1 or rows[i - 1][col]:
                        if start is not None and i - 1 > start:
                            txt = rows[start - 1][col]
                            m = t.cell(start, col).merge(t.cell(i - 1, col))
                            cell_text(m, txt, size=fs)
                        start = i
            if kw.get("row_mm"):
                for row in t.rows[1:]:
                    trpr = row._tr.get_or_add_trPr()
                    trpr.append(
                        parse_xml(
                            f'<w:trHeight {nsdecls("w")} w:val="{int(kw["row_mm"] / 25.4 * 1440)}" w:hRule="atLeast"/>'
                        )
                    )
            if kw.get("repeat_header"):
                trpr = t.rows[0]._tr.get_or_add_trPr()
                trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
            if kw.get("widths"):
                set_widths(t, [156 * w / sum(kw["widths"]) for w in kw["widths"]])
            para(spacing=None)
        elif kind == "form":
            rows = args[0]
            t = D_.add_table(rows=len(rows), cols=4)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.rows[i].cells
                if len(r) == 2:
                    m = cells[1].merge(cells[3])
                    cell_text(cells[0], r[0], size=14, face="黑体")
                    cell_text(m, r[1], size=14, align="l" if len(r[1]) > 20 else "c")
                else:
                    for j in range(4):
                        cell_text(cells[j], r[j], size=14, face="黑体" if j % 2 == 0 else "仿宋_GB2312")
            set_widths(t, [26, 52, 26, 52])
        else:
            raise ValueError(kind)
    D_.save(path)
    normalize_zip(path)


def normalize_zip(path: Path):
    """Rewrite a DOCX/XLSX so the bytes do not depend on when it was written."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2023-11-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def normalize_pdf(path: Path):
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + FIXED_PDF_TIME, data)
    h = hashlib.md5(path.name.encode()).hexdigest().upper().encode()
    data = re.sub(
        rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
        lambda m: (
            m.group(0)
            .replace(m.group(1), h[: len(m.group(1))].ljust(len(m.group(1)), b"0"))
            .replace(m.group(2), h[: len(m.group(2))].ljust(len(m.group(2)), b"0"))
        ),
        data,
    )
    data = re.sub(
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
        lambda m: m.group(1) + h[: len(m.group(2))].ljust(len(m.group(2)), b"0"),
        data,
    )
    path.write_bytes(data)


def soffice_pdf(docx_paths, outdir: Path, build: Path):
    conf = build / "fonts.conf"
    matches = []
    for alias, (fam, weight) in FONT_ALIASES.items():
        w = f'<edit name="weight" mode="assign" binding="strong"><const>{weight}</const></edit>' if weight else ""
        matches.append(
            f'<match target="pattern"><test name="family"><string>{alias}</string></test>'
            f'<edit name="family" mode="assign" binding="strong"><string>{fam}</string></edit>{w}</match>'
        )
    conf.write_text(FONTS_CONF.format(cache=build / "fccache", matches="\n  ".join(matches)), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), TZ="UTC", SOURCE_DATE_EPOCH="1701421200")
    cmd = [
        "nice",
        "-n",
        "10",
        "soffice",
        "-env:UserInstallation=file:///tmp/heldout-lo",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
    ] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for p in docx_paths:
        normalize_pdf(outdir / (p.stem + ".pdf"))


# ---------------------------------------------------------------------------------------------- XLSX
def build_xlsx(path: Path, sheets):
    """sheets: list of dicts(name, title, sub, header, rows, widths, date_fmt, footer, cell_dates)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = dt.datetime(2023, 11, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2023, 11, 1, 9, 0, 0)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    first = True
    for sh in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sh["name"]
        ncol = len(sh["header"])
        r = 1
        ws.cell(r, 1, sh["title"]).font = Font(name="方正小标宋简体", size=18)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 36
        r += 1
        if sh.get("sub"):
            ws.cell(r, 1, sh["sub"]).font = Font(name="仿宋_GB2312", size=11)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for j, h in enumerate(sh["header"]):
            c = ws.cell(r, j + 1, h)
            c.font = Font(name="黑体", size=11)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = box
        r += 1
        for row in sh["rows"]:
            for j, v in enumerate(row):
                c = ws.cell(r, j + 1, v)
                c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = Alignment(vertical="center", wrap_text=True)
                c.border = box
                if isinstance(v, dt.date):
                    c.number_format = sh.get("date_fmt", "yyyy/m/d")
            r += 1
        for m in sh.get("merges", []):
            ws.merge_cells(m)
        if sh.get("footer"):
            r += 1
            ws.cell(r, 1, sh["footer"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for j, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
        ws.print_title_rows = None
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------------------------- PDF pages
def pdf_pages(pdf_path: Path):
    """Per page: (text without whitespace, [(char, box)]) for locating facts and the signature date."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        n = tp.count_chars()
        chars = []
        for k in range(n):
            c = tp.get_text_range(k, 1)
            if c and not c.isspace():
                chars.append((c, tp.get_charbox(k)))
        out.append({"text": "".join(c for c, _ in chars), "chars": chars, "size": page.get_size()})
        tp.close()
        page.close()
    pdf.close()
    return out


def find_box(page, text, last=True):
    """Bounding box (PDF points, origin bottom-left) of text on a page, or None."""
    t = re.sub(r"\s", "", text)
    idx = page["text"].rfind(t) if last else page["text"].find(t)
    if idx < 0:
        return None
    boxes = [b for _, b in page["chars"][idx : idx + len(t)]]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def render_pdf(pdf_path: Path, dpi: int):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    imgs = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return imgs


# ---------------------------------------------------------------------------------------------- images
def make_seal(organ: str, px: int, rng: random.Random, heavy=False):
    """A red round official seal (公章) as an RGBA image of diameter px."""
    S = px * 2  # draw at 2x, then downsample
    im = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(im)
    w = max(4, S // 26)
    dr.ellipse([w, w, S - w, S - w], outline=255, width=w)
    # star
    cx = cy = S / 2
    R, r = S * 0.17, S * 0.068
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    dr.polygon(pts, fill=255)
    # organ name along the upper arc
    chars = list(organ)
    n = len(chars)
    span = min(250, 16 * n + 40)
    fs = int(S * (0.13 if n <= 12 else 0.11 if n <= 18 else 0.085))
    f = font(NOTO_SANS_B if os.path.exists(NOTO_SANS_B) else NOTO_SANS, fs)
    rad = S / 2 - w * 2 - fs * 0.62
    for k, ch in enumerate(chars):
        a = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        ci = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(ci).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = cx + rad * math.cos(a), cy + rad * math.sin(a)
        im.paste(255, (int(x - fs), int(y - fs)), ci)
    if heavy:  # over-inked stamp: a solid blot of ink inside the ring
        blot = Image.new("L", (S, S), 0)
        ImageDraw.Draw(blot).ellipse([S * 0.03, S * 0.33, S * 0.97, S * 0.7], fill=255)
        ImageDraw.Draw(blot).ellipse([S * 0.15, S * 0.22, S * 0.85, S * 0.8], fill=255)
        im = Image.fromarray(np.maximum(np.asarray(im), np.asarray(blot.filter(ImageFilter.GaussianBlur(S / 60)))))
    im = im.resize((px, px), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) / 255
    nr = np.random.RandomState(rng.randrange(2**31))
    texture = (
        nr.uniform(0.97, 1.0, a.shape) if heavy else nr.uniform(0.55, 1.0, a.shape) * (nr.uniform(0, 1, a.shape) > 0.06)
    )
    a = a * texture * (0.8 if not heavy else 1.0)
    alpha = Image.fromarray((a * 255).clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    rgba = Image.new("RGBA", (px, px), (214, 30, 38, 0))
    rgba.putalpha(alpha)
    return rgba.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def stamp(img: Image.Image, seal: Image.Image, center, heavy=False):
    """Multiply-blend the seal (ink over toner: black text stays visible) unless heavy."""
    base = np.asarray(img).astype(np.float32)
    x0, y0 = int(center[0] - seal.width / 2), int(center[1] - seal.height / 2)
    s = np.asarray(seal).astype(np.float32)
    h, w = s.shape[:2]
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(base.shape[1], x0 + w), min(base.shape[0], y0 + h)
    sub = s[ys - y0 : ye - y0, xs - x0 : xe - x0]
    a = sub[..., 3:4] / 255
    col = sub[..., :3]
    region = base[ys:ye, xs:xe]
    if heavy:
        mixed = region * (1 - a) + col * a
    else:
        mixed = region * (1 - a) + (region * col / 255) * a
    base[ys:ye, xs:xe] = mixed
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def scan_effect(img: Image.Image, rng: random.Random, gray=False, angle=None):
    nr = np.random.RandomState(rng.randrange(2**31))
    angle = rng.uniform(-1.2, 1.2) if angle is None else angle
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    a = np.asarray(img).astype(np.float32)
    # paper tone, slight toner unevenness, sensor noise, a few specks
    a = a * rng.uniform(0.9, 0.97) + rng.uniform(5, 14)
    a += nr.normal(0, rng.uniform(4, 9), a.shape[:2])[..., None]
    specks = nr.uniform(0, 1, a.shape[:2]) > 0.9993
    a[specks] *= 0.3
    a = a.clip(0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L").convert("RGB")
    return out


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input src[i]."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo_effect(page: Image.Image, rng: random.Random, out_w=2000, out_h=2667):
    nr = np.random.RandomState(rng.randrange(2**31))
    # background: desk (wood or grey) with gradient
    bg_col = np.array(rng.choice([(120, 92, 64), (150, 118, 84), (96, 100, 104), (180, 170, 150)]), np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = (np.sin(xx / rng.uniform(9, 20) + np.sin(yy / 150) * 3) * 6)[..., None]
    bg = np.clip(bg_col + grain + nr.normal(0, 5, (out_h, out_w, 1)), 0, 255).astype(np.uint8)
    canvas = Image.fromarray(bg)
    W, H = page.size
    # where the page corners land in the photo
    m = 0.07
    k = rng.uniform(0.03, 0.08)  # keystone: phone tilted towards the top of the sheet

    def jit():
        return rng.uniform(-0.035, 0.035)

    dst = [
        (out_w * (m + k + jit()), out_h * (m + jit())),
        (out_w * (1 - m - k + jit()), out_h * (m + 0.02 + jit())),
        (out_w * (1 - m + 0.02 + jit()), out_h * (1 - m + jit())),
        (out_w * (m - 0.02 + jit()), out_h * (1 - m - 0.01 + jit())),
    ]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (W, H), 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # soft shadow under the sheet
    shadow = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: v * 0.45)
    canvas = Image.composite(Image.new("RGB", canvas.size, (30, 25, 20)), canvas, shadow)
    canvas.paste(warped, (0, 0), mask)
    # uneven lighting: bright spot + darker corner, warm cast
    a = np.asarray(canvas).astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.1, 0.5) * out_h
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(out_w, out_h)
    light = (1.08 - 0.55 * dist**1.3)[..., None]
    a = a * light * np.array([1.0, 0.97, 0.9], np.float32)
    a += nr.normal(0, 3.5, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.4)))
    return out


def save_jpeg(img, path, q):
    img.save(path, "JPEG", quality=q, optimize=False, progressive=False, subsampling=2)


def save_image_pdf(imgs, path: Path, dpi):
    imgs = [im.convert("RGB") for im in imgs]
    fixed = dt.datetime(2023, 12, 1, 9, 0, 0).timetuple()
    imgs[0].save(
        path,
        "PDF",
        resolution=dpi,
        save_all=True,
        append_images=imgs[1:],
        quality=80,
        creationDate=fixed,
        modDate=fixed,
        producer="ScanSnap Manager",
        title=path.stem,
    )
    normalize_pdf(path)


# ---------------------------------------------------------------------------------------------- screenshots
def wrap(text, f, width):
    lines, cur = [], ""
    for ch in re.findall(r"[A-Za-z0-9.:%/\-]+|.", text):  # never break inside a number
        if f.getlength(cur + ch) > width and cur:
            if ch in "，。、；：？！）》”":  # no line-initial punctuation
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def screenshot_web(doc: Doc, path: Path, *, site, site_color, url, meta, body, rng, width=1366):
    """Desktop browser screenshot of a news page."""
    H = 1900
    img = Image.new("RGB", (width, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    sans, sansb = (lambda s: font(NOTO_SANS, s)), (lambda s: font(NOTO_SANS_B, s))
    # browser chrome
    dr.rectangle([0, 0, width, 40], fill=(222, 225, 230))
    dr.rounded_rectangle([8, 6, 260, 40], 8, fill=(255, 255, 255))
    dr.text((22, 12), (site + " - " + doc.title)[:14] + "…", font=sans(13), fill=(40, 40, 40))
    dr.rectangle([0, 40, width, 82], fill=(255, 255, 255))
    dr.rounded_rectangle([110, 47, width - 120, 76], 14, fill=(241, 243, 244))
    dr.text((135, 52), url, font=sans(15), fill=(60, 60, 60))
    for k, c in enumerate("←→○"):
        dr.text((14 + k * 30, 50), c, font=sans(18), fill=(90, 90, 90))
    dr.line([0, 82, width, 82], fill=(200, 200, 200))
    # site banner + nav
    dr.rectangle([0, 83, width, 183], fill=site_color)
    dr.text((140, 108), site, font=sansb(40), fill=(255, 255, 255))
    nav = ["首页", "时政", "本地", "经济", "法治", "民生", "专题", "视频"]
    dr.rectangle([0, 183, width, 225], fill=tuple(int(c * 0.8) for c in site_color))
    for k, t in enumerate(nav):
        dr.text((140 + k * 100, 192), t, font=sans(18), fill=(255, 255, 255))
    dr.text((140, 240), "当前位置：首页 > 本地 > 正文", font=sans(14), fill=(120, 120, 120))
    col_w = 800
    x0 = (width - col_w) // 2 - 120
    y = 290
    for ln in wrap(doc.title, sansb(32), col_w):
        dr.text((x0, y), ln, font=sansb(32), fill=(20, 20, 20))
        y += 48
    y += 8
    dr.text((x0, y), meta, font=sans(15), fill=(130, 130, 130))
    y += 34
    dr.line([x0, y, x0 + col_w, y], fill=(220, 220, 220))
    y += 26
    for p in body:
        for ln in wrap("　　" + p, sans(19), col_w):
            dr.text((x0, y), ln, font=sans(19), fill=(50, 50, 50))
            y += 36
        y += 14
        if y > H - 120:
            raise ValueError(f"{doc.key}: body does not fit the screenshot")
    # right column: related links
    rx = x0 + col_w + 50
    dr.rectangle([rx, 290, rx + 300, 330], fill=(245, 245, 245))
    dr.text((rx + 12, 297), "热点新闻", font=sansb(18), fill=site_color)
    for k, t in enumerate(
        [
            "市场监管部门开展节前食品安全检查",
            "我市召开优化营商环境工作推进会",
            "全市消防安全专项整治持续推进",
            "丹霞山景区游客接待量创新高",
        ]
    ):
        dr.text((rx + 12, 345 + k * 34), "· " + t[:14], font=sans(15), fill=(70, 70, 70))
    img = img.crop((0, 0, width, min(H, y + 60)))
    img.save(path, "PNG", optimize=False)


def screenshot_app(doc: Doc, path: Path, *, app, app_color, byline, body, rng, clock="09:41", jpeg=False):
    """Phone app screenshot (1080 wide)."""
    W, H = 1080, 2340
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    sans, sansb = (lambda s: font(NOTO_SANS, s)), (lambda s: font(NOTO_SANS_B, s))
    dr.rectangle([0, 0, W, 90], fill=app_color if app != "微信" else (237, 237, 237))
    tc = (255, 255, 255) if app != "微信" else (0, 0, 0)
    dr.text((50, 26), clock, font=sansb(38), fill=tc)
    dr.text((W - 330, 28), "5G", font=sans(32), fill=tc)
    for k in range(4):
        dr.rectangle([W - 270 + k * 14, 62 - k * 8, W - 262 + k * 14, 66], fill=tc)
    dr.text((W - 190, 28), "86%", font=sans(32), fill=tc)
    dr.rounded_rectangle([W - 100, 36, W - 50, 64], 5, outline=tc, width=3)
    dr.rectangle([W - 95, 41, W - 60, 59], fill=tc)
    if app == "微信":
        dr.rectangle([0, 90, W, 230], fill=(237, 237, 237))
        dr.text((40, 130), "✕", font=sans(48), fill=(0, 0, 0))
        dr.text((W - 100, 130), "···", font=sansb(48), fill=(0, 0, 0))
        y = 280
    else:
        dr.rectangle([0, 90, W, 250], fill=app_color)
        dr.text((40, 135), "〈", font=sansb(50), fill=(255, 255, 255))
        dr.text((W // 2, 170), app, font=sansb(54), fill=(255, 255, 255), anchor="mm")
        y = 310
    for ln in wrap(doc.title, sansb(62), W - 120):
        dr.text((60, y), ln, font=sansb(62), fill=(25, 25, 25))
        y += 88
    y += 20
    dr.text((60, y), byline, font=sans(38), fill=(120, 120, 120) if app != "微信" else (87, 107, 149))
    y += 90
    for p in body:
        for ln in wrap(p, sans(46), W - 120):
            dr.text((60, y), ln, font=sans(46), fill=(45, 45, 45))
            y += 76
        y += 34
        if y > H - 220:
            raise ValueError(f"{doc.key}: body does not fit the screenshot")
    dr.rectangle([0, H - 150, W, H], fill=(248, 248, 248))
    for k, t in enumerate(["写评论…", "♡ 128", "☆", "分享"]):
        dr.text((60 + k * 260, H - 105), t, font=sans(36), fill=(120, 120, 120))
    if jpeg:
        save_jpeg(img, path, 88)
    else:
        img.save(path, "PNG", optimize=False)


# ---------------------------------------------------------------------------------------------- more sources
def short_notice(
    key,
    mark,
    prefix,
    year,
    num,
    title_lines,
    organ,
    doc_type,
    addressee,
    body,
    date,
    date_style="cn",
    br="s",
    sign=None,
):
    return red_notice(
        key,
        mark=mark,
        prefix=prefix,
        year=year,
        num=num,
        title_lines=title_lines,
        organ=organ,
        doc_type=doc_type,
        addressee=addressee,
        body=body,
        sign=sign or [organ],
        date=date,
        date_style=date_style,
        br=br,
    )


def extra_notices():
    out = {}
    out["e_wjsj_426"] = short_notice(
        "e_wjsj_426",
        ["韶关市武江区市场监督管理局"],
        "武市监",
        2023,
        19,
        ["关于开展2023年“4·26”知识产权", "宣传周活动的通知"],
        "韶关市武江区市场监督管理局",
        "通知",
        "各市场监管所，局机关各股室：",
        [
            "为营造尊重知识、崇尚创新、诚信守法的知识产权文化氛围，根据市局统一部署，定于"
            + R("2023-04-20", "2023-04-26")
            + "在全区开展知识产权宣传周活动。",
            "各所于" + D("2023-05-05", "md") + "前将活动开展情况（含照片、新闻报道链接）报送局知识产权股。",
        ],
        "2023-04-14",
    )
    out["e_sgdjb_yd"] = short_notice(
        "e_sgdjb_yd",
        ["韶关市打击侵犯知识产权和制售假冒伪劣", "商品工作领导小组办公室"],
        "韶打假办",
        2023,
        2,
        ["关于印发《韶关市2023年打击侵犯知识产权", "和制售假冒伪劣商品工作要点》的通知"],
        "韶关市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
        "通知",
        "各县（市、区）打击侵权假冒工作领导小组办公室，市领导小组各成员单位：",
        [
            "现将《韶关市2023年打击侵犯知识产权和制售假冒伪劣商品工作要点》印发给你们，请结合实际认真贯彻落实。"
            "各地各单位工作开展情况请于每季度结束后10日内报送市打假办，全年工作总结于" + D("2023-12-10") + "前报送。"
        ],
        "2023-03-27",
        sign=["韶关市打击侵犯知识产权和制售假冒伪劣", "商品工作领导小组办公室"],
    )
    out["e_gdsj_yj"] = short_notice(
        "e_gdsj_yj",
        ["广东省市场监督管理局"],
        "粤市监知保",
        2023,
        102,
        ["关于做好2023年度知识产权保护工作", "检查考核迎检准备的通知"],
        "广东省市场监督管理局（广东省知识产权局）",
        "通知",
        "各地级以上市市场监督管理局（知识产权局）：",
        [
            "国务院知识产权战略实施工作部际联席会议办公室将于近期开展2023年度知识产权保护工作检查考核。请各地对照"
            "《2023年度知识产权保护工作检查考核指标》做好自查，于" + D("2023-12-15") + "前报送自评报告。",
            "联系人：省局知识产权保护处 梁文静，电话：020-38835617。",
        ],
        "2023-11-08",
        date_style="cn",
    )
    out["e_wjfy_han"] = short_notice(
        "e_wjfy_han",
        ["韶关市武江区人民法院"],
        "武法函",
        2023,
        7,
        ["关于提供知识产权案件审判数据的函"],
        "韶关市武江区人民法院",
        "函",
        "区市场监督管理局：",
        [
            "根据贵局《关于商请提供知识产权司法保护数据的函》要求，现将我院2023年1月至10月知识产权案件审判情况函告如下："
            "受理知识产权民事案件37件，审结35件，其中调解撤诉21件。",
            "以上数据统计截至" + D("2023-10-31") + "。特此函告。",
        ],
        "2023-11-06",
    )
    out["e_wjjy_tz"] = short_notice(
        "e_wjjy_tz",
        ["韶关市武江区教育局"],
        "武教",
        2023,
        44,
        ["关于组织开展中小学知识产权", "普及教育活动的通知"],
        "韶关市武江区教育局",
        "通知",
        "各中小学校：",
        [
            "为落实《中小学知识产权教育工作方案》，区教育局决定于"
            + R("2023-09-01", "2023-10-31")
            + "在全区中小学开展知识产权普及教育活动，请各校于"
            + D("2023-11-10", "dot")
            + "前报送活动总结。"
        ],
        "2023-08-25",
    )
    out["e_yn_hy"] = short_notice(
        "e_yn_hy",
        ["永宁县知识产权保护工作", "领导小组办公室"],
        "永知保办",
        2023,
        4,
        ["关于召开全县知识产权保护工作", "推进会的通知"],
        "永宁县知识产权保护工作领导小组办公室",
        "通知",
        "县领导小组各成员单位：",
        [
            "经研究，定于" + D("2023-06-15") + "（" + weekday("2023-06-15") + "）上午9时在县政府三楼会议室召开全县"
            "知识产权保护工作推进会。请各单位分管领导参加，于" + D("2023-06-13", "md") + "下班前报送参会回执。"
        ],
        "2023-06-09",
        br="h",
        sign=["永宁县知识产权保护工作", "领导小组办公室"],
    )
    return out


def division_table(rng):
    """迎考分工表 with an indicator column merged over its sub-rows (DOCX)."""
    used = set()
    d = Doc(
        "k_fengong",
        "武江区2023年知识产权保护工作检查考核迎考分工表",
        "韶关市武江区知识产权保护工作领导小组办公室",
        "分工表",
    )
    d.add("center", d.title, size=18, bold=True, face="方正小标宋简体")
    d.add(
        "plain",
        "说明：配合单位于"
        + d.x(D("2023-12-05"))
        + "前将佐证材料报送牵头单位，牵头单位于"
        + d.x(D("2023-12-15"))
        + "前报送区领导小组办公室。",
        indent=True,
    )
    spec = [
        ("1.组织领导", ["1.1 召开领导小组会议研究部署", "1.2 制定年度工作方案"], "区市场监管局"),
        ("2.行政保护", ["2.1 查处侵权假冒案件", "2.2 案件信息公开", "2.3 开展专项行动"], "区市场监管局"),
        ("3.司法保护", ["3.1 知识产权案件审结率"], "区人民法院"),
        ("4.宣传培训", ["4.1 4·26宣传周活动", "4.2 媒体宣传报道", "4.3 业务培训"], "区委宣传部（区版权局）"),
        ("5.刑事打击", ["5.1 侦办侵权假冒犯罪案件", "5.2 两法衔接"], "区公安分局"),
    ]
    rows = []
    for ind, subs, lead in spec:
        for k, s in enumerate(subs):
            coop = "、".join(rng.sample([u for u in UNITS[:12] if u != lead], 2))
            rows.append([ind if k == 0 else "", s, lead, coop, person(rng, used), mobile(rng)])
    d.table(
        ["考核指标", "考核要点", "牵头单位", "配合单位", "联系人", "联系电话"],
        rows,
        widths=[22, 40, 28, 36, 16, 26],
        font_size=11,
        vmerge_col=0,
    )
    d.sign(["韶关市武江区知识产权保护工作", "领导小组办公室"], D("2023-11-22"))
    return d


NEWS = [
    dict(
        key="s_ipr_web",
        kind="web",
        outlet="中国知识产权报",
        level="国家级",
        site="中国知识产权资讯网",
        color=(0, 82, 155),
        url="http://www.iprchn.com/cipnews/news_content.aspx?newsId=140217",
        title="广东韶关：多部门联动开展知识产权保护“铁拳”专项行动",
        meta="来源：中国知识产权报　作者：本报通讯员 卢嘉俊　　发布时间：{d:2023-07-19:dash0} 08:47",
        body=[
            "本报讯　" + "{d:2023-07-18:md}" + "，记者从广东省韶关市市场监督管理局获悉，该局联合市知识产权局印发"
            "《关于开展2023年知识产权保护“铁拳”专项行动的通知》（{n:韶市监联:2023:15}），于"
            "{r:2023-07-01:2023-07-31}在全市集中开展知识产权保护专项行动。",
            "专项行动开展以来，韶关市累计出动执法人员1260人次，检查经营主体3100余户，立案查处侵权假冒案件23宗。",
            "下一步，韶关市将进一步健全行政执法与刑事司法衔接机制，持续保持打击侵权假冒高压态势。",
        ],
    ),
    dict(
        key="s_xxqg_app",
        kind="app",
        outlet="学习强国",
        level="国家级",
        app="学习强国",
        color=(220, 36, 31),
        title="韶关武江：知识产权宣传周活动走进社区校园",
        byline="学习强国　　{d:2023-04-27:dash0}",
        body=[
            "{d:2023-04-26:md}是第23个世界知识产权日。当天，韶关市武江区市场监管局联合区委宣传部（区版权局）、"
            "区教育局在新华街道开展知识产权宣传活动，现场发放宣传资料2000余份，解答群众咨询130余人次。",
            "宣传周期间（{r:2023-04-20:2023-04-26:md}），武江区还组织“知识产权进校园”活动6场。",
        ],
    ),
    dict(
        key="s_sgrb_web",
        kind="web",
        outlet="韶关日报",
        level="市级",
        site="韶关新闻网",
        color=(190, 20, 30),
        url="https://www.sgxw.cn/content/2023-11/13/content_31658.html",
        title="武江区召开知识产权保护工作领导小组会议 部署迎接年度检查考核工作",
        meta="来源：韶关日报　　{d:2023-11-13:cn} 10:22　　编辑：周思颖",
        body=[
            "本报讯（记者 曾晓燕 通讯员 武宣）{d:2023-11-10:md}，武江区召开知识产权保护工作领导小组2023年第二次"
            "全体会议，研究部署迎接2023年度知识产权保护工作检查考核工作。",
            "会议要求，各成员单位要对照《韶关市武江区2023年知识产权保护工作实施方案》（{n:武市监:2023:27}）"
            "明确的任务，于{d:2023-12-05:md}前完成佐证材料收集整理。",
            "据悉，今年以来武江区共查处侵权假冒案件31宗，办结28宗，案件信息公开率100%。",
        ],
    ),
    dict(
        key="s_nfrb_app",
        kind="app",
        outlet="南方日报",
        level="省级",
        app="南方+",
        color=(0, 120, 200),
        title="韶关出台实施意见强化知识产权保护 到2025年建成维权援助工作站全覆盖",
        byline="来源：南方日报　　{d:2023-06-08:slash0} 07:30",
        body=[
            "近日，韶关市人民政府办公室印发《关于强化知识产权保护的实施意见》，从制度约束、社会共治、协作衔接"
            "等方面提出16条具体措施。",
            "根据意见，韶关将健全知识产权信用监管，将故意侵权行为纳入信用记录，并在各县（市、区）设立知识产权"
            "维权援助工作站。",
        ],
        jpeg=True,
    ),
    dict(
        key="s_wjfb_wx",
        kind="wechat",
        outlet="武江发布",
        level="县级",
        app="微信",
        color=(7, 193, 96),
        title="武江区开展2023年青少年版权保护季宣传活动",
        byline="武江发布　{d:2023-05-19:cn} 18:05 广东",
        body=[
            "为贯彻落实区委宣传部下发的《关于开展2023年青少年版权保护季宣传活动的通知》（{n:武宣通:2023:9}）要求，"
            "{d:2023-05-18:md}，区版权局在武江区实验小学举办青少年版权保护季启动仪式。",
            "活动现场，工作人员通过有奖问答、情景剧等形式，向学生普及著作权法律知识。本次活动将持续至"
            "{d:2023-06-30:md}。",
        ],
    ),
    dict(
        key="s_ycwb_web",
        kind="web",
        outlet="羊城晚报",
        level="省级",
        site="羊城派",
        color=(200, 60, 20),
        url="https://ycpai.ycwb.com/amucsite/pad/index.html#/detail/2023-09-21",
        title="韶关武江查处一起销售假冒注册商标白酒案",
        meta="羊城晚报　记者 林志强　{d:2023-09-21:slash0}　15:42",
        body=[
            "羊城晚报讯　记者从韶关市武江区市场监管局获悉，该局日前查处一起销售假冒“五粮液”注册商标白酒案，"
            "现场查扣涉案白酒86瓶，依法对当事人作出罚款4.3万元的行政处罚，并已通过国家企业信用信息公示系统向社会公开。",
            "执法人员提醒，消费者购买名酒应选择正规渠道，发现侵权假冒线索可拨打12315举报。",
        ],
    ),
    dict(
        key="s_zgscjg_web",
        kind="web",
        outlet="中国市场监管报",
        level="国家级",
        site="中国质量新闻网",
        color=(20, 90, 60),
        url="https://www.cqn.com.cn/zj/content/2023-12/04/content_9027341.htm",
        title="广东韶关武江区：“三个强化”提升知识产权保护水平",
        meta="来源：中国市场监管报　　时间：{d:2023-12-04:dash0}",
        body=[
            "今年以来，广东省韶关市武江区市场监管局通过强化执法办案、强化信息公开、强化宣传培训，持续提升知识"
            "产权保护水平。",
            "截至{d:2023-11-30:cn}，该局共立案查处侵权假冒案件31宗，结案28宗，移送公安机关1宗。",
        ],
    ),
    dict(
        key="s_sgfb_wx",
        kind="wechat",
        outlet="韶关发布",
        level="市级",
        app="微信",
        color=(7, 193, 96),
        title="注意！这些假冒商品被查了，韶关公布2023年知识产权保护十大典型案例",
        byline="韶关发布　{d:2024-01-16:cn} 20:30 广东",
        body=[
            "为进一步震慑侵权假冒违法行为，{d:2024-01-15:md}，韶关市打击侵权假冒工作领导小组办公室公布2023年"
            "全市知识产权保护十大典型案例。",
            "案例一：武江区某商行销售侵犯“李宁”注册商标专用权商品案。{d:2023-03-15:cn}，执法人员在检查中发现……",
        ],
        jpeg=True,
    ),
]


def news_doc(spec):
    d = Doc(spec["key"], spec["title"], None, "新闻报道")
    d.media.append({"outlet": spec["outlet"], "level": spec["level"]})
    return d


# ---------------------------------------------------------------------------------------------- XLSX sources
XL_FMT = {"slash": "yyyy/m/d", "cn": 'yyyy"年"m"月"d"日"', "dash0": "yyyy-mm-dd", "dot0": "yyyy.mm.dd"}


def xdate(doc, iso, style):
    doc.f.dates.append({"iso": iso, "text": fmt_date(dt.date.fromisoformat(iso), style), "role": None})
    return dt.date.fromisoformat(iso)


def xlsx_sources(rng):
    out = []
    # X1 training/publicity ledger, dates as real date cells
    d = Doc("x_xcpx_tz", "武江区2023年知识产权保护宣传培训活动台账", "韶关市武江区市场监督管理局", "台账")
    acts = [
        "4·26知识产权宣传周启动仪式",
        "商标品牌培育指导培训",
        "知识产权进校园活动",
        "知识产权执法业务培训班",
        "地理标志保护宣传活动",
        "电商平台知识产权合规指导会",
        "知识产权进企业座谈会",
        "打击侵权假冒宣传咨询活动",
        "专利导航服务进园区",
        "版权保护宣传进社区",
        "知识产权质押融资政策宣讲会",
        "年度考核佐证材料整理培训",
    ]
    rows, day = [], dt.date(2023, 3, 2)
    for i, a in enumerate(acts):
        day += dt.timedelta(days=rng.randint(10, 28))
        rows.append(
            [
                i + 1,
                a,
                xdate(d, day.isoformat(), "cn"),
                rng.choice(
                    [
                        "区市场监管局三楼会议室",
                        "新华街道文化广场",
                        "武江区实验小学",
                        "西联镇政府会议室",
                        "韶关高新区服务中心",
                    ]
                ),
                rng.randint(25, 180),
                rng.choice(UNITS[:6]),
                rng.choice(["通知、签到表、照片", "照片、新闻报道", "签到表、课件", "方案、照片"]),
            ]
        )
    sub = "填报单位：韶关市武江区市场监督管理局　　　　填报日期：" + d.x(D("2023-12-05"))
    header = ["序号", "活动名称", "活动时间", "活动地点", "参加人数", "牵头单位", "佐证材料"]
    d.tables.append(
        {
            "header": header,
            "rows": [[str(c) if not isinstance(c, dt.date) else fmt_date(c, "cn") for c in r] for r in rows],
        }
    )
    out.append(
        (
            d,
            [
                dict(
                    name="宣传培训台账",
                    title=d.title,
                    sub=sub,
                    header=header,
                    rows=rows,
                    date_fmt=XL_FMT["cn"],
                    widths=[6, 34, 18, 24, 10, 22, 22],
                )
            ],
        )
    )
    # X2 statistics table with a total row, text range in the sub-title
    d = Doc("x_zf_tjb", "武江区2023年1—11月知识产权行政执法案件统计表", "韶关市武江区市场监督管理局", "统计表")
    units = [
        "局执法稽查股",
        "新华市场监管所",
        "惠民市场监管所",
        "西联市场监管所",
        "龙归市场监管所",
        "江湾市场监管所",
        "重阳市场监管所",
    ]
    rows = []
    tot = [0, 0, 0.0, 0]
    for u in units:
        a = rng.randint(1, 9)
        b = rng.randint(max(0, a - 2), a)
        m = round(rng.uniform(0.5, 9.5), 2)
        t = 1 if u == "局执法稽查股" else 0
        rows.append([u, a, b, m, t, ""])
        tot = [tot[0] + a, tot[1] + b, round(tot[2] + m, 2), tot[3] + t]
    rows.append(["合计", *tot, ""])
    sub = "统计时间：" + d.x(R("2023-01-01", "2023-11-30", "cnfull")) + "　　　单位：宗、万元"
    header = ["单位", "立案数", "结案数", "罚没金额", "移送公安", "备注"]
    d.tables.append({"header": header, "rows": [[str(c) for c in r] for r in rows]})
    foot = "填表人：" + person(rng, set()) + "　　审核人：" + person(rng, set()) + "　　联系电话：" + landline(rng)
    out.append(
        (
            d,
            [
                dict(
                    name="Sheet1",
                    title=d.title,
                    sub=sub,
                    header=header,
                    rows=rows,
                    footer=foot,
                    widths=[18, 10, 10, 12, 10, 14],
                )
            ],
        )
    )
    # X3 case list with ruling numbers (non-standard brackets typed by the unit) + summary sheet
    d = Doc("x_aj_gk", "2023年侵权假冒行政处罚案件信息公开台账", "韶关市武江区市场监督管理局", "台账")
    header = ["序号", "案号", "当事人", "案由", "立案日期", "结案日期", "处罚决定书文号", "是否公开"]
    rows, trows, day = [], [], dt.date(2023, 1, 12)
    for i in range(20):
        day += dt.timedelta(days=rng.randint(4, 15))
        close = day + dt.timedelta(days=rng.randint(25, 80))
        n = 3 + i * 4 + rng.randint(0, 3)
        br = rng.choice(["s", "s", "q", "p"])
        ah = d.x(N("武市监立案", 2023, n, br))
        rul = d.x(N("武市监处罚", 2023, n + 1, br)) if close < dt.date(2023, 11, 30) else ""
        who = rng.choice(SHOPS)
        why = "销售侵犯" + rng.choice(GOODS) + "注册商标专用权商品"
        cd = xdate(d, close.isoformat(), "dash0") if rul else "未结"
        r = [i + 1, ah, who, why, xdate(d, day.isoformat(), "dash0"), cd, rul, "是" if rul else "否"]
        rows.append(r)
        trows.append([str(c) if not isinstance(c, dt.date) else fmt_date(c, "dash0") for c in r])
    d.tables.append({"header": header, "rows": trows})
    n_open = sum(1 for r in rows if r[7] == "是")
    sheet2_rows = [["立案总数", 20], ["已结案", n_open], ["已公开", n_open], ["公开率", "100%"]]
    d.tables.append({"header": ["项目", "数量"], "rows": [[a, str(b)] for a, b in sheet2_rows]})
    out.append(
        (
            d,
            [
                dict(
                    name="案件台账",
                    title=d.title,
                    header=header,
                    rows=rows,
                    date_fmt=XL_FMT["dash0"],
                    widths=[6, 24, 22, 40, 12, 12, 24, 10],
                ),
                dict(name="汇总", title="案件信息公开汇总", header=["项目", "数量"], rows=sheet2_rows, widths=[16, 10]),
            ],
        )
    )
    # X4 meetings ledger: dates typed as text in mixed styles
    d = Doc("x_hy_tz", "2023年度知识产权保护工作会议台账", "韶关市武江区知识产权保护工作领导小组办公室", "台账")
    used = set()
    mts = [
        (
            "2023-02-21",
            "dot",
            "区知识产权保护工作领导小组2023年第一次全体会议",
            ["通报2022年考核结果", "部署2023年重点工作"],
        ),
        ("2023-04-12", "slash0", "4·26宣传周活动筹备会", ["宣传周活动方案", "任务分工"]),
        ("2023-07-05", "cn", "“铁拳”专项行动部署会", ["传达市局专项行动通知", "明确检查重点"]),
        ("2023-09-14", "dot0", "两法衔接工作联席会议", ["案件移送标准", "信息共享平台使用"]),
        (
            "2023-11-10",
            "cn",
            "区知识产权保护工作领导小组2023年第二次全体会议",
            ["迎接年度检查考核", "佐证材料报送要求"],
        ),
    ]
    rows = []
    for i, (iso, st, name, tps) in enumerate(mts):
        chair = person(rng, used)
        rows.append(
            [
                str(i + 1),
                name,
                d.x(D(iso, st)),
                chair,
                "；".join(tps),
                rng.choice(["区政府三楼会议室", "区市场监管局会议室"]),
            ]
        )
        d.meetings.append({"date": iso, "title": name, "chair": chair, "topics": tps})
    header = ["序号", "会议名称", "会议时间", "主持人", "议题", "地点"]
    d.tables.append({"header": header, "rows": rows})
    out.append((d, [dict(name="会议台账", title=d.title, header=header, rows=rows, widths=[6, 44, 14, 10, 40, 20])]))
    # X5 sign-in sheet in Excel
    d = Doc("x_qd", "2023年知识产权执法业务培训班签到表", "韶关市武江区市场监督管理局", "签到表")
    used = set()
    names = [person(rng, used) for _ in range(24)]
    rows = [[str(i + 1), nm, rng.choice(UNITS), mobile(rng), ""] for i, nm in enumerate(names)]
    sub = "培训时间：" + d.x(D("2023-08-17")) + "　　培训地点：区市场监管局三楼会议室"
    header = ["序号", "姓名", "单位", "联系电话", "备注"]
    d.tables.append({"header": header, "rows": rows})
    d.attendance = {"count": len(names), "names": names}
    out.append((d, [dict(name="签到表", title=d.title, sub=sub, header=header, rows=rows, widths=[6, 12, 30, 16, 10])]))
    # X6 document ledger with a merged category column and 文号 in cells
    d = Doc("x_wj_tz", "知识产权保护工作文件台账", "韶关市武江区市场监督管理局", "台账")
    docs = [
        ("上级文件", "2023年知识产权行政保护工作方案", N("国知发保字", 2022, 8, "q"), "国家知识产权局", "2022-12-30"),
        (
            "",
            "关于开展2023年知识产权保护“铁拳”专项行动的通知",
            N("韶市监联", 2023, 15),
            "韶关市市场监督管理局",
            "2023-06-26",
        ),
        (
            "",
            "韶关市2023年打击侵犯知识产权和制售假冒伪劣商品工作要点",
            N("韶打假办", 2023, 2, "b"),
            "韶关市打假办",
            "2023-03-27",
        ),
        ("本级文件", "韶关市武江区2023年知识产权保护工作实施方案", N("武市监", 2023, 27), "区市场监管局", "2023-05-18"),
        ("", "关于印发武江区2023年打击侵权假冒工作要点的通知", N("武江区打假办发", 2023, 3), "区打假办", "2023-04-18"),
        ("", "关于开展2023年“4·26”知识产权宣传周活动的通知", N("武市监", 2023, 19, "p"), "区市场监管局", "2023-04-14"),
        (
            "",
            "关于报送2023年度知识产权保护工作佐证材料的通知",
            N("武知保办", 2023, 6),
            "区知识产权保护办",
            "2023-11-24",
        ),
    ]
    rows, trows, last = [], [], ""
    for i, (cat, name, no, org, iso) in enumerate(docs):
        no = d.x(no)
        dd = xdate(d, iso, "slash")
        rows.append([cat, str(i + 1), name, no, org, dd])
        last = cat or last
        trows.append([last, str(i + 1), name, no, org, fmt_date(dd, "slash")])
    header = ["类别", "序号", "文件名称", "文号", "发文单位", "印发日期"]
    d.tables.append({"header": header, "rows": trows})
    out.append(
        (
            d,
            [
                dict(
                    name="文件台账",
                    title=d.title,
                    header=header,
                    rows=rows,
                    date_fmt=XL_FMT["slash"],
                    merges=["A3:A5", "A6:A9"],
                    widths=[10, 6, 50, 24, 18, 12],
                )
            ],
        )
    )
    return out


# ---------------------------------------------------------------------------------------------- truth
def truth_entry(doc: Doc, kind: str, fmt: str, pages=None, hide_sign=False):
    e = {"kind": kind, "format": fmt}
    if pages is not None:
        e["pages"] = len(pages)
    for k in ("title", "organ", "doc_type"):
        v = getattr(doc, k)
        if v:
            e[k] = v

    def page_of(text):
        if not pages:
            return None
        t = re.sub(r"\s", "", text)
        for i, p in enumerate(pages):
            if t in p["text"]:
                return i + 1
        for i, p in enumerate(pages):  # split by a page break: the page where it starts
            if len(t) > 6 and t[: len(t) // 2 + 1] in p["text"]:
                return i + 1
        return None

    nums, seen = [], set()
    for n in doc.f.numbers:
        if n["text"] in seen:
            continue
        seen.add(n["text"])
        item = {"text": n["text"], "organ_prefix": n["organ_prefix"], "year": n["year"], "number": n["number"]}
        if n["shown"] != n["text"]:
            item["shown"] = n["shown"]
        pg = page_of(n["shown"])
        if pg:
            item["page"] = pg
        elif pages and pages[0]["text"]:
            print(f"  warn {doc.key}: number {n['shown']} not found in PDF text", file=sys.stderr)
        nums.append(item)
    if nums:
        e["doc_numbers"] = nums
    occ = list(doc.f.dates)
    if hide_sign:
        occ = [o for o in occ if o["role"] != "sign"]
    dates, seen = [], set()
    for o in occ:
        if (o["iso"], o["text"]) in seen:
            continue
        seen.add((o["iso"], o["text"]))
        item = {"iso": o["iso"], "text": o["text"]}
        pg = page_of(o["text"])
        if pg:
            item["page"] = pg
        elif pages and pages[0]["text"]:
            print(f"  warn {doc.key}: date {o['text']} not found in PDF text", file=sys.stderr)
        dates.append(item)
    if dates:
        e["dates"] = sorted(dates, key=lambda d: (d["iso"], d["text"]))
    if doc.media:
        e["media"] = doc.media
    if doc.tables:
        e["tables"] = [{"header": t["header"], "row_count": len(t["rows"]), "rows": t["rows"]} for t in doc.tables]
    if doc.meetings:
        e["meetings"] = doc.meetings
    if doc.attendance:
        e["attendance"] = doc.attendance
    return e


# ---------------------------------------------------------------------------------------------- main
def seal_center(page, text, scale, px, heavy):
    box = find_box(page, text)
    if box is None:
        return None
    H = page["size"][1]
    cx = (box[0] + box[2]) / 2 * scale
    cy = (H - (box[1] + box[3]) / 2) * scale
    return (cx, cy if heavy else cy - px * 0.28)


def raster_with_seal(doc, pdf_path, pages, dpi, rng, seal=True, heavy=False):
    imgs = render_pdf(pdf_path, dpi)
    if seal and doc.sign_date_text and doc.seal_organ:
        px = int((50 if heavy else 42) / 25.4 * dpi)
        for i in range(len(pages) - 1, -1, -1):
            c = seal_center(pages[i], doc.sign_date_text, dpi / 72, px, heavy)
            if c:
                s = make_seal(doc.seal_organ.split("、")[0], px, rng, heavy=heavy)
                imgs[i] = stamp(imgs[i], s, c, heavy=heavy)
                break
        else:
            print(f"  warn {doc.key}: signature date not found for the seal", file=sys.stderr)
    return imgs


def main(argv):
    t0 = dt.datetime.now()
    out = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    rng = random.Random(SEED)

    def R_(k):  # per-file streams: adding a file never reshuffles others
        return random.Random(f"{SEED}:{k}")

    notices = extra_notices()

    def M(key, nth, issue, date, chair, topics, style="cn"):
        organ = "武江区知识产权保护工作领导小组办公室"
        return minutes_leading_group(R_(key), key, nth, issue, date, chair, organ, topics, style)

    def mr(key, date, place, topics, unit, chair):
        return meeting_record_table(R_(key), key, date, place, topics, unit, chair)

    # (file name, kind, source doc, options)
    plan = [
        # ---- text PDFs (DOCX -> LibreOffice)
        ("韶市监联〔2023〕15号 关于开展2023年知识产权保护铁拳专项行动的通知.pdf", "text_pdf", notice_shaoguan(rng), {}),
        ("武江区打假办发〔2023〕3号.pdf", "text_pdf", notice_wujiang_dajia(rng), {}),
        ("关于强化知识产权保护的实施意见.pdf", "text_pdf", opinion_city(rng), {}),
        ("复函-2023年行政执法数据.pdf", "text_pdf", reply_letter(rng), {}),
        ("信政〔2021〕12号 考核方案通知.pdf", "text_pdf", notice_xinyang(rng), {}),
        ("2019年度绩效考核通知.pdf", "text_pdf", notice_hubei(rng), {}),
        (
            "领导小组第二次全体会议纪要.pdf",
            "text_pdf",
            M(
                "m2",
                "二",
                2,
                "2023-11-10",
                "王建明",
                ["听取2023年知识产权保护工作情况汇报", "研究迎接年度检查考核工作", "审议佐证材料报送分工"],
            ),
            {},
        ),
        (
            "侵权假冒行政处罚案件信息公开一览表.pdf",
            "text_pdf",
            case_list(R_("c1"), "c1", 26, True, "dot", repeat_header=True),
            {},
        ),
        (
            "业务培训班签到表.pdf",
            "text_pdf",
            signin(
                R_("s1"),
                "s1",
                "武江区2023年知识产权保护业务培训班签到表",
                "2023-06-08",
                "上午9:00",
                "区市场监管局三楼会议室",
                16,
                organ="韶关市武江区市场监督管理局",
            ),
            {},
        ),
        # ---- scans
        ("扫描件-2023年知识产权保护工作实施方案.pdf", "scan", scheme_wujiang(rng), {"dpi": 150, "fmt": "pdf"}),
        ("永宁县任务分工通知（扫描）.pdf", "scan", notice_yongning(rng), {"dpi": 300, "fmt": "pdf", "gray": True}),
        ("案件清单-扫描.pdf", "scan", case_list(R_("c2"), "c2", 15, False, "slash0"), {"dpi": 150, "fmt": "pdf"}),
        (
            "专题学习会会议记录.png",
            "scan",
            mr(
                "r1",
                "2023-03-16",
                "区司法局二楼会议室",
                ["传达学习知识产权保护文件精神", "部署普法宣传任务"],
                "韶关市武江区司法局",
                "何志强",
            ),
            {"dpi": 300, "fmt": "png", "seal": False},
        ),
        (
            "宣传周活动签到表.jpg",
            "scan",
            signin(
                R_("s2"),
                "s2",
                "2023年“4·26”知识产权宣传周活动签到表",
                "2023-04-26",
                "上午9:30",
                "新华街道文化广场",
                14,
                printed_names=False,
                date_style="dot",
            ),
            {"dpi": 150, "fmt": "jpg", "seal": False},
        ),
        ("宣传周通知（盖章件）.pdf", "scan", notices["e_wjsj_426"], {"dpi": 300, "fmt": "pdf", "heavy": True}),
        ("韶打假办〔2023〕2号.jpg", "scan", notices["e_sgdjb_yd"], {"dpi": 150, "fmt": "jpg"}),
        (
            "第一次全体会议纪要（扫描）.pdf",
            "scan",
            M(
                "m1",
                "一",
                1,
                "2023-02-21",
                "王建明",
                ["通报2022年度知识产权保护工作检查考核结果", "部署2023年知识产权保护重点工作"],
            ),
            {"dpi": 150, "fmt": "pdf", "gray": True},
        ),
        ("省局迎检通知.png", "scan", notices["e_gdsj_yj"], {"dpi": 300, "fmt": "png"}),
        # ---- phone photos
        (
            "IMG_20231120_093512.jpg",
            "photo",
            signin(
                R_("s3"),
                "s3",
                "武江区知识产权保护工作联络员培训会签到表",
                "2023-11-20",
                "上午9:30",
                "区政府三楼会议室",
                15,
            ),
            {"seal": False},
        ),
        (
            "IMG_20230817_142033.jpg",
            "photo",
            signin(
                R_("s4"),
                "s4",
                "知识产权进企业座谈会签到表",
                "2023-08-17",
                "下午2:30",
                "韶关高新区服务中心",
                12,
                printed_names=False,
                date_style="slash0",
            ),
            {"seal": False},
        ),
        (
            "IMG_20230915_101247.jpg",
            "photo",
            mr(
                "r2",
                "2023-09-14",
                "区公安分局四楼会议室",
                ["学习两法衔接工作规定", "研究侵权假冒案件移送标准", "通报近期案件办理情况"],
                "韶关市公安局武江分局",
                "黄国强",
            ),
            {"seal": False},
        ),
        ("IMG_20231107_160512.jpg", "photo", notices["e_wjfy_han"], {}),
        ("IMG_20230828_091530.jpg", "photo", notices["e_wjjy_tz"], {}),
        ("微信图片_20230612111805.jpg", "photo", notices["e_yn_hy"], {}),
        ("IMG_20231205_150233.jpg", "photo", case_list(R_("c3"), "c3", 8, False, "cn", long_names=False), {}),
    ]
    for spec in NEWS:
        ext = ".jpg" if spec.get("jpeg") else ".png"
        name = {"web": "网页截图-", "app": "Screenshot_", "wechat": "微信截图-"}[spec["kind"]] + spec["key"][2:] + ext
        plan.append((name, "screenshot", news_doc(spec), {"news": spec}))
    plan += [
        ("关于报送2023年度知识产权保护工作佐证材料的通知.docx", "docx", notice_table_materials(rng), {}),
        ("武宣通〔2023〕9号.docx", "docx", notice_xuanchuan(rng), {"textbox": True}),
        (
            "区市场监管局专题学习会会议记录.docx",
            "docx",
            mr(
                "r3",
                "2023-06-20",
                "区市场监管局三楼会议室",
                ["学习《关于强化知识产权保护的意见》", "部署“铁拳”专项行动", "研究信息公开工作"],
                "韶关市武江区市场监督管理局",
                "谢文辉",
            ),
            {},
        ),
        ("迎考分工表.docx", "docx", division_table(R_("k1")), {}),
        (
            "两法衔接培训签到表.docx",
            "docx",
            signin(
                R_("s5"),
                "s5",
                "知识产权两法衔接业务培训签到表",
                "2023-10-19",
                "下午3:00",
                "区人民检察院五楼会议室",
                20,
                organ="韶关市武江区人民检察院",
            ),
            {},
        ),
        (
            "领导小组第三次全体会议纪要.docx",
            "docx",
            M("m3", "三", 3, "2023-12-18", "王建明", ["通报年度检查考核自评情况", "研究问题整改措施"]),
            {"textbox": True},
        ),
        ("侵权案件清单.docx", "docx", case_list(R_("c4"), "c4", 18, True, "cn0"), {}),
    ]
    xl_names = {
        "x_xcpx_tz": "宣传培训活动台账.xlsx",
        "x_zf_tjb": "行政执法案件统计表.xlsx",
        "x_aj_gk": "案件信息公开台账.xlsx",
        "x_hy_tz": "会议台账.xlsx",
        "x_qd": "执法业务培训班签到表.xlsx",
        "x_wj_tz": "文件台账.xlsx",
    }
    for d, sheets in xlsx_sources(R_("xlsx")):
        if d.key in ("x_zf_tjb", "x_aj_gk", "x_hy_tz", "x_qd", "x_wj_tz"):
            d.organ = None  # no organ printed in these workbooks
        plan.append((xl_names[d.key], "xlsx", d, {"sheets": sheets}))
    for _, kind, d, _opt in plan:
        if (
            d.key.startswith(("r", "s"))
            and kind != "screenshot"
            and d.doc_type in ("会议记录", "签到表")
            and not any(b[0] == "plain" and b[1][0].startswith("主办单位") for b in d.blocks)
        ):
            d.organ = None  # not printed
    for _, _, d, _ in plan:
        if d.doc_type == "一览表":
            d.sign_date_text = next(o["text"] for o in reversed(d.f.dates))

    build = Path(tempfile.mkdtemp(prefix="heldout-build-"))
    truth = {}
    try:
        # 1. every DOCX (final or intermediate) first, then one LibreOffice run for all PDFs
        to_pdf = []
        for name, kind, d, opt in plan:
            if kind in ("text_pdf", "scan", "photo"):
                p = build / f"{d.key}.docx"
                build_docx(d, p, textbox_head=opt.get("textbox", False))
                to_pdf.append(p)
            elif kind == "docx":
                build_docx(d, out / name, textbox_head=opt.get("textbox", False))
                truth[name] = truth_entry(d, kind, "docx")
            elif kind == "xlsx":
                build_xlsx(out / name, opt["sheets"])
                truth[name] = truth_entry(d, kind, "xlsx")
        print(f"converting {len(to_pdf)} DOCX with LibreOffice…", file=sys.stderr)
        soffice_pdf(to_pdf, build, build)
        # 2. derived files
        for name, kind, d, opt in plan:
            r = R_(name)
            if os.environ.get("HELDOUT_DEBUG") and kind in ("text_pdf", "scan", "photo"):
                print("  pages", len(pdf_pages(build / f"{d.key}.pdf")), kind, name, file=sys.stderr)
                shutil.copyfile(build / f"{d.key}.pdf", out / f"_debug_{d.key}.pdf")
                continue
            if kind == "text_pdf":
                src = build / f"{d.key}.pdf"
                shutil.copyfile(src, out / name)
                pages = pdf_pages(src)
                truth[name] = truth_entry(d, kind, "pdf", pages)
            elif kind == "scan":
                src = build / f"{d.key}.pdf"
                pages = pdf_pages(src)
                dpi, fmt = opt["dpi"], opt["fmt"]
                imgs = raster_with_seal(
                    d, src, pages, dpi, r, seal=opt.get("seal", True), heavy=opt.get("heavy", False)
                )
                imgs = [scan_effect(im, r, gray=opt.get("gray", False)) for im in imgs]
                if fmt == "pdf":
                    save_image_pdf(imgs, out / name, dpi)
                else:
                    assert len(imgs) == 1, (name, len(imgs))
                    if fmt == "jpg":
                        save_jpeg(imgs[0], out / name, 78)
                    else:
                        imgs[0].save(out / name, "PNG", optimize=False)
                e = truth_entry(d, kind, fmt, pages, hide_sign=opt.get("heavy", False))
                e["dpi"] = dpi
                truth[name] = e
            elif kind == "photo":
                src = build / f"{d.key}.pdf"
                pages = pdf_pages(src)
                assert len(pages) == 1, (name, len(pages))
                imgs = raster_with_seal(d, src, pages, 200, r, seal=opt.get("seal", True))
                ph = photo_effect(imgs[0], r)
                save_jpeg(ph, out / name, 86)
                truth[name] = truth_entry(d, kind, "jpg", pages)
            elif kind == "screenshot":
                s = opt["news"]
                meta = d.x(s.get("meta") or s.get("byline"))
                body = [d.x(p) for p in s["body"]]
                if s["kind"] == "web":
                    screenshot_web(
                        d, out / name, site=s["site"], site_color=s["color"], url=s["url"], meta=meta, body=body, rng=r
                    )
                else:
                    screenshot_app(
                        d,
                        out / name,
                        app=s["app"],
                        app_color=s["color"],
                        byline=meta,
                        body=body,
                        rng=r,
                        jpeg=bool(s.get("jpeg")),
                    )
                truth[name] = truth_entry(d, kind, "jpg" if s.get("jpeg") else "png")
    finally:
        shutil.rmtree(build, ignore_errors=True)

    doc = {"corpus": "ipdocs held-out extraction corpus (issue 15)", "seed": SEED, "files": truth}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    kinds = {}
    for e in truth.values():
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(
        f"wrote {len(truth)} files to {out} in {(dt.datetime.now() - t0).total_seconds():.0f}s: {kinds}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv)
