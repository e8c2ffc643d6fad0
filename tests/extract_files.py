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
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = d.styles["Table Grid"]  # case lists are ruled tables
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    d.save(str(path))
    return path


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
