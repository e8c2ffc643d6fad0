"""Titles, organs and types by layout (issue 15 "Titles", "Organ", "Type"), second round: a portal's sidebar
beside a wrapped headline, a headline's last characters with a closing quote alone on a line, a red header whose
organ mark OCR misread above the 文号 line, a seal's stroke read after the signing organ, an organ mark in a header
table (organ | 文件), and sign-in sheets whose heading names only the event. OCR pages are given as the boxes the
recogniser returns (what the OCR cache stores), so the layout rules are tested without running OCR; DOCX and the
PDF LibreOffice prints of it are made here. Expected values are the ones written into the files."""

from pathlib import Path

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from extract_files import facts_of_both, font_paragraph, official_page, printed_fixture, ruled_table

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Page, lines_from_boxes
from ipdocs.extract.titles import _is_number_line, doc_type, title_and_organ
from ipdocs.word import oxml


def _ocr_document(boxes: list[tuple], width: float, name: str = "shot.png", pages: int = 1) -> Document:
    """A document whose pages OCR read as `boxes` (x0, y0, x1, y1, text), as text.ocr_page assembles them."""
    lines = lines_from_boxes(boxes, width, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in lines), ocr=True, boxes=boxes, lines=lines, width=width)
    return Document(Path(name), "image" if name.endswith(".png") else "pdf", [page] * pages)


BODY = [(132, 386, 1068, 416, "近日，青河区市场监督管理局联合区公安分局在全区范围内开展知识产权保护专项"),
        (81, 435, 1068, 464, "检查行动，重点检查农贸市场、商场超市和校园周边经营户，共出动执法人员120人次，"),
        (82, 485, 659, 512, "检查经营主体360家，查扣涉嫌侵权商品1200余件。")]


def test_a_portal_sidebar_beside_a_wrapped_headline_is_not_part_of_it():
    """A news portal: the headline's two lines at the left, 热点新闻 and related headlines in a column at the
    right, their boxes on the headline's rows (the sidebar's box even joins the headline's line without a gap)."""
    boxes = [(84, 43, 319, 94, "青河新闻网"), (422, 55, 795, 84, "首页|时政|社会|经济|文化|视频"),
             (83, 134, 381, 161, "青河新闻网>新闻中心>本地新闻"),
             (81, 201, 1055, 245, "守护创新成果青河区市场监管局多措并举加强知识产"), (1117, 206, 1234, 241, "热点新闻"),
             (1120, 254, 1359, 280, "青河区召开安全生产工作会"),
             (81, 264, 887, 303, "权保护工作全年办结案件数量同比增长三成"),
             (1120, 305, 1358, 329, "我区举办消费者权益保护日"),
             (82, 323, 666, 349, "2023-06-12 15:20:11来源：青河日报作者：李华编辑：赵强"),
             (1122, 354, 1325, 380, "青河区2023年高考顺利"), *BODY]
    title, organ = title_and_organ(_ocr_document(boxes, 1440), ["青河日报"])
    assert title == "守护创新成果青河区市场监管局多措并举加强知识产权保护工作全年办结案件数量同比增长三成"
    assert organ == ""


def test_a_sign_in_table_in_the_right_half_stays_in_its_rows():
    """Not a sidebar: pieces in the right half that no main-text line stands beside (a signature, a date)."""
    boxes = [(300, 100, 1100, 160, "关于开展知识产权宣传周活动的通知"), *BODY,
             (900, 900, 1300, 940, "青河区市场监督管理局"), (920, 960, 1280, 1000, "2023年5月18日")]
    title, organ = title_and_organ(_ocr_document(boxes, 1440, "scan.pdf"), [])
    assert (title, organ) == ("关于开展知识产权宣传周活动的通知", "青河区市场监督管理局")


PAGE = [(21, 16, 303, 43, "青河区市场监督管理局召开..."), (78, 48, 755, 81, "https://www.qinghe.gov.cn/zwgk/t20230612.html"),
        (207, 129, 736, 178, "青河区市场监督管理局")]
BYLINE = [(251, 403, 875, 432, "2023年06月12日10:32来源：青河区市场监管局阅读：1234"),
          (306, 460, 1342, 490, "近日，青河区市场监督管理局联合区公安分局在全区范围内开展知识产权保护专项检"),
          (252, 514, 1329, 543, "查行动，重点检查农贸市场、商场超市和校园周边经营户，共出动执法人员120人次，检")]


def test_a_left_aligned_headline_set_with_wide_leading_is_one_title():
    """Two lines of one headline 0.9 of a line apart, starting at one x (the first, full, looks centred)."""
    boxes = [*PAGE, (255, 245, 1320, 287, "青河区市场监督管理局召开2023年知识产权保护工作推"),
             (252, 326, 996, 369, "进会暨打击侵权假冒专项行动部署会议"), *BYLINE]
    title, organ = title_and_organ(_ocr_document(boxes, 1600), [])
    assert title == "青河区市场监督管理局召开2023年知识产权保护工作推进会暨打击侵权假冒专项行动部署会议"
    assert organ == ""


def test_a_subtitle_between_headline_and_byline_is_not_the_title():
    """A smaller 副题 under the headline (OCR dropped its dash) stands right above the byline."""
    boxes = [*PAGE, (254, 245, 873, 293, "青河区查办一批商标侵权案件"),
             (297, 312, 875, 348, "全区知识产权保护工作取得阶段性成效"), *BYLINE]
    title, _ = title_and_organ(_ocr_document(boxes, 1600), [])
    assert title == "青河区查办一批商标侵权案件"


def test_a_headline_ending_in_a_quotation_mark_on_a_line_of_its_own():
    """度” alone under a news app's headline: the closing quote prints as wide as a character, so the short line's
    width per character (not its half-counted size) matches the headline's."""
    boxes = [(59, 50, 180, 90, "11:06"), (438, 165, 644, 220, "青河新闻"),
             (54, 305, 982, 372, "青河区知识产权保护跑出“加速"), (37, 375, 164, 474, "度”"),
             (55, 496, 500, 530, "青河新闻记者王小明"), (700, 496, 1028, 530, "2023-06-12 09:15"),
             (53, 592, 1005, 635, "近日，青河区市场监督管理局联合区公安分局"),
             (53, 674, 1020, 721, "在全区范围内开展知识产权保护专项检查行动，")]
    title, _ = title_and_organ(_ocr_document(boxes, 1080), ["青河新闻"])
    assert title == "青河区知识产权保护跑出“加速度”"


def test_an_organ_mark_misread_above_the_number_line_is_neither_title_nor_a_tail_organ():
    """A bilevel scan lost the mark's red first line and misread the second (领导小组小公室): it is not the title
    (the 关于…的函 under the 文号 is), and the organ is the signature's full name, not the tail."""
    boxes = [(588, 454, 1086, 521, "领导小组小公室"), (626, 634, 1041, 679, "青知保办函〔2023〕8号"),
             (449, 789, 1217, 844, "关于报送2023年知识产权保护工作"), (688, 875, 983, 927, "自评材料的函"),
             (221, 1027, 775, 1068, "各成员单位:"),
             (298, 1094, 1412, 1138, "请于2023年6月30日前报送自评材料。"),
             (900, 1500, 1450, 1545, "青河区知识产权保护工作领导小组办公室"), (1000, 1560, 1300, 1600, "2023年5月18日")]
    document = _ocr_document(boxes, 1654, "scan.pdf")
    title, organ = title_and_organ(document, [])
    assert title == "关于报送2023年知识产权保护工作自评材料的函"
    assert organ == "青河区知识产权保护工作领导小组办公室"
    assert doc_type(title, "pdf", [], [], document.pages[0].text) == "函"


def test_a_seal_stroke_read_after_the_signing_organ_is_left_out():
    """A report signed only at its end; the seal over the name left a character after it (…管理局山)."""
    boxes = [(420, 300, 1240, 360, "关于2023年知识产权保护工作开展情况的报告"),
             (220, 420, 600, 460, "区人民政府："),
             (300, 490, 1400, 530, "现将我局2023年知识产权保护工作开展情况报告如下："),
             (900, 800, 1420, 850, "青河区市场监督管理局山"), (950, 870, 1300, 910, "2023年5月18日")]
    title, organ = title_and_organ(_ocr_document(boxes, 1654, "scan.pdf"), [])
    assert title == "关于2023年知识产权保护工作开展情况的报告"
    assert organ == "青河区市场监督管理局"


# ---- DOCX, and the PDF LibreOffice prints of it --------------------------------------------------------------------

def header_table(path):
    """Joint issuers in a borderless header table: both names in the left cell, a big 文件 in the right one."""
    d = official_page()
    table = d.add_table(rows=1, cols=2)
    oxml.set_column_widths(table, [int(mm * 56.7) for mm in (124, 32)])  # twips
    left, right = table.rows[0].cells
    left.width, right.width = Mm(124), Mm(32)
    par = left.paragraphs[0]
    for i, name in enumerate(["青河区市场监督管理局", "青河区公安分局"]):
        run = par.add_run(name)
        run.font.size = Pt(24)
        if i == 0:
            run.add_break()
    right.paragraphs[0].add_run("文件").font.size = Pt(40)
    font_paragraph(d, "青市监联〔2023〕7号", align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in ["关于联合开展农村假冒伪劣食品", "专项整治行动的通知"]:
        font_paragraph(d, line, 22, WD_ALIGN_PARAGRAPH.CENTER, "Noto Serif CJK SC")
    font_paragraph(d, "各乡镇人民政府，区直有关单位：")
    font_paragraph(d, "请于2023年6月30日前报送工作情况。", indent=True)
    d.save(str(path))


SIGNERS = ["张伟", "王芳", "李娜", "刘洋"]


def sign_in(heading: str, columns: list[str]):
    def make(path):
        d = official_page()
        font_paragraph(d, heading, 18, WD_ALIGN_PARAGRAPH.CENTER, "Noto Sans CJK SC")
        font_paragraph(d, "时间：2023年6月8日　地点：区市场监管局四楼会议室", 12, WD_ALIGN_PARAGRAPH.CENTER)
        table = d.add_table(rows=1 + len(SIGNERS), cols=len(columns))
        table.style = d.styles["Table Grid"]
        for c, value in enumerate(columns):
            table.cell(0, c).text = value
        for r, name in enumerate(SIGNERS, 1):
            for c, column in enumerate(columns):
                table.cell(r, c).text = {"序号": str(r), "姓名": name, "单位": "区市场监管局", "签名": name}[column]
        d.save(str(path))
    return make


MAKERS = {"header": header_table,
          "event": sign_in("2023年知识产权保护业务培训班", ["序号", "姓名", "单位", "签名"]),
          "book": sign_in("知识产权执法培训参训人员签名册", ["序号", "姓名", "单位"]),
          "roster": sign_in("2023年知识产权保护业务培训班", ["序号", "姓名", "单位"])}

printed = printed_fixture("layout", MAKERS)


def test_an_organ_mark_in_a_header_table_gives_the_lead_issuer(printed):
    for found in facts_of_both(printed, "header"):
        assert found["organ"] == "青河区市场监督管理局"
        assert found["title"] == "关于联合开展农村假冒伪劣食品专项整治行动的通知"
        assert found["doc_type"] == "通知"


def test_a_sign_in_sheet_whose_heading_names_only_the_event_is_typed_by_its_signing_column(printed):
    for found in facts_of_both(printed, "event"):
        assert found["title"] == "2023年知识产权保护业务培训班"
        assert found["doc_type"] == "签到表"
    for found in facts_of_both(printed, "book"):
        assert found["doc_type"] == "签到表"  # …签名册
    for found in facts_of_both(printed, "roster"):
        assert found["doc_type"] == "统计表"  # a list of names with no column to sign is no sign-in sheet


def test_a_place_ocr_misreads_is_put_right_in_title_and_organ_by_the_organ_vocabulary():
    """organs.yaml lists 狮 as OCR's misreading of 浉 and knows 信阳市浉河区's organs: 狮河区 read in a red header's
    mark and title is 浉河区; a place it does not know (狮子山区) is left as read."""
    boxes = [(300, 300, 1350, 380, "信阳市狮河区人民政府办公室文件"), (620, 480, 1030, 520, "狮政办〔2023〕5号"),
             (330, 600, 1320, 660, "关于狮河区狮子山区域知识产权保护的通知"),
             (220, 760, 700, 800, "各乡镇人民政府："), (300, 830, 1400, 870, "请于2023年6月30日前报送工作情况。")]
    title, organ = title_and_organ(_ocr_document(boxes, 1654, "scan.pdf"), [])
    assert organ == "信阳市浉河区人民政府办公室"
    assert title == "关于浉河区狮子山区域知识产权保护的通知"


def test_a_signing_organ_whose_ending_ocr_misread_at_its_first_character_is_put_right():
    """…县带场监督管理局 (市 misread) under a notice with no organ mark: the common ending, the place as read."""
    boxes = [(330, 300, 1320, 360, "关于开展2023年知识产权宣传周活动的通知"),
             (220, 460, 700, 500, "各乡镇人民政府："), (300, 530, 1400, 570, "请于2023年6月30日前报送工作情况。"),
             (900, 800, 1420, 850, "安平县带场监督管理局"), (950, 870, 1300, 910, "2023年5月18日")]
    _, organ = title_and_organ(_ocr_document(boxes, 1654, "scan.pdf"), [])
    assert organ == "安平县市场监督管理局"


# ---- DOCX and XLSX alone (no printing) -----------------------------------------------------------------------------

def _docx(path: Path, paragraphs: list[tuple[str, float, bool]], table: list[list[str]] | None = None) -> Path:
    """Paragraphs (text, size, centred) in that order; `table` rows after the first paragraph."""
    d = official_page()
    for i, (text, size, centred) in enumerate(paragraphs):
        font_paragraph(d, text, size, WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT)
        if i == 0 and table:
            ruled_table(d, table)
    d.save(str(path))
    return path


def test_a_title_naming_a_registered_trademark_is_not_a_site_s_login_link(tmp_path):
    """注册商标 in a title's first line: not the 登录/注册 links of a site's banner, so the two lines join."""
    path = _docx(tmp_path / "letter.docx", [("柳川市三江县知识产权工作领导小组办公室", 20, True),
                                            ("三知领办函〔2023〕53号", 13, True),
                                            ("关于协助核查涉嫌侵犯注册商标", 22, True),
                                            ("专用权案件线索有关情况的函", 22, True),
                                            ("县公安分局：", 13, False), ("请协助核查有关线索。", 13, False)])
    found = file_facts(path)
    assert found["title"] == "关于协助核查涉嫌侵犯注册商标专用权案件线索有关情况的函"
    assert found["organ"] == "柳川市三江县知识产权工作领导小组办公室"
    assert found["doc_type"] == "函"


def test_a_minutes_masthead_with_an_issue_number_is_not_the_title(tmp_path):
    path = _docx(tmp_path / "minutes.docx", [("区政府专题会议纪要", 32, True), ("第28期", 12, True),
                                             ("燕平市滨河区人民政府办公室　　　　2023年10月24日", 11, False),
                                             ("关于研究知识产权纠纷调解有关事项的会议纪要", 20, True),
                                             ("10月22日，副区长马凯健主持召开专题会议。会议议定：", 12, False),
                                             ("一是研究设立知识产权纠纷人民调解委员会。", 12, False)])
    found = file_facts(path)
    assert found["title"] == "关于研究知识产权纠纷调解有关事项的会议纪要"
    assert found["organ"] == "燕平市滨河区人民政府办公室"
    assert found["doc_type"] == "会议纪要"


def test_a_drafting_slip_above_the_notice_is_no_part_of_its_organ(tmp_path):
    """A 发文稿纸 (its name, then a label–value table) on top of the notice in one Word file."""
    slip = [["签发", "莫辉晖", "会签", ""], ["文件标题", "关于开展农资打假行动的通知", "", ""],
            ["发文字号", "滨区司发〔2022〕37号", "印数", "24份"]]
    path = _docx(tmp_path / "notice.docx", [("燕平市滨河区司法局发文稿纸", 18, True),
                                            ("燕平市滨河区司法局文件", 26, True), ("滨区司发〔2022〕37号", 16, True),
                                            ("关于开展农资打假行动的通知", 22, True),
                                            ("各镇（街）：", 16, False), ("请认真抓好落实。", 16, False)], slip)
    found = file_facts(path)
    assert found["organ"] == "燕平市滨河区司法局"
    assert found["title"] == "关于开展农资打假行动的通知"


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_xlsx_titles_and_types_from_the_title_row(tmp_path):
    attached = _xlsx(tmp_path / "a.xlsx", [["附件1：2023年知识产权行政保护案件统计表"], ["序号", "案件名称", "案由"],
                                           [1, "某公司侵犯商标专用权案", "商标侵权"]])
    found = file_facts(attached)
    assert (found["title"], found["doc_type"]) == ("2023年知识产权行政保护案件统计表", "统计表")
    events = _xlsx(tmp_path / "b.xlsx", [["2023年知识产权培训开展情况"],
                                         ["序号", "培训名称", "培训时间", "签到人数", "经办人姓名"],
                                         [1, "商标执法培训", "2023-05-10", 31, "王芳"],
                                         [2, "专利培训", "2023-06-10", 28, "王芳"]])
    assert file_facts(events)["doc_type"] == "统计表"  # a ledger of training events counts who signed in: no sheet
    names = _xlsx(tmp_path / "c.xlsx", [["知识产权业务培训参训人员名单"], ["序号", "姓名", "单位", "签名"],
                                        [1, "张伟", "区市场监管局", ""], [2, "王芳", "区市场监管局", ""]])
    assert file_facts(names)["doc_type"] == "签到表"  # a list of names with a column to sign


def test_a_photographed_notice_whose_number_line_lost_its_brackets_is_not_titled_by_it():
    """A phone photo: the 文号 read as 三县市发1202273号 (〔 read as 1) is no title; the mark above it, one
    character of its ending lost (…打击侵权假工作领导小组办公室), is given that common ending, the place as read."""
    boxes = [(250, 300, 1400, 380, "泉安市清源区打击侵权假工作领导小组办公室"),
             (560, 470, 1100, 530, "三县市发1202273号"),
             (330, 600, 1320, 660, "关于开展校园周边侵权假冒文具整治的通知"),
             (220, 760, 700, 800, "各乡镇人民政府："), (300, 830, 1400, 870, "请于2023年6月30日前报送工作情况。")]
    title, organ = title_and_organ(_ocr_document(boxes, 1654, "photo.jpg"), [])
    assert _is_number_line("三县市发1202273号") and not _is_number_line("关于2023年5号")  # not a title's words
    assert title == "关于开展校园周边侵权假冒文具整治的通知"
    assert organ == "泉安市清源区打击侵权假冒工作领导小组办公室"


def test_a_headline_s_dash_before_its_subtitle_read_as_yi_is_a_dash_again():
    """OCR reads the —— between a headline's theme and its place-led rest as 一 (…营商环境一清源区扎实推进…): the
    dash, not a character the page does not print; 一 in its own words (统一, 一批, 进一步) stays."""
    boxes = [*PAGE, (255, 245, 1320, 287, "守护创新成果优化营商环境一青河区扎实推进知识产"),
             (252, 326, 996, 369, "权保护规范化市场建设工作纪实"), *BYLINE]
    title, _ = title_and_organ(_ocr_document(boxes, 1600), [])
    assert title == "守护创新成果优化营商环境——青河区扎实推进知识产权保护规范化市场建设工作纪实"
    boxes = [*PAGE, (255, 245, 1320, 287, "青河区市场监督管理局集中打造一批城区特色"),
             (252, 326, 996, 369, "商标品牌项目建设工作纪实"), *BYLINE]
    kept = "青河区市场监督管理局集中打造一批城区特色商标品牌项目建设工作纪实"
    assert title_and_organ(_ocr_document(boxes, 1600), [])[0] == kept


def test_a_ledger_title_ocr_read_with_the_field_label_left_of_it():
    """A scanned ledger: OCR joined the 填报单位 label at the left with the title into one line of two cells."""
    boxes = [(180, 150, 330, 200, "填报单位"), (540, 130, 1760, 230, "青岚县2023年知识产权行政执法案件办理台账"),
             (340, 240, 1000, 280, "青岚县市场监督管理局（盖章）"), (1100, 240, 1450, 280, "填报日期：2023年11月15日"),
             (170, 300, 330, 340, "序号"), (400, 300, 700, 340, "案件名称"), (900, 300, 1200, 340, "办理时间"),
             (170, 360, 330, 400, "1"), (400, 360, 800, 400, "某超市销售侵犯注册商标专用权商品案"),
             (900, 360, 1200, 400, "2023年2月4日")]
    document = _ocr_document(boxes, 2200, "ledger.pdf")
    title, _ = title_and_organ(document, [])
    assert title == "青岚县2023年知识产权行政执法案件办理台账"
    assert doc_type(title, "pdf", [], [], document.pages[0].text) == "台账"


def test_a_headline_wrapped_inside_a_registered_trademark_and_a_news_platform_account():
    """…假冒注册商 / 标运动鞋案: the headline's two lines, not a site's 注册 link and the rest; a page under a news
    platform's account (澎湃号·政务…) is a news report though no outlet is its source."""
    boxes = [(37, 27, 106, 60, "9:44"), (52, 116, 995, 163, "临渡县市场监管局破获一起销售假冒注册商"),
             (50, 184, 707, 235, "标运动鞋案，涉案金额19万元"),
             (50, 268, 645, 297, "澎湃号·政务临渡市场监管2023年9月16日"),
             (51, 340, 1001, 378, "二〇二三年九月十二日，临渡县市场监管局联合公安、文旅等部"),
             (50, 403, 1019, 435, "门对辖区商超、批发市场开展拉网式检查，出动执法人员103人次")]
    document = _ocr_document(boxes, 1080)
    title, organ = title_and_organ(document, [])
    assert (title, organ) == ("临渡县市场监管局破获一起销售假冒注册商标运动鞋案，涉案金额19万元", "")
    assert doc_type(title, "image", [], [], document.pages[0].text) == "新闻报道"
