"""Place > Camera… and Place > Kiosk mode in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from telecentre_desk.ui.camera.camera_dialog import CameraDialog
from telecentre_desk.ui.kiosk import launcher, pin_dialog
from telecentre_desk.ui.kiosk.window import KioskWindow
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store
from tests.ui.camera.conftest import NoCameraBackend
from tests.ui.camera.test_camera_widgets import MULTIMEDIA_NOISE


@pytest.fixture
def window(qtbot, store: Store, settings_store: QSettings, db_path: Path) -> MainWindow:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)  # the kiosk looks for an audio device for its sounds
def test_kiosk_mode_hides_the_window_until_the_host_leaves_with_the_pin(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(launcher, "KioskWindow", lambda **kw: KioskWindow(backend=NoCameraBackend(), **kw))
    typed = ["2468", "2468"]  # chosen on the way in (none was set), typed on the way out
    monkeypatch.setattr(pin_dialog, "choose_pin", lambda parent, text: typed.pop(0))
    monkeypatch.setattr(pin_dialog, "ask_pin", lambda parent, text: typed.pop(0))
    window.kiosk_action.trigger()
    kiosk = window.kiosk_window
    assert kiosk is not None and kiosk.isFullScreen() and not window.isVisible()
    assert kiosk.request_leave()
    assert window.isVisible() and typed == []
    qtbot.waitUntil(lambda: not any(isinstance(w, KioskWindow) for w in QApplication.topLevelWidgets()))


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_the_camera_dialog_opens_from_the_place_menu(qtbot, window) -> None:
    window.camera_action.trigger()
    dialog = window.findChild(CameraDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.scanner.status_text.startswith(("No camera found.", "Camera scanning is not available"))
    dialog.reject()
