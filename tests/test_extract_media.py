"""Media outlets (issue 15 precision): an outlet is reported where the page prints it as the item's source or as
having reported it — a 来源 line, a reporting verb after a list of outlets, a masthead, a ledger's 刊发媒体 cell —
and not where it is only named (学习人民日报评论员文章), in a site's footer or in a related-links block."""

from types import SimpleNamespace

import docx
import openpyxl

from ipdocs.extract import file_facts
from ipdocs.extract.media import media
from ipdocs.extract.normalize import normalize


def outlets(text: str, ocr: bool = True) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)])]


def test_outlets_printed_as_the_source_or_as_having_reported_the_item():
    assert outlets("来源：韶关日报    发布时间：2023-04-27 09:30") == ["韶关日报"]
    assert outlets("原创　信阳日报　2023-08-04 11:35 发表于河南") == ["信阳日报"]
    assert outlets("本文转自人民网，如有侵权请联系删除") == ["人民网"]
    assert outlets("活动情况被南方日报、羊城晚报和金羊网等多家媒体予以报道。") == ["南方日报", "羊城晚报", "金羊网"]
    assert outlets("该做法已在人民网、新华网转载。") == ["人民网", "新华网"]
    assert outlets("据新华社消息，国家知识产权局近日印发通知。") == ["新华社"]
    assert outlets("新华社北京4月25日电 国家知识产权局25日发布") == ["新华社"]
    assert outlets("人民网讯 4月26日，武江区开展宣传活动。") == ["人民网"]
    assert outlets("相关经验刊登于《中国知识产权报》第3版。") == ["中国知识产权报"]
    assert outlets("南方日报\t2023年9月9日星期六\n多部门联合执法守护知识产权") == ["南方日报"]  # masthead
    assert outlets("湖北日报\n武汉开展知识产权宣传周活动") == ["湖北日报"]  # a news app's masthead
    # a ledger's 刊发媒体 cells (one outlet or a list per cell)
    ledger = ("序号\t刊发日期\t标题\t刊发媒体\t级别\n1\t2023-05-06\t武江区开展宣传周活动\t南方日报\t省级\n"
              "2\t2023-06-01\t武江区推进软件正版化\t人民网、新华网\t国家级")
    assert outlets(ledger, ocr=False) == ["南方日报", "人民网", "新华网"]


def test_outlets_only_named_or_in_a_footer_or_related_links_are_not_the_source():
    assert outlets("组织干部职工学习人民日报评论员文章和光明日报理论版文章。") == []
    assert outlets("会议指出，正如人民日报社论所说，要加强保护，订阅中国知识产权报。") == []
    # rapidocr's text of a government site's news page (Noto Sans, 1080 px): the source line counts; the body's
    # passing mention, the related-news items and the footer's 技术支持 do not
    page = ("韶关市武江区人民政府门户网站\n首页政务公开政务动态部门动态\n武江区开展知识产权宣传周活动\n"
            "来源：韶关日报发布时间：2023-04-2709:30\n4月26日，武江区组织各单位干部职工学习人民日报评论员\n"
            "文章，并在全区开展知识产权宣传周系列活动。\n相关新闻\n人民网：广东加强知识产权保护\n"
            "新华网知识产权强国建设纲要发布\n主办：韶关市武江区人民政府办公室技术支持：南方网")
    assert outlets(page) == ["韶关日报"]
    assert outlets("版权所有：信阳日报社　豫ICP备05001234号\n友情链接\n人民网\t新华网\t大河网") == []
    assert outlets("#知识产权宣传周# @人民日报 @新华社 点赞！") == []  # a post's mentions
    assert outlets("来源丨韶关日报\n正文\n上一篇：人民网：广东加强保护\n下一篇：新华网 发布") == ["韶关日报"]


def test_a_news_page_in_word_reports_its_source_and_the_outlets_that_carried_it(tmp_path):
    d = docx.Document()
    for text in ["武江区开展知识产权宣传周活动", "来源：韶关日报　　发布时间：2023-04-27",
                 "4月26日，武江区组织干部职工学习人民日报评论员文章，并开展系列宣传活动。",
                 "活动情况被南方日报、人民网等媒体报道。", "推荐阅读", "新华网：知识产权强国建设纲要发布"]:
        d.add_paragraph(text)
    d.save(str(tmp_path / "报道.docx"))
    found = file_facts(tmp_path / "报道.docx")
    assert [(m["outlet"], m["level"]) for m in found["media"]] == [("韶关日报", "市级"), ("南方日报", "省级"),
                                                                    ("人民网", "国家级")]
    assert found["doc_type"] == "新闻报道"


def test_an_outlet_the_list_does_not_know_counts_after_a_source_label_or_in_a_ledgers_media_column(tmp_path):
    assert [(m["outlet"], m["level"]) for m in media([SimpleNamespace(
        number=1, text="来源：嘉陵日报　发布时间：2023-05-06\n据浙江在线报道，学习岳川日报社论", ocr=True)])] == \
        [("嘉陵日报", "市级"), ("浙江在线", "省级")]
    wb = openpyxl.Workbook()
    for row in [["2023年知识产权宣传报道台账"], ["序号", "刊发日期", "标题", "刊发媒体", "媒体级别"],
                [1, "2023-05-06", "嘉陵区开展宣传周活动", "嘉陵日报", "市级"],
                [2, "2023-06-01", "嘉陵区推进软件正版化", "四川在线", "省级"],
                [3, "2023-06-02", "嘉陵区查处商标侵权案", "嘉陵区人民政府网", ""],
                [4, "2023-07-12", "嘉陵区知识产权进校园", "法治日报、庐阳晚报", "国家级"]]:
        wb.active.append(row)
    wb.save(tmp_path / "宣传台账.xlsx")
    found = file_facts(tmp_path / "宣传台账.xlsx")
    assert sorted((m["outlet"], m["level"]) for m in found["media"]) == sorted([
        ("四川在线", "省级"), ("嘉陵日报", "市级"), ("庐阳晚报", "市级"), ("法治日报", "国家级")])
