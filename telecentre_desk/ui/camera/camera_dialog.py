"""Camera… : choose the webcam, see its preview, try a badge, and switch the desk sounds on or off.

A badge read here is only shown, never recorded: checking in happens at the front desk or in
kiosk mode. Every change is remembered at once in the settings of this computer.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.ui import sound
from telecentre_desk.ui.camera import backend as camera_backend
from telecentre_desk.ui.camera import settings as camera_settings
from telecentre_desk.ui.camera.backend import MultimediaUnavailableError
from telecentre_desk.ui.camera.scanner_widget import CameraScanner


class CameraDialog(QDialog):
    def __init__(self, *, settings_store: QSettings, backend: object = camera_backend,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Camera and sounds"))
        self._settings = settings_store
        self._backend = backend
        self.camera_combo = QComboBox(self)
        self.debounce_spin = QDoubleSpinBox(self)
        self.debounce_spin.setRange(0.5, 60.0)
        self.debounce_spin.setSingleStep(0.5)
        self.debounce_spin.setSuffix(self.tr(" s"))
        self.debounce_spin.setValue(camera_settings.DEBOUNCE_S.read(settings_store))
        self.debounce_spin.setToolTip(self.tr("A badge held in front of the camera is read once, then not "
                                              "again until it has been out of sight this long."))
        self.sound_check = QCheckBox(self.tr("Play a sound when a scan is accepted or refused"), self)
        self.sound_check.setChecked(sound.ENABLED.read(settings_store))
        self.scanner = CameraScanner(device_id=camera_settings.DEVICE_ID.read(settings_store),
                                     debounce_s=self.debounce_spin.value(), backend=backend, parent=self)
        self.scanner.setMinimumSize(480, 270)
        self.last_read = QLabel(self.tr("Hold a badge in front of the camera to try it (nothing is recorded)."),
                                self)
        self.last_read.setWordWrap(True)
        self._fill_cameras()

        form = QFormLayout()
        form.addRow(self.tr("Camera"), self.camera_combo)
        form.addRow(self.tr("Read the same badge again after"), self.debounce_spin)
        form.addRow("", self.sound_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scanner, 1)
        layout.addWidget(self.last_read)
        layout.addWidget(buttons)

        self.camera_combo.currentIndexChanged.connect(self._on_camera_combo_current_index_changed)
        self.debounce_spin.valueChanged.connect(self._on_debounce_spin_value_changed)
        self.sound_check.toggled.connect(self._on_sound_check_toggled)
        self.scanner.decoded.connect(self._on_scanner_decoded)
        self.finished.connect(self._on_finished)
        self.scanner.start()

    def _fill_cameras(self) -> None:
        try:
            cameras = self._backend.cameras()
        except MultimediaUnavailableError:
            cameras = []
        if not cameras:
            self.camera_combo.addItem(self.tr("No camera"), "")
            self.camera_combo.setEnabled(False)
            return
        wanted = camera_settings.DEVICE_ID.read(self._settings)
        for camera in cameras:
            label = camera.description + (self.tr(" (default)") if camera.is_default else "")
            self.camera_combo.addItem(label, camera.device_id)
        index = self.camera_combo.findData(wanted)
        self.camera_combo.setCurrentIndex(index if index >= 0 else 0)

    @Slot(int)
    def _on_camera_combo_current_index_changed(self, _index: int) -> None:
        device_id = self.camera_combo.currentData() or ""
        camera_settings.DEVICE_ID.write(self._settings, device_id)
        self.scanner.set_device(device_id)

    @Slot(float)
    def _on_debounce_spin_value_changed(self, value: float) -> None:
        camera_settings.DEBOUNCE_S.write(self._settings, value)
        self.scanner.set_debounce(value)

    @Slot(bool)
    def _on_sound_check_toggled(self, checked: bool) -> None:
        sound.ENABLED.write(self._settings, checked)

    @Slot(str)
    def _on_scanner_decoded(self, text: str) -> None:
        self.last_read.setText(self.tr("Badge read: %1").replace("%1", text))

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self.scanner.close_camera()
