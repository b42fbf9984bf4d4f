"""The startup benchmark cannot rot silently: its parser, arithmetic and failure report, without Qt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def startup(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # the script imports its sibling benchkit
    spec = importlib.util.spec_from_file_location("bench_startup", BENCH / "startup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_harness_itself_never_loads_qt() -> None:
    # Qt is only in the children it spawns; loading it here would skew the parent's timings.
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import startup; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_parser_defaults_and_options(startup: ModuleType) -> None:
    parser = startup.build_parser()
    args = parser.parse_args([])
    assert (args.runs, args.platform, args.limits, args.members) == (7, "offscreen", None, 40)
    args = parser.parse_args(["--runs", "3", "--platform", "xcb", "--limits", "/x"])
    assert (args.runs, args.platform, args.limits) == (3, "xcb", "/x")
    with pytest.raises(SystemExit):
        parser.parse_args(["--platform", "wayland"])


def _samples(ready: list[float], wall: list[float], rss: list[float]) -> list[dict[str, float]]:
    return [{"ready_ms": r, "wall_ms": w, "maxrss_mb": m} for r, w, m in zip(ready, wall, rss, strict=True)]


def test_ratio_of_the_medians_and_paired_ratio(startup: ModuleType) -> None:
    app = _samples([300, 330, 310], [400, 420, 410], [120, 120, 121])
    raw = _samples([150, 160, 155], [200, 220, 205], [60, 60, 60])
    results = startup.summarize_results(app, raw)
    assert results["app"]["ready_ms"] == {"median": 310, "min": 300, "max": 330, "n": 3}
    assert results["raw"]["wall_ms"] == {"median": 205, "min": 200, "max": 220, "n": 3}
    assert results["ratio"] == {"ready_ms": 2.0, "wall_ms": 2.0, "maxrss_mb": 2.0}
    # Per round: 300/150, 330/160, 310/155 = 2.0, 2.0625, 2.0
    assert results["paired_ready_ratio"] == {"median": 2.0, "min": 2.0, "max": 2.06, "n": 3}
    assert (results["target"], results["within_target"]) == (2.0, True)
    slower = startup.summarize_results(_samples([500], [600], [130]), _samples([200], [250], [60]))
    assert (slower["ratio"]["ready_ms"], slower["within_target"]) == (2.5, False)


def test_a_failed_app_side_is_reported_with_the_baseline_kept(startup: ModuleType) -> None:
    raw = _samples([150, 160], [200, 210], [60, 61])
    results = startup.summarize_results(None, raw, app_error="app side exited with code 1")
    assert results["app"] == {"error": "app side exited with code 1"}
    assert results["ratio"] is None and results["within_target"] is None
    assert results["raw"]["ready_ms"]["median"] == 155
    params = {"platform": "offscreen", "runs": 2, "members": 40, "app_command": "python -m telecentre_desk"}
    assert "app  FAILED: app side exited with code 1" in startup.human_summary(results, params)


def test_a_child_that_breaks_the_contract_shows_its_stderr(startup: ModuleType) -> None:
    crash = [sys.executable, "-c", "import sys; print('starting'); sys.stderr.write('No module named ui'); "
             "sys.exit(1)"]
    with pytest.raises(Exception, match=r"(?s)app side exited with code 1 without printing READY.*No module"):
        startup.measure(crash, {}, timeout=10, side="app")
    ok = [sys.executable, "-c", "import time; print(f'READY {time.time():.6f}')"]
    sample = startup.measure(ok, {}, timeout=10, side="raw")
    assert 0 < sample["ready_ms"] <= sample["wall_ms"] and sample["maxrss_mb"] > 0


def test_the_baseline_is_found_from_the_option_the_env_or_in_the_repo(
        startup: ModuleType, tmp_path: Path) -> None:
    kit = sys.modules["benchkit"]
    script = tmp_path / "limits" / "bench" / "qt_startup.py"
    script.parent.mkdir(parents=True)
    script.write_text("")
    for given in (tmp_path / "limits", tmp_path / "limits" / "bench", tmp_path):
        assert kit.limits_script("qt_startup.py", limits=given, environ={}) == script
    assert kit.limits_script("qt_startup.py", environ={kit.LIMITS_ENV: str(tmp_path / "limits")}) == script
    with pytest.raises(kit.BenchError, match="--limits DIR"):
        kit.limits_script("qt_startup.py", limits=tmp_path / "nowhere", environ={})
    # Without an option, our own baselines, inside the checkout: a fresh clone needs nothing beside it.
    assert kit.default_limits_dir() == BENCH / "baselines"
    for name in ("qt_startup.py", "sqlite_checkin.py", "occupancy_query.py", "pdf_invoice.py", "csv_sync.py"):
        assert kit.limits_script(name, environ={}) == BENCH / "baselines" / name
