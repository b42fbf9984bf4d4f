"""The Invoices screen lists what the database holds, filters it, and its model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.billing.month import Month
from telecentre_desk.ui.invoices.screen import InvoicesScreen
from telecentre_desk.ui.invoices.table_model import InvoiceColumn
from telecentre_desk.ui.store import Store

NB = "\u00a0"  # before € in French
NNB = "\u202f"  # the French thousands separator


def cells(screen: InvoicesScreen, *columns: InvoiceColumn) -> list[tuple[str, ...]]:
    model = screen.model
    return [tuple(model.index(row, c).data() for c in columns) for row in range(model.rowCount())]


def show_month(screen: InvoicesScreen, month: str) -> None:
    screen.month_filter.set_month(Month.parse(month))


@pytest.mark.usefixtures("french")
def test_a_french_manager_reads_numbers_amounts_and_statuses_in_french(qtbot: QtBot, billed: Engine) -> None:
    screen = InvoicesScreen(Store(billed))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    # It opens on the current month: November's four drafts.
    assert screen.month_filter.edit.text() == "novembre 2026"
    assert cells(screen, InvoiceColumn.NUMBER, InvoiceColumn.MEMBER, InvoiceColumn.STATUS) == [
        ("brouillon", "FLO-0001 Marie Test", "Brouillon"), ("brouillon", "FLO-0002 Paul Test", "Brouillon"),
        ("brouillon", "FLO-0003 Léa Test", "Brouillon"), ("brouillon", "FLO-0004 Hugo Test", "Brouillon")]
    assert screen.model.headerData(InvoiceColumn.EXCL_VAT, Qt.Orientation.Horizontal) == "HT"
    show_month(screen, "2026-09")
    assert cells(screen, InvoiceColumn.NUMBER, InvoiceColumn.DATE, InvoiceColumn.PERIOD, InvoiceColumn.EXCL_VAT,
                 InvoiceColumn.VAT, InvoiceColumn.INCL_VAT, InvoiceColumn.STATUS, InvoiceColumn.BALANCE) == [
        ("FLO-2026-0001", "01/10/2026", "septembre 2026", f"180,00{NB}€", f"36,00{NB}€", f"216,00{NB}€", "Payée",
         f"0,00{NB}€"),
        ("FLO-2026-0002", "01/10/2026", "septembre 2026", f"180,00{NB}€", f"36,00{NB}€", f"216,00{NB}€",
         "En retard", f"216,00{NB}€"),
        ("FLO-2026-0003", "01/10/2026", "septembre 2026", f"180,00{NB}€", f"36,00{NB}€", f"216,00{NB}€", "Payée",
         f"0,00{NB}€"),
        ("FLO-2026-0004", "01/10/2026", "septembre 2026", f"180,00{NB}€", f"36,00{NB}€", f"216,00{NB}€",
         "En retard", f"116,00{NB}€"),
        # A credit note reads negative, as in the accountant's journal, and owes nothing.
        ("FLO-AV-2026-0001", "15/10/2026", "septembre 2026", f"-180,00{NB}€", f"-36,00{NB}€", f"-216,00{NB}€",
         "Avoir", ""),
    ]
    assert screen.count_label.text() == f"5 factures · 0 brouillons · dû{NB}: 332,00{NB}€"
    screen.month_filter.set_all(True)
    assert screen.model.rowCount() == 4 + 1 + 4 + 4
    due = sum((216_00 + 116_00, 4 * 216_00))
    assert screen.count_label.text().endswith(f"{due // 100 // 1000}{NNB}{due // 100 % 1000:03d},00{NB}€")


def test_the_status_and_search_filters(screen: InvoicesScreen) -> None:
    show_month(screen, "2026-09")
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("overdue"))
    assert cells(screen, InvoiceColumn.NUMBER, InvoiceColumn.STATUS) == [("FLO-2026-0002", "Overdue"),
                                                                          ("FLO-2026-0004", "Overdue")]
    assert screen.count_label.text().startswith("2 of 5 invoices")
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("credit_note"))
    assert cells(screen, InvoiceColumn.NUMBER) == [("FLO-AV-2026-0001",)]
    screen.status_filter.setCurrentIndex(0)
    screen.search.setText("hugo")
    assert cells(screen, InvoiceColumn.NUMBER) == [("FLO-2026-0004",)]
    screen.search.setText("LEA test")  # every word, any case, any accent
    assert cells(screen, InvoiceColumn.NUMBER) == [("FLO-2026-0003",), ("FLO-AV-2026-0001",)]
    screen.search.setText("av-2026")
    assert cells(screen, InvoiceColumn.NUMBER) == [("FLO-AV-2026-0001",)]
    screen.search.setText("nobody")
    assert screen.model.rowCount() == 0
    screen.search.clear()
    screen.month_filter.next.click()
    assert screen.month_filter.month == Month(2026, 10)
    assert cells(screen, InvoiceColumn.NUMBER, InvoiceColumn.STATUS) == [
        (f"FLO-2026-000{n}", "Issued") for n in range(5, 9)]
    screen.month_filter.set_all(True)
    assert not screen.month_filter.edit.isEnabled()
    assert screen.model.rowCount() == 13


def test_sorting_by_a_column_keeps_the_selected_invoice(screen: InvoicesScreen) -> None:
    screen.month_filter.set_all(True)
    assert screen.select_invoice(next(r.id for r in screen.model.visible_rows() if r.number == "FLO-2026-0004"))
    screen.table.sortByColumn(InvoiceColumn.BALANCE, Qt.SortOrder.DescendingOrder)
    balances = [r.balance_cents for r in screen.model.visible_rows()]
    assert balances == sorted(balances, reverse=True) and balances[0] == 216_00
    assert [r.number for r in screen.selected_rows()] == ["FLO-2026-0004"]
    screen.table.sortByColumn(InvoiceColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [r.number for r in screen.model.visible_rows()]
    assert numbers[:4] == [None] * 4 and numbers[4:] == sorted(numbers[4:])  # the drafts first
    assert screen.selected_invoice_ids() == [screen.current_row().id]
    assert screen.current_row().number == "FLO-2026-0004"


def test_the_model_passes_the_model_tester(screen: InvoicesScreen, qtmodeltester: ModelTester) -> None:
    screen.month_filter.set_all(True)
    qtmodeltester.check(screen.model)
    screen.model.sort(InvoiceColumn.INCL_VAT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(screen.model)


def test_the_detail_shows_lines_payments_and_credits(screen: InvoicesScreen) -> None:
    show_month(screen, "2026-09")
    rows = {r.number: r for r in screen.model.visible_rows()}
    screen.select_invoice(rows["FLO-2026-0004"].id)
    detail = screen.detail
    assert "FLO-2026-0004" in detail.title.text() and "Overdue" in detail.title.text()
    assert "Due on" in detail.facts.text()
    assert detail.lines_model.rowCount() == 1
    assert detail.lines_model.index(0, 0).data() == "Résident mois — septembre 2026"
    assert "by cash" in detail.payments.text()
    assert "Balance due" in detail.totals.text()
    screen.select_invoice(rows["FLO-2026-0003"].id)
    assert "Credit note FLO-AV-2026-0001" in detail.payments.text()
    screen.select_invoice(rows["FLO-AV-2026-0001"].id)
    assert "Credits invoice FLO-2026-0003" in detail.facts.text()


def test_public_api_for_the_composition_root(screen: InvoicesScreen, qtbot: QtBot) -> None:
    from PySide6.QtGui import QAction

    show_month(screen, "2026-10")
    screen.table.selectAll()
    ids = screen.selected_invoice_ids()
    assert len(ids) == 4 and ids == [r.id for r in screen.model.visible_rows()]
    sent: list[list[int]] = []
    mail = QAction("Send by email", screen)
    mail.triggered.connect(lambda: sent.append(screen.selected_invoice_ids()))
    screen.add_actions([mail])
    assert mail in screen.toolbar.actions() and mail in screen.actions()
    mail.trigger()
    assert sent == [ids]


@pytest.mark.usefixtures("french")
def test_on_a_small_screen_the_amounts_before_vat_give_way_to_the_member_and_what_is_due(qtbot: QtBot,
                                                                                      billed: Engine) -> None:
    screen = InvoicesScreen(Store(billed))
    qtbot.addWidget(screen)
    screen.resize(1366 - 200, 500)  # the screen's share of a 1366 px window (the navigation takes the rest)
    screen.show()
    qtbot.waitExposed(screen)
    table, header = screen.table, screen.table.horizontalHeader()
    assert not table.isColumnHidden(InvoiceColumn.EXCL_VAT) and not table.isColumnHidden(InvoiceColumn.VAT)
    screen.resize(1024 - 200, 500)  # a 1024 px laptop
    qtbot.waitUntil(lambda: table.isColumnHidden(InvoiceColumn.VAT))
    # Nothing behind a sideways scroll: the last column ends inside the view, the member keeps room for a name.
    last = header.sectionViewportPosition(InvoiceColumn.BALANCE) + header.sectionSize(InvoiceColumn.BALANCE)
    assert last <= table.viewport().width()
    assert header.sectionSize(InvoiceColumn.MEMBER) >= 150
    assert not table.isColumnHidden(InvoiceColumn.INCL_VAT) and not table.isColumnHidden(InvoiceColumn.STATUS)
    assert table.isColumnHidden(InvoiceColumn.PERIOD)  # one month listed: it is written above the list
    screen.month_filter.all_months.setChecked(True)
    assert not table.isColumnHidden(InvoiceColumn.PERIOD)  # all months: the period tells them apart
    screen.month_filter.all_months.setChecked(False)
    screen.resize(1366 - 200, 500)
    qtbot.waitUntil(lambda: not table.isColumnHidden(InvoiceColumn.EXCL_VAT) and
                    not table.isColumnHidden(InvoiceColumn.VAT))
