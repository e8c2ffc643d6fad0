"""Stop 27: a photographed table whose rules are thin and grey (a phone's lens blurs them to ~55 levels below the
paper) is read by its rules, found by a second, fainter look; a text line's halo or a scanner's streak is no rule."""

from __future__ import annotations

from types import SimpleNamespace

from PIL import Image, ImageDraw, ImageFilter

from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of, table_rules

PAPER, GREY, INK = 205, 150, 40
HEADER = ["序号", "单位", "姓名", "职务"]
RECORDS = [["1", "县市场监管局", "黎宇娟", "股长"], ["2", "县公安局", "吴家豪", "副主任"],
           ["3", "县检察院", "杨华远", "股长"], ["4", "县法院", "魏民立", "副主任"],
           ["5", "县农业农村局", "雷峰宁", "科员"], ["6", "县商务局", "卢永", "副主任"]]
LEFT, TOP, ROW, COLUMNS = 200, 400, 70, (200, 330, 700, 950, 1200)


def _page(streak: bool = False):
    """A page image with the table's rules drawn two pixels wide in grey and blurred, and the OCR boxes its texts
    would give (the glyphs themselves are not needed: boxes stand in for OCR)."""
    image = Image.new("L", (1500, 2000), PAPER)
    draw = ImageDraw.Draw(image)
    bottom = TOP + ROW * (len(RECORDS) + 1)
    for k in range(len(RECORDS) + 2):
        draw.line([(COLUMNS[0], TOP + k * ROW), (COLUMNS[-1], TOP + k * ROW)], fill=GREY, width=2)
    for x in COLUMNS:
        draw.line([(x, TOP), (x, bottom)], fill=GREY, width=2)
    if streak:  # a scanner's streak down the whole page, through a column
        draw.line([(520, 0), (520, 1999)], fill=GREY, width=2)
    boxes = []
    for r, row in enumerate([HEADER, *RECORDS]):
        y = TOP + r * ROW + ROW / 2
        for c, text in enumerate(row):
            middle, width = (COLUMNS[c] + COLUMNS[c + 1]) / 2, 28 * len(text) * (0.6 if text.isdigit() else 1)
            x0, x1 = middle - width / 2, middle + width / 2
            draw.rectangle([x0, y - 12, x1, y + 12], fill=INK)  # ink where the text stands
            boxes.append((x0, y - 14, x1, y + 14, text))
    image = image.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")
    return SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image), width=image.width)


def test_thin_grey_rules_are_found_by_the_fainter_look_and_give_the_rows():
    page = _page()
    horizontal, vertical = table_rules(page)
    assert len(horizontal) >= len(RECORDS) + 2 and len(vertical) >= len(COLUMNS)
    table = table_of(ocr_grid(page))
    assert table.header == HEADER
    assert table.rows == RECORDS


def test_the_first_look_alone_does_not_see_the_grey_rules_whole():
    """(what the fainter look is for: the first look's rules leave rows and columns out)"""
    page = _page()
    horizontal, vertical = page.rules
    assert len(horizontal) < len(RECORDS) + 2 or len(vertical) < len(COLUMNS)


def test_a_streak_down_the_page_is_no_column_rule():
    page = _page(streak=True)
    _, vertical = table_rules(page)
    assert not any(abs(v[0][1] - 520) < 6 for v in vertical)
    table = table_of(ocr_grid(page))
    assert table.header == HEADER
    assert table.rows == RECORDS
