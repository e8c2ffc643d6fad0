"""The flows' parameters as the coordinator sees them in the Prefect run form: typed, with a Chinese title and
description (Prefect builds the form from the flow's signature; `json_schema_extra` carries title,
description and choices into it). The choices are checked when the run starts, with the same one-line
Chinese message the CLI gives — the Python types stay `str` so a wrong value reaches that check instead of
failing in Prefect's own English validation. No Prefect import here: the CLI checks its options with it.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from pydantic.fields import FieldInfo

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign

STAGES = {"collect": "收取", "extract": "提取与核对", "render": "生成报告"}  # in pipeline order


def _described(title: str, description: str, **extra) -> FieldInfo:
    return Field(json_schema_extra={"title": title, "description": description, **extra})


Folder = Annotated[str, _described("迎考工作文件夹", "含 campaign.yaml 的文件夹（由部署设定，不必修改）")]
At = Annotated[str | None, _described(
    "按此时间计算", "如 2023-12-06 09:00（campaign 时区）；不填则取 campaign.yaml 的 as_of，否则为当前时间")]
Unit = Annotated[str | None, _described(
    "只收取这个单位", "迟交或更正材料的单位（迎考工作配置中的单位全称）；不填则收取所有单位")]
Stage = Annotated[str, _described(
    "从哪一步开始", "collect 收取（默认）；extract 提取与核对（材料未变、只改了提取或核对时）；"
    "render 生成报告（只改了模板或 facts.yaml 时）", enum=list(STAGES))]
Pdf = Annotated[bool, _described("同时生成 PDF", "用 LibreOffice 把自评报告、目录清单、评分表转为 PDF")]
Remind = Annotated[bool, _described("生成催报提醒", "为缺材料的单位生成催报提醒（Word 文件和可粘贴的文字）")]
DaskAddress = Annotated[str | None, _described(
    "Dask 调度器地址", "如 tcp://10.0.0.5:8786：在该集群上提取；不填则在本机多进程提取")]


def check_unit(campaign: Campaign, unit: str | None) -> None:
    """A unit named for a rerun must be one of the campaign's units."""
    names = [u.name for u in campaign.units]
    if unit is not None and unit not in names:
        raise IpdocsError(f"单位“{unit}”不在迎考工作配置中：应为 campaign.yaml 所列单位的全称之一"
                          f"（{'、'.join(names)}）")


def check_stage(stage: str) -> None:
    if stage not in STAGES:
        choices = "、".join(f"{k}（{v}）" for k, v in STAGES.items())
        raise IpdocsError(f"开始步骤“{stage}”无效：应为 {choices} 之一")


def check_parameters(arguments: dict) -> None:
    """A flow's stage and unit arguments (where it has them), before it touches the campaign."""
    if "stage" in arguments:
        check_stage(arguments["stage"])
    if arguments.get("unit") is not None:
        from ipdocs.campaign import load_campaign

        check_unit(load_campaign(arguments["folder"]), arguments["unit"])


def unit_choices(properties: dict, campaign: Campaign) -> None:
    """The run form's unit field offers exactly the campaign's units (a deployment serves one campaign)."""
    if "unit" in properties:
        properties["unit"]["anyOf"] = [{"type": "string", "enum": [u.name for u in campaign.units]}, {"type": "null"}]
