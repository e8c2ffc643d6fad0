"""Collection: every bad-input case as a real crafted file, quarantined with a clear reason while the run
goes on; originals untouched; reruns ingest nothing twice; versions, lateness and the read-only store."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from intake_files import bomb_bytes, nested_zip, pdf_bytes, write, zip_bytes

from ipdocs.intake.collect import collect
from ipdocs.intake.ledger import Ledger

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"
TZ = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2023, 12, 4, 9, 0, tzinfo=TZ)



def inbox(campaign, unit):
    return campaign.folder / "inbox" / unit


def fingerprint(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def reasons(result):
    return {path: reason for _unit, path, reason in result.quarantined}


def test_bad_files_are_quarantined_and_the_run_goes_on(campaign):
    court = inbox(campaign, "区法院")
    write(court / "6.1-01 实施细则.pdf", pdf_bytes())                       # good
    write(court / "加密文件.pdf", pdf_bytes(password="123"))
    whole = pdf_bytes(3)
    write(court / "截断文件.pdf", whole[: len(whole) // 2])                     # transfer cut off half-way
    write(court / "通知.pdf", b"MZ\x90\x00\x03" + b"\0" * 500)               # an executable renamed .pdf
    write(court / "空白.docx", b"")
    write(court / "zip-slip.zip", zip_bytes({"../../../逃逸.txt": b"x", "正常材料.pdf": pdf_bytes()}))
    write(court / "绝对路径.zip", zip_bytes({"/etc/cron.d/job": b"x"}))
    write(court / "炸弹.zip", bomb_bytes())
    write(court / "嵌套.zip", nested_zip(4))
    write(court / "压缩包.rar", b"Rar!\x1a\x07\x00" + b"\0" * 100)
    write(campaign.folder / "inbox" / "不存在的单位" / "材料.pdf", pdf_bytes())
    before = fingerprint(campaign.folder / "inbox")

    result = collect(campaign, AT)
    why = reasons(result)
    assert why["加密文件.pdf"] == "PDF 已加密（设置了打开密码），请取消密码后报送"
    assert why["截断文件.pdf"].startswith("PDF 已损坏") or why["截断文件.pdf"].startswith("PDF 不完整")
    assert why["通知.pdf"] == "可执行程序，不是文档（已隔离）"
    assert why["空白.docx"] == "空文件（0字节）"
    assert why["zip-slip.zip!/../../../逃逸.txt"] == "路径越出压缩包（zip slip），已拒绝"
    assert why["绝对路径.zip!//etc/cron.d/job"] == "路径越出压缩包（zip slip），已拒绝"
    assert why["炸弹.zip"].startswith("疑似压缩炸弹：全部材料.pdf 解压后膨胀")
    assert why["嵌套.zip!/第3层.zip!/第2层.zip!/第1层.zip"] == "压缩包嵌套超过3层"
    assert why["压缩包.rar"] == "不支持 RAR/7z 压缩包，请改用 ZIP 格式"
    assert why["材料.pdf"].startswith("单位“不存在的单位”不在迎考工作配置中")

    accepted = {i.path for i in Ledger(campaign.folder).current_items()}
    assert accepted == {"6.1-01 实施细则.pdf", "zip-slip.zip!/正常材料.pdf"}
    assert fingerprint(campaign.folder / "inbox") == before                  # originals never modified
    assert not list(campaign.folder.parent.rglob("逃逸.txt"))                 # nothing escaped the scratch space
    kept = campaign.folder / "quarantine" / "区法院"
    assert any(p.name.endswith("-通知.pdf") for p in kept.iterdir())
    note = next(p for p in kept.iterdir() if p.name.endswith("-通知.pdf.原因.txt")).read_text(encoding="utf-8")
    assert "可执行程序" in note and "区法院/通知.pdf" in note


def test_gbk_named_zip_is_decoded(campaign):
    write(inbox(campaign, "区财政局") / "预算材料.zip",
          zip_bytes({"佐证材料/5.1-01 区级预算批复.pdf": pdf_bytes()}, gbk=True))
    collect(campaign, AT)
    item = Ledger(campaign.folder).current_items("区财政局")[0]
    assert item.name == "5.1-01 区级预算批复.pdf"
    assert item.path == "预算材料.zip!/佐证材料/5.1-01 区级预算批复.pdf"


def test_legacy_doc_is_converted_keeping_the_original(campaign, tmp_path):
    import docx

    source = tmp_path / "纪要.docx"
    d = docx.Document()
    d.add_paragraph("区委常委会会议纪要：学习贯彻习近平总书记重要指示精神。")
    d.save(str(source))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    inbox(campaign, "区委办").mkdir(parents=True)
    shutil.copy(tmp_path / "纪要.doc", inbox(campaign, "区委办") / "1.1-01 会议纪要.doc")
    result = collect(campaign, AT)
    assert result.counts["converted"] == 1
    item = Ledger(campaign.folder).current_items("区委办")[0]
    assert (item.type, item.original_type, item.note) == ("docx", "doc", "")
    converted = docx.Document(str(campaign.folder / item.store_path))
    assert "学习贯彻习近平总书记重要指示精神" in converted.paragraphs[0].text
    originals = list((campaign.folder / "store").rglob("*.doc"))
    assert len(originals) == 1 and originals[0].read_bytes() == (tmp_path / "纪要.doc").read_bytes()


def test_oversize_and_failed_conversion(campaign):
    from ipdocs.intake.collect import Collector
    from ipdocs.intake.unpack import Limits

    write(inbox(campaign, "区法院") / "大文件.pdf", pdf_bytes(40))
    fake_doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 2000
    write(inbox(campaign, "区法院") / "损坏的旧文档.doc", fake_doc)
    result = Collector(campaign, AT, Limits(max_file=4000)).run()
    why = reasons(result)
    assert why["大文件.pdf"] == "文件过大（5 KB，上限3 KB）"
    assert why["损坏的旧文档.doc"] == "Word 97-2003 文档转换失败（文件可能已损坏或加密）"
    assert Ledger(campaign.folder).current_items() == []


def test_rerun_ingests_nothing_twice_and_the_store_is_read_only(campaign):
    write(inbox(campaign, "区法院") / "6.1-01 实施细则.pdf", pdf_bytes())
    write(inbox(campaign, "区法院") / "材料包.zip", zip_bytes({"6.2-01 宣传.pdf": pdf_bytes(2)}))
    first = collect(campaign, AT)
    assert first.counts["stored"] == 2 and first.counts["archive"] == 1
    second = collect(campaign, AT)
    assert second.counts["stored"] == 0 and second.counts["skipped"] == 2
    assert len(Ledger(campaign.folder).all_items()) == 2
    for stored in (campaign.folder / "store").rglob("*.pdf"):
        assert stored.stat().st_mode & 0o777 == 0o444
        assert stored.name.startswith(hashlib.sha256(stored.read_bytes()).hexdigest())


def test_corrected_resubmission_supersedes_and_late_delivery_is_marked(campaign):
    court = inbox(campaign, "区法院")
    write(court / "2023-12-04 1630 第一次报送" / "6.1-01 实施细则.pdf", pdf_bytes(1))
    write(court / "2023-12-18 0930 更正" / "6.1-01 实施细则.pdf", pdf_bytes(2))
    collect(campaign, AT)
    ledger = Ledger(campaign.folder)
    current = ledger.current_items("区法院")
    assert [(i.version, i.late, i.deadline) for i in current] == [(2, True, "lead")]
    everything = ledger.all_items()
    assert len(everything) == 2 and everything[0].superseded_by == current[0].id
    assert current[0].received_at == dt.datetime(2023, 12, 18, 9, 30, tzinfo=TZ)


def test_killed_mid_ingest_then_rerun_is_complete_and_consistent(campaign):
    units = ["区法院", "区财政局", "区司法局", "区检察院"]
    for n in range(60):
        write(inbox(campaign, units[n % 4]) / f"材料{n:02d}.pdf", pdf_bytes(1 + n % 3))
    script = ("import sys, datetime as dt; from zoneinfo import ZoneInfo; from ipdocs.campaign import load_campaign;"
              "from ipdocs.intake.collect import collect;"
              "collect(load_campaign(sys.argv[1]), dt.datetime(2023, 12, 4, tzinfo=ZoneInfo('Asia/Shanghai')))")
    child = subprocess.Popen([sys.executable, "-c", script, str(campaign.folder)], env={**os.environ})
    ledger_file = campaign.folder / "ledger.sqlite"
    deadline = dt.datetime.now() + dt.timedelta(seconds=60)
    count = 0
    while dt.datetime.now() < deadline and child.poll() is None:
        if ledger_file.exists():
            try:  # read-only, so the child's writes are never blocked by the watcher
                with sqlite3.connect(f"file:{ledger_file}?mode=ro", uri=True, timeout=0.05) as db:
                    count = db.execute("SELECT count(*) FROM items").fetchone()[0]
            except sqlite3.Error:
                continue
            if count >= 5:
                break
    child.kill()
    child.wait()
    assert 0 < count < 60, "the kill should land mid-ingest"
    collect(campaign, AT)
    ledger = Ledger(campaign.folder)
    items = ledger.all_items()
    assert sorted(i.name for i in items) == [f"材料{n:02d}.pdf" for n in range(60)]
    assert len({(i.unit, i.path) for i in items}) == 60                        # nothing duplicated
    assert all((campaign.folder / i.store_path).is_file() for i in items)    # nothing lost
    stored = {p.name for p in (campaign.folder / "store").rglob("*.pdf")}
    assert stored == {Path(i.store_path).name for i in items}                 # nothing stray
    assert not (campaign.folder / "store" / ".tmp").exists()
    assert collect(campaign, AT).counts["skipped"] == 60


def test_collecting_one_unit_leaves_the_others_for_later(campaign):
    write(inbox(campaign, "区法院") / "6.1-01 实施细则.pdf", pdf_bytes())
    write(inbox(campaign, "区财政局") / "5.1-01 预算.pdf", pdf_bytes(2))
    assert collect(campaign, AT, unit="区法院").counts["stored"] == 1
    assert [i.unit for i in Ledger(campaign.folder).current_items()] == ["区法院"]
    assert collect(campaign, AT).counts["stored"] == 1                  # 区财政局 on the next full run
