"""Invoices, Factur-X, badge sheets, FEC, archives, member data and the scan journal: 0600 whatever the
umask, folders the app creates 0700, written exclusively (a planted symlink is never followed)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Shell
from tests.privacy.conftest import lived  # noqa: F401  (the fixture)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("umask_022")
def test_every_document_naming_someone_is_created_private(lived: Shell, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    lived.json("invoice", "pdf", "FLO-2026-0001", "--out", str(out / "facture.pdf"))
    lived.json("invoice", "pdf", "FLO-2026-0001", "--out", str(out / "facture-x.pdf"), "--facturx")
    lived.json("invoice", "pdf", "--month", "2026-10", "--out-dir", str(out / "octobre"))
    lived.json("invoice", "print", "--month", "2026-10", "--out", str(out / "a-imprimer.pdf"))
    lived.json("badge", "sheet", "--pdf", str(out / "badges.pdf"))
    lived.json("invoice", "export", "--fec", str(out / "fec.txt"), "--from", "2026-01-01", "--to", "2026-12-31")
    lived.json("invoice", "export", "--month", "2026-10", "--out", str(out / "journal.csv"))
    lived.json("invoice", "close", "--month", "2026-10")
    lived.json("invoice", "archive", "--period", "2026-10", "--out", str(out / "archive.zip"))
    lived.json("member", "export-data", "2", "--out", str(out / "marie.json"), "--pdf", str(out / "marie.pdf"))
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert sorted(p.name for p in files) == sorted(["facture.pdf", "facture-x.pdf", "FLO-2026-0001.pdf",
                                              "FLO-2026-0002.pdf", "a-imprimer.pdf", "badges.pdf", "fec.txt",
                                              "journal.csv", "archive.zip", "marie.json", "marie.pdf"])
    assert {p.name: oct(mode(p)) for p in files} == {p.name: oct(0o600) for p in files}
    assert mode(out / "octobre") == 0o700  # created by the app
    assert mode(out) == 0o755  # the user's own folder is left as it was
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind


@pytest.mark.usefixtures("umask_022")
def test_a_symlink_planted_at_the_target_is_replaced_never_written_through(lived: Shell,  # noqa: F811
                                                                           tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    for name, args in (("facture.pdf", ("invoice", "pdf", "FLO-2026-0001")), ("badges.pdf", ("badge", "sheet")),
                       ("fec.txt", ("invoice", "export", "--from", "2026-01-01", "--to", "2026-12-31"))):
        target = tmp_path / name
        target.symlink_to(victim)
        flag = {"badges.pdf": "--pdf", "fec.txt": "--fec"}.get(name, "--out")
        lived.json(*args, flag, str(target))
        assert not target.is_symlink() and mode(target) == 0o600, name
        assert victim.read_text() == "untouched"


def test_the_scan_journal_is_private_and_never_follows_a_symlink(tmp_path: Path, umask_022: None) -> None:
    import datetime as dt

    from telecentre_desk.desk.scan_queue import QueuedScan, ScanJournal

    journal = ScanJournal.beside(tmp_path / "desk.sqlite")
    entry = QueuedScan("1:ABC", dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC), "scanner", "uid-1", "in")
    journal.append(entry)
    assert mode(journal.path) == 0o600
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (tmp_path / "desk.sqlite.scan-queue.tmp").symlink_to(victim)  # where the journal's temporary file used to go
    journal.keep_only([entry, entry])
    assert mode(journal.path) == 0o600 and not journal.path.is_symlink() and victim.read_text() == "untouched"
    assert journal.entries() == [entry, entry]
