"""SIGTERM to a real `ipdocs run` during extraction (a service manager stopping it, `kill PID`): the run stops
promptly instead of finishing every file, no process it started survives, its lock is released with the record
cleared, the flow run is Crashed in Prefect, and the coordinator reads one Chinese line (exit status 143)."""

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conftest import copy_sample
from test_kill import MARK, marked

from ipdocs.campaign.lock import LOCK_FILE, holder

ROOT = Path(__file__).resolve().parents[2]


def _pipeline_runs(folder: Path) -> list:
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            return [r for r in await client.read_flow_runs() if r.parameters.get("folder") == str(folder)]

    return asyncio.run(read())


def test_sigterm_during_extraction_stops_the_run_cleanly(prefect_server, tmp_path):
    from prefect.settings import PREFECT_API_URL

    folder = copy_sample(tmp_path)  # Wujiang: 19 files to extract, scans among them (seconds each)
    mark = uuid.uuid4().hex
    env = {**os.environ, MARK: mark, "PYTHONPATH": str(ROOT), "COLUMNS": "400", "IPDOCS_STATE_DIR": str(tmp_path),
           "PREFECT_API_URL": PREFECT_API_URL.value()}  # this session's server: no temporary one to wait for
    run = subprocess.Popen([sys.executable, "-m", "ipdocs", "run", str(folder)], env=env, cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and run.poll() is None:
            # the workers start with the command, before the flow (and read its biggest files); collection, in the
            # flow, makes store/ and hands them the files it stores
            if any("spawn_main" in cmd for cmd in marked(mark).values()) and (folder / "store").is_dir():
                break
            time.sleep(0.3)
        assert run.poll() is None, run.communicate()[1][-2000:]
        time.sleep(1)                                             # the workers are reading files now
        os.kill(run.pid, signal.SIGTERM)
        sent = time.monotonic()
        _, err = run.communicate(timeout=120)
        took = time.monotonic() - sent
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
        for pid in marked(mark):
            os.kill(pid, signal.SIGKILL)

    assert run.returncode == 128 + signal.SIGTERM, err[-2000:]
    assert "已收到终止信号，运行已停止" in err and "Traceback" not in err
    assert marked(mark) == {}                                     # workers stopped, not left to finish
    cached = list((folder / "out" / "extract").glob("*.json"))
    assert len(cached) < 19                                       # it did not finish extracting first
    assert took < 60, took
    assert (folder / LOCK_FILE).read_text() == "" and holder(folder) is None   # released, nothing stale
    states = {r.flow_id: r.state.type.value for r in _pipeline_runs(folder)}
    assert states and set(states.values()) == {"CRASHED"}, states
