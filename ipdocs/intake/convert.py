"""Legacy formats (.doc, .wps, .xls, .et, ODF, RTF) to DOCX/XLSX with headless LibreOffice, one start per
batch (each start costs 1–2 s). The originals are never touched: copies are converted."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 300
# The import filter for each detected kind. Without one, LibreOffice imports what it cannot read as plain
# text and "succeeds"; with it, a damaged file fails as it should.
IMPORT_FILTERS = {"doc": "MS Word 97", "wps": "MS Word 97", "xls": "MS Excel 97", "et": "MS Excel 97",
                  "odt": "writer8", "ods": "calc8", "rtf": "Rich Text Format"}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(files: list[Path], kind: str, target: str, out: Path) -> dict[Path, Path | str]:
    """Convert files of one `kind` (doc, xls …) to `target` (docx or xlsx) in `out`: file → converted path,
    or the reason it failed."""
    program = soffice()
    if not files:
        return {}
    if program is None:
        return {f: "本机未安装 LibreOffice，无法转换旧格式文件" for f in files}
    out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.gettempdir()) / f"ipdocs-lo-{os.getuid()}"
    command = [program, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               f"--infilter={IMPORT_FILTERS[kind]}", "--convert-to", target, "--outdir", str(out), *map(str, files)]
    try:
        subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return {f: f"转换超时（超过{TIMEOUT}秒）" for f in files}
    results: dict[Path, Path | str] = {}
    for f in files:
        made = out / f"{f.stem}.{target}"
        results[f] = made if made.is_file() and made.stat().st_size > 0 else "转换失败（文件可能已损坏或加密）"
    return results
