"""The unit of work: one user action = one session = one transaction, committed by the caller.

Services take the session and never commit; this helper commits when the block ends without an
error and rolls back otherwise, translating SQLite's operational failures into messages a host
can act on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from telecentre_desk.common.errors import ConflictError, DatabaseError
from telecentre_desk.common.i18n import _

# SQLite's primary result codes (the low byte of the extended code Python exposes).
SQLITE_IOERR = 10
SQLITE_FULL = 13
# Below this much free space, an I/O error while writing is a full disk (SQLite often says "disk I/O
# error" for it: a failed write of the WAL or its shared-memory file, not SQLITE_FULL).
_NEARLY_FULL_BYTES = 1024 * 1024


def disk_full_error() -> DatabaseError:
    return DatabaseError(_("the disk is full: nothing was saved; free some space and try again"))


def _filesystem_is_full(path: str | os.PathLike | None) -> bool:
    if not path:
        return False
    try:
        return shutil.disk_usage(Path(path).absolute().parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def explain_operational(exc: BaseException, *, db_path: str | os.PathLike | None = None) -> DatabaseError:
    """A one-line message for the SQLite failures people meet at a desk.

    ``db_path`` lets a disk I/O error be told apart: on a full file system it is reported as a full disk.
    """
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    text = str(original).lower()
    if code is not None and code & 0xFF == SQLITE_FULL:
        return disk_full_error()
    io_error = (code is not None and code & 0xFF == SQLITE_IOERR) or "disk i/o error" in text
    if io_error and _filesystem_is_full(db_path):
        return disk_full_error()
    if "locked" in text or "busy" in text:
        return DatabaseError(_("the database is busy (another program is writing to it); try again in a moment"))
    if "readonly" in text or "read-only" in text:
        return DatabaseError(_("the database is read-only: check the file's permissions or the medium"))
    if "disk is full" in text or "database or disk is full" in text:
        return disk_full_error()
    if "unable to open" in text:
        return DatabaseError(_("the database file cannot be opened: check the folder exists and is writable"))
    if "not a database" in text or "malformed" in text:
        return DatabaseError(_("the database file is damaged or is not a Télécentre Desk database"))
    return DatabaseError(_("database error: {reason}").format(reason=getattr(exc, "orig", exc)))


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """Yield a session; commit at the end of the block, roll back on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise ConflictError(_("this change conflicts with existing data ({reason})").format(reason=exc.orig)) from exc
    except (OperationalError, SADatabaseError, sqlite3.OperationalError) as exc:
        session.rollback()
        raise explain_operational(exc, db_path=engine.url.database) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dbapi(session: Session) -> sqlite3.Connection:
    """The unit of work's own DB-API connection, for reads written in plain SQL (members/listing.py)."""
    return session.connection().connection.driver_connection
