"""Extraction (DESIGN §3): text by page from stored files (OCR where there is no text layer), normalised,
and the facts the scoring rules need — 文号, dates, title, organ, type, media outlets, tables."""

from __future__ import annotations

from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.intake.filetype import detect


def file_facts(path: str | Path) -> dict:
    """Facts of one file, or an error naming the file and why it cannot be read."""
    from ipdocs.extract.facts import facts  # the PDF/OCR stack loads only when a file is read (start-up)
    from ipdocs.extract.text import read_document
    from ipdocs.intake.validate import problem  # opens the file (python-docx, openpyxl, pypdfium2)

    path = Path(path)
    if not path.is_file():
        raise IpdocsError(f"找不到文件：{path}")
    found = detect(path)
    if found.kind is None:
        raise IpdocsError(f"{path.name}：{found.reason}")
    if found.kind not in ("pdf", "docx", "xlsx", "jpg", "png", "tiff"):
        raise IpdocsError(f"{path.name}：{found.kind} 文件请先由 ipdocs collect 转换后再提取")
    opened: dict = {}  # what the check parsed, read again by the reader instead of parsing the file twice
    reason = problem(path, found.kind, opened)
    if reason:
        raise IpdocsError(f"{path.name}：{reason}")
    return facts(read_document(path, found.kind, opened.get(found.kind)))
