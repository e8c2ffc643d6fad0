"""Issuing organ (issue 15 "Organ") in the forms stop 27 found unhandled, on files made here: a township
government's minutes titled by its name (…镇人民政府会议记录), a plan whose issuer and date stand in brackets under
its title, joint issuers on one line of a red mark, a record whose title names its organ in short and whose 单位 line
names it in full; and scanned signatures under a red seal: the closing date in words with the year's characters
misread or lost, a seal's dot read before the name, 人 of 人民法院 read as 大, and a 市场监督管理所 that is no
市场监督管理局 misread. DOCX are made here; OCR pages are given as the boxes the recogniser returns. Expected values
are the ones written into the files."""

from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import font_paragraph, official_page, ruled_table

from ipdocs.extract import file_facts
from ipdocs.extract.text import Document, Page, lines_from_boxes
from ipdocs.extract.titles import title_and_organ

C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
BODY = ["　　为贯彻落实上级关于知识产权保护工作的部署，进一步加强全县知识产权保护工作，现将有关事项通知如下。",
        "　　各单位要高度重视，明确专人负责，按时报送相关材料，确保各项工作落到实处。"]
MARKET = "梧岭市青溪县市场监督管理局"
POLICE = "梧岭市青溪县公安局"


def _word(path: Path, paragraphs: list[tuple[str, float, object]], table: list[list[str]] | None = None) -> Path:
    """Paragraphs (text, size, alignment) in order, red where 24 pt or more; `table` after them."""
    d = official_page()
    for text, size, align in paragraphs:
        font_paragraph(d, text, size, align, red=size >= 24)
    if table:
        ruled_table(d, table)
    d.save(str(path))
    return path


def _body() -> list[tuple[str, float, object]]:
    return [(line, 16, L) for line in BODY]


def test_minutes_titled_by_a_township_government_are_that_government_s(tmp_path):
    """…镇人民政府会议记录: the government its title opens with is the body whose record it is (as a 局's name
    opens its summary), no year needed between them."""
    path = _word(tmp_path / "record.docx", [("青溪县石门镇人民政府会议记录", 22, C),
                                            ("会议名称：打击侵权假冒专题会议", 16, L),
                                            ("会议时间：2023年4月27日上午9:00", 16, L), ("主持人：白欣承", 16, L),
                                            ("记录人：陶晓", 16, L), *_body()])
    found = file_facts(path)
    assert (found["organ"], found["doc_type"]) == ("青溪县石门镇人民政府", "会议记录")


def test_a_plan_s_issuer_and_date_in_brackets_under_its_title(tmp_path):
    office = "梧岭市青溪县知识产权保护工作领导小组办公室"
    path = _word(tmp_path / "plan.docx", [("青溪县2023年知识产权保护工作方案", 22, C),
                                          (f"（{office}　2023年5月6日）", 16, C), *_body()])
    found = file_facts(path)
    assert (found["title"], found["organ"], found["doc_type"]) == ("青溪县2023年知识产权保护工作方案", office, "方案")


def test_joint_issuers_on_one_line_of_a_red_mark_are_each_given(tmp_path):
    path = _word(tmp_path / "joint.docx", [(f"{MARKET}　{POLICE}", 24, C), ("青市监联〔2023〕12号", 16, C),
                                           ("关于开展2023年知识产权保护专项行动的通知", 22, C), *_body(),
                                           (f"{MARKET}　　{POLICE}", 16, R), ("2023年5月6日", 16, R)])
    found = file_facts(path)
    assert found["title"] == "关于开展2023年知识产权保护专项行动的通知"
    assert found["organ"] == f"{MARKET}、{POLICE}"


def test_joint_issuers_named_with_a_dun_in_a_lianhe_wenjian_mark(tmp_path):
    """某局、某局联合文件 (or the names set apart by a space): each issuer, not 联合 as part of the last name."""
    for i, mark in enumerate((f"{MARKET}、{POLICE}联合文件", f"{MARKET}　{POLICE}联合文件")):
        path = _word(tmp_path / f"joint{i}.docx", [(mark, 24, C), ("青市监联〔2023〕12号", 16, C),
                                                    ("关于开展2023年知识产权保护专项行动的通知", 22, C), *_body(),
                                                    ("2023年5月6日", 16, R)])
        assert file_facts(path)["organ"] == f"{MARKET}、{POLICE}", mark


def test_a_record_titled_with_its_organ_in_short_and_its_unit_line_in_full(tmp_path):
    fields = [["会议时间", "2023年5月6日"], ["会议地点", "三楼会议室"], ["主持人", "张三"], ["记录人", "李四"],
              ["会议内容", "传达上级会议精神，部署下一阶段工作。"]]
    path = _word(tmp_path / "record.docx", [("青溪县市场监督管理局知识产权工作会议记录", 22, C),
                                            (f"单位：{MARKET}", 14, L)], table=fields)
    found = file_facts(path)
    assert (found["organ"], found["doc_type"]) == (MARKET, "会议记录")


def _scan(signature: list[str]) -> Document:
    """A scanned notice whose signature block (a seal's arc read as a few characters, the organ, the date) OCR read as
    `signature`, one short box each, right of centre under the body."""
    body = ["关于开展知识产权保护专项行动的通知", "各乡镇人民政府，县直有关单位：",
            "为贯彻落实上级关于知识产权保护工作的部署，进一步加强我县知识产权保护工作，",
            "经研究，决定在全县范围内开展专项整治行动。现将有关事项通知如下：",
            "各单位要高度重视，明确专人负责，按时报送相关材料。"]
    boxes = [(300 if i == 0 else 100, 100 + 60 * i, 900 if i == 0 else 1100, 140 + 60 * i, t)
             for i, t in enumerate(body)]
    top = 140 + 60 * len(body)
    boxes += [(1000 - 40 * len(t), top + 60 * i, 1000, top + 40 + 60 * i, t) for i, t in enumerate(signature)]
    found = lines_from_boxes(boxes, 1240, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in found), ocr=True, boxes=boxes, lines=found, width=1240)
    return Document(Path("notice.jpg"), "image", [page])


@pytest.mark.parametrize("date", ["1〇二三年五月六日", "二6二三年五月六日", "十0二三年五月六日", "6二三年五月六日",
                                  "上三年十二月二十日", "二9二三年十二月十十日"])
def test_a_signature_over_a_closing_date_in_words_the_seal_garbled(date):
    """The year's characters misread or lost under the seal, its month and day in words read right: still the
    closing date the signature stands on."""
    assert title_and_organ(_scan(["城关镇", "青溪县城关镇人民政府", date]), [])[1] == "青溪县城关镇人民政府"


def test_a_seal_s_dot_and_a_misread_ren_in_a_court_s_signature():
    read = title_and_organ(_scan(["市青溪", "·梧岭市青溪县大民法院", "2023年12月20日"]), [])
    assert read[1] == "梧岭市青溪县人民法院"


def test_a_market_supervision_station_is_not_a_bureau_misread():
    """…市场监督管理所 (a 局's station, an organ of its own) is signed as such, not made …市场监督管理局."""
    station = "青溪县市场监督管理局城关市场监督管理所"
    assert title_and_organ(_scan(["城", station, "2023年5月6日"]), [])[1] == station


def test_a_signature_whose_common_ending_the_seal_garbled_in_the_middle():
    """市场监督管理局 read 市，蓝管理局 through the seal: its first character and its last three read right, a mark
    where characters were: that ending. A name of its own read right (市政管理局) stays."""
    read = title_and_organ(_scan(["湾区市", "梧岭市青溪县市，蓝管理局", "二〇二三年十月二日"]), [])
    assert read[1] == "梧岭市青溪县市场监督管理局"
    assert title_and_organ(_scan(["梧岭市青溪县市政管理局", "2023年10月2日"]), [])[1] == "梧岭市青溪县市政管理局"


def test_a_known_district_with_a_character_ocr_lost_is_put_right():
    """信阳市河区 (浉 lost) above a 文号 line: the district organs.yaml knows under that city, the one it can be."""
    lines = ["信阳市河区打击侵权假冒工作领导小组办公室", "浉打假办函〔2023〕131号", "关于商请提供相关佐证材料的函",
             "区打击侵权假冒工作领导小组各成员单位：", "为深入贯彻落实上级文件精神，进一步加强知识产权保护。"]
    boxes = [(100, 100 + 60 * i, 100 + 40 * len(t), 140 + 60 * i, t) for i, t in enumerate(lines)]
    found = lines_from_boxes(boxes, 1240, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in found), ocr=True, boxes=boxes, lines=found, width=1240)
    organ = title_and_organ(Document(Path("函.jpg"), "image", [page]), [])[1]
    assert organ == "信阳市浉河区打击侵权假冒工作领导小组办公室"
