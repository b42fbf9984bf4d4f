"""The member card: identity, plan and its change (the CLI's rules), carnet, badge, visits, invoices."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.billing import drafts, issue
from telecentre_desk.billing.month import Month
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.members.card_dialog import MemberCardDialog
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.store import Store


@pytest.fixture
def place(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, legal_form="Association loi 1901", vat_number="FR40303265045")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="NOMADE", name="Nomade", kind="monthly", price="110")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="100", units=10)
        # Invoiced members have a postal address (CGI art. 242 nonies A).
        members.add_member(session, first_name="Marie", last_name="Dupont", email="marie@example.org",
                           plan_code="MOIS", start=dt.date(2026, 11, 1), address="3 rue du Pont", postcode="48400",
                           city="Florac")
        members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="C10",
                           start=dt.date(2026, 11, 1), address="1 quai Pasteur", postcode="48400", city="Florac")
    return place_engine


def open_card(qtbot: QtBot, store: Store, name: str) -> tuple[MembersScreen, MemberCardDialog]:
    screen = MembersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    uid = next(m.id for m in screen.shown_members() if m.first_name == name)
    assert screen.select_member(uid)
    assert screen.card_action.isEnabled()
    screen.card_action.trigger()
    card = screen.card_dialog
    assert isinstance(card, MemberCardDialog) and card.isVisible()
    return screen, card


def subscriptions(card: MemberCardDialog) -> list[tuple[str, str, str]]:
    table = card.subscriptions
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def test_the_card_shows_the_member_and_changes_the_plan(qtbot: QtBot, store: Store, place: Engine) -> None:
    _screen, card = open_card(qtbot, store, "Marie")
    assert "Marie Dupont" in card.header.text() and "FLO-0001" in card.header.text()
    assert card.identity_labels["email"].text() == "marie@example.org"
    assert card.identity_labels["badge"].text() == "none"
    assert card.plan_now.text() == "Monthly plan: Résident mois"
    assert [card.new_plan.itemData(i) for i in range(card.new_plan.count())] == ["MOIS", "NOMADE"]  # monthly only
    card.new_plan.setCurrentIndex(card.new_plan.findData("NOMADE"))
    card.change_on.setDate(QDate(2026, 11, 26))  # today
    with qtbot.waitSignal(store.changed):
        qtbot.mouseClick(card.change_button, Qt.MouseButton.LeftButton)
    assert card.plan_now.text() == "Monthly plan: Nomade"
    assert subscriptions(card) == [("Nomade (NOMADE)", "26/11/2026", ""),
                                   ("Résident mois (MOIS)", "01/11/2026", "25/11/2026")]
    assert card.change_on.date() == QDate(2026, 11, 26)  # the host's date is kept after the refresh
    card.close()


def test_a_change_inside_an_invoiced_month_is_refused_with_the_way_out(qtbot: QtBot, store: Store,
                                                                       place: Engine) -> None:
    with unit_of_work(place) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(place) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    _screen, card = open_card(qtbot, store, "Marie")
    assert card.invoices.rowCount() == 1 and card.invoices.item(0, 0).text() == "FLO-2026-0001"
    before = subscriptions(card)
    assert not card.change_plan("NOMADE", dt.date(2026, 11, 20))
    assert card.change_error.isVisible()
    text = card.change_error.text()
    assert text.startswith("A plan change dated 20/11/2026 falls in 11/2026")  # a capital, and the month
    assert "issue a credit note for FLO-2026-0001 first" in text
    assert "Invoices, select that invoice, then Credit note" in text  # the way out, in the window
    assert subscriptions(card) == before  # nothing moved
    assert card.change_plan("NOMADE", dt.date(2026, 12, 1))  # from the next month: accepted
    assert not card.change_error.isVisible()
    assert subscriptions(card)[0] == ("Nomade (NOMADE)", "01/12/2026", "")
    card.close()


def test_a_carnet_balance_and_a_plan_sold_from_the_card(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen, card = open_card(qtbot, store, "Chloé")
    assert card.plan_now.text() == "Monthly plan: none\nCarnet: 20 half day(s) left"
    qtbot.mouseClick(card.sell_button, Qt.MouseButton.LeftButton)
    sale = screen.sale_dialog
    assert sale is not None and sale.isVisible()
    assert sale.member.chosen_uid() == card.card.member.id  # type: ignore[union-attr]
    sale.close()
    card.close()


def test_the_visitor_log_finds_a_guest_and_exports(qtbot: QtBot, store: Store, place: Engine, tmp_path,
                                                   monkeypatch) -> None:
    from telecentre_desk.desk.frontdesk import FrontDesk
    from telecentre_desk.desk.holders import holder_for
    from telecentre_desk.members.visitors import register_visitor
    from telecentre_desk.ui import file_prompts

    with unit_of_work(place) as session:
        guest = holder_for(session, register_visitor(session, first_name="Hugo", last_name="Morel",
                                                     day=dt.date(2026, 11, 26), guest_of="1").id)
    front = FrontDesk(place)
    front.check_in_member(guest, at=dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC))
    front.close()
    screen = MembersScreen(store)
    qtbot.addWidget(screen)
    screen.visitor_log_action.trigger()
    log = screen.visitor_log_dialog
    assert log.table.rowCount() == 1
    assert log.table.item(0, 5).text() == "Marie Dupont (FLO-0001)"
    log.search.setText("nobody")
    assert log.table.rowCount() == 0
    log.search.setText("dupont")  # found by whose guest they are
    assert log.table.rowCount() == 1
    monkeypatch.setattr(file_prompts, "save_file", lambda *args: tmp_path / "visiteurs.csv")
    log.export_button.click()
    assert "Hugo" in (tmp_path / "visiteurs.csv").read_text(encoding="utf-8-sig")
    log.close()


def test_the_card_shows_visits_at_the_places_time_not_the_computers(qtbot: QtBot, store: Store, place: Engine,
                                                                     computer_in_new_york) -> None:
    from telecentre_desk.desk.frontdesk import FrontDesk
    from telecentre_desk.desk.holders import holder_for

    with unit_of_work(place) as session:
        marie = holder_for(session, "1")
    front = FrontDesk(place)
    front.check_in_member(marie, at=dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC))  # 09:30 in Florac
    front.close()
    _screen, card = open_card(qtbot, store, "Marie")
    assert [card.visits.item(0, c).text() for c in (0, 2)] == ["26/11/2026", "09:30"]  # not New York's 03:30
    card.close()
