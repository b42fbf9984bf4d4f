"""The one engine: SQLite with the pragmas that make a committed scan survive a power cut.

On every connection: foreign keys on, WAL journal, a busy timeout, and ``synchronous=FULL``.
In WAL mode FULL syncs the log at each commit, so a transaction reported as committed is on
disk even if the power goes right after; NORMAL would only survive an application crash
(docs/durability.md has the measurements and the reasoning).

pysqlite's own transaction handling is switched off (``isolation_level=None``) so that
SQLAlchemy's BEGIN is the real one: writes start with ``BEGIN IMMEDIATE`` to take the write
lock up front instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from telecentre_desk.common.errors import DatabaseError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.engine_pragmas import BUSY_TIMEOUT_MS, SQLITE_HEADER, SYNCHRONOUS

logger = logging.getLogger(__name__)



def check_database_file(path: Path) -> None:
    """Refuse, with a clear message, a path that cannot hold our database."""
    if path.is_dir():
        raise DatabaseError(_("{path} is a folder, not a database file").format(path=path))
    if not path.parent.is_dir():
        raise DatabaseError(_("the folder {path} does not exist: create it or choose another --db").format(
            path=path.parent))
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
        if header != SQLITE_HEADER:
            raise DatabaseError(_("{path} is not a Télécentre Desk database (not an SQLite file)").format(path=path))


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted and replaced rows are overwritten with zeros, not left in free space (RGPD erasure).
        cursor.execute("PRAGMA secure_delete = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            # A read-only medium or a network share without shared memory: still usable, but say so.
            logger.warning("journal_mode is %s, not WAL", mode)
        cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    finally:
        cursor.close()


def _on_begin(connection) -> None:
    # Every unit of work may write: take the write lock at BEGIN so that a concurrent writer waits
    # (busy_timeout) instead of failing with SQLITE_BUSY when a read transaction tries to upgrade.
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_private(path: Path) -> None:
    """Create the database file 0600 before SQLite does (SQLite gives its WAL and SHM files the database
    file's mode), and narrow an existing file and its WAL/SHM that others could read, whatever the umask."""
    from telecentre_desk.common.private_files import create_exclusive, restrict

    try:
        os.close(create_exclusive(path))
    except FileExistsError:
        pass
    except OSError:
        return  # a read-only folder: SQLite's own error says it better
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        restrict(file)


def make_engine(path: Path | str, *, read_only: bool = False, echo: bool = False) -> Engine:
    """The engine for a database file (created 0600 on first connection unless ``read_only``)."""
    path = Path(path)
    check_database_file(path)
    if not read_only and path.parent.is_dir():
        make_private(path)
    # SQLite's own read-only flag: nothing can write, whatever the file permissions (root included).
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(
        url,
        echo=echo,
        # Pooled connections are handed to one thread at a time (the GUI's worker has its own
        # checkout); check_same_thread would refuse even that.
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def read_only(engine: Engine) -> Engine:
    """The same engine whose transactions start deferred: reads that never block a writer."""
    return engine.execution_options(sqlite_begin="DEFERRED")
