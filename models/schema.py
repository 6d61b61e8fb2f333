"""The board file's tables, as SQLAlchemy Core tables with typed columns.

Positions and sizes are scene units (1 unit = 1 px at 100 % zoom), absolute on the one infinite
canvas. A note belongs to at most one zone; a zone belongs to one frame (a template instance).
Structured cards (experiment cards) are notes of another ``kind`` whose fields live in ``fields``.

Each table's columns are declared as :class:`~sqlalchemy.TypedColumns`, so ``NoteRow.c.x`` is
typed (``Column[float]``) and a column's SQL type and ``NOT NULL`` follow from its annotation,
as they did with ORM ``Mapped`` classes. Only Core is used: Pajalauta has no ORM sessions, and
not importing ``sqlalchemy.orm`` saves a fifth of a second at every start.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Named,
    String,
    Table,
    Text,
    TypedColumns,
)

metadata = MetaData()
"""Every table of a board file (``metadata.create_all`` makes a new board's)."""


class _BoardColumns(TypedColumns):
    """Exactly one row (id 1): the workshop this board records."""

    id = Column(Integer, primary_key=True)
    title: Named[str] = Column(Text, default="")
    language: Named[str] = Column(String(8), default="fi")
    workshop_date: Named[str] = Column(Text, default="")
    place: Named[str] = Column(Text, default="")
    facilitators: Named[str] = Column(Text, default="")
    created_at: Named[str] = Column(Text)
    updated_at: Named[str] = Column(Text)
    phone_private: Named[bool] = Column(default=False, server_default="0")
    """Phones write privately (schema 6): kept when the board is closed, so writing opened
    again after a break or a crash stays private."""


BoardRow = Table("board", metadata, _BoardColumns)


class _GroupColumns(TypedColumns):
    id = Column(Integer, primary_key=True)
    name: Named[str] = Column(Text)
    colour: Named[str] = Column(String(7))
    position: Named[int] = Column(default=0)


GroupRow = Table("groups", metadata, _GroupColumns)


class _FrameColumns(TypedColumns):
    """One template instance on the canvas; ``template_key`` names its template ('' = plain)."""

    id = Column(Integer, primary_key=True)
    template_key: Named[str] = Column(Text, default="")
    title: Named[str] = Column(Text, default="")
    x: Named[float]
    y: Named[float]
    width: Named[float]
    height: Named[float]
    z: Named[float] = Column(default=0.0)
    position: Named[int] = Column(default=0)
    created_at: Named[str] = Column(Text)


FrameRow = Table("frames", metadata, _FrameColumns)


class _ZoneColumns(TypedColumns):
    """A cell, lane or column of a frame; notes dropped inside belong to it."""

    id = Column(Integer, primary_key=True)
    frame_id: Named[int] = Column(ForeignKey("frames.id", ondelete="CASCADE"))
    key: Named[str] = Column(Text, default="")
    title: Named[str] = Column(Text, default="")
    prompt: Named[str] = Column(Text, default="")
    row: Named[int] = Column(default=0)
    col: Named[int] = Column(default=0)
    x: Named[float]
    y: Named[float]
    width: Named[float]
    height: Named[float]
    colour: Named[str] = Column(String(7), default="#FFFFFF")
    # Added in schema version 3: zone-level values such as a journey map's emotion mark.
    data: Named[dict[str, Any]] = Column(JSON, default=dict, server_default="{}")


ZoneRow = Table("zones", metadata, _ZoneColumns, Index("ix_zones_frame", "frame_id"))


class _ImageColumns(TypedColumns):
    """Image bytes, referenced by notes of kind 'image'. Never decoded by the model layer."""

    id = Column(Integer, primary_key=True)
    mime: Named[str] = Column(Text)
    data: Named[bytes] = Column(LargeBinary)
    sha256: Named[str] = Column(Text)
    caption: Named[str] = Column(Text, default="")
    created_at: Named[str] = Column(Text)


# Schema version 4: adding a photo looks its checksum up without reading every photo.
ImageRow = Table("images", metadata, _ImageColumns, Index("ix_images_sha256", "sha256"))


class _PhoneSessionColumns(TypedColumns):
    """A participant who joined from a phone (schema version 5).

    The phone's cookie holds a random secret; only its SHA-256 is stored, so a copied board
    file lets nobody write as that participant. Notes and cards name their phone session, so
    a participant who comes back after the laptop was restarted still finds their own.
    """

    id = Column(Integer, primary_key=True)
    secret_sha256: Named[str] = Column(Text)
    number: Named[int]
    name: Named[str] = Column(Text, default="")
    group_id: Named[int | None] = Column(ForeignKey("groups.id", ondelete="SET NULL"), default=None)
    created_at: Named[str] = Column(Text)


PhoneSessionRow = Table(
    "phone_sessions",
    metadata,
    _PhoneSessionColumns,
    Index("ix_phone_sessions_secret", "secret_sha256", unique=True),
    Index("ix_phone_sessions_group", "group_id"),
)


class _NoteColumns(TypedColumns):
    id = Column(Integer, primary_key=True)
    text: Named[str] = Column(Text, default="")
    colour: Named[str] = Column(String(7))
    x: Named[float]
    y: Named[float]
    width: Named[float]
    height: Named[float]
    z: Named[float] = Column(default=0.0)
    zone_id: Named[int | None] = Column(ForeignKey("zones.id", ondelete="SET NULL"), default=None)
    group_id: Named[int | None] = Column(ForeignKey("groups.id", ondelete="SET NULL"), default=None)
    author: Named[str] = Column(Text, default="")
    created_at: Named[str] = Column(Text)
    updated_at: Named[str] = Column(Text)
    # Added in schema version 2.
    kind: Named[str] = Column(Text, default="note", server_default="note")
    fields: Named[dict[str, Any]] = Column(JSON, default=dict, server_default="{}")
    image_id: Named[int | None] = Column(ForeignKey("images.id", ondelete="SET NULL"), default=None)
    # Added in schema version 5: written privately from a phone, its text not shown until
    # the facilitator reveals it; and which phone wrote it.
    hidden: Named[bool] = Column(default=False, server_default="0")
    phone_session_id: Named[int | None] = Column(
        ForeignKey("phone_sessions.id", ondelete="SET NULL"), default=None
    )


NoteRow = Table(
    "notes",
    metadata,
    _NoteColumns,
    Index("ix_notes_zone", "zone_id"),
    Index("ix_notes_group", "group_id"),
    Index("ix_notes_image", "image_id"),
    Index("ix_notes_phone_session", "phone_session_id"),
    # Schema 5: a new note goes on top (max z) without reading every note first, and
    # notes are read in drawing order without sorting them.
    Index("ix_notes_z", "z"),
)


class _VoteColumns(TypedColumns):
    """A dot-voting round (schema version 2)."""

    id = Column(Integer, primary_key=True)
    title: Named[str] = Column(Text, default="")
    frame_id: Named[int | None] = Column(ForeignKey("frames.id", ondelete="SET NULL"), default=None)
    budget: Named[int] = Column(default=3)
    budget_per: Named[str] = Column(Text, default="group")
    hidden: Named[bool] = Column(default=False)
    started_at: Named[str] = Column(Text)
    ended_at: Named[str | None] = Column(Text, default=None)


VoteRow = Table("votes", metadata, _VoteColumns, Index("ix_votes_frame", "frame_id"))


class _DotColumns(TypedColumns):
    id = Column(Integer, primary_key=True)
    vote_id: Named[int] = Column(ForeignKey("votes.id", ondelete="CASCADE"))
    note_id: Named[int] = Column(ForeignKey("notes.id", ondelete="CASCADE"))
    group_id: Named[int | None] = Column(ForeignKey("groups.id", ondelete="SET NULL"), default=None)
    voter: Named[str] = Column(Text, default="")
    created_at: Named[str] = Column(Text)


DotRow = Table(
    "dots",
    metadata,
    _DotColumns,
    Index("ix_dots_vote", "vote_id"),
    Index("ix_dots_note", "note_id"),
    Index("ix_dots_group", "group_id"),
)
