"""Photos added through the real ways in: drop (QMimeData with file URLs, through the view's
drag and drop events), paste (QMimeData with image data) and copied photo cards; checked in
the file after reopening, and undone and redone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication

from canvas.photo_item import PhotoItem
from models.document import BoardDocument
from models.images import ImageStore
from tests.canvas import photo_files
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import cell, insert_small_grid, point_in


def drop(board: Board, paths: list[Path], at: QPoint) -> None:
    """Drag files over the view and let go, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    viewport = board.view.viewport()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the board refused the drag"
    QApplication.sendEvent(
        viewport,
        QDragMoveEvent(
            at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    QApplication.sendEvent(
        viewport,
        QDropEvent(
            QPointF(at), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    settle(board)


def settle(board: Board) -> None:
    board.qtbot.waitUntil(lambda: not board.view.photos.busy(), timeout=20_000)


def stored(document: BoardDocument, image_id: int | None) -> QImage:
    assert image_id is not None
    found = ImageStore(document).data(image_id)
    assert found is not None
    return QImage.fromData(found[1])


def photos(board: Board) -> list:
    return [note for note in board.document.notes.all() if note.kind == "image"]


def test_dropped_photos_land_at_the_pointer_upright_in_one_step(
    board: Board, tmp_path: Path, board_path: Path
) -> None:
    files = [
        photo_files.rotated_jpeg(tmp_path / "kuva.jpg"),
        photo_files.transparent_png(tmp_path / "läpinäkyvä.png"),
    ]
    drop(board, files, board.vp(300, 100))
    cards = photos(board)
    assert len(cards) == 2 and board.stack.count() == 1
    left = min(card.x for card in cards)
    right = max(card.x + card.width for card in cards)
    assert left < 300 < right, "the photos are not centred on the drop point"
    assert all(card.y < 100 < card.y + card.height for card in cards)
    assert all(isinstance(board.scene.item_for(card.id), PhotoItem) for card in cards)
    rotated, clear = sorted(cards, key=lambda card: card.x)
    assert rotated.height > rotated.width, "the camera's orientation was not applied"

    board.stack.undo()
    assert photos(board) == []
    with board.document.read() as conn:
        assert conn.exec_driver_sql("select count(*) from images").scalar() == 0
    board.stack.redo()
    assert [card.id for card in photos(board)] == [rotated.id, clear.id]

    ids = (rotated.image_id, clear.image_id)
    board.scene.detach()
    board.document.close()
    reopened = BoardDocument.open(board_path)
    try:
        upright = stored(reopened, ids[0])
        assert (upright.width(), upright.height()) == (400, 600)
        top_right = QColor(upright.pixel(350, 50))
        assert top_right.blue() > 150 and top_right.red() < 100, "blue corner not top right"
        png = stored(reopened, ids[1])
        assert png.hasAlphaChannel() and QColor(png.pixelColor(20, 100)).alpha() == 0
        assert QColor(png.pixelColor(250, 100)).alpha() == 255
    finally:
        reopened.close()


def test_a_photo_dropped_on_a_cell_belongs_to_it_and_fits_it(board: Board, tmp_path: Path) -> None:
    frame_id = insert_small_grid(board)
    zone = cell(board, frame_id, 1, 0)
    drop(
        board, [photo_files.huge_jpeg(tmp_path / "fläppi.jpg", (1600, 1200))], point_in(board, zone)
    )
    (card,) = photos(board)
    assert card.zone_id == zone.id
    assert card.width <= zone.width and card.height <= zone.height


def test_a_camera_sized_photo_is_scaled_down_and_says_from_what(
    board: Board, tmp_path: Path
) -> None:
    drop(board, [photo_files.huge_jpeg(tmp_path / "IMG_2041.jpg")], board.vp(0, 0))
    (card,) = photos(board)
    image = stored(board.document, card.image_id)
    assert (image.width(), image.height()) == (4096, 2731)
    assert card.fields["original"].startswith("6000×4000")
    assert card.fields["pixels"] == "4096×2731"


@pytest.mark.parametrize(
    "make, words",
    [
        (photo_files.corrupt_jpeg, "damaged"),
        (photo_files.text_as_jpeg, "not a picture"),
        (photo_files.heic, "HEIC"),
    ],
)
def test_a_file_that_is_no_usable_picture_is_named_and_changes_nothing(
    board: Board, tmp_path: Path, make, words: str
) -> None:
    good = photo_files.webp(tmp_path / "hyvä.webp")
    bad = make(tmp_path / "huono.jpg")
    with board.qtbot.waitSignal(board.view.errorOccurred, timeout=20_000) as blocker:
        drop(board, [bad], board.vp(0, 0))
    assert "huono.jpg" in blocker.args[0] and words in blocker.args[0]
    assert board.document.notes.all() == [] and board.stack.count() == 0
    drop(board, [bad, good], board.vp(0, 0))
    assert len(photos(board)) == 1 and board.stack.count() == 1, "the good one is added"


def test_a_pasted_picture_becomes_a_photo_and_undoes(board: Board) -> None:
    picture = QImage(800, 500, QImage.Format.Format_ARGB32)
    picture.fill(QColor(30, 160, 60, 255))
    mime = QMimeData()
    mime.setImageData(picture)
    QGuiApplication.clipboard().setMimeData(mime)
    board.view.paste()
    settle(board)
    (card,) = photos(board)
    image = stored(board.document, card.image_id)
    assert (image.width(), image.height()) == (800, 500)
    assert QColor(image.pixel(400, 250)).green() > 140
    board.stack.undo()
    assert photos(board) == []
    board.stack.redo()
    assert photos(board)[0].image_id == card.image_id


def test_caption_is_typed_in_place_and_survives_reopening(
    board: Board, tmp_path: Path, board_path: Path
) -> None:
    drop(board, [photo_files.webp(tmp_path / "a.webp")], board.vp(0, 0))
    (card,) = photos(board)
    board.double_click(board.vp(card.x + card.width / 2, card.y + card.height / 2))
    assert board.view.is_editing()
    board.type("Pienet teot asiakkaalle")
    board.view.edit_session().finish()
    assert board.note(card.id).text == "Pienet teot asiakkaalle"
    editor_undo = board.stack.count()
    board.stack.undo()
    assert board.note(card.id).text == ""
    board.stack.redo()
    assert board.stack.count() == editor_undo
    board.scene.detach()
    board.document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert reopened.notes.get(card.id).text == "Pienet teot asiakkaalle"
    finally:
        reopened.close()


def test_resizing_a_photo_keeps_its_shape(board: Board, tmp_path: Path) -> None:
    drop(board, [photo_files.webp(tmp_path / "a.webp")], board.vp(0, 0))
    (card,) = photos(board)
    board.click(board.vp(card.x + 20, card.y + 20))
    corner = board.vp(card.x + card.width - 3, card.y + card.height - 3)
    board.drag(corner, corner + QPoint(150, 10))
    after = board.note(card.id)
    assert after.width > card.width + 100
    assert abs(after.height / after.width - card.height / card.width) < 0.01


def test_a_copied_photo_pastes_into_another_board_with_its_picture(
    board: Board, tmp_path: Path, qtbot
) -> None:
    from PySide6.QtGui import QUndoStack

    from canvas.scene import BoardScene
    from canvas.view import BoardView

    drop(board, [photo_files.rotated_jpeg(tmp_path / "a.jpg")], board.vp(0, 0))
    (card,) = photos(board)
    board.view.copy_selected()
    other = BoardDocument.create(tmp_path / "toinen.pajalauta")
    scene = BoardScene(other)
    view = BoardView(scene, QUndoStack())
    qtbot.addWidget(view)
    try:
        view.paste()
        (pasted,) = [note for note in other.notes.all() if note.kind == "image"]
        assert ImageStore(other).data(pasted.image_id) == ImageStore(board.document).data(
            card.image_id
        )
        assert isinstance(scene.item_for(pasted.id), PhotoItem)
    finally:
        scene.detach()
        other.close()


def test_a_photo_is_handled_like_a_note(board: Board, tmp_path: Path) -> None:
    """Group, duplicate, z-order, delete and a vote dot work on a photo as on a note."""
    group = board.document.groups.add("Innostujat", "#4C8BF5")
    board.view.current_group_id = group
    note = board.add(text="Lappu", x=400.0, y=0.0)
    drop(board, [photo_files.webp(tmp_path / "a.webp")], board.vp(0, 0))
    (card,) = photos(board)
    assert card.group_id == group
    board.scene.select_notes([card.id])
    board.view.duplicate_selected()
    copies = [c for c in photos(board) if c.id != card.id]
    assert len(copies) == 1 and copies[0].image_id == card.image_id
    assert isinstance(board.scene.item_for(copies[0].id), PhotoItem)
    board.scene.select_notes([card.id])
    board.view.send_to_back()
    assert board.note(card.id).z < board.note(note).z
    vote = board.document.votes.start("Paras kuva", budget=3)
    board.document.votes.place_dot(vote, card.id, group)
    assert board.document.votes.dots_on([card.id])
    board.scene.select_notes([card.id])
    board.view.delete_selected()
    assert board.document.notes.get(card.id) is None
    board.stack.undo()
    assert board.document.notes.get(card.id) is not None
    assert board.document.votes.dots_on([card.id]), "the photo's dot came back with it"


def test_a_picture_dragged_from_a_browser_and_files_copied_in_a_file_manager(
    board: Board, tmp_path: Path
) -> None:
    """A drag that carries image data (no file) and a paste of copied files both add photos."""
    picture = QImage(640, 480, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 40, 40))
    mime = QMimeData()
    mime.setImageData(picture)
    at = board.vp(-200, 0)
    viewport = board.view.viewport()
    enter = QDragEnterEvent(
        at,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        viewport,
        QDropEvent(
            QPointF(at),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    settle(board)
    assert len(photos(board)) == 1
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(photo_files.webp(tmp_path / "k.webp")))])
    QGuiApplication.clipboard().setMimeData(copied)
    board.view.paste()
    settle(board)
    assert len(photos(board)) == 2 and board.stack.count() == 2
    first = stored(board.document, photos(board)[0].image_id)
    assert QColor(first.pixel(320, 240)).red() > 180
