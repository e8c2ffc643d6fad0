"""Text by page from the files units send, with OCR where a page has no usable text layer.

PDF: pypdfium2 (fast, correct on Chinese); a page with almost no text and an image on it, or mostly `(cid:…)`
glyphs, is rendered at 200 dpi and read by OCR (ocr.py; a few characters and no image are a text page).
DOCX: headers, paragraphs and tables in document order, text boxes (w:txbxContent) and footers, as one
page. XLSX: each sheet a page, cells tab-separated. Images: OCR.

Each page also carries its layout lines (`Page.lines`: text, box, glyph height) where the format has them:
the first page of a text PDF (pypdfium2 character boxes), OCR pages (boxes on one visual line joined, size
from width per character), DOCX paragraphs (font size, centring). Titles are assembled from them (titles.py).

A page OCR reads whose lines slant or bow (a phone photo turned, in keystone, not lying flat) has them made level
first (upright.py: the detector dropped bowed lines whole); a level page is read as it is.

OCR pages (ocr_page) cost only what gives something (session 22, issue 15's CPU on scans): the image converted to
RGB once for OCR, the seal search and ruling lines; a seal's region read again only where the first pass lost
something there (seals.py: 41 of the tuning splits' 60 regions, none of bench/pipeline.py's); ruling lines looked
for only on a page that reads like part of a table (table_hint: 79 of the tuning splits' 199 OCR pages skip it,
none with a table; 0.1 CPU-s a 150 dpi scan, 0.3–0.9 a phone photo). Facts on dev–dev5 unchanged. CPU-s per page
(process_time, all threads, no OCR cache, models loaded) of read_document on six of bench/pipeline.py's campaign
scans (one 200 dpi page, a seal over prose), two rounds interleaved at load 20–30 (inflated alike): median 4.19
before, 2.83 after (−32 %; the seal re-read was ~1.0 of it, ruling lines ~0.1). On the pipeline's 10 scans
(~3.6 CPU-s each on a quiet machine) that is ~11 of the extraction step's 53.5 CPU-s, ~5–6 s of wall on 2 cores.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table as DocxTable

from ipdocs.extract import ocr, seals, upright
from ipdocs.word.oxml import paragraph_style, text_box_texts

# Each file opened and parsed once, its parse handed on to tables.py, and lookups repeated per paragraph done once.
# False: every step opens the file itself, the plain way (the fast paths must give identical facts: tests and
# checks compare the two).
FAST_PATHS = True
TABLE_CELL = 4  # a piece of at most this many characters may be a table's cell (table_hint)
MIN_CHARS = 20  # fewer characters on a page than this: treat it as a scan
FEW_CHARACTERS = 30  # an OCR page reading fewer may lie sideways or upside down (_turns_to_try)
STRIPED = 1.8  # ink alternating this much more along one axis than the other: the lines run across it
STRIPE_SPAN = 41  # pixels of upright._ink's 640-wide copy: a few lines of text at any size a page prints
OCR_DPI = 200  # scans are rendered at this for OCR, also 150 dpi ones: read at their own 150 dpi, OCR's slips
# differ (a 序号 9 read as 「9.」) and tables lost rows on the dev splits; it would save ~0.35 CPU-s/page (ocr.py)


@dataclass
class Line:
    """One visual line: its text, box (top-left origin) and glyph height; centred is None where unknown."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    centred: bool | None = None


@dataclass
class Page:
    number: int
    text: str
    ocr: bool = False
    boxes: list = field(default_factory=list)  # OCR: (x0, y0, x1, y1, text) per text line piece
    lines: list[Line] = field(default_factory=list)
    width: float = 0.0
    rules: tuple = ()  # OCR: the image's (horizontal, vertical) ruling lines (tables.ruling_lines)


def _centred(x0: float, x1: float, width: float) -> bool:
    return width > 0 and abs((x0 + x1) / 2 - width / 2) < width * 0.06 and x0 > width * 0.12


def _ems(text: str) -> float:
    """Width of a text in ems: Chinese characters and full-width punctuation 1, digits, Latin and ASCII ½."""
    return sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in text if not c.isspace()) or 1.0


def _overlap(a, b) -> bool:
    """Whether two pieces overlap horizontally by more than a third of the narrower (OCR boxes touch)."""
    return min(a[2], b[2]) - max(a[0], b[0]) > min(a[2] - a[0], b[2] - b[0]) / 3


def lines_from_boxes(boxes, width: float = 0.0, em_size: bool = False) -> list[Line]:
    """Pieces (x0, y0, x1, y1, text) on one visual line (vertical centres within half a glyph height) joined
    left to right — a tab where a wide gap separates them (table cells) — lines top to bottom. With em_size
    (OCR) a line's size is its width per character, which a skewed photo's box heights do not give."""
    lines: list[list] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        centre, height = (box[1] + box[3]) / 2, box[3] - box[1]
        line = lines[-1] if lines else None
        if line and abs(centre - line[0]) <= max(height, line[1]) * 0.5 \
                and not any(_overlap(b, box) for b in line[2]):
            line[2].append(box)
        else:
            lines.append([centre, height, [box]])
    found = []
    for _, _, pieces in lines:
        pieces.sort(key=lambda b: b[0])
        size = max(b[3] - b[1] for b in pieces)
        if em_size:
            size = sum(b[2] - b[0] for b in pieces) / sum(_ems(b[4]) for b in pieces)
        text = pieces[0][4]
        for before, piece in zip(pieces, pieces[1:], strict=False):
            text += ("\t" if piece[0] - before[2] > 1.5 * max(b[3] - b[1] for b in pieces) else "") + piece[4]
        x0, x1 = pieces[0][0], max(b[2] for b in pieces)
        found.append(Line(text, x0, min(b[1] for b in pieces), x1, max(b[3] for b in pieces), size,
                          _centred(x0, x1, width) if width else None))
    return found


@dataclass
class Document:
    path: Path
    kind: str
    pages: list[Page] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)  # {page, header, rows}
    parsed: object = None  # FAST_PATHS: the library's parse of a DOCX or XLSX, for tables.py to read again
    paths: dict[int, int] | None = None  # FAST_PATHS: text PDF page → drawn paths (tables.drawn_paths)


def table_hint(boxes: list, lines: list[Line]) -> bool:
    """Whether an OCR page reads like part of a table: a line of pieces set apart (cells) or several short pieces
    (序号, names, labels). A page without (a notice's prose) is not searched for ruling lines."""
    return any("\t" in line.text for line in lines) or sum(len(b[4].strip()) <= TABLE_CELL for b in boxes) >= 4


def _turns_to_try(image, boxes: list) -> tuple:
    """The ways a page may have to be turned to be read: a landscape table scanned as a portrait page, a sheet fed
    into the scanner upside down, a photo taken sideways whose file has no EXIF orientation. OCR finds little on
    such a page (or pieces standing tall); where its ink varies from column to column more than from row to row its
    lines run up or down it (a quarter turn either way), the other way round they lie level but upside down. A
    photo of a scene, or a blank page, is not striped either way."""
    from PIL import Image

    tall = sum(b[3] - b[1] > 2 * (b[2] - b[0]) for b in boxes)
    wide = sum(b[2] - b[0] > 2 * (b[3] - b[1]) for b in boxes)
    few = sum(len(b[4].strip()) for b in boxes) < FEW_CHARACTERS
    if not few and not (tall >= 3 and tall > 2 * wide):
        return ()
    ink = upright._ink(image)
    if not 0.002 < ink.mean() < 0.3:
        return ()
    across, down = _striping(ink.mean(axis=1)), _striping(ink.mean(axis=0))  # row to row, column to column
    if down > STRIPED * across:
        return Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270
    return (Image.Transpose.ROTATE_180,) if few and across > STRIPED * down else ()


def _striping(profile):
    """How much a profile of ink alternates over a line's height (lines of text and the gaps between them), not
    over a scene's broad shapes: what is left of it once smoothed over a few lines."""
    import numpy as np

    smooth = np.convolve(profile, np.ones(STRIPE_SPAN) / STRIPE_SPAN, mode="same")
    return float((profile - smooth)[STRIPE_SPAN:-STRIPE_SPAN].std()) if len(profile) > 3 * STRIPE_SPAN else 0.0


def _turned_to_read(image, boxes: list, turns: tuple):
    """The page turned whichever of `turns` reads with more confidence (the wrong way up, lines are found but read
    as noise), made level as a photo is, and its boxes; the page as it lies where no turn reads more than it did
    (its characters counted as read with full confidence)."""
    readings = [(sum(len(b[4].strip()) for b in boxes), image, boxes)]
    for turn in turns:
        turned = upright.straightened(image.transpose(turn))
        turned_boxes, confidence = ocr.read_scored(turned)
        readings.append((confidence, turned, turned_boxes))
    _, image, boxes = max(readings, key=lambda reading: reading[0])
    return image, boxes


def ocr_page(number: int, image, boxes: list | None = None) -> Page:
    """A page read by OCR (ocr.py; `boxes` when already read): its text top to bottom, and the boxes. A page whose
    lines slant or bow (a phone photo) is read with its lines made level (upright.py)."""
    image = image if image.mode == "RGB" else image.convert("RGB")  # converted once for OCR, seals and rules
    if boxes is None:
        image = upright.straightened(image)
        boxes = ocr.read(image)
        if turns := _turns_to_try(image, boxes):
            image, boxes = _turned_to_read(image, boxes, turns)
    boxes = seals.reread(image, boxes, ocr.read)  # the text under a red seal, read again where it was lost
    from ipdocs.extract.tables import ruling_lines  # tables.py reads text.py's widths: imported here

    lines = lines_from_boxes(boxes, image.width, em_size=True)
    return Page(number, "\n".join(line.text for line in lines), ocr=True, boxes=boxes, lines=lines,
                width=image.width, rules=ruling_lines(image) if table_hint(boxes, lines) else ([], []))


def _usable(text: str) -> bool:
    stripped = "".join(text.split())
    return len(stripped) >= MIN_CHARS and stripped.count("(cid:") * 6 < len(stripped) / 2


def _has_images(page) -> bool:
    """Whether a page draws any image (a scan, a photo); a page of a few text characters and no image is a
    text page (the last rows of a table), not a scan."""
    return next(page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]), None) is not None


# A PDF line whose font lacks some marks (“ ” in FandolFang, which 仿宋_GB2312 maps to) prints them from another
# font, and the text layer gives them at the end of the line with a space left where each stood:
# 研究部署 双十一 期间工作 “ ” (slice D, meetings' topics)
MOVED_MARKS = re.compile(r"^(.*?\S)((?:[ \t]+[“”‘’《》〈〉「」、]+)+)[ \t]*$")
GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def marks_in_place(text: str) -> str:
    """Each line's moved marks put back into the gaps they left, in order, where there are as many gaps as marks."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        end = "\r" if line.endswith("\r") else ""
        m = MOVED_MARKS.match(line.removesuffix("\r"))
        if not m:
            continue
        marks, gaps = m.group(2).split(), list(GAP.finditer(m.group(1)))
        if len(marks) == len(gaps):
            body, at, fixed = m.group(1), 0, ""
            for gap, mark in zip(gaps, marks, strict=True):
                fixed += body[at:gap.start()] + mark
                at = gap.end()
            lines[i] = fixed + body[at:] + end
    return "\n".join(lines)


def pdf_lines(page, textpage) -> list[Line]:
    """A text PDF page's visual lines from its characters' boxes (points, top-left origin), each line's characters
    in left-to-right order (extraction order puts some punctuation after the line) and sized by the loose glyph
    box (proportional to the font size)."""
    height, width = page.get_height(), page.get_width()
    pieces, chars = [], []
    raw, rect = textpage.raw, pypdfium2.raw.FS_RECTF()
    unicode, box = pypdfium2.raw.FPDFText_GetUnicode, pypdfium2.raw.FPDFText_GetLooseCharBox

    def flush() -> None:
        if chars:
            chars.sort(key=lambda c: c[0])
            tall = [c for c in chars if ord(c[4]) > 0x2E80] or chars  # height from CJK glyphs: digits' boxes differ
            x0, _, x1, _, text = zip(*chars, strict=True)
            _, y0, _, y1, _ = zip(*tall, strict=True)
            pieces.append((min(x0), min(y0), max(x1), max(y1), "".join(text)))
            chars.clear()

    for i in range(textpage.count_chars()):
        ch = chr(unicode(raw, i))
        if ch in "\r\n":
            flush()
        elif not ch.isspace():
            if FAST_PATHS:  # the raw call with one box (textpage.get_charbox makes one per character)
                if not box(raw, i, rect):
                    raise pypdfium2.PdfiumError("Failed to get charbox.")
                left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
            else:
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
            if top > bottom:
                chars.append((left, height - top, right, height - bottom, ch))
    flush()
    return lines_from_boxes(pieces, width)


def pdf_document(path: Path) -> Document:
    from ipdocs.extract.tables import drawn_paths

    doc = Document(path, "pdf", paths={} if FAST_PATHS else None)
    pdf = pypdfium2.PdfDocument(str(path))
    scans, pdfium = [], threading.Lock()

    def scanned(n: int) -> Page:
        # rendered on the page's own thread as it is read, not all before the first is read (that ran on one core
        # alone); pdfium is not thread-safe, so one page at a time, opened and closed under the lock
        with pdfium:
            page = pdf[n - 1]
            bitmap = page.render(scale=OCR_DPI / 72)
            image = bitmap.to_pil()  # (a copy: the bitmap is BGR)
            bitmap.close()
            page.close()
        return ocr_page(n, image)

    try:
        for n, page in enumerate(pdf, 1):
            textpage = page.get_textpage()
            text = marks_in_place(textpage.get_text_range())
            if _usable(text) or (text.strip() and "(cid:" not in text and not _has_images(page)):
                lines = pdf_lines(page, textpage) if n == 1 else []  # titles and organs are on the first page
                doc.pages.append(Page(n, text, lines=lines, width=page.get_width()))
                if doc.paths is not None:  # counted while the page is open: pdf_grids need not open the file
                    doc.paths[n] = drawn_paths(page)
            else:
                scans.append(n)
            textpage.close()
            page.close()
        # the scanned pages read in parallel, each whole (render, OCR, seals, ruling lines), then put in page order
        doc.pages += ocr.in_parallel(scanned, scans)
    finally:
        pdf.close()
    doc.pages.sort(key=lambda p: p.number)
    return doc


def _paragraph_size(paragraph, styles: dict | None = None) -> float:
    """The largest font size (pt) a paragraph's runs show, from the runs or their paragraph style; 0 if unset.
    `styles`: sizes already found by style id (python-docx looks a style up by a search of styles.xml)."""
    sizes = [r.font.size.pt for r in paragraph.runs if r.font.size and r.text.strip()]
    if sizes:
        return max(sizes)
    if styles is None:
        return _style_size(paragraph.style)
    key = paragraph._p.style  # the paragraph's w:pStyle (None: the default paragraph style)
    if key not in styles:
        styles[key] = _style_size(paragraph_style(paragraph))
    return styles[key]


def _style_size(style) -> float:
    """The font size (pt) a paragraph style or the first of its base styles sets; 0 if none does."""
    while style is not None:
        if style.font.size:
            return style.font.size.pt
        style = style.base_style
    return 0.0


def _docx_blocks(container) -> list[str | list[list[str]]]:
    """Paragraph texts (each text box after its paragraph) and tables (rows of cell texts), in order."""
    blocks: list = []
    for block in container.iter_inner_content():
        if isinstance(block, DocxTable):
            blocks.append([[c.text.strip() for c in row.cells] for row in block.rows])
            blocks += [t for t in text_box_texts(block) if t.strip()]
        else:
            blocks.append(block.text)
            blocks += [t for t in text_box_texts(block) if t.strip()]
    return blocks


def docx_document(path: Path, parsed=None) -> Document:
    """`parsed`: the python-docx Document of this file where a check opened it already (intake.validate)."""
    d = parsed if parsed is not None and FAST_PATHS else docx.Document(str(path))
    styles: dict | None = {} if FAST_PATHS else None
    parts: list[str] = []
    tables = []

    def add(blocks, once: bool = False) -> None:
        for block in blocks:
            if isinstance(block, list):
                parts.extend("\t".join(r) for r in block)
                if len(block) >= 2:
                    tables.append({"page": 1, "header": block[0], "rows": block[1:]})
            elif not (once and block in parts):  # a header repeated by each section is read once
                parts.append(block)

    def margins(kind: str) -> None:
        for section in d.sections:
            for which in (kind, f"first_page_{kind}", f"even_page_{kind}"):
                if not getattr(section, which).is_linked_to_previous:
                    add(_docx_blocks(getattr(section, which)), once=True)

    margins("header")
    add(_docx_blocks(d))
    margins("footer")
    lines = [Line(t, 0, i, 0, i + 1, _paragraph_size(p, styles), p.alignment == WD_ALIGN_PARAGRAPH.CENTER)
             for i, p in enumerate(d.paragraphs[:40]) if (t := p.text.strip())]
    return Document(path, "docx", [Page(1, "\n".join(parts), lines=lines)], tables, parsed=d if FAST_PATHS else None)


def xlsx_document(path: Path) -> Document:
    """Each visible worksheet a page: its values row by row, hidden rows and columns left out (what Excel or WPS
    shows and prints; a hidden row holds a withdrawn or draft record). The loaded workbook is handed on to
    tables.xlsx_grids, which reads the same sheets' merges."""
    from .tables import hidden_columns

    wb = openpyxl.load_workbook(path, data_only=True)
    doc = Document(path, "xlsx", parsed=wb)
    for n, ws in enumerate(wb.worksheets, 1):
        if ws.sheet_state != "visible":
            continue
        hidden = hidden_columns(ws)  # (a hidden range B:C is stored once)
        rows = [["" if v is None else (v.date().isoformat() if hasattr(v, "date") and hasattr(v, "hour") else str(v))
                 for c, v in enumerate(row) if c not in hidden]
                for r, row in enumerate(ws.iter_rows(values_only=True), 1) if not ws.row_dimensions[r].hidden]
        rows = [r for r in rows if any(c.strip() for c in r)]
        doc.pages.append(Page(n, "\n".join("\t".join(r) for r in rows)))
        if len(rows) >= 2:
            doc.tables.append({"page": n, "header": rows[0], "rows": rows[1:]})
    return doc


def image_document(path: Path) -> Document:
    """A photo or scanned image, turned as its EXIF Orientation says: a phone stores a photo taken sideways as the
    sensor saw it and the tag tells viewers to turn it (read as stored, a sideways page gives OCR nothing)."""
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        return Document(path, "image", [ocr_page(1, ImageOps.exif_transpose(im))])


def read_document(path: Path, kind: str, parsed=None) -> Document:
    """`parsed`: a DOCX's python-docx Document where the caller has it (validate.problem's `opened`)."""
    if kind == "pdf":
        return pdf_document(path)
    if kind == "docx":
        return docx_document(path, parsed)
    if kind == "xlsx":
        return xlsx_document(path)
    if kind in ("jpg", "png", "tiff"):
        return image_document(path)
    raise ValueError(kind)
