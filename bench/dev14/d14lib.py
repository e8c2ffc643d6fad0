"""Rendering and degradation helpers for make_dev14.py (own code, written for this corpus)."""

from __future__ import annotations

import io
import math
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DT = datetime(2023, 12, 20, 9, 0, 0)
ZIP_DT = (2023, 12, 20, 9, 0, 0)

FONT_FILES = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}
_FONTS: dict = {}


def font(kind: str, size: float) -> ImageFont.FreeTypeFont:
    size = max(6, int(round(size)))
    key = (kind, size)
    if key not in _FONTS:
        path, idx = FONT_FILES[kind]
        _FONTS[key] = ImageFont.truetype(path, size, index=idx)
    return _FONTS[key]


CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIGITS[n - 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


class Rec:
    """Collects the truth of one file while its text is composed."""

    def __init__(self):
        self.dates: list[dict] = []
        self.nums: list[dict] = []
        self.media: list[dict] = []

    def date(self, y: int, m: int, d: int, style: str = "cn") -> str:
        if style == "cn":
            t = f"{y}年{m}月{d}日"
        elif style == "dash":
            t = f"{y}-{m:02d}-{d:02d}"
        elif style == "dot":
            t = f"{y}.{m}.{d}"
        elif style == "dot0":
            t = f"{y}.{m:02d}.{d:02d}"
        elif style == "slash":
            t = f"{y}/{m}/{d}"
        elif style == "upper":
            t = "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"
        elif style == "md":
            t = f"{m}月{d}日"
        elif style == "d":
            t = f"{d}日"
        else:
            raise ValueError(style)
        iso = f"{y}-{m:02d}-{d:02d}"
        if not any(x["text"] == t for x in self.dates):
            self.dates.append({"iso": iso, "text": t})
        return t

    def docno(self, prefix: str, y: int, n: int, style: str = "std") -> str:
        norm = f"{prefix}〔{y}〕{n}号"
        shown = {
            "std": norm,
            "sq": f"{prefix}[{y}]{n}号",
            "fsq": f"{prefix}［{y}］{n}号",
            "paren": f"{prefix}（{y}）{n}号",
            "hparen": f"{prefix}({y}){n}号",
            "lent": f"{prefix}【{y}】{n}号",
        }[style]
        if not any(x["text"] == norm for x in self.nums):
            item = {"text": norm, "organ_prefix": prefix, "year": y, "number": n}
            if shown != norm:
                item["shown"] = shown
            self.nums.append(item)
        return shown

    def outlet(self, name: str, level: str) -> str:
        if not any(x["outlet"] == name for x in self.media):
            self.media.append({"outlet": name, "level": level})
        return name


def wrap(fnt, text: str, width: float) -> list[str]:
    lines: list[str] = []
    for part in text.split("\n"):
        cur = ""
        for ch in part:
            if cur and fnt.getlength(cur + ch) > width and ch not in "，。、；：）》”！？":
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Sheet:
    """One page drawn in base units (1/150 inch) scaled by s."""

    def __init__(self, w=1240, h=1754, s=1.0, bg=(255, 255, 255)):
        self.s = s
        self.w, self.h = w, h
        self.img = Image.new("RGB", (int(w * s), int(h * s)), bg)
        self.d = ImageDraw.Draw(self.img)

    def f(self, kind, size):
        return font(kind, size * self.s)

    def text(self, x, y, t, size=22, kind="serif", fill=(20, 20, 20), anchor="la"):
        self.d.text((x * self.s, y * self.s), t, font=self.f(kind, size), fill=fill, anchor=anchor)

    def width(self, t, size=22, kind="serif"):
        return self.f(kind, size).getlength(t) / self.s

    def center(self, y, t, size=22, kind="serif", fill=(20, 20, 20), x0=0, x1=None):
        x1 = self.w if x1 is None else x1
        self.text((x0 + x1) / 2, y, t, size, kind, fill, anchor="ma")

    def right(self, x, y, t, size=22, kind="serif", fill=(20, 20, 20)):
        self.text(x, y, t, size, kind, fill, anchor="ra")

    def line(self, x0, y0, x1, y1, fill=(20, 20, 20), width=1.5):
        self.d.line([(x0 * self.s, y0 * self.s), (x1 * self.s, y1 * self.s)], fill=fill,
                    width=max(1, int(round(width * self.s))))

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1.5):
        self.d.rectangle([x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s], fill=fill, outline=outline,
                         width=max(1, int(round(width * self.s))))

    def para(self, x, y, width, t, size=22, kind="serif", indent=2, gap=1.75, fill=(20, 20, 20)):
        """Wrapped paragraph; returns the y after it."""
        fnt = self.f(kind, size)
        ind = " " * 0
        first_w = width - indent * size
        lines = wrap(fnt, t, first_w * self.s)
        if len(lines) > 1:
            rest = "".join(lines[1:])
            lines = [lines[0]] + wrap(fnt, rest, width * self.s)
        for i, ln in enumerate(lines):
            xx = x + (indent * size if i == 0 else 0)
            self.text(xx, y, ind + ln, size, kind, fill)
            y += size * gap
        return y

    def hand(self, x, y, t, size, rng, fill=(25, 35, 90), maxw=None):
        """Handwriting-like text: kai font, jittered size/angle/baseline per char; shrunk to fit maxw."""
        if maxw:
            est = font("kai", size * self.s).getlength(t) / self.s * 1.08
            if est > maxw:
                size = size * maxw / est
        cx = x
        for ch in t:
            sz = size * rng.uniform(0.88, 1.15)
            fnt = font("kai", sz * self.s)
            box = fnt.getbbox(ch)
            cw, chh = box[2] + 4, box[3] + 6
            tile = Image.new("L", (int(cw * 1.6), int(chh * 1.6)), 0)
            ImageDraw.Draw(tile).text((cw * 0.3, chh * 0.2), ch, font=fnt, fill=255)
            tile = tile.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
            col = Image.new("RGB", tile.size, fill)
            px = int(cx * self.s + rng.uniform(-2, 2) * self.s)
            py = int((y + rng.uniform(-3, 3)) * self.s - chh * 0.2)
            self.img.paste(col, (px, py), tile)
            cx += (fnt.getlength(ch) / self.s) * rng.uniform(0.92, 1.12)
        return cx

    def seal(self, cx, cy, r, org, rng, color=(215, 30, 35), alpha=0.82):
        seal_img(self.img, cx * self.s, cy * self.s, r * self.s, org, rng, color, alpha)


def seal_img(img, cx, cy, r, org, rng, color=(215, 30, 35), alpha=0.82):
    size = int(r * 2.4)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, int(r / 14)))
    # five-pointed star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.28 if i % 2 == 0 else r * 0.11
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    n = len(org)
    span = min(250.0, 22.0 * n)
    fsz = max(8, int(min(r * 0.27, r * 0.74 * np.radians(span) / n * 0.95)))
    fnt = font("sans", fsz)
    for i, ch in enumerate(org):
        ang = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (fsz * 2, fsz * 2), 0)
        ImageDraw.Draw(tile).text((fsz, fsz), ch, font=fnt, fill=255, anchor="mm")
        tile = tile.rotate(-ang, resample=Image.BICUBIC)
        rr = r * 0.74
        px = c + rr * math.sin(math.radians(ang)) - fsz
        py = c - rr * math.cos(math.radians(ang)) - fsz
        layer.paste(255, (int(px), int(py)), tile)
    arr = np.asarray(layer, dtype=np.float32) / 255.0
    # ink unevenness
    noise = rng.uniform(0.65, 1.0, size=arr.shape).astype(np.float32)
    arr = arr * noise * alpha
    region = img.crop((int(cx - c), int(cy - c), int(cx - c) + size, int(cy - c) + size))
    base = np.asarray(region, dtype=np.float32)
    col = np.array(color, dtype=np.float32)
    # multiply-like blend: ink darkens towards seal colour
    out = base * (1 - arr[..., None]) + np.minimum(base, col) * arr[..., None]
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (int(cx - c), int(cy - c)))


def draw_table(sh: Sheet, x, y, widths, header, rows, size=18, kind="serif", ruled=True, pad=6,
               gap=1.35, header_kind=None, hand_cols=(), rng=None, three_line=False):
    """header: list of rows; each row a list of (text, colspan, rowspan) in grid order; None marks a
    cell covered by a span. Returns the y below the table."""
    hk = header_kind or ("serifb" if kind == "serif" else "sansb")
    xs = [x]
    for wdt in widths:
        xs.append(xs[-1] + wdt)
    line_h = size * gap
    top = y
    # header rows
    hrow_h = []
    for hr in header:
        hmax = 1
        for ci, cell in enumerate(hr):
            if cell is None:
                continue
            t, cs, rs = cell
            wdt = xs[ci + cs] - xs[ci] - 2 * pad
            hmax = max(hmax, math.ceil(len(wrap(sh.f(hk, size), t, wdt * sh.s)) / rs))
        hrow_h.append(hmax * line_h + 2 * pad)
    ys = [y]
    for h in hrow_h:
        ys.append(ys[-1] + h)
    for ri, hr in enumerate(header):
        for ci, cell in enumerate(hr):
            if cell is None:
                continue
            t, cs, rs = cell
            x0, x1 = xs[ci], xs[ci + cs]
            y0, y1 = ys[ri], ys[ri + rs]
            lines = wrap(sh.f(hk, size), t, (x1 - x0 - 2 * pad) * sh.s)
            ty = (y0 + y1) / 2 - len(lines) * line_h / 2 + (line_h - size) / 2
            for ln in lines:
                sh.center(ty, ln, size, hk, x0=x0, x1=x1)
                ty += line_h
            if ruled:
                sh.rect(x0, y0, x1, y1, outline=(30, 30, 30), width=1.3)
    y = ys[-1]
    if three_line:
        sh.line(xs[0], top, xs[-1], top, width=2.2)
        sh.line(xs[0], y, xs[-1], y, width=1.2)
    for row in rows:
        cell_lines = [wrap(sh.f(kind, size), str(c), (xs[i + 1] - xs[i] - 2 * pad) * sh.s)
                      for i, c in enumerate(row)]
        h = max(len(c) for c in cell_lines) * line_h + 2 * pad
        for i, lines in enumerate(cell_lines):
            ty = y + pad + (line_h - size) / 2
            for ln in lines:
                if i in hand_cols and rng is not None and ln:
                    sh.hand(xs[i] + pad + 4, ty, ln, size * 1.15, rng, maxw=xs[i + 1] - xs[i] - 2 * pad - 8)
                elif len(lines) == 1 and len(ln) <= 14:
                    sh.center(ty, ln, size, kind, x0=xs[i], x1=xs[i + 1])
                else:
                    sh.text(xs[i] + pad, ty, ln, size, kind)
                ty += line_h
            if ruled:
                sh.rect(xs[i], y, xs[i + 1], y + h, outline=(30, 30, 30), width=1.3)
        y += h
    if three_line:
        sh.line(xs[0], y, xs[-1], y, width=2.2)
    return y


# ---------------------------------------------------------------- degradations

def scan(img: Image.Image, rng, skew=0.5, gray=True, noise=6.0, blur=0.6, dark=0.0):
    im = img.convert("L") if gray else img
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, fillcolor=255 if gray else (255, 255, 255), expand=False)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im, dtype=np.float32)
    a = a * (1 - dark) + rng.normal(0, noise, a.shape).astype(np.float32)
    # speckles
    n = int(a.shape[0] * a.shape[1] / 40000)
    ys = rng.integers(0, a.shape[0], n)
    xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = 60
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _persp_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE mapping output points dst -> input points src."""
    m = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(m, dtype=np.float64), np.array(b, dtype=np.float64)).tolist()


def photo(img: Image.Image, rng, tilt=3.0, persp=0.05, shadow=0.35, curl=0.0, out_long=2200,
          desk=(118, 96, 74)):
    page = img.convert("RGB")
    W, H = page.size
    a = np.asarray(page, dtype=np.float32)
    if curl:
        xs = np.arange(W, dtype=np.float32)
        ys = np.arange(H, dtype=np.float32)
        dy = curl * H * np.outer((ys / H) ** 1.5, (2 * xs / W - 1) ** 2)
        dx = curl * 0.4 * W * np.outer(np.sin(np.pi * ys / H), xs / W - 0.5)
        sy = np.clip(ys[:, None] - dy, 0, H - 1).astype(np.int32)
        sx = np.clip(xs[None, :] - dx, 0, W - 1).astype(np.int32)
        a = a[sy, sx]
    # paper tone
    a = a * np.array([0.97, 0.95, 0.90], dtype=np.float32)
    page = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    CW, CH = int(W * 1.22), int(H * 1.16)
    dn = rng.normal(0, 9, (CH // 8 + 1, CW // 8 + 1, 1)).astype(np.float32)
    base = np.ones((CH // 8 + 1, CW // 8 + 1, 3), np.float32) * np.array(desk, np.float32) + dn
    canvas = Image.fromarray(base.clip(0, 255).astype(np.uint8)).resize((CW, CH), Image.BILINEAR)
    ox, oy = (CW - W) // 2, (CH - H) // 2
    sh = Image.new("L", (W, H), 0)
    canvas.paste((60, 50, 40), (ox + 10, oy + 14), Image.new("L", (W, H), 120))
    del sh
    canvas.paste(page, (ox, oy))
    canvas = canvas.rotate(tilt, resample=Image.BICUBIC, fillcolor=desk)
    if persp:
        j = lambda: rng.uniform(0, persp)  # noqa: E731
        src = [(CW * j(), CH * j()), (CW * (1 - j()), CH * j()), (CW * (1 - j()), CH * (1 - j())),
               (CW * j(), CH * (1 - j()))]
        dst = [(0, 0), (CW, 0), (CW, CH), (0, CH)]
        canvas = canvas.transform((CW, CH), Image.PERSPECTIVE, _persp_coeffs(dst, src), Image.BICUBIC,
                                  fillcolor=desk)
    a = np.asarray(canvas, dtype=np.float32)
    # lighting computed on a coarse grid, then upscaled (smooth anyway)
    gh, gw = CH // 8, CW // 8
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    yy /= gh
    xx /= gw
    light = 1 - 0.18 * (((xx - 0.5) ** 2 + (yy - 0.5) ** 2) * 2)
    if shadow:
        ang = rng.uniform(0, 2 * np.pi)
        proj = (xx - 0.5) * np.cos(ang) + (yy - 0.5) * np.sin(ang)
        t = rng.uniform(0.05, 0.3)
        light = light * (1 - shadow / (1 + np.exp(-(proj - t) / 0.04)))
    light_img = Image.fromarray((light * 255).clip(0, 255).astype(np.uint8)).resize((CW, CH), Image.BILINEAR)
    a = a * (np.asarray(light_img, dtype=np.float32) / 255.0)[..., None] * np.array([1.0, 0.98, 0.93], np.float32)
    a = a + rng.normal(0, 4, a.shape).astype(np.float32)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    sc = out_long / max(im.size)
    return im.resize((int(im.size[0] * sc), int(im.size[1] * sc)), Image.LANCZOS)


def save_pdf(imgs, path: Path, dpi: int, title: str = ""):
    first, rest = imgs[0], imgs[1:]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, title=title, author="",
               creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


def save_jpg(img, path: Path, q=88, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB" if img.mode != "L" else "L").save(path, "JPEG", **kw)


def save_png(img, path: Path, dpi=None):
    kw = {}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "PNG", optimize=False, compress_level=3, **kw)


def fix_zip(path: Path):
    """Rewrite an OOXML zip with fixed entry timestamps so repeated runs give identical bytes."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time as modified; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2023-12-20T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())
