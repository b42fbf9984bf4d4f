"""Scan in the window: from the scanner's Enter key to the answer painted, against a bare Qt baseline, same run.

App side: the main window on the front desk, with the 1,000,000 events and 300 badges of bench/scan.py's
database. A badge's payload is typed as key events at scanner speed (held by the wedge listener), then
the clock starts and Enter is sent; it stops when the feedback panel receives its Paint event (an event
filter). In between: the wedge's decision, FrontDesk.scan (durable commit, WAL + FULL), the answer
panel, and the refresh of who is in and of the last scans.

Raw side: the same key events into a bare QLineEdit; on Enter, the raw sqlite3 durable check-in of
``../shared/limits/bench/sqlite_checkin.py`` (WAL + FULL, its own copy of the events), then a QLabel's
text is set; the clock stops at that label's Paint. Repeats alternate sides. Target (issue 10): app p99
at most 16 ms, one frame. Also measured, to the end of the frame in which the answer is drawn (the rest
of the window included): frame_p50/p95/p99. Key events carry press timestamps, as a real scanner's do.

Run:  .venv/bin/python bench/scan_gui.py [--n 200] [--repeats 5] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import benchkit as kit

TARGET_P99_MS = 16.0  # issue 10: one frame at 60 Hz (issue 3 asked 50 ms)
WARMUP = 20


def percentiles(latencies_ms: Sequence[float]) -> dict[str, float]:
    """p50, p95 and p99 of one repeat, the same way as bench/scan.py (nearest rank, no interpolation)."""
    ordered = sorted(latencies_ms)
    if not ordered:
        raise ValueError("no latencies")
    return {"p50": ordered[len(ordered) // 2], "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]}


def assemble(reps: dict[str, list[dict[str, float]]]) -> dict[str, Any]:
    """The JSON results from each side's per-repeat percentiles."""
    # p50/p95/p99: to the answer's Paint; frame_*: to the end of that frame (the whole window drawn).
    results: dict[str, Any] = {side: {f"{key}_ms": kit.summarize([r[key] for r in rs], 2)
                                      for key in ("p50", "p95", "p99", "frame_p50", "frame_p95", "frame_p99")
                                      if all(key in r for r in rs)}
                               for side, rs in reps.items()}
    paired = [a["p50"] / r["p50"] for a, r in zip(reps["app"], reps["raw"], strict=True) if r["p50"] > 0]
    app_p99 = results["app"]["p99_ms"]["median"]
    results.update({
        "headline": "p50",
        "ratio": {key: kit.ratio(results["app"][f"{key}_ms"]["median"], results["raw"][f"{key}_ms"]["median"])
                  for key in ("p50", "p95", "p99", "frame_p99") if f"{key}_ms" in results["app"]},
        "paired_p50_ratio": kit.summarize(paired, 2) if paired else None,
        "target": f"app p99 {TARGET_P99_MS:g} ms",
        "target_p99_ms": TARGET_P99_MS,
        "within_target": app_p99 <= TARGET_P99_MS,
    })
    return results


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="scans per repeat and side")
    parser.add_argument("--repeats", "--runs", type=int, default=5)
    parser.add_argument("--platform", choices=["offscreen", "xcb"], default="offscreen",
                        help="Qt platform; xcb without DISPLAY starts an Xvfb")
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--save", action="store_true")
    return parser


class _Clock:
    """The core's clock for the app side: starts now and moves a second per reading, so each member's
    next scan (300 scans later) is a check-out or a check-in, never a repeat inside the 2-minute window."""

    def __init__(self) -> None:
        self._t = dt.datetime.now(dt.UTC).replace(hour=7, minute=0)
        self._n = 0

    def __call__(self) -> dt.datetime:
        self._n += 1
        return self._t + dt.timedelta(seconds=self._n)


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Build both windows and measure; returns the results (Qt is imported here, not by the smoke test)."""
    import scan as scan_bench  # bench/scan.py: the same 1M-event database as the core benchmark
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    from telecentre_desk.common import clock as core_clock
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.ui import dialogs
    from telecentre_desk.ui.main_window import MainWindow
    from telecentre_desk.ui.scanner.wedge import accept_scans
    from telecentre_desk.ui.store import Store

    bl, raw_mod = scan_bench._baseline_modules(args.limits)
    cached, payloads = scan_bench.build_app_db(bl, work)
    app_path = work / "scan_gui_app.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{app_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, app_path)
    raw_path = bl.copy_db(bl.checkin_db(), work / "scan_gui_raw.db")

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    errors: list[str] = []
    # A message box would wait for a click that never comes: record what it would have said instead.
    dialogs.show_error = lambda _parent, title, text: errors.append(f"{title}: {text}")
    core_clock.set_clock(_Clock())
    engine = open_database(app_path)
    store = Store(engine)
    window = MainWindow(store, db_path=app_path, settings_store=QSettings(str(work / "gui.ini"),
                        QSettings.Format.IniFormat), first_screen="front_desk", remember_state=False)
    window.resize(1200, 760)
    window.show()
    window.front_desk_screen.ensure_loaded()

    raw_window = QWidget()
    raw_field = QLineEdit(raw_window)
    accept_scans(raw_field)  # the baseline's field takes the code as typing (the app's listener is app-wide)
    raw_label = QLabel("…", raw_window)
    layout = QVBoxLayout(raw_window)
    layout.addWidget(raw_field)
    layout.addWidget(raw_label)
    raw_window.resize(600, 200)
    raw_window.show()
    raw = raw_mod.RawDesk(raw_path, "WAL", "FULL")
    raw_members, raw_clock = raw_mod.members(), raw_mod.Clock()

    def raw_checkin() -> None:
        member = next(raw_members)
        raw.checkin(member, raw_clock.next())
        raw_label.setText(f"Bonjour {member}")  # a new text each time, or QLabel would not repaint
        raw_field.clear()

    raw_field.returnPressed.connect(raw_checkin)

    class PaintStop(QObject):
        """Two clocks after Enter: the watched widget's first Paint (the answer starts being drawn), and the
        end of that frame (a zero timer set at the Paint fires once the whole window was painted and
        flushed to the screen: the lists beside the answer included)."""

        def __init__(self, watched: QWidget) -> None:
            super().__init__(watched)
            self.loop = QEventLoop()
            self.stopped_at = 0
            self.frame_at = 0
            # One timer, stopped after each scan: a zero-owner singleShot of an earlier scan would fire
            # during a later scan's wait and end it before its paint (the "no answer painted" of loaded runs).
            self.give_up = QTimer(self)
            self.give_up.setSingleShot(True)
            self.give_up.setInterval(5000)
            self.give_up.timeout.connect(self.loop.quit)
            watched.installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.stopped_at:
                self.stopped_at = time.perf_counter_ns()
                QTimer.singleShot(0, self._frame_done)
            return False

        def _frame_done(self) -> None:
            self.frame_at = time.perf_counter_ns()
            self.loop.quit()

    class KeyStamps:
        """Key events carry a press time, as the X server's and Windows' do (QKeyEvent.timestamp()): the
        wedge judges bursts by them, so a stall of this loaded machine between two sends does not split a
        scan (it would with QTest's events, which carry none). 1 ms apart, never going back."""

        def __init__(self) -> None:
            self.last = 0

        def next(self) -> int:
            self.last = max(self.last + 1, int(time.monotonic() * 1000))
            return self.last

    stamps = KeyStamps()

    def press(target: QWidget, key: int, char: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamps.next())
            QCoreApplication.sendEvent(target, event)

    def one(target: QWidget, stop: PaintStop, text: str, activate: QWidget) -> tuple[float, float]:
        if not activate.isActiveWindow():
            activate.activateWindow()
            while not activate.isActiveWindow():
                QCoreApplication.processEvents()
        # An idle window, as at a desk where scans come seconds apart: what followed the last answer's paint
        # (the lists' change set, the layouts it posted) is done before this scan starts.
        for _ in range(3):
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents()
        for char in text:  # scanner speed: the wedge holds these, the bare field takes them
            press(target, ord(char.upper()), char)
        QCoreApplication.processEvents()  # nothing pending: the next Paint is the answer's
        stop.stopped_at = stop.frame_at = 0
        start = time.perf_counter_ns()
        press(target, int(Qt.Key.Key_Return), "\r")
        if not stop.frame_at:
            stop.give_up.start()  # a scan that paints nothing must not hang the run
            stop.loop.exec()
            stop.give_up.stop()
        if not stop.frame_at:
            shown = window.front_desk_screen.feedback.answer.headline
            raise kit.BenchError(f"no answer painted within 5 s in {type(target).__name__} "
                                 f"(window active: {activate.isActiveWindow()}, answer on screen: {shown!r}); "
                                 f"errors shown: {errors or 'none'}")
        return (stop.stopped_at - start) / 1e6, (stop.frame_at - start) / 1e6

    app_stop = PaintStop(window.front_desk_screen.feedback)
    raw_stop = PaintStop(raw_label)
    app_members = raw_mod.members()
    search = window.front_desk_screen.search

    def app_scan() -> tuple[float, float]:
        return one(search, app_stop, payloads[next(app_members) - 1], window)

    def raw_scan() -> tuple[float, float]:
        return one(raw_field, raw_stop, payloads[0], raw_window)

    probe = app_scan()[0]
    answer = window.front_desk_screen.feedback.answer
    if answer.tone.value not in ("welcome", "goodbye"):
        raise kit.BenchError(f"the app refused the benchmark's badge: {answer.headline} ({answer.detail})")
    kit.say(f"first scan answered in {probe:.1f} ms: {answer.headline}")
    sides: dict[str, Callable[[], tuple[float, float]]] = {"app": app_scan, "raw": raw_scan}
    for fn in sides.values():
        for _ in range(WARMUP):
            fn()
    reps: dict[str, list[dict[str, float]]] = {"app": [], "raw": []}
    for i in range(args.repeats):
        for side in (("app", "raw") if i % 2 == 0 else ("raw", "app")):
            samples = [sides[side]() for _ in range(args.n)]
            reps[side].append(percentiles([paint for paint, _ in samples])
                              | {f"frame_{k}": v for k, v in percentiles([f for _, f in samples]).items()})
    window.close()
    raw_window.close()
    qt_app.processEvents()
    raw.close()
    store.close()
    core_clock.set_clock(None)
    for path in (app_path, raw_path):
        bl.remove_db(path)
    return assemble(reps)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    work = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    xvfb = None
    if args.platform == "xcb":
        import startup  # bench/startup.py: starts an Xvfb when there is no DISPLAY

        env = dict(os.environ)
        xvfb = startup.start_xvfb(env)
        os.environ.update(env)
    try:
        results = run(args, work)
    except kit.BenchError as exc:
        kit.say(f"scan_gui: {exc}")
        return 1
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    keys = ("p50", "p95", "p99", "frame_p50", "frame_p95", "frame_p99")
    kit.say(f"{'side':6}" + "".join(f"{key + ' ms':>14}" for key in keys))
    for side in ("app", "raw"):
        kit.say(f"{side:6}" + "".join(f"{results[side][key + '_ms']['median']:>14}" for key in keys))
    kit.say(f"scan_gui: Enter to answer painted, app p50 {results['app']['p50_ms']['median']} ms, "
            f"p99 {results['app']['p99_ms']['median']} ms (target <= {TARGET_P99_MS:g}); "
            f"app/raw p50 = {results['ratio']['p50']}, p99 = {results['ratio']['p99']}")
    kit.emit("scan_gui", {"n": args.n, "repeats": args.repeats, "platform": args.platform, "members": 300,
                          "synchronous": "FULL", "journal": "WAL"}, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
