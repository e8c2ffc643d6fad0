"""Issue 12 "Facts that cannot be true are refused": a rate above 100 % or written as a percentage, a negative
count, judged points or a unit's self-score above the maximum — each an error or finding naming the file, the
criterion and what to write instead. Expectations come from the seeds' own maxima and rates."""

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pytest
from conftest import copy_sample
from test_forms_roundtrip import type_into

from ipdocs.base.errors import FactError
from ipdocs.campaign import load_campaign
from ipdocs.forms import read_register, read_selfeval_form, write_register, write_selfeval_form
from ipdocs.intake.collect import collect
from ipdocs.intake.status import campaign_status
from ipdocs.reconcile import reconcile
from ipdocs.rubric import load_facts, load_rubric

ROOT = Path(__file__).resolve().parents[1]
TZ = ZoneInfo("Asia/Shanghai")
UNIT = "区市场监管局"  # seed 000: leads 3.2 (宣传活动), 7.2 (信息公开率) and indicator 16 (8 分)


def facts_file(tmp_path, text):
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the facts file ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("rubric_id", "cid"), [("wujiang-2023", "7.2"), ("hubei-2019", "12.1"),
                                                ("hubei-2019", "12.2")])
def test_a_percentage_where_a_ratio_belongs_is_refused(tmp_path, rubric_id, cid):
    rubric = load_rubric(rubric_id)  # seed 000 7.2 公开率达到100%; seed 004 12.(1)(2) 办结率
    with pytest.raises(FactError, match=rf"facts.yaml：事实 {cid}：96 是百分数的写法.*应写比率，如 0.96 表示96%"):
        load_facts(facts_file(tmp_path, f'"{cid}": 96\n'), rubric)
    with pytest.raises(FactError, match=rf"facts.yaml：事实 {cid}：1.7 即170%，比率不能超过100%.*应写0至1之间的比率"):
        load_facts(facts_file(tmp_path, f'"{cid}": 1.7\n'), rubric)
    assert load_facts(facts_file(tmp_path, f'"{cid}": 0.96\n'), rubric) == {cid: 0.96}
    assert load_facts(facts_file(tmp_path, f'"{cid}": 1\n'), rubric) == {cid: 1}


def test_a_growth_rate_may_pass_100_percent(tmp_path):
    # seed 000 12.6: 每万人口发明专利拥有量增长30%以上 — a growth of 150 % is possible
    rubric = load_rubric("wujiang-2023")
    assert load_facts(facts_file(tmp_path, '"12.6": 1.5\n'), rubric) == {"12.6": 1.5}


def test_negative_counts_and_judged_points_above_the_maximum_are_refused(tmp_path):
    with pytest.raises(FactError, match="facts.yaml：事实 3.2：次数不能为负数"):
        load_facts(facts_file(tmp_path, '"3.2": -1\n'), load_rubric("wujiang-2023"))
    # seed 003 加分指标 创新举措 6分，专家打分
    with pytest.raises(FactError, match="facts.yaml：事实 bonus-1.1：评定分数 7 超过本项最高分 6"):
        load_facts(facts_file(tmp_path, '"bonus-1.1": 7\n'), load_rubric("market-standard"))
    with pytest.raises(FactError, match="facts.yaml：事实 99.1：评分细则 wujiang-2023 中没有该准则编号"):
        load_facts(facts_file(tmp_path, '"99.1": true\n'), load_rubric("wujiang-2023"))


def test_score_command_names_the_file_and_what_to_write(tmp_path):
    path = facts_file(tmp_path, '"7.2": 96\n')
    done = subprocess.run([sys.executable, "-m", "ipdocs", "score", "wujiang-2023", path], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"错误：{path}：事实 7.2：96 是百分数的写法（按比率读作9600%）；应写比率，如 0.96 表示96%"]


def test_a_campaign_facts_file_is_checked_against_the_rubric(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, inbox=False))
    (campaign.folder / "facts.yaml").write_text('"7.2": 1.7\n', encoding="utf-8")
    with pytest.raises(FactError, match=r"facts.yaml：事实 7.2：1.7 即170%"):
        reconcile(campaign)


# --- a unit's register ------------------------------------------------------------------------------------

def test_register_refuses_negative_counts_and_impossible_rates(campaign, tmp_path):
    path = write_register(campaign, UNIT, tmp_path / "register.xlsx")
    wb = openpyxl.load_workbook(path)
    rows = {}
    for row in wb["申报数量"].iter_rows(min_row=3):
        key = (row[0].value, row[1].value)
        if key == ("3.2", None):
            row[4].value, rows["3.2"] = -2, row[0].row
        if key == ("7.2", None):
            row[4].value, rows["7.2"] = 96, row[0].row
        if key == ("1.1", None):
            row[4].value = "是"
    evidence = wb["佐证材料登记表"]
    for c, value in enumerate(["3.2", "宣传周活动通讯稿", "通讯稿", None, None, -1, None, "3.2-01 通讯稿.pdf"], 2):
        evidence.cell(3, c, value)
    wb.save(path)
    back = read_register(path, campaign.rubric)
    assert any(p.startswith(f"register.xlsx 申报数量第{rows['3.2']}行（3.2") and "次数不能为负数" in p
               for p in back.problems), back.problems
    assert any(p.startswith(f"register.xlsx 申报数量第{rows['7.2']}行：事实 7.2：96 是百分数的写法")
               and "应写比率，如 0.96 表示96%" in p for p in back.problems), back.problems
    assert any(p.startswith("register.xlsx 佐证材料第3行（3.2）：数量不能为负数") for p in back.problems)
    facts = back.facts(campaign.rubric)
    assert "3.2" not in facts and "7.2" not in facts and facts["1.1"] is True


# --- a unit's self-evaluation form ------------------------------------------------------------------------

def filled_form(campaign, path, scores):
    write_selfeval_form(campaign, UNIT, path)
    document = docx.Document(str(path))
    for ind, value in scores.items():
        type_into(document, f"ipdocs:selfscore:{ind}", [[value]])
    document.save(str(path))
    return path


def test_a_self_score_above_the_indicators_maximum_is_named(campaign, tmp_path):
    form = read_selfeval_form(filled_form(campaign, tmp_path / "form.docx", {"16": "99", "1": "3"}))
    assert form.score("16") == Decimal(99)
    assert form.score_problems(campaign.rubric) == [
        ("16", "form.docx：指标 16 自评99分，超出该指标分值范围（满分8分）；应填0至8之间的分数")]


def test_self_score_above_the_maximum_is_a_finding_in_status_and_reconcile(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, inbox=False))
    delivery = campaign.folder / "inbox" / UNIT / "2023-12-10 0900 报送"
    delivery.mkdir(parents=True)
    filled_form(campaign, delivery / f"{UNIT}-自评材料填报模板.docx", {"16": "99"})
    at = dt.datetime(2023, 12, 11, 9, 0, tzinfo=TZ)
    collect(campaign, at)
    expected = f"{UNIT}-自评材料填报模板.docx：指标 16 自评99分，超出该指标分值范围（满分8分）；应填0至8之间的分数"
    findings = [(f.unit, f.kind, f.detail) for f in campaign_status(campaign, at).findings]
    assert (UNIT, "自评分超出分值", expected) in findings
    assert any(text == f"{UNIT}：{expected}" for _, text in reconcile(campaign).findings)
