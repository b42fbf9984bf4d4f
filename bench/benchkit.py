"""Helpers shared by the benchmarks: find the raw baselines, time a child process, summarise, emit.

Benchmarks compare the app with a raw baseline measured in the same run, because these machines
are shared and absolute times drift by up to half between runs. The baselines are ours, in bench/baselines/;
``--limits DIR`` (e.g. ../shared/limits, the project's reference limits when present) cross-checks against others.
Qt-free: the benchmarks spawn whatever needs Qt.
"""

from __future__ import annotations

import json
import os
import platform
import selectors
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LIMITS_ENV = "TELECENTRE_LIMITS"
OUT_DIR = REPO / "bench" / "out"  # ignored by git; only written with --save


class BenchError(Exception):
    """A benchmark cannot run (missing baseline, a child that failed): the message says why."""


def default_limits_dir() -> Path:
    # Ours, inside the checkout: a fresh clone runs every benchmark with nothing beside it.
    return REPO / "bench" / "baselines"


def limits_script(name: str, *, limits: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] | None = None) -> Path:
    """The raw baseline script ``name`` (e.g. ``qt_startup.py``): --limits, then the env, then the default.

    The folder given may be ``limits``, its ``bench`` subfolder, or the ``shared`` folder above it; without
    one, the baselines of bench/baselines/.
    """
    environ = os.environ if environ is None else environ
    base = Path(limits or environ.get(LIMITS_ENV) or default_limits_dir()).expanduser()
    for candidate in (base / "bench" / name, base / name, base / "limits" / "bench" / name):
        if candidate.is_file():
            return candidate.resolve()
    raise BenchError(f"no {name} under {base}: pass --limits DIR or set {LIMITS_ENV} "
                     "to a baselines folder (one holding qt_startup.py or bench/qt_startup.py)")


@dataclass(frozen=True, slots=True)
class ChildRun:
    returncode: int
    stdout: str
    stderr: str
    wall_ms: float  # spawn to exit, teardown included
    maxrss_mb: float
    spawned_at: float  # time.time() just before spawn, to compare with the child's clock
    timed_out: bool = False

    def tail(self, chars: int = 1500) -> str:
        return self.stderr.strip()[-chars:]


def run_child(cmd: Sequence[str], *, env: Mapping[str, str], timeout: float = 60.0) -> ChildRun:
    """Run ``cmd`` to its end, reading both pipes, and reap it with ``wait4`` for its own peak RSS.

    A child still running after ``timeout`` seconds is killed (a window that never reports must
    not hang the benchmark).
    """
    spawned_at = time.time()
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunks: dict[str, list[bytes]] = {"stdout": [], "stderr": []}
    timed_out = False
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ, "stdout")  # type: ignore[arg-type]
        selector.register(proc.stderr, selectors.EVENT_READ, "stderr")  # type: ignore[arg-type]
        deadline = time.monotonic() + timeout
        while selector.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                proc.send_signal(signal.SIGKILL)
                break
            for key, _ in selector.select(timeout=left):
                data = os.read(key.fd, 65536)
                if data:
                    chunks[key.data].append(data)
                else:
                    selector.unregister(key.fileobj)
    _, status, usage = os.wait4(proc.pid, 0)
    wall_ms = (time.perf_counter() - t0) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    return ChildRun(returncode=proc.returncode,
                    stdout=b"".join(chunks["stdout"]).decode(errors="replace"),
                    stderr=b"".join(chunks["stderr"]).decode(errors="replace"),
                    wall_ms=wall_ms, maxrss_mb=usage.ru_maxrss / 1024, spawned_at=spawned_at,
                    timed_out=timed_out)


def ready_epoch(stdout: str) -> float | None:
    """The epoch of the first ``READY <epoch> ...`` line, or None when there is none."""
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "READY":
            try:
                return float(parts[1])
            except ValueError:
                return None
    return None


def summarize(samples: Sequence[float], ndigits: int = 1) -> dict[str, float]:
    """median / min / max / n of one measure over the runs (same keys as the limits' benchlib)."""
    if not samples:
        raise ValueError("no samples to summarise")
    ordered = sorted(samples)
    return {"median": round(statistics.median(ordered), ndigits), "min": round(ordered[0], ndigits),
            "max": round(ordered[-1], ndigits), "n": len(ordered)}


def ratio(app: float, raw: float, ndigits: int = 2) -> float | None:
    """app / raw, or None when the baseline is zero (nothing to compare with)."""
    return round(app / raw, ndigits) if raw > 0 else None


def env_info() -> dict[str, Any]:
    return {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count(),
            "machine": platform.machine()}


def emit(name: str, params: dict[str, Any], results: dict[str, Any], *, save: bool = False) -> str:
    """Print the one JSON result line on stdout (and append it to bench/out/ with ``save``)."""
    line = json.dumps({"bench": name, "env": env_info(), "params": params, "results": results},
                      ensure_ascii=False)
    print(line, flush=True)
    if save:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        with (OUT_DIR / f"{name}.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
    return line


def say(text: str = "") -> None:
    """The human summary goes to stderr, so stdout stays one JSON line for tools."""
    print(text, file=sys.stderr, flush=True)
