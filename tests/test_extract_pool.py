"""Extraction workers started ahead (`ipdocs run` starts them before collection): collection hands them each file as
soon as it has stored it, so files are extracted while collection still runs; each file once, with the facts one
process finds, counted as this run's; a file collection quarantines never reaches them; they stop at the end; workers
that die at their start cost the run nothing but new workers."""

import datetime as dt
import functools
import multiprocessing
import os
import time
from concurrent import futures
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import copy_sample
from extract_files import cases_xlsx, notice_docx, sign_in_png
from intake_files import pdf_bytes, write

from ipdocs.campaign import load_campaign
from ipdocs.extract import ocr
from ipdocs.extract.campaign import (
    AHEAD_NICE,
    Workers,
    cache_folder,
    extract_in_parallel,
    extract_one,
    new_in_inbox,
    pending,
    started_ahead,
)
from ipdocs.intake import collect as collect_module
from ipdocs.intake.collect import collect

AT = dt.datetime(2023, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def delivered(tmp_path) -> tuple:
    """The Wujiang campaign with three files delivered by one unit."""
    folder = copy_sample(tmp_path, inbox=False)
    campaign = load_campaign(folder)
    delivery = folder / "inbox" / campaign.units[0].name / "2023-12-01 1000 报送"
    delivery.mkdir(parents=True)
    notice_docx(delivery / "通知.docx")
    notice_docx(delivery / "纪要.docx", ["韶关市武江区市场监督管理局", "武市监〔2023〕7号", "关于召开专题会议的纪要"])
    cases_xlsx(delivery / "案件.xlsx")
    return folder, campaign


def loaded() -> set[str]:
    """The modules a worker has imported."""
    import sys

    return set(sys.modules)


def ocr_compiled() -> bool:
    """Whether a worker has compiled the OCR models."""
    return ocr.engine.cache_info().currsize > 0


def abort_while(flag: Path) -> None:
    """A worker start that fails while `flag` exists."""
    if flag.exists():
        os.abort()


def test_files_are_extracted_while_collection_runs_each_once_and_quarantined_ones_never(tmp_path, monkeypatch):
    folder, campaign = delivered(tmp_path)
    delivery = next((folder / "inbox" / campaign.units[0].name).iterdir())
    write(delivery / "损坏.pdf", b"%PDF-1.4 truncated")                   # quarantined by collection
    corrected = delivery.with_name("2023-12-02 1000 更正") / "通知.docx"   # supersedes 通知.docx, taken before it
    corrected.parent.mkdir()
    notice_docx(corrected, ["韶关市武江区市场监督管理局", "武市监〔2023〕8号", "关于更正的通知"])
    monkeypatch.setattr(collect_module, "FLUSH_EVERY", 1)                 # each file handed over once stored
    assert new_in_inbox(campaign) == 5                                    # what collection is about to take
    workers = Workers(1).start()
    cache = cache_folder(campaign)
    sources, during = [], []

    def taking(name: str) -> None:                                        # collection, about to take its last file
        sources.append(name)
        if len(sources) == 5:
            deadline = time.monotonic() + 240                             # a loaded machine: the worker's start
            while not list(cache.glob("*.json")) and time.monotonic() < deadline:
                time.sleep(0.1)
            during.extend(cache.glob("*.json"))

    try:
        assert len(multiprocessing.active_children()) == 1                # started before collection
        result = collect(campaign, AT, progress=taking, stored=workers.stored(campaign))
        assert during, "nothing was extracted while collection ran"
        assert result.counts["stored"] == 4 and [q[1] for q in result.quarantined] == ["2023-12-01 1000 报送/损坏.pdf"]
        made = {p.name: p.stat().st_ino for p in during}
        taken = workers.taken
        done, todo = pending(campaign, taken)
        assert len(todo) == 3 and done.cached == 0 and len(taken) == 4    # all this run's: none counted cached
        superseded = (taken - set(todo)).pop()                            # the first 通知.docx
        seen = []
        found = extract_in_parallel(list(todo.values()), cache, progress=seen.append, started=workers)
    finally:
        workers.close()
    assert multiprocessing.active_children() == [] and workers.pool is None
    assert sorted(j.sha256 for j in seen) == sorted(todo) == list(found)  # each file reported once
    assert all((cache / name).stat().st_ino == ino for name, ino in made.items())  # not extracted a second time
    for sha, job in todo.items():
        alone = extract_one(job.path, job.kind)
        assert {k: v for k, v in found[sha].items() if k not in ("file", "extractor")} == {
            k: v for k, v in alone.items() if k != "file"}
    again, left = pending(campaign)
    assert left == {} and again.cached == 3                               # all cached: nothing extracted twice
    # the superseded file is finished all the same (what is cached does not depend on timing); the quarantined one
    # never reached the workers
    assert sorted(p.name for p in cache.iterdir()) == sorted(f"{s}.json" for s in [*todo, superseded])


def test_workers_that_die_at_their_start_ahead_are_replaced_and_nothing_is_lost(tmp_path):
    flag = tmp_path / "fail-start"
    flag.touch()
    start = functools.partial(abort_while, flag)
    workers = Workers(2, initializer=start).start()                       # every worker dies at its start
    _folder, campaign = delivered(tmp_path)
    futures.wait(workers.ready)
    assert all(isinstance(f.exception(), BrokenProcessPool) for f in workers.ready)
    collect(campaign, AT, stored=workers.stored(campaign))                # handed to dead workers: kept for later
    _, todo = pending(campaign, workers.taken)
    assert len(todo) == 3 and workers.taken == set(todo)
    flag.unlink()                                                         # workers started now start well
    found = extract_in_parallel(list(todo.values()), cache_folder(campaign), initializer=start, started=workers)
    assert multiprocessing.active_children() == [] and workers.pool is None
    assert list(found) == list(todo) and not any("error" in f for f in found.values())
    assert all(f["doc_numbers"] or f["tables"] for f in found.values())


def test_the_pipeline_starts_workers_ahead_only_when_collection_will_store_more_than_a_late_file_or_two(tmp_path):
    from flows.extract import workers_ahead

    _folder, campaign = delivered(tmp_path)                               # three new files: more than two
    with workers_ahead(campaign, wanted=False) as workers:                # a rerun from extraction, one unit's
        assert workers is None and multiprocessing.active_children() == []
    with workers_ahead(campaign) as workers:
        assert workers is not None and len(multiprocessing.active_children()) == 2
    assert multiprocessing.active_children() == []                        # not used: stopped on leaving
    with started_ahead(campaign) as early:                                # `ipdocs run`, before importing Prefect
        assert early is not None and len(multiprocessing.active_children()) == 2
        with workers_ahead(campaign) as workers:
            assert workers is early and len(multiprocessing.active_children()) == 2  # the same, not two more
            futures.wait(early.ready)                                     # started: they yield to the run's process
            mine = os.getpriority(os.PRIO_PROCESS, 0)
            assert [os.getpriority(os.PRIO_PROCESS, p.pid) for p in multiprocessing.active_children()] == [
                min(mine + AHEAD_NICE, 19)] * 2
            # the readers are loaded; the OCR models wait for a file that needs them (this campaign has none)
            assert [early.pool.submit(ocr_compiled).result() for _ in range(2)] == [False, False]
            assert "ipdocs.extract.text" in early.pool.submit(loaded).result()
    assert multiprocessing.active_children() == []
    collect(campaign, AT)
    with workers_ahead(campaign) as workers:                              # nothing new in the inbox
        assert workers is None and multiprocessing.active_children() == []



def test_workers_of_the_ipdocs_launcher_do_not_import_the_cli(tmp_path):
    """pip's `ipdocs` launcher is a script that imports the CLI; a spawned worker would run it again (typer, rich,
    the rubric engine: ~0.5 CPU-s each) though it needs only the extractor."""
    import subprocess
    import sys

    launcher = tmp_path / "ipdocs"
    launcher.write_text(
        "import sys\nfrom ipdocs.cli import main\n"                       # what pip writes, less the call
        "if __name__ == '__main__':\n"
        "    from concurrent import futures\n"
        "    from ipdocs.extract.campaign import Workers\n"
        f"    sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "    from test_extract_pool import loaded\n"
        "    workers = Workers(1).start()\n"
        "    futures.wait(workers.ready)\n"
        "    modules = workers.pool.submit(loaded).result()\n"
        "    workers.close()\n"
        "    print(sorted(m for m in modules if m in ('ipdocs.cli', 'typer', 'ipdocs.extract.text')))\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(launcher)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['ipdocs.extract.text']"


def test_the_biggest_new_files_are_read_before_collection_stores_them_with_the_facts_of_the_stored_file(tmp_path):
    """`ipdocs run` gives its workers the biggest new scans and photos at once, so that they do not idle while the
    run's own process starts: each is checked as collection checks it (one it refuses is never cached) and read
    with the facts the stored file gives; collection then finds it taken, and it is extracted once."""
    folder, campaign = delivered(tmp_path)                                # two Word files and a workbook
    delivery = next((folder / "inbox" / campaign.units[0].name).iterdir())
    write(delivery / "损坏.pdf", b"%PDF-1.4 truncated" + b" " * 400_000)  # the biggest: collection refuses it
    sign_in_png(delivery / "签到表.png")                                   # a photo (OCR)
    write(delivery / "空白.pdf", pdf_bytes(1))                            # the smallest: left to collection
    cache = cache_folder(campaign)
    workers = Workers(2).start()
    try:
        workers.ahead_of_collection(campaign)
        assert sorted(j.name for j in workers.jobs.values()) == ["损坏.pdf", "签到表.png"]
        assert not (folder / "store").exists()                            # before anything is stored
        futures.wait(list(workers.submitted), timeout=240)
        photo = next(j for j in workers.jobs.values() if j.name == "签到表.png")
        assert [p.name for p in cache.glob("*.json")] == [f"{photo.sha256}.json"]  # not the refused file's
        made = (cache / f"{photo.sha256}.json").stat().st_ino
        result = collect(campaign, AT, stored=workers.stored(campaign))
        assert result.counts["stored"] == 5 and [q[1] for q in result.quarantined] == ["2023-12-01 1000 报送/损坏.pdf"]
        _, todo = pending(campaign, workers.taken)
        found = extract_in_parallel(list(todo.values()), cache, started=workers)
    finally:
        workers.close()
    assert multiprocessing.active_children() == []
    assert (cache / f"{photo.sha256}.json").stat().st_ino == made        # not extracted a second time
    assert sorted(found) == sorted(todo) == sorted(p.stem for p in cache.glob("*.json"))
    stored = todo[photo.sha256]                                           # read from the store, alone
    assert stored.path.startswith(str(folder / "store")) and not stored.unstored
    assert {k: v for k, v in found[photo.sha256].items() if k != "extractor"} == {
        **extract_one(stored.path, stored.kind), "file": "签到表.png"}
    assert found[photo.sha256]["ocr_pages"] and found[photo.sha256]["attendance"]["count"] == 7  # the photo, read
