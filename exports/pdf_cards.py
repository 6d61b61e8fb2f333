"""Experiment cards, one page each with both halves, and the follow-up register.

A card's "afterwards" half is usually empty when the handout is printed (it is filled in at the
next session), so empty fields get room to write by hand rather than a dash. The register
collects what every participant promised to try, by review date, so the next session can go
through it in order.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from exports.handout_context import Context
from exports.pdf_card_half import BOX_WIDTH, PAD_X, PAD_Y, RULE_WIDTH, CardHalf
from exports.pdf_styles import RULE, markup, paragraph
from exports.pdf_text import colour
from exports.typefaces import register
from models.experiment import (
    EXPERIMENT_KIND,
    FIELDS,
    HALF_TITLES,
    Half,
    choice_label,
    half_status,
)
from models.records import NoteData
from models.snapshot import reading_order

HALF_COLOURS: dict[Half, str] = {"before": "#E3EDF9", "after": "#E5F4DD"}
WRITING_ROOM = 46.0


def card_theme(ctx: Context, card: NoteData) -> str:
    theme = str(card.fields.get("theme", "")).strip()
    if theme:
        return theme
    zone = ctx.snapshot.zone_by_id.get(card.zone_id) if card.zone_id is not None else None
    return ctx.snapshot.zone_label(zone) if zone is not None else ""


def card_owner(card: NoteData) -> str:
    return str(card.fields.get("owner", "")).strip() or card.author.strip()


def ordered_cards(ctx: Context, cards: list[NoteData]) -> list[NoteData]:
    """By the theme zone's place on the board, then as they hang on the wall."""
    zones = ctx.snapshot.zone_by_id

    def key(card: NoteData) -> tuple[int, int, int, tuple[float, float, int]]:
        zone = zones.get(card.zone_id) if card.zone_id is not None else None
        if zone is None:
            return (1, 0, 0, reading_order(card))
        return (0, zone.row, zone.col, reading_order(card))

    return sorted(cards, key=key)


def field_value(ctx: Context, key: str, value: str) -> str:
    spec = next((spec for spec in FIELDS if spec.key == key), None)
    if spec is not None and spec.kind == "date":
        return ctx.date(value)
    return choice_label(key, value, ctx.language)


def _half_table(ctx: Context, card: NoteData, half: Half, width: float) -> CardHalf:
    status = half_status({k: str(v) for k, v in card.fields.items()}, half)
    title = (
        f"{markup(HALF_TITLES[half].text(ctx.language))}"
        f'<font color="#5C6370"> · {markup(ctx.t("status_" + status))}</font>'
    )
    heading = paragraph(title, ctx.styles.h3)
    rows: list[tuple[Flowable, Flowable | None, float | None]] = []
    for spec in FIELDS:
        if spec.half != half:
            continue
        value = str(card.fields.get(spec.key, "")).strip()
        label = paragraph(markup(spec.label.text(ctx.language)), ctx.styles.label)
        shown = (
            paragraph(markup(field_value(ctx, spec.key, value)), ctx.styles.card_value)
            if value
            else None
        )
        rows.append((label, shown, None if value else WRITING_ROOM))
    fill = colour(HALF_COLOURS[half])
    return CardHalf(heading, rows, width, fill, RULE, lambda: _as_table(heading, rows, width, fill))


def _as_table(
    title: Flowable,
    rows: list[tuple[Flowable, Flowable | None, float | None]],
    width: float,
    fill: Color,
) -> Table:
    """The same half as a ReportLab Table, which splits it between pages when it is too tall
    for one (long answers)."""
    cells: list[list[Flowable | str]] = [[title, ""]]
    cells += [[label, value if value is not None else ""] for label, value, _ in rows]
    heights: list[float | None] = [None, *(fixed for _, _, fixed in rows)]
    table = Table(cells, colWidths=[width * 0.3, width * 0.7], rowHeights=heights, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("FONTNAME", (0, 0), (-1, -1), register()[0]),
                ("BACKGROUND", (0, 0), (1, 0), fill),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, RULE),
                ("LINEBELOW", (0, 1), (-1, -2), RULE_WIDTH, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
            ]
        )
    )
    return table


def card_pages(ctx: Context, cards: list[NoteData], width: float) -> list[Flowable]:
    """Each card on a page of its own: title, owner and theme, then both halves."""
    story: list[Flowable] = []
    count = len(cards)
    for number, card in enumerate(cards, start=1):
        owner, theme = card_owner(card), card_theme(ctx, card)
        title = ctx.t("card_n", n=number, count=count)
        if owner:
            title = f"{title} \u2013 {owner}"
        story += [PageBreak(), ctx.heading(title)]
        if theme:
            story.append(paragraph(f"{markup(ctx.t('theme'))}: {markup(theme)}", ctx.styles.body))
        story += [
            Spacer(1, 4),
            _half_table(ctx, card, "before", width),
            Spacer(1, 12),
            _half_table(ctx, card, "after", width),
        ]
    return story


def cards_index(ctx: Context, cards: list[NoteData], width: float) -> list[Flowable]:
    """A short table of the cards before their pages: number, theme, owner, what is tried."""
    if not cards:
        return []
    header = [ctx.t("number"), ctx.t("theme"), ctx.t("owner"), ctx.t("action")]
    rows: list[list[Flowable | str]] = [
        [paragraph(markup(words), ctx.styles.label) for words in header]
    ]
    for number, card in enumerate(cards, start=1):
        rows.append(
            [
                paragraph(str(number), ctx.styles.cell),
                paragraph(markup(card_theme(ctx, card)), ctx.styles.cell),
                paragraph(markup(card_owner(card)), ctx.styles.cell),
                paragraph(
                    markup(str(card.fields.get("try", "")).strip() or card.text), ctx.styles.cell
                ),
            ]
        )
    table = Table(
        rows,
        colWidths=[width * 0.07, width * 0.27, width * 0.24, width * 0.42],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(_grid_style())
    return [
        CondPageBreak(80),
        ctx.heading(ctx.t("cards_index")),
        ctx.muted(ctx.t("cards_intro", n=len(cards))),
        table,
    ]


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), register()[0]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), colour("#EEF2F7")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def followup_register(ctx: Context, width: float) -> list[Flowable]:
    """Every experiment card's promise, soonest review first; undated ones last."""
    cards = [note for note in ctx.snapshot.notes if note.kind == EXPERIMENT_KIND]
    if not cards:
        return [ctx.muted(ctx.t("followup_empty"))]

    def key(card: NoteData) -> tuple[bool, str, str]:
        review = str(card.fields.get("review_date", "")).strip()
        return (not review, review, card_owner(card).casefold())

    header = [ctx.t("review"), ctx.t("owner"), ctx.t("theme"), ctx.t("action"), ctx.t("status")]
    rows: list[list[Flowable | str]] = [
        [paragraph(markup(words), ctx.styles.label) for words in header]
    ]
    for card in sorted(cards, key=key):
        fields = card.fields
        review = str(fields.get("review_date", "")).strip()
        action = markup(str(fields.get("try", "")).strip() or card.text) or "–"
        step = str(fields.get("next", "")).strip()
        if step:
            action += f"<br/>\u2192 {markup(choice_label('next', step, ctx.language))}"
        solved = str(fields.get("solved", "")).strip()
        status = (
            choice_label("solved", solved, ctx.language)
            if solved
            else ctx.t("status_" + half_status({k: str(v) for k, v in fields.items()}, "after"))
        )
        rows.append(
            [
                paragraph(
                    markup(ctx.date(review) if review else ctx.t("no_date")),
                    ctx.styles.cell_bold if review else ctx.styles.small,
                ),
                paragraph(markup(card_owner(card)), ctx.styles.cell),
                paragraph(markup(card_theme(ctx, card)), ctx.styles.cell),
                paragraph(action, ctx.styles.cell),
                paragraph(markup(status), ctx.styles.cell),
            ]
        )
    widths = [0.11, 0.23, 0.21, 0.32, 0.13]
    table = Table(rows, colWidths=[width * share for share in widths], repeatRows=1, splitInRow=1)
    table.setStyle(_grid_style())
    return [ctx.muted(ctx.t("followup_intro")), table]
