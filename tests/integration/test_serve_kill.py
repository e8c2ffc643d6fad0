"""`ipdocs serve` killed with `kill -9` while a served run extracts: the run's process and its extraction workers do
not run on without a parent, and the flow run does not stay "Running". And runs left Running by a serve killed
together with its server are marked Crashed by the next run or serve of that campaign (`crash_orphans`)."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conftest import copy_sample
from test_kill import MARK, marked

from ipdocs.campaign.lock import holder

ROOT = Path(__file__).resolve().parents[2]


def _own_id(folder: Path, campaign_id: str) -> Path:
    """An id of its own: other tests on this server serve and run the sample's deployments."""
    config = folder / "campaign.yaml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [f"id: {campaign_id}\n" if line.startswith("id:") else line for line in lines]
    config.write_text("".join(lines), encoding="utf-8")
    return folder


def test_runs_left_running_by_a_dead_process_are_marked_crashed(prefect_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.states import Running

    from flows.pipeline import campaign_pipeline
    from flows.server import crash_orphans

    folder = copy_sample(tmp_path, "yongning-2023", inbox=False)
    (tmp_path / "b").mkdir()
    other = copy_sample(tmp_path / "b", "yongning-2023", inbox=False)
    with get_client(sync_client=True) as client:
        def running(where: str):
            return client.create_flow_run(campaign_pipeline, parameters={"folder": where}, state=Running()).id

        orphan, mine, elsewhere = running(str(folder)), running(str(folder / "campaign.yaml")), running(str(other))
        relative = running("yongning-2023")                          # recorded from a directory we do not know
        assert crash_orphans(folder, keep=str(mine)) == 0      # just started: may be waiting for the lock
        assert crash_orphans(folder, keep=str(mine), grace=0) == 1
        states = {run: client.read_flow_run(run).state.type.value for run in (orphan, mine, elsewhere, relative)}
    assert states == {orphan: "CRASHED", mine: "RUNNING", elsewhere: "RUNNING", relative: "RUNNING"}


def test_kill_9_of_serve_during_extraction_leaves_no_process_and_no_running_run(prefect_server, tmp_path):
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    campaign_id = f"kill-serve-{uuid.uuid4().hex[:8]}"
    folder = _own_id(copy_sample(tmp_path), campaign_id)             # Wujiang: 19 files, scans among them
    mark = uuid.uuid4().hex
    env = {**os.environ, MARK: mark, "PYTHONPATH": str(ROOT), "COLUMNS": "400", "IPDOCS_STATE_DIR": str(tmp_path),
           "PREFECT_API_URL": url, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}  # this session's server, already up
    port = url.rsplit(":", 1)[1].split("/")[0]
    serving = subprocess.Popen([sys.executable, "-m", "ipdocs", "serve", str(folder), "--port", port], env=env,
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        from prefect.client.orchestration import get_client

        with get_client(sync_client=True) as client:
            deadline, deployment = time.monotonic() + 120, None
            while deployment is None and time.monotonic() < deadline and serving.poll() is None:
                time.sleep(0.5)
                try:
                    deployment = client.read_deployment_by_name(f"campaign-pipeline/{campaign_id}-pipeline")
                except Exception:  # noqa: BLE001 - not registered yet
                    deployment = None
            assert deployment is not None, "serve never registered its deployments"
            run = client.create_flow_run_from_deployment(deployment.id, parameters={"pdf": False})
            deadline, workers = time.monotonic() + 180, {}
            while not workers and time.monotonic() < deadline:
                workers = {pid: cmd for pid, cmd in marked(mark).items() if "spawn_main" in cmd}
                time.sleep(0.3)
            assert workers, "the served run never reached extraction"
            engine = [pid for pid, cmd in marked(mark).items() if "prefect.engine" in cmd]
            assert engine                                            # the served run's own process

            os.kill(serving.pid, signal.SIGKILL)
            serving.wait()
            deadline = time.monotonic() + 30
            while marked(mark) and time.monotonic() < deadline:
                time.sleep(0.3)
            assert marked(mark) == {}                                # neither the run's process nor its workers
            deadline = time.monotonic() + 20
            while client.read_flow_run(run.id).state.type.value == "RUNNING" and time.monotonic() < deadline:
                time.sleep(0.5)
            assert client.read_flow_run(run.id).state.type.value == "CRASHED"
    finally:
        if serving.poll() is None:
            os.killpg(serving.pid, signal.SIGKILL)
        for pid in marked(mark):
            os.kill(pid, signal.SIGKILL)
    assert holder(folder) is None and (folder / "run.lock").read_text() == ""  # released, nothing stale
