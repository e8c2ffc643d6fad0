"""Write missing docxtpl templates in this folder from the GB/T 9704 document layer.

    .venv/bin/python templates/build_templates.py                 # writes only templates that are missing
    .venv/bin/python templates/build_templates.py --out /tmp/t    # all of them elsewhere, to compare
    .venv/bin/python templates/build_templates.py --force report-hubei.docx   # overwrite this one

The committed .docx files are the source of truth: a coordinator may restyle them in Word or WPS (keep each
{{ … }} and {%p … %} tag in one piece, and the headings' styles). This script therefore never overwrites
an existing template unless `--force` names it (or all, with no name): that discards such restyling, so it
is for developers changing the tag structure. Each tag paragraph carries the style its content gets; fixed
wording such as seed 004's headings lives here in the template, not in Python.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from docx.enum.text import WD_LINE_SPACING

from ipdocs.word import oxml
from ipdocs.word.official import OfficialDocument

HERE = Path(__file__).resolve().parent
NO_EVIDENCE = "本项暂未登记佐证材料。"


def red_header(doc: OfficialDocument) -> None:
    """The organ mark comes as rich text sized to fit the line; the 文号 sits above the red line."""
    mark = doc.para("{{r organ_mark }}", indent=False, align="center")
    mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # the mark is larger than a body line
    doc.para(indent=False)
    number = doc.para("{{ doc_number }}", indent=False, align="center")
    oxml.set_bottom_border(number, "FF0000")
    doc.para(indent=False)


def tag(doc: OfficialDocument, text: str) -> None:
    doc.para(text, indent=False)


def outline(doc: OfficialDocument) -> None:
    """一、/（一）/1.1 headings, narratives and score lines: the heading structure of seed 000 附件3."""
    tag(doc, "{%p for s in sections %}")
    doc.heading(1, "{{ s.heading }}")
    tag(doc, "{%p for ind in s.indicators %}")
    doc.heading(2, "{{ ind.heading }}")
    tag(doc, "{%p for c in ind.criteria %}")
    doc.heading(3, "{{ c.heading }}")
    tag(doc, "{%p for p in c.paragraphs %}")
    doc.para("{{ p }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    doc.para("{{ ind.score_line }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


def signature(doc: OfficialDocument) -> None:
    doc.signature("{{ issuer }}", "{{ date_text }}")


def report() -> OfficialDocument:
    doc = OfficialDocument()
    red_header(doc)
    doc.title("{{ title }}")
    tag(doc, "{%p for p in overview %}")
    doc.para("{{ p }}")
    tag(doc, "{%p endfor %}")
    outline(doc)
    doc.para("{{ closing }}")
    signature(doc)
    doc.page_numbers()
    return doc


def paragraphs(doc: OfficialDocument, items: str, empty: str | None = None) -> None:
    """One body paragraph per item of the list `items`; `empty` is the paragraph when the list is empty."""
    tag(doc, f"{{%p for p in {items} %}}")
    doc.para("{{ p }}")
    if empty is not None:
        tag(doc, "{%p else %}")
        doc.para(empty)
    tag(doc, "{%p endfor %}")


def report_hubei() -> OfficialDocument:
    """Seed 004 附件2: 工作情况 / 工作亮点 / 存在问题 / 明年工作打算 / 自评得分情况, then the score table."""
    doc = OfficialDocument()
    red_header(doc)
    doc.title("{{ title }}")
    doc.heading(1, "一、{{ year }}年打击侵权假冒工作情况")
    doc.heading(2, "（一）打击侵权假冒工作总体情况")
    paragraphs(doc, "overview")
    doc.heading(2, "（二）部署落实省领导小组关于打击侵权假冒工作情况")
    paragraphs(doc, "work")
    doc.heading(1, "二、工作亮点")
    paragraphs(doc, "highlights", "本年度无加分项和满分项。")
    doc.heading(1, "三、存在问题")
    paragraphs(doc, "problems", "各项均得满分，未发现失分问题。")
    doc.heading(1, "四、{{ next_year }}年工作打算")
    paragraphs(doc, "plans", "继续保持各项工作成效。")
    doc.heading(1, "五、自评得分情况")
    doc.para("{{ score_summary }}")
    doc.table(["序号", "考核内容", "分值", "自评得分", "扣分原因"],
              [["{%tr for r in score_rows %}", "", "", "", ""],
               ["{{ r.number }}", "{{ r.title }}", "{{ r.max }}", "{{ r.score }}", "{{ r.reason }}"],
               ["{%tr endfor %}", "", "", "", ""]], [12, 52, 16, 18, 58])
    doc.para("{{ closing }}")
    signature(doc)
    doc.page_numbers()
    return doc


def catalogue() -> OfficialDocument:
    """Seed 000 附件4: the report's first two heading levels, then the numbered evidence items."""
    doc = OfficialDocument()
    doc.title("{{ title }}")
    tag(doc, "{%p for s in sections %}")
    doc.heading(1, "{{ s.heading }}")
    tag(doc, "{%p for ind in s.indicators %}")
    doc.heading(2, "{{ ind.heading }}")
    tag(doc, "{%p for item in ind.entries %}")
    doc.para("{{ item.text }}")
    tag(doc, "{%p else %}")
    doc.para(NO_EVIDENCE)  # a body line under each heading: the headings never chain past the first page
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    doc.page_numbers()
    return doc


def score_table() -> OfficialDocument:
    """Seed 000 附件2: 考核指标 · 考核要点 · 分值 · 评分 · 扣分原因, with the part totals."""
    doc = OfficialDocument(landscape=True)
    doc.title("{{ title }}")
    doc.table(["考核指标", "考核要点", "分值", "评分", "扣分原因"],
              [["{%tr for r in rows %}", "", "", "", ""],
               ["{{ r.section }}", "{{ r.indicator }}", "{{ r.max }}", "{{ r.score }}", "{{ r.reason }}"],
               ["{%tr endfor %}", "", "", "", ""]], [50, 70, 16, 16, 73])
    tag(doc, "{%p for p in totals %}")
    doc.para("{{ p }}", indent=False)
    tag(doc, "{%p endfor %}")
    doc.page_numbers()
    return doc


def checklist() -> OfficialDocument:
    """The score table of a scheme without points (seed 002): what each indicator has done, no 分值/评分 columns."""
    doc = OfficialDocument(landscape=True)
    doc.title("{{ title }}")
    doc.table(["考核内容", "考核指标", "完成情况"],
              [["{%tr for r in rows %}", "", ""],
               ["{{ r.section }}", "{{ r.indicator }}", "{{ r.reason }}"],
               ["{%tr endfor %}", "", ""]], [80, 100, 45])
    tag(doc, "{%p for p in totals %}")
    doc.para("{{ p }}", indent=False)
    tag(doc, "{%p endfor %}")
    doc.page_numbers()
    return doc


TEMPLATES = {"report.docx": report, "report-hubei.docx": report_hubei, "catalogue.docx": catalogue,
             "score-table.docx": score_table, "checklist.docx": checklist}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="生成缺少的 Word 模板；已有模板（可能经协调人改过样式）不覆盖。")
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"模板文件名（默认全部：{'、'.join(TEMPLATES)}）")
    parser.add_argument("--out", type=Path, default=HERE, help="写入的文件夹（默认本文件夹）")
    parser.add_argument("--force", action="store_true", help="覆盖已有模板（协调人改过的样式会丢失）")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in TEMPLATES]
    if unknown:
        parser.error(f"没有模板 {'、'.join(unknown)}（应为 {'、'.join(TEMPLATES)} 之一）")
    for name in args.names or TEMPLATES:
        target = args.out / name
        if target.exists() and not args.force:
            print(f"已存在，未覆盖：{target}（重新生成请加 --force，已改的样式会丢失）")
            continue
        TEMPLATES[name]().save(target, title=name)
        print(f"已写入：{target}")


if __name__ == "__main__":
    main()
