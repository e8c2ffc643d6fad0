"""The dev3 tuning corpus (bench/dev3/make_dev3.py, issue 15): truth is recorded as the text is written, so the
recorder, the committed truth.yaml and small generated files are checked here (the whole corpus needs LibreOffice
and a minute or two; bench/extract_bench.py --split dev3 runs it)."""

import datetime as dt
import importlib.util
import random
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium
import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
make_dev3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_dev3)

KINDS = {"text_pdf", "scan", "photo", "screenshot", "docx", "xlsx"}
DOC_TYPES = {"通知", "函", "方案", "会议纪要", "签到表", "统计表", "新闻报道"}
PLACE = make_dev3.PLACES[0]


def test_dates_in_every_style_and_ranges_record_both_ends():
    t = make_dev3.Truth("scan", "pdf")
    day = dt.date(2023, 5, 6)
    shown = [t.date(day, s) for s in ("cn", "cn0", "upper", "dot", "dot0", "slash", "slash0", "iso", "dash", "md")]
    assert shown == ["2023年5月6日", "2023年05月06日", "二〇二三年五月六日", "2023.5.6", "2023.05.06", "2023/5/6",
                     "2023/05/06", "2023-05-06", "2023-5-6", "5月6日"]
    assert make_dev3.DATE_STYLES["upper"](dt.date(2021, 10, 31)) == "二〇二一年十月三十一日"
    assert make_dev3.DATE_STYLES["upper"](dt.date(2020, 12, 20)) == "二〇二〇年十二月二十日"
    t = make_dev3.Truth("docx", "docx")
    assert t.span(dt.date(2023, 7, 1), dt.date(2023, 7, 31)) == "2023年7月1日至31日"
    assert t.span(dt.date(2023, 1, 1), dt.date(2023, 11, 30), "dot", "—") == "2023.1.1—2023.11.30"
    assert t.span(dt.date(2023, 4, 20), dt.date(2023, 5, 3), "md") == "4月20日至5月3日"
    assert t.export()["dates"] == [
        {"iso": "2023-07-01", "text": "2023年7月1日"}, {"iso": "2023-07-31", "text": "2023年7月1日至31日"},
        {"iso": "2023-01-01", "text": "2023.1.1"}, {"iso": "2023-11-30", "text": "2023.1.1—2023.11.30"},
        {"iso": "2023-04-20", "text": "4月20日"}, {"iso": "2023-05-03", "text": "4月20日至5月3日"}]


def test_document_numbers_keep_the_printed_bracket():
    t = make_dev3.Truth("scan", "jpg")
    assert t.docno("武江区打假办发", 2023, 5, "【】") == "武江区打假办发【2023】5号"
    assert t.docno("国知发保字", 2022, 11) == "国知发保字〔2022〕11号"
    assert t.docno("武江区打假办发", 2023, 5, "[]") == "武江区打假办发[2023]5号"  # the same number: recorded once
    assert t.export()["doc_numbers"] == [
        {"text": "武江区打假办发〔2023〕5号", "organ_prefix": "武江区打假办发", "year": 2023, "number": 5,
         "shown": "武江区打假办发【2023】5号"},
        {"text": "国知发保字〔2022〕11号", "organ_prefix": "国知发保字", "year": 2022, "number": 11}]


def test_a_paragraph_that_does_not_fit_the_screen_records_nothing():
    t = make_dev3.Truth("screenshot", "png")
    canvas = make_dev3.Canvas(400, 300)
    paragraphs = make_dev3.article_paragraphs(t, random.Random(1), PLACE, 2023, dt.date(2023, 6, 8), md_ok=True)
    assert t.export().get("dates") is None  # written into scratch truths only
    text, scratch = paragraphs[0]
    assert canvas.wrap(10, 10, 380, text, "sans", 20, (0, 0, 0), limit=290) is not None
    t.merge(scratch)
    text, scratch = paragraphs[2]
    assert canvas.wrap(10, 250, 380, text, "sans", 20, (0, 0, 0), limit=290) is None
    assert [d["text"] for d in t.export()["dates"]] == [d["text"] for d in paragraphs[0][1].export()["dates"]]
    assert canvas.texts == [paragraphs[0][0]]


def test_committed_truth_is_consistent():
    truth = yaml.safe_load((ROOT / "bench" / "dev3" / "truth.yaml").read_text(encoding="utf-8"))
    files = truth["files"]
    assert truth["split"] == "dev3" and 60 <= len(files) <= 90
    assert set(files) == {p[0] for p in make_dev3.PLAN}
    assert {f["kind"] for f in files.values()} == KINDS
    for name, facts in files.items():
        assert facts["format"] == name.rsplit(".", 1)[1], name
        assert facts.get("doc_type", "通知") in DOC_TYPES, name
        for d in facts.get("dates", []):
            dt.date.fromisoformat(d["iso"])
            assert d["text"], name
        for number in facts.get("doc_numbers", []):
            assert re.fullmatch(r"\S+〔\d{4}〕\d+号", number["text"]), name
            assert number["text"] == f"{number['organ_prefix']}〔{number['year']}〕{number['number']}号", name
            assert number.get("shown") != number["text"], name  # `shown` only where the print differs
        for table in facts.get("tables", []):
            assert table["row_count"] == len(table["rows"]) > 0, name
            assert all(len(row) == len(table["header"]) for row in table["rows"]), name
            assert not any(row[0] in ("合计", "总计") for row in table["rows"]), name  # a total is not a record
        if "attendance" in facts:
            assert facts["doc_type"] == "签到表", name
            assert facts["attendance"]["count"] == len(facts["attendance"]["names"]) > 0, name
        for meeting in facts.get("meetings", []):
            assert facts["doc_type"] == "会议纪要", name
            assert meeting["chair"] and meeting["topics"] and dt.date.fromisoformat(meeting["date"]), name
            assert not any(re.match(r"[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\d+[.、]", topic)
                           for topic in meeting["topics"]), name
        if facts["kind"] in ("photo", "screenshot") or facts["format"] in ("jpg", "png"):
            assert facts["pages"] == 1, name


def test_a_ledger_has_its_title_row_merged_header_total_and_blank_rows(tmp_path):
    t = make_dev3.Truth("xlsx", "xlsx")
    path = tmp_path / "台账.xlsx"
    shown = make_dev3.make_xlsx(t, random.Random(5), PLACE, 2023, "training", path)
    facts = t.export()
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == facts["title"] and "A1:G1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["B3"].value == "活动情况" and ws["B4"].value == "活动时间"  # a group label over leaf cells
    table = facts["tables"][0]
    assert table["header"] == [ws.cell(4, c).value or ws.cell(3, c).value for c in range(1, 8)]
    for i, row in enumerate(table["rows"]):
        cell = ws.cell(5 + i, 2)
        assert cell.value.date().isoformat() == next(d["iso"] for d in facts["dates"] if d["text"] == row[1])
        assert [str(ws.cell(5 + i, c).value) for c in (1, 3, 4, 5, 6, 7)] == [row[k] for k in (0, 2, 3, 4, 5, 6)]
    total = 5 + table["row_count"]
    assert ws.cell(total, 1).value == "合计" and ws.cell(total, 6).value == sum(int(r[5]) for r in table["rows"])
    assert ws.cell(total + 1, 1).value == table["row_count"] + 1 and ws.cell(total + 1, 2).value is None
    assert all(d["text"] in shown for d in facts["dates"])
    again = tmp_path / "again.xlsx"
    make_dev3.make_xlsx(make_dev3.Truth("xlsx", "xlsx"), random.Random(5), PLACE, 2023, "training", again)
    assert again.read_bytes() == path.read_bytes()
    with zipfile.ZipFile(path) as package:  # not the time of the run
        assert "<dcterms:modified" in (core := package.read("docProps/core.xml").decode())
        assert re.findall(r"(\d{4}-\d\d-\d\dT[\d:]+Z)</dcterms:modified>", core) == ["2023-12-01T09:00:00Z"]


def test_a_handwritten_sign_in_sheet_lists_the_names_of_its_truth(tmp_path):
    t = make_dev3.Truth("photo", "jpg")
    path = make_dev3.make_signin(t, random.Random(2), PLACE, 2023, "hand").save(tmp_path / "签到表.docx")
    facts = t.export()
    table = docx.Document(path).tables[0]
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0] == facts["tables"][0]["header"] == ["序号", "姓名", "工作单位", "职务", "联系方式"]
    names = [row[1] for row in cells[1:] if row[1]]
    assert names == facts["attendance"]["names"] and facts["attendance"]["count"] == len(names)
    assert len(cells) - 1 > len(names) and all(row[0] for row in cells[1:])  # numbered blank rows follow
    face = table.rows[1].cells[1].paragraphs[0].runs[0]._r.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
    assert face == "AR PL UKai CN"
    again = make_dev3.make_signin(make_dev3.Truth("photo", "jpg"), random.Random(2), PLACE, 2023, "hand")
    assert again.save(tmp_path / "again.docx").read_bytes() == path.read_bytes()


def test_minutes_record_the_chair_without_position_and_topics_without_numbers(tmp_path):
    for style in ("masthead", "form", "prose", "labelled"):
        t = make_dev3.Truth("docx", "docx")
        path = make_dev3.make_minutes(t, random.Random(style), PLACE, 2023, style).save(tmp_path / f"{style}.docx")
        meeting = t.export()["meetings"][0]
        text = make_dev3.docx_text(path)
        assert meeting["chair"] in text and all(topic in text for topic in meeting["topics"]), style
        assert not any(pos in meeting["chair"] for pos in ("区长", "局长", "同志")), style
        held = dt.date.fromisoformat(meeting["date"])
        assert any(make_dev3.DATE_STYLES[s](held) in text for s in make_dev3.DATE_STYLES), style


def test_image_pdf_is_an_image_only_pdf_at_its_resolution():
    pages = [Image.new("RGB", (300, 424), (250, 250, 250)), Image.new("L", (300, 424), 200),
             Image.new("1", (300, 424), 1)]
    doc = pdfium.PdfDocument(make_dev3.image_pdf(pages, 150, 80))
    assert len(doc) == 3
    for i in range(3):
        assert round(doc[i].get_width()) == 144 and round(doc[i].get_height()) == 204  # 300 px at 150 dpi = 2 in
        assert doc[i].get_textpage().get_text_range() == ""
    rendered = doc[2].render(scale=150 / 72).to_pil().convert("L")
    assert rendered.getextrema()[0] > 200  # the bilevel page is white, not inverted
