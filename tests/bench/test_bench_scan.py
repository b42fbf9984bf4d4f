"""The scan benchmark cannot rot silently: it imports, and its per-batch percentiles are right."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def scan_bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_scan", BENCH / "scan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_batch_percentiles_come_from_the_timings(scan_bench: ModuleType, monkeypatch) -> None:
    # 100 scans whose fake clock says each took i microseconds (1..100).
    ticks = iter(itertools.chain.from_iterable((0, i * 1000) for i in range(1, 101)))
    monkeypatch.setattr(scan_bench.time, "perf_counter_ns", lambda: next(ticks))
    calls = []

    class Clock:
        def next(self):
            return len(calls)

    stats = scan_bench.run_batch(lambda m, t: calls.append((m, t)), 100, iter(range(1000)), Clock())
    assert calls[:2] == [(0, 0), (1, 1)]
    assert (stats["p50"], stats["p99"], stats["mean"]) == (51.0, 100.0, 50.5)

