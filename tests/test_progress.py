"""Progress of the pipeline's stages (ipdocs.output.progress): bars on a terminal, plain lines otherwise;
the Prefect artifacts' keys and the score artifact's readable reasons (flows/pipeline.py)."""

import io
import re

import pytest
from conftest import SAMPLES
from rich.console import Console

from ipdocs.output import progress


def _run_stages():
    progress.start("collect")
    for _ in range(40):
        progress.advance("collect")
    progress.finish("collect")
    progress.start("extract", 19)
    for _ in range(19):
        progress.advance("extract")
    progress.skip("render", 7)


def test_plain_lines_when_not_a_terminal():
    console = Console(file=io.StringIO(), force_terminal=False, width=100)
    with progress.shown(console):
        _run_stages()
    lines = console.file.getvalue().splitlines()
    assert lines[0] == "收取文件：完成 40/40"                      # counted as they came: said once, at the end
    assert lines[1] == "提取材料：开始，共 19 项"
    assert lines[-2] == "提取材料：完成 19/19"
    assert lines[-1] == "生成报告：未变化，跳过"
    assert 4 <= len(lines) <= 14                                  # tenths, never a line per file


def test_bars_on_a_terminal():
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    with progress.shown(console):
        _run_stages()
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", console.file.getvalue())
    assert "收取文件" in shown and "40/40" in shown
    assert "提取材料" in shown and "19/19" in shown
    assert "生成报告（未变化，跳过）" in shown and "7/7" in shown


def test_overall_completion_gives_each_stage_an_equal_share():
    progress.reset()
    progress.start("collect")
    assert progress.overall(progress.steps()) == 0
    progress.finish("collect")
    progress.start("extract", 4)
    progress.advance("extract")
    assert progress.overall(progress.steps()) == pytest.approx(100 * 1.25 / 4, abs=0.1)
    assert progress.overall(progress.steps(), ("extract", "render")) == pytest.approx(12.5)
    progress.skip("render", 0)
    progress.skip("bundle", 0)
    progress.advance("extract", 3)
    assert progress.overall(progress.steps()) == 100
    with progress.listening(lambda step: pytest.fail("no listener left")):
        pass
    progress.advance("extract")                                  # listeners gone: nothing is told


def test_artifact_keys_name_the_campaign_in_prefects_alphabet():
    from flows.pipeline import artifact_key, shortened
    from ipdocs.campaign import load_campaign

    campaigns = [load_campaign(p) for p in sorted(SAMPLES.iterdir()) if (p / "campaign.yaml").is_file()]
    keys = [artifact_key(c, name) for c in campaigns for name in ("scores", "status", "progress")]
    assert len(set(keys)) == len(keys) == 15                     # every campaign its own history
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k) for k in keys)
    assert "wujiang-2023-scores" in keys
    reason = "按申报计：" + "区市场监管局报送的会议纪要未见主要负责同志出席，" * 10
    assert len(shortened(reason)) == 40 and shortened(reason).endswith("…")
    assert shortened("满分") == "满分"
