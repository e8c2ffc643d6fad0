"""Rendering helpers for make_dev12.py (page images, photo/scan effects, DOCX, XLSX, PDF fixes).

Kept apart from the content so that make_dev12.py reads as the list of documents and their truth.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import time
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/opentype/noto/"
SERIF = (FONT_DIR + "NotoSerifCJK-Regular.ttc", 2)
SERIF_B = (FONT_DIR + "NotoSerifCJK-Bold.ttc", 2)
SANS = (FONT_DIR + "NotoSansCJK-Regular.ttc", 2)
SANS_B = (FONT_DIR + "NotoSansCJK-Bold.ttc", 2)
KAI = ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)
MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)

_FONTS: dict = {}


def font(spec, px):
    key = (spec, int(px))
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(spec[0], int(px), index=spec[1])
    return _FONTS[key]


RED = (200, 20, 20)
BLACK = (20, 20, 20)


def text_w(f, s):
    return f.getlength(s)


def wrap(f, s, width, indent_px=0):
    """Greedy character wrap (Chinese text breaks anywhere); keeps closing punctuation on the line."""
    lines, cur = [], ""
    first = True
    # Latin/digit runs (dates, phone numbers, URLs) wrap as one word, as browsers and word processors do
    for tok in re.findall(r"[0-9A-Za-z.:/\-_]+|.", s):
        lim = width - (indent_px if first else 0)
        if cur and text_w(f, cur + tok) > lim and tok not in "，。、；：！？）》”":
            lines.append(cur)
            cur = tok
            first = False
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------------------------
# page layout: blocks -> list of PIL pages
# ---------------------------------------------------------------------------------------------


def draw_hand(img, xy, s, px, rng, ink=(25, 40, 120)):
    """Handwriting-style text: Kai font, per-character jitter in size, baseline and spacing."""
    layer = Image.new("L", (int(px * (len(s) + 2) * 1.1) + 10, int(px * 2)), 0)
    d = ImageDraw.Draw(layer)
    x = 4.0
    for ch in s:
        size = px * rng.uniform(0.9, 1.12)
        f = font(KAI, size)
        d.text((x, px * 0.3 + rng.uniform(-px * 0.08, px * 0.08)), ch, font=f, fill=255)
        x += text_w(f, ch) * rng.uniform(0.92, 1.08)
    tilt = 3.0 if len(s) <= 6 else 18.0 / len(s)  # a long line written by hand drifts less than a short name
    layer = layer.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC, expand=False)
    ink_img = Image.new("RGB", layer.size, ink)
    img.paste(ink_img, (int(xy[0]), int(xy[1] - px * 0.3)), layer)


def draw_seal(img, cx, cy, r, organ, rng):
    """Red round seal with the organ name along the upper arc and a star, blended over the page."""
    size = int(r * 2 + 8)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(3, int(r * 0.06)))
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        star.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(star, fill=255)
    n = len(organ)
    span = min(250.0, 22.0 * n)
    fpx = r * 0.26
    f = font(SANS_B, fpx)
    for i, ch in enumerate(organ):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = r * 0.74
        tile = Image.new("L", (int(fpx * 1.4), int(fpx * 1.4)), 0)
        ImageDraw.Draw(tile).text((fpx * 0.2, 0), ch, font=f, fill=255)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        layer.paste(
            255,
            (int(c + rr * math.cos(a) - tile.size[0] / 2), int(c + rr * math.sin(a) - tile.size[1] / 2)),
            tile,
        )
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    arr = np.asarray(layer).astype(np.float32) / 255.0 * rng.uniform(0.7, 0.85)
    # mottled ink
    arr *= np.clip(rng_np(rng).normal(1.0, 0.15, arr.shape), 0.3, 1.0)
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    page = np.asarray(img).astype(np.float32)
    h, w = arr.shape
    sub = page[y0 : y0 + h, x0 : x0 + w]
    a = arr[: sub.shape[0], : sub.shape[1], None]
    red = np.array([210, 30, 35], np.float32)
    sub[:] = sub * (1 - a) + np.minimum(sub, red) * a
    page[y0 : y0 + h, x0 : x0 + w] = sub
    img.paste(Image.fromarray(page.clip(0, 255).astype(np.uint8)))


def rng_np(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


class Pager:
    def __init__(self, dpi, rng, pt=15.0, margin_in=(1.0, 1.1, 0.95, 1.0)):
        self.dpi = dpi
        self.rng = rng
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.ml, self.mt, self.mr, self.mb = (int(m * dpi) for m in margin_in)
        self.pt = pt
        self.pages = []
        self.new_page()

    def px(self, pt):
        return pt * self.dpi / 72.0

    def new_page(self):
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.mt

    def need(self, h):
        if self.y + h > self.H - self.mb:
            self.new_page()

    @property
    def tw(self):
        return self.W - self.ml - self.mr

    def line(self, s, spec=SERIF, pt=None, align="left", color=BLACK, indent=0, gap=0.55):
        f = font(spec, self.px(pt or self.pt))
        lh = f.size * (1 + gap)
        self.need(lh)
        w = text_w(f, s)
        if align == "center":
            x = self.ml + (self.tw - w) / 2
        elif align == "right":
            x = self.W - self.mr - w - indent
        else:
            x = self.ml + indent
        self.d.text((x, self.y), s, font=f, fill=color)
        box = (x, self.y, x + w, self.y + f.size)
        self.y += lh
        return box

    def para(self, s, spec=SERIF, pt=None, first_indent=2, color=BLACK):
        f = font(spec, self.px(pt or self.pt))
        ind = f.size * first_indent
        for i, ln in enumerate(wrap(f, s, self.tw, ind)):
            self.line(ln, spec, pt, indent=ind if i == 0 else 0, color=color)

    def table(self, t):
        """Draw a table: t has header rows (with merges), rows, totals, notes, ruled style, hand cols."""
        rng = self.rng
        pt = t.get("pt", self.pt * 0.8)
        f = font(SERIF, self.px(pt))
        fh = font(SANS_B, self.px(pt))
        hdr = t["header_rows"]
        body = t["rows"] + t.get("totals", [])
        ncol = max(len(r) for r in hdr + body)
        weights = t.get("col_w")
        if not weights:
            weights = []
            for c in range(ncol):
                m = max([len(str(r[c])) if c < len(r) else 0 for r in body] + [2])
                mh = max(len(str(r[c])) if c < len(r) else 0 for r in hdr)
                weights.append(min(max(m, mh * 0.8, 2), 16))
        tot = sum(weights)
        widths = [self.tw * w / tot for w in weights]
        xs = [self.ml]
        for w in widths:
            xs.append(xs[-1] + w)
        pad = f.size * 0.3
        ruled = t.get("ruled", "grid")
        hand = set(t.get("hand_cols", ()))
        blank_rows = t.get("blank_rows", 0)

        def row_h(cells, fnt):
            n = 1
            for c, v in enumerate(cells):
                n = max(n, len(wrap(fnt, str(v), widths[c] - 2 * pad)))
            return n * fnt.size * 1.3 + 2 * pad

        def draw_cells(cells, fnt, y, h, is_hand=False, spans=None):
            for c, v in enumerate(cells):
                if v is None:
                    continue
                x0 = xs[c]
                x1 = xs[min(c + (spans or {}).get(c, 1), ncol)]
                lines = wrap(fnt, str(v), x1 - x0 - 2 * pad)
                ty = y + (h - len(lines) * fnt.size * 1.3) / 2
                for ln in lines:
                    if is_hand and c in hand and v:
                        draw_hand(self.img, (x0 + pad, ty), ln, fnt.size * 1.1, rng)
                    else:
                        w = text_w(fnt, ln)
                        tx = x0 + (x1 - x0 - w) / 2 if t.get("center", True) else x0 + pad
                        self.d.text((tx, ty), ln, font=fnt, fill=BLACK)
                    ty += fnt.size * 1.3

        lw = max(1, int(self.dpi / 100))
        # header (merged cells: dict (r,c)->(rs,cs))
        merges = t.get("merges", {})
        hh = [row_h([c or "" for c in r], fh) for r in hdr]
        self.need(sum(hh) + row_h(body[0] if body else [""], f))
        top = self.y
        if ruled in ("three", "none"):
            if ruled == "three":
                self.d.line([(xs[0], top), (xs[-1], top)], fill=BLACK, width=lw * 2)
        yy = top
        covered = set()
        for r, cells in enumerate(hdr):
            for c in range(ncol):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        covered.add((rr, cc))
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = yy, yy + sum(hh[r : r + rs])
                if ruled == "grid":
                    self.d.rectangle([x0, y0, x1, y1], outline=BLACK, width=lw)
                v = cells[c] if c < len(cells) else ""
                if v:
                    lines = wrap(fh, str(v), x1 - x0 - 2 * pad)
                    ty = y0 + (y1 - y0 - len(lines) * fh.size * 1.3) / 2
                    for ln in lines:
                        self.d.text((x0 + (x1 - x0 - text_w(fh, ln)) / 2, ty), ln, font=fh, fill=BLACK)
                        ty += fh.size * 1.3
            yy += hh[r]
        self.y = yy
        if ruled == "three":
            self.d.line([(xs[0], yy), (xs[-1], yy)], fill=BLACK, width=lw)
        all_rows = [(r, False) for r in t["rows"]] + [([""] * ncol, None)] * blank_rows
        all_rows += [(r, True) for r in t.get("totals", [])]
        for cells, is_total in all_rows:
            spans = {}
            if is_total and t.get("total_span"):
                spans = {0: t["total_span"]}
            h = row_h(cells, fh if is_total else f)
            if self.y + h > self.H - self.mb:
                if ruled == "three":
                    self.d.line([(xs[0], self.y), (xs[-1], self.y)], fill=BLACK, width=lw)
                self.new_page()
            y = self.y
            if ruled == "grid":
                c = 0
                while c < ncol:
                    sp = spans.get(c, 1)
                    self.d.rectangle([xs[c], y, xs[c + sp], y + h], outline=BLACK, width=lw)
                    c += sp
            draw_cells(cells, fh if is_total else f, y, h, is_hand=(is_total is False), spans=spans)
            self.y += h
        if ruled == "three":
            self.d.line([(xs[0], self.y), (xs[-1], self.y)], fill=BLACK, width=lw * 2)
        self.y += f.size * 0.6
        for n in t.get("notes", []):
            self.para(n, pt=pt, first_indent=0)

    def form(self, rows, hand_rng=True):
        """Key-value fill-in form (会议记录): label column printed, value column handwritten."""
        f = font(SANS_B, self.px(self.pt * 0.9))
        fv = font(KAI, self.px(self.pt * 1.0))
        lab_w = self.tw * 0.18
        lw = max(1, int(self.dpi / 100))
        for label, value, min_lines in rows:
            lines = []
            for part in value.split("\n"):
                lines += wrap(fv, part, self.tw - lab_w - fv.size * 1.2) or [""]
            n = max(len(lines), min_lines)
            h = n * fv.size * 1.55 + fv.size * 0.8
            self.need(h)
            y = self.y
            self.d.rectangle([self.ml, y, self.ml + lab_w, y + h], outline=BLACK, width=lw)
            self.d.rectangle([self.ml + lab_w, y, self.ml + self.tw, y + h], outline=BLACK, width=lw)
            self.d.text(
                (self.ml + (lab_w - text_w(f, label)) / 2, y + (h - f.size) / 2), label, font=f, fill=BLACK
            )
            ty = y + fv.size * 0.4
            for ln in lines:
                if ln:
                    draw_hand(self.img, (self.ml + lab_w + fv.size * 0.5, ty + fv.size * 0.1), ln, fv.size, self.rng)
                ty += fv.size * 1.55
            self.y += h
        self.y += f.size


def render_blocks(blocks, dpi, rng, pt=15.0):
    """Lay out official-document blocks on A4 pages."""
    p = Pager(dpi, rng, pt=pt)
    seal_at = None
    for b in blocks:
        k = b[0]
        if k == "redhead":
            organs, suffix = b[1], b[2]
            hpt = 26 if len(organs) == 1 else 20
            f = font(SERIF_B, p.px(hpt))
            if suffix and len(organs) > 1:
                y0 = p.y
                wmax = max(text_w(f, o) for o in organs)
                fs = font(SERIF_B, p.px(hpt * 1.5))
                total = wmax + f.size + text_w(fs, suffix)
                x0 = p.ml + (p.tw - total) / 2
                for o in organs:
                    p.d.text((x0 + (wmax - text_w(f, o)) / 2 * 0, p.y), o, font=f, fill=RED)
                    p.y += f.size * 1.35
                hgt = p.y - y0
                p.d.text((x0 + wmax + f.size, y0 + (hgt - fs.size * 1.2) / 2), suffix, font=fs, fill=RED)
            else:
                for o in organs:
                    p.line(o + suffix, SERIF_B, hpt, "center", RED, gap=0.3)
            p.y += p.px(8)
        elif k == "redline":
            p.y += p.px(4)
            p.d.line([(p.ml, p.y), (p.W - p.mr, p.y)], fill=RED, width=max(2, int(dpi / 60)))
            p.y += p.px(16)
        elif k == "docno":
            p.line(b[1], SERIF, None, b[2] if len(b) > 2 else "center")
        elif k == "docno_signer":
            # 请示: 文号 left, 签发人 right on one line
            f = font(SERIF, p.px(p.pt))
            p.d.text((p.ml, p.y), b[1], font=f, fill=BLACK)
            p.d.text((p.W - p.mr - text_w(f, b[2]), p.y), b[2], font=f, fill=BLACK)
            p.y += f.size * 1.6
        elif k == "title":
            p.y += p.px(6)
            for ln in b[1]:
                p.line(ln, SERIF_B, p.pt * 1.4, "center", gap=0.45)
            p.y += p.px(10)
        elif k == "center":
            p.line(b[1], SANS if len(b) < 3 else b[2], None if len(b) < 4 else b[3], "center")
        elif k == "p":
            p.para(b[1])
        elif k == "pl":
            p.para(b[1], first_indent=0)
        elif k == "h":
            p.para(b[1], spec=SANS_B)
        elif k == "right":
            box = p.line(b[1], SERIF, None, "right", indent=p.px(p.pt * 2))
            if len(b) > 2 and b[2] == "seal":
                seal_at = box
        elif k == "sign":
            p.y += p.px(p.pt)
            first = None
            for ln in b[1]:
                box = p.line(ln, SERIF, None, "right", indent=p.px(p.pt * 2))
                first = first or box
            if len(b) > 2 and b[2]:
                seal_at = (first, b[2])
        elif k == "table":
            p.table(b[1])
        elif k == "form":
            p.form(b[1])
        elif k == "space":
            p.y += p.px(b[1])
        elif k == "banji":
            p.y = max(p.y + p.px(30), p.H - p.mb - p.px(p.pt * 1.8) * (len(b[1]) + 1))
            p.need(p.px(p.pt * 1.8) * len(b[1]))
            for ln in b[1]:
                p.d.line([(p.ml, p.y), (p.W - p.mr, p.y)], fill=BLACK, width=max(1, int(dpi / 120)))
                p.y += p.px(4)
                f = font(SERIF, p.px(p.pt * 0.9))
                if "\t" in ln:
                    a, c = ln.split("\t")
                    p.d.text((p.ml + f.size, p.y), a, font=f, fill=BLACK)
                    p.d.text((p.W - p.mr - f.size - text_w(f, c), p.y), c, font=f, fill=BLACK)
                else:
                    p.d.text((p.ml + f.size, p.y), ln, font=f, fill=BLACK)
                p.y += f.size * 1.5
            p.d.line([(p.ml, p.y), (p.W - p.mr, p.y)], fill=BLACK, width=max(1, int(dpi / 120)))
        if seal_at and k == "sign":
            box, organ = seal_at
            cx = (box[0] + box[2]) / 2
            draw_seal(p.img, cx, box[1] + p.px(10), p.px(60), organ, rng)
            seal_at = None
    return p.pages


# ---------------------------------------------------------------------------------------------
# photo and scan effects
# ---------------------------------------------------------------------------------------------


def _persp_coeffs(dst, src):
    a = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(a, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo(page, rng, scale=0.85, strength=1.0):
    """Phone photo of a page lying on a desk: perspective, uneven light, blur, noise, JPEG later."""
    g = rng_np(rng)
    page = page.resize((int(page.width * scale), int(page.height * scale)), Image.LANCZOS)
    w, h = page.size
    W, H = int(w * 1.16), int(h * 1.12)
    desk = np.array(rng.choice([(120, 92, 60), (160, 150, 135), (70, 72, 80), (185, 170, 150)]), np.float32)
    grain = g.standard_normal((H, W, 1), dtype=np.float32) * 8
    canvas = Image.fromarray((desk + grain).clip(0, 255).astype(np.uint8))
    ox, oy = (W - w) // 2, (H - h) // 2
    canvas.paste(page, (ox, oy))
    j = 0.035 * strength
    src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
    dst = [(x + rng.uniform(-j, j) * w, y + rng.uniform(-j, j) * h) for x, y in src]
    coeffs = _persp_coeffs(dst, src)
    out = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=tuple(int(v) for v in desk))
    a = np.asarray(out).astype(np.float32)
    # light fall-off is smooth: compute it on a coarse grid and let PIL upsample it
    hs, ws = H // 8 + 1, W // 8 + 1
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32) * 8
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    small = Image.fromarray(((1.05 - 0.32 * strength * dist) * 200).clip(0, 255).astype(np.uint8))
    light = np.asarray(small.resize((W, H), Image.BILINEAR)).astype(np.float32) / 200
    tint = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.97)], np.float32)
    a *= light[..., None] * tint
    a += g.standard_normal(a.shape, dtype=np.float32) * (4 * strength)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0) * strength))
    return out


def scan(page, rng, dpi_from, dpi_to, color=False, skew=0.6):
    """Flatbed scan: resample to the target dpi, small skew, grey noise, optional grayscale."""
    g = rng_np(rng)
    if dpi_to != dpi_from:
        page = page.resize((int(page.width * dpi_to / dpi_from), int(page.height * dpi_to / dpi_from)), Image.LANCZOS)
    page = page.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=(250, 250, 248), expand=False)
    a = np.asarray(page).astype(np.float32)
    a = a * 0.96 + 6 + (g.standard_normal(a.shape[:2], dtype=np.float32) * 3.5)[..., None]
    specks = g.random(a.shape[:2]) < 0.0004
    a[specks] = 40
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.4))
    if not color:
        out = out.convert("L")
    return out


FIXED_TS = time.strptime("2024-12-20 10:00:00", "%Y-%m-%d %H:%M:%S")


def save_image_pdf(pages, path, dpi):
    pages = [p if p.mode in ("RGB", "L") else p.convert("RGB") for p in pages]
    pages[0].save(
        path,
        "PDF",
        resolution=dpi,
        save_all=True,
        append_images=pages[1:],
        creationDate=FIXED_TS,
        modDate=FIXED_TS,
        title="",
        producer="scanner",
    )


# ---------------------------------------------------------------------------------------------
# zip / pdf normalisation for determinism
# ---------------------------------------------------------------------------------------------


def normalize_zip(path, patches=None):
    """Rewrite a DOCX/XLSX zip with fixed entry timestamps; optional per-member byte patches."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if patches and name in patches:
                data = patches[name](data)
            if name == "docProps/core.xml":
                # openpyxl stamps the save time as dcterms:modified whatever the workbook property says
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-12-20T10:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def fix_pdf_dates(path):
    """LibreOffice stamps the conversion time and a random /ID: replace both, keeping byte lengths."""
    data = open(path, "rb").read()

    def dsub(m):
        s = m.group(1)
        # same length, keep the original time-zone tail so the byte offsets in the xref stay valid
        return m.group(0).replace(s, b"D:20241220100000" + s[16:])

    data = re.sub(rb"\((D:\d{14}[^)]*)\)", dsub, data)

    def xmpsub(m):
        s = m.group(1)
        fixed = b"2024-12-20T10:00:00+08:00"
        return m.group(0).replace(s, (fixed + b" " * len(s))[: len(s)])

    data = re.sub(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<", xmpsub, data)
    # /ID and LibreOffice's /DocChecksum are derived from the conversion time: replace both by a content hash
    core = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", b"", re.sub(rb"/ID\s*\[[^\]]*\]", b"", data))
    h = hashlib.md5(core).hexdigest().upper().encode()

    def idsub(m):
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + h + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[[^\]]*\]", idsub, data)
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", lambda m: m.group(1) + h, data)
    open(path, "wb").write(data)
