"""Outlets a news page says carried the item, in forms found on a twelfth unprompted corpus (issue 15): the agent
after 由/被/经 (已由荆阳日报、荆阳广播电视台播发), a date and page between the outlet and its verb (被中国知识产权报
5月23日第3版转载), and a paper's own site as a masthead (湖北日报网 above its menu, its paper named as 来源)."""

from types import SimpleNamespace

from ipdocs.extract.media import media
from ipdocs.extract.normalize import normalize


def outlets(text: str) -> list[str]:
    return [m["outlet"] for m in media([SimpleNamespace(number=1, text=normalize(text, True), ocr=True)])]


def test_outlets_after_by_are_the_ones_that_carried_it():
    text = ("榆林市场监管\n“双十一”前夕开展电商平台专项检查\n近日，县市场监管局对辖区电商企业开展专项检查。\n"
            "此次检查情况已由岳川日报、岳川广播电视台播发。\n")
    assert outlets(text) == ["岳川日报", "岳川广播电视台"]
    assert outlets(text.replace("已由", "已被")) == ["岳川日报", "岳川广播电视台"]
    # a past report stays out, and a paper within running words is not taken
    assert outlets(text.replace("已由", "此前曾被")) == []
    assert outlets("近日，县局组织干部学习岳川日报评论员文章，开展专项检查。\n") == []


def test_a_date_and_page_between_the_outlet_and_its_verb():
    text = ("县局查处一起侵犯地理标志专用权案件\n5月14日，执法人员在检查中发现某茶叶店销售的茶叶未获授权。\n"
            "（本文已被中国知识产权报5月23日第3版转载）\n")
    assert outlets(text) == ["中国知识产权报"]
    assert outlets(text.replace("5月23日第3版转载", "5月23日刊发的数据显示")) == []


def test_a_papers_site_as_masthead_beside_its_paper_as_source():
    text = ("news.example.net/p/551203.html\n岳川日报网\n首页\t要闻\t部门动态\n"
            "县局查处一起侵犯地理标志专用权案件\n来源：岳川日报 2024年5月21日\n"
            "5月14日，县市场监管局执法人员在检查中发现，某茶叶店销售的茶叶未获授权。\n")
    assert outlets(text) == ["岳川日报网", "岳川日报"]
