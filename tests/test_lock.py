"""One writing run per campaign: a second run waits briefly, then stops with who holds the campaign; a lock
left by a killed run is detected and cleared (and handed on so its flow run can be marked crashed); the CLI's
writing commands use it. The real two concurrent `ipdocs run` are in test_kill.py (one Prefect start)."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import copy_sample

from ipdocs.campaign.lock import LOCK_FILE, CampaignBusy, campaign_lock, holder

ROOT = Path(__file__).resolve().parents[1]
HOLD = ("import sys, time\n"
        "from ipdocs.campaign.lock import campaign_lock\n"
        "with campaign_lock(sys.argv[1], '完整流程') as held:\n"
        "    held.record(flow_run='0b6a3f6e-0000-4000-8000-000000000001')\n"
        "    print('held', flush=True)\n"
        "    time.sleep(float(sys.argv[2]))\n")


def hold(folder: Path, seconds: float = 60) -> subprocess.Popen:
    """Another process holding the campaign's lock (as a run in progress would)."""
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), str(seconds)], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert p.stdout.readline().strip() == "held"
    return p


def test_a_second_holder_waits_then_is_told_who_runs(tmp_path):
    other = hold(tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(CampaignBusy) as busy, campaign_lock(tmp_path, wait=1.0):
            pass
        assert 0.9 < time.monotonic() - started < 5                          # it waited, briefly
        message = str(busy.value)
        assert re.search(rf"另一次运行正在进行（PID {other.pid}，开始于 \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d，完整流程）",
                         message), message
        assert holder(tmp_path).pid == other.pid
    finally:
        other.kill()
        other.wait()


def test_a_waiting_run_gets_the_lock_when_the_first_ends(tmp_path):
    other = hold(tmp_path, seconds=1)
    with campaign_lock(tmp_path, wait=20) as held:
        assert held.stale is None                                            # it ended normally
        assert json.loads((tmp_path / LOCK_FILE).read_text())["pid"] == os.getpid()
    other.wait()
    assert (tmp_path / LOCK_FILE).read_text() == ""                          # released: nothing left to clear
    assert holder(tmp_path) is None


def test_a_killed_runs_lock_is_detected_and_cleared(tmp_path):
    other = hold(tmp_path)
    other.send_signal(signal.SIGKILL)
    other.wait()
    assert holder(tmp_path) is None                                          # its PID is gone
    with campaign_lock(tmp_path, wait=0) as held:                            # no waiting for a dead run
        assert held.stale.pid == other.pid
        assert held.stale.flow_run == "0b6a3f6e-0000-4000-8000-000000000001"  # to mark crashed in Prefect
        with campaign_lock(tmp_path) as nested:                              # the flow inside `ipdocs run`
            assert nested.stale == held.stale
            nested.record(flow_run="new")
        assert json.loads((tmp_path / LOCK_FILE).read_text())["flow_run"] == "new"
        assert holder(tmp_path).pid == os.getpid()                           # still held by the outer block
    assert holder(tmp_path) is None


@pytest.mark.parametrize("command", [["collect"], ["render", "--no-pdf"], ["run"]])
def test_writing_commands_stop_while_another_run_holds_the_campaign(tmp_path, command):
    folder = copy_sample(tmp_path, "yongning-2023")
    other = hold(folder)
    try:
        done = subprocess.run([sys.executable, "-m", "ipdocs", *command, str(folder)], capture_output=True,
                              text=True, env={**os.environ, "COLUMNS": "400", "PYTHONPATH": str(ROOT)}, timeout=120)
    finally:
        other.kill()
        other.wait()
    assert done.returncode == 1, done.stderr
    assert f"另一次运行正在进行（PID {other.pid}，开始于" in done.stderr
    assert not (folder / "ledger.sqlite").exists() and not (folder / "out").exists()   # nothing written


def test_sigterm_unwinds_a_run_so_its_lock_is_released(tmp_path):
    from ipdocs.campaign.lock import Terminated, stop_on_sigterm

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated) as stopped, stop_on_sigterm(), campaign_lock(tmp_path, "完整流程"):
        assert holder(tmp_path).pid == os.getpid()
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)                                            # not reached: the handler raises at once
    assert stopped.value.signum == signal.SIGTERM
    assert (tmp_path / LOCK_FILE).read_text() == "" and holder(tmp_path) is None   # released, nothing stale
    assert signal.getsignal(signal.SIGTERM) is before            # the caller's handler is back
