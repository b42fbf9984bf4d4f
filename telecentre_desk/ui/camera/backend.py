"""Whether this computer can use a camera and play sounds: Qt Multimedia, loaded on first use.

Importing Qt Multimedia costs startup time and fails outright on machines without its system
libraries (``libpulse.so.0`` on a bare Linux): the app must then say so and go on without a
camera or sounds. Everything here is cached after the first call.
"""

from __future__ import annotations

import functools
import importlib
import logging
from dataclasses import dataclass
from types import ModuleType

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """A camera as the picker shows it; ``device_id`` is what the settings remember."""

    device_id: str
    description: str
    is_default: bool


class MultimediaUnavailableError(Exception):
    """Qt Multimedia cannot be loaded here; ``detail`` says why (for the log and the UI)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@functools.cache
def _load() -> tuple[ModuleType, ModuleType] | str:
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        widgets = importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError as exc:
        logger.warning("Qt Multimedia is not available, no camera nor sound: %s", exc)
        return str(exc)
    return multimedia, widgets


def multimedia() -> ModuleType:
    """``PySide6.QtMultimedia``; raises MultimediaUnavailableError when it cannot be loaded."""
    loaded = _load()
    if isinstance(loaded, str):
        raise MultimediaUnavailableError(loaded)
    return loaded[0]


def multimedia_widgets() -> ModuleType:
    loaded = _load()
    if isinstance(loaded, str):
        raise MultimediaUnavailableError(loaded)
    return loaded[1]


def device_id(device: object) -> str:
    """A QCameraDevice's id as text (Qt gives bytes), for the settings."""
    return bytes(device.id().data()).decode(errors="replace")  # type: ignore[attr-defined]


def cameras() -> list[CameraInfo]:
    """The cameras plugged in now; raises MultimediaUnavailableError without Qt Multimedia."""
    qt = multimedia()
    default_id = device_id(qt.QMediaDevices.defaultVideoInput())
    return [CameraInfo(device_id(d), d.description(), device_id(d) == default_id)
            for d in qt.QMediaDevices.videoInputs()]


def camera_device(wanted_id: str) -> object | None:
    """The QCameraDevice remembered, else the system's default one, else None when there is no camera."""
    qt = multimedia()
    devices = qt.QMediaDevices.videoInputs()
    for device in devices:
        if device_id(device) == wanted_id:
            return device
    if not devices:
        return None
    default = qt.QMediaDevices.defaultVideoInput()
    return default if not default.isNull() else devices[0]


def has_audio_output() -> bool:
    """Whether a sound can be played: Qt Multimedia loads and an audio output device exists."""
    try:
        qt = multimedia()
    except MultimediaUnavailableError:
        return False
    return bool(qt.QMediaDevices.audioOutputs())


def watch_video_inputs(parent: object, callback: object) -> object:
    """Call ``callback`` when cameras are plugged in or out; the watcher lives as long as ``parent``."""
    qt = multimedia()
    watcher = qt.QMediaDevices(parent)
    watcher.videoInputsChanged.connect(callback)
    return watcher
