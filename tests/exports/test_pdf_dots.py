"""Dots in the handout's board picture: never over a note's text, and visible on a note of
the voting group's own colour (a white ring around a dark edge), read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from sqlalchemy import insert

from exports.handout import write_handout
from models.clock import now_iso
from models.document import BoardDocument
from models.schema import DotRow, VoteRow

LONG = "Työvaatteet pitäisi uusia ja kotileivonnaiset takaisin joka perjantaiksi"


def _board(path: Path) -> BoardDocument:
    doc = BoardDocument.create(path, title="Pisteet", language="fi")
    doc.groups.ensure_defaults("fi")
    yellow = doc.groups.all()[0]
    ids = doc.notes.add(
        [{"text": LONG, "x": 240.0 * i, "y": 0.0, "colour": yellow.colour} for i in range(3)]
    )
    stamp = now_iso()
    with doc.write() as conn:
        vote = conn.execute(
            insert(VoteRow).values(
                title="Paras",
                budget=3,
                budget_per="group",
                hidden=False,
                started_at=stamp,
                ended_at=stamp,
            )
        ).inserted_primary_key[0]
        for note_id in ids:
            for _ in range(3):
                conn.execute(
                    insert(DotRow).values(
                        vote_id=vote,
                        note_id=note_id,
                        group_id=yellow.id,
                        voter="",
                        created_at=stamp,
                    )
                )
        doc.record("vote", added=[vote])
    return doc


def test_dots_in_the_pdf_keep_off_the_text_and_have_a_contrast_ring(tmp_path: Path) -> None:
    doc = _board(tmp_path / "pisteet.pajalauta")
    try:
        write_handout(doc, tmp_path / "pisteet.pdf")
    finally:
        doc.close()
    checked = 0
    with pdfplumber.open(tmp_path / "pisteet.pdf") as pdf:
        for page in pdf.pages:
            curves = page.curves
            dots = [c for c in curves if c.get("fill") and _dark(c.get("stroking_color"))]
            rings = [c for c in curves if not c.get("fill") and _white(c.get("stroking_color"))]
            if not dots:
                continue
            words = [w for w in page.extract_words() if w["text"] in LONG.split()]
            assert words, "the notes' text is on the page with the dots"
            for dot in dots:
                assert any(_around(ring, dot) for ring in rings), "a white ring round each dot"
                for word in words:
                    assert not _overlap(dot, word), (word["text"], dot["x0"], dot["top"])
                checked += 1
    assert checked >= 9


def _dark(colour: object) -> bool:
    return isinstance(colour, tuple) and len(colour) >= 3 and max(colour[:3]) < 0.2


def _white(colour: object) -> bool:
    return isinstance(colour, tuple) and len(colour) >= 3 and min(colour[:3]) > 0.95


def _around(ring: dict[str, float], dot: dict[str, float]) -> bool:
    return (
        ring["x0"] <= dot["x0"] + 0.01
        and ring["x1"] >= dot["x1"] - 0.01
        and ring["top"] <= dot["top"] + 0.01
        and ring["bottom"] >= dot["bottom"] - 0.01
    )


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x0"] < b["x1"]
        and b["x0"] < a["x1"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )
