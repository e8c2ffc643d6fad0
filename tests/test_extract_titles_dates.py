"""Dates, titles, organ and type (issue 15), each on a file made for the miss it had: dates in a DOCX text box,
header and footer and in other styles; a two-line title in a text PDF; a scan (image-only PDF, red seal over the
date) whose title is not its 文号 line and whose long organ is not cut to its tail; a screenshot whose title is
not the site name; an XLSX titled by its title row; a ledger typed as a ledger; no dates from phone numbers,
amounts, times or 文号."""

import docx
import openpyxl
import pypdfium2
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor
from extract_files import to_pdf
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.dates import dates_in
from ipdocs.extract.normalize import normalize

ORGAN = "韶关市武江区打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"  # wraps over two lines at 26 pt
TITLE = "关于印发《韶关市武江区2023年打击侵犯知识产权和制售假冒伪劣商品工作要点》的通知"  # two lines at 22 pt
NUMBER = "武江区打假办发〔2023〕3号"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def iso(text: str) -> list[str]:
    return [d.isoformat() for d, _, _ in dates_in(normalize(text))]


@pytest.mark.parametrize("written, expected", [
    ("二〇二三年五月十八日", ["2023-05-18"]),
    ("二○二三年十二月一日", ["2023-12-01"]),
    ("定于2023.5.18召开", ["2023-05-18"]),
    ("2023/06/08", ["2023-06-08"]),
    ("发布时间：2023-06-08 14:30", ["2023-06-08"]),
    ("2023 年 11 月 13 日", ["2023-11-13"]),
    ("活动时间为2023年7月1日至31日", ["2023-07-01", "2023-07-31"]),
    ("2023年7月1日至8月5日", ["2023-07-01", "2023-08-05"]),
    ("2023年12月28日—2024年1月5日", ["2023-12-28", "2024-01-05"]),
    ("二〇二三年七月一日至三十一日", ["2023-07-01", "2023-07-31"]),
    ("2023年11月19\n日", ["2023-11-19"]),  # a wrapped table cell
    ("2022-\n07-08", ["2022-07-08"]),
    ("2022/0\r\n5/27", ["2022-05-27"]),  # wrapped inside a PDF table cell
    ("2023年11月13—15日", ["2023-11-13", "2023-11-15"]),
    ("2023年5月8日、9日", ["2023-05-08", "2023-05-09"]),
    ("2O23年l1月3曰", ["2023-11-03"]),  # OCR: letters for digits, 曰 for 日
])
def test_date_styles_and_ranges(written, expected):
    assert iso(written) == expected


def test_no_dates_from_numbers_that_are_not_dates():
    text = ("武市监〔2023〕52号；联系电话0751-8832777、138-2023-0518；经费2023.5万元、30.8万元；按第2023条；"
            "14:30；2023年5月；2023.13.1；2023-02-30；版本1.2023.5.18；共2023.10.12元")
    assert iso(text) == []


def _text_box(paragraph, text: str) -> None:
    """A Word text box as Word writes it: DrawingML, with a VML copy as mc:Fallback."""
    body = f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    paragraph._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="2000000" cy="600000"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        '</w:r>'))


def test_dates_in_a_text_box_header_and_footer(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "印发日期：二〇二三年五月十八日"
    d.sections[0].footer.paragraphs[0].text = "统计截至2023/06/08"
    d.add_paragraph("关于开展知识产权宣传周活动的通知")
    d.add_paragraph("各镇（街）：现将有关事项通知如下。")
    _text_box(d.add_paragraph(), "韶关市武江区市场监督管理局 2023年4月26日")
    d.save(str(tmp_path / "文本框.docx"))
    found = file_facts(tmp_path / "文本框.docx")
    assert [d["iso"] for d in found["dates"]] == ["2023-05-18", "2023-04-26", "2023-06-08"]
    assert found["title"] == "关于开展知识产权宣传周活动的通知" and found["doc_type"] == "通知"
    from ipdocs.extract.text import read_document
    assert read_document(tmp_path / "文本框.docx", "docx").pages[0].text.count("2023年4月26日") == 1  # not the VML copy


def _line(d, text: str, size: float, centre: bool = True, red: bool = False):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
    run = p.add_run(text)
    run.font.size = Pt(size)
    if red:
        run.font.color.rgb = RGBColor(0xE0, 0, 0)
    return p


def _red_header_notice(path):
    d = docx.Document()
    _line(d, ORGAN, 26, red=True)
    _line(d, NUMBER, 16)
    _line(d, TITLE, 22)
    _line(d, "各镇（街）、区直各单位：", 16, centre=False)
    _line(d, "现将《工作要点》印发给你们，请认真贯彻落实，于2023年11月30日前报送工作总结。联系电话：0751-8832777。", 16,
          centre=False)
    right = _line(d, "韶关市武江区打假办", 16)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right = _line(d, "2023年5月18日", 16)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def notice_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titles")
    return to_pdf(_red_header_notice(folder / "红头通知.docx"), folder / "lo")


def _check_notice(found):
    assert found["title"] == TITLE
    assert found["organ"] == ORGAN
    assert found["doc_type"] == "通知"
    assert [d["text"] for d in found["doc_numbers"]] == [NUMBER]
    assert {d["iso"] for d in found["dates"]} == {"2023-11-30", "2023-05-18"}


def test_a_two_line_title_and_organ_in_a_text_pdf(notice_pdf):
    _check_notice(file_facts(notice_pdf))


def test_a_scan_with_a_seal_over_the_date(notice_pdf, tmp_path):
    """Image-only PDF of the rendered notice at 150 dpi, a red seal stamped over the signature date."""
    pdf = pypdfium2.PdfDocument(str(notice_pdf))
    page = pdf[0].render(scale=150 / 72).to_pil().convert("RGB")
    found = pdf[0].get_textpage().search("2023年5月18日")
    at = found.get_next()
    box = pdf[0].get_textpage().get_charbox(at[0])
    height = pdf[0].get_height()
    x, y = box[0] * 150 / 72, (height - box[3]) * 150 / 72
    seal = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    draw.ellipse((x - 20, y - 90, x + 200, y + 130), outline=(220, 20, 20, 150), width=7)
    draw.text((x + 40, y - 30), "★", fill=(220, 20, 20, 150), font=ImageFont.truetype(FONT, 60))
    page = Image.alpha_composite(page.convert("RGBA"), seal).convert("RGB")
    page.save(tmp_path / "扫描件.pdf", "PDF", resolution=250)  # a smaller page: OCR reads it at ~120 dpi, faster
    found = file_facts(tmp_path / "扫描件.pdf")
    assert found["ocr_pages"] == [1]
    _check_notice(found)


def test_a_screenshot_title_is_not_the_site_name(tmp_path):
    """A phone screenshot of a news report: site bar, a two-line title, the source line, the body."""
    img = Image.new("RGB", (1080, 1500), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1080, 130), fill=(200, 30, 30))
    draw.text((40, 30), "韶关发布", fill="white", font=ImageFont.truetype(FONT, 64))
    draw.text((40, 160), "首页 > 新闻中心 > 部门动态", fill=(90, 90, 90), font=ImageFont.truetype(FONT, 30))
    big = ImageFont.truetype(FONT, 52)
    draw.text((40, 240), "武江区开展知识产权保护进校园活动", fill="black", font=big)
    draw.text((40, 310), "普及知识产权法律知识", fill="black", font=big)
    draw.text((40, 400), "来源：韶关发布  2023-06-08 10:30", fill=(120, 120, 120), font=ImageFont.truetype(FONT, 30))
    body = ImageFont.truetype(FONT, 36)
    for i, line in enumerate(["6月7日，区市场监管局走进辖区中小学，", "开展知识产权保护宣传活动，发放资料500份。",
                              "咨询电话0751-8832777。"]):
        draw.text((40, 480 + 60 * i), line, fill="black", font=body)
    img.save(tmp_path / "新闻截图.png")
    found = file_facts(tmp_path / "新闻截图.png")
    assert found["title"] == "武江区开展知识产权保护进校园活动普及知识产权法律知识"
    # 韶关发布 is the city government's account, not a news outlet (issue 15): a news report with no media source
    assert found["doc_type"] == "新闻报道" and found["media"] == []
    # the body's 6月7日 has no year: it takes the page's (issue 15: dates on screenshots)
    assert [d["iso"] for d in found["dates"]] == ["2023-06-08", "2023-06-07"]


def test_a_workbook_is_titled_by_its_title_row_and_typed_as_a_ledger(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["2023年知识产权宣传报道台账"], ["填报单位：区委宣传部    填报日期：2023年11月20日"],
                ["序号", "报道日期", "报道标题", "媒体"], [1, "2023-04-25", "武江区法院开展以案说法活动", "南方日报"],
                [2, "2023-05-10", "知识产权宣传周活动", "人民网"]]:
        ws.append(row)
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:D2")
    wb.save(tmp_path / "附件3.xlsx")
    found = file_facts(tmp_path / "附件3.xlsx")
    assert found["title"] == "2023年知识产权宣传报道台账"  # not the file name 附件3
    assert found["organ"] == "区委宣传部"  # the unit the ledger names
    assert found["doc_type"] == "台账"  # a ledger of reports, not a news report
    assert [d["iso"] for d in found["dates"]] == ["2023-11-20", "2023-04-25", "2023-05-10"]


def test_a_file_full_of_numbers_yields_no_false_numbers_or_dates(tmp_path):
    d = docx.Document()
    d.add_paragraph("关于拨付知识产权保护工作经费的说明")
    for line in ["联系电话：0751-8832777，手机13800138000，传真0751-2023051。",
                 "经费合计2023.5万元，其中培训费30.8万元、宣传费1,200.00元。",
                 "依据《专利法》第65条、《商标法》第60条，（2023）粤0203民初123号判决已生效。",
                 "会议于14:30开始，编号2023-0518-01，统计至2023年度。", "2023年11月20日"]:
        d.add_paragraph(line)
    d.save(str(tmp_path / "经费说明.docx"))
    found = file_facts(tmp_path / "经费说明.docx")
    assert found["doc_numbers"] == []
    assert [x["iso"] for x in found["dates"]] == ["2023-11-20"]
