"""``scan`` and ``presence``: the front desk from the shell (and the cheapest end-to-end test)."""

from __future__ import annotations

import argparse
import datetime as dt

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.desk.result import Decision, ScanResult


def _parse_at(text: str, desk: FrontDesk) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("{field}: {value!r} is not an ISO 8601 time (2026-11-26T09:30)").format(
            field="--at", value=text), field="at") from None
    return clock.to_utc(value, desk.context.tz)  # a naive time is the place's local time


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


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    scan = sub.add_parser("scan", help="record a badge scan and print the decision", parents=[common])
    scan.add_argument("payload", metavar="PAYLOAD", help="the badge code as scanned (garbled layouts accepted)")
    scan.add_argument("--at", metavar="ISO8601", help="when (a paper sign-in sheet, a replay); naive = local time")
    scan.add_argument("--source", default="manual", choices=["scanner", "webcam", "manual", "import"],
                      help="how the code arrived (default manual)")
    scan.set_defaults(handler=cmd_scan)
    presence = sub.add_parser("presence", help="who is in now", parents=[common])
    presence.set_defaults(handler=cmd_presence)
