"""More dev-split documents, in styles unlike make_dev.py's (issue 15), registered in make_dev.build().

Other organs (county-level offices whose 文号 prefixes the vocabulary does not list), other wordings of a cited
document (印发了《…》（X〔2023〕N号）, 认真贯彻X和Y精神, 按照…部署), cited documents in a table's cells, titles long
enough to wrap onto three lines, date styles mixed in one file (a range, dots, 二〇二三年 in the signature), and
screenshots of a WeChat article (2–3-line title, account line, 阅读 count) and of a government site's 部门动态
page (site banner, navigation bar, breadcrumb, centred title, 发布时间/来源/浏览次数 line, 【打印本页】). The notices
also go through a 150 dpi scan and a phone photo. Truth is planted while writing, as in make_dev.py; a day
written without its year (5月8日) in a file whose own date gives the year is a date of that year.
A separate random generator (make_dev's seed + 1) keeps make_dev's own files unchanged.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from make_dev import SANS, SANS_BOLD, TOPICS, UNITS, Doc, _wrap, photo_of, rand_day, scan_pages
from PIL import Image, ImageDraw, ImageFont

# county-level organs and 文号 prefixes that organs.yaml does not list
ORGANS = [("乐昌市市场监督管理局", "乐市监"), ("罗山县人民政府办公室", "罗政办"), ("南雄市知识产权局", "雄知"),
          ("韶关市曲江区司法局", "曲司发"), ("潢川县市场监督管理局", "潢市监"), ("灵武市人民政府", "灵政发"),
          ("宜城市科学技术和经济信息化局", "宜科经信")]
CITED = [("国家知识产权局", "国知发保字", "关于印发《知识产权行政保护技术调查官管理办法》的通知"),
         ("国家市场监督管理总局", "国市监知", "关于加强知识产权执法协作的意见"),
         ("广东省人民政府办公厅", "粤办函", "广东省知识产权保护和运用“十四五”规划"),
         ("河南省市场监督管理局", "豫市监", "关于开展地理标志保护专项行动的通知"),
         ("湖北省知识产权局", "鄂知发", "关于组织开展知识产权纠纷快速处理试点工作的通知"),
         ("宁夏回族自治区人民政府", "宁政发", "关于强化知识产权保护的实施意见")]
CITE_FORMS = ["近日，{o}印发了《{t}》（{n}），现转发给你们，请结合实际认真贯彻执行。",
              "为认真贯彻{n}和{n2}精神，进一步做好相关工作，现将有关事项通知如下。",
              "按照{o}《{t}》（{n}）部署，结合我市实际，制定本通知。",
              "{o}下发的{n}对此已有明确要求，各单位要对照落实。"]
ACCOUNTS = ["信阳日报", "韶关日报", "襄阳日报"]  # newspapers' WeChat accounts: media
SITES = ["信阳市人民政府", "乐昌市人民政府门户网站", "潢川县人民政府"]  # government sites: not media


def _cited(doc: Doc, rng: random.Random, year: int) -> tuple[str, str, str]:
    organ, prefix, title = rng.choice(CITED)
    n = rng.randint(2, 90)
    bracket = rng.choice(["〔〕", "〔〕", "[]", "【】", "（）"])
    shown = f"{prefix}{bracket[0]}{year}{bracket[1]}{n}号"
    return organ, title, doc.number(prefix, year, n, shown)


def county_notice(rng: random.Random, name: str) -> Doc:
    """A red-header notice of a county office: a three-line title, cited documents in the text and in a table."""
    organ, prefix = rng.choice(ORGANS)
    year = rng.choice([2022, 2023])
    doc = Doc(name)
    cited_organ, cited_title, cited = _cited(doc, rng, year)
    inner = cited_title.replace("《", "〈").replace("》", "〉")  # a title inside a title: 〈〉
    title = f"{organ}关于转发{cited_organ}《{inner}》的通知"
    doc.blocks += [("organ", organ + "文件"), ("docno", doc.number(prefix, year, rng.randint(1, 120))),
                   ("title", title), ("p", "各乡镇人民政府、街道办事处，市直有关单位：")]
    second = _cited(doc, rng, year - 1)[2]
    form = rng.choice(CITE_FORMS)
    doc.blocks.append(("p", form.format(o=cited_organ, t=cited_title, n=cited, n2=second)))
    if "{n2}" not in form:
        doc.blocks.append(("p", f"此前印发的{second}继续执行。"))
    start = dt.date(year, rng.randint(3, 10), rng.randint(1, 10))
    end = start + dt.timedelta(days=rng.randint(5, 20))
    doc.date(start)
    doc.truth["dates"].append({"iso": end.isoformat(), "text": f"{end.day}日"})
    doc.blocks.append(("p", f"一、集中行动时间为{start.year}年{start.month}月{start.day}日至{end.day}日"
                            f"（其中{start.month}月{start.day}日为动员日），各单位要安排专人值守。"))
    yearless = start + dt.timedelta(days=2)
    doc.truth["dates"].append({"iso": yearless.isoformat(), "text": f"{yearless.month}月{yearless.day}日"})
    phone = f"0763-{rng.randint(5000000, 5999999)}"
    doc.blocks.append(("p", f"二、{yearless.month}月{yearless.day}日前完成自查，"
                            f"{doc.date(rand_day(rng, year), 'dot')}前报送自查报告，联系电话{phone}。"))
    header = ["序号", "文件名称", "文号", "印发日期"]
    rows = []
    for i in range(rng.randint(2, 4)):
        _, cited_title, number = _cited(doc, rng, year - rng.randint(0, 1))
        rows.append([str(i + 1), f"《{cited_title}》", number, doc.date(rand_day(rng, year), "arabic")])
    doc.blocks += [("p", "附件：相关文件清单"), ("table", [header], rows, {})]
    doc.truth["tables"] = [{"header": header, "row_count": len(rows), "rows": rows}]
    doc.blocks += [("sign", organ), ("sign", doc.date(rand_day(rng, year), rng.choice(["cn", "arabic"])))]
    doc.truth |= {"title": title, "organ": organ, "doc_type": "通知"}
    return doc


def _canvas(width: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    page = Image.new("RGB", (width, 2400), "white")
    return page, ImageDraw.Draw(page)


def _body(draw, body: list[str], y: int, margin: int, width: int, size: int) -> int:
    font = ImageFont.truetype(SANS, size)
    for para in body:
        for line in _wrap(draw, "　　" + para, font, width - 2 * margin):
            draw.text((margin, y), line, font=font, fill=(40, 40, 40))
            y += int(size * 1.7)
        y += 16
    return y


def _story(doc: Doc, rng: random.Random, year: int) -> tuple[str, list[str]]:
    place = rng.choice(["乐昌市", "罗山县", "潢川县", "南雄市", "灵武市"])
    title = (f"{place}{rng.choice(['市场监管局', '知识产权局', '人民法院'])}联合多部门{rng.choice(TOPICS)}"
             f"{rng.choice(['集中宣传活动', '专项检查行动'])}，切实营造尊重和保护知识产权的良好氛围")
    day = rand_day(rng, year)
    doc.truth.setdefault("dates", []).append({"iso": day.isoformat(), "text": f"{day.month}月{day.day}日"})
    _, _, number = _cited(doc, rng, year)
    body = [f"{day.month}月{day.day}日，{place}{rng.choice(UNITS)}牵头开展{rng.choice(TOPICS)}，"
            f"现场发放宣传资料{rng.randint(300, 2000)}份。",
            f"据介绍，此次活动依据{number}文件部署，将持续到{doc.date(rand_day(rng, year), 'arabic')}。",
            "下一步，将持续加大知识产权保护力度。"]
    return title, body


def wechat(rng: random.Random, name: str) -> tuple[Doc, Image.Image]:
    """A phone screenshot of a WeChat article: no site bar, the title first, then 原创 · account · time."""
    doc = Doc(name)
    year = rng.choice([2022, 2023])
    account = rng.choice(ACCOUNTS)
    title, body = _story(doc, rng, year)
    stamp = doc.date(rand_day(rng, year), "dash")
    page, draw = _canvas(1080)
    draw.text((40, 20), "9:41", font=ImageFont.truetype(SANS_BOLD, 30), fill=(20, 20, 20))
    draw.text((40, 80), "×", font=ImageFont.truetype(SANS, 40), fill=(20, 20, 20))
    y, font = 170, ImageFont.truetype(SANS_BOLD, 50)
    for line in _wrap(draw, title, font, 1000):
        draw.text((40, y), line, font=font, fill=(20, 20, 20))
        y += 74
    draw.text((40, y + 16), f"原创  {account}  {stamp} {rng.randint(8, 21)}:{rng.randint(10, 59)}  发表于河南",
              font=ImageFont.truetype(SANS, 28), fill=(110, 110, 110))
    y = _body(draw, body, y + 100, 40, 1080, 34)
    draw.text((40, y + 20), f"阅读 {rng.randint(1000, 9000)}    在看 {rng.randint(5, 90)}",
              font=ImageFont.truetype(SANS, 28), fill=(140, 140, 140))
    doc.truth |= {"title": title, "doc_type": "新闻报道",
                  "media": [{"outlet": account, "level": "市级"}]}
    return doc, page.crop((0, 0, 1080, y + 90))


def gov_page(rng: random.Random, name: str) -> tuple[Doc, Image.Image]:
    """A desktop screenshot of a government site's 部门动态 page."""
    doc = Doc(name)
    year = rng.choice([2022, 2023])
    site = rng.choice(SITES)
    title, body = _story(doc, rng, year)
    stamp = doc.date(rand_day(rng, year), rng.choice(["dash", "arabic"]))
    page, draw = _canvas(1366)
    draw.rectangle((0, 0, 1366, 120), fill=(180, 20, 30))
    draw.text((120, 34), site, font=ImageFont.truetype(SANS_BOLD, 44), fill="white")
    draw.rectangle((0, 120, 1366, 176), fill=(150, 10, 20))
    nav = "首页    政务公开    政务服务    互动交流    走进" + site[:3]
    draw.text((120, 130), nav, font=ImageFont.truetype(SANS, 26), fill="white")
    draw.text((120, 200), "当前位置：首页 > 政务公开 > 部门动态", font=ImageFont.truetype(SANS, 22), fill=(90, 90, 90))
    y, font = 270, ImageFont.truetype(SANS_BOLD, 38)
    for line in _wrap(draw, title, font, 900):
        draw.text(((1366 - draw.textlength(line, font=font)) / 2, y), line, font=font, fill=(20, 20, 20))
        y += 58
    meta = (f"发布时间：{stamp} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}    来源：{rng.choice(UNITS)}    "
            f"浏览次数：{rng.randint(100, 5000)}    字号：【大 中 小】")
    small = ImageFont.truetype(SANS, 22)
    draw.text(((1366 - draw.textlength(meta, font=small)) / 2, y + 20), meta, font=small, fill=(110, 110, 110))
    draw.line((220, y + 70, 1146, y + 70), fill=(200, 200, 200), width=2)
    y = _body(draw, body, y + 100, 220, 1366, 26)
    draw.text((900, y + 20), "【打印本页】  【关闭窗口】", font=small, fill=(90, 90, 90))
    doc.truth |= {"title": title, "doc_type": "新闻报道"}
    return doc, page.crop((0, 0, 1366, y + 80))


def text_documents(rng: random.Random) -> list[Doc]:
    """The documents make_dev.build() writes as DOCX and converts to text PDFs with its own."""
    return [county_notice(rng, f"county-{i:02d}") for i in range(4)]


def add_files(out: Path, work: Path, truth: dict, docs: list[Doc], rng: random.Random) -> None:
    """Scans and photos of the converted notices (PDFs in `work`), and the screenshots, into `out` and `truth`."""
    for d in docs[:2]:
        pages = scan_pages(work / f"{d.name}.pdf", d, 150, rng)
        target = out / f"scan150-{d.name}.pdf"
        pages[0].save(target, "PDF", resolution=150, save_all=True, append_images=pages[1:])
        truth[target.name] = {"kind": "scan", "format": "pdf", "pages": len(pages), **d.truth}
    for d in docs[2:3]:
        if truth[f"text-{d.name}.pdf"]["pages"] == 1:  # a photo shows one page
            target = out / f"photo-{d.name}.jpg"
            photo_of(work / f"{d.name}.pdf", rng).save(target, quality=80)
            truth[target.name] = {"kind": "photo", "format": "jpg", "pages": 1, **d.truth}
    for i in range(3):
        for make in (wechat, gov_page):
            d, image = make(rng, f"{make.__name__}-{i:02d}")
            target = out / f"screenshot-{d.name}.png"
            image.save(target)
            truth[target.name] = {"kind": "screenshot", "format": "png", "pages": 1, **d.truth}
