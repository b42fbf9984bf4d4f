"""The backup benchmark cannot rot silently: registered, refuses nonsense, and one tiny real run gives its ratio."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the cached demo place goes under tmp_path
    spec = importlib.util.spec_from_file_location("bench_backup", BENCH / "backup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_registered_and_refuses_nonsense(bench: ModuleType) -> None:
    import run_all

    assert "backup" in run_all.BENCHMARKS
    assert bench.main(["--repeats", "0"]) == 2


def test_a_tiny_place_backed_up_against_the_raw_copy(bench: ModuleType, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert bench.main(["--repeats", "2", "--members", "4", "--months", "2"]) == 0
    results = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["results"]
    assert results["ratio"]["backup"] > 0 and results["app_s"]["n"] == 2
    assert results["within_target"] is (results["ratio"]["backup"] <= 2.0)
    assert set(results["parts_s"]) == {"copy", "check", "fsync", "quick_check"} and results["floor"] > 0
