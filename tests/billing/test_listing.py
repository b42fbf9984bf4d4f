"""The Invoices screen's list read: statuses derived in SQL agree with the CLI's read model, balances, months."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from telecentre_desk.billing import corrections, drafts, issue
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.listing import list_invoices, list_members_brief, month_draft_ids, read_detail
from telecentre_desk.billing.month import Month
from telecentre_desk.db.models import Invoice
from telecentre_desk.db.uow import dbapi, unit_of_work

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def history(billing: Engine) -> Engine:
    """October issued on 1 October (due 31 October), November drafted; payments and credits on October."""
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-10"))
        for pk in month_draft_ids(dbapi(session), Month(2026, 10)):  # Léa 0001, Hugo 0002
            issue.issue(session, session.get(Invoice, pk), on=dt.date(2026, 10, 1))
        drafts.run_month(session, Month.parse("2026-11"))
    return billing


def test_statuses_and_balances_agree_with_the_cli_read_model(history: Engine) -> None:
    with unit_of_work(history) as session:
        corrections.pay(session, "FLO-2026-0001", amount="50", method="cash", on=dt.date(2026, 10, 5))
        corrections.credit(session, "FLO-2026-0002", reason="mistake", on=dt.date(2026, 10, 6))
    with unit_of_work(history) as session:
        conn = dbapi(session)
        rows = list_invoices(conn, today=TODAY)
        cli = {info.number or info.id: info for info in read_invoices(conn, today=TODAY)}
        uids = dict(conn.execute("SELECT id, uid FROM invoice"))
        members = list_members_brief(conn)
    assert len(rows) == len(cli) and {r.status for r in rows} == {"draft", "overdue", "paid", "issued"}
    for row in rows:
        info = cli[row.number or uids[row.id]]
        assert (row.status, row.total_incl_vat_cents) == (info.status, info.total_incl_vat_cents)
        assert members[row.member_id].number == int(info.member_number.split("-")[1])
    by_number = {r.number: r for r in rows}
    léa = by_number["FLO-2026-0001"]
    assert (léa.status, léa.balance_cents) == ("overdue", léa.total_incl_vat_cents - 50_00)
    hugo = by_number["FLO-2026-0002"]
    assert (hugo.status, hugo.balance_cents) == ("paid", 0)  # wholly credited
    note = by_number["FLO-AV-2026-0001"]
    assert (note.kind, note.status, note.balance_cents, note.period_start) == (
        "credit_note", "issued", 0, "2026-10-01")  # listed in its invoice's month


def test_a_month_and_a_status(history: Engine) -> None:
    with unit_of_work(history) as session:
        conn = dbapi(session)
        november = list_invoices(conn, today=TODAY, month=Month(2026, 11))
        october = list_invoices(conn, today=TODAY, month=Month(2026, 10))
        overdue = list_invoices(conn, today=TODAY, status="overdue")
        # Before its due date the same invoice is only issued.
        early = list_invoices(conn, today=dt.date(2026, 10, 31), month=Month(2026, 10))
        draft_ids = month_draft_ids(conn, Month(2026, 11))
    assert {r.status for r in november} == {"draft"} and {r.number for r in november} == {None}
    assert sorted(r.id for r in november) == sorted(draft_ids)
    assert {r.number for r in october} == {"FLO-2026-0001", "FLO-2026-0002"}
    assert {r.number for r in overdue} == {"FLO-2026-0001", "FLO-2026-0002"}
    assert {r.status for r in early} == {"issued"}


def test_the_detail_has_lines_payments_and_credits(history: Engine) -> None:
    with unit_of_work(history) as session:
        corrections.pay(session, "FLO-2026-0002", amount="10", method="card", on=dt.date(2026, 10, 7),
                        reference="TPE 42")
        corrections.credit(session, "FLO-2026-0002", reason="a day closed", amount="12")
    with unit_of_work(history) as session:
        conn = dbapi(session)
        rows = {r.number: r for r in list_invoices(conn, today=TODAY)}
        hugo = read_detail(conn, rows["FLO-2026-0002"].id)
        note = read_detail(conn, rows["FLO-AV-2026-0001"].id)
        assert read_detail(conn, 999_999) is None
    assert [(p.paid_on, p.amount_cents, p.method, p.reference) for p in hugo.payments] == [
        (dt.date(2026, 10, 7), 10_00, "card", "TPE 42")]
    assert hugo.credit_notes == [("FLO-AV-2026-0001", 12_00)]
    assert hugo.due_date == dt.date(2026, 10, 31) and hugo.lines and hugo.credited_number is None
    assert note.credited_number == "FLO-2026-0002" and note.payments == []
