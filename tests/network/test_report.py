"""The network report on a hand-made week, every figure worked out by hand below.

Period Monday 2 to Sunday 8 November 2026. Half-day limit: Florac's (4 h by default).

FLO Télécentre de Florac (local, 48400 Florac), open mon-fri, 2 desks. Its own presence (visit_day):
  Marie (FLO) Mon 480 min, Tue 180 (half), Sat 300 (a closed day); Jean (FLO) Mon 240 (half), 2 visits;
  Paul (MAR) Tue 480. -> visits 6, people 3, person-days 1+0.5+1+0.5+1 = 4, 1680 min = 28 h,
  5 open days, occupied Mon min(2,2) + Tue min(2,2) = 4 -> 4 / (2 x 5) = 0.4.
MAR Télécentre de Marvejols (48100), mon-fri, closed Wed 4, 4 desks. network_day:
  Paul Mon 480, Wed 480, Thu 200 (half); Marie Thu 480; Léa Thu 60 (half).
  -> visits 5, people 3, person-days 4, 1700 min = 28.33 h, 4 open days, occupied Mon 1 + Thu 3 = 4 -> 0.25.
LAN Comptoir de Langogne (48300), tue-sat, 2 desks: Léa Tue 300 (2 visits), Sat 480; Paul Sat 480.
  -> visits 4, people 2, person-days 3, 1260 min = 21 h, 5 open days, occupied Tue 1 + Sat 2 = 3 -> 0.3.
FLC Médiathèque de Florac (48400 Florac), every day, desks unknown: Marie Sun 120 (half), Jean Wed 300.
  -> visits 2, people 2, person-days 1.5, 420 min = 7 h, 7 open days, rate None.
Commune 48400 Florac = FLO + FLC: visits 8, people 3 (Marie, Jean, Paul), person-days 5.5, 35 h,
  open days 7 (any of the two open), desks 2 (FLC unknown), rate 4 / (2 x 5) = 0.4.
Network: visits 17, people 4, person-days 12.5, 5060 min = 84.33 h, open days 7, desks 8,
  occupied 4 + 4 + 3 = 11 of 10 + 16 + 10 = 36 -> 0.3056.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import Engine

from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.network.report import NetworkReport, network_report
from telecentre_desk.occupancy.stats import occupancy_report
from telecentre_desk.places import service as places
from telecentre_desk.spaces import service as spaces
from tests.network.conftest import (
    add_closure,
    add_local_day,
    add_member,
    add_network_day,
    add_place,
    local_member,
    place_id,
)

MON, SUN = dt.date(2026, 11, 2), dt.date(2026, 11, 8)


def day(n: int) -> dt.date:
    return dt.date(2026, 11, n)


@pytest.fixture
def week(network_engine: Engine) -> Engine:
    with unit_of_work(network_engine) as session:
        places.edit_place(session, opening_hours="mon-fri 08:30-18:30")
        spaces.add_space(session, name="Open space", kind="open_space", capacity=2)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
        members.add_member(session, first_name="Marie", last_name="Dupont")
        members.add_member(session, first_name="Jean", last_name="Martin")
        marie, jean = local_member(session, 1), local_member(session, 2)
        flo = marie.place_id
        mar, lan = place_id(session, "MAR"), place_id(session, "LAN")
        add_place(session, "FLC", "Médiathèque de Florac", postcode="48400", city="Florac",
                        opening_hours="mon-sun 10:00-12:00")
        add_closure(session, mar, day(4), day(4))
        paul = add_member(session, mar, 7, "Paul", "R.")
        lea = add_member(session, lan, 3, "Léa", "B.")
        add_local_day(session, marie, flo, day(2), minutes=480)
        add_local_day(session, marie, flo, day(3), minutes=180)
        add_local_day(session, marie, flo, day(7), minutes=300)
        add_local_day(session, jean, flo, day(2), visits=2, minutes=240)
        add_local_day(session, paul, flo, day(3), minutes=480)
        add_local_day(session, jean, flo, day(1), minutes=480)  # Sunday 1st: before the period
        for who, n, minutes in ((paul, 2, 480), (paul, 4, 480), (paul, 5, 200), (marie, 5, 480), (lea, 5, 60)):
            add_network_day(session, "MAR", day(n), who.uid, minutes=minutes)
        add_network_day(session, "MAR", day(9), paul.uid, minutes=480)  # Monday 9th: after the period
        add_network_day(session, "LAN", day(3), lea.uid, visits=2, minutes=300)
        add_network_day(session, "LAN", day(7), lea.uid, minutes=480)
        add_network_day(session, "LAN", day(7), paul.uid, minutes=480)
        add_network_day(session, "FLC", day(8), marie.uid, minutes=120)
        add_network_day(session, "FLC", day(4), jean.uid, minutes=300)
    return network_engine


def report(engine: Engine) -> NetworkReport:
    with unit_of_work(engine) as session:
        return network_report(dbapi(session), start=MON, end=SUN)


def figures(f) -> tuple:
    return (f.visits, f.unique_users, f.person_days, f.hours, f.open_days, f.desks, f.occupied_desk_days,
            f.occupancy_rate)


def test_each_place_by_hand(week: Engine) -> None:
    result = report(week)
    by_code = {p.code: p for p in result.places}
    assert [p.code for p in result.places] == ["FLO", "LAN", "FLC", "MAR"]  # local first, then by name
    assert figures(by_code["FLO"].figures) == (6, 3, 4.0, 28.0, 5, 2, 4, 0.4)
    assert figures(by_code["MAR"].figures) == (5, 3, 4.0, 28.33, 4, 4, 4, 0.25)
    assert figures(by_code["LAN"].figures) == (4, 2, 3.0, 21.0, 5, 2, 3, 0.3)
    assert figures(by_code["FLC"].figures) == (2, 2, 1.5, 7.0, 7, None, 0, None)
    assert by_code["FLO"].local and not by_code["MAR"].local
    assert result.warnings == ["FLC: no desk count known: left out of the occupancy rates"]
    assert (result.half_day_minutes, result.half_day_place) == (240, "FLO")


def test_communes_and_the_network_count_a_person_once(week: Engine) -> None:
    result = report(week)
    assert [(c.label, c.places) for c in result.communes] == [
        ("48400 Florac", ("FLO", "FLC")), ("48300 Langogne", ("LAN",)), ("48100 Marvejols", ("MAR",))]
    assert figures(result.communes[0].figures) == (8, 3, 5.5, 35.0, 7, 2, 4, 0.4)
    assert figures(result.total) == (17, 4, 12.5, 84.33, 7, 8, 11, 0.3056)


def test_the_local_place_reads_as_its_own_occupancy_report(week: Engine) -> None:
    """Same visits, people, person-days, hours, desks and open days as `report occupancy` for Florac."""
    result = report(week)
    with unit_of_work(week) as session:
        own = occupancy_report(dbapi(session), start=MON, end=SUN)
    flo = result.places[0].figures
    assert (flo.visits, flo.unique_users, flo.person_days, flo.hours, flo.desks, flo.open_days) == (
        own.totals.visits, own.totals.unique_members, own.totals.person_days, own.totals.hours, own.desks,
        own.open_days)


def test_the_half_day_limit_is_the_local_places_for_every_place(week: Engine, db_path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("INSERT INTO place_setting (place_id, key, value) VALUES (1, 'desk.policies', "
                 "'{\"halfday_max_hours\": 3}')")
    conn.close()
    result = report(week)
    by_code = {p.code: p.figures for p in result.places}
    assert result.half_day_minutes == 180
    assert by_code["FLO"].person_days == 4.5  # Jean's Monday (240 min) is now a whole day
    assert by_code["MAR"].person_days == 4.5  # and so is Paul's Thursday at Marvejols (200 min)
    assert by_code["LAN"].person_days == 3.0


def test_a_period_with_nobody_says_so_and_divides_by_nothing(network_engine: Engine) -> None:
    with unit_of_work(network_engine) as session:
        result = network_report(dbapi(session), start=dt.date(2026, 11, 7), end=dt.date(2026, 11, 8))
    assert result.empty
    assert figures(result.total) == (0, 0, 0.0, 0.0, 1, 6, 0, 0.0)  # LAN opens on Saturdays; its 2 desks free
    flo = result.places[0].figures
    assert (flo.open_days, flo.desks, flo.occupancy_rate) == (0, 0, None)  # no desk, no open day: "—"


def test_unreadable_opening_hours_are_reported_not_fatal(week: Engine, db_path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("UPDATE place SET opening_hours = 'every other day' WHERE code = 'LAN'")
    conn.close()
    result = report(week)
    lan = next(p for p in result.places if p.code == "LAN")
    assert (lan.figures.visits, lan.figures.open_days, lan.figures.occupancy_rate) == (4, 0, None)
    assert "LAN: opening hours 'every other day' cannot be read: no open day counted" in result.warnings


def test_json_names_every_figure(week: Engine) -> None:
    data = report(week).to_json()
    assert (data["from"], data["to"], data["half_day_minutes"]) == ("2026-11-02", "2026-11-08", 240)
    assert data["total"] == {"visits": 17, "unique_users": 4, "person_days": 12.5, "hours": 84.33, "open_days": 7,
                             "desks": 8, "occupied_desk_days": 11, "occupancy_rate": 0.3056}
    assert data["places"][0]["code"] == "FLO" and data["places"][0]["city"] == "Florac"
    assert data["communes"][0]["places"] == ["FLO", "FLC"]


def test_csv_reads_in_french_with_the_notes(week: Engine) -> None:
    import csv
    import io

    from telecentre_desk.network.export import report_csv

    rows = list(csv.reader(io.StringIO(report_csv(report(week))), delimiter=";"))
    assert rows[1] == ["Période", "02/11/2026", "08/11/2026"]
    assert rows[2] == ["Demi-journée", "au plus 4 h (réglage du lieu FLO, appliqué à tous les lieux)"]
    header = rows[5]
    flo = dict(zip(header, rows[6], strict=True))
    assert (flo["Lieu"], flo["Code postal"], flo["Jours-personnes"], flo["Taux d'occupation (%)"]) == (
        "Télécentre de Florac", "48400", "4,0", "40,0")
    flc = dict(zip(header, rows[8], strict=True))
    assert (flc["Code"], flc["Postes"], flc["Taux d'occupation (%)"]) == ("FLC", "", "")  # unknown, not zero
    total = rows[rows.index(["Par commune"]) - 2]
    assert total[0] == "Total réseau" and total[4:] == ["17", "4", "12,5", "84,3", "7", "8", "11", "30,6"]
    assert rows[-1] == ["FLC : nombre de postes inconnu : ce lieu n'entre pas dans les taux d'occupation"]
