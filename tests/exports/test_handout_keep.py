"""The handout's keep-with-next (HeadingKeep) must lay pages out exactly as ReportLab's
KeepTogether: a heading goes to the next page with what follows it when both do not fit."""

from __future__ import annotations

import io

import pdfplumber
from reportlab.platypus import CondPageBreak, Flowable, SimpleDocTemplate, Spacer, Table

from exports.pdf_doc import HeadingKeep
from exports.pdf_styles import markup, paragraph, styles
from tests.exports.boards import LONG_NOTE


def _story() -> list[Flowable]:
    look = styles()
    story: list[Flowable] = []
    for index in range(14):
        heading = paragraph(markup(f"Otsikko {index}"), look.h2)
        heading.keepWithNext = True
        story.append(heading)
        if index % 3 == 0:
            rows = [
                [paragraph(markup(f"{index}.{row} {LONG_NOTE}"), look.body)] for row in range(4)
            ]
            story.append(Table(rows, colWidths=[400]))
        elif index % 3 == 1:
            story += [CondPageBreak(200), paragraph(markup(LONG_NOTE * 2), look.body)]
        else:
            story += [paragraph(markup(f"{index} {LONG_NOTE}"), look.body), Spacer(1, 90)]
    return story


def _pages(keep: type | None) -> list[str]:
    out = io.BytesIO()
    document = SimpleDocTemplate(out)
    if keep is not None:
        document.keepTogetherClass = keep
    document.build(_story())
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        return [
            "|".join(f"{c['text']}{c['x0']:.2f},{c['top']:.2f}" for c in page.chars)
            for page in pdf.pages
        ]


def test_headings_move_with_what_follows_them_exactly_as_reportlab_moves_them() -> None:
    ours, reportlab = _pages(HeadingKeep), _pages(None)
    assert len(ours) > 3
    assert ours == reportlab
    # the test can fail: without keep-with-next some heading ends a page
    document_without = _pages_without_keep()
    assert document_without != reportlab


def _pages_without_keep() -> list[str]:
    out = io.BytesIO()
    story = _story()
    for flowable in story:
        flowable.keepWithNext = False
    SimpleDocTemplate(out).build(story)
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        return [
            "|".join(f"{c['text']}{c['x0']:.2f},{c['top']:.2f}" for c in page.chars)
            for page in pdf.pages
        ]
