"""The handout's cover: the workshop's title and facts, what the board holds, the contents."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from exports.handout_context import Context
from exports.pdf_doc import ContentsLine
from exports.pdf_styles import markup, paragraph
from exports.pdf_text import colour
from exports.typefaces import register
from models.experiment import EXPERIMENT_KIND


def cover(ctx: Context, contents: list[tuple[str, str]], width: float) -> list[Flowable]:
    """The first page's story: ``contents`` is each chapter's (title, key), in order."""
    snapshot, styles = ctx.snapshot, ctx.styles
    info = snapshot.info
    story: list[Flowable] = [
        Spacer(1, 30),
        paragraph(markup(ctx.t("handout").upper()), styles.cover_kicker),
        paragraph(markup(snapshot.title or ctx.t("untitled")), styles.cover_title),
    ]
    for key, value in (
        ("date", info.workshop_date),
        ("place", info.place),
        ("facilitators", info.facilitators),
    ):
        if value.strip():
            story.append(
                paragraph(
                    f'<font color="#5C6370">{markup(ctx.t(key))}:</font> {markup(value)}',
                    styles.cover_line,
                )
            )
    if snapshot.groups:
        chips = " \u2003".join(
            f'<font color="{group.colour}">\u25a0</font> {markup(group.name)}'
            for group in snapshot.groups
        )
        story.append(
            paragraph(
                f'<font color="#5C6370">{markup(ctx.t("groups"))}:</font> {chips}',
                styles.cover_line,
            )
        )
    kinds = [note.kind for note in snapshot.notes]
    counts = (
        ("summary_notes", sum(1 for k in kinds if k not in (EXPERIMENT_KIND, "image"))),
        ("summary_frames", len(snapshot.frames)),
        ("summary_cards", kinds.count(EXPERIMENT_KIND)),
        ("summary_images", kinds.count("image")),
        ("summary_dots", len(snapshot.dots)),
        ("summary_private", ctx.left_out),
    )
    summary = " · ".join(ctx.t(key, n=count) for key, count in counts if count)
    story += [Spacer(1, 6), ctx.muted(summary), Spacer(1, 8), _rule(width)]
    if contents:
        story += [Spacer(1, 14), paragraph(markup(ctx.t("contents")), styles.h2)]
    story += [ContentsLine(title, key, 0, ctx.regular, 10.5) for title, key in contents]
    return story


def _rule(width: float) -> Table:
    table = Table([[""]], colWidths=[width], rowHeights=[2])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, colour("#1F5FA8")),
                ("FONTNAME", (0, 0), (-1, -1), register()[0]),
            ]
        )
    )
    return table
