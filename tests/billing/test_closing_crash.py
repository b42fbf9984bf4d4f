"""kill -9 in the middle of a closing or of an archive: all or nothing."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from telecentre_desk.billing import drafts, issue
from telecentre_desk.billing.month import Month
from telecentre_desk.billing.verify import verify
from telecentre_desk.db.uow import dbapi, unit_of_work

CRASHER = """
import os, signal, sys, datetime as dt
from pathlib import Path
from telecentre_desk.audit import fiscal
from telecentre_desk.billing import archive, closing
from telecentre_desk.common import clock
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
clock.set_clock(lambda: dt.datetime(2026, 12, 5, 9, tzinfo=dt.UTC))
what, db, out = sys.argv[1], sys.argv[2], sys.argv[3]
engine = open_database(db)
if what == "close":
    real = fiscal.record
    def crashing(session, **kw):  # the closing row and its link are written: the power goes now
        os.kill(os.getpid(), signal.SIGKILL)
    fiscal.record = crashing
    with unit_of_work(engine) as session:
        closing.close_month(session, "2026-11")
else:
    with unit_of_work(engine) as session:
        closing.close_month(session, "2026-11")
    os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # the archive's bytes written, not yet renamed
    with unit_of_work(engine) as session:
        archive.write_archive(session, "2026-11", Path(out))
"""


def _issued(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        drafts.run_month(session, Month.parse("2026-11"))
        issue.issue_month(session, dt.date(2026, 11, 1))


def _crash(what: str, db_path: Path, out: Path) -> None:
    child = subprocess.run([sys.executable, "-c", CRASHER, what, str(db_path), str(out)], capture_output=True,
                           text=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]


def test_a_kill_during_a_closing_leaves_no_closing(billing: Engine, db_path: Path, tmp_path: Path) -> None:
    _issued(billing)
    billing.dispose()
    _crash("close", db_path, tmp_path / "unused.zip")
    with unit_of_work(billing) as session:
        conn = dbapi(session)
        assert conn.execute("SELECT count(*) FROM fiscal_closing").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM fiscal_chain WHERE doc_type = 'closing'").fetchone() == (0,)
        assert verify(conn).ok


def test_a_kill_during_an_archive_leaves_no_archive(billing: Engine, db_path: Path, tmp_path: Path) -> None:
    _issued(billing)
    billing.dispose()
    out = tmp_path / "FLO-2026-11.zip"
    _crash("archive", db_path, out)
    assert not out.exists()  # the half-written file never took the archive's name
    with unit_of_work(billing) as session:
        conn = dbapi(session)
        assert conn.execute("SELECT count(*) FROM fiscal_closing").fetchone() == (1,)  # the closing committed before
        assert conn.execute("SELECT count(*) FROM fiscal_event WHERE action = 'archive'").fetchone() == (0,)
        assert verify(conn).ok


def test_a_database_from_before_the_chain_is_sealed_at_its_next_document(billing: Engine) -> None:
    """Invoices issued before migration 0009 have no link: the first new document seals them, in order."""
    _issued(billing)
    with billing.begin() as conn:  # what an upgraded database looks like: issued invoices, an empty chain
        for name in ("fiscal_chain_no_delete", "fiscal_event_no_delete"):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DELETE FROM fiscal_chain")
        conn.exec_driver_sql("DELETE FROM fiscal_event")
    with unit_of_work(billing) as session:
        before = verify(dbapi(session))
        assert not before.ok and before.reason == "issued but not in the chain"
        from telecentre_desk.billing import corrections

        corrections.pay(session, "FLO-2026-0001", amount="10", method="cash")
    with unit_of_work(billing) as session:
        after = verify(dbapi(session))
        issued = dbapi(session).execute("SELECT count(*) FROM invoice WHERE status = 'issued'").fetchone()[0]
    assert after.first_broken is None and after.documents == issued + 1
    assert after.missing_triggers == ["fiscal_chain_no_delete", "fiscal_event_no_delete"]  # and the drop shows
