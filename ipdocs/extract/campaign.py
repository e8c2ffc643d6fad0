"""Facts for every received evidence file, cached by content hash (out/extract/<sha256>.json), so a rerun
extracts nothing twice; a cached result made by another version of the extractor is extracted again.

`extract_one` is the work for one file. Who runs it over the new files is the caller's choice: one after
another in this process (`extract_campaign`: `ipdocs extract`, reconciliation), or one Prefect task per file
on local processes or a Dask cluster (flows/extract.py); either way `pending` says what is new and `keep`
caches each result."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from ipdocs.campaign.model import Campaign
from ipdocs.extract.facts import facts
from ipdocs.extract.text import read_document
from ipdocs.intake.ledger import Ledger

EXTRACTABLE = {"pdf", "docx", "xlsx", "jpg", "png", "tiff"}


@dataclass
class Extracted:
    facts: dict[str, dict] = field(default_factory=dict)  # sha256 → facts (or {"error": …})
    new: int = 0  # extracted by this run
    cached: int = 0  # read from the cache by this run

    def add(self, sha256: str, found: dict) -> None:
        """A file this run extracted."""
        self.facts[sha256] = found
        self.new += 1

    @property
    def failed(self) -> list[str]:
        """Files that could not be read, this run or an earlier one."""
        return sorted(f["file"] for f in self.facts.values() if "error" in f)


@dataclass(frozen=True)
class Job:
    """One stored file to extract: plain strings, so it crosses to a worker process or a cluster."""
    sha256: str
    path: str
    kind: str
    name: str


def cache_folder(campaign: Campaign) -> Path:
    return campaign.out / "extract"


@cache
def extractor_version() -> str:
    """A digest of the extractor's code and vocabularies: an improved extractor reads every file again."""
    h = hashlib.sha256()
    for p in sorted(Path(str(files("ipdocs.extract"))).glob("*.*")):
        if p.suffix in (".py", ".yaml"):
            h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def cached_facts(campaign: Campaign, sha256: str) -> dict | None:
    """The facts of one stored file as this version of the extractor found them, or None."""
    path = cache_folder(campaign) / f"{sha256}.json"
    if not path.is_file():
        return None
    found = json.loads(path.read_text(encoding="utf-8"))
    return found if found.get("extractor") == extractor_version() else None


def extract_one(path: str, kind: str) -> dict:
    try:
        return facts(read_document(Path(path), kind))
    except Exception as exc:  # a damaged file must not stop the others; the reason is kept
        return {"file": Path(path).name, "error": f"无法提取：{type(exc).__name__}: {exc}"}


def pending(campaign: Campaign) -> tuple[Extracted, dict[str, Job]]:
    """What is already extracted (from the cache) and what is not, by content hash."""
    items = [i for i in Ledger(campaign.folder).current_items() if i.role == "evidence" and i.type in EXTRACTABLE]
    cache = cache_folder(campaign)
    cache.mkdir(parents=True, exist_ok=True)
    result = Extracted()
    todo: dict[str, Job] = {}
    for item in items:
        cached = cached_facts(campaign, item.sha256)
        if cached is not None:
            result.facts[item.sha256] = cached
            result.cached += 1
        elif item.sha256 not in todo:
            todo[item.sha256] = Job(item.sha256, str(campaign.folder / item.store_path), item.type, item.name)
    return result, dict(sorted(todo.items()))


def keep(cache: Path, job: Job, found: dict) -> dict:
    """Cache one file's facts in `cache` (cache_folder): whole or absent, like the store."""
    found = {**found, "file": job.name, "extractor": extractor_version()}
    partial = cache / f"{job.sha256}.json.part"
    partial.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(cache / f"{job.sha256}.json")
    return found


def extract_campaign(campaign: Campaign, progress: Callable[[str], None] | None = None) -> Extracted:
    """The new files one after another, in this process (no Prefect, no pool)."""
    result, todo = pending(campaign)
    for job in todo.values():
        result.add(job.sha256, keep(cache_folder(campaign), job, extract_one(job.path, job.kind)))
        if progress:
            progress(job.name)
    return result
