"""Reading and checking `campaign.yaml`: its shape and values against the declaration (`CampaignFile`), then
the facts a coordinator gets wrong that need the rubric or the whole file — a unit named but not listed, an
indicator without a lead or with two, deadlines out of order, a period that cannot be right. Every problem is
one line naming the field."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

from ipdocs.base.errors import CampaignError, IpdocsError
from ipdocs.base.inputs import json_schema, validate
from ipdocs.base.yamlfile import read_yaml
from ipdocs.campaign.model import Assignment, Campaign, CampaignFile, Deadline, resolve_targets
from ipdocs.rubric import load_rubric
from ipdocs.rubric.load import is_rubric_path

SCHEMA_PATH = Path(__file__).with_name("campaign.schema.json")  # committed copy of campaign_schema()
SCHEMA_ID = "https://ipdocs.invalid/campaign.schema.json"
CAMPAIGN_FILE = "campaign.yaml"
# The chain of submissions: each step's deadline may not come before the previous one's.
CHAIN = [("cooperating", "lead"), ("lead", "coordinator"), ("lead", "assessor"), ("coordinator", "assessor")]


def campaign_schema() -> dict:
    """The JSON Schema of campaign.yaml, generated from `CampaignFile`."""
    return json_schema(CampaignFile, "ipdocs 迎考工作配置（campaign.yaml）", SCHEMA_ID)


def campaign_schema_text() -> str:
    """The schema as `ipdocs campaign schema` prints it and ipdocs/campaign/campaign.schema.json holds it."""
    return json.dumps(campaign_schema(), ensure_ascii=False, indent=1) + "\n"


def _name_of(node: dict) -> str | None:
    if "contacts" in node and "name" in node:
        return f"单位 {node['name']}"
    if "lead" in node and ("criterion" in node or "indicator" in node):
        target = f"准则 {node['criterion']}" if "criterion" in node else f"指标 {node['indicator']}"
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


_IN_USE: dict[Path, Campaign] = {}  # campaign.yaml → the campaign a run in this process has already read


def load_campaign(folder: str | Path) -> Campaign:
    path = campaign_file(folder)
    if (current := _IN_USE.get(path.resolve())) is not None:
        return current
    return parse_campaign(read_yaml(path, "迎考工作配置"), path)


@contextmanager
def in_use(campaign: Campaign):
    """While the block runs, `load_campaign` of this campaign's folder returns it, as read at the run's start: the
    CLI checks campaign.yaml before Prefect starts, and the flow it then calls need not read and check it again."""
    path = campaign_file(campaign.folder).resolve()
    _IN_USE[path] = campaign
    try:
        yield campaign
    finally:
        _IN_USE.pop(path, None)


def parse_campaign(doc, path: Path) -> Campaign:
    source = str(path)
    if not isinstance(doc, dict):
        raise CampaignError(f"{source}：迎考工作配置应为 YAML 映射（键: 值）")
    spec: CampaignFile = validate(CampaignFile, doc, source, CampaignError, _name_of)
    problems: list[str] = []

    try:  # a path is relative to campaign.yaml's folder; an id is looked up, never taken as a path
        rubric = load_rubric(path.parent / spec.rubric if is_rubric_path(spec.rubric) else spec.rubric)
    except IpdocsError as exc:
        raise CampaignError(f"{source}：rubric：{exc}") from exc

    # --- units -----------------------------------------------------------------------------------
    by_name = {}
    for i, unit in enumerate(spec.units):
        if unit.name in by_name:
            problems.append(f"{source}：units[{i}].name：单位 {unit.name} 重复")
        by_name.setdefault(unit.name, unit)

    def known_unit(name: str, field: str) -> bool:
        if name not in by_name:
            problems.append(f"{source}：{field}：单位“{name}”不在 units 中")
            return False
        return True

    coordinator = spec.coordinator
    if known_unit(coordinator.unit, "coordinator.unit") and not by_name[coordinator.unit].contact(coordinator.contact):
        problems.append(f"{source}：coordinator.contact：{coordinator.contact} 不是 {coordinator.unit} 的联系人")

    # --- assignments -----------------------------------------------------------------------------
    indicators = {ind.id: ind for ind in rubric.indicators}
    criteria = rubric.criteria
    by_indicator: dict[str, Assignment] = {}
    by_criterion: dict[str, Assignment] = {}
    for i, a in enumerate(spec.assignments):
        field = f"assignments[{i}]"
        key, ref, target, table = (("indicator", a.indicator, indicators, by_indicator) if a.indicator is not None
                                   else ("criterion", a.criterion, criteria, by_criterion))
        word = "指标" if key == "indicator" else "准则"
        if ref not in target:
            problems.append(f"{source}：{field}.{key}：评分细则 {rubric.id} 中没有{word} {ref}")
            continue
        if ref in table:
            problems.append(f"{source}：{field}：{word} {ref} 有多个牵头单位（{table[ref].lead}、{a.lead}）")
            continue
        ok = known_unit(a.lead, f"{field}.lead")
        for j, name in enumerate(a.cooperating):
            known_unit(name, f"{field}.cooperating[{j}]")
            if name == a.lead:
                problems.append(f"{source}：{field}.cooperating[{j}]：{name} 已是牵头单位，不能同时为配合单位")
        if ok and a.contact and not by_name[a.lead].contact(a.contact):
            problems.append(f"{source}：{field}.contact：{a.contact} 不是牵头单位 {a.lead} 的联系人")
        table[ref] = a
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
    for i, d in enumerate(spec.deadlines):
        if any(x.id == d.id for x in deadlines):
            problems.append(f"{source}：deadlines[{i}].id：时间节点 {d.id} 重复")
        deadlines.append(d)
    chain = [d for step in CHAIN for d in deadlines if (d.sender, d.receiver) == step and d.kind == "materials"]
    for earlier, later in zip(chain, chain[1:], strict=False):
        if later.due < earlier.due:
            problems.append(f"{source}：deadlines：{later.name}（{later.id}，{later.due_text}）早于上一环节"
                            f"{earlier.name}（{earlier.id}，{earlier.due_text}），报送顺序不对")

    problems += resolve_targets(spec.targets, rubric, source)

    # --- period and templates --------------------------------------------------------------------
    start, end, year = spec.period.start, spec.period.end, spec.year
    if end < start:
        problems.append(f"{source}：period：统计截止日期 {end} 早于开始日期 {start}")
    elif (end - start).days > 731:
        problems.append(f"{source}：period：统计时间 {start} 至 {end} 超过两年，请核对")
    elif year not in (start.year, end.year):
        problems.append(f"{source}：period：统计时间 {start} 至 {end} 不含考核年度 {year}")
    templates_dir = None
    if spec.templates is not None:
        templates_dir = path.parent / spec.templates
        if not templates_dir.is_dir():
            problems.append(f"{source}：templates：找不到模板文件夹 {templates_dir}"
                            f"（应写相对于 {path.parent} 的文件夹名，或删去此项使用内置模板）")
    if problems:
        raise CampaignError("\n".join(problems))

    return Campaign(
        id=spec.id, title=spec.title, rubric=rubric, assessee=spec.assessee, year=year, timezone=spec.timezone,
        period=(start, end), coordinator_unit=coordinator.unit, coordinator_contact=coordinator.contact,
        units=spec.units, assignments=assignments, deadlines=sorted(deadlines, key=lambda x: x.due),
        document=spec.document, folder=path.parent, as_of=spec.as_of, templates_dir=templates_dir,
    )
