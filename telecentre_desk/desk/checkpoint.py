"""WAL checkpoints off the scan's path: copied back into the database on a thread of their own.

SQLite's automatic checkpoint runs inside the commit that takes the WAL past 1,000 pages: with the
~10 pages a scan writes, one scan in a hundred paid for copying the whole WAL back and two more fsyncs,
15 to 120 ms on a loaded desk PC, the p99 of Enter-to-answer (bench/scan_gui.py). The desk's scan
connection turns the automatic checkpoint off; this thread runs a PASSIVE checkpoint (it never waits for,
nor blocks, a writer or a reader) every ``every`` recorded scans, on a short-lived connection of its own
(nothing holds the file open between checkpoints: a restore may replace it). Durability does not depend
on it: a commit is durable once in the fsynced WAL; the checkpoint only bounds the WAL's size. Other
connections (the window's store, the CLI) keep SQLite's automatic checkpoint.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

# ~10 pages a scan: a checkpoint every 32 scans copies ~300 pages, a third of SQLite's default threshold.
EVERY_SCANS = 32


class WalCheckpointer:
    """``note_commit`` after each recorded scan; ``close`` stops the thread (after a last checkpoint)."""

    def __init__(self, path: Path, *, every: int | None = None) -> None:
        self._path = path.resolve()
        self._every = max(1, every if every is not None else EVERY_SCANS)
        self._since = 0
        self._wake = threading.Event()
        self._stop = False
        self.done = 0  # checkpoints run (tests and benchmarks read it)
        self._thread: threading.Thread | None = None

    def note_commit(self) -> None:
        self._since += 1
        if self._since >= self._every:
            self._since = 0
            self.request()

    def request(self) -> None:
        """A checkpoint soon, on the thread (started at the first request)."""
        if self._stop:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
            self._thread.start()
        self._wake.set()

    def close(self, timeout: float = 5.0) -> None:
        self._stop = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stop:
                return
            self.checkpoint()

    def checkpoint(self) -> bool:
        """One PASSIVE checkpoint now, on this thread; False when it could not run (logged, retried later)."""
        try:
            # mode=rw: never create a database that was moved away meanwhile.
            connection = sqlite3.connect(f"{self._path.as_uri()}?mode=rw", uri=True, timeout=0,
                                         isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            logger.warning("WAL checkpoint skipped: %s", exc)
            return False
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.done += 1
            return True
        except sqlite3.Error as exc:
            logger.warning("WAL checkpoint skipped: %s", exc)
            return False
        finally:
            connection.close()
