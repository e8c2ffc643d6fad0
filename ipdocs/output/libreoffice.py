"""The one way ipdocs runs LibreOffice: headless, one start per batch (each start costs 1–2 s), a private
profile per process (a shared one makes a second soffice hand its work to the first, or fail), the project's
fontconfig aliases (DESIGN §6), a timeout that kills the whole process group, and PDFs whose bytes depend
only on their content."""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from contextlib import contextmanager, suppress
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


# --- private profiles ------------------------------------------------------------------------------
# A pool per process id: threads of one process never share a profile at the same time, a forked child
# never uses its parent's, and a profile is reused so its first-start set-up is paid once per process.
_lock = threading.Lock()
_free: dict[int, list[Path]] = {}
_made: dict[int, list[Path]] = {}


@contextmanager
def _profile():
    pid = os.getpid()
    with _lock:
        pool = _free.setdefault(pid, [])
        if pool:
            path = pool.pop()
        else:
            path = Path(tempfile.mkdtemp(prefix=f"ipdocs-lo-{pid}-"))
            _made.setdefault(pid, []).append(path)
    healthy = False
    try:
        yield path
        healthy = True
    finally:
        with _lock:
            if healthy:
                _free[pid].append(path)
            else:  # a killed soffice may leave a lock behind: never reuse its profile
                _made[pid].remove(path)
                shutil.rmtree(path, ignore_errors=True)


@atexit.register
def _remove_profiles() -> None:
    for path in _made.pop(os.getpid(), []):
        shutil.rmtree(path, ignore_errors=True)


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
    # TZ=UTC: the PDF dates LibreOffice writes then have one length everywhere (see deterministic_pdf)
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG), "TZ": "UTC"}
    with _profile() as profile:
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   *([f"--infilter={infilter}"] if infilter else []), "--convert-to", target, "--outdir", str(out),
                   *map(str, files)]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                                   start_new_session=True)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):  # soffice is a script: its soffice.bin child must go too
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise LibreOfficeTimeout(files, timeout) from None
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
