"""Rendering and bundling, orchestrated: the documents for the assessors, then the USB tree.
The work itself is `ipdocs.render` and `ipdocs.render.bundle`."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.render import layout_problems, pdf_copies, render_documents
from ipdocs.render.bundle import bundle, check_bundle
from ipdocs.render.content import gather


# Documents follow the ledger and facts, which change between runs: never served from a cache.
@task(cache_policy=NO_CACHE)
def write_documents(campaign: Campaign) -> list[str]:
    return [str(p) for p in render_documents(gather(campaign))]


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)  # LibreOffice may fail to start once
def convert_to_pdf(files: list[str]) -> list[str]:
    return [str(p) for p in pdf_copies([Path(f) for f in files])]


@task(cache_policy=NO_CACHE)
def check_layout(files: list[str]) -> list[str]:
    return layout_problems([Path(f) for f in files])


@task(cache_policy=NO_CACHE)
def lay_out_bundle(campaign: Campaign) -> dict:
    made = bundle(campaign)
    return {"root": str(made.root), "archive": str(made.archive), "files": len(made.files)}


@task(cache_policy=NO_CACHE)
def check_against_catalogue(campaign: Campaign) -> list[str]:
    return check_bundle(campaign)


def render_and_check(campaign: Campaign, pdf: bool = True) -> list[str]:
    """The stage, inside whichever flow runs it (the render flow, the campaign pipeline)."""
    logger = get_run_logger()
    files = write_documents(campaign)
    if pdf:
        files += convert_to_pdf(files)
    for problem in check_layout(files):  # after conversion: the rendered pages are checked too
        logger.warning("版式问题：%s", problem)
    logger.info("已生成 %d 个文件", len(files))
    return files


def bundle_and_check(campaign: Campaign) -> dict:
    """The stage, inside whichever flow runs it (the bundle flow, the campaign pipeline)."""
    made = lay_out_bundle(campaign)
    problems = check_against_catalogue(campaign)
    for p in problems:
        get_run_logger().error("目录清单与材料不一致：%s", p)
    return {**made, "problems": problems}


@flow(name="render", log_prints=True)
def render_flow(folder: str, pdf: bool = True) -> list[str]:
    """自评报告、佐证材料目录清单、考核评分表 (DOCX, XLSX, PDF), checked against GB/T 9704."""
    return render_and_check(load_campaign(folder), pdf)


@flow(name="bundle", log_prints=True)
def bundle_flow(folder: str) -> dict:
    """The numbered evidence folders, manifest and zip; then the proof that they match the catalogue."""
    return bundle_and_check(load_campaign(folder))
