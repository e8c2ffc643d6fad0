"""文号 as OCR reads them on scans and photos (issue 15, stop 27): a 请示's kind character 呈, a photographed
register whose prefixes OCR put on lines of their own apart from the numbers, a register cell whose first line
(prefix, bracket, the year's first digits) OCR lost. Each repair needs the context that leaves one reading; the
cases next to it that leave two must give nothing."""

from types import SimpleNamespace

from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize


def _page(text: str, ocr: bool = True, number: int = 1):
    return SimpleNamespace(number=number, text=normalize(text, ocr), ocr=ocr)


def numbers(*texts: str, ocr: bool = True, organ: str = "") -> list[str]:
    return sorted(d["text"] for d in doc_numbers([_page(t, ocr, i) for i, t in enumerate(texts, 1)], organ))


def test_a_request_numbered_with_cheng():
    scan = "某某区市场监督管理局\n石湾市监呈（2023）79号\t签发人：谢某\n关于申请专项经费的请示"
    assert numbers(scan) == ["石湾市监呈〔2023〕79号"]


def test_a_photographed_registers_prefixes_on_lines_apart_from_their_numbers():
    photo = ("序号\t案件名称\t当事人\t处罚决定书文号\t罚没金额\n"
             "清溪市监处罚\t41500\t是\n"
             "某电子商务有限公司销售侵犯注册贺某2023.07.232023.10.03\t[2023]292号\n"
             "1商标专用权商品案\t清溪市监处罚\n"
             "某电子商务有限公司销售侵犯注册\t2023.08.25\t29000\t否\n"
             "宋某2023.06.16\t[2023〕179号\n"
             "2商标专用权商品案\t清溪市监处罚\n"
             "某商行销售侵犯注册商标专用权商\t8500\t否\n"
             "范某\t[2023〕59号\n")
    assert numbers(photo) == sorted(f"清溪市监处罚〔2023〕{n}号" for n in (292, 179, 59))


def test_bare_numbers_stay_bare_where_no_one_prefix_stands_alone():
    # two prefixes stand alone: which number is whose is not on the page
    photo = ("甲市监处罚\t乙市监处罚\n某商行\t[2023]292号\n某超市\t[2023]179号\n甲市监处罚\t乙市监处罚\n")
    assert numbers(photo) == ["〔2023〕179号", "〔2023〕292号"]
    # a notice citing bare numbers in running text: no register
    notice = "根据〔2023〕5号和〔2023〕7号文件精神，经研究，现通知如下。\n某某县打假办\n"
    assert numbers(notice) == ["〔2023〕5号", "〔2023〕7号"]


def test_a_register_cell_whose_first_line_ocr_lost():
    scan = ("序号\t案件名称\t处罚决定书文号\n"
            "1\t销售侵犯注册商标专用权商品案\t青石市监处罚[20\n\t22]193号\n"
            "2\t销售侵犯注册商标专用权商品案\t青石市监处罚[20\n\t22]148号\n"
            "3\t销售侵犯注册商标专用权商品案\t青石市监处罚[20\n\t22]198号\n"
            "4\t销售侵犯注册商标专用权商品案\t9500\n\t9/04\t22]109号\n"
            "5\t销售侵犯注册商标专用权商品案\t9500\n酒业商行\t022]95号\n")
    assert numbers(scan) == sorted(f"青石市监处罚〔2022〕{n}号" for n in (193, 148, 198, 109, 95))


def test_a_year_tail_without_a_register_or_of_two_registers_gives_nothing():
    # two numbers are no register
    few = "1\t某案\t青石市监处罚[2022]193号\n2\t某案\t青石市监处罚[2022]148号\n3\t某案\t22]109号\n"
    assert "青石市监处罚〔2022〕109号" not in numbers(few)
    # two registers whose years both end on 22 (2022 and 2122 do not both occur; 022 and 22 both fit 2022 only)
    two = "".join(f"{i}\t某案\t甲市监罚[2022]{i}号\n{i}\t某案\t乙市监罚[2022]{i + 10}号\n" for i in range(1, 4))
    assert not any(n.endswith("〔2022〕109号") for n in numbers(two + "\t22]109号\n"))
    # a text layer: as printed
    assert "青石市监处罚〔2022〕109号" not in numbers(
        "".join(f"{i}\t某案\t青石市监处罚[2022]{i}号\n" for i in range(1, 4)) + "4\t某案\t22]109号\n", ocr=False)
