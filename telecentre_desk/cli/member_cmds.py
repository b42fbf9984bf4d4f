"""``member add|list|show|edit|deactivate|plan|history|import|export`` (``erase``, ``export-data``: privacy_cmds)."""

from __future__ import annotations

import argparse
from pathlib import Path

from telecentre_desk.cli import args as types
from telecentre_desk.cli import privacy_cmds
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.enums import MemberCategory
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import ngettext
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import import_mapping, spreadsheet_export, spreadsheet_import
from telecentre_desk.members import service as members
from telecentre_desk.members.history import visit_history
from telecentre_desk.members.info import MemberInfo

_FIELDS = ("first_name", "last_name", "email", "phone", "category", "company_name", "siren", "vat_number",
           "address", "postcode", "city", "notes")


def _add_field_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    parser.add_argument("--first-name", required=creating)
    parser.add_argument("--last-name", required=creating)
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--category", choices=[c.value for c in MemberCategory])
    parser.add_argument("--company", dest="company_name", help="company name (business customer)")
    parser.add_argument("--siren", help="the company's SIREN, 9 digits, checked")
    parser.add_argument("--vat-number", help="the company's intra-EU VAT number, e.g. FR40303265045 (checked)")
    parser.add_argument("--address")
    parser.add_argument("--postcode")
    parser.add_argument("--city")
    parser.add_argument("--notes")


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {f: getattr(args, f) for f in _FIELDS if getattr(args, f, None) is not None}


def _show(ctx: CommandContext, info: MemberInfo) -> None:
    if ctx.as_json:
        emit_json(info.to_json())
    else:
        emit_fields(info.to_json())


def cmd_add(ctx: CommandContext) -> None:
    a = ctx.args
    start = plausibility.parse_day(a.start, field="--start") if a.start else None
    with unit_of_work(ctx.engine) as session:
        info = members.add_member(session, plan_code=a.plan, start=start, **_given(a))
    if ctx.as_json:
        emit_json(info.to_json())
    else:
        print(f"member {info.display_number} added: {info.full_name}")


def cmd_list(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        infos = members.list_members(session, search=a.search, status=a.status, category=a.category)
    if ctx.as_json:
        emit_json([i.to_json() for i in infos])
        return
    emit_table([(i.display_number, i.last_name, i.first_name, i.category, i.plan_code or "", i.status,
                 i.email or "") for i in infos],
               ["number", "last name", "first name", "category", "plan", "status", "email"])


def cmd_show(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.get_member(session, ctx.args.member)
    _show(ctx, info)


def cmd_edit(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.edit_member(session, ctx.args.member, status=ctx.args.status, **_given(ctx.args))
    _show(ctx, info)


def cmd_deactivate(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.deactivate_member(session, ctx.args.member)
    _show(ctx, info)


def _print_plan(plan: spreadsheet_import.ImportPlan, path: Path) -> None:
    separator = {";": "';'", ",": "','", "\t": "tab"}.get(plan.delimiter, plan.delimiter)
    print(f"{path.name}: {plan.encoding}, {separator} separator, header on line {plan.header_line}")
    columns = [f"{import_mapping.column_label(plan.header, i)} -> {f or '(not imported)'}"
               for i, f in enumerate(plan.mapping)]
    print("columns: " + ", ".join(columns))
    for error in plan.errors:
        print(f"line {error.line}" + (f", {error.column}" if error.column else "") + f": {error.message}")
    print(spreadsheet_import.summary(plan))


def cmd_import(ctx: CommandContext) -> None:
    a = ctx.args
    path = Path(a.file)
    sheet = spreadsheet_import.read_member_sheet(path)
    mapping = import_mapping.apply_overrides(sheet.header, import_mapping.guess_mapping(sheet.header),
                                             import_mapping.parse_overrides(a.mapping or []))
    with unit_of_work(ctx.engine) as session:
        plan = spreadsheet_import.import_members(session, sheet, mapping, dry_run=a.dry_run,
                                                 skip_invalid=a.skip_invalid, source=path.name)
    report = {"file": str(path), **plan.to_json()}
    if not ctx.as_json:
        _print_plan(plan, path)
    if plan.errors:
        count = len(plan.errors)
        message = (ngettext("{count} error in {file}: the valid rows were imported, not the others",
                            "{count} errors in {file}: the valid rows were imported, not the others", count)
                   if plan.written else
                   ngettext("{count} error in {file}: nothing was imported", "{count} errors in {file}: nothing was "
                            "imported", count))
        raise DeskError(message.format(count=count, file=path.name), details=report)
    if ctx.as_json:
        emit_json(report)


def cmd_export(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        count = spreadsheet_export.write_members(dbapi(session), Path(a.out), status=a.status, category=a.category)
    emit_json({"out": a.out, "members": count}) if ctx.as_json else print(f"{count} member(s): {a.out}")


def cmd_plan(ctx: CommandContext) -> None:
    from telecentre_desk.common import plausibility
    from telecentre_desk.plans import service as plans

    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        member = members.member_row(session, a.member)
        on = plausibility.parse_day(a.start, field="--from") if a.start else ctx.place.today()
        sub = plans.change_plan(session, member=member, plan_code=a.plan, on=on)
    if ctx.as_json:
        emit_json(sub.to_json())
    else:
        print(f"plan {sub.plan_code} from {sub.start_date:%d/%m/%Y}")


def cmd_history(ctx: CommandContext) -> None:
    """Visits at every place of the network, newest first (other places' once their exports arrived)."""
    with unit_of_work(ctx.engine) as session:
        member = members.member_row(session, ctx.args.member)
        visits = visit_history(dbapi(session), member.id, limit=ctx.args.limit)
    tz = ctx.place.tz
    if ctx.as_json:
        emit_json({"member_id": member.uid, "visits": [v.to_json() for v in visits]})
        return
    emit_table([(f"{v.arrived.astimezone(tz):%d/%m/%Y}", v.place_code, f"{v.arrived.astimezone(tz):%H:%M}",
                 f"{v.left.astimezone(tz):%H:%M}" if v.left else "", v.minutes if v.left else "")
                for v in visits], ["day", "place", "in", "out", "minutes"])


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    member = sub.add_parser("member", help="members of the place", parents=[common])
    actions = member.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="register a member", parents=[common])
    _add_field_options(add, creating=True)
    add.add_argument("--plan", metavar="CODE", help="subscribe to this plan")
    add.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the plan (default today)")
    add.set_defaults(handler=cmd_add)
    lst = actions.add_parser("list", help="list members", parents=[common])
    lst.add_argument("--search", type=types.text("--search"), help="part of a name, email, company or number")
    lst.add_argument("--status", choices=["active", "inactive"])
    lst.add_argument("--category", choices=[c.value for c in MemberCategory])
    lst.set_defaults(handler=cmd_list)
    ref_help = "the member's number (42 or FLO-0042) or id"
    member_ref = types.reference("ID_OR_NUMBER")
    show = actions.add_parser("show", help="one member", parents=[common])
    show.add_argument("member", metavar="ID_OR_NUMBER", type=member_ref, help=ref_help)
    show.set_defaults(handler=cmd_show)
    edit = actions.add_parser("edit", help="change a member", parents=[common])
    edit.add_argument("member", metavar="ID_OR_NUMBER", type=member_ref, help=ref_help)
    _add_field_options(edit, creating=False)
    edit.add_argument("--status", choices=["active", "inactive"])
    edit.set_defaults(handler=cmd_edit)
    deactivate = actions.add_parser("deactivate", help="mark a member inactive and end their plans",
                                    parents=[common])
    deactivate.add_argument("member", metavar="ID_OR_NUMBER", type=member_ref, help=ref_help)
    deactivate.set_defaults(handler=cmd_deactivate)
    history = actions.add_parser("history", help="visits at every place of the network", parents=[common])
    history.add_argument("member", metavar="ID_OR_NUMBER", type=member_ref, help=ref_help)
    history.add_argument("--limit", type=types.positive("--limit"), default=200,
                         help="at most this many visits (default 200)")
    history.set_defaults(handler=cmd_history)
    plan = actions.add_parser("plan", help="move a member to another monthly plan from a day", parents=[common])
    plan.add_argument("member", metavar="ID_OR_NUMBER", type=member_ref, help=ref_help)
    plan.add_argument("--plan", required=True, metavar="CODE")
    plan.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the new plan (default today)")
    plan.set_defaults(handler=cmd_plan)
    imp = actions.add_parser("import", help="add or update members from a spreadsheet (CSV from Excel or LibreOffice)",
                             parents=[common])
    imp.add_argument("file", metavar="FILE", type=types.input_file("FILE"),
                     help="CSV: ; , or tab, UTF-8 or Windows-1252, dates DD/MM/YYYY")
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.add_argument("--mapping", action="append", metavar="COLUMN=FIELD,...",
                     help="which field a column holds when the header does not say (FIELD: "
                          + ", ".join(import_mapping.FIELDS) + ", or ignore)")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="write the valid rows even when others have errors (default: nothing is written)")
    imp.set_defaults(handler=cmd_import)
    exp = actions.add_parser("export", help="the members as a CSV for French Excel", parents=[common])
    exp.add_argument("--out", required=True, metavar="FILE", type=types.output_file("--out"))
    exp.add_argument("--status", choices=["active", "inactive"])
    exp.add_argument("--category", choices=[c.value for c in MemberCategory])
    exp.set_defaults(handler=cmd_export)
    privacy_cmds.register_member_actions(actions, common, ref_help)
