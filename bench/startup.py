"""Cold start to a usable main window on a demo database, against the bare Qt window, same run.

App side: ``python -m telecentre_desk --db DEMO`` with ``TELECENTRE_DESK_STARTUP_PROBE=1``; by
contract (telecentre_desk/ui/probe.py) it prints ``READY <epoch>`` once the main window's data
view has painted, then exits 0. Raw side: ``qt_startup.py --child window`` from the shared limits
(a QMainWindow with a 10,000-row QTableView). Both are spawned the same way, interleaved, after a
warm-up round: ``ready_ms`` = READY epoch - epoch just before spawn; ``wall_ms`` = the whole
process; ``maxrss_mb`` from ``wait4``. Target: app / raw <= 2.0 on the median ready_ms.

With ``--platform xcb`` (a real X server; an Xvfb is started when there is no DISPLAY) each spawn is also
watched from outside, as a user sees it: ``visible_ms`` = spawn -> the first ``xdotool search --onlyvisible
--pid PID`` that finds a mapped window of the child (polled as fast as xdotool answers, ~5-30 ms). Both sides
hold their window HOLD_MS after READY so a poll cannot miss it (the app through
``TELECENTRE_DESK_STARTUP_PROBE_HOLD_MS``, the bare window through a wrapper that sleeps in its READY print).
``--platform both`` runs offscreen, then xcb, and reports each.

The children run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed from their environment), as an
installed app does (pip and the bundle ship compiled modules): with it set, every start recompiles the app's
~100 modules, ~0.2 s that no user pays.

Run:  .venv/bin/python bench/startup.py [--runs 7] [--platform offscreen|xcb|both] [--limits DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import benchkit as kit

NAME = "startup"
TARGET_RATIO = 2.0
PROBE_ENV = "TELECENTRE_DESK_STARTUP_PROBE"
MEASURES = ("ready_ms", "wall_ms", "maxrss_mb")
HOLD_MS = 400
HOLD_ENV = "TELECENTRE_DESK_STARTUP_PROBE_HOLD_MS"
# The bare window, held open in its READY print (the baselines' qt_startup.py calls ready() or report() there).
HOLD_WRAPPER = """
import runpy, sys, time
path, hold = sys.argv[1], float(sys.argv[2]) / 1000
sys.argv = [path, "--child", "window"]
module = runpy.run_path(path, run_name="qt_startup")
for name in ("ready", "report"):
    if name in module:
        original = module[name]
        def held(*args, _original=original, **kwargs):
            _original(*args, **kwargs)
            time.sleep(hold)
        module["child"].__globals__[name] = held
sys.exit(module["child"]("window"))
"""
Sample = dict[str, float]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each side (default 7)")
    parser.add_argument("--platform", choices=["offscreen", "xcb", "both"], default="offscreen",
                        help="Qt platform; xcb without DISPLAY starts an Xvfb; both: offscreen then xcb")
    parser.add_argument("--limits", metavar="DIR",
                        help=f"the shared limits folder (default: ${kit.LIMITS_ENV}, then ../shared/limits)")
    parser.add_argument("--raw", choices=["limits", "ours"], default="limits",
                        help="the bare window: the limits' qt_startup.py, or our bench/qt_bare_window.py")
    parser.add_argument("--members", type=int, default=40, help="members in the demo database")
    parser.add_argument("--months", type=int, default=6, help="months of history in the demo database")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a child is killed")
    parser.add_argument("--save", action="store_true", help="also append the JSON line to bench/out/")
    return parser


def measure_ready(cmd: Sequence[str], env: Mapping[str, str], *, timeout: float, side: str) -> Sample:
    """One spawn; raises BenchError with the child's stderr tail when it does not keep the contract."""
    run = kit.run_child(cmd, env=env, timeout=timeout)
    ready = kit.ready_epoch(run.stdout)
    if run.timed_out:
        problem = f"did not finish within {timeout:.0f} s" + ("" if ready else " and never printed READY")
    elif run.returncode != 0:
        problem = f"exited with code {run.returncode}" + ("" if ready else " without printing READY")
    elif ready is None:
        problem = "exited 0 without printing a 'READY <epoch>' line"
    else:
        return {"ready_ms": (ready - run.spawned_at) * 1000, "wall_ms": run.wall_ms,
                "maxrss_mb": run.maxrss_mb}
    tail = run.tail() or "(nothing on stderr)"
    raise kit.BenchError(f"{side} side {problem}\n  command: {' '.join(cmd)}\n  stderr tail:\n{tail}")


def visible_after(proc: subprocess.Popen[bytes], env: Mapping[str, str], spawned_at: float,
                  timeout: float) -> float | None:
    """Seconds from spawn to the first mapped window of ``proc`` that xdotool sees; None if it never showed."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)], env=dict(env),
                               capture_output=True, check=False)
        if found.returncode == 0 and found.stdout.strip():
            return time.time() - spawned_at
    return None


def measure_visible(cmd: Sequence[str], env: Mapping[str, str], *, timeout: float, side: str) -> Sample:
    """One spawn on X, watched with xdotool for its window and read for its READY line (held HOLD_MS)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        spawned_at = time.time()
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), env=dict(env), stdout=out, stderr=err)
        seen = visible_after(proc, env, spawned_at, timeout)
        killer = threading.Timer(max(1.0, timeout - (time.perf_counter() - t0)), proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)  # reaped here for its own peak RSS
        finally:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall_ms = (time.perf_counter() - t0) * 1000 - HOLD_MS
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    ready = kit.ready_epoch(stdout)
    if seen is None or ready is None:
        what = "never showed a visible window" if seen is None else "never printed READY"
        raise kit.BenchError(f"{side} side {what}\n  command: {' '.join(cmd)}\n  stderr tail:\n{stderr[-1500:]}")
    return {"ready_ms": (ready - spawned_at) * 1000, "wall_ms": wall_ms,
            "maxrss_mb": usage.ru_maxrss / 1024, "visible_ms": seen * 1000}


measure = measure_ready  # the READY-only measure (offscreen), under its old name


def summarize_results(app: Sequence[Sample] | None, raw: Sequence[Sample], *,
                      app_error: str | None = None, target: float = TARGET_RATIO) -> dict[str, Any]:
    """Median/min/max of each side, the app/raw ratios of the medians and the paired ratio."""
    measures = MEASURES + (("visible_ms",) if raw and all("visible_ms" in s for s in [*raw, *(app or [])]) else ())
    results: dict[str, Any] = {"headline": "ready_ms",
                               "raw": {m: kit.summarize([s[m] for s in raw]) for m in measures}}
    if not app:
        results.update(app={"error": app_error or "no app run"}, ratio=None, paired_ready_ratio=None,
                       target=target, within_target=None)
        return results
    results["app"] = {m: kit.summarize([s[m] for s in app]) for m in measures}
    results["ratio"] = {m: kit.ratio(results["app"][m]["median"], results["raw"][m]["median"])
                        for m in measures}
    if "visible_ms" in measures:
        paired_visible = [a["visible_ms"] / r["visible_ms"] for a, r in zip(app, raw, strict=False)
                          if r["visible_ms"] > 0]
        results["paired_visible_ratio"] = kit.summarize(paired_visible, 2) if paired_visible else None
    # Rounds run side by side, so a per-round ratio cancels most of the machine's drift.
    paired = [a["ready_ms"] / r["ready_ms"] for a, r in zip(app, raw, strict=False) if r["ready_ms"] > 0]
    results["paired_ready_ratio"] = kit.summarize(paired, 2) if paired else None
    ready_ratio = results["ratio"]["ready_ms"]
    results.update(target=target, within_target=None if ready_ratio is None else ready_ratio <= target)
    return results


def human_summary(results: Mapping[str, Any], params: Mapping[str, Any]) -> str:
    def cell(stats: Mapping[str, float]) -> str:
        return f"{stats['median']:8.1f} [{stats['min']:.1f}-{stats['max']:.1f}]"

    lines = [f"startup to a usable window: {params['platform']}, {params['runs']} runs each, "
             f"demo of {params['members']} members",
             f"{'':5}{'ready ms, median [min-max]':>30}{'wall ms':>28}{'max RSS MB':>24}"]
    for side in ("app", "raw"):
        data = results[side]
        if "error" in data:
            lines.append(f"{side:5}FAILED: {data['error']}")
        else:
            lines.append(f"{side:5}{cell(data['ready_ms']):>30}{cell(data['wall_ms']):>28}"
                         f"{cell(data['maxrss_mb']):>24}")
    ratio = results.get("ratio")
    if ratio:
        verdict = "within" if results["within_target"] else "ABOVE"
        paired = results["paired_ready_ratio"]
        lines.append(f"app/raw: ready {ratio['ready_ms']} ({verdict} the target <= {results['target']}), "
                     f"paired per round {paired['median'] if paired else '-'}, wall {ratio['wall_ms']}, "
                     f"RSS {ratio['maxrss_mb']}")
    if ratio and "visible_ms" in ratio:
        lines.append(f"visible on the X server (xdotool --onlyvisible): app {results['app']['visible_ms']['median']}"
                     f" ms, raw {results['raw']['visible_ms']['median']} ms, app/raw {ratio['visible_ms']}, paired "
                     f"{(results.get('paired_visible_ratio') or {}).get('median', '-')}")
    lines.append(f"app command: {params['app_command']}")
    return "\n".join(lines)


def make_demo_db(folder: Path, *, members: int, months: int, env: Mapping[str, str]) -> Path:
    """A demo database made by the CLI, as a newcomer's `make run` makes it."""
    db = folder / "demo.sqlite"
    cmd = [sys.executable, "-m", "telecentre_desk", "--db", str(db), "--data-dir", str(folder / "data"),
           "demo", "--members", str(members), "--months", str(months), "--json"]
    done = subprocess.run(cmd, env=dict(env), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise kit.BenchError(f"the demo database could not be made ({' '.join(cmd)}):\n"
                             f"{done.stderr.strip()[-1500:]}")
    return db


def start_xvfb(env: dict[str, str]) -> subprocess.Popen[bytes] | None:
    """Start an Xvfb for xcb when there is no DISPLAY; returns it so the caller stops it."""
    if env.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        raise kit.BenchError("--platform xcb needs a DISPLAY or Xvfb (apt-get install xvfb)")
    number = next((n for n in range(90, 100) if not Path(f"/tmp/.X11-unix/X{n}").exists()), None)
    if number is None:
        raise kit.BenchError("no free X display number between :90 and :99")
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            env["DISPLAY"] = f":{number}"
            return proc
        time.sleep(0.05)
    proc.terminate()
    proc.wait()
    raise kit.BenchError("Xvfb did not start")


def run(args: argparse.Namespace, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    ours = getattr(args, "raw", "limits") == "ours"
    raw_script = (Path(__file__).with_name("qt_bare_window.py") if ours
                  else kit.limits_script("qt_startup.py", limits=args.limits))
    # Both sides get the same environment; a private config folder keeps the host's settings out.
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_CONFIG_HOME=str(folder / "config"))
    env.pop("TELECENTRE_DESK_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules cached, as an installed app has them
    db = make_demo_db(folder, members=args.members, months=args.months, env=env)
    app_cmd = [sys.executable, "-m", "telecentre_desk", "--db", str(db), "--data-dir", str(folder / "data")]
    raw_cmd = [sys.executable, str(raw_script)] if ours else [sys.executable, str(raw_script), "--child", "window"]
    app_env = dict(env, **{PROBE_ENV: "1"})
    params = {"runs": args.runs, "platform": args.platform, "members": args.members, "months": args.months,
              "app_command": " ".join(app_cmd), "raw_command": " ".join(raw_cmd)}
    xvfb = start_xvfb(env) if args.platform == "xcb" else None
    if xvfb is not None:
        app_env["DISPLAY"] = env["DISPLAY"]
    if args.platform == "xcb":
        params["display"] = env["DISPLAY"]
        if shutil.which("xdotool") is None:
            raise kit.BenchError("--platform xcb watches the window with xdotool (apt-get install xdotool)")
        # Watched from outside too: both sides hold their window up after READY so that a poll sees it.
        app_env[HOLD_ENV] = str(HOLD_MS)
        raw_cmd = [sys.executable, "-c", HOLD_WRAPPER, str(raw_script), str(HOLD_MS)]
        params["raw_command"] = f"{raw_script} --child window (held {HOLD_MS} ms after READY)"
        measure = measure_visible
    else:
        measure = measure_ready
    app: list[Sample] = []
    raw: list[Sample] = []
    app_error: str | None = None
    try:
        try:  # warm-up round (disk and font caches), not kept
            measure(app_cmd, app_env, timeout=args.timeout, side="app")
        except kit.BenchError as exc:
            app_error = str(exc)
        measure(raw_cmd, env, timeout=args.timeout, side="raw")
        for round_ in range(args.runs):
            # Alternate who goes first, so neither side always inherits the other's warm caches.
            order = ("app", "raw") if round_ % 2 == 0 else ("raw", "app")
            for side in order:
                if side == "raw":
                    raw.append(measure(raw_cmd, env, timeout=args.timeout, side="raw"))
                elif app_error is None:
                    try:
                        app.append(measure(app_cmd, app_env, timeout=args.timeout, side="app"))
                    except kit.BenchError as exc:
                        app_error = str(exc)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    return summarize_results(app if app_error is None else None, raw, app_error=app_error), params


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.runs < 1:
        kit.say("startup: --runs must be at least 1")
        return 2
    failed = False
    for platform in (("offscreen", "xcb") if args.platform == "both" else (args.platform,)):
        args.platform = platform
        try:
            with tempfile.TemporaryDirectory(prefix="telecentre-bench-") as tmp:
                results, params = run(args, Path(tmp))
        except kit.BenchError as exc:
            kit.say(f"startup: {exc}")
            return 1
        kit.say(human_summary(results, params))
        kit.emit(NAME, params, results, save=args.save)
        failed = failed or "error" in results["app"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
