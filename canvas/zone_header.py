"""A header's title and prompt: where they go in the zone, the sizes they take (all headers
of one kind in a frame share one), and which of them a point lies on."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from canvas.frame_style import ACCENT, MOOD_SCALE_WIDTH, TEXT_PAD, readable_prompt_px
from canvas.frame_text import Lines, TextBox
from canvas.layout_queue import paint_budget
from canvas.zone_text import centre_vertically, fit_header
from models.records import FrameData, ZoneData
from models.templates.plan import MOOD_LANE
from models.templates.tidy import ZONE_CAPTION

_LAID_OUT: set[object] = set()
"""The kinds of frame (far keys: layout, colours, titles) whose headers have been laid out."""


class HeaderText(QGraphicsItem):
    """The text half of :class:`~canvas.frame_items.ZoneItem` (never made by itself)."""

    zone: ZoneData
    _kind: str
    _rect: QRectF
    _text: TextBox | None
    _natural: Lines | None
    _cap: int | None
    _prompt_cap: int | None
    text_shown = False
    """Its text box has been painted (set by the item's paint): only then does a new shared
    size need a repaint. The first exact draw of a frame's header evens out all the frame's
    headers; a repaint of each for sizes no view has drawn yet repainted every view showing
    them (the projector too) in the middle of a zoom, and at every slice of the work ahead."""

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def is_mood_lane(self) -> bool:
        return bool(self.zone.data.get(MOOD_LANE))

    # --- text -----------------------------------------------------------------------------
    def text_rect(self, far: bool = False) -> QRectF:
        """Where the title and prompt go, in item coordinates (``far``: the title alone,
        when the whole board is in view and the feelings scale is not drawn)."""
        pad = TEXT_PAD * (0.5 if far else 1.0)
        kind = self.kind
        if kind == "column" and not far:  # short and wide: height for a readable prompt
            rect = self._rect.adjusted(pad, pad * 0.5, -pad, -(ACCENT + 2.0))
        else:
            rect = self._rect.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        if kind == "row" and self.is_mood_lane and not far:
            rect.setRight(rect.right() - MOOD_SCALE_WIDTH)
        elif kind in ("free", "cell"):
            rect.setHeight(min(rect.height(), ZONE_CAPTION - TEXT_PAD))
        return rect

    def natural_title_px(self) -> int | None:
        """The title size this header would choose alone (before a frame evens them out)."""
        if self._natural is None:
            self._natural = self._fit(None, None).title
        return self._natural.pixel_size if self._natural is not None else None

    def set_title_cap(self, cap: int | None) -> None:
        """Headers of one kind in a frame share one title size: the smallest that fits all."""
        if cap != self._cap:
            self._cap = cap
            self._text = None
            if self.text_shown:
                self.update()

    def set_prompt_cap(self, cap: int | None) -> None:
        """Prompts of one kind in a frame share one size too."""
        if cap != self._prompt_cap:
            self._prompt_cap = cap
            self._text = None
            if self.text_shown:
                self.update()

    def prompt_px(self) -> int | None:
        prompt = self.text_box().prompt
        return prompt.pixel_size if prompt is not None else None

    def text_box(self) -> TextBox:
        frame = self.parentItem()
        even_out = getattr(frame, "even_out", None)
        if even_out is not None:
            setattr(frame, "even_out", None)  # noqa: B010 - the frame item's, not typed here
            even_out()
            far_key = getattr(frame, "far_key", None)
            if far_key is not None:
                if len(_LAID_OUT) >= 1024:
                    _LAID_OUT.clear()
                _LAID_OUT.add(far_key())
        if self._text is None:
            box = self._fit(self._cap, self._prompt_cap)
            if self.kind == "column":
                centre_vertically(box, self.text_rect())
            self._text = box
        return self._text

    def text_box_now(self) -> TextBox | None:
        """:meth:`text_box` for a paint: None while a zoom moves and no frame of this kind
        has been laid out yet. The first frame of a template lays its headers out (and evens
        them out) in 5-30 ms, the others of its kind reuse those layouts (well under a
        millisecond): a zoom step shows the first one's headers without text for the moment,
        like the sketch of the strips; the frame drawn when the zoom rests lays them out."""
        if self._text is None and paint_budget.moving:
            far_key = getattr(self.parentItem(), "far_key", None)
            if far_key is None or far_key() not in _LAID_OUT:
                return None
        return self.text_box()

    def readable_prompt_px(self) -> int:
        """The prompt size that reads on the laptop when the frame fills the window."""
        frame: FrameData | None = getattr(self.parentItem(), "frame", None)
        if frame is None:
            return 0
        return readable_prompt_px(frame.width, frame.height)

    def _fit(self, cap: int | None, prompt_cap: int | None) -> TextBox:
        zone, rect = self.zone, self.text_rect()
        readable = self.readable_prompt_px()
        language = str(getattr(self.scene(), "language", "") or "")  # a long word's syllables
        return fit_header(
            zone.title, zone.prompt, rect, self.kind, readable, cap, prompt_cap, language
        )

    def title_hit(self, local: QPointF) -> str | None:
        """'title' or 'prompt' when ``local`` lies on that text (or its empty place)."""
        if self.kind == "cell":
            return None
        rect = self.text_rect()
        if not rect.contains(local):
            return None
        box = self.text_box()
        if box.prompt is not None and local.y() >= box.prompt_at.y() - 3.0:
            return "prompt"
        if (
            box.title is not None
            and box.prompt is None
            and self.zone.prompt == ""
            and local.y() > box.title_at.y() + box.title.height + 6.0
        ):
            return "prompt"
        return "title"
