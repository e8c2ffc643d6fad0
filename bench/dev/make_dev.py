"""Dev split of the extraction benchmark: our own tuning corpus, with the truth planted in each file.

    .venv/bin/python bench/dev/make_dev.py [DIR]      # default bench/dev/corpus/ (git-ignored), ~40–60 s

Writes the files into DIR and their truth into DIR/truth.yaml and the committed bench/dev/truth.yaml. The
truth has the shape of the held-out split (bench/heldout/README.md) and of DESIGN §4: `files: {name: {kind,
format, pages, title, organ, doc_type, doc_numbers: [{text, organ_prefix, year, number}], dates: [{iso, text}],
media: [{outlet, level}], tables: [{header, row_count, rows}], meetings: [{date, title, chair, topics}],
attendance: {count, names}}}`; a key is missing when the file does not show the fact. Kinds: text_pdf
(DOCX → LibreOffice), scan (150/300 dpi image PDF/JPEG/PNG, red seal over the signature date), photo (phone
photo of a printed page: perspective, blur, uneven light), screenshot (web/app news page with a site bar and
a 2–3-line title), docx (text boxes, merged cells), xlsx (ledgers with title rows, merged cells). Every fact
is planted from randomised vocabularies below (organs, wording, date styles, layouts), never read back from
extraction. Deterministic: one seeded generator; the truth, images, DOCX and XLSX are identical run to run
(PDFs differ only in their creation date).

Conventions of the truth (the benchmark's docstring has the matching rules): a date range
(2023年7月1日至31日) gives both ends; a table's `header` is its leaf header row (a multi-row header's lower
row, filled from the merged cell above it), `rows` exclude the header, title rows, and pre-numbered blank rows
(a 序号 with nothing else), merged cells are filled into every cell they cover; a sign-in sheet's attendance
counts the rows with a name.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pypdfium2
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from doc_makers import extract_files  # noqa: E402  (the test suite's makers: LibreOffice batch, ledgers)

FIXED = dt.datetime(2023, 12, 1, 9, 0, 0)
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

# (full name, 文号 prefix) of the issuing organs; cited documents come from higher organs.
ORGANS = [("韶关市武江区市场监督管理局", "武市监"), ("韶关市武江区人民政府办公室", "武府办"),
          ("韶关市武江区打击侵权假冒工作领导小组办公室", "武江区打假办发"), ("中共韶关市武江区委宣传部", "武宣"),
          ("信阳市人民政府", "信政"), ("信阳市市场监督管理局", "信市监"), ("信阳市浉河区知识产权局", "浉知"),
          ("永宁县市场监督管理局", "永市监发"), ("永宁县人民政府办公室", "永政办发"),
          ("湖北省打击侵权假冒工作领导小组办公室", "鄂打假办"), ("襄阳市知识产权局", "襄知发"),
          ("韶关市武江区人民法院", "武法"), ("信阳市公安局", "信公")]
CITED = [("国家知识产权局", "国知发保字"), ("国务院", "国发"), ("国务院办公厅", "国办发"),
         ("广东省市场监督管理局", "粤市监"), ("广东省知识产权局", "粤知"), ("河南省人民政府", "豫政"),
         ("湖北省人民政府办公厅", "鄂政办发"), ("宁夏回族自治区知识产权局", "宁知发"),
         ("韶关市市场监督管理局", "韶市监联")]
CITED_TITLES = ["关于进一步加强知识产权保护工作的意见", "知识产权强国建设纲要和“十四五”规划实施年度推进计划",
                "关于开展知识产权执法保护专项行动的通知", "关于印发知识产权保护工作检查考核办法的通知",
                "关于强化知识产权协同保护的实施意见", "打击侵权假冒工作要点"]
CITE_FORMS = ["根据《{t}》（{n}）要求，", "为贯彻落实{n}文件精神，", "按照上级印发的{n}通知部署，",
              "现将{o}下发的{n}转发给你们，", "依据{o}的{n}的规定，", "贯彻落实{n}精神，"]
TOPICS = ["开展2023年知识产权执法保护“铁拳”行动", "举办党政领导干部知识产权保护专题培训班",
          "做好2023年度知识产权保护工作检查考核迎考准备工作", "开展“4·26”全国知识产权宣传周系列活动",
          "建立知识产权纠纷多元化解机制", "加强重点商品商标侵权假冒专项整治", "组织开展商业秘密保护示范站点创建",
          "报送知识产权保护工作自评报告及佐证材料", "推进知识产权保护规范化市场培育工作",
          "开展地理标志产品保护专项检查", "落实知识产权行政执法案件信息公开制度"]
PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐明", "孙丽", "朱强",
          "胡军", "郭婷", "何勇", "高峰", "林晓", "罗斌", "梁红", "宋涛", "郑凯", "谢蓉", "韩冰", "唐亮", "冯雪"]
UNITS = ["区市场监管局", "区法院", "区检察院", "区公安分局", "区宣传部（区版权局）", "区农业农村局", "区科工商务局",
         "区文化广电旅游体育局", "区司法局", "重阳镇人民政府", "龙归镇人民政府", "新华街道办事处"]
ROOMS = ["区市场监管局三楼会议室", "区政府第二会议室", "局机关五楼会议室", "区行政服务中心报告厅"]
SITES = [("南方网", "省级", "南方日报"), ("人民网", "国家级", "人民网"), ("大河网", "省级", "河南日报"),
         ("荆楚网", "省级", "湖北日报"), ("韶关新闻网", "市级", "韶关日报"), ("宁夏新闻网", "省级", "宁夏日报"),
         ("信阳网", "市级", "信阳日报")]
LEVEL = {s: lv for s, lv, _ in SITES} | {"南方日报": "省级", "河南日报": "省级", "湖北日报": "省级", "韶关日报": "市级",
                                         "宁夏日报": "省级", "信阳日报": "市级"}
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def date_text(day: dt.date, style: str) -> str:
    if style == "cn":
        return "".join(CN_DIGITS[int(c)] for c in str(day.year)) + f"年{cn_number(day.month)}月{cn_number(day.day)}日"
    if style == "dot":
        return f"{day.year}.{day.month}.{day.day}"
    if style == "slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if style == "dash":
        return day.isoformat()
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class Doc:
    """Blocks to render and the truth planted in them."""
    name: str
    blocks: list = field(default_factory=list)
    truth: dict = field(default_factory=dict)

    def date(self, day: dt.date, style: str = "arabic") -> str:
        text = date_text(day, style)
        self.truth.setdefault("dates", []).append({"iso": day.isoformat(), "text": text})
        return text

    def number(self, prefix: str, year: int, n: int, shown: str | None = None) -> str:
        text = f"{prefix}〔{year}〕{n}号"
        item = {"text": text, "organ_prefix": prefix, "year": year, "number": n}
        if shown and shown != text:
            item["shown"] = shown
        self.truth.setdefault("doc_numbers", []).append(item)
        return shown or text


def rand_day(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def cite(doc: Doc, rng: random.Random, year: int) -> str:
    organ, prefix = rng.choice(CITED)
    bracket = rng.choice(["〔〕", "〔〕", "〔〕", "[]", "【】"])
    n = rng.randint(1, 60)
    shown = f"{prefix}{bracket[0]}{year - rng.randint(0, 1)}{bracket[1]}{n}号"
    cited_year = int(shown[len(prefix) + 1:len(prefix) + 5])
    number = doc.number(prefix, cited_year, n, shown)
    return rng.choice(CITE_FORMS).format(t=rng.choice(CITED_TITLES), n=number, o=organ)


def notice(rng: random.Random, name: str, table: bool) -> Doc:
    organ, prefix = rng.choice(ORGANS)
    year = rng.choice([2021, 2022, 2023])
    doc = Doc(name)
    kind_word = rng.choice(["通知", "通知", "方案", "函"])
    topic = rng.choice(TOPICS)
    title = f"{organ}关于{topic}的{kind_word}" if rng.random() < 0.5 else f"关于{topic}的{kind_word}"
    if kind_word == "方案":
        title = f"{organ[:-2] if organ.endswith('办公室') else organ}{topic}工作方案"
    suffix = "函" if kind_word == "函" else "发"
    head = organ + ("文件" if rng.random() < 0.5 else "")
    doc.blocks += [("organ", head), ("docno", doc.number(prefix if suffix != "函" else prefix + "函", year,
                                                         rng.randint(1, 150))), ("title", title)]
    doc.blocks.append(("p", f"{rng.choice(['各镇（街）、区直有关单位', '各县区市场监管局', '各成员单位'])}："))
    day = rand_day(rng, year)
    doc.blocks.append(("p", cite(doc, rng, year) + f"结合我{organ[-3:]}实际，现就{topic}有关事项通知如下。"))
    doc.blocks.append(("p", f"一、时间安排。定于{doc.date(day, rng.choice(['arabic', 'cn', 'dot']))}"
                            f"在{rng.choice(ROOMS)}召开动员部署会，请各单位分管领导参加。"))
    if rng.random() < 0.6:
        start = dt.date(year, rng.randint(1, 11), 1)
        end = dt.date(year, start.month, rng.choice([28, 30]) if start.month != 2 else 28)
        text = f"{doc.date(start)}至{end.day}日"
        doc.truth["dates"].append({"iso": end.isoformat(), "text": f"{end.day}日"})
        phone = f"0751-{rng.randint(8000000, 8999999)}"
        doc.blocks.append(("p", f"二、活动时间为{text}，各单位要明确专人负责，联系电话{phone}，"
                                f"经费{rng.randint(2, 30)}.{rng.randint(1, 9)}万元。"))
    deadline = rand_day(rng, year)
    due = doc.date(deadline, rng.choice(["dot", "slash", "arabic"]))
    doc.blocks.append(("p", f"三、请于{due}前将工作总结及佐证材料"
                            f"报送至{organ[-6:]}，逾期未报的按《考核办法》第{rng.randint(3, 12)}条处理。"))
    if table:
        rows = []
        for i in range(rng.randint(3, 6)):
            due = rand_day(rng, year)
            rows.append([str(i + 1), rng.choice(TOPICS)[:rng.randint(10, 20)], rng.choice(UNITS),
                         doc.date(due, rng.choice(["slash", "arabic", "dash"]))])
        header = ["序号", "工作任务", "牵头单位", "完成时限"]
        doc.blocks += [("p", "附件：任务分工表"), ("table", [header], rows, {})]
        doc.truth.setdefault("tables", []).append({"header": header, "row_count": len(rows), "rows": rows})
    signed = rand_day(rng, year)
    doc.blocks += [("sign", organ), ("sign", doc.date(signed, rng.choice(["arabic", "arabic", "cn"])))]
    doc.truth |= {"title": title, "organ": organ, "doc_type": {"函": "函", "方案": "方案"}.get(kind_word, "通知")}
    return doc


def minutes(rng: random.Random, name: str) -> Doc:
    organ, prefix = rng.choice(ORGANS)
    year = rng.choice([2020, 2021, 2022, 2023])
    doc = Doc(name)
    word = rng.choice(["会议纪要", "会议纪要", "会议记录"])
    subject = rng.choice(["知识产权保护工作领导小组", "知识产权联席", "打击侵权假冒工作", "知识产权保护专题"])
    title = f"{organ}{subject}{word}" if rng.random() < 0.5 else f"{subject}{word}"
    doc.blocks.append(("title", title))
    if word == "会议纪要" and rng.random() < 0.5:
        doc.blocks.append(("docno", doc.number(prefix + "纪", year, rng.randint(1, 20))))
    day = rand_day(rng, year)
    chair = rng.choice(PEOPLE)
    attendees = rng.sample([p for p in PEOPLE if p != chair], rng.randint(4, 8))
    time_label = rng.choice(["时间", "会议时间"])
    doc.blocks.append(("p", f"{time_label}：{doc.date(day, rng.choice(['arabic', 'cn']))}"
                            f"{rng.choice(['上午9:00', '下午3时', '（星期四）上午9时30分', ''])}"))
    doc.blocks.append(("p", f"{rng.choice(['地点', '会议地点'])}：{rng.choice(ROOMS)}"))
    duty = rng.choice(["（局长）", "（副区长）", "（主任）", ""])
    doc.blocks.append(("p", f"{rng.choice(['主持人', '主持'])}：{chair}{duty}"))
    doc.blocks.append(("p", f"{rng.choice(['参会人员', '出席人员', '参加人员'])}：{'、'.join(attendees)}"))
    doc.blocks.append(("p", f"记录人：{rng.choice(PEOPLE)}"))
    topics = rng.sample(["审议《2023年知识产权保护工作要点》", "研究部署知识产权执法保护专项行动",
                         "通报上一年度知识产权保护工作检查考核情况", "讨论知识产权纠纷多元化解机制建设方案",
                         "研究知识产权保护工作经费保障问题", "部署“4·26”知识产权宣传周活动"], rng.randint(2, 4))
    numbering = rng.choice([["一、", "二、", "三、", "四、"], ["1.", "2.", "3.", "4."],
                            ["（一）", "（二）", "（三）", "（四）"]])
    doc.blocks.append(("p", rng.choice(["会议议题：", "议题："])))
    for mark, topic in zip(numbering, topics, strict=False):
        doc.blocks.append(("p", f"{mark}{topic}"))
    doc.blocks.append(("p", "会议内容："))
    doc.blocks.append(("p", f"会议听取了{rng.choice(UNITS)}关于{rng.choice(TOPICS)}的情况汇报。会议强调，各成员单位要"
                            f"{cite(doc, rng, year)}切实履行职责，形成工作合力。"))
    doc.blocks.append(("p", f"会议要求，{rng.choice(UNITS)}牵头，于{doc.date(rand_day(rng, year), 'arabic')}前完成"
                            f"相关工作，确保各项任务落到实处。"))
    signed = day + dt.timedelta(days=rng.randint(1, 6))
    doc.blocks += [("sign", organ), ("sign", doc.date(signed, "arabic"))]
    doc.truth |= {"title": title, "organ": organ, "doc_type": "会议纪要",
                  "meetings": [{"date": day.isoformat(), "title": title, "chair": chair, "topics": topics}]}
    return doc


def signin(rng: random.Random, name: str) -> Doc:
    year = rng.choice([2021, 2022, 2023])
    doc = Doc(name)
    event = rng.choice(["知识产权保护专题培训班", "知识产权行政执法业务培训", "打击侵权假冒工作推进会",
                        "商标品牌培育指导培训"])
    title = f"{year}年{event}签到表"
    day = rand_day(rng, year)
    names = rng.sample(PEOPLE, rng.randint(6, 14))
    blank = rng.randint(2, 5)
    header = ["序号", "姓名", "单位", "职务", "联系电话"]
    rows = [[str(i + 1), n, rng.choice(UNITS), rng.choice(["科员", "科长", "副局长", "干部", "执法队员"]),
             f"13{rng.randint(100000000, 999999999)}"] for i, n in enumerate(names)]
    blanks = [[str(len(rows) + i + 1), "", "", "", ""] for i in range(blank)]
    doc.blocks += [("title", title), ("p", f"时间：{doc.date(day, 'arabic')}    地点：{rng.choice(ROOMS)}"),
                   ("table", [header], rows + blanks, {})]
    doc.truth |= {"title": title, "doc_type": "签到表", "attendance": {"count": len(names), "names": names},
                  "tables": [{"header": header, "row_count": len(rows), "rows": rows}]}
    return doc


def case_list(rng: random.Random, name: str, n: int, ruling: bool) -> Doc:
    organ, prefix = rng.choice(ORGANS[:3] + ORGANS[5:8])
    year = rng.choice([2022, 2023])
    doc = Doc(name)
    title = f"{organ}{year}年知识产权行政处罚案件{rng.choice(['列表', '一览表', '台账'])}"
    header = ["序号", "案号", "案件名称", "案件类型", "立案日期", "结案日期", "是否公开"]
    if ruling:
        header.insert(6, "处罚结果")
    rows = []
    for i in range(n):
        filed = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        closed = filed + dt.timedelta(days=rng.randint(20, 160))
        number = doc.number(prefix + "罚", year, i * 3 + rng.randint(1, 2))
        party = rng.choice(["某某商贸有限公司", "某某电子商行", "某某食品店", "某某服装经营部"])
        case = rng.choice(["销售侵犯注册商标专用权商品案", "假冒专利案",
                           "侵犯著作权案（涉案商品名称较长以致单元格换行）"])
        row = [str(i + 1), number, party + case,
               rng.choice(["商标", "专利", "著作权", "地理标志"]), doc.date(filed, "dash"),
               doc.date(closed, rng.choice(["dash", "dash", "slash"])), rng.choice(["是", "是", "否"])]
        if ruling:
            row.insert(6, f"罚款{rng.randint(1, 50)}000元")
        rows.append(row)
    doc.blocks += [("title", title), ("table", [header], rows, {"repeat": rng.random() < 0.5})]
    doc.truth |= {"title": title, "organ": organ, "doc_type": "统计表",
                  "tables": [{"header": header, "row_count": len(rows), "rows": rows}]}
    doc.truth.pop("organ")  # the organ is part of the title only, no issuing-organ line
    return doc


def docx_special(rng: random.Random, name: str) -> Doc:
    """A Word file with the signature and date in a text box and a task table with merged cells."""
    doc = notice(rng, name, table=False)
    sign = [b for b in doc.blocks if b[0] == "sign"]
    doc.blocks = [b for b in doc.blocks if b[0] != "sign"]
    header_top = ["序号", "工作任务", "责任分工", "", "完成时限"]
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    year = int(doc.truth["dates"][0]["iso"][:4])
    rows, merges = [], {"vmerge": [], "span": []}
    lead = rng.choice(UNITS)
    for i in range(rng.randint(3, 5)):
        rows.append([str(i + 1), rng.choice(TOPICS)[:rng.randint(12, 22)], lead, rng.choice(UNITS),
                     doc.date(rand_day(rng, year), rng.choice(["arabic", "dot"]))])
    merges["vmerge"].append((2, 2, 1 + len(rows)))  # the lead unit merged down its column
    merges["span"].append((0, 2, 3))  # 责任分工 spans two header columns
    merges["vmerge"] += [(0, 0, 1), (1, 0, 1), (4, 0, 1)]  # header cells merged down the two header rows
    doc.blocks += [("table", [header_top, ["", "", "牵头单位", "配合单位", ""]], rows, merges),
                   ("textbox", [sign[0][1], sign[1][1]])]
    doc.truth.setdefault("tables", []).append({"header": header, "row_count": len(rows), "rows": rows})
    return doc


def ledger(rng: random.Random, name: str) -> Doc:
    organ, _ = rng.choice(ORGANS)
    year = rng.choice([2022, 2023])
    doc = Doc(name)
    what = rng.choice(["知识产权宣传活动台账", "知识产权培训情况统计表", "商标侵权投诉举报处理登记表",
                       "专利纠纷调解台账"])
    title = f"{year}年度{what}"
    header = ["序号", "日期", "活动名称", "主办单位", "参加人数"]
    rows = []
    unit = rng.choice(UNITS)
    for i in range(rng.randint(5, 12)):
        day = rand_day(rng, year)
        rows.append([str(i + 1), day, rng.choice(TOPICS)[:rng.randint(8, 20)], unit if i < 3 else rng.choice(UNITS),
                     str(rng.randint(20, 300))])
    filled = rand_day(rng, year)
    filler = f"填报单位：{organ}    填报日期：{doc.date(filled, 'arabic')}"
    for r in rows:
        doc.date(r[1], "dash")
    truth_rows = [[r[0], r[1].isoformat(), *r[2:]] for r in rows]
    doc.blocks = [("xlsx", title, filler, header, rows, rng.random() < 0.5)]
    doc.truth |= {"title": title, "doc_type": "统计表",
                  "tables": [{"header": header, "row_count": len(rows), "rows": truth_rows}]}
    return doc


def screenshot(rng: random.Random, name: str) -> Doc:
    site, level, source = rng.choice(SITES)
    year = rng.choice([2022, 2023])
    doc = Doc(name)
    place = rng.choice(["韶关市武江区", "信阳市", "永宁县", "襄阳市", "武江区法院", "信阳市市场监管局"])
    title = (f"{place}{rng.choice(['扎实开展', '多措并举推进', '创新举措深化'])}{rng.choice(TOPICS)}"
             f"{rng.choice(['，营造尊重知识产权良好氛围', '，护航营商环境优化提升', '取得阶段性成效'])}")
    day = rand_day(rng, year)
    stamp = f"{doc.date(day, rng.choice(['dash', 'arabic']))} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    body = [f"{site}讯 {rng.choice(['近日', '日前'])}，{place}{rng.choice(TOPICS)}，"
            f"现场发放宣传资料{rng.randint(200, 3000)}份，接受群众咨询{rng.randint(30, 300)}人次。",
            f"活动于{doc.date(rand_day(rng, year), 'arabic')}启动，{cite(doc, rng, year)}有关部门将持续加大执法力度。",
            "下一步，将进一步健全知识产权保护体系，推动知识产权保护工作再上新台阶。"]
    doc.blocks = [("screen", site, title, f"{stamp}  来源：{source}", body, rng.choice(["web", "app"]))]
    media = [{"outlet": site, "level": level}]
    if source != site:
        media.append({"outlet": source, "level": LEVEL[source]})
    doc.truth |= {"title": title, "doc_type": "新闻报道", "media": media}
    return doc


# ---- rendering ------------------------------------------------------------------------------------------


def _font(run, size: float, bold: bool = False, red: bool = False, face: str = "仿宋_GB2312") -> None:
    run.font.size, run.font.bold = Pt(size), bold
    run.font.name = face
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    if red:
        run.font.color.rgb = RGBColor(0xE0, 0, 0)


def _table(d, header_rows, rows, merges) -> None:
    grid = [*header_rows, *rows]
    t = d.add_table(rows=len(grid), cols=len(grid[0]))
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    if merges.get("repeat"):
        for r in range(len(header_rows)):
            t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for col, first, last in merges.get("vmerge", []):  # grid rows, header rows included
        keep = t.cell(first, col).text
        t.cell(first, col).merge(t.cell(last, col)).text = keep
    for row, first, last in merges.get("span", []):
        keep = t.cell(row, first).text
        t.cell(row, first).merge(t.cell(row, last)).text = keep


def _textbox(d, lines) -> None:
    paras = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/></w:rPr>'
                    f"<w:t>{line}</w:t></w:r></w:p>" for line in lines)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="sign" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:250pt;margin-top:10pt;width:200pt;height:70pt" stroked="f">'
           f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))  # before the closing w:sectPr


def write_docx(doc: Doc, path: Path) -> Path:
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = FIXED
    for block in doc.blocks:
        kind = block[0]
        if kind == "table":
            _table(d, block[1], block[2], block[3])
            continue
        if kind == "textbox":
            _textbox(d, block[1])
            continue
        p = d.add_paragraph()
        size, bold, red, align = {"organ": (26, True, True, "c"), "docno": (16, False, False, "c"),
                                  "title": (22, True, False, "c"), "sign": (16, False, False, "r"),
                                  "p": (16, False, False, "l")}[kind]
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": None}[align]
        _font(p.add_run(block[1]), size, bold, red, "方正小标宋简体" if kind in ("organ", "title") else "仿宋_GB2312")
        if kind == "docno":
            p.add_run().add_break(WD_BREAK.LINE)
    d.save(str(path))
    return path


def write_xlsx(doc: Doc, path: Path) -> Path:
    _, title, filler, _, rows, two_headers = doc.blocks[0]
    data = [[int(r[0]), r[1], r[2], r[3] if i == 0 or i > 2 else None, int(r[4])] for i, r in enumerate(rows)]
    return extract_files.ledger_xlsx(path, data, two_row_header=two_headers, title=title, filler=filler)


def _wrap(draw, text, font, width) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if draw.textlength(line + ch, font=font) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


def write_screenshot(doc: Doc, path: Path, rng: random.Random) -> Path:
    _, site, title, meta, body, style = doc.blocks[0]
    width = 1080 if style == "app" else 1280
    margin = 60 if style == "app" else 180
    page = Image.new("RGB", (width, 2200), "white")
    draw = ImageDraw.Draw(page)
    bar = (200, 20, 30) if rng.random() < 0.5 else (20, 80, 160)
    draw.rectangle((0, 0, width, 110), fill=bar)
    draw.text((margin, 30), site, font=ImageFont.truetype(SANS_BOLD, 40), fill="white")
    nav = "首页  新闻  时政  民生  专题" if style == "web" else "≡  搜索"
    draw.text((width - margin - draw.textlength(nav, font=ImageFont.truetype(SANS, 26)), 42), nav,
              font=ImageFont.truetype(SANS, 26), fill="white")
    y = 170
    title_font = ImageFont.truetype(SANS_BOLD, 52 if style == "app" else 44)
    for line in _wrap(draw, title, title_font, width - 2 * margin):
        draw.text((margin, y), line, font=title_font, fill=(20, 20, 20))
        y += int(title_font.size * 1.45)
    y += 20
    draw.text((margin, y), meta, font=ImageFont.truetype(SANS, 28), fill=(120, 120, 120))
    y += 80
    body_font = ImageFont.truetype(SANS, 34 if style == "app" else 30)
    for para in body:
        for line in _wrap(draw, "　　" + para, body_font, width - 2 * margin):
            draw.text((margin, y), line, font=body_font, fill=(40, 40, 40))
            y += int(body_font.size * 1.7)
        y += 20
    page = page.crop((0, 0, width, y + 60))
    page.save(path)
    return path


def _pages(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [p.render(scale=dpi / 72).to_pil().convert("RGB") for p in document]
    finally:
        document.close()


def _date_boxes(pdf: Path, texts: list[str], dpi: int) -> dict[int, list[tuple]]:
    """Where the signature dates are printed (page index → pixel boxes), to stamp the seal over them."""
    found: dict[int, list[tuple]] = {}
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for i, page in enumerate(document):
            textpage, height = page.get_textpage(), page.get_height()
            for text in texts:
                searcher = textpage.search(text)
                hit = searcher.get_next()
                if hit:
                    left, bottom, right, top = textpage.get_charbox(hit[0])
                    r = textpage.get_charbox(hit[0] + hit[1] - 1)[2]
                    k = dpi / 72
                    found.setdefault(i, []).append((left * k, (height - top) * k, r * k, (height - bottom) * k))
    finally:
        document.close()
    return found


def _seal(page: Image.Image, box: tuple, rng: random.Random) -> Image.Image:
    cx, cy = (box[0] + box[2]) / 2 + rng.uniform(-20, 20), (box[1] + box[3]) / 2 + rng.uniform(-10, 10)
    r = page.width * 0.085
    overlay = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width = max(3, int(page.width / 250))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(225, 25, 25, 170), width=width)
    draw.ellipse((cx - r * 0.93, cy - r * 0.93, cx + r * 0.93, cy + r * 0.93), outline=(225, 25, 25, 120), width=1)
    star = ImageFont.truetype(SANS, int(r * 0.6))
    draw.text((cx - r * 0.3, cy - r * 0.4), "★", font=star, fill=(225, 25, 25, 150))
    return Image.alpha_composite(page.convert("RGBA"), overlay).convert("RGB")


def scan_pages(pdf: Path, doc: Doc, dpi: int, rng: random.Random) -> list[Image.Image]:
    signs = [b[1] for b in doc.blocks if b[0] == "sign" and any(c.isdigit() or c in CN_DIGITS for c in b[1])]
    boxes = _date_boxes(pdf, signs, dpi)
    pages = []
    for i, page in enumerate(_pages(pdf, dpi)):
        for box in boxes.get(i, []):
            page = _seal(page, box, rng)
        draw = ImageDraw.Draw(page)
        for _ in range(int(page.width * page.height / 1500)):
            x, y = rng.randrange(page.width), rng.randrange(page.height)
            draw.point((x, y), fill=(rng.randrange(60, 200),) * 3)
        page = page.rotate(rng.uniform(-1.5, 1.5), fillcolor="white", resample=Image.BICUBIC)
        pages.append(page.filter(ImageFilter.GaussianBlur(0.5 if dpi < 200 else 0.8)))
    return pages


def photo_of(pdf: Path, rng: random.Random) -> Image.Image:
    """A phone photo of the printed first page: on a desk, tilted in perspective, unevenly lit, a little soft."""
    import numpy as np

    page = _pages(pdf, 150)[0]
    w, h = page.size
    canvas_w, canvas_h = int(w * 1.15), int(h * 1.12)
    desk = Image.new("RGB", (canvas_w, canvas_h), (rng.randint(90, 140), rng.randint(70, 110), rng.randint(50, 80)))
    d = [rng.uniform(0.01, 0.05) for _ in range(8)]
    quad = (d[0] * w, d[1] * h, d[2] * w, h - d[3] * h, w - d[4] * w, h - d[5] * h, w - d[6] * w, d[7] * h)
    # QUAD maps the output rectangle onto the quad in the source: content comes out in perspective
    warped = page.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    desk.paste(warped, (int(canvas_w * 0.07), int(canvas_h * 0.05)))
    array = np.asarray(desk).astype(np.float32)
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w]
    light = 0.72 + 0.28 * np.clip(1 - ((xx - canvas_w * rng.uniform(0.2, 0.8)) ** 2 + (yy - canvas_h * 0.3) ** 2)
                                  / (canvas_w ** 2 * 1.2), 0, 1)
    array = np.clip(array * light[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(array).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))


def convert(sources: list[Path]) -> None:
    """DOCX → PDF with one LibreOffice start for all of them."""
    with tempfile.TemporaryDirectory() as profile:
        extract_files.to_pdfs(sources, Path(profile))


def page_count(pdf: Path) -> int:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def fixed_zip(path: Path) -> None:
    """DOCX/XLSX entries rewritten with one fixed timestamp, so two runs give identical files."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2023-12-01T09:00:00Z", data)
            target.writestr(zipfile.ZipInfo(info.filename, FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def build(out: Path, seed: int = 15) -> dict:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    work = out / "_sources"
    work.mkdir(exist_ok=True)
    truth: dict[str, dict] = {}

    # documents that become text PDFs (and are scanned or photographed from there)
    to_pdf = ([notice(rng, f"notice-{i:02d}", table=i % 3 == 0) for i in range(8)]
              + [minutes(rng, f"minutes-{i:02d}") for i in range(4)]
              + [signin(rng, f"signin-{i:02d}") for i in range(3)]
              + [case_list(rng, f"cases-{i:02d}", n, ruling=i == 0) for i, n in enumerate((38, 26, 9))])
    import more_text  # other styles (more_text.py; it imports this module's makers), its own generator

    more = more_text.text_documents(random.Random(seed + 1))
    to_pdf += more
    sources = [write_docx(d, work / f"{d.name}.docx") for d in to_pdf]
    convert(sources)
    for d in to_pdf:
        pdf = work / f"{d.name}.pdf"
        target = out / f"text-{d.name}.pdf"
        target.write_bytes(pdf.read_bytes())
        truth[target.name] = {"kind": "text_pdf", "format": "pdf", "pages": page_count(pdf), **d.truth}

    # scans: image-only PDF (all pages), JPEG, PNG (one page), at 150 or 300 dpi, sealed over the date
    scanned = [d for d in to_pdf if d.name in ("notice-00", "notice-01", "notice-02", "notice-03", "minutes-00",
                                                 "minutes-01", "signin-00", "cases-02")]
    for i, d in enumerate(scanned):
        pdf = work / f"{d.name}.pdf"
        dpi = 150 if i % 2 == 0 else 300
        pages = scan_pages(pdf, d, dpi, rng)
        fmt = ["pdf", "jpg", "pdf", "png"][i % 4] if len(pages) == 1 else "pdf"
        target = out / f"scan{dpi}-{d.name}.{fmt}"
        if fmt == "pdf":
            pages[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
        else:
            pages[0].save(target, quality=75) if fmt == "jpg" else pages[0].save(target)
        truth[target.name] = {"kind": "scan", "format": fmt, "pages": len(pages), **d.truth}

    for d in [x for x in to_pdf if x.name in ("notice-04", "notice-05", "signin-01", "signin-02", "minutes-02")]:
        assert truth[f"text-{d.name}.pdf"]["pages"] == 1, d.name  # a photo shows one page
        target = out / f"photo-{d.name}.jpg"
        photo_of(work / f"{d.name}.pdf", rng).save(target, quality=80)
        truth[target.name] = {"kind": "photo", "format": "jpg", "pages": 1, **d.truth}

    for i in range(6):
        d = screenshot(rng, f"screen-{i:02d}")
        target = write_screenshot(d, out / f"screenshot-{d.name}.png", rng)
        truth[target.name] = {"kind": "screenshot", "format": "png", "pages": 1, **d.truth}

    words = ([docx_special(rng, f"word-box-{i:02d}") for i in range(3)] + [notice(rng, "word-notice-00", True)]
             + [minutes(rng, "word-minutes-00"), signin(rng, "word-signin-00"), case_list(rng, "word-cases-00", 12,
                                                                                           ruling=False)])
    for d in words:
        target = write_docx(d, out / f"{d.name}.docx")
        fixed_zip(target)
        truth[target.name] = {"kind": "docx", "format": "docx", "pages": 1, **d.truth}

    for i in range(4):
        d = ledger(rng, f"ledger-{i:02d}")
        target = write_xlsx(d, out / f"{d.name}.xlsx")
        fixed_zip(target)
        truth[target.name] = {"kind": "xlsx", "format": "xlsx", "pages": 1, **d.truth}

    import more_tables  # noqa: PLC0415  (bench/dev: minutes, forms, loose ledgers, letterhead grids)

    truth |= more_tables.build(out)

    more_text.add_files(out, work, truth, more, random.Random(seed + 2))

    for leftover in sorted(work.iterdir()):
        leftover.unlink()
    work.rmdir()
    return {"split": "dev", "generator": "bench/dev/make_dev.py", "files": dict(sorted(truth.items()))}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus"
    truth = build(out)
    class Plain(yaml.SafeDumper):  # scans share their source's truth: write it out, no YAML anchors
        def ignore_aliases(self, data):
            return True

    text = yaml.dump(truth, Dumper=Plain, allow_unicode=True, sort_keys=False, width=120)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"{len(truth['files'])} files and truth.yaml in {out}")


if __name__ == "__main__":
    main()
