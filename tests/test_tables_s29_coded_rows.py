"""An unruled (three-line) table keyed by a record code instead of a 序号 (受理编号 WQ2024001, 登记号 DJ-0012),
cells centred vertically in their rows: a wrapped cell's first line stands above the code's line and its last
below, and a narrow column's label and names stand one character a line (经 / 办 / 人 over 段 / 晓 / 燕). Each
record is one row, the lines around its code joined to it; the narrow label is read whole (issue 15, stop 29).
OCR boxes are placed where the texts stand (no OCR run)."""

from __future__ import annotations

from types import SimpleNamespace

from ipdocs.extract.tables import ocr_grid, table_of

GLYPH = 40


def _box(x: float, y: float, text: str) -> tuple:
    width = sum(GLYPH if ord(c) > 0x2E80 else GLYPH * 0.55 for c in text)
    return (x - width / 2, y - GLYPH / 2, x + width / 2, y + GLYPH / 2, text)


def _page(records: list[tuple], codes_x: float = 320) -> SimpleNamespace:
    """records: (code, [lines of the second cell], [lines of the third], name, phone); each record's block is as
    tall as its tallest cell (the name, a character a line), every cell centred on the block's middle."""
    xs = [codes_x, 640, 920, 1090, 1330]
    texts = [(830, 220, "某某县知识产权维权援助工作站受理登记表"), (1090, 323, "经")]
    texts += [(x, 375, label) for x, label in zip(xs, ["登记编号", "求助主体", "援助事项", "办", "联系电话"],
                                                  strict=True)]
    texts.append((1090, 427, "人"))
    top = 480
    for code, second, third, name, phone in records:
        height = len(name) * 52
        middle = top + height / 2
        texts += [(xs[0], middle, code), (xs[4], middle, phone)]
        for x, cell in ((xs[1], second), (xs[2], third), (xs[3], list(name))):
            first = middle - (len(cell) - 1) * 52 / 2
            texts += [(x, first + 52 * k, part) for k, part in enumerate(cell)]
        top += height + 30
    return SimpleNamespace(number=1, boxes=[_box(*t) for t in texts], rules=([], []))


def test_records_keyed_by_a_code_take_the_wrapped_lines_around_it():
    records = [("DJ-0012", ["城南某某食品有限", "公司"], ["侵权判定", "咨询"], "赵一鸣", "139 1111 2222"),
               ("DJ-0013", ["河西某某建材商行"], ["专利无效", "咨询"], "钱二", "139 3333 4444"),
               ("DJ-0014", ["东关某某电子科技", "有限公司"], ["商标异议", "咨询"], "孙三丰", "139 5555 6666")]
    table = table_of(ocr_grid(_page(records)))
    assert table.header == ["登记编号", "求助主体", "援助事项", "经办人", "联系电话"]
    assert table.rows == [[code, "".join(second), "".join(third), name, phone]
                          for code, second, third, name, phone in records]


def test_year_and_number_codes_key_the_records_too():
    records = [("2024-015", ["北街某某眼镜店"], ["商标侵权", "投诉"], "周文", "138 0000 1111"),
               ("2024-016", ["南街某某服饰店", "（个体工商户）"], ["假冒专利", "举报"], "吴晓东", "138 0000 2222"),
               ("2024-017", ["西街某某母婴店"], ["其他"], "郑雪", "138 0000 3333")]
    table = table_of(ocr_grid(_page(records)))
    assert table.rows == [[code, "".join(second), "".join(third), name, phone]
                          for code, second, third, name, phone in records]
