"""The campaign's Prefect deployments, with schedules from its deadlines (ipdocs.campaign.schedule), each
named with what it does and the deadline it serves; the run form's fields typed and explained (flows.params),
the campaign folder fixed, the unit one of the campaign's units.

The API does not enforce the form's schema: a wrong value typed into the API reaches the flow, which fails
with the same one-line Chinese message as the CLI instead of being refused in English."""

from __future__ import annotations

from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import RRule
from prefect.utilities.annotations import freeze

from flows.collect import collect_flow
from flows.params import unit_choices
from flows.pipeline import campaign_pipeline
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.campaign.schedule import plan, rrule_daily, rrule_once


def _typed(deployment: RunnerDeployment, campaign: Campaign) -> RunnerDeployment:
    unit_choices(deployment._parameter_openapi_schema.properties, campaign)
    return deployment


def deployments(folder: str, remind_days: tuple[int, ...] = (3, 1)) -> list[RunnerDeployment]:
    """RunnerDeployments for `flow.serve`/`prefect.serve`, or `.apply()` to register them."""
    campaign = load_campaign(folder)
    p = plan(campaign, remind_days)
    tz = p.timezone
    common = {"tags": ["ipdocs", campaign.id], "enforce_parameter_schema": False}
    return [_typed(d, campaign) for d in (
        collect_flow.to_deployment(
            name=f"{campaign.id}-remind", parameters={"folder": freeze(folder), "remind": True},
            schedules=[RRule(rrule_once(r.at), timezone=tz, slug=r.title) for r in p.reminders],
            description=f"{campaign.title}：截止前催报——收取新文件、生成报送情况和催报提醒", **common),
        campaign_pipeline.to_deployment(
            name=f"{campaign.id}-pipeline", parameters={"folder": freeze(folder)},
            schedules=[RRule(rrule_once(r.at), timezone=tz, slug=r.title) for r in p.pipelines],
            description=f"{campaign.title}：截止时运行完整流程——收取、提取与核对、生成报告、整理材料；"
                        "迟交或更正材料后可在此手动重新运行（选择单位和开始步骤）", **common),
        collect_flow.to_deployment(
            name=f"{campaign.id}-daily-status", parameters={"folder": freeze(folder)},
            schedules=[RRule(rrule_daily(p.daily_from, p.daily_until), timezone=tz, slug=p.daily_label)],
            description=f"{campaign.title}：报送期间每日收取并更新报送情况", **common),
    )]


def apply_deployments(folder: str, remind_days: tuple[int, ...] = (3, 1)) -> list[str]:
    """Register the deployments with the Prefect server (PREFECT_API_URL); their names."""
    made = deployments(folder, remind_days)
    for deployment in made:
        deployment.apply()
    return [d.name for d in made]
