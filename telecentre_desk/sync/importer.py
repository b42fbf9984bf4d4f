"""Read the other places' exports from the shared folder and apply each one whole, or not at all.

Per place folder: the manifest is checked, then every file (checksum, encoding, header, row count,
every field) BEFORE anything is written; then one transaction applies it and records its sequence.
A refused export is logged with its file, line and reason, and the place keeps the last good state
it had. Importing the same export twice changes nothing; an export older than the one applied is
ignored (docs/sync-format.md).
"""

from __future__ import annotations

import base64
import logging
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.sync import apply, closed, delta, manifest, store
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected, Rejection
from telecentre_desk.sync.manifest import ManifestFile
from telecentre_desk.sync.rows import parse_rows, read_file
from telecentre_desk.sync.visits import apply_presence, apply_presence_days, apply_visits

Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)
_PLACE_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")


@dataclass(slots=True)
class PlaceImport:
    place: str
    status: str  # applied | unchanged | older | rejected | untrusted | bad_signature | no_export
    sequence: int | None = None
    applied: int = 0
    unchanged: int = 0
    waiting: int = 0
    conflicts: int = 0
    message: str = ""

    def to_json(self) -> dict:
        return {"place": self.place, "status": self.status, "sequence": self.sequence, "applied": self.applied,
                "unchanged": self.unchanged, "waiting": self.waiting, "conflicts": self.conflicts,
                "message": self.message}


@dataclass(slots=True)
class ImportReport:
    places: list[PlaceImport] = field(default_factory=list)
    rejected_files: list[Rejection] = field(default_factory=list)

    def _sum(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.places)

    def to_json(self) -> dict:
        return {"applied": self._sum("applied"), "unchanged": self._sum("unchanged"),
                "conflicts": self._sum("conflicts"), "rejected": len(self.rejected_files),
                "waiting": self._sum("waiting"), "places": [p.to_json() for p in self.places],
                "rejected_files": [r.to_json() for r in self.rejected_files]}


_PLACE_TABLE = apply.OwnedTable("place", ("code", "name", "postcode", "city", "timezone", "opening_hours",
                                          "network_day_rate_cents", "network_billing", "desks_count"),
                                {"is_local": 0, "vat_regime": "standard"})
_CLOSURE_TABLE = apply.OwnedTable("place_closure", ("place_id", "start_date", "end_date", "label"))
_PLAN_TABLE = apply.OwnedTable("plan", ("place_id", "code", "name", "kind", "price_cents", "vat_rate_bp", "units",
                                        "active"), {"network": 1})
_MEMBER_TABLE = apply.OwnedTable("member", ("place_id", "number", "first_name", "last_name", "category", "status",
                                            "home_plan"), {"kind": "member"})
_BADGE_TABLE = apply.OwnedTable("badge", ("member_id", "serial", "secret_hash", "status", "issued_at", "revoked_at"))


def import_folder(conn: sqlite3.Connection, shared: Path, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import every other place's export found in ``shared``; ``conn`` is a writable DB-API connection."""
    if not shared.is_dir():
        raise DeskError(_("the shared folder {path} does not exist or cannot be reached (network drive or USB "
                          "stick not connected?)").format(path=shared))
    _place_id, local_code = store.local_place(conn)
    try:
        # Only folders named like a place code; Syncthing's .stfolder, a "Nouveau dossier" and files are
        # not places. lstat: a symbolic link is never followed out of the shared folder.
        entries = sorted((p, os.lstat(p).st_mode) for p in shared.iterdir()
                         if p.name != local_code and _PLACE_CODE.fullmatch(p.name))
    except OSError as exc:
        raise DeskError(_("the shared folder {path} cannot be read ({reason})").format(
            path=shared, reason=exc.strerror or exc)) from exc
    report = ImportReport()
    folders = []
    for path, mode in entries:
        if stat.S_ISDIR(mode):
            folders.append(path)
        elif stat.S_ISLNK(mode):
            rejection = Rejection(path.name, path.name, None, _("the place's folder is a symbolic link: not read"))
            report.rejected_files.append(rejection)
            _log_rejection(conn, rejection)
            report.places.append(PlaceImport(path.name, "rejected", message=rejection.text()))
    for index, folder in enumerate(folders):
        if cancelled and cancelled():
            break
        if progress:
            progress(index, len(folders), folder.name)
        report.places.append(_import_place(conn, folder, report))
    # Visits of members whose home place came later in the folder order: read those exports once more.
    if any(p.status == "applied" for p in report.places):
        for result in list(report.places):
            if result.waiting and not (cancelled and cancelled()):
                again = _import_place(conn, shared / result.place, report)
                report.places[report.places.index(result)] = _merged(result, again)
    if progress:
        progress(len(folders), len(folders), "")
    return report


def _merged(first: PlaceImport, again: PlaceImport) -> PlaceImport:
    if again.status != "applied":
        return first
    return PlaceImport(first.place, "applied", again.sequence, first.applied + again.applied,
                       again.unchanged, again.waiting, first.conflicts + again.conflicts, again.message)


def _import_place(conn: sqlite3.Connection, folder: Path, report: ImportReport) -> PlaceImport:
    """One place's folder; whatever is in it, the outcome is a PlaceImport (a refusal is one logged line)
    and the other folders are still imported."""
    code = folder.name
    if not os.path.lexists(folder / fmt.MANIFEST):
        return PlaceImport(code, "no_export", message=_("no manifest: no complete export here yet"))
    try:
        found = _trusted_manifest(conn, folder, code)
        state = store.peer_state(conn, code)
        if (found.epoch, found.sequence) < state.position:
            return PlaceImport(code, "older", found.sequence, message=_(
                "export {found} is older than export {applied} already applied: ignored").format(
                found=found.sequence, applied=state.last_sequence))
        if (found.epoch, found.sequence) == state.position and not state.pending:
            return PlaceImport(code, "unchanged", found.sequence, unchanged=sum(f.rows for f in found.files))
        parsed = _read_all(folder, found, state)
        closed.check(code, parsed, closed.held_months(conn, code) if _same_chain(found, state) else set())
        result = _apply(conn, found, parsed, state)
    except ExportRejected as exc:
        return _refused(conn, report, exc.rejection, exc.status)
    except sqlite3.IntegrityError as exc:
        return _refused(conn, report, Rejection(code, fmt.MANIFEST, None, _(
            "clashes with a record held here ({reason}): nothing of this export was applied").format(reason=exc)),
            "rejected")
    except (sqlite3.DatabaseError, DeskError):
        raise  # this database's own trouble (disk full, locked): not the folder's fault, stop and say so
    except Exception as exc:  # a folder anyone can write must never stop the import of the others
        log.exception("sync: unexpected failure while importing %s", code)
        return _refused(conn, report, Rejection(code, fmt.MANIFEST, None, _(
            "could not be read ({reason}): nothing of this export was applied").format(
            reason=type(exc).__name__)), "rejected")
    return result


def _trusted_manifest(conn: sqlite3.Connection, folder: Path, code: str) -> manifest.Manifest:
    """The folder's manifest, once its signature is checked against the key accepted for ``code``."""
    envelope = manifest.read_envelope(folder, code)
    store.note_seen_key(conn, code, envelope.fingerprint, base64.b64encode(envelope.public_key).decode("ascii"))
    trusted = store.trusted_fingerprint(conn, code)

    def refuse(status: str, reason: str) -> ExportRejected:
        return ExportRejected(Rejection(code, fmt.MANIFEST, None, reason), status=status)

    if trusted is None:
        raise refuse("untrusted", _("new place {code}, signing key {fingerprint}: not accepted yet. Check the "
                                    "fingerprint with {code} by phone, then accept it on the Network screen or with "
                                    "'sync trust add {code} {fingerprint}'").format(
            code=code, fingerprint=envelope.fingerprint))
    if trusted != envelope.fingerprint:
        raise refuse("untrusted", _("THE SIGNING KEY OF {code} CHANGED: accepted {trusted}, this export is signed "
                                    "with {fingerprint}. Refused until a host who checked with {code} accepts the "
                                    "new key (a reinstalled place, or someone posing as it)").format(
            code=code, trusted=trusted, fingerprint=envelope.fingerprint))
    if not envelope.verified():
        raise refuse("bad_signature", _("the signature does not match the manifest: forged or damaged, "
                                        "nothing of it was applied"))
    return manifest.parse_signed(envelope)


def _refused(conn: sqlite3.Connection, report: ImportReport, rejection: Rejection, status: str) -> PlaceImport:
    report.rejected_files.append(rejection)
    # One line in the app's log file (the console gets the command's own summary, and sync_log the details).
    log.info("sync: export refused (%s): %s", status, rejection.text())
    _log_rejection(conn, rejection)
    return PlaceImport(rejection.place, status, message=rejection.text())


def _same_chain(found: manifest.Manifest, state: store.PeerState) -> bool:
    return state.epoch == found.epoch and state.last_sequence > 0 and found.snapshot <= state.last_sequence


def _read_all(folder: Path, found: manifest.Manifest, state: store.PeerState) -> list[tuple[ManifestFile, list]]:
    """The files of the export this place has not applied yet, parsed and checked, in the order they apply.

    A reader that applied an export of the same chain reads only the newer files (and, when visits waited
    for their members, the chain's visits files again); one that has not (a new place, a month away
    across a compaction, a restored place's new epoch) reads the snapshot and every file after it.
    Snapshot presence years whose checksum was already applied are skipped."""
    if _same_chain(found, state):  # rows that waited for their members are visits: those files are read again
        chosen = [f for f in found.files if f.sequence > state.last_sequence
                  or (state.pending and f.logical == "visits")]
    else:
        chosen = [f for f in found.files
                  if f.delta or not (f.logical.startswith("presence-") and state.files.get(f.logical) == f.sha256)]
    chosen.sort(key=lambda f: (f.sequence, delta.ORDER[f.logical.split("-", 1)[0]], f.logical))
    parsed = []
    for entry in chosen:
        _name, data = read_file(found.place, folder, entry)
        parsed.append((entry, parse_rows(found.place, entry, data)))
    return parsed


def _apply(conn: sqlite3.Connection, found: manifest.Manifest, parsed: list[tuple[ManifestFile, list]],
           state: store.PeerState) -> PlaceImport:
    code = found.place
    counts = apply.Counts()
    with store.transaction(conn) as cur:
        held = cur.execute("SELECT id FROM place WHERE code = ? AND NOT is_local", (code,)).fetchone()
        place_id = held[0] if held else None
        if not _same_chain(found, state):  # a whole chain is read: its closed months are all in it (a place
            closed.forget(cur, code)       # restored from before a closing has fewer)
        for entry, rows in parsed:
            entity, file = entry.logical.split("-", 1)[0], entry.file
            if entity == "places":
                place_id = _apply_place(cur, found, entry, rows, counts)
                continue
            if place_id is None:
                raise ExportRejected(Rejection(code, file, None, _(
                    "the place's own identity (places) must come first: the export is incomplete")))
            if entity == "closures":
                counts.add(apply.upsert_owned(cur, _CLOSURE_TABLE, origin=code, file=file, rows=[
                    (line, r[0], r[4], r[5], (place_id, r[1], r[2], r[3])) for line, r in rows]))
            elif entity == "plans":
                counts.add(apply.upsert_owned(cur, _PLAN_TABLE, origin=code, file=file, rows=[
                    (line, r[0], r[8], r[9], (place_id, *r[1:7], int(r[7]))) for line, r in rows]))
            elif entity == "members":
                _no_duplicates(code, file, rows)
                counts.add(apply.upsert_owned(cur, _MEMBER_TABLE, origin=code, file=file, rows=[
                    (line, r[0], r[7], r[8], (place_id, *r[1:7])) for line, r in rows]))
            elif entity == "badges":
                counts.add(_apply_badges(cur, code, file, rows))
            elif entity == "visits":
                counts.add(apply_visits(cur, origin=code, place_id=place_id, file=file, rows=rows))
            elif entity == closed.PEOPLE:
                counts.add(closed.apply_people(cur, origin=code, entry=entry, rows=rows))
            elif entity == closed.DAYS:
                counts.add(closed.apply_days(cur, origin=code, entry=entry, rows=rows))
            else:
                counts.add(_apply_presence(cur, code, entry, rows))
        for file, line, uid, text in counts.conflicts:
            store.log(cur, code, "conflict", text, file=file, line=line, uid=uid)
        files = {f.logical: f.sha256 for f in found.files if not f.delta}
        store.record_import(cur, code, found.sequence, found.exported_at, pending=counts.waiting > 0, files=files,
                            epoch=found.epoch)
        store.log(cur, code, "applied", _("export {sequence}: rows applied {applied}, unchanged {unchanged}, "
                                          "conflicts {conflicts}, waiting for their members {waiting}").format(
            sequence=found.sequence, applied=counts.applied, unchanged=counts.unchanged,
            conflicts=len(counts.conflicts), waiting=counts.waiting))
    read = {entry.file for entry, _rows in parsed}
    skipped = sum(f.rows for f in found.files if f.file not in read and not f.delta)
    return PlaceImport(code, "applied", found.sequence, counts.applied, counts.unchanged + skipped, counts.waiting,
                       len(counts.conflicts))


def _apply_place(cur: sqlite3.Cursor, found: manifest.Manifest, entry: ManifestFile, rows: list,
                 counts: apply.Counts) -> int:
    file = entry.file
    if len(rows) != 1 or rows[0][1][1] != found.place:
        raise ExportRejected(Rejection(found.place, file, rows[0][0] if rows else None, _(
            "an export carries exactly one place, its own ({code})").format(code=found.place)))
    line, r = rows[0]
    local = cur.execute("SELECT code FROM place WHERE is_local").fetchone()
    if local and local[0] == found.place:
        raise ExportRejected(Rejection(found.place, file, line, _("this export claims to be this place")))
    other = cur.execute("SELECT code FROM place WHERE uid = ? AND code != ?", (r[0], found.place)).fetchone()
    if other is not None:
        raise ExportRejected(Rejection(found.place, file, line, _(
            "this place's identity {uid} is already the identity of {other}").format(uid=r[0], other=other[0])))
    held = cur.execute("SELECT uid, origin FROM place WHERE code = ?", (found.place,)).fetchone()
    if held is not None and held[0] != r[0]:
        # The place was set up again with a new identity: its code is what the network knows it by.
        counts.conflicts.append((file, line, r[0], _("place {code} came with a new identity; the new one replaces "
                                                     "the old").format(code=found.place)))
        cur.execute("UPDATE place SET uid = ? WHERE code = ?", (r[0], found.place))
    counts.add(apply.upsert_owned(cur, _PLACE_TABLE, origin=found.place, file=file,
                                  rows=[(line, r[0], r[10], r[11], r[1:10])]))
    return cur.execute("SELECT id FROM place WHERE code = ?", (found.place,)).fetchone()[0]


def _no_duplicates(code: str, file: str, rows: list) -> None:
    seen: dict[str, int] = {}
    for line, r in rows:
        if r[0] in seen:
            raise ExportRejected(Rejection(code, file, line, _(
                "row {uid} appears twice (also line {first})").format(uid=r[0], first=seen[r[0]])))
        seen[r[0]] = line


def _apply_badges(cur: sqlite3.Cursor, code: str, file: str, rows: list) -> apply.Counts:
    _no_duplicates(code, file, rows)
    members = apply.member_ids(cur, {r[1] for _line, r in rows})
    ready = []
    for line, r in rows:
        member = members.get(r[1])
        if member is None or member[1] != code:
            raise ExportRejected(Rejection(code, file, line, _(
                "badge {uid} is for a member that is not one of {code}'s").format(uid=r[0], code=code)))
        ready.append((line, r[0], r[7], None, (member[0], *r[2:7])))
    return apply.upsert_owned(cur, _BADGE_TABLE, origin=code, file=file, rows=ready)


def _apply_presence(cur: sqlite3.Cursor, code: str, entry: ManifestFile, rows: list) -> apply.Counts:
    file = entry.file
    year = entry.logical.split("-", 1)[1]
    seen: set[tuple[str, str]] = set()
    for line, r in rows:
        if not r[0].startswith(year):
            raise ExportRejected(Rejection(code, file, line, _("{day} is not in {year}").format(
                day=r[0], year=year)))
        if (r[0], r[1]) in seen:
            raise ExportRejected(Rejection(code, file, line, _("member {uid} appears twice on {day}").format(
                uid=r[1], day=r[0])))
        seen.add((r[0], r[1]))
    if entry.delta:
        return apply_presence_days(cur, origin=code, rows=rows)
    return apply_presence(cur, origin=code, year=int(year), rows=rows)


def _log_rejection(conn: sqlite3.Connection, rejection: Rejection) -> None:
    store.record_rejection(conn, rejection.place, message=rejection.text(), reason=rejection.reason,
                           file=rejection.file, line=rejection.line)
