"""``badge issue|revoke|sheet``."""

from __future__ import annotations

import argparse
from pathlib import Path

from telecentre_desk.backup import service as backups
from telecentre_desk.badges import rekey, render, sheet
from telecentre_desk.badges import service as badges
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json
from telecentre_desk.db.uow import unit_of_work


def cmd_issue(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        key = badges.place_key(session, ctx.paths.badge_key)
        issued = badges.issue_badge(session, ctx.args.member, key=key)
        if ctx.args.png:
            # Written before the commit: if the file cannot be written, no badge is issued.
            render.write_png(issued.payload, Path(ctx.args.png))
    if ctx.as_json:
        emit_json(issued.to_json())
    else:
        print(issued.payload)
        replaced = f", replacing {issued.superseded} older badge(s)" if issued.superseded else ""
        print(f"badge {issued.serial} issued to {issued.display_number} {issued.full_name}{replaced}")


def cmd_revoke(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        count = badges.revoke_badge(session, ctx.args.member, reason=ctx.args.reason)
    if ctx.as_json:
        emit_json({"member": ctx.args.member, "revoked": count})
    else:
        print(f"{count} badge(s) revoked for member {ctx.args.member}")


def cmd_sheet(ctx: CommandContext) -> None:
    out = Path(ctx.args.pdf)
    with unit_of_work(ctx.engine) as session:
        key = badges.place_key(session, ctx.paths.badge_key)
        printed = badges.badges_to_print(session, ctx.args.member or None, key=key)
        pages = sheet.write_sheet(printed, out)
    if ctx.as_json:
        emit_json({"pdf": str(out), "pages": pages, "badges": [b.to_json() for b in printed]})
    else:
        print(f"{len(printed)} badge(s) on {pages} page(s): {out}")


def cmd_rekey(ctx: CommandContext) -> None:
    """A new badge key; every active badge reissued (the sheets to print), the old cards superseded."""
    key_path = ctx.paths.badge_key
    backups.backup_if_chosen(ctx.paths.db)  # the old key and badges stay recoverable (docs/backups.md)
    staged = None
    try:
        with unit_of_work(ctx.engine) as session:
            done = rekey.rekey(session)
            staged = rekey.stage_key(key_path, done.key)
            pages = sheet.write_sheet(done.reissued, Path(ctx.args.pdf)) if ctx.args.pdf and done.reissued else 0
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
    kept = rekey.install_key(key_path, staged)
    data = {**done.to_json(), "pdf": ctx.args.pdf if pages else None, "pages": pages,
            "old_key_kept_as": str(kept) if kept else None}
    if ctx.as_json:
        emit_json(data)
        return
    print(f"new badge key made: {len(done.reissued)} badge(s) reissued, {done.retired} retired")
    if pages:
        print(f"print {ctx.args.pdf} ({pages} page(s)); the old cards are refused as superseded")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    badge = sub.add_parser("badge", help="members' QR badges", parents=[common])
    actions = badge.add_subparsers(dest="action", required=True, metavar="ACTION")
    issue = actions.add_parser("issue", help="issue (or reissue) a member's badge", parents=[common])
    issue.add_argument("member", metavar="MEMBER", type=types.reference("MEMBER"), help="number (42 or FLO-0042) or id")
    issue.add_argument("--png", metavar="FILE", type=types.output_file("--png"), help="also write the QR code as a PNG")
    issue.set_defaults(handler=cmd_issue)
    revoke = actions.add_parser("revoke", help="revoke a member's badge", parents=[common])
    revoke.add_argument("member", metavar="MEMBER", type=types.reference("MEMBER"))
    revoke.add_argument("--reason", type=types.text("--reason", max_length=500), help="kept in the audit log")
    revoke.set_defaults(handler=cmd_revoke)
    sheet_parser = actions.add_parser("sheet", help="A4 sheets of 10 badges with cut marks", parents=[common])
    sheet_parser.add_argument("--pdf", metavar="FILE", required=True, type=types.output_file("--pdf"))
    sheet_parser.add_argument("--member", metavar="MEMBER", action="append", type=types.reference("--member"),
                              help="repeat for several; all active members when none")
    sheet_parser.set_defaults(handler=cmd_sheet)
    rekey_parser = actions.add_parser("rekey", help="after a lost or leaked badge key: new key, every badge "
                                                    "reissued", parents=[common])
    rekey_parser.add_argument("--pdf", metavar="FILE", help="write the new badges' A4 sheets to print")
    rekey_parser.set_defaults(handler=cmd_rekey)
