"""Old bytes out of the database files after an erasure or a purge.

A committed UPDATE leaves the previous version of a row in the write-ahead log (until a checkpoint
and a truncation) and, once checkpointed, may leave it in a page's free space or on a free page.
``scrub_files`` copies the log into the database and truncates it, rebuilds the file with VACUUM
(temporary data in memory, not in a temporary file), then truncates the log again: afterwards the
bytes of an erased name exist in neither file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine

logger = logging.getLogger(__name__)

# Set in the erasing transaction, removed once the files were scrubbed: a crash (kill -9) between the
# commit and the end of VACUUM leaves it set, and the next purge (daily, or the CLI's) scrubs again.
PENDING_KEY = "privacy.scrub_pending"


@dataclass(frozen=True, slots=True)
class ScrubResult:
    complete: bool  # False when another program kept a read open and the log could not be emptied

    def to_json(self) -> dict:
        return {"files_scrubbed": self.complete}


def scrub_files(engine: Engine) -> ScrubResult:
    """Checkpoint, VACUUM and truncate the WAL; ``complete`` says whether every step got through."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        connection.rollback()  # no transaction open: VACUUM and a truncating checkpoint need none
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("PRAGMA temp_store = MEMORY")
        busy1 = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        raw.execute("VACUUM")
        busy2 = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        complete = not busy1 and not busy2
        if complete:
            raw.execute("DELETE FROM place_setting WHERE key = ?", (PENDING_KEY,))
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if not complete:
        logger.warning("the database is in use by another program: its log will be emptied at the next checkpoint")
    return ScrubResult(complete=complete)


def checkpoint(engine: Engine) -> bool:
    """Copy the log into the database and truncate it (deleted rows were zeroed by secure_delete)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        connection.rollback()
        return not raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]


def scrub_if_pending(engine: Engine) -> ScrubResult | None:
    """Finish the scrubbing an interrupted erasure left to do (see ``PENDING_KEY``)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        connection.rollback()
        pending = raw.execute("SELECT 1 FROM place_setting WHERE key = ?", (PENDING_KEY,)).fetchone()
    return scrub_files(engine) if pending else None
