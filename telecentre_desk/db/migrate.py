"""Open a database: check it, refuse one newer than the app, back it up, migrate it to head.

This runs at every start of the app and of the CLI, so a host never runs migrations by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from telecentre_desk.common.errors import DatabaseError
from telecentre_desk.common.i18n import _, ngettext
from telecentre_desk.common.private_files import create_exclusive, private_dir
from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrations import HEAD_REVISION
from telecentre_desk.db.uow import explain_operational

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

BACKUPS_KEPT = 5


# Alembic is imported only when a database needs migrating: most starts find it up to date.


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "telecentre_desk.db:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this version of the app knows, as Alembic's scripts say."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The database's revision, read directly (None for a new database)."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
    if has_table is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def backup(path: Path, *, label: str) -> Path:
    """Copy the database with SQLite's online backup (consistent even with a WAL) into backups/."""
    folder = path.parent / "backups"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    try:
        private_dir(folder)
        os.close(create_exclusive(target))  # 0600 before SQLite writes a byte of personal data into it
        with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(_("could not back up the database before upgrading it ({reason}); nothing was changed"
                              ).format(reason=exc)) from exc
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite"))[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    logger.info("backed up %s to %s", path, target)
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction, foreign keys checked after."""
    from alembic import command

    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        # Batch migrations copy tables; foreign keys must be off meanwhile (only outside a transaction).
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(ngettext(
                        "the upgrade would break {count} reference; nothing was changed",
                        "the upgrade would break {count} references; nothing was changed",
                        len(broken)).format(count=len(broken)))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def open_database(path: Path | str, *, create: bool = True,
                  before_upgrade: Callable[[Path], None] | None = None) -> Engine:
    """The engine for ``path``, migrated to the app's head revision.

    ``before_upgrade`` runs after the safety copy beside the database and before the migrations: the
    composition roots pass the backup into the host's chosen folder (telecentre_desk.backup sits above db).

    Raises:
        DatabaseError: not an SQLite file, newer than the app, read-only, locked, missing folder.
    """
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseError(_("there is no database at {path}").format(path=path))
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            connection.execution_options(sqlite_begin="DEFERRED")  # a read: do not take the write lock
            current = current_revision(connection)
            connection.rollback()
        if current == HEAD_REVISION:
            return engine
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseError(
                _("{path} was written by a newer version of Télécentre Desk (schema {schema}); "
                  "install that version or newer to open it").format(path=path, schema=current))
        if current != head:
            if current is not None:
                backup(path, label=f"before-{head}")
                if before_upgrade is not None:
                    before_upgrade(path)
            logger.info("migrating %s from %s to %s", path, current, head)
            upgrade(engine)
    except (OperationalError, SADatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        raise explain_operational(exc, db_path=path) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
