"""A month of invoices for 300 members, drafts to PDFs, against bare reportlab on as many pages, same run.

App side, the code the CLI and the window run, on a copy of a demo place (300 members, a year of
history, its earlier months already invoiced): ``billing.drafts.run_month`` (the month's drafts),
``billing.issue.issue_month`` (numbers, frozen identities), then ``billing.batch_pdf.render_month``
(one PDF per invoice in a folder, on every core). Also the same with one process, to show what the
second core buys, and the month's print file (``billing.printing``, one document).
Raw side: ``../shared/limits/bench/pdf_invoice.py``'s ``ttf`` variant (embedded TTF) for the SAME
number of pages: ``batch_files`` (one file per invoice, one process), ``one_doc`` (one document) and
the pypdf merge of the single files. Both sides make one-page invoices; the bench checks it and
compares pages with pages. Sides alternate in order from one repeat to the next.

Target (issue 5): app (drafts + issue + one PDF each) <= 1.2x the raw ``batch_files`` time for the same
number of pages; the print file one document (its size against the pypdf merge's).

Run:  .venv/bin/python bench/invoice_month.py [--repeats 3] [--members 300] [--workers N]
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
    parser.add_argument("--history", type=int, default=12, help="months of demo history (earlier months invoiced)")
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


def run_app(cached: Path, work: Path, workers: int | None) -> dict:
    """Drafts, issue, one PDF per invoice: timed end to end on a fresh copy of the month."""
    from telecentre_desk.billing import batch_pdf, drafts, issue
    from telecentre_desk.billing.month import Month
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.db.uow import unit_of_work

    month = Month(*MONTH)
    engine = open_database(_fresh_copy(cached, work / "app.sqlite"))
    folder = work / "app_pdfs"
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    with unit_of_work(engine) as session:
        summary = drafts.run_month(session, month)
    t1 = time.perf_counter()
    with unit_of_work(engine) as session:
        numbers = issue.issue_month(session, month.first)
    t2 = time.perf_counter()
    result = batch_pdf.render_month(engine, month, today=TODAY, folder=folder, workers=workers)
    t3 = time.perf_counter()
    engine.dispose()
    pages = _pages(list(result.files.values()))
    if not (summary.drafted == len(numbers) == len(result.files) == result.total):
        raise kit.BenchError(f"drafted {summary.drafted}, issued {len(numbers)}, rendered {len(result.files)}")
    return {"s": t3 - t0, "drafts_s": t1 - t0, "issue_s": t2 - t1, "pdf_s": t3 - t2, "invoices": len(numbers),
            "pages": sum(pages), "max_pages": max(pages, default=0), "workers": result.workers,
            "kb_per_file": sum(p.stat().st_size for p in result.files.values()) / 1024 / max(1, len(numbers))}


def run_print(work: Path) -> dict:
    """The month's print file from the database run_app left issued: one document."""
    from telecentre_desk.billing import printing
    from telecentre_desk.billing.month import Month

    con = sqlite3.connect(work / "app.sqlite")
    out = work / "app_print.pdf"
    t0 = time.perf_counter()
    count = printing.write_month_print(con, Month(*MONTH), out, today=TODAY)
    seconds = time.perf_counter() - t0
    con.close()
    return {"s": seconds, "invoices": count, "pages": _pages([out])[0], "mb": out.stat().st_size / 2**20}


def run_raw(raw: ModuleType, styles, pages: int, work: Path) -> dict:
    """The baseline's own ``run_variant`` (ttf): batch_files, one_doc and the pypdf merge of ``pages`` invoices."""
    folder = work / "raw"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    measures = raw.run_variant("ttf", styles, SimpleNamespace(batch=pages, single=1, all_batches=False), folder)
    shutil.rmtree(folder, ignore_errors=True)
    return measures


def summarize_results(reps: list[dict]) -> dict:
    """Medians over the repeats, the ratios (paired within each repeat) and the verdict."""
    def col(side: str, key: str) -> list[float]:
        return [rep[side][key] for rep in reps]

    month_ratios = [rep["app"]["s"] / rep["raw"]["batch_s"] for rep in reps]
    one_ratios = [rep["app_1p"]["s"] / rep["raw"]["batch_s"] for rep in reps]
    print_ratios = [rep["print"]["s"] / rep["raw"]["one_doc_s"] for rep in reps]
    last = reps[-1]
    pages = last["app"]["pages"]
    ratio = round(statistics.median(month_ratios), 2)
    return {
        "pages": {"app": pages, "raw": last["raw_pages"], "invoices": last["app"]["invoices"],
                  "max_pages_per_invoice": last["app"]["max_pages"]},
        "app": {"s": kit.summarize(col("app", "s"), 3), "drafts_s": kit.summarize(col("app", "drafts_s"), 3),
                "issue_s": kit.summarize(col("app", "issue_s"), 3), "pdf_s": kit.summarize(col("app", "pdf_s"), 3),
                "pages_per_s": kit.summarize([pages / s for s in col("app", "s")], 1),
                "workers": last["app"]["workers"],
                "kb_per_file": round(last["app"]["kb_per_file"], 1)},
        "app_one_process": {"s": kit.summarize(col("app_1p", "s"), 3),
                            "pdf_s": kit.summarize(col("app_1p", "pdf_s"), 3),
                            "pages_per_s": kit.summarize([pages / s for s in col("app_1p", "s")], 1)},
        "raw": {"batch_files_s": kit.summarize(col("raw", "batch_s"), 3),
                "batch_files_pages_per_s": kit.summarize([pages / s for s in col("raw", "batch_s")], 1),
                "one_doc_s": kit.summarize(col("raw", "one_doc_s"), 3),
                "pypdf_merge_s": kit.summarize(col("raw", "merge_s"), 3),
                "single_kb": round(last["raw"]["single_kb"], 1)},
        "print": {"s": kit.summarize(col("print", "s"), 3), "pages": last["print"]["pages"],
                  "mb": round(last["print"]["mb"], 3), "raw_one_doc_mb": round(last["raw"]["one_doc_mb"], 3),
                  "raw_merged_mb": round(last["raw"]["merged_mb"], 3)},
        "ratio": {"month": ratio, "month_one_process": round(statistics.median(one_ratios), 2),
                  "print_vs_one_doc": round(statistics.median(print_ratios), 2)},
        "paired_month_ratio": kit.summarize(month_ratios, 2),
        "headline": "month", "target": TARGET, "within_target": ratio <= TARGET,
    }


def human_summary(results: dict) -> str:
    p, app, one, raw, prt = (results[k] for k in ("pages", "app", "app_one_process", "raw", "print"))
    r = results["ratio"]
    verdict = "ok" if results["within_target"] else "ABOVE TARGET"
    return "\n".join([
        f"pages: app {p['app']} ({p['invoices']} invoices, at most {p['max_pages_per_invoice']} page each), "
        f"raw {p['raw']} (one-page invoices): compared page for page",
        f"{'side':34} {'pages':>5} {'s':>7} {'pages/s':>8}",
        f"{'app: drafts+issue+PDFs, ' + str(app['workers']) + ' proc':34} {p['app']:>5} {app['s']['median']:>7.3f} "
        f"{app['pages_per_s']['median']:>8.1f}   (drafts {app['drafts_s']['median']:.3f}, "
        f"issue {app['issue_s']['median']:.3f}, PDFs {app['pdf_s']['median']:.3f})",
        f"{'app: same, one process':34} {p['app']:>5} {one['s']['median']:>7.3f} {one['pages_per_s']['median']:>8.1f}",
        f"{'raw: batch_files (ttf, 1 proc)':34} {p['raw']:>5} {raw['batch_files_s']['median']:>7.3f} "
        f"{raw['batch_files_pages_per_s']['median']:>8.1f}",
        f"month: app/raw = {r['month']} (target <= {TARGET}: {verdict}); one process: {r['month_one_process']}",
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
        order = ("app", "raw") if index % 2 == 0 else ("raw", "app")
        for side in order:
            if side == "app":
                rep["app"] = run_app(cached, work, args.workers)
                rep["print"] = run_print(work)
                rep["app_1p"] = run_app(cached, work, 1)
            else:
                # The raw side needs the app's page count: the first repeat runs the app first.
                pages = (rep.get("app") or reps[-1]["app"])["pages"]
                rep["raw"] = run_raw(raw, styles, pages, work)
                rep["raw_pages"] = pages
        reps.append(rep)
        kit.say(f"repeat {index + 1}: app {rep['app']['s']:.3f} s, one process {rep['app_1p']['s']:.3f} s, "
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
