"""A seal that is one red blob with other red ink is still found (session 29, issue 15: 文号 and dates under seals).

A seal stamped across the red header's organ mark and its red rule, over the black 文号 between them, and two
seals of a joint notice overlapping over its signature date, are each one red blob wider than a seal: the seal's
ring is looked for inside such a blob. The red header's own lines are kept as the page read them (the red channel
shows red print as paper), and what the red channel still shows of a seal's pink is made paper before reading.
"""

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from test_extract_ocr_stress import SERIF_BOLD, UMING, _stamp

from ipdocs.extract import file_facts, seals

RED = (214, 30, 30)


def _red_header(number: str) -> Image.Image:
    """A red-header document's top: the organ mark and the rule in red, the black 文号 between them, the title and
    a line of text, with the issuer's seal stamped across the mark, the 文号 and the rule."""
    page = Image.new("RGB", (1240, 900), "white")
    draw = ImageDraw.Draw(page)
    mark, body = ImageFont.truetype(SERIF_BOLD, 76), ImageFont.truetype(UMING, 40)
    draw.text((620, 150), "滨江县市场监督管理局文件", font=mark, fill=RED, anchor="mm")
    draw.text((620, 300), number, font=body, fill="black", anchor="mm")
    draw.line((90, 360, 1150, 360), fill=RED, width=6)
    draw.text((620, 450), "关于开展知识产权执法检查的通知", font=body, fill="black", anchor="mm")
    draw.text((90, 540), "各市场监管所：现将有关事项通知如下。", font=body, fill="black")
    return _stamp(page, (560, 255), 150, "滨江县市场监督管理局")


def test_a_seal_across_the_red_header_is_found_and_the_number_under_it_read(tmp_path):
    page = _red_header("滨市监发〔2024〕36号")
    pixels = np.asarray(page)
    regions = seals.seal_regions(pixels)
    assert any(x0 <= 460 and x1 >= 780 and y0 <= 280 <= y1 for x0, y0, x1, y1 in regions)  # the 文号 inside one
    page.save(tmp_path / "红头.png")
    found = file_facts(tmp_path / "红头.png")
    assert [d["text"] for d in found["doc_numbers"]] == ["滨市监发〔2024〕36号"]


def test_a_header_mark_or_rule_alone_is_no_seal():
    page = Image.new("RGB", (1240, 900), "white")
    draw = ImageDraw.Draw(page)
    draw.text((620, 150), "滨江县市场监督管理局文件", font=ImageFont.truetype(SERIF_BOLD, 76), fill=RED,
              anchor="mm")
    draw.line((90, 360, 1150, 360), fill=RED, width=6)
    draw.text((620, 300), "滨市监发〔2024〕36号", font=ImageFont.truetype(UMING, 40), fill="black", anchor="mm")
    assert seals.seal_regions(np.asarray(page)) == []


def test_what_the_red_channel_shows_of_a_seal_is_made_paper_before_reading_again():
    page = Image.new("RGB", (1240, 760), "white")
    draw, body = ImageDraw.Draw(page), ImageFont.truetype(UMING, 44)
    draw.text((1150, 250), "滨江县市场监督管理局", font=body, fill="black", anchor="rt")
    draw.text((1100, 420), "2024年2月19日", font=body, fill="black", anchor="rt")
    # the seal's pink as a scan's JPEG leaves it: a mid grey in the red channel
    layer = Image.new("RGB", page.size, "white")
    ImageDraw.Draw(layer).ellipse((700, 180, 1000, 480), outline=(205, 70, 80), width=12)
    pixels = np.minimum(np.asarray(page), np.asarray(layer))
    seen = []
    boxes = [(700, 250, 1150, 295, "滨江县市场监督管理局"), (850, 420, 1100, 465, "年2月")]
    seals.reread(Image.fromarray(pixels), boxes, lambda image: seen.append(np.asarray(image)) or [])
    x0, y0 = seals.seal_regions(pixels)[0][:2]
    again = seen[0][..., 0]
    assert again[330 - y0, 700 + 6 - x0] > 240  # the ring's left edge, clear of print: paper
    assert again[y0 - y0:, :].min() < 80  # the print stays dark


def test_red_print_is_told_from_black_print_under_a_seal():
    page = Image.new("RGB", (1240, 500), "white")
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(UMING, 44)
    draw.text((80, 40), "滨江县市场监督管理局文件", font=font, fill=RED)
    draw.text((600, 250), "2024年2月19日", font=font, fill="black")
    pixels = np.asarray(_stamp(page, (760, 260), 150, "滨江县市场监督管理局"))
    assert seals._red_print(pixels, (80, 40, 620, 90))
    assert not seals._red_print(pixels, (600, 250, 900, 300))


def test_a_line_read_again_with_a_character_misread_says_nothing_more():
    assert seals._within("关干印发", "关于印发《黔山市云岭县2022年校园周边")
    assert not seals._within("知识产权保护工作领导小组", "知识产权保护工")  # cut short by the seal: says more
    assert not seals._within("2023年6月6日", "2年6月6日")


def test_a_dim_photos_region_is_read_as_it_is():
    """Where far more than print is dark (a dim photo, a shadow), print is as grey as a seal: nothing is faded."""
    rng = np.random.default_rng(0)
    channel = np.full((200, 400), 160, np.uint8)
    channel[:, :60] = 90  # a shadow over a sixth of the region
    channel[100:110, 100:300] = rng.integers(80, 100, (10, 200))  # grey print
    assert np.array_equal(seals._seal_faded(channel), channel)
    scan = np.full((200, 400), 250, np.uint8)
    scan[100:110, 100:300] = 30
    scan[50, :] = 205  # a seal's ring, a light grey in the red channel
    faded = seals._seal_faded(scan)
    assert faded[100, 150] == 30 and faded[50, 10] > 240
