"""What each unit has delivered, as the later stages need it: its current files, its latest evidence
register (read once), each register row with the received file it names, and its claimed quantities.
Status, reconciliation and rendering all read deliveries through here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign
from ipdocs.forms import EvidenceRow, Register, read_register
from ipdocs.intake.collect import normal
from ipdocs.intake.filetype import EXTENSIONS
from ipdocs.intake.ledger import Item, Ledger
from ipdocs.rubric import load_facts

KNOWN_SUFFIXES = {*EXTENSIONS.values(), ".jpeg", ".tiff", ".ofd"}


def as_delivered(message: IpdocsError | str, item: Item) -> str:
    """A reader's message about a stored file, naming the file as the unit sent it, not its hash."""
    return str(message).replace(Path(item.store_path).name, item.name)


def file_key(name: str) -> str:
    """A file name as a register row may write it: width and case ignored, the extension optional
    (only a real file extension is dropped: “6.2-01 活动” has none)."""
    text = normal(PurePosixPath(name).name)
    suffix = PurePosixPath(text).suffix
    return text[: -len(suffix)] if suffix in KNOWN_SUFFIXES else text


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


def deliveries(campaign: Campaign, ledger: Ledger | None = None) -> list[Delivery]:
    ledger = ledger or Ledger(campaign.folder)
    found = []
    for unit in campaign.units:
        d = Delivery(unit.name, ledger.current_items(unit.name))
        registers = d.role("register")
        if registers:
            try:
                d.register = read_register(campaign.folder / registers[-1].store_path, campaign.rubric)
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
        claims.update(load_facts(facts_file))
    return claims
