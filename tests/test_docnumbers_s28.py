"""文号 in scanned registers (issue 15, stop 28): a 文号 cell wrapped right after its opening bracket, the rest read
as a piece of its own a line or two below or glued after the next cell's words, and a stray character of the
cell beside it before the prefix. A prefix never takes in another cell's words; a cited document of another organ
keeps its number."""

from types import SimpleNamespace

from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize


def _page(text: str, ocr: bool = True, number: int = 1):
    return SimpleNamespace(number=number, text=normalize(text, ocr), ocr=ocr)


def numbers(*texts: str, ocr: bool = True, cells: list[str] = ()) -> list[str]:
    pages = [_page(t, ocr, i) for i, t in enumerate(texts, 1)]
    return sorted(d["text"] for d in doc_numbers(pages, "", [(1, normalize(c, ocr)) for c in cells]))


REGISTER = ("序号\t当事人\t案由\t决定书文号\t状态\n"
            "1\t某五金店\t假冒专利\t柳溪市监罚〔2024〕12号\t结案\n"
            "2\t某超市\t销售侵权商品\t柳溪市监罚〔2024〕35号\t结案\n"
            "3\t某酒坊\t假冒专利\t柳溪市监罚〔2024〕48号\t结案\n")


def test_a_cell_wrapped_after_its_opening_bracket_joins_the_piece_below():
    page = REGISTER + "4\t某茶庄\t柳溪市监罚【\t在办\n标志专用标志（某某）\t6000\n某地址\t2024】61号\t公安\n"
    assert numbers(page) == sorted(f"柳溪市监罚〔2024〕{n}号" for n in (12, 35, 48, 61))


def test_the_next_cells_words_before_the_wrapped_rest_are_no_prefix():
    # the rest of 柳溪市监罚【⏎2024】61号 read on after the 案由 cell's last words (…的商品包装2024】61号); the table
    # cell reads it whole
    page = REGISTER + "4\t某茶庄\t擅自使用他人有一柳溪市监罚【\t在办\n定影响的商品包装2024】61号\t6000\n"
    assert numbers(page, cells=["柳溪市监罚〔2024〕61号"]) == sorted(f"柳溪市监罚〔2024〕{n}号"
                                                                  for n in (12, 35, 48, 61))


def test_a_stray_character_before_a_registers_prefix():
    # 商, a place's first character too (商洛): the cell's 商 or a prefix 商柳溪市监罚 — the register says which
    page = REGISTER + "4\t某茶庄\t销售侵权商\t商柳溪市监罚〔2024〕61号\t在办\n"
    assert numbers(page) == sorted(f"柳溪市监罚〔2024〕{n}号" for n in (12, 35, 48, 61))


def test_a_cited_document_of_another_organ_keeps_its_number():
    # a known prefix with a register's year and number, and an unknown organ's one: both are what they say
    page = REGISTER + "依据国知发保字〔2024〕12号、某县政办〔2024〕35号文件办理。\n"
    assert {"国知发保字〔2024〕12号", "某县政办〔2024〕35号"} <= set(numbers(page))
    # no list (fewer than three of one prefix): a stray character is not taken off
    assert "商柳溪市监罚〔2024〕61号" in numbers("商柳溪市监罚〔2024〕61号\n柳溪市监罚〔2024〕12号\n")
    # a text layer is as printed
    assert "商柳溪市监罚〔2024〕61号" in numbers(REGISTER + "商柳溪市监罚〔2024〕61号\n", ocr=False)
