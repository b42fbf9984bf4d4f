"""Only one window per database: a second start brings the first forward; another database opens alongside."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk import paths
from telecentre_desk.ui import app as app_module
from telecentre_desk.ui import single_instance


def test_a_second_start_on_the_same_database_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    first = single_instance.SingleInstance(db)
    try:
        assert first.listen()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert single_instance.forward_to_running(tmp_path / "." / "desk.sqlite")  # same file, other spelling
        assert not single_instance.forward_to_running(tmp_path / "other.sqlite")  # two databases: two windows
    finally:
        first.close()
    assert not single_instance.forward_to_running(db)  # closed: the next start opens normally


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes vanish with their process")
def test_a_name_left_by_a_crashed_copy_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    probe = QLocalServer()
    assert probe.listen(single_instance.server_name(db))
    where = Path(probe.fullServerName())
    probe.close()
    # What a crashed copy leaves on Unix: the socket file, bound, answering nobody.
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(where))
    left.close()
    assert where.exists() and not single_instance.forward_to_running(db)
    again = single_instance.SingleInstance(db)
    try:
        assert again.listen()
    finally:
        again.close()


def test_names_differ_per_database_and_fit_a_socket_path(tmp_path: Path) -> None:
    names = {single_instance.server_name(tmp_path / f"{n}.sqlite") for n in range(5)}
    assert len(names) == 5 and all(len(n) < 60 for n in names)


def test_starting_the_app_on_a_database_already_open_brings_that_window_forward(
        qtbot: QtBot, tmp_path: Path, place_engine: Engine, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = single_instance.SingleInstance(db_path)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            code = app_module.run_gui(paths.resolve(db=db_path, data_dir=tmp_path / "data", environ={}),
                                      argv=["telecentre-desk"], environ={})
    finally:
        first.close()
    assert code == 0 and "already has this database open" in capsys.readouterr().err
