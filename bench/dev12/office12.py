# ruff: noqa: E501
"""DOCX, XLSX and screenshot writers for make_dev12.py."""

from __future__ import annotations

import datetime as dt
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw
from render12 import BLACK, SANS, SANS_B, SERIF, SERIF_B, font, normalize_zip, text_w, wrap

FIXED_DT = dt.datetime(2024, 12, 20, 10, 0, 0)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------


def _run(p, text, size=16, bold=False, color=None, face="仿宋_GB2312"):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = face
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), face)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def _border(p, side, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def write_docx(blocks, path, faces=("仿宋_GB2312", "方正小标宋简体", "黑体"), author="user"):
    body_f, title_f, head_f = faces
    doc = Document()
    sec = doc.sections[0]
    from docx.shared import Cm

    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6), Cm(3.7), Cm(3.5)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""

    def para(align=None, indent=False):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.space_after = Pt(0)
        return p

    for b in blocks:
        k = b[0]
        if k == "redhead":
            organs, suffix = b[1], b[2]
            if suffix and len(organs) > 1:
                t = doc.add_table(rows=len(organs), cols=2)
                _no_borders(t)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, o in enumerate(organs):
                    c = t.cell(i, 0)
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
                    _run(c.paragraphs[0], o, 20, True, (255, 0, 0), title_f)
                m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
                m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(m.paragraphs[0], suffix, 36, True, (255, 0, 0), title_f)
            else:
                for o in organs:
                    _run(para(WD_ALIGN_PARAGRAPH.CENTER), o + suffix, 26, True, (255, 0, 0), title_f)
        elif k == "redline":
            p = para()
            _border(p, "bottom")
        elif k == "docno":
            al = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(
                b[2] if len(b) > 2 else "center", WD_ALIGN_PARAGRAPH.LEFT
            )
            _run(para(al), b[1], 16, face=body_f)
        elif k == "docno_signer":
            p = para()
            p.paragraph_format.tab_stops.add_tab_stop(Pt(440), alignment=2)
            _run(p, b[1] + "\t" + b[2], 16, face=body_f)
        elif k == "title":
            p = para(WD_ALIGN_PARAGRAPH.CENTER)
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(12)
            for i, ln in enumerate(b[1]):
                r = _run(p, ln, 20, False, None, title_f)
                if i < len(b[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif k == "center":
            _run(para(WD_ALIGN_PARAGRAPH.CENTER), b[1], 16, face=body_f)
        elif k == "p":
            _run(para(indent=True), b[1], 16, face=body_f)
        elif k == "pl":
            _run(para(), b[1], 16, face=body_f)
        elif k == "h":
            _run(para(indent=True), b[1], 16, face=head_f)
        elif k == "right":
            p = para(WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(32)
            _run(p, b[1], 16, face=body_f)
        elif k == "sign":
            para()
            for ln in b[1]:
                p = para(WD_ALIGN_PARAGRAPH.RIGHT)
                p.paragraph_format.right_indent = Pt(32)
                _run(p, ln, 16, face=body_f)
        elif k == "space":
            para()
        elif k == "table":
            _docx_table(doc, b[1], body_f, head_f)
        elif k == "form":
            t = doc.add_table(rows=len(b[1]), cols=2)
            t.style = "Table Grid"
            for i, (lab, val, _n) in enumerate(b[1]):
                _run(t.cell(i, 0).paragraphs[0], lab, 12, True, face=head_f)
                lines = val.split("\n")
                cp_ = t.cell(i, 1).paragraphs[0]
                for j, ln in enumerate(lines):
                    r = _run(cp_, ln, 12, face=body_f)
                    if j < len(lines) - 1:
                        r.add_break(WD_BREAK.LINE)
        elif k == "banji":
            para()
            for ln in b[1]:
                p = para()
                _border(p, "top", "000000", 6)
                p.paragraph_format.tab_stops.add_tab_stop(Pt(440), alignment=2)
                _run(p, ln, 14, face=body_f)
            p = para()
            _border(p, "top", "000000", 6)
        elif k == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    normalize_zip(path)


def _docx_table(doc, t, body_f, head_f):
    hdr = t["header_rows"]
    rows = t["rows"] + t.get("totals", [])
    ncol = max(len(r) for r in hdr + rows)
    tb = doc.add_table(rows=len(hdr) + len(rows), cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    size = t.get("docx_pt", 11)
    # column widths by content length, so that dates and 文号 are not broken inside narrow equal columns
    from docx.shared import Cm

    weights = []
    for c in range(ncol):
        m = max([len(str(r[c])) if c < len(r) and r[c] is not None else 0 for r in rows] + [2])
        mh = max(len(str(r[c])) if c < len(r) and r[c] else 0 for r in hdr)
        weights.append(min(max(m, mh * 0.7, 2), 14))
    for c in range(ncol):
        w = Cm(15.6 * weights[c] / sum(weights))
        tb.columns[c].width = w
        for row in tb.rows:
            row.cells[c].width = w
    for (r, c), (rs, cs) in t.get("merges", {}).items():
        tb.cell(r, c).merge(tb.cell(r + rs - 1, c + cs - 1))
    done = []  # keep the elements themselves: id() of short-lived lxml proxies can be reused
    for r, cells in enumerate(hdr):
        for c, v in enumerate(cells):
            if v is None or v == "":
                continue
            cell = tb.cell(r, c)
            if any(cell._tc is x for x in done):
                continue
            done.append(cell._tc)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(cell.paragraphs[0], str(v), size, True, face=head_f)
    if t.get("repeat_header"):
        for r in range(len(hdr)):
            trPr = tb.rows[r]._tr.get_or_add_trPr()
            e = OxmlElement("w:tblHeader")
            e.set(qn("w:val"), "true")
            trPr.append(e)
    ts = t.get("total_span")
    for i, cells in enumerate(rows):
        r = len(hdr) + i
        is_total = i >= len(t["rows"])
        if is_total and ts:
            tb.cell(r, 0).merge(tb.cell(r, ts - 1))
        for c, v in enumerate(cells):
            if v is None or (is_total and ts and 0 < c < ts):
                continue
            cell = tb.cell(r, c)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(cell.paragraphs[0], str(v), size, is_total, face=body_f)
    for n in t.get("notes", []):
        p = doc.add_paragraph()
        _run(p, n, 12, face=body_f)


# ---------------------------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(sheets, path):
    """sheets: list of dict(name, title, pre (lines above header), header_rows, merges (header, relative),
    rows, totals (list of (label, {col: formula or value})), notes, hidden_rows (data row indices),
    hidden_cols (letters), hidden (sheet), date_cols {col: format}).

    Returns the cached values to patch for formula cells {sheet_xml_name: {ref: value}}.
    """
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "admin"
    wb.properties.lastModifiedBy = "admin"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    cached = {}
    for si, s in enumerate(sheets):
        ws = wb.create_sheet(s["name"])
        if s.get("hidden"):
            ws.sheet_state = "hidden"
        sheet_cache = {}
        cached[f"xl/worksheets/sheet{si + 1}.xml"] = sheet_cache
        ncol = max(len(r) for r in s["header_rows"])
        r = 1
        if s.get("title"):
            ws.cell(r, 1, s["title"]).font = Font(name="宋体", size=16, bold=True)
            ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            r += 1
        for ln in s.get("pre", []):
            if isinstance(ln, tuple):
                ws.cell(r, 1, ln[0])
                ws.cell(r, ncol - 1 if ncol > 2 else ncol, ln[1])
            else:
                ws.cell(r, 1, ln)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        h0 = r
        for hr in s["header_rows"]:
            for c, v in enumerate(hr):
                cell = ws.cell(r, c + 1, v if v != "" else None)
                cell.font = Font(name="宋体", bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = BOX
            r += 1
        for (mr, mc), (rs, cs) in s.get("merges", {}).items():
            ws.merge_cells(start_row=h0 + mr, start_column=mc + 1, end_row=h0 + mr + rs - 1, end_column=mc + cs)
        d0 = r
        date_cols = s.get("date_cols", {})
        for i, row in enumerate(s["rows"]):
            for c, v in enumerate(row):
                if isinstance(v, str) and v.startswith("="):
                    val = s["row_values"][i][c]
                    cell = ws.cell(r, c + 1, v)
                    sheet_cache[f"{get_column_letter(c + 1)}{r}"] = val
                else:
                    cell = ws.cell(r, c + 1, v)
                if c in date_cols and isinstance(v, dt.date):
                    cell.number_format = date_cols[c]
                cell.border = BOX
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if i in s.get("hidden_rows", ()):
                ws.row_dimensions[r].hidden = True
            r += 1
        d1 = r - 1
        for label, spec in s.get("totals", []):
            ws.cell(r, 1, label).font = Font(bold=True)
            if s.get("total_span", 1) > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=s["total_span"])
            for c in range(ncol):
                ws.cell(r, c + 1).border = BOX
            for c, (formula, val) in spec.items():
                col = get_column_letter(c + 1)
                ws.cell(r, c + 1, formula.format(col=col, d0=d0, d1=d1))
                sheet_cache[f"{col}{r}"] = val
            r += 1
        r += s.get("gap", 0)
        for n in s.get("notes", []):
            ws.cell(r, 1, n)
            r += 1
        for col in s.get("hidden_cols", ()):
            ws.column_dimensions[col].hidden = True
        for c in range(ncol):
            ws.column_dimensions[get_column_letter(c + 1)].width = s.get("widths", {}).get(c, 14)
    if all(s.get("hidden") for s in sheets[:1]):
        wb.active = [i for i, s in enumerate(sheets) if not s.get("hidden")][0]
    wb.save(path)

    def patcher(cache):
        def f(data):
            txt = data.decode("utf-8")
            for ref, val in cache.items():
                pat = re.compile(r'(<c r="' + ref + r'"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?')
                vs = f"{val:g}" if isinstance(val, float) else str(val)
                txt, n = pat.subn(lambda m, vs=vs: m.group(1) + m.group(2) + "<v>" + vs + "</v>", txt)
                assert n == 1, (ref, n)
            return txt.encode("utf-8")

        return f

    normalize_zip(path, {k: patcher(v) for k, v in cached.items() if v})


# ---------------------------------------------------------------------------------------------
# screenshots
# ---------------------------------------------------------------------------------------------


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts = []

    def text(self, xy, s, spec=SANS, px=16, fill=BLACK, record=True):
        self.d.text(xy, s, font=font(spec, px), fill=fill)
        if record:
            self.texts.append(s)
        return text_w(font(spec, px), s)

    def para(self, x, y, width, s, spec=SERIF, px=17, fill=BLACK, lh=1.8, indent=2):
        f = font(spec, px)
        self.texts.append(s)
        for i, ln in enumerate(wrap(f, s, width, f.size * indent)):
            self.d.text((x + (f.size * indent if i == 0 else 0), y), ln, font=f, fill=fill)
            y += px * lh
        return y

    def rect(self, box, fill=None, outline=None, width=1):
        self.d.rectangle(box, fill=fill, outline=outline, width=width)


__all__ = ["write_docx", "write_xlsx", "Canvas", "SERIF", "SERIF_B", "SANS", "SANS_B"]
