# ruff: noqa: E501
"""dev12 — a blind extraction corpus: material a county office receives for the yearly
知识产权保护工作检查考核 (fictional 湖北省荆阳市云溪县, 2023–2024).

Usage: .venv/bin/python bench/dev12/make_dev12.py DIR
Writes ~72 files into DIR, DIR/truth.yaml and bench/dev12/truth.yaml. Deterministic (fixed seeds, fixed
DOCX/XLSX/PDF timestamps; LibreOffice-made text PDFs get their dates and /ID rewritten).

Kinds: photo (jpg), scan (pdf image-only, some jpg/png), screenshot (png/jpg), docx, xlsx, text_pdf (LibreOffice
from a DOCX). All names, units, numbers and phone numbers are fictional.

Truth conventions (what an assessor reads in the file):
- kind/format/pages: pages = PDF pages; 1 for an image; for DOCX the page count LibreOffice lays out;
  for XLSX the number of visible worksheets.
- title: the document's own title as printed, lines joined without spaces (book-title marks kept). For a news page,
  the article headline. For a sign-in sheet or ledger, its title line (the merged title row in XLSX).
  A 简报's title is its masthead name (without the issue number 第N期), not the headlines of its items.
- organ: the issuing organ(s) in full as printed: red-header organs, else the 信函 header, else the signature
  organ, else a 「填报单位：」 line (ledgers). A list when several issue jointly (header order). The 印发 office
  in 版记, 抄送 units, 主送 units, sources of news items are never the organ. News pages, sign-in sheets and
  the title-only DOCX table have no organ unless one is printed as the maker (then it is given).
- doc_type: the genre the document names itself by, base form: 通知, 通报, 请示, 批复, 意见 (实施意见), 决定,
  简报, 纪要 (会议纪要), 会议记录, 方案 (工作方案/实施方案), 总结, 报告, 函 (复函 too), 公告, 台账, 统计表,
  登记表, 签到表, 名单, 一览表, 自评表, 新闻报道 (any news page). A 通知 that 印发s a 方案 is a 通知.
- doc_numbers: every 文号 printed anywhere (header, cited in body, inside tables, in 版记), one item per distinct
  文号; text normalised to 〔YYYY〕 with the number without leading zeros and without 第; shown = printed form
  when it differs.
- dates: every calendar date printed that names a day (year-month-only strings are avoided), one item per distinct
  printed text, anywhere on the page/file including tables, 版记 印发 dates, side columns of news pages and
  screen status bars. A date without a year (3月5日) takes the year the document is about. A range
  2024年7月1日至31日 gives 2024年7月1日 and 31日 (text as printed). Chinese-numeral dates (二〇二四年五月十日)
  count. Times of day are not dates. Dates inside hidden XLSX rows/columns/sheets are not shown, so excluded.
- media: news pages: the outlet whose page/account/app it is, the outlet named as 来源, and outlets the page
  says carried/reprinted this same item (转载/刊发/播发). Not outlets in side columns, 推荐/相关 lists, site footers
  (主办/承办), nor government units given as 来源 (a government website or 政务新媒体 account that publishes the page
  IS an outlet, at its own level). Media ledgers: every outlet in the visible rows with the level the ledger
  gives. level: 中央 | 省级 | 市级 | 县级 | 其他 (commercial platforms).
- tables: one item per logical table with a header row (a table across a page break is one table). header: one
  cell per column; a two-row header gives "upper/lower" for columns under a merged upper cell, and the single
  text for cells merged down both rows. rows: data rows only, cells as displayed (numbers as shown, empty = "").
  row_count = len(rows): not counted are header rows, the title row, 合计/小计/总计 rows, blank rows, notes below
  and rows hidden in XLSX. Key–value fill-in forms (会议记录 forms) and red-header layout tables are not tables.
  Sign-in sheets are tables (blank lines excluded).
- meetings: for 纪要 and 会议记录: date (iso), title = the meeting's name as printed (会议名称 field, or the
  meeting named in the opening sentence of a 纪要), chair = 主持人 name only (no post), topics = the 议题 as
  printed without numbering.
- attendance: sign-in sheets: count = number of people who signed, names = their names in sheet order.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from office12 import Canvas, write_docx, write_xlsx  # noqa: E402
from PIL import ImageDraw  # noqa: E402
from render12 import (  # noqa: E402
    SANS,
    SANS_B,
    SERIF,
    fix_pdf_dates,
    font,
    photo,
    render_blocks,
    save_image_pdf,
    scan,
    text_w,
)

# ---------------------------------------------------------------------------------------------
# the fictional county
# ---------------------------------------------------------------------------------------------
XIAN = "云溪县"
SCJ = "云溪县市场监督管理局"
ZSCQ = "云溪县知识产权局"
GOV = "云溪县人民政府"
GOVB = "云溪县人民政府办公室"
GAJ = "云溪县公安局"
WLJ = "云溪县文化和旅游局"
NYJ = "云溪县农业农村局"
FY = "云溪县人民法院"
JCY = "云溪县人民检察院"
SFJ = "云溪县司法局"
SWJ = "云溪县商务局"
DJB = "云溪县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"
BSZ = "云溪县白沙镇人民政府"
LTX = "云溪县龙潭乡人民政府"
QSZ = "云溪县青石镇人民政府"
CITY = "荆阳市市场监督管理局"

PREFIXES = {
    "云市监发", "云市监函", "云市监文", "云市监报", "云市监联", "云政办发", "云政办函", "云政发", "云打假办发",
    "云打假办", "荆市监发", "荆市监知", "云公函", "云农发", "云知发", "白政发", "龙政发", "云法", "云检发",
    "鄂市监知", "荆打假办", "云文旅发", "云市监处罚", "青政发", "云市监知",
}

SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万覃武钱戴严欧莫孔向汤"
GIV = "建国志强晓燕海波丽华明辉春梅小军立新红霞文涛俊杰雪梅国庆玉兰永刚秀英德胜桂芳宏伟思远佳琪子涵浩然雅婷天宇嘉欣诗雨鹏飞凤英卫东少华金凤明亮雨桐家豪敏慧克勤光荣"


class Names:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()

    def one(self):
        while True:
            s = self.rng.choice(SUR)
            if self.rng.random() < 0.3:
                g = self.rng.choice(GIV)
            else:
                i = self.rng.randrange(0, len(GIV) // 2) * 2
                g = GIV[i : i + 2]
            n = s + g
            if n not in self.used:
                self.used.add(n)
                return n

    def many(self, k):
        return [self.one() for _ in range(k)]


NAMES = Names(1212)


def phone(rng):
    return f"138 0000 {rng.randrange(1000, 9999)}"


# ---------------------------------------------------------------------------------------------
# truth helpers
# ---------------------------------------------------------------------------------------------
CNUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CNUM["零"] = 0


def cn_int(s):
    if all(c in CNUM for c in s) and len(s) == 4:
        return int("".join(str(CNUM[c]) for c in s))
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CNUM[s[1]]
    if s.endswith("十"):
        return CNUM[s[0]] * 10
    if "十" in s:
        a, b = s.split("十")
        return CNUM[a] * 10 + CNUM[b]
    return CNUM[s]


def _iso(y, m, d):
    return dt.date(int(y), int(m), int(d)).isoformat()


def dates_from(texts, year):
    out = {}
    for t in texts:
        t = str(t)
        assert not re.search(r"\d{4}年\d{1,2}月(?![\d])", t), ("year-month-only date", t)
        for m in re.finditer(r"(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", t):
            y = m.group(1) or year
            out.setdefault(m.group(0), _iso(y, m.group(2), m.group(3)))
            r = re.match(r"(?:至|—|－|-|~)(\d{1,2})日", t[m.end() :])
            if r:
                out.setdefault(r.group(1) + "日", _iso(y, m.group(2), r.group(1)))
        for m in re.finditer(r"(?<![\d.])(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?!\d)", t):
            out.setdefault(m.group(0), _iso(m.group(1), m.group(3), m.group(4)))
        for m in re.finditer(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", t):
            out.setdefault(m.group(0), _iso(cn_int(m.group(1)), cn_int(m.group(2)), cn_int(m.group(3))))
    return [{"iso": v, "text": k} for k, v in out.items()]


DOCNO_RE = re.compile(r"([\u4e00-\u9fa5]{2,6})\s*[〔\[［（(](\d{4})[〕\]］）)]\s*(第?)0*(\d{1,4})\s*号")


def docnos_from(texts):
    out = {}
    for t in texts:
        for m in DOCNO_RE.finditer(str(t)):
            pre = m.group(1)
            assert pre in PREFIXES, ("unknown 文号 prefix", pre, t)
            y, n = int(m.group(2)), int(m.group(4))
            norm = f"{pre}〔{y}〕{n}号"
            item = {"text": norm, "organ_prefix": pre, "year": y, "number": n}
            if m.group(0) != norm:
                item["shown"] = m.group(0)
            out.setdefault(norm, item)
    return list(out.values())


def flat_header(t):
    hdr = t["header_rows"]
    ncol = max(len(r) for r in hdr + t["rows"])
    owner = {}
    for r, cells in enumerate(hdr):
        for c in range(ncol):
            if (r, c) not in owner:
                owner[(r, c)] = cells[c] if c < len(cells) else ""
        for (mr, mc), (rs, cs) in t.get("merges", {}).items():
            if mr == r:
                for rr in range(mr, mr + rs):
                    for cc in range(mc, mc + cs):
                        owner[(rr, cc)] = hdr[mr][mc]
    out = []
    for c in range(ncol):
        parts = []
        for r in range(len(hdr)):
            v = owner.get((r, c), "")
            if v and (not parts or parts[-1] != v):
                parts.append(v)
        out.append("/".join(parts))
    return out


def table_truth(t):
    rows = [[str(v) for v in r] for r in t["rows"] if any(str(v) for v in r)]
    return {"header": flat_header(t), "row_count": len(rows), "rows": rows}


def block_texts(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "redhead":
            out += [o + b[2] for o in b[1]]
        elif k in ("title", "sign", "banji"):
            out += [s.replace("\t", " ") for s in b[1]]
        elif k == "docno_signer":
            out += [b[1], b[2]]
        elif k == "table":
            t = b[1]
            for r in t["header_rows"] + t["rows"] + t.get("totals", []):
                out += [str(v) for v in r if v is not None]
            out += t.get("notes", [])
        elif k == "form":
            for lab, val, _ in b[1]:
                out += [lab, val]
        elif k in ("redline", "space", "pagebreak"):
            pass
        else:
            out.append(b[1])
    return out


def make_truth(meta, texts, tables=()):
    t = {}
    for k in ("kind", "format", "pages", "title", "organ", "doc_type"):
        if meta.get(k) is not None:
            t[k] = meta[k]
    dn = docnos_from(texts)
    if dn:
        t["doc_numbers"] = dn
    ds = dates_from(texts, meta.get("year", 2024))
    if ds:
        t["dates"] = ds
    if meta.get("media"):
        t["media"] = [{"outlet": o, "level": lv} for o, lv in meta["media"]]
    tb = [table_truth(x) for x in tables if x.get("truth", True)]
    if tb:
        t["tables"] = tb
    if meta.get("meetings"):
        t["meetings"] = meta["meetings"]
    if meta.get("attendance"):
        t["attendance"] = {"count": len(meta["attendance"]), "names": list(meta["attendance"])}
    return t


def tables_in(blocks):
    return [b[1] for b in blocks if b[0] == "table"]


# ---------------------------------------------------------------------------------------------
# document builders (blocks)
# ---------------------------------------------------------------------------------------------


def official(head, docno, title, to, paras, sign, date, suffix="文件", table=None, banji=None, signer=None,
             table_at=None, seal=None, extra=()):
    b = []
    if head:
        b.append(("redhead", head, suffix))
    if docno and signer:
        b.append(("docno_signer", docno, signer))
    elif docno:
        b.append(("docno", docno, "center" if head and suffix else "right"))
    if head:
        b.append(("redline",))
    b.append(("title", title))
    if to:
        b.append(("pl", to))
    for i, p in enumerate(paras):
        if isinstance(p, tuple):
            b.append(p)
        else:
            b.append(("h" if re.match(r"^[一二三四五六七八九十]+、", p) else "p", p))
        if table is not None and table_at == i:
            b.append(("table", table))
    if table is not None and table_at is None:
        b.append(("table", table))
    b += list(extra)
    if sign:
        b.append(("sign", sign + [date], seal))
    elif date:
        b.append(("right", date))
    if banji:
        b.append(("banji", banji))
    return b


def minutes(title, subline, paras, sign=None, date=None):
    b = [("title", title)]
    if subline:
        b.append(("center", subline))
        b.append(("redline",))
    for p in paras:
        b.append(p if isinstance(p, tuple) else ("h" if re.match(r"^[一二三四五六七八九十]+、", p) else "p", p))
    if sign:
        b.append(("sign", sign + ([date] if date else []), None))
    return b


def tbl(header_rows, rows, merges=None, totals=None, notes=(), ruled="grid", hand_cols=(), truth=True, **kw):
    t = {"header_rows": header_rows, "rows": rows, "merges": merges or {}, "totals": totals or [],
         "notes": list(notes), "ruled": ruled, "hand_cols": hand_cols, "truth": truth}
    t.update(kw)
    return t


# ---------------------------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------------------------
TOWNS = ["青石镇", "白沙镇", "龙潭乡", "桂花街道", "石门镇", "柳河乡", "双溪镇", "金竹乡"]
FIRMS = [
    "云溪县清泉茶业有限公司", "荆阳市楚韵食品有限公司", "云溪县绿源脐橙专业合作社", "云溪县鸿达建材商行",
    "云溪县百佳超市", "云溪县金穗米业有限公司", "云溪县天成五金经营部", "云溪县老街麻糖坊",
    "云溪县华美服饰店", "云溪县顺心药房", "云溪县惠民粮油店", "云溪县龙腾电子科技有限公司",
    "云溪县山水竹木制品厂", "云溪县新世纪眼镜店", "云溪县康源酒业有限公司", "云溪县丰登农资经营部",
]
CASE_TYPES = ["商标侵权", "假冒专利", "侵犯著作权", "地理标志侵权", "销售侵权商品"]


def content(rng):
    docs = []  # list of dicts: name, kind, fmt, meta, blocks/builder

    def add(name, kind, fmt, meta, blocks=None, **kw):
        d = {"name": name, "kind": kind, "fmt": fmt, "meta": meta, "blocks": blocks}
        d.update(kw)
        docs.append(d)

    # ---------------- DOCX (14) ----------------
    cases = []
    for i in range(6):
        cases.append([str(i + 1), rng.choice(TOWNS), rng.choice(["“清泉”", "“楚韵”", "“云溪贡茶”", "“绿源”", "“金穗”"]),
                      f"{rng.randrange(3, 60)}", rng.choice(["已完成", "推进中", "已完成"])])
    t_fengong = tbl(
        [["序号", "重点任务", "责任单位", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""]],
        [["1", "商标侵权专项整治", "县市场监管局", "县公安局", "2024年6月30日"],
         ["2", "专利侵权纠纷行政裁决", "县市场监管局", "县司法局", "2024年9月30日"],
         ["3", "网络侵权盗版治理", "县文化和旅游局", "县公安局", "2024年10月31日"],
         ["4", "地理标志产品保护", "县农业农村局", "县市场监管局、各乡镇", "2024年11月30日"],
         ["5", "进出口环节侵权排查", "县商务局", "县市场监管局", "2024年12月15日"]],
        merges={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (2, 1)},
    )
    add("01_县市场监管局_铁拳行动通知.docx", "docx", "docx",
        {"title": "关于开展2024年知识产权执法专项行动的通知", "organ": SCJ, "doc_type": "通知"},
        official([SCJ], "云市监发〔2024〕8号", ["关于开展2024年知识产权执法", "专项行动的通知"],
                 "各市场监管所、局机关各股室：",
                 ["根据《荆阳市市场监督管理局关于印发2024年知识产权执法工作要点的通知》（荆市监发〔2024〕3号）要求，"
                  "结合我县实际，决定于2024年4月1日至11月30日在全县开展知识产权执法专项行动。现将有关事项通知如下。",
                  "一、工作目标",
                  "以商标、专利、地理标志为重点，严厉查处侵权假冒违法行为，全年办理知识产权案件不少于25件，"
                  "其中移送司法机关案件不少于2件。",
                  "二、任务分工",
                  "各责任单位按下表分工落实，每月25日前将工作进展报送局知识产权股。",
                  "三、工作要求",
                  "各单位要明确专人负责，联系人：刘晓燕，联系电话：0728-6213451，手机138 0000 4127。"],
                 ["云溪县市场监督管理局"], "2024年3月18日", table=t_fengong, table_at=3,
                 banji=["抄送：荆阳市市场监督管理局，县打假办。", "云溪县市场监督管理局办公室\t2024年3月19日印发"]))

    add("02_联合印发_打击侵权假冒工作要点.docx", "docx", "docx",
        {"title": "关于印发《云溪县2024年打击侵犯知识产权和制售假冒伪劣商品工作要点》的通知",
         "organ": [SCJ, GAJ, WLJ], "doc_type": "通知"},
        official([SCJ, GAJ, WLJ], "云市监联〔2024〕2号",
                 ["关于印发《云溪县2024年打击侵犯知识产权和", "制售假冒伪劣商品工作要点》的通知"],
                 "各乡镇人民政府、街道办事处，县直有关单位：",
                 ["现将《云溪县2024年打击侵犯知识产权和制售假冒伪劣商品工作要点》印发给你们，请认真贯彻落实。",
                  "各单位工作开展情况请于2024年7月5日、2025年1月5日前分别报县打假办。"],
                 ["云溪县市场监督管理局", "云溪县公安局", "云溪县文化和旅游局"], "2024年2月26日",
                 extra=[("pagebreak",), ("title", ["云溪县2024年打击侵犯知识产权和", "制售假冒伪劣商品工作要点"]),
                        ("h", "一、加大重点领域整治力度"),
                        ("p", "聚焦农资、食品、建材和儿童用品，组织开展春季农资打假和“双节”市场专项检查。"),
                        ("h", "二、强化部门协作"),
                        ("p", "落实《云溪县知识产权行政执法与刑事司法衔接工作办法》（云打假办发〔2023〕6号），"
                              "完善案件移送、信息通报机制。")],
                 banji=["云溪县市场监督管理局办公室\t2024年2月27日印发"]))

    add("03_请示_专项经费.docx", "docx", "docx",
        {"title": "云溪县市场监督管理局关于申请2024年知识产权保护工作专项经费的请示", "organ": SCJ, "doc_type": "请示"},
        official([SCJ], "云市监文〔2024〕15号", ["云溪县市场监督管理局", "关于申请2024年知识产权保护工作", "专项经费的请示"],
                 "县人民政府：",
                 ["为做好2024年度知识产权保护工作检查考核迎检工作，推进知识产权维权援助工作站建设，"
                  "我局拟申请专项经费18.6万元，主要用于维权援助工作站设备购置、执法办案、宣传培训等。",
                  "妥否，请批示。", ("pl", "附件：2024年知识产权保护工作专项经费预算表")],
                 ["云溪县市场监督管理局"], "2024年4月2日", signer="签发人：赵立新",
                 table=tbl([["序号", "项目", "金额（万元）", "备注"]],
                           [["1", "维权援助工作站设备", "6.5", "含电脑、档案柜"],
                            ["2", "执法办案", "5.0", "鉴定、检测费用"],
                            ["3", "宣传培训", "4.3", "4·26宣传周、企业培训"],
                            ["4", "地理标志保护", "2.8", "专用标志使用核查"]],
                           totals=[["合计", "", "18.6", ""]])),
        )

    add("04_批复_维权援助工作站.docx", "docx", "docx",
        {"title": "云溪县人民政府办公室关于同意设立云溪县知识产权维权援助工作站的批复", "organ": GOVB, "doc_type": "批复"},
        official(None, "云政办函〔2024〕21号", ["云溪县人民政府办公室", "关于同意设立云溪县知识产权维权援助工作站的批复"],
                 "县市场监管局：",
                 ["你局《关于申请2024年知识产权保护工作专项经费的请示》（云市监文〔2024〕15号）收悉。经县人民政府同意，现批复如下：",
                  "一、同意在县市场监管局设立云溪县知识产权维权援助工作站，所需经费从县级知识产权专项资金中列支。",
                  "二、工作站要于2024年6月30日前挂牌运行，并做好与荆阳市知识产权保护中心的业务衔接。"],
                 ["云溪县人民政府办公室"], "2024年4月15日",
                 banji=["抄送：县财政局，县司法局。"]))

    add("05_三部门_协同保护实施意见.docx", "docx", "docx",
        {"title": "关于强化知识产权协同保护的实施意见", "organ": [FY, JCY, SCJ], "doc_type": "意见"},
        official([FY, JCY, SCJ], "云检发〔2024〕9号", ["关于强化知识产权协同保护的实施意见"], None,
                 ["为深入贯彻《关于强化知识产权保护的意见》，健全行政执法与司法保护衔接机制，结合我县实际，制定本实施意见。",
                  "一、建立联席会议制度。三家单位每半年召开一次联席会议，通报知识产权案件办理情况。",
                  "二、建立线索移送机制。县市场监管局在执法中发现涉嫌犯罪线索的，应于5个工作日内移送。",
                  "三、本意见自2024年5月1日起施行。"],
                 ["云溪县人民法院", "云溪县人民检察院", "云溪县市场监督管理局"], "2024年4月22日"))

    t_xianjin = tbl([["序号", "先进集体"]],
                    [["1", "云溪县公安局经济犯罪侦查大队"], ["2", "云溪县市场监督管理局白沙市场监管所"],
                     ["3", "云溪县青石镇人民政府"], ["4", "云溪县清泉茶业有限公司"]])
    add("06_决定_表彰先进.docx", "docx", "docx",
        {"title": "云溪县知识产权局关于表彰2023年度知识产权工作先进集体和先进个人的决定", "organ": ZSCQ, "doc_type": "决定"},
        official([ZSCQ], "云知发〔2024〕1号", ["云溪县知识产权局", "关于表彰2023年度知识产权工作", "先进集体和先进个人的决定"],
                 "各乡镇、街道，县直有关单位：",
                 ["2023年，全县各级各部门认真落实知识产权强县建设部署，知识产权创造、运用、保护水平稳步提升。"
                  "为表彰先进，决定对以下4个先进集体和6名先进个人予以通报表扬。",
                  "先进集体名单如下：",
                  "先进个人：" + "、".join(NAMES.many(6)) + "。"],
                 ["云溪县知识产权局"], "2024年1月30日", table=t_xianjin, table_at=1))

    add("07_简报_第3期.docx", "docx", "docx",
        {"title": "云溪县知识产权保护工作简报", "organ": DJB, "doc_type": "简报"},
        [("redhead", ["云溪县知识产权保护工作简报"], ""), ("center", "第3期"),
         ("docno", "云溪县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室编          2024年6月28日", "left"),
         ("redline",),
         ("h", "我县开展“4·26”知识产权宣传周系列活动"),
         ("p", "4月20日至26日，县打假办组织县市场监管局、县文化和旅游局等单位在县城中心广场开展集中宣传，"
               "发放宣传资料3200余份，现场解答群众咨询186人次。"),
         ("h", "白沙镇查获一批侵犯“云溪贡茶”地理标志专用权的茶叶"),
         ("p", "5月14日，白沙市场监管所在日常检查中发现某茶叶店销售标注“云溪贡茶”字样的茶叶，经核查无授权，"
               "现场查扣茶叶48盒，案件已于2024年5月16日立案调查。"),
         ("banji", ["报：县委、县政府主要领导，分管领导", "送：县打假领导小组各成员单位"])])

    chair = NAMES.one()
    m_topics = ["通报2024年上半年全县知识产权保护工作情况", "研究2024年度知识产权保护工作检查考核迎检分工",
                "审议《云溪县知识产权纠纷人民调解工作办法》"]
    add("08_联席会议纪要.docx", "docx", "docx",
        {"title": "云溪县知识产权保护工作联席会议纪要", "organ": GOVB, "doc_type": "纪要",
         "meetings": [{"date": "2024-07-09", "title": "云溪县2024年知识产权保护工作联席会议", "chair": chair,
                       "topics": m_topics}]},
        minutes(["云溪县知识产权保护工作联席会议纪要"], "云溪县人民政府办公室                    2024年7月10日",
                [f"2024年7月9日上午，副县长{chair}在县政府三楼会议室主持召开云溪县2024年知识产权保护工作联席会议。"
                 "会议听取了县市场监管局的工作汇报，研究了以下事项：",
                 "一、" + m_topics[0],
                 "上半年全县共查处知识产权案件14件，罚没款21.3万元，移送公安机关1件。",
                 "二、" + m_topics[1],
                 "会议明确由县市场监管局牵头，其他成员单位按职责于2024年8月31日前完成迎检资料整理。",
                 "三、" + m_topics[2],
                 "会议原则同意该办法，由县司法局修改完善后按程序印发。",
                 "出席：" + "、".join(NAMES.many(7)) + "。",
                 "记录：" + NAMES.one()]))

    chair9 = NAMES.one()
    rec9 = NAMES.one()
    add("09_会议记录_知识产权股.docx", "docx", "docx",
        {"title": "会议记录", "doc_type": "会议记录", "organ": None,
         "meetings": [{"date": "2024-03-22", "title": "知识产权股一季度工作例会", "chair": chair9,
                       "topics": ["一季度商标侵权案件办理进度", "维权援助工作站筹建"]}]},
        [("title", ["会议记录"]),
         ("form", [("会议名称", "知识产权股一季度工作例会", 1), ("时间", "2024年3月22日下午3:00", 1),
                   ("地点", "局四楼小会议室", 1), ("主持人", chair9, 1), ("记录人", rec9, 1),
                   ("参会人员", "、".join(NAMES.many(5)), 1),
                   ("会议议题", "1.一季度商标侵权案件办理进度\n2.维权援助工作站筹建", 2),
                   ("会议内容", "一季度共立案商标侵权案件4件，结案2件。维权援助工作站选址已初步确定在政务服务中心二楼，"
                                "请办公室于4月10日前报送设备采购计划。", 3)])])

    add("10_白沙镇_商标品牌培育方案.docx", "docx", "docx",
        {"title": "白沙镇2024年商标品牌培育工作方案", "organ": BSZ, "doc_type": "方案"},
        official(None, None, ["白沙镇2024年商标品牌培育工作方案"], None,
                 ["为推动我镇特色产业品牌化发展，提升“云溪贡茶”“白沙脐橙”品牌影响力，制定本方案。",
                  "一、目标任务",
                  "全年新增注册商标30件以上，培育市级知名品牌1个。",
                  "二、责任分工",
                  "三、时间安排",
                  "2024年5月10日前完成摸底；2024年10月31日前完成申报指导。"],
                 ["云溪县白沙镇人民政府"], "2024年4月28日",
                 table=tbl([["序号", "工作内容", "责任单位", "责任人"]],
                           [["1", "商标注册指导", "镇经济发展办", NAMES.one()],
                            ["2", "品牌宣传推介", "镇宣传办", NAMES.one()],
                            ["3", "侵权线索收集", "白沙市场监管所", NAMES.one()]]), table_at=3))

    add("11_上半年工作总结.docx", "docx", "docx",
        {"title": "2024年上半年知识产权保护工作总结", "organ": SCJ, "doc_type": "总结"},
        official(None, None, ["2024年上半年知识产权保护工作总结"], None,
                 ["今年以来，我局坚持严保护、大保护、快保护、同保护，各项工作取得阶段性成效。现总结如下：",
                  "一、主要数据",
                  "二、存在问题",
                  "维权援助力量不足，基层执法人员专业能力有待提升。",
                  "三、下半年打算",
                  "重点做好检查考核迎检工作，确保11月15日前完成全部佐证资料归档。"],
                 ["云溪县市场监督管理局"], "2024年7月3日",
                 table=tbl([["指标", "2023年上半年", "2024年上半年", "同比增长"]],
                           [["发明专利授权（件）", "11", "17", "54.5%"], ["有效注册商标（件）", "3826", "4210", "10.0%"],
                            ["知识产权案件（件）", "9", "14", "55.6%"], ["专利质押融资（万元）", "500", "1200", "140.0%"]]),
                 table_at=1))

    t12 = tbl([["考核项目", "分值", "自评情况", ""], ["", "", "自评得分", "扣分原因"]],
              [["组织领导", "10", "10", ""], ["行政执法", "30", "27", "移送案件数未达标"],
               ["宣传培训", "15", "15", ""], ["维权援助", "15", "13", "工作站未满一年"],
               ["地理标志保护", "10", "10", ""], ["社会满意度", "20", "18", "调查样本不足"]],
              merges={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)},
              totals=[["合计", "100", "93", ""]])
    add("12_自查报告.docx", "docx", "docx",
        {"title": "关于2024年度知识产权保护工作检查考核自查情况的报告", "organ": SCJ, "doc_type": "报告"},
        official(None, "云市监报〔2024〕27号", ["关于2024年度知识产权保护工作", "检查考核自查情况的报告"], "县人民政府：",
                 ["根据《荆阳市知识产权保护工作检查考核实施细则》（荆市监知〔2024〕11号）要求，我局于2024年10月8日至18日"
                  "组织开展了自查，现将自查情况报告如下。",
                  "一、自评得分情况",
                  "二、下一步工作",
                  "针对扣分事项，我局将于2024年12月31日前完成整改。"],
                 ["云溪县市场监督管理局"], "2024年10月21日", table=t12, table_at=1))

    add("13_商请协助核查线索的函.docx", "docx", "docx",
        {"title": "云溪县市场监督管理局关于商请协助核查涉嫌侵犯商标权线索的函", "organ": SCJ, "doc_type": "函"},
        official([SCJ], "云市监函〔2024〕33号", ["云溪县市场监督管理局", "关于商请协助核查涉嫌侵犯商标权线索的函"], "荆阳市江城区市场监督管理局：",
                 ["我局在办理云溪县华美服饰店涉嫌销售侵犯注册商标专用权商品一案中，发现涉案商品来源于贵辖区某服装批发市场。"
                  "为查明案件事实，特商请贵局协助核查供货方主体信息及进货台账。",
                  "请于2024年8月20日前函复。联系人：周海波，联系电话：138 0000 5521。"],
                 ["云溪县市场监督管理局"], "2024年8月6日", suffix=""))

    gi_rows = [["1", "云溪县清泉茶业有限公司", "云溪贡茶", "2022-05-16"], ["2", "云溪县山岚茶叶专业合作社", "云溪贡茶", "2023-03-02"],
               ["3", "云溪县绿源脐橙专业合作社", "白沙脐橙", "2021-11-20"], ["4", "云溪县果香农业开发有限公司", "白沙脐橙", "2023-09-08"],
               ["5", "云溪县老街麻糖坊", "云溪麻糖", "2024-01-12"], ["6", "云溪县龙潭生态农业有限公司", "云溪贡茶", "2024-06-25"]]
    t14 = tbl([["序号", "企业名称", "产品名称", "核准日期"]], gi_rows)
    add("14_地理标志专用标志使用企业名单.docx", "docx", "docx",
        {"title": "云溪县地理标志专用标志使用企业名单", "doc_type": "名单"},
        [("title", ["云溪县地理标志专用标志使用企业名单"]), ("table", t14)])

    # ---------------- text PDFs (4) ----------------
    rows41 = []
    d = dt.date(2024, 7, 3)
    for i in range(46):
        d = d + dt.timedelta(days=rng.randrange(1, 3))
        rows41.append([str(i + 1), f"云市监处罚〔2024〕{100 + i}号" if i % 9 == 4 else rng.choice(FIRMS),
                       rng.choice(CASE_TYPES), rng.choice(TOWNS[:4]),
                       f"{d.year}年{d.month}月{d.day}日", str(rng.choice([0.5, 1, 1.2, 2, 3, 5, 0.8]))])
    t41 = tbl([["序号", "当事人", "案由", "辖区", "立案日期", "罚没款（万元）"]], rows41, repeat_header=True,
              notes=["注：当事人栏填写处罚决定书文号的，为当事人已注销的案件。"])
    add("t1_三季度执法案件情况通报.pdf", "text_pdf", "pdf",
        {"title": "关于2024年第三季度知识产权行政执法案件办理情况的通报", "organ": SCJ, "doc_type": "通报"},
        official([SCJ], "云市监发〔2024〕41号", ["关于2024年第三季度知识产权行政执法", "案件办理情况的通报"], "各市场监管所：",
                 ["2024年第三季度，全县共立案查处知识产权案件46件，现将案件明细通报如下。"],
                 ["云溪县市场监督管理局"], "2024年10月12日", table=t41))

    rows42 = []
    for town in TOWNS:
        a, b_, c = rng.randrange(5, 60), rng.randrange(20, 200), rng.randrange(0, 8)
        rows42.append([town, str(a), str(b_), str(c), str(rng.randrange(1, 30))])
    t42 = tbl([["乡镇（街道）", "专利授权量（件）", "商标注册量（件）", "地理标志（件）", "知识产权案件（件）"]], rows42,
              totals=[["合计", str(sum(int(r[1]) for r in rows42)), str(sum(int(r[2]) for r in rows42)),
                       str(sum(int(r[3]) for r in rows42)), str(sum(int(r[4]) for r in rows42))]])
    rows42b = [[f"{m}月", str(rng.randrange(3, 20)), str(rng.randrange(20, 80))] for m in range(1, 13)]
    t42b = tbl([["月份", "发明专利授权（件）", "商标注册（件）"]], rows42b)
    add("t2_专利商标数据统计分析报告.pdf", "text_pdf", "pdf",
        {"title": "2024年云溪县专利商标数据统计分析报告", "organ": SCJ, "doc_type": "报告"},
        official(None, None, ["2024年云溪县专利商标数据统计分析报告"], None,
                 ["截至2024年12月10日，全县知识产权主要指标稳中有升。分乡镇情况见表1，分月情况见表2。",
                  "表1  分乡镇（街道）知识产权指标", "表2  分月专利商标数据",
                  "数据来源：国家知识产权局数据查询系统，统计口径为申请人地址位于我县。"],
                 ["云溪县市场监督管理局"], "2024年12月12日", table=t42, table_at=1,
                 extra=[("table", t42b)]))

    add("t3_县政府办_知识产权强县建设方案.pdf", "text_pdf", "pdf",
        {"title": "云溪县人民政府办公室关于印发云溪县知识产权强县建设实施方案（2024—2026年）的通知", "organ": GOVB,
         "doc_type": "通知"},
        official([GOVB], "云政办发〔2024〕12号",
                 ["云溪县人民政府办公室", "关于印发云溪县知识产权强县建设实施方案", "（2024—2026年）的通知"],
                 "各乡镇人民政府、街道办事处，县政府各部门：",
                 ["《云溪县知识产权强县建设实施方案（2024—2026年）》已经县人民政府同意，现印发给你们，请认真组织实施。",
                  ("pagebreak",), ("title", ["云溪县知识产权强县建设实施方案", "（2024—2026年）"]),
                  "一、总体要求",
                  "到2026年，全县每万人口高价值发明专利拥有量达到3件，有效注册商标达到5000件，地理标志产品达到4个。",
                  "二、重点任务",
                  "（一）提升知识产权创造质量。（二）促进知识产权转化运用。（三）强化知识产权保护。（四）优化知识产权服务。",
                  "三、保障措施",
                  "县财政每年安排知识产权专项资金不少于50万元。本方案自印发之日起实施，原《云溪县知识产权强县工程实施意见》"
                  "（云政发〔2019〕7号）同时废止。"],
                 ["云溪县人民政府办公室"], "2024年3月6日",
                 table=tbl([["年度", "高价值发明专利（件/万人）", "有效注册商标（件）", "地理标志（个）"]],
                           [["2024", "2.1", "4300", "3"], ["2025", "2.6", "4700", "3"], ["2026", "3.0", "5000", "4"]]),
                 table_at=6,
                 banji=["云溪县人民政府办公室\t2024年3月7日印发"]))

    ch4 = NAMES.one()
    add("t4_打假办联络员会议纪要.pdf", "text_pdf", "pdf",
        {"title": "县打假办2024年第二次联络员会议纪要", "organ": DJB, "doc_type": "纪要",
         "meetings": [{"date": "2024-09-12", "title": "县打假办2024年第二次联络员会议", "chair": ch4,
                       "topics": ["部署中秋国庆期间市场专项检查", "通报省级考核反馈问题整改情况"]}]},
        minutes(["县打假办2024年第二次联络员会议纪要"], "云溪县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
                [f"2024年9月12日，县打假办主任{ch4}主持召开县打假办2024年第二次联络员会议，各成员单位联络员参加。会议议定事项如下：",
                 "一、部署中秋国庆期间市场专项检查",
                 "9月13日至10月7日，各成员单位按照职责开展专项检查，重点检查月饼、白酒、烟花爆竹等节令商品。",
                 "二、通报省级考核反馈问题整改情况",
                 "对照湖北省市场监督管理局反馈意见（鄂市监知〔2024〕19号），7项问题已整改5项。"],
                ["云溪县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"], "2024年9月13日"))

    return docs


def content2(rng):
    """scans and photos (block documents rendered as images)."""
    docs = []

    def add(name, kind, fmt, meta, blocks, **kw):
        d = {"name": name, "kind": kind, "fmt": fmt, "meta": meta, "blocks": blocks}
        d.update(kw)
        docs.append(d)

    # ---------------- scans: tables (5) ----------------
    def ledger_rows(n, mk):
        return [mk(i) for i in range(n)]

    r1 = ledger_rows(14, lambda i: [str(i + 1), rng.choice(FIRMS), rng.choice(["“清泉”", "“楚韵”", "“金穗”", "“康源”"]),
                                    f"2024.{3 + i // 4}.{rng.randrange(1, 28)}", rng.choice(["立案", "不予立案", "移送"])])
    add("s01_商标侵权案件线索登记表.pdf", "scan", "pdf",
        {"title": "2024年商标侵权案件线索登记表", "organ": SCJ, "doc_type": "登记表"},
        [("title", ["2024年商标侵权案件线索登记表"]), ("pl", "填报单位：云溪县市场监督管理局"),
         ("table", tbl([["序号", "被举报对象", "涉及商标", "登记日期", "处理结果"]], r1,
                       notes=["填表人：" + NAMES.one() + "　　审核人：" + NAMES.one()]))], dpi=200, color=False)

    r2 = ledger_rows(9, lambda i: [str(i + 1), NAMES.one() + "与" + rng.choice(FIRMS), rng.choice(["外观设计", "实用新型", "发明"]),
                                   f"2024年{5 + i // 3}月{rng.randrange(1, 28)}日", rng.choice(["调解成功", "调解不成", "撤回申请"])])
    add("s02_专利纠纷调解台账.pdf", "scan", "pdf",
        {"title": "云溪县专利侵权纠纷调解台账", "doc_type": "台账"},
        [("title", ["云溪县专利侵权纠纷调解台账"]),
         ("table", tbl([["序号", "当事人", "专利类型", "受理时间", "调解结果"]], r2))], dpi=150, color=False)

    r3 = ledger_rows(8, lambda i: [f"WQ2024{i + 1:03d}", rng.choice(FIRMS), rng.choice(["商标异议咨询", "专利无效咨询", "侵权判定咨询", "海外维权"]),
                                   NAMES.one(), phone(rng)])
    add("s03_维权援助工作站受理登记表.pdf", "scan", "pdf",
        {"title": "云溪县知识产权维权援助工作站受理登记表", "organ": "云溪县知识产权维权援助工作站", "doc_type": "登记表"},
        [("title", ["云溪县知识产权维权援助工作站受理登记表"]),
         ("table", tbl([["受理编号", "求助主体", "援助事项", "经办人", "联系电话"]], r3, ruled="three")),
         ("right", "云溪县知识产权维权援助工作站")], dpi=300, color=False)

    r4 = [[t, str(a), str(b_), str(a - b_ if a >= b_ else 0)] for t, a, b_ in
          [(t, rng.randrange(8, 40), rng.randrange(2, 8)) for t in TOWNS[:6]]]
    tot4 = ["合计", str(sum(int(r[1]) for r in r4)), str(sum(int(r[2]) for r in r4)), str(sum(int(r[3]) for r in r4))]
    add("s04_举报投诉处理统计表.jpg", "scan", "jpg",
        {"title": "2024年1—9月知识产权举报投诉处理情况统计表", "organ": SCJ, "doc_type": "统计表"},
        [("title", ["2024年1—9月知识产权举报投诉", "处理情况统计表"]), ("pl", "填报单位（盖章）：云溪县市场监督管理局　　　填报日期：2024年10月9日"),
         ("table", tbl([["辖区", "受理件数", "立案件数", "调解结案件数"]], r4, totals=[tot4],
                       notes=["说明：调解结案件数不含移送件。"]))], dpi=200, color=True)

    r5 = ledger_rows(10, lambda i: [f"{9 + i // 5}月{rng.randrange(1, 29)}日", rng.choice(FIRMS), rng.choice(["未发现问题", "责令整改", "立案调查"]),
                                    NAMES.one() + "、" + NAMES.one()])
    add("s05_执法检查记录汇总.png", "scan", "png",
        {"title": "地理标志产品专项检查记录汇总"},
        [("title", ["地理标志产品专项检查记录汇总"]),
         ("table", tbl([["检查日期", "检查对象", "检查结果", "执法人员"]], r5, ruled="none", center=False))],
        dpi=150, color=False)

    # ---------------- scans: notices with seals (5) ----------------
    add("s06_龙潭乡_知识产权宣传月通知.pdf", "scan", "pdf",
        {"title": "关于开展知识产权宣传月活动的通知", "organ": LTX, "doc_type": "通知"},
        official([LTX], "龙政发〔2024〕17号", ["关于开展知识产权宣传月活动的通知"], "各村（居）委会，乡直各单位：",
                 ["为提高群众知识产权保护意识，乡政府决定于2024年4月1日至30日开展知识产权宣传月活动。",
                  "一、活动内容：进村入户发放宣传资料，在集镇逢集日设置咨询点。",
                  "二、请各村于4月26日前将活动开展情况及照片报乡经济发展办。"],
                 ["云溪县龙潭乡人民政府"], "2024年3月25日", seal="云溪县龙潭乡人民政府"), dpi=200, color=True)

    add("s07_县打假办_通报.pdf", "scan", "pdf",
        {"title": "关于2024年上半年打击侵权假冒工作情况的通报", "organ": DJB, "doc_type": "通报"},
        official(["云溪县打击侵犯知识产权和制售", "假冒伪劣商品工作领导小组办公室"], "云打假办〔2024〕5号",
                 ["关于2024年上半年打击侵权假冒工作情况的通报"], "县打假领导小组各成员单位：",
                 ["上半年，各成员单位共出动执法人员1260人次，检查经营主体2310户，查处侵权假冒案件23件。",
                  "县市场监管局、县公安局工作成效明显，县文化和旅游局、县商务局信息报送不及时，请于7月20日前补报。"],
                 ["云溪县打击侵犯知识产权和制售", "假冒伪劣商品工作领导小组办公室"], "2024年7月12日", suffix="",
                 seal=DJB), dpi=240, color=True)

    add("s08_农业农村局_地理标志保护通知.pdf", "scan", "pdf",
        {"title": "关于做好“云溪贡茶”地理标志农产品保护工作的通知", "organ": NYJ, "doc_type": "通知"},
        official([NYJ], "云农发〔2024〕22号", ["关于做好“云溪贡茶”地理标志农产品", "保护工作的通知"], "各乡镇农业服务中心：",
                 ["为规范“云溪贡茶”地理标志使用，保护茶农和企业合法权益，现就有关事项通知如下：",
                  "一、全面摸清授权使用主体，建立台账，2024年6月15日前报局市场信息股。",
                  "二、配合县市场监管局开展专项检查，发现冒用行为及时报告。",
                  "附件：“云溪贡茶”地理标志授权使用主体登记表"],
                 ["云溪县农业农村局"], "2024年5月20日", seal="云溪县农业农村局",
                 banji=["云溪县农业农村局办公室\t2024年5月21日印发"]), dpi=300, color=False)

    add("s09_市场监管局_公告.jpg", "scan", "jpg",
        {"title": "云溪县市场监督管理局关于公布知识产权侵权假冒举报方式的公告", "organ": SCJ, "doc_type": "公告"},
        official(None, None, ["云溪县市场监督管理局", "关于公布知识产权侵权假冒举报方式的公告"], None,
                 ["为畅通举报渠道，现将我局知识产权侵权假冒举报方式公告如下：",
                  "一、举报电话：12315，0728-6213000。",
                  "二、来信地址：云溪县城关镇人民路88号县市场监督管理局知识产权股。",
                  "三、对查证属实的举报，按照有关规定给予奖励。",
                  "特此公告。"],
                 ["云溪县市场监督管理局"], "二〇二四年四月二十二日", seal="云溪县市场监督管理局"), dpi=150, color=True)

    add("s10_青石镇_整治工作通知.pdf", "scan", "pdf",
        {"title": "关于开展农资市场侵权假冒专项整治的通知", "organ": QSZ, "doc_type": "通知"},
        official([QSZ], "青政发〔2024〕9号", ["关于开展农资市场侵权假冒专项整治的通知"], "各村委会，镇直各单位：",
                 ["春耕在即，为保障农业生产安全，根据县打假办《关于开展2024年春季农资打假专项行动的通知》（云打假办发〔2024〕3号），"
                  "镇政府决定于2月20日至4月20日开展农资市场侵权假冒专项整治。",
                  "请各村安排专人负责信息收集，发现线索及时报镇农业服务中心，联系人：" + NAMES.one() + "，电话：138 0000 7360。"],
                 ["云溪县青石镇人民政府"], "2024年2月18日", seal="云溪县青石镇人民政府"), dpi=200, color=True)

    # ---------------- scans: 函 (2) ----------------
    add("s11_公安局_复函.pdf", "scan", "pdf",
        {"title": "云溪县公安局关于协查涉嫌假冒注册商标案件线索的复函", "organ": GAJ, "doc_type": "函"},
        official([GAJ], "云公函〔2024〕46号", ["云溪县公安局", "关于协查涉嫌假冒注册商标案件线索的复函"], "县市场监管局：",
                 ["你局《关于移送涉嫌假冒注册商标案件线索的函》（云市监函〔2024〕29号）收悉。经审查，"
                  "我局已于2024年7月30日对该线索立案侦查。",
                  "后续如需补充证据材料，请与我局经济犯罪侦查大队联系，联系人：" + NAMES.one() + "，电话：138 0000 2093。"],
                 ["云溪县公安局"], "2024年8月2日", suffix="", seal="云溪县公安局"), dpi=200, color=False)

    add("s12_市局_督办函.jpg", "scan", "jpg",
        {"title": "荆阳市市场监督管理局关于督办知识产权保护工作检查考核问题整改的函", "organ": CITY, "doc_type": "函"},
        official([CITY], "荆市监知〔2024〕23号", ["荆阳市市场监督管理局", "关于督办知识产权保护工作检查考核问题整改的函"],
                 "云溪县市场监督管理局：",
                 ["经核查，你局在2023年度知识产权保护工作检查考核中存在维权援助机构未覆盖、宣传报道数量不足等问题。"
                  "请对照问题清单逐项整改，于2024年6月28日前将整改报告报我局知识产权保护科。"],
                 ["荆阳市市场监督管理局"], "2024年5月31日", suffix="", seal="荆阳市市场监督管理局"), dpi=250, color=True)

    return docs


def content3(rng):
    """photos: minutes, record forms, sign-in sheets, tables, notices."""
    docs = []

    def add(name, meta, blocks, **kw):
        d = {"name": name, "kind": "photo", "fmt": "jpg", "meta": meta, "blocks": blocks}
        d.update(kw)
        docs.append(d)

    # printed 会议纪要 x4
    specs = [
        ("p01_县市场监管局党组会议纪要.jpg", "云溪县市场监督管理局党组会议纪要", "2024-02-05", "2024年2月5日",
         "局党组会议", ["传达学习全市知识产权工作会议精神", "研究2024年知识产权执法专项行动方案"], SCJ, "〔2024〕第2期"),
        ("p02_青石镇知识产权工作专题会议纪要.jpg", "青石镇知识产权工作专题会议纪要", "2024-05-08", "5月8日",
         "青石镇知识产权工作专题会议", ["部署“云溪贡茶”地理标志使用核查", "落实商标品牌培育奖补政策"], QSZ, None),
        ("p03_维权援助工作站建设推进会纪要.jpg", "维权援助工作站建设推进会纪要", "2024-05-27", "2024年5月27日",
         "云溪县知识产权维权援助工作站建设推进会", ["工作站场地装修进度", "工作站人员配备", "挂牌仪式筹备"], SCJ, None),
        ("p04_迎检工作调度会纪要.jpg", "知识产权保护工作检查考核迎检调度会纪要", "2024-11-04", "2024年11月4日",
         "全县知识产权保护工作检查考核迎检调度会", ["各单位佐证资料报送情况", "现场检查点位确定"], GOVB, None),
    ]
    for fname, title, iso, dtext, mname, topics, org, issue in specs:
        ch = NAMES.one()
        paras = [f"{dtext}，{ch}主持召开{mname}。会议研究了以下事项："]
        cn = "一二三四"
        for i, tp in enumerate(topics):
            paras.append(f"{cn[i]}、{tp}")
            paras.append(rng.choice([
                "会议要求相关股室对照时间节点，逐项抓好落实，确保按时完成。",
                "会议同意按此推进，所需经费按程序报批。",
                "会议明确由分管领导牵头，每周调度一次进展。"]))
        paras.append("参加：" + "、".join(NAMES.many(5)))
        meta = {"title": title, "organ": org, "doc_type": "纪要",
                "meetings": [{"date": iso, "title": mname, "chair": ch, "topics": topics}]}
        sub = (org + ("　　" + issue if issue else "")) if org else None
        sign_date = f"{iso[:4]}年{int(iso[5:7])}月{int(iso[8:]) + 1}日"
        add(fname, meta, minutes([title], sub, paras, None, None) + [("right", sign_date)], pt=13)

    # 会议记录 forms x3 (handwritten)
    for (fname, mname, iso, dtext, topics) in [
        ("p05_会议记录_白沙所.jpg", "白沙市场监管所地理标志专项检查部署会", "2024-04-09", "2024年4月9日上午",
         ["部署“云溪贡茶”专项检查", "明确检查分组"]),
        ("p06_会议记录_龙潭乡.jpg", "龙潭乡知识产权宣传月工作会", "2024-03-28", "2024.3.28",
         ["宣传月活动安排", "各村宣传员分工"]),
        ("p07_会议记录_商务局.jpg", "电商平台侵权假冒治理座谈会", "2024-06-18", "2024年6月18日",
         ["电商企业商标使用情况", "网络销售侵权商品线索移交"]),
    ]:
        ch = NAMES.one()
        form = [("会议名称", mname, 1), ("时间", dtext, 1), ("地点", rng.choice(["所会议室", "乡政府二楼会议室", "局三楼会议室"]), 1),
                ("主持人", ch, 1), ("记录人", NAMES.one(), 1), ("参会人员", "、".join(NAMES.many(4)), 1),
                ("议题", "\n".join(f"{i + 1}.{t}" for i, t in enumerate(topics)), 2),
                ("记录", rng.choice(["各组按片区分工，检查结果当天汇总上报。", "会议要求各单位于本周内完成准备工作。"]), 3)]
        add(fname, {"title": "会议记录", "doc_type": "会议记录",
                    "meetings": [{"date": iso, "title": mname, "chair": ch, "topics": topics}]},
            [("title", ["会议记录"]), ("form", form)], pt=13)

    # sign-in sheets x5
    for (fname, title, line, n, nblank, cols) in [
        ("p08_培训会签到表.jpg", "云溪县2024年知识产权保护业务培训会签到表", "时间：2024年4月16日　地点：县市场监管局三楼会议室", 12, 3, "unit"),
        ("p09_宣传周活动签到表.jpg", "“4·26”知识产权宣传周活动签到表", "2024年4月26日", 9, 4, "phone"),
        ("p10_企业座谈会签到.jpg", "商标品牌企业座谈会签到表", "时间：2024年6月6日下午", 10, 2, "unit"),
        ("p11_联络员会议签到.jpg", "县打假办联络员会议签到表", "2024.9.12", 11, 1, "unit"),
        ("p12_调解员培训签到.jpg", "知识产权纠纷人民调解员培训签到表", "培训时间：2024年8月22日", 8, 5, "phone"),
    ]:
        names = NAMES.many(n)
        units = [SCJ[3:], "县公安局", "县司法局", "县文化和旅游局", "县农业农村局", "青石镇", "白沙镇", "龙潭乡", "县商务局",
                 "清泉茶业公司", "绿源合作社"]
        if cols == "unit":
            header = [["序号", "姓名", "单位", "职务", "联系电话"]]
            rows = [[str(i + 1), nm, rng.choice(units), rng.choice(["股长", "科员", "所长", "副局长", "联络员", "经理"]), phone(rng)]
                    for i, nm in enumerate(names)]
            hand = (1, 3, 4)
        else:
            header = [["序号", "姓名", "单位", "联系电话"]]
            rows = [[str(i + 1), nm, rng.choice(units), phone(rng)] for i, nm in enumerate(names)]
            hand = (1, 2, 3)
        t = tbl(header, rows, hand_cols=hand, blank_rows=nblank)
        add(fname, {"title": title, "doc_type": "签到表", "attendance": names},
            [("title", [title]), ("center", line), ("table", t)], pt=13)

    # tables x6 (ruled / unruled)
    r13 = [[f"2024年{m}月{rng.randrange(1, 28)}日", rng.choice(["县城中心广场", "白沙镇集镇", "县一中", "青石镇农贸市场"]),
            rng.choice(["商标知识宣传", "打假咨询", "版权进校园", "地理标志展示"]), str(rng.randrange(100, 900))] for m in (3, 4, 4, 5, 9, 11)]
    t13 = tbl([["活动日期", "地点", "活动内容", "发放资料（份）"]], r13)
    t14 = tbl([["序号", "培训对象", "培训人数", "培训日期"]],
              [[str(i + 1), o, str(rng.randrange(20, 90)), f"2024.{m}.{rng.randrange(1, 28)}"] for i, (o, m) in
               enumerate([("执法人员", 3), ("企业负责人", 5), ("乡镇干部", 6), ("电商从业者", 8), ("调解员", 8)])],
              ruled="three")
    t15 = tbl([["年份", "发明", "实用新型", "外观设计", "合计"]],
              [[str(y), str(a), str(b_), str(c), str(a + b_ + c)] for y, a, b_, c in
               [(2020, 12, 140, 60), (2021, 15, 166, 71), (2022, 19, 181, 66), (2023, 22, 204, 80)]], ruled="none")
    r16 = [[t, str(rng.randrange(80, 400)), str(rng.randrange(5, 40))] for t in TOWNS]
    t16 = tbl([["乡镇（街道）", "有效注册商标（件）", "2024年新增（件）"]], r16,
              totals=[["合计", str(sum(int(r[1]) for r in r16)), str(sum(int(r[2]) for r in r16))]])
    r17 = [[str(i + 1), rng.choice(FIRMS), rng.choice(["商标使用", "专利标识", "地理标志", "字号"]), rng.choice(["合格", "限期整改", "合格"])]
           for i in range(10)]
    t17 = tbl([["序号", "检查对象", "检查内容", "结论"]], r17, ruled="none", center=False)
    r18 = [[str(i + 1), x, str(rng.randrange(10, 200))] for i, x in
           enumerate(["接受咨询（人次）", "受理投诉（件）", "发放资料（份）", "销毁侵权商品（件）"])]
    t18 = tbl([["序号", "项目", "数量"]], r18, notes=["活动日期：2024年3月15日"])
    for fname, title, t, org, dtp in [
        ("p13_宣传活动登记表.jpg", "2024年知识产权宣传活动登记表", t13, None, "登记表"),
        ("p14_培训台账.jpg", "知识产权培训台账", t14, SCJ, "台账"),
        ("p15_专利授权情况表.jpg", "云溪县2020—2023年专利授权情况", t15, None, "统计表"),
        ("p16_注册商标统计表.jpg", "各乡镇（街道）注册商标统计表", t16, SCJ, "统计表"),
        ("p17_商标使用检查情况.jpg", "商标使用情况检查记录", t17, None, "检查记录"),
        ("p18_315活动情况表.jpg", "“3·15”消费者权益日知识产权咨询活动情况", t18, None, "情况表"),
    ]:
        b = [("title", [title])]
        if org:
            b.append(("pl", "填报单位：" + org))
        b.append(("table", t))
        meta = {"title": title, "organ": org, "doc_type": dtp}
        if dtp in ("检查记录", "情况表"):
            meta["doc_type"] = None  # the page does not name a genre an assessor would recognise
        add(fname, meta, b, pt=14)

    # notices x2
    add("p19_公告栏通知.jpg", {"title": "关于开展侵权假冒商品集中销毁活动的通知", "organ": SCJ, "doc_type": "通知"},
        official([SCJ], None, ["关于开展侵权假冒商品集中销毁活动的通知"], "各有关单位：",
                 ["定于2024年6月12日上午9时在县城东垃圾处理场集中销毁近年来查扣的侵权假冒商品，请各单位派员参加。"],
                 ["云溪县市场监督管理局"], "2024年6月5日", seal="云溪县市场监督管理局"), pt=14)
    add("p20_白沙镇通知.jpg", {"title": "关于报送商标品牌培育对象的通知", "organ": BSZ, "doc_type": "通知"},
        official([BSZ], "白政发〔2024〕14号", ["关于报送商标品牌培育对象的通知"], "各村委会：",
                 ["按照《白沙镇2024年商标品牌培育工作方案》要求，请各村于5月20日前推荐1—2家品牌培育对象，报镇经济发展办。"],
                 ["云溪县白沙镇人民政府"], "2024年5月11日", seal="云溪县白沙镇人民政府"), pt=14)
    return docs


# ---------------------------------------------------------------------------------------------
# XLSX (12)
# ---------------------------------------------------------------------------------------------
DATE_FMT = {"yyyy-mm-dd": "%Y-%m-%d", 'yyyy"年"m"月"d"日"': "{y}年{m}月{d}日", "yyyy/m/d": "{y}/{m}/{d}"}


def show(v, fmt=None):
    if isinstance(v, dt.date):
        f = DATE_FMT[fmt]
        return v.strftime(f) if f.startswith("%") else f.format(y=v.year, m=v.month, d=v.day)
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return "" if v is None else str(v)


def sheet_truth(s):
    """Visible text and table of one sheet (hidden rows/cols/sheets are not shown)."""
    if s.get("hidden"):
        return [], None
    from openpyxl.utils import column_index_from_string

    hid_cols = {column_index_from_string(c) - 1 for c in s.get("hidden_cols", ())}
    texts = [s.get("title", "")] + [x if isinstance(x, str) else " ".join(x) for x in s.get("pre", [])]
    hdr = [[v for c, v in enumerate(r) if c not in hid_cols] for r in s["header_rows"]]
    rows = []
    for i, r in enumerate(s["rows"]):
        if i in s.get("hidden_rows", ()):
            continue
        vals = s["row_values"][i] if "row_values" in s else r
        rows.append([show(v, s.get("date_cols", {}).get(c)) for c, v in enumerate(vals) if c not in hid_cols])
    for r in hdr:
        texts += [v for v in r if v]
    for r in rows:
        texts += r
    texts += [lab for lab, _ in s.get("totals", [])] + s.get("notes", [])
    merges = {}
    # recompute header merges on visible columns (hidden columns are never inside a merge here)
    for (mr, mc), (rs, cs) in s.get("merges", {}).items():
        shift = sum(1 for h in hid_cols if h < mc)
        merges[(mr, mc - shift)] = (rs, cs)
    t = {"header_rows": hdr, "rows": rows, "merges": merges}
    return texts, (t if s.get("table", True) else None)


def xlsx_docs(rng):
    docs = []

    def add(name, meta, sheets):
        docs.append({"name": name, "kind": "xlsx", "fmt": "xlsx", "meta": meta, "sheets": sheets})

    # x01 case ledger: two visible sheets (2023, 2024) + hidden lookup sheet; hidden row; SUM total; notes
    def case_sheet(year, n, hidden_rows=()):
        rows = []
        d = dt.date(year, 1, 8)
        for i in range(n):
            d += dt.timedelta(days=rng.randrange(6, 30))
            rows.append([i + 1, f"云市监处罚〔{year}〕{20 + i * 3}号", rng.choice(FIRMS), rng.choice(CASE_TYPES), d,
                         rng.choice([0.5, 1.2, 2, 3.5, 0.8, 5])])
        fines = sum(r[5] for i, r in enumerate(rows))
        return {"name": f"{year}年", "title": f"云溪县{year}年知识产权行政处罚案件台账",
                "pre": ["填报单位：云溪县市场监督管理局"],
                "header_rows": [["序号", "处罚决定书文号", "当事人", "案由", "处罚日期", "罚没款（万元）"]],
                "rows": rows, "date_cols": {4: "yyyy-mm-dd"}, "hidden_rows": hidden_rows,
                "totals": [("合计", {5: ("=SUM({col}{d0}:{col}{d1})", round(fines, 2))})],
                "notes": ["注：1.罚没款含没收违法所得；", "2.本表由知识产权股每月更新。"], "gap": 1,
                "widths": {1: 24, 2: 28}}
    add("x01_知识产权行政处罚案件台账.xlsx", {"title": "云溪县2024年知识产权行政处罚案件台账", "organ": SCJ, "doc_type": "台账"},
        [case_sheet(2024, 11, hidden_rows=(3,)), case_sheet(2023, 7),
         {"name": "字典", "hidden": True, "title": "", "header_rows": [["案由"]], "rows": [[c] for c in CASE_TYPES]}])

    # x02 patent statistics: two-row header with merged cells; total via formulas
    rows = []
    for t in TOWNS:
        a, b_, c = rng.randrange(0, 12), rng.randrange(10, 60), rng.randrange(3, 30)
        rows.append([t, a, b_, c, rng.randrange(0, 6), rng.randrange(5, 40)])
    tot = {c: ("=SUM({col}{d0}:{col}{d1})", sum(r[c] for r in rows)) for c in range(1, 6)}
    add("x02_专利授权分乡镇统计表.xlsx", {"title": "2024年1—10月专利授权分乡镇统计表", "organ": SCJ, "doc_type": "统计表"},
        [{"name": "Sheet1", "title": "2024年1—10月专利授权分乡镇统计表", "pre": [("填报单位：云溪县市场监督管理局", "单位：件")],
          "header_rows": [["乡镇（街道）", "专利授权", "", "", "专利转让", ""],
                          ["", "发明", "实用新型", "外观设计", "转让", "许可"]],
          "merges": {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 2)}, "rows": rows,
          "totals": [("合计", tot)], "notes": ["统计截止日期：2024年10月31日"]}])

    # x03 media ledger
    outlets = [("中国知识产权报", "中央"), ("湖北日报", "省级"), ("长江云", "省级"), ("荆阳日报", "市级"),
               ("荆阳广播电视台", "市级"), ("云溪县融媒体中心", "县级"), ("云溪发布", "县级")]
    titles = ["云溪县开展知识产权宣传周活动", "“云溪贡茶”地理标志保护见实效", "云溪查处一起商标侵权案", "云溪县知识产权维权援助工作站揭牌",
              "白沙镇商标品牌助农增收", "县市场监管局开展打假进校园", "云溪集中销毁侵权假冒商品", "龙潭乡知识产权宣传进村入户"]
    rows = []
    d = dt.date(2024, 3, 1)
    for i in range(9):
        o, lv = outlets[i % len(outlets)]
        d += dt.timedelta(days=rng.randrange(8, 30))
        rows.append([i + 1, titles[i % len(titles)], o, lv, d, rng.choice(["纸质版第3版", "网络", "新闻客户端", "微信公众号", "电视新闻"])])
    shown = [r for i, r in enumerate(rows)]
    media = []
    for r in shown:
        if (r[2], r[3]) not in media:
            media.append((r[2], r[3]))
    add("x03_知识产权宣传报道台账.xlsx", {"title": "2024年知识产权保护宣传报道台账", "organ": SCJ, "doc_type": "台账", "media": media},
        [{"name": "宣传报道", "title": "2024年知识产权保护宣传报道台账", "pre": ["填报单位：云溪县市场监督管理局"],
          "header_rows": [["序号", "报道标题", "媒体名称", "媒体级别", "刊发日期", "刊发形式"]], "rows": rows,
          "date_cols": {4: 'yyyy"年"m"月"d"日"'}, "widths": {1: 36}}])

    # x04 media ledger, one hidden row with an outlet that appears nowhere else
    rows = [[1, "县打假办召开联络员会议", "云溪县融媒体中心", "县级", dt.date(2023, 9, 13)],
            [2, "云溪县知识产权质押融资破千万", "荆阳日报", "市级", dt.date(2023, 10, 9)],
            [3, "测试条目（已撤稿）", "新华网", "中央", dt.date(2023, 10, 20)],
            [4, "云溪脐橙地理标志品牌价值提升", "湖北广播电视台", "省级", dt.date(2023, 11, 2)],
            [5, "云溪县“双十一”网络市场监管", "今日头条", "其他", dt.date(2023, 11, 12)],
            [6, "云溪发布知识产权保护典型案例", "荆阳日报", "市级", dt.date(2023, 12, 1)]]
    add("x04_2023年宣传报道统计.xlsx", {"title": "2023年下半年知识产权宣传报道统计表", "organ": DJB, "doc_type": "统计表", "year": 2023,
                                   "media": [("云溪县融媒体中心", "县级"), ("荆阳日报", "市级"), ("湖北广播电视台", "省级"), ("今日头条", "其他")]},
        [{"name": "报道统计", "title": "2023年下半年知识产权宣传报道统计表", "pre": ["填报单位：" + DJB],
          "header_rows": [["序号", "标题", "媒体", "级别", "日期"]], "rows": rows, "hidden_rows": (2,),
          "date_cols": {4: "yyyy/m/d"}, "widths": {1: 34, 2: 18}}])

    # x05 training ledger with a formula column
    rows, vals = [], []
    d = dt.date(2024, 3, 10)
    for i in range(7):
        d += dt.timedelta(days=rng.randrange(12, 40))
        a, b_ = rng.randrange(20, 80), rng.randrange(0, 6)
        r = 5 + i  # title, two lines above the header, header: data start on row 5
        rows.append([i + 1, rng.choice(["执法人员业务培训", "企业商标品牌培训", "专利申请实务培训", "电商知识产权合规培训"]), d, a, b_, f"=D{r}-E{r}"])
        vals.append(rows[-1][:5] + [a - b_])
    add("x05_知识产权培训台账.xlsx", {"title": "知识产权培训台账", "organ": SCJ, "doc_type": "台账"},
        [{"name": "培训", "title": "知识产权培训台账", "pre": ["填报单位：云溪县市场监督管理局", "年度：2024年"],
          "header_rows": [["序号", "培训名称", "培训日期", "报名人数", "缺席人数", "实到人数"]], "rows": rows, "row_values": vals,
          "date_cols": {2: "yyyy-mm-dd"}, "widths": {1: 26}}])

    # x06 GI enterprise list with a hidden column (统一社会信用代码)
    rows = []
    for i, f in enumerate(FIRMS[:9]):
        rows.append([i + 1, f, f"91420{rng.randrange(10**12, 10**13)}", rng.choice(["云溪贡茶", "白沙脐橙", "云溪麻糖"]),
                     dt.date(2021 + i % 4, rng.randrange(1, 13), rng.randrange(1, 28)), NAMES.one()])
    add("x06_地理标志专用标志使用企业名录.xlsx", {"title": "地理标志专用标志使用企业名录", "doc_type": "名录"},
        [{"name": "名录", "title": "地理标志专用标志使用企业名录", "header_rows": [["序号", "企业名称", "统一社会信用代码", "产品", "核准日期", "联系人"]],
          "rows": rows, "hidden_cols": ("C",), "date_cols": {4: "yyyy-mm-dd"}, "widths": {1: 30, 2: 22}}])

    # x07 rights-protection aid ledger: notes and a second (summary) sheet
    rows = []
    d = dt.date(2024, 6, 30)
    for i in range(8):
        d += dt.timedelta(days=rng.randrange(3, 20))
        rows.append([f"YX-WQ-{i + 1:02d}", d, rng.choice(FIRMS), rng.choice(["商标", "专利", "版权"]), rng.choice(["已办结", "办理中"])])
    summ = [["商标", sum(1 for r in rows if r[3] == "商标")], ["专利", sum(1 for r in rows if r[3] == "专利")],
            ["版权", sum(1 for r in rows if r[3] == "版权")]]
    add("x07_维权援助工作站台账.xlsx", {"title": "云溪县知识产权维权援助工作站援助台账", "organ": "云溪县知识产权维权援助工作站", "doc_type": "台账"},
        [{"name": "台账", "title": "云溪县知识产权维权援助工作站援助台账", "pre": ["填报单位：云溪县知识产权维权援助工作站"],
          "header_rows": [["编号", "受理日期", "求助主体", "类别", "办理状态"]], "rows": rows, "date_cols": {1: 'yyyy"年"m"月"d"日"'},
          "notes": ["工作站地址：云溪县政务服务中心二楼", "更新日期：2024年11月20日"], "widths": {2: 28}},
         {"name": "分类统计", "title": "援助事项分类统计", "header_rows": [["类别", "件数"]], "rows": summ,
          "totals": [("合计", {1: ("=SUM({col}{d0}:{col}{d1})", len(rows))})]}])

    # x08 self-assessment with formula score rate and two-row header
    items = [("组织领导", 10, 10), ("行政执法", 30, 27), ("司法衔接", 10, 8), ("宣传培训", 15, 15), ("维权援助", 15, 13), ("满意度", 20, 18)]
    rows, vals = [], []
    for i, (k, full, got) in enumerate(items):
        r = 5 + i
        rows.append([k, full, got, f"=ROUND(C{r}/B{r}*100,1)", "" if got == full else "详见说明"])
        vals.append([k, full, got, round(got / full * 100, 1), "" if got == full else "详见说明"])
    add("x08_考核自评表.xlsx", {"title": "2024年度知识产权保护工作检查考核自评表", "organ": SCJ, "doc_type": "自评表"},
        [{"name": "自评", "title": "2024年度知识产权保护工作检查考核自评表", "pre": ["填报单位：云溪县市场监督管理局　　　填报日期：2024年10月18日"],
          "header_rows": [["考核内容", "标准分", "自评", "", "备注"], ["", "", "得分", "得分率（%）", ""]],
          "merges": {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (2, 1)}, "rows": rows, "row_values": vals,
          "totals": [("合计", {1: ("=SUM({col}{d0}:{col}{d1})", 100), 2: ("=SUM({col}{d0}:{col}{d1})", 91)})]},
         {"name": "评分细则", "hidden": True, "title": "评分细则（内部）", "header_rows": [["项目", "细则"]],
          "rows": [["行政执法", "移送案件不足2件扣3分（2024年11月1日修订）"]]}])

    # x09 typed sign-in sheet
    names = NAMES.many(13)
    rows = [[i + 1, nm, rng.choice(["县市场监管局", "县公安局", "县法院", "县检察院", "县司法局", "县文旅局"]), phone(rng)] for i, nm in enumerate(names)]
    add("x09_联席会议签到表.xlsx", {"title": "知识产权保护工作联席会议签到表", "doc_type": "签到表", "attendance": names},
        [{"name": "签到", "title": "知识产权保护工作联席会议签到表", "pre": ["会议时间：2024年7月9日上午9:00　　地点：县政府三楼会议室"],
          "header_rows": [["序号", "姓名", "单位", "联系电话"]], "rows": rows}])

    # x10 complaints by month with quarterly subtotals (subtotal rows are not data rows)
    add_rows = []
    for m in range(1, 10):
        a, b_ = rng.randrange(5, 30), rng.randrange(0, 5)
        add_rows.append([f"{m}月", a, b_])
    add("x10_投诉举报月度统计.xlsx", {"title": "2024年知识产权投诉举报月度统计表", "organ": SCJ, "doc_type": "统计表"},
        [{"name": "月度", "title": "2024年知识产权投诉举报月度统计表", "pre": ["填报单位：云溪县市场监督管理局"],
          "header_rows": [["月份", "投诉举报（件）", "立案（件）"]], "rows": add_rows,
          "totals": [("合计", {1: ("=SUM({col}{d0}:{col}{d1})", sum(r[1] for r in add_rows)),
                              2: ("=SUM({col}{d0}:{col}{d1})", sum(r[2] for r in add_rows))})],
          "notes": ["制表：" + NAMES.one() + "　　制表日期：2024年10月8日"]}])

    # x11 trademark stats, one sheet per year; first sheet hidden (old draft)
    def tm_sheet(year, hidden=False):
        rows = [[t, rng.randrange(100, 700), rng.randrange(5, 60)] for t in TOWNS]
        return {"name": f"{year}", "hidden": hidden, "title": f"{year}年各乡镇（街道）有效注册商标统计",
                "pre": [f"统计截止：{year}年12月31日"], "header_rows": [["乡镇（街道）", "有效注册商标", "当年新增"]], "rows": rows,
                "totals": [("合计", {1: ("=SUM({col}{d0}:{col}{d1})", sum(r[1] for r in rows)),
                                    2: ("=SUM({col}{d0}:{col}{d1})", sum(r[2] for r in rows))})]}
    add("x11_有效注册商标统计.xlsx", {"title": "2023年各乡镇（街道）有效注册商标统计", "doc_type": None, "year": 2023},
        [tm_sheet(2022, hidden=True), tm_sheet(2023)])

    # x12 enforcement inspection ledger: dates as text in one column, docnos in another
    rows = []
    for i in range(10):
        mth, day = rng.randrange(4, 11), rng.randrange(1, 28)
        rows.append([i + 1, f"{mth}月{day}日", rng.choice(FIRMS), rng.choice(["责令改正", "立案", "无问题"]),
                     f"云市监知〔2024〕{30 + i}号" if i % 4 == 1 else ""])
    add("x12_执法检查台账.xlsx", {"title": "2024年知识产权执法检查台账", "organ": SCJ, "doc_type": "台账"},
        [{"name": "检查台账", "title": "2024年知识产权执法检查台账", "pre": ["填报单位：云溪县市场监督管理局"],
          "header_rows": [["序号", "检查日期", "检查对象", "处理结果", "相关文书"]], "rows": rows, "widths": {2: 28, 4: 24}},
         {"name": "Sheet2", "hidden": True, "title": "", "header_rows": [["备用"]], "rows": [["2024年1月2日草稿"]]}])
    return docs


# ---------------------------------------------------------------------------------------------
# screenshots (10)
# ---------------------------------------------------------------------------------------------
GREY = (110, 110, 110)


def web_page(site, site_color, url, crumbs, title, meta_line, paras, side_title, side_items, footer, rng, extra_end=()):
    W, H = 1440, 3000
    c = Canvas(W, H, (246, 246, 246))
    # browser chrome
    c.rect([0, 0, W, 40], fill=(222, 225, 230))
    c.rect([120, 7, 900, 33], fill=(255, 255, 255))
    c.text((130, 11), url, SANS, 15, (60, 60, 60))
    c.rect([0, 40, W, 150], fill=site_color)
    c.text((80, 70), site, SANS_B, 40, (255, 255, 255))
    c.rect([0, 150, W, 190], fill=tuple(max(0, v - 40) for v in site_color))
    x = 80
    for n in ["首页", "要闻", "部门动态", "乡镇动态", "政务公开", "专题专栏"]:
        x += c.text((x, 158), n, SANS, 18, (255, 255, 255)) + 40
    c.rect([60, 210, 1000, H], fill=(255, 255, 255))
    c.text((80, 222), "当前位置：" + " > ".join(crumbs), SANS, 14, GREY)
    y = 270
    f = font(SANS_B, 28)
    from render12 import wrap as _wrap

    c.texts.append(title)
    for ln in _wrap(f, title, 860):
        c.text((80 + (860 - text_w(f, ln)) / 2, y), ln, SANS_B, 28, record=False)
        y += 44
    y += 8
    c.text((80 + (860 - text_w(font(SANS, 14), meta_line)) / 2, y), meta_line, SANS, 14, GREY)
    y += 34
    c.d.line([(80, y), (980, y)], fill=(220, 220, 220), width=1)
    y += 20
    for p in paras:
        y = c.para(80, y, 880, p, SERIF, 18, lh=1.85) + 10
    for e in extra_end:
        y = c.para(80, y + 6, 880, e, SANS, 15, GREY, indent=0) + 4
    # side column
    c.rect([1030, 210, 1380, 900], fill=(255, 255, 255))
    c.text((1046, 224), side_title, SANS_B, 20, site_color)
    sy = 268
    for it in side_items:
        sy = c.para(1046, sy, 320, "· " + it, SANS, 15, (50, 50, 50), lh=1.6, indent=0) + 10
    # the screenshot ends a little below the article: crop, then draw the page footer
    H = max(int(y) + 140, 1000)
    c.img = c.img.crop((0, 0, W, H))
    c.d = ImageDraw.Draw(c.img)
    c.rect([60, H - 100, 1000, H - 80], fill=(255, 255, 255))
    c.rect([0, H - 80, W, H], fill=(60, 60, 60))
    c.text((W / 2 - text_w(font(SANS, 14), footer) / 2, H - 52), footer, SANS, 14, (220, 220, 220))
    return c


def phone_page(app_bar, title, author_line, paras, end_lines, rng, bottom=None, status="9:41", dark_bar=(255, 255, 255)):
    W, H = 1080, 3600
    c = Canvas(W, H, (255, 255, 255))
    c.text((60, 24), status, SANS_B, 34, record=False)
    c.text((W - 190, 24), "5G  86%", SANS, 30, record=False)
    c.rect([0, 90, W, 210], fill=dark_bar)
    c.text((60, 125), "<", SANS, 44, record=False)
    c.text((W / 2 - text_w(font(SANS_B, 36), app_bar) / 2, 122), app_bar, SANS_B, 36)
    c.d.line([(0, 210), (W, 210)], fill=(230, 230, 230), width=2)
    y = 250
    y = c.para(54, y, W - 108, title, SANS_B, 52, lh=1.45, indent=0) + 20
    c.text((54, y), author_line, SANS, 30, (87, 107, 149))
    y += 80
    for p in paras:
        y = c.para(54, y, W - 108, p, SANS, 38, (40, 40, 40), lh=1.75) + 24
    for e in end_lines:
        y = c.para(54, y, W - 108, e, SANS, 30, GREY, lh=1.6, indent=0) + 8
    H = max(int(y) + 260, 1900)
    c.img = c.img.crop((0, 0, W, H))
    c.d = ImageDraw.Draw(c.img)
    if bottom:
        c.d.line([(0, H - 130), (W, H - 130)], fill=(230, 230, 230), width=2)
        c.text((60, H - 95), bottom, SANS, 30, GREY)
    assert y < H - 140, (title, y)
    return c


def screenshot_docs(rng):
    docs = []

    def add(name, fmt, meta, build):
        docs.append({"name": name, "kind": "screenshot", "fmt": fmt, "meta": meta, "build": build})

    side = ["人民网：全国知识产权宣传周启动 2024-04-20", "2024-04-24 我市发布知识产权保护白皮书", "新华网｜专利转化运用专项行动推进",
            "荆阳日报：市场监管“护航”春耕 2024-03-12"]
    t1 = "云溪县开展2024年“4·26”知识产权宣传周活动"
    add("w01_县政府网_宣传周.png", "png", {"title": t1, "doc_type": "新闻报道", "media": [("云溪县人民政府网", "县级")]},
        lambda: web_page("云溪县人民政府网", (176, 32, 32), "www.yunxi.gov.cn/art/zwdt/bmdt/art_3381.html", ["首页", "政务动态", "部门动态"], t1,
                         "发布时间：2024-04-27 10:12　来源：县市场监管局　浏览次数：1376",
                         ["4月26日，云溪县市场监管局联合县公安局、县文化和旅游局在县城中心广场开展知识产权宣传周集中宣传活动。",
                          "活动现场设置咨询台6个，展出侵权假冒商品对比样品40余件，发放宣传资料2600余份。",
                          "下一步，该县将持续推进知识产权进企业、进市场、进校园活动。"],
                         "相关新闻", side, "主办：云溪县人民政府办公室　　承办：云溪县融媒体中心", rng))

    t2 = "“云溪贡茶”地理标志保护让茶农增收"
    add("w02_荆阳新闻网_贡茶.png", "png",
        {"title": t2, "doc_type": "新闻报道", "media": [("荆阳新闻网", "市级"), ("荆阳日报", "市级")]},
        lambda: web_page("荆阳新闻网", (20, 90, 160), "www.jyxww.cn/news/xianshi/202405/t2024_88412.shtml", ["首页", "县市新闻"], t2,
                         "2024-05-18 08:35　来源：荆阳日报　作者：" + NAMES.one() + "　编辑：" + NAMES.one(),
                         ["近年来，云溪县将“云溪贡茶”地理标志保护作为乡村振兴的重要抓手，已授权6家企业使用地理标志专用标志。",
                          "2023年，“云溪贡茶”综合产值达4.2亿元，带动茶农人均增收3100元。"],
                         "热点推荐", ["湖北日报：全省地理标志产品达500个", "长江云｜荆楚好茶香飘全国 2024-05-16", "2024-05-17 市委常委会召开会议"],
                         "荆阳新闻网版权所有　未经授权禁止转载", rng))

    t3 = "云溪县查处一起侵犯“云溪贡茶”地理标志专用权案件"
    add("w03_湖北日报网_案件.png", "png",
        {"title": t3, "doc_type": "新闻报道", "media": [("湖北日报网", "省级"), ("湖北日报", "省级"), ("中国知识产权报", "中央")]},
        lambda: web_page("湖北日报网", (190, 20, 30), "news.hubeidaily.net/p/hbxw_551203.html", ["首页", "市州新闻", "荆阳"], t3,
                         "来源：湖北日报　2024年5月21日 07:02",
                         ["5月14日，云溪县市场监管局白沙市场监管所执法人员在检查中发现，某茶叶店销售的茶叶外包装标注“云溪贡茶”字样，"
                          "但未获得地理标志专用标志使用授权。执法人员当即查扣涉案茶叶48盒。",
                          "据了解，该案已于5月16日立案。"],
                         "荆楚要闻", ["2024-05-20 全省市场监管工作会议召开", "极目新闻：武汉开展春季打假", "2024-05-19 湖北发布知识产权保护状况"],
                         "湖北日报传媒集团主办", rng,
                         extra_end=["（本文已被中国知识产权报5月23日第3版转载）"]))

    t4 = "我县知识产权维权援助工作站正式挂牌运行"
    add("w04_云溪新闻网_工作站.jpg", "jpg",
        {"title": t4, "doc_type": "新闻报道", "media": [("云溪新闻网", "县级"), ("云溪县融媒体中心", "县级")]},
        lambda: web_page("云溪新闻网", (30, 120, 80), "www.yxxww.cn/content/2024-06/28/c_190233.htm", ["首页", "本地新闻"], t4,
                         "2024年6月28日　来源：云溪县融媒体中心　记者：" + NAMES.one(),
                         ["6月27日，云溪县知识产权维权援助工作站在县政务服务中心二楼揭牌，为企业和群众提供知识产权咨询、维权指导等服务。",
                          "工作站设专职人员2名，同时聘请律师、专利代理师等8名志愿者。"],
                         "本地要闻", ["2024-06-26 云溪县召开防汛工作会议", "央视新闻：全国知识产权保护工作会 2024-06-25"],
                         "云溪县融媒体中心主办", rng))

    # WeChat x3
    t5 = "云溪县发布2023年知识产权保护十大典型案例"
    add("m01_微信_云溪发布.png", "png", {"title": t5, "doc_type": "新闻报道", "media": [("云溪发布", "县级")]},
        lambda: phone_page("云溪发布", t5, "原创  云溪发布  2024年4月25日 18:30 湖北",
                           ["4月25日，县市场监管局发布2023年度全县知识产权保护十大典型案例，涉及商标侵权、假冒专利、地理标志侵权等类型。",
                            "案例一：云溪县某超市销售侵犯“楚韵”注册商标专用权商品案。"],
                           ["来源：云溪县市场监督管理局", "编辑：" + NAMES.one() + "　审核：" + NAMES.one(), "阅读 3621　赞 88"], rng,
                           bottom="写留言"))
    t6 = "荆阳市开展知识产权保护工作检查考核"
    add("m02_微信_荆阳市场监管.png", "png",
        {"title": t6, "doc_type": "新闻报道", "media": [("荆阳市场监管", "市级"), ("中国市场监管报", "中央")]},
        lambda: phone_page("荆阳市场监管", t6, "荆阳市场监管  2024年11月13日 20:05",
                           ["11月11日至12日，市知识产权保护工作检查考核组深入云溪县等地，采取查阅资料、实地查看等方式开展检查考核。",
                            "检查考核组对云溪县维权援助工作站建设给予肯定。"],
                           ["本文转载自：中国市场监管报", "推荐阅读：湖北日报｜全省知识产权工作会议召开"], rng, bottom="阅读 1208"))
    t7 = "“双十一”前夕 云溪开展电商平台侵权假冒专项检查"
    add("m03_微信_云溪市场监管.jpg", "jpg",
        {"title": t7, "doc_type": "新闻报道", "media": [("云溪市场监管", "县级"), ("荆阳日报", "市级"), ("荆阳广播电视台", "市级")]},
        lambda: phone_page("云溪市场监管", t7, "云溪市场监管  11月8日",
                           ["近日，县市场监管局联合县商务局对辖区12家电商企业开展专项检查，重点检查网售商品商标使用、专利标识标注等情况。",
                            "此次检查情况已由荆阳日报、荆阳广播电视台播发。"],
                           ["来源：县市场监管局网络交易监管股"], rng, bottom="分享  收藏  在看"))

    # app x3
    t8 = "长江云｜云溪县：知识产权质押融资助力中小企业发展"
    add("a01_长江云_质押融资.png", "png",
        {"title": "云溪县：知识产权质押融资助力中小企业发展", "doc_type": "新闻报道", "media": [("长江云", "省级"), ("云溪县融媒体中心", "县级")]},
        lambda: phone_page("长江云", t8.split("｜")[1], "来源：云溪县融媒体中心  2024-09-03 16:20",
                           ["今年以来，云溪县推动专利、商标质押融资，已为8家中小企业融资1200万元。",
                            "县市场监管局相关负责人介绍，下一步将建立知识产权质押融资项目库。"],
                           ["责任编辑：" + NAMES.one()], rng, bottom="评论  点赞 56", dark_bar=(230, 240, 255)))
    add("a02_荆阳日报客户端_销毁.png", "png",
        {"title": "打击侵权假冒 守护消费安全", "doc_type": "新闻报道", "media": [("荆阳日报客户端", "市级")]},
        lambda: phone_page("荆阳日报", "打击侵权假冒 守护消费安全", "荆阳日报客户端  记者 " + NAMES.one() + "  2024年6月13日",
                           ["6月12日，云溪县集中销毁侵权假冒商品一批，涉及白酒、服装、农资等12类，货值约86万元。",
                            "据介绍，这批商品均来自近两年查办的案件。"],
                           ["热门：2024-06-12 全市安全生产月启动", "新华社：全国打击侵权假冒工作成效显著"], rng, bottom="写评论"))
    t10 = "云溪县召开知识产权保护工作联席会议"
    add("a03_头条_联席会议.jpg", "jpg",
        {"title": t10, "doc_type": "新闻报道", "media": [("今日头条", "其他"), ("云溪县融媒体中心", "县级")]},
        lambda: phone_page("今日头条", t10, "云溪县融媒体中心  2024-07-10 09:18  湖北",
                           ["7月9日，云溪县召开2024年知识产权保护工作联席会议，通报上半年全县知识产权保护工作情况。",
                            "会议要求各成员单位对照考核细则，补齐短板。"],
                           ["相关推荐：2024-07-08 荆阳市举行防汛演练", "举报  不感兴趣"], rng, bottom="转发  评论 12  赞 45"))
    return docs


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------


def soffice_to_pdf(docx_paths, outdir):
    prof = tempfile.mkdtemp(prefix="d12_lo_")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir]
            + docx_paths,
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def pdf_pages(path):
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main(out):
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20241212)
    docs = content(random.Random(1)) + content2(random.Random(2)) + content3(random.Random(3))
    docs += xlsx_docs(random.Random(4)) + screenshot_docs(random.Random(5))
    truth = {}
    tmp = tempfile.mkdtemp(prefix="d12_")
    lo_jobs = []
    for d in docs:
        name, kind, fmt, meta = d["name"], d["kind"], d["fmt"], dict(d["meta"])
        meta.update(kind=kind, format=fmt)
        path = os.path.join(out, name)
        r = random.Random(name)
        if kind in ("docx", "text_pdf"):
            faces = ("Noto Serif CJK SC", "Noto Serif CJK SC", "Noto Sans CJK SC") if kind == "text_pdf" else (
                "仿宋_GB2312", "方正小标宋简体", "黑体")
            src = os.path.join(tmp, os.path.splitext(name)[0] + ".docx")
            write_docx(d["blocks"], src, faces)
            if kind == "docx":
                shutil.copyfile(src, path)
            lo_jobs.append((d, src, path, meta))
            continue
        if kind in ("scan", "photo"):
            dpi = d.get("dpi", 200)
            pages = render_blocks(d["blocks"], dpi, r, pt=d.get("pt", 15.0))
            if kind == "photo":
                assert len(pages) == 1, (name, len(pages))
                photo(pages[0], r, scale=0.9).save(path, "JPEG", quality=84)
            else:
                imgs = [scan(p, r, dpi, dpi, color=d.get("color", False)) for p in pages]
                if fmt == "pdf":
                    save_image_pdf(imgs, path, dpi)
                else:
                    assert len(imgs) == 1, name
                    if fmt == "jpg":
                        imgs[0].save(path, "JPEG", quality=88, dpi=(dpi, dpi))
                    else:
                        imgs[0].save(path, "PNG", dpi=(dpi, dpi))
            meta["pages"] = len(pages)
            truth[name] = make_truth(meta, block_texts(d["blocks"]), tables_in(d["blocks"]))
        elif kind == "screenshot":
            c = d["build"]()
            img = c.img
            if fmt == "jpg":
                img.save(path, "JPEG", quality=90)
            else:
                img.save(path, "PNG")
            meta["pages"] = 1
            truth[name] = make_truth(meta, c.texts, ())
        elif kind == "xlsx":
            write_xlsx(d["sheets"], path)
            texts, tables = [], []
            for s in d["sheets"]:
                tx, tb = sheet_truth(s)
                texts += tx
                if tb:
                    tables.append(tb)
            meta["pages"] = sum(1 for s in d["sheets"] if not s.get("hidden"))
            truth[name] = make_truth(meta, texts, tables)
    pdfdir = os.path.join(tmp, "pdf")
    os.makedirs(pdfdir)
    soffice_to_pdf([j[1] for j in lo_jobs], pdfdir)
    for d, src, path, meta in lo_jobs:
        pdf = os.path.join(pdfdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        fix_pdf_dates(pdf)
        meta["pages"] = pdf_pages(pdf)
        if d["kind"] == "text_pdf":
            shutil.copyfile(pdf, path)
        truth[d["name"]] = make_truth(meta, block_texts(d["blocks"]), tables_in(d["blocks"]))
    shutil.rmtree(tmp, ignore_errors=True)
    del rng
    doc = {"corpus": "dev12", "files": {k: truth[k] for k in sorted(truth)}}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    for p in (os.path.join(out, "truth.yaml"), os.path.join(HERE, "truth.yaml")):
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
    kinds = {}
    for v in truth.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print(len(truth), "files", kinds)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_dev12.py DIR")
    main(sys.argv[1])
