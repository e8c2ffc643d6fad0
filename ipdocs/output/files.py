"""The one way ipdocs writes DOCX, XLSX and ZIP files: fixed entry timestamps and permissions, entries in a
fixed order, so unchanged inputs give identical bytes (a rerun shows only real changes)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP entry can carry


def zip_bytes(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated archive of (name, data) in the given order, every entry dated FIXED_TIME and mode 0644."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def repacked(package: bytes) -> bytes:
    """An OOXML package (or any ZIP) with its entries re-dated FIXED_TIME, in their order."""
    source = zipfile.ZipFile(io.BytesIO(package))
    return zip_bytes((info.filename, source.read(info.filename)) for info in source.infolist())


def save_docx(document, path: Path) -> Path:
    """A python-docx Document (or docxtpl template) saved with fixed timestamps; set core properties first."""
    buffer = io.BytesIO()
    document.save(buffer)
    return _write(path, repacked(buffer.getvalue()))


def save_xlsx(workbook, path: Path) -> Path:
    """An openpyxl Workbook saved with fixed timestamps. Unlike Workbook.save, ExcelWriter keeps the
    workbook's own `modified` property (set it, with `created`, from the campaign)."""
    from openpyxl.writer.excel import ExcelWriter  # openpyxl is imported by whoever writes a workbook, not here

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return _write(path, repacked(buffer.getvalue()))


def save_zip(root: Path, path: Path) -> Path:
    """Every file below `root`, sorted, stored under `root.name/` in the archive at `path`."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return _write(path, zip_bytes((f"{root.name}/{p.relative_to(root).as_posix()}", p.read_bytes()) for p in files))
