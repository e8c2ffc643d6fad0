"""Extraction and reconciliation, orchestrated. What is new is asked of `ipdocs.extract.campaign` (its
content-hash cache); the new files are extracted by one Prefect task per file, mapped on the task runner the
caller chose — local worker processes, or a Dask cluster for `ipdocs run --dask` — and the claims are then
reconciled with the evidence (`ipdocs.reconcile`)."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.server import die_with_parent
from ipdocs.base.numbers import fmt
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.extract.campaign import Extracted, Job, cache_folder, extract_one, keep, pending
from ipdocs.output import progress
from ipdocs.reconcile import reconcile, write_reconciliation

WORKERS = 2  # the office machines have two cores
IN_THIS_PROCESS = 2  # at most this many new files are extracted here, without worker processes


def task_runner(dask_address: str | None = None, workers: int = WORKERS) -> TaskRunner:
    """Where the per-file tasks run: the Dask cluster at `dask_address`, else local worker processes
    (spawned, as Prefect does: OCR and PDF libraries are not fork-safe)."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    return ProcessPoolTaskRunner(max_workers=workers, initializer=die_with_parent)  # none outlives a killed run


@contextmanager
def _workers_share_the_server():
    """Worker processes inherit the environment, not this process's temporary Prefect server: without its
    address each would start a temporary server of its own (7–15 s each, DESIGN §6)."""
    from prefect.settings import PREFECT_API_URL

    started = sys.modules.get("prefect.server.api.server")  # imported (seconds) only if a temporary one runs
    server = started.SubprocessASGIServer._instances.get(None) if started and not PREFECT_API_URL.value() else None
    if server is None or not server.running:
        yield
        return
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


@task(cache_policy=NO_CACHE)
def find_new_evidence(campaign: Campaign) -> tuple[Extracted, dict[str, Job]]:
    return pending(campaign)


@task(cache_policy=NO_CACHE, retries=1, task_run_name="提取：{job.name}")  # a retry covers a lost worker
def extract_file(job: Job) -> dict:
    return extract_one(job.path, job.kind)


@flow(name="extract-files")
def extract_files(jobs: list[Job], cache: str) -> dict[str, dict]:
    """One task per file on this flow's task runner; each result is cached as it arrives, so a stopped run
    loses only the files in flight."""
    futures = extract_file.map(jobs)
    job_of = {future.task_run_id: job for future, job in zip(futures, jobs, strict=True)}
    found = {}
    for future in as_completed(futures):
        job = job_of[future.task_run_id]
        found[job.sha256] = keep(Path(cache), job, future.result())
        progress.advance("extract")
    return found


@task(cache_policy=NO_CACHE)
def reconcile_claims(campaign: Campaign) -> dict:
    r = reconcile(campaign)
    write_reconciliation(campaign, r)
    return {"claimed": fmt(r.claimed_sheet.total), "evidenced": fmt(r.evidenced_sheet.total),
            "findings": [text for _, text in r.findings], "hints": r.hints}


def extract_new_evidence(campaign: Campaign, runner: TaskRunner) -> dict:
    """The files not extracted yet, on `runner`; this run's counts."""
    result, todo = find_new_evidence(campaign)
    if isinstance(runner, ProcessPoolTaskRunner) and len(todo) <= IN_THIS_PROCESS:
        runner = ThreadPoolTaskRunner(max_workers=1)  # a late file or two: not worth starting workers (~3 s)
    if todo:
        progress.start("extract", len(todo))
        with _workers_share_the_server():
            for sha, found in extract_files.with_options(task_runner=runner)(list(todo.values()),
                                                                              str(cache_folder(campaign))).items():
                result.add(sha, found)
    else:
        progress.skip("extract", result.cached)
    get_run_logger().info(extraction_summary(result))
    return {"new": result.new, "cached": result.cached, "failed": result.failed}


def extraction_summary(result: Extracted) -> str:
    """This run's counts: files extracted now, files whose facts this run read from the cache."""
    return f"提取：新提取{result.new}个、沿用缓存{result.cached}个、未能提取{len(result.failed)}个"


def extract_and_reconcile(campaign: Campaign, runner: TaskRunner) -> dict:
    """The stage, inside whichever flow runs it (the extract flow, the campaign pipeline)."""
    extracted = extract_new_evidence(campaign, runner)
    checked = reconcile_claims(campaign)
    get_run_logger().info("申报%s分，有材料支撑%s分，问题%d条", checked["claimed"], checked["evidenced"],
                          len(checked["findings"]))
    return {**extracted, **checked}


@flow(name="extract", log_prints=True)
def extract_flow(folder: str, workers: int = WORKERS, dask_address: str | None = None) -> dict:
    """提取佐证材料中的事实，核对申报与材料。With a Dask scheduler address, extraction runs on that cluster."""
    return extract_and_reconcile(load_campaign(folder), task_runner(dask_address, workers))
