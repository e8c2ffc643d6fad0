"""`ipdocs diff`: what changed between two kept renders — narratives per criterion, scores, evidence items."""

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import copy_sample

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign import load_campaign
from ipdocs.render import render_documents
from ipdocs.render.content import gather
from ipdocs.render.diff import diff_lines, pick
from ipdocs.render.history import Record

ROOT = Path(__file__).resolve().parents[1]
REPORT = "1.报告.docx"


def record(n, regions, scores, evidence):
    return Record(Path(f"/h/{n:03d}"), regions={REPORT: {k: {"generated": v, "written": v, "draft": []}
                                                          for k, v in regions.items()}},
                  scores=scores, evidence=evidence, labels={"1": "1", "1.1": "1.1", "1.2": "1.2", "3": "3"})


OLD = record(1, {"1.1": ["原叙述。"], "1.2": ["不变。"]},
             {"total": "85.45", "base": "82.95", "bonus": "3.5", "deduction": "-1", "grade": None,
              "indicators": {"1": "11", "3": "4.5"}},
             {"（一）组织领导": ["1.会议纪要（2023.3.1）"], "（三）宣传引导": ["1.韶关日报报道（新闻截图）"]})
NEW = record(2, {"1.1": ["协调员改写。", "新增一段。"], "1.2": ["不变。"]},
             {"total": "83.95", "base": "81.45", "bonus": "3.5", "deduction": "-1", "grade": None,
              "indicators": {"1": "9.5", "3": "4.5"}},
             {"（一）组织领导": ["1.会议纪要（2023.3.1）"],
              "（三）宣传引导": ["1.韶关日报报道（新闻截图）", "2.补充宣传材料（2023.12.20）"]})


def test_diff_names_each_change_in_chinese():
    assert diff_lines(OLD, NEW) == [
        "第1次生成 → 第2次生成",
        "【自评报告叙述】",
        "〔1.1〕叙述有变化：", "  删除：原叙述。", "  新增：协调员改写。", "  新增：新增一段。",
        "【得分】",
        "总分：85.45分 → 83.95分", "基础指标：82.95分 → 81.45分", "指标1：11分 → 9.5分",
        "【佐证材料】",
        "〔（三）宣传引导〕", "  新增：2.补充宣传材料（2023.12.20）",
    ]


def test_diff_of_identical_renders_says_nothing_changed_and_can_show_one_part():
    assert diff_lines(OLD, OLD)[1:] == ["【自评报告叙述】无变化", "【得分】无变化", "【佐证材料】无变化"]
    assert diff_lines(NEW, OLD, ("evidence",)) == [
        "第2次生成 → 第1次生成", "【佐证材料】", "〔（三）宣传引导〕", "  删除：2.补充宣传材料（2023.12.20）"]


def test_renumbered_evidence_is_not_a_change():
    moved = record(3, {}, {}, {"（三）宣传引导": ["2.韶关日报报道（新闻截图）"]})
    before = record(2, {}, {}, {"（三）宣传引导": ["1.韶关日报报道（新闻截图）"]})
    assert diff_lines(before, moved, ("evidence",))[1:] == ["【佐证材料】无变化"]


def test_two_real_renders_and_the_command(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path))
    with pytest.raises(IpdocsError, match="只有0次生成记录，至少两次才能比较"):
        pick(campaign, None, None)
    xlsx = render_documents(gather(campaign))[3]
    wb = openpyxl.load_workbook(xlsx)
    row = next(n for n in range(3, wb.active.max_row + 1) if str(wb.active[f"B{n}"].value).startswith("1."))
    wb.active[f"D{row}"] = 10
    wb.save(xlsx)
    render_documents(gather(campaign))
    done = subprocess.run([sys.executable, "-m", "ipdocs", "diff", str(campaign.folder), "--only", "scores"],
                          capture_output=True, text=True, cwd=ROOT, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["第1次生成 → 第2次生成", "【得分】", "总分：85.45分 → 84.45分",
                                        "基础指标：82.95分 → 81.95分", "指标1：11分 → 10分"]
    wrong = subprocess.run([sys.executable, "-m", "ipdocs", "diff", str(campaign.folder), "--from", "7"],
                           capture_output=True, text=True, cwd=ROOT, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert wrong.returncode == 1 and "没有第7次生成记录，应为 1、2 之一" in wrong.stderr
