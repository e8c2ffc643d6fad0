"""Rendering and bundling, orchestrated: the documents for the assessors, then the USB tree.
The work itself is `ipdocs.render` and `ipdocs.render.bundle`. A stage whose inputs are unchanged since the
last run, and whose outputs are still those it wrote, is skipped (ipdocs.render.fingerprint)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.base import flow, quote
from flows.server import locked
from flows.timing import timed
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.extract.campaign import WORKERS
from ipdocs.output import progress
from ipdocs.render import layout_problems, pdf_copies, render_documents, submit_folder
from ipdocs.render.bundle import BundleRefused, bundle, bundle_folder, check_bundle
from ipdocs.render.content import Submission, gather
from ipdocs.render.fingerprint import (
    BUNDLE_KEY,
    RENDER_KEY,
    RENDERED,
    Record,
    bundle_key,
    layout_key,
    pdf_key,
    render_key,
)


# The submission follows the ledger and facts, which change between runs: gathered afresh once per run,
# then handed to every step that needs it.
@task(cache_policy=NO_CACHE)
def gather_submission(campaign: Campaign) -> Submission:
    return gather(campaign)


@task(cache_policy=NO_CACHE)
def write_documents(sub: Submission) -> list[str]:
    notices: list[str] = []
    files = [str(p) for p in render_documents(sub, notices)]
    for line in notices:  # a coordinator's edits read back, kept, or offered beside the new render
        get_run_logger().warning("人工修改：%s", line)
    return files


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)  # LibreOffice may fail to start once
def convert_to_pdf(campaign: Campaign, files: list[str]) -> list[str]:
    return [str(p) for p in pdf_copies([Path(f) for f in files], campaign)]


@contextmanager
def converter_ahead(pdf: bool = True, campaign: Campaign | None = None) -> Iterator[None]:
    """While a flow runs (the pipeline, the render flow): LibreOffice started ahead of the PDF conversion (its own
    start is most of what the conversion costs: `ipdocs.output.libreoffice.start_ahead`) as soon as a core is free
    for it — extraction is down to its last file in flight (the other worker idles) — or when rendering starts;
    stopped on leaving if the conversion did not use it (an error). Only when rendering will surely convert: the
    `campaign` has no PDF converted by an earlier run. Once it has, a rerun converts only the Word files that come
    out different — mostly none (a late file, a fix) — and the conversion starts LibreOffice itself if it must."""
    if not pdf or (campaign is not None and converted_before(campaign)):
        yield
        return
    from ipdocs.output import libreoffice

    def when_a_core_frees(step: progress.Step) -> None:
        left = None if step.total is None else step.total - step.done
        if (step.stage == "extract" and not step.skipped and left is not None and 0 < left < WORKERS) \
                or (step.stage == "render" and step.done == 0 and not step.skipped):
            try:
                libreoffice.start_ahead()
            except OSError:  # the conversion starts LibreOffice itself, as it would without this
                pass

    with libreoffice.ahead(), progress.listening(when_a_core_frees):
        yield


def converted_before(campaign: Campaign) -> bool:
    """Whether an earlier run recorded PDFs of the documents (`_pdfs`)."""
    return any(step.startswith("pdf:") for step in Record.read(campaign.out / RENDER_KEY).data)


@task(cache_policy=NO_CACHE)
def check_layout(files: list[str]) -> dict[str, list[str]]:
    return {f: layout_problems([Path(f)]) for f in files}


@task(cache_policy=NO_CACHE)
def lay_out_bundle(sub: Submission, force: bool = False) -> dict:
    try:
        made = bundle(sub.campaign, sub, force=force)
    except BundleRefused as refused:  # open items: reported, not a failed run
        return {"root": "", "archive": "", "files": 0, "refused": refused.problems}
    return {"root": str(made.root), "archive": str(made.archive), "files": len(made.files), "forced": made.forced}


@task(cache_policy=NO_CACHE)
def check_against_catalogue(campaign: Campaign) -> list[str]:
    return check_bundle(campaign)


def _per_file(record: Record, step: str, files: list[str], key, out: Path) -> tuple[dict, dict]:
    """For each file, what `step` recorded for it if its key (`key([file])`) and outputs are unchanged; and the
    files to do again (their old records dropped), each with its key as it is now."""
    kept, stale = {}, {}
    for f in sorted(files):
        now = key([f])
        done = record.current(f"{step}:{Path(f).name}", now, out)
        if done is not None:
            kept[f] = done
        else:
            record.forget(f"{step}:{Path(f).name}")
            stale[f] = now
    return kept, stale


def _pdfs(record: Record, campaign: Campaign, files: list[str]) -> list[str]:
    """The PDFs of the Word files; only those whose Word file changed since its last conversion are converted (in
    one LibreOffice batch): a late file changes the catalogue, not the report or the score table."""
    out = campaign.out
    made, stale = _per_file(record, "pdf", [f for f in files if f.endswith(".docx")], pdf_key, out)
    if made:
        get_run_logger().info("Word 文件与上次相同，沿用已转换的 PDF（%d 个）%s", len(made),
                              f"，重新转换 {len(stale)} 个" if stale else "")
    if stale:  # keyed on the Word files as rendered, before any correction the conversion makes
        converted = {str(Path(p).with_suffix(".docx")): p for p in convert_to_pdf(quote(campaign), list(stale))}
        for docx, key in stale.items():
            if docx in converted:
                made[docx] = [converted[docx]]
                record.keep(f"pdf:{Path(docx).name}", key, out, made[docx],
                            [Path(f).relative_to(out).as_posix() for f in (docx, converted[docx])])
    return [pdf for docx in sorted(made) for pdf in made[docx]]


def _layout(record: Record, files: list[str], out: Path) -> list[str]:
    """The layout problems of the files, each file checked again only if its bytes changed (the check reads every
    page: seconds)."""
    found, stale = _per_file(record, "layout", files, layout_key, out)
    if stale:
        for f, problems in check_layout(list(stale)).items():
            found[f] = problems
            record.keep(f"layout:{Path(f).name}", stale[f], out, problems, [Path(f).relative_to(out).as_posix()])
    return [problem for f in files for problem in found.get(f, [])]


def render_and_check(campaign: Campaign, pdf: bool = True, sub: Submission | None = None) -> list[str]:
    """The stage, inside whichever flow runs it (the render flow, the campaign pipeline): skipped when
    the submission, templates and code are those of the last run and out/submit/ is as that run left it."""
    logger = get_run_logger()
    sub = sub or gather_submission(quote(campaign))
    folder = submit_folder(campaign)
    record = Record.read(campaign.out / RENDER_KEY)
    key = render_key(sub, pdf)
    done = record.current("render", key, campaign.out)
    if done is not None:
        files, problems = done["files"], done["problems"]
        logger.info("生成报告：内容未变化，已跳过（沿用 %s 中的 %d 个文件）", folder, len(files))
        progress.skip("render", len(files))
    else:
        record.forget("render")
        progress.start("render", 2 + pdf)
        with timed("render"):
            files = write_documents(quote(sub))
        progress.advance("render")
        if pdf:
            with timed("pdf"):
                files = files + _pdfs(record, campaign, files)
            progress.advance("render")
        with timed("layout"):
            problems = _layout(record, files, campaign.out)  # after conversion: the rendered pages are checked too
        progress.advance("render")
        record.keep("render", key, campaign.out, {"files": files, "problems": problems}, within=RENDERED)
        logger.info("生成报告：已生成 %d 个文件", len(files))
    for problem in problems:
        logger.warning("版式问题：%s", problem)
    return files


def bundle_and_check(campaign: Campaign, sub: Submission | None = None, force: bool = False) -> dict:
    """The stage, inside whichever flow runs it (the bundle flow, the campaign pipeline): skipped when
    out/submit/ and the catalogue rows are those of the last run and out/bundle/ is as that run left it."""
    logger = get_run_logger()
    sub = sub or gather_submission(quote(campaign))
    record = Record.read(campaign.out / BUNDLE_KEY)
    key = bundle_key(sub, submit_folder(campaign)) + ("+force" if force else "")
    made = record.current("bundle", key, bundle_folder(campaign))
    if made is not None:
        logger.info("整理材料：材料与上次相同，已跳过（沿用 %s）", made["root"])
        progress.skip("bundle", made["files"])
    else:
        record.forget("bundle")
        progress.start("bundle", 1)
        with timed("bundle"):
            laid = lay_out_bundle(quote(sub), force)
        if laid.get("refused"):  # the gate (ipdocs.render.bundle): nothing laid out, nothing recorded
            progress.advance("bundle")
            logger.warning("未生成报送包：尚有%d项未完成（可 ipdocs bundle --force）", len(laid["refused"]))
            for line in laid["refused"]:
                logger.warning("未完成：%s", line)
            return {**laid, "problems": []}
        with timed("bundle-check"):
            made = {**laid, "problems": check_against_catalogue(quote(campaign))}
        record.keep("bundle", key, bundle_folder(campaign), made)
        progress.advance("bundle")
        logger.info("整理材料：已整理 %d 个材料文件", made["files"])
    for line in made.get("forced", []):
        logger.warning("已强制生成报送包，未完成：%s", line)
    for p in made["problems"]:
        logger.error("目录清单与材料不一致：%s", p)
    return made


@flow(name="render", log_prints=True)
@locked("生成报告")
def render_flow(folder: str, pdf: bool = True) -> list[str]:
    """自评报告、佐证材料目录清单、考核评分表 (DOCX, XLSX, PDF), checked against GB/T 9704."""
    campaign = load_campaign(folder)
    with converter_ahead(pdf, campaign):
        return render_and_check(campaign, pdf)


@flow(name="bundle", log_prints=True)
@locked("整理材料")
def bundle_flow(folder: str, force: bool = False) -> dict:
    """The numbered evidence folders, manifest and zip; then the proof that they match the catalogue. Refused
    (the open items listed) while the report has open items, unless forced."""
    return bundle_and_check(load_campaign(folder), force=force)
