"""Titles, organs and types (issue 15) in the forms stop 28 found unhandled, on pages and files made here: a text
PDF's title set at 1.5×–2.2× line spacing (双倍行距) kept whole, without the red mark above it, the 文号 line, the
salutation or an organ line under it; an organ line in the title's face right above it read as the title's head
(…局 / 2023年…工作总结, as every corpus labels it); a news headline naming a unit (…工作站) over its reporter's
line, which is no organ mark; a draft's mark under a title (（征求意见稿）); and the genres a unit's Word files call
themselves (讲话, 汇报, 工作要点, 制度, 协议, 备忘录, 证明 …). Expected values are the ones written into the pages."""

from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import font_paragraph, official_page

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Line, Page, lines_from_boxes
from ipdocs.extract.titles import doc_type, news_source, title_and_organ

C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
WIDTH = 595.3
BODY = ["　　为进一步做好全区知识产权保护工作，根据上级有关部署，结合我区实际，现将有关事项说明如下。",
        "　　各成员单位要高度重视，明确专人负责，按时报送相关材料，确保各项工作落到实处。"]
BODY_LINES = ["为进一步做好全区知识产权保护工作，根据上级有关部署，结合我区", "实际，现将有关事项说明如下。",
              "各成员单位要高度重视，明确专人负责，按时报送相关材料，确保各", "项工作落到实处。"]


def _pdf(rows: list[tuple[str, float, bool]], pitches: list[float], name: str = "doc.pdf") -> Document:
    """A text PDF's first page: rows (text, size, centred) from the top, each `pitches[i]` (baseline to baseline,
    in its own size) below the one before; body lines after them."""
    lines, y = [], 90.0
    for i, (text, size, centred) in enumerate(rows):
        if i:
            y += pitches[i - 1] * max(size, rows[i - 1][1]) - rows[i - 1][1]
        w = size * len(text)
        x0 = (WIDTH - w) / 2 if centred else 80.0
        lines.append(Line(text, x0, y, x0 + w, y + size, size, centred))
        y += size
    for text in BODY_LINES:
        y += 12
        lines.append(Line(text, 80.0, y, 80.0 + 15 * len(text), y + 15, 15, False))
        y += 15
    page = Page(1, "\n".join(ln.text for ln in lines), lines=lines, width=WIDTH)
    return Document(Path(name), "pdf", [page])


@pytest.mark.parametrize("pitch", [1.5, 1.8, 2.0, 2.2])
def test_a_title_set_at_wide_line_spacing_is_whole(pitch):
    """Two lines of a centred title at 1.5×–2.2× spacing: one title, neither the 文号 above nor the salutation
    under it joined."""
    rows = [("枫溪区市监函〔2024〕8号", 13, True), ("关于协助调查涉嫌销售侵犯地理标志", 20, True),
            ("产品违法行为相关情况的函", 20, True), ("松原区市场监督管理局：", 13, False)]
    doc = _pdf(rows, [2.6, pitch, 2.0])
    title, _ = title_and_organ(doc, [])
    assert title == "关于协助调查涉嫌销售侵犯地理标志产品违法行为相关情况的函"
    assert doc_type(title, "pdf", [], [], doc.pages[0].text) == "函"


def test_three_wide_lines_of_a_title_under_a_red_mark_of_its_size():
    """A mark as big as the title (…局文件) at the title's spacing stays the organ, the title's three lines one."""
    rows = [("枫溪区知识产权局文件", 20, True), ("关于印发《枫溪区2024年商标品牌", 20, True),
            ("培育指导工作要点》的", 20, True), ("通知", 20, True)]
    title, organ = title_and_organ(_pdf(rows, [2.0, 2.1, 2.1]), [])
    assert (title, organ) == ("关于印发《枫溪区2024年商标品牌培育指导工作要点》的通知", "枫溪区知识产权局")


def test_an_organ_line_in_the_title_s_face_heads_the_title():
    """枫溪区知识产权局 / 2024年上半年专利转化运用情况汇报, centred alike at double spacing: the title is both lines
    (the corpora label such a report so), and the organ is the one it opens with."""
    rows = [("枫溪区知识产权局", 20, True), ("2024年上半年专利转化运用情况汇报", 20, True)]
    doc = _pdf(rows, [2.0])
    title, organ = title_and_organ(doc, [])
    assert (title, organ) == ("枫溪区知识产权局2024年上半年专利转化运用情况汇报", "枫溪区知识产权局")
    assert doc_type(title, "pdf", [], [], doc.pages[0].text) == "汇报"


def test_an_organ_line_under_a_title_at_wide_spacing_is_not_the_title_s():
    """A title naming no genre with its issuer centred under it in the same face: the title alone."""
    rows = [("关于枫溪区商标品牌培育指导工作开展情况", 20, True), ("枫溪区市场监督管理局", 20, True)]
    title, organ = title_and_organ(_pdf(rows, [2.0]), [])
    assert title == "关于枫溪区商标品牌培育指导工作开展情况"
    assert organ == "枫溪区市场监督管理局"


def test_a_draft_mark_under_a_title_belongs_to_it():
    """（征求意见稿） in a smaller face under a two-line title: part of the title; the type is the title's word."""
    rows = [("枫溪区知识产权纠纷人民调解工作", 20, True), ("实施细则", 20, True), ("（征求意见稿）", 16, True)]
    doc = _pdf(rows, [2.0, 1.9])
    title, _ = title_and_organ(doc, [])
    assert title == "枫溪区知识产权纠纷人民调解工作实施细则（征求意见稿）"
    assert doc_type(title, "pdf", [], [], doc.pages[0].text) == "细则"


def test_a_news_headline_naming_a_unit_over_its_reporter_line_is_no_organ_mark():
    """一家…服务站 leads the page (the app's name in a bar above): a headline, under it the reporter's line; the
    headline is the title and no organ is made of it."""
    width = 1080
    rows = [("新华社客户端", 34, True, 130), ("松原区首家商标品牌指导服务站", 50, False, 316),
            ("新华社客户端记者冯晓岚", 28, False, 426), ("2024-03-12 10:15", 26, False, 481),
            ("3月12日，记者从松原区市场监管局获悉，该区首家商标品牌指导服务", 34, False, 577),
            ("站正式挂牌运行，将为辖区企业提供商标注册、运用和保护指导。", 34, False, 634)]
    lines = [Line(t, (width - s * len(t)) / 2 if c else 62, y, ((width + s * len(t)) / 2 if c else 62 + s * len(t)),
                  y + s, s, c) for t, s, c, y in rows]
    boxes = [(ln.x0, ln.y0, ln.x1, ln.y1, ln.text) for ln in lines]
    page = Page(1, "\n".join(t for t, _, _, _ in rows), ocr=True, boxes=boxes, lines=lines, width=width)
    assert title_and_organ(Document(Path("shot.png"), "image", [page]), []) == ("松原区首家商标品牌指导服务站", "")


def _word(path: Path, paragraphs: list[tuple[str, float, object]]) -> Path:
    d = official_page()
    for text, size, align in paragraphs:
        font_paragraph(d, text, size, align)
    d.save(str(path))
    return path


@pytest.mark.parametrize("title, expected", [
    ("在全区知识产权保护工作推进会上的讲话", "讲话"),
    ("区市场监管局局长在商标品牌工作座谈会上的讲话稿", "讲话"),
    ("松原区2024年上半年知识产权工作汇报", "汇报"),
    ("松原区知识产权保护工作检查考核迎检汇报材料", "汇报"),
    ("在全区商标品牌建设推进会上的讲话提纲", "讲话"),
    ("关于枫溪镇商标侵权案件移送情况的情况说明", "情况说明"),
    ("松原区2024年知识产权保护工作要点", "要点"),
    ("松原区2024年知识产权宣传培训计划", "计划"),
    ("松原区知识产权事业发展“十四五”规划", "规划"),
    ("松原区知识产权保护工作联席会议制度", "制度"),
    ("松原区知识产权维权援助工作管理办法（试行）", "办法"),
    ("松原区商标侵权案件移送实施细则", "细则"),
    ("尊重知识产权 争做诚信商户倡议书", "倡议书"),
    ("经营者知识产权保护承诺书", "承诺书"),
    ("松原区知识产权纠纷调解合作协议", "协议"),
    ("松原区与枫溪区知识产权协同保护合作备忘录", "备忘录"),
    ("松原区2024年知识产权保护重点任务清单", "清单"),
    ("关于枫溪镇诚信商户无侵权记录的证明", "证明"),
    ("松原区2024年专利授权情况月度报表", "报表"),
])
def test_a_word_file_is_typed_by_the_genre_it_calls_itself(tmp_path, title, expected):
    path = _word(tmp_path / "genre.docx", [(title, 22, C), *[(t, 16, L) for t in BODY],
                                           ("松原区市场监督管理局", 16, R), ("2024年6月3日", 16, R)])
    found = file_facts(path)
    assert (found["title"], found["doc_type"]) == (title.replace(" ", ""), expected)  # a space set between phrases


def test_a_word_file_s_draft_mark_under_its_title(tmp_path):
    path = _word(tmp_path / "draft.docx", [("松原区知识产权维权援助工作管理办法", 22, C), ("（征求意见稿）", 16, C),
                                           *[(t, 16, L) for t in BODY]])
    found = file_facts(path)
    assert (found["title"], found["doc_type"]) == ("松原区知识产权维权援助工作管理办法（征求意见稿）", "办法")


def test_a_report_signed_by_a_customs_office(tmp_path):
    path = _word(tmp_path / "customs.docx", [("关于2024年知识产权海关保护工作情况的报告", 22, C),
                                             *[(t, 16, L) for t in BODY], ("中华人民共和国松原海关", 16, R),
                                             ("2024年7月3日", 16, R)])
    assert file_facts(path)["organ"] == "中华人民共和国松原海关"


def _ocr_ledger(rows: list[str]) -> Document:
    """A photographed ledger's first page as OCR reads it: the title, then lines of cells (tabs)."""
    width = 1400
    lines, boxes = [], []
    for i, text in enumerate(rows):
        y, size = 80 + 60 * i, 40 if i == 0 else 28
        x0 = (width - size * len(text)) / 2 if i == 0 else 90
        lines.append(Line(text, x0, y, x0 + size * len(text.replace("\t", "")), y + size, size, i == 0))
        boxes.append((x0, y, x0 + size * len(text), y + size, text))
    page = Page(1, "\n".join(rows), ocr=True, boxes=boxes, lines=lines, width=width)
    return Document(Path("ledger.jpg"), "image", [page])


@pytest.mark.parametrize("stamp, expected", [
    ("枫溪区知识产权局（盖章）", "枫溪区知识产权局"),
    ("溪区知识产权局(盖章)", "枫溪区知识产权局"),  # the place's first character lost at the seal's edge
])
def test_a_ledger_s_maker_in_its_stamp_s_cell(stamp, expected):
    """填报单位 printed in a cell apart from the unit's name and its （盖章）: the unit is the ledger's maker."""
    doc = _ocr_ledger(["枫溪区2024年专利侵权纠纷行政裁决台账", "填报单位\t填报时间", f"{stamp}\t2024年4月8日",
                       "序号\t案件名称\t请求人\t被请求人\t受理日期\t结案日期",
                       "1\t某公司诉某厂专利侵权纠纷案\t赵强\t某厂\t2024年1月5日\t2024年3月2日",
                       "2\t某公司诉某店专利侵权纠纷案\t钱芳\t某店\t2024年2月6日\t2024年3月9日"])
    assert title_and_organ(doc, []) == ("枫溪区2024年专利侵权纠纷行政裁决台账", expected)


def test_a_news_page_s_organ_without_a_source_line_is_its_own_outlet():
    """No 来源 line: the outlet whose page or account it is (a paper's app, an account beside its date) — what
    dev7's, dev8's and dev9's labellers all write; a source line still names the first publisher; a government
    portal's page with neither names no outlet."""
    body = "3月12日，松原区市场监管局联合公安部门开展商标侵权专项检查，出动执法人员52人次。"
    assert news_source(f"9:41\n松江晚报\n松原区开展商标侵权专项检查\n松江晚报记者 冯晓岚\n{body}") == "松江晚报"
    assert news_source(f"松原区开展商标侵权专项检查\n原创 冯晓岚 松江晚报 2024年3月12日 08:51\n{body}") == "松江晚报"
    assert news_source(f"松江晚报\n松原区开展商标侵权专项检查\n来源：北岭日报 2024-03-12\n{body}") == "北岭日报"
    assert news_source(f"松原区人民政府\n松原区开展商标侵权专项检查\n发布时间：2024-03-12 浏览次数：88\n{body}") == ""


def test_a_digital_paper_s_headline_beside_its_list_of_the_page_s_items():
    """A 数字报 page: 本版导航 and ·items in a left column beside the article; the headline's first line shares a
    visual line with 本版导航 and its second with an item: the headline is its two lines, no item in it."""
    width = 1440
    boxes = [(80, 60, 330, 120, "松江晚报"), (78, 135, 170, 170, "数字报"),
             (950, 143, 1360, 180, "2024年03月14日第05版"),
             (80, 225, 196, 259, "本版导航"), (523, 240, 1111, 286, "松原区召开商标品牌建设推进会"),
             (86, 272, 296, 310, "·春耕备耕正当时"), (525, 300, 861, 346, "部署全年重点工作"),
             (87, 317, 296, 355, "·社区服务再升级"), (88, 364, 296, 400, "·乡村振兴绘新景"),
             (523, 375, 970, 405, "本报记者冯晓岚通讯员 林杉"),
             (523, 448, 1353, 494, "3月12日，松原区召开商标品牌建设推进会，总结去年工作，"),
             (523, 504, 1359, 533, "部署今年商标品牌培育、运用和保护重点任务。")]
    lines = lines_from_boxes(boxes, width, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in lines), ocr=True, boxes=boxes, lines=lines, width=width)
    title, organ = title_and_organ(Document(Path("paper.png"), "image", [page]), [])
    assert title == "松原区召开商标品牌建设推进会部署全年重点工作"


def test_a_signature_under_a_table_of_names_and_units_is_the_signer_alone(tmp_path):
    """A 决定's list of honourees (a table: 类别 | 姓名 | 单位) right above the signature: its rows are no signers."""
    d = official_page()
    for text, size, align in [("关于表彰2024年度商标品牌工作先进个人的决定", 22, C), *[(t, 16, L) for t in BODY]]:
        font_paragraph(d, text, size, align)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["类别", "姓名", "单位"], ["先进个人", "陈立", "枫桥市场监管所"],
                             ["先进个人", "王敏", "执法大队"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for text in ("松原区市场监督管理局", "2024年1月10日"):
        font_paragraph(d, text, 16, R)
    d.save(str(tmp_path / "award.docx"))
    assert file_facts(tmp_path / "award.docx")["organ"] == "松原区市场监督管理局"


def test_a_digital_paper_s_headline_over_its_dateline_not_its_masthead():
    """…报数字报 at the top in the biggest face, 本报讯（记者…） under the headline: the headline is the title."""
    width = 1440
    rows = [("松江晚报数字报", 46, 52, 37), ("2024年6月10日第03版：综合新闻 上一版 下一版", 22, 50, 118),
            ("松原区查获一批假冒注册商标白酒", 40, 402, 180), ("本报讯（记者冯晓岚 通讯员林杉）", 21, 401, 240),
            ("近日，松原区市场监督管理局联合区公安分局查获假冒白酒620余瓶，案值约18万元。", 22, 444, 291)]
    lines = [Line(t, x, y, x + s * len(t), y + s, s, False) for t, s, x, y in rows]
    boxes = [(ln.x0, ln.y0, ln.x1, ln.y1, ln.text) for ln in lines]
    page = Page(1, "\n".join(t for t, *_ in rows), ocr=True, boxes=boxes, lines=lines, width=width)
    assert title_and_organ(Document(Path("paper.png"), "image", [page]), [])[0] == "松原区查获一批假冒注册商标白酒"


def test_a_ledger_s_title_read_with_its_date_field_beside_it():
    doc = _ocr_ledger(["枫溪区2024年第二季度专利侵权纠纷处理情况统计表\t填报日期：2024年7月5日",
                       "填报单位：枫溪区知识产权局", "序号\t案件名称\t请求人\t被请求人\t受理日期\t结案日期",
                       "1\t某公司诉某厂专利侵权纠纷案\t赵强\t某厂\t2024年4月5日\t2024年6月2日",
                       "2\t某公司诉某店专利侵权纠纷案\t钱芳\t某店\t2024年5月6日\t2024年6月9日"])
    assert title_and_organ(doc, []) == ("枫溪区2024年第二季度专利侵权纠纷处理情况统计表", "枫溪区知识产权局")
