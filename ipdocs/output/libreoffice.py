"""The one way ipdocs runs LibreOffice: headless, one start per batch (each start costs 1–2 s; a run may start one
instance ahead of its conversion: `start_ahead`), a private profile per process (a shared one makes a second
soffice hand its work to the first, or fail) copied from a profile prepared once per user and LibreOffice version
(a fresh profile costs every start its first-start set-up), the project's fontconfig aliases (DESIGN §6), a
timeout that kills the whole process group, and PDFs whose bytes depend only on their content."""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path

from ipdocs.base import resources
from ipdocs.base.errors import IpdocsError
from ipdocs.output.files import repacked

FONTCONFIG = resources.fontconfig()
TIMEOUT = 600
OOXML = {"docx", "xlsx", "pptx"}


class LibreOfficeTimeout(IpdocsError):
    def __init__(self, files: list[Path], seconds: int):
        super().__init__(f"{'、'.join(f.name for f in files)}：LibreOffice 转换超时（超过{seconds}秒）")
        self.seconds = seconds


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# --- the prepared profile ---------------------------------------------------------------------------
# Made once per user and LibreOffice installation in the user's cache folder: built in a folder of its own and
# renamed into place whole, with a manifest of every file's SHA-256; used only while every file is as the
# manifest says (a damaged or partial one is set aside and made again). Private profiles start as copies of it.
MANIFEST = "ipdocs-profile.json"
PREPARE_TIMEOUT = 300


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ipdocs"


def installation_key(program: str) -> str:
    """Which LibreOffice: where it is installed and its build (program/versionrc, the binary's size and time)."""
    folder = Path(program).resolve().parent
    digest = hashlib.sha256(str(folder).encode())
    for name in ("versionrc", "soffice.bin"):
        with suppress(OSError):
            stat = (folder / name).stat()
            digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _files(folder: Path) -> dict[str, str]:
    """Every file of a profile but the manifest and LibreOffice's lock, by relative path: its SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in (MANIFEST, ".lock")}


def _intact(folder: Path, key: str) -> bool:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return manifest.get("installation") == key and bool(manifest["files"]) and manifest["files"] == _files(folder)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def prepared_profile(program: str) -> Path | None:
    """The prepared profile for `program`, made now if missing or damaged; None if it cannot be made (a
    conversion then starts from an empty profile, as before)."""
    key = installation_key(program)
    folder = cache_folder() / f"libreoffice-profile-{key}"
    if _intact(folder, key):
        return folder
    with suppress(OSError):
        folder.parent.mkdir(parents=True, exist_ok=True)
        if folder.exists() and not _intact(folder, key):  # damaged or partial: never trusted, set aside whole
            aside = Path(tempfile.mkdtemp(prefix=f"{folder.name}.damaged-", dir=folder.parent))
            os.replace(folder, aside / "profile")
            shutil.rmtree(aside, ignore_errors=True)
        for stale in folder.parent.glob(f"{folder.name}.*-*"):  # a preparation killed an hour ago or more
            with suppress(OSError):
                if time.time() - stale.stat().st_mtime > 3600:
                    shutil.rmtree(stale, ignore_errors=True)
        build = Path(tempfile.mkdtemp(prefix=f"{folder.name}.part-", dir=folder.parent))
        try:
            if _initialise(program, build / "profile"):
                (build / "profile" / MANIFEST).write_text(json.dumps(
                    {"installation": key, "files": _files(build / "profile")}, indent=1), encoding="utf-8")
                with suppress(OSError):  # another process may have put its own in place meanwhile: that one stays
                    os.rename(build / "profile", folder)
        finally:
            shutil.rmtree(build, ignore_errors=True)
    return folder if _intact(folder, key) else None


def _initialise(program: str, profile: Path) -> bool:
    """Start LibreOffice once on an empty `profile` and have it convert a line of text: the first-start set-up
    (extension registry, configuration) is then in the profile."""
    with tempfile.TemporaryDirectory(prefix="ipdocs-lo-prepare-") as work:
        text = Path(work) / "ipdocs.txt"
        text.write_text("ipdocs\n", encoding="utf-8")
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", work, str(text)]
        return (_run(command, PREPARE_TIMEOUT) == 0 and (Path(work) / "ipdocs.pdf").is_file()
                and (profile / "user").is_dir())


def _environment() -> dict[str, str]:
    """soffice's environment: the project's fonts; TZ=UTC, so the PDF dates LibreOffice writes have one length
    everywhere (see deterministic_pdf)."""
    return {**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG), "TZ": "UTC"}


_running: set[subprocess.Popen] = set()  # conversions under way in this process (`stop_all` ends them)


def _run(command: list[str], timeout: int) -> int | None:
    """soffice in a process group of its own, with the project's fonts; its exit code, or None when it timed out
    (the whole group killed: soffice is a script, its soffice.bin child must go too). Interrupted (SIGTERM raised
    in this thread), the group is killed as well: a stopped run leaves no LibreOffice behind."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_environment(),
                               start_new_session=True)
    _running.add(process)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return None
    except BaseException:
        _kill(process)
        raise
    finally:
        _running.discard(process)


def _kill(process: subprocess.Popen) -> None:
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# --- private profiles ------------------------------------------------------------------------------
# A pool per process id: threads of one process never share a profile at the same time, a forked child
# never uses its parent's, and a profile is reused so its first-start set-up is paid once per process.
_lock = threading.Lock()
_free: dict[int, list[Path]] = {}
_made: dict[int, list[Path]] = {}


def _take(program: str | None = None) -> Path:
    """A private profile for one LibreOffice start (`program`'s prepared profile copied in, if it has one), taken
    from this process's pool; `_give_back` returns it."""
    pid = os.getpid()
    with _lock:
        pool = _free.setdefault(pid, [])
        path = pool.pop() if pool else None
        if path is None:
            path = Path(tempfile.mkdtemp(prefix=f"ipdocs-lo-{pid}-"))
            _made.setdefault(pid, []).append(path)
            fresh = True
        else:
            fresh = False
    if fresh and program:
        _seed(path, program)
    return path


def _give_back(path: Path, healthy: bool) -> None:
    with _lock:
        if healthy:
            _free[os.getpid()].append(path)
        else:  # a killed soffice may leave a lock behind: never reuse its profile
            _made[os.getpid()].remove(path)
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def _profile(program: str | None = None):
    """A private profile for one LibreOffice start, returned to the pool after it (dropped if the start failed)."""
    path = _take(program)
    healthy = False
    try:
        yield path
        healthy = True
    finally:
        _give_back(path, healthy)


def _seed(path: Path, program: str) -> None:
    """The prepared profile copied into the empty private profile `path`, if the copy is whole (else `path` stays
    empty: LibreOffice sets it up itself)."""
    prepared = prepared_profile(program)
    if prepared is None:
        return
    try:
        shutil.copytree(prepared, path, dirs_exist_ok=True, ignore=shutil.ignore_patterns(MANIFEST))
        if _files(path) == json.loads((prepared / MANIFEST).read_text(encoding="utf-8"))["files"]:
            return
    except (OSError, ValueError, KeyError, TypeError):
        pass
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()


def stop_all() -> None:
    """Every LibreOffice this process started killed — conversions under way in any thread, an instance started
    ahead — and its private profiles removed: for a process about to leave by `os._exit` (`flows.server.exit_now`,
    after SIGTERM too), which skips atexit handlers and would leave them running."""
    for process in list(_running):
        _kill(process)
    if (instance := _take_ahead()) is not None:
        instance.stop()
    remove_profiles()


@atexit.register
def remove_profiles() -> None:
    """This process's private profiles removed (at exit; `flows.server.exit_now`, which skips atexit, calls it)."""
    for path in _made.pop(os.getpid(), []):
        shutil.rmtree(path, ignore_errors=True)


# --- an instance started ahead ------------------------------------------------------------------------
# LibreOffice's own start is most of what converting a run's few documents costs (~1.8 of ~3 CPU-s). A run that
# will convert soon starts one headless instance ahead, on a private profile, when a core is free
# (`start_ahead`); the next conversion of this process runs the same `soffice --convert-to` on that profile,
# which hands its files to the running instance (LibreOffice's single-instance pipe, named after the profile)
# and waits until they are written; the instance, with nothing left open, then ends. If the instance is gone or
# never came up, that same command converts by itself, as without it. The instance is stopped when the run
# leaves `ahead()` (an error, SIGTERM) and killed by the kernel if this process dies (`setpriv --pdeathsig`).
STOP_WAIT = 10  # seconds an instance that has converted gets to end by itself before it is killed


class _Instance:
    """One instance started ahead, by a thread of its own that waits for it: the parent-death signal follows the
    thread that forked, not the process."""

    def __init__(self, program: str):
        self.program, self.profile, self.process = program, None, None
        self.started, self.done = threading.Event(), threading.Event()
        threading.Thread(target=self._serve, name="ipdocs-libreoffice-ahead", daemon=True).start()

    def _serve(self) -> None:
        code = None
        try:
            self.profile = _take(self.program)
            binary = Path(self.program).resolve().parent / "soffice.bin"  # the instance itself, not its launcher
            command = ["setpriv", "--pdeathsig", "KILL", "--", str(binary),
                       f"-env:UserInstallation={self.profile.as_uri()}", "--headless", "--norestore", "--nologo",
                       "--nodefault"]
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                            env={**_environment(), "SAL_ENABLE_FILE_LOCKING": "1"},
                                            start_new_session=True)
            self.started.set()
            code = self.process.wait()
        except OSError:
            pass
        finally:
            self.started.set()
            if self.profile is not None:
                _give_back(self.profile, code == 0)
            self.done.set()

    def alive(self) -> bool:
        self.started.wait()
        return self.process is not None and self.process.poll() is None

    def stop(self, wait: float = 0) -> None:
        """Ended: by itself within `wait` seconds, else killed (its process group: nothing is left behind)."""
        self.started.wait()
        if self.process is not None and not self.done.wait(wait):
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.done.wait()


_ahead: dict[int, _Instance] = {}


def start_ahead() -> bool:
    """Start this process's instance ahead of its next conversion (in the background), unless one was started;
    whether one is (being) started."""
    program = soffice()
    if program is None or not (Path(program).resolve().parent / "soffice.bin").is_file() \
            or not shutil.which("setpriv"):  # without it, a killed run could leave the instance behind: none
        return False
    with _lock:
        if os.getpid() not in _ahead:
            _ahead[os.getpid()] = _Instance(program)
    return True


def _take_ahead() -> _Instance | None:
    with _lock:
        return _ahead.pop(os.getpid(), None)


@contextmanager
def ahead():
    """The block may `start_ahead`; an instance the block started and no conversion used is stopped on leaving."""
    try:
        yield
    finally:
        if (instance := _take_ahead()) is not None:
            instance.stop()


# --- conversion ------------------------------------------------------------------------------------

def convert(files: list[Path], target: str, out: Path, infilter: str | None = None,
            timeout: int = TIMEOUT) -> dict[Path, Path | None]:
    """Convert `files` to `target` (pdf, docx, xlsx …) into `out` with one LibreOffice start: each file →
    its converted file, or None where LibreOffice made nothing. `infilter` forces the import filter, so a
    damaged file fails instead of being imported as plain text. Raises LibreOfficeTimeout."""
    program = soffice()
    if program is None:
        raise IpdocsError("本机未安装 LibreOffice（soffice），无法转换文件：请运行 scripts/bootstrap.sh 安装")
    if not files:
        return {}
    out.mkdir(parents=True, exist_ok=True)
    extension = target.split(":")[0]
    targets = {f: out / f"{f.stem}.{extension}" for f in files}
    for f, made in targets.items():
        if made != f:  # a file left by an earlier run must not pass for this run's result
            made.unlink(missing_ok=True)
    instance = _take_ahead() if infilter is None else None  # an import filter is for the plain start alone
    try:
        with nullcontext(instance.profile) if instance is not None and instance.alive() else _profile(program) \
                as profile:
            command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                       *([f"--infilter={infilter}"] if infilter else []), "--convert-to", target, "--outdir",
                       str(out), *map(str, files)]
            if _run(command, timeout) is None:
                raise LibreOfficeTimeout(files, timeout)
    finally:
        if instance is not None:  # it ends once it has converted; else (unused, timed out) it is stopped
            instance.stop(STOP_WAIT)
    results: dict[Path, Path | None] = {}
    for f, made in targets.items():
        results[f] = made if made.is_file() and made.stat().st_size > 0 else None
        if results[f] is not None and extension == "pdf":
            made.write_bytes(deterministic_pdf(made.read_bytes()))
        elif results[f] is not None and extension in OOXML:  # LibreOffice dates the ZIP entries: now
            made.write_bytes(repacked(made.read_bytes()))
    return results


# --- deterministic PDF -----------------------------------------------------------------------------
_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:(\d{4,14})")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def deterministic_pdf(data: bytes) -> bytes:
    """The PDF with its dates fixed to 1980-01-01 and its /ID (and LibreOffice's /DocChecksum) derived from
    the content. Every replacement keeps its length, so the cross-reference offsets stay valid."""
    fixed = _DATE.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + b"19800101000000"[: len(m.group(2))],
                      data)
    digest = hashlib.md5(_ID.sub(b"", _CHECKSUM.sub(b"", fixed)), usedforsecurity=False).hexdigest().upper()

    def same_length(value: bytes) -> bytes:
        return (digest.encode() * (len(value) // len(digest) + 1))[: len(value)]

    fixed = _ID.sub(lambda m: m.group(0).replace(m.group(1), same_length(m.group(1)))
                    .replace(m.group(2), same_length(m.group(2))), fixed)
    return _CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), same_length(m.group(1))), fixed)
