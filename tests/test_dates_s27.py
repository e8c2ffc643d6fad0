"""Dates as OCR and layout leave them (issue 15, stop 27): a register's next row number after a date that ends a
line, two overlapping OCR boxes reading a year's last digit twice, a year no document bears under a seal, a range's
end wrapped after its month, a signature date a seal made later than the 版记's printing date. Each repair needs
the shape that leaves one reading; the cases beside it must stay as they are."""

from types import SimpleNamespace

from ipdocs.extract.dates import dates
from ipdocs.extract.normalize import normalize


def days(text: str, ocr: bool = True) -> list[str]:
    return [d["iso"] for d in dates([SimpleNamespace(number=1, text=normalize(text, ocr), ocr=ocr)])]


def test_a_date_ending_a_register_row_is_not_joined_to_the_next_rows_number():
    # a DOCX register's rows as text: 2023.7.1 ends row 7, row 8 starts with its number
    register = ("序号\t受理日期\t申请人\t结案日期\n6\t2023.4.14\t甲\t2023.5.7\n7\t2023.6.23\t乙\t2023.7.1\n"
                "8\t2023.4.18\t丙\t2023.5.22")
    assert days(register, ocr=False) == ["2023-04-14", "2023-05-07", "2023-06-23", "2023-07-01", "2023-04-18",
                                         "2023-05-22"]
    # a photographed one: OCR ran each row's number into its first date (62023.3.14)
    photo = "62023.3.14\t邱某\t撤回申请\t2023.4.2\n72023.6.16\t邓某\t调解成功\t2023.7.5"
    assert sorted(days(photo)) == ["2023-03-14", "2023-04-02", "2023-06-16", "2023-07-05"]
    # a cell's wrapped row and the next row's number: joined, 2023.5.45 would be no day
    wrapped = "4溪宁山核溪宁县龙潭山货加工厂\n桃\t龙潭乡\t2023.5.4\n5\t溪宁县果香坊食品有限公\n司\t城关镇\t2023.8.5"
    assert days(wrapped) == ["2023-05-04", "2023-08-05"]


def test_a_date_wrapped_inside_a_cell_is_still_joined():
    assert days("1\t某商行\t2022/0\n5/27\t已办结") == ["2022-05-27"]
    # the digits after are no next row number (row 3 after row 1): the day's second digit
    assert days("1\t某商行\t2023.7.1\n5\t已办结") == ["2023-07-15"]


def test_overlapping_ocr_boxes_reading_a_years_last_digit_twice():
    # 2023-02-23 read as the boxes 2023- and 3-02-23 (overlapping), joined as one piece
    scan = "4\t2023-3-02-2312315平台\t假冒专利标识\n6\t2023-3-01-10\t来访\t仿冒包装装潢"
    assert days(scan) == ["2023-01-10"]  # 2023-02-23 runs into the next cell's 12315: its table cell gives it
    assert days("登记日期：2023-3-02-23") == ["2023-02-23"]
    # not what is no repeat of the year's tail, nor a text layer
    assert "2023-02-23" not in days("登记日期：2023-5-02-23")  # read as written (a range)
    assert "2023-02-23" not in days("登记日期：2023-3-02-23", ocr=False)


def test_a_year_no_document_bears_is_the_files_year_one_digit_apart():
    letter = ("溪知函〔2023〕45号\n2023年2月19日，我局执法人员在检查时发现……请于2023年6月16日前函告我局。\n"
              "溪宁县知识产权局\n2623年6月1日\n")
    assert days(letter) == ["2023-02-19", "2023-06-16", "2023-06-01"]
    # no year the file shows twice is one digit apart: none
    assert days("2021年2月19日检查。\n溪宁县知识产权局\n2623年6月1日\n") == ["2021-02-19"]
    # two years the file shows twice are: none
    assert "2023-06-01" not in days("2021年2月1日、2021年3月1日、2023年2月1日、2023年3月1日\n2621年6月1日\n")


def test_a_ranges_end_wrapped_after_its_month():
    page = "结合市局部署，定于2023.5.1至2023.11\n30在全县开展知识产权纠纷行政调解。"
    assert days(page) == ["2023-05-01", "2023-11-30"]
    # a year and month alone after a range's start are no end in the start's month
    assert days("定于2023.5.1至2023.11开展调解。") == ["2023-05-01"]


def test_a_signature_date_later_than_the_printing_date():
    notice = ("为深入贯彻落实文件精神，提出如下意见。\n某某区知识产权局\n2023年8月12日\n"
              "某某区知识产权局2023年5月13日印发")
    assert days(notice) == ["2023-05-12", "2023-05-13"]
    # several dates a digit apart fit the fortnight before printing (2023年5月17日 after 5月13日: 5月7日, 5月11日…):
    # as read
    assert "2023-05-17" in days("某某区知识产权局\n2023年5月17日\n某某区知识产权局2023年5月13日印发")
    # a text layer: as printed
    assert "2023-08-12" in days(notice, ocr=False)


def test_two_of_a_chinese_numeral_day_read_as_shang():
    notice = "依据黔知发〔2023〕14号文件，定于2023.6.1-2023.11.15开展。\n某某县文化和旅游局\n二三年三月上十日\n"
    assert "2023-03-20" in days(notice)
    assert normalize("二〇二三年三月上十日", ocr=True) == "2023年3月20日"
    # no date's day: as read
    assert normalize("三月上旬", ocr=True) == "三月上旬"
    assert normalize("二〇二三年三月上十日") == "二〇二三年三月上十日"  # a text layer: as printed


def test_a_chinese_numeral_years_last_digits_read_as_punctuation():
    notice = ("依据皖知保〔2022〕7号精神，经研究，定于二○._年四月一日至二○“：年四\n月二十八日开展专项整治。"
              "请于2022年11月17日前报送。\n2022年4月4日\n")
    assert sorted(days(notice)) == ["2022-04-01", "2022-04-04", "2022-04-28", "2022-11-17"]
    # the file shows two years: which one is smudged is not on the page
    two = "依据〔2023〕7号和〔2022〕7号，于2023年1月1日、2022年1月1日。\n二○“：年四月二十八日"
    assert "2022-04-28" not in days(two)
    # the digits read begin no year the file shows
    assert days("2022年1月1日、2022年2月1日\n一九._年四月二十八日") == ["2022-01-01", "2022-02-01"]
