"""A PNG picture of the whole board or of one frame, at a chosen width in pixels.

Painted with QPainter from the same shapes as the handout's vector overview
(:mod:`exports.overview`), never from scene items, so it works headless (the command line sets
``QT_QPA_PLATFORM=offscreen``) and looks like the handout. Text uses the fonts shipped in
``exports/fonts`` and the handout's fitting, so words wrap the same way in both.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
)

from exports.atomic import ExportError, replacing
from exports.overview import (
    DOT_SIZE,
    FRAME_TITLE_SIZE,
    MAX_DOTS,
    MOOD_COLOUR,
    TEXT_COLOUR,
    ZONE_TITLE_SIZE,
    FrameShape,
    NoteShape,
    Overview,
    Scope,
    ZoneShape,
    build_overview,
    note_padding,
    note_text_sizes,
)
from exports.pdf_overview import deepened
from exports.pictures import decode
from exports.textfit import Fitted, Measurer, fit
from exports.typefaces import FONT_DIR, printable, register
from models.document import BoardDocument
from models.errors import FieldValueError
from models.private_notes import revealed
from models.snapshot import BoardSnapshot, Rect, take_snapshot

DEFAULT_WIDTH: Final = 2400
MAX_SIDE: Final = 16_000
MAX_PIXELS: Final = 120_000_000
MIN_TEXT_PX: Final = 3.0
DOT_EDGE: Final = "#111111"
"""The dark edge of a vote dot (inside its white ring), as in the handout."""


@dataclass(frozen=True)
class PngResult:
    path: Path
    width: int
    height: int


def ensure_gui_application() -> None:
    """QPainter text needs a QGuiApplication; headless runs use the offscreen platform."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QGuiApplication([]))


_keep: list[object] = []


@cache
def _families() -> tuple[str, str]:
    found = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        found.append(families[0] if families else "DejaVu Sans")
    return found[0], found[1]


def write_png(
    source: BoardDocument | BoardSnapshot,
    out_path: Path | str,
    *,
    frame_id: int | None = None,
    width: int = DEFAULT_WIDTH,
) -> PngResult:
    """Paint the board (or frame ``frame_id``) ``width`` pixels wide and save it as PNG."""
    snapshot = source if isinstance(source, BoardSnapshot) else take_snapshot(source)
    snapshot = revealed(snapshot)[0]
    if frame_id is not None and frame_id not in snapshot.frame_by_id:
        raise FieldValueError("The board has no frame with id {id}.", id=frame_id)
    scope: Scope = "board" if frame_id is None else frame_id
    overview = build_overview(snapshot, scope)
    if overview is None:
        overview = Overview(Rect(0, 0, 1600, 900), (), (), (), ())
    if not 16 <= width <= MAX_SIDE:
        raise FieldValueError("The width must be 16 to {limit} pixels.", limit=MAX_SIDE)
    scale = width / overview.region.width
    height = max(1, round(overview.region.height * scale))
    if height > MAX_SIDE or width * height > MAX_PIXELS:
        raise FieldValueError(
            "A {width} × {height} picture is too large; choose a smaller width.",
            width=width,
            height=height,
        )
    ensure_gui_application()
    image = _paint(overview, scale, width, height)
    target = Path(out_path)
    with replacing(target) as temporary:
        # The stubs say bytes, but PySide6 accepts only str here at run time.
        if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
            raise ExportError("Cannot write the picture “{name}”.", name=target.name)
    return PngResult(target, width, height)


class _Painter:
    """Draws overview shapes in board units onto a QImage through one scaled QPainter."""

    def __init__(self, image: QImage, overview: Overview, scale: float) -> None:
        self.regular_family, self.bold_family = _families()
        names = register()
        self.regular, self.bold = Measurer(names[0]), Measurer(names[1])
        self.scale = scale
        self.line = 1.0 / scale
        self.images: dict[int, QImage] = {}
        self.painter = QPainter(image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.painter.scale(scale, scale)
        self.painter.translate(-overview.region.x, -overview.region.y)

    def box(self, rect: Rect, fill: str, stroke: QColor, width: float = 1.0) -> None:
        self.painter.setPen(QPen(stroke, width * self.line))
        self.painter.setBrush(QBrush(QColor(fill)))
        self.painter.drawRect(QRectF(rect.x, rect.y, rect.width, rect.height))

    def text(
        self, fitted: Fitted, box: Rect, bold: bool, centre: bool, middle: bool = True
    ) -> None:
        if fitted.size * self.scale < MIN_TEXT_PX or not fitted.lines:
            return
        measure = self.bold if bold else self.regular
        font = QFont(self.bold_family if bold else self.regular_family)
        font.setBold(bold)
        font.setPointSizeF(fitted.size * 0.75)  # 96 dpi image: points × 4/3 = board units
        painter = self.painter
        painter.setFont(font)
        painter.setPen(QColor(TEXT_COLOUR))
        block = fitted.leading * len(fitted.lines)
        top = box.y + (box.height - block) / 2 if middle else box.y
        for index, words in enumerate(fitted.lines):
            baseline = top + fitted.leading * index + fitted.size * 0.93
            left = box.x + (box.width - measure.width(words, fitted.size)) / 2 if centre else box.x
            painter.drawText(QPointF(left, baseline), words)

    def frame(self, shape: FrameShape) -> None:
        self.box(shape.rect, "#FFFFFF", QColor("#8A9099"), 2.0)
        if not shape.title.strip() or shape.title_height <= 0:
            return
        rect = shape.rect
        pad = min(24.0, shape.title_height * 0.2)
        box = Rect(rect.x + pad, rect.y + pad, rect.width - 2 * pad, shape.title_height - 2 * pad)
        fitted = fit(
            self.bold,
            printable(shape.title),
            box.width,
            box.height,
            min(FRAME_TITLE_SIZE, box.height),
            8.0,
        )
        self.text(Fitted(fitted.size, fitted.lines[:1], fitted.shortened), box, True, False)

    def zone(self, shape: ZoneShape) -> None:
        self.box(shape.rect, shape.zone.colour, QColor("#C4C8CE"))
        if not shape.title.strip():
            return
        rect = shape.rect
        pad = min(16.0, rect.width * 0.05)
        room = (
            rect.height - 2 * pad
            if shape.header
            else min(ZONE_TITLE_SIZE * 2.6, rect.height - 2 * pad)
        )
        box = Rect(rect.x + pad, rect.y + pad, rect.width - 2 * pad, room)
        fitted = fit(
            self.bold, printable(shape.title), box.width, box.height, ZONE_TITLE_SIZE, 10.0
        )
        self.text(fitted, box, True, centre=shape.header, middle=shape.header)

    def curve(self, points: tuple[tuple[float, float], ...]) -> None:
        painter = self.painter
        painter.setPen(QPen(QColor(MOOD_COLOUR), 6))
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.setBrush(QBrush(QColor(MOOD_COLOUR)))
        for x, y in points:
            painter.drawEllipse(QPointF(x, y), 12, 12)

    def is_block(self, shape: NoteShape) -> bool:
        """A note too small in the picture for text, dots or a photo: only its block, drawn
        with its neighbours in one call per colour (the screen's far view; a 20,000-note
        board is mostly blocks)."""
        if shape.note.kind == "image" or shape.dots:
            return False
        return not shape.text.strip() or note_text_sizes(shape.rect)[0] * self.scale < MIN_TEXT_PX

    def blocks(self, shapes: list[NoteShape]) -> None:
        """Blocks of consecutive notes (see :meth:`is_block`) as :meth:`box` draws them, in
        one ``drawRects`` per colour: where blocks of two colours overlap, the colour drawn
        later stays on top (a pixel or two at this size, as on the screen's far view)."""
        if not shapes:
            return
        by_colour: dict[str, list[QRectF]] = {}
        for shape in shapes:
            rect = shape.rect
            by_colour.setdefault(shape.note.colour, []).append(
                QRectF(rect.x, rect.y, rect.width, rect.height)
            )
        painter = self.painter
        painter.setPen(QPen(QColor(0, 0, 0, 50), self.line))
        for colour, rects in by_colour.items():
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawRects(rects)

    def note(self, shape: NoteShape) -> None:
        rect = shape.rect
        self.box(rect, shape.note.colour, QColor(0, 0, 0, 50))
        pad = note_padding(rect)
        inner = Rect(rect.x + pad, rect.y + pad, rect.width - 2 * pad, rect.height - 2 * pad)
        if shape.note.kind == "image":
            inner = self.picture(shape, inner)
        if shape.dots:
            # The dots' strip along the top stays free of text, as on screen and in the PDF.
            strip = DOT_SIZE * 1.35
            if strip > pad:
                bottom = inner.y + inner.height
                inner = Rect(inner.x, rect.y + strip, inner.width, max(bottom - rect.y - strip, 0))
        largest, smallest = note_text_sizes(rect)
        if largest * self.scale >= MIN_TEXT_PX and shape.text.strip() and inner.height > 0:
            fitted = fit(
                self.regular, printable(shape.text), inner.width, inner.height, largest, smallest
            )
            self.text(fitted, inner, False, True)
        if shape.dots:
            self.dots(shape)

    def dots(self, shape: NoteShape) -> None:
        """Vote dots along the note's top edge from the right, as the handout draws them:
        the group's colour made deeper, a dark edge inside a white ring, so a dot shows on a
        note of any colour; "+N" beside them for more than :data:`MAX_DOTS`."""
        painter = self.painter
        radius = DOT_SIZE / 2
        cx, cy = shape.rect.right - radius * 1.6, shape.rect.y + radius * 1.6
        shown = shape.dots[:MAX_DOTS]
        centres = [QPointF(cx - index * radius * 2.2, cy) for index in range(len(shown))]
        painter.setPen(QPen(QColor("#FFFFFF"), radius * 0.45))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for centre in centres:  # every ring first: a ring never covers its neighbour's edge
            painter.drawEllipse(centre, radius * 1.12, radius * 1.12)
        painter.setPen(QPen(QColor(DOT_EDGE), radius * 0.22))
        for centre, value in zip(centres, shown, strict=True):
            painter.setBrush(QBrush(QColor(deepened(value))))
            painter.drawEllipse(centre, radius, radius)
        extra = len(shape.dots) - MAX_DOTS
        if extra > 0:
            size = radius * 1.6
            label = f"+{extra}"
            right = cx - MAX_DOTS * radius * 2.2 + radius
            baseline = cy + radius * 0.55  # where the handout puts it
            box = Rect(right - self.bold.width(label, size), baseline - size * 0.93, 0, size)
            self.text(Fitted(size, (label,), False), box, True, False, False)

    def image(self, shape: NoteShape) -> QImage:
        """Decoded once per image, through Pillow: a damaged blob gives a null image quietly
        (Qt's own PNG reader would print libpng errors on the console)."""
        if shape.image is None:
            return QImage()
        if shape.image.id not in self.images:
            decoded = decode(shape.image.data)
            self.images[shape.image.id] = (
                QImage()
                if decoded is None
                else QImage(
                    decoded.tobytes(),
                    decoded.width,
                    decoded.height,
                    decoded.width * 3,
                    QImage.Format.Format_RGB888,
                ).copy()
            )
        return self.images[shape.image.id]

    def picture(self, shape: NoteShape, inner: Rect) -> Rect:
        """The image (or a crossed placeholder); returns the room left for its caption."""
        room = min(inner.height * 0.25, 60.0) if shape.text.strip() else 0.0
        area = Rect(inner.x, inner.y, inner.width, inner.height - room)
        picture = self.image(shape)
        if not picture.isNull() and picture.width() > 0 and picture.height() > 0:
            ratio = min(area.width / picture.width(), area.height / picture.height())
            w, h = picture.width() * ratio, picture.height() * ratio
            self.painter.drawImage(
                QRectF(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h), picture
            )
        else:
            self.box(area, "#E4E6EA", QColor("#9AA0A8"))
            self.painter.drawLine(QPointF(area.x, area.y), QPointF(area.right, area.bottom))
            self.painter.drawLine(QPointF(area.x, area.bottom), QPointF(area.right, area.y))
        return Rect(inner.x, area.bottom, inner.width, room)


def _paint(overview: Overview, scale: float, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    image.fill(QColor("#F3F4F6"))
    painter = _Painter(image, overview, scale)
    try:
        for frame in overview.frames:
            painter.frame(frame)
        for zone in overview.zones:
            painter.zone(zone)
        for curve in overview.curves:
            painter.curve(curve)
        blocks: list[NoteShape] = []
        for note in overview.notes:
            if painter.is_block(note):
                blocks.append(note)
                continue
            painter.blocks(blocks)
            blocks = []
            painter.note(note)
        painter.blocks(blocks)
    finally:
        painter.painter.end()
    return image
