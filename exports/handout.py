"""The PDF handout: a workshop report written from the board, not a screenshot of it.

Call :func:`write_handout` with an open board or a :func:`~models.snapshot.take_snapshot`.
For a window: take the snapshot on the GUI thread (it reads SQLite, a few tens of
milliseconds), then run ``write_handout(snapshot, …)`` on a worker thread; it touches no
database and no Qt. ``progress(done, total)`` is called from that thread as pages are laid
out; ``cancel()`` is polled just as often and, once it returns True, the export stops with
:class:`ExportCancelled` and the target file is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from reportlab.lib.pagesizes import landscape, portrait
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
)

from exports.atomic import replacing
from exports.gc_pause import collection_paused
from exports.handout_context import Context
from exports.overview import Scope, build_overview
from exports.pdf_appendix import image_notes, images_section, outside_notes, outside_section
from exports.pdf_cards import card_pages, cards_index, followup_register, ordered_cards
from exports.pdf_cover import cover
from exports.pdf_doc import (
    Cancel,
    ExportCancelled,
    HandoutTemplate,
    PageMeta,
    Progress,
    canvas_class,
)
from exports.pdf_overview import MIN_TEXT_PT, OverviewFlowable
from exports.pdf_sections import frame_text, wants_landscape
from exports.pdf_styles import BOTTOM, MARGIN, TOP, forget_shared, markup, page_size, paragraph
from exports.texts import SECTION_TITLES, section_title, text
from exports.typefaces import printable
from models.document import BoardDocument
from models.errors import FieldValueError
from models.experiment import EXPERIMENT_KIND
from models.private_notes import revealed
from models.records import FrameData
from models.snapshot import BoardSnapshot, take_snapshot
from models.templates import TEMPLATES

BOARD_MIN_TEXT_PT: Final = 4.0
SECTIONS: Final = ("overview", "templates", "outside", "followup", "images")
"""Sections a caller may choose; the cover and the table of contents are always there."""

__all__ = ["SECTIONS", "ExportCancelled", "HandoutResult", "section_titles", "write_handout"]


def section_titles(language: str) -> dict[str, str]:
    """The section choices in the board's language, for an export dialog's check boxes."""
    return {key: section_title(key, language) for key in SECTION_TITLES}


@dataclass(frozen=True)
class HandoutResult:
    path: Path
    pages: int
    notes: int


@dataclass
class Chapter:
    key: str
    title: str
    build: Callable[[], list[Flowable]]


class _Layout:
    """Text widths and heights of the two page orientations."""

    def __init__(self, size: tuple[float, float]) -> None:
        upright, wide = portrait(size), landscape(size)
        self.width = upright[0] - 2 * MARGIN
        self.height = upright[1] - TOP - BOTTOM
        self.wide_width = wide[0] - 2 * MARGIN
        self.wide_height = wide[1] - TOP - BOTTOM


def _frame_title(ctx: Context, frame: FrameData, number: int) -> str:
    if frame.title.strip():
        return frame.title.strip()
    template = TEMPLATES.get(frame.template_key)
    return template.name.text(ctx.language) if template else f"{ctx.t('overview')} {number}"


def _overview_page(ctx: Context, scope: Scope, heading: Flowable) -> list[Flowable]:
    overview = build_overview(ctx.snapshot, scope, ctx.dot_colours, ctx.note_shapes)
    if overview is None:
        return [NextPageTemplate("landscape"), PageBreak(), heading]
    # On the whole-board picture notes are small; their words are on the frames' own pages.
    min_text = BOARD_MIN_TEXT_PT if scope == "board" else MIN_TEXT_PT
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        heading,
        OverviewFlowable(overview, ctx.regular, ctx.bold, ctx.pictures, ctx.language, min_text),
    ]


def _frame_chapter(
    ctx: Context,
    frame: FrameData,
    key: str,
    number: int,
    title: str,
    sections: Collection[str],
    layout: _Layout,
) -> list[Flowable]:
    heading = ctx.heading(title, level=0, key=key, number=f"{number}.")
    story: list[Flowable] = []
    if "overview" in sections:
        story += _overview_page(ctx, frame.id, heading)
    if "templates" not in sections:
        return story
    wide = wants_landscape(ctx, frame)
    page = "landscape" if wide else "portrait"
    story += [NextPageTemplate(page), PageBreak()]
    if "overview" in sections:
        story.append(paragraph(markup(f"{number}.\u2002{title}"), ctx.styles.h1))
    else:
        story.append(heading)
    body = frame_text(
        ctx,
        frame,
        layout.wide_width if wide else layout.width,
        layout.wide_height if wide else layout.height,
    )
    cards = ordered_cards(
        ctx,
        [note for note in ctx.snapshot.notes_in_frame(frame.id) if note.kind == EXPERIMENT_KIND],
    )
    if not body and not cards:
        body = [ctx.muted(ctx.t("empty_template"))]
    story += body
    if cards:
        if wide:
            story += [NextPageTemplate("portrait"), PageBreak()]
        story += cards_index(ctx, cards, layout.width)
        story += [NextPageTemplate("portrait"), *card_pages(ctx, cards, layout.width)]
    return story


def _chapters(ctx: Context, sections: set[str], layout: _Layout) -> list[Chapter]:
    snapshot = ctx.snapshot
    chapters: list[Chapter] = []
    outside_frames = snapshot.notes_in_frame(None)
    if "overview" in sections and (
        len(snapshot.frames) > 1 or (snapshot.frames and outside_frames)
    ):
        title = ctx.t("whole_board")
        heading = ctx.heading(title, level=0, key="board", number="")
        chapters.append(Chapter("board", title, lambda: _overview_page(ctx, "board", heading)))
    number = 0
    for frame in snapshot.frames:
        has_notes = bool(snapshot.notes_in_frame(frame.id))
        if "overview" not in sections and not has_notes:
            continue
        if not sections & {"overview", "templates"}:
            continue
        number += 1
        key, title = f"frame-{frame.id}", _frame_title(ctx, frame, number)
        chapters.append(
            Chapter(
                key,
                f"{number}. {title}",
                _bind(_frame_chapter, ctx, frame, key, number, title, sections, layout),
            )
        )
    loose_cards = [n for n in snapshot.notes_in_frame(None) if n.kind == EXPERIMENT_KIND]
    if "outside" in sections and (outside_notes(ctx) or loose_cards):
        chapters.append(
            Chapter("outside", ctx.t("outside"), lambda: _outside_chapter(ctx, sections, layout))
        )
    if "followup" in sections and any(n.kind == EXPERIMENT_KIND for n in snapshot.notes):
        chapters.append(
            Chapter(
                "followup",
                ctx.t("followup"),
                lambda: [
                    NextPageTemplate("portrait"),
                    PageBreak(),
                    ctx.heading(ctx.t("followup"), level=0, key="followup"),
                    *followup_register(ctx, layout.width),
                ],
            )
        )
    if "images" in sections and image_notes(ctx):
        chapters.append(
            Chapter(
                "images",
                ctx.t("images"),
                lambda: [
                    NextPageTemplate("portrait"),
                    PageBreak(),
                    ctx.heading(ctx.t("images"), level=0, key="images"),
                    *images_section(ctx, layout.height),
                ],
            )
        )
    return chapters


def _bind(function: Callable[..., list[Flowable]], *args: object) -> Callable[[], list[Flowable]]:
    return lambda: function(*args)


def _outside_chapter(ctx: Context, sections: Collection[str], layout: _Layout) -> list[Flowable]:
    heading = ctx.heading(ctx.t("outside"), level=0, key="outside")
    story: list[Flowable] = []
    if "overview" in sections and ctx.snapshot.notes_in_frame(None):
        story += _overview_page(ctx, "outside", heading)
        story += [
            NextPageTemplate("portrait"),
            PageBreak(),
            paragraph(markup(ctx.t("outside")), ctx.styles.h1),
        ]
    else:
        story += [NextPageTemplate("portrait"), PageBreak(), heading]
    story += outside_section(ctx)
    cards = ordered_cards(
        ctx, [n for n in ctx.snapshot.notes_in_frame(None) if n.kind == EXPERIMENT_KIND]
    )
    if cards:
        story += cards_index(ctx, cards, layout.width) + card_pages(ctx, cards, layout.width)
    return story


def build_story(ctx: Context, sections: set[str], layout: _Layout) -> list[Flowable]:
    chapters = _chapters(ctx, sections, layout)
    ctx.meta.contents_keys = [chapter.key for chapter in chapters]
    story = cover(ctx, [(chapter.title, chapter.key) for chapter in chapters], layout.width)
    for chapter in chapters:
        story += chapter.build()
    return story


def _check_sections(sections: Collection[str] | None) -> set[str]:
    chosen = set(SECTIONS if sections is None else sections)
    unknown = chosen - set(SECTIONS)
    if unknown:
        raise FieldValueError(
            "Unknown handout sections: {names}; choose from {choices}.",
            names=", ".join(sorted(unknown)),
            choices=", ".join(SECTIONS),
        )
    return chosen


def write_handout(
    source: BoardDocument | BoardSnapshot,
    out_path: Path | str,
    *,
    page_size: str = "A4",
    sections: Collection[str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> HandoutResult:
    """Write the handout PDF of a board to ``out_path`` (replaced only when complete).

    ``page_size``: "A4" or "Letter". ``sections``: a subset of :data:`SECTIONS` (default all).
    ``progress(done, total)``: called as the work advances, last with ``done == total``.
    ``cancel()``: polled as often; returning True raises :class:`ExportCancelled`.
    Raises :class:`~exports.atomic.ExportError` when the file cannot be written and
    ``ValueError`` for a bad page size or section name.
    """
    size = page_size_of(page_size)
    chosen = _check_sections(sections)
    forget_shared()
    snapshot = source if isinstance(source, BoardSnapshot) else take_snapshot(source)
    snapshot, left_out = revealed(snapshot)
    language = snapshot.language
    info = snapshot.info
    meta = PageMeta(
        title=printable(snapshot.title or text("untitled", language)),
        date_line=printable(
            " · ".join(v for v in (info.workshop_date.strip(), info.place.strip()) if v)
        ),
        language=language,
        made=text("made", language, stamp=_today(language)),
    )
    with collection_paused():
        return _write(snapshot, meta, left_out, chosen, size, Path(out_path), progress, cancel)


def _write(
    snapshot: BoardSnapshot,
    meta: PageMeta,
    left_out: int,
    chosen: set[str],
    size: tuple[float, float],
    target: Path,
    progress: Progress | None,
    cancel: Cancel | None,
) -> HandoutResult:
    info, language = snapshot.info, snapshot.language
    ctx = Context(snapshot, meta, left_out=left_out)
    layout = _Layout(size)
    story = build_story(ctx, chosen, layout)
    if cancel is not None and cancel():
        raise ExportCancelled()
    with replacing(target) as temporary:
        document = HandoutTemplate(
            str(temporary),
            size,
            meta,
            progress,
            cancel,
            title=meta.title,
            author=printable(info.facilitators),
            subject=text("handout", language),
            lang=language,
        )
        document.total = len(story) + 1
        if progress is not None:
            progress(0, document.total)
        document.build(story, canvasmaker=canvas_class(meta))
        pages = document.page
    if progress is not None:
        progress(document.total, document.total)
    return HandoutResult(target, pages, len(snapshot.notes))


def page_size_of(name: str) -> tuple[float, float]:
    """A4 or Letter as points; ``ValueError`` for anything else."""
    return page_size(name)


def _today(language: str) -> str:
    day = date.today()
    return day.isoformat() if language == "en" else f"{day.day}.{day.month}.{day.year}"
