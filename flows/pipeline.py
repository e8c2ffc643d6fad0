"""The whole campaign as one Prefect flow: collect → extract and reconcile → render → bundle, composed of
the stage flows, with artifacts for the coordinator — the scores, per-unit status and findings, and where
the outputs are."""

from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.collect import collect_flow
from flows.extract import extract_flow
from flows.render import bundle_flow, render_flow
from ipdocs.campaign import load_campaign
from ipdocs.intake.report import unit_rows
from ipdocs.intake.status import campaign_status
from ipdocs.numbers import fmt
from ipdocs.render.content import gather

STAGES = ("collect", "extract", "render")


def reconcile_only(folder: str) -> dict:
    from flows.extract import reconcile_claims

    return reconcile_claims(folder)


def _publish(folder: str, at: str | None, outputs: dict) -> None:
    campaign = load_campaign(folder)
    sheet = gather(campaign).sheet
    create_table_artifact(
        key="scores", description=f"{campaign.title}：自评得分",
        table=[{"指标": ind.id, "名称": ind.title, "分值": fmt(ind.max), "得分": fmt(sheet.indicators[ind.id].score),
                "扣分原因": sheet.indicators[ind.id].reason} for ind in campaign.rubric.indicators]
        + [{"指标": "总分", "名称": sheet.grade or "", "分值": "", "得分": fmt(sheet.total), "扣分原因": ""}])
    status = campaign_status(campaign, campaign.moment(at))
    lines = [f"# {campaign.title}：报送情况", "", "| 单位 | 截止时间 | 状态 | 缺材料的考核要点 | 问题 |",
             "|---|---|---|---|---|"]
    for r in unit_rows(status):
        for d in r["deadlines"]:
            lines.append(f"| {r['unit']} | {d['due']} | {d['text']} | {r['missing']} | {r['problems']} |")
    lines += ["", "## 问题", ""] + [f"- {f.unit}：{f.kind}：{f.detail}" for f in status.findings]
    lines += ["", "## 输出", ""] + [f"- {name}：`{path}`" for name, path in outputs.items()]
    create_markdown_artifact(key="status", markdown="\n".join(lines), description="各单位报送情况与问题")


@flow(name="campaign-pipeline", log_prints=True)
def campaign_pipeline(folder: str, at: str | None = None, pdf: bool = True, dask_address: str | None = None,
                      unit: str | None = None, stage: str = "collect") -> dict:
    """收取 → 提取与核对 → 生成报告 → 整理材料。`stage` starts later (a rerun after a fix); `unit` limits
    collection to one unit's inbox. Unchanged files are never processed again (store and extraction caches)."""
    if stage not in STAGES:
        raise ValueError(f"stage: one of {', '.join(STAGES)}")
    logger = get_run_logger()
    start = STAGES.index(stage)
    collected = collect_flow(folder, at, unit=unit) if start <= 0 else {"summary": "（未重新收取）"}
    extracted = extract_flow(folder, dask_address=dask_address) if start <= 1 else reconcile_only(folder)
    rendered = render_flow(folder, pdf)
    bundled = bundle_flow(folder)
    campaign = load_campaign(folder)
    outputs = {"报送情况": str(campaign.out / "status" / "status.html"),
               "得分核对": str(campaign.out / "reconcile" / "得分核对.xlsx"),
               "报送考核单位的材料": str(campaign.out / "submit"), "U盘材料": bundled["root"],
               "压缩包": bundled["archive"]}
    _publish(folder, at, outputs)
    logger.info("完成：%s", "；".join(f"{k} {v}" for k, v in outputs.items()))
    return {"collected": collected["summary"], "claimed": extracted["claimed"], "evidenced": extracted["evidenced"],
            "documents": rendered, "bundle_problems": bundled["problems"], "outputs": outputs}
