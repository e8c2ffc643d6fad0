"""More dev-split variety for tables, meetings and sign-in sheets (issue 15), as offices write them.

Called from make_dev.build(): writes its files into the corpus folder and returns their truth (same shape as
make_dev's). Own seeded generator, so the rest of the corpus is unchanged. Kinds made here:
- minutes in prose (「二〇二三年…上午，区政府副区长…主持召开…会议…议定如下：一、…。会议要求…」) as DOCX and text PDF;
- minutes as a form of labelled cells in a Word table (会议时间 | … | 会议地点 | …; 议题 cell with numbered lines);
- two meetings in one text PDF (第一次… / 第二次…联席会议纪要), the second with its agenda inline (1.…；2.…);
- scanned minutes (image): labels without colons, spaces inside the chair's name, ① numbering;
- an XLSX ledger whose 填报单位 / 填报日期 stand in separate cells, whose group header is written once over
  empty cells (not merged), with pre-numbered blank rows and a 填表人 / 审核人 line under the table;
- a Word notice laid out with a letterhead table and a signature table (layout grids, not tables: no truth
  table) and a task table with a header row repeated by Word.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import make_dev as md
import openpyxl
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CN_MARKS = ["一、", "二、", "三、", "四、"]
CIRCLED = "①②③④"
RESOLUTIONS = ["关于知识产权执法保护专项行动", "关于知识产权宣传周活动安排", "关于知识产权保护工作经费保障",
               "关于迎接年度检查考核准备工作", "关于知识产权纠纷调解工作站建设"]
DISCUSSION = ["会议要求{u}牵头，制定工作方案，于{d}前报区政府。", "由{u}负责组织实施，各成员单位积极配合。",
              "会议同意由{u}统筹安排，所需经费列入部门预算。"]


def _chair_text(rng: random.Random, name: str) -> tuple[str, str]:
    """How the chair is written: before or after the name, with an organ or not."""
    duty = rng.choice(["副区长", "区长", "局长", "副局长", "主任"])
    return name, rng.choice([f"区政府{duty}{name}", f"{name}{duty}", f"{duty}{name}同志", f"{name}同志"])


def prose_minutes(rng: random.Random, name: str) -> md.Doc:
    doc = md.Doc(name)
    year = rng.choice([2022, 2023])
    day = md.rand_day(rng, year)
    chair, chair_text = _chair_text(rng, rng.choice(md.PEOPLE))
    title = rng.choice(["知识产权保护工作专题会议纪要", "区政府专题会议纪要", "打击侵权假冒工作领导小组会议纪要"])
    doc.blocks.append(("title", title))
    doc.blocks.append(("docno", doc.number("武府纪", year, rng.randint(1, 30))))
    topics = rng.sample(RESOLUTIONS, rng.randint(2, 4))
    doc.blocks.append(("p", f"{doc.date(day, rng.choice(['cn', 'arabic']))}{rng.choice(['上午', '下午'])}，{chair_text}"
                            f"在{rng.choice(md.ROOMS)}主持召开{title.removesuffix('纪要')}，研究部署知识产权保护工作。"
                            f"{'、'.join(rng.sample(md.UNITS, 3))}等单位负责同志参加会议。会议听取了"
                            f"{rng.choice(md.UNITS)}关于上一年度工作情况的汇报，经研究，议定如下："))
    for mark, topic in zip(CN_MARKS, topics, strict=False):
        discussion = rng.choice(DISCUSSION)
        later = doc.date(md.rand_day(rng, year), "arabic") if "{d}" in discussion else ""
        doc.blocks.append(("p", f"{mark}{topic}。" + discussion.format(u=rng.choice(md.UNITS), d=later)))
    doc.blocks.append(("p", "会议要求，各成员单位要提高认识，加强协作，确保各项工作落到实处。"))
    doc.blocks += [("sign", "韶关市武江区人民政府办公室"),
                   ("sign", doc.date(day + dt.timedelta(days=rng.randint(1, 5)), "arabic"))]
    doc.truth |= {"title": title, "doc_type": "会议纪要",
                  "meetings": [{"date": day.isoformat(), "title": title, "chair": chair, "topics": topics}]}
    return doc


def two_meetings(rng: random.Random, name: str) -> md.Doc:
    doc = md.Doc(name)
    year = rng.choice([2022, 2023])
    first = dt.date(year, rng.randint(2, 5), rng.randint(1, 28))
    meetings = []
    for n, day in (("一", first), ("二", first + dt.timedelta(days=rng.randint(60, 150)))):
        title = f"知识产权保护联席会议第{n}次会议纪要"
        chair = rng.choice(md.PEOPLE)
        topics = rng.sample(["审议年度知识产权保护工作要点", "通报知识产权行政执法案件办理情况",
                             "研究知识产权纠纷多元化解机制建设", "部署知识产权宣传周活动"], 2)
        doc.blocks += [("title", title), ("p", f"会议时间：{doc.date(day, 'arabic')}上午9时"),
                       ("p", f"会议地点：{rng.choice(md.ROOMS)}"),
                       ("p", f"主持人：{chair}（{rng.choice(['副区长', '局长'])}）"),
                       ("p", f"出席：{'、'.join(rng.sample([p for p in md.PEOPLE if p != chair], 4))}")]
        if n == "一":
            doc.blocks.append(("p", "会议议题："))
            doc.blocks += [("p", f"{i}. {t}") for i, t in enumerate(topics, 1)]
        else:
            doc.blocks.append(("p", f"议题：1.{topics[0]}；2.{topics[1]}。"))
        doc.blocks.append(("p", f"会议认为，{rng.choice(md.UNITS)}工作推进有力，要继续抓好落实。"))
        meetings.append({"date": day.isoformat(), "title": title, "chair": chair, "topics": topics})
    doc.truth |= {"doc_type": "会议纪要", "meetings": meetings}
    return doc


def form_minutes_docx(rng: random.Random, path: Path) -> dict:
    """Minutes as a Word form: labelled cells, the agenda as numbered lines in one merged cell."""
    import docx

    year = rng.choice([2021, 2022, 2023])
    day = md.rand_day(rng, year)
    chair = rng.choice(md.PEOPLE)
    topics = rng.sample(md.TOPICS, 3)
    title = "知识产权保护工作会议记录"
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = md.FIXED
    d.add_paragraph(title).alignment = 1
    t = d.add_table(rows=5, cols=4)
    t.style = d.styles["Table Grid"]
    cells = [["会议时间", md.date_text(day, "arabic") + "下午3时", "会议地点", rng.choice(md.ROOMS)],
             ["主持人", f"{chair}（{rng.choice(['局长', '主任'])}）", "记录人", rng.choice(md.PEOPLE)],
             ["参加人员", "、".join(rng.sample(md.PEOPLE, 5)), "", ""],
             ["会议议题", "\n".join(f"{m}{x}" for m, x in zip(CN_MARKS, topics, strict=False)), "", ""],
             ["会议内容", "会议听取了各单位工作汇报，对下一步工作作出安排。", "", ""]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    for r in (2, 3, 4):
        keep = t.cell(r, 1).text
        t.cell(r, 1).merge(t.cell(r, 3)).text = keep
    d.save(str(path))
    md.fixed_zip(path)
    return {"kind": "docx", "format": "docx", "pages": 1, "title": title, "doc_type": "会议纪要",
            "dates": [{"iso": day.isoformat(), "text": md.date_text(day, "arabic")}],
            "meetings": [{"date": day.isoformat(), "title": title, "chair": chair, "topics": topics}]}


def scanned_minutes(rng: random.Random, path: Path) -> dict:
    """A printed form of minutes scanned at 150 dpi: labels without colons, the chair's name spaced out."""
    year = rng.choice([2022, 2023])
    day = md.rand_day(rng, year)
    chair = rng.choice([p for p in md.PEOPLE if len(p) == 2])
    topics = rng.sample(md.TOPICS, 3)
    title = "知识产权联席会议会议记录"
    lines = [("title", title), ("p", f"会议时间  {md.date_text(day, 'arabic')}上午"),
             ("p", f"会议地点  {rng.choice(md.ROOMS)}"), ("p", f"主 持 人  {chair[0]} {chair[1]}"),
             ("p", f"记 录 人  {rng.choice(md.PEOPLE)}"), ("p", "会议议题")]
    lines += [("p", f"{m}{t}") for m, t in zip(CIRCLED, topics, strict=False)]
    lines += [("p", "会议要求各成员单位按照分工抓好落实。")]
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    big, body = ImageFont.truetype(md.SANS_BOLD, 44), ImageFont.truetype(md.SANS, 30)
    y = 180
    for kind, text in lines:
        font = big if kind == "title" else body
        x = (1240 - draw.textlength(text, font=font)) / 2 if kind == "title" else 150
        draw.text((x, y), text, font=font, fill=(25, 25, 25))
        y += 90 if kind == "title" else 58
    page = page.rotate(rng.uniform(-0.8, 0.8), fillcolor="white", resample=Image.BICUBIC)
    page.filter(ImageFilter.GaussianBlur(0.6)).save(path)
    return {"kind": "scan", "format": "png", "pages": 1, "title": title, "doc_type": "会议纪要",
            "dates": [{"iso": day.isoformat(), "text": md.date_text(day, "arabic")}],
            "meetings": [{"date": day.isoformat(), "title": title, "chair": chair, "topics": topics}]}


def ledger_loose(rng: random.Random, path: Path) -> dict:
    """A ledger typed without merges: the filler in two cells, the group header written once over two
    columns, blank numbered rows for later entries, the signatures under the table."""
    year = rng.choice([2022, 2023])
    filled = md.rand_day(rng, year)
    title = f"{year}年度知识产权培训情况统计表"
    header = ["序号", "培训时间", "培训名称", "主办单位", "参训人数"]
    rows = []
    for i in range(rng.randint(4, 9)):
        day = md.rand_day(rng, year)
        rows.append([str(i + 1), day.isoformat(), rng.choice(md.TOPICS)[:rng.randint(8, 18)], rng.choice(md.UNITS),
                     str(rng.randint(20, 200))])
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = md.FIXED
    ws = wb.active
    ws.append([title])
    ws.append([f"填报单位：{rng.choice(md.ORGANS)[0]}", None, None, f"填报日期：{md.date_text(filled, 'arabic')}"])
    ws.append(["序号", "培训情况", None, "主办单位", "参训人数"])
    ws.append([None, "培训时间", "培训名称", None, None])
    for r in rows:
        ws.append([int(r[0]), dt.datetime.fromisoformat(r[1]), r[2], r[3], int(r[4])])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
    for i in range(3):
        ws.append([len(rows) + i + 1])
    ws.append([f"填表人：{rng.choice(md.PEOPLE)}", None, f"审核人：{rng.choice(md.PEOPLE)}"])
    wb.save(path)
    md.fixed_zip(path)
    dates = [{"iso": filled.isoformat(), "text": md.date_text(filled, "arabic")}]
    dates += [{"iso": r[1], "text": r[1]} for r in rows if r[1] != filled.isoformat()]
    return {"kind": "xlsx", "format": "xlsx", "pages": 1, "title": title, "doc_type": "统计表", "dates": dates,
            "tables": [{"header": header, "row_count": len(rows), "rows": rows}]}


def letterhead_docx(rng: random.Random, path: Path) -> dict:
    """A notice whose red header and signature are laid out with tables (not data), with one real task table
    whose header row Word repeats."""
    import docx

    organ, prefix = rng.choice(md.ORGANS[:4])
    year = rng.choice([2022, 2023])
    doc = md.Doc(path.stem)
    number = doc.number(prefix, year, rng.randint(1, 90))
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = md.FIXED
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text, head.cell(0, 1).text = organ, "文件"
    head.cell(1, 0).text, head.cell(1, 1).text = number, f"签发人：{rng.choice(md.PEOPLE)}"
    topic = rng.choice(md.TOPICS)
    title = f"关于{topic}的通知"
    d.add_paragraph(title).alignment = 1
    due = doc.date(md.rand_day(rng, year), "arabic")
    d.add_paragraph(f"各有关单位：为{topic}，请于{due}前按下表分工报送材料。")
    header = ["序号", "工作任务", "牵头单位", "配合单位"]
    rows = [[str(i + 1), rng.choice(md.TOPICS)[:rng.randint(10, 20)], *rng.sample(md.UNITS, 2)]
            for i in range(rng.randint(3, 6))]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = d.styles["Table Grid"]
    for r, row in enumerate([header, *rows]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    signed = md.rand_day(rng, year)
    sign = d.add_table(rows=2, cols=2)
    sign.cell(0, 1).text = organ
    sign.cell(1, 1).text = doc.date(signed, "arabic")
    d.save(str(path))
    md.fixed_zip(path)
    return {"kind": "docx", "format": "docx", "pages": 1, "title": title, "organ": organ, "doc_type": "通知",
            **doc.truth, "tables": [{"header": header, "row_count": len(rows), "rows": rows}]}


def build(out: Path, seed: int = 1515) -> dict[str, dict]:
    """Write this module's files into `out` and return their truth by file name."""
    rng = random.Random(seed)
    work = out / "_more_tables"
    work.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict] = {}
    texts = [prose_minutes(rng, "minutes-prose-00"), prose_minutes(rng, "minutes-prose-01"),
             two_meetings(rng, "minutes-two-00")]
    sources = [md.write_docx(d, work / f"{d.name}.docx") for d in texts]
    md.convert(sources)
    for d in texts:
        target = out / f"text-{d.name}.pdf"
        target.write_bytes((work / f"{d.name}.pdf").read_bytes())
        truth[target.name] = {"kind": "text_pdf", "format": "pdf", "pages": md.page_count(target), **d.truth}
    word = out / "word-minutes-prose-02.docx"
    d = prose_minutes(rng, word.stem)
    md.fixed_zip(md.write_docx(d, word))
    truth[word.name] = {"kind": "docx", "format": "docx", "pages": 1, **d.truth}
    for name, make in (("word-minutes-form-00.docx", form_minutes_docx),
                       ("scan150-minutes-form-00.png", scanned_minutes),
                       ("ledger-loose-00.xlsx", ledger_loose), ("ledger-loose-01.xlsx", ledger_loose),
                       ("word-letterhead-00.docx", letterhead_docx)):
        truth[name] = make(rng, out / name)
    for leftover in sorted(work.iterdir()):
        leftover.unlink()
    work.rmdir()
    return truth
