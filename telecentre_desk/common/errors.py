"""Expected errors: each carries a one-line message meant for the person at the desk.

Anything that is not a :class:`DeskError` is a bug: it goes to the excepthook, gets logged
with its traceback, and the user is shown where the log folder is.
"""

from __future__ import annotations


class DeskError(Exception):
    """An expected failure with a clear message; the CLI prints it and exits 1, the GUI shows it."""

    def __init__(self, message: str, *, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskError):
    """User input that cannot be accepted: the message names the field and what is wrong."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, details={"field": field} if field else None)
        self.field = field


class NotFoundError(DeskError):
    """A member, plan or place that the user named does not exist."""


class ConflictError(DeskError):
    """The change would break a uniqueness rule (a duplicate code or number)."""


class DatabaseError(DeskError):
    """The database cannot be used: not SQLite, newer than the app, locked, read-only, disk full."""
