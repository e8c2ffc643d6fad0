"""Campaigns: units, contacts, assignments and deadlines for one office's assessment (DESIGN §3)."""

from ipdocs.campaign.init import init_campaign, starter_campaign
from ipdocs.campaign.load import CAMPAIGN_FILE, campaign_schema, load_campaign, parse_campaign
from ipdocs.campaign.model import Campaign, CampaignFile, Deadline, Task, Unit

__all__ = ["CAMPAIGN_FILE", "Campaign", "CampaignFile", "Deadline", "Task", "Unit", "campaign_schema", "init_campaign",
           "load_campaign", "parse_campaign", "starter_campaign"]
