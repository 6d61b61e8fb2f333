"""A board opens, reads and takes its lock through the driver; SQLAlchemy comes later, around
the same connection (see :mod:`models.lazy_sql`). What a user could notice if that went
wrong: an edit made at once lost or written elsewhere, a second window let in, a lock kept
after closing, or the first frame's reads differing from what SQLAlchemy would read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from models import frame_rows, groups, note_rows, schema, sqlite_store, votes
from models.document import BoardDocument
from models.errors import BoardInUseError
from models.file_schema import OUR_TABLES
from models.phone_sessions import hidden_notes
from models.records import GroupData, VoteData
from models.templates.plan import HEADER
from models.templates.starters import DREAM_FEAR, JOURNEY_MAP
from tests.fixtures.boards import side_files


def _workshop(path: Path) -> Path:
    doc = BoardDocument.create(path, title="Kiireen kesyttäjät", language="fi")
    doc.groups.ensure_defaults("fi")
    first = doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    doc.frames.instantiate(JOURNEY_MAP, 0.0, 3000.0)
    cells = [z for z in doc.frames.zones(first) if z.row >= 0 and z.col >= 0]
    ids = doc.notes.add(
        [
            {"text": f"Idea {n} – äöå", "x": cells[n % len(cells)].x + 20.0 * n, "y": 400.0}
            for n in range(12)
        ]
        + [{"text": "Kuva puuttuu", "x": -900.0, "y": -900.0, "width": 150.0}]
    )
    doc.frames.assign_zones(ids)
    doc.notes.update({ids[3]: {"hidden": True}})
    vote = doc.votes.start("Paras idea", budget=3, hidden=True)
    doc.votes.place_dot(vote, ids[0], doc.groups.all()[0].id)
    doc.votes.place_dot(vote, ids[1], doc.groups.all()[1].id)
    doc.votes.end(vote)
    doc.votes.start("Toinen kierros", budget=2)
    doc.close()
    return path


def test_an_edit_made_at_once_lands_in_the_file_through_the_same_connection(
    tmp_path: Path,
) -> None:
    path = _workshop(tmp_path / "paja.pajalauta")
    doc = BoardDocument.open(path)
    try:
        assert not doc.writing_prepared  # nothing has asked for SQLAlchemy yet
        before = doc.notes.count()
        [new] = doc.notes.add([{"text": "Heti avaamisen jälkeen", "x": 5.0, "y": 5.0}])
        assert doc.writing_prepared  # the edit made it on the spot
        assert sqlite_store.raw_connection(doc._engine) is doc._raw  # one connection, one lock
        with pytest.raises(BoardInUseError):
            BoardDocument.open(path)
    finally:
        doc.close()
    assert side_files(path) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == before + 1
        assert conn.execute("SELECT text FROM notes WHERE id = ?", (new,)).fetchone() == (
            "Heti avaamisen jälkeen",
        )
    finally:
        conn.close()


def test_the_lock_is_held_from_opening_and_let_go_on_closing_without_sqlalchemy(
    tmp_path: Path,
) -> None:
    path = _workshop(tmp_path / "paja.pajalauta")
    doc = BoardDocument.open(path)
    with pytest.raises(BoardInUseError) as refused:
        BoardDocument.open(path)
    assert "already open" in refused.value.message
    doc.notes.all()
    doc.close()  # never made an engine: the driver's connection alone is closed
    assert not doc.writing_prepared
    assert doc.closed
    assert side_files(path) == []
    again = BoardDocument.open(path)
    again.prepare_writing()
    again.close()
    assert side_files(path) == []


def test_a_read_only_board_reads_without_sqlalchemy(tmp_path: Path) -> None:
    path = _workshop(tmp_path / "paja.pajalauta")
    doc = BoardDocument.open(path, read_only=True)
    try:
        assert len(doc.notes.all()) == 13
        assert [g.name for g in doc.groups.all()][:2] == ["Ryhmä 1", "Ryhmä 2"]
        assert not doc.writing_prepared
    finally:
        doc.close()


def _compiled(statement: object) -> str:
    compiled = str(statement.compile(dialect=sqlite_dialect.dialect()))  # type: ignore[attr-defined]
    return compiled.replace(" \nFROM ", "\nFROM ")


def _cells_in_area() -> object:
    """What ``Membership`` read through SQLAlchemy before its SQL was written as text."""
    zones, frames = schema.ZoneRow, schema.FrameRow
    frames_in_area = (
        select(frames.c.id)
        .where(
            frames.c.x <= bindparam("right"),
            frames.c.x + frames.c.width >= bindparam("left"),
            frames.c.y <= bindparam("bottom"),
            frames.c.y + frames.c.height >= bindparam("top"),
        )
        .scalar_subquery()
    )
    return (
        select(zones.c.id, zones.c.x, zones.c.y, zones.c.width, zones.c.height)
        .join(frames, frames.c.id == zones.c.frame_id)
        .where(zones.c.frame_id.in_(frames_in_area))
        .where(zones.c.row != HEADER, zones.c.col != HEADER)
        .order_by(frames.c.z.desc(), frames.c.id.desc(), zones.c.id)
    )


def test_the_first_frames_reads_give_what_sqlalchemy_reads(tmp_path: Path) -> None:
    """The reads written as SQL text (so that a board opens before SQLAlchemy is imported)
    against the SQLAlchemy statements they stand for, on a board with frames, cells, groups,
    a hidden note, a hidden finished vote with dots and a running vote."""
    path = _workshop(tmp_path / "paja.pajalauta")
    doc = BoardDocument.open(path)
    try:
        with doc.read() as conn:
            want_notes = [
                doc.checks.note(note_rows.note_from_row(tuple(row)))
                for row in conn.execute(
                    note_rows.select_notes().order_by(schema.NoteRow.c.z, schema.NoteRow.c.id)
                )
            ]
            want_frames = [
                frame_rows.frame_from_row(tuple(row))
                for row in conn.execute(
                    select(*frame_rows.frame_columns()).order_by(
                        schema.FrameRow.c.position, schema.FrameRow.c.id
                    )
                )
            ]
            want_zones = [
                frame_rows.zone_from_row(tuple(row))
                for row in conn.execute(
                    select(*frame_rows.zone_columns()).order_by(*frame_rows.zone_order())
                )
            ]
            group_columns = [schema.GroupRow.c[n] for n in ("id", "name", "colour", "position")]
            want_groups = [
                tuple(row)
                for row in conn.execute(
                    select(*group_columns).order_by(
                        schema.GroupRow.c.position, schema.GroupRow.c.id
                    )
                )
            ]
            want_votes = [
                tuple(row)
                for row in conn.execute(select(*votes.vote_columns()).order_by(schema.VoteRow.c.id))
            ]
            want_cells = [
                tuple(row)
                for row in conn.execute(
                    _cells_in_area(),
                    {"left": 0.0, "top": 0.0, "right": 5000.0, "bottom": 5000.0},
                )
            ]
        assert doc.notes.all() == want_notes
        assert doc.notes.count() == len(want_notes) == 13
        assert doc.frames.all() == want_frames and len(want_frames) == 2
        assert doc.frames.zones() == want_zones
        assert doc.groups.all() == [GroupData(*row) for row in want_groups]
        found_votes = doc.votes.all()
        assert found_votes == [VoteData(*row) for row in want_votes]
        assert found_votes[0].hidden is True and found_votes[1].hidden is False
        assert doc.votes.get(found_votes[0].id) == found_votes[0]
        assert len(doc.votes.dots(found_votes[0].id)) == 2
        assert hidden_notes(doc) == [n.id for n in want_notes if n.hidden] != []
        assert doc.frames._membership._cells_top_first(0.0, 0.0, 5000.0, 5000.0) == [
            (int(i), x, y, w, h) for i, x, y, w, h in want_cells
        ]
        assert want_cells  # the area holds cells
    finally:
        doc.close()


def test_the_sql_texts_name_the_columns_the_statements_select() -> None:
    assert note_rows.NOTES_BY_Z.split(" FROM ")[0] == (
        _compiled(note_rows.select_notes())
        .split("\nFROM ")[0]
        .replace("notes.", "")
        .replace("fields AS fields", "fields")
    )
    assert groups.ALL_GROUPS.startswith("SELECT id, name, colour, position FROM groups")
    assert frame_rows.ALL_FRAMES.split(" FROM ")[0] == _compiled(
        select(*frame_rows.frame_columns())
    ).split("\nFROM ")[0].replace("frames.", "")
    assert frame_rows.ALL_ZONES.split(" FROM ")[0] == _compiled(
        select(*frame_rows.zone_columns())
    ).split("\nFROM ")[0].replace("zones.", "").replace("data AS data", "data")


def test_the_file_check_knows_every_table_of_the_schema() -> None:
    assert frozenset(schema.metadata.tables) == OUR_TABLES
