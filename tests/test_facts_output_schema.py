"""`ipdocs facts --json` output is declared once (ipdocs/extract/output.py): the committed schema is the generated
one, every property is explained, and what extraction prints for real files of the five sample campaigns — and for
minutes and a sign-in sheet made here — validates against it (DESIGN §4)."""

import json
from pathlib import Path

import docx
import jsonschema
import pytest
from typer.testing import CliRunner

from ipdocs.base.inputs import undescribed, unexampled
from ipdocs.cli import app
from ipdocs.extract import file_facts
from ipdocs.extract.output import SCHEMA_PATH, facts_output_schema, facts_output_schema_text

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"



def test_committed_schema_is_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == facts_output_schema_text(), \
        "regenerate: .venv/bin/ipdocs facts --schema > ipdocs/extract/facts-output.schema.json"
    result = CliRunner().invoke(app, ["facts", "--schema"])
    assert result.exit_code == 0 and json.loads(result.stdout) == facts_output_schema()


def test_every_property_is_described_and_exampled():
    schema = facts_output_schema()
    assert not undescribed(schema) and not unexampled(schema)
    assert set(schema["required"]) == {"file", "pages", "ocr_pages", "title", "organ", "doc_type", "doc_numbers",
                                       "dates", "media", "tables", "meetings", "attendance", "findings"}


def _one_file_of_each_format(campaign: str) -> list[Path]:
    """The first PDF, DOCX and XLSX (by name) of a sample inbox that can be read (OCR is covered elsewhere)."""
    inbox = sorted(p for p in (SAMPLES / campaign / "inbox").rglob("*") if "加密" not in p.name)
    return [next(p for p in inbox if p.suffix == suffix) for suffix in (".pdf", ".docx", ".xlsx")
            if any(p.suffix == suffix for p in inbox)]


@pytest.mark.parametrize("campaign", ["wujiang-2023", "xinyang-2021", "yongning-2023", "hubei-2019",
                                      "market-standard"])
def test_facts_of_each_sample_campaigns_files_validate(campaign):
    validator = jsonschema.Draft202012Validator(facts_output_schema())
    files = _one_file_of_each_format(campaign)
    assert len(files) >= 2, f"{campaign}: sample inbox lacks PDF/DOCX/XLSX files"
    for path in files:
        errors = [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(file_facts(path))]
        assert not errors, f"{campaign} {path.name}: {errors}"


@pytest.fixture()
def minutes_and_sign_in(tmp_path) -> tuple[Path, Path]:
    minutes = docx.Document()
    for text in ["武江区知识产权保护工作领导小组会议纪要", "时间：2023年5月18日上午", "地点：区政府三楼会议室",
                 "主持人：副区长王晓明", "会议议题：", "一、通报2023年一季度知识产权保护工作情况",
                 "二、研究部署知识产权执法专项行动"]:
        minutes.add_paragraph(text)
    sheet = docx.Document()
    sheet.add_paragraph("知识产权业务培训签到表")
    table = sheet.add_table(rows=4, cols=3)
    for row, cells in zip(table.rows, [["序号", "姓名", "单位"], ["1", "陈立文", "区市场监管局"],
                                       ["2", "刘思远", "区法院"], ["3", "", ""]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    paths = tmp_path / "会议纪要.docx", tmp_path / "签到表.docx"
    minutes.save(paths[0])
    sheet.save(paths[1])
    return paths


def test_meetings_and_attendance_validate(minutes_and_sign_in):
    validator = jsonschema.Draft202012Validator(facts_output_schema())
    minutes, sign_in = (file_facts(p) for p in minutes_and_sign_in)
    assert minutes["meetings"] == [{"date": "2023-05-18", "title": "武江区知识产权保护工作领导小组会议纪要",
                                    "chair": "王晓明", "topics": ["通报2023年一季度知识产权保护工作情况",
                                                               "研究部署知识产权执法专项行动"]}]
    assert sign_in["attendance"] == {"count": 2, "names": ["陈立文", "刘思远"]}
    for found in (minutes, sign_in):
        assert not list(validator.iter_errors(found))
    not_minutes = dict(minutes, meetings=[{"date": "5月18日", "title": None, "chair": None, "topics": []}])
    assert list(validator.iter_errors(not_minutes)), "a date that is not ISO must fail the schema"
