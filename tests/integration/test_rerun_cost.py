"""Reruns that cost seconds: the real pipeline (Prefect, LibreOffice) on a copy of the Wujiang sample.
A rerun with nothing changed rewrites nothing in out/submit/ or out/bundle/ and says it skipped; a late file
re-renders; the extraction log counts this run; the campaign is loaded and the submission gathered once per run;
the cold run publishes the campaign's artifacts."""

import asyncio
import logging
from pathlib import Path

import pytest
from conftest import copy_sample
from intake_files import write

SKIPPED_RENDER, SKIPPED_BUNDLE = "生成报告：内容未变化，已跳过", "整理材料：材料与上次相同，已跳过"


class Said(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())

    def take(self) -> list[str]:
        lines, self.lines = self.lines, []
        return lines


@pytest.fixture
def no_gate(monkeypatch):
    """The bundle laid out though the drafted report still has 【待补充】 marks: the gate is
    tests/test_bundle_gate.py's subject, the bundle's cost is this file's."""
    monkeypatch.setattr("ipdocs.render.bundle.gate_problems", lambda campaign, sub=None: [])


@pytest.fixture
def said(monkeypatch):
    """What the stages log, as this run's lines (Prefect's run logger, seen through a plain logger)."""
    import flows.extract
    import flows.render

    handler = Said()
    logger = logging.getLogger("ipdocs-test-rerun")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    for module in (flows.extract, flows.render):
        monkeypatch.setattr(module, "get_run_logger", lambda: logger)
    yield handler
    logger.removeHandler(handler)


def state(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of out/submit/ and out/bundle/: (mtime, bytes)."""
    out = folder / "out"
    return {p.relative_to(out).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for sub in ("submit", "bundle") for p in sorted((out / sub).rglob("*")) if p.is_file()}


async def artifacts(campaign_id: str, kinds: tuple[str, ...]) -> dict:
    """The campaign's artifacts of these kinds on the session's Prefect server: kind → artifact."""
    from prefect.client.orchestration import get_client

    keys = {f"{campaign_id}-{kind}" for kind in kinds}  # per campaign
    async with get_client() as client:
        return {a.key.removeprefix(f"{campaign_id}-"): a for a in await client.read_artifacts() if a.key in keys}


def test_reruns_skip_what_is_unchanged_and_redo_what_changed(prefect_server, no_gate, tmp_path, said, monkeypatch):
    """One campaign through four runs: cold, no change, facts.yaml changed, a late file."""
    import flows.pipeline
    import flows.render
    from flows.pipeline import campaign_pipeline

    gathered, loads = [], []
    monkeypatch.setattr(flows.render, "gather", lambda c, real=flows.render.gather: gathered.append(1) or real(c))
    monkeypatch.setattr(flows.pipeline, "load_campaign", lambda f, real=flows.pipeline.load_campaign:
                        loads.append(f) or real(f))
    for stage_flows in ("flows.collect", "flows.extract", "flows.render"):       # the stages get it passed
        monkeypatch.setattr(f"{stage_flows}.load_campaign", lambda f: pytest.fail(f"campaign reloaded: {f}"))

    folder = copy_sample(tmp_path)
    # an id of its own: other tests on this server publish wujiang-2023's artifacts with other claimed points
    config = folder / "campaign.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("id: wujiang-2023", "id: flows-test", 1),
                      encoding="utf-8")
    cold = campaign_pipeline(str(folder))
    assert cold["extracted"]["new"] == 19 and cold["extracted"]["cached"] == 0
    # the cold run runs every stage and publishes its artifacts (moved here from tests/integration/test_flows.py,
    # whose own cold pipeline run of the same sample it saves)
    assert cold["collected"].startswith("新收文件40个") and cold["claimed"] == "85.45"
    assert cold["bundle_problems"] == []
    for path in cold["outputs"].values():
        assert Path(path).exists(), path
    found = asyncio.run(artifacts("flows-test", ("scores", "status", "progress")))
    assert set(found) == {"scores", "status", "progress"}
    assert "区工信局" in found["status"].data and "逾期报送" in found["status"].data
    assert "85.45" in str(found["scores"].data)
    assert found["progress"].data == 100.0
    assert "提取：新提取19个、沿用缓存0个、未能提取0个" in said.take()
    first = state(folder)
    pdfs = [n for n in first if n.endswith(".pdf") and n.startswith("submit/")]
    zips = [n for n in first if n.endswith(".zip")]
    assert len(pdfs) == 3 and len(zips) == 1

    # nothing changed: nothing rewritten, and the log says so
    again = campaign_pipeline(str(folder))
    lines = said.take()
    assert state(folder) == first
    assert "提取：新提取0个、沿用缓存19个、未能提取0个" in lines          # this run's counts, not the cold run's
    assert any(SKIPPED_RENDER in line for line in lines) and any(SKIPPED_BUNDLE in line for line in lines)
    assert again["documents"] == cold["documents"] and again["bundle_problems"] == cold["bundle_problems"]
    assert len(gathered) == 2 and loads == [str(folder)] * 2        # gathered and loaded once per run

    # (byte-identical outputs of two runs from scratch: tests/test_output.py and scripts/check_wheel.sh)
    # facts.yaml changed: the report, its PDF, the score table and the bundle follow; nothing is extracted
    facts = folder / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace('"1.1": true', '"1.1": false'), encoding="utf-8")
    changed = campaign_pipeline(str(folder))
    lines = said.take()
    assert changed["extracted"] == {"new": 0, "cached": 19, "failed": []}
    assert not any(SKIPPED_RENDER in line or SKIPPED_BUNDLE in line for line in lines)
    after = state(folder)
    differ = {n for n in first if after[n][1] != first[n][1]}
    report = next(n for n in pdfs if n.startswith("submit/1."))            # its totals name 1.1's points
    table = next(n for n in first if n.startswith("submit/3.") and n.endswith(".xlsx"))
    assert {report, report.replace(".pdf", ".docx"), table, table.replace(".xlsx", ".docx"), zips[0]} <= differ
    assert not (folder / "out" / "review").exists()  # our own corrections after PDF conversion are not "edits"
    assert not any(n.startswith("bundle/") and "/0" in n and "00." not in n for n in differ)  # evidence kept

    # a late file for one unit: collected and extracted alone; render runs again (the ledger changed)
    source = next((folder / "inbox" / "区法院").rglob("*.pdf"))
    write(folder / "inbox" / "区法院" / "2023-12-14 0900 补充" / "6.2-02 补充宣传材料.pdf",
          source.read_bytes() + b"\n%% late copy\n")
    late = campaign_pipeline(str(folder))
    lines = said.take()
    assert late["collected"].startswith("新收文件1个")
    assert "提取：新提取1个、沿用缓存19个、未能提取0个" in lines
    assert not any(SKIPPED_RENDER in line for line in lines)
    assert state(folder)[report.replace(".pdf", ".docx")][0] != after[report.replace(".pdf", ".docx")][0]
