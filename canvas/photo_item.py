"""A photo on the canvas: a note of kind ``image`` drawn as a picture on a white card.

Everything a note can do, a photo can (it *is* a :class:`NoteItem`: move, select, group, cell,
z-order, votes, delete, duplicate, copy); it differs in what it paints and in keeping its
shape when resized. The caption is the note's text, edited in place in the band below the
picture. Pixels come from the scene's :class:`~canvas.photo_thumbs.ThumbnailCache` at the size
the view shows, never the full photo for a far one.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from canvas import look, style
from canvas.layout_queue import LayoutQueue
from canvas.note_item import NoteItem
from canvas.photo_thumbs import ThumbnailCache
from canvas.text_fit import FittedText, fit_text
from models.photos import Box, card_layout, fitted
from models.records import NoteData

_CARD = QColor("#FFFFFF")
_WAITING = QColor("#D5D9DE")
_EDGE = QPen(QColor("#B8BEC6"), 0.0)
_TEXT_PEN = QPen(style.TEXT_COLOUR)


def pixel_size(note: NoteData) -> tuple[int, int]:
    """The stored picture's pixels as recorded when it was added (0, 0 if unknown)."""
    raw = str(note.fields.get("pixels", ""))
    width, _, height = raw.partition("×")
    try:
        return int(width), int(height)
    except ValueError:
        return 0, 0


def _qrect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


class PhotoItem(NoteItem):
    """A photo card: picture, caption band, and the note's selection and handles."""

    keeps_aspect = True

    def __init__(
        self, note: NoteData, queue: LayoutQueue | None, thumbnails: ThumbnailCache
    ) -> None:
        super().__init__(note, queue)
        self._thumbs = thumbnails
        self._caption: FittedText | None = None
        self._pixels = pixel_size(note)

    @property
    def image_id(self) -> int | None:
        return self.note.image_id

    def apply(self, note: NoteData) -> None:
        if (note.text, note.width, note.height) != (
            self.note.text,
            self.note.width,
            self.note.height,
        ):
            self._caption = None
        self._pixels = pixel_size(note)
        super().apply(note)

    def preview_size(self, width: float, height: float) -> None:
        self._caption = None
        super().preview_size(width, height)

    def _boxes(self) -> tuple[QRectF, QRectF]:
        has_caption = self.editing or bool(self.note.text.strip())
        picture, caption = card_layout(self._rect.width(), self._rect.height(), has_caption)
        return _qrect(fitted(picture, *self._pixels) if self._pixels[0] else picture), _qrect(
            caption
        )

    def text_box(self) -> QRectF:
        """Where the caption (and its editor) goes."""
        return self._boxes()[1]

    def picture_rect(self) -> QRectF:
        return self._boxes()[0]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = painter.worldTransform().m11()
        view_look = look.current
        if lod >= style.SHADOW_LOD:
            painter.fillRect(
                QRectF(
                    self._rect.right(),
                    style.SHADOW_OFFSET,
                    style.SHADOW_OFFSET,
                    self._rect.height(),
                ),
                style.SHADOW_COLOUR,
            )
            painter.fillRect(
                QRectF(
                    style.SHADOW_OFFSET,
                    self._rect.bottom(),
                    self._rect.width() - style.SHADOW_OFFSET,
                    style.SHADOW_OFFSET,
                ),
                style.SHADOW_COLOUR,
            )
        painter.fillRect(self._rect, _CARD)
        picture, caption = self._boxes()
        self.paint_picture(painter, picture, lod)
        if lod >= style.TEXT_LOD and not (self.editing or self.text_hidden or view_look.hide_text):
            self._paint_caption(painter, caption, lod)
        if view_look.decorates:
            look.decorate(painter, self, lod)
        if self.isSelected():
            self._paint_selection(painter, lod)
            if view_look.handles:
                self._paint_handle(painter, lod)
        else:
            painter.setPen(_EDGE)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect)

    def paint_picture(self, painter: QPainter, target: QRectF, lod: float) -> None:
        """The picture into ``target`` (item units) from the nearest decoded size."""
        image_id = self.note.image_id
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = (
            None
            if image_id is None
            else self._thumbs.best(image_id, max(target.width(), target.height()) * lod * ratio)
        )
        if pixmap is None or pixmap.isNull():
            painter.fillRect(target, _WAITING)
            if image_id is None or self._thumbs.is_broken(image_id):
                painter.setPen(_EDGE)  # a crossed box, as the handout draws it
                painter.drawLine(target.topLeft(), target.bottomRight())
                painter.drawLine(target.bottomLeft(), target.topRight())
            return
        smooth = painter.testRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)

    def _paint_caption(self, painter: QPainter, box: QRectF, lod: float) -> None:
        if box.height() <= 1.0 or not self.note.text.strip():
            return
        fit = self._caption
        if fit is None:
            fit = self._caption = fit_text(self.note.text, box.width(), box.height())
        if fit.pixel_size * lod < style.MIN_READABLE_TEXT_PX:
            return
        painter.setPen(_TEXT_PEN)
        origin = fit.origin + box.topLeft()
        for run in fit.runs:
            painter.drawGlyphRun(origin, run)


def paint_far_photos(
    painter: QPainter, photos: list[PhotoItem], visible: QRectF, scale: float
) -> None:
    """Photos in sight over the far view's blocks (painter in scene units): a few small
    thumbnails, so a photo stays recognisable on a zoomed-out board and on the projector."""
    for item in photos:
        rect = item.scene_rect()
        if not rect.intersects(visible):
            continue
        picture = item.picture_rect().translated(rect.topLeft())
        item.paint_picture(painter, picture, scale)
