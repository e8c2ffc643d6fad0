"""Layout a clerk would reject (issue 12): titles broken between words and balanced, body justified, no
first page holding only a title, no totals line alone on a page, repeated score-table cells merged —
each made right by the generators and caught by `lint-docx` / `lint-pdf` on crafted bad documents, and
none found on the five sample campaigns' documents."""

import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import copy_sample
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ipdocs.campaign import load_campaign
from ipdocs.output import libreoffice
from ipdocs.output.files import save_docx
from ipdocs.render import pdf_copies, render_documents
from ipdocs.render.content import gather
from ipdocs.render.pdf import to_pdf
from ipdocs.word import oxml
from ipdocs.word.lint import lint_docx
from ipdocs.word.official import OfficialDocument
from ipdocs.word.pdf_lint import lint_pdf
from ipdocs.word.titles import line_problems, title_lines, width

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")
needs_lo = pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice not installed")
REPORT = "韶关市武江区2023年知识产权保护工作考核自评报告"
BODY = "各成员单位要按照分工，认真梳理本单位承担的考核指标，逐项收集整理佐证材料，确保材料真实、完整、规范，按时报送。"


# --- titles ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    REPORT, "韶关市武江区2023年知识产权保护工作考核佐证材料目录清单",
    "关于做好信阳市平桥区2021年知识产权保护工作考核迎考材料报送工作的通知",
    "永宁县迎接2023年知识产权保护工作考核指标分工表", "襄阳市2019年打击侵权假冒工作考核自评报告",
    "南岭国际商贸城（示例）2023年知识产权保护规范化市场考核自评报告"])
def test_long_titles_break_between_words_in_even_lines(title):
    lines = title_lines(title)
    assert "".join(lines) == title and len(lines) >= 2
    assert all(width(line) <= 19 for line in lines)
    assert line_problems(lines) == []
    for word in ("自评报告", "佐证材料", "保护", "知识产权", "韶关市武江区", "信阳市平桥区", "2023年"):
        if word in title:  # no line ends inside the word
            at = title.index(word)
            ends = [sum(map(len, lines[:k])) for k in range(1, len(lines))]
            assert not any(at < end < at + len(word) for end in ends), (word, lines)


def test_a_short_title_stays_one_line():
    assert title_lines("迎考材料催报提醒") == ["迎考材料催报提醒"]


@pytest.mark.parametrize("lines, fault", [
    (["韶关市武江区2023年知识产权保护工作考核自评报", "告"], "“自评报/告”处断行"),
    (["韶关市武江区2023年知识产权保护工作考核佐证材", "料目录清单"], "断在词中"),
    (["韶关市武江区2023年知识产权保", "护工作考核自评报告"], "“产权保/护工”处断行"),
    (["韶关市武江区", "2023年知识产权保护工作考核自评报告"], "长短悬殊"),
    (["韶关市武江区2023年知识产权保护工作考核自评报告"], "超过一行宽度"),
])
def test_title_faults_are_named(lines, fault):
    assert any(fault in p for p in line_problems(lines)), line_problems(lines)


# --- crafted documents -------------------------------------------------------------------------------

def good_document() -> OfficialDocument:
    doc = OfficialDocument(landscape=True)
    doc.title(REPORT)
    doc.para(BODY)
    doc.table(["考核指标", "考核要点", "分值", "评分", "扣分原因"],
              [["一、组织落实", "1.纳入议事日程", "11", "11", ""], ["一、组织落实", "2.信息报送", "7", "7", ""],
               ["二、宣传引导", "3.宣传引导", "6", "4.5", "市级1次"]], [50, 70, 16, 16, 73])
    doc.para("基础指标：100分，评分82.95分。", indent=False)
    doc.para("总分：85.45分。", indent=False)
    doc.page_numbers()
    return doc


def bad_documents(folder: Path) -> dict[str, Path]:
    """One document per fault, saved without the layout pass (save_docx, not OfficialDocument.save)."""
    made = {}

    doc = good_document()  # a title broken inside a word
    doc.doc.paragraphs[0].runs[0].text = "韶关市武江区2023年知识产权保护工作考核自评报\n告"
    made["title"] = doc

    doc = good_document()  # body set flush left
    doc.doc.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    made["left"] = doc

    doc = OfficialDocument()  # a catalogue before any evidence: headings only, each kept with the next
    doc.title("韶关市武江区2023年知识产权保护工作考核佐证材料目录清单")
    for n in range(1, 10):
        doc.heading(1, f"{n}、强化知识产权保护工作组织落实")
        for m in range(1, 4):
            doc.heading(2, f"（{m}）将知识产权保护工作纳入党委和政府重要议事日程")
    doc.page_numbers()
    made["catalogue"] = doc

    doc = good_document()  # the totals on a page of their own
    doc.doc.paragraphs[-2].paragraph_format.page_break_before = True
    made["totals"] = doc
    made["merge"] = good_document()  # repeated cells not merged
    for name, d in made.items():
        made[name] = save_docx(d.doc, folder / f"{name}.docx")
    return made


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    return bad_documents(folder), good_document().save(folder / "good.docx")


def test_lint_docx_passes_a_document_the_generator_made(crafted):
    _, good = crafted
    assert lint_docx(good) == []
    d = docx.Document(str(good))
    assert oxml.paragraph_text(d.paragraphs[0]) == "韶关市武江区2023年知识产权\n保护工作考核自评报告"
    assert d.styles["Normal"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    table = d.tables[0]
    assert table.cell(1, 0)._tc is table.cell(2, 0)._tc and table.cell(1, 0).text == "一、组织落实"
    assert all(p.paragraph_format.keep_with_next for c in table.rows[-1].cells for p in c.paragraphs)


@pytest.mark.parametrize("name, fault", [
    ("title", "标题“韶关市武江区2023年知识产权保…”：标题在“自评报/告”处断行，断在词中"),
    ("left", "正文样式“Normal”应两端对齐，实为左对齐"),
    ("catalogue", "超过一页（各项下没有正文），排版时将整体移到下一页，前一页只剩标题和页码"),
    ("totals", "合计行“基础指标：100分，评分…”与上文未设“与下段同页”"),
    ("merge", "第1个表格第2、3行第1列重复“一、组织落实”，应纵向合并为一个单元格"),
])
def test_lint_docx_finds_each_layout_fault(crafted, name, fault):
    bad, _ = crafted
    problems = lint_docx(bad[name])
    assert any(fault in p for p in problems), problems


@needs_lo
def test_lint_pdf_finds_each_fault_on_the_rendered_pages(crafted, tmp_path):
    bad, good = crafted
    pdfs = {p.stem: p for p in to_pdf([bad["title"], bad["catalogue"], bad["totals"], good], tmp_path)}
    assert lint_pdf(pdfs["good"]) == []
    assert "第1页：标题在“自评报/告”处断行，断在词中（应在词与词之间回行）" in lint_pdf(pdfs["title"])
    assert "第1页只有标题和页码，正文从下一页才开始（标题应与正文同页）" in lint_pdf(pdfs["catalogue"])
    assert "第2页只有合计行“基础指标：100分，评分82.9”，与所合计的内容分处两页" in lint_pdf(pdfs["totals"])
    out = subprocess.run([sys.executable, "-m", "ipdocs", "lint-pdf", str(pdfs["title"]), str(pdfs["good"])],
                         capture_output=True, text=True, cwd=ROOT, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 1
    assert f"{pdfs['title']}：第1页：标题在“自评报/告”处断行" in out.stderr.replace("\n", "")


@needs_lo
def test_a_long_table_takes_its_last_rows_to_the_totals_page(tmp_path):
    """LibreOffice keeps no table part that starts a page with the next paragraph: the PDF step moves the
    table's last rows (header repeated) to the totals' page and converts again."""
    doc = OfficialDocument(landscape=True)
    doc.title("测试评分表")
    doc.table(["考核指标", "考核要点", "分值", "评分", "扣分原因"],
              [[f"第{i}项", "内容" * 10, "5", "5", ""] for i in range(29)], [50, 70, 16, 16, 73])
    doc.para("基础指标：100分，评分80分。", indent=False)
    doc.para("总分：80分。", indent=False)
    doc.page_numbers()
    path = doc.save(tmp_path / "long.docx")
    alone = to_pdf([path], tmp_path / "first")[0]
    assert any("合计行" in p for p in lint_pdf(alone))  # the fault LibreOffice makes of it
    pdf = pdf_copies([path])[0]
    assert lint_pdf(pdf) == [] and lint_docx(path) == []


# --- the five sample campaigns -----------------------------------------------------------------------

@needs_lo
@pytest.mark.parametrize("seed", SEEDS)
def test_every_sample_campaigns_documents_pass_both_lints(seed, built_sample):
    sample = built_sample(seed)  # collected, rendered, PDFs made by pdf_copies
    files, pdfs = sample.documents, sample.pdfs
    assert len(pdfs) == len([f for f in files if f.suffix == ".docx"])
    for f in files:
        if f.suffix == ".docx":
            assert lint_docx(f) == [], f.name
    for pdf in pdfs:
        assert lint_pdf(pdf) == [], pdf.name
    book = openpyxl.load_workbook(next(f for f in files if f.suffix == ".xlsx"))
    column = [c.value for c in book.active["A"][2:]]
    for n, (a, b) in enumerate(zip(column, column[1:], strict=False), 3):  # a repeated section is one cell
        assert not (a and a == b), (seed, n, a)


@needs_lo
def test_the_catalogue_before_any_evidence_starts_on_its_first_page(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "xinyang-2021", inbox=False))
    files = render_documents(gather(campaign))
    catalogue = next(f for f in files if "目录清单" in f.name)
    text = [p.text for p in docx.Document(str(catalogue)).paragraphs]
    assert "本项暂未登记佐证材料。" in text
    assert lint_docx(catalogue) == []
    assert lint_pdf(pdf_copies([catalogue])[0]) == []
