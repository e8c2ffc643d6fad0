"""Every render is kept: out/history/NNN/ holds the DOCX/XLSX written to out/submit/ by render NNN (a
sequence number, so reruns are reproducible) and render.json — per file its sha256, per report region the text we
generated and wrote, the scores and the catalogue's evidence items — which `ipdocs diff` compares and the next
render reads to tell a coordinator's edits from our own output."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.campaign.model import Campaign
from ipdocs.intake.store import sha256_of

RECORD = "render.json"


def history_folder(campaign: Campaign) -> Path:
    return campaign.out / "history"


@dataclass
class Record:
    """One render: `files` name → sha256 of what we wrote to out/submit/ (for a file a person edited and we kept,
    the version we last wrote there); `review` name → sha256 of a new render written to out/review/ instead;
    `regions` document name → region key → {generated, written, draft}; `scores` and `evidence` for diff."""
    folder: Path | None = None
    files: dict[str, str] = field(default_factory=dict)
    review: dict[str, str] = field(default_factory=dict)
    regions: dict[str, dict[str, dict[str, list[str]]]] = field(default_factory=dict)
    scores: dict = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # region key → its heading, for diff
    notices: list[str] = field(default_factory=list)

    @property
    def sequence(self) -> int:
        return int(self.folder.name) if self.folder else 0

    def copy_of(self, name: str) -> Path | None:
        """The file `name` as this render wrote it, or None."""
        path = self.folder / name if self.folder else None
        return path if path and path.is_file() else None

    def data(self) -> dict:
        return {"sequence": self.sequence, "files": self.files, "review": self.review, "regions": self.regions,
                "labels": self.labels, "scores": self.scores, "evidence": self.evidence, "notices": self.notices}


def renders(campaign: Campaign) -> list[Record]:
    """The recorded renders, oldest first."""
    root = history_folder(campaign)
    found = sorted(p for p in root.glob("[0-9][0-9][0-9]") if (p / RECORD).is_file()) if root.is_dir() else []
    return [load(p) for p in found]


def load(folder: Path) -> Record:
    data = json.loads((folder / RECORD).read_text(encoding="utf-8"))
    return Record(folder, data.get("files", {}), data.get("review", {}), data.get("regions", {}),
                  data.get("scores", {}), data.get("evidence", {}), data.get("labels", {}), data.get("notices", []))


def last(campaign: Campaign) -> Record | None:
    found = renders(campaign)
    return found[-1] if found else None


def corrected(campaign: Campaign, path: Path) -> None:
    """`path` in out/submit/ was rewritten by us after the render that wrote it (a totals line moved back to its
    table after PDF conversion): the latest record takes these bytes as ours, so the next render does not mistake
    our own correction for a person's edit."""
    record = last(campaign)
    if record is None or path.name not in record.files:
        return
    record.files[path.name] = sha256_of(path)
    shutil.copyfile(path, record.folder / path.name)
    _write(record)


def _write(record: Record) -> None:
    (record.folder / RECORD).write_text(json.dumps(record.data(), ensure_ascii=False, indent=1, sort_keys=True),
                                        encoding="utf-8")


def keep(campaign: Campaign, record: Record, written: dict[str, Path], previous: Record | None) -> Record:
    """Store `record` as the next render, with a copy of each file in `written` (name → the path whose bytes we
    wrote; for a kept file, the previous render's copy). A render identical to the previous one adds nothing."""
    if previous is not None and previous.data() | {"sequence": 0} == record.data() | {"sequence": 0}:
        return previous
    folder = history_folder(campaign) / f"{(previous.sequence if previous else 0) + 1:03d}"
    if folder.exists():  # a render interrupted before its record was written
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, source in sorted(written.items()):
        shutil.copyfile(source, folder / name)
    record.folder = folder
    _write(record)
    return record
