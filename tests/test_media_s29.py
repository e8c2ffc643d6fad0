"""News outlets by role (issue 15, stop 29): outlets are facts of news pages and media registers only — a summary
or report saying its work was covered names none; a photographed register's outlets come from its table; and on a
news page each role an outlet's name takes is read as a reader does: the publisher (an e-paper's masthead, a site's
logo its footer names as owner, a platform's media account, a county station's 今日… brand, a TV station's 手机台),
the source (来源：…新闻, 转载自微信公众号“…”), a byline (文/…记者) count; an outlet as the story's subject (…记者节),
another story's dateline, an editor, a promotion, a picture's or video's credit, a related list, comments, a footer
and a government portal that republished the story do not."""

from types import SimpleNamespace

import docx
import openpyxl
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.media import carried, media
from ipdocs.extract.normalize import normalize

SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)
TITLE = "澄川镇查处一批侵犯注册商标专用权农资\n"
BODY = "5月9日，澄川镇市场监管所联合农业综合执法大队检查农资门店21家，查扣涉嫌侵权化肥38袋。\n"


def outlets(text: str) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, True), ocr=True)])]


def test_a_summary_or_report_saying_its_work_was_covered_has_no_media(tmp_path):
    lines = ["岚溪县商务局2023年知识产权保护工作总结",
             "今年以来，我局围绕重点领域开展知识产权保护工作，现将有关情况总结如下。",
             "一、宣传引导。全年在岚溪日报、岚溪广播电视台刊发宣传稿件6篇，其中2篇被省级媒体转载。",
             "二、执法检查。检查商贸企业42家，责令整改3家。",
             "岚溪县商务局", "2023年12月20日"]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "总结.docx")
    found = file_facts(tmp_path / "总结.docx")
    assert found["doc_type"] == "总结" and found["media"] == []
    # untitled, the same sentence does not make it a news page either
    document = docx.Document()
    document.add_paragraph("相关活动先后被岚溪日报、岚溪广播电视台等媒体宣传报道，社会反响良好。")
    document.add_paragraph("下一步，我局将继续加强知识产权保护。")
    document.save(tmp_path / "片段.docx")
    found = file_facts(tmp_path / "片段.docx")
    assert found["doc_type"] != "新闻报道" and found["media"] == []


def test_a_media_register_keeps_its_outlets(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["岚溪县知识产权宣传报道登记表"], ["序号", "稿件题目", "发布媒体", "级别", "日期"],
                [1, "岚溪开展商标专项整治", "岚溪日报", "县级", "2023-05-06"],
                [2, "岚溪举办知识产权讲座", "四川日报", "省级", "2023-06-12"]]:
        sheet.append(row)
    book.save(tmp_path / "登记表.xlsx")
    found = file_facts(tmp_path / "登记表.xlsx")
    assert [m["outlet"] for m in found["media"]] == ["岚溪日报", "四川日报"]


def test_a_photographed_registers_outlets_come_from_its_tables_media_column():
    # OCR's lines run a row's cells together; the table rebuilt from the boxes separates them, though a cell may
    # carry a neighbour's character (会岚溪晚报): a listed outlet, or a name the page shows whole, counts
    lines = ("序号\t稿件题目\t刊发媒体\t媒体级别\n1标题一四川日报省级\n2\t标题二\t澄川晚报\t市级\n"
             "3标题三会岚溪晚报县级\n6\t标题六\t岚溪县融媒体中\t县级\n心\n7\t标题七\t澄川县融媒\t县级\n体中心")
    page = SimpleNamespace(number=1, text=lines, ocr=True)
    table = {"pages": [1], "header": ["序号", "稿件题目", "刊发媒体", "媒体级别"],
             "rows": [["1", "标题一", "四川日报", "省级"], ["2", "标题二", "澄川晚报", "市级"],
                      ["3", "标题三", "会岚溪晚报", "县级"], ["4", "标题四", "岚溪发布", "县级"],
                      ["5", "标题五", "微信公众号", "县级"], ["6", "标题六", "岚溪县融媒体中心", "县级"],
                      ["7", "标题七", "澄川县融媒体中心", "县级"]]}
    assert [(m["outlet"], m["level"]) for m in carried([], "台账", [table], [page])] == [
        ("四川日报", "省级"), ("澄川晚报", "市级"), ("岚溪县融媒体中心", "县级"), ("澄川县融媒体中心", "县级")]
    # two rows' outlets, one under the other, that the rebuilt table ran into one cell: each whole name counts, the
    # cell is no outlet of its own (a name cut by a line break is: 融媒体中 ⏎ 心 above)
    ran = {**table, "rows": [["7", "标题七", "中国质量报光明网", "中央"]]}
    ran_page = SimpleNamespace(number=1, text="7\t标题七\t中国质量报\t中央\n光明网", ocr=True)
    assert [m["outlet"] for m in carried([], "台账", [ran], [ran_page])] == ["中国质量报", "光明网"]
    # a summary's table of other things is no register
    other = {"pages": [1], "header": ["序号", "检查对象", "结果"], "rows": [["1", "澄川晚报社", "合格"]]}
    assert carried([{"outlet": "岚溪日报", "level": "县级", "page": 1}], "报告", [other],
                   [SimpleNamespace(number=1, text="检查对象", ocr=False)]) == []


def test_the_publisher_in_forms_a_list_does_not_know():
    # an e-paper's masthead with its tagline joined on, above a 本报讯 story
    assert outlets("澄川晚报电子版\n2024年5月10日 第02版：要闻\n" + TITLE + "本报讯（记者 王强）" + BODY) == [
        "澄川晚报"]
    # a site's logo in its top lines that its footer names as owner; not an organ's portal
    assert outlets("首页|手机版|English\n岚溪观察\n首页 时政 民生 视频\n" + TITLE + "2024/5/10 作者：王强\n" + BODY
                   + "Copyright © 岚溪观察 版权所有\n") == ["岚溪观察"]
    assert outlets("首页|无障碍\n岚溪县农业农村局\n首页 政务公开\n" + TITLE + "2024/5/10\n" + BODY
                   + "岚溪县农业农村局版权所有\n") == []
    # a platform's account marked as a media outlet's, not a government account on it
    assert outlets("澎湃新闻\n" + TITLE + "澎湃号·媒体 > 岚溪融媒\n2024-05-10 来源：澎湃新闻·澎湃号·媒体\n" + BODY) == [
        "岚溪融媒"]
    assert outlets("澎湃新闻\n" + TITLE + "澎湃号·政务 > 岚溪市场监管\n2024-05-10\n" + BODY) == []
    # a county station's brand and a TV station's mobile app as the page's title
    assert outlets("9:41\t5G\n今日岚溪\n" + TITLE + "今日岚溪 2024年5月10日 18:30 四川\n" + BODY) == ["今日岚溪"]
    assert outlets("9:41\t5G\n澄川手机台\n" + TITLE + "2024-05-10 09:12\n" + BODY) == ["澄川手机台"]
    assert outlets("9:41\t5G\n" + TITLE + "2024-05-10\n掌上澄川讯（记者 王强）" + BODY) == ["掌上澄川"]
    # a platform or a programme named 今日… is not a county's brand
    assert outlets("9:41\t5G\n今日头条\n" + TITLE + "澄川晚报 2024-05-10 已关注\n" + BODY) == ["澄川晚报"]


def test_sources_and_bylines_in_other_wordings():
    assert outlets(TITLE + "2024-05-10 来源：极光新闻 作者：王强\n" + BODY) == ["极光新闻"]
    assert outlets(TITLE + "2024-05-10\n据上游新闻消息，" + BODY) == ["上游新闻"]
    assert outlets(TITLE + BODY + "本文转载自微信公众号“澄川晚报”，如有侵权请联系删除。\n") == ["澄川晚报"]
    assert outlets(TITLE + "文/澄川日报记者 王强\n" + BODY) == ["澄川日报"]
    assert outlets(TITLE + "2024-05-10\n据澄川广播电视总台报道，" + BODY) == ["澄川广播电视总台"]
    assert outlets(TITLE + "2024-05-10\n" + BODY + "澄川广播电视台供稿\n") == ["澄川广播电视台"]
    assert outlets(TITLE + "来源：综合新闻\n" + BODY) == []  # a page's section, not an app
    assert outlets(TITLE + "2024-05-10 来源：网络\n" + BODY + "本文来源于网络，如有侵权请联系删除。\n") == []


def test_roles_that_do_not_carry_the_item():
    # the outlet as the story's subject: a station's 记者节, a paper's 记者站
    assert outlets("岚溪新闻网\n澄川广播电视台记者节活动走进农资市场\n2024-05-10\n" + BODY) == ["岚溪新闻网"]
    station = "四川日报澄川记者站站长参加检查。\n"
    assert outlets("岚溪新闻网\n" + TITLE + "2024-05-10\n" + BODY + station) == ["岚溪新闻网"]
    # another story's dateline lower on an e-paper page
    other = "全省春耕备耕有序推进\n新华社成都5月9日电 今年以来，全省……\n"
    assert outlets("澄川晚报电子版\n" + TITLE + BODY + other) == ["澄川晚报"]
    # the page's own dateline counts
    assert outlets(TITLE + "新华社成都5月9日电（记者 王强）" + BODY) == ["新华社"]
    # a government portal republishing a paper's story: the paper only
    assert outlets("岚溪县人民政府\t首页\t政务公开\n" + TITLE + "发布时间：2024-05-10 信息来源：澄川日报\n" + BODY
                   + "主办：岚溪县人民政府办公室\n") == ["澄川日报"]
    # an editor, a promotion, picture and video credits, a related list, comments, a footer
    page = (TITLE + "来源：澄川日报 2024-05-10\n" + BODY + "图片来源：新华社\n视频来源：岚溪电视台\n"
            "责任编辑：周敏（澄川晚报）\n扫码关注澄川晚报微信公众号\n延伸阅读\n四川日报：全省开展农资打假\n"
            "网友评论\n澄川手机台 网友：点赞\n主办：澄川日报社\n岚溪新闻网版权所有\n")
    assert outlets(page) == ["澄川日报"]


def _draw(path, rows, size=(760, 980)):
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for x, y, text, points in rows:
        draw.text((x, y), text, font=ImageFont.truetype(SANS[0], points, index=SANS[1]), fill="black")
    image.save(path)
    return path


def test_a_rendered_government_portal_page_names_only_the_papers_story(tmp_path):
    """A county portal's page republishing a paper's story, with a picture credit, an editor, a follow prompt, a
    related list and a footer: the paper its source line names, nothing else."""
    rows = [(30, 20, "岚溪县人民政府", 34), (330, 28, "首页  政务公开  政务服务  互动交流", 20),
            (30, 100, "澄川镇查处一批侵犯注册商标专用权农资", 30),
            (30, 160, "发布时间：2024-05-10  信息来源：澄川日报  浏览次数：126", 18),
            (30, 220, "5月9日，澄川镇市场监管所联合农业综合执法大队检查", 24),
            (30, 262, "农资门店21家，查扣涉嫌侵权化肥38袋。", 24),
            (200, 320, "图片来源：四川日报", 18),
            (30, 380, "责任编辑：周敏", 20), (30, 420, "扫码关注澄川晚报微信公众号", 20),
            (30, 480, "相关链接", 26), (30, 530, "澄川晚报 | 全市开展农资打假专项行动", 20),
            (30, 900, "主办：岚溪县人民政府办公室  技术支持：岚溪新闻网", 16)]
    assert [m["outlet"] for m in file_facts(_draw(tmp_path / "portal.png", rows))["media"]] == ["澄川日报"]


def test_a_rendered_e_paper_page_names_its_paper_not_another_storys_agency(tmp_path):
    rows = [(30, 20, "澄川晚报电子版", 36),
            (30, 90, "2024年5月10日  第02版：要闻   上一版  下一版", 18),
            (30, 150, "澄川镇查处一批侵犯注册商标专用权农资", 30),
            (30, 205, "本报讯（记者 王强 通讯员 李丽）", 20),
            (30, 250, "5月9日，澄川镇市场监管所联合农业综合执法大队检查", 24),
            (30, 292, "农资门店21家，查扣涉嫌侵权化肥38袋。", 24),
            (30, 380, "全省春耕备耕有序推进", 26),
            (30, 430, "新华社成都5月9日电  今年以来，全省春耕备耕", 22),
            (30, 470, "工作有序推进，农资供应总体充足。", 22)]
    assert [m["outlet"] for m in file_facts(_draw(tmp_path / "epaper.png", rows, (760, 560)))["media"]] == ["澄川晚报"]
