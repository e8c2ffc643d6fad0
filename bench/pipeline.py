"""Pipeline benchmark: a generated campaign of N units × M files (text PDFs, Word files, scans), through
the real Prefect pipeline against a long-lived local server (DESIGN §6: a temporary server per run costs
7–15 s). Prints cold-run, no-change rerun and one-file-change rerun times and peak memory.

    .venv/bin/python bench/pipeline.py [--units 20] [--files 15] [--scan-share 0.1]

Targets on these 2-core machines for 20 units × 15 files: cold ≤ 90 s, no change ≤ 15 s, one file ≤ 20 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from doc_makers import ROOT, extract_files

from ipdocs.base.yamlfile import read_yaml

notice_docx, scan_of = extract_files.notice_docx, extract_files.scan_of


def make_campaign(folder: Path, units: int, files: int, scan_share: float) -> Path:
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
    work = folder / "_gen"
    work.mkdir()
    to_convert = []
    for u, name in enumerate(names):
        delivery = folder / "inbox" / name / "2023-12-10 1000 报送"
        delivery.mkdir(parents=True)
        for f in range(files):
            lines = ["韶关市武江区市场监督管理局", f"武市监〔2023〕{u * files + f + 1}号", f"关于第{u}-{f}项工作的通知",
                     f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日召开会议。", "正文" * rng.randint(50, 200)]
            if f % 3 == 1:
                notice_docx(delivery / f"材料{f:02d}.docx", lines)
            else:
                to_convert.append((notice_docx(work / f"{u:02d}-{f:02d}.docx", lines), delivery / f"材料{f:02d}.pdf"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), *[str(s) for s, _ in to_convert]], check=True, capture_output=True,
                   timeout=1800)
    scans = int(len(to_convert) * scan_share)
    for n, (source, target) in enumerate(to_convert):
        pdf = source.with_suffix(".pdf")
        if n < scans:
            scan_of(pdf, target, seed=n)
        else:
            shutil.copyfile(pdf, target)
    shutil.rmtree(work)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--files", type=int, default=15)
    parser.add_argument("--scan-share", type=float, default=0.1)
    args = parser.parse_args()
    os.environ.update(DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    folder = Path(tempfile.mkdtemp(prefix="ipdocs-pipeline-")) / "campaign"
    print(f"generating {args.units} units × {args.files} files in {folder} …", flush=True)
    make_campaign(folder, args.units, args.files, args.scan_share)
    from flows.server import local_server

    with local_server(port=4311) as url:
        os.environ["PREFECT_API_URL"] = url
        from flows.pipeline import campaign_pipeline

        def timed(label: str) -> float:
            start = time.perf_counter()
            result = campaign_pipeline(str(folder))
            took = time.perf_counter() - start
            print(f"{label:<22} {took:6.1f} s   {result['collected']}", flush=True)
            return took

        cold = timed("cold run")
        same = timed("no-change rerun")
        changed = folder / "inbox" / "测试单位01" / "2023-12-11 0900 更正"
        changed.mkdir()
        shutil.copyfile(next((folder / "inbox" / "测试单位01").rglob("材料00.pdf")), changed / "材料00.pdf")
        (changed / "材料00.pdf").write_bytes((changed / "材料00.pdf").read_bytes() + b"\n%% corrected\n")
        one = timed("one-file change rerun")
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"peak memory {peak / 1024:.0f} MB (largest single process)")
    print(f"targets: cold ≤ 90 s ({'ok' if cold <= 90 else 'MISSED'}), no change ≤ 15 s "
          f"({'ok' if same <= 15 else 'MISSED'}), one file ≤ 20 s ({'ok' if one <= 20 else 'MISSED'})")


if __name__ == "__main__":
    main()
