"""The Invoices screen benchmark cannot rot silently: its database, its child run tiny, its verdicts."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_invoices_screen", BENCH / "invoices_screen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_harness_loads_neither_qt_nor_the_app() -> None:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import invoices_screen; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6', 'telecentre_desk')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_parser_and_usage_errors(bench: ModuleType) -> None:
    args = bench.build_parser().parse_args([])
    assert (args.runs, args.members, args.months, args.child) == (5, 300, 120, False)
    assert bench.main(["--runs", "0"]) == 2


def test_a_tiny_database_and_one_child_run(bench: ModuleType, tmp_path: Path) -> None:
    db = bench.build_db(tmp_path, members_count=4, months=3)
    assert bench.build_db(tmp_path, members_count=4, months=3) == db  # cached
    con = sqlite3.connect(db)
    counts = dict(con.execute("SELECT status || '/' || kind, COUNT(*) FROM invoice GROUP BY 1"))
    numbers = [n for (n,) in con.execute("SELECT number FROM invoice WHERE kind = 'invoice' AND number IS NOT NULL "
                                         "ORDER BY id")]
    con.close()
    # Twelve invoices: September and October issued (a continuous series), November in drafts; two credit notes.
    assert counts == {"draft/invoice": 4, "issued/invoice": 8, "issued/credit_note": 2}
    assert numbers == [f"FLO-2026-{n:04d}" for n in range(1, 9)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(BENCH / "invoices_screen.py"), "--child", "--db", str(db)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = bench.parse_child(done.stdout)
    assert (result["month_rows"], result["all_rows"]) == (4, 14)
    assert all(result[m] > 0 for m in bench.APP_MEASURES)


def _run(month: float, everything: float) -> dict:
    return {"screen_month_ms": month, "screen_all_ms": everything, "screen_again_ms": month / 3,
            "list_month_ms": 15.0, "list_all_ms": 100.0, "month_rows": 300, "all_rows": 36_119}


def test_the_verdicts_come_from_the_medians(bench: ModuleType) -> None:
    results = bench.summarize_results([_run(80, 150), _run(100, 170), _run(90, 160)], [120, 130, 125], [80, 90, 85])
    assert results["screen_month_ms"] == {"median": 90, "min": 80, "max": 100, "n": 3}
    assert results["raw_table_part_ms"] == 40
    assert results["ratio"]["screen_month"] == round(90 / 125, 2)
    assert results["ratio"]["screen_all_vs_table_part"] == round(160 / 40, 2)
    assert results["within_target"] is True and results["all_within_target"] is True
    slow = bench.summarize_results([_run(320, 400)], [120], [80])
    assert (slow["within_target"], slow["all_within_target"]) == (False, False)
    assert "ABOVE" in bench.human_summary(slow)


def test_the_child_says_its_numbers_on_one_line(bench: ModuleType) -> None:
    assert bench.parse_child('noise\nRESULT {"screen_month_ms": 12.5}\n') == {"screen_month_ms": 12.5}
    with pytest.raises(Exception, match="no RESULT line"):
        bench.parse_child("Traceback (most recent call last):\n")
