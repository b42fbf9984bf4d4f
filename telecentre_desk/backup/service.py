"""Backups of the database into the host's folder, with rotation and a check; listing; restore.

Every copy is made with SQLite's online backup API (consistent while the desk keeps scanning, WAL included),
never a file copy. A backup is written under a temporary name in the folder, checked with
``PRAGMA integrity_check``, then renamed: a stick pulled out or a process killed mid-way leaves at most a
``.partial`` file (removed by the next backup), never a damaged backup under a good name, and the previous
backups are not touched. Each backup carries a small ``td_backup`` table: when, which app and schema, what the
place holds, and the key files sealed with the recovery passphrase (backup/sealed.py).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from telecentre_desk import __version__
from telecentre_desk.backup import busy
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

logger = logging.getLogger(__name__)

SUBFOLDER = "telecentre-desk-backups"  # inside the host's folder: ours to keep at 0700
SUFFIX = ".tdbackup.sqlite"
PARTIAL = ".partial"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STALE_AFTER = dt.timedelta(days=2)
META_TABLE = "td_backup"
SQLITE_MAGIC = b"SQLite format 3\x00"
COUNTED = {"members": "member", "check_events": "check_event", "invoices": "invoice", "badges": "badge"}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    file: str
    bytes: int
    created_at: str  # UTC, ISO
    app_version: str
    schema: str
    place: str
    counts: dict[str, int]
    keys: list[str]  # the key files sealed inside (empty: none)

    def to_json(self) -> dict:
        return asdict(self)


def backup_folder(chosen: Path) -> Path:
    return chosen / SUBFOLDER


def _reachable(chosen: Path) -> Path:
    # A missing folder is a stick unplugged or a drive not mounted: never create it, or the backup would
    # land on the desk's own disk under the mount point and be lost with it.
    if not chosen.is_dir():
        raise DeskError(_("the backup folder {path} cannot be reached: is the USB stick or the network drive "
                          "connected?").format(path=chosen))
    folder = backup_folder(chosen)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise DeskError(_("cannot write into the backup folder {path} ({reason})").format(
            path=chosen, reason=exc.strerror or exc)) from exc
    return folder


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for label, table in COUNTED.items() if table in tables}


def _write_meta(conn: sqlite3.Connection, db: Path, secret_files: dict[str, Path], created: str) -> dict[str, object]:
    settings = backup_settings.load(db)
    keys: dict[str, bytes] = {}
    for name, path in secret_files.items():
        if path.is_file():
            keys[name] = path.read_bytes()
    place = conn.execute("SELECT code || ' ' || name FROM place WHERE is_local").fetchone() \
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'place'").fetchone() else None
    schema = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() else None
    meta: dict[str, object] = {"created_at": created, "app_version": __version__, "schema": schema[0] if schema else "",
                               "place": place[0] if place else "", "counts": json.dumps(_counts(conn))}
    sealed_names: list[str] = []
    if keys and settings.seals_keys:
        from telecentre_desk.backup import sealed  # cryptography: when a backup is taken, not at the window's start

        meta["keys"] = sealed.seal(keys, bytes.fromhex(settings.seal_key), bytes.fromhex(settings.salt))
        sealed_names = sorted(keys)
    meta["key_names"] = ",".join(sealed_names)
    conn.execute(f"CREATE TABLE {META_TABLE} (name TEXT PRIMARY KEY, value)")
    conn.executemany(f"INSERT INTO {META_TABLE} VALUES (?, ?)", list(meta.items()))
    conn.commit()
    return meta


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def backup_now(db: Path, secret_files: dict[str, Path], *, to: Path | None = None) -> BackupInfo:
    """One checked backup of ``db`` into ``to`` (else the chosen folder), then the rotation there."""
    settings = backup_settings.load(db)
    chosen = to if to is not None else Path(settings.folder) if settings.folder else None
    if chosen is None:
        raise DeskError(_("no backup folder chosen yet: choose one in the backup settings "
                          "(telecentre-desk backup settings --dir DIR)"))
    try:
        info = _write_backup(db, secret_files, _reachable(chosen))
    except DeskError as exc:
        if to is None:
            backup_settings.save(db, replace(backup_settings.load(db), last_error=exc.message))
        raise
    if to is None or (settings.folder and Path(settings.folder) == to):
        backup_settings.save(db, replace(backup_settings.load(db), last_ok=info.created_at, last_file=info.file,
                                         last_error=""))
    rotate(Path(info.file).parent)
    return info


def _write_backup(db: Path, secret_files: dict[str, Path], folder: Path) -> BackupInfo:
    if not db.is_file():
        raise DeskError(_("there is no database at {path}").format(path=db))
    for stale in folder.glob(f"*{PARTIAL}"):  # left by a backup killed or cut off mid-way
        stale.unlink(missing_ok=True)
    now = clock.now()
    name = f"{db.stem}-{_stamp(now)}"
    target = folder / f"{name}{SUFFIX}"
    n = 1
    while target.exists():  # two backups in the same second: both kept
        n += 1
        target = folder / f"{name}-{n}{SUFFIX}"
    partial = target.with_name(target.name + PARTIAL)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # born owner-only
        copy = copy_database(db, partial)
        try:
            meta = _write_meta(copy, db, secret_files, now.astimezone(dt.UTC).isoformat(timespec="seconds"))
            # Every page is written (the commit above): the one fsync flushes them to the stick while the check,
            # which only reads from the cache, runs beside it (both release the GIL). Renamed only once both end.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-fsync") as pool:
                flushed = pool.submit(sync_file, partial)
                verdict = check(copy)
                flushed.result()
        finally:
            copy.close()
        if verdict != "ok":
            raise DeskError(_("the backup failed its integrity check ({verdict}); the previous backups are kept"
                              ).format(verdict=verdict))
        os.chmod(partial, 0o600)
        _publish(partial, target)
        sync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DeskError(_("the backup into {path} failed ({reason}); the previous backups are kept").format(
            path=folder.parent, reason=getattr(exc, "strerror", None) or exc)) from exc
    except DeskError:
        partial.unlink(missing_ok=True)
        raise
    logger.info("backed up %s to %s (keys sealed: %s)", db, target, meta["key_names"] or "none")
    return _info(target, meta)


# The steps of a backup, one function each so bench/backup.py times them separately (docs/backups.md, "Cost").

def copy_database(db: Path, partial: Path) -> sqlite3.Connection:
    """The online backup API copy of ``db`` into the empty file ``partial``, in one step; returns the open
    connection to the copy, its page cache holding every page just written.

    No journal and no syncs while the copy is written: a ``.partial`` file is never used until it has been
    checked, fsynced once as a whole (``sync_file``) and renamed; a crash before that leaves a file the next
    backup deletes. The cache (256 MB at most, allocated as pages come) is bigger than a ten-year place, so the
    integrity check that follows on this same connection reads every page from memory, not from the stick.
    """
    copy = sqlite3.connect(partial)
    try:
        copy.execute("PRAGMA cache_size=-262144")
        copy.execute("PRAGMA synchronous=OFF")
        copy.execute("PRAGMA journal_mode=OFF")
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as source:
            source.backup(copy)  # pages=-1: every page in one pass, under one read lock on the source
        # The copy took the source's WAL flag with page 1: a backup is one self-contained file.
        copy.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        copy.close()
        raise
    return copy


def check(copy: sqlite3.Connection) -> str:
    """The full ``PRAGMA integrity_check`` (b-trees, page accounting, NOT NULL and CHECK constraints, and every
    index entry against its row), on the connection that wrote the copy: "ok" or SQLite's first complaint."""
    return str(copy.execute("PRAGMA integrity_check").fetchone()[0])


def sync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def sync_folder(folder: Path) -> None:
    """The rename itself made durable (a power cut right after must not lose the new name). Some file systems
    (and Windows) cannot fsync a folder: the file's own fsync is then all there is."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _publish(partial: Path, target: Path) -> None:
    """The rename that makes a checked backup visible under its name (atomic within the folder)."""
    os.replace(partial, target)


def inspect(path: Path) -> BackupInfo:
    """What a backup file holds, read-only; refuses a file that is not a whole, checked backup of ours."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DeskError(_("cannot read the backup {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
    if magic != SQLITE_MAGIC:
        raise DeskError(_("{path} is not a Télécentre Desk backup (not an SQLite file)").format(path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise DeskError(_("the backup {path} is damaged ({verdict})").format(path=path, verdict=verdict))
            meta = dict(conn.execute(f"SELECT name, value FROM {META_TABLE}"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DeskError(_("the backup {path} is damaged or incomplete ({reason})").format(path=path, reason=exc)) \
            from exc
    return _info(path, meta)


def _info(path: Path, meta: dict) -> BackupInfo:
    counts = json.loads(str(meta.get("counts") or "{}"))
    names = [n for n in str(meta.get("key_names", "")).split(",") if n]
    return BackupInfo(file=str(path), bytes=path.stat().st_size, created_at=str(meta.get("created_at", "")),
                      app_version=str(meta.get("app_version", "")), schema=str(meta.get("schema", "")),
                      place=str(meta.get("place", "")), counts=counts, keys=names)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a chosen folder, newest first; damaged ones are left out (and logged)."""
    found = []
    for path in sorted(backup_folder(folder).glob(f"*{SUFFIX}"), reverse=True):
        try:
            found.append(inspect(path))
        except DeskError as exc:
            logger.warning("skipping %s: %s", path, exc.message)
    return found


def rotate(folder: Path) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months that have one; delete the rest."""
    files = sorted(folder.glob(f"*{SUFFIX}"), reverse=True)
    keep: set[Path] = set()
    for width, count in ((_day, KEEP_DAILY), (_week, KEEP_WEEKLY), (_month, KEEP_MONTHLY)):
        seen: list[str] = []
        for path in files:
            bucket = width(path)
            if bucket is None or bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            keep.add(path)
    removed = [p for p in files if p not in keep and _moment(p) is not None]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _moment(path: Path) -> dt.date | None:
    stamp = path.name.removesuffix(SUFFIX).rsplit("-", 2)
    for part in reversed(stamp):
        try:
            return dt.datetime.strptime(part, "%Y%m%dT%H%M%SZ").date()
        except ValueError:
            continue
    return None


def _day(path: Path) -> str | None:
    day = _moment(path)
    return day.isoformat() if day else None


def _week(path: Path) -> str | None:
    day = _moment(path)
    return "{}-W{:02d}".format(*day.isocalendar()[:2]) if day else None


def _month(path: Path) -> str | None:
    day = _moment(path)
    return f"{day:%Y-%m}" if day else None


@dataclass(frozen=True, slots=True)
class Health:
    folder: str
    last_ok: str
    warning: str  # empty when all is well
    kind: str = ""  # NO_FOLDER, UNREACHABLE or STALE with a warning: the window's short form of it


NO_FOLDER, UNREACHABLE, STALE = "no_folder", "unreachable", "stale"


def health(db: Path) -> Health:
    """What the window warns about: no folder, a folder not reachable, or no good backup for 2 days."""
    settings = backup_settings.load(db)
    if not settings.folder:
        return Health("", settings.last_ok, _("No backup folder chosen: if this computer's disk fails, "
                                              "everything is lost. Choose one in Place > Backups."), NO_FOLDER)
    if not Path(settings.folder).is_dir():
        return Health(settings.folder, settings.last_ok, _("The backup folder {path} cannot be reached: plug in "
                                                           "the USB stick or connect the drive.").format(
            path=settings.folder), UNREACHABLE)
    if not settings.last_ok or clock.now() - dt.datetime.fromisoformat(settings.last_ok) > STALE_AFTER:
        return Health(settings.folder, settings.last_ok, _("No good backup for more than 2 days."), STALE)
    return Health(settings.folder, settings.last_ok, "")


def backup_if_chosen(db: Path) -> None:
    """Before a migration or a re-key, a backup into the host's folder (a stick, a drive) when one is chosen:
    best effort, logged (a migration has already made its safety copy beside the database)."""
    from telecentre_desk.paths import resolve

    try:
        if backup_settings.load(db).folder:
            backup_now(db, resolve(db=db, environ={}).secret_files)
    except DeskError as exc:
        logger.warning("no backup into the chosen folder first: %s", exc.message)


def last_good(db: Path) -> dt.datetime | None:
    """When the last backup of ``db`` was written and checked (UTC), or None when there has been none."""
    try:
        last_ok = backup_settings.load(db).last_ok
    except DeskError:
        return None
    return dt.datetime.fromisoformat(last_ok) if last_ok else None


def due(db: Path) -> bool:
    """Once a day: true when a folder is chosen and the last good backup is not from today (UTC)."""
    settings = backup_settings.load(db)
    if not settings.folder:
        return False
    return not settings.last_ok or dt.datetime.fromisoformat(settings.last_ok).date() < clock.now().date()


def restore(db: Path, secret_files: dict[str, Path], backup: Path) -> tuple[BackupInfo, Path | None]:
    """Put ``backup`` in place of ``db``; the current database is kept aside first. Returns the backup and
    where the previous database was kept. Refused, with nothing changed, for a bad or newer backup or while a
    sync or a month run holds the database."""
    from telecentre_desk.db import migrate

    info = inspect(backup)
    if info.schema and info.schema not in migrate.known_revisions():
        raise DeskError(_("{path} was written by a newer version of Télécentre Desk (schema {schema}); "
                          "install that version or newer to restore it").format(path=backup, schema=info.schema))
    busy.refuse_if_busy(db)
    with busy.hold(db, "restore"):
        kept = None
        if db.is_file():
            kept = migrate.backup(db, label="before-restore")  # beside the database, with the other safety copies
            settings = backup_settings.load(db)
            if settings.folder and Path(settings.folder).is_dir():
                try:
                    _write_backup(db, secret_files, _reachable(Path(settings.folder)))
                except DeskError as exc:
                    logger.warning("no backup into the chosen folder before the restore: %s", exc.message)
        staging = db.with_name(db.name + ".restoring")
        try:
            for leftover in (staging, Path(f"{staging}-journal")):
                leftover.unlink(missing_ok=True)
            with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source, sqlite3.connect(staging) as stage:
                source.backup(stage)
                stage.execute(f"DROP TABLE {META_TABLE}")
                stage.commit()
            source.close()
            with sqlite3.connect(staging) as stage, sqlite3.connect(db) as live:
                stage.backup(live)  # page by page into the live file, under SQLite's lock: WAL readers stay safe
            stage.close()
            live.close()
        except (OSError, sqlite3.Error) as exc:
            raise DeskError(_("the restore failed ({reason}); the previous database is kept as {kept}").format(
                reason=exc, kept=kept)) from exc
        finally:
            staging.unlink(missing_ok=True)
    logger.info("restored %s from %s (previous kept as %s)", db, backup, kept)
    _continue_after_restore(db, backup)
    return info, kept


def _continue_after_restore(db: Path, backup: Path) -> None:
    """The restored place goes on: its schema brought up to date, its next sync exports in a new epoch (the
    other places apply them although their sequence numbers went back), and the restore in the fiscal journal
    (an audit must see that the documents' database was replaced)."""
    from telecentre_desk.audit import fiscal
    from telecentre_desk.db import migrate
    from telecentre_desk.db.uow import unit_of_work
    from telecentre_desk.sync import service as sync_service
    from telecentre_desk.sync import store as sync_store

    engine = migrate.open_database(db, create=False)
    try:
        with sync_service.raw_connection(engine) as conn:
            epoch = sync_store.mark_restored(conn)
        with unit_of_work(engine) as session:
            fiscal.record(session, actor="telecentre-desk", action="restore",
                          details={"backup": backup.name, "sync_epoch": epoch})
    finally:
        engine.dispose()


def recover_keys(backup: Path, passphrase: str, secret_files: dict[str, Path]) -> list[str]:
    """Put back the key files sealed in ``backup``. A different key already there is kept aside, not lost."""
    conn = sqlite3.connect(f"file:{inspect(backup).file}?mode=ro", uri=True)
    try:
        row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE name = 'keys'").fetchone()
    finally:
        conn.close()
    if row is None:
        raise DeskError(_("this backup carries no keys (no recovery passphrase was set when it was made)"))
    from telecentre_desk.backup import sealed  # cryptography: loaded when a key is recovered

    files = sealed.unseal(bytes(row[0]), passphrase)
    restored = []
    for name, data in files.items():
        target = secret_files.get(name)
        if target is None:
            continue
        if target.is_file() and target.read_bytes() != data:
            os.replace(target, target.with_name(f"{target.name}.replaced-{_stamp(clock.now())}"))
        sealed.write_private(target, data)
        restored.append(name)
    return sorted(restored)
