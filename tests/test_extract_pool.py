"""Extraction workers started ahead (`ipdocs run` starts them while collection still stores the inbox): they exist
before collection ends, take only what is new once it has ended, extract each file once with the facts one
process finds, and stop; workers that die at their start cost the run nothing but new workers."""

import datetime as dt
import functools
import multiprocessing
import os
from concurrent import futures
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import copy_sample
from extract_files import cases_xlsx, notice_docx

from ipdocs.campaign import load_campaign
from ipdocs.extract.campaign import Workers, cache_folder, extract_in_parallel, extract_one, new_in_inbox, pending
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


def abort_while(flag: Path) -> None:
    """A worker start that fails while `flag` exists."""
    if flag.exists():
        os.abort()


def test_workers_started_before_collection_ends_extract_each_new_file_once(tmp_path):
    _folder, campaign = delivered(tmp_path)
    assert new_in_inbox(campaign) == 3                                    # what collection is about to take
    workers = Workers(2).start()
    try:
        assert len(multiprocessing.active_children()) == 2                # started before collection
        collect(campaign, AT)
        assert new_in_inbox(campaign) == 0
        result, todo = pending(campaign)
        assert len(todo) == 3 and result.cached == 0
        seen = []
        found = extract_in_parallel(list(todo.values()), cache_folder(campaign), progress=seen.append,
                                    started=workers)
    finally:
        workers.close()
    assert multiprocessing.active_children() == [] and workers.pool is None
    assert sorted(j.sha256 for j in seen) == sorted(todo) == list(found)  # each file reported once
    for sha, job in todo.items():
        alone = extract_one(job.path, job.kind)
        assert {k: v for k, v in found[sha].items() if k not in ("file", "extractor")} == {
            k: v for k, v in alone.items() if k != "file"}
    again, left = pending(campaign)
    assert left == {} and again.cached == 3                               # all cached: nothing extracted twice
    assert sorted(p.name for p in cache_folder(campaign).iterdir()) == sorted(f"{s}.json" for s in todo)


def test_workers_that_die_at_their_start_ahead_are_replaced_and_nothing_is_lost(tmp_path):
    flag = tmp_path / "fail-start"
    flag.touch()
    start = functools.partial(abort_while, flag)
    workers = Workers(2, initializer=start).start()                       # every worker dies at its start
    _folder, campaign = delivered(tmp_path)
    collect(campaign, AT)
    futures.wait(workers.ready)
    assert all(isinstance(f.exception(), BrokenProcessPool) for f in workers.ready)
    _, todo = pending(campaign)
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
    collect(campaign, AT)
    with workers_ahead(campaign) as workers:                              # nothing new in the inbox
        assert workers is None and multiprocessing.active_children() == []

