"""A real `ipdocs run` on a copy of the Yongning sample (temporary Prefect server, extraction worker processes):
a second `ipdocs run` on the same campaign meanwhile stops with the lock message and writes nothing; then the
first is killed with `kill -9` during extraction, and no process it started — extraction workers, the
temporary server — survives it. Its lock record stays, naming its flow run, for the next run to clear."""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conftest import copy_sample

from flows.server import PORT, api_url, healthy
from ipdocs.campaign.lock import LOCK_FILE, holder

ROOT = Path(__file__).resolve().parents[1]
MARK = "IPDOCS_TEST_KILL_MARK"


def marked(mark: str) -> dict[int, str]:
    """Live processes started (directly or not) under this test's marker: PID → command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if f"{MARK}={mark}".encode() not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            if state != "Z":  # a zombie is already dead
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
    return found


def test_second_run_stops_and_kill_9_during_extraction_leaves_no_process(tmp_path):
    folder = copy_sample(tmp_path, "yongning-2023")
    mark = uuid.uuid4().hex
    env = {**os.environ, MARK: mark, "PYTHONPATH": str(ROOT), "COLUMNS": "400", "IPDOCS_STATE_DIR": str(tmp_path),
           "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    first = subprocess.Popen([sys.executable, "-m", "ipdocs", "run", str(folder)], env=env, cwd=tmp_path,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 400
        workers = {}
        while time.monotonic() < deadline and first.poll() is None:
            workers = {pid: cmd for pid, cmd in marked(mark).items() if "multiprocessing" in cmd}
            if workers and (folder / "store").is_dir():  # the workers start first: wait for collection to store files
                break
            time.sleep(0.5)
        assert workers, "the run never reached extraction"
        server = [pid for pid, cmd in marked(mark).items() if "prefect server start" in cmd]
        assert server or healthy(api_url(PORT))  # the run's temporary server, unless one answers on 4200 already

        second = subprocess.run([sys.executable, "-m", "ipdocs", "run", str(folder)], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 1, second.stderr
        assert f"另一次运行正在进行（PID {first.pid}，开始于" in second.stderr
        assert "启动临时 Prefect 服务" not in second.stderr                 # stopped before starting anything

        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        deadline = time.monotonic() + 30
        while marked(mark) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert marked(mark) == {}                                            # workers and server died with it
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
        for pid in marked(mark):
            os.kill(pid, signal.SIGKILL)

    record = json.loads((folder / LOCK_FILE).read_text())
    assert record["pid"] == first.pid and record["flow_run"]                 # for the next run to mark crashed
    assert holder(folder) is None                                            # and to clear: its PID is dead
    import sqlite3

    with sqlite3.connect(folder / "ledger.sqlite") as db:                    # ingested once, by the first run
        rows = db.execute("select unit, path, sha256 from sources").fetchall()
        items = db.execute("select sha256 from items").fetchall()
    assert rows and len(rows) == len(set(rows)) and len(items) == len({i[0] for i in items})
