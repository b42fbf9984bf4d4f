"""The quick reader opens only a current, set-up database; everything else takes the full path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from telecentre_desk.db.quick import read_connection
from telecentre_desk.members.listing import list_members
from telecentre_desk.places.info import read_local_place
from tests.conftest import FROZEN_NOW


def test_current_database_with_a_place(place_engine: Engine, db_path: Path) -> None:
    conn = read_connection(db_path)
    assert conn is not None
    assert read_local_place(conn).code == "FLO"
    assert list_members(conn, today=FROZEN_NOW.date()) == []
    conn.close()


def test_everything_else_is_none(engine: Engine, db_path: Path, tmp_path: Path) -> None:
    assert read_connection(db_path) is None  # migrated, but no place yet: the setup comes first
    assert read_connection(tmp_path / "missing.sqlite") is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert read_connection(tmp_path / "text.sqlite") is None
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO place (uid, origin, created_at, updated_at, code, name, is_local, vat_regime,"
                    " timezone, opening_hours) VALUES ('u', 'FLO', 'x', 'x', 'FLO', 'F', 1, 'standard', 'UTC', '')")
        raw.execute("UPDATE alembic_version SET version_num = '0002_audit_append_only'")
    assert read_connection(db_path) is None  # an older schema: migrate first


def test_the_quick_modules_do_not_load_sqlalchemy() -> None:
    code = ("import sys; import telecentre_desk.db.quick, telecentre_desk.members.listing, "
            "telecentre_desk.places.info, telecentre_desk.plans.info, telecentre_desk.db.enums, "
            "telecentre_desk.common.enums; "
            "sys.exit(1 if any(m.startswith(('sqlalchemy', 'sqlmodel')) for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
