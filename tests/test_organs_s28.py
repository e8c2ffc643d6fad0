"""Organs (issue 15, stop 28). Joint issuers in a red header printed one name a line: on a scan whose signature a
seal breaks, the header's names are the issuers, all of them, each whole — not the lead one alone, nor the last.
A record titled by its unit and genre alone (…旅游局会议记录) is the unit's. Minutes whose heading names only the
meeting are a 会议记录 where they take down who said what and name the recorder, else a 会议纪要."""

from PIL import Image, ImageDraw, ImageFont
from test_extract_ocr_stress import RED, SERIF_BOLD, UMING, _stamp

from ipdocs.extract import file_facts
from ipdocs.extract.titles import _title_organ, doc_type

ISSUERS = ["临河县市场监督管理局", "临河县公安局", "临河县农业农村局"]


def _joint_scan(path, mark_beside: bool) -> None:
    """A 150 dpi-like page: three names stacked in red, 文件 beside the middle one or on a line of its own below."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    mark, title, body = (ImageFont.truetype(SERIF_BOLD, 62), ImageFont.truetype(SERIF_BOLD, 46),
                         ImageFont.truetype(UMING, 34))
    y = 170
    for i, name in enumerate(ISSUERS):
        draw.text((560, y), name, font=mark, fill=RED, anchor="mt")
        if mark_beside and i == 1:
            draw.text((1000, y), "文件", font=mark, fill=RED, anchor="mt")
        y += 90
    if not mark_beside:
        draw.text((620, y), "文件", font=mark, fill=RED, anchor="mt")
        y += 90
    draw.text((620, y + 30), "临市监联〔2024〕6号", font=body, fill="black", anchor="mt")
    draw.line((110, y + 95, 1130, y + 95), fill=RED, width=5)
    draw.text((620, y + 140), "关于联合开展种子商标侵权专项整治的通知", font=title, fill="black", anchor="mt")
    draw.text((130, y + 240), "各乡镇人民政府，县直有关单位：", font=body, fill="black")
    draw.text((190, y + 300), "为保护种子品牌和农户合法权益，决定联合开展专项整治。", font=body, fill="black")
    for i, name in enumerate(ISSUERS):
        draw.text((1100, y + 420 + 55 * i), name, font=body, fill="black", anchor="rt")
    draw.text((1060, y + 600), "2024年3月5日", font=body, fill="black", anchor="rt")
    _stamp(page, (900, y + 520), 150, ISSUERS[0]).save(path)


def test_names_stacked_in_a_red_header_are_every_joint_issuer(tmp_path):
    for beside in (True, False):
        path = tmp_path / f"联合通知{int(beside)}.png"
        _joint_scan(path, beside)
        facts = file_facts(path)
        assert facts["organ"] == "、".join(ISSUERS), (beside, facts["organ"])
        assert facts["title"] == "关于联合开展种子商标侵权专项整治的通知"
        assert facts["doc_type"] == "通知"


def test_a_title_of_a_unit_and_its_genre_alone_names_the_unit():
    assert _title_organ("临河县文化广电新闻出版旅游局会议记录") == "临河县文化广电新闻出版旅游局"
    assert _title_organ("临河县自然资源局2023年工作总结") == "临河县自然资源局"
    assert _title_organ("临河县自然资源局召开专题会议") == ""  # news about the unit: no genre after it
    assert _title_organ("临河县教育局会议室") == ""


def test_minutes_headed_by_the_meeting_alone_are_typed_by_what_they_take_down():
    meeting = [{"date": "2024-04-02", "chair": "周明", "topics": ["种业执法"]}]
    record = ("临河县种业知识产权保护座谈会\n时间：2024年4月2日上午\n主持：周明\n记录：吴倩\n"
              "周明：今年种子执法任务重，各单位要提前谋划。\n李强：建议与农业农村局联合检查门店。\n")
    summary = ("临河县种业知识产权保护座谈会\n时间：2024年4月2日上午\n主持：周明\n"
               "会议听取了种业执法情况汇报，研究部署了下一步工作。会议要求，各单位加强协作。\n")
    assert doc_type("临河县种业知识产权保护座谈会", "image", [], [], record, meeting) == "会议记录"
    assert doc_type("临河县种业知识产权保护座谈会", "image", [], [], summary, meeting) == "会议纪要"
