"""Tables (issue 15, stop 28): a header row or a record a page break parts, a scanner's streak running into a
column rule, a cell's text touching the rule after it, a character OCR read twice where two pieces overlap, and a
whole date OCR read past where its column's texts begin further up a photo. Grids and OCR boxes are made here
(no OCR run)."""

from __future__ import annotations

from types import SimpleNamespace

from test_extract_tables_ledgers import _draw  # pages drawn with Pillow, boxes where the texts stand

from ipdocs.extract.tables import (
    Grid,
    _cut_at_starts,
    _header_across_break,
    joined,
    ocr_grid,
    read_once,
    ruling_lines,
    table_of,
)


def _tables(grids: list[Grid]):
    return joined([t for t in (table_of(g) for g in _header_across_break(grids)) if t])


def test_a_header_row_parted_by_a_page_break_is_one_header():
    """The labels' first lines at the foot of page 1 (a grid of that row alone), the rest at the top of page 2
    above the records: one table, each label whole."""
    page1 = Grid([3], [["序号", "企业名称", "许可合同", "许可费", "备注"]])
    page2 = Grid([4], [["", "", "备案数（件）", "（万元）", ""], ["1", "云峰机械有限公司", "2", "15.5", ""],
                       ["2", "恒达农业公司", "1", "3.0", "独占许可"]])
    tables = _tables([page1, page2])
    assert len(tables) == 1
    assert tables[0].header == ["序号", "企业名称", "许可合同备案数（件）", "许可费（万元）", "备注"]
    assert tables[0].rows == [["1", "云峰机械有限公司", "2", "15.5", ""], ["2", "恒达农业公司", "1", "3.0", "独占许可"]]
    assert tables[0].pages == [3, 4]


def test_a_header_repeated_under_a_header_left_alone_at_a_pages_foot_is_kept_once():
    header = ["序号", "企业名称", "备案数", "备注"]
    tables = _tables([Grid([1], [header]), Grid([2], [header, ["1", "云峰机械有限公司", "2", ""],
                                                       ["2", "恒达农业公司", "1", ""]])])
    assert [(t.header, len(t.rows)) for t in tables] == [(header, 2)]


def test_a_record_without_a_number_parted_by_a_page_break_is_one_record():
    """A unit's long name wrapped over the break (its figures on page 1): the tail on page 2, alone in its row,
    joins the record; the next page's records stand."""
    header = ["单位", "受理", "办结", "涉案金额（万元）"]
    page1 = Grid([1], [header, ["城关市场监管所", "12", "10", "3.5"], ["开发区市场监管所东区", "7", "6", "1.2"]])
    page2 = Grid([2], [["分所", "", "", ""], ["河西市场监管所", "4", "4", "0.8"]])
    tables = _tables([page1, page2])
    assert len(tables) == 1
    assert tables[0].rows == [["城关市场监管所", "12", "10", "3.5"], ["开发区市场监管所东区分所", "7", "6", "1.2"],
                              ["河西市场监管所", "4", "4", "0.8"]]


def test_a_row_of_few_cells_is_no_tail_where_records_leave_cells_empty():
    header = ["单位", "受理", "办结", "移送", "罚没", "备注"]
    page1 = Grid([1], [header, ["城关所", "12", "", "", "", ""], ["河西所", "7", "6", "", "", ""]])
    page2 = Grid([2], [["东区所", "", "", "", "", "待核实"], ["北区所", "4", "4", "1", "0.5", "无"]])
    assert [r[0] for r in _tables([page1, page2])[0].rows] == ["城关所", "河西所", "东区所", "北区所"]


def test_a_scanners_streak_running_into_a_column_rule_leaves_the_column_standing():
    """A streak from the top of the page runs down into the rule between 检查户次 and 发现问题 (one line to the
    eye): the column rule still parts the columns; no text of the table lies across it."""
    xs = [150, 250, 480, 700, 900, 1050]
    header = ["序号", "单位", "检查户次", "发现问题", "备注"]
    rows = [["1", "县科技局", "28", "2", ""], ["2", "县融媒体中心", "27", "5", "整改中"],
            ["3", "白马乡", "12", "1", ""], ["4", "县商务局", "21", "8", ""]]
    texts = [((a + b) / 2, 625, t) for a, b, t in zip(xs, xs[1:], header, strict=False)]
    for r, row in enumerate(rows):
        texts += [((a + b) / 2, 685 + 60 * r, t) for a, b, t in zip(xs, xs[1:], row, strict=False) if t]
    texts += [(600, 200 + 60 * k, "为深入贯彻落实知识产权保护工作要求现将有关事项通知如下") for k in range(5)]
    image, draw, boxes = _draw((1240, 1000), texts)
    ys = [595 + 60 * k for k in range(len(rows) + 2)]
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)
    draw.line((xs[3], 100, xs[3], ys[0]), fill="black", width=2)  # the streak
    grid = ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image)))
    assert grid.ruled  # read in the grid of its rules, the streak's column among them
    table = table_of(grid)
    assert table.header == header
    assert table.rows == rows


def test_a_cells_text_touching_the_rule_before_it_stays_whole():
    """OCR's box of 销售侵权商品 begins a little left of the rule before its column (the text touches it): less
    than a character there, so the piece is not cut and nothing of it goes to the cell on the left."""
    xs = [150, 250, 500, 850, 1000]
    header = ["序号", "当事人", "案由", "罚没金额"]
    rows = [["1", "惠民超市", "销售侵权商品", "18000"], ["2", "兴隆酒坊", "假冒专利", "4000"],
            ["3", "百佳便利店", "销售假冒地理标志产品", "10000"]]
    texts = [((a + b) / 2, 225, t) for a, b, t in zip(xs, xs[1:], header, strict=False)]
    for r, row in enumerate(rows):
        texts += [((a + b) / 2, 285 + 60 * r, t) for a, b, t in zip(xs, xs[1:], row, strict=False)]
    image, draw, boxes = _draw((1100, 520), texts)
    for y in (195, 255, 315, 375, 435):
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, 195, x, 435), fill="black", width=2)
    # the box as OCR gave it: from 16 px (0.6 of a character) left of the rule at x 500
    boxes = [(484, b[1], b[2], b[3], b[4]) if b[4] == "销售侵权商品" else b for b in boxes]
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.rows == rows


def test_a_character_read_twice_where_two_pieces_overlap_is_read_once():
    first, second = (100, 50, 290, 90, "处罚决定书文"), (272, 52, 400, 92, "文罚没金")
    assert [b[4] for b in read_once([first, second])] == ["处罚决定书文", "罚没金"]
    apart = (300, 52, 420, 92, "文件名称")  # after a gap: a word of its own
    assert [b[4] for b in read_once([first, apart])] == ["处罚决定书文", "文件名称"]


def test_a_whole_date_is_not_cut_where_a_column_begins_further_up():
    """A photo's columns fan out: 载体 begins at x 1231 in the first rows, the last row's date reaches to 1262."""
    line = [(1109, 1260, 1262, 1303, "2023-08-19"), (1266, 1262, 1330, 1305, "微信公众号")]
    assert [b[4] for b in _cut_at_starts(line, [400, 840, 1000, 1088, 1231], 31.0)] == ["2023-08-19", "微信公众号"]
