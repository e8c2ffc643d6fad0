"""Typing files by content: OLE2 containers by their streams (olefile), the rest by magic numbers (filetype),
ZIP containers by their directory; the name only names a WPS twin or notes a mismatch."""

import shutil
import subprocess
from pathlib import Path

import openpyxl
from intake_files import pdf_bytes, write, zip_bytes

from ipdocs.intake.filetype import detect, extension_mismatch

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
LEGACY_DOC = next(SAMPLES.rglob("*.doc"))


def kind(path):
    found = detect(path)
    return found.kind or found.reason


def test_word_97_is_known_by_its_stream_whatever_its_name(tmp_path):
    assert kind(shutil.copy(LEGACY_DOC, tmp_path / "纪要.doc")) == "doc"
    assert kind(shutil.copy(LEGACY_DOC, tmp_path / "纪要.wps")) == "wps"          # the WPS twin, same container
    renamed = Path(shutil.copy(LEGACY_DOC, tmp_path / "纪要.pdf"))
    assert kind(renamed) == "doc" and extension_mismatch(renamed, "doc")


def test_excel_97_and_powerpoint_by_their_streams(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "专利申请量"
    book.save(tmp_path / "统计.xlsx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "xls",
                    "--outdir", str(tmp_path), str(tmp_path / "统计.xlsx")], check=True, capture_output=True,
                   timeout=180)
    assert kind(tmp_path / "统计.xls") == "xls"
    assert kind(shutil.copy(tmp_path / "统计.xls", tmp_path / "统计.et")) == "et"
    assert kind(shutil.copy(tmp_path / "统计.xls", tmp_path / "统计.doc")) == "xls"  # content wins over the name


def test_damaged_ole_takes_the_claimed_program_so_conversion_reports_it(tmp_path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000
    assert kind(write(tmp_path / "损坏.doc", header)) == "doc"
    assert kind(write(tmp_path / "损坏.bin", header)) == "Office 97-2003 文件已损坏，无法读取"


def test_magic_numbers(tmp_path):
    assert kind(write(tmp_path / "a.doc", pdf_bytes())) == "pdf"
    assert kind(write(tmp_path / "扫描.pdf", b"\r\n\x00junk" + pdf_bytes())) == "pdf"   # scanner junk before %PDF-
    assert kind(write(tmp_path / "a.jpg", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)) == "png"
    assert kind(write(tmp_path / "a.tif", b"II*\x00" + b"\0" * 64)) == "tiff"
    assert kind(write(tmp_path / "a.rtf", b"{\\rtf1\\ansi notice}")) == "rtf"
    assert kind(write(tmp_path / "a.gif", b"GIF89a" + b"\0" * 64)) == "不支持该图片格式，请转为 JPG 或 PNG"
    assert kind(write(tmp_path / "a.pdf", b"\x7fELF" + b"\0" * 64)) == "可执行程序，不是文档（已隔离）"
    assert kind(write(tmp_path / "a.7z", b"7z\xbc\xaf\x27\x1c" + b"\0" * 64)) == "不支持 RAR/7z 压缩包，请改用 ZIP 格式"
    assert kind(write(tmp_path / "a.txt", "通知全文".encode())) == "无法识别的文件类型（.txt）"


def test_zip_containers_by_their_directory(tmp_path):
    docx_file = next(SAMPLES.rglob("*.docx"))
    xlsx_file = next(SAMPLES.rglob("*.xlsx"))
    assert kind(shutil.copy(docx_file, tmp_path / "a.zip")) == "docx"
    assert kind(shutil.copy(xlsx_file, tmp_path / "b.docx")) == "xlsx"
    assert kind(write(tmp_path / "c.zip", zip_bytes({"材料.pdf": pdf_bytes()}))) == "zip"
    assert kind(write(tmp_path / "d.odt", zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}))) == "odt"
    assert kind(write(tmp_path / "e.pptx", zip_bytes({"ppt/presentation.xml": b"<p/>"}))).startswith("不接受演示文稿")
    assert kind(write(tmp_path / "f.ofd", zip_bytes({"OFD.xml": b"<ofd/>"}))).startswith("OFD 版式文件")
    whole = docx_file.read_bytes()
    assert kind(write(tmp_path / "g.docx", whole[: len(whole) // 2])) == "ZIP 结构损坏，无法打开（文件可能不完整）"
