"""The state of a board opened to phones: who joined, which frames are open for writing,
whether writing is private, and how fast each phone may write.

It lives for one opening (the room token and join code are new each time) and is shared by
the web server's thread and the laptop's GUI thread, so every method takes one lock. What a
phone writes goes into the board file through :mod:`models.phone_ops`; this object only
remembers which notes each phone wrote, so it can show, edit and withdraw its own.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

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
    id: str
    number: int
    """Shown on the laptop ("Phone 7") when the participant typed no name."""
    group_id: int | None = None
    name: str = ""
    note_ids: list[int] = field(default_factory=list)
    card_id: int | None = None
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
        earlier: PhoneRoom | None = None,
    ) -> None:
        """``earlier``: the previous opening of the same board in this run of the app; its
        phones keep their sessions (their cookies), so a participant who comes back after a
        break still finds their notes and card, although the token and code are new."""
        self.token = secrets.token_urlsafe(18)
        self.join_code = "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_DIGITS))
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: dict[str, PhoneSession] = {}
        self._open_frames: set[int] = set()
        self._private = False
        self._hidden: set[int] = set()
        self._failed_codes: dict[str, Bucket] = {}
        self._numbers = 0
        self._joins: dict[str, Bucket] = {}
        if earlier is not None:
            with earlier._lock:
                self._sessions = dict(earlier._sessions)
                self._numbers = earlier._numbers
        self.cache: dict[str, Any] = {}
        """What every phone's page shows alike (open cells, the vote's notes), kept between
        polls and dropped when the board changes (:meth:`on_changes`). Used on the document's
        thread only."""

    def on_changes(self, changes: Sequence[Change]) -> None:
        """A document listener: drop cached views of what changed."""
        entities = {change.entity for change in changes}
        if entities & {"frame", "zone"}:
            self.cache.clear()
            return
        drop = {
            "note": ("vote_notes",),
            "vote": ("vote", "dots", "vote_notes"),
            "dot": ("dots",),
            "group": ("groups",),
        }
        for entity in entities:
            for key in drop.get(entity, ()):
                self.cache.pop(key, None)
        for change in changes:
            if change.entity == "note":
                for note_id in (*change.added, *change.updated, *change.removed):
                    self.cache.pop(f"note:{note_id}", None)

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

    def join(
        self, session_id: str | None, group_id: int | None, name: str, address: str = ""
    ) -> PhoneSession:
        """Make a new session (or update the phone's own) with its group and optional name.
        One address makes at most a few new sessions a minute."""
        name = " ".join(name.split())[:MAX_NAME]
        with self._lock:
            session = self._sessions.get(session_id or "")
            if session is None:
                bucket = self._joins.setdefault(address, Bucket(rate=1.0, burst=100.0))
                if not bucket.take(self._clock()):
                    raise PhoneRefused(429, "slow_down")
                if len(self._sessions) >= MAX_SESSIONS:
                    raise PhoneRefused(429, "full")
                self._numbers += 1
                session = PhoneSession(secrets.token_urlsafe(24), self._numbers)
                self._sessions[session.id] = session
            session.group_id, session.name, session.seen = group_id, name, self._clock()
            return session

    def session(self, session_id: str | None) -> PhoneSession | None:
        with self._lock:
            session = self._sessions.get(session_id or "")
            if session is not None:
                session.seen = self._clock()
            return session

    def allow(self, session: PhoneSession, write: bool) -> bool:
        """The per-phone rate limit."""
        with self._lock:
            return (session.writes if write else session.reads).take(self._clock())

    # --- what phones wrote ----------------------------------------------------------------
    def owns(self, session: PhoneSession, note_id: int) -> bool:
        with self._lock:
            return note_id in session.note_ids or note_id == session.card_id

    def wrote(self, session: PhoneSession, note_id: int, card: bool = False) -> None:
        with self._lock:
            if card:
                session.card_id = note_id
            else:
                session.note_ids.append(note_id)
            if self._private:
                self._hidden.add(note_id)
        self.cache.pop("vote_notes", None)

    def forget(self, note_ids: Iterable[int]) -> None:
        gone = set(note_ids)
        with self._lock:
            for session in self._sessions.values():
                session.note_ids = [i for i in session.note_ids if i not in gone]
                if session.card_id in gone:
                    session.card_id = None
            self._hidden -= gone

    def sessions(self) -> list[PhoneSession]:
        with self._lock:
            return sorted(self._sessions.values(), key=lambda s: s.number)

    def connected(self) -> int:
        now = self._clock()
        with self._lock:
            return sum(1 for s in self._sessions.values() if now - s.seen <= PRESENT_SECONDS)

    def arrivals(self) -> dict[int | None, int]:
        """Notes and cards written from phones, per group."""
        counts: dict[int | None, int] = {}
        with self._lock:
            for s in self._sessions.values():
                written = len(s.note_ids) + (1 if s.card_id is not None else 0)
                if written:
                    counts[s.group_id] = counts.get(s.group_id, 0) + written
        return counts

    def hidden_per_group(self) -> dict[int | None, int]:
        with self._lock:
            counts: dict[int | None, int] = {}
            for s in self._sessions.values():
                n = sum(1 for i in (*s.note_ids, s.card_id) if i in self._hidden)
                if n:
                    counts[s.group_id] = counts.get(s.group_id, 0) + n
            return counts

    # --- facilitation ---------------------------------------------------------------------
    def open_frames(self) -> set[int]:
        with self._lock:
            return set(self._open_frames)

    def is_open(self, frame_id: int) -> bool:
        with self._lock:
            return frame_id in self._open_frames

    def set_open(self, frame_id: int, on: bool) -> None:
        self.cache.clear()
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

    def hidden(self) -> set[int]:
        with self._lock:
            return set(self._hidden)

    def reveal(self) -> set[int]:
        """Show every private note; returns the ids that were hidden."""
        with self._lock:
            shown, self._hidden = self._hidden, set()
        self.cache.clear()
        return shown


class PhoneRefused(Exception):
    """A phone's request that is refused; ``code`` names the reason for the phone's language."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
