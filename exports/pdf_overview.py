"""The vector picture of a frame (or of the whole board) on a handout page.

Drawn straight onto the ReportLab canvas from :mod:`exports.overview`'s shapes: rectangles,
real text and circles, so it stays sharp at any zoom and its words remain searchable. A note's
text uses the biggest size that fits its box; what still does not fit ends in "…". Text that
would print smaller than :data:`MIN_TEXT_PT` is left out (the note's words are in the text
sections anyway), which also keeps a 5,000-note overview quick.
"""

from __future__ import annotations

import colorsys
from functools import cache
from typing import Final

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exports.overview import (
    DOT_SIZE,
    FRAME_TITLE_SIZE,
    MAX_DOTS,
    MOOD_COLOUR,
    TEXT_COLOUR,
    ZONE_TITLE_SIZE,
    NoteShape,
    Overview,
    ZoneShape,
    note_padding,
    note_text_sizes,
)
from exports.pdf_text import (
    FontEncoder,
    TextOps,
    alpha_of,
    circle_path,
    colour,
    encoder,
    fill_op,
    stroke_op,
)
from exports.pictures import PictureCache
from exports.textfit import Fitted, Measurer, fit, shorten
from exports.texts import text as fixed_text
from exports.typefaces import printable
from models.snapshot import Rect

MIN_TEXT_PT: Final = 1.4
MAX_SCALE: Final = 0.5
"""Points per board unit at most: a default note is then 10 cm wide at most, so a frame with
three notes looks like a frame with three notes, not a poster."""
BOARD_FILL: Final = "#F3F4F6"
FRAME_STROKE: Final = "#8A9099"
NOTE_STROKE: Final = "#00000033"
ZONE_STROKE: Final = "#C4C8CE"


class OverviewFlowable(Flowable):
    """Takes all the room its frame offers and draws ``overview`` scaled to fit it."""

    def __init__(
        self,
        overview: Overview,
        regular: Measurer,
        bold: Measurer,
        pictures: PictureCache,
        language: str,
        min_text: float = MIN_TEXT_PT,
    ) -> None:
        super().__init__()
        self.min_text = min_text
        self.overview = overview
        self.regular = regular
        self.bold = bold
        self.pictures = pictures
        self.language = language
        self.scale = 1.0
        self.left = 0.0
        self.top = 0.0
        self._ops: list[str] = []
        """Operators not yet handed to the canvas (see :meth:`_flush`)."""
        self._fonts: dict[str, FontEncoder] = {}
        """The page's document's encoder of each font, looked up once per drawing."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, max(availHeight - 1.0, 10.0)
        return self.width, self.height

    # --- coordinates ----------------------------------------------------------------------
    def _place(self) -> None:
        region = self.overview.region
        self.scale = min(self.width / region.width, self.height / region.height, MAX_SCALE)
        self.left = (self.width - region.width * self.scale) / 2
        self.top = self.height

    def _box(self, rect: Rect) -> tuple[float, float, float, float]:
        region, s = self.overview.region, self.scale
        x = self.left + (rect.x - region.x) * s
        y = self.top - (rect.bottom - region.y) * s
        return x, y, rect.width * s, rect.height * s

    def _point(self, x: float, y: float) -> tuple[float, float]:
        region, s = self.overview.region, self.scale
        return self.left + (x - region.x) * s, self.top - (y - region.y) * s

    # --- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        canvas: Canvas = self.canv
        self._place()
        self._fonts = {font: encoder(canvas, font) for font in (self.regular.font, self.bold.font)}
        canvas.saveState()
        canvas.setLineWidth(0.4)
        x, y, w, h = self._box(self.overview.region)
        canvas.setFillColor(colour(BOARD_FILL))
        canvas.setStrokeColor(colour("#D5D8DD"))
        canvas.rect(x, y, w, h, stroke=1, fill=1)
        for frame in self.overview.frames:
            self._draw_frame(canvas, frame.rect, frame.title, frame.title_height)
        for zone in self.overview.zones:
            self._draw_zone(canvas, zone)
        for curve in self.overview.curves:
            self._draw_curve(canvas, curve)
        self._flush()
        # Every note has the same outline: its colour and alpha are set once for all.
        canvas.setStrokeColor(colour(NOTE_STROKE))
        for note in self.overview.notes:
            self._draw_note(canvas, note)
        self._flush()
        canvas.restoreState()

    def _flush(self) -> None:
        """Hand the collected operators to the canvas: before any drawing through its API."""
        if self._ops:
            self.canv.addLiteral("\n".join(self._ops))
            self._ops.clear()

    def _lines(
        self,
        canvas: Canvas,
        fitted: Fitted,
        box: Rect,
        font: str,
        centre: bool,
        colour_value: str = TEXT_COLOUR,
        middle: bool = True,
    ) -> None:
        """Draw fitted lines (board units) inside ``box``, centred or from the top-left."""
        s = self.scale
        size = fitted.size * s
        if size < MIN_TEXT_PT or not fitted.lines:
            return
        leading = fitted.leading * s
        block = leading * len(fitted.lines)
        bx, by, bw, bh = self._box(box)
        top = by + (bh + block) / 2 if middle else by + bh
        measure = self.bold if font == self.bold.font else self.regular
        found = self._fonts.get(font)
        text = TextOps(found or encoder(canvas, font), size, colour_value)
        widths = fitted.widths
        placed: list[tuple[float, float, str]] = []
        for index, line in enumerate(fitted.lines):
            baseline = top - leading * index - size * 0.93
            if centre:
                unit = widths[index] if widths else measure.unit_width(line)
                left = bx + (bw - unit * size / 1000.0) / 2
            else:
                left = bx
            placed.append((left, baseline, line))
        text.lines(placed)
        self._ops.append(text.finish())

    def _draw_frame(self, canvas: Canvas, rect: Rect, title: str, title_height: float) -> None:
        self._flush()
        x, y, w, h = self._box(rect)
        canvas.setFillColor(colour("#FFFFFF"))
        canvas.setStrokeColor(colour(FRAME_STROKE))
        canvas.setLineWidth(0.8)
        canvas.rect(x, y, w, h, stroke=1, fill=1)
        canvas.setLineWidth(0.4)
        if title.strip() and title_height > 0:
            pad = min(24.0, title_height * 0.2)
            box = Rect(rect.x + pad, rect.y + pad, rect.width - 2 * pad, title_height - 2 * pad)
            fitted = fit(
                self.bold,
                printable(title),
                box.width,
                box.height,
                min(FRAME_TITLE_SIZE, box.height),
                8.0,
            )
            if fitted.lines and len(fitted.lines) > 1:
                fitted = Fitted(
                    fitted.size,
                    (shorten(self.bold, fitted.lines[0], fitted.size, box.width),),
                    True,
                )
            self._lines(canvas, fitted, box, self.bold.font, centre=False)

    def _draw_zone(self, canvas: Canvas, zone: ZoneShape) -> None:
        x, y, w, h = self._box(zone.rect)
        fill = zone.zone.colour
        if alpha_of(fill) == 1.0:  # frames were drawn first: both alphas are opaque
            numbers = fp_str(x, y, w, h)
            self._ops.append(f"{fill_op(fill)} {stroke_op(ZONE_STROKE)} n {numbers} re B")
        else:
            self._flush()
            canvas.setFillColor(colour(fill))
            canvas.setStrokeColor(colour(ZONE_STROKE))
            canvas.rect(x, y, w, h, stroke=1, fill=1)
            canvas.setFillAlpha(1.0)
        if not zone.title.strip() or ZONE_TITLE_SIZE * self.scale < MIN_TEXT_PT:
            return
        pad = min(16.0, zone.rect.width * 0.05)
        if zone.header:
            box = Rect(
                zone.rect.x + pad,
                zone.rect.y + pad,
                zone.rect.width - 2 * pad,
                zone.rect.height - 2 * pad,
            )
            fitted = fit(
                self.bold, printable(zone.title), box.width, box.height, ZONE_TITLE_SIZE, 10.0
            )
            self._lines(canvas, fitted, box, self.bold.font, centre=True)
            return
        box = Rect(
            zone.rect.x + pad,
            zone.rect.y + pad,
            zone.rect.width - 2 * pad,
            min(ZONE_TITLE_SIZE * 2.6, zone.rect.height - 2 * pad),
        )
        fitted = fit(self.bold, printable(zone.title), box.width, box.height, ZONE_TITLE_SIZE, 10.0)
        self._lines(canvas, fitted, box, self.bold.font, centre=False, middle=False)

    def _draw_curve(self, canvas: Canvas, curve: tuple[tuple[float, float], ...]) -> None:
        self._flush()
        points = [self._point(x, y) for x, y in curve]
        canvas.setStrokeColor(colour(MOOD_COLOUR))
        canvas.setFillColor(colour(MOOD_COLOUR))
        canvas.setLineWidth(max(0.6, 6 * self.scale))
        if len(points) > 1:
            path = canvas.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)
        for px, py in points:
            canvas.circle(px, py, max(1.2, 12 * self.scale), stroke=0, fill=1)
        canvas.setLineWidth(0.4)

    def _draw_note(self, canvas: Canvas, shape: NoteShape) -> None:
        rect = shape.rect
        x, y, w, h = self._box(rect)
        fill = shape.note.colour
        if alpha_of(fill) == 1.0:
            self._ops.append(f"{fill_op(fill)} n {fp_str(x, y, w, h)} re B")
        else:  # a see-through colour: its alpha state through the canvas, then opaque again
            self._flush()
            canvas.setFillColor(colour(fill))
            canvas.rect(x, y, w, h, stroke=1, fill=1)
            canvas.setFillAlpha(1.0)
        largest, smallest = note_text_sizes(rect)
        lettered = largest * self.scale >= self.min_text and bool(shape.text.strip())
        image = shape.note.kind == "image"
        if not (lettered or image):  # a box without words, as on a large board's picture
            if shape.dots:
                self._draw_dots(canvas, shape)
            return
        pad = note_padding(rect)
        inner = Rect(rect.x + pad, rect.y + pad, rect.width - 2 * pad, rect.height - 2 * pad)
        if image:
            inner = self._draw_image(canvas, shape, inner)
        if shape.dots:
            # The dots' strip along the top stays free of text: dots never cover a note.
            strip = DOT_SIZE * 1.35
            if strip > pad:
                inner = Rect(
                    inner.x,
                    rect.y + strip,
                    inner.width,
                    max(inner.y + inner.height - (rect.y + strip), 0.0),
                )
        if lettered and inner.height > 0:
            fitted = fit(
                self.regular, printable(shape.text), inner.width, inner.height, largest, smallest
            )
            self._lines(canvas, fitted, inner, self.regular.font, centre=True)
        if shape.dots:
            self._draw_dots(canvas, shape)

    def _draw_image(self, canvas: Canvas, shape: NoteShape, inner: Rect) -> Rect:
        """Draw the picture (or a placeholder) and return the box left for a caption."""
        caption_room = min(inner.height * 0.25, 60.0) if shape.text.strip() else 0.0
        area = Rect(inner.x, inner.y, inner.width, inner.height - caption_room)
        self._flush()
        x, y, w, h = self._box(area)
        picture = self.pictures.get(shape.image)
        if picture is not None and w > 0 and h > 0:
            ratio = min(w / picture.width, h / picture.height)
            pw, ph = picture.width * ratio, picture.height * ratio
            canvas.drawImage(picture.reader_for(pw, ph), x + (w - pw) / 2, y + (h - ph) / 2, pw, ph)
        else:
            draw_placeholder(
                canvas, x, y, w, h, fixed_text("image_missing", self.language), self.regular
            )
        return Rect(inner.x, area.bottom, inner.width, caption_room)

    def _draw_dots(self, canvas: Canvas, shape: NoteShape) -> None:
        self._flush()
        s = self.scale
        radius = max(0.9, DOT_SIZE * s / 2)
        x, y, w, h = self._box(shape.rect)
        cx = x + w - radius * 1.6
        cy = y + h - radius * 1.6
        canvas.saveState()
        canvas.setStrokeAlpha(1.0)  # the notes' outlines are see-through; dots are not
        canvas.setFillAlpha(1.0)
        ring, edge = fp_str(radius * 0.45), fp_str(radius * 0.22)
        ops: list[str] = []
        for index, dot_colour in enumerate(shape.dots[:MAX_DOTS]):
            centre = cx - index * radius * 2.2
            # A white ring around a dark edge: the dot shows on a note of any colour.
            ops += [
                f"{stroke_op('#FFFFFF')} {ring} w {circle_path(centre, cy, radius * 1.12)} S",
                f"{fill_op(deepened(dot_colour))} {stroke_op('#111111')} {edge} w",
                f"{circle_path(centre, cy, radius)} B",
            ]
        canvas.addLiteral("\n".join(ops))
        canvas.restoreState()
        extra = len(shape.dots) - MAX_DOTS
        if extra > 0 and radius * 1.6 >= MIN_TEXT_PT:
            canvas.setFillColor(colour(TEXT_COLOUR))
            canvas.setFont(self.bold.font, radius * 1.6)
            canvas.drawRightString(
                cx - MAX_DOTS * radius * 2.2 + radius, cy - radius * 0.55, f"+{extra}"
            )


@cache
def deepened(value: str) -> str:
    """A group's pastel colour made deeper for its dots (as on screen), so a yellow group's
    dot still stands out on a yellow note."""
    text = value.lstrip("#")
    if len(text) != 6:
        return value
    red, green, blue = (int(text[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
    hue, saturation, brightness = colorsys.rgb_to_hsv(red, green, blue)
    if saturation < 0.08:
        deep = colorsys.hsv_to_rgb(0.0, 0.0, brightness * 0.4)
    else:
        deep = colorsys.hsv_to_rgb(hue, min(1.0, saturation + 0.43), brightness * 0.82)
    return "#" + "".join(f"{round(part * 255):02X}" for part in deep)


def draw_placeholder(
    canvas: Canvas, x: float, y: float, w: float, h: float, label: str, measure: Measurer
) -> None:
    """A grey box with a cross and, when there is room, a short label: never a crash."""
    canvas.saveState()
    canvas.setFillColor(colour("#E4E6EA"))
    canvas.setStrokeColor(colour("#9AA0A8"))
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    canvas.line(x, y, x + w, y + h)
    canvas.line(x, y + h, x + w, y)
    size = min(9.0, h / 4)
    if size >= MIN_TEXT_PT and w > 4:
        line = label
        if measure.width(line, size) > w - 2:
            line = shorten(measure, label, size, w - 2)
        canvas.setFillColor(colour("#3B3F45"))
        canvas.setFont(measure.font, size)
        canvas.drawCentredString(x + w / 2, y + h / 2 - size / 3, line)
    canvas.restoreState()
