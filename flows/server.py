"""A local Prefect server for the coordinator: started on 127.0.0.1 unless one already answers, serving the
campaign's scheduled deployments; stopped in order — the serving process first, then the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from ipdocs.base.errors import IpdocsError

HOST, PORT = "127.0.0.1", 4200


def api_url(port: int = PORT) -> str:
    return f"http://{HOST}:{port}/api"


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_server(port: int = PORT, wait: float = 90):
    """Yield the API URL of a running server: the one already there, or one started for the duration."""
    url = api_url(port)
    if healthy(url):
        yield url
        return
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", HOST, "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + wait
        while not healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise IpdocsError(f"Prefect 服务未能在 {HOST}:{port} 启动（端口被占用？）")
            time.sleep(1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def _interrupt(_signal, _frame):
    raise KeyboardInterrupt


def serve(folders: list[str], port: int = PORT, remind_days: tuple[int, ...] = (3, 1)) -> None:
    """Serve every campaign's deployments until interrupted (Ctrl+C, or SIGTERM from a service manager)."""
    signal.signal(signal.SIGTERM, _interrupt)  # so the server below is stopped too, not orphaned
    with local_server(port) as url:
        os.environ["PREFECT_API_URL"] = url
        from prefect import serve as prefect_serve

        from flows.schedules import deployments

        runs = [d for folder in folders for d in deployments(str(Path(folder).resolve()), remind_days)]
        try:
            prefect_serve(*runs, print_starting_message=True)
        except KeyboardInterrupt:
            pass  # serving has stopped; leaving the block stops the server
