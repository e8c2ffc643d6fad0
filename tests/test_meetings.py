"""Meetings from minutes and attendance from sign-in sheets (issue 15), each from a file made for it; the
expected values are the planted ones."""

import docx
from extract_files import ATTENDEES, SANS, minutes_docx, sign_in_docx, sign_in_png
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import attendance, meetings, person
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Page

MINUTES = ["武江区知识产权保护工作领导小组会议纪要", "武委办纪〔2023〕5号",
           "时间：二〇二三年五月十八日上午9时", "地点：区政府第二会议室", "主持人：张伟（副区长）",
           "参会人员：王芳、李娜、刘洋、陈静", "记录人：杨帆", "会议议题：",
           "一、审议《武江区2023年知识产权保护工作要点》",
           "二、研究部署知识产权执法保护“铁拳”行动", "三、通报2022年度知识产权保护工作检查考核情况",
           "会议内容：", "会议要求各成员单位于2023年6月30日前报送工作进展。", "武江区知识产权保护工作领导小组办公室",
           "2023年5月22日"]
TOPICS = ["审议《武江区2023年知识产权保护工作要点》", "研究部署知识产权执法保护“铁拳”行动",
          "通报2022年度知识产权保护工作检查考核情况"]


def test_minutes_give_date_chair_and_topics(tmp_path):
    found = file_facts(minutes_docx(tmp_path / "会议纪要.docx", MINUTES))
    assert found["meetings"] == [{"date": "2023-05-18", "title": "武江区知识产权保护工作领导小组会议纪要",
                                  "chair": "张伟", "topics": TOPICS}]        # not the issue date 05-22
    assert found["attendance"] is None                                    # minutes are not a sign-in sheet


def test_minutes_as_a_pdf_prints_them_wrapped():
    """Text as a PDF gives it: a long topic wrapped onto a second line, 主持 without 人, 1. numbering."""
    text = "\n".join(["知识产权联席会议记录", "会议时间：2021年3月2日", "主持：副局长 李娜", "议题：",
                      "1. 研究知识产权保护工作经费保障及", "执法装备配置问题", "2. 部署宣传周活动", "会议内容：略"])
    assert meetings([Page(1, text)], "知识产权联席会议记录") == [
        {"date": "2021-03-02", "title": "知识产权联席会议记录", "chair": "李娜",
         "topics": ["研究知识产权保护工作经费保障及执法装备配置问题", "部署宣传周活动"]}]


def test_other_documents_have_no_meetings(tmp_path):
    found = file_facts(minutes_docx(tmp_path / "通知.docx", ["关于召开领导小组会议的通知", "定于2023年5月18日召开会议，"
                                                              "由张伟主持。"]))
    assert found["meetings"] == []


def test_attendance_counts_signed_rows_of_a_table(tmp_path):
    found = file_facts(sign_in_docx(tmp_path / "签到表.docx"))
    assert found["attendance"] == {"count": 7, "names": ATTENDEES}        # three pre-numbered blank rows left out


def test_attendance_from_a_photographed_sign_in_sheet(tmp_path):
    found = file_facts(sign_in_png(tmp_path / "签到表照片.png"))
    assert found["ocr_pages"] == [1]
    assert found["attendance"]["count"] == 7
    assert found["attendance"]["names"] == ATTENDEES


# ---- minutes as offices write them (issue 15, slice C): prose, forms, scans, several meetings per file --------

def _minutes(text: str, title: str = "") -> list[dict]:
    return meetings([Page(1, normalize(text))], title)


# pypdfium2's text of a prose 纪要 printed by LibreOffice: the sentence naming the chair wraps mid-word, each
# resolution runs on into its discussion, the signature date differs from the meeting's date.
PROSE_PDF_TEXT = """区政府专题会议纪要
武府纪〔2023〕21 号
二〇二三年二月十七日下午，副局长罗斌同志在局机关五楼会议
室主持召开区政府专题会议，研究部署知识产权保护工作。区
宣传部（区版权局）、重阳镇人民政府、区文化广电旅游体育
局等单位负责同志参加会议。会议听取了龙归镇人民政府关于
上一年度工作情况的汇报，经研究，议定如下：
一、关于知识产权纠纷调解工作站建设。会议要求区公安分局
牵头，制定工作方案，于 2023 年 8 月 15 日前报区政府。
二、关于迎接年度检查考核准备工作。会议同意由区农业农村
局统筹安排，所需经费列入部门预算。
会议要求，各成员单位要提高认识，加强协作，确保各项工作
落到实处。
韶关市武江区人民政府办公室
2023 年 2 月 19 日"""


def test_prose_minutes_give_the_day_held_the_chair_named_in_the_sentence_and_the_resolutions():
    assert _minutes(PROSE_PDF_TEXT) == [
        {"date": "2023-02-17", "title": "区政府专题会议纪要", "chair": "罗斌",
         "topics": ["关于知识产权纠纷调解工作站建设", "关于迎接年度检查考核准备工作"]}]   # not the discussion


def test_prose_minutes_in_word_with_an_organ_before_the_chair(tmp_path):
    lines = ["打击侵权假冒工作领导小组会议纪要",
             "2023年5月6日上午，区政府副区长张三在区政府第二会议室主持召开打击侵权假冒工作领导小组会议，研究部署"
             "2023年打击侵权假冒工作。会议听取了区市场监管局关于2022年度工作情况的汇报，议定如下：",
             "一、关于开展“铁拳”行动。由区市场监管局牵头，6月底前完成部署。",
             "二、关于宣传周活动。由区宣传部负责组织。",
             "会议要求，各成员单位要加强协作。", "韶关市武江区人民政府办公室", "2023年5月9日"]
    found = file_facts(minutes_docx(tmp_path / "纪要.docx", lines))
    assert found["meetings"] == [{"date": "2023-05-06", "title": "打击侵权假冒工作领导小组会议纪要", "chair": "张三",
                                  "topics": ["关于开展“铁拳”行动", "关于宣传周活动"]}]


def test_minutes_as_a_word_form_of_labelled_cells_are_a_meeting_not_a_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("知识产权保护工作会议记录")
    t = d.add_table(rows=4, cols=4)
    cells = [["会议时间", "2021年4月20日下午3时", "会议地点", "局机关五楼会议室"],
             ["主持人", "刘洋（局长）", "记录人", "王芳"],
             ["会议议题", "一、报送自评报告及佐证材料\n二、举办党政领导干部专题培训班", "", ""],
             ["会议内容", "会议听取了各单位工作汇报，对下一步工作作出安排。", "", ""]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for r in (2, 3):  # the agenda and content cells merged across the row: python-docx repeats their text
        t.cell(r, 1).merge(t.cell(r, 3)).text = cells[r][1]
    d.save(str(tmp_path / "会议记录.docx"))
    found = file_facts(tmp_path / "会议记录.docx")
    assert found["meetings"] == [{"date": "2021-04-20", "title": "知识产权保护工作会议记录", "chair": "刘洋",
                                  "topics": ["报送自评报告及佐证材料", "举办党政领导干部专题培训班"]}]
    assert found["tables"] == []                                        # a form, not a table of rows


def test_two_meetings_in_one_file_each_with_its_own_date_chair_and_agenda():
    text = "\n".join(["知识产权保护联席会议第一次会议纪要", "会议时间：2023年3月2日上午9时",
                      "会议地点：区政府第二会议室", "主持人：陈静（副区长）", "会议议题：",
                      "1. 审议年度知识产权保护工作要点", "2. 部署知识产权宣传周活动",
                      "会议认为，各成员单位工作推进有力。", "知识产权保护联席会议第二次会议纪要",
                      "会议时间：2023年7月11日", "主持人：黄敏（局长）",
                      "议题：1.通报执法案件办理情况；2.研究纠纷化解机制。"])
    assert [(m["date"], m["chair"], m["topics"]) for m in _minutes(text)] == [
        ("2023-03-02", "陈静", ["审议年度知识产权保护工作要点", "部署知识产权宣传周活动"]),
        ("2023-07-11", "黄敏", ["通报执法案件办理情况", "研究纠纷化解机制"])]


def test_ocr_text_of_minutes_without_colons_and_with_a_spaced_name():
    text = "\n".join(["知识产权联席会议会议记录", "会议时间  2023年6月8日上午", "会议地点  市政府三楼会议室",
                      "主 持 人  王 芳 副市长", "记 录 人  李娜", "会议议题", "①研究知识产权纠纷多元化解机制",
                      "②部署知识产权宣传周活动", "会议要求各成员单位按照分工抓好落实。"])
    assert _minutes(text) == [{"date": "2023-06-08", "title": "知识产权联席会议会议记录", "chair": "王芳",
                               "topics": ["研究知识产权纠纷多元化解机制", "部署知识产权宣传周活动"]}]


def test_a_date_under_the_heading_when_no_label_gives_it():
    text = "\n".join(["局长办公会议纪要", "（二〇二二年十一月三日）",
                      "会议由局长赵磊主持，班子成员参加。会议研究了以下事项：",
                      "会议内容：", "（一）研究知识产权执法经费保障", "（二）部署年度考核迎检工作"])
    assert _minutes(text) == [{"date": "2022-11-03", "title": "局长办公会议纪要", "chair": "赵磊",
                               "topics": ["研究知识产权执法经费保障", "部署年度考核迎检工作"]}]


def test_the_chair_is_the_person_whatever_titles_surround_the_name():
    phrases = ("区政府副区长 张 三", "张三（副区长）", "李四副局长", "王五同志", "区委常委、副区长欧阳明",
               "区市场监管局局长", "各成员单位")
    assert [person(p) for p in phrases] == ["张三", "张三", "李四", "王五", "欧阳明", None, None]


def test_scanned_minutes_are_read_by_ocr(tmp_path):
    """A printed minutes form scanned at 150 dpi: labels without colons, the chair's name spaced out."""
    lines = ["知识产权联席会议会议记录", "会议时间  2023年6月8日上午", "会议地点  市政府三楼会议室", "主 持 人  王 芳",
             "记 录 人  李娜", "会议议题", "①研究知识产权纠纷多元化解机制", "②部署知识产权宣传周活动"]
    page = Image.new("RGB", (1240, 1000), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        font = ImageFont.truetype(SANS, 44 if i == 0 else 30)
        draw.text(((1240 - draw.textlength(line, font=font)) / 2 if i == 0 else 150, 120 + 62 * i), line, font=font,
                  fill=(25, 25, 25))
    page.rotate(0.6, fillcolor="white").filter(ImageFilter.GaussianBlur(0.6)).save(tmp_path / "纪要扫描.png")
    found = file_facts(tmp_path / "纪要扫描.png")
    assert found["ocr_pages"] == [1]
    assert found["meetings"] == [{"date": "2023-06-08", "title": "知识产权联席会议会议记录", "chair": "王芳",
                                  "topics": ["研究知识产权纠纷多元化解机制", "部署知识产权宣传周活动"]}]


def test_a_sign_in_sheet_printed_two_up_counts_both_name_columns():
    header = ["序号", "姓名", "单位", "序号", "姓名", "单位"]
    rows = [["1", "张伟", "区法院", "4", "陈静", "区司法局"], ["2", "王芳", "区检察院", "5", "", ""],
            ["3", "李娜", "区公安分局", "6", "", ""]]
    found = attendance([Page(1, "知识产权培训班签到表")], "知识产权培训班签到表", [{"header": header, "rows": rows}])
    assert found == {"count": 4, "names": ["张伟", "王芳", "李娜", "陈静"]}


def test_meetings_listed_in_a_ledger_one_per_row(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年度知识产权联席会议台账"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "会议时间", "会议名称", "主持人", "会议议题"])
    ws.append([1, "2023年3月2日", "知识产权联席会议", "陈静（副区长）", "1.审议年度工作要点\n2.部署宣传周活动"])
    ws.append([2, "2023年7月11日", "打击侵权假冒联席会议", "黄敏", "通报执法案件办理情况；研究纠纷化解机制"])
    wb.save(tmp_path / "会议台账.xlsx")
    found = file_facts(tmp_path / "会议台账.xlsx")
    assert found["meetings"] == [
        {"date": "2023-03-02", "title": "知识产权联席会议", "chair": "陈静",
         "topics": ["审议年度工作要点", "部署宣传周活动"]},                  # numbered lines in one cell
        {"date": "2023-07-11", "title": "打击侵权假冒联席会议", "chair": "黄敏",
         "topics": ["通报执法案件办理情况", "研究纠纷化解机制"]}]


def test_an_agenda_named_inside_a_sentence_and_a_masthead_above_the_heading():
    """「会议主要议题：一是…；二是…。」 in the opening paragraph; the 纪要 masthead, 第3期 and the issuing line
    (organ and issue date) above the meeting's own heading; the 议定事项 are not the agenda."""
    text = "\n".join(["会议纪要", "第3期", "武江区知识产权保护工作联席会议办公室\t2023年5月9日",
                      "武江区知识产权保护工作联席会议纪要",
                      "2023年5月6日上午，武江区知识产权保护工作联席会议在区政府三楼会议室召开。会议由副区长张伟主持，"
                      "成员单位分管负责同志7人参加。会议主要议题：一是通报上半年知识产权保护工作进展情况；二是讨论商标"
                      "侵权案件线索移送机制。", "会议议定事项如下：",
                      "一、开展专项行动由区市场监管局牵头，6月5日前完成。"])
    assert _minutes(text) == [{"date": "2023-05-06", "title": "武江区知识产权保护工作联席会议纪要",
                               "chair": "张伟",
                               "topics": ["通报上半年知识产权保护工作进展情况", "讨论商标侵权案件线索移送机制"]}]


def test_a_masthead_with_its_issue_date_on_a_line_of_its_own_is_not_a_second_meeting():
    """会议纪要 / 第2期 / the issuing organ / 二〇二三年三月四日 each on its own line above the meeting's heading: one
    meeting, held on 3月2日 (the masthead's 3月4日 is the issue date)."""
    text = "\n".join(["会议纪要", "第 2 期", "宜昌市夷陵区打击侵权假冒工作领导小组办公室", "二〇二三年三月四日",
                      "宜昌市夷陵区知识产权保护工作联席会议纪要",
                      "二〇二三年三月二日上午，宜昌市夷陵区知识产权保护工作联席会议在区政府三楼会议室召开。会议由副区长"
                      "尹明主持。会议主要议题：一是讨论商标侵权案件线索移送和衔接机制；二是研究知识产权保护工作经费保障问题。",
                      "会议议定事项如下：", "一、完善线索移送衔接由区市场监管局牵头，4月1日前完成。"])
    assert _minutes(text) == [{"date": "2023-03-02", "title": "宜昌市夷陵区知识产权保护工作联席会议纪要",
                               "chair": "尹明",
                               "topics": ["讨论商标侵权案件线索移送和衔接机制", "研究知识产权保护工作经费保障问题"]}]


def test_an_agenda_word_numbers_itself_has_no_numbers_in_the_text():
    text = "\n".join(["知识产权联席会议纪要", "时间：2023年8月2日上午", "主持人：李娜", "会议议题：",
                      "审议《2023年知识产权保护工作任务分工方案》", "部署打击侵权假冒专项行动第二阶段工作", "会议内容",
                      "会议听取了各成员单位工作汇报。"])
    assert _minutes(text)[0]["topics"] == ["审议《2023年知识产权保护工作任务分工方案》",
                                           "部署打击侵权假冒专项行动第二阶段工作"]


def test_resolutions_each_followed_by_its_discussion_and_sub_points():
    """「现将会议议定事项纪要如下：」 then 一、… headings, each followed by paragraphs and （一） sub-points that are
    not topics of their own; the list ends at the 出席 line."""
    text = "\n".join(["局党组会议纪要", "2023年9月12日上午，局长李娜主持召开局党组会议。现将会议议定事项纪要如下：",
                      "一、关于知识产权执法专项行动", "会议要求，执法大队牵头，9月底前完成部署。",
                      "（一）加强商标侵权查处。", "（二）强化专利执法。", "二、关于迎检准备工作",
                      "会议同意由办公室统筹。", "三、关于经费保障", "会议原则同意。", "出席：张伟、王芳"])
    assert _minutes(text) == [{"date": "2023-09-12", "title": "局党组会议纪要", "chair": "李娜",
                               "topics": ["关于知识产权执法专项行动", "关于迎检准备工作", "关于经费保障"]}]


def test_topics_named_one_by_one():
    text = "\n".join(["区政府常务会议纪要", "时间：2023年4月3日", "主持人：区长张伟",
                      "议题一：审议《知识产权保护工作要点》", "议题二：研究经费保障问题", "会议同意上述事项。"])
    assert _minutes(text)[0]["topics"] == ["审议《知识产权保护工作要点》", "研究经费保障问题"]


def test_an_agenda_running_over_a_page_break():
    first = "\n".join(["知识产权联席会议纪要", "时间：2023年8月2日上午", "主持人：李娜", "会议议题：",
                       "1. 审议年度知识产权保护工作要点", "— 1 —"])
    second = "\n".join(["2. 部署打击侵权假冒专项行动第二阶段工作", "会议内容", "会议听取了各成员单位工作汇报。",
                        "— 2 —"])
    assert meetings([Page(1, first), Page(2, second)], "知识产权联席会议纪要")[0]["topics"] == [
        "审议年度知识产权保护工作要点", "部署打击侵权假冒专项行动第二阶段工作"]


def test_prose_minutes_give_the_clauses_after_the_meeting_as_topics(tmp_path):
    """「…主持召开…会议，听取…的汇报，审议《…》。」 (the sample campaigns' 常务会议纪要): each clause the meeting
    did is a topic; a sentence whose clauses are not all such acts gives none."""
    import docx

    from ipdocs.extract import file_facts

    def minutes(body: str):
        document = docx.Document()
        for text in ["韶关市武江区人民政府办公室", "区政府第18次常务会议纪要", body, "2023年6月9日"]:
            document.add_paragraph(text)
        document.save(tmp_path / "纪要.docx")
        return file_facts(tmp_path / "纪要.docx")["meetings"]

    found = minutes("2023年6月8日，区长主持召开区政府第18次常务会议，听取区市场监管局关于知识产权保护工作情况的汇报，"
                    "审议《武江区2023年知识产权保护工作要点》。")
    assert found[0]["date"] == "2023-06-08" and found[0]["chair"] is None
    assert found[0]["topics"] == ["听取区市场监管局关于知识产权保护工作情况的汇报",
                                  "审议《武江区2023年知识产权保护工作要点》"]
    found = minutes("2023年6月8日，区长主持召开区政府第18次常务会议，会议气氛热烈，与会人员踊跃发言。")
    assert found[0]["topics"] == []
