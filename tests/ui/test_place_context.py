"""The Store holds one place context: zone, today() at the place, hours, closures; read again after a change."""

from __future__ import annotations

import datetime as dt

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
