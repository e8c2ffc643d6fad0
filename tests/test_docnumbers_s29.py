"""文号 whose year stands in white lenticular brackets (〖2023〗, 〘2023〙): some offices' templates print them so,
and a reader takes them as the usual 〔2023〕 (session 29, issue 15)."""

from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Page


def _numbers(text: str, ocr: bool = False) -> list[str]:
    return [d["text"] for d in doc_numbers([Page(1, normalize(text, ocr), ocr)])]


def test_white_lenticular_brackets_are_a_years_brackets():
    text = "临川县人民政府办公室\n临府办发〖2024〗17号\n为贯彻落实赣知发〘2023〙9号精神，现通知如下。"
    assert _numbers(text) == ["临府办发〔2024〕17号", "赣知发〔2023〕9号"]


def test_a_lost_opening_lenticular_bracket_in_a_scanned_cell():
    assert _numbers("序号\t文号\n1\t临市监罚2024〗35号", ocr=True) == ["临市监罚〔2024〕35号"]


def test_lenticular_brackets_round_other_text_are_no_number():
    assert _numbers("〖附件〗2024年工作要点，共35项") == []
