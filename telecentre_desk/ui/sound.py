"""A short tone when a scan is accepted and another when it is refused (switchable off in the settings).

Qt Multimedia is loaded on the first sound, not at startup, and only when sounds are on. With no
audio output device (a desk PC without speakers, CI) nothing is created: QSoundEffect would warn
on every play.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from telecentre_desk.ui import assets
from telecentre_desk.ui.camera import backend
from telecentre_desk.ui.settings import Setting

logger = logging.getLogger(__name__)

ENABLED: Setting[bool] = Setting("sound/enabled", True, bool)
SOUND_FILES = {"accepted": "accepted.wav", "refused": "refused.wav"}
VOLUME = 0.7

EffectFactory = Callable[[Path, QObject], object]  # a WAV file to an object with play()


def qt_sound_effect(path: Path, parent: QObject) -> object:
    """A QSoundEffect for ``path`` (the real factory; tests pass a recorder)."""
    qt = backend.multimedia()
    effect = qt.QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(VOLUME)
    effect.statusChanged.connect(lambda: _log_failure(effect, path))
    return effect


def _log_failure(effect: object, path: Path) -> None:
    if effect.status() == effect.Status.Error:  # type: ignore[attr-defined]
        logger.warning("cannot load the sound %s", path)


class Sounds(QObject):
    """Plays the accepted or refused tone, or nothing when sounds are off or cannot be played here."""

    def __init__(self, *, enabled: bool, has_output: Callable[[], bool] = backend.has_audio_output,
                 effect_factory: EffectFactory = qt_sound_effect, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._has_output = has_output
        self._factory = effect_factory
        self._effects: dict[str, object] | None = None  # made on the first sound played

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    def prepare(self) -> None:
        """Load the tones now (when sounds are on), so that the first answer is not kept waiting."""
        if self._enabled:
            self._load()

    def play(self, accepted: bool) -> bool:
        """Play the tone for a scan; False when nothing was played (off, no device)."""
        if not self._enabled:
            return False
        effects = self._load()
        if not effects:
            return False
        effects["accepted" if accepted else "refused"].play()  # type: ignore[attr-defined]
        return True

    def _load(self) -> dict[str, object]:
        if self._effects is None:
            self._effects = {}
            if not self._has_output():
                logger.info("no audio output device: the desk stays silent")
                return self._effects
            for key, name in SOUND_FILES.items():
                self._effects[key] = self._factory(assets.as_file(f"sounds/{name}"), self)
        return self._effects
