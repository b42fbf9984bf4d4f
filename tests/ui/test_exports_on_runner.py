"""The Members screen's exports run on the window's runner: the members CSV and a member's personal data (JSON and
PDF). Progress in the status bar (no dialog, no focus), files 0600, a failure said once, in one non-modal line."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.operations.progress import OperationProgress
from telecentre_desk.ui.privacy.members_hook import MembersPrivacyHook
from telecentre_desk.ui.store import Store


@pytest.fixture
def screen(qtbot: QtBot, store: Store, place_engine: Engine) -> MembersScreen:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Zéphyrine", last_name="Quillardet", email="zq@example.org")
    widget = MembersScreen(store)
    qtbot.addWidget(widget)
    widget.hook = MembersPrivacyHook(widget, store)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_member(widget.model.member_at(0).id)
    return widget


@pytest.fixture
def progress(qtbot: QtBot, store: Store) -> OperationProgress:
    widget = OperationProgress(store.runner)  # what the window's status bar holds
    qtbot.addWidget(widget)
    return widget


def run_export(qtbot: QtBot, store: Store, progress: OperationProgress, start: Callable[[], object],
               label: str) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    store.runner.message.connect(lambda text, error: said.append((text, error)))
    start()
    assert store.runner.busy("files")  # handed to the runner: the UI thread is free for the scanner
    assert progress.isVisible() and progress.label.text() == label
    assert QApplication.activeModalWidget() is None  # no dialog to take the keyboard
    qtbot.waitUntil(lambda: not store.runner.busy())
    return said


def test_the_members_csv_is_written_on_the_runner(qtbot: QtBot, store: Store, screen: MembersScreen,
                                                  progress: OperationProgress, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "membres.csv"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: out)
    messages: list[str] = []
    screen.message.connect(messages.append)
    said = run_export(qtbot, store, progress, screen.export_action.trigger, "Writing membres.csv…")
    assert said == [] and messages == [f"1 members saved to {out}"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Quillardet" in out.read_bytes().decode("utf-8-sig")


def test_a_members_csv_that_cannot_be_written_is_said_once(qtbot: QtBot, store: Store, screen: MembersScreen,
                                                          progress: OperationProgress, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, recorded_dialogs) -> None:
    out = tmp_path / "gone" / "membres.csv"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: out)
    messages: list[str] = []
    screen.message.connect(messages.append)
    said = run_export(qtbot, store, progress, screen.export_action.trigger, "Writing membres.csv…")
    assert len(said) == 1 and said[0][1] and said[0][0].startswith("Writing membres.csv: cannot write")
    assert progress.isVisible() and progress.label.text() == said[0][0]  # red, until dismissed or the next job
    assert messages == [] and recorded_dialogs.errors == [] and not out.parent.exists()


def test_a_members_personal_data_is_exported_on_the_runner(qtbot: QtBot, store: Store, screen: MembersScreen,
                                                           progress: OperationProgress, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "donnees.json"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: target)
    messages: list[str] = []
    screen.hook.message.connect(messages.append)
    said = run_export(qtbot, store, progress, screen.hook.export_action.trigger, "Writing donnees.json…")
    assert said == [] and messages == [f"Personal data saved to {target} and {target.with_suffix('.pdf')}"]
    assert json.loads(target.read_text(encoding="utf-8"))["identity"]["last_name"] == "Quillardet"
    for path in (target, target.with_suffix(".pdf")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_personal_data_export_that_cannot_be_written_is_said_once(
        qtbot: QtBot, store: Store, screen: MembersScreen, progress: OperationProgress, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, recorded_dialogs) -> None:
    target = tmp_path / "gone" / "donnees.json"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: target)
    said = run_export(qtbot, store, progress, screen.hook.export_action.trigger, "Writing donnees.json…")
    assert len(said) == 1 and said[0][1] and said[0][0].startswith("Writing donnees.json: cannot write")
    assert recorded_dialogs.errors == [] and not target.parent.exists()


def test_a_second_export_while_one_runs_is_refused_in_words(qtbot: QtBot, store: Store, screen: MembersScreen,
                                                           progress: OperationProgress, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: tmp_path / "membres.csv")
    said: list[tuple[str, bool]] = []
    store.runner.message.connect(lambda text, error: said.append((text, error)))
    first = screen.export_members()
    second = screen.export_members()
    assert first is not None and second is None
    assert said == [("Writing membres.csv is already running: wait for it to end, or cancel it.", True)]
    qtbot.waitUntil(lambda: not store.runner.busy())
