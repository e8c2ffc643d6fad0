"""Tables on scans and photos (issue 15, stop 28, dev14's misses): a short group label written once in the middle of
its merged cell names every leaf under the rule drawn beneath it (not only the one it stands over); a three-line
header whose words no list knows (a group over its leaves, the other labels centred between) on an unruled table;
the last record whose number OCR lost above a 合计 row; headlines over their stories' first sentences on a
newspaper page are no table. Pages are drawn with Pillow and the OCR boxes placed where the texts stand (no OCR
run)."""

from __future__ import annotations

from types import SimpleNamespace

from test_extract_tables_ledgers import _draw

from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of


def _grid(image, boxes):
    return ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image)))


def _ruled(groups: list[tuple[int, int, str]], labels: dict[int, str], leaves: dict[int, str],
           records: list[list[str]]):
    """A ruled table with a two-row header: each group (first column, last column, label) written once, centred
    over its merged cell, the rule under it drawn only over its columns; `labels` over both header rows (centred
    on the level of that rule); `leaves` under the groups. Column rules between leaves begin under the groups."""
    xs = [120 + 190 * k for k in range(len(labels) + len(leaves) + 1)]
    top, middle, bottom = 300, 350, 400
    texts = [((xs[a] + xs[b + 1]) / 2, 325, text) for a, b, text in groups]
    texts += [((xs[c] + xs[c + 1]) / 2, middle, text) for c, text in labels.items()]
    texts += [((xs[c] + xs[c + 1]) / 2, 375, text) for c, text in leaves.items()]
    ys = [bottom + 50 * (k + 1) for k in range(len(records))]
    for y, record in zip(ys, records, strict=True):
        texts += [((a + b) / 2, y - 25, t) for a, b, t in zip(xs[:-1], xs[1:], record, strict=True)]
    image, draw, boxes = _draw((xs[-1] + 150, ys[-1] + 100), texts)
    for y in (top, bottom, *ys):
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    for a, b, _ in groups:
        draw.line((xs[a], middle, xs[b + 1], middle), fill="black", width=2)
    inner = {c for a, b, _ in groups for c in range(a + 1, b + 1)}
    for i, x in enumerate(xs):
        draw.line((x, middle if i in inner else top, x, ys[-1]), fill="black", width=2)
    return image, boxes


def test_a_short_group_label_written_once_names_each_leaf_its_rule_spans():
    """宣传活动 stands over the middle of three leaves, narrower than its cell: the rule drawn under it (and not under
    单位 or 经费（元）, over both rows) spans the three, each named 宣传活动场次 …, as a reader names them."""
    records = [["城关所", "3", "260", "1200", "5000"], ["南塘所", "1", "80", "300", "800"],
               ["北岭所", "2", "150", "900", "2600"]]
    image, boxes = _ruled([(1, 3, "宣传活动")], {0: "单位", 4: "经费（元）"}, {1: "场次", 2: "人次", 3: "发放资料"},
                          records)
    table = table_of(_grid(image, boxes))
    assert table.header == ["单位", "宣传活动场次", "宣传活动人次", "宣传活动发放资料", "经费（元）"]
    assert table.rows == records


def test_two_groups_under_one_stretch_of_rule_each_name_their_own_leaves():
    """Two groups side by side (培训 over three leaves, 检查 over three), the rule under them one stretch: each
    leaf is named by the group nearest over it."""
    records = [["城关所", "2", "40", "6", "12", "3", "1", "无"], ["南塘所", "1", "25", "4", "9", "2", "0", "无"],
               ["北岭所", "3", "61", "8", "15", "5", "2", "无"]]
    image, boxes = _ruled([(1, 3, "培训"), (4, 6, "检查")], {0: "单位", 7: "备注"},
                          {1: "期数", 2: "人数", 3: "课时", 4: "户次", 5: "问题", 6: "立案"}, records)
    table = table_of(_grid(image, boxes))
    assert table.header == ["单位", "培训期数", "培训人数", "培训课时", "检查户次", "检查问题", "检查立案", "备注"]
    assert table.rows == records


def test_an_unruled_three_line_header_of_unlisted_words_is_read_with_its_group():
    """No rules, no header word: 地区 | 地理标志产品 | 驰名商标 on the middle line, 商标 above 申请 | 注册 under it,
    then rows of figures: a header, each leaf named by the group."""
    xs = [120, 300, 450, 650, 850]
    texts = [(375, 100, "商标"), (xs[0], 125, "地区"), (xs[3], 125, "地理标志产品"), (xs[4], 125, "驰名商标"),
             (xs[1], 150, "申请"), (xs[2], 150, "注册")]
    records = [["东城区", "120", "88", "2", "1"], ["西城区", "95", "60", "0", "2"], ["北郊区", "41", "33", "1", "0"]]
    for k, record in enumerate(records):
        texts += [(x, 210 + 50 * k, t) for x, t in zip(xs, record, strict=True)]
    image, _, boxes = _draw((1000, 420), texts)
    table = table_of(_grid(image, boxes))
    assert table.header == ["地区", "商标申请", "商标注册", "地理标志产品", "驰名商标"]
    assert table.rows == records


def test_the_last_record_whose_number_ocr_lost_above_a_total_is_a_record():
    """An unruled numbered table whose last record's number OCR did not read, a 合计 row under it: the record is
    its own row, not the tail of the one above."""
    xs = [100, 260, 440, 620]
    texts = [(xs[0], 60, "序号"), (xs[1], 60, "单位名称"), (xs[2], 60, "检查次数"), (xs[3], 60, "发现问题")]
    records = [["1", "红星超市", "4", "1"], ["2", "百佳商场", "3", "0"], ["3", "万家药房", "5", "2"]]
    for k, record in enumerate(records):
        texts += [(x, 120 + 50 * k, t) for x, t in zip(xs, record, strict=True)]
    texts += [(xs[1], 270, "东风书店"), (xs[2], 270, "2"), (xs[3], 270, "1")]  # number 4 not read
    texts += [(xs[0], 320, "合计"), (xs[2], 320, "14"), (xs[3], 320, "4")]
    image, _, boxes = _draw((800, 420), texts)
    table = table_of(_grid(image, boxes))
    assert [r[1:] for r in table.rows] == [r[1:] for r in records] + [["东风书店", "2", "1"]]


def test_headlines_over_the_first_sentences_of_their_stories_are_no_table():
    """A newspaper page's row of short items: three headlines, each over the opening of its story (sentences with
    figures in them) — no header over records."""
    texts = [(200, 100, "城区新增三处公园"), (600, 100, "全县完成春播备耕"), (1000, 100, "乡村夜校开班授课"),
             (200, 145, "本报讯今年以来，城区新建口袋公园3处，"),
             (600, 145, "记者从县农业局获悉，全县春播面积达12万亩，"),
             (1000, 145, "近日，首批6所乡村夜校开班，吸引村民参加。"),
             (200, 185, "方便市民就近休闲。"), (600, 185, "备耕工作进展顺利。")]
    image, _, boxes = _draw((1250, 260), texts, font_size=20)
    grid = _grid(image, boxes)
    assert grid is None or table_of(grid) is None or not table_of(grid).rows
