"""The webcam's preferences on this computer, kept in QSettings (a camera belongs to a PC, not to the place)."""

from __future__ import annotations

from telecentre_desk.ui.camera.debounce import DEFAULT_WINDOW_S
from telecentre_desk.ui.settings import Setting

# "" = the system's default camera; otherwise a QCameraDevice id as text.
DEVICE_ID: Setting[str] = Setting("camera/device_id", "", str)
DEBOUNCE_S: Setting[float] = Setting("camera/debounce_seconds", DEFAULT_WINDOW_S, float,
                                     validator=lambda v: 0.0 <= v <= 60.0)
