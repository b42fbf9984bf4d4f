"""Start-up of the installed bundle against the same code from the venv: spawn to the first painted window.

Both sides run ``TELECENTRE_DESK_STARTUP_PROBE=1`` (READY <epoch> once the window's table painted, then exit) on
the same demo database, alternating, after one warm-up run each: the OS file cache is warm for both (this machine
cannot drop its caches), so it is the start-up a host sees from the second start of the day on.
Target (issue 13): bundle <= 1.2x venv (median of the paired ratios).

Run:  .venv/bin/python packaging/linux/cold_start.py BUNDLE_EXE [--runs 7] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def ready_ms(cmd: list[str], env: dict[str, str]) -> float:
    spawned = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("READY ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr[-800:]}")
    return (float(line.split()[1]) - spawned) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", help="the bundle's executable, e.g. build/dist/telecentre-desk/telecentre-desk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", choices=["offscreen", "xcb"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(db), "demo"], check=True,
                       capture_output=True)
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, TELECENTRE_DESK_STARTUP_PROBE="1",
                   HOME=scratch, XDG_CONFIG_HOME=str(Path(scratch) / "config"))
        sides = {"venv": [sys.executable, "-m", "telecentre_desk", "--db", str(db)],
                 "bundle": [str(Path(args.bundle).absolute()), "--db", str(db)]}
        for cmd in sides.values():
            ready_ms(cmd, env)  # warm-up
        times: dict[str, list[float]] = {"venv": [], "bundle": []}
        for run in range(args.runs):
            for side in (("venv", "bundle") if run % 2 == 0 else ("bundle", "venv")):
                times[side].append(ready_ms(sides[side], env))
    paired = [b / v for b, v in zip(times["bundle"], times["venv"], strict=True)]
    result = {"venv_ms": round(statistics.median(times["venv"]), 1),
              "bundle_ms": round(statistics.median(times["bundle"]), 1),
              "ratio": round(statistics.median(paired), 2), "runs": args.runs, "platform": args.platform,
              "target": 1.2}
    result["within_target"] = result["ratio"] <= 1.2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
