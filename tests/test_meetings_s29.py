"""Photographed minutes and sign-in sheets in further wordings and layouts (issue 15, stop 29, task N): the chair
stated with a post in brackets, before the name, in prose (会议由…主持, …副县长主持召开) or in a form cell beside or
below its label, next to lists of those present; the topics listed under 会议议题, in a form's tall cell, told
clause by clause (会议听取了…；审议了…), as 一是…二是…, wrapped over lines and running onto a second page; sign-in
sheets with a count written at the foot, two name columns side by side, empty rows. Each case is a page rendered
for it and photographed (perspective, a tilt of 5–12°, a shadow, blur, JPEG 60, the next page's edge beside it);
the expected values are the planted ones."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from test_meetings_photos import _ocr_minutes, _perspective

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import _edge_dropped, attendance
from ipdocs.extract.text import Page

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
WIDTH, HEIGHT, MARGIN = 1240, 1754, 130


def _wrapped(text: str, font: ImageFont.FreeTypeFont, width: float, indent: int = 0) -> list[str]:
    """A paragraph broken at the margin as a word processor breaks Chinese text: at any character."""
    lines, line = [], "\u3000" * indent
    for char in text:
        if ImageDraw.Draw(Image.new("L", (1, 1))).textlength(line + char, font=font) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def _typed(blocks: list[tuple[str, str]], size: int = 34) -> Image.Image:
    """A typed page: ("title", text) centred in bold, ("para", text) indented two characters and wrapped at the
    margin, ("line", text) flush left and wrapped, ("right", text) flush right."""
    page = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(page)
    big, body = ImageFont.truetype(SERIF_BOLD, 46, index=2), ImageFont.truetype(UMING, size)
    y = 140
    for kind, text in blocks:
        if kind == "title":
            draw.text(((WIDTH - draw.textlength(text, font=big)) / 2, y), text, font=big, fill=(25, 25, 25))
            y += 100
            continue
        for line in _wrapped(text, body, WIDTH - 2 * MARGIN, 2 if kind == "para" else 0):
            x = WIDTH - MARGIN - draw.textlength(line, font=body) if kind == "right" else MARGIN
            draw.text((x, y), line, font=body, fill=(30, 30, 30))
            y += int(size * 1.75)
    return page


def _form(title: str, rows: list[tuple[str, str | list[str]]], hand: bool = True) -> Image.Image:
    """A printed 会议记录 form: a label cell at the left of each row, its value in the wide cell beside it (written
    in by hand), a value of several lines making its row tall."""
    page = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(page)
    big, printed = ImageFont.truetype(SERIF_BOLD, 48, index=2), ImageFont.truetype(SANS, 30, index=2)
    value_font = ImageFont.truetype(UKAI, 32) if hand else ImageFont.truetype(UMING, 32)
    draw.text(((WIDTH - draw.textlength(title, font=big)) / 2, 120), title, font=big, fill=(20, 20, 20))
    y, left, split, right = 240, 100, 330, 1140
    for label, value in rows:
        lines = value if isinstance(value, list) else [value]
        height = 40 + 50 * max(1, len(lines))
        draw.rectangle([left, y, split, y + height], outline=(0, 0, 0), width=2)
        draw.rectangle([split, y, right, y + height], outline=(0, 0, 0), width=2)
        draw.text((left + (split - left - draw.textlength(label, font=printed)) / 2, y + height / 2 - 18), label,
                  font=printed, fill=(0, 0, 0))
        for i, line in enumerate(lines):
            draw.text((split + 16, y + 22 + 50 * i), line, font=value_font, fill=(20, 30, 100) if hand else (0, 0, 0))
        y += height
    return page


def _camera(page: Image.Image, path: Path, tilt: float, beside: Image.Image | None = None) -> Path:
    """A page on a desk photographed by a phone: the next page's edge beside it, seen at an angle (keystone),
    turned by `tilt` degrees, a shadow over one side, blurred, a JPEG of quality 60."""
    w, h = page.size
    width, height = int(w * 1.3), int(h * 1.18)
    desk = Image.new("RGB", (width, height), (108, 94, 80))
    if beside is not None:
        desk.paste(beside, (int(w * 0.12) + w + 24, int(h * 0.09) + 30))
    desk.paste(page, (int(w * 0.08), int(h * 0.08)))
    seen = desk.transform((width, height), Image.Transform.PERSPECTIVE,
                          _perspective([(-50, -30), (width + 40, 10), (width - 10, height + 10), (20, height + 30)],
                                       (width, height)), Image.Resampling.BICUBIC, fillcolor=(108, 94, 80))
    turned = seen.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(108, 94, 80))
    shade = Image.linear_gradient("L").rotate(-30).resize((width, height)).point(lambda v: 255 - v // 3)
    shot = Image.composite(turned, Image.new("RGB", (width, height), (70, 64, 58)), shade)
    shot.filter(ImageFilter.GaussianBlur(1.1)).save(path, quality=60)
    return path


def _found(path: Path) -> list[tuple]:
    return [(m["date"], m["chair"], m["topics"]) for m in file_facts(path)["meetings"]]


NEXT_PAGE = _typed([("para", "二、各成员单位要按照职责分工，抓好贯彻落实，确保各项工作任务按时完成。")] * 8)


def test_the_next_pages_edge_caught_beside_a_photographed_page(tmp_path):
    """The photo caught the first characters of the next page's lines at its right edge (工作 ⏎ 工作 …): they are
    no part of the page's lines, so a prose agenda told clause by clause (会议听取了…；审议了…；研究部署了…) is read
    whole, and a listed agenda's items take nothing of them; a sentence announcing the resolutions (现将…如下：)
    whose indent OCR lost is no item's tail."""
    prose = _typed([("title", "白沙县知识产权保护工作联席会议纪要"),
                    ("para", "2023年8月16日上午，白沙县知识产权保护工作联席会议在县政府三楼会议室召开。会议由副县长"
                             "邓志刚同志主持，县市场监管局、县公安局、县文广旅局等成员单位分管负责同志参加会议。"),
                    ("para", "会议听取了县市场监管局关于2023年上半年全县知识产权保护工作情况的汇报；审议了《白沙县"
                             "2023年知识产权行政保护工作方案》；研究部署了下半年知识产权保护重点工作。"),
                    ("para", "会议指出，各成员单位要进一步提高认识，强化协作配合。")])
    assert _found(_camera(prose, tmp_path / "纪要.jpg", 7.0, NEXT_PAGE)) == [
        ("2023-08-16", "邓志刚", ["听取县市场监管局关于2023年上半年全县知识产权保护工作情况的汇报",
                                  "审议《白沙县2023年知识产权行政保护工作方案》",
                                  "研究部署下半年知识产权保护重点工作"])]
    listed = _typed([("title", "县市场监管局专题会议纪要"), ("line", "时间：2023年9月12日下午3时"),
                     ("line", "地点：局四楼会议室"), ("line", "主持人：韩立平（县市场监管局党组书记、局长）"),
                     ("line", "出席：孙卫东 黄晓燕 马文杰 钱丽华"), ("line", "列席：局办公室、知识产权股负责同志"),
                     ("line", "会议议题："), ("line", "1.听取知识产权股关于2023年地理标志保护工程实施进展情况的汇报"),
                     ("line", "2.研究商标品牌指导站建设和运行管理有关事项"),
                     ("line", "3.部署打击侵犯知识产权和制售假冒伪劣商品专项行动"),
                     ("para", "现将会议议定事项纪要如下："), ("para", "一、原则同意地理标志保护工程实施方案。")])
    assert _found(_camera(listed, tmp_path / "专题.jpg", 9.0, NEXT_PAGE)) == [
        ("2023-09-12", "韩立平", ["听取知识产权股关于2023年地理标志保护工程实施进展情况的汇报",
                                  "研究商标品牌指导站建设和运行管理有关事项",
                                  "部署打击侵犯知识产权和制售假冒伪劣商品专项行动"])]


def test_a_neighbouring_pages_strip_is_dropped_and_the_pages_own_columns_are_not():
    """A column of short pieces in the photo's outer fifth, apart by a wide gutter, running off its edge (either
    side) is a neighbouring page's; a right-aligned signature and date, or a form's right column ending short of the
    photo's edge, are the page's own."""
    own = [(150, 100 + 60 * i, 1050, 140 + 60 * i, "会议听取了县市场监管局关于上半年工作情况的汇报") for i in range(8)]
    strip = [(1420, 110 + 60 * i, 1500, 150 + 60 * i, "工作") for i in range(4)]
    right = _edge_dropped(Page(1, "", True, boxes=own + strip, width=1540))
    assert right.boxes == own
    left = [(0, 110 + 60 * i, 60, 150 + 60 * i, "作") for i in range(4)]
    shifted = [(b[0] + 300, b[1], b[2] + 300, b[3], b[4]) for b in own]
    assert _edge_dropped(Page(1, "", True, boxes=left + shifted, width=1540)).boxes == shifted
    signed = own + [(700, 700, 1050, 740, "县市场监管局办公室"), (800, 760, 1050, 800, "2023年5月9日")]
    assert _edge_dropped(Page(1, "", True, boxes=signed, width=1540)).boxes == signed
    form = own + [(1250, 110 + 60 * i, 1330, 150 + 60 * i, "张伟") for i in range(3)]
    assert _edge_dropped(Page(1, "", True, boxes=form, width=1540)).boxes == form


def test_a_forms_chair_below_his_post_and_an_item_wrapped_in_the_agenda_cell(tmp_path):
    """主持人's cell holds the post on one line and the name below it; the tall 会议议题 cell's first item wraps, and
    OCR reads the label, centred, beside the wrapped tail: the tail goes on with the item (the line above reached
    the cell's width), the next item stands apart."""
    form = _form("专题会议记录", [("会议时间", "2023年7月20日下午"), ("会议地点", "区市场监管局三楼会议室"),
                                  ("主持人", ["区市场监管局副局长", "潘建华"]),
                                  ("出席人员", ["邱志远 沈红霞 谢国强", "叶明辉 杜晓峰"]),
                                  ("会议议题", ["研究区知识产权快速维权中心筹建方案，明确", "各成员单位职责分工",
                                                "听取商标侵权案件查办情况汇报"]), ("记录人", "杜晓峰")], hand=False)
    assert _found(_camera(form, tmp_path / "记录.jpg", 8.0, NEXT_PAGE)) == [
        ("2023-07-20", "潘建华", ["研究区知识产权快速维权中心筹建方案，明确各成员单位职责分工",
                                  "听取商标侵权案件查办情况汇报"])]
    # as OCR lays it out (no photo): a line that says what the meeting took up is an item of its own
    lines = ["会议记录", "时间：2023年7月20日", "主持人：潘建华", "审议专利转化专项计划实施方案，明确",
             "议题\t各单位任务分工", "研究地理标志产品保护", "记录人：杜晓峰"]
    assert _ocr_minutes(lines, "")[0]["topics"] == ["审议专利转化专项计划实施方案，明确各单位任务分工",
                                                    "研究地理标志产品保护"]


def test_resolutions_that_ask_things_of_units_leave_the_agenda_the_prose_names(tmp_path):
    """「卢建国副区长主持召开…会议…。会议听取了…汇报，研究部署了…工作。现将会议议定事项纪要如下：一、各成员单位要…」:
    what was asked of the units is a resolution, the clauses the topics; resolutions headed 关于… or written as
    what was decided (成立…) stay the topics."""
    page = _typed([("title", "区打击侵权假冒工作领导小组会议纪要"),
                   ("para", "2023年12月5日下午，卢建国副区长主持召开区打击侵权假冒工作领导小组全体成员会议，区市场"
                            "监管局、区公安分局、区商务局、区文化执法大队等成员单位主要负责同志参加会议。会议听取了"
                            "各成员单位2023年打击侵权假冒工作情况汇报，研究部署了2024年元旦春节期间市场执法检查工作。"
                            "现将会议议定事项纪要如下："),
                   ("para", "一、各成员单位要高度重视节日市场监管工作。"),
                   ("para", "二、由区市场监管局牵头，制定专项检查方案。")])
    assert _found(_camera(page, tmp_path / "纪要.jpg", 5.0, NEXT_PAGE)) == [
        ("2023-12-05", "卢建国", ["听取各成员单位2023年打击侵权假冒工作情况汇报",
                                  "研究部署2024年元旦春节期间市场执法检查工作"])]
    head = ["会议纪要", "2023年5月8日，副县长张建国主持召开专题会议，会议听取了县市场监管局关于迎检工作的汇报。"
            "现将会议议定事项纪要如下："]
    for items in (["关于成立知识产权保护工作专班", "关于制定迎检工作方案"],
                  ["成立知识产权保护工作专班", "制定迎检工作方案"]):
        lines = head + [f"{'一二'[i]}、{x}。" for i, x in enumerate(items)]
        assert _ocr_minutes(lines, "")[0]["topics"] == items


def test_an_agenda_running_onto_a_second_photo_whose_first_numbers_ocr_lost(tmp_path):
    """Two photos in one PDF: the agenda's （一） （二） lost by OCR at the photo's slanting edge, the second item
    wrapped short of the margin (…考核 ⏎ 情况的汇报), （三） （四） on the first page, （五） on the second: the lines
    before （三） make two items, the tail joined; the list goes on over the page break."""
    first = _typed([("title", "县知识产权保护工作领导小组会议纪要"),
                    ("para", "2023年4月18日下午，县知识产权保护工作领导小组在县政府二楼会议室召开2023年第一次全体会"
                             "议。县委常委、副县长方志诚同志主持会议，领导小组各成员单位分管负责同志参加会议。"),
                    ("para", "会议议题："), ("line", "（一）传达学习全省知识产权保护工作会议精神"),
                    ("line", "（二）听取县市场监管局关于2022年度知识产权保护工作考核"), ("line", "情况的汇报"),
                    ("line", "（三）审议《县知识产权保护工作领导小组2023年工作要点》"),
                    ("line", "（四）研究县知识产权纠纷人民调解委员会组建方案"), *[("para", "")] * 14,
                    ("line", "— 1 —")])
    second = _typed([("line", "（五）部署2023年知识产权宣传周活动"),
                     ("para", "会议指出，各成员单位要加强协作，形成工作合力。"),
                     ("right", "县知识产权保护工作领导小组办公室"), ("right", "2023年4月20日")])
    shots = [Image.open(_camera(first, tmp_path / "1.jpg", 6.0, second)).convert("RGB"),
             Image.open(_camera(second, tmp_path / "2.jpg", -8.0)).convert("RGB")]
    shots[0].save(tmp_path / "纪要.pdf", save_all=True, append_images=shots[1:], resolution=150)
    assert _found(tmp_path / "纪要.pdf") == [
        ("2023-04-18", "方志诚", ["传达学习全省知识产权保护工作会议精神",
                                  "听取县市场监管局关于2022年度知识产权保护工作考核情况的汇报",
                                  "审议《县知识产权保护工作领导小组2023年工作要点》",
                                  "研究县知识产权纠纷人民调解委员会组建方案", "部署2023年知识产权宣传周活动"])]



def test_chairs_and_agendas_in_further_wordings_photographed(tmp_path):
    """主持：县政府副县长 蒋丽君 with 会议议题：一是…；二是…；三是…。 on one wrapped line; a 党组会议纪要 whose chair is
    named before 同志主持召开 and whose agenda is 一是…二是… in the sentence; a form's chair cell 副县长 梁红梅 beside a
    list of those present, the agenda numbered in its tall cell."""
    decided = _typed([("title", "县知识产权强县建设工作专题会议纪要"), ("line", "会议时间：2024年1月10日上午"),
                      ("line", "会议地点：县政府五楼会议室"), ("line", "主持：县政府副县长 蒋丽君"),
                      ("line", "参加：县市场监管局、县科技局、县财政局、县司法局负责同志"),
                      ("line", "会议议题：一是通报2023年知识产权强县建设工作进展；二是研究知识产权质押融资风险补偿"
                               "资金管理办法；三是安排2024年知识产权宣传周活动。"),
                      ("para", "经认真研究，会议议定如下："), ("para", "一、原则同意县市场监管局提出的工作安排。")])
    assert _found(_camera(decided, tmp_path / "专题.jpg", 12.0, NEXT_PAGE)) == [
        ("2024-01-10", "蒋丽君", ["通报2023年知识产权强县建设工作进展", "研究知识产权质押融资风险补偿资金管理办法",
                                  "安排2024年知识产权宣传周活动"])]
    party = _typed([("title", "中共清河县市场监督管理局党组会议纪要"),
                    ("para", "2023年11月3日，局党组书记、局长宋志明同志主持召开2023年第15次党组会议，党组成员出席会议，"
                             "局办公室负责同志列席会议。会议主要研究了三项工作：一是传达学习省局知识产权保护工作推进会"
                             "精神；二是研究知识产权保护示范区创建工作方案；三是审议局机关2023年度考核办法。现纪要如下："),
                    ("para", "一、会议认为，要把知识产权保护作为重点工作来抓。")])
    assert _found(_camera(party, tmp_path / "党组.jpg", 11.0, NEXT_PAGE)) == [
        ("2023-11-03", "宋志明", ["传达学习省局知识产权保护工作推进会精神", "研究知识产权保护示范区创建工作方案",
                                  "审议局机关2023年度考核办法"])]
    form = _form("会议记录", [("会议名称", "知识产权保护工作推进会"), ("会议时间", "2023年10月9日上午"),
                              ("会议地点", "县政府二楼会议室"), ("主持人", "副县长 梁红梅"),
                              ("参加人员", ["冯建军 曹志远 彭丽 蔡文斌", "许海燕 程光明"]),
                              ("议题", ["1.通报前三季度知识产权保护工作情况", "2.研究知识产权纠纷人民调解委员会组建",
                                        "3.安排年度考核迎检工作"]), ("记录人", "彭丽")])
    assert _found(_camera(form, tmp_path / "记录.jpg", 6.0, NEXT_PAGE)) == [
        ("2023-10-09", "梁红梅", ["通报前三季度知识产权保护工作情况", "研究知识产权纠纷人民调解委员会组建",
                                  "安排年度考核迎检工作"])]


def test_a_chair_ocr_misread_in_its_label_and_read_right_twice_elsewhere():
    """主持人：付华风 on the label's line, 付华凤 in the list of those present and as a speaker in the record: the
    reading the minutes give most often; one reading against one, or another person of a near name read as often,
    leaves the label's."""
    record = ["会议记录", "时间：2023年4月18日", "主持人：付华风", "出席：付华凤、汪海波、柳春梅",
              "议题：1.研究专利转化专项计划", "付华凤：要按时完成。", "汪海波：同意。"]
    assert _ocr_minutes(record, "")[0]["chair"] == "付华凤"
    assert _ocr_minutes(record[:-2], "")[0]["chair"] == "付华风"
    near = ["会议记录", "时间：2023年4月18日", "主持人：王伟", "参加：王玮 汪海波", "议题：1.研究专利转化专项计划",
            "王玮：同意。", "王伟：按此办理。"]
    assert _ocr_minutes(near, "")[0]["chair"] == "王伟"


SIGNERS = ["汪海波", "柳春梅", "喻志成", "甘晓东", "车立新", "祁慧敏", "简国华", "蓝天明", "苏小军", "凤霞", "戚建平",
           "封玉兰", "籍文", "栾海燕", "覃振华"]
UNITS = ["县市场监管局", "县公安局", "县法院", "县检察院", "县司法局", "县文广旅局", "县农业农村局", "县商务局"]


def _sheet(title: str, header: list[str], rows: list[list[str]], widths: list[int], hand: tuple[int, ...],
           foot: str) -> Image.Image:
    """A printed sign-in sheet: the columns `hand` written in by hand, a count line under the table."""
    page = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF_BOLD, 46, index=2)
    draw.text(((WIDTH - draw.textlength(title, font=big)) / 2, 110), title, font=big, fill=(20, 20, 20))
    printed, written = ImageFont.truetype(SANS, 28, index=2), ImageFont.truetype(UKAI, 36)
    draw.text((100, 190), "时间：2023年11月8日    地点：县政府三楼会议室", font=ImageFont.truetype(UMING, 28),
              fill=(20, 20, 20))
    y, left = 250, (WIDTH - sum(widths)) // 2
    for r, row in enumerate([header, *rows]):
        x = left
        for c, (cell, width) in enumerate(zip(row, widths, strict=True)):
            draw.rectangle([x, y, x + width, y + 62], outline=(0, 0, 0), width=2)
            font = written if r and c in hand else printed
            draw.text((x + (width - draw.textlength(cell, font=font)) / 2, y + 14), cell, font=font,
                      fill=(20, 30, 100) if r and c in hand else (10, 10, 10))
            x += width
        y += 62
    draw.text((left, y + 30), foot, font=ImageFont.truetype(UMING, 30), fill=(20, 20, 20))
    return page


def test_sign_in_sheets_photographed_with_empty_rows_two_name_columns_and_a_count_at_the_foot(tmp_path):
    """Units printed on every row, two of them left unsigned in the middle, 合计：10人 at the foot; a sheet of two
    name columns side by side (姓名 单位 | 姓名 单位) with 应到18人 实到15人: the rows that carry a name, the next
    page's edge beside the sheet read as nothing."""
    absent = {3, 7}
    rows = [[str(i + 1), UNITS[i % 8], "" if i in absent else SIGNERS[i], "" if i in absent else f"1390734{2100 + i}"]
            for i in range(12)]
    signed = [SIGNERS[i] for i in range(12) if i not in absent]
    sheet = _sheet("知识产权保护工作推进会签到表", ["序号", "单位", "姓名", "联系电话"], rows, [90, 330, 220, 300],
                   (2, 3), f"合计：{len(signed)}人")
    assert file_facts(_camera(sheet, tmp_path / "签到表.jpg", 7.0, NEXT_PAGE))["attendance"] == {
        "count": 10, "names": signed}
    half = lambda i: [SIGNERS[i] if i < 15 else "", UNITS[i % 8] if i < 15 else ""]  # noqa: E731
    two_up = _sheet("联席会议签到表", ["姓名", "单位", "姓名", "单位"], [half(i) + half(i + 9) for i in range(9)],
                    [180, 290, 180, 290], (0, 2), "应到18人  实到15人")
    assert file_facts(_camera(two_up, tmp_path / "签到.jpg", 10.0, NEXT_PAGE))["attendance"] == {
        "count": 15, "names": SIGNERS}


def test_agenda_items_wrapped_in_a_cell_narrower_than_the_page():
    """A form's 会议议题 cell narrower than its 参加人员 row: an item wraps short of the page's margin without a closing
    mark (…关于知识产权 ⏎ 保护工作情况的汇报); the next item numbered after it shows the line is its tail, and a later
    item wrapped at the same width is joined too; the label may stand beside the tail (OCR reads it centred on the
    cell)."""
    head = ["会议记录", "会议时间\t2023年4月18日上午9时", "主持人\t张建华",
            "参加人员\t县市场监管局、县公安局、县司法局、县文广旅局、县商务局分管负责同志"]
    topics = ["听取县市场监管局关于知识产权保护工作情况的汇报", "研究知识产权纠纷人民调解委员会组建方案"]
    for body in (["会议议题\t1.听取县市场监管局关于知识产权", "保护工作情况的汇报", "2.研究知识产权纠纷人民调解委员会",
                  "组建方案", "记录人\t李明"],
                 ["1.听取县市场监管局关于知识产权", "会议议题\t保护工作情况的汇报",
                  "2.研究知识产权纠纷人民调解委员会组建方案", "记录人\t李明"]):
        assert _ocr_minutes(head + body, "")[0]["topics"] == topics
    # a note in brackets or a sentence between the items is no item's tail
    noted = ["会议议题\t1.听取县市场监管局关于知识产权保护工作情况的汇报", "（县市场监管局汇报）",
             "2.研究知识产权纠纷人民调解委员会组建方案"]
    assert _ocr_minutes(head + noted, "")[0]["topics"][0] == topics[0]


def test_a_sheets_foot_read_into_its_name_column_is_no_one():
    """The count or a note under the rows read by OCR as a row of the table (合计 | 5人, 共5人 in the name cell,
    应到8人 实到5人 across the row, 以下空白, 备注 | 请于8:30前签到): the rows that carry a name, nothing more; a
    unit whose name starts 注… is still a unit (its row's name counted)."""
    names = ["汪海波", "柳春梅", "喻志成", "甘晓东", "车立新"]
    rows = [[str(i + 1), n, "县市场监管局"] for i, n in enumerate(names)]
    for foot in (["合计", "5人", ""], ["合计：5人"] * 3, ["", "共5人", ""], ["", "应到8人 实到5人", ""],
                 ["", "以下空白", ""], ["备注", "请于8:30前签到", ""]):
        table = {"pages": [1], "header": ["序号", "姓名", "单位"], "rows": [*rows, foot]}
        assert attendance([Page(1, "会议签到表", ocr=True)], "会议签到表", [table]) == {"count": 5, "names": names}
    units = {"pages": [1], "header": ["单位", "姓名"], "rows": [["注册会计师协会", "张伟"], ["县司法局", "刘洋"]]}
    assert attendance([Page(1, "会议签到表", ocr=True)], "会议签到表", [units]) == {"count": 2,
                                                                                 "names": ["张伟", "刘洋"]}
