"""Everything SQLite-specific about a board file: checks, pragmas, the lock, backups.

Kept in one module so the rest of ``models/`` speaks plain SQLAlchemy and could later run on
a server database shared by several laptops.

Choices, deliberately:

* WAL journal with ``synchronous=FULL``: every commit is flushed to the disk (fsync of the
  WAL) before the window says "saved", so a finished gesture survives a killed process *and*
  a power cut or a pulled battery. ``NORMAL`` would save the fsync (a few milliseconds per
  edit on a laptop SSD, see ``benchmarks/durability.py``) but a power cut could then lose the
  last commits the window had shown as saved. Either way the file is never corrupted.
* ``locking_mode=EXCLUSIVE``: the connection holds the file lock for as long as the board is
  open. A second Pajalauta (or window) is refused; the lock is the operating system's, so it
  disappears with a crashed process and there is no stale lock file to clean up.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from models import temporaries
from models.errors import (
    BoardError,
    BoardInUseError,
    DamagedBoardError,
    NewerBoardError,
    NotABoardError,
    StorageError,
)
from models.file_schema import refuse_foreign_objects

APPLICATION_ID: Final = 0x50414A41
"""``PRAGMA application_id`` of every board file: the bytes 'PAJA'."""

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
HEADER_SIZE: Final = 100


def _uri(path: Path, read_only: bool, immutable: bool = False) -> str:
    params = "mode=ro" if read_only else "mode=rw"
    if immutable:
        params += "&immutable=1"
    quoted = str(path.resolve()).replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?{params}"


def link_loop_error(path: Path) -> BoardError:
    return BoardError(
        "“{name}” is a shortcut (symbolic link) that leads to no file: to itself, "
        "in a loop, or to a file that is gone. Open or choose the file itself.",
        name=path.name,
    )


def check_header(path: Path) -> None:
    """Refuse files that are not SQLite, or are cut short, without opening them with SQLite."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise BoardError("The board file “{name}” does not exist.", name=path.name) from None
    except PermissionError:
        raise BoardError("You do not have permission to read “{name}”.", name=path.name) from None
    except IsADirectoryError:
        raise NotABoardError("“{name}” is a folder, not a board file.", name=path.name) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise link_loop_error(path) from None
        raise BoardError("“{name}” could not be read.", str(exc), name=path.name) from None
    if size == 0:
        raise NotABoardError(
            "“{name}” is empty (0 bytes); it is not a Pajalauta board.", name=path.name
        )
    if not header.startswith(SQLITE_MAGIC):
        raise NotABoardError(
            "“{name}” is not a Pajalauta board (it is not a database file).", name=path.name
        )
    if len(header) < HEADER_SIZE:
        raise DamagedBoardError("“{name}” is damaged: the file is cut short.", name=path.name)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedBoardError("“{name}” is damaged: its header is not valid.", name=path.name)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A checkpoint cut off by a crash leaves the file shorter than its header says; the
        # WAL still holds every page and SQLite's own check in inspect_board follows.
        return
    if size % page_size:
        raise DamagedBoardError("“{name}” is damaged: the file is cut short.", name=path.name)
    if page_count and change_counter == valid_for and size < page_count * page_size:
        raise DamagedBoardError("“{name}” is damaged: the file is cut short.", name=path.name)


def inspect_board(path: Path, latest_version: int) -> int:
    """Read the schema version of a board without changing a byte of it.

    Raises a :class:`BoardError` for another program's database, a newer schema, a damaged
    file or a board open elsewhere.
    """
    check_header(path)
    # A closed board has no journal beside it and all its data in the file itself: read it as
    # immutable so that SQLite creates no -wal/-shm files and takes no locks. Only a board
    # that is open elsewhere or was left by a crash needs the locking read-only path.
    recover_hot_journal(path)
    closed = not any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))
    try:
        conn = sqlite3.connect(_uri(path, read_only=True, immutable=closed), uri=True, timeout=0.2)
        harden(conn)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotABoardError(
                "“{name}” is a database of another program, not a Pajalauta board.",
                name=path.name,
            )
        if version > latest_version:
            raise NewerBoardError(
                "“{name}” was saved by a newer Pajalauta (file format {version}; this "
                "version reads up to {latest}). Update Pajalauta to open it.",
                name=path.name,
                version=version,
                latest=latest_version,
            )
        refuse_foreign_objects(conn, path)
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DamagedBoardError(
                "“{name}” is damaged and cannot be opened safely.",
                "; ".join(problems),
                name=path.name,
            )
        return int(version)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from None
    finally:
        conn.close()


def harden(conn: sqlite3.Connection) -> None:
    """SQLite's own guards against a file that carries more than data: no function with side
    effects runs from the schema (``trusted_schema=OFF``), and, where Python exposes it
    (3.12+), defensive mode forbids writing the schema or the file's pages directly."""
    conn.execute("PRAGMA trusted_schema=OFF")
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    setconfig = getattr(conn, "setconfig", None)
    if defensive is not None and setconfig is not None:
        setconfig(defensive, True)


def recover_hot_journal(path: Path) -> None:
    """Roll back what a killed writer left in a rollback journal (a copy killed while it was
    first opened, or during a migration), as SQLite does when it opens a file read-write.

    A read-only connection cannot do that and reports the file as read-only, so a writable
    board is opened read-write once for the recovery; a read-only one is left for the
    read-only path (which then says it needs a writable folder).
    """
    journal = path.with_name(path.name + "-journal")
    try:
        hot = journal.stat().st_size > 0
    except OSError:
        return
    if not hot or not is_writable(path):
        return
    try:
        conn = sqlite3.connect(_uri(path, read_only=False), uri=True, timeout=0.2)
        try:
            harden(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _translate(exc, path) from None


def is_writable(path: Path) -> bool:
    """A board needs its file and its folder writable (the WAL lives beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def create_board_engine(path: Path, read_only: bool) -> Engine:
    """An engine with one connection that holds the board's lock until it is disposed."""

    def connect() -> sqlite3.Connection:
        raw: sqlite3.Connection | None = None
        try:
            raw = sqlite3.connect(
                _uri(path, read_only),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=0.2,
            )
            if read_only:
                # SQLite opens lazily; read once so that a WAL board in a folder we may not
                # write (no -shm can be made there) fails here, not at the first query.
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if not read_only or "locked" in text or "busy" in text:
                raise  # never read past another Pajalauta's lock
            if raw is not None:
                raw.close()
            raw = sqlite3.connect(
                _uri(path, True, immutable=True),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        harden(raw)
        raw.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            raw.execute("PRAGMA locking_mode=EXCLUSIVE")
            raw.execute("PRAGMA synchronous=FULL")
        return raw

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        # pysqlite's own implicit BEGIN is switched off (isolation_level=None); begin here so
        # that every SQLAlchemy transaction is a real SQLite transaction, SELECTs included.
        # Straight to the driver: every edit begins one, and SQLAlchemy's execution of the
        # statement cost more than SQLite's.
        conn.connection.dbapi_connection.execute("BEGIN")  # type: ignore[attr-defined]

    return engine


def acquire_lock(engine: Engine, path: Path) -> None:
    """Take the exclusive lock now, so a second opener is refused at once, not at first edit."""
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except Exception as exc:
        raise translate_error(exc, path) from None


def in_wal_mode(engine: Engine) -> bool:
    """Whether the file already uses the WAL journal (asking writes nothing)."""
    row = raw_connection(engine).execute("PRAGMA journal_mode").fetchone()
    return row is not None and str(row[0]).lower() == "wal"


def use_wal(engine: Engine, path: Path) -> None:
    """Switch the board to the WAL journal once it has been checked and brought up to date.

    Done last when opening because the switch rewrites the file's header: a board refused on
    the way (a failed migration, a damaged record) keeps the bytes it had. Copies made with
    :func:`backup` use the rollback journal until they are opened.
    """
    try:
        row = raw_connection(engine).execute("PRAGMA journal_mode=WAL").fetchone()
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from None
    if row is None or str(row[0]).lower() != "wal":
        raise StorageError(
            "“{name}” cannot be saved safely on this disk.", repr(row), name=path.name
        )


def initialise(raw: sqlite3.Connection, version: int) -> None:
    """Stamp a freshly created file as ours."""
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version={int(version)}")


def backup(
    source: sqlite3.Connection,
    target_path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a live board with SQLite's backup API into ``target_path`` (replaced atomically).

    A target with a -wal or hot journal beside it is open elsewhere or was left by a crash:
    replacing it would send the other window's edits to a deleted file, or let SQLite replay
    the old journal onto the copy, so it is refused.
    """
    if any(target_path.with_name(target_path.name + s).exists() for s in ("-wal", "-journal")):
        raise BoardInUseError(
            "“{name}” is open in Pajalauta or was not closed properly, so it "
            "cannot be replaced. Close it first, or choose another name.",
            name=target_path.name,
        )
    try:
        with temporaries.listed(temporaries.part_path(target_path)) as tmp:
            target = sqlite3.connect(tmp)
            try:

                def report(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                source.backup(target, pages=256, progress=report)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            os.replace(tmp, target_path)
            temporaries.sync_folder(target_path.parent)
    except (sqlite3.Error, OSError) as exc:
        raise translate_error(exc, target_path) from None


def raw_connection(engine: Engine) -> sqlite3.Connection:
    """The one pysqlite connection behind ``engine`` (StaticPool keeps exactly one)."""
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi


def translate_error(exc: BaseException, path: Path) -> BoardError:
    """Turn a driver or OS error into a sentence for the user."""
    if isinstance(exc, BoardError):
        return exc
    original = getattr(exc, "orig", None)
    if isinstance(original, BaseException):
        exc = original
    return _translate(exc, path)


def _translate(exc: BaseException, path: Path) -> BoardError:
    text = str(exc).lower()
    name = path.name
    if "locked" in text or "busy" in text:
        return BoardInUseError(
            "“{name}” is already open in another Pajalauta window. Close it there first.",
            name=name,
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            "The disk is full: the last change to “{name}” could not be saved. Free some "
            "space; nothing saved before this change is lost.",
            name=name,
        )
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return StorageError(
            "“{name}” cannot be written (the file or its folder is read-only).", name=name
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DamagedBoardError(
            "“{name}” is damaged or not a Pajalauta board.", str(exc), name=name
        )
    if isinstance(exc, OSError | sqlite3.OperationalError):
        return StorageError("“{name}” could not be read or written.", str(exc), name=name)
    return BoardError("Something went wrong with “{name}”.", str(exc), name=name)
