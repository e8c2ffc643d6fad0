"""Element order in the DOCX we write: the helpers insert in ECMA-376 schema order (python-docx's oxml order
where it models the element), `ipdocs lint-docx` reports what is out of order, and every DOCX generated for
the five sample campaigns — distribution, reminders, rendering — and every shipped template passes."""

import importlib.util
from pathlib import Path

import docx
import pytest
from conftest import SAMPLES, copy_sample
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docxtpl import DocxTemplate

from ipdocs.campaign import load_campaign
from ipdocs.render.content import gather, hubei_context
from ipdocs.word import oxml
from ipdocs.word.lint import lint_docx, order_problems
from ipdocs.word.official import OfficialDocument

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CAMPAIGNS = sorted(p.name for p in SAMPLES.iterdir() if (p / "campaign.yaml").is_file())


def children(element) -> list[str]:
    return [oxml.prefixed(child.tag) for child in element]


def test_order_comes_from_python_docx_and_the_table_only_adds_what_it_does_not_model():
    ranks = oxml.ORDERS[qn("w:pPr")]
    assert ranks[qn("w:pBdr")] < ranks[qn("w:ind")] < ranks[qn("w:jc")] < ranks[qn("w:outlineLvl")]
    table = oxml.ORDERS[qn("w:tblPr")]
    assert table[qn("w:tblBorders")] < table[qn("w:tblLayout")] < table[qn("w:tblLook")]
    from docx.oxml.text.parfmt import CT_PPr

    assert oxml.docx_child_ranks(CT_PPr) == ranks                     # read from python-docx, not copied
    from docx.oxml.parser import element_class_lookup

    modelled = {f"w:{(k.decode() if isinstance(k, bytes) else k)}" for k, cls in
                element_class_lookup.get_namespace(oxml.W).items()
                if k and len(set(oxml.docx_child_ranks(cls).values())) > 1}
    assert not modelled & set(oxml.SCHEMA_ORDER)
    assert set(oxml.SCHEMA_LEADING) <= modelled


def test_helpers_insert_in_schema_order(tmp_path):
    doc = OfficialDocument()
    p = doc.para("武市监〔2023〕86号", indent=False, align="center")    # ind and jc first, as the red header has
    oxml.set_bottom_border(p)
    assert children(p._p.pPr) == ["w:pBdr", "w:ind", "w:jc"]
    table = doc.table(["a", "b"], [["1", "2"]], [20, 20])
    assert children(table._tbl.tblPr).index("w:tblBorders") < children(table._tbl.tblPr).index("w:tblLayout")
    row = table.rows[0]
    assert children(row._tr.trPr) == ["w:cantSplit", "w:tblHeader"]
    assert children(row.cells[0]._tc.tcPr) == ["w:tcW", "w:shd"]
    run = p.runs[0]
    run.style = doc.doc.styles.add_style("强调", 2)
    run.font.size = Pt(12)
    oxml.set_fonts(run, "黑体")
    assert children(run._r.rPr) == ["w:rStyle", "w:rFonts", "w:sz"]
    styles = doc.doc.styles.element
    styles.remove(styles.find(qn("w:docDefaults")))
    oxml.set_default_language(doc.doc)
    assert children(styles)[0] == "w:docDefaults" and oxml.default_language(doc.doc) == "zh-CN"
    doc.page_numbers()
    assert order_problems(doc.save(tmp_path / "x.docx")) == []


def test_rich_text_run_is_in_schema_order():
    xml = oxml.run_xml("武江区市场监督管理局", "方正小标宋简体", half_points=72, color="FF0000")
    run = parse_xml(xml)
    assert children(run.rPr) == ["w:rFonts", "w:color", "w:sz", "w:szCs"]
    assert oxml.east_asia_font(run) == "方正小标宋简体"


def test_out_of_order_children_are_reported_one_line_each(tmp_path):
    doc = OfficialDocument()
    doc.red_header("韶关市武江区市场监督管理局", "武市监〔2023〕86号")
    number = doc.doc.paragraphs[2]
    ppr = number._p.pPr
    ppr.append(ppr.find(qn("w:pBdr")))                                # [ind, jc, pBdr], as the issue saw it
    table = doc.table(["a", "b"], [["1", "2"]], [20, 20])
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(tbl_pr.find(qn("w:tblBorders")))                    # […, tblLayout, tblLook, tblBorders]
    assert children(tbl_pr)[-3:] == ["w:tblLayout", "w:tblLook", "w:tblBorders"]
    doc.page_numbers()
    path = doc.save(tmp_path / "bad.docx")
    problems = order_problems(path)
    assert problems == [
        "word/document.xml：w:document/w:body/w:p[3]/w:pPr 中的 w:pBdr 应排在 w:ind 之前"
        "（ECMA-376 元素顺序，Word 按此校验）",
        "word/document.xml：w:document/w:body/w:tbl/w:tblPr 中的 w:tblBorders 应排在 w:tblLayout 之前"
        "（ECMA-376 元素顺序，Word 按此校验）"]
    assert [p for p in lint_docx(path) if "ECMA-376" in p] == problems


@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES.glob("*.docx")))
def test_shipped_templates_are_in_schema_order(name):
    assert order_problems(TEMPLATES / name) == []


@pytest.mark.parametrize("name", CAMPAIGNS)
def test_every_generated_docx_is_in_schema_order(built_sample, name):
    campaign = built_sample(name).campaign  # distributed, collected, reminded and rendered
    documents = sorted(campaign.out.rglob("*.docx"))
    assert len(documents) > 10
    assert {f.name: order_problems(f) for f in documents} == {f.name: [] for f in documents}


def test_hubei_headings_are_the_templates_to_edit(tmp_path):
    """The coordinator renames a heading in Word: the report says what the template says."""
    edited = docx.Document(str(TEMPLATES / "report-hubei.docx"))
    heading = next(p for p in edited.paragraphs if p.text == "二、工作亮点")
    heading.runs[0].text = "二、主要亮点"
    edited.save(str(tmp_path / "report-hubei.docx"))
    campaign = load_campaign(copy_sample(tmp_path, "hubei-2019", inbox=False))
    template = DocxTemplate(str(tmp_path / "report-hubei.docx"))
    template.render(hubei_context(gather(campaign)), autoescape=True)
    template.save(str(tmp_path / "out.docx"))
    text = [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs]
    assert "二、主要亮点" in text and "二、工作亮点" not in text
    assert "一、2019年打击侵权假冒工作情况" in text and "四、2020年工作打算" in text


def _build_templates():
    spec = importlib.util.spec_from_file_location("build_templates", TEMPLATES / "build_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_templates_never_overwrites_without_force(tmp_path, capsys):
    build = _build_templates()
    build.main(["--out", str(tmp_path), "catalogue.docx"])
    made = tmp_path / "catalogue.docx"
    assert made.read_bytes() == (TEMPLATES / "catalogue.docx").read_bytes()   # the committed one is its output
    made.write_bytes(b"restyled by the coordinator")
    build.main(["--out", str(tmp_path), "catalogue.docx"])
    assert made.read_bytes() == b"restyled by the coordinator"
    assert "未覆盖" in capsys.readouterr().out
    build.main(["--out", str(tmp_path), "--force", "catalogue.docx"])
    assert made.read_bytes() == (TEMPLATES / "catalogue.docx").read_bytes()
