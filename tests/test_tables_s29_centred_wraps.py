"""A photographed unruled table whose cells are centred vertically in their rows (issue 15, stop 29): a date
wrapped to two lines stands half a line above and half below the row's number (2023年10月11 over 2 over 日),
the first record is not wrapped, and the photo's perspective makes the columns lean left going down. Each record
is one row; top-aligned rows (the number on a wrapped cell's first line) still take their next line. OCR boxes
are placed where the texts stand (no OCR run)."""

from __future__ import annotations

from types import SimpleNamespace

from ipdocs.extract.tables import ocr_grid, table_of

GLYPH = 27
LEAN = -0.12  # x drift per unit y (columns lean left going down)


def _box(x: float, y: float, text: str) -> tuple:
    x += LEAN * (y - 330)
    width = sum(GLYPH if ord(c) > 0x2E80 else GLYPH * 0.55 for c in text)
    return (x - width / 2, y - GLYPH / 2, x + width / 2, y + GLYPH / 2, text)


def _page(records: list[tuple], centred: bool = True) -> SimpleNamespace:
    xs = [330, 450, 700, 980, 1170]
    texts = [(780, 240, "某某区2023年知识产权宣传活动统计表"), (420, 292, "填报单位：区市场监管局")]
    texts += [(x, 330, label) for x, label in zip(xs, ["序号", "活动日期", "活动名称", "活动地点", "参与人数"],
                                                  strict=True)]
    y = 370
    for n, (date, name, place, count) in enumerate(records, 1):
        if len(date) == 1:
            texts += [(x, y, t) for x, t in zip(xs, [str(n), date[0], name, place, count], strict=True)]
            y += 34
            continue
        middle = y + 17 if centred else y
        texts += [(x, middle, t) for x, t in zip(xs[:1] + xs[2:], [str(n), name, place, count], strict=True)]
        first = middle - 17 if centred else middle
        texts += [(xs[1], first, date[0]), (xs[1] - 40, first + 34, date[1])]
        y += 68
    return SimpleNamespace(number=1, boxes=[_box(*t) for t in texts], rules=([], []))


RECORDS = [(["2023年6月16日"], "地理标志产品推介会", "东关街道文化广场", "358"),
           (["2023年10月11", "日"], "知识产权咨询服务台", "北湖乡农贸市场", "362"),
           (["2023年6月1日"], "知识产权进校园", "东关街道文化广场", "304"),
           (["2023年6月2日"], "知识产权进校园", "南屯镇文化广场", "171"),
           (["2023年4月11日"], "知识产权进校园", "东关街道文化广场", "352"),
           (["2023年9月6日"], "知识产权咨询服务台", "东关街道农贸市场", "243"),
           (["2023年10月13", "日"], "知识产权进校园", "南屯镇文化广场", "175"),
           (["2023年11月27", "日"], "商标知识讲座", "南屯镇中心小学", "352"),
           (["2023年5月2日"], "知识产权进校园", "西岭镇农贸市场", "326"),
           (["2023年3月23日"], "知识产权咨询服务台", "西岭镇文化广场", "388")]
EXPECTED = [[str(n), "".join(d), name, place, count] for n, (d, name, place, count) in enumerate(RECORDS, 1)]


def test_cells_centred_on_the_rows_number_join_their_row_under_a_leaning_photo():
    table = table_of(ocr_grid(_page(RECORDS)))
    assert table.header == ["序号", "活动日期", "活动名称", "活动地点", "参与人数"]
    assert table.rows == EXPECTED


def test_top_aligned_wrapped_cells_still_join_the_row_above():
    table = table_of(ocr_grid(_page(RECORDS, centred=False)))
    assert table.rows == EXPECTED
