"""An experiment card takes the theme of the experiment-wall theme it is put in.

The card shows its theme in its title strip; when a facilitator drags a card from one theme to
another, the strip (and the handout) should say the new theme. This runs inside the
transaction of the move, paste or phone write that changed the card's zone, so it is part of
the same undo step. It lives in ``models/`` so the canvas, imports and phones share the rule
(see :func:`models.membership.settle`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from models.experiment import EXPERIMENT_KIND
from models.records import NoteData
from models.templates import TEMPLATES

if TYPE_CHECKING:
    from models.document import BoardDocument

FieldsChange = tuple[dict[str, Any], dict[str, Any]]


def follow_themes(document: BoardDocument, note_ids: Iterable[int]) -> dict[int, FieldsChange]:
    """Set the theme of cards now in a theme of an experiment wall; returns for each changed
    card its fields (before, after). Call inside the caller's write transaction."""
    changed: dict[int, FieldsChange] = {}
    cards = document.notes.of_kind(note_ids, EXPERIMENT_KIND)  # most notes are not cards
    themes: dict[int, str | None] = {}  # a wall has a few themes; each is looked up once
    for note in document.notes.many(cards):
        fields = themed_fields(document, note, themes)
        if fields is not None:
            changed[note.id] = (dict(note.fields), fields)
    if changed:
        document.notes.update({nid: {"fields": after} for nid, (_, after) in changed.items()})
    return changed


def themed_fields(
    document: BoardDocument, note: NoteData, themes: dict[int, str | None]
) -> dict[str, Any] | None:
    """The fields ``note`` should have where it lies (a card in an experiment wall's theme
    takes that theme), or None if it keeps its own. ``themes`` keeps each zone's theme
    looked up, for the next notes."""
    if note.kind != EXPERIMENT_KIND or note.zone_id is None:
        return None
    if note.zone_id not in themes:
        themes[note.zone_id] = _theme_of(document, note.zone_id)
    title = themes[note.zone_id]
    if not title or note.fields.get("theme") == title:
        return None
    return {**note.fields, "theme": title}


def _theme_of(document: BoardDocument, zone_id: int) -> str | None:
    """The title of an experiment wall's theme, or None for any other zone."""
    zone = document.frames.zone(zone_id)
    frame = document.frames.get(zone.frame_id) if zone is not None else None
    template = TEMPLATES.get(frame.template_key) if frame is not None else None
    if zone is None or template is None or template.card_kind != EXPERIMENT_KIND:
        return None
    return " ".join(zone.title.split())
