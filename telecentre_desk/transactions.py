"""The core's transactions, as the window and its background jobs use them: the UI never imports ``db``.

Every unit of work a screen or a background job needs goes through these few functions, so the core owns
each transaction (where it begins, how it commits, which errors become a ``DeskError``) and ``ui/`` stays
free of SQLAlchemy sessions and engines' internals (an import-linter contract checks it).

SQLAlchemy is imported lazily, inside each function: the window paints its first screen before the ORM
stack is loaded (docs/architecture.md, "Fast start"), and importing this module must not undo that.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

T = TypeVar("T")

# Loaded ahead of the first write (Store.warm_up) while the first screen is already on show.
ORM_MODULES = ("telecentre_desk.db.migrate", "telecentre_desk.db.uow")


def open_engine(path: Path | str, *, before_upgrade: Callable[[Path], None] | None = None,
                create: bool = True) -> Engine:
    """The migrated engine for ``path`` (see ``db.migrate.open_database``; raises DatabaseError)."""
    from telecentre_desk.db.migrate import open_database

    return open_database(path, create=create, before_upgrade=before_upgrade)


def quick_read_connection(path: Path) -> sqlite3.Connection | None:
    """A read-only DB-API connection to a current, set-up database, without SQLAlchemy; else None."""
    from telecentre_desk.db import quick

    return quick.read_connection(path)


def write(engine: Engine, fn: Callable[[Session], T]) -> T:
    """Run ``fn`` in one unit of work that commits at the end, or rolls back whole on any error."""
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(engine) as session:
        return fn(session)


def read(engine: Engine, fn: Callable[[Session], T]) -> T:
    """Run ``fn`` in a deferred transaction: it reads the last committed state and never waits for a writer."""
    from telecentre_desk.db.engine import read_only
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(read_only(engine)) as session:
        return fn(session)


def read_rows(engine: Engine, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Like ``read``, for read models written in plain SQL: ``fn`` gets the transaction's DB-API connection."""
    from telecentre_desk.db.engine import read_only
    from telecentre_desk.db.uow import dbapi, unit_of_work

    with unit_of_work(read_only(engine)) as session:
        return fn(dbapi(session))


def write_rows(engine: Engine, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Like ``write``, for plain-SQL writers: ``fn`` gets the unit of work's DB-API connection."""
    from telecentre_desk.db.uow import dbapi, unit_of_work

    with unit_of_work(engine) as session:
        return fn(dbapi(session))


def database_error(exc: BaseException) -> Exception | None:
    """A ``DeskError`` saying a database failure in one line (busy, full disk, read-only...), or None.

    For code that meets SQLite outside a unit of work (a background job's own connection): ``unit_of_work``
    already turns the failures inside it into the same messages.
    """
    if isinstance(exc, sqlite3.Error):
        from telecentre_desk.db.uow import explain_operational

        return explain_operational(exc)
    if "sqlalchemy" in type(exc).__module__ and isinstance(getattr(exc, "orig", None), sqlite3.Error):
        from telecentre_desk.db.uow import explain_operational

        return explain_operational(exc)
    return None
