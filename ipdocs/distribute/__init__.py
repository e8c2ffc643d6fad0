"""Distribution (迎考分工): every unit's pack, and the coordinator's overview files.

    out/distribute/<unit>/<unit>-任务通知.docx           red-header notice
    out/distribute/<unit>/<unit>-自评材料填报模板.docx    fill-in self-evaluation (read back by collection)
    out/distribute/<unit>/<unit>-佐证材料登记表.xlsx      evidence register and claimed quantities
    out/distribute/考核指标分工表.docx · <the scheme's contacts form>.docx (联系人统计表 / 联系人信息表) · 迎考日程.ics
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ipdocs.campaign.model import Campaign
from ipdocs.distribute.calendar import write_calendar
from ipdocs.distribute.documents import contacts_form_name, write_contacts_form, write_division_table, write_notice
from ipdocs.forms import write_register, write_selfeval_form

UNIT_FILES = (("任务通知.docx", write_notice), ("自评材料填报模板.docx", write_selfeval_form),
              ("佐证材料登记表.xlsx", write_register))


def distribution_folder(campaign: Campaign) -> Path:
    return campaign.out / "distribute"


def units_with_tasks(campaign: Campaign) -> list[str]:
    return [u.name for u in campaign.units if campaign.tasks(u.name)]


def write_unit_pack(campaign: Campaign, unit: str) -> list[Path]:
    folder = distribution_folder(campaign) / unit
    return [write(campaign, unit, folder / f"{unit}-{name}") for name, write in UNIT_FILES]


def write_coordinator_files(campaign: Campaign) -> list[Path]:
    folder = distribution_folder(campaign)
    return [write_division_table(campaign, folder / "考核指标分工表.docx"),
            write_contacts_form(campaign, folder / contacts_form_name(campaign)),
            write_calendar(campaign, folder / "迎考日程.ics")]


def distribute(campaign: Campaign, progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write every pack; `progress` is told each unit as it is done."""
    written = []
    for unit in units_with_tasks(campaign):
        written += write_unit_pack(campaign, unit)
        if progress:
            progress(unit)
    return written + write_coordinator_files(campaign)
