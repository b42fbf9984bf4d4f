"""``invoice verify|close|archive``, ``invoice export --fec`` and ``payment cancel``: the anti-fraud and
accounting commands (docs/anti-fraud.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from telecentre_desk.billing import archive, closing, corrections, fec
from telecentre_desk.billing.verify import verify
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json
from telecentre_desk.common.clock import parse_date
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.money import format_plain
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places import service as places


def cmd_verify(ctx: CommandContext) -> int:
    with unit_of_work(ctx.engine) as session:
        result = verify(dbapi(session))
    data = result.to_json()
    if ctx.as_json:
        emit_json({"ok": data["ok"], "documents": data["documents"], "first_broken": data["first_broken"],
                   **{k: v for k, v in data.items() if k not in ("ok", "documents", "first_broken")}})
    else:
        emit_fields(data)
    return 0 if result.ok else 1


def cmd_close(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        info = closing.close_month(session, a.month) if a.month else closing.close_year(session, a.year)
    emit_json(info.to_json()) if ctx.as_json else emit_fields(info.to_json())


def cmd_archive(ctx: CommandContext) -> int:
    a = ctx.args
    if a.verify:
        result = archive.verify_archive(Path(a.verify))
        emit_json(result) if ctx.as_json else emit_fields(result)
        if not result["ok"]:  # a script reads stderr: one line, as for every failure
            message = _("the archive does not verify: {problem}").format(problem=result["problems"][0])
            print(f"telecentre-desk: error: {message}", file=sys.stderr)
            return 1
        return 0
    if not a.period or not a.out:
        raise ValidationError(_("give --period and --out (or --verify FILE)"), field="period")
    with unit_of_work(ctx.engine) as session:
        result = archive.write_archive(session, a.period, Path(a.out))
    emit_json(result) if ctx.as_json else emit_fields(result)
    return 0


def export_fec(ctx: CommandContext) -> None:
    """``invoice export --fec FILE --from DATE --to DATE [--account PLAN=NUMBER]``."""
    a = ctx.args
    if not a.date_from or not a.date_to:
        raise ValidationError(_("--fec goes with --from and --to (YYYY-MM-DD)"), field="from")
    start, end = parse_date(a.date_from, field="from"), parse_date(a.date_to, field="to")
    with unit_of_work(ctx.engine) as session:
        place = places.local_place_row(session)
        for pair in a.account or []:
            plan, _sep, number = pair.partition("=")
            fec.set_plan_account(session, place.id, plan.strip(), number.strip())
        count = fec.export(session, place.id, start, end, Path(a.fec), actor="cli")
    emit_json({"out": a.fec, "rows": count}) if ctx.as_json else print(f"{count} row(s): {a.fec}")


def cmd_payment_cancel(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        reversal = corrections.cancel_payment(session, a.payment, reason=a.reason)
        data = {"cancelled": a.payment, "reversal": reversal.uid, "amount": format_plain(reversal.amount_cents),
                "date": reversal.paid_on.isoformat()}
    emit_json(data) if ctx.as_json else emit_fields(data)


def add_invoice_actions(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    check = actions.add_parser("verify", help="check the footprint chain of every issued document and payment",
                               parents=[common])
    check.set_defaults(handler=cmd_verify)
    close = actions.add_parser("close", help="close a month or a fiscal year (perpetual totals)", parents=[common])
    which = close.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM")
    which.add_argument("--year", metavar="YYYY")
    close.set_defaults(handler=cmd_close)
    arch = actions.add_parser("archive", help="write (or --verify) the archive of a closed period", parents=[common])
    arch.add_argument("--period", metavar="YYYY-MM|YYYY")
    arch.add_argument("--out", metavar="FILE", type=types.output_file("--out"))
    arch.add_argument("--verify", metavar="FILE", type=types.input_file("--verify"),
                      help="check an archive, here or on another machine")
    arch.set_defaults(handler=cmd_archive)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    payment = sub.add_parser("payment", help="recorded payments", parents=[common])
    actions = payment.add_subparsers(dest="action", required=True, metavar="ACTION")
    cancel = actions.add_parser("cancel", help="cancel a payment by a reversing entry (kept, chained, journaled)",
                                parents=[common])
    cancel.add_argument("payment", metavar="PAYMENT_ID")
    cancel.add_argument("--reason", required=True)
    cancel.set_defaults(handler=cmd_payment_cancel)
