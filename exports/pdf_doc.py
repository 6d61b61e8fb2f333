"""The handout's document machinery: page templates, header and footer, chapter headings
that feed the table of contents, page numbers, progress and cancelling.

Page numbers ("page 3 of 12", and the numbers in the table of contents) are drawn as PDF form
objects that are filled in when the document is saved. That lets the handout be laid out in
one pass, instead of ReportLab's usual two or three passes for a table of contents: half the
time for a large board.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from reportlab import rl_config
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFStream, PDFStreamFilterZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import BaseDocTemplate

from exports.pdf_styles import (
    BOTTOM,
    INK,
    MARGIN,
    MUTED,
    RULE,
    TOP,
    SharedParagraph,
    markup,
    parsed,
)
from exports.pdf_text import TextOps, encoder
from exports.textfit import Measurer, shorten
from exports.texts import text
from exports.typefaces import printable, register

rl_config.useA85 = 0
"""Compressed streams stay binary: ReportLab's pure-Python ASCII85 step cost a tenth of the
export time and only made the file bigger."""

MUTED_OP = f"{fp_str(MUTED.red, MUTED.green, MUTED.blue)} rg"
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PAGE_COUNT_FORM = "pajalauta-page-count"


class ExportCancelled(Exception):
    """The caller asked to stop; nothing was written to the target file."""


@dataclass
class PageMeta:
    """What every page's header and footer print."""

    title: str
    date_line: str
    language: str
    made: str
    page_numbers: dict[str, int] = field(default_factory=dict)
    """Page of each chapter key, filled in while the document is laid out."""
    contents_keys: list[str] = field(default_factory=list)
    """Chapter keys the table of contents refers to (each gets a page-number form; a
    :class:`ContentsLine` of any other key would name a form the PDF does not have)."""


def _form_name(key: str) -> str:
    return f"pajalauta-page-{key}"


class ChapterHeading(SharedParagraph):
    """A heading that marks where its chapter starts: PDF bookmark, outline entry and the page
    number the table of contents shows."""

    def __init__(
        self, title: str, style: Any, key: str, meta: PageMeta, level: int = 0, number: str = ""
    ) -> None:
        label = f"{number}\u2002{markup(title)}" if number else markup(title)
        super().__init__(label, style, frags=parsed(label, style))
        self.key = key
        self.meta = meta
        self.level = level
        self.outline_title = printable(f"{number} {title}".strip())
        self.keepWithNext = True

    def draw(self) -> None:
        canvas = self.canv
        if self.key not in self.meta.page_numbers:
            self.meta.page_numbers[self.key] = canvas.getPageNumber()
            canvas.bookmarkHorizontal(self.key, 0, self.height + 12)
            canvas.addOutlineEntry(self.outline_title, self.key, self.level, closed=self.level > 0)
        super().draw()


class ContentsLine(Flowable):
    """One line of the table of contents: title, dotted leader, page number, and a link."""

    def __init__(self, title: str, key: str, level: int, measure: Measurer, size: float) -> None:
        super().__init__()
        self.title = printable(title)
        self.key = key
        self.level = level
        self.measure = measure
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * 1.75
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        indent = 16.0 * self.level
        number_room = size * 3
        room = self.width - indent - number_room - 8
        title = self.title
        if self.measure.width(title, size) > room:
            title = shorten(self.measure, title, size, room)
        baseline = self.height * 0.3
        canvas.setFont(self.measure.font, size)
        canvas.setFillColor(INK)
        canvas.drawString(indent, baseline, title)
        start = indent + self.measure.width(title, size) + 6
        end = self.width - number_room
        if end > start:
            canvas.setStrokeColor(RULE)
            canvas.setDash(1, 2.5)
            canvas.setLineWidth(0.6)
            canvas.line(start, baseline + 1, end, baseline + 1)
            canvas.setDash()
        canvas.saveState()
        canvas.translate(self.width, baseline)
        canvas.doForm(_form_name(self.key))
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


PAGE_FLATE_LEVEL: Final = 3


class _PageFlate(PDFStreamFilterZCompress):
    """Flate at level 3 instead of zlib's default 6: a page's drawing operators compress
    nearly as well (the 1,000-note handout 6.5 % larger) in half the time."""

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return zlib.compress(data, PAGE_FLATE_LEVEL)


PAGE_FLATE: Final = _PageFlate()


def faster_page_streams(canvas: Canvas) -> None:
    """Give each page's content stream the :class:`_PageFlate` filter before ReportLab makes
    the stream itself with its default one (it keeps a stream already there); the fonts and
    everything else keep ReportLab's. Only this document is touched."""
    document: Any = vars(canvas)["_doc"]  # ReportLab's PDFDocument, with its pages
    if not document.compression or rl_config.useA85:
        return
    for page in document.Pages.pages:
        if page.Contents or not getattr(page, "stream", None) or page.Override_default_compilation:
            continue
        stream = PDFStream()
        stream.filters = [PAGE_FLATE]
        stream.content = page.stream
        page.Contents = stream


def canvas_class(meta: PageMeta) -> type[Canvas]:
    """A canvas that writes the page numbers into their forms just before saving."""
    regular, _bold = register()

    class HandoutCanvas(Canvas):
        def save(self) -> None:
            pages = self.getPageNumber() - 1
            self.beginForm(PAGE_COUNT_FORM, lowerx=-20, lowery=-20, upperx=200, uppery=40)
            self.setFont(regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(max(pages, 1)))
            self.endForm()
            # Only the contents lines show page numbers: the other headings need no form.
            for key in dict.fromkeys(meta.contents_keys):
                self.beginForm(_form_name(key), lowerx=-200, lowery=-20, upperx=20, uppery=40)
                self.setFont(regular, 10.5)
                self.setFillColor(INK)
                self.drawRightString(0, 0, str(meta.page_numbers.get(key, "–")))
                self.endForm()
            faster_page_streams(self)
            super().save()

    return HandoutCanvas


class HeadingKeep(KeepTogether):
    """ReportLab's keep-with-next (a heading and what follows it), measured without its deep
    copy of the frame. ReportLab copies the frame so that a flowable which adds content to the
    frame while it is measured (a CondPageBreak, balanced columns) does not touch the real one;
    the handout keeps only its own flowables, Paragraphs and Tables together, none of which
    adds any, so the copy (a third of a millisecond for each heading) is left out. Anything
    else is measured the way ReportLab does."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        template = getattr(self.canv, "_doctemplate", None)
        content: list[Flowable] = self.__dict__["_content"]
        if template is None or not all(_adds_nothing(f) for f in content):
            size: tuple[float, float] = super().wrap(aW, aH)
            return size
        frame = template.frame
        template.frame = None  # _listWrapOn copies the frame only when there is one
        try:
            measured: tuple[float, float] = super().wrap(aW, aH)
            return measured
        finally:
            template.frame = frame


def _adds_nothing(flowable: Flowable) -> bool:
    kind = type(flowable)
    return kind.__module__.startswith("exports.") or kind in (Paragraph, Table, Spacer)


class HandoutTemplate(BaseDocTemplate):
    """Cover (portrait, no header), portrait and landscape body pages; counts what is drawn
    for the progress callback and stops at once when asked to cancel."""

    def __init__(
        self,
        target: Any,
        size: tuple[float, float],
        meta: PageMeta,
        progress: Progress | None,
        cancel: Cancel | None,
        **info: Any,
    ) -> None:
        upright, wide = portrait(size), landscape(size)
        super().__init__(
            target,
            pagesize=upright,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            creator="Pajalauta",
            # otherwise every page names Helvetica, which the PDF does not embed
            initialFontName=register()[0],
            initialFontSize=10,
            producer="Pajalauta (ReportLab)",
            **info,
        )
        self.keepTogetherClass = HeadingKeep
        self.meta = meta
        self.progress = progress
        self.cancel = cancel
        self.total = 1
        self.done = 0
        self.regular = Measurer(register()[0])

        def body(page: tuple[float, float], name: str) -> Frame:
            return Frame(
                MARGIN,
                BOTTOM,
                page[0] - 2 * MARGIN,
                page[1] - TOP - BOTTOM,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )

        self.addPageTemplates(
            [
                PageTemplate(
                    "cover", [body(upright, "cover")], onPage=self._decorate_cover, pagesize=upright
                ),
                PageTemplate(
                    "portrait", [body(upright, "portrait")], onPage=self._decorate, pagesize=upright
                ),
                PageTemplate(
                    "landscape", [body(wide, "landscape")], onPage=self._decorate, pagesize=wide
                ),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        if self.progress is not None and self.done < self.total:
            self.progress(self.done, self.total)

    # --- page decoration ------------------------------------------------------------------
    def _footer(self, canvas: Canvas, width: float) -> None:
        meta = self.meta
        regular = self.regular.font
        label = text("page", meta.language, page=canvas.getPageNumber(), pages="").rstrip()
        y = BOTTOM - 10
        # The same operators drawString and drawRightString write, without their per-call
        # encoding: every page has a header and a footer.
        line = TextOps(encoder(canvas, regular), 7.5, "", MUTED_OP)
        line.line(MARGIN, y, label + " ")
        line.line(width - MARGIN - stringWidth(meta.made, regular, 7.5), y, meta.made)
        canvas.addLiteral(line.finish())
        canvas.saveState()
        canvas.translate(MARGIN + self.regular.width(label + " ", 7.5), y)
        canvas.doForm(PAGE_COUNT_FORM)
        canvas.restoreState()

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._footer(canvas, canvas._pagesize[0])  # type: ignore[attr-defined]
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize  # type: ignore[attr-defined]  # this page's size
        meta = self.meta
        canvas.saveState()
        size = 8.0
        y = height - TOP + 8
        right = meta.date_line
        right_width = self.regular.width(right, size)
        room = width - 2 * MARGIN - right_width - 24
        title = meta.title
        if self.regular.width(title, size) > room:
            title = shorten(self.regular, title, size, room)
        line = TextOps(encoder(canvas, self.regular.font), size, "", MUTED_OP)
        line.line(MARGIN, y, title)
        line.line(width - MARGIN - stringWidth(right, self.regular.font, size), y, right)
        canvas.addLiteral(line.finish())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
        self._footer(canvas, width)
        canvas.restoreState()
