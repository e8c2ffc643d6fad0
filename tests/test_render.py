"""Rendering for the assessors: content, GB/T 9704 lint, faces embedded in the PDF, formulas, injection,
byte-identical reruns, the seed 004 report, the bundle and its check."""

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pypdfium2
import pytest
from conftest import copy_sample

from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.render import render_documents
from ipdocs.render.bundle import SECRET, bundle, check_bundle
from ipdocs.render.content import Evidence, gather
from ipdocs.word import oxml
from ipdocs.word.lint import lint_docx


def collected(tmp_path, name, inbox=True):
    """A sample campaign copied and collected as of its as_of."""
    campaign = load_campaign(copy_sample(tmp_path, name, inbox))
    collect(campaign, campaign.moment())
    return campaign


@pytest.fixture
def wujiang(built_sample):
    """The Wujiang sample collected and rendered, shared read-only with other tests: "1.docx" … "3.xlsx", "1.pdf"."""
    sample = built_sample("wujiang-2023")
    return sample.campaign, {f.name.split(".")[0] + f.suffix: f for f in sample.documents + sample.pdfs}


def paragraphs(path):
    return [oxml.paragraph_text(p) for p in docx.Document(str(path)).paragraphs]


def test_report_content_follows_the_seed_template(wujiang):
    _, files = wujiang
    text = paragraphs(files["1.docx"])
    assert text[:1] == ["韶关市武江区市场监督管理局"] and "武市监〔2023〕87号" in text
    assert "韶关市武江区2023年知识产权保护工作考核自评报告" in [t.replace("\n", "") for t in text]  # title lines
    first, second = "一、强化知识产权保护工作组织落实", "（一）将知识产权保护工作纳入党委和政府重要议事日程"
    assert text.index(first) < text.index(second)
    assert "（该项11分,自评11分）" in text and "（该项-10分,自评-1分）" in text
    assert "九、发生负面影响事件情况" in text                         # something was deducted
    assert "（区委办）2023年3月15日，区委常委会专题学习习近平总书记关于全面加强知识产权保护工作的重要指示精神" \
           "（见武委办纪〔2023〕5号）。" in text
    assert "全年开展普法宣传活动2次：" in text and "2.6月12日进校园活动。" in text   # a unit's line breaks kept
    assert ("以上为韶关市武江区知识产权保护工作基本情况。对照本次检查考核指标，韶关市武江区自评得分为85.45分："
            "其中基础指标100分，自评82.95分；加分项10分，自评3.5分；扣分项10分，自评扣1分。") in text
    assert text[-2:] == ["韶关市武江区市场监督管理局", "2023年12月31日"]


def test_every_document_passes_lint_and_the_catalogue_matches_the_report(wujiang):
    _, files = wujiang
    for name in ("1.docx", "3.docx"):
        assert lint_docx(files[name]) == [], name
    assert "4.docx" not in files  # the contacts form is the coordinator's, not a numbered submission document
    assert lint_docx(files["2.docx"], report=files["1.docx"]) == []
    catalogue = paragraphs(files["2.docx"])
    assert "1.区委常委会会议纪要（武委办纪〔2023〕5号）" in catalogue             # 1.1 before 1.2
    assert "2.区政府常务会议纪要（武府办纪〔2023〕18号）" in catalogue
    assert "1.韶关日报报道（2023.4.27）" in catalogue


def test_deduction_section_left_out_when_nothing_is_deducted(tmp_path):
    campaign = collected(tmp_path, "wujiang-2023", inbox=False)
    (campaign.folder / "facts.yaml").write_text('"1.1": true\n', encoding="utf-8")
    files = render_documents(gather(campaign))
    text = paragraphs(files[0])
    assert "九、发生负面影响事件情况" not in text and "八、工作进展及成效情况" in text
    assert any("扣分项10分，自评不扣分。" in t for t in text)
    assert lint_docx(files[1], report=files[0]) == []


def test_unit_text_is_never_template_code(tmp_path):
    from test_forms_roundtrip import type_into

    campaign = collected(tmp_path, "wujiang-2023", inbox=False)
    from ipdocs.forms import write_register, write_selfeval_form

    delivery = campaign.folder / "inbox" / "区法院" / "2023-12-04 1630 报送"
    form = write_selfeval_form(campaign, "区法院", delivery / "区法院-自评材料填报模板.docx")
    write_register(campaign, "区法院", delivery / "区法院-佐证材料登记表.xlsx")
    hostile = "审结<3件>&公开；{{ 7*7 }}{% if true %}注入{% endif %}{%p endfor %}"
    d = docx.Document(str(form))
    type_into(d, "ipdocs:narrative:6.1", [[hostile]])
    d.save(str(form))
    collect(campaign, campaign.moment())
    report = render_documents(gather(campaign))[0]
    assert hostile in paragraphs(report)


def test_rendering_twice_gives_identical_files(tmp_path):
    campaign = collected(tmp_path, "yongning-2023")
    first = {f.name: f.read_bytes() for f in render_documents(gather(campaign))}
    second = {f.name: f.read_bytes() for f in render_documents(gather(campaign))}
    assert first == second and len(first) == 4


def test_pdf_embeds_the_mapped_faces(wujiang):
    _, files = wujiang
    pdf = files["1.pdf"]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "UMingCN" in fonts and "UKaiCN" in fonts                 # 仿宋 and 楷体, not a fallback sans
    assert "NotoSansCJK" in fonts and "NotoSerifCJK" in fonts and "Bold" in fonts
    assert "WenQuanYi" not in fonts and "DroidSans" not in fonts
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(pdf)))
    assert "自评报告" in text and "85.45" in text


def test_score_workbook_formulas_recompute_the_totals(wujiang, tmp_path):
    _, files = wujiang
    ws = openpyxl.load_workbook(files["3.xlsx"]).active
    rows = {r[0].value: r for r in ws.iter_rows(min_row=3)}
    assert rows["基础指标小计"][3].value.startswith("=SUM(D3:")
    assert rows["加分项小计"][3].value.startswith("=MIN(SUM(") and rows["扣分项小计"][3].value.startswith("=MAX(SUM(")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, quote, UTF-8
                    "--outdir", str(tmp_path), str(files["3.xlsx"])], check=True, capture_output=True, timeout=180)
    computed = {line.split(",")[0]: line.split(",")[3] for line in
                next(tmp_path.glob("*.csv")).read_text(encoding="utf-8").splitlines() if line.count(",") >= 4}
    assert float(computed["基础指标小计"]) == 82.95 and float(computed["总分"]) == 85.45


def test_seed_004_gets_its_five_part_report(tmp_path):
    campaign = collected(tmp_path, "hubei-2019", inbox=False)
    (campaign.folder / "facts.yaml").write_text('"1.1": true\n"26.2": true\n"29.1": {重大突发事件: 1}\n',
                                                encoding="utf-8")
    report = render_documents(gather(campaign))[0]
    text = paragraphs(report)
    headings = [t for t in text if t[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings == ["一、2019年打击侵权假冒工作情况", "二、工作亮点", "三、存在问题", "四、2020年工作打算",
                        "五、自评得分情况"]
    assert "（一）打击侵权假冒工作总体情况" in text
    table = docx.Document(str(report)).tables[0]
    assert len(table.rows) == 1 + 29
    assert [c.text for c in table.rows[26].cells][:4] == ["26", "结合实际,创造性地开展工作情况", "加分项", "2"]
    assert lint_docx(report) == []


def test_catalogue_names_follow_the_seed_rules():
    def item(**kw):
        base = dict(criterion="1.1", indicator="1", name="关于印发《工作要点》的通知", type="正式文件", doc_number="",
                    date=dt.date(2023, 1, 1), quantity=1, classified=False, unit="区府办", stored=Path("x.pdf"),
                    original_name="x.pdf")
        return Evidence(**{**base, **kw}).catalogue_name

    assert item(doc_number="武府办〔2023〕12号") == "关于印发《工作要点》的通知（武府办〔2023〕12号）"
    assert item() == "关于印发《工作要点》的通知（2023.1.1）"
    assert item(name="XX评选结果公示", type="网页截图") == "XX评选结果公示（网页截图）"
    assert item(name="XX知识产权保护进学校宣传培训活动汇总", type="文件包", quantity=4) == \
        "XX知识产权保护进学校宣传培训活动汇总（4项）"
    assert item(classified=True).endswith("（涉密，单独报送）")


def test_bundle_numbers_files_keeps_classified_apart_and_checks(tmp_path):
    campaign = collected(tmp_path, "wujiang-2023")
    register = next((campaign.folder / "inbox" / "区检察院").rglob("*登记表.xlsx"))
    wb = openpyxl.load_workbook(register)
    wb["佐证材料登记表"]["J3"] = "是"                                  # 11.2-01 is classified
    wb.save(register)
    (campaign.folder / "ledger.sqlite").unlink()
    shutil.rmtree(campaign.folder / "store")
    collect(campaign, campaign.moment())
    render_documents(gather(campaign))
    made = bundle(campaign, force=True)  # the layout, past the gate (tests/test_bundle_gate.py)
    assert check_bundle(campaign) == []
    secret = list((made.secret).rglob("*.pdf"))
    assert [p.name for p in secret] == ["1.检察监督机制文件（武检发〔2023〕14号）（涉密，单独报送）.pdf"]
    assert not any("检察监督机制文件" in p.name for p in made.root.rglob("*"))
    import zipfile

    assert not any("检察监督" in n or SECRET in n for n in zipfile.ZipFile(made.archive).namelist())
    first = next(made.root.glob("01.*/01.*/2.*"))
    assert first.name == "2.区政府常务会议纪要（武府办纪〔2023〕18号）.pdf"
    assert next(made.root.glob("01.*/01.*/1.*")).suffix == ".docx"      # the .doc, converted
    first.unlink()
    extra = made.root / "01.多余.txt"
    extra.write_text("x", encoding="utf-8")
    problems = check_bundle(campaign)
    assert any("“2.区政府常务会议纪要（武府办纪〔2023〕18号）”" in p and "找不到" in p for p in problems)
    assert any("01.多余.txt 不在目录清单中" in p for p in problems)


@pytest.mark.parametrize("name", ["wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"])
def test_every_sample_campaign_renders_opens_passes_lint_and_embeds_the_faces(built_sample, tmp_path, name):
    sample = built_sample(name)  # collected, rendered, converted to PDF by pdf_copies (LibreOffice)
    files, pdfs = sample.documents, sample.pdfs
    documents = [f for f in files if f.suffix == ".docx"]
    report = documents[0]
    outline_report = sample.campaign.rubric.templates.get("report", "report.docx") == "report.docx"
    for f in documents:  # seed 004's five-part report has no outline for the catalogue to follow (its rubric)
        assert lint_docx(f, report=report if "目录清单" in f.name and outline_report else None) == [], f.name
    assert len(pdfs) == len(documents) and all(len(pypdfium2.PdfDocument(str(p))) >= 1 for p in pdfs)  # opened
    fonts = subprocess.run(["pdffonts", str(pdfs[0])], capture_output=True, text=True, check=True).stdout
    assert "UMingCN" in fonts and "NotoSerifCJK" in fonts and "NotoSansCJK" in fonts
    assert "UKaiCN" in fonts or not any(p.style.name == "Heading 2" for p in docx.Document(str(report)).paragraphs)
    copy = sample.writable_copy(tmp_path)  # the same campaign rendered again over its first render
    again = render_documents(gather(copy))
    assert {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in again} == sample.rendered


def test_a_checklist_scheme_reports_completeness(tmp_path):
    campaign = collected(tmp_path, "yongning-2023", inbox=False)
    (campaign.folder / "facts.yaml").write_text('"1.1": true\n"4.2": true\n', encoding="utf-8")
    text = paragraphs(render_documents(gather(campaign))[0])
    assert "（已完成1/2项，未完成：1.2）" in text and not any("自评0分" in t for t in text)
    assert any(t.endswith("7项考核指标共12项考核要点，已完成2项。") for t in text)
