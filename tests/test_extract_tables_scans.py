"""Scanned tables (issue 15): a scanner's streak down the page is not a column rule."""

from __future__ import annotations

from types import SimpleNamespace

from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract.tables import logical_tables, ruling_lines

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def test_a_scanner_streak_through_a_column_is_not_a_column_rule_and_both_pages_are_one_table():
    """A grey streak from the top of each page to the bottom crosses the 案件名称 column: the table keeps its three
    columns, so page 2 (header repeated) continues page 1."""
    font = ImageFont.truetype(SERIF, 26)
    header = ["序号", "案件名称", "立案日期"]
    records = [[str(i), f"某商行销售侵权商品案{i}", f"2023-0{i}-12"] for i in range(1, 7)]
    pages = []
    for number, rows in ((1, records[:3]), (2, records[3:])):
        image = Image.new("RGB", (1240, 1000), "white")
        draw = ImageDraw.Draw(image)
        xs, ys = [100, 220, 720, 1000], [300 + 60 * r for r in range(len(rows) + 2)]
        for y in ys:
            draw.line((xs[0], y, xs[-1], y), fill="black", width=2)
        for x in xs:
            draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)
        draw.line((250, 0, 250, 999), fill=(150, 150, 150), width=3)  # the streak, 30 px right of the first rule
        boxes = []
        for r, row in enumerate([header, *rows]):
            for c, text in enumerate(row):
                at = (xs[c] + 40, ys[r] + 14)
                draw.text(at, text, font=font, fill="black")
                boxes.append((*draw.textbbox(at, text, font=font), text))
        pages.append(SimpleNamespace(number=number, ocr=True, boxes=boxes, rules=ruling_lines(image)))
    tables = logical_tables(SimpleNamespace(kind="pdf", pages=pages, path=None))
    assert [(t["header"], t["rows"], t["pages"]) for t in tables] == [(header, records, [1, 2])]


# a phone photo of a table ruled between rows only (bench/ledgers photo-publicity-rows-01.jpg), as OCR boxed it: the
# last record's name wraps (知识产权宣传周启动仪 / 式) and OCR read its first line together with the two cells beside
PHOTO_ROWS_RULED = [
    (636, 389, 712, 420, "活动地点"),
    (772, 389, 846, 413, "参与人数"),
    (854, 384, 970, 412, "发放资料（份）"),
    (1015, 384, 1052, 408, "备注"),
    (327, 400, 400, 425, "活动名称"),
    (481, 392, 556, 423, "活动时间"),
    (612, 422, 738, 454, "南塘乡文化广场"),
    (793, 423, 824, 449, "434"),
    (901, 420, 940, 444, "2352"),
    (286, 431, 444, 460, "中国专利周宣传活动"),
    (463, 426, 572, 457, "2022年8月1日"),
    (463, 464, 575, 488, "2022年11月7日"),
    (615, 456, 738, 487, "柳林镇中心小学"),
    (794, 458, 826, 482, "324"),
    (903, 455, 942, 478, "2394"),
    (286, 465, 444, 495, "商标品牌培育培训班"),
    (615, 491, 740, 521, "柳林镇中心小学"),
    (800, 491, 823, 515, "65"),
    (905, 489, 944, 512, "2290"),
    (285, 500, 444, 529, "专利转化运用座谈会"),
    (462, 496, 578, 523, "2022年8月26日"),
    (798, 525, 828, 549, "102"),
    (910, 522, 942, 546, "736"),
    (1003, 516, 1077, 546, "市局指导"),
    (464, 531, 579, 557, "2022年9月25日"),
    (610, 525, 748, 555, "北山街道中心小学"),
    (288, 534, 445, 564, "专利转化运用座谈会"),
    (797, 559, 830, 583, "250"),
    (913, 556, 943, 580, "158"),
    (1005, 548, 1078, 579, "市局指导"),
    (278, 558, 767, 599, "知识产权宣传周启动仪2022年7月17日新华街道政务服务中心"),
    (355, 598, 382, 623, "式"),
    (797, 619, 837, 642, "1175"),
    (911, 616, 951, 638, "7930"),
    (349, 628, 390, 660, "合计"),
]


def test_a_wrapped_name_read_as_one_piece_with_the_cells_beside_it_is_still_a_row():
    def rule(left: float, y_left: float, right: float, y_right: float) -> list:
        return [(x, y_left + (y_right - y_left) * (x - left) / (right - left))
                for x in range(round(left), round(right), 42)]

    rules = [rule(315, y, 1029 if y < 600 else 1071, y2) for y, y2 in
             ((400, 383), (430, 413), (464, 446), (498, 480), (533, 514), (567, 548), (628, 606), (662, 640))]
    page = SimpleNamespace(number=1, ocr=True, boxes=PHOTO_ROWS_RULED, rules=(rules, []))
    tables = logical_tables(SimpleNamespace(kind="image", pages=[page], path=None))
    assert [(t["header"], t["rows"][-1], len(t["rows"])) for t in tables] == [
        (["活动名称", "活动时间", "活动地点", "参与人数", "发放资料（份）", "备注"],
         ["知识产权宣传周启动仪式", "2022年7月17日", "新华街道政务服务中心", "250", "158", "市局指导"], 5)]


def test_a_header_read_differently_on_the_second_page_does_not_split_the_table():
    """Page 1 read 办理时间 (merged over 立案日期 | 结案日期) into the first leaf; page 2 lost the first line of the
    wrapped 罚没金额（元）: one table, under the fuller labels."""
    from ipdocs.extract.tables import Table, joined

    first = Table([1], ["序号", "案件名称", "办理时间立案日期", "结案日期", "罚没金额（元）"], serial=True)
    first.rows = [["1", "某超市销售侵权商品案", "2023/05/15", "2023/06/18", "2000"]]
    second = Table([2], ["序号", "案件名称", "立案日期", "结案日期", "（元）"], serial=True)
    second.rows = [["2", "某商行销售侵权商品案", "2023/07/27", "2023/08/22", "4000"]]
    third = Table([3], ["序号", "当事人", "立案日期", "结案日期", "（元）"], serial=True)  # another table
    third.rows = [["1", "某超市", "2023/07/27", "2023/08/22", "500"]]
    assert [(t.pages, t.header, len(t.rows)) for t in joined([first, second, third])] == [
        ([1, 2], ["序号", "案件名称", "办理时间立案日期", "结案日期", "罚没金额（元）"], 2),
        ([3], ["序号", "当事人", "立案日期", "结案日期", "（元）"], 1)]
