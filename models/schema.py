"""The board file's tables, as SQLAlchemy 2 typed ORM classes.

Positions and sizes are scene units (1 unit = 1 px at 100 % zoom), absolute on the one infinite
canvas. A note belongs to at most one zone; a zone belongs to one frame (a template instance).
Structured cards (experiment cards) are notes of another ``kind`` whose fields live in ``fields``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class BoardRow(Base):
    """Exactly one row (id 1): the workshop this board records."""

    __tablename__ = "board"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="fi")
    workshop_date: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(Text)
    phone_private: Mapped[bool] = mapped_column(default=False, server_default="0")
    """Phones write privately (schema 6): kept when the board is closed, so writing opened
    again after a break or a crash stays private."""


class GroupRow(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(default=0)


class FrameRow(Base):
    """One template instance on the canvas; ``template_key`` names its template ('' = plain)."""

    __tablename__ = "frames"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_key: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float]
    y: Mapped[float]
    width: Mapped[float]
    height: Mapped[float]
    z: Mapped[float] = mapped_column(default=0.0)
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[str] = mapped_column(Text)


class ZoneRow(Base):
    """A cell, lane or column of a frame; notes dropped inside belong to it."""

    __tablename__ = "zones"
    id: Mapped[int] = mapped_column(primary_key=True)
    frame_id: Mapped[int] = mapped_column(ForeignKey("frames.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    prompt: Mapped[str] = mapped_column(Text, default="")
    row: Mapped[int] = mapped_column(default=0)
    col: Mapped[int] = mapped_column(default=0)
    x: Mapped[float]
    y: Mapped[float]
    width: Mapped[float]
    height: Mapped[float]
    colour: Mapped[str] = mapped_column(String(7), default="#FFFFFF")
    # Added in schema version 3: zone-level values such as a journey map's emotion mark.
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    __table_args__ = (Index("ix_zones_frame", "frame_id"),)


class ImageRow(Base):
    """Image bytes, referenced by notes of kind 'image'. Never decoded by the model layer."""

    __tablename__ = "images"
    id: Mapped[int] = mapped_column(primary_key=True)
    mime: Mapped[str] = mapped_column(Text)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(Text)
    caption: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)

    # Schema version 4: adding a photo looks its checksum up without reading every photo.
    __table_args__ = (Index("ix_images_sha256", "sha256"),)


class PhoneSessionRow(Base):
    """A participant who joined from a phone (schema version 5).

    The phone's cookie holds a random secret; only its SHA-256 is stored, so a copied board
    file lets nobody write as that participant. Notes and cards name their phone session, so
    a participant who comes back after the laptop was restarted still finds their own.
    """

    __tablename__ = "phone_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    secret_sha256: Mapped[str] = mapped_column(Text)
    number: Mapped[int]
    name: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_phone_sessions_secret", "secret_sha256", unique=True),
        Index("ix_phone_sessions_group", "group_id"),
    )


class NoteRow(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7))
    x: Mapped[float]
    y: Mapped[float]
    width: Mapped[float]
    height: Mapped[float]
    z: Mapped[float] = mapped_column(default=0.0)
    zone_id: Mapped[int | None] = mapped_column(
        ForeignKey("zones.id", ondelete="SET NULL"), default=None
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), default=None
    )
    author: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(Text)
    # Added in schema version 2.
    kind: Mapped[str] = mapped_column(Text, default="note", server_default="note")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    image_id: Mapped[int | None] = mapped_column(
        ForeignKey("images.id", ondelete="SET NULL"), default=None
    )
    # Added in schema version 5: written privately from a phone, its text not shown until
    # the facilitator reveals it; and which phone wrote it.
    hidden: Mapped[bool] = mapped_column(default=False, server_default="0")
    phone_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("phone_sessions.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        Index("ix_notes_zone", "zone_id"),
        Index("ix_notes_group", "group_id"),
        Index("ix_notes_image", "image_id"),
        Index("ix_notes_phone_session", "phone_session_id"),
        # Schema 5: a new note goes on top (max z) without reading every note first, and
        # notes are read in drawing order without sorting them.
        Index("ix_notes_z", "z"),
    )


class VoteRow(Base):
    """A dot-voting round (schema version 2)."""

    __tablename__ = "votes"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    frame_id: Mapped[int | None] = mapped_column(
        ForeignKey("frames.id", ondelete="SET NULL"), default=None
    )
    budget: Mapped[int] = mapped_column(default=3)
    budget_per: Mapped[str] = mapped_column(Text, default="group")
    hidden: Mapped[bool] = mapped_column(default=False)
    started_at: Mapped[str] = mapped_column(Text)
    ended_at: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (Index("ix_votes_frame", "frame_id"),)


class DotRow(Base):
    __tablename__ = "dots"
    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"))
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), default=None
    )
    voter: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_dots_vote", "vote_id"),
        Index("ix_dots_note", "note_id"),
        Index("ix_dots_group", "group_id"),
    )
