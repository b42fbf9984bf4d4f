"""A month of invoices for 300 members, drafts to PDFs, against bare reportlab on as many pages, same run.

App side, on a fresh copy of a demo place (300 members, ten years of history, every month before the
timed one already invoiced, as a place that has used the app for years), the month of October 2026:
- ``app``: what the CLI runs for ``invoice run``, ``invoice issue --month --all`` and ``invoice pdf
  --month --out-dir`` (the Invoices screen's folder export runs the same ``billing/export_folder.py``):
  ``drafts.run_month``, ``issue.issue_month``, ``export_folder.export_month`` (which renders through
  ``batch_pdf``: this process and one spawned helper per other core for a month of 60 invoices or more);
- ``app_batch``: the same drafts and issue, then ``batch_pdf.render_month`` called directly;
- ``print``: the month's print file (``billing/printing.py``), one document.
Raw side: ``../shared/limits/bench/pdf_invoice.py``'s ``ttf`` variant (embedded TTF) for the SAME number
of pages: ``batch_files`` (one file per invoice, one process), ``one_doc`` (one document) and the pypdf
merge of the single files. Both sides make one-page invoices; the bench checks it and compares pages
with pages. Sides alternate in order from one repeat to the next.

Target (issue 5): drafts + issue + one PDF each <= 1.2x the raw ``batch_files`` time for the same number
of pages; the print file one document (its size against the pypdf merge's).

Run:  .venv/bin/python bench/invoice_month.py [--repeats 3] [--members 300] [--history 120] [--workers N]
(the first run builds the demo database, about a minute, and caches it in the temp folder)
"""

from __future__ import annotations

# Only light imports at the top: the PDF workers are spawned, and spawn re-runs this module in each of
# them; the app's modules are imported where they are used, as the window's workers would find them.
import argparse
import datetime as dt
import importlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType, SimpleNamespace

import benchkit as kit

NAME = "invoice_month"
TARGET = 1.2  # app / raw, drafts + issue + one PDF each
MONTH = (2026, 10)  # the last whole month before TODAY
TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)  # the tests' frozen instant: the demo is the same each time
BUILD_VERSION = 1  # bump when build_db writes something else: the cached database is rebuilt


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", "--runs", type=int, default=3)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--history", type=int, default=120, help="months of demo history (earlier months invoiced)")
    parser.add_argument("--workers", type=int, help="PDF processes (default: the app's choice, one per core)")
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--work", metavar="DIR", help="cache and scratch folder (default: the temp folder)")
    parser.add_argument("--save", action="store_true")
    return parser


def baseline(limits: str | None) -> ModuleType:
    script = kit.limits_script("pdf_invoice.py", limits=limits)
    if str(script.parent) not in sys.path:
        sys.path.insert(0, str(script.parent))
    return importlib.import_module("pdf_invoice")


def _months(first: dt.date, last: tuple[int, int]):
    """The whole months from the one after ``first`` up to ``last`` excluded, as Month values."""
    from telecentre_desk.billing.month import Month

    index = first.year * 12 + first.month  # the month after first's
    while index < last[0] * 12 + last[1] - 1:
        yield Month(index // 12, index % 12 + 1)
        index += 1


def build_db(folder: Path, members: int, history: int) -> Path:
    """The demo place with ``history`` months of check-ins, every whole month before MONTH invoiced (cached)."""
    from telecentre_desk.billing import drafts, issue
    from telecentre_desk.common import clock
    from telecentre_desk.db.migrate import head_revision, open_database
    from telecentre_desk.db.uow import unit_of_work
    from telecentre_desk.demo.generator import generate_demo

    path = folder / f"invoice_month_{head_revision()}_{members}m_{history}h_v{BUILD_VERSION}.sqlite"
    if path.exists():
        return path
    kit.say(f"building a {members}-member demo place with {history} months of history (once, cached in {folder})")
    part = path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    try:
        clock.set_clock(lambda: NOW)
        engine = open_database(part)
        with unit_of_work(engine) as session:
            summary = generate_demo(session, members=members, months=history, today=TODAY)
        for month in _months(summary.first_day, MONTH):  # a place's invoice table has its past months
            issued_on = dt.datetime(month.last.year, month.last.month, month.last.day, 9, tzinfo=dt.UTC)
            clock.set_clock(lambda at=issued_on + dt.timedelta(days=1): at)
            with unit_of_work(engine) as session:
                drafts.run_month(session, month)
            with unit_of_work(engine) as session:
                issue.issue_month(session, month.first)
        engine.dispose()
    finally:
        clock.set_clock(lambda: NOW)
    con = sqlite3.connect(part)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to copy for each run
    con.close()
    part.replace(path)
    return path


def _fresh_copy(cached: Path, path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, path)
    return path


def _pages(files: Sequence[Path]) -> list[int]:
    from pypdf import PdfReader

    return [len(PdfReader(str(f)).pages) for f in files]


def run_app(cached: Path, work: Path, *, batch: bool, workers: int | None = None) -> dict:
    """Drafts, issue, one PDF per invoice into a folder: timed end to end on a fresh copy of the month.

    ``batch``: the PDFs by ``batch_pdf.render_month``; otherwise by the CLI's ``export_folder.export_month``.
    """
    from telecentre_desk.billing import batch_pdf, drafts, export_folder, issue
    from telecentre_desk.billing.month import Month
    from telecentre_desk.db.engine import read_only
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.db.uow import dbapi, unit_of_work

    month = Month(*MONTH)
    engine = open_database(_fresh_copy(cached, work / f"{NAME}_app.sqlite"))
    folder = work / f"{NAME}_pdfs"
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    with unit_of_work(engine) as session:
        summary = drafts.run_month(session, month)
    t1 = time.perf_counter()
    with unit_of_work(engine) as session:
        numbers = issue.issue_month(session, month.first)
    t2 = time.perf_counter()
    if batch:
        result = batch_pdf.render_month(engine, month, today=TODAY, folder=folder, workers=workers)
        files, processes = list(result.files.values()), result.workers
    else:  # as invoice_cmds._pdf_folder: a read that does not take the write lock
        with unit_of_work(read_only(engine)) as session:
            files = export_folder.export_month(dbapi(session), month, folder, today=TODAY).files
        processes = 1
    t3 = time.perf_counter()
    engine.dispose()
    pages = _pages(files)
    if not (summary.drafted == len(numbers) == len(files)):
        raise kit.BenchError(f"drafted {summary.drafted}, issued {len(numbers)}, files {len(files)}")
    return {"s": t3 - t0, "drafts_s": t1 - t0, "issue_s": t2 - t1, "pdf_s": t3 - t2, "invoices": len(numbers),
            "pages": sum(pages), "max_pages": max(pages, default=0), "workers": processes,
            "kb_per_file": sum(p.stat().st_size for p in files) / 1024 / max(1, len(numbers))}


def run_print(work: Path) -> dict:
    """The month's print file from the database run_app left issued: one document."""
    from telecentre_desk.billing import printing
    from telecentre_desk.billing.month import Month

    con = sqlite3.connect(work / f"{NAME}_app.sqlite")
    out = work / f"{NAME}_print.pdf"
    t0 = time.perf_counter()
    count = printing.write_month_print(con, Month(*MONTH), out, today=TODAY)
    seconds = time.perf_counter() - t0
    con.close()
    return {"s": seconds, "invoices": count, "pages": _pages([out])[0], "mb": out.stat().st_size / 2**20}


def run_raw(raw: ModuleType, styles, pages: int, work: Path) -> dict:
    """The baseline's own ``run_variant`` (ttf): batch_files, one_doc and the pypdf merge of ``pages`` invoices."""
    folder = work / f"{NAME}_raw"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    measures = raw.run_variant("ttf", styles, SimpleNamespace(batch=pages, single=1, all_batches=False), folder)
    shutil.rmtree(folder, ignore_errors=True)
    return measures


def _app_summary(reps: list[dict], side: str, pages: int) -> dict:
    def col(key: str) -> list[float]:
        return [rep[side][key] for rep in reps]

    return {"s": kit.summarize(col("s"), 3), "drafts_s": kit.summarize(col("drafts_s"), 3),
            "issue_s": kit.summarize(col("issue_s"), 3), "pdf_s": kit.summarize(col("pdf_s"), 3),
            "pages_per_s": kit.summarize([pages / s for s in col("s")], 1), "workers": reps[-1][side]["workers"],
            "kb_per_file": round(reps[-1][side]["kb_per_file"], 1)}


def summarize_results(reps: list[dict]) -> dict:
    """Medians over the repeats, the ratios (paired within each repeat) and the verdict."""
    def col(key: str) -> list[float]:
        return [rep["raw"][key] for rep in reps]

    def paired(side: str, raw_key: str) -> list[float]:
        return [rep[side]["s"] / rep["raw"][raw_key] for rep in reps]

    last = reps[-1]
    pages = last["app"]["pages"]
    ratio = round(statistics.median(paired("app", "batch_s")), 2)
    return {
        "pages": {"app": pages, "raw": last["raw_pages"], "invoices": last["app"]["invoices"],
                  "max_pages_per_invoice": last["app"]["max_pages"]},
        "app": _app_summary(reps, "app", pages),
        "app_batch": _app_summary(reps, "app_batch", pages),
        "raw": {"batch_files_s": kit.summarize(col("batch_s"), 3),
                "batch_files_pages_per_s": kit.summarize([pages / s for s in col("batch_s")], 1),
                "one_doc_s": kit.summarize(col("one_doc_s"), 3), "pypdf_merge_s": kit.summarize(col("merge_s"), 3),
                "single_kb": round(last["raw"]["single_kb"], 1)},
        "print": {"s": kit.summarize([rep["print"]["s"] for rep in reps], 3), "pages": last["print"]["pages"],
                  "mb": round(last["print"]["mb"], 3), "raw_one_doc_mb": round(last["raw"]["one_doc_mb"], 3),
                  "raw_merged_mb": round(last["raw"]["merged_mb"], 3)},
        "ratio": {"month": ratio, "month_batch_pdf": round(statistics.median(paired("app_batch", "batch_s")), 2),
                  "print_vs_one_doc": round(statistics.median(paired("print", "one_doc_s")), 2)},
        "paired_month_ratio": kit.summarize(paired("app", "batch_s"), 2),
        "headline": "month", "target": TARGET, "within_target": ratio <= TARGET,
    }


def human_summary(results: dict) -> str:
    p, raw, prt, r = (results[k] for k in ("pages", "raw", "print", "ratio"))

    def app_line(label: str, side: dict) -> str:
        return (f"{label:38} {p['app']:>5} {side['s']['median']:>7.3f} {side['pages_per_s']['median']:>8.1f}   "
                f"(drafts {side['drafts_s']['median']:.3f}, issue {side['issue_s']['median']:.3f}, "
                f"PDFs {side['pdf_s']['median']:.3f})")

    batch = results["app_batch"]
    return "\n".join([
        f"pages: app {p['app']} ({p['invoices']} invoices, at most {p['max_pages_per_invoice']} page each), "
        f"raw {p['raw']} (one-page invoices): compared page for page",
        f"{'side':38} {'pages':>5} {'s':>7} {'pages/s':>8}",
        app_line("app, CLI path (export_folder)", results["app"]),
        app_line(f"app, batch_pdf, {batch['workers']} proc", batch),
        f"{'raw: batch_files (ttf), 1 proc':38} {p['raw']:>5} {raw['batch_files_s']['median']:>7.3f} "
        f"{raw['batch_files_pages_per_s']['median']:>8.1f}",
        f"month: app/raw = {r['month']} (target <= {TARGET}: "
        f"{'ok' if results['within_target'] else 'ABOVE TARGET'}); with batch_pdf: {r['month_batch_pdf']}",
        f"print file: app {prt['s']['median']:.3f} s, {prt['pages']} pages, {prt['mb']:.2f} MB (one document) | raw "
        f"one_doc {raw['one_doc_s']['median']:.3f} s, {prt['raw_one_doc_mb']:.2f} MB | pypdf merge of the single "
        f"files {raw['pypdf_merge_s']['median']:.3f} s, {prt['raw_merged_mb']:.2f} MB; "
        f"app/one_doc = {r['print_vs_one_doc']}",
    ])


def run(args: argparse.Namespace, work: Path) -> tuple[dict, dict]:
    from telecentre_desk.billing import pdf
    from telecentre_desk.common import clock

    raw = baseline(args.limits)
    cached = build_db(work, args.members, args.history)
    clock.set_clock(lambda: NOW)  # issue dates, "today": the same each run
    font, bold, _source = raw.register_ttf()  # both sides register their fonts once, untimed
    styles = raw.Styles(font, bold)
    pdf.register_fonts()
    reps: list[dict] = []
    for index in range(args.repeats):
        rep: dict = {}
        for side in (("app", "raw") if index % 2 == 0 else ("raw", "app")):
            if side == "app":
                rep["app"] = run_app(cached, work, batch=False)
                rep["print"] = run_print(work)
                rep["app_batch"] = run_app(cached, work, batch=True, workers=args.workers)
            else:
                # The raw side needs the app's page count: the first repeat runs the app first.
                pages = (rep.get("app") or reps[-1]["app"])["pages"]
                rep["raw"] = run_raw(raw, styles, pages, work)
                rep["raw_pages"] = pages
        reps.append(rep)
        kit.say(f"repeat {index + 1}: app {rep['app']['s']:.3f} s, with batch_pdf {rep['app_batch']['s']:.3f} s, "
                f"raw {rep['raw']['batch_s']:.3f} s for {rep['raw_pages']} pages")
    params = {"repeats": args.repeats, "members": args.members, "history_months": args.history,
              "month": f"{MONTH[0]}-{MONTH[1]:02d}", "workers": args.workers, "raw_variant": "ttf"}
    return summarize_results(reps), params


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.repeats < 1 or args.members < 1 or args.history < 2:
        kit.say("invoice_month: --repeats and --members at least 1, --history at least 2")
        return 2
    work = Path(args.work) if args.work else Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(parents=True, exist_ok=True)
    try:
        results, params = run(args, work)
    except kit.BenchError as exc:
        kit.say(f"invoice_month: {exc}")
        return 1
    finally:
        from telecentre_desk.common import clock

        clock.set_clock(None)
    kit.say(human_summary(results))
    kit.emit(NAME, params, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
