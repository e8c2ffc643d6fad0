"""The ledger: what each unit sent, when, and what became of it (SQLAlchemy Core).

SQLite in the campaign folder by default (ledger.sqlite); `IPDOCS_LEDGER_URL` names another database
(e.g. postgresql://…) for an office that runs a server.

sources     every inbox file or archive member seen: (unit, path, sha256) is unique, so a rerun skips it
items       accepted files, with role (evidence / selfeval / register), type, lateness and version
quarantine  refused files and why
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    insert,
    select,
    update,
)

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("unit", String(200), nullable=False),
    Column("path", Text, nullable=False),  # inside inbox/<unit>/, archive members as a.zip!/b.pdf
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("outcome", String(20), nullable=False),  # stored | converted | quarantined | archive
    UniqueConstraint("unit", "path", "sha256"),
)

items = Table(
    "items", metadata,
    Column("id", Integer, primary_key=True),
    Column("unit", String(200), nullable=False),
    Column("name", Text, nullable=False),  # the file's own name as the unit gave it
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("type", String(10), nullable=False),
    Column("original_sha256", String(64)),  # for converted files: the .doc/.xls they came from
    Column("original_type", String(10)),
    Column("role", String(20), nullable=False),  # evidence | selfeval | register
    Column("store_path", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("deadline", String(50)),
    Column("late", Boolean, nullable=False, default=False),
    Column("version", Integer, nullable=False, default=1),
    Column("superseded_by", Integer),
    Column("note", Text, default=""),
    UniqueConstraint("unit", "path", "sha256"),
)

quarantine = Table(
    "quarantine", metadata,
    Column("id", Integer, primary_key=True),
    Column("unit", String(200), nullable=False),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("copy", Text),  # where the refused file was copied for inspection
    UniqueConstraint("unit", "path", "sha256"),
)


_INSERT = {table.name: insert(table) for table in (sources, items, quarantine)}


@dataclass
class Item:
    id: int
    unit: str
    name: str
    path: str
    sha256: str
    size: int
    type: str
    role: str
    store_path: str
    received_at: dt.datetime
    deadline: str | None
    late: bool
    version: int
    superseded_by: int | None
    original_type: str | None
    note: str


class Ledger:
    def __init__(self, folder: Path, url: str | None = None):
        url = url or os.environ.get("IPDOCS_LEDGER_URL") or f"sqlite:///{folder / 'ledger.sqlite'}"
        self.engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _write_ahead)
        metadata.create_all(self.engine)

    def all_seen(self) -> set[tuple[str, str, str]]:
        """Every (unit, path, sha256) already seen: one query for a whole collection instead of one per file."""
        with self.engine.connect() as c:
            return {tuple(row) for row in c.execute(select(sources.c.unit, sources.c.path, sources.c.sha256))}

    def checkpoint(self) -> None:
        """Everything in the write-ahead log moved into ledger.sqlite itself (end of a collection): a copy of that
        one file is the whole ledger."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # Inserts take their values as parameters of one statement per table, compiled once (`.values(...)` would make
    # and compile a new statement for every file: most of a cold collection's ledger time).
    def record_source(self, c, unit: str, path: str, sha: str, size: int, received_at, outcome: str) -> None:
        c.execute(_INSERT[sources.name], dict(unit=unit, path=path, sha256=sha, size=size, received_at=received_at,
                                              outcome=outcome))

    def add_item(self, c, **values) -> int:
        return c.execute(_INSERT[items.name], values).inserted_primary_key[0]

    def add_quarantine(self, c, **values) -> None:
        c.execute(_INSERT[quarantine.name], values)

    def current_items(self, unit: str | None = None) -> list[Item]:
        """Accepted files that no later version replaced, in order received."""
        query = select(items).where(items.c.superseded_by.is_(None)).order_by(items.c.received_at, items.c.id)
        if unit:
            query = query.where(items.c.unit == unit)
        with self.engine.connect() as c:
            return [self._item(row) for row in c.execute(query)]

    def all_items(self) -> list[Item]:
        with self.engine.connect() as c:
            return [self._item(r) for r in c.execute(select(items).order_by(items.c.received_at, items.c.id))]

    def quarantined(self) -> list[dict]:
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(select(quarantine).order_by(quarantine.c.id))]

    def supersede(self, c, old_id: int, new_id: int) -> None:
        c.execute(update(items).where(items.c.id == old_id).values(superseded_by=new_id))

    @staticmethod
    def _item(row) -> Item:
        m = row._mapping
        return Item(m["id"], m["unit"], m["name"], m["path"], m["sha256"], m["size"], m["type"], m["role"],
                    m["store_path"], _aware(m["received_at"]), m["deadline"], bool(m["late"]), m["version"],
                    m["superseded_by"], m["original_type"], m["note"] or "")


def _write_ahead(connection, _record) -> None:
    """SQLite with a write-ahead log, synced at checkpoints rather than at every commit: collecting a few hundred
    files commits once per file, and three disk syncs per commit cost seconds more than the collection itself.
    The ledger stays consistent; a power cut may lose its last records, never a stored file (the store syncs
    each file), and the next collection takes those files again. Each collection ends with a checkpoint."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite drops the offset: times are stored in UTC and read back as such."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
