"""Migrations: from the first revision to head with the data kept, a backup first, newer refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from telecentre_desk.audit import service as audit
from telecentre_desk.common.errors import DatabaseError
from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrate import alembic_config, head_revision, open_database
from telecentre_desk.db.models import AuditEntry, Member, metadata
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members


def _build_at_first_revision(path: Path) -> None:
    engine = make_engine(path)
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "0001_initial")
    engine.dispose()


def test_first_revision_upgrades_to_head_keeping_the_data(db_path: Path) -> None:
    _build_at_first_revision(db_path)
    # Data as the first revision's app wrote it: plain SQL against that schema, not today's models.
    stamp = "2026-01-05 09:00:00.000000"
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO place (uid, origin, created_at, updated_at, code, name, is_local, vat_regime,"
            " timezone, opening_hours) VALUES ('11111111-1111-4111-8111-111111111111', 'FLO', ?, ?, 'FLO',"
            " 'Télécentre de Florac', 1, 'standard', 'Europe/Paris', 'mon-fri 08:00-19:00')", (stamp, stamp))
        raw.execute(
            "INSERT INTO member (uid, origin, created_at, updated_at, place_id, number, first_name,"
            " last_name, email, category, status) VALUES ('22222222-2222-4222-8222-222222222222', 'FLO',"
            " ?, ?, 1, 1, 'Élodie', 'Thévenot', 'elodie@example.fr', 'freelancer', 'active')", (stamp, stamp))
        raw.execute("INSERT INTO audit_entry (at, actor, action) VALUES (?, 'cli', 'member.add')", (stamp,))
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)

    engine = open_database(db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    with unit_of_work(engine) as session:
        kept = members.get_member(session, "FLO-0001")
        assert (kept.id, kept.first_name, kept.last_name, kept.email) == (
            "22222222-2222-4222-8222-222222222222", "Élodie", "Thévenot", "elodie@example.fr")
        assert session.exec(select(Member.kind)).one() == "member"  # 0003's default for existing rows
        assert [a.action for a in session.exec(select(AuditEntry)).all()] == ["member.add"]
    backups = list((db_path.parent / "backups").glob("desk-before-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:  # the backup is the database as it was before
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert copy.execute("SELECT first_name FROM member").fetchall() == [("Élodie",)]
    engine.dispose()


def test_head_schema_matches_the_models(engine) -> None:
    # Autogenerate against the migrated database finds nothing to do: models and migrations agree.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_audit_log_is_append_only_after_upgrade(engine) -> None:
    with unit_of_work(engine) as session:
        audit.record(session, actor="host", action="override", details={"reason": "badge forgotten"})
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entry SET actor = 'someone else'")
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_entry")
    with unit_of_work(engine) as session:
        assert [a.actor for a in audit.recent(session)] == ["host"]


def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Télécentre Desk"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_opening_an_up_to_date_database_makes_no_backup(db_path: Path) -> None:
    open_database(db_path).dispose()
    open_database(db_path).dispose()
    assert not (db_path.parent / "backups").exists()


def test_the_fast_path_knows_the_real_head() -> None:
    from telecentre_desk.db.migrations import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
