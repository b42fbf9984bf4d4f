"""The one background runner (ui/operations/): its progress never takes the keyboard, Cancel by the mouse or its
own shortcut (never the scanner's Enter), scans answered during a long write on it, one error contract, one job
of a kind at a time, and change sets that let screens ignore what they do not read."""

# ruff: noqa: F811  (the fixtures of test_scan_anywhere are reused by name)
from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from telecentre_desk import transactions
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.operations import OpChanges, Operation, Ticket
from telecentre_desk.ui.operations.progress import CANCEL_SHORTCUT, OperationProgress
from telecentre_desk.ui.store import Store
from tests.ui.test_scan_anywhere import badge, scan_into, window  # noqa: F401


class Gate:
    """A job that reports its first step, then waits until the test opens the gate (at most 10 s)."""

    def __init__(self) -> None:
        self.reached, self.go = threading.Event(), threading.Event()
        self.cancelled_seen = False

    def work(self, ticket: Ticket) -> str:
        ticket(1, 4)
        self.reached.set()
        self.go.wait(10)
        self.cancelled_seen = not ticket(2, 4)
        return "done"


def activate(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    window.show_screen(screen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_progress_never_takes_the_focus_and_a_scanners_enter_does_not_cancel_the_job(
        qtbot: QtBot, window: MainWindow, badge: str, store: Store) -> None:
    activate(qtbot, window, "members")
    search = window.members_screen.search
    search.setFocus()
    gate = Gate()
    job = store.runner.submit(Operation("invoices", "Issuing 4 invoices…", gate.work, changes=OpChanges(invoices=True)))
    qtbot.waitUntil(gate.reached.is_set)
    progress = window.operation_progress
    qtbot.waitUntil(lambda: progress.isVisible() and progress.bar.text() == "1 of 4")
    assert progress.label.text() == "Issuing 4 invoices…"
    assert progress.cancel_button.isVisible() and progress.cancel_button.isEnabled()
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in [progress, *progress.findChildren(QWidget)])
    assert QApplication.activeModalWidget() is None and QApplication.focusWidget() is search
    scan_into(search, badge)  # the badge's characters and its Enter, 6 ms apart
    assert QApplication.focusWidget() is search and search.text() == ""
    assert not job.cancel_requested and progress.cancel_button.isEnabled()
    qtbot.waitUntil(window.scan_notice.isVisible)  # answered, on the Members screen
    assert window.front_desk_screen.presence.rowCount() == 1
    gate.go.set()
    qtbot.waitUntil(lambda: not store.runner.busy())
    assert not gate.cancelled_seen and not progress.isVisible()


def test_cancel_by_the_mouse_and_by_its_shortcut(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    activate(qtbot, window, "members")
    search = window.members_screen.search
    search.setFocus()
    progress = window.operation_progress
    assert not progress.cancel_action.isEnabled()  # no job: the shortcut does nothing
    for how in ("mouse", "shortcut"):
        gate = Gate()
        job = store.runner.submit(Operation("sync", "Synchronising…", gate.work,
                                            stopping_text="Stopping after the place being read…"))
        qtbot.waitUntil(lambda: gate.reached.is_set() and progress.isVisible())  # noqa: B023
        if how == "mouse":
            qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        else:
            assert progress.cancel_action.shortcut().toString() == CANCEL_SHORTCUT
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(search, Qt.Key.Key_C, ctrl_shift)
        assert job.cancel_requested, how
        assert progress.label.text() == "Stopping after the place being read…"
        assert not progress.cancel_button.isEnabled() and QApplication.focusWidget() is search
        gate.go.set()
        qtbot.waitUntil(lambda: not store.runner.busy())
        assert gate.cancelled_seen  # the job saw the stop at its next step
    assert search.text() == ""  # the shortcut typed nothing


def test_a_scan_during_a_long_write_on_the_runner_is_answered_within_a_second(
        qtbot: QtBot, window: MainWindow, badge: str, store: Store, db_path: Path) -> None:
    activate(qtbot, window, "front_desk")
    qtbot.waitUntil(lambda: window.front_desk_screen.loaded)
    gate = Gate()

    def long_write(ticket: Ticket) -> None:  # a month's run or a sync import holding SQLite's write lock
        def hold(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE place SET name = name")
            gate.work(ticket)

        transactions.write_rows(store.engine, hold)

    store.runner.submit(Operation("sync", "Synchronising…", long_write, changes=OpChanges(sync=True)))
    qtbot.waitUntil(gate.reached.is_set)
    screen = window.front_desk_screen
    started = time.monotonic()
    scan_into(QApplication.focusWidget() or window, badge)
    assert time.monotonic() - started < 1.0
    assert "Marie" in screen.feedback.headline.text()
    assert store.runner.busy("sync")  # still writing: the scan waits in the journal, answered
    gate.go.set()
    qtbot.waitUntil(lambda: not store.runner.busy())
    qtbot.waitUntil(lambda: screen.presence.rowCount() == 1)  # merged once the lock freed
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM check_event").fetchone()[0] == 1


def run_to_end(qtbot: QtBot, store: Store, operation: Operation) -> None:
    assert store.runner.submit(operation) is not None
    qtbot.waitUntil(lambda: not store.runner.busy())


def test_one_error_contract(qtbot: QtBot, store: Store, monkeypatch) -> None:
    progress = OperationProgress(store.runner)
    qtbot.addWidget(progress)
    messages: list[tuple[str, bool]] = []
    store.runner.message.connect(lambda text, error: messages.append((text, error)))
    announced: list[OpChanges] = []
    store.changed.connect(announced.append)

    def failing(exc: BaseException) -> Callable[[Ticket], None]:
        def work(_ticket: Ticket) -> None:
            raise exc
        return work

    # An expected error nobody waits on: one line in the status bar's progress, in red, and no dialog.
    run_to_end(qtbot, store, Operation("mail", "Sending the waiting email…", failing(DeskError("no server")),
                                       changes=OpChanges(invoices=True)))
    assert messages == [("Sending the waiting email: no server", True)]
    assert progress.isVisible() and progress.label.text() == "Sending the waiting email: no server"
    assert "b00020" in progress.label.styleSheet() and progress.close_button.isVisible()
    assert QApplication.activeModalWidget() is None
    assert announced == [OpChanges(invoices=True)]  # what a refused write may have touched is read again
    qtbot.mouseClick(progress.close_button, Qt.MouseButton.LeftButton)
    assert not progress.isVisible()

    # SQLite's errors become a DeskError, said in one line (here: handled by the job's own on_failure).
    seen: list[DeskError] = []
    locked = sqlite3.OperationalError("database is locked")
    run_to_end(qtbot, store, Operation("sync", "Synchronising…", failing(locked),
                                       on_failure=lambda error: seen.append(error) or True))
    assert [type(e) for e in seen] and isinstance(seen[0], DeskError)
    assert "the database is busy" in seen[0].message and len(messages) == 1  # shown by on_failure, not twice

    # Anything else is a bug: the crash hook, on the UI thread, after the job's own word; nothing announced.
    bugs: list[BaseException] = []
    said: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: bugs.append(exc))
    run_to_end(qtbot, store, Operation("import", "Importing members…", failing(ZeroDivisionError("bug")),
                                       changes=OpChanges(members=True), on_bug=said.append))
    assert [type(e) for e in bugs] == [ZeroDivisionError] and said == bugs
    assert announced == [OpChanges(invoices=True)]


def test_one_job_of_a_kind_at_a_time_refused_or_queued(qtbot: QtBot, store: Store) -> None:
    messages: list[str] = []
    store.runner.message.connect(lambda text, _error: messages.append(text))
    gate = Gate()
    results: list[str] = []
    first = store.runner.submit(Operation("invoices", "Issuing 4 invoices…", gate.work, on_success=results.append))
    assert first is not None
    qtbot.waitUntil(gate.reached.is_set)
    assert store.runner.submit(Operation("invoices", "Running the month…", lambda _t: "again")) is None
    assert messages == ["Issuing 4 invoices is already running: wait for it to end, or cancel it."]
    queued = store.runner.submit(Operation("invoices", "Sending…", lambda _t: "queued", when_busy="queue",
                                           on_success=results.append))
    assert queued is None and results == []
    other = store.runner.submit(Operation("backup", "Backup…", lambda _t: "other kind", on_success=results.append))
    assert other is not None  # another kind runs beside it
    qtbot.waitUntil(lambda: results == ["other kind"])
    gate.go.set()
    qtbot.waitUntil(lambda: results == ["other kind", "done", "queued"] and not store.runner.busy())


def test_a_write_announces_what_it_touched_and_screens_ignore_the_rest(qtbot: QtBot, window: MainWindow,
                                                                       store: Store, monkeypatch) -> None:
    activate(qtbot, window, "front_desk")
    qtbot.waitUntil(lambda: window.front_desk_screen.loaded)
    calls: dict[str, int] = {"desk": 0, "members": 0}
    monkeypatch.setattr(window.front_desk_screen, "refresh", lambda: calls.__setitem__("desk", calls["desk"] + 1))
    monkeypatch.setattr(window.members_screen, "refresh",
                        lambda: calls.__setitem__("members", calls["members"] + 1))
    announced: list[OpChanges] = []
    store.changed.connect(announced.append)
    run_to_end(qtbot, store, Operation("invoices", "Issuing…", lambda _t: None, changes=OpChanges(invoices=True)))
    store.runner.announce(OpChanges(bookings=True, settings=True))
    assert calls == {"desk": 0, "members": 0}  # an invoice run, a booking: neither list is read again
    assert announced == [OpChanges(invoices=True), OpChanges(bookings=True, settings=True)]
    assert not hasattr(Store, "data_changed")  # ``changed`` is the one change signal
    store.runner.announce(OpChanges(presence=True))
    assert calls == {"desk": 1, "members": 0}
    store.runner.announce(OpChanges(members=True))
    store.runner.announce(OpChanges(members=True, plans=True))
    assert calls == {"desk": 3, "members": 0}  # the member list is hidden: read when shown, once
    window.show_screen("members")
    assert calls == {"desk": 3, "members": 1}
    store.runner.announce(OpChanges(members=True))  # shown: at once
    assert calls == {"desk": 4, "members": 2}
    # A write through Store.run that does not say what it touched: everything reloads (the safe default).
    assert store.run(lambda _session: None, parent_widget=None).ok
    assert calls == {"desk": 5, "members": 3}


def test_op_changes_are_plain_data() -> None:
    assert OpChanges(members=True) | OpChanges(presence=True) == OpChanges(members=True, presence=True)
    assert OpChanges.everything().touches("sync") and not OpChanges().any
    assert str(OpChanges(members=True, invoices=True)) == "members, invoices" and str(OpChanges()) == "nothing"


def test_the_runner_is_the_one_background_worker_and_the_one_announcer() -> None:
    """No second worker class, progress dialog or change signal creeps back into the window's code."""
    import re

    import telecentre_desk.ui as ui

    root = Path(ui.__file__).parent
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if relative.startswith("operations/"):
            continue
        if re.search(r"class \w+\(QThread\)|QProgressDialog\(|threading\.Thread\(", text) and relative not in (
                "camera/pipeline.py",  # the camera's frame loop: a stream, not a job
                "store.py"):  # warm_up: imports modules ahead of need, touches no data
            found.append(f"{relative}: a worker or a progress dialog of its own")
        if relative != "store.py" and re.search(r"store\.(data_changed|changed)\.emit\(", text):
            found.append(f"{relative}: announces a change itself")
    assert found == []


def test_a_scan_that_first_loads_the_desk_during_a_long_write_is_answered(
        qtbot: QtBot, store: Store, settings_store, db_path: Path, badge: str) -> None:
    """The window opened on another screen: the first scan loads the desk, whose automatic check-out used to
    wait for the write lock, then die with "database is locked" (seen on Xvfb during a month's run)."""
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, first_screen="members",
                        remember_state=False)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window, "members")
    assert not window.front_desk_screen.loaded
    gate = Gate()

    def long_write(ticket: Ticket) -> None:
        transactions.write_rows(store.engine, lambda conn: (conn.execute("UPDATE place SET name = name"),
                                                            gate.work(ticket)))

    store.runner.submit(Operation("invoices", "Drafting…", long_write))
    qtbot.waitUntil(gate.reached.is_set)
    search = window.members_screen.search
    search.setFocus()
    started = time.monotonic()
    scan_into(search, badge)
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(window.scan_notice.isVisible)
    assert "Marie" in window.scan_notice.headline.text()
    gate.go.set()
    qtbot.waitUntil(lambda: not store.runner.busy())
    qtbot.waitUntil(lambda: window.front_desk_screen.presence.rowCount() == 1)
