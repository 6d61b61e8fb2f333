"""What every part of the handout needs: the board, its language, styles, fonts and images.

One object passed around instead of six arguments, built once per export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from reportlab.platypus import Flowable, Paragraph

from exports.overview import NoteShape, display_text, dot_colours
from exports.pdf_doc import ChapterHeading, PageMeta
from exports.pdf_notes import CellList, Entry, ListStyle, NoteItem, NoteList, Piece
from exports.pdf_styles import VOTE_INK, Styles, markup, paragraph, styles
from exports.pictures import PictureCache
from exports.textfit import Measurer
from exports.texts import text, votes_label
from exports.typefaces import register
from models.experiment import EXPERIMENT_KIND
from models.records import NoteData
from models.snapshot import BoardSnapshot, reading_order

LIST_RUN = 40
"""Notes per :class:`NoteList` flowable."""
LIST_STYLES = {
    "note": ListStyle(),
    "cell_note": ListStyle(size=8.5, leading=10.8, indent=8.0, bullet_indent=0.0, space_after=3.0),
}


@dataclass
class Context:
    snapshot: BoardSnapshot
    meta: PageMeta
    pictures: PictureCache = field(default_factory=PictureCache)
    left_out: int = 0
    """Notes written privately from phones and not revealed: not in the handout."""
    styles: Styles = field(init=False)
    regular: Measurer = field(init=False)
    bold: Measurer = field(init=False)
    _keys: int = 0

    def __post_init__(self) -> None:
        regular, bold = register()
        self.styles = styles(self.language)
        self.regular = Measurer(regular, self.language)
        self.bold = Measurer(bold, self.language)

    @property
    def language(self) -> str:
        return self.snapshot.language

    @cached_property
    def dot_colours(self) -> dict[int, list[str]]:
        """Each note's vote dots (their groups' colours), for every overview of this board."""
        return dot_colours(self.snapshot)

    @cached_property
    def note_shapes(self) -> dict[int, NoteShape]:
        """Each note's picture shape, made once for every overview of this board."""
        return {}

    @property
    def has_votes(self) -> bool:
        return bool(self.snapshot.dots)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    def new_key(self, prefix: str) -> str:
        self._keys += 1
        return f"{prefix}-{self._keys}"

    def heading(
        self, title: str, level: int = 1, key: str | None = None, number: str = ""
    ) -> ChapterHeading:
        """A heading with a bookmark and an outline entry (level 0 = a chapter)."""
        style = self.styles.h1 if level == 0 else self.styles.h2
        return ChapterHeading(title, style, key or self.new_key("h"), self.meta, level, number)

    def date(self, iso: str) -> str:
        """A stored ISO date as people write it: 6.3.2026 in Finnish."""
        try:
            day = date.fromisoformat(iso.strip())
        except ValueError:
            return iso.strip()
        return day.isoformat() if self.language == "en" else f"{day.day}.{day.month}.{day.year}"

    # --- note lists -----------------------------------------------------------------------
    def ranked(self, notes: list[NoteData]) -> list[NoteData]:
        """Most votes first; ties (and boards without votes) keep reading order."""
        ordered = sorted(notes, key=reading_order)
        if not self.has_votes:
            return ordered
        return sorted(ordered, key=lambda note: -self.snapshot.votes_for(note.id))

    def note_markup(self, note: NoteData, show_group: bool = False, show_votes: bool = True) -> str:
        words = display_text(note, self.language)
        body = markup(words) if words.strip() else ""
        if note.kind == "image":
            label = f"[{markup(self.t('image'))}]"
            body = f"{label} {body}".strip()
        extras: list[str] = []
        if show_group and note.group_id is not None:
            group = self.snapshot.group_by_id.get(note.group_id)
            if group is not None:
                extras.append(f'<font color="#5C6370">· {markup(group.name)}</font>')
        votes = self.snapshot.votes_for(note.id)
        if show_votes and votes:
            extras.append(
                f'<font color="{VOTE_INK}">\u25cf {votes_label(votes, self.language)}</font>'
            )
        return " ".join([body or "–", *extras])

    def note_extras(self, note: NoteData, show_group: bool) -> list[Piece]:
        """Group name (grey) and vote count (red) after a note's words."""
        extras: list[Piece] = []
        if show_group and note.group_id is not None:
            group = self.snapshot.group_by_id.get(note.group_id)
            if group is not None:
                extras += [(word, "#5C6370") for word in ("·", *group.name.split())]
        votes = self.snapshot.votes_for(note.id)
        if votes:
            extras += [
                (word, VOTE_INK) for word in ("\u25cf", *votes_label(votes, self.language).split())
            ]
        return extras

    def _entries(self, notes: list[NoteData], numbered: bool, show_group: bool) -> list[Entry]:
        entries: list[Entry] = []
        for index, note in enumerate(n for n in notes if n.kind != EXPERIMENT_KIND):
            bullet = f"{index + 1}." if numbered else "\u2022"
            words = display_text(note, self.language).strip() or "–"
            if note.kind == "image":
                words = f"[{self.t('image')}] {words}"
            entries.append(Entry(bullet, words, self.note_extras(note, show_group)))
        return entries

    def note_list(
        self,
        notes: list[NoteData],
        numbered: bool = False,
        show_group: bool = False,
        style: str = "note",
    ) -> list[Flowable]:
        """One list item per note (experiment cards excluded: they get their own pages).

        The notes after the first go in :class:`NoteList` runs (laid out the same; the first
        stays a flowable of its own so a heading before it keeps with it alone)."""
        chosen = LIST_STYLES[style]
        entries = self._entries(notes, numbered, show_group)
        items: list[Flowable] = [
            NoteItem(self.regular, entry.text, entry.bullet, entry.extras, chosen)
            for entry in entries[:1]
        ]
        # Runs of a few dozen: a list is measured again on every page it reaches, so one
        # list of a whole 20,000-note board would cost the square of its length.
        items += [
            NoteList(self.regular, chosen, entries[start : start + LIST_RUN])
            for start in range(1, len(entries), LIST_RUN)
        ]
        return items

    def note_cell(self, notes: list[NoteData]) -> list[Flowable]:
        """A table cell's notes as one :class:`CellList` (placed, and split between pages,
        exactly as one item per note would be); empty without notes."""
        entries = self._entries(notes, numbered=False, show_group=False)
        return [CellList(self.regular, LIST_STYLES["cell_note"], entries)] if entries else []

    def muted(self, words: str) -> Paragraph:
        return paragraph(markup(words), self.styles.small)
