"""The store in batches: staged files appear at their address only whole, synced and read-only, and a collection
records a file in the ledger only after the store has committed it (nothing lost when a run dies between)."""

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest
from intake_files import pdf_bytes, write

from ipdocs.intake import collect as collect_module
from ipdocs.intake.collect import collect
from ipdocs.intake.ledger import Ledger
from ipdocs.intake.store import Store

AT = dt.datetime(2023, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_staged_files_reach_their_address_only_on_commit(tmp_path):
    store = Store(tmp_path / "store")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(pdf_bytes(1))
    b.write_bytes(pdf_bytes(2))
    sha_a, sha_b = (hashlib.sha256(p.read_bytes()).hexdigest() for p in (a, b))
    target_a = store.stage(a, sha_a, ".pdf")
    target_b = store.stage(b, sha_b, ".pdf")
    assert store.stage(a, sha_a, ".pdf") == target_a and len(store.staged) == 2     # the same content once
    assert not target_a.exists() and not target_b.exists()                         # nothing half-there
    assert store.readable(target_a).read_bytes() == a.read_bytes()                 # readable meanwhile
    store.commit()
    for source, target in ((a, target_a), (b, target_b)):
        assert target.read_bytes() == source.read_bytes()
        assert target.stat().st_mode & 0o777 == 0o444
        assert store.readable(target) == target
    assert store.staged == {} and not list(store.tmp.glob("*.part"))
    assert store.stage(a, sha_a, ".pdf") == target_a and store.staged == {}         # stored already: not copied


def test_the_ledger_records_a_file_only_after_the_store_committed_it(campaign, monkeypatch):
    for n in range(7):
        write(campaign.folder / "inbox" / "区法院" / f"材料{n}.pdf", pdf_bytes(1 + n))
    monkeypatch.setattr(collect_module, "FLUSH_EVERY", 3)  # several batches
    seen_at_commit = []
    commit = Store.commit

    def watched(store):
        staged = list(store.staged)
        recorded = {i.store_path for i in Ledger(campaign.folder).all_items()}
        seen_at_commit.append([t for t in staged if t.relative_to(campaign.folder).as_posix() in recorded])
        commit(store)
        assert all(t.is_file() for t in staged)

    monkeypatch.setattr(Store, "commit", watched)
    assert collect(campaign, AT).counts["stored"] == 7
    assert len(seen_at_commit) >= 3 and all(found == [] for found in seen_at_commit)
    items = Ledger(campaign.folder).all_items()
    assert sorted(i.name for i in items) == [f"材料{n}.pdf" for n in range(7)]
    assert all((campaign.folder / i.store_path).is_file() for i in items)


def test_a_collection_that_fails_while_recording_is_taken_again_whole(campaign, monkeypatch):
    court = campaign.folder / "inbox" / "区法院"
    write(court / "2023-12-01 0900 第一次报送" / "细则.pdf", pdf_bytes(1))
    write(court / "2023-12-02 0900 更正" / "细则.pdf", pdf_bytes(2))
    write(court / "其他.pdf", pdf_bytes(3))
    add_item = Ledger.add_item
    calls = []

    def failing(ledger, c, **values):
        calls.append(values["name"])
        if len(calls) == 2:
            raise OSError("disk full")
        return add_item(ledger, c, **values)

    monkeypatch.setattr(Ledger, "add_item", failing)
    with pytest.raises(OSError):
        collect(campaign, AT)
    assert Ledger(campaign.folder).all_items() == []                 # one transaction: nothing half-recorded
    monkeypatch.setattr(Ledger, "add_item", add_item)
    assert collect(campaign, AT).counts["stored"] == 3             # taken again, nothing lost
    current = Ledger(campaign.folder).current_items("区法院")
    assert sorted((i.name, i.version) for i in current) == [("其他.pdf", 1), ("细则.pdf", 2)]
    assert all((campaign.folder / i.store_path).is_file() for i in current)
