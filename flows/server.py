"""The coordinator's local Prefect server, and the lifetime of the processes a run starts.

One long-lived server (`ipdocs serve`, any port) is the normal way of working: its port is remembered, and
`ipdocs run`/`rerun` use whichever server answers — PREFECT_API_URL, the last-used port, the default port —
before starting a temporary one. Every server we start is told its own address for the UI
(PREFECT_UI_API_URL, so `/ui-settings` is right on any port), runs in its own process group and dies with the
process that started it; extraction workers die with theirs (`ipdocs.extract.campaign`). A run killed with `kill -9`
leaves nothing behind, and the next run marks its flow run as crashed (`mark_crashed`).
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import functools
import inspect
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import typing
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from flows.params import check_parameters
from flows.timing import timed
from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.load import campaign_file
from ipdocs.campaign.lock import WAIT, Holder, campaign_lock, holder

HOST, PORT = "127.0.0.1", 4200
STATE_ENV = "IPDOCS_STATE_DIR"  # where the last-used port is remembered (default ~/.local/state/ipdocs)
QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}  # no network here (DESIGN §6)
PR_SET_PDEATHSIG = 1


def api_url(port: int = PORT) -> str:
    return f"http://{HOST}:{port}/api"


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def server_env(url: str) -> dict[str, str]:
    """What a server at `url`, and every process talking to it, must be told: the UI asks /ui-settings for
    the API address, which is PREFECT_UI_API_URL (else port 4200, whatever port the server is on)."""
    return {**QUIET, "PREFECT_API_URL": url, "PREFECT_UI_API_URL": url}


# --- the remembered server --------------------------------------------------------------------------------------

def _state_file() -> Path:
    base = os.environ.get(STATE_ENV) or Path.home() / ".local" / "state" / "ipdocs"
    return Path(base) / "server.json"


def remember(url: str) -> None:
    path = _state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"api_url": url}), encoding="utf-8")


def running_server() -> tuple[str, str] | None:
    """(API URL, how it was found) of a server that answers now, or None."""
    candidates = []
    if os.environ.get("PREFECT_API_URL"):
        candidates.append((os.environ["PREFECT_API_URL"], "PREFECT_API_URL"))
    try:
        candidates.append((json.loads(_state_file().read_text(encoding="utf-8"))["api_url"], "上次 ipdocs serve"))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    candidates.append((api_url(PORT), "默认端口"))
    for url, how in candidates:
        if healthy(url):
            return url, how
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# --- process lifetime -------------------------------------------------------------------------------------------

def _die_with_parent_signal() -> None:
    """In a child before exec: its own process group, and SIGTERM when the parent dies."""
    os.setsid()
    with _suppress_os():
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@contextmanager
def _suppress_os():
    try:
        yield
    except (OSError, AttributeError):  # not Linux: the watchdogs and the caller's cleanup still apply
        pass


@contextmanager
def local_server(port: int = PORT, wait: float = 120, home: Path | None = None):
    """Yield the API URL of a running server: the one already on `port`, or one started for the duration
    (stopped on leaving; killed with us if we are killed). `home`: the started server's PREFECT_HOME (its
    database), instead of the one every local server shares (~/.prefect)."""
    url = api_url(port)
    if healthy(url):
        yield url
        return
    env = {**os.environ, **server_env(url), **({"PREFECT_HOME": str(home)} if home else {})}
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", HOST, "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=_die_with_parent_signal)  # noqa: PLW1509 - only setsid and prctl
    try:
        deadline = time.monotonic() + wait
        while not healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise IpdocsError(f"Prefect 服务未能在 {HOST}:{port} 启动（端口被占用？）")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


@contextmanager
def server_for_run(announce):
    """The server a CLI run records to: one that answers, else a temporary one. `announce` gets one Chinese
    line saying which."""
    found = running_server()
    if found:
        url, how = found
        announce(f"使用已运行的 Prefect 服务 {url}（{how}）")
        with _environment(server_env(url)):
            yield url
        return
    port = free_port()
    announce(f"启动临时 Prefect 服务（127.0.0.1:{port}，约需十几秒；常用时请先运行 ipdocs serve，"
             "之后每次运行可省去这一步）")
    with local_server(port) as url, _environment(server_env(url)):
        try:
            yield url
        finally:
            _send_pending_logs()  # before the server goes


def _send_pending_logs() -> None:
    """Logs and events still queued for the server, sent now (before a temporary server goes, or a quick exit)."""
    if "prefect.logging.handlers" in sys.modules:
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=5)
    if "prefect.events.worker" in sys.modules:
        from prefect.events.worker import EventsWorker

        EventsWorker.drain_all(timeout=5)


def heartbeats_without_wait() -> None:
    """A flow run's heartbeat thread sleeps in one-second steps; at the run's end the sync engine waits for it to
    wake (up to 1 s, ~0.5 s on average) — a tenth of a rerun that should cost seconds. The CLI's run ends its
    process right after the flow, so it stops the thread the way Prefect's async engine does: told, not joined
    (a daemon thread, which sends nothing once the run is final). Prefect 3.8.8's `_send_heartbeats`."""
    from prefect import flow_engine

    send = flow_engine._send_heartbeats
    if not isinstance(send, functools.partial) and "join_on_exit" in inspect.signature(send).parameters:
        flow_engine._send_heartbeats = functools.partial(send, join_on_exit=False)


def exit_now(code: int) -> typing.NoReturn:
    """End the process once a run is over: what is queued for the server sent, output flushed, and then no
    interpreter teardown of everything Prefect imported (1–4 s of a rerun that should cost seconds)."""
    _send_pending_logs()
    if (office := sys.modules.get("ipdocs.output.libreoffice")) is not None:
        office.stop_all()  # conversions under way, an instance started ahead, the profiles (os._exit skips atexit)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@contextmanager
def _environment(values: dict[str, str]):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --- runs of a campaign -----------------------------------------------------------------------------------------

def mark_crashed(stale: Holder) -> bool:
    """Mark the flow run a killed process left Running as Crashed; whether it was."""
    if not stale.flow_run:
        return False
    from prefect.client.orchestration import get_client
    from prefect.states import Crashed

    try:
        with get_client(sync_client=True) as client:
            run = client.read_flow_run(stale.flow_run)
            if run.state is None or not run.state.is_running():
                return False
            client.set_flow_run_state(stale.flow_run, Crashed(
                message=f"运行进程（PID {stale.pid}，开始于 {stale.started_text}）已终止，未正常结束"), force=True)
            return True
    except Exception:  # noqa: BLE001 - a run unknown to this server (another database) stays as it is
        return False


def crash_orphans(folder: str | Path, keep: str = "", client=None, grace: float = WAIT + 10) -> int:
    """Mark Crashed every flow run of this campaign's flows that Prefect still shows Running: called by a
    run that holds the campaign's lock (so no other run of it is alive) or by `serve` when the lock is free — such
    runs were killed with the process that ran them (a `serve` killed with -9 takes its temporary server along, so
    they could not report it). `keep`: this run's own flow run; `client`: a sync Prefect client to use (a flow
    run's own), else one is opened; runs started less than `grace` seconds ago are left (they may be alive, waiting
    for the lock). How many were marked."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterState
    from prefect.client.schemas.filters import FlowRunFilterStateType as StateType
    from prefect.client.schemas.objects import StateType as Type
    from prefect.states import Crashed

    root = campaign_file(folder).parent.resolve()
    marked = 0
    try:
        with contextlib.nullcontext(client) if client is not None else get_client(sync_client=True) as client:
            runs = client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=list(LOCKED_FLOWS))),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=StateType(any_=[Type.RUNNING]))))
            recent = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=grace)
            for run in runs:
                if str(run.id) == keep or not _same_campaign((run.parameters or {}).get("folder"), root):
                    continue
                if run.start_time is not None and run.start_time > recent:
                    continue
                client.set_flow_run_state(run.id, Crashed(
                    message="运行它的进程已终止（如 ipdocs serve 被强制结束），未正常结束"), force=True)
                marked += 1
    except Exception:  # noqa: BLE001 - a server that does not answer: the next run tries again
        return marked
    return marked


LOCKED_FLOWS = ("campaign-pipeline", "collect", "render", "bundle")  # the flows that take the campaign's lock


def _same_campaign(param, root: Path) -> bool:
    """Whether a flow run's `folder` parameter names this campaign (a relative path, recorded from a directory we
    do not know, never does)."""
    if not param or not Path(str(param)).is_absolute():
        return False
    try:
        return campaign_file(str(param)).parent.resolve() == root
    except IpdocsError:  # that folder is gone
        return False


def follow_runner() -> None:
    """In a flow run that a served deployment started (`ipdocs serve` → `python -m prefect.engine`, in a session
    of its own): when the serving process dies, `kill -9` included, this process is sent SIGTERM — Prefect marks
    the flow run crashed, the extraction workers are stopped, the lock is released — instead of running on with
    no parent. A run started from the CLI runs in the CLI's process and is not affected."""
    if not os.environ.get("PREFECT__FLOW_RUN_ID") or getattr(follow_runner, "watching", False):
        return
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)

    follow_runner.watching = True
    threading.Thread(target=watch, name="ipdocs-follow-runner", daemon=True).start()


@contextmanager
def run_lock(folder: str | Path, what: str):
    """Inside a flow: the campaign's run lock, recording this flow run; a run killed earlier is marked crashed."""
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.context import FlowRunContext
    from prefect.runtime import flow_run

    follow_runner()
    with campaign_lock(campaign_file(folder).parent, what) as held:
        held.record(flow_run=str(flow_run.id or ""), api_url=os.environ.get("PREFECT_API_URL", ""))
        if held.stale is not None:
            mark_crashed(held.stale)
        client = getattr(FlowRunContext.get(), "client", None)  # the flow run's own: no second connection
        crash_orphans(folder, keep=str(flow_run.id or ""),
                      client=client if isinstance(client, SyncPrefectClient) else None)
        yield held


def locked(what: str):
    """Decorator for a flow that writes to a campaign (parameter `folder`): its unit and stage parameters checked
    first, with the CLI's messages (a run started from the UI or API fails with them); then one run at a time.
    The signature and docstring stay the flow's, so Prefect's run form is unchanged."""
    def wrap(fn):
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def run(*args, **kwargs):
            arguments = signature.bind(*args, **kwargs).arguments
            with timed("flow"):
                check_parameters(arguments)
                with run_lock(arguments["folder"], what):
                    return fn(*args, **kwargs)

        # resolved here: Prefect reads the types against the wrapper's module, which does not define them
        run.__signature__ = inspect.signature(fn, eval_str=True)
        run.__annotations__ = typing.get_type_hints(fn, include_extras=True)
        return run
    return wrap


# --- serving ----------------------------------------------------------------------------------------------------

def _interrupt(_signal, _frame):
    raise KeyboardInterrupt


def serve(folders: list[str], port: int = PORT, remind_days: tuple[int, ...] = (3, 1), announce=None) -> None:
    """Serve every campaign's deployments until interrupted (Ctrl+C, or SIGTERM from a service manager). Runs a
    killed `serve` left Running are marked crashed first (`announce` gets a Chinese line for each campaign)."""
    signal.signal(signal.SIGTERM, _interrupt)  # so the server below is stopped too, not orphaned
    with local_server(port) as url:
        os.environ.update(server_env(url))
        remember(url)
        for folder in folders:
            if holder(campaign_file(folder).parent) is None and (n := crash_orphans(folder)) and announce:
                announce(f"{folder}：{n}次未正常结束的运行（其进程已终止）已在 Prefect 中标记为崩溃（Crashed）")
        from prefect import serve as prefect_serve

        from flows.schedules import deployments

        runs = [d for folder in folders for d in deployments(str(Path(folder).resolve()), remind_days)]
        try:
            prefect_serve(*runs, print_starting_message=True)
        except KeyboardInterrupt:
            pass  # serving has stopped; leaving the block stops the server
