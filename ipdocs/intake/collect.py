"""`ipdocs collect`: turn what units put in inbox/<unit>/ into a trustworthy record.

Every inbox file (and every member of every archive) is a *source*, identified by unit, path and SHA-256;
a source already in the ledger is skipped, so rerunning ingests nothing twice. Accepted files go to the
read-only store and become *items*; refused ones are copied to quarantine/ with the reason. The inbox is
only ever read.

Receipt time: a top-level folder of inbox/<unit>/ whose name starts with a date and time
(`2023-12-05 1630 第一次报送`, `20231205-1630`) is a delivery received then; anything else counts as
received at the run's time (`--at`, or now).

What was stored is told to `stored` (extraction's workers, `ipdocs run`) as soon as it is durable and recorded,
batch by batch (`flush`), so that extraction can start on it while collection goes on.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from lxml import etree

from ipdocs.campaign.model import Campaign
from ipdocs.intake.filetype import CONVERTED, EXTENSIONS, NAMES, detect, extension_mismatch
from ipdocs.intake.ledger import Item, Ledger
from ipdocs.intake.store import Store, sha256_of
from ipdocs.intake.unpack import ArchiveRefused, Limits, extract, size_text

# Reading a file's content (ipdocs.intake.validate, ipdocs.forms: python-docx, openpyxl, pypdfium2) and LibreOffice
# are imported when a new file arrives: a rerun that finds nothing new does not pay for them.

DATED = re.compile(r"^(\d{4})[-.年]?(\d{1,2})[-.月]?(\d{1,2})日?[ _T-]*(?:(\d{1,2})[:：.]?(\d{2}))?")


@dataclass
class Source:
    unit: str
    path: Path
    name: str  # path inside inbox/<unit>/ (archive members: a.zip!/b.pdf)
    received_at: dt.datetime


@dataclass
class CollectResult:
    counts: Counter = field(default_factory=Counter)  # stored, converted, quarantined, skipped, archive
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # unit, path, reason

    @property
    def summary(self) -> str:
        c = self.counts
        return (f"新收文件{c['stored'] + c['converted']}个（其中转换{c['converted']}个），隔离{c['quarantined']}个，"
                f"解开压缩包{c['archive']}个，已收过跳过{c['skipped']}个")


def normal(text: str) -> str:
    """Names compared as people mean them: full/half width and case do not matter."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def delivery_time(name: str, tz: ZoneInfo) -> dt.datetime | None:
    m = DATED.match(name)
    if not m:
        return None
    year, month, day, hour, minute = (int(g) if g else 0 for g in m.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, tzinfo=tz)
    except ValueError:
        return None


def primary_deadline(campaign: Campaign, unit: str):
    """The deadline a unit's delivery to the coordinator counts against: the lead's when it leads
    anything, else the cooperating units'."""
    roles = campaign.roles(unit)
    for role in ("lead", "cooperating"):
        if role in roles:
            found = [d for d in campaign.deadlines if d.kind == "materials" and d.sender == role
                     and d.receiver in ("lead", "coordinator")]
            if found:
                return found[0]
    return None


class Collector:
    def __init__(self, campaign: Campaign, at: dt.datetime, limits: Limits | None = None,
                 progress: Callable[[str], None] | None = None, unit: str | None = None,
                 stored: Callable[[list[Item]], None] | None = None):
        folder = campaign.folder
        self.campaign = campaign
        self.at = at
        self.limits = limits or Limits()
        self.ledger = Ledger(folder)
        self.store = Store(folder / "store")
        self.quarantine_dir = folder / "quarantine"
        self.progress = progress or (lambda _name: None)
        self.result = CollectResult()
        self.pending: list[tuple[Source, str, str, Path]] = []  # source, sha, kind, stored original
        self.only = unit  # rerun for one unit: its inbox folder only
        self.seen = self.ledger.all_seen()  # (unit, path, sha256) of every source taken before
        self.later: list[Callable] = []  # ledger writes, in order, made once the store has committed (flush)
        self.stored = stored  # told the items each flush recorded, once they are committed
        self.recorded: list[Item] = []  # items the ledger writes of the flush under way added
        self.current: dict[str, list[Item]] | None = None  # current items by unit, read on the first acceptance
        self.units = {normal(u.name): u.name for u in campaign.units}
        self.units.update({normal(u.short): u.name for u in campaign.units if u.short})

    # --- scanning ---------------------------------------------------------------------------------
    def sources(self) -> list[Source]:
        """Every inbox file to take, in order. Unit folders and entries that are links, or whose names could
        climb out (`..`, `\\` parts, control characters), are refused here and never followed."""
        inbox = self.campaign.folder / "inbox"
        tz = ZoneInfo(self.campaign.timezone)
        found = []
        if not inbox.is_dir():
            return found
        root = self.campaign.folder.resolve()
        for unit_dir in sorted(p for p in inbox.iterdir() if p.is_dir() or p.is_symlink()):
            unit = self.units.get(normal(unit_dir.name), unit_dir.name)
            if self.only and unit != self.only:
                continue
            if reason := _unsafe_folder(unit_dir, root):
                self.refuse_unread(Source(unit, unit_dir, unit_dir.name + "/", self.at), reason)
                continue
            for entry in sorted(unit_dir.iterdir()):
                if entry.is_symlink():  # a linked folder is not walked; a linked file is refused in take()
                    if entry.is_dir():
                        self.refuse_unread(Source(unit, entry, entry.name + "/", self.at), LINKED_FOLDER)
                        continue
                    found.append(Source(unit, entry, entry.name, self.at))
                    continue
                received = (delivery_time(entry.name, tz) if entry.is_dir() else None) or self.at
                files = [entry] if not entry.is_dir() else sorted(_walk(entry))
                found += [Source(unit, f, f.relative_to(unit_dir).as_posix(), received) for f in files]
        return found

    # --- one source -------------------------------------------------------------------------------
    def take(self, source: Source, depth: int = 0) -> None:
        self.progress(source.name)
        if reason := self.refusal_unread(source):
            return self.refuse_unread(source, reason)
        sha = sha256_of(source.path)
        if (source.unit, source.name, sha) in self.seen:
            self.result.counts["skipped"] += 1
            return
        if reason := self.refusal_by_unit_or_size(source, source.path.stat().st_size):
            return self.refuse(source, sha, reason)
        found = detect(source.path)
        if found.kind is None:
            return self.refuse(source, sha, found.reason)
        if found.kind == "zip":
            return self.unpack(source, sha, depth)
        if found.kind in CONVERTED:
            original = self.store.stage(source.path, sha, EXTENSIONS[found.kind])
            self.pending.append((source, sha, found.kind, original))
            return None
        from ipdocs.intake.validate import problem

        reason = problem(source.path, found.kind)
        if reason:
            return self.refuse(source, sha, reason)
        note = f"扩展名与内容不符（实为{NAMES[found.kind]}）" if extension_mismatch(source.path, found.kind) else ""
        self.accept(source, sha, found.kind, source.path, note=note)
        return None

    # --- screening (also what biggest_new asks before reading any file's content) ---------------------
    @staticmethod
    def refusal_unread(source: Source) -> str | None:
        """Why the file is refused without being read (a link, an unsafe name), or None."""
        if source.path.is_symlink():
            return LINKED_FILE
        return unsafe_name(source.name)

    def refusal_by_unit_or_size(self, source: Source, size: int) -> str | None:
        if source.unit not in self.units.values():
            return f"单位“{source.unit}”不在迎考工作配置中（收件箱文件夹应以单位全称命名）"
        if size > self.limits.max_file:
            return f"文件过大（{size_text(size)}，上限{size_text(self.limits.max_file)}）"
        return None

    def unpack(self, source: Source, sha: str, depth: int) -> None:
        if depth >= self.limits.max_depth:
            return self.refuse(source, sha, f"压缩包嵌套超过{self.limits.max_depth}层")
        scratch = self.store.scratch(f"unpack-{sha[:16]}-{depth}")
        try:
            members = extract(source.path, scratch, self.limits)
        except ArchiveRefused as exc:
            return self.refuse(source, sha, str(exc))
        for m in members:
            inner = Source(source.unit, m.path, f"{source.name}!/{m.name}", source.received_at)
            if m.path is None:
                self.refuse(inner, sha, m.refused, copy=False)
            else:
                self.take(inner, depth + 1)
        size = source.path.stat().st_size  # scratch stays until the run ends: conversions may need it
        self._later(source, sha, lambda c: self.record_source(c, source, sha, size, "archive"))  # after its members
        self.result.counts["archive"] += 1
        return None

    # --- outcomes ---------------------------------------------------------------------------------
    def record_source(self, c, source: Source, sha: str, size: int, outcome: str) -> None:
        self.ledger.record_source(c, source.unit, source.name, sha, size, _utc(source.received_at), outcome)

    def _later(self, source: Source, sha: str, write: Callable) -> None:
        """A ledger write for `flush`; the source counts as seen from now on (taken once per collection too)."""
        self.seen.add((source.unit, source.name, sha))
        self.later.append(write)

    def refuse_unread(self, source: Source, reason: str) -> None:
        """Refuse without reading or copying (links, unsafe names): recorded once, reported every run."""
        if (source.unit, source.name, "-") in self.seen:
            self.result.counts["skipped"] += 1
            return
        self.refuse(source, "", reason, copy=False)

    def refuse(self, source: Source, sha: str, reason: str, copy: bool = True) -> None:
        kept = None
        if copy and source.path is not None and source.path.is_file() and not source.path.is_symlink():
            folder = self.quarantine_dir / source.unit
            folder.mkdir(parents=True, exist_ok=True)
            kept = folder / f"{sha[:12]}-{Path(source.name.split('!/')[-1]).name}"
            if not kept.exists():
                shutil.copyfile(source.path, kept)
            kept.with_name(kept.name + ".原因.txt").write_text(f"{source.unit}/{source.name}\n{reason}\n",
                                                               encoding="utf-8")
        size = source.path.stat().st_size if source.path is not None and source.path.is_file() else 0

        def write(c) -> None:
            self.ledger.add_quarantine(c, unit=source.unit, path=source.name, sha256=sha or "-", size=size,
                                       reason=reason, received_at=_utc(source.received_at),
                                       copy=str(kept.relative_to(self.campaign.folder)) if kept else None)
            self.record_source(c, source, sha or "-", size, "quarantined")

        self._later(source, sha or "-", write)
        self.result.counts["quarantined"] += 1
        self.result.quarantined.append((source.unit, source.name, reason))

    def accept(self, source: Source, sha: str, kind: str, path: Path, original: tuple[str, str] | None = None,
               note: str = "") -> None:
        stored = self.store.stage(path, sha, EXTENSIONS[kind])
        role, form_unit = _role(self.store.readable(stored), kind)
        if form_unit and form_unit != source.unit:
            note = "；".join(x for x in (note, f"表格是为“{form_unit}”生成的") if x)
        deadline = primary_deadline(self.campaign, source.unit)
        name = Path(source.name.split("!/")[-1]).name
        values = dict(unit=source.unit, name=name, path=source.name, sha256=sha, size=path.stat().st_size, type=kind,
                      original_sha256=original[0] if original else None,
                      original_type=original[1] if original else None, role=role,
                      store_path=str(stored.relative_to(self.campaign.folder)), received_at=_utc(source.received_at),
                      deadline=deadline.id if deadline else None,
                      late=bool(deadline and source.received_at > deadline.due), note=note)
        size = source.path.stat().st_size

        def write(c) -> None:  # at flush: a file received earlier in this same collection may be superseded
            current = self._current(source.unit)
            previous = [i for i in current if normal(i.name) == normal(name) and i.sha256 != sha]
            version = (max(p.version for p in previous) + 1) if previous else 1
            item_id = self.ledger.add_item(c, **values, version=version)
            for p in previous:
                self.ledger.supersede(c, p.id, item_id)
                current.remove(p)
            item = Item(item_id, source.unit, name, source.name, sha, values["size"], kind, role, values["store_path"],
                        values["received_at"], values["deadline"], values["late"], version, None,
                        values["original_type"], note)
            current.append(item)
            self.recorded.append(item)
            self.record_source(c, source, original[0] if original else sha, size, "converted" if original else "stored")

        self._later(source, original[0] if original else sha, write)
        self.result.counts["converted" if original else "stored"] += 1

    def _current(self, unit: str) -> list[Item]:
        """The unit's current items as the ledger holds them plus this collection's writes so far (one query for
        the whole collection instead of one per accepted file)."""
        if self.current is None:
            self.current = {}
            for item in self.ledger.current_items():
                self.current.setdefault(item.unit, []).append(item)
        return self.current.setdefault(unit, [])

    def flush(self) -> None:
        """What was taken so far made permanent: the stored files durable first, then their ledger records (one
        transaction), then `stored` told of the new items. A run killed before this records nothing of them: the
        next one takes them again."""
        self.store.commit()
        if self.later:
            self.recorded = []
            with self.ledger.engine.begin() as c:
                for write in self.later:
                    write(c)
            self.later.clear()
            recorded, self.recorded = self.recorded, []
            if self.stored and recorded:
                self.stored(recorded)

    def convert_pending(self) -> None:
        if not self.pending:
            return
        from ipdocs.intake import convert as converter
        from ipdocs.intake.validate import problem

        for kind in sorted({p[2] for p in self.pending}):  # one LibreOffice start per source kind
            batch = [p for p in self.pending if p[2] == kind]
            target = CONVERTED[kind]
            scratch = self.store.scratch(f"convert-{kind}")
            copies = {}
            for source, sha, kind, original in batch:
                copy = scratch / f"{sha[:16]}{EXTENSIONS[kind]}"
                shutil.copyfile(self.store.readable(original), copy)
                copies[copy] = (source, sha, kind)
            for copy, outcome in converter.convert(list(copies), kind, target, scratch / "out").items():
                source, sha, kind = copies[copy]
                if isinstance(outcome, str):
                    self.refuse(source, sha, f"{NAMES[kind]}{outcome}")
                elif reason := problem(outcome, target):
                    self.refuse(source, sha, f"转换后的文件无法打开：{reason}")
                else:
                    self.accept(source, sha256_of(outcome), target, outcome, original=(sha, kind))
        self.pending.clear()

    def run(self) -> CollectResult:
        self.store.clean_interrupted()
        flushed = time.monotonic()
        for source in self.sources():
            self.take(source)
            if len(self.later) >= FLUSH_EVERY or self.later and time.monotonic() - flushed >= FLUSH_SECONDS:
                self.flush()
                flushed = time.monotonic()
        self.convert_pending()
        self.flush()
        self.store.clean_interrupted()
        self.ledger.checkpoint()
        return self.result


FLUSH_EVERY = 50  # files taken between commits of the store and the ledger: what a killed run takes again
FLUSH_SECONDS = 0.5  # or this long: what is stored reaches extraction's workers (`stored`) without waiting for 50
LINKED_FILE = "符号链接，不是文件（已拒绝，未读取其指向的内容）：请报送文件本身"
LINKED_FOLDER = "文件夹是符号链接（已拒绝，未读取其指向的内容）：请把文件本身放入该文件夹"


def _unsafe_folder(unit_dir: Path, root: Path) -> str | None:
    if unit_dir.is_symlink():
        return f"收件箱文件夹 inbox/{unit_dir.name} 是符号链接（已拒绝，未读取其指向的内容）：请把文件本身放入该文件夹"
    if not unit_dir.resolve().is_relative_to(root):
        return f"收件箱文件夹 inbox/{unit_dir.name} 位于迎考工作文件夹之外（已拒绝）：请把文件本身放入该文件夹"
    return unsafe_name(unit_dir.name)


def unsafe_name(name: str) -> str | None:
    """Why a path inside inbox/<unit>/ (archive members: a.zip!/b.pdf) is refused by name, or None.
    `..` parts and backslash paths (`..\\..\\x.pdf`) could climb out wherever the file is later written;
    control characters hide what the name says."""
    shown = name.encode("unicode_escape").decode("ascii") if _has_control(name) else name
    if _has_control(name):
        return f"文件名含控制字符（{shown}）：请改用普通文件名后重新报送"
    parts = [p for part in name.split("!/") for p in part.split("/")]
    if any("\\" in p for p in parts):
        return f"文件名含反斜杠路径（{shown}）：请改用不含“\\”的普通文件名后重新报送"
    if any(p == ".." for p in parts):
        return f"文件名含“..”路径（{shown}）：请改用普通文件名后重新报送"
    return None


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def _walk(folder: Path):
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name
        for name in dirs:
            if (Path(root) / name).is_symlink():
                yield Path(root) / name


def _role(stored: Path, kind: str) -> tuple[str, str | None]:
    """evidence, or one of the unit forms distribution wrote (recognised by the identifier in the file's core
    properties, read without opening the whole document)."""
    if kind not in ("docx", "xlsx"):
        return "evidence", None
    from ipdocs.forms.register import FORM_ID as REGISTER_ID
    from ipdocs.forms.selfeval import FORM_ID as SELFEVAL_ID

    identifier = core_identifier(stored)
    for prefix, role in ((SELFEVAL_ID, "selfeval"), (REGISTER_ID, "register")):
        if identifier.startswith(prefix + ":"):
            return role, identifier.split(":", 3)[-1]
    return "evidence", None


_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)  # a unit's file: no entities, no fetching


def core_identifier(stored: Path) -> str:
    """dc:identifier of an OOXML file's docProps/core.xml (what python-docx and openpyxl call `identifier`)."""
    try:
        with zipfile.ZipFile(stored) as z:
            root = etree.fromstring(z.read("docProps/core.xml"), _SAFE_XML)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return ""
    found = root.find("{http://purl.org/dc/elements/1.1/}identifier")
    return (found.text or "").strip() if found is not None else ""


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


SURE_EVIDENCE = ("pdf", "jpg", "png", "tiff")  # never a unit form (those are DOCX/XLSX), never converted
_NAMED_AS = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")  # their usual extensions (the content decides)


def biggest_new(campaign: Campaign, count: int) -> list[tuple[str, Path, str, str]]:
    """(sha256, inbox path, kind, name) of the `count` biggest inbox files that collection will take as new evidence
    of a kind in SURE_EVIDENCE, unless the file does not open (`ipdocs.intake.validate`, not checked here): what the
    extraction's workers started ahead read first, before collection has stored them. Only the size of each file is
    read here, and the content of those returned; nothing is written."""
    collector = Collector(campaign, dt.datetime.now(ZoneInfo(campaign.timezone)))
    found = []
    for source in collector.sources():  # folders that are links or lie outside the campaign are left out here
        if source.path.suffix.lower() not in _NAMED_AS or collector.refusal_unread(source):
            continue
        size = source.path.stat().st_size
        if size and not collector.refusal_by_unit_or_size(source, size):
            found.append((size, source))
    chosen = []
    for _size, source in sorted(found, key=lambda f: (-f[0], f[1].unit, f[1].name)):
        if len(chosen) == count:
            break
        sha, kind = sha256_of(source.path), detect(source.path).kind
        if (source.unit, source.name, sha) not in collector.seen and kind in SURE_EVIDENCE:
            chosen.append((sha, source.path, kind, Path(source.name).name))
    return chosen


def collect(campaign: Campaign, at: dt.datetime | None = None, progress=None, unit: str | None = None,
            stored: Callable[[list[Item]], None] | None = None) -> CollectResult:
    """`stored`: told each batch of items as soon as the store and the ledger hold them (Collector.flush)."""
    at = at or dt.datetime.now(ZoneInfo(campaign.timezone))
    return Collector(campaign, at, progress=progress, unit=unit, stored=stored).run()
