"""A table cell's notes as one flowable (CellList) must be placed, and split between pages,
exactly as ReportLab places a cell of one NoteItem per note."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.handout import write_handout
from exports.handout_context import LIST_STYLES
from exports.pdf_notes import CellList, Entry, NoteItem
from exports.pdf_styles import RULE, VOTE_INK, SharedParagraph, markup, styles
from exports.textfit import Measurer
from exports.typefaces import register
from models.document import BoardDocument
from models.frame_types import is_cell
from models.templates.starters import JOURNEY_MAP
from tests.exports.boards import LONG_NOTE
from tests.exports.pdfcheck import page_texts, squeeze

WORDS = LONG_NOTE.split()
STYLE = LIST_STYLES["cell_note"]


def _text(row: int, col: int, index: int) -> str:
    return f"R{row}C{col}N{index} " + " ".join(WORDS[: 2 + (row * 5 + col * 3 + index * 7) % 30])


def _cells(row: int, columns: int) -> list[list[Entry]]:
    red = [("\u25cf", VOTE_INK), ("2", VOTE_INK)]
    return [
        [
            Entry("\u2022", _text(row, col, index), red if index % 3 == 0 else [])
            for index in range(2 + (row + col) % 6)
        ]
        for col in range(columns)
    ]


def _table(rows: list[list[list[Flowable]]], width: float) -> Table:
    columns = len(rows[0])
    table = Table(rows, colWidths=[width / columns] * columns, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _placed(story: list[Flowable]) -> list[list[tuple[object, ...]]]:
    """Each page's characters: letter, position, size and colour (in page order: the two
    ways write the same text blocks in a different order, which changes nothing seen)."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    buffer.seek(0)
    with pdfplumber.open(buffer) as pdf:
        return [
            sorted(
                (
                    round(c["top"], 2),
                    round(c["x0"], 2),
                    c["text"],
                    round(c["size"], 2),
                    str(c["non_stroking_color"]),
                )
                for c in page.chars
            )
            for page in pdf.pages
        ]


def test_a_cell_list_is_placed_and_split_exactly_like_one_item_per_note() -> None:
    measure = Measurer(register()[0])
    columns, width = 5, 480.0
    grid = [_cells(row, columns) for row in range(14)]
    one_each = [
        [[NoteItem(measure, e.text, e.bullet, e.extras, STYLE) for e in cell] for cell in row]
        for row in grid
    ]
    merged = [[[CellList(measure, STYLE, list(cell))] for cell in row] for row in grid]
    expected = _placed([_table(one_each, width)])
    assert len(expected) > 3, "the table must run over several pages"
    # Rows are cut inside notes: a page's first line in some column is not a note's first.
    opening = ["".join(c[2] for c in page if c[0] == page[0][0]) for page in expected[1:]]
    assert any("\u2022" not in line for line in opening), "no row was cut inside a note"
    assert _placed([_table(merged, width)]) == expected


def test_a_full_journey_map_lists_every_note_whole_in_its_cell_order(tmp_path: Path) -> None:
    doc = BoardDocument.create(tmp_path / "polku.pajalauta", title="Polku", language="fi")
    with doc.write():
        frame_id = doc.frames.instantiate(JOURNEY_MAP, 0.0, 0.0)
    cells = [zone for zone in doc.frames.zones(frame_id) if is_cell(zone)]
    patches = []
    for number, zone in enumerate(cells):
        for index in range(3):
            patches.append(
                {
                    "text": f"Solu{number:02d}lappu{index} " + " ".join(WORDS[: 4 + index * 6]),
                    "zone_id": zone.id,
                    "x": zone.x + 10,
                    "y": zone.y + 10 + index * 60,
                }
            )
    doc.notes.add(patches)
    target = tmp_path / "polku.pdf"
    try:
        write_handout(doc, target, sections=["templates"])
    finally:
        doc.close()
    text = squeeze("".join(page_texts(target)))
    for patch in patches:
        assert squeeze(str(patch["text"])) in text, patch["text"]
    for number in range(len(cells)):
        found = [text.find(f"Solu{number:02d}lappu{index}") for index in range(3)]
        assert found == sorted(found), f"cell {number}: notes out of order"


def test_paragraphs_of_several_styles_in_a_split_table_print_as_plain_paragraphs() -> None:
    """Shared paragraphs keep their last wrap; one split between pages must break anew."""
    chosen = styles("fi")
    words = " ".join(WORDS * 6)
    cells = [
        (
            f"<b>Rivi {row}</b> {markup(words[: 300 + row * 97])}"
            f'<font color="#9B1C1C"> ● {row}</font>'
        )
        for row in range(10)
    ]

    def table(make: type[Paragraph]) -> Table:
        rows = [[make(text, chosen.h3), make(text, chosen.cell)] for text in cells]
        return _table(rows, 400.0)  # type: ignore[arg-type]

    expected = _placed([table(Paragraph)])
    assert len(expected) > 1, "the table must be split between pages"
    assert _placed([table(SharedParagraph)]) == expected
