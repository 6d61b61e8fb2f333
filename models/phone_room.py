"""The state of a board opened to phones: who joined, which frames are open for writing,
whether writing is private, and how fast each phone may write.

It lives for one opening (the room token and join code are new each time) and is shared by
the web server's thread and the laptop's GUI thread, so every method takes one lock. What a
phone writes, which phone wrote it and whether it is hidden go into the board file
(:mod:`models.phone_ops`, :mod:`models.phone_sessions`); this object knows the sessions by
the hash of their cookie's secret, so a request finds its phone without reading the file.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from models.phone_sessions import StoredSession, secret_hash
from models.records import Change

JOIN_CODE_DIGITS = 6
PRESENT_SECONDS = 20.0
"""A phone that asked for the board within this many seconds counts as connected."""
MAX_SESSIONS = 500
MAX_NAME = 40


@dataclass
class Bucket:
    """A token bucket: ``burst`` requests at once, then ``rate`` per second."""

    rate: float
    burst: float
    tokens: float = -1.0
    stamp: float = 0.0

    def refill(self, now: float) -> None:
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, now: float) -> bool:
        self.refill(now)
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True


@dataclass
class PhoneSession:
    key: int
    """The session's row in the board file (:mod:`models.phone_sessions`); 0 until stored."""
    number: int
    """Shown on the laptop ("Phone 7") when the participant typed no name."""
    secret_sha256: str
    group_id: int | None = None
    name: str = ""
    seen: float = 0.0
    writes: Bucket = field(default_factory=lambda: Bucket(rate=2.0, burst=12.0))
    reads: Bucket = field(default_factory=lambda: Bucket(rate=5.0, burst=30.0))

    @property
    def voter(self) -> str:
        """Who a per-person vote counts this phone as."""
        return self.name or f"#{self.number}"


class PhoneRoom:
    """One opening of a board to phones."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        stored: Iterable[StoredSession] = (),
    ) -> None:
        """``stored``: the sessions the board file remembers. A phone that joined in an
        earlier opening (even before the laptop was restarted) is known by its cookie, so a
        participant who comes back finds their notes and card, although the token and code
        are new."""
        self.token = secrets.token_urlsafe(18)
        self.join_code = "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_DIGITS))
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: dict[str, PhoneSession] = {}
        self._open_frames: set[int] = set()
        self._private = False
        self._failed_codes: dict[str, Bucket] = {}
        self._numbers = 0
        self._joins: dict[str, Bucket] = {}
        for row in stored:
            self._sessions[row.secret_sha256] = PhoneSession(
                row.id, row.number, row.secret_sha256, row.group_id, row.name
            )
            self._numbers = max(self._numbers, row.number)
        self.cache: dict[str, Any] = {}
        """What every phone's page shows alike (open cells, the vote's notes), kept between
        polls and dropped when the board changes (:meth:`on_changes`). Used on the document's
        thread only."""
        self.version = 0
        """Counts changes to what phones read (the board, open frames, private writing)."""
        self.snapshot: Any = None
        """What phones read (:class:`models.phone_snapshot.PhoneSnapshot`), published by the
        document's thread, read by the server's; current while its version is this room's."""
        self.publisher: Any = None
        """The :class:`models.phone_snapshot.PhonePublisher` that keeps :attr:`snapshot`."""

    def on_changes(self, changes: Sequence[Change]) -> None:
        """A document listener: drop cached views of what changed, then publish what phones
        read (if a publisher keeps it)."""
        self.version += 1
        self._forget(changes)
        if self.publisher is not None:
            self.publisher.on_changes(changes)

    def _forget(self, changes: Sequence[Change]) -> None:
        entities = {change.entity for change in changes}
        if entities & {"frame", "zone"}:
            self.cache.clear()
            return
        drop = {
            "vote": ("vote", "dots", "vote_notes"),
            "dot": ("dots",),
            "group": ("groups",),
        }
        for entity in entities:
            for key in drop.get(entity, ()):
                self.cache.pop(key, None)
        added_by_phones: set[int] = self.cache.pop("phone_added", set())
        touched_by_phones: set[int] = self.cache.pop("phone_touched", set())
        for change in changes:
            if change.entity != "note":
                continue
            if change.added - added_by_phones:
                self.cache.pop("written", None)  # an undo or redo gave a note back
            touched = {*change.added, *change.updated, *change.removed}
            if touched - touched_by_phones:
                # Moved, resized, added or deleted on the laptop: the cells' slots are read
                # again. Phones' own changes are already counted in them (a withdrawn note
                # only leaves its slot taken until then).
                self.cache.pop("slots", None)
            for note_id in touched:
                self.cache.pop(f"note:{note_id}", None)
            dirty: set[int] = self.cache.setdefault("vote_dirty", set())
            dirty.update(touched)

    def phone_changed(self, note_ids: Iterable[int], added: bool) -> None:
        """What a phone op just did to these notes (in the transaction being written); the
        next :meth:`on_changes` keeps what phones' own changes leave valid."""
        ids = set(note_ids)
        self.cache.setdefault("phone_touched", set()).update(ids)
        if added:
            self.cache.setdefault("phone_added", set()).update(ids)

    # --- access ---------------------------------------------------------------------------
    def token_ok(self, token: str | None) -> bool:
        return token is not None and secrets.compare_digest(token.encode(), self.token.encode())

    def code_ok(self, address: str, code: str) -> bool:
        """Whether a typed join code is right. An address that guessed wrong six times gets
        one more try every ten seconds (a million codes would take months)."""
        with self._lock:
            bucket = self._failed_codes.setdefault(address, Bucket(rate=0.1, burst=6.0))
            bucket.refill(self._clock())
            if bucket.tokens < 1.0:
                raise PhoneRefused(429, "slow_down")
            if secrets.compare_digest(code.strip().encode(), self.join_code.encode()):
                return True
            bucket.tokens -= 1.0
            return False

    def new_session(self, address: str = "") -> tuple[PhoneSession, str]:
        """A session for a phone that has none, and the secret for its cookie; the caller
        stores it in the file and then :meth:`admit` s it. One address makes at most a few
        new sessions a minute."""
        with self._lock:
            bucket = self._joins.setdefault(address, Bucket(rate=1.0, burst=100.0))
            if not bucket.take(self._clock()):
                raise PhoneRefused(429, "slow_down")
            if len(self._sessions) >= MAX_SESSIONS:
                raise PhoneRefused(429, "full")
            self._numbers += 1
            secret = secrets.token_urlsafe(24)
            return PhoneSession(0, self._numbers, secret_hash(secret)), secret

    def admit(self, session: PhoneSession) -> None:
        with self._lock:
            session.seen = self._clock()
            self._sessions[session.secret_sha256] = session

    def settle(self, session: PhoneSession, group_id: int | None, name: str) -> None:
        """The phone's group and name, as the file now holds them."""
        with self._lock:
            session.group_id, session.name = group_id, name

    def session(self, secret: str | None) -> PhoneSession | None:
        if not secret or len(secret) > 200:
            return None
        with self._lock:
            session = self._sessions.get(secret_hash(secret))
            if session is not None:
                session.seen = self._clock()
            return session

    def allow(self, session: PhoneSession, write: bool) -> bool:
        """The per-phone rate limit."""
        with self._lock:
            return (session.writes if write else session.reads).take(self._clock())

    def sessions(self) -> list[PhoneSession]:
        with self._lock:
            return sorted(self._sessions.values(), key=lambda s: s.number)

    def by_key(self, key: int) -> PhoneSession | None:
        with self._lock:
            return next((s for s in self._sessions.values() if s.key == key), None)

    def connected(self) -> int:
        now = self._clock()
        with self._lock:
            return sum(1 for s in self._sessions.values() if now - s.seen <= PRESENT_SECONDS)

    # --- facilitation ---------------------------------------------------------------------
    def open_frames(self) -> set[int]:
        with self._lock:
            return set(self._open_frames)

    def is_open(self, frame_id: int) -> bool:
        with self._lock:
            return frame_id in self._open_frames

    def set_open(self, frame_id: int, on: bool) -> None:
        self.cache.clear()
        self.version += 1
        with self._lock:
            if on:
                self._open_frames.add(frame_id)
            else:
                self._open_frames.discard(frame_id)

    @property
    def private(self) -> bool:
        with self._lock:
            return self._private

    def set_private(self, on: bool) -> None:
        with self._lock:
            self._private = on


class PhoneRefused(Exception):
    """A phone's request that is refused; ``code`` names the reason for the phone's language."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
