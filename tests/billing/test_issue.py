"""Issuing: legal identity checked, a continuous series even through a crash, issued rows frozen."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from telecentre_desk.billing import drafts, issue
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Invoice
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places


def _drafts(engine: Engine, month: str = "2026-11") -> None:
    with unit_of_work(engine) as session:
        drafts.run_month(session, Month.parse(month))


def test_numbers_follow_each_other_by_member(billing: Engine) -> None:
    _drafts(billing)
    with unit_of_work(billing) as session:
        numbers = issue.issue_month(session, dt.date(2026, 11, 1))
    assert numbers == ["FLO-2026-0001", "FLO-2026-0002", "FLO-2026-0003", "FLO-2026-0004", "FLO-2026-0005"]
    _drafts(billing, "2026-12")
    with unit_of_work(billing) as session:
        assert issue.issue_month(session, dt.date(2026, 12, 1))[0] == "FLO-2026-0006"
        first = session.exec(select(Invoice).where(Invoice.number == "FLO-2026-0001")).one()
        assert (first.issue_date, first.due_date) == (dt.date(2026, 11, 26), dt.date(2026, 12, 26))
        assert '"legal_form": "Association loi 1901"' in first.seller_snapshot


def test_missing_identity_is_listed(billing: Engine) -> None:
    _drafts(billing)
    with unit_of_work(billing) as session:
        places.edit_place(session, siret="", vat_number="")
    with pytest.raises(ValidationError, match=r"the SIRET number .*; the intra-EU VAT number") as err, \
            unit_of_work(billing) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    assert err.value.field == "place"
    # In words, with where to fill them in: no internal field name, no shell command.
    assert "siret" not in err.value.message and "vat_number" not in err.value.message
    assert "telecentre-desk" not in err.value.message and "Place › Edit place details" in err.value.message
    with unit_of_work(billing) as session:
        assert session.exec(select(Invoice).where(Invoice.status == "issued")).all() == []


def test_issued_invoices_are_frozen_by_the_database(billing: Engine) -> None:
    _drafts(billing)
    with unit_of_work(billing) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    for sql in ("UPDATE invoice SET total_incl_vat_cents = 1 WHERE number = 'FLO-2026-0001'",
                "DELETE FROM invoice WHERE number = 'FLO-2026-0001'",
                "UPDATE invoice_line SET unit_price_cents = 1",
                "DELETE FROM invoice_line",
                "INSERT INTO invoice_line (uid, origin, created_at, updated_at, invoice_id, position, description, "
                "quantity_milli, unit_price_cents, vat_rate_bp, total_excl_vat_cents, manual) VALUES "
                "('x', 'FLO', 'x', 'x', 1, 9, 'x', 1000, 1, 0, 1, 0)",
                "UPDATE invoice_series SET last_number = 1"):
        with pytest.raises(IntegrityError, match=r"cannot be|never goes back"), billing.begin() as conn:
            conn.exec_driver_sql(sql)
    with pytest.raises(ValidationError, match="already issued"), unit_of_work(billing) as session:
        issue.issue(session, issue.invoice_row(session, "FLO-2026-0001"))


CRASHER = """
import os, signal, sys, datetime as dt
from telecentre_desk.billing import issue
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
real = issue.issue
count = {"n": 0}
def crashing(session, invoice, **kw):
    count["n"] += 1
    if count["n"] == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # the power goes in the middle of the batch
    return real(session, invoice, **kw)
issue.issue = crashing
with unit_of_work(open_database(sys.argv[1])) as session:
    issue.issue_month(session, dt.date(2026, 11, 1))
"""


def test_a_crash_mid_batch_leaves_no_gap(billing: Engine, db_path: Path) -> None:
    _drafts(billing)
    billing.dispose()
    child = subprocess.run([sys.executable, "-c", CRASHER, str(db_path)], capture_output=True, text=True,
                           timeout=60, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    with unit_of_work(billing) as session:
        assert session.exec(select(Invoice).where(Invoice.status == "issued")).all() == []  # all or nothing
        numbers = issue.issue_month(session, dt.date(2026, 11, 1))
    assert numbers[0] == "FLO-2026-0001"
    assert os.path.exists(db_path)
