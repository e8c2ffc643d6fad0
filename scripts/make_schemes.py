"""Three scheme documents shaped like real city/county assessment schemes, for `ipdocs rubric draft`:

- city-2024.docx: a city's indicator table (Word), category cells merged down the rows they cover;
  target completion with tiers and per-excess steps, growth, ranking, bonus and deduction sections.
- county-2024.pdf: a county's table in Word, category banners merged across the row, made into a PDF by
  LibreOffice (text layer, table ruled).
- park-2024.xlsx: a park's indicator sheet (Excel), first-level indicators merged down, bonus and deduction
  parts as merged banner rows.
- district-2024.pdf: a district's scheme as a numbered list (no table) in Word, made into a PDF by LibreOffice.

Each has a hand-written expected rubric in sample_inputs/schemes/expected/ (written from the document's
text). Run: .venv/bin/python scripts/make_schemes.py [OUT]  (default sample_inputs/schemes/).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXED = datetime(2024, 1, 1)
OUT = ROOT / "sample_inputs" / "schemes"

CITY_TITLE = "江州市2024年县（市、区）知识产权工作考核评分表"
CITY_HEADER = ["考核类别", "序号", "考核指标", "分值", "评分标准", "佐证材料"]
CITY_ROWS = [  # (category, number, indicator, points, rule, evidence); rows of one category are merged
    ("知识产权创造（30分）", "1", "发明专利授权量", "12",
     "完成年度目标任务的，得10分；完成90%以上的，得10分的60%；90%以下的，不得分。每超1件加0.1分，最多加2分。",
     "国家知识产权局统计数据"),
    ("知识产权创造（30分）", "2", "有效注册商标量增长", "8",
     "有效注册商标量同比增长10%以上的，得8分；同比增长5%以上不足10%的，得4分；增长不足5%的，不得分。",
     "市场监管部门统计数据"),
    ("知识产权创造（30分）", "3", "PCT国际专利申请", "4", "每申请1件得1分，最多得4分。", "申请受理通知书"),
    ("知识产权创造（30分）", "4", "知识产权质押融资", "6",
     "完成年度质押融资目标任务的，得4分；每超100万元加1分，最多加2分。", "银行放款凭证"),
    ("知识产权保护（40分）", "5", "专利侵权纠纷行政裁决", "6",
     "结案率达到100%的，得6分；达到90%以上不足100%的，得4分；不足90%的，不得分。", "案件台账"),
    ("知识产权保护（40分）", "6", "知识产权保护社会满意度", "10",
     "全市排名第一的，得10分；排名前三的，得8分；其余得5分。", "第三方调查报告"),
    ("知识产权保护（40分）", "7", "保护工作组织领导", "4",
     "党委或政府召开专题会议研究部署知识产权保护工作的，得2分；每召开一次部门联席会议得1分，最多得2分。",
     "会议纪要"),
    ("知识产权保护（40分）", "8", "知识产权行政执法办案量", "20",
     "完成年度办案目标任务的，得20分；每少1件扣1分，扣完为止。", "案件台账"),
    ("知识产权运用（30分）", "9", "专利转让许可", "10", "每转让或许可1件得0.5分，最多得10分。", "备案证明"),
    ("知识产权运用（30分）", "10", "知识产权优势示范企业培育", "12",
     "新认定国家级知识产权示范企业的，每家得4分；新认定省级的，每家得2分，最多得12分。", "认定文件"),
    ("知识产权运用（30分）", "11", "知识产权公共服务网点建设", "8",
     "建成知识产权公共服务网点并正常运行的，得5分；网点年度服务企业100家以上的，得3分。", "运行记录"),
]
CITY_BONUS = [
    ("加分项（10分）", "12", "中国专利奖", "6",
     "获得中国专利金奖的，每项加3分；获得中国专利优秀奖的，每项加1分，最多加6分。", "获奖文件"),
    ("加分项（10分）", "13", "工作经验推广", "4", "知识产权工作经验被国家知识产权局推广的，加4分。", "推广文件"),
]
CITY_DEDUCT = [
    ("扣分项（10分）", "14", "重大侵权事件", "6", "辖区内每发生一起重大知识产权侵权事件扣3分，最多扣6分。", "通报"),
    ("扣分项（10分）", "15", "材料报送", "4", "未按时报送考核材料的，扣4分。", "报送记录"),
]

COUNTY_TITLE = "清河县2024年乡镇（街道）知识产权保护工作考核评分表"
COUNTY_HEADER = ["序号", "考核项目", "分值", "考核内容及评分标准"]
COUNTY_SECTIONS = [  # (banner, rows (number, item, points, rule))
    ("一、组织领导（20分）", [
        ("1", "工作机制", "8", "成立知识产权保护工作领导小组的，得4分；制定年度工作计划的，得4分。"),
        ("2", "专题研究", "12", "每召开一次党政联席会议研究知识产权保护工作的，得3分，最多得12分。"),
    ]),
    ("二、重点任务（60分）", [
        ("3", "专利申请量增长", "15", "专利申请量较上年增长10%以上的，得15分；增长5%以上不足10%的，得10分；"
                                   "增长不足5%的，得5分。"),
        ("4", "商标品牌培育", "15", "完成年度新增注册商标目标任务的，得15分；每少1件扣0.5分，扣完为止。"),
        ("5", "知识产权宣传", "10", "在市级以上媒体报道本地知识产权工作的，每篇得2分，最多得10分。"),
        ("6", "技术合同登记", "20", "完成年度技术合同成交额目标任务的，得15分；每超100万元加1分，最多加5分。"),
    ]),
    ("三、工作成效（20分）", [
        ("7", "侵权投诉处理", "10", "投诉处理率达到95%以上的，得10分；达到80%以上不足95%的，得6分；不足80%的，不得分。"),
        ("8", "年度排名", "10", "全县年度综合排名前三名的，得10分；排名第四至第八名的，得6分；其余得3分。"),
    ]),
    ("四、加分项（5分）", [
        ("9", "创新举措", "5", "工作举措被市级以上部门复制推广的，每项加2.5分，最多加5分。"),
    ]),
    ("五、扣分项（5分）", [
        ("10", "安全事件", "5", "发生知识产权领域重大负面舆情的，每起扣2.5分，最多扣5分。"),
    ]),
]

DISTRICT_TITLE = "河西区2024年度知识产权工作考核细则"
DISTRICT_TEXT = [  # paragraphs: the scheme as a numbered list, no table
    "为做好2024年度知识产权工作考核，制定本细则。考核总分100分，另设加分项和扣分项。",
    "一、组织保障（15分）",
    "1.组织领导（5分）。成立知识产权工作领导小组的，得3分；主要负责同志任组长的，另得2分。",
    "2.经费保障（10分）。知识产权专项经费较上年增长10%以上的，得10分；增长不足10%的，得5分；未增长的，不得分。",
    "二、重点工作（85分）",
    "3.专利授权（30分）。完成年度专利授权目标任务的，得25分；每超10件加1分，最多加5分。",
    "4.执法办案（30分）。（1）查办专利侵权案件的，每件得2分，最多得10分。（2）查办商标侵权案件的，每件得2分，"
    "最多得10分。（3）案件办结率达到100%的，得10分；达到90%以上的，得5分。",
    "5.宣传培训（25分）。开展知识产权宣传活动的，每次得2分，最多得10分；举办知识产权培训班的，每期得3分，最多得15分。",
    "三、加分项（最高加5分）",
    "6.工作创新（5分）。知识产权工作经验被省级以上部门推广的，加5分。",
    "四、扣分项（最多扣10分）",
    "7.安全事件（10分）。辖区内发生重大知识产权侵权事件的，每起扣5分，最多扣10分。",
]

PARK_TITLE = "云溪高新区2024年度企业知识产权工作考核评分细则"
PARK_HEADER = ["一级指标", "二级指标", "分值", "评分细则", "责任单位"]
PARK_ROWS = [  # (level one, level two, points, rule, unit); None level-one: a part banner row
    ("知识产权创造（40分）", "1.发明专利授权", "20",
     "完成年度发明专利授权目标任务的，得20分；完成80%以上的，得20分的50%；80%以下的，不得分。", "科技局"),
    ("知识产权创造（40分）", "2.高价值专利培育", "10", "每培育1件高价值专利得2分，最多得10分。", "科技局"),
    ("知识产权创造（40分）", "3.商标注册增长", "10",
     "有效注册商标量同比增长15%以上的，得10分；同比增长不足15%的，得5分。", "市场监管分局"),
    ("知识产权运用（35分）", "4.专利产业化", "15",
     "专利产业化项目每实施1项得3分，最多得15分。", "经发局"),
    ("知识产权运用（35分）", "5.质押融资", "20",
     "完成年度质押融资目标任务的，得15分；每超50万元加1分，最多加5分。", "财政金融局"),
    ("知识产权管理（25分）", "6.贯标认证", "15",
     "通过知识产权管理体系认证的企业，每家得3分，最多得15分。", "市场监管分局"),
    ("知识产权管理（25分）", "7.园区排名", "10",
     "在全市园区知识产权工作评价中排名第一的，得10分；排名前五名的，得6分；其余不得分。", "管委会办公室"),
    (None, "加分项（最高加5分）", "", "", ""),
    ("加分项", "8.国家级荣誉", "5", "获得国家知识产权示范园区称号的，加5分。", "管委会办公室"),
    (None, "扣分项（最多扣10分）", "", "", ""),
    ("扣分项", "9.侵权假冒事件", "10", "园区内每发生一起知识产权侵权假冒事件扣2分，最多扣10分。", "市场监管分局"),
]


def city_docx(path: Path) -> Path:
    import docx

    from ipdocs.output.files import save_docx

    d = docx.Document()
    d.core_properties.author = "ipdocs"
    d.add_paragraph(CITY_TITLE)
    d.add_paragraph("注：各县（市、区）目标任务由市知识产权局另行下达。")
    rows = CITY_ROWS + CITY_BONUS + CITY_DEDUCT
    table = d.add_table(rows=len(rows) + 1, cols=len(CITY_HEADER))
    table.style = "Table Grid"
    for i, text in enumerate(CITY_HEADER):
        table.cell(0, i).text = text
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row[1:], 1):
            table.cell(r, c).text = text
    start = 1
    for r in range(1, len(rows) + 2):  # merge each category's cells down the rows it covers
        if r == len(rows) + 1 or rows[r - 1][0] != rows[start - 1][0]:
            merged = table.cell(start, 0).merge(table.cell(r - 1, 0)) if r - 1 > start else table.cell(start, 0)
            merged.text = rows[start - 1][0]
            start = r
    return save_docx(d, path)


def county_docx(path: Path) -> Path:
    import docx

    from ipdocs.output.files import save_docx

    d = docx.Document()
    d.core_properties.author = "ipdocs"
    d.add_paragraph(COUNTY_TITLE)
    count = sum(len(rows) + 1 for _, rows in COUNTY_SECTIONS)
    table = d.add_table(rows=count + 1, cols=len(COUNTY_HEADER))
    table.style = "Table Grid"
    for i, text in enumerate(COUNTY_HEADER):
        table.cell(0, i).text = text
    r = 1
    for banner, rows in COUNTY_SECTIONS:  # the banner spans the whole row
        merged = table.cell(r, 0).merge(table.cell(r, len(COUNTY_HEADER) - 1))
        merged.text = banner
        r += 1
        for row in rows:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
            r += 1
    d.add_paragraph("说明：总分100分，加分项最高加5分，扣分项最多扣5分。")
    return save_docx(d, path)


def district_docx(path: Path) -> Path:
    import docx

    from ipdocs.output.files import save_docx

    d = docx.Document()
    d.core_properties.author = "ipdocs"
    d.add_paragraph(DISTRICT_TITLE)
    for text in DISTRICT_TEXT:
        d.add_paragraph(text)
    return save_docx(d, path)


def park_xlsx(path: Path) -> Path:
    import openpyxl

    from ipdocs.output.files import save_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分细则"
    ws.append([PARK_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PARK_HEADER))
    ws.append(PARK_HEADER)
    first = 3
    for n, (one, two, points, rule, unit) in enumerate(PARK_ROWS, 3):
        if one is None:  # a banner across the sheet
            ws.append([two])
            ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=len(PARK_HEADER))
        else:
            ws.append([one, two, int(points), rule, unit])
    rows = PARK_ROWS
    for n in range(3, len(rows) + 4):  # merge equal level-one cells down
        i = n - 3
        if i == len(rows) or rows[i][0] != rows[first - 3][0]:
            if rows[first - 3][0] is not None and n - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=n - 1, end_column=1)
            first = n
    for column, width in zip("ABCDE", (22, 22, 8, 70, 16), strict=True):
        ws.column_dimensions[column].width = width
    wb.properties.creator = "ipdocs"
    wb.properties.created = wb.properties.modified = FIXED  # the same bytes on every run
    return save_xlsx(wb, path)


def make(out: Path = OUT) -> list[Path]:
    """Write the three documents into `out` (LibreOffice makes the PDF from a DOCX, one start)."""
    from ipdocs.output.libreoffice import convert

    out.mkdir(parents=True, exist_ok=True)
    made = [city_docx(out / "city-2024.docx"), park_xlsx(out / "park-2024.xlsx")]
    with tempfile.TemporaryDirectory() as tmp:
        sources = [county_docx(Path(tmp) / "county-2024.docx"), district_docx(Path(tmp) / "district-2024.docx")]
        pdfs = convert(sources, "pdf", out)
    for source, pdf in pdfs.items():
        if pdf is None:
            raise SystemExit(f"LibreOffice 未能生成 {source.stem}.pdf")
        made.append(pdf)
    return made


if __name__ == "__main__":
    for p in make(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
