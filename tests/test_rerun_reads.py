"""What a run reads once instead of several times, and how the CLI recognises a termination signal that a library
wrapped in its own error (by type, not by its name in a repr)."""

import signal

from conftest import copy_sample
from intake_files import pdf_bytes, write

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign import load_campaign
from ipdocs.campaign.load import in_use
from ipdocs.campaign.lock import Terminated
from ipdocs.cli import _ours, _termination
from ipdocs.intake.collect import collect


def test_the_flow_uses_the_campaign_the_cli_read(tmp_path):
    folder = copy_sample(tmp_path, "yongning-2023", inbox=False)
    first = load_campaign(folder)
    with in_use(first):
        assert load_campaign(folder) is first                        # the same run: not read and checked again
        assert load_campaign(folder / "campaign.yaml") is first
        assert load_campaign(str(folder / ".." / folder.name)) is first
    again = load_campaign(folder)
    assert again is not first and again.id == first.id               # after the run: read afresh


def test_collection_skips_what_it_took_and_still_sees_a_changed_file(tmp_path):
    folder = copy_sample(tmp_path, "yongning-2023", inbox=False)
    campaign = load_campaign(folder)
    unit = campaign.units[0].name
    write(folder / "inbox" / unit / "a.pdf", pdf_bytes())
    write(folder / "inbox" / unit / "b.pdf", pdf_bytes(2))
    assert collect(campaign).counts["stored"] == 2
    again = collect(campaign)
    assert again.counts["skipped"] == 2 and again.counts["stored"] == 0
    before = (folder / "inbox" / unit / "b.pdf").read_bytes()
    (folder / "inbox" / unit / "b.pdf").write_bytes(before.replace(b"595", b"596", 1))  # same size, other content
    changed = collect(campaign)
    assert changed.counts["stored"] == 1 and changed.counts["skipped"] == 1


class Wrapper(Exception):
    pass


def _raised(make):
    try:
        make()
    except BaseException as exc:  # noqa: BLE001 - what the test inspects
        return exc
    raise AssertionError("nothing raised")


def test_a_wrapped_termination_signal_is_recognised_by_type():
    from prefect.exceptions import TerminationSignal

    def from_prefect():
        raise TerminationSignal(signal.SIGTERM)

    def wrapped_from():
        try:
            from_prefect()
        except BaseException as exc:
            raise Wrapper("task failed") from exc

    def wrapped_during():
        try:
            from_prefect()
        except BaseException:
            raise Wrapper("cleanup failed")  # noqa: B904 - the implicit context is what is tested

    def in_group():
        raise ExceptionGroup("several", [ValueError("x"), _raised(wrapped_from)])

    for make in (wrapped_from, wrapped_during, in_group):
        assert _termination(_raised(make)) == signal.SIGTERM, make.__name__
    assert _termination(_raised(lambda: (_ for _ in ()).throw(Terminated(signal.SIGINT)))) == signal.SIGINT
    assert _termination(Wrapper("TerminationSignal in a message is not a signal")) is None
    assert _termination(ValueError("x")) is None


def test_our_error_behind_a_wrapper_or_in_a_group_is_found():
    ours = IpdocsError("单位“法院”不在迎考工作配置中")

    def wrapped():
        try:
            raise ours
        except IpdocsError as exc:
            raise Wrapper("Finished in state Failed") from exc

    assert _ours(_raised(wrapped)) is ours
    assert _ours(ExceptionGroup("g", [ValueError("x"), _raised(wrapped)])) is ours
    assert _ours(ValueError("x")) is None


def test_contacts_form_check_reads_each_stored_file_once(tmp_path, monkeypatch):
    import zipfile

    from ipdocs.intake import collect as collect_module
    from ipdocs.intake import deliveries

    folder = copy_sample(tmp_path, "yongning-2023", inbox=False)
    campaign = load_campaign(folder)
    unit = campaign.units[0].name
    from docx import Document

    doc = Document()
    doc.add_paragraph("佐证材料")
    (folder / "inbox" / unit).mkdir(parents=True)
    doc.save(folder / "inbox" / unit / "材料.docx")
    collect(campaign)
    opened = []
    real = zipfile.ZipFile

    class Counting(real):
        def __init__(self, file, *args, **kwargs):
            opened.append(str(file))
            super().__init__(file, *args, **kwargs)

    deliveries._marked_as_contacts.cache_clear()
    monkeypatch.setattr(collect_module.zipfile, "ZipFile", Counting)  # core_identifier opens the file
    for _ in range(3):  # status, reconciliation and the report each ask
        found = deliveries.deliveries(campaign)
        assert [i.role for d in found for i in d.items] == ["evidence"]
    assert len(opened) == 1


def test_the_ledger_file_alone_holds_what_a_collection_recorded(tmp_path):
    import shutil
    import sqlite3

    folder = copy_sample(tmp_path, "yongning-2023", inbox=False)
    campaign = load_campaign(folder)
    write(folder / "inbox" / campaign.units[0].name / "a.pdf", pdf_bytes())
    collect(campaign)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(folder / "ledger.sqlite", copy)  # the write-ahead log left behind
    with sqlite3.connect(copy) as db:
        assert db.execute("select path from items").fetchall() == [("a.pdf",)]
