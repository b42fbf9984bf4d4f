"""The webcam benchmark cannot rot silently: its parser and arithmetic, without Qt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def webcam(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_webcam", BENCH / "webcam.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_harness_does_not_load_qt() -> None:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import webcam; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_parser_defaults(webcam: ModuleType) -> None:
    args = webcam.build_parser().parse_args([])
    assert (args.runs, args.seconds, args.frames) == (3, 10.0, 20)
    assert webcam.main(["--runs", "0"]) == 2


def test_payloads_look_like_badges(webcam: ModuleType) -> None:
    text = webcam.payload(42)
    assert text.startswith("TD1:FLO:42:1:") and len(text.split(":")[-1]) == 26
    assert webcam.payload(42) == text != webcam.payload(43)


def test_one_run_is_tallied_from_what_each_frame_held(webcam: ModuleType) -> None:
    expected = ["A", None, "B", None]
    read = [["A"], [], [], ["X"]]  # B missed, a false read on an empty frame
    run = webcam.tally(expected, read, cpu_s=0.2, wall_s=10.0, offered=5, dropped=1)
    assert run == {"cpu_percent": 2.0, "rate_hz": 0.4, "success": 0.5, "false_reads": 1.0, "frames": 4.0,
                   "offered": 5.0, "dropped": 1.0}
    assert webcam.cpu_percent(1.0, 0.0) == 0.0


def test_the_summary_compares_the_medians_and_checks_the_target(webcam: ModuleType) -> None:
    def run(cpu: float) -> dict[str, float]:
        return {"cpu_percent": cpu, "rate_hz": 10.0, "success": 1.0, "false_reads": 0.0, "dropped": 0.0}

    results = webcam.summarize_results([run(3.0), run(4.0), run(5.0)], [run(2.0), run(2.0), run(2.5)])
    assert results["app"]["cpu_percent"] == {"median": 4.0, "min": 3.0, "max": 5.0, "n": 3}
    assert results["ratio"] == {"cpu_percent": 2.0}
    assert results["paired_cpu_ratio"]["median"] == 2.0
    assert (results["target"], results["within_target"]) == (10.0, True)
    assert webcam.summarize_results([run(12.0)], [run(2.0)])["within_target"] is False
