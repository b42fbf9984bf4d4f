"""``mail retry|log|settings`` (and the report of ``invoice send``): invoices by e-mail from the shell.

The SMTP password is read from standard input (``--password-stdin``), never from the command line
(it would sit in the shell's history and in ``ps``), and never printed back.
"""

from __future__ import annotations

import argparse
import sys

from telecentre_desk.billing import mail, mail_settings
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places.service import local_place_row


def print_send_report(queued: mail.QueueOutcome | None, report: mail.SendReport) -> None:
    for row in queued.skipped if queued else []:
        print(f"skipped {row['number']} ({row['member']}): {row['reason']}")
    for row in report.sent:
        print(f"sent {row['number']} to {row['to']}")
    for row in report.waiting:
        print(f"waiting {row['number']} to {row['to']}: {row['error']}")
    for row in report.failed:
        print(f"failed {row['number']} to {row['to']}: {row['error']}")
    if not (report.sent or report.waiting or report.failed or (queued and queued.skipped)):
        print("nothing to send")


def cmd_retry(ctx: CommandContext) -> None:
    report = mail.send_waiting(ctx.engine)
    emit_json(report.to_json()) if ctx.as_json else print_send_report(None, report)


def cmd_log(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        rows = mail.read_log(dbapi(session), limit=ctx.args.limit)
    tz = ctx.place.tz
    if ctx.as_json:
        emit_json([r.to_json() for r in rows])
        return

    def local(value) -> str:
        return f"{value.astimezone(tz):%d/%m/%Y %H:%M}" if value else ""

    emit_table([(local(r.sent_at or r.queued_at), r.invoice_number, r.recipient, r.status, r.attempts,
                 r.error or (f"next try {local(r.next_try_at)}" if r.status == "queued" else ""))
                for r in rows], ["date", "invoice", "to", "status", "tries", "error"])


def _password_from_stdin() -> str:
    text = sys.stdin.readline()
    if not text:
        raise ValidationError(_("--password-stdin: nothing was given on standard input"), field="password")
    return text.rstrip("\r\n")


def cmd_settings(ctx: CommandContext) -> None:
    a = ctx.args
    changes = {"host": a.host, "port": a.port, "security": a.security, "user": a.user, "sender": a.sender,
               "reply_to": a.reply_to, "attachment": a.attachment}
    if a.password_stdin:
        changes["password"] = _password_from_stdin()
    with unit_of_work(ctx.engine) as session:
        place = local_place_row(session)
        current = mail_settings.load(session, place.id)
        updated = mail_settings.clean(current, changes)
        if updated != current:
            mail_settings.save(session, place.id, updated)
    if ctx.as_json:
        emit_json(updated.to_json())
    else:
        emit_fields({**updated.to_json(), "password_set": "yes" if updated.password else "no"})


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    mail_parser = sub.add_parser("mail", help="invoices sent by e-mail: the outbox and the server", parents=[common])
    actions = mail_parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    retry = actions.add_parser("retry", help="send the messages that wait", parents=[common])
    retry.set_defaults(handler=cmd_retry)
    log = actions.add_parser("log", help="what was sent, what waits, what failed and why", parents=[common])
    log.add_argument("--limit", type=types.positive("--limit"), default=500, help="the newest N messages (default 500)")
    log.set_defaults(handler=cmd_log)
    settings = actions.add_parser("settings", help="show or change the SMTP server settings", parents=[common])
    settings.add_argument("--host", help="the SMTP server, e.g. smtp.example.fr")
    settings.add_argument("--port", help="587 for STARTTLS, 465 for SSL, 25 for none")
    settings.add_argument("--security", choices=list(mail_settings.SECURITIES))
    settings.add_argument("--user", help="the account's user name (empty: no login)")
    settings.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    settings.add_argument("--sender", metavar="ADDRESS", help="the From address of every message")
    settings.add_argument("--reply-to", metavar="ADDRESS", help="where the members' replies go")
    settings.add_argument("--attachment", choices=list(mail_settings.ATTACHMENTS),
                          help="facturx (PDF/A-3 with its XML, default) or a plain pdf")
    settings.set_defaults(handler=cmd_settings)
