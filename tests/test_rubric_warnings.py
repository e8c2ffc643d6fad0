"""`ipdocs rubric check`: warnings about likely mistakes in a rubric that loads, and the drafter's `# TODO`s."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ipdocs.base.errors import RubricError
from ipdocs.rubric import list_rubrics, parse_rubric
from ipdocs.rubric.check import todos, warnings

ROOT = Path(__file__).resolve().parents[1]


def _rubric(rule, text="按规则计分。", points=10):
    doc = {"id": "warn-demo", "title": "示例考核", "issuer": "某市知识产权局", "year": 2024, "assessee": "各县（区）",
           "parts": [{"part": "base", "points": points, "sections": [{"title": "指标", "indicators": [
               {"id": "1", "title": "示例指标", "max": points,
                "criteria": [{"id": "1.1", "text": text, "rule": rule}]}]}]}]}
    return parse_rubric(copy.deepcopy(doc), "demo.yaml")


def test_the_five_shipped_rubrics_give_no_warnings():
    for rubric in list_rubrics():
        assert warnings(rubric) == [], rubric.id


@pytest.mark.parametrize("rule, expected", [
    # a rate tier: 90 where 0.9 is meant
    ({"kind": "tiers", "measure": "结案率", "percent": True,
      "tiers": [{"at_least": 1, "points": 10}, {"at_least": 90, "points": 5}]},
     "准则 1.1：第2档 at_least: 90 像百分数；比率应写 0.9（表示90%）"),
    # a completion tier of a target rule (1.2 = 120 % may be meant; 90 is a percentage)
    ({"kind": "target", "measure": "专利授权量", "points": 10,
      "tiers": [{"at_least": 100, "share": 1}, {"at_least": 0.9, "share": 0.6}]},
     "准则 1.1：第1档 at_least: 100 像百分数；比率应写 1（表示100%）"),
    # 每增长1个百分点 written per: 1
    ({"kind": "growth", "measure": "专利授权量", "step": {"per": 1, "points": 0.5}},
     "准则 1.1：step.per: 1 是增长率的100%；“每增长1个百分点”应写 0.01"),
])
def test_ratio_written_as_a_percentage(rule, expected):
    assert expected in warnings(_rubric(rule)), warnings(_rubric(rule))


def test_a_ratio_above_one_that_may_be_meant_is_not_warned():
    rule = {"kind": "target", "measure": "专利授权量", "points": 10,
            "tiers": [{"at_least": 1.2, "share": 1, "text": "完成120%以上"}, {"at_least": 1, "share": 0.8}]}
    assert warnings(_rubric(rule, "完成120%以上得10分，完成目标得80%分")) == []


@pytest.mark.parametrize("rule, text, points, expected", [
    ({"kind": "tiers", "measure": "结案率", "percent": True, "tiers": [{"at_least": 1, "points": 12}]},
     "结案率100%得12分", 10, "准则 1.1：第1档得12分，高于指标 1 的分值10分"),
    ({"kind": "target", "measure": "专利授权量", "points": 5, "tiers": [{"at_least": 1, "points": 6}]},
     "完成目标得6分", 6, "准则 1.1：第1档得6分，高于本项满分 points: 5"),
    ({"kind": "per_category", "max": 1,
      "categories": [{"label": "国家级", "points": 2}, {"label": "省级", "points": 1}]},
     "国家级2分，省级1分，最多1分", 1, "准则 1.1：第1个类别“国家级”每次2分，高于本项上限 max: 1"),
    ({"kind": "per_occurrence", "first": 3, "points": 1, "max": 2}, "首次3分，此后每次1分，最多2分", 2,
     "准则 1.1：首次得3分，高于本项上限 max: 2"),
    ({"kind": "per_occurrence", "points": 1, "max": 12}, "每次1分，最多12分", 10,
     "准则 1.1：本项上限 max: 12 高于指标 1 的分值10分，按指标分值计"),
])
def test_a_maximum_lower_than_what_a_tier_gives(rule, text, points, expected):
    found = warnings(_rubric(rule, text, points))
    assert expected in found, found


def test_clause_names_a_number_the_rule_does_not_use():
    # the clause says 0.5 per item, the rule 0.2: 0.2 × 5 = 1 is the maximum, so 1 is used
    found = warnings(_rubric({"kind": "per_occurrence", "points": 0.2, "max": 1}, "每件0.5分，最多1分", points=1))
    assert found == ["准则 1.1：条款原文写了“0.5分”，规则中没有这个数（规则用的是 0.2、1），请核对"]
    # a percentage the rule works on: 85 % named, 0.9 used
    found = warnings(_rubric({"kind": "tiers", "measure": "结案率", "percent": True,
                              "tiers": [{"at_least": 0.9, "points": 10}]}, "结案率达到85%以上得10分"))
    assert found == ["准则 1.1：条款原文写了“85%”，规则中没有这个数（规则用的是 0.9、10），请核对"]
    # the same clause written right: no warning; a percentage that is a condition of a count rule: none either
    assert warnings(_rubric({"kind": "per_occurrence", "points": 0.5, "max": 1}, "每件0.5分，最多1分", points=1)) == []
    assert warnings(_rubric({"kind": "points_less_events", "points": 10, "per_event": 1},
                            "得10分；超出法定期限50%以上的，每件扣1分")) == []


def test_zero_point_items_in_a_scored_rubric_load_and_points_on_them_are_refused():
    rubric = _rubric({"kind": "requirement"}, "建立工作台账（不计分）", points=0)
    assert warnings(rubric) == [] and rubric.criteria["1.1"].max == 0
    with pytest.raises(RubricError, match="demo.yaml：指标 1：各准则最多只能得0分，达不到标明的2分"):
        _rubric({"kind": "requirement"}, "建立工作台账", points=2)


DRAFT = """id: draft-demo  # TODO: 核对编号
title: 示例考核
parts:
- part: base
  points: 10
  sections:
  - title: 指标  # 原文“一、”
    indicators:
    - id: '1'
      title: 示例
      criteria:
      - id: '1.1'
        text: "每次得0.5分 # TODO 不是注释"
        # TODO: 未识别上限，核对“最多”
        rule: {kind: per_occurrence, points: 0.5}
"""


def test_todos_are_listed_with_line_and_nearest_id():
    found = todos(DRAFT)
    assert [(t.line, t.near, t.text) for t in found] == [(1, "draft-demo", "TODO: 核对编号"),
                                                         (14, "1.1", "TODO: 未识别上限，核对“最多”")]


def _run(*args):
    return subprocess.run([sys.executable, "-m", "ipdocs", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


def test_rubric_check_prints_warnings_and_todos_and_exits_0(tmp_path):
    doc = {"id": "warn-demo", "title": "示例考核", "issuer": "某市知识产权局", "year": 2024, "assessee": "各县（区）",
           "parts": [{"part": "base", "points": 10, "sections": [{"title": "指标", "indicators": [
               {"id": "1", "title": "结案率", "max": 10, "criteria": [
                   {"id": "1.1", "text": "结案率90%以上得10分", "rule": {
                       "kind": "tiers", "measure": "结案率", "percent": True,
                       "tiers": [{"at_least": 90, "points": 10}]}}]},
           ]}]}]}
    path = tmp_path / "warn.yaml"
    path.write_text("# TODO: 核对结案率的档次\n" + yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = _run("rubric", "check", path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert f"待核对：{path} 第1行：TODO: 核对结案率的档次" in lines
    assert f"警告：{path}：准则 1.1：第1档 at_least: 90 像百分数；比率应写 0.9（表示90%）" in lines
    assert any(line.startswith(f"校验通过：{path}") for line in lines) and "另有1处 # TODO 待核对" in lines
    # an arithmetic mismatch is an error (exit 1); the TODOs are still listed
    doc["parts"][0]["points"] = 12
    path.write_text("# TODO: 核对总分\n" + yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = _run("rubric", "check", path)
    assert out.returncode == 1 and f"待核对：{path} 第1行：TODO: 核对总分" in out.stdout
    assert "基础指标标明12分，所含指标合计10分，不一致" in out.stderr
