"""Build sample_inputs/wujiang-2023/inbox/: what ten of the fifteen units sent (fictional content).

    .venv/bin/python scripts/make_sample_inbox.py

Each delivering unit fills the forms distribution gave it (self-evaluation narratives and scores, the
evidence register) and sends evidence: red-header notices and minutes with 文号 and dates, news reports
naming their outlets, a case list, photos. Deliveries sit in dated folders (their receipt time). Among
them: 区工信局 late, 区司法局 incomplete, 区法院 a corrected resubmission, 区委办 a legacy .doc,
区财政局 a ZIP with GBK names, 区农业农村局 a password-protected PDF; five units send nothing.
Needs LibreOffice (soffice) to turn the evidence documents into PDF and .doc.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdf
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

from ipdocs.campaign import load_campaign
from ipdocs.forms import write_register, write_selfeval_form

ROOT = Path(__file__).resolve().parents[1]

CAMPAIGN = ROOT / "sample_inputs" / "wujiang-2023"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# --- evidence documents ------------------------------------------------------------------------------
# key: (kind, title, body lines); kind red = red-header notice, plain = minutes/report/news
DOCS = {
    "1.1-01 区委常委会会议纪要": ("red", ("中共韶关市武江区委办公室", "武委办纪〔2023〕5号"),
                         "区委常委会2023年第5次会议纪要",
                         ["2023年3月15日，区委书记主持召开区委常委会会议，专题学习习近平总书记关于全面加强知识产权保护工作的"
                          "重要指示精神，研究部署全区知识产权保护工作。", "会议要求各部门把知识产权保护纳入年度重点工作。",
                          "中共韶关市武江区委办公室", "2023年3月16日"]),
    "1.2-01 区政府常务会议纪要": ("red", ("韶关市武江区人民政府办公室", "武府办纪〔2023〕18号"),
                          "区政府第18次常务会议纪要",
                          ["2023年6月8日，区长主持召开区政府第18次常务会议，听取区市场监管局关于知识产权保护工作情况的汇报，"
                           "审议《武江区2023年知识产权保护工作要点》。", "韶关市武江区人民政府办公室", "2023年6月9日"]),
    "2.1-01 典型案例报送函": ("red", ("韶关市武江区市场监督管理局", "武市监函〔2023〕41号"),
                         "关于报送知识产权保护典型案例的函",
                         ["市市场监督管理局（知识产权局）：", "现将我区2023年查办的2宗知识产权保护典型案例报送你局。",
                          "韶关市武江区市场监督管理局", "2023年9月20日"]),
    "3.1-01 韶关日报报道": ("plain", None, "韶关日报｜武江区开展知识产权保护宣传周活动",
                       ["韶关日报 2023年4月27日 A2版", "4月26日，武江区市场监管局在百旺广场开展“4·26”知识产权宣传周活动，"
                        "现场发放宣传资料1200余份。"]),
    "3.2-01 知识产权宣传周活动通讯稿": ("plain", None, "武江区“4·26”知识产权宣传周活动通讯稿",
                              ["2023年4月26日，武江区市场监管局联合区宣传部（区版权局）开展知识产权宣传周活动。"]),
    "3.2-02 知识产权进校园活动通讯稿": ("plain", None, "知识产权进校园活动通讯稿",
                              ["2023年6月12日，区市场监管局走进区实验中学开展知识产权普法宣传。"]),
    "3.3-01 党政领导干部专题培训通知": ("red", ("韶关市武江区市场监督管理局", "武市监〔2023〕52号"),
                              "关于举办党政领导干部知识产权保护专题培训班的通知",
                              ["培训时间：2023年10月17日", "参训人员：各镇（街）、区直各单位分管领导，共86人。",
                               "韶关市武江区市场监督管理局", "2023年10月9日"]),
    "5.1-01 区级知识产权保护经费预算批复": ("red", ("韶关市武江区财政局", "武财预〔2023〕3号"),
                                 "关于批复2023年部门预算的通知",
                                 ["区市场监管局：", "核定你局2023年知识产权保护工作经费30万元，列入本级预算。",
                                  "韶关市武江区财政局", "2023年2月10日"]),
    "6.1-01 知识产权审判三合一实施细则": ("red", ("韶关市武江区人民法院", "武法〔2023〕9号"),
                                "关于知识产权民事、行政和刑事案件审判“三合一”工作的实施细则",
                                ["为推进知识产权审判“三合一”改革，制定本细则。", "韶关市武江区人民法院", "2023年4月3日"]),
    "6.2-01 以案说法宣传活动": ("plain", None, "武江区法院开展“以案说法”知识产权法治宣传",
                          ["南方日报 2023年4月25日", "区法院法官以典型商标侵权案件为例，向企业代表讲解知识产权保护知识。"]),
    "8.6-01 剑网2023专项行动方案": ("red", ("中共韶关市武江区委宣传部", "武宣〔2023〕21号"),
                            "关于开展“剑网2023”专项行动的通知",
                            ["各有关单位：", "现就开展网络侵权盗版专项治理工作通知如下。", "中共韶关市武江区委宣传部",
                             "2023年8月1日"]),
    "8.7-01 打击侵权犯罪专项行动总结": ("plain", None, "区公安分局打击侵犯知识产权犯罪“昆仑2023”专项行动总结",
                              ["2023年11月30日", "专项行动期间共立案侦办侵犯知识产权犯罪案件3宗。"]),
    "11.2-01 检察监督机制文件": ("red", ("韶关市武江区人民检察院", "武检发〔2023〕14号"),
                          "关于加强知识产权案件检察监督工作的意见", ["韶关市武江区人民检察院", "2023年5月22日"]),
    "12.3-01 仲裁机构知识产权业务支持文件": ("plain", None, "区司法局支持仲裁、公证机构开展知识产权业务工作情况",
                                 ["2023年7月，区司法局指导区公证处设立知识产权公证服务窗口。"]),
    "12.3-02 公证处知识产权服务台账": ("plain", None, "区公证处知识产权公证服务台账（2023年）",
                              ["截至2023年11月30日，办理知识产权保全证据公证27件。"]),
    "15.1-01 海外维权援助机制文件": ("plain", None, "武江区中小微企业海外知识产权维权援助工作机制",
                             ["区工信局、区市场监管局联合建立海外维权援助联络机制，2023年11月20日印发。"]),
    "8.1-01 商标专项行动通知": ("red", ("韶关市武江区农业农村局", "武农〔2023〕30号"),
                          "关于开展农资商标侵权专项整治的通知", ["韶关市武江区农业农村局", "2023年5月6日"]),
}

CASES = [  # case list for 7.1–7.3 (fictional)
    ["案号", "案件类型", "立案日", "结案日", "是否中止", "是否公开", "公开网址"],
    ["韶武市监罚〔2023〕15号", "商标", "2023-03-02", "2023-05-18", "否", "是", "https://www.example.gov.cn/cf/15"],
    ["韶武市监罚〔2023〕27号", "专利", "2023-04-11", "2023-07-20", "否", "是", "https://www.example.gov.cn/cf/27"],
    ["韶武市监罚〔2023〕33号", "地理标志", "2023-06-05", "2023-08-30", "否", "是", "https://www.example.gov.cn/cf/33"],
    ["韶武市监罚〔2023〕41号", "商标", "2023-08-14", "2023-11-02", "否", "否", ""],
]

NARRATIVE = {
    "1.1": "2023年3月15日，区委常委会专题学习习近平总书记关于全面加强知识产权保护工作的重要指示精神（见武委办纪〔2023〕5号）。",
    "1.2": "2023年6月8日，区政府第18次常务会议研究知识产权保护工作，审议《武江区2023年知识产权保护工作要点》。",
    "2.1": "向市局报送典型案例2宗（武市监函〔2023〕41号）。",
    "3.1": "“4·26”宣传周活动被韶关日报报道1次。",
    "3.2": "全年开展普法宣传活动2次：\n1.4月26日宣传周活动；\n2.6月12日进校园活动。",
    "3.3": "10月17日举办党政领导干部专题培训，参训86人。",
    "5.1": "知识产权保护经费30万元纳入区本级预算（武财预〔2023〕3号）。",
    "6.1": "制定知识产权审判“三合一”实施细则（武法〔2023〕9号），全年审结三合一案件12件。",
    "6.2": "开展“以案说法”等法治宣传活动，南方日报予以报道。",
    "7.1": "全年办理知识产权行政处罚案件4宗，案件列表附后。",
    "8.6": "部署开展“剑网2023”专项行动（武宣〔2023〕21号）。",
    "8.7": "开展“昆仑2023”专项行动，立案侦办侵犯知识产权犯罪案件3宗。",
    "11.2": "出台加强知识产权案件检察监督工作的意见（武检发〔2023〕14号）。",
    "12.3": "指导区公证处设立知识产权公证服务窗口，办理保全证据公证27件。",
    "15.1": "联合建立中小微企业海外知识产权维权援助联络机制。",
}

# Self-scores the lead units typed (indicator → text as typed).
SCORES = {"区市场监管局": {"1": "11", "2": "7", "3": "5.5"}, "区法院": {"6": "8"}, "区财政局": {"5": "3"},
          "区检察院": {"11": "4"}, "区司法局": {"12": "2"}}

# unit → deliveries: (folder, [(evidence key, criterion, material type, 文号, date, media)], extras)
DELIVERIES = {
    "区市场监管局": [("2023-12-14 1500 牵头材料", [
        ("1.2-01 区政府常务会议纪要", "1.2", "会议纪要或记录", "武府办纪〔2023〕18号", "2023-06-09", None),
        ("2.1-01 典型案例报送函", "2.1", "正式文件", "武市监函〔2023〕41号", "2023-09-20", None),
        ("3.1-01 韶关日报报道", "3.1", "新闻报道", None, "2023-04-27", "市级"),
        ("3.2-01 知识产权宣传周活动通讯稿", "3.2", "通讯稿", None, "2023-04-26", None),
        ("3.2-02 知识产权进校园活动通讯稿", "3.2", "通讯稿", None, "2023-06-12", None),
        ("3.2-03 宣传周现场照片", "3.2", "照片", None, "2023-04-26", None),
        ("3.3-01 党政领导干部专题培训通知", "3.3", "通知", "武市监〔2023〕52号", "2023-10-09", None),
        ("7.1-01 知识产权行政处罚案件列表", "7.1", "统计表", None, "2023-11-30", None)], [])],
    "区法院": [("2023-12-04 1630 第一次报送", [
        ("6.1-01 知识产权审判三合一实施细则", "6.1", "正式文件", "武法〔2023〕9号", "2023-04-03", None),
        ("6.2-01 以案说法宣传活动", "6.2", "新闻报道", None, "2023-04-25", "省级")], []),
               ("2023-12-10 1000 更正6.1材料", [
                   ("6.1-01 知识产权审判三合一实施细则", "6.1", "正式文件", "武法〔2023〕9号", "2023-04-03", None)],
                ["corrected"])],
    "区财政局": [("2023-12-13 1100 报送", [
        ("5.1-01 区级知识产权保护经费预算批复", "5.1", "正式文件", "武财预〔2023〕3号", "2023-02-10", None)], ["gbk-zip"])],
    "区委办": [("2023-12-05 1000 报送", [
        ("1.1-01 区委常委会会议纪要", "1.1", "会议纪要或记录", "武委办纪〔2023〕5号", "2023-03-16", None)], ["doc"])],
    "区宣传部（区版权局）": [("2023-12-15 0900 报送", [
        ("8.6-01 剑网2023专项行动方案", "8.6", "正式文件", "武宣〔2023〕21号", "2023-08-01", None)], [])],
    "区公安分局": [("2023-12-12 1600 报送", [
        ("8.7-01 打击侵权犯罪专项行动总结", "8.7", "其他", None, "2023-11-30", None)], [])],
    "区检察院": [("2023-12-14 1030 报送", [
        ("11.2-01 检察监督机制文件", "11.2", "正式文件", "武检发〔2023〕14号", "2023-05-22", None)], [])],
    "区司法局": [("2023-12-11 1500 报送", [
        ("12.3-01 仲裁机构知识产权业务支持文件", "12.3", "其他", None, "2023-07-15", None),
        ("12.3-02 公证处知识产权服务台账", "12.3", "统计表", None, "2023-11-30", None)], ["incomplete"])],
    "区工信局": [("2023-12-07 1000 补报", [
        ("15.1-01 海外维权援助机制文件", "15.1", "其他", None, "2023-11-20", None)], [])],
    "区农业农村局": [("2023-12-05 1200 报送", [
        ("8.1-01 商标专项行动通知", "8.1", "通知", "武农〔2023〕30号", "2023-05-06", None)], ["encrypted"])],
}


def _fonts(run, face: str) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)


def evidence_docx(path: Path, kind: str, header, title: str, lines: list[str]) -> None:
    d = docx.Document()
    if kind == "red":
        organ, number = header
        p = d.add_paragraph()
        p.alignment = 1
        r = p.add_run(organ)
        r.font.size, r.font.color.rgb = Pt(26), RGBColor(0xFF, 0, 0)
        _fonts(r, "方正小标宋简体")
        n = d.add_paragraph(number)
        n.alignment = 1
    t = d.add_paragraph()
    t.alignment = 1
    r = t.add_run(title)
    r.font.size = Pt(18)
    _fonts(r, "方正小标宋简体")
    for line in lines:
        r = d.add_paragraph().add_run(line)
        r.font.size = Pt(14)
        _fonts(r, "仿宋_GB2312")
    d.save(str(path))


def to_pdf(sources: list[Path], out: Path, profile: Path, target: str = "pdf") -> None:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", str(out), *map(str, sources)], check=True, capture_output=True, timeout=600)


def photo(path: Path, caption: str) -> None:
    img = Image.new("RGB", (960, 640), (198, 222, 240))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 420, 960, 640), fill=(120, 160, 90))
    draw.rectangle((180, 120, 780, 230), fill=(200, 30, 30))
    font = ImageFont.truetype(FONT, 40)
    draw.text((210, 150), caption, fill=(255, 255, 255), font=font)
    draw.text((30, 580), "2023年4月26日 武江区百旺广场", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 28))
    img.save(path, "JPEG", quality=80)


def case_list(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "案件列表"
    for row in CASES:
        ws.append(row)
    wb.save(path)


def fill_selfeval(path: Path, narratives: dict[str, str], scores: dict[str, str]) -> None:
    """What a unit does in Word: types over the placeholders (Enter between paragraphs)."""
    d = docx.Document(str(path))
    for sdt in d.element.body.iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        tag = pr.find(qn("w:tag")).get(qn("w:val"))
        key = tag.split(":")[-1]
        text = narratives.get(key) if ":narrative:" in tag else scores.get(key)
        if text is None:
            continue
        pr.remove(pr.find(qn("w:showingPlcHdr")))
        content = sdt.find(qn("w:sdtContent"))
        first = content[0]
        if first.tag == qn("w:p"):
            template = first
            for child in list(content):
                content.remove(child)
            for line in text.split("\n"):
                p = OxmlElement("w:p")
                if template.find(qn("w:pPr")) is not None:
                    p.append(copy.deepcopy(template.find(qn("w:pPr"))))
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = line
                r.append(t)
                p.append(r)
                content.append(p)
        else:
            first.find(qn("w:t")).text = text
    d.save(str(path))


def fill_register(path: Path, rows: list[tuple]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["佐证材料登记表"]
    for r, (name, criterion, kind, number, date, media, file_name) in enumerate(rows, 3):
        values = [criterion, name, kind, number, dt.date.fromisoformat(date), 1, media, file_name, "否", None]
        for c, value in enumerate(values, 2):
            ws.cell(r, c, value)
    wb.save(path)


def gbk_zip(path: Path, members: dict[str, Path]) -> None:
    class GbkName(zipfile.ZipInfo):
        def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own name
            return self.filename.encode("gbk"), self.flag_bits

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, source in members.items():
            info = GbkName(name, date_time=(2023, 12, 13, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, source.read_bytes())


def main() -> None:
    campaign = load_campaign(CAMPAIGN)
    inbox = CAMPAIGN / "inbox"
    if inbox.exists():
        shutil.rmtree(inbox)
    work = Path(tempfile.mkdtemp(prefix="ipdocs-sample-"))
    profile = work / "lo"
    sources = []
    for key, (kind, header, title, lines) in DOCS.items():
        path = work / f"{key}.docx"
        evidence_docx(path, kind, header, title, lines)
        sources.append(path)
    to_pdf(sources, work / "pdf", profile)
    to_pdf([work / "1.1-01 区委常委会会议纪要.docx"], work / "doc", profile, "doc")
    photo(work / "3.2-03 宣传周现场照片.jpg", "知识产权宣传周活动现场")
    case_list(work / "7.1-01 知识产权行政处罚案件列表.xlsx")

    for unit, deliveries in DELIVERIES.items():
        for folder, evidence, extras in deliveries:
            target = inbox / unit / folder
            target.mkdir(parents=True)
            files = []
            for key, criterion, kind, number, date, media in evidence:
                if "doc" in extras:
                    source, name = work / "doc" / f"{key}.doc", f"{key}.doc"
                elif (work / "pdf" / f"{key}.pdf").exists():
                    source, name = work / "pdf" / f"{key}.pdf", f"{key}.pdf"
                else:
                    source = next(p for p in work.iterdir() if p.stem == key and p.suffix in (".jpg", ".xlsx"))
                    name = source.name
                files.append((key, criterion, kind, number, date, media, name, source))
            if "corrected" in extras:  # the same document, re-issued with the missing page
                key, criterion, kind, number, date, media, name, source = files[0]
                reader = pypdf.PdfReader(str(source))
                writer = pypdf.PdfWriter()
                for page in reader.pages:
                    writer.add_page(page)
                writer.add_blank_page()
                buffer = io.BytesIO()
                writer.write(buffer)
                (target / name).write_bytes(buffer.getvalue())
                continue
            if "gbk-zip" in extras:
                gbk_zip(target / "佐证材料.zip", {f"佐证材料/{f[6]}": f[7] for f in files})
            else:
                for f in files:
                    shutil.copyfile(f[7], target / f[6])
            if "encrypted" in extras:
                writer = pypdf.PdfWriter(clone_from=str(files[0][7]))
                writer.encrypt("123456")
                with (target / "8.1-02 专项行动总结（加密）.pdf").open("wb") as out:
                    writer.write(out)
            rows = [(f[0].split(" ", 1)[1], f[1], f[2], f[3], f[4], f[5], f[6]) for f in files]
            if "incomplete" in extras:  # registered, never sent
                rows.append(("公证处知识产权公证典型案例", "12.3", "其他", None, "2023-11-30", None,
                             "12.3-03 公证典型案例.pdf"))
            register = target / f"{unit}-佐证材料登记表.xlsx"
            write_register(campaign, unit, register)
            fill_register(register, rows)
            form = target / f"{unit}-自评材料填报模板.docx"
            write_selfeval_form(campaign, unit, form)
            sent = {f[1] for f in files}
            fill_selfeval(form, {c: text for c, text in NARRATIVE.items() if c in sent}, SCORES.get(unit, {}))
    shutil.rmtree(work)
    print(f"sample inbox written: {inbox}")


if __name__ == "__main__":
    main()
