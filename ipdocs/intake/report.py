"""The collection status for the coordinator, its tables declared once: shown by `ipdocs collect`/`status`,
written as an HTML page (out/status/status.html) and a workbook (out/status/status.xlsx), published as the
pipeline's Markdown artifact — all from one CampaignStatus."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from ipdocs.campaign.model import ROLES, Campaign
from ipdocs.intake.status import STATES, CampaignStatus, criterion_overview, indicator_overview, status_folder
from ipdocs.output import html
from ipdocs.output.table import Column, Table, plain
from ipdocs.reconcile import CLAIMS, criterion_standing, reconcile
from ipdocs.rubric.labels import display_id, display_text


def _yes_no(key: str):
    return lambda row: "yes" if row[key] else "no"


UNITS = Table("各单位报送情况", (
    Column("单位", "unit", width=22, merged=True),
    Column("角色", "roles", width=14, merged=True),
    Column("截止时间", "due", width=20),
    Column("报送事项", "what", width=24),
    Column("状态", "status", width=14, state=lambda row: row["state"]),
    Column("已收文件", "files", width=10, merged=True),
    Column("登记表", "register", text=lambda v: "已收" if v else "未收", width=8, state=_yes_no("register"),
           merged=True),
    Column("自评材料", "selfeval_text", width=24, state=_yes_no("selfeval"), merged=True),
    Column("缺材料的考核要点", "missing", width=40, merged=True),
    Column("问题", "problems", width=8, merged=True),
), group="deadlines")

CRITERIA = Table("考核要点材料", (
    Column("指标", "indicator", width=8),
    Column("考核要点", lambda r: f"{r['criterion']} {r['text']}", width=60),
    Column("牵头单位", "lead", width=22),
    Column("已收材料", lambda r: r["files"] if r["received"] else "缺", width=40, state=_yes_no("received")),
    Column("配合单位未报", "cooperating_missing", width=40),
))

INDICATORS = Table("各指标材料情况", (
    Column("指标", "indicator", width=8),
    Column("名称", "title", width=30),
    Column("牵头单位", "leads", width=22),
    Column("已有材料", lambda r: f"{r['evidenced']}/{r['criteria']}", width=10,
           state=lambda r: "bad" if r["missing"] else "good"),
    Column("缺材料的考核要点", "missing", text=lambda v: plain(v) or "无", width=30),
    Column("尚未报送的配合单位", "silent", text=lambda v: plain(v) or "无", width=40),
))

FINDINGS = Table("问题", (Column("单位", "unit", width=22), Column("类别", "kind", width=16),
                        Column("说明", "detail", width=80)))

QUARANTINED = Table("隔离文件", (Column("单位", "unit", width=22), Column("文件", "path", width=60),
                             Column("原因", "reason", width=40)))

STATUS_KEY = ".status-key.json"  # beside out/status/: what the status page and workbook were written from
PAGE_TEMPLATE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ title }} — 报送情况</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;
vertical-align:top}th{background:#eee}.on_time{color:#176d2c}.late{color:#b15c00;font-weight:bold}
.missing{color:#b00020;font-weight:bold}.pending{color:#555}.unrecorded{color:#555;font-style:italic}.no{color:#b00020}.yes{color:#176d2c}
</style></head><body>
<h1>{{ title }}</h1>
<p>统计时点：{{ at }}　单位{{ units }}个　问题{{ findings }}条　隔离文件{{ quarantined }}个</p>
{% for heading, table in tables %}<h2>{{ heading }}</h2>
{{ table }}
{% endfor %}</body></html>
"""


@cache
def _page():
    import jinja2  # when a page is written, not when the status is only read

    return jinja2.Environment(autoescape=True).from_string(PAGE_TEMPLATE)


def _local(moment, status: CampaignStatus) -> str:
    local = moment.astimezone(ZoneInfo(status.campaign.timezone))
    return f"{local.year}年{local.month}月{local.day}日{local:%H:%M}"


def _what(campaign: Campaign, deadline, unit: str) -> str:
    """The deadline's step as the coordinator reads it: its name and, unless the name says it, to whom."""
    to = deadline.receiver_name or campaign.receiver(deadline, unit)
    return deadline.name if to in deadline.name else f"{deadline.name}（报送{to}）"


def unit_rows(status: CampaignStatus) -> list[dict]:
    """One item per unit for UNITS, its deadlines as the group's rows."""
    rows = []
    for u in status.units:
        c = status.campaign
        deadlines = [{"due": d.deadline.due_text, "what": _what(c, d.deadline, u.unit), "state": d.state,
                      "status": STATES[d.state]} for d in u.deadlines]
        roles = [ROLES[r] for r in u.roles] + (["迎考牵头办公室"] if u.unit == c.coordinator_unit else [])
        rows.append({
            "unit": u.unit, "roles": "、".join(roles),
            "deadlines": deadlines or [{"due": "", "what": "", "state": "", "status": "无截止时间"}],
            "files": len([i for i in u.items if i.role == "evidence"]), "register": u.has_register,
            "selfeval": u.has_selfeval,
            "selfeval_text": f"已收（已填{u.narratives_filled}/{len(u.criteria)}条）" if u.has_selfeval else "未收",
            "missing": "、".join(display_id(c.rubric, m.criterion) for m in u.missing_criteria) or "无",
            "problems": sum(1 for f in status.findings if f.unit == u.unit),
        })
    return rows


def _shown(status: CampaignStatus, rows: list) -> list[dict]:
    """Rows as the coordinator reads them: IDs as the seed numbers them (bonus-1.1 → 加分指标1.1)."""
    rubric = status.campaign.rubric
    shown = []
    for row in rows:
        row = dict(row) if isinstance(row, dict) else {"unit": row.unit, "kind": row.kind, "detail": row.detail}
        for key in ("indicator", "criterion"):
            if key in row:
                row[key] = display_id(rubric, row[key])
        if isinstance(row.get("missing"), list):
            row["missing"] = [display_id(rubric, m) for m in row["missing"]]
        if "detail" in row:
            row["detail"] = display_text(rubric, row["detail"])
        shown.append(row)
    return shown


def claim_rows(campaign: Campaign) -> list[dict]:
    """Claims against evidence per criterion, from the facts extracted so far (ipdocs.reconcile)."""
    return criterion_standing(reconcile(campaign, extract=False), campaign)


def status_tables(status: CampaignStatus) -> list[tuple[Table, list]]:
    """What status.html and status.xlsx show, in order."""
    return [(UNITS, unit_rows(status)), (CRITERIA, _shown(status, criterion_overview(status))),
            (CLAIMS, claim_rows(status.campaign)),
            (FINDINGS, _shown(status, status.findings)), (QUARANTINED, status.quarantined)]


def terminal_tables(status: CampaignStatus) -> list[tuple[Table, list]]:
    """What `ipdocs collect` and `ipdocs status` print."""
    return [(UNITS, unit_rows(status)), (INDICATORS, _shown(status, indicator_overview(status)))]


def status_page(campaign: Campaign) -> Path:
    return status_folder(campaign) / "status.html"


def write_status_html(status: CampaignStatus, tables: list[tuple[Table, list]] | None = None) -> Path:
    path = status_page(status.campaign)
    path.parent.mkdir(parents=True, exist_ok=True)
    tables = status_tables(status) if tables is None else tables
    path.write_text(_page().render(title=status.campaign.title, at=_local(status.at, status),
                                   units=len(status.units), findings=len(status.findings),
                                   quarantined=len(status.quarantined),
                                   tables=[(t.title, html.render(t, items)) for t, items in tables]),
                    encoding="utf-8")
    return path


def write_status_xlsx(status: CampaignStatus, tables: list[tuple[Table, list]] | None = None) -> Path:
    from ipdocs.output import xlsx
    from ipdocs.output.files import save_xlsx

    wb = xlsx.workbook(status_tables(status) if tables is None else tables)
    wb.properties.created = wb.properties.modified = status.campaign.created
    return save_xlsx(wb, status_folder(status.campaign) / "status.xlsx")


def write_status(status: CampaignStatus) -> tuple[list[Path], bool]:
    """status.html and status.xlsx, and whether they were written now: not when what they show is what they
    showed when last written and they are still as written (a page deleted or edited is written again). What
    they show follows the status (units, files, findings, the moment), the claims against the facts extracted
    so far (ledger, out/extract/), the campaign's files and the code."""
    from ipdocs.extract.campaign import cache_folder
    from ipdocs.intake.ledger import Ledger
    from ipdocs.intake.store import sha256_of
    from ipdocs.render.fingerprint import Record, campaign_inputs, code_version, digest, reuse_or_run

    campaign = status.campaign
    folder = status_folder(campaign)
    facts = [(p.name, sha256_of(p)) for p in sorted(cache_folder(campaign).glob("*.json"))]
    key = digest("status", code_version(), campaign_inputs(campaign), Ledger(campaign.folder).current_items(),
                 facts, status)

    def write() -> list[str]:
        tables = status_tables(status)
        return [p.name for p in (write_status_html(status, tables), write_status_xlsx(status, tables))]

    names, written = reuse_or_run(Record.read(campaign.out / STATUS_KEY), "status", key, folder, write,
                                  outputs=lambda names: names)
    return [folder / name for name in names], written
