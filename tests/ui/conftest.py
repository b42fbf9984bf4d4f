"""UI fixtures: a Store on a fresh database, settings under tmp_path, message boxes replaced by recorders."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from telecentre_desk.ui import dialogs
from telecentre_desk.ui.operations.runner import Job, Operation, Runner
from telecentre_desk.ui.store import Store


@pytest.fixture(scope="session", autouse=True)
def _multimedia_loaded_quietly(qapp) -> None:
    """Load Qt Multimedia once, before the first UI test, its one-time messages dropped.

    On first use Qt Multimedia says what this machine lacks (no PipeWire, VA-API nor PulseAudio server)
    as warnings; whichever test loads it first (a desk sound, the camera) would fail on them, so a test
    passed or failed depending on the order it ran in. Loaded here, every test sees the same state.
    """
    from telecentre_desk.ui.camera import backend

    previous = qInstallMessageHandler(lambda *_: None)
    try:
        qt = backend.multimedia()
        qt.QMediaDevices.audioOutputs()
        qt.QMediaDevices.videoInputs()
    except backend.MultimediaUnavailableError:
        pass  # nothing loaded, nothing said: the tests that need it say why
    finally:
        qInstallMessageHandler(previous)


@dataclass
class DialogRecorder:
    """Stands in for every message box: records what the user would have read."""

    answers: list[bool] = field(default_factory=list)  # what ask() returns, in order
    questions: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    about: list[tuple[str, str]] = field(default_factory=list)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append((title, text))
        if not self.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.answers.pop(0)

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def show_crash(self, parent: QWidget | None, title: str, text: str) -> None:
        self.crashes.append((title, text))

    def show_about(self, parent: QWidget | None, title: str, text: str) -> None:
        self.about.append((title, text))


@pytest.fixture(autouse=True)
def recorded_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """No real modal box may ever block a test: each one is recorded instead."""
    recorder = DialogRecorder()
    for name in ("ask", "show_error", "show_crash", "show_about"):
        monkeypatch.setattr(dialogs, name, getattr(recorder, name))
    return recorder


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes under tmp_path, never into the user's real configuration."""
    folder = tmp_path / "settings"
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _no_job_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test waits for the background jobs it started: one still running at its end fails it, named.

    Left running, a job ends during a later test (announcing changes, calling back a dialog of this one), and
    its thread aborts the process if its runner is deleted first ("QThread: Destroyed while thread is still
    running"). The job is stopped and waited for here, so the next tests start clean.
    """
    started: list[Job] = []
    start = Runner._start

    def recorded(runner: Runner, operation: Operation) -> Job:
        job = start(runner, operation)
        started.append(job)
        return job

    monkeypatch.setattr(Runner, "_start", recorded)
    yield
    running = [job for job in started if shiboken6.isValid(job) and job.isRunning()]
    for job in running:
        job.cancel()
        job.wait()
    if running:
        pytest.fail("left running after the test (wait for it: qtbot.waitUntil(lambda: not store.runner.busy())): "
                    + ", ".join(f"{job.operation.kind} job {job.operation.label!r}" for job in running),
                    pytrace=False)


@pytest.fixture
def store(place_engine: Engine) -> Store:
    return Store(place_engine)
