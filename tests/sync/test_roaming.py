"""A member of Florac works a day at Marvejols: from the scan to the month's settlement."""

from __future__ import annotations

import datetime as dt

from telecentre_desk.billing.month import Month
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.network.settlement import settlement
from telecentre_desk.sync.service import raw_connection

ARRIVAL = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC)
DEPARTURE = dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC)


def test_roaming_round_trip_from_scan_to_settlement(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    with mar.engine.begin() as conn:  # Marvejols charges 12,00 € HT a day to the network
        conn.exec_driver_sql("UPDATE place SET network_day_rate_cents = 1200 WHERE is_local")
    flo.export()
    mar.export()
    mar.import_()

    # At Marvejols' desk, with nothing but Florac's export to go by.
    arrived = mar.scan(flo.badges[chloe], at=ARRIVAL)
    assert arrived.decision == "in" and arrived.display_number == "FLO-0001"
    assert arrived.first_name == "Chloé" and arrived.plan_name == "Nomade mois"
    assert mar.scan(flo.badges[chloe], at=DEPARTURE).decision == "out"
    mar.export()

    # Back home, after the next sync: the visit is in Chloé's history...
    flo.import_()
    assert flo.all(
        "SELECT p.code, e.direction, e.ts FROM check_event AS e JOIN place AS p ON p.id = e.place_id "
        "JOIN member AS m ON m.id = e.member_id WHERE m.number = ? ORDER BY e.ts", chloe) == [
        ("MAR", "in", "2026-11-25 08:30:00.000000"), ("MAR", "out", "2026-11-25 16:00:00.000000")]
    # ...and in the month's settlement, seen the same way from both places.
    for place in (flo, mar):
        with raw_connection(place.engine) as conn:
            month = settlement(conn, Month(2026, 11))
        assert [(p.home, p.visited, p.visit_days, p.rate_cents, p.amount_cents, p.debtor) for p in month.pairs] == [
            ("FLO", "MAR", 1, 1200, 1200, "FLO")]
    # Florac bills the day to Chloé on her monthly invoice (the home place bills, the default rule).
    from telecentre_desk.billing import drafts

    with unit_of_work(flo.engine) as session:
        drafts.run_month(session, Month(2026, 11))
    lines = flo.all("SELECT l.description, l.total_excl_vat_cents FROM invoice_line AS l "
                    "JOIN invoice AS i ON i.id = l.invoice_id ORDER BY l.position")
    assert ("Accès réseau — Comptoir de Marvejols : 1 j", 1200) in [(d.replace("\u00a0", " "), c) for d, c in lines]


def test_the_members_history_shows_visits_at_every_place(network) -> None:
    from telecentre_desk.members.history import visit_history

    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    flo.scan(flo.badges[chloe], at=ARRIVAL - dt.timedelta(days=1))
    mar.scan(flo.badges[chloe], at=ARRIVAL)
    mar.scan(flo.badges[chloe], at=DEPARTURE)
    mar.export()
    flo.import_()
    member_id = flo.one("SELECT id FROM member WHERE number = ?", chloe)[0]
    with raw_connection(flo.engine) as conn:
        history = visit_history(conn, member_id)
    assert [(v.place_code, v.local, v.minutes) for v in history] == [("MAR", False, 450), ("FLO", True, None)]
    assert history[0].place_name == "Comptoir de Marvejols"
