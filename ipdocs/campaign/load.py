"""Reading and checking `campaign.yaml`: shape against the published schema, then the facts a coordinator
gets wrong — a unit named but not listed, an indicator without a lead or with two, deadlines out of order,
a period that cannot be right. Every problem is one line naming the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ipdocs.campaign.model import Assignment, Campaign, Contact, Deadline, DocumentSettings, Unit
from ipdocs.errors import CampaignError, IpdocsError
from ipdocs.rubric import load_rubric
from ipdocs.schema import check_shape, json_ready, load_schema
from ipdocs.yamlfile import read_yaml

SCHEMA_PATH = Path(__file__).with_name("campaign.schema.json")
CAMPAIGN_FILE = "campaign.yaml"
# The chain of submissions: each step's deadline may not come before the previous one's.
CHAIN = [("cooperating", "lead"), ("lead", "coordinator"), ("lead", "assessor"), ("coordinator", "assessor")]


def _name_of(node: dict) -> str | None:
    if "contacts" in node and "name" in node:
        return f"单位 {node['name']}"
    if "lead" in node:
        target = f"准则 {node['criterion']}" if "criterion" in node else f"指标 {node.get('indicator')}"
        return f"分工 {target}"
    if "due" in node and "id" in node:
        return f"时间节点 {node['id']}"
    return None


def campaign_file(folder: str | Path) -> Path:
    folder = Path(folder)
    path = folder / CAMPAIGN_FILE if folder.is_dir() or folder.suffix not in (".yaml", ".yml") else folder
    if not path.is_file():
        raise IpdocsError(f"找不到迎考工作配置：{path}（可用 ipdocs campaign init 创建）")
    return path


def load_campaign(folder: str | Path) -> Campaign:
    path = campaign_file(folder)
    return parse_campaign(read_yaml(path, "迎考工作配置"), path)


def _date(text: str, field: str, problems: list[str], source: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{source}：{field}：日期 {text!r} 无效")
        return None


def parse_campaign(doc, path: Path) -> Campaign:
    source = str(path)
    if not isinstance(doc, dict):
        raise CampaignError(f"{source}：迎考工作配置应为 YAML 映射（键: 值）")
    doc = json_ready(doc)
    check_shape(doc, load_schema(SCHEMA_PATH), source, CampaignError, _name_of)
    problems: list[str] = []

    rubric_ref = doc["rubric"]
    local = path.parent / rubric_ref
    try:
        rubric = load_rubric(local if local.suffix in (".yaml", ".yml") else rubric_ref)
    except IpdocsError as exc:
        raise CampaignError(f"{source}：rubric：{exc}") from exc

    try:
        tz = ZoneInfo(doc.get("timezone", "Asia/Shanghai"))
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
        problems.append(f"{source}：timezone：未知时区 {doc['timezone']!r}（如 Asia/Shanghai）")

    # --- units -----------------------------------------------------------------------------------
    units: list[Unit] = []
    for i, spec in enumerate(doc["units"]):
        if any(u.name == spec["name"] for u in units):
            problems.append(f"{source}：units[{i}].name：单位 {spec['name']} 重复")
        contacts = [Contact(c["role"], c["name"], c.get("title", ""), c.get("office_phone", ""), c.get("mobile", ""))
                    for c in spec["contacts"]]
        units.append(Unit(spec["name"], spec.get("short", ""), contacts))
    by_name = {u.name: u for u in units}

    def known_unit(name: str, field: str) -> bool:
        if name not in by_name:
            problems.append(f"{source}：{field}：单位“{name}”不在 units 中")
            return False
        return True

    coordinator = doc["coordinator"]
    if known_unit(coordinator["unit"], "coordinator.unit") and \
            not by_name[coordinator["unit"]].contact(coordinator["contact"]):
        problems.append(f"{source}：coordinator.contact：{coordinator['contact']} 不是 {coordinator['unit']} 的联系人")

    # --- assignments -----------------------------------------------------------------------------
    indicators = {ind.id: ind for ind in rubric.indicators}
    criteria = rubric.criteria
    by_indicator: dict[str, Assignment] = {}
    by_criterion: dict[str, Assignment] = {}
    for i, spec in enumerate(doc["assignments"]):
        field = f"assignments[{i}]"
        key, target, table = (("indicator", indicators, by_indicator) if "indicator" in spec
                              else ("criterion", criteria, by_criterion))
        ref = str(spec[key])
        word = "指标" if key == "indicator" else "准则"
        if ref not in target:
            problems.append(f"{source}：{field}.{key}：评分细则 {rubric.id} 中没有{word} {ref}")
            continue
        if ref in table:
            problems.append(f"{source}：{field}：{word} {ref} 有多个牵头单位（{table[ref].lead}、{spec['lead']}）")
            continue
        ok = known_unit(spec["lead"], f"{field}.lead")
        for j, name in enumerate(spec.get("cooperating", [])):
            known_unit(name, f"{field}.cooperating[{j}]")
            if name == spec["lead"]:
                problems.append(f"{source}：{field}.cooperating[{j}]：{name} 已是牵头单位，不能同时为配合单位")
        contact = spec.get("contact")
        if ok and contact and not by_name[spec["lead"]].contact(contact):
            problems.append(f"{source}：{field}.contact：{contact} 不是牵头单位 {spec['lead']} 的联系人")
        table[ref] = Assignment(spec["lead"], list(spec.get("cooperating", [])), contact)
    assignments: dict[str, Assignment] = {}
    for ind in rubric.indicators:
        missing = []
        for c in ind.criteria:
            a = by_criterion.get(c.id) or by_indicator.get(ind.id)
            if a is None:
                missing.append(c.id)
            else:
                assignments[c.id] = a
        if missing:
            where = f"指标 {ind.id}" + ("" if len(missing) == len(ind.criteria) else f"（准则 {'、'.join(missing)}）")
            problems.append(f"{source}：assignments：{where}没有牵头单位")

    # --- deadlines -------------------------------------------------------------------------------
    deadlines: list[Deadline] = []
    for i, spec in enumerate(doc["deadlines"]):
        field = f"deadlines[{i}]"
        if any(d.id == spec["id"] for d in deadlines):
            problems.append(f"{source}：{field}.id：时间节点 {spec['id']} 重复")
        try:
            due = dt.datetime.fromisoformat(spec["due"].replace(" ", "T"))
        except ValueError:
            problems.append(f"{source}：{field}.due：时间 {spec['due']!r} 无效（应为 2023-12-05 17:30）")
            continue
        deadlines.append(Deadline(spec["id"], spec["name"], due.replace(tzinfo=tz), spec["from"], spec["to"],
                                  spec.get("to_name", ""), spec.get("what", ""), spec.get("kind", "materials")))
    chain = [d for step in CHAIN for d in deadlines if (d.sender, d.receiver) == step and d.kind == "materials"]
    for earlier, later in zip(chain, chain[1:], strict=False):
        if later.due < earlier.due:
            problems.append(f"{source}：deadlines：{later.name}（{later.id}，{later.due_text}）早于上一环节"
                            f"{earlier.name}（{earlier.id}，{earlier.due_text}），报送顺序不对")

    # --- period and document ---------------------------------------------------------------------
    year = doc["year"]
    start = _date(doc["period"]["start"], "period.start", problems, source)
    end = _date(doc["period"]["end"], "period.end", problems, source)
    if start and end:
        if end < start:
            problems.append(f"{source}：period：统计截止日期 {end} 早于开始日期 {start}")
        elif (end - start).days > 731:
            problems.append(f"{source}：period：统计时间 {start} 至 {end} 超过两年，请核对")
        elif year not in (start.year, end.year):
            problems.append(f"{source}：period：统计时间 {start} 至 {end} 不含考核年度 {year}")
    signed = _date(doc["document"]["signed"], "document.signed", problems, source)
    as_of = None
    if "as_of" in doc:
        try:
            as_of = dt.datetime.fromisoformat(doc["as_of"].replace(" ", "T")).replace(tzinfo=tz)
        except ValueError:
            problems.append(f"{source}：as_of：时间 {doc['as_of']!r} 无效")
    if problems:
        raise CampaignError("\n".join(problems))

    d = doc["document"]
    return Campaign(
        id=doc["id"], title=doc["title"], rubric=rubric, assessee=doc["assessee"], year=year,
        timezone=str(tz), period=(start, end), coordinator_unit=coordinator["unit"],
        coordinator_contact=coordinator["contact"], units=units, assignments=assignments,
        deadlines=sorted(deadlines, key=lambda x: x.due),
        document=DocumentSettings(d["organ_mark"], d["issuer"], d["number_prefix"], d["number"], signed,
                                  d.get("scheme", "")),
        folder=path.parent, as_of=as_of,
    )
