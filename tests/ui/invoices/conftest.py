"""Four members billed since September 2026 (today is Thursday 26 November 2026, frozen):

- September, issued on 1 October (due 31 October): FLO-2026-0001 Marie paid in full; FLO-2026-0002 Paul
  unpaid, so overdue; FLO-2026-0003 Léa credited whole by FLO-AV-2026-0001 (so settled); FLO-2026-0004
  Hugo paid 100 € of 216 €, overdue;
- October, issued on 2 November (due 2 December): FLO-2026-0005 to 0008, unpaid, not yet due;
- November: four drafts. Each member is on "Résident mois", 180 € HT + 20 % = 216 € a month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.billing import corrections, drafts, issue
from telecentre_desk.billing.listing import month_draft_ids
from telecentre_desk.billing.month import Month
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.models import Invoice
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import i18n
from telecentre_desk.ui.invoices.screen import InvoicesScreen
from telecentre_desk.ui.store import Store

MEMBERS = ("Marie", "Paul", "Léa", "Hugo")


def issue_month(engine: Engine, month: Month, on: dt.date) -> list[str]:
    with unit_of_work(engine) as session:
        ids = month_draft_ids(dbapi(session), month)
        return [issue.issue(session, session.get(Invoice, pk), on=on).number for pk in ids]


@pytest.fixture
def billed(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, legal_form="Association loi 1901", vat_number="FR40303265045")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        for first in MEMBERS:
            members.add_member(session, first_name=first, last_name="Test", plan_code="MOIS",
                               start=dt.date(2026, 9, 1), address="1 rue du Pont", postcode="48400", city="Florac")
    for month in ("2026-09", "2026-10", "2026-11"):
        with unit_of_work(place_engine) as session:
            drafts.run_month(session, Month.parse(month))
    issue_month(place_engine, Month(2026, 9), dt.date(2026, 10, 1))
    issue_month(place_engine, Month(2026, 10), dt.date(2026, 11, 2))
    with unit_of_work(place_engine) as session:
        corrections.pay(session, "FLO-2026-0001", amount="216", method="transfer", on=dt.date(2026, 10, 12))
        corrections.credit(session, "FLO-2026-0003", reason="billed by mistake", on=dt.date(2026, 10, 15))
        corrections.pay(session, "FLO-2026-0004", amount="100", method="cash", on=dt.date(2026, 10, 20))
    return place_engine


@pytest.fixture
def screen(qtbot: QtBot, billed: Engine) -> InvoicesScreen:
    widget = InvoicesScreen(Store(billed))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Amounts and dates in US English whatever the machine's locale (the French tests switch on purpose)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The window as run_gui sets it up on a French system: Qt's translators and the core's catalogue."""
    translations = i18n.install(qapp, "fr")
    core_i18n.set_language("fr")
    yield
    translations.remove(qapp)
