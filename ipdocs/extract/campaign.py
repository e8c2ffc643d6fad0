"""`ipdocs extract DIR`: facts for every received evidence file, cached by content hash
(out/extract/<sha256>.json), so a rerun extracts nothing twice; a bounded pool of worker processes."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.campaign.model import Campaign
from ipdocs.extract.facts import facts
from ipdocs.extract.text import read_document
from ipdocs.intake.ledger import Item, Ledger

EXTRACTABLE = {"pdf", "docx", "xlsx", "jpg", "png", "tiff"}


@dataclass
class Extracted:
    facts: dict[str, dict] = field(default_factory=dict)  # sha256 → facts (or {"error": …})
    new: int = 0
    cached: int = 0


def cache_folder(campaign: Campaign) -> Path:
    return campaign.out / "extract"


def extract_one(path: str, kind: str) -> dict:
    try:
        return facts(read_document(Path(path), kind))
    except Exception as exc:  # a damaged file must not stop the others; the reason is kept
        return {"file": Path(path).name, "error": f"无法提取：{type(exc).__name__}: {exc}"}


def pending(campaign: Campaign) -> tuple[Extracted, dict[str, Item]]:
    """What is already extracted (from the cache) and what is not, by content hash."""
    items = [i for i in Ledger(campaign.folder).current_items() if i.role == "evidence" and i.type in EXTRACTABLE]
    cache = cache_folder(campaign)
    cache.mkdir(parents=True, exist_ok=True)
    result = Extracted()
    todo: dict[str, Item] = {}
    for item in items:
        cached = cache / f"{item.sha256}.json"
        if cached.is_file():
            result.facts[item.sha256] = json.loads(cached.read_text(encoding="utf-8"))
            result.cached += 1
        else:
            todo.setdefault(item.sha256, item)
    return result, todo


def keep(campaign: Campaign, result: Extracted, sha: str, item: Item, found: dict) -> None:
    """Cache one file's facts: whole or absent, like the store."""
    found["file"] = item.name
    partial = cache_folder(campaign) / f"{sha}.json.part"
    partial.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(cache_folder(campaign) / f"{sha}.json")
    result.facts[sha] = found
    result.new += 1


def extract_campaign(campaign: Campaign, workers: int = 2,
                     progress: Callable[[str], None] | None = None) -> Extracted:
    result, todo = pending(campaign)
    if todo:
        # spawn: OCR and PDF libraries are not fork-safe once loaded in the parent
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            jobs = {sha: pool.submit(extract_one, str(campaign.folder / item.store_path), item.type)
                    for sha, item in sorted(todo.items())}
            for sha, job in jobs.items():
                keep(campaign, result, sha, todo[sha], job.result())
                if progress:
                    progress(todo[sha].name)
    return result
