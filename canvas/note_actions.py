"""What the view's menu slots do to notes, each as one undo command.

Kept out of the view so the view is about input and drawing, and so the same operations can be
driven from a test or a script with a scene and an undo stack alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from canvas import clipboard, style
from canvas.commands import (
    BULK_NOTES,
    CreateNotesCommand,
    DeleteNotesCommand,
    DuplicateNotesCommand,
    MergeId,
    PatchNotesCommand,
    Reporter,
    bulk_step,
)
from canvas.duplicate_place import duplicate_places
from canvas.paste_place import place_pasted
from canvas.scene import BoardScene
from canvas.text_fit import fit_text, text_height
from canvas.undo_text import Undo, translate
from models.document import BoardDocument
from models.images import ImageStore
from models.limits import MAX_NOTE_SIZE
from models.note_values import DEFAULT_SIZE
from models.palette import is_valid_colour
from models.records import NoteData, NotePatch


def grown_size(note: NoteData) -> tuple[float, float] | None:
    """A size at which all of the note's text shows at a readable size, or None if it
    already does. Grows downwards first; widens only when the note would get much taller
    than wide."""
    if not fit_text(note.text, note.width, note.height).overflow:
        return None
    width = note.width
    needed = text_height(note.text, style.GROW_FONT_PX, width)
    while needed > max(width * 1.4, note.height) and width < MAX_NOTE_SIZE:
        width = min(width * 1.2, MAX_NOTE_SIZE)
        needed = text_height(note.text, style.GROW_FONT_PX, width)
    height = min(max(needed, note.height), MAX_NOTE_SIZE)
    return float(round(width)), float(round(height))


class NoteActions:
    """Note operations on one scene, pushed onto one undo stack."""

    def __init__(self, scene: BoardScene, undo_stack: QUndoStack, report: Reporter) -> None:
        self._scene = scene
        self._stack = undo_stack
        self._report = report

    @property
    def _doc(self) -> BoardDocument:
        return self._scene.document

    def _notes(self, ids: Sequence[int]) -> list[NoteData]:
        """The rows of these notes, in this order."""
        known = self._known_rows(ids)
        return known if known is not None else self._doc.notes.many(ids)

    def _known_rows(self, ids: Sequence[int]) -> list[NoteData] | None:
        """Many notes' rows from their items, which hold them as the file does (the scene
        follows every committed change): a duplicate or delete of 5,000 selected notes does
        not read them from the file first. None for a few notes, or one without an item."""
        scene = self._scene
        if len(ids) < BULK_NOTES or scene.items_pending():
            return None
        made = scene.made_items()  # every note's item is made (none pending)
        items = [made.get(note_id) for note_id in dict.fromkeys(ids)]
        if not all(item is not None for item in items):
            return None
        return [item.note for item in items]  # type: ignore[union-attr]

    # --- creating ---------------------------------------------------------------------------
    def create(
        self, centre: QPointF, colour: str, group_id: int | None, size: float = DEFAULT_SIZE
    ) -> CreateNotesCommand | None:
        """A new empty note centred on ``centre``; returns its command if it was made."""
        patch: NotePatch = {
            "x": float(round(centre.x() - size / 2)),
            "y": float(round(centre.y() - size / 2)),
            "width": size,
            "height": size,
            "colour": colour,
            "group_id": group_id,
        }
        return self._push_create([patch], translate("BoardView", "New note"))

    def _push(self, command: QUndoCommand, notes: int) -> None:
        """Push a command on ``notes`` notes (a bulk one with the collector waiting)."""
        with bulk_step(notes):
            self._stack.push(command)

    def _push_create(self, patches: list[NotePatch], text: str) -> CreateNotesCommand | None:
        command = CreateNotesCommand(self._doc, patches, text, self._report)
        return command if self._push_made(command, len(patches)) else None

    def _push_made(self, command: CreateNotesCommand, notes: int) -> bool:
        """Push a command that makes notes; they become the selection. False if none was
        made."""
        with bulk_step(notes):
            self._stack.push(command)
            if not command.ids:
                return False
            self._scene.select_notes(command.ids)
        return True

    def duplicate(self, ids: Sequence[int]) -> list[int]:
        with bulk_step(len(ids)):
            return self._duplicate(ids)

    def _duplicate(self, ids: Sequence[int]) -> list[int]:
        notes = self._notes(ids)
        if not notes:
            return []
        command = DuplicateNotesCommand(
            self._doc,
            notes,
            duplicate_places(self._scene, notes),
            Undo.tr("Duplicate %n note(s)", "", len(notes)),
            self._report,
        )
        return command.ids if self._push_made(command, len(notes)) else []

    # --- clipboard --------------------------------------------------------------------------
    def copy(self, ids: Sequence[int]) -> bool:
        notes = self._notes(ids)
        if not notes:
            return False
        mime = clipboard.notes_to_mime(notes)
        clipboard.add_photo_data(mime, notes, self._image_bytes)
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def _image_bytes(self, image_id: int) -> bytes | None:
        found = ImageStore(self._doc).data(image_id)
        return found[1] if found is not None else None

    def cut(self, ids: Sequence[int]) -> None:
        if self.copy(ids):
            self._push(
                DeleteNotesCommand(
                    self._doc,
                    list(ids),
                    Undo.tr("Cut %n note(s)", "", len(ids)),
                    self._report,
                ),
                len(ids),
            )

    def paste(
        self, centre: QPointF, colour: str, group_id: int | None, zone_id: int | None = None
    ) -> list[int]:
        """Notes from the clipboard around ``centre``, or into ``zone_id``, in free places
        (:func:`canvas.paste_place.place_pasted`); one undo step."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return []
        try:
            patches = clipboard.patches_from_mime(mime, centre, colour, group_id)
        except clipboard.PasteRefused as refused:
            self._report(refused.message)
            return []
        if not patches:
            return []
        patches = place_pasted(self._scene, patches, centre, zone_id)
        command = self._push_create(
            patches,
            Undo.tr("Paste %n note(s)", "", len(patches)),
        )
        return command.ids if command is not None else []

    # --- changing ---------------------------------------------------------------------------
    def delete(self, ids: Sequence[int]) -> None:
        if ids:
            self._push(
                DeleteNotesCommand(
                    self._doc,
                    list(ids),
                    Undo.tr("Delete %n note(s)", "", len(ids)),
                    self._report,
                    self._known_rows(ids) or (),
                ),
                len(ids),
            )

    def _patch(
        self, patches: dict[int, NotePatch], text: str, merge_id: MergeId | None = None
    ) -> None:
        if patches:
            self._stack.push(PatchNotesCommand(self._doc, patches, text, self._report, merge_id))

    def set_colour(self, ids: Sequence[int], colour: str) -> None:
        if not is_valid_colour(colour):
            self._report(
                translate("BoardView", "“{colour}” is not a colour.").format(colour=colour)
            )
            return
        colour = colour.upper()
        self._patch(
            {nid: {"colour": colour} for nid in ids}, translate("BoardView", "Change colour")
        )

    def _split_z(self, ids: Sequence[int]) -> tuple[list[NoteData], list[float]]:
        """The chosen notes bottom to top, and the z values of all other notes."""
        chosen = sorted(self._notes(ids), key=lambda n: (n.z, n.id))
        wanted = set(ids)
        others = [i.note.z for i in self._scene.note_items() if i.note_id not in wanted]
        return chosen, others

    def bring_to_front(self, ids: Sequence[int]) -> None:
        chosen, others = self._split_z(ids)
        if not chosen or not others or max(others) < chosen[0].z:
            return
        top = max(others)
        self._patch(
            {n.id: {"z": top + 1.0 + index} for index, n in enumerate(chosen)},
            translate("BoardView", "Bring to front"),
        )

    def send_to_back(self, ids: Sequence[int]) -> None:
        chosen, others = self._split_z(ids)
        if not chosen or not others or min(others) > chosen[-1].z:
            return
        bottom = min(others) - len(chosen)
        self._patch(
            {n.id: {"z": bottom + index} for index, n in enumerate(chosen)},
            translate("BoardView", "Send to back"),
        )

    def nudge(self, ids: Sequence[int], dx: float, dy: float) -> None:
        """Move by a step; consecutive nudges of the same notes merge into one undo step."""
        self._patch(
            {n.id: {"x": n.x + dx, "y": n.y + dy} for n in self._notes(ids)},
            Undo.tr("Nudge %n note(s)", "", len(ids)),
            MergeId.NUDGE,
        )

    def grow_to_fit(self, ids: Sequence[int]) -> None:
        patches: dict[int, NotePatch] = {}
        for note in self._notes(ids):
            size = grown_size(note) if note.kind != "image" else None  # photos keep their shape
            if size is not None:
                patches[note.id] = {"width": size[0], "height": size[1]}
        self._patch(patches, translate("BoardView", "Grow note to fit its text"))
