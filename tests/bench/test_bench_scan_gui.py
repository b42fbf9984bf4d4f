"""The GUI scan benchmark cannot rot silently: it imports without Qt, and its percentiles and ratios are right."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def scan_gui(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_scan_gui", BENCH / "scan_gui.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_percentiles_are_nearest_rank(scan_gui: ModuleType) -> None:
    assert scan_gui.percentiles([float(i) for i in range(100, 0, -1)]) == {"p50": 51.0, "p99": 100.0}
    assert scan_gui.percentiles([4.0]) == {"p50": 4.0, "p99": 4.0}
    with pytest.raises(ValueError, match="no latencies"):
        scan_gui.percentiles([])


def test_results_carry_both_sides_the_ratio_and_the_target(scan_gui: ModuleType) -> None:
    reps = {"app": [{"p50": 8.0, "p99": 20.0}, {"p50": 6.0, "p99": 60.0}, {"p50": 7.0, "p99": 30.0}],
            "raw": [{"p50": 0.5, "p99": 1.0}, {"p50": 0.5, "p99": 1.0}, {"p50": 0.4, "p99": 2.0}]}
    results = scan_gui.assemble(reps)
    assert results["app"]["p50_ms"] == {"median": 7.0, "min": 6.0, "max": 8.0, "n": 3}
    assert results["app"]["p99_ms"]["median"] == 30.0
    assert results["ratio"] == {"p50": 14.0, "p99": 30.0}
    assert results["paired_p50_ratio"]["median"] == 16.0
    assert results["within_target"] is True  # the median p99, 30 ms, is within 50 ms
    reps["app"][2]["p99"] = 70.0
    assert scan_gui.assemble(reps)["within_target"] is False


def test_the_options_parse(scan_gui: ModuleType) -> None:
    args = scan_gui.build_parser().parse_args(["--runs", "2", "--platform", "xcb"])
    assert (args.repeats, args.n, args.platform) == (2, 200, "xcb")


def test_importing_it_loads_no_qt() -> None:
    code = f"import sys; sys.path.insert(0, {str(BENCH)!r}); import scan_gui; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "False", done.stderr[-500:]
