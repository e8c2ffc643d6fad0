"""Facts in one document, each with the page it was found on (DESIGN §4 `ipdocs facts FILE --json`)."""

from __future__ import annotations

from ipdocs.extract.dates import dates
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.media import carried, media, media_outlets
from ipdocs.extract.meetings import attendance, meetings
from ipdocs.extract.normalize import as_printed, normalize, with_quantities
from ipdocs.extract.tables import logical_tables
from ipdocs.extract.text import Document
from ipdocs.extract.titles import doc_type, news_source, title_and_organ


def facts(document: Document, tables_too: bool = True) -> dict:
    tables = logical_tables(document) if tables_too else []  # tables.py: header out, pages joined
    # each page normalised once: as printed (meetings' topics) and with quantities in digits (the other facts)
    printed = [type(p)(p.number, normalize(p.text, p.ocr, quantities=False), p.ocr) for p in document.pages]
    pages = [type(p)(p.number, with_quantities(p.text), p.ocr) for p in printed]
    title, organ = title_and_organ(document, [outlet for outlet, _ in media_outlets()])
    shown: set = set()  # outlets the page shows as its publisher or source, not only as having covered the work
    found_media = media(pages, document.pages, shown)  # OCR boxes: a screenshot's side columns
    scanned = {p.number for p in pages if p.ocr}

    def cells_of(t: dict, form) -> dict:  # a table read by OCR has OCR's misreadings
        ocr = bool(scanned & set(t["pages"]))
        return {"pages": t["pages"], "header": [form(h, ocr) for h in t["header"]],
                "rows": [[form(c, ocr) for c in r] for r in t["rows"]]}

    printed_tables = [cells_of(t, as_printed) for t in tables]  # reported: 每季度报送一次 as printed
    tables = [cells_of(t, lambda text, ocr: normalize(text, ocr, quantities=False)) for t in tables]  # read
    cells = [(t["pages"][0], c) for t in tables for row in [t["header"], *t["rows"]] for c in row if c]
    found_meetings = meetings(printed, title, tables, document.pages)  # OCR boxes: a photo's slant
    found_attendance = attendance(pages, title, tables)
    own_media = [m for m in found_media if m["outlet"].removesuffix("客户端") in shown]  # a news page's marks
    typed = doc_type(title, document.kind, own_media, tables, pages[0].text if pages else "", found_meetings,
                     found_attendance)
    found_media = carried(found_media, typed, tables, pages)  # a news page's or a media register's only
    # a news report's organ: the outlet (or unit) that first published it
    shown = news_source(printed[0].text if printed else "") or organ if typed == "新闻报道" else organ
    return {
        "file": document.path.name,
        "pages": len(pages),
        "ocr_pages": [p.number for p in pages if p.ocr],
        "title": title,
        "organ": shown,
        "doc_type": typed,
        "doc_numbers": doc_numbers(pages, organ, [(page, c) for page, c in cells if "〔" in c]),
        "dates": dates(pages, cells),  # table cells: a wrapped date is whole only there
        "media": found_media,
        "tables": printed_tables,
        "meetings": found_meetings,
        "attendance": found_attendance,
        "findings": [f"第{p.number}页无文字层，已用OCR识别" for p in pages if p.ocr],
    }
