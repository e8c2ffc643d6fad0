"""flows.timing: CPU and wall seconds per pipeline step, written only when IPDOCS_TIMING names a file."""

import json
import subprocess
import sys

from flows.timing import ENV, timed


def test_a_step_is_measured_only_when_asked(tmp_path, monkeypatch):
    log = tmp_path / "timing.jsonl"
    monkeypatch.delenv(ENV, raising=False)
    with timed("quiet"):
        pass
    assert not log.exists()
    monkeypatch.setenv(ENV, str(log))
    with timed("busy"):
        sum(i * i for i in range(300_000))                                  # this process's CPU
    with timed("child"):
        subprocess.run([sys.executable, "-c", "sum(i * i for i in range(3_000_000))"], check=True)
    busy, child = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    assert busy["step"] == "busy" and busy["cpu"] > 0 and busy["wall"] >= busy["cpu"] * 0.5
    assert child["step"] == "child" and child["children"] > 0.05 and child["children"] > child["cpu"]
