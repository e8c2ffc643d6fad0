"""A seventh tuning corpus for the extraction benchmark (issue 15), written blind: its author never read the
extractor, its tests, its output vocabulary or the other corpora's truth conventions, and never ran it.

    .venv/bin/python bench/dev7/make_dev7.py DIR      # writes DIR/<files>, DIR/truth.yaml and bench/dev7/truth.yaml

About 80 files, weighted towards DOCX house styles, XLSX ledgers, news screenshots naming many outlets, photographed
minutes and sign-in sheets, scanned and photographed tables, and notices as text PDFs and scans with seals over the
date. Rendering helpers (the DOCX builder, LibreOffice printing, seals, the scanner and the camera) come from
bench/dev3 and bench/dev6; every text, layout and label here is this file's own. Places, people and phones are
invented.

Truth conventions (a careful clerk of the lead office sorting what the units sent):
- kind: text_pdf, scan, photo, screenshot, docx, xlsx; pages: printed pages (an image has one).
- title: the document's own heading as printed, lines joined without spaces; never the organ mark, the 文号 line,
  the site or account name. An XLSX: the title row of its first data sheet. A screenshot: the article headline.
  Minutes: the heading (…会议纪要 / …会议记录); a sign-in sheet: its heading (…签到表).
- organ: the full name of whoever issued or produced the document, as written in full on it (the signature or
  the seal's organ, not a shortened red mark: a mark 石湾区市场监管局文件 signed 石湾区市场监督管理局 gives the
  latter). Joint issuers: all of them, in the order signed, joined with 、. A ledger or a sign-in sheet: the
  填报单位 / 报送单位 / 主办单位 printed on it, otherwise no organ. Minutes: the office that issued the 纪要
  (masthead or signature); a 会议记录 form names no issuer, so none. A news report: the outlet that first
  published it (the outlet of its 来源 line, the original of a 转载 chain, or else the outlet whose page or
  account it is); a government unit named as 来源 or 供稿 is the organ when no outlet is.
- doc_type: what the document calls itself, as the catalogue's 材料类型 column writes it — the genre word its
  title ends with: 通知 意见 决定 通报 请示 批复 计划 要点 方案 报告 总结 函 简报; minutes 会议纪要 or 会议记录;
  tables 台账 统计表 一览表 登记表 汇总表 名单 (the word their title ends with); 签到表; news reports 新闻报道.
- doc_numbers: every 文号 printed anywhere (heading, body, cited documents, table cells, open-government grids),
  written 〔year〕; issue numbers of minutes and briefings (〔2023〕第7期, 第12期) are not 文号.
- dates: every full calendar date printed anywhere (signature, body, table cells, page meta lines, related links),
  whatever its style (2023年5月18日, 二〇二三年五月十八日, 2023.5.18, 2023/06/08, 2023-06-08); a range such as
  2023年7月1日至31日 gives both ends. Month-only dates and clock times are not dates. A screen's status-bar clock
  is not a date.
- media: the outlets that carried the report: the source outlet, every outlet of a 转载 chain, and the page's own
  outlet when the page belongs to a news outlet (newspaper, broadcaster, their sites and apps, a county
  融媒体中心). Government websites and government accounts (…发布, …市场监管), related links, 推荐阅读, 主办单位
  footers and editor lines are not media. level: 央级, 省级, 市级, 县级 by the outlet's owner. A media register
  sheet lists its outlets the same way (rows of government accounts are not media).
- tables: every logical table: header = the lowest header row's labels (a merged parent label such as 办理时间
  over 立案日期/结案日期 is dropped, the leaves kept); rows = records only (no title row, header rows, 合计/小计 rows,
  注 lines or blank rows), cells as displayed; a table over two pages is one table. A sign-in grid's rows are the
  lines someone signed. Not tables: borderless layout tables that place a red mark, a 文号 or a signature, and
  label/value forms (a 会议记录 form of 会议名称/时间/地点/主持人…).
- meetings (minutes only): date = the day the meeting was held (not the day the minutes were issued), title = the
  meeting's name, chair = the person's name alone, topics = the agenda items as printed without their numbering
  and final punctuation.
- attendance (sign-in sheets only): count = names signed, names = those names in order.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import multiprocessing
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import yaml
from openpyxl.styles import Alignment, Border, Font, Side

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, rel: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / rel)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


d3 = _load("make_dev3", "bench/dev3/make_dev3.py")  # Truth, Doc, Canvas, printing, seals
d6 = _load("make_dev6", "bench/dev6/make_dev6.py")  # scanner and camera
Truth, Doc, Canvas, SP, RED = d3.Truth, d3.Doc, d3.Canvas, d3.SP, d3.RED

# --- invented places ---------------------------------------------------------------------------------------------
# province, province abbreviation, city, city abbreviation, county, county abbreviation, towns,
# province outlets, city outlets, county outlet, area code
PLACES = [
    dict(prov="南岭省", pa="岭", city="桐州市", ca="桐", county="石湾区", a="石湾",
         towns=["白鹭街道", "龙塘镇", "花坪镇"],
         pm=["南岭日报", "南岭广播电视台", "南岭+"], cm=["桐州日报", "桐州广播电视台", "桐州晚报"],
         km="石湾区融媒体中心", gov="石湾发布", tel="0763"),
    dict(prov="西河省", pa="西", city="云阳市", ca="云", county="清溪县", a="清溪",
         towns=["城关镇", "柳湾乡", "石门镇"],
         pm=["西河日报", "西河新闻网", "西河卫视"], cm=["云阳日报", "云阳广播电视台", "云阳新闻网"],
         km="清溪县融媒体中心", gov="清溪政务", tel="0935"),
    dict(prov="东川省", pa="川东", city="梧岗市", ca="梧", county="青岚县", a="青岚",
         towns=["凤鸣镇", "双河镇", "桂花乡"],
         pm=["东川日报", "东川广播电视台", "东川观察"], cm=["梧岗日报", "梧岗晚报", "梧岗广播电视台"],
         km="青岚县融媒体中心", gov="青岚发布", tel="0827"),
]
NATIONAL = ["人民日报", "新华社", "中国知识产权报", "中国市场监管报", "法治日报", "央视新闻"]
GOV_SITES = ["中国政府网", "国家知识产权局", "国家市场监督管理总局"]


def organ(place: dict, key: str) -> tuple[str, str, str]:
    """(full name, short name on a red mark, 文号 root)."""
    c, a = place["county"], place["a"]
    return {
        "amr": (f"{c}市场监督管理局", f"{c}市场监管局", f"{a}市监"),
        "gov": (f"{c}人民政府办公室", f"{c}政府办公室", f"{a}府办"),
        "ipo": (f"{c}知识产权保护工作领导小组办公室", f"{c}知识产权保护办", f"{a}知保办"),
        "fake": (f"{c}打击侵权假冒工作领导小组办公室", f"{c}打假办", f"{a}打假办"),
        "police": (f"{place['city']}公安局{c}分局", f"{c}公安分局", f"{a}公"),
        "press": (f"中共{c}委宣传部", f"{c}委宣传部", f"{a}宣"),
        "culture": (f"{c}文化广电旅游体育局", f"{c}文广旅体局", f"{a}文旅"),
        "justice": (f"{c}司法局", f"{c}司法局", f"{a}司"),
    }[key]


UNITS = ["amr", "police", "press", "culture", "justice"]
ACTIONS = ["知识产权保护“护航”专项行动", "“铁拳”行动", "打击侵犯知识产权和制售假冒伪劣商品专项行动", "商标侵权专项整治",
           "地理标志产品保护专项行动", "校园周边文具侵权假冒专项整治", "重点展会知识产权保护工作"]
TOPICS = ["通报全区知识产权保护工作开展情况", "研究部署迎接年度知识产权保护工作检查考核", "审议知识产权保护工作要点",
          "讨论知识产权纠纷多元化解机制建设", "安排“4·26”知识产权宣传周活动", "协调重点案件办理进展",
          "研究商标品牌培育工作", "部署打击侵权假冒专项行动", "听取各成员单位工作汇报"]
CHAIR_POSTS = ["副区长", "区政府副区长", "区市场监督管理局局长", "区委常委、副区长", "区政府办公室主任"]


def day(rng: random.Random, year: int, lo: int = 2, hi: int = 11) -> dt.date:
    return dt.date(year, rng.randint(lo, hi), rng.randint(1, 28))


def cited(t: Truth, rng: random.Random, place: dict, year: int) -> str:
    """A sentence citing a higher-level document, with the verbs and particles that precede a 文号."""
    options = [
        ("《国家知识产权局关于印发〈知识产权强国建设纲要和“十四五”规划实施年度推进计划〉的通知》", "国知发保字",
         rng.randint(1, 40)),
        (f"《{place['prov']}知识产权局关于做好{year}年知识产权保护工作的通知》", f"{place['pa']}知发",
         rng.randint(2, 30)),
        (f"《{place['city']}市场监督管理局关于开展{rng.choice(ACTIONS)}的通知》", f"{place['ca']}市监发",
         rng.randint(3, 90)),
        (f"《{place['city']}人民政府办公室关于加强知识产权保护工作的意见》", f"{place['ca']}府办",
         rng.randint(5, 60)),
    ]
    title, prefix, number = rng.choice(options)
    no = t.docno(prefix, year, number, rng.choice(["〔〕", "〔〕", "〔〕", "[]"]))
    return rng.choice([
        f"根据{title}（{no}）精神，",
        f"为贯彻落实{title}（{no}）要求，",
        f"按照上级印发的{no}文件部署，",
        f"现将{no}文件转发给你们，",
    ])


TITLES = {
    "通知": lambda p, y, r: r.choice([f"关于开展{y}年{r.choice(ACTIONS)}的通知",
                                      f"关于印发《{p['county']}{y}年知识产权保护工作考核迎检方案》的通知",
                                      f"关于做好{y}年度知识产权保护工作检查考核佐证材料报送工作的通知"]),
    "意见": lambda p, y, r: f"关于进一步加强{p['county']}知识产权保护工作的实施意见",
    "决定": lambda p, y, r: f"关于表彰{y - 1}年度知识产权保护工作先进集体和先进个人的决定",
    "通报": lambda p, y, r: f"关于{y}年上半年全区知识产权保护工作推进情况的通报",
    "请示": lambda p, y, r: f"关于申请{y}年知识产权保护工作专项经费的请示",
    "批复": lambda p, y, r: f"关于同意开展{y}年{r.choice(ACTIONS)}的批复",
    "计划": lambda p, y, r: f"{p['county']}{y}年知识产权保护宣传教育工作计划",
    "要点": lambda p, y, r: f"{p['county']}{y}年知识产权保护工作要点",
    "方案": lambda p, y, r: f"{p['county']}{y}年{r.choice(ACTIONS)}实施方案",
    "报告": lambda p, y, r: f"关于{y}年知识产权保护工作开展情况的报告",
    "总结": lambda p, y, r: f"{p['county']}市场监督管理局{y}年知识产权保护工作总结",
    "函": lambda p, y, r: f"关于商请报送{y}年知识产权保护工作佐证材料的函",
}
TYPE_CHAR = {"通知": "发", "意见": "发", "决定": "发", "通报": "字", "请示": "呈", "批复": "复", "计划": "字",
             "要点": "发", "方案": "发", "报告": "报", "总结": "字", "函": "函"}
BODY_FONTS = [("仿宋_GB2312", 16, 28), ("AR PL UMing CN", 15, 26), ("楷体_GB2312", 16, 28.5),
              ("Noto Serif CJK SC", 13, 23), ("仿宋", 15, 27)]
TITLE_FONTS = [("方正小标宋简体", 22, False), ("Noto Serif CJK SC", 21, True), ("黑体", 20, False),
               ("AR PL UMing CN", 22, True)]


WORDS = ("知识产权", "保护", "工作", "文具", "侵权", "假冒", "伪劣", "专项", "整治", "检查", "考核", "材料", "报送",
         "上半年", "推进", "情况", "年度", "佐证", "迎检", "方案", "商品", "商标", "行动", "开展", "校园", "周边",
         "地理标志", "产品", "展会", "重点", "护航", "铁拳", "实施", "意见", "表彰", "先进", "集体", "个人", "同意",
         "申请", "经费", "宣传", "教育", "计划", "要点", "总结", "商请", "印发", "做好", "加强", "进一步", "全区",
         "市场", "监督", "管理局", "制售", "打击", "侵犯", "双随机", "一公开", "领域", "抽查", "问题")


def break_lines(rng: random.Random, title: str, n: int) -> list[str]:
    """Break a title into n lines of about equal length where a typist would (after 关于, after 的 or 》, before 《
    or “) and never inside a number or the word 年度."""
    if n <= 1 or len(title) < 14:
        return [title]
    inside = {i for w in WORDS for at in range(len(title)) if title.startswith(w, at)
              for i in range(at + 1, at + len(w))}
    allowed = [i for i in range(4, len(title) - 2) if i not in inside and title[i] not in "”》，、的年"
               and not (title[i - 1].isdigit() and title[i].isdigit())]
    good = [i for i in allowed if title[i - 2:i] == "关于" or title[i - 1] in "的》" or title[i] in "《“"]
    cuts: list[int] = []
    for k in range(1, n):
        aim = round(k * len(title) / n) + rng.randint(-1, 1)
        near = [i for i in good if abs(i - aim) <= 4 and i not in cuts] or [i for i in allowed if i not in cuts]
        cuts.append(min(near, key=lambda i: abs(i - aim)))
    cuts.sort()
    return [title[a:b] for a, b in zip([0, *cuts], [*cuts, len(title)], strict=True) if title[a:b]]


def body_paras(doc: Doc, t: Truth, rng: random.Random, place: dict, year: int, genre: str, own: dt.date,
               hs: tuple) -> None:
    face, size, _ = hs
    action = rng.choice(ACTIONS)
    start = own + dt.timedelta(days=rng.randint(5, 20))
    end = start + dt.timedelta(days=rng.randint(20, 60))
    style = rng.choice(["cn", "cn", "dot", "upper"])
    paras = [
        cited(t, rng, place, year) + f"结合我{place['county'][-1]}实际，现就{action}有关事项{genre}如下。",
        f"一、工作时间。{t.span(start, end, 'cn')}，分动员部署、集中整治、总结提升三个阶段推进。",
        f"二、工作要求。各单位要高度重视，明确分管领导和联络员，于{t.date(end + dt.timedelta(days=5), style)}前将"
        f"工作总结及佐证材料报送{organ(place, 'amr')[1]}知识产权保护股。",
        f"三、联系方式。联系人：{d3.names(rng, 1)[0]}，电话：{place['tel']}-{rng.randint(2000000, 8999999)}。",
    ]
    if rng.random() < 0.4:
        paras.insert(2, f"全区共检查经营主体{rng.randint(120, 900)}家次，立案查处侵权假冒案件{rng.randint(5, 40)}件，"
                        f"其中{t.date(own - dt.timedelta(days=rng.randint(10, 60)), rng.choice(['cn', 'slash0']))}"
                        f"查处的“{rng.choice(['白鹭', '龙泉', '金山', '望江'])}”商标侵权案被列为典型案例。")
    for text in paras:
        doc.p(text, face, size, indent=2)


def signature(doc: Doc, t: Truth, rng: random.Random, organs: list[str], when: dt.date, style: str,
              box: bool = False) -> str:
    doc.p("")
    for name in organs:
        doc.p(name, align="right", indent=0)
    text = d3.DATE_STYLES[style](when)
    t._add_date(when, text)
    if box:  # the date typed in a floating text box below the signature, as some offices lay out the seal block
        par = doc.text_box([(text, doc.font, doc.size, False, None, "right")], 86, 0, 70, 12)
        for shape in par._p.iter("{urn:schemas-microsoft-com:vml}shape"):
            shape.set("style", shape.get("style").replace("vertical-relative:margin", "vertical-relative:text"))
        doc.p("")
    else:
        doc.p(text, align="right")
    t.seals.append((text, organs[-1]))
    return text


def official(t: Truth, rng: random.Random, place: dict, year: int, layout: str, genre: str, joint: bool = False,
             lines: int = 2, attach: bool = False) -> Doc:
    """A notice-like document in one of the house styles: red mark as a paragraph, a borderless table, a text box
    or the page header; or no mark at all (organ only in the signature)."""
    hs = rng.choice(BODY_FONTS)
    doc = Doc(hs[0], hs[1], hs[2])
    keys = {"批复": ["gov"], "请示": ["amr"], "意见": ["gov"], "决定": ["gov"]}.get(genre, [rng.choice(
        ["amr", "amr", "ipo", "fake"])])
    if joint:
        keys = ["amr", rng.choice(["police", "press", "culture", "justice"])]
    names = [organ(place, k) for k in keys]
    own = day(rng, year)
    number = None if layout == "sig" else \
        t.docno(names[0][2] + TYPE_CHAR[genre], year, rng.randint(1, 96), rng.choice(d6.BRACKETS))
    short = rng.random() < 0.5
    marks = [(n[1] if short else n[0]) for n in names]
    if layout in ("redpara", "joint"):
        doc.p("", spacing=None, size=10)
        if len(marks) == 1:
            doc.p(marks[0] + "文件", "方正小标宋简体", rng.choice([30, 34, 36]), color=RED, align="center",
                  spacing=None)
        else:
            for m in marks:
                doc.p(m, "方正小标宋简体", 26, color=RED, align="distribute", spacing=None)
            doc.p("文件", "方正小标宋简体", 34, color=RED, align="center", spacing=None)
        doc.p("")
        doc.p(number, align="center")
        doc.red_line()
    elif layout == "redtable":
        signer = d3.names(rng, 1)[0]
        rows = [[marks[0] + ("文件" if genre != "请示" else ""), ""], [number, f"签发人：{signer}"]]
        table = doc.table(rows, [100, 56], font=None, size=hs[1], borders=False, bold_header=False,
                          merges=((0, 0, 0, 1),))
        table.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = d3.RGBColor.from_string(RED)
        table.rows[0].cells[0].paragraphs[0].runs[0].font.size = d3.Pt(32)
        doc.red_line()
    elif layout == "box":
        size = min(30, 400 // (len(marks[0]) + 3))  # the mark fits the box on one line
        doc.text_box([(marks[0] + "文件", "方正小标宋简体", size, False, RED, "center")], 0, 5, 156, 20)
        doc.p("")
        doc.p("")
        doc.p("")
        doc.p(number, align="center")
        doc.red_line(double=True)
    elif layout == "header":
        header = doc.d.sections[0].header
        doc.p(marks[0] + "文件", "方正小标宋简体", 26, color=RED, align="center", container=header, spacing=None)
        doc.p(number, align="center", spacing=None)
        doc.red_line()
    else:  # "sig": no mark; the number, if any, only in the body's last line
        pass
    tface, tsize, tbold = rng.choice(TITLE_FONTS)
    title = TITLES[genre](place, year, rng)
    doc.p("")
    for line in break_lines(rng, title, lines):
        doc.p(line, tface, tsize, bold=tbold, align="center", spacing=tsize * 1.35)
    t.facts["title"] = title
    doc.p("")
    if genre in ("通知", "通报", "函", "决定"):
        doc.p("各街道（镇）、区直有关单位：" if genre != "函" else f"{organ(place, rng.choice(UNITS[1:]))[0]}：",
              indent=0)
    elif genre in ("请示", "报告"):
        doc.p(f"{place['county']}人民政府：", indent=0)
    elif genre == "批复":
        doc.p(f"{organ(place, 'amr')[0]}：", indent=0)
        ask = own - dt.timedelta(days=rng.randint(5, 20))
        no = t.docno(organ(place, "amr")[2] + "呈", year, rng.randint(1, 30))
        doc.p(f"你局《关于申请开展专项行动的请示》（{no}）收悉。经研究，现批复如下：", indent=2)
        t._add_date(ask, d3.DATE_STYLES["cn"](ask))
        doc.p(f"一、同意你局于{d3.DATE_STYLES['cn'](ask)}报来的行动方案。", indent=2)
    body_paras(doc, t, rng, place, year, genre, own, hs)
    if attach:
        doc.p("附件：" + "有关文件清单", indent=2)
    style = rng.choice(["cn", "cn", "upper", "cn"])
    signature(doc, t, rng, [n[0] for n in names], own, style, box=layout == "box" and rng.random() < 0.6)
    if layout == "sig" and rng.random() < 0.5:
        doc.p("（此件公开发布）", indent=2)
    if attach:
        doc.page_break()
        doc.p("附件", "黑体", 16, indent=0)
        doc.p("有关文件清单", "方正小标宋简体", 20, align="center")
        header = ["序号", "文件名称", "文号", "印发日期"]
        rows = []
        for i in range(rng.randint(3, 6)):
            when = day(rng, year)
            rows.append([str(i + 1), f"关于{rng.choice(ACTIONS)}的通知",
                         t.docno(names[0][2] + "发", year, rng.randint(1, 99)), t.date(when, "cn")])
        doc.table([header] + rows, [14, 76, 36, 30], size=11)
        t.table(header, rows)
    if genre == "计划":
        doc_type = "计划"
    else:
        doc_type = genre
    t.facts.update(organ="、".join(n[0] for n in names), doc_type=doc_type)
    return doc


def briefing(t: Truth, rng: random.Random, place: dict, year: int) -> Doc:
    doc = Doc("仿宋_GB2312", 16, 28)
    issuer = organ(place, rng.choice(["ipo", "amr"]))[0]
    title = "知识产权保护工作简报"
    doc.p(title, "方正小标宋简体", 36, color=RED, align="center", spacing=None)
    doc.p(f"第{rng.randint(2, 18)}期", align="center")
    when = day(rng, year)
    doc.table([[f"{issuer}编", t.date(when, rng.choice(["cn", "upper"]))]], [90, 66], borders=False,
              bold_header=False, size=14)
    doc.red_line()
    headline = f"{place['county']}扎实开展{rng.choice(ACTIONS)}"
    doc.p(headline, "黑体", 18, align="center")
    earlier = when - dt.timedelta(days=rng.randint(3, 20))
    doc.p(f"{t.date(earlier, 'cn')}，{place['county']}召开专题会议，部署{rng.choice(ACTIONS)}。截至"
          f"{t.date(when - dt.timedelta(days=1), 'cn')}，共出动执法人员{rng.randint(100, 600)}人次。", indent=2)
    doc.p(f"报：{place['city']}市场监督管理局", indent=0)
    doc.p(f"送：{place['county']}知识产权保护工作领导小组各成员单位", indent=0)
    t.facts.update(title=title, organ=issuer, doc_type="简报")
    return doc


MARK = {"cn": lambda i: f"{d3.CN_DIGITS[i + 1] if i < 9 else '十'}、",
        "paren": lambda i: f"（{'一二三四五六七八九'[i]}）", "dot": lambda i: f"{i + 1}.",
        "circle": lambda i: "①②③④⑤⑥"[i], "num": lambda i: f"{i + 1}、"}


def minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """Minutes: a 纪要 with a masthead, or a 会议记录 form; the chair written in several layouts."""
    doc = Doc(rng.choice(["仿宋_GB2312", "AR PL UMing CN", "楷体_GB2312"]), 15, 26)
    held = day(rng, year)
    chair = d3.names(rng, 1)[0]
    post = rng.choice(CHAIR_POSTS).replace("区", place["county"][-1])
    meeting = rng.choice(["知识产权保护工作联席会议", "打击侵权假冒工作领导小组会议", "知识产权保护工作推进会",
                          "知识产权保护工作专题会议"])
    topics = rng.sample(TOPICS, rng.randint(2, 4))
    mark = MARK[rng.choice(list(MARK))]
    attendees = d3.names(rng, rng.randint(4, 7))
    if style == "form":  # a 会议记录 form: the chair in a cell
        title = f"{organ(place, 'amr')[0]}{meeting}记录" if rng.random() < 0.5 else f"{meeting}记录"
        doc.p(title, "黑体", 20, align="center")
        rows = [["会议名称", meeting], ["时    间", t.date(held, rng.choice(["cn", "dot", "slash0"])) + " 上午9:00"],
                ["地    点", f"{place['county']}政府三楼会议室"], ["主 持 人", chair],
                ["记 录 人", d3.names(rng, 1)[0]], ["参会人员", "、".join(attendees)],
                ["会议议题", "\n".join(mark(i) + x for i, x in enumerate(topics))],
                ["会议内容", "会议听取了各成员单位工作汇报，并对下步工作作出安排。"]]
        doc.table(rows, [30, 126], size=13, header_rows=0, left_cols=(1,), bold_header=False, repeat=False)
        t.facts.update(title=title, doc_type="会议记录")
    else:
        issuer = organ(place, rng.choice(["ipo", "gov", "fake"]))[0]
        title = f"{place['county']}{meeting}纪要"
        doc.p(title, "方正小标宋简体", 26, color=RED, align="center", spacing=None)
        doc.p(f"〔{year}〕第{rng.randint(1, 9)}期", align="center")
        issued = held + dt.timedelta(days=rng.randint(1, 6))
        doc.p(f"{issuer}{SP * 2}{t.date(issued, rng.choice(['cn', 'upper']))}", align="center", size=13)
        doc.red_line()
        when = t.date(held, rng.choice(["cn", "cn", "upper"]))
        if style == "inline":
            doc.p(f"{when}上午，{post}{chair}主持召开{meeting}，研究部署有关工作。会议议定事项如下：", indent=2)
        elif style == "fields":
            doc.p(f"时间：{when}上午", indent=0)
            doc.p(f"地点：{place['county']}行政中心第二会议室", indent=0)
            doc.p(f"主持人：{chair}（{post}）", indent=0)
            doc.p("议题：", indent=0)
        else:  # "after": chair named after the topics
            doc.p(f"{when}，{meeting}在{place['county']}政府召开，会议由{post}{chair}主持。会议议题如下：", indent=2)
        for i, x in enumerate(topics):
            doc.p(f"{mark(i)}{x}", indent=2)
        doc.p(f"出席：{'、'.join(attendees)}", indent=0)
        doc.p(f"记录：{d3.names(rng, 1)[0]}", indent=0)
        t.facts.update(title=title, organ=issuer, doc_type="会议纪要")
    t.meeting(held, meeting, chair, topics)
    return doc


HAND = ("AR PL UKai CN", "1F3A93")


def signin(t: Truth, rng: random.Random, place: dict, year: int, with_organ: bool, rows_n: int = 12) -> Doc:
    doc = Doc("仿宋_GB2312", 14, 24)
    what = rng.choice(["知识产权保护业务培训班", "知识产权保护工作联席会议", "打击侵权假冒工作推进会",
                       "“4·26”知识产权宣传周活动"])
    title = f"{year}年{place['county']}{what}签到表"
    doc.p(title, "黑体", 18, align="center")
    held = day(rng, year)
    line = f"时间：{t.date(held, rng.choice(['cn', 'dot', 'slash']))}{SP * 2}地点：{place['county']}会议中心"
    issuer = organ(place, rng.choice(["amr", "ipo"]))[0]
    if with_organ:
        line += f"{SP * 2}主办单位：{issuer}"
        t.facts["organ"] = issuer
    doc.p(line, size=12, indent=0)
    header = ["序号", "单位", "姓名", "职务", "联系电话"]
    people = d3.names(rng, rows_n)
    signed = sorted(rng.sample(range(rows_n), rng.randint(rows_n - 4, rows_n - 1)))
    rows, truth_rows, fonts = [header], [], {}
    for i in range(rows_n):
        unit = organ(place, rng.choice(UNITS))[1]
        if i in signed:
            phone = f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}"
            post = rng.choice(["科员", "股长", "副局长", "主任", "执法队员"])
            rows.append([str(i + 1), unit, people[i], post, phone])
            truth_rows.append([str(i + 1), unit, people[i], post, phone])
            for c in (2, 4):
                fonts[(len(rows) - 1, c)] = (HAND[0], 14, HAND[1])
        else:
            rows.append([str(i + 1), "", "", "", ""])
    doc.table(rows, [14, 46, 28, 28, 40], size=12, fonts=fonts)
    names = [r[2] for r in truth_rows]
    if rng.random() < 0.5:
        doc.p(f"应到{rows_n}人，实到{len(names)}人。", size=12, indent=0)
    t.attendance(names)
    t.table(header, truth_rows)
    t.facts.update(title=title, doc_type="签到表")
    return doc


def case_rows(t: Truth, rng: random.Random, place: dict, year: int, n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        opened = day(rng, year, 1, 9)
        closed = opened + dt.timedelta(days=rng.randint(15, 80))
        style = rng.choice(["cn", "dot0", "slash0"])
        brand = rng.choice(["白鹭", "龙泉", "金山", "望江", "凤鸣", "桂花", "青云"])
        seller = rng.choice(["某商行", "某超市", "某电子商务有限公司", "某五金店"])
        rows.append([str(i + 1), f"{seller}销售侵犯“{brand}”注册商标专用权商品案", d3.names(rng, 1)[0],
                     t.date(opened, style), t.date(closed, style),
                     t.docno(organ(place, "amr")[2] + "处罚", year, rng.randint(10, 300)),
                     str(rng.randint(2, 90) * 500), rng.choice(["是", "是", "否"])])
    return rows


CASE_HEADER = ["序号", "案件名称", "当事人", "立案日期", "结案日期", "处罚决定书文号", "罚没金额（元）", "是否公开"]


def ledger_doc(t: Truth, rng: random.Random, place: dict, year: int, n: int, two_pages: bool = False) -> Doc:
    """A case ledger typed in Word: a title, a 填报单位 line, a two-row header with 办理时间 over the two dates,
    a 合计 row and a note."""
    doc = Doc("仿宋_GB2312", 12, 20, landscape=True, margins=(20, 20, 20, 20))
    title = f"{place['county']}{year}年知识产权行政执法案件办理台账"
    doc.p(title, "方正小标宋简体", 20, align="center")
    issuer = organ(place, "amr")[0]
    doc.p(f"填报单位：{issuer}（盖章）{SP * 6}填报日期：{t.date(dt.date(year, 11, rng.randint(10, 28)), 'cn')}",
          size=12, indent=0)
    rows = case_rows(t, rng, place, year, n)
    total = sum(int(r[6]) for r in rows)
    top = ["序号", "案件名称", "当事人", "办理时间", "", "处罚决定书文号", "罚没金额（元）", "是否公开"]
    grid = [top, ["", "", "", "立案日期", "结案日期", "", "", ""]] + rows + \
        [["合计", "", "", "", "", "", str(total), ""]]
    merges = [(0, 3, 0, 4)] + [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7)] + [(len(grid) - 1, 0, len(grid) - 1, 5)]
    doc.table(grid, [12, 78, 22, 28, 28, 42, 22, 18], size=10.5 if two_pages else 11, merges=tuple(merges),
              header_rows=2, left_cols=(1,))
    doc.p("注：本表由各执法单位每月5日前更新，罚没金额以决定书为准。", size=11, indent=0)
    t.table(CASE_HEADER, rows)
    t.facts.update(title=title, organ=issuer, doc_type="台账")
    t.seals.append((issuer, issuer))
    return doc


def list_doc(t: Truth, rng: random.Random, place: dict, year: int, what: str, ruled: bool = True) -> Doc:
    """A one-page table typed in Word: 发文一览表 / 联络员名单 / 培训统计表; unruled (no grid lines) if told."""
    doc = Doc("仿宋_GB2312", 12, 20, margins=(25, 20, 20, 20))
    issuer = organ(place, rng.choice(["amr", "ipo"]))[0]
    if what == "一览表":
        title = f"{place['county']}{year}年知识产权保护工作发文一览表"
        header = ["序号", "文件名称", "文号", "发文日期"]
        rows = []
        for i in range(rng.randint(5, 9)):
            key = rng.choice(["amr", "ipo", "fake", "gov"])
            rows.append([str(i + 1), TITLES[rng.choice(["通知", "方案", "通报", "计划"])](place, year, rng),
                         t.docno(organ(place, key)[2] + rng.choice("发字函"), year, rng.randint(1, 99)),
                         t.date(day(rng, year), rng.choice(["cn", "dot0", "iso"]))])
        widths = [12, 90, 40, 28]
    elif what == "名单":
        title = f"{place['county']}知识产权保护工作联络员名单"
        header = ["序号", "单位", "姓名", "职务", "办公电话", "手机"]
        rows = [[str(i + 1), organ(place, k)[0], n, rng.choice(["副局长", "股长", "科员", "副主任"]),
                 f"{place['tel']}-{rng.randint(2000000, 8999999)}", f"13{rng.randint(100000000, 999999999)}"]
                for i, (k, n) in enumerate(zip(UNITS + ["gov", "ipo"], d3.names(rng, 7), strict=False))]
        widths = [12, 56, 20, 22, 30, 30]
    elif what == "统计表":
        title = f"{place['county']}{year}年知识产权培训情况统计表"
        header = ["序号", "培训名称", "培训时间", "参训人数", "主办单位"]
        rows = []
        for i in range(rng.randint(4, 7)):
            start = day(rng, year)
            when = t.span(start, start + dt.timedelta(days=rng.randint(1, 3)), "cn") if rng.random() < 0.4 else \
                t.date(start, rng.choice(["cn", "dot"]))
            course = rng.choice(["商标品牌", "专利保护", "执法办案", "地理标志", "版权保护"]) + "业务培训"
            rows.append([str(i + 1), course, when, str(rng.randint(30, 200)), organ(place, rng.choice(UNITS))[0]])
        total = sum(int(r[3]) for r in rows)
        widths = [12, 50, 46, 20, 48]
    else:
        raise ValueError(what)
    doc.p(title, "黑体", 18, align="center")
    stated = rng.random() < 0.6
    if stated:
        doc.p(f"填报单位：{issuer}", size=12, indent=0)
        t.facts["organ"] = issuer
    grid = [header] + rows
    if what == "统计表":
        grid.append(["合计", "", "", str(total), ""])
    doc.table(grid, widths, size=11, left_cols=(1,), borders=ruled,
              merges=((len(grid) - 1, 0, len(grid) - 1, 2),) if what == "统计表" else ())
    t.table(header, rows)
    t.facts.update(title=title, doc_type=what)
    return doc


# --- XLSX --------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XFMT = {"cn": 'yyyy"年"m"月"d"日"', "iso": "yyyy-mm-dd", "slash": "yyyy/m/d", "dot0": "yyyy.mm.dd"}


def put(ws, r: int, c: int, value, bold=False, border=True, size=11, fmt=None, align="center"):
    cell = ws.cell(r, c, value)
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


def xl_date(t: Truth, rng: random.Random, when: dt.date):
    """A date cell: a real date with a display format, or text; (value, format) and the truth text."""
    style = rng.choice(["cn", "iso", "slash", "dot0", "text"])
    if style == "text":
        return t.date(when, rng.choice(["cn", "dot"])), None
    t._add_date(when, d3.DATE_STYLES[style](when))
    return when, XFMT[style]


def sheet_table(ws, t: Truth, title: str, header: list[str], rows: list[list], *, two_rows: dict | None = None,
                note: str | None = None, total: tuple[int, object] | None = None, sub: str | None = None,
                formats: dict | None = None) -> None:
    """Title row merged across, optional subtitle, one or two header rows (two_rows = {parent: (first col, last
    col)}), records, an optional 合计 row and a note row."""
    width = len(header)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    put(ws, 1, 1, title, bold=True, border=False, size=16)
    r = 2
    if sub:
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        put(ws, 2, 1, sub, border=False, align="left")
        r = 3
    if two_rows:
        spanned = {c for a, b in two_rows.values() for c in range(a, b + 1)}
        for parent, (a, b) in two_rows.items():
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            put(ws, r, a, parent, bold=True)
        for c, h in enumerate(header, 1):
            if c in spanned:
                put(ws, r + 1, c, h, bold=True)
            else:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
                put(ws, r, c, h, bold=True)
        r += 2
    else:
        for c, h in enumerate(header, 1):
            put(ws, r, c, h, bold=True)
        r += 1
    for row in rows:
        for c, value in enumerate(row, 1):
            fmt = (formats or {}).get((id(row), c))
            put(ws, r, c, value, fmt=fmt, align="left" if c == 2 else "center")
        r += 1
    if total:
        col, value = total
        put(ws, r, 1, "合计", bold=True)
        for c in range(2, width + 1):
            put(ws, r, c, value if c == col else None)
        r += 1
    if note:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        put(ws, r, 1, note, border=False, align="left", size=10)
    for c in range(1, width + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 28 if c == 2 else 14


def shown(value, fmt) -> str:
    if isinstance(value, dt.date):
        return d3.DATE_STYLES[{v: k for k, v in XFMT.items()}[fmt]](value)
    return str(value)


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    amr = organ(place, "amr")[0]
    sub_date = dt.date(year, 11, rng.randint(5, 28))
    if style in ("taizhang", "two_sheets"):
        sheets = [(ws, year)] if style == "taizhang" else [(ws, year), (wb.create_sheet(), year - 1)]
        for k, (sheet, y) in enumerate(sheets):
            sheet.title = f"{y}年"
            title = f"{place['county']}{y}年知识产权侵权案件查处台账"
            rows, formats = [], {}
            for i in range(rng.randint(4, 9)):
                opened = day(rng, y, 1, 9)
                closed = opened + dt.timedelta(days=rng.randint(10, 70))
                a, fa = xl_date(t, rng, opened)
                b, fb = xl_date(t, rng, closed)
                row = [i + 1, f"{rng.choice(['某百货店', '某服饰店', '某酒业商行'])}涉嫌商标侵权案", a, b,
                       t.docno(organ(place, "amr")[2] + "罚", y, rng.randint(5, 200)), rng.randint(1, 60) * 1000]
                formats[(id(row), 3)], formats[(id(row), 4)] = fa, fb
                rows.append(row)
            sub = f"填报单位：{amr}{SP * 4}填报时间：{t.date(sub_date, 'cn')}" if k == 0 else None
            header = ["序号", "案件名称", "立案日期", "结案日期", "决定书文号", "罚没款（元）"]
            sheet_table(sheet, t, title, header, rows, two_rows={"办理时间": (3, 4)}, sub=sub, formats=formats,
                        total=(6, sum(r[5] for r in rows)), note="注：已结案件均已在国家企业信用信息公示系统公示。")
            t.table(header, [[shown(v, formats.get((id(r), c))) for c, v in enumerate(r, 1)] for r in rows])
            if k == 0:
                t.facts.update(title=title, organ=amr, doc_type="台账")
    elif style == "media":
        ws.title = "宣传报道"
        title = f"{year}年知识产权保护新闻宣传报道登记表"
        header = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期"]
        rows, formats = [], {}
        pool = [(o, "央级") for o in NATIONAL[:4]] + [(o, "省级") for o in place["pm"]] + \
            [(o, "市级") for o in place["cm"]] + [(place["km"], "县级"), (place["gov"], "政务新媒体")]
        for i, (outlet, level) in enumerate(rng.sample(pool, 6)):
            value, fmt = xl_date(t, rng, day(rng, year))
            row = [i + 1, f"{place['county']}{rng.choice(ACTIONS)}取得实效", outlet, level, value]
            formats[(id(row), 5)] = fmt
            rows.append(row)
            if level != "政务新媒体":
                t.media(outlet, level)
        sheet_table(ws, t, title, header, rows, formats=formats, sub=f"报送单位：{organ(place, 'press')[0]}")
        t.table(header, [[shown(v, formats.get((id(r), c))) for c, v in enumerate(r, 1)] for r in rows])
        t.facts.update(title=title, organ=organ(place, "press")[0], doc_type="登记表")
    elif style == "signin":
        title = f"{place['county']}知识产权保护工作培训会签到表"
        header = ["序号", "姓名", "单位", "联系电话"]
        people = d3.names(rng, rng.randint(8, 14))
        rows = [[i + 1, n, organ(place, rng.choice(UNITS))[1], f"13{rng.randint(100000000, 999999999)}"]
                for i, n in enumerate(people)]
        when = day(rng, year)
        sheet_table(ws, t, title, header, rows, sub=f"培训时间：{t.date(when, 'cn')}")
        t.table(header, [[str(c) for c in r] for r in rows])
        t.attendance(people)
        t.facts.update(title=title, doc_type="签到表")
    elif style in ("huizong", "yilan", "mingdan", "tongji"):
        if style == "huizong":
            title = f"{place['county']}{year}年知识产权保护工作任务完成情况汇总表"
            header = ["序号", "单位", "任务数", "已完成", "完成率"]
            rows = []
            for i, k in enumerate(UNITS):
                n = rng.randint(3, 9)
                done = rng.randint(1, n)
                rows.append([i + 1, organ(place, k)[0], n, done, f"{done / n:.0%}"])
            total = (3, sum(r[2] for r in rows))
            kind = "汇总表"
        elif style == "yilan":
            title = f"{year}年{place['county']}知识产权保护工作发文一览表"
            header = ["序号", "文件标题", "文号", "成文日期"]
            rows = [[i + 1, TITLES[rng.choice(["通知", "方案", "通报"])](place, year, rng),
                     t.docno(organ(place, rng.choice(["amr", "ipo", "fake"]))[2] + rng.choice("发字"), year,
                             rng.randint(1, 99)), t.date(day(rng, year), rng.choice(["cn", "dot0", "slash0"]))]
                    for i in range(rng.randint(5, 8))]
            total, kind = None, "一览表"
        elif style == "mingdan":
            title = f"{place['county']}知识产权保护志愿服务队名单"
            header = ["序号", "姓名", "性别", "所在单位", "联系电话"]
            rows = [[i + 1, n, rng.choice("男女"), organ(place, rng.choice(UNITS))[0],
                     f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"]
                    for i, n in enumerate(d3.names(rng, rng.randint(6, 12)))]
            total, kind = None, "名单"
        else:
            title = f"{place['county']}{year}年知识产权纠纷调解情况统计表"
            header = ["序号", "乡镇（街道）", "受理件数", "调解成功", "涉及金额（万元）"]
            rows = [[i + 1, town, rng.randint(2, 20), 0, round(rng.uniform(1, 80), 1)]
                    for i, town in enumerate(place["towns"])]
            for r in rows:
                r[3] = rng.randint(1, r[2])
            total, kind = (3, sum(r[2] for r in rows)), "统计表"
        stated = rng.random() < 0.6
        sub = f"填报单位：{amr}{SP * 3}{t.date(sub_date, rng.choice(['cn', 'slash']))}" if stated else None
        sheet_table(ws, t, title, header, rows, total=total, sub=sub,
                    note="说明：本表数据统计截至填报日期。" if rng.random() < 0.5 else None)
        t.table(header, [[str(c) for c in r] for r in rows])
        t.facts.update(title=title, doc_type=kind)
        if stated:
            t.facts["organ"] = amr
        if style == "huizong":  # instructions on a second sheet
            notes = wb.create_sheet("填表说明")
            notes["A1"] = "填表说明"
            notes["A2"] = f"请各单位于{t.date(sub_date + dt.timedelta(days=3), 'cn')}前报送。"
    else:
        raise ValueError(style)
    wb.properties.created = wb.properties.modified = d3.FIXED  # the same bytes every run
    wb.properties.creator = "user"
    d3.save_xlsx(wb, path)


# --- screenshots -------------------------------------------------------------------------------------------------
def news_text(t: Truth, rng: random.Random, place: dict, year: int, happened: dt.date) -> list[str]:
    held = t.date(happened, "cn")
    return [f"{held}，{place['county']}召开{rng.choice(['知识产权保护工作推进会', '打击侵权假冒工作会议'])}，"
            f"部署开展{rng.choice(ACTIONS)}。",
            f"今年以来，{place['county']}市场监督管理局累计检查经营主体{rng.randint(200, 2000)}家次，查办侵权假冒案件"
            f"{rng.randint(10, 80)}件，移送公安机关{rng.randint(1, 6)}件。",
            f"下一步，{place['county']}将持续强化知识产权全链条保护，为优化营商环境提供有力支撑。"]


def headline(rng: random.Random, place: dict) -> str:
    return rng.choice([f"{place['county']}多部门联合开展{rng.choice(ACTIONS)}守护创新发展",
                       f"{place['county']}：织密知识产权保护网 护航民营经济高质量发展",
                       f"{place['county']}扎实推进{rng.choice(ACTIONS)}取得阶段性成效"])


def shot_portal(t: Truth, rng: random.Random, place: dict, year: int, form: str):
    """A government portal page: site banner, breadcrumb, headline over two lines, meta line with the source,
    body, editor line, related links naming other outlets, footer with 主办单位."""
    c = Canvas(1280, 1900)
    c.d.rectangle([0, 0, 1280, 120], fill=(180, 20, 30))
    c.text(60, 35, f"{place['county']}人民政府", "serif_bold", 44, (255, 255, 255))
    c.text(900, 50, "政务公开  |  政务服务  |  互动交流", "sans", 20, (255, 230, 230))
    c.text(60, 140, "首页 > 新闻中心 > 部门动态", "sans", 18, (110, 110, 110))
    title = headline(rng, place)
    y = c.wrap(120, 200, 1040, title, "sans_bold", 38, (20, 20, 20), lead=1.45, align="center")
    t.facts["title"] = title
    posted = day(rng, year)
    happened = posted - dt.timedelta(days=rng.randint(0, 3))
    first = rng.choice(place["cm"][:2] + place["pm"][:2])
    level = "市级" if first in place["cm"] else "省级"
    if form == "source":
        src = first
        t.media(first, level)
        t.facts["organ"] = first
    elif form == "chain":  # reprinted from a provincial outlet, which had it from the city paper
        second = rng.choice(place["pm"][:2])
        src = f"{second}（转自{place['cm'][0]}）"
        t.media(second, "省级")
        t.media(place["cm"][0], "市级")
        t.facts["organ"] = place["cm"][0]
    else:  # "unit": a government unit wrote it; no outlet carried it
        src = organ(place, "amr")[0]
        t.facts["organ"] = src
    meta = f"发布时间：{t.date(posted, 'iso')} {rng.randint(8, 17)}:{rng.randint(10, 59)}{SP * 2}来源：{src}{SP * 2}" \
           f"浏览次数：{rng.randint(100, 9000)}"
    c.text(640, y + 10, meta, "sans", 18, (100, 100, 100), anchor="ma")
    c.d.line([100, y + 50, 1180, y + 50], fill=(220, 220, 220), width=2)
    y += 80
    for para in news_text(t, rng, place, year, happened):
        y = c.wrap(120, y, 1040, para, "serif", 24, (30, 30, 30), indent=2, lead=1.8) + 12
    y = c.photo_block(rng, 340, int(y), 600, 320) + 30
    c.text(1160, y, f"责任编辑：{d3.names(rng, 1)[0]}", "sans", 18, (90, 90, 90), anchor="ra")
    y += 60
    c.text(120, y, "相关链接", "sans_bold", 22, (180, 20, 30))
    y += 44
    for outlet in rng.sample(NATIONAL + place["pm"] + GOV_SITES, 4):
        when = day(rng, year)
        c.text(140, y, f"· 【{outlet}】{rng.choice(ACTIONS)}工作综述", "sans", 19, (40, 40, 40))
        c.text(1160, y, t.date(when, "iso"), "sans", 18, (120, 120, 120), anchor="ra")
        y += 36
    y += 40
    c.d.rectangle([0, y, 1280, y + 120], fill=(240, 240, 240))
    c.text(640, y + 25, f"主办单位：{place['county']}人民政府办公室{SP}承办单位：{place['km']}", "sans", 17,
           (90, 90, 90), anchor="ma")
    c.text(640, y + 60, f"友情链接：{' | '.join(GOV_SITES + [place['cm'][0]])}", "sans", 17, (90, 90, 90),
           anchor="ma")
    t.facts["doc_type"] = "新闻报道"
    return c.crop(y + 120), c.texts


def phone_bar(c: Canvas, rng: random.Random) -> int:
    c.text(30, 14, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", "sans_bold", 26, (20, 20, 20))
    c.text(690, 14, "5G 86%", "sans", 24, (20, 20, 20), anchor="ra")
    return 70


def shot_wechat(t: Truth, rng: random.Random, place: dict, year: int, ending: str):
    """A WeChat article: title, account and time, body, and an ending that names the source or not."""
    c = Canvas(720, 2200)
    y = phone_bar(c, rng)
    c.text(30, y + 10, "×", "sans", 34, (20, 20, 20))
    y += 80
    title = headline(rng, place)
    y = c.wrap(30, y, 660, title, "sans_bold", 36, (20, 20, 20), lead=1.4) + 10
    t.facts["title"] = title
    own_outlet = ending == "own"
    account = place["cm"][0] if own_outlet else place["gov"]
    posted = day(rng, year)
    c.text(30, y, f"{account}{SP}{t.date(posted, rng.choice(['iso', 'cn']))} {rng.randint(8, 21)}:"
           f"{rng.randint(10, 59)}{SP}{place['prov'][:2]}", "sans", 22, (87, 107, 149))
    y += 60
    for para in news_text(t, rng, place, year, posted - dt.timedelta(days=rng.randint(0, 2))):
        y = c.wrap(30, y, 660, para, "sans", 26, (40, 40, 40), lead=1.75) + 20
    y = c.photo_block(rng, 30, int(y), 660, 360) + 30
    if own_outlet:
        t.media(account, "市级")
        t.facts["organ"] = account
        end = f"记者：{d3.names(rng, 1)[0]}{SP}编辑：{d3.names(rng, 1)[0]}"
    elif ending == "from":
        outlet = rng.choice(place["pm"][:2] + [place["km"]])
        t.media(outlet, "省级" if outlet in place["pm"] else "县级")
        t.facts["organ"] = outlet
        end = f"来源：{outlet}"
    else:  # "editor": only the government account's own editors
        end = f"供稿：{organ(place, 'amr')[0]}{SP}编辑：{d3.names(rng, 1)[0]}{SP}审核：{d3.names(rng, 1)[0]}"
        t.facts["organ"] = organ(place, "amr")[0]
    c.text(30, y, end, "sans", 22, (120, 120, 120))
    y += 70
    c.text(30, y, "推荐阅读", "sans_bold", 26, (20, 20, 20))
    y += 50
    for outlet in rng.sample(NATIONAL + place["pm"], 3):
        c.text(30, y, f"▶ {outlet}｜{rng.choice(ACTIONS)}典型案例发布", "sans", 22, (87, 107, 149))
        y += 44
    c.text(30, y + 20, f"阅读 {rng.randint(1000, 30000)}{SP}赞 {rng.randint(5, 300)}", "sans", 22, (150, 150, 150))
    t.facts["doc_type"] = "新闻报道"
    return c.crop(y + 80), c.texts


def shot_app(t: Truth, rng: random.Random, place: dict, year: int):
    """A provincial news app carrying a city paper's report: both outlets carried it."""
    c = Canvas(720, 1800, (250, 250, 250))
    y = phone_bar(c, rng)
    app = place["pm"][2]
    c.text(360, y + 10, app, "sans_bold", 30, (200, 30, 40), anchor="ma")
    y += 80
    title = headline(rng, place)
    y = c.wrap(30, y, 660, title, "serif_bold", 38, (20, 20, 20), lead=1.4) + 16
    t.facts["title"] = title
    posted = day(rng, year)
    src = place["cm"][0]
    c.text(30, y, f"{src}{SP}{t.date(posted, 'slash0')}{SP}来源：{src}", "sans", 22, (120, 120, 120))
    t.media(app, "省级")
    t.media(src, "市级")
    t.facts["organ"] = src
    y += 60
    for para in news_text(t, rng, place, year, posted):
        y = c.wrap(30, y, 660, para, "serif", 27, (30, 30, 30), lead=1.8) + 18
    c.text(30, y + 10, f"编辑：{d3.names(rng, 1)[0]}{SP}审核：{d3.names(rng, 1)[0]}", "sans", 20, (140, 140, 140))
    y += 60
    c.text(30, y, f"更多{place['prov']}新闻请下载{app}客户端", "sans", 20, (140, 140, 140))
    t.facts["doc_type"] = "新闻报道"
    return c.crop(y + 60), c.texts


def shot_openinfo(t: Truth, rng: random.Random, place: dict, year: int):
    """An open-government page of a notice: the grid names the organ, the 文号 and two dates."""
    c = Canvas(1280, 1500)
    c.d.rectangle([0, 0, 1280, 100], fill=(20, 80, 160))
    c.text(60, 28, f"{place['county']}人民政府信息公开", "serif_bold", 38, (255, 255, 255))
    issuer = organ(place, rng.choice(["amr", "gov"]))
    genre = rng.choice(["通知", "方案", "通报"])
    title = TITLES[genre](place, year, rng)
    signed = day(rng, year)
    grid = [("索引号", f"{rng.randint(10000000, 99999999)}/{year}-{rng.randint(10, 99)}"), ("发布机构", issuer[0]),
            ("发文字号", t.docno(issuer[2] + TYPE_CHAR[genre], year, rng.randint(1, 80))),
            ("成文日期", t.date(signed, "cn")), ("发布日期", t.date(signed + dt.timedelta(days=2), "iso")),
            ("主题分类", "市场监管、安全生产监管")]
    y = 130
    for i in range(0, 6, 2):
        for k, (label, value) in enumerate(grid[i:i + 2]):
            x = 80 + k * 560
            c.d.rectangle([x, y, x + 560, y + 46], outline=(200, 200, 200))
            c.text(x + 12, y + 12, label, "sans_bold", 18, (60, 60, 60))
            c.text(x + 120, y + 12, value, "sans", 18, (30, 30, 30))
        y += 46
    y += 30
    y = c.wrap(140, y, 1000, title, "sans_bold", 32, (20, 20, 20), lead=1.45, align="center") + 20
    body = [f"各有关单位：为做好{year}年知识产权保护工作，现将有关事项通知如下。",
            f"请于{t.date(signed + dt.timedelta(days=30), 'cn')}前报送工作进展情况。"]
    for para in body:
        y = c.wrap(140, y, 1000, para, "serif", 22, (30, 30, 30), indent=2) + 10
    c.text(1140, y + 20, issuer[0], "serif", 22, (30, 30, 30), anchor="ra")
    c.text(1140, y + 60, d3.DATE_STYLES["cn"](signed), "serif", 22, (30, 30, 30), anchor="ra")
    t.facts.update(title=title, organ=issuer[0], doc_type=genre)
    return c.crop(y + 120), c.texts


# --- the plan ----------------------------------------------------------------------------------------------------
def doc_(fn, *args, **kw):
    return ("doc", lambda t, rng, place, year: fn(t, rng, place, year, *args, **kw))


def off(layout, genre, **kw):
    return doc_(official, layout, genre, **kw)


def shot(fn, *args):
    return ("shot", lambda t, rng, place, year: fn(t, rng, place, year, *args))


def xlsx(style):
    return ("xlsx", style)


def scan(dpi, mode="grey", fmt_pages=None):
    return {"dpi": dpi, "mode": mode}


PHOTO = {"edge": 2400}

PLAN = [  # (file name, kind, source, capture options)
    # DOCX house styles and genres
    ("通知-红头段落.docx", "docx", off("redpara", "通知", lines=2), {}),
    ("通知-页眉红头.docx", "docx", off("header", "通知", lines=3), {}),
    ("通知-文本框红头.docx", "docx", off("box", "通知", lines=2), {}),
    ("意见-表格红头.docx", "docx", off("redtable", "意见", lines=2), {}),
    ("决定-红头.docx", "docx", off("redpara", "决定", lines=2), {}),
    ("通报-落款.docx", "docx", off("sig", "通报", lines=1), {}),
    ("请示-表格红头.docx", "docx", off("redtable", "请示", lines=1), {}),
    ("批复-页眉.docx", "docx", off("header", "批复", lines=2), {}),
    ("计划-落款.docx", "docx", off("sig", "计划", lines=1), {}),
    ("要点-文本框.docx", "docx", off("box", "要点", lines=1), {}),
    ("方案-联合发文.docx", "docx", off("joint", "方案", joint=True, lines=2), {}),
    ("通知-联合发文-附件表.docx", "docx", off("joint", "通知", joint=True, lines=2, attach=True), {}),
    ("报告-落款.docx", "docx", off("sig", "报告", lines=1), {}),
    ("总结-红头.docx", "docx", off("redpara", "总结", lines=1), {}),
    ("函-表格红头.docx", "docx", off("redtable", "函", lines=2), {}),
    ("简报.docx", "docx", doc_(briefing), {}),
    ("会议纪要-字段.docx", "docx", doc_(minutes, "fields"), {}),
    ("会议记录-表格.docx", "docx", doc_(minutes, "form"), {}),
    ("台账-案件.docx", "docx", doc_(ledger_doc, 6), {}),
    ("签到表-培训.docx", "docx", doc_(signin, True, 10), {}),
    ("一览表-发文.docx", "docx", doc_(list_doc, "一览表"), {}),
    ("名单-联络员.docx", "docx", doc_(list_doc, "名单"), {}),
    # XLSX
    ("台账-案件查处.xlsx", "xlsx", xlsx("taizhang"), {}),
    ("台账-两个年度.xlsx", "xlsx", xlsx("two_sheets"), {}),
    ("登记表-宣传报道.xlsx", "xlsx", xlsx("media"), {}),
    ("签到表-培训会.xlsx", "xlsx", xlsx("signin"), {}),
    ("汇总表-任务完成.xlsx", "xlsx", xlsx("huizong"), {}),
    ("一览表-发文.xlsx", "xlsx", xlsx("yilan"), {}),
    ("名单-志愿服务队.xlsx", "xlsx", xlsx("mingdan"), {}),
    ("统计表-纠纷调解.xlsx", "xlsx", xlsx("tongji"), {}),
    ("台账-案件查处-乙.xlsx", "xlsx", xlsx("taizhang"), {}),
    ("登记表-宣传报道-乙.xlsx", "xlsx", xlsx("media"), {}),
    ("统计表-纠纷调解-乙.xlsx", "xlsx", xlsx("tongji"), {}),
    ("汇总表-任务完成-乙.xlsx", "xlsx", xlsx("huizong"), {}),
    # text PDFs
    ("通知-红头.pdf", "text_pdf", off("redpara", "通知", lines=3), {}),
    ("意见-落款.pdf", "text_pdf", off("sig", "意见", lines=2), {}),
    ("通报-文本框.pdf", "text_pdf", off("box", "通报", lines=2), {}),
    ("会议纪要-文内主持.pdf", "text_pdf", doc_(minutes, "inline"), {}),
    ("统计表-培训.pdf", "text_pdf", doc_(list_doc, "统计表"), {}),
    ("台账-案件-两页.pdf", "text_pdf", doc_(ledger_doc, 26, two_pages=True), {}),
    ("简报.pdf", "text_pdf", doc_(briefing), {}),
    ("批复-红头.pdf", "text_pdf", off("redpara", "批复", lines=2), {}),
    # scans
    ("扫描-通知-150dpi.pdf", "scan", off("redpara", "通知", lines=2), scan(150)),
    ("扫描-通知-300dpi.pdf", "scan", off("redpara", "通知", lines=3), scan(300, "colour")),
    ("扫描-决定-200dpi.pdf", "scan", off("header", "决定", lines=2), scan(200)),
    ("扫描-请示-100dpi.pdf", "scan", off("redtable", "请示", lines=1), scan(100)),
    ("扫描-联合通知.pdf", "scan", off("joint", "通知", joint=True, lines=2), scan(200, "colour")),
    ("扫描-函.jpg", "scan", off("redtable", "函", lines=2), scan(150)),
    ("扫描-通报-落款.pdf", "scan", off("sig", "通报", lines=1), scan(200, "bw")),
    ("扫描-台账-两页.pdf", "scan", doc_(ledger_doc, 26, two_pages=True), scan(150)),
    ("扫描-台账.pdf", "scan", doc_(ledger_doc, 7), scan(300)),
    ("扫描-一览表.jpg", "scan", doc_(list_doc, "一览表"), scan(200)),
    ("扫描-会议纪要.pdf", "scan", doc_(minutes, "after"), scan(200)),
    ("扫描-签到表.pdf", "scan", doc_(signin, True, 12), scan(150)),
    ("扫描-统计表.pdf", "scan", doc_(list_doc, "统计表"), scan(100)),
    ("扫描-名单.jpg", "scan", doc_(list_doc, "名单"), scan(150, "colour")),
    # photos
    ("照片-会议纪要-字段.jpg", "photo", doc_(minutes, "fields"), PHOTO),
    ("照片-会议纪要-文内.jpg", "photo", doc_(minutes, "inline"), PHOTO),
    ("照片-会议纪要-文后.jpg", "photo", doc_(minutes, "after"), PHOTO),
    ("照片-会议记录-表格.jpg", "photo", doc_(minutes, "form"), PHOTO),
    ("照片-会议记录-表格-乙.jpg", "photo", doc_(minutes, "form"), PHOTO),
    ("照片-签到表.jpg", "photo", doc_(signin, False, 12), PHOTO),
    ("照片-签到表-主办.jpg", "photo", doc_(signin, True, 10), PHOTO),
    ("照片-签到表-乙.jpg", "photo", doc_(signin, False, 14), PHOTO),
    ("照片-台账.jpg", "photo", doc_(ledger_doc, 5), PHOTO),
    ("照片-台账-两页.pdf", "photo", doc_(ledger_doc, 26, two_pages=True), PHOTO),
    ("照片-统计表.jpg", "photo", doc_(list_doc, "统计表"), PHOTO),
    ("照片-通知.jpg", "photo", off("redpara", "通知", lines=2), PHOTO),
    ("照片-通报.jpg", "photo", off("sig", "通报", lines=1), PHOTO),
    ("照片-一览表.jpg", "photo", doc_(list_doc, "一览表"), PHOTO),
    # screenshots
    ("截图-政府网-来源.png", "screenshot", shot(shot_portal, "source"), {}),
    ("截图-政府网-转载.png", "screenshot", shot(shot_portal, "chain"), {}),
    ("截图-政府网-部门.png", "screenshot", shot(shot_portal, "unit"), {}),
    ("截图-政府网-来源-乙.jpg", "screenshot", shot(shot_portal, "source"), {}),
    ("截图-微信-报社.png", "screenshot", shot(shot_wechat, "own"), {}),
    ("截图-微信-来源.png", "screenshot", shot(shot_wechat, "from"), {}),
    ("截图-微信-供稿.jpg", "screenshot", shot(shot_wechat, "editor"), {}),
    ("截图-微信-来源-乙.jpg", "screenshot", shot(shot_wechat, "from"), {}),
    ("截图-客户端.png", "screenshot", shot(shot_app), {}),
    ("截图-客户端-乙.jpg", "screenshot", shot(shot_app), {}),
    ("截图-信息公开.png", "screenshot", shot(shot_openinfo), {}),
    ("截图-信息公开-乙.png", "screenshot", shot(shot_openinfo), {}),
    # unruled tables (appended last: the files above keep their place and year)
    ("扫描-统计表-无框线.pdf", "scan", doc_(list_doc, "统计表", ruled=False), scan(200)),
    ("照片-一览表-无框线.jpg", "photo", doc_(list_doc, "一览表", ruled=False), PHOTO),
]
ENTRIES = {name: (name, kind, source, opts) for name, kind, source, opts in PLAN}


def seeded(i: int, name: str) -> tuple[random.Random, dict, int]:
    rng = random.Random(f"dev7/{name}")
    return rng, PLACES[i % len(PLACES)], rng.choice([2022, 2023, 2023])


def capture(job: tuple) -> None:
    """One scan or photo in a worker process: job = (name, kind, fmt, source pdf, opts, seals, out)."""
    name, kind, fmt, source, opts, seals, out = job
    rng = random.Random(f"dev7/{name}/capture")
    Path(out).write_bytes(d6.captured(kind, fmt, source, opts, seals, rng))


def build(out: Path, work: Path) -> tuple[dict[str, Truth], list[tuple]]:
    truths, docs = {}, {}
    for i, (name, kind, (source, make), _) in enumerate(PLAN):
        rng, place, year = seeded(i, name)
        t = Truth(kind, name.rsplit(".", 1)[1])
        truths[name] = t
        if source == "doc":
            docs[name] = make(t, rng, place, year).save(work / f"src{i:02d}.docx")
        elif source == "xlsx":
            make_xlsx(t, rng, place, year, make, out / name)
        else:
            img, drawn = make(t, rng, place, year)
            d3.check_printed(name, t, "\n".join(drawn))
            (out / name).write_bytes(d6.encoded(img, t.fmt, rng.randint(70, 92)))
    pdfs = d3.convert(sorted(docs.values()), "pdf", work / "pdf")
    jobs, wrong = [], []
    for name, path in docs.items():
        t, pdf = truths[name], pdfs.get(path)
        if pdf is None:
            raise SystemExit(f"{name}: LibreOffice made no PDF")
        text, t.pages = d3.pdf_text(pdf)
        d3.check_printed(name, t, text + "\n" + d3.docx_text(path))
        if ("两页" in name and t.pages != 2) or t.pages > 3 or (t.fmt in ("jpg", "png") and t.pages != 1):
            wrong.append(f"{name}: printed on {t.pages} pages")
        if t.kind == "docx":
            shutil.copyfile(path, out / name)
        elif t.kind == "text_pdf":
            shutil.copyfile(pdf, out / name)
        else:
            jobs.append((name, t.kind, t.fmt, str(pdf), ENTRIES[name][3], t.seals, str(out / name)))
    if wrong:
        raise SystemExit("\n".join(wrong))
    return truths, jobs


def write_truth(out: Path, truths: dict[str, Truth]) -> None:
    """DIR/truth.yaml and the committed bench/dev7/truth.yaml, the same text."""
    files = {name: truths[name].export() for name in sorted(truths)}
    text = yaml.safe_dump({"split": "dev7", "generator": "bench/dev7/make_dev7.py", "files": files},
                          allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "bench" / "dev7" / "truth.yaml").write_text(text, encoding="utf-8")
    (out / "truth.yaml").write_text(text, encoding="utf-8")


def main(argv: list[str]) -> None:
    began = time.time()
    out = Path(argv[1]) if len(argv) == 2 else None
    if out is None:
        raise SystemExit("用法：.venv/bin/python bench/dev7/make_dev7.py 输出目录（例如 /tmp/dev7）")
    out.mkdir(parents=True, exist_ok=True)
    old = out / "truth.yaml"
    old.unlink(missing_ok=True)  # written last: present only when the corpus is complete
    work = Path(tempfile.mkdtemp(prefix="ipdocs-dev7-"))
    try:
        truths, jobs = build(out, work)
        with multiprocessing.get_context("fork").Pool(2) as pool:  # scans and photos, two at a time
            pool.map(capture, jobs, chunksize=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_truth(out, truths)
    kinds = collections.Counter(t.kind for t in truths.values())
    print(f"dev7: {len(truths)} files in {out} ({', '.join(f'{k} {kinds[k]}' for k in sorted(kinds))}) "
          f"in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
