"""Tables on scans a reader finds whatever their header's words (issue 15, tables): a header of year columns
(主要指标 | 2021年度 | 2022年度 | 增幅（%）) over rows of indicators, a header whose labels OCR read with a space before
their unit (走访企业 （家）), and an unruled table where the box of one row's date begins a little inside the
box of the cell before it (box slack, not one piece read across two columns). Pages are drawn with Pillow and the
OCR boxes placed where the texts stand (no OCR run)."""
from types import SimpleNamespace

from test_extract_tables_ledgers import _draw  # pages drawn with Pillow, boxes where the texts stand

from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of


def _ruled(header: list[str], records: list[list[str]], xs: list[int], above: list[tuple] = ()):
    """A ruled table (a rule round every cell) under `above` texts, on a 200 dpi A4 page."""
    ys = [600 + 56 * i for i in range(len(records) + 2)]
    texts = list(above)
    for r, row in enumerate([header, *records]):
        texts += [((a + b) / 2, (ys[r] + ys[r + 1]) / 2, t) for a, b, t in zip(xs[:-1], xs[1:], row, strict=True)]
    image, draw, boxes = _draw((1654, 2339), texts)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)
    return SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))


def test_a_header_of_year_columns_over_indicators_inside_a_report():
    """Running text above, then a table comparing years: only one label is a header word with a unit; the year
    labels and 主要指标 are the columns a reader sees over rows of figures."""
    header = ["主要指标", "2021年度", "2022年度", "增幅（%）"]
    records = [["专利申请量（件）", "312", "355", "13.8"], ["商标注册量（件）", "86", "97", "12.8"],
               ["版权登记量（件）", "40", "52", "30.0"]]
    text = [(820, 300, "一、总体情况。全年知识产权各项指标稳步增长，具体如下表所示。")]
    page = _ruled(header, records, [200, 620, 880, 1140, 1450], text)
    table = table_of(ocr_grid(page))
    assert table.header == header
    assert table.rows == records


def test_header_labels_read_with_a_space_before_their_unit():
    """OCR reads 走访企业（家） as 「走访企业 （家）」: still a label of words, so the line is the header."""
    header = ["街道", "走访企业 （家）", "培训场次", "发放资料"]
    records = [["东关街道", "24", "3", "500"], ["西关街道", "18", "2", "420"], ["南关街道", "31", "4", "610"]]
    page = _ruled(header, records, [200, 520, 840, 1140, 1450])
    table = table_of(ocr_grid(page))
    assert [h.replace(" ", "") for h in table.header] == ["街道", "走访企业（家）", "培训场次", "发放资料"]
    assert table.rows == records


def test_a_box_reaching_a_little_into_the_cell_before_it_does_not_cut_that_cell():
    """An unruled ledger: one row's end date was boxed from a little further left than the others, its box's
    left edge inside the box of 调解不成 before it (by less than a glyph); 调解不成 stays whole."""
    xs = [120, 220, 470, 760, 900, 1100]
    header = ["序号", "受理日期", "申请人", "调解结果", "结案日期"]
    records = [["1", "2024-02-03", "城关某某商行", "调解成功", "2024-02-20"],
               ["2", "2024-03-11", "河口某某书店", "调解不成", "2024-04-02"],
               ["3", "2024-05-06", "石桥某某药房", "调解成功", "2024-05-28"]]
    texts = []
    for r, row in enumerate([header, *records]):
        texts += [((a + b) / 2, 400 + 60 * r, t) for a, b, t in zip(xs[:-1], xs[1:], row, strict=True)]
    _, _, boxes = _draw((1654, 2339), texts)
    at = next(i for i, b in enumerate(boxes) if b[4] == "2024-04-02")
    before = next(b for b in boxes if b[4] == "调解不成")
    date = boxes[at]
    boxes[at] = (before[2] - 18, date[1], date[2], date[3], date[4])  # overlapping 18 px of a ~26 px glyph
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=([], []))))
    assert table.header == header
    assert table.rows == records
