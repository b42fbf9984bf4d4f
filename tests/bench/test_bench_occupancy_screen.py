"""The Occupancy screen benchmark cannot rot silently: parser, verdicts and the child's contract, without Qt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_occupancy_screen", BENCH / "occupancy_screen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_harness_loads_neither_qt_nor_the_app() -> None:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import occupancy_screen; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6', 'telecentre_desk')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_parser_and_usage_errors(bench: ModuleType) -> None:
    args = bench.build_parser().parse_args([])
    assert (args.runs, args.repeats, args.child, args.limits) == (5, 30, False, None)
    assert bench.main(["--runs", "0"]) == 2


def _run(first: float, refresh: float, raw: float) -> dict:
    return {"screen_first_ms": first, "screen_again_ms": first / 3, "floor_refresh_ms": refresh,
            "floor_state_ms": refresh * 0.8, "raw_who_is_in_ms": raw, "year": ["2025-01-01", "2025-12-31"],
            "year_visits": 50_000, "desks": 150, "occupied": 119}


def test_the_verdicts_come_from_the_medians(bench: ModuleType) -> None:
    results = bench.summarize_results([_run(90, 0.40, 0.25), _run(110, 0.44, 0.24), _run(100, 0.46, 0.26)])
    assert results["screen_first_ms"] == {"median": 100, "min": 90, "max": 110, "n": 3}
    assert results["ratio"]["floor_refresh"] == round(0.44 / 0.25, 2)
    assert results["within_target"] is True
    assert results["checks"] == {"year": ["2025-01-01", "2025-12-31"], "year_visits": 50_000, "desks": 150,
                                 "occupied": 119}
    slow = bench.summarize_results([_run(320, 0.40, 0.25)])
    assert (slow["screen_within_target"], slow["floor_within_target"], slow["within_target"]) == (False, True, False)
    heavy = bench.summarize_results([_run(100, 0.60, 0.25)])
    assert (heavy["floor_within_target"], heavy["within_target"]) == (False, False)
    assert "ABOVE" in bench.human_summary(heavy)


def test_the_child_says_its_numbers_on_one_line(bench: ModuleType) -> None:
    assert bench.parse_child("noise\nRESULT {\"screen_first_ms\": 12.5}\n") == {"screen_first_ms": 12.5}
    with pytest.raises(Exception, match="no RESULT line"):
        bench.parse_child("Traceback (most recent call last):\n")
