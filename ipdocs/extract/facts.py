"""Facts in one document, each with the page it was found on (DESIGN §4 `ipdocs facts FILE --json`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ipdocs.base.yamlfile import read_yaml
from ipdocs.extract.dates import dates
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.meetings import attendance, meetings
from ipdocs.extract.normalize import normalize
from ipdocs.extract.tables import logical_tables
from ipdocs.extract.text import Document
from ipdocs.extract.titles import doc_type, title_and_organ


@cache
def media_outlets() -> list[tuple[str, str]]:
    """(outlet, level), longest names first so 南方日报 wins over 南方."""
    data = read_yaml(Path(__file__).with_name("media.yaml"), "媒体级别表")
    return sorted(((name, level) for level, names in data.items() for name in names), key=lambda x: -len(x[0]))


def media(pages) -> list[dict]:
    """Outlets named in the text, in the order they appear (a longer name hides a shorter one inside it)."""
    found, seen = [], set()
    for page in pages:
        text = page.text
        hits = []
        for outlet, level in media_outlets():
            at = text.find(outlet)
            if at >= 0 and outlet not in seen and not any(outlet in s for s in seen):
                seen.add(outlet)
                hits.append((at, {"outlet": outlet, "level": level, "page": page.number}))
        found += [hit for _, hit in sorted(hits, key=lambda h: h[0])]
    return found


def facts(document: Document, tables_too: bool = True) -> dict:
    tables = logical_tables(document) if tables_too else []  # tables.py: header out, pages joined
    pages = [type(p)(p.number, normalize(p.text, p.ocr), p.ocr) for p in document.pages]
    title, organ = title_and_organ(document, [outlet for outlet, _ in media_outlets()])
    found_media = media(pages)
    scanned = {p.number for p in pages if p.ocr}

    def cell(text: str, on: list[int]) -> str:  # a table read by OCR has OCR's misreadings
        return normalize(text, bool(scanned & set(on)))

    tables = [{"pages": t["pages"], "header": [cell(h, t["pages"]) for h in t["header"]],
               "rows": [[cell(c, t["pages"]) for c in r] for r in t["rows"]]} for t in tables]
    cells = [(t["pages"][0], c) for t in tables for row in [t["header"], *t["rows"]] for c in row if c]
    found_meetings, found_attendance = meetings(pages, title, tables), attendance(pages, title, tables)
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
        "tables": tables,
        "meetings": found_meetings,
        "attendance": found_attendance,
        "findings": [f"第{p.number}页无文字层，已用OCR识别" for p in pages if p.ocr],
    }
