"""What counts as personal data in free-form JSON and text, and how it is taken out.

The audit log and the logs refer to members by their uid and number only; these helpers are the one
place that says which keys hold identity (scrubbed at write time) and which hold free text a host
typed (kept for accountability, redacted when the member is erased).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Identity and contact: never written into the audit log (the member row holds them, once).
PERSONAL_KEYS = frozenset({"name", "full_name", "first_name", "last_name", "email", "phone", "address", "postcode",
                           "city", "notes", "company_name", "company", "siren", "recipient"})
# Free text a host typed about someone: kept while the member exists, removed at erasure.
FREE_TEXT_KEYS = frozenset({"reason", "note", "notes", "comment", "reference"})
# Entries about these name things, not people (a room's name, the place's address): left as written.
IMPERSONAL_ENTITIES = frozenset({"place", "plan", "space", "desk"})
SCRUBBED = "<personal>"
ERASED = "<erased>"

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<!\w)(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\w)")


def scrub_details(value: Any, entity: str | None = None) -> Any:
    """``value`` with every identity key's value replaced by a marker, at any depth (not for things)."""
    if entity in IMPERSONAL_ENTITIES:
        return value
    if isinstance(value, dict):
        return {k: (SCRUBBED if k in PERSONAL_KEYS and v not in (None, "") else scrub_details(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_details(v) for v in value]
    return value


def erase_free_text(value: Any) -> Any:
    """``value`` with identity and free-text keys' values replaced by a marker, at any depth."""
    if isinstance(value, dict):
        return {k: (ERASED if (k in PERSONAL_KEYS or k in FREE_TEXT_KEYS) and v not in (None, "")
                    else erase_free_text(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [erase_free_text(v) for v in value]
    return value


def mask_contacts(text: str) -> str:
    """E-mail addresses and French phone numbers in a text replaced by markers (log lines)."""
    return _PHONE_RE.sub("<phone>", _EMAIL_RE.sub("<email>", text))


def mask_tokens(text: str, tokens: Iterable[str | None]) -> str:
    """``text`` with each of ``tokens`` (a name, an e-mail...) replaced, ignoring case."""
    for token in sorted({t.strip() for t in tokens if t and len(t.strip()) >= 2}, key=len, reverse=True):
        text = re.sub(re.escape(token), ERASED, text, flags=re.IGNORECASE)
    return text


def contains_any(text: str | None, tokens: Iterable[str | None]) -> bool:
    if not text:
        return False
    low = text.lower()
    return any(t and len(t.strip()) >= 2 and t.strip().lower() in low for t in tokens)


_BADGE_RE = re.compile(r"\bTD\d:[^\s'\"»]+")
_QUOTED_RE = re.compile(r"'[^'\n]{1,80}'|«[^»\n]{1,80}»")


def for_log(text: str) -> str:
    """A log line without e-mail addresses, phone numbers, badge codes or quoted values (names typed)."""
    return _QUOTED_RE.sub("'…'", _BADGE_RE.sub("TD<badge>", mask_contacts(text)))


def error_for_log(exc: BaseException) -> str:
    """What a log says about an expected error: its kind and field, never its message (it may name someone:
    the screen and the CLI show the message, the log file keeps none of it)."""
    field = getattr(exc, "field", None)
    return type(exc).__name__ + (f" ({field})" if field else "")
