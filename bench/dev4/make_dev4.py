"""A fourth tuning corpus for the extraction benchmark (issue 15), written blind: its author never read the
extractor, its tests or its output, and never ran it on these files.

    .venv/bin/python bench/dev4/make_dev4.py DIR      # writes DIR/<files>, DIR/truth.yaml and bench/dev4/truth.yaml

Weighted towards what real material does and typed PDFs do not: phone photos (of notices, minutes, ruled tables,
screens; one ruled table photographed as two pictures put into one PDF), scans at 100–300 dpi with seals over the
文号 line or the date, screenshots of news with related-link lists, portal banners and footers that name outlets
which are not the source, DOCX in further house styles (organ mark in a borderless table, on two lines, in a
text box, or no mark and the organ only in the signature; page header text; joint issuers), XLSX ledgers with
hidden rows, notes, merged two-row headers and several sheets. Places, organs, people and phone numbers are
invented (other provinces than dev/dev2/dev3). Low-level helpers (the python-docx `Doc`, the `Truth` recorder,
fonts, seals, scanner and camera models, the screen `Canvas`) come from bench/dev3/make_dev3.py; everything a
file says and how it is laid out is written here. Deterministic: every file is seeded by its name.

Truth is recorded while the text is written, never read back from the files; every recorded date text, 文号 (as
shown) and title is checked to be printed in the text of the PDF/DOCX/XLSX or the strings drawn. Truth format
and conventions: those of dev3 (its docstring), in short:
- 文号: every PREFIX〔YEAR〕N号 printed, any bracket (`shown` keeps the printed form): the file's own, cited ones
  (also run into a verb or 的: 贯彻落实国办发〔2022〕12号), those in table cells; a joint document's own 文号 is
  its lead organ's. Not 文号: court case numbers （2023）湘0602民初88号, ICP/公安备案 numbers, 收文 serials.
- dates: every calendar day printed in any style, both ends of a range (the end keeps the whole range text), dates
  in text boxes, table cells, page footers, related-link lists of a screenshot; not months or years alone, not
  times of day, not relative forms (2小时前), not year-less dates on a page that prints no year.
- title: the document's own title with its lines joined; never the organ mark, 文号, page header, site banner or
  account name; XLSX: the first sheet's title row; screenshots: the article title; a sign-in sheet's heading.
- organ: full name of the issuing organ from the mark or, where there is no mark, the signature; a joint
  document's first organ; only notices, letters, schemes and minutes that print one.
- doc_type: 通知, 函, 方案, 会议纪要 (also 会议记录), 签到表, 统计表 (台账, 统计表, 登记表, 一览表, 登记簿), 新闻报道.
- media: the outlet printed as the source (来源：, 转自, 据…报道, a news app's masthead, a ledger's 刊发媒体 column)
  with its level; not government sites/accounts, not outlets in related links, footers or 合作媒体 lines.
- tables: header = leaf row of a merged header; rows = records (merged-down cells give their value to each row,
  wrapped cells joined, a row broken by a page or photo break is one row); not rows: title, 填报 lines, blank
  numbered rows, notes, 合计/总计 rows. A table printed over two pages/photos of one file is one table.
- meetings: minutes only; date = day held; chair = the name alone; topics = agenda items in order without their
  numbering (一、 （一） 1. 一是 ① or none).
- attendance: sign-in sheets only; count = rows that carry a name, names = those names.
Exceptions to dev3, with reasons:
- XLSX hidden rows and hidden sheets are not shown to a reader in Excel/WPS or on print: nothing in them is truth
  (they hold withdrawn or draft records here, which a careful reader would not count).
- photo PDFs: a two-page ruled table photographed twice and put into one PDF is kind `photo`, format `pdf`,
  pages 2 (dev3 had one-page photos only).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import io
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import openpyxl
import yaml
from openpyxl.styles import Alignment, Font
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
d3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d3)

Truth, Doc, Canvas = d3.Truth, d3.Doc, d3.Canvas
SP = d3.SP
names, phone = d3.names, d3.phone
RED = d3.RED

# --- invented places --------------------------------------------------------------------------------
# city, county, slug, 文号 abbreviation, level word, province abbreviation, province, towns, city paper,
# province papers (2), news app, area code
PLACE_TABLE = """
岳川市 青溪区 qingxi 青 区 湘 湖南 白沙镇,枫林镇,石门乡,望城街道 岳川日报 湖南日报,红网 新湖南 0736
庐阳市 安平县 anping 安 县 赣 江西 湖口镇,南岭乡,黄塘镇,城关镇 庐阳晚报 江西日报,中国江西网 江西新闻 0797
淮宁市 东湖区 donghu 东 区 皖 安徽 柳湾街道,双桥镇,新集镇,白马乡 淮宁日报 安徽日报,中安在线 新安徽 0558
嘉陵市 金水县 jinshui 金 县 川 四川 金龙镇,石桥乡,清江镇,太平镇 嘉陵日报 四川日报,四川在线 川观新闻 0817
澄江市 石桥区 shiqiao 石 区 浙 浙江 长安街道,梅溪镇,湖塘镇,双林镇 澄江日报 浙江日报,浙江在线 潮新闻 0575
"""
KEYS = ("city", "county", "slug", "a", "lvl", "p", "prov", "towns", "paper", "ppapers", "app", "tel")
PLACES = []
for _line in PLACE_TABLE.strip().splitlines():
    _place = dict(zip(KEYS, _line.split(), strict=True))
    _place["towns"], _place["ppapers"] = _place["towns"].split(","), _place["ppapers"].split(",")
    _place["full"] = _place["city"] + _place["county"]
    PLACES.append(_place)
NATIONAL = ["人民日报", "新华社", "中国知识产权报", "中国市场监管报", "光明日报", "法治日报", "经济日报"]


def organ_of(place: dict, key: str) -> tuple[str, str]:
    """(full organ name, its 文号 prefix without the type character)."""
    f, a, lv, county = place["full"], place["a"], place["lvl"], place["county"]
    return {
        "gov": (f"{f}人民政府办公室", f"{a}{lv}府办"),
        "amr": (f"{f}市场监督管理局", f"{a}{lv}市监"),
        "dj": (f"{f}打击侵权假冒工作领导小组办公室", f"{county}打假办"),
        "ip": (f"{f}知识产权保护工作领导小组办公室", f"{a}{lv}知保办"),
        "police": (f"{place['city']}公安局{county}分局", f"{a}公"),
        "court": (f"{f}人民法院", f"{a}法"),
        "pub": (f"中共{f}委员会宣传部", f"{a}{lv}宣"),
        "agri": (f"{f}农业农村局", f"{a}{lv}农"),
        "culture": (f"{f}文化旅游广电体育局", f"{a}{lv}文旅"),
    }[key]


def lunits(place: dict) -> list[str]:
    lv = place["lvl"]
    return [f"{lv}市场监管局", f"{lv}公安分局", f"{lv}人民法院", f"{lv}人民检察院", f"{lv}司法局", f"{lv}农业农村局",
            f"{lv}文旅广体局", f"{lv}委宣传部", f"{lv}商务局", f"{lv}教育局", f"{lv}科技局",
            *(t + ("人民政府" if t.endswith(("镇", "乡")) else "办事处") for t in place["towns"][:3])]


CITED = [("国务院办公厅关于印发知识产权保护工作要点的通知", "国办发", 2022, 12),
         ("国家知识产权局关于进一步加强知识产权行政保护工作的通知", "国知发保字", 2023, 4),
         ("市场监管总局关于开展知识产权执法“铁拳”行动的通知", "市监知产发", 2023, 52),
         ("全国打击侵权假冒工作领导小组办公室关于做好年度考核工作的通知", "打假办函", 2023, 9)]
PROV_CITED = {"湘": ("湘市监发", 2023, 18), "赣": ("赣知发", 2023, 9), "皖": ("皖知保", 2023, 7),
              "川": ("川知发", 2022, 31), "浙": ("浙知发", 2023, 15)}
ACTIONS = ["知识产权执法“护航”专项行动", "商标侵权假冒集中整治", "地理标志保护专项整治", "“双打”百日攻坚行动",
           "农村假冒伪劣食品专项整治", "知识产权宣传周活动", "软件正版化专项检查", "重点商圈侵权商品清查行动",
           "展会知识产权保护专项行动", "寄递渠道侵权假冒商品治理"]
TOPICS = ["通报上半年知识产权案件查办情况", "研究知识产权保护工作检查考核迎检分工", "审议知识产权纠纷调解工作制度",
          "部署知识产权宣传周系列活动", "研究地理标志品牌培育和保护工作", "听取各成员单位年度重点任务推进情况汇报",
          "研究行政执法与刑事司法衔接中存在的问题", "安排迎检佐证材料收集和归档工作",
          "研究专利侵权纠纷快速处理机制建设", "部署岁末年初市场侵权假冒商品排查"]
MEETINGS = ["知识产权保护工作领导小组全体会议", "打击侵权假冒工作推进会", "知识产权保护专题会议",
            "迎检工作调度会", "知识产权联席会议第二次会议"]


def outlet_for(rng: random.Random, place: dict, level: str) -> str:
    return {"国家级": rng.choice(NATIONAL), "省级": rng.choice(place["ppapers"]), "市级": place["paper"]}[level]


def pick_date(rng: random.Random, year: int, months=(2, 11)) -> dt.date:
    return dt.date(year, rng.randint(*months), rng.randint(1, 28))


# --- DOCX layouts -------------------------------------------------------------------------------------
def house(rng: random.Random) -> dict:
    font, size, spacing = rng.choice([("仿宋_GB2312", 16, 28), ("AR PL UMing CN", 15, 27), ("宋体", 14, 24),
                                      ("楷体_GB2312", 15, 26), ("Noto Serif CJK SC", 12, 22), ("仿宋", 16, 30)])
    tfont, tsize = rng.choice([("方正小标宋简体", 22), ("Noto Serif CJK SC", 20), ("黑体", 22), ("AR PL UKai CN", 24),
                               ("宋体", 20)])
    return {"font": font, "size": size, "spacing": spacing, "tfont": tfont, "tsize": tsize}


def title_block(doc: Doc, rng: random.Random, hs: dict, title: str, lines: int) -> None:
    parts = d3.split_title(rng, title, lines, int(150 / (hs["tsize"] * 0.3528)))
    kw = {"font": hs["tfont"], "size": hs["tsize"], "bold": hs["tfont"] != "方正小标宋简体", "align": "center",
          "spacing": hs["tsize"] * 1.4}
    if rng.random() < 0.5:
        doc.lines(parts, **kw)
    else:
        for part in parts:
            doc.p(part, **kw)


def cite(t: Truth, rng: random.Random, place: dict, now: int) -> str:
    """A sentence citing higher-level documents (none issued after `now`, the citing document's year)."""
    title, prefix, year, number = rng.choice(CITED)
    no = t.docno(prefix, min(year, now), number, rng.choice(["〔〕", "〔〕", "[]", "【】"]))
    pp, py, pn = PROV_CITED[place["p"]]
    py = min(py, now)
    pno = t.docno(pp, py, pn, rng.choice(["〔〕", "（）"]))
    city = t.docno(f"{place['city'][:2]}市监联", py, rng.randint(2, 30))
    return rng.choice([f"为贯彻落实{no}和省局下发的{pno}文件精神，根据市局印发{city}的工作安排",
                       f"根据《{title}》（{no}）、省{pno}和市{city}文件要求",
                       f"按照上级的{no}部署，认真贯彻落实{pno}、{city}精神"])


def notice_body(doc: Doc, t: Truth, rng: random.Random, place: dict, year: int, action: str, short: bool) -> None:
    lv = place["lvl"]
    start = dt.date(year, rng.randint(4, 7), 1)
    end = dt.date(year, start.month, rng.choice([28, 30, 31] if start.month in (5, 7) else [28, 30]))
    style = rng.choice(["cn", "cn", "dot", "slash0", "upper"])
    span = t.span(start, end, style, "至" if style in ("cn", "upper") else rng.choice(["—", "至", "-"]))
    due = dt.date(year, rng.choice([10, 11]), rng.randint(5, 25))
    who = names(rng, 1)[0]
    doc.p(f"{cite(t, rng, place, year)}，经研究，定于{span}在全{lv}范围内开展{action}。现就有关事项通知如下：",
          indent=2)
    if not short:
        doc.p("一、整治重点", font="黑体", indent=2)
        doc.p(f"重点整治{rng.choice(place['towns'])}等农村集贸市场、城乡结合部和电商平台销售侵权假冒商品行为，"
              f"严厉打击商标侵权、假冒专利和地理标志侵权违法行为。", indent=2)
        doc.p("二、工作步骤", font="黑体", indent=2)
        mid = start + dt.timedelta(days=rng.randint(6, 12))
        doc.p(f"（一）自查阶段（{t.date(start, 'md')}—{t.date(mid, 'md')}）。各单位对照任务清单开展自查。", indent=2)
        doc.p(f"（二）检查阶段。{t.date(mid + dt.timedelta(days=3), rng.choice(['cn', 'dot0']))}起，{lv}领导小组办公室"
              f"组织联合检查组开展督导检查。", indent=2)
        doc.p("三、工作要求", font="黑体", indent=2)
    doc.p(f"请各单位于{t.date(due, rng.choice(['cn', 'md', 'slash']))}前将工作总结及佐证材料报送{lv}市场监管局"
          f"知识产权股（联系人：{who}，电话：{d3.tel(rng, place)}）。逾期未报的，按考核细则扣分。", indent=2)


def sign(doc: Doc, t: Truth, rng: random.Random, lines: list[str], day: dt.date, style: str) -> str:
    doc.p("")
    for line in lines:
        doc.p(line + SP * 3, align="right")
    text = t.date(day, style)
    doc.p(text + SP * 3, align="right")
    t.seals.append((text, lines[0]))
    return text


def make_notice(t: Truth, rng: random.Random, place: dict, year: int, layout: str, doc_type: str = "通知",
                lines: int = 2, short: bool = False, seal_no: bool = False, header_text: bool = False) -> Doc:
    """layouts: mark_table (organ mark in a borderless table, 文件 beside it), two_line (a long mark on two lines),
    textbox (the mark and the date block in text boxes), sig_only (no mark: organ in the signature only), joint
    (2–3 organs stacked, 文件 at the right), slip (a 文件处理笺 cover page first), letter (函 with a double rule)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    lv = place["lvl"]
    key = rng.choice(["amr", "dj", "ip", "gov"] if layout != "two_line" else ["dj", "ip"])
    lead, root = organ_of(place, key)
    prefix = root + ({"通知": rng.choice(["发", "发", "字", ""]), "函": "函"}[doc_type])
    year_no, number = year, rng.randint(2, 99)
    brackets = rng.choice(["〔〕", "〔〕", "[]", "【】", "（）"])
    own = pick_date(rng, year, (3, 9))
    action = rng.choice(ACTIONS)
    core = rng.choice([f"关于在全{lv}范围内深入开展{year}年{action}切实维护公平竞争市场秩序和消费者合法权益的通知",
                       f"关于印发《{place['full']}{year}年{action}工作方案》的通知",
                       f"关于做好{year}年度知识产权保护工作检查考核迎检资料收集整理和报送工作的通知"]) \
        if doc_type == "通知" else rng.choice([f"关于商请提供{year}年度{action}开展情况及相关佐证材料的函",
                                               "关于协助核查知识产权侵权案件线索的函"])
    joint = [lead]
    if layout == "joint":
        joint += [organ_of(place, k)[0] for k in rng.sample(["police", "pub", "agri", "culture"], rng.choice([1, 2]))]
    title = core if rng.random() < 0.5 or len(joint) > 1 else lead + core
    t.facts.update(title=title, doc_type=doc_type, organ=lead)
    if header_text:  # a page header some offices keep in their template
        header = doc.d.sections[0].header.paragraphs[0]
        words = [f"{lead}行政规范性文件", "内部资料  注意保存", f"{place['county']}知识产权保护工作"]
        doc.run(header, rng.choice(words), "宋体", 9)
    shown = None
    if layout == "slip":
        got = own + dt.timedelta(days=rng.randint(1, 5))
        shown = t.docno(prefix, year_no, number, brackets)
        doc.p(f"{organ_of(place, 'gov')[0]}文件处理笺", font="黑体", size=20, align="center", spacing=34, after=10)
        doc.p(f"收文编号：第{rng.randint(100, 900)}号{SP * 6}密级：无", size=12, spacing=20, after=6)
        rows = [["来文机关", lead, "收文日期", t.date(got, rng.choice(["cn", "dot", "slash"]))],
                ["文    号", shown, "紧急程度", rng.choice(["平件", "急件"])], ["标    题", title, "", ""],
                ["拟办意见", f"呈{rng.choice(['分管领导', '主要领导'])}阅示，建议转{lv}市场监管局办理。", "", ""],
                ["领导批示", "", "", ""], ["办理结果", "", "", ""]]
        doc.table(rows, [26, 58, 24, 48], font="宋体", size=12, header_rows=0, bold_header=False, repeat=False,
                  merges=((2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3)), left_cols=(1,))
        doc.page_break()
    size = min(34, int(150 * 2.835 / (len(lead) + 2) / 1.1))
    if layout == "textbox":  # the mark drawn in a floating text box, as some Word templates do
        mark = lead + ("文件" if doc_type == "通知" else "")
        msize = min(30, int(150 * 2.835 / len(mark) / 1.1))
        doc.text_box([(mark, "方正小标宋简体", msize, False, RED, "center")], 0, 4, 156, msize * 0.3528 * 1.9)
        doc.p("", spacing=None, before=msize * 2.3)
    elif layout in ("slip", "mark_table") or (layout == "letter" and rng.random() < 0.3):
        doc.table([[lead, "文件" if doc_type == "通知" else "函"]], [120, 36], header_rows=0, borders=False,
                  bold_header=False, repeat=False, align="distribute",
                  fonts={(0, 0): ("方正小标宋简体", min(30, int(120 * 2.835 / len(lead) / 1.05)), RED),
                         (0, 1): ("方正小标宋简体", 36, RED)})
        doc.p("")
    elif layout == "two_line":
        cut = len(lead) - rng.choice([6, 7, 9]) if "办公室" in lead else len(lead) // 2
        size = min(34, int(150 * 2.835 / max(cut, len(lead) - cut + 2) / 1.1))
        doc.lines([lead[:cut], lead[cut:] + ("文件" if doc_type == "通知" else "")], font="方正小标宋简体", size=size,
                  color=RED, align="center", spacing=size * 1.25, before=24, after=14)
    elif layout == "joint":
        jsize = min(26, int(118 * 2.835 / max(len(j) for j in joint) / 1.05))
        for i, j in enumerate(joint):
            doc.p(j + ("  文件" if i == len(joint) - 1 and doc_type == "通知" else ""), font="方正小标宋简体",
                  size=jsize, color=RED, align="distribute" if i < len(joint) - 1 else "center",
                  spacing=jsize * 1.35, before=18 if i == 0 else 0)
        doc.p("")
    elif layout == "letter":
        doc.p(lead, font="方正小标宋简体", size=size, color=RED, align="center", spacing=size * 1.3, before=10)
    if layout != "sig_only":
        shown = shown or t.docno(prefix, year_no, number, brackets)
        if layout == "letter":
            doc.red_line(3, double=True)
            doc.p(shown, align="right")
        else:
            doc.p(shown, align="center")
            doc.red_line()
        if seal_no:
            t.seals.append((shown, lead))
    doc.p("")
    title_block(doc, rng, hs, title, lines)
    doc.p("")
    doc.p(rng.choice([f"各{'乡镇' if lv == '县' else '镇（街）'}人民政府，{lv}直各有关单位：",
                      f"{lv}打击侵权假冒工作领导小组各成员单位：", f"{lv}公安分局、{lv}农业农村局、{lv}文旅广体局："]))
    notice_body(doc, t, rng, place, year, action, short)
    style = rng.choice(["cn", "cn", "upper"])
    if layout == "textbox":
        doc.p("")
        text = t.date(own, style)
        box = doc.text_box([(lead, hs["font"], hs["size"], False, None, "center"),
                            (text, hs["font"], hs["size"], False, None, "center")], 72, 0, 84, 26)
        shape = next(box._p.iter("{urn:schemas-microsoft-com:vml}shape"))  # placed below its paragraph, not on top
        shape.set("style", shape.get("style").replace("vertical-relative:margin", "vertical-relative:text"))
        doc.p("")
        doc.p("")
        t.seals.append((text, lead))
    else:
        sign(doc, t, rng, joint, own, style)
    if not short and rng.random() < 0.5:
        doc.p(f"（此件{rng.choice(['公开发布', '不公开'])}）", indent=2)
    if not short and rng.random() < 0.5:  # the printing line at the foot, with its own date
        doc.red_line(1)
        printed = own + dt.timedelta(days=rng.randint(0, 2))
        doc.p(f"{organ_of(place, 'gov')[0] if key == 'gov' else lead}{SP * 2}{t.date(printed, 'cn')}印发", size=14)
    doc.footer_numbers()
    return doc


# --- minutes ------------------------------------------------------------------------------------------
def make_minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: research (会议研究了以下事项：一、关于…), agenda (labelled 会议议程 with ①②), yishi (一是…二是… in one
    paragraph), form (会议记录 as a Word form with 出席/列席 rows)."""
    hs = house(rng)
    doc = Doc(hs["font"], hs["size"], hs["spacing"])
    lv = place["lvl"]
    held = pick_date(rng, year)
    chair, recorder, *others = names(rng, rng.randint(8, 12))
    position = rng.choice([f"副{lv}长", f"{lv}委常委、副{lv}长", f"{lv}政府办主任", f"{lv}市场监管局局长"])
    meeting = rng.choice(MEETINGS)
    topics = rng.sample(TOPICS, rng.randint(2, 4))
    t.facts["doc_type"] = "会议纪要"
    if style == "research":
        issuer = organ_of(place, rng.choice(["gov", "ip"]))[0]
        title = f"{place['full']}{meeting}纪要"
        title_block(doc, rng, hs, title, rng.choice([1, 2]))
        t.facts.update(title=title, organ=issuer)
        doc.p(f"〔{year}〕第{rng.randint(1, 9)}号", align="center")  # a serial, not a 文号: no organ, no 号 prefix
        doc.p(f"{t.date(held, rng.choice(['cn', 'upper']))}，{position}{chair}主持召开{meeting}，"
              f"{lv}市场监管局、{lv}公安分局等{rng.randint(9, 15)}个成员单位负责同志参加。会议研究了以下事项：",
              indent=2)
        for i, topic in enumerate(topics):
            doc.p(f"{d3.cn_number(i + 1)}、{topic}", font="黑体", indent=2)
            doc.p("会议同意有关单位的意见，要求按照职责分工抓好落实，"
                  f"于{t.date(held + dt.timedelta(days=rng.randint(7, 30)), 'md')}前报送进展情况。", indent=2)
        doc.p(f"出席：{chair}、{'、'.join(others[:4])}")
        doc.p(f"列席：{'、'.join(others[4:])}")
        sign(doc, t, rng, [issuer], held + dt.timedelta(days=rng.randint(1, 4)), "cn")
    elif style == "agenda":
        title = f"{year}年{meeting}会议记录"
        title_block(doc, rng, hs, title, 1)
        t.facts["title"] = title
        doc.p(f"时间：{t.date(held, rng.choice(['cn', 'dot', 'slash']))}（星期{d3.WEEKDAYS[held.weekday()]}）"
              f"{rng.choice(['上午9:00', '下午3:00', '下午14:30'])}")
        doc.p(f"地点：{lv}行政中心{rng.randint(2, 8)}楼{rng.choice(['第一', '第二', '第三'])}会议室")
        doc.p(rng.choice([f"主持：{chair}", f"主持人：{position}{chair}"]))
        doc.p(f"出席：{'、'.join(others[:5])}")
        doc.p(f"列席：{'、'.join(others[5:])}")
        doc.p(f"记录：{recorder}")
        doc.p(rng.choice(["会议议程：", "会议议题："]))
        for i, topic in enumerate(topics):
            doc.p(f"{'①②③④⑤'[i]}{topic}", indent=2)
        doc.p("会议内容：")
        doc.p(f"{chair}：各单位要高度重视，对照考核细则逐项准备佐证材料，"
              f"{t.date(held + dt.timedelta(days=rng.randint(5, 20)), 'md')}前报{lv}市场监管局。", indent=2)
    elif style == "yishi":
        issuer = organ_of(place, rng.choice(["amr", "dj"]))[0]
        title = rng.choice([f"{place['county']}召开{year}年{meeting}", f"关于召开{meeting}的纪要"])
        title_block(doc, rng, hs, title, 1)
        t.facts.update(title=title, organ=issuer)
        ordinal = ["一是", "二是", "三是", "四是"]
        doc.p(f"{t.date(held, 'md')}，{place['county']}{meeting}在{lv}政府常务会议室召开，会议由{position}{chair}主持。"
              f"会议研究了{d3.cn_number(len(topics))}个事项：" + "；".join(ordinal[i] + x for i, x in enumerate(topics))
              + "。", indent=2)
        doc.p(f"会议强调，各成员单位要强化协作配合，确保{year}年度知识产权保护工作检查考核取得好成绩。", indent=2)
        sign(doc, t, rng, [issuer], held + dt.timedelta(days=rng.randint(1, 5)), rng.choice(["cn", "upper"]))
    else:  # form
        title = f"{organ_of(place, 'amr')[0]}会议记录"
        doc.p(title, font=hs["tfont"], size=20, bold=True, align="center", spacing=32, after=10)
        t.facts["title"] = title
        rows = [["会议名称", meeting, "", ""],
                ["时    间", t.date(held, rng.choice(["cn", "cn0", "iso"])), "地    点",
                 f"{lv}市场监管局{rng.randint(2, 6)}楼会议室"],
                ["主 持 人", chair, "记 录 人", recorder], ["出席人员", "、".join(others[:5]), "", ""],
                ["列席人员", "、".join(others[5:]), "", ""],
                ["议    题", "\n".join(f"{i + 1}.{x}" for i, x in enumerate(topics)), "", ""],
                ["会议内容", f"会议传达学习了上级文件精神，{chair}对迎检工作作了部署。", "", ""]]
        doc.table(rows, [24, 56, 24, 52], font=hs["font"], size=12, header_rows=0, bold_header=False, repeat=False,
                  left_cols=(1, 3), merges=((0, 1, 0, 3), (3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3)))
    t.meeting(held, t.facts["title"], chair, topics)
    return doc


# --- sign-in sheets and ledgers typed in Word --------------------------------------------------------
def make_signin(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: typed, hand (signatures in blue ink), long (runs over two pages, header repeated)."""
    doc = Doc("宋体", 12, None, margins=(22, 20, 20, 22))
    day = pick_date(rng, year, (3, 11))
    event = rng.choice([f"{year}年知识产权行政执法培训班", "商标侵权判断标准宣讲会",
                        place["county"] + rng.choice(MEETINGS), "知识产权纠纷调解员业务培训",
                        f"{year}年“4·26”知识产权宣传周启动仪式"])
    title = f"{event}签到表" if rng.random() < 0.7 else f"{event}参会人员签到册"
    doc.p(title, font=rng.choice(["黑体", "方正小标宋简体"]), size=20, bold=True, align="center", spacing=30, after=6)
    doc.p(f"时间：{t.date(day, rng.choice(['cn', 'dot', 'slash0', 'iso']))}{SP * 3}"
          f"地点：{rng.choice(place['towns'])}综合文化站", size=12, spacing=22, after=4)
    t.facts.update(title=title, doc_type="签到表")
    people = names(rng, rng.randint(34, 44) if style == "long" else rng.randint(9, 18))
    blank = rng.randint(1, 4)
    header = rng.choice([["序号", "姓名", "单位", "职务/职称", "联系电话"],
                         ["序号", "单位", "姓名", "职务", "手机号码"]])
    name_col = header.index("姓名")
    rows, fonts = [], {}
    for i in range(len(people) + blank):
        if i < len(people):
            row = [str(i + 1), "", "", rng.choice(d3.POSITIONS), phone(rng)]
            row[name_col], row[3 - name_col] = people[i], rng.choice(lunits(place))
            if style == "hand":
                for c in (name_col, 4):
                    fonts[(i + 1, c)] = ("AR PL UKai CN", rng.choice([13, 14, 15]), "1F3A93")
        else:
            row = [str(i + 1), "", "", "", ""]
        rows.append(row)
    widths = [12, 26, 52, 30, 34] if name_col == 1 else [12, 52, 26, 30, 34]
    doc.table([header, *rows], widths, size=11, spacing=24, fonts=fonts, left_cols=(3 - name_col,))
    t.table(header, rows[:len(people)])
    t.attendance(people)
    return doc


def case_rows(t: Truth, rng: random.Random, place: dict, year: int, n: int, bracket: str) -> list[list[str]]:
    rows = []
    numbers = sorted(rng.sample(range(1, 150), n))
    for i in range(n):
        opened = pick_date(rng, year, (1, 8))
        closed = opened + dt.timedelta(days=rng.randint(10, 90))
        party = (place["county"][:2] + rng.choice(["县城", "城区", ""])
                 + rng.choice(["恒发", "嘉禾", "新世纪", "顺达", "美家"])
                 + rng.choice(["商行", "超市", "服饰店", "五金经营部", "酒类专营店"]))
        cause = rng.choice(["销售侵犯注册商标专用权的商品", "假冒他人专利", "销售假冒地理标志产品",
                            "使用未注册商标冒充注册商标"])
        no = t.docno(organ_of(place, "amr")[1] + "处罚", year, numbers[i], bracket)
        rows.append([str(i + 1), party, cause, t.date(opened, "dot0"), t.date(closed, "dot0"), no,
                     rng.choice(["罚款2万元", "没收侵权商品，罚款8000元", "警告", "罚款1.5万元", "移送公安机关"])])
    return rows


def make_ledger(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: cases (处罚案件登记表 with a ruling column, two-row header, 合计), docs (收文登记簿: 文号 in cells),
    media (宣传报道台账 with 刊发媒体)."""
    doc = Doc("宋体", 10.5, None, margins=(18, 15, 15, 18), landscape=True)
    lv = place["lvl"]
    if style == "cases":
        title = f"{place['full']}{year}年知识产权行政处罚案件登记表"
        top = ["序号", "当事人", "案由", "办案时间", "", "处罚决定书文号", "处罚结果"]
        header = ["序号", "当事人", "案由", "立案日期", "结案日期", "处罚决定书文号", "处罚结果"]
        rows = case_rows(t, rng, place, year, rng.randint(18, 26), rng.choice(["〔〕", "[]"]))
        total = ["合计", f"{len(rows)}件", "", "", "", "", ""]
        merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6)] + [(0, 3, 0, 4)]
        widths = [10, 50, 50, 26, 26, 46, 40]
    elif style == "docs":
        title = f"{place['county']}市场监管局{year}年知识产权工作收文登记簿"
        top = None
        header = ["序号", "收文日期", "来文单位", "文号", "文件标题", "办理情况"]
        rows = []
        style = rng.choice(["md", "cn", "dot0"])
        for i, got in enumerate(sorted(pick_date(rng, year, (1, 11)) for _ in range(rng.randint(10, 16)))):
            src, prefix, yr, num = rng.choice(
                [(f"{lv}政府办", organ_of(place, "gov")[1] + "发", year, rng.randint(1, 90)),
                 (f"{lv}打假办", organ_of(place, "dj")[1] + "发", year, rng.randint(1, 40)),
                 (f"{place['city']}市场监管局", f"{place['city'][:2]}市监知", year, rng.randint(1, 60)),
                 ("省市场监管局", PROV_CITED[place["p"]][0], year, rng.randint(1, 80))])
            no = t.docno(prefix, yr, num, rng.choice(["〔〕", "〔〕", "[]"]))
            rows.append([str(i + 1), t.date(got, style), src, no,
                         f"关于{rng.choice(ACTIONS)}的{rng.choice(['通知', '函', '通报'])}",
                         rng.choice(["已办结", "已传阅", "转执法大队办理"])])
        total = None
        merges = []
        widths = [10, 26, 40, 50, 100, 30]
    else:
        title = f"{place['full']}{year}年知识产权宣传报道台账"
        top = ["序号", "报道情况", "", "", "刊发情况", ""]
        header = ["序号", "报道日期", "报道标题", "报送单位", "刊发媒体", "媒体级别"]
        rows = []
        for i in range(rng.randint(10, 15)):
            level = rng.choice(["国家级", "省级", "省级", "市级"])
            outlet = outlet_for(rng, place, level)
            t.media(outlet, level)
            rows.append([str(i + 1), t.date(pick_date(rng, year, (1, 11)), rng.choice(["cn", "iso"])),
                         f"{place['county']}{rng.choice(['扎实开展', '启动', '深入推进'])}{rng.choice(ACTIONS)}",
                         rng.choice(lunits(place)), outlet, level])
        total = ["合计", "", f"共{len(rows)}篇", "", "", ""]
        merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
        widths = [10, 30, 110, 40, 40, 26]
    doc.p(title, font="方正小标宋简体", size=18, align="center", spacing=28, after=4)
    fill = dt.date(year, 11, rng.randint(15, 30))
    doc.p(f"填报单位（盖章）：{lv}市场监管局{SP * 8}填报日期：{t.date(fill, rng.choice(['cn', 'dot']))}", size=11,
          spacing=20, after=4)
    t.facts.update(title=title, doc_type="统计表")
    t.seals.append(("填报单位", organ_of(place, "amr")[0]))
    printed = ([top] if top else []) + [header, *rows] + ([total] if total else [])
    scale = 267 / sum(widths)
    doc.table(printed, [w * scale for w in widths], size=10.5, header_rows=2 if top else 1, left_cols=(1, 2, 4),
              merges=(*merges, *([(len(printed) - 1, 0, len(printed) - 1, 1)] if total and style != "cases" else [])))
    t.table(header, rows)
    doc.p("注：" + rng.choice(["本表每季度末报送一次。", "案件以结案日期统计。", "请附报道截图或链接。"]), size=10.5,
          spacing=18, before=4)
    return doc


def make_news_doc(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    """A news article pasted into Word, with a 转自 line and a list of related reports from other outlets."""
    doc = Doc(rng.choice(["宋体", "Noto Sans CJK SC", "AR PL UMing CN"]), 12, None)
    day = pick_date(rng, year, (3, 11))
    level = rng.choice(["省级", "市级", "国家级"])
    outlet = {"国家级": rng.choice(NATIONAL), "省级": place["ppapers"][0], "市级": place["paper"]}[level]
    title = f"{place['county']}：{rng.choice(['织密知识产权保护网', '重拳打击侵权假冒', '护航创新发展'])}" \
            f"{rng.choice(['', ' 营造一流营商环境', ' 让创新者安心'])}"
    doc.p(title, font="黑体", size=18, bold=True, align="center", spacing=30, after=6)
    t.facts.update(title=title, doc_type="新闻报道")
    t.media(outlet, level)
    doc.p(f"{rng.choice(['转自：', '来源：'])}{outlet}{SP * 2}{t.date(day, rng.choice(['iso', 'cn', 'slash0']))}",
          size=10.5, align="center", spacing=18, after=8)
    doc.p(f"{t.date(day - dt.timedelta(days=rng.randint(1, 3)), 'md')}，记者从{place['county']}市场监管局了解到，"
          f"今年以来该{place['lvl']}累计查办侵权假冒案件{rng.randint(10, 40)}件，涉案货值{rng.randint(10, 99)}万元。",
          indent=2)
    doc.p(f"{t.span(dt.date(year, 4, 20), dt.date(year, 4, 26), 'md')}，该局在{rng.choice(place['towns'])}"
          f"设立咨询台{rng.randint(3, 9)}个，发放宣传资料{rng.randint(2, 8)}千余份。", indent=2)
    doc.p("相关阅读：", bold=True, before=8)
    for _ in range(2):
        other = rng.choice([o for o in NATIONAL if o != outlet])
        doc.p(f"· {rng.choice(['多地开展知识产权宣传周活动', '市场监管总局发布典型案例', '专家解读商标侵权判断标准'])}"
              f"（{other}）", size=10.5)
    return doc


def first_sheet(wb: openpyxl.Workbook, name: str, title: str, width: int):
    ws = wb.active
    ws.title = name
    d3.xl_title(ws, title, width)
    return ws


# --- XLSX -------------------------------------------------------------------------------------------
def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> list[str]:
    """styles: training (two-row merged header, 合计, notes, hidden withdrawn rows), cases (several sheets, a
    hidden draft sheet), media (刊发媒体 column), signin, quarterly (title not in A1, merged-down unit cells)."""
    wb = openpyxl.Workbook()
    shown: list[str] = []
    lv = place["lvl"]

    def day_cell(day: dt.date, fmt: str, record: bool = True) -> dt.datetime:
        if record:
            shown.append(t.date(day, fmt))
        return dt.datetime(day.year, day.month, day.day)

    if style == "training":
        title = f"{place['county']}{year}年知识产权培训宣传活动统计表"
        ws = first_sheet(wb, "培训宣传", title, 7)
        ws.cell(2, 1, f"填报单位：{lv}市场监管局（盖章）")
        ws.cell(2, 5, "填报时间：")
        ws.cell(2, 6, day_cell(dt.date(year, 12, rng.randint(1, 5)), "cn")).number_format = d3.XL_DATES["cn"]
        d3.xl_write(ws, 3, ["序号", "活动时间", "活动内容", None, "参与情况", None, "备注"], bold=True)
        d3.xl_write(ws, 4, [None, None, "活动名称", "活动形式", "对象", "人数", None], bold=True)
        for a, b in (("A3", "A4"), ("B3", "B4"), ("C3", "D3"), ("E3", "F3"), ("G3", "G4")):
            ws.merge_cells(f"{a}:{b}")
        header = ["序号", "活动时间", "活动名称", "活动形式", "对象", "人数", "备注"]
        fmt = rng.choice(["iso", "cn", "dot0"])
        rows, r, n = [], 5, 0
        hidden = set(rng.sample(range(3, 11), 2))
        for i in range(rng.randint(10, 14)):
            day = pick_date(rng, year, (1, 11))
            visible = i not in hidden
            if visible:
                n += 1
            values = [n if visible else "", day_cell(day, fmt, visible), f"{rng.choice(ACTIONS)}"
                      f"{rng.choice(['培训', '宣讲', '咨询'])}", rng.choice(["线下", "线上", "线上+线下"]),
                      rng.choice(["执法人员", "经营户", "企业", "群众"]), rng.randint(20, 300),
                      "" if visible else "已撤销，不计入"]
            d3.xl_write(ws, r, values, dates={2: d3.XL_DATES[fmt]})
            if visible:
                rows.append([str(n), d3.DATE_STYLES[fmt](day), *[str(v) for v in values[2:6]], ""])
            else:
                ws.row_dimensions[r].hidden = True
            r += 1
        d3.xl_write(ws, r, ["合计", None, f"{n}次", None, None, sum(int(x[5]) for x in rows), None], bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r + 2, 1, "说明：1.活动时间填写举办当日；2.人数以签到表为准；3.隐藏行为已撤销活动。")
        t.facts.update(title=title, doc_type="统计表")
        t.table(header, rows)
    elif style == "cases":
        title = f"{place['full']}{year}年侵权假冒案件查办台账"
        t.facts.update(title=title, doc_type="统计表")
        for k, sheet in enumerate(["行政处罚", "草稿", "刑事案件"]):
            ws = wb.active if k == 0 else wb.create_sheet(sheet)
            ws.title = sheet
            draft = sheet == "草稿"
            if draft:
                ws.sheet_state = "hidden"
            stitle = title if k == 0 else f"{year}年侵权假冒刑事案件情况表" if k == 2 else "草稿（勿报）"
            d3.xl_title(ws, stitle, 6, 14)
            header = ["序号", "案件名称", "决定书文号", "立案时间", "办结时间", "处理结果"] if k != 2 else \
                ["序号", "案件名称", "案号", "受理日期", "承办单位"]
            d3.xl_write(ws, 2, header, bold=True)
            rows = []
            for i in range(rng.randint(5, 10) if k == 0 else rng.randint(2, 4)):
                opened = pick_date(rng, year, (1, 9))
                if k != 2:
                    closed = opened + dt.timedelta(days=rng.randint(12, 60))
                    num = rng.randint(1, 150)
                    bracket = rng.choice(["〔〕", "[]", "（）"])
                    prefix = organ_of(place, "amr")[1] + "罚"
                    no = f"{prefix}{bracket[0]}{year}{bracket[1]}{num}号"
                    if not draft:
                        no = t.docno(prefix, year, num, bracket)
                        shown.append(no)
                    surname = names(rng, 1)[0][0]
                    case = rng.choice(["销售侵权商品案", "假冒专利案", "商标侵权案"])
                    values = [i + 1, surname + "某" + case,
                              no, day_cell(opened, "iso", not draft), day_cell(closed, "iso", not draft),
                              rng.choice(["罚款", "没收并罚款", "警告", "移送公安"])]
                    d3.xl_write(ws, 3 + i, values, dates={4: d3.XL_DATES["iso"], 5: d3.XL_DATES["iso"]})
                    rows.append([str(i + 1), values[1], no, opened.isoformat(), closed.isoformat(), values[5]])
                else:
                    case_no = f"（{year}）{place['p']}{rng.randint(1000, 1999)}刑初{rng.randint(10, 300)}号"
                    values = [i + 1, f"{names(rng, 1)[0]}销售假冒注册商标的商品案", case_no, day_cell(opened, "cn"),
                              organ_of(place, "court")[0]]
                    d3.xl_write(ws, 3 + i, values, dates={4: d3.XL_DATES["cn"]})
                    rows.append([str(i + 1), values[1], case_no, d3.DATE_STYLES["cn"](opened), values[4]])
            if not draft:
                t.table(header, rows)
    elif style == "media":
        title = f"{year}年{place['county']}知识产权保护宣传信息刊发统计表"
        ws = first_sheet(wb, "Sheet1", title, 6)
        ws.cell(2, 1, f"报送单位：{lv}委宣传部")
        header = ["序号", "信息标题", "刊发媒体", "媒体级别", "刊发日期", "备注"]
        d3.xl_write(ws, 3, header, bold=True)
        rows = []
        for i in range(rng.randint(8, 13)):
            level = rng.choice(["国家级", "省级", "市级"])
            outlet = outlet_for(rng, place, level)
            t.media(outlet, level)
            text = t.date(pick_date(rng, year, (1, 11)), rng.choice(["dot", "slash"]))
            shown.append(text)
            values = [str(i + 1), place["county"] + rng.choice(["开展", "部署", "推进"]) + rng.choice(ACTIONS),
                      outlet, level, text, rng.choice(["", "头版", "客户端首页"])]
            d3.xl_write(ws, 4 + i, values)
            rows.append(values)
        d3.xl_write(ws, 4 + len(rows), ["合计", f"{len(rows)}篇", None, None, None, None], bold=True)
        ws.cell(6 + len(rows), 1, "注：同一信息被多家媒体刊发的，分别填报。")
        t.facts.update(title=title, doc_type="统计表")
        t.table(header, rows)
    elif style == "signin":
        event = rng.choice(["知识产权执法业务培训", "商标品牌培育工作座谈会", "知识产权宣传周启动仪式"])
        title = f"{year}年{event}签到表"
        ws = first_sheet(wb, "签到", title, 5)
        day = pick_date(rng, year, (3, 11))
        ws.cell(2, 1, "时间：")
        ws.cell(2, 2, day_cell(day, "cn")).number_format = d3.XL_DATES["cn"]
        ws.cell(2, 4, f"地点：{lv}市场监管局会议室")
        header = ["序号", "单位", "姓名", "职务", "联系电话"]
        d3.xl_write(ws, 3, header, bold=True)
        people = names(rng, rng.randint(10, 22))
        rows = []
        for i, who in enumerate(people):
            values = [str(i + 1), rng.choice(lunits(place)), who, rng.choice(d3.POSITIONS), phone(rng)]
            d3.xl_write(ws, 4 + i, values)
            rows.append(values)
        for k in range(rng.randint(2, 5)):
            d3.xl_write(ws, 4 + len(people) + k, [str(len(people) + 1 + k), None, None, None, None])
        t.facts.update(title=title, doc_type="签到表")
        t.table(header, rows)
        t.attendance(people)
    else:  # quarterly: several visible sheets, title in B2, unit cells merged down
        title = None
        for k, quarter in enumerate(["一季度", "二季度", "三季度"]):
            ws = wb.active if k == 0 else wb.create_sheet(quarter)
            ws.title = quarter
            stitle = f"{place['county']}{year}年{quarter}知识产权执法情况统计表"
            title = title or stitle
            ws.cell(2, 2, stitle).font = Font(name="黑体", size=15)
            ws.cell(2, 2).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=6)
            header = ["执法部门", "检查日期", "检查对象", "发现问题", "处理情况"]
            d3.xl_write(ws, 4, header, bold=True, first_col=2)
            rows, r = [], 5
            for dept in rng.sample(lunits(place)[:7], 3):
                first = r
                for _ in range(rng.randint(1, 3)):
                    day = pick_date(rng, year, (3 * k + 1, 3 * k + 3))
                    values = [dept if r == first else None, day_cell(day, "slash"),
                              f"{rng.choice(place['towns'])}{rng.choice(['农贸市场', '商超', '药店', '批发市场'])}",
                              rng.choice(["无", "涉嫌商标侵权", "标识不规范"]),
                              rng.choice(["责令整改", "立案调查", "无"])]
                    d3.xl_write(ws, r, values, dates={3: d3.XL_DATES["slash"]}, first_col=2)
                    rows.append([dept, d3.DATE_STYLES["slash"](day), *values[2:]])
                    r += 1
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            t.table(header, rows)
        t.facts.update(title=title, doc_type="统计表")
    for ws in wb.worksheets:
        for col, width in zip("ABCDEFG", (8, 18, 34, 22, 16, 14, 16), strict=True):
            ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = d3.FIXED
    wb.properties.creator = wb.properties.lastModifiedBy = "user"
    d3.save_xlsx(wb, path)
    return shown + [t.facts["title"]]


# --- screenshots ------------------------------------------------------------------------------------
def news_paragraphs(t: Truth, rng: random.Random, place: dict, year: int, day: dt.date, style: str,
                    report: str = "") -> list[tuple[str, Truth]]:
    scratch = [Truth(t.kind, t.fmt) for _ in range(3)]
    county, lv = place["county"], place["lvl"]
    before = day - dt.timedelta(days=rng.randint(1, 4))
    span = scratch[1].span(dt.date(year, 4, 20), dt.date(year, 4, 26), style)
    paras = [f"{report}{scratch[0].date(before, style)}，{county}市场监管局联合{lv}公安分局在"
             f"{rng.choice(place['towns'])}开展{rng.choice(ACTIONS)}，检查经营户{rng.randint(30, 200)}家，"
             f"查扣涉嫌侵权商品{rng.randint(40, 800)}件。",
             f"{span}知识产权宣传周期间，该{lv}组织执法人员走进商圈、校园，发放宣传资料{rng.randint(2, 9)}000余份，"
             f"受理群众咨询{rng.randint(100, 500)}人次。",
             "下一步，该局将持续加大执法力度，不断提升知识产权保护水平。"]
    return list(zip(paras, scratch, strict=True))


def related(c: Canvas, t: Truth, rng: random.Random, place: dict, year: int, x: int, y: float, width: int,
            size: int, limit: int, dated: bool = True) -> float:
    """A related-news list: other articles, their dates, sometimes their outlets (not this article's source)."""
    for _ in range(rng.randint(3, 5)):
        day = pick_date(rng, year, (1, 11))
        headline = rng.choice([f"{place['city']}开展知识产权宣传进企业活动", "全省知识产权保护工作会议召开",
                               f"{rng.choice(NATIONAL)}：多地严打侵权假冒", f"{place['county']}召开迎检工作部署会",
                               "市场监管总局公布知识产权执法典型案例"])
        if y + size * 1.8 > limit:
            break
        c.text(x, y, "· " + headline, "sans", size, (40, 60, 120))
        if dated:
            c.text(x + width, y, t.date(day, "iso"), "sans", size, (130, 130, 130), anchor="ra")
        y += size * 1.8
    return y


def shot_portal(t: Truth, rng: random.Random, place: dict, year: int):
    """A county government portal: banner (a site, not an outlet), breadcrumb, title over up to two lines, meta line
    with 来源, article, related links, footer with 主办, ICP and 公安备案 numbers."""
    c = Canvas(1600, 2200)
    day = pick_date(rng, year, (3, 11))
    site = f"{place['full']}人民政府"
    c.d.rectangle([0, 0, 1600, 160], fill=(20, 70, 150))
    c.text(120, 45, site, "serif_bold", 60, (255, 255, 255))
    c.d.rectangle([0, 160, 1600, 215], fill=(14, 55, 120))
    for i, item in enumerate(["首页", "政务公开", "政务服务", "互动交流", "数据开放"]):
        c.text(160 + i * 260, 172, item, "sans", 28, (255, 255, 255))
    c.text(120, 240, "您当前的位置：首页 > 政务公开 > 部门动态", "sans", 24, (100, 100, 100))
    action = rng.choice(ACTIONS)
    title = rng.choice([f"{place['county']}市场监管局联合多部门开展{year}年{action}暨知识产权保护进市场活动",
                        f"{place['county']}召开{year}年知识产权保护工作领导小组全体会议 部署迎接省级检查考核工作",
                        f"{place['county']}开展{action}"])
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(200, 310, 1200, title, "sans_bold", 44, (20, 20, 20), lead=1.45, align="center") + 10
    source = rng.choice(["gov", "paper", "ppaper"])
    src = {"gov": f"{place['lvl']}市场监管局", "paper": place["paper"], "ppaper": place["ppapers"][0]}[source]
    if source != "gov":
        t.media(src, "市级" if source == "paper" else "省级")
    when = t.date(day, rng.choice(["iso", "cn"]))
    c.text(800, y, f"来源：{src}    发布时间：{when}    浏览量：{rng.randint(80, 4000)}", "sans", 24, (120, 120, 120),
           anchor="ma")
    y += 60
    c.d.line([150, y, 1450, y], fill=(210, 210, 210), width=2)
    y += 30
    face = rng.choice(["ming", "sans"])
    for para, scratch in news_paragraphs(t, rng, place, year, day, rng.choice(["md", "cn"])):
        ny = c.wrap(150, y, 1300, para, face, 32, (40, 40, 40), lead=1.9, indent=2,
                    limit=1650)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 10
    y += 20
    c.text(150, y, "相关链接", "sans_bold", 30, (20, 70, 150))
    y = related(c, t, rng, place, year, 150, y + 55, 1300, 26, 1900)
    foot = int(y) + 40
    c.d.rectangle([0, foot, 1600, foot + 200], fill=(235, 238, 242))
    c.text(800, foot + 30, f"主办单位：{place['full']}人民政府办公室    承办：{place['county']}政务服务数据管理局",
           "sans", 22, (90, 90, 90), anchor="ma")
    c.text(800, foot + 75, f"{place['p']}ICP备{rng.randint(10000000, 99999999)}号-1    {place['p']}公网安备 "
           f"{rng.randint(10**13, 10**14 - 1)}号    网站标识码{rng.randint(10**9, 10**10 - 1)}", "sans", 22,
           (90, 90, 90), anchor="ma")
    c.text(800, foot + 120, f"合作媒体：{' | '.join(rng.sample(NATIONAL, 3))} | {place['ppapers'][1]}", "sans", 22,
           (90, 90, 90), anchor="ma")
    return c.crop(foot + 200), c.texts


def shot_wechat(t: Truth, rng: random.Random, place: dict, year: int, ending: str):
    """A government WeChat article; `ending` = source (来源：outlet at the end), reprint (转自 at the top) or none;
    a 往期推荐 list below."""
    c = Canvas(1080, 2340)
    y = d3.status_bar(c, rng)
    c.text(50, y + 10, "×", "sans", 46, (20, 20, 20))
    y += 110
    day = pick_date(rng, year, (3, 11))
    title = rng.choice([f"{place['county']}：知识产权保护“组合拳”打出加速度",
                        f"守护创新！{place['county']}开展{rng.choice(ACTIONS)}",
                        f"{year}年{place['county']}知识产权保护十大典型案例发布"])
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(50, y, 980, title, "sans_bold", 56, (20, 20, 20), lead=1.45) + 16
    account = rng.choice([f"{place['county']}发布", f"{place['county'][:-1]}市场监管", f"清风{place['county'][:-1]}"])
    x = 50 + c.text(50, y, account, "sans", 32, (87, 107, 149))
    c.text(x + 24, y, f"{t.date(day, rng.choice(['cn', 'iso']))} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
           "sans", 32, (150, 150, 150))
    y += 80
    level = rng.choice(["市级", "省级"])
    outlet = place["paper"] if level == "市级" else rng.choice(place["ppapers"])
    if ending == "reprint":
        c.text(50, y, f"转自：{outlet}", "sans", 32, (150, 150, 150))
        t.media(outlet, level)
        y += 70
    for para, scratch in news_paragraphs(t, rng, place, year, day, "md"):
        ny = c.wrap(50, y, 980, para, "sans", 44, (40, 40, 40), lead=1.8, limit=1800)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 30
    if ending == "source":
        c.text(50, y, f"来源：{outlet}", "sans", 32, (150, 150, 150))
        t.media(outlet, level)
        y += 60
    c.text(50, y, f"编辑：{names(rng, 1)[0]}    审核：{names(rng, 1)[0]}", "sans", 30, (150, 150, 150))
    y += 80
    c.text(50, y, "往期推荐", "sans_bold", 36, (20, 20, 20))
    related(c, t, rng, place, year, 50, y + 60, 980, 32, 2300, dated=False)
    return c.img, c.texts


def shot_app(t: Truth, rng: random.Random, place: dict, year: int):
    """A provincial news app: masthead (the outlet), 据…报道 in the lead, a 热门推荐 list naming other outlets."""
    c = Canvas(1080, 2340)
    y = d3.status_bar(c, rng)
    app = place["app"]
    c.d.rectangle([0, y, 1080, y + 110], fill=(190, 20, 30))
    c.text(540, y + 25, app, "sans_bold", 50, (255, 255, 255), anchor="ma")
    t.media(app, "省级")
    y += 150
    day = pick_date(rng, year, (3, 11))
    title = rng.choice([f"{place['city']}{place['county']}重拳出击 侵权假冒无处藏身",
                        f"{place['county']}知识产权保护工作获省级通报表扬"])
    t.facts.update(title=title, doc_type="新闻报道")
    y = c.wrap(50, y, 980, title, "serif_bold", 60, (20, 20, 20), lead=1.4) + 20
    c.text(50, y, f"{app}客户端  {t.date(day, 'iso')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", "sans", 32,
           (130, 130, 130))
    y += 80
    report = ""
    if rng.random() < 0.6:
        other = rng.choice([place["paper"], place["ppapers"][0]])
        t.media(other, "市级" if other == place["paper"] else "省级")
        report = f"据{other}报道，"
    for para, scratch in news_paragraphs(t, rng, place, year, day, "md", report):
        ny = c.wrap(50, y, 980, para, "sans", 46, (40, 40, 40), lead=1.75, limit=1850)
        if ny is None:
            break
        t.merge(scratch)
        y = ny + 30
        report = ""
    c.text(50, y, "热门推荐", "sans_bold", 36, (190, 20, 30))
    y += 60
    for _ in range(3):
        other = rng.choice(NATIONAL)
        headline = rng.choice(["知识产权强国建设纲要解读", "打击侵权假冒成效显著", "商标注册便利化改革"])
        c.text(50, y, f"{other}｜{headline}", "sans", 34, (60, 60, 60))
        c.text(50, y + 50, rng.choice(["3小时前", "昨天", "2天前"]) + f"  {rng.randint(2, 90)}评", "sans", 28,
               (160, 160, 160))
        y += 110
    return c.img, c.texts


# --- captures -----------------------------------------------------------------------------------------
def encoded(img: Image.Image, fmt: str, quality: int, dpi: int | None = None) -> bytes:
    """An image as the bytes of a .jpg or .png file (a scanner's PNG carries its resolution, compressed lightly)."""
    buffer = io.BytesIO()
    if fmt == "jpg":
        img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    else:
        img.save(buffer, "PNG", **({"dpi": (dpi, dpi), "compress_level": 1} if dpi else {}))
    return buffer.getvalue()


def capture(job: tuple) -> None:
    """Make one scan, photo or photo-PDF (runs in a worker process)."""
    name, kind, fmt, source, opts, seals, out = job
    rng = random.Random(f"dev4/{name}/capture")
    if kind == "scan":
        dpi = opts["dpi"]
        images = [d3.scanned(p, rng, opts["mode"], dpi) for p in d3.render_pdf(Path(source), dpi, seals, rng)]
        quality = rng.randint(45, 85)
        if fmt == "pdf":
            data = d3.image_pdf(images, dpi, quality)
        else:
            first = images[0].convert("L" if opts["mode"] != "colour" else "RGB") if fmt == "jpg" else images[0]
            data = encoded(first, fmt, quality, dpi)
    else:
        pages = d3.render_pdf(Path(source), 200, seals, rng) if str(source).endswith(".pdf") else \
            [np.array(Image.open(source).convert("RGB"))]
        shots = [d3.photographed(page, rng, opts.get("screen", False)) for page in pages]
        if fmt == "pdf":  # photos put into a PDF, one a page, shrunk as phones' "share as PDF" do
            data = d3.image_pdf([s.resize((s.width // 2, s.height // 2)) for s in shots], 180, rng.randint(55, 80))
        else:
            data = encoded(shots[0], "jpg", rng.randint(45, 88))
    Path(out).write_bytes(data)


def maker(fn, *args, **kw):
    """A PLAN entry's maker: fn(t, rng, place, year, *args, **kw)."""
    return lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw)


notice, minutes, signin, ledger = (functools.partial(maker, fn) for fn in (make_notice, make_minutes, make_signin,
                                                                          make_ledger))


def scan(dpi, mode):
    return {"dpi": dpi, "mode": mode}


# name → (kind, format, (source, maker), capture options)
PLAN: list[tuple[str, str, str, tuple, dict]] = [
    # text PDFs from Word
    ("通知-01.pdf", "text_pdf", "pdf", ("doc", notice("mark_table", lines=3)), {}),
    ("通知-02.pdf", "text_pdf", "pdf", ("doc", notice("joint", lines=2)), {}),
    ("通知-03.pdf", "text_pdf", "pdf", ("doc", notice("sig_only", lines=2, header_text=True)), {}),
    ("函-01.pdf", "text_pdf", "pdf", ("doc", notice("letter", "函", lines=2)), {}),
    ("会议纪要-01.pdf", "text_pdf", "pdf", ("doc", minutes("research")), {}),
    ("会议记录-02.pdf", "text_pdf", "pdf", ("doc", minutes("agenda")), {}),
    ("登记表-案件-01.pdf", "text_pdf", "pdf", ("doc", ledger("cases")), {}),
    ("签到表-01.pdf", "text_pdf", "pdf", ("doc", signin("long")), {}),
    ("新闻报道-01.pdf", "text_pdf", "pdf", ("doc", maker(make_news_doc)), {}),
    # DOCX
    ("通知-04.docx", "docx", "docx", ("doc", notice("mark_table", lines=2, header_text=True)), {}),
    ("通知-05.docx", "docx", "docx", ("doc", notice("textbox", lines=3)), {}),
    ("通知-06.docx", "docx", "docx", ("doc", notice("sig_only", lines=1)), {}),
    ("通知-07.docx", "docx", "docx", ("doc", notice("joint", lines=3)), {}),
    ("通知-08.docx", "docx", "docx", ("doc", notice("two_line", lines=2)), {}),
    ("函-02.docx", "docx", "docx", ("doc", notice("letter", "函", lines=1, header_text=True)), {}),
    ("会议纪要-03.docx", "docx", "docx", ("doc", minutes("yishi")), {}),
    ("会议记录-04.docx", "docx", "docx", ("doc", minutes("form")), {}),
    ("会议记录-05.docx", "docx", "docx", ("doc", minutes("agenda")), {}),
    ("签到表-02.docx", "docx", "docx", ("doc", signin("typed")), {}),
    ("签到表-03.docx", "docx", "docx", ("doc", signin("long")), {}),
    ("登记簿-收文-01.docx", "docx", "docx", ("doc", ledger("docs")), {}),
    ("台账-宣传-01.docx", "docx", "docx", ("doc", ledger("media")), {}),
    ("登记表-案件-02.docx", "docx", "docx", ("doc", ledger("cases")), {}),
    ("新闻报道-02.docx", "docx", "docx", ("doc", maker(make_news_doc)), {}),
    # XLSX
    ("统计表-培训-01.xlsx", "xlsx", "xlsx", ("xlsx", "training"), {}),
    ("统计表-培训-02.xlsx", "xlsx", "xlsx", ("xlsx", "training"), {}),
    ("台账-案件-01.xlsx", "xlsx", "xlsx", ("xlsx", "cases"), {}),
    ("台账-案件-02.xlsx", "xlsx", "xlsx", ("xlsx", "cases"), {}),
    ("统计表-宣传-01.xlsx", "xlsx", "xlsx", ("xlsx", "media"), {}),
    ("统计表-宣传-02.xlsx", "xlsx", "xlsx", ("xlsx", "media"), {}),
    ("签到表-04.xlsx", "xlsx", "xlsx", ("xlsx", "signin"), {}),
    ("统计表-季度-01.xlsx", "xlsx", "xlsx", ("xlsx", "quarterly"), {}),
    # scans
    ("扫描件-通知-01.pdf", "scan", "pdf", ("doc", notice("mark_table", lines=2, seal_no=True)), scan(150, "grey")),
    ("扫描件-通知-02.pdf", "scan", "pdf", ("doc", notice("two_line", lines=3)), scan(300, "bw")),
    ("扫描件-通知-03.pdf", "scan", "pdf", ("doc", notice("joint", lines=2, seal_no=True)), scan(200, "colour")),
    ("扫描件-通知-04.pdf", "scan", "pdf", ("doc", notice("slip", lines=2)), scan(150, "grey")),
    ("扫描件-通知-05.jpg", "scan", "jpg", ("doc", notice("sig_only", lines=2, short=True)), scan(100, "grey")),
    ("扫描件-通知-06.pdf", "scan", "pdf", ("doc", notice("slip", lines=3)), scan(150, "bw")),
    ("扫描件-通知-07.png", "scan", "png", ("doc", notice("two_line", lines=1, short=True, seal_no=True)),
     scan(200, "colour")),
    ("扫描件-函-01.pdf", "scan", "pdf", ("doc", notice("letter", "函", lines=2, seal_no=True)), scan(200, "grey")),
    ("扫描件-函-02.jpg", "scan", "jpg", ("doc", notice("letter", "函", lines=1, short=True)), scan(150, "colour")),
    ("扫描件-会议纪要-01.pdf", "scan", "pdf", ("doc", minutes("research")), scan(200, "grey")),
    ("扫描件-会议纪要-02.pdf", "scan", "pdf", ("doc", minutes("yishi")), scan(100, "grey")),
    ("扫描件-会议记录-03.jpg", "scan", "jpg", ("doc", minutes("form")), scan(150, "grey")),
    ("扫描件-会议记录-04.png", "scan", "png", ("doc", minutes("agenda")), scan(300, "grey")),
    ("扫描件-签到表-01.pdf", "scan", "pdf", ("doc", signin("hand")), scan(150, "colour")),
    ("扫描件-签到表-02.pdf", "scan", "pdf", ("doc", signin("long")), scan(200, "bw")),
    ("扫描件-登记表-案件-01.pdf", "scan", "pdf", ("doc", ledger("cases")), scan(200, "grey")),
    ("扫描件-登记簿-收文-01.pdf", "scan", "pdf", ("doc", ledger("docs")), scan(150, "grey")),
    ("扫描件-台账-宣传-01.pdf", "scan", "pdf", ("doc", ledger("media")), scan(300, "grey")),
    ("扫描件-新闻报道-01.pdf", "scan", "pdf", ("doc", maker(make_news_doc)), scan(150, "colour")),
    # phone photos
    ("照片-通知-01.jpg", "photo", "jpg", ("doc", notice("mark_table", lines=2, short=True, seal_no=True)), {}),
    ("照片-通知-02.jpg", "photo", "jpg", ("doc", notice("two_line", lines=3, short=True)), {}),
    ("照片-通知-03.jpg", "photo", "jpg", ("doc", notice("joint", lines=2, short=True, seal_no=True)), {}),
    ("照片-通知-04.jpg", "photo", "jpg", ("doc", notice("sig_only", lines=2, short=True)), {}),
    ("照片-通知-05.jpg", "photo", "jpg", ("doc", notice("textbox", lines=2, short=True)), {}),
    ("照片-函-01.jpg", "photo", "jpg", ("doc", notice("letter", "函", lines=2, short=True, seal_no=True)), {}),
    ("照片-会议纪要-01.jpg", "photo", "jpg", ("doc", minutes("yishi")), {}),
    ("照片-会议记录-02.jpg", "photo", "jpg", ("doc", minutes("form")), {}),
    ("照片-会议记录-03.jpg", "photo", "jpg", ("doc", minutes("agenda")), {}),
    ("照片-会议纪要-04.jpg", "photo", "jpg", ("doc", minutes("research")), {}),
    ("照片-签到表-01.jpg", "photo", "jpg", ("doc", signin("hand")), {}),
    ("照片-签到表-02.jpg", "photo", "jpg", ("doc", signin("hand")), {}),
    ("照片-签到表-03.jpg", "photo", "jpg", ("doc", signin("typed")), {}),
    ("照片-签到表-两页-04.pdf", "photo", "pdf", ("doc", signin("long")), {}),
    ("照片-登记表-案件-01.pdf", "photo", "pdf", ("doc", ledger("cases")), {}),
    ("照片-登记簿-收文-01.pdf", "photo", "pdf", ("doc", ledger("docs")), {}),
    ("照片-屏幕-政府网站-01.jpg", "photo", "jpg", ("shot", maker(shot_portal)), {"screen": True}),
    ("照片-屏幕-公众号-01.jpg", "photo", "jpg", ("shot", maker(shot_wechat, ending="source")), {"screen": True}),
    ("照片-屏幕-新闻客户端-01.jpg", "photo", "jpg", ("shot", maker(shot_app)), {"screen": True}),
    # screenshots
    ("截图-政府网站-01.png", "screenshot", "png", ("shot", maker(shot_portal)), {}),
    ("截图-政府网站-02.png", "screenshot", "png", ("shot", maker(shot_portal)), {}),
    ("截图-政府网站-03.jpg", "screenshot", "jpg", ("shot", maker(shot_portal)), {}),
    ("截图-政府网站-04.png", "screenshot", "png", ("shot", maker(shot_portal)), {}),
    ("截图-政府网站-05.jpg", "screenshot", "jpg", ("shot", maker(shot_portal)), {}),
    ("截图-公众号-01.png", "screenshot", "png", ("shot", maker(shot_wechat, ending="source")), {}),
    ("截图-公众号-02.png", "screenshot", "png", ("shot", maker(shot_wechat, ending="reprint")), {}),
    ("截图-公众号-03.jpg", "screenshot", "jpg", ("shot", maker(shot_wechat, ending="none")), {}),
    ("截图-公众号-04.png", "screenshot", "png", ("shot", maker(shot_wechat, ending="reprint")), {}),
    ("截图-公众号-05.jpg", "screenshot", "jpg", ("shot", maker(shot_wechat, ending="source")), {}),
    ("截图-新闻客户端-01.png", "screenshot", "png", ("shot", maker(shot_app)), {}),
    ("截图-新闻客户端-02.jpg", "screenshot", "jpg", ("shot", maker(shot_app)), {}),
    ("截图-新闻客户端-03.png", "screenshot", "png", ("shot", maker(shot_app)), {}),
    ("会议纪要-06.docx", "docx", "docx", ("doc", minutes("research")), {}),
    ("台账-案件-03.xlsx", "xlsx", "xlsx", ("xlsx", "cases"), {}),
    ("扫描件-签到表-03.jpg", "scan", "jpg", ("doc", signin("hand")), scan(200, "grey")),
    ("扫描件-会议记录-05.pdf", "scan", "pdf", ("doc", minutes("form")), scan(300, "bw")),
    ("照片-会议纪要-05.jpg", "photo", "jpg", ("doc", minutes("yishi")), {}),
    ("照片-台账-宣传-01.pdf", "photo", "pdf", ("doc", ledger("media")), {}),
    ("截图-政府网站-06.png", "screenshot", "png", ("shot", maker(shot_portal)), {}),
]


def build(out: Path, work: Path) -> tuple[dict[str, Truth], list[tuple[str, Path]], list[tuple]]:
    """Write every DOCX source, screenshot and XLSX; returns the truths, the DOCX to print and the captures due."""
    truths: dict[str, Truth] = {}
    docs, jobs = [], []
    for i, (name, kind, fmt, (source, make), opts) in enumerate(PLAN):
        rng = random.Random(f"dev4/{name}")
        place, year = PLACES[i % len(PLACES)], rng.choice([2022, 2023, 2023, 2023])
        t = truths[name] = Truth(kind, fmt)
        if source == "xlsx":
            d3.check_printed(name, t, "\n".join(make_xlsx(t, rng, place, year, make, out / name)))
        elif source == "doc":
            docs.append((name, make(t, rng, place, year).save(work / f"src{i:02d}.docx")))
        else:
            img, texts = make(t, rng, place, year)
            d3.check_printed(name, t, "\n".join(texts))
            if kind == "photo":
                img.save(work / f"src{i:02d}.png")
                jobs.append((name, kind, fmt, str(work / f"src{i:02d}.png"), opts, [], str(out / name)))
            else:
                (out / name).write_bytes(encoded(img, fmt, rng.randint(65, 92) if fmt == "jpg" else 0))
    return truths, docs, jobs


def printed(docs: list[tuple[str, Path]], truths: dict[str, Truth], out: Path, work: Path) -> list[tuple]:
    """Print the DOCX sources with LibreOffice (two batches at once), check what they print, copy the text PDFs
    and DOCX into `out`; returns the captures to make from the PDFs."""
    import concurrent.futures

    half = (len(docs) + 1) // 2
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        pdfs: dict[Path, Path | None] = {}
        for part in pool.map(lambda batch: d3.convert([p for _, p in batch], "pdf", work / "pdf"),
                             (docs[:half], docs[half:])):
            pdfs.update(part)
    jobs, problems = [], []
    for name, path in docs:
        t, pdf = truths[name], pdfs[path]
        if pdf is None:
            raise SystemExit(f"{name}: LibreOffice made no PDF")
        text, t.pages = d3.pdf_text(pdf)
        d3.check_printed(name, t, text + "\n" + d3.docx_text(path))
        if t.fmt in ("jpg", "png") and t.pages != 1:
            problems.append(f"{name}: a {t.kind} {t.fmt} must come from a one-page document, not {t.pages}")
        elif t.kind in ("text_pdf", "docx"):
            shutil.copyfile(pdf if t.kind == "text_pdf" else path, out / name)
        else:
            options = {p[0]: p[4] for p in PLAN}[name]
            jobs.append((name, t.kind, t.fmt, str(pdf), options, t.seals, str(out / name)))
    if problems:
        raise SystemExit("\n".join(problems))
    return jobs


def main(argv: list[str]) -> None:
    started = time.time()
    if len(argv) != 2:
        raise SystemExit("用法：.venv/bin/python bench/dev4/make_dev4.py 输出目录（例如 /tmp/dev4）")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ipdocs-dev4-"))
    try:
        truths, docs, jobs = build(out, work)
        jobs += printed(docs, truths, out, work)
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(2) as pool:
            pool.map(capture, jobs, chunksize=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    files = {name: truths[name].export() for name in sorted(truths)}
    text = yaml.safe_dump({"split": "dev4", "generator": "bench/dev4/make_dev4.py", "files": files},
                          allow_unicode=True, sort_keys=False, width=1000)
    for target in (out / "truth.yaml", ROOT / "bench" / "dev4" / "truth.yaml"):
        target.write_text(text, encoding="utf-8")
    kinds = sorted({f["kind"] for f in files.values()})
    counts = ", ".join(f"{k} {sum(f['kind'] == k for f in files.values())}" for k in kinds)
    print(f"dev4: {len(files)} files in {out} ({counts}) in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
