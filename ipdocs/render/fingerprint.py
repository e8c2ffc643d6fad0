"""Skipping a stage whose inputs have not changed (render, PDF conversion, bundle).

A stage's key is a digest of the content that feeds it (the gathered submission, the templates, the
campaign's YAML files, the code that renders); beside its outputs we keep the key and what the outputs
looked like when we wrote them (out/.render-key.json, out/.bundle-key.json). The next run skips the stage
when the key is the same and the outputs on disk are still the ones we wrote: a file deleted, added or
edited by a person (its size, time or bytes changed) makes the stage run again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path

from ipdocs.base import resources
from ipdocs.campaign.model import Campaign
from ipdocs.intake.store import sha256_of

RENDER_KEY = ".render-key.json"
BUNDLE_KEY = ".bundle-key.json"
# What render writes below out/ and reads back next time (slice B: a coordinator's edits, the last render's
# record, the new drafts set beside an edited file): all of it must be as render left it to skip render.
RENDERED = ("submit", "history", "review")


# --- keys ------------------------------------------------------------------------------------------

def plain(value, _seen: frozenset[int] = frozenset()):
    """`value` as JSON-able data that depends only on its content (dataclasses, pydantic models, paths,
    dates, decimals, sets in sorted order), for hashing."""
    if isinstance(value, str):
        return _portable(Path(value)) if value.startswith(_root_prefixes()) else value  # e.g. a rubric's source
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Path):
        return [type(value).__name__, _portable(value)]
    if isinstance(value, Decimal | dt.date | dt.time | dt.datetime | Enum):
        return [type(value).__name__, value.isoformat() if hasattr(value, "isoformat") else str(value)]
    if id(value) in _seen:
        return ["cycle", type(value).__name__]
    seen = _seen | {id(value)}
    if isinstance(value, dict):
        return sorted(([plain(k, seen), plain(v, seen)] for k, v in value.items()), key=_order)
    if isinstance(value, list | tuple):
        return [plain(v, seen) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v, seen) for v in value), key=_order)
    if isinstance(value, bytes):
        return ["bytes", hashlib.sha256(value).hexdigest()]
    if dataclasses.is_dataclass(value):
        return [type(value).__name__, {f.name: plain(getattr(value, f.name), seen)
                                       for f in dataclasses.fields(value)}]
    if hasattr(value, "model_dump"):  # pydantic
        return [type(value).__name__, plain(value.model_dump(), seen)]
    if hasattr(value, "__dict__"):
        return [type(value).__name__, plain(vars(value), seen)]
    return [type(value).__name__, repr(value)]


def _order(item) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def digest(*parts) -> str:
    text = json.dumps([plain(p) for p in parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _code_roots() -> dict[str, Path]:
    """The installed package and its shipped data: inside the package in a wheel, beside it when editable."""
    from importlib.resources import files as package_files

    return {k: resources.shipped(k) for k in ("rubrics", "templates", "fonts")} | {
        "ipdocs": Path(str(package_files("ipdocs")))}


@cache
def _root_prefixes() -> tuple[str, ...]:
    return tuple(f"{root}{os.sep}" for root in _code_roots().values())


def _portable(path: Path) -> str:
    """A shipped file named relative to its root, so an editable install and a wheel give the same keys."""
    for name, root in _code_roots().items():
        if path.is_relative_to(root):
            return f"{name}/{path.relative_to(root).as_posix()}"
    return str(path)


@cache
def code_version() -> str:
    """The ipdocs source and shipped data (templates, fonts, rubrics) that shape every output: a new
    version renders again."""
    # Named relative to their roots, so an editable install and a wheel (data inside the package) agree.
    found = sorted((f"{name}/{p.relative_to(root).as_posix()}", p) for name, root in _code_roots().items()
                   for p in root.rglob("*")
                   if p.is_file() and p.suffix in (".py", ".docx", ".conf", ".yaml")
                   and not (name == "ipdocs" and "_data" in p.relative_to(root).parts))
    return digest([(name, sha256_of(p)) for name, p in found])


def campaign_inputs(campaign: Campaign) -> list:
    """What a coordinator edits beside the inbox: the campaign folder's YAML files (campaign.yaml, facts.yaml,
    overrides) and the campaign's own templates."""
    folder = campaign.folder or Path(".")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if campaign.templates_dir and campaign.templates_dir.is_dir():
        files += sorted(p for p in campaign.templates_dir.rglob("*") if p.is_file())
    own = resources.own_rubrics()
    if own:
        files += sorted(own.glob("*.yaml"))
    return [(str(p), sha256_of(p)) for p in files]


def render_key(sub, pdf: bool) -> str:
    """Everything the documents in out/submit/ are made of: the gathered submission (scores, narratives,
    catalogue rows), the ledger, the extracted facts, the campaign's YAML and templates, the code."""
    from ipdocs.extract.campaign import cache_folder
    from ipdocs.intake.ledger import Ledger

    campaign = sub.campaign
    ledger = Ledger(campaign.folder).current_items()
    facts = [(p.name, sha256_of(p)) for p in sorted(cache_folder(campaign).glob("*.json"))]
    return digest("render", code_version(), campaign_inputs(campaign), ledger, facts, sub, pdf)


def pdf_key(files: list[str]) -> str:
    """The PDFs follow the bytes of the Word files, the fonts and the code."""
    docx = sorted(Path(f) for f in files if f.endswith(".docx"))
    return digest("pdf", code_version(), [(p.name, sha256_of(p)) for p in docx], sha256_of(resources.fontconfig()))


def layout_key(files: list[str]) -> str:
    """The GB/T 9704 check follows the bytes of the files it reads and the code."""
    return digest("layout", code_version(), [(Path(f).name, sha256_of(Path(f))) for f in sorted(files)])


def bundle_key(sub, submitted: Path) -> str:
    """The USB tree follows out/submit/ as it is now, the catalogue rows (evidence files by content) and the
    code."""
    from ipdocs.render.content import catalogue_sections

    files = {name: v[1] for name, v in snapshot(submitted).items()}
    return digest("bundle", code_version(), campaign_inputs(sub.campaign), files, catalogue_sections(sub))


# --- outputs as we left them -----------------------------------------------------------------------

def snapshot(folder: Path, names: list[str] | None = None, within: tuple[str, ...] = ("",)) -> dict[str, list]:
    """Every file below `folder` (only those `names`, or only in its subfolders `within`): relative path →
    [size, sha256]. No times: the record is itself an output, the same on every run from the same inputs."""
    if names is not None:
        files = [folder / n for n in sorted(names)]
    else:
        files = sorted({p for sub in within if (folder / sub).is_dir() for p in (folder / sub).rglob("*")})
    return {p.relative_to(folder).as_posix(): [p.stat().st_size, sha256_of(p)] for p in files if p.is_file()}


def unchanged(folder: Path, recorded: dict, only: bool = False, within: tuple[str, ...] = ("",)) -> bool:
    """The files below `folder` (`only` the recorded ones, or those `within` its subfolders) are those
    recorded, with the same bytes."""
    return bool(recorded) and snapshot(folder, list(recorded) if only else None, within) == recorded


@dataclasses.dataclass
class Record:
    """What a stage wrote last time: its key, its outputs, and anything worth saying again when skipped."""
    path: Path
    data: dict

    @classmethod
    def read(cls, path: Path) -> Record:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        return cls(path, data if isinstance(data, dict) else {})

    def current(self, step: str, key: str, folder: Path) -> dict | None:
        """The recorded result of `step` if its key is `key` and `folder` still holds what it wrote (the
        folders are those given to `keep`)."""
        entry = self.data.get(step)
        if (isinstance(entry, dict) and entry.get("key") == key
                and unchanged(folder, entry.get("outputs", {}), entry.get("only", False),
                              tuple(entry.get("within", ("",))))):
            return entry.get("result")
        return None

    def keep(self, step: str, key: str, folder: Path, result, names: list[str] | None = None,
             within: tuple[str, ...] = ("",)) -> None:
        """Record `step` as just done, its outputs all of `folder`, only `names` in it, or all in its subfolders
        `within`; written at once, so a later failure keeps what succeeded."""
        self.data[step] = {"key": key, "outputs": snapshot(folder, names=names, within=within),
                           "only": names is not None, "within": list(within), "result": result}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".part")
        partial.write_text(json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        partial.replace(self.path)

    def forget(self, step: str) -> None:
        if self.data.pop(step, None) is not None and self.path.is_file():
            self.path.write_text(json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True),
                                 encoding="utf-8")


def reuse_or_run(record: Record, step: str, key: str, folder: Path, run: Callable[[], object],
                 outputs: Callable[[object], list[str]] | None = None):
    """(`run()`'s result, True), or (the recorded result, False) when the key is the same and the outputs in
    `folder` (all its files, or the names `outputs(result)` gives) are those written last time."""
    done = record.current(step, key, folder)
    if done is not None:
        return done, False
    record.forget(step)  # a run that fails half-way must not leave the old record standing
    result = run()
    record.keep(step, key, folder, result, outputs(result) if outputs else None)
    return result, True
