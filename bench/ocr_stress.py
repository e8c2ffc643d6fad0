"""OCR stress harness for 文号, dates and media outlets on scans, photos and screenshots (issue 15).

    IPDOCS_OCR_CACHE=/tmp/s20/ocrcache .venv/bin/python bench/ocr_stress.py DIR [--pages N] [--misses] [--text]

Lays out notices, letters, case lists, news pages and two-column newspaper clippings carrying known
文号 and dates (red-header 文号 line centred or left with 签发人 right, cited 《…》（X〔2023〕N号）
wrapped in running text, 文号 in table cells, joint 文号, bare 函〔2023〕19号, brackets 〔〕 [] 【】 （）,
dates in every style, a red seal over the signature date) in AR PL UMing / UKai and Noto Serif / Sans
CJK at 12–16 pt; rasterises each as a scanned PDF (100–300 dpi, skew, blur, noise, JPEG 35–90), a phone
photo (1200–4000 px, perspective, rotation up to 6°, shadow, blur, JPEG 40–90), a PNG, or a phone /
desktop screenshot; runs extraction on each as `ipdocs.extract.file_facts` does and prints recall /
precision of 文号, dates and media outlets by variation. Truth is recorded while the page is written,
never read back. Deterministic (seeded). `--misses` lists each page's misses and false reports; `--text`
also prints the OCR text of those pages. With a warm OCR cache a run takes about two minutes.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONTS = {"uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
         "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
         "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
         "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)}
SERIF_BOLD = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)
SANS_BOLD = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)
RED = (214, 30, 30)

# issuing organs and the prefixes their own 文号 start with (a few outside organs.yaml on purpose)
ORGANS = [("韶关市武江区市场监督管理局", ["武市监", "武市监发", "武市监函"]),
          ("韶关市曲江区人民政府办公室", ["曲府办", "曲府办函", "曲府办电"]),
          ("信阳市浉河区知识产权局", ["浉知", "浉知发", "浉知字"]),
          ("永宁县市场监督管理局", ["永市监发", "永市监函"]),
          ("南雄市人民政府", ["雄府", "雄府函"]),
          ("乐昌市知识产权保护工作领导小组办公室", ["乐知保办", "乐知保办发"]),
          ("仁化县人民政府办公室", ["仁府办", "仁府办发"]),
          ("襄阳市市场监督管理局", ["襄市监发", "襄市监函"]),
          ("中共翁源县委办公室", ["翁委办", "翁委办发"]),
          ("罗山县打击侵权假冒工作领导小组办公室", ["罗打假办", "罗打假办发"])]
CITED = [("广东省市场监督管理局关于印发2023年知识产权执法保护工作要点的通知", "粤市监知"),
         ("国家知识产权局关于印发《知识产权强国建设纲要和“十四五”规划实施年度推进计划》的通知", "国知发保字"),
         ("韶关市人民政府办公室关于加强知识产权保护工作的意见", "韶府办"),
         ("河南省人民政府办公厅关于进一步加强知识产权保护工作的实施意见", "豫政办"),
         ("国务院办公厅关于印发知识产权保护工作检查考核办法的通知", "国办发"),
         ("湖北省打击侵权假冒工作领导小组办公室关于开展2023年专项行动的通知", "鄂打假办"),
         ("宁夏回族自治区知识产权局关于开展知识产权保护规范化市场培育工作的通知", "宁知发"),
         ("信阳市市场监督管理局关于开展地理标志保护专项行动的通知", "信市监"),
         ("韶关市打击侵权假冒工作领导小组办公室关于印发工作要点的通知", "韶打假办"),
         ("广东省知识产权局关于做好知识产权保护考核工作的函", "粤知函")]
BRACKETS = [("〔", "〕"), ("[", "]"), ("【", "】"), ("（", "）")]
PEOPLE = ["张伟", "王芳", "李明", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]
CN = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return CN[n]
    return ("" if n < 20 else CN[n // 10]) + "十" + ("" if n % 10 == 0 else CN[n % 10])


def cn_date(y: int, m: int, d: int) -> str:
    return "".join(CN[int(c)] for c in str(y)) + f"年{cn_number(m)}月{cn_number(d)}日"


@dataclass
class Spec:
    """What one page shows: blocks to lay out, and the truth recorded while writing them."""

    name: str
    blocks: list = field(default_factory=list)  # (kind, text, options)
    numbers: set = field(default_factory=set)
    dates: set = field(default_factory=set)
    media: set = field(default_factory=set)
    tags: dict = field(default_factory=dict)

    def number(self, prefix: str, year: int, n: int, brackets=("〔", "〕")) -> str:
        self.numbers.add(f"{prefix}〔{year}〕{n}号")
        return f"{prefix}{brackets[0]}{year}{brackets[1]}{n}号"

    def date(self, y: int, m: int, d: int) -> None:
        self.dates.add(f"{y:04d}-{m:02d}-{d:02d}")


def notice(rng: random.Random, name: str) -> Spec:
    s = Spec(name)
    organ, prefixes = rng.choice(ORGANS)
    year = rng.choice([2022, 2023])
    own = s.number(rng.choice(prefixes), year, rng.randint(1, 120), rng.choice(BRACKETS[:3]))
    s.blocks.append(("mark", organ + "文件", {}))
    layout = rng.choice(["centre", "signer"])
    s.tags["文号 line"] = layout
    s.blocks.append(("docno", own, {"signer": f"签发人：{rng.choice(PEOPLE)}" if layout == "signer" else ""}))
    s.blocks.append(("rule", "", {}))
    s.blocks.append(("title", "关于开展" + str(year) + "年知识产权保护专项行动暨迎接检查考核工作的通知", {}))
    s.blocks.append(("para", "各镇（街）人民政府，区直各有关单位：", {"indent": False}))
    cited, cprefix = rng.choice(CITED)
    m1, d1 = rng.randint(3, 6), rng.randint(1, 28)
    s.date(year, m1, d1)
    cn = s.number(cprefix, year, rng.randint(2, 200), rng.choice(BRACKETS))
    s.blocks.append(("para", f"为贯彻落实《{cited}》（{cn}）精神，根据上级部署，经研究决定，"
                             f"于{year}年{m1}月{d1}日起在全区"
                             "范围内开展知识产权保护专项行动。现将有关事项通知如下：", {}))
    style = rng.choice(["range", "dot", "slash", "cnrange"])
    s.tags["date style"] = style
    m2 = rng.randint(7, 9)
    if style == "range":
        s.date(year, m2, 1)
        s.date(year, m2, 30)
        when = f"{year}年{m2}月1日至30日"
    elif style == "dot":
        s.date(year, m2, 18)
        when = f"{year}.{m2}.18"
    elif style == "slash":
        s.date(year, m2, 8)
        when = f"{year}/{m2:02d}/08"
    else:
        s.date(year, m2, 1)
        s.date(year, m2 + 1, 15)
        when = f"{year}年{m2}月1日至{m2 + 1}月15日"
    joint = rng.random() < 0.5
    extra = ""
    if joint:
        other = s.number(rng.choice(["韶市监联", "武委办", "信政办", "永政办发"]), year - 1, rng.randint(3, 90))
        extra = f"、{other}"
    s.blocks.append(("para", f"一、行动时间：{when}。各单位要对照{rng.choice(prefixes)}〔{year - 1}〕{{X}}号文件"
                             f"和上级文件{extra}的要求，逐项落实整改措施。", {"fill_own_old": True}))
    s.blocks.append(("para", f"二、请于{m2}月{rng.randint(10, 28)}日前将工作总结报送区市场监管局，联系电话："
                             f"0751-{rng.randint(2000000, 8999999)}。", {"yearless": (year, m2)}))
    s.blocks.append(("para", "附件：专项行动工作台账", {}))
    m3, d3 = rng.randint(1, 2), rng.randint(1, 28)
    s.date(year, m3, d3)
    sign = cn_date(year, m3, d3) if rng.random() < 0.6 else f"{year}年{m3}月{d3}日"
    s.tags["signature date"] = "中文数字" if sign.startswith(("二", "一")) else "阿拉伯数字"
    s.blocks.append(("sign", organ, {}))
    s.blocks.append(("sign_date", sign, {"seal": organ}))
    return s


def letter(rng: random.Random, name: str) -> Spec:
    """A 函 whose 文号 is printed bare (函〔2023〕19号) under the organ's name, or whole."""
    s = Spec(name)
    organ, prefixes = rng.choice(ORGANS)
    year = rng.choice([2022, 2023])
    n = rng.randint(2, 60)
    bare = rng.random() < 0.4
    s.tags["文号 line"] = "bare 函" if bare else "letter"
    s.blocks.append(("mark", organ, {}))
    own = prefixes[0] if prefixes[0].endswith("函") else prefixes[0].removesuffix("发") + "函"
    s.blocks.append(("docno", s.number("函" if bare else own, year, n, rng.choice(BRACKETS[:3])),
                     {"signer": ""}))
    s.blocks.append(("rule", "", {}))
    s.blocks.append(("title", "关于报送知识产权保护工作检查考核佐证材料的函", {}))
    s.blocks.append(("para", "区市场监督管理局：", {"indent": False}))
    cited, cprefix = rng.choice(CITED)
    cn = s.number(cprefix, year, rng.randint(2, 200), rng.choice(BRACKETS))
    m1, d1 = rng.randint(4, 10), rng.randint(1, 28)
    s.date(year, m1, d1)
    s.blocks.append(("para", f"根据《{cited}》（{cn}）要求，现将我单位{year}年知识产权保护工作佐证材料报送你局，"
                             f"材料截止时间为{year}-{m1:02d}-{d1:02d}，共计{rng.randint(12, 90)}份。", {}))
    s.blocks.append(("para", f"联系人：{rng.choice(PEOPLE)}，电话：138{rng.randint(10000000, 99999999)}。", {}))
    m3, d3 = rng.randint(10, 12), rng.randint(1, 28)
    s.date(year, m3, d3)
    s.blocks.append(("sign", organ, {}))
    s.blocks.append(("sign_date", cn_date(year, m3, d3), {"seal": organ}))
    return s


def cases(rng: random.Random, name: str) -> Spec:
    """A case list: penalty-decision 文号 and two dates per row in table cells."""
    s = Spec(name)
    prefix = rng.choice(["武市监罚", "韶武市监罚", "浉市监罚", "永市监罚", "雄市监罚", "乐市监处罚"])
    year = rng.choice([2022, 2023])
    s.tags["文号 line"] = "table cells"
    s.blocks.append(("title", f"{year}年度知识产权行政处罚案件一览表", {}))
    rows = [["序号", "案件名称", "处罚决定书文号", "立案日期", "结案日期"]]
    goods = ["运动鞋", "白酒", "手机配件", "洗衣液", "化妆品", "香烟", "茶叶"]
    for i in range(1, rng.randint(4, 6)):
        m1, d1 = rng.randint(1, 6), rng.randint(1, 28)
        m2, d2 = m1 + rng.randint(1, 5), rng.randint(1, 28)
        s.date(year, m1, d1)
        s.date(year, m2, d2)
        rows.append([str(i), f"某商行销售侵犯注册商标专用权的{rng.choice(goods)}案",
                     s.number(prefix, year, rng.randint(1, 99), rng.choice(BRACKETS[:3])),
                     f"{year}-{m1:02d}-{d1:02d}", f"{year}-{m2:02d}-{d2:02d}"])
    s.blocks.append(("table", rows, {}))
    s.blocks.append(("para", f"（2023）粤0204民初{rng.randint(100, 999)}号案件不在本表统计范围。", {}))
    return s


OUTLETS = ["韶关日报", "南方日报", "信阳日报", "人民网", "南方网", "湖北日报", "宁夏日报", "大河网"]


def news(rng: random.Random, name: str) -> Spec:
    s = Spec(name)
    year = rng.choice([2022, 2023])
    m, d = rng.randint(3, 11), rng.randint(2, 27)
    outlet = rng.choice(OUTLETS)
    s.media.add(outlet)
    s.date(year, m, d)
    s.date(year, m, d - 1)
    site = rng.choice(["韶关市武江区人民政府门户网站", "信阳市浉河区人民政府", "永宁县人民政府网"])
    s.blocks.append(("site", site, {}))
    s.blocks.append(("title", "区市场监管局联合多部门开展知识产权执法保护专项行动，切实营造尊重知识产权的良好氛围", {}))
    s.blocks.append(("meta", f"发布时间：{year}-{m:02d}-{d:02d} {rng.randint(8, 18)}:{rng.randint(10, 59)}    "
                             f"来源：{outlet}", {}))
    cited, cprefix = rng.choice(CITED)
    cn = s.number(cprefix, year, rng.randint(2, 200))
    staff, shops = rng.randint(20, 90), rng.randint(30, 300)
    s.blocks.append(("para", f"{m}月{d - 1}日，区市场监管局依据{cn}文件部署，联合公安、文化等部门对辖区商场、"
                             f"超市开展知识产权执法检查，出动执法人员{staff}人次，检查经营户{shops}家。", {}))
    other = rng.choice([o for o in OUTLETS if o != outlet])
    s.media.add(other)
    s.blocks.append(("para", f"此次行动共发放宣传资料{rng.randint(500, 3000)}份，{other}等媒体对活动进行了报道。", {}))
    s.blocks.append(("para", f"责任编辑：{rng.choice(PEOPLE)}    阅读：{rng.randint(1000, 9000)}", {}))
    return s


def clipping(rng: random.Random, name: str) -> Spec:
    """A newspaper clipping: masthead with the issue's date, a headline, the story in two columns (本报讯 with
    days written without their year, a cited 文号, a date wrapped where the column ends)."""
    s = Spec(name)
    year = rng.choice([2022, 2023])
    m, d = rng.randint(3, 11), rng.randint(3, 27)
    outlet = rng.choice(["南方日报", "韶关日报", "信阳日报", "湖北日报", "宁夏日报"])
    s.media.add(outlet)
    s.date(year, m, d)
    s.date(year, m, d - 1)
    s.date(year, m, d - 2)
    weekday = "一二三四五六日"[__import__("datetime").date(year, m, d).weekday()]
    s.blocks.append(("masthead", outlet, {"issue": f"{year}年{m}月{d}日  星期{weekday}"}))
    s.blocks.append(("title", "多部门联合执法 守护知识产权", {}))
    cited, cprefix = rng.choice(CITED)
    cn = s.number(cprefix, year, rng.randint(2, 200), rng.choice(BRACKETS))
    m2 = rng.randint(1, 2)
    s.date(year, m2, 15)
    s.blocks.append(("columns", [
        f"本报讯（记者{rng.choice(PEOPLE)} 通讯员{rng.choice(PEOPLE)}）{m}月{d - 1}日，"
        "区市场监管局联合公安、文化等部门，"
        f"依据{cn}文件要求，对辖区农贸市场、商超开展知识产权执法检查。",
        f"据介绍，该局自{year}年{m2}月15日起开展专项行动，已查处商标侵权案件{rng.randint(5, 40)}宗，"
        f"罚没款{rng.randint(10, 90)}.5万元。",
        f"{m}月{d - 2}日，该局还举办了知识产权保护专题培训，{rng.randint(50, 200)}名经营户参加。"], {}))
    return s


MAKERS = [notice, notice, letter, cases, news, clipping]


# ---- rendering ---------------------------------------------------------------------------------------------------

def font(spec, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(spec[0], max(8, px), index=spec[1])


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float, indent: float) -> list[tuple[str, float]]:
    lines, line, x0 = [], "", indent
    for ch in text:
        if line and f.getlength(line + ch) > width - x0:
            lines.append((line, x0))
            line, x0 = "", 0.0
        line += ch
    if line:
        lines.append((line, x0))
    return lines


def seal(draw_layer: Image.Image, centre: tuple[int, int], radius: int, organ: str, rng: random.Random) -> None:
    d = ImageDraw.Draw(draw_layer)
    colour = (220, 30, 40, rng.randint(150, 210))
    cx, cy = centre
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=colour, width=max(3, radius // 14))
    star = font(SANS_BOLD, int(radius * 0.7))
    d.text((cx, cy), "★", font=star, fill=colour, anchor="mm")
    f = font(SANS_BOLD, int(radius * 0.28))
    chars = organ[:16]
    for i, ch in enumerate(chars):
        angle = math.radians(-150 + 300 * i / max(1, len(chars) - 1)) - math.pi / 2
        x, y = cx + math.cos(angle) * radius * 0.72, cy + math.sin(angle) * radius * 0.72
        glyph = Image.new("RGBA", (f.size * 2, f.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((f.size, f.size), ch, font=f, fill=colour, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        draw_layer.alpha_composite(glyph, (int(x - f.size), int(y - f.size)))


def render_page(s: Spec, rng: random.Random, face: str, dpi: int, body_pt: float) -> Image.Image:
    """An A4 page at `dpi` in GB/T 9704's layout (margins, red header, signature and seal)."""
    mm = dpi / 25.4
    w, h = int(210 * mm), int(297 * mm)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 255))
    draw = ImageDraw.Draw(img)
    left, right, y = int(28 * mm), w - int(26 * mm), int(30 * mm)
    px = int(body_pt * dpi / 72)
    body = font(FONTS[face], px)
    line_h = int(px * 1.75)
    seals = []
    for kind, text, opt in s.blocks:
        if kind == "mark":
            size = int(min(30 * dpi / 72, (right - left) / max(len(text), 1) * 0.98))
            draw.text(((left + right) // 2, y), text, font=font(SERIF_BOLD, size), fill=RED, anchor="mt")
            y += int(size * 2.2)
        elif kind == "docno":
            if opt["signer"]:
                draw.text((left + px, y), text, font=body, fill="black")
                draw.text((right - body.getlength(opt["signer"]), y), opt["signer"], font=body, fill="black")
            else:
                draw.text(((left + right) // 2, y), text, font=body, fill="black", anchor="mt")
            y += line_h
        elif kind == "rule":
            draw.rectangle((left, y, right, y + max(2, dpi // 100)), fill=RED)
            y += line_h
        elif kind in ("title", "site"):
            tf = font(SERIF_BOLD if kind == "title" else SANS_BOLD, int(px * (1.35 if kind == "title" else 1.1)))
            for line, _ in wrap(text, tf, (right - left) * 0.9, 0):
                draw.text(((left + right) // 2, y), line, font=tf, fill="black", anchor="mt")
                y += int(tf.size * 1.6)
            y += line_h // 2
        elif kind == "masthead":
            draw.text((left, y), text, font=font(SERIF_BOLD, int(px * 3)), fill=RED)
            draw.text((right, y + int(px * 1.8)), opt["issue"], font=font(FONTS["sans"], int(px * 0.9)),
                      fill="black", anchor="rt")
            y += int(px * 3.6)
            draw.rectangle((left, y, right, y + max(2, dpi // 100)), fill="black")
            y += line_h
        elif kind == "columns":  # two columns, paragraphs flowing down the first then the second
            gap = 2 * px
            col_w = (right - left - gap) // 2
            lines = []
            for paragraph in text:
                lines += wrap(paragraph, body, col_w, 2 * px)
            half = (len(lines) + 1) // 2
            for k, (line, x0) in enumerate(lines):
                column, row = divmod(k, half)
                draw.text((left + column * (col_w + gap) + x0, y + row * line_h), line, font=body, fill="black")
            y += half * line_h + line_h
        elif kind == "meta":
            small = font(FONTS["sans"], int(px * 0.8))
            draw.text((left, y), text, font=small, fill=(90, 90, 90))
            y += line_h
        elif kind == "para":
            text = text.replace("{X}", str(rng.randint(5, 60))) if opt.get("fill_own_old") else text
            if opt.get("fill_own_old"):  # the prefix cited with last year's number: recorded as printed
                at = text.find("对照") + 2
                end = text.find("号", at) + 1
                s.numbers.add(text[at:end])
            if opt.get("yearless"):
                yy, mm_ = opt["yearless"]
                day = int(text[text.find("月") + 1:text.find("日")])
                s.date(yy, mm_, day)
            for line, x0 in wrap(text, body, right - left, 0 if opt.get("indent") is False else 2 * px):
                draw.text((left + x0, y), line, font=body, fill="black")
                y += line_h
        elif kind == "sign":
            draw.text((right - 2 * px, y + line_h), text, font=body, fill="black", anchor="rt")
            y += 2 * line_h
        elif kind == "sign_date":
            draw.text((right - 4 * px, y), text, font=body, fill="black", anchor="rt")
            seals.append((right - 4 * px - int(body.getlength(text) / 2), y - int(8 * mm), opt["seal"]))
            y += line_h
        elif kind == "table":
            cols = len(text[0])
            weights = [0.6, 3.0, 2.4, 1.6, 1.6][:cols]
            xs = [left]
            for wt in weights:
                xs.append(xs[-1] + int((right - left) * wt / sum(weights)))
            small = font(FONTS[face], int(px * 0.8))
            for row in text:
                cell_lines = [wrap(c, small, xs[i + 1] - xs[i] - 10, 0) for i, c in enumerate(row)]
                height = max(len(c) for c in cell_lines) * int(small.size * 1.4) + 16
                for i, lines in enumerate(cell_lines):
                    draw.rectangle((xs[i], y, xs[i + 1], y + height), outline="black", width=max(1, dpi // 150))
                    for k, (line, _) in enumerate(lines):
                        draw.text((xs[i] + 6, y + 8 + k * int(small.size * 1.4)), line, font=small, fill="black")
                y += height
            y += line_h
    page = img.convert("RGB")
    for x, yy, organ in seals:  # stamp ink multiplies with the print under it: black text stays black
        layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
        radius = int(21 * mm)
        seal(layer, (x + rng.randint(-px, px), yy + rng.randint(-px // 2, px // 2)), radius, organ, rng)
        ink = Image.new("RGBA", img.size, (255, 255, 255, 255))
        ink.alpha_composite(layer)
        page = ImageChops.multiply(page, ink.convert("RGB"))
    return page


def degrade_scan(img: Image.Image, rng: random.Random, tags: dict) -> Image.Image:
    angle = rng.choice([0, 0.4, -0.8, 1.5])
    tags["skew"] = f"{abs(angle)}°"
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    blur = rng.choice([0, 0.6, 1.1])
    tags["blur"] = str(blur)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img).astype(np.int16)
    noise = np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.choice([4, 10]), arr.shape[:2])
    arr = np.clip(arr + noise[..., None] - rng.randint(0, 25), 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    if rng.random() < 0.4:
        img = img.convert("L").convert("RGB")
        tags["colour"] = "grey"
    else:
        tags["colour"] = "colour"
    return img


def photograph(img: Image.Image, rng: random.Random, tags: dict) -> Image.Image:
    import cv2

    out_w, out_h = rng.choice([(1200, 1600), (1536, 2048), (2250, 3000), (3000, 4000)])
    tags["camera"] = f"{out_w}x{out_h}"
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    margin = 0.07
    jitter = rng.choice([0.01, 0.03, 0.05])
    tags["perspective"] = str(jitter)
    dst = np.float32([[out_w * (margin + rng.uniform(0, jitter)), out_h * (margin + rng.uniform(0, jitter))],
                      [out_w * (1 - margin - rng.uniform(0, jitter)), out_h * (margin + rng.uniform(0, jitter))],
                      [out_w * (1 - margin - rng.uniform(0, jitter)), out_h * (1 - margin - rng.uniform(0, jitter))],
                      [out_w * (margin + rng.uniform(0, jitter)), out_h * (1 - margin - rng.uniform(0, jitter))]])
    angle = rng.choice([0, 2, 4, 6]) * rng.choice([-1, 1])  # the phone held askew
    tags["rotation"] = f"{abs(angle)}°"
    turn = math.radians(angle)
    centre = dst.mean(axis=0)
    dst = np.float32([[centre[0] + (x - centre[0]) * math.cos(turn) - (y - centre[1]) * math.sin(turn),
                       centre[1] + (x - centre[0]) * math.sin(turn) + (y - centre[1]) * math.cos(turn)]
                      for x, y in dst])
    matrix = cv2.getPerspectiveTransform(src, dst)
    table = (rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90))
    warped = cv2.warpPerspective(np.asarray(img), matrix, (out_w, out_h), flags=cv2.INTER_AREA,
                                 borderValue=table)
    # a shadow falling across part of the page and uneven light
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    light = 0.8 + 0.2 * (xx / out_w) * rng.uniform(0.5, 1.0) + 0.1 * (yy / out_h)
    if rng.random() < 0.6:
        tags["shadow"] = "yes"
        edge = out_w * rng.uniform(0.2, 0.6) + (yy - out_h / 2) * rng.uniform(-0.3, 0.3)
        light = np.where(xx < edge, light * rng.uniform(0.55, 0.75), light)
    else:
        tags["shadow"] = "no"
    arr = np.clip(warped.astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9]), 0, 255)
    photo = Image.fromarray(arr.astype(np.uint8))
    blur = rng.choice([0.5, 1.0, 1.6])
    tags["blur"] = str(blur)
    return photo.filter(ImageFilter.GaussianBlur(blur))


def screenshot(s: Spec, rng: random.Random, form: str) -> Image.Image:
    """A news page as a phone (1080 px) or desktop (1920 px) screenshot."""
    width = 1080 if form == "phone" else 1920
    margin = 48 if form == "phone" else 380
    img = Image.new("RGB", (width, 2200 if form == "phone" else 1400), "white")
    draw = ImageDraw.Draw(img)
    y = 20
    if form == "phone":
        draw.text((40, y), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=font(SANS_BOLD, 32), fill="black")
        draw.text((width - 200, y), "5G  87%", font=font(FONTS["sans"], 30), fill="black")
        y += 90
    else:
        draw.rectangle((0, 0, width, 70), fill=(190, 20, 20))
        y += 90
    text_w = width - 2 * margin
    for kind, text, _ in s.blocks:
        if kind == "site":
            if form == "desktop":
                draw.text((margin, 14), text, font=font(SANS_BOLD, 36), fill="white")
            else:
                draw.text((width // 2, y), text, font=font(FONTS["sans"], 34), fill=(60, 60, 60), anchor="mt")
                y += 80
        elif kind == "title":
            f = font(SANS_BOLD, 50 if form == "phone" else 40)
            for line, _ in wrap(text, f, text_w, 0):
                draw.text((margin, y), line, font=f, fill=(20, 20, 20))
                y += int(f.size * 1.45)
            y += 20
        elif kind == "meta":
            f = font(FONTS["sans"], 28 if form == "phone" else 22)
            draw.text((margin, y), text, font=f, fill=(120, 120, 120))
            y += 70
        elif kind == "para":
            f = font(FONTS[rng.choice(["sans", "serif"])], 36 if form == "phone" else 26)
            for line, x0 in wrap(text, f, text_w, 2 * f.size):
                draw.text((margin + x0, y), line, font=f, fill=(40, 40, 40))
                y += int(f.size * 1.7)
            y += 20
    return img.crop((0, 0, width, min(img.height, y + 60)))


# ---- the run -----------------------------------------------------------------------------------------------------

def make(folder: Path, count: int) -> list[tuple[Path, Spec]]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    faces = list(FONTS)
    for i in range(count):
        rng = random.Random(1000 + i)
        maker = MAKERS[i % len(MAKERS)]
        s = maker(rng, f"{i:02d}-{maker.__name__}")
        face = faces[(i // len(MAKERS)) % len(faces)]
        if maker is news and i % 2 == 0:
            form = "phone" if i % 4 == 0 else "desktop"
            img = screenshot(s, rng, form)
            s.tags.update(form="screenshot " + form)
            path = folder / f"{s.name}.png"
            img.save(path)
            made.append((path, s))
            continue
        form = ["scan", "photo", "scan", "png"][(i // 2) % 4]
        if maker is clipping:
            form = ["photo", "scan"][(i // 6) % 2]
        s.tags.update(font=face, form=form)
        body_pt = rng.choice([12, 14, 16]) if form != "photo" else rng.choice([14, 16])
        s.tags["size"] = f"{body_pt}pt"
        if form == "scan":
            dpi = rng.choice([100, 150, 200, 300])
            s.tags["dpi"] = str(dpi)
            page = degrade_scan(render_page(s, rng, face, dpi, body_pt), rng, s.tags)
            quality = rng.choice([35, 55, 75, 90])
            s.tags["jpeg"] = str(quality)
            buf = io.BytesIO()
            page.save(buf, "JPEG", quality=quality)
            path = folder / f"{s.name}.pdf"
            Image.open(buf).save(path, "PDF", resolution=dpi)
        elif form == "photo":
            page = render_page(s, rng, face, 200, body_pt)
            photo = photograph(page, rng, s.tags)
            quality = rng.choice([40, 60, 75, 90])
            s.tags["jpeg"] = str(quality)
            path = folder / f"{s.name}.jpg"
            photo.save(path, "JPEG", quality=quality)
        else:
            dpi = rng.choice([100, 150])
            s.tags["dpi"] = str(dpi)
            path = folder / f"{s.name}.png"
            degrade_scan(render_page(s, rng, face, dpi, body_pt), rng, s.tags).save(path)
        made.append((path, s))
    return made


def norm(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith(("P", "S")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=54)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--text", action="store_true")
    parser.add_argument("--only", help="run only files whose name contains this")
    args = parser.parse_args()
    from ipdocs.extract.facts import facts
    from ipdocs.extract.text import read_document

    made = make(args.folder, args.pages)
    counts: dict = defaultdict(lambda: [0, 0, 0, 0])  # (fact, dimension, value) → truth, found, reported, right
    for path, s in made:
        if args.only and args.only not in path.name:
            continue
        kind = path.suffix.lstrip(".")
        document = read_document(path, kind)
        got = facts(document)  # as file_facts: table cells are a source of 文号 and dates too
        results = {"文号": ({norm(n) for n in s.numbers}, {norm(d["text"]) for d in got["doc_numbers"]}),
                   "dates": (s.dates, {d["iso"] for d in got["dates"]}),
                   "media": (s.media, {m["outlet"] for m in got["media"]})}
        for fact, (truth, found) in results.items():
            for dim, value in [("all", "all"), *s.tags.items()]:
                c = counts[(fact, dim, value)]
                c[0] += len(truth)
                c[1] += len(truth & found)
                c[2] += len(found)
                c[3] += len(found & truth)
            if args.misses and truth != found:
                print(f"{path.name} {fact}: missed {sorted(truth - found)} extra {sorted(found - truth)}")
        if args.text and any(t != f for t, f in results.values()):
            for p in document.pages:
                print("   | " + p.text.replace("\n", "\n   | "))
    print(f"{'fact':6} {'dimension':16} {'value':18} {'recall':>14} {'precision':>14}")
    for key in sorted(counts):
        truth, found, reported, right = counts[key]
        if truth or reported:
            fact, dim, value = key
            rec = f"{100 * found / truth:.1f}% ({found}/{truth})" if truth else "-"
            pre = f"{100 * right / reported:.1f}% ({right}/{reported})" if reported else "-"
            print(f"{fact:6} {dim:16} {value:18} {rec:>14} {pre:>14}")


if __name__ == "__main__":
    sys.exit(main())
