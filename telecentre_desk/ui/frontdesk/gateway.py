"""The front desk's way to the core: the long-lived FrontDesk for scans, the Store for the rest.

Scans take about 0.3 ms, so they run on the UI thread: no worker, no queue, the answer is painted in
the same event as the scanner's Enter. The FrontDesk (and SQLAlchemy with it) is created at first use,
so that a window opening on another screen does not pay for it before its first paint.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.desk.result import ScanResult
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from sqlmodel import Session

    from telecentre_desk.desk.context import DeskContext
    from telecentre_desk.desk.frontdesk import FrontDesk
    from telecentre_desk.desk.presence import PresenceRow, RecentEvent

logger = logging.getLogger(__name__)

DeskFactory = Callable[[], "FrontDesk"]


def place_today(session: Session) -> dt.date:
    """Today at the place: its time zone decides when the day turns, not the computer's."""
    from telecentre_desk.places import service as places

    return clock.local_day(clock.now(), clock.zone(places.local_place(session).timezone))


class DeskGateway(QObject):
    """Runs scans and check-ins, reports expected errors once, and says when presence changed."""

    answered = Signal(object)  # the ScanResult of a scan or a check-in by the host
    presence_changed = Signal()  # something was recorded: who is in and the last scans are stale

    def __init__(self, store: Store, desk_factory: DeskFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._factory = desk_factory
        self._desk: FrontDesk | None = None

    @property
    def desk(self) -> FrontDesk:
        if self._desk is None:
            self._desk = self._factory()
        return self._desk

    @property
    def context(self) -> DeskContext:
        return self.desk.context

    def today(self) -> dt.date:
        return self.context.local_day(clock.now())

    def scan(self, text: str, *, source: str = "scanner", parent: QWidget | None = None) -> ScanResult | None:
        return self._answer(lambda: self.desk.scan(text, source=source), parent)

    def check_in(self, member_ref: str, *, parent: QWidget | None = None, host: str | None = None,
                 override_reason: str | None = None) -> ScanResult | None:
        """Check a member in (or out, when in) by name; with a reason, despite the rules that block."""
        from telecentre_desk.desk.holders import holder_for

        holder = self._store.query(lambda s: holder_for(s, member_ref), parent_widget=parent)
        if holder is None:
            return None
        actor = f"{ACTOR}:{host}" if host else ACTOR
        return self._answer(lambda: self.desk.check_in_member(holder, actor=actor,
                                                              override_reason=override_reason), parent)

    def _answer(self, fn: Callable[[], ScanResult], parent: QWidget | None) -> ScanResult | None:
        try:
            result = fn()
        except DeskError as exc:
            logger.warning("scan not recorded: %s", error_for_log(exc))
            dialogs.show_error(parent, self.tr("Not recorded"), exc.message)
            return None
        self.answered.emit(result)
        if result.recorded:
            self.presence_changed.emit()
        return result

    def who_is_in(self) -> list[PresenceRow]:
        return self.desk.who_is_in()

    def recent_events(self) -> list[RecentEvent]:
        from telecentre_desk.desk import presence

        ctx = self.context
        rows = self._store.query(lambda s: presence.recent_events(s.connection(), ctx, limit=30))
        return rows or []

    def night_checkouts(self) -> list[tuple[str, dt.datetime]]:
        """Automatic check-outs since the last day the place was open (yesterday, or Friday on a Monday)."""
        from telecentre_desk.desk import presence

        ctx = self.context
        today = self.today()
        days = [today - dt.timedelta(days=1)]
        # Look back over closed days (a weekend, a closure) to the last open one, a week at most.
        while len(days) < 7 and (ctx.is_closed_day(days[-1]) or not ctx.hours.get(days[-1].weekday())):
            days.append(days[-1] - dt.timedelta(days=1))
        rows = self._store.query(lambda s: [row for day in reversed(days)
                                            for row in presence.automatic_checkouts(s.connection(), ctx, day)])
        return rows or []

    def auto_checkout(self) -> int:
        try:
            closed = self.desk.auto_checkout()
        except DeskError as exc:
            # The next minute's run tries again; nothing for the host to do now.
            logger.warning("automatic check-out failed: %s", error_for_log(exc))
            return 0
        if closed:
            logger.info("%d member(s) checked out automatically at closing time", closed)
            self.presence_changed.emit()
        return closed

    def reload(self) -> None:
        """Read the place's rules again after the host changed them."""
        if self._desk is not None:
            self._desk.reload()

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()
            self._desk = None
