"""Issuing organ, title and type as an assessor reads them (issue 15 "Organ", "Titles", "Type"), on files made here
the ways offices and scanners make them: joint signers, signatures wrapped onto two lines or stamped 盖章, an
organ mark in a table, a seal read twice by OCR, an organ ending OCR misread, a title's last word alone on a line,
a heading read into one line with a form's field, a routing slip in front of a notice, web pages whose banner is
bigger than the headline, and workbooks of reports. Expected values are the ones written into the files."""

from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Line, Page
from ipdocs.extract.titles import doc_type, title_and_organ

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
BODY = ["各有关单位：", "为进一步加强知识产权保护工作，现将有关事项通知如下。",
        "请各单位于2023年6月30日前报送工作情况。"]
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def _notice(path: Path, signature: list[str], date: str = "2023年5月18日",
            title: str = "关于开展知识产权执法检查的通知", mark_table: list[str] | None = None) -> Path:
    d = docx.Document()
    if mark_table:  # the joint organ mark laid out as a table: organ | 文件
        table = d.add_table(rows=len(mark_table), cols=2)
        for i, organ in enumerate(mark_table):
            table.cell(i, 0).text, table.cell(i, 1).text = organ, "文件"
    d.add_paragraph(title).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in BODY:
        d.add_paragraph(line)
    for line in [*signature, date]:
        d.add_paragraph(line).alignment = RIGHT
    d.save(str(path))
    return path


def test_joint_signers_are_all_given_in_the_order_signed(tmp_path):
    signers = ["乐昌市打击侵权假冒工作领导小组办公室", "乐昌市文化广电旅游体育局", "乐昌市公安局"]
    found = file_facts(_notice(tmp_path / "联合.docx", signers))
    assert found["organ"] == "、".join(signers)
    assert found["title"] == "关于开展知识产权执法检查的通知" and found["doc_type"] == "通知"


def test_an_organ_mark_laid_out_in_a_table_is_the_organ(tmp_path):
    mark = ["韶关市武江区市场监督管理局", "韶关市武江区公安分局"]
    found = file_facts(_notice(tmp_path / "版头表格.docx", [], mark_table=mark))
    assert found["organ"] == "韶关市武江区市场监督管理局"


def test_a_page_header_above_the_mark_or_the_signature_is_not_part_of_the_organ(tmp_path):
    """内部资料 注意保存 in the page header: above the organ mark (DOCX: header first) and, on a PDF's last page,
    right above the signature."""
    path = _notice(tmp_path / "页眉.docx", [], mark_table=["澄江市石桥区知识产权保护工作领导小组办公室"])
    d = docx.Document(str(path))
    d.sections[0].header.paragraphs[0].text = "内部资料  注意保存"
    d.save(str(path))
    assert file_facts(path)["organ"] == "澄江市石桥区知识产权保护工作领导小组办公室"
    first = Page(1, "内部资料 注意保存\n关于做好迎检资料报送工作的通知\n各有关单位：\n请于11月20日前报送。")
    last = Page(2, "内部资料 注意保存\n淮宁市东湖区人民政府办公室\u3000\u3000\n2023 年 3 月 13 日\n"
                   "（此件公开发布）\n— 2 —")
    assert title_and_organ(Document(Path("通知.pdf"), "pdf", [first, last]), []) == \
        ("关于做好迎检资料报送工作的通知", "淮宁市东湖区人民政府办公室")


def test_a_signature_wrapped_onto_two_lines_is_one_name(tmp_path):
    signature = ["韶关市武江区打击侵犯知识产权和制售假冒", "伪劣商品工作领导小组办公室"]
    found = file_facts(_notice(tmp_path / "落款两行.docx", signature))
    assert found["organ"] == "韶关市武江区打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"  # not its tail


def test_a_signature_stamped_gaizhang_with_the_date_after_a_line_break(tmp_path):
    d = docx.Document()
    d.add_paragraph("2023年知识产权保护工作总结")
    d.add_paragraph("今年以来，我局共办理知识产权案件12件。")
    signed = d.add_paragraph()
    signed.add_run("乐昌市市场监督管理局（盖章）").add_break()
    signed.add_run("二〇二三年十二月一日")
    d.save(str(tmp_path / "总结.docx"))
    assert file_facts(tmp_path / "总结.docx")["organ"] == "乐昌市市场监督管理局"


def test_joint_signers_side_by_side_on_a_short_page_are_a_signature_not_a_mark():
    """A text PDF's one short page: the signers' line (two names, one space apart) is within the page's first
    blocks but below the title — the signers one by one, not both names run together as an organ mark."""
    rows = [("关于联合开展2023年“铁拳”行动的通知", 22.0, True, 111), ("各有关单位：", 15.1, False, 142),
            ("为深入贯彻落实上级部署，进一步加强知识产权保护工作，", 15.4, True, 161),
            ("请各单位于2023年6月30日前报送工作情况。", 15.2, True, 200),
            ("宜昌市夷陵区市场监督管理局宜昌市夷陵区公安分局", 10.4, False, 219), ("2023年6月1日", 10.3, False, 244)]
    text = "\n".join(t if "公安" not in t else "宜昌市夷陵区市场监督管理局 宜昌市夷陵区公安分局" for t, _, _, _ in rows)
    page = Page(1, text, lines=[Line(t, 80, y, 520, y + s, s, c) for t, s, c, y in rows], width=595)
    assert title_and_organ(Document(Path("通知.pdf"), "pdf", [page]), []) == \
        ("关于联合开展2023年“铁拳”行动的通知", "宜昌市夷陵区市场监督管理局、宜昌市夷陵区公安分局")


def _ocr_page(rows: list[tuple[str, float, float, float]], width: float = 1240) -> Page:
    """An OCR page from (text, x0, y0, size) rows; each box as tall as its characters."""
    lines = [Line(t, x, y, x + size * len(t), y + size, size,
                  abs(x + size * len(t) / 2 - width / 2) < width * 0.06 and x > width * 0.12) for t, x, y, size in rows]
    return Page(1, "\n".join(t for t, _, _, _ in rows), ocr=True, lines=lines, width=width)


def test_a_scanned_signature_under_a_seal_read_twice_is_joined():
    """OCR reads a signature under a red seal twice (again without the seal): two overlapping pieces, one
    starting with a misread character, and a stray character of the seal's ring."""
    page = _ocr_page([("乐昌市打假办函〔2023〕23号", 150, 230, 33), ("关于商请提供佐证材料的函", 340, 370, 50),
                      ("市打击侵权假冒工作领导小组各成员单位：", 160, 590, 32),
                      ("请各单位于2023年11月22日前将工作总结报送市市场监管局。", 160, 650, 33),
                      ("丁击侵权假冒工作领导小组办公室", 600, 1141, 32), ("乐昌市打击侵权假冒工作领", 487, 1143, 32),
                      ("乐", 891, 1172, 30), ("2023年3月13日", 836, 1204, 35)])
    _, organ = title_and_organ(Document(Path("函.png"), "image", [page]), [])
    assert organ == "乐昌市打击侵权假冒工作领导小组办公室"


def test_an_organ_ending_misread_by_ocr_is_repaired_and_a_name_of_its_own_is_kept():
    from ipdocs.extract.titles import _repaired

    assert _repaired("宜昌市夷陵区打击侵权假计工作领导小组办公室") == "宜昌市夷陵区打击侵权假冒工作领导小组办公室"
    assert _repaired("银川市永宁县打击侵权假冒工作领霉小组办公") == "银川市永宁县打击侵权假冒工作领导小组办公室"
    for own in ("乐昌市公安局", "武江区市场监管局", "湖北省人民政府办公厅", "韶关市曲江区市场监督管理局",
                "某某人民医院"):
        assert _repaired(own) == own  # a right ending stays; a place is never changed
    last = Page(2, "各牵头单位要建立工作台账，实行销号管理。\n银川市永宁县打击侵权假冒工作领霉小组办公\n"
                   "2022年4月26日", ocr=True)
    first = _ocr_page([("银川市永宁县2022年软件正", 507, 296, 56), ("版化工作检查实施方案", 570, 373, 56),
                       ("为扎实做好2022年度知识产权保护工作，制定本方案。", 326, 462, 45),
                       ("一、工作目标", 328, 540, 44)], 1655)
    assert title_and_organ(Document(Path("方案.pdf"), "pdf", [first, last]), []) == \
        ("银川市永宁县2022年软件正版化工作检查实施方案", "银川市永宁县打击侵权假冒工作领导小组办公室")


def test_a_title_whose_last_word_or_character_stands_alone_on_a_line():
    page = _ocr_page([("乐昌市市场监督管理局打击侵权假冒工作领导小组会议", 593, 813, 68), ("记录", 1343, 935, 80),
                      ("会议名称2023年打击侵权假冒工作领导小组会议", 617, 1018, 47), ("主持人蔡晖宇", 631, 1236, 57),
                      ("记录人余鑫刚", 633, 1309, 56)], 3024)
    assert title_and_organ(Document(Path("记录.jpg"), "image", [page]), [])[0] == \
        "乐昌市市场监督管理局打击侵权假冒工作领导小组会议记录"
    page = _ocr_page([("关于做好迎接知识产权保护工作检查考核的通", 250, 306, 61), ("知", 821, 405, 77),
                      ("各有关单位：", 311, 491, 40),
                      ("为深入贯彻落实上级部署，进一步加强知识产权保护工作，", 312, 545, 43),
                      ("现将有关事项通知如下。", 225, 602, 43)], 1700)
    title = title_and_organ(Document(Path("通知.pdf"), "pdf", [page]), [])[0]
    assert title == "关于做好迎接知识产权保护工作检查考核的通知" and doc_type(title, "pdf", [], []) == "通知"


def test_a_heading_read_into_one_line_with_a_field_and_a_stamp_and_a_second_reading():
    """A photographed sign-in sheet: OCR joined 时间：… and the heading into one line; a corner stamp's three
    characters set vertically; the heading read a second time in part (under a seal)."""
    page = _ocr_page([("武江区", 10, 58, 50), ("时间：2023.10.2区知识产权保护工作专题会议签到表", 816, 697, 65),
                      ("区知识产权保护工作专题", 900, 699, 64), ("序号\t地点：区政府5楼会议室", 802, 854, 46),
                      ("姓名\t工作单位", 989, 929, 47), ("1\t严琳\t区人民法院\t科员", 828, 1004, 48)], 3024)
    page.lines[0].y1 = 180  # the stamp's box: three characters stacked
    title, organ = title_and_organ(Document(Path("签到表.jpg"), "image", [page]), [])
    assert (title, organ) == ("区知识产权保护工作专题会议签到表", "")


def test_a_routing_slip_in_front_of_a_notice_does_not_title_it():
    slip = Page(1, "银川市永宁县人民政府办公室文件处理笺\n来文单位\t办公室\n文件标题\t关于开展“铁拳”行动的通知\n"
                   "拟办意见\t请阅办。",
                lines=[Line("银川市永宁县人民政府办公室文件处理笺", 160, 150, 660, 180, 27, True),
                       Line("来文单位\t办公室", 120, 230, 600, 247, 17, False),
                       Line("文件标题\t关于开展“铁拳”行动的通知", 120, 270, 600, 287, 17, False),
                       Line("拟办意见\t请阅办。", 120, 310, 600, 327, 17, False)], width=842)
    notice = Page(2, "永府办〔2023〕53号\n银川市永宁县人民政府办公室关于开展\n2023年“铁拳”行动的通知\n"
                     "各乡镇人民政府：\n现将有关事项通知如下。\n银川市永宁县人民政府办公室\n2023年8月4日")
    assert title_and_organ(Document(Path("通知.pdf"), "pdf", [slip, notice]), []) == \
        ("银川市永宁县人民政府办公室关于开展2023年“铁拳”行动的通知", "银川市永宁县人民政府办公室")


def test_a_register_title_above_rows_that_push_the_median_size_up():
    """A case list's first page as pypdfium2 measures it (LibreOffice's PDF of a python-docx table): cells of two
    rows in one visual line stand taller than the title, whose two lines are only as big as the median. A register
    signed by nobody is the work of the unit its title opens with (its compiler: dev9's unprompted labels)."""
    rows = [("信阳市浉河区市场监督管理局2023", 18.0, True, 76), ("年知识产权行政处罚案件一览表", 18.0, True, 102),
            ("统计时间：2023年1月1日至11月30日", 11.3, False, 129),
            ("序\t当事人案由立案日期结案日期处罚决定书文号是否", 16.2, False, 148),
            ("号\t公开", 9.8, False, 161), ("浉河区永兴酒业侵犯著作权", 9.9, False, 175),
            ("1\t（盗版图书）2023.02.142023.03.04浉市监罚是", 23.5, False, 174),
            ("有限公司\t[2023]40号", 9.9, True, 188), ("浉河区恒通商贸擅自使用他人", 9.9, False, 202),
            ("2\t地理标志2023.08.252023.09.20浉市监罚否", 23.2, False, 202),
            ("有限公司\t[2023]70号", 9.9, True, 215), ("销售侵犯注册", 9.9, False, 229),
            ("浉河区华美酒业\t2023.01.232023.03.04浉市监罚", 9.9, False, 235),
            ("3\t商标专用权商\t否", 13.5, False, 241), ("4浉河区锦程超市擅自使用他人", 16.3, False, 269),
            ("地理标志2023.07.172023.08.22浉市监罚是", 23.2, True, 268),
            ("浉河区鑫达五金商标专用权的\t2023.03.272023.06.03浉市监罚", 10.1, False, 347),
            ("7品经营部假冒专利2023.03.052023.04.04浉市监罚否", 23.2, False, 387),
            ("浉河区金叶五金假冒专利2023.08.162023.08.30浉市监罚", 16.9, False, 414)]
    page = Page(1, "\n".join(t for t, _, _, _ in rows), lines=[Line(t, 60, y, 480, y + s, s, c) for t, s, c, y in rows],
                width=595)
    assert title_and_organ(Document(Path("一览表.pdf"), "pdf", [page]), []) == \
        ("信阳市浉河区市场监督管理局2023年知识产权行政处罚案件一览表", "信阳市浉河区市场监督管理局")


def test_workbooks_of_reports_are_ledgers_titled_by_their_title_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["2023年知识产权\n宣传报道台账"],
                ["填报单位：乐昌市市场监督管理局", None, None, "填报日期：2023年11月30日"],
                ["序号", "报道标题", "刊发媒体", "刊发日期"],
                [1, "乐昌开展知识产权宣传周活动", "韶关日报", "2023-04-26"]]:
        ws.append(row)
    ws.merge_cells("A1:D1")
    wb.save(tmp_path / "台账.xlsx")
    found = file_facts(tmp_path / "台账.xlsx")
    assert (found["title"], found["organ"], found["doc_type"]) == (
        "2023年知识产权宣传报道台账", "乐昌市市场监督管理局", "台账")  # the organ: the unit that made the ledger
    ws["A1"] = "武江区知识产权宣传报道"  # no type word: a workbook of reports is still a ledger, not news
    wb.save(tmp_path / "报道.xlsx")
    found = file_facts(tmp_path / "报道.xlsx")
    assert (found["title"], found["doc_type"]) == ("武江区知识产权宣传报道", "统计表")


def test_a_government_page_whose_banner_is_bigger_than_the_headline(tmp_path):
    """The site's banner (an organ's name with its second name in brackets) in big white letters on red, a
    navigation bar, a breadcrumb, a two-line headline and the 发布时间 line under it."""
    sans, bold = SANS, BOLD
    img = Image.new("RGB", (1100, 560), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1100, 100), fill=(180, 20, 20))
    draw.text((30, 22), "广东省市场监督管理局（知识产权局）", fill="white", font=ImageFont.truetype(bold, 42))
    draw.text((30, 115), "首页    机构概况    政务公开    政务服务    互动交流", fill="black",
              font=ImageFont.truetype(sans, 22))
    draw.text((30, 165), "当前位置：首页 > 政务公开 > 工作动态", fill="gray", font=ImageFont.truetype(sans, 20))
    for y, line in ((220, "乐昌市开展知识产权保护专项检查"), (268, "查获侵权商品300余件")):
        width = draw.textlength(line, font=ImageFont.truetype(bold, 32))
        draw.text(((1100 - width) / 2, y), line, fill="black", font=ImageFont.truetype(bold, 32))
    draw.text((200, 330), "发布时间：2023-06-08 10:30    来源：乐昌市市场监督管理局", fill="gray",
              font=ImageFont.truetype(sans, 18))
    for i, line in enumerate(["6月7日，乐昌市市场监督管理局在城区开展知识产权保护专项检查，",
                              "共检查商户56家，查获侵权商品300余件。"]):
        draw.text((60, 400 + 50 * i), line, fill="black", font=ImageFont.truetype(sans, 24))
    img.save(tmp_path / "网站截图.png")
    found = file_facts(tmp_path / "网站截图.png")
    assert found["title"] == "乐昌市开展知识产权保护专项检查查获侵权商品300余件"  # not the site's banner
    assert found["organ"] == "乐昌市市场监督管理局" and found["doc_type"] == "新闻报道"  # the 来源, not the banner


def test_a_headlines_last_characters_alone_on_a_line_above_the_byline():
    """A news app's headline wrapped with two or three characters on its second line: …获省级通报 / 表扬 (not a
    title ended at 通报), …十大典型案 / 例发布 (not a site's name …发布)."""
    for head, tail in (("青溪区知识产权保护工作获省级通报", "表扬"), ("2023年石桥区知识产权保护十大典型案", "例发布")):
        page = _ocr_page([("10:14\t5G", 59, 50, 40), ("新湖南", 462, 157, 52), (head, 57, 291, 59),
                          (tail, 48, 368, 60), ("新湖南客户端2022-08-13 11:34", 51, 468, 32),
                          ("8月10日，青溪区市场监管局联合区公安分局在", 50, 553, 46)], 1080)
        assert title_and_organ(Document(Path("截图.png"), "image", [page]), ["新湖南"])[0] == head + tail


def test_a_scanned_mark_ocr_misread_is_not_the_title_and_its_organ_is_repaired_or_dropped():
    """A two-line red mark read as …知识产权保护工作 / 领导组苏公室文件 above a 文号 read as ]73号: the mark is not the
    title; the organ is the mark with its common ending repaired, or the title's organ it resembles."""
    rows = [("嘉陵市金水县知识产权保护工作", 280, 334, 75), ("领导组苏公室文件", 457, 417, 86),
            ("]73号", 919, 578, 55), ("嘉陵市金水县知识产权保护工作领导", 325, 744, 61),
            ("小组办公室关于开展2023年“双打”行动的通知", 261, 828, 61),
            ("各乡镇人民政府，县直有关单位：", 230, 1000, 45),
            ("为加强知识产权保护，现将有关事项通知如下。", 230, 1080, 45),
            ("请各单位于2023年6月30日前报送工作情况。", 230, 1160, 45)]
    title, organ = title_and_organ(Document(Path("通知.png"), "image", [_ocr_page(rows, 1654)]), [])
    assert title == "嘉陵市金水县知识产权保护工作领导小组办公室关于开展2023年“双打”行动的通知"
    assert organ == "嘉陵市金水县知识产权保护工作领导小组办公室"
    rows[:2] = [("嘉陵市金水县用识广技保护工作领导小纠办公室文作", 300, 334, 70)]  # past repair: the title's
    assert title_and_organ(Document(Path("通知.png"), "image", [_ocr_page(rows, 1654)]), []) == (title, organ)


def test_a_scanned_signature_over_a_closing_date_ocr_misread_and_a_line_read_twice():
    last = Page(2, "请各单位于2023年11月16日前报送。\n淮宁市东湖区打击侵权假宝作领导小组公室\n"
                   "东湖区打击侵权假冒工作领导小组办公室\n2023年4街14日\n（此件不公开）", ocr=True)
    # a seal's stroke read as a digit before the date, 日 lost
    under_seal = Page(2, "考核取得好成绩。\n淮宁市东湖区市场监督管理局\n12023年3月1", ocr=True)
    assert title_and_organ(Document(Path("纪要.pdf"), "pdf", [Page(1, "关于召开联席会议的纪要\n会议由林静丽主持。"),
                                                             under_seal]), [])[1] == "淮宁市东湖区市场监督管理局"
    first = _ocr_page([("关于做好2023年度知识产权保护工作检", 283, 680, 62),
                       ("查考核迎检资料报送工作的通知", 236, 765, 61),
                       ("各有关单位：", 230, 900, 45),
                       ("为加强知识产权保护，现将有关事项通知如下。", 230, 980, 45)], 1654)
    assert title_and_organ(Document(Path("通知.pdf"), "pdf", [first, last]), []) == \
        ("关于做好2023年度知识产权保护工作检查考核迎检资料报送工作的通知", "淮宁市东湖区打击侵权假冒工作领导小组办公室")


def test_a_heading_read_with_the_form_label_or_the_unit_line_before_it():
    for read, heading in (("会议名称嘉陵市金水县市场监督管理局会议记录", "嘉陵市金水县市场监督管理局会议记录"),
                          ("填报单位（盖章）:县市场监管局嘉陵市金水县2023年知识产权宣传报道台账",
                           "嘉陵市金水县2023年知识产权宣传报道台账"),
                          ("填报单位（盖章）县市场监管局安平县市场监管局2023年知识产权工作收文登记簿",
                           "安平县市场监管局2023年知识产权工作收文登记簿")):
        page = _ocr_page([(read, 600, 800, 60), ("序号\t日期\t内容", 600, 950, 45),
                          ("1\t3月1日\t宣传活动", 600, 1020, 45), ("2\t3月8日\t执法检查", 600, 1090, 45)], 3024)
        assert title_and_organ(Document(Path("照片.jpg"), "image", [page]), [])[0] == heading
