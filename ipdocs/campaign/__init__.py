"""Campaigns: units, contacts, assignments and deadlines for one office's assessment (DESIGN §3)."""

from ipdocs.campaign.init import init_campaign, starter_campaign
from ipdocs.campaign.load import CAMPAIGN_FILE, load_campaign, parse_campaign
from ipdocs.campaign.model import Campaign, Deadline, Task, Unit

__all__ = ["CAMPAIGN_FILE", "Campaign", "Deadline", "Task", "Unit", "init_campaign", "load_campaign",
           "parse_campaign", "starter_campaign"]
