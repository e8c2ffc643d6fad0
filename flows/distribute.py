"""Distribution, orchestrated: read the campaign, write every unit's pack, then the coordinator's overview
files. The work itself is `ipdocs.distribute`."""

from __future__ import annotations

from prefect import get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE

from flows.base import flow
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.distribute import distribution_folder, units_with_tasks, write_coordinator_files, write_unit_pack


# Packs are cheap and must always reflect the current campaign.yaml: never served from a cache.
@task(cache_policy=NO_CACHE, retries=1, task_run_name="任务包：{unit}")
def write_pack(campaign: Campaign, unit: str) -> list[str]:
    return [str(p) for p in write_unit_pack(campaign, unit)]


@task(cache_policy=NO_CACHE)
def write_overview(campaign: Campaign) -> list[str]:
    return [str(p) for p in write_coordinator_files(campaign)]


@flow(name="distribute", log_prints=True)
def distribute_flow(folder: str) -> list[str]:
    """迎考分工: every unit's 任务通知, 自评材料填报模板 and 佐证材料登记表; the 分工表, 联系人统计表 and 日程."""
    campaign = load_campaign(folder)
    logger = get_run_logger()
    units = units_with_tasks(campaign)
    logger.info("%s：为 %d 个单位生成任务包", campaign.title, len(units))
    packs = write_pack.map(unmapped(campaign), units)
    overview = write_overview.submit(campaign)
    files = [path for pack in packs.result() for path in pack] + overview.result()
    logger.info("已生成 %d 个文件：%s", len(files), distribution_folder(campaign))
    return files


if __name__ == "__main__":
    import sys

    distribute_flow(sys.argv[1])
