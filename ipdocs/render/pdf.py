"""DOCX → PDF: one LibreOffice start per output folder, with the project's font aliases and deterministic
bytes (ipdocs.output.libreoffice)."""

from __future__ import annotations

from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.output import libreoffice


def to_pdf(files: list[Path], out: Path | None = None) -> list[Path]:
    """PDFs beside the DOCX files (or in `out`); raises with the file names when LibreOffice fails."""
    if libreoffice.soffice() is None:
        raise IpdocsError("本机未安装 LibreOffice，无法生成 PDF（运行 scripts/bootstrap.sh 安装）")
    made = []
    for folder in sorted({(out or f.parent) for f in files}):
        batch = [f for f in files if (out or f.parent) == folder]
        for f, pdf in libreoffice.convert(batch, "pdf", folder).items():
            if pdf is None:
                raise IpdocsError(f"{f.name}：转换为 PDF 失败")
            made.append(pdf)
    return made
