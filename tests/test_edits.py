"""A coordinator's edits in out/submit/ survive every render: the merge rule per narrative, edits outside the
narratives kept whole, score-table edits read back with provenance or refused, each render kept in history."""

from decimal import Decimal

import openpyxl
import pytest
import yaml
from conftest import copy_sample
from docx import Document
from docx.shared import Pt

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign import load_campaign
from ipdocs.render import render_documents, review_folder
from ipdocs.render.content import gather
from ipdocs.render.edits import NEW_DRAFT, OVERRIDES, merge, outside_signature, read_regions
from ipdocs.render.history import renders
from ipdocs.word import oxml

# --- the merge rule, region by region ---------------------------------------------------------------


def test_untouched_region_takes_the_new_text():
    m = merge(on_disk=["旧稿"], generated=["旧稿"], draft=[], new=["新稿"])
    assert (m.written, m.status) == (["新稿"], "new")


def test_edited_region_with_unchanged_data_keeps_the_edit():
    m = merge(on_disk=["协调员改写"], generated=["旧稿"], draft=[], new=["旧稿"])
    assert (m.written, m.status) == (["协调员改写"], "kept")


def test_both_changed_keeps_the_edit_and_marks_the_new_draft_beside_it():
    m = merge(on_disk=["协调员改写"], generated=["旧稿"], draft=[], new=["新稿一", "新稿二"])
    assert m.status == "both"
    assert m.written == ["协调员改写", f"{NEW_DRAFT}新稿一", f"{NEW_DRAFT}新稿二"]
    # the next render, data unchanged: the edit and the marked draft stay as they are
    again = merge(on_disk=m.written, generated=["新稿一", "新稿二"], draft=m.draft, new=["新稿一", "新稿二"])
    assert (again.written, again.status) == (m.written, "kept")
    # data changed again: the earlier marked draft is replaced, never stacked
    third = merge(on_disk=m.written, generated=["新稿一", "新稿二"], draft=m.draft, new=["第三稿"])
    assert third.written == ["协调员改写", f"{NEW_DRAFT}第三稿"]


def test_first_render_and_deleted_region():
    assert merge(None, None, None, ["新稿"]).status == "new"
    assert merge(None, ["旧稿"], [], ["新稿"]).written == ["新稿"]  # a region deleted whole comes back


# --- the report on disk -----------------------------------------------------------------------------

@pytest.fixture
def campaign(tmp_path):
    return load_campaign(copy_sample(tmp_path))


def _render(campaign, notices=None):
    return render_documents(gather(campaign), notices)


def _rewrite(paragraph, text):
    paragraph.runs[0].text = text
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)


def _region_paragraph(document, key):
    regions, _ = oxml.bookmarked_paragraphs(document, "ipdocs_")
    first = regions["ipdocs_" + key.replace(".", "_")][0]
    return next(p for p in document.paragraphs if p.text == first)


def test_every_criterion_is_a_bookmarked_region_holding_its_narrative(campaign):
    report = _render(campaign)[0]
    regions, _ = read_regions(report, campaign.rubric.criteria)
    assert list(regions) == list(campaign.rubric.criteria)  # seed 000: 59 criteria, in the seed's order
    assert len(regions) == 59
    assert all(lines and all(line.strip() for line in lines) for lines in regions.values())


@pytest.mark.parametrize("sample", ["wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"])
def test_edited_narrative_is_kept_in_place_on_every_seed(tmp_path, sample):
    campaign = load_campaign(copy_sample(tmp_path, sample))
    report = _render(campaign)[0]
    doc = Document(report)
    regions, _ = oxml.bookmarked_paragraphs(doc, "ipdocs_")
    name, lines = next(iter(regions.items()))  # the first criterion (seed 004: the first item of 工作情况)
    first = next(p for p in doc.paragraphs if p.text == lines[0])
    _rewrite(first, "协调员改写的本项工作情况。")
    doc.save(report)
    notices = []
    assert _render(campaign, notices)[0] == report  # merged in place: nothing went to out/review/
    assert oxml.bookmarked_paragraphs(Document(report), "ipdocs_")[0][name] == ["协调员改写的本项工作情况。",
                                                                                  *lines[1:]]
    assert any("项保留了人工修改的内容" in n for n in notices) and len(notices) == 1
    assert not review_folder(campaign).exists()
    assert [r.sequence for r in renders(campaign)] == [1, 2]


def test_edited_narrative_whose_data_changed_too_shows_both(campaign):
    report = _render(campaign)[0]
    doc = Document(report)
    _rewrite(_region_paragraph(doc, "4.2"), "协调员改写：全年开展企业知识产权培训。")
    doc.save(report)
    facts = campaign.folder / "facts.yaml"  # the coordinator's self-evaluation: 4.2 from 1 training to 2
    facts.write_text(facts.read_text(encoding="utf-8").replace('"4.2": 1 ', '"4.2": 2 '), encoding="utf-8")
    notices = []
    _render(campaign, notices)
    regions, _ = read_regions(report, campaign.rubric.criteria)
    assert regions["4.2"][0] == "协调员改写：全年开展企业知识产权培训。"
    assert regions["4.2"][1].startswith(NEW_DRAFT) and "1分" in "".join(regions["4.2"][1:])
    assert any("4.2项人工修改与新数据都有变化" in n for n in notices)


def test_a_bookmark_libreoffice_wrote_as_two_starts_is_one_region():
    doc = Document()
    paragraphs = [doc.add_paragraph(t) for t in ("标题", "第一段", "第二段", "之后")]
    oxml.bookmark_paragraphs(paragraphs[1], paragraphs[2], "ipdocs_8_1", 17)
    oxml.bookmark_paragraphs(paragraphs[2], paragraphs[2], "ipdocs_8_1", 18)  # LibreOffice 7.4's copy
    ends = paragraphs[2]._p.findall(oxml.qn("w:bookmarkEnd"))
    paragraphs[2]._p.remove(ends[0])  # the first start left without its end
    regions, outside = oxml.bookmarked_paragraphs(doc, "ipdocs_")
    assert regions == {"ipdocs_8_1": ["第一段", "第二段"]}
    assert [oxml.paragraph_text(p) for p in outside] == ["标题", "之后"]


def test_an_edit_outside_the_narratives_keeps_the_whole_file_and_offers_the_new_render_beside_it(campaign):
    report = _render(campaign)[0]
    doc = Document(report)
    heading = next(p for p in doc.paragraphs if p.style.name == "Heading 1")
    for run in heading.runs:  # a restyled heading: bigger, bold
        run.font.size, run.font.bold = Pt(18), True
    doc.save(report)
    edited = report.read_bytes()
    notices = []
    _render(campaign, notices)
    assert report.read_bytes() == edited  # the coordinator's file, byte for byte
    beside = review_folder(campaign) / f"{report.stem}（新生成）.docx"
    assert beside.is_file()
    assert outside_signature(beside) != outside_signature(report)
    assert any("叙述以外的部分有人工修改，原文件保留未覆盖" in n and str(beside) in n for n in notices)
    notices = []
    _render(campaign, notices)  # still kept on the next render: never overwritten silently
    assert report.read_bytes() == edited and any("原文件保留未覆盖" in n for n in notices)


def test_an_edited_catalogue_is_kept(campaign):
    catalogue = _render(campaign)[1]
    doc = Document(catalogue)
    doc.add_paragraph("协调员补充的说明。")
    doc.save(catalogue)
    notices = []
    _render(campaign, notices)
    assert "协调员补充的说明。" in [p.text for p in Document(catalogue).paragraphs]
    assert (review_folder(campaign) / f"{catalogue.stem}（新生成）.docx").is_file()


def test_a_render_without_changes_adds_no_history(campaign):
    first = _render(campaign)
    _render(campaign)
    found = renders(campaign)
    assert [r.sequence for r in found] == [1]
    assert sorted(p.name for p in found[0].folder.iterdir()) == sorted([*(f.name for f in first), "render.json"])


# --- the score table read back ----------------------------------------------------------------------

def _score_cell(path, indicator_prefix):
    ws = openpyxl.load_workbook(path).active
    return next(n for n in range(3, ws.max_row + 1) if str(ws[f"B{n}"].value).startswith(indicator_prefix))


def test_a_hand_changed_self_score_is_read_back_with_provenance_and_used(campaign):
    xlsx = _render(campaign)[3]
    assert gather(campaign).sheet.total == Decimal("85.45")  # seed 000 sample: the claimed total
    row = _score_cell(xlsx, "1.")  # indicator 1 (11 points, claimed 11)
    wb = openpyxl.load_workbook(xlsx)
    wb.active[f"D{row}"] = 9.5
    wb.save(xlsx)
    notices = []
    files = _render(campaign, notices)
    overrides = yaml.safe_load((campaign.folder / OVERRIDES).read_text(encoding="utf-8"))
    assert overrides == [{"indicator": "1", "score": 9.5, "old": 11, "file": xlsx.name, "cell": f"D{row}"}]
    assert any(f"{xlsx.name} D{row} 指标1 由11分改为9.5分" in n for n in notices)
    ws = openpyxl.load_workbook(files[3]).active
    assert ws[f"D{row}"].value == 9.5 and "评分表手工修改为9.5分（原11分" in ws[f"E{row}"].value
    table = Document(files[2])  # the DOCX score table and the report's score line follow: 85.45 − 1.5
    assert any(p.text == "总分：83.95分。" for p in table.paragraphs)
    assert any("（该项11分,自评9.5分）" == p.text for p in Document(files[0]).paragraphs)


def test_a_score_above_the_maximum_or_not_a_number_is_refused_with_a_reason(campaign):
    files = _render(campaign)
    xlsx = files[3]
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.active
    two, three = _score_cell(xlsx, "2."), _score_cell(xlsx, "3.")
    ws[f"D{two}"], ws[f"D{three}"] = 99, "满分"
    wb.save(xlsx)
    notices = []
    _render(campaign, notices)
    assert not (campaign.folder / OVERRIDES).exists()
    assert f"评分表修改未采用：{xlsx.name} D{two}（2）：99分超出本项分值范围，未采用；请填写0至7之间的分数" in notices
    assert any(f"D{three}（3）：“满分”不是数字" in n for n in notices)
    assert renders(campaign)[-1].notices == notices  # recorded with the render, not only printed


def test_a_hand_changed_score_in_the_docx_table_is_read_back(campaign):
    docx_table = _render(campaign)[2]
    doc = Document(docx_table)
    row = next(r for r in doc.tables[0].rows if r.cells[1].text.startswith("2."))
    _rewrite(row.cells[3].paragraphs[0], "6")
    doc.save(docx_table)
    _render(campaign)
    overrides = yaml.safe_load((campaign.folder / OVERRIDES).read_text(encoding="utf-8"))
    assert [(o["indicator"], o["score"], o["old"]) for o in overrides] == [("2", 6, 7)]
    assert overrides[0]["cell"].startswith("表1第") and overrides[0]["file"] == docx_table.name


def test_a_broken_overrides_file_names_the_item(campaign):
    (campaign.folder / OVERRIDES).write_text("- indicator: '1'\n  score: 12\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match=r"score-overrides.yaml 第1项（指标1）：score 应为0至11之间的数字"):
        _render(campaign)


def test_a_file_from_before_history_was_kept_is_saved_aside_not_lost(campaign):
    import shutil

    report = _render(campaign)[0]
    shutil.rmtree(campaign.out / "history")  # as left by an ipdocs that kept no history
    doc = Document(report)
    doc.add_paragraph("协调员在旧版本上补充的一段。")
    doc.save(report)
    edited = report.read_bytes()
    notices = []
    _render(campaign, notices)
    aside = campaign.out / "history" / "000" / report.name
    assert aside.read_bytes() == edited
    assert notices == [f"{report.name}：没有上次生成的记录，无法判断是否有人工修改，原文件已另存为 {aside}"]
