"""What `ipdocs facts FILE --json` prints (DESIGN §4), declared once as a pydantic model.

The model generates the published JSON Schema (`ipdocs facts --schema`, committed as
ipdocs/extract/facts-output.schema.json) that tools reading our output can validate against; tests check that
extraction's output on real files of every kind validates, so the schema cannot drift from what we print.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field

from ipdocs.base.inputs import InputModel, field, json_schema

SCHEMA_PATH = Path(__file__).with_name("facts-output.schema.json")  # committed copy of facts_output_schema()
SCHEMA_ID = "https://ipdocs.invalid/facts-output.schema.json"
PAGE = Field(..., ge=1, description="所在页码（从 1 起）", examples=[1])


class DocNumber(InputModel):
    text: str = field("文号，统一为〔年份〕括号、无空格", examples=["武江知保办发〔2023〕3号"])
    organ_prefix: str = field("年份前的发文机关代字（无则为空字符串）", examples=["武江知保办发"])
    year: int = field("文号中的年份", examples=[2023])
    number: int = field("文号中的序号", examples=[3])
    page: int = PAGE


class FoundDate(InputModel):
    iso: str = field("日期，ISO 格式", examples=["2023-11-13"], pattern=r"^\d{4}-\d\d-\d\d$")
    text: str = field("文件中印出的样子", examples=["2023年11月13日", "二〇二三年十一月十三日"])
    page: int = PAGE


class Outlet(InputModel):
    outlet: str = field("媒体名称", examples=["南方日报"])
    level: str = field("媒体级别（ipdocs/extract/media.yaml 的分级）", examples=["省级"])
    page: int = PAGE


class Table(InputModel):
    pages: list[int] = field("表格所在的页（跨页表格为一个逻辑表格）", examples=[[2, 3]])
    header: list[str] = field("表头各列（两行表头取最下一行，不计入 rows）",
                              examples=[["序号", "案件名称", "处罚决定"]])
    rows: list[list[str]] = field("数据行：折行的单元格已合并，跨页断开的行已拼接，合并单元格已填入所覆盖的每一格",
                                  examples=[[["1", "某公司侵犯商标专用权案", "罚款5万元"]]])


class Meeting(InputModel):
    date: str | None = field("会议召开日期（ISO；不是纪要印发日期）", examples=["2023-05-18"],
                             pattern=r"^\d{4}-\d\d-\d\d$")
    title: str | None = field("会议名称（印出的样子）", examples=["区知识产权工作联席会议"])
    chair: str | None = field("主持人姓名（不含职务）", examples=["张三"])
    topics: list[str] = field("议题，按顺序、不含编号", examples=[["研究部署2023年知识产权保护工作"]])


class Attendance(InputModel):
    count: int = field("签到表中有姓名的行数（参会/参训人数）", examples=[36], ge=0)
    names: list[str] = field("签到人姓名", examples=[["张三", "李四"]])


class FileFacts(InputModel):
    file: str = field("文件名", examples=["关于开展知识产权执法专项行动的通知.pdf"])
    pages: int = field("页数（Word、Excel 计为 1 页或按工作表计）", examples=[3], ge=0)
    ocr_pages: list[int] = field("没有文字层、用 OCR 识别的页码", examples=[[1, 2]])
    title: str | None = field("文件标题（跨行已拼接）；看不出则为 null",
                              examples=["关于开展知识产权执法专项行动的通知"])
    organ: str | None = field("发文机关全称（联合发文按署名顺序列出全部机关，以“、”分隔）；简报为编印/主办单位，"
                              "无红头、落款的总结、报告为首句所称单位（“我局”不算）；台账、名单等为填报/制表单位，"
                              "签到表为主办单位，新闻报道为来源媒体（或供稿单位）；看不出则为 null",
                              examples=["武江区知识产权保护工作领导小组办公室"])
    doc_type: str | None = field("文种，照文件自称（标题末尾的文种词）：通知、函、方案、要点、计划、意见、决定、通报、"
                                 "请示、批复、报告、汇报、总结、说明、情况说明、会议纪要、会议记录、台账、统计表、"
                                 "一览表、登记表、汇总表、名单、申报表、审批表、承诺书、责任书、签到表、新闻报道等；"
                                 "带期号的简报、工作动态、信息专报为简报（不论其中文章标题）；看不出则为 null",
                                 examples=["通知"])
    doc_numbers: list[DocNumber] = field("文件中的文号（本文件的和引用的）", examples=[[]])
    dates: list[FoundDate] = field("文件中的日期（每个印出的日期一项，范围的两端各一项）", examples=[[]])
    media: list[Outlet] = field("刊发或转载该报道的媒体（来源、报头、刊发媒体栏；仅被提及的不算）", examples=[[]])
    tables: list[Table] = field("逻辑表格", examples=[[]])
    meetings: list[Meeting] = field("会议纪要/会议记录中的会议", examples=[[]])
    attendance: Attendance | None = field("签到表的人数与姓名；不是签到表则为 null", examples=[None])
    findings: list[str] = field("提取时的说明（如哪页用了 OCR）", examples=[["第1页无文字层，已用OCR识别"]])


def facts_output_schema() -> dict:
    """The JSON Schema of `ipdocs facts --json` output, generated from `FileFacts`."""
    return json_schema(FileFacts, "ipdocs 单个文件的提取结果（ipdocs facts --json）", SCHEMA_ID)


def facts_output_schema_text() -> str:
    """The schema as `ipdocs facts --schema` prints it and the committed file holds it."""
    return json.dumps(facts_output_schema(), ensure_ascii=False, indent=1) + "\n"
