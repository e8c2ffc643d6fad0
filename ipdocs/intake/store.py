"""The content-addressed, read-only store: every accepted file once, under its SHA-256.

    store/ab/ab34…ef.pdf

Writes go to a temporary file in store/.tmp, synced to disk, made read-only and renamed into place, and the
folder that gained it is synced: an interrupted run (or a power cut) leaves either the whole file or nothing at its
address. Files are staged and committed in batches — the syncs of a batch run side by side, each waits for the
disk rather than the CPU — and the caller records a file in the ledger only after its batch is committed. Nothing
here ever deletes or rewrites a stored file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CHUNK = 1 << 20
SYNC_THREADS = 8


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class Store:
    def __init__(self, root: Path):
        self.root = root
        self.tmp = root / ".tmp"
        self.staged: dict[Path, Path] = {}  # address → its temporary copy, until `commit`

    def clean_interrupted(self) -> None:
        """Temporary files of a run that was killed: never addressed, safe to drop."""
        if self.tmp.exists():
            shutil.rmtree(self.tmp)

    def path_for(self, sha: str, extension: str) -> Path:
        return self.root / sha[:2] / f"{sha}{extension}"

    def put(self, source: Path, sha: str, extension: str) -> Path:
        """Copy `source` (whose hash is `sha`) into the store unless it is already there; durable on return."""
        target = self.stage(source, sha, extension)
        self.commit()
        return target

    def stage(self, source: Path, sha: str, extension: str) -> Path:
        """Copy `source` (whose hash is `sha`) to the temporary area unless it is stored or staged already; its
        address, where it is once `commit` has run (until then its bytes are at `readable(address)`)."""
        target = self.path_for(sha, extension)
        if target in self.staged or target.exists():
            return target
        self.tmp.mkdir(parents=True, exist_ok=True)
        partial = self.tmp / f"{sha}{extension}.part"
        shutil.copyfile(source, partial)
        self.staged[target] = partial
        return target

    def readable(self, target: Path) -> Path:
        """Where the bytes of a stored or staged file are now."""
        return self.staged.get(target, target)

    def commit(self) -> None:
        """Every staged file synced, made read-only and renamed to its address; then the folders that gained one
        synced, so the addresses survive a power cut too. Only then may the ledger record them."""
        if not self.staged:
            return
        staged = sorted(self.staged.items())
        with ThreadPoolExecutor(SYNC_THREADS) as pool:
            list(pool.map(_sync, [partial for _, partial in staged]))
            for target, partial in staged:
                partial.chmod(0o444)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(partial, target)
            list(pool.map(_sync, sorted({target.parent for target, _ in staged} | {self.root})))
        self.staged.clear()

    def scratch(self, name: str) -> Path:
        """A fresh folder for unpacking or converting, inside the store's temporary area."""
        folder = self.tmp / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        return folder


def _sync(path: Path) -> None:
    """fsync a file or a folder (a folder's entries: the names renamed into it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
