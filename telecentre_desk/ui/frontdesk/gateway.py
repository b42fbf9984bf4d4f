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

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from telecentre_desk import transactions
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.desk.result import ScanResult
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:

    from telecentre_desk.desk.context import DeskContext
    from telecentre_desk.desk.frontdesk import FrontDesk
    from telecentre_desk.desk.presence import PresenceRow, RecentEvent

logger = logging.getLogger(__name__)

DeskFactory = Callable[[], "FrontDesk"]
# While scans wait in the journal (another program holds the write lock), how often to try merging them.
DRAIN_MS = 500


class DeskGateway(QObject):
    """Runs scans and check-ins, reports expected errors once, and says when presence changed."""

    answered = Signal(object)  # the ScanResult of a scan or a check-in by the host
    # The change set of one recorded scan (its ScanResult and its source): what it touched is in the answer,
    # so the lists apply it as an insert instead of reading everything again.
    recorded = Signal(object, str)
    presence_changed = Signal()  # recorded otherwise (closing time, journalled scans merged): read it all again

    def __init__(self, store: Store, desk_factory: DeskFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._factory = desk_factory
        self._desk: FrontDesk | None = None
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self._on_drain_timeout)

    @property
    def desk(self) -> FrontDesk:
        if self._desk is None:
            self._desk = self._factory()
            if self._desk.queued:
                self._drain.start()
        return self._desk

    @Slot()
    def _on_drain_timeout(self) -> None:
        if self._desk is None:
            self._drain.stop()
            return
        try:
            merged = self._desk.drain_queue()
        except DeskError as exc:
            logger.warning("journalled scans not merged yet: %s", exc.message)
            return
        if not self._desk.queued:
            self._drain.stop()
        if merged:
            self.presence_changed.emit()  # the journalled scans are now in the lists

    @property
    def context(self) -> DeskContext:
        return self.desk.context

    def today(self) -> dt.date:
        return self.context.local_day(clock.now())

    def scan(self, text: str, *, source: str = "scanner", parent: QWidget | None = None) -> ScanResult | None:
        return self._answer(lambda: self.desk.scan(text, source=source), parent, source)

    def check_in(self, member_ref: str, *, parent: QWidget | None = None, host: str | None = None,
                 override_reason: str | None = None) -> ScanResult | None:
        """Check a member in (or out, when in) by name; with a reason, despite the rules that block."""
        from telecentre_desk.desk.holders import holder_for

        holder = self._store.query(lambda s: holder_for(s, member_ref), parent_widget=parent)
        if holder is None:
            return None
        actor = f"{ACTOR}:{host}" if host else ACTOR
        return self._answer(lambda: self.desk.check_in_member(holder, actor=actor,
                                                              override_reason=override_reason), parent, "manual")

    def undo_last(self, member_ref: str, *, parent: QWidget | None = None, host: str | None = None) -> bool:
        """Undo the member's latest check-in or check-out (audited with the host's name); False when refused."""
        from telecentre_desk.desk.holders import holder_for

        holder = self._store.query(lambda s: holder_for(s, member_ref), parent_widget=parent)
        if holder is None:
            return False
        try:
            self.desk.undo_last(holder, actor=f"{ACTOR}:{host}" if host else ACTOR)
        except DeskError as exc:
            dialogs.show_error(parent, self.tr("Not undone"), exc.message)
            return False
        self.presence_changed.emit()  # the lists are read again: the change reaches back into the day
        return True

    def _answer(self, fn: Callable[[], ScanResult], parent: QWidget | None, source: str) -> ScanResult | None:
        try:
            result = fn()
        except DeskError as exc:
            logger.warning("scan not recorded: %s", error_for_log(exc))
            dialogs.show_error(parent, self.tr("Not recorded"), exc.message)
            return None
        self.answered.emit(result)
        if result.queued:
            self._drain.start()  # merged as soon as the other program's write ends
        elif result.recorded:
            self.recorded.emit(result, source)
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
        except Exception as exc:
            # A long writer holds the lock (a sync, a month's run on the runner): the next minute's run tries
            # again; nothing for the host to do now, and the scan that loaded the desk goes on.
            explained = exc if isinstance(exc, DeskError) else transactions.database_error(exc)
            if explained is None:
                raise
            logger.warning("automatic check-out failed: %s", error_for_log(explained))
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
        self._drain.stop()
        if self._desk is not None:
            self._desk.close()
            self._desk = None
