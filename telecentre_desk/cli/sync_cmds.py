"""``sync export|import|run|status``: exchange files with the other places through a shared folder."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import asdict
from pathlib import Path

from telecentre_desk.backup import busy
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _, ngettext
from telecentre_desk.sync import keys, service, store
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
    message = ngettext("{n} export refused, nothing of it applied: {first}",
                       "{n} exports refused, nothing of them applied: {first}", len(report.rejected_files)).format(
        n=len(report.rejected_files), first=report.rejected_files[0].text())
    print(f"telecentre-desk: error: {message}", file=sys.stderr)
    return 1


def cmd_export(ctx: CommandContext) -> None:
    with busy.hold(ctx.paths.db, "sync"):  # a restore waits for it (backup.busy)
        report = service.export(ctx.engine, Path(ctx.args.dir))
    emit_json(report.to_json()) if ctx.as_json else _print_export(report)


def cmd_import(ctx: CommandContext) -> int:
    with busy.hold(ctx.paths.db, "sync"):
        report = service.import_(ctx.engine, Path(ctx.args.dir))
    emit_json(report.to_json()) if ctx.as_json else _print_import(report)
    return _exit_code(report)


def cmd_run(ctx: CommandContext) -> int:
    with busy.hold(ctx.paths.db, "sync"):
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


def cmd_trust_list(ctx: CommandContext) -> None:
    with service.raw_connection(ctx.engine) as conn:
        rows = store.trust_rows(conn)
    if ctx.as_json:
        emit_json([r.to_json() for r in rows])
        return
    emit_table([(r.code, r.name or "", r.state, r.trusted or "", r.seen or "") for r in rows],
               ["place", "name", "state", "accepted key", "key of its last export"])


def cmd_trust_add(ctx: CommandContext) -> None:
    code = ctx.args.code.upper()
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", code) is None:
        raise DeskError(_("“{value}” is not a place code").format(value=ctx.args.code[:20]))
    try:
        fingerprint = keys.normal_fingerprint(ctx.args.fingerprint)
    except ValueError as exc:
        raise DeskError(str(exc)) from None
    row = service.accept_key(ctx.engine, code, fingerprint)
    seen = row.seen if row else None
    if ctx.as_json:
        emit_json({"place": code, "fingerprint": fingerprint, "seen_fingerprint": seen,
                   "matches_last_export": seen == fingerprint})
        return
    print(_("the signing key {fingerprint} of {code} is accepted").format(fingerprint=fingerprint, code=code))
    if seen not in (None, fingerprint):
        print(_("warning: {code}'s last export in the shared folder is signed with another key ({seen}): it will "
                "still be refused").format(code=code, seen=seen), file=sys.stderr)


def cmd_trust_remove(ctx: CommandContext) -> None:
    code = ctx.args.code.upper()
    with service.raw_connection(ctx.engine) as conn:
        removed = store.untrust(conn, code)
    if not removed:
        raise DeskError(_("no key of {code} is accepted here").format(code=code))
    emit_json({"place": code, "removed": True}) if ctx.as_json else print(
        _("{code}'s key is no longer accepted: its exports are refused").format(code=code))


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
    trust = actions.add_parser("trust", help="the other places' signing keys this place accepts", parents=[common])
    trust_actions = trust.add_subparsers(dest="trust_action", required=True, metavar="ACTION")
    listing = trust_actions.add_parser("list", help="accepted keys, new places and changed keys", parents=[common])
    listing.set_defaults(handler=cmd_trust_list)
    add = trust_actions.add_parser("add", help="accept a place's key (check the fingerprint with it by phone)",
                                   parents=[common])
    add.add_argument("code", metavar="CODE", help="the place's code, e.g. MAR")
    add.add_argument("fingerprint", metavar="FINGERPRINT", help="as 'place key' prints it there: XXXX-XXXX-XXXX-XXXX")
    add.set_defaults(handler=cmd_trust_add)
    remove = trust_actions.add_parser("remove", help="stop accepting a place's exports", parents=[common])
    remove.add_argument("code", metavar="CODE")
    remove.set_defaults(handler=cmd_trust_remove)
