"""Round trip: a unit fills the generated template and register; the readers give back exactly what it
typed — Chinese punctuation, paragraph breaks (Enter) and line breaks (Shift+Enter) included."""

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ipdocs.base.errors import IpdocsError
from ipdocs.forms import read_register, read_selfeval_form, write_register, write_selfeval_form
from ipdocs.rubric import score

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
UNIT = "区市场监管局"

NARRATIVES = {
    "1.1": "2023年3月15日，区委常委会召开专题会议，学习贯彻习近平总书记关于知识产权保护工作的重要指示精神；"
           "会议由区委书记主持（见纪要〔2023〕5号）。\n会后印发《工作要点》——明确任务12项……",
    "3.2": "全年开展“4·26”宣传周、进校园、进企业等普法活动3次：\n1.4月26日，主题宣传；\n2.6月，进校园。",
    "7.2": "公开率96%（应公开25件，实际公开24件），原因：1件涉及商业秘密<不予公开>&已备案。",
}
LINE_BREAKS = {"1.2": ["区政府常务会议2次", "（第一次：4月；第二次：9月）"]}  # Shift+Enter inside one paragraph
SCORES = {"1": "11", "3": "5.5", "7": "１６"}



def control(document, tag):
    for sdt in document.element.body.iter(qn("w:sdt")):
        t = sdt.find(qn("w:sdtPr")).find(qn("w:tag"))
        if t is not None and t.get(qn("w:val")) == tag:
            return sdt
    raise AssertionError(tag)


def typed_paragraph(template_p, lines):
    """A paragraph as Word stores typed text: one run per line, w:br between lines."""
    p = copy.deepcopy(template_p)
    for r in p.findall(qn("w:r")):
        p.remove(r)
    for i, line in enumerate(lines):
        r = OxmlElement("w:r")
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
        p.append(r)
    return p


def type_into(document, tag, paragraphs):
    """Replace a control's placeholder with typed paragraphs, as Word does (the placeholder flag goes)."""
    sdt = control(document, tag)
    pr = sdt.find(qn("w:sdtPr"))
    pr.remove(pr.find(qn("w:showingPlcHdr")))
    content = sdt.find(qn("w:sdtContent"))
    template = content[0]
    if template.tag == qn("w:p"):
        for p in list(content):
            content.remove(p)
        for lines in paragraphs:
            content.append(typed_paragraph(template, lines))
    else:  # inline: the runs of the self-score blank
        run = template
        run.find(qn("w:t")).text = paragraphs[0][0]


def test_self_evaluation_round_trip(campaign, tmp_path):
    path = write_selfeval_form(campaign, UNIT, tmp_path / "form.docx")
    blank = read_selfeval_form(path)
    assert blank.identifier == f"ipdocs:selfeval:wujiang-2023:{UNIT}"
    assert set(blank.narratives) == {t.criterion.id for t in campaign.tasks(UNIT)}
    assert all(text == "" for text in blank.narratives.values()) and blank.score("1") is None

    document = docx.Document(str(path))
    for cid, text in NARRATIVES.items():
        type_into(document, f"ipdocs:narrative:{cid}", [[line] for line in text.split("\n")])
    for cid, lines in LINE_BREAKS.items():
        type_into(document, f"ipdocs:narrative:{cid}", [lines])
    for ind, value in SCORES.items():
        type_into(document, f"ipdocs:selfscore:{ind}", [[value]])
    filled = tmp_path / "filled.docx"
    document.save(str(filled))

    back = read_selfeval_form(filled)
    for cid, text in NARRATIVES.items():
        assert back.narratives[cid] == text
    assert back.narratives["1.2"] == "区政府常务会议2次\n（第一次：4月；第二次：9月）"
    assert back.narratives["2.1"] == ""
    assert {k: back.self_scores[k] for k in SCORES} == SCORES
    assert (back.score("1"), back.score("3"), back.score("7")) == (Decimal(11), Decimal("5.5"), Decimal(16))


def test_unreadable_or_foreign_documents_are_named(tmp_path):
    other = tmp_path / "报告.docx"
    docx.Document().save(str(other))
    with pytest.raises(IpdocsError, match="报告.docx：不是 ipdocs 生成的自评材料填报模板"):
        read_selfeval_form(other)
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IpdocsError, match="坏文件.docx：无法作为 Word 文档"):
        read_selfeval_form(broken)


ROWS = [
    ["1.1", "区委常委会会议纪要（学习贯彻习近平总书记重要指示精神）", "会议纪要或记录", "武委纪〔2023〕5号",
     dt.datetime(2023, 3, 15), 1, None, "1.1-01 区委常委会会议纪要.pdf", "否", None],
    ["3.1", "“知识产权保护”专题报道\n（韶关日报A2版）", "新闻报道", None, dt.datetime(2023, 4, 27), 1, "市级",
     "3.1-01 韶关日报报道.pdf", "否", "原文见附页；转载：南方+"],
    ["3.2", "普法宣传活动汇总（3项）", "文件包", None, None, 3, None, "3.2-01 普法活动.zip", "否", None],
    ["7.1", "行政处罚案件办理情况表", "统计表", None, "2023年12月", 1, None, "7.1-01 案件表.xlsx", "是",
     "涉密，单独刻录"],
]
CLAIMS = {("3.1", "市级"): 1, ("3.2", None): 3, ("7.2", None): 0.96, ("7.3", "商标"): "是", ("7.3", "专利"): "是",
          ("7.3", "著作权"): "否", ("1.1", None): "是", ("12.5", None): 2}


def test_register_round_trip_and_claims_as_facts(campaign, tmp_path):
    path = write_register(campaign, UNIT, tmp_path / "register.xlsx")
    assert read_register(path).rows == []

    wb = openpyxl.load_workbook(path)
    ws = wb["佐证材料登记表"]
    for r, values in enumerate(ROWS, 3):
        for c, value in enumerate(values, 2):
            ws.cell(r, c, value)
    claims = wb["申报数量"]
    for row in claims.iter_rows(min_row=3):
        key = (row[0].value, row[1].value)
        if key in CLAIMS:
            row[4].value = CLAIMS[key]
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)

    back = read_register(filled, campaign.rubric)
    assert back.identifier == f"ipdocs:register:wujiang-2023:{UNIT}"
    assert [r.row for r in back.rows] == [3, 4, 5, 6]
    first, second, third, fourth = back.rows
    assert (first.criterion, first.name, first.type, first.doc_number) == (
        "1.1", "区委常委会会议纪要（学习贯彻习近平总书记重要指示精神）", "会议纪要或记录", "武委纪〔2023〕5号")
    assert first.date == dt.date(2023, 3, 15) and first.quantity == 1 and first.classified is False
    assert second.name == "“知识产权保护”专题报道\n（韶关日报A2版）" and second.media_level == "市级"
    assert second.note == "原文见附页；转载：南方+"
    assert third.quantity == 3 and third.date is None and third.doc_number == ""
    assert fourth.date == "2023年12月" and fourth.classified is True
    assert back.problems == []

    facts = back.facts(campaign.rubric)
    assert facts == {"1.1": True, "3.1": {"市级": 1}, "3.2": 3, "7.2": 0.96, "7.3": {"商标": True, "专利": True,
                                                                                        "著作权": False}, "12.5": 2}
    sheet = score(campaign.rubric, facts).to_json()
    assert sheet["criteria"]["7.3"]["score"] == 2 and sheet["criteria"]["12.5"]["score"] == 0.75


def test_register_reports_values_it_cannot_use(campaign, tmp_path):
    path = write_register(campaign, UNIT, tmp_path / "register.xlsx")
    wb = openpyxl.load_workbook(path)
    for row in wb["申报数量"].iter_rows(min_row=3):
        if (row[0].value, row[1].value) == ("3.2", None):
            row[4].value = "三次"
        if (row[0].value, row[1].value) == ("1.1", None):
            row[4].value = "有"
    wb.save(path)
    back = read_register(path, campaign.rubric)
    assert any("3.2" in p and "应填非负整数，实为“三次”" in p for p in back.problems)
    assert any("1.1" in p and "应填“是”或“否”，实为“有”" in p for p in back.problems)
    assert "3.2" not in back.facts(campaign.rubric)
