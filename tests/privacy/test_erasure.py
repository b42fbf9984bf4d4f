"""Right to erasure: nothing but the invoices' frozen buyer identity names the member afterwards."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.conftest import Shell
from tests.privacy.conftest import SECRETS

pytestmark = pytest.mark.usefixtures("lived")


def _file_bytes(db: Path) -> bytes:
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _reports(shell: Shell) -> tuple[dict, dict]:
    occupancy = shell.json("report", "occupancy", "--from", "2026-10-01", "--to", "2026-11-30")
    network = shell.json("report", "network", "--from", "2026-10-01", "--to", "2026-11-30")
    return occupancy, network


def test_erasure_leaves_the_name_only_in_the_frozen_invoices(lived: Shell, tmp_path: Path) -> None:
    before = _reports(lived)
    # secure_delete: the phone replaced by an edit was overwritten, not left in the page's free space.
    assert [s for s in SECRETS if s.encode() not in _file_bytes(lived.db)] == ["06 12 34 56 78"]
    out = lived.json("member", "erase", "1", "--reason", "demande écrite de Zéphyrine du 25/11", "--yes")
    assert out["erased"] and out["files_scrubbed"]
    assert (out["checked_in"], out["future_bookings"], out["open_drafts"]) == (True, 1, 1)
    assert out["unpaid_cents"] == 21600 - 10000 and out["issued_invoices"] == 1
    assert any("L123-22" in note for note in out["notes"])

    data = _file_bytes(lived.db)
    with sqlite3.connect(lived.db) as conn:
        snapshots = [s for (s,) in conn.execute("SELECT buyer_snapshot FROM invoice WHERE member_id = 1")]
        assert len(snapshots) == 2  # October issued, November's draft frozen for invoicing
        member = conn.execute("SELECT first_name, last_name, email, phone, address, notes, status FROM member "
                              "WHERE number = 1").fetchone()
        assert member == ("", "", None, None, None, None, "erased")
        assert conn.execute("SELECT status FROM booking").fetchone() == ("cancelled",)
        assert {s for (s,) in conn.execute("SELECT status FROM badge WHERE member_id = 1")} == {"revoked"}
        audit = [d for (d,) in conn.execute("SELECT details FROM audit_entry WHERE details IS NOT NULL")]
    # The name, e-mail and address: once per frozen invoice identity, nowhere else (file, free pages, WAL).
    for secret in ("Quillardet", "Zéphyrine", "zephyrine.q@example.org", "Bouzigues"):
        assert data.count(secret.encode()) == len(snapshots), secret
    # The phones and the notes are not on an invoice: gone from every byte.
    for secret in ("06 12 34 56 78", "06 99 88 77 66", "aime le thé"):
        assert secret.encode() not in data, secret
    assert not any(s in d for d in audit for s in SECRETS)
    assert _reports(lived) == before  # statistics count, they do not name
    assert lived.json("invoice", "show", "FLO-2026-0001")["member"] == "Zéphyrine Quillardet"  # as frozen
    assert lived.json("invoice", "pdf", "FLO-2026-0001", "--out", str(tmp_path / "f.pdf"))
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")


def test_a_second_erasure_and_an_edit_are_refused(lived: Shell) -> None:
    lived.json("member", "erase", "1", "--reason", "demande", "--yes")
    code, _, err = lived("member", "erase", "1", "--reason", "demande", "--yes")
    assert code == 1 and "already erased" in err
    code, _, err = lived("member", "edit", "1", "--email", "x@example.org")
    assert code == 1 and "erased" in err


def test_confirmation_and_reason_are_required(lived: Shell) -> None:
    code, _, err = lived("member", "erase", "1", "--reason", "demande")  # no --yes, no terminal
    assert code == 1 and "--yes" in err
    code, _, err = lived("member", "erase", "1", "--reason", "  ", "--yes")
    assert code == 1 and "reason" in err
    with sqlite3.connect(lived.db) as conn:
        assert conn.execute("SELECT last_name FROM member WHERE number = 1").fetchone() == ("Quillardet",)


def test_the_erasure_travels_by_sync(lived: Shell, tmp_path: Path) -> None:
    lived.json("member", "erase", "1", "--reason", "demande", "--yes")
    folder = tmp_path / "shared"
    folder.mkdir()
    lived.json("sync", "export", str(folder))
    text = "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file())
    assert "erased" in text
    assert "Zéphyrine" not in text and "Q." not in text


_KILLER = """
import os, signal, sys
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.privacy import erasure

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # after every row was changed, before the commit

erasure.audit.record = die
with unit_of_work(open_database(sys.argv[1])) as session:
    erasure.erase_member(session, "1", reason="demande")
"""


def test_kill_9_during_an_erasure_leaves_all_as_it_was(lived: Shell) -> None:
    result = subprocess.run([sys.executable, "-c", _KILLER, str(lived.db)], capture_output=True, timeout=120)
    assert result.returncode == -9
    with sqlite3.connect(lived.db) as conn:
        assert conn.execute("SELECT last_name, status FROM member WHERE number = 1").fetchone() == (
            "Quillardet", "active")
        assert conn.execute("SELECT status FROM booking").fetchone() == ("confirmed",)
        assert conn.execute("SELECT COUNT(*) FROM audit_entry WHERE redacted_at IS NOT NULL").fetchone() == (0,)
    assert json.loads(json.dumps(lived.json("member", "show", "1")))["last_name"] == "Quillardet"


def test_the_other_places_directory_entry_is_anonymised(tmp_path: Path, capsys) -> None:
    from telecentre_desk.__main__ import main

    share = tmp_path / "share"
    share.mkdir()
    flo, mar = (["--db", str(tmp_path / f"{code}.sqlite"), "--data-dir", str(tmp_path / code)] for code in "fm")

    def run(*args: str) -> None:
        assert main([*args]) == 0, capsys.readouterr().err

    run(*flo, "place", "init", "--code", "FLO", "--name", "Florac")
    run(*mar, "place", "init", "--code", "MAR", "--name", "Marvejols")
    # Each place accepts the other's signing key (the hosts read the fingerprints to each other by phone).
    for place, other, code in ((flo, mar, "MAR"), (mar, flo, "FLO")):
        capsys.readouterr()
        run(*other, "place", "key", "--json")
        run(*place, "sync", "trust", "add", code, json.loads(capsys.readouterr().out)["fingerprint"])
    run(*flo, "member", "add", "--first-name", "Zéphyrine", "--last-name", "Quillardet")
    run(*flo, "sync", "run", str(share))
    run(*mar, "sync", "run", str(share))
    with closing(sqlite3.connect(tmp_path / "m.sqlite")) as conn:
        assert conn.execute("SELECT first_name, last_name FROM member").fetchone() == ("Zéphyrine", "Q.")
    run(*flo, "member", "erase", "1", "--reason", "demande", "--yes")
    run(*flo, "sync", "run", str(share))
    run(*mar, "sync", "run", str(share))
    with closing(sqlite3.connect(tmp_path / "m.sqlite")) as conn:
        assert conn.execute("SELECT first_name, last_name, status FROM member").fetchone() == ("", "", "erased")
    # secure_delete at the other place too: once its log is checkpointed, the old name is nowhere.
    assert "Zéphyrine".encode() not in _file_bytes(tmp_path / "m.sqlite")


_KILLED_BEFORE_SCRUB = """
import os, signal, sys
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.privacy import erasure

with unit_of_work(open_database(sys.argv[1])) as session:
    erasure.erase_member(session, "1", reason="demande")
os.kill(os.getpid(), signal.SIGKILL)  # committed, but the files were not scrubbed yet
"""


def test_a_scrub_interrupted_by_kill_9_is_finished_by_the_next_purge(lived: Shell) -> None:
    result = subprocess.run([sys.executable, "-c", _KILLED_BEFORE_SCRUB, str(lived.db)], capture_output=True,
                            timeout=120)
    assert result.returncode == -9
    with closing(sqlite3.connect(lived.db)) as conn:
        assert conn.execute("SELECT status FROM member WHERE number = 1").fetchone() == ("erased",)
        assert conn.execute("SELECT value FROM place_setting WHERE key = 'privacy.scrub_pending'").fetchone()
    lived.json("privacy", "purge")
    with closing(sqlite3.connect(lived.db)) as conn:
        assert not conn.execute("SELECT value FROM place_setting WHERE key = 'privacy.scrub_pending'").fetchone()
    data = _file_bytes(lived.db)
    for secret in ("06 12 34 56 78", "06 99 88 77 66", "aime le thé"):
        assert secret.encode() not in data, secret
