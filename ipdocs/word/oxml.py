"""Raw OOXML tweaks python-docx has no API for, each a named helper (DESIGN §5 pitfalls).

Everything that touches `w:` elements directly lives here; document builders call these helpers and never
write XML themselves. Helpers take python-docx objects (Run, Paragraph, Style, Table …) or their elements.

Word validates against the element order of the ECMA-376 schema, so a missing child is always inserted at
its schema position (`get_or_add`), never appended. The order comes from python-docx's own oxml classes
where they model the parent (each child descriptor knows the tags it goes before); `SCHEMA_ORDER` and
`SCHEMA_LEADING` (ECMA-376 Part 1 §17) add only what python-docx does not model. `order_problems` checks
every XML part of a document against the same knowledge.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass

from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import element_class_lookup
from docx.oxml.xmlchemy import _BaseChildElement
from lxml import etree

W = nsmap["w"]
ANY = "*"  # any other w: child, where the schema leaves their order open

# Parents python-docx does not model, ECMA-376 Part 1 §17. Space-separated tags share a position.
SCHEMA_ORDER: dict[str, tuple[str, ...]] = {
    "w:document": ("w:background", "w:body"),
    "w:p": ("w:pPr", ANY),
    "w:r": ("w:rPr", ANY),
    "w:tbl": ("w:tblPr", "w:tblGrid", ANY),
    "w:tr": ("w:tblPrEx", "w:trPr", ANY),
    "w:tc": ("w:tcPr", ANY),
    "w:sdt": ("w:sdtPr", "w:sdtEndPr", "w:sdtContent"),
    "w:sdtPr": ("w:rPr", "w:alias", "w:tag", "w:id", "w:lock", "w:placeholder", "w:temporary", "w:showingPlcHdr",
                "w:dataBinding", "w:label", "w:tabIndex",
                "w:equation w:comboBox w:date w:docPartObj w:docPartList w:dropDownList w:picture w:richText "
                "w:text w:citation w:group w:bibliography"),
    "w:pBdr": ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"),
    "w:tblBorders": ("w:top", "w:left w:start", "w:bottom", "w:right w:end", "w:insideH", "w:insideV"),
    "w:tcBorders": ("w:top", "w:left w:start", "w:bottom", "w:right w:end", "w:insideH", "w:insideV", "w:tl2br",
                    "w:tr2bl"),
    "w:tblCellMar": ("w:top", "w:left w:start", "w:bottom", "w:right w:end"),
    "w:tcMar": ("w:top", "w:left w:start", "w:bottom", "w:right w:end"),
    "w:docDefaults": ("w:rPrDefault", "w:pPrDefault"),
    "w:rPrDefault": ("w:rPr",),
    "w:pPrDefault": ("w:pPr",),
    "w:tblStylePr": ("w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr"),
    "w:abstractNum": ("w:nsid", "w:multiLevelType", "w:tmpl", "w:name", "w:styleLink", "w:numStyleLink", "w:lvl"),
    "w:lvl": ("w:start", "w:numFmt", "w:lvlRestart", "w:pStyle", "w:isLgl", "w:suff", "w:lvlText",
              "w:lvlPicBulletId", "w:legacy", "w:lvlJc", "w:pPr", "w:rPr"),
    "w:num": ("w:abstractNumId", "w:lvlOverride"),
}

# Children that come before the first one python-docx models in a parent it does model.
SCHEMA_LEADING: dict[str, tuple[str, ...]] = {
    "w:styles": ("w:docDefaults",),
    "w:numbering": ("w:numPicBullet", "w:abstractNum"),
    "w:tcPr": ("w:cnfStyle",),
    "w:trPr": ("w:cnfStyle", "w:divId"),
    "w:settings": (
        "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
        "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
        "w:printFractionalCharacterWidth", "w:printFormsData", "w:embedTrueTypeFonts", "w:embedSystemFonts",
        "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins", "w:alignBordersAndEdges",
        "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
        "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign", "w:attachedTemplate",
        "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
        "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
        "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
        "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
        "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
        "w:defaultTableStyle"),
}


# --- schema order ------------------------------------------------------------------------------------

def docx_child_ranks(element_cls) -> dict[str, int]:
    """The order python-docx gives the children of one of its oxml classes, as tag → rank (lower first).

    Each `ZeroOrOne`/`ZeroOrMore` child inserts itself before its successors, a tail of the schema
    sequence, so a tag's rank is minus the number of tags that follow it."""
    ranks: dict[str, int] = {}
    for name in dir(element_cls):
        if not name.startswith("_insert_"):
            continue
        for cell in getattr(getattr(element_cls, name), "__closure__", None) or ():
            descriptor = cell.cell_contents
            if isinstance(descriptor, _BaseChildElement):
                sequence = (descriptor._nsptagname, *descriptor._successors)
                for i, tag in enumerate(sequence):
                    ranks[qn(tag)] = i - len(sequence)
    return ranks


def _orders() -> dict[str, dict[str, int]]:
    orders: dict[str, dict[str, int]] = {}
    for local, element_cls in element_class_lookup.get_namespace(W).items():
        if local is None:
            continue
        ranks = docx_child_ranks(element_cls)
        if len(set(ranks.values())) > 1:
            local = local.decode() if isinstance(local, bytes) else local
            orders[f"{{{W}}}{local}"] = ranks
    for parent, leading in SCHEMA_LEADING.items():
        ranks = orders[qn(parent)]
        first = min(ranks.values())
        for n, tag in enumerate(reversed(leading), 1):
            ranks[qn(tag)] = first - n
    for parent, sequence in SCHEMA_ORDER.items():
        orders[qn(parent)] = {tag if tag == ANY else qn(tag): rank
                              for rank, group in enumerate(sequence) for tag in group.split()}
    return orders


ORDERS = _orders()  # parent tag → child tag → rank, Clark notation


def _rank(order: dict[str, int], tag) -> int | None:
    """A child's rank in its parent; None for what the order does not place (comments, other namespaces)."""
    if not isinstance(tag, str):
        return None
    if tag in order:
        return order[tag]
    return order.get(ANY) if tag.startswith(f"{{{W}}}") else None


def _el(owner):
    """The element behind a python-docx object (Run, Paragraph, Style, _Cell, Table …), or the element."""
    return getattr(owner, "_element", owner)


def insert_in_order(parent, child):
    """Insert `child` before the first sibling the schema puts after it (at the end when none is)."""
    order = ORDERS.get(parent.tag, {})
    rank = _rank(order, child.tag)
    if order and rank is None:  # a helper's mistake: extend SCHEMA_ORDER rather than guess
        raise ValueError(f"no schema position for {prefixed(child.tag)} in {prefixed(parent.tag)}")
    if rank is not None:
        for sibling in parent:
            later = _rank(order, sibling.tag)
            if later is not None and later > rank:
                sibling.addprevious(child)
                return child
    parent.append(child)
    return child


def get_or_add(parent, tag: str):
    """The first child `tag` of `parent`, created at its schema position when absent (python-docx's own
    `get_or_add_*` where it has one)."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    adder = getattr(parent, "get_or_add_" + tag.split(":", 1)[1], None)
    if adder is not None:
        return adder()
    return insert_in_order(parent, OxmlElement(tag))


def _remove(parent, tag: str) -> None:
    for child in parent.findall(qn(tag)):
        parent.remove(child)


def _set(element, **attrs: str) -> None:
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)


@dataclass(frozen=True)
class OrderProblem:
    part: str  # e.g. word/document.xml
    path: str  # e.g. w:document/w:body/w:p[3]/w:pPr
    child: str  # the child out of place, e.g. w:pBdr
    before: str  # the earlier sibling it belongs before, e.g. w:ind


def prefixed(tag: str) -> str:
    """`{ns}local` as `w:local` (any prefix python-docx knows)."""
    q = etree.QName(tag)
    prefix = next((p for p, uri in nsmap.items() if uri == q.namespace), None)
    return f"{prefix}:{q.localname}" if prefix else q.localname


def element_path(element) -> str:
    """w:document/w:body/w:p[3]/w:pPr: each step numbered among same-named siblings where there are several."""
    steps = []
    while element is not None:
        parent = element.getparent()
        step = prefixed(element.tag)
        if parent is not None:
            same = [s for s in parent if s.tag == element.tag]
            if len(same) > 1:
                step += f"[{same.index(element) + 1}]"
        steps.append(step)
        element = parent
    return "/".join(reversed(steps))


def out_of_order(root) -> Iterator[tuple[object, object, object]]:
    """(parent, child, sibling) for each child that comes after a sibling the schema puts after it; the sibling
    is the first such one."""
    for parent in root.iter():
        order = ORDERS.get(parent.tag) if isinstance(parent.tag, str) else None
        if order is None:
            continue
        seen: list[tuple[object, int]] = []
        highest = None
        for child in parent:
            rank = _rank(order, child.tag)
            if rank is None:
                continue
            if highest is not None and rank < highest:
                yield parent, child, next(s for s, r in seen if r > rank)
            else:
                highest = rank
            seen.append((child, rank))


def xml_parts(document) -> Iterator[tuple[str, object]]:
    """(part name, root element) for every XML part of a python-docx Document under word/."""
    for part in document.part.package.iter_parts():
        name = str(part.partname).lstrip("/")
        if not name.startswith("word/"):
            continue
        if isinstance(part, XmlPart):
            yield name, part.element
        elif part.content_type.endswith("+xml"):
            yield name, parse_xml(part.blob)


def order_problems(document) -> list[OrderProblem]:
    """Every child out of schema order in the document's XML parts (document, styles, numbering, headers,
    footers, settings …), in part and document order."""
    return [OrderProblem(name, element_path(parent), prefixed(child.tag), prefixed(sibling.tag))
            for name, root in sorted(xml_parts(document), key=lambda p: p[0])
            for parent, child, sibling in out_of_order(root)]


# --- fonts and language -----------------------------------------------------------------------------

def set_fonts(rpr_owner, east_asia: str, latin: str = "Times New Roman") -> None:
    """Set Latin and east-Asian faces on a run or style. `run.font.name` sets only the Latin face, and theme
    attributes override explicit ones, so they are removed."""
    fonts = get_or_add(_el(rpr_owner).get_or_add_rPr(), "w:rFonts")
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    _set(fonts, ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin)


def east_asia_font(rpr_owner) -> str | None:
    rpr = getattr(_el(rpr_owner), "rPr", None)
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def run_xml(text: str, east_asia: str, half_points: int, color: str, latin: str = "Times New Roman") -> str:
    """A `w:r` as XML text, its properties in schema order (docxtpl's RichText writes rFonts last)."""
    run = OxmlElement("w:r")
    set_fonts(run, east_asia, latin)
    rpr = run.get_or_add_rPr()
    _set(get_or_add(rpr, "w:color"), val=color)
    _set(get_or_add(rpr, "w:sz"), val=str(half_points))
    _set(get_or_add(rpr, "w:szCs"), val=str(half_points))
    run.add_t(text)
    return etree.tostring(run, encoding="unicode")


_STYLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # document part → {w:pStyle value: style}


def paragraph_style(paragraph):
    """`paragraph.style`, looked up once per style id and document: python-docx finds a style (and the default
    paragraph style, for a paragraph with no w:pStyle) by reading every style of styles.xml again on each call."""
    known = _STYLES.setdefault(paragraph.part, {})
    key = paragraph._p.style
    if key not in known:
        known[key] = paragraph.style if key is not None else _default_paragraph_style(paragraph)
    return known[key]


def _default_paragraph_style(paragraph):
    """`paragraph.style` of a paragraph with no w:pStyle: the last paragraph style marked w:default (python-docx
    reads every style's type as an enumeration: ~15 ms in its default template's 160 styles)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.styles.style import StyleFactory

    known = {t.xml_value for t in WD_STYLE_TYPE}
    found = None
    for style in paragraph.part.package.main_document_part.styles.element.iterchildren(qn("w:style")):
        kind = style.get(qn("w:type"))
        if kind is not None and kind not in known:
            return paragraph.style  # a type python-docx does not know: its own lookup (and its error)
        if kind == "paragraph" and style.get(qn("w:default")) is not None and style.default:
            found = style
    return None if found is None else StyleFactory(found)


def _default_rpr(document):
    styles = document.styles.element
    defaults = get_or_add(styles, "w:docDefaults")
    return get_or_add(get_or_add(defaults, "w:rPrDefault"), "w:rPr")


def set_default_language(document, east_asia: str = "zh-CN") -> None:
    """docDefaults say eastAsia="en-US" in python-docx's template: Chinese text needs zh-CN."""
    _set(get_or_add(_default_rpr(document), "w:lang"), val="en-US", eastAsia=east_asia)


def default_language(document) -> str | None:
    """The east-Asian language of the document defaults (docDefaults), None when unset."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = None if defaults is None else defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return None if lang is None else lang.get(qn("w:eastAsia"))


def clear_run_properties(style) -> None:
    """Drop a built-in style's inherited run properties (theme fonts, blue colour, sizes)."""
    _remove(_el(style), "w:rPr")


def set_outline_level(style, level: int) -> None:
    _set(get_or_add(_el(style).get_or_add_pPr(), "w:outlineLvl"), val=str(level))


# --- borders, shading, tables ------------------------------------------------------------------------

def set_bottom_border(paragraph, color: str = "FF0000", width_pt: float = 1.5, space_pt: int = 11) -> None:
    """A rule under a paragraph the width of the text area (the red line under the 文号)."""
    borders = get_or_add(_el(paragraph).get_or_add_pPr(), "w:pBdr")
    _set(get_or_add(borders, "w:bottom"), val="single", sz=str(int(width_pt * 8)), space=str(space_pt),
         color=color)


def remove_paragraph_borders(style) -> None:
    _remove(_el(style).get_or_add_pPr(), "w:pBdr")


def paragraph_border_color(paragraph) -> str | None:
    ppr = _el(paragraph).pPr
    bottom = None if ppr is None else ppr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    return None if bottom is None else bottom.get(qn("w:color"))


def set_table_borders(table, size_eighths: int = 4, color: str = "000000") -> None:
    borders = get_or_add(_el(table).tblPr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(get_or_add(borders, f"w:{edge}"), val="single", sz=str(size_eighths), color=color)


def set_column_widths(table, widths_twips: list[int]) -> None:
    """Fixed column widths in the table grid and layout: Word and LibreOffice size columns from w:gridCol."""
    tbl = _el(table)
    for col, width in zip(tbl.tblGrid.gridCol_lst, widths_twips, strict=True):
        _set(col, w=str(width))
    _set(tbl.tblPr.get_or_add_tblLayout(), type="fixed")


def set_cell_shading(cell, fill: str) -> None:
    _set(get_or_add(_el(cell).get_or_add_tcPr(), "w:shd"), val="clear", color="auto", fill=fill)


def repeat_as_header(row) -> None:
    """Repeat a table's first row on every page."""
    _set(get_or_add(_el(row).get_or_add_trPr(), "w:tblHeader"), val="true")


def keep_row_together(row) -> None:
    _set(get_or_add(_el(row).get_or_add_trPr(), "w:cantSplit"), val="true")


def split_table(table, row: int, repeat_header: bool = False):
    """Move rows `row`… of a table into a new table right after it, with the same properties and grid (and,
    with `repeat_header`, a copy of its repeated header rows first); returns the new w:tbl."""
    tbl = _el(table)
    rows = tbl.findall(qn("w:tr"))
    new = deepcopy(tbl)
    for tr in new.findall(qn("w:tr")):
        new.remove(tr)
    if repeat_header:
        for tr in rows[:row]:
            if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None:
                break
            new.append(deepcopy(tr))
    for tr in rows[row:]:
        new.append(tr)
    tbl.addnext(new)
    return new


def add_paragraph_after(block):
    """A new empty w:p right after a paragraph or table; returns it."""
    p = OxmlElement("w:p")
    _el(block).addnext(p)
    return p


def delete_paragraph(paragraph) -> None:
    """Take a paragraph out of its container (a merged cell keeps every row's copy of the text)."""
    p = _el(paragraph)
    p.getparent().remove(p)


def delete_run(run) -> None:
    r = _el(run)
    r.getparent().remove(r)


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
            run._r.append(el)  # run content follows rPr in reading order
        elif kind == "text":
            run.text = text
        else:
            el = OxmlElement("w:fldChar")
            _set(el, fldCharType=kind)
            run._r.append(el)
        runs.append(run)
    return runs


def field_instructions(owner) -> list[str]:
    """The instructions of the fields in a part, footer, paragraph or element (e.g. ["PAGE"])."""
    return [el.text.strip() for el in _el(owner).iter(qn("w:instrText"))]


# --- content controls (fill-in fields that can be read back) -----------------------------------------

def _sdt(tag: str, alias: str, plain: bool):
    """A w:sdt with its properties (alias, tag, placeholder shown; plain text or, untyped, rich) and no content."""
    sdt = OxmlElement("w:sdt")
    pr = get_or_add(sdt, "w:sdtPr")
    _set(get_or_add(pr, "w:alias"), val=alias)
    _set(get_or_add(pr, "w:tag"), val=tag)
    get_or_add(pr, "w:showingPlcHdr")
    if plain:
        get_or_add(pr, "w:text")
    get_or_add(sdt, "w:sdtContent")
    return sdt


def add_block_control(after_paragraph, tag: str, alias: str, placeholder_paragraph):
    """A rich-text content control holding paragraphs, placed after `after_paragraph`. The control starts
    with `placeholder_paragraph` (moved inside it); whatever the unit types replaces it."""
    sdt = _sdt(tag, alias, plain=False)
    _el(after_paragraph).addnext(sdt)
    sdt.find(qn("w:sdtContent")).append(_el(placeholder_paragraph))
    return sdt


def add_inline_control(paragraph, tag: str, alias: str, placeholder: str, style_run=None):
    """A plain-text content control inside a paragraph (e.g. the 自评X分 blank)."""
    sdt = _sdt(tag, alias, plain=True)
    run = paragraph.add_run(placeholder)
    if style_run is not None:
        style_run(run)
    sdt.find(qn("w:sdtContent")).append(run._r)
    _el(paragraph).append(sdt)
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


def text_box_texts(owner) -> list[str]:
    """Text of each text box (w:txbxContent) inside a paragraph, table or part, once each: Word writes the
    DrawingML box and a VML copy of it (mc:Fallback); only the first is read."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    return [_text_of(box) for box in _el(owner).iter(qn("w:txbxContent"))
            if not any(a.tag == fallback for a in box.iterancestors())]


def paragraph_text(paragraph) -> str:
    """A paragraph's text including what sits in inline content controls (python-docx's .text skips it)."""
    return _text_of(_el(paragraph))


def read_controls(document) -> dict[str, tuple[str, str]]:
    """Every tagged content control of a Document (or element): tag → (text, alias). Nested controls are read
    on their own too."""
    found = {}
    for sdt in _el(document).iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        tag = pr.find(qn("w:tag")) if pr is not None else None
        if tag is None:
            continue
        content = sdt.find(qn("w:sdtContent"))
        alias = pr.find(qn("w:alias"))
        found[tag.get(qn("w:val"))] = (_text_of(content) if content is not None else "",
                                       alias.get(qn("w:val")) if alias is not None else "")
    return found


# --- bookmarked regions (survive a LibreOffice round trip; block content controls do not) -----------

def _body_paragraphs(document):
    """The body's paragraphs in reading order, those inside tables included."""
    return list(_el(document).iter(qn("w:p")))


def body_texts(document) -> list[str]:
    """The text of every body paragraph in reading order (tables and content controls included)."""
    return [_text_of(p) for p in _body_paragraphs(document)]


def bookmark_paragraphs(first, last, name: str, number: int) -> None:
    """A bookmark `name` spanning the paragraphs first..last (python-docx Paragraphs or w:p elements).

    Its end goes before the last character of the last paragraph (that character split into a run of its own):
    LibreOffice lays out an end after the last character as one more, blank, line whenever the text fills its
    last line exactly, and it rewrites an end placed before all the text as a region of its own."""
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    _set(start, id=str(number), name=name)
    _set(end, id=str(number))
    p_first, p_last = _el(first), _el(last)
    ppr = p_first.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p_first.insert(0, start)
    runs = p_last.findall(qn("w:r"))
    texts = [r for r in runs if len(r) and r[-1].tag == qn("w:t") and r[-1].text]
    if not texts or texts[-1] is not runs[-1]:
        p_last.append(end)
        return
    run = texts[-1]
    tail = deepcopy(run)
    for child in [c for c in tail if c.tag != qn("w:rPr")][:-1]:
        tail.remove(child)
    head_t, tail_t = run[-1], tail[-1]
    head_t.text, tail_t.text = head_t.text[:-1], head_t.text[-1]
    for t in (head_t, tail_t):
        if t.text != t.text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(tail)
    run.addnext(end)
    if not head_t.text:  # a one-character run: the split-off copy stands for it
        p_last.remove(run)


def bookmarked_paragraphs(document, prefix: str = "") -> tuple[dict[str, list[str]], list]:
    """(bookmark name → the text of the paragraphs it spans, the paragraphs outside every bookmark), for the
    bookmarks whose name starts with `prefix`. A paragraph holding a start or an end belongs to the region.
    Regions are tracked by name: LibreOffice may write one bookmark as two starts of that name and one end."""
    names: dict[str, str] = {}  # bookmark id → name
    open_names: dict[str, None] = {}
    regions: dict[str, list[str]] = {}
    outside = []
    for p in _body_paragraphs(document):
        closing = []
        for mark in p.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
            if mark.tag == qn("w:bookmarkStart"):
                name = mark.get(qn("w:name")) or ""
                if name.startswith(prefix):
                    names[mark.get(qn("w:id"))] = name
                    open_names[name] = None
                    regions.setdefault(name, [])
            elif mark.get(qn("w:id")) in names:
                closing.append(names[mark.get(qn("w:id"))])
        if open_names:
            for name in open_names:
                regions[name].append(_text_of(p))
        else:
            outside.append(p)
        for name in closing:
            open_names.pop(name, None)
    return regions, outside


def paragraph_signature(p, default_style: str = "") -> tuple:
    """What a reader sees of a paragraph, stable through Word and LibreOffice saves: its style (`default_style`
    where it names none), its text, and the direct character formatting of its runs (bold, italic, underline,
    colour, size, highlight, Chinese face)."""
    p = _el(p)
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    props = set()
    for r in p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None or not "".join(t.text or "" for t in r.iter(qn("w:t"))).strip():
            continue
        for tag in ("b", "i", "u", "color", "sz", "highlight", "strike"):
            e = rpr.find(qn(f"w:{tag}"))
            if e is not None:
                props.add(f"{tag}={e.get(qn('w:val'))}")
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            props.add(f"eastAsia={fonts.get(qn('w:eastAsia'))}")
    return (style.get(qn("w:val")) if style is not None else default_style, _text_of(p), tuple(sorted(props)))


def default_paragraph_style(document) -> str:
    """The style ID a paragraph naming none has (python-docx Document)."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return style.style_id if style is not None else ""
