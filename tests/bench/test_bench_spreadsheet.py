"""The spreadsheet benchmark cannot rot silently: a tiny run against the limits' csv module gives its ratios."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_spreadsheet", BENCH / "spreadsheet.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_tiny_run_reports_both_ratios_and_the_import(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--repeats", "1", "--rows", "300", "--members", "25"]) == 0
    line = [x for x in capsys.readouterr().out.splitlines() if x.startswith("{")][-1]
    results = json.loads(line)["results"]
    assert set(results["ratio"]) == {"read", "write"} and all(r > 0 for r in results["ratio"].values())
    assert results["member_import"]["members"] == 25 and results["member_import"]["members_per_s"] > 0
    assert bench.main(["--rows", "0"]) == 2


def test_the_rows_are_the_baselines_shape(bench: ModuleType) -> None:
    rows = bench.sync_rows(4)
    assert [r[4] for r in rows] == ["in", "out", "in", "out"] and len({r[0] for r in rows}) == 4
    assert rows == bench.sync_rows(4)  # deterministic
