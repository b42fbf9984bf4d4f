"""A camera's QVideoFrame to a gray QImage, on the decoder thread, without a colour conversion when possible.

Webcams deliver YUV frames; their Y plane *is* the gray image the decoder wants, so copying it is
much cheaper than QVideoFrame.toImage() (a YUV to RGB conversion, through the GPU when there is
one) followed by RGB to gray. Only formats without a usable Y plane take that slow path.
Imports Qt Multimedia: load this module only where a camera is used.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from telecentre_desk.ui.camera.gray import to_gray

_F = QVideoFrameFormat.PixelFormat
# Planar or semi-planar formats whose first plane is 8-bit luma, one byte a pixel.
_Y_PLANE_FIRST = frozenset({_F.Format_NV12, _F.Format_NV21, _F.Format_YUV420P, _F.Format_YUV422P, _F.Format_YV12,
                            _F.Format_IMC1, _F.Format_IMC2, _F.Format_IMC3, _F.Format_IMC4, _F.Format_Y8})
# Packed 4:2:2: two bytes a pixel, luma at even bytes (YUYV) or at odd bytes (UYVY).
_PACKED_LUMA_OFFSET = {_F.Format_YUYV: 0, _F.Format_UYVY: 1}


def video_frame_to_gray(frame: object) -> QImage:
    """The converter the camera's pipeline uses; QImages (tests, other sinks) are accepted too."""
    if isinstance(frame, QImage):
        return to_gray(frame)
    if not isinstance(frame, QVideoFrame):
        raise TypeError(f"cannot read a frame of type {type(frame).__name__}")
    fmt = frame.pixelFormat()
    if fmt in _Y_PLANE_FIRST or fmt in _PACKED_LUMA_OFFSET:
        gray = _luma(frame, fmt)
        if gray is not None:
            return gray
    return to_gray(frame.toImage())


def _luma(frame: QVideoFrame, fmt: QVideoFrameFormat.PixelFormat) -> QImage | None:
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        width, height, stride = frame.width(), frame.height(), frame.bytesPerLine(0)
        data = bytes(frame.bits(0))
    finally:
        frame.unmap()
    if fmt in _PACKED_LUMA_OFFSET:
        if stride != 2 * width:  # padded rows: rare, let Qt convert
            return None
        data = data[_PACKED_LUMA_OFFSET[fmt]::2]
        stride = width
    if len(data) < stride * (height - 1) + width:
        return None
    # copy(): the QImage must own its pixels, not point into a Python bytes object.
    return QImage(data, width, height, stride, QImage.Format.Format_Grayscale8).copy()
