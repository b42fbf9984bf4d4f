"""The Store holds one place context: zone, today() at the place, hours, closures; read again after a change."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from telecentre_desk.common import clock
from telecentre_desk.places import service as places
from telecentre_desk.ui.store import Store


def test_the_store_gives_the_places_zone_and_today(store: Store) -> None:
    ctx = store.place
    assert ctx.code == "FLO"
    assert ctx.tz.key == "Europe/Paris"
    clock.set_clock(lambda: dt.datetime(2026, 11, 26, 23, 30, tzinfo=dt.UTC))  # 00:30 the next day in Florac
    assert ctx.today() == dt.date(2026, 11, 27)


def test_a_change_of_zone_reaches_the_context(store: Store) -> None:
    assert store.place.tz.key == "Europe/Paris"
    assert store.run(lambda s: places.edit_place(s, timezone="America/Cayenne"), parent_widget=None).ok
    assert store.place.tz.key == "America/Cayenne"


def test_screens_open_on_the_places_day_not_a_fallback_zone(qtbot: QtBot, store: Store) -> None:
    from telecentre_desk.ui.bookings.screen import BookingsScreen
    from telecentre_desk.ui.network.settlement_tab import SettlementTab

    assert store.run(lambda s: places.edit_place(s, timezone="America/Cayenne"), parent_widget=None).ok
    clock.set_clock(lambda: dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC))  # still 30 November, 22:00, in Cayenne
    bookings = BookingsScreen(store)
    qtbot.addWidget(bookings)
    assert bookings.current_day == dt.date(2026, 11, 30)  # Paris's day (1 December) before
    settlement = SettlementTab(store)
    qtbot.addWidget(settlement)
    assert settlement.month_edit.date().toPython() == dt.date(2026, 11, 1)
