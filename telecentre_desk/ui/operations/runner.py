"""The one background runner: every long job of the window runs here (Anki's ``CollectionOp``, Vorta's jobs).

An :class:`Operation` says what to run (a function of a :class:`Ticket`, on a worker thread, that opens its
own units of work through ``telecentre_desk.transactions`` or a core service, never a widget), what it
touches (an :class:`OpChanges`) and what to do with the outcome on the UI thread. The runner:

- runs one job per *kind* at a time ("invoices", "sync", "mail", "import", "backup", "privacy"): a second job of
  a running kind waits in that kind's queue or is refused with a clear message (``Operation.when_busy``);
  jobs of different kinds run side by side (SQLite's own lock orders their writes);
- shows the job in the status bar's progress (progress.py), which never takes the keyboard focus: the
  scanner's keys, Enter included, keep reaching the front desk;
- has one error contract: a ``DeskError`` is shown as its message (``on_failure`` may show it itself,
  where the host is waiting on it; otherwise a non-modal line in the progress), a SQLite error becomes
  a ``DeskError`` first, anything else is a bug for ``sys.excepthook`` (the crash hook), raised on the UI thread;
- is the one thing that announces data changes: after a job (and after ``Store.run``) it emits
  ``Store.changed`` with what the write touched, so screens reload only what concerns them.

Cancel is a flag the job reads between two items (the ticket returns False): the job decides what a
stop leaves (each invoice issued whole, a sync stopped after the place being read...).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from telecentre_desk import transactions
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.ui.operations.changes import OpChanges

if TYPE_CHECKING:
    from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> keep going? (the core's callbacks' shape)


class Ticket:
    """What a job holds: call it with (done, total[, what]) to report, it returns False once a stop is asked.

    It is the core's ``progress`` callback as is (billing, mail, members import take (done, total); the
    sync's takes a third argument, what is being read), and ``cancelled`` is the sync's stop test.
    """

    def __init__(self, job: Job) -> None:
        self._job = job

    def __call__(self, done: int, total: int, what: str = "") -> bool:
        self._job.progressed.emit(done, total)
        self._job.reported.emit(done, total, what)
        return not self._job.cancel_requested

    def cancelled(self) -> bool:
        return self._job.cancel_requested


@dataclass(slots=True)
class Operation:
    """A long job and what to do with its outcome (callbacks run on the UI thread)."""

    kind: str  # one job of a kind at a time
    label: str  # what the status bar says while it runs ("Issuing 4 invoices…")
    work: Callable[[Ticket], Any]
    changes: OpChanges = field(default_factory=OpChanges)  # announced after it ran (also after a refusal)
    on_success: Callable[[Any], None] | None = None
    # Given the DeskError, returns True when it showed it itself; else the progress shows it, non-modal.
    on_failure: Callable[[DeskError], bool] | None = None
    on_done: Callable[[], None] | None = None  # after either, or after a bug: re-enable a button...
    on_bug: Callable[[BaseException], None] | None = None  # say it where the host looks, before the crash hook
    when_busy: Literal["queue", "refuse"] = "refuse"
    quiet: bool = False  # a job nobody asked for (the daily backup, the purge): no bar, errors only logged
    stopping_text: str = ""  # shown once Cancel is asked ("Stopping after the current invoice…")
    cancellable: bool = True
    # The widget or object the callbacks belong to: when it is gone by the end (a dialog closed), they are
    # skipped, and the job's changes are still announced.
    owner: QObject | None = None


class Job(QThread):
    """One operation on its own thread; its outcome is read on the UI thread once ``finished`` arrives."""

    progressed = Signal(int, int)  # done, total
    reported = Signal(int, int, str)  # the same, with what is being worked on (a place's code, a file's kind)

    def __init__(self, operation: Operation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"job-{operation.kind}")
        self.operation = operation
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: DeskError | None = None
        self.bug: BaseException | None = None
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self.result = self.operation.work(Ticket(self))
        except DeskError as exc:
            logger.info("%s stopped: %s", self.objectName(), error_for_log(exc))
            # Without its traceback: the frames would keep the caller alive in a reference cycle.
            self.error = exc.with_traceback(None)
        except Exception as exc:
            explained = transactions.database_error(exc)
            if isinstance(explained, DeskError):
                logger.warning("%s failed on the database: %s", self.objectName(), exc)
                self.error = explained
            else:
                self.bug = exc


class Runner(QObject):
    """The window's background jobs (one Runner per Store: ``store.runner``)."""

    job_started = Signal(object)  # the Job
    job_ended = Signal(object)  # the Job, ended (its outcome is delivered right after)
    message = Signal(str, bool)  # a line for the status bar, and whether it is an error

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._store = store
        self._running: dict[str, Job] = {}
        self._waiting: dict[str, deque[Operation]] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        # A QThread destroyed while it runs aborts the process: the jobs still running when the runner goes
        # (with its Store) are stopped and waited for first. The dict, not self: self is being destroyed.
        running = self._running
        self.destroyed.connect(lambda *_: [_stop(job) for job in list(running.values())])

    # --- asking -------------------------------------------------------------------------------
    def submit(self, operation: Operation) -> Job | None:
        """Start ``operation``, or queue it behind the running job of its kind (None then), or refuse it."""
        if operation.kind in self._running:
            if operation.when_busy == "queue":
                self._waiting.setdefault(operation.kind, deque()).append(operation)
                return None
            if not operation.quiet:
                self.message.emit(self.tr("%1 is already running: wait for it to end, or cancel it.")
                                  .replace("%1", self._running[operation.kind].operation.label.rstrip("…. ")), True)
            return None
        return self._start(operation)

    def busy(self, kind: str | None = None) -> bool:
        return kind in self._running if kind is not None else bool(self._running)

    def job(self, kind: str) -> Job | None:
        return self._running.get(kind)

    @property
    def shown(self) -> Job | None:
        """The job the progress shows: the first started of those not quiet."""
        return next((job for job in self._running.values() if not job.operation.quiet), None)

    def cancel(self, kind: str | None = None) -> bool:
        """Ask the job of ``kind`` (by default the one shown) to stop at its next step; True when one was asked."""
        job = self._running.get(kind) if kind is not None else self.shown
        if job is None or not job.operation.cancellable:
            return False
        job.cancel()
        self._waiting.pop(job.operation.kind, None)  # a stop asked also drops what waited behind it
        return True

    def announce(self, changes: OpChanges) -> None:
        """Tell every screen what a write touched (the one place ``Store.changed`` is emitted)."""
        if changes.any:
            logger.debug("changed: %s", changes)
            self._store.changed.emit(changes)

    def wait(self, kind: str | None = None) -> None:
        """Block until the job of ``kind`` (or every job) has ended and its outcome was delivered."""
        for job in [j for k, j in self._running.items() if kind is None or k == kind]:
            job.wait()
            self._end(job)

    def shutdown(self) -> None:
        """Stop every job at its next step and wait for it (the window is closing, the app quitting)."""
        self._waiting.clear()
        for job in list(self._running.values()):
            if job.operation.cancellable:
                job.cancel()
        self.wait()

    # --- running ------------------------------------------------------------------------------
    def _start(self, operation: Operation) -> Job:
        job = Job(operation, parent=self)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_finished)
        self._running[operation.kind] = job
        self.job_started.emit(job)
        job.start()
        return job

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        job = self.sender()
        if isinstance(job, Job):
            job.done, job.total = done, total

    @Slot()
    def _on_job_finished(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._end(job)

    def _end(self, job: Job) -> None:
        kind = job.operation.kind
        if self._running.get(kind) is not job:
            return  # delivered already (wait() then the queued finished signal)
        job.wait()
        del self._running[kind]
        operation = job.operation
        crashed = job.bug is not None
        if operation.owner is not None and not shiboken6.isValid(operation.owner):
            operation.on_success = operation.on_failure = operation.on_done = operation.on_bug = None
        self.job_ended.emit(job)  # the progress moves on first: a failure's line is then shown in its place
        try:
            if job.bug is not None:
                bug, job.bug = job.bug, None  # not kept on the job: the traceback holds the worker's frames
                if operation.on_bug is not None:
                    operation.on_bug(bug)
                sys.excepthook(type(bug), bug, bug.__traceback__)
            elif job.error is not None:
                self._failed(operation, job.error)
            elif operation.on_success is not None:
                operation.on_success(job.result)
        finally:
            if not crashed:
                self.announce(operation.changes)
            if operation.on_done is not None:
                operation.on_done()
            job.deleteLater()
            waiting = self._waiting.get(kind)
            if waiting:
                self._start(waiting.popleft())

    def _failed(self, operation: Operation, error: DeskError) -> None:
        if operation.on_failure is not None and operation.on_failure(error):
            return
        if operation.quiet:
            logger.warning("%s did not run: %s", operation.kind, error_for_log(error))
            return
        self.message.emit(self.tr("%1: %2").replace("%1", operation.label.rstrip("…. "))
                          .replace("%2", error.message), True)


def _stop(job: Job) -> None:
    with contextlib.suppress(RuntimeError):  # RuntimeError: already finished and deleted
        job.cancel()
        job.wait()
