"""Issuing organ and document type as a clerk writes them (issue 15 "Organ", "Type"): the 文种 each document calls
itself (请示, 通报, 意见, 计划, 会议记录, 台账, 名单 as titled), a bulletin issue (masthead 简报 and 第N期, its
masthead in a text box that a printed PDF puts last), a ledger typed in Word with its 报送单位（盖章） line, a name
list's 制表单位 under its table, a sign-in sheet's 主办单位, a news report's 来源, an organ mark in its short form
signed with the full name, joint issuers (all, as signed; also in a grid whose first name wraps in its cell), a mark
in a merged cell read twice, a mark read on one line with its 签发人, a signature before a 版记-only page, the 版记's
印发机关 where nothing else names the issuer, an open-government page (发布机构 in its grid), 老字号 in a title, the
issuer printed under a report's title or opening a summary's title, and OCR organ marks garbled beyond one
character that the document prints right elsewhere. DOCX and the PDF LibreOffice prints of them are made here; OCR
pages are given as the boxes the recogniser returns. Expected values are the ones written into the files."""

from dataclasses import replace
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from extract_files import facts_of_both, font_paragraph, official_page, printed_fixture, ruled_table

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Page, lines_from_boxes
from ipdocs.extract.titles import _repaired, doc_type, news_source, title_and_organ, title_type

C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
BODY = ["为贯彻落实上级关于知识产权保护工作的部署，进一步加强我区知识产权保护工作，现将有关事项通知如下。",
        "各单位要高度重视，明确专人负责，按时报送相关材料，确保各项工作落到实处。"]


def _word(path: Path, paragraphs: list[tuple[str, float, object]], box: list[str] | None = None,
          table: list[list[str]] | None = None) -> Path:
    """Paragraphs (text, size, alignment) in order; `box`: lines of a VML text box anchored before them (as Word
    and WPS write a bulletin's masthead); `table`: rows after the paragraphs."""
    d = official_page()
    if box:
        body = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:color w:val="E00000"/>'
                       f'<w:sz w:val="60"/></w:rPr><w:t>{line}</w:t></w:r></w:p>' for line in box)
        d.add_paragraph()._p.append(parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb1" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:50pt;z-index:1;'
            f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" filled="f" '
            f'stroked="f"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
        for _ in range(3):
            d.add_paragraph()
    for text, size, align in paragraphs:
        font_paragraph(d, text, size, align, red=size >= 26)
    if table:
        ruled_table(d, table)
    d.save(str(path))
    return path


def _body(size: float = 16) -> list[tuple[str, float, object]]:
    return [("　　" + line, size, L) for line in BODY]


def bulletin(path):
    """A bulletin issue: its masthead in a text box (a printed PDF gives its text last), the issue number, the
    editing office and the date on one line, then the headline of what it reports."""
    _word(path, [("第12期", 16, C), ("韶关市武江区市场监督管理局编　　　　2023年10月9日", 14, L),
                 ("我区召开知识产权保护迎检推进会", 22, C), *_body()], box=["知识产权工作简报"])


def report_under_title(path):
    """A report typed in Word: its title, the reporting organ on the line under it, no signature."""
    _word(path, [("关于2023年度知识产权保护工作的自查报告", 22, C), ("信阳市浉河区知识产权局", 16, C), *_body()])


def joint_grid(path):
    """Joint issuers laid out in a plain Word table (each name in a row's first cell, 文件 in a cell merged down
    the second column), the first name wrapping in its narrow cell (…领导小组办 / 公室); signed one name a line."""
    d = official_page()
    grid = d.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(1, 0).text = JOINT
    grid.cell(0, 1).merge(grid.cell(1, 1)).text = "文件"
    for text, size, align in [("武知保办联〔2023〕33号", 16, C), ("2023年知识产权保护工作检查考核迎检工作方案", 22, C),
                              ("各镇（街）人民政府，区直各有关单位：", 16, L), *_body(), (JOINT[0], 16, R),
                              (JOINT[1], 16, R), ("2023年6月5日", 16, R)]:
        font_paragraph(d, text, size, align)
    d.save(str(path))


JOINT = ["韶关市武江区知识产权保护工作领导小组办公室", "韶关市武江区市场监督管理局"]
printed = printed_fixture("organ_type", {"bulletin": bulletin, "report": report_under_title, "joint": joint_grid})


def test_joint_issuers_in_a_grid_whose_first_name_wraps_are_all_given_as_signed(printed):
    for found in facts_of_both(printed, "joint"):
        assert (found["organ"], found["doc_type"]) == ("、".join(JOINT), "方案"), found["file"]


def test_a_bulletin_issue_is_a_bulletin_from_its_editing_office(printed):
    """Titled by its masthead, not by the headline it carries (as the three blind corpora dev6–dev8 label it)."""
    for found in facts_of_both(printed, "bulletin"):
        assert found["title"] == "知识产权工作简报", found["file"]
        assert found["doc_type"] == "简报", found["file"]
        assert found["organ"] == "韶关市武江区市场监督管理局", found["file"]


def test_the_organ_printed_under_a_report_s_title(printed):
    for found in facts_of_both(printed, "report"):
        assert (found["organ"], found["doc_type"]) == ("信阳市浉河区知识产权局", "报告"), found["file"]


def test_official_document_types_are_the_word_the_document_calls_itself(tmp_path):
    """A 请示 is typed 请示, as a clerk cataloguing it writes (not the register's catch-all 正式文件); its organ from
    the signature, not from the 主送 line above the body."""
    path = _word(tmp_path / "request.docx", [("关于申请知识产权维权援助工作站建设经费的请示", 22, C),
                                             ("区人民政府：", 16, L), *_body(), ("妥否，请批示。", 16, L),
                                             ("韶关市武江区市场监督管理局", 16, R), ("2023年9月1日", 16, R)])
    found = file_facts(path)
    assert (found["organ"], found["doc_type"]) == ("韶关市武江区市场监督管理局", "请示")
    titles = ["关于2023年上半年打击侵权假冒工作情况的通报", "关于强化知识产权保护的实施意见", "关于表彰先进集体的决定",
              "关于同意设立工作站的批复", "武江区知识产权维权援助管理办法", "2024年知识产权工作计划",
              "2023年知识产权保护工作要点", "迎检工作推进会记录", "区知识产权联席会议纪要", "2023年工作总结",
              "2023年度知识产权案件查办台帐", "先进个人名单", "商标侵权案件一览表", "行政处罚案件情况表"]
    assert [title_type(t) for t in titles] == ["通报", "意见", "决定", "批复", "办法", "计划", "要点", "会议记录",
                                               "会议纪要", "总结", "台账", "名单", "一览表", "统计表"]


def test_a_title_with_no_type_word_gets_no_guessed_type(tmp_path):
    """…工作开展情况 names no 文种: no type rather than 其他; the organ the title opens with."""
    path = _word(tmp_path / "situation.docx", [("韶关市武江区司法局2023年知识产权保护工作开展情况", 22, C), *_body()])
    found = file_facts(path)
    assert found["doc_type"] is None
    assert found["organ"] == "韶关市武江区司法局"
    assert doc_type("", "image", [], [], "") == "照片"  # a photograph with no heading at all is still a photo


def test_a_ledger_typed_in_word_is_from_the_unit_its_stamp_line_names(tmp_path):
    stamp = "报送单位（盖章）：韶关市武江区公安分局　　　报送时间：2023年11月30日"
    path = _word(tmp_path / "ledger.docx", [("知识产权案件查办台账", 18, C), (stamp, 12, L)],
                 table=[["序号", "案件名称", "立案时间", "办理结果"], ["1", "某商标侵权案", "2023-02-01", "移送起诉"],
                        ["2", "某假冒专利案", "2023-05-01", "已结案"]])
    found = file_facts(path)
    assert (found["organ"], found["doc_type"]) == ("韶关市武江区公安分局", "台账")


def test_an_organ_mark_in_short_form_gives_the_full_name_it_signs_with(tmp_path):
    one = _word(tmp_path / "short.docx", [("武江区市场监管局文件", 28, C), ("武市监〔2023〕61号", 16, C),
                                          ("关于开展商标侵权专项整治的通知", 22, C), *_body(),
                                          ("韶关市武江区市场监督管理局", 16, R), ("2023年6月20日", 16, R)])
    joint = _word(tmp_path / "joint.docx", [("武江区市场监管局", 28, C), ("武江区公安分局", 28, C), ("文件", 28, C),
                                            ("武市监联〔2023〕6号", 16, C), ("关于联合开展“护航”专项行动的通知", 22, C),
                                            *_body(), ("韶关市武江区市场监督管理局　　韶关市公安局武江分局", 16, R),
                                            ("2023年5月5日", 16, R)])
    assert file_facts(one)["organ"] == "韶关市武江区市场监督管理局"
    # joint issuers: all of them, in full, in the order signed
    assert file_facts(joint)["organ"] == "韶关市武江区市场监督管理局、韶关市公安局武江分局"


def _ocr(lines: list[str], name: str = "notice.jpg") -> Document:
    """A photographed page whose lines OCR read as `lines`, one box each, top to bottom (centred when short)."""
    boxes = [(100 if len(t) > 20 else 300, 60 + 50 * i, 1100 if len(t) > 20 else 900, 95 + 50 * i, t)
             for i, t in enumerate(lines)]
    found = lines_from_boxes(boxes, 1200, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in found), ocr=True, boxes=boxes, lines=found, width=1200)
    return Document(Path(name), "image", [page])


def test_an_organ_ocr_garbled_beyond_one_character_is_the_name_printed_right_elsewhere():
    """The mark read with a place and an ending broken (柳川童三江县打权假冒…) and the 版记 line read right: the
    版记's name; a signature read as a head of garbage before the name: the name it ends with."""
    notice = ["柳川童三江县打权假冒工作领导小组办公室文件", "三县打假办〔2023〕8号",
              "关于进一步做好2023年度迎检资料报送工作的通知", "各乡镇人民政府，县直有关单位：",
              "请各单位于2023年11月20日前将工作总结和佐证材料报送县市场监管局。", "2023年3月8日",
              "抄送：柳川市市场监督管理局。", "柳川市三江县打击侵权假冒工作领导小组办公室　　2023年3月9日印发"]
    assert title_and_organ(_ocr(notice), [])[1] == "柳川市三江县打击侵权假冒工作领导小组办公室"
    signed = ["关于印发《河东区2023年诉调对接试点实施方案》的通知", "各镇人民政府、街道办事处，区直有关单位：",
              "请各单位于2023年11月20日前将工作总结和佐证材料报送区市场监管局。",
              "东区知识权工作频鲁阳市河东区知识产权工作领导小组办公室", "2023年7月19日"]
    assert title_and_organ(_ocr(signed), [])[1] == "鲁阳市河东区知识产权工作领导小组办公室"


def test_two_characters_lost_from_a_long_ending_are_put_back_but_a_shorter_real_name_stays():
    assert _repaired("泉安市清源区打击侵权假工作领导小办公室") == "泉安市清源区打击侵权假冒工作领导小组办公室"
    # 知识产权工作领导小组办公室 is a name of its own, two characters short of 知识产权保护工作…: kept
    assert _repaired("鲁阳市河东区知识产权工作领导小组办公室") == "鲁阳市河东区知识产权工作领导小组办公室"
    # an ending's first character lost right after the place (松江区场监督…), not misread (武江区带场监督…)
    assert _repaired("玉泉市松江区场监督管理局") == "玉泉市松江区市场监督管理局"
    assert _repaired("韶关市武江区带场监督管理局") == "韶关市武江区市场监督管理局"


def test_an_open_government_page_publishes_the_notice_of_the_organ_its_grid_names():
    """A 政府信息公开 page: the site's banner, a grid (索引号, 发布机构, 发文字号, 发布日期), the notice: the
    notice's own title and type (not news, though the grid has a 发布日期) and the 发布机构 as its organ."""
    page = ["晋川市汾北区人民政府政府信息公开", "索引号　11774516/2022-843　　主题分类　市场监管",
            "发布机构\t晋川市汾北区市场监督管理局\t发文字号\t汾区市监发〔2022〕38号",
            "成文日期　2022年5月21日　　发布日期　2022年5月27日", "关于开展2022年老字号商标保护专项行动的通知",
            "各镇（街）人民政府，区直有关单位：", "定于2022年6月1日至11月30日在全区开展老字号商标保护专项行动。",
            "【我要纠错】【打印】【关闭】"]
    document = _ocr(page, "openinfo.png")
    title, organ = title_and_organ(document, [])
    assert (title, organ) == ("关于开展2022年老字号商标保护专项行动的通知", "晋川市汾北区市场监督管理局")
    assert doc_type(title, "image", [], [], document.pages[0].text) == "通知"


def test_a_summary_about_time_honoured_brands_and_a_merged_cell_mark_read_twice(tmp_path):
    """老字号 in a title is no web page's 字号 (font size) control; a red mark in a table cell merged across the row
    (read once per grid column: 某局文件 | 某局文件) gives the organ once."""
    summary = _word(tmp_path / "summary.docx", [("晋川市汾北区知识产权局2022年老字号商标保护专项行动工作总结", 22, C),
                                                *_body(12)])
    found = file_facts(summary)
    assert found["title"] == "晋川市汾北区知识产权局2022年老字号商标保护专项行动工作总结"
    assert (found["organ"], found["doc_type"]) == ("晋川市汾北区知识产权局", "总结")
    d = official_page()
    grid = d.add_table(rows=1, cols=2)  # the mark in a cell merged across the row: each grid column reads it
    merged = grid.cell(0, 0).merge(grid.cell(0, 1))
    merged.text = "吉北市白桦区知识产权局文件"
    for text, size, align in [("桦区知发〔2023〕7号", 16, C), ("关于2023年度知识产权保护工作情况的报告", 20, C),
                              ("区人民政府：", 15, L), *_body(15)]:
        font_paragraph(d, text, size, align)
    d.save(str(tmp_path / "report.docx"))
    found = file_facts(tmp_path / "report.docx")
    assert (found["organ"], found["doc_type"]) == ("吉北市白桦区知识产权局", "报告")


def test_organ_only_in_the_colophon_and_a_signature_before_a_colophon_page(tmp_path):
    """No mark, no signature: the 版记's 印发机关 (a 局's own 办公室 standing for the 局); a scan whose signature ends
    page 1 and whose page 2 holds only the 版记: the signature."""
    plan = _word(tmp_path / "plan.docx", [("2023年知识产权保护宣传周活动方案", 22, C), *_body(),
                                          ("抄送：韶关市市场监督管理局。", 14, L),
                                          ("永宁县文化旅游体育广电局办公室　　　　2023年6月9日印发", 14, L)])
    found = file_facts(plan)
    assert (found["organ"], found["doc_type"]) == ("永宁县文化旅游体育广电局", "方案")
    one = _ocr(["白桦区2023年度知识产权保护工作检查考核迎检工作方案", "根据上级文件要求，结合我区实际，制定本方案。",
                "请各单位于2023年9月26日前将工作情况报送区市场监管局知识产权科。", "吉北市白桦区知识产权局",
                "2023年10月3日"], "plan.pdf").pages[0]
    two = _ocr(["抄送：吉北市市场监督管理局。", "吉北市白桦区知识产权局办公室2023年10月5日印发"], "plan.pdf").pages[0]
    document = Document(Path("plan.pdf"), "pdf", [one, replace(two, number=2)])
    assert title_and_organ(document, [])[1] == "吉北市白桦区知识产权局"


def test_a_mark_read_on_one_line_with_its_signer_is_the_organ_without_the_signer():
    """An upward document's red header: OCR reads the mark and the 签发人 at its right as one line."""
    request = ["瓯江市南溪区市场监督管理局文件签发人：尹婷宁", "南区市监文〔2023〕30号",
               "关于申请拨付2023年度知识产权保护专项工作经费的请示", "瓯江市南溪区人民政府：",
               "为做好2023年度知识产权保护工作，地理标志保护“溯源”行动等任务需专项经费保障。",
               "以上请示妥否，请批示。", "2023年9月13日"]
    document = _ocr(request, "request.pdf")
    title, organ = title_and_organ(document, [])
    assert (title, organ) == ("关于申请拨付2023年度知识产权保护专项工作经费的请示", "瓯江市南溪区市场监督管理局")
    assert doc_type(title, "pdf", [], [], document.pages[0].text) == "请示"


def test_a_name_list_s_maker_under_the_table_and_a_sign_in_sheet_s_host(tmp_path):
    """A 名单 names its 制表单位 under the table; a sign-in sheet its 主办单位 (its 参会单位 are the attendees')."""
    names = _word(tmp_path / "names.docx", [("吉北市白桦区2023年度知识产权保护工作先进个人名单", 18, C)],
                  table=[["序号", "姓名", "工作单位及职务", "主要事迹"], ["1", "王霞武", "区教育局科员", "开展宣传"],
                         ["2", "叶辉敏", "区公安分局副科长", "查办跨区域商标侵权案件"]])
    d = docx.Document(str(names))
    font_paragraph(d, "制表单位：吉北市白桦区知识产权保护工作领导小组办公室", 12, L)
    d.save(str(names))
    found = file_facts(names)
    assert (found["organ"], found["doc_type"]) == ("吉北市白桦区知识产权保护工作领导小组办公室", "名单")
    rows = [["序号", "姓名", "单位", "签名"], ["1", "张伟", "区市场监管局", "张伟"], ["2", "王芳", "区法院", "王芳"]]
    host = "主办单位：青岚县市场监督管理局　　时间：2023年5月18日"
    guests = "参会单位：青岚县市场监督管理局、青岚县人民法院"
    hosted = _word(tmp_path / "hosted.docx", [("知识产权保护业务培训签到表", 18, C), (host, 12, L)], table=rows)
    attended = _word(tmp_path / "attended.docx", [("知识产权保护业务培训签到表", 18, C), (guests, 12, L)], table=rows)
    found = file_facts(hosted)
    assert (found["organ"], found["doc_type"]) == ("青岚县市场监督管理局", "签到表")
    assert file_facts(attended)["organ"] == ""


def test_a_news_report_s_organ_is_the_outlet_that_first_published_it():
    """来源 names the outlet; a reprint (某台（转自某日报）) the original; a government unit's 供稿 where no outlet
    carried it; no 来源 line, the outlet whose page it is (its masthead above the byline)."""
    assert news_source("发布时间：2023-06-12 15:20来源：青河日报作者：李华") == "青河日报"
    assert news_source("发布时间：2023-06-12　来源：东川广播电视台（转自梧岗日报）　浏览次数：1234") == "梧岗日报"
    assert news_source("正文……\n供稿：清溪县市场监督管理局　编辑：张三　审核：李四") == "清溪县市场监督管理局"
    assert news_source("青河新闻网\n2023-06-12 15:20:11 作者：李华") == "青河新闻网"


def test_forms_and_statements_are_typed_as_they_call_themselves(tmp_path):
    """A 申报表 is no 报表, an 审批表 no table naming no genre (统计表); 承诺书, 责任书, 说明 and 情况说明 as titled
    (issue 15 "Type": the word the document calls itself)."""
    titles = ["2023年度知识产权保护示范单位申报表", "知识产权维权援助资金审批表", "知识产权保护承诺书",
              "2023年知识产权保护工作责任书", "关于2022年度知识产权行政执法工作的情况说明", "关于迎检材料缺项的说明",
              "2023年知识产权宣传活动情况表", "关于2023年知识产权保护工作的情况汇报"]
    assert [title_type(t) for t in titles] == ["申报表", "审批表", "承诺书", "责任书", "情况说明", "说明", "统计表",
                                               "汇报"]
    form = _word(tmp_path / "form.docx", [("2023年度知识产权保护示范单位申报表", 18, C)],
                 table=[["申报单位", "韶关市武江区某科技有限公司", "联系人", "张伟"],
                        ["申报类别", "企业", "联系电话", "13800000000"]])
    assert file_facts(form)["doc_type"] == "申报表"


def test_a_bulletin_named_otherwise_carrying_a_report_is_a_bulletin_from_its_host(tmp_path):
    """A periodical's masthead (…工作动态, 第3期) with 主办：… beside its date carries a headline 关于…的报告: a
    bulletin issue from the host, titled by its masthead; a 简报 whose 编印单位：… stands on a line of its own, its
    date on the next."""
    dynamic = _word(tmp_path / "dynamic.docx", [
        ("知识产权工作动态", 36, C), ("（第3期）", 16, C), ("主办：翁源县人民政府办公室　　　　2023年7月6日", 14, L),
        ("关于全县知识产权保护工作开展情况的报告", 18, C), *_body()])
    found = file_facts(dynamic)
    assert (found["title"], found["organ"], found["doc_type"]) == ("知识产权工作动态", "翁源县人民政府办公室", "简报")
    edited = _word(tmp_path / "edited.docx", [
        ("打假工作简报", 36, C), ("第8期", 16, C), ("编印单位：始兴县打击侵权假冒工作领导小组办公室", 14, L),
        ("2023年9月1日", 14, R), ("我县开展中秋国庆节前市场专项检查", 18, C), *_body()])
    found = file_facts(edited)
    assert (found["organ"], found["doc_type"]) == ("始兴县打击侵权假冒工作领导小组办公室", "简报")


def test_a_summary_s_organ_is_the_unit_its_first_sentence_names_and_never_a_short_form(tmp_path):
    """No mark, signature or organ in the title: the full name the first sentence opens with (after 2023年，);
    我局 or a short form (区市场监管局) names no one: no organ rather than a guess."""
    opening = "　　2023年，韶关市武江区市场监督管理局在区委、区政府的正确领导下，认真贯彻落实上级部署，现总结如下。"
    named = _word(tmp_path / "named.docx", [("2023年知识产权保护工作总结", 22, C), (opening, 16, L), *_body()])
    assert file_facts(named)["organ"] == "韶关市武江区市场监督管理局"
    for opening in ("今年以来，我局认真贯彻落实上级部署，扎实推进知识产权保护工作。",
                    "2023年，区市场监管局局长带队开展知识产权保护专项检查，取得明显成效。"):
        unnamed = _word(tmp_path / "unnamed.docx", [("2023年知识产权保护工作总结", 22, C), ("　　" + opening, 16, L),
                                                    *_body()])
        assert file_facts(unnamed)["organ"] == "", opening
    fields = _word(tmp_path / "fields.docx", [("关于2023年度知识产权保护工作的自查报告", 22, C), *_body(),
                                              ("报告单位：仁化县知识产权局", 16, R),
                                              ("报告日期：2023年12月1日", 16, R)])
    assert file_facts(fields)["organ"] == "仁化县知识产权局"  # its closing fields in place of a signature


def test_scanned_signatures_a_wrapped_last_character_a_seal_arc_and_a_misread_mark_ending():
    """A scan's signature cell wrapping the name's last character onto a line of its own (…监督管理 / 局); a seal's
    arc read as the place before the second joint signer (韶关市 | 韶关市公安局…): once; a big mark atop a letter
    whose ending OCR misread (…知识产权制) is the organ, not the title."""
    wrapped = ["关于开展2023年知识产权宣传周活动的通知", "各镇（街）、区直有关单位：",
               "请各单位于2023年6月30日前将工作开展情况报送区知识产权局。", "梅州市梅江区市场监督管理", "局",
               "2023年4月10日"]
    assert title_and_organ(_ocr(wrapped), [])[1] == "梅州市梅江区市场监督管理局"
    arc = ["关于开展打击商标侵权专项整治行动的通知", "各镇（街）：", "请各单位于2023年8月30日前报送工作开展情况。",
           "梅州市梅江区市场监督管理局\t梅州市", "梅州市公安局梅江分局", "2023年8月8日"]
    assert title_and_organ(_ocr(arc), [])[1] == "梅州市梅江区市场监督管理局、梅州市公安局梅江分局"
    cut = ["JOJIPJHA工作领导小组办公室文件", "南打假办〔2023〕12号", "关于2023年上半年知识产权保护工作情况的通报",
           "各镇人民政府：", "请各单位于2023年8月30日前报送工作开展情况。",
           "南雄市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "2023年7月20日"]
    # a mark cut at the scan's top edge, its head read as Latin scraps: the name the signature completes
    assert title_and_organ(_ocr(cut), [])[1] == "南雄市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"
    boxes = [(150, 60, 1050, 140, "陇原市渭北县知识产权制"), (200, 200, 1000, 240, "关于征求《渭北县知识产权纠纷行"),
             (130, 250, 1070, 290, "政调解工作规程（征求意见稿）》意见的函"),
             (100, 320, 500, 355, "县公安分局、县商务局："),
             (100, 370, 1100, 405, "现将有关文件转发给你们，请于2023年4月26日前将人员名单反馈我局。"),
             (100, 420, 400, 455, "特此函商。"), (800, 520, 1100, 555, "2023年3月1日")]
    found = lines_from_boxes(boxes, 1200, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in found), ocr=True, boxes=boxes, lines=found, width=1200)
    assert title_and_organ(Document(Path("letter.pdf"), "pdf", [page]), []) == (
        "关于征求《渭北县知识产权纠纷行政调解工作规程（征求意见稿）》意见的函", "陇原市渭北县知识产权局")
