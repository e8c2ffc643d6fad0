"""Minutes and sign-in sheets as offices fill in and photograph them (issue 15, stop 27, task N): a 会议记录 form whose
labels stand in a row of their own with the values in the row below, or read a line above them (a hand writes high
in its cell); middle dots OCR read for an item's 、 or a sentence's 。; a sign-in sheet whose name and unit columns
ran together. Each case is a file or OCR text made for it; the expected values are the planted ones."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from test_meetings_photos import _ocr_minutes
from test_meetings_s26 import _photographed

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import attendance
from ipdocs.extract.text import Page

UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"  # a hand's regular script, for what is written in by hand
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

TOPICS = ["传达学习省局知识产权保护工作会议精神", "研究部署商标侵权专项整治行动"]


def _label_row_form(path: Path) -> Path:
    """A 会议记录 form: a row of labels (会议时间 | 会议地点 | 主持人 | 记录人) over a row of values written by hand,
    then label | value rows (参加人员, 会议议题, 会议内容)."""
    widths = [260, 300, 230, 230]
    page = Image.new("RGB", (sum(widths) + 200, 1300), "white")
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF_BOLD, 50, index=2)
    title = "东湖区市场监督管理局会议记录"
    draw.text(((page.width - draw.textlength(title, font=big)) / 2, 80), title, font=big, fill=(20, 20, 20))
    printed, hand = ImageFont.truetype(SANS, 30, index=2), ImageFont.truetype(UKAI, 34)
    y = 200
    for cells, written in ((["会议时间", "会议地点", "主持人", "记录人"], False),
                           (["2023年4月18日", "三楼会议室", "郑国平", "吴海燕"], True)):
        x = 100
        for cell, width in zip(cells, widths, strict=True):
            draw.rectangle([x, y, x + width, y + 80], outline=(0, 0, 0), width=2)
            font = hand if written else printed
            draw.text((x + (width - draw.textlength(cell, font=font)) / 2, y + 22), cell, font=font,
                      fill=(20, 30, 100) if written else (0, 0, 0))
            x += width
        y += 80
    for label, lines in (("参加人员", ["各股室负责人、各市场监管所所长"]),
                         ("会议议题", [f"{i + 1}.{t}" for i, t in enumerate(TOPICS)]),
                         ("会议内容", ["郑国平：各股室要按照方案分工落实。", "吴海燕：宣传材料已准备完毕。"])):
        height = 30 + 56 * len(lines)
        draw.rectangle([100, y, 360, y + height], outline=(0, 0, 0), width=2)
        draw.rectangle([360, y, 100 + sum(widths), y + height], outline=(0, 0, 0), width=2)
        draw.text((140, y + height / 2 - 18), label, font=printed, fill=(0, 0, 0))
        for i, line in enumerate(lines):
            draw.text((380, y + 16 + 56 * i), line, font=hand, fill=(20, 30, 100))
        y += height
    return _photographed(page.crop((0, 0, page.width, y + 120)), path)


def test_a_form_whose_labels_stand_in_a_row_above_their_values(tmp_path):
    """会议时间 | 会议地点 | 主持人 | 记录人 over the row of their values: each label takes the value under it (the
    chair is 郑国平, not the next label 记录人)."""
    found = file_facts(_label_row_form(tmp_path / "会议记录.jpg"))["meetings"]
    assert [(m["date"], m["chair"], m["topics"]) for m in found] == [("2023-04-18", "郑国平", TOPICS)]


def test_values_written_high_in_their_cells_read_a_line_above_their_labels():
    """A photographed form whose handwritten values OCR read on the line above their labels (2023年6月12日 | 三楼 ⏎
    时间 | 地点 ⏎ 张建华 | 李敏 ⏎ 主持人 | 记录人): a label takes the row whose values fit it (a day for 时间, a
    person for 主持人), above before below; a label with nothing that fits takes nothing."""
    lines = ["会议记录", "2023年6月12日上午\t三楼会议室", "时间\t地点", "张建华\t李敏", "主持人\t记录人",
             "班子成员、各股室负责人", "参加人员", "1.传达学习省局知识产权保护工作会议精神",
             "议题\t2.研究部署商标侵权专项整治行动", "张建华：各股室要按方案分工落实。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "会议记录")] == [
        ("2023-06-12", "张建华", TOPICS)]
    below = ["会议记录", "时间\t地点\t主持人\t记录人", "2023年6月12日\t三楼会议室\t张建华\t李敏", "议题：",
             *[f"{i + 1}.{t}" for i, t in enumerate(TOPICS)]]
    assert [(m["date"], m["chair"]) for m in _ocr_minutes(below, "会议记录")] == [("2023-06-12", "张建华")]
    blank = ["会议记录", "时间：2023年6月12日", "主持人\t记录人", "议题：",
             *[f"{i + 1}.{t}" for i, t in enumerate(TOPICS)]]
    assert [(m["date"], m["chair"]) for m in _ocr_minutes(blank, "会议记录")] == [("2023-06-12", None)]


def test_middle_dots_ocr_read_for_an_items_mark_and_its_full_stop():
    """A tilted photo: 三、 read as 三·, and the 。 closing an item's heading before the meeting's discussion of it
    (…专项行动·会议明确…) read as ·; a dot inside a title or a name stays (局党组书记·局长 is no stop)."""
    lines = ["局务会议纪要", "8月22日上午，局党组书记·局长冯建华主持召开局务会议，局领导班子成员参加会议。",
             "会议研究了以下事项：", f"一、{TOPICS[0]}·会议要求，全局干部要认真学习领会会议精神。",
             f"二·{TOPICS[1]}·会议明确由执法稽查大队牵头。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [("冯建华", TOPICS)]
    # an Arabic item number's full stop read as a dot in a form's 议题 cell (1·部署…), the next one read right
    form = ["会议记录", "时间\t2023年6月12日上午", "主持人\t张建华", f"1·{TOPICS[0]}", f"议题\t2.{TOPICS[1]}",
            "各组按片区分工，检查结果当天汇总上报。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(form, "会议记录")] == [("张建华", TOPICS)]


NAMES = ["李昌国", "罗燕文", "熊刚", "林德", "尹英庆", "吕少"]
UNITS = ["县商务局", "福源茶业公司", "城关镇", "县法院", "县法院", "青石镇"]


def test_a_name_and_its_unit_run_together_in_one_cell():
    """A photographed sheet whose 姓名 and 单位 columns the table ran together (姓名单位: 吕少青石镇): cut where the
    page's line shows the gap OCR saw (吕少 ⇥ 青石镇); where it shows none (one OCR box), where the rest is a unit
    another row shows (尹英庆县法院: 林德县法院 cuts one way only), starts as a unit starts (李昌国县商务局, not 李昌 |
    国县商务局) or is no two-character unit (熊刚城关镇, not 熊刚城 | 关镇); a cell cut no way surely stays whole."""
    table = {"pages": [1], "header": ["序号", "姓名单位", "职务"],
             "rows": [[str(i + 1), n + u, "科员"] for i, (n, u) in enumerate(zip(NAMES, UNITS, strict=True))]}
    shown = "\n".join(f"{i + 1}\t{n}\t{u}\t科员" for i, (n, u) in enumerate(zip(NAMES, UNITS, strict=True)))
    assert attendance([Page(1, "签到表\n" + shown, ocr=True)], "签到表", [table]) == {"count": 6, "names": NAMES}
    boxed = "\n".join(f"{i + 1}\t{n}{u}\t科员" for i, (n, u) in enumerate(zip(NAMES, UNITS, strict=True)))
    found = attendance([Page(1, "签到表\n" + boxed, ocr=True)], "签到表", [table])
    assert found == {"count": 6, "names": ["李昌国", "罗燕文福源茶业公司", "熊刚", "林德", "尹英庆", "吕少"]}


def test_a_masthead_issue_date_beside_its_office_and_the_day_held_without_its_year():
    """「…领导小组办公室 ⇥ 2023年6月20日」 (issued), then 「6月16日下午，…主持召开…」: the meeting is the day the prose
    says it was held, in the issue date's year; the issue date is no meeting's day though 主持召开 follows within a
    line."""
    lines = ["溪宁县知识产权保护工作领导小组", "会议纪要", "（第2期）",
             "溪宁县知识产权保护工作领导小组办公室\t2023年6月20日",
             "6月16日下午，县委常委、副县长吴海燕同志在县行政中心5楼", "会议室主持召开县知识产权保护工作领导小组会议。",
             "会议审议通过了《溪宁县知识产权保护工作考核办法》。现将会议议定事项纪要如下：",
             "一、会议同意印发考核办法。"]
    assert [(m["date"], m["chair"]) for m in _ocr_minutes(lines, "")] == [("2023-06-16", "吴海燕")]


def test_resolutions_whose_first_number_ocr_lost_leave_the_agenda_the_prose_names():
    """「…审议通过了《…》·现将会议议定事项纪要如下：」 (its 。 read as ·), the resolutions' first 一、 lost by OCR: no
    items under the sentence, so the clauses of what the meeting did are the topics."""
    lines = ["会议纪要", "2023年6月16日下午，副县长吴海燕主持召开领导小组会议·会议听取了县市场监管局关于上半年",
             "工作情况的汇报，研究部署了下半年重点工作，审议通过了《考核办法》·现将会议议定事项纪要如下：",
             "会议指出，今年以来各成员单位密切配合，知识产权保护工作", "取得明显成效·",
             "二、会议要求，各成员单位要对照考核指标，查漏补缺。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [
        ("吴海燕", ["听取县市场监管局关于上半年工作情况的汇报", "研究部署下半年重点工作", "审议通过《考核办法》"])]


def test_unnumbered_items_of_a_tall_agenda_cell_around_its_label():
    """A form's 议题 cell holding its items unnumbered, one a line, its label centred: OCR reads the label on the
    middle item's line, the items before it above (and those after below); the next label's lines end them."""
    three = ["TOPIC0", "议题\tTOPIC1", "TOPIC2", "张建华：各股室要按方案分工落实。", "会议内容\t李敏：材料已准备完毕。"]
    topics = [*TOPICS, "审议《商标品牌培育工作方案》"]
    for lines, expected in ((three, topics), (three[:1] + three[1:2] + three[3:], TOPICS),
                            (["议题\tTOPIC0", "TOPIC1", "会议内容\t李敏：材料已准备完毕。"], TOPICS)):
        text = [ln.replace("TOPIC0", topics[0]).replace("TOPIC1", topics[1]).replace("TOPIC2", topics[2])
                for ln in lines]
        form = ["会议记录", "时间\t2023.6.12\t地点\t三楼会议室", "主持人\t张建华\t记录人\t李敏",
                "参会人员\t班子成员、各股室负责人", *text]
        assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(form, "会议记录")] == [
            ("2023-06-12", "张建华", expected)]
