"""Dates on photographed notices and media outlets on screenshots (issue 15, held-out photo dates and screenshot
media). The OCR-like strings were recorded from rapidocr on phone photos and web/app screenshots of our own
(PIL-rendered notices in UMing/UKai/Noto at 24–36 px, photographed with perspective, shadow, blur and seals;
portal pages, WeChat articles and news apps with related-link lists, share bars and footers). Each case has the
date or outlet it must give and, beside it, what it must not give."""

from types import SimpleNamespace

from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.dates import dates
from ipdocs.extract.media import media
from ipdocs.extract.normalize import normalize

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def days(text: str, ocr: bool = True) -> list[str]:
    return [d["iso"] for d in dates([SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)])]


def outlets(text: str, ocr: bool = True) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)])]


def test_a_chinese_numeral_date_with_year_or_day_misread():
    assert days("二〇二三午五月十八日") == ["2023-05-18"]  # 年 read as 午 / 牟
    assert days("二〇二三牟五月十八日") == ["2023-05-18"]
    assert days("二O二三年五月十八曰") == ["2023-05-18"]  # 〇 as O and 日 as 曰 together
    assert days("平安县市场监督管理局\n二〇二三年七月一\n（此件主动公开）") == ["2023-07-01"]  # 日 lost at its end
    assert days("二〇二三年五月十\n八日") == ["2023-05-18"]  # a wrap, not a lost 日
    assert days("二〇二三午五月", ocr=True) == []  # no day: no date
    assert days("二〇二三年五月十八曰", ocr=False) == []  # a text layer is not repaired


def test_dates_in_other_styles_and_split_by_spaces():
    assert days("2 0 2 3 年 5 月 1 8 日") == ["2023-05-18"]  # a letter-spaced signature date
    assert days("二 〇 二 三 年 五 月 十 八 日", ocr=False) == ["2023-05-18"]
    assert days("二〇二三\t年五月十八日") == ["2023-05-18"]  # the year and the rest in two OCR boxes
    assert days("二〇二三年5月18日", ocr=False) == ["2023-05-18"]
    assert days("时间：2023 / 06 / 08") == ["2023-06-08"]
    assert days("请于2023,5.18前报送") == ["2023-05-18"]  # one dot read as a comma
    assert days("检查时间为2023.9.20—2023.9.30，2023年7月1日至31日") == ["2023-09-20", "2023-09-30", "2023-07-01",
                                                                   "2023-07-31"]
    # not dates: a table row's numbers, an amount, a list of numbers
    assert days("1\t2023年度\t5\t18") == []
    assert days("罚款2023.5万元，2023，5，18") == []


def test_a_chinese_numeral_date_wrapped_between_its_year_and_its_year_word():
    # a photographed notice's range: 「…决定于二O二二年三月三日至二O二二⏎年五月二十八日在全县开展…」
    assert days("决定于二O二二年三月三日至二O二二\n年五月二十八日在全县开展专项行动。") == ["2022-03-03", "2022-05-28"]
    assert days("决定于二〇二二年三月三日至二〇二二\n年五月在全县开展") == ["2022-03-03"]  # no day: no date
    assert days("共计二〇二二\n年度考核") == []


def test_a_seal_damaged_year_is_read_only_where_one_year_fits():
    # 〇 read as another character on the signature line under a seal, its 日 lost
    assert days("豫政办〔2023〕149号\n截止时间为2023-07-24\n宁县人民\n二毫三年八月四\n（此件不予公开）") == [
        "2023-07-24", "2023-08-04"]
    # 二二年 (〇 and one more digit lost) is 二〇二二 as likely as 二〇二三: with both years in the file, none
    text = ("元旦春节期间（2022年12月30日至2023年1月6日），请于2023年1月10日前报送。\n"
            "平安县市场监督管理局\n二二年十二月二十日")
    assert days(text) == ["2022-12-30", "2023-01-06", "2023-01-10"]


def test_a_row_number_ocr_ran_into_the_date_cell_beside_it():
    # a photographed 发文登记簿: rows 1–8, their 发文日期 cells read with the row number in front
    register = ("填报时间：2023.12.7\n号发文日期\t发文字号\n11月25日清区市监发\n23月8日清区市监函\n35月3日清区市监字\n"
                "47月21日清区市监发\n6\t清区市监字\n9月24日\n710月19日清区市监发\n11月20日\t区农业农村局")
    assert days(register) == ["2023-12-07", "2023-01-25", "2023-03-08", "2023-05-03", "2023-07-21", "2023-09-24",
                              "2023-10-19", "2023-11-20"]
    assert days("序号\t日期\n12023年1月25日\t检查\n22023.3.8\t培训") == ["2023-01-25", "2023-03-08"]
    # no rising row numbers: the month as read (11月25日 is November's)
    assert days("2023年12月7日\n11月25日召开会议\n12月3日报送") == ["2023-12-07", "2023-11-25", "2023-12-03"]


def test_unlisted_outlets_as_source_masthead_byline_or_reporting_list():
    assert outlets("来源：岳川1日报发布时间：2023-05-1810:30浏览次数：1203") == ["岳川日报"]  # 川 read as 川1
    assert outlets("来源：岳川I广播电视台发布时间：2023-05-18") == ["岳川广播电视台"]
    assert outlets("来源：岳川新闻网\n正文。") == ["岳川新闻网"]
    assert outlets("09:41\n岳川日报客户端\n岳川：多部门联合执法\n岳川日报记者张伟通讯员李明") == ["岳川日报"]
    assert outlets("岳川融媒\n标题\n岳川融媒记者张伟2023-05-18") == ["岳川融媒"]
    assert outlets("正文。\n岳川日报、岳川电视台等媒体对活动进行了报道。") == ["岳川日报", "岳川电视台"]
    assert outlets("以下文章来源于岳川日报，作者张伟") == ["岳川日报"]  # a WeChat reprint's banner
    # a news app the list does not know: its masthead, named again by the byline
    app = "11:58\t26%\n广西云\t分享\n三江县多部门联合开展诉调对接试点\n广西云记者龚颖晓通讯员任永雪\n正文。"
    assert [(m["outlet"], m["level"]) for m in media([SimpleNamespace(number=1, text=app, ocr=True)])] == [
        ("广西云", "省级")]
    assert outlets("12:13\t5G\n江西新闻\n标题\n江西新闻客户端2022-10-2313:16\n据江西日报报道") == [
        "江西新闻", "江西日报"]
    assert outlets("标题\n本报记者 张伟\n正文。") == []  # no masthead: nothing
    # a government site or account, a word that only ends like a paper, a name inside running words: none
    assert outlets("来源：岳川市人民政府网\n原创 岳川发布 2023-05-18\n组织学习岳川日报社论") == []
    assert outlets("岳川市融媒体中心大楼\n在线办理") == []
    assert outlets("四川1号线开通") == []


def test_link_lists_share_bars_and_footers_are_not_the_source():
    head = "标题\n来源：岳川日报 发布时间：2023-05-18\n正文内容如下。活动取得成效。\n"
    assert outlets(head + "【相关阅读】\n新华网 2023-04-12\n人民网\t2023-04-10") == ["岳川日报"]
    assert outlets(head + "热点新闻\n·全国知识产权宣传周启动 来源：新华网 2023-04-12") == ["岳川日报"]
    assert outlets(head + "更多新闻>>\n人民网\t2023-04-10") == ["岳川日报"]
    assert outlets(head + "人民网\t新华网\t央视网\t光明网") == ["岳川日报"]  # a bar of links
    assert outlets(head + "分享到：微信\t微博\t人民网") == ["岳川日报"]
    assert outlets(head + "?2023 岳川新闻网 All Rights Reserved") == ["岳川日报"]
    # a heading before the article's first sentence (a nav item) does not cut the page
    assert outlets("部门动态\n标题\n来源：岳川日报\n正文。") == ["岳川日报"]
    assert outlets("南方日报\t2023年9月9日星期六\n多部门联合执法") == ["南方日报"]  # a masthead still counts


def test_a_portal_screenshot_reports_its_source_only(tmp_path):
    """One rendered screenshot through OCR: the 来源 line's unlisted paper counts; the related list's and the
    footer's outlets do not; the 发布时间 and the body's dates are found."""
    image = Image.new("RGB", (1000, 760), "white")
    draw = ImageDraw.Draw(image)
    font, small = ImageFont.truetype(SANS, 30, index=2), ImageFont.truetype(SANS, 22, index=2)
    draw.rectangle((0, 0, 1000, 80), fill=(180, 20, 30))
    draw.text((40, 18), "岳川市人民政府", font=font, fill="white")
    draw.text((100, 120), "岳川市开展知识产权保护专项执法行动", font=font, fill="black")
    draw.text((160, 180), "来源：嘉陵日报    发布时间：2023-05-18 10:30", font=small, fill=(100, 100, 100))
    draw.text((40, 240), "二〇二三年五月十六日，市市场监管局开展专项执法行动。", font=small, fill="black")
    draw.text((40, 300), "热点新闻", font=font, fill="black")
    draw.text((40, 360), "· 全国知识产权宣传周启动（新华网）  2023-04-12", font=small, fill="black")
    draw.text((40, 410), "人民网    光明网    央视网", font=small, fill="black")
    draw.text((40, 600), "主办：岳川市人民政府办公室    技术支持：岳川新闻网", font=small, fill=(80, 80, 80))
    image.save(tmp_path / "截图.png")
    found = file_facts(tmp_path / "截图.png")
    assert [(m["outlet"], m["level"]) for m in found["media"]] == [("嘉陵日报", "市级")]
    assert {"2023-05-18", "2023-05-16"} <= {d["iso"] for d in found["dates"]}
