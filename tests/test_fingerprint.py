"""Skipping unchanged stages (ipdocs.render.fingerprint): keys that follow content, records that notice a
person's edit. Plain functions, no Prefect."""

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SAMPLES, copy_sample

from ipdocs.campaign import load_campaign
from ipdocs.render import submit_folder
from ipdocs.render.content import gather
from ipdocs.render.fingerprint import Record, bundle_key, digest, plain, render_key, reuse_or_run

CAMPAIGNS = sorted(p.name for p in SAMPLES.iterdir() if (p / "campaign.yaml").is_file())


def test_every_sample_campaign_is_covered():
    assert len(CAMPAIGNS) == 5


@pytest.mark.parametrize("name", CAMPAIGNS)
def test_render_key_follows_the_content_not_the_process(tmp_path, name):
    folder = copy_sample(tmp_path, name, inbox=False)
    keys = {render_key(gather(load_campaign(folder)), True) for _ in range(2)}
    assert len(keys) == 1                                          # read twice, same key
    sub = gather(load_campaign(folder))
    assert render_key(sub, False) not in keys                      # without PDFs: other outputs
    assert bundle_key(sub, submit_folder(sub.campaign)) != bundle_key(sub, Path(SAMPLES))
    text = (folder / "campaign.yaml").read_text(encoding="utf-8")
    (folder / "campaign.yaml").write_text(text + "\n# 注释\n", encoding="utf-8")   # any edit counts
    assert render_key(gather(load_campaign(folder)), True) not in keys


def test_render_key_follows_facts_yaml(tmp_path):
    folder = copy_sample(tmp_path, "wujiang-2023", inbox=False)
    before = render_key(gather(load_campaign(folder)), True)
    facts = folder / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("\"1.1\": true", "\"1.1\": false"), encoding="utf-8")
    after = gather(load_campaign(folder))
    assert after.sheet.criteria["1.1"].score == 0                  # the edit reached the score …
    assert render_key(after, True) != before                       # … and the key


def test_plain_data_is_independent_of_order_and_identity():
    assert digest({"b": {2, 1}, "a": Decimal("1.50")}) == digest({"a": Decimal("1.50"), "b": {1, 2}})
    assert digest(Decimal("1.5")) != digest(Decimal("1.50")) != digest(1.5)
    assert plain(Path("/x/y")) == ["PosixPath", "/x/y"]
    assert plain(dt.date(2023, 12, 15)) == ["date", "2023-12-15"]
    loop: list = []
    loop.append(loop)
    assert plain(loop) == [["cycle", "list"]]


def _stage(folder: Path, runs: list):
    def run():
        runs.append(1)
        folder.mkdir(exist_ok=True)
        (folder / "a.docx").write_bytes(b"A" * 10)
        (folder / "b.pdf").write_bytes(b"B" * 10)
        return {"files": 2}
    return run


def test_a_stage_runs_again_only_when_its_key_or_its_outputs_change(tmp_path):
    folder, runs = tmp_path / "submit", []
    key_file = tmp_path / ".render-key.json"

    def go(key="k1"):
        return reuse_or_run(Record.read(key_file), "render", key, folder, _stage(folder, runs))

    assert go() == ({"files": 2}, True)
    assert go() == ({"files": 2}, False) and len(runs) == 1      # nothing changed: skipped
    os.utime(folder / "a.docx", ns=(1, 1))                         # touched, same bytes: still current
    assert go()[1] is False
    assert go("k2")[1] is True and len(runs) == 2                  # new inputs
    (folder / "a.docx").write_bytes(b"A" * 9 + b"!")               # a person edited an output
    assert go("k2")[1] is True
    (folder / "b.pdf").unlink()                                    # an output deleted
    assert go("k2")[1] is True
    (folder / "c.txt").write_text("x")                             # a file we did not write
    assert go("k2")[1] is True
    (folder / "c.txt").unlink()
    assert go("k2")[1] is True and go("k2")[1] is False


def test_a_failed_stage_is_not_recorded_as_done(tmp_path):
    folder, runs = tmp_path / "submit", []
    key_file = tmp_path / ".render-key.json"
    reuse_or_run(Record.read(key_file), "render", "k", folder, _stage(folder, runs))

    def fail():
        raise RuntimeError("LibreOffice")

    with pytest.raises(RuntimeError):
        reuse_or_run(Record.read(key_file), "render", "k2", folder, fail)
    assert "render" not in Record.read(key_file).data             # the old record no longer stands
    assert reuse_or_run(Record.read(key_file), "render", "k", folder, _stage(folder, runs))[1] is True
