"""Rendering and bundling as Prefect flows: the documents for the assessors, then the USB tree.
The work itself is `ipdocs.render` and `ipdocs.bundle`; these only orchestrate it."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ipdocs.bundle import bundle, check_bundle
from ipdocs.campaign import load_campaign
from ipdocs.lint import lint_docx
from ipdocs.render import render_documents
from ipdocs.render.content import gather
from ipdocs.render.pdf import to_pdf


# Documents follow the ledger and facts, which change between runs: never served from a cache.
@task(cache_policy=NO_CACHE)
def write_documents(folder: str) -> list[str]:
    return [str(p) for p in render_documents(gather(load_campaign(folder)))]


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)  # LibreOffice may fail to start once
def convert_to_pdf(files: list[str]) -> list[str]:
    from pathlib import Path

    return [str(p) for p in to_pdf([Path(f) for f in files if f.endswith(".docx")])]


@task(cache_policy=NO_CACHE)
def lint(files: list[str]) -> list[str]:
    return [f"{f}：{p}" for f in files if f.endswith(".docx") for p in lint_docx(f)]


@flow(name="render", log_prints=True)
def render_flow(folder: str, pdf: bool = True) -> list[str]:
    """自评报告、佐证材料目录清单、考核评分表 (DOCX, XLSX, PDF), checked against GB/T 9704."""
    logger = get_run_logger()
    files = write_documents(folder)
    for problem in lint(files):
        logger.warning("版式问题：%s", problem)
    if pdf:
        files += convert_to_pdf(files)
    logger.info("已生成 %d 个文件", len(files))
    return files


@flow(name="bundle", log_prints=True)
def bundle_flow(folder: str) -> dict:
    """The numbered evidence folders, manifest and zip; then the proof that they match the catalogue."""
    campaign = load_campaign(folder)
    made = bundle(campaign)
    problems = check_bundle(campaign)
    for p in problems:
        get_run_logger().error("目录清单与材料不一致：%s", p)
    return {"root": str(made.root), "archive": str(made.archive), "files": len(made.files), "problems": problems}
