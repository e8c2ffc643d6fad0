"""What a file is, judged by its bytes, never by its name.

Units rename files freely (a scan saved as .doc, a .wps renamed .docx, an executable called 通知.pdf);
the extension only notes a mismatch, names the WPS twin of a Word or Excel file (same container, same
streams) and tells the program of an Office 97-2003 file too damaged to read. Magic numbers are the
`filetype` library's; Office 97-2003 containers (OLE2) are opened with `olefile` and told apart by their
streams; ZIP containers by their directory.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import filetype
import olefile

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

# filetype's extension → our kind, for what is accepted as it is
_MAGIC = {"pdf": "pdf", "jpg": "jpg", "png": "png", "apng": "png", "tif": "tiff", "rtf": "rtf"}
# filetype knows these by their first entries only; the ZIP directory decides (and proves it whole)
_ZIP_FAMILY = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
_REFUSED = {"exe": "可执行程序，不是文档（已隔离）", "elf": "可执行程序，不是文档（已隔离）",
            "rar": "不支持 RAR/7z 压缩包，请改用 ZIP 格式", "7z": "不支持 RAR/7z 压缩包，请改用 ZIP 格式"}
# The main stream of each Office 97-2003 program (Excel 5 wrote "Book", Excel 97 and WPS 表格 "Workbook").
_OLE_STREAMS = (("WordDocument", "doc"), ("Workbook", "xls"), ("Book", "xls"),
                ("PowerPoint Document", "ppt"), ("EncryptedPackage", "encrypted"))
_WPS_TWIN = {("doc", ".wps"): "wps", ("xls", ".et"): "et"}
_CLAIMED_BY_SUFFIX = {".doc": "doc", ".wps": "wps", ".xls": "xls", ".et": "et"}


@dataclass(frozen=True)
class Detected:
    kind: str | None  # a key of NAMES, or None when the file cannot be accepted
    reason: str = ""  # why not, in Chinese, when kind is None


def detect(path: Path) -> Detected:
    if path.stat().st_size == 0:
        return Detected(None, "空文件（0字节）")
    suffix = path.suffix.lower()
    if olefile.isOleFile(str(path)):
        return _ole(path, suffix)
    guessed = filetype.guess(str(path))
    ext = guessed.extension if guessed else None
    if ext in _ZIP_FAMILY:
        return _zip(path)
    if ext in _MAGIC:
        return Detected(_MAGIC[ext])
    if ext in _REFUSED:
        return Detected(None, _REFUSED[ext])
    if guessed and guessed.mime.startswith("image/"):
        return Detected(None, "不支持该图片格式，请转为 JPG 或 PNG")
    if guessed is None and _pdf_after_junk(path):
        return Detected("pdf")
    return Detected(None, f"无法识别的文件类型（{suffix or '无扩展名'}）")


def _ole(path: Path, suffix: str) -> Detected:
    """Word, Excel and their WPS twins share the OLE2 container; its directory names the main stream."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except (OSError, ValueError):  # olefile.OleFileError is an OSError
        # The directory is unreadable: take the program the name claims, so conversion reports the damage.
        if suffix in _CLAIMED_BY_SUFFIX:
            return Detected(_CLAIMED_BY_SUFFIX[suffix])
        return Detected(None, "Office 97-2003 文件已损坏，无法读取")
    kind = next((kind for stream, kind in _OLE_STREAMS if stream in streams), None)
    if kind == "encrypted":
        return Detected(None, "文档已加密（设置了打开密码），请取消密码后报送")
    if kind == "ppt":
        return Detected(None, "不接受演示文稿（PPT），请另存为 PDF")
    if kind is None:
        return Detected(None, "无法识别的 Office 97-2003 文件")
    return Detected(_WPS_TWIN.get((kind, suffix), kind))


def _zip(path: Path) -> Detected:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mime = z.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        return Detected(None, "ZIP 结构损坏，无法打开（文件可能不完整）")
    if "word/document.xml" in names:
        return Detected("docx")
    if "xl/workbook.xml" in names:
        return Detected("xlsx")
    if any(n.startswith("ppt/") for n in names):
        return Detected(None, "不接受演示文稿（PPT），请另存为 PDF")
    if "OFD.xml" in names:
        return Detected(None, "OFD 版式文件暂无可用的读取程序，请另存为 PDF 后报送")
    if b"opendocument.text" in mime:
        return Detected("odt")
    if b"opendocument.spreadsheet" in mime:
        return Detected("ods")
    return Detected("zip")


def _pdf_after_junk(path: Path) -> bool:
    """Some scanners put junk before the PDF header; no library looks past the first bytes for it."""
    with path.open("rb") as f:
        return b"%PDF-" in f.read(1024)


def extension_mismatch(path: Path, kind: str) -> bool:
    suffix = path.suffix.lower()
    expected = {EXTENSIONS[kind]} | ({".jpeg", ".jpg"} if kind == "jpg" else set()) | (
        {".tif", ".tiff"} if kind == "tiff" else set())
    return bool(suffix) and suffix not in expected
