"""Issue 13: a coordinator edits the report as Word would (python-docx, then saved by a real office program,
LibreOffice), a unit delivers late, the pipeline reruns: the edits are kept and the late evidence is added."""

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
from conftest import copy_sample
from docx import Document

from ipdocs.word import oxml

COURT = "区法院"
FIRST = "2023-12-04 1630 第一次报送"
REGISTER = f"{COURT}-佐证材料登记表.xlsx"
LATE = "6.2-02 知识产权宣传周以案说法活动.pdf"


def _edit_like_word(report: Path, edits: dict[str, str], work: Path) -> None:
    """Rewrite the first paragraph of each criterion's narrative, then open and save through LibreOffice."""
    from ipdocs.output.libreoffice import convert

    doc = Document(report)
    regions, _ = oxml.bookmarked_paragraphs(doc, "ipdocs_")
    for cid, text in edits.items():
        first = regions["ipdocs_" + cid.replace(".", "_")][0]
        p = next(p for p in doc.paragraphs if p.text == first)
        p.runs[0].text = text
        for run in p.runs[1:]:
            run._r.getparent().remove(run._r)
    doc.save(work / report.name)
    saved = convert([work / report.name], "docx", work / "saved")[work / report.name]
    shutil.copyfile(saved, report)


def _deliver_late(folder: Path) -> None:
    """区法院 sends one more 6.2 file on 12-20 with its register, one row added."""
    from intake_files import pdf_bytes

    batch = folder / "inbox" / COURT / "2023-12-20 0900 补报"
    batch.mkdir(parents=True)
    wb = openpyxl.load_workbook(folder / "inbox" / COURT / FIRST / REGISTER)
    ws = wb["佐证材料登记表"]
    row = next(n for n in range(3, ws.max_row + 1) if ws[f"B{n}"].value is None)
    for col, value in zip("BCDEFGHIJ", ("6.2", "知识产权宣传周以案说法活动", "新闻报道", None,
                                        dt.datetime(2023, 12, 18), 1, "市级", LATE, "否"), strict=True):
        ws[f"{col}{row}"] = value
    wb.save(batch / REGISTER)
    (batch / LATE).write_bytes(pdf_bytes(2))


def test_edits_kept_and_late_evidence_added_after_a_pipeline_rerun(prefect_server, tmp_path):
    from flows.pipeline import campaign_pipeline
    from ipdocs.campaign import load_campaign
    from ipdocs.extract.campaign import extract_campaign
    from ipdocs.intake.collect import collect
    from ipdocs.render import render_documents, review_folder, submit_folder
    from ipdocs.render.content import gather
    from ipdocs.render.diff import diff_lines, pick

    folder = copy_sample(tmp_path)
    campaign = load_campaign(folder)  # the first render as the stage functions make it (no Prefect: faster)
    collect(campaign)
    extract_campaign(campaign)
    render_documents(gather(campaign))
    report = next(submit_folder(campaign).glob("1.*自评报告.docx"))
    catalogue = next(submit_folder(campaign).glob("2.*目录清单.docx"))
    assert "知识产权宣传周以案说法活动" not in "".join(p.text for p in Document(catalogue).paragraphs)
    mine = {"1.1": "区委常委会全年3次专题研究知识产权保护工作，形成会议纪要3份。（协调员改写）",
            "6.2": "区法院全年开展“以案说法”宣传活动5场，覆盖群众2000余人。（协调员改写）"}
    _edit_like_word(report, mine, tmp_path)

    _deliver_late(folder)
    campaign_pipeline(str(folder), pdf=False, at="2023-12-21 09:00")

    texts = [p.text for p in Document(report).paragraphs]
    for text in mine.values():
        assert text in texts  # kept, in the file in out/submit/ (merged in place, not set aside)
    assert not review_folder(campaign).exists()
    listed = [p.text for p in Document(catalogue).paragraphs]
    assert any("知识产权宣传周以案说法活动（2023.12.18）" in t for t in listed)
    lines = diff_lines(*pick(campaign, None, None))  # ipdocs diff: the edits and the new evidence item
    assert f"  新增：{mine['1.1']}" in lines and f"  新增：{mine['6.2']}" in lines
    assert any(line.startswith("  新增：") and "知识产权宣传周以案说法活动（2023.12.18）" in line for line in lines)
