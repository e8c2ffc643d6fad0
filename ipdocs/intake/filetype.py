"""What a file is, judged by its bytes, never by its name.

Units rename files freely (a scan saved as .doc, a .wps renamed .docx, an executable called 通知.pdf);
the extension only serves to note a mismatch.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

# Accepted as evidence as they are.
STORED = {"pdf", "docx", "xlsx", "jpg", "png", "tiff"}
# Accepted after conversion by LibreOffice (the original is kept beside the converted file).
CONVERTED = {"doc": "docx", "wps": "docx", "odt": "docx", "rtf": "docx", "xls": "xlsx", "et": "xlsx", "ods": "xlsx"}
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "jpg": ".jpg", "png": ".png", "tiff": ".tif",
              "doc": ".doc", "wps": ".wps", "odt": ".odt", "rtf": ".rtf", "xls": ".xls", "et": ".et", "ods": ".ods",
              "zip": ".zip"}
NAMES = {"pdf": "PDF", "docx": "Word 文档", "xlsx": "Excel 工作簿", "jpg": "JPEG 图片", "png": "PNG 图片",
         "tiff": "TIFF 图片", "doc": "Word 97-2003 文档", "wps": "WPS 文字文档", "odt": "ODF 文本",
         "rtf": "RTF 文档", "xls": "Excel 97-2003 工作簿", "et": "WPS 表格", "ods": "ODF 表格", "zip": "ZIP 压缩包"}


@dataclass(frozen=True)
class Detected:
    kind: str | None  # a key of NAMES, or None when the file cannot be accepted
    reason: str = ""  # why not, in Chinese, when kind is None


def _ole_kind(head: bytes, suffix: str) -> str:
    """Word, Excel and their WPS twins share the OLE2 container; its directory names the main stream."""
    if "WordDocument".encode("utf-16-le") in head:
        return "wps" if suffix == ".wps" else "doc"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "et" if suffix == ".et" else "xls"
    if "EncryptedPackage".encode("utf-16-le") in head:
        return "encrypted-office"
    return "ole"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if any(n.startswith("ppt/") for n in names):
                return "pptx"
            if "OFD.xml" in names:
                return "ofd"
            if "mimetype" in names:
                mime = z.read("mimetype")[:80]
                if b"opendocument.text" in mime:
                    return "odt"
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
            return "zip"
    except zipfile.BadZipFile:
        return "broken-zip"


def detect(path: Path) -> Detected:
    size = path.stat().st_size
    if size == 0:
        return Detected(None, "空文件（0字节）")
    with path.open("rb") as f:
        head = f.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return Detected("pdf")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        kind = _zip_kind(path)
        if kind == "broken-zip":
            return Detected(None, "ZIP 结构损坏，无法打开（文件可能不完整）")
        if kind == "pptx":
            return Detected(None, "不接受演示文稿（PPT），请另存为 PDF")
        if kind == "ofd":
            return Detected(None, "OFD 版式文件暂无可用的读取程序，请另存为 PDF 后报送")
        return Detected(kind)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        kind = _ole_kind(head + _tail(path), suffix)
        if kind == "encrypted-office":
            return Detected(None, "文档已加密（设置了打开密码），请取消密码后报送")
        if kind == "ole":
            return Detected(None, "无法识别的 Office 97-2003 文件")
        return Detected(kind)
    if head.startswith(b"\xff\xd8\xff"):
        return Detected("jpg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Detected("png")
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Detected("tiff")
    if head.startswith(b"{\\rtf"):
        return Detected("rtf")
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return Detected(None, "可执行程序，不是文档（已隔离）")
    if head.startswith((b"Rar!", b"7z\xbc\xaf\x27\x1c")):
        return Detected(None, "不支持 RAR/7z 压缩包，请改用 ZIP 格式")
    if head.startswith((b"GIF8", b"BM")):
        return Detected(None, "不支持该图片格式，请转为 JPG 或 PNG")
    if b"%PDF-" in head[:1024]:  # some scanners put junk before the header; other magic numbers came first
        return Detected("pdf")
    return Detected(None, f"无法识别的文件类型（{suffix or '无扩展名'}）")


def _tail(path: Path) -> bytes:
    """OLE directory sectors often sit after the first 4 KiB: read up to 1 MiB for the stream names."""
    with path.open("rb") as f:
        return f.read(1 << 20)


def extension_mismatch(path: Path, kind: str) -> bool:
    suffix = path.suffix.lower()
    expected = {EXTENSIONS[kind]} | ({".jpeg", ".jpg"} if kind == "jpg" else set()) | (
        {".tif", ".tiff"} if kind == "tiff" else set())
    return bool(suffix) and suffix not in expected
