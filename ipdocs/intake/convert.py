"""Legacy formats (.doc, .wps, .xls, .et, ODF, RTF) to DOCX/XLSX with LibreOffice, one start per batch. The
originals are never touched: copies are converted."""

from __future__ import annotations

from pathlib import Path

from ipdocs.output import libreoffice

TIMEOUT = 300
# The import filter for each detected kind. Without one, LibreOffice imports what it cannot read as plain
# text and "succeeds"; with it, a damaged file fails as it should.
IMPORT_FILTERS = {"doc": "MS Word 97", "wps": "MS Word 97", "xls": "MS Excel 97", "et": "MS Excel 97",
                  "odt": "writer8", "ods": "calc8", "rtf": "Rich Text Format"}


def convert(files: list[Path], kind: str, target: str, out: Path) -> dict[Path, Path | str]:
    """Convert files of one `kind` (doc, xls …) to `target` (docx or xlsx) in `out`: file → converted path,
    or the reason it failed."""
    if not files:
        return {}
    if libreoffice.soffice() is None:
        return {f: "本机未安装 LibreOffice，无法转换旧格式文件" for f in files}
    try:
        made = libreoffice.convert(files, target, out, infilter=IMPORT_FILTERS[kind], timeout=TIMEOUT)
    except libreoffice.LibreOfficeTimeout:
        return {f: f"转换超时（超过{TIMEOUT}秒）" for f in files}
    return {f: made[f] or "转换失败（文件可能已损坏或加密）" for f in files}
