"""The style lookup the layout check and extraction share (`ipdocs.word.oxml.paragraph_style`) answers what
python-docx's `paragraph.style` answers, for every paragraph, at a fraction of the cost."""

import time

import docx
from docx.enum.style import WD_STYLE_TYPE

from ipdocs.word import oxml


def test_the_style_table_answers_as_python_docx(tmp_path):
    d = docx.Document()
    d.styles.add_style("注释字符", WD_STYLE_TYPE.CHARACTER)
    d.add_paragraph("无样式的段落")
    d.add_heading("一、标题", 1)
    d.add_paragraph("标题", style="Title")
    odd = d.add_paragraph("样式不存在")
    odd._p.style = "NoSuchStyle"
    char = d.add_paragraph("段落引用了字符样式")
    char._p.style = d.styles["注释字符"].style_id
    table = d.add_table(rows=2, cols=2)
    table.cell(1, 1).paragraphs[0].style = d.styles["Heading 2"]
    for n in range(200):
        d.add_paragraph(f"正文{n}")
    d.save(tmp_path / "a.docx")
    d = docx.Document(str(tmp_path / "a.docx"))
    paragraphs = d.paragraphs + [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    start = time.process_time()
    theirs = [p.style.name for p in paragraphs]
    slow = time.process_time() - start
    start = time.process_time()
    ours = [oxml.paragraph_style(p).name for p in paragraphs]
    fast = time.process_time() - start
    assert ours == theirs
    assert {"Normal", "Heading 1", "Heading 2", "Title"} <= set(ours)
    assert fast < slow
