"""Extraction on local worker processes (`ipdocs run`), without Prefect: the same facts as one file after another,
each cached by its worker; a worker that dies is retried once, then its files are reported and not cached; an
interrupted run leaves no worker behind and does not wait for the files in flight."""

import hashlib
import json
import multiprocessing
import os
from pathlib import Path

import pytest
from extract_files import cases_xlsx, notice_docx, sign_in_png

from ipdocs.extract.campaign import LOST, Job, extract_in_parallel, extract_one, extractor_version


def job(path: Path, kind: str) -> Job:
    return Job(hashlib.sha256(path.read_bytes()).hexdigest(), str(path), kind, path.name)


@pytest.fixture
def jobs(tmp_path) -> list[Job]:
    made = [(notice_docx(tmp_path / "通知.docx"), "docx"), (cases_xlsx(tmp_path / "案件.xlsx"), "xlsx")]
    return [job(path, kind) for path, kind in made]


def test_workers_find_what_one_process_finds_and_cache_each_file(tmp_path, jobs):
    cache = tmp_path / "cache"
    cache.mkdir()
    seen = []
    found = extract_in_parallel(jobs, cache, workers=2, progress=seen.append)
    assert list(found) == sorted(j.sha256 for j in jobs) and sorted(seen, key=str) == sorted(jobs, key=str)
    for j in jobs:
        alone = extract_one(j.path, j.kind)
        assert {k: v for k, v in found[j.sha256].items() if k not in ("file", "extractor")} == {
            k: v for k, v in alone.items() if k != "file"}
        assert found[j.sha256]["file"] == j.name and "error" not in found[j.sha256]
        kept = json.loads((cache / f"{j.sha256}.json").read_text(encoding="utf-8"))  # written by the worker
        assert kept == found[j.sha256] and kept["extractor"] == extractor_version()


def test_a_worker_that_dies_is_retried_once_then_its_files_are_reported_not_cached(tmp_path, jobs):
    cache = tmp_path / "cache"
    cache.mkdir()
    found = extract_in_parallel(jobs, cache, workers=2, initializer=os.abort)  # every worker dies at start
    assert found == {j.sha256: {"file": j.name, "error": LOST} for j in sorted(jobs, key=lambda j: j.sha256)}
    assert list(cache.iterdir()) == []                                          # the next run tries them again
    assert multiprocessing.active_children() == []


def test_an_interrupted_extraction_stops_its_workers_without_finishing_the_files_in_flight(tmp_path, jobs):
    cache = tmp_path / "cache"
    cache.mkdir()
    scan = job(sign_in_png(tmp_path / "签到表.png"), "png")  # OCR: the biggest file, started first, seconds long

    def stop(_job):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_in_parallel([*jobs, scan], cache, workers=2, progress=stop)  # Ctrl+C as the first file is done
    assert multiprocessing.active_children() == []
    assert not (cache / f"{scan.sha256}.json").exists()                        # terminated, not waited for
