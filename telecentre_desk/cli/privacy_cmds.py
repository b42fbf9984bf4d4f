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


def cmd_settings(ctx: CommandContext) -> None:
    from telecentre_desk.db.uow import dbapi
    from telecentre_desk.places.service import local_place_row
    from telecentre_desk.privacy import settings

    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        place_id = local_place_row(session).id
        if a.retention_months is None and a.inactive_months is None:
            chosen = settings.load(dbapi(session), place_id)
        else:
            chosen = settings.change(dbapi(session), place_id, retention_months=a.retention_months,
                                     inactive_months=a.inactive_months)
    if ctx.as_json:
        emit_json(chosen.to_json())
    else:
        print(f"scan events kept {chosen.retention_months} months; members inactive for "
              f"{chosen.inactive_months} months listed for review\n{settings.CNIL_REFERENCE}")


_KEPT_REASONS = {
    "draft": "open drafts (issue or discard them)",
    "not_invoiced": "the month was never invoiced (run `invoice run MONTH`)",
    "not_exported": "no export of this place since the month ended (run `sync`)",
    "waiting_for": "not settled yet with ",
    "pending_sync": "an import waits for members of ",
}


def cmd_purge(ctx: CommandContext) -> None:
    from telecentre_desk.privacy import retention

    result = retention.purge_all(ctx.engine, dry_run=ctx.args.dry_run)
    if not ctx.args.dry_run:
        if result.events_purged or result.presence_rows_removed:
            storage.checkpoint(ctx.engine)
        storage.scrub_if_pending(ctx.engine)  # an erasure interrupted before its files were scrubbed
    if ctx.as_json:
        emit_json(result.to_json())
        return
    verb = "would purge" if result.dry_run else "purged"
    print(f"{verb} {result.events_purged} scan events older than {result.cutoff}; kept: "
          f"{result.kept_last_events} latest events, {result.kept_for_drafts} for open drafts, "
          f"{result.kept_for_sync} not yet exported; {result.invoices_anonymised} invoices anonymised")
    if result.draft_months:
        print("open drafts still need the scans of " + ", ".join(result.draft_months)
              + ": issue or discard them, the next purge removes those scans")
    if result.months_aggregated:
        print(("would replace" if result.dry_run else "replaced") + " the per-member presence of "
              + ", ".join(result.months_aggregated) + " by anonymous counts per day, hour and category")
    for kept in result.months_kept:
        print(f"presence of {kept['month']} kept per member: {_KEPT_REASONS.get(kept['reason'].split(':')[0], '')}"
              + (kept["reason"].split(":", 1)[1] if ":" in kept["reason"] else ""))


def cmd_inactive(ctx: CommandContext) -> None:
    from telecentre_desk.cli.output import emit_table
    from telecentre_desk.privacy import review

    with unit_of_work(ctx.engine) as session:
        rows = review.inactive_members(session)
    if ctx.as_json:
        emit_json([r.to_json() for r in rows])
    else:
        emit_table([(r.number, r.last_activity or "") for r in rows], ["number", "last activity"])


def cmd_keep(ctx: CommandContext) -> None:
    from telecentre_desk.privacy import review

    with unit_of_work(ctx.engine) as session:
        number = review.keep_member(session, ctx.args.member, reason=ctx.args.reason)
    if ctx.as_json:
        emit_json({"kept": number})
    else:
        print(f"member {number} kept; listed again after the review period")


def cmd_notice(ctx: CommandContext) -> None:
    from telecentre_desk.privacy import notice

    with unit_of_work(ctx.engine) as session:
        path = notice.write_notice(session, Path(ctx.args.pdf))
    if ctx.as_json:
        emit_json({"pdf": str(path)})
    else:
        print(f"notice written to {path}")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    privacy = sub.add_parser("privacy", help="personal data: retention, purge, review, notice (RGPD)",
                             parents=[common])
    actions = privacy.add_subparsers(dest="action", required=True, metavar="ACTION")
    st = actions.add_parser("settings", help="how long scan events are kept (CNIL: 3 months)", parents=[common])
    st.add_argument("--retention-months", metavar="N", help="months scan events are kept (1-120, default 3)")
    st.add_argument("--inactive-months", metavar="N",
                    help="months without a visit before a member is listed for review (default 24)")
    st.set_defaults(handler=cmd_settings)
    pg = actions.add_parser("purge", help="remove scan events past the retention", parents=[common])
    pg.add_argument("--dry-run", action="store_true", help="count, remove nothing")
    pg.set_defaults(handler=cmd_purge)
    ina = actions.add_parser("inactive", help="members inactive for longer than the review period",
                             parents=[common])
    ina.set_defaults(handler=cmd_inactive)
    keep = actions.add_parser("keep", help="keep an inactive member's data for another period, with a reason",
                              parents=[common])
    keep.add_argument("member", metavar="MEMBER")
    keep.add_argument("--reason", required=True)
    keep.set_defaults(handler=cmd_keep)
    nt = actions.add_parser("notice", help="the information notice to post at the entrance (PDF, French)",
                            parents=[common])
    nt.add_argument("--pdf", required=True, metavar="FILE")
    nt.set_defaults(handler=cmd_notice)
