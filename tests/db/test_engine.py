"""The engine's pragmas and the clear refusals when a database cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from telecentre_desk.common.errors import DatabaseError
from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans


def test_every_connection_gets_the_durability_pragmas(engine: Engine) -> None:
    with engine.connect() as conn:
        values = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Liste des membres\n" * 100)
    with pytest.raises(DatabaseError, match="not a Télécentre Desk database"):
        open_database(path)
    assert path.read_bytes() == b"Liste des membres\n" * 100


def test_missing_folder_and_folder_as_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "desk.sqlite")
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_writing_to_a_read_only_database_gets_a_clear_message(db_path: Path) -> None:
    open_database(db_path).dispose()
    read_only = make_engine(db_path, read_only=True)
    with pytest.raises(DatabaseError, match="read-only"), unit_of_work(read_only) as session:
        places.init_place(session, code="FLO", name="Florac")
    read_only.dispose()


def test_a_full_disk_loses_nothing_already_saved(place_engine: Engine) -> None:
    # SQLite reports a full disk and a database at its page limit with the same SQLITE_FULL error.
    with pytest.raises(DatabaseError, match="disk is full"), unit_of_work(place_engine) as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
        session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")
        for n in range(2000):
            plans.add_plan(session, code=f"P{n}", name="x" * 100, kind="day", price="10")
    with unit_of_work(place_engine) as session:
        assert places.local_place(session).code == "FLO"
        assert plans.list_plans(session) == []


def test_a_locked_database_says_busy_instead_of_hanging(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "desk.sqlite"
    engine = open_database(path)
    monkeypatch.setattr("telecentre_desk.db.engine.BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        fresh = make_engine(path)
        with pytest.raises(DatabaseError, match="busy"), unit_of_work(fresh) as session:
            places.init_place(session, code="FLO", name="Florac")
        fresh.dispose()
    finally:
        blocker.rollback()
        blocker.close()
        engine.dispose()
    with unit_of_work(open_database(path)) as session:
        assert places.find_local(session) is None
