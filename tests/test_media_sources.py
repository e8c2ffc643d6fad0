"""Media outlets on news screenshots: only the page's source or publisher (issue 15, held-out screenshot media
precision). Each kind of wrong or missed outlet found on screenshots of our own (government portals, news sites,
WeChat articles, news apps and newspaper pages, PIL-rendered in Noto Sans/Serif CJK and AR PL UMing/UKai at
phone and desktop widths) has one rendered page read through OCR here, with the outlets an assessor would
count, and plain-text variants of the same kind beside it."""

from types import SimpleNamespace

from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.media import level_of, media
from ipdocs.extract.normalize import normalize

SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)
SERIF = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2)
MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)
BODY = ("5月16日，曲江区市场监管局联合区公安分局开展知识产权保护专项执法行动，",
        "检查经营主体126家，查处涉嫌侵犯注册商标专用权案件3宗。")


def page(path, width: int, rows: list, face=SANS) -> dict:
    """Render rows (x, y, text, size[, colour]) on a white page, save it and return what extraction finds."""
    image = Image.new("RGB", (width, max(r[1] for r in rows) + 60), "white")
    draw = ImageDraw.Draw(image)
    for x, y, text, size, *colour in rows:
        draw.text((x, y), text, font=ImageFont.truetype(face[0], size, index=face[1]), fill=colour[0] if colour else
                  "black")
    image.save(path)
    return file_facts(path)


def found(facts: dict) -> list[tuple[str, str]]:
    return [(m["outlet"], m["level"]) for m in facts["media"]]


def outlets(text: str) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, True), ocr=True)])]


def test_a_side_column_of_other_items_beside_the_article_is_not_the_source(tmp_path):
    """A desktop portal whose 热点新闻 column runs beside the article: OCR joins its entries (新华网, 人民网
    2023-04-10, 来源：南方日报) to the article's lines; they are other items' sources."""
    rows = [(30, 20, "韶关市武江区人民政府", 34), (30, 100, "武江区开展知识产权保护专项执法行动", 30),
            (30, 150, "来源：韶关日报　发布时间：2023-05-18 10:30", 20), (30, 200, BODY[0], 22),
            (30, 240, BODY[1], 22), (30, 280, "此次行动共出动执法人员42人次，收缴假冒商品500余件。", 22),
            (930, 100, "热点新闻", 26), (930, 150, "新华网", 22), (930, 190, "人民网　2023-04-10", 22),
            (930, 230, "宣传周启动 来源：南方日报", 20), (930, 270, "光明日报", 22)]
    assert found(page(tmp_path / "portal.png", 1240, rows)) == [("韶关日报", "市级")]


def test_an_outlet_alone_below_the_article_is_no_masthead(tmp_path):
    """An outlet alone in its line counts as a masthead above the article only: below it, a share bar's entry, a
    QR code's caption, a recommended account, a site's links are not the source."""
    rows = [(30, 20, "韶关市人民政府", 34), (30, 90, "韶关加强知识产权保护", 30),
            (30, 140, "来源：南方日报　发布时间：2023-05-18", 20), (30, 190, BODY[0], 22), (30, 230, BODY[1], 22),
            (30, 290, "分享到：", 20), (30, 330, "微信", 20), (200, 330, "微博", 20), (370, 330, "人民网", 20),
            (30, 390, "扫码关注岳川日报微信公众号", 20), (30, 440, "推荐关注", 24), (30, 490, "韶关日报", 22),
            (30, 530, "韶关日报官方公众号", 20), (30, 580, "网站导航：", 20), (30, 620, "南方网", 20),
            (330, 620, "韶关新闻网", 20)]
    assert found(page(tmp_path / "share.png", 900, rows, MING)) == [("南方日报", "省级")]
    # above the article a masthead still counts: a site's logo beside its menu, an app's title, a paper's name
    assert outlets("南方网\t首页广东时政经济\n标题\n2023-05-18 来源：南方日报\n正文，共检查经营主体126家。") == [
        "南方网", "南方日报"]
    assert outlets("×\t韶关日报\t…\n标题\n韶关日报2023-05-1808:00\n正文。") == ["韶关日报"]
    # a ledger's outlets stand alone in their cells wherever OCR puts a row's lines
    assert outlets("序号\t报道标题\t刊发媒体\t媒体级别\n1 2023-05-06 石桥区开展宣传周活动\t澄江日报\n市级\n"
                   "2\t2023-06-01\t石桥区推进软件正版化\n中国市场监管报\t国家级") == ["澄江日报", "中国市场监管报"]


def test_outlets_mentioned_in_the_body_are_not_the_source(tmp_path):
    """A picture's credit, an interview given to an outlet's reporter, a past report on another case, an
    outlet's data: mentions. An outlet the body says reported this item (以《…》为题报道了) counts."""
    rows = [(30, 20, "韶关市市场监督管理局", 32), (30, 90, "韶关市市场监管局开展执法检查", 30),
            (30, 140, "来源：韶关新闻网　发布时间：2023-05-18", 20), (30, 190, BODY[0], 22), (30, 230, BODY[1], 22),
            (300, 280, "（图片来源：新华社）", 18),
            (30, 330, "市市场监管局负责人接受韶关日报记者采访时表示，将持续加大执法力度。", 22),
            (30, 380, "该局此前查办的一起假冒注册商标案曾被河南日报、大河网报道。", 22),
            (30, 430, "据人民网发布的数据显示，全国知识产权保护社会满意度持续提升。", 22)]
    assert found(page(tmp_path / "mentions.png", 1000, rows, SERIF)) == [("韶关新闻网", "市级")]
    assert outlets("近年来，中央电视台《焦点访谈》栏目曾报道多起假冒注册商标案件。") == []
    assert outlets("新华社记者 张三 摄\n正文。") == []
    assert outlets("近日，人民日报以《岳川：让知识产权保护更有力》为题，报道了我市工作经验。") == ["人民日报"]
    assert outlets("活动情况被南方日报、人民网等媒体报道。") == ["南方日报", "人民网"]
    assert outlets("据人民网、新华网等媒体报道，该县的做法已在全省推广。") == ["人民网", "新华网"]
    assert outlets("光山县的做法还被央视新闻客户端以《小县城的大保护》为题进行了专题报道。") == ["央视新闻客户端"]


def test_county_outlets_the_list_does_not_know_count_where_they_stand_as_the_source(tmp_path):
    """A county's 融媒体中心 with its city's name, a county account's 原创 mark, other papers' names after a
    source label; their level from the name (县级 for a county's or district's own outlet)."""
    rows = [(30, 20, "9:41", 20), (30, 70, "武江区知识产权宣传进社区", 30),
            (30, 120, "原创　韶关市武江区融媒体中心　2023-04-26 19:05", 20), (30, 170, BODY[0], 22),
            (30, 210, BODY[1], 22), (30, 260, "供稿：岳川晨报", 20)]
    assert found(page(tmp_path / "wechat.png", 900, rows)) == [("韶关市武江区融媒体中心", "县级"),
                                                               ("岳川晨报", "市级")]
    assert outlets("原创 澄江融媒 2023-05-20\n正文，检查经营主体126家。") == ["澄江融媒"]
    # where the page names its source, an unlisted account's 原创 mark does not make it one
    assert outlets("原创 永宁县融媒体中心 2023-04-10\n正文，检查经营主体126家。\n来源：宁夏日报") == ["宁夏日报"]
    assert outlets("稿件来源：永宁县广播电视台\n来源：澄江网 发布时间：2023-05-18") == ["永宁县广播电视台", "澄江网"]
    assert outlets("来源：岳川市文明网\n来源：岳川市人民政府网") == []
    assert outlets("稿件来源：黄河新闻网 (原载晋川日报)\n正文。\n转载自：甘肃日报，原载陇原日报") == [
        "黄河新闻网", "晋川日报", "甘肃日报", "陇原日报"]
    assert [level_of(n) for n in ("澄江县融媒体中心", "深圳特区报", "广西新闻网", "岳川日报")] == [
        "县级", "市级", "省级", "市级"]


# --- screenshots of our own corpus (bench/media/make_media.py), as OCR read them -----------------------------
ARTICLE = "近日，信阳市市场监管局联合公安、商务等部门开展知识产权执法专项行动，查扣涉嫌侵权商品320件。\n"


def test_browser_tabs_and_a_platforms_masthead_are_not_the_source():
    """A browser's other tabs above its address bar name other pages; a platform (澎湃新闻 over a 澎湃号·政务
    post, 百家号, 网易号) did not report what an account posted there — the account, where it is an outlet, did."""
    assert outlets("信阳日报数字报\t人民网一首页\t信阳市市场监督管理局\nwww.xinyang.gov.cn/2023/0506/1234.html\n"
                   "信阳市市场监督管理局\n标题\n发布时间:2023-05-06信息来源:信阳市市场监督管理局浏览:302\n"
                   + ARTICLE) == []
    assert outlets("人民网河南频道\t新华网_让新闻离你更近\nhenan.people.com.cn/n2/2023/0506/c351638.html\n"
                   "人民网\t河南频道\t首页时政\n标题\n2023年05月06日08:31|来源:人民网一河南频道\n" + ARTICLE) == [
        "人民网"]
    assert outlets("7:22\t5G\n澎湃新闻\t打开APP\n标题\n信阳市场监管\n2023-05-0608:30来自北京\n澎湃号·政务>\n"
                   + ARTICLE + "特别声明:本文为澎湃号作者或机构在澎湃新闻上传并发布") == []
    assert outlets("网易新闻\t打开\n标题\n郑州日报\n2023-05-0608:30:12河南网易号\n" + ARTICLE) == ["郑州日报"]
    assert outlets("搜狐\t新闻体育汽车\n标题\n苏州日报2023-05-0608:30发布于:江苏省\n" + ARTICLE) == ["苏州日报"]


def test_accounts_posters_and_mastheads_with_taglines_are_the_source():
    """WeChat's 原创 mark with its author before the account (原创 张三 吴江日报, spaces lost by OCR), an account
    reposting another outlet's article (both), a video's poster (@大河报), a site's logo beside its tagline, a
    county outlet's app title with its city's name; one outlet under two names (中国新闻网, 中新网) once."""
    assert outlets("×\n标题\n原创张三吴江日报2023-05-0608:00江苏\n" + ARTICLE + "扫码关注吴江日报公众号") == [
        "吴江日报"]
    assert outlets("×\n标题\n原创李明信阳日报2023-05-0608:00河南\n" + ARTICLE) == ["信阳日报"]
    assert outlets("X\n标题\n信阳日报2023-05-0620:15河南\n以下文章来源于大河报，作者张三\n大河报\n" + ARTICLE
                   + "精选留言\n河南日报老读者:点赞！") == ["信阳日报", "大河报"]
    assert outlets("8:44\t5G\n@大河报\n信阳开展知识产权执法专项行动#知识产权#打假\n2023-05-06·河南\n评论128\n"
                   "人民日报粉丝:太好了") == ["大河报"]
    assert outlets("#知识产权宣传周# @人民日报 @新华社 点赞！") == []
    assert outlets("大河网河南第一新闻门户\t新闻|政务|财经\n标题\n2023-05-0607:52:13来源:河南日报作者:张三\n" + ARTICLE
                   + "分享到:微信微博人民网新华网\n打开大河报客户端，阅读体验更佳") == ["大河网", "河南日报"]
    assert outlets("韶关日报数字报\n2023年05月06日第A02版:要闻上一版下一版\n标题\n本报记者 张三\n" + ARTICLE) == [
        "韶关日报"]
    assert outlets("17:04\t5G\n韶关市武江区融媒体中心\n标题\n2023-05-0608:30浏览3021\n" + ARTICLE
                   + "猜你喜欢\n·新华社:全国打击侵权假冒工作要点印发") == ["韶关市武江区融媒体中心"]
    assert outlets("中国新闻网\tCHINANEWS\n标题\n2023-05-06 08:31 来源：中国新闻网\n中新网信阳5月6日电(记者 张三)"
                   + ARTICLE) == ["中国新闻网"]
    # a city's party paper is 市级 in a provincial capital too; a district's paper 县级
    assert [level_of(n) for n in ("广州日报", "长江日报", "吴江日报", "大河报")] == ["市级", "市级", "县级", "省级"]


def test_platforms_wire_datelines_broadcasters_and_government_accounts(tmp_path):
    """学习强国 and the paper its source line names both carried the item (as dev8's unprompted author labels it);
    a wire dateline names the agency beside the site that carried it; a broadcaster's site and its news app are two
    outlets; a government body's account is none, the outlets its words say reported the matter are."""
    rows = [(30, 20, "学习强国", 34, (220, 30, 30)), (30, 90, "信阳：知识产权保护为营商环境加码", 30),
            (30, 140, "来源：河南日报　作者：张三　2023-05-06", 20), (30, 190, BODY[0], 22), (30, 230, BODY[1], 22),
            (30, 290, "热点推荐", 24), (30, 330, "人民网：知识产权保护工作综述", 20)]
    assert found(page(tmp_path / "xuexi.png", 1000, rows)) == [("学习强国", "国家级"), ("河南日报", "省级")]
    assert outlets("苏州市人民政府\n标题\n发布日期：2023-05-06\n新华社南京5月6日电（记者张三）" + ARTICLE) == ["新华社"]
    assert outlets("新华网\t首页|时政\n标题\n2023-05-06 10:21:35 来源：新华网\n新华社南京5月6日电（记者张三）"
                   + ARTICLE) == ["新华网", "新华社"]
    # the site's logo beside its domain, as OCR joins them, carrying its news app's report
    assert outlets("央视网CCTV.com\t新闻|视频\n标题\n2023年05月06日19:32 来源：央视新闻客户端\n" + ARTICLE) == [
        "央视网", "央视新闻客户端"]
    assert outlets("今日头条\t搜索\n标题\n信阳市场监管\n2023-05-06 08:30·信阳市市场监督管理局官方账号·河南\n"
                   + ARTICLE + "此次行动引起社会广泛关注，河南日报、大河网对此进行了报道。") == ["河南日报", "大河网"]
    # an account on a platform beside its follow button; an unlisted paper after 原文刊发于
    assert outlets("12:50\n百度\n标题\n岳川日报百家号2022年4月1日已关注\n" + ARTICLE) == ["岳川日报"]
    assert outlets("发布时间:2022-07-26 14:12 来源:澄江日报\n" + ARTICLE + "(原文刊发于嘉陵晚报，澄江日报转载)") == [
        "澄江日报", "嘉陵晚报"]
    assert outlets("@信阳市场监管\n知识产权执法专项行动 @河南日报 @大河报\n2023-05-06 · 河南") == []
    # a Weibo post by an outlet: its mentions, one wrapped onto the next line, and its counters are not reports
    weibo = ("微博正文\n大河报\n23-5-6 08:30 来自微博weibo.com\n【#信阳查扣侵权商品#】近日，信阳市市场监管局联合"
             "公安、商务等\n部门开展执法行动，查扣涉嫌侵权商品320件。@河南日报@\n信阳日报\n转发36评论128赞502")
    assert outlets(weibo) == ["大河报"]
