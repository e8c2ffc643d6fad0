"""OCR text repair and the facts that hold beyond our own corpus (issue 15).

The OCR strings below were recorded from rapidocr (the project's OCR) on notices rendered at 150 dpi in AR PL
UMing/UKai and Noto Serif/Sans, blurred, with a red seal over the date: its bracket, 宇/字 and 〇 misreadings,
a date's 日 under a seal read as 由/个, a year's digit read wrong (2028年). Each is repaired only where the shape
around it leaves one reading; text layers are never "repaired"; nothing is invented. Then: days written without
a year, organ names completed from the document and the vocabulary, types from title, layout and content, and a
WeChat-article screenshot read end to end.
"""

from types import SimpleNamespace

import docx
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from extract_files import to_pdfs
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.dates import dates
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize, repair_ocr
from ipdocs.extract.titles import _fuller, doc_type

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def page(text: str, ocr: bool = True, number: int = 1):
    """A page as facts.py makes it: OCR text repaired, then normalised."""
    return SimpleNamespace(number=number, text=normalize(text, ocr), ocr=ocr)


def numbers(text: str, ocr: bool = True) -> list[str]:
    return [d["text"] for d in doc_numbers([page(text, ocr)])]


def days(*texts: str, ocr: bool = True) -> list[str]:
    return [d["iso"] for d in dates([page(t, ocr, n) for n, t in enumerate(texts, 1)])]


@pytest.mark.parametrize("read, expected", [
    ("信政办〔2021]12号", ["信政办〔2021〕12号"]),                    # UMing: closing bracket as ]
    ("武江区打假办发[2023】3号", ["武江区打假办发〔2023〕3号"]),       # Serif: mixed brackets
    ("韶武市监函[2022】15号", ["韶武市监函〔2022〕15号"]),
    ("根据国知发保宇〔2023]5号文件精神，现将韶市监联〔2022]49号转发给你们",  # 字 read as 宇
     ["国知发保字〔2023〕5号", "韶市监联〔2022〕49号"]),
    ("武府办C2023J19号", ["武府办〔2023〕19号"]),                      # brackets read as letters
    ("武府办「2023」19亏", ["武府办〔2023〕19号"]),                     # 号 read as 亏
    ("韶市监联〔2022 49号", ["韶市监联〔2022〕49号"]),                  # closing bracket lost
    ("韶市监〔2O23〕l9号", ["韶市监〔2023〕19号"]),                     # letters for digits
    ("江区打假办发〔2023〕3号", ["武江区打假办发〔2023〕3号"]),         # a lost leading character, from the vocabulary
])
def test_ocr_misreadings_of_a_document_number_are_repaired(read, expected):
    assert numbers(read) == expected


def test_repairs_invent_nothing():
    text = ("（2023）粤0203民初123号判决；电话C2023；编号2023 19；第2023-15号；2023年11月13个工作日；二二三件；"
            "依据《工作要点（2023）》；共计2023.5万元")
    assert numbers(text) == [] and days(text) == []
    # a text layer says what it says: no OCR repair there
    assert numbers("国知发保宇〔2023〕5号", ocr=False) == ["国知发保宇〔2023〕5号"]
    assert numbers("武府办C2023J19号", ocr=False) == []
    assert days("二二三年五月十八日", ocr=False) == []


def test_a_bold_headline_misreading_is_repaired_only_in_its_phrase():
    assert normalize(repair_ocr("南雄市人民法院联合多部内开展宣传活动")) == "南雄市人民法院联合多部门开展宣传活动"
    assert normalize(repair_ocr("局内部内控制度")) == "局内部内控制度"


@pytest.mark.parametrize("read, expected", [
    ("二二三年五月十八日", "2023-05-18"),          # 〇 lost under the seal (all four fonts)
    ("二二二年十二月一日", "2022-12-01"),
    ("二D二三年五月十八日", "2023-05-18"),          # 〇 read as D
    ("2023年11月13由", "2023-11-13"),             # 日 under a seal, at the line's end
    ("2023年11月13个\n", "2023-11-13"),
    ("2023车5月8日", "2023-05-08"),               # 年 read as 车
    ("2023年5用18日", "2023-05-18"),              # 月 read as 用
    ("二〇二三年五月+八日", "2023-05-18"),         # 十 read as +
    ("发布时间：2023-06-0810:21来源：韶关发布", "2023-06-08"),  # the time glued on
])
def test_ocr_misreadings_of_a_date_are_repaired(read, expected):
    assert days(read) == [expected]


# rapidocr on a 150 dpi scan of a case list: adjacent cells run together, both dates of a row glued
CASE_ROWS = ("序号\t案件名称\t处罚决定书文号\n"
             "1某商行销售侵犯“华为”手机配件注册\t立案日期\t结案日期是否公开\n"
             "商标专用权商品案\t平市监罚【2023】12号\t2023-05-272023-08-30\t是\n"
             "2某商行销售侵犯“中华”香烟注册商标平市监罚〔2023]52号\t2023-08-01\n"
             "专用权商品案\t2023-10-01\t香\n"
             "3某商行销售侵犯“五粮液”白酒注册商平市监罚（2023]7号\n"
             "标专用权商品案\t2023-03-072023-06-23\t是\n")


def test_a_scanned_case_list_whose_cells_ran_together():
    assert numbers(CASE_ROWS) == ["平市监罚〔2023〕12号", "平市监罚〔2023〕52号", "平市监罚〔2023〕7号"]
    assert days(CASE_ROWS) == ["2023-05-27", "2023-08-30", "2023-08-01", "2023-10-01", "2023-03-07", "2023-06-23"]
    # a real prefix that starts like an organ is not cut to a shorter one printed elsewhere
    assert numbers("归镇政发〔2023〕4号\n依据龙归镇政发〔2023〕2号") == \
        ["龙归镇政发〔2023〕4号", "龙归镇政发〔2023〕2号"]


def test_a_minutes_header_date_wrapped_or_missing_its_day_character():
    assert days("信阳市知识产权保护工作联席会议办公室二○二三年五月二十\n五日\n二〇二三年五月二十二日上午") == \
        ["2023-05-25", "2023-05-22"]
    assert days("联席会议办公室2021年7月27\n时间：2021年7月24日上午9:30") == ["2021-07-27", "2021-07-24"]
    assert days("截至2021年7月21\n日，全区共立案60宗") == ["2021-07-21"]  # the 日 goes on the next line
    assert days("将持续到2022年1\n2月17日。", "2022年12月1\n7日") == ["2022-12-17"] * 2  # a number split by a wrap


def test_a_year_misread_under_a_seal_is_read_as_the_documents_year():
    notice = "武府办〔2023〕5号\n定于2023年5月8日召开，请于2023年6月1日前报送。\n韶关市武江区人民政府办公室\n" \
             "2028年6月8日"
    assert days(notice) == ["2023-05-08", "2023-06-01", "2023-06-08"]
    assert days(notice, ocr=False)[-1] == "2028-06-08"  # a text layer is not second-guessed
    # no year the file shows twice one confusable digit away: kept as read
    assert days("定于2023年5月8日召开\n2021年6月8日") == ["2023-05-08", "2021-06-08"]
    assert days("2023年5月8日、2023年6月1日、2024年6月8日")[-1] == "2024-06-08"  # 4↔3 is no OCR confusion


def test_days_written_without_a_year_take_the_files_year():
    news = "发布时间：2023-06-08 10:30  来源：韶关日报\n6月7日，区市场监管局走进校园，活动持续到6月9日至12日。"
    assert days(news, ocr=False) == ["2023-06-08", "2023-06-07", "2023-06-09", "2023-06-12"]
    notice = "一、集中行动时间为2022年9月9日至26日（其中9月9日为动员日）。二、9月11日前完成自查。"
    assert days(notice, ocr=False) == ["2022-09-09", "2022-09-26", "2022-09-11"]
    # the nearest full date before decides; a file with no full date gives no date at all
    assert days("2022年12月28日召开。", "2023年1月5日印发，1月8日前报送", ocr=False)[-1] == "2023-01-08"
    assert days("5月18日召开会议，6月1日前报送，电话5月", ocr=False) == []


def test_days_on_a_scan_whose_only_full_date_a_seal_hid_take_its_own_numbers_year():
    # rapidocr on a 150 dpi scan: the seal took the signature's year; the cited documents are older than the notice
    scan = ("信阳市狮河区人民政府办公室文件\n狮府办〔2023〕8号\n关于做好迎检材料报送工作的通知\n"
            "为贯彻落实（国知发保字〔2022〕11号），落实信知战联办\n〔2022〕1号要求，决定于6\n月1日一10月30日在全区开展"
            "专项整治。请各单位\n于11月9日前将工作总结报送。\n信阳市狮河区人民政府办公室\n2年6月6日")
    assert days(scan) == ["2023-06-01", "2023-10-30", "2023-11-09"]


def _page(text: str, ocr: bool = True):
    return SimpleNamespace(number=1, text=text, ocr=ocr)


def test_an_organ_read_in_part_is_completed_only_when_certain():
    signed = _page("……\n韶关市武江区打击侵权假冒工作领导小组办公室\n2023年5月18日")
    # a wrapped organ mark read as its tail: the signature names the whole organ
    assert _fuller("领导小组办公室", "关于开展专项行动的通知", [signed], ocr=False) == \
        "韶关市武江区打击侵权假冒工作领导小组办公室"
    # OCR lost a character (宁): the vocabulary's one close name
    assert _fuller("永县人民政府办公室", "关于开展专项行动的通知", [_page("正文")], ocr=True) == "永宁县人民政府办公室"
    assert _fuller("永县人民政府办公室", "关于开展专项行动的通知", [_page("正文")], ocr=False) == "永县人民政府办公室"
    # a misread character is not "corrected" (武江区 / 曲江区 are both real), nor a name OCR did not shorten
    assert _fuller("韶关市曲江区人民政府", "", [_page("正文")], ocr=True) == "韶关市曲江区人民政府"
    assert _fuller("信阳市市场监管局", "", [_page("正文")], ocr=True) == "信阳市市场监管局"
        # several close names: kept as read
    assert _fuller("武江区人民政府", "关于开展专项行动的通知", [_page("正文")], ocr=True) == "武江区人民政府"


@pytest.mark.parametrize("title, text, kind, extra, expected", [
    ("2023年度知识产权宣传活动台账", "", "pdf", {}, "台账"),
    ("2023年度知识产权保护工作先进个人名单", "", "docx", {}, "名单"),
    ("知识产权专题培训签到册", "", "pdf", {}, "签到表"),
    ("关于报送知识产权保护工作台账的通知", "", "pdf", {}, "通知"),
    ("市政府办公室印发《知识产权保护工作实施方案》", "发布时间：2023-05-06 10:21  来源：信阳日报", "image", {},
     "新闻报道"),
    ("我县召开知识产权工作推进会并听取专题报告", "原创 信阳日报 2023-05-06 发表于河南", "image", {}, "新闻报道"),
    ("关于2023年度知识产权保护工作的自评报告", "", "pdf", {}, "报告"),
    ("知识产权保护工作领导小组第一次全体会议", "时间：2023年3月2日\n主持人：张伟", "pdf",
     {"meetings": [{"date": "2023-03-02"}]}, "会议纪要"),
    ("参加培训人员", "序号\t姓名\t单位", "image", {"attendance": {"count": 12}}, "签到表"),
])
def test_type_from_title_layout_and_content(title, text, kind, extra, expected):
    assert doc_type(title, kind, [], [], text, **extra) == expected


def test_a_wechat_article_screenshot(tmp_path):
    """A phone screenshot of a newspaper's WeChat article: status bar, a three-line title, the 原创 · account ·
    time line, a body with a cited 文号 and a day without its year, the 阅读 count."""
    img = Image.new("RGB", (1080, 1300), "white")
    draw = ImageDraw.Draw(img)
    draw.text((40, 20), "9:41", font=ImageFont.truetype(SANS_BOLD, 30), fill="black")
    big = ImageFont.truetype(SANS_BOLD, 50)
    title = ["罗山县市场监管局联合公安机关开展知识产权", "执法保护专项行动，切实营造尊重和保护", "知识产权的良好氛围"]
    for i, line in enumerate(title):
        draw.text((40, 120 + 74 * i), line, font=big, fill=(20, 20, 20))
    small = ImageFont.truetype(SANS, 28)
    draw.text((40, 360), "原创  信阳日报  2023-05-06 10:21  发表于河南", font=small, fill=(110, 110, 110))
    body = ImageFont.truetype(SANS, 34)
    lines = ["5月5日，罗山县市场监管局依据豫市监〔2023〕18号", "文件部署，开展知识产权执法保护专项行动，",
             "现场发放宣传资料1200份。"]
    for i, line in enumerate(lines):
        draw.text((40, 460 + 60 * i), line, font=body, fill=(40, 40, 40))
    draw.text((40, 700), "阅读 3521    在看 36", font=small, fill=(140, 140, 140))
    img.save(tmp_path / "微信文章.png")
    found = file_facts(tmp_path / "微信文章.png")
    assert found["title"] == "".join(title)
    assert found["doc_type"] == "新闻报道" and [m["outlet"] for m in found["media"]] == ["信阳日报"]
    assert [d["text"] for d in found["doc_numbers"]] == ["豫市监〔2023〕18号"]
    assert [d["iso"] for d in found["dates"]] == ["2023-05-06", "2023-05-05"]


def _para(d, text: str, size: float, centre: bool = True) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else None
    run = p.add_run(text)
    run.font.size, run.font.name = Pt(size), "Times New Roman"  # digits in a Latin face: taller glyph boxes
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "方正小标宋简体")


def _written(path, paragraphs) -> None:
    d = docx.Document()
    for paragraph in paragraphs:
        _para(d, *paragraph)
    d.save(str(path))


def test_titles_wrapped_in_text_pdfs_and_a_minutes_header(tmp_path):
    """A title whose first line holds Latin-face digits (its glyph boxes are taller than the second line's) is
    still one title; a minutes header's name above its big 会议纪要 is part of the title, and the issuer printed
    beside the date under it is the organ."""
    _written(tmp_path / "通知.docx", [("韶关市武江区人民政府办公室文件", 26), ("武府办[2023]36号", 16),
                                     ("关于做好2023年度知识产权保护工作检查考核佐证材料报送工作的通知", 22),
                                     ("各镇（街）、区直各单位：", 16, False),
                                     ("请于2023年8月5日前将佐证材料报送区知识产权保护工作联席会议办公室。", 16, False)])
    issuer = "韶关市武江区知识产权保护工作联席会议办公室　　二〇二三年七月二十二日"
    _written(tmp_path / "纪要.docx", [("韶关市武江区知识产权保护工作联席会议", 24), ("会议纪要", 36), ("第6期", 16),
                                     (issuer, 16, False), ("时间：2023年7月16日上午9:30", 16, False),
                                     ("地点：区政府三楼第二会议室", 16, False)])
    notice_pdf, minutes_pdf = to_pdfs([tmp_path / "通知.docx", tmp_path / "纪要.docx"], tmp_path / "lo")
    found = file_facts(notice_pdf)
    assert found["title"] == "关于做好2023年度知识产权保护工作检查考核佐证材料报送工作的通知"
    assert found["organ"] == "韶关市武江区人民政府办公室" and found["doc_type"] == "通知"
    assert [d["text"] for d in found["doc_numbers"]] == ["武府办〔2023〕36号"]
    found = file_facts(minutes_pdf)
    assert found["title"] == "韶关市武江区知识产权保护工作联席会议会议纪要"
    assert found["organ"] == "韶关市武江区知识产权保护工作联席会议办公室"
    assert found["doc_type"] == "会议纪要"


def test_a_workbook_titled_below_its_attachment_mark(tmp_path):
    wb = openpyxl.Workbook()
    for row in [["附件2"], ["2023年度知识产权保护工作先进个人名单"], ["序号", "姓名", "单位"],
                [1, "张伟", "区市场监管局"], [2, "王芳", "区法院"]]:
        wb.active.append(row)
    wb.active.merge_cells("A2:C2")
    wb.save(tmp_path / "附件2.xlsx")
    found = file_facts(tmp_path / "附件2.xlsx")
    assert found["title"] == "2023年度知识产权保护工作先进个人名单" and found["doc_type"] == "名单"


def test_a_chinese_date_misread_by_ocr_is_left_as_printed_not_a_crash():
    """OCR read 二〇二三年十月二十二日 as 二〇二三年十十月二十二日: no number, so no date — and the file's other facts
    are still read (the misreading once raised KeyError and lost the whole file)."""
    from ipdocs.extract.dates import dates_in
    from ipdocs.extract.normalize import normalize

    text = "印发日期：二〇二三年十十月二十二日\n落款：二〇二三年十一月三日至二十日"
    assert "十十月" in normalize(text, ocr=True)
    assert [d.isoformat() for d, _, _ in dates_in(normalize(text, ocr=True))] == ["2023-11-03", "2023-11-20"]
