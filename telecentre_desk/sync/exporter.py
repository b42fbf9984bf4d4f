"""Write this place's export into the shared folder: what the other places need, nothing more.

The sequence number is taken (and committed) before any file is written, so two exports never share
a number even if one dies half-way. Files carry the sequence in their names and the manifest is
written last: a reader sees the previous export or this one, never a mix (docs/sync-format.md).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk import __version__
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.occupancy.closed import shared_days, shared_people
from telecentre_desk.places.context import read_local_row
from telecentre_desk.plans.info import ACCESS_KINDS
from telecentre_desk.sync import atomic, delta, keys, manifest, store
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected
from telecentre_desk.sync.manifest import Manifest, ManifestFile
from telecentre_desk.sync.rows import encode_lines, encode_rows

Progress = Callable[[int, int, str], None]
_SEQUENCED = re.compile(r"^(?P<logical>[a-z]+(?:-\d{4})?)\.(?P<sequence>\d{6})\.csv$")


@dataclass(frozen=True, slots=True)
class ExportReport:
    place: str
    sequence: int
    folder: Path
    files: list[ManifestFile] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    def to_json(self) -> dict:
        return {"place": self.place, "sequence": self.sequence, "folder": str(self.folder), "rows": self.rows,
                "files": [f.to_json() for f in self.files]}


def _place_rows(conn: sqlite3.Connection, place_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT uid, code, name, postcode, city, timezone, opening_hours, network_day_rate_cents, network_billing, "
        "(SELECT COUNT(*) FROM desk AS d JOIN space AS s ON s.id = d.space_id WHERE s.place_id = p.id "
        " AND d.deleted_at IS NULL AND s.deleted_at IS NULL), updated_at, deleted_at FROM place AS p WHERE id = ?",
        (place_id,)).fetchall()


def _closure_rows(conn: sqlite3.Connection, place_id: int) -> list[tuple]:
    return conn.execute("SELECT uid, start_date, end_date, label, updated_at, deleted_at FROM place_closure "
                        "WHERE place_id = ? ORDER BY start_date, id", (place_id,)).fetchall()


def _plan_rows(conn: sqlite3.Connection, place_id: int) -> list[tuple]:
    return conn.execute("SELECT uid, code, name, kind, price_cents, vat_rate_bp, units, CAST(active AS INTEGER), "
                        "updated_at, deleted_at FROM plan WHERE place_id = ? AND network ORDER BY code",
                        (place_id,)).fetchall()


def _member_rows(conn: sqlite3.Connection, place_id: int, today: dt.date) -> list[tuple]:
    """The network directory: first name and the initial of the last name, no contact, no address.

    ``home_plan`` is derived from subscriptions, so the row's ``updated_at`` is the latest change of the
    member or of any of their subscriptions: a plan change travels as a newer row.
    """
    kinds = ", ".join(f"'{k}'" for k in ACCESS_KINDS)
    iso = today.isoformat()
    return conn.execute(
        "SELECT m.uid, m.number, "
        "CASE WHEN m.status = 'erased' THEN '' ELSE m.first_name END, "
        "CASE WHEN m.status = 'erased' THEN '' ELSE upper(substr(m.last_name, 1, 1)) || '.' END, "
        "m.category, m.status, "
        "(SELECT p.name FROM subscription AS s JOIN plan AS p ON p.id = s.plan_id WHERE s.member_id = m.id "
        f" AND s.deleted_at IS NULL AND p.kind IN ({kinds}) AND s.start_date <= :d "
        " AND (s.end_date IS NULL OR s.end_date >= :d) "
        " AND (p.kind != 'carnet' OR COALESCE(s.remaining_half_days, 0) > 0) "
        " ORDER BY p.kind = 'carnet', s.start_date DESC LIMIT 1), "
        "MAX(m.updated_at, COALESCE((SELECT MAX(s.updated_at) FROM subscription AS s WHERE s.member_id = m.id), "
        " m.updated_at)), m.deleted_at "
        "FROM member AS m WHERE m.place_id = :p AND m.kind = 'member' ORDER BY m.number",
        {"p": place_id, "d": iso}).fetchall()


def _badge_rows(conn: sqlite3.Connection, place_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT b.uid, m.uid, b.serial, b.secret_hash, b.status, b.issued_at, b.revoked_at, b.updated_at "
        "FROM badge AS b JOIN member AS m ON m.id = b.member_id WHERE m.place_id = ? AND m.kind = 'member' "
        "ORDER BY m.number, b.serial", (place_id,)).fetchall()


def _visit_lines(conn: sqlite3.Connection, place_id: int) -> list[tuple[str, str]]:
    """Visits made here by members of other places: their home place needs them, nobody else's are sent.
    (day, line) pairs in day order: the day is what the next export compares (sync/delta.py).

    The biggest file (100,000 rows in a busy year), so SQLite writes each line itself: every field is a
    uid, a code word or a timestamp, none of which can hold the delimiter, a quote or a line break, so
    no field needs quoting (tests/sync/test_sync_format.py checks the lines equal the csv module's).
    """
    return conn.execute(
        "SELECT substr(e.ts, 1, 10), e.uid || ';' || m.uid || ';' || e.direction || ';' || e.ts || ';' || "
        "e.source || ';' || "
        "e.updated_at || ';' || COALESCE(e.deleted_at, '') "
        "FROM check_event AS e JOIN member AS m ON m.id = e.member_id "
        "WHERE e.place_id = ? AND m.place_id != ? ORDER BY e.ts, e.member_id, e.direction",
        (place_id, place_id)).fetchall()


def _presence_by_year(conn: sqlite3.Connection, place_id: int) -> dict[int, list[tuple]]:
    """Presence per member and local day here, by year: what the network report counts. Members are
    named by uid only; a year that did not change keeps its checksum, so importers skip it."""
    years: dict[int, list[tuple]] = {}
    for row in conn.execute(
            "SELECT v.day, m.uid, v.visits, v.minutes, v.hours_mask FROM visit_day AS v "
            "JOIN member AS m ON m.id = v.member_id WHERE v.place_id = ? ORDER BY v.day, m.uid", (place_id,)):
        years.setdefault(int(row[0][:4]), []).append(row)
    return years


def _lines(kind: fmt.FileKind, rows: list[tuple]) -> list[str]:
    """Each row as its file line: after ``inert`` no field holds a line break, so the lines split cleanly."""
    return encode_rows(kind, rows).decode(fmt.ENCODING).split("\r\n")[1:-1]


def _current(conn: sqlite3.Connection, place_id: int, today: dt.date) -> delta.Current:
    presence = [row for rows in _presence_by_year(conn, place_id).values() for row in rows]
    return delta.Current.of({
        "places": _lines(fmt.PLACES, _place_rows(conn, place_id)),
        "closures": _lines(fmt.CLOSURES, _closure_rows(conn, place_id)),
        "plans": _lines(fmt.PLANS, _plan_rows(conn, place_id)),
        "members": _lines(fmt.MEMBERS, _member_rows(conn, place_id, today)),
        "badges": _lines(fmt.BADGES, _badge_rows(conn, place_id)),
        "presence": _lines(fmt.PRESENCE, presence),
        # Closed months: anonymous counts instead of the per-member days they no longer have (docs/rgpd.md).
        "closedpeople": _lines(fmt.CLOSED_PEOPLE, shared_people(conn, place_id)),
        "closeddays": _lines(fmt.CLOSED_DAYS, shared_days(conn, place_id)),
    }, keyed={"visits": _visit_lines(conn, place_id)})


def _intact(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


def _needs_snapshot(folder: Path, chain: Manifest | None, epoch: int, restored: bool, sent_through: object,
                    has_sent: bool) -> bool:
    """A whole snapshot when the chain in the folder cannot be continued (none, not ours, another epoch, a
    restored database, not the one our memory of what was sent describes, a file of it missing), or when it
    grew long."""
    if chain is None or restored or chain.epoch != epoch or sent_through != chain.sequence or not has_sent:
        return True
    if not all(_intact(folder / f.file, f.size) for f in chain.files):  # a file of the chain deleted or damaged
        return True
    deltas = [f for f in chain.files if f.delta]
    whole = sum(f.size for f in chain.files if not f.delta)
    return len({f.sequence for f in deltas}) >= delta.MAX_DELTAS or sum(f.size for f in deltas) > whole // 2


def export_place(conn: sqlite3.Connection, shared: Path, key: keys.SigningKey, *,
                 progress: Progress | None = None) -> ExportReport:
    """Write the local place's signed export into ``shared/<CODE>/``; ``conn`` is a writable DB-API connection."""
    if not shared.is_dir():
        raise DeskError(_("the shared folder {path} does not exist or cannot be reached (network drive or USB "
                          "stick not connected?)").format(path=shared))
    place_id, code, tz = read_local_row(conn)
    folder = shared / code
    chain = _own_manifest(folder, code, key)
    seen = (chain.epoch, chain.sequence) if chain else None
    sent_through = store.peer_state(conn, code).files.get("sent")
    epoch, sequence, restored = store.next_export_sequence(conn, code, seen=seen)
    try:
        if folder.is_symlink():
            raise DeskError(_("{path} is a symbolic link: this place's export is only written into a real "
                              "folder").format(path=folder))
        folder.mkdir(exist_ok=True)
        today = clock.today_at(tz)
        if progress:
            progress(0, 3, "")
        current = _current(conn, place_id, today)
        sent = store.sent_digests(conn)
        snapshot = _needs_snapshot(folder, chain, epoch, restored, sent_through, bool(sent))
        to_write = current.whole() if snapshot else current.changed(sent)
        written = []
        for entity, kind in delta.ENTITIES:
            lines = to_write.get(entity, [])
            if not lines and (not snapshot or entity in delta.YEARLY):
                continue
            for logical, file_lines in delta.files_of(entity, lines):
                data = encode_lines(kind, file_lines)
                name = fmt.file_name(logical, sequence)
                digest = atomic.write_bytes(folder / name, data, flush_folder=False)
                written.append(ManifestFile(logical, name, len(file_lines), digest, len(data), sequence,
                                            not snapshot))
        if progress:
            progress(1, 3, "")
        atomic.sync_folder(folder)  # every file's name is on disk before the manifest that names them
        exported_at = clock.ts_text(clock.now())
        files = written if snapshot else [*chain.files, *written]
        signed = Manifest(code, sequence, exported_at, f"telecentre-desk {__version__}", files, epoch,
                          key.fingerprint, sequence if snapshot else chain.snapshot)
        atomic.write_bytes(folder / fmt.MANIFEST, signed.encode(key))
    except OSError as exc:
        raise DeskError(_("the export to {path} failed ({reason}); the previous export there is still "
                          "whole").format(path=folder, reason=exc.strerror or exc)) from exc
    _remove_old_files(folder, keep={f.file for f in files} | {f.file for f in (chain.files if chain else [])})
    store.record_export(conn, code, sequence, exported_at, json.dumps({"sent": sequence}),
                        sum(f.rows for f in written), sent=current.digests)
    if progress:
        progress(3, 3, fmt.MANIFEST)
    return ExportReport(code, sequence, folder, written)


def _own_manifest(folder: Path, code: str, key: keys.SigningKey) -> Manifest | None:
    """The export the shared folder holds for this place, when it is signed with our key (anything else
    there is someone else's doing and says nothing about how far we got)."""
    try:
        envelope = manifest.read_envelope(folder, code)
        if envelope.public_key != key.public_bytes or not envelope.verified():
            return None
        return manifest.parse_signed(envelope)
    except ExportRejected:
        return None


def _remove_old_files(folder: Path, keep: set[str]) -> None:
    """Files neither this manifest nor the previous one names: a reader that started on the previous
    manifest still finds its files; older ones nobody can be reading."""
    for path in folder.iterdir():
        match = _SEQUENCED.match(path.name)
        if match and path.name not in keep:
            try:
                path.unlink()
            except OSError:
                continue  # left for the next export: never a reason to fail this one
