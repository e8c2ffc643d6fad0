"""Photographed minutes (issue 15: 「minutes give no meeting date, chair or topics」 on phone photos): what OCR does
to a typed 会议纪要 — a chair's line wrapped, item numbers lost or run into the line above, labels misread, items
numbered with no agenda label — each on a file or OCR text made for it; expected values are the planted ones."""

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import meetings
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Page

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def _ocr_minutes(lines: list[str], title: str) -> list[dict]:
    """Minutes as OCR reads a photo of them: one page of lines, read by OCR."""
    return meetings([Page(1, normalize("\n".join(lines), True, quantities=False), ocr=True)], title)


def _perspective(corners: list[tuple[float, float]], size: tuple[int, int]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping the output's corners to `corners` of the page."""
    w, h = size
    rows, values = [], []
    for (x, y), (u, v) in zip([(0, 0), (w, 0), (w, h), (0, h)], corners, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    return np.linalg.solve(np.array(rows, dtype=float), np.array(values, dtype=float)).tolist()


def _photo(path: Path, title: str, lines: list[str]) -> Path:
    """A typed page photographed by a phone: seen at an angle (narrower at the top, turned), a shadow over one
    corner, blurred, saved as a low-quality JPEG."""
    page = Image.new("RGB", (1240, 1300), "white")
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF_BOLD, 44, index=2)
    draw.text(((1240 - draw.textlength(title, font=big)) / 2, 120), title, font=big, fill=(30, 30, 30))
    body = ImageFont.truetype(UMING, 34)
    for i, line in enumerate(lines):
        draw.text((150, 230 + 62 * i), line, font=body, fill=(35, 35, 35))
    w, h = page.size
    seen = page.transform((w, h), Image.Transform.PERSPECTIVE,
                          _perspective([(-40, -30), (w + 10, 0), (w, h), (0, h + 20)], (w, h)),
                          Image.Resampling.BICUBIC, fillcolor=(150, 140, 130))
    shade = Image.linear_gradient("L").rotate(45).resize((w, h)).point(lambda v: 255 - v // 3)
    shaded = Image.composite(seen, Image.new("RGB", (w, h), (90, 85, 80)), shade)
    shaded.filter(ImageFilter.GaussianBlur(1.0)).save(path, quality=60)
    return path


def test_photographed_minutes_whose_items_are_numbered_without_an_agenda_label(tmp_path):
    """No 议题 label, no 「研究了以下事项」: the numbered items (1.会议听取了… 2.会议审议通过了…) are the topics; the
    chair is named in the prose (会议由…主持); the first item wraps onto a second line."""
    lines = ["2023年4月20日上午，区打击侵权假冒工作领导小组召开",
             "2023年第一次会议，会议由区政府副区长黄丽萍主持。区市",
             "场监管局、区公安分局、区商务局等单位负责同志参加。",
             "1.会议听取了区市场监管局关于2022年打击侵权假冒工作",
             "情况的汇报。",
             "2.会议审议通过了《东湖区2023年打击侵权假冒工作要点》。",
             "3.会议研究部署了“双打”专项行动。",
             "会议强调，各成员单位要加强协作，形成合力。"]
    found = file_facts(_photo(tmp_path / "纪要照片.jpg", "东湖区打击侵权假冒工作领导小组会议纪要", lines))
    assert found["ocr_pages"] == [1]
    assert found["meetings"] == [{"date": "2023-04-20", "title": "东湖区打击侵权假冒工作领导小组会议纪要",
                                  "chair": "黄丽萍",
                                  "topics": ["会议听取了区市场监管局关于2022年打击侵权假冒工作情况的汇报",
                                             "会议审议通过了《东湖区2023年打击侵权假冒工作要点》",
                                             "会议研究部署了“双打”专项行动"]}]


def test_a_chair_line_wrapped_with_the_name_on_the_next_line():
    """主持人：<long titles> reaching the margin, the name on the line below (more than a few characters long)."""
    lines = ["南溪县知识产权联席会议纪要", "会议时间：2023年10月9日（星期一）下午3时",
             "会议地点：县行政中心4楼第二会议室",
             "主持人：县人民政府党组成员、副县长，县知识产权保护工", "作领导小组组长赵明华",
             "参会人员：县知识产权保护工作领导小组各成员单位分管负责", "同志及联络员", "记录人：钱芳", "会议主要议题：",
             "1.通报前三季度全县知识产权保护工作进展情况", "2.研究知识产权行政执法与刑事司法衔接工作"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "南溪县知识产权联席会议纪要")] == [
        ("2023-10-09", "赵明华",
         ["通报前三季度全县知识产权保护工作进展情况", "研究知识产权行政执法与刑事司法衔接工作"])]


def test_item_numbers_ocr_lost_or_ran_into_the_line_above():
    """「、研究…」 (二 lost, its 、 kept), 「报三、听取…的汇」 (the tail 报 of the item's wrapped line read before its
    number), 「研究部署…」 (the number and its marks lost) are the next items; a label read as 主特人 with its
    name set apart by a wide gap, the surname misread as a character no surname list has (祭 for 蔡)."""
    lines = ["2023年第三次局务会议纪要", "时间：2023年11月2日上午", "地点：局四楼会议室", "主特人：局长\t祭晖宇",
             "议题：一、学习贯彻《知识产权强国建设纲要》", "、研究年度知识产权保护工作考核自评工作",
             "报三、听取区市场监管局关于上半年知识产权保护工作情况的汇", "（一）通报全镇知识产权保护工作开展情况"]
    found = _ocr_minutes(lines, "2023年第三次局务会议纪要")
    assert [(m["date"], m["chair"]) for m in found] == [("2023-11-02", "祭晖宇")]
    assert found[0]["topics"][:3] == ["学习贯彻《知识产权强国建设纲要》", "研究年度知识产权保护工作考核自评工作",
                                      "听取区市场监管局关于上半年知识产权保护工作情况的汇报"]
    agenda = ["桃源镇知识产权工作会议纪要", "时间：2023年12月5日", "主持人：镇长何志强",
              "参会人员：镇市场监管所、派出所、司法所、综合执法队负责人", "会议议程：",
              "（一)通报全镇知识产权保护工作开展情况", "研究部署年底前商标侵权专项整治工作",
              "会议要求，各单位抓好落实。"]
    assert _ocr_minutes(agenda, "桃源镇知识产权工作会议纪要")[0]["topics"] == [
        "通报全镇知识产权保护工作开展情况", "研究部署年底前商标侵权专项整治工作"]


def test_a_chair_label_with_no_name_after_it_gives_no_chair():
    """Leniency on a 主持人 label's value stops at words that are no name (待定) and at titles alone (局长)."""
    for value in ("待定", "局长", "各成员单位"):
        lines = ["局务会议纪要", "时间：2023年11月2日上午", f"主持人：{value}", "议题：", "一、研究考核自评工作",
                 "二、部署迎检工作"]
        assert _ocr_minutes(lines, "局务会议纪要")[0]["chair"] is None


def test_topics_in_label_cells_of_a_form_each_named_by_its_number():
    """A 会议记录 form: 议题一 | 议题二 label cells, the topic in the merged cell beside (repeated into each grid
    cell it covers); on a photo OCR runs label and topic together (议题一审议…)."""
    form = ["河东区市场监督管理局会议记录", "会议时间\t2023.09.15\t会议地点\t区局三楼会议室",
            "主持人\t曾娜强\t记录人\t武辉强",
            "议题一\t安排佐证材料收集整理和报送工作\t安排佐证材料收集整理和报送工作",
            "议题二\t研究商标侵权案件线索移送衔接工作\t研究商标侵权案件线索移送衔接工作",
            "主要内容\t与会人员逐项进行了讨论，曾娜强作了总结讲话。"]
    photo = ["河东区市场监督管理局会议记录", "会议时间2023.08.13\t会议地点区局三楼会议室", "主持人胡敏\t记录人肖平健",
             "议题一审议打击侵权假冒工作领导小组成员单位职责清单", "议题二研究设立知识产权纠纷人民调解委员会",
             "主要内容与会人员逐项进行了讨论，胡敏作了总结讲话。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(form, "会议记录")] == [
        ("2023-09-15", "曾娜强", ["安排佐证材料收集整理和报送工作", "研究商标侵权案件线索移送衔接工作"])]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(photo, "会议记录")] == [
        ("2023-08-13", "胡敏", ["审议打击侵权假冒工作领导小组成员单位职责清单", "研究设立知识产权纠纷人民调解委员会"])]


def test_a_prose_chair_wrapped_before_its_verb_is_no_chair_label():
    """「…会议由副局长黄艳丽⏎主持。各成员单位分管负责同志参加。」: the line starting 主持。 is the sentence's tail,
    not a 主持 label whose value would be 参加; the chair is the one the sentence names."""
    lines = ["桃源镇局务会议纪要", "2023年1月10日，桃源镇双打工作领导小组全体会议召开，会议由副局长黄艳丽",
             "主持。各成员单位分管负责同志参加。现将会议议定事项纪要如下：",
             "一、研究电商平台侵权商品治理措施。会议同意有关单位提出的工作意见，由牵", "头单位抓好落实。",
             "二、审议《2023年打击侵权假冒工作要点》。会议同意有关单位提出的工作意见", "，由牵头单位抓好落实。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "桃源镇局务会议纪要")] == [
        ("2023-01-10", "黄艳丽", ["研究电商平台侵权商品治理措施", "审议《2023年打击侵权假冒工作要点》"])]
    for label in ("主持：黄艳丽", "主持人，黄艳丽", "主 持 人：副局长黄艳丽"):  # labels stay labels
        assert _ocr_minutes(["局务会议纪要", "时间：2023年1月10日", label, "议题：", "一、研究考核自评工作",
                             "二、部署迎检工作"], "局务会议纪要")[0]["chair"] == "黄艳丽"


def test_minutes_headed_as_the_record_of_a_named_meeting():
    """「…推进会记录」 (会 without 议 before 记录) heads minutes too; their items follow 「会议研究了以下事项：」."""
    lines = ["河东区知识产权保护工作推进会记录", "会议时间：2023.2.14下午3时", "地点：河东区政府8楼会议室",
             "主持人：沈国强", "参加人员：林秀玉、朱伟静、蔡伟国", "记录人：刘芳宁", "会议研究了以下事项：",
             "一、讨论知识产权纠纷人民调解委员会设立方案。", "二、听取区市场监管局关于商标专用权保护工作的汇报",
             "会议要求，各单位要按照分工抓好落实，2月底前报送材料。"]
    assert _ocr_minutes(lines, "河东区知识产权保护工作推进会") == [
        {"date": "2023-02-14", "title": "河东区知识产权保护工作推进会记录", "chair": "沈国强",
         "topics": ["讨论知识产权纠纷人民调解委员会设立方案", "听取区市场监管局关于商标专用权保护工作的汇报"]}]
    assert _ocr_minutes(["产品质量抽查检查记录", "时间：2023.2.14", "检查人员：沈国强"], "产品质量抽查检查记录") == []


def test_items_run_on_in_one_wrapped_sentence_with_their_semicolons_read_as_colons():
    """「会议研究了以下事项：一是…：二是研⏎究…：三是…。」: OCR read each ； as ：, and the sentence wraps inside an
    item; the items are the sentence's 一是/二是/三是 parts, whole."""
    lines = ["东湖区知识产权工作联席会议纪要", "会议时间：二0二三年五月十七日上午9：00", "主持：郭鹏敏（副局长）",
             "参加人员：\t姚国艳\t冯娜飞", "袁飞辉\t魏勇国", "记录人：郑志",
             "会议研究了以下事项：一是审议《2023年打击侵权假冒工作要点》：二是研",
             "究地理标志产品保护示范区申报工作：三是听取区市场监管局关于商标专用", "权保护工作的汇报。",
             "会议要求，各单位要按照分工抓好落实，5月底前报送材料。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "东湖区知识产权工作联席会议纪要")] == [
        ("2023-05-17", "郭鹏敏", ["审议《2023年打击侵权假冒工作要点》", "研究地理标志产品保护示范区申报工作",
                                  "听取区市场监管局关于商标专用权保护工作的汇报"])]


def test_a_chair_named_before_the_organ_and_title_with_no_separator():
    """「主持：马国区政府副区长」: the name first, then its organ and title run on (no 、 or space between)."""
    lines = ["白桦区检查考核迎检工作调度会记录", "时间：2023年4月17日下午", "地点：行政中心A座602会议室",
             "主持：马国区政府副区长", "参加：区文化和旅游局、区司法局、区教育局", "议题：",
             "（1）研究商标侵权案件线索移送和行刑衔接机制", "(2）审议知识产权保护工作要点及任务分工", "记录：陈军"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "白桦区检查考核迎检工作调度会记录")] == [
        ("2023-04-17", "马国", ["研究商标侵权案件线索移送和行刑衔接机制", "审议知识产权保护工作要点及任务分工"])]
    assert _ocr_minutes(["局务会议记录", "时间：2023年4月17日", "主持：区政府副区长", "议题：", "（1）研究考核工作",
                         "（2）部署迎检工作"], "局务会议记录")[0]["chair"] is None


def test_the_agenda_the_prose_names_when_the_numbered_items_are_what_the_meeting_said():
    """「会议听取了…的汇报，研究了…，审议通过了《…》。现将会议主要精神纪要如下：一、会议指出… 二、会议要求…」: the
    numbered items are the meeting's conclusions, the clauses the topics (their 了 is the sentence's); a wrapped
    sentence on a photo reads the same. With no such sentence, items written 会议同意… stay topics (议定事项)."""
    lines = ["汾北区打击侵权假冒工作领导小组会议纪要", "2023年6月4日下午，汾北区打击侵权假冒工作领导",
             "小组会议在市民中心B座会议室召开。会议由区政府副区长冯",
             "艳德主持，区人民法院、区市场监管局负责同志参加会议。",
             "会议听取了各成员单位打击侵权假冒工作进展汇报，研究了",
             "商标侵权案件线索移送衔接机制，审议通过了《知识产权纠纷",
             "人民调解工作实施方案》。现将会议主要精神纪要如下：",
             "一、会议要求，各牵头单位于本月底前报送阶段性工作情", "况，县知识产权保护工作领导小组办公室汇总后通报。",
             "二、会议指出，知识产权保护工作事关营商环境，各成员", "单位要切实提高政治站位。"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [
        ("2023-06-04", "冯艳德", ["听取各成员单位打击侵权假冒工作进展汇报", "研究商标侵权案件线索移送衔接机制",
                                  "审议通过《知识产权纠纷人民调解工作实施方案》"])]
    resolutions = ["局务会议纪要", "2023年6月4日，会议由局长冯艳德主持。现将会议议定事项纪要如下：",
                   "一、会议同意成立知识产权纠纷调解委员会。", "二、会议同意修订自评报告。"]
    assert _ocr_minutes(resolutions, "")[0]["topics"] == ["会议同意成立知识产权纠纷调解委员会", "会议同意修订自评报告"]
    stressed = ["会议纪要", "2023年5月6日，会议由副县长张建国主持。会议传达学习了省知识产权保护工作会议精神，审议通过了"
                "《迎检工作方案》。", "会议强调：", "一、提高认识。", "二、压实责任。"]  # the points under 会议强调：
    assert _ocr_minutes(stressed, "")[0]["topics"] == ["传达学习省知识产权保护工作会议精神", "审议通过《迎检工作方案》"]
    called = ["会议纪要", "2023年5月6日，副县长张建国主持召开专题会议，听取县市场监管局关于迎检工作的汇报，"
              "研究自评报告。",
              "现纪要如下：", "一、会议指出，要高度重视。", "二、会议要求，按时完成。"]
    assert _ocr_minutes(called, "")[0]["topics"] == ["听取县市场监管局关于迎检工作的汇报", "研究自评报告"]


def test_unnumbered_agenda_lines_wrapped_at_the_margin_are_one_topic():
    """A photo's agenda whose numbers OCR lost, one item wrapped onto the next line (…开展情况⏎的汇报): one topic."""
    lines = ["渭北县知识产权保护工作联席会议纪要", "会议时间:2022年10月17日", "会议地点:局机关四楼会议室",
             "主持人:县市场监管局局长戴俊飞", "参会人员:县农业农村局、县工信局、县人民法院、新城镇人",
             "民政府分管负责同志",
             "会议议题:", "审议通过《知识产权纠纷人民调解工作实施方案》", "研究年度检查考核迎检工作任务分工",
             "听取县市场监管局关于知识产权保护工作开展情况、存在问", "题的汇报", "会议议定事项如下:",
             "一、会议指出，知识产权保护工作事关营商环境，各成员", "单位要切实提高政治站位。"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [
        ("戴俊飞", ["审议通过《知识产权纠纷人民调解工作实施方案》", "研究年度检查考核迎检工作任务分工",
                    "听取县市场监管局关于知识产权保护工作开展情况、存在问题的汇报"])]


def test_a_sign_in_book_whose_people_sign_in_a_column_of_its_own():
    """A 签名册 with no 姓名 column (本人签字), a 签到表 whose 姓名 header OCR ran into its neighbours over the
    numbers (序号姓名单位: no names under it) — the names are read from the column they sign in."""
    from ipdocs.extract.meetings import attendance

    book = {"header": ["序号", "工作单位", "职务", "手机号码", "本人签字"],
            "rows": [["1", "仙岩镇人民政府", "所长", "17062196762", "黎琳"],
                     ["2", "区市场监管局", "股长", "", "毛武亮"], ["3", "", "", "", ""]]}
    title = "南溪区知识产权保护工作联席会议参会人员签名册"
    assert attendance([Page(1, title)], title, [book]) == {"count": 2, "names": ["黎琳", "毛武亮"]}
    merged = {"header": ["序号姓名单位", "", "职务", "联系电话", "签名"],
              "rows": [["1", "汪佳晖龙门乡人民政府", "副局长", "13144366314", "汪佳晖"],
                       ["2", "曹超县文化和旅游局", "股长", "13629538005", "曹超"]]}
    assert attendance([Page(1, "推进会签到表")], "推进会签到表", [merged]) == {"count": 2, "names": ["汪佳晖", "曹超"]}
    run_in = {"header": ["序号姓名单位", "职务", "签名"], "rows": [["1汪佳晖龙门乡人民政府", "副局长", "汪佳晖"],
                                                               ["2曹超县文化和旅游局", "股长", "曹超"]]}
    assert attendance([Page(1, "推进会签到表")], "推进会签到表", [run_in]) == {"count": 2, "names": ["汪佳晖", "曹超"]}
    ledger = {"header": ["序号", "物品", "领取人签字"], "rows": [["1", "宣传册", "黎琳"]]}
    assert attendance([Page(1, "宣传资料领取登记表")], "宣传资料领取登记表", [ledger]) is None  # not a sign-in sheet


def test_items_after_a_sentence_that_says_twice_what_follows_and_a_form_label_glued_to_the_first_item():
    """「会议研究了以下事项，现纪要如下：」 then 一、… items (each with its discussion); a photographed form whose
    参会单位 label cell OCR read on the first item's line (参会单位1.研究…), the 会议议题 label on the third's; a
    two-character name spaced to three (张  伟)."""
    lines = ["青衣县知识产权保护工作联席会议纪要", "第3期",
             "2023年9月22日下午，县委常委、副县长丁泉亮在县政府三楼会议室主持召开联席会议，县市场监管局等单位负责同志"
             "参加会议。会议研究了以下事项，现纪要如下:", "一、研究重点市场知识产权保护规范化建设方案",
             "会议强调，要压实责任，确保取得实效。", "二、传达学习省市知识产权保护工作会议精神"]
    assert [(m["chair"], m["topics"]) for m in _ocr_minutes(lines, "")] == [
        ("丁泉亮", ["研究重点市场知识产权保护规范化建设方案", "传达学习省市知识产权保护工作会议精神"])]
    form = ["汾北区打击侵权假冒工作领导小组会议记录", "2023.4.19 11:00\t会议地点", "会议时间\t记录人严永桂",
            "主持人：副区长张  伟", "区文化和旅游局、区教育局、东阳镇人民政府",
            "参会单位1.研究商标侵权案件线索移送机制",
            "2.研究知识产权纠纷调解组织建设", "会议议题3.听取各成员单位上半年工作进展汇报", "会议内容"]
    assert [(m["date"], m["chair"], m["topics"]) for m in _ocr_minutes(form, "")] == [
        ("2023-04-19", "张伟", ["研究商标侵权案件线索移送机制", "研究知识产权纠纷调解组织建设",
                                "听取各成员单位上半年工作进展汇报"])]


def test_an_agenda_announced_at_the_end_of_a_sentence_and_listed_below():
    """「…会议由…主持。会议议题如下：」 (the label inside the sentence, wrapped or not) with the items on the lines
    below, two of them with their numbers lost by OCR; the masthead 「…领导小组会议⏎纪要」 is the meeting's name."""
    lines = ["清溪县打击侵权假冒工作领导小组会议", "纪要", "〔2023〕第1期", "清溪县人民政府办公室2023年6月1日",
             "2023年5月26日，打击侵权假冒工作领导小组会议在",
             "清溪县政府召开，会议由县政府办公室主任丁颖文主持。会议议题",
             "如下:", "听取各成员单位工作汇报", "研究商标品牌培育工作", "（三）讨论知识产权纠纷多元化解机制建设",
             "出席:尹伟泉、朱文清、夏玲", "记录:陆东波"]
    assert _ocr_minutes(lines, "") == [{"date": "2023-05-26", "title": "清溪县打击侵权假冒工作领导小组会议纪要",
                                        "chair": "丁颖文", "topics": ["听取各成员单位工作汇报", "研究商标品牌培育工作",
                                                                      "讨论知识产权纠纷多元化解机制建设"]}]
