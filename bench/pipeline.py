"""Pipeline benchmark: a generated campaign of N units × M files (text PDFs, Word files, case-list workbooks,
a share of scans), run with `ipdocs run` against one long-lived local Prefect server, as a coordinator works
(DESIGN §6: a temporary server per run costs 7–15 s). Prints, in one run:

- cold `ipdocs run` (empty out/, store and ledger), no-change rerun, one-file rerun (a late file for one unit):
  wall time of the command, and flow time (the flow run's start to end, read from the server);
- CPU time of the command and its extraction workers (user + system): what to compare on a busy machine;
- the share of flow time spent in Prefect overhead: flow time minus the time our stage functions ran (the
  task runs' running time; per-file extraction tasks on a Dask cluster, which run in parallel, counted by their
  span). Local extraction is one task over worker processes, one per core;
- CPU seconds per step (the command's own and its children's: LibreOffice, extraction workers; `flows.timing`),
  and "outside the flow": the command's start and end (imports, the client, the lock) around it.

    .venv/bin/python bench/pipeline.py [--units 20] [--files 15] [--scan-share 0.05] [--campaign DIR]
        [--cold 3 [--extraction-cached]]

`--cold N` makes N cold runs, each on a fresh copy of the campaign, and prints the median per step;
`--extraction-cached` gives the cold runs after the first that run's extraction cache (out/extract/), so they
measure everything but extraction. `--campaign DIR` reuses the campaign.yaml and inbox/ generated earlier
(printed as "generated …").

The server it starts keeps a database of its own (a private PREFECT_HOME), and each run's times are read from the
flow run on this bench's own campaign folder: benches run side by side (or sharing a server, `--port`) do not
read each other's runs.

Targets on these 2-core machines for 20 units × 15 files: cold ≤ 30 s, no change ≤ 5 s wall (≤ 3 s flow
time), one file ≤ 8 s.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from doc_makers import ROOT, extract_files

from ipdocs.base.yamlfile import read_yaml

notice_docx, scan_of, cases_xlsx = extract_files.notice_docx, extract_files.scan_of, extract_files.cases_xlsx
TARGETS = {"cold": (30, None), "no-change": (5, 3), "one-file": (8, None)}  # wall, flow time (s)


def make_campaign(folder: Path, units: int, files: int, scan_share: float) -> Path:
    """Every unit delivers `files` files: two in three text PDFs, one in six Word, one in six a case-list
    workbook; `scan_share` of the PDFs are degraded scans (OCR)."""
    base = read_yaml(ROOT / "sample_inputs" / "wujiang-2023" / "campaign.yaml", "迎考工作配置")
    names = [f"测试单位{n:02d}" for n in range(1, units + 1)]
    base["units"] = [{"name": n, "contacts": [{"role": "联络员", "name": f"联络员{i:02d}"}]}
                     for i, n in enumerate(names)]
    base["coordinator"] = {"unit": names[0], "contact": "联络员00"}
    base["assignments"] = [{"indicator": str(i), "lead": names[(i - 1) % units],
                            "contact": f"联络员{(i - 1) % units:02d}"} for i in range(1, 19)]
    folder.mkdir(parents=True)
    (folder / "campaign.yaml").write_text(yaml.safe_dump(base, allow_unicode=True), encoding="utf-8")
    rng = random.Random(7)
    work = folder.parent / "_gen"
    work.mkdir()
    to_convert = []
    for u, name in enumerate(names):
        delivery = folder / "inbox" / name / "2023-12-10 1000 报送"
        delivery.mkdir(parents=True)
        for f in range(files):
            lines = ["韶关市武江区市场监督管理局", f"武市监〔2023〕{u * files + f + 1}号", f"关于第{u}-{f}项工作的通知",
                     f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日召开会议。", "正文" * rng.randint(50, 200)]
            if f % 6 == 1:
                notice_docx(delivery / f"材料{f:02d}.docx", lines)
            elif f % 6 == 4:
                cases_xlsx(delivery / f"材料{f:02d}.xlsx")
            else:
                to_convert.append((notice_docx(work / f"{u:02d}-{f:02d}.docx", lines), delivery / f"材料{f:02d}.pdf"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), *[str(s) for s, _ in to_convert]], check=True, capture_output=True,
                   timeout=1800)
    scans = round(len(to_convert) * scan_share)
    for n, (source, target) in enumerate(to_convert):
        pdf = source.with_suffix(".pdf")
        if n < scans:
            scan_of(pdf, target, seed=n)
        else:
            shutil.copyfile(pdf, target)
    shutil.rmtree(work)
    return folder


async def _flow_times(url: str, folder: Path, since: float) -> tuple[float, float, dict[str, float]]:
    """(flow time, stage time, seconds by task name) of this bench's last campaign-pipeline flow run — the one run
    on `folder` (a folder of this bench's own) that started after `since` (a Unix time) — from the server, which
    other benches and runs may share."""
    from prefect.client.orchestration import PrefectClient
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterId,
        FlowRunFilterParentFlowRunId,
        FlowRunFilterStartTime,
    )
    from prefect.client.schemas.sorting import FlowRunSort

    async with PrefectClient(url) as client:
        after = FlowRunFilterStartTime(after_=dt.datetime.fromtimestamp(since, dt.UTC))
        runs = await client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["campaign-pipeline"])),
                                           flow_run_filter=FlowRunFilter(start_time=after),
                                           sort=FlowRunSort.START_TIME_DESC)
        ours = [r for r in runs if (r.parameters or {}).get("folder") == str(folder.resolve())]
        if not ours:
            sys.exit(f"no campaign-pipeline flow run on {folder} found on {url}")
        run = ours[0]
        flow_time = (run.end_time - run.start_time).total_seconds()
        subflows = await client.read_flow_runs(flow_run_filter=FlowRunFilter(
            parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[run.id])))
        calls = {sub.parent_task_run_id for sub in subflows}  # the task runs standing for the subflow calls
        by_task: dict[str, float] = {}
        for t in await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id]))):
            if t.id not in calls:
                name = re.sub(r"-[0-9a-f]{3}$", "", t.name)  # task run names end in a short id
                by_task[name] = by_task.get(name, 0.0) + t.total_run_time.total_seconds()
        stage = sum(by_task.values())
        for sub in subflows:  # the per-file extraction tasks run side by side: their span is the stage's time
            tasks = [t for t in await client.read_task_runs(flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(any_=[sub.id]))) if t.start_time and t.end_time]
            if tasks:
                span = (max(t.end_time for t in tasks) - min(t.start_time for t in tasks)).total_seconds()
                stage += span
                by_task[sub.name] = by_task.get(sub.name, 0.0) + span
        return flow_time, stage, by_task


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _steps(path: Path, command_cpu: float) -> dict[str, float]:
    """CPU seconds per step of the run that wrote `path` (flows.timing), and outside the flow."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    cpu: dict[str, float] = {}
    for line in lines:
        cpu[line["step"]] = cpu.get(line["step"], 0.0) + line["cpu"] + line["children"]
    if "flow" in cpu:
        cpu["outside the flow"] = command_cpu - cpu["flow"]
    return cpu


def run(label: str, folder: Path, url: str, results: dict) -> dict[str, float]:
    timing = folder.parent / f"timing-{label}.jsonl"
    timing.unlink(missing_ok=True)
    start, cpu, since = time.perf_counter(), _children_cpu(), time.time() - 1
    done = subprocess.run([sys.executable, "-m", "ipdocs", "run", str(folder)], capture_output=True, text=True,
                          env={**os.environ, "PREFECT_API_URL": url, "IPDOCS_TIMING": str(timing)})
    wall = time.perf_counter() - start
    cpu = _children_cpu() - cpu  # the command and its extraction workers: comparable on a busy machine
    if done.returncode:
        sys.exit(f"{label}: ipdocs run failed:\n{done.stderr[-3000:]}")
    flow, stage, by_task = asyncio.run(_flow_times(url, folder, since))
    results[label] = (wall, flow, stage)
    steps = {"wall": wall, "cpu": cpu, **_steps(timing, cpu)}
    summary = next((line for line in done.stdout.splitlines() if line.startswith("完成")), "")
    print(f"{label:<10} wall {wall:6.1f} s   cpu {cpu:6.1f} s   flow {flow:6.1f} s   stages {stage:6.1f} s   "
          f"Prefect overhead {flow - stage:5.1f} s ({100 * (flow - stage) / max(flow, 1e-9):3.0f} %)   {summary}",
          flush=True)
    print("           stages: " + "  ".join(f"{name} {seconds:.1f} s" for name, seconds in
                                           sorted(by_task.items(), key=lambda kv: -kv[1]) if seconds >= 0.05))
    print("           cpu by step: " + _shown(steps))
    return steps


def _shown(steps: dict[str, float]) -> str:
    return "  ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items() if name not in ("wall", "cpu"))


def _cached_extraction(done: Path, folder: Path) -> None:
    """The extraction cache of the campaign copy `done`, stamped with the extractor's version as it is now (the
    extractor may have been edited since: this measures everything but extraction)."""
    from ipdocs.extract.campaign import extractor_version

    version = extractor_version()
    target = folder / "out" / "extract"
    target.mkdir(parents=True)
    for cached in (done / "out" / "extract").glob("*.json"):
        found = {**json.loads(cached.read_text(encoding="utf-8")), "extractor": version}
        (target / cached.name).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


def _fresh_copy(generated: Path, folder: Path) -> Path:
    """campaign.yaml and inbox/ of the generated campaign, nothing the pipeline wrote."""
    folder.mkdir(parents=True)
    shutil.copyfile(generated / "campaign.yaml", folder / "campaign.yaml")
    shutil.copytree(generated / "inbox", folder / "inbox", symlinks=True)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--files", type=int, default=15)
    parser.add_argument("--scan-share", type=float, default=0.05)
    parser.add_argument("--port", type=int, default=0, help="a running Prefect server's port (default: start one)")
    parser.add_argument("--campaign", type=Path, help="a campaign generated earlier (its campaign.yaml and inbox/)")
    parser.add_argument("--cold", type=int, default=1, help="cold runs, each on a fresh copy (median printed)")
    parser.add_argument("--extraction-cached", action="store_true",
                        help="cold runs after the first reuse its extraction cache: all but extraction measured")
    args = parser.parse_args()
    os.environ.update(DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    work = Path(tempfile.mkdtemp(prefix="ipdocs-pipeline-"))
    generated = args.campaign
    if generated is None:
        generated = work / "generated"
        print(f"generating {args.units} units × {args.files} files in {generated} …", flush=True)
        make_campaign(generated, args.units, args.files, args.scan_share)
    from flows.server import free_port, local_server

    results: dict[str, tuple[float, float, float]] = {}
    # a server of its own keeps its own database (a private PREFECT_HOME), not the one every local server shares;
    # making that database takes a while on a busy machine (not measured)
    with local_server(port=args.port or free_port(), wait=900, home=None if args.port else work / "prefect") as url:
        print(f"Prefect server {url}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}", flush=True)
        colds = []
        for n in range(args.cold):
            folder = _fresh_copy(generated, work / f"cold-{n + 1}" / "campaign")
            if n and args.extraction_cached:
                _cached_extraction(work / "cold-1" / "campaign", folder)
            colds.append(run("cold" if n == 0 else f"cold-{n + 1}", folder, url, results))
        if len(colds) > 1:
            measured = colds[1:] if args.extraction_cached else colds
            median = {k: statistics.median(c.get(k, 0.0) for c in measured) for k in measured[0]}
            print(f"median of {len(measured)} cold runs{' (extraction cached)' if args.extraction_cached else ''}: "
                  f"wall {median['wall']:.1f} s  cpu {median['cpu']:.1f} s  " + _shown(median), flush=True)
        run("no-change", folder, url, results)
        late = folder / "inbox" / "测试单位02" / "2023-12-11 0900 补报"
        late.mkdir(parents=True)
        extract_files.notice_docx(late / "补报材料.docx", ["韶关市武江区市场监督管理局", "武市监〔2023〕999号",
                                                        "关于补报材料的通知", "2023年12月11日召开会议。"])
        run("one-file", folder, url, results)
    print(f"load after: {os.getloadavg()[0]:.1f}")
    for label, (wall_target, flow_target) in TARGETS.items():
        wall, flow, _ = results[label]
        ok = wall <= wall_target and (flow_target is None or flow <= flow_target)
        limits = f"wall ≤ {wall_target} s" + (f", flow ≤ {flow_target} s" if flow_target else "")
        print(f"target {label:<10} {limits:<24} {'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
