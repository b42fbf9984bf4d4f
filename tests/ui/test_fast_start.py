"""The window's first paint comes before SQLAlchemy is loaded; the ORM loads right after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from telecentre_desk.__main__ import main

CHILD = """
import sys
from telecentre_desk.ui import probe

def report(self):
    loaded = sorted({m.split('.')[0] for m in sys.modules if m.startswith(('sqlalchemy', 'sqlmodel', 'alembic'))})
    print('LOADED', ','.join(loaded) or '-', flush=True)
    print('CRYPTOGRAPHY', 'cryptography' in sys.modules, flush=True)
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.exit(0)

probe.FirstPaintProbe._report = report
from telecentre_desk.__main__ import main
sys.exit(main(['--db', sys.argv[1], '--data-dir', sys.argv[2]]))
"""


def test_first_paint_before_the_orm(tmp_path: Path, capsys) -> None:
    db = tmp_path / "desk.sqlite"
    args = ["--db", str(db), "--data-dir", str(tmp_path)]
    assert main([*args, "place", "init", "--code", "FLO", "--name", "Florac"]) == 0
    assert main([*args, "member", "add", "--first-name", "Marie", "--last-name", "Dupont"]) == 0
    capsys.readouterr()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TELECENTRE_DESK_STARTUP_PROBE="1")
    result = subprocess.run([sys.executable, "-c", CHILD, str(db), str(tmp_path)], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "LOADED -" in result.stdout.splitlines()
    # Backups seal keys with cryptography: loaded when a backup is taken, not before the first paint (issue 10).
    assert "CRYPTOGRAPHY False" in result.stdout.splitlines()


def test_the_probe_can_hold_the_window_after_ready() -> None:
    from telecentre_desk.ui import probe

    assert probe.hold_ms({}) == 0
    assert probe.hold_ms({probe.HOLD_ENV: "400"}) == 400
    assert probe.hold_ms({probe.HOLD_ENV: "-5"}) == 0
    assert probe.hold_ms({probe.HOLD_ENV: "lots"}) == 0
    assert probe.hold_ms({probe.HOLD_ENV: "999999"}) == 10_000


def test_the_store_opens_the_engine_on_first_write(qtbot, tmp_path: Path, capsys) -> None:
    from telecentre_desk.db.quick import read_connection
    from telecentre_desk.members import service as members
    from telecentre_desk.members.listing import list_members
    from telecentre_desk.ui.store import Store

    db = tmp_path / "desk.sqlite"
    assert main(["--db", str(db), "--data-dir", str(tmp_path), "place", "init", "--code", "FLO", "--name", "F"]) == 0
    store = Store(db_path=db, read_connection=read_connection(db))
    assert store.read(list_members) == []
    with qtbot.waitSignal(store.changed):
        result = store.run(lambda s: members.add_member(s, first_name="Marie", last_name="Dupont"),
                           parent_widget=None)
    assert result.ok
    assert [m.full_name for m in store.read(list_members)] == ["Marie Dupont"]  # the read side sees the write
    store.close()
