"""A photographed or scanned page's text lines made level before OCR (issue 15: photo dates and minutes).

rapidocr's detector finds each text line in a probability map and keeps it only where the map is bright over most of
the line's minimum-area rectangle. A page that does not lie flat bows its lines (a curl of ~1 % of the page's
height), and a phone held askew adds a turn (±6°) and keystone (lines at the top and bottom slanting opposite
ways): a bowed line's rectangle is then mostly empty and the whole line is dropped — dev5's photographed notices
lost their body lines and with them dates and 文号. Measured on a generated page of 20 lines: straight lines turned
by up to 7° all read; bowed by 0.8 % of the height 14 of 20 (9 of 20 turned 5° as well), by 1.4 % none.

The lines' course is estimated on a small grey copy: the page is cut into vertical strips, each strip's ink counted
per row, and for each horizontal band of the page the vertical displacement d(x) = b·u + c·u² (u: distance from the
centre column) that lines the strips' profiles up sharpest (largest sum of squares of the summed profile) is
searched, the slope b first, then the bow c. Slope and bow are fitted linearly over the page's height (keystone
turns the top and bottom lines opposite ways; a curl bows the lower part more), weighted by each band's ink. Each
column is then moved vertically by d (a shear: x is kept, so boxes keep their columns; characters lean by the
slope, which recognition reads as it reads italics). A page is left as it is (the same object, so the same pixels,
OCR cache key and results) unless its lines slant by more than MIN_SLOPE or bow by more than MIN_BOW of its width:
a scanner's skew of up to ~2.5° reads well and stays untouched. A page made level is also made no larger than OCR
reads it (ocr.MAX_SIDE), in the same pass. Cost on dev5's 22 photos (21 made level), load ~20: 0.28 CPU-s a page
(estimate ~0.12, remap ~0.15) beside OCR's ~3; on a level page the estimate alone.
"""

from __future__ import annotations

import math

import numpy as np

WIDTH = 640  # the width of the grey copy the lines' course is estimated on
STRIPS = 16
BANDS = 7  # overlapping horizontal bands (each a quarter of the page's height)
MAX_SLOPE = math.tan(math.radians(12))
MIN_SLOPE = math.tan(math.radians(3))  # a page slanting less is left as it is
MIN_BOW = 0.004  # a bow (its sagitta over the page's width) below this is left as it is
TILE = 512  # rows remapped at a time (bounded memory on a 4000-pixel photo)


def _ink(image) -> np.ndarray:
    """Ink of a grey copy WIDTH pixels wide: darker than the paper around it (shadows and colour casts cancel)."""
    from PIL import ImageFilter

    grey = image.convert("L")
    if grey.width >= 4 * WIDTH:
        grey = grey.reduce(grey.width // (2 * WIDTH))  # (a box filter: 10× faster than resizing the whole photo)
    small = grey.resize((WIDTH, max(1, round(grey.height * WIDTH / grey.width))), resample=3)
    paper = np.asarray(small.filter(ImageFilter.BoxBlur(12)), dtype=np.int16)
    return (paper - np.asarray(small, dtype=np.int16) > 25).astype(np.float32)


def _sharpest(profiles: np.ndarray, u: np.ndarray, models: list[tuple[float, float]]) -> tuple[float, float, float,
                                                                                               float]:
    """Of (slope, bow) models, the one whose displacement lines the strips' row profiles up sharpest, with its gain
    over the profiles as they are (1.0: no sharper) and the contrast of its summed profile (standard deviation over
    mean: ~1 for lines of text with gaps between them, low for a picture's texture)."""
    k, n = profiles.shape
    padded = np.pad(profiles, ((0, 0), (n, n)))
    shifts = np.array([np.rint(b * u + c * u * u) for b, c in models], dtype=np.int64)  # (models, strips)
    shifts = np.clip(shifts, -n + 1, n - 1)
    rows = np.arange(n)[None, None, :] + n + shifts[:, :, None]
    summed = padded[np.arange(k)[None, :, None], rows].sum(axis=1)
    scores = (summed * summed).sum(axis=1)
    best = int(np.argmax(scores))
    base = float((profiles.sum(axis=0) ** 2).sum()) or 1.0
    line = summed[best]
    return models[best][0], models[best][1], float(scores[best]) / base, float(line.std() / (line.mean() or 1.0))


def course(image) -> tuple[np.ndarray, np.ndarray, tuple[float, float], float] | None:
    """The text lines' slope and bow as linear functions of the height ((b0, b1), (c0, c1) per pixel of the grey
    copy, y from its top), the heights they were found between, and the copy's scale; None where the page shows no
    lines to follow."""
    ink = _ink(image)
    h, w = ink.shape
    if h < 64 or ink.mean() < 0.002:
        return None
    edges = np.linspace(0, w, STRIPS + 1).astype(int)
    u = (edges[:-1] + edges[1:]) / 2 - w / 2
    columns = np.add.reduceat(ink, edges[:-1], axis=1)  # (rows, strips): ink per row and strip
    span = h / 4
    slopes = np.linspace(-MAX_SLOPE, MAX_SLOPE, 49)
    step = slopes[1] - slopes[0]
    half = w / 2
    bows = np.linspace(-0.04 * w, 0.04 * w, 33) / (half * half)  # sagitta up to 4 % of the width
    found = []
    for centre in np.linspace(span / 2, h - span / 2, BANDS):
        profiles = columns[int(centre - span / 2):int(centre + span / 2)].T.copy()
        weight = float(profiles.sum())
        if weight < w * 2:  # (a blank band: a few glyphs at most)
            continue
        b = _sharpest(profiles, u, [(s, 0.0) for s in slopes])[0]
        b, c, gain, contrast = _sharpest(profiles, u, [(b + i * step / 4, 0.0) for i in range(-2, 3)])
        bent = _sharpest(profiles, u, [(b + i * step / 4, c) for i in range(-2, 3) for c in bows])
        if bent[2] > gain * 1.03:  # a bow only where it lines the strips up clearly better
            b, c, gain, contrast = bent
        if contrast > 0.6:  # lines of text there, not a picture's texture
            found.append((centre, b, c, weight))
    if len(found) < 2:
        return None
    ys, bs, cs, ws = (np.array(v) for v in zip(*found, strict=True))
    keep = np.ones(len(ys), bool)
    for _ in range(2):  # a band misled (a table's ruling, a seal) is left out of the second fit
        fit = np.stack([np.ones_like(ys), ys], axis=1)[keep] * np.sqrt(ws[keep])[:, None]
        slope = np.linalg.lstsq(fit, (bs * np.sqrt(ws))[keep], rcond=None)[0]
        bow = np.linalg.lstsq(fit, (cs * np.sqrt(ws))[keep], rcond=None)[0]
        wrong = np.abs(slope[0] + slope[1] * ys - bs) > step
        if not wrong.any() or (keep & ~wrong).sum() < 2:
            break
        keep &= ~wrong
    return slope, bow, (float(ys[keep].min()), float(ys[keep].max())), image.width / w


def straightened(image):
    """The page with its text lines level (see above), or the image itself where they are level already."""
    import cv2

    found = course(image)
    if found is None:
        return image
    slope, bow, (low, high), scale = found
    slope, bow, scale = slope.astype(np.float32), bow.astype(np.float32), np.float32(scale)
    half = image.width / scale / 2
    ends = np.array([low, high])
    worst_slope = float(np.abs(slope[0] + slope[1] * ends).max())
    worst_bow = float(np.abs(bow[0] + bow[1] * ends).max()) * half * half / (2 * half)
    if worst_slope < MIN_SLOPE and worst_bow < MIN_BOW:
        return image
    from ipdocs.extract.ocr import MAX_SIDE

    pixels = np.ascontiguousarray(image.convert("RGB"))
    reduce = max(1.0, max(image.size) / MAX_SIDE)  # made no larger than OCR reads it, in the same pass
    height, width = round(image.height / reduce), round(image.width / reduce)
    x = np.arange(width, dtype=np.float32) * reduce
    u = (x - image.width / 2) / scale  # grey-copy pixels from the centre column
    out = np.empty((height, width, 3), np.uint8)
    for top in range(0, height, TILE):
        rows = np.arange(top, min(top + TILE, height), dtype=np.float32)[:, None] * reduce
        y = rows / scale
        turn = np.clip(slope[0] + slope[1] * y, -MAX_SLOPE, MAX_SLOPE)  # keystone goes on below the last lines
        bend = bow[0] + bow[1] * np.clip(y, low, high)  # a bow is not extrapolated
        d = turn * u[None, :] + bend * (u * u)[None, :]
        map_y = (rows + d * scale).astype(np.float32)
        map_x = np.broadcast_to(x, map_y.shape).astype(np.float32)
        out[top:top + len(map_y)] = cv2.remap(pixels, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    from PIL import Image

    return Image.fromarray(out)
