"""Rendering what goes to the assessors (out/submit/): the red-header 自评报告, the 佐证材料目录清单,
the 考核评分表 (DOCX and XLSX with formulas), each DOCX also
as PDF, converted in one LibreOffice batch."""

from __future__ import annotations

from pathlib import Path

from docxtpl import DocxTemplate, RichText

from ipdocs.base import resources
from ipdocs.campaign.model import Campaign
from ipdocs.output.files import save_docx
from ipdocs.render.content import (
    Submission,
    catalogue_context,
    document_title,
    gather,
    hubei_context,
    report_context,
    score_table_context,
)
from ipdocs.render.pdf import to_pdf
from ipdocs.render.score_xlsx import write_score_xlsx
from ipdocs.word import oxml
from ipdocs.word.official import TEXT_WIDTH_PT, XIAOBIAOSONG, finish_layout


def submit_folder(campaign: Campaign) -> Path:
    return campaign.out / "submit"


def render_template(name: str, context: dict, path: Path, campaign: Campaign, title: str) -> Path:
    """A docxtpl template with the context. autoescape: a unit's “<”, “&” or “{{ }}” stay text."""
    template = DocxTemplate(str(resources.template(name, getattr(campaign, "templates_dir", None))))
    if "organ_mark" in context:  # one red line across the text area, however long the organ's name
        size = min(36, TEXT_WIDTH_PT // max(len(context["organ_mark"]), 1))
        mark = RichText()  # RichText.add writes rFonts after the size, out of schema order
        mark.xml = oxml.run_xml(context["organ_mark"], XIAOBIAOSONG, half_points=size * 2, color="FF0000")
        context = {**context, "organ_mark": mark}
    template.render(context, autoescape=True)
    finish_layout(template.docx)  # titles broken between words, totals kept, repeated cells merged
    props = template.docx.core_properties
    props.title, props.author = title, campaign.document.issuer
    props.last_modified_by, props.revision = campaign.document.issuer, 1
    props.created = props.modified = props.last_printed = campaign.created
    return save_docx(template, path)


def render_documents(sub: Submission) -> list[Path]:
    """The DOCX and XLSX files (no PDF)."""
    c = sub.campaign
    folder = submit_folder(c)
    report_template = c.rubric.templates.get("report", "report.docx")
    context = hubei_context(sub) if report_template == "report-hubei.docx" else report_context(sub)
    prefix = document_title(c, "")
    files = [
        render_template(report_template, context, folder / f"1.{prefix}自评报告.docx", c, "自评报告"),
        render_template("catalogue.docx", catalogue_context(sub), folder / f"2.{prefix}佐证材料目录清单.docx", c,
                        "佐证材料目录清单"),
        render_template("score-table.docx" if c.rubric.scored else "checklist.docx",  # no 分值 without points
                        score_table_context(sub), folder / f"3.{prefix}评分表.docx", c,
                        "考核评分表"),
        write_score_xlsx(sub, folder / f"3.{prefix}评分表.xlsx"),
    ]
    return files  # the contacts form is the coordinator's (out/distribute/), never numbered among the submission


def pdf_copies(files: list[Path]) -> list[Path]:
    """The PDF of each Word document among `files`, in one LibreOffice batch; a document whose pages show a
    totals line parted from its table is corrected and converted again."""
    from ipdocs.word.pdf_lint import fix_orphaned_totals

    made = to_pdf([f for f in files if f.suffix == ".docx"])
    again = [f for f in files if f.suffix == ".docx" and f.with_suffix(".pdf") in made
             and fix_orphaned_totals(f, f.with_suffix(".pdf"))]
    if again:
        to_pdf(again)
    return made


def layout_problems(files: list[Path]) -> list[str]:
    """GB/T 9704 problems of the Word documents among `files` (and of their rendered pages, for PDFs), each
    naming its file."""
    from ipdocs.word.lint import lint_docx
    from ipdocs.word.pdf_lint import lint_pdf

    check = {".docx": lint_docx, ".pdf": lint_pdf}
    return [f"{f}：{p}" for f in files if f.suffix in check for p in check[f.suffix](f)]


def render(campaign: Campaign, pdf: bool = True) -> list[Path]:
    files = render_documents(gather(campaign))
    if pdf:
        files += pdf_copies(files)
    return files
