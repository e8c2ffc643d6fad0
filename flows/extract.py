"""Extraction and reconciliation, orchestrated. What is new is asked of `ipdocs.extract.campaign` (its
content-hash cache). The new files are extracted by one Prefect task on local worker processes, one per core
(`extract_in_parallel`: a Prefect task per file cost more than reading a text PDF, and a Prefect-aware worker
seconds to start), or, given a Dask scheduler address, by one Prefect task per file on that cluster; a late
file or two is read in this process. When the inbox holds many files collection has not taken yet, the
pipeline starts the workers before collecting (`workers_ahead`) and collection hands them each file as soon as it
has stored it, so that their start and the first files' extraction overlap collection.
Then the claims are reconciled with the evidence (`ipdocs.reconcile`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner

from flows.base import flow
from flows.timing import timed
from ipdocs.base.numbers import fmt
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.extract.campaign import (
    IN_THIS_PROCESS,
    WORKERS,
    Extracted,
    Job,
    Workers,
    cache_folder,
    claim_ahead,
    extract_in_parallel,
    extract_job,
    extract_one,
    keep,
    new_in_inbox,
    pending,
)
from ipdocs.output import progress
from ipdocs.reconcile import reconcile, write_reconciliation


def task_runner(dask_address: str | None = None) -> TaskRunner | None:
    """Where the per-file tasks run: the Dask cluster at `dask_address`; None: no per-file tasks, the files are
    extracted on this machine's worker processes (`extract_here`)."""
    if not dask_address:
        return None
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=dask_address)


@contextmanager
def workers_ahead(campaign: Campaign, wanted: bool = True) -> Iterator[Workers | None]:
    """Extraction's worker processes, started now — before collection — when `wanted` and the inbox holds more
    files collection has not taken than this process would read itself (those `ipdocs run` started at its own
    start, if it did: `started_ahead`); else None. Whatever extraction did not use is stopped on leaving. A failed
    start costs nothing but the attempt: extraction starts workers anew."""
    workers = claim_ahead(campaign) if wanted else None
    if workers is None and wanted and new_in_inbox(campaign) > IN_THIS_PROCESS:
        try:
            workers = Workers(WORKERS).start()
        except OSError as exc:  # no process could be started now: extraction tries again when it needs them
            get_run_logger().warning("提取进程未能提前启动（%s），将在收取后启动", exc)
        else:
            workers.ahead_of_collection(campaign)
    try:
        yield workers
    finally:
        if workers is not None:
            workers.close()


@task(cache_policy=NO_CACHE, task_run_name="提取新材料")
def extract_here(jobs: list[Job], cache: str, workers: int = WORKERS, started: Workers | None = None
                 ) -> dict[str, dict]:
    """The new files on local worker processes — `started` ones if the pipeline started them ahead — or, without
    those, here for a late file or two; each cached as it is done."""
    def done(_job: Job) -> None:
        progress.advance("extract")

    if len(jobs) <= IN_THIS_PROCESS and started is None:
        found = {}
        for job in jobs:
            found[job.sha256] = extract_job(job, cache)
            done(job)
        return found
    return extract_in_parallel(jobs, Path(cache), workers, progress=done, started=started)


@task(cache_policy=NO_CACHE, retries=1, task_run_name="提取：{job.name}")  # a retry covers a lost worker
def extract_file(job: Job) -> dict:
    return extract_one(job.path, job.kind)


@flow(name="extract-files")
def extract_files(jobs: list[Job], cache: str) -> dict[str, dict]:
    """On a cluster: one task per file on this flow's task runner; each result is cached as it arrives, so a
    stopped run loses only the files in flight."""
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


def extract_new_evidence(campaign: Campaign, runner: TaskRunner | None = None, workers: int = WORKERS,
                         started: Workers | None = None) -> dict:
    """The files not extracted yet, here, on `started` workers or on `runner` (task_runner()); this run's counts.
    What `started` workers took while collection ran counts as new, done or not."""
    taken = started.taken if started is not None else set()
    result, todo = pending(campaign, taken)  # a look at the cache: not worth a task of its own
    if started is not None and not taken and (not todo or runner is not None):
        started.close()  # started ahead for nothing: collection stored no new file, or a cluster extracts
        started = None
    if todo or taken:
        progress.start("extract", len(todo))
        jobs, cache = list(todo.values()), str(cache_folder(campaign))
        made = (extract_here(jobs, cache, workers, started) if runner is None
                else extract_files.with_options(task_runner=runner)(jobs, cache))
        for sha, found in made.items():
            result.add(sha, found)
    else:
        progress.skip("extract", result.cached)
    get_run_logger().info(extraction_summary(result))
    return {"new": result.new, "cached": result.cached, "failed": result.failed}


def extraction_summary(result: Extracted) -> str:
    """This run's counts: files extracted now, files whose facts this run read from the cache."""
    return f"提取：新提取{result.new}个、沿用缓存{result.cached}个、未能提取{len(result.failed)}个"


def extract_and_reconcile(campaign: Campaign, runner: TaskRunner | None = None, workers: int = WORKERS,
                          started: Workers | None = None) -> dict:
    """The stage, inside whichever flow runs it (the extract flow, the campaign pipeline); `started`: the pipeline's
    workers_ahead."""
    with timed("extract"):
        extracted = extract_new_evidence(campaign, runner, workers, started)
    with timed("reconcile"):
        checked = reconcile_claims(campaign)
    get_run_logger().info("申报%s分，有材料支撑%s分，问题%d条", checked["claimed"], checked["evidenced"],
                          len(checked["findings"]))
    return {**extracted, **checked}


@flow(name="extract", log_prints=True)
def extract_flow(folder: str, workers: int = WORKERS, dask_address: str | None = None) -> dict:
    """提取佐证材料中的事实，核对申报与材料。With a Dask scheduler address, extraction runs on that cluster."""
    return extract_and_reconcile(load_campaign(folder), task_runner(dask_address), workers)
