"""The dev2 tuning corpus (bench/dev2/make_dev2.py, issue 15): its truth is recorded as the text is written, so
the recorder, the committed truth.yaml and a generated ledger are checked here (the whole corpus needs
LibreOffice and minutes; bench/extract_bench.py --split dev2 runs it)."""

import datetime as dt
import importlib.util
import re
from pathlib import Path

import openpyxl
import yaml

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_dev2", ROOT / "bench" / "dev2" / "make_dev2.py")
make_dev2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_dev2)

KINDS = {"text_pdf", "scan", "photo", "screenshot", "docx", "xlsx"}
DOC_TYPES = {"通知", "函", "方案", "会议纪要", "签到表", "统计表", "新闻报道"}


def test_dates_are_written_in_every_style_and_recorded_by_day():
    t = make_dev2.Truth("docx", "docx")
    day = dt.date(2023, 5, 6)
    shown = [t.date(day, style) for style in ("cn", "upper", "dot", "dot0", "iso", "slash", "slash0", "md")]
    assert shown == ["2023年5月6日", "二〇二三年五月六日", "2023.5.6", "2023.05.06", "2023-05-06", "2023/5/6",
                     "2023/05/06", "5月6日"]
    assert t.export()["dates"] == [{"iso": "2023-05-06", "text": "2023年5月6日"}]
    assert make_dev2.DATE_STYLES["upper"](dt.date(2021, 10, 31)) == "二〇二一年十月三十一日"


def test_a_range_prints_its_end_short_and_records_both_days():
    t = make_dev2.Truth("docx", "docx")
    assert t.span(dt.date(2023, 7, 1), dt.date(2023, 7, 31)) == "2023年7月1日至31日"
    assert t.span(dt.date(2023, 1, 1), dt.date(2023, 11, 30)) == "2023年1月1日至11月30日"
    assert t.span(dt.date(2023, 4, 27), dt.date(2023, 5, 3), "md") == "4月27日至5月3日"
    assert [d["iso"] for d in t.export()["dates"]] == ["2023-07-01", "2023-07-31", "2023-01-01", "2023-11-30",
                                                        "2023-04-27", "2023-05-03"]


def test_document_numbers_keep_the_printed_bracket_and_the_normal_form():
    t = make_dev2.Truth("scan", "pdf")
    assert t.docno("武江区打假办发", 2023, 5, "[]") == "武江区打假办发[2023]5号"
    assert t.docno("国知发保字", 2022, 11) == "国知发保字〔2022〕11号"
    numbers = t.export()["doc_numbers"]
    assert numbers[0] == {"text": "武江区打假办发〔2023〕5号", "organ_prefix": "武江区打假办发", "year": 2023,
                          "number": 5, "shown": "武江区打假办发[2023]5号"}
    assert "shown" not in numbers[1]


def test_committed_truth_is_consistent():
    truth = yaml.safe_load((ROOT / "bench" / "dev2" / "truth.yaml").read_text(encoding="utf-8"))
    files = truth["files"]
    assert len(files) >= 50
    assert {f["kind"] for f in files.values()} == KINDS
    for name, facts in files.items():
        assert facts.get("doc_type", "通知") in DOC_TYPES, name
        for d in facts.get("dates", []):
            dt.date.fromisoformat(d["iso"])
        for number in facts.get("doc_numbers", []):
            assert re.fullmatch(r"\S+〔\d{4}〕\d+号", number["text"]), name
            assert number["text"] == f"{number['organ_prefix']}〔{number['year']}〕{number['number']}号"
        for table in facts.get("tables", []):
            assert table["row_count"] == len(table["rows"]), name
            assert all(len(row) == len(table["header"]) for row in table["rows"]), name
        if "attendance" in facts:
            assert facts["attendance"]["count"] == len(facts["attendance"]["names"]), name
        for meeting in facts.get("meetings", []):
            assert meeting["chair"] and meeting["topics"] and dt.date.fromisoformat(meeting["date"]), name


def test_a_ledger_has_title_row_merged_header_and_blank_numbered_rows(tmp_path):
    import random

    t = make_dev2.Truth("xlsx", "xlsx")
    path = tmp_path / "台账.xlsx"
    make_dev2.make_ledger(t, random.Random(3), path, 2023, variant=2)
    facts = t.export()
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == facts["title"] == "2023年知识产权保护工作信息报送统计表"
    assert "A1:F1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["D3"].value == "刊发情况" and ws["D4"].value == "刊发媒体"  # the group label over two leaf cells
    table = facts["tables"][0]
    first = 5
    for i, row in enumerate(table["rows"]):
        cells = [ws.cell(first + i, c).value for c in range(1, 7)]
        assert cells[0] == i + 1 and cells[2] == row[2] and cells[5] == row[5]
        assert cells[1].date().isoformat() == row[1]
    blank = [ws.cell(first + table["row_count"], c).value for c in range(1, 7)]
    assert blank == [table["row_count"] + 1, None, None, None, None, None]
    assert {m["outlet"] for m in facts["media"]} == {row[3] for row in table["rows"]}
