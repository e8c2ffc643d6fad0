"""Dates as scans leave them (issue 15, stop 28): a register's 序号 column OCR read into the date cell beside it,
a signature date a seal made years earlier than every document the file cites, and `_alone` reading the text
`dates_in`'s offsets are in. Each repair needs the shape that leaves one reading; the cases beside it stay as read."""

from types import SimpleNamespace

from ipdocs.extract.dates import _alone, dates, dates_in, prepared
from ipdocs.extract.normalize import normalize


def days(text: str, cells: list[str] = (), ocr: bool = True) -> list[str]:
    page = SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)
    return sorted({d["iso"] for d in dates([page], [(1, normalize(c, ocr)) for c in cells])})


def test_row_numbers_read_into_a_wrapped_date_column_come_out():
    # a narrow 受理时间 column wrapped each date after its month, the row's number between the lines; dotted dates
    # this time, and the number anywhere in the day's digits (row 3: 2023.9.1⏎3⏎5 → 2023.9.15)
    header = ["序号受理时间", "投诉人", "处理结果"]
    rows = [["2023.8.119", "张某", "调解"], ["2023.8.228", "李某", "撤回"], ["2023.9.135", "王某", "调解"],
            ["2023.9.420", "赵某", "移送"]]
    cells = [c for row in [header, *rows] for c in row]
    assert days("某县知识产权纠纷受理登记表", cells) == ["2023-08-19", "2023-08-28", "2023-09-15", "2023-09-20"]
    # a text layer's table is as typed: no OCR put a number into it
    assert days("某县知识产权纠纷受理登记表", cells, ocr=False) == []


def test_a_register_with_an_opened_and_a_closed_date_each_row():
    # the row number only in the first date column (beside 序号): 3月⏎1⏎4日, 5月2⏎2⏎3日, 7月⏎3⏎9日
    cells = ["序号立案日期", "结案日期",
             "2022年3月14日", "2022年4月1日", "2022年5月223日", "2022年6月2日", "2022年7月39日", "2022年8月1日"]
    assert days("台账", cells) == ["2022-03-04", "2022-04-01", "2022-05-23", "2022-06-02", "2022-07-09",
                                   "2022-08-01"]


def test_dates_that_read_as_days_or_hold_no_row_number_stay_as_read():
    # most cells are days as read: a register whose dates are right is never rewritten
    cells = ["2023年4月21日", "2023年4月12日", "2023年4月13日", "2023年5月4日"]
    assert days("台账", cells) == ["2023-04-12", "2023-04-13", "2023-04-21", "2023-05-04"]
    # a cell without its row's number: nothing is taken out of any
    cells = ["2023年4月72日", "2023年4月82日", "2023年5月93日"]  # rows 1, 2, 3 hold no 1, 2 (8 2), 3 (9 3)…
    assert days("台账", cells) == []
    # two days where the number comes out (row 1 of 2023年1月121日: 1月21日 or 1月12日): none
    assert days("台账", ["2023年1月121日", "2023年1月232日", "2023年1月333日"]) == []


def test_a_signature_year_earlier_than_every_cited_document_is_the_files_year():
    # 二〇二四年 read 二〇一四年 under the seal (a stroke of 二 lost); the file cites and dates only 2024
    letter = ("某县市场监督管理局文件\n某市监函〔2024〕12号\n根据省局某知发〔2024〕3号文件，定于2024年5月6日起"
              "开展检查。\n某县市场监督管理局\n二〇一四年四月二十日\n")
    assert days(letter) == ["2024-04-20", "2024-05-06"]
    # a file citing an older 文号 too: the signature is no earlier than everything, kept as read
    older = letter.replace("某知发〔2024〕3号", "某知发〔2013〕3号")
    assert "2014-04-20" in days(older)
    # a text layer is not misread
    assert "2014-04-20" in days(letter, ocr=False)
    # no 文号 at all: nothing says the signature cannot be older (a 2014 letter about a 2024 plan)
    plan = "定于2024年5月6日起、2024年6月1日止开展检查。\n某县市场监督管理局\n二〇一四年四月二十日\n"
    assert "2014-04-20" in days(plan)


def test_alone_reads_the_text_dates_in_gives_offsets_in():
    # OCR letters for digits and a wrapped date change offsets: the signature line is still found
    text = normalize("于2022/0\n5/27完成。2O23年联合检查。\n某县市场监督管理局\n2023年6月1日\n", True)
    read = prepared(text)
    hits = dates_in(text)
    alone = [shown for _, shown, at in hits if _alone(read, at, shown)]
    assert alone == ["2023年6月1日"]


def test_a_news_screenshots_dates_wrapped_on_its_narrow_lines():
    # the byline's time glued to the date and its minutes wrapped; a day without its year wrapped inside its number
    shot = ("市融媒体中心记者某某2024-03-0809:4\n8\n3月7日，某县知识产权纠纷调解中心揭牌。活动将持续至3月1\n"
            "5日。\n")
    assert days(shot) == ["2024-03-07", "2024-03-08", "2024-03-15"]
    # what is no day stays apart: 3月4⏎5日 would be day 45; a line ending on a month's number and one starting with
    # a count of days
    assert days("2024年3月1日起。持续至3月4\n5日内完成。\n") == ["2024-03-01"]
    # a score or a ratio before a line break is no time of a date
    assert days("2024-03-08\n比分为10:0\n5名选手晋级") == ["2024-03-08"]
