"""PNG pictures of the board and of one frame, painted headless from the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from exports.overview import build_overview
from exports.pdf_overview import deepened
from exports.png import write_png
from models.snapshot import take_snapshot
from tests.exports.boards import build_workshop_board


def colours(path: Path) -> set[str]:
    with Image.open(path) as image:
        found = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    return {"#{:02x}{:02x}{:02x}".format(*rgb) for _count, rgb in found}


def test_whole_board_and_one_frame_at_chosen_widths(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "b.pajalauta")
    try:
        snapshot = take_snapshot(doc)
        ideas = next(f for f in snapshot.frames if f.template_key == "idea_lists")
        board = write_png(doc, tmp_path / "board.png", width=1200)
        frame = write_png(snapshot, tmp_path / "ideas.png", frame_id=ideas.id, width=900)
    finally:
        doc.close()
    whole, part = QImage(str(board.path)), QImage(str(frame.path))
    assert (whole.width(), whole.height()) == (board.width, board.height)
    assert whole.width() == 1200 and part.width() == 900
    ratio = part.height() / part.width()
    assert ratio == pytest.approx((ideas.height + 80) / (ideas.width + 80), rel=0.02)
    group_colours = {g.colour.lower() for g in snapshot.groups}
    assert group_colours <= colours(frame.path)
    assert deepened("#C62828").lower() in colours(frame.path), "vote dots are painted"
    assert len(colours(board.path)) > 50


def test_missing_frame_and_silly_width_are_refused(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "b.pajalauta")
    try:
        with pytest.raises(ValueError, match="no frame"):
            write_png(doc, tmp_path / "x.png", frame_id=9999)
        with pytest.raises(ValueError, match="width"):
            write_png(doc, tmp_path / "x.png", width=5)
    finally:
        doc.close()
    assert not (tmp_path / "x.png").exists()


def test_a_big_board_shows_every_note_and_frame_even_where_notes_are_blocks(
    tmp_path: Path,
) -> None:
    from models.document import BoardDocument
    from models.templates import get_template

    palette = ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8")
    doc = BoardDocument.create(tmp_path / "iso.pajalauta", title="Iso")
    try:
        frames = [
            doc.frames.instantiate(get_template("idea_lists"), 0.0, 3000.0 + 2500.0 * i)
            for i in range(3)
        ]
        doc.notes.add(
            [
                {
                    "x": 300.0 * (i % 40),
                    "y": 300.0 * (i // 40),
                    "text": f"Idea {i}",
                    "colour": palette[i % 4],
                }
                for i in range(800)
            ]
        )
        result = write_png(doc, tmp_path / "iso.png", width=600)
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    image = QImage(str(result.path))
    overview = build_overview(snapshot, "board")
    assert overview is not None
    region = overview.region
    scale = result.width / region.width
    region_x, region_y = region.x, region.y
    for note in snapshot.notes:
        x = int((note.x + note.width / 2 - region_x) * scale)
        y = int((note.y + note.height / 2 - region_y) * scale)
        assert image.pixelColor(x, y).name().upper() == note.colour, note.id
    for frame in snapshot.frames:
        assert frame.id in frames
        x = int((frame.x + frame.width - 20 - region_x) * scale)
        y = int((frame.y + frame.height - 20 - region_y) * scale)
        assert image.pixelColor(x, y).name().upper() != "#F3F4F6", "every frame is painted"
