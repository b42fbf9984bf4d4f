"""Look at a database file without SQLAlchemy: is it ours, current, set up? Used for a fast first paint.

The window reads its first screen through a read-only DB-API connection when the database is at
the app's schema revision; anything else (new file, older schema, not SQLite) takes the full path
through ``migrate.open_database``, which explains or fixes it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from telecentre_desk.db.engine_pragmas import SQLITE_HEADER
from telecentre_desk.db.migrations import HEAD_REVISION


def read_connection(path: Path) -> sqlite3.Connection | None:
    """A read-only connection when ``path`` is a current database with its place set up, else None."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        has_place = conn.execute("SELECT 1 FROM place WHERE is_local").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    if version != (HEAD_REVISION,) or has_place is None:
        conn.close()
        return None
    return conn
