"""The whole campaign as one Prefect flow: collect → extract and reconcile → render → bundle, the same
stages the stage flows run, on one campaign read once; then artifacts for the coordinator — the scores,
per-unit status and findings, and where the outputs are (each asked of the stage that writes it)."""

from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.collect import collect_and_report
from flows.extract import extract_and_reconcile, reconcile_claims, task_runner
from flows.render import bundle_and_check, render_and_check
from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.intake.report import FINDINGS, UNITS, status_page, unit_rows
from ipdocs.intake.status import CampaignStatus, campaign_status
from ipdocs.output import markdown
from ipdocs.reconcile import score_check_sheet
from ipdocs.render import submit_folder
from ipdocs.render.content import gather
from ipdocs.render.score_xlsx import INDICATOR_SCORES, indicator_scores

STAGES = ("collect", "extract", "render")


def _publish(campaign: Campaign, status: CampaignStatus, outputs: dict) -> None:
    sheet = gather(campaign).sheet
    create_table_artifact(key="scores", description=f"{campaign.title}：自评得分",
                          table=markdown.records(INDICATOR_SCORES, indicator_scores(campaign.rubric, sheet, True)))
    lines = [f"# {campaign.title}：报送情况", "", markdown.render(UNITS, unit_rows(status)),
             "", "## 问题", "", markdown.render(FINDINGS, status.findings)]
    lines += ["", "## 输出", ""] + [f"- {name}：`{path}`" for name, path in outputs.items()]
    create_markdown_artifact(key="status", markdown="\n".join(lines), description="各单位报送情况与问题")


@flow(name="campaign-pipeline", log_prints=True)
def campaign_pipeline(folder: str, at: str | None = None, pdf: bool = True, dask_address: str | None = None,
                      unit: str | None = None, stage: str = "collect") -> dict:
    """收取 → 提取与核对 → 生成报告 → 整理材料。`stage` starts later (a rerun after a fix); `unit` limits
    collection to one unit's inbox. Unchanged files are never processed again (store and extraction caches)."""
    if stage not in STAGES:
        raise ValueError(f"stage: one of {', '.join(STAGES)}")
    start = STAGES.index(stage)
    campaign = load_campaign(folder)
    moment = campaign.moment(parse_moment(at, campaign.timezone))
    collected = (collect_and_report(campaign, moment, unit=unit) if start == 0
                 else {"summary": "（未重新收取）", "status": campaign_status(campaign, moment)})
    extracted = extract_and_reconcile(campaign, task_runner(dask_address)) if start <= 1 else reconcile_claims(campaign)
    rendered = render_and_check(campaign, pdf)
    bundled = bundle_and_check(campaign)
    outputs = {"报送情况": str(status_page(campaign)), "得分核对": str(score_check_sheet(campaign)),
               "报送考核单位的材料": str(submit_folder(campaign)), "U盘材料": bundled["root"],
               "压缩包": bundled["archive"]}
    _publish(campaign, collected["status"], outputs)
    get_run_logger().info("完成：%s", "；".join(f"{k} {v}" for k, v in outputs.items()))
    return {"collected": collected["summary"], "claimed": extracted["claimed"], "evidenced": extracted["evidenced"],
            "documents": rendered, "bundle_problems": bundled["problems"], "outputs": outputs}
