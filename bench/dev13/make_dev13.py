#!/usr/bin/env python3
"""Build the dev13 blind extraction corpus: `make_dev13.py DIR`.

Material a county office (岱阴县, a fictional county of the fictional 沂州市, 山东省) would receive from units for the
yearly 知识产权保护工作检查考核: notices, reports, 通报, 函, 意见, 方案, 总结, minutes and records, sign-in sheets,
ledgers and statistics, 简报, news pages. People, companies, phone numbers and document numbers are fictional.
Writes ~80 files into DIR plus DIR/truth.yaml, and a copy of the truth to bench/dev13/truth.yaml. Deterministic:
per-file seeds, fixed document/zip/PDF timestamps and IDs.

Kinds: text_pdf (DOCX converted by LibreOffice), scan (image PDF / JPEG / PNG at 150–300 dpi, skew, noise, seals over
the signature date), photo (JPEG, perspective, uneven light, blur, some moiré), screenshot (web page, e-paper page,
news app, WeChat article), docx (python-docx; some with the red header inside a VML text box, merged header cells),
xlsx (openpyxl; title rows, two-row headers, merged cells, hidden rows, 合计 rows, notes).

Conventions of the truth (as an assessor reads the file):
- pages: pages of the PDF; 1 for an image; for DOCX the page count LibreOffice renders; for XLSX the number of
  worksheets.
- title: the document's own title as printed, lines joined without spaces, including the issuing organ when the title
  line carries it. For a 简报 the title is the 简报's name (not the article's headline); for a news page the headline;
  for a sheet/table document its title row. Minutes without a separate title line use the heading that names them.
- organ: the issuing organ(s) as printed in full (red header, signature, 填报单位, or the issuing office printed on a
  纪要/简报 masthead line). A list when several issue jointly. Omitted for news pages and sign-in sheets (they do not
  print an issuer) and for 会议记录 forms.
- doc_type: the genre the document names itself (通知, 报告, 通报, 函, 意见, 方案, 总结, 纪要, 会议记录, 简报, 台账,
  统计表, 登记表, 签到表, 自评表); 新闻报道 for news pages.
- doc_numbers: every 文号 printed (own, cited, in tables), normalised to 〔〕 brackets and no leading zeros;
  `shown` gives the printed form when it differs ([2023], （2023）, 【2023】, 〔2023〕012号).
- dates: every full calendar date printed (year-month-day, or month-day whose year is the document's year), one item
  per distinct printed text; `text` is the date as printed without time of day or weekday (2023-04-26, 2023年4月26日,
  二〇二三年五月十八日, 2023.05.18, 4月26日). A range 2023年5月1日至2023年10月31日 gives both ends. Month-only or
  year-only expressions (2023年, 2023年度) are not dates. Dates in the side columns of news pages are printed and
  count. In XLSX, a date cell counts in its displayed format.
- media: for news pages, the news outlets the page shows publishing or carrying the item: the site/app/paper/WeChat
  account that carries it (when that is a news medium), its 来源, and an outlet it says it was 转载 from; named as
  printed (人民网－山东频道 is 人民网). Not counted: reporters and editors, outlets of other items in side columns or
  recommendation lists, and government sites or government WeChat accounts (…人民政府, …市场监管), which are not news
  media. A commercial platform carrying the item (今日头条) counts with level 其他. For media registers (XLSX), every
  outlet in a visible data row, with the level the register gives. Levels: 中央 / 省级 / 市级 / 县级 / 其他.
- tables: one entry per logical table (one table even across pages, its repeated header not counted again).
  header: the column labels of the lowest header row (for a two-row header, the sub-labels under a group and the
  label of columns spanning both rows). rows: data rows only — not title rows, header rows, 合计/总计 rows, note
  lines, blank rows of a sign-in sheet, nor hidden XLSX rows; cells as displayed (empty cell ""); a vertically
  merged XLSX cell gives its value to every row it spans. row_count = len(rows). A key-value form printed as text
  lines (会议记录 header) is not a table.
- meetings: for 纪要 and 会议记录: date (ISO) of the meeting, title as printed, chair (name only, without post), topics
  = the listed agenda items (会议议题) as printed without their numbering and closing punctuation.
- attendance: for sign-in sheets: count of people who signed and their names (blank rows not counted).
"""

# ruff: noqa: E501  (long Chinese template strings read better unbroken)
from __future__ import annotations

import datetime
import hashlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content13 as C  # noqa: E402
import engine13 as E  # noqa: E402

# ----------------------------------------------------------------------------------------------
# XLSX


class XDate(str):
    """A date cell: the printed text, plus the date and Excel number format."""

    def __new__(cls, ctx, y, m, d, style):
        fmt = {"iso": "yyyy-mm-dd", "cn": 'yyyy"年"m"月"d"日"', "slash": "yyyy/m/d", "dot0": "yyyy.mm.dd"}[style]
        obj = str.__new__(cls, ctx.d(y, m, d, style))
        obj.date = datetime.datetime(y, m, d)
        obj.fmt = fmt
        return obj


def write_sheet(
    ws,
    title,
    ncols,
    info=(),
    header=None,
    groups=None,
    rows=(),
    total=None,
    notes=(),
    hidden=(),
    vmerge=(),
    widths=None,
):
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    ws.cell(r, 1, title).font = Font(name="宋体", size=16, bold=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.row_dimensions[r].height = 30
    r += 1
    for line in info:
        ws.cell(r, 1, line).font = Font(name="宋体", size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    hb = Font(name="黑体", size=11, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if groups:
        ci = 1
        for g in groups:
            if isinstance(g, str):
                ws.cell(r, ci, g)
                ws.merge_cells(start_row=r, start_column=ci, end_row=r + 1, end_column=ci)
                ci += 1
            else:
                ws.cell(r, ci, g[0])
                ws.merge_cells(start_row=r, start_column=ci, end_row=r, end_column=ci + len(g[1]) - 1)
                for k in g[1]:
                    ws.cell(r + 1, ci, k)
                    ci += 1
        for rr in (r, r + 1):
            for ci in range(1, ncols + 1):
                ws.cell(rr, ci).font = hb
                ws.cell(rr, ci).alignment = center
                ws.cell(rr, ci).border = box
        r += 2
    else:
        for ci, h in enumerate(header, 1):
            c = ws.cell(r, ci, h)
            c.font, c.alignment, c.border = hb, center, box
        r += 1
    start = r
    allrows = list(rows)
    placed = []  # (row values, hidden?)
    hid = dict(hidden)
    for i, row in enumerate(allrows):
        if i in hid:
            placed.append((hid[i], True))
        placed.append((row, False))
    for row, is_hidden in placed:
        for ci, v in enumerate(row, 1):
            if isinstance(v, XDate):
                c = ws.cell(r, ci, v.date)
                c.number_format = v.fmt
            elif isinstance(v, str) and re.fullmatch(r"\d{1,9}", v):
                c = ws.cell(r, ci, int(v))
            elif isinstance(v, str) and re.fullmatch(r"\d{1,6}\.\d{1,2}", v):
                c = ws.cell(r, ci, float(v))
            else:
                c = ws.cell(r, ci, v if v != "" else None)
            c.border = box
            c.alignment = Alignment(vertical="center", wrap_text=True)
        if is_hidden:
            ws.row_dimensions[r].hidden = True
        r += 1
    # vertical merges over runs of equal values (runs never cross a hidden row)
    for col in vmerge:
        rr = start
        while rr < r:
            v = ws.cell(rr, col).value
            end = rr
            while (
                end + 1 < r
                and ws.cell(end + 1, col).value == v
                and not ws.row_dimensions[end + 1].hidden
                and not ws.row_dimensions[rr].hidden
            ):
                end += 1
            if end > rr:
                for x in range(rr + 1, end + 1):
                    ws.cell(x, col).value = None
                ws.merge_cells(start_row=rr, start_column=col, end_row=end, end_column=col)
            rr = end + 1
    if total:
        for ci, v in enumerate(total, 1):
            c = ws.cell(r, ci, int(v) if re.fullmatch(r"\d+", v) else (v or None))
            c.border = box
            c.font = Font(bold=True)
        r += 1
    for line in notes:
        ws.cell(r, 1, line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    for ci in range(1, ncols + 1):
        ws.column_dimensions[get_column_letter(ci)].width = widths[ci - 1] if widths else 14


def _column(outlet, rng):
    if outlet.endswith("报"):
        return f"第{rng.randint(1, 8)}版"
    if outlet.endswith("电视台"):
        return rng.choice(["新闻联播", "午间新闻"])
    if outlet.endswith("融媒"):
        return "微信公众号"
    return rng.choice(["客户端", "网站"])


def make_xlsx(path, v, rng, f: C.Facts):
    from openpyxl import Workbook

    c = f.ctx
    wb = Workbook()
    ws = wb.active
    m, dd = C._date(rng, 10, 12)
    who = C.names(rng, 2)
    sheets = 1
    if v == 0:  # case ledger, hidden row, total
        title = "岱阴县2023年商标侵权案件查处台账"
        rows = []
        for i in range(rng.randint(10, 16)):
            mm, d_ = C._date(rng, 1, 10)
            rows.append(
                [
                    str(i + 1),
                    f"{rng.choice(C.TOWNS)}某经营部销售侵权{rng.choice(['白酒', '板栗', '洗衣液', '运动鞋', '茶叶'])}案",
                    C.dn_text(c, rng, "岱市监处罚", i),
                    XDate(c, 2023, mm, d_, "iso"),
                    rng.choice(["1.5", "2", "0.8", "3.2"]),
                    rng.choice(["已结案", "已结案", "办理中"]),
                ]
            )
        hidden = [(3, ["", "（作废）重复录入", "", "", "", ""])]
        write_sheet(
            ws,
            title,
            6,
            info=[f"填报单位：{C.SJ}", f"填报日期：{c.d(2023, m, dd)}"],
            header=["序号", "案件名称", "处罚决定书文号", "立案日期", "罚没款（万元）", "办理状态"],
            rows=rows,
            total=["合计", f"共{len(rows)}件", "", "", "", ""],
            notes=[f"填表人：{who[0]}　审核人：{who[1]}"],
            hidden=hidden,
            widths=[6, 40, 28, 14, 14, 10],
        )
        f.tables.append(
            E.Table(header=["序号", "案件名称", "处罚决定书文号", "立案日期", "罚没款（万元）", "办理状态"], rows=rows)
        )
        f.organ, f.doc_type = [C.SJ], "台账"
    elif v in (1, 6):  # two-row header statistics
        title = f"2023年{'各乡镇（街道）' if v == 1 else '县直部门'}知识产权保护工作统计表"
        units = C.TOWNS if v == 1 else C.DEPTS[1:]
        rows, tot = [], [0, 0, 0, 0]
        for i, u in enumerate(units):
            a = [rng.randint(0, 40), rng.randint(0, 200), rng.randint(0, 15), rng.randint(0, 600)]
            tot = [x + y for x, y in zip(tot, a, strict=True)]
            rows.append([str(i + 1), u] + [str(x) for x in a] + [rng.choice(["", "", "已报送佐证材料"])])
        groups = [
            "序号",
            "单位",
            ("执法检查", ["检查次数", "出动人次"]),
            ("宣传培训", ["活动场次", "受众人数"]),
            "备注",
        ]
        write_sheet(
            ws,
            title,
            7,
            info=[f"填报单位：{C.LDB}　　截止日期：{c.d(2023, m, dd)}"],
            groups=groups,
            rows=rows,
            total=["合计", ""] + [str(x) for x in tot] + [""],
            notes=["注：1.本表数据由各单位自行填报；2.受众人数含线上参与人数。"],
            widths=[6, 28, 10, 10, 10, 10, 18],
        )
        f.tables.append(
            E.Table(header=["序号", "单位", "检查次数", "出动人次", "活动场次", "受众人数", "备注"], rows=rows)
        )
        f.organ, f.doc_type = [C.LDB], "统计表"
    elif v in (2, 7):  # sign-in sheets, typed
        mt = ["2023年知识产权保护工作检查考核迎检培训会", "地理标志保护工作座谈会"][v // 7]
        title = mt + "签到表"
        n = rng.randint(14, 24)
        ns = C.names(rng, n)
        rows = [
            [str(i + 1), nm, rng.choice(C.DEPTS + C.TOWNS), rng.choice(C.POSTS), C.phone(rng), ""]
            for i, nm in enumerate(ns)
        ]
        blank = [[str(n + k + 1), "", "", "", "", ""] for k in range(4)]
        write_sheet(
            ws,
            title,
            6,
            info=[f"时间：{c.d(2023, m, dd)} 上午9:00　　地点：县市场监管局五楼会议室"],
            header=["序号", "姓名", "单位", "职务", "联系电话", "签名"],
            rows=rows + blank,
            widths=[6, 10, 30, 14, 16, 12],
        )
        f.tables.append(E.Table(header=["序号", "姓名", "单位", "职务", "联系电话", "签名"], rows=rows))
        f.attendance = {"count": n, "names": ns}
        f.doc_type = "签到表"
    elif v in (3, 8):  # media registers
        title = "知识产权保护工作媒体宣传报道登记表" if v == 3 else "2023年打击侵权假冒工作新闻宣传台账"
        outlets = [
            ("人民网", "中央"),
            ("中国知识产权报", "中央"),
            ("大众日报", "省级"),
            ("闪电新闻", "省级"),
            ("齐鲁晚报", "省级"),
            ("沂州日报", "市级"),
            ("沂州广播电视台", "市级"),
            ("沂州晚报", "市级"),
            ("岱阴县融媒体中心", "县级"),
            ("岱阴融媒", "县级"),
            ("中国市场监管报", "中央"),
            ("大众网", "省级"),
        ]
        rng.shuffle(outlets)
        pick = outlets[: rng.randint(7, 10)]
        rows = []
        for i, (o, lv) in enumerate(pick):
            mm, d_ = C._date(rng, 3, 11)
            rows.append(
                [
                    str(i + 1),
                    rng.choice(C.HEADS),
                    o,
                    lv,
                    XDate(c, 2023, mm, d_, "cn" if v == 3 else "slash"),
                    _column(o, rng),
                ]
            )
        hid_o = [x for x in outlets[10:]][:1]
        hidden = [(2, ["", "（待核实）" + C.HEADS[0], hid_o[0][0], hid_o[0][1], "", ""])] if hid_o else []
        hdr = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期", "版面/栏目"]
        write_sheet(
            ws,
            title,
            6,
            info=[f"报送单位：{C.SJ if v == 3 else C.DJB}"],
            header=hdr,
            rows=rows,
            total=["合计", f"{len(rows)}篇", "", "", "", ""],
            notes=["注：报道链接及截图另附。"],
            hidden=hidden,
            widths=[6, 46, 18, 10, 16, 14],
        )
        f.tables.append(E.Table(header=hdr, rows=rows))
        f.media = [{"outlet": o, "level": lv} for o, lv in pick]
        f.organ, f.doc_type = [C.SJ if v == 3 else C.DJB], ("登记表" if v == 3 else "台账")
    elif v == 4:  # GI users with vertical merges
        title = "岱阴县地理标志专用标志使用企业统计表"
        rows = []
        i = 0
        for g in C.GI[:4]:
            for _ in range(rng.randint(2, 4)):
                i += 1
                rows.append(
                    [
                        str(i),
                        g,
                        C.COMPANIES[(i * 5) % len(C.COMPANIES)],
                        XDate(c, 2023, *C._date(rng, 1, 9), "iso"),
                        rng.choice(["正常使用", "正常使用", "整改中"]),
                    ]
                )
        write_sheet(
            ws,
            title,
            5,
            info=[f"统计单位：{C.SJ}　　统计时间：{c.d(2023, m, dd)}"],
            header=["序号", "产品名称", "使用企业", "核准日期", "使用状态"],
            rows=rows,
            vmerge=(2,),
            notes=["注：“整改中”指专用标志使用不规范、已责令限期整改的企业。"],
            widths=[6, 14, 36, 14, 12],
        )
        f.tables.append(E.Table(header=["序号", "产品名称", "使用企业", "核准日期", "使用状态"], rows=rows))
        f.organ, f.doc_type = [C.SJ], "统计表"
    elif v == 5:  # two sheets
        title = "岱阴县2023年专利商标数据统计表"
        rows1 = [
            [k, str(rng.randint(20, 400)), str(rng.randint(20, 400))]
            for k in ["发明专利", "实用新型专利", "外观设计专利"]
        ]
        write_sheet(
            ws,
            title,
            3,
            info=["（专利部分）", f"数据截至：{c.d(2023, m, dd)}"],
            header=["专利类型", "申请量（件）", "授权量（件）"],
            rows=rows1,
            total=["合计", str(sum(int(r[1]) for r in rows1)), str(sum(int(r[2]) for r in rows1))],
            widths=[18, 14, 14],
        )
        ws.title = "专利"
        ws2 = wb.create_sheet("商标")
        rows2 = [
            [k, str(rng.randint(100, 3000))] for k in ["有效注册商标", "地理标志商标", "驰名商标", "当年新增注册商标"]
        ]
        write_sheet(
            ws2,
            "岱阴县2023年商标数据统计表",
            2,
            info=[f"数据截至：{c.d(2023, m, dd)}"],
            header=["指标", "数量（件）"],
            rows=rows2,
            notes=[f"数据来源：{C.ZSCQ}"],
            widths=[20, 14],
        )
        f.tables += [
            E.Table(header=["专利类型", "申请量（件）", "授权量（件）"], rows=rows1),
            E.Table(header=["指标", "数量（件）"], rows=rows2),
        ]
        f.organ, f.doc_type = None, "统计表"
        sheets = 2
    elif v == 9:  # case transfer ledger with cited 文号
        title = "行政执法与刑事司法衔接案件移送台账"
        rows = []
        for i in range(rng.randint(5, 9)):
            mm, d_ = C._date(rng, 1, 10)
            rows.append(
                [
                    str(i + 1),
                    f"涉嫌销售假冒注册商标的商品案（{rng.choice(C.TOWNS)}）",
                    C.dn_text(c, rng, "岱市监移", i, style="sq" if i % 3 == 0 else "std"),
                    XDate(c, 2023, mm, d_, "dot0"),
                    C.GA,
                    rng.choice(["已立案", "已立案", "不予立案", "审查中"]),
                ]
            )
        hdr = ["序号", "案件名称", "移送文书文号", "移送日期", "接收单位", "立案情况"]
        write_sheet(
            ws,
            title,
            6,
            info=[f"填报单位：{C.SJ}　　填报日期：{c.d(2023, m, dd)}"],
            header=hdr,
            rows=rows,
            notes=["注：移送文书文号以移送函为准。", f"联系人：{who[0]}　电话：{C.tel(rng)}"],
            widths=[6, 40, 24, 14, 16, 12],
        )
        f.tables.append(E.Table(header=hdr, rows=rows))
        f.organ, f.doc_type = [C.SJ], "台账"
    elif v == 10:  # training ledger, two-row header
        title = "知识产权培训工作台账"
        rows = []
        for i in range(rng.randint(6, 10)):
            mm, d_ = C._date(rng, 3, 11)
            rows.append(
                [
                    str(i + 1),
                    rng.choice(
                        [
                            "专利导航实务培训",
                            "商标品牌建设培训",
                            "地理标志运用培训",
                            "执法人员业务培训",
                            "企业知识产权合规培训",
                        ]
                    ),
                    XDate(c, 2023, mm, d_, "cn"),
                    str(rng.randint(1, 3)),
                    str(rng.randint(20, 150)),
                    C.names(rng, 1)[0],
                ]
            )
        groups = ["序号", "培训名称", ("培训情况", ["培训日期", "天数"]), "参训人数", "授课人"]
        write_sheet(
            ws,
            title,
            6,
            info=[f"填报单位：{C.ZSCQ}"],
            groups=groups,
            rows=rows,
            total=["合计", "", "", str(sum(int(r[3]) for r in rows)), str(sum(int(r[4]) for r in rows)), ""],
            widths=[6, 30, 18, 8, 10, 10],
        )
        f.tables.append(E.Table(header=["序号", "培训名称", "培训日期", "天数", "参训人数", "授课人"], rows=rows))
        f.organ, f.doc_type = [C.ZSCQ], "台账"
    else:  # self-assessment with merged item cells
        title = "2023年度知识产权保护工作检查考核自评表"
        items = [
            ("组织领导", ["成立领导小组并定期召开会议", "制定年度工作方案"]),
            ("执法保护", ["开展专项执法行动", "案件移送及信息公开", "地理标志保护"]),
            ("宣传培训", ["开展宣传周活动", "组织业务培训", "媒体宣传报道"]),
        ]
        rows = []
        for it, subs in items:
            for s in subs:
                sc = rng.choice([4, 5, 6, 8])
                rows.append(
                    [
                        it,
                        s,
                        str(sc),
                        str(sc - rng.choice([0, 0, 1])),
                        rng.choice(["会议纪要", "文件", "台账", "照片", "报道截图"]),
                    ]
                )
        hdr = ["考核项目", "考核内容", "分值", "自评得分", "佐证材料"]
        write_sheet(
            ws,
            title,
            5,
            info=[f"单位（盖章）：{C.SJ}　　　　{c.d(2023, m, dd)}"],
            header=hdr,
            rows=rows,
            vmerge=(1,),
            total=["合计", "", str(sum(int(r[2]) for r in rows)), str(sum(int(r[3]) for r in rows)), ""],
            widths=[12, 34, 8, 10, 14],
        )
        f.tables.append(E.Table(header=hdr, rows=rows))
        f.organ, f.doc_type = [C.SJ], "自评表"
    f.title = title
    wb.properties.creator = "岱阴县市场监督管理局"
    wb.properties.created = datetime.datetime(2023, 11, 20, 9, 30)
    wb.save(path)
    E.normalize_zip(path)
    return sheets


# ----------------------------------------------------------------------------------------------
# the plan: (file stem, kind, format, builder(facts, rng) -> Doc | screenshot spec, options)


def P(**kw):
    return kw


PLAN = (
    [
        # text PDFs (from DOCX through LibreOffice)
        (
            "关于联合开展执法行动的通知",
            "text_pdf",
            "pdf",
            lambda f, r: C.notice(f, r, 0, organs=[C.SJ, C.GA], prefix="岱市监发"),
            P(),
        ),
        ("考核材料报送通知", "text_pdf", "pdf", lambda f, r: C.notice(f, r, 3, with_table=True), P()),
        (
            "印发工作要点的通知",
            "text_pdf",
            "pdf",
            lambda f, r: C.notice(f, r, 7, organs=[C.LDB], prefix="岱知保办"),
            P(),
        ),
        ("上半年工作情况报告", "text_pdf", "pdf", lambda f, r: C.report(f, r, 0), P()),
        ("前三季度工作报告", "text_pdf", "pdf", lambda f, r: C.report(f, r, 1, table_rows=30), P()),
        ("一季度通报", "text_pdf", "pdf", lambda f, r: C.tongbao(f, r, 0, rows=22), P()),
        ("二季度通报", "text_pdf", "pdf", lambda f, r: C.tongbao(f, r, 1, rows=24), P()),
        ("协查函", "text_pdf", "pdf", lambda f, r: C.han(f, r, 0), P()),
        ("征求意见函", "text_pdf", "pdf", lambda f, r: C.han(f, r, 3), P()),
        ("两法衔接意见", "text_pdf", "pdf", lambda f, r: C.yijian(f, r, 0), P()),
        ("实施方案", "text_pdf", "pdf", lambda f, r: C.fangan(f, r, 0, table=True), P()),
        ("年度工作总结", "text_pdf", "pdf", lambda f, r: C.zongjie(f, r, 0, table=True), P()),
        # scans
        ("scan0001", "scan", "pdf", lambda f, r: C.notice(f, r, 1), P(dpi=200)),
        ("scan0002", "scan", "pdf", lambda f, r: C.notice(f, r, 2, cite=False), P(dpi=150, gray=True)),
        ("scan0003", "scan", "pdf", lambda f, r: C.notice(f, r, 4, numstyle="sq"), P(dpi=300)),
        (
            "scan0004",
            "scan",
            "pdf",
            lambda f, r: C.notice(f, r, 6, numstyle="zero", organs=[C.ZSCQ], prefix="岱知发"),
            P(dpi=200, gray=True),
        ),
        ("扫描件-函1", "scan", "jpg", lambda f, r: C.han(f, r, 1, sign_style="cnz"), P(dpi=200)),
        ("扫描件-函2", "scan", "png", lambda f, r: C.han(f, r, 2, numstyle="paren"), P(dpi=150, gray=True)),
        ("scan0007", "scan", "pdf", lambda f, r: C.han(f, r, 3), P(dpi=300)),
        ("scan0008", "scan", "pdf", lambda f, r: C.tongbao(f, r, 2, rows=18), P(dpi=200)),
        ("台账扫描1", "scan", "jpg", lambda f, r: C.ledger(f, r, 0, n=10), P(dpi=200)),
        ("台账扫描2", "scan", "png", lambda f, r: C.ledger(f, r, 1, n=12), P(dpi=150, gray=True)),
        ("scan0011", "scan", "pdf", lambda f, r: C.ledger(f, r, 2, ruled=False, n=14), P(dpi=300)),
        (
            "台账扫描3",
            "scan",
            "jpg",
            lambda f, r: C.ledger(f, r, 3, ruled=False, n=9, datestyle="cn"),
            P(dpi=200, gray=True),
        ),
        ("scan0013", "scan", "pdf", lambda f, r: C.report(f, r, 2, table_rows=8, numstyle="brk"), P(dpi=200)),
        ("scan0014", "scan", "pdf", lambda f, r: C.minutes(f, r, 0), P(dpi=200)),
        ("简报扫描", "scan", "jpg", lambda f, r: C.jianbao(f, r, 0), P(dpi=250)),
        ("scan0016", "scan", "pdf", lambda f, r: C.tongbao(f, r, 3, rows=12, ruled=False), P(dpi=150)),
        # phone photos
        ("IMG_3101", "photo", "jpg", lambda f, r: C.minutes(f, r, 1), P(moire=0.0)),
        ("IMG_3102", "photo", "jpg", lambda f, r: C.minutes(f, r, 2, style="record"), P(moire=0.5)),
        ("IMG_3103", "photo", "jpg", lambda f, r: C.minutes(f, r, 3), P(blur=1.6)),
        ("IMG_3104", "photo", "jpg", lambda f, r: C.minutes(f, r, 0, style="record"), P(shadow=0.5)),
        ("IMG_3201", "photo", "jpg", lambda f, r: C.signin(f, r, 0), P()),
        ("IMG_3202", "photo", "jpg", lambda f, r: C.signin(f, r, 1, blanks=5), P(moire=0.4)),
        ("IMG_3203", "photo", "jpg", lambda f, r: C.signin(f, r, 2), P(blur=1.4)),
        ("IMG_3204", "photo", "jpg", lambda f, r: C.signin(f, r, 3, blanks=0), P(shadow=0.5)),
        ("IMG_3301", "photo", "jpg", lambda f, r: C.ledger(f, r, 1, n=11), P()),
        ("IMG_3302", "photo", "jpg", lambda f, r: C.ledger(f, r, 2, ruled=False, n=10), P(moire=0.5)),
        ("IMG_3303", "photo", "jpg", lambda f, r: C.ledger(f, r, 3, n=8), P(blur=1.4)),
        ("IMG_3304", "photo", "jpg", lambda f, r: C.ledger(f, r, 0, n=9, datestyle="dot"), P(shadow=0.45)),
        ("IMG_3401", "photo", "jpg", lambda f, r: C.notice(f, r, 0, cite=False, footer=False), P()),
        ("IMG_3402", "photo", "jpg", lambda f, r: C.notice(f, r, 2, footer=False), P(moire=0.4)),
        (
            "IMG_3403",
            "photo",
            "jpg",
            lambda f, r: C.notice(f, r, 5, cite=False, footer=False, sign_style="cnz"),
            P(blur=1.3),
        ),
        (
            "IMG_3404",
            "photo",
            "jpg",
            lambda f, r: C.notice(f, r, 6, footer=False, organs=[C.ZSCQ], prefix="岱知发"),
            P(shadow=0.5),
        ),
        # screenshots
    ]
    + [
        (
            f"Screenshot_{i + 1:02d}",
            "screenshot",
            "png" if i % 3 else "jpg",
            (lambda v: lambda f, r: C.news(f, r, v))(i),
            P(),
        )
        for i in range(12)
    ]
    + [
        # DOCX
        ("宣传周活动通知", "docx", "docx", lambda f, r: C.notice(f, r, 1), P(textbox=True)),
        (
            "商标代理整治通知",
            "docx",
            "docx",
            lambda f, r: C.notice(f, r, 4, organs=[C.SJ, C.ZSCQ]),
            P(house={"font": "宋体", "pt": 15}),
        ),
        ("地标保护工程方案", "docx", "docx", lambda f, r: C.fangan(f, r, 1, table=True), P()),
        (
            "知识产权保护实施方案",
            "docx",
            "docx",
            lambda f, r: C.fangan(f, r, 2),
            P(house={"title_font": "黑体", "title_bold": True}),
        ),
        ("版权工作总结", "docx", "docx", lambda f, r: C.zongjie(f, r, 1), P()),
        (
            "农业农村局总结",
            "docx",
            "docx",
            lambda f, r: C.zongjie(f, r, 2, table=True),
            P(house={"font": "楷体_GB2312"}),
        ),
        ("推进会纪要", "docx", "docx", lambda f, r: C.minutes(f, r, 2), P(textbox=True)),
        ("专题会议记录", "docx", "docx", lambda f, r: C.minutes(f, r, 3, style="record"), P()),
        ("重点案件报告", "docx", "docx", lambda f, r: C.report(f, r, 1, table_rows=9), P()),
        ("宣传活动台账", "docx", "docx", lambda f, r: C.ledger(f, r, 2, n=12), P()),
        ("培训签到表", "docx", "docx", lambda f, r: C.signin(f, r, 4), P()),
        ("协查函-复印", "docx", "docx", lambda f, r: C.han(f, r, 2), P(textbox=True)),
    ]
    + [(f"台账表格{i + 1:02d}", "xlsx", "xlsx", i, P()) for i in range(12)]
)


VERBOSE = False


def layout_fit(doc, dpi, rng, one_page):
    for pt in (16, 15, 14, 13, 12, 11) if one_page else (16,):
        lay = E.PageLayout(dpi=dpi, seed_rng=random.Random(rng.random()))
        lay.base_pt = pt
        pages = lay.render(doc)
        if len(pages) == 1 or not one_page:
            return pages
    raise RuntimeError("does not fit one page")


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    truth = {}
    tmp = Path(tempfile.mkdtemp(prefix="d13_"))
    to_convert = []  # (stem, kind, facts)
    import time

    for stem, kind, fmt, build, opt in PLAN:
        t0 = time.time()
        rng = random.Random(f"dev13:{stem}")
        f = C.Facts()
        name = f"{stem}.{fmt}"
        if kind == "xlsx":
            sheets = make_xlsx(out / name, build, rng, f)
            truth[name] = f.truth(kind, fmt, sheets)
            continue
        obj = build(f, rng)
        if kind == "screenshot":
            im = E.screenshot(obj, rng)
            E.save_image(im, out / name, fmt, quality=88, dpi=96)
            truth[name] = f.truth(kind, fmt, 1)
        elif kind == "scan":
            dpi = opt.get("dpi", 200)
            pages = layout_fit(obj, dpi, rng, fmt != "pdf")
            pages = [
                E.scan_degrade(
                    p,
                    rng,
                    skew=rng.uniform(-1.6, 1.6),
                    noise=rng.uniform(4, 10),
                    gray=opt.get("gray", False),
                    blur=rng.choice([0, 0.4, 0.7]),
                    tint=(0, -2, -8) if not opt.get("gray") else (0, 0, 0),
                )
                for p in pages
            ]
            if fmt == "pdf":
                E.save_image_pdf(pages, out / name, dpi=dpi, quality=78)
            else:
                E.save_image(pages[0], out / name, fmt, quality=82, dpi=dpi)
            truth[name] = f.truth(kind, fmt, len(pages))
        elif kind == "photo":
            pages = layout_fit(obj, 200, rng, True)
            im = E.photo(
                pages[0],
                rng,
                out_size=(1800, 2400),
                bg=rng.choice([(120, 100, 80), (90, 90, 95), (150, 130, 110)]),
                shadow=opt.get("shadow", 0.3),
                blur=opt.get("blur", 0.9),
                moire=opt.get("moire", 0.0),
                tilt=rng.uniform(0.03, 0.07),
            )
            E.save_image(im, out / name, "jpg", quality=84, dpi=72)
            truth[name] = f.truth(kind, fmt, 1)
        else:  # docx or text_pdf: write DOCX now, convert in one LibreOffice run
            target = out / name if kind == "docx" else tmp / f"{stem}.docx"
            E.build_docx(obj, target, house=opt.get("house"), title_prop="", textbox_head=opt.get("textbox", False))
            if kind == "docx":
                shutil.copy(target, tmp / f"{stem}.docx")
            to_convert.append((stem, kind, fmt, name, f))
        if VERBOSE:
            print(f"{stem} {kind} {time.time() - t0:.1f}s", file=sys.stderr)
    # one LibreOffice run for all DOCX (text PDFs, and page counts of the DOCX files)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "-env:UserInstallation=file:///tmp/d13_lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp / "pdf"),
        ]
        + [str(tmp / f"{s}.docx") for s, *_ in to_convert],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    from pypdf import PdfReader

    for stem, kind, fmt, name, f in to_convert:
        pdf = tmp / "pdf" / f"{stem}.pdf"
        n = len(PdfReader(str(pdf)).pages)
        if kind == "text_pdf":
            shutil.copy(pdf, out / name)
            E.normalize_pdf(out / name)
        truth[name] = f.truth(kind, fmt, n)
    shutil.rmtree(tmp)
    doc = {
        "split": "dev13",
        "conventions": "see the docstring of bench/dev13/make_dev13.py",
        "files": {k: truth[k] for k in sorted(truth)},
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"{len(truth)} files, truth sha1 {hashlib.sha1(text.encode()).hexdigest()[:12]}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_dev13.py DIR")
    main(sys.argv[1])
