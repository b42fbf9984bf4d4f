"""Scans typed while the UI thread stalls: how many of them the wedge listener still recognises.

A feeder thread plays a keyboard-wedge scanner: 100 badge codes plus Enter, one key every 5 to 30 ms
(drawn at random per scan), each key event stamped with its press time (``QKeyEvent.setTimestamp``, the
process's monotonic milliseconds, as the X server or Windows stamps a real key) and posted to the focused
field. Meanwhile a timer in the UI thread makes it busy (``time.sleep``) ``--stall`` ms every ``--period``
ms: the stall is injected here, not in the product. Keys pressed during a stall wait in the queue, as
real ones do.

Two sides, same run, same keys:
- ``timestamps``: the product (``WedgeListener`` judging the keys' own timestamps);
- ``processing time``: the same listener fed keys without a timestamp (0), which makes it fall back to
  the time it processes them, i.e. the behaviour before issue 10.

A scan counts as recognised when the listener emits exactly the code, and nothing of it reaches the field.

With ``--xdotool`` (a real X server: ``QT_QPA_PLATFORM=xcb``, ``DISPLAY`` set, xdotool installed), the
keys are typed by ``xdotool type --delay D`` instead (real key events with the X server's timestamps,
D drawn in 5..30 per scan) and only the ``timestamps`` side runs.

Run:  .venv/bin/python bench/scan_stall.py [--scans 100] [--stall 60 --period 500] [--xdotool]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time

CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def make_codes(count: int, rng: random.Random) -> list[str]:
    return [f"TD1:FLO:{n + 1}:1:" + "".join(rng.choice(CODE_CHARS) for _ in range(26)) for n in range(count)]


def run_side(*, stamped: bool, codes: list[str], gaps: list[int], stall_ms: int, period_ms: int,
             xdotool: bool) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QInputDevice, QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from telecentre_desk.ui.scanner.wedge import WedgeListener

    app = QApplication.instance() or QApplication(sys.argv)
    QInputDevice.primaryKeyboard()  # created here, in the UI thread, not by the feeder's first key event
    field = QLineEdit()
    field.resize(400, 40)
    field.show()
    field.activateWindow()
    field.setFocus()
    deadline = time.monotonic() + 5
    while not field.isActiveWindow() and time.monotonic() < deadline:
        app.processEvents()
    wedge = WedgeListener(field)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)

    stall = QTimer()
    stall.setInterval(period_ms)
    stall.timeout.connect(lambda: time.sleep(stall_ms / 1000))  # the busy UI thread (an antivirus, a reload)

    def post(char: str) -> None:
        code = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char)) if char.isalnum() else Qt.Key.Key_Colon
        stamp = int(time.monotonic() * 1000) if stamped else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QCoreApplication.postEvent(field, event)

    done = threading.Event()

    def feed() -> None:
        for code, gap in zip(codes, gaps, strict=True):
            if xdotool:
                subprocess.run(["xdotool", "type", "--delay", str(gap), code + "\n"], check=True)
            else:
                for char in [*code, "\r"]:
                    post(char)
                    time.sleep(gap / 1000)
            time.sleep(0.3)  # the next member steps up
        done.set()

    feeder = threading.Thread(target=feed, daemon=True)
    stall.start()
    feeder.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)
    end = time.monotonic() + 1.0
    while time.monotonic() < end:  # the last keys and timers
        app.processEvents()
    stall.stop()
    typed = field.text()
    wedge.deleteLater()
    field.close()
    field.deleteLater()
    app.processEvents()
    wanted = set(codes)
    recognised = sum(1 for s in scans if s in wanted)
    return {"side": "timestamps" if stamped else "processing time", "scans": len(codes),
            "recognised": recognised, "emitted": len(scans), "chars_typed_into_field": len(typed)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--stall", type=int, default=60, help="ms the UI thread is busy")
    parser.add_argument("--period", type=int, default=500, help="every this many ms")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--xdotool", action="store_true", help="real X key events (xcb platform)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rng = random.Random(args.seed)
    codes = make_codes(args.scans, rng)
    gaps = [rng.randint(5, 30) for _ in codes]
    sides = [True] if args.xdotool else [True, False]
    results = [run_side(stamped=s, codes=codes, gaps=gaps, stall_ms=args.stall, period_ms=args.period,
                        xdotool=args.xdotool) for s in sides]
    header = {"stall_ms": args.stall, "period_ms": args.period, "platform": os.environ["QT_QPA_PLATFORM"],
              "source": "xdotool" if args.xdotool else "posted key events"}
    if args.json:
        print(json.dumps({**header, "results": results}))
    else:
        print(f"UI thread busy {args.stall} ms every {args.period} ms, {header['platform']}, {header['source']}")
        for r in results:
            print(f"  {r['side']:>16}: {r['recognised']}/{r['scans']} recognised, {r['emitted']} emitted, "
                  f"{r['chars_typed_into_field']} characters typed into the field")
    return 0


if __name__ == "__main__":
    sys.exit(main())
