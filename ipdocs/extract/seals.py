"""Text under a red seal, read again without the seal (issue 15: dates broken by seals).

A seal (公章) is stamped over the issuer's name and the date. Its red ring, star and lettering cross the black
glyphs, and OCR then loses the date or misreads it (2022年1月19盘, 二二年十八日). In the red channel the seal's ink
is nearly as light as the paper while black print stays dark, so the region around each seal is read again from
the red channel, and the lines read there replace the page's lines inside that region.

A seal is found as a red blob of roughly square shape (a circle or an oval), between 8 % and 45 % of the page's
width, with red ink on part of its area only: the red header's organ mark (a wide line) and its red rule are not
seals. Measured on bench/ocr_stress.py pages with a seal over the signature date: 二〇二二年二月六日 and
2022年1月19日 read whole again where the page read 二二年十八日 or 20221年1月日.

A region is read again only where the first pass lost something there (`lost`, issue 15's CPU on scans): a piece
inside it that is part of a date or 文号 or leaves a bracket open (`broken`: 2023年5月81, 二三年七月十七日,
20234月25日, 填报单位（盖章), an issuer's name the page reads nowhere else (`unconfirmed`: 岳川市董溪区市场监督管理局
for 青溪区 under a seal), or print it read nothing of (`unread`: glyph-sized dark marks in the red channel
outside every box the page read — a date or issuer line lost whole). Session 22, with the OCR cache, on the
tuning splits' 199 scan, photo and screenshot pages (60 seal regions): the re-read changed the boxes of 44 pages
and gave 27 facts the first pass missed (dev 2, dev2 0, dev3 8, dev4 17: signature dates and organs, two ledgers'
titles, a table under 填报单位（盖章）); each came from a region `lost` keeps. 41 of the 60 regions are still read
again, none of the 10 on bench/pipeline.py's scans (a seal over prose the first pass read whole). Facts on dev–dev5
unchanged (dev5: its 8 regions all still read again). CPU saved: text.py.

Session 29: a seal stamped across the red header's organ mark and rule (over the 文号 between them) is one red blob
with them, too wide for a seal: its ring is looked for inside such a blob (a circle whose circumference is red
and the circle round it much less so). The red header's own lines read again are no reading (the red channel shows
red print as paper: the page's reading of them stays), and what the red channel still shows of a seal (a scan's
pink, a mid grey there) is made paper before reading again, print kept as it is (a ramp between: a photo's soft
strokes keep their edges; not where more than print is dark: a dim photo's print is as grey as a seal). On the
tuning splits: four own 文号 under header seals (dev4, dev5) and three signature dates (dev3, dev8, dev13) the
region's plain red channel still lost.
"""

from __future__ import annotations

import re

import numpy as np

RED = 40  # red minus the larger of green and blue: ink of a seal, not black print or grey paper
STEP = 4  # the red mask is found on every STEP-th pixel


def seal_regions(pixels: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) of the region around each seal on an RGB page: the seal and the text beside it."""
    import cv2

    small = pixels[::STEP, ::STEP].astype(np.int16)
    rest = np.maximum(small[..., 1], small[..., 2])
    # red ink, not a brown desk or wooden table round a photographed page
    red = ((small[..., 0] - rest > RED) & (small[..., 0] * 5 > rest * 8)).astype(np.uint8)
    if not red.any():
        return []
    height, width = red.shape
    joined = cv2.dilate(red, np.ones((5, 5), np.uint8))  # ring, star and lettering as one blob
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found = [(x, y, w, h) for x, y, w, h, _ in stats[1:count] if 0.08 * width <= w <= 0.45 * width
             and 0.7 <= w / h <= 1.4 and 0.04 <= red[y:y + h, x:x + w].mean() <= 0.6]
    # a seal stamped across the red header's organ mark or its red rule is one blob with them, too wide to pass:
    # its ring is looked for inside such a blob
    found += [ring for x, y, w, h, _ in stats[1:count] if w > 0.45 * width or w / h > 1.4 or h / w > 1.4
              if h >= 0.08 * width and w >= 0.08 * width for ring in _rings(red, (x, y, w, h))]
    # a seal's star apart from its ring is inside it; the text a seal is stamped over runs beyond it on both
    # sides (issuer's name, date)
    return [(int(max(0, x - w)) * STEP, int(max(0, y - h // 6)) * STEP, int(min(width, x + 2 * w)) * STEP,
             int(min(height, y + h + h // 6)) * STEP) for x, y, w, h in found
            if not any((a, b, c, d) != (x, y, w, h) and a <= x and b <= y and x + w <= a + c and y + h <= b + d
                       for a, b, c, d in found)]


RING = 0.75  # share of a circle's circumference a seal's ring inks (print crossing it, a light stamp)


def _rings(red: np.ndarray, blob: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) of the seal rings inside a red blob that is more than a seal (a seal over the header's organ mark
    and rule): circles between 8 % and 45 % of the page's width whose circumference is red for the most part and
    the circle a fifth wider round it much less so — the mark's characters and the rule draw no such circle (a
    circle through the mark's dense strokes is as red a little way out)."""
    import cv2

    x, y, w, h = blob
    width = red.shape[1]
    part = np.ascontiguousarray(red[y:y + h, x:x + w] * 255)
    circles = cv2.HoughCircles(cv2.GaussianBlur(part, (5, 5), 0), cv2.HOUGH_GRADIENT, dp=1,
                               minDist=0.08 * width, param1=100, param2=15, minRadius=int(0.04 * width),
                               maxRadius=int(0.225 * width))
    near = cv2.dilate(part, np.ones((3, 3), np.uint8))  # the ring's ink within a pixel of the circle
    angles = np.linspace(0, 2 * np.pi, 90, endpoint=False)

    def inked(cx: float, cy: float, r: float) -> tuple[float, float]:
        """The share of the circle inside the blob, and the share of that on red ink."""
        xs, ys = (cx + r * np.cos(angles)).astype(int), (cy + r * np.sin(angles)).astype(int)
        inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        return inside.mean(), (near[ys[inside], xs[inside]] > 0).mean() if inside.any() else 0.0

    found = []
    for hough in ([] if circles is None else circles[0]):
        # the transform's centre and radius are a pixel or two off on a small page's coarse mask: the best-inked
        # circle near them
        cx, cy, r = max(((hough[0] + dx, hough[1] + dy, hough[2] + dr) for dx in range(-2, 3) for dy in range(-2, 3)
                         for dr in range(-2, 3)), key=lambda c: inked(*c)[1])
        inside, ring = inked(cx, cy, r)
        if inside < 0.9 or ring < RING or inked(cx, cy, 1.2 * r)[1] > ring - 0.3:
            continue
        seal = (int(x + cx - r), int(y + cy - r), int(2 * r), int(2 * r))
        if not any(abs(seal[0] - f[0]) < r and abs(seal[1] - f[1]) < r for f in found):
            found.append(seal)
    return found


# a whole date as read: 2023年6月6日, 二〇二三年六月六日, 2023-06-06
A_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")


def _same_line(a, b) -> bool:
    """Whether two boxes overlap horizontally and by over half the lower one's height vertically."""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1],
                                                                                               b[3] - b[1])


def _mostly_over(a, b) -> bool:
    """Whether box b covers over half of box a's width."""
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.5 * (a[2] - a[0])


def _within(text: str, line: str) -> bool:
    """Whether a text read again says nothing the page's line did not (its words and figures all in it, in order, one
    character misread at most); a line the seal cut short (…知识产权保护工) read whole again does say more."""
    words, line = re.sub(r"\W", "", text), re.sub(r"\W", "", line)
    if not words:
        return False
    # a character of it misread in either reading (关干印发 for 关于印发): still nothing more
    return words in line or len(words) >= 4 and any(
        sum(a != b for a, b in zip(words, line[i:i + len(words)], strict=True)) <= 1
        for i in range(len(line) - len(words) + 1))


# what a seal breaks in the first reading of its region: part of a date or 文号 (a digit or Chinese numeral at
# 年/月/日/号, a 文号's bracket), a bracket left open (填报单位（盖章 cut by the seal)
NUMERAL = r"[\d〇○零一二三四五六七八九十]"
FRAGMENT = re.compile(rf"{NUMERAL}\s*[年月日号]|[年月]\s*{NUMERAL}|[〔〕【】\[\]]")
PRINT_SHARE = 0.05  # print covers a few per cent of a seal's region (1.5–2.6 % on the tuning splits' scans)
SEAL_GREY = 0.85  # the red channel at or above this share of the paper's tone: the seal's ink, made paper
INK = 0.6  # print under a seal: red channel below this share of the region's paper tone (seal ink stays light)


def broken(text: str) -> bool:
    """Whether a piece the first pass read inside a seal's region reads as a piece of a date, 文号 or bracketed
    note rather than a whole one (2023年5月81, 二三年七月十七日, 月24日, 填报单位（盖章)."""
    if text.count("（") + text.count("(") != text.count("）") + text.count(")"):
        return True
    return bool(FRAGMENT.search(text)) and not A_DATE.search(text)


def unread(pixels: np.ndarray, region: tuple[int, int, int, int], boxes: list) -> bool:
    """Whether a seal's region holds print the first pass read nothing of: glyph-sized dark marks in the red
    channel (the seal's own ink is light there) outside every box read on the page (a date line lost whole)."""
    import cv2

    x0, y0, x1, y1 = region
    near = [b for b in boxes if b[2] > x0 and b[0] < x1 and b[3] > y0 and b[1] < y1]
    # the print's size: a piece's width per character (a photographed line's box is taller than its glyphs)
    sizes = sorted(min(b[3] - b[1], (b[2] - b[0]) / len(b[4])) for b in boxes if len(b[4]) >= 2)
    if not sizes:
        return True
    glyph = sizes[len(sizes) // 2] / 2  # in the half-resolution mask below
    red = pixels[y0:y1:2, x0:x1:2, 0]
    dark = (red < np.percentile(red, 90) * INK).astype(np.uint8)
    pad = glyph * 0.2
    for bx0, by0, bx1, by1, _ in near:
        dark[max(0, int((by0 - y0) / 2 - pad)):max(0, int((by1 - y0) / 2 + pad + 1)),
             max(0, int((bx0 - x0) / 2 - pad)):max(0, int((bx1 - x0) / 2 + pad + 1))] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(dark, np.ones((3, 3), np.uint8)), connectivity=8)
    # a glyph or a run of them: as tall as the print, not a ruling line (thin) nor a speck
    return any(0.4 * glyph <= h <= 2.5 * glyph and w >= 0.3 * glyph for _, _, w, h, _ in stats[1:count])


def unconfirmed(pieces: list, elsewhere: list) -> bool:
    """Whether an issuer's name read inside a seal's region is read nowhere else on the page: one the red header
    or the body also gives is confirmed; 岳川市董溪区市场监督管理局 (for 青溪区) under a seal stands alone."""
    from ipdocs.extract.titles import _is_organ  # titles.py reads text.py, which reads this module

    return any(_is_organ(t) and not any(t in b[4] for b in elsewhere) for *_, t in pieces)


def lost(pixels: np.ndarray, region: tuple[int, int, int, int], boxes: list) -> str:
    """Why a seal's region needs reading again, from what the first pass read there ('' if it need not): a
    broken piece inside it, an issuer's name the page does not confirm, or print it read nothing of."""
    x0, y0, x1, y1 = region
    inside = [b for b in boxes if b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1]
    if any(broken(b[4]) for b in inside):
        return "broken"
    if unconfirmed(inside, [b for b in boxes if b not in inside]):
        return "organ"
    return "unread" if unread(pixels, region, boxes) else ""


def _red_print(pixels: np.ndarray, box) -> bool:
    """Whether a line's print is red (the header's organ mark): red ink across the line and next to no print dark
    in the red channel — black print a seal lies over keeps its dark strokes there, however much of the seal is
    round it."""
    x0, y0, x1, y1 = (max(0, int(v)) for v in box[:4])
    part = pixels[y0:y1:2, x0:x1:2].astype(np.int16)
    if not part.size:
        return False
    black = part[..., 0] < np.percentile(part[..., 0], 90) * INK
    red = (part[..., 0] - np.maximum(part[..., 1], part[..., 2]) > RED) & ~black
    # and red across the line as its characters are, not a ring crossing it
    return black.sum() < 0.1 * (red.sum() + black.sum()) and red.any(axis=0).mean() >= 0.6


def _seal_faded(channel: np.ndarray) -> np.ndarray:
    """A region's red channel with what it still shows of the seal (its pink a light grey there, the ring crossing
    the date) made paper: at or above SEAL_GREY of the paper's tone white, print (below INK of it) as it is, a ramp
    between — a photo's soft, grey strokes keep their edges; as it is where more than print is dark."""
    channel = channel.astype(np.float32)
    paper = float(np.percentile(channel, 90))
    low, high = paper * INK, paper * SEAL_GREY
    if (channel < low).mean() > PRINT_SHARE:
        # more of it dark than print covers: the page's tone varies (a dim photo, a shadow, the desk), print and seal
        # are not told apart by tone there — read as it is
        return channel.astype(np.uint8)
    ramp = channel + (255 - channel) * np.clip((channel - low) / max(high - low, 1.0), 0, 1)
    return np.clip(ramp, 0, 255).astype(np.uint8)


def reread(image, boxes: list, read) -> list:
    """The page's OCR boxes with the lines inside each seal's region read again from the region's red channel
    (`read`: ocr.read) where the first pass lost something there (`lost`). A line read again replaces the page's
    pieces on it that lie inside the region, unless they read a whole date and it does not; lines crossing the
    region's edge stay as the page read them."""
    from PIL import Image

    pixels = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    for x0, y0, x1, y1 in seal_regions(pixels):
        if not lost(pixels, (x0, y0, x1, y1), boxes):
            continue
        grey = np.ascontiguousarray(np.repeat(_seal_faded(pixels[y0:y1, x0:x1, 0])[..., None], 3, axis=2))
        again = [(bx0 + x0, by0 + y0, bx1 + x0, by1 + y0, text)
                 for bx0, by0, bx1, by1, text in read(Image.fromarray(grey))
                 if bx0 > 2 and by0 > 2 and bx1 < x1 - x0 - 2 and by1 < y1 - y0 - 2]  # whole lines only
        inside = [b for b in boxes if b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1]
        crossing = [b for b in boxes if b not in inside]
        for line in again:
            if _red_print(pixels, line):
                continue  # the red header's mark under a seal: the red channel shows it as paper, the page read it
            if any(_same_line(b, line) and _mostly_over(line, b) and _within(line[4], b[4]) for b in crossing):
                continue  # the page read this stretch in a line that runs out of the region: kept, not read twice
            under = [b for b in inside if _same_line(b, line)]
            if any(A_DATE.search(b[4]) for b in under) and not A_DATE.search(line[4]):
                continue  # the page read this date whole, the second reading did not
            boxes = [b for b in boxes if b not in under] + [line]
    return boxes
