"""A full disk is reported as a full disk, whatever SQLite's code says, and nothing is half-written.

Two ways: a real tiny file system (a 2 MB tmpfs, only when the tests run as root and may mount), and
simulations that run everywhere: ``PRAGMA max_page_count`` (SQLite's own SQLITE_FULL), the disk I/O
error a full disk gives for the WAL's shared memory, and ENOSPC from writing an output file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from telecentre_desk.db import engine as db_engine
from telecentre_desk.db import uow
from tests.cli.conftest import Shell
from tests.cli.test_cli_fuzz import fingerprint
from tests.system_tools import tmpfs

DISK_FULL = "telecentre-desk: error: the disk is full: nothing was saved; free some space and try again\n"


@pytest.fixture
def desk(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont")
    return shell


def _fill(folder: Path) -> None:
    """Write zeros until the file system refuses."""
    with open(folder / "filler", "wb", buffering=0) as filler, pytest.raises(OSError, match="No space left") as full:
        while True:
            filler.write(b"\0" * 4096)
    assert full.value.errno == errno.ENOSPC


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    with tmpfs(mount, "size=2m"):
        yield mount


def test_a_real_full_disk(desk: Shell, tiny_fs: Path) -> None:
    desk.db = tiny_fs / "desk.sqlite"
    desk.json("place", "init", "--code", "FLO", "--name", "Florac")
    desk.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont")
    before = fingerprint(desk.db)
    _fill(tiny_fs)
    for _ in range(3):  # the WAL's free pages run out on the way, whatever SQLite calls it
        code, out, err = desk("member", "add", "--first-name", "Jean", "--last-name", "Martin", "--notes", "x" * 1900)
        assert (code, out, err) == (1, "", DISK_FULL)
    code, out, err = desk("member", "export", "--out", str(tiny_fs / "members.csv"))
    assert (code, err) == (1, DISK_FULL)
    assert sorted(p.name for p in tiny_fs.iterdir() if not p.name.startswith("desk.sqlite")) == ["filler"]
    (tiny_fs / "filler").unlink()
    assert fingerprint(desk.db) == before
    with contextlib.closing(sqlite3.connect(desk.db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_sqlite_full_from_max_page_count(desk: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    original = db_engine._on_connect

    def no_room_to_grow(connection: sqlite3.Connection, record) -> None:
        original(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    before = fingerprint(desk.db)
    monkeypatch.setattr(db_engine, "_on_connect", no_room_to_grow)
    for _ in range(5):
        code, _out, err = desk("member", "add", "--first-name", "Jean", "--last-name", "M" * 100,
                               "--notes", "x" * 2000)
        if code:
            break
    assert (code, err) == (1, DISK_FULL)
    monkeypatch.setattr(db_engine, "_on_connect", original)
    assert fingerprint(desk.db)["member"][0] <= before["member"][0] + 4


def test_a_disk_io_error_on_a_full_file_system_is_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE: the WAL index could not grow
    assert "disk I/O error" in uow.explain_operational(io_error, db_path=tmp_path / "d.sqlite").message
    monkeypatch.setattr(uow.shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**6, 10**6, 0))
    assert "the disk is full" in uow.explain_operational(io_error, db_path=tmp_path / "d.sqlite").message
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    assert "the disk is full" in uow.explain_operational(full).message


def test_no_space_for_an_output_file(desk: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args, **kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # Exports are written through an exclusive temporary file, flushed to disk before the rename: a full disk
    # answers there (os.fsync), after part of the data went in.
    monkeypatch.setattr(os, "fsync", no_space)
    code, _out, err = desk("member", "export", "--out", str(tmp_path / "members.csv"))
    assert (code, err) == (1, DISK_FULL)
    assert list(tmp_path.glob("members.csv*")) == []  # no half-written file, no temporary left behind
