"""The output layer: one table declaration rendered four ways, deterministic DOCX/XLSX/ZIP/PDF bytes, and the
LibreOffice runner's private profiles."""

import datetime as dt
import io
import shutil
import subprocess
import threading
import zipfile
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pypdf
import pytest
from conftest import copy_sample
from rich.console import Console

from ipdocs.campaign import load_campaign
from ipdocs.output import files, html, libreoffice, markdown, terminal, xlsx
from ipdocs.output.table import Column, Table
from ipdocs.render import render
from ipdocs.render.bundle import bundle

PEOPLE = Table("名单", (
    Column("单位", "unit", width=20, merged=True),
    Column("截止时间", "due"),
    Column("状态", "text", state=lambda row: row["state"]),
    Column("份数", "count", merged=True),
    Column("已收", "received", text=lambda v: "已收" if v else "未收", merged=True,
           state=lambda row: "yes" if row["received"] else "no"),
), group="deadlines")

ITEMS = [
    {"unit": "区法院<a|b>", "count": 2, "received": True,
     "deadlines": [{"due": "12月5日", "text": "未报送", "state": "missing"},
                   {"due": "12月15日", "text": "已按时报送", "state": "on_time"}]},
    {"unit": "区财政局", "count": 0, "received": False,
     "deadlines": [{"due": "12月15日", "text": "待报送", "state": "pending"}]},
]


def test_a_group_spans_its_rows_in_every_format():
    rows = PEOPLE.rows(ITEMS)
    assert [[c.span for c in r] for r in rows] == [[2, 1, 1, 2, 2], [0, 1, 1, 0, 0], [1, 1, 1, 1, 1]]
    assert [c.text for c in rows[2]] == ["区财政局", "12月15日", "待报送", "0", "未收"]

    page = str(html.render(PEOPLE, ITEMS))
    assert '<td rowspan="2">区法院&lt;a|b&gt;</td>' in page and '<td class="missing">未报送</td>' in page
    assert page.count("<tr>") == 4 and '<td rowspan="2" class="yes">已收</td>' in page

    text = markdown.render(PEOPLE, ITEMS).splitlines()
    assert text[0] == "| 单位 | 截止时间 | 状态 | 份数 | 已收 |" and text[1] == "|---|---|---|---|---|"
    assert text[3] == "| 区法院<a\\|b> | 12月15日 | 已按时报送 | 2 | 已收 |"      # repeated, pipe escaped
    assert markdown.records(PEOPLE, ITEMS)[2] == {"单位": "区财政局", "截止时间": "12月15日", "状态": "待报送",
                                                  "份数": "0", "已收": "未收"}

    console = Console(width=200, record=True, file=io.StringIO())
    console.print(terminal.render(PEOPLE, ITEMS, title="报送情况"))
    shown = console.export_text()
    assert "报送情况" in shown and shown.count("区法院<a|b>") == 1 and shown.count("12月15日") == 2

    wb = xlsx.workbook([(PEOPLE, ITEMS)])
    ws = wb["名单"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [
        ["单位", "截止时间", "状态", "份数", "已收"], ["区法院<a|b>", "12月5日", "未报送", 2, "已收"],
        ["区法院<a|b>", "12月15日", "已按时报送", 2, "已收"], ["区财政局", "12月15日", "待报送", 0, "未收"]]
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb == "00E7E6E6" and ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width == 20


def test_saved_packages_are_identical_and_dated_1980(tmp_path):
    def workbook():
        wb = xlsx.workbook([(PEOPLE, ITEMS)])
        wb.properties.created = wb.properties.modified = dt.datetime(2023, 11, 1)
        return wb

    first = files.save_xlsx(workbook(), tmp_path / "a" / "名单.xlsx").read_bytes()
    assert files.save_xlsx(workbook(), tmp_path / "b.xlsx").read_bytes() == first
    document = docx.Document()
    document.add_paragraph("正文")
    assert files.save_docx(document, tmp_path / "a.docx").read_bytes() == \
        files.save_docx(document, tmp_path / "b.docx").read_bytes()
    tree = tmp_path / "材料"
    (tree / "01.组织").mkdir(parents=True)
    (tree / "01.组织" / "1.纪要.pdf").write_bytes(b"%PDF")
    (tree / "manifest.csv").write_text("文件\n", encoding="utf-8")
    archive = files.save_zip(tree, tmp_path / "材料.zip").read_bytes()
    (tree / "manifest.csv").touch()                                      # a later mtime changes nothing
    assert files.save_zip(tree, tmp_path / "again.zip").read_bytes() == archive
    for name in ("a/名单.xlsx", "a.docx", "材料.zip"):
        infos = zipfile.ZipFile(tmp_path / name).infolist()
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.external_attr >> 16 for i in infos} == {0o644}
    assert zipfile.ZipFile(io.BytesIO(archive)).namelist() == ["材料/01.组织/1.纪要.pdf", "材料/manifest.csv"]


def pdf_with(date: bytes, ident: bytes) -> bytes:
    body = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    info_at = len(body)
    body += b"3 0 obj<</Producer(LibreOffice)/CreationDate(D:" + date + b"Z')>>endobj\n"
    xref = len(body)
    offsets = [9, body.index(b"2 0 obj"), info_at]
    body += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<</Size 4/Root 1 0 R/Info 3 0 R\n/ID [ <" + ident + b">\n<" + ident + b"> ]\n"
    body += b"/DocChecksum /" + ident + b"\n>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return body


def test_pdf_dates_and_id_are_fixed_without_moving_a_byte():
    one = libreoffice.deterministic_pdf(pdf_with(b"20261201062527", b"80567E7364E990F4BCC6A15CBECF4C58"))
    two = libreoffice.deterministic_pdf(pdf_with(b"20261201062529", b"39476BE77EA8E8C43EB1CA8CF0C0542D"))
    assert one == two and len(one) == len(pdf_with(b"20261201062527", b"80567E7364E990F4BCC6A15CBECF4C58"))
    reader = pypdf.PdfReader(io.BytesIO(one), strict=True)
    assert reader.metadata["/CreationDate"] == "D:19800101000000Z'"
    other = libreoffice.deterministic_pdf(pdf_with(b"20261201062527", b"80567E7364E990F4BCC6A15CBECF4C58")
                                          .replace(b"LibreOffice", b"LibreOfficX"))
    assert other.split(b"/ID")[1] != one.split(b"/ID")[1]                # the ID follows the content


needs_soffice = pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice is not installed")


@needs_soffice
def test_two_conversions_at_once_give_identical_pdfs_that_open(tmp_path):
    document = docx.Document()
    document.add_paragraph("知识产权保护工作自评报告")
    source = files.save_docx(document, tmp_path / "报告.docx")
    made = {}

    def run(name):
        made[name] = libreoffice.convert([source], "pdf", tmp_path / name)[source]

    threads = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made["a"].read_bytes() == made["b"].read_bytes()
    assert "自评报告" in pypdf.PdfReader(made["a"], strict=True).pages[0].extract_text()
    text = subprocess.run(["pdftotext", str(made["a"]), "-"], capture_output=True, text=True, check=False)
    assert "自评报告" in text.stdout or shutil.which("pdftotext") is None


@needs_soffice
def test_a_forced_filter_fails_a_damaged_file_and_a_timeout_is_reported(tmp_path):
    broken = tmp_path / "损坏.doc"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 not really a Word file")
    assert libreoffice.convert([broken], "docx", tmp_path / "out", infilter="MS Word 97") == {broken: None}
    with pytest.raises(libreoffice.LibreOfficeTimeout, match="损坏.doc：LibreOffice 转换超时（超过0秒）"):
        libreoffice.convert([broken], "docx", tmp_path / "out", timeout=0)


@needs_soffice
def test_rendering_and_bundling_twice_give_identical_pdfs_and_zip(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "yongning-2023", inbox=False))
    runs = []
    for _ in range(2):
        shutil.rmtree(campaign.out, ignore_errors=True)
        made = render(campaign, pdf=True)
        archive = bundle(campaign, force=True).archive  # the layout, past the gate
        runs.append({f.name: f.read_bytes() for f in [*made, archive]})
    assert runs[0] == runs[1] and sum(name.endswith(".pdf") for name in runs[0]) == 3
    workbook = next(f for f in made if f.suffix == ".xlsx")
    assert openpyxl.load_workbook(workbook).active["A2"].font.bold


def test_the_status_table_reads_the_same_in_all_four_formats(campaign):
    from ipdocs.intake.collect import collect
    from ipdocs.intake.report import UNITS, terminal_tables, unit_rows, write_status_html, write_status_xlsx
    from ipdocs.intake.status import campaign_status

    at = dt.datetime(2023, 12, 6, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    collect(campaign, at)
    status = campaign_status(campaign, at)
    header = "".join(f"<th>{h}</th>" for h in UNITS.headers)
    assert "已收文件" in UNITS.headers and header in write_status_html(status).read_text(encoding="utf-8")
    sheet = openpyxl.load_workbook(write_status_xlsx(status))["各单位报送情况"]
    assert [c.value for c in sheet[1]] == UNITS.headers
    assert markdown.render(UNITS, unit_rows(status)).splitlines()[0] == "| " + " | ".join(UNITS.headers) + " |"
    console = Console(width=300, record=True, file=io.StringIO())
    console.print(terminal.render(*terminal_tables(status)[0]))
    shown = console.export_text()
    assert [h for h in UNITS.headers if h not in shown] == []
