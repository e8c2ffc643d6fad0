"""Text by page from the files units send, with OCR where a page has no usable text layer.

PDF: pypdfium2 (fast, correct on Chinese); a page with almost no text, or mostly `(cid:…)` glyphs, is
rendered at 200 dpi and read by rapidocr (offline). DOCX: paragraphs, tables, headers and footers, as one
page. XLSX: each sheet a page, cells tab-separated. Images: OCR.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pypdfium2

MIN_CHARS = 20  # fewer characters on a page than this: treat it as a scan
OCR_DPI = 200


@dataclass
class Page:
    number: int
    text: str
    ocr: bool = False
    boxes: list = field(default_factory=list)  # OCR: (x0, y0, x1, y1, text) per text line piece


@dataclass
class Document:
    path: Path
    kind: str
    pages: list[Page] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)  # {page, header, rows}


@cache
def _ocr_engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_page(number: int, image) -> Page:
    """A page read by OCR: its text top to bottom, and the boxes (for tables)."""
    import numpy as np

    result, _ = _ocr_engine()(np.asarray(image.convert("RGB")))
    boxes = [(min(p[0] for p in r[0]), min(p[1] for p in r[0]), max(p[0] for p in r[0]), max(p[1] for p in r[0]),
              r[1]) for r in (result or [])]
    boxes.sort(key=lambda b: (round(b[1] / 12), b[0]))  # rows, then left to right
    return Page(number, "\n".join(b[4] for b in boxes), ocr=True, boxes=boxes)


def ocr_table(page: Page) -> dict | None:
    """A ruled table on a scanned page, rebuilt from OCR boxes: lines by height, columns by the header's
    positions. Wrapped cells come out as several rows; case-list reassembly joins them."""
    if not page.boxes or "案号" not in page.text:
        return None
    heights = sorted(b[3] - b[1] for b in page.boxes)
    tolerance = heights[len(heights) // 2] * 0.6
    lines: list[list] = []
    for box in sorted(page.boxes, key=lambda b: (b[1] + b[3]) / 2):
        centre = (box[1] + box[3]) / 2
        if lines and abs(centre - lines[-1][0]) <= tolerance:
            lines[-1][1].append(box)
        else:
            lines.append([centre, [box]])
    header_at = next((i for i, (_, boxes) in enumerate(lines) if any("案号" in b[4] for b in boxes)), None)
    if header_at is None:
        return None
    header = sorted(lines[header_at][1], key=lambda b: b[0])
    anchors = [(b[0] + b[2]) / 2 for b in header]
    rows = []
    for _, boxes in lines[header_at + 1:]:
        cells = [""] * len(anchors)
        for b in sorted(boxes, key=lambda b: b[0]):
            column = min(range(len(anchors)), key=lambda i: abs(anchors[i] - (b[0] + b[2]) / 2))
            cells[column] += b[4]
        rows.append(cells)
    return {"page": page.number, "header": [b[4] for b in header], "rows": rows}


def _usable(text: str) -> bool:
    stripped = "".join(text.split())
    return len(stripped) >= MIN_CHARS and stripped.count("(cid:") * 6 < len(stripped) / 2


def pdf_document(path: Path) -> Document:
    doc = Document(path, "pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for n, page in enumerate(pdf, 1):
            text = page.get_textpage().get_text_range()
            if _usable(text):
                doc.pages.append(Page(n, text))
            else:
                doc.pages.append(ocr_page(n, page.render(scale=OCR_DPI / 72).to_pil()))
    finally:
        pdf.close()
    return doc


def pdf_tables(path: Path, pages: list[int]) -> list[dict]:
    """Tables on the given pages (pdfplumber: slower, so only where a table is expected)."""
    import pdfplumber

    found = []
    with pdfplumber.open(str(path)) as pdf:
        for n in pages:
            for table in pdf.pages[n - 1].extract_tables():
                rows = [[(c or "").strip() for c in row] for row in table if any(row)]
                if len(rows) >= 2:
                    found.append({"page": n, "header": rows[0], "rows": rows[1:]})
    return found


def docx_document(path: Path) -> Document:
    d = docx.Document(str(path))
    parts = []
    for section in d.sections:
        parts += [p.text for p in section.header.paragraphs]
    parts += [p.text for p in d.paragraphs]
    tables = []
    for t in d.tables:
        rows = [[c.text.strip() for c in row.cells] for row in t.rows]
        parts += ["\t".join(r) for r in rows]
        if len(rows) >= 2:
            tables.append({"page": 1, "header": rows[0], "rows": rows[1:]})
    for section in d.sections:
        parts += [p.text for p in section.footer.paragraphs]
    return Document(path, "docx", [Page(1, "\n".join(parts))], tables)


def xlsx_document(path: Path) -> Document:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    doc = Document(path, "xlsx")
    for n, ws in enumerate(wb.worksheets, 1):
        rows = [["" if v is None else (v.date().isoformat() if hasattr(v, "date") and hasattr(v, "hour") else str(v))
                 for v in row] for row in ws.iter_rows(values_only=True)]
        rows = [r for r in rows if any(c.strip() for c in r)]
        doc.pages.append(Page(n, "\n".join("\t".join(r) for r in rows)))
        if len(rows) >= 2:
            doc.tables.append({"page": n, "header": rows[0], "rows": rows[1:]})
    wb.close()
    return doc


def image_document(path: Path) -> Document:
    from PIL import Image

    with Image.open(path) as im:
        return Document(path, "image", [ocr_page(1, im)])


def read_document(path: Path, kind: str) -> Document:
    if kind == "pdf":
        return pdf_document(path)
    if kind == "docx":
        return docx_document(path)
    if kind == "xlsx":
        return xlsx_document(path)
    if kind in ("jpg", "png", "tiff"):
        return image_document(path)
    raise ValueError(kind)
