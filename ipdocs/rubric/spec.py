"""The rubric file (rubrics/*.yaml), declared once: parts → sections → indicators → criteria → rule.

These models validate what a coordinator wrote and generate the published JSON Schema
(`ipdocs rubric schema`, committed as rubric.schema.json for the rubrics' yaml-language-server line).
What JSON Schema cannot say — IDs unique and `<indicator>.<n>`, points adding up, veto references — is
checked after validation by load.py. Class docstrings are Chinese: the schema publishes them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictInt

from ipdocs.base.inputs import InputModel, field, json_schema
from ipdocs.rubric.kinds import NonNegative, Positive, Rule

SCHEMA_PATH = Path(__file__).with_name("rubric.schema.json")
SCHEMA_ID = "https://ipdocs.invalid/rubric.schema.json"

Text = Annotated[str, Field(min_length=1)]
Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class Criterion(InputModel):
    """准则：指标下的一条评分条款，原文照录，并给出计分规则。"""

    id: str = field("准则编号：“指标编号.序号”，用细则原文的序号（事实文件以此为键）。", examples=["3.2", "bonus-1.1"],
                    pattern=r"^[A-Za-z0-9-]+\.[0-9]+$")
    text: Text = field("条款原文，逐字照录细则。", examples=["开展知识产权普法宣传活动，每次得0.5分，最多得1分。"])
    rule: Rule = field("计分规则：kind 选定规则类型，其余字段为该类型的参数。",
                       examples=[{"kind": "per_occurrence", "points": 0.5, "max": 1}])
    lead_unit: Text | None = field("本条款单独指定的牵头单位（与指标的牵头单位不同时填写）。",
                                   examples=["区宣传部（区版权局）"], default=None)
    note: Text | None = field("编写说明（如何理解原文、为何这样计分）。", examples=["“3起以下”含3起"], default=None)


class Group(InputModel):
    """准则组：同一指标内几条准则共用一个上限（“第(1)至(5)项满分1.5分”）。"""

    criteria: list[str] = field("组内各准则的编号（须属于本指标）。", examples=[["11.1", "11.2", "11.3"]], min_length=2)
    max: Positive = field("组内各准则合计最多得的分数。", examples=[1.5])
    text: str = field("原文对该组的称呼，用于评分说明。", examples=["第(1)至(5)项"], default="")


class Indicator(InputModel):
    """指标：评分表中的一项，有分值、牵头与配合单位、支撑材料说明和若干准则。"""

    id: str = field("指标编号：用细则原文的序号；加分、扣分表另起编号时加前缀。", examples=["1", "bonus-1", "deduct-2"],
                    pattern=r"^[A-Za-z0-9-]+$")
    title: Text = field("指标名称（原文）。", examples=["知识产权保护工作组织领导"])
    max: NonNegative | None = field(
        "指标分值；扣分项中为最多扣的分数（正数）；原文未标明上限时写 null（按各准则所得计）。", examples=[11, 1.5])
    evidence: str = field("支撑材料说明（原文）。", examples=["提供会议纪要、文件等佐证材料"], default="")
    lead_units: list[Text] = field("牵头单位。", examples=[["区财政局"]], default=[])
    cooperating_units: list[Text] = field("配合单位。", examples=[["区市场监管局"]], default=[])
    criteria: list[Criterion] = field("本指标的各条准则。", min_length=1,
                                      examples=[[{"id": "1.1", "text": "……得2分。",
                                                  "rule": {"kind": "flag", "points": 2}}]])
    groups: list[Group] = field("共用上限的准则组。", examples=[[{"criteria": ["11.1", "11.2"], "max": 1.5}]],
                                default=[])
    note: Text | None = field("备注（如原文的“考核单位”）。", examples=["考核单位：省市场监管局负责"], default=None)


class Section(InputModel):
    """层级：评分表中的一级或多级分类（如“一、整体组织实施情况”），可逐级嵌套，最内层列出指标。"""

    id: str | None = field("层级序号（原文的“一”“二”或数字），用于自评报告的标题编号。", examples=["一", "2"],
                           default=None)
    title: Text = field("层级名称（原文）。", examples=["整体组织实施情况"])
    points: NonNegative | None = field("原文标明的本层级分值；写了就须等于所含指标分值之和。", examples=[29],
                                       default=None)
    sections: list[Section] = field("下一级层级。", default=[],
                                    examples=[[{"title": "强化知识产权保护工作组织落实", "indicators": []}]])
    indicators: list[Indicator] = field("本层级直接包含的指标。", examples=[[{"id": "1", "title": "组织领导", "max": 2,
                                                                  "criteria": []}]], default=[])


class Part(InputModel):
    """部分：基础指标、加分项或扣分项，各有总分值。"""

    part: Literal["base", "bonus", "deduction"] = field(
        "部分类型：base 基础指标，bonus 加分项，deduction 扣分项（分值为最多扣的分数）。", examples=["base"])
    title: Text | None = field("部分名称；不写则为“基础指标”“加分项”“扣分项”。", examples=["基础分值"], default=None)
    points: NonNegative | None = field(
        "本部分总分值；须等于所含指标分值之和；原文未标明（如加分项不设上限）时写 null。", examples=[100, 10])
    sections: list[Section] = field("本部分的层级。", min_length=1,
                                    examples=[[{"title": "整体组织实施情况", "points": 29, "indicators": []}]])


class Period(InputModel):
    """统计时间：考核所计的工作起止日期。"""

    start: Day = field("开始日期（YYYY-MM-DD，加引号）。", examples=["2023-01-01"])
    end: Day = field("结束日期（YYYY-MM-DD，加引号）。", examples=["2023-12-31"])
    text: Text | None = field("原文对统计时间的说法。", examples=["2023年1月1日至11月30日"], default=None)


class Grade(InputModel):
    """等次：总分达到下限即为该等次。"""

    name: Text = field("等次名称。", examples=["优秀", "良好"])
    min: NonNegative = field("该等次的最低总分（含）。", examples=[90])


class Veto(InputModel):
    """否决条件：该准则未得分时，不能评为最高等次。"""

    criterion: str = field("否决所依据的准则编号。", examples=["1.1"])
    text: Text = field("原文的否决条件，用于评分说明。", examples=["未召开专题会议的，不得评为优秀"])


class CompositePart(InputModel):
    """综合评分的一部分（如“自我评价占20%”）。"""

    name: Text = field("部分名称。", examples=["自我评价", "部门考核"])
    weight: Positive = field("权重（各部分合计为1）。", examples=[0.2, 0.4])
    self_score: StrictBool = field("是否为本细则的自评得分（恰有一个部分为 true）。", examples=[True], default=False,
                                   alias="self")


class TimeRule(InputModel):
    """时间规则：某些准则的佐证材料须在某日期之后（或之前）形成。适用的准则按此规则核对材料日期（会议以会议日期为准），
    不再按统计时间核对（如“召开会议的时间应在2019年11月……印发后”，而统计时间只管案件）。"""

    id: Text = field("规则编号。", examples=["after-2019-11"])
    text: Text = field("原文的时间要求，用于核对说明。", examples=["2019年11月《关于强化知识产权保护的意见》印发后"])
    after: Day | None = field("材料日期不得早于此日（YYYY-MM-DD；原文写到月时为该月1日）。", examples=["2019-11-01"],
                              default=None)
    before: Day | None = field("材料日期须早于此日（YYYY-MM-DD）。", examples=["2021-12-31"], default=None)
    applies_to: list[str] = field("适用的准则编号。", examples=[["1.1", "2.3"]], default=[])


class Deadline(InputModel):
    """方案自身规定的时间节点（迎考工作配置据此生成报送时间）。"""

    name: Text = field("节点名称。", examples=["牵头单位报送"])
    date: Day = field("截止日期（YYYY-MM-DD，加引号）。", examples=["2023-12-15"])
    time: str | None = field("截止时刻（原文写明时）。", examples=["17:30"], default=None)
    sender: Literal["all", "cooperating", "lead", "coordinator"] = field(
        "报送方：all 各迎考单位，cooperating 配合单位，lead 牵头单位，coordinator 牵头办公室。", examples=["lead"])
    receiver: Literal["lead", "coordinator", "assessor"] = field(
        "接收方：lead 牵头单位，coordinator 牵头办公室，assessor 考核单位。", examples=["coordinator"])
    from_: Text | None = field("原文中报送方的称呼。", examples=["考核指标牵头单位"], default=None, alias="from")
    to: Text | None = field("原文中接收方的称呼。", examples=["区市场监管局"], default=None)
    text: Text | None = field("原文的时间要求。", examples=["于2023年12月15日前将电子版、纸质版材料报送区市场监管局"],
                              default=None)
    kind: Literal["materials", "contacts", "step"] | None = field(
        "报送内容：materials 佐证材料（默认），contacts 联系人统计表，step 工作步骤（不报送材料，如完善任务分工）。",
        examples=["contacts"], default=None)


CONTACT_COLUMNS = ("序号", "单位名称", "联系人", "姓名", "职务/职级", "电话", "办公电话", "手机", "传真")


class ContactsForm(InputModel):
    """方案附带的联系人表（如“联系人信息表”）：表名、各列和填报范围，按原文。"""

    title: Text = field("表名（原文）。", examples=["联系人信息表"])
    columns: list[Literal[CONTACT_COLUMNS]] = field(  # type: ignore[valid-type]
        "各列表头，按原文顺序：" + "、".join(CONTACT_COLUMNS) + "。", min_length=1,
        examples=[["姓名", "职务/职级", "电话", "手机", "传真"]])
    scope: Literal["units", "coordinator"] = field(
        "填报范围：units 各迎考单位逐一列出（一单位多行）；coordinator 本地区一张表，“单位：”填迎考牵头办公室所在单位，"
        "只列其联系人。", examples=["coordinator"], default="units")
    note: Text | None = field("表下备注（原文）。", examples=["备注：联系人具体为各迎考单位分管领导、具体工作联络人。"],
                              default=None)


class RubricFile(InputModel):
    """评分细则：一个考核方案的指标体系——各部分、层级、指标、准则及其计分规则，等次、否决条件和上限。"""

    id: str = field("细则编号：小写字母、数字和连字符，一般为“地区-年度”。", examples=["wujiang-2023"],
                    pattern=r"^[a-z0-9][a-z0-9-]*$")
    seed: str = field("所依据的方案材料编号。", examples=["000"], default="")
    title: Text = field("考核名称（原文）。", examples=["韶关市2023年县（市、区）知识产权保护工作考核"])
    issuer: Text = field("考核方案的印发机关。", examples=["韶关市知识产权保护工作领导小组办公室"])
    year: Annotated[StrictInt, Field(ge=2000, le=2100)] | None = field("考核年度；原文未写明时写 null。",
                                                                      examples=[2023])
    assessee: Text = field("被考核对象。", examples=["各县（市、区）人民政府"])
    scheme_document: Text | None = field("考核方案文件的标题和文号。", default=None,
                                         examples=["关于开展2019年度……绩效考核的通知（鄂打假办函〔2019〕7号）"])
    period: Period | None = field("统计时间。", examples=[{"start": "2023-01-01", "end": "2023-12-31"}], default=None)
    scored: StrictBool = field("是否计分；false 表示不计分的任务清单（准则只能用 requirement 规则）。", examples=[True],
                               default=True)
    grades: list[Grade] = field("各等次及其最低总分。", default=[],
                                examples=[[{"name": "优秀", "min": 90}, {"name": "良好", "min": 80}]])
    vetoes: list[Veto] = field("否决条件。", default=[],
                               examples=[[{"criterion": "1.1", "text": "未召开专题会议的，不得评为优秀"}]])
    total_cap: Positive | None = field("基础分加加分的总分上限（“加满107分为止”）。", examples=[107], default=None)
    composite: list[CompositePart] = field("综合评分的各部分及权重（本细则的自评得分只是其中一部分时）。",
                                           examples=[[{"name": "自我评价", "weight": 0.2, "self": True},
                                                      {"name": "部门考核", "weight": 0.8}]], default=[])
    time_rules: list[TimeRule] = field("佐证材料的时间要求。", examples=[[{"id": "after-2019-11", "text": "意见印发后",
                                                                "after": "2019-11-01"}]], default=[])
    deadlines: list[Deadline] = field("方案自身规定的时间节点。", default=[], examples=[[{
        "name": "牵头单位报送", "date": "2023-12-15", "sender": "lead", "receiver": "coordinator"}]])
    contacts_form: ContactsForm | None = field(
        "方案附带的联系人表；不填时用各迎考单位联系人统计表（序号、单位名称、联系人、姓名、职务/职级、办公电话、手机）。",
        default=None, examples=[{"title": "联系人信息表", "columns": ["姓名", "职务/职级", "电话", "手机", "传真"],
                                 "scope": "coordinator"}])
    document_title: Text = field(
        "报送文档标题中的考核名称，照方案模板的写法：自评报告、佐证材料目录清单、评分表的标题为“被考核方＋年度＋年＋"
        "此名称＋文档名”（湖北方案附件2：××市州2019年打击侵权假冒工作考核自评报告）。",
        examples=["打击侵权假冒工作考核", "知识产权保护工作考核"], default="知识产权保护工作考核")
    templates: dict[str, str] = field("本方案专用的文档模板（用途: 模板文件名）。", default={},
                                      examples=[{"report": "report-hubei.docx"}])
    parts: list[Part] = field("各部分：基础指标、加分项、扣分项。", min_length=1, examples=[[{
        "part": "base", "points": 100, "sections": [{"title": "整体组织实施情况", "indicators": []}]}]])


def rubric_schema() -> dict:
    """The published schema of rubric files, generated from the models above."""
    return json_schema(RubricFile, "ipdocs 评分细则（考核指标体系）", SCHEMA_ID)


def schema_text() -> str:
    """The schema as `ipdocs rubric schema` prints it and rubric.schema.json holds it."""
    return json.dumps(rubric_schema(), ensure_ascii=False, indent=1) + "\n"
