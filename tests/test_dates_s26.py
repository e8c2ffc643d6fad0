"""Dates as OCR and layout leave them (issue 15, stop 26): a Chinese-numeral year wrapped inside its digits, 月 read
as another character, a seal's stroke read as a digit before a signature date whose 日 it hid; and 线索 read as
线素. Each repair needs the shape that leaves one reading; the cases beside it must stay as they are."""

from types import SimpleNamespace

from ipdocs.extract.dates import dates
from ipdocs.extract.normalize import normalize


def days(text: str, ocr: bool = True) -> list[str]:
    return [d["iso"] for d in dates([SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)])]


def test_a_chinese_numeral_year_wrapped_inside_its_digits():
    # a text PDF's justified line ends inside the range's second year
    text = "经研究，定于二〇二三年四月一日至二〇\n二三年四月二十八日在全区范围内开展专项行动。"
    assert days(text, ocr=False) == ["2023-04-01", "2023-04-28"]
    assert days("定于二〇二三年四月一日至二〇二\n三年四月二十八日开展", ocr=False) == ["2023-04-01", "2023-04-28"]
    # no year when the digits joined are none (a quantity at a line's end), or more than four
    assert normalize("共计120\n二三年四月五日", quantities=False) == "共计120\n二三年四月五日"
    assert days("第二\n二〇二三年四月五日", ocr=False) == ["2023-04-05"]


def test_month_read_as_another_character():
    assert days("XX区领导小组办公室\n2023年4街14日\n") == ["2023-04-14"]
    assert days("2023年5用18日") == ["2023-05-18"]
    # a date's own words between the numbers, or numbers no month and day are: no date made
    assert days("2023年4至14日") == []
    assert days("2023年13街14日") == []
    assert days("2023年4街14日", ocr=False) == []  # a text layer: as printed


def test_a_seal_stroke_read_as_a_digit_before_a_signature_date_whose_day_mark_it_hid():
    minutes = "2月28日，区知识产权联席会议召开。\n某某区市场监督管理局\n12023年3月1\n"
    assert days(minutes) == ["2023-02-28", "2023-03-01"]


def test_clue_read_as_su():
    assert normalize("完善侵权假冒线素移送衔接", ocr=True) == "完善侵权假冒线索移送衔接"
    assert normalize("光线素材", ocr=True) == "光线素材"
    assert normalize("完善侵权假冒线素移送衔接") == "完善侵权假冒线素移送衔接"  # a text layer: as printed


def test_a_table_dates_separator_doubled_or_lost_after_the_year():
    photo = ("4\t执法业务培训\t202203/19\t某街道\t124\n5\t进校园宣传\t202208/28\t某镇\t100\n"
             "6\t进校园宣传\t2022//06/11\t某镇\t53")
    assert days(photo) == ["2022-03-19", "2022-08-28", "2022-06-11"]
    # no date where the separators say nothing (a serial), nor in a text layer
    assert days("编号20220319\t合同号202203/19/5") == []
    assert days("202203/19", ocr=False) == []


def test_no_yearless_day_right_after_a_dates_day():
    # two date cells of a scanned register, each wrapped inside its month: 2022年9⏎月11日 and 2022年1⏎1月4日
    scan = "填报日期：2022年11月20日\n16\t某商行\t2022年92022年1\n销售侵犯注册商标\t月11日1月4日\t某号"
    assert "2022-01-04" not in days(scan)
    assert days("2022年3月1日召开。截止日5月8日", ocr=False) == ["2022-03-01", "2022-05-08"]


def test_a_signature_year_misread_years_after_the_text():
    # a scanned 通报 signed in Chinese numerals under a red seal: 二〇二二 read as 二〇二七
    scan = ("活动时间为2022年6月28日至7月7日，于2022年7月10日前报送。\n某县市场监督管理局\n二〇二七年六月二十三日\n")
    assert days(scan)[-1] == "2022-06-23"
    # the same year inside a sentence (a plan's target date) stays: only a signature line is read so
    assert "2027-06-23" in days("2022年6月28日起，2022年7月10日前报送，于二〇二七年六月二十三日前完成。")
    # a year-end summary signed the next year (one year later) stays
    summary = "2022年6月28日至7月7日检查；2022年7月10日总结。\n某县市场监督管理局\n二〇二三年一月五日\n"
    assert days(summary)[-1] == "2023-01-05"
    # a letter of 2026 citing only what was done in 2024: its signature is not another digit of 2024
    letter = "根据2024年3月1日印发的方案，2024年5月8日已完成。\n某县市场监督管理局\n2026年6月23日\n"
    assert days(letter)[-1] == "2026-06-23"


def test_dates_a_number_cell_ran_into():
    read = "武市监罚[2022]232022-01-252022-05-07\n专用权的香烟案\t号\n武市监罚（2022】52022-04-252022-06-09"
    assert days(read) == ["2022-01-25", "2022-05-07", "2022-04-25", "2022-06-09"]
    assert days("编号12022-01-25", ocr=True) == []  # no 文号's bracket before the digits: nothing to split
