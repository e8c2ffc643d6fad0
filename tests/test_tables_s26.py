"""Tables (issue 15, stop 26): section captions a clerk types into a ledger's first cells, a record whose 序号 the
clerk left empty, a total written as a sentence under an OCR table, row numbers OCR lost at the end of a table or
read run together, and a header label on two lines parted by a stray rule. Files and OCR boxes are made here; no
OCR runs."""

from __future__ import annotations

from types import SimpleNamespace

import openpyxl

from ipdocs.extract import file_facts
from ipdocs.extract.tables import Grid, logical_tables, table_of

HEADER = ["序号", "培训名称", "培训日期", "培训对象", "参训人数"]
RECORDS = [["1", "农资打假业务培训", "2023年10月17日", "市场监管所人员", "99"],
           ["2", "地理标志保护业务培训", "2023年5月5日", "执法人员", "75"],
           ["3", "专利侵权判定实务培训", "2023.3.24", "市场监管所人员", "141"],
           ["4", "商标法律法规专题培训", "2023年7月11日", "市场监管所人员", "74"],
           ["5", "市场主体商标品牌培训", "2023年2月13日", "企业代表", "55"],
           ["6", "知识产权执法人员能力提升班", "2023.7.7", "个体工商户", "139"],
           ["7", "网络侵权监测培训", "2023年3月28日", "个体工商户", "54"]]
X = [120, 260, 700, 1000, 1300]  # where each column's texts begin on the page


def _page(lines: list[list[str]], number: int = 1) -> SimpleNamespace:
    """An unruled OCR page: one box per non-empty cell, 28 px glyphs, 60 px between lines, starting under a title."""
    boxes = [(300, 100, 900, 140, "2023年知识产权培训情况统计表")]
    for r, cells in enumerate(lines):
        top = 200 + 60 * r
        for c, text in enumerate(cells):
            if text:
                boxes.append((X[c], top, X[c] + 28 * len(text), top + 28, text))
    return SimpleNamespace(number=number, ocr=True, boxes=boxes, rules=([], []), width=1654)


def _ocr_tables(lines: list[list[str]]) -> list[tuple[list[str], list[list[str]]]]:
    tables = logical_tables(SimpleNamespace(kind="jpg", pages=[_page(lines)], path=None))
    return [(t["header"], t["rows"]) for t in tables]


def test_a_total_written_as_a_sentence_under_an_ocr_table_is_no_record():
    """合计参训人数：566人次 on the line under the rows, OCR reading it in two pieces that fall in two columns."""
    total = ["合计参", "训人数：566人次", "", "", ""]
    assert _ocr_tables([HEADER, *RECORDS, total]) == [(HEADER, RECORDS)]


def test_the_last_records_number_lost_by_ocr_is_a_record_not_a_wrapped_piece():
    """The 7 of the last record was not read: its whole date and count (where the record above has them) make
    it a record of its own, numbered 7; a last line of wrapped tails (「13日」) still joins the record above."""
    lines = [HEADER, *RECORDS[:-1], ["", *RECORDS[-1][1:]]]
    assert _ocr_tables(lines) == [(HEADER, RECORDS)]
    wrapped = [HEADER, *RECORDS[:-1], ["", "班次二", "13日", "人员", ""]]
    rows = [*RECORDS[:-2], [r + w for r, w in zip(RECORDS[-2], ["", "班次二", "13日", "人员", ""], strict=True)]]
    assert _ocr_tables(wrapped) == [(HEADER, rows)]


def test_row_numbers_lost_and_read_together_follow_the_sequence():
    """A ruled table photographed: 3, 4 and 5 not read, and 6 read as 「56」 (the 5 OCR lost above read into it)."""
    lines = [HEADER, *RECORDS[:2], *(["", *r[1:]] for r in RECORDS[2:5]), ["56", *RECORDS[5][1:]], RECORDS[6]]
    table = table_of(Grid([1], lines, ocr=True, ruled=True))
    assert (table.header, table.rows) == (HEADER, RECORDS)


def test_a_label_over_another_text_in_a_two_row_header_is_one_label_on_two_lines():
    """办理时间 spans 立案日期 | 结案日期 (its leaves replace it); 罚没金额 over （元）, parted by a stray rule,
    is 罚没金额（元）; labels merged down keep their text."""
    grid = Grid([1], [["序号", "当事人", "办理时间", None, "罚没金额", "是否公"],
                      ["序号", "当事人", "立案日期", "结案日期", "（元）", "开"],
                      ["1", "某商行", "2023.1.5", "2023.2.6", "5000", "是"],
                      ["2", "某超市", "2023.3.5", "2023.4.6", "8000", "否"]], ocr=True, ruled=True)
    table = table_of(grid)
    assert table.header == ["序号", "当事人", "办理时间立案日期", "办理时间结案日期", "罚没金额（元）", "是否公开"]
    assert table.rows == [["1", "某商行", "2023.1.5", "2023.2.6", "5000", "是"],
                          ["2", "某超市", "2023.3.5", "2023.4.6", "8000", "否"]]


def test_section_captions_typed_in_a_ledgers_first_cells_are_no_records(tmp_path):
    """一 | 宣传工作 over its tasks (numbered 1, 2, 3), and a caption 二、执法工作 alone in the second cell: neither
    is a record; merged or not, a caption is a caption."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2023年知识产权保护工作任务分解表"
    ws.merge_cells("A1:D1")
    header = ["序号", "工作任务", "责任单位", "完成时限"]
    rows = [header, ["一", "宣传工作", None, None], [1, "知识产权宣传周", "县委宣传部", "4月"],
            [2, "典型案例发布", "县市场监管局", "12月"], [None, "二、执法工作", None, None],
            [3, "护航专项行动", "县市场监管局", "6月"]]
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            ws.cell(r, c, value)
    path = tmp_path / "任务分解表.xlsx"
    wb.save(path)
    tables = file_facts(path)["tables"]
    assert [(t["header"], t["rows"]) for t in tables] == [(header, [
        ["1", "知识产权宣传周", "县委宣传部", "4月"], ["2", "典型案例发布", "县市场监管局", "12月"],
        ["3", "护航专项行动", "县市场监管局", "6月"]])]


def test_a_ledger_record_whose_number_the_clerk_left_empty_is_a_record_of_its_own(tmp_path):
    """A spreadsheet's cell text does not wrap onto the next row: a row filling its cells without a 序号 is a
    record, not the tail of the one above."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "宣传活动台账"
    header = ["序号", "活动名称", "活动时间", "活动地点", "参与人数"]
    rows = [header, [1, "知识产权宣传周", "2023.4.20", "人民广场", 200], [2, "进校园", "2023.5.10", "县一中", 300],
            [None, "进企业", "2023.6.1", "工业园区", 50], [4, "商标培训", "2023.7.1", "县政府", 80]]
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            ws.cell(r, c, value)
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    tables = file_facts(path)["tables"]
    assert [(t["header"], t["rows"]) for t in tables] == [(header, [
        ["1", "知识产权宣传周", "2023.4.20", "人民广场", "200"], ["2", "进校园", "2023.5.10", "县一中", "300"],
        ["", "进企业", "2023.6.1", "工业园区", "50"], ["4", "商标培训", "2023.7.1", "县政府", "80"]])]


def test_a_label_and_the_first_records_text_read_as_one_piece_are_parted_again():
    """A photo's 单位 and the first record's 区公安分局 read as one piece reaching over the rule between them (so the
    ruled grid gives it to both cells): the header keeps 单位, the record 区公安分局."""
    grid = Grid([1], [["单位区公安分局", "姓名", "职务", "联系电话"],
                      ["单位区公安分局", "韦倩明", "局长", "13029605670"],
                      ["区委宣传部", "高琳", "科员", "19643841899"]], ocr=True, ruled=True)
    table = table_of(grid)
    assert (table.header, table.rows) == (["单位", "姓名", "职务", "联系电话"],
                                          [["区公安分局", "韦倩明", "局长", "13029605670"],
                                           ["区委宣传部", "高琳", "科员", "19643841899"]])


def test_a_skewed_scan_with_a_long_line_just_above_the_header_is_still_a_table():
    """A ruled list scanned 2.6° askew, 填报单位：… set close above its header: levelled by its left end, that long
    piece seemed to sink into the header's line (which then held a 「：」 and was no header); levelled through its
    centre, as the page's rules (all at one tilt) show the text runs, it stays a line of its own."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    from ipdocs.extract.tables import ruling_lines

    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 26)
    header = ["序号", "单位", "姓名", "职务", "联系电话"]
    records = [[str(i), unit, name, "股长", f"1346147931{i}"] for i, (unit, name) in enumerate(
        [("清溪县市场监督管理局", "崔宇"), ("云阳市公安局清溪县分局", "范倩"), ("中共清溪县委宣传部", "姜洋"),
         ("清溪县文化广电旅游体育局", "罗蕾"), ("清溪县司法局", "姜斌")], 1)]
    image = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [140, 220, 560, 680, 800, 1000], [260 + 44 * r for r in range(len(records) + 2)]
    pieces = [((150, ys[0] - 28), "填报单位：清溪县知识产权保护工作领导小组办公室")]  # touching the top rule
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=0, width=2)
    for r, row in enumerate([header, *records]):
        pieces += [((xs[c] + 8, ys[r] + 6), text) for c, text in enumerate(row)]
    angle, (cx, cy) = math.radians(2.6), (620, 450)

    def turned(x: float, y: float) -> tuple[float, float]:
        return (cx + (x - cx) * math.cos(angle) - (y - cy) * math.sin(angle),
                cy + (x - cx) * math.sin(angle) + (y - cy) * math.cos(angle))

    boxes = []
    for at, text in pieces:
        draw.text(at, text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox(at, text, font=font)
        corners = [turned(x, y) for x in (x0, x1) for y in (y0, y1)]
        boxes.append((min(p[0] for p in corners), min(p[1] for p in corners), max(p[0] for p in corners),
                      max(p[1] for p in corners), text))
    image = image.rotate(-2.6, fillcolor=255, resample=Image.BICUBIC).convert("RGB")
    page = SimpleNamespace(number=1, ocr=True, boxes=boxes, rules=ruling_lines(image), width=1240)
    tables = logical_tables(SimpleNamespace(kind="jpg", pages=[page], path=None))
    assert [(t["header"], t["rows"]) for t in tables] == [(header, records)]


def _sheet(tmp_path, rows: dict[int, list]) -> list[tuple[list[str], list[list[str]]]]:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in rows.items():
        for c, value in enumerate(values, 1):
            ws.cell(r, c, value)
    path = tmp_path / "统计表.xlsx"
    wb.save(path)
    return [(t["header"], t["rows"]) for t in file_facts(path)["tables"]]


def test_two_tables_on_one_sheet_under_numbered_captions_are_two_tables(tmp_path):
    """一、案件情况 over one table and 二、培训情况 right under its last record over another: the caption (a
    numbered section title, even one holding a header word like 情况) parts them; no blank row needed."""
    cases, training = ["序号", "案件类型", "办结数量"], ["序号", "培训名称", "参训人数"]
    rows = {1: ["一、案件情况"], 2: cases, 3: [1, "商标侵权", 4], 4: [2, "专利侵权", 2], 5: [3, "著作权侵权", 1],
            6: ["二、培训情况"], 7: training, 8: [1, "商标法专题讲座", 60], 9: [2, "执法实务培训", 45]}
    assert _sheet(tmp_path, rows) == [
        (cases, [["1", "商标侵权", "4"], ["2", "专利侵权", "2"], ["3", "著作权侵权", "1"]]),
        (training, [["1", "商标法专题讲座", "60"], ["2", "执法实务培训", "45"]])]


def test_the_same_header_under_a_second_caption_starts_a_second_table_but_not_under_a_continued_one(tmp_path):
    """一季度 and 二季度 each over the same header: two tables. The same header under （续表） goes on with the
    table above it."""
    header = ["序号", "单位名称", "立案数"]
    first, second = [[1, "城关镇", 3], [2, "石桥镇", 1], [3, "河口乡", 0]], [[1, "城关镇", 5], [2, "石桥镇", 2]]
    shown = [[[str(c) for c in r] for r in part] for part in (first, second)]
    rows = {1: ["2023年分季度案件统计表"], 2: ["一季度"], 3: header, **{4 + k: r for k, r in enumerate(first)},
            8: ["二季度"], 9: header, **{10 + k: r for k, r in enumerate(second)}}
    assert _sheet(tmp_path, rows) == [(header, shown[0]), (header, shown[1])]
    rows[8] = ["（续表）"]
    assert _sheet(tmp_path, rows) == [(header, shown[0] + shown[1])]


def test_records_numbered_in_chinese_numerals_are_records_even_when_half_empty(tmp_path):
    """一, 二, 三 numbering every record (none numbered 1, 2, 3) are the records' numbers, not captions."""
    header = ["序号", "工作任务", "责任单位", "完成时限"]
    rows = {1: ["2023年重点工作任务"], 2: header, 3: ["一", "知识产权宣传周", None, None],
            4: ["二", "护航专项行动", "县市场监管局", "6月"], 5: ["三", "典型案例发布", None, None]}
    assert _sheet(tmp_path, rows) == [(header, [["一", "知识产权宣传周", "", ""],
                                                ["二", "护航专项行动", "县市场监管局", "6月"],
                                                ["三", "典型案例发布", "", ""]])]
