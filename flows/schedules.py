"""The campaign's Prefect deployments, with schedules from its deadlines (ipdocs.campaign.schedule)."""

from __future__ import annotations

from prefect.schedules import RRule

from flows.collect import collect_flow
from flows.pipeline import campaign_pipeline
from ipdocs.campaign import load_campaign
from ipdocs.campaign.schedule import plan, rrule_daily, rrule_once


def deployments(folder: str, remind_days: tuple[int, ...] = (3, 1)) -> list:
    """RunnerDeployments for `flow.serve`/`prefect.serve`, or `.apply()` to register them."""
    campaign = load_campaign(folder)
    p = plan(campaign, remind_days)
    tz = p.timezone
    return [
        collect_flow.to_deployment(
            name=f"{campaign.id}-remind", parameters={"folder": folder, "remind": True},
            schedules=[RRule(rrule_once(r.at), timezone=tz, slug=f"remind-{r.deadline}-{r.at:%Y%m%d%H%M}")
                       for r in p.reminders],
            description="截止前催报：收取新文件、生成报送情况和催报提醒", tags=["ipdocs", campaign.id]),
        campaign_pipeline.to_deployment(
            name=f"{campaign.id}-pipeline", parameters={"folder": folder},
            schedules=[RRule(rrule_once(r.at), timezone=tz, slug=f"deadline-{r.deadline}") for r in p.pipelines],
            description="截止时运行完整流程：收取、提取与核对、生成报告、整理材料", tags=["ipdocs", campaign.id]),
        collect_flow.to_deployment(
            name=f"{campaign.id}-daily-status", parameters={"folder": folder},
            schedules=[RRule(rrule_daily(p.daily_from, p.daily_until), timezone=tz, slug="daily-status")],
            description="报送期间每日收取并更新报送情况", tags=["ipdocs", campaign.id]),
    ]


def apply_deployments(folder: str, remind_days: tuple[int, ...] = (3, 1)) -> list[str]:
    """Register the deployments with the Prefect server (PREFECT_API_URL); their names."""
    made = deployments(folder, remind_days)
    for deployment in made:
        deployment.apply()
    return [d.name for d in made]
