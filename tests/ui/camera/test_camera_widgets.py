"""The camera preview and the Camera dialog without a camera (none here, none in CI)."""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from telecentre_desk.ui import sound
from telecentre_desk.ui.camera import backend
from telecentre_desk.ui.camera import settings as camera_settings
from telecentre_desk.ui.camera.backend import CameraInfo
from telecentre_desk.ui.camera.camera_dialog import CameraDialog
from telecentre_desk.ui.camera.scanner_widget import CameraScanner
from tests.ui.camera.conftest import PAYLOAD, NoCameraBackend, NoMultimediaBackend

# What Qt Multimedia prints on a machine with no PipeWire, VA-API nor PulseAudio server (this one, CI):
# harmless here, and only printed when the real backend loads.
MULTIMEDIA_NOISE = [r"^Couldn't (load|resolve) (pipewire|va)", r"^PulseAudioService: pa_context_connect\(\) failed",
                    r"^Using Qt multimedia with FFmpeg"]


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_the_real_backend_here_says_why_there_is_no_camera(qtbot) -> None:
    scanner = CameraScanner()
    qtbot.addWidget(scanner)
    assert not scanner.start()
    assert scanner.status_text.startswith(("No camera found.", "Camera scanning is not available"))
    assert not scanner.running
    scanner.close_camera()


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_the_backend_lists_no_camera_and_no_sound_device_here() -> None:
    try:
        backend.multimedia()
    except backend.MultimediaUnavailableError as exc:  # e.g. "libpulse.so.0: cannot open shared object file"
        with pytest.raises(backend.MultimediaUnavailableError, match=re.escape(exc.detail)):
            backend.cameras()
    else:
        assert backend.cameras() == []
        assert backend.camera_device("") is None
    assert backend.has_audio_output() is False


def test_a_camera_plugged_in_later_is_tried_again(qtbot) -> None:
    fake = NoCameraBackend()
    scanner = CameraScanner(backend=fake)
    qtbot.addWidget(scanner)
    assert not scanner.start()
    tries = []
    fake.camera_device = lambda wanted: tries.append(wanted)  # still none, but it was asked
    fake.watched[0]()
    assert tries == [""] and len(fake.watched) == 1
    scanner.close_camera()


def test_a_scanner_dropped_while_its_thread_runs_does_not_abort(qtbot, make_frame) -> None:
    parent = QWidget()
    scanner = CameraScanner(backend=NoCameraBackend(), parent=parent)
    with qtbot.waitSignal(scanner.decoded, timeout=5000):
        scanner.pipeline.submit(make_frame(PAYLOAD))
    assert scanner.pipeline._thread.isRunning()
    del scanner
    parent.deleteLater()  # no close_camera(): the thread must still be stopped before it is deleted
    qtbot.wait(10)
    del parent
    gc.collect()


def test_the_dialog_without_a_camera_still_sets_the_sound_and_the_debounce(qtbot, settings_store: QSettings) -> None:
    dialog = CameraDialog(settings_store=settings_store, backend=NoMultimediaBackend())
    qtbot.addWidget(dialog)
    assert (dialog.camera_combo.currentText(), dialog.camera_combo.isEnabled()) == ("No camera", False)
    assert dialog.scanner.status_text.startswith("Camera scanning is not available")
    assert dialog.sound_check.isChecked()  # sounds are on by default
    dialog.sound_check.setChecked(False)
    dialog.debounce_spin.setValue(5.0)
    assert sound.ENABLED.read(settings_store) is False
    assert camera_settings.DEBOUNCE_S.read(settings_store) == 5.0
    assert dialog.scanner.pipeline.debouncer.window_s == 5.0
    dialog.reject()


def test_the_dialog_remembers_the_chosen_camera(qtbot, settings_store: QSettings) -> None:
    fake = NoCameraBackend()
    fake.cameras = lambda: [CameraInfo("/dev/video0", "Integrated Camera", True),
                            CameraInfo("/dev/video2", "Logitech C270", False)]
    camera_settings.DEVICE_ID.write(settings_store, "/dev/video2")
    dialog = CameraDialog(settings_store=settings_store, backend=fake)
    qtbot.addWidget(dialog)
    assert [dialog.camera_combo.itemText(i) for i in range(2)] == ["Integrated Camera (default)", "Logitech C270"]
    assert dialog.camera_combo.currentText() == "Logitech C270"
    dialog.camera_combo.setCurrentIndex(0)
    assert camera_settings.DEVICE_ID.read(settings_store) == "/dev/video0"
    dialog.scanner.decoded.emit(PAYLOAD)
    assert dialog.last_read.text() == f"Badge read: {PAYLOAD}"
    dialog.reject()
