"""The collection status for the coordinator: an HTML page (out/status/status.html) and a workbook
(out/status/status.xlsx), both from one CampaignStatus."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from ipdocs import ooxml
from ipdocs.campaign.model import ROLES
from ipdocs.intake.status import STATES, CampaignStatus, criterion_overview, status_folder

PAGE = jinja2.Environment(autoescape=True).from_string("""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ title }} — 报送情况</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;
vertical-align:top}th{background:#eee}.on_time{color:#176d2c}.late{color:#b15c00;font-weight:bold}
.missing{color:#b00020;font-weight:bold}.pending{color:#555}.no{color:#b00020}.yes{color:#176d2c}
</style></head><body>
<h1>{{ title }}</h1>
<p>统计时点：{{ at }}　单位{{ units|length }}个　问题{{ findings|length }}条　隔离文件{{ quarantined|length }}个</p>
<h2>各单位报送情况</h2>
<table><tr><th>单位</th><th>角色</th><th>截止时间</th><th>状态</th><th>已收文件</th><th>登记表</th><th>自评材料</th>
<th>缺材料的考核要点</th><th>问题</th></tr>
{% for u in units %}{% for d in u.deadlines %}<tr>
{% if loop.first %}<td rowspan="{{ u.span }}">{{ u.unit }}</td><td rowspan="{{ u.span }}">{{ u.roles }}</td>{% endif %}
<td>{{ d.due }}</td><td class="{{ d.state }}">{{ d.text }}</td>
{% if loop.first %}<td rowspan="{{ u.span }}">{{ u.files }}</td>
<td rowspan="{{ u.span }}" class="{{ 'yes' if u.register else 'no' }}">{{ "已收" if u.register else "未收" }}</td>
<td rowspan="{{ u.span }}" class="{{ 'yes' if u.selfeval else 'no' }}">{{ u.selfeval_text }}</td>
<td rowspan="{{ u.span }}">{{ u.missing }}</td><td rowspan="{{ u.span }}">{{ u.problems }}</td>{% endif %}</tr>
{% endfor %}{% endfor %}</table>
<h2>各考核要点材料情况</h2>
<table><tr><th>指标</th><th>考核要点</th><th>牵头单位</th><th>牵头单位材料</th><th>配合单位未报</th></tr>
{% for r in criteria %}<tr><td>{{ r.indicator }}</td><td>{{ r.criterion }} {{ r.text }}</td><td>{{ r.lead }}</td>
<td class="{{ 'yes' if r.received else 'no' }}">{{ r.files|join("、") if r.received else "缺" }}</td>
<td>{{ r.cooperating_missing|join("、") }}</td></tr>{% endfor %}</table>
<h2>问题</h2>
<table><tr><th>单位</th><th>类别</th><th>说明</th></tr>
{% for f in findings %}<tr><td>{{ f.unit }}</td><td>{{ f.kind }}</td><td>{{ f.detail }}</td></tr>{% endfor %}</table>
<h2>隔离文件</h2>
<table><tr><th>单位</th><th>文件</th><th>原因</th></tr>
{% for q in quarantined %}<tr><td>{{ q.unit }}</td><td>{{ q.path }}</td><td>{{ q.reason }}</td></tr>{% endfor %}</table>
</body></html>
""")


def _local(moment, status: CampaignStatus) -> str:
    local = moment.astimezone(ZoneInfo(status.campaign.timezone))
    return f"{local.year}年{local.month}月{local.day}日{local:%H:%M}"


def unit_rows(status: CampaignStatus) -> list[dict]:
    rows = []
    for u in status.units:
        deadlines = [{"due": d.deadline.due_text, "state": d.state, "text": STATES[d.state]} for d in u.deadlines]
        rows.append({
            "unit": u.unit, "roles": "、".join(ROLES[r] for r in u.roles),
            "deadlines": deadlines or [{"due": "", "state": "", "text": "无截止时间"}], "span": max(len(deadlines), 1),
            "files": len([i for i in u.items if i.role == "evidence"]), "register": u.has_register,
            "selfeval": u.has_selfeval,
            "selfeval_text": f"已收（已填{u.narratives_filled}/{len(u.criteria)}条）" if u.has_selfeval else "未收",
            "missing": "、".join(c.criterion for c in u.missing_criteria) or "无",
            "problems": sum(1 for f in status.findings if f.unit == u.unit),
        })
    return rows


def write_status_html(status: CampaignStatus) -> Path:
    path = status_folder(status.campaign) / "status.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.render(title=status.campaign.title, at=_local(status.at, status), units=unit_rows(status),
                                criteria=criterion_overview(status), findings=status.findings,
                                quarantined=status.quarantined), encoding="utf-8")
    return path


def write_status_xlsx(status: CampaignStatus) -> Path:
    wb = openpyxl.Workbook()
    sheets = {
        "各单位报送情况": (["单位", "角色", "截止时间", "状态", "已收文件", "登记表", "自评材料", "缺材料的考核要点",
                     "问题"],
                    [[r["unit"], r["roles"], d["due"], d["text"], r["files"], "已收" if r["register"] else "未收",
                      r["selfeval_text"], r["missing"], r["problems"]] for r in unit_rows(status)
                     for d in r["deadlines"]]),
        "考核要点材料": (["指标", "考核要点", "牵头单位", "牵头单位材料", "配合单位未报"],
                   [[r["indicator"], f"{r['criterion']} {r['text']}", r["lead"],
                     "、".join(r["files"]) if r["received"] else "缺", "、".join(r["cooperating_missing"])]
                    for r in criterion_overview(status)]),
        "问题": (["单位", "类别", "说明"], [[f.unit, f.kind, f.detail] for f in status.findings]),
        "隔离文件": (["单位", "文件", "原因"], [[q["unit"], q["path"], q["reason"]] for q in status.quarantined]),
    }
    wb.remove(wb.active)
    for title, (header, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="E7E6E6")
        for row in rows:
            ws.append(row)
        for col, width in zip("ABCDEFGHI", (22, 14, 20, 30, 14, 12, 24, 40, 8), strict=False):
            ws.column_dimensions[col].width = width
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
    wb.properties.created = wb.properties.modified = status.campaign.created
    path = status_folder(status.campaign) / "status.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    path.write_bytes(ooxml.fixed_zip(buffer.getvalue()))
    return path
