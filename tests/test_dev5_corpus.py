"""bench/dev5/make_dev5.py, the fifth blind corpus of issue 15. Its truth is written down while each file is made,
so what it records is checked here on its own: the truth.yaml it last wrote, and small documents, sheets and
screens made in the test, never read by the extractor nor printed by LibreOffice."""

import collections
import datetime as dt
import random
import re
import sys
from pathlib import Path

import docx
import docx.document
import numpy as np
import openpyxl
import pytest
import yaml
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench" / "dev5"), str(ROOT / "tests")]
import make_dev5  # noqa: E402
from test_dev4_corpus import problems as dev4_problems  # noqa: E402  (the same conventions)

PLACE = make_dev5.PLACES[1]
CN = "一二三四五六七八九十"
NUMBERED = re.compile(rf"[{CN}]+[、是]|（[{CN}\d]+）|\d+[.、]|议题[{CN}]")


def problems(facts: dict) -> list[str]:
    """dev4's objections, and what this corpus adds: 议题一： and a closing 。 are not part of a topic, government
    sites are not media, sign-in sheets, ledgers and news have no issuing organ."""
    found = dev4_problems(facts)
    found += [f"topic {x}" for m in facts.get("meetings", []) for x in m["topics"]
              if NUMBERED.match(x) or x.endswith("。")]
    found += [f"media {m}" for m in facts.get("media", []) if m["outlet"] in make_dev5.SITES]
    if facts["doc_type"] in ("签到表", "统计表", "新闻报道") and "organ" in facts:
        found.append("organ on a sheet, ledger or report")
    return found


def test_the_truth_it_last_wrote_is_complete_and_free_of_objections():
    truth = yaml.safe_load((ROOT / "bench" / "dev5" / "truth.yaml").read_text(encoding="utf-8"))
    assert (truth["split"], truth["generator"]) == ("dev5", "bench/dev5/make_dev5.py")
    files = truth["files"]
    assert list(files) == sorted(make_dev5.ENTRIES)
    assert collections.Counter(f["kind"] for f in files.values()) == {
        "text_pdf": 6, "docx": 17, "xlsx": 9, "scan": 16, "photo": 24, "screenshot": 16}  # few typed PDFs
    objections = {name: problems(f) for name, f in files.items()}
    assert not any(objections.values()), objections
    for name, f in files.items():
        assert f["format"] == Path(name).suffix[1:] and f["kind"] == make_dev5.ENTRIES[name][1]
    two = {name: f for name, f in files.items() if "两页" in name}  # one table over two photos is one table
    assert len(two) == 2 and {(f["pages"], len(f["tables"])) for f in two.values()} == {(2, 1)}
    minutes = [f for f in files.values() if f["kind"] == "photo" and f["doc_type"] == "会议纪要"]
    assert len(minutes) == 8 and all(f["meetings"][0]["chair"] and f["meetings"][0]["topics"] for f in minutes)


def test_sheets_hidden_rows_several_sheets_and_an_offset_title(tmp_path):
    t = make_dev5.Truth("xlsx", "xlsx")
    path = tmp_path / "台账.xlsx"
    make_dev5.make_xlsx(t, random.Random(5), PLACE, 2023, "hidden", path)
    facts, ws = t.export(), openpyxl.load_workbook(path).active
    hidden = [r for r, dim in ws.row_dimensions.items() if dim.hidden]
    assert len(hidden) == 2 and all(ws.cell(r, 1).value == "—" for r in hidden)
    shown = [r for r in range(3, ws.max_row) if r not in hidden]
    assert [str(ws.cell(r, 1).value) for r in shown] == [row[0] for row in facts["tables"][0]["rows"]]
    assert ws.cell(ws.max_row, 1).value == "合计"
    assert ws.cell(ws.max_row, 4).value == sum(int(row[3]) for row in facts["tables"][0]["rows"])
    assert {d["iso"] for d in facts["dates"]} == {ws.cell(r, 2).value.date().isoformat() for r in shown}

    t = make_dev5.Truth("xlsx", "xlsx")
    make_dev5.make_xlsx(t, random.Random(6), PLACE, 2023, "dengji", tmp_path / "登记.xlsx")
    facts, book = t.export(), openpyxl.load_workbook(tmp_path / "登记.xlsx")
    assert len(book.worksheets) == 2 and len(facts["tables"]) == 2 and facts["title"] == book.worksheets[0]["A1"].value
    cells = {ws.cell(r, 6).value for ws in book.worksheets for r in range(3, ws.max_row + 1)}
    assert {n["text"] for n in facts["doc_numbers"]} == cells  # every 处罚决定书文号 in a cell, none invented

    t = make_dev5.Truth("xlsx", "xlsx")
    make_dev5.make_xlsx(t, random.Random(7), PLACE, 2023, "offset", tmp_path / "调解.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "调解.xlsx").active
    assert ws["A1"].value is None and ws["B2"].value == t.facts["title"] and ws["B4"].value == "编号"
    assert [d["text"] for d in t.export()["dates"]] == [ws.cell(r, 3).value for r in range(5, ws.max_row + 1)][
        :len(t.export()["dates"])]


def made_notice(layout: str, folder: Path) -> tuple[dict, str, docx.document.Document, list[str]]:
    """One notice (函 for `letter`) of three title lines with a page header: its truth, its text without spaces,
    the document, and the text of each of its text boxes."""
    t = make_dev5.Truth("docx", "docx")
    kind = "函" if layout == "letter" else "通知"
    path = make_dev5.make_notice(t, random.Random(layout), PLACE, 2023, layout, kind, lines=3, header_text=True)\
        .save(folder / f"{layout}.docx")
    document = docx.Document(path)
    boxes = ["".join(node.text or "" for node in box.iter(qn("w:t")))
             for box in document.element.body.iter(qn("w:txbxContent"))]
    return t.export(), re.sub(r"\s+", "", make_dev5.d3.docx_text(path)), document, boxes


@pytest.mark.parametrize("layout", ["spaced", "jointtable", "plain", "sigonly", "draft", "boxno", "letter"])
def test_each_notice_layout_prints_what_its_truth_says(layout, tmp_path):
    facts, text, document, boxes = made_notice(layout, tmp_path)
    printed = [n.get("shown", n["text"]) for n in facts["doc_numbers"]]
    own = [shown for n, shown in zip(facts["doc_numbers"], printed, strict=True)
           if n["organ_prefix"].startswith(PLACE["a"])]
    assert facts["title"] in text and facts["organ"] in text and all(x in text for x in printed)
    assert all(re.sub(r"\s+", "", d["text"]) in text for d in facts["dates"])
    assert len(own) == (0 if layout == "sigonly" else 1)  # an organ only in the signature has no 文号 of its own
    assert document.sections[0].header.paragraphs[0].text not in ("", facts["title"])
    if layout == "boxno":  # the mark and the 文号 each float in a text box
        assert boxes == [facts["organ"] + "文件", own[0]]
    elif layout == "jointtable":  # organs stacked in a borderless table, the lead first, 文件 merged beside them
        mark = document.tables[0]
        assert [c.text for c in mark.columns[0].cells][0] == facts["organ"] and len(mark.rows) >= 2
        assert {c.text for c in mark.columns[1].cells} == {"文件"}
    elif layout == "draft":  # the 发文稿纸 in front repeats the notice's title and 文号
        form = {c.text for row in document.tables[0].rows for c in row.cells}
        assert facts["title"] in form and own[0] in form
    else:
        assert not boxes


def test_a_notice_is_the_same_file_every_time(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    made_notice("letter", tmp_path / "a")
    made_notice("letter", tmp_path / "b")
    assert (tmp_path / "a" / "letter.docx").read_bytes() == (tmp_path / "b" / "letter.docx").read_bytes()


def paragraphs(doc: make_dev5.Doc) -> str:
    """The text of a document as built (body, table cells, text boxes), a paragraph a line, without saving it."""
    return "\n".join("".join(node.text or "" for node in p.iter(qn("w:t"))) for p in doc.d.element.body.iter(qn("w:p")))


def test_minutes_record_the_chair_alone_and_the_topics_as_printed():
    marks = set()  # how the topics were numbered where they were printed
    for seed in range(7):
        for style in ("fields", "narrative", "masthead", "notebook", "tableform"):
            t = make_dev5.Truth("photo", "jpg")
            text = paragraphs(make_dev5.make_minutes(t, random.Random(seed), PLACE, 2023, style))
            facts = t.export()
            meeting = facts["meetings"][0]
            assert meeting["chair"] in text and not any(w in meeting["chair"] for w in ("长", "主任", "同志"))
            assert all(topic in text and not NUMBERED.match(topic) for topic in meeting["topics"]), style
            held = dt.date.fromisoformat(meeting["date"])
            assert any(make_dev5.STYLES[s](held) in text for s in make_dev5.STYLES), style
            assert "doc_numbers" not in facts, style  # a 期号 is not a 文号
            if style == "masthead":
                assert re.search(r"第\d+期", text)
            if style != "tableform":  # there the label 议题一 sits in a cell of its own
                line = next(x.strip() for x in text.splitlines() if meeting["topics"][0] in x)
                marks.add(line[:line.index(meeting["topics"][0])])
    assert {"1、", "（1）", "议题一：", "一是", "一、", "1.", ""} <= marks


def test_a_sign_in_sheet_with_units_merged_down_gives_each_row_its_unit(tmp_path):
    t = make_dev5.Truth("docx", "docx")
    path = make_dev5.make_signin(t, random.Random(11), PLACE, 2023, "unit").save(tmp_path / "签到.docx")
    facts, table = t.export(), docx.Document(path).tables[0]
    assert [c.text for c in table.rows[0].cells] == facts["tables"][0]["header"] == ["单位", "姓名", "职务", "联系电话"]
    printed = [[c.text for c in row.cells] for row in table.rows[1:]]  # a merged cell reads the same in each row
    assert printed == facts["tables"][0]["rows"] and [r[1] for r in printed] == facts["attendance"]["names"]
    spans = [tc for tc in table._tbl.iter(qn("w:vMerge"))]
    assert spans, "no unit merged down in this sheet"


def test_screenshots_name_only_their_source_and_draw_every_recorded_date():
    for seed in range(3):
        for fn, args in ((make_dev5.shot_desktop, ()), (make_dev5.shot_wechat2, ("source",)),
                         (make_dev5.shot_wechat2, ("none",)), (make_dev5.shot_app2, ()),
                         (make_dev5.shot_govmobile, ())):
            t = make_dev5.Truth("screenshot", "png")
            img, texts = fn(t, random.Random(seed), PLACE, 2023, *args)
            facts, drawn = t.export(), "\n".join(texts)
            assert facts["title"] in texts and all(d["text"] in drawn for d in facts.get("dates", []))
            outlets = [m["outlet"] for m in facts.get("media", [])]
            assert len(outlets) <= 1 and (args != ("none",) or not outlets)
            if fn is make_dev5.shot_desktop:
                source = re.search(r"来源：(\S+)", drawn).group(1)
                assert outlets == ([] if source.endswith("市场监管局") else [source])
                assert re.search(r"/t20\d{6}_\d+\.html", drawn) and "ICP备" in drawn  # digits, not dates or 文号
                assert "doc_numbers" not in facts
            if fn is make_dev5.shot_govmobile:
                assert not outlets and len(facts["doc_numbers"]) == 1
            assert np.asarray(img).shape[2] == 3
