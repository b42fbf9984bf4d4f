"""The month-of-invoices benchmark cannot rot silently: a tiny real run against the limits' baseline, and its sums."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_invoice_month", BENCH / "invoice_month.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_harness_loads_neither_the_app_nor_reportlab() -> None:
    # Spawned PDF workers re-run the main module: it must stay light.
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import invoice_month; "
            "sys.exit(any(m.startswith(('telecentre_desk', 'reportlab', 'sqlalchemy')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code, str(BENCH)], check=False).returncode == 0


def test_the_benchmark_is_registered_and_refuses_nonsense(bench: ModuleType) -> None:
    import run_all

    assert "invoice_month" in run_all.BENCHMARKS
    args = bench.build_parser().parse_args([])
    assert (args.repeats, args.members, args.history, args.workers) == (3, 300, 120, None)
    assert bench.main(["--repeats", "0"]) == 2


def test_a_tiny_month_against_the_baseline_on_as_many_pages(bench: ModuleType, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--members", "12", "--history", "2", "--repeats", "1", "--work", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    line = json.loads(out.strip().splitlines()[-1])
    results = line["results"]
    pages = results["pages"]
    assert pages["app"] == pages["raw"] == pages["invoices"] > 0 and pages["max_pages_per_invoice"] == 1
    assert results["ratio"]["month"] == results["paired_month_ratio"]["median"] > 0
    assert results["within_target"] is (results["ratio"]["month"] <= 1.2)
    assert results["print"]["pages"] == pages["app"]
    assert results["print"]["mb"] < results["print"]["raw_merged_mb"]  # one document, the font stored once
    assert "compared page for page" in err and "app/raw" in err
    assert results["app_batch"]["pages_per_s"]["median"] > 0
    assert sorted(p.name for p in (tmp_path / "invoice_month_pdfs").iterdir())[0].startswith("FLO-2026-")


def _rep(app_s: float, raw_s: float) -> dict:
    app = {"s": app_s, "drafts_s": 0.1, "issue_s": 0.1, "pdf_s": app_s - 0.2, "invoices": 150, "pages": 150,
           "max_pages": 1, "workers": 2, "kb_per_file": 43.0}
    return {"app": {**app, "workers": 1}, "app_batch": {**app, "s": app_s * 0.6},
            "raw": {"batch_s": raw_s, "one_doc_s": 1.0, "merge_s": 0.5, "single_kb": 47.0, "one_doc_mb": 0.7,
                    "merged_mb": 7.0},
            "raw_pages": 150, "print": {"s": 0.5, "invoices": 150, "pages": 150, "mb": 0.35}}


def test_the_ratio_is_the_median_of_the_paired_repeats(bench: ModuleType) -> None:
    results = bench.summarize_results([_rep(1.0, 2.0), _rep(3.0, 2.0), _rep(1.5, 2.0)])
    assert results["paired_month_ratio"] == {"median": 0.75, "min": 0.5, "max": 1.5, "n": 3}
    assert results["ratio"] == {"month": 0.75, "month_batch_pdf": 0.45, "print_vs_one_doc": 0.5}
    assert (results["app"]["workers"], results["app_batch"]["workers"]) == (1, 2)
    assert results["within_target"] is True
    assert results["app"]["pages_per_s"]["median"] == 100.0
    slow = bench.summarize_results([_rep(2.6, 2.0)])
    assert (slow["ratio"]["month"], slow["within_target"]) == (1.3, False)
    assert "ABOVE TARGET" in bench.human_summary(slow)
