"""文号, dates and media outlets as OCR reads them on stressed pages (issue 15), found with bench/ocr_stress.py.

The strings below were recorded from rapidocr on pages the harness renders (AR PL UMing/UKai, Noto Serif/Sans at
12–16 pt; 100–300 dpi scans with skew, blur, noise and JPEG; phone photos with perspective and shadow): a year
wrapped inside its bracket or before 年 at a line's end, a prefix wrapped after its first characters, a complete
prefix the vocabulary knows a longer one ending like, a table cell's text OCR ran into the next cell's 文号. Each
repair needs the shape that leaves one reading; the precision cases next to them must stay as they are.
"""

import math
from types import SimpleNamespace

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.dates import dates
from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.facts import media
from ipdocs.extract.normalize import normalize
from ipdocs.extract.seals import seal_regions

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
RED = (214, 30, 30)


def _page(text: str, ocr: bool = True, number: int = 1):
    return SimpleNamespace(number=number, text=normalize(text, ocr), ocr=ocr)


def numbers(text: str, ocr: bool = True, organ: str = "") -> list[str]:
    return [d["text"] for d in doc_numbers([_page(text, ocr)], organ)]


def days(text: str, ocr: bool = True) -> list[str]:
    return [d["iso"] for d in dates([_page(text, ocr)])]


def test_a_year_wrapped_inside_its_bracket():
    # UMing 16 pt at 300 dpi, UKai at 100 dpi: the year broken after three digits or after one
    read = "一、行动时间：2022/09/08。各单位要对照仁府办发〔202\n1〕14号文件和上级文件丶武委办〔2021〕90号的要求"
    assert numbers(read) == ["仁府办发〔2021〕14号", "武委办〔2021〕90号"]
    assert numbers("要对照乐知保办[2\n022]58号文件", ocr=False) == ["乐知保办〔2022〕58号"]  # text layers wrap too
    # a number of 3 + 2 digits or a bracketed phrase is no year
    assert numbers("编号〔202\n15〕3号；《工作要点（202\n3年版）》") == []


def test_a_date_wrapped_inside_its_year():
    read = "精神，根据上级部署，经研究决定，于2\n022年5月10日起在全区范围内开展知识产权保护专项行动"
    assert days(read) == ["2022-05-10"]
    assert days("于202\n2年4月24日起", ocr=False) == ["2022-04-24"]
    assert days("材料截止时间为2\n022-10-21，共计79份。") == ["2022-10-21"]  # a photo at 2250×3000
    # digits ending the line before are not a year's first digits unless the four make one
    assert days("共计12\n12年5月10日；金额3\n2023年5月1日；电话0751-\n8888888") == ["2023-05-01"]


def test_a_prefix_wrapped_after_its_first_characters_is_joined_not_guessed():
    # OCR read 罗打⏎假办发; the vocabulary's 鄂打假办 also ends in 打假办 — the line before decides
    read = "一、行动时间：2022年9月1日至30日。各单位要对照罗打\n假办发[2021]38号文件和上级文件的要求"
    assert numbers(read) == ["罗打假办发〔2021〕38号"]
    # a web page screenshot (bench dev2): the bracket and 粤 end the line, 市监知保 begins the next
    read = ("会议传达学习了《广东省\n市场监督管理局关于做好2022年度知识产权保护工作检查考核准备工作的通知》（粤\n"
            "市监知保〔2022）11号）精神。")
    assert numbers(read) == ["粤市监知保〔2022〕11号"]
    # a title line ending above a 文号 line gives it nothing
    assert numbers("关于开展知识产权保护专项行动的通知\n武市监〔2023〕5号") == ["武市监〔2023〕5号"]


def test_a_prefix_cited_after_a_verb_and_wrapped_before_its_kind_character():
    # bench dev3, a 300 dpi scan: 贯彻落实打假办⏎发〔2023】6号 — the verb ends inside the line before
    read = "按照省丶市印发鄂打假办函【2019】7号的安排，贯彻落实打假办\n发〔2023】6号文件要求，进一步加强"
    assert numbers(read) == ["鄂打假办函〔2019〕7号", "打假办发〔2023〕6号"]


def test_a_place_character_ocr_misreads():
    # bench dev3, photos and scans: 浉 read as 狮 (or 沥) at the start of a prefix
    assert numbers("信阳市狮河区人民政府办公室\n狮府办函〔2022〕65号") == ["浉府办函〔2022〕65号"]
    assert numbers("狮河区打假办函〔2023〕131号") == ["浉河区打假办函〔2023〕131号"]
    assert numbers("狮府办函〔2022〕65号", ocr=False) == ["狮府办函〔2022〕65号"]  # a text layer: as printed


def test_an_abbreviation_and_kind_characters_is_a_complete_prefix():
    # the organ's abbreviations are 武市监 and 韶武市监: 武市监函 is whole, not 韶武市监函
    read = "韶关市武江区市场监督管理局文件\n武市监函【2023】21号\n关于开展2023年知识产权保护专项行动的通知"
    assert numbers(read, organ="韶关市武江区市场监督管理局") == ["武市监函〔2023〕21号"]
    assert numbers("江区打假办发〔2023〕3号\n关于开展打击侵权假冒专项行动的通知") == ["武江区打假办发〔2023〕3号"]


def test_a_kind_character_misread_before_the_bracket():
    # Noto Sans 14 pt in a phone photo of a clipping: 函 read as 西 after the organ's function character
    assert numbers("依据粤知西【2023】165号文件要求") == ["粤知函〔2023〕165号"]
    assert numbers("依据陕西〔2023〕5号；粤知西〔2023〕165号", ocr=False) == ["陕西〔2023〕5号", "粤知西〔2023〕165号"]


def test_a_cell_run_into_the_next_cells_number():
    # 100 dpi case list: the case-name cell and the 文号 cell read as one piece, no gap between them
    rows = ("某商行销售侵犯注册商标专雄市监罚[2023]92号2023-01-23\t2023-02-02\n用权的香烟案\n"
            "2\t某商行销售侵犯注册商标专雄市蓝罚[2023]63号2023-05-26\t2023-08-09\n用权的白酒案\n"  # 监 read as 蓝
            "侵犯注册商标专用权的洗衣液案韶武市监罚〔2023〕5号")
    assert numbers(rows) == ["雄市监罚〔2023〕92号", "雄市监罚〔2023〕63号", "韶武市监罚〔2023〕5号"]
    assert days(rows) == ["2023-01-23", "2023-02-02", "2023-05-26", "2023-08-09"]
    # a long known prefix keeps its length; words before a citing verb still end the prefix
    assert numbers("全区各级各部门认真贯彻落实武江区打假办发〔2023〕3号") == ["武江区打假办发〔2023〕3号"]
    assert numbers("蓝天市蓝〔2023〕3号", ocr=False) == ["蓝天市蓝〔2023〕3号"]  # no OCR repair in a text layer


def test_a_range_whose_dash_ocr_read_as_one():
    # bench dev3, a 300 dpi scan: 3月1日—10月30日 read as 3月1日一-10月30日
    read = "请于2023年11月11日前报送。决定于3月1日一-10月30日在全区开展；2023年4月1日一一5月6日"
    assert days(read) == ["2023-11-11", "2023-03-01", "2023-10-30", "2023-04-01", "2023-05-06"]
    assert days("2023年5月1日一起开展") == ["2023-05-01"]


def test_a_time_glued_onto_a_one_digit_day():
    # bench dev3, a Weibo screenshot: 2023-5-5 15:18 read without its space; the day without a year then has one
    read = "沥河区市场监管\n2023-5-515:18来自微博weibo.com\n发放宣传资料1\n426份。5月4日起，还将开展集中整治。"
    assert days(read) == ["2023-05-05", "2023-05-04"]
    # a dev2 WeChat screenshot: 2023-04-10 9:38; the day takes two digits where it can, nothing from a bad split
    assert days("原创永宁县融媒体中心　2023-04-109:38　河南") == ["2023-04-10"]
    assert days("2023-5-110:30") == ["2023-05-11"] and days("编号2023-5-599:18") == []


def test_no_numbers_or_dates_from_case_numbers_phones_times_and_amounts():
    text = ("（2023）粤0204民初484号案件不在本表统计范围；（2022）鄂01知民初12号；联系电话：0751-8695682、"
            "13878467313；会议于10:30开始，2023.5万元，身份证号440203202306081234，第2023-15号，12:05:18")
    assert numbers(text) == [] and days(text) == []
    # a scanned case list whose 文号 cell wrapped: the cell beside it is no prefix (盗版图⇥[2023]14号), so the
    # number is bare on the page and takes its prefix from the table's cell (facts.py passes the cells)
    rows = "乐昌市华美服（盗版图\t[2023]14号并罚款\n2贸有限公司册商标专用\t[2023]63号安机关是"
    assert numbers(rows) == ["〔2023〕14号", "〔2023〕63号"]


def _media(text: str, ocr: bool = True) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=text, ocr=ocr)])]


def test_media_outlets_named_as_themselves():
    assert _media("来源：南方十客户端    编辑：张伟") == ["南方+客户端"]  # OCR reads the + as 十
    assert _media("南方十字路口", ocr=True) == []
    assert _media("新华社区开展宣传，推进信阳网格化管理，大河报道称") == []
    assert _media("据央广网、中国新闻社、广州日报报道，新华社区居民参加") == ["央广网", "中国新闻社", "广州日报"]


# rapidocr on a phone photo of a two-column clipping (UKai 16 pt): each OCR line is a left-column line, a tab and
# the right-column line beside it; the story flows down the left column, then the right
CLIPPING = ("南方日报\t2023年9月9日星期六\n多部门联合执法守护知识产权\n"
            "本报讯（记者陈静通讯\t据介绍，该局自2023年2\n"
            "员张伟）9月8日，区市场监\t月15日起开展专项行动，已\n"
            "管局联合公安、文化等部门\t查处商标侵权案件23宗，罚\n"
            "，依据鄂打假办【2023]81\t没款71.5万元。\n"
            "号文件要求，对辖区农贸市\t9月7日，该局还举办了\n"
            "场、商超开展知识产权执法\t知识产权保护专题培训，184\n"
            "检查。\t名经营户参加。")


def test_a_two_column_clipping_is_also_read_column_by_column():
    assert numbers(CLIPPING) == ["鄂打假办〔2023〕81号"]
    assert sorted(days(CLIPPING)) == ["2023-02-15", "2023-09-07", "2023-09-08", "2023-09-09"]
    assert _media(CLIPPING) == ["南方日报"]
    # a table of two columns whose cells hold whole dates: nothing new, nothing twice
    table = "\n".join(f"{name}\t2023-05-{day:02d}" for name, day in [("张伟", 8), ("王芳", 9), ("李明", 10),
                                                                    ("刘洋", 11)])
    assert days(table) == ["2023-05-08", "2023-05-09", "2023-05-10", "2023-05-11"]
    # a text layer is read as extracted
    assert days(CLIPPING, ocr=False) == ["2023-09-09", "2023-09-08", "2023-09-07"]


def test_a_clippings_prefix_wrapped_down_its_column():
    # Noto Serif 14 pt at 200 dpi: 国知发保 ends the column's line, 字（2023）14号 begins the next one
    clipping = ("韶关日报\t2023年5月11日星期四\n多部门联合执法守护知识产权\n"
                "本报讯（记者刘洋通讯员陈\t据介绍，该局自2023年1月15\n"
                "静）5月10日，区市场监管局联合\t日起开展专项行动，已查处商标侵\n"
                "公安、文化等部门，依据国知发保\t权案件20宗，罚没款10.5万元。\n"
                "字（2023）14号文件要求，对辖区\t5月9日，该局还举办了知识产\n"
                "农贸市场、商超开展知识产权执法\t权保护专题培训，136名经营户参\n"
                "检查。\t加。")
    assert numbers(clipping) == ["国知发保字〔2023〕14号"]
    assert sorted(days(clipping)) == ["2023-01-15", "2023-05-09", "2023-05-10", "2023-05-11"]


def test_a_chinese_numeral_year_that_lost_digits_under_a_seal():
    body = "仁府办发〔2022〕46号\n于2022年6月5日起开展，行动时间：2022/09/08，请于9月17日前报送。\n〔2021〕14号\n"
    # recorded after the seal's region was read again: 二〇二二 as 二0二, 二〇二三 as 二三 / 二0三
    assert days(body + "仁化县人民政府办公室\n二0二年二月六日")[-1] == "2022-02-06"  # 2022 outnumbers 2021
    assert days("豫政办〔2023〕149号\n截止时间为2023-07-24\n二0三年十二月十七日")[-1] == "2023-12-17"
    assert days("国办发〔2023〕125号，截止时间为2023-09-19\n二三年十月八日")[-1] == "2023-10-08"
    # two years fit equally often, none fits, or a text layer: nothing is guessed
    assert days("〔2022〕1号〔2021〕2号2022年1月1日2021年1月1日\n二0二年二月六日") == ["2022-01-01", "2021-01-01"]
    assert days("2023年5月8日、2023年6月1日\n二一年二月六日") == ["2023-05-08", "2023-06-01"]
    assert days("2022年5月8日、2022年6月1日\n二0二年二月六日", ocr=False) == ["2022-05-08", "2022-06-01"]


def test_seal_regions_are_seals_not_the_red_header():
    page = Image.new("RGB", (1400, 1980), "white")
    draw = ImageDraw.Draw(page)
    draw.text((700, 150), "韶关市武江区市场监督管理局文件", font=ImageFont.truetype(SERIF_BOLD, 76), fill=RED,
              anchor="mt")
    draw.rectangle((180, 420, 1220, 426), fill=RED)  # the red rule under the 文号
    draw.ellipse((860, 1400, 1180, 1720), outline=RED, width=14)
    draw.text((1020, 1560), "★", font=ImageFont.truetype(SERIF_BOLD, 150), fill=RED, anchor="mm")
    regions = seal_regions(np.asarray(page))
    assert len(regions) == 1
    x0, y0, x1, y1 = regions[0]
    assert x0 < 860 - 200 and x1 >= 1180 and y0 < 1400 and y1 > 1720  # the seal and the text beside it


def _stamp(page: Image.Image, centre: tuple[int, int], radius: int, organ: str) -> Image.Image:
    """A red seal (ring, star, the organ's name round the top) multiplied over the page: ink over print."""
    ink = Image.new("RGBA", page.size, (255, 255, 255, 255))
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw, colour, (cx, cy) = ImageDraw.Draw(layer), (220, 30, 40, 180), centre
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=colour, width=radius // 14)
    draw.text(centre, "★", font=ImageFont.truetype(SERIF_BOLD, int(radius * 0.7)), fill=colour, anchor="mm")
    letter = ImageFont.truetype(SERIF_BOLD, int(radius * 0.28))
    for i, ch in enumerate(organ):
        angle = math.radians(-150 + 300 * i / (len(organ) - 1)) - math.pi / 2
        glyph = Image.new("RGBA", (letter.size * 2,) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((letter.size, letter.size), ch, font=letter, fill=colour, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(cx + math.cos(angle) * radius * 0.72 - letter.size),
                                      int(cy + math.sin(angle) * radius * 0.72 - letter.size)))
    ink.alpha_composite(layer)
    return ImageChops.multiply(page, ink.convert("RGB"))


def test_a_date_under_a_seal_is_read_again_without_it(tmp_path):
    """UMing 16 pt at 200 dpi, a seal stamped over the issuer and the date: OCR of the page reads only 九日 of
    the date; the seal's region read again from the red channel gives 二〇二二年一月十九日."""
    page = Image.new("RGB", (1240, 760), "white")
    draw = ImageDraw.Draw(page)
    body = ImageFont.truetype(UMING, 44)
    draw.text((80, 60), "请于2022年7月13日前将工作总结报送区市场监管局。", font=body, fill="black")
    draw.text((1150, 330), "永宁县市场监督管理局", font=body, fill="black", anchor="rt")
    draw.text((1060, 420), "二〇二二年一月十九日", font=body, fill="black", anchor="rt")
    _stamp(page, (850, 360), 165, "永宁县市场监督管理局").save(tmp_path / "盖章通知.png")
    found = file_facts(tmp_path / "盖章通知.png")
    assert [d["iso"] for d in found["dates"]] == ["2022-07-13", "2022-01-19"]
