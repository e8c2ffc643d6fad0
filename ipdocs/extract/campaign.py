"""Facts for every received evidence file, cached by content hash (out/extract/<sha256>.json), so a rerun
extracts nothing twice; a cached result made by another version of the extractor is extracted again.

`extract_one` is the work for one file. Who runs it over the new files is the caller's choice: one after
another in this process (`extract_campaign`: `ipdocs extract`, reconciliation), on local worker processes, one
per core (`extract_in_parallel`: `ipdocs run`), or one Prefect task per file on a Dask cluster
(flows/extract.py); either way `pending` says what is new and `keep` caches each result as it is made, so a
stopped run loses only the files in flight. The PDF/OCR stack is imported only when a file is read: a run with
nothing new does not pay for it."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from ipdocs.campaign.model import Campaign
from ipdocs.intake.ledger import Ledger

EXTRACTABLE = {"pdf", "docx", "xlsx", "jpg", "png", "tiff"}
WORKERS = os.cpu_count() or 1  # extraction is CPU-bound: one worker process per core
LOST = "无法提取：提取进程意外退出（文件可能损坏；下次运行会再试）"


@dataclass
class Extracted:
    facts: dict[str, dict] = field(default_factory=dict)  # sha256 → facts (or {"error": …})
    new: int = 0  # extracted by this run
    cached: int = 0  # read from the cache by this run

    def add(self, sha256: str, found: dict) -> None:
        """A file this run extracted."""
        self.facts[sha256] = found
        self.new += 1

    @property
    def failed(self) -> list[str]:
        """Files that could not be read, this run or an earlier one."""
        return sorted(f["file"] for f in self.facts.values() if "error" in f)


@dataclass(frozen=True)
class Job:
    """One stored file to extract: plain strings, so it crosses to a worker process or a cluster."""
    sha256: str
    path: str
    kind: str
    name: str


def cache_folder(campaign: Campaign) -> Path:
    return campaign.out / "extract"


@cache
def extractor_version() -> str:
    """A digest of the extractor's code and vocabularies: an improved extractor reads every file again."""
    h = hashlib.sha256()
    for p in sorted(Path(str(files("ipdocs.extract"))).glob("*.*")):
        if p.suffix in (".py", ".yaml"):
            h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def cached_facts(campaign: Campaign, sha256: str) -> dict | None:
    """The facts of one stored file as this version of the extractor found them, or None."""
    return _cached(cache_folder(campaign), sha256)


def _cached(cache: Path, sha256: str) -> dict | None:
    path = cache / f"{sha256}.json"  # written whole or not at all (`keep`)
    if not path.is_file():
        return None
    found = json.loads(path.read_text(encoding="utf-8"))
    return found if found.get("extractor") == extractor_version() else None


def extract_one(path: str, kind: str) -> dict:
    from ipdocs.extract.facts import facts
    from ipdocs.extract.text import read_document

    try:
        return facts(read_document(Path(path), kind))
    except Exception as exc:  # a damaged file must not stop the others; the reason is kept
        return {"file": Path(path).name, "error": f"无法提取：{type(exc).__name__}: {exc}"}


def pending(campaign: Campaign) -> tuple[Extracted, dict[str, Job]]:
    """What is already extracted (from the cache) and what is not, by content hash."""
    items = [i for i in Ledger(campaign.folder).current_items() if i.role == "evidence" and i.type in EXTRACTABLE]
    cache = cache_folder(campaign)
    cache.mkdir(parents=True, exist_ok=True)
    result = Extracted()
    todo: dict[str, Job] = {}
    for item in items:
        cached = cached_facts(campaign, item.sha256)
        if cached is not None:
            result.facts[item.sha256] = cached
            result.cached += 1
        elif item.sha256 not in todo:
            todo[item.sha256] = Job(item.sha256, str(campaign.folder / item.store_path), item.type, item.name)
    return result, dict(sorted(todo.items()))


def keep(cache: Path, job: Job, found: dict, version: str = "") -> dict:
    """Cache one file's facts in `cache` (cache_folder): whole or absent, like the store. `version`: the extractor
    version of the run that asked (a worker is told it, so that code edited during a run cannot make the run's
    own results look stale to it)."""
    found = {**found, "file": job.name, "extractor": version or extractor_version()}
    partial = cache / f"{job.sha256}.json.part"
    partial.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(cache / f"{job.sha256}.json")
    return found


def extract_campaign(campaign: Campaign, progress: Callable[[str], None] | None = None) -> Extracted:
    """The new files one after another, in this process (no Prefect, no pool)."""
    result, todo = pending(campaign)
    for job in todo.values():
        result.add(job.sha256, extract_job(job, str(cache_folder(campaign))))
        if progress:
            progress(job.name)
    return result


def extract_job(job: Job, cache: str, version: str = "") -> dict:
    """One file, extracted and cached (in a worker process: a stopped run keeps what its workers finished)."""
    return keep(Path(cache), job, extract_one(job.path, job.kind), version)


def extract_in_parallel(jobs: list[Job], cache: Path, workers: int = WORKERS, initializer=None,
                        progress: Callable[[Job], None] | None = None) -> dict[str, dict]:
    """The jobs on up to `workers` local processes (spawned: the PDF and OCR libraries are not fork-safe), the
    biggest files first so that a long scan does not start last; sha256 → facts. However this ends — an
    error, Ctrl+C, SIGTERM — no worker outlives it: they are terminated, not left to finish their files.
    A worker that dies (a file crashing a PDF library) costs one retry of the files left, then those files are
    reported as not extracted, and not cached, so the next run tries them again."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    found: dict[str, dict] = {}
    todo = sorted(jobs, key=lambda j: (-_size(j.path), j.sha256))
    version = extractor_version()
    for attempt in (1, 2):
        pool = ProcessPoolExecutor(max_workers=max(1, min(workers, len(todo))), mp_context=get_context("spawn"),
                                   initializer=initializer)
        try:
            futures = {pool.submit(extract_job, job, str(cache), version): job for job in todo}
            for future in as_completed(futures):
                job = futures[future]
                found[job.sha256] = future.result()
                if progress:
                    progress(job)
            break
        except BrokenProcessPool:
            # what the workers cached before the pool broke
            found.update({j.sha256: f for j in todo if j.sha256 not in found and (f := _cached(cache, j.sha256))})
            todo = [job for job in todo if job.sha256 not in found]
            if attempt == 2:
                found.update({job.sha256: {"file": job.name, "error": LOST} for job in todo})
        except BaseException:
            _terminate(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return dict(sorted(found.items()))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _terminate(pool) -> None:
    """Stop the pool's workers now (shutdown alone waits for the files in flight: OCR takes many seconds)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
