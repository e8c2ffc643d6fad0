"""The dev4 tuning corpus (bench/dev4/make_dev4.py, issue 15): truth is recorded as the text is written, so the
recorder's choices, the committed truth.yaml and small generated files are checked here without LibreOffice or
the extractor (bench/extract_bench.py --split dev4 runs the whole corpus)."""

import datetime as dt
import random
import re
import sys
from pathlib import Path

import docx
import openpyxl
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "dev4"))
import make_dev4  # noqa: E402

DOC_TYPES = {"通知", "函", "方案", "会议纪要", "签到表", "统计表", "新闻报道"}
PLACE = make_dev4.PLACES[0]
NUMBERED = re.compile(r"[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\d+[.、]|[①②③④⑤]")


def problems(facts: dict) -> list[str]:
    """What a careful reader would object to in one file's truth."""
    found = []
    if facts["doc_type"] not in DOC_TYPES or not facts.get("title"):
        found.append("doc_type/title")
    found += [f"date {d}" for d in facts.get("dates", []) if not d["text"] or dt.date.fromisoformat(d["iso"]) is None]
    for n in facts.get("doc_numbers", []):
        if n["text"] != f"{n['organ_prefix']}〔{n['year']}〕{n['number']}号" or n.get("shown") == n["text"] or \
                not re.fullmatch(r"[^（(]\S*〔\d{4}〕\d+号", n["text"]):  # court case numbers are not 文号
            found.append(f"文号 {n}")
    found += [f"media {m}" for m in facts.get("media", []) if m["level"] not in ("国家级", "省级", "市级") or
              m["outlet"].endswith(("人民政府", "市场监管局", "发布"))]  # government sites and accounts
    for table in facts.get("tables", []):
        widths = {len(row) for row in table["rows"]}
        if table["row_count"] != len(table["rows"]) or widths != {len(table["header"])} or \
                table["header"] in table["rows"] or any(row[0] in ("合计", "总计") for row in table["rows"]):
            found.append(f"table {table['header']}")
    people = facts.get("attendance")
    if people and (facts["doc_type"] != "签到表" or people["count"] != len(people["names"])):
        found.append("attendance")
    for meeting in facts.get("meetings", []):
        if facts["doc_type"] != "会议纪要" or not meeting["chair"] or any(NUMBERED.match(x) for x in meeting["topics"]):
            found.append(f"meeting {meeting}")
    if facts["format"] in ("jpg", "png") and facts["pages"] != 1:
        found.append("an image has one page")
    return found


def test_committed_truth_is_consistent():
    truth = yaml.safe_load((ROOT / "bench" / "dev4" / "truth.yaml").read_text(encoding="utf-8"))
    files = truth["files"]
    assert truth["split"] == "dev4" and sorted(files) == sorted(p[0] for p in make_dev4.PLAN)
    kinds = [f["kind"] for f in files.values()]
    assert 85 <= len(files) <= 95 and set(kinds) == {"text_pdf", "scan", "photo", "screenshot", "docx", "xlsx"}
    assert kinds.count("text_pdf") < 12  # weighted towards the kinds that differ most from typed PDFs
    assert {name: problems(f) for name, f in files.items() if problems(f)} == {}
    assert all(f["format"] == name.rsplit(".", 1)[1] for name, f in files.items())
    two = [f for f in files.values() if f["kind"] == "photo" and f["format"] == "pdf"]
    assert any(f["pages"] == 2 and len(f["tables"]) == 1 for f in two)  # a table over two photos is one table


def test_hidden_rows_and_sheets_are_not_truth(tmp_path):
    t = make_dev4.Truth("xlsx", "xlsx")
    path = tmp_path / "培训.xlsx"
    make_dev4.make_xlsx(t, random.Random(3), PLACE, 2023, "training", path)
    facts = t.export()
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == facts["title"] and ws["C3"].value == "活动内容" and ws["C4"].value == "活动名称"
    hidden = [r for r, dim in ws.row_dimensions.items() if dim.hidden]
    assert len(hidden) == 2
    assert all(ws.cell(r, 7).value == "已撤销，不计入" and ws.cell(r, 2).value for r in hidden)
    table = facts["tables"][0]
    visible = [r for r in range(5, ws.max_row + 1) if r not in hidden and isinstance(ws.cell(r, 1).value, int)]
    shown_days = {ws.cell(r, 2).value.date().isoformat() for r in visible} | {ws["F2"].value.date().isoformat()}
    assert {d["iso"] for d in facts["dates"]} == shown_days  # a withdrawn row's day only where a shown row has it
    assert len(visible) == table["row_count"] and [str(ws.cell(r, 1).value) for r in visible] == \
        [row[0] for row in table["rows"]]
    total = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "合计")
    assert ws.cell(total, 6).value == sum(int(row[5]) for row in table["rows"])

    t = make_dev4.Truth("xlsx", "xlsx")
    path = tmp_path / "案件.xlsx"
    make_dev4.make_xlsx(t, random.Random(4), PLACE, 2023, "cases", path)
    facts = t.export()
    book = openpyxl.load_workbook(path)
    assert [ws.sheet_state for ws in book.worksheets] == ["visible", "hidden", "visible"]
    first = book.worksheets[0]
    recorded = {n.get("shown", n["text"]) for n in facts["doc_numbers"]}
    assert recorded == {first.cell(r, 3).value for r in range(3, first.max_row + 1)}  # none from the draft
    assert len(facts["tables"]) == 2 and book.worksheets[1].max_row > 3
    court = [book.worksheets[2].cell(r, 3).value for r in range(3, book.worksheets[2].max_row + 1)]
    assert court and all(re.fullmatch(r"（\d{4}）\S+刑初\d+号", c) for c in court)
    assert not any(c in recorded for c in court)


def test_notice_layouts_print_title_organ_and_number(tmp_path):
    for layout in ("mark_table", "two_line", "textbox", "sig_only", "joint", "slip", "letter"):
        t = make_dev4.Truth("docx", "docx")
        doc_type = "函" if layout == "letter" else "通知"
        path = make_dev4.make_notice(t, random.Random(layout), PLACE, 2023, layout, doc_type, lines=3,
                                     header_text=True).save(tmp_path / f"{layout}.docx")
        facts = t.export()
        text = re.sub(r"\s+", "", make_dev4.d3.docx_text(path))
        assert facts["title"] in text and facts["organ"] in text, layout
        own = [n for n in facts["doc_numbers"] if n["organ_prefix"].startswith(PLACE["a"])]
        assert (layout == "sig_only") == (not own), layout  # no mark, no own 文号
        for number in facts["doc_numbers"]:
            assert number.get("shown", number["text"]) in text, layout
        for d in facts["dates"]:
            assert re.sub(r"\s+", "", d["text"]) in text, layout
        header = docx.Document(path).sections[0].header.paragraphs[0].text
        assert header and header != facts["title"], layout
        paragraphs = docx.Document(path).paragraphs
        if layout == "two_line":  # the organ mark is set on two lines of one paragraph
            mark = next(p for p in paragraphs if p.text.replace("\n", "") == facts["organ"] + "文件")
            assert "\n" in mark.text
        if layout == "joint":  # organs stacked in red, the first is the lead
            red = docx.shared.RGBColor.from_string(make_dev4.RED)
            marks = [p.text for p in paragraphs if p.runs and p.runs[-1].font.color.rgb == red]
            assert len(marks) >= 2 and marks[0] == facts["organ"]
    again = make_dev4.make_notice(make_dev4.Truth("docx", "docx"), random.Random("letter"), PLACE, 2023, "letter",
                                  "函", lines=3, header_text=True).save(tmp_path / "again.docx")
    assert again.read_bytes() == (tmp_path / "letter.docx").read_bytes()


def test_minutes_record_chair_alone_topics_unnumbered_and_no_serial_as_document_number(tmp_path):
    for style in ("research", "agenda", "yishi", "form"):
        t = make_dev4.Truth("docx", "docx")
        path = make_dev4.make_minutes(t, random.Random(style), PLACE, 2023, style).save(tmp_path / f"{style}.docx")
        facts = t.export()
        meeting = facts["meetings"][0]
        text = make_dev4.d3.docx_text(path)
        assert meeting["chair"] in text and all(topic in text for topic in meeting["topics"]), style
        assert not any(word in meeting["chair"] for word in ("长", "主任", "同志")), style
        assert meeting["title"] == facts["title"]
        held = dt.date.fromisoformat(meeting["date"])
        assert any(make_dev4.d3.DATE_STYLES[s](held) in text for s in make_dev4.d3.DATE_STYLES), style
        assert "doc_numbers" not in facts, style  # 〔2023〕第3号 has no organ: a serial
        if style == "research":
            assert re.search(r"〔2023〕第\d号", text) and "出席：" in text and "列席：" in text


def test_a_long_sign_in_sheet_names_every_signer(tmp_path):
    t = make_dev4.Truth("photo", "pdf")
    path = make_dev4.make_signin(t, random.Random(9), PLACE, 2023, "long").save(tmp_path / "签到表.docx")
    facts, rows = t.export(), docx.Document(path).tables[0].rows
    header = facts["tables"][0]["header"]
    column = header.index("姓名")
    assert [c.text for c in rows[0].cells] == header
    signed = [row.cells[column].text for row in rows[1:] if row.cells[column].text]
    assert signed == facts["attendance"]["names"] and len(signed) >= 34
    assert len(rows) - 1 > len(signed) and all(row.cells[0].text for row in rows[1:])  # numbered blank rows follow


def test_a_portal_screenshot_names_only_its_source():
    for seed in range(6):
        t = make_dev4.Truth("screenshot", "png")
        img, texts = make_dev4.shot_portal(t, random.Random(seed), PLACE, 2023)
        facts = t.export()
        drawn = "\n".join(texts)
        assert facts["title"] in texts and "doc_numbers" not in facts  # ICP and 公安备案 numbers are not 文号
        assert re.search(r"ICP备\d+号", drawn) and "合作媒体：" in drawn
        footer = next(s for s in texts if s.startswith("合作媒体："))
        source = re.search(r"来源：(\S+)", drawn).group(1)
        assert [m["outlet"] for m in facts.get("media", [])] == ([] if source.endswith("市场监管局") else [source])
        assert not any(m["outlet"] in footer for m in facts.get("media", []))
        linked = [s for s in texts if s.startswith("· ")]
        assert linked and all(d["text"] in drawn for d in facts["dates"])
        assert img.height < 2200
