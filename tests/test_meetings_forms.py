"""Minutes written the ways offices write them (issue 15, "Meetings and attendance"), each as a real file made here:
Word documents laid out as GB/T 9704 pages (16 pt body, first-line indent, justified) and printed to PDF by
LibreOffice in one batch — so a sentence wraps at any character and a form's cells come out as words separated by
single spaces — and OCR-shaped text where a scan loses numbers or glues a form's label cell to an item's line.
Expected values are the ones written into the files."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import facts_of_both, font_paragraph, official_page, printed_fixture

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import meetings
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Page, marks_in_place

ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}


def _page():
    return official_page()


def _para(d, text: str, size: float = 16, align: str = "justify", font: str = "AR PL UMing CN", red: bool = False):
    return font_paragraph(d, text, size, ALIGN[align], font, red, indent=align == "justify")


def _title(d, text: str, size: float = 22) -> None:
    _para(d, text, size, "center", "Noto Serif CJK SC")


MASTHEAD_TOPICS = ["审议《武江区2023年知识产权保护工作要点》", "研究部署2023年知识产权宣传周活动",
                   "通报2022年度知识产权保护工作检查考核情况及存在问题整改落实情况"]


def masthead_prose(path):
    """A 纪要 masthead (big red 会议纪要, 第3期, the office and issue date), the meeting's own title, a prose
    opening whose 「会议研究了以下事项：」 wraps over two lines, resolutions each followed by their discussion."""
    d = _page()
    _para(d, "会议纪要", 36, "center", "Noto Serif CJK SC", red=True)
    _para(d, "第3期", 16, "center")
    _para(d, "武江区知识产权保护工作领导小组办公室            2023年5月9日", 14, "left")
    _title(d, "武江区知识产权保护工作联席会议纪要")
    _para(d, "2023年5月6日上午，副区长张伟在区政府第三会议室主持召开全区知识产权保护工作联席会议。区市场监管局、"
             "区公安分局、区法院等成员单位分管负责同志参加会议。会议研究了以下事项：")
    _para(d, f"一、{MASTHEAD_TOPICS[0]}。会议原则同意工作要点，请区市场监管局根据会议意见修改完善后印发实施。")
    _para(d, f"二、{MASTHEAD_TOPICS[1]}。会议要求各成员单位结合职能开展形式多样的宣传活动。")
    _para(d, f"三、{MASTHEAD_TOPICS[2]}。会议要求各单位对照问题清单逐项整改。")
    d.save(str(path))


FORM_TOPICS = ["传达学习全省知识产权保护工作会议精神", "研究部署迎接年度检查考核准备工作",
               "讨论知识产权纠纷快速处理机制建设方案"]


def form_table(path):
    """A 会议记录 form: a ruled Word table of label cells and value cells (主持人 | 李娜 | 记录人 | 赵磊)."""
    d = _page()
    _title(d, "知识产权保护工作会议记录")
    t = d.add_table(rows=6, cols=4)
    t.style = d.styles["Table Grid"]
    cells = [["会议名称", "知识产权保护工作推进会", "", ""],
             ["会议时间", "2023年6月12日上午9时", "会议地点", "局五楼会议室"],
             ["主持人", "李娜", "记录人", "赵磊"], ["参会人员", "局班子成员、各科室负责人", "", ""],
             ["会议议题", "\n".join(f"{n}、{x}" for n, x in zip("一二三", FORM_TOPICS, strict=True)), "", ""],
             ["会议内容", "会议听取了各科室工作汇报，对下一步工作作出安排。", "", ""]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    for r in (0, 3, 4, 5):
        t.cell(r, 1).merge(t.cell(r, 3))
    d.save(str(path))


INLINE_TOPICS = ["审议《武江区知识产权强区建设实施方案》", "研究知识产权保护工作经费保障问题",
                 "听取区市场监管局关于打击侵权假冒工作情况的汇报"]


def inline_agenda(path):
    """「会议主要议程：一是…；二是…；三是…。」 inside the opening sentence, the chair in 「会议由区长陈静主持」, then
    the resolutions (which are not the agenda)."""
    d = _page()
    _title(d, "区政府常务会议纪要")
    _para(d, "2023年3月14日，区政府常务会议在区政府一楼会议室召开，会议由区长陈静主持。会议主要议程：一是"
             f"{INLINE_TOPICS[0]}；二是{INLINE_TOPICS[1]}；三是{INLINE_TOPICS[2]}。现将会议议定事项纪要如下：")
    _para(d, "一、会议原则通过《武江区知识产权强区建设实施方案》。")
    _para(d, "二、会议同意安排知识产权保护工作经费50万元。")
    d.save(str(path))


def items_by_number_word(path):
    """第一项，… / 第二项，… under 「纪要如下：」; a topic that counts things (三项) keeps its words as printed."""
    d = _page()
    _title(d, "局长办公会议纪要")
    _para(d, "2022年11月3日下午，局长赵磊主持召开局长办公会议，研究知识产权保护有关工作。纪要如下：")
    _para(d, "第一项，研究知识产权执法经费保障等三项工作。会议同意从局机关经费中统筹解决。")
    _para(d, "第二项，部署年度考核迎检工作。会议要求办公室牵头做好材料准备。")
    d.save(str(path))


def wrapped_heading(path):
    """A long heading that wraps onto a second line (…第一次会 / 议纪要); 主持： without 人; （一） items."""
    d = _page()
    _title(d, "永宁县知识产权工作领导小组2023年第一次会议纪要")
    for line in ["时间：2023年2月8日", "地点：县政府第一会议室", "主持：县委常委、副县长 马建国",
                 "出席：县市场监管局、县公安局、县法院、县检察院有关负责同志", "会议议题"]:
        _para(d, line, align="left")
    for line in ["（一）传达学习自治区知识产权保护工作会议精神；", "（二）审议《永宁县2023年知识产权保护工作要点》；",
                 "（三）研究部署知识产权保护规范化市场培育工作。"]:
        _para(d, line)
    _para(d, "会议议定事项", align="left")
    _para(d, "一、会议原则同意工作要点。")
    d.save(str(path))


QUOTED_TOPICS = ["研究部署“双十一”期间网络市场知识产权保护工作", "审议《武江区打击侵权假冒工作考评办法》"]


def quoted_topics(path):
    """Body in 仿宋_GB2312, whose face here lacks “ ”: LibreOffice prints them from another font and the PDF's text
    layer gives them at the end of the line, a space left where each stood."""
    d = _page()
    _title(d, "打击侵权假冒工作领导小组会议纪要")
    for line in ["时间：2023年9月12日", "主持人：黄志强", "议题："]:
        _para(d, line, align="left", font="仿宋_GB2312")
    for n, topic in enumerate(QUOTED_TOPICS, 1):
        _para(d, f"{n}.{topic}", font="仿宋_GB2312")
    d.save(str(path))


MAKERS = {"masthead": masthead_prose, "form": form_table, "inline": inline_agenda, "number_word": items_by_number_word,
          "wrapped": wrapped_heading, "quoted": quoted_topics}

printed = printed_fixture("minutes", MAKERS)  # each file as DOCX and as the PDF LibreOffice prints of it


def test_a_masthead_and_resolutions_introduced_by_a_sentence_wrapped_in_the_pdf(printed):
    for found in facts_of_both(printed, "masthead"):
        assert found["meetings"] == [{"date": "2023-05-06", "title": "武江区知识产权保护工作联席会议纪要",
                                      "chair": "张伟", "topics": MASTHEAD_TOPICS}]   # not the issue date 5月9日
        assert found["title"] == "武江区知识产权保护工作联席会议纪要"                 # not the masthead 会议纪要
        assert found["organ"] == "武江区知识产权保护工作领导小组办公室"
        assert found["doc_type"] == "会议纪要"


def test_a_form_printed_to_pdf_gives_the_chair_between_label_cells(printed):
    """The PDF prints the row as 「主持人 李娜 记录人 赵磊」: the chair is 李娜, not the row."""
    for found in facts_of_both(printed, "form"):
        assert found["meetings"] == [{"date": "2023-06-12", "title": "知识产权保护工作会议记录", "chair": "李娜",
                                      "topics": FORM_TOPICS}]


def test_an_agenda_of_yi_shi_items_inside_the_opening_sentence(printed):
    for found in facts_of_both(printed, "inline"):
        assert [(m["date"], m["chair"], m["topics"]) for m in found["meetings"]] == [
            ("2023-03-14", "陈静", INLINE_TOPICS)]


def test_items_numbered_di_yi_xiang_and_printed_words_kept(printed):
    for found in facts_of_both(printed, "number_word"):
        assert [(m["date"], m["chair"], m["topics"]) for m in found["meetings"]] == [
            ("2022-11-03", "赵磊", ["研究知识产权执法经费保障等三项工作", "部署年度考核迎检工作"])]  # 三项, not 3项


def test_a_heading_wrapped_over_two_lines_is_the_meeting_title_as_printed(printed):
    for found in facts_of_both(printed, "wrapped"):
        title = "永宁县知识产权工作领导小组2023年第一次会议纪要"                            # 第一次, not 第1次
        assert found["title"] == title
        assert found["meetings"] == [{"date": "2023-02-08", "title": title, "chair": "马建国",
                                      "topics": ["传达学习自治区知识产权保护工作会议精神",
                                                 "审议《永宁县2023年知识产权保护工作要点》",
                                                 "研究部署知识产权保护规范化市场培育工作"]}]


def test_quotation_marks_a_pdf_gives_at_the_end_of_the_line_are_put_back(printed):
    for found in facts_of_both(printed, "quoted"):
        assert [(m["date"], m["chair"], m["topics"]) for m in found["meetings"]] == [
            ("2023-09-12", "黄志强", QUOTED_TOPICS)]
    assert marks_in_place("2.研究部署 双十一 期间工作 “ ”\r\n3.开展 铁拳 行动 “ ”\r\n主 持 人 “") == \
        "2.研究部署“双十一”期间工作\r\n3.开展“铁拳”行动\r\n主 持 人 “"       # as many gaps as marks, or left alone


def _ocr_minutes(text: str) -> list[dict]:
    return meetings([Page(1, normalize(text, ocr=True, quantities=False), ocr=True)], "")


def test_ocr_lost_some_item_numbers_and_read_the_comma_as_a_radical():
    """A photographed page: the first two （一） （二） marks lost, the third read; 、 read as 丶."""
    text = "\n".join(["知识产权联席会议纪要", "时间：2023年2月8日", "主持人：马建国", "会议议题",
                      "传达学习自治区知识产权保护工作会议精神；", "部署“双随机丶一公开”抽查工作；",
                      "（三)研究部署知识产权保护规范化市场培育工作。", "会议议定事项", "一、会议原则同意工作要点。"])
    assert _ocr_minutes(text)[0]["topics"] == ["传达学习自治区知识产权保护工作会议精神", "部署“双随机、一公开”抽查工作",
                                               "研究部署知识产权保护规范化市场培育工作"]


def test_ocr_glued_the_next_label_cell_of_a_form_onto_the_last_item():
    """A photographed form: the tall 会议内容 label cell read on the same line as the agenda's last item."""
    text = "\n".join(["知识产权保护工作会议记录", "会议时间\t2023年6月12日会议地点", "上午9时\t局五楼会议室",
                      "主持人\t李娜\t记录人", "会议议题\t一、传达学习全省知识产权保护工作会议精神",
                      "二、研究部署迎接年度检查考核准备工作", "会议内容\t三、讨论知识产权纠纷快速处理机制建设方案",
                      "会议听取了各科室工作汇报，对下一步工作作出安排。"])
    assert _ocr_minutes(text) == [{"date": "2023-06-12", "title": "知识产权保护工作会议记录", "chair": "李娜",
                                   "topics": FORM_TOPICS}]


def test_a_line_ocr_joined_from_two_does_not_hide_where_lines_wrap():
    """OCR put 「事项：」 and the first item on one visual line, longer than any printed line: the third item's
    wrapped tail is still joined (a full line is measured without that outlier)."""
    text = "\n".join(["武江区知识产权保护工作联席会议纪要",
                      "2023年5月6日上午，副区长张伟在区政府第三会议室主持",
                      "召开全区知识产权保护工作联席会议。区市场监管局、区公安分",
                      "局、区法院等成员单位分管负责同志参加会议。会议研究了以下",
                      "事项：一、审议《武江区2023年知识产权保护工作要点》。会议原",
                      "则同意工作要点，请区市场监管局根据会议意见修改完善后印发",
                      "实施。", "二、研究部署2023年知识产权宣传周活动。会议要求各成员",
                      "单位结合职能开展形式多样的宣传活动。",
                      "三、通报2022年度知识产权保护工作检查考核情况及存在问",
                      "题整改落实情况。会议要求各单位对照问题清单逐项整改。"])
    assert _ocr_minutes(text)[0]["topics"] == MASTHEAD_TOPICS


def test_prose_minutes_without_ji_yao_in_their_title_and_a_day_without_its_year(tmp_path):
    """「夷陵区召开2022年迎检工作部署会」: the day held has no year (7月26日上午), the chair is in 会议由…主持,
    the agenda is 「会议主要有二项议程：一是…；二是…」 wrapped mid-word; the office signs above the closing date."""
    d = _page()
    _title(d, "夷陵区召开2022年迎检工作部署会", 20)
    _para(d, "7月26日上午，夷陵区2022年迎检工作部署会在区政府三楼会议室召开，会议由区长罗平辉同志主持，区直有关单位"
             "分管负责同志共38人参加会议。", 14)
    _para(d, "会议主要有二项议程：一是审议知识产权保护工作联席会议制度修订稿；二是部署迎接上级知识产权保护工作检查考核"
             "准备工作。", 14)
    _para(d, "会议指出，各单位要把迎检工作作为当前的重点任务，在9月4日前完成自查自评。", 14)
    _para(d, "宜昌市夷陵区知识产权保护工作联席会议办公室", 14, "left")
    _para(d, "2022年7月29日", 14, "left")
    d.save(str(tmp_path / "部署会.docx"))
    found = file_facts(tmp_path / "部署会.docx")
    assert [(m["date"], m["chair"], m["topics"]) for m in found["meetings"]] == [
        ("2022-07-26", "罗平辉", ["审议知识产权保护工作联席会议制度修订稿",
                                  "部署迎接上级知识产权保护工作检查考核准备工作"])]
    assert found["doc_type"] == "会议纪要"
    assert found["organ"] == "宜昌市夷陵区知识产权保护工作联席会议办公室"
    wrapped = "\n".join(["夷陵区召开2022年迎检工作部署会",
                         "7月26日上午，迎检工作部署会召开，会议由区长罗平辉同志主持。",
                         "会议主要有二项议程：一是审议知识产权保护工作联席会议制度修",
                         "订稿；二是部署迎接上级检查考核准备工作。",
                         "宜昌市夷陵区知识产权保护工作联席会议办公室", "2022年7月29日"])
    assert _ocr_minutes(wrapped)[0]["topics"] == ["审议知识产权保护工作联席会议制度修订稿",
                                                  "部署迎接上级检查考核准备工作"]
