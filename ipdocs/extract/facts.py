"""Facts in one document, each with the page it was found on (DESIGN §4 `ipdocs facts FILE --json`)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ipdocs.base.yamlfile import read_yaml
from ipdocs.extract.dates import dates
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.meetings import attendance, meetings
from ipdocs.extract.normalize import as_printed, normalize, with_quantities
from ipdocs.extract.tables import logical_tables
from ipdocs.extract.text import Document
from ipdocs.extract.titles import doc_type, title_and_organ


@cache
def media_outlets() -> list[tuple[str, str]]:
    """(outlet, level), longest names first so 南方日报 wins over 南方."""
    data = read_yaml(Path(__file__).with_name("media.yaml"), "媒体级别表")
    return sorted(((name, level) for level, names in data.items() for name in names), key=lambda x: -len(x[0]))


# an outlet's name running on into another word is not the outlet: 新华社区, 信阳网格化, 南方网络, 大河报道
NOT_OUTLET = {"社": "区团", "网": "格络站民友购点页址信球", "报": "道告名送表账备考批", "台": "账阶"}
# OCR's readings of a name's symbol: 南方+ read as 南方十 or 南方＋
OCR_OUTLETS = re.compile(r"南方[十＋](?=[号客新\s：:）)]|$)", re.M)


def _named(text: str, outlet: str) -> int:
    """Where the outlet is first named in the text as itself (not inside a longer word), or -1."""
    for m in re.finditer(re.escape(outlet), text):
        after = text[m.end():m.end() + 1]
        if not after or after not in NOT_OUTLET.get(outlet[-1], ""):
            return m.start()
    return -1


def media(pages) -> list[dict]:
    """Outlets named in the text, in the order they appear (a longer name hides a shorter one inside it)."""
    found, seen = [], set()
    for page in pages:
        text = OCR_OUTLETS.sub("南方+", page.text) if page.ocr else page.text
        hits = []
        for outlet, level in media_outlets():
            at = _named(text, outlet)
            if at >= 0 and outlet not in seen and not any(outlet in s for s in seen):
                seen.add(outlet)
                hits.append((at, {"outlet": outlet, "level": level, "page": page.number}))
        found += [hit for _, hit in sorted(hits, key=lambda h: h[0])]
    return found


def facts(document: Document, tables_too: bool = True) -> dict:
    tables = logical_tables(document) if tables_too else []  # tables.py: header out, pages joined
    # each page normalised once: as printed (meetings' topics) and with quantities in digits (the other facts)
    printed = [type(p)(p.number, normalize(p.text, p.ocr, quantities=False), p.ocr) for p in document.pages]
    pages = [type(p)(p.number, with_quantities(p.text), p.ocr) for p in printed]
    title, organ = title_and_organ(document, [outlet for outlet, _ in media_outlets()])
    found_media = media(pages)
    scanned = {p.number for p in pages if p.ocr}

    def cells_of(t: dict, form) -> dict:  # a table read by OCR has OCR's misreadings
        ocr = bool(scanned & set(t["pages"]))
        return {"pages": t["pages"], "header": [form(h, ocr) for h in t["header"]],
                "rows": [[form(c, ocr) for c in r] for r in t["rows"]]}

    printed_tables = [cells_of(t, as_printed) for t in tables]  # reported: 每季度报送一次 as printed
    tables = [cells_of(t, lambda text, ocr: normalize(text, ocr, quantities=False)) for t in tables]  # read
    cells = [(t["pages"][0], c) for t in tables for row in [t["header"], *t["rows"]] for c in row if c]
    found_meetings, found_attendance = meetings(printed, title, tables), attendance(pages, title, tables)
    return {
        "file": document.path.name,
        "pages": len(pages),
        "ocr_pages": [p.number for p in pages if p.ocr],
        "title": title,
        "organ": organ,
        "doc_type": doc_type(title, document.kind, found_media, tables, pages[0].text if pages else "",
                             found_meetings, found_attendance),
        "doc_numbers": doc_numbers(pages, organ, [(page, c) for page, c in cells if "〔" in c]),
        "dates": dates(pages, cells),  # table cells: a wrapped date is whole only there
        "media": found_media,
        "tables": printed_tables,
        "meetings": found_meetings,
        "attendance": found_attendance,
        "findings": [f"第{p.number}页无文字层，已用OCR识别" for p in pages if p.ocr],
    }
