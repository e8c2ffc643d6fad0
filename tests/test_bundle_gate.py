"""Issue 13: nothing leaves while the report has open items, and the coordinator sees claims against evidence.

The gate reads the report as it is on disk (out/submit/), so a coordinator resolves it the way they would:
editing the DOCX. Figures are seed 000's rules over the Wujiang sample (8.7: 每次专项行动得0.5分，最多1.5分;
2.2: 得2分)."""

import shutil
import subprocess
import sys

import docx
import openpyxl
import pytest
import yaml
from conftest import copy_sample

from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.intake.report import write_status_html, write_status_xlsx
from ipdocs.intake.status import campaign_status
from ipdocs.reconcile import criterion_standing, reconcile, score_check_sheet, write_reconciliation
from ipdocs.render import render_documents, submit_folder
from ipdocs.render.bundle import FORCED, BundleRefused, bundle, bundle_folder, check_bundle, report_on_disk
from ipdocs.render.content import gather
from ipdocs.render.narrative import PENDING

# Only what the Wujiang inbox documents (its registers and files), so the only open item is a drafted narrative
EVIDENCED = {"1.1": True, "1.2": True, "2.1": True, "3.1": {"市级": 1}, "3.2": 2, "3.3": True, "5.1": True,
             "6.1": True, "6.2": True, "7.1": True, "8.1": ["商标"], "8.6": 1, "8.7": 1, "11.2": True, "12.3": True,
             "15.1": True}


def _rendered(tmp_path, facts: dict | None = None):
    folder = copy_sample(tmp_path)
    if facts is not None:
        (folder / "facts.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    campaign = load_campaign(folder)
    collect(campaign, max(d.due for d in campaign.deadlines))
    render_documents(gather(campaign))
    return campaign


@pytest.fixture(scope="module")
def claimed(tmp_path_factory):
    """The sample as it is: facts.yaml claims 85.45 points, many without evidence."""
    return _rendered(tmp_path_factory.mktemp("claimed"))


@pytest.fixture(scope="module")
def evidenced_once(tmp_path_factory):
    return _rendered(tmp_path_factory.mktemp("evidenced"), EVIDENCED).folder


@pytest.fixture
def evidenced(evidenced_once, tmp_path):
    """A fresh copy of the campaign claiming only what its inbox documents, collected and rendered."""
    return load_campaign(shutil.copytree(evidenced_once, tmp_path / evidenced_once.name))


def _refusal(campaign) -> list[str]:
    with pytest.raises(BundleRefused) as refused:
        bundle(campaign)
    assert not bundle_folder(campaign).exists()  # nothing laid out
    return refused.value.problems


def _edit_report(campaign, change) -> None:
    """Open the report on disk with python-docx, let `change` edit its paragraphs, save it in place."""
    path = report_on_disk(campaign)
    document = docx.Document(str(path))
    change(document.paragraphs)
    document.save(str(path))


def test_refused_while_claims_lack_evidence_and_marks_remain_then_forced(claimed):
    problems = _refusal(claimed)
    by_label = {line.split("（", 1)[0]: line for line in problems}
    assert "没有佐证材料" in by_label["2.2"] and "自评2分" in by_label["2.2"] and PENDING in by_label["2.2"]
    assert PENDING in by_label["8.7"] and "没有佐证材料" not in by_label["8.7"]  # one summary delivered
    assert "1.1" not in by_label and "8.3" not in by_label  # evidenced and narrated; not claimed
    assert all(line.count("\n") == 0 for line in problems)

    made = bundle(claimed, force=True)
    assert made.forced == problems and made.files
    record = (bundle_folder(claimed) / FORCED).read_text(encoding="utf-8")
    assert record.startswith("以 --force 强制生成报送包") and all(line in record for line in problems)
    assert check_bundle(claimed) == []  # the record sits beside the tree: not in the zip the assessors get


def test_cli_lists_open_items_and_force_builds(claimed):
    refused = subprocess.run([sys.executable, "-m", "ipdocs", "bundle", str(claimed.folder)], capture_output=True,
                             text=True, env={"COLUMNS": "300", "PATH": ""})
    assert refused.returncode == 1
    assert "未完成：2.2（" in refused.stderr and "未生成报送包" in refused.stderr
    forced = subprocess.run([sys.executable, "-m", "ipdocs", "bundle", str(claimed.folder), "--force"],
                            capture_output=True, text=True, env={"COLUMNS": "300", "PATH": ""})
    assert forced.returncode == 0, forced.stderr
    assert "已强制生成报送包" in forced.stderr and "检查通过" in forced.stdout


def test_refused_while_a_drafted_narrative_is_marked_then_built_once_the_report_is_completed(evidenced):
    campaign = evidenced
    problems = _refusal(campaign)
    assert len(problems) == 1 and problems[0].startswith("8.1（") and PENDING in problems[0]

    def complete(paragraphs):
        for p in paragraphs:
            if PENDING in p.text:
                for run in p.runs[1:]:
                    run.text = ""
                p.runs[0].text = "专项整治共检查农资经营门店56家，查办农资商标侵权案件2件。"

    _edit_report(campaign, complete)
    made = bundle(campaign)
    assert made.forced == [] and not (bundle_folder(campaign) / FORCED).exists()
    assert check_bundle(campaign) == []


def test_a_claimed_criterion_whose_narrative_was_deleted_is_an_open_item(evidenced):
    campaign = evidenced
    heading = "5.1 加大知识产权保护资金投入支持，将知识产权保护经费纳入本级预算的，得3分。"

    def delete_narrative(paragraphs):
        at = next(i for i, p in enumerate(paragraphs) if p.text.strip() == heading)
        for p in paragraphs[at + 1:at + 2]:  # the unit's one line (知识产权保护经费30万元纳入区本级预算…)
            p._element.getparent().remove(p._element)

    _edit_report(campaign, delete_narrative)
    assert any(line.startswith("5.1（") and "报告中没有工作情况" in line for line in _refusal(campaign))


def test_pipeline_bundle_step_reports_instead_of_failing(claimed):
    from flows.render import lay_out_bundle

    result = lay_out_bundle.fn(gather(claimed))
    assert result["root"] == "" and any(line.startswith("2.2（") for line in result["refused"])


def test_claims_against_evidence_for_the_coordinator_only(claimed):
    r = reconcile(claimed, extract=False)
    rows = {row["id"]: row for row in criterion_standing(r, claimed)}
    # 8.7: 4 actions claimed → 2分 capped at 1.5分; one summary delivered → 0.5分
    assert (rows["8.7"]["claimed"], rows["8.7"]["evidenced"], rows["8.7"]["gap"]) == (1.5, 0.5, 1)
    assert rows["2.2"]["claimed"] == 2 and rows["2.2"]["evidenced"] == 0 and rows["2.2"]["missing"] == "未登记佐证材料"
    assert "区市场监管局" in rows["2.2"]["todo"]
    assert "8.3" not in rows  # nothing claimed, nothing delivered

    write_reconciliation(claimed, r)
    book = openpyxl.load_workbook(score_check_sheet(claimed))
    assert book.sheetnames == ["得分核对", "申报与佐证核对"]
    header, *body = [list(row) for row in book["申报与佐证核对"].iter_rows(values_only=True)]
    assert header[:6] == ["考核要点", "分值", "牵头单位", "申报得分", "有材料支撑得分", "差距"]
    row = next(r for r in body if r[0].startswith("8.7 "))
    assert row[1:6] == [1.5, "区公安分局", 1.5, 0.5, 1]

    status = campaign_status(claimed, max(d.due for d in claimed.deadlines))
    page = write_status_html(status).read_text(encoding="utf-8")
    assert "申报与佐证核对" in page and "未登记佐证材料" in page
    assert "申报与佐证核对" in openpyxl.load_workbook(write_status_xlsx(status)).sheetnames

    for table in sorted(submit_folder(claimed).glob("3.*评分表.*")):  # the assessors' copy: no such columns
        text = (" ".join(str(v) for ws in openpyxl.load_workbook(table) for row in ws.iter_rows(values_only=True)
                         for v in row if v is not None) if table.suffix == ".xlsx"
                else " ".join(c.text for t in docx.Document(str(table)).tables for row in t.rows for c in row.cells))
        assert "有材料支撑" not in text and "申报得分" not in text, table.name
