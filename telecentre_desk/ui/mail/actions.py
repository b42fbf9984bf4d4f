"""The e-mail actions a screen offers ("Send by email", "Email log…", "Email settings…") and the quiet
retry of waiting mail while the app runs.

Sending runs on the window's one background runner (ui/operations/), its progress in the status bar that
never takes the keyboard: the desk keeps answering scans. An invoice already sent is sent again only after
the host says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from telecentre_desk import transactions
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from telecentre_desk.billing.mail import QueueOutcome, SendReport

logger = logging.getLogger(__name__)

JOB_KIND = "mail"  # one sending at a time, whoever asked (this, the log's retry, the timer)
RETRY_INTERVAL_MS = 10 * 60_000  # waiting mail goes at the next try that is due (billing/mail.py next_wait)


class MailActions(QObject):
    """``selected_invoice_ids`` gives the local ids of the invoices picked in the screen's list."""

    message = Signal(str)  # a one-line summary for the status bar
    sent = Signal(object)  # (QueueOutcome | None, SendReport) after a send or a retry

    def __init__(self, store: Store, selected_invoice_ids: Callable[[], list[int]], parent: QWidget | None = None,
                 *, retry_interval_ms: int = RETRY_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._selected = selected_invoice_ids
        self._parent = parent
        self._ids: list[int] = []
        self._again_ids: list[int] = []
        self.send_action = QAction(self.tr("Send by email"), self)
        self.send_action.setToolTip(self.tr("E-mail the selected issued invoices to their members"))
        self.log_action = QAction(self.tr("Email log…"), self)
        self.settings_action = QAction(self.tr("Email settings…"), self)
        self.send_action.triggered.connect(self._on_send_action_triggered)
        self.log_action.triggered.connect(self._on_log_action_triggered)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_interval_ms)
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)

    @property
    def actions(self) -> list[QAction]:
        return [self.send_action, self.log_action, self.settings_action]

    @property
    def busy(self) -> bool:
        return self._store.runner.busy(JOB_KIND)

    @property
    def job(self) -> Job | None:
        return self._store.runner.job(JOB_KIND)

    def start_periodic_retry(self) -> None:
        self.retry_timer.start()

    def send(self, ids: list[int], *, again: bool = False) -> Job | None:
        """Queue the invoices ``ids`` and send what waits, on the runner; None when there is nothing to do."""
        if not ids or self.busy:
            return None
        from telecentre_desk.billing import mail

        engine = self._store.engine

        def job(progress: Callable[[int, int], bool]) -> tuple[QueueOutcome, SendReport]:
            queued = transactions.write(engine, lambda session: mail.queue_invoices(session, ids=ids, again=again,
                                                                                   actor=ACTOR))
            return queued, mail.send_waiting(engine, progress=progress)

        return self._start(job, ids=ids, label=self.tr("Sending the invoices by email…"))

    def retry_waiting(self, *, due_only: bool = True) -> Job | None:
        """Send the waiting mail quietly (the timer's job); None when busy or nothing waits."""
        if self.busy:
            return None
        from telecentre_desk.billing import mail

        waiting = self._store.read(mail.waiting_count)
        if not waiting:
            return None
        engine = self._store.engine
        return self._start(lambda progress: (None, mail.send_waiting(engine, due_only=due_only, progress=progress)),
                           ids=[], label=self.tr("Sending the waiting email…"))

    def _start(self, job: Callable[[Callable[[int, int], bool]], Any], *, ids: list[int], label: str) -> Job | None:
        self._ids = ids
        started = self._store.runner.submit(Operation(
            JOB_KIND, label, job, changes=OpChanges(invoices=True), on_success=self._on_job_succeeded,
            on_failure=self._on_job_failed, on_done=self._on_job_done, owner=self,
            quiet=not ids))  # the timer's retry: nobody waits on it, no bar
        if started is not None:
            self.send_action.setEnabled(False)
        return started

    def summary(self, queued: QueueOutcome | None, report: SendReport) -> str:
        parts = [self.tr("%n sent", "", len(report.sent))]
        if report.waiting:
            parts.append(self.tr("%n waiting (%1)", "", len(report.waiting)).replace("%1", report.waiting[0]["error"]))
        if report.failed:
            parts.append(self.tr("%n failed", "", len(report.failed)))
        if queued and queued.skipped:
            parts.append(self.tr("%n skipped", "", len(queued.skipped)))
        return self.tr("Email: %1").replace("%1", ", ".join(parts))

    def wait(self) -> None:
        """Stop after the message being sent and wait (the window is closing): never left half sent."""
        self.retry_timer.stop()
        if self.busy:
            self._store.runner.cancel(JOB_KIND)
            self._store.runner.wait(JOB_KIND)

    @Slot()
    def _on_send_action_triggered(self) -> None:
        ids = list(self._selected())
        if not ids:
            self.message.emit(self.tr("Select the invoices to send first."))
            return
        self.send(ids)

    @Slot()
    def _on_log_action_triggered(self) -> None:
        from telecentre_desk.ui.mail.log_dialog import MailLogDialog

        dialog = MailLogDialog(self._store, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_settings_action_triggered(self) -> None:
        from telecentre_desk.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self._store, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_retry_timer_timeout(self) -> None:
        self.retry_waiting(due_only=True)

    def _on_job_succeeded(self, result: tuple[QueueOutcome | None, SendReport]) -> None:
        queued, report = result
        self.message.emit(self.summary(queued, report))
        self.sent.emit(result)
        already = [row for row in (queued.skipped if queued else []) if row["why"] == "sent"]
        if already and self._ids:
            self._offer_again(already)

    def _offer_again(self, already: list[dict[str, str]]) -> None:
        from telecentre_desk.billing import mail

        numbers = [row["number"] for row in already]
        question = self.tr("%1 already sent. Send again?").replace("%1", ", ".join(numbers))
        if dialogs.ask(self._parent, self.tr("Send again"), question):
            ids = self._store.query(lambda session: mail.invoice_ids(session, numbers), parent_widget=self._parent)
            self._again_ids = ids or []  # sent when this job has ended

    def _on_job_failed(self, error: DeskError) -> bool:
        message = error.message
        self.message.emit(self.tr("Email not sent: %1").replace("%1", message))
        if self._ids:  # the host asked: say it where they look, not only in the status bar
            dialogs.show_error(self._parent, self.tr("Email not sent"), message)
        return True

    def _on_job_done(self) -> None:
        self.send_action.setEnabled(True)
        again, self._again_ids = self._again_ids, []
        if again:
            self.send(again, again=True)
