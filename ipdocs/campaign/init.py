"""A starter campaign.yaml from a rubric: the units the scheme suggests, one assignment per indicator
(criterion-level where the scheme names a different lead), the scheme's deadlines, placeholders where
only the office knows the answer."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.load import CAMPAIGN_FILE, SCHEMA_PATH, load_campaign
from ipdocs.rubric.model import Rubric

TO_FILL = "待填写"
DEFAULT_COORDINATOR = "迎考牵头办公室"


def _deadlines(rubric: Rubric, year: int) -> list[dict]:
    found = []
    for n, d in enumerate(rubric.deadlines, 1):
        found.append({"id": f"step-{n}", "name": d["name"], "due": f"{d['date']} 17:30", "from": d["sender"],
                      "to": d["receiver"], **({"to_name": d["to"]} if d.get("to") else {}),
                      **({"kind": d["kind"]} if d.get("kind") else {}),
                      "what": d.get("text", "")})
    if found:
        return found
    return [  # the usual chain (seed 000's dates) for schemes that state none
        {"id": "cooperating", "name": "配合单位报送材料", "due": f"{year}-12-05 17:30", "from": "cooperating",
         "to": "lead", "what": "电子版（U盘）、纸质版材料"},
        {"id": "lead", "name": "牵头单位报送材料", "due": f"{year}-12-15 17:30", "from": "lead",
         "to": "coordinator", "what": "自评材料、佐证材料及登记表"},
        {"id": "assessor", "name": "报送考核单位", "due": f"{year}-12-31 17:30", "from": "coordinator",
         "to": "assessor", "what": "自评报告、佐证材料目录清单、考核评分表及佐证材料"},
    ]


def starter_campaign(rubric: Rubric, folder: Path, year: int | None = None) -> dict:
    year = year or rubric.year
    if not year:
        raise IpdocsError(f"评分细则 {rubric.id} 未写明年度，请用 --year 指定考核年度")
    leads = [ind.lead_units[0] for ind in rubric.indicators if ind.lead_units]
    coordinator = max(set(leads), key=leads.count) if leads else DEFAULT_COORDINATOR
    names: list[str] = [coordinator]
    assignments = []
    for ind in rubric.indicators:
        lead = ind.lead_units[0] if ind.lead_units else coordinator
        cooperating = [u for u in ind.lead_units[1:] + ind.cooperating_units if u != lead]
        assignments.append({"indicator": ind.id, "lead": lead, **({"cooperating": cooperating} if cooperating else {})})
        for c in ind.criteria:
            if c.lead_unit and c.lead_unit != lead:
                assignments.append({"criterion": c.id, "lead": c.lead_unit,
                                    "cooperating": [u for u in [lead, *cooperating] if u != c.lead_unit]})
        for name in [lead, *cooperating, *(c.lead_unit for c in ind.criteria if c.lead_unit)]:
            if name not in names:
                names.append(name)
    start, end = rubric.period or (f"{year}-01-01", f"{year}-12-31")
    slug = re.sub(r"[^a-z0-9-]+", "-", folder.name.lower()).strip("-") or rubric.id
    return {
        "id": slug,
        "title": f"{rubric.title}迎考工作",
        "rubric": rubric.id,
        "assessee": TO_FILL,
        "year": year,
        "timezone": "Asia/Shanghai",
        "period": {"start": start, "end": end},
        "coordinator": {"unit": coordinator, "contact": f"{TO_FILL}（联络员）"},
        "document": {"organ_mark": f"{coordinator}文件", "issuer": coordinator, "number_prefix": TO_FILL,
                     "number": 1, "signed": f"{year}-11-01", "scheme": ""},
        "units": [{"name": n, "contacts": [{"role": "分管领导", "name": f"{TO_FILL}（分管领导）"},
                                           {"role": "联络员", "name": f"{TO_FILL}（联络员）"}]} for n in names],
        "assignments": assignments,
        "deadlines": _deadlines(rubric, year),
    }


def init_campaign(rubric: Rubric, folder: str | Path, year: int | None = None) -> Path:
    folder = Path(folder)
    path = folder / CAMPAIGN_FILE
    if path.exists():
        raise IpdocsError(f"{path} 已存在，不会覆盖")
    doc = starter_campaign(rubric, folder, year)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "inbox").mkdir(exist_ok=True)
    header = (f"# yaml-language-server: $schema={SCHEMA_PATH.as_uri()}\n"
              f"# 迎考工作配置（由 ipdocs campaign init 根据评分细则 {rubric.id} 生成）。时间写作 2023-12-05 17:30。\n"
              f"# 请把“{TO_FILL}”替换为实际内容，然后运行 ipdocs campaign check 检查。"
              f"用本单位自己的 Word 模板时，加一行 templates: 模板文件夹名。\n")
    path.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    load_campaign(folder)  # what we write must pass our own check
    return path
