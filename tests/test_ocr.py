"""OCR (ipdocs/extract/ocr.py): boxes in the image's own pixels even when the image is reduced for speed, and
pages read in parallel come back in page order."""

from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import ocr
from ipdocs.extract.normalize import normalize

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def line_image(text: str, size=(900, 160), at=(40, 40), scale: int = 1) -> Image.Image:
    image = Image.new("RGB", (size[0] * scale, size[1] * scale), "white")
    ImageDraw.Draw(image).text((at[0] * scale, at[1] * scale), text, font=ImageFont.truetype(SANS, 48 * scale),
                               fill="black")
    return image


def test_a_large_image_is_read_with_boxes_in_its_own_pixels():
    image = line_image("武市监〔2023〕52号", size=(1200, 900), at=(300, 600), scale=3)   # 3600 px: reduced to read
    assert max(image.size) > ocr.MAX_SIDE
    boxes = ocr.read(image)
    assert normalize("".join(b[4] for b in boxes)) == "武市监〔2023〕52号"              # OCR brackets folded
    x0, y0, x1, y1, _ = boxes[0]
    assert abs(x0 - 900) < 90 and abs(y0 - 1800) < 120 and y1 < 1800 + 48 * 3 * 2   # where it was drawn, at 3×


def test_pages_read_in_parallel_come_back_in_order():
    texts = ["第一页知识产权", "第二页专项行动", "第三页宣传周"]
    assert ["".join(b[4] for b in boxes) for boxes in ocr.read_many([line_image(t) for t in texts])] == texts


def test_lines_of_one_page_recognised_in_parallel_keep_their_own_text():
    lines = ["关于开展知识产权宣传周活动的通知", "武市监〔2023〕52号", "各有关单位：", "二〇二三年四月二十日"]
    image = Image.new("RGB", (1100, 120 * len(lines) + 80), "white")
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(lines):  # widths differ: the recogniser's width order is not the page order
        draw.text((40, 40 + 120 * i), text, font=ImageFont.truetype(SANS, 48), fill="black")
    boxes = sorted(ocr.read(image), key=lambda b: b[1])
    assert [normalize(b[4]) for b in boxes] == [normalize(t) for t in lines]
    assert all(abs(b[1] - (40 + 120 * i)) < 40 for i, b in enumerate(boxes))  # each text at its own line's box

