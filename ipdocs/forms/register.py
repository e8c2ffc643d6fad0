"""佐证材料登记表: the unit's evidence register (XLSX) and its reader.

Sheet 佐证材料登记表 — one row per evidence item, drop-downs for criterion, type, media level and 涉密;
sheet 申报数量 — one row per value the unit claims (a count, a yes/no, a rate, an option), built from each
criterion's rule so that the claims read back as the facts input of DESIGN §4. Headers are locked, input
cells open, panes frozen, widths set.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from pydantic import BeforeValidator, ValidationError, ValidationInfo, field_validator

from ipdocs.base.errors import IpdocsError
from ipdocs.base.inputs import InputModel, explain
from ipdocs.base.inputs import field as documented
from ipdocs.campaign.model import ROLES, Campaign
from ipdocs.output.files import save_xlsx
from ipdocs.rubric.facts import claim_fields, with_target
from ipdocs.rubric.labels import display_id
from ipdocs.rubric.model import Rubric

FORM_ID = "ipdocs:register"
EVIDENCE_SHEET, CLAIMS_SHEET, GUIDE_SHEET, OPTIONS_SHEET = "佐证材料登记表", "申报数量", "任务说明", "选项"
EVIDENCE_TYPES = ["正式文件", "会议纪要或记录", "通知", "简报", "通讯稿", "新闻报道", "网页截图", "新闻截图", "照片",
                  "统计表", "文件包", "其他"]
MEDIA_LEVELS = ["国家级", "省级", "市级", "其他"]
YES_NO = ["是", "否"]
# (header, width, key) — key is the EvidenceRow field.
EVIDENCE_COLUMNS = [("序号", 6, None), ("准则编号", 10, "criterion"), ("材料名称", 42, "name"),
                    ("材料类型", 14, "type"), ("文号", 22, "doc_number"), ("日期", 12, "date"),
                    ("数量", 8, "quantity"), ("媒体级别", 10, "media_level"), ("文件名", 32, "file_name"),
                    ("是否涉密", 10, "classified"), ("备注", 26, "note")]
INPUT_HINTS = {"bool": "填“是”或“否”", "count": "填次数（整数）", "number": "填数字",
               "rate": "填比率（如 0.95 表示95%）", "choice": "从下拉列表选择"}
ROWS = 200
HEAD = Font(bold=True, name="黑体")
TITLE = Font(bold=True, size=14, name="黑体")
HEAD_FILL = PatternFill("solid", fgColor="E7E6E6")
THIN = Border(*(Side(style="thin"),) * 4)
WRAP = Alignment(wrap_text=True, vertical="top")
OPEN = Protection(locked=False)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _claimed(kind: str, value):
    """A claimed value as the criterion's field wants it; ValueError says what to write instead."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "bool":
        text = _text(value).strip()
        if text in ("是", "否"):
            return text == "是"
        if isinstance(value, bool):
            return value
        raise ValueError(f"应填“是”或“否”，实为“{text}”")
    if kind == "choice":
        return _text(value).strip()
    if kind == "count":
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise ValueError(f"次数不能为负数，实为“{_text(value)}”；应填0或正整数")
        if isinstance(value, int | float) and float(value).is_integer() and value >= 0:
            return int(value)
        raise ValueError(f"应填非负整数，实为“{_text(value)}”")
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = value
    else:
        try:
            number = float(_text(value).strip().rstrip("%")) / (100 if _text(value).strip().endswith("%") else 1)
        except ValueError:
            raise ValueError(f"应填数字，实为“{_text(value)}”") from None
    if number < 0:
        raise ValueError(f"数值不能为负数，实为“{_text(value)}”；应填0或正数")
    return number


Cell = Annotated[str, BeforeValidator(_text)]


class Claim(InputModel):
    """申报数量表的一行：本单位就一条准则（的一个项目）申报的值，读回后即评分所用的事实（DESIGN §4）。
    字段别名即表头；列宽供生成表格用。"""

    criterion: Cell = documented("准则编号", examples=["3.2"], alias="准则编号", min_length=1,
                                 json_schema_extra={"width": 10})
    label: Cell = documented("项目：准则分项申报时的项目名称，不分项为空", examples=["市级"], alias="项目", default="",
                             json_schema_extra={"width": 24})
    point: Cell = documented("考核要点（生成时填入）", examples=["开展知识产权保护宣传活动"], alias="考核要点",
                             default="", json_schema_extra={"width": 60})
    hint: Cell = documented("填写说明（生成时填入）", examples=["填次数（整数）"], alias="填写说明", default="",
                            json_schema_extra={"width": 22})
    value: Any = documented("申报值：按填写说明填次数、是或否、比率或选项", examples=[3, "是", 0.95], alias="申报值",
                            default=None, json_schema_extra={"width": 14})
    note: Cell = documented("备注", examples=["含线上活动1次"], alias="备注", default="",
                            json_schema_extra={"width": 30})

    @field_validator("value", mode="before")
    @classmethod
    def _as_field_wants(cls, value, info: ValidationInfo):
        """The criterion's input kind comes in the validation context; without a rubric, the cell's own type."""
        kind = (info.context or {}).get("input") or ("number" if isinstance(value, int | float) else "choice")
        return _claimed(kind, value)


# (header, width) of the 申报数量 sheet, in column order.
CLAIM_COLUMNS = [(f.alias, f.json_schema_extra["width"]) for f in Claim.model_fields.values()]


def _protect(ws) -> None:
    """Locked headers, open input cells (set per cell); column widths and row heights stay adjustable."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _header(ws, title: str, columns) -> None:
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws.cell(1, 1, title).font = TITLE
    for col, (name, width, *_) in enumerate(columns, 1):
        cell = ws.cell(2, col, name)
        cell.font, cell.fill, cell.border = HEAD, HEAD_FILL, THIN
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"


def _list_validation(ws, source: str, cells: str, title: str) -> None:
    dv = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                        errorTitle=title, error=f"请从下拉列表选择{title}")
    dv.add(cells)
    ws.add_data_validation(dv)


def _column_range(sheet: str, col: int, count: int) -> str:
    letter = get_column_letter(col)
    return f"'{sheet}'!${letter}$2:${letter}${count + 1}"


def write_register(campaign: Campaign, unit: str, path: Path) -> Path:
    tasks = campaign.tasks(unit)
    wb = openpyxl.Workbook()
    evidence = wb.active
    evidence.title = EVIDENCE_SHEET
    claims = wb.create_sheet(CLAIMS_SHEET)
    guide = wb.create_sheet(GUIDE_SHEET)
    options = wb.create_sheet(OPTIONS_SHEET)
    options.sheet_state = "hidden"

    # Option lists live on the hidden sheet: list validations refer to them (no 255-character limit).
    criterion_ids = [display_id(campaign.rubric, t.criterion.id) for t in tasks]  # the seed's numbers, read back
    lists = [("准则编号", criterion_ids), ("材料类型", EVIDENCE_TYPES), ("媒体级别", MEDIA_LEVELS),
             ("是否涉密", YES_NO)]
    for col, (name, values) in enumerate(lists, 1):
        options.cell(1, col, name)
        for row, value in enumerate(values, 2):
            options.cell(row, col, value)
    source = {name: _column_range(OPTIONS_SHEET, col, len(values)) for col, (name, values) in enumerate(lists, 1)}

    # --- evidence rows ---------------------------------------------------------------------------
    _header(evidence, f"{unit} 佐证材料登记表（{campaign.assessee}{campaign.year}年{campaign.rubric.document_title}）",
            EVIDENCE_COLUMNS)
    last = ROWS + 2
    for row in range(3, last + 1):
        evidence.cell(row, 1, row - 2)
        for col, (_, _, key) in enumerate(EVIDENCE_COLUMNS, 1):
            cell = evidence.cell(row, col)
            cell.border = THIN
            if key:
                cell.protection = OPEN
                cell.alignment = WRAP
            if key == "date":
                cell.number_format = "yyyy-mm-dd"
    col_of = {key: get_column_letter(i) for i, (_, _, key) in enumerate(EVIDENCE_COLUMNS, 1) if key}
    for key, name in (("criterion", "准则编号"), ("type", "材料类型"), ("media_level", "媒体级别"),
                      ("classified", "是否涉密")):
        _list_validation(evidence, source[name], f"{col_of[key]}3:{col_of[key]}{last}", name)
    dates = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2100,12,31)",
                           allow_blank=True, showErrorMessage=True, errorTitle="日期",
                           error="请填写日期，如 2023-11-13")
    dates.add(f"{col_of['date']}3:{col_of['date']}{last}")
    quantity = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1", allow_blank=True,
                              showErrorMessage=True, errorTitle="数量", error="数量应为正整数")
    quantity.add(f"{col_of['quantity']}3:{col_of['quantity']}{last}")
    evidence.add_data_validation(dates)
    evidence.add_data_validation(quantity)
    _protect(evidence)

    # --- claimed quantities ----------------------------------------------------------------------
    _header(claims, f"{unit} 申报数量（按考核要点填写本单位申报的次数、情况或数值）", CLAIM_COLUMNS)
    row = 3
    choice_col = len(lists) + 1
    for t in tasks:
        for f in claim_fields(campaign.rubric, t.criterion.id):
            values = [display_id(campaign.rubric, t.criterion.id), f.label or "", t.criterion.text,
                      INPUT_HINTS[f.input], None, None]
            for col, value in enumerate(values, 1):
                cell = claims.cell(row, col, value)
                cell.border, cell.alignment = THIN, WRAP
            for col in (5, 6):
                claims.cell(row, col).protection = OPEN
            target = f"E{row}"
            if f.input == "bool":
                _list_validation(claims, source["是否涉密"], target, "是或否")
            elif f.input == "choice":
                options.cell(1, choice_col, display_id(campaign.rubric, t.criterion.id))
                for i, option in enumerate(f.options, 2):
                    options.cell(i, choice_col, option)
                _list_validation(claims, _column_range(OPTIONS_SHEET, choice_col, len(f.options)), target, "选项")
                choice_col += 1
            else:
                kind = "whole" if f.input == "count" else "decimal"
                upper = f.max if f.max is not None else (10 if f.input == "rate" else 10**9)
                dv = DataValidation(type=kind, operator="between", formula1="0", formula2=str(upper),
                                    allow_blank=True, showErrorMessage=True, errorTitle="申报值",
                                    error=INPUT_HINTS[f.input])
                dv.add(target)
                claims.add_data_validation(dv)
            row += 1
    _protect(claims)

    # --- what the unit is asked for ----------------------------------------------------------------
    # a scheme without points (seed 002) shows no 分值; the scheme's time rules (seed 001) where they apply
    scored = campaign.rubric.scored
    timed = any(campaign.time_rules(t.criterion.id) for t in tasks)
    guide_columns = [("准则编号", 10), ("角色", 10), ("考核要点", 60), *([("分值", 8)] if scored else []),
                     ("支撑材料说明", 50), *([("时间要求", 40)] if timed else []), ("牵头单位", 22)]
    _header(guide, f"{unit} 承担的考核任务", guide_columns)
    for i, t in enumerate(tasks, 3):
        values = [display_id(campaign.rubric, t.criterion.id), ROLES[t.role], t.criterion.text,
                  *([float(t.criterion.max)] if scored else []),
                  t.indicator.evidence,
                  *(["；".join(r["text"] for r in campaign.time_rules(t.criterion.id))] if timed else []),
                  t.assignment.lead]
        for col, value in enumerate(values, 1):
            cell = guide.cell(i, col, value)
            cell.border, cell.alignment = THIN, WRAP
    for n, penalty in enumerate(campaign.penalties(), len(tasks) + 4):  # the seed's own words
        guide.cell(n, 1, penalty.text)
    _protect(guide)

    props = wb.properties
    props.title, props.creator, props.lastModifiedBy = f"{unit}佐证材料登记表", campaign.document.issuer, ""
    props.identifier = f"{FORM_ID}:{campaign.id}:{unit}"
    props.created = props.modified = campaign.created
    return save_xlsx(wb, path)


# --- reading ----------------------------------------------------------------------------------------

@dataclass
class EvidenceRow:
    row: int
    criterion: str = ""
    name: str = ""
    type: str = ""
    doc_number: str = ""
    date: dt.date | str | None = None  # a date, or the text typed where Excel did not see a date
    quantity: int | str | None = None
    media_level: str = ""
    file_name: str = ""
    classified: bool | None = None
    note: str = ""


@dataclass
class Register:
    path: Path
    identifier: str
    rows: list[EvidenceRow] = field(default_factory=list)
    claims: dict[str, dict[str | None, object]] = field(default_factory=dict)  # criterion → {label: value}
    problems: list[str] = field(default_factory=list)

    def facts(self, rubric: Rubric) -> dict:
        """The claims as the facts input of DESIGN §4 (criterion → value)."""
        found = {}
        for cid, values in self.claims.items():
            if cid in rubric.criteria:
                fact = rubric.criteria[cid].rule.fact_from(values)
                if fact is not None:
                    found[cid] = fact
        return found


def _header_row(ws, first: str) -> int:
    for row in range(1, 6):
        if ws.cell(row, 1).value == first:
            return row
    raise IpdocsError(f"工作表“{ws.title}”找不到表头（第一列应为“{first}”）")


def _criterion_id(rubric: Rubric | None, text: str) -> str:
    """The criterion ID of a 准则编号 cell: forms show the seed's numbers (加分指标1.1 for bonus-1.1), IDs read too."""
    if rubric is None or not text:
        return text
    return {display_id(rubric, cid): cid for cid in rubric.criteria}.get(text.strip(), text)


def read_register(path: str | Path, rubric: Rubric | None = None) -> Register:
    """Read a filled register. With the rubric, claimed values are checked against each criterion's fields."""
    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise IpdocsError(f"{path.name}：无法作为 Excel 工作簿（XLSX）打开") from exc
    if EVIDENCE_SHEET not in wb.sheetnames:
        raise IpdocsError(f"{path.name}：不是佐证材料登记表（缺少工作表“{EVIDENCE_SHEET}”）")
    found = Register(path, wb.properties.identifier or "")
    rows: dict[str, list[int]] = {}  # criterion → its rows in the claims sheet

    ws = wb[EVIDENCE_SHEET]
    start = _header_row(ws, EVIDENCE_COLUMNS[0][0]) + 1
    for cells in ws.iter_rows(min_row=start, max_col=len(EVIDENCE_COLUMNS)):
        values = {key: cell.value for (_, _, key), cell in zip(EVIDENCE_COLUMNS, cells, strict=True) if key}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        row = EvidenceRow(cells[0].row)
        for key, value in values.items():
            if key == "date":
                row.date = value.date() if isinstance(value, dt.datetime) else (
                    None if value is None else _text(value))
            elif key == "quantity":
                row.quantity = int(value) if isinstance(value, int | float) and float(value).is_integer() else (
                    None if value is None else _text(value))
                if isinstance(row.quantity, int) and row.quantity < 0:
                    found.problems.append(f"{path.name} 佐证材料第{row.row}行（{_text(values.get('criterion'))}）："
                                          f"数量不能为负数（{row.quantity}）；应填材料的份数或页数")
            elif key == "classified":
                row.classified = None if value is None else _text(value).strip() == "是"
            else:
                setattr(row, key, _text(value))
        row.criterion = _criterion_id(rubric, row.criterion)
        found.rows.append(row)

    if CLAIMS_SHEET in wb.sheetnames:
        ws = wb[CLAIMS_SHEET]
        start = _header_row(ws, CLAIM_COLUMNS[0][0]) + 1
        inputs = {}
        if rubric is not None:
            inputs = {(c.id, f.label or ""): f.input for c in rubric.criteria.values() for f in c.rule.fields()}
        for cells in ws.iter_rows(min_row=start, max_col=len(CLAIM_COLUMNS)):
            cid, label = _criterion_id(rubric, _text(cells[0].value)), _text(cells[1].value)
            if not cid:
                continue
            cells_by_header = {name: cell.value for (name, _), cell in zip(CLAIM_COLUMNS, cells, strict=False)}
            cells_by_header[CLAIM_COLUMNS[0][0]] = cid
            try:
                claim = Claim.model_validate(cells_by_header, context={"input": inputs.get((cid, label))})
            except ValidationError as exc:
                where = f"{path.name} 申报数量第{cells[0].row}行（{cid} {label}）"
                found.problems.extend(f"{where}：{explain(e)}" for e in exc.errors())
                continue
            if claim.value is not None:
                found.claims.setdefault(claim.criterion, {})[claim.label or None] = claim.value
                rows.setdefault(claim.criterion, []).append(cells[0].row)
    if rubric is not None:  # each claim as a fact must fit its rule (a share ≤ 100 %, judged points ≤ the maximum)
        for cid, values in list(found.claims.items()):
            if cid not in rubric.criteria:
                continue
            rule = rubric.criteria[cid].rule
            try:
                fact = rule.fact_from(values)
                if fact is not None:
                    rule.fact().read(cid, with_target(rubric, cid, fact))
            except IpdocsError as exc:
                where = "、".join(str(r) for r in rows.get(cid, []))
                found.problems.append(f"{path.name} 申报数量第{where}行：{exc}")
                del found.claims[cid]
    return found
