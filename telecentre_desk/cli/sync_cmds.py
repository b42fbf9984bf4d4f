"""``sync export|import|run|status``: exchange files with the other places through a shared folder."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common.i18n import _
from telecentre_desk.sync import service
from telecentre_desk.sync.exporter import ExportReport
from telecentre_desk.sync.importer import ImportReport
from telecentre_desk.sync.status import read_log, read_status


def _print_export(report: ExportReport) -> None:
    print(f"export {report.sequence} of {report.place} written to {report.folder}: {report.rows} rows")


def _print_import(report: ImportReport) -> None:
    emit_table([(p.place, p.status, p.sequence, p.applied, p.unchanged, p.conflicts, p.waiting, p.message)
                for p in report.places],
               ["place", "status", "export", "applied", "unchanged", "conflicts", "waiting", "note"])


def _exit_code(report: ImportReport) -> int:
    """The report is printed whole (JSON stays one document); exit 1 so a scheduled task's owner hears
    that an export was refused."""
    if not report.rejected_files:
        return 0
    message = _("{n} export(s) refused, nothing of them applied: {first}").format(
        n=len(report.rejected_files), first=report.rejected_files[0].text())
    print(f"telecentre-desk: error: {message}", file=sys.stderr)
    return 1


def cmd_export(ctx: CommandContext) -> None:
    report = service.export(ctx.engine, Path(ctx.args.dir))
    emit_json(report.to_json()) if ctx.as_json else _print_export(report)


def cmd_import(ctx: CommandContext) -> int:
    report = service.import_(ctx.engine, Path(ctx.args.dir))
    emit_json(report.to_json()) if ctx.as_json else _print_import(report)
    return _exit_code(report)


def cmd_run(ctx: CommandContext) -> int:
    report = service.run(ctx.engine, Path(ctx.args.dir))
    if ctx.as_json:
        emit_json(report.to_json())
    else:
        _print_import(report.imported)
        _print_export(report.exported)
    return _exit_code(report.imported)


def cmd_status(ctx: CommandContext) -> None:
    with service.raw_connection(ctx.engine) as conn:
        status = read_status(conn)
        log = read_log(conn, limit=20, kinds=("conflict", "rejected"))
    if ctx.as_json:
        emit_json({**status.to_json(), "recent_problems": [asdict(e) for e in log]})
        return
    emit_fields({"place": status.local_code, "last export": status.last_export_sequence,
                 "exported at (UTC)": status.last_export_at or "never", "conflicts logged": status.conflicts,
                 "exports refused": status.rejected})
    emit_table([(p.code, p.name, p.last_sequence, p.applied_at, p.members, "yes" if p.pending else "",
                 p.last_error or "") for p in status.peers],
               ["place", "name", "export", "applied at (UTC)", "members", "waiting", "last error"])


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", help="exchange files with the other places of the network", parents=[common])
    actions = sync.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, handler, text in (("export", cmd_export, "write this place's export into the shared folder"),
                                ("import", cmd_import, "apply the other places' exports found in the folder"),
                                ("run", cmd_run, "import, then export (what a scheduled task runs)")):
        parser = actions.add_parser(name, help=text, parents=[common])
        parser.add_argument("dir", metavar="DIR", type=types.input_folder("DIR"),
                            help="the shared folder (one sub-folder per place)")
        parser.set_defaults(handler=handler)
    status = actions.add_parser("status", help="what was exchanged with whom, and the problems", parents=[common])
    status.set_defaults(handler=cmd_status)
