"""Minutes as offices write and photograph them (issue 15, stop 28, task N): a 会议记录 form photographed askew, its
row of labels slanting and the handwritten values run together; a 时间 label giving the day without its year; a
prose chair whose comma OCR lost at the line's end; what the meeting did told in a sentence each; an agenda item
wrapped in a narrow cell; a ledger of meetings under a group label. Each case is a file or OCR text made for it
(wordings and layouts other than the corpora's); the expected values are the planted ones."""

import math
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from test_meetings_photos import _ocr_minutes, _perspective

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import _labels_over, attendance, meetings, table_meetings
from ipdocs.extract.text import Page

UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"  # a hand's regular script, for what is written in by hand
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def _snapshot(page: Image.Image, path: Path, tilt: float) -> Path:
    """A page on a desk photographed by a phone held askew: perspective, curled, turned by `tilt` degrees, a
    shadow, a screen's moiré, a finger over the left edge, blurred, a JPEG of quality 60."""
    w, h = page.size
    width, height = int(w * 1.25), int(h * 1.2)
    desk = Image.new("RGB", (width, height), (112, 96, 80))
    desk.paste(page, (int(w * 0.12), int(h * 0.1)))
    seen = desk.transform((width, height), Image.Transform.PERSPECTIVE,
                          _perspective([(-60, -40), (width + 30, 20), (width - 20, height + 10), (30, height + 40)],
                                       (width, height)), Image.Resampling.BICUBIC, fillcolor=(112, 96, 80))
    columns = np.asarray(seen).copy()
    for x in range(width):
        columns[:, x] = np.roll(columns[:, x], int(12 * math.sin(math.pi * x / width) ** 2), axis=0)
    turned = Image.fromarray(columns).rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(112, 96, 80))
    shade = Image.linear_gradient("L").rotate(35).resize((width, height)).point(lambda v: 255 - v // 3)
    shot = np.asarray(Image.composite(turned, Image.new("RGB", (width, height), (70, 64, 58)), shade), dtype=float)
    yy, xx = np.mgrid[0:height, 0:width]
    shot *= (1 + 0.06 * np.sin(2 * math.pi * (xx * 0.31 + yy * 0.07)) * np.sin(2 * math.pi * yy * 0.29))[..., None]
    image = Image.fromarray(np.clip(shot, 0, 255).astype(np.uint8))
    ImageDraw.Draw(image).ellipse([width * 0.02, height * 0.55, width * 0.12, height * 0.68], fill=(214, 170, 140))
    image.filter(ImageFilter.GaussianBlur(1.2)).save(path, quality=60)
    return path


def _labels_over_values(path: Path, title: str, values: list[str], agenda: list[str], tilt: float) -> Path:
    """A printed 会议记录 form: a row of four label cells over the row of their values written in by hand at the
    left of each cell (so close to the next cell's that OCR may read two as one), then the agenda's tall cell."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    big, printed, hand = (ImageFont.truetype(SERIF_BOLD, 52, index=2), ImageFont.truetype(SANS, 30, index=2),
                          ImageFont.truetype(UKAI, 32))
    draw.text(((1240 - draw.textlength(title, font=big)) / 2, 110), title, font=big, fill=(20, 20, 20))
    y = 220
    for cells, font, colour in ((["会议时间", "会议地点", "主持人", "记录人"], printed, (0, 0, 0)),
                                (values, hand, (20, 30, 100))):
        for i, cell in enumerate(cells):
            x = 100 + 260 * i
            draw.rectangle([x, y, x + 260, y + 78], outline=(0, 0, 0), width=2)
            left = x + (260 - draw.textlength(cell, font=font)) / 2 if font is printed else x + 10
            draw.text((left, y + 20), cell, font=font, fill=colour)
        y += 78
    height = 30 + 48 * len(agenda)
    draw.rectangle([100, y, 360, y + height], outline=(0, 0, 0), width=2)
    draw.rectangle([360, y, 1140, y + height], outline=(0, 0, 0), width=2)
    draw.text((170, y + height / 2 - 18), "会议议题", font=printed, fill=(0, 0, 0))
    for i, line in enumerate(agenda):
        draw.text((372, y + 14 + 48 * i), line, font=hand, fill=(20, 30, 100))
    return _snapshot(page, path, tilt)


def test_a_form_photographed_askew_whose_values_ocr_ran_together(tmp_path):
    """The row of labels slants (a degree or two is left after the page is made level: a row a page wide breaks
    into several visual lines), a weekday after the day brings the day's cell up to the place's (read as one:
    5月8日（星期一）二楼会议室); the day has no year, the title gives it."""
    agenda = ["1.学习《专利法》第四次修正有关条款", "2.研究知识产权质押融资工作"]
    for tilt in (6.0, 10.0):
        path = _labels_over_values(tmp_path / f"记录{tilt}.jpg", "2023年第8次局务会议记录",
                                   ["5月8日（星期一）", "二楼会议室", "陈立新", "吴芳"], agenda, tilt)
        assert [(m["date"], m["chair"], m["topics"]) for m in file_facts(path)["meetings"]] == [
            ("2023-05-08", "陈立新", ["学习《专利法》第四次修正有关条款", "研究知识产权质押融资工作"])]


def test_values_a_row_of_labels_holds_read_run_together():
    """OCR's reading of a row of values with a gap lost: a day (its weekday and time of day too) run into the
    place, a chair's name into the recorder's; each label still takes its own value."""
    for row, expected in (("2023年5月8日上午9:30三楼会议室\t陈立新\t吴芳", ["2023年5月8日上午9:30", "三楼会议室"]),
                          ("2023.5.8\t三楼会议室\t陈立新吴芳", ["2023.5.8", "三楼会议室"])):
        lines = _labels_over(["会议记录", "会议时间\t会议地点\t主持人\t记录人", row])
        assert lines[1:] == [f"会议时间：{expected[0]}", f"会议地点：{expected[1]}", "主持人：陈立新", "记录人：吴芳"]
    # a name that cannot be cut one way only stays as read (no label takes it): no pairing made up
    assert _labels_over(["会议时间\t会议地点\t主持人\t记录人", "2023.5.8\t三楼会议室\t陈立新王"])[0] == \
        "会议时间\t会议地点\t主持人\t记录人"


def test_a_day_labelled_without_its_year_takes_the_years_the_file_gives():
    """时间：5月8日（星期一）上午 — the year from the issue date below (the year before where the day would come after
    it: a December meeting whose minutes were issued in January), or from a year the title names; the chair's
    label further down the form, after a long list of those present."""
    body = ["地点：局三楼会议室",
            "参会人员：局领导班子成员，办公室、法规科、知识产权科、执法大队、消费者权益保护科、信用监管科、各市场监管所"
            "主要负责同志及联络员", "主持人：局长　孙志平", "议题：", "一、听取商标侵权案件查办情况汇报",
            "二、研究宣传周活动安排"]
    office = "县市场监督管理局办公室"
    cases = ((["局务会议纪要", "时间：5月8日（星期一）上午", *body, office, "2023年5月10日"], "2023-05-08"),
             (["局务会议纪要", "时间：12月28日下午", *body, office, "2024年1月3日"], "2023-12-28"),
             (["2023年第十二次局务会议纪要", "会议时间：6月2日", *body], "2023-06-02"))
    for lines, day in cases:
        assert [(m["date"], m["chair"]) for m in _ocr_minutes(lines, lines[0])] == [(day, "孙志平")]


def test_a_prose_chair_after_a_comma_ocr_lost_at_the_end_of_a_line():
    """「…联席会议在区政府三楼会议室召开⏎区政府副区长林志勇同志主持会议。」: the phrase before 主持 run on from the
    meeting's name names no one; the one starting later does."""
    lines = ["知识产权保护工作联席会议纪要", "2023年5月8日下午，区知识产权保护工作联席会议在区政府三楼会议室召开",
             "区政府副区长林志勇同志主持会议。会议听取了区市场监管局关于知识产权保护工作",
             "进展情况的汇报，研究了快速维权中心建设有关事项。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, lines[0])] == [
        ("2023-05-08", "林志勇",
         ["听取区市场监管局关于知识产权保护工作进展情况的汇报", "研究快速维权中心建设有关事项"])]


def test_what_the_meeting_did_told_a_sentence_each():
    """「会议听取了…。会议审议了…。会议还研究了…。」: every sentence saying what the meeting did is a topic."""
    lines = ["县知识产权局主任办公会议纪要", "2023年5月8日上午，主任张志强主持召开主任办公会议。会议听取了执法科关于",
             "专利侵权纠纷案件办理情况的汇报。会议审议了《知识产权执法工作要点》。会议还研究了",
             "知识产权宣传周活动安排。", "会议要求，各科室要抓好落实。"]
    assert _ocr_minutes(lines, lines[0])[0]["topics"] == [
        "听取执法科关于专利侵权纠纷案件办理情况的汇报", "审议《知识产权执法工作要点》", "研究知识产权宣传周活动安排"]


def test_an_item_wrapped_in_a_narrow_cell_closes_at_its_own_stop():
    """A form's 议题 cell narrower than the page: an item wraps well short of the margin; items closed by ；/。 show
    where each ends, so the line after an unclosed one goes on with it."""
    lines = ["会议记录", "时间\t2023年5月8日上午\t地点\t局三楼会议室", "主持人\t王建国\t记录人\t李丽",
             "一是传达省局知识产权工作会议精神；", "议题\t二是研究部署专利侵权纠纷", "行政裁决工作。",
             "会议内容\t王建国：要抓好落实。"]
    assert _ocr_minutes(lines, "会议记录")[0]["topics"] == ["传达省局知识产权工作会议精神",
                                                          "研究部署专利侵权纠纷行政裁决工作"]
    closed = ["会议记录", "时间：2023年5月8日", "主持人：王建国", "议题：1.研究专利工作；", "2.研究商标工作；",
              "3.部署检查工作。", "与会人员进行了讨论。"]
    assert _ocr_minutes(closed, "会议记录")[0]["topics"] == ["研究专利工作", "研究商标工作", "部署检查工作"]


def test_a_ledger_of_meetings_under_a_group_label():
    """A two-row header (会议情况 over 会议时间 | 主持人 | 会议议题): tables.py names each column group + leaf; the
    columns are still found by their own labels."""
    table = {"header": ["序号", "会议情况会议时间", "会议情况主持人", "会议情况主要议题", "备注"],
             "rows": [["1", "2023年3月2日", "陈静", "1.审议年度工作要点2.部署宣传周活动", ""]]}
    assert [(m["date"], m["chair"], m["topics"]) for m in table_meetings([table])] == [
        ("2023-03-02", "陈静", ["审议年度工作要点", "部署宣传周活动"])]


def test_names_run_into_their_units_are_cut_as_before():
    """(The cut of a name cell run into its unit, now in a function of its own: behaviour kept.)"""
    table = {"header": ["序号", "姓名单位", "签到"],
             "rows": [["1", "王建国县市场监管局", ""], ["2", "李昌国县商务局", ""], ["3", "张伟", ""]]}
    found = attendance([Page(1, "参会人员签到表", ocr=True)], "参会人员签到表", [table])
    assert found == {"count": 3, "names": ["王建国", "李昌国", "张伟"]}


def test_items_above_a_tall_cells_label_wrapped_in_their_cell():
    """A form's 会议议题 cell: OCR reads its label on the last item's line, the items above it each wrapped onto a
    second line of the narrow cell (（一）通报…知识产权 ⏎ 保护工作情况)."""
    lines = ["区联席会议记录", "时间\t2023年5月8日\t地点\t区政府303室", "主持人\t潘晓明\t记录人\t高静",
             "出席人员\t各成员单位分管负责同志", "（一）通报2023年一季度知识产权", "保护工作情况",
             "（二）审议《区知识产权纠纷调解", "工作规则》", "会议议题（三）部署打击侵权假冒专项行动",
             "会议决定\t会议原则通过工作规则。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, lines[0])] == [
        ("2023-05-08", "潘晓明", ["通报2023年一季度知识产权保护工作情况", "审议《区知识产权纠纷调解工作规则》",
                                  "部署打击侵权假冒专项行动"])]


def test_an_items_lost_mark_before_a_year():
    """「一关于2023年…」: OCR lost the 、 of the first item, whose heading goes on with a year; the second shows it."""
    lines = ["青山县市场监督管理局会议纪要", "2023年5月8日下午，县市场监管局召开局长办公会议，局长钱",
             "国强主持会议。会议研究了以下事项：", "一关于2023年知识产权执法“铁拳”行动方案",
             "会议原则同意该方案，由执法大队组织实施。", "二、关于地理标志产品保护示范区创建工作",
             "会议要求知识产权股抓紧完善申报材料。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, lines[0])] == [
        ("钱国强", ["关于2023年知识产权执法“铁拳”行动方案", "关于地理标志产品保护示范区创建工作"])]


def test_a_form_whose_rows_slant_a_little_is_read_along_its_rows():
    """OCR boxes of a photographed form slanting by 2° (too little for the page to be made level, enough to break
    a row of cells a page wide into several visual lines: 会议时间 ⏎ 会议地点 ⏎ 主持人 记录人): the rows are read
    along the slant the row of labels shows."""
    from ipdocs.extract.text import lines_from_boxes

    slope = -0.035  # rising to the right

    def box(x: float, y: float, text: str) -> tuple:
        width = 34 * len(text)
        return (x, y + slope * (x + width / 2) - 19, x + width, y + slope * (x + width / 2) + 19, text)

    cells = [(["会议时间", "会议地点", "主持人", "记录人"], 400),
             (["2023年5月8日", "二楼会议室", "陈立新", "吴芳"], 480)]
    boxes = [box(200 + 260 * i, y, text) for row, y in cells for i, text in enumerate(row)]
    boxes += [box(200, 200, "局务会议记录"), box(460, 560, "1.学习《专利法》有关条款"), box(200, 600, "会议议题"),
              box(460, 620, "2.研究知识产权质押融资工作")]
    text = "\n".join(line.text for line in lines_from_boxes(boxes, 1400, em_size=True))
    assert "会议时间\t会议地点\t主持人\t记录人" not in text  # (as read: the row broken)
    page = Page(1, text, ocr=True, boxes=boxes, width=1400)
    assert [(m["date"], m["chair"]) for m in meetings([page], "局务会议记录", [], [page])] == [
        ("2023-05-08", "陈立新")]


def test_prose_minutes_in_other_wordings():
    """「…在副县长王海涛的主持下召开」 (the chair before 的主持下); a heading OCR read 记要 for 纪要, or cut off by
    the photo's edge (the body's 「…主持召开…。现将会议议定事项纪要如下：」 says what it is); 「召开…会议，听取了…，
    研究了…」 whose 了 is the sentence's."""
    did = "会议听取了县市场监管局关于知识产权保护工作情况的汇报，研究部署了下一步工作。"
    lines = ["专题会议纪要", "2023年5月8日，县知识产权保护工作专题会议在副县长王海涛的主持下召开。" + did]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [
        ("王海涛", ["听取县市场监管局关于知识产权保护工作情况的汇报", "研究部署下一步工作"])]
    body = ["5月8日上午，局长孙志平主持召开局务会议，研究知识产权保护工作。现将会议议定事项纪要如下：",
            "一、成立知识产权保护工作专班。", "二、制定迎检工作方案。", "县市场监督管理局办公室", "2023年5月9日"]
    for head in (["县市场监管局局务会议记要"], []):
        assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(head + body, "")] == [
            ("2023-05-08", "孙志平", ["成立知识产权保护工作专班", "制定迎检工作方案"])]
    prose = ["局务会议纪要",
             "2023年5月8日，刘晓东局长主持召开局务会议，听取了知识产权股工作汇报，研究了宣传周活动方案。"]
    assert _ocr_minutes(prose, "")[0]["topics"] == ["听取知识产权股工作汇报", "研究宣传周活动方案"]


def test_a_form_read_as_a_table_of_one_meeting_gives_way_to_its_minutes():
    """A 会议记录 form whose label row and value row were read as a table (会议时间 | 会议地点 | 主持人 ⏎ 5月8日 | …):
    the table says less (no year, no agenda) than the form's text, which is read instead; a ledger listing
    meetings one per row is still read as a table."""
    text = ("2023年第8次局务会议记录\n会议时间\t会议地点\t主持人\t记录人\n5月8日（星期一）\t二楼会议室\t陈立新\t吴芳\n"
            "会议议题\t1.学习《专利法》有关条款\n2.研究知识产权质押融资工作")
    form = {"header": ["会议时间", "会议地点", "主持人", "记录人"],
            "rows": [["5月8日（星期一）", "二楼会议室", "陈立新", "吴芳"],
                     ["会议议题", "1.学习《专利法》有关条款", "", ""]]}
    assert [(m["date"], m["chair"], m["topics"]) for m in meetings([Page(1, text, ocr=True)], "", [form])] == [
        ("2023-05-08", "陈立新", ["学习《专利法》有关条款", "研究知识产权质押融资工作"])]
    ledger = {"header": ["序号", "会议时间", "主持人", "会议议题"],
              "rows": [["1", "2023年3月2日", "陈静", "审议年度工作要点"],
                       ["2", "2023年7月11日", "黄敏", "研究纠纷化解机制"]]}
    lines = "会议记录台账\n" + "\n".join("\t".join(r) for r in [ledger["header"], *ledger["rows"]])
    assert [(m["date"], m["chair"]) for m in meetings([Page(1, lines)], "会议记录台账", [ledger])] == [
        ("2023-03-02", "陈静"), ("2023-07-11", "黄敏")]


def test_yi_shi_items_run_together_and_a_facing_pages_list_beside_them():
    """议题：一是…二是…三是… with nothing between the items; the facing page's line beside an item ending in 、
    (a list of addressees cut by the page's edge)."""
    lines = ["会议纪要", "时间：2023年5月8日", "主持人：王海涛",
             "议题：一是传达学习全省知识产权工作会议精神二是研究部署知识产权强县建设工作三是审议工作规则"]
    assert _ocr_minutes(lines, "")[0]["topics"] == ["传达学习全省知识产权工作会议精神", "研究部署知识产权强县建设工作",
                                                    "审议工作规则"]
    lines = ["会议纪要", "时间：2023年5月8日", "主持人：王海涛", "议题：",
             "1.通报一季度知识产权保护工作情况；\t各乡镇人民政府、",
             "2.研究知识产权纠纷调解工作机制。\t县直各有关单位："]
    assert _ocr_minutes(lines, "")[0]["topics"] == ["通报一季度知识产权保护工作情况", "研究知识产权纠纷调解工作机制"]


def _spread(path: Path) -> Path:
    """An open record book photographed: the left page holds the heading, the fields and the agenda, the right
    page what was said and the recorder; the two pages lie at different slants, their lines at other heights."""
    pages = []
    left = ["区知识产权局联席会议", "日期：2023年11月6日上午", "地点：区政府二楼会议室", "主持人：周丽萍",
            "参会：方敏 陆海 蒋涛 邓华", "会议议题：", "1.专利侵权纠纷行政裁决情况", "2.商标品牌指导站建设",
            "3.年度考核迎检准备"]
    for lines, size, gap in ((left, 34, 64),
                             (["周丽萍：裁决案件要依法限时办结，", "按季度通报进度。", "方敏：指导站已建成三个，",
                               "年底前再建两个。", "陆海：考核材料月底前报送。", "记录人：邓华"], 32, 82)):
        page = Image.new("RGB", (900, 1200), (246, 240, 222))
        draw = ImageDraw.Draw(page)
        for i in range(13):
            draw.line([(40, 150 + gap * i), (860, 150 + gap * i)], fill=(170, 190, 215), width=2)
        hand = ImageFont.truetype(UKAI, size)
        for i, line in enumerate(lines):
            draw.text((90, 150 + gap * i - size - 6), line, font=hand, fill=(25, 35, 110))
        pages.append(page)
    desk = Image.new("RGB", (2100, 1500), (96, 82, 70))
    desk.paste(pages[0].rotate(2.5, expand=True, fillcolor=(96, 82, 70)), (90, 110))
    desk.paste(pages[1].rotate(-1.5, expand=True, fillcolor=(96, 82, 70)), (1060, 140))
    desk.filter(ImageFilter.GaussianBlur(1.0)).save(path, quality=60)
    return path


def test_an_open_record_book_is_read_a_page_at_a_time(tmp_path):
    """Two pages side by side whose lines OCR would interleave (the right page's 记录人 between the agenda's items):
    each page read on its own, the left first."""
    found = file_facts(_spread(tmp_path / "记录本.jpg"))["meetings"]
    assert [(m["date"], m["chair"], m["topics"]) for m in found] == [
        ("2023-11-06", "周丽萍", ["专利侵权纠纷行政裁决情况", "商标品牌指导站建设", "年度考核迎检准备"])]
