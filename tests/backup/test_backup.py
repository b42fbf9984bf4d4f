"""Backups into the host's folder: checked, rotated, owner-only, refused cleanly; restore and key recovery."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine

from telecentre_desk.__main__ import main
from telecentre_desk.backup import busy, sealed, service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.badges import secrets
from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.paths import resolve
from telecentre_desk.plans import service as plans
from tests.system_tools import tmpfs

PASSPHRASE = "la clé du télécentre"


@pytest.fixture
def place(place_engine: Engine, db_path: Path) -> tuple[Path, dict[str, Path], str]:
    """A place with a member holding a badge; the database, its key files and the badge's payload."""
    secret_files = resolve(db=db_path, environ={}).secret_files
    key = secrets.load_key(secret_files["badge-key"], create=True)
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        member = members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                                    start=dt.date(2026, 1, 1))
        payload = badges.issue_badge(session, str(member.number), key=key).payload
    place_engine.dispose()
    return db_path, secret_files, payload


@pytest.fixture
def stick(tmp_path: Path, place) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    db, _secrets, _payload = place
    settings = backup_settings.with_passphrase(backup_settings.BackupSettings(folder=str(folder)), PASSPHRASE)
    backup_settings.save(db, settings)
    return folder


def test_a_backup_is_checked_owner_only_and_carries_the_sealed_keys(place, stick: Path) -> None:
    db, secret_files, _ = place
    info = service.backup_now(db, secret_files)
    path = Path(info.file)
    assert path.parent == stick / service.SUBFOLDER and path.name.endswith(service.SUFFIX)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert info.keys == ["badge-key"] and info.counts["members"] == 1 and info.place.startswith("FLO")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, not the source's WAL
        blob = conn.execute("SELECT value FROM td_backup WHERE name = 'keys'").fetchone()[0]
    assert secret_files["badge-key"].read_bytes() not in blob  # sealed, not in clear
    assert backup_settings.load(db).last_ok == info.created_at
    assert service.health(db).warning == "" and not service.due(db)


def test_the_settings_file_never_holds_the_passphrase(place, stick: Path) -> None:
    db, _, _ = place
    text = backup_settings.settings_path(db).read_text(encoding="utf-8")
    assert PASSPHRASE not in text and json.loads(text)["seal_key"]
    assert stat.S_IMODE(backup_settings.settings_path(db).stat().st_mode) == 0o600


def test_restore_into_a_fresh_data_folder_and_scan_a_badge_issued_before_the_crash(place, stick: Path,
                                                                                   tmp_path: Path) -> None:
    db, secret_files, payload = place
    info = service.backup_now(db, secret_files)
    # The desk PC's disk dies; a new computer, a fresh data folder, the stick.
    fresh = resolve(data_dir=tmp_path / "new-pc", environ={})
    fresh.ensure_dirs()
    fresh.db.parent.mkdir(parents=True, exist_ok=True)
    restored, kept = service.restore(fresh.db, fresh.secret_files, Path(info.file))
    assert kept is None and restored.counts["members"] == 1
    assert service.recover_keys(Path(info.file), PASSPHRASE, fresh.secret_files) == ["badge-key"]
    assert fresh.badge_key.read_bytes() == secret_files["badge-key"].read_bytes()
    assert stat.S_IMODE(fresh.badge_key.stat().st_mode) == 0o600
    engine = open_database(fresh.db)
    try:
        with FrontDesk(engine) as desk:
            assert desk.scan(payload).accepted
        key = secrets.load_key(fresh.badge_key, create=False)
        with unit_of_work(engine) as session:  # and the recovered key reprints the very same badge
            assert badges.badges_to_print(session, None, key=key)[0].payload == payload
    finally:
        engine.dispose()


def test_a_wrong_passphrase_recovers_nothing(place, stick: Path, tmp_path: Path) -> None:
    db, secret_files, _ = place
    info = service.backup_now(db, secret_files)
    target = {"badge-key": tmp_path / "elsewhere.badge-key"}
    with pytest.raises(DeskError, match="wrong recovery passphrase"):
        service.recover_keys(Path(info.file), "not the passphrase", target)
    assert not target["badge-key"].exists()


@pytest.mark.parametrize("damage", ["truncated", "not_sqlite", "newer"])
def test_a_bad_backup_is_refused_and_nothing_changes(place, stick: Path, tmp_path: Path, damage: str) -> None:
    db, secret_files, _ = place
    good = Path(service.backup_now(db, secret_files).file)
    bad = tmp_path / f"{damage}{service.SUFFIX}"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "not_sqlite":
        bad.write_text("members;of;another;app\n")
    else:
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
            conn.execute("UPDATE td_backup SET value = '9999_from_the_future' WHERE name = 'schema'")
    before = db.read_bytes()
    with pytest.raises(DeskError):
        service.restore(db, secret_files, bad)
    assert db.read_bytes() == before and not list(db.parent.glob("*.restoring"))


def test_the_current_database_is_kept_aside_before_a_restore(place, stick: Path) -> None:
    db, secret_files, _ = place
    info = service.backup_now(db, secret_files)
    engine = open_database(db)
    with unit_of_work(engine) as session:
        members.add_member(session, first_name="Jean", last_name="Martin")
    engine.dispose()
    _, kept = service.restore(db, secret_files, Path(info.file))
    assert kept is not None and kept.is_file()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'td_backup'").fetchone()[0] == 0
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 2


def test_a_restore_is_refused_while_a_sync_or_a_month_run_is_going_on(place, stick: Path) -> None:
    db, secret_files, _ = place
    info = service.backup_now(db, secret_files)
    before = db.read_bytes()
    for operation in ("sync", "month"):
        with busy.hold(db, operation), pytest.raises(DeskError, match="going on"):
            service.restore(db, secret_files, Path(info.file))
    assert db.read_bytes() == before
    db.with_name(db.name + ".busy-sync").write_text("999999999")  # left by a killed process: ignored
    service.restore(db, secret_files, Path(info.file))


def test_a_missing_or_read_only_folder_is_explained_and_nothing_is_written(place, tmp_path: Path) -> None:
    db, secret_files, _ = place
    with pytest.raises(DeskError, match="cannot be reached"):
        service.backup_now(db, secret_files, to=tmp_path / "unplugged")
    assert not (tmp_path / "unplugged").exists()  # never created under a missing mount point
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # Root writes through a folder's mode; a stick mounted read-only stops it too (CI runs as root).
        with contextlib.ExitStack() as read_only:
            if os.access(locked, os.W_OK):
                read_only.enter_context(tmpfs(locked, "ro"))
            with pytest.raises(DeskError, match="cannot write"):
                service.backup_now(db, secret_files, to=locked)
    finally:
        locked.chmod(0o700)


def test_a_backup_cut_off_mid_way_leaves_the_previous_ones_intact(place, stick: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db, secret_files, _ = place
    first = Path(service.backup_now(db, secret_files).file)
    content = first.read_bytes()
    clock.set_clock(lambda: dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))

    def pulled_out(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(service, "_publish", pulled_out)
    with pytest.raises(DeskError, match="previous backups are kept"):
        service.backup_now(db, secret_files)
    monkeypatch.undo()
    assert first.read_bytes() == content
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no partial left behind
    assert "Input/output error" in backup_settings.load(db).last_error


def test_the_full_integrity_check_refuses_a_copy_whose_index_disagrees_with_its_rows(
        place, stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is the full one, run on the copy written: an index whose entries do not match the rows (which
    PRAGMA quick_check would let through) makes the backup fail, with the previous backups kept."""
    db, secret_files, _ = place
    first = Path(service.backup_now(db, secret_files).file)
    content = first.read_bytes()
    written = service._write_meta
    quick: list[str] = []

    def damaged(conn: sqlite3.Connection, *args: object) -> dict[str, object]:
        meta = written(conn, *args)
        name = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member' "
                            "AND sql IS NOT NULL").fetchone()[0]
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (f"CREATE INDEX {name} ON member (id DESC)",
                                                                        name))
        conn.execute("PRAGMA writable_schema=RESET")
        conn.commit()
        quick.append(conn.execute("PRAGMA quick_check").fetchone()[0])
        return meta

    monkeypatch.setattr(service, "_write_meta", damaged)
    with pytest.raises(DeskError, match=r"integrity check .*missing from index"):
        service.backup_now(db, secret_files)
    monkeypatch.undo()
    assert quick == ["ok"]  # a quick check would have published it
    assert first.read_bytes() == content and [p.name for p in first.parent.iterdir()] == [first.name]


def test_a_stick_that_fails_its_fsync_during_the_check_publishes_nothing(place, stick: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db, secret_files, _ = place
    first = Path(service.backup_now(db, secret_files).file)

    def pulled_out(_path: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(service, "sync_file", pulled_out)
    with pytest.raises(DeskError, match="Input/output error"):
        service.backup_now(db, secret_files)
    monkeypatch.undo()
    assert [p.name for p in first.parent.iterdir()] == [first.name]


def test_a_partial_file_from_a_killed_backup_is_never_listed_and_is_cleaned(place, stick: Path) -> None:
    db, secret_files, _ = place
    folder = stick / service.SUBFOLDER
    folder.mkdir(mode=0o700)
    (folder / f"desk-20261126T080000Z{service.SUFFIX}{service.PARTIAL}").write_bytes(b"SQLite format 3\x00half")
    assert service.list_backups(stick) == []
    service.backup_now(db, secret_files)
    assert not list(folder.glob(f"*{service.PARTIAL}"))
    assert len(service.list_backups(stick)) == 1


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    day = dt.datetime(2026, 11, 26, 9, 0)
    names = []
    for back in range(0, 500):
        moment = day - dt.timedelta(days=back)
        path = tmp_path / f"desk-{moment:%Y%m%dT%H%M%S}Z{service.SUFFIX}"
        path.write_bytes(b"")
        names.append(path.name)
    service.rotate(tmp_path)
    kept = sorted((p.name[5:13] for p in tmp_path.iterdir()), reverse=True)
    assert kept[:7] == [f"{day - dt.timedelta(days=n):%Y%m%d}" for n in range(7)]
    months = {k[:6] for k in kept}
    assert len(months) == 12 and len(kept) <= 7 + 4 + 12


def test_the_window_is_warned_when_the_last_backup_is_old_or_the_folder_gone(place, stick: Path) -> None:
    db, secret_files, _ = place
    assert "No good backup" in service.health(db).warning and service.due(db)
    service.backup_now(db, secret_files)
    later = clock.now() + dt.timedelta(days=3)
    clock.set_clock(lambda: later)
    assert "more than 2 days" in service.health(db).warning
    stick.rename(stick.with_name("pulled-out"))
    assert "cannot be reached" in service.health(db).warning


def test_the_sealed_blob_needs_the_passphrase_and_refuses_a_short_one() -> None:
    salt = sealed.new_salt()
    blob = sealed.seal({"badge-key": b"abc"}, sealed.derive(PASSPHRASE, salt), salt)
    assert sealed.unseal(blob, PASSPHRASE) == {"badge-key": b"abc"}
    with pytest.raises(DeskError, match="at least 8"):
        sealed.derive("short", salt)


def test_the_cli_backs_up_lists_restores_and_recovers(place, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db, secret_files, _ = place
    stick = tmp_path / "usb"
    stick.mkdir()

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", str(db), "--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("backup", "settings", "--dir", str(stick), "--passphrase-stdin", stdin=PASSPHRASE + "\n")[0] == 0
    code, out, _ = run("backup", "now", "--json")
    made = json.loads(out)
    assert code == 0 and made["integrity"] == "ok" and made["bytes"] == Path(made["file"]).stat().st_size
    code, out, _ = run("backup", "list", "--json")
    assert [b["file"] for b in json.loads(out)] == [made["file"]]
    assert run("backup", "restore", made["file"], stdin="no\n")[0] == 1
    code, out, err = run("backup", "restore", made["file"], "--yes")
    assert code == 0, err
    secret_files["badge-key"].unlink()
    code, out, err = run("key", "recover", made["file"], "--passphrase-stdin", stdin="wrong one!\n")
    assert code == 1 and "wrong recovery passphrase" in err and not secret_files["badge-key"].exists()
    assert run("key", "recover", made["file"], "--passphrase-stdin", stdin=PASSPHRASE + "\n")[0] == 0
    assert secret_files["badge-key"].exists()
    code, _, err = run("backup", "now", "--to", str(tmp_path / "gone"))
    assert code == 1 and "cannot be reached" in err
