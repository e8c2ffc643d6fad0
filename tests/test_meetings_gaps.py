"""Minutes and sign-in sheets as held-out material wrote them (issue 15, task N): a convener as the chair, an agenda
numbered on one line (1.…2.… with nothing between), 议题如下： ending its line, a photographed sign-in sheet whose
table lost rows or drew two rows' names into one cell. Each case is a file or OCR text made for it; the expected
values are the planted ones."""

from test_meetings_photos import _ocr_minutes, _photo

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import attendance
from ipdocs.extract.text import Page

TOPICS = ["听取县市场监管局关于知识产权保护工作开展情况的汇报", "研究年度检查考核迎检工作任务分工",
          "审议通过《知识产权纠纷人民调解工作实施方案》"]


def test_a_convener_is_the_chair_where_no_one_is_said_to_preside():
    lines = ["某县知识产权联席会议纪要", "时间：2023年5月18日上午", "地点：县政府二楼会议室",
             "召集人：县政府副县长 孙志强", "议题：", *[f"{i}.{t}" for i, t in enumerate(TOPICS, 1)]]
    assert [(m["date"], m["chair"]) for m in _ocr_minutes(lines, "")] == [("2023-05-18", "孙志强")]
    presided = [*lines[:3], "主持人：局长 周建国", *lines[3:]]  # 主持人 named: the convener is not the chair
    assert _ocr_minutes(presided, "")[0]["chair"] == "周建国"
    nobody = [*lines[:3], "召集人单位：县市场监管局", *lines[4:]]  # (a convening unit is no person)
    assert _ocr_minutes(nobody, "")[0]["chair"] is None


def test_an_agenda_numbered_on_one_line_is_split_at_each_next_number():
    """议题：1.…2.…3.… with only a space between items (lost when the text is normalised), wrapping at the margin;
    a 2 inside an item (2023年) is not a number; 一、…二、… the same."""
    lines = ["某县知识产权联席会议纪要", "会议时间：2023年3月8日", "主持人：副区长毛强玲",
             "议题：1.听取县市场监管局关于知识产权保护工作开展情况的汇报 2.研究年度", "检查考核迎检工作任务分工 "
             "3.审议通过《知识产权纠纷人民调解工作实施方案》", "会议强调，要对照考核指标逐项梳理。"]
    assert _ocr_minutes(lines, "")[0]["topics"] == TOPICS
    cn = ["会议纪要", "时间：2023年3月8日", "主持人：毛强玲", "议题：一、研究2023年工作要点二、部署宣传周活动"]
    assert _ocr_minutes(cn, "")[0]["topics"] == ["研究2023年工作要点", "部署宣传周活动"]


def test_an_agenda_announced_by_its_label_with_items_below():
    lines = ["某县知识产权联席会议纪要", "会议时间：2023年7月2日", "局长白敏敏主持", "会议议题如下：",
             *[f"{'一二三'[i]}、{t}" for i, t in enumerate(TOPICS)], "会议要求，各单位抓好落实。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [("白敏敏", TOPICS)]


def test_photographed_minutes_with_a_convener_and_a_one_line_agenda(tmp_path):
    lines = ["会议时间：2023年10月4日上午", "会议地点：综合楼301会议室", "召集人：副县长贾利军",
             "参会人员：县市场监管局、县公安局分管负责同志",
             "议题：1.研究商标侵权案件线索移送衔接机制 2.审议",
             "通过《知识产权纠纷人民调解工作实施方案》", "会议要求，各成员单位抓好落实。"]
    found = file_facts(_photo(tmp_path / "纪要.jpg", "某县知识产权联席会议纪要", lines))
    assert [(m["date"], m["chair"], m["topics"]) for m in found["meetings"]] == [
        ("2023-10-04", "贾利军", ["研究商标侵权案件线索移送衔接机制", "审议通过《知识产权纠纷人民调解工作实施方案》"])]


NAMES = ["江祥鑫", "贾亮倩", "梁东", "陈鑫玉", "崔怡利", "黄俊凯", "任玉海", "邹波雪"]


def _sheet(rows: list[list[str]], text_lines: list[str]) -> dict | None:
    table = {"pages": [1], "header": ["序号", "单位", "姓名", "联系电话"], "rows": rows}
    text = "\n".join(["某县培训班签到表", "序号\t单位\t姓名\t联系电话", *text_lines])
    return attendance([Page(1, text, ocr=True)], "某县培训班签到表", [table])


def test_rows_a_photographed_sheet_lost_are_counted_from_the_names_the_page_shows():
    """The table skips 序号 4–5 (a photo's bent foot ran two rows into row 3); their names stand alone on the
    page's lines: counted, because they make up exactly the rows missing. Names the page shows that do not make
    up that number (a 填表人 beside them) change nothing."""
    rows = [[str(i + 1), "区司法局", n, "13800000000"] for i, n in enumerate(NAMES) if i not in (3, 4)]
    lines = [f"{i + 1}区司法局\t{n}\t13800000000" for i, n in enumerate(NAMES)]
    found = _sheet(rows, lines)
    assert found["count"] == 8 and sorted(found["names"]) == sorted(NAMES)
    assert _sheet(rows, [*lines, "王建国"])["count"] == 6  # 6 + 3 alone ≠ the 8 rows numbered: no guess
    written = _sheet([r for r in rows if r[0] != "8"], [*lines[:7], "实到：7人"])  # no 序号 gap: 实到 says it
    assert written["count"] == 7


def test_two_rows_names_drawn_into_one_cell_are_split():
    rows = [["1", "区司法局", "江祥鑫", "1"], ["2", "区教育局", "贾亮倩梁东", "2"], ["3", "区商务局", "", "3"],
            ["4", "区工信局", "欧阳晓明", "4"], ["5", "", "", ""], ["6", "", "阿依古丽", ""], ["7", "", "", ""]]
    found = _sheet(rows, [])
    assert found["names"] == ["江祥鑫", "贾亮倩", "梁东", "欧阳晓明", "阿依古丽"]  # (blank rows below: names kept)


def test_a_chair_written_before_party_and_government_titles():
    for line, chair in (("主持：彭敏宁区委常委、副区长", "彭敏宁"), ("召集人：魏文（县委常委、副县长）", "魏文"),
                        ("召集人\t肖琳", "肖琳")):
        lines = ["联席会议纪要", "时间：2022.5.15上午9时30分", line, "会议议题：", "（一）部署专项行动工作任务；",
                 "（二）讨论宣传周活动方案。"]
        assert _ocr_minutes(lines, "")[0]["chair"] == chair


def test_an_agenda_cell_wrapped_with_the_next_number_inside_the_wrapped_line():
    """A form's narrow 会议议题 cell: 「…；二、讨论…保⏎护…方案；三、部署…」 (the first number lost by OCR), the wrapped
    line shorter than any full line but carrying the next item's number."""
    lines = ["会议记录", "会议时间\t2022年8月15日上午9:00", "召集人\t蒋艳", "记录人\t马海建",
             "会议议题\t审议《知识产权保护工作要点》；二、讨论知识产权保",
             "护宣传周活动方案；三、部署“双打”专项行动工作任务"]
    assert _ocr_minutes(lines, "")[0]["topics"] == ["审议《知识产权保护工作要点》", "讨论知识产权保护宣传周活动方案",
                                                    "部署“双打”专项行动工作任务"]


def test_the_facing_page_read_on_an_items_line_is_not_part_of_the_item():
    """Two pages photographed side by side: each line of the left page carries the right page's line after a gap."""
    lines = ["某县联席会议纪要\t会议议定，由县市场监管局牵头，会同相关单位开展",
             "会议时间：2022年11月27日下午\t展联合执法检查。", "主持人：副局长郭鑫辉\t证材料真实完整。会议强调，要对照",
             "会议内容：\t要切实提高政治站位。会议指出，知识",
             "一、听取县公安局关于打击情况的汇报\t环境，各成员单位要切实提高政治站位。",
             "二、研究重点商圈规范化建设事项"]
    found = _ocr_minutes(lines, "")[0]
    assert (found["chair"], found["topics"]) == ("郭鑫辉",
                                                 ["听取县公安局关于打击情况的汇报", "研究重点商圈规范化建设事项"])
