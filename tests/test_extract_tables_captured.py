"""Tables on workbooks, scans and photos, and photographed minutes (issue 15, held-out misses): each miss kind with
a file or page made for it here; the expectations are the planted rows, meetings and lines. No OCR runs: pages
are drawn with Pillow and the OCR boxes placed where the drawn texts stand (slanted as a photo's are)."""

import datetime as dt
import math
from types import SimpleNamespace

import openpyxl
import pytest
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import meetings
from ipdocs.extract.normalize import normalize
from ipdocs.extract.tables import Grid, logical_tables, ocr_grid, ruling_lines, table_of
from ipdocs.extract.text import Page, lines_from_boxes

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
HEADER = ["序号", "活动名称", "活动日期", "地点", "参加人数"]
ROWS = [[str(i), f"知识产权宣传活动第{i}场", f"2023-03-0{i}", "区政府三楼会议室", str(20 + i)] for i in range(1, 5)]


def _put(ws, row: int, values: list) -> None:
    for c, value in enumerate(values, 1):
        ws.cell(row, c, value)


def _sheet_rows(ws, first: int) -> None:
    for r, row in enumerate(ROWS):
        _put(ws, first + r, [int(row[0]), row[1], dt.datetime(2023, 3, r + 1), row[3], int(row[4])])
        ws.cell(first + r, 3).number_format = "yyyy-mm-dd"


def test_a_ledger_keeps_only_its_records_whatever_surrounds_them(tmp_path):
    """A title merged over four columns with 单位：人 beside it, a column-number row under the header, 全区合计, and
    below: a note in one cell, 备注 | text, a 填表人/审核人 line and the signature's date on a line of its own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    _put(ws, 1, ["2023年知识产权宣传活动台账", None, None, None, "单位：人"])
    ws.merge_cells("A1:D1")
    _put(ws, 2, HEADER)
    _put(ws, 3, ["甲", 1, 2, 3, 4])
    _sheet_rows(ws, 4)
    _put(ws, 8, ["全区合计", None, None, None, 90])
    ws.merge_cells("A8:D8")
    _put(ws, 9, ["以上数据截至2023年11月30日，由各成员单位填报。"])
    _put(ws, 10, ["备注", "活动照片另附"])
    _put(ws, 11, ["填表人：张伟", None, "审核人：李娜"])
    _put(ws, 12, [None, None, None, "2023年12月5日"])
    wb.save(tmp_path / "台账.xlsx")
    assert [(t["header"], t["rows"]) for t in file_facts(tmp_path / "台账.xlsx")["tables"]] == [(HEADER, ROWS)]


def test_two_tables_one_under_the_other_on_a_sheet_are_two_tables(tmp_path):
    cases = ["序号", "案号", "当事人", "立案日期", "结案日期"]
    case_rows = [[str(i), f"武市监罚〔2023〕{i}号", "某商行", "2023-01-02", "2023-02-03"] for i in (1, 2, 3)]
    wb = openpyxl.Workbook()
    ws = wb.active
    _put(ws, 1, ["表1  宣传活动情况"])
    _put(ws, 2, HEADER)
    _sheet_rows(ws, 3)
    _put(ws, 8, ["表2  案件查办情况"])
    _put(ws, 9, cases)
    for r, row in enumerate(case_rows):
        _put(ws, 10 + r, row)
    wb.save(tmp_path / "两表.xlsx")
    found = file_facts(tmp_path / "两表.xlsx")["tables"]
    assert [(t["header"], t["rows"]) for t in found] == [(HEADER, ROWS), (cases, case_rows)]


def test_a_header_with_its_units_on_a_row_below_is_one_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    _put(ws, 1, ["执法部门", "立案数", "结案数", "罚没金额"])
    _put(ws, 2, [None, "（件）", "（件）", "（万元）"])
    for r, unit in enumerate(["区市场监管局", "区公安分局", "区文广旅体局"]):
        _put(ws, 3 + r, [unit, 3 + r, 2, 1.5])
    wb.save(tmp_path / "统计表.xlsx")
    [table] = file_facts(tmp_path / "统计表.xlsx")["tables"]
    assert table["header"] == ["执法部门", "立案数（件）", "结案数（件）", "罚没金额（万元）"]
    assert [r[0] for r in table["rows"]] == ["区市场监管局", "区公安分局", "区文广旅体局"]


def test_row_numbers_read_as_one_piece_across_rows_are_split_in_sequence():
    """OCR read 「2」 and 「3」 as one piece (「4」「5」「6」 too, and lost 「7」 beside 「89」) where it saw no rule
    between the rows: the cell looked merged down over them."""
    rows = [["序号", "主办单位"], ["1", "区法院"], ["23", "区法院"], ["23", "区商务局"], ["456", "区商务局"],
            ["456", "区教育局"], ["456", "区教育局"], ["89", "区司法局"], ["89", "区司法局"], ["89", "区司法局"]]
    table = table_of(Grid([1], rows, ocr=True, ruled=True))
    assert [r[0] for r in table.rows] == [str(i) for i in range(1, 10)]
    assert table_of(Grid([1], [r[:] for r in rows])).rows[1][0] == "23"        # a text layer is not repaired


def _ruled(draw, xs, ys, merged: dict | None = None) -> None:
    """Rules of a grid; `merged`: {(row rule index, column): True} where a merged cell interrupts a row rule."""
    for r, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if not (merged or {}).get((r, c)):
                draw.line((xs[c], y, xs[c + 1], y), fill="black", width=2)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=2)


def test_a_cell_merged_down_from_the_previous_scanned_page_takes_its_text():
    """Page 2 of a scanned ledger: the 主办单位 cell merged over rows 4–5 began on page 1 and is empty here."""
    font = ImageFont.truetype(SERIF, 26)
    pages = []
    for number, rows, merged in ((1, [["序号", "主办单位", "活动名称"], ["1", "区法院", "宣传周"],
                                      ["2", "区法院", "培训会"], ["3", "西河镇人民政府", "进企业"]], {}),
                                 (2, [["序号", "主办单位", "活动名称"], ["4", "", "进社区"], ["5", "", "进校园"]],
                                  {(2, 1): True})):
        image = Image.new("RGB", (1300, 500), "white")
        draw = ImageDraw.Draw(image)
        xs, ys = [100, 250, 600, 850], [100 + 60 * r for r in range(len(rows) + 1)]
        _ruled(draw, xs, ys, merged)
        boxes = []
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    draw.text((xs[c] + 12, ys[r] + 14), text, font=font, fill="black")
                    boxes.append((*draw.textbbox((xs[c] + 12, ys[r] + 14), text, font=font), text))
        pages.append(SimpleNamespace(number=number, ocr=True, boxes=boxes, rules=ruling_lines(image)))
    tables = logical_tables(SimpleNamespace(kind="image", pages=pages, path=None))
    assert [t["rows"] for t in tables] == [[["1", "区法院", "宣传周"], ["2", "区法院", "培训会"],
                                             ["3", "西河镇人民政府", "进企业"], ["4", "西河镇人民政府", "进社区"],
                                             ["5", "西河镇人民政府", "进校园"]]]


def _turned(image: Image.Image, degrees: float) -> tuple[Image.Image, callable]:
    """The image turned as a phone held askew turns it, and where a point of the original lands."""
    turned = image.rotate(degrees, fillcolor="white", resample=Image.BICUBIC, expand=False)
    cx, cy, a = image.width / 2, image.height / 2, math.radians(degrees)

    def at(x: float, y: float) -> tuple[float, float]:
        return (cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a),
                cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a))
    return turned, at


def _upright_boxes(draw, font, placed, at) -> list:
    """OCR's upright boxes around texts drawn at `placed` [((x, y), text)] once the page is turned by `at`."""
    boxes = []
    for (x, y), text in placed:
        x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
        across, down = zip(*(at(px, py) for px in (x0, x1) for py in (y0, y1)), strict=True)
        boxes.append((min(across), min(down), max(across), max(down), text))
    return boxes


def test_a_turned_photo_of_a_ruled_table_gives_every_column_rule_and_its_rows():
    """Turned 6°: the column rules lean too far for one band to see them; sheared upright they are all found."""
    font = ImageFont.truetype(SERIF, 28)
    image = Image.new("RGB", (1800, 1300), "white")
    draw = ImageDraw.Draw(image)
    xs, ys = [150, 260, 700, 980, 1400, 1600], [300 + 70 * r for r in range(len(ROWS) + 2)]
    _ruled(draw, xs, ys)
    placed = [((x + 12, ys[r] + 18), text) for r, row in enumerate([HEADER, *ROWS]) for x, text in zip(xs, row,
                                                                                                       strict=False)]
    for (x, y), text in placed:
        draw.text((x, y), text, font=font, fill="black")
    photo, at = _turned(image, -6)
    horizontal, vertical = ruling_lines(photo)
    assert len(vertical) == len(HEADER) + 1 and len(horizontal) == len(ROWS) + 2
    page = SimpleNamespace(number=1, boxes=_upright_boxes(draw, font, placed, at), rules=(horizontal, vertical))
    table = table_of(ocr_grid(page))
    assert (table.header, table.rows) == (HEADER, ROWS)


def test_an_unruled_sign_in_sheet_photographed_turned_keeps_its_columns():
    """Turned 5° and unruled: a lower row's cells stand left of the header's columns unless x is levelled too."""
    font = ImageFont.truetype(SERIF, 28)
    header = ["序号", "姓名", "工作单位", "职务", "联系电话"]
    rows = [[str(i), name, unit, "科员", f"1335195061{i}"] for i, (name, unit) in enumerate(
        [("严琳", "区人民法院"), ("程宇建", "区自然资源局"), ("王鑫宁", "董家河镇人民政府"), ("孔磊丽", "区司法局"),
         ("黄德海", "区公安分局"), ("杨文国", "区教育局"), ("袁春", "区商务局"), ("覃超鹏", "区人民检察院"),
         ("林琳瑞", "区文广旅体局"), ("江华", "区农业农村局"), ("沈刚", "区委宣传部"), ("丁瑞", "区财政局")], 1)]
    image = Image.new("RGB", (1700, 1500), "white")
    draw = ImageDraw.Draw(image)
    xs = [150, 290, 480, 900, 1110]
    placed = [((x, 200 + 90 * r), text) for r, row in enumerate([header, *rows]) for x, text in zip(xs, row,
                                                                                                    strict=True)]
    _, at = _turned(image, -5)
    table = table_of(ocr_grid(SimpleNamespace(number=1, boxes=_upright_boxes(draw, font, placed, at), rules=([], []))))
    assert (table.header, table.rows) == (header, rows)


MINUTES = [["2023年第3次打击侵权假冒工作领导小组会议记录"], ["会议时间：2023年6月15日上午"],
           ["会议地点：局机关二楼会议室"], ["主持：区委常委、副区长"], ["陶强泉"], ["出席：韩琳兰  万武艳  梁红"],
           ["会议议题："],
           ["一", "研究制定年度知识产权保护工作考核迎检方案"], ["二", "通报今年以来知识产权保护工作进展情况"],
           ["三", "研究知识产权纠纷人民调解委员会筹建事宜"], ["（四）传达学习全省知识产权保护工作电视电话会议精神"],
           ["会议内容："], ["陶强泉传达了上级有关会议精神，要求各股室对照考核细则查漏补缺。"], ["记录人：韩斌武"]]


def test_photographed_minutes_give_chair_and_topics():
    """A phone photo of handwritten-looking (AR PL UKai) minutes, turned 5°: OCR's upright boxes of the slanted
    lines put an item's number (read apart, its （） lost) beside the item above; the chair's name wrapped under
    his titles. The meeting's lines follow the slant, the numbers are repaired, the wrapped name is the chair."""
    font = ImageFont.truetype(KAI, 40)
    image = Image.new("RGB", (1600, 1500), "white")
    draw = ImageDraw.Draw(image)
    placed = []
    for r, pieces in enumerate(MINUTES):
        x = 150 if len(pieces) == 1 and not pieces[0].startswith("（") else 230
        for k, text in enumerate(pieces):
            placed.append(((x + 90 * k, 100 + 75 * r), text))
    _, at = _turned(image, -5)
    boxes = _upright_boxes(draw, font, placed, at)
    text = "\n".join(line.text for line in lines_from_boxes(boxes, image.width, em_size=True))
    read = [Page(1, text, ocr=True, boxes=boxes, width=image.width)]
    printed = [Page(1, normalize(text, True, quantities=False), True)]
    topics = ["研究制定年度知识产权保护工作考核迎检方案", "通报今年以来知识产权保护工作进展情况",
              "研究知识产权纠纷人民调解委员会筹建事宜", "传达学习全省知识产权保护工作电视电话会议精神"]
    assert meetings(printed, MINUTES[0][0], [], read) == [
        {"date": "2023-06-15", "title": MINUTES[0][0], "chair": "陶强泉", "topics": topics}]


@pytest.mark.parametrize("item", ["一）", "一", "1", "（一）传"])
def test_an_agenda_item_whose_number_lost_its_marks(item):
    """OCR lost an item number's marks (（一） read as 一） or 一, 1. as 1) or read its first character twice."""
    second = {"一）": "（二）", "一": "二、", "1": "2.", "（一）传": "（二）"}[item]
    text = "\n".join(["专题会议纪要", "时间：2023年9月12日", "主持人：林琳瑞", "会议议程：",
                      f"{item}传达全市打击侵权假冒工作会议精神", f"{second}研究软件正版化工作推进中存在的问题"])
    assert meetings([Page(1, text, ocr=True)], "专题会议纪要")[0]["topics"] == [
        "传达全市打击侵权假冒工作会议精神", "研究软件正版化工作推进中存在的问题"]


def test_a_case_list_numbered_by_its_decisions_or_not_numbered_at_all_is_a_case_list():
    """Columns as a county's list prints them: no 案号 — the 处罚决定书文号 names each case, or, without it too,
    the party; the type is read from the cause; a cause wrapped onto a row without a 序号 stays its row's."""
    from ipdocs.extract.cases import cases, statistics

    header = ["序号", "当事人", "案由", "立案日期", "结案日期", "处罚决定书文号", "是否公开"]
    rows = [["1", "浉河区华美超市", "销售侵犯注册商标专用权商品", "2023年3月2日", "2023年5月18日",
             "信市监罚〔2023〕12号", "是"],
            ["2", "浉河区鑫达五金店", "假冒专利", "2023年4月1日", "2023年9月20日", "信市监罚〔2023〕31号", "否"]]
    wrapped = [*rows[:1], ["", "", "（第二批）", "", "", "", ""], *rows[1:]]
    got = cases([{"pages": [1], "header": header, "rows": wrapped}])
    assert [c.number for c in got] == ["信市监罚〔2023〕12号", "信市监罚〔2023〕31号"]
    stats = statistics(got)
    assert stats["types"] == ["专利", "商标"] and stats["over_time_limit"] == ["信市监罚〔2023〕31号"]
    bare = [[c for i, c in enumerate(r) if i != 5] for r in wrapped]
    got = cases([{"pages": [1], "header": header[:5] + header[6:], "rows": bare}])
    assert [(c.number, c.filed, c.public) for c in got] == [("浉河区华美超市", dt.date(2023, 3, 2), True),
                                                            ("浉河区鑫达五金店", dt.date(2023, 4, 1), False)]
    other = {"pages": [1], "header": ["序号", "活动名称", "活动日期"], "rows": [["1", "宣传周", "2023-04-26"]]}
    assert cases([other]) == []                                          # not every dated list is a case list


def test_a_scanned_table_whose_repeated_header_ocr_misread_goes_on_and_a_misread_serial_label():
    """Page 2 repeats the header with 是否公开 read as 是香公开 and starts with the tail of a split row; 序号 over
    the row numbers read as 席毕."""
    from ipdocs.extract.tables import joined

    header = ["序号", "当事人", "案由", "是否公开"]
    first = table_of(Grid([1], [["席毕", *header[1:]], ["1", "某商行", "假冒专利", "否"],
                                ["2", "某药店", "假冒专利", "是"], ["3", "某超市", "侵犯著作权（盗版图", "是"]],
                          ocr=True))
    second = table_of(Grid([2], [["序号", "当事人", "案由", "是香公开"], ["", "", "书）", ""],
                                 ["4", "某五金店", "销售假冒白酒", "是"]], ocr=True))
    [table] = joined([first, second])
    assert table.header == header and table.pages == [1, 2]
    assert table.rows == [["1", "某商行", "假冒专利", "否"], ["2", "某药店", "假冒专利", "是"],
                          ["3", "某超市", "侵犯著作权（盗版图书）", "是"], ["4", "某五金店", "销售假冒白酒", "是"]]


def test_a_sheet_whose_title_is_merged_wider_than_its_table(tmp_path):
    """The title merged over six columns above a five-column table: the sixth, empty under the title, is none."""
    wb = openpyxl.Workbook()
    ws = wb.active
    _put(ws, 1, ["2023年侵权假冒刑事案件情况表"])
    ws.merge_cells("A1:F1")
    _put(ws, 2, HEADER)
    _sheet_rows(ws, 3)
    wb.save(tmp_path / "刑事案件.xlsx")
    assert [(t["header"], t["rows"]) for t in file_facts(tmp_path / "刑事案件.xlsx")["tables"]] == [(HEADER, ROWS)]


def test_resolutions_listed_in_one_wrapped_sentence_after_how_many_items():
    text = "\n".join(["关于召开知识产权保护专题会议的纪要", "4月28日，东湖区知识产权保护专题会议在区政府常务会",
                      "议室召开，会议由区市场监管局局长高倩倩主持。会议研究了",
                      "三个事项：一是通报上半年知识产权案件查办情况；二是安排",
                      "迎检佐证材料收集和归档工作；三是部署岁末年初市场侵权假", "冒商品排查。",
                      "会议强调，各成员单位要强化协作配合。", "二〇二三年四月二十九日"])
    [meeting] = meetings([Page(1, normalize(text, True, quantities=False), True)], "关于召开知识产权保护专题会议的纪要")
    assert (meeting["date"], meeting["chair"]) == ("2023-04-28", "高倩倩")
    assert meeting["topics"] == ["通报上半年知识产权案件查办情况", "安排迎检佐证材料收集和归档工作",
                                 "部署岁末年初市场侵权假冒商品排查"]


@pytest.mark.parametrize("label", [["议题"], ["题", "议"]], ids=["centred", "split"])
def test_a_form_agenda_label_read_between_its_items(label):
    """A tall 议题 cell's label, centred, reads between the items (or one character a line, in either order)."""
    first, *rest = label
    lines = ["县市场监督管理局会议记录", "时间2023年02月20日\t地点县市场监管局2楼会议室", "主持人董鑫祥\t记录人梁伟勇",
             "1.研究知识产权保护工作检查考核迎检分工", first, f"{''.join(rest)}2.研究专利侵权纠纷快速处理机制建设",
             "3.通报上半年知识产权案件查办情况", "会议内容会议传达学习了上级文件精神。"]
    [meeting] = meetings([Page(1, "\n".join(lines), True)], "县市场监督管理局会议记录")
    assert meeting["chair"] == "董鑫祥" and meeting["topics"] == [
        "研究知识产权保护工作检查考核迎检分工", "研究专利侵权纠纷快速处理机制建设", "通报上半年知识产权案件查办情况"]
