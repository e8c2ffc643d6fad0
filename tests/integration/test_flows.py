"""The real Prefect flows against a temporary local Prefect server (the session's prefect_server, tests/conftest.py)."""

import shutil
from pathlib import Path

import pytest
from conftest import copy_sample

SAMPLES = Path(__file__).resolve().parents[2] / "sample_inputs"


def test_distribute_flow_writes_every_pack(prefect_server, tmp_path):
    from flows.distribute import distribute_flow

    folder = tmp_path / "yongning"
    folder.mkdir()
    shutil.copy(SAMPLES / "yongning-2023" / "campaign.yaml", folder)
    files = [Path(p) for p in distribute_flow(str(folder))]
    assert len(files) == 7 * 3 + 3
    assert all(p.is_file() for p in files)
    assert (folder / "out" / "distribute" / "县人民法院" / "县人民法院-自评材料填报模板.docx") in files


@pytest.fixture(scope="module")
def collected(prefect_server, tmp_path_factory):
    """The Wujiang sample after its first collect_flow (with reminders), and what that run returned: collected
    once for the module; a test that goes on from it works on its own copy (`collected_copy`)."""
    from flows.collect import collect_flow

    folder = copy_sample(tmp_path_factory.mktemp("collected"))
    return folder, collect_flow(str(folder), remind=True)


def collected_copy(collected, tmp_path: Path) -> Path:
    folder = tmp_path / collected[0].name
    shutil.copytree(collected[0], folder)
    return folder


def test_collect_flow_ingests_the_sample_inbox_and_reports(collected, tmp_path):
    from flows.collect import collect_flow

    folder, result = collected
    assert result["summary"].startswith("新收文件40个")
    assert len(result["quarantined"]) == 1
    assert (folder / "out" / "status" / "status.html").is_file()
    reminded = {Path(p).name.split("-")[0] for p in result["files"] if p.endswith("催报提醒.txt")}
    assert "区府办" in reminded and "区人大财经工委" in reminded   # sent nothing
    # 区工信局 sent its material, though late: it is asked only for its contacts form (seed 000: by 11-24)
    asked = next(Path(p) for p in result["files"] if p.endswith("区工信局-催报提醒.txt")).read_text(encoding="utf-8")
    assert "联系人统计表" in asked and "材料" not in asked.split("：", 1)[1].replace("迎考材料", "")
    again = collect_flow(str(collected_copy(collected, tmp_path)))
    assert again["summary"].endswith("已收过跳过41个")


def test_render_and_bundle_flows(collected, tmp_path):
    from flows.render import bundle_flow, render_flow

    folder = collected_copy(collected, tmp_path)  # collected by collect_flow
    files = [Path(f) for f in render_flow(str(folder))]
    assert sorted(f.suffix for f in files) == [".docx"] * 3 + [".pdf"] * 3 + [".xlsx"]  # no contacts form
    made = bundle_flow(str(folder), force=True)  # the layout; the gate is tests/test_bundle_gate.py
    assert made["problems"] == [] and made["files"] == 19


# The whole campaign_pipeline, cold, with its artifacts: tests/integration/test_rerun_cost.py's first run.


def test_deployments_carry_the_campaigns_schedules(prefect_server):
    import asyncio

    from prefect.client.orchestration import get_client

    from flows.schedules import apply_deployments

    names = apply_deployments(str(SAMPLES / "wujiang-2023"))
    assert names == ["wujiang-2023-remind", "wujiang-2023-pipeline", "wujiang-2023-daily-status"]

    async def read():
        async with get_client() as client:
            return {d.name: d for d in await client.read_deployments()}

    found = asyncio.run(read())
    pipeline = found["wujiang-2023-pipeline"]
    rules = sorted(s.schedule.rrule for s in pipeline.schedules)
    assert rules[0].startswith("DTSTART:20231124T173000") and len(rules) == 4
    assert {s.schedule.timezone for s in pipeline.schedules} == {"Asia/Shanghai"}
    assert len(found["wujiang-2023-remind"].schedules) == 8
    daily = found["wujiang-2023-daily-status"].schedules[0].schedule
    assert daily.rrule.endswith("UNTIL=20231215T173000") and daily.timezone == "Asia/Shanghai"


# `ipdocs serve` registering the deployments and stopping its server and runner on SIGTERM: tests/integration/
# test_serve.py, in its one serve start.


def test_extraction_runs_on_a_local_multiprocess_dask_cluster(collected, tmp_path):
    from distributed import LocalCluster

    from flows.extract import extract_flow
    from ipdocs.campaign import load_campaign
    from ipdocs.extract.campaign import pending

    folder = collected_copy(collected, tmp_path)  # collected by collect_flow
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        result = extract_flow(str(folder), dask_address=cluster.scheduler_address)
        workers = len(cluster.workers)
    assert workers == 2 and result["new"] == 19 and result["failed"] == []
    assert pending(load_campaign(folder))[1] == {}                     # everything cached on disk
    assert result["claimed"] == "85.45" and "3.2" in result["hints"]
    cached = sorted((folder / "out" / "extract").glob("*.json"))
    stamps = [p.stat().st_mtime_ns for p in cached]
    again = extract_flow(str(folder))                   # same files by content, on local processes: nothing again
    assert (again["new"], again["cached"]) == (0, 19)   # this run's counts
    assert {**again, "new": 19, "cached": 0} == result and len(cached) == 19
    assert [p.stat().st_mtime_ns for p in cached] == stamps
