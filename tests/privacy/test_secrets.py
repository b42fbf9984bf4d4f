"""The SMTP password: in the credential store or a 0600 file, never in the database, a log or an export."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from alembic import command
from keyring.backends import fail

from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrate import alembic_config, open_database
from tests.cli.conftest import Shell

PASSWORD = "s3cr3t-Florac!"


def _settings(shell: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    shell.json("mail", "settings", "--host", "smtp.example.fr", "--user", "factures", "--password-stdin",
               "--sender", "factures@florac.fr")


def _everywhere(shell: Shell) -> bytes:
    files = [p for p in shell.db.parent.rglob("*") if p.is_file() and not p.name.endswith(".secrets")]
    return b"".join(p.read_bytes() for p in files)


def test_the_password_goes_to_the_keyring(shell: Shell, monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:
    _settings(shell, monkeypatch)
    assert list(memory_keyring.items.values()) == [PASSWORD]
    assert not Path(str(shell.db) + ".secrets").exists()
    assert PASSWORD.encode() not in _everywhere(shell)  # database, WAL, logs
    assert shell.json("mail", "settings")["password_set"] is True


def test_without_a_keyring_a_private_file_beside_the_database(shell: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    _settings(shell, monkeypatch)
    secrets = Path(str(shell.db) + ".secrets")
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert PASSWORD in secrets.read_text(encoding="utf-8")
    assert PASSWORD.encode() not in _everywhere(shell)
    secrets.chmod(0o644)
    code, _, err = shell("mail", "settings")
    assert code == 1 and f"chmod 600 {secrets}" in err


def test_the_plain_text_password_is_migrated_out(db_path: Path, memory_keyring) -> None:
    engine = make_engine(db_path)
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "0008_invoice_credit_index")
        conn.exec_driver_sql("INSERT INTO place (uid, origin, created_at, updated_at, code, name, is_local, "
                             "vat_regime, timezone, opening_hours, network_billing) VALUES ('p', 'FLO', '2026-01-01', "
                             "'2026-01-01', 'FLO', 'Florac', 1, 'standard', 'Europe/Paris', 'mon-fri 08:00-19:00', "
                             "'home')")
        conn.exec_driver_sql("INSERT INTO place_setting (place_id, key, value) VALUES (1, 'mail.smtp', ?)",
                             (json.dumps({"host": "smtp.example.fr", "password": PASSWORD}),))
    engine.dispose()
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        assert json.loads(conn.execute("SELECT value FROM place_setting").fetchone()[0]) == {
            "host": "smtp.example.fr"}
    assert list(memory_keyring.items.values()) == [PASSWORD]


def test_a_readable_secrets_file_is_refused(tmp_path: Path) -> None:
    from telecentre_desk.common import secret_store

    keyring.set_keyring(fail.Keyring())
    db = tmp_path / "d.sqlite"
    secret_store.set_secret(db, "x", "y")
    assert secret_store.get_secret(db, "x") == "y"
    secret_store.secrets_file(db).chmod(0o640)
    with pytest.raises(DeskError, match="chmod 600"):
        secret_store.get_secret(db, "x")
