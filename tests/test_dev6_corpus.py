"""bench/dev6/make_dev6.py, the sixth blind corpus of issue 15. Its truth is written down while each file is made,
so what it records is checked here on its own: the truth.yaml it last wrote, and small documents, sheets, screens
and photos made in the test, never read by the extractor nor printed by LibreOffice."""

import collections
import datetime as dt
import random
import re
import sys
from pathlib import Path

import cv2
import numpy as np
import openpyxl
import pytest
import yaml
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "dev6"))
import make_dev6  # noqa: E402

PLACE = make_dev6.PLACES[2]
DOC_TYPES = {"通知", "函", "方案", "报告", "总结", "简报", "会议纪要", "签到表", "统计表", "新闻报道", "正式文件"}
NUMBERED = re.compile(r"[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十\d]+）|\d+[.、]|[①②③④⑤⑥]")


def problems(facts: dict) -> list[str]:
    """What a careful reader would object to in one file's truth, by this corpus's conventions."""
    found = []
    if facts.get("doc_type") not in DOC_TYPES or not facts.get("title"):
        found.append("doc_type/title")
    for n in facts.get("doc_numbers", []):
        if n["text"] != f"{n['organ_prefix']}〔{n['year']}〕{n['number']}号" or n.get("shown") == n["text"]:
            found.append(f"文号 {n}")
    found += [f"date {d}" for d in facts.get("dates", []) if not d["text"] or not dt.date.fromisoformat(d["iso"])]
    for m in facts.get("media", []):
        if m["level"] not in ("国家级", "省级", "市级") or m["outlet"] in make_dev6.NOT_MEDIA or \
                m["outlet"].endswith(("人民政府", "政府网", "管理局", "发布", "融媒体中心")):
            found.append(f"media {m}")
    for table in facts.get("tables", []):
        if table["row_count"] != len(table["rows"]) or {len(r) for r in table["rows"]} != {len(table["header"])} or \
                table["header"] in table["rows"] or any(r[0] in ("合计", "小计", "总计") or not any(r)
                                                        for r in table["rows"]):
            found.append(f"table {table['header']}")
    people = facts.get("attendance")
    if people and (facts["doc_type"] != "签到表" or people["count"] != len(people["names"])):
        found.append("attendance")
    for meeting in facts.get("meetings", []):
        if facts["doc_type"] != "会议纪要" or not meeting["chair"] or \
                any(NUMBERED.match(x) or x.endswith(("。", "；")) for x in meeting["topics"]):
            found.append(f"meeting {meeting}")
    if facts["doc_type"] in ("签到表", "新闻报道") and "organ" in facts:
        found.append("an organ on a sign-in sheet or a news report")
    if facts["format"] in ("jpg", "png") and facts["pages"] != 1:
        found.append("an image has one page")
    return found


def test_the_truth_it_last_wrote_is_complete_and_free_of_objections():
    truth = yaml.load((ROOT / "bench" / "dev6" / "truth.yaml").read_text(encoding="utf-8"),
                      Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert (truth["split"], truth["generator"]) == ("dev6", "bench/dev6/make_dev6.py")
    files = truth["files"]
    assert list(files) == sorted(make_dev6.ENTRIES)
    assert collections.Counter(f["kind"] for f in files.values()) == {
        "docx": 25, "xlsx": 12, "text_pdf": 6, "scan": 17, "photo": 18, "screenshot": 14}
    objections = {name: problems(f) for name, f in files.items()}
    assert not any(objections.values()), objections
    assert {f["doc_type"] for f in files.values()} == DOC_TYPES  # every type of the vocabulary, on purpose
    for name, f in files.items():
        assert f["format"] == Path(name).suffix[1:] and f["kind"] == make_dev6.ENTRIES[name][1]
        if re.search(r"请示|批复|意见|决定", name):
            assert f["doc_type"] == "正式文件", name
        if re.search(r"台账|一览表|登记表|汇总表|名单|统计表", name):
            assert f["doc_type"] == "统计表" and f["tables"], name
    two = {name: f for name, f in files.items() if "两页" in name}  # one table over two photos is one table
    assert len(two) == 2 and {(f["pages"], len(f["tables"])) for f in two.values()} == {(2, 1)}
    minutes = [f for f in files.values() if f["kind"] == "photo" and f["doc_type"] == "会议纪要"]
    assert len(minutes) == 6 and all(f["meetings"][0]["chair"] and f["meetings"][0]["topics"] for f in minutes)


def built(fn, *args, kind="docx"):
    t = make_dev6.Truth(kind, "docx")
    doc = fn(t, random.Random("|".join(map(str, args))), PLACE, 2023, *args)
    return t, doc, t.export()


def texts(doc) -> tuple[str, list[str], str]:
    """Body paragraphs (cells and text boxes included), the text of each text box, and the page header."""
    body = "\n".join("".join(n.text or "" for n in p.iter(qn("w:t"))) for p in doc.d.element.body.iter(qn("w:p")))
    boxes = ["".join(n.text or "" for n in box.iter(qn("w:t"))) for box in doc.d.element.body.iter(qn("w:txbxContent"))]
    header = "\n".join(p.text for p in doc.d.sections[0].header.paragraphs)
    return body, boxes, header


@pytest.mark.parametrize("layout", ["redpara", "redtable", "header", "box", "sig", "joint", "letter", "plain"])
def test_each_layout_prints_its_organ_where_it_says_and_records_what_it_prints(layout):
    genre = "函" if layout == "letter" else "通知"
    t, doc, facts = built(make_dev6.official, layout, genre, 2, False)
    body, boxes, header = texts(doc)
    flat = re.sub(r"\s+", "", body + "\n".join(boxes) + header)
    assert facts["doc_type"] == genre and facts["title"] in flat.replace("\n", "") or \
        facts["title"] in re.sub(r"\s+", "", body)
    assert all(n.get("shown", n["text"]) in flat for n in facts["doc_numbers"])
    assert all(d["text"] in flat for d in facts["dates"])
    own = [n for n in facts["doc_numbers"] if n["organ_prefix"].startswith(PLACE["a"])]
    mark = facts["organ"] + ("" if genre == "函" else "文件")
    if layout == "header":
        assert mark in header and mark not in body
    elif layout == "box":
        assert boxes[0] == mark and re.fullmatch(r"\d{4}年\d+月\d+日|[〇一二三四五六七八九十]+年.+日", boxes[1])
    elif layout == "redtable":  # the mark and the own 文号 sit in the cells of a borderless table
        cells = [c.text for row in doc.d.tables[0].rows for c in row.cells]
        assert mark in cells and own[0].get("shown", own[0]["text"]) in cells
    elif layout == "joint":
        stacked = [p.text for p in doc.d.paragraphs[:4]]
        assert stacked[0] == facts["organ"] and "文件" in stacked
    elif layout in ("sig", "plain"):
        assert mark not in body and not own
        assert body.count(facts["organ"]) >= 1
    if layout not in ("sig", "plain"):
        assert len(own) == 1


@pytest.mark.parametrize("genre", ["请示", "批复", "意见", "决定", "报告", "总结", "方案"])
def test_formal_types_are_filed_as_a_clerk_would(genre):
    _, doc, facts = built(make_dev6.official, "redpara", genre, 1, True)
    assert facts["title"].endswith(genre if genre not in ("方案",) else "方案")
    assert facts["doc_type"] == {"请示": "正式文件", "批复": "正式文件", "意见": "正式文件", "决定": "正式文件"}.get(
        genre, genre)


def test_a_briefing_has_its_masthead_for_title_and_an_issue_number_that_is_no_doc_number():
    for seed in range(4):
        t = make_dev6.Truth("docx", "docx")
        doc = make_dev6.briefing(t, random.Random(seed), PLACE, 2023)
        body, _, _ = texts(doc)
        facts = t.export()
        lines = body.splitlines()
        assert lines[0] == facts["title"] and facts["title"].endswith("简报") and re.fullmatch(r"第\d+期.*", lines[1])
        assert lines[2].startswith(facts["organ"] + "编") and facts["doc_type"] == "简报"
        assert not any("期" in n["text"] for n in facts["doc_numbers"])


def test_minutes_record_the_day_held_the_chair_alone_and_topics_without_numbering():
    marks = set()
    for seed in range(3):
        for style in ("masthead", "fields", "inline", "form", "hand"):
            t = make_dev6.Truth("photo", "jpg")
            doc = make_dev6.minutes(t, random.Random(seed), PLACE, 2023, style)
            body = texts(doc)[0]
            facts = t.export()
            meeting = facts["meetings"][0]
            spaced = re.sub(r"[\s\u3000]", "", body)
            assert meeting["chair"] in spaced and not any(w in meeting["chair"] for w in ("长", "主任", "同志"))
            assert all(x in body and not NUMBERED.match(x) for x in meeting["topics"]), style
            held = dt.date.fromisoformat(meeting["date"])
            assert any(d["iso"] == meeting["date"] and d["text"] in body for d in facts["dates"])
            assert held <= min(dt.date.fromisoformat(d["iso"]) for d in facts["dates"])  # issued later, if at all
            assert ("organ" in facts) == (style in ("masthead", "fields", "inline")), style
            for line in body.splitlines():
                if meeting["topics"][0] in line:
                    marks.add(line[:line.index(meeting["topics"][0])].split("：")[-1][:3])
    assert {"一、", "①", "1.", "（1）", "一是"} <= marks


def test_ledgers_count_records_only_and_hidden_columns_and_rows_are_not_truth(tmp_path):
    t = make_dev6.Truth("xlsx", "xlsx")
    make_dev6.make_xlsx(t, random.Random(1), PLACE, 2023, "taizhang", tmp_path / "a.xlsx")
    facts, ws = t.export(), openpyxl.load_workbook(tmp_path / "a.xlsx").active
    hidden = [k for k, dim in ws.column_dimensions.items() if dim.hidden]
    assert hidden == ["C"] and ws["C3"].value == "承办人" and "承办人" not in facts["tables"][0]["header"]
    assert ws["D3"].value == "办理时间" and [ws.cell(4, c).value for c in (4, 5)] == ["立案日期", "结案日期"]
    first = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)]
    records = [v for v in first if isinstance(v, int)]
    assert None in first and "合计" in first  # spacer rows and a total row, neither counted
    assert records == list(range(1, facts["tables"][0]["row_count"] + 1))
    assert facts["organ"] in ws["A2"].value and ws["A2"].value.startswith("填报单位")

    t = make_dev6.Truth("xlsx", "xlsx")
    make_dev6.make_xlsx(t, random.Random(2), PLACE, 2023, "tongji", tmp_path / "b.xlsx")
    facts, ws = t.export(), openpyxl.load_workbook(tmp_path / "b.xlsx").active
    hidden = [r for r, dim in ws.row_dimensions.items() if dim.hidden]
    assert len(hidden) == 2 and all("已撤并" in ws.cell(r, 2).value for r in hidden)
    assert not any("已撤并" in row[1] for row in facts["tables"][0]["rows"])


def test_a_workbook_with_instructions_in_front_takes_its_title_from_the_data_sheet(tmp_path):
    t = make_dev6.Truth("xlsx", "xlsx")
    make_dev6.make_xlsx(t, random.Random(3), PLACE, 2023, "shuoming", tmp_path / "s.xlsx")
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert book.worksheets[0]["A1"].value == "填表说明" and t.facts["title"] == book.worksheets[1]["A1"].value
    due = re.search(r"\d{4}年\d+月\d+日", book.worksheets[0]["A3"].value).group()
    assert due in [d["text"] for d in t.export()["dates"]]


def test_a_sheet_of_news_reports_is_a_ledger_whose_media_are_its_outlets_not_government_platforms(tmp_path):
    t = make_dev6.Truth("xlsx", "xlsx")
    make_dev6.make_xlsx(t, random.Random(4), PLACE, 2023, "media2", tmp_path / "m.xlsx")
    facts, ws = t.export(), openpyxl.load_workbook(tmp_path / "m.xlsx").active
    listed = {(ws.cell(r, 3).value, ws.cell(r, 4).value) for r in range(4, ws.max_row + 1)}
    assert {m["outlet"] for m in facts["media"]} == {name for name, level in listed if level != "政务平台"}
    assert any(level == "政务平台" for _, level in listed) and facts["doc_type"] == "统计表"

    t = make_dev6.Truth("xlsx", "xlsx")
    make_dev6.make_xlsx(t, random.Random(5), PLACE, 2023, "signin", tmp_path / "q.xlsx")
    facts, ws = t.export(), openpyxl.load_workbook(tmp_path / "q.xlsx").active
    named = [ws.cell(r, 3).value for r in range(4, ws.max_row + 1) if ws.cell(r, 3).value]
    assert named == facts["attendance"]["names"] and ws.cell(ws.max_row, 1).value == len(named) + 3
    assert "organ" not in facts


@pytest.mark.parametrize("form", ["来源", "信息来源", "稿件来源", "文章来源", "gov", "chain", "yuanbiaoti"])
def test_a_portal_page_names_many_outlets_and_only_the_source_is_media(form):
    t = make_dev6.Truth("screenshot", "png")
    img, drawn = make_dev6.shot_portal(t, random.Random(form), PLACE, 2023, form)
    facts, page = t.export(), "\n".join(drawn)
    outlets = [m["outlet"] for m in facts.get("media", [])]
    source = re.search(r"(?:来源|信息来源|稿件来源|文章来源)：(\S+)", page).group(1)
    assert all(o in source for o in outlets) and len(outlets) == {"gov": 0, "chain": 2}.get(form, 1)
    mentioned = {o for o in make_dev6.NATIONAL + PLACE["ppapers"] + [PLACE["paper"]] if o in page}
    assert len(mentioned - set(outlets)) >= 3  # related links, 友情链接 and footers name others
    assert facts["title"] in drawn and all(d["text"] in page for d in facts["dates"])
    assert "organ" not in facts and "doc_numbers" not in facts and np.asarray(img).shape[2] == 3


@pytest.mark.parametrize("ending", ["zhuanzi", "laiyuan", "chain", "author"])
def test_wechat_articles_take_the_source_line_and_not_the_authors_unit(ending):
    t = make_dev6.Truth("screenshot", "png")
    _, drawn = make_dev6.shot_wechat(t, random.Random(ending), PLACE, 2023, ending)
    outlets = [m["outlet"] for m in t.export().get("media", [])]
    assert len(outlets) == {"author": 0, "chain": 2}.get(ending, 1)
    last = next(s for s in drawn if re.match(r"本文转自|来源｜|转载自|作者", s))
    assert all(o in last for o in outlets)


def test_a_notice_on_an_open_government_page_has_its_organ_and_number_in_the_grid():
    t = make_dev6.Truth("screenshot", "png")
    _, drawn = make_dev6.shot_openinfo(t, random.Random(9), PLACE, 2023)
    facts = t.export()
    assert drawn[drawn.index("发布机构") + 1] == facts["organ"] and facts["doc_type"] == "通知"
    assert drawn[drawn.index("发文字号") + 1] in [n["text"] for n in facts["doc_numbers"]]


def test_the_camera_tilts_a_page_between_three_and_eight_degrees():
    page = np.zeros((700, 500, 3), np.uint8)
    page[..., 1] = 255  # a green sheet: told from the desk by its hue, in light and in shadow
    for seed in range(4):
        photo = np.asarray(make_dev6.camera(page, random.Random(seed), 800)).astype(np.int32)
        r, g, b = photo[..., 0], photo[..., 1], photo[..., 2]
        mask = ((g > 40) & (g > 2 * r) & (g > 2 * b)).astype(np.uint8)
        contour = max(cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0], key=cv2.contourArea)
        (_, _), (w, h), angle = cv2.minAreaRect(contour)
        tilt = min(abs(angle) % 90, 90 - abs(angle) % 90)
        assert 2.5 <= tilt <= 9, (seed, tilt)
        assert w * h > 0.4 * mask.size  # the whole page in frame, with desk around it


def test_a_document_is_the_same_file_every_time(tmp_path):
    paths = []
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        t = make_dev6.Truth("docx", "docx")
        doc = make_dev6.official(t, random.Random(7), PLACE, 2023, "box", "决定")
        paths.append(doc.save(tmp_path / sub / "x.docx"))
    assert paths[0].read_bytes() == paths[1].read_bytes()
