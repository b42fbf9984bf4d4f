"""The outbox as the host reads it: each invoice e-mail, sent, waiting (and until when) or failed (why).

"Retry now" sends what waits on a worker thread; the table reads the outbox again when it is done.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.rows_model import AnyIndex, RowsTableModel
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import fit_columns, make_table

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from telecentre_desk.billing.mail import OutboxInfo, SendReport

CONTEXT = "OutboxModel"
STATUS_TEXT = {
    "queued": QT_TRANSLATE_NOOP("OutboxModel", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("OutboxModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxModel", "Failed"),
}
STATUS_COLOUR = {"queued": "#8a5a00", "failed": "#b3261e", "sent": "#1e6b34"}


class OutboxModel(RowsTableModel["OutboxInfo"]):
    DATE, INVOICE, TO, STATUS, ERROR = range(5)
    CONTEXT: ClassVar[str] = CONTEXT
    HEADERS: ClassVar[dict[int, str]] = {
        DATE: QT_TRANSLATE_NOOP("OutboxModel", "Date"),
        INVOICE: QT_TRANSLATE_NOOP("OutboxModel", "Invoice"),
        TO: QT_TRANSLATE_NOOP("OutboxModel", "To"),
        STATUS: QT_TRANSLATE_NOOP("OutboxModel", "Status"),
        ERROR: QT_TRANSLATE_NOOP("OutboxModel", "Error"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tz: ZoneInfo | None = None

    def set_rows(self, rows: list[OutboxInfo], tz: ZoneInfo) -> None:
        self.beginResetModel()
        self._rows, self._tz = list(rows), tz
        self.endResetModel()

    def _local(self, value: dt.datetime | None) -> str:
        return f"{value.astimezone(self._tz):%d/%m/%Y %H:%M}" if value else ""

    def _error(self, row: OutboxInfo) -> str:
        if row.status == "queued" and row.next_try_at is not None and row.attempts:
            next_try = (QCoreApplication.translate("OutboxModel", "next try %1")
                        .replace("%1", self._local(row.next_try_at)))
            return f"{row.error} — {next_try}" if row.error else next_try
        if row.status == "sent" and row.resend:
            return QCoreApplication.translate("OutboxModel", "sent again on request")
        return row.error or ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.DATE:
                return self._local(row.sent_at or row.queued_at)
            if column == self.INVOICE:
                return f"{row.invoice_number} — {row.member}"
            if column == self.TO:
                return row.recipient
            if column == self.STATUS:
                text = QCoreApplication.translate(CONTEXT, STATUS_TEXT.get(row.status, row.status))
                return f"{text} ({row.attempts})" if row.attempts > 1 else text
            return self._error(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.status in STATUS_COLOUR:
            return QBrush(QColor(STATUS_COLOUR[row.status]))
        return None


class MailLogDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.job: Job | None = None  # the retry asked here, on the window's runner
        self.setWindowTitle(self.tr("Email log"))
        self.resize(900, 420)
        self.model = OutboxModel(self)
        self.table = make_table(self.model, self)
        self.table.setSortingEnabled(False)  # newest first, as the outbox is read
        self.summary = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.setToolTip(self.tr("Send the messages that wait (never the ones already sent)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.retry_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.reload()

    def reload(self) -> None:
        from telecentre_desk.billing import mail

        rows = self._store.read(mail.read_log, parent_widget=self)
        if rows is None:
            return
        self.model.set_rows(rows, self._store.place.tz)
        fit_columns(self.table, stretch=OutboxModel.ERROR)
        counts = {status: sum(1 for r in rows if r.status == status) for status in ("sent", "queued", "failed")}
        self.summary.setText(self.tr("%1 sent, %2 waiting, %3 failed")
                             .replace("%1", str(counts["sent"])).replace("%2", str(counts["queued"]))
                             .replace("%3", str(counts["failed"])))
        self.retry_button.setEnabled(counts["queued"] > 0 and self.job is None)

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        from telecentre_desk.billing import mail

        engine = self._store.engine  # opened here, on the UI thread, if it was not yet
        job = self._store.runner.submit(Operation(
            "mail", self.tr("Sending the waiting email…"),
            lambda progress: mail.send_waiting(engine, progress=progress), changes=OpChanges(invoices=True),
            on_success=self._on_job_succeeded, on_failure=self._on_job_failed, on_done=self._on_job_done,
            owner=self))
        if job is None:  # a sending already runs (said in the status bar): its end reloads this log
            return
        self.retry_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        job.progressed.connect(self._on_job_progressed)
        self.job = job

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_job_succeeded(self, report: SendReport) -> None:
        self.summary.setText(self.tr("Retry: %1 sent, %2 still waiting, %3 failed")
                             .replace("%1", str(len(report.sent))).replace("%2", str(len(report.waiting)))
                             .replace("%3", str(len(report.failed))))

    def _on_job_failed(self, error: DeskError) -> bool:
        self.summary.setText(error.message)
        return True

    def _on_job_done(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        summary = self.summary.text()
        self.reload()
        self.summary.setText(summary)  # what the retry did, over the plain counts

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()  # after the message being sent, which is never left half sent; the runner ends it
            self.job = None
        super().done(result)

