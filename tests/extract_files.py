"""Documents with planted facts for extraction tests: as text PDF (LibreOffice), DOCX, XLSX, and as a
degraded scan (200 dpi, noise, slight skew, a red seal over the text)."""

import random
import subprocess
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter

NOTICE = ["韶关市武江区市场监督管理局", "武市监〔2023〕52号", "关于举办知识产权保护专题培训班的通知",
          "各镇（街）、区直各单位：", "定于2023年10月17日举办党政领导干部知识产权保护专题培训。",
          "请于2023.10.12前报送参训人员名单。", "韶关市武江区市场监督管理局", "2023年10月9日"]
CASES = [["案号", "案件类型", "立案日", "结案日", "是否中止", "是否公开"],
         ["韶武市监罚〔2023〕15号", "商标", "2023-03-02", "2023-05-18", "否", "是"],
         ["韶武市监罚〔2023〕27号", "专利", "2023-04-11", "2023-09-20", "否", "是"],
         ["韶武市监罚〔2023〕33号", "地理标志", "2023-06-05", "2023-08-30", "否", "否"]]


def notice_docx(path: Path, lines=NOTICE, table=None) -> Path:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    if table:
        ruled_table(d, table)  # case lists are ruled tables
    d.save(str(path))
    return path


def ruled_table(d, rows: list[list[str]]):
    """A table ruled all over (Word's Table Grid) holding `rows`, added at the end of document `d`."""
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def to_pdf(source: Path, profile: Path) -> Path:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(source.parent), str(source)], check=True, capture_output=True, timeout=180)
    return source.with_suffix(".pdf")


def cases_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    for row in CASES:
        wb.active.append(row)
    wb.save(path)
    return path


def scan_of(pdf: Path, target: Path, seed: int = 7) -> Path:
    """Page 1 rendered at 200 dpi, rotated 1.2°, speckled, with a red seal stamped over the signature."""
    page = pypdfium2.PdfDocument(str(pdf))[0].render(scale=200 / 72).to_pil().convert("RGB")
    rng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    for _ in range(3000):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        draw.point((x, y), fill=(rng.randrange(80, 200),) * 3)
    w, h = page.size
    seal = (int(w * 0.08), int(h * 0.30), int(w * 0.32), int(h * 0.30) + int(w * 0.24))
    overlay = Image.new("RGBA", page.size, (0, 0, 0, 0))
    ImageDraw.Draw(overlay).ellipse(seal, outline=(220, 20, 20, 160), width=10)
    ImageDraw.Draw(overlay).text((seal[0] + 60, seal[1] + 100), "★", fill=(220, 20, 20, 160))
    page = Image.alpha_composite(page.convert("RGBA"), overlay).convert("RGB")
    page = page.rotate(1.2, expand=False, fillcolor="white", resample=Image.BICUBIC)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    page.save(target, "PDF", resolution=200) if target.suffix == ".pdf" else page.save(target, quality=70)
    return target


# ---- tables, meetings and sign-in sheets (tests/test_extract_tables.py, tests/test_meetings.py) -------------

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
ATTENDEES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊"]
SIGN_IN_HEADER = ["序号", "姓名", "单位", "职务"]


def sign_in_rows(blank: int = 3) -> list[list[str]]:
    """Seven attendees, then pre-numbered blank rows nobody signed."""
    units = ["区市场监管局", "区法院", "区检察院", "区公安分局", "区司法局", "重阳镇人民政府", "新华街道办事处"]
    rows = [[str(i + 1), name, units[i], "科员"] for i, name in enumerate(ATTENDEES)]
    return rows + [[str(len(rows) + i + 1), "", "", ""] for i in range(blank)]


def sign_in_docx(path: Path) -> Path:
    return notice_docx(path, ["2023年知识产权保护专题培训班签到表", "时间：2023年10月17日  地点：区政府第二会议室"],
                       [SIGN_IN_HEADER, *sign_in_rows()])


def sign_in_png(path: Path) -> Path:
    """A sign-in sheet as a phone would photograph it: a ruled table drawn on paper, slightly soft."""
    from PIL import ImageFont

    rows = [SIGN_IN_HEADER, *sign_in_rows()]
    font, title_font = ImageFont.truetype(SANS, 26), ImageFont.truetype(SANS, 34)
    widths, height, left, top = [90, 170, 260, 130], 52, 60, 140
    page = Image.new("RGB", (sum(widths) + 2 * left, top + height * len(rows) + 80), (246, 244, 238))
    draw = ImageDraw.Draw(page)
    draw.text((left + 80, 50), "知识产权保护专题培训班签到表", font=title_font, fill=(25, 25, 25))
    for r, row in enumerate(rows):
        y, x = top + r * height, left
        for w, cell in zip(widths, row, strict=True):
            draw.rectangle((x, y, x + w, y + height), outline=(60, 60, 60), width=2)
            draw.text((x + 12, y + 10), cell, font=font, fill=(30, 30, 30))
            x += w
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    page.save(path)
    return path


def minutes_docx(path: Path, lines: list[str]) -> Path:
    return notice_docx(path, lines)


def ledger_xlsx(path: Path, rows: list[list], two_row_header: bool = True, title: str = "2023年度知识产权宣传活动台账",
                filler: str = "填报单位：韶关市武江区市场监督管理局    填报日期：2023年12月5日") -> Path:
    """A ledger as offices keep it: a merged title row, a merged 填报 line, a header (two rows: 活动信息 over
    日期 | 活动名称), data rows (序号, 日期, 活动名称, 主办单位, 参加人数) whose organiser is merged down three rows."""
    import datetime as dt

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2023, 12, 1, 9, 0)
    ws = wb.active
    ws.append([title, None, None, None, None])
    ws.merge_cells("A1:E1")
    ws.append([filler, None, None, None, None])
    ws.merge_cells("A2:E2")
    if two_row_header:
        ws.append(["序号", "活动信息", None, "主办单位", "参加人数"])
        ws.append([None, "日期", "活动名称", None, None])
        ws.merge_cells("B3:C3")
        for col in "ADE":
            ws.merge_cells(f"{col}3:{col}4")
    else:
        ws.append(["序号", "日期", "活动名称", "主办单位", "参加人数"])
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
    ws.merge_cells(f"D{first}:D{first + 2}")
    for cell in ws["B"][first - 1:]:
        cell.number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def to_pdfs(sources: list[Path], profile: Path) -> list[Path]:
    """Several DOCX → PDF with one LibreOffice start (each start costs 1–2 s)."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(sources[0].parent), *map(str, sources)], check=True, capture_output=True,
                   timeout=300)
    return [s.with_suffix(".pdf") for s in sources]


def repeat_header(path: Path) -> Path:
    """Mark the first row of each table in a DOCX as a header row Word repeats on every page (w:tblHeader)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document(str(path))
    for table in d.tables:
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    d.save(str(path))
    return path


# ---- GB/T 9704 pages printed by LibreOffice (tests/test_meetings_forms.py, tests/test_extract_titles_organ_type.py) --

def official_page():
    """A Word document with the official margins (top 37, left 28, right 26, bottom 35 mm)."""
    from docx.shared import Mm

    d = docx.Document()
    s = d.sections[0]
    s.top_margin, s.left_margin, s.right_margin, s.bottom_margin = Mm(37), Mm(28), Mm(26), Mm(35)
    return d


def font_paragraph(d, text: str = "", size: float = 16, align=None, font: str = "AR PL UMing CN", red: bool = False,
                   indent: bool = False):
    """A paragraph in one Chinese face and size (east-Asian font set), optionally red or first-line indented."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        run = p.add_run(text)
        run.font.size, run.font.name = Pt(size), font
        run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if red:
            run.font.color.rgb = RGBColor(0xE0, 0, 0)
    return p


def printed_docx(folder: Path, makers: dict) -> Path:
    """Each maker's DOCX (folder/NAME.docx) and the PDF LibreOffice prints of it, in one LibreOffice start."""
    sources = []
    for name, make in makers.items():
        make(folder / f"{name}.docx")
        sources.append(folder / f"{name}.docx")
    to_pdfs(sources, folder / "lo")
    return folder


def facts_of_both(folder: Path, name: str) -> list[dict]:
    """`ipdocs facts` of NAME.docx and of the PDF printed from it."""
    from ipdocs.extract import file_facts

    return [file_facts(folder / f"{name}.{ext}") for ext in ("docx", "pdf")]


def printed_fixture(tag: str, makers: dict):
    """A module-scoped fixture: the folder of `printed_docx(makers)`."""
    import pytest

    @pytest.fixture(scope="module")
    def printed(tmp_path_factory):
        return printed_docx(tmp_path_factory.mktemp(tag), makers)

    return printed
