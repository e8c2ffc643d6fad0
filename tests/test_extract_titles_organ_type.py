"""Titles, issuing organs and document types (issue 15 "Titles", "Organ", "Type") on files made here the ways
offices make them: joint issuers, an organ mark wrapped into lines of two sizes, titles in a text box or a table
cell, a 纪要 masthead above the title, registers that list media outlets, and web/WeChat screenshots with a site
banner, a navigation bar, a breadcrumb and an account line. Expected values are the ones written into the files."""

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from extract_files import facts_of_both, font_paragraph, official_page, printed_fixture, ruled_table
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def _page():
    return official_page()


def _para(d, text: str = "", size: float = 16, align=WD_ALIGN_PARAGRAPH.LEFT, font: str = "AR PL UMing CN",
          red: bool = False):
    return font_paragraph(d, text, size, align, font, red)


def _mark(d, text: str) -> None:
    """A red-header organ mark line: big below 14 characters, smaller above (as offices fit it to the width)."""
    _para(d, text, 30 if len(text) < 14 else 24, WD_ALIGN_PARAGRAPH.CENTER, "Noto Serif CJK SC", red=True)


def _title(d, lines: list[str]) -> None:
    for line in lines:
        _para(d, line, 22, WD_ALIGN_PARAGRAPH.CENTER, "Noto Serif CJK SC")


def _body(d, signer: str) -> None:
    _para(d, "各有关单位：")
    _para(d, "为加强知识产权保护，决定开展专项工作，请于2023年6月30日前报送工作情况。")
    _para(d, signer, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(d, "2023年5月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)


JOINT = ["韶关市武江区市场监督管理局", "韶关市武江区文化广电旅游体育局"]


def joint_issuers(path):
    d = _page()
    for organ in JOINT:
        _mark(d, organ)
    _para(d, "武市监联〔2023〕2号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(d, ["关于联合开展知识产权保护进校园活动的通知"])
    _body(d, "　".join(JOINT))
    d.save(str(path))


WRAPPED = ["韶关市武江区打击侵犯知识产权和制售假冒", "伪劣商品工作领导小组办公室"]


def wrapped_mark(path):
    d = _page()
    for line in WRAPPED:
        _mark(d, line)
    _para(d, "武江区打假办发〔2023〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(d, ["关于印发《武江区2023年打击侵权假冒", "工作要点》的通知"])
    _body(d, "韶关市武江区打假办")
    d.save(str(path))


BOX_TITLE = ["关于开展2023年知识产权保护", "“护航”专项行动的通知"]


def title_in_text_box(path):
    """The organ mark as a paragraph, the two-line title in a floating text box (VML, as Word and WPS write it)."""
    d = _page()
    _mark(d, "韶关市武江区市场监督管理局")
    _para(d, "武市监〔2023〕21号", align=WD_ALIGN_PARAGRAPH.CENTER)
    anchor = _para(d)
    body = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr>'
                   f'<w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in BOX_TITLE)
    anchor._element.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape id="title" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:440pt;'
        f'height:80pt;mso-position-vertical-relative:paragraph" filled="f" stroked="f"><v:textbox><w:txbxContent>'
        f'{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    for _ in range(3):
        _para(d)
    _body(d, "韶关市武江区市场监督管理局")
    d.save(str(path))


def title_in_table_cell(path):
    d = _page()
    d.add_table(rows=1, cols=1).cell(0, 0).text = "武江区知识产权保护工作情况报告"
    _para(d, "2023年，我区知识产权保护工作取得明显成效，现将有关情况报告如下。")
    d.save(str(path))


MEDIA_REGISTER = [["序号", "报道标题", "刊发媒体", "刊发日期"],
                  ["1", "武江区开展知识产权宣传周活动", "南方日报", "2023-04-26"],
                  ["2", "武江区查处一批侵权假冒案件", "韶关日报", "2023-05-10"]]


def media_register(path, title: str = "2023年知识产权宣传报道情况"):
    """A register of the year's news reports: its rows name outlets, its title has no type word."""
    d = _page()
    _para(d, title, 18, WD_ALIGN_PARAGRAPH.CENTER)
    ruled_table(d, MEDIA_REGISTER)
    d.save(str(path))


def tail_on_its_own_line(path):
    """An organ mark whose last word went onto a line of its own: …领导小组 (itself a name) / 办公室."""
    d = _page()
    for line in ["韶关市武江区打击侵权假冒工作领导小组", "办公室"]:
        _mark(d, line)
    _para(d, "武江区打假办发〔2023〕5号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(d, ["关于报送2023年打击侵权假冒工作总结的通知"])
    _body(d, "韶关市武江区打假办")
    d.save(str(path))


MAKERS = {"joint": joint_issuers, "wrapped": wrapped_mark, "box": title_in_text_box, "cell": title_in_table_cell,
          "register": media_register, "tail": tail_on_its_own_line}

printed = printed_fixture("titles", MAKERS)  # each file as DOCX and as the PDF LibreOffice prints of it


def test_joint_issuers_each_on_a_mark_line_of_its_own(printed):
    for found in facts_of_both(printed, "joint"):
        assert found["organ"] == "、".join(JOINT)                   # both issuers, as signed; neither is the title
        assert found["title"] == "关于联合开展知识产权保护进校园活动的通知"
        assert found["doc_type"] == "通知"


def test_an_organ_mark_wrapped_into_lines_of_two_sizes_is_one_organ(printed):
    for found in facts_of_both(printed, "wrapped"):
        assert found["organ"] == "".join(WRAPPED)                   # not its tail 伪劣商品工作领导小组办公室
        assert found["title"] == "关于印发《武江区2023年打击侵权假冒工作要点》的通知"


def test_an_organ_mark_whose_last_word_is_on_a_line_of_its_own(printed):
    for found in facts_of_both(printed, "tail"):
        assert found["organ"] == "韶关市武江区打击侵权假冒工作领导小组办公室"      # not cut before 办公室
        assert found["title"] == "关于报送2023年打击侵权假冒工作总结的通知"


def test_a_title_in_a_text_box(printed):
    for found in facts_of_both(printed, "box"):
        assert found["title"] == "".join(BOX_TITLE)                 # both lines, in the PDF too
        assert found["organ"] == "韶关市武江区市场监督管理局"
        assert found["doc_type"] == "通知"


def test_a_title_in_a_table_cell(printed):
    for found in facts_of_both(printed, "cell"):
        assert found["title"] == "武江区知识产权保护工作情况报告"    # not the first sentence of the body
        assert found["doc_type"] == "报告"


def test_a_register_that_names_outlets_is_a_register_not_a_news_report(printed, tmp_path):
    for found in facts_of_both(printed, "register"):
        assert [m["outlet"] for m in found["media"]] == ["南方日报", "韶关日报"]
        assert found["doc_type"] == "统计表"
    for title, typed in (("知识产权纠纷调解登记簿", "登记簿"), ("2023年知识产权案件办理情况表", "统计表")):  # registers
        media_register(tmp_path / "登记.docx", title)
        assert file_facts(tmp_path / "登记.docx")["doc_type"] == typed
    wb = openpyxl.Workbook()
    wb.active.append(["2023年知识产权宣传报道情况"])
    wb.active.merge_cells("A1:D1")
    for row in MEDIA_REGISTER:
        wb.active.append(row)
    wb.save(tmp_path / "报道.xlsx")
    found = file_facts(tmp_path / "报道.xlsx")
    assert (found["title"], found["doc_type"]) == ("2023年知识产权宣传报道情况", "统计表")


def test_a_workbook_whose_first_sheet_is_notes_and_whose_title_row_has_a_unit_note(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "填表说明"
    for row in (["填表说明"], ["1.请如实填写。"], ["2.日期按2023-01-01格式填写。"]):
        wb.active.append(row)
    ws = wb.create_sheet("台账")
    for row in (["2023年知识产权案件台账", None, None, "单位：件"], ["序号", "案号", "立案日期", "结案日期"],
                [1, "武市监罚〔2023〕3号", "2023-03-02", "2023-05-18"]):
        ws.append(row)
    wb.save(tmp_path / "附件2.xlsx")
    found = file_facts(tmp_path / "附件2.xlsx")
    assert (found["title"], found["doc_type"]) == ("2023年知识产权案件台账", "台账")   # not 附件2, not 填表说明


def test_minutes_in_word_under_a_masthead_with_labelled_lines(tmp_path):
    """会议纪要 (36 pt) / 第6期 / the office / its issue date, then the meeting's title (18 pt) and 16 pt labelled
    lines: the title is the meeting's, not the masthead and not run together with 时间：…; the office is the organ."""
    d = _page()
    _para(d, "会议纪要", 36, WD_ALIGN_PARAGRAPH.CENTER, red=True)
    _para(d, "第6期", 16, WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "韶关市武江区知识产权保护工作联席会议办公室", 14)
    _para(d, "二〇二三年七月二十二日", 14)
    _para(d, "韶关市武江区知识产权保护工作联席会议纪要", 18, WD_ALIGN_PARAGRAPH.CENTER)
    for line in ["时间：二〇二三年七月十六日上午9:30", "地点：区政府三楼第二会议室", "主持人：黎振宇", "会议议题：",
                 "一、听取各成员单位迎考佐证材料准备情况汇报"]:
        _para(d, line, 16)
    d.save(str(tmp_path / "纪要.docx"))
    found = file_facts(tmp_path / "纪要.docx")
    assert found["title"] == "韶关市武江区知识产权保护工作联席会议纪要"
    assert found["organ"] == "韶关市武江区知识产权保护工作联席会议办公室"
    assert found["meetings"][0]["date"] == "2023-07-16"


def _text(draw, xy, text, font, size, fill=(30, 30, 30)):
    draw.text(xy, text, font=ImageFont.truetype(font, size), fill=fill)


def test_a_government_site_screenshot_banner_navigation_and_breadcrumb(tmp_path):
    """The site's banner names a government (no issuer of a news item), a navigation bar without separators, a
    breadcrumb, the column's name in big letters, the centred headline on two lines, the 发布时间 line."""
    img = Image.new("RGB", (1440, 900), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1440, 150), fill=(20, 80, 160))
    _text(draw, (80, 40), "韶关市武江区人民政府", BOLD, 56, "white")
    _text(draw, (80, 163), "首页      政务公开      政务动态      政民互动", SANS, 28)
    _text(draw, (80, 240), "当前位置：首页 > 政务动态 > 部门动态", SANS, 24, (110, 110, 110))
    _text(draw, (80, 290), "部门动态", BOLD, 50, (20, 80, 160))            # the column's name, bigger than the headline
    for i, line in enumerate(["武江区市场监管局开展知识产权保护", "进校园宣传活动"]):
        width = draw.textlength(line, font=ImageFont.truetype(BOLD, 44))
        _text(draw, ((1440 - width) / 2, 390 + 66 * i), line, BOLD, 44)
    _text(draw, (420, 540), "发布时间：2023-06-08 10:30   来源：区市场监管局", SANS, 24, (120, 120, 120))
    for i, line in enumerate(["6月7日，区市场监管局联合区教育局走进辖区中小学，开展知识产权",
                              "保护宣传活动，发放宣传资料500余份，现场解答咨询80余人次。"]):
        _text(draw, (120, 630 + 56 * i), line, SANS, 32)
    img.save(tmp_path / "网站截图.png")
    found = file_facts(tmp_path / "网站截图.png")
    assert found["title"] == "武江区市场监管局开展知识产权保护进校园宣传活动"
    assert found["organ"] == "区市场监管局"                  # the 来源 unit published it; the banner is the site
    assert found["doc_type"] == "新闻报道"


def test_a_wechat_article_screenshot_with_its_account_line(tmp_path):
    """The account's name in the top bar, a two-line headline, then 「account  date time  province」 — no 来源
    line and no outlet: still a news report."""
    img = Image.new("RGB", (1080, 760), "white")
    draw = ImageDraw.Draw(img)
    _text(draw, (40, 20), "09:41", SANS, 30)
    _text(draw, (440, 105), "武江市场监管", SANS, 34)
    for i, line in enumerate(["知识产权保护进校园！武江区市场监管", "局走进辖区中小学开展宣传活动"]):
        _text(draw, (48, 220 + 78 * i), line, BOLD, 52)
    _text(draw, (48, 400), "武江市场监管  2023年06月08日 09:30  广东", SANS, 30, (120, 120, 120))
    for i, line in enumerate(["6月7日，区市场监管局联合区教育局走进辖区", "中小学，开展知识产权保护宣传活动。"]):
        _text(draw, (48, 500 + 62 * i), line, SANS, 36)
    img.save(tmp_path / "公众号截图.png")
    found = file_facts(tmp_path / "公众号截图.png")
    assert found["title"] == "知识产权保护进校园！武江区市场监管局走进辖区中小学开展宣传活动"
    assert found["doc_type"] == "新闻报道"


def test_a_masthead_of_a_name_over_a_big_ji_yao_and_the_title_under_it(tmp_path):
    """银川市永宁县迎检工作部署会 (26 pt) over 纪    要 (48 pt), 第11期, the office and date in a table, then the title
    in two 20 pt paragraphs: the title is the one under the masthead, the organ the office beside the date."""
    d = _page()
    _para(d, "银川市永宁县迎检工作部署会", 26, WD_ALIGN_PARAGRAPH.CENTER, red=True)
    _para(d, "纪    要", 48, WD_ALIGN_PARAGRAPH.CENTER, red=True)
    _para(d, "第11期", 14, WD_ALIGN_PARAGRAPH.CENTER)
    row = d.add_table(rows=1, cols=2).rows[0].cells
    row[0].text, row[1].text = "银川市永宁县人民政府办公室", "二〇二三年二月二十一日"
    for line in ["关于研究部署2023", "年知识产权保护工作的会议纪要"]:
        _para(d, line, 20, WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "2023年2月20日上午，副县长肖凯晖在县政府三楼会议室主持召开迎检工作部署会。现将会议议定事项纪要如下：", 14)
    _para(d, "一、部署迎接上级知识产权保护工作检查考核准备工作", 14)
    d.save(str(tmp_path / "纪要.docx"))
    found = file_facts(tmp_path / "纪要.docx")
    assert found["title"] == "关于研究部署2023年知识产权保护工作的会议纪要"
    assert found["organ"] == "银川市永宁县人民政府办公室"
    assert found["meetings"][0]["chair"] == "肖凯晖"


def test_a_register_title_above_table_rows_whose_boxes_stand_taller():
    """A text PDF's table rows (cells at several heights in one visual line) measure taller than the title above
    them: the title is the first block that names a document type."""
    from pathlib import Path

    from ipdocs.extract.text import Document, Line, Page
    from ipdocs.extract.titles import title_and_organ

    rows = [("2023年韶关市武江区知识产权宣传培训活动统计表", 16.5, True, 65),  # as pypdfium2 measures them
            ("填报单位：区市场监管局（盖章）填报日期：2023年11月25日", 10.7, False, 95),
            ("序\t主办单位活动情况参加情况", 19.2, False, 116),
            ("号\t活动时间活动名称活动地点参加对象人数", 10.8, False, 133),
            ("中小学知识产权普及教育宣讲", 10.2, True, 151),
            ("1\t2023-08-02活动步行街广场企业代表36", 18.5, False, 158),
            ("22023-08-05知识产权宣传周活动宣讲活动步行街广场执法人员212", 10.2, False, 186),
            ("32023-05-07“铁拳”行动宣讲活动江湾镇综合文化站群众106", 18.4, False, 203),
            ("区公安分局\t商标侵权案件办理业务培训现\t西河镇综合", 10.2, False, 238),
            ("42023-06-16\t文化站执法人员40", 18.3, False, 245), ("知识产权纠纷人民调解工作培", 10.2, True, 273),
            ("52023-11-25训会步行街广场中小学生43", 18.7, False, 279)]
    lines = [Line(text, 48, y, 530, y + size, size, centred) for text, size, centred, y in rows]
    page = Page(1, "\n".join(text for text, _, _, _ in rows), lines=lines, width=595)
    title, _ = title_and_organ(Document(Path("统计表.pdf"), "pdf", [page]), [])
    assert title == "2023年韶关市武江区知识产权宣传培训活动统计表"


def test_a_microblog_post_is_titled_by_its_bracketed_headline(tmp_path):
    """#话题#【headline】text under the account's name and a 「来自微博」 line: the headline in 【】, a news report."""
    img = Image.new("RGB", (1080, 640), "white")
    draw = ImageDraw.Draw(img)
    _text(draw, (175, 165), "夷陵区市场监管", SANS, 40)
    _text(draw, (175, 225), "2023-5-5 15:18 来自微博 weibo.com", SANS, 28, (120, 120, 120))
    for i, line in enumerate(["#知识产权宣传周#【夷陵区开展知识产权宣传周",
                              "活动】为营造尊重知识产权的良好氛围，夷陵区",
                              "市场监管局近日走进商圈开展宣传。"]):
        _text(draw, (44, 320 + 76 * i), line, SANS, 44)
    img.save(tmp_path / "微博截图.png")
    found = file_facts(tmp_path / "微博截图.png")
    assert found["title"] == "夷陵区开展知识产权宣传周活动"                        # not the account's name
    assert found["doc_type"] == "新闻报道"
