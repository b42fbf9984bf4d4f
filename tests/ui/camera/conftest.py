"""Synthetic webcam frames as QImages, and camera backends with no camera: there is none here nor in CI."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QImage

from telecentre_desk.demo.frames import webcam_frame
from telecentre_desk.ui.camera.backend import MultimediaUnavailableError

PAYLOAD = "TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA"
OTHER = "TD1:FLO:7:1:KRUGS4ZANFZSAYJAORSXG5BAMFZWW"


@functools.cache
def synthetic_frame(payload: str | None, seed: int = 1, angle: float = 10.0, blur: float = 1.0,
                    card_share: float = 0.25, size: tuple[int, int] = (1280, 720)) -> QImage:
    """A 1280x720 webcam frame as a QImage, with the badge of ``payload`` or none; cached."""
    rgb = webcam_frame(payload, seed=seed, angle=angle, blur=blur, card_share=card_share, size=size)
    # RGB888, as PIL packs it; .copy() detaches the image from the Python bytes.
    return QImage(rgb.tobytes(), rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


FrameFactory = Callable[..., QImage]


@pytest.fixture
def make_frame() -> FrameFactory:
    """``make_frame(payload or None, seed=.., angle=.., blur=.., card_share=.., size=..)`` -> QImage."""

    def make(payload: str | None, *, seed: int = 1, angle: float = 10.0, blur: float = 1.0,
             card_share: float = 0.25, size: tuple[int, int] = (1280, 720)) -> QImage:
        return synthetic_frame(payload, seed, angle, blur, card_share, size)

    return make


@dataclass
class NoCameraBackend:
    """Qt Multimedia loads, no camera is plugged in; the hot-plug callbacks are kept in ``watched``."""

    watched: list = field(default_factory=list)

    def camera_device(self, wanted_id: str) -> object | None:
        return None

    def watch_video_inputs(self, parent: object, callback) -> object:
        self.watched.append(callback)
        return object()

    def cameras(self) -> list:
        return []


class NoMultimediaBackend:
    """Qt Multimedia cannot load, as on a Linux without libpulse."""

    detail = "libpulse.so.0: cannot open shared object file"

    def camera_device(self, wanted_id: str) -> object | None:
        raise MultimediaUnavailableError(self.detail)

    def watch_video_inputs(self, parent: object, callback) -> object:
        raise MultimediaUnavailableError(self.detail)

    def cameras(self) -> list:
        raise MultimediaUnavailableError(self.detail)
