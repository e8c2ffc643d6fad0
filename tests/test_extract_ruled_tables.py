"""Ruled tables on scans and photos (issue 15, tables): rows and columns come from the page's ruling lines, so a
cell wrapped to two or three lines stays one cell, a row whose 序号 OCR lost stays a row, and a piece OCR read
across a column rule is cut there. Pages are drawn with Pillow; the OCR boxes are placed where the drawn cells'
texts stand (no OCR run, except in the one end-to-end test)."""

import math
import random
from types import SimpleNamespace

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
HEADER = ["序号", "文件名称", "文号", "印发日期"]
WIDTHS = [110, 430, 330, 300]
ROWS = [["1", ["《关于强化知识产", "权保护的实施意", "见》"], ["宁政发〔2023〕79号"], ["2023年1月26日"]],
        ["2", ["《关于组织开展知", "识产权纠纷快速处", "理试点工作的通知》"], ["鄂知发〔2023〕34", "号"],
         ["2023年3月26日"]],
        ["3", ["《知识产权保护工", "作要点》"], ["豫市监〔2023〕60号"], ["2023年11月23日"]]]
EXPECTED = [["1", "《关于强化知识产权保护的实施意见》", "宁政发〔2023〕79号", "2023年1月26日"],
            ["2", "《关于组织开展知识产权纠纷快速处理试点工作的通知》", "鄂知发〔2023〕34号", "2023年3月26日"],
            ["3", "《知识产权保护工作要点》", "豫市监〔2023〕60号", "2023年11月23日"]]
LINE = 44  # pixels per text line in a cell; glyphs 30 px (about 11 pt at 200 dpi)


def _page(skew: float = 0.0, grey_header: bool = True, ruled: bool = True, seed: int = 3):
    """A document list as a 200 dpi scan: a title, the ruled table (grey header), a signature; rotated by `skew`
    degrees with specks and blur. Returns the image and where each text line stands (box, text)."""
    font = ImageFont.truetype(SERIF, 30)
    image = Image.new("RGB", (1700, 1400), "white")
    draw = ImageDraw.Draw(image)
    texts = [((560, 120), "2023年相关文件清单")]
    left, top = 180, 260
    xs = [left]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    heights = [LINE + 20] + [LINE * max(len(c) if isinstance(c, list) else 1 for c in row) + 20 for row in ROWS]
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    if grey_header:
        draw.rectangle((xs[0], ys[0], xs[-1], ys[1]), fill=(200, 200, 200))
    for r, row in enumerate([HEADER, *ROWS]):
        for c, cell in enumerate(row):
            for k, line in enumerate(cell if isinstance(cell, list) else [cell]):
                texts.append(((xs[c] + 12, ys[r] + 10 + k * LINE), line))
    if ruled:
        for y in ys:
            draw.line((xs[0], y, xs[-1], y), fill=(30, 30, 30), width=2)
        for x in xs:
            draw.line((x, ys[0], x, ys[-1]), fill=(30, 30, 30), width=2)
    texts.append(((1100, ys[-1] + 80), "南雄市知识产权局"))
    for (x, y), text in texts:
        draw.text((x, y), text, font=font, fill=(25, 25, 25))
    rng = random.Random(seed)
    for _ in range(4000):
        draw.point((rng.randrange(image.width), rng.randrange(image.height)), fill=(rng.randrange(60, 200),) * 3)
    image = image.rotate(skew, fillcolor="white", resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))

    def turned(x: float, y: float) -> tuple[float, float]:  # where PIL's rotate (counter-clockwise) moves a point
        cx, cy, a = image.width / 2, image.height / 2, math.radians(skew)
        return (cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a),
                cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a))

    boxes = []
    for (x, y), text in texts:
        x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
        corners = [turned(px, py) for px in (x0, x1) for py in (y0, y1)]
        boxes.append((min(p[0] for p in corners), min(p[1] for p in corners), max(p[0] for p in corners),
                      max(p[1] for p in corners), text))
    return image, boxes


@pytest.mark.parametrize("skew", [0.0, 1.5, -2.0])
def test_ruling_lines_are_the_grid_not_the_text(skew):
    image, _ = _page(skew)
    horizontal, vertical = ruling_lines(image)
    assert len(horizontal) == len(ROWS) + 2                            # header top and bottom, one under each row
    assert len(vertical) == len(HEADER) + 1                            # no glyph stroke, no grey fill edge
    assert all(abs(h[-1][1] - h[0][1]) < 1700 * math.tan(math.radians(abs(skew) + 0.3)) + 3 for h in horizontal)


def test_no_ruling_lines_on_an_unruled_page():
    image, _ = _page(ruled=False, grey_header=False)
    assert ruling_lines(image) == ([], [])


@pytest.mark.parametrize("skew", [0.0, 1.5, -2.0])
def test_wrapped_cells_stay_in_their_ruled_cell(skew):
    image, boxes = _page(skew)
    page = SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))
    table = table_of(ocr_grid(page))
    assert table.header == HEADER
    assert table.rows == EXPECTED                                       # 3 rows, not one per visual line


def test_a_lost_serial_and_a_piece_read_across_a_column_rule():
    """OCR loses the lone 「1」 and reads 文号 and 印发日期 of row 2 as one piece 「鄂知发〔2023〕342023年3月26日」."""
    image, boxes = _page(1.0)
    boxes = [b for b in boxes if b[4] != "1"]
    joined = [b for b in boxes if b[4] in ("鄂知发〔2023〕34", "2023年3月26日")]
    boxes = [b for b in boxes if b not in joined]
    boxes.append((joined[0][0], min(b[1] for b in joined), joined[1][2], max(b[3] for b in joined),
                  "鄂知发〔2023〕342023年3月26日"))
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.rows == EXPECTED


def test_a_merged_two_row_header_gives_the_leaf_columns():
    """活动情况 spans 活动日期 | 活动名称; 序号, 组织单位 and 人数 are merged down over both header rows."""
    font = ImageFont.truetype(SERIF, 28)
    image = Image.new("RGB", (1400, 700), "white")
    draw = ImageDraw.Draw(image)
    xs, ys = [100, 200, 450, 800, 1100, 1250], [100, 150, 200, 260, 320, 380]
    for y in ys:
        draw.line((xs[0] if y != 150 else xs[1], y, xs[-1] if y != 150 else xs[3], y), fill="black", width=2)
    for i, x in enumerate(xs):
        draw.line((x, ys[1] if i == 2 else ys[0], x, ys[-1]), fill="black", width=2)
    texts = [((120, 130), "序号"), ((445, 110), "活动情况"), ((260, 160), "活动日期"), ((570, 160), "活动名称"),
             ((880, 130), "组织单位"), ((1140, 130), "人数")]
    rows = [["1", "2023-03-01", "宣传周活动", "区市场监管局", "120"], ["2", "2023-04-26", "执法培训", "区法院", "45"],
            ["3", "2023-09-08", "商标品牌培育指导", "区科工商务局", "60"]]
    for r, row in enumerate(rows):
        texts += [((x + 10, ys[2 + r] + 12), text) for x, text in zip(xs, row, strict=False)]
    boxes = []
    for (x, y), text in texts:
        draw.text((x, y), text, font=font, fill="black")
        boxes.append((*draw.textbbox((x, y), text, font=font), text))
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.header == ["序号", "活动情况活动日期", "活动情况活动名称", "组织单位", "人数"]
    assert table.rows == rows


def test_a_photographed_ruled_table_end_to_end(tmp_path):
    """The whole path with OCR: a 1.5° skewed, blurred JPEG of the document list."""
    from ipdocs.extract import file_facts

    image, _ = _page(1.5)
    image.crop((120, 200, 1420, 900)).save(tmp_path / "文件清单.jpg", quality=75)   # the table (OCR time ~ pixels)
    found = file_facts(tmp_path / "文件清单.jpg")
    assert len(found["tables"]) == 1
    table = found["tables"][0]
    assert table["header"] == HEADER
    assert [[c.replace("[", "〔").replace("]", "〕") for c in row] for row in table["rows"]] == EXPECTED


def test_a_ruled_minutes_form_is_not_a_table():
    """Label | value cells in a grid (会议名称 | …, 会议时间 | … | 地点 | …) are a form, not a header over rows."""
    font = ImageFont.truetype(SERIF, 28)
    image = Image.new("RGB", (1400, 700), "white")
    draw = ImageDraw.Draw(image)
    xs, ys = [100, 300, 700, 900, 1300], [100, 170, 240, 310, 380]
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)
    cells = [["会议名称", "知识产权联席会议", "会议编号", "2023-05"],
             ["会议时间", "2023年5月18日", "会议地点", "区政府三楼"],
             ["主持人", "张伟", "记录人", "李娜"], ["参会人数", "18", "缺席人数", "2"]]
    boxes = []
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            draw.text((xs[c] + 12, ys[r] + 18), text, font=font, fill="black")
            boxes.append((*draw.textbbox((xs[c] + 12, ys[r] + 18), text, font=font), text))
    grid = ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image)))
    assert grid is None or table_of(grid) is None


def _grid_page(number: int, rows: list[list[str]]):
    """A ruled grid drawn row by row (50 px rows, columns of WIDTHS) and the OCR page reading it."""
    font = ImageFont.truetype(SERIF, 26)
    image = Image.new("RGB", (1500, 900), "white")
    draw = ImageDraw.Draw(image)
    xs = [150]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [100 + 50 * r for r in range(len(rows) + 1)]
    boxes = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                draw.text((xs[c] + 10, ys[r] + 10), text, font=font, fill="black")
                boxes.append((*draw.textbbox((xs[c] + 10, ys[r] + 10), text, font=font), text))
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)
    return SimpleNamespace(number=number, ocr=True, boxes=boxes, rules=ruling_lines(image))


@pytest.mark.parametrize("repeated", [True, False], ids=["header-repeated", "header-once"])
def test_a_scanned_table_continued_on_the_next_page_is_one_table(repeated):
    """Page 2 goes on with rows 6–9, with or without the header printed again; row 5's title is split by the
    page break (its tail in the first row of page 2)."""
    from ipdocs.extract.tables import logical_tables

    rows = [[str(i), f"《第{i}批保护工作通知》", f"韶市监〔2023〕{i}号", f"2023年{i}月8日"] for i in range(1, 10)]
    first = [HEADER, *rows[:4], ["5", "《第5批保护", "韶市监〔2023〕5号", "2023年5月8日"]]
    second = ([HEADER] if repeated else []) + [["", "工作通知》", "", ""], *rows[5:]]
    document = SimpleNamespace(kind="image", path=None, pages=[_grid_page(1, first), _grid_page(2, second)])
    [table] = logical_tables(document)
    assert table["pages"] == [1, 2] and table["header"] == HEADER
    assert table["rows"] == rows
