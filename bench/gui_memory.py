"""Resident memory of the GUI on a database of 1,000,000 check-in events, against the bare Qt window, same run.

App sides, each a fresh ``python -m telecentre_desk --db DB`` with ``TELECENTRE_DESK_STARTUP_PROBE=1``
(it prints ``READY <epoch>`` after its first paint and exits, telecentre_desk/ui/probe.py), reaped
with ``wait4`` for its peak RSS:
  members     the probe as the app defines it: the Members screen (300 members) painted; this
              screen does not read the events;
  front_desk  the same start opened on the Front desk screen, which reads who is in now and the
              day's last scans from the events, reported once its presence table has painted
              (this script's ``--child front_desk`` redirects the probe, nothing else).
Raw side: ``qt_startup.py --child window`` of ../shared/limits (a QMainWindow with a 10,000-row
QTableView). The database is bench/scan.py's (our schema, 300 members, the limits' 1M events),
built once and cached in the temp folder, copied for the run. Sides alternate, after a warm-up.

Target (issue 3): at most 150 MB resident for the GUI with 1,000,000 events.

Run:  .venv/bin/python bench/gui_memory.py [--runs 3] [--limits DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import benchkit as kit

NAME = "gui_memory"
TARGET_MB = 150.0
PROBE_ENV = "TELECENTRE_DESK_STARTUP_PROBE"
APP_SIDES = ("members", "front_desk")
Sample = dict[str, float]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each side (default 3)")
    parser.add_argument("--limits", metavar="DIR", help=f"the shared limits folder (default: ${kit.LIMITS_ENV})")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    parser.add_argument("--save", action="store_true", help="also append the JSON line to bench/out/")
    parser.add_argument("--child", choices=["front_desk"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    return parser


def measure(cmd: Sequence[str], env: Mapping[str, str], *, timeout: float, side: str) -> Sample:
    run = kit.run_child(cmd, env=env, timeout=timeout)
    ready = kit.ready_epoch(run.stdout)
    if run.returncode != 0 or ready is None or run.timed_out:
        raise kit.BenchError(f"{side} side: exit code {run.returncode}, READY {'seen' if ready else 'missing'}"
                             f"{', timed out' if run.timed_out else ''}\n  command: {' '.join(cmd)}\n"
                             f"  stderr tail:\n{run.tail() or '(nothing)'}")
    sample = {"maxrss_mb": run.maxrss_mb, "ready_ms": (ready - run.spawned_at) * 1000, "wall_ms": run.wall_ms}
    for line in run.stdout.splitlines():  # the front desk child says how many rows it showed
        if line.startswith("ROWS "):
            sample["rows"] = float(line.split()[1])
    return sample


def summarize_results(samples: Mapping[str, Sequence[Sample]], *, target: float = TARGET_MB) -> dict[str, Any]:
    results: dict[str, Any] = {"headline": "maxrss_mb"}
    for side, runs in samples.items():
        results[side] = {m: kit.summarize([s[m] for s in runs]) for m in ("maxrss_mb", "ready_ms", "wall_ms")}
    raw = results["raw"]["maxrss_mb"]["median"]
    app_sides = [side for side in samples if side != "raw"]
    results["ratio"] = {"maxrss_mb": kit.ratio(max(results[s]["maxrss_mb"]["median"] for s in app_sides), raw)}
    results["ratio_per_side"] = {s: kit.ratio(results[s]["maxrss_mb"]["median"], raw) for s in app_sides}
    worst = max(results[s]["maxrss_mb"]["median"] for s in app_sides)
    results.update(app_worst_mb=worst, target=target, target_unit="MB resident (app)", within_target=worst <= target)
    return results


def human_summary(results: Mapping[str, Any], params: Mapping[str, Any]) -> str:
    lines = [f"GUI memory with {params['events']:,} events, {params['runs']} runs a side, {params['platform']}",
             f"{'side':11}{'max RSS MB [min-max]':>26}{'ready ms':>10}{'x raw':>7}"]
    for side in (*APP_SIDES, "raw"):
        r = results[side]
        ratio = results["ratio_per_side"].get(side, 1.0)
        lines.append(f"{side:11}{r['maxrss_mb']['median']:>12.1f} [{r['maxrss_mb']['min']:.1f}-"
                     f"{r['maxrss_mb']['max']:.1f}]{r['ready_ms']['median']:>10.0f}{ratio:>7}")
    verdict = "within" if results["within_target"] else "ABOVE"
    lines.append(f"app worst {results['app_worst_mb']:.1f} MB ({verdict} the target <= {results['target']:g} MB)")
    return "\n".join(lines)


def child_front_desk(db: str, data_dir: str) -> int:
    """The app's own start, opened on the Front desk and probed on its presence table."""
    from telecentre_desk import __main__ as entry
    from telecentre_desk.ui import app as ui_app

    windows = []
    real_init, real_probe = ui_app.MainWindow.__init__, ui_app.probe.FirstPaintProbe

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs["first_screen"] = "front_desk"
        real_init(self, *args, **kwargs)
        windows.append(self)

    def probe_front_desk(view: Any, **kwargs: Any) -> Any:
        return real_probe(view.window().front_desk_screen.presence_table.viewport(), **kwargs)

    ui_app.MainWindow.__init__ = init
    ui_app.probe.FirstPaintProbe = probe_front_desk
    code = entry.main(["--db", db, "--data-dir", data_dir])
    if windows:
        screen = windows[0].front_desk_screen
        print(f"ROWS {screen.presence.rowCount() + screen.recent.rowCount()}", flush=True)
    return code


def run(args: argparse.Namespace, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    import scan  # bench/scan.py: its database, built and cached once

    raw_script = kit.limits_script("qt_startup.py", limits=args.limits)
    bl, _raw = scan._baseline_modules(args.limits)
    cache = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    cache.mkdir(exist_ok=True)
    cached, _payloads = scan.build_app_db(bl, cache)
    db = folder / "gui.sqlite"
    shutil.copyfile(cached, db)  # the window may write (automatic check-outs): never into the cache
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"))
    env.pop("TELECENTRE_DESK_DB", None)
    app_env = dict(env, **{PROBE_ENV: "1"})
    data = str(folder / "data")
    commands = {
        "members": [sys.executable, "-m", "telecentre_desk", "--db", str(db), "--data-dir", data],
        "front_desk": [sys.executable, str(Path(__file__).resolve()), "--child", "front_desk", "--db", str(db),
                       "--data-dir", data],
        "raw": [sys.executable, str(raw_script), "--child", "window"],
    }
    envs = {"members": app_env, "front_desk": app_env, "raw": env}
    for side, cmd in commands.items():  # warm-up: disk and font caches
        measure(cmd, envs[side], timeout=args.timeout, side=side)
    samples: dict[str, list[Sample]] = {side: [] for side in commands}
    for round_ in range(args.runs):
        order = list(commands) if round_ % 2 == 0 else list(reversed(commands))
        for side in order:
            samples[side].append(measure(commands[side], envs[side], timeout=args.timeout, side=side))
    results = summarize_results(samples)
    results["front_desk_rows_shown"] = samples["front_desk"][-1].get("rows")
    params = {"runs": args.runs, "platform": "offscreen", "events": bl.N_EVENTS, "members": bl.MEMBERS,
              "db_mb": round(db.stat().st_size / 2**20, 1),
              "commands": {side: " ".join(cmd) for side, cmd in commands.items()}}
    return results, params


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.child == "front_desk":
        return child_front_desk(args.db, args.data_dir)
    if args.runs < 1:
        kit.say("gui_memory: --runs must be at least 1")
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="telecentre-bench-") as tmp:
            results, params = run(args, Path(tmp))
    except kit.BenchError as exc:
        kit.say(f"gui_memory: {exc}")
        return 1
    kit.say(human_summary(results, params))
    kit.emit(NAME, params, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
