"""One writing run per campaign at a time.

The lock is `run.lock` in the campaign folder: an exclusive `flock` (released by the kernel when the holder
dies, however it dies) on a small JSON record of who holds it — PID, host, start time and, once Prefect has
given it one, the flow run and the API it was recorded on. A second run waits briefly, then stops with
"另一次运行正在进行（PID …，开始于 …）". A record left by a run that was killed (its PID no longer alive) is
detected and cleared, and handed to the caller so the orphaned flow run can be marked crashed.

Re-entrant within a process: the CLI's `run` holds it while the pipeline flow it calls takes it again.

A run told to stop with SIGTERM (a service manager, `kill`) unwinds like Ctrl+C (`stop_on_sigterm`): every
`finally` runs, so its workers and temporary server are stopped and this lock is released, record cleared.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import signal
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from ipdocs.base.errors import IpdocsError

LOCK_FILE = "run.lock"
WAIT = 3.0  # seconds a second run waits for the first before giving up


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    started: str  # ISO, local time of the machine
    what: str = ""  # e.g. 完整流程, 收取
    flow_run: str = ""  # Prefect flow run id, once known
    api_url: str = ""  # where that flow run is recorded

    @property
    def started_text(self) -> str:
        try:
            return dt.datetime.fromisoformat(self.started).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return self.started


class CampaignBusy(IpdocsError):
    def __init__(self, folder: Path, holder: Holder | None):
        who = (f"PID {holder.pid}{'' if holder.host == socket.gethostname() else '@' + holder.host}，"
               f"开始于 {holder.started_text}" + (f"，{holder.what}" if holder.what else "")) if holder else "PID 未知"
        super().__init__(f"{folder}：另一次运行正在进行（{who}），请等它结束后再运行")
        self.holder = holder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError, KeyError):
        return None


_held: dict[Path, list] = {}  # lock path → [fd, depth, stale record] for locks this process holds
_guard = threading.Lock()


@dataclass
class Acquired:
    path: Path
    stale: Holder | None  # the record of a killed run, cleared when this run took the lock

    def record(self, **fields) -> None:
        """Add the flow run id and API URL to this run's record."""
        with _guard:
            fd = _held[self.path][0]
            current = _read(self.path)
            data = {**asdict(current), **fields} if current else fields
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(data, ensure_ascii=False).encode(), 0)


def _try(path: Path, what: str) -> Acquired | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    stale = _read(path)  # a record left in a file we could lock belongs to a run that was killed
    me = Holder(os.getpid(), socket.gethostname(), dt.datetime.now().isoformat(timespec="seconds"), what)
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(asdict(me), ensure_ascii=False).encode(), 0)
    _held[path] = [fd, 1, stale]
    return Acquired(path, stale)


@contextmanager
def campaign_lock(folder: str | Path, what: str = "", wait: float = WAIT):
    """Hold the campaign's run lock for the block; yields an `Acquired` (its `stale` names a killed run)."""
    path = (Path(folder) / LOCK_FILE).resolve()
    with _guard:
        if path in _held:
            _held[path][1] += 1
            acquired = Acquired(path, _held[path][2])  # a nested holder (the flow inside `ipdocs run`) sees it too
        else:
            acquired = None
    if acquired is None:
        deadline = time.monotonic() + wait
        while True:
            with _guard:
                acquired = _try(path, what)
            if acquired is not None:
                break
            if time.monotonic() >= deadline:
                raise CampaignBusy(Path(folder), _read(path))
            time.sleep(0.2)
    try:
        yield acquired
    finally:
        with _guard:
            entry = _held[path]
            entry[1] -= 1
            if entry[1] == 0:
                del _held[path]
                os.ftruncate(entry[0], 0)  # an empty record: nothing stale for the next run
                fcntl.flock(entry[0], fcntl.LOCK_UN)
                os.close(entry[0])


def holder(folder: str | Path) -> Holder | None:
    """Who holds the campaign's lock now, if anyone alive does."""
    path = Path(folder) / LOCK_FILE
    found = _read(path)
    return found if found and _alive(found.pid) else None


class Terminated(BaseException):
    """SIGTERM arrived. A BaseException, like KeyboardInterrupt: nothing on the way up mistakes it for a failed
    step and carries on."""

    def __init__(self, signum: int = signal.SIGTERM):
        super().__init__(signum)
        self.signum = signum


def _terminate(signum, _frame):
    raise Terminated(signum)


@contextmanager
def stop_on_sigterm():
    """While the block runs, SIGTERM raises `Terminated` in the main thread. Prefect's flow engine puts its own
    handler in front while a flow runs; after marking the flow run crashed it sends the signal again to the
    handler it found, this one."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
