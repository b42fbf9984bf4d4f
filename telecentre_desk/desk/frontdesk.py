"""The front desk as the GUI and the CLI use it: a long-lived connection and the place's context.

Keeping one connection for scans avoids a pool checkout and the connection pragmas on every scan;
the context (time zone, opening hours, policies) is loaded once and reloaded when settings change.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine

from telecentre_desk.badges.verify import BadgeHolder
from telecentre_desk.desk import presence, scan
from telecentre_desk.desk.context import DeskContext
from telecentre_desk.desk.result import ScanResult


class FrontDesk:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection = engine.connect()
        self._directory = presence.Directory()
        self.context = self._load_context()

    def _load_context(self) -> DeskContext:
        with self._connection.begin():
            return DeskContext.load(self._connection)

    def reload(self) -> None:
        """Read the place's settings again (after the host changed hours, policies, members or desks)."""
        self.context = self._load_context()
        self._directory.invalidate()

    def scan(self, text: str, *, at: dt.datetime | None = None, source: str = "scanner") -> ScanResult:
        return scan.scan(self._connection, self.context, text, at=at, source=source)

    def check_in_member(self, holder: BadgeHolder, *, at: dt.datetime | None = None, actor: str = "host",
                        override_reason: str | None = None) -> ScanResult:
        return scan.check_in_by_member(self._connection, self.context, holder, at=at, actor=actor,
                                       override_reason=override_reason)

    def who_is_in(self, *, now: dt.datetime | None = None) -> list[presence.PresenceRow]:
        # A plain read in autocommit: no BEGIN IMMEDIATE, so it never waits for (or blocks) a writer.
        return presence.who_is_in(self._connection, self.context, now=now, directory=self._directory)

    def auto_checkout(self, *, now: dt.datetime | None = None) -> int:
        return presence.auto_checkout(self._connection, self.context, now=now)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> FrontDesk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
