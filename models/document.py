"""An open board: one SQLite file, one connection, one lock, every change committed at once.

Operations live in small stores (``doc.notes`` …) that write through :meth:`BoardDocument.write`.
The outermost ``write()`` is one database transaction; when it commits, listeners receive the
list of :class:`~models.records.Change` it made. Nothing is ever "unsaved".
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from models import board_connect, sqlite_store
from models.change_log import ChangeLog
from models.clock import now_iso
from models.errors import BoardError, ReadOnlyBoardError
from models.frames import FrameStore
from models.groups import GroupStore
from models.lazy_sql import sa, tables
from models.note_values import clean_text
from models.notes import NoteStore
from models.records import BoardInfo, BoardPatch, Change, Entity
from models.value_checks import ReadChecks, as_text
from models.votes import VoteStore

if TYPE_CHECKING:
    from sqlalchemy import Column, Connection, Engine, Select, Transaction

Listener = Callable[[Sequence[Change]], None]
T = TypeVar("T")
_log = logging.getLogger(__name__)
_SQL_TEXTS: dict[int, tuple[Select[*tuple[Any, ...]], str]] = {}
"""SQL of the statements :meth:`BoardDocument.read_rows` ran, compiled once per process (the
statement is kept with it, so its id is never reused)."""

BOARD_SUFFIX = ".pajalauta"
_BOARD_FIELDS = ("title", "language", "workshop_date", "place", "facilitators")
_INFO_COLUMNS = (*_BOARD_FIELDS, "created_at", "updated_at")
_INFO_SQL = f"SELECT {', '.join(_INFO_COLUMNS)} FROM board"


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``; None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


@cache
def _entity_ids() -> dict[Entity, Column[int]]:
    return {
        "board": tables.BoardRow.c.id,
        "group": tables.GroupRow.c.id,
        "frame": tables.FrameRow.c.id,
        "zone": tables.ZoneRow.c.id,
        "image": tables.ImageRow.c.id,
        "note": tables.NoteRow.c.id,
        "vote": tables.VoteRow.c.id,
        "dot": tables.DotRow.c.id,
    }


class BoardDocument:
    """The document behind one window. Create with :meth:`open` or :meth:`create`."""

    def __init__(
        self,
        path: Path,
        raw: sqlite3.Connection,
        read_only: bool,
        engine: Engine | None = None,
    ) -> None:
        """``raw``: the board's one connection (:func:`sqlite_store.connect_board`);
        ``engine``: SQLAlchemy's engine around it, if made already (else made when first
        needed, or by :meth:`prepare_writing`)."""
        self.path = path
        self.read_only = read_only
        self._raw = raw
        self._identity = _file_identity(path)
        """The file this connection writes: another program may delete or replace the one
        at ``path`` while the connection goes on writing into the old one."""
        self._sqlalchemy: tuple[Engine, Connection] | None = None
        if engine is not None:
            self._sqlalchemy = (engine, engine.connect())
        self._closed = False
        self._depth = 0
        self._wal_pending = False
        """A copy in rollback-journal mode switches to WAL at its first write, not when opened:
        opening never writes (the switch rewrites the file's header)."""
        self.write_failed = False
        """True from a refused write until the next committed one (the window says so)."""
        self._changes = ChangeLog()
        self._listeners: list[Listener] = []
        self.checks = ReadChecks()
        """Values are checked as they are read; ``checks.take_repairs()`` says what was fixed."""
        self.notes = NoteStore(self)
        self.frames = FrameStore(self)
        self.groups = GroupStore(self)
        self.votes = VoteStore(self)

    # --- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, title: str = "", language: str = "fi") -> BoardDocument:
        """Make a new, empty board file. An existing file at ``path`` is refused."""
        path = Path(path)
        raw, engine = board_connect.create_file(path, title, language)
        return cls(path, raw, read_only=False, engine=engine)

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> BoardDocument:
        """Open a board, refusing bad files with a :class:`BoardError` and leaving them as they
        were. A board that cannot be written opens read-only; check :attr:`read_only`."""
        path = Path(path)
        raw, read_only = board_connect.connect_file(path, read_only)
        try:
            doc = cls(path, raw, read_only)
            doc.checks = ReadChecks.scan(raw)
            doc.info()
            doc._wal_pending = not read_only and not sqlite_store.in_wal_mode(raw)
        except Exception as exc:
            raw.close()
            raise sqlite_store.translate_error(exc, path) from None
        return doc

    def close(self) -> None:
        """Fold the WAL into the file and release the lock."""
        if self.closed:
            return
        self._closed = True
        if not self.read_only:
            # Every commit is already in the WAL; folding it in is a courtesy, not a save.
            with suppress(Exception):
                self._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if self._sqlalchemy is not None:
            engine, conn = self._sqlalchemy
            conn.close()
            engine.dispose()  # closes the raw connection too
        with suppress(sqlite3.Error):
            self._raw.close()
        self._remove_stray_shm()

    # --- SQLAlchemy, made after the first frame --------------------------------------------
    def prepare_writing(self) -> None:
        """Import SQLAlchemy and put its engine around the board's connection now (the
        window asks right after the board's first frame, so that the first edit does not
        wait for it). Anything that needs it before then makes it on the spot."""
        if self._sqlalchemy is None and not self._closed:
            from models.board_engine import engine_for

            engine = engine_for(self._raw)
            self._sqlalchemy = (engine, engine.connect())

    @property
    def writing_prepared(self) -> bool:
        """Whether SQLAlchemy's engine is there (:meth:`prepare_writing` ran, or a change
        needed it)."""
        return self._sqlalchemy is not None

    @property
    def _engine(self) -> Engine:
        self.prepare_writing()
        assert self._sqlalchemy is not None, "the board is closed"
        return self._sqlalchemy[0]

    @property
    def _conn(self) -> Connection:
        self.prepare_writing()
        assert self._sqlalchemy is not None, "the board is closed"
        return self._sqlalchemy[1]

    def _remove_stray_shm(self) -> None:
        """A read-only open, or a refused second opener, can leave an empty ``-wal`` and a
        ``-shm`` beside the board. An empty WAL holds no data, so both can go; a WAL with data
        (a crash) is left for the next writer to recover."""
        wal = self.path.with_name(self.path.name + "-wal")
        shm = self.path.with_name(self.path.name + "-shm")
        with suppress(OSError):
            if wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
            if not wal.exists():
                shm.unlink(missing_ok=True)

    @property
    def writing(self) -> bool:
        """Inside a write transaction (nothing another connection sees can change)."""
        return self._depth > 0

    @property
    def closed(self) -> bool:
        if self._sqlalchemy is not None:
            return self._sqlalchemy[1].closed
        return self._closed

    def file_gone(self) -> bool:
        """True when the file at :attr:`path` is no longer the one this board writes to:
        another program deleted, moved or replaced it. Every change since then lives only in
        this open board; :meth:`save_copy` (to any path, this one too) keeps it."""
        return self._identity is not None and _file_identity(self.path) != self._identity

    def save_copy(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Write a consistent copy of the live board with SQLite's backup API."""
        target = Path(target)
        if target.resolve() == self.path.resolve() and not self.file_gone():
            raise BoardError("A copy cannot replace the board it is copied from.")
        sqlite_store.backup(self._raw, target, progress)

    # --- transactions and notifications ---------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """The connection for queries: inside the current write, or a short read transaction."""
        if self._conn.in_transaction():
            yield self._conn
            return
        with self._conn.begin():
            yield self._conn

    def read_rows(
        self,
        statement: Select[*tuple[Any, ...]] | str,
        convert: Callable[[tuple[Any, ...]], T],
        parameters: Sequence[Any] | Mapping[str, Any] = (),
    ) -> list[T]:
        """``convert`` of every row of a statement, the rows as plain tuples straight from
        the driver, one at a time: for reading a whole table when a board opens (50,000
        notes) or thousands of notes of a bulk change, where a result row object per row
        costs as much as reading the file, and a list of all raw rows would be held beside
        what is made of them. ``parameters`` go to the statement's placeholders in order.
        ``statement`` should be a module-level constant: its SQL is kept for the life of
        the process. SQL text (``str``) runs without SQLAlchemy: the reads that build the
        board's first frame are written so (see :mod:`models.lazy_sql`)."""
        if isinstance(statement, str):
            sql = statement
        else:
            found = _SQL_TEXTS.get(id(statement))
            if found is None or found[0] is not statement:
                found = _SQL_TEXTS[id(statement)] = (
                    statement,
                    str(statement.compile(dialect=self._engine.dialect)),
                )
            sql = found[1]
        raw = self._raw
        if raw.in_transaction:  # inside a write, or a read of SQLAlchemy's (as read() does)
            return [convert(row) for row in raw.execute(sql, parameters)]
        raw.execute("BEGIN")  # a short read transaction, as read() begins one
        try:
            rows = [convert(row) for row in raw.execute(sql, parameters)]
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
        return rows

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction (nested calls join the outer one); listeners hear after commit.

        Any error rolls the whole transaction back and is raised as a :class:`BoardError`.
        """
        if self.read_only:
            raise ReadOnlyBoardError(
                "“{name}” is open read-only; it cannot be changed.", name=self.path.name
            )
        outermost = self._depth == 0
        if outermost:
            self._changes.clear()
            self.notes.forget_reads()
            if self._wal_pending:
                try:
                    sqlite_store.use_wal(self._raw, self.path)
                except BoardError:
                    self.write_failed = True
                    raise
                self._wal_pending = False
            transaction = self._conn.begin()
        self._depth += 1
        try:
            yield self._conn
        except BaseException as exc:
            self._depth -= 1
            if outermost:
                self._recover(transaction)
                if isinstance(exc, Exception):
                    raise sqlite_store.translate_error(exc, self.path) from exc
            raise
        self._depth -= 1
        if not outermost:
            return
        self.notes.forget_reads()
        try:
            transaction.commit()
        except Exception as exc:
            self._recover(transaction)
            raise sqlite_store.translate_error(exc, self.path) from exc
        self.write_failed = False
        changes = self._changes.take(with_values=self.checks.notes_clean)
        self._notify(changes)

    def reannounce(self) -> None:
        """Tell every listener that any row may differ from what it shows, so each re-reads
        what the file holds: after a failed change, previews (a dragged note, typed text)
        must give way to the file. Costs one read of every table; only failures use it."""
        with self.read() as conn:
            changes = [
                Change(entity, updated=frozenset(conn.execute(sa.select(column)).scalars()))
                for entity, column in _entity_ids().items()
            ]
        self._notify(changes)

    def _recover(self, transaction: Transaction) -> None:
        """Leave the connection ready for the next write after any failure.

        A COMMIT refused by the disk (full, removed, read-only) leaves SQLAlchemy's transaction
        inactive but still attached, and may leave SQLite inside its transaction: both are
        rolled back here whatever their state, so the next edit starts clean once the cause
        is gone.
        """
        self._changes.clear()
        self.notes.forget_reads()
        self.notes.written.clear()
        self.write_failed = True
        with suppress(Exception):
            transaction.rollback()
        with suppress(Exception):
            if self._raw.in_transaction:
                self._raw.execute("ROLLBACK")

    def _notify(self, changes: list[Change]) -> None:
        """Tell every listener; one that fails is logged, never reported as a failed save,
        because the change is already committed."""
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:
                _log.exception("a change listener failed after a committed change")

    def record(
        self,
        entity: Entity,
        *,
        added: Sequence[int] = (),
        updated: Sequence[int] = (),
        removed: Sequence[int] = (),
        values: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> None:
        """Note what the current transaction did, for the listeners.

        Calls come in the order the operations ran, so a row added and removed again in one
        transaction is never announced, and one removed and put back is an update. For
        notes, ``values`` are the new values of the columns an update of ``updated`` wrote
        (``updated_at`` included; see :attr:`Change.values`); the dicts are kept, not copied.
        """
        if entity == "note":
            self.notes.forget_reads()
            if removed:
                self.notes.written.forget(removed)
            if updated:
                self.notes.written.patch(updated, values)
        self._changes.record(entity, added, updated, removed, values)

    # --- the board's own row --------------------------------------------------------------
    def info(self) -> BoardInfo:
        rows = self.read_rows(_INFO_SQL, tuple)
        row = rows[0] if rows else None
        if row is None:
            raise BoardError("“{name}” has no board record; it is damaged.", name=self.path.name)
        return BoardInfo(*(value if type(value) is str else as_text(value) for value in row))

    def update_info(self, patch: BoardPatch) -> BoardPatch:
        """Change board fields; returns the previous values (for undo)."""
        unknown = set(patch) - set(_BOARD_FIELDS)
        if unknown:
            raise ValueError(f"unknown board fields: {sorted(unknown)}")
        patch = cast(BoardPatch, {key: clean_text(str(value)) for key, value in patch.items()})
        current = self.info()
        old = cast(BoardPatch, {key: getattr(current, key) for key in patch})
        with self.write() as conn:
            conn.execute(
                sa.update(tables.BoardRow)
                .where(tables.BoardRow.c.id == 1)
                .values(**patch, updated_at=now_iso())
            )
            self.record("board", updated=[1])
        return old
