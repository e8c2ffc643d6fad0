"""Titles, organs and types (issue 15, stop 29), on files made here in wordings and layouts of their own: a title
opening with its organ's short form (县文旅局关于…, 区打假办关于…) signed in full; genre words a unit titles its
papers with (…经验材料, …典型案例, …工作动态 and …信息专报 without an issue number); a list typed as a document and
signed at its foot; a cover page (…检查考核 / 汇报材料 / the unit / the month); a main title whose ——subtitle names
the unit; a minutes' masthead naming a body whose office issues them (the title keeps the body's name); joint
signers side by side on a scan, a seal over the second's place."""

from types import SimpleNamespace

from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import font_paragraph, official_page
from PIL import Image, ImageDraw, ImageFont
from test_extract_ocr_stress import RED, SERIF_BOLD, UMING

from ipdocs.extract import file_facts
from ipdocs.extract.titles import _place_shared, _printed_alike, _short_for, doc_type, title_type

CENTER, RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT


def _para(d, text: str = "", size: float = 16, align=WD_ALIGN_PARAGRAPH.LEFT):
    return font_paragraph(d, text, size, align, "AR PL UMing CN", False)


def _docx(path, head: list[tuple[str, float]], signer: str = "", body: tuple[str, ...] = ()) -> None:
    """A Word page: its head lines (text, size; centred), a body, and a signature over a date where `signer`."""
    d = official_page()
    for text, size in head:
        _para(d, text, size, CENTER)
    for text in body or ("松阳县文化市场执法大队：", "为规范演出市场秩序，决定开展版权专项检查，请认真组织实施。"):
        _para(d, text)
    if signer:
        _para(d)
        _para(d, signer, align=RIGHT)
        _para(d, "2024年3月12日", align=RIGHT)
    d.save(str(path))


def test_a_title_opening_with_its_organs_short_form_gives_the_name_it_is_signed_with(tmp_path):
    cases = [("县文旅局关于开展演出市场版权专项检查的通知", "松阳县文化广电和旅游局"),
             ("区打假办关于做好春节期间打击侵权假冒工作的通知", "丽城市莲湖区打击侵权假冒工作领导小组办公室")]
    for i, (title, signer) in enumerate(cases):
        path = tmp_path / f"短称{i}.docx"
        _docx(path, [(title, 22)], signer)
        facts = file_facts(path)
        assert (facts["title"], facts["organ"], facts["doc_type"]) == (title, signer, "通知")
    assert not _short_for("县政府", "松阳县人民政府办公室")  # a government is not its office
    assert not _short_for("县文旅局", "松阳县文化广电和旅游局办公室")


def test_genre_words_a_unit_titles_its_papers_with():
    assert title_type("莲湖区知识产权行政保护经验材料") == "经验材料"
    assert title_type("莲湖区2024年商标侵权典型案例") == "典型案例"
    assert title_type("莲湖区知识产权保护工作动态") == "简报"  # a bulletin without 第N期
    assert title_type("莲湖区市场监管信息专报") == "简报"
    assert title_type("莲湖区知识产权检查考核汇报材料") == "汇报"
    # a web page with a byline reporting cases published is news about them, not the collection
    page = "市场监管总局发布十大典型案例\n发布时间：2024-03-15 来源：中国质量新闻网\n近日，……"
    assert doc_type("市场监管总局发布十大典型案例", "pdf", [], [], page) == "新闻报道"


def test_papers_titled_with_a_units_genre_word_in_word(tmp_path):
    for title, typed in [("莲湖区知识产权行政保护经验材料", "经验材料"), ("莲湖区知识产权保护工作动态", "简报"),
                         ("莲湖区2024年地理标志保护典型案例", "典型案例")]:
        path = tmp_path / f"{typed}.docx"
        _docx(path, [(title, 22)], "丽城市莲湖区市场监督管理局",
              ("2024年，莲湖区市场监督管理局认真履行知识产权保护职责，现将有关情况介绍如下。",))
        facts = file_facts(path)
        assert (facts["title"], facts["doc_type"], facts["organ"]) == (title, typed, "丽城市莲湖区市场监督管理局")


def test_a_list_typed_as_a_document_is_the_unit_signing_it(tmp_path):
    path = tmp_path / "责任清单.docx"
    _docx(path, [("莲湖区知识产权保护工作责任清单", 22)], "丽城市莲湖区知识产权局",
          ("一、区市场监管局：负责商标、专利行政执法。", "二、区公安分局：负责侵权假冒犯罪案件侦办。"))
    facts = file_facts(path)
    assert (facts["doc_type"], facts["organ"]) == ("清单", "丽城市莲湖区知识产权局")


def test_a_cover_page_of_a_report_material(tmp_path):
    path = tmp_path / "汇报材料.docx"
    d = official_page()
    _para(d, "莲湖区知识产权保护工作检查考核", 22, CENTER)
    _para(d, "汇报材料", 36, CENTER)
    _para(d)
    _para(d, "丽城市莲湖区知识产权局", 16, CENTER)
    _para(d, "二〇二四年一月", 16, CENTER)
    d.add_page_break()
    _para(d, "2023年，我局在区委、区政府的领导下，扎实推进知识产权保护工作，现汇报如下。")
    d.save(str(path))
    facts = file_facts(path)
    assert (facts["title"], facts["organ"], facts["doc_type"]) == (
        "莲湖区知识产权保护工作检查考核汇报材料", "丽城市莲湖区知识产权局", "汇报")


def test_a_subtitle_naming_the_unit(tmp_path):
    path = tmp_path / "汇报.docx"
    _docx(path, [("守正创新强保护 优化环境促发展", 22), ("——丽城市莲湖区知识产权局2023年工作情况汇报", 16)],
          body=("2023年，我局扎实推进知识产权保护工作，现将有关情况汇报如下。", "一、主要做法"))
    facts = file_facts(path)
    assert (facts["organ"], facts["doc_type"]) == ("丽城市莲湖区知识产权局", "汇报")


BODY = "松阳县商标品牌工作领导小组"


def _minutes_scan(path) -> None:
    """A minutes' masthead: the body, a big red 会议纪要, 第N期, its office and the date; the title naming the body."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    head, mark, title, body = (ImageFont.truetype(SERIF_BOLD, 56), ImageFont.truetype(SERIF_BOLD, 76),
                               ImageFont.truetype(SERIF_BOLD, 44), ImageFont.truetype(UMING, 34))
    draw.text((620, 150), BODY, font=head, fill=RED, anchor="mt")
    draw.text((620, 250), "会议纪要", font=mark, fill=RED, anchor="mt")
    draw.text((620, 360), "第4期", font=body, fill="black", anchor="mt")
    draw.text((130, 430), BODY + "办公室", font=body, fill="black")
    draw.text((1110, 430), "2024年5月9日", font=body, fill="black", anchor="rt")
    draw.line((110, 485, 1130, 485), fill=RED, width=4)
    draw.text((620, 540), BODY + "第二次", font=title, fill="black", anchor="mt")
    draw.text((620, 605), "成员单位联络员会议纪要", font=title, fill="black", anchor="mt")
    y = 700
    for line in ["2024年5月8日，县商标品牌工作领导小组副组长陈立",
                 "主持召开会议，各成员单位联络员参加。会议纪要如下：",
                 "一、会议听取了各成员单位商标品牌培育工作情况汇报。",
                 "二、会议要求各成员单位于5月底前报送工作台账。"]:
        draw.text((130, y), line, font=body, fill="black")
        y += 60
    page.save(path)


def test_minutes_of_a_body_issued_by_its_office_keep_the_bodys_name_in_the_title(tmp_path):
    path = tmp_path / "纪要扫描.png"
    _minutes_scan(path)
    facts = file_facts(path)
    assert facts["title"] == BODY + "第二次成员单位联络员会议纪要"
    assert facts["organ"] == BODY + "办公室"


def test_a_body_is_not_made_its_office_printed_elsewhere():
    text = f"{BODY}文件\n关于…的通知\n抄送：各成员单位\n{BODY}办公室  2024年5月9日印发"
    pages = [SimpleNamespace(text=text, ocr=True)]
    assert _printed_alike(BODY, [], pages) == BODY


def test_joint_signers_share_their_place():
    # (a seal over the second of two names side by side on a poor copy took its place's first character)
    assert _place_shared(["松阳县市场监督管理局", "阳县农业农村局"]) == ["松阳县市场监督管理局", "松阳县农业农村局"]
    assert _place_shared(["丽城市市场监督管理局", "市公安局"]) == ["丽城市市场监督管理局", "市公安局"]


def test_minutes_masthead_issued_by_the_office_printed_under_its_issue_number(tmp_path):
    group = "丽城市莲湖区商标品牌工作领导小组"
    unders = {"两行": [(group + "办公室", 14), ("2024年6月3日", 14)],
              "标注": [("编发单位：" + group + "办公室　　2024年6月3日", 14)]}
    for name, under in unders.items():
        path = tmp_path / f"纪要{name}.docx"
        d = official_page()
        _para(d, group, 26, CENTER)
        _para(d, "会 议 纪 要", 36, CENTER)
        _para(d, "〔2024〕第3期", 16, CENTER)
        for text, size in under:
            _para(d, text, size, CENTER)
        _para(d, group + "第三次全体会议纪要", 22, CENTER)
        _para(d, "2024年6月1日，区商标品牌工作领导小组组长主持召开会议。会议议定如下：")
        d.save(str(path))
        facts = file_facts(path)
        assert (facts["title"], facts["organ"]) == (group + "第三次全体会议纪要", group + "办公室"), name


def test_minutes_whose_masthead_is_their_name_over_numbered_items(tmp_path):
    """A masthead naming the minutes ([2024]第3期 under it) and no other heading: its name is the title, never a
    numbered item of the body that ends with a genre word (一、…台账)."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    mark, body = ImageFont.truetype(SERIF_BOLD, 60), ImageFont.truetype(UMING, 36)
    name = "丽城市莲湖区商标品牌工作联席会议纪要"
    draw.text((620, 150), name, font=mark, fill=RED, anchor="mt")
    draw.text((620, 260), "[2024]第3期", font=body, fill="black", anchor="mt")
    draw.text((130, 330), "莲湖区商标品牌工作领导小组办公室", font=body, fill="black")
    draw.text((1110, 330), "2024年6月3日", font=body, fill="black", anchor="rt")
    draw.line((110, 390, 1130, 390), fill=RED, width=4)
    y = 440
    for line in ["    2024年6月1日，区商标品牌工作联席会议召开，各成员", "单位负责同志参加。会议议定事项如下：",
                 "    一、各成员单位要对照考核细则，逐项整理商标工作台账", "，确保资料齐全。",
                 "    二、区市场监管局牵头制定商标品牌培育实施方案", "，报区政府审定。"]:
        draw.text((130, y), line, font=body, fill="black")
        y += 66
    path = tmp_path / "纪要.png"
    page.save(path)
    facts = file_facts(path)
    assert (facts["title"], facts["doc_type"]) == (name, "会议纪要")


def test_a_record_page_named_by_its_meeting_field(tmp_path):
    """A notebook page of a record: fields (会议名称 / 时间 / 主持人 / 记录) on the left, what was said on the right,
    the agenda's items numbered under it; no heading. Its title is the meeting its field names, never an agenda item
    (1、听取…汇报) nor a field read without its colon (时间2024.3.5)."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(UMING, 34)
    left = ["会议名称：莲湖区市场监管局党组会", "时间2024.3.5", "地点：局三楼会议室", "主持人：郑宏", "记录：白露",
            "议题："]
    right = ["郑宏：今年商标执法任务重，", "各科室要对照指标落实。", "一、案件查办要提速，", "二、宣传要加强，",
             "会议决定：按分工落实。"]
    for i, text in enumerate(left):
        draw.text((110, 150 + 62 * i), text, font=font, fill="black")
    for i, text in enumerate(right):
        draw.text((680, 150 + 62 * i), text, font=font, fill="black")
    for i, text in enumerate(["1、听取区市场监管局关于一季度商标执法情况的汇报", "2、审议《商标品牌培育工作方案》"]):
        draw.text((110, 540 + 62 * i), text, font=font, fill="black")
    path = tmp_path / "记录本.png"
    page.save(path)
    facts = file_facts(path)
    assert (facts["title"], facts["doc_type"]) == ("莲湖区市场监管局党组会", "会议记录")
