"""Frames in, debounced QR codes out: decoding runs on one worker thread, one frame at a time.

A camera delivers 25-30 frames a second; decoding every one would waste a core and, queued behind
a slow decode, show the answer late. So the pipeline takes a frame only when the worker is idle
and the last frame started at least ``1 / max_rate_hz`` ago, and drops the others at once (no
queue: the newest frame is the one worth reading). The results come back on the UI thread.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from telecentre_desk.ui.camera.debounce import DEFAULT_WINDOW_S, Debouncer
from telecentre_desk.ui.camera.gray import decode_gray, to_gray

logger = logging.getLogger(__name__)

# 15 Hz at most: any camera giving 10 frames a second or more is read at 10 Hz or more, and a
# 30 fps camera is read every other frame.
DEFAULT_MAX_RATE_HZ = 15.0
_JITTER_S = 0.005  # frames arrive a few ms early or late: do not skip one for that

Converter = Callable[[object], QImage]  # a frame (QImage, QVideoFrame...) to a gray QImage


def frame_to_gray(frame: object) -> QImage:
    """The default converter: a QImage (tests, benchmarks) or a camera's QVideoFrame."""
    if isinstance(frame, QImage):
        return to_gray(frame)
    if type(frame).__name__ == "QVideoFrame":
        # Only a running camera makes these, so Qt Multimedia is loaded already.
        from telecentre_desk.ui.camera.video_frames import video_frame_to_gray

        return video_frame_to_gray(frame)
    raise TypeError(f"cannot read a frame of type {type(frame).__name__}")


@dataclass
class PipelineStats:
    decoded_frames: int = 0  # frames the worker read, with or without a code
    dropped_busy: int = 0  # frames dropped because the worker was still reading one
    dropped_rate: int = 0  # frames dropped to keep at most max_rate_hz
    errors: int = 0  # frames the converter or the decoder failed on


class DecodeWorker(QObject):
    """Lives on the worker thread: converts one frame to gray and reads its QR codes."""

    frame_read = Signal(object)  # list[str] of the texts found (empty when none), None when the frame failed

    def __init__(self, converter: Converter) -> None:
        super().__init__()
        self._converter = converter

    @Slot(object)
    def read(self, frame: object) -> None:
        try:
            texts: list[str] | None = decode_gray(self._converter(frame))
        except Exception:  # one bad frame (an unmappable buffer) must not stop the camera
            logger.exception("cannot read a camera frame")
            texts = None
        self.frame_read.emit(texts)


class DecodePipeline(QObject):
    """Owns the worker thread; ``submit`` frames from anywhere on the UI thread, get ``decoded`` codes."""

    decoded = Signal(str)  # a code to act on (debounced), on the UI thread
    frame_read = Signal(list)  # every frame read, its texts not debounced (for the preview and tests)
    _frame_submitted = Signal(object)  # to the worker, queued across threads

    def __init__(self, *, converter: Converter = frame_to_gray, debounce_s: float = DEFAULT_WINDOW_S,
                 max_rate_hz: float | None = DEFAULT_MAX_RATE_HZ, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stats = PipelineStats()
        self.debouncer = Debouncer(debounce_s, clock=clock)
        self._clock = clock
        self._min_interval = 1.0 / max_rate_hz - _JITTER_S if max_rate_hz else 0.0
        self._busy = False
        self._closed = False
        self._last_start: float | None = None
        self._thread = QThread(self)
        self._thread.setObjectName("qr-decoder")
        self._worker = DecodeWorker(converter)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._frame_submitted.connect(self._worker.read)
        self._worker.frame_read.connect(self._on_worker_frame_read)
        # A QThread destroyed while running aborts the process: stop it at quit, and when this object
        # goes (its children, the thread among them, are deleted just after ``destroyed``).
        self.destroyed.connect(functools.partial(_stop_thread, self._thread))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def busy(self) -> bool:
        """Whether a frame is being read now (then the next ones are dropped)."""
        return self._busy

    def set_debounce(self, seconds: float) -> None:
        self.debouncer.window_s = seconds

    def submit(self, frame: object) -> bool:
        """Hand a frame to the worker if it is idle and the rate allows; False when it was dropped."""
        if self._closed:
            return False
        if self._busy:
            self.stats.dropped_busy += 1
            return False
        now = self._clock()
        if self._last_start is not None and now - self._last_start < self._min_interval:
            self.stats.dropped_rate += 1
            return False
        self._busy = True
        self._last_start = now
        if not self._thread.isRunning():  # started by the first frame: no camera, no thread
            self._thread.start()
        self._frame_submitted.emit(frame)
        return True

    @Slot(object)
    def _on_worker_frame_read(self, texts: list[str] | None) -> None:
        self._busy = False
        if texts is None:
            self.stats.errors += 1
            return
        self.stats.decoded_frames += 1
        self.frame_read.emit(texts)
        for text in self.debouncer.accept_frame(texts):
            self.decoded.emit(text)

    def close(self) -> None:
        """Stop the worker thread (waits for the frame being read); later frames are ignored."""
        if self._closed:
            return
        self._closed = True
        _stop_thread(self._thread)


def _stop_thread(thread: QThread) -> None:
    thread.quit()
    thread.wait()
