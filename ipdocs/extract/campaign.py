"""Facts for every received evidence file, cached by content hash (out/extract/<sha256>.json), so a rerun
extracts nothing twice; a cached result made by another version of the extractor is extracted again.

`extract_one` is the work for one file. Who runs it over the new files is the caller's choice: one after
another in this process (`extract_campaign`: `ipdocs extract`, reconciliation), on local worker processes, one
per core (`extract_in_parallel`: `ipdocs run`, on `Workers` started before collection, which extract each file
as soon as collection has stored it), or one Prefect task per file on a Dask cluster (flows/extract.py); either
way `pending` says what is new and `keep` caches each result as it is made, so a stopped run loses only the files
in flight. The PDF/OCR stack is imported only when a file is read: a run with nothing new does not pay for it."""

from __future__ import annotations

import hashlib
import heapq
import json
import multiprocessing.context
import os
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: a worker process unpickling a Job loads no campaign model or ledger
    from concurrent.futures import Future

    from ipdocs.campaign.model import Campaign
    from ipdocs.intake.ledger import Item

EXTRACTABLE = {"pdf", "docx", "xlsx", "jpg", "png", "tiff"}
WORKERS = os.cpu_count() or 1  # extraction is CPU-bound: one worker process per core
LOST = "无法提取：提取进程意外退出（文件可能损坏；下次运行会再试）"
NOT_TAKEN = "not taken"  # an unstored file that collection will refuse (never cached, never among a run's facts)
IN_THIS_PROCESS = 2  # at most this many new files are extracted by the run's own process, without workers (~2 s)
# Workers started ahead run at this niceness: two of them beside the run's own process on two cores, the scheduler
# then keeps that process on a core of its own (its start and collection are the run's critical path; at nice 0
# it got two thirds of one, its start ~2 s slower) while they warm up and extract on the other
AHEAD_NICE = 3


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
    """One stored file to extract: plain strings, so it crosses to a worker process or a cluster. `unstored`: an
    inbox file that collection has not stored yet (`Workers.ahead_of_collection`)."""
    sha256: str
    path: str
    kind: str
    name: str
    unstored: bool = False


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


def pending(campaign: Campaign, taken: Collection[str] = ()) -> tuple[Extracted, dict[str, Job]]:
    """What is already extracted (from the cache) and what is not, by content hash. `taken`: files this run's
    workers took while collection ran (`Workers.taken`): new to this run even if their worker has cached them."""
    from ipdocs.intake.ledger import Ledger

    items = [i for i in Ledger(campaign.folder).current_items() if i.role == "evidence" and i.type in EXTRACTABLE]
    cache = cache_folder(campaign)
    cache.mkdir(parents=True, exist_ok=True)
    result = Extracted()
    todo: dict[str, Job] = {}
    for item in items:
        cached = cached_facts(campaign, item.sha256) if item.sha256 not in taken else None
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
    """One file, extracted and cached (in a worker process: a stopped run keeps what its workers finished). An
    unstored one is first checked as collection checks it — one that does not open is left to collection, which
    refuses it: nothing is cached — and read from a copy named as the store names it, so that its facts are those of
    the stored file."""
    if not job.unstored:
        return keep(Path(cache), job, extract_one(job.path, job.kind), version)
    import shutil
    import tempfile

    from ipdocs.intake.filetype import EXTENSIONS
    from ipdocs.intake.store import sha256_of
    from ipdocs.intake.validate import problem

    if problem(Path(job.path), job.kind) is not None:
        return {"file": job.name, "error": NOT_TAKEN}
    with tempfile.TemporaryDirectory(prefix="ipdocs-ahead-") as folder:
        copy = Path(folder) / f"{job.sha256}{EXTENSIONS[job.kind]}"
        shutil.copyfile(job.path, copy)
        if sha256_of(copy) != job.sha256:  # changed since: collection takes what it finds then
            return {"file": job.name, "error": NOT_TAKEN}
        return keep(Path(cache), job, extract_one(str(copy), job.kind), version)


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
    """Extraction worker processes, one per core (spawned: the PDF and OCR libraries are not fork-safe), started
    before the files are known: `ipdocs run` starts them before collection, each loads the PDF/DOCX/XLSX readers
    (the OCR models at its first scan or photo) while collection begins, and `stored` hands them each file as soon as
    collection has stored it, the biggest waiting file first (a scan does not wait behind the text files stored
    before it). `extract_in_parallel(…, started=…)` then takes what they have done and are doing, gives them what
    is left, and stops them; `close` stops them if it never ran. A file is given to them once; one that collection
    quarantines never reaches them (they are told only of stored items)."""

    AHEAD = 2  # files per worker handed to the pool at once; the rest wait here, biggest first

    def __init__(self, workers: int = WORKERS, initializer: Callable[[], None] | None = None) -> None:
        self.workers, self.initializer, self.pool, self.ready = workers, initializer, None, []
        self.lock = threading.RLock()  # a done callback may run at once, in the thread that submits
        self.jobs: dict[str, Job] = {}  # every file given, by content hash
        self.submitted: dict[Future, Job] = {}
        self.waiting: list[tuple[int, str, Job]] = []  # heap: the biggest file first
        self.running, self.cache, self.version = 0, "", ""

    def start(self) -> Workers:
        """The processes, started now, each loading the readers before it takes a file."""
        if self.pool is None:
            self.pool = _pool(self.workers, self.initializer, warm=True)
            try:  # the pool spawns one process per submission until it has them all; done once one has started
                self.ready = [self.pool.submit(_ready) for _ in range(self.workers)]
            except BaseException:
                self.close()
                raise
        return self

    def stored(self, campaign: Campaign) -> Callable[[list[Item]], None]:
        """Collection's hook (`ipdocs.intake.collect.collect(…, stored=…)`): the evidence files among the items it
        has just recorded are extracted from now on, unless this extractor has cached them already."""
        cache = cache_folder(campaign)
        cache.mkdir(parents=True, exist_ok=True)

        def hook(items: list[Item]) -> None:
            self.give(cache, (Job(i.sha256, str(campaign.folder / i.store_path), i.type, i.name) for i in items
                              if i.role == "evidence" and i.type in EXTRACTABLE and _cached(cache, i.sha256) is None))
        return hook

    def give(self, cache: Path, jobs: Iterable[Job]) -> None:
        """Files to extract into `cache`, each once; ignored unless the workers run and no extraction took them."""
        with self.lock:
            if self.pool is None:
                return
            self.cache, self.version = str(cache), self.version or extractor_version()
            for job in jobs:
                if job.sha256 not in self.jobs:
                    self.jobs[job.sha256] = job
                    heapq.heappush(self.waiting, (-_size(job.path), job.sha256, job))
            self._submit()

    def ahead_of_collection(self, campaign: Campaign) -> None:
        """The biggest new inbox files (scans, photos: the longest to read), one per worker, given now — before
        collection stores them — so that the workers do not idle, started, while the run's own process is still
        starting (imports, the flow run) and collection has stored nothing; collection then finds them taken."""
        from ipdocs.intake.collect import biggest_new

        try:
            chosen = biggest_new(campaign, self.workers)
        except OSError:  # an inbox file that cannot be read now: collection says which, and why
            return
        cache = cache_folder(campaign)
        cache.mkdir(parents=True, exist_ok=True)
        self.give(cache, (Job(sha, str(path), kind, name, unstored=True) for sha, path, kind, name in chosen
                          if _cached(cache, sha) is None))

    @property
    def taken(self) -> set[str]:
        """The files given so far (content hashes): this run's, whether their worker has finished them or not."""
        with self.lock:
            return set(self.jobs)

    def _submit(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        while self.pool is not None and self.waiting and self.running < self.AHEAD * self.workers:
            job = heapq.heappop(self.waiting)[2]
            try:
                future = self.pool.submit(extract_job, job, self.cache, self.version)
            except (BrokenProcessPool, RuntimeError):  # the workers died: extraction starts new ones for the rest
                heapq.heappush(self.waiting, (-_size(job.path), job.sha256, job))
                return
            self.running += 1
            self.submitted[future] = job
            future.add_done_callback(self._done)

    def _done(self, _future) -> None:
        with self.lock:
            self.running -= 1
            self._submit()

    def take(self):
        """For the one extraction that uses them: (the started pool or None, its futures → job, the files given
        and not yet handed to the pool). The workers are given nothing more from here."""
        with self.lock:
            pool, self.pool = self.pool, None
            submitted, self.submitted = self.submitted, {}
            waiting = [job for _, _, job in sorted(self.waiting)]
            self.waiting = []
            return pool, submitted, waiting

    def close(self) -> None:
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            _terminate(pool)
            pool.shutdown(wait=True, cancel_futures=True)


def extract_in_parallel(jobs: list[Job], cache: Path, workers: int = WORKERS, initializer=None,
                        progress: Callable[[Job], None] | None = None,
                        started: Workers | None = None) -> dict[str, dict]:
    """The jobs on up to `workers` local processes (`started` ones if given: what they were given while collection
    ran is waited for, not given again), the biggest files first so that a long scan does not start last; sha256 →
    facts of `jobs`. However this ends — an error, Ctrl+C, SIGTERM — no worker outlives it: they are terminated, not
    left to finish their files. A worker that dies (a file crashing a PDF library) costs one retry of the files
    left, then those files are reported as not extracted, and not cached, so the next run tries them again; workers
    started ahead that die before returning a file cost no retry (as if they had not been started)."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    found: dict[str, dict] = {}
    wanted = {job.sha256 for job in jobs}
    pool, futures, given = started.take() if started is not None else (None, {}, [])
    # files given to the started workers but no longer wanted (superseded later in the same collection) are
    # finished all the same: what a run caches does not depend on how far its workers had got
    # (a stored file's job, where there is one, rather than the unstored one given ahead of collection)
    todo = sorted({j.sha256: j for j in [*futures.values(), *given, *jobs]}.values(),
                  key=lambda j: (-_size(j.path), j.sha256))
    version = started.version if started is not None and started.version else extractor_version()
    early, retries = pool is not None, 1
    while todo:
        pool = pool or _pool(max(1, min(workers, len(todo))), initializer)
        before = len(found)
        try:
            running = {j.sha256 for j in futures.values()}
            futures.update({pool.submit(extract_job, job, str(cache), version): job for job in todo
                            if job.sha256 not in running})
            for future in as_completed(futures):
                job = futures[future]
                found[job.sha256] = future.result()
                if progress and job.sha256 in wanted:
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
            pool, early, futures = None, False, {}
    return dict(sorted((sha, facts) for sha, facts in found.items() if sha in wanted))


_AHEAD: dict[Path, Workers] = {}  # started by `ipdocs run` (started_ahead) for the pipeline's workers_ahead


@contextmanager
def started_ahead(campaign: Campaign, wanted: bool = True) -> Iterator[Workers | None]:
    """Workers started as soon as `ipdocs run` holds the campaign's lock — before Prefect is imported and the flow
    starts — when `wanted` and the inbox holds more new files than the run reads itself: their start overlaps the
    command's, they read the biggest new files (`Workers.ahead_of_collection`), then collection hands them the files
    it stores. The pipeline's `workers_ahead` claims them
    (`claim_ahead`); on leaving they are stopped unless an extraction took them (then it has stopped them)."""
    workers = None
    if wanted and new_in_inbox(campaign) > IN_THIS_PROCESS:
        try:
            workers = _AHEAD[campaign.folder.resolve()] = Workers().start()
        except OSError:  # no process could be started now: the pipeline tries again
            workers = None
        else:
            workers.ahead_of_collection(campaign)
    try:
        yield workers
    finally:
        _AHEAD.pop(campaign.folder.resolve(), None)
        if workers is not None:
            workers.close()


def claim_ahead(campaign: Campaign) -> Workers | None:
    """The workers `started_ahead` started for this campaign in this process, once; else None."""
    return _AHEAD.pop(campaign.folder.resolve(), None)


def _pool(workers: int, initializer: Callable[[], None] | None, warm: bool = False):
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=_Spawn(), initializer=_worker_start,
                               initargs=(initializer, warm))


class _NoMainScript(multiprocessing.context.SpawnProcess):
    """A spawned process that does not run the parent's main script again. A spawned process re-runs the script its
    parent was started as (not a `python -m` module), and pip's `ipdocs` launcher imports the whole CLI (typer, rich,
    the rubric engine: ~0.5 CPU-s per worker, at the run's busiest moment) for workers that need only the extractor
    (their jobs and initializers are functions of importable modules)."""

    @staticmethod
    def _Popen(process_obj):
        main = sys.modules["__main__"]
        script = main.__dict__.pop("__file__", None) if getattr(main, "__spec__", None) is None else None
        try:  # the child's preparation data then names no main script
            return multiprocessing.context.SpawnProcess._Popen(process_obj)
        finally:
            if script is not None:
                main.__file__ = script


class _Spawn(multiprocessing.context.SpawnContext):
    Process = _NoMainScript


def _worker_start(initializer: Callable[[], None] | None, warm: bool) -> None:
    """A worker's start. It exits as soon as the process that started it is gone (a thread waits on the parent's
    sentinel, closed when it dies, `kill -9` included; not PR_SET_PDEATHSIG, which fires when the parent's *thread*
    that spawned the worker ends), so a killed run leaves no worker. It ends without the interpreter's teardown
    (~0.6 CPU-s of unloading openvino, numpy and the PDF libraries; its results are sent and its cache files whole
    by then). `warm`: it loads the readers now, not at its first file, and yields a little (AHEAD_NICE) to the run's
    own process, whose start and collection it shares the cores with. The OCR models are compiled at the first file
    that needs them (`ocr.engine`, once per process): a campaign of text files and Word files never pays for them."""
    import atexit
    import multiprocessing
    import threading

    if warm:
        os.nice(AHEAD_NICE)

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


def _exit_now() -> None:
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
