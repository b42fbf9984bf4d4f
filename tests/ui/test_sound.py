"""Desk sounds: one tone for accepted, one for refused; nothing at all when off or without a device."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from telecentre_desk.ui import assets
from telecentre_desk.ui.sound import SOUND_FILES, Sounds


class EffectFactory:
    def __init__(self) -> None:
        self.made: list[Path] = []
        self.played: list[str] = []

    def __call__(self, path: Path, parent: object) -> object:
        self.made.append(path)
        played, name = self.played, path.stem

        class Effect:
            def play(self) -> None:
                played.append(name)

        return Effect()


def test_sounds_off_create_no_sound_effect(qtbot) -> None:
    factory = EffectFactory()
    sounds = Sounds(enabled=False, has_output=lambda: True, effect_factory=factory)
    assert not sounds.play(True) and not sounds.play(False)
    assert factory.made == []


def test_without_an_audio_device_the_desk_stays_silent(qtbot) -> None:
    factory = EffectFactory()
    asked = []
    sounds = Sounds(enabled=True, has_output=lambda: asked.append(1) or False, effect_factory=factory)
    assert not sounds.play(True) and not sounds.play(False)
    assert factory.made == [] and asked == [1]  # the device is looked for once


def test_accepted_and_refused_play_their_own_tone(qtbot) -> None:
    factory = EffectFactory()
    sounds = Sounds(enabled=True, has_output=lambda: True, effect_factory=factory)
    assert factory.made == []  # nothing is loaded before the first sound, or prepare()
    sounds.prepare()
    assert len(factory.made) == 2
    assert sounds.play(True) and sounds.play(False) and sounds.play(True)
    assert [p.name for p in factory.made] == ["accepted.wav", "refused.wav"]
    assert factory.played == ["accepted", "refused", "accepted"]
    sounds.set_enabled(False)
    assert not sounds.play(True)


@pytest.mark.parametrize("name", sorted(SOUND_FILES.values()))
def test_the_shipped_tones_are_short_mono_wav_files(name: str) -> None:
    path = assets.as_file(f"sounds/{name}")  # the compiled copy, as the desk plays it
    with wave.open(str(path)) as tone:
        seconds = tone.getnframes() / tone.getframerate()
        assert (tone.getnchannels(), tone.getsampwidth()) == (1, 2)
        assert 0.2 <= seconds <= 0.6


def test_the_assets_are_compiled_from_the_top_level_resources_folder() -> None:
    # make install compiles resources/telecentre_desk.qrc into the package: the bundle reads the same bytes.
    assert assets.compiled()
    for name in ("icons/app.svg", "sounds/accepted.wav"):
        assert assets.read_bytes(name) == (assets.SOURCE / name).read_bytes()
    qrc = (assets.SOURCE / "telecentre_desk.qrc").read_text(encoding="utf-8")
    shipped = {p.relative_to(assets.SOURCE).as_posix() for folder in ("icons", "sounds")
               for p in (assets.SOURCE / folder).iterdir()}
    assert all(f"<file>{name}</file>" in qrc for name in shipped)
