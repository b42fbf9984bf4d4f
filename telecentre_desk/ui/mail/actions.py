"""The e-mail actions a screen offers ("Send by email", "Email log…", "Email settings…") and the quiet
retry of waiting mail while the app runs.

Sending runs on a worker thread with a non-modal progress dialog: the desk keeps answering scans
(a modal dialog would swallow the scanner's keys). An invoice already sent is sent again only after
the host says so.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.job_worker import JobWorker
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from telecentre_desk.billing.mail import QueueOutcome, SendReport

logger = logging.getLogger(__name__)

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
        self.worker: JobWorker | None = None
        self.progress: QProgressDialog | None = None
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
        return self.worker is not None

    def start_periodic_retry(self) -> None:
        self.retry_timer.start()

    def send(self, ids: list[int], *, again: bool = False) -> JobWorker | None:
        """Queue the invoices ``ids`` and send what waits, on the worker; None when there is nothing to do."""
        if not ids or self.busy:
            return None
        from telecentre_desk.billing import mail
        from telecentre_desk.db.uow import unit_of_work

        engine = self._store.engine

        def job(progress: Callable[[int, int], bool]) -> tuple[QueueOutcome, SendReport]:
            with unit_of_work(engine) as session:
                queued = mail.queue_invoices(session, ids=ids, again=again, actor=ACTOR)
            return queued, mail.send_waiting(engine, progress=progress)

        self.progress = QProgressDialog(self.tr("Sending the invoices by email…"), self.tr("Stop"), 0, 0,
                                        self._parent)
        self.progress.setWindowTitle(self.tr("Send by email"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._on_progress_canceled)
        self.progress.show()
        return self._start(job, ids=ids)

    def retry_waiting(self, *, due_only: bool = True) -> JobWorker | None:
        """Send the waiting mail quietly (the timer's job); None when busy or nothing waits."""
        if self.busy:
            return None
        from telecentre_desk.billing import mail

        waiting = self._store.read(mail.waiting_count)
        if not waiting:
            return None
        engine = self._store.engine
        return self._start(lambda progress: (None, mail.send_waiting(engine, due_only=due_only, progress=progress)),
                           ids=[])

    def _start(self, job: Callable[[Callable[[int, int], bool]], Any], *, ids: list[int]) -> JobWorker:
        worker = JobWorker(job, name="mail-send", parent=self)
        worker.progressed.connect(self._on_worker_progressed)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        worker.crashed.connect(self._on_worker_crashed)
        worker.finished.connect(self._on_worker_finished)
        self._ids = ids
        self.worker = worker
        self.send_action.setEnabled(False)
        worker.start()
        return worker

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
        """Let a running send finish (the window is closing)."""
        self.retry_timer.stop()
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

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

    @Slot()
    def _on_progress_canceled(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    @Slot(object)
    def _on_worker_succeeded(self, result: tuple[QueueOutcome | None, SendReport]) -> None:
        queued, report = result
        self.message.emit(self.summary(queued, report))
        self.sent.emit(result)
        already = [row for row in (queued.skipped if queued else []) if row["why"] == "sent"]
        if already and self._ids:
            self._offer_again(already)

    def _offer_again(self, already: list[dict[str, str]]) -> None:
        numbers = ", ".join(row["number"] for row in already)
        question = self.tr("%1 already sent. Send again?").replace("%1", numbers)
        if dialogs.ask(self._parent, self.tr("Send again"), question):
            from sqlmodel import col, select

            from telecentre_desk.db.models import Invoice  # the ids of those numbers, read now
            from telecentre_desk.db.uow import unit_of_work

            with unit_of_work(self._store.engine) as session:
                ids = list(session.exec(select(Invoice.id).where(
                    col(Invoice.number).in_([row["number"] for row in already]))).all())
            self._again_ids = ids  # sent when this worker has finished

    @Slot(object)
    def _on_worker_failed(self, error: DeskError) -> None:
        message = error.message
        self.message.emit(self.tr("Email not sent: %1").replace("%1", message))
        if self._ids:  # the host asked: say it where they look, not only in the status bar
            dialogs.show_error(self._parent, self.tr("Email not sent"), message)

    @Slot(object)
    def _on_worker_crashed(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot()
    def _on_worker_finished(self) -> None:
        self.worker = None
        self.send_action.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        again, self._again_ids = self._again_ids, []
        if again:
            self.send(again, again=True)
