"""From the Invoices screen: run the month, edit and issue drafts, record payments, credit notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing.month import Month
from telecentre_desk.db.models import Invoice, InvoiceLine, Payment
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.ui.invoices.credit_dialog import CreditDialog
from telecentre_desk.ui.invoices.line_dialog import LineDialog
from telecentre_desk.ui.invoices.month_dialog import MonthDialog
from telecentre_desk.ui.invoices.payment_dialog import PaymentDialog
from telecentre_desk.ui.invoices.screen import InvoicesScreen
from telecentre_desk.ui.invoices.table_model import InvoiceColumn


def row_of(screen: InvoicesScreen, number: str | None, member: int | None = None):
    return next(r for r in screen.model.visible_rows()
                if r.number == number and (member is None or screen.model.member_text(r).startswith(
                    f"FLO-{member:04d}")))


def wait_idle(qtbot: QtBot, screen: InvoicesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.invoice_actions.busy, timeout=20_000)


def dialog_of(qtbot: QtBot, screen: InvoicesScreen, kind: type):
    qtbot.waitUntil(lambda: screen.findChild(kind) is not None)
    return screen.findChild(kind)


def invoices(engine: Engine) -> list[tuple[str | None, str, str]]:
    """(number, status, kind) of every invoice, by id."""
    with unit_of_work(engine) as session:
        return [(i.number, i.status, i.kind) for i in session.exec(select(Invoice).order_by(Invoice.id)).all()]


def test_issuing_the_selected_draft_gives_it_the_next_number(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                                             recorded_dialogs) -> None:
    screen.select_invoice(row_of(screen, None, member=2).id)
    assert screen.invoice_actions.issue_action.isEnabled() and not screen.invoice_actions.pay_action.isEnabled()
    recorded_dialogs.answers.append(True)
    screen.invoice_actions.issue_action.trigger()
    wait_idle(qtbot, screen)
    title, question = recorded_dialogs.questions[0]
    assert title == "Issue invoices" and "FLO-0002 Paul Test" in question and "never be changed" in question
    row = screen.current_row()
    assert row.number == "FLO-2026-0009" and row.status == "issued"  # after October's 0005-0008
    assert screen.model.index(screen.model.row_of(row.id), InvoiceColumn.STATUS).data() == "Issued"
    assert screen.outcome_label.text() == "Invoice FLO-2026-0009 issued."
    assert [n for n, s, _k in invoices(billed) if s == "draft"] == [None] * 3


def test_saying_no_issues_nothing(qtbot: QtBot, screen: InvoicesScreen, billed: Engine, recorded_dialogs) -> None:
    screen.table.selectAll()
    recorded_dialogs.answers.append(False)
    screen.invoice_actions.issue_action.trigger()
    assert "Issue the 4 selected drafts?" in recorded_dialogs.questions[0][1]
    assert not screen.invoice_actions.busy
    assert sum(1 for _n, s, _k in invoices(billed) if s == "draft") == 4


def test_running_the_month_from_the_screen(qtbot: QtBot, screen: InvoicesScreen, billed: Engine) -> None:
    screen.invoice_actions.run_month_action.trigger()
    dialog = dialog_of(qtbot, screen, MonthDialog)
    assert dialog.month == Month(2026, 11)
    dialog.edit.setDate(dialog.edit.date().addMonths(1))
    dialog.accept()
    wait_idle(qtbot, screen)
    assert screen.month_filter.month == Month(2026, 12)
    assert screen.model.rowCount() == 4 and all(r.number is None for r in screen.model.visible_rows())
    assert screen.outcome_label.text() == "December 2026: 4 drafts; 0 issued invoices left as they were."


def test_a_cancelled_run_changes_nothing(qtbot: QtBot, screen: InvoicesScreen, billed: Engine) -> None:
    from PySide6.QtCore import Qt

    worker = screen.invoice_actions.run_month(Month(2026, 12))
    assert worker is not None
    # Stop as the second member is reached, from the worker's own thread: a deterministic point.
    worker.progressed.connect(lambda done, _total: worker.cancel() if done == 2 else None,
                              Qt.ConnectionType.DirectConnection)
    wait_idle(qtbot, screen)
    assert screen.outcome_label.text() == "Run of December 2026 cancelled: nothing was changed."
    with unit_of_work(billed) as session:
        assert session.exec(select(Invoice).where(Invoice.period_start == dt.date(2026, 12, 1))).all() == []


def test_adding_and_deleting_a_line_of_a_draft(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                               recorded_dialogs) -> None:
    draft = row_of(screen, None, member=1)
    screen.select_invoice(draft.id)
    screen.invoice_actions.add_line_action.trigger()
    dialog = dialog_of(qtbot, screen, LineDialog)
    dialog.description.setText("Impressions couleur")
    dialog.quantity.setText("-2")
    dialog.unit_price.setText("0,35")
    dialog.accept()
    assert dialog.isVisible() and "more than 0" in dialog.errors.error_text("quantity")
    dialog.quantity.setText("120")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = screen.current_row()
    # 180 + 120 x 0,35 = 222 € HT; VAT on the sum: 44,40 €.
    assert (row.id, row.total_excl_vat_cents, row.vat_cents, row.total_incl_vat_cents) == (
        draft.id, 222_00, 44_40, 266_40)
    lines = screen.detail.lines_model
    assert lines.rowCount() == 2 and lines.index(1, 0).data() == "Impressions couleur"
    screen.detail.lines.selectRow(0)  # the plan's line: not deleted by hand
    assert not screen.invoice_actions.delete_line_action.isEnabled()
    screen.detail.lines.selectRow(1)
    assert screen.invoice_actions.delete_line_action.isEnabled()
    recorded_dialogs.answers.append(True)
    screen.invoice_actions.delete_line_action.trigger()
    assert screen.current_row().total_excl_vat_cents == 180_00
    with unit_of_work(billed) as session:
        assert len(session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == draft.id)).all()) == 1


def test_discarding_drafts(qtbot: QtBot, screen: InvoicesScreen, billed: Engine, recorded_dialogs) -> None:
    screen.select_invoice(row_of(screen, None, member=3).id)
    recorded_dialogs.answers.append(True)
    screen.invoice_actions.discard_action.trigger()
    assert "Discard the draft" in recorded_dialogs.questions[0][1]
    assert screen.model.rowCount() == 3
    assert screen.outcome_label.text() == "Draft discarded."


def test_a_payment_makes_the_invoice_paid_and_an_excess_becomes_credit(qtbot: QtBot, screen: InvoicesScreen,
                                                                       billed: Engine) -> None:
    screen.month_filter.set_month(Month(2026, 9))
    screen.select_invoice(row_of(screen, "FLO-2026-0004").id)
    screen.invoice_actions.pay_action.trigger()
    dialog = dialog_of(qtbot, screen, PaymentDialog)
    assert dialog.amount.text() == "116.00"  # what is due, with the locale's decimal mark
    dialog.amount.setText("abc")
    dialog.accept()
    assert "is not an amount" in dialog.errors.error_text("amount")
    dialog.amount.setText("120")
    dialog.method.setCurrentIndex(dialog.method.findData("cheque"))
    dialog.reference.setText("chèque 1234567")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = screen.current_row()
    assert row.number == "FLO-2026-0004" and row.status == "paid" and row.balance_cents == 0
    assert screen.model.index(screen.model.row_of(row.id), InvoiceColumn.STATUS).data() == "Paid"
    assert screen.outcome_label.text() == "€116.00 recorded on FLO-2026-0004; €4.00 kept as the member's credit"
    with unit_of_work(billed) as session:
        paid = session.exec(select(Payment).where(Payment.reference == "chèque 1234567")).all()
        kept = session.exec(select(Payment).where(Payment.invoice_id.is_(None))).all()
    assert [(p.amount_cents, p.method) for p in paid] == [(116_00, "cheque")]
    assert [(p.amount_cents, p.reference) for p in kept] == [(4_00, "trop-perçu sur FLO-2026-0004")]
    assert not screen.invoice_actions.pay_action.isEnabled()  # paid: nothing more to record here


def test_a_partial_credit_note_from_the_screen(qtbot: QtBot, screen: InvoicesScreen, billed: Engine,
                                              recorded_dialogs) -> None:
    screen.month_filter.set_month(Month(2026, 10))
    screen.select_invoice(row_of(screen, "FLO-2026-0005").id)
    screen.invoice_actions.credit_action.trigger()
    dialog = dialog_of(qtbot, screen, CreditDialog)
    dialog.partial.setChecked(True)
    dialog.amount.setText("36")
    dialog.accept()
    assert "needs its reason" in dialog.errors.error_text("reason")
    assert not dialog.ok_button.isEnabled() and not dialog.ok_button.isDefault()  # Enter never issues it
    dialog.amount.setText("300")
    dialog.reason.setText("two days closed")
    recorded_dialogs.answers.append(True)
    dialog.accept()
    assert "more than what remains to credit" in dialog.errors.error_text("amount")
    dialog.amount.setText("36")
    recorded_dialogs.answers.append(False)  # the second confirmation, answered No: nothing issued
    dialog.accept()
    assert dialog.isVisible() and "two days closed" in recorded_dialogs.questions[-1][1]
    recorded_dialogs.answers.append(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    note = screen.current_row()
    assert (note.number, note.kind, note.total_incl_vat_cents, note.vat_cents) == (
        "FLO-AV-2026-0002", "credit_note", 36_00, 6_00)
    original = row_of(screen, "FLO-2026-0005")
    assert original.balance_cents == 216_00 - 36_00 and original.status == "issued"
    assert screen.outcome_label.text() == "Credit note FLO-AV-2026-0002 issued."


def test_unlawful_drafts_are_listed_with_their_fix_before_any_question(qtbot: QtBot, screen: InvoicesScreen,
                                                                        billed: Engine, recorded_dialogs) -> None:
    from telecentre_desk.members import service as members
    from telecentre_desk.places import service as places
    from telecentre_desk.ui.invoices.blockers_dialog import BlockersDialog
    from telecentre_desk.ui.members.member_dialog import MemberDialog
    from telecentre_desk.ui.places.place_dialog import PlaceDialog

    with unit_of_work(billed) as session:
        members.edit_member(session, "2", address=None)
        # A business registered before the SIREN rule (the service now refuses it): issuing still catches it.
        session.connection().exec_driver_sql("UPDATE member SET category = 'company' WHERE number = 3")
        places.edit_place(session, vat_number=None)
    screen.table.selectAll()
    screen.invoice_actions.issue_action.trigger()
    dialog = dialog_of(qtbot, screen, BlockersDialog)
    assert recorded_dialogs.questions == []  # nothing asked, nothing numbered
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "Paul Test</b> (FLO-0002): no postal address" in shown
    assert "a business customer without its SIREN" in shown and "intra-EU VAT number" in shown
    assert "vat_number" not in shown
    assert sum(1 for _n, s, _k in invoices(billed) if s == "draft") == 4
    dialog.place_button.click()
    place_dialog = dialog_of(qtbot, dialog, PlaceDialog)
    place_dialog.reject()
    dialog.member_buttons[next(iter(dialog.member_buttons))].click()
    member_dialog = dialog_of(qtbot, dialog, MemberDialog)
    member_dialog.edits["address"].setText("3 rue Basse")
    member_dialog.accept()
    dialog.close()
    with unit_of_work(billed) as session:
        assert members.get_member(session, "2").address == "3 rue Basse"
