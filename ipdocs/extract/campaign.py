"""Facts for every received evidence file, cached by content hash (out/extract/<sha256>.json), so a rerun
extracts nothing twice; a cached result made by another version of the extractor is extracted again.

`extract_one` is the work for one file. Who runs it over the new files is the caller's choice: one after
another in this process (`extract_campaign`: `ipdocs extract`, reconciliation), on local worker processes, one
per core (`extract_in_parallel`: `ipdocs run`, on `Workers` it may start while collection still runs), or one
Prefect task per file on a Dask cluster (flows/extract.py); either way `pending` says what is new and `keep`
caches each result as it is made, so a stopped run loses only the files in flight. The PDF/OCR stack is imported
only when a file is read: a run with nothing new does not pay for it."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: a worker process unpickling a Job loads no campaign model or ledger
    from ipdocs.campaign.model import Campaign

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
    from ipdocs.intake.ledger import Ledger

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


def new_in_inbox(campaign: Campaign) -> int:
    """About how many inbox files collection has not taken yet (inbox files less the sources the ledger has seen
    there; an archive counts once): read before collection, to start extraction's workers while it runs."""
    from ipdocs.intake.ledger import Ledger

    inbox = campaign.folder / "inbox"
    if not inbox.is_dir():
        return 0
    files = sum(len(names) for _root, _dirs, names in os.walk(inbox))  # links are not followed
    seen = {(unit, path) for unit, path, _sha in Ledger(campaign.folder).all_seen() if "!/" not in path}
    return max(0, files - len(seen))


class Workers:
    """Extraction worker processes, one per core (spawned: the PDF and OCR libraries are not fork-safe), which may
    be started before the files are known: `ipdocs run` starts them while collection still stores the inbox, so
    their start — Python, the PDF/DOCX/XLSX readers, the OCR models' compile, ~2.5 CPU-s each — overlaps it.
    `extract_in_parallel(…, started=…)` then runs on them and stops them; `close` stops them if it never ran."""

    def __init__(self, workers: int = WORKERS, initializer: Callable[[], None] | None = None) -> None:
        self.workers, self.initializer, self.pool, self.ready = workers, initializer, None, []

    def start(self) -> Workers:
        """The processes, started now, each loading the readers and the OCR models before it takes a file."""
        if self.pool is None:
            self.pool = _pool(self.workers, self.initializer, warm=True)
            try:  # the pool spawns one process per submission until it has them all; done once one has started
                self.ready = [self.pool.submit(_ready) for _ in range(self.workers)]
            except BaseException:
                self.close()
                raise
        return self

    def take(self):
        """The started pool, handed to the one extraction that uses it; None if not started."""
        pool, self.pool = self.pool, None
        return pool

    def close(self) -> None:
        if self.pool is not None:
            _terminate(self.pool)
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def extract_in_parallel(jobs: list[Job], cache: Path, workers: int = WORKERS, initializer=None,
                        progress: Callable[[Job], None] | None = None,
                        started: Workers | None = None) -> dict[str, dict]:
    """The jobs on up to `workers` local processes (`started` ones if given), the biggest files first so that a long
    scan does not start last; sha256 → facts. However this ends — an error, Ctrl+C, SIGTERM — no worker outlives
    it: they are terminated, not left to finish their files. A worker that dies (a file crashing a PDF library)
    costs one retry of the files left, then those files are reported as not extracted, and not cached, so the next
    run tries them again; workers started ahead that die before returning a file cost no retry (as if they had
    not been started)."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    found: dict[str, dict] = {}
    todo = sorted(jobs, key=lambda j: (-_size(j.path), j.sha256))
    version = extractor_version()
    pool = started.take() if started is not None else None
    early, retries = pool is not None, 1
    while todo:
        pool = pool or _pool(max(1, min(workers, len(todo))), initializer)
        before = len(found)
        try:
            futures = {pool.submit(extract_job, job, str(cache), version): job for job in todo}
            for future in as_completed(futures):
                job = futures[future]
                found[job.sha256] = future.result()
                if progress:
                    progress(job)
            todo = []
        except BrokenProcessPool:
            # what the workers cached before the pool broke
            found.update({j.sha256: f for j in todo if j.sha256 not in found and (f := _cached(cache, j.sha256))})
            todo = [job for job in todo if job.sha256 not in found]
            if early and len(found) == before:
                pass  # the workers started ahead died before any file: start new ones, no retry spent
            elif retries:
                retries -= 1
            else:
                found.update({job.sha256: {"file": job.name, "error": LOST} for job in todo})
                todo = []
        except BaseException:
            _terminate(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            pool, early = None, False
    return dict(sorted(found.items()))


def _pool(workers: int, initializer: Callable[[], None] | None, warm: bool = False):
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_worker_start,
                               initargs=(initializer, warm))


def _worker_start(initializer: Callable[[], None] | None, warm: bool) -> None:
    """A worker's start. It exits as soon as the process that started it is gone (a thread waits on the parent's
    sentinel, closed when it dies, `kill -9` included; not PR_SET_PDEATHSIG, which fires when the parent's *thread*
    that spawned the worker ends), so a killed run leaves no worker. It ends without the interpreter's teardown
    (~0.6 CPU-s of unloading openvino, numpy and the PDF libraries; its results are sent and its cache files whole
    by then). `warm`: it loads the readers and compiles the OCR models now, not at its first file (the models are
    compiled once per process; a scan is among the first files, the biggest)."""
    import atexit
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is not None:
        def follow() -> None:
            parent.join()
            os._exit(1)

        threading.Thread(target=follow, name="ipdocs-follow-parent", daemon=True).start()
        atexit.register(_exit_now)
    if initializer:
        initializer()
    if warm:
        from ipdocs.extract import facts, ocr, text  # noqa: F401 - loaded now, used by the files to come

        ocr.engine()


def _exit_now() -> None:
    import sys

    sys.stdout.flush(), sys.stderr.flush()
    os._exit(0)


def _ready() -> None:
    """Nothing: one submitted per worker makes a pool start its processes now."""


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
