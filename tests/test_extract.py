"""Extraction recovers the planted 文号, dates, outlets and case rows from text PDFs, Word, Excel and from
degraded scans read by OCR."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from extract_files import CASES, cases_xlsx, notice_docx, scan_of, to_pdf

from ipdocs.base.errors import IpdocsError
from ipdocs.extract import file_facts
from ipdocs.extract.normalize import normalize


def test_normalisation():
    assert normalize("信政〔2021〕12 号") == "信政〔2021〕12号"
    assert normalize("2023 年 11 月 13 日") == "2023年11月13日"
    assert normalize("武委办纪【2023】5号、武委办纪[2023]6号、（2023）7号") == \
        "武委办纪〔2023〕5号、武委办纪〔2023〕6号、〔2023〕7号"
    assert normalize("二〇二三年十一月十三日") == "2023年11月13日"
    assert normalize("二〇二〇年一月六日") == "2020年1月6日"
    assert normalize("２０２３年１０月") == "2023年10月"
    assert normalize("全年开展三次宣传，共计十二件案件，两家企业入池，第十一批") == \
        "全年开展3次宣传，共计12件案件，2家企业入池，第11批"
    assert normalize("统一部署，一般程序") == "统一部署，一般程序"                    # not quantities


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("extract")
    word = notice_docx(folder / "通知.docx")
    pdf = to_pdf(notice_docx(folder / "通知文本.docx"), folder / "lo")
    return {"docx": word, "pdf": pdf, "scan_pdf": scan_of(pdf, folder / "扫描件.pdf"),
            "scan_jpg": scan_of(pdf, folder / "扫描件.jpg"), "xlsx": cases_xlsx(folder / "案件列表.xlsx")}


@pytest.mark.parametrize("kind", ["docx", "pdf", "scan_pdf", "scan_jpg"])
def test_notice_facts_from_every_form(planted, kind):
    found = file_facts(planted[kind])
    assert [d["text"] for d in found["doc_numbers"]] == ["武市监〔2023〕52号"]
    assert found["doc_numbers"][0] | {"page": 1} == {"text": "武市监〔2023〕52号", "organ_prefix": "武市监",
                                                     "year": 2023, "number": 52, "page": 1}
    assert {d["iso"] for d in found["dates"]} == {"2023-10-17", "2023-10-12", "2023-10-09"}
    assert found["title"] == "关于举办知识产权保护专题培训班的通知" and found["doc_type"] == "通知"
    assert found["organ"] == "韶关市武江区市场监督管理局"
    assert found["ocr_pages"] == ([1] if kind.startswith("scan") else [])


def test_case_rows_from_a_workbook(planted):
    found = file_facts(planted["xlsx"])
    assert found["doc_type"] == "统计表"
    assert found["tables"] == [{"pages": [1], "header": CASES[0], "rows": CASES[1:]}]


def test_media_outlets_and_levels(tmp_path):
    clip = notice_docx(tmp_path / "报道.docx", ["南方日报 2023年4月25日", "武江区法院开展以案说法活动",
                                              "人民网、韶关发布等予以转载。"])
    found = file_facts(clip)
    # 韶关发布 is the city government's account, not a news outlet (issue 15: only media count)
    assert [(m["outlet"], m["level"]) for m in found["media"]] == [("南方日报", "省级"), ("人民网", "国家级")]
    assert found["doc_type"] == "新闻报道"


def test_unreadable_files_are_refused_with_a_reason(tmp_path):
    bad = tmp_path / "坏.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(IpdocsError, match="坏.pdf：PDF"):
        file_facts(bad)
    exe = tmp_path / "程序.pdf"
    exe.write_bytes(b"MZ" + b"\0" * 64)
    with pytest.raises(IpdocsError, match="程序.pdf：可执行程序"):
        file_facts(exe)


def test_facts_command_prints_the_contract_json(planted):
    out = subprocess.run([sys.executable, "-m", "ipdocs", "facts", str(planted["pdf"]), "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert set(found) == {"file", "pages", "ocr_pages", "title", "organ", "doc_type", "doc_numbers", "dates", "media",
                          "tables", "meetings", "attendance", "findings"}
    bad = subprocess.run([sys.executable, "-m", "ipdocs", "facts", str(Path(planted["pdf"]).with_name("无.pdf"))],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip().startswith("错误：找不到文件")


def test_extract_command_extracts_each_new_file_once(campaign, planted):
    import datetime as dt
    import shutil
    from zoneinfo import ZoneInfo

    from ipdocs.intake.collect import collect

    court = campaign.folder / "inbox" / "区法院"
    court.mkdir(parents=True)
    shutil.copy(planted["docx"], court / "6.1-01 培训通知.docx")
    shutil.copy(planted["xlsx"], court / "7.1-01 案件列表.xlsx")
    collect(campaign, dt.datetime(2023, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))

    def extract():
        run = subprocess.run([sys.executable, "-m", "ipdocs", "extract", str(campaign.folder)], capture_output=True,
                             text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout

    assert "新提取2个文件，已提取过0个" in extract()
    assert "新提取0个文件，已提取过2个" in extract()                      # the SHA-256 cache on disk
    cached = sorted((campaign.out / "extract").glob("*.json"))
    assert {json.loads(p.read_text(encoding="utf-8"))["file"] for p in cached} == {"6.1-01 培训通知.docx",
                                                                                   "7.1-01 案件列表.xlsx"}


def test_the_caller_chooses_where_the_per_file_tasks_run():
    from prefect_dask import DaskTaskRunner

    from flows.extract import task_runner

    assert task_runner() is None  # locally: one task over worker processes, no task per file (issue 16)
    assert isinstance(task_runner("tcp://10.0.0.5:8786"), DaskTaskRunner)
