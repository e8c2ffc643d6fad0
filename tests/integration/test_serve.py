"""`ipdocs serve` on a non-default port, used as the coordinator uses it (one server start): the UI is pointed at
this port, the deployments are listed with typed, explained parameters and named schedules; a rerun of one
unit started through the API runs (and marks the flow run a killed run left "Running" as crashed); a unit
that is not the campaign's fails the run with the CLI's Chinese message."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from intake_files import pdf_bytes, write

from flows.params import check_stage
from ipdocs.base.errors import IpdocsError

SAMPLES = Path(__file__).resolve().parents[2] / "sample_inputs"
ROOT = SAMPLES.parent
# campaign.yaml's units, in its order
UNITS = ["县市场监管局", "县人民政府", "县委宣传部", "县人民法院", "县公安局", "县财政局", "县文旅局"]
DONE = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, body: dict | None = None, method: str | None = None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method or ("GET" if body is None else "POST"),
                                     headers={"Content-Type": "application/json"})
    for attempt in range(10):  # a busy server answers 503 for a moment (two test workers on two cores)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code != 503 or attempt == 9:
                raise
            time.sleep(2)


def test_serve_on_any_port_with_typed_parameters_and_chinese_failures(tmp_path, empty_prefect_home):
    folder = tmp_path / "yongning"
    folder.mkdir()
    (folder / "campaign.yaml").write_bytes((SAMPLES / "yongning-2023" / "campaign.yaml").read_bytes())
    unit = "县财政局"
    write(folder / "inbox" / unit / "3.1-01 经费批复.pdf", pdf_bytes())
    write(folder / "inbox" / "县人民法院" / "7.1-01 衔接机制.pdf", pdf_bytes(2))   # not collected: another unit
    port = free_port()
    base, api = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONPATH": str(ROOT),
           "IPDOCS_STATE_DIR": str(tmp_path / "state"), "COLUMNS": "400",
           "PREFECT_HOME": str(empty_prefect_home)}  # its own database: other tests serve the same deployment names
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_UI_API_URL", None)
    serving = subprocess.Popen([sys.executable, "-m", "ipdocs", "serve", str(folder), "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deployments = {}
        deadline = time.monotonic() + 400  # a machine loaded by other jobs takes minutes to start the server
        while time.monotonic() < deadline and len(deployments) < 3 and serving.poll() is None:
            time.sleep(1)
            try:
                deployments = {d["name"]: d for d in call(f"{api}/deployments/filter", {})}
            except OSError:
                continue
        assert serving.poll() is None, serving.communicate()[0][-3000:]             # why serve stopped
        assert sorted(deployments) == ["yongning-2023-daily-status", "yongning-2023-pipeline", "yongning-2023-remind"]
        assert call(f"{base}/ui-settings")["api_url"] == api                    # the UI talks to this port
        assert json.loads((tmp_path / "state" / "server.json").read_text())["api_url"] == api  # for ipdocs run

        pipeline = deployments["yongning-2023-pipeline"]
        form = pipeline["parameter_openapi_schema"]["properties"]
        assert form["stage"]["title"] == "从哪一步开始" and form["stage"]["enum"] == ["collect", "extract", "render"]
        assert form["unit"]["title"] == "只收取这个单位" and "迟交或更正材料" in form["unit"]["description"]
        assert form["unit"]["anyOf"][0]["enum"] == UNITS                       # the campaign's, in its order
        assert form["folder"]["readOnly"] is True and form["folder"]["title"] == "迎考工作文件夹"
        assert sorted(s["slug"] for s in pipeline["schedules"]) == [
            "报送银川市知识产权局截止 2023-10-25 17:30",
            "配合单位报送检查考核材料截止 2023-10-18 17:30；报送检查考核材料截止 2023-10-18 17:30"]
        assert {s["schedule"]["timezone"] for s in pipeline["schedules"]} == {"Asia/Shanghai"}

        # A run killed earlier: Running in Prefect, its dead PID in the campaign's lock record.
        killed = call(f"{api}/flow_runs/", {"flow_id": pipeline["flow_id"], "name": "killed-run",
                                            "state": {"type": "RUNNING", "name": "Running"}})
        dead = subprocess.Popen(["true"])
        dead.wait()
        (folder / "run.lock").write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(),
                                                     "started": "2023-10-18T17:30:00", "flow_run": killed["id"]}))

        good = call(f"{api}/deployments/{pipeline['id']}/create_flow_run",
                    {"parameters": {"unit": unit, "stage": "collect", "pdf": False}})
        bad = call(f"{api}/deployments/{pipeline['id']}/create_flow_run", {"parameters": {"unit": "法院"}})
        runs = {}
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and len(runs) < 2:
            time.sleep(1)
            runs = {r["id"]: r for r in (call(f"{api}/flow_runs/{i}") for i in (good["id"], bad["id"]))
                    if r["state"]["type"] in DONE}
        assert runs[bad["id"]]["state"]["type"] == "FAILED"
        assert f"单位“法院”不在迎考工作配置中：应为 campaign.yaml 所列单位的全称之一（{'、'.join(UNITS)}）" in \
            runs[bad["id"]]["state"]["message"]
        assert runs[good["id"]]["state"]["type"] == "COMPLETED", runs[good["id"]]["state"]["message"]
        assert call(f"{api}/flow_runs/{killed['id']}")["state"]["type"] == "CRASHED"
    finally:
        serving.send_signal(signal.SIGTERM)
        output = serving.communicate(timeout=60)[0]
    assert "该迎考工作没有未到的截止时间（最后一个截止 2023-10-25 17:30 已过）" in output   # said, not silent
    time.sleep(2)
    with pytest.raises(OSError):                                       # the server went with it
        urllib.request.urlopen(f"{api}/health", timeout=3)

    import sqlite3

    with sqlite3.connect(folder / "ledger.sqlite") as db:                        # only the named unit collected
        assert db.execute("select unit, path from items").fetchall() == [(unit, "3.1-01 经费批复.pdf")]


def test_a_wrong_stage_gets_the_clis_message():
    with pytest.raises(IpdocsError) as wrong:
        check_stage("渲染")
    assert str(wrong.value) == ("开始步骤“渲染”无效："
                                "应为 collect（收取）、extract（提取与核对）、render（生成报告） 之一")


def test_run_uses_the_server_that_answers(tmp_path, monkeypatch):
    """`ipdocs run` prefers PREFECT_API_URL, then the port `ipdocs serve` last used, then 4200; none → temporary."""
    import http.server
    import threading

    from flows import server

    class Health(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            self.send_response(200 if self.path == "/api/health" else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    answering = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=answering.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{answering.server_address[1]}/api"
    monkeypatch.setenv(server.STATE_ENV, str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setattr(server, "PORT", free_port())                          # nothing on the "default" port
    try:
        assert server.running_server() is None
        server.remember(url)
        assert server.running_server() == (url, "上次 ipdocs serve")
        monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{free_port()}/api")  # set but not answering
        assert server.running_server() == (url, "上次 ipdocs serve")
        monkeypatch.setenv("PREFECT_API_URL", url)
        assert server.running_server() == (url, "PREFECT_API_URL")
        lines = []
        with server.server_for_run(lines.append) as used:
            assert used == url and os.environ["PREFECT_UI_API_URL"] == url
        assert lines == [f"使用已运行的 Prefect 服务 {url}（PREFECT_API_URL）"]
    finally:
        answering.shutdown()
