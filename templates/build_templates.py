"""Write the docxtpl templates in this folder from the GB/T 9704 document layer.

    .venv/bin/python templates/build_templates.py

The .docx files are the templates: a coordinator may restyle them in Word or WPS (keep each {{ … }} and
{%p … %} tag in one piece). Running this script again overwrites such edits, so it is for developers
changing the tag structure. Each tag paragraph carries the style its content gets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx.enum.text import WD_LINE_SPACING  # noqa: E402

from ipdocs import ooxml  # noqa: E402
from ipdocs.official import OfficialDocument  # noqa: E402


def red_header(doc: OfficialDocument) -> None:
    """The organ mark comes as rich text sized to fit the line; the 文号 sits above the red line."""
    mark = doc.para("{{r organ_mark }}", indent=False, align="center")
    mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # the mark is larger than a body line
    doc.para(indent=False)
    number = doc.para("{{ doc_number }}", indent=False, align="center")
    ooxml.set_bottom_border(number, "FF0000")
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


def report_hubei() -> OfficialDocument:
    """Seed 004 附件2: 工作情况 / 工作亮点 / 存在问题 / 明年工作打算 / 自评得分情况."""
    doc = OfficialDocument()
    red_header(doc)
    doc.title("{{ title }}")
    tag(doc, "{%p for part in parts %}")
    doc.heading(1, "{{ part.heading }}")
    tag(doc, "{%p for sub in part.subsections %}")
    doc.heading(2, "{{ sub.heading }}")
    tag(doc, "{%p for p in sub.paragraphs %}")
    doc.para("{{ p }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for p in part.paragraphs %}")
    doc.para("{{ p }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
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


TEMPLATES = {"report.docx": report, "report-hubei.docx": report_hubei, "catalogue.docx": catalogue,
             "score-table.docx": score_table}


def main() -> None:
    for name, build in TEMPLATES.items():
        build().save(HERE / name, title=name)
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
