"""Pages made level before OCR (upright.py, issue 15: phone photos lost whole lines, and with them dates): a
generated page turned and bowed as a phone photo shows it is read whole; a level page is left as it is."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ipdocs.extract import file_facts, ocr, upright

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
LINES = [f"{i + 1}.请各单位于2023年{i + 1}月{10 + i}日前将工作总结和佐证材料报送区市场监管局。" for i in range(12)]


def _page() -> Image.Image:
    page = Image.new("RGB", (1240, 1300), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(UMING, 30)
    for i, line in enumerate(LINES):
        draw.text((110, 180 + 62 * i), line, font=font, fill=(30, 30, 30))
    return page


def _photographed(page: Image.Image, turn: float, bow: float) -> Image.Image:
    """The page bowed (a sagitta of `bow` of its height: it does not lie flat) and turned by `turn` degrees on a
    darker table, blurred a little."""
    pixels = np.array(page)
    h, w = pixels.shape[:2]
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    bent = cv2.remap(pixels, xs, (ys + bow * h * np.sin(np.pi * xs / w)).astype(np.float32), cv2.INTER_LINEAR,
                     borderValue=(255, 255, 255))
    turned = Image.fromarray(bent).rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 110, 100))
    return turned.filter(ImageFilter.GaussianBlur(0.8))


def test_a_turned_and_bowed_photo_is_read_whole(tmp_path):
    photo = _photographed(_page(), -5, 0.012)
    before = "\n".join(box[4] for box in ocr.read(photo))
    assert sum(f"{i + 1}月{10 + i}日" in before for i in range(12)) <= 6  # read as it is, half the lines are lost
    photo.save(tmp_path / "通知照片.jpg", quality=80)
    found = file_facts(tmp_path / "通知照片.jpg")
    assert [d["iso"] for d in found["dates"]] == [f"2023-{i + 1:02d}-{10 + i}" for i in range(12)]


def test_the_lines_course_is_measured():
    slope, bow, (low, high), scale = upright.course(_photographed(_page(), 4, 0))
    assert abs(math.degrees(math.atan(slope[0] + slope[1] * (low + high) / 2)) + 4) < 0.5  # (y grows downwards)
    slope, bow, (low, high), scale = upright.course(_photographed(_page(), 0, 0.012))
    half = 1240 / scale / 2
    sagitta = (bow[0] + bow[1] * (low + high) / 2) * half * half * scale  # in page pixels
    assert abs(slope[0]) < 0.01 and 0.6 * 0.012 * 1300 < sagitta < 1.4 * 0.012 * 1300  # (the ends lower)


def test_a_level_page_and_a_slightly_skewed_scan_are_left_as_they_are():
    page = _page()
    assert upright.straightened(page) is page
    skewed = page.rotate(2, Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))  # a scanner's skew reads well
    assert upright.straightened(skewed) is skewed
    blank = Image.new("RGB", (800, 1100), (250, 250, 245))
    assert upright.straightened(blank) is blank
    noise = Image.fromarray(np.random.default_rng(1).integers(0, 255, (900, 700, 3), dtype=np.uint8))
    assert upright.straightened(noise) is noise  # a picture's texture has no lines to follow
