"""Invoices screen: cancel a payment, export the FEC, a credit to refund, the run's warnings in words."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import corrections
from telecentre_desk.billing.month import Month
from telecentre_desk.db.models import Payment
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.ui.invoices.fiscal_actions import CancelPaymentDialog
from telecentre_desk.ui.invoices.outcomes import InvoiceOutcomes
from telecentre_desk.ui.invoices.screen import InvoicesScreen

from .test_invoice_actions import dialog_of, row_of


def test_a_payment_is_cancelled_from_the_screen(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                                recorded_dialogs) -> None:
    screen.month_filter.set_month(Month(2026, 9))
    screen.select_invoice(row_of(screen, "FLO-2026-0001").id)
    assert screen.invoice_actions.fiscal.cancel_payment_action.isEnabled()
    screen.invoice_actions.fiscal.cancel_payment_action.trigger()
    dialog = dialog_of(qtbot, screen, CancelPaymentDialog)
    assert dialog.payment.count() == 1 and "€216.00 by bank transfer" in dialog.payment.currentText()
    assert not dialog.ok_button.isDefault()
    dialog.reason.setText("virement rejeté")
    recorded_dialogs.answers.append(False)
    dialog.accept()  # said No to the confirmation: nothing happens
    with unit_of_work(billed) as session:
        assert len(session.exec(select(Payment)).all()) == 2
    recorded_dialogs.answers.append(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with unit_of_work(billed) as session:
        amounts = sorted(p.amount_cents for p in session.exec(select(Payment)).all())
    assert amounts == [-216_00, 100_00, 216_00]
    qtbot.waitUntil(lambda: row_of(screen, "FLO-2026-0001").status != "paid")


def test_the_fec_is_exported_from_the_screen(qtbot: QtBot, screen: InvoicesScreen, tmp_path: Path) -> None:
    import datetime as dt

    out = tmp_path / "FEC.txt"
    job = screen.invoice_actions.fiscal.export_fec(dt.date(2026, 1, 1), dt.date(2026, 12, 31), out)
    assert job is not None  # on the window's runner
    qtbot.waitUntil(lambda: "FEC rows saved" in screen.outcome_label.text())
    assert job.result and out.read_text(encoding="utf-8").startswith("JournalCode|JournalLib|EcritureNum")


def test_an_overpaid_invoice_shows_a_credit_to_refund(qtbot: QtBot, screen: InvoicesScreen, billed: Engine) -> None:
    with unit_of_work(billed) as session:
        corrections.pay(session, "FLO-2026-0002", amount="216", method="cash")
        corrections.credit(session, "FLO-2026-0002", reason="closed", amount="7,20")
    screen.month_filter.set_month(Month(2026, 9))
    screen.refresh()
    qtbot.waitUntil(lambda: row_of(screen, "FLO-2026-0002").balance_cents == -720, timeout=10_000)
    screen.select_invoice(row_of(screen, "FLO-2026-0002").id)
    qtbot.waitUntil(lambda: "Credit to refund: €7.20" in screen.detail.totals.text())
    assert "-" not in screen.detail.totals.text().split("Credit to refund")[1]


@pytest.mark.usefixtures("french")
def test_run_warnings_name_the_member_in_french(qtbot: QtBot) -> None:
    text = InvoiceOutcomes().notice({"kind": "room_hours", "member": "FLO-0001 Marie Dupont", "quantity": "0.50"})
    assert text.startswith("FLO-0001 Marie Dupont\u00a0: 0,5 h de réservations de salle non facturées")
    assert "0.5" not in text


def test_close_check_and_archive_a_month_from_the_screen(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                                         recorded_dialogs, monkeypatch, tmp_path: Path) -> None:
    from telecentre_desk.billing.archive import verify_archive
    from telecentre_desk.ui import file_prompts

    fiscal = screen.invoice_actions.fiscal
    fiscal.verify_action.trigger()
    assert "the chain is intact" in screen.outcome_label.text()
    screen.month_filter.set_month(Month(2026, 10))  # issued on 1 October: September's invoices
    recorded_dialogs.answers.append(False)
    fiscal.close_action.trigger()
    assert "for good" in recorded_dialogs.questions[-1][1] and "closed" not in screen.outcome_label.text()
    recorded_dialogs.answers.append(True)
    fiscal.close_action.trigger()
    assert screen.outcome_label.text().startswith("October 2026 closed: €")
    out = tmp_path / "archive.zip"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_a, **_k: out)
    fiscal.archive_action.trigger()  # on the window's runner
    assert fiscal.archive_job is not None
    qtbot.waitUntil(lambda: screen.outcome_label.text().startswith("Archive of 2026-10 saved to"))
    assert verify_archive(out)["ok"] is True
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_the_fec_is_written_on_the_runner_and_a_failure_is_one_line(qtbot: QtBot, screen: InvoicesScreen,
                                                                    tmp_path: Path, recorded_dialogs) -> None:
    import datetime as dt

    from telecentre_desk.ui.operations.progress import OperationProgress

    store = screen._store
    progress = OperationProgress(store.runner)
    qtbot.addWidget(progress)
    said: list[tuple[str, bool]] = []
    store.runner.message.connect(lambda text, error: said.append((text, error)))
    out = tmp_path / "FEC.txt"
    job = screen.invoice_actions.fiscal.export_fec(dt.date(2026, 1, 1), dt.date(2026, 12, 31), out)
    assert job is not None and store.runner.job("files") is job  # not written on the UI thread
    assert progress.isVisible() and progress.label.text() == "Writing FEC.txt…"  # in the status bar, no dialog
    qtbot.waitUntil(lambda: not store.runner.busy())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not progress.isVisible() and said == []
    missing = tmp_path / "no such folder" / "FEC.txt"
    screen.invoice_actions.fiscal.export_fec(dt.date(2026, 1, 1), dt.date(2026, 12, 31), missing)
    qtbot.waitUntil(lambda: not store.runner.busy())
    assert len(said) == 1 and said[0][1]  # one red line, non-modal
    assert said[0][0].startswith("Writing FEC.txt: cannot write") and recorded_dialogs.errors == []
    assert not missing.exists() and not missing.parent.exists()
