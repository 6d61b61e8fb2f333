"""Issue #10, "cell prompts about 8 px": the question under a header's title reads on the
laptop at the zoom a frame is worked at (the frame fitted into a 1920×1080 window), measured
on screen, and it stays inside its header, clear of notes and of the other headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas.frame_items import ZoneItem
from canvas.frame_style import PROMPT_SCREEN_PX
from canvas.frame_text import frame_font
from canvas.note_item import colour_for
from models.document import BoardDocument
from models.templates import get_template
from ui.main_window import MainWindow

GRID_TEMPLATES = ["dream_fear", "journey_map", "idea_lists"]


def open_template(window: MainWindow, path: Path, key: str) -> None:
    doc = BoardDocument.create(path, title="Kehittämispaja", language="fi")
    doc.frames.instantiate(get_template(key), 0.0, 0.0)
    frame = doc.frames.all()[0]
    cell = next(z for z in doc.frames.zones(frame.id) if z.row >= 0 and z.col >= 0)
    doc.notes.add([{"text": "Kotileivonnaiset", "x": cell.x + 20.0, "y": cell.y + 20.0}])
    doc.close()
    window.resize(1920, 1080)
    assert window.open_path(path)
    QApplication.processEvents()
    view = window.view
    assert view is not None and window.scene is not None
    view.zoom_to_rect(window.scene.frames.frame_items()[0].scene_rect())
    QApplication.processEvents()


def prompt_rect(zone: ZoneItem) -> QRectF:
    """Scene rect of the prompt's painted lines."""
    box = zone.text_box()
    assert box.prompt is not None, f"{zone.zone.title!r} shows its prompt"
    local = QRectF(
        box.prompt_at.x(), box.prompt_at.y(), zone.text_rect().width(), box.prompt.height
    )
    return zone.mapRectToScene(local)


def ink_rows(image: QImage, rect: QRect, background: int) -> int:
    """Rows of ``rect`` holding a pixel clearly darker than the header's fill: the height of
    the text's ink on screen."""
    rows = 0
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        if any(
            image.pixelColor(x, y).lightness() < background - 60
            for x in range(rect.left(), rect.right() + 1)
        ):
            rows += 1
    return rows


@pytest.mark.parametrize("key", GRID_TEMPLATES)
def test_header_prompts_read_when_the_frame_fills_the_laptop_window(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, key: str
) -> None:
    open_template(window, tmp_path / f"{key}.pajalauta", key)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    assert view.viewport().width() >= 1800, "the board fills a 1920×1080 window"
    scale = view.transform().m11()
    headers = [
        z
        for z in scene.frames.zone_items()
        if z.kind in ("column", "row") and z.zone.prompt.strip()
    ]
    assert headers
    image = view.viewport().grab().toImage()
    notes = [item.scene_rect() for item in scene.note_items()]
    assert notes
    for zone in headers:
        box = zone.text_box()
        assert box.prompt is not None and box.prompt.complete, zone.zone.prompt
        on_screen = box.prompt.pixel_size * scale
        assert on_screen >= PROMPT_SCREEN_PX, (zone.zone.prompt, on_screen)
        rect = prompt_rect(zone)
        # Inside its own header, clear of the title above it, of notes and of other headers.
        assert zone.scene_rect().contains(rect), zone.zone.prompt
        if box.title is not None:
            assert zone.mapToScene(box.title_at).y() + box.title.height <= rect.top() + 0.5
        assert not any(note.intersects(rect) for note in notes)
        assert not any(
            other.scene_rect().intersects(rect) for other in headers if other is not zone
        )
        # Measured on the screen: the first line's ink is as tall as 14-px text draws it
        # ("Mistä…", "Mitä…": capitals, ascenders, an ä), not the 6 rows of an 8-px prompt.
        line_height = QFontMetricsF(frame_font(box.prompt.pixel_size)).height()
        first = view.mapFromScene(QRectF(rect.left(), rect.top(), rect.width(), line_height))
        fill = colour_for(zone.zone.colour).lightness()
        assert ink_rows(image, first.boundingRect(), fill) >= 10, zone.zone.prompt
