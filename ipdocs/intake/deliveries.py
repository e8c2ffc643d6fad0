"""What each unit has delivered, as the later stages need it: its current files, its latest evidence
register (read once), each register row with the received file it names, and its claimed quantities.
Status, reconciliation and rendering all read deliveries through here.

A returned contacts form (联系人统计表/联系人信息表) is not evidence: it is recognised by the identifier
`ipdocs distribute` wrote into it, or by a file name containing 联系人…表, and given the role "contacts"."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign
from ipdocs.intake.collect import core_identifier, normal
from ipdocs.intake.filetype import EXTENSIONS
from ipdocs.intake.ledger import Item, Ledger
from ipdocs.rubric import Rubric, load_facts

if TYPE_CHECKING:  # the forms (openpyxl, python-docx) are imported where a register is read
    from ipdocs.forms import EvidenceRow, Register

KNOWN_SUFFIXES = {*EXTENSIONS.values(), ".jpeg", ".tiff", ".ofd"}
CONTACTS_ID = "ipdocs:contacts:"  # identifier of the contacts form ipdocs.distribute writes
CONTACTS_NAME = re.compile(r"联系人\S*表")


def as_delivered(message: IpdocsError | str, item: Item) -> str:
    """A reader's message about a stored file, naming the file as the unit sent it, not its hash."""
    return str(message).replace(Path(item.store_path).name, item.name)


def file_key(name: str) -> str:
    """A file name as a register row may write it: width and case ignored, the extension optional
    (only a real file extension is dropped: “6.2-01 活动” has none)."""
    text = normal(PurePosixPath(name).name)
    suffix = PurePosixPath(text).suffix
    return text[: -len(suffix)] if suffix in KNOWN_SUFFIXES else text


def is_contacts_form(campaign: Campaign, item: Item) -> bool:
    """Whether an item the ledger holds as evidence is the unit's returned contacts form."""
    if CONTACTS_NAME.search(normal(PurePosixPath(item.name).stem)):
        return True
    if item.type != "docx" or campaign.folder is None:
        return False
    return _marked_as_contacts(str(campaign.folder / item.store_path))


@functools.lru_cache(maxsize=4096)
def _marked_as_contacts(stored: str) -> bool:
    """Asked once per stored file and process (status, reconciliation and the report each ask): the store is
    content-addressed and never rewritten."""
    return core_identifier(Path(stored)).startswith(CONTACTS_ID)


@dataclass
class Delivery:
    unit: str
    items: list[Item]  # current (not superseded) items
    register: Register | None = None
    problem: str = ""  # why the latest register could not be read
    links: list[tuple[EvidenceRow, Item | None]] = field(default_factory=list)  # row → the file it names

    def role(self, role: str) -> list[Item]:
        return [i for i in self.items if i.role == role]

    def lead_claims(self, campaign: Campaign) -> dict:
        """The register's claimed facts for the criteria this unit leads."""
        if self.register is None:
            return {}
        return {c: v for c, v in self.register.facts(campaign.rubric).items()
                if c in campaign.assignments and campaign.assignments[c].lead == self.unit}


_REGISTERS: dict[tuple[str, int], tuple[Rubric, Register | IpdocsError]] = {}


def _read_register(path: Path, rubric: Rubric) -> Register:
    """A stored register, read once per rubric: the store is content-addressed and never changes, and status
    is often judged at many moments (reminders, schedules). The caller gets its own copy to amend."""
    key = (str(path), id(rubric))
    hit = _REGISTERS.get(key)
    if hit is None or hit[0] is not rubric:
        if len(_REGISTERS) > 512:
            _REGISTERS.clear()
        from ipdocs.forms import read_register

        try:
            hit = _REGISTERS[key] = (rubric, read_register(path, rubric))
        except IpdocsError as exc:
            hit = _REGISTERS[key] = (rubric, exc)
    if isinstance(hit[1], IpdocsError):
        raise hit[1]
    return replace(hit[1], rows=list(hit[1].rows), claims=dict(hit[1].claims), problems=list(hit[1].problems))


def items_at(ledger: Ledger, at: dt.datetime | None = None) -> list[Item]:
    """The items current at `at` (all current items if None): received by then, and not yet replaced by a
    version received by then — so a status “as at” an earlier moment ignores what came later."""
    if at is None:
        return ledger.current_items()
    every = ledger.all_items()
    by_id = {i.id: i for i in every}
    return [i for i in every if i.received_at <= at
            and (i.superseded_by is None or by_id[i.superseded_by].received_at > at)]


def deliveries(campaign: Campaign, ledger: Ledger | None = None, at: dt.datetime | None = None) -> list[Delivery]:
    ledger = ledger or Ledger(campaign.folder)
    current = items_at(ledger, at)
    found = []
    for unit in campaign.units:
        d = Delivery(unit.name, [replace(i, role="contacts") if i.role == "evidence" and is_contacts_form(campaign, i)
                                 else i for i in current if i.unit == unit.name])
        registers = d.role("register")
        if registers:
            try:
                d.register = _read_register(campaign.folder / registers[-1].store_path, campaign.rubric)
                d.register.problems = [as_delivered(p, registers[-1]) for p in d.register.problems]
            except IpdocsError as exc:
                d.problem = as_delivered(exc, registers[-1])
        if d.register is not None:
            files = {file_key(i.name): i for i in d.role("evidence")}
            d.links = [(row, files.get(file_key(row.file_name)) if row.file_name else None)
                       for row in d.register.rows]
        found.append(d)
    return found


def claimed_facts(campaign: Campaign, delivered: list[Delivery]) -> dict:
    """The lead units' claims, overlaid by the coordinator's own self-evaluation (facts.yaml)."""
    claims: dict = {}
    for d in delivered:
        claims.update(d.lead_claims(campaign))
    facts_file = campaign.folder / "facts.yaml"
    if facts_file.is_file():
        claims.update(load_facts(facts_file, campaign.rubric))
    return claims
