"""Global identifiers: every row that can travel between places carries a UUID."""

from __future__ import annotations

import uuid


def new_uid() -> str:
    """A random UUID in its canonical 36-character form."""
    return str(uuid.uuid4())


def is_uid(text: str) -> bool:
    """Whether ``text`` is a canonical UUID (what ``new_uid`` makes)."""
    try:
        return str(uuid.UUID(text)) == text.lower()
    except (ValueError, AttributeError, TypeError):
        return False
