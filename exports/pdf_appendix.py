"""The chapters that are not one frame: notes outside the templates and the image appendix."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from exports.handout_context import Context
from exports.pdf_overview import draw_placeholder
from exports.pdf_styles import markup, paragraph
from exports.pictures import Picture
from models.experiment import EXPERIMENT_KIND
from models.records import NoteData


def outside_notes(ctx: Context) -> list[tuple[str, list[NoteData]]]:
    """(where, notes) for notes in no template cell: loose notes inside frames that have cells,
    then notes outside every frame. Plain frames are chapters of their own."""
    snapshot = ctx.snapshot
    found: list[tuple[str, list[NoteData]]] = []
    for frame in snapshot.frames:
        if not snapshot.cells(frame.id):
            continue
        loose = [n for n in snapshot.loose_notes(frame.id) if n.kind != EXPERIMENT_KIND]
        if loose:
            found.append((ctx.t("loose_in", title=frame.title), loose))
    outside = [n for n in snapshot.loose_notes(None) if n.kind != EXPERIMENT_KIND]
    if outside:
        found.append((ctx.t("outside_frames"), outside))
    return found


def outside_section(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.muted(ctx.t("outside_intro"))]
    for where, notes in outside_notes(ctx):
        story.append(ctx.heading(where))
        story += ctx.note_list(ctx.ranked(notes), numbered=ctx.has_votes, show_group=True)
    return story


class PictureFlowable(Flowable):
    """An image scaled into the text width (at most ``max_height`` tall), or a placeholder."""

    def __init__(self, ctx: Context, picture: Picture | None, max_height: float) -> None:
        super().__init__()
        self.ctx = ctx
        self.picture = picture
        self.max_height = max_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        limit = min(self.max_height, availHeight * 0.95)
        if self.picture is None:
            self.width, self.height = min(availWidth, 260.0), min(limit, 150.0)
        else:
            ratio = min(availWidth / self.picture.width, limit / self.picture.height)
            self.width = self.picture.width * ratio
            self.height = self.picture.height * ratio
        return self.width, self.height

    def draw(self) -> None:
        if self.picture is None:
            draw_placeholder(
                self.canv,
                0,
                0,
                self.width,
                self.height,
                self.ctx.t("image_missing"),
                self.ctx.regular,
            )
            return
        reader = self.picture.reader_for(self.width, self.height)
        self.canv.drawImage(reader, 0, 0, self.width, self.height)


def image_notes(ctx: Context) -> list[NoteData]:
    return [note for note in ctx.snapshot.notes if note.kind == "image"]


def images_section(ctx: Context, height: float) -> list[Flowable]:
    story: list[Flowable] = []
    snapshot = ctx.snapshot
    for number, note in enumerate(image_notes(ctx), start=1):
        image = snapshot.image_by_id.get(note.image_id) if note.image_id is not None else None
        picture = ctx.pictures.get(image)
        caption = note.text.strip() or (image.caption.strip() if image else "")
        frame_id = snapshot.note_frame.get(note.id)
        where = snapshot.frame_by_id[frame_id].title if frame_id is not None else ""
        label = f"{ctx.t('image')} {number}"
        if caption:
            label += f": {caption}"
        parts: list[Flowable] = [
            paragraph(markup(label), ctx.styles.h3),
            PictureFlowable(ctx, picture, height * 0.42),
        ]
        if where:
            parts.append(ctx.muted(where))
        story += [KeepTogether(parts), Spacer(1, 10)]
    return story
