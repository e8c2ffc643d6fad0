"""Titles, organs and types of Word house styles (issue 15): an organ line, an empty paragraph and a title of the
same size (two blocks, not one title); a ledger whose title is a row merged across its table (Word gives the cell
once per grid column it spans) and whose maker is named only by the 制表单位 line under it; a meeting's name over a
big 纪要 of its own; a bulletin's masthead, issue and issuing line in merged cells; a minutes masthead headed by the
body whose meetings it records, issued by its office; a minutes form under its 单位： line, whose 会议时间 field is no
web page's byline; joint signers in a table row on a short page (not an organ mark) and split by a page break; a
workbook titled by the unit that keeps it; a main title over its ——subtitle; scanned signatures under a seal read
twice (one reading holding the other, or the second's first character cut by the seal's edge) under a seal's arc
read as a line; a red mark OCR read short of characters yet ending like a name, the name printed right at the end.
Files are made here, OCR pages given as the lines the recogniser returns; expected values are the
ones written into them."""

from pathlib import Path

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import font_paragraph, official_page

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Line, Page
from ipdocs.extract.titles import title_and_organ

C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
BODY = ["　　为贯彻落实上级关于知识产权保护工作的部署，进一步加强我县知识产权保护工作，现将有关事项通知如下。",
        "　　各单位要高度重视，明确专人负责，按时报送相关材料，确保各项工作落到实处。"]
OFFICE = "清溪县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"
ROWS = [["序号", "案件名称", "立案时间", "办理结果"], ["1", "某商标侵权案", "2023-02-01", "移送起诉"],
        ["2", "某假冒专利案", "2023-05-01", "已结案"]]


def _word(path: Path, paragraphs: list[tuple[str, float, object]]) -> Path:
    d = official_page()
    for text, size, align in paragraphs:
        font_paragraph(d, text, size, align)
    d.save(str(path))
    return path


def _body() -> list[tuple[str, float, object]]:
    return [(line, 16, L) for line in BODY]


def test_an_organ_line_an_empty_paragraph_and_a_title_of_one_size_are_two_blocks(tmp_path):
    plan = _word(tmp_path / "plan.docx", [(OFFICE, 22, C), ("", 22, C), ("清溪县2023年知识产权保护工作检查", 22, C),
                                          ("迎检工作方案", 22, C), *_body(), (OFFICE, 16, R), ("2023年5月1日", 16, R)])
    found = file_facts(plan)
    # the title's own two lines still join; the organ line above the empty paragraph is not part of it
    assert (found["title"], found["organ"], found["doc_type"]) == (
        "清溪县2023年知识产权保护工作检查迎检工作方案", OFFICE, "方案")
    report = _word(tmp_path / "report.docx", [("清溪县市场监督管理局", 22, C), ("", 16, C),
                                              ("关于2023年知识产权保护工作的报告", 22, C), *_body()])
    found = file_facts(report)
    assert (found["title"], found["organ"], found["doc_type"]) == (
        "关于2023年知识产权保护工作的报告", "清溪县市场监督管理局", "报告")
    # an organ opening the title on the line right above it (…人民政府 / 关于…的批复) is still the title's head
    reply = _word(tmp_path / "reply.docx", [("清溪县人民政府", 22, C), ("关于同意设立维权援助工作站的批复", 22, C),
                                            ("县市场监督管理局：", 16, L), *_body(), ("清溪县人民政府", 16, R),
                                            ("2023年5月5日", 16, R)])
    assert file_facts(reply)["title"] == "清溪县人民政府关于同意设立维权援助工作站的批复"


def test_a_ledger_titled_in_a_merged_row_and_made_by_the_unit_under_its_table(tmp_path):
    d = official_page()
    table = d.add_table(rows=len(ROWS) + 1, cols=len(ROWS[0]))
    table.style = "Table Grid"
    title = "清溪县2023年知识产权行政执法案件办理情况"  # names no genre of its own: a table, 统计表
    table.cell(0, 0).merge(table.cell(0, len(ROWS[0]) - 1)).text = title
    for i, row in enumerate(ROWS, 1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    font_paragraph(d, "制表单位：清溪县市场监督管理局", 12, L)
    font_paragraph(d, "制表时间：2023年12月1日", 12, L)
    d.save(str(tmp_path / "ledger.docx"))
    found = file_facts(tmp_path / "ledger.docx")
    assert (found["title"], found["organ"], found["doc_type"]) == (title, "清溪县市场监督管理局", "统计表")


def test_a_meeting_name_over_a_big_jiyao_of_its_own_is_the_minutes_title(tmp_path):
    path = _word(tmp_path / "minutes.docx", [("清溪县知识产权联席会议", 22, C), ("纪　要", 36, C),
                                             (f"{OFFICE}　　　2023年3月2日", 14, C), *_body()])
    found = file_facts(path)
    assert (found["title"], found["organ"], found["doc_type"]) == ("清溪县知识产权联席会议纪要", OFFICE, "会议纪要")


def _table(d, rows: list[list[str]], width: int):
    """Rows of a table; a row of one value is one cell merged across the table."""
    table = d.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        if len(row) == 1:
            table.cell(i, 0).merge(table.cell(i, width - 1)).text = row[0]
        else:
            for j, value in enumerate(row):
                table.cell(i, j).text = value


def test_a_bulletin_masthead_in_merged_cells_with_a_yearly_issue_number(tmp_path):
    d = official_page()
    _table(d, [["知识产权工作简报"], ["2023年第5期"], ["清溪县市场监督管理局　　　　2023年10月9日"]], 2)
    font_paragraph(d, "我县开展知识产权宣传周活动", 22, C)
    for line in BODY:
        font_paragraph(d, line, 16, L)
    d.save(str(tmp_path / "bulletin.docx"))
    found = file_facts(tmp_path / "bulletin.docx")
    assert (found["title"], found["organ"], found["doc_type"]) == ("知识产权工作简报", "清溪县市场监督管理局", "简报")


def test_a_minutes_issue_is_issued_by_the_office_on_its_dated_line_not_the_body_heading_the_masthead(tmp_path):
    path = _word(tmp_path / "minutes.docx", [("清溪县知识产权保护工作领导小组", 26, C), ("会议纪要", 36, C),
                                             ("第6期", 16, C),
                                             ("清溪县知识产权保护工作领导小组办公室　　　2023年7月25日", 14, C),
                                             ("清溪县知识产权保护工作领导小组", 20, C),
                                             ("2023年第一次全体会议纪要", 20, C), *_body()])
    found = file_facts(path)
    assert (found["title"], found["organ"], found["doc_type"]) == (
        "清溪县知识产权保护工作领导小组2023年第一次全体会议纪要", "清溪县知识产权保护工作领导小组办公室", "会议纪要")


def test_a_minutes_form_is_from_the_unit_its_unit_line_names_and_its_time_field_is_no_byline(tmp_path):
    d = official_page()
    font_paragraph(d, "会议记录", 22, C)
    font_paragraph(d, "单位：清溪县农业农村局", 13, L)
    _table(d, [["会议时间", "2023年8月1日 14:30"], ["会议地点", "本单位三楼会议室"], ["主持人", "张伟"],
               ["会议内容", "会议传达了上级有关文件精神，对各项工作作了具体安排。"]], 2)
    d.save(str(tmp_path / "record.docx"))
    found = file_facts(tmp_path / "record.docx")
    assert (found["title"], found["organ"], found["doc_type"]) == ("会议记录", "清溪县农业农村局", "会议记录")


def test_joint_signers_in_a_table_row_on_a_short_page_and_across_a_page_break():
    short = Page(1, "\n".join(["关于联合开展知识产权保护专项行动的通知", *BODY, "清溪县市场监督管理局\t清溪县公安局",
                               "2023年5月5日\t2023年5月5日"]))
    # the signature's lines stand among the page's first four: still the signature, all of it, not a mark
    assert title_and_organ(Document(Path("joint.pdf"), "pdf", [short]), []) == (
        "关于联合开展知识产权保护专项行动的通知", "清溪县市场监督管理局、清溪县公安局")
    first = Page(1, "\n".join(["清溪县市场监督管理局", "清溪县农业农村局文件", "清市监发〔2023〕51号",
                               "关于开展农资打假专项行动的通知", *BODY, "清溪县市场监督管理局", "— 1 —"]))
    last = Page(2, "\n".join(["清溪县农业农村局", "2023年9月19日"]))
    assert title_and_organ(Document(Path("joint.pdf"), "pdf", [first, last]), [])[1] == \
        "清溪县市场监督管理局、清溪县农业农村局"
    # a table's wrapped cell carried over the break above a single signer: the previous page's last row (a cell
    # ending in 局) is no signer
    table = Page(1, "\n".join(["关于开展农资打假专项行动的通知", *BODY, "序号\t工作任务\t牵头单位",
                               "推进知识产权保护\t规范化市场培育工\t区市场监督管理局"]))
    signed = Page(2, "\n".join(["作", "清溪县市场监督管理局", "2023年2月13日"]))
    assert title_and_organ(Document(Path("notice.pdf"), "pdf", [table, signed]), [])[1] == "清溪县市场监督管理局"


def test_a_workbook_titled_by_the_unit_that_keeps_it(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["清溪县知识产权维权援助工作站2022年受理登记表"])
    sheet.append(["序号", "受理日期", "申请人", "纠纷类型"])
    sheet.append([1, "2022-11-12", "张伟", "商标"])
    sheet.append([2, "2022-06-22", "王芳", "专利"])
    book.save(tmp_path / "register.xlsx")
    found = file_facts(tmp_path / "register.xlsx")
    assert (found["organ"], found["doc_type"]) == ("清溪县知识产权维权援助工作站", "登记表")


def test_a_main_title_over_its_subtitle_is_one_title(tmp_path):
    path = _word(tmp_path / "summary.docx", [("凝心聚力　护航创新", 22, C),
                                             ("——清溪县2023年知识产权保护工作总结", 16, C), *_body(),
                                             ("清溪县市场监督管理局", 16, R), ("2023年12月1日", 16, R)])
    found = file_facts(path)
    assert (found["title"], found["organ"], found["doc_type"]) == (
        "凝心聚力护航创新——清溪县2023年知识产权保护工作总结", "清溪县市场监督管理局", "总结")


def _scan(rows: list[tuple[str, float, float, float]], width: float = 1240) -> Document:
    """A scanned notice from (text, x0, y0, size) lines as OCR reads them, each box as tall as its characters."""
    lines = [Line(t, x, y, x + size * len(t), y + size, size, abs(x + size * len(t) / 2 - width / 2) < width * 0.06)
             for t, x, y, size in rows]
    return Document(Path("notice.jpg"), "image",
                    [Page(1, "\n".join(t for t, _, _, _ in rows), ocr=True, lines=lines, width=width)])


HEAD = [("关于进一步做好2023年度知识产权保", 367, 500, 42), ("护工作检查考核迎检资料报送工作的通知", 348, 550, 40),
        ("区公安分局，区文化和旅游局，各市场监管所：", 266, 672, 32),
        ("各单位请于2023年11月18日前将工作总结、典型案例和佐证材料报送区市场监管局。", 300, 730, 34)]


def test_a_scanned_signature_read_twice_under_a_seal_is_the_whole_name():
    # one reading holds the other whole but lost the place's head at the seal's edge: the longer one, its ending
    # repaired
    cut = _scan([*HEAD, ("财击", 939, 1163, 29), ("市清源区打击侵权假宝工作领导小组办公室", 599, 1243, 34),
                 ("泉安市清源区打击侵权假宝工作领导小办公室", 529, 1239, 36), ("2023年3月22日", 871, 1303, 36)])
    assert title_and_organ(cut, [])[1] == "泉安市清源区打击侵权假冒工作领导小组办公室"
    # the second reading's first character misread (可东区 for 河东区), a seal's arc read as a line above both:
    # the first reading's head and the second, never the arc run into the name
    arc = _scan([*HEAD, ("东区知识叔工作源", 1029, 1050, 25), ("鲁阳市河东区知识产权工作领小组办公室", 672, 1122, 28),
                 ("可东区知识产权工作领导小组办公室", 768, 1130, 26), ("2023年7月19日", 984, 1190, 30)])
    assert title_and_organ(arc, [])[1] == "鲁阳市河东区知识产权工作领导小组办公室"


def test_a_mark_read_short_of_characters_is_the_name_the_document_prints_right():
    office = "蜀原市青衣县知识产权保护工作领导小组办公室"
    body = [("关于做好2022年度知识产权保护工作检查", 290, 545, 57),
            ("考核佐证材料收集报送有关事项的通知", 342, 617, 56),
            ("各乡镇人民政府，县直有关单位：", 208, 791, 35),
            ("请各单位于2022年6月17日前将工作情况和佐证材料报送县市场监管局知识产权科。", 216, 900, 38)]
    # 产权 and 工 lost from the mark, which still ends like a name (…领导小组办公室); the signature read right
    lost = _scan([("蜀原市青衣县知识保护作领导小组办公室文件", 290, 328, 51), ("青县知保办〔2022〕56号", 610, 481, 35),
                  *body, (office, 700, 1200, 38)], 1600)
    assert title_and_organ(lost, [])[1] == office
    # the mark read right and the signature under the seal read short: the mark
    right = _scan([(office + "文件", 290, 328, 51), ("青县知保办〔2022〕56号", 610, 481, 35), *body,
                   ("蜀原市青衣县知识保护作领导小组办公室", 700, 1200, 38)], 1600)
    assert title_and_organ(right, [])[1] == office
