"""Can the file be opened as what it claims to be? Damaged, truncated and password-protected files are
refused here with a reason a unit understands, before anything is stored as evidence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from PIL import Image, UnidentifiedImageError


def problem(path: Path, kind: str, opened: dict | None = None) -> str | None:
    """None when the file opens; otherwise why not (Chinese, one line). `opened`: given, it receives what the
    check parsed (a DOCX's python-docx Document, under "docx"), so that a reader need not parse the file again."""
    try:
        if kind == "docx":
            return _docx(path, opened)
        return _CHECKS.get(kind, lambda _p: None)(path)
    except Exception as exc:  # any library failure on a unit's file is a damaged file, not our crash
        return f"文件已损坏，无法打开（{type(exc).__name__}）"


def _pdf(path: Path) -> str | None:
    with path.open("rb") as f:
        f.seek(max(path.stat().st_size - 2048, 0))
        tail = f.read()
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            return "PDF 已加密（设置了打开密码），请取消密码后报送"
        return "PDF 已损坏，无法打开"
    try:
        if len(pdf) == 0:
            return "PDF 没有任何页面"
    finally:
        pdf.close()
    if b"%%EOF" not in tail:
        return "PDF 不完整（缺少文件结尾，可能在传输或保存时中断）"
    return None


def _zip_ok(path: Path) -> str | None:
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
    return f"文件内部已损坏（{bad}）" if bad else None


def _docx(path: Path, opened: dict | None = None) -> str | None:
    if reason := _zip_ok(path):
        return reason
    parsed = docx.Document(str(path))
    if opened is not None:
        opened["docx"] = parsed
    return None


def _xlsx(path: Path) -> str | None:
    if reason := _zip_ok(path):
        return reason
    openpyxl.load_workbook(path, read_only=True).close()
    return None


def _image(path: Path) -> str | None:
    try:
        with Image.open(path) as im:
            im.verify()
    except (UnidentifiedImageError, OSError, SyntaxError):
        return "图片已损坏，无法打开"
    return None


_CHECKS = {"pdf": _pdf, "docx": _docx, "xlsx": _xlsx, "jpg": _image, "png": _image, "tiff": _image}
