"""Extraction and reconciliation as Prefect flows. The work is `ipdocs.extract` and `ipdocs.reconcile`.

The extraction task is cached on the content hashes of the files to extract (Prefect cache key) on top of
the per-file cache on disk, and runs a bounded pool of worker processes."""

from __future__ import annotations

import hashlib

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ipdocs.campaign import load_campaign
from ipdocs.extract.campaign import EXTRACTABLE, extract_campaign, extract_one, keep, pending
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


@task(cache_policy=NO_CACHE, retries=1)
def extract_file(path: str, kind: str) -> dict:
    return extract_one(path, kind)


@flow(name="extract-on-dask")
def extract_on_cluster(folder: str) -> dict:
    """One task per file, on whatever task runner the caller set (a Dask cluster): `ipdocs run --dask`."""
    campaign = load_campaign(folder)
    result, todo = pending(campaign)
    items = sorted(todo.items())
    futures = extract_file.map([str(campaign.folder / item.store_path) for _, item in items],
                               [item.type for _, item in items])
    for (sha, item), future in zip(items, futures, strict=True):
        keep(campaign, result, sha, item, future.result())
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
def extract_flow(folder: str, workers: int = 2, dask_address: str | None = None) -> dict:
    """提取佐证材料中的事实，核对申报与材料。With a Dask scheduler address, extraction runs on that cluster."""
    logger = get_run_logger()
    if dask_address:
        from prefect_dask import DaskTaskRunner

        extracted = extract_on_cluster.with_options(task_runner=DaskTaskRunner(address=dask_address))(folder)
    else:
        extracted = extract_files(folder, workers)
    logger.info("提取：新提取%d个，已提取过%d个", extracted["new"], extracted["cached"])
    checked = reconcile_claims(folder)
    logger.info("申报%s分，有材料支撑%s分，问题%d条", checked["claimed"], checked["evidenced"],
                len(checked["findings"]))
    return {**extracted, **checked}
