"""The whole campaign as one Prefect flow: collect → extract and reconcile → render → bundle, the same
stages the stage flows run, on one campaign read once and one submission gathered once; then artifacts for
the coordinator — the scores, per-unit status and findings, and where the outputs are (each asked of the
stage that writes it). Progress goes to a progress artifact while the stages run. Artifact keys carry the
campaign, so campaigns served together keep separate histories."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

from prefect import get_run_logger
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)

from flows.base import flow, quote
from flows.collect import collect_and_report
from flows.extract import extract_and_reconcile, reconcile_claims, task_runner, workers_ahead
from flows.params import STAGES as STAGE_NAMES
from flows.params import At, DaskAddress, Folder, Pdf, Stage, Unit
from flows.render import bundle_and_check, converter_ahead, gather_submission, render_and_check
from flows.server import locked
from flows.timing import timed
from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.intake.report import FINDINGS, UNITS, claim_rows, status_page, unit_rows, write_status
from ipdocs.intake.status import CampaignStatus, campaign_status
from ipdocs.output import markdown, progress
from ipdocs.reconcile import CLAIMS, score_check_sheet
from ipdocs.render import submit_folder

if TYPE_CHECKING:
    from ipdocs.render.content import Submission

STAGES = tuple(STAGE_NAMES)
REASON_CELL = 40  # characters of a reason shown in the score artifact's table; the full text is in the status


def artifact_key(campaign: Campaign, name: str) -> str:
    """A Prefect artifact key (lowercase letters, digits, dashes) naming the campaign and the artifact."""
    slug = re.sub(r"[^a-z0-9]+", "-", campaign.id.lower()).strip("-") or "campaign"
    return f"{slug}-{name}"


def shortened(text: str, limit: int = REASON_CELL) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _publish(sub: Submission, status: CampaignStatus, outputs: dict, refused: list[str] = (),
             recheck: bool = True) -> None:
    from ipdocs.render.score_xlsx import INDICATOR_SCORES, indicator_scores

    campaign = sub.campaign
    if recheck:  # the status page again, unless collection just wrote (or kept) it from these same facts
        write_status(status)
    open_claims = [{**r, "text": shortened(r["text"])} for r in claim_rows(campaign) if r["gap"] or r["missing"]]
    rows = indicator_scores(campaign.rubric, sub.sheet, True)
    cut = [r for r in rows if len(" ".join(str(r["reason"] or "").split())) > REASON_CELL]
    create_table_artifact(key=artifact_key(campaign, "scores"),
                          description=f"{campaign.title}：自评得分（扣分原因全文见“报送情况”）",
                          table=markdown.records(INDICATOR_SCORES, [{**r, "reason": shortened(r["reason"])}
                                                                    for r in rows]))
    lines = [f"# {campaign.title}：报送情况", "", markdown.render(UNITS, unit_rows(status)),
             "", "## 问题", "", markdown.render(FINDINGS, status.findings)]
    if refused:
        lines += ["", f"## 未生成报送包：尚有{len(refused)}项未完成", ""] + [f"- {line}" for line in refused]
    lines += ["", "## 申报与佐证核对（有差距或缺材料的考核要点）", "", markdown.render(CLAIMS, open_claims)]
    if cut:
        lines += ["", "## 扣分原因（全文）", ""] + [f"- {r['indicator']} {r['title']}：{r['reason']}" for r in cut]
    lines += ["", "## 输出", ""] + [f"- {name}：`{path}`" for name, path in outputs.items()]
    create_markdown_artifact(key=artifact_key(campaign, "status"), markdown="\n".join(lines),
                             description=f"{campaign.title}：各单位报送情况与问题")


class _ProgressArtifact:
    """The pipeline's completion in the Prefect UI, updated as the stages advance: whole percents, at most once
    per EVERY seconds (each update is a call to the server; a cold run advances a few hundred times)."""

    EVERY = 1.0

    def __init__(self, campaign: Campaign, stages: tuple[str, ...]):
        self.stages, self.shown, self.at = stages, 0.0, time.monotonic()
        self.id = create_progress_artifact(0.0, key=artifact_key(campaign, "progress"),
                                           description=f"{campaign.title}：流程进度")

    def __call__(self, _step: progress.Step) -> None:
        done = progress.overall(progress.steps(), self.stages)
        if int(done) != int(self.shown) and time.monotonic() - self.at >= self.EVERY:
            self.shown, self.at = done, time.monotonic()
            update_progress_artifact(self.id, done)

    def close(self) -> None:
        update_progress_artifact(self.id, 100.0)


@flow(name="campaign-pipeline", log_prints=True)
@locked("完整流程")
def campaign_pipeline(folder: Folder, at: At = None, pdf: Pdf = True, dask_address: DaskAddress = None,
                      unit: Unit = None, stage: Stage = "collect") -> dict:
    """收取 → 提取与核对 → 生成报告 → 整理材料。`stage` starts later (a rerun after a fix); `unit` limits
    collection to one unit's inbox. Unchanged inputs are never processed again (store, extraction cache,
    render and bundle keys)."""
    start = STAGES.index(stage)  # unit and stage were checked by @locked, with the CLI's messages
    campaign = load_campaign(folder)
    moment = campaign.moment(parse_moment(at, campaign.timezone))
    progress.reset()
    shown = _ProgressArtifact(campaign, tuple(progress.STAGES)[start:])
    ahead = start == 0 and not unit and not dask_address  # extraction's workers start while collection runs
    with progress.listening(shown), workers_ahead(campaign, ahead) as workers, \
            converter_ahead(pdf, campaign):
        collected = (collect_and_report(campaign, moment, unit=unit, extracting=workers) if start == 0
                     else {"summary": "（未重新收取）", "status": campaign_status(campaign, moment)})
        extracted = (extract_and_reconcile(campaign, task_runner(dask_address), started=workers) if start <= 1
                     else reconcile_claims(quote(campaign)))
        with timed("gather"):
            sub = gather_submission(quote(campaign))
        rendered = render_and_check(campaign, pdf, sub)
        bundled = bundle_and_check(campaign, sub)
    shown.close()
    outputs = {"报送情况": str(status_page(campaign)), "得分核对": str(score_check_sheet(campaign)),
               "报送考核单位的材料": str(submit_folder(campaign))}
    if bundled["root"]:  # else refused by the gate: the open items are the artifact's and the log's
        outputs.update({"U盘材料": bundled["root"], "压缩包": bundled["archive"]})
    fresh = start == 0 and not extracted.get("new")  # the status page collection wrote saw these same facts
    with timed("publish"):
        _publish(sub, collected["status"], outputs, bundled.get("refused", []), recheck=not fresh)
    get_run_logger().info("完成：%s", "；".join(f"{k} {v}" for k, v in outputs.items()))
    return {"collected": collected["summary"], "claimed": extracted["claimed"], "evidenced": extracted["evidenced"],
            "extracted": {k: extracted[k] for k in ("new", "cached", "failed") if k in extracted},
            "documents": rendered, "bundle_problems": bundled["problems"],
            "bundle_refused": bundled.get("refused", []), "outputs": outputs}
