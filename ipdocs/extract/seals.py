"""Text under a red seal, read again without the seal (issue 15: dates broken by seals).

A seal (公章) is stamped over the issuer's name and the date. Its red ring, star and lettering cross the black
glyphs, and OCR then loses the date or misreads it (2022年1月19盘, 二二年十八日). In the red channel the seal's ink
is nearly as light as the paper while black print stays dark, so the region around each seal is read again from
the red channel, and the lines read there replace the page's lines inside that region.

A seal is found as a red blob of roughly square shape (a circle or an oval), between 8 % and 45 % of the page's
width, with red ink on part of its area only: the red header's organ mark (a wide line) and its red rule are not
seals. Measured on bench/ocr_stress.py pages with a seal over the signature date: 二〇二二年二月六日 and
2022年1月19日 read whole again where the page read 二二年十八日 or 20221年1月日.
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
    # a seal's star apart from its ring is inside it; the text a seal is stamped over runs beyond it on both
    # sides (issuer's name, date)
    return [(int(max(0, x - w)) * STEP, int(max(0, y - h // 6)) * STEP, int(min(width, x + 2 * w)) * STEP,
             int(min(height, y + h + h // 6)) * STEP) for x, y, w, h in found
            if not any((a, b, c, d) != (x, y, w, h) and a <= x and b <= y and x + w <= a + c and y + h <= b + d
                       for a, b, c, d in found)]


# a whole date as read: 2023年6月6日, 二〇二三年六月六日, 2023-06-06
A_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")


def _same_line(a, b) -> bool:
    """Whether two boxes overlap horizontally and by over half the lower one's height vertically."""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1],
                                                                                               b[3] - b[1])


def reread(image, boxes: list, read) -> list:
    """The page's OCR boxes with the lines inside each seal's region read again from the region's red channel
    (`read`: ocr.read). A line read again replaces the page's pieces on it that lie inside the region, unless
    they read a whole date and it does not; lines crossing the region's edge stay as the page read them."""
    from PIL import Image

    pixels = np.asarray(image.convert("RGB"))
    for x0, y0, x1, y1 in seal_regions(pixels):
        grey = np.ascontiguousarray(np.repeat(pixels[y0:y1, x0:x1, :1], 3, axis=2))
        again = [(bx0 + x0, by0 + y0, bx1 + x0, by1 + y0, text)
                 for bx0, by0, bx1, by1, text in read(Image.fromarray(grey))
                 if bx0 > 2 and by0 > 2 and bx1 < x1 - x0 - 2 and by1 < y1 - y0 - 2]  # whole lines only
        inside = [b for b in boxes if b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1]
        for line in again:
            under = [b for b in inside if _same_line(b, line)]
            if any(A_DATE.search(b[4]) for b in under) and not A_DATE.search(line[4]):
                continue  # the page read this date whole, the second reading did not
            boxes = [b for b in boxes if b not in under] + [line]
    return boxes
