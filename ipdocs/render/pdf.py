"""DOCX → PDF with headless LibreOffice: one start for the whole batch, the project's fontconfig alias file
so the mandated faces map to their free equivalents (DESIGN §6)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from ipdocs.errors import IpdocsError
from ipdocs.intake.convert import soffice

FONTCONFIG = Path(__file__).resolve().parents[2] / "fonts" / "ipdocs-fonts.conf"


def to_pdf(files: list[Path], out: Path | None = None) -> list[Path]:
    """PDFs beside the DOCX files (or in `out`); raises with the file names when LibreOffice fails."""
    program = soffice()
    if program is None:
        raise IpdocsError("本机未安装 LibreOffice，无法生成 PDF（运行 scripts/bootstrap.sh 安装）")
    if not files:
        return []
    made = []
    for folder in sorted({(out or f.parent) for f in files}):
        batch = [f for f in files if (out or f.parent) == folder]
        profile = Path(tempfile.gettempdir()) / f"ipdocs-lo-pdf-{os.getuid()}"
        env = {**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG)}
        subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, batch)],
                       capture_output=True, timeout=600, env=env, check=False)
        for f in batch:
            pdf = folder / f"{f.stem}.pdf"
            if not pdf.is_file():
                raise IpdocsError(f"{f.name}：转换为 PDF 失败")
            made.append(pdf)
    return made
