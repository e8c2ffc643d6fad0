"""文号 grammar (issue 15): the organ prefix stops at the words before a cited document, a scan's lost leading
characters come back only when certain, a bare 函〔2023〕19号 gets no guessed organ, 文号 in table cells (DOCX,
XLSX, a text PDF's wrapped cells) are found, and nothing that merely looks like one is reported."""

from types import SimpleNamespace

import docx
import openpyxl
import pytest
from extract_files import to_pdf

from ipdocs.extract import file_facts
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize


def page(text: str, ocr: bool = False, number: int = 1):
    return SimpleNamespace(number=number, text=normalize(text), ocr=ocr)


def found(*pages, organ: str = "") -> list[tuple[str, str]]:
    return [(d["text"], d["organ_prefix"]) for d in doc_numbers(list(pages), organ)]


@pytest.mark.parametrize("written, expected", [
    ("现将国家知识产权局下发的国知发保字〔2023〕5号转发给你们", "国知发保字〔2023〕5号"),
    ("现印发韶市监联〔2022〕49号，请遵照执行", "韶市监联〔2022〕49号"),
    ("区政府下发武府办〔2023〕3号文件", "武府办〔2023〕3号"),
    ("各单位要贯彻落实国发〔2021〕20号精神", "国发〔2021〕20号"),
    ("根据《关于进一步加强知识产权保护工作的意见》（宁知发【2023】51号）要求", "宁知发〔2023〕51号"),
    ("按照韶府办〔2023〕7号和武委办纪〔2023〕2号的要求", "韶府办〔2023〕7号"),
    ("转发省知识产权局粤知〔2023〕8号", "粤知〔2023〕8号"),
    ("区市场监管局函〔2023〕19号", "区市场监管局函〔2023〕19号"),
    ("依据韶经信〔2023〕2号", "韶经信〔2023〕2号"),
])
def test_the_prefix_stops_at_the_words_before_a_cited_document(written, expected):
    assert found(page(written))[0] == (expected, expected.split("〔")[0])


def test_bracket_variants_and_spacing_are_one_form():
    text = "武委办纪【2023】5号、武委办纪[2023]6号、武委办纪［2023］7号、武委办纪(2023)8号、武委办纪（2023）9号、" \
           "武委办纪〔 2023 〕10 号、武委办纪〔2023〕第011号"
    assert [t for t, _ in found(page(text))] == [f"武委办纪〔2023〕{n}号" for n in range(5, 12)]
    # OCR lost the opening bracket in a table cell
    assert found(page("1\t武府办罚2023]4号\t某某食品店案", ocr=True)) == [("武府办罚〔2023〕4号", "武府办罚")]


def test_a_prefix_or_number_wrapped_onto_the_next_line_is_joined():
    text = "根据《关于进一步加强知识产权保护工作的意见》（宁知发\n【2023】51 号）要求，" \
           "现将宁夏回族自治区知识产权局下发的宁知发〔2023〕17\n号转发给你们。" \
           "各成员单位要贯彻落实宁知 ”\n发〔2020〕15号精神。"
    assert found(page(text)) == [("宁知发〔2023〕51号", "宁知发"), ("宁知发〔2023〕17号", "宁知发"),
                                 ("宁知发〔2020〕15号", "宁知发")]


def test_a_title_line_above_a_number_line_is_not_its_prefix():
    text = "韶关市武江区人民法院知识产权联席会议纪\n要\n武法纪〔2022〕16号\n"
    assert found(page(text)) == [("武法纪〔2022〕16号", "武法纪")]


def test_a_scan_gets_lost_leading_characters_back_only_when_certain():
    scanned = "江区打假办发〔2023〕3号\n关于开展打击侵权假冒专项行动的通知"
    assert found(page(scanned, ocr=True)) == [("武江区打假办发〔2023〕3号", "武江区打假办发")]  # the vocabulary
    assert found(page(scanned)) == [("江区打假办发〔2023〕3号", "江区打假办发")]  # a text layer says what it says
    # the document's own other 文号 make the repair certain for a prefix the vocabulary does not know
    assert found(page("归镇政发〔2023〕4号", ocr=True), page("依据龙归镇政发〔2023〕2号", number=2)) == \
        [("龙归镇政发〔2023〕4号", "龙归镇政发"), ("龙归镇政发〔2023〕2号", "龙归镇政发")]
    assert found(page("市监发〔2023〕1号", ocr=True)) == [("市监发〔2023〕1号", "市监发")]  # 韶/武/粤…: ambiguous
    assert found(page("武市监〔2021〕51号", ocr=True), organ="韶关市武江区市场监督管理局") == \
        [("武市监〔2021〕51号", "武市监")]  # complete as it stands: not stretched to 韶武市监


def test_a_bare_number_keeps_its_organ_from_the_line_before_or_none():
    assert found(page("韶关市武江区市场监督管理局\n函〔2023〕19号")) == [("函〔2023〕19号", "武市监函")]
    assert found(page("某某行业协会\n〔2023〕19号")) == [("〔2023〕19号", "")]
    # the same number with its prefix elsewhere: the bare one is not a second 文号
    assert found(page("武市监〔2023〕5号已印发，见〔2023〕5号附件")) == [("武市监〔2023〕5号", "武市监")]


def test_nothing_that_only_looks_like_a_number():
    text = ("联系电话0751-8888888、13800138000，经费30.8万元，按《考核办法》第8条处理；（2023）粤0203民初123号判决；"
            "《工作要点（2023）》；2023年第5号公告；2023年度；第2023-15号；编号2023015号。")
    assert found(page(text)) == []


def _cells_docx(path):
    d = docx.Document()
    d.add_paragraph("2023年知识产权行政处罚案件列表")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["序号", "案号", "结案日"], ["1", "武江区打假办\n发罚〔2023〕\n5号", "2023-05-18"],
                             ["2", "韶武市监罚【2023】27号", "2023-09-20"]]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.save(str(path))
    return path


def test_numbers_in_table_cells_of_word_excel_and_a_text_pdf(tmp_path):
    word = _cells_docx(tmp_path / "案件列表.docx")
    assert [d["text"] for d in file_facts(word)["doc_numbers"]] == ["武江区打假办发罚〔2023〕5号",
                                                                   "韶武市监罚〔2023〕27号"]
    wb = openpyxl.Workbook()
    for row in [["案件登记表"], ["序号", "案号", "立案日"], [1, "韶武市监罚[2023]15号", "2023-03-02"],
                [2, "韶武市监罚（2023）33号", "2023-06-05"]]:
        wb.active.append(row)
    wb.save(tmp_path / "案件登记表.xlsx")
    assert [d["text"] for d in file_facts(tmp_path / "案件登记表.xlsx")["doc_numbers"]] == \
        ["韶武市监罚〔2023〕15号", "韶武市监罚〔2023〕33号"]
    d = docx.Document()
    d.add_paragraph("2023年知识产权行政处罚案件列表")
    t = d.add_table(rows=2, cols=4)
    t.style = d.styles["Table Grid"]
    for c, (head, value) in enumerate([("序号", "1"), ("案号", "武江区打假办发罚〔2023〕5号"),
                                       ("案件名称", "某某商行案"), ("结案日", "2023-05-18")]):
        t.cell(0, c).text, t.cell(1, c).text = head, value
    for row in t.rows:  # narrow columns: the 文号 wraps inside its cell
        for cell in row.cells:
            cell.width = docx.shared.Cm(1.6)
    d.save(str(tmp_path / "窄表.docx"))
    pdf = to_pdf(tmp_path / "窄表.docx", tmp_path / "lo")
    facts = file_facts(pdf)
    assert [d["text"] for d in facts["doc_numbers"]] == ["武江区打假办发罚〔2023〕5号"]
    assert [d["iso"] for d in facts["dates"]] == ["2023-05-18"]


def ocr_page(text: str):
    return SimpleNamespace(number=1, text=normalize(text, ocr=True), ocr=True)


def test_a_photos_number_line_read_as_two_boxes_is_one_number():
    # the letter-spaced 文号 line under the organ mark, its boxes apart on one line or a tilt apart on two lines
    mark = "永宁县打击侵权假冒工作领导小组办公室文件\n"
    title = "\n关于开展2023年知识产权保护专项行动的通知"
    assert found(ocr_page(mark + "【2023】22号\n永打假办字" + title)) == [("永打假办字〔2023〕22号", "永打假办字")]
    assert found(ocr_page(mark + "永打假办字\n【2023】22号" + title)) == [("永打假办字〔2023〕22号", "永打假办字")]
    apart = "宜昌市夷陵区知识产权局文件\n夷知发\t[2022]\t57号"
    assert found(ocr_page(apart + title)) == [("夷知发〔2022〕57号", "夷知发")]
    # not under an organ mark, or not a prefix's shape: the number stays bare
    assert found(ocr_page("某某商行案件\n【2023】22号\n行政处罚")) == [("〔2023〕22号", "")]
    assert found(ocr_page(mark + "【2023】22号\n关于开展专项行动的通知")) == [("〔2023〕22号", "")]
    assert found(ocr_page("1\t侵犯注册商标专用权盗版图\t[2023]14号")) == [("〔2023〕14号", "")]


def test_a_cited_number_cut_inside_its_year_by_a_tilted_photo():
    # the line's end (（国办发【2) was read with a line further down; the year's rest starts the line after
    text = ("为贯彻落实《国务院办公厅关于印发考核办法的通知》\n023】77号）精神，经研究决定，在全区范围内开展\n"
            "动。现将有关事项通知如下：\t（国办发【2\n报送工作进展情况。")
    assert found(ocr_page(text)) == [("国办发〔2023〕77号", "国办发")]
    assert found(ocr_page("通知》\t（国办发【2\n有关事项\n022】77号）")) == [("国办发〔2022〕77号", "国办发")]
    # two places the year's rest could be, or no year made of the two: nothing is reported
    assert found(ocr_page("通知》\t（国办发【2\n有关事项\n023】77号）\n023】78号）")) == []
    assert found(ocr_page("通知》\t（国办发【2\n有关事项\n23】77号）")) == []


def test_a_lost_place_character_comes_back_from_the_organs_own_name():
    # OCR lost 浉 (and read it as 沥 in the organ mark): the organ's place and function give 浉政办 alone
    text = "政办函[2023]27号\n关于开展知识产权保护专项行动的通知"
    assert found(ocr_page(text), organ="信阳市沥河区人民政府办公室") == [("浉政办函〔2023〕27号", "浉政办函")]
    assert found(ocr_page(text), organ="某某行业协会") == [("政办函〔2023〕27号", "政办函")]  # nothing to go by
    assert found(ocr_page("府函[2023]4号"), organ="乐昌市人民政府") == [("府函〔2023〕4号", "府函")]  # 乐府 or 乐政


def test_a_photos_misreadings_give_no_wrong_number():
    # 〕 read as 1 right after the year, or lost: 38号 or 138号 cannot be told apart, so neither is reported
    assert found(ocr_page("为贯彻落实《通知》（粤市监知[2022138号）精神")) == []
    assert found(ocr_page("为贯彻落实《通知》（粤市监知[2022 138号）精神")) == [("粤市监知〔2022〕138号", "粤市监知")]
    assert found(ocr_page("为贯彻落实《通知》（粤市监知[202238号）精神")) == [("粤市监知〔2022〕38号", "粤市监知")]
    # a seal's ring text read between the organ mark and the number line is no part of the prefix
    assert found(ocr_page("宜昌市夷陵区知识产权局文件\n陵区知\n夷知发【2022】73号\t治\n关于开展专项行动的通知")) == \
        [("夷知发〔2022〕73号", "夷知发")]
    # OCR's garbage before a bracket ends as no organ prefix does: no 文号 (a text layer says what it says)
    assert found(ocr_page("法专行#的通加）（每车【2002]47号）特神")) == []
    assert found(page("（每车〔2002〕47号）")) == [("每车〔2002〕47号", "每车")]
    assert found(ocr_page("信公〔2023〕5号、武宣〔2023〕2号")) == [("信公〔2023〕5号", "信公"),
                                                                 ("武宣〔2023〕2号", "武宣")]


def test_a_cited_organs_level_word_and_its_place_are_read_right():
    # 省 / 市 before a cited organ's prefix says whose it is; a two-character place keeps both characters
    text = "根据（市监知产发〔2022〕52号）、省赣知发〔2022〕9号和市庐阳市监联〔2022〕22号及市淮宁市监联〔2023〕30号"
    assert [t for t, _ in found(page(text))] == ["市监知产发〔2022〕52号", "赣知发〔2022〕9号",
                                                 "庐阳市监联〔2022〕22号", "淮宁市监联〔2023〕30号"]
    assert found(page("区市场监管局函〔2023〕19号")) == [("区市场监管局函〔2023〕19号", "区市场监管局函")]


def test_an_issue_serial_under_minutes_is_no_number():
    assert found(page("石桥区知识产权联席会议第2次会议纪要\n〔2023〕第3号\n2023年5月6日")) == []
    assert found(page("区政府第5次全体会议纪要〔2022〕1号")) == []


def test_a_letter_spaced_prefix_wrapped_onto_the_next_line():
    text = "为 贯 彻 落 实 打 假 办 函 〔2023〕9号 和 省 局 下 发 的 湘 市 监 发\r\n〔2023〕18号文件精神"
    assert [t for t, _ in found(page(text))] == ["打假办函〔2023〕9号", "湘市监发〔2023〕18号"]
    assert found(page("武委办纪〔2023〕第011号")) == [("武委办纪〔2023〕11号", "武委办纪")]


@pytest.mark.parametrize("number", ["湘知护〔2023〕6号", "韶知护组〔2023〕2号", "韶武知领〔2023〕2号",
                                    "武应急〔2023〕5号", "韶武烟〔2023〕2号", "武卫健〔2023〕7号", "韶武版〔2023〕1号",
                                    "武海关〔2023〕2号"])
def test_an_ocr_read_prefix_with_an_uncommon_function_is_still_a_number(number):
    """The OCR-garbage check (每车【2002]47号) must not drop a real prefix whose last character names a function
    no list holds (护, 组, 领, 急, 烟, 健, 版, 关): a place's abbreviation leads it."""
    text = normalize("韶关市武江区某单位文件\n" + number + "\n关于开展专项行动的通知", True)
    assert [d["text"] for d in doc_numbers([SimpleNamespace(number=1, text=text, ocr=True)])] == [number]


def test_a_level_bureau_before_a_cited_prefix_is_no_part_of_it():
    """省局 / 市局 / 县局 / 区局 name the bureau of a level; the cited prefix starts after them (dev5's notices)."""
    text = "为认真贯彻国市监稽发〔2023〕31号和省局印发鲁知保发〔2023〕6号精神，落实市局鲁阳市监〔2023〕10号部署"
    assert [t for t, _ in found(page(text))] == ["国市监稽发〔2023〕31号", "鲁知保发〔2023〕6号",
                                                 "鲁阳市监〔2023〕10号"]
    assert [t for t, _ in found(page("按照区局武市监函〔2023〕7号"))] == ["武市监函〔2023〕7号"]
    assert [t for t, _ in found(page("市局函〔2023〕5号"))] == ["市局函〔2023〕5号"]  # 市局 with a kind only: kept


def test_a_genre_cell_run_into_the_number_cell_is_no_part_of_the_prefix():
    """A register's 文种 cell OCR read into the next cell's 文号 (dev8's photographed 发文一览表): 通报 / 意见 / 决定 …
    name a document's genre and never start an organ prefix."""
    text = normalize("序号 文件名称 文种 文号\n1 关于表扬先进集体的 通报松江市监函〔2022〕16号\n"
                     "2 实施意见 意见松江政办发〔2022〕69号", True)
    assert [d["text"] for d in doc_numbers([SimpleNamespace(number=1, text=text, ocr=True)])] == [
        "松江市监函〔2022〕16号", "松江政办发〔2022〕69号"]
