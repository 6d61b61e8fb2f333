"""The handout benchmark's floors print the board's texts and the handout's words, and one run
of it works."""

from __future__ import annotations

from pathlib import Path

from benchmarks.handout import child, handout_texts, words_floor_texts
from benchmarks.workshopgen import build_workshop_board
from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND
from models.snapshot import take_snapshot


def test_the_floor_prints_every_note_and_every_card_field(tmp_path: Path) -> None:
    board = tmp_path / "paja.pajalauta"
    build_workshop_board(board, 120)
    doc = BoardDocument.open(board, read_only=True)
    try:
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    texts = handout_texts(snapshot)
    cards = [note for note in snapshot.notes if note.kind == EXPERIMENT_KIND]
    assert cards and all(not card.text for card in cards)
    for note in snapshot.notes:
        if note.kind == EXPERIMENT_KIND:
            assert note.fields["owner"] in texts and note.fields["try"] in texts
        else:
            assert note.text in texts
    figures = child(board, runs=1)
    assert figures["pages"] > 5 and figures["pdf_bytes"] > 10_000
    assert figures["handout_ms"] > 0 and figures["floor_ms"] > 0
    # the floor prints the notes' and cards' words (as read back: a word broken at a line end
    # may read as two or a dash join two); the handout prints them and much more
    words = sum(len(text.split()) for text in texts)
    assert words * 0.97 <= figures["floor_words"] <= words * 1.03
    assert figures["handout_words"] > 2 * figures["floor_words"]
    assert (tmp_path / "paja-floor.pdf").stat().st_size > 1_000
    # the second floor prints the handout's own words, in note-sized paragraphs
    assert figures["words_floor_ms"] > 0
    handout_words = figures["handout_words"]
    assert handout_words * 0.97 <= figures["words_floor_words"] <= handout_words * 1.03


def test_the_words_floor_cuts_the_printed_words_into_note_sized_paragraphs() -> None:
    words = [f"w{index}" for index in range(10)]
    paragraphs = words_floor_texts(words, ["a b c", "d e f"])
    assert paragraphs == ["w0 w1 w2", "w3 w4 w5", "w6 w7 w8", "w9"]
