"""The month's settlement between places, on the roaming November of ``roaming_engine`` (conftest).

Visit-days (a member's local day at the visited place with an arrival):
- FLO -> MAR: Marie on the 1st (00:30 local, 23:30 UTC on 31 October), the 5th (two arrivals) and the
  30th (23:30 local); not 31 October 23:50 nor 1 December 00:10, nor the withdrawn 10th: 3 days, 4 arrivals.
  FLO's rule is home: FLO owes MAR 3 x 12,00 = 36,00.
- FLO -> LAN: Jean on the 3rd: FLO owes LAN 1 x 8,00 = 8,00 (the home place's rule decides).
- MAR -> FLO: Paul on the 3rd and the 4th: MAR's rule is home: MAR owes FLO 2 x 15,00 = 30,00.
- LAN -> FLO: Léa on the 26th, LAN -> MAR: Léa on the 6th: LAN's rule is visited: nothing owed.
Balances: FLO/LAN FLO owes 8,00; FLO/MAR 36,00 - 30,00 = FLO owes MAR 6,00; LAN/MAR nothing.
"""

from __future__ import annotations

import csv
import io
import sqlite3

from sqlalchemy import Engine

from telecentre_desk.billing.month import Month
from telecentre_desk.common.spreadsheet import sheet_text
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.network.export import settlement_rows
from telecentre_desk.network.settlement import Settlement, settlement

NOVEMBER = Month(2026, 11)


def settle(engine: Engine, month: Month = NOVEMBER) -> Settlement:
    with unit_of_work(engine) as session:
        return settlement(dbapi(session), month)


def test_pairs_by_hand(roaming_engine: Engine) -> None:
    result = settle(roaming_engine)
    assert [(p.home, p.visited, p.members, p.visits, p.visit_days, p.rate_cents, p.rule, p.amount_cents, p.reason)
            for p in result.pairs] == [
        ("FLO", "LAN", 1, 1, 1, 800, "home", 800, "home_bills"),
        ("FLO", "MAR", 1, 4, 3, 1200, "home", 3600, "home_bills"),
        ("LAN", "FLO", 1, 1, 1, 1500, "visited", 0, "visited_bills"),
        ("LAN", "MAR", 1, 1, 1, 1200, "visited", 0, "visited_bills"),
        ("MAR", "FLO", 1, 2, 2, 1500, "home", 3000, "home_bills"),
    ]
    assert [(p.debtor, p.creditor) for p in result.pairs] == [
        ("FLO", "LAN"), ("FLO", "MAR"), (None, None), (None, None), ("MAR", "FLO")]
    assert result.warnings == []


def test_net_balance_of_each_pair_of_places(roaming_engine: Engine) -> None:
    balances = settle(roaming_engine).balances
    assert [(b.place_a, b.place_b, b.a_owes_b_cents, b.b_owes_a_cents, b.debtor, b.creditor, b.net_cents)
            for b in balances] == [
        ("FLO", "LAN", 800, 0, "FLO", "LAN", 800),
        ("FLO", "MAR", 3600, 3000, "FLO", "MAR", 600),
        ("LAN", "MAR", 0, 0, None, None, 0),
    ]


def test_money_is_a_string_with_a_dot_in_json(roaming_engine: Engine) -> None:
    data = settle(roaming_engine).to_json()
    assert data["month"] == "2026-11"
    assert data["pairs"][1] == {
        "home": "FLO", "home_name": "Télécentre de Florac", "visited": "MAR", "visited_name": "Télécentre de Marvejols",
        "members": 1, "visits": 4, "visit_days": 3, "rate": "12.00", "rule": "home", "amount": "36.00",
        "reason": "home_bills", "debtor": "FLO", "creditor": "MAR"}
    assert data["balances"][1] == {"place_a": "FLO", "place_b": "MAR", "a_owes_b": "36.00", "b_owes_a": "30.00",
                                   "debtor": "FLO", "creditor": "MAR", "net": "6.00"}


def test_a_visited_place_without_rate_gives_no_amount_and_a_warning(roaming_engine: Engine, db_path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("UPDATE place SET network_day_rate_cents = NULL WHERE code = 'MAR'")
    conn.close()
    result = settle(roaming_engine)
    flo_mar = result.pairs[1]
    assert (flo_mar.amount_cents, flo_mar.reason, flo_mar.debtor) == (None, "no_rate", None)
    assert result.warnings == ["FLO -> MAR: 3 visit-day(s) not valued: MAR has no network day rate"]
    assert flo_mar.to_json()["amount"] is None and flo_mar.to_json()["rate"] is None


def test_another_month_and_an_empty_one(roaming_engine: Engine) -> None:
    october = settle(roaming_engine, Month(2026, 10))
    assert [(p.home, p.visited, p.visit_days, p.amount_cents) for p in october.pairs] == [("FLO", "MAR", 1, 1200)]
    empty = settle(roaming_engine, Month(2027, 3))
    assert (empty.pairs, empty.balances, empty.warnings) == ([], [], [])


def test_csv_for_the_accountant_in_french(roaming_engine: Engine) -> None:
    text = sheet_text(settlement_rows(settle(roaming_engine)))
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Règlement entre lieux", "2026-11"]
    header = rows[2]
    flo_mar = dict(zip(header, rows[4], strict=True))
    assert flo_mar["Lieu d'origine"] == "Télécentre de Florac (FLO)"
    assert (flo_mar["Jours de visite"], flo_mar["Tarif réseau (€ HT)"], flo_mar["Montant (€ HT)"]) == (
        "3", "12,00", "36,00")
    assert (flo_mar["Débiteur"], flo_mar["Créancier"]) == ("FLO", "MAR")
    lan_flo = dict(zip(header, rows[5], strict=True))
    assert lan_flo["Montant (€ HT)"] == "0,00"
    assert lan_flo["Motif"].startswith("le lieu visité facture lui-même ses visiteurs")
    start = rows.index(["Soldes nets"])
    assert rows[start + 3][:7] == ["FLO", "MAR", "36,00", "30,00", "FLO", "MAR", "6,00"]
