"""The Sell… dialog at the front desk: invoiced now and printed, on the month's draft, to a new visitor."""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlmodel import select

from telecentre_desk.billing.info import read_invoices
from telecentre_desk.db.models import Invoice, Subscription
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.frontdesk import sale_print
from telecentre_desk.ui.frontdesk.presence_model import PresenceColumn
from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog
from tests.ui.frontdesk.conftest import Desk

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def shop(desk: Desk) -> Desk:
    with unit_of_work(desk.engine) as session:  # what an invoice must show, and an extra on sale
        places.edit_place(session, legal_form="Association loi 1901", vat_number="FR40303265045")
        plans.add_plan(session, code="CAFE", name="Café", kind="extra", price="1", vat_rate="10")
    return desk


def open_sale(desk: Desk) -> SaleDialog:
    desk.qtbot.mouseClick(desk.screen.sell_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: desk.screen.findChild(SaleDialog) is not None)
    return desk.screen.findChild(SaleDialog)


def close(dialog: SaleDialog) -> None:
    """The host closes the dialog: none is left open for the next test."""
    dialog.reject()
    dialog.deleteLater()


def choose(dialog: SaleDialog, product: str) -> None:
    index = dialog.product.findText(product, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, product
    dialog.product.setCurrentIndex(index)


def invoices(desk: Desk):
    with unit_of_work(desk.engine) as session:
        return read_invoices(dbapi(session), today=TODAY, with_lines=True)


def test_a_carnet_sold_now_to_the_member_just_scanned_then_printed_and_saved(shop: Desk, tmp_path: Path,
                                                                            monkeypatch) -> None:
    shop.scan("Chloé")
    dialog = open_sale(shop)
    assert dialog.member.text() == "Chloé Thévenot — FLO-0002"  # the last member at the scanner
    assert [dialog.product.itemText(i) for i in range(dialog.product.count())] == [
        "Carnet 10 jours — 120,00\xa0€ excl. VAT", "Pass journée — 15,00\xa0€ excl. VAT",
        "Café — 1,00\xa0€ excl. VAT"]  # no monthly plan at the desk
    choose(dialog, "Carnet 10 jours")
    assert dialog.now.isChecked() and dialog.quantity.maximum() == 10
    dialog.quantity.setValue(2)
    assert dialog.total.text() == "288,00\xa0€ incl. VAT (240,00\xa0€ + VAT 48,00\xa0€)"
    dialog.payment.setCurrentIndex(dialog.payment.findData("card"))
    shop.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert "Invoice FLO-2026-0001 issued</b> for Chloé Thévenot<br>2 × Carnet 10 jours — acheté le 26/11/2026<br>" \
        "Total: 288,00\xa0€ — paid: 288,00\xa0€" in dialog.done_text.text()
    [sold] = invoices(shop)
    assert (sold.number, sold.status, sold.total_incl_vat_cents) == ("FLO-2026-0001", "paid", 28800)
    with unit_of_work(shop.engine) as session:
        carnets = session.exec(select(Subscription).where(Subscription.start_date == TODAY)).all()
        assert [s.remaining_half_days for s in carnets] == [20, 20]

    printed = tmp_path / "printed.pdf"

    def printer_to_file(_parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(sale_print, "ask_printer", printer_to_file)
    shop.qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # drawn on the window's runner
    shop.qtbot.waitUntil(lambda: printed.exists() and not dialog._store.runner.busy())
    assert len(PdfReader(printed).pages) == 1
    saved = tmp_path / "Facture.pdf"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: saved)
    shop.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shop.qtbot.waitUntil(lambda: "Saved:" in dialog.done_text.text())
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    assert "FLO-2026-0001" in reader.pages[0].extract_text() and "factur-x.xml" in reader.attachments
    shop.qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    shop.qtbot.waitUntil(lambda: not dialog.isVisible())


def test_on_the_months_invoice_nothing_is_paid_now(shop: Desk) -> None:
    dialog = open_sale(shop)
    dialog.member.setText("Marie Dupont — FLO-0001")
    choose(dialog, "Café")
    dialog.quantity.setValue(3)
    dialog.monthly.setChecked(True)
    assert not dialog.payment.isEnabled()
    assert dialog.total.text() == "3,30\xa0€ incl. VAT (3,00\xa0€ + VAT 0,30\xa0€)"
    shop.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    shop.qtbot.waitUntil(lambda: not dialog.isVisible())
    [draft] = invoices(shop)
    assert (draft.number, draft.status, draft.period_start) == (None, "draft", dt.date(2026, 11, 1))
    assert [(line.description, line.quantity, line.manual) for line in draft.lines] == [("Café", 3, True)]


def test_a_new_visitor_buys_a_day_pass_and_is_checked_in(shop: Desk) -> None:
    dialog = open_sale(shop)
    dialog.to_visitor.setChecked(True)
    choose(dialog, "Pass journée")
    assert dialog.quantity.maximum() == 1
    assert not dialog.sell_button.isEnabled()  # a visitor needs a name
    dialog.first_name.setText("Inès")  # keyClicks knows ASCII only
    dialog.last_name.setText("Passante")
    dialog.payment.setCurrentIndex(dialog.payment.findData("cash"))
    shop.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    assert "Invoice FLO-2026-0001 issued</b> for Inès Passante<br>1 × Pass journée — 26/11/2026<br>" \
        "Total: 18,00\xa0€ — paid: 18,00\xa0€" in dialog.done_text.text()
    model = shop.screen.presence_table.model()
    names = [model.index(r, PresenceColumn.NAME).data() for r in range(model.rowCount())]
    assert names == ["Inès Passante"]
    close(dialog)


def test_the_invoice_pdf_is_drawn_on_the_runner_and_a_failure_is_said_on_the_dialog(
        shop: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_dialogs) -> None:
    dialog = open_sale(shop)
    dialog.to_visitor.setChecked(True)
    choose(dialog, "Pass journée")
    dialog.first_name.setText("Ines")
    dialog.last_name.setText("Passante")
    shop.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    runner = dialog._store.runner
    missing = tmp_path / "gone" / "Facture.pdf"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: missing)
    shop.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert runner.busy("files") and runner.job("files").operation.label == "Writing Facture.pdf…"
    shop.qtbot.waitUntil(lambda: not runner.busy())
    assert dialog.done_text.text().count("Not done: cannot write") == 1  # one line, where the host looks
    assert recorded_dialogs.errors == [] and not missing.parent.exists()
    close(dialog)


def test_a_refused_sale_is_said_in_the_dialog_and_nothing_is_written(desk: Desk) -> None:
    dialog = open_sale(desk)  # the place lacks its legal form: no invoice can be issued
    dialog.member.setText("Jean Martin — FLO-0003")
    choose(dialog, "Pass journée")
    desk.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    assert "the legal form" in dialog.general_error.text() and "legal_form" not in dialog.general_error.text()
    with unit_of_work(desk.engine) as session:
        assert session.exec(select(Invoice)).all() == []
    dialog.member.setText("Nobody")
    desk.qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_text("member") == "Choose the member in the list."
    close(dialog)


def test_the_shortcut_opens_the_dialog(shop: Desk) -> None:
    shop.qtbot.keyClick(shop.screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                        | Qt.KeyboardModifier.ShiftModifier)
    shop.qtbot.waitUntil(lambda: shop.screen.findChild(SaleDialog) is not None)
    close(shop.screen.findChild(SaleDialog))
