"""Reconciliation: what units claim against what their evidence shows (DESIGN §3 ipdocs.reconcile).

Claims are the campaign's facts.yaml (the coordinator's self-evaluation) over the lead units' registers.
Evidence is every register row linked to a received file, with that file's extracted facts. For each
criterion the evidenced fact follows the rule:
  flag                a linked document dated in the statistics period
  per_occurrence      distinct activities: linked documents, one per date (a 通讯稿 and its photos are one)
  per_category        media levels from the outlets the documents name; case types from a linked case list
  tiers (a rate)      the disclosure rate of a linked case list
  other kinds         (choices, judged points, deductions, declines, quotas) cannot be checked from files:
                      the claim stands, marked as not verified
Findings: claimed without evidence · evidence outside the period or outside a time rule's window · register 文号
differs from the file's · the same file counted twice · a media level claimed above the outlet's · a unit's
self-score above the indicator's maximum.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import ZERO, fmt
from ipdocs.campaign.model import Campaign
from ipdocs.extract.campaign import extract_campaign, pending
from ipdocs.extract.cases import cases, statistics
from ipdocs.intake.deliveries import Delivery, as_delivered, claimed_facts, deliveries
from ipdocs.output.table import Column, Table, plain
from ipdocs.rubric import score
from ipdocs.rubric.engine import ScoreSheet
from ipdocs.rubric.labels import display_id
from ipdocs.rubric.order import id_key
from ipdocs.rubric.scoring import evaluate

LEVELS = {"国家级": 3, "省级": 2, "市级": 1, "县级": 0, "其他": 0}  # 县级: a county outlet (media.py)
UNCHECKABLE = {"choice", "judged", "decline", "quota", "deduct_per_event", "points_less_events", "penalty"}


@dataclass
class Linked:
    criterion: str
    unit: str
    row: int
    name: str
    file: str
    sha256: str
    doc_number: str
    media_level: str
    facts: dict


@dataclass
class Reconciled:
    claimed: dict
    evidenced: dict
    claimed_sheet: ScoreSheet
    evidenced_sheet: ScoreSheet
    findings: list[tuple[str, str]] = field(default_factory=list)  # criterion, text
    hints: dict[str, str] = field(default_factory=dict)  # criterion → what would recover points
    unverified: list[str] = field(default_factory=list)
    linked: dict[str, list[str]] = field(default_factory=dict)  # criterion → the evidence files registered for it


def _event_day(found: dict) -> str | None:
    """When the documented event happened: a meeting's own date where extracted, else the document's first date."""
    meetings = sorted(m["date"] for m in found.get("meetings", []) if m.get("date"))
    dates = [d["iso"] for d in found.get("dates", [])]
    return (meetings or dates or [None])[0]


def _in_period(campaign: Campaign, found: dict, cid: str | None = None) -> bool | None:
    """True when a date in the document falls in the period; None when it has no date at all. A criterion under
    the scheme's time rules (seed 001: meetings after the 2019-11 意见) is judged by those rules as written
    instead of the period: its event day must fall in their window."""
    rules = campaign.time_rules(cid) if cid else []
    if rules:
        day = _event_day(found)
        if day is None:
            return None
        return all(str(r.get("after") or day) <= day <= str(r.get("before") or day) for r in rules)
    days = [dt.date.fromisoformat(d["iso"]) for d in found.get("dates", [])]
    if not days:
        return None
    start, end = campaign.period
    return any(start <= d <= end for d in days)


def _linked(campaign: Campaign, delivered: list[Delivery], extract: bool = True) -> list[Linked]:
    extracted = (extract_campaign(campaign) if extract else pending(campaign)[0]).facts
    return [Linked(row.criterion, d.unit, row.row, row.name, item.name, item.sha256, row.doc_number,
                   row.media_level, extracted.get(item.sha256, {}))
            for d in delivered for row, item in d.links if item and row.criterion in campaign.rubric.criteria]


def evidenced_fact(campaign: Campaign, cid: str, links: list) -> object:
    """The fact the linked files prove for `cid` (each link has .facts and .sha256), None where they cannot."""
    rule = campaign.rubric.criteria[cid].rule
    usable = [e for e in links if _in_period(campaign, e.facts, cid) is not False]
    if rule.kind in ("flag", "requirement"):
        return bool(usable)
    if rule.kind == "per_occurrence":
        activities = set()
        for e in usable:  # one activity per day: a meeting's own date (its minutes), else the earliest date
            first = sorted(m["date"] for m in e.facts.get("meetings", []) if m.get("date")) \
                or sorted(d["iso"] for d in e.facts.get("dates", []))
            activities.add(first[0] if first else e.sha256)
        return len(activities)
    if rule.kind == "per_category":
        labels = set(rule.labels())
        if labels <= set(LEVELS):
            counts: dict[str, int] = {}
            for e in usable:
                level = max((m["level"] for m in e.facts.get("media", [])), key=LEVELS.get, default=None)
                if level in labels:
                    counts[level] = counts.get(level, 0) + 1
            return counts
        listed = [c for e in usable for c in cases(e.facts.get("tables", []))]
        if listed:
            return {t: 1 for t in statistics(listed)["types"] if t in labels}
        return None
    if rule.kind == "tiers" and getattr(rule, "percent", False):
        listed = [c for e in usable for c in cases(e.facts.get("tables", []))]
        return statistics(listed)["disclosure_rate"] if listed else None
    return None


def _hint(campaign: Campaign, cid: str, evidenced) -> str:
    """What more evidence would earn: for a count, how many more activities reach the cap."""
    rule = campaign.rubric.criteria[cid].rule
    if rule.kind != "per_occurrence" or not isinstance(evidenced, int):
        return ""
    now = evaluate(rule, cid, evidenced).gain if evidenced else ZERO
    best = rule.max_gain if rule.max_gain.is_finite() else now
    text = campaign.rubric.criteria[cid].text
    activity = any(word in text for word in ("活动", "宣传", "培训", "行动"))
    unit, material = ("次活动", "的通讯稿或照片") if activity else ("项", "的佐证材料")
    for more in range(1, 21):
        if evaluate(rule, cid, evidenced + more).gain >= best > now:
            return f"{cid}：已证实{evidenced}{unit}，再补充{more}{unit}{material}可加{fmt(best - now)}分"
    return ""


def reconcile(campaign: Campaign, extract: bool = True) -> Reconciled:
    """Claims against evidence; `extract=False` uses only the facts extracted earlier (the status page, written
    when files arrive, does not wait for extraction)."""
    rubric = campaign.rubric
    delivered = deliveries(campaign)
    claims = claimed_facts(campaign, delivered)
    claims.pop("composite", None)
    links = _linked(campaign, delivered, extract)
    by_criterion: dict[str, list[Linked]] = {}
    for e in links:
        by_criterion.setdefault(e.criterion, []).append(e)

    evidenced, findings, hints, unverified = {}, [], {}, []
    for cid, c in rubric.criteria.items():
        mine = by_criterion.get(cid, [])
        value = evidenced_fact(campaign, cid, mine) if c.rule.kind not in UNCHECKABLE else None
        if value is None:
            if cid in claims:
                evidenced[cid] = claims[cid]
                if c.rule.kind in UNCHECKABLE or not mine:
                    unverified.append(cid)
        elif value not in (False, 0, {}):
            evidenced[cid] = value
        if cid in claims and claims[cid] not in (False, 0, {}, None) and not mine and c.rule.max_gain > 0 \
                and c.rule.kind not in UNCHECKABLE:
            findings.append((cid, f"{cid}：申报了但没有登记对应的佐证材料"))
        for e in mine:
            if not campaign.time_rules(cid) and _in_period(campaign, e.facts) is False:
                findings.append((cid, f"{cid}：{e.file} 的日期不在统计时间内"))
            numbers = [d["text"] for d in e.facts.get("doc_numbers", [])]
            if e.doc_number and numbers and e.doc_number.replace(" ", "") not in numbers:
                findings.append((cid, f"{cid}：登记的文号“{e.doc_number}”与文件中的“{numbers[0]}”不一致"))
            outlets = [m["level"] for m in e.facts.get("media", [])]
            if e.media_level in LEVELS and outlets and LEVELS[e.media_level] > max(LEVELS[x] for x in outlets):
                findings.append((cid, f"{cid}：{e.file} 登记为{e.media_level}媒体，文中媒体为{'、'.join(outlets)}"))
        for rule in campaign.time_rules(cid):  # the same window _in_period applies, so flagged means not counted
            for e in mine:
                day = _event_day(e.facts)
                if day and rule.get("after") and day < str(rule["after"]):
                    findings.append((cid, f"{cid}：{e.file} 早于{rule['text']}"))
                elif day and rule.get("before") and day > str(rule["before"]):
                    findings.append((cid, f"{cid}：{e.file} 晚于{rule['text']}"))
        if hint := _hint(campaign, cid, evidenced.get(cid, 0) if c.rule.kind == "per_occurrence" else None):
            hints[cid] = hint
    findings += _self_score_findings(campaign, delivered)
    counted: dict[str, list[Linked]] = {}
    for e in links:
        counted.setdefault(e.sha256, []).append(e)
    for same in counted.values():
        if len({(e.criterion, e.unit, e.row) for e in same}) > 1:
            places = "、".join(f"{e.unit}登记表第{e.row}行（{e.criterion}）" for e in same)
            findings.append((same[0].criterion, f"同一文件 {same[0].file} 被重复计入：{places}"))
    return Reconciled(claims, evidenced, score(rubric, claims), score(rubric, evidenced), findings, hints, unverified,
                      {cid: [e.file for e in mine] for cid, mine in by_criterion.items()})


def _self_score_findings(campaign: Campaign, delivered: list[Delivery]) -> list[tuple[str, str]]:
    """A unit's self-score that cannot be true (above the indicator's maximum, negative), named by the file the
    unit sent; filed under the indicator's first criterion. Unreadable forms are the status's findings."""
    first = {ind.id: ind.criteria[0].id for ind in campaign.rubric.indicators if ind.criteria}
    found = []
    for d in delivered:
        forms = d.role("selfeval")
        if not forms:
            continue
        from ipdocs.forms import read_selfeval_form  # python-docx: only where a unit sent its form

        try:
            form = read_selfeval_form(campaign.folder / forms[-1].store_path)
        except IpdocsError:
            continue
        found += [(first.get(iid, iid), f"{d.unit}：{as_delivered(text, forms[-1])}")
                  for iid, text in form.score_problems(campaign.rubric)]
    return found


def points_at_stake(r: Reconciled, campaign: Campaign) -> list[dict]:
    """Per indicator: points claimed, points evidenced, and what would recover the gap."""
    rows = []
    for ind in campaign.rubric.indicators:
        claimed = r.claimed_sheet.indicators[ind.id].score
        evidenced = r.evidenced_sheet.indicators[ind.id].score
        rows.append({"indicator": ind.id, "title": ind.title, "claimed": claimed, "evidenced": evidenced,
                     "gap": claimed - evidenced if claimed > evidenced else Decimal(0),
                     "hints": [r.hints[c.id] for c in ind.criteria if c.id in r.hints],
                     "findings": [text for cid, text in r.findings if cid.split(".")[0] == ind.id.split(".")[0]
                                  and cid in {c.id for c in ind.criteria}]})
    return rows


def criterion_standing(r: Reconciled, campaign: Campaign) -> list[dict]:
    """Per criterion that claims, earns or lacks something: claimed points, evidence-backed points, the files,
    what is missing and what it would take to earn the rest (the coordinator's view, never the assessors')."""
    rows = []
    for cid, c in campaign.rubric.criteria.items():
        claimed, evidenced = r.claimed_sheet.criteria[cid].score, r.evidenced_sheet.criteria[cid].score
        files = r.linked.get(cid, [])
        found = [text.removeprefix(f"{cid}：") for at, text in r.findings if at == cid]
        if claimed == ZERO and evidenced == ZERO and not files and not found:
            continue
        missing = ["未登记佐证材料"] if claimed > ZERO and not files else []
        if cid in r.unverified and claimed != ZERO:
            missing.append("得分无法从材料自动核对，请人工核对" if files else "申报得分未经材料核对")
        missing += [text for text in found if text != "申报了但没有登记对应的佐证材料"]
        gap = claimed - evidenced if claimed > evidenced else ZERO
        lead = campaign.assignments[cid].lead if cid in campaign.assignments else ""
        if cid in r.hints:
            todo = r.hints[cid].removeprefix(f"{cid}：")
        elif claimed > ZERO and not files:
            todo = f"请{lead}报送证明本项工作的文件、纪要、报道或照片" if lead else "报送佐证材料"
        elif gap:
            todo = f"补充佐证材料，可支撑其余{fmt(gap)}分"
        else:
            todo = ""
        rows.append({"id": cid, "criterion": display_id(campaign.rubric, cid), "text": c.text, "lead": lead,
                     "max": c.max, "claimed": claimed,
                     "evidenced": evidenced, "gap": gap, "files": files, "missing": "；".join(missing),
                     "todo": todo})
    return rows


def _points(value) -> str:
    return fmt(value)


CLAIMS = Table("申报与佐证核对", (
    Column("考核要点", lambda r: f"{r['criterion']} {r['text']}", width=50),
    Column("分值", "max", text=_points, width=8),
    Column("牵头单位", "lead", width=18),
    Column("申报得分", "claimed", text=_points, width=10),
    Column("有材料支撑得分", "evidenced", text=_points, width=12,
           state=lambda r: "yes" if not r["gap"] and not r["missing"] else "no"),
    Column("差距", "gap", text=_points, width=8),
    Column("佐证材料", "files", text=lambda v: plain(v) or "无", width=40),
    Column("缺少什么", "missing", width=40),
    Column("如何补足", "todo", width=50),
))


def reconcile_folder(campaign: Campaign) -> Path:
    return campaign.out / "reconcile"


def score_check_sheet(campaign: Campaign) -> Path:
    """The coordinator's copy of the score table (得分核对.xlsx): per indicator the claimed and the evidence-backed
    score; per criterion (sheet 申报与佐证核对) what is missing and what it would take. The
    assessors' 评分表 (out/submit/) never shows these columns."""
    return reconcile_folder(campaign) / "得分核对.xlsx"


def write_reconciliation(campaign: Campaign, r: Reconciled) -> list:
    """out/reconcile/: the evidenced facts (a facts file `ipdocs score` takes) and the points-at-stake sheet;
    written again only when the reconciliation, the campaign or the code changed, or a file there was edited."""
    from ipdocs.render.fingerprint import Record, code_version, digest, reuse_or_run

    folder = reconcile_folder(campaign)
    key = digest("reconcile", code_version(), campaign, r)
    names, _ = reuse_or_run(Record.read(campaign.out / ".reconcile-key.json"), "reconcile", key, folder,
                            lambda: [p.name for p in _write_reconciliation(campaign, r)], outputs=lambda names: names)
    return [folder / name for name in names]


def _write_reconciliation(campaign: Campaign, r: Reconciled) -> list:
    import openpyxl
    import yaml
    from openpyxl.styles import Alignment, Font

    from ipdocs.output import xlsx
    from ipdocs.output.files import save_xlsx

    folder = reconcile_folder(campaign)
    folder.mkdir(parents=True, exist_ok=True)
    facts_path = folder / "evidenced-facts.yaml"
    header = "# 有佐证材料支撑的事实（ipdocs reconcile 生成），可用于 ipdocs score\n"
    facts_path.write_text(header + yaml.safe_dump({k: r.evidenced[k] for k in sorted(r.evidenced, key=id_key)},
                                                  allow_unicode=True, sort_keys=False), encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "得分核对"
    ws.append(["指标", "名称", "申报得分", "有材料支撑得分", "差距", "补充建议", "问题"])
    for row in points_at_stake(r, campaign):
        ws.append([row["indicator"], row["title"], float(row["claimed"]), float(row["evidenced"]), float(row["gap"]),
                   "；".join(row["hints"]), "；".join(row["findings"])])
    last = ws.max_row
    ws.append(["合计", "", f"=SUM(C2:C{last})", f"=SUM(D2:D{last})", f"=SUM(E2:E{last})", "", ""])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFG", (8, 40, 12, 14, 8, 50, 60), strict=True):
        ws.column_dimensions[col].width = width
    xlsx.add_sheet(wb, CLAIMS, criterion_standing(r, campaign))
    wb.properties.created = wb.properties.modified = campaign.created
    return [facts_path, save_xlsx(wb, score_check_sheet(campaign))]

