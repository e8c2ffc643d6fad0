"""Our own corpus of minutes, sign-in sheets and tables (issue 15, task G; not blind: written by the session that
tunes meetings.py and tables.py, so it is a tuning aid, never a measure).

    .venv/bin/python bench/minutes/make_minutes.py DIR          # writes DIR/<files>, DIR/truth.yaml
    .venv/bin/python bench/minutes/make_minutes.py DIR --n      # task N's files alone (PLAN_N, truth_n.yaml)
    .venv/bin/python bench/minutes/make_minutes.py DIR --score  # scores `ipdocs facts` on DIR (extract_bench's rules)

Varied unlike the tuning splits: minutes photographed from a phone as 会议纪要 prose (会议由…主持, 会议指出/强调/
要求, 一、二、 items, topics as 听取了…汇报 / 研究了… / 审议通过了…), as ruled 会议记录 forms in a handwriting face
(时间/地点/主持人/记录人/参加人员 cells, 议题一/议题二 rows), 专题会议纪要 under a 纪要 masthead with 第N期, a chair
written 主持人：<职务><姓名> or 姓名（主持） in an 出席 list, 出席/列席/请假 lists; sign-in sheets photographed
(序号/姓名/单位/职务/联系电话/签名, handwritten names, empty rows, an 应到/实到 line, two pages); tables scanned
(100–300 dpi, skew, seal; ruled and unruled; two-row headers, merged cells, 合计, notes, continued on page 2
without its header) and XLSX ledgers (说明 sheet first, merged header rows, hidden and blank rows, 合计, notes,
several data sheets). Truth conventions are dev6's (bench/dev6/make_dev6.py docstring). Low-level helpers (Doc,
Truth, camera, scanner, xl_table, LibreOffice printing) come from bench/dev6/make_dev6.py and bench/dev3.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import multiprocessing
import random
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import openpyxl
import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev6", ROOT / "bench" / "dev6" / "make_dev6.py")
d6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d6)
d3 = d6.d3
Truth, Doc, SP, RED = d6.Truth, d6.Doc, d6.SP, d6.RED
names = d6.names

ROOMS = ["县政府二楼小会议室", "局机关四楼会议室", "综合楼301会议室", "市民中心B座会议室"]
POSTS = ["副县长", "县政府副县长", "县市场监管局局长", "县委常委、常务副县长", "县政府办公室主任", "局党组书记、局长"]
AGENDA = [("听取", "县市场监管局关于知识产权保护工作开展情况的汇报"), ("研究", "年度检查考核迎检工作任务分工"),
          ("审议通过", "《知识产权纠纷人民调解工作实施方案》"), ("听取", "各成员单位打击侵权假冒工作进展汇报"),
          ("研究", "重点商圈知识产权保护规范化建设事项"), ("审议", "《知识产权保护工作考核自评报告（送审稿）》"),
          ("研究", "商标侵权案件线索移送衔接机制"), ("听取", "县公安局关于侵犯知识产权犯罪打击情况的汇报")]
PROSE = ["会议指出，知识产权保护工作事关营商环境，各成员单位要切实提高政治站位。",
         "会议强调，要对照考核指标逐项梳理，补齐短板，确保佐证材料真实完整。",
         "会议要求，各牵头单位于本月底前报送阶段性工作情况，县知识产权保护工作领导小组办公室汇总后通报。",
         "会议议定，由县市场监管局牵头，会同相关单位开展联合执法检查。"]
HAND = "AR PL UKai CN"


def topics_of(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return rng.sample(AGENDA, n)


def minutes(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: prose (会议纪要: 会议由<职务><姓名>主持; 会议听取了…，研究了…，审议通过了…; 会议指出/强调), items
    (纪要 masthead, 第N期, 一、二、 items 研究了… each a topic), form (ruled 会议记录 form in 楷书, 议题一/议题二
    rows), attend (出席：<姓名>（主持）、…; 列席 / 请假 lists; 议题 lines), post (主持人：<职务><姓名>, 议定事项)."""
    county = place["county"]
    held = d6.day(rng, year, (3, 11))
    chair = names(rng, 1)[0]
    post = rng.choice(POSTS).replace("县", place["lvl"])
    meeting = county + rng.choice(d6.MEETINGS)
    agenda = topics_of(rng, rng.randint(2, 4))
    room = rng.choice(ROOMS).replace("县", place["lvl"])
    units = "、".join(rng.sample(d6.units(place), 4))
    office = d6.organ(place, "lead")[0]
    hand = style == "form"
    doc = Doc(HAND if hand else "仿宋_GB2312", 14 if hand else 16, None if hand else 28,
              margins=(20, 20, 20, 20) if hand else (30, 26, 26, 28))
    if style == "prose":
        title = meeting + "纪要"
        topics = [f"{verb}{what}" for verb, what in agenda]
        t.meeting(held, title, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要", organ=office)
        doc.p(title, font="方正小标宋简体", size=20, align="center", after=12)
        clause = "，".join(f"{verb}了{what}" for verb, what in agenda)
        doc.p(f"{t.date(held, rng.choice(['cn', 'upper']))}{rng.choice(['上午', '下午'])}，{meeting}在{room}召开。"
              f"会议由{post}{chair}主持，{units}负责同志参加会议。会议{clause}。现将会议主要精神纪要如下：", indent=2)
        for i, line in enumerate(rng.sample(PROSE, 3)):
            doc.p(f"{d6.CN[i]}、{line}", indent=2)
        d6.sign(doc, t, rng, [office], held + dt.timedelta(days=rng.randint(1, 5)), seal=False)
        return doc
    if style == "items":
        title = f"{county}知识产权保护工作专题会议纪要"
        topics = [f"{verb}{what}" for verb, what in agenda]
        t.meeting(held, title, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要", organ=office)
        doc.p("纪　要", font="方正小标宋简体", size=36, color=RED, align="center", spacing=48)
        doc.p(f"第{rng.randint(2, 9)}期", align="center")
        issued = held + dt.timedelta(days=rng.randint(1, 4))
        doc.p(f"{office}{SP * 4}{t.date(issued, 'cn')}", size=14, align="center")
        doc.red_line(2)
        doc.p(title, font="黑体", size=18, align="center", before=8, after=8)
        doc.p(f"{t.date(held, 'cn')}，{post}{chair}在{room}主持召开专题会议，{units}等单位负责同志参加。"
              f"会议研究了以下事项：", indent=2)
        for i, (verb, what) in enumerate(agenda):
            doc.p(f"{d6.CN[i]}、{verb}{what}", font="黑体", indent=2)
            doc.p(rng.choice(PROSE), indent=2)
        return doc
    if style == "form":
        title = meeting + "记录"
        topics = [f"{verb}{what}" for verb, what in agenda]
        t.meeting(held, title, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要")
        doc.p(title, font="黑体", size=18, align="center", after=8)
        rows = [["时间", f"{t.date(held, rng.choice(['cn', 'dot']))}{rng.choice(['上午', '下午'])}", "地点", room],
                ["主持人", chair, "记录人", names(rng, 1)[0]], ["参加人员", units, "", ""]]
        rows += [[f"议题{d6.CN[i]}", topic, "", ""] for i, topic in enumerate(topics)]
        rows += [["会议内容", rng.choice(PROSE) + rng.choice(PROSE), "", ""]]
        merges = tuple((r, 1, r, 3) for r in range(2, len(rows)))
        ink = {(r, c): (HAND, 13, "1F3A93") for r in range(len(rows)) for c in (1, 3)}
        doc.table(rows, [28, 62, 24, 56], size=13, header_rows=0, bold_header=False, repeat=False, left_cols=(1, 3),
                  merges=merges, fonts=ink, spacing=26)
        return doc
    if style == "attend":
        title = meeting + "纪要"
        topics = [f"{verb}{what}" for verb, what in agenda]
        t.meeting(held, title, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要", organ=office)
        doc.p(title, font="方正小标宋简体", size=20, align="center", after=10)
        others = names(rng, 5)
        doc.p(f"时间：{t.date(held, rng.choice(['cn', 'cn0']))}{rng.choice(['上午9:00', '下午2:30'])}")
        doc.p(f"地点：{room}")
        doc.p(f"出席：{chair}（主持）、{'、'.join(others[:3])}")
        doc.p(f"列席：{units}负责同志")
        doc.p(f"请假：{others[3]}（出差）")
        doc.p(f"记录：{others[4]}")
        doc.p("议题：")
        for i, topic in enumerate(topics):
            doc.p(f"{i + 1}.{topic}", indent=2)
        doc.p(rng.choice(PROSE), indent=2)
        return doc
    # post: 主持人：<职务><姓名>
    title = meeting + "纪要"
    topics = [f"{verb}{what}" for verb, what in agenda]
    t.meeting(held, title, chair, topics)
    t.facts.update(title=title, doc_type="会议纪要", organ=office)
    doc.p(title, font="方正小标宋简体", size=20, align="center", after=10)
    doc.p(f"会议时间：{t.date(held, 'cn')}")
    doc.p(f"会议地点：{room}")
    doc.p(f"主持人：{post.split('、')[-1]}{chair}")
    doc.p(f"参会人员：{units}分管负责同志")
    doc.p("会议议题：")
    for i, topic in enumerate(topics):
        doc.p(f"（{d6.CN[i]}）{topic}", indent=2)
    doc.p("会议议定事项如下：", font="黑体", indent=2)
    for i, line in enumerate(rng.sample(PROSE, 2)):
        doc.p(f"{d6.CN[i]}、{line}", indent=2)
    return doc


CHAIR_FORMS = {  # how a chair with a title is written: label value, or a line of its own (主持 after the name)
    "before": lambda post, name: f"主持人：{post}{name}", "after": lambda post, name: f"主持人：{name}{post}",
    "paren": lambda post, name: f"主持人：{name}（{post}）", "spaced": lambda post, name: f"主　持：{post}  {name}",
    "convener": lambda post, name: f"召集人：{post}{name}", "line": lambda post, name: f"{post}{name}主持",
}
TOPIC_FORMS = ("oneline", "content", "matters", "did", "yiti_below")


def minutes_n(t: Truth, rng: random.Random, place: dict, year: int, style: str, chair_form: str,
              topic_form: str) -> Doc:
    """Task N's minutes (issue 15, held-out gaps): styles `typed` (a 会议纪要 with labelled lines, the chair written
    with a title per CHAIR_FORMS, topics per TOPIC_FORMS: 议题：1.…2.… on one line (wrapping when long), 会议内容：/
    研究事项： then items, prose 会议传达学习了…，审议通过了…, 议题如下： then items), `book` (a page of a 会议记录本:
    a ruled form 时间/地点/主持人/记录人/出席人员/缺席人员/议题/记录 in a handwriting face), `two` (typed, long
    enough to run onto a second page, photographed as two pages)."""
    county = place["county"]
    held = d6.day(rng, year, (3, 11))
    chair = names(rng, 1)[0]
    post = rng.choice(["副局长", "局长", "副县长", "主任", "副主任", "组长"]).replace("县", place["lvl"])
    meeting = county + rng.choice(d6.MEETINGS)
    agenda = topics_of(rng, rng.randint(2, 4))
    topics = [f"{verb}{what}" for verb, what in agenda]
    room = rng.choice(ROOMS).replace("县", place["lvl"])
    units = "、".join(rng.sample(d6.units(place), 4))
    office = d6.organ(place, "lead")[0]
    if style == "book":
        doc = Doc(HAND, 14, None, margins=(18, 18, 18, 18))
        title = "会议记录"
        t.meeting(held, meeting, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要")
        doc.p(title, font="黑体", size=20, align="center", after=6)
        people = names(rng, 6)
        agenda_cell = "\n".join(f"{i + 1}.{x}" for i, x in enumerate(topics))
        record = f"{chair}：{rng.choice(PROSE)}\n{people[0]}：{rng.choice(PROSE)}"
        rows = [["会议名称", meeting, "", ""],
                ["时间", f"{t.date(held, rng.choice(['cn', 'dot', 'slash']))}", "地点", room],
                ["主持人", chair_cell(chair_form, post, chair), "记录人", people[5]],
                ["出席人员", "、".join(people[:4]), "", ""], ["缺席人员", people[4] + "（请假）", "", ""],
                ["议题", agenda_cell, "", ""], ["记录", record, "", ""]]
        merges = tuple((r, 1, r, 3) for r in (0, 3, 4, 5, 6))
        ink = {(r, c): (HAND, 13, "1F3A93") for r in range(len(rows)) for c in (1, 3)}
        doc.table(rows, [26, 70, 22, 56], font="Noto Sans CJK SC", size=12, header_rows=0, bold_header=False,
                  repeat=False, left_cols=(1, 3), merges=merges, fonts=ink, spacing=24)
        return doc
    if style == "spaced":  # letter-spaced labels, the chair and the recorder on one line, a handwriting face
        doc = Doc(rng.choice([HAND, "AR PL UMing CN", "Noto Sans CJK SC"]), rng.choice([12, 13, 14]), None,
                  margins=(24, 22, 22, 22))
        title = meeting + rng.choice(["纪要", "记录"])
        t.meeting(held, title, chair, topics)
        t.facts.update(title=title, doc_type="会议纪要")
        doc.p(title, font="黑体", size=18, align="center", after=8)
        doc.p(f"时　　间：{t.date(held, rng.choice(['cn', 'dot', 'upper']))}{rng.choice(['上午9:30', '下午3时', ''])}")
        doc.p(f"地　　点：{room}")
        doc.p(f"{CHAIR_FORMS[chair_form](post, chair).replace('主持人：', '主 持 人：')}{SP * 4}记 录 人："
              f"{names(rng, 1)[0]}")
        doc.p(f"参加人员：{units}负责同志")
        marks = {"paren": lambda i: f"（{i + 1}）", "cn": lambda i: f"{d6.CN[i]}、", "dot": lambda i: f"{i + 1}."}
        mark = marks[topic_form]
        doc.p("议　　题：" + mark(0) + topics[0])
        for i, x in enumerate(topics[1:], 1):
            doc.p(SP * 5 + mark(i) + x)
        doc.p("会议记录：", before=6)
        for line in rng.sample(PROSE, 3):
            doc.p(line, indent=2)
        return doc
    doc = Doc(rng.choice(["仿宋_GB2312", "AR PL UMing CN", "Noto Serif CJK SC"]), rng.choice([14, 15, 16]), None,
              margins=(28, 26, 26, 26))
    title = meeting + "纪要"
    t.meeting(held, title, chair, topics)
    t.facts.update(title=title, doc_type="会议纪要", organ=office)
    doc.p(title, font="方正小标宋简体", size=20, align="center", after=10)
    doc.p(f"会议时间：{t.date(held, rng.choice(['cn', 'upper', 'cn0']))}{rng.choice(['上午', '下午', ''])}")
    doc.p(f"会议地点：{room}")
    if chair_form != "line":
        doc.p(CHAIR_FORMS[chair_form](post, chair))
    doc.p(f"参会人员：{units}分管负责同志")
    if chair_form == "line":
        doc.p(f"{t.date(held, 'cn')}，{CHAIR_FORMS['line'](post, chair)}召开{meeting}，{units}参加。", indent=2)
    if topic_form == "oneline":
        sep = rng.choice([" ", "；", "  "])
        doc.p("议题：" + sep.join(f"{i + 1}.{x}" for i, x in enumerate(topics)))
    elif topic_form in ("content", "matters", "yiti_below"):
        doc.p({"content": "会议内容：", "matters": "研究事项：", "yiti_below": "会议议题如下："}[topic_form])
        for i, x in enumerate(topics):
            doc.p(f"{d6.CN[i]}、{x}" if topic_form != "matters" else f"{i + 1}.{x}", indent=2)
    else:  # did: the agenda as what the meeting did, in one sentence
        clause = "，".join(f"{verb}了{what}" for verb, what in agenda)
        doc.p(f"会议{clause}。现将会议议定事项纪要如下：", indent=2)
    for i, line in enumerate(rng.sample(PROSE, 4 if style == "two" else 2)):
        doc.p(f"（{d6.CN[i]}）{line}" if topic_form == "did" else line, indent=2)
    if style == "two":
        for line in rng.sample(PROSE, 4):
            doc.p(line + line, indent=2)
        doc.page_break()
        doc.p("会议强调，" + rng.choice(PROSE).split("，", 1)[1], indent=2)
    d6.sign(doc, t, rng, [office], held + dt.timedelta(days=rng.randint(1, 5)), seal=False)
    return doc


def chair_cell(form: str, post: str, name: str) -> str:
    """The 主持人 cell of a form: the name with its title written the way `form` writes it."""
    return {"before": f"{post}{name}", "after": f"{name}{post}", "paren": f"{name}（{post}）"}.get(form, name)


def signin_n(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """Task N's sign-in sheets: `twocol` (names two-up: 姓名 | 单位 | 姓名 | 单位), `total` (a 合计/共N人 line and
    blank rows), `hand` (签名 column only, 实到 count written by hand), `two` (two pages, the header repeated)."""
    doc = Doc("宋体", 12, None, margins=(18, 18, 18, 16))
    held = d6.day(rng, year, (3, 11))
    title = place["county"] + rng.choice(d6.MEETINGS) + "签到表"
    t.facts.update(title=title, doc_type="签到表")
    doc.p(title, font="黑体", size=17, align="center", after=6)
    doc.p(f"时间：{t.date(held, rng.choice(['cn', 'dot']))}{SP * 3}地点：{rng.choice(ROOMS)}", size=11)
    pool = d6.units(place)
    n = {"twocol": rng.randint(14, 20), "two": rng.randint(36, 44)}.get(style, rng.randint(9, 14))
    people = names(rng, n)
    ink = {}
    if style == "twocol":
        header = ["姓名", "单位", "姓名", "单位"]
        half = (n + 1) // 2
        left, right = people[:half], people[half:]
        rows = [[left[i], rng.choice(pool), right[i] if i < len(right) else "", rng.choice(pool) if i < len(right)
                 else ""] for i in range(half)]
        shown = rows + [["", "", "", ""] for _ in range(2)]
        for r in range(1, len(shown) + 1):
            ink[(r, 0)] = ink[(r, 2)] = (HAND, 14, "203C8C")
        t.attendance(people)
        doc.table([header] + shown, [30, 60, 30, 60], size=11, header_rows=1, fonts=ink, spacing=24)
        doc.p(f"共{n}人", size=12, before=6)
        return doc
    if style == "hand":
        header = ["序号", "单位", "职务", "签名"]
        rows = [[str(i + 1), rng.choice(pool), rng.choice(["科员", "股长", "副局长", "所长"]), p]
                for i, p in enumerate(people)]
        blank = [[str(n + k + 1), "", "", ""] for k in range(3)]
        for r in range(1, n + 1):
            ink[(r, 3)] = (HAND, 15, "203C8C")
        t.attendance(people)
        doc.table([header] + rows + blank, [14, 76, 30, 46], size=11, header_rows=1, fonts=ink, spacing=26)
        doc.p("", runs=[("应到：", "宋体", 12, False, None), (f"{n + 3}人", HAND, 15, False, "203C8C"),
                        (SP * 4 + "实到：", "宋体", 12, False, None), (f"{n}人", HAND, 15, False, "203C8C")], before=6)
        return doc
    header = ["序号", "姓名", "单位", "联系电话"]
    rows = [[str(i + 1), p, rng.choice(pool), d6.mobile(rng)] for i, p in enumerate(people)]
    for r in range(1, n + 1):
        ink[(r, 1)] = (HAND, 14, "203C8C")
    blank = [[str(n + k + 1), "", "", ""] for k in range(rng.randint(2, 3))]
    t.attendance(people)
    rows_shown = rows + blank
    if style == "total":
        rows_shown.append(["合计", f"{n}人", "", ""])
    doc.table([header] + rows_shown, [14, 30, 80, 40], size=11, header_rows=1, fonts=ink,
              spacing=22 if style == "two" else 24, repeat=style == "two")
    return doc


def signin(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: sign (序号 姓名 单位 职务 联系电话 签名; names handwritten in 姓名 and 签名, empty rows, 应到/实到
    line), signonly (姓名 printed blank: the names are in the 签名 column alone), qianzi (a 签名册 whose only
    name column is 本人签字), gaps (empty rows between signed ones), long (two pages)."""
    long = style == "long"
    doc = Doc("宋体", 12, None, margins=(18, 18, 18, 16))
    held = d6.day(rng, year, (3, 11))
    title = place["county"] + rng.choice(d6.MEETINGS) + ("参会人员签名册" if style == "qianzi" else "签到表")
    t.facts.update(title=title, doc_type="签到表")
    doc.p(title, font="黑体", size=17, align="center", after=6)
    doc.p(f"会议时间：{t.date(held, rng.choice(['cn', 'dot']))}{SP * 3}会议地点：{rng.choice(ROOMS)}", size=11)
    n = rng.randint(34, 40) if long else rng.randint(8, 13)
    people = names(rng, n)
    pool = d6.units(place)
    header = ["序号", "姓名", "单位", "职务", "联系电话", "签名"]
    rows = [[str(i + 1), p, rng.choice(pool), rng.choice(["科员", "股长", "副局长", "所长", "主任"]), d6.mobile(rng), p]
            for i, p in enumerate(people)]
    shown = [r[:] for r in rows]
    if style == "signonly":
        for r in shown:
            r[1] = ""
        header = ["序号", "单位", "职务", "联系电话", "签名"]
        rows = [[r[0], r[2], r[3], r[4], r[5]] for r in rows]
        shown = [[r[0], r[2], r[3], r[4], r[5]] for r in shown]
    elif style == "qianzi":  # no 姓名 column: people sign in 本人签字
        header = ["序号", "工作单位", "职务", "手机号码", "本人签字"]
        rows = [[r[0], r[2], r[3], r[4], r[5]] for r in rows]
        shown = [r[:] for r in rows]
    elif style == "gaps":  # empty rows between signed ones (people who did not come)
        for k in sorted(rng.sample(range(1, n - 1), 2), reverse=True):
            shown.insert(k, [""] * len(header))
        for i, r in enumerate(shown):
            r[0] = str(i + 1)
        rows = [r for r in shown if r[1]]
    blank = [[str(n + k + 1)] + [""] * (len(header) - 1) for k in range(rng.randint(2, 4))]
    t.table(header, rows)
    n = len(shown)
    ink = {}
    for r in range(1, n + 1):
        for c, h in enumerate(header):
            if h in ("姓名", "签名"):
                ink[(r, c)] = (HAND, 14, "203C8C")
    t.attendance(people)
    widths = [12, 20, 54, 20, 30, 24] if len(header) == 6 else [12, 66, 24, 34, 28]

    doc.table([header] + shown + blank, widths, size=11, header_rows=1, fonts=ink, spacing=24 if not long else 21)
    doc.p(f"应到{n + len(blank)}人，实到{len(people)}人。", size=12, before=6)
    return doc


def table_doc(t: Truth, rng: random.Random, place: dict, year: int, style: str) -> Doc:
    """styles: ruled (two-row header, merged group cells, 合计 row, notes, 填报单位 line), unruled (no borders),
    continued (page 1 with its header, page 2 continues without one), plain (one-row header), vmerge (a column
    merged down over groups of rows)."""
    doc = Doc("仿宋_GB2312", 12, None, landscape=style != "unruled", margins=(22, 20, 20, 20))
    amr = d6.organ(place, "amr")[0]
    towns = d6.units(place)
    if style == "unruled":
        title = f"{year}年知识产权宣传活动开展情况统计表"
        t.facts.update(title=title, doc_type="统计表")
        doc.p(title, font="黑体", size=16, align="center", after=10)
        header = ["序号", "单位", "活动日期", "参加人数", "发放资料（份）"]
        rows = [[str(i + 1), u, t.date(d6.day(rng, year, (3, 11)), "dot"), str(rng.randint(20, 300)),
                 str(rng.randint(100, 900))] for i, u in enumerate(rng.sample(towns, rng.randint(6, 9)))]
        t.table(header, rows)
        total = ["合计", "", "", str(sum(int(r[3]) for r in rows)), str(sum(int(r[4]) for r in rows))]
        doc.table([header] + rows + [total], [14, 60, 32, 26, 34], size=11, header_rows=1, borders=False)
        doc.p("注：参加人数以签到表为准。", size=10, before=6)
        return doc
    if style == "vmerge":  # 乡镇 merged down over its rows, a two-row header without rules between its rows
        title = f"{year}年重点市场知识产权保护检查情况表"
        t.facts.update(title=title, doc_type="统计表")
        doc.p(title, font="黑体", size=16, align="center", after=8)
        header = ["序号", "乡镇", "检查对象", "检查日期", "发现问题（个）"]
        rows, merges, r = [], [], 1
        for town in rng.sample(place["towns"], 3):
            k = rng.randint(2, 3)
            for _ in range(k):
                rows.append([str(len(rows) + 1), town, rng.choice(["农贸市场", "商业街", "批发市场", "商场"]) +
                             rng.choice("一二三四") + "号", t.date(d6.day(rng, year, (3, 11)), "cn"),
                             str(rng.randint(0, 6))])
            merges.append((r, 1, r + k - 1, 1))
            r += k
        t.table(header, rows)
        grid = [header] + [[c if not (i and rows[i - 1][1] == row[1] and j == 1) else "" for j, c in enumerate(row)]
                           for i, row in enumerate(rows)]
        doc.table(grid, [14, 34, 50, 40, 30], size=11, header_rows=1, merges=tuple(merges))
        doc.p("注：检查日期以现场检查记录为准。", size=10, before=4)
        return doc
    header = ["序号", "单位", "检查次数", "出动人次", "立案数", "结案数", "罚没金额（元）"]
    groups = ["序号", "单位", "执法检查", "执法检查", "案件查办", "案件查办", "罚没金额（元）"]
    n = rng.randint(24, 30) if style == "continued" else rng.randint(7, 11)
    units = (towns * 3)[:n]
    rows = [[str(i + 1), u if i < len(towns) else f"{u}（第{i // len(towns) + 1}批）", str(rng.randint(2, 40)),
             str(rng.randint(10, 200)), str(rng.randint(0, 9)), str(rng.randint(0, 9)), str(rng.randint(0, 90000))]
            for i, u in enumerate(units)]
    title = f"{year}年打击侵权假冒执法情况统计表"
    t.facts.update(title=title, doc_type="统计表", organ=amr)
    doc.p(title, font="方正小标宋简体", size=18, align="center", after=6)
    doc.p(f"填报单位：{amr}{SP * 8}填报日期：{t.date(dt.date(year, 12, rng.randint(1, 9)), 'cn')}", size=11)
    widths = [14, 80, 24, 24, 24, 24, 34]
    total = ["合计", ""] + [str(sum(int(r[k]) for r in rows)) for k in range(2, 7)]
    if style == "plain":
        t.table(header, rows)
        doc.table([header] + rows + [total], widths, size=11, header_rows=1, left_cols=(1,))
    elif style == "ruled":
        t.table(header, rows)
        merges = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6))
        doc.table([groups, header] + rows + [total], widths, size=11, header_rows=2, merges=merges, left_cols=(1,))
    else:  # continued: the header printed once, the table runs on to page 2 (not repeated there)
        t.table(header, rows)
        doc.table([header] + rows + [total], widths, size=11, header_rows=1, left_cols=(1,), repeat=False,
                  spacing=22)
    doc.p("注：1.罚没金额含没收违法所得；2.本表数据截至填报日期。", size=10, before=4)
    doc.p(f"填表人：{names(rng, 1)[0]}{SP * 4}审核人：{names(rng, 1)[0]}", size=10)
    t.seals.append((f"填报单位：{amr}", amr))
    return doc


def make_xlsx(t: Truth, rng: random.Random, place: dict, year: int, style: str, path: Path) -> list[str]:
    """styles: shuoming (a 说明 sheet first, then a ledger with a two-row merged header, a hidden row, blank rows,
    合计, notes), sheets (several data sheets, one ledger each, title rows, notes under)."""
    wb = openpyxl.Workbook()
    shown: list[str] = []
    towns = d6.units(place)
    if style == "shuoming":
        ws = wb.active
        ws.title = "说明"
        notes = ["填表说明", "1.本表由各成员单位按季度填报；", "2.金额单位为元；", "3.合计行自动生成。"]
        for r, line in enumerate(notes, 1):
            ws.cell(r, 1, line)
            shown.append(line)
        title = f"{year}年知识产权行政执法案件台账"
        t.facts.update(title=title, doc_type="统计表")
        header = ["序号", "案件名称", "立案日期", "结案日期", "罚没金额"]
        groups = ["序号", "案件名称", "办理时间", "办理时间", "罚没金额"]
        rows = [[str(i + 1), f"{rng.choice(towns)}{rng.choice(['销售侵权商品案', '假冒专利案', '商标侵权案'])}",
                 d6.XDate(t, d6.day(rng, year, (1, 5)), "cn", typed=True),
                 d6.XDate(t, d6.day(rng, year, (6, 11)), "cn", typed=True), str(rng.randint(1000, 50000))]
                for i in range(rng.randint(6, 9))]
        ws = wb.create_sheet("台账")
        shown += d6.xl_table(ws, t, title, header, rows, info=[f"填报单位：{d6.organ(place, 'amr')[0]}"],
                             groups=groups, hidden_rows={2: ["", "已撤销案件", "", "", "0"]}, spacers=(3,),
                             total=["合计", "", "", "", str(sum(int(r[4]) for r in rows))],
                             notes=["注：本表按立案时间排序。", "填表人：" + names(rng, 1)[0]])
    else:
        t.facts.update(title=f"{year}年知识产权保护工作统计表（一季度）", doc_type="统计表")
        for q in ("一", "二"):
            ws = wb.active if q == "一" else wb.create_sheet(f"{q}季度")
            ws.title = f"{q}季度"
            header = ["序号", "单位", "培训场次", "培训人数", "宣传活动（次）"]
            rows = [[str(i + 1), u, str(rng.randint(1, 6)), str(rng.randint(20, 300)), str(rng.randint(1, 9))]
                    for i, u in enumerate(rng.sample(towns, rng.randint(5, 8)))]
            shown += d6.xl_table(ws, t, f"{year}年知识产权保护工作统计表（{q}季度）", header, rows,
                                 total=["合计", ""] + [str(sum(int(r[k]) for r in rows)) for k in (2, 3, 4)],
                                 notes=["说明：数据由各单位自行填报。"])
    wb.save(path)
    return shown


def doc_(fn, *args):
    return ("doc", lambda t, rng, place, year: fn(t, rng, place, year, *args))


PLAN = {  # name → (maker, capture kind, capture options)
    "照片-会议纪要-叙述-01.jpg": (doc_(minutes, "prose"), "photo", {"edge": 3000}),
    "照片-会议纪要-叙述-02.jpg": (doc_(minutes, "prose"), "photo", {"edge": 2400}),
    "照片-专题会议纪要-01.jpg": (doc_(minutes, "items"), "photo", {"edge": 3000}),
    "照片-会议记录-表格-01.jpg": (doc_(minutes, "form"), "photo", {"edge": 3000}),
    "照片-会议记录-表格-02.jpg": (doc_(minutes, "form"), "photo", {"edge": 3600}),
    "照片-会议纪要-出席-01.jpg": (doc_(minutes, "attend"), "photo", {"edge": 3000}),
    "照片-会议纪要-主持人职务-01.jpg": (doc_(minutes, "post"), "photo", {"edge": 3000}),
    "扫描件-会议纪要-叙述-01.pdf": (doc_(minutes, "prose"), "scan", {"dpi": 150, "mode": "grey"}),
    "会议记录-表格-01.docx": (doc_(minutes, "form"), "docx", {}),
    "照片-签到表-01.jpg": (doc_(signin, "sign"), "photo", {"edge": 3000}),
    "照片-签到表-仅签名-01.jpg": (doc_(signin, "signonly"), "photo", {"edge": 3600}),
    "照片-签到表-两页-01.pdf": (doc_(signin, "long"), "photo", {"edge": 3000}),
    "照片-签到表-签字-01.jpg": (doc_(signin, "qianzi"), "photo", {"edge": 3000}),
    "照片-签到表-空行-01.jpg": (doc_(signin, "gaps"), "photo", {"edge": 2400}),
    "照片-会议纪要-叙述-03.jpg": (doc_(minutes, "prose"), "photo", {"edge": 2400}),
    "照片-会议记录-表格-03.jpg": (doc_(minutes, "form"), "photo", {"edge": 2400}),
    "照片-会议纪要-出席-02.jpg": (doc_(minutes, "attend"), "photo", {"edge": 2400}),
    "照片-专题会议纪要-02.jpg": (doc_(minutes, "items"), "photo", {"edge": 2400}),
    "扫描件-统计表-两行表头-01.pdf": (doc_(table_doc, "ruled"), "scan", {"dpi": 200, "mode": "grey"}),
    "扫描件-统计表-无框线-01.pdf": (doc_(table_doc, "unruled"), "scan", {"dpi": 150, "mode": "grey"}),
    "扫描件-统计表-续页-01.pdf": (doc_(table_doc, "continued"), "scan", {"dpi": 300, "mode": "grey"}),
    "扫描件-统计表-低分辨率-01.pdf": (doc_(table_doc, "plain"), "scan", {"dpi": 100, "mode": "grey"}),
    "扫描件-统计表-合并单元格-01.pdf": (doc_(table_doc, "vmerge"), "scan", {"dpi": 150, "mode": "grey"}),
    "扫描件-统计表-黑白-01.pdf": (doc_(table_doc, "ruled"), "scan", {"dpi": 300, "mode": "bw"}),
    "扫描件-统计表-彩色-01.jpg": (doc_(table_doc, "plain"), "scan", {"dpi": 200, "mode": "colour"}),
    "照片-统计表-两行表头-01.jpg": (doc_(table_doc, "ruled"), "photo", {"edge": 3000}),
    "照片-统计表-01.jpg": (doc_(table_doc, "plain"), "photo", {"edge": 3600}),
    "台账-说明页-01.xlsx": (("xlsx", "shuoming"), "xlsx", {}),
    "统计表-多表-01.xlsx": (("xlsx", "sheets"), "xlsx", {}),
}


PLAN_N = {  # task N's files (python make_minutes.py DIR --n): the held-out gaps, photographed
    "照片-纪要-职务在前-单行议题-n01.jpg": (doc_(minutes_n, "typed", "before", "oneline"), "photo", {"edge": 3000}),
    "照片-纪要-职务在后-会议内容-n02.jpg": (doc_(minutes_n, "typed", "after", "content"), "photo", {"edge": 2400}),
    "照片-纪要-职务括注-研究事项-n03.jpg": (doc_(minutes_n, "typed", "paren", "matters"), "photo", {"edge": 3000}),
    "照片-纪要-召集人-叙述议题-n04.jpg": (doc_(minutes_n, "typed", "convener", "did"), "photo", {"edge": 3600}),
    "照片-纪要-主持在后-议题如下-n05.jpg": (doc_(minutes_n, "typed", "line", "yiti_below"), "photo", {"edge": 2400}),
    "照片-纪要-主持空格-单行议题-n06.jpg": (doc_(minutes_n, "typed", "spaced", "oneline"), "photo", {"edge": 3000}),
    "照片-纪要-两页-n07.pdf": (doc_(minutes_n, "two", "before", "content"), "photo", {"edge": 3000}),
    "照片-纪要-两页-召集人-n08.pdf": (doc_(minutes_n, "two", "convener", "oneline"), "photo", {"edge": 2400}),
    "照片-会议记录本-n09.jpg": (doc_(minutes_n, "book", "plain", ""), "photo", {"edge": 3000}),
    "照片-会议记录本-职务-n10.jpg": (doc_(minutes_n, "book", "before", ""), "photo", {"edge": 2400}),
    "照片-会议记录本-括注-n11.jpg": (doc_(minutes_n, "book", "paren", ""), "photo", {"edge": 3600}),
    "照片-纪要-召集人-会议内容-n12.jpg": (doc_(minutes_n, "typed", "convener", "content"), "photo", {"edge": 3000}),
    "照片-纪要-字距-n19.jpg": (doc_(minutes_n, "spaced", "before", "paren"), "photo", {"edge": 2400}),
    "照片-纪要-字距-n20.jpg": (doc_(minutes_n, "spaced", "after", "cn"), "photo", {"edge": 3000}),
    "照片-纪要-字距-n21.jpg": (doc_(minutes_n, "spaced", "paren", "dot"), "photo", {"edge": 2000}),
    "照片-纪要-字距-召集人-n22.jpg": (doc_(minutes_n, "spaced", "convener", "dot"), "photo", {"edge": 3600}),
    "照片-纪要-两页-叙述-n23.pdf": (doc_(minutes_n, "two", "paren", "did"), "photo", {"edge": 2400}),
    "照片-纪要-研究事项-n24.jpg": (doc_(minutes_n, "typed", "after", "matters"), "photo", {"edge": 2000}),
    "照片-会议记录本-n25.jpg": (doc_(minutes_n, "book", "after", ""), "photo", {"edge": 2000}),
    "照片-签到表-合计-n26.jpg": (doc_(signin_n, "total"), "photo", {"edge": 2000}),
    "照片-签到表-两页-n27.pdf": (doc_(signin_n, "two"), "photo", {"edge": 2400}),
    "照片-纪要-两页同框-n28.jpg": (doc_(minutes_n, "two", "before", "content"), "photo",
                              {"edge": 4000, "spread": True}),
    "照片-纪要-两页同框-n29.jpg": (doc_(minutes_n, "two", "convener", "oneline"), "photo",
                              {"edge": 3600, "spread": True}),
    "照片-签到表-两栏-n13.jpg": (doc_(signin_n, "twocol"), "photo", {"edge": 3000}),
    "照片-签到表-合计-n14.jpg": (doc_(signin_n, "total"), "photo", {"edge": 2400}),
    "照片-签到表-手写人数-n15.jpg": (doc_(signin_n, "hand"), "photo", {"edge": 3000}),
    "照片-签到表-两页-n16.pdf": (doc_(signin_n, "two"), "photo", {"edge": 3000}),
    "照片-签到表-两栏-n17.jpg": (doc_(signin_n, "twocol"), "photo", {"edge": 2400}),
    "照片-签到表-手写人数-n18.jpg": (doc_(signin_n, "hand"), "photo", {"edge": 3600}),
}


def capture(job: tuple) -> None:
    name, kind, fmt, source, opts, seals, out = job
    rng = random.Random(f"minutes/{name}/capture")
    if opts.get("spread"):  # the two pages lying side by side, photographed together in one image
        pages = d3.render_pdf(Path(source), 170, seals, rng)[:2]
        h = max(p.shape[0] for p in pages)
        pages = [np.pad(p, ((0, h - p.shape[0]), (0, 40), (0, 0)), constant_values=235) for p in pages]
        image = d6.camera(np.hstack(pages), rng, opts.get("edge", 3600))
        Path(out).write_bytes(d6.encoded(image, fmt, rng.randint(60, 85)))
        return
    Path(out).write_bytes(d6.captured(kind, fmt, source, opts, seals, rng))


def build(out: Path, work: Path, plan: dict) -> tuple[dict, list]:
    truths, sources = {}, {}
    for i, (name, ((source, make), kind, _)) in enumerate(plan.items()):
        rng = random.Random(f"minutes/{name}")
        place, year = d6.PLACES[i % len(d6.PLACES)], rng.choice([2022, 2023, 2023])
        t = truths[name] = Truth(kind, name.rsplit(".", 1)[1])
        if source == "xlsx":
            d3.check_printed(name, t, "\n".join(map(str, make_xlsx(t, rng, place, year, make, out / name))))
        else:
            sources[name] = make(t, rng, place, year).save(work / f"src{i:02d}.docx")
    pdfs = d3.convert(sorted(sources.values()), "pdf", work / "pdf")
    jobs = []
    for name, docx in sources.items():
        t = truths[name]
        text, t.pages = d3.pdf_text(pdfs[docx])
        d3.check_printed(name, t, text + "\n" + d3.docx_text(docx))
        if t.kind == "docx":
            shutil.copyfile(docx, out / name)
        else:
            jobs.append((name, t.kind, t.fmt, str(pdfs[docx]), plan[name][2], t.seals, str(out / name)))
    return truths, jobs


def score(folder: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import extract_bench

    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    extract_bench.report("minutes", folder, truth, True)


def make(out: Path, plan: dict) -> dict[str, Truth]:
    """Every file of PLAN in `out`: DOCX printed by LibreOffice in one batch, then scans and photos of them
    made two at a time."""
    out.mkdir(parents=True, exist_ok=True)
    if (out / "truth.yaml").exists():  # written last: present only when the corpus is complete
        (out / "truth.yaml").unlink()
    work = Path(tempfile.mkdtemp(prefix="ipdocs-minutes-"))
    try:
        truths, jobs = build(out, work, plan)
        with multiprocessing.get_context("fork").Pool(2) as pool:
            for _ in pool.imap_unordered(capture, jobs):
                pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return truths


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit("用法：.venv/bin/python bench/minutes/make_minutes.py 输出目录 [--n] [--score]")
    if "--score" in argv:
        return score(Path(argv[1]))
    n = "--n" in argv  # task N's files alone (PLAN_N), their truth in truth_n.yaml
    truths = make(Path(argv[1]), PLAN_N if n else PLAN)
    files = {name: truths[name].export() for name in sorted(truths)}
    text = yaml.safe_dump({"split": "minutes", "generator": "bench/minutes/make_minutes.py", "files": files},
                          allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "bench" / "minutes" / ("truth_n.yaml" if n else "truth.yaml")).write_text(text, encoding="utf-8")
    (Path(argv[1]) / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"minutes: {len(truths)} files in {argv[1]}")


if __name__ == "__main__":
    main(sys.argv)
