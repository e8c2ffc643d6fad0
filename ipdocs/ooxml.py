"""Raw OOXML tweaks python-docx has no API for, each a named helper (DESIGN §5 pitfalls).

Everything that touches `w:` elements directly lives here; document builders call these helpers and never
write XML themselves.
"""

from __future__ import annotations

import io
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- fonts and language -----------------------------------------------------------------------------

def _child(parent, tag: str):
    """The first child `tag` of `parent`, created (in schema order where it matters little) if absent."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_fonts(rpr_owner, east_asia: str, latin: str = "Times New Roman") -> None:
    """Set Latin and east-Asian faces on a run or style. `run.font.name` sets only the Latin face, and theme
    attributes override explicit ones, so they are removed."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr, face in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(attr), face)


def east_asia_font(rpr_owner) -> str | None:
    rpr = rpr_owner.rPr if hasattr(rpr_owner, "rPr") else None
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def set_default_language(document, east_asia: str = "zh-CN") -> None:
    """docDefaults say eastAsia="en-US" in python-docx's template: Chinese text needs zh-CN."""
    rpr_default = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = _child(rpr_default, "w:rPr")
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), east_asia)


def clear_run_properties(style) -> None:
    """Drop a built-in style's inherited run properties (theme fonts, blue colour, sizes)."""
    rpr = style.element.find(qn("w:rPr"))
    if rpr is not None:
        style.element.remove(rpr)


def set_outline_level(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    _child(ppr, "w:outlineLvl").set(qn("w:val"), str(level))


# --- borders, shading, tables ------------------------------------------------------------------------

def set_bottom_border(paragraph, color: str = "FF0000", width_pt: float = 1.5, space_pt: int = 11) -> None:
    """A rule under a paragraph the width of the text area (the red line under the 文号)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = _child(ppr, "w:pBdr")
    bottom = _child(borders, "w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(int(width_pt * 8)))
    bottom.set(qn("w:space"), str(space_pt))
    bottom.set(qn("w:color"), color)


def remove_paragraph_borders(style) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is not None:
        ppr.remove(borders)


def paragraph_border_color(paragraph) -> str | None:
    ppr = paragraph._p.pPr
    bottom = None if ppr is None else ppr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    return None if bottom is None else bottom.get(qn("w:color"))


def set_table_borders(table, size_eighths: int = 4, color: str = "000000") -> None:
    tbl_pr = table._tbl.tblPr
    borders = _child(tbl_pr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = _child(borders, f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size_eighths))
        el.set(qn("w:color"), color)


def set_column_widths(table, widths_twips: list[int]) -> None:
    """Fixed column widths in the table grid and layout: Word and LibreOffice size columns from w:gridCol."""
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_twips, strict=True):
        col.set(qn("w:w"), str(width))
    layout = _child(table._tbl.tblPr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")


def set_cell_shading(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = _child(tc_pr, "w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def repeat_as_header(row) -> None:
    """Repeat a table's first row on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:tblHeader").set(qn("w:val"), "true")


def keep_row_together(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:cantSplit").set(qn("w:val"), "true")


# --- fields ------------------------------------------------------------------------------------------

def add_field(paragraph, instruction: str, shown: str = "1"):
    """A complex field (PAGE, NUMPAGES …) as Word writes it: begin, instruction, separate, result, end."""
    runs = []
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", shown), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            run.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        runs.append(run)
    return runs


def field_instructions(part_element) -> list[str]:
    return [el.text.strip() for el in part_element.iter(qn("w:instrText"))]


# --- content controls (fill-in fields that can be read back) -----------------------------------------

def _sdt_pr(tag: str, alias: str, plain: bool):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(a)
    pr.append(t)
    pr.append(OxmlElement("w:showingPlcHdr"))
    if plain:
        pr.append(OxmlElement("w:text"))
    return pr


def add_block_control(body_parent, after_paragraph, tag: str, alias: str, placeholder_paragraph):
    """A rich-text content control holding paragraphs, placed after `after_paragraph`. The control starts
    with `placeholder_paragraph` (moved inside it); whatever the unit types replaces it."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(tag, alias, plain=False))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    after_paragraph._p.addnext(sdt)
    content.append(placeholder_paragraph._p)
    return sdt


def add_inline_control(paragraph, tag: str, alias: str, placeholder: str, style_run=None):
    """A plain-text content control inside a paragraph (e.g. the 自评X分 blank)."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(tag, alias, plain=True))
    content = OxmlElement("w:sdtContent")
    run = paragraph.add_run(placeholder)
    if style_run is not None:
        style_run(run)
    content.append(run._r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def _text_of(element) -> str:
    """Text as the reader sees it: w:br and paragraph ends become newlines, deleted text is skipped."""
    lines, current = [], []
    paragraphs = [element] if element.tag == qn("w:p") else list(element.iter(qn("w:p")))
    if not paragraphs:  # an inline control: runs only
        paragraphs = [element]
    for p in paragraphs:
        current = []
        for el in p.iter(qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab")):
            if any(anc.tag == qn("w:del") for anc in el.iterancestors()):
                continue
            if el.tag == qn("w:t"):
                current.append(el.text or "")
            elif el.tag == qn("w:tab"):
                current.append("\t")
            else:
                current.append("\n")
        lines.append("".join(current))
    return "\n".join(lines)


def paragraph_text(paragraph) -> str:
    """A paragraph's text including what sits in inline content controls (python-docx's .text skips it)."""
    return _text_of(paragraph._p)


def read_controls(document_element) -> dict[str, tuple[str, str]]:
    """Every tagged content control: tag → (text, alias). Nested controls are read on their own too."""
    found = {}
    for sdt in document_element.iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        tag = pr.find(qn("w:tag")) if pr is not None else None
        if tag is None:
            continue
        content = sdt.find(qn("w:sdtContent"))
        alias = pr.find(qn("w:alias"))
        found[tag.get(qn("w:val"))] = (_text_of(content) if content is not None else "",
                                       alias.get(qn("w:val")) if alias is not None else "")
    return found


# --- deterministic files -----------------------------------------------------------------------------

def fixed_zip(data: bytes) -> bytes:
    """The same OOXML package with fixed entry timestamps, so unchanged inputs give identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return buffer.getvalue()
