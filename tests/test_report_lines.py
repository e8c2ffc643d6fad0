"""The self-evaluation report of every sample campaign has no blank line between its narratives, read from the
DOCX and from the pages of its PDF. A narrative whose last line LibreOffice filled exactly used to be followed by
a blank line: the end of its edit bookmark (ipdocs.render.edits) sat after the last character."""

import docx
import pdfplumber
import pytest
from conftest import SAMPLE_NAMES

from ipdocs.word import oxml

PITCH = 29.6  # GB/T 9704 body: fixed line spacing of about 28–29.6 pt (DESIGN §5)


def _report(sample, suffix: str):
    return next(f for f in sample.documents + sample.pdfs if "自评报告" in f.name and f.suffix == suffix)


def _region_span(document) -> list:
    """The body paragraphs from the first narrative region's start to the last one's end."""
    paragraphs = list(document.element.body.iter(oxml.qn("w:p")))
    ids = {m.get(oxml.qn("w:id")) for m in document.element.body.iter(oxml.qn("w:bookmarkStart"))
           if (m.get(oxml.qn("w:name")) or "").startswith("ipdocs_")}
    marked = [n for n, p in enumerate(paragraphs)
              if any(m.get(oxml.qn("w:id")) in ids
                     for m in p.iter(oxml.qn("w:bookmarkStart"), oxml.qn("w:bookmarkEnd")))]
    return paragraphs[marked[0]:marked[-1] + 1]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_empty_paragraph_between_the_narratives(built_sample, name):
    document = docx.Document(str(_report(built_sample(name), ".docx")))
    span = _region_span(document)
    assert len(span) > 5
    assert [oxml.paragraph_text(p) for p in span if not oxml.paragraph_text(p).strip()] == []
    for end in (e for p in span for e in p.iter(oxml.qn("w:bookmarkEnd"))):  # text follows each end in its paragraph
        after = end.getnext()
        assert after is not None and after.tag == oxml.qn("w:r") and oxml.paragraph_text(end.getparent()), \
            oxml.paragraph_text(end.getparent())


def _line_tops(page) -> list[float]:
    tops = []
    for top in sorted(round(c["top"], 1) for c in page.chars):
        if not tops or top - tops[-1] > 3:  # Latin and Chinese faces of one line sit a point or two apart
            tops.append(top)
    return tops


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_blank_line_between_the_narratives_on_the_pdf_pages(built_sample, name):
    """Between the title page and the page that closes with the signature, each line of text follows the one
    before it at one line's distance (the last line of a page is its page number)."""
    with pdfplumber.open(_report(built_sample(name), ".pdf")) as pdf:
        pages = pdf.pages[1:-1]
        gaps = {n: [round(b - a, 1) for a, b in zip(tops, tops[1:-1], strict=False)]
                for n, tops in ((page.page_number, _line_tops(page)) for page in pages)}
    assert {n: [g for g in found if g > 1.5 * PITCH] for n, found in gaps.items()} == {n: [] for n in gaps}
