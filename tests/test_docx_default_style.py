"""oxml.paragraph_style's own lookup of the default paragraph style gives what python-docx's `paragraph.style` does."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from ipdocs.word import oxml


def _reopened(document):
    """The document saved and opened again (fresh parts: paragraph_style remembers styles per part)."""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    return docx.Document(buffer)


def _defaults(document):
    return [s for s in document.styles.element.iterchildren(qn("w:style")) if s.get(qn("w:default"))]


def _check(document) -> str | None:
    paragraph = document.add_paragraph("正文")
    assert paragraph._p.style is None
    expected = paragraph.style
    found = oxml.paragraph_style(paragraph)
    assert (found is None) == (expected is None)
    if expected is not None:
        assert found.element is expected.element and type(found) is type(expected)
        return found.name
    return None


def test_default_paragraph_style_of_the_template():
    assert _check(_reopened(docx.Document())) == "Normal"


def test_last_default_wins_and_other_types_are_ignored():
    document = docx.Document()
    heading = document.styles["Heading 1"].element
    heading.set(qn("w:default"), "true")  # a second paragraph default, later in styles.xml than Normal
    document.styles["Strong"].element.set(qn("w:default"), "1")  # a character style: not a paragraph default
    assert _check(_reopened(document)) == "Heading 1"


def test_no_default_paragraph_style():
    document = docx.Document()
    for style in _defaults(document):
        if style.get(qn("w:type")) == "paragraph":
            style.set(qn("w:default"), "0")
    assert _check(_reopened(document)) is None
