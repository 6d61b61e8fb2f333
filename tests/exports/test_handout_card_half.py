"""An experiment card's half drawn as one flowable (CardHalf) must print its words where
ReportLab's Table of the same cells prints them, and split between pages as that table does."""

from __future__ import annotations

import io

import pdfplumber
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from exports.pdf_card_half import CardHalf
from exports.pdf_cards import WRITING_ROOM, _as_table
from exports.pdf_styles import RULE, markup, paragraph, styles
from exports.pdf_text import colour
from tests.exports.boards import LONG_NOTE

WIDTH = 400.0


def _half(answers: list[str]) -> tuple[CardHalf, CardHalf]:
    """The same half twice (a flowable draws once): labels with answers, "" = room to write."""
    look = styles()

    def build() -> CardHalf:
        title = paragraph("Ennen kokeilua <font color='#5C6370'>· kesken</font>", look.h3)
        rows: list[tuple[Flowable, Flowable | None, float | None]] = []
        for index, answer in enumerate(answers):
            label = paragraph(markup(f"Kenttä {index} pitkä nimi"), look.label)
            value = paragraph(markup(answer), look.card_value) if answer else None
            rows.append((label, value, None if answer else WRITING_ROOM))
        fill = colour("#E3EDF9")
        return CardHalf(title, rows, WIDTH, fill, RULE, lambda: _as_table(title, rows, WIDTH, fill))

    return build(), build()


def _chars(story: list[Flowable]) -> list[list[tuple[str, float, float, float]]]:
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story)
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        return [
            [
                (c["text"], round(c["x0"], 2), round(c["top"], 2), round(c["size"], 2))
                for c in page.chars
            ]
            for page in pdf.pages
        ]


def test_a_half_prints_every_word_where_the_table_prints_it() -> None:
    answers = ["Osallistuja 1", "", "Avoimet ovet ja lähiruoka " * 4, "", "Omat toiveet"]
    half, twin = _half(answers)
    ours = _chars([Spacer(1, 30), half])
    table = _chars([Spacer(1, 30), _as_table(twin.title, twin.rows, WIDTH, twin.fill)])
    assert len(ours) == 1 and ours == table
    printed = "".join(c[0] for c in ours[0]).replace(" ", "")
    assert "Osallistuja1" in printed and "Kenttä4pitkänimi" in printed


def test_a_half_too_tall_for_the_page_splits_as_the_table_does() -> None:
    answers = [LONG_NOTE * 3, "", LONG_NOTE * 2, "Lyhyt", LONG_NOTE * 3, ""]
    half, twin = _half(answers)
    ours = _chars([Spacer(1, 300), half])
    table = _chars([Spacer(1, 300), _as_table(twin.title, twin.rows, WIDTH, twin.fill)])
    assert len(ours) >= 2
    assert ours == table
