"""Minutes and sign-in sheets as offices write and photograph them (issue 15, stop 26, task N): an agenda followed by
the body's own numbered paragraphs, a form's 会议内容 label centred beside its second item with what people said in
between, two pages photographed side by side, several labels on one line, a prose agenda whose full stop OCR lost;
a sign-in sheet with printed names signed against, and one printed two-up whose right half's 姓名 and 单位 columns
OCR ran together. Each case is a file or OCR text made for it; the expected values are the planted ones."""

from pathlib import Path

import docx
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from test_meetings_photos import _ocr_minutes, _perspective

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import attendance
from ipdocs.extract.text import Page

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"  # a hand's regular script, for what is written in by hand
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

TOPICS = ["传达学习全国知识产权保护工作电视电话会议精神", "研究知识产权维权援助工作站建设事项"]
BODY = ["一、5月以来，全县共检查市场主体315户次，立案查处商标侵权案件12件，两镇的专项检查已经完成。",
        "二、活动时间为2023年9月10日至20日，各单位要明确一名联络员。", "三、各单位要压实工作责任，确保按时完成。"]


def _photographed(page: Image.Image, path: Path) -> Path:
    """A page on a desk photographed by a phone: at an angle, curled (columns bowed down in the middle), turned 2°,
    a shadow over one corner, blurred, a low-quality JPEG."""
    w, h = page.size
    desk = Image.new("RGB", (w + 160, h + 160), (120, 110, 100))
    desk.paste(page, (80, 80))
    w, h = desk.size
    seen = desk.transform((w, h), Image.Transform.PERSPECTIVE,
                          _perspective([(-30, -20), (w + 20, 10), (w - 10, h + 10), (10, h + 30)], (w, h)),
                          Image.Resampling.BICUBIC, fillcolor=(120, 110, 100))
    columns = np.asarray(seen).copy()
    for x in range(w):
        columns[:, x] = np.roll(columns[:, x], int(14 * np.sin(np.pi * x / w) ** 2), axis=0)
    turned = Image.fromarray(columns).rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100))
    shade = Image.linear_gradient("L").rotate(45).resize((w, h)).point(lambda v: 255 - v // 3)
    Image.composite(turned, Image.new("RGB", (w, h), (80, 75, 70)), shade).filter(
        ImageFilter.GaussianBlur(1.0)).save(path, quality=55)
    return path


def test_the_bodys_own_numbered_paragraphs_after_the_agenda_are_no_topics(tmp_path):
    """会议议程：1.… 2.… then the minutes' body numbered 一、二、三、 (or 1. again): the agenda ends where a numbering
    starts over; sub-points numbered under an item (（1） （2）) with the agenda going on below them do not end it."""
    for mark in (lambda i: f"{i + 1}.", lambda i: f"{'一二'[i]}、", lambda i: f"（{'一二'[i]}）"):
        d = docx.Document()
        for text in ["鹿鸣县知识产权保护工作领导小组2023年第一次全体会议纪要", "时间：2023年9月1日下午",
                     "地点：县政府二楼会议室", "召集人：魏文", "出席：县市场监督管理局、县司法局", "会议议程：",
                     *[mark(i) + t for i, t in enumerate(TOPICS)], *BODY]:
            d.add_paragraph(text)
        d.save(tmp_path / "纪要.docx")
        found = file_facts(tmp_path / "纪要.docx")["meetings"]
        assert [(m["date"], m["chair"], m["topics"]) for m in found] == [("2023-09-01", "魏文", TOPICS)]
    restart = ["会议纪要", "时间：2023年9月1日", "主持人：魏文", "议题：", "1.审议工作要点", "2.研究宣传周活动",
               "1.会议要求，各单位抓好落实。"]
    assert _ocr_minutes(restart, "")[0]["topics"] == ["审议工作要点", "研究宣传周活动"]
    sub = ["会议纪要", "时间：2023年9月1日", "主持人：魏文", "议题：", "一、审议工作要点", "（1）执法检查部分",
           "（2）宣传培训部分", "二、研究宣传周活动"]
    assert _ocr_minutes(sub, "")[0]["topics"] == ["审议工作要点", "研究宣传周活动"]


def _form(path: Path, rows: list[list[tuple[str, str]]]) -> Path:
    """A 会议记录 form filled in by hand: label cells printed, values written in; a one-pair row spans the width;
    each value's lines centred on its row, so a tall cell's label stands beside its middle line."""
    widths = (200, 380, 200, 380)
    page = Image.new("RGB", (sum(widths) + 160, 1700), "white")
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF_BOLD, 52, index=2)
    draw.text(((page.width - draw.textlength("会议记录", font=big)) / 2, 80), "会议记录", font=big, fill=(20, 20, 20))
    label_font, hand = ImageFont.truetype(SANS, 32, index=2), ImageFont.truetype(UKAI, 34)
    y = 200
    for row in rows:
        height = 30 + 52 * max(len(v.split("\n")) for _, v in row)
        x = 80
        spans = [(widths[0], sum(widths[1:]))] if len(row) == 1 else [(widths[0], widths[1]), (widths[2], widths[3])]
        for (label, value), (lw, vw) in zip(row, spans, strict=True):
            draw.rectangle([x, y, x + lw, y + height], outline=(0, 0, 0), width=2)
            draw.text((x + 12, y + height / 2 - 18), label, font=label_font, fill=(0, 0, 0))
            draw.rectangle([x + lw, y, x + lw + vw, y + height], outline=(0, 0, 0), width=2)
            for i, line in enumerate(value.split("\n")):
                draw.text((x + lw + 14, y + 16 + 52 * i), line, font=hand, fill=(20, 30, 90))
            x += lw + vw
        y += height
    return _photographed(page.crop((0, 0, page.width, y + 120)), path)


def test_a_photographed_form_whose_content_label_stands_beside_its_second_item(tmp_path):
    """会议内容's tall cell: OCR reads its label on the line of the middle item (二、…), the first item and what the
    chair said about it (张建华：…, a speaker, not a field) above it."""
    path = _form(tmp_path / "会议记录.jpg", [
        [("时  间", "2023.6.12 上午"), ("地  点", "三楼会议室")], [("主持人", "张建华"), ("记录人", "李敏")],
        [("参会人员", "班子成员、各股室负责人")],
        [("会议内容", "一、通报知识产权宣传周方案\n    张建华：各股室要按方案分工落实。\n二、研究迎检材料分工\n"
                      "    会议明确由办公室牵头整理。")]])
    assert [(m["date"], m["chair"], m["topics"]) for m in file_facts(path)["meetings"]] == [
        ("2023-06-12", "张建华", ["通报知识产权宣传周方案", "研究迎检材料分工"])]
    spoken = ["会议记录", "时间：2023年5月16日", "主持人：王立新", "会议内容：", "一、传达上级会议精神",
              "王立新：要认真学习。", "二、研究宣传周活动", "李敏：方案已起草。", "三、部署迎检工作"]
    assert _ocr_minutes(spoken, "")[0]["topics"] == ["传达上级会议精神", "研究宣传周活动", "部署迎检工作"]


def test_two_pages_photographed_side_by_side(tmp_path):
    """The left page's minutes, the right page's closing paragraph and signature read on the same lines: the
    heading, the agenda label (its items below) and the items keep to the left page."""
    page = Image.new("RGB", (2300, 1000), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(UMING, 32)
    left = ["          县知识产权联席会议纪要", "会议时间：2023年6月12日上午", "会议地点：县政府三楼会议室",
            "主持人：副县长王立新", "参会单位：县市场监管局、县公安局", "会议议题：",
            "一、通报上半年侵权假冒案件查处情况", "二、研究部署知识产权宣传周活动", "会议要求，各单位要精心组织。"]
    right = ["作，确保各项任务落到实处。会议强调，要", "加强协作配合，形成工作合力。",
             "    三、关于经费保障。会议同意由县财政", "局统筹安排专项经费，保障工作开展。", "",
             "          县知识产权联席会议办公室", "              2023年6月14日"]
    for column, lines in ((90, left), (1230, right)):
        for i, line in enumerate(lines):
            draw.text((column, 100 + 58 * i), line, font=font, fill=(30, 30, 30))
    draw.line([(1170, 0), (1170, 1000)], fill=(160, 160, 160), width=6)
    found = file_facts(_photographed(page, tmp_path / "纪要.jpg"))["meetings"]
    assert [(m["date"], m["title"], m["chair"], m["topics"]) for m in found] == [
        ("2023-06-12", "县知识产权联席会议纪要", "王立新",
         ["通报上半年侵权假冒案件查处情况", "研究部署知识产权宣传周活动"])]


def test_labels_written_the_ways_a_record_book_writes_them():
    """Several fields on one line (时间：… 地点：… 主持人：…), 主持领导, 讨论事项 as the agenda's label."""
    one_line = ["会议记录", "时间：2023年5月16日上午  地点：三楼会议室  主持人：王立新",
                "议题：1.宣传周活动方案 2.迎检材料分工"]
    assert [(m["date"], m["chair"]) for m in _ocr_minutes(one_line, "")] == [("2023-05-16", "王立新")]
    leader = ["会议记录", "时间：2023年5月16日", "主持领导：王立新", "议题：1.宣传周活动方案 2.迎检材料分工"]
    assert _ocr_minutes(leader, "")[0]["chair"] == "王立新"
    discussed = ["局务会议记录", "时间：2023年5月16日", "主持：王立新", "讨论事项：1.宣传周活动方案；2.迎检材料分工。"]
    assert _ocr_minutes(discussed, "")[0]["topics"] == ["宣传周活动方案", "迎检材料分工"]


def test_a_prose_agenda_whose_full_stop_ocr_lost_before_the_resolutions():
    """「…审议了《…》」 with its 。 lost at the line's end, then 「现将会议议定事项纪要如下：」 and the meeting's
    statements (一、会议认为… 二、会议要求…): the topics are what the prose says the meeting did; the heading wrapped
    after its first line is the file's title."""
    lines = ["县知识产权保护工作领导小组", "第二次全体会议纪要", "5月16日下午，县知识产权保护工作领导小组在县政府",
             "三楼会议室召开第二次全体会议，会议由县人民政府副", "县长王立新主持。会议听取了县市场监管局关于上半年",
             "知识产权保护工作情况的汇报，研究部署了知识产权宣", "传周活动，审议了《县知识产权纠纷调解工作办法》",
             "现将会议议定事项纪要如下:", "一、会议认为，上半年工作成效明显。", "二、会议要求，各单位要精心组织。",
             "县知识产权保护工作领导小组办公室", "2023年5月18日"]
    found = _ocr_minutes(lines, "县知识产权保护工作领导小组第二次全体会议纪要")
    assert [(m["date"], m["title"], m["chair"], m["topics"]) for m in found] == [
        ("2023-05-16", "县知识产权保护工作领导小组第二次全体会议纪要", "王立新",
         ["听取县市场监管局关于上半年知识产权保护工作情况的汇报", "研究部署知识产权宣传周活动",
          "审议《县知识产权纠纷调解工作办法》"])]


NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周敏", "吴强", "徐涛", "孙悦", "马超",
         "朱琳", "胡军", "郭鹏", "林峰"]
UNITS = ["县市场监管局", "县公安局", "县司法局", "县农业农村局", "县文广旅局", "县商务局"]


def _sheet(path: Path, header: list[str], rows: list[list[str]], widths: list[int], hand: tuple[int, ...],
           foot: str) -> Path:
    """A printed sign-in sheet photographed: columns `hand` written in by hand, a count line under the table."""
    page = Image.new("RGB", (sum(widths) + 160, 260 + 64 * (len(rows) + 1) + 200), "white")
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF_BOLD, 48, index=2)
    title = "会议签到表"
    draw.text(((page.width - draw.textlength(title, font=big)) / 2, 60), title, font=big, fill=(20, 20, 20))
    printed, written = ImageFont.truetype(SANS, 30, index=2), ImageFont.truetype(UKAI, 36)
    y = 150
    for r, row in enumerate([header, *rows]):
        x = 80
        for c, (cell, width) in enumerate(zip(row, widths, strict=True)):
            draw.rectangle([x, y, x + width, y + 64], outline=(0, 0, 0), width=2)
            font = written if r and c in hand else printed
            draw.text((x + (width - draw.textlength(cell, font=font)) / 2, y + 14), cell, font=font,
                      fill=(20, 30, 100) if r and c in hand else (10, 10, 10))
            x += width
        y += 64
    draw.text((80, y + 30), foot, font=ImageFont.truetype(UMING, 30), fill=(20, 20, 20))
    return _photographed(page, path)


def test_printed_names_signed_against_count_those_who_signed(tmp_path):
    """姓名 printed for all 12 invited, 签名 written by 11 of them (the sheet says 实到11人): those who signed came."""
    rows = [[str(i + 1), NAMES[i], UNITS[i % 6], f"1380000{1000 + i}", NAMES[i] if i < 11 else ""] for i in range(12)]
    path = _sheet(tmp_path / "签到表.jpg", ["序号", "姓名", "单位", "联系电话", "签名"], rows, [80, 140, 240, 230, 150],
                  (4,), "应到12人，实到11人")
    assert file_facts(path)["attendance"] == {"count": 11, "names": NAMES[:11]}
    table = {"pages": [1], "header": ["序号", "姓名", "签名"], "rows": [[str(i + 1), n, n if i < 3 else ""]
                                                                   for i, n in enumerate(NAMES[:5])]}
    # (no count written: who signed; 应到 is who was asked; a 实到 that agrees with the printed list keeps it)
    for line, count in (("实到人数：3", 3), ("", 3), ("应到人数：5人", 3), ("实到人数：5", 5)):
        assert attendance([Page(1, f"签到表\n{line}", ocr=True)], "签到表", [table])["count"] == count


def test_a_two_up_sheet_whose_name_and_unit_columns_ocr_ran_together(tmp_path):
    """序号 姓名 单位 | 序号 姓名 单位, the right half's 姓名 and 单位 read as one column (姓名单位: 徐涛县文广旅局):
    the name is cut off where the rest is a unit the table shows; blank numbered rows are not attendees."""
    half = lambda i: [str(i + 1), NAMES[i] if i < 17 else "", UNITS[i % 6] if i < 17 else ""]  # noqa: E731
    rows = [half(i) + half(i + 10) for i in range(10)]
    path = _sheet(tmp_path / "签到表.jpg", ["序号", "姓名", "单位"] * 2, rows, [80, 150, 240] * 2, (1, 4),
                  "应到20人    实到17人")
    assert file_facts(path)["attendance"] == {"count": 17, "names": NAMES}
    merged = {"pages": [1], "header": ["序号", "姓名", "单位", "序号", "姓名单位"],
              "rows": [["1", "王建国", "县司法局", "3", "张伟县司法局"],
                       ["2", "李秀英", "县公安局", "4", "欧阳晓明县公安局"]]}
    found = attendance([Page(1, "签到表", ocr=True)], "签到表", [merged])
    assert found == {"count": 4, "names": ["王建国", "李秀英", "张伟", "欧阳晓明"]}


def test_a_sheet_whose_name_column_ocr_ran_into_the_printed_units(tmp_path):
    """Units printed on every row, names written on some (单位 | 姓名 read as one column 单位姓名 on the photo: 县公安局
    李秀英): the names are cut off the units; a row with its unit alone is a row nobody signed."""
    page_rows = [[str(i + 1), UNITS[i % 6], NAMES[i] if i < 10 else "", "科员" if i < 10 else ""] for i in range(13)]
    path = _sheet(tmp_path / "签到表.jpg", ["序号", "单位", "姓名", "职务"], page_rows, [90, 300, 200, 160], (2,), "")
    assert file_facts(path)["attendance"] == {"count": 10, "names": NAMES[:10]}
    merged = {"pages": [1], "header": ["序号", "单位姓名", "职务"],
              "rows": [["1", "县公安局李秀英", "科员"], ["2", "县司法局", ""], ["3", "县商务局欧阳晓明", "科员"]]}
    found = attendance([Page(1, "签到表", ocr=True)], "签到表", [merged])
    assert found == {"count": 2, "names": ["李秀英", "欧阳晓明"]}


def test_a_sign_in_table_whose_header_row_was_lost():
    """No header cell names a column of names (OCR lost the header row; the first row of records stands in for it):
    the column whose cells are names gives the attendees, the first row's name among them; a table with no such
    column gives none."""
    lost = {"pages": [1], "header": ["1", "王建国", "县市场监管局", "13800001000"],
            "rows": [["2", "李秀英", "县公安局", "13800001001"], ["3", "张伟", "县司法局", ""], ["4", "", "", ""],
                     ["5", "刘洋", "县文广旅局", ""]]}
    found = attendance([Page(1, "会议签到表", ocr=True)], "会议签到表", [lost])
    assert found == {"count": 4, "names": ["王建国", "李秀英", "张伟", "刘洋"]}
    units = {"pages": [1], "header": ["1", "县公安局", "科员"], "rows": [["2", "县司法局", "股长"]]}
    assert attendance([Page(1, "会议签到表", ocr=True)], "会议签到表", [units]) is None
