"""News outlets by role on a page (issue 15, held-out screenshot media): an outlet's news app is named as
printed (X客户端) where the page names it so, a reporter's outlet counts in its bylines' other forms (全媒体记者,
首席记者), and a picture's credit in its other forms (供图, /摄) does not; a ledger's media column names outlets of
any ending."""

from types import SimpleNamespace

from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.media import _ledger, level_of, media
from ipdocs.extract.normalize import normalize

SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)
TITLE = "石桥镇开展商标侵权专项整治\n"
BODY = "6月3日，石桥镇市场监管所会同镇派出所对集贸市场开展商标侵权专项整治，检查摊位85个，扣押侵权商品46件。\n"


def outlets(text: str) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, True), ocr=True)])]


def test_a_news_app_is_named_as_the_page_prints_it():
    # the app's own title or its source line: the app's name, at its outlet's level
    assert outlets("10:02\t4G\n潮新闻客户端\n" + TITLE + "2024-06-04 07:15\n" + BODY) == ["潮新闻客户端"]
    assert outlets(TITLE + "稿源：人民日报客户端 2024-06-04\n" + BODY) == ["人民日报客户端"]
    assert outlets(TITLE + BODY + "（来源：【嘉陵日报】客户端）") == ["嘉陵日报"]
    assert level_of("人民日报客户端") == "国家级" and level_of("嘉陵日报客户端") == "市级"
    # the app's reporter wrote it: the app, once, though its title prints the paper's name
    assert outlets("10:02\t4G\n嘉陵日报\n" + TITLE + "嘉陵日报客户端首席记者 周敏 2024年6月4日\n" + BODY) == [
        "嘉陵日报客户端"]
    # the paper's own name printed beside its app's title or posting line: the paper's name, once
    assert outlets("10:02\t4G\n嘉陵日报客户端\n" + TITLE + "嘉陵日报 2024-06-04 07:15 来源：嘉陵县融媒体中心\n"
                   + BODY) == ["嘉陵日报", "嘉陵县融媒体中心"]
    assert outlets("10:02\t4G\n川观新闻\n" + TITLE + "川观新闻客户端 2024-06-04 07:15\n" + BODY) == ["川观新闻"]
    # an invitation to download or open an app is no report
    assert outlets(TITLE + "来源：四川日报\n" + BODY + "下载嘉陵日报客户端，阅读更多本地新闻") == ["四川日报"]


def test_a_reporters_outlet_in_other_bylines_and_a_pictures_credit_in_other_forms():
    for byline in ("嘉陵日报全媒体记者 周敏 通讯员 王强", "（嘉陵晚报融媒记者 周敏）", "嘉陵日报驻石桥记者 周敏"):
        assert outlets(TITLE + "2024-06-04\n" + byline + "\n" + BODY) == [byline.strip("（）")[:4]]
    for credit in ("（嘉陵日报记者 周敏 供图）", "嘉陵晚报记者周敏/摄", "四川日报全媒体记者 周敏 摄"):
        assert outlets(TITLE + "来源：川观新闻\n" + BODY + credit) == ["川观新闻"]


def test_a_ledgers_media_column_names_outlets_of_any_ending():
    sheet = ("序号\t稿件标题\t报道媒体\t级别\t载体\n1\t标题一\t四川观察\t省级\t客户端\n"
             "2\t标题二\t今日头条\t其他\t网络\n3\t标题三\t微信公众号\t县级\t微信\n4\t标题四\t嘉陵发布\t县级\t微信\n5\t标题五\t嘉陵日报\t市级\t报纸\n合计\t\t\t\t")
    assert [name for name, _ in _ledger(sheet)] == ["四川观察", "今日头条", "嘉陵日报"]


def test_a_rendered_app_page_names_the_app_its_reporter_wrote_for(tmp_path):
    """A phone page: the app's title prints the paper's name, the byline its app's reporter; a picture's credit,
    an editor's unit, a 要闻 list and an invitation to another app below the article are not the source."""
    rows = [(30, 20, "10:02", 20), (300, 70, "嘉陵日报", 34), (30, 140, "石桥镇开展商标侵权专项整治", 30),
            (30, 190, "嘉陵日报客户端全媒体记者 周敏 2024-06-04", 20),
            (30, 240, "6月3日，石桥镇市场监管所会同镇派出所对", 24),
            (30, 280, "集贸市场开展商标侵权专项整治，检查摊位", 24),
            (30, 320, "85个，扣押侵权商品46件。", 24), (200, 370, "图/嘉陵晚报 王强", 18),
            (30, 420, "责任编辑：李娜（嘉陵日报）", 20), (30, 470, "今日要闻", 26),
            (30, 520, "新华网 | 全国知识产权宣传周启动", 20), (30, 560, "人民日报 | 商标注册便利化改革", 20),
            (30, 620, "打开嘉陵晚报APP，阅读更多精彩内容", 20)]
    image = Image.new("RGB", (720, 700), "white")
    draw = ImageDraw.Draw(image)
    for x, y, text, size in rows:
        draw.text((x, y), text, font=ImageFont.truetype(SANS[0], size, index=SANS[1]), fill="black")
    image.save(tmp_path / "app.png")
    assert [(m["outlet"], m["level"]) for m in file_facts(tmp_path / "app.png")["media"]] == [
        ("嘉陵日报客户端", "市级")]


def test_an_unlisted_paper_or_app_where_it_stands_as_the_source_and_a_platform_that_only_hosts_the_post():
    # a paper ending in 报 after a source label, or the report it was compiled from (综合)
    assert outlets(TITLE + "稿件来源：嘉陵山报　2024-06-04\n" + BODY) == ["嘉陵山报"]
    assert outlets(TITLE + BODY + "（本报综合川西法制报此前报道）") == ["川西法制报"]
    assert outlets(TITLE + "来源：县市场监管局报送\n" + BODY) == []
    # an app's account line on a platform: the app, not the platform
    assert outlets("10:02\t4G\n今日头条\n" + TITLE + "嘉陵新闻客户端·头条号\n2024-06-04 07:15·嘉陵新闻客户端官方账号\n"
                   + BODY) == ["嘉陵新闻客户端"]
    assert outlets(TITLE + "来源：新闻客户端\n" + BODY + "下载手机客户端") == []
    # a platform named as the source of an account's post on it (来源：澎湃新闻·澎湃号·政务)
    assert outlets("10:02\t4G\n澎湃新闻\n" + TITLE + "2024-06-04 07:15 来源：澎湃新闻·澎湃号·政务\n" + BODY) == []


def test_an_app_in_a_ledgers_link_cell_is_where_the_row_was_carried():
    sheet = ("序号\t报道标题\t刊发媒体\t媒体级别\t版面或链接\n1\t标题一\t嘉陵县融媒体中心\t县级\t嘉陵融媒客户端\n"
             "2\t标题二\t四川日报\t省级\t第6版")
    assert outlets(sheet) == ["嘉陵县融媒体中心", "四川日报"]
