"""The camera preview that reads badges: what the kiosk and the Camera dialog show.

Without Qt Multimedia or without a camera it shows why, in words, and waits: a camera plugged in
later is picked up by itself. The rest of the app never depends on it.
"""

from __future__ import annotations

import logging
from types import ModuleType

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from telecentre_desk.ui.camera import backend as default_backend
from telecentre_desk.ui.camera.backend import MultimediaUnavailableError
from telecentre_desk.ui.camera.debounce import DEFAULT_WINDOW_S
from telecentre_desk.ui.camera.pipeline import DecodePipeline

logger = logging.getLogger(__name__)


class CameraScanner(QWidget):
    """Preview of the chosen camera; every frame it can take goes to the decoding pipeline."""

    decoded = Signal(str)  # a badge read (debounced), on the UI thread
    failed = Signal(str)  # the camera could not start or stopped: the message shown

    def __init__(self, *, device_id: str = "", debounce_s: float = DEFAULT_WINDOW_S,
                 backend: ModuleType | object = default_backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._device_id = device_id
        self._camera: object | None = None
        self._session: object | None = None
        self._devices_watch: object | None = None
        self.pipeline = DecodePipeline(debounce_s=debounce_s, parent=self)
        self.pipeline.decoded.connect(self.decoded)

        self.message = QLabel(self)
        self.message.setObjectName("camera_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview: QWidget | None = None
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)

    @property
    def running(self) -> bool:
        return self._camera is not None

    @property
    def status_text(self) -> str:
        """What the user reads instead of the preview ("" while the camera runs)."""
        return "" if self.running else self.message.text()

    def start(self) -> bool:
        """Open the chosen camera (or the default one); False, with the reason shown, when there is none."""
        if self.running:
            return True
        try:
            device = self._backend.camera_device(self._device_id)
            if self._devices_watch is None:
                self._devices_watch = self._backend.watch_video_inputs(self, self._on_devices_video_inputs_changed)
        except MultimediaUnavailableError as exc:
            self._show_message(self.tr("Camera scanning is not available on this computer: the multimedia "
                                       "support could not be loaded (%1).\n\nBadges can still be scanned "
                                       "with a USB scanner.").replace("%1", exc.detail))
            return False
        if device is None:
            self._show_message(self.tr("No camera found. Plug in a webcam: it is picked up by itself.\n\n"
                                       "Badges can still be scanned with a USB scanner."))
            return False
        self._open(device)
        return True

    def stop(self) -> None:
        """Release the camera (another app, or the next start, may use it)."""
        if self._camera is not None:
            self._camera.stop()  # type: ignore[attr-defined]
            self._camera.deleteLater()  # type: ignore[attr-defined]
            self._camera = None
        if self._session is not None:
            self._session.deleteLater()  # type: ignore[attr-defined]
            self._session = None
        self.pipeline.debouncer.reset()

    def set_device(self, device_id: str) -> None:
        """Use another camera (from the picker); restarts if one was running."""
        if device_id == self._device_id:
            return
        self._device_id = device_id
        if self.running:
            self.stop()
            self.start()

    def set_debounce(self, seconds: float) -> None:
        self.pipeline.set_debounce(seconds)

    def close_camera(self) -> None:
        """Stop the camera and the decoder thread for good (the widget is going away)."""
        self.stop()
        self.pipeline.close()

    def _open(self, device: object) -> None:
        qt = self._backend.multimedia()
        widgets = self._backend.multimedia_widgets()
        if self.preview is None:
            self.preview = widgets.QVideoWidget(self)
            self._stack.addWidget(self.preview)
            # The preview's own sink hands us every frame it shows; the pipeline keeps what it can read.
            self.preview.videoSink().videoFrameChanged.connect(self._on_sink_video_frame_changed)
        camera = qt.QCamera(device, self)
        camera.errorOccurred.connect(self._on_camera_error_occurred)
        session = qt.QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoOutput(self.preview)
        self._camera, self._session = camera, session
        self._stack.setCurrentWidget(self.preview)
        camera.start()
        logger.info("camera started: %s", device.description())  # type: ignore[attr-defined]

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    @Slot(object)
    def _on_sink_video_frame_changed(self, frame: object) -> None:
        self.pipeline.submit(frame)

    @Slot(object, str)
    def _on_camera_error_occurred(self, _error: object, text: str) -> None:
        logger.warning("camera error: %s", text)
        self.stop()
        message = self.tr("The camera stopped: %1\n\nBadges can still be scanned with a USB scanner.")
        self._show_message(message.replace("%1", text))
        self.failed.emit(message.replace("%1", text))

    @Slot()
    def _on_devices_video_inputs_changed(self) -> None:
        # A camera plugged in while none was running: start it. One unplugged: stop and say so.
        if not self.running:
            self.start()
            return
        try:
            still_there = self._backend.camera_device(self._device_id) is not None
        except MultimediaUnavailableError:  # pragma: no cover - it loaded to get here
            still_there = False
        if not still_there:
            self.stop()
            self.start()
