"""Extraction and reconciliation as Prefect flows. The work is `ipdocs.extract` and `ipdocs.reconcile`.

The extraction task is cached on the content hashes of the files to extract (Prefect cache key) on top of
the per-file cache on disk, and runs a bounded pool of worker processes."""

from __future__ import annotations

import hashlib

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ipdocs.campaign import load_campaign
from ipdocs.extract.campaign import EXTRACTABLE, extract_campaign
from ipdocs.intake.ledger import Ledger
from ipdocs.numbers import fmt
from ipdocs.reconcile import reconcile, write_reconciliation


def _content_key(context, parameters) -> str:
    """The same set of stored files (by SHA-256) means the same extraction."""
    campaign = load_campaign(parameters["folder"])
    shas = sorted(i.sha256 for i in Ledger(campaign.folder).current_items()
                  if i.role == "evidence" and i.type in EXTRACTABLE)
    return "extract-" + hashlib.sha256("|".join([str(campaign.folder.resolve()), *shas]).encode()).hexdigest()


@task(cache_key_fn=_content_key, persist_result=True)
def extract_files(folder: str, workers: int = 2) -> dict:
    result = extract_campaign(load_campaign(folder), workers)
    return {"new": result.new, "cached": result.cached,
            "failed": [f["file"] for f in result.facts.values() if "error" in f]}


@task(cache_policy=NO_CACHE)
def reconcile_claims(folder: str) -> dict:
    campaign = load_campaign(folder)
    r = reconcile(campaign)
    write_reconciliation(campaign, r)
    return {"claimed": fmt(r.claimed_sheet.total), "evidenced": fmt(r.evidenced_sheet.total),
            "findings": [text for _, text in r.findings], "hints": r.hints}


@flow(name="extract", log_prints=True)
def extract_flow(folder: str, workers: int = 2) -> dict:
    """提取佐证材料中的事实，核对申报与材料。"""
    logger = get_run_logger()
    extracted = extract_files(folder, workers)
    logger.info("提取：新提取%d个，已提取过%d个", extracted["new"], extracted["cached"])
    checked = reconcile_claims(folder)
    logger.info("申报%s分，有材料支撑%s分，问题%d条", checked["claimed"], checked["evidenced"],
                len(checked["findings"]))
    return {**extracted, **checked}
