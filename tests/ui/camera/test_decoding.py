"""The webcam decoder on synthetic frames, the debouncer, and the one-frame-in-flight pipeline."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QImage, QTransform

from telecentre_desk.ui.camera.debounce import Debouncer
from telecentre_desk.ui.camera.gray import decode_gray, to_gray
from telecentre_desk.ui.camera.pipeline import DecodePipeline
from tests.ui.camera.conftest import OTHER, PAYLOAD


@pytest.mark.parametrize(("angle", "blur", "card_share", "seed"), [
    (10.0, 1.0, 0.25, 1),  # the limits' case: a quarter of the frame, 10 degrees, blur 1
    (-35.0, 1.0, 0.25, 2),
    (80.0, 1.5, 0.25, 3),
    (5.0, 1.0, 0.12, 4),  # held further from the camera
])
def test_the_badge_is_read_in_rotated_blurred_frames(make_frame, angle, blur, card_share, seed) -> None:
    frame = make_frame(PAYLOAD, seed=seed, angle=angle, blur=blur, card_share=card_share)
    assert decode_gray(to_gray(frame)) == [PAYLOAD]


@pytest.mark.parametrize("seed", range(6))
def test_nothing_is_read_in_frames_without_a_badge(make_frame, seed: int) -> None:
    assert decode_gray(to_gray(make_frame(None, seed=100 + seed))) == []


def test_any_frame_format_and_an_odd_width_become_gray(make_frame) -> None:
    frame = make_frame(PAYLOAD, size=(1277, 719))  # rows padded to 4 bytes in the gray image
    for fmt in (QImage.Format.Format_RGB888, QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32,
                QImage.Format.Format_RGBX8888, QImage.Format.Format_Grayscale8):
        gray = to_gray(frame.convertToFormat(fmt))
        assert (gray.format(), gray.size()) == (QImage.Format.Format_Grayscale8, frame.size())
        assert decode_gray(gray) == [PAYLOAD], fmt
    mirrored = frame.transformed(QTransform().scale(-1, 1))  # a selfie camera mirrors: still read
    assert decode_gray(to_gray(mirrored)) == [PAYLOAD]
    assert decode_gray(QImage()) == []


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_same_code_twice_within_the_window_is_reported_once() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock=clock)
    assert debouncer.accept("A")
    clock.now += 1.0
    assert not debouncer.accept("A")
    clock.now += 2.5  # 3.5 s after the first read, but 2.5 s after the last sighting: still held up
    assert not debouncer.accept("A")
    clock.now += 3.0
    assert debouncer.accept("A")
    assert debouncer.accept_frame([]) == []  # an empty frame changes nothing...
    clock.now += 1.0
    assert not debouncer.accept("A")  # ...the window goes on


def test_another_code_in_between_ends_the_window() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock=clock)
    reports = []
    for code in ("A", "B", "A"):
        clock.now += 0.5
        reports += debouncer.accept_frame([code])
    assert reports == ["A", "B", "A"]


def test_two_badges_held_up_together_are_reported_once_each() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock=clock)
    assert debouncer.accept_frame(["A", "B", "A"]) == ["A", "B"]
    for _ in range(20):
        clock.now += 0.1
        assert debouncer.accept_frame(["B", "A"]) == []
    debouncer.reset()
    assert debouncer.accept_frame(["A"]) == ["A"]
    with pytest.raises(ValueError, match="negative"):
        Debouncer(-1)


def test_the_pipeline_reads_on_its_thread_and_reports_on_the_ui_thread(qtbot, make_frame) -> None:
    clock = FakeClock()
    pipeline = DecodePipeline(debounce_s=3.0, max_rate_hz=None, clock=clock)
    decoded: list[str] = []
    pipeline.decoded.connect(decoded.append)
    try:
        for frame in (make_frame(PAYLOAD), make_frame(PAYLOAD, seed=2), make_frame(None), make_frame(OTHER),
                      make_frame(PAYLOAD, seed=3)):
            with qtbot.waitSignal(pipeline.frame_read, timeout=5000):
                assert pipeline.submit(frame)
            clock.now += 0.5
        assert decoded == [PAYLOAD, OTHER, PAYLOAD]
        assert (pipeline.stats.decoded_frames, pipeline.stats.dropped_busy, pipeline.stats.errors) == (5, 0, 0)
    finally:
        pipeline.close()
    assert not pipeline.submit(make_frame(PAYLOAD))  # closed: ignored


def test_frames_arriving_while_one_is_read_are_dropped_not_queued(qtbot, make_frame) -> None:
    release = threading.Event()
    in_flight = []  # frames being converted at once, seen from the worker

    def slow_converter(frame: object) -> QImage:
        in_flight.append(frame)
        assert len(in_flight) == 1, "two frames in flight"
        release.wait(5)
        in_flight.pop()
        return to_gray(frame)

    pipeline = DecodePipeline(converter=slow_converter, max_rate_hz=None)
    reads: list[list[str]] = []
    pipeline.frame_read.connect(reads.append)
    frames = [make_frame(PAYLOAD), make_frame(OTHER), make_frame(None)]
    try:
        assert pipeline.submit(frames[0])
        assert pipeline.busy
        assert [pipeline.submit(frames[i % 3]) for i in range(30)] == [False] * 30
        with qtbot.waitSignal(pipeline.frame_read, timeout=5000):
            release.set()
        qtbot.wait(50)  # nothing else was queued behind the first frame
        assert reads == [[PAYLOAD]]
        assert (pipeline.stats.dropped_busy, pipeline.busy) == (30, False)
        with qtbot.waitSignal(pipeline.frame_read, timeout=5000):
            assert pipeline.submit(frames[1])  # idle again: the next frame is taken
        assert reads == [[PAYLOAD], [OTHER]]
    finally:
        release.set()
        pipeline.close()


def test_the_rate_limit_skips_frames_that_come_too_soon(qtbot, make_frame) -> None:
    clock = FakeClock()
    pipeline = DecodePipeline(max_rate_hz=10.0, clock=clock)
    try:
        taken = []
        for _ in range(9):  # a 30 fps camera: a frame every 33 ms, 300 ms in all
            if pipeline.submit(make_frame(None)):
                taken.append(clock.now)
                qtbot.waitUntil(lambda: not pipeline.busy, timeout=5000)
            clock.now += 1 / 30
        assert len(taken) == 3 and pipeline.stats.dropped_rate == 6
    finally:
        pipeline.close()


def test_a_frame_the_converter_cannot_read_is_counted_and_the_next_one_works(qtbot, make_frame) -> None:
    pipeline = DecodePipeline(max_rate_hz=None)
    try:
        with qtbot.waitSignal(pipeline.frame_read, timeout=5000) as blocker:
            assert pipeline.submit("not an image")  # the default converter takes QImages only
            qtbot.waitUntil(lambda: pipeline.stats.errors == 1, timeout=5000)
            assert pipeline.submit(make_frame(PAYLOAD))
        assert blocker.args == [[PAYLOAD]]
    finally:
        pipeline.close()
