"""Run every benchmark (``make bench``), each in its own process, and sum up the ratios.

Each benchmark prints one JSON line on stdout and its human summary on stderr; this collects the
lines, prints them again at the end (one per benchmark) and exits 1 if any benchmark failed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Benchmarks in the order they run; each is a script of this folder taking --runs and --limits.
BENCHMARKS: tuple[str, ...] = ("startup", "scan", "scan_gui", "occupancy", "occupancy_screen", "webcam", "gui_memory",
                               "invoice_month", "invoices_screen", "sync_csv", "spreadsheet", "backup")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=BENCHMARKS, help="run only this one (repeatable)")
    parser.add_argument("--runs", type=int, help="timed runs per benchmark (default: each one's own)")
    parser.add_argument("--limits", metavar="DIR", help="the shared limits folder")
    parser.add_argument("--save", action="store_true", help="append each JSON line to bench/out/")
    return parser


def _ratio_line(name: str, line: str | None) -> str:
    if line is None:
        return f"{name:12} FAILED (see above)"
    results = json.loads(line).get("results", {})
    ratio = results.get("ratio") or {}
    measure = results.get("headline") or next(iter(ratio), None)
    if measure not in ratio:
        return f"{name:12} no ratio: {results.get('app', {}).get('error', '?').splitlines()[0]}"
    verdict = {True: "ok", False: "ABOVE TARGET", None: "?"}[results.get("within_target")]
    return f"{name:12} app/raw {measure} = {ratio[measure]}  (target <= {results.get('target')}: {verdict})"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    extra: list[str] = []
    if args.runs:
        extra += ["--runs", str(args.runs)]
    if args.limits:
        extra += ["--limits", args.limits]
    if args.save:
        extra.append("--save")
    lines: dict[str, str | None] = {}
    failed = False
    for name in args.only or BENCHMARKS:
        print(f"== {name}", file=sys.stderr, flush=True)
        done = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *extra],
                              stdout=subprocess.PIPE, text=True, check=False)
        json_lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        lines[name] = json_lines[-1] if json_lines else None
        failed = failed or done.returncode != 0
    print("\n== summary", file=sys.stderr)
    for name, line in lines.items():
        print(_ratio_line(name, line), file=sys.stderr)
    for line in lines.values():
        if line is not None:
            print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
