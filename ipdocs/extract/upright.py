"""A photographed or scanned page's text lines made level, and a table's rules upright, before OCR (issue 15).

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

Moving columns alone leaves a photographed table's vertical rules leaning (by the turn, and under keystone or
perspective by more or less than the lines' slope, the left and right rules opposite ways), and tables.py's grid then
splits (dev3-dev6 lost a photographed table each). So a table's rules are also stood upright, in the same remap: on
the grey copy made level, long thin straight segments of ink are found (Hough), and where RULES of them at least lie
horizontally and RULES vertically between those (a ruled table; a text page's margins, a page's or a shadow's edge
are not thin or not framed), their lean dx/dy = a0 + a1·u is fitted over the vertical ones (the lean most of their
length agrees with, so a shadow's edge or a seal's rim is left out) and each row is moved sideways by
lean × (y − yc) before its columns are moved up or down. Rules leaning under MIN_LEAN are left leaning, and so are
they on a page whose lines are level already (a scan's skew; a photo's rules alone stood upright there, with its rows
left as they were, lost a sign-in sheet's rows on dev5): a page without a table keeps today's pixels.
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
MIN_LEAN = math.tan(math.radians(1))  # table rules leaning less are left as they are
MAX_LEAN = math.tan(math.radians(15))  # a segment leaning more is not a table's rule
RULES = 3  # the rules (apart from each other) a table shows at least each way for its lean to be measured


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
    b, c = (np.array(v, dtype=np.float64)[:, None] for v in zip(*models, strict=True))
    shifts = np.rint(b * u + c * u * u).astype(np.int64)  # (models, strips)
    shifts = np.clip(shifts, -n + 1, n - 1)
    rows = np.arange(n)[None, None, :] + n + shifts[:, :, None]
    summed = padded[np.arange(k)[None, :, None], rows].sum(axis=1)
    scores = (summed * summed).sum(axis=1)
    best = int(np.argmax(scores))
    base = float((profiles.sum(axis=0) ** 2).sum()) or 1.0
    line = summed[best]
    return models[best][0], models[best][1], float(scores[best]) / base, float(line.std() / (line.mean() or 1.0))


def course(image, ink: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, tuple[float, float], float] | None:
    """The text lines' slope and bow as linear functions of the height ((b0, b1), (c0, c1) per pixel of the grey
    copy, y from its top), the heights they were found between, and the copy's scale; None where the page shows no
    lines to follow."""
    ink = _ink(image) if ink is None else ink
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


def _displacement(slope, bow, low: float, high: float, u: np.ndarray, y: np.ndarray) -> np.ndarray:
    """How far (grey-copy pixels, down) the lines' course lies at columns u (from the centre column) and rows y."""
    turn = np.clip(slope[0] + slope[1] * y, -MAX_SLOPE, MAX_SLOPE)  # keystone goes on below the last lines
    bend = bow[0] + bow[1] * np.clip(y, low, high)  # a bow is not extrapolated
    return turn * u + bend * (u * u)


def _apart(values: np.ndarray, gap: float) -> int:
    """How many groups the values fall into, groups being more than `gap` apart."""
    return int(len(values) and 1 + (np.diff(np.sort(values)) > gap).sum())


def lean(ink: np.ndarray) -> tuple[float, float, float, tuple[float, float]] | None:
    """How a table's vertical rules lean on a grey copy whose lines are level: dx/dy as a0 + a1·u (u: distance from
    the centre column; keystone leans the left and right rules opposite ways, and perspective makes the rules lean
    apart from the lines' slope), the height yc of the rules' middle and the columns (u) they stand between. Rules
    are long, thin segments of ink (a page's edge against the table it lies on or a shadow's is a band of ink, not
    thin), and a table has RULES of them at least each way, the vertical ones between the horizontal ones; None
    where the page shows no such table (text, a picture: left as they are)."""
    import cv2

    h, w = ink.shape
    dark = (ink > 0.3).astype(np.uint8)
    size = min(h, w)
    found = cv2.HoughLinesP(dark, 1, np.pi / 720, threshold=int(0.06 * size), minLineLength=int(0.1 * size),
                            maxLineGap=3)
    found = np.zeros((0, 4), int) if found is None else found.reshape(-1, 4)
    x0, y0, x1, y1 = found.T
    xm, ym = (x0 + x1) // 2, (y0 + y1) // 2
    # the ink within 6 pixels across the segment (either way), the median of five places along it
    t = np.array([0.1, 0.3, 0.5, 0.7, 0.9])[None, :]
    xs, ys = np.rint(x0[:, None] + t * (x1 - x0)[:, None]).astype(int), np.rint(y0[:, None] + t * (y1 - y0)[:, None])
    ys = ys.astype(int)
    padded = np.pad(dark, 7).astype(np.int32)
    by_row, by_column = np.cumsum(padded, axis=1), np.cumsum(padded, axis=0)  # (running sums: a window's in two reads)
    across = np.median(by_row[ys + 7, xs + 13] - by_row[ys + 7, xs], axis=1) if len(xs) else xs[:, 0]
    along = np.median(by_column[ys + 13, xs + 7] - by_column[ys, xs + 7], axis=1) if len(xs) else xs[:, 0]
    flat = (np.abs(y1 - y0) <= 0.1 * np.abs(x1 - x0)) & (np.abs(x1 - x0) >= 0.15 * w) & (along <= 4)
    if _apart(ym[flat], 6) < RULES:
        return None
    left, right = np.minimum(x0, x1)[flat].min() - 8, np.maximum(x0, x1)[flat].max() + 8
    top, bottom = ym[flat].min() - 8, ym[flat].max() + 8
    upright = ((np.abs(x1 - x0) <= MAX_LEAN * np.abs(y1 - y0)) & (np.abs(y1 - y0) > 0) & (across <= 4)
               & (xm >= left) & (xm <= right) & (ym >= top) & (ym <= bottom))
    if _apart(xm[upright], 10) < RULES:
        return None
    segments = [(xa, ya, xb, yb) if yb > ya else (xb, yb, xa, ya) for xa, ya, xb, yb in found[upright].tolist()]
    segments = [((xa + xb) / 2 - w / 2, (xb - xa) / (yb - ya), yb - ya, ya, yb) for xa, ya, xb, yb in segments]
    us, leans, lengths, tops, bottoms = (np.array(v, dtype=np.float64) for v in zip(*segments, strict=True))
    # the lean (a0 + a1·u) most of the segments' length agrees with, of those through one segment or two apart (a
    # shadow's edge, a chain of characters or a seal's rim off it is left out), fitted again over those agreeing
    i, j = np.triu_indices(len(us), 1)
    apart = np.abs(us[i] - us[j]) > w / 8
    i, j = i[apart], j[apart]
    a1 = np.concatenate([np.zeros(len(us)), (leans[j] - leans[i]) / (us[j] - us[i])])
    a0 = np.concatenate([leans, leans[i] - a1[len(us):] * us[i]])
    a0, a1 = a0[np.abs(a1) * w / 2 < MAX_LEAN / 2], a1[np.abs(a1) * w / 2 < MAX_LEAN / 2]
    agree = np.abs(a0[:, None] + a1[:, None] * us[None, :] - leans[None, :]) < MIN_LEAN
    keep = agree[int(np.argmax(agree @ lengths))]
    if _apart(us[keep], 10) < RULES:
        return None
    fit = np.stack([np.ones_like(us), us if np.ptp(us[keep]) > w / 4 else 0 * us], axis=1)[keep]
    a = np.linalg.lstsq(fit * np.sqrt(lengths[keep])[:, None], leans[keep] * np.sqrt(lengths[keep]), rcond=None)[0]
    return (float(a[0]), float(a[1]), float((tops[keep].min() + bottoms[keep].max()) / 2),
            (float(us[keep].min()), float(us[keep].max())))


def plan(image) -> tuple | None:
    """How the page is to be moved: the lines' course (slope, bow, heights, scale, as course() gives it) and the
    rules' lean (a0, a1, yc, as lean() gives it; zero where they stand upright already or there are none); None where
    the lines are level already (the rules are then left as they are too: a scan's skew, which tables.py reads)."""
    import cv2

    ink = _ink(image)
    found = course(image, ink)
    if found is None:
        return None
    slope, bow, (low, high), scale = found
    half = image.width / scale / 2
    ends = np.array([low, high])
    worst_slope = float(np.abs(slope[0] + slope[1] * ends).max())
    worst_bow = float(np.abs(bow[0] + bow[1] * ends).max()) * half * half / (2 * half)
    if worst_slope < MIN_SLOPE and worst_bow < MIN_BOW:
        return None
    h, w = ink.shape
    u = np.arange(w, dtype=np.float32) - np.float32(w / 2)
    y = np.arange(h, dtype=np.float32)[:, None]
    levelled = cv2.remap(ink, np.broadcast_to(u + np.float32(w / 2), (h, w)).copy(),
                         (y + _displacement(slope, bow, low, high, u[None, :], y)).astype(np.float32), cv2.INTER_LINEAR)
    stand = lean(levelled)
    if stand is not None and float(np.abs(stand[0] + stand[1] * np.array(stand[3])).max()) < MIN_LEAN:
        stand = None
    return (slope, bow, low, high, scale), (stand[:3] if stand else (0.0, 0.0, h / 2))


def straightened(image):
    """The page with its text lines level and a table's vertical rules upright (see above), or the image itself
    where they are so already."""
    import cv2

    moves = plan(image)
    if moves is None:
        return image
    (slope, bow, low, high, scale), stand = moves
    a0, a1, yc = (np.float32(v) for v in stand)
    slope, bow, scale = slope.astype(np.float32), bow.astype(np.float32), np.float32(scale)
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
        # rows moved sideways so that the rules stand upright, then columns up or down so that the lines lie level
        across = np.clip(a0 + a1 * u[None, :], -MAX_LEAN, MAX_LEAN) * (y - yc)
        ux = u[None, :] + across
        map_y = (rows + _displacement(slope, bow, low, high, ux, y) * scale).astype(np.float32)
        map_x = (x[None, :] + across * scale).astype(np.float32)
        out[top:top + len(map_y)] = cv2.remap(pixels, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    from PIL import Image

    return Image.fromarray(out)
