"""Rendering what goes to the assessors (out/submit/): the red-header 自评报告, the 佐证材料目录清单,
the 考核评分表 (DOCX and XLSX with formulas), each DOCX also
as PDF, converted in one LibreOffice batch."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ipdocs.base import resources
from ipdocs.base.numbers import fmt
from ipdocs.campaign.model import Campaign
from ipdocs.intake.store import sha256_of
from ipdocs.render import history
from ipdocs.render.content import (
    Submission,
    catalogue_context,
    document_title,
    gather,
    hubei_context,
    label,
    report_context,
    score_rows,
    score_table_context,
)
from ipdocs.render.pdf import to_pdf
from ipdocs.render.score_xlsx import write_score_xlsx

if TYPE_CHECKING:
    from ipdocs.render import edits

# The Word stack (docxtpl, python-docx: ipdocs.word, ipdocs.render.edits) is imported by the functions that write
# or read documents: a run whose documents are current (ipdocs.render.fingerprint) does not load it.

log = logging.getLogger("ipdocs.render")


def submit_folder(campaign: Campaign) -> Path:
    return campaign.out / "submit"


def render_template(name: str, context: dict, path: Path, campaign: Campaign, title: str,
                    regions: dict | None = None) -> Path:
    """A docxtpl template with the context. autoescape: a unit's “<”, “&” or “{{ }}” stay text. `regions`
    (key → (label, paragraphs)) are bookmarked so the next render can read a coordinator's edits back."""
    from docxtpl import DocxTemplate, RichText

    from ipdocs.output.files import save_docx
    from ipdocs.render import edits
    from ipdocs.word import oxml
    from ipdocs.word.official import TEXT_WIDTH_PT, XIAOBIAOSONG, finish_layout

    template = DocxTemplate(str(resources.template(name, getattr(campaign, "templates_dir", None))))
    if "organ_mark" in context:  # one red line across the text area, however long the organ's name
        size = min(36, TEXT_WIDTH_PT // max(len(context["organ_mark"]), 1))
        mark = RichText()  # RichText.add writes rFonts after the size, out of schema order
        mark.xml = oxml.run_xml(context["organ_mark"], XIAOBIAOSONG, half_points=size * 2, color="FF0000")
        context = {**context, "organ_mark": mark}
    template.render(context, autoescape=True)
    finish_layout(template.docx)  # titles broken between words, totals kept, repeated cells merged
    if regions:
        for key in edits.mark_regions(template.docx, regions):
            regions.pop(key)  # not found as rendered: not recorded, so never read back
    props = template.docx.core_properties
    props.title, props.author = title, campaign.document.issuer
    props.last_modified_by, props.revision = campaign.document.issuer, 1
    props.created = props.modified = props.last_printed = campaign.created
    return save_docx(template, path)


def review_folder(campaign: Campaign) -> Path:
    """Where a new render goes when the file in out/submit/ was edited by a person and cannot be merged."""
    return campaign.out / "review"


def _edited(path: Path, name: str, previous: history.Record | None) -> bool:
    """Whether the file on disk differs from what we last wrote there (or last offered in out/review/)."""
    if previous is None or name not in previous.files or not path.exists():
        return False
    digest = sha256_of(path)
    return digest not in (previous.files[name], previous.review.get(name))


def _score_edits(sub: Submission, names: list[str], previous: history.Record | None,
                 notices: list[str]) -> tuple[Submission, dict[str, set[str]]]:
    """Read back hand-changed self-scores from the score tables on disk (accepted into score-overrides.yaml or
    refused, each with a notice), then apply every override in force. Returns the cells read, per file."""
    from ipdocs.render import edits

    c, read = sub.campaign, {}
    if c.rubric.scored and previous is not None and previous.scores.get("indicators"):
        texts = {r["indicator"]: r["id"] for r in score_rows(sub) if r["id"]}
        for name in names:
            path = submit_folder(c) / name
            if not _edited(path, name, previous):
                continue
            accepted, refused = edits.read_back_scores(c, path, previous.scores["indicators"], texts)
            edits.append_overrides(c, accepted)
            notices += [f"评分表修改未采用：{r}" for r in refused]
            notices += [f"评分表修改已读回：{a['file']} {a['cell']} 指标{label(c, a['indicator'])} 由{a['old']}分改为"
                        f"{a['score']}分，记入 {edits.OVERRIDES}" for a in accepted]
            read[name] = {cell.ref for cell in edits.score_cells(path)
                          if texts.get(cell.indicator_text) in previous.scores["indicators"]}
    overrides = edits.load_overrides(c)
    if overrides:
        notices.append("本次采用评分表手工修改的得分：" + "；".join(
            f"指标{label(c, i)} {fmt(o['score'])}分（{o.get('file', edits.OVERRIDES)} {o.get('cell', '')}）".rstrip()
            for i, o in sorted(overrides.items())))
    return replace(sub, sheet=edits.apply_overrides(c, sub.sheet, overrides)), read


def _merge_report(path: Path, name: str, regions: dict, previous: history.Record | None,
                  notices: list[str]) -> tuple[dict[str, edits.Merged], bool]:
    """Each region merged with the report on disk; and whether the report was edited outside its regions."""
    from ipdocs.render import edits

    before = (previous.regions.get(name, {}) if previous else {})
    on_disk, outside_edited = {}, False
    edited = _edited(path, name, previous)
    if edited:
        on_disk, outside = edits.read_regions(path, regions)
        copy = previous.copy_of(name)
        outside_edited = copy is None or outside != edits.outside_signature(copy)
    merged = {}
    for key, (lab, lines) in regions.items():
        last = before.get(key)
        m = edits.merge(on_disk.get(key) if edited else (last or {}).get("written"),
                        last and last["generated"], last and last["draft"], lines)
        merged[key] = m
        if edited and m.status == "kept":
            notices.append(f"{name}：{lab}项保留了人工修改的内容")
        elif edited and m.status == "both":
            notices.append(f"{name}：{lab}项人工修改与新数据都有变化，保留修改并在其后附新生成内容"
                           f"（标“{edits.NEW_DRAFT}”），请核对")
        elif edited and m.status == "restored":
            notices.append(f"{name}：{lab}项在报告中找不到（整段被删除），已按新生成内容写回")
    return merged, outside_edited


def render_documents(sub: Submission, notices: list[str] | None = None) -> list[Path]:
    """The DOCX and XLSX files (no PDF), with a coordinator's edits in out/submit/ read back first: the report's
    narratives merged, hand-changed self-scores read back; a file edited elsewhere is kept and its new render
    written to out/review/. Each render is kept in out/history/. `notices` receives what was done, in Chinese."""
    from ipdocs.render import edits

    notices = [] if notices is None else notices
    c = sub.campaign
    folder = submit_folder(c)
    previous = history.last(c)
    prefix = document_title(c, "")
    names = [f"1.{prefix}自评报告.docx", f"2.{prefix}佐证材料目录清单.docx", f"3.{prefix}评分表.docx",
             f"3.{prefix}评分表.xlsx"]
    sub, score_cells_read = _score_edits(sub, names[2:], previous, notices)
    report_template = c.rubric.templates.get("report", "report.docx")
    context = hubei_context(sub) if report_template == "report-hubei.docx" else report_context(sub)
    regions = edits.context_regions(context, c)
    merged, outside_edited = _merge_report(folder / names[0], names[0], regions, previous, notices)
    written_regions = {k: (regions[k][0], m.written) for k, m in merged.items()}
    context = edits.with_regions(context, c, {k: m.written for k, m in merged.items()})
    catalogue = catalogue_context(sub)
    makers = [
        lambda p: render_template(report_template, context, p, c, "自评报告", written_regions),
        lambda p: render_template("catalogue.docx", catalogue, p, c, "佐证材料目录清单"),
        lambda p: render_template("score-table.docx" if c.rubric.scored else "checklist.docx",  # no 分值 without points
                                  score_table_context(sub), p, c, "考核评分表"),
        lambda p: write_score_xlsx(sub, p),
    ]
    record = history.Record(labels={**{i.id: label(c, i.id) for i in c.rubric.indicators},
                                    **{k: v[0] for k, v in regions.items()}}, notices=notices)
    copies, files = {}, []
    for name, make in zip(names, makers, strict=True):
        path = folder / name
        keep = _edited(path, name, previous) and (
            outside_edited if name == names[0] else
            name not in score_cells_read or edits.content_except(path, score_cells_read[name])
            != edits.content_except(previous.copy_of(name) or path, score_cells_read[name]))
        if keep:  # a person's file stays as it is; the new render is offered beside it
            new = make(review_folder(c) / f"{path.stem}（新生成）{path.suffix}")
            record.files[name], copies[name] = previous.files[name], previous.copy_of(name) or path
            record.review[name] = sha256_of(new)
            if name == names[0]:
                record.regions[name] = previous.regions.get(name, {})
            where = "叙述以外的部分有人工修改" if name == names[0] else "已被人工修改"
            notices.append(f"{name} {where}，原文件保留未覆盖；新生成的版本在 {new}，请核对后自行合并")
        else:
            before = path.read_bytes() if previous is None and path.is_file() else None
            make(path)
            if before is not None and before != path.read_bytes():  # written before history was kept
                kept = history.history_folder(c) / "000" / name
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(before)
                notices.append(f"{name}：没有上次生成的记录，无法判断是否有人工修改，原文件已另存为 {kept}")
            record.files[name], copies[name] = sha256_of(path), path
            if name == names[0]:
                record.regions[name] = {k: {"generated": regions[k][1], "written": merged[k].written,
                                            "draft": merged[k].draft} for k in written_regions}
        files.append(path)
    sheet = sub.sheet
    record.scores = {"total": fmt(sheet.total), "base": fmt(sheet.base), "bonus": fmt(sheet.bonus),
                     "deduction": fmt(sheet.deduction), "grade": sheet.grade,
                     "indicators": {i: fmt(s.score) for i, s in sheet.indicators.items()}}
    record.evidence = {ind["heading"]: [e["text"] for e in ind["entries"]]
                       for s in catalogue["sections"] for ind in s["indicators"]}
    history.keep(c, record, copies, previous)
    for line in notices:
        log.info(line)
    return files  # the contacts form is the coordinator's (out/distribute/), never numbered among the submission


def pdf_copies(files: list[Path], campaign: Campaign | None = None) -> list[Path]:
    """The PDF of each Word document among `files`, in one LibreOffice batch; a document whose pages show a
    totals line parted from its table is corrected (and, for a campaign's render, the correction recorded as
    ours in its history) and converted again."""
    from ipdocs.word.pdf_lint import fix_orphaned_totals

    made = to_pdf([f for f in files if f.suffix == ".docx"])
    again = [f for f in files if f.suffix == ".docx" and f.with_suffix(".pdf") in made
             and fix_orphaned_totals(f, f.with_suffix(".pdf"))]
    if again:
        for f in again if campaign is not None else []:
            history.corrected(campaign, f)
        to_pdf(again)
    return made


def layout_problems(files: list[Path]) -> list[str]:
    """GB/T 9704 problems of the Word documents among `files` (and of their rendered pages, for PDFs), each
    naming its file."""
    from ipdocs.word.lint import lint_docx
    from ipdocs.word.pdf_lint import lint_pdf

    check = {".docx": lint_docx, ".pdf": lint_pdf}
    return [f"{f}：{p}" for f in files if f.suffix in check for p in check[f.suffix](f)]


def render(campaign: Campaign, pdf: bool = True, notices: list[str] | None = None) -> list[Path]:
    files = render_documents(gather(campaign), notices)
    if pdf:
        files += pdf_copies(files, campaign)
    return files
