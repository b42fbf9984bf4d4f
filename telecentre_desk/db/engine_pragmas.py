"""Constants shared by the engine and the quick reader, importable without SQLAlchemy."""

from __future__ import annotations

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
SQLITE_HEADER = b"SQLite format 3\x00"
