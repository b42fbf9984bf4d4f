"""The runner's progress in the main window's status bar: a label, a bar and a Cancel button.

It never takes the keyboard focus (``Qt.NoFocus`` on the widget and each child, no dialog): a badge scanned
while a month is issued reaches the front desk, and the scanner's Enter cannot press Cancel. Cancel is
reached by the mouse or by its own shortcut (``CANCEL_SHORTCUT``, Ctrl+Shift+C: no wedge scanner types a
Ctrl combination). An error of a job nobody waits on stays here, in red, until the next job or ✕.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from telecentre_desk.ui.operations.runner import Job, Runner

CANCEL_SHORTCUT = "Ctrl+Shift+C"


class OperationProgress(QWidget):
    shown = Signal(bool)  # on show and hide: the window makes room in the status bar while a job runs

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationProgress")
        self._runner = runner
        self._job: Job | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(130)
        self.bar.setTextVisible(False)
        self.bar.setFormat(self.tr("%1 of %2").replace("%1", "%v").replace("%2", "%m"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the job at its next step (%1)").replace(
            "%1", QKeySequence(CANCEL_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.cancel_button.setAccessibleName(self.tr("Cancel the background job"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setAutoRaise(True)
        # The action carries the shortcut for the whole window (Qt.WindowShortcut): whatever has the focus.
        self.cancel_action = QAction(self.tr("Cancel the background job"), self)
        self.cancel_action.setShortcut(QKeySequence(CANCEL_SHORTCUT))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_action.setEnabled(False)
        self.addAction(self.cancel_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.close_button)
        for widget in (self, self.label, self.bar, self.cancel_button, self.close_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_action.triggered.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        runner.job_started.connect(self._on_runner_job_started)
        runner.job_ended.connect(self._on_runner_job_ended)
        runner.message.connect(self._on_runner_message)
        self.setVisible(False)

    @property
    def job(self) -> Job | None:
        return self._job

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.shown.emit(visible)

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        # Room for the whole line (a status bar squeezes its widgets), within reason on a 1024 px screen.
        self.label.setMinimumWidth(min(self.label.sizeHint().width(), 460))

    def _show_job(self, job: Job | None) -> None:
        if self._job is not None:
            self._job.progressed.disconnect(self._on_job_progressed)
        self._job = job
        if job is None:
            self.cancel_action.setEnabled(False)
            if not self.close_button.isVisible():
                self.setVisible(False)
            return
        job.progressed.connect(self._on_job_progressed)
        self.label.setStyleSheet("")
        self._say(job.operation.label)
        self.bar.setRange(0, 0)  # busy until the first step says how many
        self.bar.setTextVisible(False)
        self.bar.setVisible(True)
        self._on_job_progressed(job.done, job.total)
        self.cancel_button.setVisible(job.operation.cancellable)
        self.cancel_button.setEnabled(not job.cancel_requested)
        self.cancel_action.setEnabled(job.operation.cancellable and not job.cancel_requested)
        self.close_button.setVisible(False)
        self.setVisible(True)

    @Slot(object)
    def _on_runner_job_started(self, job: Job) -> None:
        if self._job is None and not job.operation.quiet:
            self._show_job(job)

    @Slot(object)
    def _on_runner_job_ended(self, job: Job) -> None:
        if job is self._job:
            self._show_job(self._runner.shown)

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        job = self._job
        if job is None or job.cancel_requested:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setTextVisible(True)  # "32 sur 60" in the bar: the label keeps the job's words whole

    @Slot(str, bool)
    def _on_runner_message(self, text: str, error: bool) -> None:
        if self._job is not None:
            return  # the status bar's own line says it; the running job keeps its place here
        self._say(text)
        self.label.setStyleSheet("color: #b00020;" if error else "")
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.setVisible(True)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        job = self._job
        if job is None or not self._runner.cancel(job.operation.kind):
            return
        self.cancel_button.setEnabled(False)
        self.cancel_action.setEnabled(False)
        self._say(job.operation.stopping_text or self.tr("Stopping…"))

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.close_button.setVisible(False)
        if self._job is None:
            self.setVisible(False)
