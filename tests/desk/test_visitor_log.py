"""The visitor log: who, whose guest, when, how long; searchable; written for French Excel."""

from __future__ import annotations

import datetime as dt

from telecentre_desk.common.spreadsheet import read_sheet
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.desk.holders import holder_for
from telecentre_desk.members.visitors import register_visitor
from telecentre_desk.plans import service as plans
from telecentre_desk.reports.visitor_log import read_visitor_log, write_visitor_log
from tests.desk.conftest import local

DAY = dt.date(2026, 11, 26)


def test_visitors_and_guests_are_logged_and_found(desk, tmp_path) -> None:
    with unit_of_work(desk.engine) as session:
        plans.add_plan(session, code="JOUR", name="Pass journée", kind="day", price="15")
        lucie = holder_for(session, register_visitor(session, first_name="Lucie", last_name="Vidal", day=DAY,
                                                     pass_code="JOUR").id)
        hugo = holder_for(session, register_visitor(session, first_name="Hugo", last_name="Morel", day=DAY,
                                                    guest_of="1").id)
    desk.front.check_in_member(lucie, at=local(2026, 11, 26, 9, 0))
    desk.front.check_in_member(hugo, at=local(2026, 11, 26, 10, 0))
    desk.front.check_in_member(lucie, at=local(2026, 11, 26, 12, 30))
    desk.scan("Marie", local(2026, 11, 26, 9, 5))  # a member: not in the visitor log
    with unit_of_work(desk.engine) as session:
        conn = dbapi(session)
        log = read_visitor_log(conn, start=DAY, end=DAY)
        assert [(v.first_name, v.kind, v.guest_of, v.minutes) for v in log] == [
            ("Lucie", "visitor", None, 210), ("Hugo", "guest", "Marie Dupont (FLO-0001)", None)]
        assert [v.first_name for v in read_visitor_log(conn, start=DAY, end=DAY, search="dupont")] == ["Hugo"]
        assert [v.first_name for v in read_visitor_log(conn, start=DAY, end=DAY, search="vidal")] == ["Lucie"]
        assert read_visitor_log(conn, start=DAY + dt.timedelta(days=1), end=DAY + dt.timedelta(days=1)) == []
        assert write_visitor_log(conn, tmp_path / "visiteurs.csv", start=DAY, end=DAY) == 2
    sheet = read_sheet(tmp_path / "visiteurs.csv")
    assert sheet.delimiter == ";" and sheet.header[-1] == "Invité de"
    assert sheet.rows[0].cell(3) == "3,5" or sheet.rows[0].cell(3) == "3,50"  # 3 h 30, a decimal comma
    assert sheet.rows[0].cell(8) == "" and sheet.rows[1].cell(8) == "Marie Dupont (FLO-0001)"
