"""A campaign: one office's preparation for one assessment — who supplies what, to whom, by when.

`CampaignFile` and its parts are the single declaration of campaign.yaml (ipdocs.base.inputs): they
validate what the coordinator wrote and generate the published schema. Model docstrings and field
descriptions are in Chinese because editors show them to the coordinator. `Campaign` is the checked
campaign the stages work with: the file resolved against its rubric.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ipdocs.base.inputs import InputModel, field, invalid, number
from ipdocs.rubric.model import Criterion, Indicator, Rubric

ROLES = {"lead": "牵头单位", "cooperating": "配合单位"}
PARTIES = {"all": "各迎考单位", "cooperating": "考核指标配合单位", "lead": "考核指标牵头单位",
           "coordinator": "迎考牵头办公室", "assessor": "考核单位"}
DEFAULT_TIMEZONE = "Asia/Shanghai"

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DUE_PATTERN = r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$"
AS_OF_PATTERN = r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2})?$"


def _written(pattern: str, parse, what: str, hint: str = ""):
    """A validator for a date or time written as text: the form first, then whether the calendar has it."""
    def check(value):
        if isinstance(value, dt.date):
            return value
        if not isinstance(value, str) or not re.match(pattern, value):
            raise PydanticCustomError("string_pattern_mismatch", "pattern", {"pattern": pattern})
        try:
            return parse(value)
        except ValueError:
            raise invalid(f"{what} {value!r} 无效{hint}") from None
    return BeforeValidator(check)


def _minute(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace(" ", "T"))


Day = Annotated[dt.date, _written(DATE_PATTERN, dt.date.fromisoformat, "日期"),
                WithJsonSchema({"type": "string", "pattern": DATE_PATTERN})]
Due = Annotated[dt.datetime, _written(DUE_PATTERN, _minute, "时间", "（应为 2023-12-05 17:30）"),
                WithJsonSchema({"type": "string", "pattern": DUE_PATTERN})]
AsOf = Annotated[dt.datetime, _written(AS_OF_PATTERN, _minute, "时间"),
                 WithJsonSchema({"type": "string", "pattern": AS_OF_PATTERN})]


class Contact(InputModel):
    """单位的一位联系人。"""

    role: Literal["分管领导", "联络员", "经办人"] = field(
        "联系人角色：分管领导、联络员或经办人（联络员负责报送，分管领导签发）", examples=["联络员"])
    name: str = field("姓名", examples=["陈思远"], min_length=1)
    title: str = field("职务", examples=["知识产权股股长"], default="")
    office_phone: str = field("办公电话（区号-号码）", examples=["0751-8600102"], default="",
                              pattern=r"^[0-9()（）\- ]{7,20}$")
    mobile: str = field("手机号码（11位）", examples=["13900000102"], default="", pattern=r"^1[0-9]{10}$")
    fax: str = field("传真（区号-号码，可不填）", examples=["0376-6312800"], default="",
                     pattern=r"^[0-9()（）\- ]{7,20}$")


class Unit(InputModel):
    """一个迎考单位及其联系人。"""

    name: str = field("单位全称，分工和时间节点中按此名称引用", examples=["区宣传部（区版权局）"], min_length=1)
    short: str = field("简称（可不填）", examples=["区版权局"], default="")
    contacts: list[Contact] = field("联系人：至少一位，通常为分管领导和联络员", min_length=1,
                                    examples=[[{"role": "分管领导", "name": "黄志强", "title": "副局长"},
                                               {"role": "联络员", "name": "陈思远", "mobile": "13900000102"}]])

    def contact(self, name: str) -> Contact | None:
        return next((c for c in self.contacts if c.name == name), None)

    def by_role(self, role: str) -> list[Contact]:
        return [c for c in self.contacts if c.role == role]


class Assignment(InputModel):
    """分工：一项指标（或其中一条准则）由谁牵头、谁配合、找谁联系。"""

    model_config = ConfigDict(json_schema_extra={"oneOf": [{"required": ["indicator"]}, {"required": ["criterion"]}]})

    indicator: str | None = field("指标编号：整项指标的分工（与 criterion 二选一）", examples=["6"], default=None)
    criterion: str | None = field("准则编号：单条准则另有分工时填写（与 indicator 二选一）", examples=["8.6"],
                                  default=None)
    lead: str = field("牵头单位（units 中的单位名称）", examples=["区法院"], min_length=1)
    cooperating: list[Annotated[str, Field(min_length=1)]] = field(
        "配合单位（units 中的单位名称）", examples=[["区检察院", "区司法局"]], default=[])
    contact: str | None = field("牵头单位中负责此项的联系人姓名（可不填）", examples=["林晓梅"], default=None,
                                min_length=1)

    @field_validator("indicator", "criterion", mode="before")
    @classmethod
    def _id_text(cls, value):
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _one_target(self):
        if (self.indicator is None) == (self.criterion is None):
            raise ValueError("indicator（指标编号）和 criterion（准则编号）应填且只填一个")
        return self


class Deadline(InputModel):
    """时间节点：谁在何时之前把什么报送给谁。"""

    id: str = field("节点编号（小写字母、数字、连字符），在本配置中唯一", examples=["cooperating"],
                    pattern=r"^[a-z0-9-]+$")
    name: str = field("节点名称，写入通知和日程", examples=["配合单位报送材料"], min_length=1)
    due: Due = field("截止时间（campaign 时区），写作 2023-12-05 17:30", examples=["2023-12-05 17:30"])
    sender: Literal["all", "cooperating", "lead", "coordinator"] = field(
        "报送方：all 各迎考单位，cooperating 配合单位，lead 牵头单位，coordinator 迎考牵头办公室",
        examples=["cooperating"], alias="from")
    receiver: Literal["lead", "coordinator", "assessor"] = field(
        "接收方：lead 牵头单位，coordinator 迎考牵头办公室，assessor 考核单位", examples=["lead"], alias="to")
    receiver_name: str = field("接收方的具体名称（可不填）", examples=["市对口考核牵头单位"], default="",
                               alias="to_name")
    what: str = field("报送内容", examples=["电子版（U盘）、纸质版材料"], default="")
    kind: Literal["materials", "contacts", "step"] = field(
        "节点类别：materials 报送材料（默认，按报送顺序检查先后），contacts 报送联系人表，"
        "step 工作步骤（如完善迎考任务分工：列入通知和日程，不收材料）",
        examples=["materials"], default="materials")

    @property
    def due_text(self) -> str:
        """2023年12月5日17:30 — Arabic numerals, as official documents write dates."""
        d = self.due
        return f"{d.year}年{d.month}月{d.day}日{d:%H:%M}"


class DocumentSettings(InputModel):
    """迎考通知等公文的版头、发文字号和落款（GB/T 9704）。"""

    organ_mark: str = field("发文机关标志（版头红字）", examples=["韶关市武江区市场监督管理局"], min_length=1)
    issuer: str = field("发文机关署名（落款）", examples=["韶关市武江区市场监督管理局"], min_length=1)
    number_prefix: str = field("发文字号的机关代字", examples=["武市监"], pattern=r"^\S+$")
    number: int = field("发文顺序号", examples=[86], ge=1)
    signed: Day = field("成文日期，写作 2023-11-13", examples=["2023-11-13"])
    scheme: str = field("本单位迎考工作方案的名称，通知中引用（可不填）",
                        examples=["韶关市武江区迎接韶关市2023年县（市、区）知识产权保护工作考核的工作方案"], default="")

    def doc_number(self, signed: dt.date | None = None, number: int | None = None) -> str:
        """文号 as GB/T 9704 writes it: 武市监〔2023〕86号 (no 第, no leading zeros). The year is the year the
        document is signed (成文日期), never the assessment year: a notice signed 2022-05-12 is 〔2022〕."""
        year = (signed or self.signed).year
        return f"{self.number_prefix}〔{year}〕{self.number if number is None else number}号"

    @property
    def signed_text(self) -> str:
        return f"{self.signed.year}年{self.signed.month}月{self.signed.day}日"


class Period(InputModel):
    """统计时间：材料和数据所属的时间段。"""

    start: Day = field("开始日期，写作 2023-01-01", examples=["2023-01-01"])
    end: Day = field("截止日期，写作 2023-12-31", examples=["2023-12-31"])


class Coordinator(InputModel):
    """迎考牵头办公室及其联系人。"""

    unit: str = field("牵头办公室所在单位（units 中的单位名称）", examples=["区市场监管局"], min_length=1)
    contact: str = field("该单位中负责迎考的联系人姓名", examples=["陈思远"], min_length=1)


class TargetSetting(InputModel):
    """被考核地区的一项目标任务（各县区目标不同时，写在各自的 campaign.yaml 中）：事实文件中该准则只写完成值。"""

    criterion: str = field("准则编号（须为 target 规则的准则）", examples=["3.1"], min_length=1)
    target: number(ge=0) = field("下达给本地区的目标值，与事实同单位", examples=[50])  # type: ignore[valid-type]
    text: str = field("下达目标的依据（文件名称或文号，可不填）", examples=["市局下达2023年专利授权目标任务50件"],
                      default="")

    @field_validator("criterion", mode="before")
    @classmethod
    def _id_text(cls, value):
        return str(value) if isinstance(value, float) else value


def resolve_targets(targets: list[TargetSetting], rubric: Rubric, source: str) -> list[str]:
    """Set the assessee's targets on the rubric (criterion → target); problems name the entry and what fits."""
    problems = []
    fitting = [c.id for c in rubric.criteria.values() if c.kind == "target"]
    for i, t in enumerate(targets):
        where = f"{source}：targets[{i}].criterion"
        c = rubric.criteria.get(t.criterion)
        if c is None or c.kind != "target":
            what = "没有该准则" if c is None else f"准则 {t.criterion} 的规则是 {c.kind}，不按目标任务计分"
            problems.append(f"{where}：评分细则 {rubric.id} 中{what}（可设目标的准则：{'、'.join(fitting) or '无'}）")
        elif t.criterion in rubric.targets:
            problems.append(f"{where}：准则 {t.criterion} 的目标任务设了多次")
        elif t.target == 0 and not c.rule.reverse:
            problems.append(f"{source}：targets[{i}].target：目标值为0，无法计算完成率；应写下达的目标值")
        else:
            rubric.targets[t.criterion] = t.target
    return problems


class CampaignFile(InputModel):
    """迎考工作配置（campaign.yaml）：一个地区一次考核的评分细则、单位与联系人、分工、时间节点和公文设置。"""

    id: str = field("迎考工作编号（小写字母、数字、连字符）", examples=["wujiang-2023"],
                    pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = field("迎考工作名称", examples=["韶关市武江区迎接2023年县（市、区）知识产权保护工作考核"],
                       min_length=1)
    rubric: str = field("评分细则：内置编号，或相对本文件夹的 YAML 文件路径", examples=["wujiang-2023", "rubric.yaml"],
                        min_length=1)
    assessee: str = field("被考核地区", examples=["韶关市武江区"], min_length=1)
    year: int = field("考核年度", examples=[2023], ge=2000, le=2100)
    timezone: str = field("时区（IANA 名称），截止时间按此解释", examples=[DEFAULT_TIMEZONE], default=DEFAULT_TIMEZONE,
                          min_length=1)
    as_of: AsOf | None = field("本配置中“现在”指的时间（历史示例、测试用），写作 2023-12-16 09:00；不填为当前时间",
                               examples=["2023-12-16 09:00"], default=None)
    templates: str | None = field("本单位自己的 Word 模板所在文件夹（相对于本文件夹）；不填用内置模板",
                                  examples=["templates"], default=None, min_length=1)
    period: Period = field("统计时间", examples=[{"start": "2023-01-01", "end": "2023-12-31"}])
    coordinator: Coordinator = field("迎考牵头办公室", examples=[{"unit": "区市场监管局", "contact": "陈思远"}])
    document: DocumentSettings = field(
        "公文设置：版头、发文字号、落款", examples=[{"organ_mark": "韶关市武江区市场监督管理局",
                                            "issuer": "韶关市武江区市场监督管理局", "number_prefix": "武市监",
                                            "number": 86, "signed": "2023-11-13"}])
    units: list[Unit] = field("迎考单位及其联系人", min_length=1,
                              examples=[[{"name": "区法院", "contacts": [{"role": "联络员", "name": "邓雅琴"}]}]])
    assignments: list[Assignment] = field(
        "分工：每项指标一个牵头单位，单条准则可另行指定", min_length=1,
        examples=[[{"indicator": "6", "lead": "区法院", "cooperating": ["区检察院"]}]])
    deadlines: list[Deadline] = field(
        "时间节点：配合单位 → 牵头单位 → 牵头办公室 → 考核单位", min_length=1,
        examples=[[{"id": "cooperating", "name": "配合单位报送材料", "due": "2023-12-05 17:30",
                    "from": "cooperating", "to": "lead"}]])
    targets: list[TargetSetting] = field(
        "本地区的目标任务（评分细则按目标完成情况计分的准则）：设了目标的准则，事实文件只写完成值", default=[],
        examples=[[{"criterion": "3.1", "target": 50, "text": "市局下达目标任务50件"}]])

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise invalid(f"未知时区 {value!r}（如 {DEFAULT_TIMEZONE}）") from None
        return value

    @model_validator(mode="after")
    def _in_zone(self):
        """Times are written in the campaign's zone: from here on they are aware."""
        tz = ZoneInfo(self.timezone)
        for d in self.deadlines:
            d.due = d.due.replace(tzinfo=tz)
        if self.as_of is not None:
            self.as_of = self.as_of.replace(tzinfo=tz)
        return self


@dataclass
class Task:
    """One criterion as a unit sees it."""

    indicator: Indicator
    criterion: Criterion
    role: str  # lead | cooperating
    assignment: Assignment


@dataclass
class Campaign:
    id: str
    title: str
    rubric: Rubric
    assessee: str
    year: int
    timezone: str
    period: tuple[dt.date, dt.date]
    coordinator_unit: str
    coordinator_contact: str
    units: list[Unit]
    assignments: dict[str, Assignment]  # criterion ID → assignment, every criterion of the rubric
    deadlines: list[Deadline]
    document: DocumentSettings
    folder: Path | None = None
    as_of: dt.datetime | None = None  # what "now" means for a historical campaign (DESIGN §7)
    templates_dir: Path | None = None  # the coordinator's own Word templates, if the campaign names a folder

    def moment(self, at: dt.datetime | None = None) -> dt.datetime:
        """The moment to work at: `at` if given (naive means the campaign's zone), else as_of, else now."""
        tz = ZoneInfo(self.timezone)
        if at is not None:
            return at if at.tzinfo else at.replace(tzinfo=tz)
        return self.as_of or dt.datetime.now(tz)

    def unit(self, name: str) -> Unit:
        return next(u for u in self.units if u.name == name)

    @property
    def coordinator(self) -> Contact:
        return self.unit(self.coordinator_unit).contact(self.coordinator_contact)

    def tasks(self, unit: str) -> list[Task]:
        """The unit's criteria in rubric order, with its role in each."""
        found = []
        for ind in self.rubric.indicators:
            for c in ind.criteria:
                a = self.assignments[c.id]
                if a.lead == unit:
                    found.append(Task(ind, c, "lead", a))
                elif unit in a.cooperating:
                    found.append(Task(ind, c, "cooperating", a))
        return found

    def roles(self, unit: str) -> set[str]:
        return {t.role for t in self.tasks(unit)}

    def deadlines_for(self, unit: str) -> list[Deadline]:
        """Deadlines by which this unit must send something, in date order."""
        roles = self.roles(unit) | {"all"}
        if unit == self.coordinator_unit:
            roles.add("coordinator")
        return sorted((d for d in self.deadlines if d.sender in roles), key=lambda d: d.due)

    def time_rules(self, criterion: str) -> list[dict]:
        """The scheme's time rules (e.g. meetings after 2019-11) that apply to a criterion, as the rubric words them."""
        return [r for r in self.rubric.time_rules if criterion in r.get("applies_to", [])]

    def penalties(self) -> list[Criterion]:
        """Criteria that sanction the whole submission (seed 001 22.2: 虚假报送或隐瞒), worded once, as the seed."""
        return [c for c in self.rubric.criteria.values() if c.rule.penalty]

    def receiver(self, deadline: Deadline, unit: str) -> str:
        """To whom `unit` sends by `deadline`, by name where the campaign knows it."""
        if deadline.receiver == "coordinator":
            return self.coordinator_unit
        if deadline.receiver == "lead":
            leads = sorted({t.assignment.lead for t in self.tasks(unit) if t.role == "cooperating"})
            return f"考核指标牵头单位（{'、'.join(leads)}）" if leads else "考核指标牵头单位"
        return deadline.receiver_name or "考核单位"

    @property
    def created(self) -> dt.datetime:
        """The timestamp written into generated files: fixed by the campaign, so reruns give equal bytes."""
        return dt.datetime.combine(self.document.signed, dt.time(9, 0))

    @property
    def out(self) -> Path:
        return (self.folder or Path(".")) / "out"
