"""The GUI memory benchmark cannot rot silently: parser, arithmetic and child contract, without Qt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def gui_memory(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_gui_memory", BENCH / "gui_memory.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_harness_loads_neither_qt_nor_the_app() -> None:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import gui_memory; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6', 'telecentre_desk')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_parser(gui_memory: ModuleType) -> None:
    args = gui_memory.build_parser().parse_args([])
    assert (args.runs, args.child, args.limits) == (3, None, None)
    assert gui_memory.main(["--runs", "0"]) == 2


def _sample(rss: float) -> dict[str, float]:
    return {"maxrss_mb": rss, "ready_ms": 300.0, "wall_ms": 400.0}


def test_the_worst_app_side_is_held_to_the_target(gui_memory: ModuleType) -> None:
    results = gui_memory.summarize_results({"members": [_sample(80), _sample(82), _sample(79)],
                                            "front_desk": [_sample(140), _sample(145), _sample(142)],
                                            "raw": [_sample(70), _sample(71), _sample(72)]})
    assert results["front_desk"]["maxrss_mb"] == {"median": 142, "min": 140, "max": 145, "n": 3}
    assert results["ratio_per_side"] == {"members": 1.13, "front_desk": 2.0}
    assert results["ratio"] == {"maxrss_mb": 2.0}
    assert (results["app_worst_mb"], results["within_target"]) == (142, True)
    heavy = gui_memory.summarize_results({"members": [_sample(151)], "front_desk": [_sample(90)],
                                          "raw": [_sample(70)]})
    assert (heavy["app_worst_mb"], heavy["within_target"]) == (151, False)


def test_a_child_is_measured_or_its_failure_shown(gui_memory: ModuleType) -> None:
    ok = [sys.executable, "-c", "import time; print(f'READY {time.time():.6f}'); print('ROWS 12')"]
    sample = gui_memory.measure(ok, {}, timeout=10, side="front_desk")
    assert sample["maxrss_mb"] > 0 and sample["rows"] == 12 and 0 < sample["ready_ms"] <= sample["wall_ms"]
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('no place'); sys.exit(1)"]
    with pytest.raises(Exception, match=r"(?s)members side: exit code 1, READY missing.*no place"):
        gui_memory.measure(crash, {}, timeout=10, side="members")
