"""bench/dev9/make_dev9.py, the ninth blind corpus of issue 15. Its truth is written while each file is made, so it is
checked here on its own, by the conventions of the generator's docstring: the truth.yaml it last wrote, and small
documents, sheets, pages and screens made in the test — never read by the extractor nor printed by LibreOffice."""

import collections
import datetime as dt
import random
import re
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "dev9"))
import make_dev9  # noqa: E402

PLACE = make_dev9.PLACES[0]
GENRES = ("通知", "意见", "通报", "请示", "批复", "计划", "方案", "报告", "总结", "函", "简报")
LEDGERS = ("台账", "统计表", "一览表", "名单", "登记表", "汇总表")
VOCABULARY = set(GENRES) | set(LEDGERS) | {"会议纪要", "会议记录", "签到表", "新闻报道"}
NUMBERED = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、])")
LEVELS = {"央级", "省级", "市级", "县级"}
TOTALS = ("合计", "小计", "总计")


def objections(facts: dict) -> list[str]:
    """What a careful clerk would object to in one file's truth, by the generator's conventions."""
    found = []
    title, kind = facts.get("title", ""), facts.get("doc_type")
    if kind not in VOCABULARY or not title:
        found.append("doc_type/title")
    elif kind in GENRES[:-1] + LEDGERS + ("签到表",) and not re.sub(r"（[^）]*）$", "", title).endswith(kind):
        found.append(f"doc_type {kind} is not the word {title} ends with")
    elif kind == "会议纪要" and not title.endswith("纪要") or kind == "会议记录" and title != "会议记录":
        found.append("minutes title")
    for n in facts.get("doc_numbers", []):
        if n["text"] != f"{n['organ_prefix']}〔{n['year']}〕{n['number']}号" or \
                re.search(r"(印发|转发|落实|按照|根据|的|下发)$", n["organ_prefix"]):
            found.append(f"文号 {n}")
    for d in facts.get("dates", []):
        if not d["text"] or not dt.date.fromisoformat(str(d["iso"])):
            found.append(f"date {d}")
    for m in facts.get("media", []):
        if m["level"] not in LEVELS or m["outlet"].endswith(("政府", "局", "办公室", "发布", "监管", "司法")) or \
                m["outlet"] in ("今日头条", "百家号", "百度 百家号"):
            found.append(f"media {m}")
    for table in facts.get("tables", []):
        rows = table["rows"]
        if table["row_count"] != len(rows) or {len(r) for r in rows} != {len(table["header"])} or \
                table["header"] in rows or any(r[0] in TOTALS or r[0].startswith(("注", "填表")) or not any(r)
                                               for r in rows) or "" in table["header"]:
            found.append(f"table {table['header']}")
    people = facts.get("attendance")
    if people and (kind != "签到表" or people["count"] != len(people["names"]) or not people["names"]):
        found.append("attendance")
    if kind == "签到表" and not people:
        found.append("a sign-in sheet without attendance")
    for meeting in facts.get("meetings", []):
        if kind not in ("会议纪要", "会议记录") or not 2 <= len(meeting["chair"]) <= 3 or \
                any(NUMBERED.match(x) or x.endswith(("。", "；", "，")) for x in meeting["topics"]):
            found.append(f"meeting {meeting}")
    if kind in ("会议纪要", "会议记录") and len(facts.get("meetings", [])) != 1:
        found.append("minutes without their meeting")
    if kind == "新闻报道" and ("doc_numbers" in facts or "tables" in facts or "organ" not in facts):
        found.append("a news report's facts")
    if facts["format"] in ("jpg", "png") and facts["pages"] != 1:
        found.append("an image has one page")
    return found


def last_truth() -> dict:
    """The files of the truth.yaml the generator last wrote (its committed copy)."""
    with open(ROOT / "bench" / "dev9" / "truth.yaml", encoding="utf-8") as stream:
        truth = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert truth["split"] == "dev9" and truth["generator"] == "bench/dev9/make_dev9.py"
    return truth["files"]


def test_the_truth_it_last_wrote_is_complete_and_free_of_objections():
    files = last_truth()
    assert sorted(make_dev9.ENTRIES) == list(files)
    kinds = collections.Counter(f["kind"] for f in files.values())
    assert kinds == {"docx": 17, "xlsx": 12, "text_pdf": 8, "scan": 16, "photo": 15, "screenshot": 13}
    objected = {name: found for name, found in ((n, objections(f)) for n, f in files.items()) if found}
    assert objected == {}
    assert {f["doc_type"] for f in files.values()} == VOCABULARY  # every word of the vocabulary, on purpose
    for name, f in files.items():
        assert f["format"] == Path(name).suffix[1:] and f["kind"] == make_dev9.ENTRIES[name][0]
        if "两页" in name:  # a table over two pages is one table
            assert f["pages"] == 2 and len(f["tables"]) == 1 and f["tables"][0]["row_count"] >= 15, name
        if "联合" in name:
            assert f["organ"].count("、") == 1, name
    signed = [f for f in files.values() if f["doc_type"] == "签到表"]
    assert len(signed) == 7 and all(f["attendance"]["count"] == f["tables"][0]["row_count"] for f in signed)
    photographed = [f for f in files.values() if f["kind"] == "photo" and f["doc_type"] in ("会议纪要", "会议记录")]
    assert len(photographed) == 6
    assert sum(len(f.get("media", [])) for f in files.values() if f["kind"] == "screenshot") >= 15


def texts(doc) -> tuple[str, list[str], str]:
    """Body paragraphs (cells and text boxes included), each text box's text, and the page header."""
    body = "\n".join("".join(n.text or "" for n in p.iter(qn("w:t"))) for p in doc.d.element.body.iter(qn("w:p")))
    boxes = ["".join(n.text or "" for n in box.iter(qn("w:t"))) for box in doc.d.element.body.iter(qn("w:txbxContent"))]
    header = "\n".join(p.text for p in doc.d.sections[0].header.paragraphs)
    return body, boxes, header


def made(fn, *args, kind="docx", fmt="docx", seed="x", **kw):
    t = make_dev9.Truth(kind, fmt)
    out = fn(t, random.Random(seed), PLACE, 2023, *args, **kw)
    return t, out, t.export()


@pytest.mark.parametrize("mark", ["para", "table", "box", "header", "none"])
def test_each_house_style_prints_its_truth_and_the_mark_where_the_style_puts_it(mark):
    for seed in range(3):
        joint = "sfj" if mark in ("table", "none") and seed == 2 else None
        t, doc, facts = made(make_dev9.official, "通知", mark=mark, joint=joint, lines=2, printed_box=seed == 1,
                             brackets="[]" if seed == 0 else "〔〕", seed=f"{mark}{seed}")
        body, boxes, header = texts(doc)
        flat = re.sub(r"\s+", "", body + "".join(boxes) + header).replace("[", "〔").replace("]", "〕")
        assert facts["title"] in flat and facts["doc_type"] == "通知" and facts["title"].endswith("通知")
        assert all(n["text"] in flat for n in facts["doc_numbers"]) and len(facts["doc_numbers"]) >= 2
        assert all(d["text"] in flat for d in facts["dates"])
        issuers = facts["organ"].split("、")
        lines = [p.text for p in doc.d.paragraphs]
        assert all(s in lines for s in issuers) and len(issuers) == (2 if joint else 1)  # signed in full
        assert not any(re.search(r"(印发|转发|落实|按照|根据|的)$", n["organ_prefix"]) for n in facts["doc_numbers"])
        if mark == "none":
            assert "文件" not in body.split(facts["title"][:4])[0] and not header
        elif mark == "header":
            assert header == issuers[0] + "文件"
        elif mark == "box":
            assert boxes[0] == issuers[0] + "文件" and boxes[0] not in lines
        if seed == 1:  # the 印发 date is in a text box, and in the truth
            printed = [b for b in boxes if b.endswith("印发")]
            assert printed and any(d["text"] in printed[0] for d in facts["dates"])


def test_titles_break_where_a_typist_would_and_are_joined_in_the_truth():
    for genre in ("通知", "意见", "通报", "批复", "方案", "函"):
        for seed in range(6):
            title = make_dev9.title_for(genre, PLACE, 2023, random.Random(seed))
            for n in (2, 3):
                lines = make_dev9.break_title(random.Random(seed), title, n)
                assert "".join(lines) == title and len(lines) == n
                cuts = [len("".join(lines[:k])) for k in range(1, n)]
                assert all(not (title[c - 1].isdigit() and title[c].isdigit()) and title[c] not in "》”），、的"
                           and title[c - 1] not in "《“（" for c in cuts), lines


@pytest.mark.parametrize("style", ["mark", "fields", "inline", "convener"])
def test_minutes_record_the_day_held_the_chair_alone_and_topics_without_numbering(style):
    for seed in range(3):
        t, doc, facts = made(make_dev9.minutes, style, seed=f"{style}{seed}")
        body = texts(doc)[0]
        meeting = facts["meetings"][0]
        assert meeting["chair"] in body and 2 <= len(meeting["chair"]) <= 3
        for topic in meeting["topics"]:
            line = next(x for x in body.splitlines() if topic in x)
            assert NUMBERED.match(line.strip()) and not NUMBERED.match(topic), line
        held = dt.date.fromisoformat(meeting["date"])
        assert held == min(dt.date.fromisoformat(d["iso"]) for d in facts["dates"])  # minutes are issued later
        assert facts["organ"].endswith("领导小组办公室") and facts["doc_type"] == "会议纪要"
        label = {"convener": "召集人", "inline": "主持召开"}.get(style, "主")
        assert label in body


@pytest.mark.parametrize("label,with_unit", [("主持人", True), ("主持", False), ("召集人", True)])
def test_a_notebook_page_of_minutes_names_its_unit_only_when_written(label, with_unit):
    t, (img, drawn), facts = made(make_dev9.notebook_minutes, label, with_unit, kind="photo", fmt="jpg", seed=label)
    page = "\n".join(drawn)
    assert f"{label}：" in page and facts["meetings"][0]["chair"] in drawn
    assert ("organ" in facts) == with_unit and facts["title"] == "会议记录" and img.size == make_dev9.A4_200
    assert [f"{i + 1}、{x}" for i, x in enumerate(facts["meetings"][0]["topics"])] == \
        [s for s in drawn if re.match(r"\d、", s)]


@pytest.mark.parametrize("lines,signed,with_organ,count", [(20, 14, True, True), (15, 11, False, False)])
def test_a_signed_sheet_counts_the_lines_signed_not_the_lines_printed(lines, signed, with_organ, count):
    t, (img, drawn), facts = made(make_dev9.signin_sheet, lines, signed, with_organ, count, kind="photo",
                                  fmt="jpg", seed=lines)
    assert facts["attendance"]["count"] == signed == len(facts["attendance"]["names"]) < lines
    assert all(n in drawn for n in facts["attendance"]["names"])
    assert [r[0] for r in facts["tables"][0]["rows"]] == [str(i + 1) for i in range(signed)]
    assert str(lines) in drawn  # the blank numbered lines are printed, not counted
    assert (f"{signed}人" in drawn) == count and ("organ" in facts) == with_organ


def test_a_ledger_counts_records_only_under_its_leaf_headers():
    t, doc, facts = made(make_dev9.ledger_doc, 6)
    grid = [[c.text for c in row.cells] for row in doc.d.tables[0].rows]
    assert grid[0][3] == grid[0][4] == "办理时间" and grid[1][3:5] == ["立案日期", "结案日期"]
    assert grid[-1][0] == "合计" and len(grid) == 2 + 6 + 1
    assert facts["tables"][0]["header"] == make_dev9.CASE_HEADER and facts["tables"][0]["rows"] == grid[2:-1]
    assert {n["text"] for n in facts["doc_numbers"]} == {r[5] for r in grid[2:-1]}
    assert facts["organ"] in texts(doc)[0] and facts["doc_type"] == "台账"


def test_an_unruled_table_has_no_grid_and_the_same_truth_as_a_ruled_one():
    truths = []
    for ruled in (True, False):
        t, doc, facts = made(make_dev9.list_doc, "统计表", ruled=ruled, seed="unruled")
        assert (doc.d.tables[0].style.name == "Table Grid") == ruled
        truths.append(facts)
    assert truths[0] == truths[1] and truths[0]["tables"][0]["row_count"] == 7


def test_a_unit_merged_down_over_its_tasks_belongs_to_each_of_them():
    t, doc, facts = made(make_dev9.list_doc, "汇总表", seed="merged")
    rows = facts["tables"][0]["rows"]
    tbl = doc.d.tables[0]._tbl
    merged = [tc for tc in tbl.iter(qn("w:tc")) if tc.tcPr is not None and tc.tcPr.vMerge is not None]
    assert merged and all(r[1].endswith(("局", "部", "分局")) for r in rows) and len({r[1] for r in rows}) == 3


def shown(cell) -> str:
    """A cell as Excel shows it (dates in their number format)."""
    if isinstance(cell.value, dt.datetime):
        return make_dev9.displayed((cell.value, cell.number_format))
    return make_dev9.displayed(cell.value)


@pytest.mark.parametrize("style", ["taizhang", "quarters", "yilan", "signin", "media", "mingdan", "huizong", "peixun",
                                   "huodong", "weiquan", "two_header", "spacer"])
def test_a_workbook_records_its_title_row_and_only_its_records(style, tmp_path):
    t = make_dev9.Truth("xlsx", "xlsx")
    make_dev9.make_xlsx(t, random.Random(style), PLACE, 2023, style, tmp_path / "a.xlsx")
    facts, book = t.export(), openpyxl.load_workbook(tmp_path / "a.xlsx")
    sheets = [ws for ws in book.worksheets if ws.title != "填表说明"]
    assert facts["title"] == sheets[0]["A1"].value and len(facts["tables"]) == len(sheets)
    for ws, table in zip(sheets, facts["tables"], strict=True):
        first = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
        signed = [r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int) and ws.cell(r, 3).value]
        assert [ws.cell(r, 1).value for r in signed] == list(range(1, table["row_count"] + 1))
        assert [shown(ws.cell(r, 3)) for r in signed] == [row[2] for row in table["rows"]]
        assert any(v in TOTALS for v in first) == (style in ("taizhang", "quarters", "peixun", "two_header"))
        dates = [ws.cell(r, c).value for r in signed for c in range(1, ws.max_column + 1)
                 if isinstance(ws.cell(r, c).value, dt.datetime)]
        assert {d.date().isoformat() for d in dates} <= {d["iso"] for d in facts.get("dates", [])}
    if style == "media":
        ws = sheets[0]
        listed = {(ws.cell(r, 3).value, ws.cell(r, 4).value) for r in range(1, ws.max_row + 1)
                  if isinstance(ws.cell(r, 1).value, int)}
        assert {m["outlet"] for m in facts["media"]} == {o for o, level in listed if level != "政务新媒体"}
    if style == "signin":
        assert facts["attendance"]["count"] == facts["tables"][0]["row_count"] and "organ" not in facts
    if style == "huizong":
        assert book.worksheets[0].merged_cells.ranges and all(r[1] for r in facts["tables"][0]["rows"])
    if style == "two_header":
        assert facts["tables"][0]["header"] == ["序号", "镇（街道）", "立案数", "结案数", "货值（元）", "罚没（元）",
                                                "移送公安"]
        assert all("," in r[4] or len(r[4]) <= 3 for r in facts["tables"][0]["rows"])  # shown as Excel shows it
    assert objections(facts) == []


@pytest.mark.parametrize("fn,form,carried", [
    (make_dev9.portal_shot, "source", 1), (make_dev9.portal_shot, "chain", 2), (make_dev9.portal_shot, "unit", 0),
    (make_dev9.portal_shot, "reported", 2), (make_dev9.wechat_shot, "paper", 1), (make_dev9.wechat_shot, "from", 1),
    (make_dev9.wechat_shot, "according", 3), (make_dev9.app_shot, "xuexi", 2), (make_dev9.app_shot, "toutiao", 1),
    (make_dev9.app_shot, "baijia", 1), (make_dev9.app_shot, "thepaper", 1), (make_dev9.app_shot, "county", 2),
    (make_dev9.epaper_shot, None, 1)])
def test_a_news_screen_names_many_outlets_and_only_those_that_carried_it_are_media(fn, form, carried):
    args = [form] if form else []
    for seed in range(2):
        t, (img, drawn), facts = made(fn, *args, kind="screenshot", fmt="png", seed=f"{form}{seed}")
        page = "\n".join(drawn)
        outlets = [m["outlet"] for m in facts.get("media", [])]
        assert len(outlets) in (carried, carried - 1) and all(o in page for o in outlets)  # two may coincide
        named = {o for o in make_dev9.NATIONAL + PLACE["pm"] + PLACE["cm"] + [PLACE["km"]] if o in page}
        assert named - set(outlets) or fn is make_dev9.epaper_shot  # related links, footers: named, not media
        assert facts["organ"] in page and facts["title"] in drawn and facts["doc_type"] == "新闻报道"
        assert facts["title"] not in (f"{PLACE['county']}人民政府", facts["organ"])
        assert all(d["text"] in page for d in facts["dates"]) and img.mode == "RGB"
        if fn is make_dev9.portal_shot:
            assert f"主办单位：{facts['organ']}" in page


def test_a_truth_string_not_on_the_page_is_reported():
    t = make_dev9.Truth("scan", "pdf")
    t.facts.update(title="关于开展专项行动的通知", organ="柏溪区市场监督管理局")
    t.no("柏溪市监发", 2023, 5)
    before = len(make_dev9.PROBLEMS)
    make_dev9.check_printed("a.pdf", t, "柏溪区市场监督管理局\n关于开展专项\n行动的通知\n柏溪市监发[2023]5号")
    assert len(make_dev9.PROBLEMS) == before
    make_dev9.check_printed("b.pdf", t, "柏溪区市场监督管理局\n关于开展专项行动的通知")
    assert len(make_dev9.PROBLEMS) == before + 1 and "柏溪市监发〔2023〕5号" in make_dev9.PROBLEMS.pop()


def test_a_document_and_a_workbook_are_the_same_files_every_time(tmp_path):
    outputs = []
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        t = make_dev9.Truth("docx", "docx")
        make_dev9.official(t, random.Random(7), PLACE, 2023, "请示", mark="box", printed_box=True).save(
            tmp_path / sub / "x.docx")
        make_dev9.make_xlsx(make_dev9.Truth("xlsx", "xlsx"), random.Random(7), PLACE, 2023, "two_header",
                            tmp_path / sub / "x.xlsx")
        outputs.append([(tmp_path / sub / n).read_bytes() for n in ("x.docx", "x.xlsx")] + [t.export()])
    assert outputs[0] == outputs[1]
