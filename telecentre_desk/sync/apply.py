"""Applying one checked export inside the importer's transaction.

Rules (docs/sync-format.md, "Import rules"):
- a row is known by its uid; a row held here with another origin cannot be changed by this export:
  the whole export is refused (a place's rows only change through that place's own files);
- the exporting place is the authority for its own rows: its exports are applied in (epoch, sequence)
  order, so what its latest export says wins. Wall clocks are never compared: a row written while the
  place's clock said 2099 is replaced by the next export like any other (a revocation always lands);
- a row that breaks a rule of this database (a member number held by another record) is logged as a
  conflict and skipped, never half-applied.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from telecentre_desk.common.i18n import _
from telecentre_desk.sync.errors import ExportRejected, Rejection


@dataclass(slots=True)
class Counts:
    applied: int = 0
    unchanged: int = 0
    waiting: int = 0  # rows naming members not known here yet: read again at the next sync
    conflicts: list[tuple[str, int | None, str | None, str]] = field(default_factory=list)  # file, line, uid, text

    def add(self, other: Counts) -> None:
        self.applied += other.applied
        self.unchanged += other.unchanged
        self.waiting += other.waiting
        self.conflicts.extend(other.conflicts)


@dataclass(frozen=True, slots=True)
class OwnedTable:
    """How rows of one file land in one table: the columns written besides uid/origin/timestamps."""

    table: str
    columns: tuple[str, ...]
    fixed: dict[str, object] = field(default_factory=dict)  # columns every imported row gets


def upsert_owned(cur: sqlite3.Cursor, spec: OwnedTable, *, origin: str, file: str,
                 rows: list[tuple[int, str, str, str | None, tuple]]) -> Counts:
    """``rows``: (line, uid, updated_at, deleted_at, values in ``spec.columns`` order)."""
    counts = Counts()
    columns = spec.columns + tuple(spec.fixed)
    fixed = tuple(spec.fixed.values())
    select = f"SELECT origin, updated_at, deleted_at, {', '.join(spec.columns)} FROM {spec.table} WHERE uid = ?"
    insert = (f"INSERT INTO {spec.table} (uid, origin, created_at, updated_at, deleted_at, {', '.join(columns)}) "
              f"VALUES ({', '.join('?' * (5 + len(columns)))})")
    update = (f"UPDATE {spec.table} SET updated_at = ?, deleted_at = ?, "
              f"{', '.join(c + ' = ?' for c in spec.columns)} WHERE uid = ?")
    for line, uid, updated_at, deleted_at, values in rows:
        held = cur.execute(select, (uid,)).fetchone()
        try:
            if held is None:
                cur.execute(insert, (uid, origin, updated_at, updated_at, deleted_at, *values, *fixed))
                counts.applied += 1
                continue
            if held[0] != origin:
                raise ExportRejected(Rejection(origin, file, line, _(
                    "row {uid} belongs to {owner}: {origin}'s export may only change {origin}'s rows").format(
                    uid=uid, owner=held[0], origin=origin)))
            if (held[2], *held[3:]) == (deleted_at, *values):
                counts.unchanged += 1
            else:
                cur.execute(update, (updated_at, deleted_at, *values, uid))
                counts.applied += 1
        except sqlite3.IntegrityError as exc:
            counts.conflicts.append((file, line, uid, _("not applied: it clashes with a record held here ({reason})")
                                     .format(reason=exc)))
    return counts


def member_ids(cur: sqlite3.Cursor, uids: set[str]) -> dict[str, tuple[int, str]]:
    """uid -> (local id, origin) for the members of ``uids`` known here."""
    found: dict[str, tuple[int, str]] = {}
    ordered = sorted(uids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        found.update((uid, (pk, origin)) for pk, uid, origin in cur.execute(
            f"SELECT id, uid, origin FROM member WHERE uid IN ({', '.join('?' * len(chunk))})", chunk))
    return found
