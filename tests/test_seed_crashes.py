"""Issue 12 "Crashes": one ID order that knows parts (seed 003's bonus-/deduct- IDs), rubric ids told apart from
paths, one Chinese line for an error under `ipdocs run`, strict YAML (a key written twice is an error)."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import copy_sample

from ipdocs.base.errors import CampaignError, IpdocsError
from ipdocs.base.yamlfile import parse_yaml, read_yaml
from ipdocs.campaign import load_campaign
from ipdocs.intake.remind import reminders
from ipdocs.intake.status import campaign_status
from ipdocs.reconcile import reconcile, write_reconciliation
from ipdocs.render.content import gather, report_context, score_rows
from ipdocs.rubric import load_facts, load_rubric, rubric_path
from ipdocs.rubric.order import id_key, in_order
from ipdocs.rubric.outline import report_outline

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")
# Seed 003: 30 base indicators, then its 加分指标 (创新举措, 突出成效) and 减分指标 (通报批评, 侵权事件).
MARKET_INDICATORS = [str(n) for n in range(1, 31)] + ["bonus-1", "bonus-2", "deduct-1", "deduct-2"]
# Claims covering an ordinary criterion, a bonus one (专家打分 up to 6) and a deduction (2 per event).
MARKET_FACTS = '"1.1": true\n"2.1": true\n"bonus-1.1": 4\n"bonus-2.1": 1\n"deduct-1.1": 1\n'


def ipdocs(*args, cwd=ROOT, timeout=600):
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "ipdocs", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=timeout)


# --- one order -----------------------------------------------------------------------------------------

def test_numbers_compare_as_numbers_and_parts_in_order():
    assert in_order(["10", "2", "1"]) == ["1", "2", "10"]
    assert in_order(["11.10", "11.2", "11.1"]) == ["11.1", "11.2", "11.10"]
    assert in_order(["deduct-1.1", "bonus-2.1", "1.1", "bonus-1.1", "30.1", "deduct-2.1"]) == [
        "1.1", "30.1", "bonus-1.1", "bonus-2.1", "deduct-1.1", "deduct-2.1"]
    assert in_order(["bonus-10", "bonus-2"]) == ["bonus-2", "bonus-10"]
    # IDs that are not numbers still sort (after the numbered ones of their part), never a TypeError
    assert in_order(["a", "1", "1.a", "1.1"]) == ["1", "1.1", "1.a", "a"]


def test_every_rubric_sorts_base_before_bonus_before_deduction():
    rank = {"base": 0, "bonus": 1, "deduction": 2}
    for rid in RUBRICS:
        rubric = load_rubric(rid)
        criteria = in_order(rubric.criteria)  # no TypeError on any rubric
        part = {c.id: ind.part for ind in rubric.indicators for c in ind.criteria}
        parts = [rank[part[c]] for c in criteria]
        if rid == "hubei-2019":  # seed 004 numbers its 29 items in one sequence: bonus item 26 before 27 and 28
            assert in_order(ind.id for ind in rubric.indicators) == [str(n) for n in range(1, 30)]
        else:
            assert parts == sorted(parts), rid
    market = load_rubric("market-standard")
    assert in_order(ind.id for ind in market.indicators) == MARKET_INDICATORS
    assert [ind.id for ind in market.indicators] == MARKET_INDICATORS


def test_seed_003_claims_of_base_and_bonus_criteria_through_the_pipeline_functions(tmp_path):
    folder = copy_sample(tmp_path, "market-standard")
    (folder / "facts.yaml").write_text(MARKET_FACTS, encoding="utf-8")
    campaign = load_campaign(folder)
    r = reconcile(campaign)
    assert {"1.1", "bonus-1.1", "deduct-1.1"} <= set(r.claimed)
    written = write_reconciliation(campaign, r)
    evidenced = list(yaml.safe_load(written[0].read_text(encoding="utf-8")))
    assert evidenced == sorted(evidenced, key=id_key) and evidenced.index("bonus-1.1") < evidenced.index("deduct-1.1")
    at = dt.datetime(2023, 12, 5, 9, 0, tzinfo=dt.UTC)
    reminders(campaign_status(campaign, at))
    sub = gather(campaign)
    assert report_context(sub) and score_rows(sub)
    assert report_outline(campaign.rubric)


def test_seed_003_reconcile_and_remind_commands(tmp_path):
    folder = copy_sample(tmp_path, "market-standard")
    (folder / "facts.yaml").write_text(MARKET_FACTS, encoding="utf-8")
    done = ipdocs("reconcile", folder)
    assert done.returncode == 0, done.stderr
    assert "TypeError" not in done.stdout + done.stderr
    done = ipdocs("remind", folder, "--at", "2023-12-05 09:00")
    assert done.returncode == 0, done.stderr


# --- rubric ids and paths ------------------------------------------------------------------------------

def test_a_rubric_id_is_an_id_even_when_a_folder_of_that_name_is_here(tmp_path, monkeypatch):
    copy_sample(tmp_path, "wujiang-2023", inbox=False)  # a campaign folder named like its rubric
    monkeypatch.chdir(tmp_path)
    assert rubric_path("wujiang-2023").name == "wujiang-2023.yaml"
    campaign = load_campaign("wujiang-2023")
    assert campaign.rubric.id == "wujiang-2023"
    with pytest.raises(IpdocsError, match="找不到评分细则文件：./wujiang-2023"):
        rubric_path("./wujiang-2023")  # a path (it has a separator): the folder is not a rubric file
    with pytest.raises(IpdocsError, match="找不到评分细则：no-such-scheme"):
        rubric_path("no-such-scheme")
    done = ipdocs("campaign", "check", "wujiang-2023", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_campaign_rubric_path_is_read_from_the_campaign_folder(tmp_path):
    folder = copy_sample(tmp_path, "market-standard")
    (folder / "rubrics").mkdir()
    (folder / "rubrics" / "mine.yaml").write_bytes(rubric_path("market-standard").read_bytes())
    text = (folder / "campaign.yaml").read_text(encoding="utf-8")
    (folder / "campaign.yaml").write_text(text.replace("rubric: market-standard", "rubric: rubrics/mine.yaml"),
                                          encoding="utf-8")
    assert load_campaign(folder).rubric.id == "market-standard"


# --- strict YAML ---------------------------------------------------------------------------------------

def test_a_key_written_twice_is_an_error_naming_file_line_and_key(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text('"1.1": true\n"3.2": 3\n1.1: false\n', encoding="utf-8")  # 1.1 unquoted is the same key
    with pytest.raises(IpdocsError, match=r"facts.yaml：第3行：键“1.1”重复（第1行已写过）"):
        load_facts(facts)
    nested = tmp_path / "nested.yaml"
    nested.write_text("units:\n  - name: 甲\n    name: 乙\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match="nested.yaml：第3行：键“name”重复"):
        read_yaml(nested, "配置")
    # a merge key may be overridden, as YAML intends
    assert parse_yaml("a: &x {b: 1}\nc:\n  <<: *x\n  b: 2\n", "t.yaml") == {"a": {"b": 1}, "c": {"b": 2}}


def test_campaign_and_rubric_files_are_read_strictly(tmp_path):
    folder = copy_sample(tmp_path, "market-standard")
    text = (folder / "campaign.yaml").read_text(encoding="utf-8")
    (folder / "campaign.yaml").write_text(text + "year: 2024\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match="campaign.yaml：第\\d+行：键“year”重复"):
        load_campaign(folder)
    rubric = tmp_path / "mine.yaml"
    rubric.write_text(rubric_path("market-standard").read_text(encoding="utf-8") + "id: other\n", encoding="utf-8")
    with pytest.raises(IpdocsError, match="mine.yaml：第\\d+行：键“id”重复"):
        load_rubric(rubric)
    assert CampaignError  # campaign errors stay IpdocsErrors: one line in the CLI


# --- one line under `ipdocs run` ------------------------------------------------------------------------

def test_run_with_a_broken_facts_file_prints_one_line(tmp_path):
    folder = copy_sample(tmp_path, "market-standard")
    (folder / "facts.yaml").write_text('"1.1": true\n"1.2": true: false\n"1.3": 1\n', encoding="utf-8")
    done = ipdocs("run", "market-standard", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) <= 3 and "Traceback" not in done.stderr, done.stderr
    assert "facts.yaml" in done.stderr and "第2行" in done.stderr

    (folder / "facts.yaml").write_text('"7.2": 96\n"1.1": true\n"1.1": false\n', encoding="utf-8")
    done = ipdocs("run", "market-standard", cwd=tmp_path)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) <= 3
    assert "facts.yaml：第3行：键“1.1”重复" in done.stderr


def test_an_error_inside_the_flow_is_one_line_without_prefect_tracebacks(prefect_server, tmp_path):
    """An IpdocsError raised inside the Prefect flow (here by the collect stage): Prefect's tracebacks and
    failure logs stay out of the console; the coordinator reads our line. The run records to this test process's
    Prefect server, as a coordinator's runs record to `ipdocs serve`'s (no temporary server to wait for)."""
    from prefect.settings import PREFECT_API_URL

    copy_sample(tmp_path, "market-standard")
    script = (
        "import sys, flows.pipeline as p\n"
        "from ipdocs.base.errors import IpdocsError\n"
        "def broken(*a, **k):\n"
        "    raise IpdocsError('market-standard/inbox/法务部/登记表.xlsx：第3行：申报值应为数字')\n"
        "p.collect_and_report = broken\n"
        "from ipdocs.cli import main\n"
        "sys.argv = ['ipdocs', 'run', 'market-standard']\n"
        "main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200",
                               "PREFECT_API_URL": PREFECT_API_URL.value()}, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "IpdocsError" not in done.stderr, done.stderr
    ours = [line for line in done.stderr.splitlines() if line.startswith("错误：")]
    assert ours == ["错误：market-standard/inbox/法务部/登记表.xlsx：第3行：申报值应为数字"]
    assert len(done.stderr.strip().splitlines()) <= 10, done.stderr
