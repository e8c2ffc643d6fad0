"""Logical tables as a reader sees them on office ledgers, scans and photos (issue 15, tables), one made file per
kind of miss found with bench/ledgers/make_ledgers.py: XLSX totals beside a unit merged down, a unit merged
across a blank spacer row, end markers and notes merged across; on scans and photos a group label over a ruled
two-row header, rows ruled only by horizontal rules, notes under the table, a group label read on the header's
line. Pages are drawn with Pillow and the OCR boxes placed where
the texts stand (no OCR run). Convention (dev3–dev5's, written blind): 合计/小计/累计 rows, blank rows and notes
are not records; a cell merged down gives its value to each record it covers."""

from types import SimpleNamespace

import openpyxl
from openpyxl.styles import Border, Side
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.tables import ocr_grid, ruling_lines, table_of

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
BOX = Border(*(Side(style="thin"),) * 4)


def _sheet(path, rows: list[list], merges: list[str], hidden_rows: tuple[int, ...] = ()) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None:
                ws.cell(r, c, value)
            ws.cell(r, c).border = BOX
    for rng in merges:
        ws.merge_cells(rng)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    wb.save(path)


def _table(path) -> dict:
    tables = file_facts(path)["tables"]
    assert len(tables) == 1, tables
    return tables[0]


def test_xlsx_subtotals_beside_a_unit_merged_down_and_a_blank_row_inside_the_merge(tmp_path):
    """县市场监管局 is merged down over its two records, a blank spacer row and its 小计 row; the 小计 stands in
    the second column (the first holds the merged unit), so it is no record, nor is the blank row."""
    rows = [["2023年上半年知识产权案件统计表", None, None, None],
            ["单位", "季度", "立案数", "结案数"],
            ["县市场监管局", "一季度", 4, 3],
            [None, None, None, None],
            [None, "二季度", 5, 2],
            [None, "小计", 9, 5],
            ["县公安局", "一季度", 1, 1],
            [None, "二季度", 2, 0],
            [None, "小计", 3, 1],
            ["本年累计", None, 12, 6]]
    path = tmp_path / "统计表.xlsx"
    _sheet(path, rows, ["A1:D1", "A3:A6", "A7:A9", "A10:B10"])
    table = _table(path)
    assert table["header"] == ["单位", "季度", "立案数", "结案数"]
    assert table["rows"] == [["县市场监管局", "一季度", "4", "3"], ["县市场监管局", "二季度", "5", "2"],
                             ["县公安局", "一季度", "1", "1"], ["县公安局", "二季度", "2", "0"]]


def test_xlsx_end_marker_and_notes_merged_across_are_not_records(tmp_path):
    """以下空白 merged across under the records, then a note merged across that is no 注：… line and does not end
    with 。, and a hidden withdrawn record."""
    rows = [["序号", "活动名称", "活动时间", "参与人数"],
            [1, "知识产权宣传周启动仪式", "2023年4月20日", 120],
            [2, "撤回的活动", "2023年5月1日", 10],
            [2, "商标品牌培育培训班", "2023年6月8日", 45],
            ["以下空白", None, None, None],
            ["本表由各镇（街道）于每季度末填报，数据以活动签到表为准", None, None, None]]
    path = tmp_path / "活动登记表.xlsx"
    _sheet(path, rows, ["A5:D5", "A6:D6"], hidden_rows=(3,))
    table = _table(path)
    assert table["header"] == ["序号", "活动名称", "活动时间", "参与人数"]
    assert table["rows"] == [["1", "知识产权宣传周启动仪式", "2023年4月20日", "120"],
                             ["2", "商标品牌培育培训班", "2023年6月8日", "45"]]


def _draw(size, texts, font_size=26):
    """An image with `texts` [(x, y, text)] drawn, and the OCR boxes where they stand."""
    font = ImageFont.truetype(SERIF, font_size)
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    boxes = []
    for x, y, text in texts:
        draw.text((x, y), text, font=font, fill="black", anchor="mm")
        boxes.append((*draw.textbbox((x, y), text, font=font, anchor="mm"), text))
    return image, draw, boxes


def test_a_group_label_over_a_ruled_two_row_header_on_an_a4_scan():
    """On a 200 dpi A4 page the header rows are lower than the band the rules are found in, so the rule between
    立案数 and 结案数 seems to reach up through 专利; OCR reads 专利 as one piece centred on it. 序号 and 单位 are
    merged down over both header rows, set at the bottom (Excel's default)."""
    xs = [200, 320, 560, 760, 960, 1160, 1360]
    ys = [400, 446, 492, 542, 592, 642]
    texts = [(260, 469, "序号"), (440, 469, "单位"), (760, 423, "专利"), (1160, 423, "商标"),
             (660, 469, "立案数"), (860, 469, "结案数"), (1060, 469, "立案数"), (1260, 469, "结案数")]
    records = [["1", "城关镇", "4", "3", "2", "2"], ["2", "石桥镇", "1", "0", "5", "4"],
               ["3", "河口乡", "0", "0", "3", "1"]]
    for r, row in enumerate(records):
        texts += [((a + b) / 2, (ys[2 + r] + ys[3 + r]) / 2, t) for a, b, t in zip(xs[:-1], xs[1:], row, strict=True)]
    image, draw, boxes = _draw((1654, 2339), texts)
    for y in ys:  # the rule under the group labels only under them
        draw.line((xs[0] if y != ys[1] else xs[2], y, xs[-1], y), fill="black", width=2)
    for i, x in enumerate(xs):
        draw.line((x, ys[1] if i in (3, 5) else ys[0], x, ys[-1]), fill="black", width=2)
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.header == ["序号", "单位", "专利立案数", "专利结案数", "商标立案数", "商标结案数"]
    assert table.rows == records


def test_rows_ruled_only_by_horizontal_rules_keep_wrapped_cells_in_their_row_and_notes_out():
    """No column rules, a rule under each record, no 序号: a case name wrapped to two lines is one row; the note
    under the table, read as two pieces, is not a row."""
    xs = [150, 650, 1000, 1250, 1450]
    header = ["案件名称", "当事人", "立案日期", "是否公开"]
    records = [(["石桥某某商贸有限公司销售侵", "权盗版图书案"], "石桥某某商贸有限公司", "2023年3月2日", "是"),
               (["城关某某超市假冒专利案"], "城关某某超市", "2023年5月18日", "否"),
               (["河口某某书店擅自使用他人", "企业名称案"], "河口某某书店", "2023年9月8日", "是")]
    texts = [((a + b) / 2, 230, h) for a, b, h in zip(xs[:-1], xs[1:], header, strict=True)]
    rules, y = [200, 260], 260
    for name, party, day, public in records:
        height = 50 * len(name) + 14
        texts += [((xs[0] + xs[1]) / 2, y + 32 + 50 * k, line) for k, line in enumerate(name)]
        texts += [((a + b) / 2, y + 32, t) for a, b, t in zip(xs[1:-1], xs[2:], [party, day, public], strict=True)]
        y += height
        rules.append(y)
    texts += [(250, y + 60, "注：数据截"), (420, y + 60, "至11月30日。")]
    image, draw, boxes = _draw((1600, 1000), texts)
    for y in rules:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.header == header
    assert table.rows == [["".join(n), p, d, q] for n, p, d, q in records]


def test_a_group_label_read_on_the_header_line_between_its_leaves():
    """A three-line table (rules above and under the header and under the last row, none between columns or
    rows): 序号, 工作任务, 完成时限 centred over both header rows read on one line with 责任分工 (set a little
    higher), its leaves 牵头单位 | 配合单位 on the line below, each under no other label."""
    texts = [(100, 112, "序号"), (320, 112, "工作任务"), (800, 100, "责任分工"), (1250, 112, "完成时限"),
             (640, 150, "牵头单位"), (960, 150, "配合单位")]
    records = [["1", "健全知识产权保护工作机制", "县市场监管局", "县司法局、县检察院", "2023年6月底前"],
               ["2", "开展打击侵权假冒专项行动", "县公安局", "县商务局", "2023年9月底前"],
               ["3", "加强地理标志保护", "县农业农村局", "县市场监管局", "2023年11月底前"]]
    for r, row in enumerate(records):
        texts += [(x, 220 + 60 * r, t) for x, t in zip((100, 320, 640, 960, 1250), row, strict=True)]
    image, draw, boxes = _draw((1400, 500), texts)
    for y in (70, 180, 370):
        draw.line((40, y, 1360, y), fill="black", width=3)
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=boxes, rules=ruling_lines(image))))
    assert table.header == ["序号", "工作任务", "责任分工牵头单位", "责任分工配合单位", "完成时限"]
    assert table.rows == records


def test_two_tables_on_one_sheet_below_each_other_are_two_tables(tmp_path):
    """一、培训情况 (a table) ⏎ blank row ⏎ 二、宣传情况 (another, its own header): two tables; a spacer row between
    the records of one table, or its header repeated after a blank row, does not cut it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["一、培训情况"], ["序号", "培训名称", "人数"], [1, "执法培训", 30], [2, "宣传培训", 45], [],
                ["二、宣传情况"], ["序号", "活动名称", "发放资料"], [1, "宣传周", 300], [2, "进社区", 120], [],
                ["序号", "活动名称", "发放资料"], [3, "进企业", 80], [], ["城关镇", "市场监管所", "专项检查"],
                [4, "进学校", 60]):
        ws.append(row)
    wb.save(tmp_path / "统计表.xlsx")
    tables = file_facts(tmp_path / "统计表.xlsx")["tables"]
    assert [(t["header"], [r[1] for r in t["rows"]]) for t in tables] == [
        (["序号", "培训名称", "人数"], ["执法培训", "宣传培训"]),
        (["序号", "活动名称", "发放资料"], ["宣传周", "进社区", "进企业", "市场监管所", "进学校"])]
