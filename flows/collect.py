"""Collection, orchestrated: ingest what units sent, then write the status page, workbook and reminders.
The work itself is `ipdocs.intake`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.base import flow, quote
from flows.params import At, Folder, Remind, Unit
from flows.server import locked
from flows.timing import timed
from ipdocs.base.moments import parse_moment
from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
from ipdocs.intake.collect import collect
from ipdocs.intake.report import write_status
from ipdocs.intake.status import CampaignStatus, campaign_status
from ipdocs.output import progress

if TYPE_CHECKING:
    from ipdocs.extract.campaign import Workers


# The inbox changes between runs and the ledger already makes ingestion idempotent: never cached.
@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def ingest(campaign: Campaign, moment: dt.datetime, unit: str | None = None, extracting: Workers | None = None
           ) -> dict:
    """`extracting`: extraction's workers, given each stored file at once (the pipeline's workers_ahead)."""
    progress.start("collect")  # files are counted as the inbox is read
    result = collect(campaign, moment, progress=lambda _name: progress.advance("collect"), unit=unit,
                     stored=extracting.stored(campaign) if extracting is not None else None)
    progress.finish("collect")
    return {"summary": result.summary, "quarantined": result.quarantined}


@task(cache_policy=NO_CACHE)
def report_status(campaign: Campaign, moment: dt.datetime, remind: bool) -> tuple[CampaignStatus, list[str]]:
    """The status at `moment`; its page and workbook written unless they already show it; reminders if asked."""
    status = campaign_status(campaign, moment)
    files, _written = write_status(status)
    if remind:
        from ipdocs.intake.remind import write_reminders  # Word letters: only when reminding

        files += write_reminders(status, moment)
    return status, [str(f) for f in files]


def collect_and_report(campaign: Campaign, moment: dt.datetime, remind: bool = False,
                       unit: str | None = None, extracting: Workers | None = None) -> dict:
    """The stage, inside whichever flow runs it (the collect flow, the campaign pipeline, which passes extraction's
    workers as `extracting`: they start on each file as soon as it is stored)."""
    logger = get_run_logger()
    with timed("collect"):
        ingested = ingest(quote(campaign), moment, unit, extracting)
    logger.info("收取完成：%s", ingested["summary"])
    for sender, path, reason in ingested["quarantined"]:
        logger.warning("已隔离：%s/%s：%s", sender, path, reason)
    with timed("status"):
        status, files = report_status(quote(campaign), moment, remind)
    logger.info("报送情况：%s", files[0])
    return {**ingested, "files": files, "status": status}


@flow(name="collect", log_prints=True)
@locked("收取")
def collect_flow(folder: Folder, at: At = None, remind: Remind = False, unit: Unit = None) -> dict:
    """报送: new files from inbox/ (one unit's, if named) into the store and ledger; the status page;
    reminders if asked."""
    campaign = load_campaign(folder)
    return collect_and_report(campaign, campaign.moment(parse_moment(at, campaign.timezone)), remind, unit)


if __name__ == "__main__":
    import sys

    collect_flow(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
