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


def _ruled_table() -> Image.Image:
    """A sign-in sheet: 13 rows of 4 columns between 3-pixel rules (5 vertical, 14 horizontal)."""
    page = Image.new("RGB", (1240, 1400), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(UMING, 28)
    draw.text((330, 100), "2023年知识产权工作会议签到表", font=font, fill=(20, 20, 20))
    columns, top = [100, 220, 520, 820, 1140], 180
    for i in range(14):
        draw.line([(columns[0], top + 70 * i), (columns[-1], top + 70 * i)], fill=(0, 0, 0), width=3)
        for j, text in enumerate([str(i + 1), f"第{i + 1}单位名称", f"张{i + 1}同志", "已签到"] if i < 13 else []):
            draw.text((columns[j] + 12, top + 70 * i + 20), text, font=font, fill=(20, 20, 20))
    for x in columns:
        draw.line([(x, top), (x, top + 70 * 13)], fill=(0, 0, 0), width=3)
    return page


def _keystoned(page: Image.Image, turn: float, keystone: float) -> Image.Image:
    """The page photographed from below its middle (its top `keystone` of its width narrower each side) and turned
    by `turn` degrees on a darker table, blurred a little."""
    w, h = page.size
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    narrowed = np.float32([[keystone * w, 0], [w - keystone * w, 0], [w, h], [0, h]])
    warped = cv2.warpPerspective(np.array(page), cv2.getPerspectiveTransform(corners, narrowed), (w, h),
                                 borderValue=(120, 110, 100))
    turned = Image.fromarray(warped).rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 110, 100))
    return turned.filter(ImageFilter.GaussianBlur(0.8))


def _straight_rules(image: Image.Image) -> tuple[int, int]:
    """How many vertical and horizontal rules stand straight: runs of columns (rows) dark, three side by side, over
    80 % of the table's height (width): a rule drifting by 3 pixels over its length at most."""
    dark = np.asarray(image.convert("L")) < 110

    def runs(counts: np.ndarray, length: int) -> int:
        straight = np.flatnonzero(np.convolve(counts, np.ones(3), mode="same") > 0.8 * length)
        return int(len(straight) and 1 + (np.diff(straight) > 1).sum())

    return runs(dark.sum(axis=0), 70 * 13), runs(dark.sum(axis=1), 1040)


def test_a_leaning_ruled_table_is_made_level_both_ways():
    """Rows moved sideways as well as columns up or down: a photographed table's vertical rules stand upright after,
    not only its horizontal ones level (moving columns alone left the rules leaning and the grid split), also where
    keystone leans the left and right rules opposite ways and apart from the rows' slope."""
    assert _straight_rules(_ruled_table()) == (5, 14)
    for turn, keystone in ((5, 0.0), (-4, 0.04), (3.5, -0.05)):
        photo = _keystoned(_ruled_table(), turn, keystone)
        assert _straight_rules(photo) == (0, 0)
        assert _straight_rules(upright.straightened(photo)) == (5, 14), (turn, keystone)


def test_a_plain_text_photo_and_a_skewed_scanned_table_are_left_as_they_are():
    """A text photo turned by under 3° (with a little keystone) is read as it is, and so is a table whose rows are
    level already (a scan's skew, a photo's rules leaning a little): only a page made level has its rules stood up."""
    photo = _keystoned(_page(), 2, 0.02)
    assert upright.straightened(photo) is photo
    skewed = _ruled_table().rotate(2, Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    assert upright.straightened(skewed) is skewed
    slanted = _keystoned(_ruled_table(), 0, 0.05)  # rows level, the outer rules leaning 2°: left for tables.py
    assert upright.straightened(slanted) is slanted
    turned = _photographed(_page(), 5, 0.006)  # made level, but with no table: moved up and down only
    assert upright.plan(turned)[1][:2] == (0.0, 0.0)
    assert upright.lean(upright._ink(_ruled_table())) is not None and upright.lean(upright._ink(_page())) is None


def test_a_phone_photo_stored_sideways_is_read_as_its_exif_orientation_says(tmp_path):
    """A phone keeps a photo taken in portrait as its sensor saw it (sideways) with EXIF Orientation 6, which tells
    a viewer to turn it a quarter clockwise; read as stored, the page's lines run top to bottom."""
    sideways = _page().rotate(90, expand=True)  # counter-clockwise: turned back clockwise by Orientation 6
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "IMG_0001.jpg"
    sideways.save(path, "JPEG", quality=92, exif=exif)
    dates = file_facts(path)["dates"]
    assert sum(f"2023-{i + 1:02d}-{10 + i:02d}" in {d["iso"] for d in dates} for i in range(12)) >= 11
    assert Image.open(path).size == sideways.size  # the original is left as it was


def test_a_page_scanned_sideways_or_upside_down_is_turned_the_way_it_reads(tmp_path):
    """A landscape ledger fed into the scanner as a portrait page, a sheet fed in upside down, or a photo taken
    sideways whose file carries no EXIF orientation: read as it lies, OCR finds nothing; the page is turned the way
    it reads, whichever way that is."""
    for turn, name in ((90, "up.png"), (-90, "down.png"), (180, "upside-down.png")):
        path = tmp_path / name
        _page().rotate(turn, expand=True).save(path)
        dates = {d["iso"] for d in file_facts(path)["dates"]}
        assert sum(f"2023-{i + 1:02d}-{10 + i:02d}" in dates for i in range(12)) >= 11, name


def test_an_upright_page_or_a_scene_is_not_read_again_turned(monkeypatch):
    from ipdocs.extract import text

    monkeypatch.setattr(ocr, "read_scored", lambda image: (_ for _ in ()).throw(AssertionError("turned")))
    page = text.ocr_page(1, _page())
    assert sum(f"2023年{i + 1}月{10 + i}日" in page.text for i in range(12)) >= 11
    scene = Image.new("RGB", (1200, 900), (150, 170, 190))  # a photo of an event: no lines of text either way
    draw = ImageDraw.Draw(scene)
    for i in range(9):
        draw.ellipse((60 + 120 * i, 300 + 40 * (i % 3), 160 + 120 * i, 600), fill=(40 + 20 * i, 60, 80))
    assert text.ocr_page(1, scene).text.strip() == ""


def test_a_landscape_ledger_scanned_as_a_portrait_page_gives_its_table(tmp_path):
    font = ImageFont.truetype(UMING, 28)
    ledger = Image.new("RGB", (2200, 1500), "white")
    draw = ImageDraw.Draw(ledger)
    draw.text((700, 60), "2023年知识产权行政处罚案件台账", font=ImageFont.truetype(UMING, 44), fill="black")
    columns = [100, 220, 700, 1100, 1500, 2100]
    for r in range(12):
        y = 160 + r * 100
        draw.line((100, y, 2100, y), fill="black", width=2)
        cells = (["序号", "当事人", "案由", "立案日期", "处罚决定书文号"] if r == 0 else
                 [str(r), f"溪宁县某某商贸有限公司{r}", "销售侵犯注册商标专用权商品", f"2023年{r}月{r + 3}日",
                  f"溪市监罚〔2023〕{r + 10}号"])
        for x, cell in zip(columns, cells, strict=False):
            draw.text((x + 10, y + 30), cell, font=font, fill="black")
    draw.line((100, 1360, 2100, 1360), fill="black", width=2)
    for x in columns:
        draw.line((x, 160, x, 1360), fill="black", width=2)
    path = tmp_path / "台账.png"
    ledger.rotate(90, expand=True).save(path)
    facts = file_facts(path)
    assert [len(t["rows"]) for t in facts["tables"]] == [11]
    assert {d["text"] for d in facts["doc_numbers"]} == {f"溪市监罚〔2023〕{n}号" for n in range(11, 22)}
