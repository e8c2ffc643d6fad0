"""The content-addressed, read-only store: every accepted file once, under its SHA-256.

    store/ab/ab34…ef.pdf

Writes go to a temporary file in store/.tmp and are renamed into place, so an interrupted run leaves
either the whole file or nothing at its address; the file is then made read-only. Nothing here ever
deletes or rewrites a stored file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

CHUNK = 1 << 20


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

    def clean_interrupted(self) -> None:
        """Temporary files of a run that was killed: never addressed, safe to drop."""
        if self.tmp.exists():
            shutil.rmtree(self.tmp)

    def path_for(self, sha: str, extension: str) -> Path:
        return self.root / sha[:2] / f"{sha}{extension}"

    def put(self, source: Path, sha: str, extension: str) -> Path:
        """Copy `source` (whose hash is `sha`) into the store unless it is already there."""
        target = self.path_for(sha, extension)
        if target.exists():
            return target
        self.tmp.mkdir(parents=True, exist_ok=True)
        partial = self.tmp / f"{sha}{extension}.part"
        shutil.copyfile(source, partial)
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, target)
        target.chmod(0o444)
        return target

    def scratch(self, name: str) -> Path:
        """A fresh folder for unpacking or converting, inside the store's temporary area."""
        folder = self.tmp / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        return folder
