"""LibreOffice started ahead of a run's PDF conversion (issue 16: its start off the cold run's critical path): the
conversion hands its files to the running instance and gets the same bytes as a plain start; the instance ends
after converting, is stopped when the run leaves without using it (success or error), dies with its parent under
`kill -9`, and a conversion whose instance is gone starts LibreOffice itself."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx
import pytest

from flows.render import converter_ahead
from ipdocs.output import libreoffice as lo
from ipdocs.output import progress

ROOT = Path(__file__).resolve().parents[1]
needs_soffice = pytest.mark.skipif(lo.soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture
def report(tmp_path):
    document = docx.Document()
    document.add_heading("韶关市武江区知识产权保护工作自评报告", 0)
    document.add_paragraph("2023年11月13日召开专题会议，研究部署知识产权保护工作。" * 6)
    path = tmp_path / "报告.docx"
    document.save(path)
    return path


def _gone(pid: int, within: float = 10) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie: dead, not yet reaped
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                return True
        time.sleep(0.1)
    return False


def _started() -> "lo._Instance":
    assert lo.start_ahead()
    instance = lo._ahead[os.getpid()]
    assert instance.alive()
    return instance


@needs_soffice
def test_the_conversion_uses_the_instance_started_ahead_and_gives_the_same_bytes(report, tmp_path):
    plain = lo.convert([report], "pdf", tmp_path / "plain")[report].read_bytes()
    with lo.ahead():
        instance = _started()
        time.sleep(1)  # as in a run: the instance is up (or nearly) when the documents are ready
        made = lo.convert([report], "pdf", tmp_path / "ahead")[report].read_bytes()
        assert os.getpid() not in lo._ahead                       # used once, by this conversion
    # an idle headless instance never ends by itself: it ended (0, not killed) because it converted the files
    assert instance.process.returncode == 0 and instance.done.is_set()
    assert plain[:5] == b"%PDF-" and made == plain
    assert instance.profile in lo._free[os.getpid()]              # its profile is reused by the next start


@needs_soffice
@pytest.mark.parametrize("how", ["success", "error"])
def test_an_instance_no_conversion_used_is_stopped_when_the_run_leaves(how):
    with pytest.raises(RuntimeError) if how == "error" else pytest.MonkeyPatch.context():
        with lo.ahead():
            instance = _started()
            if how == "error":
                raise RuntimeError("the run failed")
    assert instance.done.is_set() and instance.process.returncode == -signal.SIGKILL
    assert _gone(instance.process.pid) and not instance.profile.exists()  # a killed instance's profile is dropped
    assert os.getpid() not in lo._ahead


@needs_soffice
def test_a_conversion_whose_instance_is_gone_starts_libreoffice_itself(report, tmp_path):
    with lo.ahead():
        instance = _started()
        os.killpg(instance.process.pid, signal.SIGKILL)
        instance.done.wait(10)
        made = lo.convert([report], "pdf", tmp_path / "out")[report]
    assert made.read_bytes()[:5] == b"%PDF-"


@needs_soffice
def test_the_instance_dies_with_its_parent_killed_by_sigkill(tmp_path):
    script = ("import os, sys, time\nfrom ipdocs.output import libreoffice as lo\nlo.start_ahead()\n"
              "i = lo._ahead[os.getpid()]\nassert i.alive()\nprint(i.process.pid, flush=True)\ntime.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        instance = int(parent.stdout.readline())
        deadline = time.monotonic() + 10  # setpriv execs it
        while Path(f"/proc/{instance}/exe").resolve().name != "soffice.bin" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert Path(f"/proc/{instance}/exe").resolve().name == "soffice.bin"
        parent.kill()
        parent.wait()
        assert _gone(instance)
    finally:
        parent.kill()
        parent.wait()


def test_the_pipeline_starts_libreoffice_when_extraction_is_down_to_its_last_file(monkeypatch):
    """Two workers: the instance starts when one file is left in flight (a core is free), not before; a run whose
    extraction and rendering are skipped starts none; without PDFs, none."""
    calls = []
    monkeypatch.setattr(lo, "start_ahead", lambda: calls.append(progress._steps["extract"].done) or True)
    monkeypatch.setattr("flows.render.WORKERS", 2)
    progress.reset()
    with converter_ahead(True):
        progress.start("extract", 4)
        progress.advance("extract")
        progress.advance("extract")
        assert calls == []
        progress.advance("extract")
        assert calls == [3]
    progress.reset()
    with converter_ahead(True):
        progress.skip("extract", 300)
        progress.skip("render", 3)
    with converter_ahead(False):
        progress.start("extract", 1)
        progress.start("render", 3)
    assert calls == [3]
    with converter_ahead(True):  # extraction had nothing new, rendering runs: started as rendering starts
        progress.skip("extract", 300)
        progress.start("render", 3)
    assert calls == [3, 300]


def test_a_rerun_whose_documents_were_converted_before_starts_no_instance_ahead(monkeypatch, tmp_path):
    """Once a run has recorded the documents' PDFs, a rerun converts only Word files that come out different —
    usually none: it starts no instance ahead, at the extraction's last file or at rendering (the conversion starts
    one itself if it must). Before that first conversion (a cold run), it does."""
    from types import SimpleNamespace

    from ipdocs.render.fingerprint import RENDER_KEY, Record

    calls = []
    monkeypatch.setattr(lo, "start_ahead", lambda: calls.append(True) or True)
    monkeypatch.setattr("flows.render.WORKERS", 2)
    campaign = SimpleNamespace(out=tmp_path / "out")
    campaign.out.mkdir()

    def a_run():
        progress.reset()
        with converter_ahead(True, campaign):
            progress.start("extract", 1)  # a late file, read in the run's own process: the other core idles
            progress.start("render", 3)

    a_run()
    assert calls == [True, True]  # no PDF recorded yet: started (the second call finds it started)
    (campaign.out / "自评报告.pdf").write_bytes(b"%PDF-1.7")
    Record.read(campaign.out / RENDER_KEY).keep("render", "k", campaign.out, {})
    a_run()
    assert calls == [True, True, True, True]  # the render record alone says nothing about PDFs
    Record.read(campaign.out / RENDER_KEY).keep("pdf:自评报告.docx", "k", campaign.out, ["自评报告.pdf"],
                                                ["自评报告.pdf"])
    a_run()
    assert calls == [True, True, True, True]


def test_a_run_ending_at_once_removes_its_private_profiles():
    """`ipdocs run` ends with os._exit (flows.server.exit_now), which runs no atexit handler: the private profiles
    go all the same."""
    script = ("from ipdocs.output import libreoffice as lo\nfrom flows.server import exit_now\n"
              "with lo._profile() as a:\n    pass\nprint(a, flush=True)\nexit_now(0)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    profile = Path(done.stdout.strip())
    assert profile.name.startswith("ipdocs-lo-") and not profile.exists()


def test_a_conversion_under_way_in_another_thread_is_killed_when_the_run_stops(tmp_path):
    """SIGTERM during collection's .doc conversion: the run leaves by os._exit, which would leave the converting
    LibreOffice (its own process group) running; `stop_all` kills it, its whole group, from any thread."""
    child = tmp_path / "child.pid"
    result = {}
    # a stand-in for soffice: a launcher whose child (like soffice.bin) would outlive it
    command = ["sh", "-c", f"sleep 60 & echo $! > {child}; wait"]
    worker = threading.Thread(target=lambda: result.setdefault("code", lo._run(command, 120)))
    worker.start()
    deadline = time.monotonic() + 10
    while not (lo._running and child.exists() and child.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    grandchild = int(child.read_text())
    lo.stop_all()
    worker.join(10)
    assert not worker.is_alive() and result["code"] == -signal.SIGKILL and not lo._running
    time.sleep(0.2)
    stat = Path(f"/proc/{grandchild}/stat")  # the launcher's child went with the group (gone, or a zombie)
    assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
