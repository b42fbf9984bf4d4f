"""The audit log names nobody, stays append-only, and lets exactly one redaction through."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.exc import IntegrityError

from telecentre_desk.audit import service as audit
from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrate import alembic_config, open_database
from telecentre_desk.db.uow import unit_of_work


def test_upgrade_scrubs_names_from_existing_entries(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "0008_invoice_credit_index")
        conn.exec_driver_sql(
            "INSERT INTO audit_entry (at, actor, action, entity, entity_uid, details) VALUES "
            "('2026-11-01 10:00:00', 'cli', 'member.add', 'member', 'u1', "
            "'{\"number\": 7, \"name\": \"Marie Dupont\"}'), "
            "('2026-11-02 10:00:00', 'cli', 'member.edit', 'member', 'u1', "
            "'{\"before\": {\"email\": \"m@example.org\", \"category\": \"student\"}, \"after\": {\"email\": null}}')")
    engine.dispose()
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        rows = [d for (d,) in conn.execute("SELECT details FROM audit_entry ORDER BY id")]
    assert rows == ['{"number": 7, "name": "<personal>"}',
                    '{"before": {"email": "<personal>", "category": "student"}, "after": {"email": null}}']


def test_new_entries_are_scrubbed_and_redaction_is_the_only_change(engine) -> None:
    with unit_of_work(engine) as session:
        audit.record(session, actor="host", action="member.edit", entity="member", entity_uid="u1",
                     details={"after": {"first_name": "Marie", "phone": "06 12 34 56 78"}, "reason": "typo"})
    with sqlite3.connect(engine.url.database) as conn:
        assert conn.execute("SELECT details FROM audit_entry").fetchone()[0] == (
            '{"after": {"first_name": "<personal>", "phone": "<personal>"}, "reason": "typo"}')
    refused = ["UPDATE audit_entry SET actor = 'x'", "DELETE FROM audit_entry",
               "UPDATE audit_entry SET details = '{}'",  # an edit without the redaction mark
               "UPDATE audit_entry SET details = '{}', redacted_at = '2026-11-26', action = 'other'"]
    for sql in refused:
        with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entry SET details = '{}', redacted_at = ?",
                             (str(dt.datetime(2026, 11, 26)),))
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:  # once only
        conn.exec_driver_sql("UPDATE audit_entry SET details = '{\"x\": 1}', redacted_at = '2026-11-27'")


def test_things_keep_their_names(engine) -> None:
    with unit_of_work(engine) as session:
        audit.record(session, actor="host", action="space.add", entity="space", entity_uid="s1",
                     details={"name": "Salle Tarnon", "capacity": 8})
    with sqlite3.connect(engine.url.database) as conn:
        assert conn.execute("SELECT details FROM audit_entry").fetchone()[0] == (
            '{"name": "Salle Tarnon", "capacity": 8}')
