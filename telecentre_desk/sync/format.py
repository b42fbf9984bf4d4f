"""The sync format, version 1: which files an export holds and their columns (docs/sync-format.md).

Machine files, read back by the app only: `;`-separated UTF-8 with a BOM (so a curious human can
still open one in a spreadsheet), a header line, then one row per line. Instants are UTC in the
database's own text form (`2026-11-26 09:00:00.000000`), days ISO (`2026-11-26`), money integer cents,
booleans `0`/`1`, an empty field is NULL.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "telecentre-desk-sync"
FORMAT_VERSION = 3  # 2: signed manifests, epochs; 3: the anonymous counts of closed months (closeddays, closedpeople)
# An export without closed months is still written as version 2, so a place not updated yet reads it; one that
# carries closed months is version 3, which an older reader refuses with "update Télécentre Desk at this place"
# (it keeps the per-member days it had of those months instead of dropping them unseen).
PLAIN_VERSION = 2
MANIFEST = "manifest.json"
DELIMITER = ";"
ENCODING = "utf-8-sig"


@dataclass(frozen=True, slots=True)
class FileKind:
    """One entity's file: its logical name (``presence`` files add a year) and its columns."""

    name: str
    columns: tuple[str, ...]


PLACES = FileKind("places", ("uid", "code", "name", "postcode", "city", "timezone", "opening_hours",
                             "network_day_rate_cents", "network_billing", "desks_count", "updated_at", "deleted_at"))
CLOSURES = FileKind("closures", ("uid", "start_date", "end_date", "label", "updated_at", "deleted_at"))
PLANS = FileKind("plans", ("uid", "code", "name", "kind", "price_cents", "vat_rate_bp", "units", "active",
                           "updated_at", "deleted_at"))
MEMBERS = FileKind("members", ("uid", "number", "first_name", "last_initial", "category", "status", "home_plan",
                               "updated_at", "deleted_at"))
BADGES = FileKind("badges", ("uid", "member_uid", "serial", "secret_hash", "status", "issued_at", "revoked_at",
                             "updated_at"))
VISITS = FileKind("visits", ("uid", "member_uid", "direction", "ts", "source", "updated_at", "deleted_at"))
PRESENCE = FileKind("presence", ("day", "member_uid", "visits", "minutes", "hours_mask"))
# A closed month of the exporting place (privacy/aggregate.py): counts per local day, no member...
CLOSED_DAYS = FileKind("closeddays", ("day", "visits", "people", "half_days", "minutes", "half_day_minutes"))
# ...and distinct people per calendar month, quarter and year (docs/sync-format.md, *Closed months*).
CLOSED_PEOPLE = FileKind("closedpeople", ("period", "scope", "people"))

# In the order an import applies them: a badge needs its member, a visit its member and place.
KINDS = (PLACES, CLOSURES, PLANS, MEMBERS, BADGES, VISITS, PRESENCE, CLOSED_PEOPLE, CLOSED_DAYS)
YEARLY = (PRESENCE, CLOSED_PEOPLE, CLOSED_DAYS)  # one file per year: ``presence-2026``
CLOSED = (CLOSED_PEOPLE, CLOSED_DAYS)
BY_NAME = {kind.name: kind for kind in KINDS}


def kind_of(logical: str) -> FileKind | None:
    """``presence-2026`` -> PRESENCE; ``members`` -> MEMBERS; anything else -> None."""
    base = logical.split("-", 1)[0]
    kind = BY_NAME.get(base)
    if kind is None:
        return None
    if kind in YEARLY:
        year = logical[len(base) + 1:]
        return kind if len(year) == 4 and year.isdigit() else None
    return kind if logical == base else None


def file_name(logical: str, sequence: int) -> str:
    """Files carry their export's sequence, so a new export never overwrites what a reader may be reading."""
    return f"{logical}.{sequence:06d}.csv"
