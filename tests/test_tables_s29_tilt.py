"""A skewed scan's unruled table whose only "rule" is not one (issue 15, stop 29): a bold title's strokes or a
fold found as one long line at a slant of its own must not turn the page against its text, or each record's
cells fall into two visual lines. The header row's labels give the text's tilt; one or two rules at odds with
it are left out. A real rule at the text's tilt still gives it. OCR boxes are placed where a 1.1° skew puts
them (no OCR run)."""

from __future__ import annotations

from types import SimpleNamespace

from ipdocs.extract.tables import ocr_grid, table_of

SLOPE = 0.02  # the text's tilt (dy/dx)
GLYPH = 36  # a glyph's height in pixels


def _box(x: float, y: float, text: str) -> tuple:
    """An OCR piece centred at (x, y on the level page), turned by SLOPE: its upright box is taller by the slope
    over its width."""
    width = sum(GLYPH if ord(c) > 0x2E80 else GLYPH * 0.55 for c in text)
    centre = y + SLOPE * x
    half = (GLYPH + SLOPE * width) / 2
    return (x - width / 2, centre - half, x + width / 2, centre + half, text)


def _page(rule: list) -> SimpleNamespace:
    xs = [200, 480, 800, 1120, 1450]
    texts = [(830, 180, "某某县2024年知识产权执法检查情况表"), (330, 250, "填报单位：县市场监管局")]
    header = ["单位", "检查日期", "检查内容", "发现问题数", "备注"]
    records = [["城关镇", "2024/03/05", "商标使用检查", "2", "已整改"],
               ["河口乡", "2024/03/12", "专利标识检查", "0", "无"],
               ["石桥镇", "2024/04/02", "地理标志检查", "1", "整改中"],
               ["东山街道", "2024/04/18", "商标使用检查", "3", "已整改"],
               ["西岭乡", "2024/05/09", "专利标识检查", "1", "整改中"]]
    for x, label in zip(xs, header, strict=True):
        texts.append((x, 310, label))
    for r, row in enumerate(records):  # rows 46 px apart; the stroke's slant would put the right end 27 px lower
        texts += [(x, 362 + 46 * r, cell) for x, cell in zip(xs, row, strict=True)]
    boxes = [_box(*t) for t in texts]
    return SimpleNamespace(number=1, boxes=boxes, rules=([rule], []) if rule else ([], [])), header, records


def test_a_long_stroke_through_the_title_at_another_slant_does_not_turn_the_page():
    rule = [(x, 165 + 0.042 * x) for x in range(460, 1201, 40)]  # twice the text's slant, through the title
    page, header, records = _page(rule)
    table = table_of(ocr_grid(page))
    assert table.header == header
    assert table.rows == records


def test_a_rule_under_the_header_at_the_texts_tilt_still_gives_it():
    rule = [(x, 336 + SLOPE * x) for x in range(160, 1441, 40)]
    page, header, records = _page(rule)
    table = table_of(ocr_grid(page))
    assert table.header == header
    assert table.rows == records
