"""A tables-only corpus: XLSX ledgers as offices keep them, and scans and phone photos of printed tables.

    .venv/bin/python bench/ledgers/make_ledgers.py DIR            # writes DIR/<files> and DIR/truth.yaml
    .venv/bin/python bench/ledgers/make_ledgers.py --xlsx DIR     # the workbooks only
    .venv/bin/python bench/ledgers/make_ledgers.py --score DIR    # tables and table rows per kind, and misses

Written for issue 15 (logical tables) by the session that owns ipdocs/extract/tables.py, so it is a tuning corpus,
not a blind one. Truth records only `tables` (and kind, format, pages); the score reads only tables, by
bench/extract_bench.py's matching rules. Places, units and people are invented.

XLSX (openpyxl): a title row merged across (or written in the first cell), 填报单位/填报日期 lines, 单位：件
lines, one- and two-row merged headers, a 序号 column or none, blank spacer rows, 小计 and 合计 rows, 注/说明/填表人
lines under the table, hidden rows (withdrawn records) and hidden columns, several sheets (a 说明 sheet first, a
chart sheet, a hidden draft sheet, a second table), cells with line breaks, numbers stored as text, a unit's name
merged down over its rows, tables not starting at A1, bordered empty rows (some pre-numbered) at the end, data
validation lists; as openpyxl writes statistics (ledger-f-NN): formulas without a cached result (=ROW()-k,
=SUM(…), a summary sheet over another sheet), three-row headers, a hidden range of columns, 5月18日 / 2023/5/18 9:30 /
#,##0.00 display formats; sign-in sheets in two halves side by side and registers with section captions merged
across (ledger-s-NN). Scans (100–300 dpi, skew 0–3°, noise; colour, grey or bilevel; PDF, JPEG or PNG) and phone
photos (perspective, shadow, up to 8° tilt) of pages drawn with Pillow: ruled, partly ruled (horizontal rules only)
and unruled tables, two-row headers, wrapped cells, empty cells, 合计 rows, notes under the table, a table over
two pages or two photos (header repeated or not).

Truth conventions (those of dev3–dev5, which decided them blind; the same here):
- header = the leaf row of a merged header (the label under a group; a label merged down over both header rows is
  itself a leaf); a hidden column is not shown, so not part of the header.
- rows = records, cell by cell as shown (dates as the cell's number format prints them, numbers as printed);
  a cell merged down gives its value to each row; wrapped cells (line breaks) joined without a separator.
- not rows: the title, 填报单位/填报日期 and 单位 lines, the header, blank rows, pre-numbered blank rows, 小计 and
  合计/总计 rows (a total is not a record), notes and signatures under the table, hidden rows, section captions.
- a formula's cell is its value as Excel computes it; a list in two halves side by side is a table as printed
  (both halves' labels, one row per printed line; dev3's blind convention), a blank column between them left out.
- a table printed over two pages or two photos of one file is one table; each sheet's table is its own table.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import sys
from pathlib import Path

import numpy as np
import openpyxl
import yaml
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
d3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d3)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅玲志文斌宇浩凯鹏飞雪晨阳婷琳"
PLACES = [("青川县", ["城关镇", "石桥镇", "河口乡", "白云街道", "龙泉镇"]),
          ("东平区", ["新华街道", "黄岭镇", "柳林镇", "南塘乡", "北山街道"]),
          ("安宁县", ["安和镇", "西溪乡", "马坡镇", "东城街道", "双龙镇"])]
UNITS = ["县市场监管局", "县公安局", "县文化广电旅游局", "县农业农村局", "县商务局", "县法院", "县检察院", "县司法局",
         "县科工局", "县新闻出版局"]
CAUSES = ["销售侵犯注册商标专用权商品", "假冒专利", "销售侵权盗版图书", "侵犯著作权", "擅自使用他人企业名称",
          "冒用地理标志", "销售假冒伪劣农资", "网络销售侵权商品"]
SHOPS = ["某某商贸有限公司", "某某百货店", "某某电子商行", "某某书店", "某某农资经营部", "某某五金店", "某某超市",
         "某某服装店", "某某网店"]
ACTIVITIES = ["知识产权宣传周启动仪式", "4·26世界知识产权日宣传", "商标品牌培育培训班", "专利转化运用座谈会",
              "打击侵权假冒进市场", "知识产权进校园", "地理标志产品推介会", "企业知识产权合规讲座",
              "版权保护宣传进社区", "中国专利周宣传活动"]
MEDIA = [("中国知识产权报", "国家级"), ("人民网", "国家级"), ("省日报", "省级"), ("省电视台", "省级"),
         ("市日报", "市级"), ("市广播电视台", "市级"), ("学习强国", "国家级")]
TASKS = ["健全知识产权保护工作机制", "开展打击侵权假冒专项行动", "加强商标专用权保护", "推进专利侵权纠纷行政裁决",
         "强化版权保护和正版化工作", "加强地理标志保护", "开展知识产权宣传培训", "做好迎检佐证材料收集"]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def day_in(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))


DATE_FORMATS = {"yyyy-mm-dd": lambda d: d.isoformat(),
                'yyyy"年"m"月"d"日"': lambda d: f"{d.year}年{d.month}月{d.day}日",
                "yyyy/m/d": lambda d: f"{d.year}/{d.month}/{d.day}", "yyyy.mm.dd": lambda d: d.strftime("%Y.%m.%d")}


# ---- what a ledger holds: (title, header groups, rows of (value, shown) pairs) ----------------------------------


class Cell:
    """A value as written into the sheet and as the reader sees it."""

    def __init__(self, value, shown: str | None = None, fmt: str | None = None):
        self.value, self.fmt = value, fmt
        self.shown = str(value) if shown is None else shown


def date_cell(rng: random.Random, day: dt.date, style: str, as_text: bool) -> Cell:
    shown = DATE_FORMATS[style](day)
    return Cell(shown) if as_text else Cell(dt.datetime(day.year, day.month, day.day), shown, style)


def number_cell(n: int, as_text: bool) -> Cell:
    return Cell(str(n)) if as_text else Cell(n)


def ledger(rng: random.Random, kind: str, year: int, n: int, county: str, towns: list[str]):
    """(title, groups, rows, unit column or None, total row values or None): groups are (label, leaves)."""
    style = rng.choice(list(DATE_FORMATS))
    as_text = rng.random() < 0.35
    if kind == "cases":
        groups = [("案件名称", ["案件名称"]), ("当事人", ["当事人"]), ("案由", ["案由"]), ("立案日期", ["立案日期"]),
                  ("结案日期", ["结案日期"]), ("罚没金额（元）", ["罚没金额（元）"]), ("是否公开", ["是否公开"])]
        rows = []
        for _ in range(n):
            start = day_in(rng, year)
            shop = rng.choice(towns)[:2] + rng.choice(SHOPS)
            rows.append([Cell(f"{shop}{rng.choice(CAUSES)}案"), Cell(shop), Cell(rng.choice(CAUSES)),
                         date_cell(rng, start, style, as_text),
                         date_cell(rng, start + dt.timedelta(days=rng.randrange(20, 90)), style, as_text),
                         number_cell(rng.randrange(5, 200) * 100, as_text), Cell(rng.choice("是是是否"))])
        return f"{county}{year}年知识产权行政处罚案件台账", groups, rows, None, None
    if kind == "publicity":
        groups = [("活动名称", ["活动名称"]), ("活动时间", ["活动时间"]), ("活动地点", ["活动地点"]),
                  ("参与人数", ["参与人数"]), ("发放资料（份）", ["发放资料（份）"]), ("备注", ["备注"])]
        rows = []
        for _ in range(n):
            people, leaflets = rng.randrange(30, 500), rng.randrange(100, 3000)
            rows.append([Cell(rng.choice(ACTIVITIES)), date_cell(rng, day_in(rng, year), style, as_text),
                         Cell(rng.choice(towns) + rng.choice(["文化广场", "农贸市场", "中心小学", "政务服务中心"])),
                         number_cell(people, as_text), number_cell(leaflets, as_text),
                         Cell(rng.choice(["", "", "联合开展", "市局指导"]))])
        total = ["合计", "", "", sum(int(r[3].shown) for r in rows), sum(int(r[4].shown) for r in rows), ""]
        return f"{county}{year}年知识产权宣传活动统计表", groups, rows, None, total
    if kind == "tasks":
        groups = [("工作任务", ["工作任务"]), ("责任分工", ["牵头单位", "配合单位"]), ("完成时限", ["完成时限"])]
        rows = []
        for task in rng.sample(TASKS, min(n, len(TASKS))):
            lead, *co = rng.sample(UNITS, 3)
            rows.append([Cell(task), Cell(lead), Cell("、".join(co)),
                         Cell(f"{year}年{rng.randrange(6, 12)}月底前")])
        return f"{county}{year}年知识产权保护工作任务分工表", groups, rows, None, None
    if kind == "by_unit":  # statistics per town, two-row header, a unit merged down over its quarters
        groups = [("单位", ["单位"]), ("季度", ["季度"]), ("专利", ["立案数", "结案数"]),
                  ("商标", ["立案数", "结案数"]), ("罚没款（万元）", ["罚没款（万元）"])]
        rows = []
        for town in rng.sample(towns, max(2, n // 2)):
            for q in ("一季度", "二季度"):
                a, b = rng.randrange(0, 9), rng.randrange(0, 12)
                rows.append([Cell(town), Cell(q), number_cell(a, as_text),
                             number_cell(rng.randrange(0, a + 1), as_text),
                             number_cell(b, as_text), number_cell(rng.randrange(0, b + 1), as_text),
                             Cell(round(rng.uniform(0.5, 30), 2), None, None)])
        for r in rows:
            r[6].shown = f"{r[6].value:.2f}"
            r[6].fmt = "0.00"
        return f"{county}{year}年上半年知识产权案件统计表", groups, rows, 0, None
    if kind == "media":
        groups = [("报道标题", ["报道标题"]), ("刊发媒体", ["刊发媒体"]), ("媒体级别", ["媒体级别"]),
                  ("刊发日期", ["刊发日期"]), ("报送单位", ["报送单位"])]
        rows = []
        for _ in range(n):
            outlet, level = rng.choice(MEDIA)
            rows.append([Cell(f"{county}{rng.choice(ACTIVITIES)}顺利举办"), Cell(outlet), Cell(level),
                         date_cell(rng, day_in(rng, year), style, as_text), Cell(rng.choice(UNITS))])
        return f"{county}{year}年知识产权宣传报道登记表", groups, rows, None, None
    # mediation register
    groups = [("受理日期", ["受理日期"]), ("申请人", ["申请人"]), ("被申请人", ["被申请人"]),
              ("纠纷类型", ["纠纷类型"]), ("调解结果", ["调解结果"])]
    rows = [[date_cell(rng, day_in(rng, year), style, as_text), Cell(person(rng)),
             Cell(rng.choice(towns)[:2] + rng.choice(SHOPS)), Cell(rng.choice(["商标侵权", "专利侵权", "著作权侵权"])),
             Cell(rng.choice(["调解成功", "调解不成", "申请人撤回"]))] for _ in range(n)]
    return f"{county}{year}年知识产权纠纷人民调解登记表", groups, rows, None, None


# ---- XLSX ----------------------------------------------------------------------------------------------------


def write_row(ws, row: int, col: int, values: list, bold: bool = False, border: bool = True) -> None:
    for c, value in enumerate(values, start=col):
        v = value.value if isinstance(value, Cell) else value
        cell = ws.cell(row, c, v)
        cell.font = Font(name="宋体" if not bold else "黑体", size=11, bold=bold)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if border:
            cell.border = BOX
        if isinstance(value, Cell) and value.fmt:
            cell.number_format = value.fmt


def leaf_header(groups) -> list[str]:
    return [leaf for _, leaves in groups for leaf in leaves]


def make_xlsx(rng: random.Random, i: int, path: Path) -> list[dict]:
    """One workbook; returns its truth tables."""
    county, towns = rng.choice(PLACES)
    year = rng.choice((2022, 2023))
    kinds = ["cases", "publicity", "tasks", "by_unit", "media", "mediation"]
    kind = kinds[i % len(kinds)]
    wb = openpyxl.Workbook()
    ws = wb.active
    tables: list[dict] = []
    features = {f for f in ("intro", "chart", "second", "hidden_sheet") if rng.random() < 0.3}
    if "intro" in features:  # a 说明 sheet first
        ws.title = "填表说明"
        for r, line in enumerate(["填表说明", "1. 本表由各单位按季度填报，数据截至报送日。",
                                  "2. 金额以元为单位，保留整数。", f"3. 请于{year}年12月5日前报送县知识产权局。"], 1):
            ws.cell(r, 1, line)
        ws = wb.create_sheet("台账")
    else:
        ws.title = "Sheet1" if rng.random() < 0.4 else "台账"
    tables.append(fill_sheet(ws, rng, kind, year, county, towns))
    if "chart" in features:
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=3))
        wb.create_chartsheet("图表").add_chart(chart)
    if "hidden_sheet" in features:  # a draft nobody sees
        draft = wb.create_sheet("草稿")
        write_row(draft, 1, 1, ["序号", "名称", "数量"], bold=True)
        for r in range(2, 5):
            write_row(draft, r, 1, [r - 1, f"草稿{r}", r * 3])
        draft.sheet_state = "hidden"
    if "second" in features:
        other = kinds[(i + 3) % len(kinds)]
        tables.append(fill_sheet(wb.create_sheet("第二季度" if other != kind else "续表"), rng, other, year, county,
                                 towns))
    wb.save(path)
    return tables


def fill_sheet(ws, rng: random.Random, kind: str, year: int, county: str, towns: list[str]) -> dict:
    n = rng.randrange(4, 11)
    title, groups, rows, unit_col, total = ledger(rng, kind, year, n, county, towns)
    serial = rng.random() < 0.7
    two_rows = any(len(leaves) > 1 for _, leaves in groups) or rng.random() < 0.25
    if two_rows and all(len(leaves) == 1 for _, leaves in groups):  # group two neighbours under a label
        at = rng.randrange(0, len(groups) - 1)
        groups = [*groups[:at], ("基本情况", [groups[at][0], groups[at + 1][0]]), *groups[at + 2:]]
    if serial:
        groups = [("序号", ["序号"]), *groups]
        rows = [[Cell(k + 1) if rng.random() < 0.8 else Cell(str(k + 1)), *r] for k, r in enumerate(rows)]
        unit_col = None if unit_col is None else unit_col + 1
    header = leaf_header(groups)
    hidden_col = rng.random() < 0.25
    if hidden_col:  # an internal number column, hidden
        g = rng.randrange(1, len(groups))  # between two groups (never inside a merged group label)
        at = len(leaf_header(groups[:g]))  # its column
        groups = [*groups[:g], ("内部编号", ["内部编号"]), *groups[g:]]
        rows = [[*r[:at], Cell(f"NB{rng.randrange(1000, 9999)}"), *r[at:]] for r in rows]
        unit_col = None if unit_col is None or unit_col < at else unit_col + 1
    all_width = len(leaf_header(groups))
    r0, c0 = rng.choice([(1, 1), (1, 1), (2, 2), (3, 1), (2, 3)])
    r = r0
    if rng.random() < 0.85:  # title merged across (else written in the first cell only)
        ws.cell(r, c0, title).font = Font(name="方正小标宋简体", size=16, bold=True)
        ws.cell(r, c0).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + all_width - 1)
        ws.row_dimensions[r].height = 32
    else:
        ws.cell(r, c0, title).font = Font(name="黑体", size=14, bold=True)
    r += 1
    fill_line = rng.choice(["merged", "cells", "none", "merged"])
    when = dt.date(year, 12, rng.randrange(1, 20))
    if fill_line == "merged":
        ws.cell(r, c0, f"填报单位（盖章）：{county}市场监督管理局        "
                       f"填报日期：{when.year}年{when.month}月{when.day}日")
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + all_width - 1)
        r += 1
    elif fill_line == "cells":
        ws.cell(r, c0, "填报单位：")
        ws.cell(r, c0 + 1, f"{county}知识产权局")
        ws.cell(r, c0 + all_width - 2, "填报时间：")
        ws.cell(r, c0 + all_width - 1, f"{when.year}年{when.month}月{when.day}日")
        r += 1
    if rng.random() < 0.3:
        ws.cell(r, c0 + all_width - 1, "单位：件、元" if kind == "cases" else "单位：场、人")
        r += 1
    if rng.random() < 0.3:  # a blank spacer row
        r += 1
    # header
    if any(len(leaves) > 1 for _, leaves in groups):
        top, leaf, spans, col = [], [], [], c0
        for name, leaves in groups:
            alone = len(leaves) == 1 and leaves[0] == name
            top += [name] + [None] * (len(leaves) - 1)
            leaf += [None] if alone else leaves
            spans.append((r, col, r + 1, col) if alone else (r, col, r, col + len(leaves) - 1))
            col += len(leaves)
        write_row(ws, r, c0, top, bold=True)
        write_row(ws, r + 1, c0, leaf, bold=True)
        for a, b, c, d in spans:
            ws.merge_cells(start_row=a, start_column=b, end_row=c, end_column=d)
        r += 2
    else:
        write_row(ws, r, c0, leaf_header(groups), bold=True)
        r += 1
    if hidden_col:
        ws.column_dimensions[openpyxl.utils.get_column_letter(c0 + at)].hidden = True
    # body
    truth_rows = []
    wrap = rng.random() < 0.4
    subtotals = kind == "by_unit" and rng.random() < 0.5
    spacer_at = rng.randrange(1, len(rows)) if rng.random() < 0.25 else None
    hidden_at = set(rng.sample(range(len(rows)), 1)) if rng.random() < 0.35 else set()
    start_unit = None
    for k, row in enumerate(rows):
        if k == spacer_at:
            r += 1  # a blank row left between records
        values = list(row)
        shown = [c.shown for j, c in enumerate(values) if not (hidden_col and j == at)]
        if wrap:  # a long cell typed with a line break (Alt+Enter)
            j = max(range(len(values)), key=lambda j: len(values[j].shown) if isinstance(values[j].value, str) else 0)
            text = values[j].shown
            if len(text) >= 8 and isinstance(values[j].value, str):
                cut = len(text) // 2
                values[j] = Cell(text[:cut] + "\n" + text[cut:])
        write_row(ws, r, c0, values)
        if k in hidden_at:
            ws.row_dimensions[r].hidden = True
        else:
            truth_rows.append(shown)
        if unit_col is not None:  # the unit merged down over its rows
            if start_unit is None or rows[start_unit][unit_col].shown != row[unit_col].shown:
                start_unit = k
                first_row = r
            if k + 1 == len(rows) or rows[k + 1][unit_col].shown != row[unit_col].shown:
                if r > first_row:
                    for rr in range(first_row + 1, r + 1):
                        ws.cell(rr, c0 + unit_col).value = None
                    ws.merge_cells(start_row=first_row, start_column=c0 + unit_col, end_row=r,
                                   end_column=c0 + unit_col)
                if subtotals:
                    r += 1
                    write_row(ws, r, c0, ["", "小计", *[""] * (all_width - 2)])
        r += 1
    if total is not None or rng.random() < 0.3:
        label = rng.choice(["合计", "合  计", "总计"])
        values = [label] + [""] * (all_width - 1)
        merge = False
        if total is not None:
            values = ([""] if serial else []) + [label] + total[1:]
            if hidden_col:
                values = [*values[:at], "", *values[at:]]
            if serial and rng.random() < 0.5:
                values, merge = [label, "", *values[2:]], True
        write_row(ws, r, c0, values[:all_width])
        if merge:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 1)
        r += 1
    if rng.random() < 0.5:  # formatted-but-empty rows, some pre-numbered
        numbered = serial and rng.random() < 0.5
        for k in range(rng.randrange(2, 6)):
            write_row(ws, r, c0, [len(rows) + k + 1 if numbered else None] + [None] * (all_width - 1))
            r += 1
    phone = "0" + str(rng.randrange(10 ** 9, 10 ** 10))
    notes = rng.sample(["注：本表数据截至填报日期，案件以立案时间为准。",
                        "说明：1.是否公开指是否在国家企业信用信息公示系统公开。",
                        f"填表人：{person(rng)}    审核人：{person(rng)}    联系电话：{phone}",
                        "备注：此表一式两份。"], rng.randrange(0, 3))
    for note in notes:
        r += rng.random() < 0.3
        ws.cell(r, c0, note)
        if rng.random() < 0.6:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + all_width - 1)
        r += 1
    if "是否公开" in header and rng.random() < 0.7:
        dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        col = openpyxl.utils.get_column_letter(c0 + leaf_header(groups).index("是否公开"))
        dv.add(f"{col}{r0}:{col}{r + 20}")
        ws.add_data_validation(dv)
    for c in range(all_width):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c0 + c)].width = 14 if c else 8
    return {"header": header, "row_count": len(truth_rows), "rows": truth_rows}


# ---- printed tables: scans and photos -------------------------------------------------------------------------

DPI = 200
A4 = (1654, 2339)


def wrap_text(draw, text: str, face, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if draw.textlength(line + ch, font=face) > width and line:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines or [""]


def draw_pages(rng: random.Random, title: str, groups, rows: list[list[str]], total: list[str] | None, ruling: str,
               pages: int, repeat: bool, notes: list[str]) -> list[Image.Image]:
    """The table printed on A4 pages at 200 dpi: `ruling` full, rows (horizontal rules only) or none."""
    face_name = rng.choice(["ming", "serif", "sans", "kai"])
    size = rng.choice((26, 28, 30))
    face, bold = d3.font(face_name, size), d3.font("sans_bold" if face_name == "sans" else "serif_bold", size)
    header = leaf_header(groups)
    left, right = 150, A4[0] - 150
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    natural = [max([probe.textlength(h, font=bold) for h in header[c:c + 1]]
                   + [min(probe.textlength(r[c], font=face), size * 9) for r in rows]) + size
               for c in range(len(header))]
    scale = (right - left) / sum(natural)
    widths = [w * scale for w in natural]
    xs = [left + sum(widths[:c]) for c in range(len(widths) + 1)]
    two = any(len(leaves) > 1 for _, leaves in groups)
    per_page = (len(rows) + pages - 1) // pages
    images = []
    for p in range(pages):
        img = Image.new("RGB", A4, "white")
        draw = ImageDraw.Draw(img)
        y = 170
        if p == 0:
            tface = d3.font("serif_bold", 46)
            draw.text((A4[0] / 2, y), title, font=tface, fill="black", anchor="mt")
            y += 100
            if rng.random() < 0.6:
                draw.text((left, y), f"填报单位：{rng.choice(UNITS)}", font=face, fill="black")
                draw.text((right, y), "单位：件", font=face, fill="black", anchor="ra")
                y += size * 2
        line_h = size * 1.5
        hrules = [y]
        if p == 0 or repeat:
            top = y
            if two:
                col = 0
                for name, leaves in groups:
                    x0, x1 = xs[col], xs[col + len(leaves)]
                    if len(leaves) == 1 and leaves[0] == name:
                        draw.text(((x0 + x1) / 2, top + line_h), name, font=bold, fill="black", anchor="mm")
                    else:
                        draw.text(((x0 + x1) / 2, top + line_h / 2), name, font=bold, fill="black", anchor="mm")
                        for k, leaf in enumerate(leaves):
                            draw.text(((xs[col + k] + xs[col + k + 1]) / 2, top + line_h * 1.5), leaf, font=bold,
                                      fill="black", anchor="mm")
                        if ruling == "full":
                            draw.line([(x0, top + line_h), (x1, top + line_h)], fill="black", width=2)
                    col += len(leaves)
                y = top + line_h * 2
            else:
                for c, h in enumerate(header):
                    draw.text(((xs[c] + xs[c + 1]) / 2, top + line_h / 2), h, font=bold, fill="black", anchor="mm")
                y = top + line_h
            y += 8
            hrules.append(y)
            header_bottom = y
        else:
            header_bottom = y
        body = rows[p * per_page:(p + 1) * per_page]
        if p == pages - 1 and total:
            body = [*body, total]
        for row in body:
            cells = [wrap_text(draw, cell, face, widths[c] - size * 0.6) for c, cell in enumerate(row)]
            height = max(len(c) for c in cells) * line_h + 14
            for c, lines in enumerate(cells):
                for k, line in enumerate(lines):
                    draw.text(((xs[c] + xs[c + 1]) / 2, y + 7 + k * line_h + line_h / 2), line, font=face,
                              fill="black", anchor="mm")
            y += height
            hrules.append(y)
        if ruling == "full":
            for yy in hrules:
                draw.line([(left, yy), (right, yy)], fill="black", width=2)
            inner, col = set(), 0  # rules between a group's leaves start under the group's label
            for _, leaves in groups:
                inner |= set(range(col + 1, col + len(leaves)))
                col += len(leaves)
            for c, x in enumerate(xs):
                start = hrules[0] + line_h if two and (p == 0 or repeat) and c in inner else hrules[0]
                draw.line([(x, start), (x, hrules[-1])], fill="black", width=2)
        elif ruling == "rows":
            for yy in hrules:
                draw.line([(left, yy), (right, yy)], fill="black", width=2)
        else:  # three-line table at most: none at all here
            pass
        del header_bottom
        y += 30
        if p == pages - 1:
            for note in notes:
                draw.text((left, y), note, font=face, fill="black")
                y += size * 2
        images.append(img)
    return images


def rotated(img: Image.Image, angle: float) -> Image.Image:
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor="white")


def make_printed(rng: random.Random, i: int, kind: str, out: Path) -> tuple[str, dict]:
    county, towns = rng.choice(PLACES)
    year = rng.choice((2022, 2023))
    which = ["cases", "publicity", "tasks", "media", "mediation", "by_unit"][i % 6]
    pages = 2 if i % 4 == 3 else 1
    n = rng.randrange(12, 18) if pages == 2 else rng.randrange(5, 10)
    if which == "tasks":
        n = min(n, len(TASKS))
    title, groups, rows, unit_col, total = ledger(rng, which, year, n, county, towns)
    if which == "by_unit":
        groups = [g for g in groups if g[0] != "季度"]
        rows = [[r[0], *r[2:]] for r in rows[::2]]
    if which == "cases":  # a printed case list shortens its columns
        groups = [g for g in groups if g[0] not in ("案由", "结案日期")]
        rows = [[r[0], r[1], r[3], r[5], r[6]] for r in rows]
    shown = [[c.shown for c in r] for r in rows]
    serial = rng.random() < 0.75
    if serial:
        groups = [("序号", ["序号"]), *groups]
        shown = [[str(k + 1), *r] for k, r in enumerate(shown)]
    if total is None and rng.random() < 0.3 and which in ("by_unit", "publicity"):
        total = ["合计"] + [""] * (len(leaf_header(groups)) - 1)
    if total is not None:
        total = [str(c) for c in total]
        total = ([""] if serial else []) + total if len(total) < len(leaf_header(groups)) else total
        total = total[:len(leaf_header(groups))]
        if which == "by_unit":
            total = [("合计" if c == (1 if serial else 0) else "") for c in range(len(leaf_header(groups)))]
    for r in shown:  # an empty cell or two
        if rng.random() < 0.15:
            r[-1] = ""
    ruling = ["full", "full", "rows", "none"][i % 4] if kind == "scan" else ["full", "rows", "full", "none"][i % 4]
    notes = rng.sample([f"填表人：{person(rng)}", "注：数据截至11月30日。", f"审核人：{person(rng)}"],
                       rng.randrange(0, 3))
    images = draw_pages(rng, title, groups, shown, total, ruling, pages, rng.random() < 0.5, notes)
    stem = f"{kind}-{which}-{ruling}-{i:02d}"
    if kind == "scan":
        dpi = rng.choice((100, 150, 200, 300))
        mode = rng.choice(["colour", "grey", "bw", "grey"])
        outs = []
        for img in images:
            img = rotated(img, rng.uniform(-1.4, 1.4))  # with the scanner's own ±1.6°: 0–3°
            if dpi != DPI:
                img = img.resize((round(A4[0] * dpi / DPI), round(A4[1] * dpi / DPI)), Image.LANCZOS)
            outs.append(d3.scanned(np.asarray(img), rng, mode, dpi))
        if pages == 1 and rng.random() < 0.5:
            name = stem + rng.choice([".png", ".jpg"])
            outs[0].convert("L" if outs[0].mode == "1" else outs[0].mode).save(out / name, quality=85)
        else:
            name = stem + ".pdf"
            (out / name).write_bytes(d3.image_pdf(outs, dpi, rng.randrange(60, 90)))
    else:
        outs = []
        for img in images:
            tilt = rng.choice((-1, 1)) * rng.uniform(2, 4)  # with the camera's own ±4°: up to 8°
            outs.append(d3.photographed(np.asarray(rotated(img, tilt)), rng))
        if pages == 1:
            name = stem + ".jpg"
            outs[0].save(out / name, quality=rng.randrange(60, 90))
        else:
            name = stem + ".pdf"
            (out / name).write_bytes(d3.image_pdf([o.resize((o.width // 2, o.height // 2)) for o in outs], 150, 80))
    return name, {"kind": kind, "format": name.rsplit(".", 1)[1], "pages": pages,
                  "tables": [{"header": leaf_header(groups), "row_count": len(shown), "rows": shown}]}


# ---- XLSX with formulas and Excel's display formats (ledger-f-NN) ---------------------------------------------

SHOWN_DATES = {'m"月"d"日"': lambda d: f"{d.month}月{d.day}日", "mm-dd-yy": lambda d: f"{d.year}/{d.month}/{d.day}",
               'yyyy"年"m"月"d"日"': lambda d: f"{d.year}年{d.month}月{d.day}日",
               "yyyy/m/d h:mm": lambda d: f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}"}


def make_formula_xlsx(rng: random.Random, i: int, path: Path) -> list[dict]:
    """Statistics per town as openpyxl writes them: formulas (序号 =ROW()-k, 小计 =SUM(…), 合计 =SUM(…)) with no
    cached value, so the reader must compute what Excel shows; a three-row header (案件情况 over 专利 over 立案 |
    结案) or a two-row one; a hidden range of two columns; dates in 5月18日, 2023/5/18 9:30 or the built-in short
    date; amounts as 0.00 or #,##0.00 show them; numbered notes and 填报人/审核人 under the table; a summary sheet of
    formulas over the first sheet's totals (0.0% shares)."""
    county, towns = rng.choice(PLACES)
    year = rng.choice((2022, 2023))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = rng.choice(["统计表", "Sheet1", f"{year}年"])
    three = i % 3 == 0
    hidden = i % 2 == 1
    date_fmt = list(SHOWN_DATES)[i % len(SHOWN_DATES)]
    money_fmt = rng.choice(["0.00", "#,##0.00"])
    leaves = ["立案", "结案"] if three else ["专利立案数", "专利结案数", "商标立案数", "商标结案数"]
    cols = ["序号", "单位", *(["内部编号", "经办人"] if hidden else []), *(leaves * 2 if three else leaves), "小计",
            "罚没款（万元）", "最近办案日期"]
    width = len(cols)
    first = 5 if hidden else 3  # the first count column (1-based)
    write_row(ws, 1, 1, [f"{county}{year}年知识产权案件统计表"] + [None] * (width - 1), bold=True, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, width, "单位：件、万元")
    r = 3
    if three:
        top = ["序号", "单位", *(["内部编号", "经办人"] if hidden else []), "案件情况", None, None, None, "小计",
               "罚没款（万元）", "最近办案日期"]
        mid = [None] * width
        mid[first - 1], mid[first + 1] = "专利", "商标"
        low = [None] * width
        for k, leaf in enumerate(leaves * 2):
            low[first - 1 + k] = leaf
        for row in (top, mid, low):
            write_row(ws, r + (row is mid) + 2 * (row is low), 1, row, bold=True)
        for c in range(1, width + 1):
            if not first <= c < first + 4:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 2, end_column=c)
        ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=first + 3)
        ws.merge_cells(start_row=r + 1, start_column=first, end_row=r + 1, end_column=first + 1)
        ws.merge_cells(start_row=r + 1, start_column=first + 2, end_row=r + 1, end_column=first + 3)
        r += 3
    else:
        write_row(ws, r, 1, cols, bold=True)
        r += 1
    header_end = r - 1
    letter = openpyxl.utils.get_column_letter
    counts_from, counts_to = letter(first), letter(first + 3)
    truth_rows = []
    start = r
    for k, town in enumerate(rng.sample(towns, rng.randrange(3, len(towns) + 1))):
        counts = [rng.randrange(0, 12) for _ in range(4)]
        money = round(rng.uniform(0.1, 40), 2) + (0.1 + 0.2 if k == 0 else 0)  # binary noise Excel does not show
        day = dt.datetime(year, rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(8, 18), rng.randrange(60))
        if not date_fmt.endswith("h:mm"):
            day = day.replace(hour=0, minute=0)
        serial = f"=ROW()-{header_end}" if i % 2 == 0 else k + 1
        extra = [f"NB{rng.randrange(1000, 9999)}", person(rng)] if hidden else []
        values = [serial, town, *extra, *counts, f"=SUM({counts_from}{r}:{counts_to}{r})", money, day]
        write_row(ws, r, 1, values)
        ws.cell(r, width - 1).number_format = money_fmt
        ws.cell(r, width).number_format = date_fmt
        shown_money = f"{money:,.2f}" if "," in money_fmt else f"{money:.2f}"
        truth_rows.append([str(k + 1), town, *map(str, counts), str(sum(counts)), shown_money,
                           SHOWN_DATES[date_fmt](day)])
        r += 1
    total = ["合计", None, *([None, None] if hidden else []),
             *[f"=SUM({letter(c)}{start}:{letter(c)}{r - 1})" for c in range(first, first + 6)], None]
    write_row(ws, r, 1, total)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    total_row = r
    r += 1
    ws.cell(r, 1, "注：1.本表由各镇（街道）按季度填报；")
    ws.cell(r + 1, 1, "2.小计为专利、商标案件数之和。")
    ws.cell(r + 2, 1, f"填报人：{person(rng)}")
    ws.cell(r + 2, 4, f"审核人：{person(rng)}")
    ws.cell(r + 2, width - 1, f"填报日期：{year}年12月{rng.randrange(1, 28)}日")
    if hidden:
        ws.column_dimensions.group(letter(3), letter(4), hidden=True)
    header = ["序号", "单位", *leaves * (2 if three else 1), "小计", "罚没款（万元）", "最近办案日期"]
    tables = [{"header": header, "row_count": len(truth_rows), "rows": truth_rows}]
    if i % 2 == 0:  # a summary sheet over the first one's totals
        sheet = wb.create_sheet("汇总")
        write_row(sheet, 1, 1, ["类别", "案件数", "占比"], bold=True)
        sums = [sum(int(row[2 + k]) for row in truth_rows) for k in range(4)]
        kinds = (["专利立案", "专利结案", "商标立案", "商标结案"])
        ref = f"'{ws.title}'!" if not ws.title.isascii() or ws.title[0].isdigit() else f"{ws.title}!"
        for k, name in enumerate(kinds):
            write_row(sheet, k + 2, 1, [name, f"={ref}{letter(first + k)}{total_row}", f"=B{k + 2}/SUM(B$2:B$5)"])
            sheet.cell(k + 2, 3).number_format = "0.0%"
        tables.append({"header": ["类别", "案件数", "占比"], "row_count": 4,
                       "rows": [[name, str(sums[k]), f"{sums[k] / (sum(sums) or 1) * 100:.1f}%"]
                                for k, name in enumerate(kinds)]})
    wb.save(path)
    return tables


def make_sectioned_xlsx(rng: random.Random, i: int, path: Path) -> list[dict]:
    """Even i: a sign-in sheet printed in two halves side by side (序号 姓名 单位 职务 | the same), with or without a
    blank column between, numbered down the left half then the right. Odd i: a case register
    whose records are grouped under captions merged across the row (一、专利案件 …), which are not records."""
    county, towns = rng.choice(PLACES)
    wb = openpyxl.Workbook()
    ws = wb.active
    if i % 2 == 0:
        people = [[str(k + 1), person(rng), rng.choice(UNITS), rng.choice(["科员", "副局长", "股长", "主任"])]
                  for k in range(rng.randrange(7, 15))]
        gap = i % 4 == 0
        width = 4 * 2 + gap
        write_row(ws, 1, 1, [f"{county}知识产权业务培训签到表"] + [None] * (width - 1), bold=True, border=False)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws.cell(2, 1, f"时间：{rng.choice((2022, 2023))}年{rng.randrange(3, 12)}月{rng.randrange(1, 28)}日")
        half = ["序号", "姓名", "单位", "职务"]
        write_row(ws, 3, 1, half + ([None] if gap else []) + half, bold=True)
        down = (len(people) + 1) // 2
        printed = []
        for k in range(down):
            left = people[k]
            right = people[k + down] if k + down < len(people) else ["", "", "", ""]
            write_row(ws, 4 + k, 1, left + ([None] if gap else []) + right)
            printed.append(left + right)
        wb.save(path)
        return [{"header": half * 2, "row_count": down, "rows": printed}]
    header = ["序号", "案件名称", "当事人", "立案日期", "办理结果"]
    write_row(ws, 1, 1, [f"{county}知识产权案件登记表"] + [None] * 4, bold=True, border=False)
    ws.merge_cells("A1:E1")
    write_row(ws, 2, 1, header, bold=True)
    r, k, truth_rows = 3, 0, []
    for caption in ["一、专利案件", "二、商标案件", "三、著作权案件"][:rng.randrange(2, 4)]:
        write_row(ws, r, 1, [caption, None, None, None, None])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for _ in range(rng.randrange(1, 4)):
            k += 1
            shop = rng.choice(towns)[:2] + rng.choice(SHOPS)
            day = f"{rng.choice((2022, 2023))}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"
            row = [str(k), f"{shop}{rng.choice(CAUSES)}案", shop, day, rng.choice(["已结案", "办理中"])]
            write_row(ws, r, 1, [int(row[0]), *row[1:]])
            truth_rows.append(row)
            r += 1
    wb.save(path)
    return [{"header": header, "row_count": len(truth_rows), "rows": truth_rows}]


def main(out: Path, printed: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict] = {}
    for i in range(30):
        rng = random.Random(f"xlsx-{i}")
        name = f"ledger-{i:02d}.xlsx"
        files[name] = {"kind": "xlsx", "format": "xlsx", "pages": 1, "tables": make_xlsx(rng, i, out / name)}
    for i in range(12):
        name = f"ledger-f-{i:02d}.xlsx"
        files[name] = {"kind": "xlsx", "format": "xlsx", "pages": 1,
                       "tables": make_formula_xlsx(random.Random(f"xlsx-f-{i}"), i, out / name)}
    for i in range(6):
        name = f"ledger-s-{i:02d}.xlsx"
        files[name] = {"kind": "xlsx", "format": "xlsx", "pages": 1,
                       "tables": make_sectioned_xlsx(random.Random(f"xlsx-s-{i}"), i, out / name)}
    for kind, count in (("scan", 10), ("photo", 8)) if printed else ():
        for i in range(count):
            name, truth = make_printed(random.Random(f"{kind}-{i}"), i, kind, out)
            files[name] = truth
    (out / "truth.yaml").write_text(yaml.safe_dump({"split": "ledgers", "files": files}, allow_unicode=True,
                                                   sort_keys=False), encoding="utf-8")


def score(folder: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from extract_bench import Score, score_file

    from ipdocs.extract import file_facts

    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    s = Score()
    for name, expected in sorted(truth["files"].items()):
        got = file_facts(folder / name)
        score_file(s, name, expected, {"tables": got.get("tables", [])})
        for t in expected["tables"]:
            if not any(_found(t, g) for g in got.get("tables", [])):
                s.misses[name].append(f"  truth {t['header']} {t['row_count']} rows: {t['rows'][:2]}…")
        for g in got.get("tables", []):
            if not any(_found(t, g) for t in expected["tables"]):
                s.misses[name].append(f"  got {g['header']} {len(g['rows'])} rows: {g['rows'][:2]}…")
    lines = s.table().splitlines()
    print("\n".join(lines[:2] + [x for x in lines if x.startswith(("tables", "table rows"))]))
    for name in sorted(s.misses):
        for line in s.misses[name]:
            if "table" in line or line.startswith("  "):
                print(f"{name}: {line}")


def _found(truth: dict, got: dict) -> bool:
    from extract_bench import _table_found

    return _table_found(truth, got)[0]


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(Path(sys.argv[2]))
    elif sys.argv[1] == "--xlsx":  # the workbooks only (seconds, no page images)
        main(Path(sys.argv[2]), printed=False)
    else:
        main(Path(sys.argv[1]))
