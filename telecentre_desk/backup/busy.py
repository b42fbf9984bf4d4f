"""Long operations on a database announce themselves, so that a restore never mixes with them.

``hold(db, "sync")`` writes ``<db>.busy-sync`` (our process id) for the time of the block; ``refuse_if_busy``
refuses while such a file names a process that still runs. A file left by a killed process names a dead
process and is ignored. Plain files, no ``fcntl``: the same on Windows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists (on Windows too, through Python)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def running(db: Path) -> list[str]:
    found = []
    for marker in db.parent.glob(f"{db.name}.busy-*"):
        try:
            pid = int(marker.read_text().strip() or "0")
        except (OSError, ValueError):
            continue
        if pid and _alive(pid):
            found.append(marker.name.rsplit("busy-", 1)[1])
    return sorted(found)


def refuse_if_busy(db: Path) -> None:
    busy = running(db)
    what = {"sync": _("a network sync"), "month": _("a month run"), "restore": _("a restore")}
    if busy:
        raise DeskError(_("refused: {what} is going on with this database; try again when it has finished").format(
            what=", ".join(what.get(b, b) for b in busy)))


def hold_engine(engine: object, operation: str) -> AbstractContextManager[None]:
    """:func:`hold` for the database of a SQLAlchemy engine (nothing to mark for an in-memory one)."""
    database = getattr(getattr(engine, "url", None), "database", None)
    return hold(Path(database), operation) if database and database != ":memory:" else nullcontext()


@contextmanager
def hold(db: Path, operation: str) -> Iterator[None]:
    marker = db.with_name(f"{db.name}.busy-{operation}")
    marker.write_text(str(os.getpid()))
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)
