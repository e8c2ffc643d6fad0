#!/usr/bin/env python
# ruff: noqa: E501
"""dev14 — a blind tuning corpus for `ipdocs facts FILE --json` (stop 28, helper D14).

Material a county office (fictional 禾阳县, 吉安市, 江西省) receives from units for the yearly IP-protection
assessment: news screenshots (web pages, WeChat articles, app pages, digital-newspaper pages), scanned and
photographed tables, XLSX ledgers, photographed minutes and sign-in sheets, scanned red-header notices/函 with
seals, and DOCX of many genres. All names, numbers and phone numbers are fictional.

Usage: make_dev14.py DIR  → writes the files and DIR/truth.yaml, and bench/dev14/truth.yaml.
Deterministic: fixed seeds per file, fixed PDF/DOCX/XLSX timestamps and zip entry times.

Truth conventions (what an assessor reads in the file):
- pages: PDF page count; images 1. Omitted for DOCX and XLSX (their pagination is not fixed by the file).
- title: the document's title as printed, lines joined without spaces. Red-header docs: the title under the
  文号, not the 发文机关标志. Tables/ledgers: the table's title line (not the 填报单位 line). News pages: the
  headline of the news item; on a digital-newspaper page, the headline of the lead (largest) article, which is
  the IP item. Minutes: the minutes' heading; a filled-in record form: the form's printed heading.
- organ: the issuing organ(s) as printed in full; a list for joint issuers (in printed order). For tables and
  ledgers the 填报单位/制表单位 when printed; for 简报 the unit that compiles it (…编). News pages: omitted.
  Minutes: the unit whose minutes they are when printed (e.g. in the heading or the 印发 line).
- doc_type: the genre the document names itself with (last genre word of its title, e.g. 通知, 函, 统计表,
  台账, 登记表, 一览表, 纪要, 会议记录, 签到表, 简报; a 复函 is a 函); news pages: 新闻报道.
- doc_numbers: every 文号 printed (own, cited, in tables), normalised to 〔YYYY〕; `shown` keeps a printed form
  that differs ([2023], （2023）, 【2023】…). 期号 such as 第5期 are not 文号.
- dates: every printed calendar date, one item per distinct printed text. `text` is the date part as printed
  (a time after it is left out); dates printed without a year (6月12日, or 至31日 in a range) take the year
  the document makes evident and keep their printed text (a range gives two items). Dates inside tables,
  side columns and 版记 count. Months alone (2023年6月) and years alone are not dates.
- media (news pages and media registers): outlets shown to have published or carried the item: the page's
  own publisher (site/paper/app brand that is a news medium), 来源/转载自/原载/原标题 sources, outlets whose
  记者 wrote it, and outlets cited as 据…报道 for this item. Not counted: side columns, related news, hot lists,
  ads, 分享到 targets, hosting platforms that are not the publisher (微信, 今日头条, 抖音, 澎湃号 on 澎湃新闻), government or
  department accounts/sites (…发布, …市场监管, …人民政府网), 通讯员's units, and 责任编辑.
  In registers: every outlet listed as carrying a report. Levels: 中央 (national media incl. 学习强国,
  新华社, 人民日报, 中国知识产权报 …), 省级 (江西日报, 大江网/中国江西网, 江西新闻客户端, 江西广播电视台 …),
  市级 (井冈山报, 吉安新闻网, 吉安广播电视台), 县级 (禾阳县融媒体中心 and its brands 禾阳新闻网/今日禾阳),
  其他 (industry and commercial media).
- tables: one item per logical table (one table across pages is one item). header: the column labels; a
  two-row header gives one label per leaf column, parent+child joined without separator (e.g. 立案数商标);
  a label spanning both header rows is itself. rows: data rows as printed, wrapped cells joined, merged cells
  filled in, 合计/小计/总计 rows NOT included and not counted; row_count = len(rows). Title rows, 填报单位
  lines and notes below are not rows. A sign-in sheet's table lists only the filled rows.
- meetings: date of the meeting, title (the minutes' heading as printed; on a filled-in record form or a
  notebook page the meeting name written in it), chair (person's name only), topics (the 议题 as listed, or in
  printed 纪要 the numbered 关于…… items it records; numbering removed).
- attendance: count of people who signed, names as written.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from d14lib import (  # noqa: E402
    FIXED_DT,
    Rec,
    Sheet,
    draw_table,
    fix_zip,
    photo,
    save_jpg,
    save_pdf,
    save_png,
    scan,
    wrap,
)

HERE = Path(__file__).resolve().parent
RED = (200, 20, 25)

COUNTY = "禾阳县"
OUTLETS = {
    "人民日报": "中央", "新华社": "中央", "新华网": "中央", "人民网": "中央", "中国知识产权报": "中央",
    "中国市场监管报": "中央", "中国质量报": "中央", "法治日报": "中央", "光明网": "中央", "中国新闻网": "中央",
    "学习强国": "中央", "央视新闻": "中央", "中国经济网": "中央",
    "江西日报": "省级", "大江网": "省级", "中国江西网": "省级", "江西新闻客户端": "省级",
    "江西广播电视台": "省级", "江西法制报": "省级",
    "井冈山报": "市级", "吉安新闻网": "市级", "吉安广播电视台": "市级",
    "禾阳县融媒体中心": "县级", "禾阳新闻网": "县级", "今日禾阳": "县级",
    "知产财经": "其他", "知产力": "其他",
}

PEOPLE = ["刘建华", "周晓梅", "胡志强", "王海燕", "曾国平", "肖文斌", "罗春燕", "郭明辉", "彭丽娟", "钟伟",
          "黄小军", "邓敏", "朱建军", "尹红梅", "康志刚", "谢芳", "严宏亮", "邹雪琴", "龙涛", "孙艳", "胡斌",
          "李慧", "陈磊", "杨帆", "欧阳志远", "熊婷婷", "万俊", "温立新", "袁丽", "赖春生", "廖晓东", "段永平",
          "甘露", "蔡国庆", "丁兰芳", "付小英", "葛强", "简文华", "晏子龙", "聂秋云"]
UNITS = ["县市场监督管理局", "县公安局", "县文化广电新闻出版旅游局", "县农业农村局", "县商务局", "县司法局",
         "县人民法院", "县人民检察院", "县委宣传部", "县工业和信息化局", "县教育体育局", "县科学技术局",
         "禾溪镇人民政府", "澄塘镇人民政府", "桐坪镇人民政府", "石湖乡人民政府", "县融媒体中心", "县林业局"]
TOWNS = ["禾溪镇", "澄塘镇", "桐坪镇", "石湖乡", "枧头镇", "龙岗乡", "高坑镇", "洋溪镇"]
FIRMS = ["禾阳县绿源茶油有限公司", "江西禾丰米业有限公司", "禾阳县澄塘茶业专业合作社", "吉安市恒信电子科技有限公司",
         "禾阳县金穗农业开发有限公司", "禾阳县宏达竹木制品厂", "江西赣禾食品有限公司", "禾阳县新科机械有限公司",
         "禾阳县溪畔酒业有限公司", "江西井禾生物科技有限公司", "禾阳县同心服装厂", "禾阳县明辉五金加工厂"]

FILES: dict[str, dict] = {}


def put(name: str, truth: dict, rec: Rec | None = None):
    t = dict(truth)
    if rec is not None:
        if rec.nums:
            t["doc_numbers"] = rec.nums
        if rec.dates:
            t["dates"] = rec.dates
        if rec.media:
            t["media"] = rec.media
    order = ["kind", "format", "pages", "title", "organ", "doc_type", "doc_numbers", "dates", "media", "tables",
             "meetings", "attendance"]
    FILES[name] = {k: t[k] for k in order if k in t}


def tbl(header, rows):
    return {"header": list(header), "row_count": len(rows), "rows": [[str(c) for c in r] for r in rows]}


def flat_header(spec):
    """spec: list of str or (parent, [children]) → (two header rows for draw_table, leaf labels)."""
    two = any(isinstance(c, tuple) for c in spec)
    r1, r2, leaves = [], [], []
    for c in spec:
        if isinstance(c, tuple):
            p, ch = c
            r1.append((p, len(ch), 1))
            r1.extend([None] * (len(ch) - 1))
            for k in ch:
                r2.append((k, 1, 1))
                leaves.append(p + k)
        else:
            r1.append((c, 1, 2 if two else 1))
            if two:
                r2.append(None)
            leaves.append(c)
    return ([r1, r2] if two else [r1]), leaves


# ====================================================================== official documents (scan + docx)

def official_specs():
    """Each item: a function(rec) -> spec dict of an official document."""
    specs = []

    def s1(rec):
        return dict(
            header=["禾阳县市场监督管理局文件"], docno=rec.docno("禾市监发", 2023, 18),
            title=["禾阳县市场监督管理局", "关于开展2023年度地理标志专用标志使用", "核查工作的通知"],
            to="各市场监管所，局机关有关股室：",
            body=[
                "为贯彻落实《吉安市市场监督管理局关于加强地理标志保护工作的通知》（" + rec.docno("吉市监知", 2023, 7)
                + "）精神，规范地理标志专用标志使用行为，经研究，决定在全县开展地理标志专用标志使用核查工作。现将有关事项通知如下：",
                "一、核查范围",
                "全县范围内获准使用“澄塘绿茶”“禾阳茶油”地理标志专用标志的市场主体，以及在商品包装、宣传材料上标注地理标志字样的经营者。",
                "二、时间安排",
                "核查工作自" + rec.date(2023, 5, 15) + "起至" + rec.date(2023, 6, 30) + "止，分自查、抽查、总结三个阶段进行。"
                "各所须于" + rec.date(2023, 7, 5) + "前将核查情况报送局知识产权股。",
                "三、工作要求",
                "各单位要明确专人负责，对核查中发现的未经许可使用、超范围使用专用标志等行为，依法责令整改；情节严重的，依法立案查处。",
                "联系人：" + "温立新" + "，联系电话：0796-8620035。",
            ],
            sign=["禾阳县市场监督管理局"], sign_date=rec.date(2023, 5, 10), seal=True,
            banji=("禾阳县市场监督管理局办公室", rec.date(2023, 5, 10) + "印发"),
            organ="禾阳县市场监督管理局", doc_type="通知")

    def s2(rec):
        return dict(
            header=["禾阳县市场监督管理局", "禾阳县公安局", "禾阳县文化广电新闻出版旅游局"], header_suffix="文件",
            docno=rec.docno("禾市监联", 2023, 3),
            title=["关于联合开展“铁拳”行动", "严厉打击侵权假冒违法犯罪的通知"],
            to="各乡镇人民政府，县直有关单位：",
            body=[
                "为深入推进打击侵权假冒工作，保护权利人和消费者合法权益，根据省、市统一部署，县市场监督管理局、县公安局、"
                "县文化广电新闻出版旅游局决定于" + rec.date(2023, 4, 1) + "至" + rec.date(2023, 11, 30) + "联合开展专项行动。",
                "一、重点领域。聚焦食品、农资、建材、儿童用品等重点商品，聚焦农村和城乡结合部市场，聚焦网络销售和直播带货等新业态。",
                "二、工作措施。建立案件线索双向移送机制，市场监管部门发现涉嫌犯罪线索的，应在三个工作日内移送公安机关；"
                "公安机关对移送案件及时审查、依法立案。",
                "三、信息报送。各单位于每月5日前报送上月工作进展，" + rec.date(2023, 12, 5) + "前报送年度工作总结。",
            ],
            sign=["禾阳县市场监督管理局", "禾阳县公安局", "禾阳县文化广电新闻出版旅游局"],
            sign_date=rec.date(2023, 3, 27), seal=True,
            banji=("禾阳县市场监督管理局办公室", rec.date(2023, 3, 28) + "印发"),
            organ=["禾阳县市场监督管理局", "禾阳县公安局", "禾阳县文化广电新闻出版旅游局"], doc_type="通知")

    def s3(rec):
        return dict(
            header=None, docno=rec.docno("禾市监函", 2023, 26, "sq"),
            title=["禾阳县市场监督管理局", "关于商请提供侵权案件线索移送情况的函"],
            to="禾阳县人民检察院：",
            body=[
                "为做好2023年度知识产权保护工作检查考核迎检准备，全面梳理行政执法与刑事司法衔接工作情况，"
                "现商请贵院提供" + rec.date(2022, 10, 1) + "至" + rec.date(2023, 9, 30) + "期间涉及知识产权领域的案件线索移送、"
                "立案监督情况，并于" + rec.date(2023, 10, 20) + "前函复我局。",
                "特此函商。",
                "联系人：严宏亮  联系电话：138 0000 4417",
            ],
            sign=["禾阳县市场监督管理局"], sign_date=rec.date(2023, 10, 9), seal=True, banji=None,
            organ="禾阳县市场监督管理局", doc_type="函")

    def s4(rec):
        return dict(
            header=["禾阳县人民政府办公室文件"], docno=rec.docno("禾府办字", 2023, 41),
            title=["禾阳县人民政府办公室", "关于印发《禾阳县2023年知识产权保护工作要点》的通知"],
            to="各乡镇人民政府，县政府各部门：",
            body=[
                "《禾阳县2023年知识产权保护工作要点》已经县政府同意，现印发给你们，请认真抓好落实。",
                "2022年，全县知识产权保护工作取得积极成效，全年查处商标侵权案件23件，专利侵权纠纷行政裁决案件4件。"
                "2023年，各地各部门要对照工作要点，细化责任分工，于" + rec.date(2023, 6, 30) + "前报送半年工作情况，"
                + rec.date(2023, 12, 10) + "前报送全年工作情况。",
                "附件：禾阳县2023年知识产权保护工作要点",
            ],
            sign=["禾阳县人民政府办公室"], sign_date=rec.date(2023, 4, 18, "upper"), seal=True,
            banji=("禾阳县人民政府办公室", rec.date(2023, 4, 19) + "印发"),
            organ="禾阳县人民政府办公室", doc_type="通知")

    def s5(rec):
        return dict(
            header=["禾阳县打击侵犯知识产权和制售假冒伪劣", "商品工作领导小组办公室"], header_suffix="",
            docno=rec.docno("禾打假办", 2023, 5, "paren"),
            title=["关于2023年上半年全县打击侵权假冒工作情况的通报"],
            to="县打击侵权假冒工作领导小组各成员单位：",
            body=[
                "今年以来，各成员单位按照《禾阳县2023年打击侵犯知识产权和制售假冒伪劣商品工作要点》（"
                + rec.docno("禾打假办", 2023, 2, "paren") + "）部署，扎实推进各项工作。现将上半年工作情况通报如下：",
                "一、总体情况。截至" + rec.date(2023, 6, 30) + "，全县共检查经营主体1264户次，立案查处侵权假冒案件31件，"
                "罚没款42.6万元，移送公安机关案件3件。",
                "二、存在问题。部分乡镇对打击侵权假冒工作重视不够，信息报送不及时；个别成员单位案件线索移送不畅。",
                "三、下步工作。各成员单位要对照目标任务查漏补缺，于" + rec.date(2023, 7, 15) + "前将整改情况报县打假办。",
            ],
            sign=["禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"], sign_date=rec.date(2023, 7, 6),
            seal=True, banji=None,
            organ="禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", doc_type="通报")

    def s6(rec):
        return dict(
            header=["禾阳县农业农村局文件"], docno=rec.docno("禾农字", 2023, 57, "fsq"),
            title=["禾阳县农业农村局关于开展农资打假", "和植物新品种保护专项检查的实施方案"],
            to="各乡镇农业综合服务中心，局属各单位：",
            body=[
                "为保障春耕生产用种用肥安全，保护植物新品种权人合法权益，制定本方案。",
                "一、检查时间：" + rec.date(2023, 3, 1) + "至" + rec.date(2023, 5, 31) + "。",
                "二、检查内容：种子经营备案、品种审定登记、标签标识，授权品种的生产经营许可情况；化肥、农药产品质量和标签。",
                "三、结果运用：对检查发现的套牌侵权、无证生产经营等违法行为依法查处，涉嫌犯罪的移送公安机关。",
            ],
            sign=["禾阳县农业农村局"], sign_date=rec.date(2023, 2, 20), seal=True,
            banji=("禾阳县农业农村局办公室", rec.date(2023, 2, 21) + "印发"),
            organ="禾阳县农业农村局", doc_type="方案")

    def s7(rec):
        return dict(
            header=["吉安市市场监督管理局文件"], docno=rec.docno("吉市监发", 2023, 64),
            title=["吉安市市场监督管理局", "关于对禾阳县市场监督管理局专利侵权纠纷", "行政裁决工作的批复"],
            to="禾阳县市场监督管理局：",
            body=[
                "你局《关于专利侵权纠纷行政裁决案件办理有关问题的请示》（" + rec.docno("禾市监", 2023, 31, "lent")
                + "）收悉。经研究，批复如下：",
                "一、同意你局依法受理请求人提出的专利侵权纠纷行政裁决请求，并按照规定程序组织口头审理。",
                "二、办理过程中需要技术鉴定的，可商请市知识产权保护中心提供技术支持。",
                "三、裁决书作出后，请于" + rec.date(2023, 9, 15) + "前报我局备案。",
                "此复。",
            ],
            sign=["吉安市市场监督管理局"], sign_date=rec.date(2023, 8, 22), seal=True,
            banji=("吉安市市场监督管理局办公室", rec.date(2023, 8, 23) + "印发"),
            organ="吉安市市场监督管理局", doc_type="批复")

    def s8(rec):
        return dict(
            header=["中共禾阳县委宣传部"], header_suffix="", docno=rec.docno("禾宣字", 2023, 19),
            title=["关于做好2023年知识产权宣传周", "有关宣传工作的通知"],
            to="各乡镇党委宣传委员，县直各单位：",
            body=[
                "2023年知识产权宣传周活动于" + rec.date(2023, 4, 20) + "至" + rec.date(2023, 4, 26, "d") + "举行。"
                "为营造尊重知识、崇尚创新、诚信守法的良好氛围，现就有关宣传工作通知如下：",
                "一、县融媒体中心开设“知识产权保护在行动”专栏，集中刊发典型案例和工作动态。",
                "二、各单位结合“4·26”世界知识产权日，组织进企业、进校园、进市场宣传活动，活动信息于" + rec.date(2023, 4, 28)
                + "前报县委宣传部。",
            ],
            sign=["中共禾阳县委宣传部"], sign_date=rec.date(2023, 4, 12), seal=True, banji=None,
            organ="中共禾阳县委宣传部", doc_type="通知")

    def s9(rec):
        return dict(
            header=None, docno=None,
            title=["禾阳县版权局", "关于开展2023年度软件正版化工作检查的函"],
            to="县直各单位：",
            body=[
                "根据省版权局统一安排，我局将于" + rec.date(2023, 9, 11) + "至" + rec.date(2023, 9, 22)
                + "对县直单位软件正版化工作进行检查，重点检查计算机操作系统、办公软件和杀毒软件正版化情况。"
                "请各单位做好自查，填写《软件正版化工作自查表》，于" + rec.date(2023, 9, 8) + "前报送。",
                "联系人：聂秋云，电话：0796-8621177。",
            ],
            sign=["禾阳县版权局"], sign_date=rec.date(2023, 8, 30), seal=True, banji=None,
            organ="禾阳县版权局", doc_type="函")

    def s10(rec):
        return dict(
            header=["禾阳县人民检察院"], header_suffix="", docno=rec.docno("禾检函", 2023, 9),
            title=["禾阳县人民检察院", "关于商请提供侵权案件线索移送情况的复函"],
            to="禾阳县市场监督管理局：",
            body=[
                "你局《关于商请提供侵权案件线索移送情况的函》（" + rec.docno("禾市监函", 2023, 26) + "）收悉。现将有关情况函复如下：",
                rec.date(2022, 10, 1) + "至" + rec.date(2023, 9, 30) + "，我院共受理行政执法机关移送涉嫌侵犯知识产权犯罪线索4件，"
                "监督公安机关立案2件，提起公诉3件5人。",
                "特此函复。",
            ],
            sign=["禾阳县人民检察院"], sign_date=rec.date(2023, 10, 17), seal=True, banji=None,
            organ="禾阳县人民检察院", doc_type="函")

    specs += [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]
    return specs


def render_official_scan(spec, rng, s=1.0):
    pages = []
    sh = Sheet(s=s)
    pages.append(sh)
    L, R, B = 150, 1090, 1600
    y = 150
    if spec.get("header"):
        suffix = spec.get("header_suffix", None)
        hs = spec["header"]
        if suffix:  # joint header: organs stacked, 文件 on the right, vertically centred
            for i, h in enumerate(hs):
                sh.text(L + 40, y + i * 62, h, 50, "serifb", RED)
            sh.text(R - 60, y + (len(hs) - 1) * 31, suffix, 56, "serifb", RED, anchor="ma")
            y += len(hs) * 62 + 40
        else:
            for h in hs:
                size = 64 if len(h) <= 12 else 52
                sh.center(y, h, size, "serifb", RED)
                y += size + 18
            y += 30
        if spec.get("docno"):
            sh.center(y, spec["docno"], 24, "serif")
            y += 44
        sh.line(L, y, R, y, RED, 3)
        y += 50
    elif spec.get("docno"):
        y += 20
        sh.right(R, y, spec["docno"], 24, "serif")
        y += 60
    for t in spec["title"]:
        sh.center(y, t, 34, "serifb")
        y += 52
    y += 20
    sh.text(L, y, spec["to"], 24, "serif")
    y += 44
    for p in spec["body"]:
        heading = len(p) < 12 and p[:2] in ("一、", "二、", "三、", "四、")
        fnt_lines = wrap(sh.f("serif", 24), p, (R - L - 48) * s)
        need = len(fnt_lines) * 24 * 1.8
        if y + min(need, 3 * 43) > B:
            sh = Sheet(s=s)
            pages.append(sh)
            y = 150
        y = sh.para(L, y, R - L, p, 24, "serifb" if heading else "serif", indent=2, gap=1.8)
        if y > B:
            sh = Sheet(s=s)
            pages.append(sh)
            y = 150
    y += 60
    if y + 100 * len(spec["sign"]) + 60 > B:
        sh = Sheet(s=s)
        pages.append(sh)
        y = 200
    sy = y
    for org in spec["sign"]:
        sh.right(R - 60, y, org, 24, "serif")
        y += 46
    sh.right(R - 90, y, spec["sign_date"], 24, "serif")
    y += 50
    if spec.get("seal"):
        # seal straddles the signature and date as printed in practice
        for k, org in enumerate(spec["sign"][:3]):
            cx = R - 200 - k * 190 if len(spec["sign"]) > 1 else R - 200
            sh.seal(cx, sy + 40 + (k % 2) * 20, 92, org, rng)
    if spec.get("banji"):
        by = max(y + 80, B + 20)
        if by > 1700:
            sh = Sheet(s=s)
            pages.append(sh)
            by = 1560
        sh.line(L, by, R, by, width=1.2)
        sh.text(L + 20, by + 10, spec["banji"][0], 22, "serif")
        sh.right(R - 20, by + 10, spec["banji"][1], 22, "serif")
        sh.line(L, by + 48, R, by + 48, width=1.2)
    # page numbers
    for i, p in enumerate(pages):
        if len(pages) > 1:
            p.center(1670, f"— {i + 1} —", 22, "serif")
    return [p.img for p in pages]


def make_official_scans(out: Path):
    specs = official_specs()
    plans = [  # (spec index, dpi, format, skew, gray)
        (0, 300, "pdf", 0.6, True), (1, 150, "pdf", -0.9, False), (2, 150, "jpg", 1.3, True),
        (3, 300, "pdf", 0.2, False), (4, 150, "png", -0.4, True), (5, 200, "pdf", 1.1, True),
        (6, 300, "jpg", -0.7, False), (7, 150, "pdf", 0.0, True), (8, 150, "pdf", 0.8, False),
        (9, 300, "png", -1.2, True),
    ]
    for k, (si, dpi, fmt, skew, gray) in enumerate(plans):
        rng = np.random.default_rng(1400 + k)
        rec = Rec()
        spec = specs[si](rec)
        imgs = render_official_scan(spec, rng, s=dpi / 150)
        imgs = [scan(im, rng, skew=skew, gray=gray, noise=5 if dpi >= 300 else 7, blur=0.5 * dpi / 150)
                for im in imgs]
        name = f"scan_notice_{k + 1:02d}.{fmt}"
        if fmt == "pdf":
            save_pdf(imgs, out / name, dpi)
        elif fmt == "jpg":
            save_jpg(imgs[0], out / name, 90, dpi)
        else:
            save_png(imgs[0], out / name, dpi)
        if fmt != "pdf":
            assert len(imgs) == 1, name
        put(name, {"kind": "scan", "format": fmt, "pages": len(imgs), "title": "".join(spec["title"]),
                   "organ": spec["organ"], "doc_type": spec["doc_type"]}, rec)


# ====================================================================== tables on paper (scan + photo)

SUOS = ["禾溪市场监管所", "澄塘市场监管所", "桐坪市场监管所", "石湖市场监管所", "枧头市场监管所", "龙岗市场监管所",
        "高坑市场监管所", "洋溪市场监管所", "城区市场监管所", "稽查大队"]


def table_spec(kind: str, rec: Rec, rng, variant: int):
    """A paper table: title, unit/date lines, header spec, rows, optional 合计 row, notes."""
    r = lambda a, b: int(rng.integers(a, b + 1))  # noqa: E731
    fill_y, fill_m, fill_d = 2023, [7, 4, 10, 12][variant % 4], [5, 8, 12, 20][variant % 4]
    if kind == "cases":
        units = SUOS[: 6 + variant % 4]
        header = ["单位", ("立案数", ["商标", "专利", "其他"]), "结案数", "罚没金额（万元）", "移送公安"]
        rows = []
        for u in units:
            a, b, c = r(0, 6), r(0, 2), r(0, 4)
            rows.append([u, a, b, c, max(0, a + b + c - r(0, 2)), f"{rng.uniform(0.2, 9):.2f}", r(0, 1)])
        tot = ["合计"] + [sum(int(x[i]) for x in rows) for i in range(1, 5)] + [
            f"{sum(float(x[5]) for x in rows):.2f}", sum(int(x[6]) for x in rows)]
        title = f"禾阳县2023年{['上半年', '第一季度', '1—9月', '全年'][variant % 4]}侵权假冒案件查处情况统计表"
        return dict(title=title, unit="填报单位：禾阳县市场监督管理局", organ="禾阳县市场监督管理局",
                    date="填报日期：" + rec.date(fill_y, fill_m, fill_d), header=header, rows=rows, total=tot,
                    notes="注：其他类包括地理标志、奥林匹克标志、特殊标志等案件。", doc_type="统计表", widths=None)
    if kind == "patents":
        header = ["序号", "乡镇", ("发明专利", ["申请", "授权"]), "实用新型授权", "外观设计授权", "有效发明专利"]
        rows = []
        for i, t in enumerate(TOWNS[: 5 + variant % 4]):
            rows.append([i + 1, t, r(0, 12), r(0, 4), r(2, 40), r(0, 15), r(1, 30)])
        tot = ["合计", ""] + [sum(int(x[i]) for x in rows) for i in range(2, 7)]
        return dict(title="禾阳县2023年专利申请授权情况统计表", unit="制表单位：禾阳县市场监督管理局（知识产权股）",
                    organ="禾阳县市场监督管理局", date="统计截止日期：" + rec.date(2023, 9, 30),
                    header=header, rows=rows, total=tot, notes="数据来源：国家知识产权局专利统计系统。",
                    doc_type="统计表", widths=None)
    if kind == "marks":
        header = ["序号", "企业名称", "商标名称", "注册号", "核定类别", "注册日期"]
        names = ["禾穗", "澄塘翠", "溪畔春", "井禾", "赣禾香", "绿源", "恒信", "金穗田", "同心", "明辉"]
        rows = []
        for i in range(6 + variant % 3):
            y, m, d = 2023, r(1, 11), r(1, 28)
            rows.append([i + 1, FIRMS[(i + variant) % len(FIRMS)], names[(i + variant) % 10], str(r(60000000, 69999999)),
                         f"第{r(1, 45)}类", rec.date(y, m, d, ["dot0", "cn", "dash"][variant % 3])])
        return dict(title="禾阳县2023年新增注册商标一览表", unit=None, organ=None, date=None, header=header,
                    rows=rows, total=None, notes=None, doc_type="一览表", widths=[70, 330, 150, 160, 120, 170])
    if kind == "register":
        header = ["序号", "案件名称", "当事人", "立案日期", "处罚决定书文号", "罚没金额（元）"]
        rows = []
        n = [8, 30, 9][variant % 3]
        goods = ["白酒", "茶油", "运动鞋", "洗发水", "电线", "化肥", "手机配件", "儿童玩具", "大米", "服装"]
        for i in range(n):
            m, d = 1 + i * 11 // max(n, 1), r(1, 28)
            g = goods[(i + variant) % len(goods)]
            firm = FIRMS[(i * 7 + variant) % len(FIRMS)]
            rows.append([i + 1, f"销售侵犯注册商标专用权的{g}案", firm, rec.date(2023, m, d, "dot0"),
                         rec.docno("禾市监处罚", 2023, 10 + i * 3 + variant), str(r(5, 120) * 100)])
        return dict(title="禾阳县市场监督管理局知识产权行政处罚案件登记表", unit="填报单位：禾阳县市场监督管理局稽查大队",
                    organ="禾阳县市场监督管理局稽查大队", date=None, header=header, rows=rows, total=None,
                    notes=None, doc_type="登记表", widths=[55, 280, 250, 130, 290, 120])
    if kind == "events":
        header = ["序号", "活动名称", "活动日期", "地点", "参与人数", "承办单位"]
        acts = ["知识产权进企业宣讲", "4·26知识产权宣传周集中宣传", "商标品牌培育培训班", "打击侵权假冒集中销毁活动",
                "地理标志产品推介会", "专利导航服务进园区", "青少年版权知识讲座", "消费者权益日知识产权咨询"]
        places = ["县工业园区", "县城中心广场", "县行政中心三楼会议室", "澄塘镇茶叶市场", "禾阳中学", "县文化馆"]
        rows = []
        for i in range(6 + variant % 3):
            m = [3, 4, 4, 5, 6, 7, 9, 11][i]
            rows.append([i + 1, acts[(i + variant) % len(acts)], rec.date(2023, m, r(1, 28), "cn"),
                         places[(i + variant) % len(places)], r(30, 400), UNITS[(i + variant) % 6].replace("县", "禾阳县", 1)])
        return dict(title="禾阳县2023年知识产权宣传培训活动情况登记表", unit="报送单位：禾阳县市场监督管理局",
                    organ="禾阳县市场监督管理局", date="报送日期：" + rec.date(2023, 11, 24), header=header, rows=rows,
                    total=None, notes=None, doc_type="登记表", widths=[60, 330, 180, 220, 100, 240])
    if kind == "gi":
        header = ["序号", "企业名称", "产品名称", "核准使用日期", "联系人", "联系电话"]
        rows = []
        for i in range(5 + variant % 3):
            rows.append([i + 1, FIRMS[(i * 3 + variant) % len(FIRMS)], ["澄塘绿茶", "禾阳茶油"][i % 2],
                         rec.date(r(2019, 2023), r(1, 12), r(1, 28), "dot0"), PEOPLE[(i * 5 + variant) % 40],
                         f"138 0000 {r(1000, 9999)}"])
        return dict(title="禾阳县地理标志专用标志使用企业名单", unit=None, organ=None, date=None,
                    header=header, rows=rows, total=None, notes=None, doc_type="名单", widths=[60, 330, 150, 170, 130, 200])
    if kind == "destroy":
        header = ["序号", "品名", "规格", "数量", "单位", "来源案件文号", "备注"]
        items = [("假冒“溪畔”白酒", "500ml/瓶"), ("侵权运动鞋", "双"), ("假冒洗发水", "750ml/瓶"),
                 ("侵权儿童玩具", "套"), ("假冒化肥", "40kg/袋"), ("侵权手机充电器", "个"), ("假冒电线", "100m/卷")]
        rows = []
        for i in range(5 + variant % 3):
            it = items[(i + variant) % len(items)]
            rows.append([i + 1, it[0], it[1], r(10, 800), it[1].split("/")[-1] if "/" in it[1] else it[1],
                         rec.docno("禾市监处罚", 2022, 40 + i * 5), "已销毁" if i % 3 else "无害化处理"])
        return dict(title="禾阳县2023年侵权假冒商品集中销毁清单", unit="监销单位：禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
                    organ="禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
                    date="销毁日期：" + rec.date(2023, 4, 26), header=header, rows=rows, total=None, notes=None,
                    doc_type="清单", widths=[60, 230, 130, 90, 80, 280, 130])
    if kind == "software":
        header = ["序号", "单位名称", "计算机台数", ("正版软件安装率", ["操作系统", "办公软件"]), "检查日期", "结论"]
        rows = []
        for i in range(6 + variant % 3):
            rows.append([i + 1, UNITS[(i + variant) % len(UNITS)].replace("县", "禾阳县", 1) if UNITS[(i + variant) % len(UNITS)].startswith("县") else UNITS[(i + variant) % len(UNITS)],
                         r(12, 160), "100%", f"{r(92, 100)}%", rec.date(2023, 9, r(11, 22), "dot"),
                         "合格" if i % 4 else "限期整改"])
        return dict(title="禾阳县2023年软件正版化工作检查情况汇总表", unit="检查单位：禾阳县版权局", organ="禾阳县版权局",
                    date=None, header=header, rows=rows, total=None, notes="注：正版软件安装率=正版软件数/应装软件数。",
                    doc_type="汇总表", widths=None)
    raise ValueError(kind)


def render_paper_table(spec, rng, s=1.0, ruled=True, three_line=False, split_at=None, repeat_header=True,
                       landscape=False, size=19, hand_cols=()):
    W, H = (1754, 1240) if landscape else (1240, 1754)
    L, R = 100, W - 100
    header_rows, leaves = flat_header(spec["header"])
    widths = spec.get("widths")
    if not widths:
        n = len(leaves)
        first = 250
        widths = [first] + [(R - L - first) / (n - 1)] * (n - 1)
        if leaves[0] == "序号":
            widths = [70, 240] + [(R - L - 310) / (n - 2)] * (n - 2)
    tot = sum(widths)
    widths = [w * (R - L) / tot for w in widths]
    rows = [[str(c) for c in r] for r in spec["rows"]]
    body_rows = rows + ([[str(c) for c in spec["total"]]] if spec.get("total") else [])
    chunks = [body_rows] if not split_at else [body_rows[:split_at], body_rows[split_at:]]
    imgs = []
    for ci, chunk in enumerate(chunks):
        sh = Sheet(W, H, s)
        y = 110
        if ci == 0:
            sh.center(y, spec["title"], 32, "sansb" if not ruled else "serifb")
            y += 70
            if spec.get("unit") or spec.get("date"):
                if spec.get("unit"):
                    sh.text(L, y, spec["unit"], 20, "serif")
                if spec.get("date"):
                    sh.right(R, y, spec["date"], 20, "serif")
                y += 42
        draw_header = header_rows if (ci == 0 or repeat_header) else []
        y = draw_table(sh, L, y, widths, draw_header, chunk, size=size, ruled=ruled, three_line=three_line,
                       hand_cols=hand_cols, rng=rng)
        if ci == len(chunks) - 1 and spec.get("notes"):
            sh.para(L, y + 20, R - L, spec["notes"], 18, "serif", indent=0)
        if len(chunks) > 1:
            sh.center(H - 70, f"第{ci + 1}页 共{len(chunks)}页", 18, "serif")
        imgs.append(sh.img)
    return imgs, leaves


def table_truth(spec, leaves):
    return tbl(leaves, spec["rows"])


def make_paper_tables(out: Path):
    # (kind, variant, format, dpi, ruled, three_line, split_at, skew, landscape)
    scans = [
        ("cases", 0, "pdf", 300, True, False, None, 0.4, True),
        ("register", 1, "pdf", 150, True, False, 17, -0.6, False),
        ("marks", 0, "jpg", 150, False, True, None, 1.2, False),
        ("patents", 1, "pdf", 150, True, False, None, -1.5, True),
        ("events", 0, "png", 300, False, False, None, 0.3, False),
        ("gi", 0, "pdf", 200, True, False, None, 0.9, False),
        ("software", 0, "pdf", 300, True, False, None, -0.3, True),
        ("destroy", 0, "jpg", 300, False, True, None, -0.8, False),
        ("register", 0, "pdf", 150, False, True, None, 0.6, False),
        ("cases", 3, "png", 150, True, False, None, 1.0, True),
    ]
    for k, (kind, var, fmt, dpi, ruled, tl, split, skew, land) in enumerate(scans):
        rng = np.random.default_rng(2400 + k)
        rec = Rec()
        spec = table_spec(kind, rec, rng, var)
        imgs, leaves = render_paper_table(spec, rng, s=dpi / 150, ruled=ruled, three_line=tl, split_at=split,
                                          repeat_header=(k % 2 == 0), landscape=land)
        imgs = [scan(im, rng, skew=skew, gray=(k % 3 != 1), noise=6, blur=0.45 * dpi / 150) for im in imgs]
        name = f"scan_table_{k + 1:02d}.{fmt}"
        if fmt == "pdf":
            save_pdf(imgs, out / name, dpi)
        elif fmt == "jpg":
            save_jpg(imgs[0], out / name, 88, dpi)
        else:
            save_png(imgs[0], out / name, dpi)
        assert fmt == "pdf" or len(imgs) == 1
        t = {"kind": "scan", "format": fmt, "pages": len(imgs), "title": spec["title"], "doc_type": spec["doc_type"],
             "tables": [table_truth(spec, leaves)]}
        if spec.get("organ"):
            t["organ"] = spec["organ"]
        put(name, t, rec)
    photos = [  # (kind, variant, ruled, three_line, tilt, persp, shadow, curl, landscape)
        ("cases", 1, True, False, 4.0, 0.06, 0.35, 0.02, True),
        ("patents", 2, False, True, -3.0, 0.08, 0.45, 0.0, False),
        ("marks", 1, True, False, 6.5, 0.05, 0.3, 0.03, False),
        ("events", 1, False, False, -2.0, 0.07, 0.5, 0.02, False),
        ("gi", 1, True, False, 2.5, 0.09, 0.25, 0.0, False),
        ("software", 1, True, False, -5.0, 0.05, 0.4, 0.025, True),
        ("destroy", 1, True, False, 3.0, 0.06, 0.55, 0.01, False),
        ("register", 2, False, True, -4.0, 0.07, 0.3, 0.03, False),
    ]
    for k, (kind, var, ruled, tl, tilt, persp, shadow, curl, land) in enumerate(photos):
        rng = np.random.default_rng(3400 + k)
        rec = Rec()
        spec = table_spec(kind, rec, rng, var)
        imgs, leaves = render_paper_table(spec, rng, s=1.4, ruled=ruled, three_line=tl, landscape=land)
        im = photo(imgs[0], rng, tilt=tilt, persp=persp, shadow=shadow, curl=curl, out_long=2400)
        name = f"photo_table_{k + 1:02d}.jpg"
        save_jpg(im, out / name, 87)
        t = {"kind": "photo", "format": "jpg", "pages": 1, "title": spec["title"], "doc_type": spec["doc_type"],
             "tables": [table_truth(spec, leaves)]}
        if spec.get("organ"):
            t["organ"] = spec["organ"]
        put(name, t, rec)


# ====================================================================== XLSX ledgers

def _xlsx_sheet(ws, title, sub, header_spec, rows, total=None, notes=None, vmerge_col=None, widths=None,
                date_fmt=None):
    """Write title row, optional sub line, one- or two-row header, rows (cells may be datetime), total, notes.
    vmerge_col: merge equal consecutive values of that column vertically (truth keeps them filled in)."""
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    hrows, leaves = flat_header(header_spec)
    n = len(leaves)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([title] + [None] * (n - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(1, 1).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    r0 = 2
    if sub:
        ws.append([sub] + [None] * (n - 1))
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
        r0 = 3
    for hi, hr in enumerate(hrows):
        for ci, cell in enumerate(hr):
            if cell is None:
                continue
            t, cs, rs = cell
            c = ws.cell(r0 + hi, ci + 1, t)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if cs > 1 or rs > 1:
                ws.merge_cells(start_row=r0 + hi, start_column=ci + 1, end_row=r0 + hi + rs - 1,
                               end_column=ci + cs)
    r = r0 + len(hrows)
    first = r
    for row in rows:
        for ci, v in enumerate(row):
            c = ws.cell(r, ci + 1, v)
            c.border = border
            if hasattr(v, "year"):
                c.number_format = date_fmt or "yyyy-mm-dd"
            elif isinstance(v, float):
                c.number_format = "0.00"
        r += 1
    if vmerge_col is not None:
        start = first
        for rr in range(first + 1, r + 1):
            if rr == r or ws.cell(rr, vmerge_col + 1).value != ws.cell(start, vmerge_col + 1).value:
                if rr - 1 > start:
                    for k in range(start + 1, rr):
                        ws.cell(k, vmerge_col + 1).value = None
                    ws.merge_cells(start_row=start, start_column=vmerge_col + 1, end_row=rr - 1,
                                   end_column=vmerge_col + 1)
                start = rr
    if total:
        for ci, v in enumerate(total):
            ws.cell(r, ci + 1, v).border = border
            if isinstance(v, float):
                ws.cell(r, ci + 1).number_format = "0.00"
        r += 1
    if notes:
        ws.cell(r + 1, 1, notes)
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=n)
    for ci in range(n):
        ws.column_dimensions[get_column_letter(ci + 1)].width = (widths or [14] * n)[ci]
    return leaves


def _disp(v, date_text):
    if hasattr(v, "year"):
        return date_text(v)
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def make_xlsx(out: Path):
    from datetime import datetime as DT

    from openpyxl import Workbook

    def finish(wb, name, truth, rec):
        wb.properties.creator = "禾阳县市场监督管理局"
        wb.properties.created = FIXED_DT
        wb.properties.modified = FIXED_DT
        wb.properties.lastModifiedBy = ""
        wb.save(out / name)
        fix_zip(out / name)
        put(name, dict({"kind": "xlsx", "format": "xlsx"}, **truth), rec)

    def cn_date(rec):
        return lambda v: rec.date(v.year, v.month, v.day, "cn")

    def dash_date(rec):
        return lambda v: rec.date(v.year, v.month, v.day, "dash")

    # x1 case ledger: two-row header, vertical merge of 承办单位, 合计, notes
    rng = np.random.default_rng(4401)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "案件台账"
    title = "禾阳县市场监督管理局2023年知识产权案件查办台账"
    sub = "填报单位：禾阳县市场监督管理局（盖章）        填报时间：" + rec.date(2023, 12, 15)
    header = ["序号", "承办单位", "案件名称", ("案件类型", ["商标", "专利", "地理标志"]), "立案日期", "罚没金额（万元）", "办理状态"]
    rows = []
    goods = ["白酒", "茶油", "运动服", "电动车电池", "大米", "农药", "洗衣液", "轴承", "陶瓷餐具", "蜂蜜", "笔记本"]
    i = 0
    for u in SUOS[:5]:
        for _ in range(int(rng.integers(1, 4))):
            typ = int(rng.integers(0, 3))
            d = DT(2023, int(rng.integers(1, 12)), int(rng.integers(1, 28)))
            amt = round(float(rng.uniform(0.3, 6.0)), 2)
            mark = ["√" if typ == k else "" for k in range(3)]
            rows.append([i + 1, u, f"{FIRMS[i % len(FIRMS)]}涉嫌侵权{goods[i % len(goods)]}案"] + mark +
                        [d, amt, "已结案" if i % 3 else "办理中"])
            i += 1
    leaves = _xlsx_sheet(ws, title, sub, header, rows,
                         total=["合计", "", f"{len(rows)}件"] + [sum(1 for r in rows if r[3 + k]) for k in range(3)] +
                         ["", round(sum(r[7] for r in rows), 2), ""],
                         notes="备注：案件类型栏在对应类型下打“√”。", vmerge_col=1,
                         widths=[6, 18, 40, 8, 8, 10, 14, 14, 10], date_fmt='yyyy"年"m"月"d"日"')
    t = tbl(leaves, [[_disp(v, cn_date(rec)) for v in r] for r in rows])
    finish(wb, "xlsx_ledger_01.xlsx", {"title": title, "organ": "禾阳县市场监督管理局", "doc_type": "台账", "tables": [t]}, rec)

    # x2 media register
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "宣传报道"
    title = "禾阳县2023年知识产权保护工作媒体宣传报道登记表"
    sub = "报送单位：禾阳县市场监督管理局"
    header = ["序号", "报道标题", "刊发媒体", "媒体级别", "刊发日期", "版面或链接"]
    items = [
        ("禾阳：“铁拳”出击护航春耕农资市场", "井冈山报", "市级", DT(2023, 3, 16), "第2版"),
        ("禾阳县举办知识产权宣传周启动仪式", "禾阳县融媒体中心", "县级", DT(2023, 4, 21), "今日禾阳客户端"),
        ("澄塘绿茶地理标志保护让茶农增收", "江西日报", "省级", DT(2023, 5, 9), "第6版"),
        ("禾阳查获一批假冒注册商标白酒", "中国质量报", "中央", DT(2023, 6, 2), "第3版"),
        ("一张证书背后的“茶油经济”", "大江网", "省级", DT(2023, 7, 14), "https://jiangxi.jxnews.example/2023/0714/a1"),
        ("禾阳县开展知识产权纠纷调解进企业活动", "禾阳发布", "县级", DT(2023, 8, 3), "微信公众号"),
        ("禾阳县专利转化运用助力中小企业发展", "中国知识产权报", "中央", DT(2023, 9, 20), "第7版"),
        ("禾阳集中销毁侵权假冒商品2.3吨", "吉安广播电视台", "市级", DT(2023, 4, 26), "《吉安新闻》栏目"),
        ("禾阳：知识产权保护护航营商环境", "学习强国", "中央", DT(2023, 10, 11), "吉安学习平台"),
    ]
    rows = [[k + 1, a, b, c, d, e] for k, (a, b, c, d, e) in enumerate(items)]
    leaves = _xlsx_sheet(ws, title, sub, header, rows, widths=[6, 40, 18, 10, 14, 36], date_fmt="yyyy-mm-dd")
    t = tbl(leaves, [[_disp(v, dash_date(rec)) for v in r] for r in rows])
    for _, b, _, _, _ in items:
        if b != "禾阳发布":  # a government account is not a news outlet (convention)
            rec.outlet(b, OUTLETS[b])
    finish(wb, "xlsx_ledger_02.xlsx", {"title": title, "organ": "禾阳县市场监督管理局", "doc_type": "登记表",
                                        "tables": [t]}, rec)

    # x3 two sheets: summary + detail
    rng = np.random.default_rng(4403)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    title = "禾阳县2023年打击侵权假冒工作情况汇总表"
    header = ["类别", "检查主体（户次）", "立案（件）", "结案（件）", "罚没款（万元）"]
    cats = ["商标侵权", "专利侵权", "假冒伪劣商品", "地理标志", "版权侵权"]
    rows = [[c, int(rng.integers(50, 400)), int(rng.integers(1, 15)), int(rng.integers(1, 12)),
             round(float(rng.uniform(1, 20)), 2)] for c in cats]
    tot = ["合计", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows),
           round(sum(r[4] for r in rows), 2)]
    leaves = _xlsx_sheet(ws, title, "制表：禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室    " + rec.date(2023, 12, 18),
                         header, rows, total=tot, widths=[16, 18, 12, 12, 16])
    t1 = tbl(leaves, [[_disp(v, None) for v in r] for r in rows])
    ws2 = wb.create_sheet("成员单位明细")
    header2 = ["序号", "成员单位", "牵头任务", "完成情况", "报送日期"]
    units = ["禾阳县市场监督管理局", "禾阳县公安局", "禾阳县文化广电新闻出版旅游局", "禾阳县农业农村局", "禾阳县商务局",
             "禾阳县人民检察院", "禾阳县人民法院"]
    tasks = ["商标、专利行政执法", "侵权假冒犯罪打击", "版权执法和软件正版化", "农资打假和品种权保护", "电子商务领域治理",
             "行刑衔接法律监督", "知识产权司法保护"]
    rows2 = [[k + 1, u, tasks[k], "已完成" if k != 4 else "基本完成", f"2023.12.{5 + k}"] for k, u in enumerate(units)]
    for k in range(len(units)):
        rec.date(2023, 12, 5 + k, "dot")
    leaves2 = _xlsx_sheet(ws2, "成员单位任务完成情况明细表", None, header2, rows2, widths=[6, 30, 24, 12, 14])
    t2 = tbl(leaves2, rows2)
    finish(wb, "xlsx_ledger_03.xlsx", {"title": title,
                                        "organ": "禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
                                        "doc_type": "汇总表", "tables": [t1, t2]}, rec)

    # x4 enterprise patents, two-row header, 小计 rows per town
    rng = np.random.default_rng(4404)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    title = "禾阳县重点企业2023年专利情况统计表"
    header = ["乡镇", "企业名称", ("专利申请（件）", ["发明", "实用新型", "外观设计"]), ("专利授权（件）", ["发明", "实用新型"])]
    rows_all, rows = [], []
    for town, firms in [("禾溪镇", FIRMS[0:3]), ("澄塘镇", FIRMS[3:5]), ("桐坪镇", FIRMS[5:8])]:
        grp = []
        for f in firms:
            grp.append([town, f] + [int(rng.integers(0, 9)) for _ in range(5)])
        rows.extend(grp)
        rows_all.extend(grp)
        rows_all.append(["小计", ""] + [sum(g[i] for g in grp) for i in range(2, 7)])
    tot = ["合计", ""] + [sum(r[i] for r in rows) for i in range(2, 7)]
    leaves = _xlsx_sheet(ws, title, "填报单位：禾阳县科学技术局    统计时间：" + rec.date(2023, 11, 30), header, rows_all,
                         total=tot, widths=[10, 34, 8, 10, 10, 8, 10])
    t = tbl(leaves, [[str(v) for v in r] for r in rows])
    finish(wb, "xlsx_ledger_04.xlsx", {"title": title, "organ": "禾阳县科学技术局", "doc_type": "统计表", "tables": [t]}, rec)

    # x5 GI users ledger
    rng = np.random.default_rng(4405)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "用标企业"
    title = "“澄塘绿茶”地理标志专用标志使用企业台账"
    header = ["序号", "使用人名称", "统一社会信用代码", "核准日期", "年用标数量（枚）", "监管责任所", "备注"]
    rows = []
    for k in range(7):
        d = DT(int(rng.integers(2020, 2024)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
        rows.append([k + 1, ["禾阳县澄塘茶业专业合作社", "禾阳县云雾山茶场", "江西澄塘春茶业有限公司", "禾阳县翠峰茶叶加工厂",
                             "禾阳县石湖乡高山茶种植专业合作社", "禾阳县溪源生态农业有限公司", "禾阳县桐坪茶叶有限公司"][k],
                     "9136" + "".join(str(int(x)) for x in rng.integers(0, 10, 12)) + "X" * (k % 2) + str(k) * (1 - k % 2),
                     d, int(rng.integers(2, 60)) * 1000, SUOS[k % 4], "" if k % 3 else "新增"])
    leaves = _xlsx_sheet(ws, title, None, header, rows, notes="注：本台账动态更新，新增企业在备注栏注明。",
                         widths=[6, 34, 24, 14, 14, 16, 8], date_fmt='yyyy"年"m"月"d"日"')
    t = tbl(leaves, [[_disp(v, cn_date(rec)) for v in r] for r in rows])
    finish(wb, "xlsx_ledger_05.xlsx", {"title": title, "doc_type": "台账", "tables": [t]}, rec)

    # x6 inspection records with string dates and cited docnos
    rng = np.random.default_rng(4406)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "检查记录"
    title = "禾阳县2023年知识产权执法检查记录台账"
    header = ["序号", "检查日期", "检查对象", "检查内容", "发现问题", "处理措施"]
    rows = []
    probs = ["未发现问题", "销售疑似侵权商品", "商标使用不规范", "专利标识不规范", "未发现问题", "无法提供进货凭证"]
    for k in range(9):
        m, d = 2 + k, int(rng.integers(1, 28))
        p = probs[k % len(probs)]
        meas = "—" if p == "未发现问题" else ("立案调查，" + rec.docno("禾市监立", 2023, 20 + k * 4, "sq") if "侵权" in p or "凭证" in p else "责令整改")
        rows.append([k + 1, rec.date(2023, m, d, "dot"), FIRMS[(k * 5) % len(FIRMS)], ["商标使用", "专利标识", "地理标志使用"][k % 3],
                     p, meas])
    leaves = _xlsx_sheet(ws, title, "填报单位：禾阳县市场监督管理局稽查大队", header, rows, widths=[6, 12, 34, 14, 20, 34])
    t = tbl(leaves, rows)
    finish(wb, "xlsx_ledger_06.xlsx", {"title": title, "organ": "禾阳县市场监督管理局稽查大队", "doc_type": "台账",
                                        "tables": [t]}, rec)

    # x7 training ledger with 合计 row of attendees
    rng = np.random.default_rng(4407)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "培训"
    title = "禾阳县2023年知识产权业务培训情况统计表"
    header = ["序号", "培训主题", "培训日期", "培训对象", "参训人数", "主办单位"]
    topics = ["商标侵权判断标准解读", "专利侵权纠纷行政裁决实务", "地理标志保护与运用", "电子商务领域知识产权保护",
              "企业商业秘密保护", "知识产权质押融资政策"]
    rows = []
    for k, tp in enumerate(topics):
        d = DT(2023, 3 + k * 2 - (k > 3), int(rng.integers(1, 28)))
        rows.append([k + 1, tp, d, ["执法人员", "企业负责人", "合作社成员", "电商经营者", "企业法务", "企业财务人员"][k],
                     int(rng.integers(20, 150)), ["禾阳县市场监督管理局", "吉安市市场监督管理局", "禾阳县科学技术局"][k % 3]])
    tot = ["合计", "", "", "", sum(r[4] for r in rows), ""]
    leaves = _xlsx_sheet(ws, title, None, header, rows, total=tot, widths=[6, 30, 14, 16, 10, 24],
                         date_fmt="yyyy/m/d")
    t = tbl(leaves, [[_disp(v, lambda v: rec.date(v.year, v.month, v.day, "slash")) for v in r] for r in rows])
    finish(wb, "xlsx_ledger_07.xlsx", {"title": title, "doc_type": "统计表", "tables": [t]}, rec)

    # x8 media register over two sheets (中央省级 / 市县级)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "中央及省级媒体"
    header = ["序号", "稿件标题", "媒体名称", "发布时间", "作者"]
    a = [("江西禾阳：茶油有了“身份证”", "人民网", DT(2023, 3, 2), "周晓梅"),
         ("禾阳县破获一起假冒注册商标案", "法治日报", DT(2023, 6, 19), "记者 万俊"),
         ("禾阳发布知识产权保护十大典型案例", "中国江西网", DT(2023, 4, 25), "袁丽"),
         ("地理标志点亮禾阳乡村振兴路", "江西广播电视台", DT(2023, 9, 8), "熊婷婷")]
    rows = [[k + 1, t_, m_, d_, au] for k, (t_, m_, d_, au) in enumerate(a)]
    leaves = _xlsx_sheet(ws, "禾阳县知识产权宣传报道台账（中央及省级媒体）", None, header, rows, widths=[6, 40, 18, 14, 14],
                         date_fmt='yyyy"年"m"月"d"日"')
    t1 = tbl(leaves, [[_disp(v, cn_date(rec)) for v in r] for r in rows])
    ws2 = wb.create_sheet("市县级媒体")
    b = [("禾阳开展“知识产权进万家”宣传", "吉安新闻网", DT(2023, 4, 24), "廖晓东"),
         ("知识产权宣传周：禾阳在行动", "今日禾阳", DT(2023, 4, 26), "甘露"),
         ("禾阳县市场监管局查处一起商标侵权案", "井冈山报", DT(2023, 8, 17), "记者 丁兰芳"),
         ("禾阳县召开知识产权联席会议", "禾阳县人民政府网", DT(2023, 5, 30), "县市场监管局")]
    rows2 = [[k + 1, t_, m_, d_, au] for k, (t_, m_, d_, au) in enumerate(b)]
    leaves2 = _xlsx_sheet(ws2, "禾阳县知识产权宣传报道台账（市县级媒体）", None, header, rows2, widths=[6, 40, 18, 14, 14],
                          date_fmt='yyyy"年"m"月"d"日"')
    t2 = tbl(leaves2, [[_disp(v, cn_date(rec)) for v in r] for r in rows2])
    for x in a + b:
        if x[1] in OUTLETS:
            rec.outlet(x[1], OUTLETS[x[1]])
    finish(wb, "xlsx_ledger_08.xlsx", {"title": "禾阳县知识产权宣传报道台账（中央及省级媒体）", "doc_type": "台账",
                                        "tables": [t1, t2]}, rec)

    # x9 trademark stats by town, header only one row, columns with 合计 column and row
    rng = np.random.default_rng(4409)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "商标"
    title = "禾阳县各乡镇有效注册商标统计表"
    header = ["乡镇", "2021年", "2022年", "2023年", "合计", "其中地理标志商标"]
    rows = []
    for tw in TOWNS:
        v = [int(rng.integers(5, 80)) for _ in range(3)]
        rows.append([tw] + v + [sum(v), int(rng.integers(0, 2))])
    tot = ["合计"] + [sum(r[i] for r in rows) for i in range(1, 6)]
    leaves = _xlsx_sheet(ws, title, "数据截至" + rec.date(2023, 10, 31) + "    单位：件", header, rows, total=tot,
                         widths=[12, 10, 10, 10, 10, 18])
    t = tbl(leaves, rows)
    finish(wb, "xlsx_ledger_09.xlsx", {"title": title, "doc_type": "统计表", "tables": [t]}, rec)

    # x10 penalty ledger with 文号 in several printed forms
    rng = np.random.default_rng(4410)
    rec = Rec()
    wb = Workbook()
    ws = wb.active
    ws.title = "行政处罚"
    title = "禾阳县知识产权领域行政处罚信息公示台账"
    header = ["序号", "行政处罚决定书文号", "违法行为类型", "当事人", "处罚内容", "作出决定日期"]
    rows = []
    styles = ["std", "sq", "paren", "std", "fsq", "std", "sq"]
    for k in range(7):
        no = rec.docno("禾市监处罚", 2023, 5 + k * 6, styles[k])
        d = DT(2023, 2 + k, int(rng.integers(1, 28)))
        rows.append([k + 1, no, ["商标侵权", "专利标识不规范", "假冒专利", "商标侵权", "地理标志侵权", "商标侵权", "商标侵权"][k],
                     FIRMS[(k * 3 + 1) % len(FIRMS)], f"没收侵权商品，罚款{int(rng.integers(2, 50)) * 1000}元", d])
    leaves = _xlsx_sheet(ws, title, "公示单位：禾阳县市场监督管理局", header, rows, widths=[6, 28, 16, 34, 30, 16],
                         date_fmt="yyyy-mm-dd")
    t = tbl(leaves, [[_disp(v, dash_date(rec)) for v in r] for r in rows])
    finish(wb, "xlsx_ledger_10.xlsx", {"title": title, "organ": "禾阳县市场监督管理局", "doc_type": "台账", "tables": [t]}, rec)


# ====================================================================== minutes and sign-in sheets (photos)

def make_minutes(out: Path):
    # printed 纪要 (three), record forms (two), notebook spread (one)
    printed = [
        dict(head="禾阳县知识产权保护工作联席会议纪要", issue="第2期", unit="禾阳县市场监督管理局",
             date=(2023, 6, 16), mdate=(2023, 6, 14), chair=("副县长", "刘建华"), place="县行政中心三楼会议室",
             attend="县市场监督管理局、县公安局、县文化广电新闻出版旅游局、县农业农村局、县商务局、县司法局、县人民法院、县人民检察院",
             topics=["关于2023年知识产权宣传周活动总结", "关于地理标志专用标志使用核查工作", "关于建立知识产权纠纷多元化解机制"]),
        dict(head="禾阳县打假办成员单位工作推进会会议纪要", issue="〔2023〕3号", unit="禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室",
             date=(2023, 9, 8), mdate=(2023, 9, 5), chair=("县市场监督管理局局长", "胡志强"), place="县市场监督管理局五楼会议室",
             attend="县打假办各成员单位分管负责同志", topics=["关于“铁拳”行动案件查办进展", "关于侵权假冒商品集中销毁",
                                                   "关于迎接全市知识产权保护工作检查考核"]),
        dict(head="禾阳县市场监督管理局局务会议纪要", issue="第15期", unit="禾阳县市场监督管理局办公室",
             date=(2023, 11, 3), mdate=(2023, 11, 2), chair=("局长", "胡志强"), place="局三楼会议室",
             attend="局领导班子成员，办公室、知识产权股、稽查大队负责人", topics=["关于专利侵权纠纷行政裁决案件办理",
                                                             "关于年度知识产权保护工作自评", "关于商标品牌指导站建设"]),
    ]
    for k, m in enumerate(printed):
        rng = np.random.default_rng(5400 + k)
        rec = Rec()
        sh = Sheet(s=1.3)
        L, R = 150, 1090
        y = 140
        sh.center(y, m["head"], 44 if len(m["head"]) < 16 else 38, "serifb", RED)
        y += 80
        if m["issue"].startswith("〔"):
            issue = m["issue"]
            rec.docno("禾打假办纪", 2023, 3)
            issue = "禾打假办纪" + m["issue"]
        else:
            issue = m["issue"]
        sh.center(y, issue, 24, "serif")
        y += 46
        sh.text(L, y, m["unit"], 22, "serif")
        sh.right(R, y, rec.date(*m["date"]), 22, "serif")
        y += 40
        sh.line(L, y, R, y, RED, 3)
        y += 40
        dd = rec.date(*m["mdate"])
        body = (f"{dd}上午，{m['chair'][0]}{m['chair'][1]}在{m['place']}主持召开会议，"
                f"研究知识产权保护有关工作。{m['attend']}参加会议。现将会议议定事项纪要如下：")
        y = sh.para(L, y, R - L, body, 23, "serif")
        texts = ["会议认为，各成员单位认真履职，工作取得明显成效。会议要求，于" + rec.date(m["date"][0], m["date"][1] + 1, 10)
                 + "前报送相关材料。",
                 "会议明确由县市场监督管理局牵头，相关单位配合，按时间节点推进落实。",
                 "会议强调，要对照考核细则逐项查漏补缺，确保资料齐全、数据准确。"]
        for i, t in enumerate(m["topics"]):
            y = sh.para(L, y + 6, R - L, ["一", "二", "三"][i] + "、" + t, 23, "serifb")
            y = sh.para(L, y, R - L, texts[i], 23, "serif")
        y += 20
        y = sh.para(L, y, R - L, "出席：" + "、".join(PEOPLE[(k * 4 + j) % 40] for j in range(6)), 22, "serif", indent=0)
        sh.para(L, y, R - L, "记录：" + PEOPLE[(k * 7 + 20) % 40], 22, "serif", indent=0)
        tilt = [6.0, -8.5, 11.0][k]
        im = photo(sh.img, rng, tilt=tilt, persp=0.05, shadow=0.3, curl=0.015, out_long=2300)
        name = f"photo_minutes_{k + 1:02d}.jpg"
        save_jpg(im, out / name, 87)
        put(name, {"kind": "photo", "format": "jpg", "pages": 1, "title": m["head"], "organ": m["unit"],
                   "doc_type": "纪要",
                   "meetings": [{"date": "{:04d}-{:02d}-{:02d}".format(*m["mdate"]), "title": m["head"], "chair": m["chair"][1],
                                 "topics": m["topics"]}]}, rec)

    # record forms
    forms = [
        dict(unit="禾阳县市场监督管理局", name="知识产权保护工作专题会议", d=(2023, 5, 23), place="局三楼会议室",
             chair="胡志强", rec_by="温立新", attend="胡志强 周晓梅 曾国平 温立新 罗春燕 钟伟",
             topics=["部署地理标志保护专项行动", "讨论商标侵权案件移送问题", "安排知识产权宣传进市场"]),
        dict(unit="禾阳县文化广电新闻出版旅游局", name="版权保护工作会议", d=(2023, 8, 29), place="局二楼小会议室",
             chair="彭丽娟", rec_by="聂秋云", attend="彭丽娟 聂秋云 黄小军 邓敏 孙艳",
             topics=["软件正版化检查安排", "剑网2023专项行动推进", "版权示范单位申报"]),
    ]
    for k, f in enumerate(forms):
        rng = np.random.default_rng(5500 + k)
        rec = Rec()
        sh = Sheet(s=1.3)
        L, R = 130, 1110
        sh.center(120, f["unit"] + "会议记录", 40, "serifb")
        y = 200
        ds = rec.date(*f["d"])
        labels = [("会议名称", f["name"]), ("会议时间", ds + ("上午" if k == 0 else "下午")), ("会议地点", f["place"]),
                  ("主 持 人", f["chair"]), ("记 录 人", f["rec_by"]), ("参加人员", f["attend"])]
        for lab, val in labels:
            sh.rect(L, y, R, y + 70, outline=(30, 30, 30), width=1.5)
            sh.line(L + 200, y, L + 200, y + 70, width=1.5)
            sh.text(L + 30, y + 22, lab, 26, "serif")
            sh.hand(L + 230, y + 18, val, 30, rng)
            y += 70
        sh.rect(L, y, R, y + 300, outline=(30, 30, 30), width=1.5)
        sh.line(L + 200, y, L + 200, y + 300, width=1.5)
        sh.text(L + 30, y + 130, "会议议题", 26, "serif")
        for i, t in enumerate(f["topics"]):
            sh.hand(L + 230, y + 30 + i * 80, f"{i + 1}、{t}", 30, rng)
        y += 300
        sh.rect(L, y, R, 1650, outline=(30, 30, 30), width=1.5)
        sh.line(L + 200, y, L + 200, 1650, width=1.5)
        sh.text(L + 30, y + 200, "会议内容", 26, "serif")
        lines = [f"{f['chair']}：首先传达上级有关文件精神，", "各股室结合职责汇报近期工作进展，", "对下一步工作作了具体部署，",
                 "要求按时报送工作情况。"]
        for i, t in enumerate(lines):
            sh.hand(L + 230, y + 40 + i * 75, t, 28, rng)
        tilt = [-6.0, 9.5][k]
        im = photo(sh.img, rng, tilt=tilt, persp=0.07, shadow=0.4, curl=0.02, out_long=2300, desk=(150, 150, 155))
        name = f"photo_minutes_{k + 4:02d}.jpg"
        save_jpg(im, out / name, 87)
        put(name, {"kind": "photo", "format": "jpg", "pages": 1, "title": f["unit"] + "会议记录", "organ": f["unit"],
                   "doc_type": "会议记录",
                   "meetings": [{"date": "{:04d}-{:02d}-{:02d}".format(*f["d"]), "title": f["name"], "chair": f["chair"],
                                 "topics": f["topics"]}]}, rec)

    # notebook spread: two facing ruled pages, handwritten
    rng = np.random.default_rng(5600)
    rec = Rec()
    W, H = 900, 1250
    spread = Sheet(W * 2 + 40, H, s=1.0, bg=(246, 244, 236))
    for px in (0, W + 40):
        for ly in range(150, H - 60, 56):
            spread.line(px + 60, ly, px + W - 40, ly, fill=(150, 180, 210), width=1.2)
        spread.line(px + 110, 60, px + 110, H - 40, fill=(220, 140, 140), width=1.2)
    spread.rect(W, 0, W + 40, H, fill=(200, 198, 190))
    left = ["禾阳县知识产权纠纷调解工作推进会", "时间：" + rec.date(2023, 10, 24) + " 下午3:00", "地点：县司法局调解中心",
            "主持：康志刚", "参加：谢芳 严宏亮 邹雪琴 龙涛 胡斌", "议题：", "一、商标纠纷调解案件情况通报", "二、调解员队伍建设",
            "三、与法院诉调对接"]
    right = ["康志刚：今年以来共受理纠纷12件，", "调解成功9件。", "谢芳：建议增加专利领域调解员，", "邀请律师参与。",
             "严宏亮：诉调对接流程需细化，", "11月底前形成意见。", "记录：邹雪琴"]
    for i, t in enumerate(left):
        spread.hand(130 if i != 0 else 170, 110 + i * 56 if i else 95, t, 34 if i == 0 else 30, rng)
    for i, t in enumerate(right):
        spread.hand(W + 40 + 130, 110 + i * 56 + 56, t, 30, rng)
    im = photo(spread.img, rng, tilt=7.0, persp=0.06, shadow=0.35, curl=0.03, out_long=2600, desk=(90, 70, 55))
    name = "photo_minutes_06.jpg"
    save_jpg(im, out / name, 87)
    put(name, {"kind": "photo", "format": "jpg", "pages": 1, "title": "禾阳县知识产权纠纷调解工作推进会", "doc_type": "会议记录",
               "meetings": [{"date": "2023-10-24", "title": "禾阳县知识产权纠纷调解工作推进会", "chair": "康志刚",
                             "topics": ["商标纠纷调解案件情况通报", "调解员队伍建设", "与法院诉调对接"]}]}, rec)


def make_signin(out: Path):
    sheets = [
        dict(title="禾阳县2023年知识产权宣传周启动仪式签到表", when=(2023, 4, 20), place="县城中心广场", n=11, total_rows=15,
             header=["序号", "姓名", "单位", "职务", "联系电话"]),
        dict(title="商标品牌培育培训班签到表", when=(2023, 7, 12), place="县行政中心三楼会议室", n=8, total_rows=12,
             header=["序号", "单位", "姓名", "联系电话", "签名"]),
        dict(title="禾阳县知识产权保护工作联席会议签到表", when=(2023, 6, 14), place="县行政中心三楼会议室", n=9, total_rows=14,
             header=["序号", "单位", "姓名", "职务"]),
    ]
    posts = ["科员", "股长", "副局长", "所长", "主任", "干事", "队长", "副主任"]
    for k, sp in enumerate(sheets):
        rng = np.random.default_rng(5700 + k)
        rec = Rec()
        sh = Sheet(s=1.3)
        L, R = 110, 1130
        sh.center(120, sp["title"], 36, "serifb")
        sh.text(L, 200, "时间：" + rec.date(*sp["when"]) + ["上午9:00", "下午2:30", "上午9:30"][k], 24, "serif")
        sh.right(R, 200, "地点：" + sp["place"], 24, "serif")
        hdr = sp["header"]
        widths = {"序号": 80, "姓名": 180, "单位": 330, "职务": 150, "联系电话": 250, "签名": 200}
        wl = [widths[h] for h in hdr]
        sc = (R - L) / sum(wl)
        wl = [w * sc for w in wl]
        names = []
        rows = []
        for i in range(sp["n"]):
            nm = PEOPLE[(i * 3 + k * 11) % 40]
            names.append(nm)
            unit = UNITS[(i + k * 5) % len(UNITS)]
            vals = {"序号": str(i + 1), "姓名": nm, "单位": unit, "职务": posts[(i + k) % len(posts)],
                    "联系电话": f"138 0000 {int(rng.integers(1000, 9999))}", "签名": nm}
            rows.append([vals[h] for h in hdr])
        blank = [[str(i + 1)] + [""] * (len(hdr) - 1) for i in range(sp["n"], sp["total_rows"])]
        hand_cols = tuple(i for i, h in enumerate(hdr) if h != "序号")
        draw_table(sh, L, 250, wl, [[(h, 1, 1) for h in hdr]], rows + blank, size=24, ruled=True, hand_cols=hand_cols,
                   rng=rng, pad=14)
        tilt = [-4.0, 6.0, 2.5][k]
        im = photo(sh.img, rng, tilt=tilt, persp=0.06, shadow=0.35, curl=0.02, out_long=2300,
                   desk=[(118, 96, 74), (160, 160, 160), (70, 90, 80)][k])
        name = f"photo_signin_{k + 1:02d}.jpg"
        save_jpg(im, out / name, 87)
        put(name, {"kind": "photo", "format": "jpg", "pages": 1, "title": sp["title"], "doc_type": "签到表",
                   "tables": [tbl(hdr, rows)], "attendance": {"count": len(names), "names": names}}, rec)


# ====================================================================== news screenshots

def story(n: int, rec: Rec, ystyle="md"):
    """Headline and body paragraphs of news story n; dates go through rec."""
    D = lambda m, d: rec.date(2023, m, d, ystyle)  # noqa: E731
    if n == 1:
        return "禾阳县启动2023年知识产权宣传周活动", [
            D(4, 20) + "，禾阳县2023年知识产权宣传周活动在县城中心广场启动。活动以“加强知识产权法治保障，有力支持全面创新”为主题，"
            "县市场监督管理局、县公安局、县文化广电新闻出版旅游局等12家单位设立咨询台，现场解答群众咨询300余人次。",
            "启动仪式上，县领导为5家“商标品牌指导站”授牌，并发布了2022年度全县知识产权保护十大典型案例。",
            "据了解，宣传周期间，禾阳县将陆续开展知识产权进企业、进校园、进市场等系列活动，持续至" + D(4, 26) + "。"]
    if n == 2:
        return "禾阳查获一批假冒注册商标白酒", [
            "近日，禾阳县市场监督管理局联合县公安局，在枧头镇一处民房内查获假冒某知名品牌白酒620余瓶，现场扣押灌装设备2套、"
            "包装盒1100余个，案值约18万元。",
            "据办案人员介绍，" + D(6, 7) + "，执法人员根据群众举报线索开展检查，当场发现当事人正在灌装散装白酒。目前，该案已移送公安机关进一步侦办。",
            "县市场监督管理局提醒广大消费者，购买酒类商品要选择正规渠道，发现假冒商品可拨打12315举报。"]
    if n == 3:
        return "澄塘绿茶：一片地标茶叶富了一方茶农", [
            "初夏时节，禾阳县澄塘镇万亩茶园一片翠绿。自“澄塘绿茶”获批国家地理标志保护产品以来，当地茶叶均价每斤提高了40余元。",
            "“以前卖散茶，价格上不去；贴上地理标志专用标志后，订单多了，价格也稳了。”禾阳县澄塘茶业专业合作社负责人罗春燕说。",
            "截至" + D(5, 31) + "，全县共有17家企业获准使用地理标志专用标志，带动茶农3200余户，户均增收5600元。"]
    if n == 4:
        return "禾阳作出首份专利侵权纠纷行政裁决书", [
            D(8, 15) + "，禾阳县市场监督管理局对一起涉及“竹木家具连接件”实用新型专利的侵权纠纷作出行政裁决，认定被请求人构成侵权，"
            "责令其立即停止制造、销售侵权产品。这是该县作出的首份专利侵权纠纷行政裁决书。",
            "该案于" + D(6, 28) + "受理，办案人员在市知识产权保护中心技术支持下，经口头审理，仅用48天即审结。",
            "下一步，禾阳县将推广简易程序，进一步降低企业维权成本。"]
    if n == 5:
        return "禾阳集中销毁侵权假冒伪劣商品2.3吨", [
            D(4, 26) + "，禾阳县在县生活垃圾焚烧发电厂集中销毁一批侵权假冒伪劣商品，共计2.3吨，货值约46万元。",
            "此次销毁的商品包括假冒白酒、侵权运动鞋、假冒化肥、侵权儿童玩具等11类，均来自近两年全县查办的侵权假冒案件。",
            "县打假办负责人表示，将始终保持打击侵权假冒高压态势，切实维护公平竞争的市场秩序。"]
    if n == 6:
        return "小站点撬动大品牌 禾阳建成商标品牌指导站8家", [
            "“指导站帮我们把商标注册、续展和维权一条龙办好了。”" + D(7, 11) + "，在禾阳县工业园区商标品牌指导站，江西禾丰米业有限公司负责人说。",
            "今年以来，禾阳县依托市场监管所、园区管委会和行业协会建成商标品牌指导站8家，累计为企业提供咨询服务460余次，"
            "指导新申请注册商标152件。",
            "下一步，该县将推动指导站向乡镇延伸，力争年底前实现重点乡镇全覆盖。"]
    if n == 7:
        return "禾阳县成立知识产权纠纷人民调解委员会", [
            D(10, 13) + "，禾阳县知识产权纠纷人民调解委员会揭牌成立，首批聘任调解员9名，涵盖律师、专利代理师和行业专家。",
            "该委员会设在县司法局调解中心，与县人民法院建立诉调对接机制，当事人可通过线上线下多种渠道申请调解。",
            "成立当天，调解委员会成功调解一起商标使用纠纷，双方当场签订调解协议。"]
    if n == 8:
        return "禾阳县开展软件正版化工作督查", [
            D(9, 11) + "至" + rec.date(2023, 9, 22, "d") + "，禾阳县版权局组织督查组，对县直32家单位软件正版化工作进行督查。",
            "督查组采取听取汇报、查阅资料、现场抽查计算机等方式，共抽查计算机286台，正版软件安装率达99.3%。",
            "对发现的个别问题，督查组已当场反馈并要求限期整改。"]
    raise ValueError(n)


class Screen:
    """A tall canvas for a web or phone screenshot; blocks are laid out top to bottom."""

    def __init__(self, w, body_size, maxh=6000, bg=(255, 255, 255)):
        self.sh = Sheet(w, maxh, 1.0, bg)
        self.w = w
        self.y = 0
        self.bs = body_size

    def bar(self, h, fill, text="", size=None, fg=(255, 255, 255), x=None, kind="sansb", right=None):
        self.sh.rect(0, self.y, self.w, self.y + h, fill=fill)
        size = size or self.bs
        if text:
            if x is None:
                self.sh.center(self.y + (h - size) / 2 - size * 0.1, text, size, kind, fg)
            else:
                self.sh.text(x, self.y + (h - size) / 2 - size * 0.1, text, size, kind, fg)
        if right:
            self.sh.right(self.w - 30, self.y + (h - size * 0.8) / 2, right, size * 0.8, "sans", fg)
        self.y += h

    def text(self, x, t, size, kind="sans", fill=(30, 30, 30), width=None, gap=1.6, indent=0):
        self.y = self.sh.para(x, self.y, width or (self.w - 2 * x), t, size, kind, indent=indent, gap=gap, fill=fill)

    def space(self, h):
        self.y += h

    def rule(self, x0, x1, fill=(220, 220, 220)):
        self.sh.line(x0, self.y, x1, self.y, fill=fill, width=1.5)

    def picture(self, x, w, h, rng, caption=None, size=None):
        a = rng.integers(90, 170, size=(max(2, h // 40), max(2, w // 40), 3)).astype(np.uint8)
        from PIL import Image
        pic = Image.fromarray(a).resize((int(w), int(h)), Image.BICUBIC)
        self.sh.img.paste(pic, (int(x), int(self.y)))
        self.y += h + 10
        if caption:
            self.text(x, caption, size or self.bs * 0.8, "sans", (110, 110, 110), width=w)

    def crop(self, pad=40):
        return self.sh.img.crop((0, 0, self.w, int(self.y + pad)))


def _side(sh: Sheet, x, y, w, title, items, size=20, accent=(190, 20, 20)):
    sh.rect(x, y, x + w, y + 44, fill=(245, 245, 245))
    sh.rect(x, y, x + 6, y + 44, fill=accent)
    sh.text(x + 18, y + 8, title, size + 2, "sansb", (40, 40, 40))
    y += 60
    for it in items:
        y = sh.para(x + 10, y, w - 20, "· " + it, size, "sans", indent=0, gap=1.5, fill=(60, 60, 60)) + 8
    return y


def web_page(rec, rng, brand, brand_color, crumbs, n_story, meta_lines, side_title, side_items, editor,
             footer, extra_top=None, lead=None, orig_title=None, tail=None):
    W = 1440
    sc = Screen(W, 22)
    sc.bar(34, (240, 240, 240), "网站首页 | 移动版 | 无障碍浏览", 15, (90, 90, 90), x=40, kind="sans")
    sc.bar(120, brand_color, brand, 50, x=60)
    sc.bar(52, tuple(max(0, c - 40) for c in brand_color), "首页    时政    要闻    县域    民生    法治    专题    视频", 22,
           x=60, kind="sans")
    sc.space(24)
    sc.text(60, crumbs, 17, "sans", (120, 120, 120))
    sc.space(16)
    main_x, main_w = 60, 930
    top = sc.y
    title, paras = story(n_story, rec)
    if extra_top:
        sc.text(main_x, extra_top, 20, "sans", (120, 120, 120), width=main_w)
    sc.text(main_x, title, 38, "sansb", (20, 20, 20), width=main_w, gap=1.35)
    sc.space(12)
    for m in meta_lines:
        sc.text(main_x, m, 18, "sans", (120, 120, 120), width=main_w)
    sc.space(6)
    sc.rule(main_x, main_x + main_w)
    sc.space(26)
    if lead:
        sc.text(main_x, lead, 22, "sans", width=main_w, gap=1.8, indent=2)
        sc.space(10)
    for i, p in enumerate(paras):
        sc.text(main_x, p, 22, "sans", width=main_w, gap=1.8, indent=2)
        sc.space(14)
        if i == 0:
            sc.picture(main_x + 130, 660, 360, rng, "活动现场。（资料图）", 18)
            sc.space(10)
    if orig_title:
        sc.text(main_x, orig_title, 18, "sans", (100, 100, 100), width=main_w)
    if tail:
        sc.text(main_x, tail, 18, "sans", (100, 100, 100), width=main_w)
    sc.text(main_x, "【责任编辑：" + editor + "】", 18, "sans", (100, 100, 100), width=main_w)
    sc.space(8)
    sc.text(main_x, "分享到：  微信   微博   QQ空间   复制链接", 18, "sans", (140, 140, 140), width=main_w)
    bottom = sc.y
    side_y = _side(sc.sh, 1040, top, 340, side_title, side_items, 19, brand_color)
    sc.y = max(bottom, side_y) + 40
    sc.bar(110, (60, 60, 66), "", 16)
    sc.sh.center(sc.y - 92, footer, 16, "sans", (210, 210, 210))
    sc.sh.center(sc.y - 60, "赣ICP备2023000000号-1    未经授权禁止转载", 16, "sans", (170, 170, 170))
    return sc.crop(0), title


def phone_page(rec, rng, top_label, n_story, head_lines, tail_lines, recommend, accent=(7, 193, 96), subtitle=None,
               bottom_bar="阅读 2.1万    赞 356    在看 88", status="9:41"):
    W = 1080
    sc = Screen(W, 44)
    sc.bar(90, (246, 246, 246), "", 34)
    sc.sh.text(40, 24, status, 34, "sansb", (20, 20, 20))
    sc.sh.right(1040, 26, "5G 86%", 30, "sans", (20, 20, 20))
    sc.bar(120, (246, 246, 246), top_label, 38, (20, 20, 20), kind="sans")
    sc.space(40)
    title, paras = story(n_story, rec)
    sc.text(50, title, 60, "sansb", (20, 20, 20), gap=1.4)
    sc.space(20)
    if subtitle:
        sc.text(50, subtitle, 40, "sans", (90, 90, 90))
    for h in head_lines:
        sc.text(50, h, 36, "sans", (130, 130, 130), gap=1.5)
    sc.space(30)
    for i, p in enumerate(paras):
        sc.text(50, p, 44, "sans", (40, 40, 40), gap=1.75)
        sc.space(30)
        if i == 0:
            sc.picture(50, 980, 560, rng)
    for t in tail_lines:
        sc.text(50, t, 36, "sans", (130, 130, 130), gap=1.5)
    sc.space(20)
    sc.text(50, bottom_bar, 34, "sans", (150, 150, 150))
    sc.space(30)
    if recommend:
        sc.bar(16, (240, 240, 240))
        sc.space(30)
        sc.text(50, recommend[0], 40, "sansb", accent)
        sc.space(10)
        for it in recommend[1:]:
            sc.text(50, it, 38, "sans", (50, 50, 50), gap=1.45)
            sc.space(16)
    return sc.crop(60), title


def paper_page(rec, rng, paper, paper_level_color, date_t, edition, n_story, byline, others, other_titles,
               extra=None, full_page=False):
    W = 1500 if not full_page else 1600
    sc = Screen(W, 22)
    sc.bar(100, paper_level_color, paper + "数字报", 46, x=50)
    sc.bar(48, (250, 240, 240), f"{date_t}    {edition}    上一版  下一版    往期回顾", 20, (100, 60, 60), x=50,
           kind="sans")
    sc.space(20)
    title, paras = story(n_story, rec, "md")
    if not full_page:
        top = sc.y
        # left: small page thumbnail; centre: article
        sc.sh.rect(40, top, 360, top + 470, outline=(180, 180, 180))
        for k in range(9):
            sc.sh.rect(55, top + 20 + k * 50, 345, top + 55 + k * 50, fill=(225, 225, 225))
        _side(sc.sh, 40, top + 500, 320, "本版标题导航", other_titles, 18, paper_level_color)
        x, w = 400, 1040
        sc.y = top
        sc.text(x, title, 40, "serifb", (20, 20, 20), width=w, gap=1.35)
        sc.space(14)
        sc.text(x, byline, 20, "serif", (80, 80, 80), width=w)
        sc.space(16)
        for p in paras:
            sc.text(x, p, 22, "serif", width=w, gap=1.8, indent=2)
            sc.space(10)
        if extra:
            sc.text(x, extra, 20, "serif", (80, 80, 80), width=w)
        sc.space(30)
        sc.text(x, "相关文章：" + "；".join(others), 18, "sans", (60, 90, 150), width=w)
        sc.y = max(sc.y, top + 1100)
        return sc.crop(40), title
    # full 版面: lead article across the top, other articles in columns below
    sc.space(10)
    sc.text(60, title, 56, "serifb", (20, 20, 20), width=W - 120, gap=1.3)
    sc.space(10)
    sc.text(60, byline, 22, "serif", (80, 80, 80))
    sc.space(10)
    colw = (W - 120 - 60) / 3
    top = sc.y
    allp = "".join(paras)
    chars = wrap(sc.sh.f("serif", 22), allp, (colw - 10))
    per = (len(chars) + 2) // 3
    for c in range(3):
        yy = top
        for ln in chars[c * per:(c + 1) * per]:
            sc.sh.text(60 + c * (colw + 30), yy, ln, 22, "serif")
            yy += 38
        sc.y = max(sc.y, yy)
    sc.space(20)
    sc.rule(60, W - 60, (60, 60, 60))
    sc.space(20)
    top = sc.y
    for c, (ot, ob) in enumerate(others):
        sc.y = top
        sc.text(60 + c * (colw + 30), ot, 30, "serifb", width=colw)
        sc.space(6)
        sc.text(60 + c * (colw + 30), ob, 20, "serif", width=colw, gap=1.7, indent=2)
    sc.space(40)
    return sc.crop(30), title


def make_screens(out: Path):
    O = OUTLETS  # noqa: E741
    specs = []

    def add(fn, fmt="png"):
        specs.append((fn, fmt))

    def s01(rec, rng):
        src = rec.outlet("井冈山报", O["井冈山报"])
        rec.outlet("禾阳新闻网", O["禾阳新闻网"])
        return web_page(rec, rng, "禾阳新闻网", (176, 28, 30), "当前位置：首页 > 禾阳要闻 > 正文", 1,
                        [f"来源：{src}    作者：记者 丁兰芳  通讯员 温立新    发布时间：{rec.date(2023, 4, 21, 'dash')} 08:35"],
                        "热点排行", ["吉安：春耕备耕正当时（吉安新闻网）", "全省市场监管工作会议召开（江西日报）",
                                   "国家知识产权局发布2022年知识产权统计数据（人民网）", "禾阳县举行重点项目集中开工仪式"],
                        "甘露", "版权所有：禾阳新闻网    地址：禾阳县人民路88号    电话：0796-8620000")

    def s02(rec, rng):
        rec.outlet("中国江西网", O["中国江西网"])
        src = rec.outlet("江西日报", O["江西日报"])
        return web_page(rec, rng, "中国江西网", (18, 80, 160), "首页 > 新闻中心 > 江西新闻", 3,
                        [f"{rec.date(2023, 6, 2, 'dash')} 07:12    来源：{src}    作者：朱建军 记者 孙艳"],
                        "推荐阅读", ["地理标志助力乡村振兴（新华网）", "赣南脐橙品牌价值再创新高", "广告：夏季空调特惠 低至五折"],
                        "邓敏", "中国江西网版权所有    江西日报社主管")

    def s03(rec, rng):
        rec.outlet("吉安新闻网", O["吉安新闻网"])
        src = rec.outlet("禾阳县融媒体中心", O["禾阳县融媒体中心"])
        return web_page(rec, rng, "吉安新闻网", (200, 40, 40), "您的位置：吉安新闻网 > 县区新闻", 5,
                        [f"信息来源：{src}  |  发布日期：{rec.date(2023, 4, 27, 'cn')}  |  浏览：1862次"],
                        "县区动态", ["永丰县召开安全生产会议", "泰和县乌鸡产业发展大会举行", "禾阳县新增规上企业6家"],
                        "钟伟", "吉安新闻网 版权所有")

    def s04(rec, rng):
        src = rec.outlet("中国质量报", O["中国质量报"])
        return web_page(rec, rng, "禾阳县人民政府网", (190, 30, 30), "首页 > 政务公开 > 部门动态", 2,
                        [f"发布时间：{rec.date(2023, 6, 13, 'dash')}   文章来源：禾阳县市场监督管理局   字号：大 中 小",
                         f"转载自：{src}"],
                        "部门动态", ["县农业农村局开展农资打假", "县商务局召开电商企业座谈会", "县市场监督管理局开展计量检定"],
                        "县政府办信息科", "主办：禾阳县人民政府办公室    承办：禾阳县大数据中心")

    def s05(rec, rng):
        rec.outlet("人民网", O["人民网"])
        d = rec.date(2023, 10, 16, "md")
        return web_page(rec, rng, "人民网 江西频道", (196, 0, 0), "人民网 >> 江西频道 >> 地方动态", 7,
                        [f"{rec.date(2023, 10, 16, 'cn')}09:18  来源：人民网-江西频道"],
                        "频道精选", ["南昌地铁4号线全线贯通（江西新闻客户端）", "瓷都景德镇文化旅游季开幕", "江西发布今年第三批典型案例"],
                        "欧阳志远", "人民日报社概况 | 关于人民网 | 网站声明",
                        lead=f"人民网南昌{d}电（记者 万俊）", orig_title="原标题：禾阳：调解委员会为知识产权纠纷化解“提速”")

    def s06(rec, rng):
        m = rec.outlet("今日禾阳", O["今日禾阳"])
        return phone_page(rec, rng, "今日禾阳", 1,
                          [f"原创  {m}  {rec.date(2023, 4, 20, 'cn')} 18:02  江西"],
                          ["来源：今日禾阳综合县市场监督管理局、县委宣传部", "编辑：袁丽  审核：赖春生"],
                          ["推荐阅读", "禾阳发布 | 县委常委会召开会议", "江西日报：全省知识产权工作综述", "吉安市场监管 | 一图读懂商标注册"])

    def s07(rec, rng):
        src = rec.outlet("江西日报", O["江西日报"])
        return phone_page(rec, rng, "禾阳发布", 3,
                          [f"禾阳发布  {rec.date(2023, 6, 2, 'cn')} 12:30"],
                          [f"转载自：{src}（" + rec.date(2023, 6, 2, "dot0") + " 第6版）", "记者：孙艳", "编辑：熊婷婷"],
                          ["往期回顾", "禾阳县召开2023年优化营商环境大会", "人民网｜禾阳：产业园区吸引外出人员返乡"],
                          status="12:41")

    def s08(rec, rng):
        src = rec.outlet("中国市场监管报", O["中国市场监管报"])
        return phone_page(rec, rng, "吉安市场监管", 4,
                          [f"吉安市场监管  {rec.date(2023, 8, 24, 'dash')}  发表于江西"],
                          [f"来源：{src}", "文字：龙涛  编辑：李慧"],
                          ["相关阅读", "新华社：国家知识产权局部署专利侵权纠纷行政裁决工作", "市局召开商标品牌建设推进会"],
                          status="15:08")

    def s09(rec, rng):
        rec.outlet("井冈山报", O["井冈山报"])
        return phone_page(rec, rng, "井冈山报", 6,
                          [f"原创  井冈山报  {rec.date(2023, 7, 13, 'cn')} 07:30  江西"],
                          ["来源：井冈山报全媒体记者 丁兰芳  通讯员 罗春燕", "原标题：《禾阳：商标品牌指导站“小站点”发挥大作用》",
                           "编辑：杨帆"],
                          ["推荐阅读", "吉安：井冈蜜柚品牌价值再提升", "广告 | 吉安楼盘限时优惠"])

    def s10(rec, rng):
        m = rec.outlet("江西新闻客户端", O["江西新闻客户端"])
        return phone_page(rec, rng, "今日头条", 2,
                          [f"{m}  ·  头条号", f"{rec.date(2023, 6, 9, 'dash')} 11:46 · 江西新闻客户端官方账号"],
                          ["记者 温立新 报道", "分享到：微信  朋友圈  微博"],
                          ["相关推荐", "这种白酒千万别买！已被查处（某生活号）", "广告 · 夏季家电以旧换新"], accent=(240, 60, 60),
                          bottom_bar="评论 128   收藏   点赞 2360", status="11:52")

    def s11(rec, rng):
        m = rec.outlet("今日禾阳", O["今日禾阳"])
        return phone_page(rec, rng, "澎湃新闻", 8,
                          [f"澎湃号 · 媒体  >  {m}", f"{rec.date(2023, 9, 25, 'dash')} 16:22  来源：澎湃新闻·澎湃号·媒体"],
                          ["本文来自澎湃号，代表作者观点，澎湃新闻仅提供信息发布平台。", "分享到：微信 微博 复制链接"],
                          ["推荐", "澎湃新闻｜全国软件正版化工作持续推进", "广告 · 正版办公软件限时特惠"], accent=(30, 30, 30),
                          bottom_bar="举报    评论 12", status="16:40")

    def s12(rec, rng):
        rec.outlet("学习强国", O["学习强国"])
        src = rec.outlet("井冈山报", O["井冈山报"])
        return phone_page(rec, rng, "学习强国", 5,
                          [f"吉安学习平台  {rec.date(2023, 4, 28, 'dash')}", f"来源：{src}"],
                          ["作者：丁兰芳", "责任编辑：赖春生", "本文为学习强国平台投稿"],
                          ["热点推荐", "江西日报：全省打击侵权假冒工作成效明显", "吉安：井冈山红色旅游持续升温"],
                          accent=(200, 30, 30), bottom_bar="观点 · 收藏 · 分享", status="08:15")

    def s13(rec, rng):
        rec.outlet("江西新闻客户端", O["江西新闻客户端"])
        src = rec.outlet("大江网", O["大江网"])
        return phone_page(rec, rng, "江西新闻", 7,
                          [f"江西新闻客户端  记者 简文华  通讯员 严宏亮  {rec.date(2023, 10, 14, 'dash')} 10:05"],
                          [f"据{src}消息整理", "编辑：晏子龙    校对：付小英"],
                          ["更多新闻", "南昌：知识产权保护中心通过验收", "抚州：创新举措优化营商环境"], accent=(30, 90, 180),
                          status="10:18")

    def s14(rec, rng):
        rec.outlet("新华社", O["新华社"])
        d = rec.date(2023, 5, 30, "md")
        return phone_page(rec, rng, "新华社", 3,
                          [f"新华社客户端  {rec.date(2023, 5, 30, 'cn')}"],
                          [f"新华社南昌{d}电（记者 葛强）", "【纠错】  责任编辑：蔡国庆"],
                          ["延伸阅读", "人民日报：让地理标志成为乡村振兴“金名片”", "光明网评论：保护地理标志就是保护特色产业"],
                          accent=(196, 20, 20), status="20:03")

    def s15(rec, rng):
        p = rec.outlet("井冈山报", O["井冈山报"])
        dt = rec.date(2023, 6, 10, "cn")
        return paper_page(rec, rng, p, (160, 20, 20), dt, "第03版：综合新闻", 2,
                          "本报讯（记者 丁兰芳 通讯员 温立新）",
                          ["吉州区开展食品安全检查", "安福县举办乡村振兴培训"],
                          ["禾阳查获一批假冒注册商标白酒", "吉州区开展食品安全检查", "安福县举办乡村振兴培训", "图片新闻"])

    def s16(rec, rng):
        p = rec.outlet("江西日报", O["江西日报"])
        dt = rec.date(2023, 6, 2, "cn")
        return paper_page(rec, rng, p, (180, 20, 20), dt, "第6版：乡村振兴", 3, "本报记者 孙艳  通讯员 罗春燕",
                          [("赣州脐橙进入科技管护期", "新华社南昌" + rec.date(2023, 6, 1, "md") + "电，今年以来赣州市大力推广脐橙科学管护技术……"),
                           ("鹰潭举办农技培训", "近日，鹰潭市举办高素质农民培训班，120余名学员参训……"),
                           ("上饶茶企抱团闯市场", "上饶市组建茶产业联盟，推动茶企抱团发展……")],
                          [], full_page=True)

    def s17(rec, rng):
        p = rec.outlet("中国知识产权报", O["中国知识产权报"])
        src = rec.outlet("江西法制报", O["江西法制报"])
        dt = rec.date(2023, 8, 23, "cn")
        return paper_page(rec, rng, p, (20, 60, 140), dt, "第07版：地方", 4, "本报讯（记者 葛强）",
                          ["广东发布知识产权保护白皮书", "山东推进专利转化运用专项"],
                          ["禾阳作出首份专利侵权纠纷行政裁决书", "广东发布知识产权保护白皮书", "山东推进专利转化运用专项"],
                          extra=f"（本报综合{src}此前报道）")

    def s18(rec, rng):
        p = rec.outlet("江西法制报", O["江西法制报"])
        dt = rec.date(2023, 9, 26, "cn")
        return paper_page(rec, rng, p, (30, 100, 60), dt, "第A2版：法治江西", 8, "记者 简文华  通讯员 聂秋云",
                          ["南昌中院发布知产审判白皮书", "九江开展普法进社区"],
                          ["禾阳县开展软件正版化工作督查", "南昌中院发布知产审判白皮书", "九江开展普法进社区"])

    def s19(rec, rng):
        rec.outlet("知产财经", O["知产财经"])
        src = rec.outlet("中国知识产权报", O["中国知识产权报"])
        return web_page(rec, rng, "知产财经", (20, 40, 90), "首页 > 行业动态 > 地方资讯", 4,
                        [f"作者：葛强    来源：{src}    {rec.date(2023, 8, 25, 'slash')}"],
                        "热门文章", ["专利无效宣告请求审查新规解读", "知产力：商标恶意抢注典型案例盘点", "课程推广：专利代理师实务班"],
                        "知产财经编辑部", "知产财经 版权所有", tail="本文转载自中国知识产权报，如涉版权请联系删除。")

    for fn in (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19):
        add(fn, "jpg" if fn in (s03, s08, s12, s17) else "png")
    for k, (fn, fmt) in enumerate(specs):
        rng = np.random.default_rng(6400 + k)
        rec = Rec()
        img, title = fn(rec, rng)
        name = f"screenshot_{k + 1:02d}.{fmt}"
        if fmt == "png":
            save_png(img, out / name)
        else:
            save_jpg(img, out / name, 90)
        put(name, {"kind": "screenshot", "format": fmt, "pages": 1, "title": title, "doc_type": "新闻报道"}, rec)


# ====================================================================== DOCX

def _docx_base():
    from docx import Document
    from docx.shared import Cm
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def _p(doc, text, size=16, bold=False, align="left", color=None, font="仿宋_GB2312", indent=False, space_after=0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    par = doc.add_paragraph()
    par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                     "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if indent:
        par.paragraph_format.first_line_indent = Pt(size * 2)
    par.paragraph_format.space_after = Pt(space_after)
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return par


def _docx_table(doc, header_spec, rows, total=None, vmerge_col=None, size=11):
    """Table with one- or two-row header (merged), rows, optional total; vmerge_col merges equal runs."""
    from docx.shared import Pt
    hrows, leaves = flat_header(header_spec)
    n = len(leaves)
    body = rows + ([total] if total else [])
    t = doc.add_table(rows=len(hrows) + len(body), cols=n)
    t.style = "Table Grid"
    for ri, hr in enumerate(hrows):
        for ci, cell in enumerate(hr):
            if cell is None:
                continue
            txt, cs, rs = cell
            c = t.cell(ri, ci)
            if cs > 1 or rs > 1:
                c = c.merge(t.cell(ri + rs - 1, ci + cs - 1))
            c.text = txt
    for ri, row in enumerate(body):
        for ci, v in enumerate(row):
            t.cell(len(hrows) + ri, ci).text = str(v)
    if vmerge_col is not None:
        start = 0
        for ri in range(1, len(rows) + 1):
            if ri == len(rows) or rows[ri][vmerge_col] != rows[start][vmerge_col]:
                if ri - 1 > start:
                    top = t.cell(len(hrows) + start, vmerge_col)
                    for k in range(start + 1, ri):
                        t.cell(len(hrows) + k, vmerge_col).text = ""
                    m = top.merge(t.cell(len(hrows) + ri - 1, vmerge_col))
                    m.text = str(rows[start][vmerge_col])
                start = ri
    for row in t.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(size)
    return tbl(leaves, rows)


def make_docx(out: Path):
    RED_RGB = (230, 0, 0)

    def red_header(doc, lines, docno=None, signer=None):
        for ln in lines:
            _p(doc, ln, 30 if len(ln) < 14 else 24, True, "center", RED_RGB, "方正小标宋简体")
        if docno and signer:
            _p(doc, docno + "                    签发人：" + signer, 16, align="left")
        elif docno:
            _p(doc, docno, 16, align="center")
        _p(doc, "━" * 24, 12, False, "center", RED_RGB)

    def title(doc, lines):
        for ln in lines:
            _p(doc, ln, 22, True, "center", None, "方正小标宋简体")
        _p(doc, "", 16)

    def body(doc, paras):
        for t in paras:
            heading = len(t) < 20 and t[:2] in ("一、", "二、", "三、", "四、", "五、")
            _p(doc, t, 16, False, "justify", None, "黑体" if heading else "仿宋_GB2312", indent=True)

    def sign(doc, orgs, date_t):
        _p(doc, "", 16)
        for o in orgs:
            _p(doc, o + "    ", 16, align="right")
        _p(doc, date_t + "      ", 16, align="right")

    def banji(doc, cc, org, date_t):
        _p(doc, "", 16)
        _p(doc, "─" * 30, 12)
        if cc:
            _p(doc, cc, 14)
            _p(doc, "─" * 30, 12)
        _p(doc, org + "                    " + date_t + "印发", 14)
        _p(doc, "─" * 30, 12)

    def save(doc, name, truth, rec, tables=None):
        doc.save(out / name)
        fix_zip(out / name)
        t = dict({"kind": "docx", "format": "docx"}, **truth)
        if tables:
            t["tables"] = tables
        put(name, t, rec)

    # d1 请示, organ only in the signature; budget table
    rec = Rec()
    doc = _docx_base()
    _p(doc, rec.docno("禾市监字", 2023, 22) + "            签发人：胡志强", 16, align="right")
    tl = ["关于申请2023年知识产权保护", "专项工作经费的请示"]
    title(doc, tl)
    _p(doc, "县人民政府：", 16)
    body(doc, ["为做好知识产权保护工作检查考核各项工作，推进地理标志保护和专利侵权纠纷行政裁决工作，"
               "根据《禾阳县2023年知识产权保护工作要点》（" + rec.docno("禾府办字", 2023, 41) + "）安排，我局拟申请专项工作经费18.6万元，具体如下：",
               "当否，请批示。"])
    tb = _docx_table(doc, ["序号", "项目", "内容", "金额（万元）"],
                     [["1", "地理标志保护", "专用标志使用核查、检测费用", "5.2"],
                      ["2", "行政裁决", "技术鉴定、口头审理场地", "3.8"],
                      ["3", "宣传培训", "宣传周活动、业务培训", "6.0"],
                      ["4", "维权援助", "维权援助工作站运行", "3.6"]],
                     total=["合计", "", "", "18.6"])
    sign(doc, ["禾阳县市场监督管理局"], rec.date(2023, 5, 8))
    _p(doc, "（联系人：温立新，联系电话：138 0000 3521）", 14)
    save(doc, "docx_01.docx", {"title": "".join(tl), "organ": "禾阳县市场监督管理局", "doc_type": "请示"}, rec, [tb])

    # d2 批复 with red header
    rec = Rec()
    doc = _docx_base()
    red_header(doc, ["禾阳县人民政府"], rec.docno("禾府字", 2023, 58))
    tl = ["禾阳县人民政府", "关于同意设立禾阳县知识产权纠纷", "人民调解委员会的批复"]
    title(doc, tl)
    _p(doc, "县司法局、县市场监督管理局：", 16)
    body(doc, ["你们《关于设立禾阳县知识产权纠纷人民调解委员会的请示》（" + rec.docno("禾司字", 2023, 15, "sq") + "）收悉。经研究，批复如下：",
               "一、同意设立禾阳县知识产权纠纷人民调解委员会，办公地点设在县司法局调解中心。",
               "二、调解委员会所需工作经费由县财政统筹安排。请你们抓紧做好调解员选聘等工作，于" + rec.date(2023, 10, 13)
               + "前完成挂牌。"])
    sign(doc, ["禾阳县人民政府"], rec.date(2023, 9, 18))
    _p(doc, "（此件公开发布）", 16, align="center")
    banji(doc, "抄送：县委办，县人大常委会办，县政协办，县人民法院。", "禾阳县人民政府办公室", rec.date(2023, 9, 19))
    save(doc, "docx_02.docx", {"title": "".join(tl), "organ": "禾阳县人民政府", "doc_type": "批复"}, rec)

    # d3 意见, four joint issuers with red header
    rec = Rec()
    doc = _docx_base()
    orgs = ["禾阳县人民法院", "禾阳县人民检察院", "禾阳县公安局", "禾阳县市场监督管理局"]
    red_header(doc, [o for o in orgs] + ["文件"], rec.docno("禾法联", 2023, 2))
    tl = ["关于加强知识产权行政执法与", "刑事司法衔接工作的意见"]
    title(doc, tl)
    _p(doc, "各相关单位：", 16)
    body(doc, ["为进一步健全知识产权行政执法与刑事司法衔接机制，依法惩治侵犯知识产权犯罪，结合我县实际，提出如下意见。",
               "一、建立联席会议制度。联席会议每半年召开一次，由县市场监督管理局负责召集。",
               "二、规范案件移送。行政执法机关在查处违法行为中发现涉嫌犯罪的，应当在作出移送决定之日起24小时内向公安机关移送，并抄送同级人民检察院。",
               "三、加强信息共享。各单位确定一名联络员，每季度末月25日前互通案件信息。",
               "本意见自" + rec.date(2023, 3, 1) + "起施行。"])
    sign(doc, orgs, rec.date(2023, 2, 24))
    save(doc, "docx_03.docx", {"title": "".join(tl), "organ": orgs, "doc_type": "意见"}, rec)

    # d4 决定 with a list table of commended units
    rec = Rec()
    doc = _docx_base()
    red_header(doc, ["禾阳县市场监督管理局文件"], rec.docno("禾市监发", 2024, 2))
    tl = ["禾阳县市场监督管理局", "关于表彰2023年度知识产权保护工作", "先进集体和先进个人的决定"]
    title(doc, tl)
    _p(doc, "局机关各股室、各市场监管所、稽查大队：", 16)
    body(doc, ["2023年，全局上下深入贯彻知识产权强国建设纲要，各项工作取得显著成效。为表彰先进，经局党组研究，"
               "决定对澄塘市场监管所等3个先进集体和温立新等5名先进个人予以通报表彰。"])
    tb = _docx_table(doc, ["类别", "名称", "所在单位"],
                     [["先进集体", "澄塘市场监管所", "澄塘市场监管所"], ["先进集体", "稽查大队", "稽查大队"],
                      ["先进集体", "知识产权股", "局机关"],
                      ["先进个人", "温立新", "知识产权股"], ["先进个人", "罗春燕", "澄塘市场监管所"],
                      ["先进个人", "钟伟", "稽查大队"], ["先进个人", "严宏亮", "法规股"], ["先进个人", "邹雪琴", "禾溪市场监管所"]],
                     vmerge_col=0)
    sign(doc, ["禾阳县市场监督管理局"], rec.date(2024, 1, 10))
    banji(doc, None, "禾阳县市场监督管理局办公室", rec.date(2024, 1, 10))
    save(doc, "docx_04.docx", {"title": "".join(tl), "organ": "禾阳县市场监督管理局", "doc_type": "决定"}, rec, [tb])

    # d5 简报
    rec = Rec()
    doc = _docx_base()
    _p(doc, "知识产权工作简报", 36, True, "center", RED_RGB, "方正小标宋简体")
    _p(doc, "第6期", 16, align="center")
    _p(doc, "禾阳县市场监督管理局编                    " + rec.date(2023, 9, 28), 15)
    _p(doc, "━" * 24, 12, False, "center", RED_RGB)
    _p(doc, "【本期要目】", 16, True)
    _p(doc, "1.我县作出首份专利侵权纠纷行政裁决书", 15)
    _p(doc, "2.“澄塘绿茶”地理标志专用标志使用核查完成", 15)
    _p(doc, "3.县版权局开展软件正版化督查", 15)
    _, p1 = story(4, rec, "md")
    _p(doc, "我县作出首份专利侵权纠纷行政裁决书", 18, True, "center", None, "黑体")
    body(doc, p1)
    _p(doc, "“澄塘绿茶”地理标志专用标志使用核查完成", 18, True, "center", None, "黑体")
    body(doc, ["截至" + rec.date(2023, 6, 30, "md") + "，我局对全县17家用标企业完成核查，责令整改2家，注销使用资格1家。"])
    _, p3 = story(8, rec, "md")
    _p(doc, "县版权局开展软件正版化督查", 18, True, "center", None, "黑体")
    body(doc, p3)
    banji(doc, "报：市市场监督管理局，县委办，县政府办。  送：县打假办各成员单位。", "禾阳县市场监督管理局办公室",
          rec.date(2023, 9, 28))
    save(doc, "docx_05.docx", {"title": "知识产权工作简报", "organ": "禾阳县市场监督管理局", "doc_type": "简报"}, rec)

    # d6 方案, organ only in the 版记
    rec = Rec()
    doc = _docx_base()
    tl = ["禾阳县2023年知识产权保护工作", "检查考核迎检工作方案"]
    title(doc, tl)
    body(doc, ["为做好2023年度知识产权保护工作检查考核迎检工作，确保考核取得好成绩，制定本方案。",
               "一、组织领导",
               "成立迎检工作专班，由局主要负责同志任组长，分管负责同志任副组长，各股室、各所负责人为成员。",
               "二、时间安排",
               "（一）自查阶段（" + rec.date(2023, 10, 9) + "—" + rec.date(2023, 10, 31) + "）：对照考核细则逐项自查，形成自查报告。",
               "（二）整改阶段（" + rec.date(2023, 11, 1) + "—" + rec.date(2023, 11, 20) + "）：对自查发现的问题逐项整改。",
               "（三）迎检阶段（" + rec.date(2023, 11, 21) + "起）：整理归档佐证材料，做好迎检准备。",
               "三、工作要求",
               "各责任单位要按照分工，于" + rec.date(2023, 11, 15) + "前将佐证材料电子版报送知识产权股。"])
    banji(doc, "抄送：县人民政府办公室，吉安市市场监督管理局知识产权科。", "禾阳县市场监督管理局", rec.date(2023, 10, 8))
    save(doc, "docx_06.docx", {"title": "".join(tl), "organ": "禾阳县市场监督管理局", "doc_type": "方案"}, rec)

    # d7 总结 with case table (vertically merged 类别)
    rec = Rec()
    doc = _docx_base()
    tl = ["禾阳县公安局2023年打击侵犯", "知识产权犯罪工作总结"]
    title(doc, tl)
    body(doc, ["2023年，我局在县委、县政府和上级公安机关的坚强领导下，深入开展“昆仑2023”专项行动，严厉打击侵犯知识产权犯罪。现将工作总结如下：",
               "一、主要成效",
               "全年共立侵犯知识产权刑事案件6起，破案5起，抓获犯罪嫌疑人11名，涉案金额320余万元。其中，" + rec.date(2023, 6, 7)
               + "查获的假冒注册商标白酒案被市局评为优秀案件。主要案件情况见下表。"])
    tb = _docx_table(doc, ["罪名", "案件名称", "立案日期", "涉案金额（万元）", "办理情况"],
                     [["假冒注册商标罪", "“6·07”假冒白酒案", rec.date(2023, 6, 9, "dot0"), "18.0", "已移送起诉"],
                      ["假冒注册商标罪", "“3·15”假冒化肥案", rec.date(2023, 3, 16, "dot0"), "96.5", "已移送起诉"],
                      ["销售假冒注册商标的商品罪", "“8·21”网售假冒运动鞋案", rec.date(2023, 8, 22, "dot0"), "153.2", "侦查中"],
                      ["销售假冒注册商标的商品罪", "“10·09”假冒洗发水案", rec.date(2023, 10, 10, "dot0"), "27.4", "已移送起诉"],
                      ["侵犯著作权罪", "“5·18”盗版教辅案", rec.date(2023, 5, 19, "dot0"), "25.6", "已判决"]],
                     vmerge_col=0)
    body(doc, ["二、存在不足", "一是案件线索来源较单一；二是涉网案件侦办能力有待提升。",
               "三、下步打算", "持续加强与市场监管等部门的协作，提升打击效能。"])
    sign(doc, ["禾阳县公安局"], rec.date(2023, 12, 12))
    save(doc, "docx_07.docx", {"title": "".join(tl), "organ": "禾阳县公安局", "doc_type": "总结"}, rec, [tb])

    # d8 报告 with a two-row header self-assessment table
    rec = Rec()
    doc = _docx_base()
    _p(doc, rec.docno("禾市监字", 2023, 87, "hparen"), 16, align="right")
    tl = ["禾阳县市场监督管理局", "关于2023年度知识产权保护工作自查情况的报告"]
    title(doc, tl)
    _p(doc, "吉安市市场监督管理局：", 16)
    body(doc, ["根据《关于开展2023年度知识产权保护工作检查考核的通知》（" + rec.docno("吉市监知", 2023, 19) + "）要求，"
               "我局于" + rec.date(2023, 10, 9) + "至" + rec.date(2023, 10, 31) + "组织开展了自查，现将有关情况报告如下：",
               "一、自查得分情况"])
    tb = _docx_table(doc, ["考核项目", ("分值", ["满分", "自评"]), "扣分原因"],
                     [["组织领导", "10", "10", "无"], ["制度建设", "15", "14", "个别制度未及时修订"],
                      ["行政执法", "30", "28", "案件办理时限个别超期"], ["宣传培训", "15", "15", "无"],
                      ["协作机制", "15", "13", "行刑衔接信息共享不及时"], ["保护成效", "15", "14", "维权援助覆盖不全"]],
                     total=["合计", "100", "94", ""])
    body(doc, ["二、下步工作", "针对自查发现的问题，我局将逐项明确责任人和整改时限，确保" + rec.date(2023, 12, 31) + "前整改到位。",
               "特此报告。"])
    sign(doc, ["禾阳县市场监督管理局"], rec.date(2023, 11, 3))
    save(doc, "docx_08.docx", {"title": "".join(tl), "organ": "禾阳县市场监督管理局", "doc_type": "报告"}, rec, [tb])

    # d9 函
    rec = Rec()
    doc = _docx_base()
    red_header(doc, ["禾阳县商务局"], rec.docno("禾商务函", 2023, 12))
    tl = ["禾阳县商务局关于协助开展电商平台", "侵权假冒商品线索核查的函"]
    title(doc, tl)
    _p(doc, "禾阳县市场监督管理局：", 16)
    body(doc, ["我局在电子商务进农村综合示范项目巡查中发现，部分网店涉嫌销售假冒“禾阳茶油”地理标志产品。现将线索清单随函附上，"
               "请贵局协助核查，并于" + rec.date(2023, 7, 28) + "前将核查结果函告我局。",
               "附件：电商平台涉嫌侵权线索清单（共9条）"])
    sign(doc, ["禾阳县商务局"], rec.date(2023, 7, 10))
    save(doc, "docx_09.docx", {"title": "".join(tl), "organ": "禾阳县商务局", "doc_type": "函"}, rec)

    # d10 joint 通知, organs only in the signature
    rec = Rec()
    doc = _docx_base()
    _p(doc, rec.docno("禾市监联", 2023, 9, "fsq"), 16, align="center")
    tl = ["关于开展2023年“知识产权进校园”活动的通知"]
    title(doc, tl)
    _p(doc, "各中小学校，各乡镇中心学校：", 16)
    body(doc, ["为培养青少年知识产权意识，经研究，决定在全县中小学开展“知识产权进校园”活动。",
               "一、活动时间：" + rec.date(2023, 11, 1) + "至" + rec.date(2023, 12, 15) + "。",
               "二、活动内容：知识产权主题班会、专利小发明展评、版权知识竞赛。",
               "三、报送要求：各校于" + rec.date(2023, 12, 20) + "前将活动总结和图片资料报县教育体育局基础教育股。"])
    sign(doc, ["禾阳县市场监督管理局", "禾阳县教育体育局"], rec.date(2023, 10, 20))
    save(doc, "docx_10.docx", {"title": "".join(tl), "organ": ["禾阳县市场监督管理局", "禾阳县教育体育局"],
                               "doc_type": "通知"}, rec)

    # d11 通报 with a ranking table
    rec = Rec()
    doc = _docx_base()
    red_header(doc, ["禾阳县人民政府办公室文件"], rec.docno("禾府办字", 2024, 6))
    tl = ["禾阳县人民政府办公室", "关于2023年度知识产权保护工作考核结果的通报"]
    title(doc, tl)
    _p(doc, "各乡镇人民政府，县政府各部门：", 16)
    body(doc, ["根据《禾阳县知识产权保护工作考核办法》，县政府组织对各乡镇2023年度知识产权保护工作进行了考核。现将考核结果通报如下："])
    rows = [["1", "澄塘镇", "96.5", "优秀"], ["2", "禾溪镇", "94.0", "优秀"], ["3", "桐坪镇", "89.5", "良好"],
            ["4", "石湖乡", "86.0", "良好"], ["5", "枧头镇", "82.5", "良好"], ["6", "龙岗乡", "78.0", "合格"]]
    tb = _docx_table(doc, ["排名", "乡镇", "考核得分", "等次"], rows)
    body(doc, ["希望受到通报表扬的乡镇再接再厉，其他乡镇对照差距抓好整改。"])
    sign(doc, ["禾阳县人民政府办公室"], rec.date(2024, 1, 22))
    banji(doc, "抄送：县委办，县人大常委会办，县政协办。", "禾阳县人民政府办公室", rec.date(2024, 1, 23))
    save(doc, "docx_11.docx", {"title": "".join(tl), "organ": "禾阳县人民政府办公室", "doc_type": "通报"}, rec, [tb])

    # d12 工作要点, issuer only in the 版记
    rec = Rec()
    doc = _docx_base()
    tl = ["禾阳县2023年打击侵犯知识产权和", "制售假冒伪劣商品工作要点"]
    title(doc, tl)
    body(doc, ["2023年全县打击侵权假冒工作的总体要求是：坚持依法治理、打建结合、统筹协作、社会共治。",
               "一、加强重点领域治理。围绕农村市场、电子商务、进出口等重点领域，开展专项整治。",
               "二、加大执法力度。各成员单位全年查办侵权假冒案件不少于30件，移送涉嫌犯罪案件不少于3件。",
               "三、强化协作配合。落实《关于加强知识产权行政执法与刑事司法衔接工作的意见》（" + rec.docno("禾法联", 2023, 2) + "）。",
               "四、做好宣传引导。利用“3·15”“4·26”等节点开展集中宣传。"])
    banji(doc, "抄送：吉安市打击侵权假冒工作领导小组办公室。",
          "禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", rec.date(2023, 3, 6))
    save(doc, "docx_12.docx", {"title": "".join(tl),
                               "organ": "禾阳县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "doc_type": "要点"}, rec)


# ====================================================================== main

def main(argv):
    if len(argv) != 2:
        print("usage: make_dev14.py DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    make_screens(out)
    make_official_scans(out)
    make_paper_tables(out)
    make_xlsx(out)
    make_minutes(out)
    make_signin(out)
    make_docx(out)
    files = {k: FILES[k] for k in sorted(FILES)}
    doc = {"split": "dev14", "conventions": "see the docstring of bench/dev14/make_dev14.py", "files": files}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
    (out / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    print(f"{len(files)} files in {out} ({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
