"""Files 0600 and folders 0700 whatever the umask; the badge key guarded; logs without personal data."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from telecentre_desk.db.engine import make_engine
from telecentre_desk.db.migrate import alembic_config
from tests.cli.conftest import Shell


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("umask_022")
def test_everything_personal_is_created_private(shell: Shell, tmp_path: Path) -> None:
    engine = make_engine(shell.db)  # an older database: opening it migrates and makes a backup first
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "0008_invoice_credit_index")
    engine.dispose()
    shell.db.chmod(0o644)  # as an older version left it
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("member", "add", "--first-name", "Zoé", "--last-name", "Quillardet", "--email", "zq@example.org")
    shell.json("badge", "issue", "1")
    shell.json("member", "export", "--out", str(tmp_path / "membres.csv"))
    shell.json("member", "export-data", "1", "--out", str(tmp_path / "zoe.json"), "--pdf", str(tmp_path / "zoe.pdf"))
    files = [shell.db, Path(f"{shell.db}.badge-key"), tmp_path / "membres.csv", tmp_path / "zoe.json",
             tmp_path / "zoe.pdf", *(shell.db.parent / "backups").iterdir(), *(shell.data_dir / "logs").iterdir()]
    for suffix in ("-wal", "-shm"):
        if Path(f"{shell.db}{suffix}").exists():
            files.append(Path(f"{shell.db}{suffix}"))
    assert len(files) >= 7 and (shell.data_dir / "logs" / "telecentre-desk.log") in files
    assert {str(f): oct(mode(f)) for f in files} == {str(f): oct(0o600) for f in files}
    for folder in (shell.db.parent / "backups", shell.data_dir, shell.data_dir / "logs"):
        assert mode(folder) == 0o700, folder


def test_a_badge_key_others_can_read_is_refused(shell: Shell) -> None:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("member", "add", "--first-name", "Zoé", "--last-name", "Quillardet")
    shell.json("badge", "issue", "1")
    key = Path(f"{shell.db}.badge-key")
    key.chmod(0o644)
    code, _, err = shell("badge", "issue", "1")
    assert code == 1 and f"chmod 600 {key}" in err
    key.chmod(0o600)
    assert shell("badge", "issue", "1")[0] == 0


def test_the_new_badge_key_never_follows_a_planted_symlink(shell: Shell, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    key = Path(f"{shell.db}.badge-key")
    for name in (key.name + ".tmp", "." + key.name + ".tmp"):
        (key.parent / name).symlink_to(victim)  # the old fixed temporary name, and a guess at the new
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("member", "add", "--first-name", "Zoé", "--last-name", "Quillardet")
    shell.json("badge", "issue", "1")
    assert not victim.exists()
    assert key.is_file() and not key.is_symlink() and mode(key) == 0o600


def test_the_log_names_nobody(shell: Shell) -> None:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("member", "add", "--first-name", "Zoé", "--last-name", "Quillardet", "--email", "zq@example.org",
               "--phone", "06 12 34 56 78")
    payload = shell.json("badge", "issue", "1")["payload"]
    shell.json("scan", payload, "--at", "2026-11-26T09:00")
    shell("member", "add", "--first-name", "Zoé", "--last-name", "Quillardet", "--email", "zq@@example.org")
    shell("member", "show", "Quillardet")
    shell("member", "edit", "1", "--phone", "pas un numéro 07 11 22 33 44")
    shell("scan", payload[:-3] + "ZZZ", "--at", "2026-11-26T10:00")
    shell("booking", "add", "--space", "Quillardet", "--member", "1", "--from", "2026-12-01T10:00",
          "--to", "2026-12-01T11:00")
    shell("-v", "member", "list", "--search", "Quillardet")
    log = "".join(p.read_text(encoding="utf-8") for p in (shell.data_dir / "logs").iterdir())
    assert "command failed" in log  # the failures were logged, by kind
    for secret in ("Quillardet", "Zoé", "zq@", "06 12 34 56 78", "07 11 22 33 44", payload, payload[-10:]):
        assert secret not in log, secret
