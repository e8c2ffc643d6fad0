"""Crafting the files units send — good ones and the bad ones collection must refuse."""

import io
import zipfile
from pathlib import Path

import pypdf


def pdf_bytes(pages: int = 1, password: str | None = None) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


class GbkName(zipfile.ZipInfo):
    """A member name as Chinese Windows writes it: GBK bytes, no UTF-8 flag."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own name
        return self.filename.encode("gbk"), self.flag_bits


def zip_bytes(members: dict[str, bytes], gbk: bool = False, deflate: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, data in members.items():
            info = GbkName(name) if gbk else zipfile.ZipInfo(name)
            info.compress_type = method
            z.writestr(info, data)
    return buffer.getvalue()


def bomb_bytes(size: int = 64 << 20) -> bytes:
    return zip_bytes({"全部材料.pdf": b"\0" * size}, deflate=True)


def nested_zip(depth: int) -> bytes:
    data = pdf_bytes()
    name = "最里层.pdf"
    for level in range(depth):
        data = zip_bytes({name: data})
        name = f"第{level + 1}层.zip"
    return data
