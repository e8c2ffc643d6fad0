"""Title, organ, type and dates (issue 15, stop 27, dev12's misses): a report whose table carries a 数据来源
note (no web byline) and whose title holds 商标注册 (no site's sign-up link), a scanned register signed under its
table by the unit its title opens with, a grid of figures under a title naming no genre, lists and
self-assessment sheets titled 名录 / 自评表, a cover line set bigger than the title that names the genre, and a
signature year a seal made 七 for 二 in a file showing no other year. Expected values are the ones written into
the files made here."""

from pathlib import Path
from types import SimpleNamespace

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from extract_files import facts_of_both, font_paragraph, official_page, printed_fixture, ruled_table

from ipdocs.extract import file_facts
from ipdocs.extract.dates import dates
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Document, Page, lines_from_boxes
from ipdocs.extract.titles import doc_type, title_and_organ, title_type

ORGAN = "临川县市场监督管理局"
BODY = ["截至2024年11月30日，全县商标注册量稳步增长，分乡镇情况见下表。",
        "一、总体情况。全年新增注册商标412件，同比增长一成，地理标志产品3个。",
        "二、下步打算。加强商标品牌培育，指导企业规范使用注册商标。"]


def analysis_report(path: Path) -> None:
    """A text report: its title holds 商标注册, a table under it ends with a 数据来源 note, then the body and the
    signature."""
    d = official_page()
    font_paragraph(d, "2024年临川县商标注册情况分析报告", 22, WD_ALIGN_PARAGRAPH.CENTER, font="AR PL UKai CN")
    font_paragraph(d)
    font_paragraph(d, "表1 分乡镇商标注册量", 14, WD_ALIGN_PARAGRAPH.CENTER)
    ruled_table(d, [["乡镇", "商标注册量（件）"], ["东山镇", "86"], ["西河乡", "47"], ["南岭镇", "133"]])
    font_paragraph(d, "数据来源：县市场监督管理局商标数据库。", 12)
    for line in BODY:
        font_paragraph(d, line, 16, indent=True)
    font_paragraph(d, ORGAN, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    font_paragraph(d, "2024年12月5日", 16, WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(str(path))


def cover_line_over_title(path: Path) -> None:
    """A self-check report under a cover line set bigger than its title (the material's place in a file set)."""
    d = official_page()
    font_paragraph(d, "知识产权保护工作检查考核材料", 26, WD_ALIGN_PARAGRAPH.CENTER, font="AR PL UKai CN")
    font_paragraph(d)
    font_paragraph(d, "临川县2024年知识产权保护工作自查报告", 20, WD_ALIGN_PARAGRAPH.CENTER, font="AR PL UKai CN")
    font_paragraph(d)
    for line in BODY:
        font_paragraph(d, line, 16, indent=True)
    font_paragraph(d, ORGAN, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    font_paragraph(d, "2024年12月5日", 16, WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(str(path))


printed = printed_fixture("q_s27", {"report": analysis_report, "cover": cover_line_over_title})


def test_a_reports_data_source_note_and_its_trademark_registration_title_are_no_web_page(printed):
    for found in facts_of_both(printed, "report"):
        assert found["title"] == "2024年临川县商标注册情况分析报告", found["file"]
        assert found["doc_type"] == "报告", found["file"]
        assert found["organ"] == ORGAN, found["file"]


def test_a_cover_line_bigger_than_the_title_is_not_the_title(printed):
    for found in facts_of_both(printed, "cover"):
        assert found["title"] == "临川县2024年知识产权保护工作自查报告", found["file"]
        assert (found["doc_type"], found["organ"]) == ("报告", ORGAN), found["file"]


def test_a_news_pages_source_line_is_still_a_byline():
    text = "临川县开展商标品牌培育活动\n来源：临川日报 2024-05-06\n近日，县市场监管局开展培训。"
    assert doc_type("县市场监管局关于商标品牌培育的工作报告", "pdf", [], [], text) == "新闻报道"
    noted = "县市场监管局关于商标品牌培育的工作报告\n数据来源：县统计局\n近日，县市场监管局开展培训。"
    assert doc_type("县市场监管局关于商标品牌培育的工作报告", "pdf", [], [], noted) == "报告"


def _scan(boxes: list[tuple], width: float, name: str) -> Document:
    lines = lines_from_boxes(boxes, width, em_size=True)
    page = Page(1, "\n".join(ln.text for ln in lines), ocr=True, boxes=boxes, lines=lines, width=width)
    return Document(Path(name), "pdf" if name.endswith(".pdf") else "image", [page])


def test_a_register_signed_under_its_table_by_the_unit_its_title_opens_with():
    station = "临川县知识产权维权援助工作站"
    rows = [(80, 200 + 40 * i, 1100, 230 + 40 * i, "") for i in range(4)]
    cells = [["受理编号", "求助主体", "援助事项", "联系电话"],
             ["WQ001", "临川县某某商行", "侵权判定咨询", "13800001111"],
             ["WQ002", "临川县某某食品厂", "商标异议咨询", "13800002222"],
             ["WQ003", "临川县某某合作社", "专利无效咨询", "13800003333"]]
    boxes = [(260, 100, 1000, 150, station + "受理登记表")]
    for (x0, y0, _, y1, _), row in zip(rows, cells, strict=True):
        boxes += [(x0 + 280 * k, y0, x0 + 280 * k + 200, y1, cell) for k, cell in enumerate(row)]
    boxes.append((600, 400, 1050, 430, station))
    document = _scan(boxes, 1240, "register.pdf")
    title, organ = title_and_organ(document, [])
    assert (title, organ) == (station + "受理登记表", station)
    # a register whose last line is some unit other than the one titling it: no maker read from it
    boxes[-1] = (600, 400, 1050, 430, "临川县东山镇人民政府")
    assert title_and_organ(_scan(boxes, 1240, "register.pdf"), [])[1] == ""


def test_a_grid_of_figures_under_a_title_naming_no_genre_is_a_table():
    grid = "临川县2021-2024年专利授权情况\n年份\t发明\t实用新型\t合计\n2021\t12\t140\t152\n2022\t15\t166\t181\n" \
           "2023\t19\t181\t200"
    assert doc_type("临川县2021-2024年专利授权情况", "image", [], [], grid) == "统计表"
    prose = "临川县2024年知识产权工作开展情况\n今年以来，县市场监管局扎实推进各项工作。\n一、强化执法。\n二、加强宣传。"
    assert doc_type("临川县2024年知识产权工作开展情况", "image", [], [], prose) is None


def test_lists_and_self_assessment_sheets_keep_their_own_genre(tmp_path):
    assert title_type("地理标志专用标志使用企业名录") == "名录"
    assert title_type("2024年度知识产权保护工作检查考核自评表") == "自评表"
    assert title_type("2024年度专利授权情况统计表") == "统计表"
    wb = openpyxl.Workbook()
    for row in [["2024年度知识产权保护工作检查考核自评表", "", ""], ["考核项目", "分值", "自评得分"],
                ["组织领导", "10", "10"], ["执法办案", "30", "27"]]:
        wb.active.append(row)
    wb.save(tmp_path / "self.xlsx")
    found = file_facts(tmp_path / "self.xlsx")
    assert (found["title"], found["doc_type"]) == ("2024年度知识产权保护工作检查考核自评表", "自评表")


def _days(text: str) -> list[str]:
    return [d["iso"] for d in dates([SimpleNamespace(number=1, text=normalize(text, True), ocr=True)])]


def test_a_signature_year_a_seal_made_decades_ahead_is_read_back():
    notice = "临川县市场监督管理局\n关于公布举报方式的公告\n特此公告。\n临川县市场监督管理局\n二〇七四年四月二十二日"
    assert _days(notice) == ["2024-04-22"]
    # not a date inside a sentence (a plan's horizon), nor one the file shows itself twice
    assert _days("到二〇七四年四月二十二日前完成。") == ["2074-04-22"]
    twice = "临川县市场监督管理局\n2074年4月22日\n附：2074年5月1日起施行"
    assert sorted(_days(twice)) == ["2074-04-22", "2074-05-01"]
