"""Rendering engine for the dev13 corpus (page layout, degradations, DOCX/XLSX/PDF writers)."""
# ruff: noqa: E501  (long Chinese template strings read better unbroken)

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts"
SERIF = (f"{FONT_DIR}/opentype/noto/NotoSerifCJK-Regular.ttc", 2)
SERIF_B = (f"{FONT_DIR}/opentype/noto/NotoSerifCJK-Bold.ttc", 2)
SANS = (f"{FONT_DIR}/opentype/noto/NotoSansCJK-Regular.ttc", 2)
SANS_B = (f"{FONT_DIR}/opentype/noto/NotoSansCJK-Bold.ttc", 2)
KAI = (f"{FONT_DIR}/truetype/arphic/ukai.ttc", 0)
MING = (f"{FONT_DIR}/truetype/arphic/uming.ttc", 0)
_FC: dict = {}


def font(spec, px):
    key = (spec, int(px))
    if key not in _FC:
        _FC[key] = ImageFont.truetype(spec[0], max(6, int(px)), index=spec[1])
    return _FC[key]


RED = (215, 20, 25)
BLACK = (20, 20, 20)

# ----------------------------------------------------------------------------------------------
# truth collection


CN_DIG = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


class Ctx:
    """Collects the facts of one file while its text is written."""

    def __init__(self):
        self.dates: list = []
        self.docnos: list = []

    def d(self, y, m, dd, style="cn"):
        if style == "cn":
            t = f"{y}年{m}月{dd}日"
        elif style == "cnz":
            t = "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(dd) + "日"
        elif style == "cn0":
            t = f"{y}年{m:02d}月{dd:02d}日"
        elif style == "dot":
            t = f"{y}.{m}.{dd}"
        elif style == "dot0":
            t = f"{y}.{m:02d}.{dd:02d}"
        elif style == "iso":
            t = f"{y}-{m:02d}-{dd:02d}"
        elif style == "slash":
            t = f"{y}/{m}/{dd}"
        elif style == "md":
            t = f"{m}月{dd}日"
        elif style == "d":
            t = f"{dd}日"
        else:
            raise ValueError(style)
        iso = f"{y}-{m:02d}-{dd:02d}"
        if not any(x["text"] == t for x in self.dates):
            self.dates.append({"iso": iso, "text": t})
        return t

    def dn(self, prefix, year, num, style="std"):
        std = f"{prefix}〔{year}〕{num}号"
        shown = {
            "std": std,
            "sq": f"{prefix}[{year}]{num}号",
            "paren": f"{prefix}（{year}）{num}号",
            "zero": f"{prefix}〔{year}〕{num:03d}号",
            "brk": f"{prefix}【{year}】{num}号",
        }[style]
        item = {"text": std, "organ_prefix": prefix, "year": year, "number": num}
        if shown != std:
            item["shown"] = shown
        if not any(x["text"] == std and x.get("shown") == item.get("shown") for x in self.docnos):
            self.docnos.append(item)
        return shown


# ----------------------------------------------------------------------------------------------
# document model: a list of blocks


@dataclass
class Table:
    header: list  # leaf header labels (truth)
    rows: list  # data rows (truth), cells as printed
    groups: list | None = None  # [(label, [children]) | label] for a two-row header
    widths: list | None = None
    ruled: bool = True
    total: list | None = None  # a 合计 row, printed after the data, not counted
    caption: str | None = None
    hand_cols: tuple = ()  # columns written by hand (sign-in sheets)
    font_pt: float = 12

    def truth(self):
        return {
            "header": list(self.header),
            "row_count": len(self.rows),
            "rows": [[str(c) for c in r] for r in self.rows],
        }


@dataclass
class Doc:
    blocks: list = field(default_factory=list)

    def add(self, *b):
        self.blocks.append(b)
        return self


# ----------------------------------------------------------------------------------------------
# PIL page layout


def wrap(text, fnt, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if fnt.getlength(cur + ch) > width and cur:
            # keep closing punctuation on the line (禁则)
            if ch in "，。、；：！？）》”’":
                lines.append(cur + ch)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


class PageLayout:
    """Lays a Doc out on A4 pages at a given dpi."""

    def __init__(self, dpi=200, body_font=SERIF, seed_rng=None, margins=(28, 26, 30, 28), paper=(255, 255, 255)):
        self.dpi = dpi
        self.px = lambda mm: int(round(mm / 25.4 * dpi))
        self.pt = lambda p: int(round(p / 72 * dpi))
        self.W, self.H = self.px(210), self.px(297)
        self.ml, self.mr, self.mt, self.mb = (self.px(m) for m in margins)
        self.body_font = body_font
        self.rng = seed_rng
        self.paper = paper
        self.pages = []
        self.seals = []  # (page index, x, y, organ text)
        self._new_page()

    def _new_page(self):
        im = Image.new("RGB", (self.W, self.H), self.paper)
        self.pages.append(im)
        self.draw = ImageDraw.Draw(im)
        self.y = self.mt

    @property
    def cw(self):
        return self.W - self.ml - self.mr

    def ensure(self, h):
        if self.y + h > self.H - self.mb:
            self._new_page()

    def text_line(self, s, fnt, align="left", color=BLACK, indent=0, x=None):
        w = fnt.getlength(s)
        if x is None:
            if align == "center":
                x = self.ml + (self.cw - w) / 2
            elif align == "right":
                x = self.W - self.mr - w - indent
            else:
                x = self.ml + indent
        self.draw.text((x, self.y), s, font=fnt, fill=color)
        return x, w

    base_pt = 16

    def para(self, s, pt=None, spec=None, indent_chars=2, align="left", color=BLACK, lead=1.55, bold=False):
        pt = pt or self.base_pt
        fnt = font(spec or self.body_font, self.pt(pt))
        lh = int(self.pt(pt) * lead)
        ind = int(self.pt(pt) * indent_chars) if align == "left" else 0
        lines = wrap(" " * 0 + s, fnt, self.cw - ind)
        first = True
        for ln in lines:
            self.ensure(lh)
            self.text_line(ln, fnt, align=align, color=color, indent=ind if first else 0)
            first = False
            self.y += lh
        return lines

    def gap(self, mm):
        self.y += self.px(mm)

    def hline(self, color=RED, thick_mm=0.8, double=False):
        t = max(2, self.px(thick_mm))
        self.draw.rectangle([self.ml, self.y, self.W - self.mr, self.y + t], fill=color)
        if double:
            self.draw.rectangle([self.ml, self.y + t + 3, self.W - self.mr, self.y + t + 4], fill=color)
        self.y += t + self.px(3)

    def table(self, tb: Table):
        pt = tb.font_pt * min(1.0, self.base_pt / 16)
        fnt = font(self.body_font, self.pt(pt))
        hfnt = font(SANS_B, self.pt(pt))
        hand = font(KAI, self.pt(pt + 3))
        n = len(tb.header)
        ws = tb.widths or [1] * n
        tot = sum(ws)
        colw = [self.cw * w / tot for w in ws]
        xs = [self.ml]
        for c in colw:
            xs.append(xs[-1] + c)
        pad = self.px(1.6)
        lh = int(self.pt(pt) * 1.35)
        if tb.caption:
            self.para(tb.caption, pt=pt + 2, spec=SANS_B, align="center", indent_chars=0)
            self.gap(1)

        def row_h(cells, f=fnt):
            m = 1
            for i, c in enumerate(cells):
                m = max(m, len(wrap(str(c), f, colw[i] - 2 * pad)))
            return m * lh + 2 * pad

        def draw_cells(cells, y, h, f=fnt, fills=None, handcols=()):
            for i, c in enumerate(cells):
                ff = hand if i in handcols else f
                lines = wrap(str(c), ff, colw[i] - 2 * pad)
                ty = y + (h - len(lines) * lh) / 2
                for ln in lines:
                    w = ff.getlength(ln)
                    jx = self.rng.uniform(-3, 3) if (i in handcols and self.rng) else 0
                    self.draw.text(
                        (xs[i] + (colw[i] - w) / 2 + jx, ty), ln, font=ff, fill=(25, 25, 60) if i in handcols else BLACK
                    )
                    ty += lh
                if tb.ruled:
                    self.draw.rectangle([xs[i], y, xs[i + 1], y + h], outline=BLACK, width=2)

        def draw_header():
            if tb.groups:
                h1 = lh + 2 * pad
                h2 = row_h(tb.header, hfnt)
                self.ensure(h1 + h2 + lh)
                y = self.y
                ci = 0
                for g in tb.groups:
                    if isinstance(g, str):
                        lines = wrap(g, hfnt, colw[ci] - 2 * pad)
                        ty = y + (h1 + h2 - len(lines) * lh) / 2
                        for ln in lines:
                            self.draw.text(
                                (xs[ci] + (colw[ci] - hfnt.getlength(ln)) / 2, ty), ln, font=hfnt, fill=BLACK
                            )
                            ty += lh
                        if tb.ruled:
                            self.draw.rectangle([xs[ci], y, xs[ci + 1], y + h1 + h2], outline=BLACK, width=2)
                        ci += 1
                    else:
                        label, kids = g
                        x0, x1 = xs[ci], xs[ci + len(kids)]
                        self.draw.text(
                            (x0 + (x1 - x0 - hfnt.getlength(label)) / 2, y + pad), label, font=hfnt, fill=BLACK
                        )
                        if tb.ruled:
                            self.draw.rectangle([x0, y, x1, y + h1], outline=BLACK, width=2)
                        for k in kids:
                            lines = wrap(k, hfnt, colw[ci] - 2 * pad)
                            ty = y + h1 + (h2 - len(lines) * lh) / 2
                            for ln in lines:
                                self.draw.text(
                                    (xs[ci] + (colw[ci] - hfnt.getlength(ln)) / 2, ty), ln, font=hfnt, fill=BLACK
                                )
                                ty += lh
                            if tb.ruled:
                                self.draw.rectangle([xs[ci], y + h1, xs[ci + 1], y + h1 + h2], outline=BLACK, width=2)
                            ci += 1
                self.y = y + h1 + h2
            else:
                h = row_h(tb.header, hfnt)
                self.ensure(h + lh)
                draw_cells(tb.header, self.y, h, hfnt)
                if not tb.ruled:
                    self.draw.line([self.ml, self.y + h, self.W - self.mr, self.y + h], fill=BLACK, width=2)
                    self.draw.line([self.ml, self.y, self.W - self.mr, self.y], fill=BLACK, width=3)
                self.y += h

        draw_header()
        allrows = list(tb.rows) + ([tb.total] if tb.total else [])
        for r in allrows:
            h = row_h(r)
            if self.y + h > self.H - self.mb:
                self._new_page()
                draw_header()  # repeated header on the next page
            draw_cells(r, self.y, h, handcols=tb.hand_cols)
            self.y += h
        if not tb.ruled:
            self.draw.line([self.ml, self.y, self.W - self.mr, self.y], fill=BLACK, width=3)
        self.gap(3)

    def sign(self, organs, date_text, seal=True, pt=16):
        fnt = font(self.body_font, self.pt(pt))
        lh = int(self.pt(pt) * 1.6)
        self.gap(8)
        self.ensure(lh * (len(organs) + 1) + self.px(10))
        y0 = self.y
        right = self.px(4 * 5.6)
        xs = []
        for o in organs:
            x, w = self.text_line(o, fnt, align="right", indent=right)
            xs.append(x + w / 2)
            self.y += lh
        x, w = self.text_line(date_text, fnt, align="right", indent=right)
        cy = (y0 + self.y + lh) / 2 if organs else self.y + lh / 2
        if seal:
            cx = x + w / 2
            for i, o in enumerate(organs[:2]):
                self.seals.append((len(self.pages) - 1, cx - (i * self.px(44)) if len(organs) > 1 else cx, cy, o))
        self.y += lh

    def render(self, doc: Doc):
        for b in doc.blocks:
            k = b[0]
            if k == "redhead":
                organs, suffix = b[1], b[2]
                self.gap(8)
                if len(organs) == 1:
                    s = organs[0] + (suffix or "")
                    size = min(self.pt(40), int(self.cw / max(len(s), 1) * 0.98))
                    fnt = font(SERIF_B, size)
                    self.text_line(s, fnt, align="center", color=RED)
                    self.y += int(size * 1.4)
                else:
                    size = min(self.pt(30), int(self.cw * 0.78 / max(len(o) for o in organs)))
                    fnt = font(SERIF_B, size)
                    y0 = self.y
                    maxw = max(fnt.getlength(o) for o in organs)
                    x0 = self.ml + (self.cw - maxw - size * 2.6) / 2
                    for o in organs:
                        self.draw.text((x0 + (maxw - fnt.getlength(o)) / 2, self.y), o, font=fnt, fill=RED)
                        self.y += int(size * 1.25)
                    if suffix:
                        sf = font(SERIF_B, int(size * 1.7))
                        self.draw.text(
                            (x0 + maxw + size * 0.4, (y0 + self.y) / 2 - size * 1.0), suffix, font=sf, fill=RED
                        )
                    self.y += self.px(3)
                self.gap(4)
            elif k == "docno":
                both = b[1] + ("\u3000\u3000" + b[2] if len(b) > 2 and b[2] else "")
                size = self.pt(16)
                while size > 8 and font(self.body_font, size).getlength(both) > self.cw - 2 * self.pt(16):
                    size -= 1
                fnt = font(self.body_font, size)
                if len(b) > 2 and b[2]:
                    self.text_line(b[1], fnt, indent=self.pt(16))
                    self.text_line(b[2], fnt, align="right", indent=self.pt(16))
                else:
                    self.text_line(b[1], fnt, align="center")
                self.y += int(self.pt(16) * 1.5)
            elif k == "redline":
                self.hline(RED, 0.7)
                self.gap(6)
            elif k == "line":
                self.hline(BLACK, 0.4)
            elif k == "title":
                fnt = font(
                    SANS_B if len(b) < 3 or b[2] is None else b[2], self.pt(b[3] if len(b) > 3 else self.base_pt + 5)
                )
                for ln0 in b[1]:
                    for ln in wrap(ln0, fnt, self.cw):
                        self.ensure(int(fnt.size * 1.5))
                        self.text_line(ln, fnt, align="center")
                        self.y += int(fnt.size * 1.45)
                self.gap(5)
            elif k == "center":
                self.para(b[1], pt=b[2] if len(b) > 2 else None, align="center", indent_chars=0, spec=KAI)
            elif k == "addr":
                self.para(b[1], indent_chars=0)
            elif k == "para":
                self.para(b[1])
            elif k == "h1":
                self.para(b[1], spec=SANS)
            elif k == "h2":
                self.para(b[1], spec=KAI)
            elif k == "plain":
                self.para(b[1], indent_chars=0, pt=b[2] if len(b) > 2 else None)
            elif k == "right":
                self.para(b[1], align="right", indent_chars=0)
            elif k == "table":
                self.table(b[1])
            elif k == "sign":
                self.sign(b[1], b[2], seal=b[3] if len(b) > 3 else True, pt=self.base_pt)
            elif k == "gap":
                self.gap(b[1])
            elif k == "pagebreak":
                self._new_page()
            elif k == "footer":
                # 抄送/印发 lines at the foot of the last page
                fnt = font(self.body_font, self.pt(14))
                lh = int(self.pt(14) * 1.7)
                need = lh * len(b[1]) + self.px(4)
                if self.y + need > self.H - self.mb:
                    self._new_page()
                self.y = max(self.y + self.px(10), self.H - self.mb - need)
                for item in b[1]:
                    self.draw.line([self.ml, self.y, self.W - self.mr, self.y], fill=BLACK, width=2)
                    self.y += self.px(1.5)
                    if isinstance(item, tuple):
                        self.text_line(item[0], fnt, indent=self.pt(14))
                        self.text_line(item[1], fnt, align="right", indent=self.pt(14))
                    else:
                        self.text_line(item, fnt, indent=self.pt(14))
                    self.y += lh - self.px(1.5)
                self.draw.line([self.ml, self.y, self.W - self.mr, self.y], fill=BLACK, width=2)
        # page numbers and seals
        out = []
        for i, im in enumerate(self.pages):
            if len(self.pages) > 1:
                d = ImageDraw.Draw(im)
                f = font(SERIF, self.pt(14))
                s = f"— {i + 1} —"
                d.text(((self.W - f.getlength(s)) / 2, self.H - self.mb + self.px(8)), s, font=f, fill=BLACK)
            out.append(im)
        for pi, cx, cy, organ in self.seals:
            stamp_seal(out[pi], cx, cy, organ, self.px(42), self.rng)
        return out


def stamp_seal(im, cx, cy, organ, diam, rng=None):
    """A red round official seal, translucent, over the date."""
    s = int(diam)
    lay = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(lay)
    w = max(3, s // 28)
    d.ellipse([w, w, s - w, s - w], outline=255, width=w)
    # star
    r1, r2, c = s * 0.16, s * 0.065, s / 2
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=255)
    # organ text around the arc
    txt = organ
    fs = max(8, int(s * 0.11))
    f = font(SANS_B, fs)
    n = len(txt)
    span = min(250, 20 * n)
    for i, ch in enumerate(txt):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        R = s / 2 - w * 2 - fs * 0.7
        x, y = c + R * math.cos(ang), c + R * math.sin(ang)
        g = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.4), ch, font=f, fill=255)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        lay.paste(255, (int(x - fs), int(y - fs)), g)
    rot = rng.uniform(-25, 25) if rng else 8
    lay = lay.rotate(rot, resample=Image.BICUBIC)
    alpha = lay.point(lambda v: int(v * 0.72))
    red = Image.new("RGB", (s, s), (222, 35, 40))
    im.paste(red, (int(cx - s / 2), int(cy - s / 2)), alpha)


# ----------------------------------------------------------------------------------------------
# degradations


def scan_degrade(im, rng, skew=1.0, noise=8, gray=False, blur=0.5, speckle=0.0005, tint=(0, 0, 0)):
    im = im.convert("L").convert("RGB") if gray else im
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    a = np.asarray(im).astype(np.float32)
    nr = np.random.default_rng(int(rng.random() * 1e9))
    a += nr.normal(0, noise, a.shape[:2])[..., None]
    if speckle:
        m = nr.random(a.shape[:2]) < speckle
        a[m] = 30
    a += np.array(tint, dtype=np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def _coeffs(src, dst):
    # perspective coefficients mapping dst quad -> src quad (PIL's convention)
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(page, rng, out_size=(1800, 2400), bg=(120, 100, 80), shadow=0.35, blur=1.0, moire=0.0, tilt=0.06):
    W, H = out_size
    nr = np.random.default_rng(int(rng.random() * 1e9))
    # background: a desk with some grain
    base = np.ones((H, W, 3), np.float32) * np.array(bg, np.float32)
    base += nr.normal(0, 6, (H, W))[..., None]
    yy = np.linspace(0, 1, H)[:, None]
    base += (yy * 30)[..., None]
    bgim = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    pw, ph = page.size
    mx, my = W * 0.06, H * 0.05

    def j(v):
        return rng.uniform(-v, v)

    quad = [
        (mx + j(W * tilt), my + j(H * tilt * 0.5)),
        (W - mx + j(W * tilt), my + j(H * tilt * 0.5)),
        (W - mx + j(W * tilt * 0.5), H - my + j(H * tilt * 0.3)),
        (mx + j(W * tilt * 0.5), H - my + j(H * tilt * 0.3)),
    ]
    coeffs = _coeffs([(0, 0), (pw, 0), (pw, ph), (0, ph)], quad)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR)
    bgim.paste(warped, (0, 0), mask)
    a = np.asarray(bgim).astype(np.float32)
    # uneven light: a soft shadow from one side plus warm cast
    xx = np.linspace(0, 1, W)[None, :]
    side = rng.choice([0, 1])
    g = (xx if side else 1 - xx) * np.ones((H, 1))
    g = g * (0.6 + 0.4 * yy)
    a *= (1 - shadow * g**1.6)[..., None]
    a *= np.array([1.0, 0.97, 0.9], np.float32)
    if moire:
        X, Y = np.meshgrid(np.arange(W), np.arange(H))
        pat = np.sin((X * 0.9 + Y * 0.35) * 0.55) * np.sin((X * 0.2 - Y * 0.8) * 0.47)
        a += (pat * moire * 40)[..., None]
    a += nr.normal(0, 5, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


# ----------------------------------------------------------------------------------------------
# writers, deterministic

FIXED_PDF_DATE = b"D:20231120093000"


def save_image(im, path, fmt, quality=85, dpi=200):
    if fmt == "jpg":
        im.convert("RGB").save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
    elif fmt == "png":
        im.save(path, "PNG", dpi=(dpi, dpi), optimize=False)


def save_image_pdf(pages, path, dpi=200, quality=80):
    # JPEG-compress each page first, as a scanner would
    ims = []
    for p in pages:
        b = io.BytesIO()
        p.convert("RGB").save(b, "JPEG", quality=quality)
        ims.append(Image.open(io.BytesIO(b.getvalue())))
    import time

    t = time.struct_time((2023, 11, 20, 9, 30, 0, 0, 324, 0))
    ims[0].save(
        path,
        "PDF",
        save_all=True,
        append_images=ims[1:],
        resolution=float(dpi),
        creationDate=t,
        modDate=t,
        producer="Scanner",
        title="",
    )
    normalize_pdf(path)


def normalize_pdf(path):
    """Same-length substitution of dates and IDs so byte offsets (xref) stay valid."""
    data = open(path, "rb").read()

    def fix_date(m):
        body = m.group(0)[len(m.group(1)) + 1 : -1]
        rep = (b"D:20231120093000" + b"+08'00'" * 3)[: len(body)]
        return m.group(1) + b"(" + rep + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate))\s*\(D:[^)]*\)", fix_date, data)

    def fix_xmp(m):
        body = m.group(2)
        rep = (b"2023-11-20T09:30:00+08:00" + b"0" * 40)[: len(body)]
        return m.group(1) + rep + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", fix_xmp, data)

    def fix_id(m):
        h = m.group(1)
        return b"<" + (b"D13" + b"0" * 200)[: len(h)].replace(b"D", b"A") + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"D13" + b"0" * (len(m.group(2)) - 3), data
    )
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000d13", data)
    open(path, "wb").write(data)


def normalize_zip(path, core_title=None):
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2023-11-20T09:30:00Z\g<3>", data
                )
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>0</TotalTime>", data)
            zi = zipfile.ZipInfo(name, date_time=(2023, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


# ----------------------------------------------------------------------------------------------
# DOCX


def build_docx(doc: Doc, path, house=None, title_prop="", textbox_head=False, seal_png=None):
    import datetime

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    house = house or {}
    body_font = house.get("font", "仿宋_GB2312")
    title_font = house.get("title_font", "方正小标宋简体")
    head_font = house.get("head_font", "黑体")
    body_pt = house.get("pt", 16)
    d = Document()
    cp = d.core_properties
    cp.author = house.get("author", "办公室")
    cp.title = title_prop
    cp.created = datetime.datetime(2023, 11, 20, 9, 30)
    cp.modified = datetime.datetime(2023, 11, 20, 9, 30)
    cp.last_modified_by = cp.author
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(body_pt)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.line_spacing = Pt(28)
    st.paragraph_format.space_after = Pt(0)

    def run(p, text, size=None, bold=False, color=None, fnt=None):
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor(*color)
        if fnt:
            r.font.name = fnt
            rpr = r._element.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            if rf is None:
                rf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
                rpr.insert(0, rf)
            rf.set(qn("w:eastAsia"), fnt)
        return r

    def para(text="", align=None, indent=True, **kw):
        p = d.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent and align is None:
            p.paragraph_format.first_line_indent = Pt(body_pt * 2)
        if text:
            run(p, text, **kw)
        return p

    def border_bottom(p, color="FF0000", sz=18):
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'
            )
        )

    tb_id = [0]

    def textbox(lines, size, color="FF0000", height_pt=None):
        tb_id[0] += 1
        h = height_pt or (size * 1.5 * len(lines) + 10)
        paras = "".join(
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="{title_font}"/><w:b/><w:color w:val="{color}"/>'
            f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t>{ln}</w:t></w:r></w:p>'
            for ln in lines
        )
        xml = (
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="TextBox{tb_id[0]}" o:spid="_x0000_s{1024 + tb_id[0]}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:442pt;height:{h:.0f}pt;z-index:{tb_id[0]};'
            "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            'mso-position-vertical-relative:text" stroked="f" filled="f">'
            f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        )
        p = d.add_paragraph()
        p._p.append(parse_xml(xml))
        # reserve the box's height in the flow
        p.paragraph_format.space_after = Pt(h)
        return p

    def set_cell(c, text, bold=False, size=11, fnt=None):
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        run(p, str(text), size=size, bold=bold, fnt=fnt)

    def mark_header(row):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))

    def table(tb: Table):
        if tb.caption:
            para(tb.caption, align="center", bold=True, size=14, fnt=head_font)
        n = len(tb.header)
        nh = 2 if tb.groups else 1
        rows = list(tb.rows) + ([tb.total] if tb.total else [])
        t = d.add_table(rows=nh + len(rows), cols=n)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if tb.ruled:
            t.style = "Table Grid"
        hs = tb.font_pt - 1 if tb.font_pt > 11 else tb.font_pt
        if tb.groups:
            ci = 0
            for g in tb.groups:
                if isinstance(g, str):
                    a, b = t.cell(0, ci), t.cell(1, ci)
                    m = a.merge(b)
                    set_cell(m, g, bold=True, size=hs, fnt=head_font)
                    ci += 1
                else:
                    label, kids = g
                    m = t.cell(0, ci).merge(t.cell(0, ci + len(kids) - 1))
                    set_cell(m, label, bold=True, size=hs, fnt=head_font)
                    for k in kids:
                        set_cell(t.cell(1, ci), k, bold=True, size=hs, fnt=head_font)
                        ci += 1
        else:
            for i, h in enumerate(tb.header):
                set_cell(t.cell(0, i), h, bold=True, size=hs, fnt=head_font)
        for i in range(nh):
            mark_header(t.rows[i])
        for ri, r in enumerate(rows):
            for ci, v in enumerate(r):
                set_cell(t.cell(nh + ri, ci), v, size=hs)
        if tb.widths:
            t.autofit = False
            tot = sum(tb.widths)
            for ci, w in enumerate(tb.widths):
                t.columns[ci].width = Cm(15.6 * w / tot)
                for row in t.rows:
                    row.cells[ci].width = Cm(15.6 * w / tot)
        d.add_paragraph()

    first = True
    for b in doc.blocks:
        k = b[0]
        if k == "redhead":
            organs, suffix = b[1], b[2]
            if textbox_head:
                lines = (
                    [o + (suffix or "") for o in organs]
                    if len(organs) == 1
                    else list(organs) + ([suffix] if suffix else [])
                )
                textbox(lines, min(30 if len(organs) == 1 else 22, 430 / max(len(x) for x in lines)))
            else:
                for o in organs:
                    s = o + (suffix if (suffix and len(organs) == 1) else "")
                    p = para(
                        s, align="center", size=36 if len(organs) == 1 else 24, bold=True, color=RED, fnt=title_font
                    )
                if suffix and len(organs) > 1:
                    para(suffix, align="center", size=36, bold=True, color=RED, fnt=title_font)
            para("")
        elif k == "docno":
            if len(b) > 2 and b[2]:
                p = para(b[1] + "\u3000" * 8 + b[2], align="center")
            else:
                p = para(b[1], align="center")
        elif k == "redline":
            p = para("", align="center")
            border_bottom(p)
            para("")
        elif k == "line":
            p = para("", align="center")
            border_bottom(p, "000000", 8)
        elif k == "title":
            for ln in b[1]:
                para(ln, align="center", size=22, bold=house.get("title_bold", False), fnt=title_font)
            para("")
        elif k == "center":
            para(b[1], align="center", fnt="楷体_GB2312")
        elif k == "addr":
            para(b[1], indent=False)
        elif k == "para":
            para(b[1])
        elif k == "h1":
            para(b[1], fnt=head_font)
        elif k == "h2":
            para(b[1], fnt="楷体_GB2312", bold=True)
        elif k == "plain":
            para(b[1], indent=False, size=b[2] if len(b) > 2 else None)
        elif k == "right":
            para(b[1], align="right")
        elif k == "table":
            table(b[1])
        elif k == "sign":
            para("")
            for o in b[1]:
                p = para(o, align="right")
                p.paragraph_format.right_indent = Pt(body_pt * 4)
            p = para(b[2], align="right")
            p.paragraph_format.right_indent = Pt(body_pt * 4)
        elif k == "gap":
            para("")
        elif k == "pagebreak":
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k == "footer":
            para("")
            for item in b[1]:
                s = item if isinstance(item, str) else item[0] + "\u3000" * 4 + item[1]
                p = para(s, indent=False, size=14)
                border_bottom(p, "000000", 6)
        first = False
    del first
    d.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------------------------
# screenshots


def screenshot(sp: dict, rng):
    lay = sp["layout"]
    if lay == "web":
        W, body_w, side_w = 1440, 880, 360
    elif lay == "epaper":
        W, body_w, side_w = 1400, 860, 380
    else:
        W, body_w, side_w = 1080, 960, 0
    H = 6000
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    accent = sp.get("accent", (180, 20, 30))
    y = 0
    x0 = (W - body_w - side_w - (40 if side_w else 0)) // 2 if lay in ("web", "epaper") else 60

    def lines_at(text, f, x, y, width, color=BLACK, lead=1.6):
        for ln in wrap(text, f, width):
            d.text((x, y), ln, font=f, fill=color)
            y += int(f.size * lead)
        return y

    if lay in ("mobile", "wechat"):
        d.rectangle([0, 0, W, 70], fill=(245, 245, 245))
        d.text((40, 16), sp.get("clock", "10:26"), font=font(SANS_B, 34), fill=BLACK)
        d.text((W - 170, 16), "5G  86%", font=font(SANS, 30), fill=BLACK)
        y = 70
        if lay == "mobile":
            d.rectangle([0, y, W, y + 120], fill=accent)
            d.text((40, y + 30), "〈", font=font(SANS_B, 48), fill=(255, 255, 255))
            f = font(SANS_B, 46)
            d.text(((W - f.getlength(sp["site"])) / 2, y + 32), sp["site"], font=f, fill=(255, 255, 255))
            d.text((W - 110, y + 30), "···", font=font(SANS_B, 48), fill=(255, 255, 255))
            y += 160
        else:
            d.rectangle([0, y, W, y + 110], fill=(237, 237, 237))
            d.text((40, y + 22), "×", font=font(SANS, 52), fill=BLACK)
            d.text((W - 110, y + 25), "···", font=font(SANS_B, 48), fill=BLACK)
            y += 150
        tf = font(SANS_B, 58 if lay == "mobile" else 54)
        for t in sp["headline"]:
            y = lines_at(t, tf, x0, y, body_w, lead=1.45)
        y += 24
        mf = font(SANS, 34)
        for m in sp["meta"]:
            if isinstance(m, tuple):  # (text, color)
                y = lines_at(m[0], mf, x0, y, body_w, color=m[1], lead=1.5)
            else:
                y = lines_at(m, mf, x0, y, body_w, color=(120, 120, 120), lead=1.5)
        y += 30
        bf = font(SANS, 44)
        for p in sp["body"]:
            if isinstance(p, tuple) and p[0] == "img":
                d.rectangle([x0, y, x0 + body_w, y + 480], fill=(190, 200, 205))
                d.text((x0 + 20, y + 420), p[1], font=font(SANS, 30), fill=(255, 255, 255))
                y += 520
                continue
            y = lines_at("\u3000\u3000" + p if lay == "mobile" else p, bf, x0, y, body_w, lead=1.7) + 28
        for m in sp.get("tail", []):
            y = lines_at(m, font(SANS, 34), x0, y, body_w, color=(120, 120, 120), lead=1.5)
        if sp.get("related"):
            y += 30
            d.rectangle([x0, y, x0 + 8, y + 44], fill=accent)
            d.text((x0 + 24, y), sp.get("related_title", "相关推荐"), font=font(SANS_B, 40), fill=BLACK)
            y += 80
            for t, m in sp["related"]:
                y = lines_at(t, font(SANS, 40), x0, y, body_w - 300, lead=1.45)
                d.rectangle([x0 + body_w - 270, y - 110, x0 + body_w, y + 30], fill=(205, 210, 200))
                y = lines_at(m, font(SANS, 30), x0, y + 6, body_w - 300, color=(150, 150, 150)) + 30
                d.line([x0, y, x0 + body_w, y], fill=(230, 230, 230), width=2)
                y += 30
        y += 60
        H = min(max(y, 1800), 4200)
        return im.crop((0, 0, W, H))

    # web / epaper
    if lay == "web":
        d.rectangle([0, 0, W, 150], fill=accent)
        d.text((x0, 40), sp["site"], font=font(SERIF_B, 60), fill=(255, 255, 255))
        if sp.get("site_sub"):
            d.text(
                (x0 + font(SERIF_B, 60).getlength(sp["site"]) + 30, 70),
                sp["site_sub"],
                font=font(SANS, 26),
                fill=(255, 230, 230),
            )
        y = 150
        d.rectangle([0, y, W, y + 60], fill=(245, 240, 240))
        nx = x0
        for n in sp.get("nav", []):
            d.text((nx, y + 14), n, font=font(SANS, 28), fill=(60, 60, 60))
            nx += font(SANS, 28).getlength(n) + 48
        y += 90
        if sp.get("crumb"):
            d.text((x0, y), sp["crumb"], font=font(SANS, 26), fill=(120, 120, 120))
            y += 60
    else:
        d.rectangle([0, 0, W, 200], fill=(250, 248, 240))
        f = font(SERIF_B, 96)
        d.text(((W - f.getlength(sp["site"])) / 2, 20), sp["site"], font=f, fill=accent)
        y = 150
        for m in sp.get("edition", []):
            d.text((x0, y), m, font=font(SANS, 28), fill=(80, 80, 80))
            y += 40
        d.line([x0, y + 6, W - x0, y + 6], fill=accent, width=4)
        y += 40
    top = y
    tf = font(SANS_B, 44)
    for t in sp["headline"]:
        ww = tf.getlength(t)
        if ww < body_w:
            d.text((x0 + (body_w - ww) / 2, y), t, font=tf, fill=BLACK)
            y += 66
        else:
            y = lines_at(t, tf, x0, y, body_w, lead=1.45)
    y += 16
    mf = font(SANS, 24)
    for m in sp["meta"]:
        ww = mf.getlength(m)
        d.text((x0 + max(0, (body_w - ww) / 2), y), m, font=mf, fill=(110, 110, 110))
        y += 38
    d.line([x0, y + 8, x0 + body_w, y + 8], fill=(220, 220, 220), width=2)
    y += 40
    bf = font(SERIF if lay == "epaper" else SANS, 30)
    for p in sp["body"]:
        if isinstance(p, tuple) and p[0] == "img":
            d.rectangle([x0 + 120, y, x0 + body_w - 120, y + 380], fill=(185, 195, 200))
            y += 390
            y = lines_at(p[1], font(SANS, 24), x0 + 120, y, body_w - 240, color=(100, 100, 100)) + 20
            continue
        y = lines_at("\u3000\u3000" + p, bf, x0, y, body_w, lead=1.75) + 14
    for m in sp.get("tail", []):
        ww = mf.getlength(m)
        d.text((x0 + body_w - ww, y), m, font=mf, fill=(110, 110, 110))
        y += 38
    # side column of other news
    if side_w and sp.get("side"):
        sx = x0 + body_w + 40
        sy = top
        d.rectangle([sx, sy, sx + side_w, sy + 52], fill=(240, 240, 240))
        d.text((sx + 16, sy + 10), sp.get("side_title", "热点新闻"), font=font(SANS_B, 28), fill=accent)
        sy += 72
        for t, m in sp["side"]:
            sy = lines_at("· " + t, font(SANS, 24), sx + 10, sy, side_w - 20, lead=1.45)
            if m:
                sy = lines_at(m, font(SANS, 20), sx + 30, sy, side_w - 40, color=(150, 150, 150), lead=1.4)
            sy += 18
        y = max(y, sy)
    y += 40
    d.rectangle([0, y, W, y + 120], fill=(60, 60, 60))
    if sp.get("foot"):
        f = font(SANS, 22)
        d.text(((W - f.getlength(sp["foot"])) / 2, y + 44), sp["foot"], font=f, fill=(220, 220, 220))
    y += 120
    return im.crop((0, 0, W, min(y, 4000)))
