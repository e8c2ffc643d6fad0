"""Tables on scans and photos (issue 15, stop 28): a column under a two-row header is named by its group label and
its leaf (投诉举报（件） over 受理 | 办结: 投诉举报（件）受理) on OCR grids too, wherever the group's span is clear — a
group the grid reads in one row with its leaves, one OCR read in two pieces across the rule under it, one over an
unruled header; a header line of labels no word list knows (季度 | 受理 | 办结) over rows of figures; a sign-off
line under an unruled table. Pages are drawn with Pillow and the OCR boxes placed where the texts stand (no OCR
run)."""

from __future__ import annotations

from types import SimpleNamespace

from test_extract_tables_ledgers import _draw  # pages drawn with Pillow, boxes where the texts stand

from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of


def _table(image, boxes):
    grid = ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image)))
    assert grid is not None
    return table_of(grid)


XS = [160, 400, 560, 720, 960, 1120, 1280]  # column rules of a six-column ledger
RECORDS = [["城南街道", "12", "10", "3500", "1", "2"], ["河西镇", "7", "7", "800", "0", "0"],
           ["青山乡", "4", "3", "12600", "2", "3"]]
GROUPED = ["乡镇", "投诉举报（件）受理", "投诉举报（件）办结", "涉及金额（元）", "移交公安案件", "移交公安人员"]


def _ledger(rule_under_groups: bool, group_pieces: list[tuple[float, str]]):
    """A ruled ledger with a two-row header: 投诉举报（件） over 受理 | 办结 and 移交公安 over 案件 | 人员; 乡镇 and
    涉及金额（元） over both rows. The rules between the leaves begin under the groups."""
    top, middle, bottom = 300, 350, 400
    texts = [((XS[0] + XS[1]) / 2, 350, "乡镇"), ((XS[3] + XS[4]) / 2, 350, "涉及金额（元）"),
             (1120, 325, "移交公安"), (480, 375, "受理"), (640, 375, "办结"), (1040, 375, "案件"),
             (1200, 375, "人员"), *((x, 325, text) for x, text in group_pieces)]
    ys = [bottom + 50 * (k + 1) for k in range(len(RECORDS))]
    for y, record in zip(ys, RECORDS, strict=True):
        texts += [((a + b) / 2, y - 25, t) for a, b, t in zip(XS[:-1], XS[1:], record, strict=True)]
    image, draw, boxes = _draw((1654, 900), texts)
    for y in (top, bottom, *ys):
        draw.line((XS[0], y, XS[-1], y), fill="black", width=2)
    if rule_under_groups:
        draw.line((XS[1], middle, XS[3], middle), fill="black", width=2)
        draw.line((XS[4], middle, XS[6], middle), fill="black", width=2)
    for i, x in enumerate(XS):
        draw.line((x, middle if i in (2, 5) else top, x, ys[-1]), fill="black", width=2)
    return image, boxes


def test_a_group_read_in_one_grid_row_with_its_leaves_names_each_of_them():
    """No rule found under the groups: each header cell holds a group over a leaf; the group, wider than one
    column, stands over both (a label of 7 characters, longer than one centred on a rule)."""
    image, boxes = _ledger(False, [(560, "投诉举报（件）")])
    table = _table(image, boxes)
    assert table.header == GROUPED
    assert table.rows == RECORDS


def test_a_group_ocr_read_in_two_pieces_across_the_rule_under_it_is_one_label():
    """The rule under the groups found (two header rows); OCR read 投诉举报 | （件） apart, touching, the leaves'
    rule under the join: one label over both leaves, not 投诉举 | 报（件）."""
    image, boxes = _ledger(True, [(535, "投诉举报"), (620, "（件）")])
    table = _table(image, boxes)
    assert table.header == GROUPED
    assert table.rows == RECORDS


def test_an_unruled_group_label_on_its_own_line_names_the_leaves_under_it():
    """No rules: 申报数量 on a line above its leaves 发明 | 实用新型, the other labels on the leaves' line."""
    texts = [(560, 100, "申报数量"), (100, 140, "序号"), (300, 140, "企业名称"), (480, 140, "发明"),
             (640, 140, "实用新型"), (860, 140, "备注")]
    rows = [["1", "云峰机械有限公司", "3", "12", "新增"], ["2", "恒达农业公司", "1", "4", "无"],
            ["3", "青禾食品厂", "0", "6", "无"]]
    for r, row in enumerate(rows):
        texts += [(x, 200 + 50 * r, t) for x, t in zip((100, 300, 480, 640, 860), row, strict=True)]
    image, _, boxes = _draw((1000, 420), texts)
    table = _table(image, boxes)
    assert table.header == ["序号", "企业名称", "申报数量发明", "申报数量实用新型", "备注"]
    assert table.rows == rows


def test_labels_no_word_list_knows_over_rows_of_figures_are_a_header():
    """季度 | 受理 | 办结 | 移交 (no 序号, 名称, 数量 among them) over lines of figures: a table."""
    rows = [["一季度", "18", "15", "2"], ["二季度", "22", "20", "1"], ["三季度", "9", "9", "0"]]
    texts = [(x, 120, t) for x, t in zip((150, 400, 600, 800), ("季度", "受理", "办结", "移交"), strict=True)]
    for r, row in enumerate(rows):
        texts += [(x, 180 + 50 * r, t) for x, t in zip((150, 400, 600, 800), row, strict=True)]
    image, _, boxes = _draw((1000, 400), [(480, 50, "各季度投诉处理情况"), *texts])
    table = _table(image, boxes)
    assert table.header == ["季度", "受理", "办结", "移交"]
    assert table.rows == rows


def test_a_sign_off_line_under_an_unruled_table_is_no_record():
    """制表：… and 联系电话：… on a line under the rows (a sign-off, its pieces in the table's columns)."""
    rows = [["1", "王海", "县农业农村局", "股长"], ["2", "陈丽", "县司法局", "科员"], ["3", "周强", "县公安局", "民警"]]
    xs = (100, 260, 480, 700)
    texts = [(x, 100, t) for x, t in zip(xs, ("序号", "姓名", "单位", "职务"), strict=True)]
    for r, row in enumerate(rows):
        texts += [(x, 160 + 50 * r, t) for x, t in zip(xs, row, strict=True)]
    texts += [(150, 330, "制表：刘芳"), (480, 330, "联系电话：0816-1234567")]
    image, _, boxes = _draw((900, 400), texts)
    table = _table(image, boxes)
    assert table.header == ["序号", "姓名", "单位", "职务"]
    assert table.rows == rows


def test_two_labels_ocr_read_as_one_piece_across_a_rule_are_no_group():
    """罚没金额 | 是否公 on the header's first line read as one piece across the rule between them, their second
    lines （元） | 开 under them: two wrapped labels, not a group over two leaves."""
    xs = [160, 260, 520, 680, 780]
    texts = [(210, 335, "序号"), (390, 335, "当事人"), (600, 320, "罚没金额"), (600, 352, "（元）"),
             (730, 320, "是否公"), (730, 352, "开")]
    rows = [["1", "惠民超市", "18000", "是"], ["2", "兴隆酒坊", "4000", "否"], ["3", "百佳便利店", "10000", "是"]]
    for r, row in enumerate(rows):
        texts += [((a + b) / 2, 400 + 50 * r, t) for a, b, t in zip(xs[:-1], xs[1:], row, strict=True)]
    image, draw, boxes = _draw((1000, 600), texts)
    for y in (300, 375, 425, 475, 525):
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, 300, x, 525), fill="black", width=2)
    first = [b for b in boxes if b[4] in ("罚没金额", "是否公")]
    boxes = [b for b in boxes if b not in first] + [(first[0][0], min(b[1] for b in first), first[1][2],
                                                     max(b[3] for b in first), "罚没金额是否公")]
    table = _table(image, boxes)
    assert table.header == ["序号", "当事人", "罚没金额（元）", "是否公开"]
    assert table.rows == rows
