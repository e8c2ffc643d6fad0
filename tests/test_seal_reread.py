"""A seal's region is read again only where the first pass lost something there (issue 15: OCR CPU on scans).

The first pass's pieces inside the region decide (a piece of a date or 文号, a bracket left open), and so does
print it read nothing of; a page whose first pass read its seal's region whole is not read twice, and a prose
page is not searched for ruling lines.
"""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from test_extract_ocr_stress import UMING, _stamp  # a seal multiplied over print, as stamped

from ipdocs.extract import file_facts, ocr, seals
from ipdocs.extract.text import ocr_page


def _notice(seal_at: tuple[int, int]) -> Image.Image:
    """A notice's end (UMing 44 px, ~16 pt at 200 dpi): two lines of prose, the issuer and the date, a seal."""
    page = Image.new("RGB", (1240, 760), "white")
    draw, body = ImageDraw.Draw(page), ImageFont.truetype(UMING, 44)
    draw.text((80, 60), "请于2022年7月13日前将工作总结报送区市场监管局。", font=body, fill="black")
    draw.text((80, 130), "各单位要高度重视，认真组织开展自查工作。", font=body, fill="black")
    draw.text((1150, 330), "永宁县市场监督管理局", font=body, fill="black", anchor="rt")
    draw.text((1060, 420), "二〇二二年一月十九日", font=body, fill="black", anchor="rt")
    return _stamp(page, seal_at, 165, "永宁县市场监督管理局")


@pytest.fixture
def reads(monkeypatch):
    """The images OCR is asked to read (the page, then each seal region read again)."""
    images, read = [], ocr.read
    monkeypatch.delenv("IPDOCS_OCR_CACHE", raising=False)
    monkeypatch.setattr(ocr, "read", lambda image: images.append(image.size) or read(image))
    return images


def test_a_seal_over_the_date_is_read_again_and_gives_the_date(tmp_path, reads):
    _notice((850, 360)).save(tmp_path / "盖章通知.png")
    found = file_facts(tmp_path / "盖章通知.png")
    assert [d["iso"] for d in found["dates"]] == ["2022-07-13", "2022-01-19"]
    assert len(reads) == 2 and reads[1] != reads[0]  # the page, then the seal's region


def test_a_seal_whose_region_the_first_pass_read_whole_is_not_read_again(tmp_path, reads):
    _notice((330, 520)).save(tmp_path / "盖章通知.png")  # stamped on the blank below the prose
    found = file_facts(tmp_path / "盖章通知.png")
    assert [d["iso"] for d in found["dates"]] == ["2022-07-13", "2022-01-19"]
    assert len(reads) == 1


def test_pieces_a_seal_broke_are_told_from_whole_ones():
    # recorded first-pass pieces inside seal regions of the tuning splits' scans and photos
    for piece in ("2023年5月81", "二三年七月十七日", "月24日", "2023年12", "20234月25日", "202年7月12日",
                  "二〇二三年十一十四日", "填报单位（盖章", "（盖", "〔2023", "2021年2月号"):
        assert seals.broken(piece), piece
    for piece in ("2023年10月28日", "二〇二二年一月十九日", "永宁县市场监督管理局", "正文正文正文",
                  "填报单位（盖章）：县市场监管局", "2023年7月17日印", ""):
        assert not seals.broken(piece), piece


def test_print_the_first_pass_read_nothing_of_is_found():
    page = Image.new("RGB", (1240, 760), "white")
    draw, body = ImageDraw.Draw(page), ImageFont.truetype(UMING, 44)
    issuer, day = "永宁县市场监督管理局", "二〇二二年一月十九日"
    lines = [((320, 40), issuer), ((700, 330), issuer), ((700, 420), day)]
    boxes = []
    for at, text in lines:
        draw.text(at, text, font=body, fill="black")
        boxes.append((*draw.textbbox(at, text, font=body), text))
    pixels = np.asarray(_stamp(page, (850, 400), 165, issuer))
    region = seals.seal_regions(pixels)[0]
    header, organ, date = boxes
    assert not seals.unread(pixels, region, boxes)
    assert seals.unread(pixels, region, [header, organ])  # the date line lost whole
    assert seals.lost(pixels, region, [header, organ]) == "unread"
    assert seals.lost(pixels, region, [header, organ, (*date[:4], "二〇二二年一月")]) == "broken"
    # the issuer's name under the seal: confirmed by the page's header, or misread (董 for 永) and alone
    assert seals.lost(pixels, region, [header, (*organ[:4], "董宁县市场监督管理局"), date]) == "organ"
    assert seals.lost(pixels, region, [organ, date]) == "organ"
    assert seals.lost(pixels, region, boxes) == ""


def test_ruling_lines_are_looked_for_on_pages_that_read_like_a_table():
    page = Image.new("RGB", (1240, 760), "white")
    draw = ImageDraw.Draw(page)
    for y in range(100, 701, 100):
        draw.line((100, y, 1140, y), fill="black", width=3)
    for x in (100, 300, 700, 1140):
        draw.line((x, 100, x, 700), fill="black", width=3)
    cells = [(x + 20, y + 30, x + 120, y + 70, text) for y in range(100, 700, 100)
             for x, text in ((100, "序号"), (300, "姓名"), (700, "单位"))]
    ruled = ocr_page(1, page, cells)
    assert len(ruled.rules[0]) == 7 and len(ruled.rules[1]) == 4
    prose = [(120, 130 + 100 * i, 1100, 170 + 100 * i, "各单位要高度重视认真组织开展自查工作") for i in range(6)]
    assert ocr_page(1, page, prose).rules == ([], [])  # not looked for: the rules drawn are not found


def test_a_line_running_out_of_the_seals_region_is_not_read_twice():
    """A seal stamped over the end of a line of prose and a broken date: read again, the date's line replaces the
    broken piece, but the stretch of prose inside the region is the page's line, which runs out of the region on
    the left, already read (not added again as a second line the 文号 it wraps would be split by)."""
    page = Image.new("RGB", (1240, 1000), "white")
    draw = ImageDraw.Draw(page)
    draw.ellipse((800, 380, 1060, 640), outline=(220, 30, 30), width=8)
    [region] = seals.seal_regions(np.asarray(page))
    prose = (100, 470, 1000, 520, "31号）收悉。经研究，同意设立。")  # crosses the region's left edge
    date = (880, 560, 1150, 610, "2023年5月")  # broken by the seal
    assert prose[0] < region[0] < prose[2] and region[0] < date[0] and date[2] < region[2]
    offset = region[0], region[1]

    def read(image):  # the region read again: the end of the prose line, and the whole date
        return [(820 - offset[0], 472 - offset[1], 1000 - offset[0], 518 - offset[1], "研究，同意设立（"),
                (880 - offset[0], 560 - offset[1], 1150 - offset[0], 610 - offset[1], "2023年5月9日")]

    boxes = seals.reread(page, [prose, date], read)
    assert sorted(b[4] for b in boxes) == sorted([prose[4], "2023年5月9日"])
