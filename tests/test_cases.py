"""Case lists: rows reassembled across wrapped cells and page breaks, and the seeds' statistics."""

import datetime as dt

from extract_files import notice_docx, to_pdf

from ipdocs.extract import file_facts
from ipdocs.extract.cases import cases, statistics

HEADER = ["序号", "案号", "案件类型", "案件名称", "立案日", "结案日", "是否中止", "是否公开"]


def planted_rows(n=45):
    types = ["商标", "专利", "著作权", "地理标志"]
    rows = []
    for i in range(1, n + 1):
        filed = dt.date(2023, 1, 1) + dt.timedelta(days=5 * i)
        closed = filed + dt.timedelta(days=150 if i % 15 == 0 else 60)
        rows.append([str(i), f"韶武市监罚〔2023〕{i}号", types[i % 4],
                     f"某某商贸有限公司销售侵犯注册商标专用权商品案（第{i}件，名称较长以致换行）",
                     filed.isoformat(), closed.isoformat(), "否", "否" if i % 10 == 0 else "是"])
    return rows


def test_long_case_table_in_a_pdf_is_reassembled(tmp_path):
    rows = planted_rows()
    source = notice_docx(tmp_path / "案件列表.docx", ["知识产权行政处罚案件列表"], [HEADER, *rows])
    pdf = to_pdf(source, tmp_path / "lo")
    found = file_facts(pdf)
    assert found["pages"] >= 2                                        # the table crosses a page break
    got = cases(found["tables"])
    assert [c.number for c in got] == [r[1] for r in rows]
    assert got[14].type == "地理标志" and got[14].days == 150 and got[9].public is False
    stats = statistics(got)
    assert stats["cases"] == 45 and stats["public"] == 41 and stats["disclosure_rate"] == round(41 / 45, 4)
    assert stats["types"] == ["专利", "商标", "著作权", "地理标志"]
    assert stats["over_time_limit"] == ["韶武市监罚〔2023〕15号", "韶武市监罚〔2023〕30号", "韶武市监罚〔2023〕45号"]


def test_wrapped_and_split_rows_are_joined():
    tables = [{"page": 1, "header": ["案号", "类型", "立案日", "结案日", "是否中止", "是否公开"],
               "rows": [["韶武市监罚〔2023〕\n15号", "商标", "2023-03-02", "2023-05-18", "否", "是"],
                        ["韶武市监罚〔2023〕27号", "专", "2023-04-11", "", "否", "是"]]},
              {"page": 2, "header": ["", "利", "", "2023-07-20", "", ""],
               "rows": [["韶武市监罚〔2023〕33号", "地理标志", "2023-06-05", "2023-08-30", "是", "否"]]}]
    got = cases(tables)
    assert [c.number for c in got] == ["韶武市监罚〔2023〕15号", "韶武市监罚〔2023〕27号", "韶武市监罚〔2023〕33号"]
    assert got[1].type == "专利" and got[1].closed == dt.date(2023, 7, 20)
    assert got[2].suspended and not got[2].public


def test_case_rows_from_a_scanned_list(tmp_path):
    from extract_files import scan_of

    rows = [r[1:3] + r[4:] for r in planted_rows(8)]
    header = ["案号", "案件类型", "立案日", "结案日", "是否中止", "是否公开"]
    source = notice_docx(tmp_path / "案件列表.docx", ["知识产权行政处罚案件列表"], [header, *rows])
    scan = scan_of(to_pdf(source, tmp_path / "lo"), tmp_path / "扫描的案件列表.pdf")
    found = file_facts(scan)
    assert found["ocr_pages"] == [1]
    got = cases(found["tables"])
    assert [c.number for c in got] == [r[0] for r in rows]
    assert [c.filed.isoformat() for c in got] == [r[2] for r in rows]
    assert statistics(got)["types"] == ["专利", "商标", "著作权", "地理标志"]
