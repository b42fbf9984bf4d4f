"""Kiosk mode: a full-screen window for a comptoir with nobody at the desk.

It shows the camera and the answer to the last scan, nothing else. Leaving it (Esc, the discreet
button, or closing the window) asks for the host's PIN; a wrong PIN keeps the kiosk running, and
three wrong ones in a row lock leaving for a while, so the PIN cannot be guessed at the counter.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.desk import kiosk
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.desk.result import ScanResult
from telecentre_desk.ui.camera import backend as camera_backend
from telecentre_desk.ui.camera import settings as camera_settings
from telecentre_desk.ui.camera.scanner_widget import CameraScanner
from telecentre_desk.ui.kiosk import pin_dialog
from telecentre_desk.ui.kiosk.answer_panel import AnswerPanel
from telecentre_desk.ui.kiosk.answer_text import Answer, Tone, answer_for
from telecentre_desk.ui.scanner import settings as scanner_settings
from telecentre_desk.ui.scanner.wedge import WedgeListener
from telecentre_desk.ui.settings import Setting
from telecentre_desk.ui.sound import Sounds
from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)

ANSWER_SECONDS: Setting[float] = Setting("kiosk/answer_seconds", 6.0, float, validator=lambda v: 1.0 <= v <= 60.0)
MAX_WRONG_PINS = 3
LOCKOUT_S = 30.0

_STYLE = """
KioskWindow { background: #101418; }
QLabel#kiosk_place { color: #9aa5ad; font-size: 18px; }
QLabel#camera_message { color: #cfd8dc; font-size: 22px; padding: 24px; background: #1c2329; border-radius: 18px; }
QPushButton#kiosk_leave { color: #5f6b73; background: transparent; border: 1px solid #2b343b; border-radius: 6px;
                          padding: 4px 10px; font-size: 13px; }
QPushButton#kiosk_leave:hover { color: #cfd8dc; }
"""


class KioskWindow(QWidget):
    """Scans from the camera and from a USB scanner go to the FrontDesk; the answer fills the screen."""

    left_kiosk = Signal()  # the host typed the right PIN: the main window may come back

    def __init__(self, *, store: Store, desk: FrontDesk, settings_store: QSettings, sounds: Sounds | None = None,
                 backend: object = camera_backend, clock: Callable[[], float] = time.monotonic,
                 key_clock: Callable[[], float] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Télécentre Desk — kiosk"))
        self.setStyleSheet(_STYLE)
        self._store = store
        self._desk = desk
        self._clock = clock
        self._sounds = sounds if sounds is not None else Sounds(enabled=False, parent=self)
        self._leaving = False
        self._wrong_pins = 0
        self._locked_until = 0.0
        self.last_result: ScanResult | None = None

        self.camera = CameraScanner(device_id=camera_settings.DEVICE_ID.read(settings_store),
                                    debounce_s=camera_settings.DEBOUNCE_S.read(settings_store), backend=backend,
                                    parent=self)
        self.answer = AnswerPanel(show_s=ANSWER_SECONDS.read(settings_store), parent=self)
        self.place_label = QLabel(desk.context.place_name, self)
        self.place_label.setObjectName("kiosk_place")
        self.leave_button = QPushButton(self.tr("Leave kiosk mode"), self)
        self.leave_button.setObjectName("kiosk_leave")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter from a scanner must never press it
        self.leave_button.clicked.connect(self._on_leave_button_clicked)

        top = QHBoxLayout()
        top.addWidget(self.place_label, 1)
        top.addWidget(self.leave_button)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.camera, 4)
        body.addWidget(self.answer, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 24)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.camera.decoded.connect(self._on_camera_decoded)
        # A USB scanner works here too: bursts of keys are scans, wherever the focus is.
        self.wedge = WedgeListener(self, thresholds=scanner_settings.read_thresholds(settings_store), clock=key_clock)
        self.wedge.scanned.connect(self._on_wedge_scanned)

    def start(self) -> None:
        """Full screen, camera on."""
        screen = self.screen()
        if screen is not None:  # without a window manager (a bare X kiosk) full screen alone may not resize
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.camera.start()
        self._sounds.prepare()

    def scan(self, text: str, *, source: str) -> ScanResult | None:
        """Answer one scan on screen (and by sound); None when it could not be recorded at all."""
        try:
            result = self._desk.scan(text, source=source)
        except DeskError as exc:  # a locked or full database: say so, the member will ask the host
            logger.error("kiosk scan failed: %s", error_for_log(exc))
            self.answer.show_answer(Answer(Tone.REFUSED, self.tr("The scan could not be recorded"),
                                           (self.tr("Please try again, or see the host."),)))
            self._sounds.play(False)
            return None
        self.last_result = result
        self.answer.show_answer(answer_for(result))
        self._sounds.play(result.accepted)
        return result

    def request_leave(self) -> bool:
        """Ask the host's PIN; leave kiosk mode (True) only when it is right."""
        if self._leaving:
            return True
        wait = self._locked_until - self._clock()
        if wait > 0:
            self._refuse_leaving(self.tr("Too many wrong PINs: try again in %1 s.").replace("%1", str(math.ceil(wait))))
            return False
        pin = pin_dialog.ask_pin(self, self.tr("Type the host's PIN to leave kiosk mode."))
        if pin is None:
            return False
        place_id = self._desk.context.place_id
        right = self._store.query(lambda session: kiosk.check_pin(session.connection(), place_id, pin),
                                  parent_widget=self)
        if not right:
            self._wrong_pins += 1
            logger.warning("kiosk: wrong PIN (%d in a row)", self._wrong_pins)
            if self._wrong_pins >= MAX_WRONG_PINS:
                self._wrong_pins = 0
                self._locked_until = self._clock() + LOCKOUT_S
            self._refuse_leaving(self.tr("Wrong PIN: kiosk mode goes on."))
            return False
        logger.info("kiosk mode left by the host")
        self._leaving = True
        self.camera.close_camera()
        self.close()
        self.left_kiosk.emit()
        return True

    def _refuse_leaving(self, text: str) -> None:
        self.answer.show_answer(Answer(Tone.REFUSED, text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 or the window manager: the same PIN as Esc (a kiosk never shown closes freely).
        if self._leaving or not self.isVisible() or self.request_leave():
            event.accept()
        else:
            event.ignore()

    @Slot(str)
    def _on_camera_decoded(self, text: str) -> None:
        self.scan(text, source="webcam")

    @Slot(str)
    def _on_wedge_scanned(self, text: str) -> None:
        self.scan(text, source="scanner")

    @Slot()
    def _on_leave_button_clicked(self) -> None:
        self.request_leave()
