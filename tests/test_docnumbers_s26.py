"""文号 as OCR reads them on scans and photos (issue 15, stop 26): a case register whose closing brackets OCR read as
1 or lost, a kind character misread before the bracket, a place character misread as a commoner one. The strings
are shaped as rapidocr reads photographed and scanned pages; each repair needs the context that leaves one reading,
and the cases next to it that leave two must give nothing."""

from types import SimpleNamespace

from ipdocs.extract.docnumber import doc_numbers
from ipdocs.extract.normalize import normalize
from ipdocs.extract.titles import _places_repaired


def _page(text: str, ocr: bool = True, number: int = 1):
    return SimpleNamespace(number=number, text=normalize(text, ocr), ocr=ocr)


def numbers(*texts: str, ocr: bool = True, organ: str = "") -> list[str]:
    return sorted(d["text"] for d in doc_numbers([_page(t, ocr, i) for i, t in enumerate(texts, 1)], organ))


def _register(rows: list[str]) -> str:
    """A photographed case register: row number, party, cause, the 文号 cell."""
    return "序号\t当事人\t案由\t处罚决定书文号\n" + "\n".join(
        f"{i}某某商行{i}\t销售侵犯注册商标专用权的商品\t{cell}" for i, cell in enumerate(rows, 1))


def test_a_register_number_whose_closing_bracket_ocr_read_as_1_takes_the_reading_that_keeps_the_list_rising():
    read = _register(["甲市监罚[2023]4号", "甲市监罚[2023]9号", "甲市监罚[2023137号",  # ] read as 1: 37 (not 137)
                      "甲市监罚2023152号",  # both brackets gone, ] read as 1: 52
                      "甲市监罚[2023]61号", "甲市监罚2023107号",  # both lost: 107 (07 is no number)
                      "甲市监罚20231108号",  # ] read as 1: 108 (1108 would not rise to the next)
                      "甲市监罚[2023]120号"])
    assert numbers(read) == sorted(f"甲市监罚〔2023〕{n}号" for n in (4, 9, 37, 52, 61, 107, 108, 120))


def test_a_register_that_does_not_decide_gives_nothing_for_the_unclear_numbers():
    # the last row: 37 and 137 both follow 20 with no number after them
    assert "甲市监罚〔2023〕37号" not in numbers(_register(["甲市监罚[2023]4号", "甲市监罚[2023]9号",
                                                        "甲市监罚[2023]20号", "甲市监罚[2023137号"]))
    assert "甲市监罚〔2023〕137号" not in numbers(_register(["甲市监罚[2023]4号", "甲市监罚[2023]9号",
                                                         "甲市监罚[2023]20号", "甲市监罚[2023137号"]))
    # rows not in rising order: order decides nothing
    unordered = numbers(_register(["甲市监罚[2023]40号", "甲市监罚[2023]9号", "甲市监罚[2023137号",
                                   "甲市监罚[2023]61号", "甲市监罚[2023]20号"]))
    assert not any(n.endswith(("〕37号", "〕137号")) for n in unordered)
    # fewer than three numbers read whole: no list to go by
    few = numbers(_register(["甲市监罚[2023]4号", "甲市监罚[2023137号", "甲市监罚[2023]61号"]))
    assert few == ["甲市监罚〔2023〕4号", "甲市监罚〔2023〕61号"]
    # a text layer is as printed: no OCR slip to undo
    text = _register(["甲市监罚[2023]4号", "甲市监罚[2023]9号", "甲市监罚[2023137号", "甲市监罚[2023]61号"])
    assert "甲市监罚〔2023〕37号" not in numbers(text, ocr=False)


def test_ban_read_as_mu_before_the_kind_character():
    # a 150 dpi scan of a red-header notice: 办 read as 募, the closing bracket lost
    read = "某市某区农业农村局文件\n石区知保募发（202336号\n关于开展专项整治的通知"
    assert numbers(read) == ["石区知保办发〔2023〕36号"]
    assert numbers("石区知保募发〔2023〕36号", ocr=False) == ["石区知保募发〔2023〕36号"]  # a text layer: as printed


def test_zhen_read_as_dan():
    # 韶关市浈江区: OCR reads the rare 浈 as 淡 (a screenshot's headline, a photo's 文号)
    assert numbers("根据淡府办〔2023〕12号文件要求") == ["浈府办〔2023〕12号"]
    assert _places_repaired("淡江区开展“知识产权保护进市场”专项检查") == "浈江区开展“知识产权保护进市场”专项检查"
    assert _places_repaired("淡水河治理") == "淡水河治理"


def test_the_own_prefix_whose_function_short_form_lost_or_misread_a_character():
    organ = "某市石桥区打击侵权假冒工作领导小组办公室"  # an organ organs.yaml does not list
    scan = f"{organ}\n石桥区假办函（2023）79号\n关于协助核查案件线索的函"
    assert numbers(scan, organ=organ) == ["石桥区打假办函〔2023〕79号"]  # 打 lost
    assert numbers("石打假募函〔2023〕79号", organ=organ) == ["石打假办函〔2023〕79号"]  # 办 misread
    # the place is never changed, a whole prefix stays, another organ's prefix is left alone, a text layer as printed
    assert numbers("右桥区假办函〔2023〕79号", organ=organ) == ["右桥区假办函〔2023〕79号"]
    assert numbers("石桥区打假办函〔2023〕79号", organ=organ) == ["石桥区打假办函〔2023〕79号"]
    assert numbers("根据石桥区知保办发〔2023〕3号", organ=organ) == ["石桥区知保办发〔2023〕3号"]
    assert numbers(scan, organ=organ, ocr=False) == ["石桥区假办函〔2023〕79号"]
    assert numbers(scan) == ["石桥区假办函〔2023〕79号"]  # no organ known: nothing to go by


def cells(*rows: str, organ: str = "") -> list[str]:
    """The 文号 of a photographed register's 文号 column: each cell as OCR read it (page text holds other cells)."""
    pages = [_page("某某区市场监督管理局2023年案件查处台账")]
    return sorted(d["text"] for d in doc_numbers(pages, organ, [(1, normalize(c, True)) for c in rows]))


def test_a_register_cell_whose_hao_or_year_digit_ocr_put_elsewhere():
    # the cell is the number: its 号 wrapped onto a line OCR joined to another cell
    assert cells("柏溪市监处罚（2023）100", "柏溪市监处罚[2023]111") == ["柏溪市监处罚〔2023〕100号",
                                                                 "柏溪市监处罚〔2023〕111号"]
    # 监 read as 蓝 before 处罚, 罚 read as 过
    assert cells("柏溪市蓝处罚（2023）100号", "柏溪市蓝处过（2023]112号") == ["柏溪市监处罚〔2023〕100号",
                                                                   "柏溪市监处罚〔2023〕112号"]
    # the cell wrapped after its bracket and the year's first digit, that line lost: 武川市监处罚（2⏎022]98号
    assert cells("武川市监处罚022]98号", "武川市监处罚022)51号") == ["武川市监处罚〔2022〕51号",
                                                               "武川市监处罚〔2022〕98号"]
    # not a number: a cell of words and digits, an amount, a text layer's cell (no OCR slip there)
    assert cells("罚款20000", "2023100", "（2023）100") == []
    page = _page("台账", ocr=False)
    assert doc_numbers([page], "", [(1, normalize("柏溪市监处罚（2023）100"))]) == []


def test_a_registers_year_misread_in_its_last_digit():
    rows = ["柏溪市监处罚〔2023〕100号", "柏溪市监处罚〔2029〕103号", "柏溪市监处罚〔2023〕107号",
            "柏溪市监处罚〔2023〕111号"]
    assert cells(*rows) == sorted(r.replace("2029", "2023") for r in rows)
    # a year the file shows elsewhere is a year of its own (a case filed the year before)
    pages = [_page("台账\n立案日期2022年12月28日")]
    found = doc_numbers(pages, "", [(1, normalize(r, True)) for r in rows[:1] + [rows[1].replace("2029", "2022")]
                                    + rows[2:]])
    assert "柏溪市监处罚〔2022〕103号" in [d["text"] for d in found]
    # two numbers of that year: a year of its own
    twice = [r.replace("2023〕107", "2029〕107") for r in rows]
    assert "柏溪市监处罚〔2029〕103号" in cells(*twice)


def test_a_year_cut_at_a_cells_edge_joins_its_own_head_not_a_farther_one():
    # 150 dpi scan of a 发文一览表: each 文号 cell wrapped inside its year; the head of row 7 is followed on its line by
    # the title cell (青石知保办发{2关于…), the tail on the line below is its own, not row 6's head three lines up
    read = ("青石打假办字[2\t关于地理标志保护专项行动的通知\t2023/10/27\n6\t023）6号\n"
            "青石知保办发{2关于知识产权保护专项行动的通知2023/09/03\n023]49号\n")
    assert "青石打假办字〔2023〕49号" not in numbers(read)


def test_the_own_prefix_with_its_places_first_character_and_level():
    organ = "某市河东区打击侵权假冒工作领导小组办公室"
    read = f"{organ}\n河区排假办函[2023]21号\n关于商请提供材料的函"
    assert numbers(read, organ=organ) == ["河区打假办函〔2023〕21号"]


def test_a_speck_read_as_a_dot_after_the_bracket():
    read = "现将省知识产权局《关于做好检查考核工作的通知》（黔知\n发［2023〕.14号）转发给你们"
    assert numbers(read) == ["黔知发〔2023〕14号"]


def test_one_character_after_a_particle_ending_the_line_before_is_no_prefix():
    # a scanned 发文登记簿: the title cell wraps 的通⏎知 beside the next row's number, whose prefix is on the row above
    read = "5\t2023/7/6\t清区市监函\t关于网络直播带货侵权商品治理的通\n[2023]27号\t知\t区工信局\t37"
    assert "通〔2023〕27号" not in numbers(read)


def test_a_compilations_running_header_is_no_prefix():
    text = "某区知识产权保护工作文件汇编\n清知领办〔2023〕55号\n关于印发实施方案的通知"
    assert numbers(text, ocr=False) == ["清知领办〔2023〕55号"]


def test_a_register_cell_wrapped_before_its_hao_with_its_date_cells_run_into_it():
    # a phone photo of a case list (bench/ocr_stress.py): each 文号 cell wraps, its number ran into the date cells
    read = ("2022年度知识产权行政处罚案件一览表\n序号案件名称\t处罚决定书文号立案日期结案日期\n"
            "某商行销售侵犯注册商标|武市监罚（2022】52022-04-252022-06-09\n专用权的茶叶案\t7号\n"
            "某商行销售侵犯注册商标|武市监罚[2022]232022-01-252022-05-07\n专用权的香烟案\t号\n"
            "某商行销售侵犯注册商标|武市监罚（2022]62022-05-052022-08-18\n专用权的运动鞋案\t0号\n"
            "（2023）粤0204民初647号案件不在本表统计范围")
    assert numbers(read) == ["武市监罚〔2022〕23号", "武市监罚〔2022〕57号", "武市监罚〔2022〕60号"]
    # two candidate tails on the next line: which is whose is not sure
    assert numbers("武市监罚（2022】5\t2022-04-25\n7号\t8号") == []


def test_an_own_number_of_a_later_year_than_the_text():
    # a phone photo: 汾区打假办字[2023]50号 read with 3] as 8 and its bracket lost, in a text of 2023
    read = ("某市汾北区打击侵权假冒工作领导小组办公室文件\n汾区打假办字[202850号\n关于开展2023年专项行动的通知\n"
            "为贯彻落实国办发（2023）13号精神，决定于2023年5月10日开展。")
    assert numbers(read)[-1] == "汾区打假办字〔2023〕50号"
    # an earlier year is a cited document's: it stays
    cited = "为贯彻落实国发〔2016〕5号精神，2018年5月10日至2018年6月1日开展。"
    assert numbers(cited) == ["国发〔2016〕5号"]


def test_a_level_word_before_a_cited_prefix_is_no_part_of_it():
    read = "根据吉知发〔2022）58号和国家\n层面市监稽发（2022）27号的要求，下一步将持续加大执法力度。"
    assert numbers(read) == ["吉知发〔2022〕58号", "市监稽发〔2022〕27号"]
