"""bench/dev7/make_dev7.py, the seventh blind corpus of issue 15. Its truth is written while each file is made, so
it is checked here on its own, by the conventions of the generator's docstring: the truth.yaml it last wrote, and
small documents, sheets and screens made in the test — never read by the extractor nor printed by LibreOffice."""

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
sys.path.insert(0, str(ROOT / "bench" / "dev7"))
import make_dev7  # noqa: E402

PLACE = make_dev7.PLACES[0]
GENRES = ("通知", "意见", "决定", "通报", "请示", "批复", "计划", "要点", "方案", "报告", "总结", "函", "简报")
LEDGERS = ("台账", "统计表", "一览表", "登记表", "汇总表", "名单")
VOCABULARY = set(GENRES) | set(LEDGERS) | {"会议纪要", "会议记录", "签到表", "新闻报道"}
NUMBERED = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、]|[①②③④⑤⑥])")
MARK_BEFORE = re.compile(r"(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、]|[①②③④⑤⑥])$")
LEVELS = {"央级", "省级", "市级", "县级"}


def objections(facts: dict) -> list[str]:
    """What a careful clerk would object to in one file's truth, by the generator's conventions."""
    found = []
    title, kind = facts.get("title", ""), facts.get("doc_type")
    if kind not in VOCABULARY or not title:
        found.append("doc_type/title")
    elif kind in GENRES + LEDGERS + ("签到表",) and not title.endswith(kind):
        found.append(f"doc_type {kind} is not the word {title} ends with")
    elif kind in ("会议纪要", "会议记录") and not title.endswith(kind[2:]):
        found.append("minutes title")
    for n in facts.get("doc_numbers", []):
        if n["text"] != f"{n['organ_prefix']}〔{n['year']}〕{n['number']}号" or n.get("shown") == n["text"]:
            found.append(f"文号 {n}")
    for d in facts.get("dates", []):
        if not d["text"] or not dt.date.fromisoformat(str(d["iso"])):
            found.append(f"date {d}")
    for m in facts.get("media", []):
        if m["level"] not in LEVELS or m["outlet"] in make_dev7.GOV_SITES or \
                m["outlet"] in [p["gov"] for p in make_dev7.PLACES] or m["outlet"].endswith(("政府", "局", "办公室")):
            found.append(f"media {m}")
    for table in facts.get("tables", []):
        rows = table["rows"]
        if table["row_count"] != len(rows) or {len(r) for r in rows} != {len(table["header"])} or \
                table["header"] in rows or any(r[0] in ("合计", "小计", "总计") or not any(r) for r in rows) or \
                "" in table["header"] or "办理时间" in table["header"]:
            found.append(f"table {table['header']}")
    people = facts.get("attendance")
    if people and (kind != "签到表" or people["count"] != len(people["names"]) or not people["names"]):
        found.append("attendance")
    if kind == "签到表" and not people:
        found.append("a sign-in sheet without attendance")
    for meeting in facts.get("meetings", []):
        if kind not in ("会议纪要", "会议记录") or not meeting["chair"] or len(meeting["chair"]) > 3 or \
                any(NUMBERED.match(x) or x.endswith(("。", "；", "，")) for x in meeting["topics"]):
            found.append(f"meeting {meeting}")
    if kind in ("会议纪要", "会议记录") and len(facts.get("meetings", [])) != 1:
        found.append("minutes without their meeting")
    if kind == "会议记录" and "organ" in facts:
        found.append("a 会议记录 form names no issuer")
    if facts["format"] in ("jpg", "png") and facts["pages"] != 1:
        found.append("an image has one page")
    return found


def test_the_truth_it_last_wrote_is_complete_and_free_of_objections():
    truth = yaml.load((ROOT / "bench" / "dev7" / "truth.yaml").read_text(encoding="utf-8"),
                      Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert (truth["split"], truth["generator"]) == ("dev7", "bench/dev7/make_dev7.py")
    files = truth["files"]
    assert list(files) == sorted(make_dev7.ENTRIES)
    assert collections.Counter(f["kind"] for f in files.values()) == {
        "docx": 22, "xlsx": 12, "text_pdf": 8, "scan": 15, "photo": 15, "screenshot": 12}
    found = {name: objections(f) for name, f in files.items()}
    assert not any(found.values()), {k: v for k, v in found.items() if v}
    assert {f["doc_type"] for f in files.values()} == VOCABULARY  # every word of the vocabulary, on purpose
    for name, f in files.items():
        assert f["format"] == Path(name).suffix[1:] and f["kind"] == make_dev7.ENTRIES[name][1]
        if "两页" in name:  # a table over two pages is one table
            assert f["pages"] == 2 and len(f["tables"]) == 1 and f["tables"][0]["row_count"] == 26, name
        if f["doc_type"] == "新闻报道":
            assert "doc_numbers" not in f and "tables" not in f
    joint = [f for n, f in files.items() if "联合" in n]
    assert len(joint) == 3 and all(f["organ"].count("、") == 1 for f in joint)
    minutes = [f for f in files.values() if f["kind"] == "photo" and f["doc_type"] in ("会议纪要", "会议记录")]
    assert len(minutes) == 5


def body_text(doc) -> tuple[str, list[str], str]:
    """Body paragraphs (cells and text boxes included), the text of each text box, and the page header."""
    body = "\n".join("".join(n.text or "" for n in p.iter(qn("w:t"))) for p in doc.d.element.body.iter(qn("w:p")))
    boxes = ["".join(n.text or "" for n in box.iter(qn("w:t"))) for box in doc.d.element.body.iter(qn("w:txbxContent"))]
    header = "\n".join(p.text for p in doc.d.sections[0].header.paragraphs)
    return body, boxes, header


def made(fn, *args, kind="docx", fmt="docx", seed="x"):
    t = make_dev7.Truth(kind, fmt)
    doc = fn(t, random.Random(seed), PLACE, 2023, *args)
    return t, doc, t.export()


@pytest.mark.parametrize("layout", ["redpara", "redtable", "box", "header", "sig", "joint"])
def test_each_house_style_prints_what_its_truth_records_and_the_organ_in_full_in_the_signature(layout):
    for seed in range(2):
        t, doc, facts = made(make_dev7.official, layout, "通知", layout == "joint", 2, layout == "joint",
                             seed=f"{layout}{seed}")
        body, boxes, header = body_text(doc)
        flat = re.sub(r"\s+", "", body + "".join(boxes) + header)
        assert facts["title"] in flat and facts["doc_type"] == "通知"
        assert all(n.get("shown", n["text"]) in flat for n in facts["doc_numbers"])
        assert all(d["text"] in flat for d in facts["dates"])
        signers = facts["organ"].split("、")
        assert len(signers) == (2 if layout == "joint" else 1)
        lines = [p.text for p in doc.d.paragraphs]
        assert all(s in lines for s in signers)  # each issuer on its own signature line, in full
        own = [n for n in facts["doc_numbers"] if n["organ_prefix"].startswith(PLACE["a"]) and n["number"]]
        if layout == "sig":
            assert not any("文件" in x for x in lines[:3]) and "文件" not in header
        elif layout == "header":
            assert header.endswith("文件") and own[0].get("shown", own[0]["text"]) in body
        elif layout == "box":
            assert boxes[0].endswith("文件") and boxes[0] not in lines
        if layout == "joint":
            assert facts["tables"] and all(r[2] in flat for r in facts["tables"][0]["rows"])


def test_titles_are_broken_where_a_typist_would_and_joined_in_the_truth():
    for genre in make_dev7.TITLES:
        for seed in range(5):
            title = make_dev7.TITLES[genre](PLACE, 2023, random.Random(seed))
            for n in (2, 3):
                lines = make_dev7.break_lines(random.Random(seed), title, n)
                assert "".join(lines) == title and len(lines) == n
                inside = {i for w in make_dev7.WORDS for at in range(len(title)) if title.startswith(w, at)
                          for i in range(at + 1, at + len(w))}
                cuts = [len("".join(lines[:k])) for k in range(1, n)]
                assert not inside & set(cuts), lines
                assert all(not (title[c - 1].isdigit() and title[c].isdigit()) and title[c] not in "》”，、的年"
                           for c in cuts), lines


@pytest.mark.parametrize("style", ["fields", "inline", "after", "form"])
def test_minutes_record_the_day_held_the_chair_alone_and_topics_without_their_numbering(style):
    for seed in range(3):
        t, doc, facts = made(make_dev7.minutes, style, seed=f"{style}{seed}")
        body = body_text(doc)[0]
        meeting = facts["meetings"][0]
        assert meeting["chair"] in body and 2 <= len(meeting["chair"]) <= 3
        for topic in meeting["topics"]:
            line = next(x for x in body.splitlines() if topic in x)
            assert MARK_BEFORE.search(line[:line.index(topic)]) and not NUMBERED.match(topic), line
        held = dt.date.fromisoformat(meeting["date"])
        assert held == min(dt.date.fromisoformat(d["iso"]) for d in facts["dates"])  # minutes are issued later
        assert (facts["doc_type"], "organ" in facts) == (("会议记录", False) if style == "form" else ("会议纪要", True))


def test_a_sign_in_sheet_counts_the_lines_signed_and_names_its_organiser_only_when_printed():
    for seed, with_organ in ((1, True), (2, False), (3, False)):
        t, doc, facts = made(make_dev7.signin, with_organ, 12, seed=seed)
        grid = [[c.text for c in row.cells] for row in doc.d.tables[0].rows]
        signed = [r[2] for r in grid[1:] if r[2]]
        assert facts["attendance"] == {"count": len(signed), "names": signed} and 8 <= len(signed) <= 11
        assert len(grid) == 13 and facts["tables"][0]["row_count"] == len(signed)
        body = body_text(doc)[0]
        assert ("organ" in facts) == with_organ and (not with_organ or "主办单位：" + facts["organ"] in body)


def test_an_unruled_table_has_no_grid_and_the_same_truth_as_a_ruled_one():
    grids = []
    for ruled in (True, False):
        t, doc, facts = made(make_dev7.list_doc, "一览表", ruled, seed="unruled")
        table = doc.d.tables[0]
        assert (table._tbl.tblPr.find(qn("w:tblBorders")) is not None) == ruled
        grids.append(facts)
    assert grids[0] == grids[1] and grids[0]["tables"][0]["row_count"] >= 5


def test_a_ledger_counts_records_only_under_its_leaf_headers(tmp_path):
    t, doc, facts = made(make_dev7.ledger_doc, 6)
    grid = [[c.text for c in row.cells] for row in doc.d.tables[0].rows]
    assert grid[0][3] == grid[0][4] == "办理时间" and grid[1][3:5] == ["立案日期", "结案日期"]
    assert grid[-1][0] == "合计" and len(grid) == 2 + 6 + 1
    records = grid[2:-1]
    assert facts["tables"][0]["header"] == make_dev7.CASE_HEADER and facts["tables"][0]["rows"] == records
    assert {n["text"] for n in facts["doc_numbers"]} == {r[5] for r in records}


@pytest.mark.parametrize("style", ["taizhang", "two_sheets", "media", "signin", "huizong", "yilan", "mingdan",
                                   "tongji"])
def test_a_workbook_records_its_title_row_and_records_without_totals_or_notes(style, tmp_path):
    t = make_dev7.Truth("xlsx", "xlsx")
    make_dev7.make_xlsx(t, random.Random(style), PLACE, 2023, style, tmp_path / "a.xlsx")
    facts, book = t.export(), openpyxl.load_workbook(tmp_path / "a.xlsx")
    sheets = [ws for ws in book.worksheets if ws.title != "填表说明"]
    assert facts["title"] == sheets[0]["A1"].value and len(facts["tables"]) == len(sheets)
    for ws, table in zip(sheets, facts["tables"], strict=True):
        first = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
        records = [v for v in first if isinstance(v, int)]
        assert records == list(range(1, table["row_count"] + 1))
        assert ("合计" in first) == (style in ("taizhang", "two_sheets", "huizong", "tongji"))
    if style == "media":
        listed = {(ws.cell(r, 3).value, ws.cell(r, 4).value) for r in range(4, ws.max_row + 1) if ws.cell(r, 3).value}
        assert {m["outlet"] for m in facts["media"]} == {o for o, level in listed if level != "政务新媒体"}
        assert all(m["level"] == level for m in facts["media"] for o, level in listed if o == m["outlet"])
    if style == "signin":
        assert facts["attendance"]["count"] == facts["tables"][0]["row_count"] and "organ" not in facts
    assert objections(facts) == []


@pytest.mark.parametrize("fn,form", [(make_dev7.shot_portal, "source"), (make_dev7.shot_portal, "chain"),
                                     (make_dev7.shot_portal, "unit"), (make_dev7.shot_wechat, "own"),
                                     (make_dev7.shot_wechat, "from"), (make_dev7.shot_wechat, "editor"),
                                     (make_dev7.shot_app, None)])
def test_a_news_screen_names_many_outlets_and_only_those_that_carried_it_are_media(fn, form):
    t = make_dev7.Truth("screenshot", "png")
    img, drawn = fn(t, random.Random(str(form)), PLACE, 2023, *([form] if form else []))
    facts, page = t.export(), "\n".join(drawn)
    outlets = [m["outlet"] for m in facts.get("media", [])]
    assert len(outlets) == {"unit": 0, "editor": 0, "chain": 2, None: 2}.get(form, 1)
    named = {o for o in make_dev7.NATIONAL + PLACE["pm"] + PLACE["cm"] + [PLACE["km"]] if o in page}
    assert set(outlets) <= named and (len(named - set(outlets)) >= 2 or fn is make_dev7.shot_app)
    assert facts["organ"] in page and facts["title"] in drawn and facts["doc_type"] == "新闻报道"
    if form == "chain":
        assert f"转自{facts['organ']}" in page
    assert all(d["text"] in page for d in facts["dates"]) and img.mode == "RGB"


def test_an_open_government_page_gives_the_organ_and_number_of_its_grid():
    t = make_dev7.Truth("screenshot", "png")
    _, drawn = make_dev7.shot_openinfo(t, random.Random(4), PLACE, 2023)
    facts = t.export()
    assert drawn[drawn.index("发布机构") + 1] == facts["organ"] and facts["title"].endswith(facts["doc_type"])
    assert drawn[drawn.index("发文字号") + 1] == facts["doc_numbers"][0]["text"]


def test_a_document_and_a_workbook_are_the_same_files_every_time(tmp_path):
    outputs = []
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        t = make_dev7.Truth("docx", "docx")
        make_dev7.official(t, random.Random(7), PLACE, 2023, "box", "决定").save(tmp_path / sub / "x.docx")
        make_dev7.make_xlsx(make_dev7.Truth("xlsx", "xlsx"), random.Random(7), PLACE, 2023, "two_sheets",
                            tmp_path / sub / "x.xlsx")
        outputs.append([(tmp_path / sub / n).read_bytes() for n in ("x.docx", "x.xlsx")] + [t.export()])
    assert outputs[0] == outputs[1]
