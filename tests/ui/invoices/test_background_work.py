"""Issuing a month in the background: the runner's progress (never the keyboard's focus), a Cancel button that
never leaves half an invoice."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.db.models import Invoice, InvoiceLine, InvoiceSeries
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.ui.invoices.screen import InvoicesScreen
from telecentre_desk.ui.operations import Operation
from telecentre_desk.ui.operations.progress import OperationProgress


def progress_of(qtbot: QtBot, screen: InvoicesScreen) -> OperationProgress:
    """The status bar's progress, as the main window builds it (here beside the screen alone)."""
    progress = OperationProgress(screen.invoice_actions.runner)
    qtbot.addWidget(progress)
    return progress


def pause_at(screen: InvoicesScreen, step: int) -> tuple[threading.Event, threading.Event]:
    """Hold the next job's worker thread when it reports ``step`` done, until ``go`` is set."""
    reached, go = threading.Event(), threading.Event()

    def hold(done: int, _total: int) -> None:
        if done == step:
            reached.set()
            go.wait(10)

    runner = screen.invoice_actions.runner
    # Connected before the thread starts (``job_started`` comes first), run on the worker's thread.
    runner.job_started.connect(lambda job: job.progressed.connect(hold, Qt.ConnectionType.DirectConnection))
    return reached, go


def test_cancel_stops_between_two_invoices_and_the_series_stays_continuous(qtbot: QtBot, screen: InvoicesScreen,
                                                                         billed: Engine, recorded_dialogs) -> None:
    progress = progress_of(qtbot, screen)
    reached, go = pause_at(screen, 2)
    recorded_dialogs.answers.append(True)
    screen.invoice_actions.issue_all_action.trigger()
    assert "Issue the 4 drafts of November 2026?" in recorded_dialogs.questions[0][1]
    assert "never be changed" in recorded_dialogs.questions[0][1]
    qtbot.waitUntil(reached.is_set)
    focused = QApplication.focusWidget()
    qtbot.waitUntil(lambda: progress.isVisible() and progress.cancel_button.isVisible())
    assert not progress.isModal() and QApplication.focusWidget() is focused  # the scanner keeps typing into the window
    assert progress.cancel_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not screen.invoice_actions.issue_all_action.isEnabled()  # one batch at a time
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)  # Cancel
    assert progress.label.text() == "Stopping after the current invoice…"
    go.set()
    qtbot.waitUntil(lambda: not screen.invoice_actions.busy, timeout=20_000)
    assert not progress.isVisible()

    assert screen.outcome_label.text() == (
        "Cancelled: 2 of 4 invoices issued (FLO-2026-0009 … FLO-2026-0010); 2 still drafts.")
    with unit_of_work(billed) as session:
        november = session.exec(select(Invoice).where(Invoice.kind == "invoice", Invoice.period_start.is_not(None))
                                .order_by(Invoice.id)).all()
        numbers = sorted(i.number for i in november if i.number)
        for invoice in november:  # each whole: issued with its number, date and snapshots, or a plain draft
            issued = invoice.status == "issued"
            assert issued == all((invoice.number, invoice.issue_date, invoice.due_date, invoice.buyer_snapshot,
                                  invoice.seller_snapshot))
            assert issued or not any((invoice.number, invoice.issue_date, invoice.buyer_snapshot))
            assert session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).first()
        series = session.exec(select(InvoiceSeries).where(InvoiceSeries.kind == "invoice")).one()
        drafts = [i for i in november if i.status == "draft"]
    assert numbers == [f"FLO-2026-{n:04d}" for n in range(1, 11)]  # no gap, nothing given twice
    assert series.last_number == 10 and len(drafts) == 2
    assert sum(1 for r in screen.model.visible_rows() if r.number is None) == 2


def test_a_refused_draft_stops_the_batch_and_says_why(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                                      recorded_dialogs) -> None:
    # The place's missing SIRET is found before the question and before any job (billing/lawful.py); a draft
    # refused in the middle of a batch is billing/batch.py's case (tests/billing/test_batch_issue.py).
    from PySide6.QtWidgets import QLabel

    from telecentre_desk.ui.invoices.blockers_dialog import BlockersDialog

    with unit_of_work(billed) as session:
        places.edit_place(session, siret=None)
    screen.invoice_actions.issue_all_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(BlockersDialog) is not None)
    dialog = screen.findChild(BlockersDialog)
    assert "the SIRET number" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert recorded_dialogs.questions == [] and not screen.invoice_actions.busy
    dialog.close()
    assert sum(1 for r in screen.model.visible_rows() if r.number is None) == 4


def test_a_bug_in_a_job_goes_to_the_excepthook(qtbot: QtBot, screen: InvoicesScreen, monkeypatch) -> None:
    import sys

    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))

    def broken(_progress):
        raise ZeroDivisionError("a bug")

    progress = progress_of(qtbot, screen)
    assert screen.invoice_actions.runner.submit(Operation("invoices", "l", broken)) is not None
    assert progress.isVisible()
    qtbot.waitUntil(lambda: not screen.invoice_actions.busy)
    assert [type(e) for e in seen] == [ZeroDivisionError]
    assert not progress.isVisible()
