"""``scan`` and ``presence``: the front desk from the shell (and the cheapest end-to-end test)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.occupancy.presence_export import write_visits


def _parse_at(text: str, desk: FrontDesk) -> dt.datetime:
    # A naive time is the place's local time; a scan happened: at most a few minutes ahead (clock skew).
    return plausibility.parse_local_time(text, desk.context.tz, field="--at", ahead=plausibility.SCAN_AHEAD)


def describe(result: ScanResult, desk: FrontDesk) -> str:
    """One line for a person reading the terminal."""
    if result.decision == Decision.DENIED:
        who = f" ({result.name or result.display_number})" if (result.name or result.display_number) else ""
        return f"DENIED: {result.reason}{who}" + (f": {result.detail}" if result.detail else "")
    local = result.at.astimezone(desk.context.tz).strftime("%H:%M") if result.at else ""
    line = f"{result.decision.value.upper()} {local} {result.name} {result.display_number}"
    if result.minutes_today is not None:
        line += f", {result.minutes_today // 60} h {result.minutes_today % 60:02d} today"
    if result.credits_left is not None:
        line += f", {result.credits_left:g} day(s) left"
    if result.warnings:
        line += f" [warnings: {', '.join(result.warnings)}]"
    return line


def cmd_scan(ctx: CommandContext) -> None:
    with FrontDesk(ctx.engine) as desk:
        at = _parse_at(ctx.args.at, desk) if ctx.args.at else None
        result = desk.scan(ctx.args.payload, at=at, source=ctx.args.source)
        if ctx.as_json:
            emit_json(result.to_json())
        else:
            print(describe(result, desk))


def cmd_presence(ctx: CommandContext) -> None:
    with FrontDesk(ctx.engine) as desk:
        desk.auto_checkout()
        rows = desk.who_is_in()
        if ctx.as_json:
            emit_json([r.to_json() for r in rows])
            return
        tz = desk.context.tz
        emit_table([(r.display_number, f"{r.first_name} {r.last_name}", r.since.astimezone(tz).strftime("%H:%M"),
                     r.plan_name or "", r.desk or "") for r in rows], ["number", "name", "since", "plan", "desk"])


def cmd_presence_undo(ctx: CommandContext) -> None:
    from telecentre_desk.desk.holders import holder_for

    with unit_of_work(ctx.engine) as session:
        holder = holder_for(session, ctx.args.member)
    with FrontDesk(ctx.engine) as desk:
        undone = desk.undo_last(holder, actor="cli", reason=ctx.args.reason)
        if ctx.as_json:
            emit_json(undone.to_json())
        else:
            local = undone.at.astimezone(desk.context.tz).strftime("%d/%m/%Y %H:%M")
            print(f"UNDONE {undone.direction.upper()} {local} {undone.name} {undone.display_number}"
                  + (f", {undone.refunded_half_days / 2:g} day(s) given back" if undone.refunded_half_days else ""))


def cmd_presence_export(ctx: CommandContext) -> None:
    start = plausibility.parse_day(ctx.args.start, field="--from")
    end = plausibility.parse_day(ctx.args.end, field="--to")
    if end < start:
        raise ValidationError(_("{field}: the period ends before it starts").format(field="--to"), field="to")
    with unit_of_work(ctx.engine) as session:
        count = write_visits(dbapi(session), Path(ctx.args.out), start=start, end=end)
    emit_json({"out": ctx.args.out, "visits": count}) if ctx.as_json else print(f"{count} visit(s): {ctx.args.out}")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    scan = sub.add_parser("scan", help="record a badge scan and print the decision", parents=[common])
    scan.add_argument("payload", metavar="PAYLOAD", help="the badge code as scanned (garbled layouts accepted)")
    scan.add_argument("--at", metavar="ISO8601", help="when (a paper sign-in sheet, a replay); naive = local time")
    scan.add_argument("--source", default="manual", choices=["scanner", "webcam", "manual", "import"],
                      help="how the code arrived (default manual)")
    scan.set_defaults(handler=cmd_scan)
    presence = sub.add_parser("presence", help="who is in now; 'presence export' for the visits of a period",
                              parents=[common])
    presence.set_defaults(handler=cmd_presence)
    actions = presence.add_subparsers(dest="action", metavar="ACTION")
    export = actions.add_parser("export", help="the visits of a period as a CSV for French Excel", parents=[common])
    export.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE", type=types.output_file("--out"))
    export.set_defaults(handler=cmd_presence_export)
    undo = actions.add_parser("undo", help="undo the member's latest check-in or check-out (a mistake, a date in the "
                              "future); audited", parents=[common])
    undo.add_argument("member", metavar="MEMBER", help="number (42 or FLO-0042) or uid")
    undo.add_argument("--reason", metavar="TEXT", help="why (kept in the audit log)")
    undo.set_defaults(handler=cmd_presence_undo)
