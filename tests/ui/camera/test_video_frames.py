"""A camera's YUV frames: their Y plane is read as the gray image, without a colour conversion.

Needs Qt Multimedia, which cannot load on a Linux without libpulse (CI's bare machines): skipped there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tests.ui.camera.conftest import PAYLOAD, synthetic_frame
from tests.ui.camera.test_camera_widgets import MULTIMEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)


@pytest.fixture(scope="module")
def qt_multimedia():
    return pytest.importorskip("PySide6.QtMultimedia", reason="Qt Multimedia cannot load here (libpulse?)",
                               exc_type=ImportError)


def _yuv_frame(qt, fmt, gray: QImage):
    """A QVideoFrame of ``fmt`` whose luma is ``gray`` and whose chroma is neutral."""
    frame = qt.QVideoFrame(qt.QVideoFrameFormat(QSize(gray.width(), gray.height()), fmt))
    assert frame.map(qt.QVideoFrame.MapMode.WriteOnly)
    width, height = gray.width(), gray.height()
    rows = [bytes(gray.constScanLine(y))[:width] for y in range(height)]
    packed = {qt.QVideoFrameFormat.PixelFormat.Format_YUYV: 0, qt.QVideoFrameFormat.PixelFormat.Format_UYVY: 1}
    for plane in range(frame.planeCount()):
        bits, stride = frame.bits(plane), frame.bytesPerLine(plane)
        if plane == 0 and fmt in packed:
            for y, row in enumerate(rows):
                line = bytearray(b"\x80" * stride)
                line[packed[fmt]:2 * width:2] = row
                bits[y * stride:(y + 1) * stride] = line
        elif plane == 0:
            for y, row in enumerate(rows):
                bits[y * stride:y * stride + width] = row
        else:
            bits[:] = b"\x80" * len(bits)
    frame.unmap()
    return frame


@pytest.mark.parametrize("name", ["Format_NV12", "Format_YUV420P", "Format_YUYV", "Format_UYVY"])
def test_the_luma_of_a_yuv_frame_is_the_gray_image_read(qt_multimedia, name: str) -> None:
    from telecentre_desk.ui.camera.gray import decode_gray, to_gray
    from telecentre_desk.ui.camera.pipeline import frame_to_gray

    gray = to_gray(synthetic_frame(PAYLOAD))
    frame = _yuv_frame(qt_multimedia, getattr(qt_multimedia.QVideoFrameFormat.PixelFormat, name), gray)
    read = frame_to_gray(frame)
    assert (read.format(), read.size()) == (QImage.Format.Format_Grayscale8, gray.size())
    assert bytes(read.constScanLine(360))[:1280] == bytes(gray.constScanLine(360))[:1280]
    assert decode_gray(read) == [PAYLOAD]
