"""``member erase|export-data`` and ``privacy settings|purge|notice``: the RGPD from the shell."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.privacy import access, access_pdf, erasure, storage


def cmd_export_data(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        data = access.member_data(session, a.member)
    written = [str(access.write_json(data, Path(a.out)))]
    if a.pdf:
        written.append(str(access_pdf.write_pdf(data, Path(a.pdf))))
    if ctx.as_json:
        emit_json({"member_id": data["identity"]["id"], "files": written, "visits": len(data["visits"]),
                   "invoices": len(data["invoices"]), "audit_entries": len(data["audit"])})
    else:
        print(f"member {data['identity']['number']}: data written to " + ", ".join(written))


def _confirmed(ctx: CommandContext, situation: erasure.ErasureSituation) -> bool:
    if ctx.args.yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError(_("erasing cannot be undone: add --yes to confirm"), field="yes")
    print(f"Erase member {situation.number}? This cannot be undone.")
    for note in situation.notes:
        print(f"  - {note}")
    return input(f"Type the member number ({situation.number}) to confirm: ").strip() == situation.number


def cmd_erase(ctx: CommandContext) -> int:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        situation = erasure.erasure_situation(session, a.member)
    if not a.reason or not a.reason.strip():
        raise ValidationError(_("an erasure needs the reason (e.g. the member's request and its date)"),
                              field="reason")
    if not _confirmed(ctx, situation):
        print("not erased", file=sys.stderr)
        return 1
    with unit_of_work(ctx.engine) as session:
        situation = erasure.erase_member(session, a.member, reason=a.reason)
    scrubbed = storage.scrub_files(ctx.engine)
    if ctx.as_json:
        emit_json({"erased": True, **situation.to_json(), **scrubbed.to_json()})
    else:
        print(f"member {situation.number}: personal data erased")
        for note in situation.notes:
            print(f"  - {note}")
    return 0


def register_member_actions(actions: argparse._SubParsersAction, common: argparse.ArgumentParser,
                            ref_help: str) -> None:
    exp = actions.add_parser("export-data", help="everything held about a member (RGPD right of access)",
                             parents=[common])
    exp.add_argument("member", metavar="MEMBER", help=ref_help)
    exp.add_argument("--out", required=True, metavar="FILE", help="JSON file (created 0600)")
    exp.add_argument("--pdf", metavar="FILE", help="also a readable PDF in French (created 0600)")
    exp.set_defaults(handler=cmd_export_data)
    erase = actions.add_parser("erase", help="erase a member's personal data (RGPD right to erasure)",
                               parents=[common])
    erase.add_argument("member", metavar="MEMBER", help=ref_help)
    erase.add_argument("--reason", required=True, help="why (the member's request, its date)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(handler=cmd_erase)
