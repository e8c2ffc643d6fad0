"""`ipdocs lint-pdf`: the layout faults only the rendered pages show (the PDF LibreOffice made of a DOCX).

Reads each page's text lines with their positions, sizes and colours (pypdfium2) and reports a title
(二号, black: the red organ mark is not a title) broken inside a word or in uneven lines, a page holding
only a title and its page number, and a page that begins with a totals line (总分/合计 …, parted from what
it totals) or holds nothing else. Each problem is one Chinese line naming the page.
"""

from __future__ import annotations

import ctypes
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ipdocs.base.errors import IpdocsError
from ipdocs.output.files import save_docx
from ipdocs.word.official import is_totals, move_tail_with_totals
from ipdocs.word.titles import line_problems

TITLE_SIZE = (20.0, 24.5)  # 二号 is 22 pt
PAGE_NUMBER = re.compile(r"^[—–-]\d+[—–-]$")


@dataclass
class Line:
    text: str
    top: float
    size: float
    red: bool

    @property
    def is_title(self) -> bool:
        return not self.red and TITLE_SIZE[0] <= self.size <= TITLE_SIZE[1]


def _red(color) -> bool:
    if not isinstance(color, (tuple, list)) or len(color) != 3:
        return False
    r, g, b = (float(v) for v in color)
    return r > 0.6 and g < 0.3 and b < 0.3


def page_lines(page: pdfium.PdfPage) -> list[Line]:
    """The page's text lines, top to bottom, each with its largest size; spaces dropped (Chinese text). A character's
    top is its baseline less its size (pdfium: ~1 ms a page, where pdfminer's layout took ~50 ms)."""
    height, text = page.get_height(), page.get_textpage()
    x, y = ctypes.c_double(), ctypes.c_double()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    chars = []
    try:
        for i in range(pdfium_c.FPDFText_CountChars(text.raw)):
            char = chr(pdfium_c.FPDFText_GetUnicode(text.raw, i))
            if not char.strip() or pdfium_c.FPDFText_IsGenerated(text.raw, i) == 1:
                continue
            size = pdfium_c.FPDFText_GetFontSize(text.raw, i)
            pdfium_c.FPDFText_GetCharOrigin(text.raw, i, x, y)
            red = bool(pdfium_c.FPDFText_GetFillColor(text.raw, i, r, g, b, a)) and _red(
                (r.value / 255, g.value / 255, b.value / 255))
            chars.append({"text": char, "top": height - y.value - size, "x0": x.value, "size": size, "red": red})
    finally:
        text.close()
    chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
    lines: list[list[dict]] = []
    for c in chars:
        line = next((ln for ln in lines if abs(ln[0]["top"] - c["top"]) <= 0.3 * ln[0]["size"]), None)
        if line is None:
            lines.append([c])
        else:
            line.append(c)
    found = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        found.append(Line("".join(c["text"] for c in line), min(c["top"] for c in line),
                          max(c["size"] for c in line), all(c["red"] for c in line)))
    return sorted(found, key=lambda ln: ln.top)


def _titles(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive title lines (one title each)."""
    groups: list[list[Line]] = []
    for prev, line in zip([None, *lines], lines, strict=False):
        if not line.is_title:
            continue
        if prev is not None and prev.is_title and groups and line.top - prev.top <= 2 * line.size:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


_READ: dict[str, list[list[Line]]] = {}  # SHA-256 of a PDF's bytes → its pages' lines (the last few PDFs read)
KEEP_READ = 8


def _pages(path: Path) -> list[list[Line]]:
    """Each page's lines, page numbers left out. A PDF read for its totals when it was made (`fix_orphaned_totals`)
    is not read again by the layout check, unless its bytes changed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IpdocsError(f"{path.name}：无法作为 PDF 打开") from exc
    key = hashlib.sha256(data).hexdigest()
    if key not in _READ:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise IpdocsError(f"{path.name}：无法作为 PDF 打开") from exc
        try:
            pages = []
            for page in pdf:
                pages.append([ln for ln in page_lines(page) if not PAGE_NUMBER.match(ln.text)])
                page.close()
        finally:
            pdf.close()
        while len(_READ) >= KEEP_READ:
            del _READ[next(iter(_READ))]
        _READ[key] = pages
    return _READ[key]


def _orphaned(pages: list[list[Line]]) -> list[tuple[int, Line, bool]]:
    """(page number, its first line, whether the page holds only totals) for each page after the first that
    starts with a totals line."""
    found = []
    for number, lines in enumerate(pages, 1):
        body = [ln for ln in lines if not ln.is_title]
        if number > 1 and body and lines[0] is body[0] and is_totals(body[0].text):
            found.append((number, body[0], all(is_totals(ln.text) for ln in body)))
    return found


def lint_pdf(path: str | Path) -> list[str]:
    """Problems found on the rendered pages, each one line in Chinese naming the page; empty when none."""
    pages = _pages(Path(path))
    problems: list[str] = []
    for number, lines in enumerate(pages, 1):
        for title in _titles(lines):
            problems += [f"第{number}页：{p}" for p in line_problems([ln.text for ln in title])]
        if lines and all(ln.is_title for ln in lines):
            problems.append(f"第{number}页只有标题和页码，正文从下一页才开始（标题应与正文同页）")
    for number, line, alone in _orphaned(pages):
        what = "只有合计行" if alone else "以合计行开头"
        problems.append(f"第{number}页{what}“{line.text[:16]}”，与所合计的内容分处两页")
    return sorted(problems, key=lambda p: int(re.match(r"第(\d+)页", p).group(1)))


def fix_orphaned_totals(docx_path: Path, pdf_path: Path) -> bool:
    """Where the PDF shows a totals line starting a page apart from its table, move the table's last rows
    to that page in the DOCX (`move_tail_with_totals`). True when the DOCX changed (convert it again)."""
    orphans = _orphaned(_pages(pdf_path))
    if not orphans:
        return False
    document = docx.Document(str(docx_path))
    changed = False
    for _, line, _ in orphans:
        changed |= move_tail_with_totals(document, line.text)
    if changed:
        save_docx(document, docx_path)
    return changed
